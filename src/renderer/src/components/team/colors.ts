/**
 * Series colours for the team charts: mid-tones with at least 3:1 contrast against both the
 * light (#ffffff) and the dark (#1d2128) surfaces, so bars read in either theme.
 */
export const SERIES_COLORS = ['#3b7dd8', '#d9822b', '#2f9e63', '#b35cc7', '#d0505a', '#7b8794']
