/**
 * Where the CLI's commands run: the embedded default (s3rver in --data DIR, handlers driven in-process) or a
 * deployed stack (--bucket: real S3; the deployed Lambdas do the work and the CLI waits for their records).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { S3Event } from 'aws-lambda';
import { basename, resolve } from 'node:path';
import { keys, uploadId, uploadKey } from '../shared/pipeline/keys.ts';
import { newestFirst } from '../shared/pipeline/diff-stage.ts';
import { CachedStore } from '../shared/storage/cached.ts';
import { getJson, type ObjectStore } from '../shared/storage/store.ts';
import { listEntryOf } from '../shared/report/build.ts';
import type { Report, ReportListEntry } from '../shared/types.ts';
import { CLI } from './command.ts';
import { exportCorpus, exportedPath } from './export.ts';
import type { LocalPipeline } from './driver.ts';
import { EMBEDDED_BUCKET, EmbeddedFileReader } from './embedded-files.ts';

export interface IngestResult {
  file: string;
  entry: ReportListEntry | null;
  /** Set when the pipeline itself failed on this file (not a rejection of the input). */
  error: string | null;
}

/** A FIFO batch of the diff queue: the most messages the diff stage commits at once (the deployed batch size). */
const DIFF_BATCH = 10;

/** Files a local `ingest` keeps in flight: the next FIFO batch is prepared while the diff stage commits the one before. */
export const LOCAL_IN_FLIGHT = 2 * DIFF_BATCH;

/**
 * Files at least this many, and a local `ingest` prepares them on a thread of its own (prepare-thread.ts): the
 * thread's start (loading jsdom and the pipeline a second time) pays off over a batch or more.
 */
export const PREPARE_THREAD_FROM = DIFF_BATCH;

export interface IngestOptions {
  /** How long to wait for the report of an upload to a deployed stack. */
  timeoutMs?: number;
  /** Called every few seconds while waiting for a deployed stack's report, with the seconds waited so far. */
  onWaiting?: (seconds: number) => void;
}

export interface Workspace {
  store: ObjectStore;
  /** A link a browser can open for a stored object: a presigned HTTPS URL on AWS, the file on disk locally. */
  linkTo(key: string): Promise<string>;
  ingest(file: string, corpus: string, options?: IngestOptions): Promise<IngestResult>;
  close(): Promise<void>;
}

export interface WorkspaceOptions {
  /** Locally: prepare on a thread of its own (for many files, see PREPARE_THREAD_FROM). */
  prepareThread?: boolean;
}

export async function openWorkspace(args: { data: string; bucket: string | null }, options: WorkspaceOptions = {}): Promise<Workspace> {
  return args.bucket ? deployedWorkspace(args.bucket) : localWorkspace(args.data, options);
}

/**
 * A workspace for a command that only reads: a --data folder that does not exist is a mistyped path or a store not
 * yet made, and creating it (as starting the embedded server would) would hide that.
 */
export async function openReadWorkspace(args: { data: string; bucket: string | null }): Promise<Workspace> {
  if (!args.bucket && !existsSync(args.data)) {
    throw new Error(`no store at ${args.data}; check --data, or ingest something first: ${CLI} ingest <file|dir> --data ${args.data}`);
  }
  const reader = args.bucket ? null : EmbeddedFileReader.open(args.data, EMBEDDED_BUCKET);
  if (reader) {
    const exports = resolve(args.data, 'html');
    return {
      store: reader,
      async linkTo(key) {
        const corpus = key.split('/')[1];
        const { folder } = await exportCorpus(reader, corpus, exports, { extensions: ['.html'], incremental: true });
        return `file://${exportedPath(folder, key, corpus)}`;
      },
      ingest: () => Promise.reject(new Error('a read-only workspace does not ingest')),
      close: async () => {},
    };
  }
  return openWorkspace(args);
}

async function localWorkspace(dataDir: string, options: WorkspaceOptions): Promise<Workspace> {
  // The S3 server and SDK load here, not with the module: a command that only reads never starts them.
  const { LOCAL_BUCKET, localVersion, startLocalStack, withVersion } = await import('./local.ts');
  const stack = await startLocalStack(dataDir);
  // This process is the store's only writer (the data folder is locked, the server's port is told no one): its reads
  // of what it wrote itself are answered from memory (storage/cached.ts). Everything goes through this one view.
  const store = new CachedStore(stack.store);
  // The handlers (and the SDK clients and jsdom behind them) load with the first upload, not for a read.
  let pipeline: Promise<LocalPipeline> | null = null;
  const loadPipeline = async () => {
    const driver = await import('./driver.ts');
    const thread = options.prepareThread ? new (await import('./prepare-thread.ts')).PrepareThread(stack.endpoint, LOCAL_BUCKET) : null;
    return new driver.LocalPipeline(store, driver.fileLog(dataDir), thread);
  };
  // Several files are in flight (the `ingest` command passes LOCAL_IN_FLIGHT at a time): the next ones are uploaded
  // and prepared while the diff stage commits a batch, and each waits on the store at different moments, so the two
  // threads (this one and the server's) both have work. Uploads go out one at a time in call order, so upload times
  // keep the order of the files, and so do prepares, so the queue holds the messages in that order.
  let uploads: Promise<unknown> = Promise.resolve();
  let prepares: Promise<unknown> = Promise.resolve();
  const diffs = new DiffRounds();
  const upload = async (file: string, key: string) => {
    const notification = stack.events.next(key);
    const bytes = readFileSync(file);
    await store.put(key, bytes);
    return { event: withVersion(await notification, await localVersion(store, key, true)), bytes };
  };
  return {
    store,
    // A real file a browser opens: the corpus's HTML pages are exported (once each; the index page every time) to
    // DATA/html/<corpus>/, so the report's links to its sources and to the index work too.
    async linkTo(key) {
      const corpus = key.split('/')[1];
      const { folder } = await exportCorpus(store, corpus, resolve(dataDir, 'html'), { extensions: ['.html'], incremental: true });
      return `file://${exportedPath(folder, key, corpus)}`;
    },
    async ingest(file, corpus) {
      const key = uploadKey(corpus, basename(file));
      pipeline ??= loadPipeline();
      const loaded = pipeline;
      const uploaded = uploads.then(() => upload(file, key));
      uploads = uploaded.catch(() => {});
      // Started as soon as the file is uploaded (on the prepare thread, several at once), applied in upload order.
      const preparing = uploaded.then(async ({ event, bytes }) => (await loaded).prepareAhead(event, bytes));
      preparing.catch(() => {}); // its failure is the prepare's, thrown when it is applied below
      const prepared = prepares.then(async () => (await preparing)());
      prepares = prepared.catch(() => {});
      const idOf = (event: S3Event) => {
        const object = event.Records[0].s3.object as { eTag?: string; versionId?: string };
        return uploadId(key, object.versionId ?? object.eTag ?? null);
      };
      try {
        // Its message is on the queue before the diff stage drains it; a failed prepare has nothing to diff.
        await diffs.after(
          prepared.then(async () => idOf((await uploaded).event)),
          loaded,
        );
      } catch (error) {
        return { file, entry: null, error: (error as Error).message };
      }
      const id = idOf((await uploaded).event);
      const entry = await getJson<ReportListEntry>(store, keys.upload(corpus, id));
      return { file, entry, error: entry ? null : 'the pipeline wrote no record for this upload; see logs/pipeline.jsonl' };
    },
    async close() {
      try {
        if (pipeline) await (await pipeline.catch(() => null))?.close();
      } finally {
        await stack.close();
      }
    },
  };
}

/**
 * When the local diff stage takes a batch from its queue: once a full batch waits, or when nothing more is being
 * prepared. Taking what is there as soon as a message arrives, with the next ones still being prepared, the stage
 * would commit one or two documents at a time, and what a batch rewrites once (the story's dossier and index, the
 * index page, the log) would be written once a document again.
 */
class DiffRounds {
  /** Uploads whose prepare has not finished: their messages may still come. */
  private preparing = 0;
  private running = false;
  /** Uploads whose messages are on the queue, waiting to have been through the diff stage. */
  private waiting: Array<{ upload: string; resolve: () => void; reject: (error: unknown) => void }> = [];

  /** Waits until the upload (its id once prepared) has been prepared and its message through the diff stage. */
  async after(prepared: Promise<string>, loading: Promise<LocalPipeline>): Promise<void> {
    this.preparing++;
    const pipeline = await loading.finally(() => this.preparing--);
    this.preparing++;
    let upload: string;
    try {
      upload = await prepared;
    } catch (error) {
      this.preparing--;
      this.pump(pipeline); // the others may have waited for this one
      throw error;
    }
    this.preparing--;
    const done = new Promise<void>((resolve, reject) => this.waiting.push({ upload, resolve, reject }));
    this.pump(pipeline);
    await done;
  }

  private pump(pipeline: LocalPipeline): void {
    if (this.running) return;
    // Between batches, a message not on the queue has been through the stage (or was given up, MAX_RECEIVES).
    const queued = pipeline.queue.waitingUploads();
    const through = this.waiting.filter((w) => !queued.has(w.upload));
    this.waiting = this.waiting.filter((w) => queued.has(w.upload));
    for (const w of through) w.resolve();
    // Too few to fill a batch while more are being prepared: the prepare that finishes next calls again.
    if (pipeline.queue.size === 0 || (pipeline.queue.size < DIFF_BATCH && this.preparing > 0)) return;
    this.running = true;
    pipeline
      .runDiff(1)
      .catch((error) => {
        // Not a failed message (those are redelivered) but the driver itself: no one's report is coming.
        for (const w of this.waiting.splice(0)) w.reject(error);
      })
      .finally(() => {
        this.running = false;
        this.pump(pipeline);
      });
  }
}

async function deployedWorkspace(bucket: string): Promise<Workspace> {
  const { createS3Client, S3Store } = await import('../shared/storage/s3.ts');
  const client = createS3Client();
  try {
    await client.config.region(); // the SDK's default chain: AWS_REGION, then the profile (storage/s3.ts)
  } catch (error) {
    // The SDK's own words say which source it tried last (a profile file it could not read, say).
    throw new Error(
      `no AWS region for --bucket ${bucket}: set AWS_REGION, or a region in your AWS profile (aws configure set region <region>)` +
        ` (the AWS SDK: ${(error as Error).message})`,
    );
  }
  const store = new S3Store(client, bucket);
  return {
    store,
    linkTo: (key) => store.presignGet(key),
    async ingest(file, corpus, options = {}) {
      const key = uploadKey(corpus, basename(file));
      const put = await store.put(key, readFileSync(file));
      const id = uploadId(key, put.versionId ?? put.etag?.replace(/"/g, '') ?? null);
      const timeoutMs = options.timeoutMs ?? 300_000;
      const started = Date.now();
      let lastSaid = 0;
      while (Date.now() - started < timeoutMs) {
        const entry = await getJson<ReportListEntry>(store, keys.upload(corpus, id));
        if (entry) return { file, entry, error: null };
        await new Promise((r) => setTimeout(r, 2000));
        const waited = Math.round((Date.now() - started) / 1000);
        if (options.onWaiting && waited - lastSaid >= 10) options.onWaiting((lastSaid = waited));
      }
      const seconds = Math.round(timeoutMs / 1000);
      return {
        file,
        entry: null,
        error:
          `no report within ${seconds} s (uploaded as ${key}); it may still come: ` +
          `check \`${CLI} reports --bucket ${bucket}\` later, the dead-letter queues and the function logs, or wait longer with --timeout`,
      };
    },
    async close() {},
  };
}

/** How many upload records are read at once (more would queue behind the SDK's socket pool and warn about it). */
const READS_IN_FLIGHT = 32;

/**
 * The upload records of a corpus, newest first (the `limit` newest). A page that the corpus's recent list covers
 * (the newest 100–200 uploads, kept for the index page) is one read; only a longer one lists every record.
 */
export async function listUploads(store: ObjectStore, corpus: string, limit = Infinity): Promise<ReportListEntry[]> {
  if (Number.isFinite(limit)) {
    const recent = await getJson<{ entries: Array<ReportListEntry & { uploadId?: string }>; olderPages?: number }>(
      store,
      keys.recent(corpus),
    );
    if (recent && (recent.entries.length >= limit || !recent.olderPages)) {
      // The recent list can trail the upload records by the uploads still in the pipeline; a record too new for it
      // shows on the next call, as it would have a moment earlier.
      return recent.entries.slice(0, limit).map(({ uploadId: _, ...entry }) => entry);
    }
  }
  const found = await store.list(keys.uploadsPrefix(corpus));
  const entries: Array<ReportListEntry | null> = [];
  for (let i = 0; i < found.length; i += READS_IN_FLIGHT) {
    entries.push(...(await Promise.all(found.slice(i, i + READS_IN_FLIGHT).map((k) => getJson<ReportListEntry>(store, k)))));
  }
  return entries
    .filter((e): e is ReportListEntry => e !== null)
    .sort(newestFirst)
    .slice(0, limit);
}

/**
 * The newest upload called <name> (base name or key), or the document with that id (or an id prefix of 6+
 * characters). A constant number of reads, whatever the corpus's size: the name record, else the report of that
 * id, else one listing of the ids with that prefix, else the recent list (corpora from before name records).
 */
export async function findUpload(store: ObjectStore, corpus: string, nameOrId: string): Promise<ReportListEntry | null> {
  const name = nameOrId.startsWith('incoming/') ? nameOrId.slice(nameOrId.lastIndexOf('/') + 1) : nameOrId;
  if (name && !name.includes('/')) {
    const record = await getJson<ReportListEntry & { uploadId?: string }>(store, keys.name(corpus, name));
    if (record && (name === nameOrId || record.sourceKey === nameOrId)) {
      const { uploadId: _, ...entry } = record;
      return entry;
    }
  }
  if (/^[0-9a-f]{6,20}$/.test(nameOrId)) {
    const ids =
      nameOrId.length === 20
        ? [nameOrId]
        : (await store.list(keys.reportJson(corpus, nameOrId).slice(0, -'.json'.length)))
            .map((k) => /\/([0-9a-f]{20})\.json$/.exec(k)?.[1])
            .filter((id): id is string => Boolean(id));
    if (ids.length === 1) {
      const report = await getJson<Report>(store, keys.reportJson(corpus, ids[0]));
      if (report) return listEntryOf(report, report.document.ingestedAt ?? '');
    }
  }
  const recent = await getJson<{ entries: ReportListEntry[] }>(store, keys.recent(corpus));
  return recent?.entries.find((e) => e.name === nameOrId || e.sourceKey === nameOrId) ?? null;
}
