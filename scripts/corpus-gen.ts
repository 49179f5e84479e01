/**
 * Synthetic corpora for benchmarks: the project's own example articles rewritten into many distinct stories, with
 * other people, places and figures, so that documents are different content (no duplicates) and a large corpus
 * covers many stories, as a real one does.
 */
import type { PreparedDocument } from '../shared/types.ts';

const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'to', 'sar', 'dei', 'rus', 'an', 'bel', 'cor', 'di', 'es', 'fan', 'gul', 'hol', 'im', 'jor', 'kel', 'lun', 'mas', 'nor', 'ost', 'pel', 'quin', 'ros', 'sel', 'tam', 'ul', 'var', 'wen', 'yar', 'zed'];

/**
 * A deterministic made-up proper name for (story, slot). Every word starts with two syllables that spell the story
 * number, so names of different stories never resemble each other (as different people in different stories mostly
 * do not), and ends with syllables of its own slot, so the people of one story have different first names.
 */
export function syntheticName(story: number, slot: number, parts = 2): string {
  const n = SYLLABLES.length;
  const code = SYLLABLES[story % n] + SYLLABLES[Math.floor(story / n) % n];
  const word = (p: number) => {
    const seed = slot * 7 + p * 3 + 1;
    const s = code + SYLLABLES[seed % n] + (p % 2 ? SYLLABLES[(seed * 5 + 2) % n] : '');
    return s[0].toUpperCase() + s.slice(1);
  };
  return Array.from({ length: parts }, (_, p) => word(p)).join(' ');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rewrites a prepared document into story `story`, copy `copy`: every entity variant is replaced by a made-up name
 * of the same shape, and every figure is shifted, consistently across the document's text, claims and entities.
 */
export function varyPrepared(base: PreparedDocument, story: number, copy: number): PreparedDocument {
  const replacements = new Map<string, string>();
  base.entities.forEach((entity, slot) => {
    const parts = entity.name.split(/\s+/).length;
    const name = syntheticName(story, slot, Math.min(parts, 3));
    for (const v of entity.variants) {
      const vParts = v.split(/\s+/).length;
      replacements.set(v, vParts === 1 && parts > 1 ? name.split(' ').pop()! : name);
    }
  });
  const ordered = [...replacements.keys()].sort((a, b) => b.length - a.length);
  const pattern = ordered.length ? new RegExp(`\\b(${ordered.map(escapeRegExp).join('|')})\\b`, 'g') : null;
  const shift = (story % 7) + copy;
  const rewrite = (text: string) =>
    (pattern ? text.replace(pattern, (m) => replacements.get(m) ?? m) : text).replace(/\b(\d{1,3})\b/g, (n) => String(Number(n) + shift));
  const name = (n: string) => (pattern ? n.replace(pattern, (m) => replacements.get(m) ?? m) : n);
  return {
    ...base,
    id: `${base.id.slice(0, 8)}s${story}c${copy}`,
    sourceKey: base.sourceKey.replace(/([^/]+)$/, `s${story}-c${copy}-$1`),
    name: `s${story}-c${copy}-${base.name}`,
    title: base.title ? rewrite(base.title) : null,
    cleanedText: rewrite(base.cleanedText),
    claims: base.claims.map((c) => ({
      ...c,
      text: rewrite(c.text),
      quote: c.quote ? rewrite(c.quote) : null,
      speaker: c.speaker ? name(c.speaker) : null,
      entities: c.entities.map(name),
      figures: c.figures.map((f) => ({ ...f, value: f.multiplier ? f.value : f.value + shift, range: f.range ? [f.range[0] + shift, f.range[1] + shift] : null })),
    })),
    entities: base.entities.map((e) => ({ ...e, name: name(e.name), variants: e.variants.map(name) })),
  };
}

/** Text-level variant for end-to-end runs: a distinct document (different bytes) with different figures. */
export function varyText(text: string, copy: number): string {
  return text.replace(/\b(\d{1,3})\b/g, (n) => String(Number(n) + copy + 1));
}
