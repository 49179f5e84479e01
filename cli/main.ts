/** The claimdiff command line (../shared/CONTRACT.md). `main` returns the exit code, so tests can call it directly. */
import { isValidCorpusName } from '../shared/pipeline/keys.ts';
import { parseCommandArgs } from './args.ts';
import { CLI, EXIT_CODES, UsageError, type CommandSpec, type Io } from './command.ts';
import { COMMANDS, findCommand } from './commands/index.ts';
import { VERSION } from './version.ts';

export type { Io } from './command.ts';

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
};

export function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'claimdiff — diff the claims of news articles against a stored corpus',
    '',
    'Usage:',
    ...COMMANDS.map((c) => `  ${CLI} ${c.usage}`),
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `--data DIR     the embedded store (default ./.claimdiff); --bucket NAME uses a deployed stack instead`,
    `--corpus NAME  corpus to work in (default "default")`,
    `${CLI} <command> --help   one command's usage;  ${CLI} --version`,
    EXIT_CODES,
  ].join('\n');
}

export function commandHelp(spec: CommandSpec): string {
  const width = Math.max(0, ...Object.keys(spec.options).map((o) => o.length));
  return [
    `${CLI} ${spec.name}: ${spec.summary}`,
    '',
    `Usage: ${CLI} ${spec.usage}`,
    ...(spec.details ? ['', spec.details] : []),
    ...(Object.keys(spec.options).length ? ['', 'Options:'] : []),
    ...Object.entries(spec.options).map(([name, o]) => `  --${name.padEnd(width)} ${o.help}`),
    '',
    EXIT_CODES,
  ].join('\n');
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [first = '', ...rest] = argv;
  if (first === '--version' || first === '-v' || first === 'version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (first === '' || first === '--help' || first === '-h' || first === 'help') {
    const spec = first === 'help' && rest[0] ? findCommand(rest[0]) : undefined;
    if (first === '') {
      io.err(`${overview()}\n\nclaimdiff: no command given; try ${CLI} ingest examples\n`);
      return 2;
    }
    io.out((spec ? commandHelp(spec) : overview()) + '\n');
    return 0;
  }
  const spec = findCommand(first);
  if (!spec) {
    io.err(
      `claimdiff: unknown command ${JSON.stringify(first)}; the commands are ${COMMANDS.map((c) => c.name).join(', ')} (${CLI} --help)\n`,
    );
    return 2;
  }
  try {
    const args = parseCommandArgs(spec, rest);
    if (args.help) {
      io.out(commandHelp(spec) + '\n');
      return 0;
    }
    if (!isValidCorpusName(args.corpus))
      throw new UsageError(`--corpus ${JSON.stringify(args.corpus)}: use 1-63 letters, digits, '.', '_' or '-'`);
    const command = await spec.load();
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`claimdiff ${spec.name}: ${error.message}\nUsage: ${CLI} ${spec.usage}  (${CLI} ${spec.name} --help for more)\n`);
      return 2;
    }
    io.err(`claimdiff ${spec.name}: ${(error as Error).message}\n`);
    return 1;
  }
}
