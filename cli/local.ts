/**
 * The embedded default: an s3rver (S3 protocol over HTTP, filesystem-backed) on a free loopback port, and a driver
 * that feeds the two real Lambda handlers the event shapes AWS would: S3 notification → SQS record → prepare;
 * FIFO record → diff. There is no second code path for local mode: only the queue between the stages is in-process.
 * The driver of the handlers is in driver.ts, loaded only by the commands that process uploads: reading a report
 * needs the store, not the pipeline.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { S3Event, SQSRecord } from 'aws-lambda';
import S3rver from 's3rver';
import { encodeS3Key } from '../shared/pipeline/events.ts';
import { keys, parseUploadKey, uploadId } from '../shared/pipeline/keys.ts';
import { lockDataFolder } from './data-lock.ts';
import { createS3Client, S3Store } from '../shared/storage/s3.ts';
import { EMBEDDED_BUCKET } from './embedded-files.ts';

export const LOCAL_BUCKET = EMBEDDED_BUCKET;

/**
 * s3rver encrypts its list continuation tokens with single DES, which OpenSSL 3 (Node 17+) no longer offers, so any
 * listing longer than one page fails with InternalError. Three-key DES with the same key three times is
 * single DES, and is still available: substitute it for s3rver's calls.
 */
function allowS3rverContinuationTokens(): void {
  const crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto') & { __claimdiffDes?: boolean };
  if (crypto.__claimdiffDes) return;
  const widen = (key: Buffer) => Buffer.concat([key, key, key]);
  const cipher = crypto.createCipheriv;
  const decipher = crypto.createDecipheriv;
  crypto.createCipheriv = ((algorithm: string, key: Buffer, iv: Buffer, options?: unknown) =>
    algorithm === 'des' ? cipher('des-ede3-cbc', widen(key), iv) : cipher(algorithm, key, iv, options as never)) as typeof crypto.createCipheriv;
  crypto.createDecipheriv = ((algorithm: string, key: Buffer, iv: Buffer, options?: unknown) =>
    algorithm === 'des' ? decipher('des-ede3-cbc', widen(key), iv) : decipher(algorithm, key, iv, options as never)) as typeof crypto.createDecipheriv;
  crypto.__claimdiffDes = true;
}

export interface LocalStack {
  store: S3Store;
  endpoint: string;
  close(): Promise<void>;
}

type S3Notification = S3Event;

export async function startLocalStack(dataDir: string, options: { port?: number } = {}): Promise<LocalStack & { events: EventTap }> {
  allowS3rverContinuationTokens();
  const directory = join(dataDir, 's3');
  mkdirSync(directory, { recursive: true });
  const unlock = lockDataFolder(dataDir);
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory,
    configureBuckets: [{ name: LOCAL_BUCKET, configs: [] }],
  });
  const events = new EventTap();
  server.on('event', (event: S3Notification) => events.push(event));
  let address: { port: number };
  try {
    address = (await server.run()) as { port: number };
  } catch (error) {
    unlock();
    throw error;
  }
  const endpoint = `http://127.0.0.1:${address.port}`;
  const store = new S3Store(createS3Client({ endpoint }), LOCAL_BUCKET);
  return { store, endpoint, events, close: () => server.close().finally(unlock) };
}

/** Collects s3rver's notifications so an upload can wait for its own. */
export class EventTap {
  private readonly buffered: S3Notification[] = [];
  private readonly waiters: Array<{ key: string; resolve: (e: S3Notification) => void }> = [];
  private subscriber: ((event: S3Notification) => void) | null = null;

  /** Hands every notification to `listener` instead of keeping it for `next` (a long-running server keeps none). */
  subscribe(listener: (event: S3Notification) => void): void {
    this.subscriber = listener;
    for (const event of this.buffered.splice(0)) listener(event);
  }

  push(event: S3Notification): void {
    if (this.subscriber) return this.subscriber(event);
    const key = event.Records?.[0]?.s3?.object?.key;
    const waiter = this.waiters.findIndex((w) => w.key === key);
    if (waiter >= 0) this.waiters.splice(waiter, 1)[0].resolve(event);
    else this.buffered.push(event);
  }

  next(key: string, timeoutMs = 10_000): Promise<S3Notification> {
    const index = this.buffered.findIndex((e) => e.Records?.[0]?.s3?.object?.key === key);
    if (index >= 0) return Promise.resolve(this.buffered.splice(index, 1)[0]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no S3 event for ${key} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ key, resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });
  }
}

/**
 * The version of an upload, as a versioned bucket would give it. s3rver keeps no versions, and without one every
 * upload of the same bytes under the same name had the same upload id, so a re-upload looked like a redelivery of the
 * first and was never recorded (locally "12 new" again; deployed, a duplicate). The version is the object's ETag and
 * write time, which a restarted `serve` can compute again from the object alone to tell processed uploads from
 * waiting ones. S3 gives write times to the second, so for a fresh upload (an event s3rver sent once) whose version
 * is already recorded, the next free `#n` is taken: the same bytes written twice in one second are two uploads.
 */
export async function localVersion(store: S3Store, key: string, fresh: boolean): Promise<string | null> {
  const info = await store.head(key);
  if (!info) return null;
  const base = versionOf(info);
  if (!fresh) return base;
  let corpus: string;
  try {
    corpus = parseUploadKey(key).corpus;
  } catch {
    return base; // prepare records the bad key under its own rules
  }
  for (let n = 1; ; n++) {
    const version = n === 1 ? base : `${base}#${n}`;
    if (!(await store.head(keys.upload(corpus, uploadId(key, version))))) return version;
  }
}

/** An object's version in the embedded store: its ETag and write time. */
export function versionOf(info: { etag: string | null; lastModified?: string | null }): string {
  return `${(info.etag ?? '').replace(/"/g, '')}@${info.lastModified ?? ''}`;
}

/** The notification with the version a versioned bucket would have put in it. */
export function withVersion(event: S3Notification, versionId: string | null): S3Notification {
  if (!versionId) return event;
  return { ...event, Records: event.Records.map((r) => ({ ...r, s3: { ...r.s3, object: { ...r.s3.object, versionId } } })) };
}

/** As real S3 sends it: keys URL-encoded. */
export function asSqsRecord(event: S3Notification, messageId: string): SQSRecord {
  const encoded = {
    ...event,
    Records: event.Records.map((r) => ({ ...r, s3: { ...r.s3, object: { ...r.s3.object, key: encodeS3Key(r.s3.object.key) } } })),
  };
  const now = Date.now().toString();
  return {
    messageId,
    receiptHandle: messageId,
    body: JSON.stringify(encoded),
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: now, SenderId: 's3', ApproximateFirstReceiveTimestamp: now },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:claimdiff-prepare',
    awsRegion: 'local',
  };
}
