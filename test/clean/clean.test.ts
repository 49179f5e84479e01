/** The cleaner on our own fixtures: one case per boilerplate class, metadata, hostile HTML, non-English and empty pages. */
import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanText, detectFormat } from '../../shared/clean/index.ts';
import { tailMarkerOf } from '../../shared/clean/languages.ts';

const P1 =
  'The harbour authority said on Monday that the new breakwater would be finished by the end of next year, two years later than planned.';
const P2 =
  'Engineers found that the foundations had shifted during the winter storms, and the design had to be changed before work could resume.';
const P3 = 'The mayor told the council that the delay would not raise the cost of the project, which is paid for by a regional grant.';
const article = (...middle: string[]) =>
  ['Breakwater delayed until next year', ...middle.slice(0, 1), P1, ...middle.slice(1, 2), P2, ...middle.slice(2), P3].join('\n');

describe('text cleaning: boilerplate classes', () => {
  it.each([
    ['navigation', 'Home | News | Sport | Weather | Contact'],
    ['advertisement', 'Advertisement'],
    ['share widget', 'Share on Facebook | Share on X | Email'],
    ['subscription prompt', 'Subscribe now for unlimited access to all our journalism'],
    ['cookie notice', 'We use cookies to improve your experience on our site.'],
    ['related link', 'Read more: Council approves new parking rules'],
    ['video player notice', 'Your browser does not support the video tag.'],
    ['image credit', 'Photo: Waves break over the old pier. (Harbour Gazette/Jon Berg)'],
    ['copyright', '© 2025 Harbour Gazette. All rights reserved.'],
    ['comments widget', 'Join the conversation'],
    ['markup remnant', '<!-- ad slot 3 -->'],
    ['teaser (truncated)', 'Storm season: what the new flood maps mean for your street…'],
  ])('drops %s lines and says why', (_, line) => {
    const result = cleanText(article(line));
    expect(result.body).not.toContain(line);
    expect(result.removed.some((r) => r.text === line && r.reason.length > 0)).toBe(true);
    for (const p of [P1, P2, P3]) expect(result.body).toContain(p);
  });

  it('keeps sentences that only mention a widget word', () => {
    const prose = 'The minister described the plan on Twitter as a sensible compromise for the town.';
    const result = cleanText(article(prose));
    expect(result.body).toContain(prose);
  });

  it('cuts the related/comments tail after the article', () => {
    const text =
      article() + '\nYou may also like\nTen reasons to visit the coast this summer, from beaches to seafood and more.\nComments (12)';
    const result = cleanText(text);
    expect(result.body).not.toContain('Ten reasons');
    expect(result.removed.find((r) => r.text.startsWith('Ten reasons'))?.reason).toMatch(/tail|outside/);
  });

  it("cuts a thread of readers' comments on the same subject, longer than the article (commentThread)", () => {
    // Each post: a name, a date line, its prose. The comments share the article's words, so the tail cut alone keeps them.
    const posts = [
      [
        'harbourfan',
        '3 days ago at 06:41 am',
        'The breakwater was always going to take longer than planned, the foundations on that side of the harbour are soft ' +
          'and the engineers knew it.',
      ],
      [
        'Mia K',
        '2 days ago at 08:10 am',
        'I live by the harbour and the storms this winter were the worst in years, so I am not surprised that the foundations ' +
          'shifted under the new breakwater.',
      ],
      [
        'old salt',
        'Yesterday at 9:15 pm',
        'The mayor says the cost will not rise, but the council has said that before about the harbour and the grant never ' +
          'covers the whole of the work.',
      ],
    ];
    const text = [article(), '[ 3 comments ]', 'Top Rated Comments', ...posts.flat()].join('\n');
    const result = cleanText(text);
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
    expect(result.removed.find((r) => r.text === posts[1][2])?.reason).toBe('comments or teasers (a feed of dated posts)');
    // One dated post is not a thread: a letter quoted at the end of an article stays.
    const one = cleanText([article(), ...posts[0]].join('\n'));
    expect(one.body).toContain(posts[0][2]);
  });

  it('cuts a feed of other stories after the article: headline, blurb, date line, again and again (datedFeed)', () => {
    const teasers = [
      [
        'Ferry fares rise in spring',
        'The operator said on Friday that the cost of fuel and of the harbour dues had left it no choice but to raise fares.',
        '32M ago',
      ],
      [
        'Storm closes the coast road',
        'The council closed the road after the storm washed part of the sea wall away, and said it would reopen next week.',
        '1H ago',
      ],
      [
        'Regatta moved to June',
        'The organisers said the boats could not be ready in time after the winter, and that the new date suits the town.',
        '3H ago',
      ],
    ];
    const text = [article(), 'First published on March 8, 2025 / 8:16 AM', 'More Local', ...teasers.flat()].join('\n');
    const result = cleanText(text);
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
    expect(result.removed.find((r) => r.text === teasers[2][1])?.reason).toBe('comments or teasers (a feed of dated posts)');
  });

  it("drops a stack of other stories' headlines but keeps a list the article introduces (markHeadlineStacks)", () => {
    const headlines = [
      'Most popular',
      'Ferry fares rise in spring after fuel costs soar',
      'Storm closes the coast road for a week',
      'Regatta moved to June as boats are not ready',
      'Council approves the new parking rules for the quay',
    ];
    const stacked = cleanText(['Breakwater delayed until next year', ...headlines, P1, P2, P3].join('\n'));
    expect(stacked.body.split('\n\n')).toEqual([P1, P2, P3]);
    expect(stacked.removed.find((r) => r.text === headlines[2])?.reason).toBe('list of headlines (other stories)');
    // The same lines after a colon are the article's list, not other stories.
    const listed = cleanText(
      ['Breakwater delayed until next year', P1, 'The council also decided four other matters:', ...headlines.slice(1), P2, P3].join('\n'),
    );
    expect(listed.removed.filter((r) => r.reason === 'list of headlines (other stories)')).toEqual([]);
  });

  it('keeps the short items of a list the article introduces with a colon (introducedLists)', () => {
    const items = ['8 ripe pears, peeled', '1 lemon', '2 tsp ground ginger', 'A large pot'];
    const intro = 'The harbour cafe shared the recipe for its pear jam, and you will need:';
    const listed = cleanText(['Pear jam at the quay', 'Menu', P1, intro, ...items, P2, P3].join('\n'));
    expect(listed.body.split('\n\n')).toEqual([P1, intro, ...items, P2, P3]);
    // Without the colon the same short lines are not the article's: only one line between paragraphs is kept.
    const unintroduced = cleanText(['Pear jam at the quay', 'Menu', P1, intro.replace(/:$/, '.'), ...items, P2, P3].join('\n'));
    expect(unintroduced.body).not.toContain('2 tsp ground ginger');
    // A heading of the page's own lists ends in a colon too: "Related tags:" introduces no list of the article.
    const tags = cleanText(
      ['Pear jam at the quay', 'Menu', P1, P2, P3, 'Related tags:', 'Pears', 'Harbour cafe', P1.replace('Monday', 'Friday')].join('\n'),
    );
    expect(tags.body).not.toContain('Harbour cafe');
  });

  it('keeps a counted list the article introduces, however long and even where it ends the article (counted lists)', () => {
    const deals = ['Pear jam, 6 jars', 'A ferry model, 1:50 scale', 'The Solvik tide table', 'A harbour mug', 'Rope fenders, set of 4'];
    const items = deals.flatMap((deal, n) => [`${n + 1}) ${deal}`, `http://shop.example/d${n + 1}`]);
    const intro = 'The harbour shop has cut the price of these for the regatta weekend:';
    const counted = cleanText(['Regatta deals', 'Menu', P1, P2, intro, ...items, 'Leave a comment', 'Privacy'].join('\n'));
    expect(counted.body.split('\n\n')).toEqual([P1, P2, intro, ...items]);
    // A table of results: its heading row stands between the line that introduces it and row 1.
    const rows = ['Pos. Boat Points', '1 Sea Hare 50', '2 Tern 44', '3 Blue Quay 41', '4 Kittiwake 38', '5 Solvik II 30', '6 Gull 12'];
    const table = cleanText(
      ['Regatta results', 'Menu', P1, 'The final standings after six races:', ...rows, 'Share', 'Contact'].join('\n'),
    );
    expect(table.body).toContain('6 Gull 12');
    expect(table.body).toContain('Pos. Boat Points');
    // Not introduced by the article (a box of the most read stories), or fewer than five items: not counted.
    const mostRead = cleanText([P1, P2, P3, 'Most read:', ...items.filter((_, n) => n % 2 === 0)].join('\n'));
    expect(mostRead.body).toBe([P1, P2, P3].join('\n\n'));
    const few = cleanText([P1, P2, intro, ...items.slice(0, 8), 'Privacy'].join('\n'));
    expect(few.body).not.toContain('4) A harbour mug');
  });

  it("keeps an interview's short questions and answers with its long ones (introducedLists)", () => {
    const interview = [
      'Q: You ran the ferry for thirty years, through storms, strikes and two new boats, so what kept you on the quay?',
      'A: The people who wait for it every morning, and the sea, which is never the same twice when you cross it at dawn.',
      'Q: Favourite crossing?',
      'A: The first one in spring',
      'Q: Favourite book?',
      'A: The Sea Wall',
    ];
    const result = cleanText(['Ten questions for the ferry captain', 'Share', P1, ...interview, P2, P3].join('\n'));
    expect(result.body.split('\n\n')).toEqual([P1, ...interview, P2, P3]);
  });

  it("keeps the signature of a social-media post the article quotes, not only the post's text", () => {
    const post = [
      'The quay is under water again this morning, and the ferry has not left.',
      '— Harbour Watch (@harbourwatch) March 3, 2025',
    ];
    const result = cleanText(['Breakwater delayed', 'Menu', P1, ...post, P2, P3].join('\n'));
    expect(result.body.split('\n\n')).toEqual([P1, ...post, P2, P3]);
  });

  it('ends the article at a share bar when another story follows it (share bar before another story)', () => {
    const P4 = 'Work on the northern pier will go on as planned, and the ferry to the islands will keep its summer timetable.';
    const promos = [
      'Click the photo of our columnist to read his weekly columns about football, tennis and the other sports he follows.',
      'Listen to the new episode of our podcast, in which the team talks about the season and everything else in motor racing.',
    ];
    const result = cleanText(['Breakwater delayed', 'Menu', P1, P2, P3, P4, 'Share on Facebook', ...promos].join('\n'));
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3, P4]);
    // Under the lead, with the same story going on below it, a share bar ends nothing.
    const P5 = 'The harbour authority said the breakwater foundations will be inspected again after the next winter storms.';
    const lead = cleanText(['Breakwater delayed', 'Menu', P1, P2, P3, 'Share on Facebook', P4, P5].join('\n'));
    expect(lead.body.split('\n\n')).toEqual([P1, P2, P3, P4, P5]);
  });

  it("removes another story's headline led by its topic between two paragraphs (topic headline)", () => {
    const result = cleanText(['Breakwater delayed', P1, 'Harbour strike: Ferries stay in port', P2, P3].join('\n'));
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
    expect(result.removed).toContainEqual({ text: 'Harbour strike: Ferries stay in port', reason: 'related headline (topic: headline)' });
    // A subheading without a topic, and a speaker's line ending as a sentence, stay.
    const kept = cleanText(['Breakwater delayed', P1, 'What the board decided', P2, 'Mayor: We will rebuild it.', P3].join('\n'));
    expect(kept.body.split('\n\n')).toEqual([P1, 'What the board decided', P2, 'Mayor: We will rebuild it.', P3]);
  });

  it('takes the headline set below a picture caption and its credit (headline below the picture)', () => {
    const caption = 'Ferries and trawlers crowd Solvik harbour after the storm.';
    const headline = 'Storm damage forces the harbour board to delay the breakwater again, two years after the work began';
    const result = cleanText(['Subscribe to our newsletter.', caption, caption, 'Harbour Board', headline, P1, P2, P3].join('\n'));
    expect(result.title).toBe(headline);
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
  });

  it('keeps a subheading that follows a removed widget line (subheading after a widget)', () => {
    const result = cleanText(
      ['Breakwater delayed', P1, 'Related post: Ferry timetable for the spring', 'What the board decided', P2, P3].join('\n'),
    );
    expect(result.body.split('\n\n')).toEqual([P1, 'What the board decided', P2, P3]);
    // Under a heading that introduces a box ("More:"), the short line is one of the box's headlines.
    const box = cleanText(['Breakwater delayed', P1, 'More:', 'Ferry fares rise in spring', P2, P3].join('\n'));
    expect(box.body).not.toContain('Ferry fares rise in spring');
    // Under two related links, the short line is a third item of their box.
    const links = ['Related post: Ferry timetable for the spring', 'Related post: Quay repairs begin'];
    const two = cleanText(['Breakwater delayed', P1, ...links, 'Map: the harbour', P2, P3].join('\n'));
    expect(two.body).not.toContain('Map: the harbour');
  });

  it('keeps a short subheading between two paragraphs of the article', () => {
    const text = ['Breakwater delayed', P1, 'What happens next', P2, P3].join('\n');
    expect(cleanText(text).body).toContain('What happens next');
  });

  it('finds the article among menu lines and teasers', () => {
    const menus = Array.from({ length: 30 }, (_, i) => `Section ${i}`);
    const text = ['Breakwater delayed', ...menus, P1, P2, P3, ...menus.map((m) => `${m} news`)].join('\n');
    const result = cleanText(text);
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
  });
});

describe('text cleaning: metadata', () => {
  it('a name alone above the first paragraph is the byline; a headline alone there is not', () => {
    const article = [
      'The harbour authority in Solvik said on Monday that the north pier would stay closed for repairs until the end of May.',
      'Ferry passengers will board from the south quay, where two extra ticket booths have been set up, the authority said.',
    ];
    const named = cleanText(['Ingrid Solberg', '', ...article].join('\n'));
    expect(named.byline).toBe('Ingrid Solberg');
    expect(named.body).toBe(article.join('\n\n'));
    expect(cleanText(['North pier closed until May', '', ...article].join('\n')).byline).toBeNull();
    expect(cleanText(['Menu', 'Ingrid Solberg', '', ...article].join('\n')).byline).toBeNull();
  });

  it('lifts title, byline and date out of the body; a repeated title is kept once at most', () => {
    const text = [
      'Breakwater delayed until next year',
      'Jane Holm Published March 8, 2025 | 09:30 AM',
      'Breakwater Delayed Until Next Year',
      P1,
      P2,
      P3,
    ].join('\n');
    const result = cleanText(text);
    expect(result).toMatchObject({ title: 'Breakwater delayed until next year', byline: 'Jane Holm', published: '2025-03-08' });
    expect(result.body).not.toMatch(/Jane Holm|Published|Breakwater delayed/i);
  });

  it.each([
    ['By Ola Nordmann and Kari Berg', 'Ola Nordmann and Kari Berg', null],
    ['By Ola Nordmann | 4 January 2024', 'Ola Nordmann', '2024-01-04'],
    ['Ola Nordmann, Staff Writer', 'Ola Nordmann', null],
  ])('reads the byline %j', (line, byline, published) => {
    const result = cleanText(['Breakwater delayed until next year', line, P1, P2, P3].join('\n'));
    expect(result.byline).toBe(byline);
    expect(result.published).toBe(published);
  });

  it('keeps a dateline with its paragraph', () => {
    const dated = `HARBOURTOWN (Gazette) — ${P1}`;
    expect(cleanText(['Breakwater delayed', dated, P2, P3].join('\n')).body).toContain(dated);
  });
});

describe('HTML cleaning', () => {
  const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const articleHtml =
    `<nav><a href="/">Home</a><a href="/news">News</a></nav><article><h1>Breakwater delayed</h1>` +
    `<p>${P1}</p><figure><img src="a.jpg"><figcaption>Waves over the pier. Photo: Jon Berg</figcaption></figure><p>${P2}</p>` +
    `<p>Sign up for our newsletter to get the news in your inbox.</p><p>${P3}</p></article><aside><h2>Related</h2><ul>` +
    `<li>Parking rules approved</li></ul></aside><footer>© 2025 Gazette</footer>`;

  it('uses structured data for metadata and drops what Readability leaves', async () => {
    const head =
      `<title>Breakwater delayed - Gazette</title>` +
      `<meta property="og:title" content="Breakwater delayed until next year">` +
      `<meta property="article:published_time" content="2025-03-08T10:00:00Z">` +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Breakwater delayed until next year",' +
      '"author":{"@type":"Person","name":"Jane Holm"},"datePublished":"2025-03-08T10:00:00Z"}</script>';
    const result = await cleanDocument(page(head, articleHtml));
    expect(result).toMatchObject({
      format: 'html',
      title: 'Breakwater delayed until next year',
      byline: 'Jane Holm',
      published: '2025-03-08',
    });
    expect(result.body.split('\n\n').filter((p) => p.length > 60)).toEqual([P1, P2, P3]);
    expect(result.body).not.toMatch(/newsletter|Waves over the pier|Parking rules|©/);
    expect(result.removed.some((r) => r.reason === 'image caption/credit')).toBe(true);
  });

  it('falls back to the structured article body when Readability finds too little', async () => {
    const body = [P1, P2, P3, P1.replace('Monday', 'Tuesday')].join('\n');
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Breakwater', articleBody: body });
    const head = `<script type="application/ld+json">${ld}</script>`;
    const result = await cleanDocument(page(head, '<div id="app">Loading…</div>'));
    expect(result.body).toContain(P2);
  });

  it('drops a list of links set among the paragraphs, with its label, and keeps links inside sentences', async () => {
    // Each item all the text of a link, two or more in a row: other pages, not the article (markLinkLists).
    const related =
      '<p>Elsewhere</p><p><a href="/a">Harbour festival draws record crowds</a></p><p><a href="/b">Why the old ferry was retired?</a></p>';
    const linkedProse = `<p>${P2.replace('foundations', '<a href="/f">foundations</a>')}</p>`;
    const result = await cleanDocument(
      page(
        '<title>Breakwater delayed</title>',
        `<article><h1>Breakwater delayed</h1><p>${P1}</p>${related}${linkedProse}<p>${P3}</p></article>`,
      ),
    );
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
    expect(result.removed.filter((r) => r.reason === 'list of links (other pages)').map((r) => r.text)).toEqual([
      'Elsewhere',
      'Harbour festival draws record crowds',
      'Why the old ferry was retired?',
    ]);
  });

  it("drops one other story's headline linked alone between paragraphs, and keeps a call to read the article's document", async () => {
    // loneLinkHeadline: the one-item form of a related list.
    const teaser = '<p><a href="/news/fares">Ferry fares to rise for the third year running</a></p>';
    const call = '<p><a href="/docs/report">Read the harbour board report of March 2025</a></p>';
    const result = await cleanDocument(
      page(
        '<title>Breakwater delayed</title>',
        `<article><h1>Breakwater delayed</h1><p>${P1}</p>${teaser}<p>${P2}</p>${call}<p>${P3}</p></article>`,
      ),
    );
    expect(result.body.split('\n\n')).toEqual([P1, P2, 'Read the harbour board report of March 2025', P3]);
    expect(result.removed).toContainEqual({ text: 'Ferry fares to rise for the third year running', reason: 'link to another story' });
  });

  it('keeps a social-media post the article quotes, set in a wrapper named as a social widget (unwrapEmbeddedPosts)', async () => {
    const post =
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The quay is under water again this ' +
      'morning <a href="https://t.co/x1">https://t.co/x1</a> <a href="https://x.example/h">#harbour</a></p>— Harbour Watch ' +
      '(@harbourwatch) <a href="https://x.example/s/1">March 3, 2025</a></blockquote></div>';
    const share = '<div class="social-share"><a href="/s">Share</a></div>';
    const result = await cleanDocument(
      page(
        '<title>Breakwater delayed</title>',
        `<article><h1>Breakwater delayed</h1><p>${P1}</p>${post}<p>${P2}</p>${share}<p>${P3}</p></article>`,
      ),
    );
    expect(result.body.split('\n\n')).toEqual([
      P1,
      'The quay is under water again this morning https://t.co/x1 #harbour',
      '— Harbour Watch (@harbourwatch) March 3, 2025',
      P2,
      P3,
    ]);
  });

  it("keeps a list of links out of the site (sources, products): only the site's own pages are its furniture", async () => {
    const head = '<title>Breakwater delayed</title><link rel="canonical" href="https://www.gazette.example/news/breakwater">';
    const own =
      '<p><a href="https://gazette.example/news/festival">Harbour festival draws record crowds</a></p><p><a ' +
      'href="https://sport.gazette.example/regatta">Regatta moved to June</a></p>';
    const out =
      '<ul><li><a href="https://harbour-board.example/report.pdf">Harbour board annual report</a></li><li><a ' +
      'href="https://shop.example/r/123">Tide tables for the coast, 2025 edition</a></li></ul>';
    const result = await cleanDocument(
      page(head, `<article><h1>Breakwater delayed</h1><p>${P1}</p>${own}<p>${P2}</p>${out}<p>${P3}</p></article>`),
    );
    expect(result.body).not.toMatch(/festival|Regatta/);
    expect(result.body).toContain('Harbour board annual report\n\nTide tables for the coast, 2025 edition');
  });

  it('keeps a single linked line and never reads a <nav> (a breadcrumb glued to the headline)', async () => {
    const crumbs =
      '<nav><a href="/">Home</a><em></em><a href="/sport">Sport</a><em></em><span>Breakwater delayed until next year</span></nav>';
    const result = await cleanDocument(
      page(
        '<title>Breakwater delayed until next year</title>',
        `<article>${crumbs}<p>${P1}</p><p><a href="/report">Read the harbour board report of March 2025</a></p><p>${P2}</p>` +
          `<p>${P3}</p></article>`,
      ),
    );
    expect(result.body).not.toMatch(/HomeSport|Sport/);
    expect(result.body).toContain('Read the harbour board report of March 2025');
  });

  it('survives hostile pages', async () => {
    const nested = page('', `${'<div>'.repeat(100_000)}<p>${P1}</p><p>${P2}</p><p>${P3}</p>${'</div>'.repeat(100_000)}`);
    const r1 = await cleanDocument(nested);
    expect(r1.body.split('\n\n')).toEqual([P1, P2, P3]);
    expect(r1.removed[0].reason).toBe('read as text: too large or deep to parse as HTML');
    const scripts = page(
      '',
      `<script>alert(1)</script><iframe src="javascript:alert(2)"></iframe><p onclick="alert(3)">${P1}</p><p>${P2}</p><p>${P3}</p>`,
    );
    const r2 = await cleanDocument(scripts);
    expect(r2.body).not.toMatch(/alert|javascript/);
    const oneLine = await cleanDocument(page('', `<p>${'word '.repeat(2_000_000)}</p>`));
    expect(oneLine.body).toBe('');
    // 10 MB of text: the cleaner reads its first 2,000,000 characters (limits.ts), one block too long to be a paragraph.
    expect(oneLine.removed.map((r) => r.reason)).toEqual([
      'read as text: too large or deep to parse as HTML',
      'over the work budget: text read by the cleaner (limits.ts)',
      'block too long to be a paragraph',
    ]);
    const r3 = await cleanDocument('<html><head><title>Nothing here</title></head></html>', { format: 'html' });
    expect(r3.body).toBe('');
    expect(r3.emptyReason).toMatch(/no article|no body/);
  });
});

describe('format, language and empty results', () => {
  it('detects HTML by content, with the extension as a hint', () => {
    expect(detectFormat('<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(detectFormat('Plain words about <b> and such', 'a.txt')).toBe('text');
    expect(detectFormat('<p>one</p>', 'page.html')).toBe('html');
  });

  it('flags a non-English page while still finding its text', () => {
    const german = [
      'Hafen',
      'Die Hafenbehörde teilte am Montag mit, dass der neue Wellenbrecher erst Ende nächsten Jahres fertig werde, zwei Jahre ' +
        'später als geplant.',
      'Ingenieure stellten fest, dass sich die Fundamente während der Winterstürme verschoben hatten und der Entwurf geändert ' +
        'werden musste.',
      'Der Bürgermeister sagte dem Rat, dass die Verzögerung die Kosten des Projekts nicht erhöhen werde, das aus einem ' +
        'regionalen Zuschuss bezahlt wird.',
    ].join('\n');
    const result = cleanText(german);
    expect(result.body).toContain('Wellenbrecher');
    expect(result.language).toBe('other');
  });

  it('ends an all-boilerplate page with an empty body and a reason', () => {
    const result = cleanText(['Home', 'News', 'Advertisement', 'Subscribe', '© 2025 Gazette'].join('\n'));
    expect(result.body).toBe('');
    expect(result.emptyReason).toMatch(/no article found/);
  });
});

describe('a list under a heading without a colon (headed list)', () => {
  it("keeps a short heading under a paragraph and the list it heads, when the article's prose goes on after it", () => {
    const items = ['check every crane at the terminal', "interview the crane's operators", 'report to the ministry within a month'];
    const result = cleanText(['Breakwater delayed', P1, 'The inspectorate will', ...items, P2, P3].join('\n'));
    expect(result.body.split('\n\n')).toEqual([P1, 'The inspectorate will', ...items, P2, P3]);
  });

  it('does not take a box of counted headlines, or a heading over one short line, for the list', () => {
    const box = ['Popular this week', '1', 'Ferry fares rise in spring', '2', 'Quay closed for repairs'];
    const result = cleanText(['Breakwater delayed', P1, P2, ...box, P3].join('\n'));
    expect(result.body).not.toContain('Ferry fares rise in spring');
    expect(result.body).not.toContain('Quay closed for repairs');
    const single = cleanText(['Breakwater delayed', P1, 'A life at sea', 'Jane Doe, Harbour Gazette, Solvik', P2, P3].join('\n'));
    expect(single.body).not.toContain('Jane Doe, Harbour Gazette, Solvik');
  });
});

describe('a caption that says where people stand in the picture (pictured position)', () => {
  it('removes a caption with "(left)" or "(L-R)" even without a verb, and keeps "(R)" and quotations', () => {
    const captions = [
      'Harbour master Jon Berg (left) with engineers at the quay in Solvik.',
      '(L-R) Jane Doe, John Roe and the mayor at the quay.',
    ];
    for (const caption of captions) {
      const result = cleanText(['Breakwater delayed', P1, caption, P2, P3].join('\n'));
      expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
    }
    const party = 'Senator Jane Doe (R) and two colleagues voted against the harbour grant on Tuesday.';
    expect(cleanText(['Breakwater delayed', P1, party, P2, P3].join('\n')).body).toContain(party);
  });
});

describe('the lead under a headline', () => {
  const lead = 'At least 12 people have died in the terminal fire, police have confirmed.';
  it('STACK_ENDS_BEFORE_LEAD: a stack of headline-like lines does not take the first sentence of the article', () => {
    const lines = [
      'Ferry terminal fire: Death toll rises to 12, police confirm',
      'Neither police nor fire crews have said how the blaze started',
      "Harbour chief: terminal staff 'never trained for evacuations'",
      lead,
      P1,
      P2,
      P3,
    ];
    const result = cleanText(lines.join('\n\n'));
    expect(result.body.split('\n\n')[0]).toBe(lead);
  });

  it('DATELINED_LEAD: "Varnholt (Harbour Wire/AFP): …" opens the article; the agency names are no photo credit', () => {
    const dated = 'Varnholt (Harbour Wire/AFP): The toll in the terminal fire on Sunday has risen to 45, police said on Wednesday.';
    const result = cleanText([dated, P1, P2, P3].join('\n\n'));
    expect(result.body.split('\n\n')[0]).toBe(dated);
    expect(result.removed.map((r) => r.text)).not.toContain(dated);
  });
});

describe('AUTHOR_BIO', () => {
  const bio = 'Ingrid Solberg, a reporter for the Harbour Gazette, covers shipping and the islands.';
  it("drops the author's note that opens with the byline's full name at the article's end", () => {
    const result = cleanText(['By Ingrid Solberg', P1, P2, P3, bio].join('\n\n'));
    expect(result.byline).toBe('Ingrid Solberg');
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
    expect(result.removed).toContainEqual({ text: bio, reason: 'author bio' });
  });

  it('keeps a paragraph that names the author inside the article, and a bio when no byline names her', () => {
    const quoted = 'Ingrid Solberg, who sailed on the first ferry, said the crossing took four hours.';
    expect(cleanText(['By Ingrid Solberg', quoted, P1, P2, P3].join('\n\n')).body.split('\n\n')[0]).toBe(quoted);
    expect(cleanText([P1, P2, P3, bio].join('\n\n')).body).toContain(bio);
  });
});

describe('ANY_LANGUAGE_TAIL', () => {
  it('a page whose language is not told ends at a comments or related heading of any language table', () => {
    const anyTail = tailMarkerOf(null)!;
    for (const heading of ['Kommentare', 'Commentaires', 'Comentarios (3)', 'Gerelateerd:']) expect(anyTail(heading), heading).toBe(true);
    expect(anyTail('Das dritte Kapitel ist nun auch online.')).toBe(false);
    expect(tailMarkerOf('de')!('Kommentare')).toBe(true);
    expect(tailMarkerOf('de')!('Commentaires')).toBe(false);
  });
});
