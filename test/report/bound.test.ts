/**
 * The report's budget of quoted earlier claims (limits.ts): an upload whose every claim matches dozens of long
 * earlier claims must not make a report of hundreds of megabytes, and an ordinary report must not change at all.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.ts';
import { boundMatches } from '../../shared/report/build.ts';
import type { Finding, FindingMatch } from '../../shared/types.ts';

const match = (doc: number, text: string): FindingMatch => ({
  docId: `doc${doc}`,
  sourceKey: `incoming/default/${doc}.txt`,
  claimText: text,
  figures: [{ value: 12, unit: null, about: 'passengers' }],
  quote: null,
});

const finding = (i: number, matches: FindingMatch[]): Finding => ({
  type: 'corroborated',
  claimId: `c${i}`,
  claimText: `The ferry carried ${i} passengers across the bay.`,
  severity: null,
  matches,
  explanation: 'the corpus already says the same',
  firstSeen: matches[0] ?? null,
});

describe('the report budget of quoted earlier claims', () => {
  it('an ordinary report is returned as it is, with nothing noted', () => {
    const findings = [
      finding(1, [match(1, 'The ferry carried 12 passengers.'), match(2, 'Twelve passengers were aboard.')]),
      finding(2, []),
    ];
    const out = boundMatches(findings);
    expect(out.findings).toBe(findings);
    expect(out.note).toBeNull();
  });

  it('1,500 claims each matching 48 claims of 3,000 characters: a report of a few MB that says it is abridged', () => {
    const long = `The council said the ferry carried passengers. ${'x'.repeat(3_000 - 47)}`;
    const matches = Array.from({ length: 48 }, (_, d) => match(d, long));
    const findings = Array.from({ length: 1_500 }, (_, i) => finding(i, matches));
    const unbounded = findings.reduce((n, f) => n + f.matches.length * long.length, 0);
    expect(unbounded).toBeGreaterThan(200_000_000);

    const out = boundMatches(findings);
    const bytes = JSON.stringify(out.findings).length;
    expect(bytes).toBeLessThan(4_000_000);
    // Every finding keeps its verdict and at least the match that decided it.
    expect(out.findings.map((f) => f.type)).toEqual(findings.map((f) => f.type));
    for (const f of out.findings) expect(f.matches.length).toBeGreaterThanOrEqual(1);
    const listed = out.findings.reduce((n, f) => n + f.matches.length, 0);
    expect(listed).toBeLessThanOrEqual(LIMITS.reportMatches + findings.length);
    // What was left out is said, with the budget's reason.
    expect(out.note?.reason).toContain('over the work budget: earlier claims quoted in the report');
    expect(out.note?.text).toMatch(/^[\d,]+ earlier claims not listed in findings; [\d,]+ quoted earlier claims shortened/);
    // Quoted claims past the character budget are cut short and carry no figures.
    const last = out.findings.at(-1)!.matches[0];
    expect(last.claimText.length).toBe(LIMITS.reportQuotedClaimChars + 1);
    expect(last.figures).toBeUndefined();
  });

  it('past the budget, quoted claims shorter than the cut keep their text', () => {
    const matches = Array.from({ length: 48 }, (_, d) => match(d, 'Short.'));
    const out = boundMatches(Array.from({ length: 1_500 }, (_, i) => finding(i, matches)));
    expect(out.note?.text).toMatch(/earlier claims not listed/);
    expect(out.note?.text).not.toMatch(/shortened/);
    expect(out.findings.at(-1)!.matches[0].claimText).toBe('Short.');
  });
});
