/**
 * The AWS side of the handlers' dependencies, created once per container (module scope, lazily, so importing a
 * handler — as the local CLI does — creates no client).
 */
import { powertoolsTelemetry } from '../shared/ops/powertools.ts';
import type { Telemetry } from '../shared/ops/telemetry.ts';
import { createSqsClient, SqsFifoQueue } from '../shared/queue/sqs.ts';
import { createS3Client, S3Store } from '../shared/storage/s3.ts';
import type { DiffDeps } from '../shared/pipeline/diff-stage.ts';
import type { PrepareDeps } from '../shared/pipeline/prepare.ts';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}

let store: S3Store | undefined;
let telemetry: Telemetry | undefined;
let queue: SqsFifoQueue | undefined;

function shared(): { store: S3Store; telemetry: Telemetry } {
  store ??= new S3Store(createS3Client(), required('BUCKET_NAME'));
  telemetry ??= powertoolsTelemetry();
  return { store, telemetry };
}

export function prepareDepsFromEnv(): PrepareDeps {
  queue ??= new SqsFifoQueue(createSqsClient(), required('DIFF_QUEUE_URL'));
  return { ...shared(), queue };
}

export function diffDepsFromEnv(): DiffDeps {
  return shared();
}
