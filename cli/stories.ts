/** Reading the story dossiers a corpus holds (reports/<corpus>/stories/<story>.json), for `stories` and `story`. */
import type { Dossier } from '../shared/dossier/dossier.ts';
import { recentFirst } from '../shared/pipeline/dossiers.ts';
import { keys } from '../shared/pipeline/keys.ts';
import { getJson, type ObjectStore } from '../shared/storage/store.ts';

/** Every story of the corpus that still has documents, most recently updated first. */
export async function listStoryDossiers(store: ObjectStore, corpus: string): Promise<Dossier[]> {
  const prefix = keys.storiesPrefix(corpus);
  // The dossiers themselves (older pages live one folder down, under older/).
  const found = (await store.list(prefix)).filter((k) => k.endsWith('.json') && !k.slice(prefix.length).includes('/'));
  const dossiers: Dossier[] = [];
  for (let i = 0; i < found.length; i += 16)
    dossiers.push(
      ...(await Promise.all(found.slice(i, i + 16).map((k) => getJson<Dossier>(store, k)))).filter((d): d is Dossier => d !== null),
    );
  return dossiers.filter((d) => d.story.documents > 0).sort((a, b) => recentFirst(a.story, b.story));
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The story with that id, or whose title holds every word given (the most recently updated when several do). */
export function findStory(dossiers: Dossier[], wanted: string): { dossier: Dossier | null; others: Dossier[] } {
  const exact = dossiers.find((d) => d.story.id === wanted.trim());
  if (exact) return { dossier: exact, others: [] };
  const asked = words(wanted);
  const matching = asked.length ? dossiers.filter((d) => asked.every((w) => words(d.story.title).includes(w))) : [];
  return { dossier: matching[0] ?? null, others: matching.slice(1) };
}

/** A terminal summary: what stands now (latest figures, open disputes, facts several sources state). */
export function renderDossierTerminal(d: Dossier): string {
  const s = d.story;
  const lines = [
    s.title || `Story ${s.id}`,
    `story ${s.id} · ${s.documents} documents · ${s.disputes} open disputes · ` +
      `last update ${s.updatedAt.slice(0, 19).replace('T', ' ')} UTC`,
    '',
  ];
  if (d.figures.length) {
    lines.push('Figures (latest first):');
    for (const t of d.figures)
      lines.push(
        `  ${t.about}: ${t.latest.label} (${t.latest.name})${
          t.values.length > 1
            ? `  ← ${t.values
                .slice(1)
                .map((v) => `${v.label} (${v.name})`)
                .join(', ')}`
            : ''
        }`,
      );
    lines.push('');
  }
  if (d.disputes.length) {
    lines.push('Disputes:');
    for (const x of d.disputes) {
      lines.push(`  ${x.kind}: ${x.explanation}`);
      for (const side of x.sides) lines.push(`    “${side.text}” — ${side.sources.map((r) => r.name).join(', ')}`);
    }
    lines.push('');
  }
  const shared = d.facts.filter((f) => f.count > 1);
  lines.push(`Facts stated by several sources (${shared.length} of ${d.facts.length}):`);
  for (const f of shared) lines.push(`  [${f.count}] ${f.text} — ${f.sources.map((r) => r.name).join(', ')}`);
  if (d.quotations.length)
    lines.push(
      '',
      `Quotations: ${d.quotations.length} ` +
        `(${d.quotations.filter((q) => q.variants.length > 1).length} rendered differently across outlets)`,
    );
  if (d.entities.length)
    lines.push(
      `Entities: ${d.entities
        .map((e) => (e.spellings.length > 1 ? `${e.canonical} (${e.spellings.map((w) => w.text).join(' / ')})` : e.canonical))
        .join(', ')}`,
    );
  lines.push('', 'Full dossier: --md, --html or --json');
  return lines.join('\n');
}
