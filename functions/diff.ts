/** Lambda: prepared documents (SQS FIFO, one group per corpus) → change reports and an updated corpus. */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { processBatch } from '../shared/pipeline/batch.ts';
import { diffUpload, type DiffDeps } from '../shared/pipeline/diff-stage.ts';
import { diffMessageFromRecord } from '../shared/pipeline/events.ts';
import { diffDepsFromEnv } from './aws.ts';

export function createDiffHandler(deps: () => DiffDeps) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const { telemetry } = deps();
    const response = await processBatch(
      event?.Records ?? [],
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

export const handler = createDiffHandler(diffDepsFromEnv);
