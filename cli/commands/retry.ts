/**
 * `claimdiff retry <name>`: tries again an upload the diff stage gave up on (shared/pipeline/give-up.ts), in its
 * place in the corpus (later documents are replayed after it). It writes a retry request (shared/pipeline/retry.ts),
 * which the prepare stage turns into the upload's diff message, making the prepared document again first if it is
 * gone or unreadable. Locally the CLI runs both stages on the request; with --bucket the deployed bucket announces it
 * to the prepare function, and the CLI waits for the upload's record to change.
 */
import { keys } from '../../shared/pipeline/keys.ts';
import { cannotRetry, findGivenUp, requestRetry } from '../../shared/pipeline/retry.ts';
import { renderIngestLine, shouldUseColor } from '../../shared/report/render-terminal.ts';
import { getJson, type ObjectStore } from '../../shared/storage/store.ts';
import type { ReportListEntry } from '../../shared/types.ts';
import { intOption } from '../args.ts';
import { CLI, UsageError, whereFlags, type CliArgs, type Io } from '../command.ts';

export async function run(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError('retry needs exactly one <name>: an upload `reports` lists as failed');
  const [wanted] = args.positionals;
  const { corpus } = args;
  const timeoutMs = intOption(args, 'timeout', 300) * 1000;
  const print = (entry: ReportListEntry) => {
    io.out(
      args.json
        ? JSON.stringify(entry) + '\n'
        : renderIngestLine(entry, { color: shouldUseColor({ isTTY: io.stdoutIsTTY }, io.env) }) + '\n',
    );
    return entry.status === 'ok' ? 0 : 1;
  };

  /** The request written, or a message for the user when there is nothing to retry. */
  const ask = async (store: ObjectStore) => {
    const failed = await findGivenUp(store, corpus, wanted);
    if (!failed) {
      return {
        error:
          `no upload called ${JSON.stringify(wanted)} that the pipeline gave up on in corpus ${corpus}; ` +
          `\`${CLI} reports${whereFlags(args)}\` lists failed uploads with their reason`,
      };
    }
    const why = await cannotRetry(store, failed);
    if (why) return { error: why };
    const before = await getJson<ReportListEntry>(store, keys.upload(corpus, failed.uploadId));
    return { request: await requestRetry(store, failed), before };
  };

  if (args.bucket) {
    const { openWorkspace } = await import('../workspace.ts');
    const { store } = await openWorkspace(args);
    const asked = await ask(store);
    if ('error' in asked) {
      io.err(`claimdiff: ${asked.error}\n`);
      return 1;
    }
    // The prepare function picks the request up from the bucket's notification; the diff function rewrites the
    // upload's record: ok, or failed again with a newer time.
    const started = Date.now();
    const changed = (entry: ReportListEntry | null) => entry && (entry.status === 'ok' || entry.givenUpAt !== asked.before?.givenUpAt);
    while (Date.now() - started < timeoutMs) {
      const entry = await getJson<ReportListEntry>(store, keys.upload(corpus, asked.request.uploadId));
      if (changed(entry)) return print(entry!);
      await new Promise((r) => setTimeout(r, Math.min(2000, timeoutMs / 10)));
    }
    io.err(
      `claimdiff: no new result for ${asked.request.name} within ${Math.round(timeoutMs / 1000)} s; ` +
        `the retry is requested (${keys.retryRequest(corpus, asked.request.uploadId)}): ` +
        `check \`${CLI} reports${whereFlags(args)}\` later, or the prepare and diff functions' logs\n`,
    );
    return 1;
  }

  const { startLocalStack } = await import('../local.ts');
  const stack = await startLocalStack(args.data);
  try {
    const { store } = stack;
    // The embedded server announces the request as the bucket would; it is handed to the prepare stage here.
    const asked = await ask(store);
    if ('error' in asked) {
      io.err(`claimdiff: ${asked.error}\n`);
      return 1;
    }
    const event = await stack.events.next(keys.retryRequest(corpus, asked.request.uploadId));
    const driver = await import('../driver.ts');
    const pipeline = new driver.LocalPipeline(store, driver.fileLog(args.data));
    await pipeline.runPrepare(event);
    await pipeline.runDiff();
    const entry = await getJson<ReportListEntry>(store, keys.upload(corpus, asked.request.uploadId));
    if (!entry) {
      io.err(`claimdiff: the retry of ${asked.request.name} wrote no record; see ${args.data}/logs/pipeline.jsonl\n`);
      return 1;
    }
    return print(entry);
  } finally {
    await stack.close();
  }
}
