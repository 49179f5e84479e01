import { listStoryDossiers } from '../stories.ts';
import { UsageError, type CliArgs, type Io } from '../command.ts';
import { openReadWorkspace } from '../workspace.ts';

export async function run(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length > 0)
    throw new UsageError(
      `stories takes no arguments (got ${args.positionals.join(' ')}); to read one: npx claimdiff story <id|title words>`,
    );
  const workspace = await openReadWorkspace(args);
  try {
    const stories = (await listStoryDossiers(workspace.store, args.corpus)).map((d) => d.story);
    if (args.json) {
      for (const s of stories)
        io.out(JSON.stringify({ id: s.id, title: s.title, documents: s.documents, updatedAt: s.updatedAt, disputes: s.disputes }) + '\n');
    } else if (!stories.length) io.out(`no stories in corpus ${args.corpus} yet; add documents with: npx claimdiff ingest <file|dir>\n`);
    else {
      const idWidth = Math.max(2, ...stories.map((s) => s.id.length));
      io.out(`${'id'.padEnd(idWidth)}  docs  disputes  last update          title\n`);
      for (const s of stories) {
        const counts = `${String(s.documents).padStart(4)}  ${String(s.disputes).padStart(8)}`;
        io.out(`${s.id.padEnd(idWidth)}  ${counts}  ${s.updatedAt.slice(0, 19).replace('T', ' ')}  ${s.title}\n`);
      }
    }
    return 0;
  } finally {
    await workspace.close();
  }
}
