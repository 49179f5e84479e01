/** `claimdiff retry`: an upload the pipeline gave up on is ingested again in its place, its prepared document remade. */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalStack } from '../../cli/local.ts';
import { main, type Io } from '../../cli/main.ts';
import type { CorpusHead } from '../../shared/pipeline/diff-stage.ts';
import { keys } from '../../shared/pipeline/keys.ts';
import { getJson, putJson } from '../../shared/storage/store.ts';
import { tempDataDir } from '../support/workspace.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), stdoutIsTTY: false, stderrIsTTY: false, env: {} };
  return { code: await main(argv, io), out, err };
}

describe('claimdiff retry', () => {
  const tmp = tempDataDir('claimdiff-retry-');
  afterAll(() => tmp.remove());

  it('brings back a given-up upload in its place, preparing it again when its prepared document is gone', {
    timeout: 300_000,
  }, async () => {
    const data = join(tmp.dir, 'data');
    const inputs = join(tmp.dir, 'in');
    mkdirSync(inputs);
    const names = readdirSync(FIXTURES)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .slice(0, 2);
    for (const n of names) copyFileSync(join(FIXTURES, n), join(inputs, n));
    expect((await run('ingest', inputs, '--data', data, '--json')).code).toBe(0);

    // The state the diff stage leaves when it gives up on the second upload (give-up.ts), with its prepared
    // document lost besides.
    const stack = await startLocalStack(data);
    let docId: string;
    try {
      const head = (await getJson<CorpusHead>(stack.store, keys.head('default')))!;
      const entry = head.log.find((e) => e.name === names[1])!;
      docId = entry.docId;
      entry.failed = 'gave up after 3 attempts: injected';
      await putJson(stack.store, keys.head('default'), head);
      await putJson(stack.store, keys.upload('default', entry.uploadId), {
        name: entry.name,
        sourceKey: entry.sourceKey,
        docId: null,
        status: 'rejected',
        reason: entry.failed,
        counts: null,
        ingestedAt: entry.uploadedAt,
        seq: entry.seq,
        failed: true,
      });
      await stack.store.put(keys.prepared('default', docId), '{"truncated');
    } finally {
      await stack.close();
    }
    const listed = JSON.parse((await run('reports', '--data', data, '--json')).out.trim().split('\n')[0]);
    expect(listed).toMatchObject({ name: names[1], status: 'rejected', failed: true });

    expect((await run('retry', 'nothing-like-it.txt', '--data', data)).err).toMatch(
      /no upload called "nothing-like-it.txt" that the pipeline gave up on/,
    );
    const retried = await run('retry', names[1], '--data', data, '--json');
    expect(retried.err).toBe('');
    expect(retried.code).toBe(0);
    expect(JSON.parse(retried.out)).toMatchObject({ name: names[1], status: 'ok', docId, seq: 2 });
  });
});
