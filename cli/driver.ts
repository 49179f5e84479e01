/** Drives the real Lambda handlers in-process for the embedded store (see local.ts); loaded only to process uploads. */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Event, SQSEvent, SQSRecord } from 'aws-lambda';
import { createDiffHandler } from '../functions/diff.ts';
import { createPrepareHandler } from '../functions/prepare.ts';
import { lineTelemetry, type Telemetry } from '../shared/ops/telemetry.ts';
import { LocalFifoQueue } from '../shared/queue/local.ts';
import type { ObjectStore } from '../shared/storage/store.ts';
import { asSqsRecord } from './local.ts';

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
    readonly store: ObjectStore,
    telemetry: Telemetry,
  ) {
    const deps = { store, queue: this.queue, telemetry };
    this.prepare = createPrepareHandler(() => deps);
    this.diff = createDiffHandler(() => deps);
  }

  /** One S3 notification through the prepare stage (retried like SQS would, up to MAX_RECEIVES). */
  async runPrepare(event: S3Notification): Promise<void> {
    const record = asSqsRecord(event, `prepare-${++this.messages}`);
    for (let attempt = 1; attempt <= MAX_RECEIVES; attempt++) {
      const response = await this.prepare({ Records: [record] } as SQSEvent);
      if (response.batchItemFailures.length === 0) return;
    }
    throw new Error(`prepare failed ${MAX_RECEIVES} times for ${event.Records[0]?.s3.object.key}; see the log`);
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

export function fileTelemetry(dataDir: string): Telemetry {
  const dir = join(dataDir, 'logs');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'pipeline.jsonl');
  return lineTelemetry((line) => appendFileSync(file, line + '\n'));
}
