/** Assembles the report object of the contract (schemaVersion 1) from the stage outputs. */
import { perFindingType } from '../finding-types.ts';
import { LIMITS, overBudget } from '../limits.ts';
import type { Claim, Finding, FindingCounts, FindingMatch, PreparedDocument, Report, ReportEntity, ReportListEntry } from '../types.ts';

/** How many findings of each type, every type present (in the contract's order: the `counts` of `reports --json`). */
export function countFindings(findings: Finding[]): FindingCounts {
  const counts: FindingCounts = perFindingType(() => 0);
  for (const f of findings) counts[f.type]++;
  return counts;
}

export function buildReport(input: {
  prepared: PreparedDocument;
  sourceKey: string;
  name: string;
  claims: Claim[];
  findings: Finding[];
  entities: ReportEntity[];
  seq: number;
  ingestedAt: string;
}): Report {
  const { prepared } = input;
  const { findings, note } = boundMatches(input.findings);
  return {
    schemaVersion: 1,
    document: {
      id: prepared.id,
      sourceKey: input.sourceKey,
      title: prepared.title,
      byline: prepared.byline,
      published: prepared.published,
      cleanedText: prepared.cleanedText,
      removed: note ? [...prepared.removed, note] : prepared.removed,
      name: input.name,
      corpus: prepared.corpus,
      seq: input.seq,
      ingestedAt: input.ingestedAt,
    },
    claims: input.claims,
    findings,
    entities: input.entities,
  };
}

/**
 * The findings within the report's budget of quoted earlier claims (limits.ts `reportMatches`, `reportMatchChars`).
 * Findings are walked in order; once the budget is spent, each later finding keeps its first match only (its type
 * and explanation are unchanged: they were decided on all of them), and every quoted claim is cut short, without its
 * figures. What was left out is counted in one `removed` entry, so the reader knows the report is abridged. Within
 * the budget (every report of the evaluation, by 100×) the findings are returned as they are.
 */
export function boundMatches(findings: Finding[]): { findings: Finding[]; note: { text: string; reason: string } | null } {
  let listed = 0;
  let chars = 0;
  for (const f of findings) {
    listed += f.matches.length;
    for (const m of f.matches) chars += m.claimText.length;
    chars += f.firstSeen?.claimText.length ?? 0;
  }
  if (listed <= LIMITS.reportMatches && chars <= LIMITS.reportMatchChars) return { findings, note: null };

  listed = 0;
  chars = 0;
  let unlisted = 0;
  let shortened = 0;
  const quote = (m: FindingMatch): FindingMatch => {
    if (chars + m.claimText.length <= LIMITS.reportMatchChars) {
      chars += m.claimText.length;
      return m;
    }
    shortened++;
    const { figures: _figures, quote: _quote, ...rest } = m;
    const cut =
      m.claimText.length > LIMITS.reportQuotedClaimChars ? `${m.claimText.slice(0, LIMITS.reportQuotedClaimChars)}…` : m.claimText;
    return { ...rest, claimText: cut };
  };
  const bounded = findings.map((f) => {
    const room = Math.max(1, LIMITS.reportMatches - listed);
    const kept = f.matches.slice(0, room);
    unlisted += f.matches.length - kept.length;
    listed += kept.length;
    return { ...f, matches: kept.map(quote), ...(f.firstSeen ? { firstSeen: quote(f.firstSeen) } : {}) };
  });
  const parts = [
    unlisted ? `${unlisted.toLocaleString('en-US')} earlier claims not listed in findings` : '',
    shortened ? `${shortened.toLocaleString('en-US')} quoted earlier claims shortened` : '',
  ].filter(Boolean);
  return {
    findings: bounded,
    note: { text: `${parts.join('; ')} (the report's findings are abridged)`, reason: overBudget('earlier claims quoted in the report') },
  };
}

export function listEntryOf(report: Report, uploadedAt: string): ReportListEntry {
  return {
    name: report.document.name ?? report.document.sourceKey.split('/').pop() ?? report.document.sourceKey,
    sourceKey: report.document.sourceKey,
    docId: report.document.id,
    status: 'ok',
    reason: null,
    counts: countFindings(report.findings),
    title: report.document.title,
    published: report.document.published,
    ingestedAt: uploadedAt,
    seq: report.document.seq ?? null,
    duplicateOf: null,
  };
}
