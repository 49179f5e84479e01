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
  if (options.ordered)
    return processFifoBatch(
      records,
      () => false,
      ([record]) => handle(record),
      onFailure,
    );
  const failed = new Set<string>();
  await Promise.all(
    records.map(async (record) => {
      try {
        await handle(record);
      } catch (error) {
        onFailure(record, error);
        failed.add(record.messageId);
      }
    }),
  );
  return { batchItemFailures: records.filter((r) => failed.has(r.messageId)).map((r) => ({ itemIdentifier: r.messageId })) };
}

/**
 * A FIFO batch as processBatch's `ordered` mode runs it, except that consecutive records of a group that `together`
 * admits (the previous record of the run, the next) are handled in one call: the diff stage commits such a run of
 * documents at once. A failed run fails each of its records and the rest of its group, as one failed record would.
 */
export async function processFifoBatch(
  records: SQSRecord[],
  together: (previous: SQSRecord, next: SQSRecord) => boolean,
  handle: (run: SQSRecord[]) => Promise<void>,
  onFailure: (record: SQSRecord, error: unknown) => void,
): Promise<SQSBatchResponse> {
  const failed = new Set<string>();
  const groups = new Map<string, SQSRecord[]>();
  for (const r of records) {
    const group = r.attributes?.MessageGroupId ?? '';
    groups.set(group, [...(groups.get(group) ?? []), r]);
  }
  const runsOf = (group: SQSRecord[]) => {
    const runs: SQSRecord[][] = [];
    for (const r of group) {
      const last = runs.at(-1);
      if (last && together(last.at(-1)!, r)) last.push(r);
      else runs.push([r]);
    }
    return runs;
  };
  await Promise.all(
    [...groups.values()].map(async (group) => {
      for (const run of runsOf(group)) {
        try {
          await handle(run);
        } catch (error) {
          for (const record of run) onFailure(record, error);
          for (const rest of group.slice(group.indexOf(run[0]))) failed.add(rest.messageId);
          return;
        }
      }
    }),
  );
  // In the batch's order, as before.
  return { batchItemFailures: records.filter((r) => failed.has(r.messageId)).map((r) => ({ itemIdentifier: r.messageId })) };
}
