import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { keys } from '../../shared/pipeline/keys.ts';
import { renderHtml } from '../../shared/report/render-html.ts';
import { renderMarkdown } from '../../shared/report/render-markdown.ts';
import { remedyFor, renderTerminal, shouldUseColor } from '../../shared/report/render-terminal.ts';
import { getJson } from '../../shared/storage/store.ts';
import type { Report } from '../../shared/types.ts';
import { CLI, terminalWidth, UsageError, whereFlags, type CliArgs, type Io } from '../command.ts';
import { findUpload, openReadWorkspace } from '../workspace.ts';

export async function run(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length !== 1)
    throw new UsageError(`report needs exactly one <name|docId>; ${CLI} reports${whereFlags(args)} lists them`);
  if ([args.json, args.md, args.html].filter(Boolean).length > 1) throw new UsageError('choose one of --json, --md, --html');
  const workspace = await openReadWorkspace(args);
  try {
    const wanted = args.positionals[0];
    const entry = await findUpload(workspace.store, args.corpus, wanted);
    if (!entry) {
      io.err(
        `claimdiff report: no document called ${JSON.stringify(wanted)} in corpus ${args.corpus}; ` +
          `${CLI} reports${whereFlags(args)} lists them\n`,
      );
      return 1;
    }
    if (entry.status === 'rejected' || !entry.docId) {
      io.err(`claimdiff report: ${entry.sourceKey} was rejected: ${entry.reason}; ${remedyFor(entry.reason)}\n`);
      return 1;
    }
    const stored = await getJson<Report>(workspace.store, keys.reportJson(args.corpus, entry.docId));
    if (!stored) {
      io.err(`claimdiff report: the report of ${entry.name} (${entry.docId}) is missing from the store; ingest the file again\n`);
      return 1;
    }
    if (entry.duplicateOf) io.err(`note: ${entry.name} has the same content as ${entry.duplicateOf}; showing that report\n`);
    if (args.open) {
      // A link to the stored HTML report: presigned (valid one hour) against a deployed stack, a file locally.
      const link = await workspace.linkTo(keys.reportHtml(args.corpus, entry.docId));
      io.out(`${link}\n`);
      if (io.stdoutIsTTY && openInBrowser(link, io.env)) io.err('opened in your browser\n');
      return 0;
    }
    if (args.json) io.out(JSON.stringify(stored, null, 2) + '\n');
    else if (args.md) io.out(renderMarkdown(stored));
    else if (args.html) io.out(renderHtml(stored));
    else io.out(renderTerminal(stored, { color: shouldUseColor({ isTTY: io.stdoutIsTTY }, io.env), width: terminalWidth(io) }) + '\n');
    return 0;
  } finally {
    await workspace.close();
  }
}

/** Hands the link to the desktop's opener (xdg-open) when there is a desktop to open it on; false when there is none. */
function openInBrowser(link: string, env: NodeJS.ProcessEnv): boolean {
  if (process.platform !== 'linux' || !(env.DISPLAY || env.WAYLAND_DISPLAY)) return false;
  const opener = ['/usr/bin/xdg-open', '/usr/local/bin/xdg-open'].find((p) => existsSync(p));
  if (!opener) return false;
  spawn(opener, [link], { detached: true, stdio: 'ignore' }).unref();
  return true;
}
