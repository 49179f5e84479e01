import { renderDossierHtml, renderDossierMarkdown } from '../../shared/dossier/render.ts';
import { UsageError, whereFlags, type CliArgs, type Io } from '../command.ts';
import { findStory, listStoryDossiers, renderDossierTerminal } from '../stories.ts';
import { openReadWorkspace } from '../workspace.ts';

export async function run(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length === 0)
    throw new UsageError('story needs a story id or words of its title; `npx claimdiff stories` lists them');
  if ([args.json, args.md, args.html].filter(Boolean).length > 1) throw new UsageError('choose one of --json, --md, --html');
  const workspace = await openReadWorkspace(args);
  try {
    const wanted = args.positionals.join(' ');
    const found = findStory(await listStoryDossiers(workspace.store, args.corpus), wanted);
    if (!found.dossier) {
      io.err(
        `claimdiff: no story ${JSON.stringify(wanted)} in corpus ${args.corpus}; ` +
          `list them with: npx claimdiff stories${whereFlags(args)}\n`,
      );
      return 1;
    }
    if (found.others.length)
      io.err(
        `note: ${found.others.length + 1} stories match ${JSON.stringify(wanted)}; ` +
          `showing the most recently updated (${found.dossier.story.id}); the others: ${found.others.map((d) => d.story.id).join(', ')}\n`,
      );
    const d = found.dossier;
    if (args.json) io.out(JSON.stringify(d, null, 2) + '\n');
    else if (args.md) io.out(renderDossierMarkdown(d));
    else if (args.html) io.out(renderDossierHtml(d));
    else io.out(renderDossierTerminal(d) + '\n');
    return 0;
  } finally {
    await workspace.close();
  }
}
