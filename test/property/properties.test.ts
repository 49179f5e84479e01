/**
 * Properties over arbitrary input (fast-check): the cleaner, the claim extractor and the diff never throw, and
 * their invariants hold — cleaned text is drawn from the input, one finding per claim, matches point at candidates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/index.ts';
import { cleanDocument, cleanText } from '../../shared/clean/index.ts';
import { diffClaims } from '../../shared/diff/index.ts';
import { resolveEntities } from '../../shared/entities/index.ts';
import type { CorpusClaim } from '../../shared/types.ts';

const WORDS = [
  'the',
  'mayor',
  'said',
  'Oslo',
  'Anna',
  'Lind',
  '18',
  'killed',
  'not',
  '“',
  '”',
  '"',
  'dozens',
  'of',
  'troops',
  'At',
  'least',
  'Mr.',
  'U.S.',
  '—',
  'Advertisement',
  '©',
  'Read more:',
  '…',
  '\n',
  '\n\n',
  '.',
  ',',
  'twofold',
  'increase',
  'denied',
  'state of emergency',
  'nationwide',
  '<p>',
  '</p>',
  '<script>',
  '%',
  '$5',
  'million',
];
const newsish = fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((w) => w.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), newsish);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('cleaner', () => {
  it('never throws on text, and keeps only lines drawn from the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = cleanText(text);
        const source = norm(text);
        for (const paragraph of r.body.split('\n\n').filter(Boolean)) expect(source).toContain(norm(paragraph));
        expect(typeof r.emptyReason === 'string' || r.body.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on HTML', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const r = await cleanDocument(`<html><body><article>${text}</article></body></html>`, { format: 'html' });
        expect(typeof r.body).toBe('string');
      }),
      { numRuns: 40 },
    );
  });
});

describe('claims, entities and diff', () => {
  it('never throw, and give exactly one finding per claim with matches among the candidates', () => {
    fc.assert(
      fc.property(newsish, newsish, (earlier, later) => {
        const a = extractClaims(earlier);
        const b = extractClaims(later);
        const first = resolveEntities(a.entities, { entities: [] });
        const second = resolveEntities(b.entities, first.registry);
        const corpus: CorpusClaim[] = a.claims.map((c) => ({
          ...c,
          entities: c.entities.map(first.canonicalOf),
          docId: 'a',
          sourceKey: 'incoming/p/a.txt',
          seq: 1,
        }));
        const claims = b.claims.map((c) => ({ ...c, entities: c.entities.map(second.canonicalOf) }));
        const findings = diffClaims(claims, corpus);
        expect(findings.map((f) => f.claimId)).toEqual(claims.map((c) => c.id));
        const ids = new Set(corpus.map((c) => c.id));
        for (const f of findings) {
          if (f.type === 'new') expect(f.matches).toEqual([]);
          else expect(f.matches.length).toBeGreaterThan(0);
          for (const m of f.matches) expect(ids.has(m.claimId!)).toBe(true);
        }
        for (const c of b.claims) expect(norm(later)).toContain(norm(c.text).slice(0, 20));
      }),
      { numRuns: 300 },
    );
  });
});
