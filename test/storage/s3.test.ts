/** The S3 adapter against the embedded server, and presigned links computed offline. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client, S3Store } from '../../shared/storage/s3.ts';
import { getJson, getText, putJson } from '../../shared/storage/store.ts';
import { Harness } from '../support/harness.ts';

describe('S3 adapter', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(async () => h?.close());

  it('reads, writes, heads and lists over the S3 protocol; missing keys are null', async () => {
    await putJson(h.store, 'corpus/t/a.json', { x: 1 });
    await h.store.put('corpus/t/b.txt', 'héllo wörld');
    expect(await getJson(h.store, 'corpus/t/a.json')).toEqual({ x: 1 });
    expect(await getText(h.store, 'corpus/t/b.txt')).toBe('héllo wörld');
    expect((await h.store.head('corpus/t/b.txt'))?.size).toBe(new TextEncoder().encode('héllo wörld').length);
    expect(await h.store.get('corpus/t/missing.json')).toBeNull();
    expect(await h.store.head('corpus/t/missing.json')).toBeNull();
    expect(await h.store.list('corpus/t/')).toEqual(['corpus/t/a.json', 'corpus/t/b.txt']);
  });

  it('lists past one page of results', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => h.store.put(`corpus/many/${String(i).padStart(4, '0')}`, 'x')));
    const paged = new S3Store(createS3Client({ endpoint: h.endpoint }), h.store.bucket, 10);
    const keys = await paged.list('corpus/many/');
    expect(keys).toHaveLength(25);
    expect(new Set(keys).size).toBe(25);
    expect(paged.requests.list).toBe(3);
  });

  it("lists a folder's own keys in one request, or says it holds more than asked for", async () => {
    await Promise.all(['corpus/f/a', 'corpus/f/b', 'corpus/f/sub/c'].map((key) => h.store.put(key, 'x')));
    const store = new S3Store(createS3Client({ endpoint: h.endpoint }), h.store.bucket);
    expect((await store.listFolder('corpus/f/', 10))?.sort()).toEqual(['corpus/f/a', 'corpus/f/b']);
    expect(await store.listFolder('corpus/f/', 1)).toBeNull();
    expect(await store.listFolder('corpus/none/', 10)).toEqual([]);
    expect(store.requests.list).toBe(3);
  });

  it('presigns a GET link without any request', async () => {
    process.env.AWS_ACCESS_KEY_ID ??= 'AKIDEXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'secret';
    const store = new S3Store(createS3Client({ region: 'eu-west-1' }), 'my-bucket');
    const url = new URL(await store.presignGet('reports/default/abc.html', 600));
    expect(url.hostname).toBe('my-bucket.s3.eu-west-1.amazonaws.com');
    expect(url.pathname).toBe('/reports/default/abc.html');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('600');
    expect(store.totalRequests()).toBe(0);
  });
});
