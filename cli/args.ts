import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const USAGE = `claimdiff — diff the claims of news articles against a stored corpus

Usage:
  claimdiff ingest <file|dir>... [--data DIR] [--corpus NAME] [--json] [--bucket NAME]
  claimdiff report <name|docId> [--json|--md|--html] [--data DIR] [--corpus NAME] [--bucket NAME] [--open]
  claimdiff reports [--data DIR] [--corpus NAME] [--json] [--bucket NAME]
  claimdiff clean <file>... [--out DIR] [--json]

--data DIR     the embedded store (default ./.claimdiff); --bucket NAME uses a deployed stack instead
--corpus NAME  corpus to work in (default "default")`;

const OPTIONS = {
  data: { type: 'string' },
  corpus: { type: 'string' },
  bucket: { type: 'string' },
  json: { type: 'boolean' },
  md: { type: 'boolean' },
  html: { type: 'boolean' },
  open: { type: 'boolean' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CliArgs {
  command: string;
  positionals: string[];
  data: string;
  corpus: string;
  bucket: string | null;
  json: boolean;
  md: boolean;
  html: boolean;
  open: boolean;
  out: string | null;
  help: boolean;
}

export function parseCli(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command = '', ...positionals] = parsed.positionals;
  const v = parsed.values;
  return {
    command,
    positionals,
    data: v.data ?? './.claimdiff',
    corpus: v.corpus ?? 'default',
    bucket: v.bucket ?? null,
    json: v.json ?? false,
    md: v.md ?? false,
    html: v.html ?? false,
    open: v.open ?? false,
    out: v.out ?? null,
    help: v.help ?? false,
  };
}
