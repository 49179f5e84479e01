/**
 * Leftovers seen on pages the rules were not tuned to (issue 16), each rule with an invented page: summary boxes,
 * promo and video labels, live-blog stamps without a year, a dateline on a line of its own.
 */
import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanText } from '../../shared/clean/index.ts';
import { anyLanguageDateLine, furnitureOf } from '../../shared/clean/languages.ts';
import { datelineAlone, describeLine } from '../../shared/clean/lines.ts';
import { isDateLine } from '../../shared/clean/metadata.ts';

const P = [
  'The harbour authority said on Monday that the new breakwater would be finished by the end of next year, two years later ' +
    'than planned, after a winter of storms.',
  'Engineers found that the foundations had shifted during the storms, and the design had to be changed before work could ' +
    'resume on the northern section.',
  'The mayor told the council that the delay would not raise the cost of the project, which is paid for by a regional grant ' +
    'and a loan from the port.',
  'Residents of the old town have asked for a public meeting, saying that the works have closed the only road to the beach ' +
    'for most of the summer.',
];
const POINTS = ['The breakwater will be finished two years late.', 'The delay will not raise the cost, the mayor says.'];
const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
  `<main><article><h1>${title}</h1>${body}</article></main><footer>Contact us</footer></body></html>`;
const paragraphs = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');
const menu = ['Home', 'News', 'Sport', 'Weather'];

describe('summary box (its heading and its points above the article)', () => {
  it('removes a "Key Points" list above the article (HTML: the points are list items)', async () => {
    const box = `<div class="summary"><h2>Key Points</h2><ul>${POINTS.map((p) => `<li>${p}</li>`).join('')}</ul></div>`;
    const result = await cleanDocument(page('Breakwater delayed', box + paragraphs(P)));
    expect(result.body).toBe(P.join('\n\n'));
    expect(result.removed).toContainEqual({ text: POINTS[0], reason: 'summary box' });
  });

  it('removes the points a scraped page sets without a blank line between them (text)', () => {
    const text = [...menu, 'Breakwater delayed', 'Key takeaways', POINTS.join('\n'), ...P].join('\n\n');
    const result = cleanText(text);
    expect(result.body).toBe(P.join('\n\n'));
  });

  it('removes bulleted points, and points set as headlines up to the first paragraph (text)', () => {
    const bulleted = cleanText(
      [...menu, 'Breakwater delayed', 'Key points:', '• Breakwater two years late', '• Cost unchanged', ...P].join('\n'),
    );
    expect(bulleted.body).toBe(P.join('\n\n'));
    const headlines = ['Breakwater two years late', 'Mayor: the cost will not rise', 'Residents ask for a meeting'];
    const plain = cleanText([...menu, 'Breakwater delayed', 'Story highlights', ...headlines, ...P].join('\n'));
    expect(plain.body).toBe(P.join('\n\n'));
  });

  it('keeps the lines under the heading when nothing shows where the box ends (points and paragraphs alike)', () => {
    // One-sentence points run straight into one-sentence paragraphs: only the heading goes.
    const result = cleanText([...menu, 'Breakwater delayed', 'Key Points', ...POINTS, ...P].join('\n'));
    expect(result.body).toBe([...POINTS, ...P].join('\n\n'));
    expect(result.removed).toContainEqual({ text: 'Key Points', reason: 'summary box' });
  });

  it('leaves a "Highlights" section low in the article with its paragraphs', async () => {
    const result = await cleanDocument(page('Breakwater delayed', paragraphs([...P, 'Highlights', ...POINTS.map((p) => `• ${p}`)])));
    expect(result.body).toContain(POINTS[0]);
  });

  it('knows the heading in the other languages’ tables', () => {
    for (const [lang, line] of [
      ['de', 'Das Wichtigste in Kürze'],
      ['fr', 'En bref'],
      ['es', 'Las claves'],
      ['it', 'In sintesi'],
      ['pt', 'Em resumo'],
      ['nl', 'In het kort'],
    ] as const) {
      expect(describeLine(line, true, furnitureOf(lang)).reason).toBe('summary box');
    }
    expect(describeLine('Key facts').reason).toBeNull();
  });
});

describe('promo banners and video teasers (media-promo-label)', () => {
  it('removes a video or audio box’s title as the whole line, and keeps a sentence with the same words', () => {
    for (const line of [
      'Related video',
      'Latest podcasts',
      'Watch the full video',
      'Listen now',
      'Listen · 5:32 min',
      'WATCH: Crews at the pier',
    ])
      expect(describeLine(line).reason).toBe('video/audio teaser');
    expect(describeLine('Related videos showed the crane tipping over before the crew could leave the quay.').cls).not.toBe('bad');
  });

  it('removes them between the paragraphs of an HTML page', async () => {
    const result = await cleanDocument(
      page('Breakwater delayed', paragraphs([P[0], 'Related video', P[1], 'Watch the full video', P[2], P[3]])),
    );
    expect(result.body).toBe(P.join('\n\n'));
  });
});

describe('a live blog’s stamps without a year (day-month stamp)', () => {
  it('reads a day and month without a year as a date line, and not a sentence that has one', () => {
    for (const line of ['Monday 7 December', '14:32, 7 December', 'Updated 14:32 7 December']) expect(isDateLine(line)).toBe(true);
    expect(isDateLine('On 7 December the ferry sailed again.')).toBe(false);
  });

  it('removes the stamps between the posts of a scraped live blog', () => {
    const result = cleanText(
      [...menu, 'Storm live: ferries stay in port', P[0], 'Monday 7 December', P[1], '14:32, 7 December', P[2], P[3]].join('\n'),
    );
    expect(result.body).toBe(P.join('\n\n'));
  });
});

describe('a dateline on a line of its own (dateline alone)', () => {
  const lead = 'The harbour authority said on Monday that the breakwater would be late.';
  it('joins it to the lead under it, on both paths', async () => {
    for (const dateline of ['SOLVIK (Northwire) -', 'SOLVIK, Norway —', 'Solvik NWR —']) {
      const text = cleanText([...menu, 'Breakwater delayed by two years', dateline, lead, P[1], P[2], P[3]].join('\n'));
      expect(text.body.split('\n\n')[0]).toBe(`${dateline} ${lead}`);
      const html = await cleanDocument(page('Breakwater delayed', paragraphs([dateline, lead, P[1], P[2]])));
      expect(html.body.split('\n\n')[0]).toBe(`${dateline} ${lead}`);
    }
  });

  it('is a place in capitals or an agency: a link or a menu item with a dash is not one', () => {
    expect(datelineAlone('SOLVIK (Northwire) -')).toBe(true);
    for (const line of ['Previous Harbour News -', 'Home -', 'The storm is over —']) expect(datelineAlone(line)).toBe(false);
  });
});

describe('a caption without a verb beside its picture (verbless caption)', () => {
  const caption = 'The new breakwater at Solvik harbour, seen from the old lighthouse.';
  it('removes a noun phrase with a full stop just after a picture, not a sentence of the news there', async () => {
    const html = page('Breakwater delayed', `<p>${P[0]}</p><img src="pier.jpg"><p>${caption}</p>${paragraphs(P.slice(1))}`);
    const result = await cleanDocument(html);
    expect(result.body).toBe(P.join('\n\n'));
    expect(result.removed).toContainEqual({ text: caption, reason: 'image caption' });
    const news = 'The new breakwater was finished on Monday.';
    const kept = await cleanDocument(
      page('Breakwater delayed', `<p>${P[0]}</p><img src="pier.jpg"><p>${news}</p>${paragraphs(P.slice(1))}`),
    );
    expect(kept.body).toContain(news);
  });

  it('leaves the same line alone without a picture beside it', async () => {
    const result = await cleanDocument(page('Breakwater delayed', paragraphs([P[0], caption, ...P.slice(1)])));
    expect(result.body).toContain(caption);
  });
});

describe('common furniture of the other languages’ pages (tables filled, invented lines)', () => {
  const lines: Record<string, { furniture: string[]; prose: string }> = {
    de: {
      furniture: [
        'Auf X teilen',
        'Zum Thema: Neue Fähre für Solvik',
        'Wir verwenden Cookies, um die Seite zu verbessern.',
        'Leserkommentare',
      ],
      prose: 'Die Stadt teilt die Kosten für die neue Mole mit dem Land, sagte der Bürgermeister am Montag.',
    },
    fr: {
      furniture: ['Partager sur WhatsApp', 'À lire également : la nouvelle digue de Solvik', 'Nous utilisons des cookies', 'Réagissez'],
      prose: 'Le maire a partagé les plans de la nouvelle digue avec les habitants lors de la réunion de lundi.',
    },
    es: {
      furniture: [
        'Compartir en X',
        'Lee más: el nuevo muelle de Solvik',
        'Utilizamos cookies para mejorar el sitio',
        'Escribe tu comentario',
      ],
      prose: 'El alcalde compartió los planes del nuevo muelle con los vecinos en la reunión del lunes por la tarde.',
    },
    it: {
      furniture: ['Condividi su WhatsApp', 'Potrebbero interessarti', 'Utilizziamo i cookie per migliorare il sito', 'Scrivi un commento'],
      prose: 'Il sindaco ha condiviso i piani del nuovo molo con i residenti durante la riunione di lunedì sera.',
    },
    pt: {
      furniture: ['Partilhe', 'Conteúdo relacionado', 'Utilizamos cookies para melhorar o site', 'Escreva um comentário'],
      prose: 'O prefeito partilhou os planos do novo cais com os moradores na reunião de segunda-feira à noite.',
    },
    nl: {
      furniture: ['Deel via WhatsApp', 'Gerelateerd nieuws', 'Wij gebruiken cookies om de site te verbeteren', 'Reageer op dit artikel'],
      prose: 'De burgemeester deelde de plannen voor de nieuwe pier met de bewoners tijdens de vergadering van maandag.',
    },
  };
  it.each(Object.entries(lines))('%s: removes each line, keeps a sentence with the same words', (lang, { furniture, prose }) => {
    for (const line of furniture) expect(describeLine(line, true, furnitureOf(lang)).cls).toBe('bad');
    expect(describeLine(prose, true, furnitureOf(lang)).cls).not.toBe('bad');
  });
});

describe('a heading of other stories left alone between paragraphs (HTML)', () => {
  it('removes it as the text path does', async () => {
    for (const heading of ['You may also like', 'Most popular', 'Read next']) {
      const result = await cleanDocument(page('Breakwater delayed', paragraphs([P[0], P[1], heading, P[2], P[3]])));
      expect(result.body).toBe(P.join('\n\n'));
      expect(result.removed).toContainEqual({ text: heading, reason: 'heading of other stories' });
    }
  });
});

describe('the language of the page’s prose by majority (prose by majority)', () => {
  const italian = [
    'Il consiglio comunale ha deciso lunedì sera di rinviare di due anni la costruzione del nuovo molo, dopo un inverno di tempeste ' +
      'che ha spostato le fondamenta.',
    'Secondo gli ingegneri del comune, il progetto deve essere cambiato prima che i lavori possano riprendere sul lato nord del porto.',
    'Il sindaco ha detto che il ritardo non farà salire il costo dell’opera, pagata con un contributo della regione e un prestito.',
  ];
  const products = ['1) Modellino Faro Solvik 1:50', 'http://example.com/a1', '2) Puzzle Porto 1000 pezzi', 'http://example.com/a2'];
  const blurbs = [
    'The operator said on Tuesday that fares on the northern routes would rise by a tenth from April, the third rise in two years.',
    'Pupils moved into the new building on Monday, a year later than planned, after a dispute between the builder and the council.',
  ];
  it('keeps an Italian article whose page carries English blurbs and a list of names with few function words', () => {
    const result = cleanText(['Molo di Solvik rinviato', ...italian, ...products, 'More from News', ...blurbs].join('\n\n'));
    for (const p of italian) expect(result.body).toContain(p);
  });
});

describe('other stories’ teasers, then readers’ comments, under the article (text)', () => {
  it('ends the article at the first of the two feeds', () => {
    const teasers = [
      [
        'Ferry fares to rise again in spring',
        'The operator said on Tuesday that fares on the northern routes would rise by a tenth ' +
          'from April, the third rise in two years.',
        '2H ago',
      ],
      [
        'New school opens in Brenna after delay',
        'Pupils moved into the new building on Monday, a year later than planned, after a ' +
          'dispute between the builder and the council.',
        '5H ago',
      ],
      [
        'Storm damage bill reaches record high',
        'Insurers said the winter storms had cost more than any season since records began, ' + 'with most claims from the coastal towns.',
        '9H ago',
      ],
    ].flat();
    const footer = ['© 2026 Harbour Gazette', 'Privacy Policy', 'Terms of Use'];
    const comments = [
      [
        'Jane Roe',
        '3 hours ago',
        'I have lived by the harbour for thirty years and I have never seen the council move this slowly ' +
          'on anything that matters to us.',
      ],
      [
        'Tom Fisher',
        '2 hours ago',
        'The cost will go up, it always does, and in the end it is the people in the old town who will ' +
          'pay for it through their rates.',
      ],
      [
        'Mia Lund',
        '1 hour ago',
        'Does anyone know whether the road to the beach will reopen before the summer holidays start, ' +
          'because we have a booking there?',
      ],
    ].flat();
    const text = [...menu, 'Breakwater delayed', 'Monday 7 December 2026', ...P, ...teasers, ...footer, ...comments].join('\n\n');
    expect(cleanText(text).body).toBe(P.join('\n\n'));
  });
});

describe('furniture set inside a counted list (inline furniture in a list)', () => {
  it('keeps the items on both sides of an ad and a video teaser', () => {
    const items = [
      '1) Harbour lantern, brass, 30 cm',
      '2) Tide clock with oak frame',
      '3) Lighthouse model, scale 1:50',
      '4) Rope doormat, 60 by 40 cm',
      '5) Enamel mug with anchor',
      '6) Ship in a bottle, large',
    ];
    const text = [
      ...menu,
      'Gifts for the harbour lover',
      P[0],
      'Here are the gifts our readers liked best this winter:',
      ...items.slice(0, 3),
      'Advertisement',
      'WATCH: Crews lower the first block',
      'Related video',
      ...items.slice(3),
      P[1],
      P[2],
    ].join('\n\n');
    const result = cleanText(text);
    for (const item of items) expect(result.body).toContain(item);
  });
});

describe('a box of other stories set between two paragraphs (RELATED_BOX_INSIDE)', () => {
  const A = [
    'The harbour board said on Monday that the new breakwater at Solvik would open two years late, after storms damaged its ' +
      'foundations last winter.',
    'Engineers working on the breakwater found that the storms had moved the foundations of the northern section, and the ' +
      'harbour board ordered a new design.',
    'The mayor told the council that the breakwater delay would not raise the cost, which the harbour board shares with a ' +
      'regional grant.',
    'Fishermen at the harbour said the delay meant another winter without shelter, and asked the board to open the old quay ' +
      'to their boats.',
  ];
  const box = [
    'Ferry fares to rise again in spring',
    'New school opens in Brenna after long delay',
    'Storm damage bill reaches record high',
  ];
  const reason = 'related box (other stories inside the article)';

  it('removes a labelled box and keeps the article after it', () => {
    for (const label of ['Related', 'More on this story', 'You may also like']) {
      const result = cleanText([...menu, 'Breakwater to open two years late', A[0], A[1], label, ...box, A[2], A[3]].join('\n\n'));
      expect(result.body).toBe(A.join('\n\n'));
      // Under a label of four words or more the stack rule has already set the lines aside, with its reason.
      if (label === 'Related') expect(result.removed).toContainEqual({ text: box[1], reason });
    }
  });

  it('removes a box without a label whose headlines name nothing of the paragraphs around them', () => {
    const result = cleanText([...menu, 'Breakwater to open two years late', A[0], A[1], ...box, A[2], A[3]].join('\n\n'));
    expect(result.body).toBe(A.join('\n\n'));
  });

  it('keeps the items of a numbered list the box is set in', () => {
    const items = ['1) Harbour lantern, brass', '2) Tide clock with oak frame', '3) Lighthouse model', '4) Rope doormat', '5) Enamel mug'];
    const intro = 'Here are the gifts our readers liked best this winter:';
    const text = [...menu, 'Gifts for the harbour lover', A[0], intro, ...items.slice(0, 2), 'Related', ...box, ...items.slice(2)];
    const result = cleanText(text.join('\n\n'));
    for (const item of items) expect(result.body).toContain(item);
    expect(result.body).not.toContain(box[0]);
  });

  it('keeps the article’s own short lines: a subheading, a quotation, two subheadings on its subject', () => {
    const quote = '“We will not leave the boats out another winter,” one fisherman said.';
    const subheadings = ['Storms moved the breakwater foundations', 'What the harbour board decided'];
    const lines = [A[0], 'What happens next', A[1], quote, A[2], A[3]];
    const result = cleanText([...menu, 'Breakwater to open two years late', ...lines].join('\n\n'));
    expect(result.body).toBe(lines.join('\n\n'));
    // Two subheadings in a row name the article's words: not a box (the second, under a short line, is left to the
    // rule for short lines between paragraphs).
    const two = cleanText([...menu, 'Breakwater to open two years late', A[0], A[1], ...subheadings, A[2], A[3]].join('\n\n'));
    expect(two.body).toContain(subheadings[0]);
    expect(two.removed.filter((r) => r.reason === reason)).toEqual([]);
  });

  it('keeps a subheading under the box that names the paragraph below it (SUBHEADING_AFTER_BOX)', () => {
    const subheading = 'Fishermen want the old quay';
    const text = [...menu, 'Breakwater to open two years late', A[0], A[1], A[2], 'Related', ...box, subheading, A[3]];
    expect(cleanText(text.join('\n\n')).body).toBe([A[0], A[1], A[2], subheading, A[3]].join('\n\n'));
  });

  it('leaves teasers after the article to the tail: a headline and its blurb are no box', () => {
    const teasers = [
      'More from News',
      'Ferry fares to rise again in spring',
      'The operator said on Tuesday that fares on the northern routes would rise by a tenth from April, the third rise.',
      'New school opens in Brenna after long delay',
      'Pupils moved into the new building on Monday, a year later than planned, after a dispute with the builder.',
    ];
    expect(cleanText([...menu, 'Breakwater to open two years late', ...A, ...teasers].join('\n\n')).body).toBe(A.join('\n\n'));
  });

  it('keeps a one-line quotation above a stack of headlines (STACK_STARTS_AFTER_PARAGRAPH)', () => {
    const quote = '“We will not leave the boats out another winter,” one fisherman said.';
    const stack = [...box, 'Regatta moved to June as boats are not ready'];
    const result = cleanText([...menu, 'Breakwater to open two years late', A[0], A[1], quote, ...stack, A[2], A[3]].join('\n\n'));
    expect(result.body).toBe([A[0], A[1], quote, A[2], A[3]].join('\n\n'));
  });
});

describe('a picture’s credit on a line of its own, without "Photo:" (CREDIT_LINE_ALONE)', () => {
  const caption = 'Workers lower a concrete block into the water at the end of the pier in Solvik on Monday.';
  const credit = 'Jane Doe / Harbour Agency';

  it('removes the credit and the caption above it between two paragraphs, on both paths', async () => {
    const text = cleanText([...menu, 'Breakwater delayed', P[0], P[1], caption, credit, P[2], P[3]].join('\n\n'));
    expect(text.body).toBe(P.join('\n\n'));
    expect(text.removed).toContainEqual({ text: credit, reason: 'image caption/credit' });
    const html = await cleanDocument(page('Breakwater delayed', paragraphs([P[0], P[1], caption, credit, P[2], P[3]])));
    expect(html.body).toBe(P.join('\n\n'));
  });

  it('is a name of two words or more before the slash: a breadcrumb or a sentence is not one', () => {
    for (const line of ['Jane Doe/Gazette/Getty Images', '(Jane Doe | Coast Press)'])
      expect(describeLine(line).reason).toBe('image caption/credit');
    for (const line of ['News / World', 'Jane Doe / Harbour Agency said the quay would reopen on Monday.'])
      expect(describeLine(line).reason).not.toBe('image caption/credit');
  });
});

describe('a date line, then the author, on a page too short for its language (ANY_LANGUAGE_DATE_LINE, DATE_THEN_AUTHOR)', () => {
  const post = ['Folge 12 ist jetzt online. Wie immer sehen nur angemeldete Leser die Bilder.', 'Am Montag kommt Folge 13.'];

  it('removes "24. März 2004, 19:49 | Genesis" and takes the author as the byline', async () => {
    const result = await cleanDocument(page('Folge 12', paragraphs(['14. Mai 2009, 18:05 | Nordlicht', ...post])));
    expect(result.body).toBe(post.join('\n\n'));
    expect(result.byline).toBe('Nordlicht');
    const alone = cleanText(['Folge 12', '14. Mai 2009, 18:05', ...post].join('\n\n'));
    expect(alone.removed).toContainEqual({ text: '14. Mai 2009, 18:05', reason: 'date line' });
  });

  it('reads the date first and the author after it in English, and a section after the date is no author', async () => {
    const english = await cleanDocument(page('Breakwater delayed', paragraphs(['March 3, 2025 · Jane Doe', ...P])));
    expect(english.byline).toBe('Jane Doe');
    expect(english.body).toBe(P.join('\n\n'));
    const section = await cleanDocument(page('Breakwater delayed', paragraphs(['March 3, 2025 | World', ...P])));
    expect(section.byline).toBeNull();
    expect(section.body).toBe(P.join('\n\n'));
  });

  it('needs a day or a time and a year beside the month: "Mars 2020" alone is a name', () => {
    expect(anyLanguageDateLine('14. Mai 2009, 18:05')).toBe(true);
    expect(anyLanguageDateLine('7 de março de 2025')).toBe(true);
    expect(anyLanguageDateLine('Mars 2020')).toBe(false);
    expect(anyLanguageDateLine('Mai 68')).toBe(false);
  });
});

describe('a box the page’s markup names "see also" (SEE_ALSO_BOX)', () => {
  const box =
    '<div class="field paragraph--type--en-savoir-plus"><h4>Harbour Board</h4><p>Solvik Port, Coast Ferries, Northwater Pilots.</p></div>';

  it('removes it from the article’s container, in any language of the tables', async () => {
    const result = await cleanDocument(page('Breakwater delayed', `${paragraphs(P)}${box}`));
    expect(result.body).toBe(P.join('\n\n'));
    expect(result.removed).toContainEqual({ text: 'Solvik Port, Coast Ferries, Northwater Pilots.', reason: 'see-also box' });
  });

  it('keeps a link so named inside a sentence, and a "read more" expander holding the rest of the article', async () => {
    const linked = `<p>${P[0].replace('breakwater', '<a class="see-also" href="/b">breakwater</a>')}</p>`;
    const more = `<div class="read-more-content">${paragraphs(P.slice(2))}</div>`;
    const result = await cleanDocument(page('Breakwater delayed', `${linked}${paragraphs([P[1]])}${more}`));
    expect(result.body).toBe(P.join('\n\n'));
  });
});

describe('a picture’s caption as the first paragraph, without a credit (LEAD_CAPTION)', () => {
  const lead = 'Hundreds of families have slept outside the supermarket since the flood reached the lower town on Monday, officials said.';

  it('removes a scene in the present above a lead that reports, on both paths', async () => {
    for (const caption of [
      'A tent glows from a light inside as families camp beside a supermarket in Riverton.',
      'An eerie calm settles over streets scorched by the blaze in Hill County.',
      'Families walk past burnt cars in Lakeview on Tuesday.',
    ]) {
      const text = cleanText([...menu, 'Families camp out as flood waters stay high', caption, lead, P[1], P[2]].join('\n\n'));
      expect(text.body).toBe([lead, P[1], P[2]].join('\n\n'));
      // A scene that names its date is a caption by its own words already (markCaptions): either reason will do.
      expect(text.removed.find((r) => r.text === caption)?.reason).toMatch(/^image caption/);
      const html = await cleanDocument(page('Families camp out', paragraphs([caption, lead, P[1], P[2]])));
      expect(html.body).toBe([lead, P[1], P[2]].join('\n\n'));
    }
  });

  it('keeps a lead in the present: no scene of a picture, a time rather than a place, or nothing reported under it', () => {
    for (const first of [
      'Rescuers are searching for survivors after a landslide buried homes in Solvik.',
      'The council meets on Monday to decide on the harbour plan in Solvik.',
    ]) {
      const text = cleanText([...menu, 'Families camp out as flood waters stay high', first, lead, P[1], P[2]].join('\n\n'));
      expect(text.body).toBe([first, lead, P[1], P[2]].join('\n\n'));
    }
    const scene = 'A tent glows from a light inside as families camp beside a supermarket in Riverton.';
    const present = 'Families camp beside the supermarket because the shelters in the upper town are full.';
    const text = cleanText([...menu, 'Families camp out as flood waters stay high', scene, present, P[1], P[2]].join('\n\n'));
    expect(text.body).toContain(scene);
  });
});
