// `npm run eval [-- DIR] [--json] [--errors]`: scores the engine on the gold corpus (default: the dev split in
// the repo). DIR may hold genre folders (read recursively). `--errors` lists every error instead of the top ones.
import * as fs from 'fs';
import * as path from 'path';
import { evaluate, readGoldDocuments } from './evaluate';

const args = process.argv.slice(2);
const json = args.includes('--json');
const allErrors = args.includes('--errors');
const floorAt = args.indexOf('--write-floor');
const floorFile = floorAt >= 0 ? args[floorAt + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && (floorAt < 0 || i !== floorAt + 1)) ?? path.join(__dirname, '..', 'test', 'fixtures', 'corpus', 'dev');
const documents = readGoldDocuments(dir);
const started = Date.now();
const report = evaluate(documents);
if (floorFile) {
  // The floor is the current score rounded down to 0.005, so noise-free reruns never fail it.
  const down = (x: number): number => Math.floor(x * 200) / 200;
  const pick = (table: Record<string, { f1: number }>): Record<string, number> =>
    Object.fromEntries(['PERSON', 'ORG', 'PLACE', 'DATE', 'MICRO_PER_ORG_PLACE'].map((k) => [k, down(table[k].f1)]));
  const floor = {
    recorded: new Date().toISOString().slice(0, 10),
    exactF1: pick(report.exact),
    overlapF1: pick(report.overlap),
    personChainsMerged: down(report.personChainsMerged),
    quoteSpeakerAccuracy: down(report.quoteSpeakerAccuracy),
  };
  fs.writeFileSync(floorFile, `${JSON.stringify(floor, null, 2)}\n`);
  console.log(`floor written to ${floorFile}`);
}
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
  console.log(`organization/place chains in one actor:     ${pct(report.otherChainsMerged)} %`);
  console.log(`attributed quotes with the right speaker:   ${pct(report.quoteSpeakerAccuracy)} %`);
  console.log(`gold quote spans found exactly:             ${pct(report.quoteSpanRecall)} %`);
  console.log(`speech quotes left without a speaker:       ${pct(report.speechQuotesWithoutSpeaker)} %`);
  const types = Object.entries(report.events.byType).sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type} ${n}`).join(', ');
  console.log(`\nevents (no gold): ${report.events.total}; with agent and patient ${pct(report.events.withAgentAndPatient)} %`);
  console.log(`  by type: ${types}`);
  printErrors();
}

/** Errors grouped by kind and type, with the most frequent examples of each (all of them with --errors). */
function printErrors(): void {
  const kinds = ['missed', 'spurious', 'spurious-other', 'wrong type', 'wrong boundary', 'wrong type and boundary'];
  console.log('\nerrors by kind (exact match)        PERSON    ORG  PLACE   DATE');
  for (const kind of kinds) {
    const row = ['PERSON', 'ORG', 'PLACE', 'DATE'].map((t) => String(report.errors.filter((e) => e.kind === kind && e.type === t).length).padStart(6));
    console.log(`  ${kind.padEnd(33)} ${row.join(' ')}`);
  }
  console.log('  (spurious-other: the mention overlaps a gold name of another kind, e.g. a product or an event)');
  for (const kind of kinds) {
    const counts = new Map<string, number>();
    for (const e of report.errors.filter((x) => x.kind === kind)) {
      const label = e.gold && e.predicted ? `${e.gold} → ${e.predicted}` : `${e.gold ?? e.predicted} (${e.type})`;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, allErrors ? undefined : 12);
    if (top.length === 0) continue;
    console.log(`\n${kind}${allErrors ? '' : ` (most frequent ${top.length} of ${counts.size})`}:`);
    for (const [label, n] of top) console.log(`  ${String(n).padStart(3)}× ${label}`);
  }
  if (report.chainMisses.length > 0) {
    console.log(`\nperson chains split or missed (${report.chainMisses.length}; [A], [B]: the actors their mentions went to):`);
    for (const m of report.chainMisses.slice(0, allErrors ? undefined : 12)) console.log(`  ${m.document}: ${m.mentions.join(', ')}`);
  }
  if (report.joinedActors.length > 0) {
    console.log(`\nactors joining two gold entities (${report.joinedActors.length}; the actor, then the gold entities in it):`);
    for (const j of report.joinedActors.slice(0, allErrors ? undefined : 12)) console.log(`  ${j.document}: ${j.actor} = ${j.entities.join(' | ')}`);
  }
  if (report.speakerMisses.length > 0) {
    console.log(`\nquote speaker misses (${report.speakerMisses.length}):`);
    for (const m of report.speakerMisses.slice(0, allErrors ? undefined : 12)) {
      console.log(`  ${m.document}: “${m.quote}” gold ${m.gold}, found ${m.predicted ?? 'no speaker'}`);
    }
  }
}
