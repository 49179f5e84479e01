/**
 * Stage 1, prepare (scales out: many uploads at once). For one upload: read it, decode, clean, extract claims, and
 * store the prepared document under an id derived from its bytes, then hand it to the diff stage's FIFO queue.
 *
 * Everything it writes is create-once (the prepared document, the upload's rejection record), so running it twice
 * for the same upload (S3 delivers at least once) writes the same objects again and sends a message the FIFO queue
 * deduplicates. It reads no corpus state at all: a prepared document depends on the uploaded bytes alone, whatever
 * the order or timing of events. Corpus-dependent steps happen in the diff stage.
 */
import { extractClaims } from '../claims/index.ts';
import { boundRemoved, LIMITS, overBudget } from '../limits.ts';
import { cleanDocument } from '../clean/index.ts';
import type { DiffQueue } from '../queue/queue.ts';
import type { Telemetry } from '../ops/telemetry.ts';
import { getJson, putJson, type ObjectStore } from '../storage/store.ts';
import type { CleanResult, PreparedDocument, ReportListEntry } from '../types.ts';
import type { UploadEvent } from './events.ts';
import { checkSize, decodeUpload, RejectedInput } from './input.ts';
import { BadKeyError, DEFAULT_CORPUS, documentId, keys, parseUploadKey, RETRIES, uploadId, type UploadLocation } from './keys.ts';
import { retryFromRequest } from './retry.ts';

export interface PrepareDeps {
  store: ObjectStore;
  queue: DiffQueue;
  telemetry: Telemetry;
}

export type PrepareOutcome =
  | { outcome: 'prepared' | 'already-prepared'; corpus: string; docId: string; name: string }
  | { outcome: 'rejected'; corpus: string; name: string; reason: string }
  | { outcome: 'retry-sent'; corpus: string; docId: string; name: string }
  | { outcome: 'skipped'; reason: string };

export async function prepareUpload(deps: PrepareDeps, upload: UploadEvent): Promise<PrepareOutcome> {
  const started = performance.now();
  const result = await prepare(deps, upload);
  deps.telemetry.stage({
    stage: 'prepare',
    corpus: 'corpus' in result ? result.corpus : null,
    key: upload.key,
    docId: 'docId' in result ? result.docId : null,
    ms: Math.round(performance.now() - started),
    outcome: result.outcome,
    reason: 'reason' in result ? result.reason : null,
  });
  return result;
}

async function prepare(deps: PrepareDeps, upload: UploadEvent): Promise<PrepareOutcome> {
  // A user's request to try again an upload the pipeline gave up on (retry.ts), announced like an upload.
  if (upload.key.startsWith(RETRIES)) return retryFromRequest(deps.store, deps.queue, upload.key);
  const version = upload.versionId ?? upload.eTag;
  const id = uploadId(upload.key, version);
  let location: UploadLocation;
  try {
    location = parseUploadKey(upload.key);
  } catch (error) {
    if (!(error instanceof BadKeyError)) throw error;
    if (!upload.key.startsWith('incoming/')) return { outcome: 'skipped', reason: error.message };
    // Still record it, so the user sees why the upload went nowhere.
    const fallback = { corpus: DEFAULT_CORPUS, name: baseName(upload.key), sourceKey: upload.key };
    return reject(deps, fallback, id, upload.eventTime, error.message);
  }

  try {
    // The version the event names, not the object's latest: an upload overwritten before its event is processed is
    // still ingested as it was uploaded (and the newer one by its own event). Its size is checked before reading it,
    // so an oversized file is never downloaded: the event's size describes that version; without a version (a
    // bucket without versioning, the embedded server) the object may have changed since, so HEAD says. decodeUpload
    // checks the bytes read again, in case it changes between HEAD and GET.
    const read = { versionId: upload.versionId };
    const size = upload.versionId && upload.size !== null ? upload.size : (await deps.store.head(upload.key, read))?.size;
    if (size === undefined) return { outcome: 'skipped', reason: `${upload.key} no longer exists` };
    checkSize(size);
    const bytes = await deps.store.get(upload.key, read);
    if (bytes === null) return { outcome: 'skipped', reason: `${upload.key} no longer exists` };
    const decoded = decodeUpload(bytes);
    const docId = documentId(bytes);
    const preparedKey = keys.prepared(location.corpus, docId);

    let prepared = await getJson<PreparedDocument>(deps.store, preparedKey);
    const already = prepared !== null;
    if (!prepared) {
      prepared = await prepareDocument(decoded.text, decoded.notes, { id: docId, location, uploadedAt: upload.eventTime });
      if (!prepared.cleanedText.trim()) {
        const why = prepared.emptyReason ?? 'everything was boilerplate';
        throw new RejectedInput(why.startsWith('no article') ? why : `no article text found: ${why}`);
      }
      if (prepared.language === 'other') {
        throw new RejectedInput('the article is not in English; claimdiff extracts claims from English text only');
      }
      await putJson(deps.store, preparedKey, prepared);
    }
    await deps.queue.send({
      type: 'prepared',
      corpus: location.corpus,
      docId,
      sourceKey: upload.key,
      name: location.name,
      uploadId: id,
      uploadedAt: upload.eventTime,
    });
    return { outcome: already ? 'already-prepared' : 'prepared', corpus: location.corpus, docId, name: location.name };
  } catch (error) {
    if (error instanceof RejectedInput) return reject(deps, location, id, upload.eventTime, error.message);
    throw error; // storage or queue trouble: let the queue redeliver
  }
}

/** The pure part: decoded text → prepared document. Used by the stage and by evaluation and benchmarks. */
export async function prepareDocument(
  text: string,
  decodingNotes: string[],
  meta: { id: string; location: UploadLocation; uploadedAt: string },
  /** Filled with the time each step took, for benchmarks and logs. */
  timings: { cleanMs?: number; claimsMs?: number } = {},
): Promise<PreparedDocument> {
  let cleaned: CleanResult;
  let extracted: ReturnType<typeof extractClaims>;
  let budgeted: ReturnType<typeof withinBudget>;
  try {
    let t = performance.now();
    cleaned = await cleanDocument(text, { name: meta.location.name });
    timings.cleanMs = performance.now() - t;
    budgeted = withinBudget(cleaned.body);
    t = performance.now();
    extracted = extractClaims(budgeted.text, { title: cleaned.title, published: cleaned.published });
    timings.claimsMs = performance.now() - t;
  } catch (error) {
    // The cleaner and extractor are meant never to throw; if one does, the input is what broke it, and retrying
    // the same bytes would fail the same way. Record it as a rejection with the cause.
    throw new RejectedInput(`could not process the file: ${(error as Error).message}`);
  }
  return {
    schemaVersion: 1,
    id: meta.id,
    corpus: meta.location.corpus,
    sourceKey: meta.location.sourceKey,
    name: meta.location.name,
    format: cleaned.format,
    title: cleaned.title,
    byline: cleaned.byline,
    published: cleaned.published,
    cleanedText: budgeted.text,
    removed: boundRemoved([
      ...decodingNotes.map((text) => ({ text, reason: 'decoding' })),
      ...cleaned.removed,
      ...budgeted.removed,
      ...extracted.removed,
      ...(extracted.claims.length > LIMITS.claimsPerDocument
        ? [
            {
              text:
                `${count(extracted.claims.length - LIMITS.claimsPerDocument)} claims after the first ` + count(LIMITS.claimsPerDocument),
              reason: overBudget('claims per document'),
            },
          ]
        : []),
    ]),
    emptyReason: cleaned.emptyReason,
    language: cleaned.language ?? 'en',
    claims: extracted.claims.slice(0, LIMITS.claimsPerDocument),
    entities: extracted.entities,
    preparedAt: meta.uploadedAt,
  };
}

/**
 * The cleaned text within the work budget (limits.ts): a paragraph of a sentence or more (40 characters) repeated word
 * for word is kept once (a page of one paragraph pasted 60,000 times is one paragraph of news, not 60,000 claims;
 * short ones such as table cells "0" or "12" repeat legitimately), and text past `cleanedTextChars` is cut at a
 * paragraph's end. What is dropped is listed with its reason.
 */
export function withinBudget(body: string): { text: string; removed: Array<{ text: string; reason: string }> } {
  const seen = new Map<string, number>();
  const kept: string[] = [];
  let size = 0;
  let cutChars = 0;
  let cutParagraphs = 0;
  for (const paragraph of body.split(/\n{2,}/)) {
    const key = paragraph.replace(/\s+/g, ' ').trim();
    if (!key) continue;
    const times = key.length >= 40 ? seen.get(key) : undefined;
    if (times !== undefined) {
      seen.set(key, times + 1);
      continue;
    }
    if (key.length >= 40) seen.set(key, 1);
    if (size + key.length > LIMITS.cleanedTextChars) {
      cutChars += key.length;
      cutParagraphs++;
      continue;
    }
    kept.push(paragraph);
    size += key.length + 2;
  }
  const removed: Array<{ text: string; reason: string }> = [];
  for (const [key, times] of seen) {
    if (times > 1)
      removed.push({
        text: `${key.length > 200 ? `${key.slice(0, 200)}…` : key} (${count(times - 1)} more time${times > 2 ? 's' : ''})`,
        reason: 'repeated paragraph (counted once)',
      });
  }
  if (cutParagraphs)
    removed.push({
      text: `${count(cutChars)} characters in ${count(cutParagraphs)} paragraphs after the first ${count(LIMITS.cleanedTextChars)}`,
      reason: overBudget('cleaned text'),
    });
  return { text: removed.length ? kept.join('\n\n') : body, removed };
}

async function reject(
  deps: PrepareDeps,
  location: UploadLocation,
  id: string,
  uploadedAt: string,
  reason: string,
): Promise<PrepareOutcome> {
  const entry: ReportListEntry = {
    name: location.name,
    sourceKey: location.sourceKey,
    docId: null,
    status: 'rejected',
    reason,
    counts: null,
    ingestedAt: uploadedAt,
    seq: null,
  };
  // Recorded directly (create-once key), and announced to the diff stage, which keeps the corpus index page.
  await putJson(deps.store, keys.upload(location.corpus, id), entry);
  await deps.queue.send({
    type: 'rejected',
    corpus: location.corpus,
    sourceKey: location.sourceKey,
    name: location.name,
    uploadId: id,
    uploadedAt,
    reason,
  });
  return { outcome: 'rejected', corpus: location.corpus, name: location.name, reason };
}

/** A count as the removed-lines list prints it: 12,000. */
const count = (n: number) => n.toLocaleString('en-US');

function baseName(key: string): string {
  const parts = key.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? key;
}
