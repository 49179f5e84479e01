/**
 * What a command is, for the registry in commands/index.ts. A command's metadata (name, usage, options) is cheap to
 * load; its code (`load`) is imported only when it runs, so `claimdiff --help` never pays for jsdom or the SDK.
 */
export class UsageError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown by `claimdiff <command> --help`, e.g. "DIR  the embedded store (default ./.claimdiff)". */
  help: string;
}

export interface CliArgs {
  command: string;
  positionals: string[];
  data: string;
  /** Whether --data was given (read commands refuse a missing folder instead of creating it). */
  dataGiven: boolean;
  corpus: string;
  bucket: string | null;
  json: boolean;
  md: boolean;
  html: boolean;
  open: boolean;
  out: string | null;
  help: boolean;
  /** Every option as parsed, for options only one command takes (`--port`, `--limit`, …). */
  values: Record<string, string | boolean | undefined>;
}

export interface CommandModule {
  run(args: CliArgs, io: Io): Promise<number>;
}

export interface CommandSpec {
  name: string;
  /** One line for the overview. */
  summary: string;
  /** The synopsis after `claimdiff`, e.g. "report <name|docId> [--json|--md|--html]". */
  usage: string;
  /** Extra lines for `claimdiff <command> --help`. */
  details?: string;
  options: Record<string, OptionSpec>;
  load(): Promise<CommandModule>;
}

/** How a user runs the CLI from a clone: the package is not installed globally, so hints say `npx claimdiff`. */
export const CLI = 'npx claimdiff';

/** ` --data DIR --corpus C` when they differ from the defaults, so a hint can be pasted as it is. */
export function whereFlags(args: Pick<CliArgs, 'data' | 'corpus' | 'bucket'>): string {
  if (args.bucket) return ` --bucket ${args.bucket}${args.corpus === 'default' ? '' : ` --corpus ${args.corpus}`}`;
  return `${args.data === DEFAULT_DATA ? '' : ` --data ${args.data}`}${args.corpus === 'default' ? '' : ` --corpus ${args.corpus}`}`;
}

export const DEFAULT_DATA = './.claimdiff';

/** Options several commands share. */
export const COMMON = {
  data: { type: 'string', help: `DIR    the embedded store (default ${DEFAULT_DATA})` },
  corpus: { type: 'string', help: 'NAME   the corpus to work in (default "default")' },
  bucket: {
    type: 'string',
    help: "NAME   a deployed stack's bucket instead of the embedded store (AWS credentials and region from the environment)",
  },
  json: { type: 'boolean', help: '       one JSON object per line' },
} as const satisfies Record<string, OptionSpec>;

export const EXIT_CODES = `Exit codes: 0 done; 1 a document was rejected, not found or failed (the message says which); 2 usage error.`;

/** The fields the contract names first, then the extras. */
export function contractEntry<
  T extends { name: string; sourceKey: string; docId: string | null; status: string; reason: string | null; counts: unknown },
>(e: T): Record<string, unknown> {
  const { name, sourceKey, docId, status, reason, counts, ...extra } = e;
  return { name, sourceKey, docId, status, reason, counts, ...extra };
}

/** The terminal's width, or unlimited when the output is piped (a pipe has no columns to fit; cutting loses words). */
export function terminalWidth(io: Io): number | undefined {
  return io.stdoutIsTTY ? process.stdout.columns || 100 : undefined;
}
