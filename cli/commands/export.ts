import { join } from 'node:path';
import { CLI, UsageError, whereFlags, type CliArgs, type Io } from '../command.ts';
import { exportCorpus } from '../export.ts';
import { openReadWorkspace } from '../workspace.ts';

export async function run(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length > 0)
    throw new UsageError(`export takes no arguments (got ${args.positionals.join(' ')}); give the folder with --out DIR`);
  if (!args.out) throw new UsageError('export needs --out DIR, the folder to write the reports to');
  const workspace = await openReadWorkspace(args);
  try {
    const { folder, written } = await exportCorpus(workspace.store, args.corpus, args.out);
    if (written === 0) {
      io.err(
        `claimdiff export: corpus ${args.corpus} has no reports yet; ingest some first: ${CLI} ingest <file|dir>${whereFlags(args)}\n`,
      );
      return 1;
    }
    io.err(`wrote ${written} files to ${folder}\n`);
    io.out(`${join(folder, 'index.html')}\n`);
    return 0;
  } finally {
    await workspace.close();
  }
}
