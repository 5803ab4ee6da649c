import type { SourceFormat } from './types'

/*
 * The format comes from content, never the file name: the seed files are all *.txt whatever
 * they contain. Markdown needs markup plain text would not have; "- " bullets alone are not enough.
 */

const HTML_TAG = /<\/?(?:p|h[1-6]|div|ul|ol|li|article|section|main|blockquote|table|br|img|a|strong|em|span|body|head)\b[^>]*>/i
const HTML_TAGS = new RegExp(HTML_TAG.source, 'gi')

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length
}

export function detectFormat(body: string, hasFrontMatter: boolean): SourceFormat {
  if (hasFrontMatter) return 'markdown-frontmatter'
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(body)) return 'html'
  const filled = body.split('\n').filter((l) => l.trim())
  // WordPress block markup puts every block between <!-- wp:name --> comment lines; those are
  // HTML lines too, unless Markdown headings say the HTML is embedded in Markdown.
  const markdownHeadings = /^#{1,6}[ \t]+\S/m.test(body)
  const isComment = (l: string) => !markdownHeadings && /^\s*<!--[\s\S]*-->\s*$/.test(l)
  const tagged = filled.filter((l) => HTML_TAG.test(l) || isComment(l)).length
  if (count(body, HTML_TAGS) >= 3 && tagged >= filled.length * 0.5) return 'html'
  const score =
    2 * count(body, /^#{1,6}[ \t]+\S/gm) +
    2 * count(body, /\[[^\]\n]+\]\([^)\s]+\)/g) +
    2 * count(body, /^(?:```|~~~)/gm) +
    count(body, /(\*\*|__)(?=\S)[^*_\n]+?\S\1/g) +
    count(body, /^>\s/gm) +
    count(body, /^(?:\*{3,}|-{3,}|_{3,})\s*$/gm)
  return score >= 2 ? 'markdown' : 'text'
}
