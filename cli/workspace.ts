/**
 * Where the CLI's commands run: the embedded default (s3rver in --data DIR, handlers driven in-process) or a
 * deployed stack (--bucket: real S3; the deployed Lambdas do the work and the CLI waits for their records).
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { keys, uploadId, uploadKey } from '../shared/pipeline/keys.ts';
import { newestFirst } from '../shared/pipeline/diff-stage.ts';
import { createS3Client, S3Store } from '../shared/storage/s3.ts';
import { getJson, type ObjectStore } from '../shared/storage/store.ts';
import type { ReportListEntry } from '../shared/types.ts';
import { fileTelemetry, LOCAL_BUCKET, LocalPipeline, startLocalStack } from './local.ts';

export interface IngestResult {
  file: string;
  entry: ReportListEntry | null;
  /** Set when the pipeline itself failed on this file (not a rejection of the input). */
  error: string | null;
}

export interface Workspace {
  store: ObjectStore;
  /** A link a browser can open for a stored object: a presigned HTTPS URL on AWS, the file on disk locally. */
  linkTo(key: string): Promise<string>;
  ingest(file: string, corpus: string): Promise<IngestResult>;
  close(): Promise<void>;
}

export async function openWorkspace(args: { data: string; bucket: string | null }): Promise<Workspace> {
  return args.bucket ? deployedWorkspace(args.bucket) : localWorkspace(args.data);
}

async function localWorkspace(dataDir: string): Promise<Workspace> {
  const stack = await startLocalStack(dataDir);
  const pipeline = new LocalPipeline(stack.store, fileTelemetry(dataDir));
  return {
    store: stack.store,
    // s3rver keeps each object as a file next to its metadata.
    linkTo: async (key) => `file://${resolve(dataDir, 's3', LOCAL_BUCKET, key)}._S3rver_object`,
    async ingest(file, corpus) {
      const key = uploadKey(corpus, basename(file));
      const notification = stack.events.next(key);
      await stack.store.put(key, readFileSync(file));
      const event = await notification;
      const object = event.Records[0].s3.object as { eTag?: string; versionId?: string };
      try {
        await pipeline.runPrepare(event);
        await pipeline.runDiff();
      } catch (error) {
        return { file, entry: null, error: (error as Error).message };
      }
      const id = uploadId(key, object.versionId ?? object.eTag ?? null);
      const entry = await getJson<ReportListEntry>(stack.store, keys.upload(corpus, id));
      return { file, entry, error: entry ? null : 'the pipeline wrote no record for this upload; see logs/pipeline.jsonl' };
    },
    close: () => stack.close(),
  };
}

async function deployedWorkspace(bucket: string): Promise<Workspace> {
  const store = new S3Store(createS3Client(), bucket);
  return {
    store,
    linkTo: (key) => store.presignGet(key),
    async ingest(file, corpus) {
      const key = uploadKey(corpus, basename(file));
      const put = await store.put(key, readFileSync(file));
      const id = uploadId(key, put.versionId ?? put.etag?.replace(/"/g, '') ?? null);
      const deadline = Date.now() + 5 * 60_000;
      while (Date.now() < deadline) {
        const entry = await getJson<ReportListEntry>(store, keys.upload(corpus, id));
        if (entry) return { file, entry, error: null };
        await new Promise((r) => setTimeout(r, 2000));
      }
      return { file, entry: null, error: 'no report within 5 minutes; check the DLQs and the function logs' };
    },
    async close() {},
  };
}

/** Every upload record of a corpus, newest first. */
export async function listUploads(store: ObjectStore, corpus: string): Promise<ReportListEntry[]> {
  const found = await store.list(keys.uploadsPrefix(corpus));
  const entries = await Promise.all(found.map((k) => getJson<ReportListEntry>(store, k)));
  return entries.filter((e): e is ReportListEntry => e !== null).sort(newestFirst);
}

/** The newest upload called <name> (base name or key), or the document with that id. */
export async function findUpload(store: ObjectStore, corpus: string, nameOrId: string): Promise<ReportListEntry | null> {
  const all = await listUploads(store, corpus);
  return (
    all.find((e) => e.name === nameOrId || e.sourceKey === nameOrId) ??
    all.find((e) => e.docId === nameOrId) ??
    all.find((e) => e.docId !== null && e.docId.startsWith(nameOrId) && nameOrId.length >= 6) ??
    null
  );
}
