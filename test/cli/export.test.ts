/**
 * `claimdiff export` and `report --open`: the reports as plain files whose links work from disk, checked by
 * following them in headless chromium (index → report → a source's report → back to the index, and the Markdown and
 * JSON beside each report).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { chromiumAvailable, launch } from '../support/browser.ts';
import { tempDataDir } from '../support/workspace.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const runs = chromiumAvailable || Boolean(process.env.CI);

const run = runCli;

describe('reports as files', () => {
  const tmp = tempDataDir('claimdiff-export-');
  const data = join(tmp.dir, 'store');
  const files = ['01-valley-courier.txt', '02-coastal-times.html', '03-metro-wire.txt'];
  let browser: Browser | undefined;

  beforeAll(async () => {
    const ingested = await run('ingest', ...files.map((f) => join(FIXTURES, f)), '--data', data, '--json');
    expect(ingested.code).toBe(0);
    if (runs) browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    tmp.remove();
  });

  it('export writes the index and every report as HTML, JSON and Markdown, and prints the index path', async () => {
    const out = join(tmp.dir, 'r');
    const { code, out: printed } = await run('export', '--out', out, '--data', data);
    expect(code).toBe(0);
    const index = printed.trim();
    expect(index).toBe(join(out, 'default', 'index.html'));
    const listed = (await run('reports', '--data', data, '--json')).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const e of listed)
      for (const ext of ['html', 'json', 'md']) expect(existsSync(join(out, 'default', `${e.docId}.${ext}`))).toBe(true);
    // The pipeline's bookkeeping stays in the store.
    expect(existsSync(join(out, 'default', 'uploads'))).toBe(false);
  });

  it('export of an empty corpus says so and what to do', async () => {
    const { code, err } = await run('export', '--out', join(tmp.dir, 'empty'), '--data', data, '--corpus', 'nothing-here');
    expect(code).toBe(1);
    expect(err).toContain('npx claimdiff ingest');
  });

  it.runIf(runs)('the exported index opens offline and its links lead to the reports, their sources and back', async () => {
    const page = await browser!.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${join(tmp.dir, 'r', 'default', 'index.html')}`);
    expect(await page.locator('tbody th > a[href$=".html"]').allTextContents()).toEqual([...files].reverse());
    await page.getByRole('link', { name: '03-metro-wire.txt' }).click();
    await page.waitForLoadState();
    await expect(page.locator('h1').count()).resolves.toBe(1);
    // A source this report was compared with links to that source's own report.
    const source = page.locator('table.matrix th[scope="col"] a').first();
    const sourceName = (await source.textContent())!;
    expect(files).toContain(sourceName);
    await source.click();
    await page.waitForLoadState();
    await expect(page.locator('footer').textContent()).resolves.toContain(`incoming/default/${sourceName}`);
    await page.getByRole('link', { name: /All reports of corpus default/ }).click();
    await page.waitForLoadState();
    expect(page.url()).toMatch(/\/index\.html$/);
    // The Markdown and JSON links of a row are files beside it.
    const md = await page.locator('tbody a[href$=".md"]').first().getAttribute('href');
    expect(existsSync(join(tmp.dir, 'r', 'default', md!))).toBe(true);
    expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
    await page.close();
  });

  it("report --open writes a real HTML file (not the store's internal object) whose links resolve", async () => {
    const { code, out } = await run('report', '03-metro-wire.txt', '--data', data, '--open');
    expect(code).toBe(0);
    const file = out.trim().replace(/^file:\/\//, '');
    expect(file).toMatch(/\.html$/);
    const html = readFileSync(file, 'utf8');
    const links = [...html.matchAll(/href="\.\/([^"]+\.html)"/g)].map((m) => m[1]);
    expect(links).toContain('index.html');
    for (const link of links) expect(existsSync(join(file, '..', link))).toBe(true);
  });
});
