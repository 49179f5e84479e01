/**
 * The verdict detectors: every entry's example (invented claims) is decided by its own detector, with the finding
 * the entry names, and the diff reports that finding for it.
 */
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../shared/claims/index.ts';
import { diffClaims, VERDICT_RULES } from '../../shared/diff/index.ts';
import { judge, prepare, type PreparedCorpusClaim } from '../../shared/diff/verdicts.ts';
import type { Claim, CorpusClaim } from '../../shared/types.ts';

function onlyClaim(text: string): Claim {
  const { claims } = extractClaims(text);
  expect(claims, text).toHaveLength(1);
  return claims[0];
}

describe('verdict detectors', () => {
  test('names are unique and the last one always decides', () => {
    expect(new Set(VERDICT_RULES.map((r) => r.name)).size).toBe(VERDICT_RULES.length);
    expect(VERDICT_RULES.at(-1)!.name).toBe('corroborated');
  });
  for (const rule of VERDICT_RULES) {
    test(`${rule.name}: ${rule.example.claim}`, () => {
      expect(rule.reason.length).toBeGreaterThan(10);
      const earlier: CorpusClaim = { ...onlyClaim(rule.example.earlier), docId: 'd1', sourceKey: 'incoming/t/earlier.txt', seq: 1 };
      const claim = onlyClaim(rule.example.claim);
      const { rule: decidedBy, verdict } = judge(prepare(claim), prepare(earlier) as PreparedCorpusClaim);
      expect(decidedBy).toBe(rule.name);
      expect(verdict?.type ?? 'new').toBe(rule.example.finding);
      expect(diffClaims([claim], [earlier])[0].type).toBe(rule.example.finding);
    });
  }
});
