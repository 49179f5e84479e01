/**
 * `claimdiff serve` through the real bin, driven by a plain S3 client (the SDK, configured as the serve banner says):
 * uploads are processed as they arrive, Ctrl-C stops cleanly, and uploads made while it was down are processed at
 * the next start.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalStack } from '../../cli/local.ts';
import { main, type Io } from '../../cli/main.ts';
import { tempDataDir } from '../support/workspace.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const REPO = join(import.meta.dirname, '../..');

interface Serving {
  child: ChildProcessByStdio<null, Readable, Readable>;
  endpoint: string;
  out: () => string;
  err: () => string;
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
}

async function serve(data: string): Promise<Serving> {
  const child = spawn(process.execPath, [join(REPO, 'bin/claimdiff.js'), 'serve', '--data', data, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const waitFor = (pattern: RegExp, ms = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms; stdout: ${out}; stderr: ${err}`)), ms);
      const check = () => {
        if (pattern.test(out + err)) {
          clearTimeout(timer);
          resolve();
        } else if (child.exitCode !== null) reject(new Error(`serve exited ${child.exitCode}: ${err}`));
        else setTimeout(check, 50);
      };
      check();
    });
  await waitFor(/Ctrl-C stops/);
  const endpoint = /S3 endpoint (http:\/\/127\.0\.0\.1:\d+)/.exec(err)![1];
  return { child, endpoint, out: () => out, err: () => err, waitFor };
}

function stop(s: Serving): Promise<number | null> {
  return new Promise((resolve) => {
    s.child.once('exit', (code) => resolve(code));
    s.child.kill('SIGINT');
  });
}

async function reportsJson(data: string): Promise<Array<Record<string, unknown>>> {
  let out = '';
  const io: Io = { out: (t) => (out += t), err: () => {}, stdoutIsTTY: false, stderrIsTTY: false, env: {} };
  expect(await main(['reports', '--data', data, '--json'], io)).toBe(0);
  return out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

describe('claimdiff serve', () => {
  const tmp = tempDataDir('claimdiff-serve-');
  const data = join(tmp.dir, 'store');
  afterAll(() => tmp.remove());

  it('processes uploads made by an S3 client, in upload order, and stops cleanly on Ctrl-C', async () => {
    const s = await serve(data);
    expect(s.err()).toContain('S3RVER');
    const client = new S3Client({
      endpoint: s.endpoint,
      region: 'eu-west-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    for (const name of ['01-valley-courier.txt', '02-coastal-times.html']) {
      await client.send(
        new PutObjectCommand({ Bucket: 'claimdiff', Key: `incoming/default/${name}`, Body: readFileSync(join(FIXTURES, name)) }),
      );
    }
    await s.waitFor(/02-coastal-times\.html: .*\n/);
    const lines = s.out().trim().split('\n');
    expect(lines[0]).toMatch(/^✓ 01-valley-courier\.txt: \d+ new$/);
    // The second upload was diffed against the first: the same report a deployed bucket would write.
    expect(lines[1]).toMatch(/^✓ 02-coastal-times\.html: .*corroborated/);
    client.destroy();
    expect(await stop(s)).toBe(0);
    expect(s.err()).toContain('stopped');
    const listed = await reportsJson(data);
    expect(listed.map((e) => e.name)).toEqual(['02-coastal-times.html', '01-valley-courier.txt']);
  }, 120_000);

  it('at the next start processes the uploads that arrived while it was down, and nothing twice', async () => {
    // An upload written into the store while no serve ran (s3rver keeps objects as files, so any process can).
    const bare = await startLocalStack(data);
    await bare.store.put('incoming/default/03-metro-wire.txt', readFileSync(join(FIXTURES, '03-metro-wire.txt')));
    await bare.close();
    const s = await serve(data);
    expect(s.err()).toContain('processing 1 upload(s) that arrived while no server ran');
    await s.waitFor(/03-metro-wire\.txt: /);
    expect(await stop(s)).toBe(0);
    expect(s.out().trim().split('\n')).toHaveLength(1);
    expect((await reportsJson(data)).map((e) => e.name)).toEqual(['03-metro-wire.txt', '02-coastal-times.html', '01-valley-courier.txt']);
  }, 120_000);
});
