/**
 * Giving up on a poison document, never on its corpus. The diff stage runs one message at a time per corpus, and an
 * interrupted replay is finished before anything else (diff-stage.ts): a document that fails every time (a key S3
 * refuses, a prepared object that is gone, a bug its text triggers) would otherwise hold its corpus for good, and in
 * AWS push every later upload of the corpus to the DLQ. So the head counts the attempts of the replay in progress
 * and which upload failed last; once the count reaches MAX_ATTEMPTS that upload is marked failed in the log (it keeps
 * its seq, so the log stays contiguous, but is not in the corpus), recorded with the reason where the user reads
 * reports, and the replay goes on without it, noting when.
 *
 * Bringing it back (once the cause is fixed) clears the mark and replays the corpus from its place:
 * - `claimdiff retry NAME` writes a retry request (retry.ts) that the prepare stage turns into the upload's diff
 *   message with a `retry` field, locally and against a deployed bucket alike;
 * - a DLQ redrive: SQS gives every redriven message a new sent time, so a message of a given-up upload sent after
 *   it was given up is a new request for it (the messages that failed before carry their original sent time and
 *   leave the mark alone). Both are idempotent: once the upload is back in the corpus, a second request finds it
 *   ingested and changes nothing.
 */
import type { ReportListEntry } from '../types.ts';

/**
 * Attempts of a replay before its failing upload is given up. Each S3 request inside an attempt is already retried
 * by the SDK (3 tries with backoff), so a failed attempt has outlasted a short outage; a document that fails
 * deterministically fails the same way every time. Three attempts also stay under the queues' maxReceiveCount (5),
 * so the message that finds the corpus stuck gives up on the document and succeeds before it would reach the DLQ.
 */
export const MAX_ATTEMPTS = 3;

/** A failure no retry can fix (the prepared document is gone): the upload is given up at once. */
export class PermanentFailure extends Error {}

/** The replay in progress: how many times it was started, and the upload whose ingestion failed last (and why). */
export interface ReplayAttempts {
  count: number;
  uploadId: string | null;
  reason: string | null;
}

interface Entry {
  seq: number;
  uploadId: string;
  /** Set when the pipeline gave up on the upload: why. */
  failed?: string;
  /** When it was given up (ISO time). */
  failedAt?: string;
}

/**
 * The log with the upload to blame marked failed: the one whose ingestion failed last, or — when no attempt got to
 * say (the function timed out or ran out of memory) — the one the replay started from, which is the upload that was
 * being added.
 */
export function markGivenUp<E extends Entry>(log: E[], replayFrom: number, attempts: ReplayAttempts, now = new Date().toISOString()): E[] {
  const blamed = log.find((e) => e.uploadId === attempts.uploadId && !e.failed) ?? log.find((e) => e.seq === replayFrom);
  if (!blamed) return log;
  const why = attempts.reason ?? 'the diff stage stopped before finishing (time-out or out of memory)';
  return log.map((e) => (e === blamed ? { ...e, failed: `gave up after ${attempts.count} attempts: ${why}`, failedAt: now } : e));
}

/**
 * Whether a diff message asks for a given-up upload again: it says so (`retry`, from `claimdiff retry`), or it was
 * sent after the upload was given up (a DLQ redrive sends its messages anew; `sentAt` is the SQS sent time).
 */
export function asksAgain(message: { retry?: string; sentAt?: number }, entry: Pick<Entry, 'failedAt'>): boolean {
  if (message.retry) return true;
  const givenUp = entry.failedAt ? Date.parse(entry.failedAt) : NaN;
  return message.sentAt !== undefined && Number.isFinite(givenUp) && message.sentAt > givenUp;
}

/** The upload record of a given-up upload: listed as rejected, with the reason and how to try again. */
export function failedEntry(
  entry: { name: string; sourceKey: string; uploadedAt: string; seq: number | null; failedAt?: string },
  reason: string,
  now = new Date().toISOString(),
): ReportListEntry {
  return {
    name: entry.name,
    sourceKey: entry.sourceKey,
    docId: null, // as for every rejected upload (the contract); the retry finds it by name
    status: 'rejected',
    reason: `${reason} (claimdiff retry ${entry.name} tries again)`,
    counts: null,
    ingestedAt: entry.uploadedAt,
    seq: entry.seq,
    failed: true,
    givenUpAt: entry.failedAt ?? now,
  };
}
