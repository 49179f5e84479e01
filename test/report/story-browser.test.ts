/**
 * The story dossier page in headless chromium, as the diff stage stores it: the examples ingested through the diff
 * stage (memory store), then reports/<corpus>/ written out as files. The page requests nothing (no network, only
 * the files themselves), draws the figure timelines as inline SVG, and its links work: to the reports one folder
 * up, from the reports back to the story, and from the corpus index's Stories section.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentTelemetry } from '../../shared/ops/telemetry.ts';
import { diffUpload } from '../../shared/pipeline/diff-stage.ts';
import { decodeUpload } from '../../shared/pipeline/input.ts';
import { documentId, keys, uploadKey } from '../../shared/pipeline/keys.ts';
import { prepareDocument } from '../../shared/pipeline/prepare.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { putJson } from '../../shared/storage/store.ts';
import type { Report } from '../../shared/types.ts';
import { chromiumAvailable, launch } from '../support/browser.ts';
import { tempDataDir } from '../support/workspace.ts';

const runs = chromiumAvailable || Boolean(process.env.CI);
const examples = join(import.meta.dirname, '../../examples');

describe.runIf(runs)('story dossier page in headless chromium', () => {
  const out = tempDataDir('claimdiff-story-browser-');
  let browser: Browser;
  const reports: Report[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const store = new MemoryStore();
    for (const [i, name] of readdirSync(examples).sort().entries()) {
      const bytes = readFileSync(join(examples, name));
      const id = documentId(bytes);
      const sourceKey = uploadKey('web', name);
      const uploadedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
      await putJson(
        store,
        keys.prepared('web', id),
        await prepareDocument(decodeUpload(bytes).text, [], { id, location: { corpus: 'web', name, sourceKey }, uploadedAt }),
      );
      const outcome = await diffUpload(
        { store, telemetry: silentTelemetry },
        { type: 'prepared', corpus: 'web', docId: id, sourceKey, name, uploadId: `u-${name}`, uploadedAt },
      );
      if (outcome.outcome === 'reported') reports.push(outcome.report);
    }
    // reports/web/ as plain files, as an export of the corpus's reports would write them.
    for (const key of await store.list('reports/web/')) {
      const file = join(out.dir, key.slice('reports/web/'.length));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, (await store.get(key))!);
    }
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    out.remove();
  });

  async function open(file: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${join(out.dir, file)}`);
    return page;
  }

  it('shows the story with its figure timelines as inline SVG', async () => {
    const story = reports[reports.length - 1].document.story!;
    const page = await open(`stories/${story.id}.html`);
    await expect(page.locator('h1').textContent()).resolves.toBe(story.title);
    const timeline = page.locator('svg.timeline').first();
    expect(await timeline.isVisible()).toBe(true);
    expect(await timeline.locator('circle').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('section[aria-labelledby="disputes"] .dispute').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('links every source to its report, and the report back to the story', async () => {
    const story = reports[reports.length - 1].document.story!;
    const page = await open(`stories/${story.id}.html`);
    const first = reports[0];
    await page.locator('section[aria-labelledby="sources"] a', { hasText: first.document.name! }).click();
    await page.waitForLoadState();
    expect(page.url()).toBe(`file://${join(out.dir, `${first.document.id}.html`)}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(first.document.title);
    await page.getByRole('link', { name: story.title }).click();
    await page.waitForLoadState();
    expect(page.url()).toBe(`file://${join(out.dir, 'stories', `${story.id}.html`)}`);
    await page.close();
  });

  it("the corpus index's Stories section opens the story", async () => {
    const story = reports[reports.length - 1].document.story!;
    const page = await open('index.html');
    await page.locator('section[aria-labelledby="stories"] a', { hasText: story.title }).click();
    await page.waitForLoadState();
    await expect(page.locator('h1').textContent()).resolves.toBe(story.title);
    await page.close();
  });

  it('made no request other than the stored files themselves', () => {
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((u) => !u.startsWith(`file://${out.dir}/`))).toEqual([]);
  });
});
