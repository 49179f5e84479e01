/**
 * The embedded default: an s3rver (S3 protocol over HTTP, filesystem-backed) on a free loopback port, and a driver
 * that feeds the two real Lambda handlers the event shapes AWS would: S3 notification → SQS record → prepare;
 * FIFO record → diff. There is no second code path for local mode: only the queue between the stages is in-process.
 * The driver of the handlers is in driver.ts, loaded only by the commands that process uploads: reading a report
 * needs the store, not the pipeline.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { S3Event, SQSRecord } from 'aws-lambda';
import { encodeS3Key } from '../shared/pipeline/events.ts';
import { INCOMING, keys, parseUploadKey, RETRIES, uploadId } from '../shared/pipeline/keys.ts';
import { lockDataFolder } from './data-lock.ts';
import { createS3Client, S3Store } from '../shared/storage/s3.ts';
import type { ObjectStore } from '../shared/storage/store.ts';
import { EMBEDDED_BUCKET } from './embedded-files.ts';

export const LOCAL_BUCKET = EMBEDDED_BUCKET;

export interface LocalStack {
  store: S3Store;
  endpoint: string;
  close(): Promise<void>;
}

type S3Notification = S3Event;

/**
 * The embedded S3 server runs in a worker thread of its own: every request costs the server a few milliseconds of
 * CPU (HTTP parsing, its middleware, three files written per object), which on the pipeline's thread added to each
 * document's time; on its own thread it runs beside the pipeline's work. Plain JavaScript, evaluated as the worker's
 * script, so the same code runs from the TypeScript sources and from the bundled CLI (dist/ has no file for it).
 *
 * In the worker, besides starting s3rver:
 * - s3rver encrypts its list continuation tokens with single DES, which OpenSSL 3 (Node 17+) no longer offers, so any
 *   listing longer than one page fails with InternalError. Three-key DES with the same key three times is single
 *   DES, and is still available: it is substituted for s3rver's calls.
 * - Its request logger is dropped when silent: it formats (and counts the bytes of) every response only for the log
 *   level to discard the line.
 * - The bucket and its CORS and website settings, which s3rver reads from disk on every request, are remembered
 *   until a request changes them.
 * - s3rver makes an object's folder before every write (a mkdir that fails because it exists, then a stat): the
 *   folders it made are remembered until it deletes something (which removes emptied folders).
 * - Its small files (an object, its metadata and its MD5, three a write) are written and read with one blocking call
 *   each, on this thread of its own, instead of three round trips each (open, write, close) through libuv's four
 *   pool threads, which cost more CPU than the server's own work; an object's body is taken whole, then written
 *   (the same files, with the same bytes, as s3rver's streams write).
 * - Only notifications of uploads and retry requests (keys under incoming/ and retries/) are passed to the
 *   pipeline's thread, as the deployed bucket's notification filters do: the pipeline's own writes (corpus/,
 *   reports/) would otherwise pile up unread.
 */
const SERVER_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const crypto = require('node:crypto');
const widen = (key) => Buffer.concat([key, key, key]);
const cipher = crypto.createCipheriv;
const decipher = crypto.createDecipheriv;
crypto.createCipheriv = (algorithm, key, iv, options) =>
  algorithm === 'des' ? cipher('des-ede3-cbc', widen(key), iv) : cipher(algorithm, key, iv, options);
crypto.createDecipheriv = (algorithm, key, iv, options) =>
  algorithm === 'des' ? decipher('des-ede3-cbc', widen(key), iv) : decipher(algorithm, key, iv, options);

const S3rver = require('node:module').createRequire(workerData.resolveFrom)('s3rver');
const server = new S3rver(workerData.options);
if (workerData.options.silent && server.middleware[0] && server.middleware[0].name === 'logger') server.middleware.shift();

const store = server.store;
const remembered = new Map();
const remember = (name, read) => (...args) => {
  const key = name + '\\0' + args.map(String).join('\\0');
  const forget = (error) => { remembered.delete(key); throw error; };
  if (!remembered.has(key)) remembered.set(key, read.apply(store, args).catch(forget));
  return remembered.get(key);
};
const changes = (write) => async (...args) => {
  remembered.clear();
  try { return await write.apply(store, args); } finally { remembered.clear(); }
};
const getBucketSettings = remember('subresource', store.getSubresource);
const getObjectSettings = store.getSubresource;
store.getBucket = remember('bucket', store.getBucket);
store.getSubresource = (bucket, key, type) =>
  key === undefined ? getBucketSettings(bucket, key, type) : getObjectSettings.call(store, bucket, key, type);
for (const name of ['putBucket', 'deleteBucket', 'putSubresource', 'deleteSubresource', 'reset'])
  if (store[name]) store[name] = changes(store[name]);

const { createRequire } = require('node:module');
const fsExtra = createRequire(createRequire(workerData.resolveFrom).resolve('s3rver'))('fs-extra'); // the one s3rver uses
const mkdirp = fsExtra.mkdirp;
const folders = new Set();
fsExtra.mkdirp = (dir, ...rest) => {
  if (typeof rest[rest.length - 1] === 'function') return mkdirp(dir, ...rest); // the callback form, as it was
  if (folders.has(dir)) return Promise.resolve(null);
  return mkdirp(dir, ...rest).then((made) => { folders.add(dir); return made; });
};
for (const name of ['deleteObject', 'deleteBucket', 'putObjectMultipart', 'reset']) {
  const remove = store[name];
  if (remove) store[name] = async (...args) => {
    folders.clear();
    try { return await remove.apply(store, args); } finally { folders.clear(); }
  };
}

const fsSync = require('node:fs');
const { dirname } = require('node:path');
const blocking = (name, call) => {
  const original = fsExtra[name];
  fsExtra[name] = (...args) => {
    if (typeof args[args.length - 1] === 'function') return original(...args); // the callback form, as it was
    try { return Promise.resolve(call(...args)); } catch (error) { return Promise.reject(error); }
  };
};
blocking('writeFile', (file, data, options) => fsSync.writeFileSync(file, data, options));
blocking('readFile', (file, options) => fsSync.readFileSync(file, options));
blocking('stat', (file, options) => fsSync.statSync(file, options));
store.putObject = async function putObject(object) {
  let content = object.content;
  if (!Buffer.isBuffer(content)) {
    const chunks = [];
    for await (const chunk of content) chunks.push(chunk);
    content = Buffer.concat(chunks);
  }
  const objectPath = this.getResourcePath(object.bucket, object.key, 'object');
  await fsExtra.mkdirp(dirname(objectPath));
  fsSync.writeFileSync(objectPath, content);
  const md5 = crypto.createHash('md5').update(content).digest('hex');
  await this.putMetadata(object.bucket, object.key, object.metadata, md5);
  return { size: content.length, md5 };
};

server.on('event', (event) => {
  const key = event && event.Records && event.Records[0] && event.Records[0].s3.object.key;
  if (typeof key === 'string' && workerData.notifyPrefixes.some((prefix) => key.startsWith(prefix)))
    parentPort.postMessage({ type: 'event', event: JSON.parse(JSON.stringify(event)) });
});
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  server.close().then(
    () => parentPort.postMessage({ type: 'closed' }),
    (error) => parentPort.postMessage({ type: 'closed', error: String(error) }),
  );
});
server.run().then(
  (address) => parentPort.postMessage({ type: 'started', port: address.port }),
  (error) => parentPort.postMessage({ type: 'failed', message: error.message, code: error.code }),
);
`;

export async function startLocalStack(dataDir: string, options: { port?: number } = {}): Promise<LocalStack & { events: EventTap }> {
  const directory = join(dataDir, 's3');
  mkdirSync(directory, { recursive: true });
  const unlock = lockDataFolder(dataDir);
  const events = new EventTap();
  const options3 = {
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory,
    configureBuckets: [{ name: LOCAL_BUCKET, configs: [] }],
  };
  const thread = new Worker(SERVER_THREAD, {
    eval: true,
    workerData: { resolveFrom: import.meta.url, options: options3, notifyPrefixes: [INCOMING, RETRIES] },
  });
  let closed: (() => void) | null = null;
  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      thread.on('message', (message: { type: string; port?: number; event?: S3Notification; message?: string; code?: string }) => {
        if (message.type === 'event') events.push(message.event!);
        else if (message.type === 'started') resolve(message.port!);
        else if (message.type === 'failed') reject(Object.assign(new Error(message.message), { code: message.code }));
        else if (message.type === 'closed') closed?.();
      });
      thread.once('error', reject);
      thread.once('exit', (code) => reject(new Error(`the embedded S3 server stopped (exit code ${code})`)));
    });
  } catch (error) {
    await thread.terminate();
    unlock();
    throw error;
  }
  const endpoint = `http://127.0.0.1:${port}`;
  const store = new S3Store(createS3Client({ endpoint }), LOCAL_BUCKET);
  const close = async () => {
    try {
      await new Promise<void>((resolve) => {
        closed = resolve;
        thread.once('exit', () => resolve());
        thread.postMessage('close');
      });
      await thread.terminate();
    } finally {
      unlock();
    }
  };
  return { store, endpoint, events, close };
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
    if (this.subscriber) {
      this.subscriber(event);
      return;
    }
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
      this.waiters.push({
        key,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      });
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
export async function localVersion(store: ObjectStore, key: string, fresh: boolean): Promise<string | null> {
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
