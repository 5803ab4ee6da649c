/**
 * Generated editorial text in the shapes of `content/launch/`: Markdown and plain-text
 * articles with sections, a numbered tip list, treatment mentions and an FAQ, 600–1500 words.
 * Deterministic per index, so a bench database and the import corpus are reproducible.
 *
 * Word choice is skewed (a power law over the vocabulary) so search sees a few very common
 * terms, a middle and a long tail; `RARE_TERMS` are sprinkled so some queries match only a
 * handful of documents.
 */

export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const COMMON_TERMS = [
  'skin', 'hydration', 'serum', 'barrier', 'sunscreen', 'moisturiser', 'cleanser', 'toner', 'glow', 'routine',
  'texture', 'pores', 'essence', 'ceramides', 'niacinamide', 'retinol', 'acne', 'redness', 'collagen', 'peptides',
]

const WORDS = [
  ...COMMON_TERMS,
  'gentle', 'daily', 'layer', 'evening', 'morning', 'dry', 'oily', 'sensitive', 'combination', 'calm', 'soothing',
  'brightening', 'clarity', 'tone', 'even', 'dewy', 'luminous', 'plump', 'firm', 'elastic', 'smooth', 'radiant',
  'hyaluronic', 'acid', 'centella', 'asiatica', 'snail', 'mucin', 'propolis', 'rice', 'ginseng', 'green', 'tea',
  'mugwort', 'heartleaf', 'squalane', 'panthenol', 'allantoin', 'madecassoside', 'arbutin', 'vitamin', 'zinc',
  'exfoliation', 'double', 'cleanse', 'sheet', 'mask', 'ampoule', 'cream', 'gel', 'balm', 'oil', 'foam', 'mist',
  'dermatologist', 'clinic', 'treatment', 'session', 'downtime', 'results', 'weeks', 'months', 'maintenance',
  'laser', 'peel', 'microneedling', 'facial', 'injectable', 'booster', 'resurfacing', 'pigmentation', 'melasma',
  'scars', 'lines', 'wrinkles', 'dullness', 'dehydration', 'irritation', 'sebum', 'blackheads', 'congestion',
  'patient', 'practitioner', 'consultation', 'assessment', 'protocol', 'recovery', 'aftercare', 'sun', 'exposure',
  'spf', 'broad', 'spectrum', 'reapply', 'hours', 'outdoors', 'humidity', 'winter', 'summer', 'climate', 'water',
  'sleep', 'stress', 'diet', 'antioxidants', 'fermented', 'ingredients', 'formula', 'label', 'concentration',
  'tolerance', 'patch', 'test', 'introduce', 'slowly', 'consistency', 'patience', 'visible', 'improvement',
  'Korean', 'Seoul', 'K-beauty', 'glass', 'honey', 'cloudless', 'chok-chok', 'mochi', 'jelly', 'cushion',
]

const SYLLABLES = ['ra', 'mi', 'so', 'ka', 'lu', 'ne', 'ti', 'vo', 'ze', 'pa', 'do', 'ri', 'ha', 'yu', 'ge', 'bo', 'ci', 'an', 'el', 'or']

/** Invented ingredient and brand names: each occurs in few documents (the search long tail). */
export const RARE_TERMS: string[] = (() => {
  const out: string[] = []
  for (let i = 0; i < 3000; i++) {
    const a = SYLLABLES[i % 20]
    const b = SYLLABLES[Math.floor(i / 20) % 20]
    const c = SYLLABLES[Math.floor(i / 400) % 20]
    out.push(`${a}${b}${c}${['lin', 'xol', 'dera', 'mide'][i % 4]}`)
  }
  return out
})()

const TREATMENT_MENTIONS = [
  'HydraFacial', 'microneedling', 'RF microneedling', 'a chemical peel', 'laser resurfacing', 'LED light therapy',
  'a skin booster', 'dermal fillers', 'Botox',
]
const TIP_TITLES = [
  'Double cleanse every evening', 'Pat, do not rub, your toner', 'Layer from thinnest to thickest',
  'Reapply sunscreen every two hours', 'Use a sheet mask after flights', 'Drink green tea instead of a second coffee',
  'Sleep on a silk pillowcase', 'Exfoliate twice a week at most', 'Keep a hydrating mist at your desk',
]
const QUESTIONS = [
  'How long until I see results?', 'Is it safe for sensitive skin?', 'Can I combine it with retinol?',
  'How often should I repeat the treatment?', 'Does it hurt?', 'What should I avoid afterwards?',
  'Is there any downtime?', 'Can I wear makeup the next day?',
]
const HEADINGS = [
  'Why the skin barrier comes first', 'What the clinic can add', 'Building the routine step by step',
  'Ingredients worth knowing', 'What to expect after a session', 'Adjusting for the seasons', 'Common mistakes',
  'How the results last',
]

// Words that name (or combine into) a treatment: an article without them is not medical.
const CLINICAL = new Set(['laser', 'peel', 'microneedling', 'facial', 'injectable', 'booster', 'resurfacing', 'treatment', 'session', 'clinic', 'dermatologist', 'downtime', 'protocol', 'practitioner', 'patient', 'consultation', 'aftercare', 'recovery', 'assessment'])
const EVERYDAY_WORDS = WORDS.filter((w) => !CLINICAL.has(w))

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]
}

/** Power-law pick: low indexes (the common terms) come up far more often. */
function word(random: () => number, clinical = true): string {
  const list = clinical ? WORDS : EVERYDAY_WORDS
  return list[Math.floor(list.length * random() ** 2.2)]
}

function sentence(random: () => number, clinical: boolean, extra?: string): string {
  const length = 9 + Math.floor(random() * 12)
  const words = Array.from({ length }, () => word(random, clinical))
  if (extra) words.splice(Math.floor(random() * words.length), 0, extra)
  const text = words.join(' ')
  return `${text[0].toUpperCase()}${text.slice(1)}.`
}

function paragraph(random: () => number, sentences: number, index: number): string {
  const clinical = isClinical(index)
  const out: string[] = []
  for (let s = 0; s < sentences; s++) {
    const roll = random()
    const extra =
      roll < 0.08 && clinical ? pick(random, TREATMENT_MENTIONS) : roll < 0.12 ? RARE_TERMS[(index * 7 + s * 131) % RARE_TERMS.length] : undefined
    out.push(sentence(random, clinical, extra))
  }
  return out.join(' ')
}

export interface GeneratedDocument {
  name: string
  title: string
  text: string
  words: number
}

/** Half the articles discuss clinic treatments (and so are medical content needing a sign-off). */
export const isClinical = (index: number) => index % 2 === 0

/** Article number `index` as a Markdown (two in three) or plain-text file. */
export function generateDocument(index: number): GeneratedDocument {
  const random = rng(index * 2654435761)
  const markdown = index % 3 !== 2
  const h = (level: number, text: string) => (markdown ? `${'#'.repeat(level)} ${text}` : text)
  const clinical = isClinical(index)
  const subject = clinical ? pick(random, TREATMENT_MENTIONS) : pick(random, ['sheet masks', 'double cleansing', 'toners', 'sunscreen', 'essences'])
  const title = `${pick(random, ['The', 'A practical', 'Your', 'An honest'])} guide to ${word(random, clinical)} and ${subject} ${index}`
  const targetWords = 600 + Math.floor(random() * 900)
  const blocks: string[] = [h(1, title), paragraph(random, 4, index)]
  let words = 0
  const count = () => blocks.join(' ').split(/\s+/).length
  for (const heading of [...HEADINGS].sort(() => random() - 0.5).slice(0, 4)) {
    blocks.push(h(2, heading))
    for (let p = 0; p < 2; p++) blocks.push(paragraph(random, 4 + Math.floor(random() * 3), index))
    if (count() > targetWords * 0.7) break
  }
  blocks.push(h(2, `${3} Korean skincare tips for a calmer routine`))
  for (const [n, tip] of [...TIP_TITLES].sort(() => random() - 0.5).slice(0, 3).entries()) {
    blocks.push(h(3, `${n + 1}. ${tip}`), paragraph(random, 2, index))
  }
  while ((words = count()) < targetWords - 120) blocks.push(paragraph(random, 5, index))
  blocks.push(h(2, 'Frequently asked questions'))
  for (const question of [...QUESTIONS].sort(() => random() - 0.5).slice(0, 3)) {
    blocks.push(h(3, question), paragraph(random, 2, index))
  }
  words = count()
  return {
    name: `${String(index).padStart(5, '0')}_bench.${markdown ? 'md' : 'txt'}`,
    title,
    text: `${blocks.join('\n\n')}\n`,
    words,
  }
}

/** The 200 search queries: three in five common terms (many hits), the rest rare (a few). */
export function searchQueries(count = 200): string[] {
  const random = rng(42)
  return Array.from({ length: count }, (_, i) => {
    if (i % 5 < 3) {
      const a = COMMON_TERMS[Math.floor(random() * COMMON_TERMS.length)]
      return i % 2 ? `${a} ${WORDS[20 + Math.floor(random() * 60)]}` : a
    }
    return RARE_TERMS[Math.floor(random() * RARE_TERMS.length)]
  })
}

/**
 * Queries that warm a freshly started app's search path before the sample is timed (the
 * scenario at 100k articles starts its own app): words the sample never asks (WORDS past the
 * ones it pairs with common terms), half of them alone, half with a made-up word that matches
 * nothing, so no row the sample reads is brought into PostgreSQL's buffers by them.
 */
export function searchWarmUpQueries(count = 50): string[] {
  const unasked = WORDS.slice(80)
  return Array.from({ length: count }, (_, i) => (i % 2 ? unasked[i % unasked.length] : `warmup${i}xq`))
}
