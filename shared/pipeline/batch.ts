import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';

/**
 * Runs one SQS batch with partial batch responses: only the records that failed are redelivered.
 *
 * Unordered (a standard queue): the records run at once, so their storage round trips overlap instead of adding up
 * (a batch of 10 uploads waited 10 × 3 round trips one after another).
 *
 * `ordered` (FIFO): the records of one message group run one after another, and after a failure the rest of that
 * group are not attempted and are reported failed too, so a corpus's documents are never diffed out of order.
 * Different groups (corpora) share nothing, so they run at once, as they would in separate invocations.
 *
 * This is what Powertools' batch utility does (`@aws-lambda-powertools/batch`): BatchProcessor with
 * processInParallel for a standard queue, SqsFifoPartialProcessorAsync with `skipGroupOnError: true` for FIFO (a
 * failure fails the rest of its own group only, not the whole batch as its default does). Two differences, both
 * deliberate: the groups of a FIFO batch run at once instead of one after another (their order is kept within each
 * group, which is all FIFO promises), and a batch in which every record failed is answered with every record as a
 * failure instead of an error (FullBatchFailureError): SQS redelivers the same records either way, and the
 * handler's failure lines are already logged. test/pipeline/batch.test.ts checks each rule; the poison test runs a
 * batch of two corpora through the deployed handler code.
 */
export async function processBatch(
  records: SQSRecord[],
  options: { ordered: boolean },
  handle: (record: SQSRecord) => Promise<void>,
  onFailure: (record: SQSRecord, error: unknown) => void,
): Promise<SQSBatchResponse> {
  const failed = new Set<string>();
  const attempt = async (record: SQSRecord) => {
    try {
      await handle(record);
      return true;
    } catch (error) {
      onFailure(record, error);
      failed.add(record.messageId);
      return false;
    }
  };
  if (!options.ordered) await Promise.all(records.map(attempt));
  else {
    const groups = new Map<string, SQSRecord[]>();
    for (const r of records) {
      const group = r.attributes?.MessageGroupId ?? '';
      groups.set(group, [...(groups.get(group) ?? []), r]);
    }
    await Promise.all(
      [...groups.values()].map(async (group) => {
        for (const [i, record] of group.entries()) {
          if (await attempt(record)) continue;
          for (const rest of group.slice(i + 1)) failed.add(rest.messageId);
          return;
        }
      }),
    );
  }
  // In the batch's order, as before.
  return { batchItemFailures: records.filter((r) => failed.has(r.messageId)).map((r) => ({ itemIdentifier: r.messageId })) };
}
