import { main, type Io } from '../../cli/main.ts';

/** Runs the CLI's `main` in-process with captured output, as the shell would see it (not a terminal). */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), stdoutIsTTY: false, stderrIsTTY: false, env: {} };
  return { code: await main(argv, io), out, err };
}
