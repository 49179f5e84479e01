/**
 * Stage 2, diff (one message at a time per corpus, in upload order: SQS FIFO with MessageGroupId = corpus).
 * For one prepared document: resolve its entities against the corpus registry, fetch candidate claims from the
 * corpus index, diff, write the report, then add the document to the corpus.
 *
 * Crash safety without locks or conditional writes: the stage is the only writer of corpus state and runs serially
 * per corpus, every write is idempotent (shards and lists are keyed by claim and upload ids, the registry update is
 * idempotent, line counts remember the last document), the sequence number is re-derived from head.json on a retry,
 * and the "ingested" marker is written last, as the commit point. A redelivery after a crash at any step therefore
 * recomputes the same report against the same corpus and ends in the same stored state.
 */
import { diffClaims, retrievalKeys } from '../diff/index.ts';
import { resolveEntities } from '../entities/index.ts';
import type { Telemetry } from '../ops/telemetry.ts';
import type { DiffMessage } from '../queue/queue.ts';
import { buildReport, countFindings, listEntryOf } from '../report/build.ts';
import { renderHtml, renderIndexHtml } from '../report/render-html.ts';
import { renderMarkdown } from '../report/render-markdown.ts';
import { getJson, putJson, type ObjectStore } from '../storage/store.ts';
import type { Claim, CorpusClaim, EntityRegistry, FindingCounts, PreparedDocument, Report, ReportListEntry } from '../types.ts';
import { countLines, type LineStats } from './boilerplate.ts';
import { keys } from './keys.ts';

export interface DiffDeps {
  store: ObjectStore;
  telemetry: Telemetry;
}

interface CorpusHead {
  seq: number;
  lastDocId: string | null;
}

/** The commit record of an ingested document. */
interface IngestedMarker {
  docId: string;
  seq: number;
  sourceKey: string;
  name: string;
  uploadId: string;
  counts: FindingCounts;
}

export interface IndexShard {
  key: string;
  claims: CorpusClaim[];
}

/** Newest claims kept per index key. Keys are selective (see diff/retrievalKeys); the cap bounds what one lookup reads. */
export const MAX_SHARD_CLAIMS = 400;
/** Entries on the corpus index page; `claimdiff reports` lists all uploads. */
export const MAX_RECENT = 1000;
const REGISTRY_SHARD = 'registry';

export type DiffOutcome =
  | { outcome: 'reported'; docId: string; report: Report }
  | { outcome: 'already-reported' | 'duplicate'; docId: string }
  | { outcome: 'indexed-rejection' }
  | { outcome: 'skipped'; reason: string };

export async function diffUpload(deps: DiffDeps, message: DiffMessage): Promise<DiffOutcome> {
  const started = performance.now();
  const result = await run(deps, message);
  deps.telemetry.stage({
    stage: 'diff',
    corpus: message.corpus,
    key: message.sourceKey,
    docId: 'docId' in result ? result.docId : null,
    ms: Math.round(performance.now() - started),
    outcome: result.outcome,
    reason: 'reason' in result ? result.reason : null,
    counts: 'report' in result ? countFindings(result.report.findings) : null,
  });
  return result;
}

async function run(deps: DiffDeps, message: DiffMessage): Promise<DiffOutcome> {
  const { store } = deps;
  const { corpus } = message;
  if (message.type === 'rejected') {
    const entry = await getJson<ReportListEntry>(store, keys.upload(corpus, message.uploadId));
    await addToRecent(store, corpus, entry ?? rejectedEntry(message));
    return { outcome: 'indexed-rejection' };
  }

  const marker = await getJson<IngestedMarker>(store, keys.ingested(corpus, message.docId));
  if (marker) return alreadyIngested(store, message, marker);

  const prepared = await getJson<PreparedDocument>(store, keys.prepared(corpus, message.docId));
  if (!prepared) return { outcome: 'skipped', reason: `prepared document ${message.docId} not found` };

  // 1. Claim the next sequence number (re-derived identically when this message is retried).
  const head = (await getJson<CorpusHead>(store, keys.head(corpus))) ?? { seq: 0, lastDocId: null };
  const seq = head.lastDocId === prepared.id ? head.seq : head.seq + 1;
  if (head.lastDocId !== prepared.id) await putJson(store, keys.head(corpus), { seq, lastDocId: prepared.id });

  // 2. Entities → canonical claims.
  const registryKey = keys.entityShard(corpus, REGISTRY_SHARD);
  const registry = (await getJson<EntityRegistry>(store, registryKey)) ?? { entities: [] };
  const resolved = resolveEntities(prepared.entities, registry, prepared.id);
  const claims = prepared.claims.map((c) => canonicalClaim(c, prepared.id, resolved.canonicalOf));

  // 3. Candidates from the index shards this document's claims are filed under.
  const claimKeys = claims.map((c) => retrievalKeys(c));
  const shardKeys = [...new Set(claimKeys.flat())].sort();
  const shards = await Promise.all(
    shardKeys.map(async (key) => (await getJson<IndexShard>(store, keys.indexShard(corpus, key))) ?? { key, claims: [] }),
  );
  const candidates = new Map<string, CorpusClaim>();
  for (const shard of shards) for (const c of shard.claims) if (c.docId !== prepared.id) candidates.set(c.id, c);
  const findings = diffClaims(claims, [...candidates.values()].sort((a, b) => a.seq - b.seq || a.id.localeCompare(b.id)));

  // 4. The report (JSON, Markdown, HTML).
  const report = buildReport({
    prepared,
    sourceKey: message.sourceKey,
    name: message.name,
    claims,
    findings,
    entities: resolved.entities,
    seq,
    ingestedAt: message.uploadedAt,
  });
  await Promise.all([
    putJson(store, keys.reportJson(corpus, prepared.id), report),
    store.put(keys.reportMarkdown(corpus, prepared.id), renderMarkdown(report), 'text/markdown; charset=utf-8'),
    store.put(keys.reportHtml(corpus, prepared.id), renderHtml(report), 'text/html; charset=utf-8'),
  ]);

  // 5. Add the document to the corpus: index shards, entity registry, line statistics.
  const own: CorpusClaim[] = claims.map((c) => ({ ...c, docId: prepared.id, sourceKey: message.sourceKey, seq }));
  await Promise.all(
    shards.map((shard) => {
      const filed = own.filter((_, i) => claimKeys[i].includes(shard.key));
      return putJson(store, keys.indexShard(corpus, shard.key), addToShard(shard, filed));
    }),
  );
  await putJson(store, registryKey, resolved.registry);
  const lines = await getJson<LineStats & { lastDocId?: string }>(store, keys.lines(corpus));
  if (lines?.lastDocId !== prepared.id) await putJson(store, keys.lines(corpus), { ...countLines(lines, prepared), lastDocId: prepared.id });

  // 6. The upload's record and the corpus index page, then the commit marker.
  const entry = listEntryOf(report, message.uploadedAt);
  await putJson(store, keys.upload(corpus, message.uploadId), entry);
  await addToRecent(store, corpus, entry, message.uploadId);
  const committed: IngestedMarker = {
    docId: prepared.id,
    seq,
    sourceKey: message.sourceKey,
    name: message.name,
    uploadId: message.uploadId,
    counts: entry.counts!,
  };
  await putJson(store, keys.ingested(corpus, prepared.id), committed);
  return { outcome: 'reported', docId: prepared.id, report };
}

/** Claim ids become corpus-unique; entity names become the corpus's canonical names. */
function canonicalClaim(claim: Claim, docId: string, canonicalOf: (name: string) => string): Claim {
  return {
    ...claim,
    id: `${docId}-${claim.id}`,
    speaker: claim.speaker ? canonicalOf(claim.speaker) : null,
    entities: [...new Set(claim.entities.map(canonicalOf))],
  };
}

export function addToShard(shard: IndexShard, claims: CorpusClaim[]): IndexShard {
  const byId = new Map(shard.claims.map((c) => [c.id, c]));
  for (const c of claims) byId.set(c.id, c);
  const all = [...byId.values()].sort((a, b) => a.seq - b.seq || a.id.localeCompare(b.id));
  return { key: shard.key, claims: all.slice(Math.max(0, all.length - MAX_SHARD_CLAIMS)) };
}

async function alreadyIngested(store: ObjectStore, message: Extract<DiffMessage, { type: 'prepared' }>, marker: IngestedMarker): Promise<DiffOutcome> {
  if (marker.uploadId === message.uploadId) {
    // A redelivery after the commit: everything is stored; make sure the list entry is too.
    return { outcome: 'already-reported', docId: marker.docId };
  }
  // The same bytes uploaded under another name (or re-uploaded): not ingested twice, reported as a duplicate.
  const entry: ReportListEntry = {
    name: message.name,
    sourceKey: message.sourceKey,
    docId: marker.docId,
    status: 'ok',
    reason: null,
    counts: marker.counts,
    ingestedAt: message.uploadedAt,
    seq: marker.seq,
    duplicateOf: marker.name,
  };
  await putJson(store, keys.upload(message.corpus, message.uploadId), entry);
  await addToRecent(store, message.corpus, entry, message.uploadId);
  return { outcome: 'duplicate', docId: marker.docId };
}

interface RecentList {
  entries: Array<ReportListEntry & { uploadId: string }>;
}

async function addToRecent(store: ObjectStore, corpus: string, entry: ReportListEntry, id?: string): Promise<void> {
  const uploadId = id ?? `${entry.sourceKey}:${entry.ingestedAt}`;
  const recent = (await getJson<RecentList>(store, keys.recent(corpus))) ?? { entries: [] };
  const entries = [{ ...entry, uploadId }, ...recent.entries.filter((e) => e.uploadId !== uploadId)];
  entries.sort(newestFirst);
  const next = { entries: entries.slice(0, MAX_RECENT) };
  await putJson(store, keys.recent(corpus), next);
  await store.put(
    keys.indexPage(corpus),
    renderIndexHtml(corpus, next.entries.map(({ uploadId: _, ...e }) => e)),
    'text/html; charset=utf-8',
  );
}

export function newestFirst(a: ReportListEntry, b: ReportListEntry): number {
  return b.ingestedAt.localeCompare(a.ingestedAt) || (b.seq ?? 0) - (a.seq ?? 0) || a.sourceKey.localeCompare(b.sourceKey);
}

function rejectedEntry(message: Extract<DiffMessage, { type: 'rejected' }>): ReportListEntry {
  return {
    name: message.name,
    sourceKey: message.sourceKey,
    docId: null,
    status: 'rejected',
    reason: message.reason,
    counts: null,
    ingestedAt: message.uploadedAt,
    seq: null,
  };
}
