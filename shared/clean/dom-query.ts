/**
 * Element queries of the HTML path answered by walking the parsed page instead of jsdom's selector engine, which
 * sets itself up again for every document and costs tens of microseconds a call even on an element of three
 * children: Readability asks each paragraph of a page for its embeds, so on a page of 900 paragraphs its queries
 * cost more than parsing the page. A list of tag names ("p", "h1,h2", "img, picture"), what Readability and most of
 * our own queries ask for, is read by a walk in document order; selectors with attributes keep the engine's answer
 * (`matches`) on the few elements a cheap test lets through.
 */

/** A list of tag names in lower case, as Readability writes them: `p`, `h1,h2`, `img, picture`. */
const TAG_LIST = /^\s*[a-z][a-z0-9]*(?:\s*,\s*[a-z][a-z0-9]*)*\s*$/;
const tagSets = new Map<string, ReadonlySet<string>>();

/** The tag names of a tag list, or null for any other selector. */
function tagsOf(selector: unknown): ReadonlySet<string> | null {
  if (typeof selector !== 'string') return null;
  let tags = tagSets.get(selector);
  if (tags === undefined) {
    if (!TAG_LIST.test(selector)) return null;
    tags = new Set(selector.split(',').map((t) => t.trim()));
    if (tagSets.size < 1000) tagSets.set(selector, tags);
  }
  return tags;
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

/** The first inclusive ancestor of `el` matching `selector`, under the same contract as selectAll. */
export function closest(el: Element, selector: string, maybe: (el: Element) => boolean): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement) if (maybe(n) && n.matches(selector)) return n;
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
      const tags = tagsOf(selectors);
      return tags ? descendants(this, (el) => tags.has(el.localName)) : all.call(this, selectors);
    };
    prototype.querySelector = function (selectors) {
      const tags = tagsOf(selectors);
      return tags ? (descendants(this, (el) => tags.has(el.localName), true)[0] ?? null) : first.call(this, selectors);
    };
  }
}
