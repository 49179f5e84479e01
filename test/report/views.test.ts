/** Markdown and terminal views: content, ordering, escaping, NO_COLOR and width. */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../shared/report/render-markdown.ts';
import {
  progressBar,
  remedyFor,
  renderIngestLine,
  renderReportsTable,
  renderTerminal,
  shouldUseColor,
} from '../../shared/report/render-terminal.ts';
import { renderHtml, renderIndexHtml } from '../../shared/report/render-html.ts';
import type { Report } from '../../shared/types.ts';
import { exampleReports, hostileReport } from '../support/reports.ts';

let reports: Record<string, Report>;
let last: Report;
beforeAll(async () => {
  reports = await exampleReports();
  last = reports['04-coastline-news.html'];
}, 120_000);

describe('Markdown report', () => {
  it('orders sections by what matters and lists sources', () => {
    const md = renderMarkdown(last);
    const order = ['## Contradicted', '## Updated', '## Quote altered', '## New', '## Corroborated']
      .map((h) => md.indexOf(h))
      .filter((i) => i >= 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(md).toContain('## Updated');
    expect(md).toContain('14 → 17');
    expect(md).toMatch(/02-northern-post\.html/);
  });

  it('escapes article content so it cannot become HTML or links', () => {
    const md = renderMarkdown(hostileReport(last));
    expect(md).not.toMatch(/<script|<img|onerror=alert\(2\)>|\]\(javascript:/);
    expect(md).toContain('&lt;script&gt;');
  });
});

describe('terminal views', () => {
  it('honours NO_COLOR and non-TTY output', () => {
    expect(shouldUseColor({ isTTY: true }, {})).toBe(true);
    expect(shouldUseColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor({ isTTY: false }, {})).toBe(false);
    expect(renderTerminal(last, { color: false })).not.toMatch(/\x1b\[/);
    expect(renderTerminal(last, { color: true })).toMatch(/\x1b\[/);
  });

  it('summarises counts, changes first, within the width', () => {
    const text = renderTerminal(last, { color: false, width: 80 });
    expect(text).toMatch(/updated \d+/);
    expect(text.indexOf('Updated')).toBeLessThan(text.indexOf('New ('));
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('shows control characters from articles inert', () => {
    expect(renderTerminal(hostileReport(last), { color: false })).not.toContain('\u001b[31m');
  });

  it('prints a reports table, ingest lines and a progress bar', () => {
    const entries = Object.values(reports).map((r, i) => ({
      name: r.document.name!,
      sourceKey: r.document.sourceKey,
      docId: r.document.id,
      status: 'ok' as const,
      reason: null,
      counts: { new: i, corroborated: 1, updated: 0, contradicted: 0, quote_altered: 0 },
      ingestedAt: `2024-10-1${i}T00:00:00Z`,
      seq: i + 1,
    }));
    const rejected = {
      name: 'photo.png',
      sourceKey: 'incoming/default/photo.png',
      docId: null,
      status: 'rejected' as const,
      reason: 'binary file (PNG image), not an article',
      counts: null,
      ingestedAt: '2024-10-20T00:00:00Z',
    };
    const table = renderReportsTable([rejected, ...entries], { color: false, width: 100 });
    expect(table).toContain('rejected');
    expect(table).toContain('binary file (PNG image)');
    expect(renderIngestLine(rejected, { color: false })).toBe(
      '✗ photo.png: rejected — binary file (PNG image), not an article; ' +
        'save the article as .txt or .html (export a PDF or Word document to text first) and upload that',
    );
    expect(progressBar(3, 12, 12)).toBe('[###---------] 3/12');
  });
});

describe('HTML report markup', () => {
  it('is self-contained and escapes every article string', () => {
    const html = renderHtml(hostileReport(last));
    expect(html).not.toMatch(/<script|<img|<iframe|<[^>]*\son\w+=|href="javascript|https?:\/\//i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Content-Security-Policy');
  });

  it('links every ok report from the index page with relative links, and lists rejections without a link', () => {
    const html = renderIndexHtml('default', [
      {
        name: 'a.txt',
        sourceKey: 'incoming/default/a.txt',
        docId: 'abc123',
        status: 'ok',
        reason: null,
        counts: { new: 1, corroborated: 0, updated: 0, contradicted: 0, quote_altered: 0 },
        ingestedAt: '2024-01-01T00:00:00Z',
      },
      {
        name: '<b>x</b>.png',
        sourceKey: 'incoming/default/x.png',
        docId: null,
        status: 'rejected',
        reason: 'binary file',
        counts: null,
        ingestedAt: '2024-01-02T00:00:00Z',
      },
    ]);
    expect(html).toContain('href="./abc123.html"');
    expect(html).toContain('rejected: binary file');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;.png');
  });
});

/** A report built by hand, so each rule below is checked on an invented case. */
function invented(): Report {
  const base = structuredClone(last);
  const other = 'incoming/default/a-very-long-outlet-name-2024.html';
  base.findings = [
    {
      type: 'contradicted',
      claimId: 'c1',
      claimText: 'The bridge did not reopen on Tuesday.',
      severity: null,
      matches: [{ docId: 'd0c0ffee00', sourceKey: other, claimText: 'The bridge reopened on Tuesday.' }],
      explanation: 'denies what a-very-long-outlet-name-2024.html asserts',
    },
    {
      type: 'corroborated',
      claimId: 'c2',
      claimText: '“We will rebuild,” the mayor said.',
      severity: null,
      matches: [{ docId: 'd0c0ffee00', sourceKey: other, claimText: '“We will rebuild,” the mayor said.' }],
      explanation: 'also reported by a-very-long-outlet-name-2024.html',
    },
  ];
  return base;
}

describe('report polish', () => {
  it('a rejection says what to do, by the kind of reason', () => {
    expect(remedyFor('empty file')).toMatch(/upload the article/);
    expect(remedyFor('file is 12.0 MiB, over the 10 MiB limit for one article')).toMatch(/article alone/);
    expect(remedyFor('corpus name "a b" must be 1-63 letters')).toMatch(/incoming\/<corpus>/);
    expect(remedyFor('something nobody foresaw')).toBe('fix the file and upload it again');
  });

  it('the terminal view shows what a denial denies, says "1 claim", and cuts nothing when piped (no width)', () => {
    const text = renderTerminal(invented(), { color: false });
    expect(text).toContain('a-very-long-outlet-name-2024.html: “The bridge reopened on Tuesday.”');
    expect(text).toContain('Corroborated: 1 claim, by');
    expect(text).not.toContain('…');
  });

  it('Markdown does not double the quotation marks of a quotation, and links sources and the index', () => {
    const md = renderMarkdown(invented());
    expect(md).not.toMatch(/““|””/);
    expect(md).toContain('(./d0c0ffee00.md)');
    expect(md).toContain('(./index.html)');
  });

  it('HTML links each source to its report and to the index, and chart labels keep the whole source name', () => {
    const html = renderHtml(invented());
    expect(html).toContain('<a href="./d0c0ffee00.html">a-very-long-outlet-name-2024.html</a>');
    expect(html).toContain('href="./index.html"');
    const labels = [...renderHtml(last).matchAll(/<text[^>]*font-size="10"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).not.toContain('…');
  });
});
