import { renderReportsTable, shouldUseColor } from '../../shared/report/render-terminal.ts';
import { intOption } from '../args.ts';
import { contractEntry, UsageError, terminalWidth, type CliArgs, type Io } from '../command.ts';
import { listUploads, openReadWorkspace } from '../workspace.ts';

export async function run(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length > 0)
    throw new UsageError(`reports takes no arguments (got ${args.positionals.join(' ')}); to read one: npx claimdiff report <name>`);
  const limit = intOption(args, 'limit', Infinity);
  const workspace = await openReadWorkspace(args);
  try {
    const entries = await listUploads(workspace.store, args.corpus, limit);
    if (args.json) for (const e of entries) io.out(JSON.stringify(contractEntry(e)) + '\n');
    else if (entries.length === 0) io.out(`no documents in corpus ${args.corpus} yet; add some with: npx claimdiff ingest <file|dir>\n`);
    else io.out(renderReportsTable(entries, { color: shouldUseColor({ isTTY: io.stdoutIsTTY }, io.env), width: terminalWidth(io) }) + '\n');
    return 0;
  } finally {
    await workspace.close();
  }
}
