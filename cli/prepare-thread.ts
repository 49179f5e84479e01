/**
 * The prepare stage of a local `ingest` on a thread of its own (prepare-worker.ts runs there). Cleaning an article
 * (jsdom and Readability for HTML) and extracting its claims cost ~20 ms of CPU a document; on the pipeline's thread
 * they took turns with the diff stage, so a machine's second core waited. On their own thread the next batch is
 * prepared while the diff stage commits the one before, as the two Lambdas do in AWS.
 *
 * The thread answers each notification with what its handler did (messages for the diff queue, log lines, objects
 * written), and the pipeline's thread applies them in upload order (driver.ts applyPrepared), so the queue, the log
 * and the stored objects are what the same handler leaves on the pipeline's own thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { S3Event } from 'aws-lambda';
import type { DiffMessage } from '../shared/queue/queue.ts';

export interface PrepareRequest {
  id: number;
  event: S3Event;
  messageId: string;
  /** The bytes of the upload the event names, when the caller uploaded them itself. */
  uploaded: Uint8Array | null;
}

export interface PrepareReply {
  id: number;
  messages: DiffMessage[];
  /** Log lines, as the handler wrote them (ops/telemetry.ts lineTelemetry). */
  lines: string[];
  written: Array<{ key: string; bytes: Uint8Array }>;
  /** Set when the handler failed every delivery (driver.ts prepareWithRedelivery). */
  error: string | null;
}

/**
 * How the thread's script is started. From the built CLI it is dist/prepare-worker.js, beside this module's chunk
 * (scripts/build-cli.mjs builds it as an entry). From the TypeScript sources (tests, `tsx`), the thread registers
 * tsx's loader first: a worker starts without the loaders of the thread that made it.
 */
const BOOT = `
const { workerData, parentPort } = require('node:worker_threads');
(async () => {
  if (workerData.loader) (await import(workerData.loader)).register();
  await import(workerData.script);
})().catch((error) => parentPort.postMessage({ id: -1, error: 'the prepare thread did not start: ' + error.message }));
`;

function scriptOf(): { script: string; loader: string | null } {
  const fromSources = import.meta.url.endsWith('.ts');
  if (!fromSources) return { script: new URL('./prepare-worker.js', import.meta.url).href, loader: null };
  // tsx's ESM entry, as its package's exports name it (an eval'd script cannot resolve a package name itself).
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const entry = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports[
    './esm/api'
  ].import.default;
  return { script: new URL('./prepare-worker.ts', import.meta.url).href, loader: pathToFileURL(join(dirname(manifest), entry)).href };
}

export class PrepareThread {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (reply: PrepareReply) => void; reject: (error: Error) => void }>();
  private ids = 0;

  constructor(
    private readonly endpoint: string,
    private readonly bucket: string,
  ) {}

  /** Prepares the upload of the notification on the thread (started on first use, and again if it stopped). */
  prepare(event: S3Event, messageId: string, uploaded?: Uint8Array): Promise<PrepareReply> {
    const worker = (this.worker ??= this.start());
    const id = ++this.ids;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, event, messageId, uploaded: uploaded ?? null } satisfies PrepareRequest);
    });
  }

  private start(): Worker {
    const worker = new Worker(BOOT, { eval: true, workerData: { ...scriptOf(), endpoint: this.endpoint, bucket: this.bucket } });
    const stopped = (why: string) => {
      if (this.worker === worker) this.worker = null;
      for (const w of this.waiting.values()) w.reject(new Error(why));
      this.waiting.clear();
    };
    worker.on('message', (reply: PrepareReply | { id: -1; error: string }) => {
      if (reply.id === -1) return stopped(reply.error ?? 'the prepare thread did not start');
      const w = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      w?.resolve(reply as PrepareReply);
    });
    worker.on('error', (error) => stopped(`the prepare thread failed: ${error.message}`));
    worker.on('exit', (code) => stopped(`the prepare thread stopped (exit code ${code})`));
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
