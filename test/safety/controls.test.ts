/**
 * Control characters, escape sequences and direction overrides from an upload never reach the claims or any output
 * (shared/clean/controls.ts). Invented examples; each shape as an uploader could send it.
 */
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../shared/claims/index.ts';
import { stripControls } from '../../shared/clean/controls.ts';
import { cleanDocument } from '../../shared/clean/index.ts';
import { renderHtml } from '../../shared/report/render-html.ts';
import { renderMarkdown } from '../../shared/report/render-markdown.ts';
import { renderTerminal } from '../../shared/report/render-terminal.ts';
import { exampleReports } from '../support/reports.ts';

/** Anything a terminal or a browser would act on or reorder. */
const ACTIVE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const OVERRIDE = '\u202e';
const POP = '\u202c';

describe('stripControls', () => {
  test('removes escape sequences whole, controls and direction overrides; keeps newlines, tabs and other text', () => {
    expect(stripControls('clear\x1b[2J\x1b[Hscreen')).toBe('clearscreen');
    // OSC 8: a link that shows one text and opens another address; the shown text stays, the address goes.
    expect(stripControls('see \x1b]8;;https://evil.example/\x07the report\x1b]8;;\x07 here')).toBe('see the report here');
    expect(stripControls('title\x1b]0;pwned\x1b\\ end')).toBe('title end');
    expect(stripControls(`rose to ${OVERRIDE}81${POP} on Monday`)).toBe('rose to 81 on Monday');
    expect(stripControls('a\u2066b\u2069c\u202ad')).toBe('abcd');
    expect(stripControls('bell\x07 nul\x00 del\x7f c1\x85\x9b')).toBe('bell nul del c1');
    expect(stripControls('one\r\ntwo\rthree\x0cfour\tfive')).toBe('one\ntwo\nthree\nfour\tfive');
    expect(stripControls('Zürich — “quoted” 12 %')).toBe('Zürich — “quoted” 12 %');
  });

  test('is linear: a megabyte of escape openers takes one pass', () => {
    const hostile = '\x1b['.repeat(200_000) + '\n' + '\x1b]'.repeat(200_000) + '\x07x';
    expect(stripControls(hostile)).toBe('\nx');
  });
});

describe('uploads carrying controls', () => {
  const article = (figure: string) =>
    `Harbour closure extended\n\nBy Jane Doe\n\nThe number of ferries cancelled at the northern harbour rose to ${figure} on Monday, ` +
    `the port authority said in a statement.\n\nOfficials said repairs to the breakwater would take at least two more weeks, and ` +
    `that freight would be moved to the southern terminal in the meantime.`;

  test('a reversed figure is read as written in the text path: "rose to ‮81‬" is 81', async () => {
    const cleaned = await cleanDocument(article(`${OVERRIDE}81${POP}`), { name: 'a.txt' });
    expect(cleaned.body).toContain('rose to 81 on Monday');
    expect(cleaned.body).not.toMatch(ACTIVE);
    const { claims } = extractClaims(cleaned.body);
    expect(claims.flatMap((c) => c.figures.map((f) => f.value))).toContain(81);
  });

  test('an override written as an HTML entity is removed after the page is parsed', async () => {
    const paragraphs = article('&#x202E;81&#x202C;')
      .split('\n\n')
      .slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const html =
      '<!doctype html><html><head><title>Ferries &#x202E;cancelled&#x202C;</title></head><body><article><h1>Harbour closure extended</h1>' +
      `${paragraphs}<p>The authority said the \x1b[2Jsouthern terminal could take about 40 sailings a day.</p></article></body></html>`;
    const cleaned = await cleanDocument(html, { name: 'a.html' });
    expect(cleaned.body).toContain('rose to 81 on Monday');
    expect(`${cleaned.title}\n${cleaned.byline}\n${cleaned.body}\n${cleaned.removed.map((r) => r.text).join('\n')}`).not.toMatch(ACTIVE);
  });

  test('no output carries them: terminal, Markdown and HTML of a report whose texts hold them', async () => {
    const reports = await exampleReports();
    const base = Object.values(reports).at(-1)!;
    const evil = `\x1b]8;;https://evil.example/\x07link\x1b]8;;\x07 \x1b[2J ${OVERRIDE}81${POP}`;
    const report = {
      ...base,
      document: { ...base.document, title: `Title ${evil}`, byline: `By ${evil}`, name: `name${evil}.txt` },
      findings: base.findings.map((f, i) =>
        i === 0 ? { ...f, claimText: `${f.claimText} ${evil}`, explanation: `${f.explanation} ${evil}` } : f,
      ),
      entities: [...base.entities, { canonical: `Evil ${evil}`, kind: 'person' as const, variants: [`Evil ${evil}`] }],
    };
    for (const output of [
      renderTerminal(report, { color: false }),
      renderTerminal(report, { color: true }).replace(/\x1b\[\d+m/g, ''),
      renderMarkdown(report),
      renderHtml(report),
    ]) {
      expect(output).not.toMatch(ACTIVE);
      expect(output).not.toContain('evil.example');
      expect(output).toContain('81');
    }
  });
});
