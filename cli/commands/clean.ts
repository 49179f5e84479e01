import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { stripControls } from '../../shared/clean/controls.ts';
import { cleanDocument } from '../../shared/clean/index.ts';
import { decodeUpload, RejectedInput } from '../../shared/pipeline/input.ts';
import { UsageError, type CliArgs, type Io } from '../command.ts';
import { expandInputs } from '../inputs.ts';

export async function run(args: CliArgs, io: Io): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('clean needs at least one file');
  const { files, skipped } = expandInputs(args.positionals);
  for (const file of skipped) io.err(`claimdiff clean: skipped ${stripControls(file)} (not .txt, .html or .htm)\n`);
  if (args.out) mkdirSync(args.out, { recursive: true });
  let failures = 0;
  for (const file of files) {
    let result: Awaited<ReturnType<typeof cleanDocument>>;
    try {
      const decoded = decodeUpload(readFileSync(file));
      result = await cleanDocument(decoded.text, { name: basename(file) });
      // How the bytes were read comes first among the removed lines, as in the pipeline's reports.
      result.removed.unshift(...decoded.notes.map((text) => ({ text, reason: 'decoding' })));
    } catch (error) {
      if (!(error instanceof RejectedInput)) throw error;
      failures++;
      io.err(`claimdiff clean: ${stripControls(file)}: rejected: ${stripControls(error.message)}\n`);
      continue;
    }
    const json = { title: result.title, byline: result.byline, published: result.published, body: result.body, removed: result.removed };
    if (args.out) writeFileSync(join(args.out, outputName(file, files)), result.body + '\n');
    if (args.json)
      io.out(files.length === 1 && !args.out ? JSON.stringify(json, null, 2) + '\n' : JSON.stringify({ file, ...json }) + '\n');
    else if (!args.out) io.out(files.length === 1 ? result.body + '\n' : `==> ${stripControls(file)} <==\n${result.body}\n\n`);
  }
  return failures > 0 ? 1 : 0;
}

/** DIR/<base name without extension>.txt; when two inputs share a stem (a.txt, a.html), the full name keeps them apart. */
export function outputName(file: string, all: string[]): string {
  const stem = (f: string) => basename(f, extname(f));
  const clash = all.some((other) => other !== file && stem(other) === stem(file));
  return (clash ? basename(file) : stem(file)) + '.txt';
}
