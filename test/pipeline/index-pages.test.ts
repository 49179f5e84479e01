/** The corpus index page stays bounded as a corpus grows, and still lists every upload across its pages. */
import { describe, expect, it } from 'vitest';
import { silentTelemetry } from '../../shared/ops/telemetry.ts';
import { diffUpload, INDEX_PAGE_SIZE, REPLAY_WINDOW } from '../../shared/pipeline/diff-stage.ts';
import { keys, olderIndexName } from '../../shared/pipeline/keys.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { getText } from '../../shared/storage/store.ts';

const CORPUS = 'paged';
// Rejections go through the same index page as reports and need no prepared document: a cheap way to fill it.
const upload = (i: number) => ({
  type: 'rejected' as const,
  corpus: CORPUS,
  sourceKey: `incoming/${CORPUS}/upload-${String(i).padStart(4, '0')}.png`,
  name: `upload-${String(i).padStart(4, '0')}.png`,
  uploadId: `u${i}`,
  uploadedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  reason: 'binary file (PNG image), not an article',
});

async function fill(store: MemoryStore, count: number) {
  for (let i = 1; i <= count; i++) await diffUpload({ store, telemetry: silentTelemetry }, upload(i));
}

const rowNames = (html: string) => [...html.matchAll(/<th scope="row">(upload-\d{4}\.png)/g)].map((m) => m[1]);

describe('corpus index pages', () => {
  it('moves the oldest uploads to write-once older pages, so every upload is listed exactly once, newest first', async () => {
    const store = new MemoryStore();
    const count = 3 * INDEX_PAGE_SIZE + 17;
    await fill(store, count);

    const newest = (await getText(store, keys.indexPage(CORPUS)))!;
    const pages = [newest];
    for (let n = 1; ; n++) {
      const older = await getText(store, keys.indexPageOlder(CORPUS, n));
      if (older === null) break;
      pages.push(older);
    }
    // Bounded: the newest page never holds more than two pages' worth.
    expect(rowNames(newest).length).toBeLessThanOrEqual(2 * INDEX_PAGE_SIZE);
    expect(rowNames(newest).length).toBeGreaterThanOrEqual(INDEX_PAGE_SIZE);
    // Newest page first, then older pages from the newest (highest number) down: all uploads, newest first, once.
    const ordered = [newest, ...pages.slice(1).reverse()].flatMap(rowNames);
    const expected = Array.from({ length: count }, (_, i) => upload(count - i).name);
    expect(ordered).toEqual(expected);
    expect(newest).toContain(`${count} uploads, newest first`);
    for (let n = 1; n < pages.length; n++) expect(newest).toContain(`href="./${olderIndexName(n)}"`);
    expect(pages[1]).toContain('href="./index.html"');
  });

  it('keeps every upload a replay can still re-order on the newest page', () => {
    // Entries of re-ordered uploads are replaced in place; that needs them on the page that is rewritten.
    expect(INDEX_PAGE_SIZE).toBeGreaterThan(REPLAY_WINDOW);
  });

  it('writes the same pages when the last upload is delivered again (a retried message)', async () => {
    const store = new MemoryStore();
    await fill(store, 2 * INDEX_PAGE_SIZE + 1);
    const before = new Map(store.objects);
    await diffUpload({ store, telemetry: silentTelemetry }, upload(2 * INDEX_PAGE_SIZE + 1));
    expect([...store.objects.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [key, body] of before) expect(Buffer.from(store.objects.get(key)!).toString(), key).toBe(Buffer.from(body).toString());
  });
});
