import { parseDocument, blocksToPlainText } from './src/import/parse'
import fs from 'node:fs'
for (const f of process.argv.slice(2)) {
try {
const d = parseDocument({ fileName: f, bytes: fs.readFileSync(f) })
console.log(f, d.format, JSON.stringify(d.title))
console.log(d.body.map(b => b.kind === 'heading' ? `H${b.level} ${b.text}` : `${b.kind}: ${blocksToPlainText([b]).slice(0, 70)}`).join('\n'))
console.log('FAQ', d.faqs.map(f => f.question + ' => ' + blocksToPlainText(f.answer).slice(0, 60)))
console.log('TIPS', d.tips.map(t => t.title), 'TR', d.treatments.map(t => t.key))
console.log('REMOVED', d.removed.map(r => `${r.line} ${r.reason} ${r.text}`).join('\n'))
console.log('WARN', d.warnings)
} catch (e) { console.log(f, (e as Error).stack) }
}
