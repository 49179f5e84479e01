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
