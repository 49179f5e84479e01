import { parseArgs } from 'node:util';
import { DEFAULT_DATA, UsageError, type CliArgs, type CommandSpec } from './command.ts';

export { UsageError, type CliArgs } from './command.ts';

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * The arguments of one command, against the options it declares. Node's own messages for unknown options suggest
 * `--` tricks; ours name the option and the options the command does take.
 */
export function parseCommandArgs(spec: CommandSpec, argv: string[]): CliArgs {
  const options = { ...spec.options, ...HELP } as Record<string, { type: 'string' | 'boolean'; short?: string }>;
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const declared = options[token.name];
    if (!declared) {
      const known = Object.keys(spec.options)
        .map((o) => `--${o}`)
        .join(', ');
      throw new UsageError(`unknown option ${token.rawName} for ${spec.name}${known ? ` (it takes ${known})` : ' (it takes no options)'}`);
    }
    if (declared.type === 'string' && token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
    if (declared.type === 'boolean' && token.inlineValue) throw new UsageError(`${token.rawName} takes no value`);
  }
  const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const str = (name: string) => (typeof v[name] === 'string' ? (v[name] as string) : null);
  return {
    command: spec.name,
    positionals: parsed.positionals,
    data: str('data') ?? DEFAULT_DATA,
    dataGiven: str('data') !== null,
    corpus: str('corpus') ?? 'default',
    bucket: str('bucket'),
    json: v.json === true,
    md: v.md === true,
    html: v.html === true,
    open: v.open === true,
    out: str('out'),
    help: v.help === true,
    values: v,
  };
}

/** A whole number ≥ min from an option, or a usage error naming it. */
export function intOption(args: CliArgs, name: string, fallback: number, min = 1): number {
  const raw = args.values[name];
  if (raw === undefined) return fallback;
  const n = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} ${JSON.stringify(raw)}: give a whole number ≥ ${min}`);
  return n;
}
