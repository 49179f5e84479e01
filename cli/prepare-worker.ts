/**
 * Inside the prepare thread (prepare-thread.ts starts it): the prepare stage's real handler, against the embedded
 * server through its own S3 client, for one S3 notification at a time. What the handler would have done to the
 * pipeline's thread (messages for the diff queue, log lines, objects written) is sent back with the answer, and the
 * pipeline's thread applies it in upload order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SQSEvent } from 'aws-lambda';
import { createPrepareHandler } from '../functions/prepare.ts';
import { lineTelemetry } from '../shared/ops/telemetry.ts';
import type { DiffMessage } from '../shared/queue/queue.ts';
import { CachedStore } from '../shared/storage/cached.ts';
import { createS3Client, S3Store } from '../shared/storage/s3.ts';
import type { ObjectStore } from '../shared/storage/store.ts';
import { prepareWithRedelivery } from './driver.ts';
import type { PrepareReply, PrepareRequest } from './prepare-thread.ts';

const encoder = new TextEncoder();
const { endpoint, bucket } = workerData as { endpoint: string; bucket: string };
const s3 = new S3Store(createS3Client({ endpoint }), bucket);
/**
 * The prepare stage asks whether each upload's document is prepared already; a new one is not, and its folder's
 * listing says so without a request (storage/cached.ts). Only prepared documents go through it: this thread writes
 * them all, and keeps no bodies (the pipeline's thread caches what it reads).
 */
const prepared = new CachedStore(s3, 0);
const isPrepared = (key: string) => key.includes('/prepared/');

/** One notification through the handler, with what it sent, logged and wrote collected for the reply. */
async function prepareOne({ event, messageId, uploaded }: PrepareRequest): Promise<Omit<PrepareReply, 'id'>> {
  const messages: DiffMessage[] = [];
  const lines: string[] = [];
  const written: PrepareReply['written'] = [];
  // Writes go to the server as they would from Lambda; the bytes also go back, so the pipeline thread's cache
  // (storage/cached.ts) answers the diff stage's read of the prepared document without a round trip.
  // The upload's version is the one the pipeline thread just wrote: its bytes came with the request, and a version
  // never changes, so reading it back from the server (a round trip through both threads) would return the same.
  const upload = event.Records[0]?.s3.object;
  const store: ObjectStore = {
    get: (key, options) =>
      uploaded && key === upload?.key && options?.versionId === upload.versionId
        ? Promise.resolve(uploaded)
        : (isPrepared(key) ? prepared : s3).get(key, options),
    head: (key, options) => s3.head(key, options),
    list: (prefix) => s3.list(prefix),
    async put(key, body, contentType) {
      const bytes = typeof body === 'string' ? encoder.encode(body) : body;
      const result = await (isPrepared(key) ? prepared : s3).put(key, bytes, contentType);
      written.push({ key, bytes });
      return result;
    },
  };
  const deps = { store, queue: { send: async (m: DiffMessage) => void messages.push(m) }, telemetry: lineTelemetry((l) => lines.push(l)) };
  const handler = createPrepareHandler(() => deps);
  try {
    await prepareWithRedelivery((e: SQSEvent) => handler(e), event, messageId);
    return { messages, lines, written, error: null };
  } catch (error) {
    return { messages, lines, written, error: (error as Error).message };
  }
}

parentPort!.on('message', async (request: PrepareRequest) => {
  const reply: PrepareReply = { id: request.id, ...(await prepareOne(request)) };
  parentPort!.postMessage(reply); // copied, not transferred: a few KB, and a body may share its buffer
});
