/**
 * Trying again an upload the pipeline gave up on (give-up.ts), the same way locally and against a deployed bucket.
 * `claimdiff retry NAME` finds the given-up upload and writes a retry request under retries/ — with the bucket access
 * a user already has, no queue address needed. The bucket announces it to the prepare stage as it announces uploads;
 * prepare makes the prepared document again if it is gone or unreadable (from the stored upload, provided its bytes
 * are still the ones uploaded) and sends the upload's diff message with a `retry` field, which the diff stage takes
 * as the request to ingest it again in its place. Idempotent: the request's time keeps the FIFO queue from dropping it
 * as a duplicate of the first message, and once the upload is back, a second request finds it ingested.
 */
import type { DiffQueue } from '../queue/queue.ts';
import { getJson, putJson, type ObjectStore } from '../storage/store.ts';
import type { PreparedDocument, ReportListEntry } from '../types.ts';
import type { CorpusHead } from './diff-stage.ts';
import { decodeUpload, RejectedInput } from './input.ts';
import { prepareDocument } from './prepare.ts';
import { documentId, isValidCorpusName, keys, parseUploadKey, RETRIES, type UploadLocation } from './keys.ts';

/** What a retry request holds: the given-up upload, as its log entry or upload record knows it. */
export interface RetryRequest {
  corpus: string;
  uploadId: string;
  sourceKey: string;
  name: string;
  uploadedAt: string;
  /** The document id the upload had, when it got as far as the corpus log (null: its prepared document was missing). */
  docId: string | null;
  /** When the user asked (ISO time): unique per request. */
  requestedAt: string;
}

/** The newest upload called `wanted` (a file name or an upload key) that the pipeline gave up on, or null. */
export async function findGivenUp(store: ObjectStore, corpus: string, wanted: string): Promise<Omit<RetryRequest, 'requestedAt'> | null> {
  const head = await getJson<CorpusHead>(store, keys.head(corpus));
  const inLog = [...(head?.log ?? [])].reverse().find((e) => e.failed && (e.name === wanted || e.sourceKey === wanted));
  if (inLog)
    return {
      corpus,
      uploadId: inLog.uploadId,
      sourceKey: inLog.sourceKey,
      name: inLog.name,
      uploadedAt: inLog.uploadedAt,
      docId: inLog.docId,
    };
  // Given up before it had a place in the log (its prepared document was missing): its newest upload record.
  const byName = await getJson<ReportListEntry & { uploadId?: string }>(store, keys.name(corpus, wanted));
  if (!byName?.failed || !byName.uploadId) return null;
  return { corpus, uploadId: byName.uploadId, sourceKey: byName.sourceKey, name: byName.name, uploadedAt: byName.ingestedAt, docId: null };
}

/** Why the upload cannot be tried again from what is stored, or null when it can. */
export async function cannotRetry(store: ObjectStore, request: Pick<RetryRequest, 'sourceKey' | 'docId'>): Promise<string | null> {
  const bytes = await store.get(request.sourceKey);
  if (!bytes) return `${request.sourceKey} is no longer stored; upload it again`;
  if (request.docId && request.docId !== documentId(bytes))
    return `${request.sourceKey} was overwritten since it was uploaded; the new file is ingested as an upload of its own`;
  return null;
}

/** Writes the request; the bucket's notification (or the local pipeline) hands it to the prepare stage. */
export async function requestRetry(
  store: ObjectStore,
  given: Omit<RetryRequest, 'requestedAt'>,
  now = new Date().toISOString(),
): Promise<RetryRequest> {
  const request: RetryRequest = { ...given, requestedAt: now };
  await putJson(store, keys.retryRequest(given.corpus, given.uploadId), request);
  return request;
}

export type RetryOutcome = { outcome: 'retry-sent'; corpus: string; docId: string; name: string } | { outcome: 'skipped'; reason: string };

/**
 * The prepare stage's part: the request read from `key`, the prepared document made again when it is missing or
 * unreadable, and the upload's diff message sent with `retry`. A request that cannot be honoured is skipped with
 * the reason (the CLI checks the same before writing it, and says so to the user).
 */
export async function retryFromRequest(store: ObjectStore, queue: DiffQueue, key: string): Promise<RetryOutcome> {
  const request = await getJson<RetryRequest>(store, key, { ifCorrupt: 'absent' });
  if (!request) return { outcome: 'skipped', reason: `retry request ${key} is gone or unreadable` };
  const corpus = key.slice(RETRIES.length).split('/')[0];
  if (!isValidCorpusName(corpus) || request.corpus !== corpus || key !== keys.retryRequest(corpus, request.uploadId)) {
    return { outcome: 'skipped', reason: `retry request ${key} does not match its key` };
  }
  let location: UploadLocation;
  try {
    location = parseUploadKey(request.sourceKey);
  } catch (error) {
    return { outcome: 'skipped', reason: `retry request ${key}: ${(error as Error).message}` };
  }
  if (location.corpus !== corpus) return { outcome: 'skipped', reason: `retry request ${key} names an upload of another corpus` };
  const bytes = await store.get(request.sourceKey);
  const docId = bytes ? documentId(bytes) : null;
  if (!bytes || !docId || (request.docId && request.docId !== docId)) {
    return { outcome: 'skipped', reason: (await cannotRetry(store, request)) ?? `${request.sourceKey} cannot be read` };
  }
  if (!(await getJson(store, keys.prepared(corpus, docId), { ifCorrupt: 'absent' }))) {
    let prepared: PreparedDocument;
    try {
      const decoded = decodeUpload(bytes);
      prepared = await prepareDocument(decoded.text, decoded.notes, { id: docId, location, uploadedAt: request.uploadedAt });
    } catch (error) {
      if (!(error instanceof RejectedInput)) throw error;
      return { outcome: 'skipped', reason: `${request.sourceKey} cannot be prepared again: ${error.message}` };
    }
    await putJson(store, keys.prepared(corpus, docId), prepared);
  }
  await queue.send({
    type: 'prepared',
    corpus,
    docId,
    sourceKey: request.sourceKey,
    name: request.name,
    uploadId: request.uploadId,
    uploadedAt: request.uploadedAt,
    retry: request.requestedAt,
  });
  return { outcome: 'retry-sent', corpus, docId, name: request.name };
}
