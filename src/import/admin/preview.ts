import type { ParsedDocument } from '../parse'
import type { FileReport } from '../persist'

/** What the admin's Import view shows per file before anything is written, and what a reviewer reads on each draft. */
export interface ImportPreview extends FileReport {
  headingTexts: string[]
  faqQuestions: string[]
  tipTitles: string[]
  treatmentNames: string[]
  articleId?: number
}

export function previewOf(report: FileReport, doc?: ParsedDocument): ImportPreview {
  return {
    ...report,
    headingTexts: doc ? doc.body.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])) : [],
    faqQuestions: doc ? doc.faqs.map((f) => f.question) : [],
    tipTitles: doc ? doc.tips.map((t) => t.title) : [],
    treatmentNames: doc ? doc.treatments.map((t) => t.name) : [],
  }
}

const list = (label: string, items: string[]) => (items.length ? [`${label} (${items.length}):`, ...items.map((i) => `  - ${i}`)] : [`${label}: none`])

/** The import report as plain text, attached to the draft as a review comment. */
export function reportText(p: ImportPreview): string {
  return [
    `Import report for ${p.file} (${p.format ?? 'unknown format'}, ${p.encoding ?? 'unknown encoding'})`,
    `Title: ${p.title ?? ''}`,
    ...list('Headings', p.headingTexts),
    ...list('FAQs', p.faqQuestions),
    ...list('Tips', p.tipTitles),
    ...list('Treatments', p.treatmentNames),
    ...list('Removed as debris', p.removed.map((r) => `line ${r.line} (${r.reason}): ${r.text}`)),
    ...list('Warnings', p.warnings),
  ].join('\n')
}
