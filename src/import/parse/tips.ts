import { findTreatments } from './treatments'
import type { Routine, TipCategory } from './types'

// Order breaks ties: a tip about "sunscreen under moisturiser" is about sun protection.
const CATEGORY_WORDS: [TipCategory, RegExp][] = [
  ['sun-protection', /\b(?:spf|sunscreens?|sun ?blocks?|uv[ab]?|sun protection|sun damage|sun exposure)\b/gi],
  ['cleansing', /\b(?:cleans\w*|face ?wash\w*|wash your face|micellar|makeup remov\w*|steam\w*|impurities)\b/gi],
  ['exfoliation', /\b(?:exfoliat\w*|scrubs?|aha|bha|dead skin)\b/gi],
  ['toning', /\b(?:toners?|toning|tone your|essences?|7-skin|seven[- ]skin)\b/gi],
  ['masks', /\b(?:masks?|sheet masks?|sleeping packs?|masking)\b/gi],
  ['hydration', /\b(?:moisturi[sz]\w*|hydrat\w*|hyaluronic|humectants?|lotions?|creams?|serums?)\b/gi],
  ['application-technique', /\b(?:tap(?:ping|s)?|pat(?:ting|s)?|press(?:ing)?|massag\w*|technique|layer(?:ing|s)?|gua sha|rollers?|upward motions?)\b/gi],
  ['nutrition', /\b(?:drink\w*|teas?|diet\w*|eat\w*|foods?|nutrition\w*|supplements?|fermented|antioxidant-rich)\b/gi],
  ['lifestyle', /\b(?:sleep\w*|stress\w*|exercis\w*|workouts?|habits?|lifestyle|smok\w*|alcohol|pillowcases?)\b/gi],
]

function hits(text: string, re: RegExp): number {
  return [...text.matchAll(re)].length
}

/** Keyword score; words in the title count three times, because the title says what the tip is about. */
export function inferCategory(title: string, body: string): TipCategory {
  let best: TipCategory = 'other'
  let bestScore = 0
  const scores: [TipCategory, number][] = CATEGORY_WORDS.map(([category, re]) => [category, 3 * hits(title, re) + hits(body, re)])
  scores.push(['treatment', 3 * findTreatments(title).length + findTreatments(body).length])
  for (const [category, score] of scores) {
    if (score > bestScore) {
      best = category
      bestScore = score
    }
  }
  return best
}

// "AM"/"PM" only in capitals: lower-case "am" is the verb.
const AM_RE = /\b(?:[Mm]orning|[Dd]aytime|AM|a\.m\.)(?![\w.])/
const PM_RE = /\b(?:[Ee]vening|[Nn]ight(?:time)?|[Bb]edtime|PM|p\.m\.)(?![\w.])/
// In a tip's body only an explicit phrase counts; "an overnight boost" in passing is not a routine.
const AM_BODY_RE = /\b(?:in the morning|every morning|morning routine|AM routine)\b/i
const PM_BODY_RE = /\b(?:at night|every night|before bed|evening routine|night(?:time)? routine|PM routine)\b/i

export function inferRoutine(title: string, body: string, context: string): Routine | undefined {
  const am = AM_RE.test(title) || AM_BODY_RE.test(body)
  const pm = PM_RE.test(title) || PM_BODY_RE.test(body)
  if (am && pm) return 'both'
  if (am) return 'am'
  if (pm) return 'pm'
  const contextAm = AM_RE.test(context)
  const contextPm = PM_RE.test(context)
  if (contextAm && contextPm) return 'both'
  return contextAm ? 'am' : contextPm ? 'pm' : undefined
}

export const TIP_CONTEXT_RE =
  /\b(?:tips?|secrets?|steps?|ways?|habits?|rules?|hacks?|tricks?|routines?|rituals?|commandments|dos and don[’']?ts|things to know)\b/i
export const ROUTINE_CONTEXT_RE = /\b(?:routine|steps?|regimen)\b/i
