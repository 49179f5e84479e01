/**
 * `claimdiff serve`: the embedded S3 endpoint kept up, processing every upload under incoming/ as the deployed
 * bucket does. s3rver's notifications (S3-shaped, keys not URL-encoded) stand in for the bucket's event
 * notification; each goes through the same driver `ingest` uses (prepare, then the diff stage), one at a time, in the
 * order the uploads finished. Uploads written while no server ran (s3rver keeps objects as files) are found at start
 * by comparing incoming/ with the upload records, and processed oldest first.
 */
import type { S3Event } from 'aws-lambda';
import { keys, parseUploadKey, uploadId, INCOMING, DEFAULT_CORPUS } from '../shared/pipeline/keys.ts';
import { getJson, type ObjectStore } from '../shared/storage/store.ts';
import type { ReportListEntry } from '../shared/types.ts';
import { fileLog, LocalPipeline } from './driver.ts';
import { LOCAL_BUCKET, localVersion, startLocalStack, versionOf, withVersion } from './local.ts';

export interface Processed {
  key: string;
  corpus: string;
  entry: ReportListEntry | null;
  /** Set when the pipeline failed on the upload (not a rejection of the input). */
  error: string | null;
}

export interface Server {
  endpoint: string;
  port: number;
  /** Uploads found at start that arrived while no server ran (queued before any new one). */
  waiting: number;
  /** Resolves when every upload seen so far has been processed. */
  idle(): Promise<void>;
  /** Finishes the upload in progress, drops the queue (a restart finds those uploads again), stops the endpoint. */
  close(): Promise<{ dropped: number }>;
}

function corpusOf(key: string): string {
  try {
    return parseUploadKey(key).corpus;
  } catch {
    return DEFAULT_CORPUS; // prepare records a bad key's rejection in the default corpus
  }
}

function notification(key: string, info: { size: number; etag: string | null; lastModified?: string | null }): S3Event {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'local',
        eventTime: info.lastModified ?? new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        s3: { bucket: { name: LOCAL_BUCKET }, object: { key, size: info.size, eTag: (info.etag ?? '').replace(/"/g, '') } },
      },
    ],
  } as unknown as S3Event;
}

/** Uploads made while no server ran: in incoming/ but without an upload record for their version, oldest first. */
async function uploadsWithoutRecord(store: ObjectStore): Promise<Array<{ key: string; version: string; event: S3Event; at: string }>> {
  const waiting: Array<{ key: string; version: string; event: S3Event; at: string }> = [];
  const recorded = new Map<string, Set<string>>();
  for (const key of await store.list(INCOMING)) {
    const corpus = corpusOf(key);
    if (!recorded.has(corpus)) {
      const prefix = keys.uploadsPrefix(corpus);
      recorded.set(corpus, new Set((await store.list(prefix)).map((k) => k.slice(prefix.length).replace(/\.json$/, ''))));
    }
    const info = await store.head(key);
    if (!info) continue;
    const version = versionOf(info);
    if (recorded.get(corpus)!.has(uploadId(key, version))) continue;
    waiting.push({ key, version, event: notification(key, info), at: info.lastModified ?? '' });
  }
  return waiting.sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
}

export async function startServer(dataDir: string, options: { port?: number; onProcessed(result: Processed): void }): Promise<Server> {
  const stack = await startLocalStack(dataDir, { port: options.port });
  const pipeline = new LocalPipeline(stack.store, fileLog(dataDir));
  const store = stack.store;
  let tail: Promise<void> = Promise.resolve();
  let queued = 0;
  let closing = false;
  /** key + version of the uploads the start-up scan queued, so their live notification (a race at start) is not a second upload. */
  const fromScan = new Set<string>();

  const process = async (event: S3Event, fresh: boolean) => {
    const key = event.Records[0].s3.object.key;
    const base = await localVersion(store, key, false);
    if (base === null) return; // deleted before its turn
    if (fresh && fromScan.delete(`${key}\n${base}`)) return;
    const version = fresh ? await localVersion(store, key, true) : base;
    const corpus = corpusOf(key);
    let error: string | null = null;
    try {
      await pipeline.runPrepare(withVersion(event, version));
      await pipeline.runDiff();
    } catch (e) {
      error = (e as Error).message;
    }
    const entry = await getJson<ReportListEntry>(store, keys.upload(corpus, uploadId(key, version)));
    options.onProcessed({
      key,
      corpus,
      entry,
      error: entry || error ? error : 'the pipeline wrote no record for this upload; see logs/pipeline.jsonl',
    });
  };

  const enqueue = (event: S3Event, fresh: boolean) => {
    queued++;
    tail = tail.then(async () => {
      queued--;
      if (closing) return;
      await process(event, fresh).catch((e) => {
        const key = event.Records[0].s3.object.key;
        options.onProcessed({ key, corpus: corpusOf(key), entry: null, error: (e as Error).message });
      });
    });
  };

  const waiting = await uploadsWithoutRecord(store);
  for (const w of waiting) {
    fromScan.add(`${w.key}\n${w.version}`);
    enqueue(w.event, false);
  }

  stack.events.subscribe((event) => {
    const record = event.Records?.[0];
    // Only uploads: the pipeline's own writes (corpus/, reports/) also notify, and must not loop back in.
    if (!record?.eventName?.startsWith('ObjectCreated:') || !record.s3.object.key.startsWith(INCOMING)) return;
    enqueue(event, true);
  });

  return {
    endpoint: stack.endpoint,
    port: Number(new URL(stack.endpoint).port),
    waiting: waiting.length,
    async idle() {
      for (let seen: Promise<void> | null = null; seen !== tail; ) await (seen = tail);
    },
    async close() {
      closing = true;
      const dropped = queued;
      await tail;
      await stack.close();
      return { dropped };
    },
  };
}
