/** Lambda: S3 upload notifications (via SQS) → prepared documents on the diff queue. */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { processBatch } from '../shared/pipeline/batch.ts';
import { uploadsFromSqsRecord } from '../shared/pipeline/events.ts';
import { prepareUpload, type PrepareDeps } from '../shared/pipeline/prepare.ts';
import { prepareDepsFromEnv } from './aws.ts';

export function createPrepareHandler(deps: () => PrepareDeps) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const { telemetry } = deps();
    const response = await processBatch(
      event?.Records ?? [],
      { ordered: false },
      async (record) => {
        const { uploads, skipped } = uploadsFromSqsRecord(record);
        for (const reason of skipped)
          telemetry.stage({ stage: 'prepare', corpus: null, key: null, docId: null, ms: 0, outcome: 'skipped', reason });
        for (const upload of uploads) await prepareUpload(deps(), upload);
      },
      (record, error) => telemetry.failure('prepare', record.messageId, error),
    );
    telemetry.flush();
    return response;
  };
}

export const handler = createPrepareHandler(prepareDepsFromEnv);
