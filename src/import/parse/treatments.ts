import type { Timeline } from './types'

/*
 * Named in-clinic treatments, by stable key. Patterns are case-insensitive and match whole
 * words. When two matches overlap, the longer one wins, which is how "RF microneedling" beats
 * "microneedling" while "Microneedling and RF Microneedling" still yields both.
 */
export interface TreatmentDefinition {
  key: string
  name: string
  patterns: RegExp[]
}

// Korean attaches particles to the noun ("보톡스를", "필러와"), so a Hangul name has no end boundary.
const HANGUL_RE = /\p{Script=Hangul}/u
/*
 * A cheap test before the exact patterns: one alternation of a treatment's patterns without the
 * word boundaries, so it matches wherever any of them could (most texts name no treatment, and
 * running every bounded pattern over every paragraph was a third of an import's parse time).
 */
const PREFILTER = new Map<TreatmentDefinition, RegExp>()
const t = (key: string, name: string, ...patterns: string[]): TreatmentDefinition => {
  const def = {
    key,
    name,
    patterns: patterns.map(
      (p) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})${HANGUL_RE.test(p) ? '' : '(?![\\p{L}\\p{N}])'}`, 'giu'),
    ),
  }
  PREFILTER.set(def, new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'iu'))
  return def
}

export const TREATMENTS: TreatmentDefinition[] = [
  t('hydrafacial', 'HydraFacial', 'hydra[- ]?facials?(?: md)?(?: elite| syndeo)?', 'hydradermabrasion', 'aqua ?facials?', 'hydro ?facials?', 'aqua ?peel(?:s|ing)?', '하이드라 ?페이셜', '아쿠아 ?필'),
  t(
    'rf-microneedling',
    'RF microneedling',
    '(?:rf|radio[- ]?frequency)(?:\\s*\\(rf\\))?[- ]micro[- ]?needling',
    'micro[- ]?needling with (?:rf|radio[- ]?frequency)',
    'morpheus ?8',
    'potenza',
    'sylfirm(?: ?x)?',
    'vivace',
    'secret rf',
    'genius rf',
    'virtue rf',
  ),
  t('microneedling', 'Microneedling', 'micro[- ]?needling', 'collagen induction therapy', 'dermapen', 'derma ?roll(?:er|ing)', '마이크로 ?니들링', '더마펜'),
  t(
    'laser-resurfacing',
    'Laser resurfacing',
    '(?:fractional |ablative |non-ablative |co2 |erbium )?laser (?:skin )?resurfacing',
    'resurfacing lasers?',
    '레이저 리서페이싱',
    '프락셀',
    'fractional (?:co2 )?lasers?',
    'co2 lasers?',
    'fraxel(?: dual| restore| repair)?',
    'erbium(?:[ :-]yag)?(?: lasers?)?',
    'clear\\s*(?:\\+|and|&)\\s*brilliant®?',
    'halo laser',
    'moxi laser',
  ),
  t('pico-laser', 'Pico laser / laser toning', 'pico(?:second)? lasers?', 'picosure', 'picoway', 'laser toning', '피코 ?(?:레이저|토닝)', '레이저 ?토닝'),
  t('laser-hair-removal', 'Laser hair removal', 'laser hair removal', '레이저 제모'),
  t(
    'chemical-peel',
    'Chemical peel',
    'chemical peels?',
    '(?:케미컬 ?)?필링',
    '(?:glycolic|salicylic|lactic|mandelic|tca|jessner[’\']?s?|vi|pca|medical[- ]grade|light|medium|deep|superficial) (?:acid )?peels?',
  ),
  t('led-therapy', 'LED light therapy', 'led (?:light )?(?:therapy|facials?|masks?|treatments?)', '(?:red |blue )?light therapy', 'photobiomodulation', 'led ?(?:테라피|마스크|관리)'),
  t('ipl-photofacial', 'IPL photofacial', 'ipl', 'intense pulsed light', 'photo ?facials?', 'bbl', 'broadband light', '아이피엘'),
  t('neurotoxin', 'Botox / neurotoxin', 'botox', 'botulinum(?: toxin)?', 'neuro ?toxins?', 'dysport', 'xeomin', 'jeuveau', 'daxxify', 'wrinkle relaxers?', '보톡스', '보툴리눔'),
  t(
    'dermal-fillers',
    'Dermal fillers',
    '(?:dermal|lip|cheek|injectable|hyaluronic(?: acid)?|ha|wrinkle|facial|soft[- ]tissue|under[- ]eye) fillers?',
    '필러',
    'juv[eé]derm',
    'restylane',
    'radiesse',
    'sculptra',
    'belotero',
  ),
  t(
    'skin-boosters',
    'Skin boosters',
    'skin boosters?',
    'rejuran(?: healer)?',
    '리쥬란',
    '스킨 ?부스터',
    'pdrn',
    'polynucleotides?',
    'salmon (?:dna|sperm)(?: facials?| injections?)?',
    'profhilo',
    'skinvive',
    'juvelook',
  ),
  t('microdermabrasion', 'Microdermabrasion', 'micro[- ]?dermabrasion', 'diamond[- ]tip (?:micro[- ]?)?dermabrasion'),
  t('dermaplaning', 'Dermaplaning', 'dermaplan(?:ing|e)'),
  t('hifu', 'Ultherapy / HIFU', 'ulthera(?:py)?', 'hifu', 'high[- ]intensity focused ultrasound', 'shurink', 'sofwave', '울쎄라', '슈링크', '하이푸'),
  t('rf-skin-tightening', 'Thermage / RF skin tightening', 'thermage(?: flx)?', '써마지', '(?:radio[- ]?frequency|rf) (?:skin )?tightening', 'oligio', 'exilis'),
  t('prp', 'PRP', 'prp', 'platelet[- ]rich (?:plasma|fibrin)', 'vampire facials?'),
  t('mesotherapy', 'Mesotherapy', 'meso ?therapy'),
  t('oxygen-facial', 'Oxygen facial', 'oxygen (?:facials?|infusion|therapy)', 'intraceuticals'),
]

export interface TreatmentMatch {
  key: string
  text: string
  index: number
}

/** All treatment mentions in a text, overlaps resolved in favour of the longer (more specific) match. */
export function findTreatments(text: string): TreatmentMatch[] {
  const all: TreatmentMatch[] = []
  for (const def of TREATMENTS) {
    if (PREFILTER.get(def)?.test(text) === false) continue
    for (const pattern of def.patterns) {
      for (const m of text.matchAll(pattern)) all.push({ key: def.key, text: m[0], index: m.index ?? 0 })
    }
  }
  all.sort((a, b) => a.index - b.index || b.text.length - a.text.length)
  const kept: TreatmentMatch[] = []
  for (const m of all) {
    const last = kept[kept.length - 1]
    if (!last || m.index >= last.index + last.text.length) kept.push(m)
    else if (m.text.length > last.text.length) kept[kept.length - 1] = m
  }
  return kept
}

export function treatmentName(key: string): string {
  return TREATMENTS.find((d) => d.key === key)?.name ?? key
}

// "immediately", "within days", "in about 1–2 weeks", "after 2–4 sessions", "up to 12 months"
const WHEN_RE =
  /\b(?:immediately|right away|the same day|overnight|(?:(?:within|in|at|after|over|for|up to|about|around|roughly|approximately|by)\s+)*(?:a few|several|an?|\d+(?:\.\d+)?(?:\s*(?:[–—-]|to)\s*\d+(?:\.\d+)?)?|one|two|three|four|six|twelve)?\s*(?:days?|weeks?|months?|years?|sessions?|treatments?))\b/i

const LASTS_RE = /\b(?:last(?:s|ing)?|maintain(?:ed)?|durab\w*|up to)\b/i
const FULL_RE = /\b(?:best|full|final|optimal|peak|significant|dramatic|maximum|continued|complete)\b/i
const FIRST_RE = /\b(?:first|early|initial|start|begin|notice|visible|immediate(?:ly)?|subtle)\b/i

/** Splits "Timeline: …" text into when results show, when they peak and how long they last; `raw` is always kept. */
export function parseTimeline(raw: string): Timeline {
  const timeline: Timeline = { raw }
  // "… over 2–3 months and last 12–18 months": how long it lasts is its own clause.
  const clauses = raw.split(
    /;|,\s+(?=(?:with|while|and|but|then|lasting|results)\b)|\.\s+|\s+(?:and|that|which)\s+(?=(?:lasts?|lasting|remains?|stays?)\b)/i,
  )
  clauses.forEach((clause, i) => {
    const when = WHEN_RE.exec(clause)?.[0]?.trim()
    if (!when || !/\p{L}/u.test(when)) return
    const slot: keyof Omit<Timeline, 'raw'> = LASTS_RE.test(clause)
      ? 'lasts'
      : FULL_RE.test(clause)
        ? 'fullResult'
        : FIRST_RE.test(clause) || i === 0
          ? 'firstVisible'
          : 'fullResult'
    timeline[slot] ??= when
  })
  return timeline
}
