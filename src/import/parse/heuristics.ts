/*
 * Line-shape rules shared by the plain-text parser and structure recovery. Thresholds are
 * deliberately loose: a heading is short and does not read like a sentence.
 */

export const MAX_HEADING_CHARS = 90
const MAX_HEADING_WORDS = 14

// Words that stay lower-case in Title Case, so they do not count against it.
const MINOR_WORDS = new Set(
  'a an and as at but by for from in into is are nor of on or per the to vs via with your you it its'.split(' '),
)

/** Labels that mark a fact line ("Timeline: …") rather than a heading, even when the line is short. */
export const KNOWN_LABELS = new Set(
  [
    'timeline', 'results timeline', 'downtime', 'recovery', 'recovery time', 'best for', 'ideal for', 'good for',
    "who it's for", 'who it’s for', 'cost', 'price', 'pricing', 'pro tip', 'tip', 'note', 'sessions',
    'number of sessions', 'results', 'side effects', 'risks', 'pain level', 'pain', 'duration', 'treatment time',
    'maintenance', 'how it works', 'why it works', 'key ingredients', 'ingredients', 'skin type', 'skin types',
    'bottom line', 'the bottom line', 'expert tip', 'how to use', 'frequency', 'when to use', 'avoid if',
    'lasts', 'how long it lasts', 'expert take', 'what to expect',
  ],
)

const END_PUNCTUATION = /([.!?:;,…]|\.\.\.)$/

function stripClosers(text: string): string {
  return text.trim().replace(/["'”’)\]*_]+$/, '')
}

export function endsLikeSentence(text: string): boolean {
  return END_PUNCTUATION.test(stripClosers(text))
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length
}

export function isTitleCase(text: string): boolean {
  const words = text
    .replace(/[^\p{L}\p{N}'’\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()) && /\p{L}/u.test(w))
  if (words.length === 0) return false
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length
  return capitalised / words.length >= 0.75
}

// "vs." or "Dr." is not the end of a sentence.
const ABBREVIATION_RE = /\b(vs|Dr|Mr|Mrs|Ms|St|No|approx|e\.g|i\.e|etc)\./gi

function hasSentenceBreak(text: string): boolean {
  return /[.!?]\s+\p{Lu}/u.test(text.replace(ABBREVIATION_RE, '$1'))
}

/** Short, starts like a title, and does not end like a sentence. */
export function isHeadingShaped(text: string): boolean {
  const t = text.trim()
  // "Aftercare Tips:" and "Reapply Every Two Hours!" are headings when the rest is a short title.
  const bare = /[^:!]([:!])$/.test(t) ? t.slice(0, -1).trim() : undefined
  if (bare !== undefined && wordCount(bare) <= 8 && (isTitleCase(bare) || /^\p{Script=Hangul}/u.test(bare)) && isHeadingShaped(bare)) return true
  if (!t || t.length > MAX_HEADING_CHARS || wordCount(t) > MAX_HEADING_WORDS) return false
  // Hangul has no letter case: a Korean line may open a heading like a capital does.
  if (!/^[\p{Lu}\p{N}\p{Script=Hangul}"“'‘(\[]/u.test(t)) return false
  // A URL or a sentence break inside the line means prose, whatever its length.
  if (t.includes('://') || hasSentenceBreak(t)) return false
  return !endsLikeSentence(t)
}

/** A question can be a heading ("What Is Glass Skin?") when it is short and in Title Case. */
export function isQuestionHeadingShaped(text: string): boolean {
  const t = text.trim()
  return t.endsWith('?') && t.length <= MAX_HEADING_CHARS && /^[\p{Lu}\p{N}]/u.test(t) && isTitleCase(t) && !hasSentenceBreak(t)
}

/** "Q:", "Q.", "Question:", "Q1." before a question. */
export const QUESTION_PREFIX_RE = /^(?:q(?:uestion)?\s*\d{0,2}\s*[:.)–-]|\d{1,2}[.)]|질문\s*[:.)])\s*/i
export const ANSWER_PREFIX_RE = /^(?:a(?:nswer)?\s*\d{0,2}\s*[:.)–-]|답변?\s*[:.)])\s*/i

/** A sentence-case question short enough to be a heading ("Which one is right for me?"). */
export function isShortQuestion(text: string): boolean {
  const t = text.trim()
  return isQuestion(t) && wordCount(t) <= 10 && /^[\p{Lu}\p{Script=Hangul}]/u.test(t) && !QUESTION_PREFIX_RE.test(t)
}

/** One question sentence on its own, as FAQ questions are written. */
export function isQuestion(text: string): boolean {
  const t = stripClosers(text).trim().replace(QUESTION_PREFIX_RE, '')
  return t.endsWith('?') && t.length <= 200 && !/[.!?…]\s+\S/.test(t.slice(0, -1))
}

export interface LabelSplit {
  label: string
  rest: string
  /** Characters up to and including the colon and following space. */
  leadLength: number
}

const LABEL_RE = /^(\p{Lu}[\p{L}\p{N}'’&+/-]*(?:\s+[\p{L}\p{N}'’&+/()-]+){0,3})\s*:\s+(\S[\s\S]*)$/u

export function splitLabel(text: string): LabelSplit | undefined {
  const m = LABEL_RE.exec(text)
  if (!m || m[2].startsWith('//')) return undefined
  return { label: m[1], rest: m[2], leadLength: text.length - m[2].length }
}

export function isKnownLabel(label: string): boolean {
  return KNOWN_LABELS.has(label.toLowerCase())
}

/**
 * "Timeline: Results in 2 weeks." is a labelled fact; "Toning: Balancing the Skin's pH" is a
 * heading that happens to contain a colon. Known labels win unless the rest reads like a title.
 */
export function labelledFact(text: string): LabelSplit | undefined {
  const split = splitLabel(text)
  if (!split) return undefined
  if (isKnownLabel(split.label)) {
    return isHeadingShaped(text) && isTitleCase(split.rest) && wordCount(split.rest) > 1 ? undefined : split
  }
  const labelWordsCapitalised = split.label.split(/\s+/).every((w) => /^[\p{Lu}&+/]/u.test(w))
  return labelWordsCapitalised && endsLikeSentence(split.rest) && !isHeadingShaped(text) ? split : undefined
}

const NUMBERING_RE = /^\s*(?:(\d{1,2})[.)]|(?:step\s+(\d{1,2})|(\d{1,2})\s*단계)\s*[:.)–—-]?)\s+/i

/** "1. Title", "Step 2: Title" or Korean "3단계: …" → the number and the title without it. */
export function splitNumbering(text: string): { n: number; isStep: boolean; rest: string } | undefined {
  const m = NUMBERING_RE.exec(text)
  if (!m) return undefined
  const step = m[2] ?? m[3]
  return { n: Number(m[1] ?? step), isStep: step !== undefined, rest: text.slice(m[0].length).trim() }
}
