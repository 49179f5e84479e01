/** The local data folder is locked against a second process; a lock left by a process that is gone is taken over. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFolderInUse, LOCK_FILE, lockDataFolder } from '../../cli/data-lock.ts';
import { main, type Io } from '../../cli/main.ts';
import { tempDataDir } from '../support/workspace.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const ARTICLE = join(
  FIXTURES,
  readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .sort()[0],
);

async function run(...argv: string[]) {
  let err = '';
  const io: Io = { out: () => {}, err: (t) => (err += t), stdoutIsTTY: false, stderrIsTTY: false, env: {} };
  return { code: await main(argv, io), err };
}

describe('data folder lock', () => {
  const tmp = tempDataDir('claimdiff-lock-');
  afterAll(() => tmp.remove());

  it('a second taker in use is refused with a message naming the folder and what to do; released, it is free again', () => {
    const dir = join(tmp.dir, 'a');
    mkdirSync(dir);
    const release = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).toThrow(DataFolderInUse);
    expect(() => lockDataFolder(dir)).toThrow(new RegExp(`${dir}.* in use by process ${process.pid}.*delete .*${LOCK_FILE}`));
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataFolder(dir)();
  });

  it('ingest into a folder another running process holds exits 1 and says so; nothing is started', async () => {
    const dir = join(tmp.dir, 'b');
    mkdirSync(dir);
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: other.pid, host: hostname(), since: '2026-01-01T00:00:00Z' }));
      const { code, err } = await run('ingest', ARTICLE, '--data', dir);
      expect(code).toBe(1);
      expect(err).toContain(`the data folder ${dir} is in use by process ${other.pid}`);
      expect(existsSync(join(dir, 's3', 'claimdiff'))).toBe(false);
    } finally {
      other.kill();
    }
  });

  it('a stale lock (its process has exited) is taken over, and released when the command ends', async () => {
    const dir = join(tmp.dir, 'c');
    mkdirSync(dir);
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: Number(gone), host: hostname(), since: '2026-01-01T00:00:00Z' }));
    const { code } = await run('ingest', ARTICLE, '--data', dir);
    expect(code).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});
