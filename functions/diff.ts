/** Lambda: prepared documents (SQS FIFO, one group per corpus) → change reports and an updated corpus. */
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { processBatch } from '../shared/pipeline/batch.ts';
import { diffUpload, type DiffDeps } from '../shared/pipeline/diff-stage.ts';
import { diffMessageFromRecord } from '../shared/pipeline/events.ts';
import { diffDepsFromEnv } from './aws.ts';

export function createDiffHandler(deps: () => DiffDeps) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const { telemetry } = deps();
    const response = await processBatch(
      inUploadOrder(event?.Records ?? []),
      { ordered: true },
      async (record) => {
        const message = diffMessageFromRecord(record);
        if ('skipped' in message) {
          telemetry.stage({ stage: 'diff', corpus: null, key: null, docId: null, ms: 0, outcome: 'skipped', reason: message.skipped });
          return;
        }
        await diffUpload(deps(), message);
      },
      (record, error) => telemetry.failure('diff', record.messageId, error),
    );
    telemetry.flush();
    return response;
  };
}

/**
 * A FIFO batch holds one corpus's messages in send order, which is the order the prepare stage finished, not the
 * order of upload. Processing the batch in upload order spares the stage most re-orderings (replays).
 */
function inUploadOrder(records: SQSRecord[]): SQSRecord[] {
  const key = (r: SQSRecord) => {
    const m = diffMessageFromRecord(r);
    return 'skipped' in m ? '' : `${m.corpus}\u0000${m.uploadedAt}\u0000${m.sourceKey}`;
  };
  return [...records].sort((a, b) => key(a).localeCompare(key(b)));
}

export const handler = createDiffHandler(diffDepsFromEnv);
