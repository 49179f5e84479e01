/**
 * The finding-type registry (shared/finding-types.ts) is the one place a type is declared: it must hold exactly the
 * contract's types, and every view must show each of them, with its label and colour.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_ORDER, FINDING_TYPE_NAMES, FINDING_TYPES } from '../../shared/finding-types.ts';
import { countFindings } from '../../shared/report/build.ts';
import { renderMarkdown } from '../../shared/report/render-markdown.ts';
import { renderHtml } from '../../shared/report/render-html.ts';
import { renderTerminal } from '../../shared/report/render-terminal.ts';
import type { Finding, FindingType, Report } from '../../shared/types.ts';
import { CONTRACT_FINDING_TYPES } from '../support/contract.ts';

const contract = join(import.meta.dirname, '../../../shared/CONTRACT.md');

/** An invented report with one finding of every type, each matching an earlier source but 'new'. */
function reportWithEveryType(): Report {
  const findings: Finding[] = FINDING_TYPE_NAMES.map((type, i) => ({
    type,
    claimId: `c${i}`,
    claimText: `Claim number ${i} of type ${type}.`,
    severity: type === 'quote_altered' ? 'minor' : null,
    matches: type === 'new' ? [] : [{ docId: 'd0', sourceKey: 'incoming/default/earlier.txt', claimText: `Earlier claim ${i}.`, seq: 1 }],
    explanation: `because ${type}`,
  }));
  return {
    schemaVersion: 1,
    document: {
      id: 'd1',
      sourceKey: 'incoming/default/later.txt',
      title: 'Later',
      byline: null,
      published: null,
      cleanedText: '',
      removed: [],
      name: 'later.txt',
      seq: 2,
    },
    claims: findings.map((f) => ({
      id: f.claimId,
      text: f.claimText,
      kind: 'statement',
      speaker: null,
      quote: null,
      figures: [],
      entities: [],
    })),
    findings,
    entities: [],
  };
}

describe('finding types', () => {
  it('are exactly the contract’s, in its order', () => {
    expect(FINDING_TYPE_NAMES).toEqual(CONTRACT_FINDING_TYPES);
    expect(Object.keys(countFindings([]))).toEqual(CONTRACT_FINDING_TYPES);
    if (existsSync(contract)) {
      const union = /"type":\s*((?:"[a-z_]+"\s*\|?\s*)+)/.exec(readFileSync(contract, 'utf8'))?.[1] ?? '';
      expect([...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1])).toEqual(CONTRACT_FINDING_TYPES);
    }
  });

  it('have distinct ranks and view positions, so precedence and order are never a tie', () => {
    const infos = FINDING_TYPE_NAMES.map((t) => FINDING_TYPES[t]);
    expect(new Set(infos.map((i) => i.rank)).size).toBe(infos.length);
    expect(infos.map((i) => i.position).sort()).toEqual(infos.map((_, i) => i));
    expect(FINDING_ORDER[0]).toBe('contradicted');
    // Only 'new' has no earlier source, so only it has no cell in the source matrix.
    expect(FINDING_TYPE_NAMES.filter((t) => FINDING_TYPES[t].cell === null)).toEqual(['new']);
  });

  it('each appear in every view with their label and colour', () => {
    const report = reportWithEveryType();
    const md = renderMarkdown(report);
    const html = renderHtml(report);
    const terminal = renderTerminal(report, { color: true });
    for (const type of FINDING_TYPE_NAMES as FindingType[]) {
      const { label, css, cell } = FINDING_TYPES[type];
      expect(md).toContain(`## ${label} (1)`);
      expect(html).toContain(`.t-${type}{color:var(--${css})}`);
      expect(html).toContain(`article.finding.${type}{border-color:var(--${css})}`);
      if (cell) expect(html).toContain(`<span class="t-${type}" aria-label="${label}">${cell}</span>`);
      expect(terminal.toLowerCase()).toContain(`${label.toLowerCase()} 1`);
    }
  });
});
