/** Checks a report object against ../shared/CONTRACT.md (schemaVersion 1), field by field. */
import { expect } from 'vitest';
import type { Report } from '../../shared/types.ts';

/** The `type` values of ../shared/CONTRACT.md, as the contract spells them (finding-types.ts must hold exactly these). */
export const CONTRACT_FINDING_TYPES = ['new', 'corroborated', 'updated', 'contradicted', 'quote_altered'];
const CLAIM_KINDS = ['statement', 'quote', 'figure', 'event'];
const ENTITY_KINDS = ['person', 'organization', 'place', 'other'];
const nullableString = (v: unknown) => v === null || typeof v === 'string';

export function expectContractReport(report: Report, storedDocIds?: Set<string>): void {
  expect(report.schemaVersion).toBe(1);
  const d = report.document;
  expect(typeof d.id).toBe('string');
  expect(d.sourceKey).toMatch(/^incoming\//);
  for (const f of [d.title, d.byline]) expect(nullableString(f)).toBe(true);
  expect(d.published === null || /^\d{4}-\d{2}-\d{2}$/.test(d.published)).toBe(true);
  expect(typeof d.cleanedText).toBe('string');
  for (const r of d.removed) {
    expect(typeof r.text).toBe('string');
    expect(typeof r.reason).toBe('string');
    expect(r.reason.length).toBeGreaterThan(0);
  }
  const claimIds = new Set<string>();
  for (const c of report.claims) {
    expect(typeof c.id).toBe('string');
    expect(claimIds.has(c.id)).toBe(false);
    claimIds.add(c.id);
    expect(c.text.length).toBeGreaterThan(0);
    expect(CLAIM_KINDS).toContain(c.kind);
    expect(nullableString(c.speaker)).toBe(true);
    expect(nullableString(c.quote)).toBe(true);
    for (const f of c.figures) {
      expect(typeof f.value).toBe('number');
      expect(Number.isFinite(f.value)).toBe(true);
      expect(nullableString(f.unit)).toBe(true);
      expect(typeof f.about).toBe('string');
    }
    expect(Array.isArray(c.entities)).toBe(true);
  }
  // Exactly one finding per claim.
  expect(report.findings.map((f) => f.claimId).sort()).toEqual([...claimIds].sort());
  const claimText = new Map(report.claims.map((c) => [c.id, c.text]));
  for (const f of report.findings) {
    expect(CONTRACT_FINDING_TYPES).toContain(f.type);
    expect(f.claimText).toBe(claimText.get(f.claimId));
    expect([null, 'minor', 'substantive']).toContain(f.severity);
    if (f.type === 'quote_altered') expect(f.severity).not.toBeNull();
    if (f.type === 'new') expect(f.matches).toEqual([]);
    else expect(f.matches.length).toBeGreaterThan(0);
    for (const m of f.matches) {
      expect(typeof m.docId).toBe('string');
      expect(m.docId).not.toBe(d.id);
      expect(m.sourceKey).toMatch(/^incoming\//);
      expect(typeof m.claimText).toBe('string');
      if (storedDocIds) expect(storedDocIds.has(m.docId)).toBe(true);
    }
    expect(typeof f.explanation).toBe('string');
    expect(f.explanation.length).toBeGreaterThan(0);
  }
  for (const e of report.entities) {
    expect(typeof e.canonical).toBe('string');
    expect(ENTITY_KINDS).toContain(e.kind);
    expect(e.variants.length).toBeGreaterThan(0);
  }
}
