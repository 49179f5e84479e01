/**
 * Claims and entities on a gold story, without the rest of the pipeline: each document is cleaned (cleanText),
 * its claims extracted, and its entities resolved in ingest order through one growing registry. Checks:
 * every expectedFindings snippet lies inside some claim of its document, no mustNotFind snippet is a claim, every
 * expectedEntities group ends up as one corpus entity, and no entity holds names of two different gold groups.
 * Reads ../shared at run time; returns null when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../shared/claims/index.ts';
import { cleanText } from '../shared/clean/index.ts';
import { resolveEntities } from '../shared/entities/index.ts';
import type { Claim, EntityRegistry, ReportEntity } from '../shared/types.ts';

interface GoldFile {
  ingestOrder: string[];
  expectedFindings?: Array<{ report: string; claimContains: string }>;
  expectedEntities?: Array<{ sameEntity: string[] }>;
  mustNotFind?: Array<{ report: string; claimContains: string }>;
}

export interface EvalCheck {
  name: string;
  pass: boolean;
  detail: string;
}

/** The gold's matching rule: case-insensitive, curly quotes folded to straight ones, whitespace collapsed. */
const fold = (text: string) =>
  text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export async function evaluateClaimsAndEntities(
  sharedDir: string,
): Promise<{ checks: EvalCheck[]; timing: { docs: number; claims: number; ms: number } } | null> {
  const storyDir = join(sharedDir, 'corpus', 'kazakhstan');
  const goldPath = join(storyDir, 'gold.json');
  if (!existsSync(goldPath)) return null;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;

  const claimsOf: Record<string, Claim[]> = {};
  const entitiesOf: Record<string, ReportEntity[]> = {};
  let registry: EntityRegistry = { entities: [] };
  let ms = 0;
  for (const name of gold.ingestOrder) {
    const cleaned = cleanText(readFileSync(join(storyDir, name), 'utf8'), { name });
    const t = performance.now();
    const { claims, entities } = extractClaims(cleaned.body, { title: cleaned.title, published: cleaned.published });
    const resolved = resolveEntities(entities, registry);
    ms += performance.now() - t;
    registry = resolved.registry;
    claimsOf[name] = claims;
    entitiesOf[name] = resolved.entities;
  }

  const checks: EvalCheck[] = [];
  for (const f of gold.expectedFindings ?? []) {
    const hit = (claimsOf[f.report] ?? []).find((c) => fold(c.text).includes(fold(f.claimContains)));
    checks.push({
      name: `${f.report}: a claim contains "${f.claimContains}"`,
      pass: Boolean(hit),
      detail: hit ? `${hit.id} ${hit.kind}: ${hit.text.slice(0, 100)}` : 'no claim contains it',
    });
  }
  for (const m of gold.mustNotFind ?? []) {
    const hit = (claimsOf[m.report] ?? []).find((c) => fold(c.text).includes(fold(m.claimContains)));
    checks.push({ name: `${m.report}: no claim contains "${m.claimContains}"`, pass: !hit, detail: hit ? hit.text : '' });
  }
  const all = registry.entities;
  const holds = (variants: string[], name: string) => variants.some((v) => fold(v) === fold(name));
  for (const group of gold.expectedEntities ?? []) {
    const merged = all.some((e) => group.sameEntity.every((n) => holds(e.variants, n) || fold(e.canonical) === fold(n)));
    const seenAs = group.sameEntity.map(
      (n) =>
        `${n} → ${
          all
            .filter((e) => holds(e.variants, n))
            .map((e) => e.canonical)
            .join('/') || 'not found'
        }`,
    );
    checks.push({ name: `merged: ${group.sameEntity.join(' = ')}`, pass: merged, detail: seenAs.join('; ') });
  }
  const groups = (gold.expectedEntities ?? []).map((g) => g.sameEntity);
  const falseMerges = all.filter((e) => groups.filter((g) => g.some((n) => holds(e.variants, n))).length > 1);
  checks.push({
    name: 'no entity merges two different gold entities',
    pass: falseMerges.length === 0,
    detail: falseMerges.map((e) => e.canonical).join(', '),
  });
  // Per document, the report lists every gold name it mentions under a single canonical entry.
  for (const [doc, entities] of Object.entries(entitiesOf)) {
    const split = groups.filter(
      (g) => new Set(entities.filter((e) => g.some((n) => holds(e.variants, n))).map((e) => e.canonical)).size > 1,
    );
    checks.push({
      name: `${doc}: each gold entity is one report entry`,
      pass: split.length === 0,
      detail: split.map((g) => g[0]).join(', '),
    });
  }
  const claims = Object.values(claimsOf).reduce((n, c) => n + c.length, 0);
  return { checks, timing: { docs: gold.ingestOrder.length, claims, ms } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const shared = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
  const result = await evaluateClaimsAndEntities(shared);
  if (!result) console.log(`skipped: no gold story under ${shared}`);
  else {
    for (const c of result.checks) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.name}${c.detail ? `  (${c.detail})` : ''}`);
    const passed = result.checks.filter((c) => c.pass).length;
    console.log(
      `\n${passed}/${result.checks.length} checks pass; ${result.timing.claims} claims from ${result.timing.docs} documents in ` +
        `${result.timing.ms.toFixed(1)} ms`,
    );
  }
}
