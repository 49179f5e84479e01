/**
 * The rule tables run their own examples: every furniture rule removes the invented line it gives as its example,
 * for the reason it names, and the tables hold no two rules of one name.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../shared/clean/index.ts';
import { authorBoxHeading, furnitureOf, LANGUAGES, pageLanguage } from '../../shared/clean/languages.ts';
import { describeLine, furnitureReason, splitGluedFurniture, tokens } from '../../shared/clean/lines.ts';
import { ENGLISH_AUTHOR_BOX, FURNITURE, TAIL_MARKERS } from '../../shared/clean/vocabulary.ts';

describe('furniture rule table', () => {
  it('names every rule once', () => {
    const names = FURNITURE.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(FURNITURE.map((r) => [r.name, r] as const))('%s removes its own example', (_name, rule) => {
    expect(rule.pattern.test(rule.example)).toBe(true);
    const line = describeLine(rule.example);
    expect(furnitureReason(rule.example, tokens(rule.example).length, line.sentence)).toBe(rule.reason);
    expect(line).toMatchObject({ cls: 'bad', reason: rule.reason });
  });
});

describe('boilerplate vocabularies of other languages', () => {
  it('has a table for at least German, French, Spanish, Italian, Portuguese and Dutch (English: FURNITURE)', () => {
    expect(LANGUAGES.map((t) => t.language)).toEqual(expect.arrayContaining(['de', 'fr', 'es', 'it', 'pt', 'nl']));
  });

  it.each(LANGUAGES.flatMap((t) => furnitureOf(t.language).map((rule) => [rule.name, rule] as const)))(
    '%s removes its own example',
    (_name, rule) => {
      const line = describeLine(rule.example, true, [rule]);
      expect(line).toMatchObject({ cls: 'bad', reason: rule.reason });
    },
  );

  it('recognises the language of a page from its function words', () => {
    const german =
      'Die Fähre ist am Samstag nicht ausgelaufen, weil der Sturm über dem Hafen noch zu stark war und die Behörden sie auch ' +
      'am Sonntag im Hafen halten wollten.';
    const dutch =
      'De veerboot is op zaterdag niet vertrokken, omdat de storm boven de haven nog te sterk was en het bestuur de boot ook ' +
      'op zondag in de haven wilde houden.';
    expect(pageLanguage(tokens(german))).toBe('de');
    expect(pageLanguage(tokens(dutch))).toBe('nl');
    const russian =
      'Паром не вышел в море в субботу, потому что шторм над гаванью был ещё слишком сильным, и власти решили оставить его у ' +
      'причала и на воскресенье.';
    expect(pageLanguage(tokens(russian))).toBe('ru');
    const polish =
      'Prom nie wypłynął w sobotę, ponieważ sztorm nad portem był wciąż zbyt silny, a władze chciały go zatrzymać przy ' +
      'nabrzeżu także w niedzielę.';
    expect(pageLanguage(tokens(polish))).toBe('pl');
    // The Scandinavian languages share most short words; each still has its own ("och", "af"/"blev", "av"/"ble").
    const swedish =
      'Färjan gick inte ut på lördagen, eftersom stormen över hamnen fortfarande var för stark och kommunen ville ha den kvar vid kajen.';
    const danish = 'Færgen sejlede ikke lørdag, fordi stormen over havnen stadig var for stærk, og den blev holdt ved kajen af kommunen.';
    const norwegian = 'Ferja gikk ikke lørdag, fordi stormen over havna fortsatt var for sterk, og den ble holdt ved kaia av kommunen.';
    const turkish =
      'Feribot cumartesi günü limandan çıkmadı, çünkü fırtına hâlâ çok güçlüydü ve belediye onu bir gün daha iskelede tutmak ' +
      'istedi, ama yolcular bu kadar beklemek istemedi.';
    expect([swedish, danish, norwegian, turkish].map((t) => pageLanguage(tokens(t)))).toEqual(['sv', 'da', 'no', 'tr']);
    expect(
      pageLanguage(tokens('The ferry did not sail on Saturday because the storm over the harbour was still too strong for the crew.')),
    ).toBeNull();
  });

  it('removes a German page’s furniture and keeps its verbs of the news ("teilen") in prose', () => {
    const prose = [
      'Die Fähre ist am Samstag nicht ausgelaufen, weil der Sturm über dem Hafen noch zu stark war und die Behörden sie am ' +
        'Sonntag im Hafen halten wollten.',
      'Die beiden Gemeinden teilen sich die Kosten für die Reparatur der Mole, die nach dem Winter von den Ingenieuren der ' +
        'Stadt geprüft worden ist.',
      'Der Bürgermeister sagte, dass die Arbeiten im Frühjahr beginnen sollen und bis zum Ende des nächsten Jahres dauern ' +
        'werden, wenn das Wetter es zulässt.',
    ];
    const result = cleanText(
      [prose[0], 'Anzeige', prose[1], 'Lesen Sie auch: Neue Fähre für Solvik', prose[2], 'Artikel teilen', 'Kommentare (3)'].join('\n'),
    );
    expect(result.body).toBe(prose.join('\n\n'));
    expect(result.removed.map((r) => r.reason)).toEqual(
      expect.arrayContaining(['advertisement', 'related link', 'share widget', 'comments widget']),
    );
  });
});

describe('author box headings (a tail heading in every language table)', () => {
  it.each([['en', ENGLISH_AUTHOR_BOX.example] as const, ...LANGUAGES.map((t) => [t.language, t.authorBox.example] as const)])(
    '%s: "%s" heads the box about the author',
    (language, example) => {
      expect(authorBoxHeading(example, language === 'en' ? null : language)).toBe(true);
    },
  );

  it('needs a person’s name after its words: the site’s pages and subheadings are not author boxes', () => {
    for (const line of ['About us', 'About the storm', 'Über uns', 'About', 'About Solvik'])
      expect(authorBoxHeading(line, 'de')).toBe(false);
    expect(authorBoxHeading('Sobre Jane Doe', null)).toBe(false); // another language's words only on a page of that language
  });

  it('ends the article in scraped text: the bio after the heading is not kept', () => {
    const prose = [
      'The ferry did not sail on Saturday because the storm over the harbour was still too strong for the crew to leave the quay safely.',
      'The harbour master said the crossing would resume on Monday if the wind dropped, and that passengers would be told by text message.',
      'Fishermen in the town said they had not seen a storm like it in twenty years, and several boats were damaged at their moorings.',
    ];
    const bio =
      'Jane Doe writes about the coast and its towns for the paper, and has lived in Solvik with her two children since she was young.';
    const result = cleanText(['Menu', ...prose, 'About Jane Doe', bio, 'Contact us'].join('\n'));
    expect(result.body).toBe(prose.join('\n\n'));
    expect(result.removed).toContainEqual({ text: bio, reason: 'related links / comments tail' });
  });
});

describe('furniture glued to the article without a space', () => {
  it('splits a prompt off the sentence it was printed against, at either end', () => {
    expect(splitGluedFurniture('Your donation keeps us going.The council met on Monday to discuss the ferry.')).toEqual([
      'Your donation keeps us going.',
      'The council met on Monday to discuss the ferry.',
    ]);
    expect(splitGluedFurniture('The council met on Monday.Share this article')).toEqual([
      'The council met on Monday.',
      'Share this article',
    ]);
  });

  it('leaves two glued sentences of the article (or an abbreviation) as one line', () => {
    expect(splitGluedFurniture('The meeting ended at 3 p.m.The mayor left by the side door.')).toEqual([
      'The meeting ended at 3 p.m.The mayor left by the side door.',
    ]);
  });
});

describe('an appeal for money set as a box', () => {
  const article = [
    'The ferry did not sail on Saturday because the storm over the harbour was still too strong for the crew to leave the quay safely.',
    'The harbour master said the crossing would resume on Monday if the wind dropped, and that passengers would be told by text message.',
    'Fishermen in the town said they had not seen a storm like it in twenty years, and several boats were damaged at their moorings.',
  ];
  const appeal = [
    'Your support helps us tell the story',
    'We send reporters to every harbour on the coast, and we think that what they find should be open to all readers, ' +
      'whatever they can pay.',
    'Readers like you fund that work: every gift, however small, keeps our reporters on the quay when the storms come in from ' +
      'the north sea.',
  ];

  it('removes the paragraphs between its heading and its closing call', () => {
    const result = cleanText(['Menu', ...appeal, `Your donation keeps us going.${article[0]}`, ...article.slice(1)].join('\n'));
    expect(result.body).toBe(article.join('\n\n'));
    expect(result.removed.filter((r) => r.reason === 'donation prompt').map((r) => r.text)).toEqual([
      ...appeal,
      'Your donation keeps us going.',
    ]);
  });

  it('keeps the article’s paragraphs after a lone prompt (no closing call, no box)', () => {
    const result = cleanText(['Menu', appeal[0], ...article].join('\n'));
    expect(result.body).toBe(article.join('\n\n'));
  });
});

describe('tail headings', () => {
  it('"Popular on <site>" heads a list of other stories, as "Also on <site>" does', () => {
    expect(TAIL_MARKERS.test('Popular on Coastal Times')).toBe(true);
    expect(TAIL_MARKERS.test('Popular on Coastal Times, the ferry stayed in port')).toBe(false);
  });
});

describe('related links, disclosures and contact notes', () => {
  it('removes a related link set in brackets between paragraphs', () => {
    expect(describeLine('[Related: Harbour board names a new chair]').reason).toBe('related link');
    expect(describeLine('(See also: Ferry fares to rise in May)').reason).toBe('related link');
  });

  it('removes a disclosure of affiliate or referral links, not a sentence about referrals', () => {
    expect(describeLine('Some links below are affiliate or referral links; see our disclosure policy.').reason).toBe(
      'affiliate disclosure',
    );
    expect(describeLine('The clinic said referral rates to the harbour hospital rose by a third last winter.').cls).toBe('good');
  });

  it('removes how to reach the author, and keeps a sentence of the news with a phone number', () => {
    expect(describeLine('Got a tip? Send it to the harbour desk.').reason).toBe('contact note');
    expect(describeLine('The reporter can be reached at j.doe@gazette.example or on the harbour desk.').reason).toBe('contact note');
    expect(describeLine('The harbour master said the office can be reached at 555 0100 during the storm.').cls).toBe('good');
  });

  it('"More great <site> stories" heads a list of other stories', () => {
    expect(TAIL_MARKERS.test('More Great Gazette Stories')).toBe(true);
    expect(TAIL_MARKERS.test('More harbour stories')).toBe(true);
    expect(TAIL_MARKERS.test('More than twenty stories were told at the inquiry')).toBe(false);
  });
});

describe('reading time and gallery counters', () => {
  it('removes a reading time in either order, and never a sentence about minutes', () => {
    for (const line of ['5 min read', '4-minute read', 'Reading time: 4 minutes']) expect(describeLine(line).reason).toBe('reading time');
    expect(describeLine('The walk to the quay takes 5 minutes.').cls).not.toBe('bad');
    expect(describeLine('3 minuti di lettura', true, furnitureOf('it')).reason).toBe('reading time');
  });

  it('removes a gallery’s counter but not a numbered part of a series', () => {
    expect(describeLine('Photo 3 / 8').reason).toBe('gallery controls');
    expect(describeLine('Part 1 of 3').reason).toBeNull();
  });
});

describe('a box of other stories set inside the article', () => {
  it('drops its heading with its items when the article goes on after it', () => {
    const before = [
      'Ferry services along the north coast were suspended on Saturday as the strongest storm in a decade battered the harbours.',
      'The operator said all crossings would stay in port until at least Monday, leaving hundreds of passengers stranded in two towns.',
    ];
    const after = [
      'Local businesses said the closure would cost them thousands of pounds, coming just weeks before the start of the tourist season.',
      'The regional council has opened an emergency shelter in the sports hall for passengers who cannot find a room for the night.',
      'Forecasters expect the wind to drop on Sunday evening, but warned that a second storm could reach the coast by next week.',
    ];
    const box = ['Most read', '1. Council approves new breakwater after years of delay', '2. Brenna school closed as roof damaged'];
    const result = cleanText(['Menu', ...before, ...box, ...after].join('\n'));
    expect(result.body).toBe([...before, ...after].join('\n\n'));
    expect(result.removed).toContainEqual({ text: 'Most read', reason: 'heading of other stories' });
  });
});

describe('captions known by what stands beside them, and headlines set as bullets (text path)', () => {
  const prose = [
    'The ferry did not sail on Saturday because the storm over the harbour was still too strong for the crew to leave the quay safely.',
    'The harbour master said the crossing would resume on Monday if the wind dropped, and that passengers would be told by text message.',
    'Fishermen in the town said they had not seen a storm like it in twenty years, and several boats were damaged at their moorings.',
  ];

  it('removes both copies of a caption printed twice in a row (doubledCaptionMaxWords)', () => {
    const caption = 'Waves break over the harbour wall at Solvik during the storm on Saturday';
    const result = cleanText(['Menu', prose[0], caption, caption, ...prose.slice(1)].join('\n'));
    expect(result.body).toBe(prose.join('\n\n'));
    expect(result.removed.filter((r) => r.text === caption)).toHaveLength(2);
  });

  it('keeps once a paragraph printed twice in a row: longer than a caption, it is the article’s', () => {
    const long = `${prose[0].slice(0, -1)}, and the crew waited in the harbour office until the evening news came on.`;
    const result = cleanText(['Menu', long, long, ...prose.slice(1)].join('\n'));
    expect(result.body).toBe([long, ...prose.slice(1)].join('\n\n'));
    // As short as a caption, but news reported in another tense than a caption's present.
    const lead = 'The ferry to the islands has been withdrawn from service after the storm.';
    const short = cleanText(['Menu', lead, lead, ...prose].join('\n'));
    expect(short.body).toBe([lead, ...prose].join('\n\n'));
  });

  it('removes the line above a photographer’s credit as its caption, however it is worded (creditedCaptionMaxWords)', () => {
    const caption = 'Storm damage along the sea front in Solvik. It is the third storm this winter.';
    for (const credit of [
      'Jane Doe/Harbour Gazette/Getty Images',
      'Jane Doe | Harbour Gazette | Getty Images',
      'Photo by Jane Doe/Agency',
    ]) {
      const result = cleanText(['Menu', prose[0], caption, credit, ...prose.slice(1)].join('\n'));
      expect(result.body).toBe(prose.join('\n\n'));
      expect(result.removed).toContainEqual({ text: caption, reason: 'image caption' });
    }
  });

  it('HEADLINE_ABOVE_PICTURE: the page’s first line above the lead picture’s credit is its headline, not a caption', () => {
    const headline = 'Solvik storm latest: ferry crossings cancelled for a third day';
    const result = cleanText([headline, '', 'Jane Doe/Getty Images', '', ...prose].join('\n'));
    expect(result.title).toBe(headline);
    expect(result.body).toBe(prose.join('\n\n'));
  });

  it('keeps the paragraph above a credit that names no photographer, or when the paragraph quotes someone', () => {
    const quoted = 'The harbour master said the crossing would resume on Monday if the wind dropped.';
    for (const [line, credit] of [
      [quoted, 'Jane Doe/Harbour Gazette'],
      ['Repairs to the harbour wall will start in the spring, once the storms are over.', 'Main image credit: Agency'],
    ]) {
      const result = cleanText(['Menu', prose[0], line, credit, ...prose.slice(1)].join('\n'));
      expect(result.body).toContain(line);
    }
  });

  it('removes other stories’ headlines set as bullets between two paragraphs', () => {
    const headlines = ['- Ferry fares to rise in May', '- Who runs the harbour at Solvik?'];
    const result = cleanText(['Menu', prose[0], ...headlines, ...prose.slice(1)].join('\n'));
    expect(result.body).toBe(prose.join('\n\n'));
    expect(result.removed).toContainEqual({ text: headlines[1], reason: 'list of headlines (other stories)' });
  });

  it('keeps the article’s own bulleted list: introduced by a colon, or made of sentences', () => {
    const items = ['- Ferries to the islands resume on Monday', '- The quay stays closed to cars until Friday'];
    const introduced = cleanText(['Menu', prose[0], 'The harbour board agreed on two things:', ...items, ...prose.slice(1)].join('\n'));
    expect(introduced.body).toContain(items[1]);
    const sentences = items.map((item) => `${item}.`);
    const result = cleanText(['Menu', prose[0], ...sentences, ...prose.slice(1)].join('\n'));
    expect(result.body).toBe([prose[0], ...sentences, ...prose.slice(1)].join('\n\n'));
  });

  it('keeps a bulleted or numbered list between two paragraphs without a colon above it (lists without a colon)', () => {
    const items = ['1. ferries to the islands resume on Monday', '2. the quay stays closed to cars', '3. buses replace the night boat'];
    const result = cleanText(['Menu', prose[0], ...items, ...prose.slice(1)].join('\n'));
    expect(result.body).toBe([prose[0], ...items, ...prose.slice(1)].join('\n\n'));
    // The same items as a menu, with no paragraph of the article on either side, are not the article's.
    const menu = cleanText([...items, 'Contact', ...prose].join('\n'));
    expect(menu.body).toBe(prose.join('\n\n'));
  });
});

describe('furniture that reads like prose, and its look-alikes in the news', () => {
  it('removes the site describing itself, not a sentence about a source of supply', () => {
    expect(describeLine('The Harbour Gazette is an award-winning independent source of news for the coast.').reason).toBe('about the site');
    expect(describeLine('Norway is the largest source of imported gas for the region, the ministry said.').cls).toBe('good');
  });

  it('removes a disclaimer of an opinion piece, and keeps a sentence about views', () => {
    expect(describeLine('Opinions expressed are solely those of the writer.').reason).toBe('disclaimer');
    expect(describeLine('The views expressed at the meeting were mostly in favour of the new ferry.').cls).toBe('good');
  });

  it('removes a paywall notice and a call for readers’ stories', () => {
    expect(describeLine('You have used all of your free articles.').reason).toBe('subscription prompt');
    expect(describeLine('We’d love to hear from you. Email us at desk@gazette.example.').reason).toBe('contact note');
  });

  it('removes player and site controls only as the whole line', () => {
    for (const line of ['Now playing', 'Up next', 'Comments (4)', 'All times are GMT']) expect(describeLine(line).cls).toBe('bad');
    expect(describeLine('Up next for the council is the budget, which is due in May.').cls).toBe('good');
  });

  it('removes a date stamp in the page’s language only when a date follows the word', () => {
    const de = furnitureOf('de');
    expect(describeLine('Aktualisiert am 3. März 2025, 06:40 Uhr', true, de).reason).toBe('date line');
    expect(describeLine('Veröffentlicht: 03.03.2025', true, de).reason).toBe('date line');
    expect(describeLine('Aktualisiert wurde die Liste der Fähren im März', true, de).cls).not.toBe('bad');
  });
});

describe('credits in brackets or after "via", and date lines of other languages', () => {
  it('removes a caption whose credit stands in brackets or after "via", and keeps an editor’s brackets and a sentence', () => {
    expect(describeLine('Crews on the quay at dawn [Jane Doe/Harbour Agency]').reason).toBe('image caption/credit');
    expect(describeLine('The ferry’s new engine, seen from above via eLabs').reason).toBe('image caption/credit');
    expect(describeLine('He said the board “had no choice [but] to close the quay” before the storm.').cls).toBe('good');
    expect(describeLine('The harbour board sent the figures to reporters via Harbour Agency.').cls).not.toBe('bad');
  });

  it('removes a date line in the page’s language, and keeps a line of figures or a sentence with a month', () => {
    const pt = furnitureOf('pt');
    expect(describeLine('quinta-feira, 6 de março de 2025 às 09:15', true, pt).reason).toBe('date line');
    expect(describeLine('12 3 5 40 17', true, pt).reason).not.toBe('date line');
    expect(describeLine('Em março de 2025 o porto fechou por 3 dias.', true, pt).reason).not.toBe('date line');
  });
});

describe('date stamps that are sentences', () => {
  it('keeps a sentence that opens with a stamp word and a figure', () => {
    const es = furnitureOf('es');
    expect(describeLine('Publicado 2 veces al mes, lo leen en toda la isla.', true, es).reason).not.toBe('date line');
  });
});

describe('a credit on its own line under a caption', () => {
  const prose = [
    'The ferry did not sail on Saturday because the storm over the harbour was still too strong for the crew to leave the quay safely.',
    'The harbour master said the crossing would resume on Monday if the wind dropped, and that passengers would be told by text message.',
  ];
  const caption = 'Waves break over the harbour wall at Solvik during the storm that closed the port for three days';

  it('removes an institution named alone under a caption', () => {
    for (const credit of ['Coastal Survey Institute', 'Department of Harbours and Ports']) {
      const result = cleanText(['Menu', prose[0], caption, caption, credit, prose[1], prose[0]].join('\n'));
      expect(result.body).toBe([prose[0], prose[1], prose[0]].join('\n\n'));
      expect(result.removed).toContainEqual({ text: credit, reason: 'photo credit' });
    }
  });

  it('keeps a subheading under a caption', () => {
    const result = cleanText(['Menu', prose[0], caption, caption, 'Repairs Begin in May', prose[1], prose[0]].join('\n'));
    expect(result.body).toContain('Repairs Begin in May');
  });
});
