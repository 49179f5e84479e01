/** Properties of extraction on arbitrary text built from our own news-like fragments: it never throws, ids run in
 *  reading order, every claim's text is read from the body, and speakers and entities name document entities. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/index.ts';
import { resolveEntities } from '../../shared/entities/index.ts';

const fragments = [
  'Mayor Kari Lind said',
  '“We will rebuild,”',
  'J. K.',
  'at least 18 officers were killed',
  'and',
  'Mr.',
  'U.S.',
  '"',
  '”',
  '“',
  'the ferry sank.',
  'Dozens fled.',
  'According to the Port Authority,',
  'he added',
  '…',
  '- Schools were shut',
  'RIVERTON (Valley News) –',
  'Qasym Zhaksybekov',
  'Tokayev’s',
  '40%',
  '$3.5 million',
  'twofold',
  'doubled',
  'The minister',
  'did not',
  'Jan. 5',
  '10 p.m.',
  ',',
  ';',
  '.',
];
const body = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 })), { maxLength: 40 })
  .map((parts) => parts.join(' '));
const paragraphs = fc.array(body, { maxLength: 5 }).map((ps) => ps.join('\n\n'));

describe('extraction properties', () => {
  it('never throws, numbers claims in order, and reads every claim from the body', () => {
    fc.assert(
      fc.property(paragraphs, (text) => {
        const { claims, entities } = extractClaims(text);
        const flat = text.replace(/\s+/g, ' ');
        const names = new Set(entities.map((e) => e.name));
        claims.forEach((c, i) => {
          expect(c.id).toBe(`c${i + 1}`);
          expect(flat).toContain(c.text.replace(/[,;]$/, ''));
          if (c.speaker) expect(names.has(c.speaker)).toBe(true);
          for (const n of c.entities) expect(names.has(n)).toBe(true);
          for (const f of c.figures) expect(Number.isFinite(f.value)).toBe(true);
        });
        const resolved = resolveEntities(entities, { entities: [] });
        for (const e of entities) expect(resolved.canonicalOf(e.name)).toBeTruthy();
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
