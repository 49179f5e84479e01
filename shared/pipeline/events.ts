/**
 * Event parsing: SQS records carrying S3 notifications (prepare stage) and FIFO records carrying DiffMessages
 * (diff stage). Malformed or irrelevant events are reported as skipped with a reason, never thrown: retrying them
 * would not make them valid.
 */
import type { S3Event, SQSRecord } from 'aws-lambda';
import type { DiffMessage } from '../queue/queue.ts';

export interface UploadEvent {
  bucket: string | null;
  /** Decoded object key. */
  key: string;
  versionId: string | null;
  size: number | null;
  eTag: string | null;
  eventTime: string;
}

export interface ParsedRecord {
  uploads: UploadEvent[];
  skipped: string[];
}

/** Real S3 URL-encodes keys in notifications (space as '+'). s3rver does not; the local driver encodes to match. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

export function encodeS3Key(key: string): string {
  return key
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%20/g, '+'))
    .join('/');
}

export function uploadsFromSqsRecord(record: Pick<SQSRecord, 'body'>): ParsedRecord {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    return { uploads: [], skipped: ['message body is not JSON'] };
  }
  const event = body as Partial<S3Event> & { Event?: string };
  if (event?.Event === 's3:TestEvent') return { uploads: [], skipped: ['s3:TestEvent'] };
  if (!Array.isArray(event?.Records)) return { uploads: [], skipped: ['message has no S3 Records'] };

  const parsed: ParsedRecord = { uploads: [], skipped: [] };
  for (const r of event.Records as unknown[]) {
    const s3Record = r as Partial<S3Event['Records'][number]>;
    const name = s3Record?.eventName;
    if (typeof name !== 'string' || !name.startsWith('ObjectCreated:')) {
      parsed.skipped.push(`event type ${JSON.stringify(name ?? null)} is not an upload`);
      continue;
    }
    const object = s3Record.s3?.object;
    if (!object || typeof object.key !== 'string' || object.key === '') {
      parsed.skipped.push('S3 record has no object key');
      continue;
    }
    let key: string;
    try {
      key = decodeS3Key(object.key);
    } catch {
      parsed.skipped.push(`object key ${JSON.stringify(object.key)} is not valid URL encoding`);
      continue;
    }
    parsed.uploads.push({
      bucket: s3Record.s3?.bucket?.name ?? null,
      key,
      versionId: object.versionId ?? null,
      size: typeof object.size === 'number' ? object.size : null,
      eTag: object.eTag ?? null,
      eventTime: typeof s3Record.eventTime === 'string' ? s3Record.eventTime : new Date(0).toISOString(),
    });
  }
  return parsed;
}

export function diffMessageFromRecord(
  record: Pick<SQSRecord, 'body'> & { attributes?: Partial<SQSRecord['attributes']> },
): DiffMessage | { skipped: string } {
  let message: Partial<DiffMessage>;
  try {
    message = JSON.parse(record.body);
  } catch {
    return { skipped: 'message body is not JSON' };
  }
  if (message?.type !== 'prepared' && message?.type !== 'rejected')
    return { skipped: `unknown message type ${JSON.stringify(message?.type ?? null)}` };
  for (const field of ['corpus', 'sourceKey', 'name', 'uploadId', 'uploadedAt'] as const) {
    if (typeof message[field] !== 'string') return { skipped: `message lacks ${field}` };
  }
  if (message.type === 'prepared' && typeof message.docId !== 'string') return { skipped: 'message lacks docId' };
  if (message.type === 'prepared') {
    const sent = Number(record.attributes?.SentTimestamp);
    // Never from the body: only SQS says when a message was sent.
    const { sentAt: _, ...sentMessage } = message;
    return (Number.isFinite(sent) && sent > 0 ? { ...sentMessage, sentAt: sent } : sentMessage) as DiffMessage;
  }
  return message as DiffMessage;
}
