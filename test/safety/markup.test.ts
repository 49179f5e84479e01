/**
 * The linear whole-page scans (shared/clean/markup.ts) give the same result as the regexes they replace, on generated
 * fragments of markup; and they stay linear on the shapes that made those regexes quadratic.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { removeSpans, replaceTags, tagDepth } from '../../shared/clean/markup.ts';

const pieces = [
  '<',
  '>',
  '/',
  '<!--',
  '-->',
  '<!-->',
  '<script>',
  '<script type="application/ld+json">',
  '</script>',
  '</script >',
  '<style>',
  '</STYLE>',
  '<svg>',
  '</svg>',
  '<br/>',
  '<p>',
  '</p>',
  '<a-b x="/">',
  ' ',
  'x',
  '<meta>',
  '</ div>',
];
const markup = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

/** The regex version of tagDepth, as it was before the linear scan replaced it. */
function regexTagDepth(html: string, limit: number): number {
  const re = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (/^(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i.test(m[2]) || m[3]) continue;
    depth += m[1] ? -1 : 1;
    if (depth > max && (max = depth) > limit) return max;
  }
  return max;
}

describe('linear markup scans', () => {
  test('removeSpans removes what the lazy regex alternation removes, keeping what it keeps', () => {
    const keep = (s: string) => /ld\+json/.test(s);
    fc.assert(
      fc.property(markup, (html) => {
        expect(removeSpans(html, [{ open: /<script\b/i, close: /<\/script\s*>/i, keep }], '')).toBe(
          html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, (s) => (keep(s) ? s : '')),
        );
        const kinds = [
          { open: /<style\b/i, close: /<\/style\s*>/i },
          { open: /<svg\b/i, close: /<\/svg\s*>/i },
          { open: /<!--/, close: /-->/ },
        ];
        expect(removeSpans(html, kinds, '#')).toBe(
          html.replace(/<style\b[\s\S]*?<\/style\s*>|<svg\b[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->/gi, '#'),
        );
      }),
      { numRuns: 2000 },
    );
  });

  test('replaceTags replaces what /<[^>]+>/ (and /<[^>]*>/) replaces', () => {
    fc.assert(
      fc.property(markup, (html) => {
        expect(replaceTags(html, ' ')).toBe(html.replace(/<[^>]+>/g, ' '));
        expect(replaceTags(html, ' ', true)).toBe(html.replace(/<[^>]*>/g, ' '));
      }),
      { numRuns: 2000 },
    );
  });

  test('tagDepth counts as the tag regex did', () => {
    fc.assert(
      fc.property(markup, fc.integer({ min: 1, max: 5 }), (html, limit) => {
        expect(tagDepth(html, limit)).toBe(regexTagDepth(html, limit));
      }),
      { numRuns: 2000 },
    );
  });

  test('a page of 200,000 unclosed openers is one pass, not one scan per opener', () => {
    // 200,000 openers with no closer: the regexes took minutes on a quarter of this; a linear scan takes milliseconds.
    for (const opener of ['<!--', '<script', '<style', '<', '<a', '</a']) {
      const page = opener.repeat(200_000) + 'x'.repeat(1000);
      expect(
        removeSpans(
          page,
          [
            { open: /<script\b/i, close: /<\/script\s*>/i },
            { open: /<style\b/i, close: /<\/style\s*>/i },
            { open: /<!--/, close: /-->/ },
          ],
          '',
        ),
      ).toBe(page);
      expect(replaceTags(page, ' ')).toBe(page);
      expect(tagDepth(page, 1000)).toBe(0);
    }
  });
});
