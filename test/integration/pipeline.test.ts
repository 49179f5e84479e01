/**
 * The whole pipeline over the S3 protocol: three articles uploaded to the embedded S3 server, both handlers driven
 * with the event shapes AWS uses, three reports in the bucket with the planted findings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type IngestResult, type Workspace } from '../../cli/workspace.ts';
import { keys } from '../../shared/pipeline/keys.ts';
import { getJson, getText } from '../../shared/storage/store.ts';
import type { Report } from '../../shared/types.ts';
import { fold } from '../support/gold.ts';
import { expectContractReport } from '../support/contract.ts';
import { tempDataDir } from '../support/workspace.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const files = readdirSync(FIXTURES)
  .filter((n) => /\.(txt|html?)$/.test(n))
  .sort();
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<
  'corroborated' | 'updated' | 'quote_altered',
  { report: string; claimContains: string; source: string }
>;

describe('pipeline over the S3 protocol', () => {
  const data = tempDataDir();
  let workspace: Workspace;
  const results: IngestResult[] = [];
  const reports = new Map<string, Report>();

  beforeAll(async () => {
    workspace = await openWorkspace({ data: data.dir, bucket: null });
    for (const f of files) results.push(await workspace.ingest(join(FIXTURES, f), 'it'));
    for (const r of results) {
      if (r.entry?.docId) reports.set(r.entry.name, (await getJson<Report>(workspace.store, keys.reportJson('it', r.entry.docId)))!);
    }
  });
  afterAll(async () => {
    await workspace?.close();
    data.remove();
  });

  it('ingests every fixture article', () => {
    expect(files).toHaveLength(3);
    expect(results.map((r) => [r.entry?.name, r.entry?.status, r.error])).toEqual(files.map((f) => [f, 'ok', null]));
  });

  it('stores a JSON, Markdown and HTML report per document, and the corpus index page', async () => {
    const stored = await workspace.store.list('reports/it/');
    for (const r of results) {
      for (const ext of ['json', 'md', 'html']) expect(stored).toContain(`reports/it/${r.entry!.docId}.${ext}`);
    }
    const index = await getText(workspace.store, keys.indexPage('it'));
    for (const f of files) expect(index).toContain(f);
  });

  it('writes reports that follow the contract, with matches pointing at stored documents', () => {
    const ids = new Set(results.map((r) => r.entry!.docId!));
    for (const report of reports.values()) expectContractReport(report, ids);
  });

  it('reports the first document entirely as new', () => {
    const first = reports.get(files[0])!;
    expect(first.findings.length).toBeGreaterThan(0);
    expect(first.findings.every((f) => f.type === 'new')).toBe(true);
  });

  it.each(['corroborated', 'updated', 'quote_altered'] as const)('finds the planted %s claim', (type) => {
    const plant = expected[type];
    const report = reports.get(plant.report)!;
    const finding = report.findings.find((f) => fold(f.claimText).includes(fold(plant.claimContains)));
    expect(finding, `no claim contains "${plant.claimContains}"`).toBeDefined();
    expect(finding!.type).toBe(type);
    expect(finding!.matches.some((m) => m.sourceKey === `incoming/it/${plant.source}`)).toBe(true);
  });
});
