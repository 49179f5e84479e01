/**
 * The diff's own measurement, apart from storage and handlers: a story's articles go through the chain in memory
 * (clean → extractClaims → resolveEntities with a registry carried across documents → diffClaims against every
 * earlier claim), then the gold file's expected findings and mustNotFind are checked. It also checks that index
 * retrieval loses nothing: for every document, diffing against only the claims that share a `retrievalKeys` key
 * gives exactly the findings computed against the whole corpus.
 *
 * Third-party stories are read from ../shared at run time only (skipped cleanly when absent); nothing of them is
 * copied here. `npx tsx scripts/eval-diff.ts` runs kazakhstan plus the project's own stories.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../shared/claims/index.ts';
import { cleanDocument } from '../shared/clean/index.ts';
import {
  assignStory,
  diffClaims,
  diffEachClaim,
  emptyStories,
  inStory,
  retrievalKeys,
  selectCandidates,
  storySignature,
} from '../shared/diff/index.ts';
import type { StoryAssignment } from '../shared/diff/story.ts';
import { resolveEntities } from '../shared/entities/index.ts';
import type { Claim, CorpusClaim, EntityRegistry, Finding } from '../shared/types.ts';

export interface DiffCheck {
  name: string;
  pass: boolean;
  detail: string;
}

interface GoldFile {
  ingestOrder: string[];
  expectedFindings?: Array<{ report: string; claimContains: string; types: string[]; source?: string; severity?: string }>;
  mustNotFind?: Array<{ report: string; claimContains: string }>;
}

/** How gold.json matches a claim: curly quotes folded to straight ones, whitespace collapsed, then a substring in any case. */
function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
const contains = (haystack: string, needle: string) => fold(haystack).includes(fold(needle));

export interface ChainDocument {
  name: string;
  sourceKey: string;
  claims: Claim[];
  findings: Finding[];
  /** Findings when the candidates are only the corpus claims sharing a retrieval key with some claim. */
  keyedFindings: Finding[];
  corpusSize: number;
  keyedCandidates: number;
  /** The story the document joined (diff/story.ts). */
  story: string;
  diffMs: number;
}

/**
 * Runs a story through the chain in memory, in the given order. A stage that throws on a document leaves that
 * document with no claims (recorded in `errors`) so the rest of the story is still measured.
 */
export async function runChain(dir: string, order: string[]): Promise<{ documents: ChainDocument[]; errors: string[] }> {
  let registry: EntityRegistry = { entities: [] };
  let stories = emptyStories();
  const corpus: CorpusClaim[] = [];
  const keysOf = new Map<string, string[]>();
  const documents: ChainDocument[] = [];
  const errors: string[] = [];

  for (const [i, name] of order.entries()) {
    const seq = i + 1;
    const docId = `doc${seq}`;
    const sourceKey = `incoming/default/${name}`;
    let claims: Claim[] = [];
    let story: StoryAssignment = { id: '', related: new Set(), known: new Set(), registry: stories };
    try {
      const cleaned = await cleanDocument(readFileSync(resolve(dir, name), 'utf8'), { name: basename(name) });
      const extracted = extractClaims(cleaned.body, { title: cleaned.title, published: cleaned.published });
      const resolved = resolveEntities(extracted.entities, registry);
      registry = resolved.registry;
      // As the diff stage does: corpus-unique ids, canonical names.
      claims = extracted.claims.map((c) => ({
        ...c,
        id: `${docId}-${c.id}`,
        speaker: c.speaker ? resolved.canonicalOf(c.speaker) : null,
        entities: [...new Set(c.entities.map(resolved.canonicalOf))],
      }));
      const kinds = new Map(resolved.entities.map((e) => [e.canonical, e.kind]));
      story = assignStory(
        storySignature(claims, (n) => kinds.get(n)),
        stories,
        seq,
      );
      stories = story.registry;
    } catch (error) {
      errors.push(`${name}: ${(error as Error).message}`);
    }

    const started = performance.now();
    // As the diff stage does: only the claims of the document's stories.
    const findings = diffClaims(
      claims,
      corpus.filter((k) => inStory(story, k)),
    );
    const diffMs = performance.now() - started;

    // As the diff stage retrieves: each claim's own shards, the best MAX_CANDIDATES_PER_CLAIM of them.
    const shards = new Map<string, CorpusClaim[]>();
    for (const k of corpus) for (const key of keysOf.get(k.id)!) shards.set(key, [...(shards.get(key) ?? []), k]);
    const perClaim = claims.map((c) => selectCandidates(retrievalKeys(c), shards, (k) => inStory(story, k)));
    const keyed = new Set(perClaim.flat().map((k) => k.id));
    const keyedFindings = diffEachClaim(claims, perClaim);

    documents.push({
      name,
      sourceKey,
      claims,
      findings,
      keyedFindings,
      corpusSize: corpus.length,
      keyedCandidates: keyed.size,
      diffMs,
      story: story.id,
    });
    for (const c of claims) {
      const stored: CorpusClaim = { ...c, docId, sourceKey, seq, story: story.id };
      corpus.push(stored);
      keysOf.set(stored.id, retrievalKeys(stored));
    }
  }
  return { documents, errors };
}

export function checkStory(gold: GoldFile, documents: ChainDocument[], errors: string[]): DiffCheck[] {
  const checks: DiffCheck[] = [];
  const byName = new Map(documents.map((d) => [d.name, d]));
  for (const e of errors) checks.push({ name: `chain ran: ${e.split(':')[0]}`, pass: false, detail: e });

  for (const f of gold.expectedFindings ?? []) {
    const found = (byName.get(f.report)?.findings ?? []).filter((x) => contains(x.claimText, f.claimContains));
    const good = found.some(
      (x) =>
        f.types.includes(x.type) &&
        (!f.source || x.matches.some((m) => m.sourceKey.endsWith(`/${f.source}`))) &&
        (!f.severity || x.severity === f.severity),
    );
    const got = found.map(
      (x) => `${x.type}${x.matches.length ? ' ← ' + x.matches.map((m) => m.sourceKey.split('/').pop()).join(',') : ''}`,
    );
    checks.push({
      name: `${f.report}: "${f.claimContains.slice(0, 40)}" is ${f.types.join('|')}${f.source ? ' ← ' + f.source : ''}`,
      pass: good,
      detail: found.length ? `got ${got.join('; ')}` : 'no claim contains it',
    });
  }
  for (const m of gold.mustNotFind ?? []) {
    const found = (byName.get(m.report)?.claims ?? []).filter((c) => contains(c.text, m.claimContains));
    checks.push({
      name: `${m.report}: no claim "${m.claimContains.slice(0, 40)}"`,
      pass: found.length === 0,
      detail: found.map((c) => c.text).join(' | '),
    });
  }
  for (const d of documents) {
    const differing = d.findings.filter((f, i) => JSON.stringify(f) !== JSON.stringify(d.keyedFindings[i]));
    checks.push({
      name: `${d.name}: index retrieval gives the whole-corpus findings`,
      pass: differing.length === 0,
      detail:
        `${d.keyedCandidates}/${d.corpusSize} candidates by key` +
        (differing.length ? `; differs on ${differing.map((f) => f.claimId).join(', ')}` : ''),
    });
  }
  return checks;
}

/** The kazakhstan story of ../shared; null when it is not there. */
export async function evaluateDiffChain(sharedDir: string): Promise<{ checks: DiffCheck[] } | null> {
  const dir = join(sharedDir, 'corpus/kazakhstan');
  if (!existsSync(join(dir, 'gold.json'))) return null;
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldFile;
  const { documents, errors } = await runChain(dir, gold.ingestOrder);
  return { checks: checkStory(gold, documents, errors) };
}

async function main(): Promise<void> {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const stories: Array<{ story: string; dir: string; gold: string }> = [];
  const kz = resolve(repo, '../shared/corpus/kazakhstan');
  if (existsSync(join(kz, 'gold.json'))) stories.push({ story: 'kazakhstan (../shared)', dir: kz, gold: join(kz, 'gold.json') });
  else console.log('eval-diff: ../shared not found; skipping kazakhstan');
  const examples = join(repo, 'test/fixtures/examples-gold.json');
  if (existsSync(examples)) stories.push({ story: 'examples (own)', dir: join(repo, 'examples'), gold: examples });
  const own = join(repo, 'test/fixtures/stories');
  if (existsSync(own))
    for (const slug of readdirSync(own).sort())
      if (existsSync(join(own, slug, 'gold.json')))
        stories.push({ story: `${slug} (own)`, dir: join(own, slug), gold: join(own, slug, 'gold.json') });

  const summary: Record<string, string> = {};
  for (const s of stories) {
    const gold = JSON.parse(readFileSync(s.gold, 'utf8')) as GoldFile;
    const { documents, errors } = await runChain(s.dir, gold.ingestOrder);
    const checks = checkStory(gold, documents, errors);
    const passed = checks.filter((c) => c.pass).length;
    summary[s.story] = `${passed}/${checks.length}`;
    const counts: Record<string, number> = {};
    for (const d of documents) for (const f of d.findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
    const ms = documents.reduce((t, d) => t + d.diffMs, 0);
    console.log(
      `${s.story}: ${passed}/${checks.length} checks; findings ${JSON.stringify(counts)}; diff ${ms.toFixed(1)} ms over ` +
        `${documents.length} documents`,
    );
    for (const c of checks)
      if (!c.pass || process.argv.includes('--verbose'))
        console.log(`  ${c.pass ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
  }
  console.log(`eval-diff: ${JSON.stringify(summary)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
