/**
 * Element queries of the HTML path answered by walking the parsed page instead of jsdom's selector engine, which
 * sets itself up again for every document and costs tens of microseconds a call even on an element of three
 * children: Readability asks each paragraph of a page for its embeds, so on a page of 900 paragraphs its queries
 * cost more than parsing the page. A list of tag names ("p", "h1,h2", "img, picture"), what Readability and most of
 * our own queries ask for, is read by a walk in document order. Our selectors with attributes are tests written out
 * (html.ts), or keep the engine's answer (`matches`) on the few elements a cheap test lets through.
 */

/** A list of tag names, as Readability writes them: `p`, `h1,h2`, `img, picture`, `SPAN,LI,TD`. */
const TAG_LIST = /^\s*[a-z][a-z0-9]*(?:\s*,\s*[a-z][a-z0-9]*)*\s*$/i;
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const tagTests = new Map<string, (el: Element) => boolean>();

/**
 * The test of a tag list, or null for any other selector. A name in lower case matches an element of that local name
 * in any namespace; one with capitals matches HTML elements whatever their case (HTML's names are in lower case),
 * and no other (an SVG or MathML element's name is matched as written, and none is in capitals).
 */
function tagTest(selector: unknown): ((el: Element) => boolean) | null {
  if (typeof selector !== 'string') return null;
  let test = tagTests.get(selector);
  if (test === undefined) {
    if (!TAG_LIST.test(selector)) return null;
    const tags = new Set(selector.split(',').map((t) => t.trim().toLowerCase()));
    test = /[A-Z]/.test(selector) ? (el) => el.namespaceURI === HTML_NAMESPACE && tags.has(el.localName) : (el) => tags.has(el.localName);
    if (tagTests.size < 1000) tagTests.set(selector, test);
  }
  return test;
}

/** The element after `el` in document order, inside `root`; null after root's last. */
function following(el: Element, root: Node): Element | null {
  const child = el.firstElementChild;
  if (child) return child;
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    const sibling = n.nextElementSibling;
    if (sibling) return sibling;
  }
  return null;
}

/** The descendants of `root` (not root itself) that pass `test`, in document order; with `first`, at most one. */
export function descendants(root: ParentNode & Node, test: (el: Element) => boolean, first = false): Element[] {
  const found: Element[] = [];
  for (let el = root.firstElementChild; el; el = following(el, root)) {
    if (!test(el)) continue;
    found.push(el);
    if (first) break;
  }
  return found;
}

/**
 * The descendants of `root` that match `selector`, for a selector every match of which passes `maybe` (a cheap test
 * on tag or attributes): the engine confirms only the elements `maybe` lets through.
 */
export function selectAll(root: ParentNode & Node, selector: string, maybe: (el: Element) => boolean, first = false): Element[] {
  return descendants(root, (el) => maybe(el) && el.matches(selector), first);
}

/** The first inclusive ancestor of `el` that passes `test`, as `closest` with a selector finds it. */
export function closestWhere(el: Element, test: (el: Element) => boolean): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement) if (test(n)) return n;
  return null;
}

type QueryAll = (this: ParentNode & Node, selectors: string) => ArrayLike<Element>;
type QueryFirst = (this: ParentNode & Node, selectors: string) => Element | null;
interface Queries {
  querySelectorAll: QueryAll;
  querySelector: QueryFirst;
}

/**
 * Makes querySelectorAll and querySelector of a jsdom window's documents and elements answer a list of tag names by
 * the walk (a static list, as the engine returns); every other selector goes to the engine as before.
 */
export function answerTagListsByWalking(window: { Element: { prototype: object }; Document: { prototype: object } }): void {
  for (const prototype of [window.Element.prototype, window.Document.prototype] as Queries[]) {
    const all = prototype.querySelectorAll;
    const first = prototype.querySelector;
    prototype.querySelectorAll = function (selectors) {
      const test = tagTest(selectors);
      return test ? descendants(this, test) : all.call(this, selectors);
    };
    prototype.querySelector = function (selectors) {
      const test = tagTest(selectors);
      return test ? (descendants(this, test, true)[0] ?? null) : first.call(this, selectors);
    };
  }
}
