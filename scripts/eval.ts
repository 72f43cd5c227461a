// `npm run eval [-- DIR] [--json]`: scores the engine on the gold corpus (default: the dev split in the repo).
import * as fs from 'fs';
import * as path from 'path';
import { evaluate } from './evaluate';
import type { GoldDocument } from './evaluate';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dir = args.find((a) => !a.startsWith('--')) ?? path.join(__dirname, '..', 'test', 'fixtures', 'corpus', 'dev');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const documents = files.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldDocument);
const started = Date.now();
const report = evaluate(documents);
if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  console.log(`News Annotator accuracy on ${report.documents} documents in ${dir} (${Date.now() - started} ms)\n`);
  console.log('type                    exact P     R    F1 | overlap P     R    F1');
  for (const type of Object.keys(report.exact)) {
    const e = report.exact[type];
    const o = report.overlap[type];
    console.log(`${type.padEnd(22)} ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)} |      ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)}`);
  }
  console.log(`\nperson chains merged into exactly one actor: ${pct(report.personChainsMerged)} %`);
  console.log(`actors joining two gold entities:           ${pct(report.actorsJoiningTwoEntities)} %`);
  console.log(`attributed quotes with the right speaker:   ${pct(report.quoteSpeakerAccuracy)} %`);
  console.log(`gold quote spans found exactly:             ${pct(report.quoteSpanRecall)} %`);
}
