/**
 * Raw documents → the small view types of `../types.ts`: pages never see a Payload document.
 * A relation that came back as an id was not populated (beyond depth, or a document the
 * visitor may not read) and is dropped. Also the medical sign-off, read defensively.
 */
import type { Article, Author, BeautyTip, Media, Topic, Treatment } from '../../../payload-types'
import { TIP_CATEGORIES } from '../../shared/collections'
import type {
  ArticleCard,
  AuthorRef,
  ImageSource,
  ImageView,
  SeoView,
  SignOffView,
  TimelineView,
  TipCard,
  TopicRef,
  TreatmentCard,
} from '../types'

export type Relation<T> = number | T | null | undefined

/** A populated relation. An id means "not populated": beyond depth, or a document the visitor may not read. */
export const isDoc = <T extends object>(value: Relation<T>): value is T => typeof value === 'object' && value !== null

export const docs = <T extends object>(values: readonly Relation<T>[] | null | undefined): T[] =>
  (values ?? []).filter(isDoc)

export const text = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

export function imageSource(
  size: { url?: string | null; width?: number | null; height?: number | null } | undefined | null,
) {
  return size?.url && size.width && size.height ? { url: size.url, width: size.width, height: size.height } : undefined
}

/** The media fields the site selects (MEDIA_FIELDS). */
export type MediaDoc = Pick<Media, 'alt' | 'caption' | 'credit' | 'url' | 'width' | 'height' | 'sizes'>

/**
 * A responsive image from the generated 16:9 sizes (card 800w, hero 1600w): every candidate of
 * a srcset must show the same picture, or the browser's choice changes the framing (an older
 * 4:3 or 16:10 crop cut the words off the typographic covers). A size of another shape, made
 * before the sizes were 16:9, is left out. Falls back to the original when no size exists (an
 * upload smaller than every size).
 */
export function toImage(media: Relation<MediaDoc>): ImageView | undefined {
  if (!isDoc(media)) return undefined
  const original = imageSource(media)
  const hero = imageSource(media.sizes?.hero)
  const generated = [media.sizes?.card, media.sizes?.hero]
    .map(imageSource)
    .filter((s): s is ImageSource => s !== undefined && sameShape(s, hero ?? s))
    .sort((a, b) => a.width - b.width)
  // Sizes are never enlarged: an upload narrower than 1600 px has no hero, so its original
  // (wider than the sizes it has) serves wide screens. With a hero, the original (possibly
  // a multi-megabyte camera file) is never offered.
  const largest = generated.at(-1)
  const widerOriginal = !hero && original && largest && original.width > largest.width
  const sizes = widerOriginal ? [...generated, original] : generated
  const main = sizes.at(-1) ?? original
  if (!main) return undefined
  return {
    ...main,
    alt: media.alt ?? '',
    srcSet: sizes.map((s) => `${s.url} ${s.width}w`).join(', '),
    caption: text(media.caption),
    credit: text(media.credit),
    og: imageSource(media.sizes?.og),
  }
}

/** Within a pixel of rounding: 800×450 is 1600×900 made smaller. */
const sameShape = (a: ImageSource, b: ImageSource) =>
  Math.abs(a.width * b.height - b.width * a.height) <= Math.max(a.width, b.width)

/** The original upload, uncropped: for figures, whose framing is the author's. */
export function toNaturalImage(media: Relation<MediaDoc>): ImageView | undefined {
  if (!isDoc(media)) return undefined
  const original = imageSource(media)
  if (!original) return undefined
  return { ...original, alt: media.alt ?? '', srcSet: '', caption: text(media.caption), credit: text(media.credit) }
}

export const toTopicRef = (topic: Pick<Topic, 'name' | 'slug'>): TopicRef => ({ name: topic.name, slug: topic.slug })

export const toAuthorRef = (author: Pick<Author, 'name' | 'slug' | 'credentials'>): AuthorRef => ({
  name: author.name,
  slug: author.slug,
  credentials: text(author.credentials),
})

export type ArticleCardDoc = Pick<
  Article,
  | 'id'
  | 'slug'
  | 'title'
  | 'excerpt'
  | 'heroImage'
  | 'publishedAt'
  | 'updatedAt'
  | 'createdAt'
  | 'readingTime'
  | 'medical'
  | 'topics'
>

export function toArticleCard(doc: ArticleCardDoc, image?: ImageView): ArticleCard {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    excerpt: text(doc.excerpt),
    image: image ?? toImage(doc.heroImage),
    publishedAt: doc.publishedAt ?? doc.createdAt,
    updatedAt: doc.updatedAt,
    readingTime: doc.readingTime ?? undefined,
    medical: doc.medical === true,
    topics: docs(doc.topics).map(toTopicRef),
  }
}

export const toTreatmentCard = (doc: Pick<Treatment, 'name' | 'slug' | 'summary' | 'heroImage'>): TreatmentCard => ({
  slug: doc.slug,
  name: doc.name,
  summary: text(doc.summary),
  image: toImage(doc.heroImage),
})

const CATEGORY_LABELS = new Map<string, string>(TIP_CATEGORIES)

export const toTipCard = (doc: Pick<BeautyTip, 'title' | 'slug' | 'summary' | 'category' | 'routine'>): TipCard => ({
  slug: doc.slug,
  title: doc.title,
  summary: text(doc.summary),
  category: doc.category ? CATEGORY_LABELS.get(doc.category) : undefined,
  time: doc.routine?.time ?? 'any',
  step: doc.routine?.step ?? undefined,
})

export const toTimeline = (
  t:
    | { firstVisible?: string | null; fullResult?: string | null; lasts?: string | null; note?: string | null }
    | undefined,
): TimelineView => ({
  firstVisible: text(t?.firstVisible),
  fullResult: text(t?.fullResult),
  lasts: text(t?.lasts),
  note: text(t?.note),
})

export function toSeo(
  meta: { title?: string | null; description?: string | null; image?: Relation<MediaDoc> } | undefined,
): SeoView {
  const image = toImage(meta?.image)
  return {
    // The SEO plugin's generated titles end with the site name; the layout's template adds it.
    title: text(meta?.title?.replace(/\s*·\s*Glassworks\s*$/, '')),
    description: text(meta?.description),
    image: image?.og ?? (image ? { url: image.url, width: image.width, height: image.height } : undefined),
  }
}

/* The medical sign-off ---------------------------------------------------------------------- */

interface SignOffFields {
  name?: unknown
  credentials?: unknown
  at?: unknown
  version?: unknown
}

/** A sign-off as the workflow stores it: an object with at least a name or a date, as strings. */
function isSignOff(value: unknown): value is SignOffFields {
  if (!isRecord(value)) return false
  const { name, credentials, at } = value
  const optionalString = (v: unknown) => v === undefined || v === null || typeof v === 'string'
  return optionalString(name) && optionalString(credentials) && optionalString(at) && Boolean(name || at)
}

/**
 * HOOK POINT for the medical sign-off (`signOff: { name, credentials, at, version, … }`, added
 * to the editorial documents by the workflow). Read defensively, from `unknown`: the field may
 * be missing from the schema, empty on an unsigned document, or hidden from visitors by field
 * access; in each case this returns undefined and the pages leave reviewedBy/lastReviewed out.
 * A sign-off of another content version than the published one is not shown: it would claim
 * a review of text the reviewer never saw.
 */
export function readSignOff(doc: unknown): SignOffView | undefined {
  if (!isRecord(doc) || !isSignOff(doc.signOff)) return undefined
  const { name, credentials, at, version } = doc.signOff
  if (typeof version === 'string' && typeof doc.contentVersion === 'string' && version !== doc.contentVersion)
    return undefined
  const str = (v: unknown) => (typeof v === 'string' ? text(v) : undefined)
  const when = str(at)
  return {
    name: str(name),
    credentials: str(credentials),
    at: when && !Number.isNaN(Date.parse(when)) ? when : undefined,
  }
}
