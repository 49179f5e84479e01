/**
 * Gold checks: ingest a story's articles in order through the real local pipeline (embedded S3 + both handlers),
 * then check the reports against a gold file (../shared/corpus/kazakhstan/gold.json format). Used by `npm run eval`
 * and by the tests on the project's own fixture stories.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace } from '../../cli/workspace.ts';
import { FINDING_TYPE_NAMES, FINDING_TYPES } from '../../shared/finding-types.ts';
import { keys } from '../../shared/pipeline/keys.ts';
import { getJson } from '../../shared/storage/store.ts';
import type { Report } from '../../shared/types.ts';

export interface Gold {
  ingestOrder: string[];
  documents: Record<
    string,
    {
      boilerplate?: string[];
      mustKeep?: string[];
      metadata?: { title?: string; byline?: string; published?: string };
      duplicateTitleMustAppearOnce?: string;
    }
  >;
  expectedFindings?: Array<{ report: string; claimContains: string; types: string[]; source?: string; severity?: string }>;
  expectedEntities?: Array<{ sameEntity: string[] }>;
  mustNotMerge?: Array<{ differentEntities: string[] }>;
  mustNotFind?: Array<{ report: string; claimContains: string }>;
}

export interface Check {
  group: 'cleaning' | 'metadata' | 'findings' | 'entities' | 'claims';
  name: string;
  pass: boolean;
  detail: string;
}

/** Case-insensitive, curly quotes folded to straight ones, whitespace collapsed (gold.json's matching rule). */
export function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
export const has = (haystack: string | null | undefined, needle: string) => fold(haystack ?? '').includes(fold(needle));

/** Ingests the story into a fresh embedded store and returns each document's report by file name. */
export async function ingestStory(dir: string, order: string[]): Promise<Record<string, Report>> {
  const data = mkdtempSync(join(tmpdir(), 'claimdiff-gold-'));
  const workspace = await openWorkspace({ data, bucket: null });
  const reports: Record<string, Report> = {};
  try {
    for (const name of order) {
      const result = await workspace.ingest(join(dir, name), 'gold');
      if (!result.entry?.docId) throw new Error(`${name}: ${result.error ?? result.entry?.reason}`);
      const report = await getJson<Report>(workspace.store, keys.reportJson('gold', result.entry.docId));
      if (!report) throw new Error(`${name}: no report stored`);
      reports[name] = report;
    }
  } finally {
    await workspace.close();
    rmSync(data, { recursive: true, force: true });
  }
  return reports;
}

/** Adds one check to the list. */
type AddCheck = (group: Check['group'], name: string, pass: boolean, detail?: string) => void;

export function checkGold(gold: Gold, reports: Record<string, Report>): Check[] {
  const checks: Check[] = [];
  const add: AddCheck = (group, name, pass, detail = '') => checks.push({ group, name, pass, detail });
  documentChecks(gold, reports, add);
  findingChecks(gold, reports, add);
  entityChecks(gold, reports, add);
  for (const m of gold.mustNotFind ?? []) {
    const found = (reports[m.report]?.claims ?? []).filter((c) => has(c.text, m.claimContains));
    add('claims', `${m.report}: no claim "${m.claimContains}"`, found.length === 0, found.map((c) => c.text).join(' | '));
  }
  return checks;
}

/** Per document: boilerplate gone, snippets kept, metadata, a repeated title kept once. */
function documentChecks(gold: Gold, reports: Record<string, Report>, add: AddCheck): void {
  for (const [file, doc] of Object.entries(gold.documents)) {
    const report = reports[file];
    const body = report?.document.cleanedText ?? '';
    for (const line of doc.boilerplate ?? []) add('cleaning', `${file}: boilerplate gone: ${line.slice(0, 50)}`, !has(body, line));
    for (const snippet of doc.mustKeep ?? []) add('cleaning', `${file}: kept: ${snippet.slice(0, 50)}`, has(body, snippet));
    for (const [field, expected] of Object.entries(doc.metadata ?? {})) {
      const got = report?.document[field as 'title' | 'byline' | 'published'] ?? null;
      add('metadata', `${file}: ${field}`, fold(got ?? '') === fold(expected), `got ${JSON.stringify(got)}`);
    }
    if (doc.duplicateTitleMustAppearOnce) {
      const all = fold(`${report?.document.title ?? ''}\n${body}`);
      const n = all.split(fold(doc.duplicateTitleMustAppearOnce)).length - 1;
      add('cleaning', `${file}: repeated title kept once at most`, n <= 1, `${n} times`);
    }
  }
}

/** Each expected finding: a claim containing the snippet has one of the accepted types (and source, severity). */
function findingChecks(gold: Gold, reports: Record<string, Report>, add: AddCheck): void {
  for (const f of gold.expectedFindings ?? []) {
    const report = reports[f.report];
    const findings = (report?.findings ?? []).filter((x) => has(x.claimText, f.claimContains));
    const good = findings.find(
      (x) =>
        f.types.includes(x.type) &&
        (!f.source || x.matches.some((m) => m.sourceKey.endsWith(`/${f.source}`))) &&
        (!f.severity || x.severity === f.severity),
    );
    const got = findings.map(
      (x) => `${x.type}${x.matches.length ? ' ← ' + x.matches.map((m) => m.sourceKey.split('/').pop()).join(',') : ''}`,
    );
    add(
      'findings',
      `${f.report}: "${f.claimContains}" is ${f.types.join('|')}${f.source ? ' ← ' + f.source : ''}`,
      Boolean(good),
      findings.length ? `got ${got.join('; ')}` : 'no claim contains it',
    );
  }
}

/** Spellings of one entity merged, and no entity holding two the gold keeps apart. */
function entityChecks(gold: Gold, reports: Record<string, Report>, add: AddCheck): void {
  const allEntities = Object.values(reports).flatMap((r) => r.entities);
  const entityOf = (name: string) =>
    allEntities.filter((e) => e.variants.some((v) => fold(v) === fold(name)) || fold(e.canonical) === fold(name));
  for (const group of gold.expectedEntities ?? []) {
    const merged = allEntities.some((e) =>
      group.sameEntity.every((n) => e.variants.some((v) => fold(v) === fold(n)) || fold(e.canonical) === fold(n)),
    );
    add(
      'entities',
      `merged: ${group.sameEntity.join(' = ')}`,
      merged,
      merged
        ? ''
        : `seen as: ${group.sameEntity
            .map(
              (n) =>
                `${n} → ${
                  entityOf(n)
                    .map((e) => e.canonical)
                    .join('/') || '∅'
                }`,
            )
            .join('; ')}`,
    );
  }
  // No false merges: an entity holding names of two different real-world entities of the gold.
  const holds = (e: (typeof allEntities)[number], names: string[]) => names.some((n) => e.variants.some((v) => fold(v) === fold(n)));
  const groups = (gold.expectedEntities ?? []).map((g) => g.sameEntity);
  const falseMerges = allEntities.filter((e) => groups.filter((g) => holds(e, g)).length > 1);
  if (groups.length > 1)
    add(
      'entities',
      'no entity merges two different gold entities',
      falseMerges.length === 0,
      falseMerges.map((e) => e.canonical).join(', '),
    );
  for (const pair of gold.mustNotMerge ?? []) {
    const wrong = allEntities.find((e) => pair.differentEntities.every((n) => holds(e, [n])));
    add('entities', `not merged: ${pair.differentEntities.join(' ≠ ')}`, !wrong, wrong ? `both in ${wrong.canonical}` : '');
  }
}

/** The finding types that tell a reader something changed or clashes: a wrong one misleads more than a miss. */
export const ALARM_TYPES = new Set<string>(FINDING_TYPE_NAMES.filter((t) => FINDING_TYPES[t].alarm));

/**
 * False alarms: findings of an alarm type that no gold finding expects (same report, the claim contains the gold's
 * `claimContains`, the gold accepts that type). Counted on every gold story so a rule that buys recall with
 * invented changes shows up in the score.
 */
export function falseAlarms(gold: Gold, reports: Record<string, Report>): Array<{ report: string; type: string; claimText: string }> {
  const alarms: Array<{ report: string; type: string; claimText: string }> = [];
  for (const [file, report] of Object.entries(reports)) {
    for (const f of report.findings ?? []) {
      if (!ALARM_TYPES.has(f.type)) continue;
      const expected = (gold.expectedFindings ?? []).some(
        (g) => g.report === file && g.types.includes(f.type) && has(f.claimText, g.claimContains),
      );
      if (!expected) alarms.push({ report: file, type: f.type, claimText: f.claimText });
    }
  }
  return alarms;
}

export function readGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}
