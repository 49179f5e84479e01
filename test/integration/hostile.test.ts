/**
 * Hostile and broken uploads, through the real handlers and the embedded S3 server: each gets a clear rejection
 * (recorded where `claimdiff reports` reads) or a sensible result; the other uploads still go through; the original
 * upload is never deleted or rewritten.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../shared/pipeline/input.ts';
import { keys, uploadId } from '../../shared/pipeline/keys.ts';
import { getJson } from '../../shared/storage/store.ts';
import type { ObjectStore, PutResult } from '../../shared/storage/store.ts';
import type { Report, ReportListEntry } from '../../shared/types.ts';
import { deliverDiffs, deliverUploads, Harness, RecordingQueue } from '../support/harness.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const textArticle = readFileSync(
  join(
    FIXTURES,
    readdirSync(FIXTURES)
      .filter((n) => n.endsWith('.txt'))
      .sort()[0],
  ),
  'utf8',
);
const paragraphs = textArticle.split(/\n+/).filter((p) => p.split(' ').length > 12);
const articleHtml = (extra = '') =>
  `<!doctype html><html><head><title>Test page</title></head><body>${extra}<article><h1>A headline about the river</h1>` +
  `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) out.set([s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8], 2 + i * 2);
  return out;
};
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63)));

/** Counts reads per key, to prove an oversized upload is never downloaded. */
class CountingStore implements ObjectStore {
  readonly gets = new Map<string, number>();
  constructor(private readonly inner: ObjectStore) {}
  get = (k: string) => {
    this.gets.set(k, (this.gets.get(k) ?? 0) + 1);
    return this.inner.get(k);
  };
  head = (k: string) => this.inner.head(k);
  list = (p: string) => this.inner.list(p);
  put = (k: string, b: string | Uint8Array, t?: string): Promise<PutResult> => this.inner.put(k, b, t);
}

type Expect = { status: 'ok' } | { status: 'rejected'; reason: RegExp } | { status: 'any' };
const latinText = textArticle
  .replace(/[^\x00-\xff]/g, ' ')
  .replace(/\n(?=Residents)/, '\nThe owner of the café, Zoë Müller, said the smoke had reached the old market square by midnight.\n');
const cases: Array<[string, string | Uint8Array, Expect]> = [
  ['empty.txt', '', { status: 'rejected', reason: /^empty file$/ }],
  ['blank.txt', '  \n\t\n   \r\n', { status: 'rejected', reason: /only whitespace/ }],
  [
    'photo.png',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]),
    { status: 'rejected', reason: /PNG/ },
  ],
  ['paper.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n', { status: 'rejected', reason: /PDF/ }],
  ['bundle.zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]), { status: 'rejected', reason: /ZIP/ }],
  ['page.txt.gz', gzipSync(textArticle), { status: 'rejected', reason: /gzip/ }],
  ['broken-utf8.txt', Uint8Array.from([...new TextEncoder().encode(textArticle), 0xc3, 0x28, 0xa0, 0xa1]), { status: 'ok' }],
  ['utf16.txt', utf16le(textArticle), { status: 'ok' }],
  ['latin1.txt', latin1(latinText), { status: 'ok' }],
  [
    'nested.html',
    `<html><body>${'<div>'.repeat(100_000)}<p>${paragraphs.join('</p><p>')}</p>${'</div>'.repeat(100_000)}</body></html>`,
    { status: 'any' },
  ],
  ['one-line.html', `<html><body><p>${'word '.repeat(1_990_000)}</p></body></html>`, { status: 'any' }],
  [
    'payloads.html',
    articleHtml(
      '<script>alert("x")</script><iframe src="javascript:alert(1)"></iframe>' +
        '<a href="javascript:alert(2)">click</a><img src=x onerror="alert(3)">',
    ),
    { status: 'ok' },
  ],
  ['entities.html', articleHtml('<!-- c -->&amp;&lt;&gt;&#x1F600;&nbsp;<!-- <p>hidden</p> -->'.repeat(200)), { status: 'ok' }],
  ['no-body.html', '<!doctype html><html><head><title>Only a head</title></head></html>', { status: 'rejected', reason: /^no article/ }],
  ['my report + notes 100% ünïcødé 新闻.txt', textArticle.replace(/\d+/, '77'), { status: 'ok' }],
  [`${'long-name-'.repeat(20)}.txt`, textArticle.replace(/\d+/, '78'), { status: 'ok' }],
];

describe('hostile and broken uploads', () => {
  let h: Harness;
  let counting: CountingStore;
  const entries = new Map<string, ReportListEntry | null>(); // by upload name
  const originals = new Map<string, Uint8Array>();

  beforeAll(async () => {
    h = await Harness.start();
    counting = new CountingStore(h.store);
    const queue = new RecordingQueue();
    const prepare = h.prepare({ store: counting, queue });
    const all: Array<[string, string | Uint8Array]> = [
      ...cases.map(([n, b]) => [n, b] as [string, string | Uint8Array]),
      ['huge.txt', new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61)],
      ['../escape.txt', textArticle],
    ];
    for (const [name, body] of all) {
      const key = `incoming/hostile/${name}`;
      const event = await h.upload(key, body);
      originals.set(key, (await h.store.get(key))!);
      await deliverUploads(prepare, [event]);
    }
    await deliverDiffs(h.diff(), queue.sent);
    for (const [name] of all) {
      const key = `incoming/hostile/${name}`;
      const object = await h.store.head(key);
      const id = uploadId(key, object!.etag!.replace(/"/g, ''));
      entries.set(
        name,
        (await getJson<ReportListEntry>(h.store, keys.upload('hostile', id))) ??
          (await getJson<ReportListEntry>(h.store, keys.upload('default', id))),
      );
    }
  }, 240_000);
  afterAll(async () => h?.close());

  it.each(cases)('%s', async (name, _, want) => {
    const entry = entries.get(name);
    expect(entry, `no record for ${name}`).toBeTruthy();
    if (want.status === 'rejected') {
      expect(entry).toMatchObject({ status: 'rejected', docId: null, counts: null });
      expect(entry!.reason).toMatch(want.reason);
    } else if (want.status === 'ok') {
      expect(entry!.status, entry!.reason ?? '').toBe('ok');
    } else {
      expect(entry!.status === 'ok' || (entry!.reason ?? '').length > 0).toBe(true);
    }
  });

  it('rejects an upload over the size limit without downloading it', () => {
    expect(entries.get('huge.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/over the 10 MiB limit/) });
    expect(counting.gets.get('incoming/hostile/huge.txt') ?? 0).toBe(0);
  });

  it('refuses a key with a ../ segment and records why', () => {
    expect(entries.get('../escape.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/relative path segment/) });
  });

  it('decodes UTF-16, Latin-1 and damaged UTF-8 into readable text', async () => {
    const latinReport = await getJson<Report>(h.store, keys.reportJson('hostile', entries.get('latin1.txt')!.docId!));
    expect(latinReport!.document.cleanedText).toContain('the café, Zoë Müller, said');
    expect(latinReport!.document.removed.some((r) => r.reason === 'decoding')).toBe(true);
    const utf16 = await getJson<Report>(h.store, keys.reportJson('hostile', entries.get('utf16.txt')!.docId!));
    expect(utf16!.document.cleanedText).toContain(paragraphs[1].slice(0, 40));
  });

  it('keeps script, iframe and javascript: payloads out of the cleaned text and escapes them in reports', async () => {
    const docId = entries.get('payloads.html')!.docId!;
    const report = await getJson<Report>(h.store, keys.reportJson('hostile', docId));
    expect(report!.document.cleanedText).not.toMatch(/alert\(|javascript:|onerror/);
    const html = new TextDecoder().decode((await h.store.get(keys.reportHtml('hostile', docId)))!);
    expect(html).not.toMatch(/<script|<iframe|onerror=|javascript:/i);
  });

  it('never deletes or rewrites an upload', async () => {
    for (const [key, bytes] of originals) expect(Buffer.compare(Buffer.from((await h.store.get(key))!), Buffer.from(bytes)), key).toBe(0);
  });

  it('skips malformed events without failing the batch or writing anything', async () => {
    const before = (await h.storedState()).size;
    const queue = new RecordingQueue();
    const out = await h.prepare({ queue })({
      Records: [
        'not json',
        '{}',
        JSON.stringify({ Event: 's3:TestEvent' }),
        JSON.stringify({ Records: [{ eventName: 'ObjectRemoved:Delete', s3: { object: { key: 'incoming/a.txt' } } }] }),
        JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Put', s3: {} }] }),
      ].map((body, i) => ({ messageId: `m${i}`, body }) as never),
    });
    expect(out.batchItemFailures).toEqual([]);
    expect(queue.sent).toEqual([]);
    const diffOut = await h.diff()({
      Records: [
        { messageId: 'd1', body: '{"type":"weird"}' },
        { messageId: 'd2', body: 'nope' },
      ] as never,
    });
    expect(diffOut.batchItemFailures).toEqual([]);
    expect((await h.storedState()).size).toBe(before);
  });
});
