import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
const para = 'Glass skin needs **hydration** and [a link](https://example.com) plus www.example.com in text.\n'
function doc(n: number) { let s = ''; for (let i = 0; i < n; i++) s += (i % 10 === 0 ? `## Heading ${i}\n\n` : '') + para + '\n'; return s }
for (const n of [1000, 5000, 20000]) {
  const d = doc(n)
  const lines = d.split('\n')
  let t = performance.now()
  for (let i = 0; i < lines.length; i += 300) fromMarkdown(lines.slice(i, i + 300).join('\n'), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  console.log(n, 'chunked', (performance.now() - t).toFixed(0), 'ms', d.length)
  t = performance.now()
  fromMarkdown(d, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  console.log(n, 'whole', (performance.now() - t).toFixed(0), 'ms')
}
