import type { SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { processBatch, processFifoBatch } from '../../shared/pipeline/batch.ts';
import { LocalFifoQueue } from '../../shared/queue/local.ts';

const records = (ids: string[]) => ids.map((messageId) => ({ messageId, body: messageId }) as SQSRecord);

describe('partial batch responses', () => {
  it('reports only the failed records of a standard queue batch', async () => {
    const seen: string[] = [];
    const out = await processBatch(
      records(['a', 'b', 'c']),
      { ordered: false },
      async (r) => {
        seen.push(r.messageId);
        if (r.messageId === 'b') throw new Error('boom');
      },
      () => {},
    );
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'b' }]);
  });

  it('stops a FIFO batch at the first failure and fails the rest, keeping order', async () => {
    const seen: string[] = [];
    const out = await processBatch(
      records(['a', 'b', 'c']),
      { ordered: true },
      async (r) => {
        seen.push(r.messageId);
        if (r.messageId === 'b') throw new Error('boom');
      },
      () => {},
    );
    expect(seen).toEqual(['a', 'b']);
    expect(out.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['b', 'c']);
  });

  it('runs the records of a standard queue batch at once', async () => {
    let inFlight = 0;
    let most = 0;
    await processBatch(
      records(['a', 'b', 'c']),
      { ordered: false },
      async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
      },
      () => {},
    );
    expect(most).toBe(3);
  });

  it('runs the message groups of a FIFO batch at once, each in order, a failure stopping only its own group', async () => {
    const grouped = (ids: string[]) =>
      ids.map((id) => ({ messageId: id, body: id, attributes: { MessageGroupId: id[0] } }) as unknown as SQSRecord);
    const seen: string[] = [];
    let inFlight = 0;
    let most = 0;
    const out = await processBatch(
      grouped(['a1', 'b1', 'a2', 'b2', 'a3', 'b3']),
      { ordered: true },
      async (r) => {
        most = Math.max(most, ++inFlight);
        seen.push(r.messageId);
        await new Promise((res) => setTimeout(res, 5));
        inFlight--;
        if (r.messageId === 'a2') throw new Error('boom');
      },
      () => {},
    );
    expect(most).toBe(2);
    expect(seen.filter((id) => id.startsWith('a'))).toEqual(['a1', 'a2']);
    expect(seen.filter((id) => id.startsWith('b'))).toEqual(['b1', 'b2', 'b3']);
    expect(out.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['a2', 'a3']);
  });
});

describe('FIFO batch in runs', () => {
  it('hands consecutive records that belong together to one call, and fails a failed run and the rest of its group', async () => {
    const grouped = (ids: string[]) =>
      ids.map((id) => ({ messageId: id, body: id, attributes: { MessageGroupId: id[0] } }) as unknown as SQSRecord);
    const calls: string[][] = [];
    const failures: string[] = [];
    const out = await processFifoBatch(
      grouped(['a1', 'a2', 'ax', 'a3', 'b1', 'b2', 'a4']),
      // Records of a run share their second character's kind: digits together, an 'x' alone.
      (previous, next) => /\d/.test(previous.messageId[1]) && /\d/.test(next.messageId[1]),
      async (run) => {
        calls.push(run.map((r) => r.messageId));
        if (run.some((r) => r.messageId === 'a3')) throw new Error('boom');
      },
      (record) => failures.push(record.messageId),
    );
    expect(calls).toEqual([['a1', 'a2'], ['b1', 'b2'], ['ax'], ['a3', 'a4']]);
    expect(failures).toEqual(['a3', 'a4']);
    expect(out.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['a3', 'a4']);
  });
});

describe('local FIFO queue', () => {
  const msg = (corpus: string, uploadId: string) =>
    ({
      type: 'rejected',
      corpus,
      sourceKey: `incoming/${corpus}/${uploadId}`,
      name: uploadId,
      uploadId,
      uploadedAt: 't',
      reason: 'r',
    }) as const;

  it('deduplicates, keeps order within a group and hands out one group at a time', async () => {
    const q = new LocalFifoQueue();
    for (const m of [msg('a', '1'), msg('b', '2'), msg('a', '3'), msg('a', '1')]) await q.send(m);
    expect(q.size).toBe(3);
    const first = q.receive(10).map((r) => JSON.parse(r.body).uploadId);
    expect(first).toEqual(['1', '3']);
    const second = q.receive(10);
    expect(second.map((r) => JSON.parse(r.body).uploadId)).toEqual(['2']);
    expect(second[0].attributes.MessageGroupId).toBe('b');
  });

  it('puts failed records back in front', async () => {
    const q = new LocalFifoQueue();
    for (const m of [msg('a', '1'), msg('a', '2'), msg('a', '3')]) await q.send(m);
    const batch = q.receive(2);
    q.requeue(batch.slice(1));
    expect(q.receive(10).map((r) => JSON.parse(r.body).uploadId)).toEqual(['2', '3']);
  });
});
