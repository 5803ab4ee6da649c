/** Kept for the importer's and start-up's imports: the mechanism lives in `revalidate.ts`. */
export { postRevalidation, revalidateChange } from './revalidate'
