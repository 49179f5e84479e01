/** Title, byline and date as pages write them: our own fixtures for each form, on both paths. */
import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanText } from '../../shared/clean/index.ts';
import { decodeEntities, findDate, isDateLine, parseByline, stripSiteSuffix, tidyByline } from '../../shared/clean/metadata.ts';

const PORT_PARAGRAPH =
  '<p>The harbour authority said the port would reopen to cargo ships on Monday after engineers inspected the breakwater ' +
  'and found it safe for traffic again.</p>';

const P1 =
  'The harbour authority said on Monday that the new breakwater would be finished by the end of next year, two years later than planned.';
const P2 =
  'Engineers found that the foundations had shifted during the winter storms, and the design had to be changed before work could resume.';
const P3 = 'The mayor told the council that the delay would not raise the cost of the project, which is paid for by a regional grant.';
const HEADLINE = 'Harbour breakwater delayed as storms shift its foundations';

describe('dates', () => {
  it.each([
    ['Updated 14:32 GMT, 8 March 2025', '2025-03-08'],
    ['Sat 8 Mar 2025 09.12 CET', '2025-03-08'],
    ['Published: 17/03/2025', '2025-03-17'],
    ['Date 08.03.2025', '2025-03-08'],
    ['March 8, 2025 · 4 min read', '2025-03-08'],
    ['March 8, 2025 7:05 AM GMT+1 · Updated 3 hours ago', '2025-03-08'],
    ['8 March 2025 | 18:45', '2025-03-08'],
    ['2025-03-08T07:05:00Z', '2025-03-08'],
    // Ten words by spaces, more as tokens (times and offsets split): still a date line.
    ['Saturday 8 March 2025 06:40 GMT+1 | Updated 07:15 GMT+1', '2025-03-08'],
  ])('reads %j as a date line', (line, date) => {
    expect(isDateLine(line)).toBe(true);
    expect(findDate(line)).toBe(date);
    expect(cleanText([HEADLINE, 'By Jane Holm', line, P1, P2, P3].join('\n')).published).toBe(date);
  });

  it('does not take a sentence with a number for a date line', () => {
    expect(isDateLine('The wall is 42 metres short')).toBe(false);
  });
});

describe('bylines', () => {
  it.each([
    ['By Jane Holm', 'Jane Holm'],
    ['Words by Jane Holm', 'Jane Holm'],
    ['Author Jane Holm', 'Jane Holm'],
    ['Jane Holm | Staff Correspondent', 'Jane Holm'],
    ['Jane Holm, Harbour Reporter', 'Jane Holm'],
    ['/ Jane Holm / 10:08 am Sat Mar 8, 2025', 'Jane Holm'],
    ['By Jane Holm and Per Moen', 'Jane Holm and Per Moen'],
    ['By Jane Holm, Gazette', 'Jane Holm'],
    ['Posted by Jane Holm on March 8, 2025', 'Jane Holm'],
    ['Text: Jane Holm', 'Jane Holm'],
    ['Reporter: Jane Holm', 'Jane Holm'],
    ['REPORTER : Jane Holm', 'Jane Holm'],
    ['Correspondent: Jane Holm, Solvik', 'Jane Holm'],
    ['Staff reporter: Jane Holm', 'Jane Holm'],
    ['Reporters: Jane Holm and Per Moen', 'Jane Holm and Per Moen'],
    ['Reporter: Jane Holm; Editor: Per Moen', 'Jane Holm'],
    ['Written by: Jane Holm', 'Jane Holm'],
    ['Author: Jane Holm', 'Jane Holm'],
    ['Report by Jane Holm', 'Jane Holm'],
    ['Reported by Jane Holm', 'Jane Holm'],
    ['Text and photos: Jane Holm', 'Jane Holm'],
    ['By Staff Reporter Jane Holm', 'Jane Holm'],
  ])('reads %j', (line, byline) => {
    expect(parseByline(line)?.byline).toBe(byline);
  });

  it.each([
    'By the numbers',
    'World News | March 8, 2025',
    'Harbour Sport / 8 March 2025',
    'Reporter: Holm',
    'Reporter: The harbour wall is late again',
    'Reporter Jane Holm saw the wall crack',
    'Correspondent Banking Rules',
  ])('does not read %j as a byline', (line) => {
    expect(parseByline(line)?.byline ?? null).toBeNull();
  });

  it.each([
    ['By Jane Holm | Staff Correspondent', 'Jane Holm'],
    ['/\n\tJane Holm /\n\t10:08 am Sat\n\t\t Mar 8, 2025', 'Jane Holm'],
    ['Gazette News Desk March 8, 2025, 9:02 AM', 'Gazette News Desk'],
    ['Jane Holm, Gazette.com', 'Jane Holm'],
    ['Per O&#039;Neill', "Per O'Neill"],
    ['Harbour Gazette (www.example.org)', 'Harbour Gazette'],
    ['Reporter: Jane Holm', 'Jane Holm'],
    ['Correspondent: Jane Holm | 8 March 2025', 'Jane Holm'],
  ])('tidies the page-given byline %j', (raw, byline) => {
    expect(tidyByline(raw)).toBe(byline);
  });
});

describe('titles', () => {
  it.each([
    [`${HEADLINE} - Harbour Gazette`, HEADLINE],
    [`${HEADLINE} | Gazette | 08.03.2025`, HEADLINE],
    [`${HEADLINE} : HarbourNews`, HEADLINE],
    [`${HEADLINE} - gazette.example`, HEADLINE],
    // A dangling separator: the template printed an empty site name.
    [`${HEADLINE} |`, HEADLINE],
    [`${HEADLINE} –`, HEADLINE],
    ['Storm season - what the new flood maps mean for your street', 'Storm season - what the new flood maps mean for your street'],
    ['Ferries - Winter Timetable', 'Ferries - Winter Timetable'],
    ['Opinion | Why the harbour needs its wall finished', 'Opinion | Why the harbour needs its wall finished'],
  ])('strips the site from %j', (title, expected) => {
    expect(stripSiteSuffix(title)).toBe(expected);
  });

  it('strips a suffix that names the site or that the page shows on its own', () => {
    expect(stripSiteSuffix(`${HEADLINE} - The harbour and its people`, { siteName: 'The harbour and its people' })).toBe(HEADLINE);
    expect(stripSiteSuffix(`${HEADLINE} | news of the coast`, { seen: (t) => t === HEADLINE })).toBe(HEADLINE);
    expect(stripSiteSuffix(`Harbour Gazette | ${HEADLINE}`, { siteName: 'Harbour Gazette' })).toBe(HEADLINE);
    expect(stripSiteSuffix(`Coast | ${HEADLINE} | Harbour Gazette`, { seen: (t) => t === HEADLINE })).toBe(HEADLINE);
    // The site's name shown alone (a logo) is not the headline.
    expect(stripSiteSuffix(`${HEADLINE} | news of the coast`, { seen: (t) => t === 'news of the coast' })).toBe(
      `${HEADLINE} | news of the coast`,
    );
  });

  it('decodes entities left in structured data', () => {
    expect(decodeEntities('Council&#8217;s &#8216;final&#8217; plan &amp; its cost &#163;4m')).toBe(
      'Council’s ‘final’ plan & its cost £4m',
    );
  });
});

describe('text pages: the header above the article', () => {
  it('takes the headline above the byline, not the site name on the first line', () => {
    const text = [
      'Harbour Gazette',
      'Home | News | Sport | Weather',
      'News › Coast',
      HEADLINE,
      'By Jane Holm',
      'Updated 14:32 GMT, 8 March 2025',
      P1,
      P2,
      P3,
      '© 2025 Harbour Gazette',
    ].join('\n');
    const result = cleanText(text);
    expect(result).toMatchObject({ title: HEADLINE, byline: 'Jane Holm', published: '2025-03-08' });
    expect(result.removed.find((r) => r.text === HEADLINE)?.reason).toBe('title (lifted into metadata)');
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
  });

  it('takes the headline above its standfirst, and a bare name next to the date as the byline', () => {
    const standfirst = 'Engineers say the wall cannot be finished before the winter storms return to the coast';
    const text = [
      'Skip to main content',
      'Harbour Gazette',
      'Subscribe | Sign in',
      HEADLINE,
      standfirst,
      'Jane Holm in Solvik',
      'Sat 8 Mar 2025 09.12 CET',
      'Share · Save',
      P1,
      P2,
      P3,
    ].join('\n');
    const result = cleanText(text);
    expect(result).toMatchObject({ title: HEADLINE, byline: 'Jane Holm', published: '2025-03-08' });
    expect(result.body).not.toContain('Jane Holm');
  });

  it.each([
    'Reporter: Jane Holm',
    'Correspondent: Jane Holm',
    'Written by: Jane Holm',
    'Author: Jane Holm',
    'Text: Jane Holm',
    'Report by Jane Holm',
    'Reported by Jane Holm',
  ])('lifts the labelled byline %j out of the body', (line) => {
    const result = cleanText([HEADLINE, line, 'Sat 8 Mar 2025 09.12 CET', P1, P2, P3].join('\n'));
    expect(result).toMatchObject({ title: HEADLINE, byline: 'Jane Holm', published: '2025-03-08' });
    expect(result.removed.find((r) => r.text === line)?.reason).toBe('byline');
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
  });

  it('takes a bare name after a role next to the date as the byline, without the role', () => {
    const result = cleanText([HEADLINE, 'Correspondent Jane Holm', 'Sat 8 Mar 2025 09.12 CET', P1, P2, P3].join('\n'));
    expect(result.byline).toBe('Jane Holm');
  });

  it('takes the first line when it is the page title, with its site suffix stripped', () => {
    const text = [`${HEADLINE} - Harbour Gazette`, 'Menu', 'Search', HEADLINE, P1, P2, P3].join('\n');
    const result = cleanText(text);
    expect(result.title).toBe(HEADLINE);
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
  });

  it('keeps a short first line in sentence case as the headline, but not a site name', () => {
    const body = ['Home', 'News', 'Live coverage from the coast today', P1, P2, P3];
    expect(cleanText(['Breakwater work halted again', 'Harbour Gazette', ...body].join('\n')).title).toBe('Breakwater work halted again');
    expect(cleanText(['The Harbour Gazette', ...body].join('\n')).title).toBe('Live coverage from the coast today');
  });

  it('takes the line just above the article when nothing else marks the headline', () => {
    const text = [
      'We use cookies to improve our service for you. You can find more information in our privacy policy.',
      'Menu',
      'Coast',
      HEADLINE,
      P1,
      P2,
      P3,
      'Date 08.03.2025',
      'Author Jane Holm',
    ].join('\n');
    const result = cleanText(text);
    expect(result).toMatchObject({ title: HEADLINE, byline: 'Jane Holm', published: '2025-03-08' });
  });

  it('finds a name-and-date byline on the first line without taking it for the title', () => {
    const text = ['/ Jane Holm / 10:08 am Sat Mar 8, 2025', HEADLINE, 'Follow Us', P1, P2, P3].join('\n');
    const result = cleanText(text);
    expect(result).toMatchObject({ title: HEADLINE, byline: 'Jane Holm', published: '2025-03-08' });
  });
});

describe('HTML pages: metadata from the page when its structured data has none', () => {
  const html = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const article = `<div class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`;

  it('strips " - Site" from the title and tidies the byline Readability finds', async () => {
    const body =
      `<div class="headline">${HEADLINE}</div><div class="author-line">By Jane Holm | Staff Correspondent</div>` +
      `<div class="date-line">8 March 2025 | 18:45</div>${article}`;
    const result = await cleanDocument(html(`<title>${HEADLINE} - Harbour Gazette</title>`, body));
    expect(result).toMatchObject({ title: HEADLINE, byline: 'Jane Holm', published: '2025-03-08' });
  });

  it('reads a labelled byline in the page, and one inside the article', async () => {
    const header = `<h1>${HEADLINE}</h1><p class="byline">Reporter: Jane Holm</p><time datetime="2025-03-08T07:05:00Z">8 March 2025</time>`;
    const inHeader = await cleanDocument(html(`<title>${HEADLINE}</title>`, `${header}${article}`));
    expect(inHeader).toMatchObject({ title: HEADLINE, byline: 'Jane Holm', published: '2025-03-08' });
    expect(inHeader.body).not.toContain('Reporter:');
    const inside = await cleanDocument(
      html(
        `<title>${HEADLINE}</title>`,
        `<h1>${HEADLINE}</h1><div class="story"><p>Correspondent: Jane Holm</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`,
      ),
    );
    expect(inside.byline).toBe('Jane Holm');
    expect(inside.body).not.toContain('Correspondent:');
    expect(inside.removed.find((r) => r.text === 'Correspondent: Jane Holm')?.reason).toBe('byline');
  });

  it.each([
    ['an itemprop on any element', `<span itemprop="datePublished" content="2025-03-08T07:05:00Z">8 March</span>`],
    ['a <time datetime>', `<time datetime="2025-03-08T07:05:00+01:00">Saturday</time>`],
    ['a labelled date in the text', `<ul><li><strong>Date</strong> 08.03.2025</li><li><strong>Author</strong> Jane Holm</li></ul>`],
  ])('reads the date from %s', async (_, markup) => {
    const result = await cleanDocument(html(`<title>${HEADLINE}</title>`, `<h1>${HEADLINE}</h1>${markup}${article}`));
    expect(result.published).toBe('2025-03-08');
  });

  it('reads JSON-LD inside @graph and decodes its entities', async () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Harbour Gazette' },
        {
          '@type': 'NewsArticle',
          headline: 'Council&#8217;s &#8216;final&#8217; plan for the breakwater',
          author: { '@type': 'Person', name: 'Per O&#039;Neill' },
          datePublished: '2025-03-08T07:05:00Z',
        },
      ],
    };
    const result = await cleanDocument(html(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, article));
    expect(result).toMatchObject({ title: 'Council’s ‘final’ plan for the breakwater', byline: "Per O'Neill", published: '2025-03-08' });
  });

  it('takes the date of the WebPage node when the article node in @graph has none, and tidies the author', async () => {
    const ld = {
      '@graph': [
        { '@type': 'WebPage', datePublished: '2025-03-08T07:05:00Z' },
        { '@type': 'NewsArticle', headline: HEADLINE, author: { '@type': 'Person', name: 'By Jane Holm, Staff Writer' } },
      ],
    };
    const result = await cleanDocument(html(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, article));
    expect(result).toMatchObject({ title: HEADLINE, byline: 'Jane Holm', published: '2025-03-08' });
  });
});

describe('publication dates from the usual meta names', () => {
  it('reads pubdate, parsely-pub-date and Dublin Core dates when Open Graph has none', async () => {
    for (const meta of [
      '<meta name="pubdate" content="2025-03-07">',
      '<meta name="parsely-pub-date" content="2025-03-07T08:30:00Z">',
      '<meta name="DC.date.issued" content="2025-03-07">',
    ]) {
      const html =
        `<!doctype html><html><head><title>Port reopens after storm</title>${meta}</head><body><article>` +
        `<h1>Port reopens after storm</h1>${PORT_PARAGRAPH.repeat(4)}</article></body></html>`;
      expect((await cleanDocument(html, { name: 'port.html' })).published).toBe('2025-03-07');
    }
  });
});

describe('header lines of a page built of plain elements', () => {
  it('reads "By X" and a date line above the article when nothing is marked up, and joins authors as a byline prints them', async () => {
    const para =
      '<div>The harbour authority said the port would reopen to cargo ships on Monday after engineers inspected the ' +
      'breakwater and found it safe for traffic again, officials said on Sunday evening.</div>';
    const html =
      `<!doctype html><html><head><title>Port reopens</title></head><body><div class="hd">` +
      `<div class="hl">Port reopens after storm</div><div class="by">By Ana Ruiz</div>` +
      `<div class="dt">Friday, 25 July 2025 | 14:20</div></div><div class="body">${para.repeat(5)}</div></body></html>`;
    const cleaned = await cleanDocument(html, { name: 'port.html' });
    expect([cleaned.byline, cleaned.published]).toEqual(['Ana Ruiz', '2025-07-25']);
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Port reopens",' +
      '"author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tove Lind"}]}</script>';
    const two = await cleanDocument(html.replace('</head>', `${ld}</head>`), { name: 'port.html' });
    expect(two.byline).toBe('Ana Ruiz and Tove Lind');
  });
});
