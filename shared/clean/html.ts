/**
 * The HTML path: Mozilla Readability on jsdom finds the article; the page's structured data (JSON-LD, og:/article:
 * meta) supplies title, author and date, and the article body when Readability finds too little; the blocks then go
 * through the same line classifier as scraped text to drop what Readability leaves (captions, credits, related
 * lists, newsletter prompts). jsdom is loaded only here, on the first HTML document.
 */
import type { CleanResult, RemovedLine } from '../types.ts';
import { trailingCredit } from './captions.ts';
import { type Classified, classifyLines, describeLine, fold as foldText, topicalShare } from './lines.ts';
import { decodeEntities, findDate, isDateLine, normaliseDate, parseByline, stripSiteSuffix, tidyByline } from './metadata.ts';
import { THRESHOLDS, thresholds as withOverrides, type Thresholds } from './rules.ts';
import { LIMITS, overBudget } from '../limits.ts';
import { openingTags, removeSpans, replaceTags, type Span, tagDepth } from './markup.ts';
import { cleanScrapedText, finish } from './text.ts';
import { answerTagListsByWalking, closestWhere, descendants, selectAll } from './dom-query.ts';

type Dom = typeof import('jsdom');
type ReadabilityModule = typeof import('@mozilla/readability');
let libraries: Promise<[Dom, ReadabilityModule]> | null = null;
const load = () => (libraries ??= Promise.all([import('jsdom'), import('@mozilla/readability')]));

/**
 * One jsdom window for every page: setting up a window (its hundreds of DOM interfaces) costs more than parsing a
 * typical article, so pages are parsed into documents of this window (scripts never run in them) and dropped after.
 */
let parserWindow: import('jsdom').DOMWindow | null = null;
function parsePage(jsdom: Dom, source: string): Document {
  if (!parserWindow) {
    parserWindow = new jsdom.JSDOM('', { virtualConsole: new jsdom.VirtualConsole() }).window;
    answerTagListsByWalking(parserWindow);
  }
  return new parserWindow.DOMParser().parseFromString(source, 'text/html');
}

/** Elements that end a block of text. */
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'DD',
  'DT',
  'DL',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'FORM',
  'HR',
  'BR',
  'FIGURE',
  'ADDRESS',
  'CENTER',
]);
/** Never text of the article (a <nav> is the site's menus and breadcrumbs, even inside the article's container). */
const SKIP = new Set([
  'NAV',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);
const CAPTION = new Set(['FIGCAPTION', 'CAPTION']);
/** Deeper than this, Readability's recursive scoring risks the stack: read the page's text flat instead. */
const MAX_DEPTH = 400;
const MAX_ELEMENTS = 60_000;

interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  articleBody: string | null;
  siteName: string | null;
  /** A date written in the page's text, used when nothing better is found. */
  writtenDate: string | null;
  /** The page's own <h1> headings: the headline without the site's name, when they agree with the title. */
  headings: string[];
  /** The page's own host (its canonical address or og:url), to tell its links to its other pages from links out. */
  host: string | null;
}

/** Pages larger, deeper or with more elements than these are read as text (tags stripped): see limits.ts. */
const MAX_PARSE_BYTES = LIMITS.htmlParseChars;
const MAX_PARSE_DEPTH = LIMITS.htmlParseDepth;

export async function cleanHtml(html: string, overrides?: Partial<Thresholds>): Promise<CleanResult> {
  const T = withOverrides(overrides);
  const prepared = parseableSource(html);
  if ('asText' in prepared) return prepared.asText;
  const { source } = prepared;
  // Loaded only for a page it will parse: one read as text never pays for importing jsdom.
  const [jsdom, { Readability }] = await load();
  const doc = parsePage(jsdom, source);
  const page: Page = { jsdom, source, doc, meta: readMetadata(doc, source), removed: [] };
  unwrapEmbeddedPosts(doc);
  removeSeeAlsoBoxes(page);
  const found = runReadability(page, Readability, T);
  const { meta } = page;
  const headings = new Set([...meta.headings, ...(found.title ? [found.title] : [])].map(foldText));
  const rawTitle = meta.title ?? found.title;
  const title = rawTitle ? stripSiteSuffix(rawTitle, { siteName: meta.siteName, seen: (text) => headings.has(foldText(text)) }) : null;
  /** The result from classified text: the page's metadata first, then Readability's, then what the text shows. */
  const done = (text: Classified, removedLines: RemovedLine[], emptyReason: string): CleanResult =>
    finish({
      title,
      removed: removedLines,
      kept: text.kept,
      byline: meta.byline ?? tidyByline(found.byline) ?? text.byline,
      published: meta.published ?? found.date ?? text.published ?? meta.writtenDate,
      format: 'html',
      language: text.language,
      emptyReason,
    });
  const readChars = found.blocks.join(' ').length;
  // What Readability found, before any of the choices below replaces it: the floor the result must not fall under.
  const orReadability = (result: CleanResult) =>
    readChars >= T.readabilityArticleMinChars ? neverWorseThanReadability(result, found.blocks, title, T) : result;
  const chosen = chooseBlocks(page, found, title, T);
  if ('offTopic' in chosen) return orReadability(done(chosen.offTopic, chosen.removed, 'no article found on the page'));
  const captions = page.removed.filter((r) => r.reason === 'image caption/credit').map((r) => r.text);
  const classified = classifyLines(chosen.blocks, {
    mode: chosen.mode,
    title,
    pictures: chosen.pictures,
    links: chosen.links.blocks,
    items: chosen.links.items,
    captions,
  });
  return orReadability(
    done(classified, [...page.removed, ...classified.removed], doc.body ? 'no article found on the page' : 'the page has no body'),
  );
}

/** A page being cleaned: its parsed document (Readability rewrites it), its metadata, and what was removed so far. */
interface Page {
  jsdom: Dom;
  source: string;
  doc: Document;
  meta: PageMetadata;
  removed: RemovedLine[];
}

/** Blocks of text with the pictures beside them and the blocks that are links: what the classifier reads. */
interface Blocks {
  blocks: string[];
  pictures: Map<number, 'after' | 'before'>;
  links: PageLinks;
}

/** What Readability found: its article's blocks and its title, byline and date; `ran` false when it was not run. */
interface ReadabilityFound extends Blocks {
  ran: boolean;
  title: string | null;
  byline: string | null;
  date: string | null;
}

/**
 * The page's source ready to parse (scripts other than JSON-LD, style sheets, inline SVG and comments removed), or
 * the page read as text when it is past the parse budget (limits.ts), with why first among the removed lines.
 */
function parseableSource(html: string): { source: string } | { asText: CleanResult } {
  const asText = (text: string, reason: string) => {
    const result = cleanHtmlAsText(html);
    result.removed.unshift({ text, reason });
    return { asText: result };
  };
  if (html.length > MAX_PARSE_BYTES || tagDepth(html, MAX_PARSE_DEPTH) > MAX_PARSE_DEPTH) {
    const size = `page of ${html.length.toLocaleString('en-US')} characters`;
    return asText(
      `${size}, nested over ${MAX_PARSE_DEPTH} deep or over ${MAX_PARSE_BYTES / 1024 / 1024} MiB`,
      'read as text: too large or deep to parse as HTML',
    );
  }
  // Scripts never run (jsdom's default), and style sheets, inline SVG icons and comments hold no article text; on
  // real news pages they are about 40% of what is left after the scripts, so dropping them before parsing saves
  // that share of the parse and of every Readability pass. JSON-LD scripts stay: they are metadata.
  // One linear scan per pass (markup.ts): a regex per opener is quadratic on a page of unclosed openers.
  const withoutScripts = removeSpans(
    html,
    [{ open: /<script\b/i, close: /<\/script\s*>/i, keep: (s) => /application\/ld\+json/i.test(s.slice(0, 200)) }],
    '',
  );
  const source = removeSpans(withoutScripts, [STYLE, SVG, COMMENT], '');
  if (source.length > LIMITS.htmlSourceChars) {
    return asText(
      `page of ${source.length.toLocaleString('en-US')} characters without its scripts, styles and comments`,
      overBudget('HTML characters parsed; read as text'),
    );
  }
  if (openingTags(source, LIMITS.htmlParseElements) > LIMITS.htmlParseElements) {
    return asText(
      `page of over ${LIMITS.htmlParseElements.toLocaleString('en-US')} elements`,
      overBudget('HTML elements parsed; read as text'),
    );
  }
  return { source };
}

/** Social-media posts as sites embed them: a blockquote of the post's text, its author and date. */
const EMBEDDED_POSTS = 'blockquote.twitter-tweet, blockquote.twitter-video, blockquote.bluesky-embed, blockquote.mastodon-embed';
const EMBED_CLASS = /twitter-tweet|twitter-video|bluesky-embed|mastodon-embed/i;

/**
 * A post the article quotes is lost twice in Readability: it drops every element whose class reads as a social
 * widget ("social-media-embed") before it scores the page, and a block whose text is a fifth links (the post's
 * address, its date, its hashtags) after. The quotation went with the share buttons. So the post's links are read
 * as its text, and the wrappers that hold nothing but the post lose their class and id: the post is judged as the
 * article's other paragraphs are.
 */
function unwrapEmbeddedPosts(doc: Document): void {
  const maybePost = (el: Element) => el.localName === 'blockquote' && EMBED_CLASS.test(el.getAttribute('class') ?? '');
  for (const post of selectAll(doc, EMBEDDED_POSTS, maybePost)) {
    for (const link of Array.from(post.querySelectorAll('a'))) link.replaceWith(...Array.from(link.childNodes));
    const text = (post.textContent ?? '').trim().length;
    for (let box = post.parentElement; box && box !== doc.body; box = box.parentElement) {
      if ((box.textContent ?? '').trim().length > text) break;
      box.removeAttribute('class');
      box.removeAttribute('id');
    }
  }
}

/**
 * SEE_ALSO_BOX: a box the page's own markup names "see also" in one of the languages of the tables ("en-savoir-plus",
 * "see-also", "mehr-zum-thema", "leggi-anche", "lees-ook", "saiba-mais", "lea-tambien", "lire-aussi"): a heading and a
 * few lines about other pages set inside the article's container, which Readability keeps when it holds a paragraph
 * (and whose wrappers, with their classes, it then folds away). Removed before Readability runs. Only a box of at
 * most `SEE_ALSO_MAX_CHARS` characters, not inside a paragraph or an item: a class naming a whole region or a link in
 * a sentence is not a box. ("Read more" is not among the names: sites give it to the expander holding the rest of the
 * article.) The page's source is searched for the names first: the elements are walked only on a page that has one.
 */
const SEE_ALSO_CLASS =
  /savoir[-_]?plus|see[-_]?also|mehr[-_]zum[-_]thema|leggi[-_]anche|lees[-_]ook|saiba[-_]mais|lea[-_]tambien|lire[-_]aussi/i;
const SEE_ALSO_MAX_CHARS = 1000;

function removeSeeAlsoBoxes(page: Page): void {
  const { doc } = page;
  if (!doc.body || !SEE_ALSO_CLASS.test(page.source)) return;
  const boxes: Element[] = [];
  // A tree walker: indexing jsdom's live collections (getElementsByTagName) is far slower on a large page.
  const walker = doc.createTreeWalker(doc.body, 1);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const names = el.getAttribute('class');
    if (names !== null && SEE_ALSO_CLASS.test(names)) boxes.push(el);
  }
  for (const box of boxes) {
    if (!box.isConnected || (box.textContent ?? '').length > SEE_ALSO_MAX_CHARS || box.parentElement?.closest('p, li')) continue;
    for (const text of textBlocks(box, [])) page.removed.push({ text, reason: 'see-also box' });
    box.remove();
  }
}

/** Every visible block of the unchanged page (Readability rewrites the document it is given, so it is parsed again). */
function pageBlocks(page: Page, into: RemovedLine[], pictures?: Map<number, 'after' | 'before'>, links?: PageLinks): string[] {
  const doc = parsePage(page.jsdom, page.source);
  return doc.body ? textBlocks(doc.body, into, pictures, links) : [];
}

/**
 * Readability on the page itself, not a copy (cloning a large page costs about as much as Readability): the rare page
 * it finds nothing in is parsed again for the fallback (chooseBlocks). Not run on pages deeper or larger than its
 * recursive scoring can take.
 */
function runReadability(page: Page, Readability: ReadabilityModule['Readability'], T: Readonly<Thresholds>): ReadabilityFound {
  const found: ReadabilityFound = {
    ran: false,
    blocks: [],
    pictures: new Map(),
    links: { blocks: new Set(), host: page.meta.host, items: new Set() },
    title: null,
    byline: null,
    date: null,
  };
  const { doc } = page;
  const { depth, elements } = measure(doc.body);
  if (!doc.body || depth > MAX_DEPTH || elements > MAX_ELEMENTS) return found;
  found.ran = true;
  // Readability keeps its first candidate when it has at least charThreshold characters, and otherwise retries
  // with its filters relaxed. A short widget (a modal, a promo box) can pass a fixed threshold while the page's
  // article sits in a run of paragraphs ten times longer: the threshold follows the page's densest paragraphs.
  const densest = Math.round(densestParagraphs(doc) * T.readabilityDensestShare);
  const charThreshold = Math.max(T.readabilityCharThreshold, Math.min(T.readabilityMaxCharThreshold, densest));
  let article: { content?: Node | null; title?: string | null; byline?: string | null; publishedTime?: string | null } | null = null;
  try {
    article = new Readability<Node>(doc, { charThreshold, serializer: (el) => el }).parse();
  } catch (error) {
    // Readability gave up on this page (a DOM it does not expect): the page's blocks are read instead, and why is
    // kept with the removed lines.
    page.removed.push({ text: describeError(error), reason: 'Readability failed; the page was read block by block' });
  }
  if (article?.content) {
    const fragment = articleFragment(article.content, page);
    found.blocks = textBlocks(fragment, page.removed, found.pictures, found.links);
    found.title = article.title ? decodeEntities(article.title).trim() || null : null;
    found.byline = article.byline?.trim() || null;
    found.date = normaliseDate(article.publishedTime);
  }
  return found;
}

/**
 * Readability's article as a fragment to read blocks from. Its default hands the article back as HTML, which costs a
 * serialisation and a second parse (a fifth of the HTML path). The element itself is read instead, unless it nests a
 * block inside a paragraph, which Readability's rewriting can leave and which HTML cannot say: a parser closes the
 * paragraph there, and the blocks are read from the HTML as before so they stay what they were.
 */
function articleFragment(content: Node, page: Page): DocumentFragment {
  if (parserWouldRewrite(content as Element)) return page.jsdom.JSDOM.fragment((content as Element).innerHTML);
  const fragment = page.doc.createDocumentFragment();
  fragment.append(...Array.from(content.childNodes));
  return fragment;
}

/** Elements an HTML parser closes an open <p> before: it would not keep them inside the paragraph. */
const CLOSES_PARAGRAPH = new Set([
  ...'ADDRESS ARTICLE ASIDE BLOCKQUOTE DETAILS DIALOG DIV DL FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6'.split(' '),
  ...'HEADER HGROUP HR MAIN MENU NAV OL P PRE SECTION TABLE UL LI DD DT'.split(' '),
]);
/** The children a table part may have; anything else a parser moves out of the table. */
const TABLE_CHILDREN: Record<string, Set<string>> = {
  TABLE: new Set(['CAPTION', 'COLGROUP', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COL']),
  THEAD: new Set(['TR']),
  TBODY: new Set(['TR']),
  TFOOT: new Set(['TR']),
  TR: new Set(['TD', 'TH']),
};

/**
 * Whether an HTML parser would build this tree otherwise: a block inside a paragraph, a link inside a link, a table
 * part holding what a table cannot (an element or text). One walk over the elements (a selector for the same costs as much as a re-parse).
 */
export function parserWouldRewrite(root: Element): boolean {
  const stack: Array<{ el: Element; inParagraph: boolean; inLink: boolean }> = [{ el: root, inParagraph: false, inLink: false }];
  while (stack.length) {
    const { el, inParagraph, inLink } = stack.pop()!;
    const allowed = TABLE_CHILDREN[el.tagName];
    // Text set straight in a table part is moved in front of the table.
    if (allowed) for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName;
      if ((inParagraph && CLOSES_PARAGRAPH.has(tag)) || (inLink && tag === 'A') || (allowed && !allowed.has(tag))) return true;
      stack.push({ el: c, inParagraph: inParagraph || tag === 'P', inLink: inLink || tag === 'A' });
    }
  }
  return false;
}

/**
 * The blocks the classifier reads: Readability's article; the page's structured article body when Readability found
 * much less; every block of the page when it found nothing. When what it found is hardly about the headline, the
 * text classifier's article of the whole page, if that is about the headline (`offTopic`, with its removed lines).
 */
function chooseBlocks(
  page: Page,
  found: ReadabilityFound,
  title: string | null,
  T: Readonly<Thresholds>,
): (Blocks & { mode: 'html' | 'text' }) | { offTopic: Classified; removed: RemovedLine[] } {
  const { meta, doc } = page;
  const readChars = found.blocks.join(' ').length;
  const structured = meta.articleBody?.trim() ?? '';
  const noLinks = (): PageLinks => ({ blocks: new Set(), host: meta.host, items: new Set() });
  if (structured.length > T.structuredMinChars && structured.length > readChars * T.structuredOverReadability) {
    // Readability found much less than the page's own structured article body: trust the structured data.
    return { blocks: structured.split(/\n+/), pictures: new Map(), links: noLinks(), mode: 'html' };
  }
  if (readChars < T.readabilityNoArticleChars) {
    // Readability found no article: read every visible block of the unchanged page and let the text classifier find it.
    const pictures = new Map<number, 'after' | 'before'>();
    const links = noLinks();
    const blocks = found.ran
      ? pageBlocks(page, page.removed, pictures, links)
      : doc.body
        ? textBlocks(doc.body, page.removed, pictures, links)
        : [];
    return { blocks, pictures, links, mode: 'text' };
  }
  if (title && (topicalShare(title, found.blocks) ?? 1) < T.offTopicMaxShare) {
    // Hardly any of what Readability found is about the page's headline: other stories on the page (full texts of
    // "you may like" stories) outweighed the article. The text classifier looks for the run of prose the headline
    // heads; its result is taken when it is about the headline.
    const captions: RemovedLine[] = [];
    const pictures = new Map<number, 'after' | 'before'>();
    const links = noLinks();
    const blocks = pageBlocks(page, captions, pictures, links);
    const text = classifyLines(blocks, { mode: 'text', title, pictures, links: links.blocks, items: links.items });
    if ((topicalShare(title, text.kept) ?? 0) >= T.onTopicMinShare && text.kept.join(' ').length >= T.onTopicMinChars) {
      const note = {
        text: `${readChars.toLocaleString('en-US')} characters that are not about the headline`,
        reason: 'Readability chose another story on the page',
      };
      return { offTopic: text, removed: [note, ...captions, ...text.removed] };
    }
  }
  return { ...found, mode: 'html' };
}

/** An error as one line for the removed list: its message, or what was thrown. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Never worse than Readability: when the cleaner's rules leave nothing, or far less than the article Readability
 * found (under `readabilityFallbackShare` of its characters), the rules have removed the article itself — every
 * paragraph of a gallery ends in a photo credit, an article set as one long caption-like block. Readability's text is
 * used instead, with only what is furniture on its own removed (share rows, cookie notices, credits split off the
 * captions), and the switch is recorded first among the removed lines with its reason.
 */
function neverWorseThanReadability(result: CleanResult, readability: string[], title: string | null, T: Thresholds): CleanResult {
  const found = readability.join(' ').length;
  const kept = result.body.length;
  if (kept > 0 && kept >= found * T.readabilityFallbackShare) return result;
  const removed: RemovedLine[] = [];
  const body: string[] = [];
  const titleKey = title ? foldText(title) : null;
  // The byline and date lines the cleaner lifted are the page's metadata whatever became of the article (a post's
  // "14. Mai 2009, 18:05 | Jane Doe" above a paragraph too short to be read as prose).
  const metadata = new Map(result.removed.filter((r) => r.reason === 'byline' || r.reason === 'date line').map((r) => [r.text, r.reason]));
  for (const block of readability) {
    const text = block.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const split = trailingCredit(text);
    const line = split && tokens(split.caption) >= 3 ? split.caption : text;
    if (split && line !== text) removed.push({ text: split.credit, reason: 'photo credit' });
    const info = describeLine(line);
    const lifted = metadata.get(line);
    if (lifted) removed.push({ text: line, reason: lifted });
    else if (info.reason && info.cls === 'bad') removed.push({ text: line, reason: info.reason });
    else if (titleKey && foldText(line) === titleKey) removed.push({ text: line, reason: 'repeated title' });
    else body.push(line);
  }
  if (body.join('\n\n').length <= kept) return result;
  const why =
    kept === 0
      ? "the cleaner's rules left nothing"
      : `the cleaner's rules kept ${kept.toLocaleString('en-US')} of its ${found.toLocaleString('en-US')} characters`;
  // The same ending as both paths (finish): Readability's text comes from the parsed page, so entities that decode
  // to controls are removed there, in the body and in the removed lines alike.
  return finish({
    title: result.title,
    byline: result.byline,
    published: result.published,
    format: result.format,
    language: result.language ?? 'en',
    kept: body,
    removed: [
      { text: `${found.toLocaleString('en-US')} characters found by Readability`, reason: `fallback to Readability's article: ${why}` },
      ...removed,
    ],
  });
}

const tokens = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Characters in the longest run of sibling paragraphs (<p> under one parent): where the article most likely is. */
function densestParagraphs(doc: Document): number {
  const byParent = new Map<Element, number>();
  let best = 0;
  // A static list: indexing jsdom's live collections walks the document each time (quadratic: 5,000 tags, 20 s).
  const paragraphs = Array.from(doc.querySelectorAll('p'));
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const parent = p.parentElement;
    if (!parent) continue;
    const n = (byParent.get(parent) ?? 0) + (p.textContent?.length ?? 0);
    byParent.set(parent, n);
    if (n > best) best = n;
  }
  return best;
}

/**
 * Text of a subtree as blocks, in document order. Captions go to `removed`; `pictures` learns which blocks stand just
 * after or just before a picture, with no text between (a caption Readability kept as a paragraph). Iterative: deep
 * pages cannot overflow.
 */
export function textBlocks(root: Node, removed: RemovedLine[], pictures?: Map<number, 'after' | 'before'>, links?: PageLinks): string[] {
  const blocks: string[] = [];
  let buffer = '';
  // Characters of the current block inside a link to the site's own pages, and how many such links the walk is in.
  let linked = 0;
  let inLink = 0;
  // A picture met since the last block and before any text: the next block stands just after it.
  let pictureBefore = false;
  // How many list items (<li>) the walk is in: a block inside one is an item of a list.
  let inItem = 0;
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) {
      if (pictureBefore) pictures?.set(blocks.length, 'after');
      pictureBefore = false;
      // Link text counted without spaces on both sides, so spacing around a link does not make it look partial.
      if (links && linked >= text.replace(/\s+/g, '').length * THRESHOLDS.linkBlockShare) links.blocks.add(blocks.length);
      if (inItem) links?.items?.add(blocks.length);
      blocks.push(text);
    }
    buffer = '';
    linked = 0;
  };
  const stack: Array<{ node: Node; exit: boolean; link?: boolean }> = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit, link: leavingLink } = stack.pop()!;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      buffer += value;
      if (inLink) linked += value.replace(/\s+/g, '').length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) continue;
    const tag = (node as Element).tagName ?? '';
    if (exit) {
      if (leavingLink) inLink--;
      if (BLOCK.has(tag)) flush();
      if (tag === 'LI') inItem--;
      continue;
    }
    if (SKIP.has(tag) || (node as HTMLElement).hidden || (node as Element).getAttribute?.('aria-hidden') === 'true') continue;
    if (CAPTION.has(tag) || (BOX_TEXT.has(tag) && inPictureBox(node as Element))) {
      const caption = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (caption) removed.push({ text: caption, reason: 'image caption/credit' });
      continue;
    }
    if (pictures && tag === 'IMG' && !buffer.trim()) {
      // The block before it ends where the picture starts; one already after another picture stays so.
      if (!pictureBefore && blocks.length && !pictures.has(blocks.length - 1)) pictures.set(blocks.length - 1, 'before');
      pictureBefore = true;
    }
    if (BLOCK.has(tag)) flush();
    if (tag === 'LI') inItem++;
    const ownLink = links !== undefined && tag === 'A' && internalLink((node as Element).getAttribute('href'), links.host);
    if (ownLink) inLink++;
    stack.push({ node, exit: true, link: ownLink });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
  flush();
  return blocks;
}

/** The blocks that are all the text of links to the site's own pages (filled by textBlocks), and the site's host. */
export interface PageLinks {
  blocks: Set<number>;
  host: string | null;
  /** The blocks that are items of a list (<li>): a summary box's points are told from the paragraphs after it so. */
  items?: Set<number>;
}

/** "www.example.com" → "example.com"; null when the address has no host. */
function hostOf(address: string | null | undefined): string | null {
  const m = address?.match(/^\s*(?:https?:)?\/\/([^/?#:\s]+)/i);
  return m ? m[1].toLowerCase().replace(/^www\./, '') : null;
}

/**
 * A link to another page of the same site: a relative address, or an absolute one on the page's host or a subdomain
 * of it. A list of these is the site's "related" furniture; a list of links out (sources, products, resources) is
 * part of what the article says. With the page's host unknown, only relative addresses count as the site's own.
 */
function internalLink(href: string | null, host: string | null): boolean {
  if (!href) return false;
  const target = hostOf(href);
  if (target === null) return !/^\s*[a-z][a-z0-9+.-]*:/i.test(href); // relative (not mailto:, javascript:)
  return host !== null && (target === host || target.endsWith(`.${host}`) || host.endsWith(`.${target}`));
}

/** Elements that hold a picture box's caption when the page does not use <figcaption>. */
const BOX_TEXT = new Set(['P', 'SPAN', 'SMALL', 'DIV', 'EM']);
const PICTURE = new Set(['IMG', 'PICTURE']);

/**
 * A caption written as a paragraph beside its picture: the element's parent holds an image (alone or in an element
 * with no text, such as a link) and little other text, e.g. <div><a><img></a><p>Oak barrels in the cellar</p></div>.
 */
function inPictureBox(el: Element): boolean {
  const box = el.parentElement;
  if (!box) return false;
  // Counted up to five by walking siblings: `children.length` is a live collection jsdom recounts in full each time,
  // quadratic over a parent of thousands of paragraphs.
  let children = 0;
  for (let c = box.firstElementChild; c && children <= 4; c = c.nextElementSibling) children++;
  if (children > 4) return false;
  let picture = false;
  for (let c = box.firstElementChild; c && !picture; c = c.nextElementSibling) {
    if (c === el) continue;
    picture =
      PICTURE.has(c.tagName) || (c.childElementCount <= 2 && c.querySelector('img, picture') !== null && !(c.textContent ?? '').trim());
  }
  // The picture beside the element, not inside it (the cheap sibling test first: most elements have none). An
  // author's photo beside the name and date is a byline box, read by the classifier for its metadata.
  return picture && !el.querySelector('img, picture') && (box.textContent ?? '').length <= 300 && !findDate(el.textContent ?? '');
}

function measure(root: Element | null): { depth: number; elements: number } {
  if (!root) return { depth: 0, elements: 0 };
  let depth = 0;
  let elements = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    if (depth > MAX_DEPTH || elements > MAX_ELEMENTS) break;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, d + 1]);
  }
  return { depth, elements };
}

/** JSON-LD (NewsArticle and friends) first, then og:/article:/name= meta, then <title>; dates also from the page. */
function readMetadata(doc: Document, source: string): PageMetadata {
  const found: PageMetadata = {
    title: null,
    byline: null,
    published: null,
    articleBody: null,
    siteName: null,
    writtenDate: null,
    headings: [],
    host: null,
  };
  readJsonLd(doc, found);
  const meta = metaTags(doc);
  found.title ??=
    meta('property', 'og:title') ?? meta('name', 'twitter:title') ?? (doc.title?.trim() ? decodeEntities(doc.title.trim()) : null);
  found.byline ??= meta('name', 'author') ?? meta('property', 'article:author');
  found.byline = found.byline && !/^https?:/.test(found.byline) ? tidyByline(found.byline) : null;
  found.siteName ??= meta('property', 'og:site_name') ?? meta('name', 'application-name');
  // <link rel="canonical">: rel, like type below, is compared in any case (HTML's selectors treat its value so).
  const canonical = descendants(doc, (el) => el.localName === 'link' && el.getAttribute('rel')?.toLowerCase() === 'canonical', true)[0];
  found.host = hostOf(canonical?.getAttribute('href') ?? meta('property', 'og:url'));
  found.published ??= normaliseDate(PUBLISHED_META.reduce<string | null>((value, [attr, key]) => value ?? meta(attr, key), null));
  found.published ??= markedDate(doc);
  // A date written in the page is weaker evidence than one Readability or the classifier finds by the article.
  if (!found.published) found.writtenDate ??= writtenDate(doc, source);
  // Neither marked up nor labelled: the short lines above the article ("By Daniel Roussos", "Friday, 25 July 2025 |
  // 14:20") in a page built of plain elements.
  if (!found.byline || (!found.published && !found.writtenDate)) {
    const header = headerMetadata(doc);
    found.byline ??= header.byline;
    if (!found.published) found.writtenDate ??= header.published;
  }
  const h1 = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1.length && i < 3; i++) {
    const text = h1[i].textContent?.replace(/\s+/g, ' ').trim();
    if (text) found.headings.push(text);
  }
  return found;
}

type MetaAttribute = 'property' | 'name' | 'itemprop';

/** The usual publication-date meta names (Open Graph, Dublin Core, schema.org, and the common CMS ones), best first. */
const PUBLISHED_META: ReadonlyArray<readonly [MetaAttribute, string]> = [
  ['property', 'article:published_time'],
  ['itemprop', 'datepublished'],
  ['name', 'date'],
  ['name', 'pubdate'],
  ['name', 'publishdate'],
  ['name', 'publish-date'],
  ['name', 'article:published_time'],
  ['name', 'parsely-pub-date'],
  ['name', 'sailthru.date'],
  ['name', 'dc.date'],
  ['name', 'dc.date.issued'],
  ['name', 'dcterms.created'],
  ['property', 'og:published_time'],
];

/** Title, authors, date, body and site name from the page's JSON-LD, into what is not yet found. */
function readJsonLd(doc: Document, found: PageMetadata): void {
  const jsonLd = (el: Element) => el.localName === 'script' && el.getAttribute('type')?.toLowerCase() === 'application/ld+json';
  for (const script of descendants(doc, jsonLd)) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      // Broken JSON-LD is common (a trailing comma, a CMS's template left unfilled) and is only one source of
      // metadata: the <meta> tags and the page's text are read next, so the block is passed over.
      continue;
    }
    for (const item of flattenLd(data)) {
      const type = ([] as unknown[]).concat(item['@type'] ?? []).join(' ');
      if (/WebSite|Organization/i.test(type)) found.siteName ??= str(item.name);
      // A WebPage node in an @graph sometimes carries the date the article node lacks.
      if (/WebPage/i.test(type)) found.writtenDate ??= normaliseDate(str(item.datePublished));
      if (!/Article|Posting|Report|NewsArticle|BlogPosting/i.test(type)) continue;
      found.title ??= str(item.headline) ?? str(item.name);
      found.byline ??= authorNames(item.author);
      found.published ??= normaliseDate(str(item.datePublished) ?? str(item.dateCreated));
      found.articleBody ??= str(item.articleBody);
    }
  }
}

/**
 * Every <meta> by its property, name or itemprop (lower-case; the first of a name wins), read in one pass: jsdom's
 * selector engine walks the whole page for each query, and a page is asked for a dozen names. Returns the lookup of
 * the content of <meta attr="key"> (key in lower case), entities decoded.
 */
function metaTags(doc: Document): (attr: MetaAttribute, key: string) => string | null {
  const metas = new Map<string, string>();
  const metaElements = Array.from(doc.querySelectorAll('meta'));
  for (let i = 0; i < metaElements.length; i++) {
    const el = metaElements[i];
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(`${attr}=${key}`)) metas.set(`${attr}=${key}`, content);
    }
  }
  return (attr, key) => {
    const value = metas.get(`${attr}=${key}`);
    return value ? decodeEntities(value) : null;
  };
}

/**
 * Byline and date lines among the page's short leaf elements before its first paragraph of prose (the article's
 * header in a page built of plain elements).
 */
function headerMetadata(doc: Document): { byline: string | null; published: string | null } {
  let byline: string | null = null;
  let published: string | null = null;
  for (const el of Array.from(doc.body?.querySelectorAll('p, div, span, time, address, li') ?? [])) {
    if (el.querySelector('p, div, li, ul, ol, table, section, article')) continue; // leaves only
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 200) break; // the article has begun
    if (!text || text.length > 80 || closestWhere(el, outsideHeader)) continue;
    if (!published && isDateLine(text)) published = findDate(text);
    const parsed: ReturnType<typeof parseByline> = !byline && /^by\s/i.test(text) ? parseByline(text) : null;
    if (parsed?.byline) byline = parsed.byline;
    if (byline && published) break;
  }
  return { byline, published };
}

/**
 * Where a short line is no header of the article: menus, footers, asides, cookie notices, related links (the selector
 * `nav, footer, aside, [class*="cookie" i], [class*="related" i]`).
 */
const outsideHeader = (el: Element) =>
  el.localName === 'nav' || el.localName === 'footer' || el.localName === 'aside' || /cookie|related/i.test(el.getAttribute('class') ?? '');

/** `[itemprop~="datePublished"], [itemprop~="dateCreated"], time[pubdate], time[datetime]` (itemprop in its case). */
function markedAsDate(el: Element): boolean {
  if (el.localName === 'time' && (el.hasAttribute('pubdate') || el.hasAttribute('datetime'))) return true;
  const itemprop = el.getAttribute('itemprop')?.split(/[ \t\n\f\r]+/) ?? [];
  return itemprop.includes('datePublished') || itemprop.includes('dateCreated');
}

/** The publication date the page marks up: an element with itemprop datePublished, or a <time> element. */
function markedDate(doc: Document): string | null {
  for (const el of descendants(doc, markedAsDate)) {
    const value = normaliseDate(el.getAttribute('content') ?? el.getAttribute('datetime')) ?? findDate(el.textContent ?? '');
    if (value) return value;
  }
  return null;
}

/** A date after a label: "Published: 17/03/2025", "Posted on Mon 3 March", "Date 10.06.2013". */
const LABELLED_DATE = new RegExp(
  [
    String.raw`\b(?:published|posted|first published|date|dated)\s*:?\s*(?:on\s+)?((?:\d|jan|feb|mar|apr|may|jun`,
    '|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[^|•·]{4,40})',
  ].join(''),
  'i',
);

/**
 * An element whose class or id names a date: `[class*="date" i], [id*="date" i], [class*="publish" i],
 * [class*="posted" i], [class*="timestamp" i]`.
 */
const dateBox = (el: Element) => /date|publish|posted|timestamp/i.test(el.getAttribute('class') ?? '') || /date/i.test(el.id);

/**
 * The publication date written in the page when nothing marks it: a labelled date in the page's text ("Published:
 * 17/03/2025", "Date 10.06.2013"), then an element whose class or id names a date and holds only a date.
 */
function writtenDate(doc: Document, source: string): string | null {
  const body = source.slice(Math.max(0, source.search(/<body[\s>]/i)));
  const text = replaceTags(body, ' ', true).replace(/\s+/g, ' ');
  const labelled = text.match(LABELLED_DATE);
  const written = labelled ? findDate(labelled[1]) : null;
  if (written) return written;
  for (const el of descendants(doc, dateBox)) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 80 || !text) continue;
    const value = findDate(text);
    if (value && isDateLine(text)) return value;
  }
  return null;
}

type Ld = Record<string, unknown>;
function flattenLd(data: unknown): Ld[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (!data || typeof data !== 'object') return [];
  const item = data as Ld;
  return [item, ...(Array.isArray(item['@graph']) ? flattenLd(item['@graph']) : [])];
}
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? decodeEntities(v.trim()) : null);
function authorNames(author: unknown): string | null {
  const names = ([] as unknown[])
    .concat(author ?? [])
    .map((a) => (typeof a === 'string' ? a : str((a as Ld)?.name)))
    .filter((n): n is string => Boolean(n));
  // Authors as a byline prints them: "A", "A and B", "A, B and C".
  const tidy = names.map((n) => tidyByline(n) ?? n);
  return tidy.length ? (tidy.length === 1 ? tidy[0] : `${tidy.slice(0, -1).join(', ')} and ${tidy[tidy.length - 1]}`) : null;
}

const STYLE: Span = { open: /<style\b/i, close: /<\/style\s*>/i };
const SVG: Span = { open: /<svg\b/i, close: /<\/svg\s*>/i };
const COMMENT: Span = { open: /<!--/, close: /-->/ };

/** Used when the HTML cannot be parsed at all: tags stripped, then the text path. Linear in the page's size. */
export function cleanHtmlAsText(html: string): CleanResult {
  const withoutCode = removeSpans(
    html,
    [{ open: /<script\b/i, close: /<\/script\s*>/i }, STYLE, { open: /<noscript\b/i, close: /<\/noscript\s*>/i }],
    ' ',
  );
  const text = replaceTags(
    removeSpans(withoutCode, [COMMENT], ' ').replace(/<\/(p|div|h\d|li|tr|br|section|article)\s*>|<br\s*\/?>/gi, '\n'),
    ' ',
  ).replace(/[ \t]+/g, ' ');
  return { ...cleanScrapedText(text), format: 'html' };
}
