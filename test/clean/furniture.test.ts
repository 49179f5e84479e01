/**
 * Page furniture that reads like prose or sits inside the article: one fixture (our own wording) per class, on the
 * text path and, where the class reaches Readability's output, on the HTML path.
 */
import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanText } from '../../shared/clean/index.ts';

const P1 =
  'The harbour authority said on Monday that the new breakwater would be finished by the end of next year, two years later than planned.';
const P2 =
  'Engineers found that the foundations had shifted during the winter storms, and the design had to be changed before work could resume.';
const P3 = 'The mayor told the council that the delay would not raise the cost of the project, which is paid for by a regional grant.';
const P4 =
  'Fishing crews have complained for months that the unfinished wall leaves the inner basin exposed when gales blow from the west.';
const TITLE = 'Harbour breakwater delayed until next year';
const page = (...lines: string[]) => [TITLE, 'By Jane Holm', 'March 8, 2025', ...lines].join('\n');

describe('text cleaning: furniture inside or around the article', () => {
  it.each([
    ['a caption ending with its photo credit', 'Waves break over the unfinished wall on Sunday. Photo: Ola Berg / Harbour Gazette'],
    ['a caption with a parenthesised credit', 'Cranes stand idle on the quay after the storm (Photo by Ola Berg/Harbour Gazette)'],
    ['a caption ending with a wire credit in slashes', 'Cranes stand idle on the quay in Solvik, Norway, March 8, 2025. WIREPIX/Ola Berg'],
    ['a caption ending with a credit in brackets', 'A survey map of the harbour floor. (Ola Berg/Harbour Gazette)'],
    ['a caption ending with the agency alone', 'Cranes stand idle on the quay after the storm on Sunday. AFP'],
    [
      'a caption ending with a licensing link',
      'Cranes stand idle on the quay, March 8, 2025. Harbour Wire/Ola Berg Purchase Licensing Rights',
    ],
    ['a video teaser', 'Watch: Divers inspect the cracked foundations'],
    ['an audio teaser', 'Listen: our weekly podcast on the coast and its towns'],
    ['a video duration', 'Duration 2:15'],
    ['a republishing notice', 'Republish this story for free under our Creative Commons licence.'],
    [
      'an affiliate disclosure',
      'Disclosure: Harbour Gazette is reader-supported. When you buy through links on our pages we may earn a small commission.',
    ],
    ['a funding note', 'This report was produced with support from the Coastal Journalism Fund, which has no say over what we publish.'],
    ['a wire credit line', '(Reporting by Ola Berg in Solvik; editing by Per Moen)'],
    ['an editing credit', 'Editing by Per Moen'],
    ['a source credit', '(via Coastal Weekly)'],
    ['a comment-form prompt', 'Notify me of new replies to my comment'],
    ['a comment spam notice', 'Comments are checked for spam and held for review before they are shown.'],
    ['a community rules link', 'Please read our community guidelines before you post.'],
    ['a form remnant', 'This field is for checking only and should be left blank.'],
    ['a newsletter pitch', 'Join thousands of readers who get our harbour news first thing every morning.'],
    ['a correction note', 'Correction: An earlier version of this article gave the wrong length for the wall.'],
    ['a topics line', 'Topics: harbour, breakwater, council budget'],
    ['a related-media heading', 'Videos and photos on this story'],
    ['a share bar', 'Share / Tweet / 14 Comments'],
    ['a standards link', 'Our Standards: the Gazette editorial code.'],
    ['a donation appeal', 'Support independent journalism: become a member from three pounds a month.'],
    ['a follow prompt', 'Follow Jane Holm on Bluesky'],
    ['an update note', "Editor's note: This story has been updated with the council's response."],
    ['a related lead-in', 'More: Council votes to close the old ferry terminal'],
  ])('drops %s and says why', (_, line) => {
    const result = cleanText(page(P1, line, P2, P3, P4));
    expect(result.body).not.toContain(line);
    expect(result.removed.find((r) => r.text === line)?.reason).toBeTruthy();
    for (const p of [P1, P2, P3, P4]) expect(result.body).toContain(p);
  });

  it('drops a cookie notice of any length when the line opens with one', () => {
    const notice =
      'Harbour Gazette uses cookies and similar tools to measure how the site is used, remember your settings and show ' +
      'advertising that may interest you; by continuing to read you accept this, and you can change your preferences at any ' +
      'time from the privacy centre at the foot of every page, where every partner we work with is listed.';
    const result = cleanText(page(notice, P1, P2, P3, P4));
    expect(result.body).not.toContain('uses cookies');
    expect(result.removed.find((r) => r.text === notice)?.reason).toBe('cookie/privacy notice');
  });

  it('keeps prose that only mentions the same words', () => {
    const prose = [
      'The harbour board split its vote 50/50 on Monday, and the chair cast the deciding vote in favour of the contractor.',
      'A photographer who watched the storm said the waves were the highest she had seen in twenty years on the coast.',
      'The council will watch the costs closely, the mayor said, and will publish a report on the project every quarter.',
      'Per Moen is a fisherman who has worked from the inner basin for thirty years, and he said the delay had cost him dearly.',
    ];
    const result = cleanText(page(P1, ...prose, P2, P3));
    for (const p of prose) expect(result.body).toContain(p);
  });

  it("drops the author's bio at the end of the article", () => {
    const bio = 'Jane Holm is the harbour correspondent at the Gazette. She has covered the port and its fishing fleet since 2015.';
    const result = cleanText(page(P1, P2, P3, P4, bio));
    expect(result.body).not.toContain('harbour correspondent');
    expect(result.removed.find((r) => r.text === bio)?.reason).toBe('author bio');
    expect(result.body).toContain(P4);
  });

  it('drops a one-line bio that says what the author covers', () => {
    const bio = 'Jane Holm covers the coast and its ports for the Gazette.';
    expect(cleanText(page(P1, P2, P3, P4, bio)).removed.find((r) => r.text === bio)?.reason).toBe('author bio');
  });

  it("drops the author's box at the end of a post: the name alone, then a paragraph that opens with it (authorBox)", async () => {
    const box = [
      'Marta',
      'Marta is a Solvik native now living inland with her husband and two dogs, and she still spends every summer by the sea.',
    ];
    const paragraphs = [P1, P2, P3, P4, ...box].map((p) => `<p>${p}</p>`).join('');
    const html = `<html><head><title>Harbour walks</title></head><body><article>${paragraphs}</article></body></html>`;
    const result = await cleanDocument(html);
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3, P4]);
    expect(result.removed.filter((r) => r.reason === 'author bio').map((r) => r.text)).toEqual(box);
    // A paragraph that names the person of a line above it without repeating that line is the article's.
    const profile = ['Per Moen', 'Moen is a fisherman who has worked from the inner basin for thirty years and knows every rock of it.'];
    const kept = await cleanDocument(html.replace(box.map((p) => `<p>${p}</p>`).join(''), profile.map((p) => `<p>${p}</p>`).join('')));
    expect(kept.body).toContain(profile[1]);
  });

  it('drops a pull quote that repeats a sentence of the article, and keeps a quote that does not', () => {
    const said = 'The wall will hold this time, because we have finally built it on rock and not on sand';
    const paragraph = `“${said},” the chief engineer said at the quay on Monday, pointing at the new piles.`;
    const pull = `“${said}.”`;
    const own = '“We have waited long enough for this wall,” said a fisherman who moors in the inner basin.';
    const result = cleanText(page(P1, paragraph, pull, P2, own, P3));
    expect(result.removed.find((r) => r.text === pull)?.reason).toMatch(/pull quote/);
    expect(result.body).toContain(paragraph);
    expect(result.body).toContain(own);
  });

  it("keeps an article's own last paragraph about a person's job", () => {
    const ending = 'Ola Berg was a reporter at the Gazette for thirty years before he retired to the island, his family said.';
    expect(cleanText(page(P1, P2, P3, P4, ending)).body).toContain(ending);
  });

  it('drops a list of teasers, each a headline, a blurb and a read-the-rest link', () => {
    const teasers = [
      'Ferry timetable changes for the winter',
      'The island ferry will run four times a day from November, and the last crossing will leave the quay at six in the evening.',
      'READ THE REST',
      'Lighthouse keeper retires after forty years',
      'She kept the light through three storms that closed the harbour, and she says the sea has never stopped surprising her.',
      'READ THE REST',
    ];
    const result = cleanText(page(P1, P2, P3, P4, ...teasers));
    expect(result.body).not.toMatch(/ferry|lighthouse|READ THE REST/i);
    expect(result.removed.filter((r) => r.reason === 'teaser (another story)')).toHaveLength(4);
  });
});

describe('text cleaning: the tail of the article', () => {
  const festival = [
    'The summer music festival announced on Friday that it would move to the old shipyard next year, doubling the space for ' +
      'its main stage.',
    'Organisers said ticket sales had risen for the third year running and that the new site would take twelve thousand visitors a day.',
    'The festival began in a church hall in 1998 with four local bands and now books acts from across Europe for three days every July.',
    'Residents near the shipyard have asked for a limit on noise after eleven at night, and the organisers said they would agree to one.',
    'A new ferry stop will be built beside the shipyard so that visitors from the islands can reach the festival without driving.',
    'The festival director said the move would secure its future for at least a decade, whatever happens to the town centre.',
  ];

  it('cuts a second story appended after a "you may like" marker, even when it is longer than the article', () => {
    const result = cleanText(page(P1, P2, P3, P4, 'You may like', 'Music festival moves to the old shipyard', ...festival));
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3, P4]);
    expect(result.removed.find((r) => r.text === festival[0])?.reason).toBe('related links / comments tail');
  });

  it('cuts a second story even when its headline was teased earlier and the headline shares few words with the article', () => {
    const result = cleanText(
      [
        'Wall delay angers crews',
        'Menu',
        P1,
        P2,
        P3,
        P4,
        'Advertisement',
        'Read more: Music festival moves to the old shipyard',
        'Recommended',
        ...festival,
      ].join('\n'),
    );
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3, P4]);
  });

  it.each(['Suggested articles', 'Discussion', "Editor's Picks", 'The Gazette recommends', 'Audios and videos on the topic'])(
    'cuts the tail at %j',
    (marker) => {
      const result = cleanText(page(P1, P2, P3, P4, marker, ...festival.slice(0, 2)));
      expect(result.body).not.toContain('festival');
    },
  );

  it('does not cut a report at its "Discussion" section', () => {
    const discussion = [
      'The engineers argue that the foundations shifted because the seabed under the western end of the wall is softer than ' +
        'the survey of 2019 suggested, and that the design should have allowed for it from the start.',
      'They recommend that the remaining sections of the breakwater be built on longer piles, which would add about four ' +
        'months to the work but would protect the wall against the winter storms for the next fifty years.',
    ];
    const result = cleanText(page(P1, P2, 'Discussion', ...discussion, P3));
    for (const p of [...discussion, P3]) expect(result.body).toContain(p);
  });

  it('does not cut the article at a "related" heading when what follows is still about the headline', () => {
    const rest = [
      'The breakwater was first proposed after the storm of 2013, when waves reached the harbour offices and flooded the fish market.',
      'Until the harbour wall is finished, boats will be moved to the outer quay whenever a gale from the west is forecast.',
      'The harbour authority said the delay to the breakwater would be reviewed again in the spring.',
    ];
    const result = cleanText(page(P1, 'Related', 'Storm damage costs rise', ...rest, P2, P3));
    for (const p of [P1, ...rest, P2, P3]) expect(result.body).toContain(p);
  });
});

describe('HTML cleaning: furniture Readability leaves', () => {
  const html = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  it('drops a caption written as a paragraph beside its picture', async () => {
    const body =
      `<article><h1>${TITLE}</h1><p>${P1}</p><p>${P2}</p><div class="box"><a href="/big.jpg">` +
      `<img src="small.jpg" alt=""></a><p>Cranes stand idle on the quay</p></div><p>${P3}</p><p>${P4}</p></article>`;
    const result = await cleanDocument(html(`<title>${TITLE}</title>`, body));
    expect(result.body).not.toContain('Cranes stand idle');
    expect(result.removed.find((r) => r.text === 'Cranes stand idle on the quay')?.reason).toBe('image caption/credit');
    for (const p of [P1, P2, P3, P4]) expect(result.body).toContain(p);
  });

  it('drops a breadcrumb left in the article', async () => {
    const body = `<article><h1>${TITLE}</h1><p>News › Coast › Solvik</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;
    const result = await cleanDocument(html(`<title>${TITLE}</title>`, body));
    expect(result.body).not.toContain('News › Coast');
    expect(result.removed.find((r) => r.text === 'News › Coast › Solvik')?.reason).toBe('navigation');
  });

  it('keeps the article when a short box passes for one and the real article is several times longer', async () => {
    // Readability's first pass sets the article aside (its row's class names a sidebar) and finds a sign-up box of
    // ~380 characters, above a fixed threshold of 300; the page's densest paragraphs say the article is elsewhere.
    const paragraphs = [
      P1,
      P2,
      P3,
      P4,
      P1.replace('Monday', 'Tuesday'),
      P2.replace('winter', 'autumn'),
      P3.replace('council', 'board'),
      P4.replace('months', 'weeks'),
    ];
    const box =
      '<div class="modal"><h3>Our morning briefing</h3><p>Our morning briefing brings you the stories that matter on the ' +
      'coast, from the harbour to the hills, written by reporters who live here. It arrives before breakfast on weekdays ' +
      'and costs nothing, and you can stop it whenever you like with a single click at the foot of any issue. Readers in ' +
      'the valley towns get a local edition with the weather and the ferry times.</p></div>';
    const body =
      `<div class="page"><div class="row layout-with-sidebar">` +
      `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></div></div>${box}`;
    const result = await cleanDocument(html(`<title>${TITLE}</title>`, body));
    for (const p of paragraphs) expect(result.body).toContain(p);
  });

  it('cuts another story Readability took in after a "read next" heading', async () => {
    const other = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>The choir committee met for the ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][i]} time this season ` +
        'and agreed a plan that members said would keep the programme running until spring.</p>',
    ).join('');
    const body =
      `<div class="content"><h1>${TITLE}</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><h3>Read next</h3>` +
      `<h2>Choir plans a longer season</h2>${other}</div>`;
    const result = await cleanDocument(html(`<title>${TITLE}</title>`, body));
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3, P4]);
  });

  it('finds the article when full texts of other stories on the page outweigh it', async () => {
    const other = (topic: string) =>
      Array.from(
        { length: 6 },
        (_, i) =>
          `<p>The ${topic} committee met for the ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][i]} time this season ` +
          'and agreed a plan that members said would keep the programme running until spring, when a new chair is chosen.</p>',
      ).join('');
    const body =
      `<div class="post"><h1>${TITLE}</h1>` +
      `<p class="standfirst">The wall will not be finished before the winter storms.</p><div class="post-body-extra">` +
      `<p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></div></div><div class="more"><h3>You may like</h3>` +
      `<div class="teaser"><h2>Choir festival plans a longer season</h2>${other('choir')}</div><div class="teaser">` +
      `<h2>Chess club opens a second hall</h2>${other('chess')}</div></div>`;
    const result = await cleanDocument(html(`<title>${TITLE} | Harbour Gazette</title>`, body));
    expect(result.title).toBe(TITLE);
    for (const p of [P1, P2, P3, P4]) expect(result.body).toContain(p);
    expect(result.body).not.toMatch(/committee|choir|chess/i);
  });
});

describe('ad labels in other languages', () => {
  it('drops a lone ad label a template prints in another language', async () => {
    const body = [
      'Storm closes the port',
      'Publicidade',
      'The harbour authority closed the port on Monday as winds reached 120 km/h, stranding dozens of cargo ships offshore.',
      'Anzeige',
      'Engineers will inspect the breakwater before ships are allowed back in, the authority said in a statement on Tuesday.',
    ].join('\n');
    const cleaned = await cleanDocument(body, { name: 'port.txt' });
    expect(cleaned.body).not.toMatch(/Publicidade|Anzeige/);
    expect(cleaned.body).toMatch(/stranding dozens of cargo ships/);
  });
});
