/** One document's share of the index is bounded, whatever the document: a later document never reads its thousands. */
import { describe, expect, it } from 'vitest';
import { MAX_CLAIMS_FILED_PER_DOCUMENT, type StoryIndex } from '../../shared/pipeline/story-claims.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { getJson } from '../../shared/storage/store.ts';
import { ingest } from '../support/ingest.ts';

describe('claims filed per document', () => {
  it(`files at most ${MAX_CLAIMS_FILED_PER_DOCUMENT} claims of a document with hundreds, and still reports them all`, {
    timeout: 120_000,
  }, async () => {
    const store = new MemoryStore();
    // An invented listing: one figure per line, hundreds of claims.
    const lines = Array.from(
      { length: 400 },
      (_, i) => `Officials in the district of Varonel said ${i + 3} homes on Route ${i + 1} were damaged by the flood on Monday.`,
    );
    const report = await ingest(store, 'c', 'listing.txt', lines.join('\n\n') + '\n', 1);
    expect(report.claims.length).toBeGreaterThan(MAX_CLAIMS_FILED_PER_DOCUMENT);
    const objects = [...store.objects.keys()].filter((k) => /^corpus\/c\/index\/[^/]+\.json$/.test(k));
    expect(objects.length).toBeGreaterThan(0);
    let filed = 0;
    for (const k of objects) filed += (await getJson<StoryIndex>(store, k))!.claims.filter((c) => c.docId === report.document.id).length;
    expect(filed).toBe(MAX_CLAIMS_FILED_PER_DOCUMENT);
  });
});
