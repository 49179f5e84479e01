/** What every report view shares: finding order, labels, counts, and the figure series across sources. */
import { FINDING_ORDER, perFindingType } from '../../finding-types.ts';
import type { Finding, FindingType, Report } from '../../types.ts';
import { countFindings } from '../build.ts';

/** Most important first (finding-types.ts): what changed before what merely repeats. */
export { FINDING_ORDER };

export const LABEL: Record<FindingType, string> = perFindingType((_, info) => info.label);

export function ordered(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => FINDING_ORDER.indexOf(a.type) - FINDING_ORDER.indexOf(b.type));
}

export { countFindings };

/** "incoming/default/02-harbour.txt" → "02-harbour.txt" */
export function sourceName(sourceKey: string): string {
  return sourceKey.split('/').pop() ?? sourceKey;
}

export interface FigureSeries {
  about: string;
  points: Array<{ source: string; seq: number; value: number; label: string; current: boolean }>;
}

/** For each quantity of this document that earlier sources also counted: its value per source, in ingest order. */
export function figureSeries(report: Report): FigureSeries[] {
  const series: FigureSeries[] = [];
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  for (const f of report.findings) {
    if (f.type !== 'updated' && f.type !== 'corroborated') continue;
    const claim = claims.get(f.claimId);
    for (const fig of claim?.figures ?? []) {
      const points: FigureSeries['points'] = [];
      for (const m of f.matches) {
        const old = m.figures?.find((g) => g.about === fig.about && g.unit === fig.unit);
        if (old)
          points.push({
            source: sourceName(m.sourceKey),
            seq: m.seq ?? 0,
            value: old.value,
            label: old.raw ?? String(old.value),
            current: false,
          });
      }
      if (!points.length) continue;
      points.push({
        source: report.document.name ?? sourceName(report.document.sourceKey),
        seq: report.document.seq ?? Number.MAX_SAFE_INTEGER,
        value: fig.value,
        label: fig.raw ?? String(fig.value),
        current: true,
      });
      points.sort((a, b) => a.seq - b.seq);
      if (!series.some((s) => s.about === fig.about)) series.push({ about: fig.about, points });
    }
  }
  return series;
}
