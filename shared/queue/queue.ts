/**
 * The queue port between the two stages. The diff stage must see one corpus's documents one at a time, in order:
 * in AWS that is an SQS FIFO queue with MessageGroupId = corpus; locally an in-process FIFO (local.ts).
 */

/** What the prepare stage tells the diff stage. */
export type DiffMessage =
  | {
      type: 'prepared';
      corpus: string;
      docId: string;
      sourceKey: string;
      name: string;
      /** Identifies this upload (key + version); the same upload redelivered has the same id. */
      uploadId: string;
      uploadedAt: string;
      /**
       * Set when the user asked to try the upload again (`claimdiff retry`): an upload the diff stage gave up on is
       * ingested again in its place. A unique value per request, so the FIFO queue does not drop it as a duplicate.
       */
      retry?: string;
      /**
       * When SQS says the message was sent (ms since the epoch), filled in from the record on receipt and never sent:
       * a DLQ redrive sends anew, so a message sent after its upload was given up asks for it again (give-up.ts).
       */
      sentAt?: number;
    }
  | {
      type: 'rejected';
      corpus: string;
      sourceKey: string;
      name: string;
      uploadId: string;
      uploadedAt: string;
      reason: string;
    };

export interface DiffQueue {
  send(message: DiffMessage): Promise<void>;
}

/** Deduplication id for FIFO: the same upload sent twice within SQS's 5-minute window is delivered once. */
export function deduplicationId(message: DiffMessage): string {
  return `${message.type}-${message.uploadId}${message.type === 'prepared' && message.retry ? `-retry-${message.retry}` : ''}`;
}
