/**
 * Whole-page scans of raw HTML in linear time. A regex such as /<!--[\s\S]*?-->/g retries its lazy scan from every
 * opener: on a page of 100,000 "<!--" and no "-->" that is 100,000 scans to the end of the page (quadratic; minutes
 * for 1 MB). These scans find each opener, then its closer once, and use the fact that makes them linear: when no
 * closer follows an opener, none follows any later opener of the same kind either, so that kind is done.
 * Each gives the same result as the regex it replaces (noted on each function).
 */

/**
 * Output assembled from many slices: joined into a chunk every few thousand parts, since an array of one slice per
 * tag of a 10 MiB page (two million entries) costs more memory than the page itself.
 */
class Pieces {
  private chunks: string[] = [];
  private parts: string[] = [];
  push(...parts: string[]): void {
    this.parts.push(...parts);
    if (this.parts.length >= 8192) {
      this.chunks.push(this.parts.join(''));
      this.parts = [];
    }
  }
  join(): string {
    this.chunks.push(this.parts.join(''));
    this.parts = [];
    return this.chunks.join('');
  }
}

/** An element removed whole, from its opener (a sticky-free, global, case-insensitive regex) to its closer. */
export interface Span {
  open: RegExp;
  close: RegExp;
  /** Keep this occurrence after all (given its text from opener to closer). */
  keep?: (text: string) => boolean;
}

/**
 * Replaces every span (opener … nearest closer after it) with `replacement`, scanning left to right; at one place the
 * first kind listed that has a closer wins. Same result as `html.replace(/open1[\s\S]*?close1|open2[\s\S]*?close2/gi, …)`.
 */
export function removeSpans(html: string, kinds: Span[], replacement: string): string {
  const live = kinds.map((kind) => ({ ...kind, open: global(kind.open), close: global(kind.close), next: -1, length: 0, done: false }));
  const out = new Pieces();
  let from = 0;
  let copied = 0;
  for (;;) {
    // The nearest opener of each kind not yet done (each regex resumes where it stopped: every opener is found once).
    let best: (typeof live)[number] | null = null;
    for (const kind of live) {
      if (kind.done) continue;
      if (kind.next < from) {
        kind.open.lastIndex = from;
        const m = kind.open.exec(html);
        if (!m) {
          kind.done = true;
          continue;
        }
        kind.next = m.index;
        kind.length = m[0].length;
      }
      if (!best || kind.next < best.next) best = kind;
    }
    if (!best) break;
    const at = best.next;
    best.close.lastIndex = at + best.length;
    const closer = best.close.exec(html);
    if (!closer) {
      // No closer after this opener, so none after any later one of this kind.
      best.done = true;
      continue;
    }
    const end = closer.index + closer[0].length;
    if (best.keep?.(html.slice(at, end))) {
      from = end;
      continue;
    }
    out.push(html.slice(copied, at), replacement);
    copied = from = end;
  }
  out.push(html.slice(copied));
  return out.join();
}

const global = (re: RegExp) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);

/**
 * Replaces each tag-like run "<…>" (at least one character inside unless `allowEmpty`) with `replacement`. Same result
 * as `html.replace(/<[^>]+>/g, …)` (or /<[^>]*>/g): a "<" with no ">" after it ends the scan, as none can match later.
 */
export function replaceTags(html: string, replacement: string, allowEmpty = false): string {
  const out = new Pieces();
  let copied = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    const end = html.indexOf('>', at + 1);
    if (end === -1) break;
    if (end === at + 1 && !allowEmpty) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    out.push(html.slice(copied, at), replacement);
    copied = end + 1;
    at = html.indexOf('<', copied);
  }
  out.push(html.slice(copied));
  return out.join();
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45;

/**
 * Nesting depth from the tags alone, stopping once it passes `limit`: opening tags add one, closing tags take one,
 * void and self-closed tags ("<br>", "<x/>") neither. A tag is "<", an optional "/", a letter, name characters, then
 * anything up to the first ">".
 */
export function tagDepth(html: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    let i = at + 1;
    const closing = html.charCodeAt(i) === 47;
    if (closing) i++;
    if (!isLetter(html.charCodeAt(i))) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const nameStart = i;
    while (isNameChar(html.charCodeAt(i))) i++;
    const end = html.indexOf('>', i);
    if (end === -1) break;
    const selfClosed = end > i && html.charCodeAt(end - 1) === 47;
    if (!VOID.has(html.slice(nameStart, i).toLowerCase()) && !selfClosed) {
      depth += closing ? -1 : 1;
      if (depth > max && (max = depth) > limit) return max;
    }
    at = html.indexOf('<', end + 1);
  }
  return max;
}

/** Opening tags ("<" and a letter), counted up to just past `limit`: one pass, whatever the page. */
export function openingTags(html: string, limit: number): number {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1 && count <= limit; at = html.indexOf('<', at + 1)) {
    if (isLetter(html.charCodeAt(at + 1))) count++;
  }
  return count;
}
