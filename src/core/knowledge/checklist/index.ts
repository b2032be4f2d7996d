/** The checklist of an article: derived from its text, or a maintainer's checklist file. */
export { deriveChecklist } from './derive'
