import { basename } from 'node:path';
import { progressBar, renderIngestLine, shouldUseColor } from '../../shared/report/render-terminal.ts';
import { CLI, contractEntry, UsageError, whereFlags, type CliArgs, type Io } from '../command.ts';
import { intOption } from '../args.ts';
import { expandInputs } from '../inputs.ts';
import { LOCAL_IN_FLIGHT, openWorkspace, PREPARE_THREAD_FROM, type IngestResult } from '../workspace.ts';

export async function run(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length === 0)
    throw new UsageError('ingest needs at least one file or directory, e.g. npx claimdiff ingest examples');
  const { files, skipped } = expandInputs(args.positionals);
  // Locally several at a time: the next files are prepared while the diff stage works on these (workspace.ts).
  const concurrency = args.bucket ? intOption(args, 'concurrency', 4) : LOCAL_IN_FLIGHT;
  const timeoutMs = intOption(args, 'timeout', 300) * 1000;
  for (const file of skipped) io.err(`skipped ${file}: not a .txt, .html or .htm file\n`);
  const color = shouldUseColor({ isTTY: io.stdoutIsTTY }, io.env);
  const showProgress = !args.json && io.stderrIsTTY && files.length >= 5;
  const workspace = await openWorkspace(args, { prepareThread: files.length >= PREPARE_THREAD_FROM });
  let failures = 0;
  let done = 0;
  const print = (file: string, result: IngestResult) => {
    if (!result.entry) {
      failures++;
      const line = { name: basename(file), sourceKey: null, docId: null, status: 'rejected', reason: result.error, counts: null };
      io.out(args.json ? JSON.stringify(line) + '\n' : `${basename(file)}: failed: ${result.error}\n`);
      return;
    }
    if (result.entry.status === 'rejected') failures++;
    io.out(args.json ? JSON.stringify(contractEntry(result.entry)) + '\n' : renderIngestLine(result.entry, { color }) + '\n');
  };
  try {
    // Results print in input order, whatever order the reports arrive in (several uploads are in flight on a bucket).
    const results: Array<IngestResult | undefined> = new Array(files.length);
    let printed = 0;
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const i = next++;
        if (showProgress) io.err(`\r${progressBar(done, files.length, 30)} ${basename(files[i])}\x1b[K`);
        results[i] = await workspace.ingest(files[i], args.corpus, {
          timeoutMs,
          // Against a bucket the wait is the Lambdas': say so, per file, so a slow stack does not look hung.
          onWaiting: (seconds) => !args.json && io.err(`waiting for the report of ${basename(files[i])} (${seconds} s)\n`),
        });
        done++;
        if (showProgress) io.err('\r\x1b[K');
        while (printed < files.length && results[printed]) print(files[printed], results[printed++]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
    if (showProgress) io.err(`${progressBar(files.length, files.length, 30)} done\n`);
    if (!args.json) {
      const where = args.bucket ? ` in bucket ${args.bucket}` : ` in ${args.data}`;
      io.err(`\nreports stored${where}; read one with: ${CLI} report <name>${whereFlags(args)}  (or --md, --html, --json, --open)\n`);
    }
  } finally {
    await workspace.close();
  }
  return failures > 0 ? 1 : 0;
}
