/**
 * The README's screenshot: the example story through the pipeline, one report rendered and photographed in headless
 * chromium at 1200 px. Usage: npx tsx scripts/screenshot.ts [--name 04-coastline-news.html] [--out docs/report.png]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderHtml } from '../shared/report/render-html.ts';
import { launch } from '../test/support/browser.ts';
import { exampleReports } from '../test/support/reports.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { values } = parseArgs({
  options: { name: { type: 'string', default: '04-coastline-news.html' }, out: { type: 'string', default: 'docs/report.png' } },
});
const reports = await exampleReports();
const report = reports[values.name!];
if (!report) throw new Error(`no example called ${values.name}`);
const dir = mkdtempSync(join(tmpdir(), 'claimdiff-shot-'));
const file = join(dir, 'report.html');
writeFileSync(file, renderHtml(report));
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1500 } });
  await page.goto(`file://${file}`);
  await page.screenshot({ path: values.out!, fullPage: false });
  console.log(`wrote ${values.out}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
