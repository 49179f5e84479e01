/** Drives the real Lambda handlers in-process for the embedded store (see local.ts); loaded only to process uploads. */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Event, SQSEvent, SQSRecord } from 'aws-lambda';
import { createDiffHandler } from '../functions/diff.ts';
import { createPrepareHandler } from '../functions/prepare.ts';
import { lineTelemetry } from '../shared/ops/telemetry.ts';
import { LocalFifoQueue } from '../shared/queue/local.ts';
import type { ObjectStore } from '../shared/storage/store.ts';
import { asSqsRecord } from './local.ts';
import type { PrepareReply, PrepareThread } from './prepare-thread.ts';

type S3Notification = S3Event;

/** Deliveries before a message is given up (the deployed queues' maxReceiveCount). */
export const MAX_RECEIVES = 5;

/** Drives the two handlers like the two event source mappings would, with redelivery of failed records. */
export class LocalPipeline {
  readonly queue = new LocalFifoQueue();
  readonly prepare;
  readonly diff;
  private messages = 0;

  constructor(
    readonly store: ObjectStore & { wrote?(key: string, bytes: Uint8Array): void },
    private readonly log: (line: string) => void,
    /** Where prepares run when not on this thread (ingest's, see prepare-thread.ts). */
    private readonly thread: PrepareThread | null = null,
  ) {
    const deps = { store, queue: this.queue, telemetry: lineTelemetry(log) };
    this.prepare = createPrepareHandler(() => deps);
    this.diff = createDiffHandler(() => deps);
  }

  /** One S3 notification through the prepare stage (retried like SQS would, up to MAX_RECEIVES). */
  async runPrepare(event: S3Notification): Promise<void> {
    return prepareWithRedelivery(this.prepare, event, `prepare-${++this.messages}`);
  }

  /**
   * Starts preparing the upload on the prepare thread (or here, without one), given the bytes uploaded when the
   * caller has them (the thread does not read them back). The returned function applies what the handler did (its
   * messages to the queue, log lines, written objects to the store's cache) when called, so that uploads prepared
   * at once still reach the queue in the order the caller applies them.
   */
  async prepareAhead(event: S3Notification, uploaded?: Uint8Array): Promise<() => Promise<void>> {
    if (!this.thread) return () => this.runPrepare(event);
    const key = event.Records[0]?.s3.object.key;
    const reply = await this.thread
      .prepare(event, `prepare-${++this.messages}`, uploaded)
      .catch(
        (error: Error): PrepareReply => ({ id: 0, messages: [], lines: [], written: [], error: `${error.message} while preparing ${key}` }),
      );
    return async () => {
      for (const line of reply.lines) this.log(line);
      for (const { key, bytes } of reply.written) this.store.wrote?.(key, bytes);
      for (const message of reply.messages) await this.queue.send(message);
      if (reply.error) throw new Error(reply.error);
    };
  }

  close(): Promise<void> {
    return this.thread?.close() ?? Promise.resolve();
  }

  /** Messages that failed MAX_RECEIVES times (in AWS they would sit in the diff DLQ). */
  readonly deadLetters: SQSRecord[] = [];

  /** Deliveries of each diff message so far. */
  private readonly receives = new Map<string, number>();

  /** Drains the diff queue (or takes `batches` batches of it), a FIFO batch at a time, redelivering failed records in order. */
  async runDiff(batches = Infinity): Promise<void> {
    const receives = this.receives;
    for (let n = 0; n < batches && this.queue.size > 0; n++) {
      const batch = this.queue.receive(10);
      const response = await this.diff({ Records: batch } as SQSEvent);
      const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
      if (failed.size === 0) continue;
      const retry = batch.filter((r) => failed.has(r.messageId));
      const count = (receives.get(retry[0].body) ?? 0) + 1;
      receives.set(retry[0].body, count);
      if (count >= MAX_RECEIVES) this.deadLetters.push(retry.shift()!);
      this.queue.requeue(retry);
    }
  }
}

/**
 * One S3 notification through a prepare handler, redelivered like SQS would when it fails, up to MAX_RECEIVES;
 * then an error that names the upload.
 */
export async function prepareWithRedelivery(
  prepare: (event: SQSEvent) => Promise<{ batchItemFailures: unknown[] }>,
  event: S3Notification,
  messageId: string,
): Promise<void> {
  const record = asSqsRecord(event, messageId);
  for (let attempt = 1; attempt <= MAX_RECEIVES; attempt++) {
    const response = await prepare({ Records: [record] } as SQSEvent);
    if (response.batchItemFailures.length === 0) return;
  }
  throw new Error(`prepare failed ${MAX_RECEIVES} times for ${event.Records[0]?.s3.object.key}; see the log`);
}

/** Appends log lines to logs/pipeline.jsonl next to the embedded store. */
export function fileLog(dataDir: string): (line: string) => void {
  const dir = join(dataDir, 'logs');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'pipeline.jsonl');
  return (line) => appendFileSync(file, line + '\n');
}
