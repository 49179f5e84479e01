import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';

/**
 * Runs one SQS batch with partial batch responses: only the records that failed are redelivered.
 * `ordered` (FIFO): after a failure the remaining records of the batch are not attempted and are reported failed
 * too, so a corpus's documents are never diffed out of order.
 */
export async function processBatch(
  records: SQSRecord[],
  options: { ordered: boolean },
  handle: (record: SQSRecord) => Promise<void>,
  onFailure: (record: SQSRecord, error: unknown) => void,
): Promise<SQSBatchResponse> {
  const failed: string[] = [];
  for (const record of records) {
    if (options.ordered && failed.length > 0) {
      failed.push(record.messageId);
      continue;
    }
    try {
      await handle(record);
    } catch (error) {
      onFailure(record, error);
      failed.push(record.messageId);
    }
  }
  return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
}
