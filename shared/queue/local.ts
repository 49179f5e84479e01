import type { SQSRecord } from 'aws-lambda';
import { deduplicationId, type DiffMessage, type DiffQueue } from './queue.ts';

/**
 * In-process stand-in for the SQS FIFO queue, used by the local CLI and tests. It keeps SQS FIFO semantics that the
 * pipeline relies on: order within a message group, and deduplication by MessageDeduplicationId. Records it hands
 * out have the shape a FIFO event source gives the diff Lambda.
 */
export class LocalFifoQueue implements DiffQueue {
  private readonly pending: DiffMessage[] = [];
  private readonly seen = new Set<string>();
  private sequence = 0;

  async send(message: DiffMessage): Promise<void> {
    const id = deduplicationId(message);
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.pending.push(structuredClone(message));
  }

  get size(): number {
    return this.pending.length;
  }

  /** The uploads whose messages wait in the queue (not those handed out and not yet put back). */
  waitingUploads(): Set<string> {
    return new Set(this.pending.map((m) => m.uploadId));
  }

  /** Takes up to `max` messages of the oldest group, in order, as FIFO SQS records. */
  receive(max = 10): SQSRecord[] {
    if (this.pending.length === 0) return [];
    const group = this.pending[0].corpus;
    const out: SQSRecord[] = [];
    for (let i = 0; i < this.pending.length && out.length < max; ) {
      if (this.pending[i].corpus === group) out.push(toRecord(this.pending.splice(i, 1)[0], ++this.sequence));
      else i++;
    }
    return out;
  }

  /** Puts back records the consumer reported as failed, at the front, so their order is kept. */
  requeue(records: SQSRecord[]): void {
    this.pending.unshift(...records.map((r) => JSON.parse(r.body) as DiffMessage));
  }
}

function toRecord(message: DiffMessage, sequence: number): SQSRecord {
  const now = Date.now().toString();
  return {
    messageId: `local-${sequence}`,
    receiptHandle: `local-${sequence}`,
    body: JSON.stringify(message),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: now,
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: now,
      SequenceNumber: String(sequence).padStart(20, '0'),
      MessageGroupId: message.corpus,
      MessageDeduplicationId: deduplicationId(message),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:claimdiff-diff.fifo',
    awsRegion: 'local',
  };
}
