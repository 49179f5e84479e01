/**
 * A real embedded S3 server and the two real handlers, with every dependency injectable, so tests can duplicate,
 * reorder and crash deliveries the way AWS can.
 */
import type { S3Event, SQSEvent, SQSRecord } from 'aws-lambda';
import { createDiffHandler } from '../../functions/diff.ts';
import { createPrepareHandler } from '../../functions/prepare.ts';
import { asSqsRecord, startLocalStack, type EventTap } from '../../cli/local.ts';
import { silentTelemetry, type Telemetry } from '../../shared/ops/telemetry.ts';
import type { DiffMessage, DiffQueue } from '../../shared/queue/queue.ts';
import type { ObjectStore, PutResult } from '../../shared/storage/store.ts';
import type { S3Store } from '../../shared/storage/s3.ts';
import { tempDataDir } from './workspace.ts';

/** Keeps every message sent, duplicates included (SQS FIFO dedup only covers 5 minutes; the design must not rely on it). */
export class RecordingQueue implements DiffQueue {
  readonly sent: DiffMessage[] = [];
  async send(message: DiffMessage): Promise<void> {
    this.sent.push(structuredClone(message));
  }
}

export function fifoRecord(message: DiffMessage, n: number): SQSRecord {
  return {
    messageId: `diff-${n}`,
    receiptHandle: `diff-${n}`,
    body: JSON.stringify(message),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '0',
      SenderId: 'test',
      ApproximateFirstReceiveTimestamp: '0',
      MessageGroupId: message.corpus,
      MessageDeduplicationId: `${n}`,
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:claimdiff-diff.fifo',
    awsRegion: 'local',
  };
}

/** The errors the handlers reported for failed messages, newest last, so a test that gives up can say why. */
const failures: string[] = [];
const recordingTelemetry: Telemetry = {
  ...silentTelemetry,
  failure: (stage, messageId, error) => {
    failures.push(`${stage} ${messageId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (failures.length > 20) failures.shift();
  },
};
const lastFailure = () => (failures.length ? ` (last error: ${failures[failures.length - 1]})` : '');

export class Harness {
  private constructor(
    readonly store: S3Store,
    readonly endpoint: string,
    readonly events: EventTap,
    private readonly stop: () => Promise<void>,
    private readonly remove: () => void,
  ) {}

  static async start(): Promise<Harness> {
    const data = tempDataDir('claimdiff-harness-');
    const stack = await startLocalStack(data.dir);
    return new Harness(stack.store, stack.endpoint, stack.events, stack.close, data.remove);
  }

  async close(): Promise<void> {
    await this.stop();
    this.remove();
  }

  /** Uploads like a user would and returns the S3 notification the upload caused. */
  async upload(key: string, body: string | Uint8Array): Promise<S3Event> {
    const next = this.events.next(key);
    await this.store.put(key, body);
    return next;
  }

  prepare(deps: { store?: ObjectStore; queue: DiffQueue }) {
    return createPrepareHandler(() => ({ store: deps.store ?? this.store, queue: deps.queue, telemetry: recordingTelemetry }));
  }

  diff(deps: { store?: ObjectStore } = {}) {
    return createDiffHandler(() => ({ store: deps.store ?? this.store, telemetry: recordingTelemetry }));
  }

  /** Every stored object outside incoming/, as text: what "the corpus and every report" consist of. */
  async storedState(): Promise<Map<string, string>> {
    const state = new Map<string, string>();
    for (const prefix of ['corpus/', 'reports/']) {
      for (const key of await this.store.list(prefix)) state.set(key, new TextDecoder().decode((await this.store.get(key))!));
    }
    return state;
  }
}

/** Feeds the prepare handler one notification per SQS record, retrying failed records as SQS would. */
export async function deliverUploads(
  handler: (e: SQSEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>,
  events: S3Event[],
  maxReceives = 5,
): Promise<void> {
  let n = 0;
  for (const event of events) {
    const record = asSqsRecord(event, `prepare-${++n}`);
    for (let attempt = 1; ; attempt++) {
      const out = await handler({ Records: [record] });
      if (out.batchItemFailures.length === 0) break;
      if (attempt >= maxReceives) throw new Error(`prepare kept failing for ${event.Records[0].s3.object.key}${lastFailure()}`);
    }
  }
}

/** Feeds the diff handler the queue's messages in FIFO order, in batches, redelivering failed ones in order. */
export async function deliverDiffs(
  handler: (e: SQSEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>,
  messages: DiffMessage[],
  batchSize = 10,
  maxReceives = 5,
): Promise<void> {
  const pending = messages.map((m, i) => fifoRecord(m, i));
  const receives = new Map<string, number>();
  while (pending.length > 0) {
    const batch = pending.splice(0, batchSize);
    const out = await handler({ Records: batch });
    const failed = new Set(out.batchItemFailures.map((f) => f.itemIdentifier));
    const retry = batch.filter((r) => failed.has(r.messageId));
    if (retry.length === 0) continue;
    const count = (receives.get(retry[0].messageId) ?? 0) + 1;
    receives.set(retry[0].messageId, count);
    if (count >= maxReceives) throw new Error(`diff kept failing for ${retry[0].body}${lastFailure()}`);
    pending.unshift(...retry);
  }
}

/** Fails every write whose key matches, as a document that breaks the stage the same way every time would. */
export class PoisonStore implements ObjectStore {
  healed = false;
  constructor(
    private readonly inner: ObjectStore,
    private readonly poisoned: (key: string) => boolean,
  ) {}
  get = (k: string) => this.inner.get(k);
  head = (k: string) => this.inner.head(k);
  list = (p: string) => this.inner.list(p);
  async put(key: string, body: string | Uint8Array, type?: string): Promise<PutResult> {
    if (!this.healed && this.poisoned(key)) throw new Error(`injected failure writing ${key}`);
    return this.inner.put(key, body, type);
  }
}

/** Wraps a store so that one write fails: before or after it reaches the store (a Lambda dying mid-stage). */
export class CrashingStore implements ObjectStore {
  crashed = false;
  armed = true;
  constructor(
    private readonly inner: ObjectStore,
    private readonly when: (key: string) => boolean,
    private readonly after: boolean,
  ) {}
  get = (k: string) => this.inner.get(k);
  head = (k: string) => this.inner.head(k);
  list = (p: string) => this.inner.list(p);
  async put(key: string, body: string | Uint8Array, type?: string): Promise<PutResult> {
    const crash = this.armed && !this.crashed && this.when(key);
    if (crash && !this.after) {
      this.crashed = true;
      throw new Error(`injected crash before writing ${key}`);
    }
    const out = await this.inner.put(key, body, type);
    if (crash) {
      this.crashed = true;
      throw new Error(`injected crash after writing ${key}`);
    }
    return out;
  }
}

/** Deterministic shuffle (mulberry32), so a failing order can be reproduced from the seed. */
export function shuffle<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
