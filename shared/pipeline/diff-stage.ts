/**
 * Stage 2, diff: one message at a time per corpus (SQS FIFO, MessageGroupId = corpus). For each uploaded document:
 * resolve its entities against the corpus registry, fetch candidate claims from the corpus index, diff, write the
 * report, then add the document to the corpus.
 *
 * Order. A document is diffed against every document uploaded before it — by upload time, not by the time its
 * event happened to arrive. S3 delivers events at least once and out of order, so an upload can reach this stage
 * after later ones. The stage keeps the corpus as a fold over an ordered upload log: when a late document belongs
 * before documents already diffed, it rolls the corpus state back to that point (each state shard logs what the
 * recent documents changed, see corpus-state.ts), takes the later documents' claims out of the index, and replays
 * the log from there. The stored corpus and every report then end exactly as with single, ordered delivery. Uploads
 * arriving later than REPLAY_WINDOW documents are appended as they come.
 *
 * Crash safety without locks or conditional writes: this stage is the only writer of corpus state and runs serially
 * per corpus; the intended log (`replayFrom` set) goes out before or with the first writes, together with the filing
 * record that says what a replay must take out, every later write is idempotent (keyed by claim, document and upload
 * ids), and `replayFrom` is cleared last. Requests go out in as few waves as that order and the data dependencies
 * allow (see run and ingestOne): on S3 each wave is a round trip. A redelivered message after a crash at any step
 * finishes the interrupted replay and ends in the same stored state as a run without the crash.
 */
import { diffEachClaim, inStory, retrievalKeys, selectCandidates } from '../diff/index.ts';
import type { Telemetry } from '../ops/telemetry.ts';
import type { DiffMessage } from '../queue/queue.ts';
import { buildReport, countFindings, listEntryOf } from '../report/build.ts';
import { renderHtml, renderIndexHtml } from '../report/render-html.ts';
import { renderMarkdown } from '../report/render-markdown.ts';
import { StagedStore } from '../storage/staged.ts';
import { getJson, putJson, putRendered, type ObjectStore } from '../storage/store.ts';
import type { Claim, CorpusClaim, EntityKind, FindingCounts, PreparedDocument, Report, ReportListEntry } from '../types.ts';
import { assignStoryInShards, dropRecurringLines, firstStateReads, resolveAgainstRegistry, rollBack, StateBatch } from './corpus-state.ts';
import { StoreCorpusIndex, type CorpusIndex, type FiledClaim, type IndexView } from './corpus-index.ts';
import { asksAgain, failedEntry, markGivenUp, MAX_ATTEMPTS, PermanentFailure, type ReplayAttempts } from './give-up.ts';
import { keys } from './keys.ts';
import { MAX_CLAIMS_FILED_PER_DOCUMENT } from './story-claims.ts';
import { dossierFiles, listStories, putDossierFiles, readDossier, rollBackStory, withDocument, type DossierFile } from './dossiers.ts';
import { storySummary, type Dossier, type StorySummary } from '../dossier/dossier.ts';

export interface DiffDeps {
  store: ObjectStore;
  telemetry: Telemetry;
  /** Keep the story dossiers (default true; the benchmark turns them off to measure what they cost). */
  dossiers?: boolean;
}

/** Documents that can still be re-ordered when their event arrives late. */
export const REPLAY_WINDOW = 64;
/**
 * Uploads per page of the corpus index. The newest page (index.html) is rewritten per document, so it is bounded:
 * once it holds two pages' worth, its oldest INDEX_PAGE_SIZE entries move to a write-once older page
 * (index-1.html is the oldest), and index.html links to every older page. Every upload stays listed.
 */
export const INDEX_PAGE_SIZE = 100;
/**
 * Stories whose shards a document reads: the one it joins and the closest others it also belongs to. A document
 * rarely belongs to more than two; the cap keeps a document that names many stories' people from reading them all.
 */
export const MAX_STORIES_READ = 3;

/** One ok upload in corpus order. Duplicates (same bytes as an earlier entry) are entries too. */
export interface LogEntry {
  seq: number;
  docId: string;
  uploadId: string;
  sourceKey: string;
  name: string;
  uploadedAt: string;
  /** The pipeline gave up on this upload (give-up.ts): why. It keeps its seq but is not in the corpus. */
  failed?: string;
  /** When it was given up (ISO time). */
  failedAt?: string;
}

export interface CorpusHead {
  /** Entries ever appended (the seq of the newest). */
  count: number;
  /** The newest REPLAY_WINDOW entries (more while a replay runs), oldest first. */
  log: LogEntry[];
  /** Set while a replay from this seq is in progress. */
  replayFrom: number | null;
  /** While a replay is in progress: how often it was started, and the upload that failed last (give-up.ts). */
  attempts?: ReplayAttempts;
  /** How the index is laid out: a story's claims in one object (story-claims.ts). See CURRENT_LAYOUT. */
  layout: 'story-claims';
  /** The corpus state is kept in shards, its line counts in one packed line table (corpus-state.ts, line-table.ts). */
  state: 'packed-line-table';
  /** The first seq the shards can be rolled back to (a late upload placed before it is appended instead). */
  shardedFrom?: number;
}

/**
 * The layout this stage reads and writes. Corpora stored by earlier versions are brought to it once by
 * `claimdiff migrate` (migrate.ts); the stage refuses them until then rather than misread them.
 */
export const CURRENT_LAYOUT = { layout: 'story-claims', state: 'packed-line-table' } as const;

/** First-ingestion record of a document id (also for uploads outside the replay window). */
interface IngestedMarker {
  docId: string;
  seq: number;
  sourceKey: string;
  name: string;
  uploadId: string;
  counts: FindingCounts;
}

export type DiffOutcome =
  | { outcome: 'reported'; docId: string; report: Report }
  | { outcome: 'already-reported' | 'duplicate'; docId: string }
  | { outcome: 'indexed-rejection' }
  | { outcome: 'failed'; docId: string; reason: string }
  | { outcome: 'skipped'; reason: string };

export async function diffUpload(deps: DiffDeps, message: DiffMessage): Promise<DiffOutcome> {
  return (await diffUploads(deps, [message]))[0];
}

/**
 * Diffs a run of messages of one corpus, in order: one message as above; several new uploads are placed in the log
 * together and committed as one replay (a group commit, see StagedStore.beginGroup), so what every document of the
 * run rewrites (the log, state shards, the story's index and dossier, the index page) is written once for the run.
 * The stored state is the one the messages would leave one at a time. A failure fails the whole run.
 */
export async function diffUploads(deps: DiffDeps, messages: DiffMessage[]): Promise<DiffOutcome[]> {
  const prepared = messages.filter((m): m is PreparedMessage => m.type === 'prepared');
  if (messages.length > 1 && prepared.length === messages.length && new Set(messages.map((m) => m.corpus)).size === 1)
    return recorded(deps, messages, () => runTogether(deps, prepared));
  const results: DiffOutcome[] = [];
  for (const message of messages) results.push(...(await recorded(deps, [message], async () => [await run(deps, message)])));
  return results;
}

/** Runs the messages and logs a line for each, with its share of the time: per document, however they were grouped. */
async function recorded(deps: DiffDeps, messages: DiffMessage[], work: () => Promise<DiffOutcome[]>): Promise<DiffOutcome[]> {
  const started = performance.now();
  const results = await work();
  const ms = Math.round((performance.now() - started) / messages.length);
  for (const [i, message] of messages.entries()) {
    const result = results[i];
    deps.telemetry.stage({
      stage: 'diff',
      corpus: message.corpus,
      key: message.sourceKey,
      docId: 'docId' in result ? result.docId : null,
      ms,
      outcome: result.outcome,
      reason: 'reason' in result ? result.reason : null,
      counts: 'report' in result ? countFindings(result.report.findings) : null,
      batch: messages.length,
    });
  }
  return results;
}

type PreparedMessage = Extract<DiffMessage, { type: 'prepared' }>;

const orderKey = (e: { uploadedAt: string; sourceKey: string; uploadId: string }) =>
  `${e.uploadedAt}\u0000${e.sourceKey}\u0000${e.uploadId}`;

/** What one message works with: the corpus's objects (staged, see StagedStore) and its index. */
interface Stage {
  store: StagedStore;
  corpus: string;
  index: CorpusIndex;
  /** Keep the story dossiers (DiffDeps.dossiers). */
  dossiers: boolean;
  /** Logs a step the stage went on without: the object, what it did instead, and the error. */
  fallback(key: string, what: string, reason: string): void;
}

/** The stage of one run of messages of a corpus. */
function openStage(deps: DiffDeps, corpus: string): Stage {
  const fallback = (key: string, what: string, reason: string) =>
    deps.telemetry.fallback({ stage: 'diff', corpus, key, fallback: what, reason });
  // A corrupt index or state shard reads as absent (the next write replaces it): what it held is lost, so say so.
  const store = new StagedStore(deps.store, (key, reason) => fallback(key, 'read as absent; the next write replaces it', reason));
  return { store, corpus, index: new StoreCorpusIndex(store, corpus), dossiers: deps.dossiers !== false, fallback };
}

/**
 * The first wave: everything that depends on the messages alone, then the head (a replay a crash interrupted is
 * finished first). The filing records and the index page list are read now although needed later (a new document
 * has no filing record; every document updates the list).
 */
async function startRun(stage: Stage, messages: PreparedMessage[]): Promise<CorpusHead> {
  const { store, corpus } = stage;
  store.prefetch([keys.head(corpus), ...messages.flatMap((m) => [keys.ingested(corpus, m.docId), keys.prepared(corpus, m.docId)])]);
  stage.index.prefetchFilings(messages.map((m) => m.docId));
  store.prefetch([keys.recent(corpus)]);
  const head = await readHead(store, corpus);
  return head.replayFrom === null ? head : (await replay(stage, head)).head;
}

async function run(deps: DiffDeps, message: DiffMessage): Promise<DiffOutcome> {
  // Requests are planned: what a message reads is fetched in as few waves as its data dependencies allow, and what
  // it writes goes out in parallel waves whose order keeps a crash at any point recoverable (see ingestOne).
  const stage = openStage(deps, message.corpus);
  const { store, corpus } = stage;
  if (message.type === 'rejected') {
    store.prefetch([keys.upload(corpus, message.uploadId), keys.recent(corpus)]);
    const entry = await getJson<ReportListEntry>(store, keys.upload(corpus, message.uploadId));
    await addToRecent(store, corpus, entry ?? rejectedEntry(message), message.uploadId);
    await store.flush();
    return { outcome: 'indexed-rejection' };
  }
  let head = await startRun(stage, [message]);
  const inLog = head.log.find((e) => e.uploadId === message.uploadId);
  if (inLog?.failed && asksAgain(message, inLog)) {
    // Asked for again (`claimdiff retry`, a DLQ redrive): it is ingested again in its place, the later ones replayed.
    const log = head.log.map((e) => (e === inLog ? { ...inLog, failed: undefined, failedAt: undefined } : e));
    head = (await replay(stage, { ...head, log, replayFrom: inLog.seq })).head;
    return outcomeOf(store, message, head, new Map());
  }
  const settled = await settledOutcome(stage, head, message);
  return settled ?? placeInLog(stage, message, head);
}

/**
 * What a message needs when it needs no placing: the outcome of an upload already in the log or already ingested,
 * or the failure of one whose prepared document is missing; null for a new upload.
 */
async function settledOutcome(stage: Stage, head: CorpusHead, message: PreparedMessage): Promise<DiffOutcome | null> {
  const { store, corpus } = stage;
  const inLog = head.log.find((e) => e.uploadId === message.uploadId);
  if (inLog?.failed) return { outcome: 'failed', docId: inLog.docId, reason: inLog.failed };
  if (inLog) return { outcome: 'already-reported', docId: inLog.docId };
  const marker = await getJson<IngestedMarker>(store, keys.ingested(corpus, message.docId));
  if (marker && marker.uploadId === message.uploadId) return { outcome: 'already-reported', docId: marker.docId };
  if ((await store.get(keys.prepared(corpus, message.docId))) === null) {
    // Not in the log, so nothing to undo; recorded so the upload is listed, and a retry finds it missing no longer.
    const reason = `prepared document ${message.docId} not found; its upload must be prepared again`;
    await recordFailure(store, corpus, { ...message, seq: null }, reason);
    return { outcome: 'failed', docId: message.docId, reason };
  }
  return null;
}

/**
 * Several new uploads of a corpus: placed in the log one after another as placeInLog would place each (against the
 * log as a run of single messages would leave it), then replayed once, from the earliest place taken.
 */
async function runTogether(deps: DiffDeps, messages: PreparedMessage[]): Promise<DiffOutcome[]> {
  const stage = openStage(deps, messages[0].corpus);
  const head = await startRun(stage, messages);
  // An upload asked for again (give-up.ts) replays from its own place: then the messages go one at a time.
  if (messages.some((m) => head.log.some((e) => e.uploadId === m.uploadId && e.failed && asksAgain(m, e)))) {
    const results: DiffOutcome[] = [];
    for (const message of messages) results.push(await run(deps, message));
    return results;
  }
  const outcomes = new Map<PreparedMessage, DiffOutcome>();
  const placing = new Map<string, PreparedMessage>();
  for (const message of messages) {
    if (placing.has(message.uploadId)) continue; // the same upload twice: its outcome is the first one's
    const settled = await settledOutcome(stage, head, message);
    if (settled) outcomes.set(message, settled);
    else placing.set(message.uploadId, message);
  }
  if (placing.size > 0) {
    const placed = placeAll(head, [...placing.values()]);
    const replayed = await replay(stage, placed.head, placed.displaced);
    for (const message of messages) {
      if (outcomes.has(message)) continue;
      const outcome = await outcomeOf(stage.store, message, replayed.head, replayed.reports);
      outcomes.set(message, placing.get(message.uploadId) === message ? outcome : { outcome: 'already-reported', docId: message.docId });
    }
  }
  return messages.map((m) => outcomes.get(m)!);
}

/** The corpus's head (a new one for a new corpus); a corpus stored in an earlier layout is refused with the fix. */
async function readHead(store: StagedStore, corpus: string): Promise<CorpusHead> {
  const head = (await getJson<CorpusHead>(store, keys.head(corpus))) ?? { count: 0, log: [], replayFrom: null, ...CURRENT_LAYOUT };
  if (head.layout !== CURRENT_LAYOUT.layout || head.state !== CURRENT_LAYOUT.state) {
    throw new Error(
      `corpus ${corpus} is stored in the layout of an earlier version: run \`claimdiff migrate --corpus ${corpus}\` once ` +
        '(with the same --data or --bucket), then send this upload again',
    );
  }
  return head;
}

/** Places a new upload in the log by upload time; later entries get renumbered and replayed. */
async function placeInLog(stage: Stage, message: PreparedMessage, head: CorpusHead): Promise<DiffOutcome> {
  const placed = placeAll(head, [message]);
  const replayed = await replay(stage, placed.head, placed.displaced);
  return outcomeOf(stage.store, message, replayed.head, replayed.reports);
}

/**
 * The log with the new uploads placed by upload time, each as if it came alone after the ones before it (against
 * the window such a message would see: the newest REPLAY_WINDOW entries), renumbered; `replayFrom` the earliest
 * place taken, and `displaced` the entries already applied that now come later.
 */
function placeAll(head: CorpusHead, messages: PreparedMessage[]): { head: CorpusHead; displaced: LogEntry[] } {
  const log = [...head.log];
  let count = head.count;
  const added: LogEntry[] = [];
  for (const message of messages) {
    const entry: LogEntry = {
      seq: 0,
      docId: message.docId,
      uploadId: message.uploadId,
      sourceKey: message.sourceKey,
      name: message.name,
      uploadedAt: message.uploadedAt,
    };
    const window = log.slice(-REPLAY_WINDOW);
    const truncated = count > window.length;
    let at = window.findIndex((e) => orderKey(e) > orderKey(entry));
    // In order, or too late to re-order (before the log's window, or before the state was sharded): append.
    if (at === -1 || (at === 0 && truncated) || window[at].seq < (head.shardedFrom ?? 0)) at = window.length;
    const firstSeq = count - log.length + 1;
    log.splice(log.length - window.length + at, 0, entry);
    for (const [i, e] of log.entries()) e.seq = firstSeq + i;
    count++;
    added.push(entry);
  }
  const replayFrom = Math.min(...added.map((e) => e.seq));
  return { head: { ...head, count, log, replayFrom }, displaced: head.log.filter((e) => e.seq >= replayFrom) };
}

async function outcomeOf(
  store: ObjectStore,
  message: PreparedMessage,
  head: CorpusHead,
  reports: Map<string, Report>,
): Promise<DiffOutcome> {
  const failed = head.log.find((e) => e.uploadId === message.uploadId)?.failed;
  if (failed) return { outcome: 'failed', docId: message.docId, reason: failed };
  const recorded = await getJson<ReportListEntry>(store, keys.upload(message.corpus, message.uploadId));
  if (recorded?.duplicateOf) return { outcome: 'duplicate', docId: message.docId };
  const report = reports.get(message.docId) ?? (await getJson<Report>(store, keys.reportJson(message.corpus, message.docId)));
  if (!report) throw new Error(`report of ${message.docId} missing after the replay`);
  return { outcome: 'reported', docId: message.docId, report };
}

/**
 * Re-establishes the corpus from head.replayFrom to the end of head.log. `displaced` are entries that were already
 * applied and now come later (their claims leave the index first). Idempotent: running it again after a crash
 * anywhere inside gives the same stored state.
 */
async function replay(
  stage: Stage,
  head: CorpusHead,
  displaced: LogEntry[] = [],
): Promise<{ head: CorpusHead; reports: Map<string, Report> }> {
  const { store, corpus } = stage;
  const from = head.replayFrom!;
  // A replay that failed MAX_ATTEMPTS times gives up on the upload to blame and goes on without it (give-up.ts).
  if (head.attempts && head.attempts.count >= MAX_ATTEMPTS)
    head = { ...head, log: markGivenUp(head.log, from, head.attempts), attempts: undefined };
  head = { ...head, attempts: { count: (head.attempts?.count ?? 0) + 1, uploadId: null, reason: null } };
  // The intended order is durable before anything else changes: it goes out with (or before) the first writes.
  await putJson(store, keys.head(corpus), head);
  const entries = head.log.filter((e) => e.seq >= from);
  const earlier = new Set(head.log.filter((e) => e.seq < from && !e.failed).map((e) => e.docId));
  // Which upload an error belongs to, so that the next attempt knows whom to blame. Written straight to S3: the
  // staged writes of a failed attempt are dropped, as a crash would drop them.
  const blaming = async <T>(e: LogEntry, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof PermanentFailure) throw error;
      const attempts = { ...head.attempts!, uploadId: e.uploadId, reason: (error as Error).message };
      // Best effort: the error itself fails the message either way; without the record the next attempt blames no one.
      await putJson(store.inner, keys.head(corpus), { ...head, attempts }).catch((failed) =>
        stage.fallback(keys.head(corpus), `could not record that ${e.name} failed; the message fails anyway`, String(failed)),
      );
      throw error;
    }
  };

  // Take every document being (re)applied out of the index and the state, so nothing after `from` is visible.
  const undo = [...new Map([...entries, ...displaced].map((e) => [e.docId, e])).values()].filter((e) => !earlier.has(e.docId));
  stage.index.prefetchFilings(undo.map((e) => e.docId));
  store.prefetch(entries.flatMap((e) => [keys.ingested(corpus, e.docId), keys.prepared(corpus, e.docId)]));
  const filed = await Promise.all(undo.map((e) => stage.index.filing(e.docId)));
  // A document never filed has nothing to take out (a new one, the usual case): then the log goes out with the
  // document's first writes instead of in a round trip of its own.
  if (filed.some(Boolean)) await takeOut(stage, undo, from, blaming);

  const reports = new Map<string, Report>();
  const replaying = new Set(entries.filter((e) => !e.failed).map((e) => e.docId));
  // Several documents are committed as one (StagedStore.beginGroup): each still writes in its own order, but what
  // they all rewrite (state shards, the story's index and dossier, the index page) goes out once.
  if (entries.length > 1) store.beginGroup();
  for (const [i, e] of entries.entries()) {
    if (e.failed) {
      await recordFailure(store, corpus, e, e.failed);
      continue;
    }
    const firstIndex = head.log.findIndex((x) => x.docId === e.docId && !x.failed);
    const marker = await getJson<IngestedMarker>(store, keys.ingested(corpus, e.docId));
    const original = head.log[firstIndex];
    const olderThanWindow = marker && !head.log.some((x) => x.uploadId === marker.uploadId);
    if (original.uploadId !== e.uploadId || olderThanWindow) {
      await recordDuplicate(store, corpus, e, olderThanWindow ? marker! : original);
      continue;
    }
    replaying.delete(e.docId);
    try {
      reports.set(e.docId, await blaming(e, () => ingestOne(stage, e, replaying)));
    } catch (error) {
      if (!(error instanceof PermanentFailure)) throw error;
      // Nothing a retry of the message could mend: given up now. Its partial writes are undone, as a replay would.
      const failed = { ...e, failed: error.message, failedAt: new Date().toISOString() };
      head = { ...head, log: head.log.map((x) => (x === e ? failed : x)) };
      entries[i] = failed;
      await putJson(store, keys.head(corpus), head);
      await store.flush();
      await unfile(stage, e.docId, e.seq);
      await recordFailure(store, corpus, failed, error.message);
    }
  }
  await store.endGroup();
  const finished: CorpusHead = { ...head, log: head.log.slice(-REPLAY_WINDOW), replayFrom: null, attempts: undefined };
  await putJson(store, keys.head(corpus), finished); // last: the replay is complete
  await store.flush();
  return { head: finished, reports };
}

/** Takes the documents out of the index, the state and their stories' dossiers, as they were before `from`. */
async function takeOut(
  stage: Stage,
  undo: LogEntry[],
  from: number,
  blaming: <T>(e: LogEntry, work: () => Promise<T>) => Promise<T>,
): Promise<void> {
  const { store, corpus } = stage;
  await store.flush();
  const stories = new Set<string>();
  for (const e of undo) {
    const story = await blaming(e, () => unfile(stage, e.docId, from));
    if (story) stories.add(story);
  }
  // The dossiers of those documents' stories go back too, and the index page's story list with them.
  const rolledBack = (await Promise.all([...stories].sort().map((s) => rollBackStory(store, corpus, s, from)))).filter(
    (s): s is StorySummary => s !== null,
  );
  if (rolledBack.length) {
    const recent = (await getJson<RecentList>(store, keys.recent(corpus))) ?? { entries: [] };
    await putJson(store, keys.recent(corpus), { ...recent, stories: listStories(recent.stories ?? [], rolledBack) });
  }
  await store.flush();
}

/** A document diffed against the corpus before it: its report, and what filing it needs. */
interface Diffed {
  prepared: PreparedDocument;
  spellings: Array<{ canonical: string; kind: EntityKind; variants: string[] }>;
  state: StateBatch;
  story: string;
  own: FiledClaim[];
  shardKeys: string[];
  index: IndexView;
  report: Report;
  dossierBefore: Dossier | null;
}

/** Diffs one document against the corpus state before it, writes its report, and files it in the corpus. */
async function ingestOne(stage: Stage, entry: LogEntry, laterDocs: Set<string>): Promise<Report> {
  const diffed = await diffDocument(stage, entry, laterDocs);
  await fileDocument(stage, entry, diffed);
  return diffed.report;
}

/** The document's report against the documents before it, reading only the state and index shards it needs. */
async function diffDocument(stage: Stage, entry: LogEntry, laterDocs: Set<string>): Promise<Diffed> {
  const { store, corpus, dossiers } = stage;
  const stored = await getJson<PreparedDocument>(store, keys.prepared(corpus, entry.docId));
  if (!stored) throw new PermanentFailure(`prepared document ${entry.docId} is missing; its upload must be prepared again`);
  // The corpus state this document reads and changes: only the shards of its lines, names and story. Those known
  // from the document are read in one wave; its story and index shards follow in the next, once the story is known.
  store.prefetch(firstStateReads(stored).map((name) => keys.state(corpus, name)));
  const state = new StateBatch(store, corpus);
  const prepared = await dropRecurringLines(state, stored);

  const resolved = await resolveAgainstRegistry(state, prepared.entities, entry.seq);
  const claims = prepared.claims.map((c) => canonicalClaim(c, prepared.id, resolved.canonicalOf));
  const claimKeys = claims.map((c) => [...new Set(retrievalKeys(c))]);
  const shardKeys = [...new Set(claimKeys.flat())].sort();
  // The story the document joins: its claims are compared with the claims of its stories only, so only their shards
  // are read; what a document costs then depends on its stories, not on how many other stories the corpus holds.
  const kinds = new Map(resolved.entities.map((e) => [e.canonical, e.kind]));
  const storiesOf = (s: { related: Set<string> }) => [...s.related].slice(0, MAX_STORIES_READ);
  const story = await assignStoryInShards(
    state,
    claims,
    (name) => kinds.get(name),
    entry.seq,
    (chosen) => {
      // The story's dossier is read in the same wave as its index.
      stage.index.prefetch(storiesOf(chosen));
      if (dossiers) store.prefetch([keys.storyJson(corpus, chosen.id)]);
    },
  );
  const dossierRead = dossiers ? readDossier(store, corpus, story.id) : null;
  const index = await stage.index.read(storiesOf(story), shardKeys);
  // Only documents before this one count (a replay leaves later documents' claims out; this is a second guard).
  const earlier = (c: CorpusClaim) => c.docId !== prepared.id && !laterDocs.has(c.docId) && c.seq < entry.seq;
  const findings = diffEachClaim(
    claims,
    claimKeys.map((k) => selectCandidates(k, index.byKey, (c) => earlier(c) && inStory(story, c))),
  );

  const report = buildReport({
    prepared,
    sourceKey: entry.sourceKey,
    name: entry.name,
    claims,
    findings,
    entities: resolved.entities,
    seq: entry.seq,
    ingestedAt: entry.uploadedAt,
  });
  const dossierBefore = await dossierRead;
  if (dossierBefore) report.document.story = { id: story.id, title: dossierBefore.founded?.title ?? report.document.title ?? entry.name };
  const own = claims.map((c, i) => ({
    claim: { ...c, docId: prepared.id, sourceKey: entry.sourceKey, seq: entry.seq, story: story.id },
    keys: claimKeys[i],
  }));
  const spellings = prepared.entities.map((e) => ({ canonical: resolved.canonicalOf(e.name), kind: e.kind, variants: e.variants }));
  return { prepared, spellings, state, story: story.id, own, shardKeys, index, report, dossierBefore };
}

/** Writes the document's report and files it in the corpus: index, state, dossier, upload record, index page. */
async function fileDocument(stage: Stage, entry: LogEntry, d: Diffed): Promise<void> {
  const { store, corpus } = stage;
  const { prepared, report } = d;
  // The writes, in two parallel waves. First what a replay needs to undo this document (its filing record, with
  // the log if it is still held) and the write-once archive pages (before the shards that no longer hold their
  // claims): a crash after this wave leaves a log that says to replay, and what to take out.
  await stage.index.recordFiling({ docId: prepared.id, story: d.story, keys: d.shardKeys, state: d.state.touched() });
  // A document's share of the index is bounded; claims a replay can still reach stay live.
  const writeIndex = d.index.file(d.story, d.own.slice(0, MAX_CLAIMS_FILED_PER_DOCUMENT), {
    archivableBelow: entry.seq - REPLAY_WINDOW,
    page: `${entry.seq}-${entry.docId}`,
  });
  const filingWritten = store.flush('first');
  filingWritten.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
  // While that wave is on its way (a round trip to S3), the story's dossier takes the document in and is rendered:
  // CPU work the wait hides, so keeping dossiers adds little to a document's time. Its objects go out in the next
  // wave with everything else, as before. The wave is awaited whatever happens, so no write of a failed attempt is
  // still in flight when the message is retried.
  let dossier: { dossier: Dossier; files: DossierFile[] } | null = null;
  try {
    if (d.dossierBefore) {
      await nextTurn(); // lets the storage client send the wave's requests before this work holds the thread
      const next = await withDocument(store, corpus, d.dossierBefore, {
        report,
        name: entry.name,
        sourceKey: entry.sourceKey,
        seq: entry.seq,
        uploadedAt: entry.uploadedAt,
        spellings: d.spellings,
      });
      dossier = { dossier: next.dossier, files: dossierFiles(corpus, next.dossier, next.page) };
    }
  } finally {
    await filingWritten;
  }

  // Then everything else at once: the report, the index and state shards, the upload's record and the index page,
  // and the ingestion marker. Each is keyed by document, upload or shard, so writing it again after a crash
  // anywhere in this wave gives the same object.
  await Promise.all([
    putJson(store, keys.reportJson(corpus, prepared.id), report),
    store.put(keys.reportMarkdown(corpus, prepared.id), renderMarkdown(report), 'text/markdown; charset=utf-8'),
    store.put(keys.reportHtml(corpus, prepared.id), renderHtml(report), 'text/html; charset=utf-8'),
  ]);
  writeIndex();
  // The story's dossier with this document in, in the same wave (the filing record that lets a replay take it out
  // again went out in the first).
  if (dossier) void Promise.all(putDossierFiles(store, dossier.files));
  await d.state.commit(entry.seq, REPLAY_WINDOW);
  const listEntry = listEntryOf(report, entry.uploadedAt);
  await putJson(store, keys.upload(corpus, entry.uploadId), listEntry);
  await addToRecent(store, corpus, listEntry, entry.uploadId, dossier ? storySummary(dossier.dossier) : undefined);
  const marker: IngestedMarker = {
    docId: prepared.id,
    seq: entry.seq,
    sourceKey: entry.sourceKey,
    name: entry.name,
    uploadId: entry.uploadId,
    counts: listEntry.counts!,
  };
  await putJson(store, keys.ingested(corpus, prepared.id), marker);
  await store.flush('rest');
}

/** Claim ids become corpus-unique; entity names become the corpus's canonical names. */
export function canonicalClaim(claim: Claim, docId: string, canonicalOf: (name: string) => string): Claim {
  return {
    ...claim,
    id: `${docId}-${claim.id}`,
    speaker: claim.speaker ? canonicalOf(claim.speaker) : null,
    entities: [...new Set(claim.entities.map(canonicalOf))],
  };
}

/**
 * Takes a document out of the corpus: its claims out of the index, and the state shards it changed back to how they
 * were before `from` (nothing when it has not been filed yet). Returns the story it was filed in.
 */
async function unfile(stage: Stage, docId: string, from: number): Promise<string | null> {
  const filing = await stage.index.filing(docId);
  if (!filing) return null;
  await stage.index.unfile(filing);
  await rollBack(stage.store, stage.corpus, filing.state ?? [], from);
  return filing.story;
}

/** Lists an upload the stage gave up on, with the reason (give-up.ts). */
async function recordFailure(
  store: StagedStore,
  corpus: string,
  entry: Pick<LogEntry, 'name' | 'sourceKey' | 'uploadId' | 'uploadedAt' | 'failedAt'> & { seq: number | null },
  reason: string,
): Promise<void> {
  const listEntry = failedEntry(entry, reason);
  await putJson(store, keys.upload(corpus, entry.uploadId), listEntry);
  await addToRecent(store, corpus, listEntry, entry.uploadId);
  await store.flush();
}

async function recordDuplicate(
  store: StagedStore,
  corpus: string,
  entry: LogEntry,
  original: { docId: string; name: string; uploadId: string },
): Promise<void> {
  // The same bytes uploaded again (under another name, or the same): not ingested twice, listed as a duplicate.
  const originalEntry = await getJson<ReportListEntry>(store, keys.upload(corpus, original.uploadId));
  const listEntry: ReportListEntry = {
    name: entry.name,
    sourceKey: entry.sourceKey,
    docId: entry.docId,
    status: 'ok',
    reason: null,
    counts: originalEntry?.counts ?? null,
    title: originalEntry?.title ?? null,
    published: originalEntry?.published ?? null,
    ingestedAt: entry.uploadedAt,
    seq: entry.seq,
    duplicateOf: original.name,
  };
  await putJson(store, keys.upload(corpus, entry.uploadId), listEntry);
  await addToRecent(store, corpus, listEntry, entry.uploadId);
  await store.flush();
}

interface RecentList {
  entries: Array<ReportListEntry & { uploadId: string }>;
  /** The most recently updated stories, for the index page (absent before dossiers were kept). */
  stories?: StorySummary[];
  /** Older index pages written (index-1.html … index-<olderPages>.html), INDEX_PAGE_SIZE uploads each. */
  olderPages?: number;
}

/** Puts the upload's entry on the corpus index page (replacing an earlier version of it) and re-renders the page. */
async function addToRecent(
  store: StagedStore,
  corpus: string,
  entry: ReportListEntry,
  uploadId: string,
  story?: StorySummary,
): Promise<void> {
  const recent = (await getJson<RecentList>(store, keys.recent(corpus))) ?? { entries: [] };
  const stories = story ? listStories(recent.stories ?? [], [story]) : recent.stories;
  let entries = [{ ...entry, uploadId }, ...recent.entries.filter((e) => e.uploadId !== uploadId)].sort(newestFirst);
  let olderPages = recent.olderPages ?? 0;
  const listed = (list: typeof entries) => list.map(({ uploadId: _, ...e }) => e);
  if (entries.length > 2 * INDEX_PAGE_SIZE) {
    // The page is written before recent.json forgets its entries: a crash in between writes the same page again.
    const moved = entries.slice(-INDEX_PAGE_SIZE);
    entries = entries.slice(0, -INDEX_PAGE_SIZE);
    olderPages++;
    const paging = { olderPages, olderUploads: (olderPages - 1) * INDEX_PAGE_SIZE, page: olderPages };
    await store.put(keys.indexPageOlder(corpus, olderPages), renderIndexHtml(corpus, listed(moved), paging), 'text/html; charset=utf-8');
    await store.flush();
  }
  // The name's newest upload, so `report <name>` reads one object, not every upload record. A replay of an older
  // upload of the name leaves the pointer on the newer one.
  if (entries.find((e) => e.name === entry.name)?.uploadId === uploadId)
    await putJson(store, keys.name(corpus, entry.name), { ...entry, uploadId });
  await putJson(store, keys.recent(corpus), { entries, ...(olderPages ? { olderPages } : {}), ...(stories ? { stories } : {}) });
  const paging = { olderPages, olderUploads: olderPages * INDEX_PAGE_SIZE };
  // Rendered when sent: in a group commit only the batch's last version of the page is.
  await putRendered(
    store,
    keys.indexPage(corpus),
    () => renderIndexHtml(corpus, listed(entries), paging, stories ?? []),
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

/** One turn of the event loop: requests just issued are on their way before synchronous work resumes. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
