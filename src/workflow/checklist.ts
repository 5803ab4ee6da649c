/*
 * What a piece of content must contain before it may go live: required fields per collection,
 * the medical sign-off and unsupported claims. Pure: the adapter passes plain data in
 * (rich text flattened to plain text, one paragraph per line; relationships populated).
 */

export const COLLECTIONS = ['articles', 'treatments', 'faqs', 'beauty-tips'] as const
export type Collection = (typeof COLLECTIONS)[number]

export type Id = string | number

export interface SignOff {
  /** Id of the medical reviewer. */
  by: string
  /** Name and credentials as they were when signing, for the public byline and the audit trail. */
  name: string
  credentials: string
  /** ISO timestamp. */
  at: string
  /** The content version signed off; the sign-off counts only while it equals `Content.version`. */
  version: string
  /** ISO timestamp after which the content must be medically reviewed again. */
  reviewDueAt: string
}

export interface HeroImage {
  alt?: string | null
}

export interface Content {
  collection: Collection
  /**
   * Identifies the current content: a hash of the content fields only. Payload version ids do
   * not fit, because workflow saves (approve, publish) create versions too and would void the
   * sign-off without any change to the text.
   */
  version: string
  /** The editor's "medical content" flag; treatments are medical regardless. */
  medical?: boolean | null
  title?: string | null
  /** Treatments are titled by name. */
  name?: string | null
  question?: string | null
  answer?: string | null
  slug?: string | null
  excerpt?: string | null
  /** plugin-seo's meta description. */
  metaDescription?: string | null
  summary?: string | null
  heroImage?: HeroImage | null
  topics?: readonly unknown[] | null
  /** Plain text of the rich-text body, one paragraph per line. */
  body?: string | null
  signOff?: SignOff | null
}

export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

/*
 * Whole words and phrases, matched case-insensitively. Inflections are listed on purpose rather
 * than stemmed, so that "secure" or "curette" can never match.
 */
export const DEFAULT_BANNED_CLAIMS: readonly string[] = [
  'cure',
  'cures',
  'cured',
  'guaranteed',
  'guarantee',
  'permanent results',
  'risk-free',
  'no side effects',
  'no risks',
  '100% safe',
  'completely safe',
  'miracle',
  'clinically proven',
]

export function requiresMedicalSignOff(content: Pick<Content, 'collection' | 'medical'>): boolean {
  return content.collection === 'treatments' || content.medical === true
}

export function isSignOffValid(content: Pick<Content, 'signOff' | 'version'>): boolean {
  return Boolean(content.signOff) && content.signOff!.version === content.version
}

/** Month arithmetic in UTC; a day the target month lacks clamps to its last day (31 Jan → 28/29 Feb). */
export function reviewDueDate(signedAt: Date, months = DEFAULT_REVIEW_INTERVAL_MONTHS): Date {
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`The re-review interval must be a whole number of months ≥ 1, got ${months}`)
  }
  const day = signedAt.getUTCDate()
  const due = new Date(signedAt.getTime())
  due.setUTCDate(1)
  due.setUTCMonth(due.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate()
  due.setUTCDate(Math.min(day, lastDay))
  return due
}

/**
 * True when medical content carries a sign-off whose review date has come. A missing or stale
 * sign-off is a different problem (see `isSignOffValid`); an unreadable date counts as due.
 */
export function isDueForReReview(content: Pick<Content, 'collection' | 'medical' | 'signOff'>, now: Date): boolean {
  if (!requiresMedicalSignOff(content) || !content.signOff) return false
  return !(Date.parse(content.signOff.reviewDueAt) > now.getTime())
}

export type ChecklistItemId =
  | 'title'
  | 'name'
  | 'question'
  | 'answer'
  | 'slug'
  | 'excerpt'
  | 'summary'
  | 'body'
  | 'hero-image'
  | 'hero-image-alt'
  | 'topic'
  | 'medical-sign-off'
  | 'banned-claim'

export interface ChecklistItem {
  id: ChecklistItemId
  /** The field to fix, for the UI to focus. */
  field: string
  message: string
  /** For banned claims: the configured phrase and the sentence it was found in. */
  phrase?: string
  excerpt?: string
}

export interface ChecklistOptions {
  /** The moment the content would go live (the publish date when scheduling); defaults to now. */
  at?: Date
  bannedClaims?: readonly string[]
}

type Rule = (content: Content) => ChecklistItem | null

const filled = (value: string | null | undefined): boolean => Boolean(value?.trim())

const requireText =
  (id: ChecklistItemId, field: keyof Content, message: string): Rule =>
  (content) =>
    filled(content[field] as string | null | undefined) ? null : { id, field, message }

const title = requireText('title', 'title', 'Add a title.')
const slug = requireText('slug', 'slug', 'Add a URL slug.')

const excerptOrMeta: Rule = (content) =>
  filled(content.excerpt) || filled(content.metaDescription)
    ? null
    : {
        id: 'excerpt',
        field: 'excerpt',
        message: 'Add an excerpt or a meta description; listings and search results show it.',
      }

const heroImage: Rule = (content) =>
  content.heroImage ? heroImageAlt(content) : { id: 'hero-image', field: 'heroImage', message: 'Add a hero image.' }

/** Optional images still need alt text: screen readers and search engines rely on it. */
const heroImageAlt: Rule = (content) =>
  !content.heroImage || filled(content.heroImage.alt)
    ? null
    : { id: 'hero-image-alt', field: 'heroImage', message: 'Describe the hero image in its alt text.' }

const topic: Rule = (content) =>
  content.topics?.length ? null : { id: 'topic', field: 'topics', message: 'Choose at least one topic.' }

/*
 * FAQs render inside topic and treatment pages (anchored by id), so they need no slug, image or
 * excerpt; beauty tips are short cards whose image is optional.
 */
export const CHECKLIST_RULES: Record<Collection, readonly Rule[]> = {
  articles: [title, slug, excerptOrMeta, requireText('body', 'body', "Write the article's body."), heroImage, topic],
  treatments: [requireText('name', 'name', "Add the treatment's name."), slug, excerptOrMeta, heroImage, topic],
  faqs: [
    requireText('question', 'question', 'Add the question.'),
    requireText('answer', 'answer', 'Add the answer.'),
    heroImageAlt,
    topic,
  ],
  'beauty-tips': [title, slug, requireText('summary', 'summary', 'Add a summary.'), heroImageAlt, topic],
}

/** The unmet items; an empty list means the content may go live. */
export function prePublishChecklist(content: Content, options: ChecklistOptions = {}): ChecklistItem[] {
  const items = CHECKLIST_RULES[content.collection]
    .map((rule) => rule(content))
    .filter((item): item is ChecklistItem => item !== null)
  if (!requiresMedicalSignOff(content)) return items
  const signOff = medicalSignOffItem(content, options.at ?? new Date())
  return [
    ...items,
    ...(signOff ? [signOff] : []),
    ...findUncitedClaims(content, options.bannedClaims ?? DEFAULT_BANNED_CLAIMS),
  ]
}

function medicalSignOffItem(content: Content, at: Date): ChecklistItem | null {
  const item = (message: string): ChecklistItem => ({ id: 'medical-sign-off', field: 'signOff', message })
  if (!content.signOff) return item('A medical reviewer must sign off on this medical content.')
  if (!isSignOffValid(content)) {
    return item('The medical sign-off is for an earlier version; a medical reviewer must sign off on this one.')
  }
  if (isDueForReReview(content, at)) {
    return item(`The medical review was due on ${content.signOff.reviewDueAt.slice(0, 10)}; it must be reviewed again.`)
  }
  return null
}

/** Every text a reader sees, in the order the UI shows the fields. */
const SCANNED_FIELDS = ['title', 'name', 'question', 'summary', 'excerpt', 'metaDescription', 'answer', 'body'] as const

/**
 * Banned phrases in medical content, except in a paragraph that cites a source: writers cite
 * once per paragraph, usually at its end, so a per-sentence rule would flag well-sourced copy.
 */
export function findUncitedClaims(content: Content, phrases: readonly string[]): ChecklistItem[] {
  const patterns = phrases.map((phrase) => ({ phrase, pattern: phrasePattern(phrase) }))
  return SCANNED_FIELDS.flatMap((field) =>
    (content[field] ?? '')
      .split(/\r?\n/)
      .filter((paragraph) => !hasCitation(paragraph))
      .flatMap((paragraph) =>
        patterns.flatMap(({ phrase, pattern }) => {
          const match = pattern.exec(paragraph)
          if (!match) return []
          return [
            {
              id: 'banned-claim' as const,
              field,
              phrase,
              excerpt: sentenceAround(paragraph, match.index),
              message: `"${phrase}" is a claim medical content may only make with a source: cite one in the same paragraph or rephrase.`,
            },
          ]
        }),
      ),
  )
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whole words only; spaces and hyphens inside a phrase are interchangeable ("risk free" = "risk-free"). */
export function phrasePattern(phrase: string): RegExp {
  const words = phrase.trim().split(/[\s-]+/).map(escapeRegExp)
  return new RegExp(`(?<![\\p{L}\\p{N}_])${words.join('[\\s\\u00a0-]+')}(?![\\p{L}\\p{N}_])`, 'iu')
}

/*
 * What counts as a citation. No `i` flag where a capital letter matters: under /iu, \p{Lu} also
 * matches lower case.
 */
const CITATION_PATTERNS: readonly RegExp[] = [
  /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/i, // a link
  /\[\d+(?:\s*[,–-]\s*\d+)*\]/, // [1], [2, 3], [1-4]
  /\(\p{Lu}[\p{L}'’-]+(?:\s+et al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:19|20)\d{2}[a-z]?\)/u, // (Kim et al., 2021)
  /\bdoi:\s*\S+|\bPMID:?\s*\d+/i,
  /\b[Aa]ccording to (?:the |a |an )?(?:(?:19|20)\d{2} )?\p{Lu}/u, // a named source, not "according to experts"
]

export function hasCitation(passage: string): boolean {
  return CITATION_PATTERNS.some((pattern) => pattern.test(passage))
}

const EXCERPT_LENGTH = 160

function sentenceAround(paragraph: string, index: number): string {
  const starts = [...paragraph.slice(0, index).matchAll(/[.!?]\s+/g)]
  const start = starts.length ? starts[starts.length - 1].index + starts[starts.length - 1][0].length : 0
  const end = paragraph.slice(index).search(/[.!?](\s|$)/)
  const sentence = paragraph.slice(start, end === -1 ? undefined : index + end + 1).trim()
  if (sentence.length <= EXCERPT_LENGTH) return sentence
  const from = Math.max(0, Math.min(index - start - EXCERPT_LENGTH / 2, sentence.length - EXCERPT_LENGTH))
  return `${from > 0 ? '…' : ''}${sentence.slice(from, from + EXCERPT_LENGTH).trim()}${from + EXCERPT_LENGTH < sentence.length ? '…' : ''}`
}

/** One line of the checklist as the review panel shows it: every check, met or not. */
export interface ChecklistLine {
  id: ChecklistItemId
  label: string
  ok: boolean
  /** What to do, when not met. */
  message?: string
}

const CHECK_LABELS: Record<ChecklistItemId, string> = {
  title: 'Title',
  name: 'Name',
  question: 'Question',
  answer: 'Answer',
  slug: 'URL slug',
  excerpt: 'Excerpt or meta description',
  summary: 'Summary',
  body: 'Body',
  'hero-image': 'Hero image',
  'hero-image-alt': 'Alt text of the hero image',
  topic: 'A topic',
  'medical-sign-off': 'Medical sign-off of this version',
  'banned-claim': 'No unsupported medical claims',
}

/** The checks each collection runs, in the order the panel lists them. */
const CHECK_IDS: Record<Collection, readonly ChecklistItemId[]> = {
  articles: ['title', 'slug', 'excerpt', 'body', 'hero-image', 'hero-image-alt', 'topic'],
  treatments: ['name', 'slug', 'excerpt', 'hero-image', 'hero-image-alt', 'topic'],
  faqs: ['question', 'answer', 'hero-image-alt', 'topic'],
  'beauty-tips': ['title', 'slug', 'summary', 'hero-image-alt', 'topic'],
}

/**
 * Every check with ✓ or ✗ — the same rules as `prePublishChecklist`, so the panel can show
 * what was checked, not only what is missing.
 */
export function checklistReport(content: Content, options: ChecklistOptions = {}): ChecklistLine[] {
  const unmet = prePublishChecklist(content, options)
  const ids = [...CHECK_IDS[content.collection], ...(requiresMedicalSignOff(content) ? (['medical-sign-off', 'banned-claim'] as const) : [])]
  return ids.flatMap((id): ChecklistLine[] => {
    const failing = unmet.filter((item) => item.id === id)
    // Alt text is checked only once there is an image.
    if (id === 'hero-image-alt' && !content.heroImage && CHECK_IDS[content.collection].includes('hero-image')) return []
    if (!failing.length) return [{ id, label: CHECK_LABELS[id], ok: true }]
    return failing.map((item) => ({ id, label: CHECK_LABELS[id], ok: false, message: item.message }))
  })
}
