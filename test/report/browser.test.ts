/**
 * Reports in a real browser: the HTML report and the corpus index page rendered from the example story, opened as
 * files in headless chromium. Key elements visible, no request leaves the page, no script runs, readable at phone
 * width. Screenshots go to test-results/screenshots/. In CI a missing chromium fails the test (.ci/run installs it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, renderIndexHtml, reportHtmlName } from '../../shared/report/render-html.ts';
import { listEntryOf } from '../../shared/report/build.ts';
import type { Report } from '../../shared/types.ts';
import { chromiumAvailable, launch } from '../support/browser.ts';
import { exampleReports, hostileReport } from '../support/reports.ts';
import { tempDataDir } from '../support/workspace.ts';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const runs = chromiumAvailable || Boolean(process.env.CI);
if (!runs) console.warn('browser tests skipped: /usr/bin/chromium is missing (run scripts/ensure-chromium.sh)');

describe.runIf(runs)('HTML reports in headless chromium', () => {
  const dir = tempDataDir('claimdiff-browser-');
  let browser: Browser;
  let reports: Record<string, Report>;
  const requests: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    reports = await exampleReports();
    const entries = Object.values(reports)
      .map((r) => listEntryOf(r, r.document.ingestedAt!))
      .reverse();
    for (const r of Object.values(reports)) writeFileSync(join(dir.dir, reportHtmlName(r.document.id)), renderHtml(r));
    const evil = hostileReport(reports['03-baltic-wire.txt']);
    writeFileSync(join(dir.dir, 'hostile.html'), renderHtml(evil));
    writeFileSync(join(dir.dir, 'index.html'), renderIndexHtml('examples', entries));
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    dir.remove();
  });

  async function open(file: string, width = 1200): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(`file://${join(dir.dir, file)}`);
    return page;
  }

  it('the index lists every report, newest first, and its link opens the report', async () => {
    const page = await open('index.html');
    const names = await page.locator('tbody th > a[href$=".html"]').allTextContents();
    expect(names).toEqual(Object.keys(reports).reverse());
    await page.screenshot({ path: join(SHOTS, 'index.png'), fullPage: true });
    await page.getByRole('link', { name: '04-coastline-news.html' }).click();
    await page.waitForLoadState();
    await expect(page.locator('h1').textContent()).resolves.toContain('nationwide');
    expect(page.url()).toMatch(/\.html$/);
    await page.close();
  });

  it('the report shows counts, an altered quote as a word diff, a figure chart and the source matrix', async () => {
    const report = reports['04-coastline-news.html'];
    const page = await open(reportHtmlName(report.document.id));
    const updated = report.findings.filter((f) => f.type === 'updated').length;
    await expect(page.locator('[data-count="updated"]').textContent()).resolves.toBe(String(updated));
    expect(await page.locator('[data-count="updated"]').isVisible()).toBe(true);
    const diff = page.locator('.diff').first();
    expect(await diff.isVisible()).toBe(true);
    expect(await diff.locator('ins').count()).toBeGreaterThan(0);
    await expect(diff.locator('ins').first().textContent()).resolves.toMatch(/^\+/); // marked by text, not only colour
    const chart = page.locator('section[aria-labelledby="figures"] svg').first();
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('rect').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('table.matrix th[scope="col"]').count()).toBeGreaterThan(1);
    await page.screenshot({ path: join(SHOTS, 'report.png'), fullPage: true });
    await page.close();
    // Corroborated claims are collapsed under their own summary.
    const third = await open(reportHtmlName(reports['03-baltic-wire.txt'].document.id));
    const summary = third.locator('details summary', { hasText: 'Corroborated' });
    expect(await summary.isVisible()).toBe(true);
    expect(await third.locator('details article.corroborated').first().isVisible()).toBe(false);
    await summary.click();
    expect(await third.locator('details article.corroborated').first().isVisible()).toBe(true);
    await third.close();
  });

  it('shows article markup as text and runs no script', async () => {
    const page = await open('hostile.html');
    await expect(page.locator('h1').textContent()).resolves.toContain('<script>alert(1)</script>');
    expect(await page.locator('main img, main script, main iframe').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('is readable at phone width without horizontal scrolling of the page', async () => {
    const report = reports['05-morning-ledger.txt'];
    const page = await open(reportHtmlName(report.document.id), 375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'report-phone.png'), fullPage: true });
    await page.close();
  });

  it('made no request other than the report files themselves', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`file://${dir.dir}/`))).toEqual([]);
  });
});
