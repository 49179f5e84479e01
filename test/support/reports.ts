/** Real reports for view tests: the project's example story through the pipeline, once per test file. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestStory } from './gold.ts';
import type { Report } from '../../shared/types.ts';

export const EXAMPLES = join(import.meta.dirname, '../../examples');

export async function exampleReports(): Promise<Record<string, Report>> {
  const order = readdirSync(EXAMPLES)
    .filter((n) => /\.(txt|html?)$/.test(n))
    .sort();
  return ingestStory(EXAMPLES, order);
}

/** A report whose article text, title, quotes and entity names carry markup and control characters. */
export function hostileReport(base: Report): Report {
  const evil = '<script>alert(1)</script><img src=x onerror=alert(2)> [link](javascript:alert(3)) \u001b[31mred';
  return {
    ...base,
    document: { ...base.document, title: `Title ${evil}`, byline: `By ${evil}`, cleanedText: `${evil}\n\n${base.document.cleanedText}` },
    claims: base.claims.map((c, i) => (i === 0 ? { ...c, text: `${c.text} ${evil}`, quote: c.quote ? `${c.quote} ${evil}` : c.quote } : c)),
    findings: base.findings.map((f, i) =>
      i === 0 ? { ...f, claimText: `${f.claimText} ${evil}`, explanation: `${f.explanation} ${evil}` } : f,
    ),
    entities: [...base.entities, { canonical: `Evil ${evil}`, kind: 'person', variants: [`Evil ${evil}`] }],
  };
}
