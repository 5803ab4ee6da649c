import { debrisReason } from './debris'
import {
  isHeadingShaped,
  isQuestion,
  isQuestionHeadingShaped,
  isShortQuestion,
  labelledFact,
  splitNumbering,
} from './heuristics'
import { linkify } from './inline'
import type { SourceNode } from './nodes'

/*
 * Plain text has no markup, so structure is recovered from line shapes: every line is a unit
 * (scraped text puts one paragraph per line), unless the file is hard-wrapped prose, in which
 * case blank lines separate paragraphs.
 */

interface Unit {
  text: string
  line: number
}

type Kind = 'title' | 'heading' | 'subheading' | 'step' | 'bullet' | 'numbered' | 'paragraph'

const BULLET_RE = /^\s*[-*•–—·▪◦‣]\s+(\S.*)$/
const LIST_START_RE = /^\s*(?:[-*•–—·▪◦‣]|\d{1,2}[.)]|step\s+\d)\s+/i

const QA_MARKER_RE = /^\s*(?:q|a|question|answer)\s*[:.)]/i
// A wrapped line runs close to the wrap width; a shorter line ends its paragraph.
const WRAPPED_LINE_MIN = 45

/**
 * Hard-wrapped prose: lines stay under ~100 characters and most lines that continue into
 * another line stop mid-sentence near the wrap width.
 */
function isHardWrapped(lines: string[]): boolean {
  const filled = lines.filter((l) => l.trim())
  if (filled.length < 6 || filled.filter((l) => l.length > 100).length > filled.length * 0.05) return false
  const continued = lines.filter((l, i) => l.trim() && lines[i + 1]?.trim() && !LIST_START_RE.test(lines[i + 1]))
  const midSentence = continued.filter((l) => l.length >= WRAPPED_LINE_MIN && !/[.!?:;…]["'”’)]?$/.test(l.trim()))
  return continued.length >= 3 && midSentence.length >= continued.length * 0.5
}

// "…the next day. Q: Can it treat scars?" — a question glued to the end of the previous answer.
const GLUED_QUESTION_RE = /(?<=[.!?…])\s+(?=(?:Q|Question|질문)\s*\d{0,2}\s*[:.]\s+\S[^\n]*\?)/g

/** A line that starts in lower case after one that stopped mid-sentence continues it, wrapped or not. */
const continues = (previous: string, line: string) =>
  previous.length >= 40 &&
  !debrisReason(previous) &&
  !debrisReason(line) && !/[.!?:;…]["'”’)]?$/.test(previous) && /^\p{Ll}/u.test(line) && !LIST_START_RE.test(line)

function toUnits(text: string, lineOffset: number): Unit[] {
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, ''))
  const wrapped = isHardWrapped(lines)
  const units: Unit[] = []
  let open: Unit | undefined
  lines.forEach((raw, i) => {
    const line = i + 1 + lineOffset
    if (!raw.trim()) {
      open = undefined
      return
    }
    const previous = lines[i - 1] ?? ''
    const wrappedOn = wrapped && previous.length >= WRAPPED_LINE_MIN && !LIST_START_RE.test(raw) && !QA_MARKER_RE.test(raw)
    if (open && (wrappedOn || continues(previous.trim(), raw.trim()))) {
      open.text += ` ${raw.trim()}`
      return
    }
    const parts = raw.trim().split(GLUED_QUESTION_RE)
    for (const part of parts) units.push((open = { text: part, line }))
  })
  return units
}

function classify(units: Unit[]): Kind[] {
  // The title is the first meaningful line: breadcrumbs and "Skip to content" come before it.
  const titleAt = units.findIndex((u) => !debrisReason(u.text))
  const kinds = units.map((u, i): Kind => {
    const numbering = splitNumbering(u.text)
    if (numbering?.isStep) return 'step'
    if (BULLET_RE.test(u.text)) return 'bullet'
    if (numbering) return 'numbered'
    const hasNext = i < units.length - 1
    if (!hasNext || labelledFact(u.text)) return 'paragraph'
    if (isHeadingShaped(u.text) || isQuestionHeadingShaped(u.text)) return i === titleAt ? 'title' : 'heading'
    // A short sentence-case question followed by its answer is a heading too ("Is it safe?").
    const next = units[i + 1]?.text ?? ''
    if (i !== titleAt && isShortQuestion(u.text) && !isQuestion(next) && !QA_MARKER_RE.test(next) && !isHeadingShaped(next)) return 'heading'
    return 'paragraph'
  })
  promoteNumberedSections(units, kinds)
  return kinds
}

/**
 * "1. HydraFacial" followed by its own paragraphs is a sub-section heading; "1. Cleanse"
 * directly followed by "2. Tone" is a list. Several heading-like items in one section are needed.
 */
function promoteNumberedSections(units: Unit[], kinds: Kind[]): void {
  let section: number[] = []
  const flush = () => {
    if (section.length >= 2) for (const i of section) kinds[i] = 'subheading'
    section = []
  }
  kinds.forEach((kind, i) => {
    if (kind === 'heading' || kind === 'title') flush()
    if (kind !== 'numbered') return
    const rest = splitNumbering(units[i].text)?.rest ?? ''
    const next = kinds[i + 1]
    if (isHeadingShaped(rest) && next !== undefined && next !== 'numbered') section.push(i)
  })
  flush()
}

export function textToNodes(text: string, lineOffset: number): SourceNode[] {
  const units = toUnits(text, lineOffset)
  const kinds = classify(units)
  const nodes: SourceNode[] = []
  let inSubsection = false
  units.forEach((unit, i) => {
    const kind = kinds[i]
    const last = nodes[nodes.length - 1]
    switch (kind) {
      case 'title':
        nodes.push({ t: 'heading', level: 1, text: unit.text, line: unit.line })
        break
      case 'heading':
        inSubsection = false
        nodes.push({ t: 'heading', level: 2, text: unit.text, line: unit.line })
        break
      case 'subheading':
        inSubsection = true
        nodes.push({ t: 'heading', level: 3, text: unit.text, line: unit.line })
        break
      case 'step':
        nodes.push({ t: 'heading', level: inSubsection ? 4 : 3, text: unit.text, line: unit.line })
        break
      case 'bullet':
      case 'numbered': {
        const ordered = kind === 'numbered'
        const itemText = ordered ? (splitNumbering(unit.text)?.rest ?? unit.text) : BULLET_RE.exec(unit.text)![1]
        if (last?.t === 'list' && last.ordered === ordered && kinds[i - 1] === kind) {
          last.items.push(linkify(itemText))
          last.itemLines.push(unit.line)
        } else {
          const start = ordered ? (splitNumbering(unit.text)?.n ?? 1) : 1
          nodes.push({ t: 'list', ordered, start, items: [linkify(itemText)], itemLines: [unit.line], line: unit.line })
        }
        break
      }
      default:
        nodes.push({ t: 'paragraph', content: linkify(unit.text), line: unit.line })
    }
  })
  return nodes
}
