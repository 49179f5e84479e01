/**
 * Claims + entities speed on a ~1,000-word article of our own (generated below from invented sentences): warm
 * median of extractClaims + resolveEntities, and the module's cold start measured in a child process.
 * `compareNameFinders` measures the alternative we considered (compromise) against our recogniser on the gold
 * story in ../shared, read at run time: speed and which gold names each finds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../shared/claims/index.ts';
import { resolveEntities } from '../shared/entities/index.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A deterministic invented news article: attributions, quotes, figures, titles and transliterated names. */
export function syntheticArticle(targetWords = 1000): string {
  const people = [
    'Harbour Minister Ingrid T. Solvang',
    'Governor Qairat Sultanbekov',
    'Mayor Kari Lind',
    'Foreign Minister Dana Serikova',
    'Coast Guard Commander Pavel Morozov',
  ];
  const surnames = ['Solvang', 'Sultanbekov', 'Lind', 'Serikova', 'Morozov'];
  const templates = [
    (i: number) =>
      `RIVERTON (Valley News) – ${people[i % 5]} said on Tuesday that at least ${12 + i} people were injured and ${3 + (i % 4)} were ` +
      `killed when the ferry capsized.`,
    (i: number) =>
      `“We will not stop searching. The families deserve answers,” ${surnames[i % 5]} told reporters, adding that about ` +
      `${200 + i * 10} rescuers had been deployed.`,
    () =>
      `According to the Riverton Port Authority, dozens of passengers were evacuated from the terminal and fuel prices doubled in a week.`,
    (i: number) =>
      `${surnames[(i + 1) % 5]} denied that the crew had ignored the storm warning, and the regional council ordered an inquiry into ` +
      `the company.`,
    (i: number) =>
      `The company said more than ${30 + i}% of its fleet was grounded and estimated losses at $${(i % 7) + 1}.5 million, a threefold ` +
      `rise on last year.`,
    (i: number) =>
      `In a statement, the Ministry of Transport said ${1000 + i * 50} troops were sent to ${['Aktau', 'Atyrau', 'Uralsk'][i % 3]} on ` +
      `Jan. 5 at 10 p.m. to keep order.`,
    () => `He added that the search would continue “as long as there is any hope,” and the governor thanked the volunteers.`,
  ];
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < targetWords; i++) {
    const p = [templates[i % templates.length](i), templates[(i + 3) % templates.length](i + 1)].join(' ');
    paragraphs.push(p);
    words += p.split(/\s+/).length;
  }
  return paragraphs.join('\n\n');
}

export async function benchClaims(): Promise<{
  medianMs: number;
  coldStartMs: number;
  words: number;
  lexiconColdStartMs: number;
  lexiconLookupUs: number;
}> {
  const article = syntheticArticle(1000);
  const times: number[] = [];
  for (let i = 0; i < 45; i++) {
    const t = performance.now();
    const { entities } = extractClaims(article);
    resolveEntities(entities, { entities: [] });
    times.push(performance.now() - t);
  }
  // Cold start: a fresh Node process importing both modules (through tsx, as the local pipeline runs them) and
  // extracting one short paragraph.
  const script =
    `const t=performance.now();const c=await import(${JSON.stringify(join(repo, 'shared/claims/index.ts'))});const ` +
    `e=await import(${JSON.stringify(join(repo, 'shared/entities/index.ts'))});e.resolveEntities(c.extractClaims('Mayor Kari Lind said ` +
    `12 people were hurt.').entities,{entities:[]});console.log(performance.now()-t)`;
  const cold = Number(
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop(),
  );
  // The WordNet paraphrase table (shared/lexicon/wordnet-news.json): import and first lookup in a fresh process, then
  // the warm cost of one lookup (the diff caches each word's concept, so this is paid once per distinct word).
  const lexicon =
    `const t=performance.now();const w=await ` +
    `import(${JSON.stringify(join(repo, 'shared/lexicon/wordnet.ts'))});w.paraphraseOf('seized');const cold=performance.now()-t;const ` +
    `words=['grabbed','explosions','injuries','stated','markets','governments','reported','announced'];const ` +
    `u=performance.now();for(let i=0;i<80000;i++)w.paraphraseOf(words[i%8]);console.log(cold+' '+(performance.now()-u)*1000/80000)`;
  const [lexiconColdStartMs, lexiconLookupUs] = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', lexicon], {
    cwd: repo,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()!
    .split(' ')
    .map(Number);
  return { medianMs: median(times.slice(5)), coldStartMs: cold, words: article.split(/\s+/).length, lexiconColdStartMs, lexiconLookupUs };
}

/** Our recogniser vs compromise on the gold story: ms per document and which gold names each finds. Null without ../shared. */
export async function compareNameFinders(
  sharedDir: string,
): Promise<Record<string, { msPerDoc: number; found: number; of: number; missed: string[]; coldStartMs?: number }> | null> {
  const dir = join(sharedDir, 'corpus', 'kazakhstan');
  if (!existsSync(join(dir, 'gold.json'))) return null;
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as {
    ingestOrder: string[];
    expectedEntities: Array<{ sameEntity: string[] }>;
  };
  const { cleanText } = await import('../shared/clean/index.ts');
  const bodies = gold.ingestOrder.map((name) => cleanText(readFileSync(join(dir, name), 'utf8'), { name }).body);
  const names = gold.expectedEntities.flatMap((g) => g.sameEntity);
  const score = (found: string[]) => {
    const folded = found.map((f) => f.toLowerCase());
    const missed = names.filter((n) => !folded.some((f) => f.includes(n.toLowerCase())));
    return { found: names.length - missed.length, of: names.length, missed };
  };
  const out: Record<string, { msPerDoc: number; found: number; of: number; missed: string[]; coldStartMs?: number }> = {};

  let t = performance.now();
  const ours = bodies.flatMap((b) => extractClaims(b).entities.flatMap((e) => e.variants));
  out['hand-written recogniser (claims + entities)'] = { msPerDoc: (performance.now() - t) / bodies.length, ...score(ours) };

  // Imported by name at run time: a measurement tool, not a dependency of the pipeline (skipped when the
  // package is not installed).
  t = performance.now();
  const library = 'compromise';
  type Nlp = (text: string) => { people(): { out(format: 'array'): string[] } };
  const nlp = await import(library).then((m: { default: Nlp }) => m.default).catch(() => null);
  if (nlp) {
    const compromiseLoad = performance.now() - t;
    t = performance.now();
    const theirs = bodies.flatMap((b) => nlp(b).people().out('array'));
    out['compromise people() (names only)'] = {
      msPerDoc: (performance.now() - t) / bodies.length,
      coldStartMs: compromiseLoad,
      ...score(theirs),
    };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchClaims());
  const compared = await compareNameFinders(join(repo, '..', 'shared'));
  if (compared) console.log(compared);
}
