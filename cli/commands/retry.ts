/**
 * `claimdiff retry <name>`: tries again an upload the diff stage gave up on (shared/pipeline/give-up.ts), in its
 * place in the corpus (later documents are replayed after it). A prepared document that has gone missing is prepared
 * again from the stored upload first (also one that is unreadable), provided its bytes are still the ones uploaded. The embedded store only: in a
 * deployed stack the same happens when the upload's diff message is sent again with a `retry` field.
 */
import type { CorpusHead } from '../../shared/pipeline/diff-stage.ts';
import { decodeUpload } from '../../shared/pipeline/input.ts';
import { documentId, keys, parseUploadKey } from '../../shared/pipeline/keys.ts';
import { prepareDocument } from '../../shared/pipeline/prepare.ts';
import { renderIngestLine, shouldUseColor } from '../../shared/report/render-terminal.ts';
import { getJson, putJson } from '../../shared/storage/store.ts';
import type { ReportListEntry } from '../../shared/types.ts';
import { CLI, UsageError, type CliArgs, type Io } from '../command.ts';

export async function run(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError('retry needs exactly one <name>: an upload `reports` lists as failed');
  if (args.bucket) {
    throw new UsageError('retry works on the embedded store; for a deployed stack, send the upload\'s diff message again with a "retry" field (or redrive the diff DLQ)');
  }
  const [wanted] = args.positionals;
  const { corpus } = args;
  const { startLocalStack } = await import('../local.ts');
  const stack = await startLocalStack(args.data);
  try {
    const { store } = stack;
    const head = await getJson<CorpusHead>(store, keys.head(corpus));
    const inLog = [...(head?.log ?? [])].reverse().find((e) => e.failed && (e.name === wanted || e.sourceKey === wanted));
    // Given up before it had a place in the log (its prepared document was missing): its newest upload record.
    const byName = inLog ? null : await getJson<ReportListEntry & { uploadId?: string }>(store, keys.name(corpus, wanted));
    const failed = inLog ?? (byName?.failed && byName.uploadId ? { ...byName, uploadId: byName.uploadId, uploadedAt: byName.ingestedAt, docId: null } : null);
    if (!failed) {
      io.err(`claimdiff: no upload called ${JSON.stringify(wanted)} that the pipeline gave up on in corpus ${corpus}; \`${CLI} reports\` lists failed uploads with their reason\n`);
      return 1;
    }
    const bytes = await store.get(failed.sourceKey);
    if (!bytes) {
      io.err(`claimdiff: ${failed.sourceKey} is no longer stored; upload it again with ${CLI} ingest\n`);
      return 1;
    }
    const docId = failed.docId ?? documentId(bytes);
    if (docId !== documentId(bytes)) {
      io.err(`claimdiff: ${failed.sourceKey} was overwritten since it was uploaded; ingest the new file instead\n`);
      return 1;
    }
    // Gone, or unreadable (cut short): made again from the upload, as prepare would.
    if (!(await getJson(store, keys.prepared(corpus, docId), { ifCorrupt: 'absent' }))) {
      const decoded = decodeUpload(bytes);
      const location = parseUploadKey(failed.sourceKey);
      await putJson(store, keys.prepared(corpus, docId), await prepareDocument(decoded.text, decoded.notes, { id: docId, location, uploadedAt: failed.uploadedAt }));
    }
    const driver = await import('../driver.ts');
    const pipeline = new driver.LocalPipeline(store, driver.fileTelemetry(args.data));
    const retry = new Date().toISOString(); // unique per request, so it is not taken for a duplicate delivery
    await pipeline.queue.send({ type: 'prepared', corpus, docId, sourceKey: failed.sourceKey, name: failed.name, uploadId: failed.uploadId, uploadedAt: failed.uploadedAt, retry });
    await pipeline.runDiff();
    const entry = await getJson<ReportListEntry>(store, keys.upload(corpus, failed.uploadId));
    if (!entry) {
      io.err(`claimdiff: the retry of ${failed.name} wrote no record; see ${args.data}/logs/pipeline.jsonl\n`);
      return 1;
    }
    io.out(args.json ? JSON.stringify(entry) + '\n' : renderIngestLine(entry, { color: shouldUseColor({ isTTY: io.stdoutIsTTY }, io.env) }) + '\n');
    return entry.status === 'ok' ? 0 : 1;
  } finally {
    await stack.close();
  }
}
