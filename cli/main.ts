/** The claimdiff command line (../shared/CONTRACT.md). `main` returns the exit code, so tests can call it directly. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { cleanDocument } from '../shared/clean/index.ts';
import { decodeUpload, RejectedInput } from '../shared/pipeline/input.ts';
import { isValidCorpusName, keys } from '../shared/pipeline/keys.ts';
import { renderHtml } from '../shared/report/render-html.ts';
import { renderMarkdown } from '../shared/report/render-markdown.ts';
import { progressBar, renderIngestLine, renderReportsTable, renderTerminal, shouldUseColor } from '../shared/report/render-terminal.ts';
import { getJson } from '../shared/storage/store.ts';
import type { Report, ReportListEntry } from '../shared/types.ts';
import { parseCli, USAGE, UsageError, type CliArgs } from './args.ts';
import { findUpload, listUploads, openWorkspace } from './workspace.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
};

const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCli(argv);
    if (args.help || args.command === 'help') {
      io.out(USAGE + '\n');
      return 0;
    }
    if (!isValidCorpusName(args.corpus)) throw new UsageError(`--corpus ${JSON.stringify(args.corpus)}: use 1-63 letters, digits, '.', '_' or '-'`);
    switch (args.command) {
      case 'ingest':
        return await ingest(args, io);
      case 'report':
        return await report(args, io);
      case 'reports':
        return await reports(args, io);
      case 'clean':
        return await clean(args, io);
      default:
        throw new UsageError(args.command ? `unknown command ${JSON.stringify(args.command)}` : 'no command given');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`claimdiff: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.err(`claimdiff: ${(error as Error).message}\n`);
    return 1;
  }
}

/** Files in the order given; a directory contributes its .txt/.html/.htm files sorted by name. */
export function expandInputs(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`${path}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const inside = readdirSync(path)
        .filter((n) => ARTICLE_EXTENSIONS.has(extname(n).toLowerCase()))
        .sort()
        .map((n) => join(path, n))
        .filter((f) => statSync(f).isFile());
      if (inside.length === 0) throw new UsageError(`${path}: no .txt, .html or .htm files inside`);
      files.push(...inside);
    } else files.push(path);
  }
  return files;
}

async function ingest(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('ingest needs at least one file or directory');
  const files = expandInputs(args.positionals);
  const color = shouldUseColor({ isTTY: io.stdoutIsTTY }, io.env);
  const showProgress = !args.json && io.stderrIsTTY && files.length >= 5;
  const workspace = await openWorkspace(args);
  let failures = 0;
  try {
    for (const [i, file] of files.entries()) {
      if (showProgress) io.err(`\r${progressBar(i, files.length, 30)} ${basename(file)}\x1b[K`);
      const result = await workspace.ingest(file, args.corpus);
      if (showProgress) io.err('\r\x1b[K');
      if (!result.entry) {
        failures++;
        const line = { name: basename(file), sourceKey: null, docId: null, status: 'rejected', reason: result.error, counts: null };
        io.out(args.json ? JSON.stringify(line) + '\n' : `${basename(file)}: failed: ${result.error}\n`);
        continue;
      }
      if (result.entry.status === 'rejected') failures++;
      io.out(args.json ? JSON.stringify(contractEntry(result.entry)) + '\n' : renderIngestLine(result.entry, { color }) + '\n');
    }
    if (showProgress) io.err(`${progressBar(files.length, files.length, 30)} done\n`);
    if (!args.json && !args.bucket) {
      const where = args.data === './.claimdiff' ? '' : ` --data ${args.data}`;
      io.err(`\nreports stored in ${args.data} — read one with: claimdiff report <name>${where}  (or --md, --html, --json)\n`);
    }
  } finally {
    await workspace.close();
  }
  return failures > 0 ? 1 : 0;
}

/** The fields the contract names first, then the extras. */
function contractEntry(e: ReportListEntry): Record<string, unknown> {
  const { name, sourceKey, docId, status, reason, counts, ...extra } = e;
  return { name, sourceKey, docId, status, reason, counts, ...extra };
}

async function report(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError('report needs exactly one <name|docId>');
  if ([args.json, args.md, args.html].filter(Boolean).length > 1) throw new UsageError('choose one of --json, --md, --html');
  const workspace = await openWorkspace(args);
  try {
    const wanted = args.positionals[0];
    const entry = await findUpload(workspace.store, args.corpus, wanted);
    if (!entry) {
      io.err(`claimdiff: no document called ${JSON.stringify(wanted)} in corpus ${args.corpus}; \`claimdiff reports\` lists them\n`);
      return 1;
    }
    if (entry.status === 'rejected' || !entry.docId) {
      io.err(`claimdiff: ${entry.sourceKey} was rejected: ${entry.reason}\n`);
      return 1;
    }
    const stored = await getJson<Report>(workspace.store, keys.reportJson(args.corpus, entry.docId));
    if (!stored) {
      io.err(`claimdiff: the report of ${entry.name} (${entry.docId}) is missing from the store\n`);
      return 1;
    }
    if (entry.duplicateOf) io.err(`note: ${entry.name} has the same content as ${entry.duplicateOf}; showing that report\n`);
    if (args.open) {
      // A link to the stored HTML report: presigned (valid one hour) against a deployed stack, a file locally.
      io.out(`${await workspace.linkTo(keys.reportHtml(args.corpus, entry.docId))}\n`);
      return 0;
    }
    if (args.json) io.out(JSON.stringify(stored, null, 2) + '\n');
    else if (args.md) io.out(renderMarkdown(stored));
    else if (args.html) io.out(renderHtml(stored));
    else io.out(renderTerminal(stored, { color: shouldUseColor({ isTTY: io.stdoutIsTTY }, io.env), width: terminalWidth() }) + '\n');
    return 0;
  } finally {
    await workspace.close();
  }
}

async function reports(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length > 0) throw new UsageError('reports takes no arguments');
  const workspace = await openWorkspace(args);
  try {
    const entries = await listUploads(workspace.store, args.corpus);
    if (args.json) for (const e of entries) io.out(JSON.stringify(contractEntry(e)) + '\n');
    else if (entries.length === 0) io.out(`no documents in corpus ${args.corpus} yet\n`);
    else io.out(renderReportsTable(entries, { color: shouldUseColor({ isTTY: io.stdoutIsTTY }, io.env), width: terminalWidth() }) + '\n');
    return 0;
  } finally {
    await workspace.close();
  }
}

async function clean(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('clean needs at least one file');
  const files = expandInputs(args.positionals);
  if (args.out) mkdirSync(args.out, { recursive: true });
  let failures = 0;
  for (const file of files) {
    let result;
    try {
      const decoded = decodeUpload(readFileSync(file));
      result = await cleanDocument(decoded.text, { name: basename(file) });
    } catch (error) {
      if (!(error instanceof RejectedInput)) throw error;
      failures++;
      io.err(`claimdiff: ${file}: rejected: ${error.message}\n`);
      continue;
    }
    const json = { title: result.title, byline: result.byline, published: result.published, body: result.body, removed: result.removed };
    if (args.out) writeFileSync(join(args.out, outputName(file, files)), result.body + '\n');
    if (args.json) io.out(files.length === 1 && !args.out ? JSON.stringify(json, null, 2) + '\n' : JSON.stringify({ file, ...json }) + '\n');
    else if (!args.out) io.out(files.length === 1 ? result.body + '\n' : `==> ${file} <==\n${result.body}\n\n`);
  }
  return failures > 0 ? 1 : 0;
}

/** DIR/<base name without extension>.txt; when two inputs share a stem (a.txt, a.html), the full name keeps them apart. */
export function outputName(file: string, all: string[]): string {
  const stem = (f: string) => basename(f, extname(f));
  const clash = all.some((other) => other !== file && stem(other) === stem(file));
  return (clash ? basename(file) : stem(file)) + '.txt';
}

function terminalWidth(): number {
  return process.stdout.columns || 100;
}
