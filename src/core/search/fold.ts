/** Search terms use the project's one fold (see core/text/fold.ts). */
export { foldAccents as fold } from '../text/fold'
