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
  /** Documents the diff stage committed together with this one, itself included (a FIFO batch's group commit). */
  batch?: number;
}

/** What a stage did instead of failing, and why. */
export interface FallbackRecord {
  stage: StageRecord['stage'];
  corpus: string | null;
  /** The object concerned. */
  key: string | null;
  /** What the stage did instead, e.g. "read as absent". */
  fallback: string;
  /** The error that made it do so. */
  reason: string;
}

export interface Telemetry {
  stage(record: StageRecord): void;
  /** A batch failed to process and will be redelivered. */
  failure(stage: StageRecord['stage'], messageId: string, error: unknown): void;
  /**
   * A step failed and the stage went on without it (a corrupt shard read as absent, a record that could not be
   * written): nothing is redelivered, so this line is the only trace of why.
   */
  fallback(record: FallbackRecord): void;
  /** Called once at the end of every invocation (metrics are buffered until then). */
  flush(): void;
}

export const silentTelemetry: Telemetry = { stage() {}, failure() {}, fallback() {}, flush() {} };

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
    fallback: (record) => write(JSON.stringify({ level: 'WARN', timestamp: new Date().toISOString(), ...record })),
    flush() {},
  };
}
