/**
 * The story dossier as a page: self-contained HTML (the report's CSS and CSP, no scripts, no requests; the figure
 * timelines are inline SVG) and Markdown. Links are relative, so the pages work where they are stored
 * (reports/<corpus>/stories/<story>.html: reports one folder up) and in an export of reports/<corpus>/ as files.
 *
 * Why the diff stage's renderings are remembered per item. A document changes a few items of its story's dossier
 * (the facts it states, the figures it moves); the other items, up to a few hundred, are the same objects as in the
 * dossier the process wrote for the document before (dossier.ts copies an item before changing it, and
 * pipeline/dossiers.ts keeps the dossiers it wrote). Their JSON, HTML and Markdown are remembered by the item object
 * (a property of its own, see keptOn: they go with it), so a document serialises and renders what it changed, not the
 * whole dossier again.
 * An item is never changed once made, so what is remembered for it stays its rendering.
 */
import { memo } from '../diff/memo.ts';
import { escapeMarkdown } from '../report/render-markdown.ts';
import { escapeHtml as h, htmlPageFrame, wordDiffHtml } from '../report/render-html.ts';
import type { WordOp } from '../diff/quotes.ts';
import type { Dispute, Dossier, DossierEntity, DossierPage, DossierSource, Fact, FigureTrack, Quotation, SourceRef } from './dossier.ts';

/**
 * A page kept in pieces (the items' remembered renderings and the text between them) and written out once: as UTF-8
 * bytes straight into one buffer (toBytes) for the store, or as one string (toText). Why: a story page is ~100 KB of
 * text rewritten for every document of the story, and joining its sections and then the page (and encoding the
 * result) copies it three or four times, as two-byte strings once a curly quote is in it; those copies were most of
 * what keeping the dossiers allocated per document, and the collections they cost were most of its time. An item's
 * remembered rendering is kept as its UTF-8 bytes, so a page of mostly unchanged items is sized by adding lengths and
 * written by copying bytes, not by measuring and encoding every item's text again for every document.
 */
type Piece = string | Uint8Array;
type Pieces = Piece | readonly Pieces[];
/**
 * The items with `separator` between them, as `items.join(separator)` would put it. A loop into an array of the
 * final length: flatMap made and flattened an array per item, the largest part of putting a page together.
 */
function joined(items: readonly Pieces[], separator: string): Pieces[] {
  const out: Pieces[] = new Array(items.length > 0 ? 2 * items.length - 1 : 0);
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out[2 * i - 1] = separator;
    out[2 * i] = items[i];
  }
  return out;
}
const decoder = new TextDecoder();

/**
 * Where toBytes writes a page, in one pass, before copying it out at its exact size: kept from page to page and
 * grown when a page needs more. Measuring the pieces first and then writing them walked a page's thousands of pieces
 * twice, and a call into the encoder per string piece (a key, a tag, a separator) cost more than its few bytes.
 */
let scratch = Buffer.allocUnsafeSlow(256 * 1024);

/** Room in `scratch` for `needed` more bytes at `at`. */
function room(at: number, needed: number): Buffer {
  if (at + needed > scratch.length) {
    const larger = Buffer.allocUnsafeSlow(Math.max(2 * scratch.length, at + needed));
    scratch.copy(larger, 0, 0, at);
    scratch = larger;
  }
  return scratch;
}

/** Short strings (keys, tags, separators) byte by byte while they are ASCII; longer or other text by the encoder. */
const SHORT = 32;

function writeInto(at: number, pieces: Pieces): number {
  if (typeof pieces === 'string') {
    const n = pieces.length;
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4).
    const bytes = room(at, 3 * n);
    if (n <= SHORT) {
      let i = 0;
      for (let c = 0; i < n && (c = pieces.charCodeAt(i)) < 0x80; i++) bytes[at + i] = c;
      if (i === n) return at + n;
    }
    return at + bytes.write(pieces, at, 'utf8');
  }
  if (pieces instanceof Uint8Array) {
    room(at, pieces.byteLength).set(pieces, at);
    return at + pieces.byteLength;
  }
  for (let i = 0; i < pieces.length; i++) at = writeInto(at, pieces[i]);
  return at;
}

function flatten(pieces: Pieces, into: string[]): string[] {
  if (typeof pieces === 'string') into.push(pieces);
  else if (pieces instanceof Uint8Array) into.push(decoder.decode(pieces));
  else for (let i = 0; i < pieces.length; i++) flatten(pieces[i], into);
  return into;
}

function toText(pieces: Pieces): string {
  return flatten(pieces, []).join('');
}

/**
 * The UTF-8 bytes of toText(pieces), in a buffer of their exact size: a page's in one of its own, an item's few hundred
 * bytes (`pooled`) from Node's shared pool.
 */
function toBytes(pieces: Pieces, pooled = false): Uint8Array {
  const size = writeInto(0, pieces);
  const bytes = pooled ? Buffer.allocUnsafe(size) : Buffer.allocUnsafeSlow(size);
  scratch.copy(bytes, 0, 0, size);
  return bytes;
}

/** Where the dossier's folder is from the page: '../' from stories/, '../../' from stories/older/. */
interface Place {
  /** A report's link from the page, escaped: remembered per document (see sourceLink). */
  href: (docId: string) => string;
}
const place = (up: string): Place => ({ href: memo((docId) => h(`${up}${encodeURIComponent(docId)}.html`)) });
const LIVE = place('../');
const OLDER = place('../../');

/**
 * A source's link and upload time. The same few documents are the sources of every fact, figure and dispute of a
 * story, each item rendered again whenever a document adds to it: their escaped names, links and times are
 * remembered per text (a bounded cache), not escaped and encoded again for every item.
 */
const escapedName = memo(h);
/** A claim's text escaped, remembered per text: a fact's wordings are escaped again whenever a source adds to the fact. */
const escapedText = memo(h);
const sourceLink = (place: Place, s: SourceRef) => `<a href="${place.href(s.docId)}">${escapedName(s.name)}</a>`;
const escapedTime = memo((uploadedAt: string) => ` <small>${h(uploadedAt.slice(0, 16).replace('T', ' '))}</small>`);
const when = (s: SourceRef) => (s.uploadedAt ? escapedTime(s.uploadedAt) : '');
// One formatter: toLocaleString builds a new one on every call (~20× slower), and a page formats a count per fact.
const count = new Intl.NumberFormat('en-US');
// Below 1,000 a count has no separator: its digits, without asking the formatter (a page has a count per fact).
const formatCount = (n: number) => (Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : count.format(n));
const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
export const storyHtmlName = (story: string) => `${encodeURIComponent(story)}.html`;

const STORY_CSS =
  '<style>.badge{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:0 .5rem;font-size:.85rem;' +
  'color:var(--muted);margin-left:.4rem}\n.fact{margin:.6rem 0;padding:.2rem .75rem;border-left:4px solid var(--green)}' +
  '.fact.single{border-color:var(--line)}.dispute{border-left:4px solid var(--red);padding:.25rem .75rem;margin:.75rem 0}\n' +
  '.side{margin:.25rem 0}.latest{font-size:1.3rem;font-weight:700;color:var(--amber)}nav.toc a{margin-right:.75rem}</style>';
const TOC =
  '<nav class="toc" aria-label="Sections"><a href="#figures">Figures</a><a href="#disputes">Disputes</a><a href="#facts">Facts</a>' +
  '<a href="#quotations">Quotations</a><a href="#entities">Entities</a><a href="#sources">Sources</a></nav>';

/**
 * A value kept on an object under a symbol, as a property that is not enumerable: JSON.stringify, for…in, spreading
 * and structuredClone all leave it out, so a copy of an item (dossier.ts copies an item before changing it) does not
 * carry its rendering along. Not a WeakMap: a page looks up every item's rendering, and a changed item every entry's
 * JSON, some 500 lookups a document; a WeakMap lookup is a hash probe into a table of every rendering the process
 * keeps (and its ephemeron table is extra work for each collection), a property is a load.
 */
function keptOn<T>(name: string): { get: (o: object) => T | undefined; set: (o: object, value: T) => T } {
  const key = Symbol(name);
  return {
    get: (o) => (o as Record<symbol, T | undefined>)[key],
    set: (o, value) => {
      Object.defineProperty(o, key, { value, writable: true, configurable: true, enumerable: false });
      return value;
    },
  };
}

/** An item's rendering, remembered by the item as its UTF-8 bytes; `known` gives it only if it was made already. */
interface Remembered<T extends object> {
  (item: T): Uint8Array;
  known: (item: T) => Uint8Array | undefined;
}
function rememberedBytes<T extends object>(name: string, bytesOf: (item: T) => Uint8Array): Remembered<T> {
  const renderings = keptOn<Uint8Array>(name);
  const rendering = (item: T) => renderings.get(item) ?? renderings.set(item, bytesOf(item));
  return Object.assign(rendering, { known: (item: T) => renderings.get(item) });
}
/**
 * A rendering made as text. Buffer.from, not TextEncoder: an item's few hundred bytes come from Node's shared pool, not
 * an ArrayBuffer of their own each. A document renders ~40 items three ways; young collections were about a third of
 * what the dossier cost, and a buffer of its own per rendering added to them.
 */
function remembered<T extends object>(render: (item: T) => string): Remembered<T> {
  return rememberedBytes<T>('rendering', (item) => Buffer.from(render(item), 'utf8'));
}

const SECTIONS = ['facts', 'figures', 'disputes', 'quotations', 'entities', 'sources'] as const;
/**
 * The entries of an item (a fact's statements, a figure's values and latest value, the uses of a quotation or a
 * spelling): made once and shared by the item and every copy a later document makes of it (dossier.ts copies the
 * list, not the entries), so their JSON is remembered by the entry. A document that adds one statement to a fact of
 * ten then serialises that statement, not the ten (their texts are most of a fact's JSON).
 */
const ENTRY_KEYS = new Set(['statements', 'values', 'latest', 'uses']);
/**
 * An entry's JSON is remembered as its UTF-8 bytes, and an item's JSON is put together from them as pieces: a fact
 * of sixteen statements that gains a seventeenth is re-serialised as its own fields and seventeen copied byte runs,
 * not as a string of all seventeen statements' texts joined again and encoded again (most of a changed item's cost,
 * and of what the dossier allocated per document).
 */
const entryJsonOf = keptOn<Uint8Array>('entry json');
function entryJson(entry: unknown): Piece {
  if (entry === null || typeof entry !== 'object') return JSON.stringify(entry) ?? 'null';
  let json = entryJsonOf.get(entry);
  if (json === undefined) entryJsonOf.set(entry, (json = Buffer.from(JSON.stringify(entry), 'utf8')));
  return json;
}

/** `JSON.stringify(item)`, byte for byte, with its entries' JSON remembered (keys as dossierJson handles them). */
function itemJsonPieces(item: object): Pieces {
  const out: Pieces[] = [];
  // The item's own fields since the last entries, as text.
  let text = '{';
  let first = true;
  // for…in over a plain data object: its own keys in Object.entries' order, without an array of pairs per item.
  for (const key in item) {
    const value = (item as Record<string, unknown>)[key];
    if (value === undefined) continue;
    text += first ? keyJson(key) : `,${keyJson(key)}`;
    first = false;
    if (!ENTRY_KEYS.has(key) || value === null || typeof value !== 'object') text += JSON.stringify(value);
    else if (!Array.isArray(value)) {
      out.push(text, entryJson(value));
      text = '';
    } else {
      out.push(`${text}[`);
      for (let i = 0; i < value.length; i++) {
        if (i) out.push(',');
        out.push(entryJson(value[i]));
      }
      text = ']';
    }
  }
  out.push(`${text}}`);
  return out;
}
/** `"key":`, for the few keys items have. */
const keyJson = memo((key: string) => `${JSON.stringify(key)}:`);
const itemJson = rememberedBytes<object>('json', (item) => toBytes(itemJsonPieces(item), true));

/**
 * `JSON.stringify(d)`, byte for byte, from the items' remembered JSON: keys in the object's own order, a key whose
 * value is undefined left out as JSON.stringify leaves it out (test/dossier checks the two agree).
 */
function dossierJson(d: Dossier | DossierPage): Pieces {
  const parts: Pieces[] = [];
  for (const [key, value] of Object.entries(d)) {
    if (value === undefined) continue;
    const items = (SECTIONS as readonly string[]).includes(key);
    parts.push([`${JSON.stringify(key)}:`, items ? ['[', joined((value as object[]).map(itemJson), ','), ']'] : JSON.stringify(value)]);
  }
  return ['{', joined(parts, ','), '}'];
}

/**
 * The stored JSON, Markdown and HTML of a dossier, as the diff stage writes them: each item's from what is remembered
 * for it (see above), the same bytes as `JSON.stringify`, `renderDossierMarkdown` and `renderDossierHtml` give. The
 * Markdown and HTML are rendered when asked: a group commit sends one version of a story's pages for several
 * documents, and renders only that one (the JSON is read back by the next document, so it is made now).
 */
export function renderDossierLater(d: Dossier): { json: Uint8Array; markdown: () => Uint8Array; html: () => Uint8Array } {
  return {
    json: toBytes(dossierJson(d)),
    markdown: () => toBytes(markdownOf(d, rememberedMarkdown)),
    html: () => toBytes(htmlOf(d, rememberedHtml)),
  };
}

// ---------- HTML ----------

export function renderDossierHtml(d: Dossier): string {
  return toText(htmlOf(d, liveHtml));
}

/** How a page renders each kind of item (as HTML or as Markdown). */
interface ItemText {
  fact: (f: Fact) => Piece;
  figure: (t: FigureTrack) => Piece;
  dispute: (x: Dispute) => Piece;
  quotation: (q: Quotation) => Piece;
  entity: (e: DossierEntity) => Piece;
  source: (s: DossierSource) => Piece;
}
const itemHtml = (place: Place): ItemText => ({
  fact: (f) => factHtml(f, place),
  figure: (t) => figureHtml(t, place),
  dispute: (x) => disputeHtml(x, place),
  quotation: quotationHtml,
  entity: entityRowHtml,
  source: (s) => sourceRowHtml(s, place),
});
const liveHtml = itemHtml(LIVE);
const olderHtml = itemHtml(OLDER);
type Kind = keyof ItemText;
const KINDS = Object.keys(liveHtml) as Kind[];
const rememberedLive = Object.fromEntries(KINDS.map((kind) => [kind, remembered(liveHtml[kind] as (item: object) => string)])) as Record<
  Kind,
  Remembered<object>
>;
const rememberedHtml = rememberedLive as unknown as ItemText;

/**
 * Items of an older page as the live page rendered them, when it did: a page takes the least recently active items
 * off the live page, whose renderings the process usually still remembers. The two differ only in where a report
 * is (LIVE and OLDER places): every link an item holds is a report link, `href="../…"` on the live page and
 * `href="../../…"` one folder further down (escaped text cannot hold `href="`: its quote mark is escaped). An item
 * the live page did not render here (a dossier parsed anew) is rendered for the older page directly.
 */
const olderFromLive = Object.fromEntries(
  KINDS.map((kind) => [
    kind,
    (item: object) => {
      const live = rememberedLive[kind].known(item);
      return live ? relinked(live) : (olderHtml[kind] as (item: object) => string)(item);
    },
  ]),
) as unknown as ItemText;
const LIVE_LINK = Buffer.from('href="../');
const ONE_UP = Buffer.from('../');

/** The live rendering with each report link one folder further up (see olderFromLive). */
function relinked(live: Uint8Array): Uint8Array {
  const bytes = Buffer.from(live.buffer, live.byteOffset, live.byteLength);
  const at: number[] = [];
  for (let i = bytes.indexOf(LIVE_LINK); i >= 0; i = bytes.indexOf(LIVE_LINK, i + LIVE_LINK.length)) at.push(i + 6);
  if (!at.length) return live;
  const out = Buffer.allocUnsafe(bytes.length + at.length * ONE_UP.length);
  let from = 0;
  let to = 0;
  for (const i of at) {
    to += bytes.copy(out, to, from, i);
    to += ONE_UP.copy(out, to);
    from = i;
  }
  bytes.copy(out, to, from);
  return out;
}

/**
 * The page's frame (its head holds the report's CSS, a few KB) as bytes, remembered per title: a story's pages are
 * written again for every document, and building and encoding the frame each time was a large share of the page's
 * own text.
 */
const pageFrame = memo((title: string): [Uint8Array, Uint8Array] => {
  const [open, close] = htmlPageFrame(title);
  return [Buffer.from(open, 'utf8'), Buffer.from(close, 'utf8')];
}, 64);

function htmlOf(d: Dossier, render: ItemText): Pieces {
  const s = d.story;
  const title = s.title || `Story ${s.id}`;
  const parts: Pieces[] = [];
  const updated = s.updatedAt ? ` · last update ${h(s.updatedAt.slice(0, 19).replace('T', ' '))} UTC` : '';
  parts.push(
    `${STORY_CSS}<header><p class="meta">claimdiff story dossier · corpus ${h(d.corpus)} · ` +
      '<a href="../index.html">all documents</a></p>\n' +
      `<h1>${h(title)}</h1>\n` +
      `<p class="meta" data-summary>${h(plural(s.documents, 'document'))}${updated} · ${h(plural(s.disputes, 'open dispute'))}</p>\n` +
      `${TOC}</header>`,
  );
  if (!s.documents) parts.push('<p>No document belongs to this story any more: its documents were re-ordered into other stories.</p>');
  parts.push(sectionsHtml(d, render));
  if (d.olderPages.length) {
    const pages = d.olderPages.map(
      (p) =>
        `<li><a href="./${h(p.file)}.html">page ${p.page}</a> ` +
        `(${h(plural(p.counts.facts, 'fact'))}, ${h(plural(p.counts.sources, 'source'))})</li>`,
    );
    parts.push(
      '<section aria-labelledby="older"><h2 id="older">Older entries</h2>' +
        `<p>Less recently active entries, moved off this page as the story grew:</p><ul>${pages.join('')}</ul></section>`,
    );
  }
  parts.push(
    `<footer>Story ${h(s.id)} · dossier schemaVersion ${d.schemaVersion} · the same data as JSON: ` +
      `<a href="./${h(encodeURIComponent(s.id))}.json">${h(s.id)}.json</a></footer>`,
  );
  const [open, close] = pageFrame(`${title} — claimdiff story`);
  return [open, joined(parts, '\n'), close];
}

/** An older page: the items a story moved off its live dossier. */
export function renderDossierPageHtml(p: DossierPage): string {
  return toText(pageHtml(p));
}

/** An older page's JSON (`JSON.stringify(p)`, byte for byte) and HTML, as bytes: its items' JSON is remembered. */
export function renderDossierPage(p: DossierPage): { json: Uint8Array; html: Uint8Array } {
  return { json: toBytes(dossierJson(p)), html: toBytes(pageHtml(p, olderFromLive)) };
}

function pageHtml(p: DossierPage, render: ItemText = olderHtml): Pieces {
  const [open, close] = pageFrame(`Story ${p.story}, older entries ${p.page} — claimdiff`);
  const header =
    `${STORY_CSS}<header><p class="meta">claimdiff story dossier · corpus ${h(p.corpus)} · older entries, page ${p.page}</p>\n` +
    `<h1>Story ${h(p.story)}: older entries</h1><p><a href="../${h(storyHtmlName(p.story))}">Back to the story</a></p></header>`;
  return [open, header, sectionsHtml(p, render), close];
}

const section = (id: string, title: string, body: Pieces): Pieces => [
  `<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>`,
  body,
  '</section>',
];
const table = (head: string[], rows: Piece[]): Pieces => [
  `<div class="scroll"><table><thead><tr>${head.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>`,
  rows,
  '</tbody></table></div>',
];

type Items = Pick<Dossier, 'facts' | 'figures' | 'disputes' | 'quotations' | 'entities' | 'sources'>;

function sectionsHtml(d: Items, render: ItemText): Pieces {
  const out: Pieces[] = [];
  const figures = d.figures.map(render.figure);
  out.push(section('figures', 'Figures', figures.length ? joined(figures, '\n') : '<p>No quantity was compared across sources yet.</p>'));
  const disputes = d.disputes.map(render.dispute);
  out.push(section('disputes', 'Disputes', disputes.length ? joined(disputes, '\n') : '<p>No source disagrees with another.</p>'));
  out.push(factsHtml(d.facts, d.facts.map(render.fact)));
  const quotations = d.quotations.map(render.quotation);
  out.push(section('quotations', 'Quotations', quotations.length ? quotationsHtml(d.quotations, quotations) : '<p>No quotation yet.</p>'));
  const entities = d.entities.map(render.entity);
  const entityHead = ['Entity', 'Kind', 'Spellings (who uses which)'];
  out.push(section('entities', 'Entities', entities.length ? table(entityHead, entities) : '<p>No entity named yet.</p>'));
  const sources = d.sources.map(render.source);
  const sourceHead = ['Document (report)', 'Title', 'Published', 'Uploaded (UTC)'];
  out.push(section('sources', 'Sources', sources.length ? table(sourceHead, sources) : '<p>No document.</p>'));
  return joined(out, '\n');
}

/** Facts several sources state first, then those of one source, folded. */
function factsHtml(facts: Fact[], rendered: Piece[]): Pieces {
  const shared = rendered.filter((_, i) => facts[i].count > 1);
  const single = rendered.filter((_, i) => facts[i].count <= 1);
  const sharedHtml = shared.length
    ? [`<h3>Stated by several sources (${shared.length})</h3>`, joined(shared, '\n')]
    : '<p>No fact is stated by more than one source yet.</p>';
  const singleHtml = single.length
    ? [`<details><summary>Stated by one source (${single.length})</summary>`, joined(single, '\n'), '</details>']
    : '';
  return ['<section aria-labelledby="facts"><h2 id="facts">Facts</h2>\n', sharedHtml, '\n', singleHtml, '</section>'];
}

function entityRowHtml(e: DossierEntity): string {
  const spellings = e.spellings.map((w) => `<b>${escapedName(w.text)}</b>: ${w.sources.map(escapedName).join(', ')}`).join('<br>');
  return `<tr><th scope="row">${escapedName(e.canonical)}</th><td>${h(e.kind)}</td><td>${spellings}</td></tr>`;
}

function sourceRowHtml(s: DossierSource, place: Place): string {
  const uploaded = h((s.uploadedAt ?? '').slice(0, 19).replace('T', ' '));
  const cells = `<td>${h(s.title ?? '')}</td><td>${h(s.published ?? '')}</td><td>${uploaded}</td>`;
  return `<tr><th scope="row">${sourceLink(place, s)}</th>${cells}</tr>`;
}

function factHtml(f: Fact, place: Place): string {
  const earlier = f.wordings.slice(1);
  const speaker = f.speaker ? ` <span class="explanation">— ${h(f.speaker)}</span>` : '';
  const badge = `<span class="badge" data-count="${f.count}">${h(plural(f.count, 'source'))}</span>`;
  const wordings = earlier.length
    ? `<details><summary>Earlier wordings (${earlier.length})</summary><ul class="sources">` +
      `${earlier.map((w) => `<li>“${escapedText(w.text)}” — ${w.sources.map(escapedName).join(', ')}</li>`).join('')}</ul></details>`
    : '';
  return (
    `<div class="fact${f.count > 1 ? '' : ' single'}"><p class="claim">${escapedText(f.text)}${speaker}${badge}</p>\n` +
    `<p class="sources">${f.sources.map((s) => `${sourceLink(place, s)}${when(s)}`).join(' · ')}</p>${wordings}</div>`
  );
}

const DISPUTE_KIND: Record<Dispute['kind'], string> = { contradiction: 'Contradiction', 'unresolved update': 'Unresolved update' };

function disputeHtml(x: Dispute, place: Place): string {
  const [own, ...others] = x.sides;
  const side = (s: (typeof x.sides)[number]) =>
    `<p class="side">“${escapedText(s.text)}” — ${s.sources.map((r) => sourceLink(place, r)).join(', ')}</p>`;
  return (
    `<article class="dispute"><p class="tag t-contradicted">${h(DISPUTE_KIND[x.kind])}</p>\n` +
    `<p class="explanation">${escapedText(x.explanation)}</p>${side(own)}<p class="tag">against</p>${others.map(side).join('')}</article>`
  );
}

function figureHtml(t: FigureTrack, place: Place): string {
  const latest = t.latest;
  const rows = t.values.map(
    (v) =>
      `<tr><td>${h(v.label)}</td><td>${sourceLink(place, v)}${when(v)}</td>` +
      `<td>${h(v.text.length > 160 ? `${v.text.slice(0, 159)}…` : v.text)}</td></tr>`,
  );
  const caption =
    `<b>${h(t.about)}</b>${t.unit ? ` (${h(t.unit)})` : ''}: ` +
    `latest <span class="latest">${h(latest.label)}</span> — ${sourceLink(place, latest)}${when(latest)}`;
  return (
    `<figure class="track" data-about="${h(t.about)}"><figcaption>${caption}</figcaption>\n${timelineSvg(t)}\n` +
    `<div class="scroll"><table><thead><tr><th scope="col">Value</th><th scope="col">Source</th><th scope="col">Claim</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div></figure>`
  );
}

/**
 * A quantity's values in upload order, left to right: a line through the numbers (scaled from zero to the largest),
 * or for states ("opened", "closed") points on a line labelled with the state.
 */
export function timelineSvg(t: FigureTrack): string {
  const points = [...t.values].reverse();
  const step = 110;
  const width = Math.max(240, 40 + step * points.length);
  const height = 150;
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const y = (v: number | null) => (v === null ? 70 : Math.round(120 - (v / max) * 90));
  const x = (i: number) => 40 + i * step;
  const line = points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ');
  const mark = (p: (typeof points)[number], i: number) => {
    const fill = i === points.length - 1 ? '#8a5a00' : '#6b7c93';
    const label = h(p.label.length > 18 ? `${p.label.slice(0, 17)}…` : p.label);
    return (
      `<g><circle cx="${x(i)}" cy="${y(p.value)}" r="5" fill="${fill}"><title>${h(p.name)}: ${h(p.label)}</title></circle>\n` +
      `<text x="${x(i)}" y="${y(p.value) - 10}" text-anchor="middle" font-size="12" fill="#1b1b1b">${label}</text>\n` +
      `<text x="${x(i)}" y="${height - 8}" text-anchor="middle" font-size="10" fill="#555">${h(p.name.slice(0, 16))}</text></g>`
    );
  };
  const id = h(`tl-${t.id.replace(/[^A-Za-z0-9-]/g, '-')}`);
  return (
    `<svg class="timeline" role="img" aria-labelledby="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<title id="${id}">${h(t.about)} over time, oldest left</title>\n` +
    `<line x1="20" y1="${height - 24}" x2="${width - 10}" y2="${height - 24}" stroke="#d6d6d6"/>` +
    `<polyline points="${line}" fill="none" stroke="#8a5a00" stroke-width="2"/>${points.map(mark).join('')}</svg>`
  );
}

const LATER_WORDINGS =
  '<p class="sources">Later wordings against the first: inserted words underlined and marked +, ' +
  'dropped words struck through and marked −.</p>';

function quotationHtml(q: Quotation): string {
  const variants = q.variants.map(
    (v, i) =>
      `<p class="${i ? 'diff' : 'claim'}">${i && v.diff ? wordDiffHtml(v.diff) : `“${escapedText(v.quote)}”`} ` +
      `<span class="sources">— ${v.sources.map(escapedName).join(', ')}</span></p>`,
  );
  const several = q.variants.length > 1;
  return `<div class="fact${several ? '' : ' single'}">${variants.join('')}${several ? LATER_WORDINGS : ''}</div>`;
}

/** The quotations under their speakers, `rendered` in the order of `quotations`. */
function quotationsHtml(quotations: Quotation[], rendered: Piece[]): Pieces {
  return joined(
    [...groupBySpeaker(quotations, rendered)].map(([speaker, qs]) => [`<h3>${h(speaker)}</h3>`, qs]),
    '\n',
  );
}

/** Each speaker's items (the first speaker first), unattributed ones under 'Unattributed'. */
function groupBySpeaker<T>(quotations: Quotation[], items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const [i, q] of quotations.entries()) {
    const speaker = q.speaker ?? 'Unattributed';
    const group = groups.get(speaker);
    if (group) group.push(items[i]);
    else groups.set(speaker, [items[i]]);
  }
  return groups;
}

// ---------- Markdown ----------

const md = escapeMarkdown;
const markdownName = memo(md);
/** A claim's text escaped, remembered per text (see escapedText). */
const markdownText = memo(md);
const markdownHref = memo((docId: string) => `../${encodeURIComponent(docId)}.md`);
const mdLink = (s: SourceRef) => `[${markdownName(s.name)}](${markdownHref(s.docId)})`;
const mdWords = (ops: WordOp[]) =>
  ops.map((o) => (o.op === 'same' ? md(o.word) : o.op === 'ins' ? `**+${md(o.word)}**` : `~~−${md(o.word)}~~`)).join(' ');

/** Each item's lines, joined: one entry of the page's lines, which are joined the same way. */
const itemMarkdown: ItemText = {
  figure: (t: FigureTrack) =>
    [
      `### ${md(t.about)}${t.unit ? ` (${md(t.unit)})` : ''}: latest ${md(t.latest.label)} (${mdLink(t.latest)})`,
      '',
      '| Value | Source | Uploaded |',
      '|---|---|---|',
      ...t.values.map((v) => `| ${md(v.label)} | ${mdLink(v)} | ${v.uploadedAt ?? ''} |`),
      '',
    ].join('\n'),
  dispute: (x: Dispute) =>
    [
      `- **${DISPUTE_KIND[x.kind]}:** ${markdownText(x.explanation)}`,
      ...x.sides.map((side) => `  - “${markdownText(side.text)}” — ${side.sources.map(mdLink).join(', ')}`),
    ].join('\n'),
  fact: (f: Fact) =>
    [
      `- ${markdownText(f.text)} — **${plural(f.count, 'source')}:** ${f.sources.map(mdLink).join(', ')}`,
      ...f.wordings.slice(1).map((w) => `  - earlier: “${markdownText(w.text)}” (${w.sources.map(markdownName).join(', ')})`),
    ].join('\n'),
  quotation: (q: Quotation) =>
    q.variants
      .map((v, i) => {
        const words = i && v.diff ? mdWords(v.diff) : `“${markdownText(v.quote)}”`;
        return `${i ? '  - ' : '- '}${words} — ${v.sources.map(markdownName).join(', ')}`;
      })
      .join('\n'),
  entity: (e: DossierEntity) => {
    const spellings = e.spellings.map((w) => `${markdownName(w.text)}: ${w.sources.map(markdownName).join(', ')}`);
    return `| ${markdownName(e.canonical)} | ${e.kind} | ${spellings.join('; ')} |`;
  },
  source: (s: DossierSource) => `| ${mdLink(s)} | ${md(s.title ?? '')} | ${s.published ?? ''} | ${s.uploadedAt ?? ''} |`,
};

const rememberedMarkdown = Object.fromEntries(
  Object.entries(itemMarkdown).map(([kind, render]) => [kind, remembered(render as (item: object) => string)]),
) as unknown as ItemText;

export function renderDossierMarkdown(d: Dossier): string {
  return toText(markdownOf(d, itemMarkdown));
}

function markdownOf(d: Dossier, m: ItemText): Pieces {
  const s = d.story;
  const lines: Pieces[] = [`# ${md(s.title || `Story ${s.id}`)}`, ''];
  const updated = s.updatedAt ? ` · **Last update:** ${s.updatedAt}` : '';
  const documents = `${plural(s.documents, 'document')} · ${plural(s.disputes, 'open dispute')}`;
  lines.push(`**Story:** \`${s.id}\` · **Corpus:** \`${d.corpus}\` · ${documents}${updated}`, '');
  lines.push('## Figures', '');
  if (!d.figures.length) lines.push('No quantity was compared across sources yet.', '');
  lines.push(...d.figures.map((t) => m.figure(t)));
  lines.push('## Disputes', '');
  if (!d.disputes.length) lines.push('No source disagrees with another.', '');
  lines.push(...d.disputes.map((x) => m.dispute(x)));
  lines.push('', '## Facts', '');
  lines.push(...d.facts.map((f) => m.fact(f)));
  lines.push('', '## Quotations', '');
  const quotations = d.quotations.map((q) => m.quotation(q));
  for (const [speaker, qs] of groupBySpeaker(d.quotations, quotations))
    lines.push(`### ${md(speaker)}`, '', ...qs.filter((q) => q.length > 0), '');
  lines.push('## Entities', '', '| Entity | Kind | Spellings (who uses which) |', '|---|---|---|');
  lines.push(...d.entities.map((e) => m.entity(e)));
  lines.push('', '## Sources', '', '| Document | Title | Published | Uploaded |', '|---|---|---|---|');
  lines.push(...d.sources.map((src) => m.source(src)));
  if (d.olderPages.length) lines.push('', `Older entries: ${d.olderPages.map((p) => `[page ${p.page}](./${p.file}.json)`).join(', ')}`);
  return [joined(lines, '\n'), '\n'];
}
