/**
 * Readability's article is read as the element it built, not as HTML parsed again, unless an HTML parser would build
 * that tree otherwise (then the HTML is parsed again, so the blocks stay what a parse of the HTML gives).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parserWouldRewrite, textBlocks } from '../../shared/clean/html.ts';

const dom = new JSDOM('<!doctype html><body></body>');
const doc = dom.window.document;

/** An element built through the DOM, as Readability builds its article (no parser involved). */
function built(make: (el: (tag: string, ...kids: Array<Node | string>) => HTMLElement) => HTMLElement): HTMLElement {
  return make((tag, ...kids) => {
    const e = doc.createElement(tag);
    for (const k of kids) e.append(k);
    return e;
  });
}

describe('parserWouldRewrite', () => {
  it('is false for an article a parser would build the same', () => {
    const article = built((el) =>
      el('div', el('h2', 'Quay closed'), el('p', 'The harbour shut on ', el('a', 'Monday'), '.'), el('ul', el('li', 'One'))),
    );
    expect(parserWouldRewrite(article)).toBe(false);
    // …and its blocks read from the element are those read from its HTML parsed again.
    const live = doc.createDocumentFragment();
    live.append(...Array.from(article.cloneNode(true).childNodes));
    expect(textBlocks(live, [])).toEqual(textBlocks(JSDOM.fragment(article.innerHTML), []));
  });

  it('is true for a heading inside a paragraph (the parser closes the paragraph before it)', () => {
    expect(parserWouldRewrite(built((el) => el('div', el('p', el('h2', 'Recipe card')), el('p', 'Text.'))))).toBe(true);
  });

  it('is true for a link inside a link, and for what a table cannot hold', () => {
    expect(parserWouldRewrite(built((el) => el('div', el('p', el('a', 'outer ', el('a', 'inner'))))))).toBe(true);
    expect(parserWouldRewrite(built((el) => el('div', el('table', el('div', 'stray')))))).toBe(true);
    expect(parserWouldRewrite(built((el) => el('div', el('table', 'stray text'))))).toBe(true);
    expect(parserWouldRewrite(built((el) => el('div', el('table', el('tbody', el('tr', el('td', 'cell')))))))).toBe(false);
  });
});
