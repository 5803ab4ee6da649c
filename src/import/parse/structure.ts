import {
  ANSWER_PREFIX_RE,
  QUESTION_PREFIX_RE,
  isHeadingShaped,
  isQuestion,
  labelledFact,
  splitLabel,
  splitNumbering,
  wordCount,
} from './heuristics'
import { blocksToPlainText, boldLead, dropChars, inlineText, trimInline } from './inline'
import { nodeText, warnOnce, type ParseLog, type SourceNode } from './nodes'
import { inferCategory, inferRoutine, ROUTINE_CONTEXT_RE, TIP_CONTEXT_RE } from './tips'
import { findTreatments, parseTimeline } from './treatments'
import type { Block, Faq, HeadingLevel, Inline, Timeline, Tip } from './types'

/*
 * Structure recovery, shared by every format: title, heading levels, TL;DR callouts, the FAQ
 * section, numbered tip lists and treatment sections. Whatever is lifted out of the body
 * (FAQs, tips) is replaced by one reference block at the same position, never duplicated.
 */

const CALLOUT_HEADING_RE =
  /^(?:the\s+)?(?:tl;?\s?dr|key takeaways?|takeaways|in summary|summary|in short|in a nutshell|at a glance|bottom line|quick (?:summary|facts|take))\b/i
const FAQ_HEADING_RE =
  /\b(?:faqs?|frequently asked questions|common questions|questions (?:and|&) answers|q ?& ?a|your questions,? answered)\b|^(?:your |top |reader )?questions\??$|자주\s*묻는\s*질문|질의\s*응답|질문과\s*답변|궁금한\s*점/i
const DISCLAIMER_LABEL_RE = /^(?:medical\s+)?disclaimer$/i
const WARNING_LABEL_RE = /^(?:warning|caution|important|safety note)$/i
const DISCLAIMER_SENTENCE_RE =
  /^(?:this (?:article|post|content|information) (?:is|was) (?:for|intended for|provided for) (?:general )?informational|this (?:article|content) (?:is not|does not constitute) (?:medical )?advice)/i
const TIMELINE_LABEL_RE = /\b(?:timeline|results|when you'?ll see results|how long)\b/i
// Sentences that promise a link the text does not carry.
const LINK_PROMISE_RE =
  /\b(?:click here|tap here|(?:check out|visit|follow|see|use|at|via|through) (?:this|the|our|the following) link|link (?:below|above|here)|link in (?:our |my |the )?(?:bio|description)|(?:see|read|check out) (?:our|this|the) (?:guide|article|post|page|video)s? (?:below|above|here)|linked (?:below|above|here))\b/i

export interface StructureInput {
  nodes: SourceNode[]
  log: ParseLog
  /** From front matter: authoritative. */
  knownTitle?: string
  /** From HTML <h1>/<title>: used when the body has no h1. */
  fallbackTitle?: string
  /** Plain text has one heading level for everything, so FAQ questions can sit at the FAQ heading's level. */
  flatHeadings: boolean
}

export interface Structured {
  title?: string
  body: Block[]
  faqs: Faq[]
  tips: Tip[]
  timelines: Map<string, Timeline>
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

type HeadingNode = Extract<SourceNode, { t: 'heading' }> & { synthetic?: boolean }
const isHeading = (n: SourceNode | undefined): n is HeadingNode => n?.t === 'heading'

/** Front matter wins; then the body's h1; then HTML <title>; then a heading that opens the document. */
function takeTitle(input: StructureInput): { title?: string; nodes: SourceNode[] } {
  const nodes = [...input.nodes]
  const firstHeading = nodes.findIndex(isHeading)
  if (input.knownTitle) {
    // An opening heading that repeats the front-matter title would print the title twice.
    if (firstHeading !== -1 && norm(nodeText(nodes[firstHeading])) === norm(input.knownTitle)) nodes.splice(firstHeading, 1)
    return { title: input.knownTitle, nodes }
  }
  const h1 = nodes.findIndex((n) => isHeading(n) && n.level === 1)
  if (h1 !== -1) return { title: nodeText(nodes.splice(h1, 1)[0]), nodes }
  if (input.fallbackTitle) return { title: input.fallbackTitle, nodes }
  if (firstHeading === 0) return { title: nodeText(nodes.shift()!), nodes }
  return { nodes }
}

/** Markdown often bolds a line instead of using a heading; treat a short all-bold line as one. */
function promoteBoldLines(nodes: SourceNode[]): SourceNode[] {
  let lastLevel = 1
  return nodes.map((node) => {
    if (node.t === 'heading') lastLevel = node.level
    if (node.t !== 'paragraph' || !node.content.every((r) => r.bold || !r.text.trim())) return node
    const text = inlineText(node.content).trim()
    const shaped = isHeadingShaped(text) || isQuestion(text) || isHeadingShaped(splitNumbering(text)?.rest ?? '')
    if (!shaped || text.length > 120) return node
    return { t: 'heading', level: Math.min(lastLevel + 1, 4), text, line: node.line }
  })
}

function normaliseLevels(nodes: SourceNode[]): SourceNode[] {
  const levels = nodes.filter(isHeading).map((n) => n.level)
  if (!levels.length) return nodes
  const shift = 2 - Math.min(...levels)
  return nodes.map((n) => (n.t === 'heading' ? { ...n, level: Math.min(Math.max(n.level + shift, 2), 4) } : n))
}

function warnLinkPromise(content: Inline[], line: number, log: ParseLog): void {
  if (content.some((r) => r.link)) return
  const m = LINK_PROMISE_RE.exec(inlineText(content))
  if (m) warnOnce(log, `"${m[0]}" promises a link but the text has no URL; text kept, add the link in the editor`, line)
}

function isDisclaimer(text: string): boolean {
  const label = splitLabel(text)?.label ?? ''
  return DISCLAIMER_LABEL_RE.test(label) || DISCLAIMER_SENTENCE_RE.test(text)
}

function paragraphBlock(content: Inline[]): Block {
  const text = inlineText(content)
  const split = splitLabel(text)
  const tone = !split ? undefined : DISCLAIMER_LABEL_RE.test(split.label) ? 'disclaimer' : WARNING_LABEL_RE.test(split.label) ? 'warning' : undefined
  if (split && tone) {
    return { kind: 'callout', tone, title: split.label, body: [{ kind: 'paragraph', content: dropChars(content, split.leadLength) }] }
  }
  if (DISCLAIMER_SENTENCE_RE.test(text)) return { kind: 'callout', tone: 'disclaimer', body: [{ kind: 'paragraph', content }] }
  const boldLabel = split && content[0]?.bold && norm(content[0].text) === norm(split.label) ? split : undefined
  const fact = labelledFact(text) ?? boldLabel
  if (fact) return { kind: 'labelled', label: fact.label, content: dropChars(content, fact.leadLength) }
  return { kind: 'paragraph', content }
}

/** A list whose items mostly start "Label: …" gets the labels in bold, as the author formatted them. */
function listItems(items: Inline[][]): Inline[][] {
  const splits = items.map((item) => splitLabel(inlineText(item)))
  if (splits.filter(Boolean).length * 2 < items.length) return items
  return items.map((item, i) => {
    const split = splits[i]
    return split && !item[0]?.bold ? boldLead(item, split.leadLength - 1) : item
  })
}

function nodeBlock(node: SourceNode, log: ParseLog): Block {
  switch (node.t) {
    case 'heading':
      return { kind: 'heading', level: node.level as HeadingLevel, text: node.text }
    case 'paragraph':
      warnLinkPromise(node.content, node.line, log)
      return paragraphBlock(node.content)
    case 'quote':
      warnLinkPromise(node.content, node.line, log)
      return { kind: 'quote', content: node.content }
    case 'list':
      node.items.forEach((item, i) => warnLinkPromise(item, node.itemLines[i], log))
      return { kind: 'list', ordered: node.ordered, ...(node.ordered && node.start !== 1 ? { start: node.start } : {}), items: listItems(node.items) }
  }
}

function plainBlocks(nodes: SourceNode[], log: ParseLog): Block[] {
  return nodes.map((n) => nodeBlock(n, log))
}

interface FaqRun {
  intro: SourceNode[]
  faqs: { question: string; answer: SourceNode[]; line: number }[]
  end: number
}

function takeFaqs(nodes: SourceNode[], at: number, flat: boolean): FaqRun | undefined {
  const level = (nodes[at] as HeadingNode).level
  const run: FaqRun = { intro: [], faqs: [], end: nodes.length }
  // Sloppy Markdown puts questions at the FAQ heading's own level; accept that only when the first question does.
  let sameLevelQuestions = flat
  for (let j = at + 1; j < nodes.length; j++) {
    const node = nodes[j]
    const text = nodeText(node).trim()
    // A page-level disclaimer after the last answer belongs to the article, not to that answer.
    if (run.faqs.length && (node.afterDebris || (node.t === 'paragraph' && isDisclaimer(text)))) return { ...run, end: j }
    if (node.t === 'heading') {
      if (!run.faqs.length && node.level === level && isQuestion(text)) sameLevelQuestions = true
      const questionLevel = node.level > level || (sameLevelQuestions && node.level === level)
      if (!questionLevel || !isQuestion(text)) return run.faqs.length ? { ...run, end: j } : undefined
      run.faqs.push({ question: text.replace(QUESTION_PREFIX_RE, ''), answer: [], line: node.line })
      continue
    }
    if (node.t === 'paragraph') {
      if (isQuestion(text)) {
        run.faqs.push({ question: text.replace(QUESTION_PREFIX_RE, ''), answer: [], line: node.line })
        continue
      }
      const lead = node.content[0]
      if (lead?.bold && isQuestion(lead.text) && node.content.length > 1) {
        // "**Question?** Answer." in one paragraph; in "**Q?** – answer" and "**Q. …?**\nA. answer"
        // the dash or "A." belongs to neither.
        const rest = trimInline(node.content.slice(1))
        const dash = /^(?:[–—:-]\s*)?/.exec(inlineText(rest))![0].length
        const afterDash = trimInline(dropChars(rest, dash))
        const prefix = ANSWER_PREFIX_RE.exec(inlineText(afterDash))?.[0].length ?? 0
        const answer: SourceNode = { ...node, content: trimInline(dropChars(afterDash, prefix)) }
        run.faqs.push({ question: lead.text.trim().replace(QUESTION_PREFIX_RE, ''), answer: [answer], line: node.line })
        continue
      }
    }
    const current = run.faqs[run.faqs.length - 1]
    if (!current) run.intro.push(node)
    else if (current.answer.length === 0 && node.t === 'paragraph' && ANSWER_PREFIX_RE.test(text)) {
      current.answer.push({ ...node, content: dropChars(node.content, ANSWER_PREFIX_RE.exec(text)![0].length) })
    } else current.answer.push(node)
  }
  return run.faqs.length ? run : undefined
}

interface TipItem {
  title: string
  n: number
  isStep: boolean
  body: SourceNode[]
}

/** A run of numbered sibling headings is a tip list when its context talks about tips/steps/secrets and its items are not treatments. */
function takeTipRun(nodes: SourceNode[], at: number): { items: TipItem[]; parent: string; end: number } | undefined {
  const head = nodes[at]
  if (head.t !== 'heading' || !splitNumbering(head.text)) return undefined
  const level = head.level
  const items: TipItem[] = []
  let j = at
  for (; j < nodes.length; j++) {
    const node = nodes[j]
    if (node.t === 'heading' && node.level <= level) {
      const num = node.level === level ? splitNumbering(node.text) : undefined
      if (!num || (items.length && num.n <= items[items.length - 1].n)) break
      items.push({ title: num.rest.replace(/[:.]$/, ''), n: num.n, isStep: num.isStep, body: [] })
    } else items[items.length - 1].body.push(node)
  }
  if (items.length < 2) return undefined
  const intro: string[] = []
  let p = at - 1
  for (; p >= 0; p--) {
    const before = nodes[p]
    if (isHeading(before) && before.level < level) break
    intro.push(nodeText(before))
  }
  const parent = p >= 0 ? nodeText(nodes[p]) : ''
  const namingTreatments = items.filter((it) => findTreatments(it.title).length).length
  if (namingTreatments * 2 >= items.length) return undefined
  const allSteps = items.every((it) => it.isStep)
  if (!allSteps && !TIP_CONTEXT_RE.test(parent) && !TIP_CONTEXT_RE.test(intro.join(' '))) return undefined
  return { items, parent, end: j }
}

type TitledItem = { title: string; body: Inline[] }

/** "**Title.** text", "Title: text" or "Title – text" list items carry their own tip title. */
function splitTipItem(item: Inline[]): TitledItem | undefined {
  const text = inlineText(item)
  if (item[0]?.bold && item.length > 1) {
    return { title: item[0].text.trim().replace(/[:.–—-]\s*$/, ''), body: trimInline(item.slice(1)) }
  }
  const label = splitLabel(text)
  if (label) return { title: label.label, body: dropChars(item, label.leadLength) }
  const dash = /^(.{3,80}?)\s+[–—]\s+(\S[\s\S]*)$/.exec(text)
  if (dash && wordCount(dash[1]) <= 8) return { title: dash[1], body: dropChars(item, text.length - dash[2].length) }
  return undefined
}

/** An ordered list under a tips/steps/routine heading whose items all carry a title. */
function titledListItems(node: SourceNode, context: string): TitledItem[] | undefined {
  if (node.t !== 'list' || !node.ordered || node.items.length < 2 || !TIP_CONTEXT_RE.test(context)) return undefined
  const split = node.items.map(splitTipItem)
  return split.every((s): s is TitledItem => s !== undefined) ? split : undefined
}

/** Whether a heading opens an FAQ section. */
export const isFaqHeading = (text: string) => FAQ_HEADING_RE.test(text) && text.length <= 80

export function recoverStructure(input: StructureInput): Structured {
  const { log } = input
  const taken = takeTitle(input)
  const nodes: SourceNode[] = normaliseLevels(promoteBoldLines(taken.nodes))
  // A document titled "FAQ" (or "Frequently Asked Questions: Botox") is one FAQ section: the
  // title heads it, one level above every heading in the body.
  if (taken.title && isFaqHeading(taken.title)) {
    const faqHead: HeadingNode = { t: 'heading', level: 1, text: taken.title, line: nodes[0]?.line ?? 1, synthetic: true }
    nodes.unshift(faqHead)
  }
  const body: Block[] = []
  const faqs: Faq[] = []
  const tips: Tip[] = []
  const timelines = new Map<string, Timeline>()
  const treatmentSections: { level: number; keys: string[] }[] = []
  let sectionHeading = ''

  // One card per treatment: a second heading naming it continues its section, never repeats the card.
  const carded = new Set<string>()
  const closeTreatmentSections = (level: number) => {
    while (treatmentSections.length && treatmentSections[treatmentSections.length - 1].level >= level) {
      for (const key of treatmentSections.pop()!.keys) {
        if (carded.has(key)) continue
        carded.add(key)
        body.push({ kind: 'treatmentCard', treatmentKey: key })
      }
    }
  }
  const addTip = (title: string, blocks: Block[], n: number, isStep: boolean, context: string): number => {
    const text = blocksToPlainText(blocks)
    const tip: Tip = { title, body: blocks, category: inferCategory(title, text) }
    // The list's own heading decides first; failing that the article title ("5 Night Habits…") may.
    const routine = inferRoutine(title, text, context) ?? inferRoutine('', '', taken.title ?? '')
    if (routine) tip.routine = routine
    if (isStep || ROUTINE_CONTEXT_RE.test(context)) tip.step = n
    return tips.push(tip) - 1
  }

  let i = 0
  while (i < nodes.length) {
    const node = nodes[i]
    const titledItems = titledListItems(node, `${sectionHeading} ${i > 0 ? nodeText(nodes[i - 1]) : ''}`)
    if (node.t === 'list' && titledItems) {
      const indexes = titledItems.map((item, k) =>
        addTip(item.title, item.body.length ? [{ kind: 'paragraph', content: item.body }] : [], node.start + k, false, sectionHeading),
      )
      body.push({ kind: 'routineSteps', tipIndexes: indexes })
      i++
      continue
    }
    if (node.t === 'list' && node.ordered && node.items.length >= 3) {
      const context = `${sectionHeading} ${i > 0 ? nodeText(nodes[i - 1]) : ''}`
      if (TIP_CONTEXT_RE.test(context)) {
        warnOnce(log, `list looks like tips but was kept as a list (its items have no titles of their own); split it into tips in the editor if it is one`, node.line)
      }
    }
    if (node.t !== 'heading') {
      const block = nodeBlock(node, log)
      body.push(block)
      const section = treatmentSections[treatmentSections.length - 1]
      if (section && block.kind === 'labelled' && TIMELINE_LABEL_RE.test(block.label)) {
        for (const key of section.keys) if (!timelines.has(key)) timelines.set(key, parseTimeline(inlineText(block.content)))
      }
      i++
      continue
    }

    closeTreatmentSections(node.level)
    let next = i + 1
    while (next < nodes.length && nodes[next].t !== 'heading') next++

    if (CALLOUT_HEADING_RE.test(node.text) && nodes.slice(i + 1, next).some((n) => n.t === 'list')) {
      body.push({ kind: 'callout', tone: 'info', title: node.text, body: plainBlocks(nodes.slice(i + 1, next), log) })
      i = next
      continue
    }

    const synthetic = (node as HeadingNode).synthetic === true
    if (isFaqHeading(node.text)) {
      const run = takeFaqs(nodes, i, input.flatHeadings)
      if (run) {
        if (!synthetic) body.push(nodeBlock(node, log))
        body.push(...plainBlocks(run.intro, log))
        const first = faqs.length
        for (const faq of run.faqs) {
          if (!faq.answer.length) warnOnce(log, `FAQ question "${faq.question}" has no answer`, faq.line)
          faqs.push({ question: faq.question, answer: plainBlocks(faq.answer, log) })
        }
        body.push({ kind: 'faqList', faqIndexes: run.faqs.map((_, k) => first + k) })
        i = run.end
        continue
      }
      warnOnce(log, `FAQ heading "${node.text}" but no questions found after it; the section was kept as text`, node.line)
      if (synthetic) {
        i++
        continue
      }
    }

    const tipRun = takeTipRun(nodes, i)
    if (tipRun) {
      const indexes = tipRun.items.map((item) => addTip(item.title, plainBlocks(item.body, log), item.n, item.isStep, tipRun.parent))
      body.push({ kind: 'routineSteps', tipIndexes: indexes })
      i = tipRun.end
      continue
    }

    body.push(nodeBlock(node, log))
    if (node.level === 2) sectionHeading = node.text
    const open = new Set(treatmentSections.flatMap((t) => t.keys))
    const keys = [...new Set(findTreatments(node.text).map((m) => m.key))].filter((k) => !carded.has(k) && !open.has(k))
    if (keys.length) treatmentSections.push({ level: node.level, keys })
    i++
  }
  closeTreatmentSections(0)
  return { title: taken.title, body, faqs, tips, timelines }
}
