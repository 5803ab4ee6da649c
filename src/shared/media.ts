/** Upload limits, shared by the Payload config, the Media collection and its tests. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
export const ACCEPTED_IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'gif'] as const
export const ACCEPTED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']
/** Pixels an uploaded image may have (all frames counted), checked before it is decoded. */
export const MAX_IMAGE_PIXELS = 40_000_000
