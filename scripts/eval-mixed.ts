/**
 * `npx tsx scripts/eval-mixed.ts [DIR…]`: stories mixed in one corpus, as a real corpus holds them. Every story
 * folder with a gold.json (../shared/corpus/*, examples, test/fixtures/stories/*, or the folders given) is ingested
 * into ONE corpus, the stories' documents interleaved round-robin in their own order, and every finding whose
 * matches point into another story is counted: a death toll of one story updating another's is the failure this
 * measures. Prints the cross-story findings and one line `mixed: {"documents":N,"findings":F,"crossStory":C}`.
 * Twice: with the evaluation chain (in-memory registry and stories, the corpus diffed whole), then through the diff
 * stage itself (`mixed pipeline: …`), which keeps them in the sharded corpus state and reads the story-partitioned index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentTelemetry } from '../shared/ops/telemetry.ts';
import { diffUpload } from '../shared/pipeline/diff-stage.ts';
import { decodeUpload } from '../shared/pipeline/input.ts';
import { documentId, keys, uploadKey } from '../shared/pipeline/keys.ts';
import { prepareDocument } from '../shared/pipeline/prepare.ts';
import { MemoryStore } from '../shared/storage/memory.ts';
import { putJson } from '../shared/storage/store.ts';
import type { Finding, Report } from '../shared/types.ts';
import { checkStory, runChain } from './eval-diff.ts';
import { checkGold } from '../test/support/gold.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dirs: string[] = args.length ? args.map((a) => resolve(a)) : [];
if (!dirs.length) {
  const shared = resolve(repo, '../shared/corpus');
  if (existsSync(shared)) for (const s of readdirSync(shared)) dirs.push(join(shared, s));
  dirs.push(join(repo, 'examples'));
  const own = join(repo, 'test/fixtures/stories');
  if (existsSync(own)) for (const s of readdirSync(own)) dirs.push(join(own, s));
}
const goldOf = (dir: string) =>
  existsSync(join(dir, 'gold.json'))
    ? JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'))
    : existsSync(join(dir, '..', 'test/fixtures/examples-gold.json'))
      ? null
      : null;
const stories = dirs
  .map((dir) => ({
    dir,
    gold:
      goldOf(dir) ?? (dir.endsWith('/examples') ? JSON.parse(readFileSync(join(repo, 'test/fixtures/examples-gold.json'), 'utf8')) : null),
  }))
  .filter((s) => s.gold);

// Round-robin: the first article of every story, then the second of every story, and so on.
const order: string[] = [];
const storyOf = new Map<string, number>();
for (let round = 0; stories.some((s) => s.gold.ingestOrder.length > round); round++) {
  stories.forEach((s, i) => {
    const name = s.gold.ingestOrder[round];
    if (!name) return;
    const path = join(s.dir, name);
    order.push(path);
    storyOf.set(`incoming/default/${path}`, i);
  });
}
/** Counts a document's findings whose matches point into another story, and prints each. */
function crossStory(label: string, findings: Finding[], story: number | undefined, storyOfSource: Map<string, number>): number {
  let cross = 0;
  for (const f of findings) {
    const others = f.matches.filter((m) => storyOfSource.get(m.sourceKey) !== story);
    if (!others.length) continue;
    cross++;
    console.log(
      `✗ ${label}: ${f.type} "${f.claimText.slice(0, 90)}" ← ` +
        others.map((m) => `${m.sourceKey.split('/').pop()}: "${m.claimText.slice(0, 70)}"`).join('; ') +
        (f.explanation ? ` (${f.explanation.slice(0, 80)})` : ''),
    );
  }
  return cross;
}

const { documents } = await runChain('/', order);
let findings = 0;
let cross = 0;
for (const [i, d] of documents.entries()) {
  findings += d.findings.length;
  cross += crossStory(d.name.split('/').slice(-2).join('/'), d.findings, storyOf.get(`incoming/default/${order[i]}`), storyOf);
}
// Each story's gold findings, checked in the mixed corpus: telling stories apart must not cost a story its findings.
let expected = 0;
let met = 0;
stories.forEach((s, i) => {
  const own = documents
    .filter((_, j) => storyOf.get(`incoming/default/${order[j]}`) === i)
    .map((d) => ({ ...d, name: d.name.split('/').pop()! }));
  const checks = checkStory(s.gold, own, []).filter((c) => !c.name.includes('index retrieval') && !c.name.includes('no claim'));
  expected += checks.length;
  met += checks.filter((c) => c.pass).length;
  for (const c of checks.filter((x) => !x.pass)) console.log(`✗ ${s.dir.split('/').pop()}: ${c.name} — ${c.detail}`);
});
console.log(
  `mixed: ${JSON.stringify({
    stories: stories.length,
    documents: documents.length,
    findings,
    crossStory: cross,
    goldFindings: `${met}/${expected}`,
  })}`,
);

// The same corpus through the diff stage itself, as a deployment runs it: entities, stories and line counts in the
// sharded corpus state, claims in the story-partitioned index.
const store = new MemoryStore();
const deps = { store, telemetry: silentTelemetry };
const reportsOf = stories.map(() => ({}) as Record<string, Report>);
const storyOfKey = new Map<string, number>();
for (const [i, path] of order.entries()) {
  const bytes = readFileSync(path);
  const story = storyOf.get(`incoming/default/${path}`)!;
  // Stories may share file names (a.txt): each story's uploads go to a folder of their own.
  const name = path.split('/').pop()!;
  const sourceKey = uploadKey('mixed', `${story}/${name}`);
  storyOfKey.set(sourceKey, story);
  const uploadedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  const docId = documentId(bytes);
  await putJson(
    store,
    keys.prepared('mixed', docId),
    await prepareDocument(decodeUpload(bytes).text, [], { id: docId, location: { corpus: 'mixed', name, sourceKey }, uploadedAt }),
  );
  const outcome = await diffUpload(deps, { type: 'prepared', corpus: 'mixed', docId, sourceKey, name, uploadId: docId, uploadedAt });
  if (outcome.outcome === 'reported') reportsOf[story][name] = outcome.report;
}
let pipelineFindings = 0;
let pipelineCross = 0;
for (const [story, reports] of reportsOf.entries()) {
  for (const [name, report] of Object.entries(reports)) {
    pipelineFindings += report.findings.length;
    pipelineCross += crossStory(`pipeline ${name}`, report.findings, story, storyOfKey);
  }
}
let pipelineExpected = 0;
let pipelineMet = 0;
let unlisted = 0;
stories.forEach((s, i) => {
  const checks = checkGold(s.gold, reportsOf[i]).filter((c) => c.group === 'findings' || c.group === 'entities');
  pipelineExpected += checks.length;
  pipelineMet += checks.filter((c) => c.pass).length;
  // A story's known gaps (its gold.json lists them with a diagnosis) fail alone too; any other failure is the mixing's.
  const gaps: Array<{ check: string }> = s.gold.knownGaps ?? [];
  for (const c of checks.filter((x) => !x.pass)) {
    const known = gaps.some((g) => c.name.includes(g.check));
    if (!known) unlisted++;
    console.log(`✗ pipeline ${s.dir.split('/').pop()}: ${c.name} — ${c.detail}${known ? ' (known gap)' : ''}`);
  }
});
const documentsIn = reportsOf.reduce((n, r) => n + Object.keys(r).length, 0);
console.log(
  `mixed pipeline: ${JSON.stringify({
    documents: documentsIn,
    findings: pipelineFindings,
    crossStory: pipelineCross,
    goldFindingsAndEntities: `${pipelineMet}/${pipelineExpected}`,
    failuresNotKnownGaps: unlisted,
  })}`,
);
