/** Assembles the report object of the contract (schemaVersion 1) from the stage outputs. */
import { perFindingType } from '../finding-types.ts';
import type { Claim, Finding, FindingCounts, PreparedDocument, Report, ReportEntity, ReportListEntry } from '../types.ts';

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
  return {
    schemaVersion: 1,
    document: {
      id: prepared.id,
      sourceKey: input.sourceKey,
      title: prepared.title,
      byline: prepared.byline,
      published: prepared.published,
      cleanedText: prepared.cleanedText,
      removed: prepared.removed,
      name: input.name,
      corpus: prepared.corpus,
      seq: input.seq,
      ingestedAt: input.ingestedAt,
    },
    claims: input.claims,
    findings: input.findings,
    entities: input.entities,
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
