import type { FindingCounts } from '../types.ts';

/** One structured line per document per stage: what operators search and alarm on. */
export interface StageRecord {
  stage: 'prepare' | 'diff';
  corpus: string | null;
  key: string | null;
  docId: string | null;
  ms: number;
  outcome:
    | 'prepared'
    | 'already-prepared'
    | 'rejected'
    | 'skipped'
    | 'reported'
    | 'already-reported'
    | 'duplicate'
    | 'failed'
    | 'indexed-rejection'
    | 'retry-sent';
  reason?: string | null;
  counts?: FindingCounts | null;
}

export interface Telemetry {
  stage(record: StageRecord): void;
  /** A batch failed to process and will be redelivered. */
  failure(stage: StageRecord['stage'], messageId: string, error: unknown): void;
  /** Called once at the end of every invocation (metrics are buffered until then). */
  flush(): void;
}

export const silentTelemetry: Telemetry = { stage() {}, failure() {}, flush() {} };

/** Local runs: the same lines as in Lambda, appended to a file next to the embedded store. */
export function lineTelemetry(write: (line: string) => void): Telemetry {
  return {
    stage: (record) => write(JSON.stringify({ level: 'INFO', timestamp: new Date().toISOString(), ...record })),
    failure: (stage, messageId, error) =>
      write(
        JSON.stringify({
          level: 'ERROR',
          timestamp: new Date().toISOString(),
          stage,
          messageId,
          error: String((error as Error)?.stack ?? error),
        }),
      ),
    flush() {},
  };
}
