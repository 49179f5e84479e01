/**
 * `claimdiff migrate`: brings a corpus stored by an earlier version of claimdiff to the layout the pipeline reads
 * (shared/pipeline/migrate.ts). Run it once per corpus, while nothing is being ingested into it; the pipeline
 * refuses a corpus in an earlier layout and names this command.
 */
import { migrateCorpus } from '../../shared/pipeline/migrate.ts';
import { UsageError, type CliArgs, type Io } from '../command.ts';
import { openReadWorkspace } from '../workspace.ts';

export async function run(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length > 0)
    throw new UsageError(`migrate takes no arguments (got ${args.positionals.join(' ')}); --corpus NAME names the corpus`);
  const workspace = await openReadWorkspace(args);
  try {
    const result = await migrateCorpus(workspace.store, args.corpus);
    if (args.json) io.out(JSON.stringify(result) + '\n');
    else if (result.outcome === 'absent') io.out(`no corpus ${args.corpus} in this store; nothing to migrate\n`);
    else if (result.outcome === 'current') io.out(`corpus ${args.corpus} is already in the current layout\n`);
    else {
      io.out(`corpus ${args.corpus} migrated:\n${result.steps.map((s) => `  ${s}\n`).join('')}`);
      if (result.unread.length)
        io.out(`${result.unread.length} objects of the earlier layout are no longer read and can be deleted, e.g. ${result.unread[0]}\n`);
    }
    return result.outcome === 'absent' ? 1 : 0;
  } finally {
    await workspace.close();
  }
}
