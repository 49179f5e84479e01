/** Lambda: prepared documents (SQS FIFO, one group per corpus) → change reports and an updated corpus. */
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { processFifoBatch } from '../shared/pipeline/batch.ts';
import { diffUploads, type DiffDeps } from '../shared/pipeline/diff-stage.ts';
import type { DiffMessage } from '../shared/queue/queue.ts';
import { diffMessageFromRecord } from '../shared/pipeline/events.ts';
import { diffDepsFromEnv } from './aws.ts';

export function createDiffHandler(deps: () => DiffDeps) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const { telemetry } = deps();
    // Consecutive prepared documents of a corpus are diffed together: one commit of what they all rewrite.
    const prepared = (r: SQSRecord) => {
      const m = diffMessageFromRecord(r);
      return 'skipped' in m ? null : m.type === 'prepared' ? m.corpus : null;
    };
    const response = await processFifoBatch(
      inUploadOrder(event?.Records ?? []),
      (previous, next) => prepared(previous) !== null && prepared(previous) === prepared(next),
      async (run) => {
        const messages: DiffMessage[] = [];
        for (const record of run) {
          const message = diffMessageFromRecord(record);
          if ('skipped' in message)
            telemetry.stage({ stage: 'diff', corpus: null, key: null, docId: null, ms: 0, outcome: 'skipped', reason: message.skipped });
          else messages.push(message);
        }
        if (messages.length) await diffUploads(deps(), messages);
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
