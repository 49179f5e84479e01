/**
 * Acceptance of the story dossiers on every gold story: the project's own (examples/, test/fixtures/stories/*) and
 * the third-party ones in ../shared/corpus (kazakhstan, realnews/*; skipped when ../shared is absent). Each story is
 * ingested in its gold order through the diff stage (memory store); then, for every gold-expected corroboration,
 * update and contradiction that the diff itself produced, the dossier of the document's story after the last
 * document must show it: the corroboration as a fact (or quotation) with all its sources, the update as a figure whose
 * latest value is the newest the story has, the contradiction as a dispute with both sides. Gold findings the diff
 * does not produce are counted as known gaps of the diff (printed), not failures of the dossier.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold, readGold, type Gold } from '../support/gold.ts';
import type { Dossier, DossierPage } from '../../shared/dossier/dossier.ts';
import { silentTelemetry } from '../../shared/ops/telemetry.ts';
import { diffUpload } from '../../shared/pipeline/diff-stage.ts';
import { decodeUpload } from '../../shared/pipeline/input.ts';
import { documentId, keys, uploadKey } from '../../shared/pipeline/keys.ts';
import { prepareDocument } from '../../shared/pipeline/prepare.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { getJson, putJson } from '../../shared/storage/store.ts';
import type { Finding, Report } from '../../shared/types.ts';

const repo = join(import.meta.dirname, '../..');
const shared = join(repo, '../shared/corpus');
const withGold = (dir: string) =>
  existsSync(join(dir, 'gold.json'))
    ? [{ name: dir.slice(dir.lastIndexOf('/', dir.length - 1) + 1), dir, gold: join(dir, 'gold.json') }]
    : [];
const stories = [
  { name: 'examples', dir: join(repo, 'examples'), gold: join(repo, 'test/fixtures/examples-gold.json') },
  ...readdirSync(join(repo, 'test/fixtures/stories'))
    .sort()
    .flatMap((s) => withGold(join(repo, 'test/fixtures/stories', s))),
  ...(existsSync(shared) ? withGold(join(shared, 'kazakhstan')) : []),
  ...(existsSync(join(shared, 'realnews'))
    ? readdirSync(join(shared, 'realnews'))
        .sort()
        .flatMap((s) => withGold(join(shared, 'realnews', s)))
    : []),
];
if (!existsSync(shared)) console.warn("dossier gold: ../shared/corpus is absent; only the project's own stories are checked");

async function ingestAll(dir: string, order: string[]): Promise<{ store: MemoryStore; reports: Record<string, Report> }> {
  const store = new MemoryStore();
  const reports: Record<string, Report> = {};
  for (const [i, name] of order.entries()) {
    const bytes = readFileSync(join(dir, name));
    const id = documentId(bytes);
    const sourceKey = uploadKey('gold', name);
    const uploadedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    const prepared = await prepareDocument(decodeUpload(bytes).text, [], { id, location: { corpus: 'gold', name, sourceKey }, uploadedAt });
    await putJson(store, keys.prepared('gold', id), prepared);
    const outcome = await diffUpload(
      { store, telemetry: silentTelemetry },
      { type: 'prepared', corpus: 'gold', docId: id, sourceKey, name, uploadId: `u-${name}`, uploadedAt },
    );
    if (outcome.outcome === 'reported') reports[name] = outcome.report;
  }
  return { store, reports };
}

/** The finding the gold expects, when the diff produced it (gold.json's matching rule, as test/support/gold.ts). */
function produced(expected: NonNullable<Gold['expectedFindings']>[number], report: Report | undefined): Finding | undefined {
  return report?.findings.find(
    (x) =>
      fold(x.claimText).includes(fold(expected.claimContains)) &&
      expected.types.includes(x.type) &&
      (!expected.source || x.matches.some((m) => m.sourceKey.endsWith(`/${expected.source}`))),
  );
}

/** Whether the dossier reflects the finding: the reason when it does not. */
function missing(d: Dossier, f: Finding, report: Report): string | null {
  const docId = report.document.id;
  const sourcesOf = [docId, ...f.matches.map((m) => m.docId)];
  if (f.type === 'corroborated') {
    // A quotation is kept with the speaker's quotations; its claim can also be the earlier statement of a fact that a
    // later paraphrase corroborated. Either entry must list every source.
    const holders = [
      ...d.facts.filter((x) => x.statements.some((s) => s.claimId === f.claimId)).map((x) => x.sources.map((s) => s.docId)),
      ...d.quotations.filter((q) => q.uses.some((u) => u.claimId === f.claimId)).map((q) => q.uses.map((u) => u.docId)),
    ];
    if (!holders.length) return 'no fact or quotation holds the claim';
    const absent = sourcesOf.filter((s) => !holders.some((listed) => listed.includes(s)));
    return holders.some((listed) => sourcesOf.every((s) => listed.includes(s))) ? null : `sources missing: ${absent.join(', ')}`;
  }
  if (f.type === 'updated') {
    const track = d.figures.find((t) => t.values.some((v) => v.claimId === f.claimId));
    if (!track) return 'no figure holds the updated value';
    const newest = Math.max(...track.values.map((v) => v.seq));
    return track.latest.seq === newest
      ? null
      : `latest value is ${track.latest.label} (seq ${track.latest.seq}), not the newest (seq ${newest})`;
  }
  if (f.type === 'contradicted') {
    const dispute = d.disputes.find((x) => x.sides.some((s) => s.claimId === f.claimId));
    if (!dispute) return 'no dispute holds the claim';
    const other = f.matches.filter((m) => !dispute.sides.some((s) => s.claimId === m.claimId));
    return other.length ? `other side missing: ${other.map((m) => m.claimText).join(' | ')}` : null;
  }
  return null;
}

/** The live dossier with the items of its older pages back in (a long story pages its least recently active items). */
async function withOlderPages(store: MemoryStore, story: string): Promise<Dossier> {
  const d = await getJson<Dossier>(store, keys.storyJson('gold', story));
  expect(d, `dossier of ${story}`).not.toBeNull();
  for (const p of d!.olderPages) {
    const page = (await getJson<DossierPage>(store, keys.storyOlder('gold', p.file, 'json')))!;
    expect(page, p.file).not.toBeNull();
    d!.facts.push(...page.facts);
    d!.figures.push(...page.figures);
    d!.disputes.push(...page.disputes);
    d!.quotations.push(...page.quotations);
  }
  return d!;
}

describe('story dossiers reflect the gold findings the diff produced', () => {
  it.each(stories)('$name', { timeout: 300_000 }, async ({ dir, gold: path }) => {
    const gold = readGold(path);
    const { store, reports } = await ingestAll(dir, gold.ingestOrder);
    const expected = (gold.expectedFindings ?? []).filter((e) =>
      e.types.some((t) => t === 'corroborated' || t === 'updated' || t === 'contradicted'),
    );
    const gaps: string[] = [];
    const wrong: string[] = [];
    let checked = 0;
    for (const e of expected) {
      const report = reports[e.report];
      const finding = produced(e, report);
      if (!finding || finding.type === 'new' || finding.type === 'quote_altered') {
        gaps.push(`${e.report}: "${e.claimContains}" (${e.types.join('|')})`);
        continue;
      }
      const dossier = await withOlderPages(store, report!.document.story!.id);
      const why = missing(dossier, finding, report!);
      checked++;
      if (why) wrong.push(`${e.report}: "${e.claimContains}" ${finding.type}: ${why}`);
    }
    console.info(
      `dossier gold ${dir}: ${checked} checked, ${gaps.length} gold findings the diff does not produce (known gaps of the diff)` +
        (gaps.length ? `:\n  ${gaps.join('\n  ')}` : ''),
    );
    expect(checked + gaps.length).toBe(expected.length);
    expect(wrong).toEqual([]);
    // The last document's story lists every document that joined it.
    const last = reports[gold.ingestOrder[gold.ingestOrder.length - 1]];
    const dossier = (await getJson<Dossier>(store, keys.storyJson('gold', last.document.story!.id)))!;
    expect(dossier.sources.map((s) => s.docId)).toContain(last.document.id);
  });
});
