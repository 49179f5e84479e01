/** Claim extraction on our own sentences: segmentation, one claim per fact, attribution, quotes, figures, kinds. */
import { describe, expect, it } from 'vitest';
import { doubledQuoteMarks, extractClaims, extractFigures, sentencesOf } from '../../shared/claims/index.ts';

const claimsOf = (body: string) => extractClaims(body).claims;

describe('sentence segmentation', () => {
  it('survives abbreviations, initials, times and closing quotes', () => {
    const text =
      'Mr. Olsen met the U.S. envoy at 3 p.m. on Jan. 4 in Oslo. Secretary Maria K. Lund said "the talks went well." The envoy left.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'Mr. Olsen met the U.S. envoy at 3 p.m. on Jan. 4 in Oslo.',
      'Secretary Maria K. Lund said "the talks went well."',
      'The envoy left.',
    ]);
  });

  it('ends a sentence after a decade or a unit glued to digits, which is no initial', () => {
    expect(sentencesOf('It was the heaviest loss since the 1950s. Within the hour, the coach resigned.').map((s) => s.text)).toEqual([
      'It was the heaviest loss since the 1950s.',
      'Within the hour, the coach resigned.',
    ]);
  });

  it('splits sentences glued without a space after the stop, but not initials, acronyms or file names', () => {
    const text =
      'The dam held on Monday.But by Tuesday the river rose.He said "go home."Then the mayor left.“We will rebuild,” she ' +
      'said. Prices in the U.S.A rose. It runs on Node.js today.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'The dam held on Monday.',
      'But by Tuesday the river rose.',
      'He said "go home."',
      'Then the mayor left.',
      '“We will rebuild,” she said.',
      'Prices in the U.S.A rose.',
      'It runs on Node.js today.',
    ]);
  });
});

describe('claims', () => {
  it('splits a sentence that states two facts, each with its own text', () => {
    const claims = claimsOf(
      'Twenty-six attackers and 18 officers were killed in the raid, and the president blamed foreign fighters for the attack.',
    );
    expect(claims.map((c) => c.text)).toEqual([
      'Twenty-six attackers and 18 officers were killed in the raid',
      'the president blamed foreign fighters for the attack.',
    ]);
    expect(claims[0].kind).toBe('figure');
  });

  it('splits coordinated actions with a shared subject', () => {
    const claims = claimsOf('The city council closed the bridge to traffic and ordered an inspection of the supports.');
    expect(claims.map((c) => c.text)).toEqual(['The city council closed the bridge to traffic', 'ordered an inspection of the supports.']);
  });

  it('makes no claims from headings, teasers or verbless lines', () => {
    expect(claimsOf('Bridge closed after storm damage\n\nMore on this story…\n\nBridge, river, storm, damage.')).toEqual([]);
  });

  it('strips a dateline from the claim text', () => {
    const [c] = claimsOf('RIVERTON (Valley News) - The bridge was closed on Monday after engineers found cracks in two supports.');
    expect(c.text).toBe('The bridge was closed on Monday after engineers found cracks in two supports.');
  });
});

describe('attribution and quotations', () => {
  it('reads "X said", "said X", "according to X" and resolves a surname to the full name', () => {
    const body = [
      'Transport Minister Elena Varga said the bridge would reopen in May.',
      '"We will not take any risks with people\'s safety," Varga told reporters.',
      'The repairs will cost more than expected, according to the Riverton Bridge Authority.',
      'The work is complex, said chief engineer Tomas Holm.',
    ].join('\n\n');
    const claims = claimsOf(body);
    expect(claims.map((c) => c.speaker)).toEqual(['Elena Varga', 'Elena Varga', 'Riverton Bridge Authority', 'Tomas Holm']);
    expect(claims[1]).toMatchObject({ kind: 'quote', quote: "We will not take any risks with people's safety" });
  });

  it('joins a quotation split by its attribution and continues the speaker into the next quoted sentence', () => {
    const body = '“The bridge is safe,” Varga said, “but it needs work.” “We will start in spring.”';
    const claims = claimsOf(`Transport Minister Elena Varga visited the site on Monday. ${body}`);
    const quote = claims.find((c) => c.quote?.startsWith('The bridge is safe'));
    expect(quote?.quote).toBe('The bridge is safe … but it needs work');
    expect(quote?.speaker).toBe('Elena Varga');
    expect(claims.find((c) => c.quote === 'We will start in spring')?.speaker).toBe('Elena Varga');
  });

  it('resolves "he tweeted" to the last named speaker', () => {
    const claims = claimsOf('Mayor Jonas Berg described the decision as “overdue.” “The town has waited long enough,” he tweeted.');
    expect(claims.map((c) => c.speaker)).toEqual(['Jonas Berg', 'Jonas Berg']);
  });

  it('does not take the audience or the platform for the speaker', () => {
    const [c] = claimsOf('Officials told The Riverton Herald that dozens of homes were flooded.');
    expect(c.speaker).toBeNull();
  });

  it('learns a speaker\'s gender from the pronoun that named her, so a later "he" goes to the man named just before', () => {
    const body =
      'Judge Marta Ellison told Tomas Brandt during the hearing: "It was my duty to hear them all."\n\nShe told the ' +
      'defendant: "You have not faced what you did.\n\nAfter two days of testimony from Brandt\'s former patients, he was ' +
      'given time to address the court.\n\n"Nothing I say can undo the harm I caused to all of you," he told the courtroom.';
    expect(claimsOf(body).map((c) => c.speaker)).toEqual(['Marta Ellison', 'Marta Ellison', null, 'Tomas Brandt']);
  });

  it('keeps sentences whose verb is a negated contraction or follows an opening pronoun', () => {
    expect(claimsOf('The mill opened in 1950 in Tarn. It currently employs about 1,200 people.').map((c) => c.text)).toContain(
      'It currently employs about 1,200 people.',
    );
    expect(claimsOf("The judge spoke last.\n\nI wouldn't trust you with my dogs, sir.").map((c) => c.text)).toContain(
      "I wouldn't trust you with my dogs, sir.",
    );
  });

  it('reads "failing to" as a negation, as "failed to" is', () => {
    expect(claimsOf('The mill said it will shut all its plants after failing to find a partner.')[0].negated).toBe(true);
  });

  it('marks negated statements', () => {
    expect(claimsOf('The company denied that any warning was issued before the flood.')[0].negated).toBe(true);
    expect(claimsOf('The company said a warning was issued before the flood.')[0].negated).toBe(false);
    expect(claimsOf('No one has claimed responsibility for the depot fire.')[0].negated).toBe(true);
  });

  it('HEADLINE_PERSON: a pronoun before the body names anyone is the one person the headline names', () => {
    const body =
      'She said on Monday that the city would rebuild the quay within a year.\n\n' +
      '“We will not leave the harbour in ruins,” she told reporters.\n\nDahl met the harbour board on Tuesday.';
    const speakers = (title?: string) => extractClaims(body, { title }).claims.map((c) => c.speaker);
    expect(speakers('Harbour fire: Mayor Lena Dahl vows to rebuild the quay')).toEqual(['Dahl', 'Dahl', null]);
    expect(speakers('Harbour fire: the city vows to rebuild the quay')).toEqual([null, null, null]);
  });

  it('QUOTED_ASIDE: a few unattributed quoted words inside a figure sentence leave it a figure claim', () => {
    const [aside] = claimsOf("The 90-metre-tall tower of Varnold Abbey fell into the river to cries of 'Oh my God' from the crowd.");
    expect(aside.kind).toBe('figure');
    const [quoted] = claimsOf("Abbot Pell said 'we lost 90 metres of wall' on Monday.");
    expect(quoted.kind).toBe('quote');
  });

  it('reads a contraction\'s "n\'t" as a negation ("didn\'t", "wasn\'t", "can\'t")', () => {
    expect(claimsOf("The dam wasn't inspected after the 2019 floods.")[0].negated).toBe(true);
    expect(claimsOf('Marta Ellison said she didn’t know how many workers were trapped.')[0].negated).toBe(true);
  });

  it('RELATIVE_NEGATION: a "not" in a clause describing a noun is not the claim\'s; after "said that" it is', () => {
    const negated = (s: string) => claimsOf(s)[0].negated;
    expect(negated('About 35 people were rescued from the wing of the hotel that did not collapse.')).toBe(false);
    expect(negated('Twelve passengers who had not been accounted for were found safe in Tarn.')).toBe(false);
    expect(negated('The ferry operator, which did not reply to questions, cancelled 40 sailings.')).toBe(false);
    expect(negated('The harbour master said that the ferry did not sink.')).toBe(true);
    expect(negated('The mayor told reporters that the dam had not been inspected since 2018.')).toBe(true);
  });
});

describe('figures', () => {
  const fig = (s: string) =>
    extractFigures(s).map((f) => ({
      value: f.value,
      about: f.about,
      qualifier: f.qualifier ?? null,
      unit: f.unit,
      range: f.range ?? null,
    }));

  it('reads value, qualifier and what is counted', () => {
    expect(fig('At least 14 border guards were killed overnight.')).toEqual([
      { value: 14, about: 'border guards killed', qualifier: 'at least', unit: null, range: [14, Number.MAX_SAFE_INTEGER] },
    ]);
    expect(fig('Some 140 were reported injured in the riots.')[0]).toMatchObject({
      value: 140,
      about: 'people injured',
      qualifier: 'some',
    });
    expect(fig('Police said the marchers, estimated to be 4,000, refused to leave.')[0]).toMatchObject({
      value: 4000,
      about: 'marchers',
    });
    expect(fig('The death toll rose to 17 on Friday.')[0]).toMatchObject({ value: 17, about: 'people killed' });
  });

  it('reads number words, money and percentages', () => {
    expect(fig('Two thousand troops were deployed to the border.')[0]).toMatchObject({ value: 2000, about: 'troops deployed' });
    expect(fig('The repairs will cost $4.5 million.')[0]).toMatchObject({ value: 4_500_000, unit: 'USD' });
    expect(fig('Turnout fell to 41 percent of voters.')[0]).toMatchObject({ value: 41, unit: '%' });
  });

  it('keeps vague quantities as ranges, never false precision', () => {
    expect(fig('Dozens of protesters were arrested.')[0]).toMatchObject({
      value: 24,
      range: [24, 99],
      qualifier: 'dozens',
      about: 'protesters arrested',
    });
    expect(fig('Thousands of people marched through the city.')[0].range).toEqual([2000, 9999]);
  });

  it('reads multipliers', () => {
    expect(extractFigures('Protests began after a twofold increase in fuel prices.')[0]).toMatchObject({
      value: 2,
      multiplier: true,
      about: 'fuel prices increase',
    });
    expect(extractFigures('Fuel prices doubled in January.')[0]).toMatchObject({
      value: 2,
      multiplier: true,
      about: 'fuel prices increase',
    });
  });

  it('does not take years, dates, times, ages or durations for figures', () => {
    expect(
      fig('On January 4, 2022 at 10:30 the 45-year-old mayor, who has ruled for three decades since 1991, spoke for 20 minutes.'),
    ).toEqual([]);
  });
});

describe('entities in one document', () => {
  it('splits titles off, keeps roles, and joins surname-only mentions to the full name', () => {
    const { entities } = extractClaims(
      'Secretary of State Antonia R. Blake met Foreign Minister Arman Seitkali in Astana on Monday. Blake said the talks were ' +
        'useful. Mr. Seitkali agreed that the talks had been useful.',
    );
    const blake = entities.find((e) => e.name === 'Antonia R. Blake');
    expect(blake).toMatchObject({ kind: 'person', roles: ['secretary of state'] });
    expect(blake?.variants).toContain('Blake');
    expect(entities.find((e) => e.name === 'Arman Seitkali')?.variants).toContain('Seitkali');
    expect(entities.find((e) => e.name === 'Astana')?.kind).toBe('place');
  });

  it('recognises organisations by their heads and acronyms', () => {
    const { entities } = extractClaims('The Regional Water Authority said the NATO exercise was postponed by the Defence Ministry.');
    expect(
      entities
        .filter((e) => e.kind === 'organization')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Defence Ministry', 'NATO', 'Regional Water Authority']);
  });
});

describe('news text edge cases', () => {
  it('keeps a quotation spanning two sentences as one quote claim with its speaker and exact words', () => {
    const claims = claimsOf(
      'Harbour Master Ingrid T. Solvang visited the pier.\n\n"We will rebuild the pier. It will take months," Solvang told reporters.',
    );
    const quote = claims.find((c) => c.kind === 'quote');
    expect(quote).toMatchObject({ speaker: 'Ingrid T. Solvang', quote: 'We will rebuild the pier. It will take months' });
    expect(claims.filter((c) => c.kind === 'quote')).toHaveLength(1);
  });

  it('does not let an unclosed quotation swallow the rest of the paragraph', () => {
    const s = sentencesOf('"The storm came fast. We had no warning. The boats were lost. Nobody expected it. The town is in shock.');
    expect(s.length).toBe(5);
  });

  it('continues the speaker into a next paragraph that is all quotation', () => {
    const claims = claimsOf(
      '"We had no warning at all," harbour master Ingrid Solvang said.\n\n"The boats were lost within the hour."\n\nThe pier ' +
        'reopened on Friday.',
    );
    expect(claims.map((c) => c.speaker)).toEqual(['Ingrid Solvang', 'Ingrid Solvang', null]);
    // Not after a paragraph that quoted nobody.
    expect(claimsOf('The pier closed on Monday morning.\n\n"The boats were lost within the hour."')[1].speaker).toBe(null);
  });

  it('reads the speaker after "said" past capitalised words of a title', () => {
    const [claim] = claimsOf(
      '"The pier will reopen soon," said Coast Guard officer Captain Ingrid Solvang on Friday, according to Harbour News.',
    );
    expect(claim.speaker).toBe('Ingrid Solvang');
  });

  it('keeps a quotation the writer cut short with an ellipsis, but not a teaser line', () => {
    expect(claimsOf('A wire report had said, "The image of the lifeboat became a symbol of hope for the crews…"')).toHaveLength(1);
    expect(claimsOf('Read more: the crews worked through the night to save the harbour…')).toHaveLength(0);
  });

  it('does not end a sentence at dotted initials that are not a known abbreviation', () => {
    expect(sentencesOf('The suit was filed by T.K. Morrow of Leeds. He said it was fair.').map((s) => s.text)).toEqual([
      'The suit was filed by T.K. Morrow of Leeds.',
      'He said it was fair.',
    ]);
    // A typical sentence opener after a dotted acronym still starts a sentence.
    expect(sentencesOf('She moved to the U.K. She said it was hard.')).toHaveLength(2);
  });

  it('reads an attributed quotation left open at the paragraph end as running to that end', () => {
    const claims = claimsOf(
      'The harbour master, Ingrid Solvang, said: “We will rebuild the pier. It will take months.\n\nThe pier closed.',
    );
    expect(claims[0]).toMatchObject({ kind: 'quote', speaker: 'Ingrid Solvang', quote: 'We will rebuild the pier. It will take months' });
    // Without an attribution before the mark, or with another mark after it, the sentences stay apart.
    expect(sentencesOf('Crews worked through the night. “The storm came fast. We had no warning.')).toHaveLength(3);
    expect(sentencesOf('Solvang said: "The storm came fast. The "Sea Star" sank at dawn.')).toHaveLength(2);
  });

  it('splits two counted outcomes with their own subjects, but not a list of counts with one verb', () => {
    expect(claimsOf('About two dozen people were injured and thousands fled the town.').map((c) => c.text)).toEqual([
      'About two dozen people were injured',
      'thousands fled the town.',
    ]);
    const [one, ...rest] = claimsOf(
      'The mayor said on Tuesday that 26 attackers and 18 officers were killed, and the governor blamed smugglers.',
    );
    expect(one.figures.map((f) => f.about)).toEqual(['attackers killed', 'officers killed']);
    expect(rest.map((c) => c.text)).toEqual(['the governor blamed smugglers.']);
  });

  it('keeps a gapped passive whole: "N were killed and M wounded" is one statement of two counts', () => {
    const claims = claimsOf('A fire officer said at least 40 people were killed and 120 wounded in the depot blasts.');
    expect(claims.map((c) => c.text)).toEqual(['A fire officer said at least 40 people were killed and 120 wounded in the depot blasts.']);
    expect(claims[0].figures.map((f) => f.value)).toEqual([40, 120]);
    // A count with a verb of its own that is no outcome participle is still a clause of its own.
    expect(claimsOf('Nine people were hurt and hundreds fled the blaze.').map((c) => c.text)).toHaveLength(2);
  });

  it('gives a later clause with a subject of its own no inherited speaker', () => {
    const claims = claimsOf('Harbour Master Ingrid Solvang said the pier was unsafe, and the governor blamed the storm.');
    expect(claims.map((c) => c.speaker)).toEqual(['Ingrid Solvang', null]);
  });

  it('resolves "the minister later tweeted" to the named minister, but not "he added" after an agency spoke', () => {
    const claims = claimsOf(
      'Harbour Minister Ingrid Solvang visited the pier on Monday. The minister later tweeted that the inquiry was "moving ' +
        'fast."\n\nIn a statement, the Riverton Port Authority said the pier was unsafe. He added that repairs would begin soon.',
    );
    expect(claims.map((c) => c.speaker)).toEqual([null, 'Ingrid Solvang', 'Riverton Port Authority', null]);
    expect(claims[1].quote).toBe('moving fast');
  });

  it('reads bulleted lines with a verb as claims, and skips title-case link labels', () => {
    const claims = claimsOf(
      'Officials listed the measures:\n- Police closed the main square\n- Schools were shut for a week\n- Read Our Latest Coverage Here',
    );
    expect(claims.map((c) => c.text)).toEqual(['Police closed the main square', 'Schools were shut for a week']);
  });

  it('reads "lies", "sits", "stands" as verbs: where a place is makes a claim', () => {
    expect(claimsOf('The hamlet of Orsk lies some 40 km east of the border.').map((c) => c.text)).toEqual([
      'The hamlet of Orsk lies some 40 km east of the border.',
    ]);
  });

  it('LIST_LINE_WITHOUT_MARKER: reads a run of unended lines (a list that lost its bullets) as list items', () => {
    const claims = claimsOf(
      'The airline gave the nationalities on board:\n\n14 passengers were Norwegian\n\n' +
        '6 passengers were Danish\n\nThe pilot was flown home.',
    );
    expect(claims.map((c) => c.text)).toEqual(['14 passengers were Norwegian', '6 passengers were Danish', 'The pilot was flown home.']);
    // One unended line between sentences is a heading, not a list.
    expect(claimsOf('The pilot was flown home.\n\nWhat the crew were told\n\nThe crew were told to wait.').map((c) => c.text)).toEqual([
      'The pilot was flown home.',
      'The crew were told to wait.',
    ]);
  });

  it('splits a second reported statement off a quote, with the same speaker and its own negation', () => {
    const claims = claimsOf('Envoy Pierre Lamont said the talks were "frank and useful" but that his country did not plan sanctions.');
    expect(claims.map((c) => [c.text, c.kind, c.speaker, c.quote, c.negated])).toEqual([
      ['Envoy Pierre Lamont said the talks were "frank and useful"', 'quote', 'Pierre Lamont', 'frank and useful', false],
      ['his country did not plan sanctions.', 'statement', 'Pierre Lamont', null, true],
    ]);
    const [quote, added] = claimsOf('“We will rebuild,” Mayor Kari Lind said, adding that the storm was the worst in memory.');
    expect([quote.quote, added.text, added.speaker]).toEqual(['We will rebuild', 'the storm was the worst in memory.', 'Kari Lind']);
  });

  it('marks a quote claim negated when its own narrative is negated', () => {
    expect(claimsOf('Lamont did not say the talks were "frank and useful" on Monday.')[0].negated).toBe(true);
  });
});

describe('figures: more shapes', () => {
  it('multiplies "two dozen" and keeps the qualifier as a range', () => {
    expect(extractFigures('About two dozen people were injured.')[0]).toMatchObject({
      value: 24,
      about: 'people injured',
      qualifier: 'about',
      range: [21, 27],
    });
  });

  it('ends the counted noun at its verb', () => {
    expect(extractFigures('Thousands fled the town overnight.')[0]).toMatchObject({ about: 'people evacuated', range: [2000, 9999] });
    expect(extractFigures('Thirteen security personnel died in the clashes.')[0]).toMatchObject({
      value: 13,
      about: 'security personnel killed',
    });
  });

  it('reads multipliers after a light verb, in reading order', () => {
    const figures = extractFigures('Prices doubled in a week and fuel costs saw a threefold rise.');
    expect(figures.map((f) => [f.value, f.about, f.multiplier])).toEqual([
      [2, 'prices increase', true],
      [3, 'fuel costs increase', true],
    ]);
  });

  it('names what a percentage is of, without trailing function words', () => {
    expect(extractFigures('Officials said more than 40% of the fleet and most of the cargo were lost.')[0]).toMatchObject({
      value: 40,
      unit: '%',
      about: 'fleet',
      qualifier: 'more than',
    });
  });

  it('does not count inside a quote mark ending the noun', () => {
    expect(extractFigures('“We lost three boats,” Mayor Kari Lind said.')[0]).toMatchObject({ value: 3, about: 'boats' });
  });
});

describe('names that are not people, and numbers that are not figures', () => {
  it('does not take laws, events, shouted words or party groups for people, and drops a party word before a name', () => {
    const { entities } = extractClaims(
      'The Harbour Safety Act passed after Founders Day, and Riverton Greens said GET OUT was a slogan. Valley Democrats ' +
        'backed Conservative Eva Marsh Lund on Monday.',
    );
    const people = entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toEqual(['Eva Marsh Lund']);
    expect(entities.find((e) => e.name === 'Valley Democrats')?.kind).toBe('organization');
  });

  it('reads no figure from "no one", frequencies or adverbs after a number', () => {
    expect(extractFigures('No one campaigned on the issue, although voters went to the polls three times this month.')).toEqual([]);
    expect(extractFigures('The number of ferries will grow from 12 now to as many as 40.').map((f) => f.about)).not.toContain('currently');
  });
});

describe('speakers in apposition and surnames named only as speakers', () => {
  it('reads "X, the head of the unit, said" and joins the surname to the full name', () => {
    const { claims, entities } = extractClaims(
      'Northwind Ferries Co. executive Tomas Halvorsen said demand had surprised the company.\n\n“We had some issues,” ' +
        'Halvorsen, the head of the ferry unit, said at a conference on Tuesday.',
    );
    expect(claims.map((c) => c.speaker)).toEqual(['Tomas Halvorsen', 'Tomas Halvorsen']);
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Tomas Halvorsen']);
    expect(entities.find((e) => e.name === 'Northwind Ferries Co')?.kind).toBe('organization');
  });

  it('does not make "Others" a speaker', () => {
    expect(claimsOf('Others reported being logged off the service on Tuesday.')[0].speaker).toBeNull();
  });
});

describe('numbers that describe or name rather than count', () => {
  it('skips compound modifiers, model names and ratios, but keeps "-strong" forces and counts after a dotted acronym', () => {
    expect(extractFigures('The 16-inch screen ended a three-game streak after a two-day trial.')).toEqual([]);
    expect(extractFigures('The Series 5 watch and the Harbour 500 index were mentioned.')).toEqual([]);
    expect(extractFigures('Eight out of ten ferries were late.')).toEqual([]);
    expect(extractFigures('A 2,000-strong force was deployed.')[0]).toMatchObject({ value: 2000 });
    expect(extractFigures('Some 250 U.S. military personnel remain at the base.')[0]).toMatchObject({
      value: 250,
      about: 'u.s. personnel', // a country's initials are the count's nationality (NATIONAL_ACRONYM)
      qualifier: 'some',
    });
  });
});

describe('attribution in wire copy', () => {
  const speakers = (body: string) => claimsOf(body).map((c) => c.speaker);

  it('reads a speaker set off by a relative clause, an age, dashes or an affiliation', () => {
    expect(
      speakers('Interior Minister Hana Vesely, who flew to the coast on Monday, vowed: "No family will be left without a roof."'),
    ).toEqual(['Hana Vesely']);
    expect(speakers('Tomas Berger, 58, said the water had reached the second floor within minutes.')).toEqual(['Tomas Berger']);
    expect(speakers('General Ivo Maric – no relation to the mayor – told soldiers: “We hold the bridge until relieved.”')).toEqual([
      'Ivo Maric',
    ]);
    expect(
      speakers('Lena Stark, a seismologist at the Northern Seismic Institute in Vardo, said aftershocks would continue for weeks.'),
    ).toEqual(['Lena Stark']);
  });

  it('never makes a place, or the subject of a reported clause, the speaker', () => {
    expect(speakers('In Valmora, the chief negotiator, Petr Dusek, said his team would travel on Sunday.')).toEqual(['Petr Dusek']);
    expect(speakers('The minister accused the rebels of stalling, and said Arvania had documented every violation.')[1]).not.toBe(
      'Arvania',
    );
    expect(speakers('Karel Hruby, head of the port authority, said the Kestrel Bay terminal had been inspected.')).toEqual(['Karel Hruby']);
  });

  it('gives each clause its own attribution', () => {
    const claims = claimsOf(
      'Poland and Chile have sent rescue teams to the region, according to the Foreign Ministry, and the Red Cross said it ' +
        'had flown in tents.',
    );
    expect(claims.map((c) => c.speaker)).toEqual(['Foreign Ministry', 'Red Cross']);
  });

  it('reads the subject before a colon as the speaker of the quotation after it', () => {
    const claims = claimsOf(
      'Foreign Minister Anton Weiss spoke on Friday.\n\nAsked about the border, Weiss was blunt: "Not one village will be ' +
        'given up at the table."',
    );
    expect(claims[1].speaker).toBe('Anton Weiss');
  });

  it('splits a reported statement after a quotation ("…, noting that …") into its own claim', () => {
    const claims = claimsOf(
      '"We have sent every doctor we have," the minister added, noting that 300 nurses were now working in the province.',
    );
    expect(claims).toHaveLength(2);
    expect(claims[0].quote).toBe('We have sent every doctor we have');
    expect(claims[1].text).toMatch(/^300 nurses were now working/);
  });
});

describe('pronouns and gender', () => {
  it('"she said" after a man spoke goes to the last woman who spoke, when the text gives their genders', () => {
    const body =
      'Ms Ilse Berg, the mayor, said the shelters were full.\n\nMr Anton Weiss, the governor, said more tents would arrive on ' +
      'Friday.\n\n“We need blankets more than anything,” she said.';
    expect(extractClaims(body).claims.map((c) => c.speaker)).toEqual(['Ilse Berg', 'Anton Weiss', 'Ilse Berg']);
  });
});

describe('reported statements after an attributed quotation', () => {
  it('splits ", adding that …" after the quote its attribution closes, even when the addition quotes a phrase', () => {
    const claims = claimsOf(
      '“We had to open the gates because the wall was at risk,” the engineer Tove Lind said, adding that the dam could have ' +
        'failed “within hours”.',
    );
    expect(claims).toHaveLength(2);
    expect(claims[0].quote).toBe('We had to open the gates because the wall was at risk');
    expect(claims[1].text).toMatch(/^the dam could have failed/);
  });

  it('a "not" inside the quoted phrase of reported speech leaves the claim positive', () => {
    const claims = claimsOf(
      'Union leader Ewa Nowicka said the members wanted higher pay and shorter shifts, calling the demands “not a wish list ' +
        'but a minimum”.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0].quote).toBe('not a wish list but a minimum');
    expect(claims[0].negated).toBe(false);
    expect(claimsOf('“We will not sign this deal,” Ewa Nowicka said.')[0].negated).toBe(true);
  });
});

describe('a pronoun after a sentence about a person', () => {
  it('"he told analysts" after a sentence whose subject is the chief executive is his', () => {
    const body =
      'The agency said its investigation would take weeks.\n\nRui M. Matos, the chief executive, struck a more cautious ' +
      'tone.\n\n“Our engineers are working day and night,” he told analysts on a call.';
    const claims = claimsOf(body);
    expect(claims[1].speaker).toBeNull(); // a sentence about him is not his statement
    expect(claims[2].speaker).toBe('Rui M. Matos');
  });
});

describe('single quotation marks and lower-case roles', () => {
  it('reads a quotation in single curly marks, not an apostrophe', () => {
    const [c] = claimsOf(
      'Posted by her party, the video shows Ilse Berg repeating: ‘This vote was stolen from us and we will not accept it.’',
    );
    expect(c.quote).toBe('This vote was stolen from us and we will not accept it.'.replace(/\.$/, ''));
    expect(claimsOf('The party’s leader said the vote was stolen from the people.')[0].quote).toBeNull();
  });

  it('reads over a plural possessive inside single marks (PLURAL_POSSESSIVE)', () => {
    const [c] = claimsOf('The minister said: ‘That is a lot of farmers’ money and it must be paid back within the year.’');
    expect(c.quote).toBe('That is a lot of farmers’ money and it must be paid back within the year');
    const [d] = claimsOf('Council leader Ana Vik called the plan ‘a gift to the developers’ in a speech on Monday.');
    expect(d.quote).toBe('a gift to the developers');
  });

  it('STRAIGHT_SINGLE_QUOTES: reads a quotation in straight single marks, attributed like a double-quoted one', () => {
    const [c] = claimsOf("Harbour master Lene Aasgaard said 'the worst of the storm is over' after the tide turned.");
    expect(c.quote).toBe('the worst of the storm is over');
    expect(c.speaker).toBe('Lene Aasgaard');
    const [d] = claimsOf("'We will open the quay again by Friday,' Lene Aasgaard told reporters.");
    expect(d.quote).toBe('We will open the quay again by Friday');
    expect(d.speaker).toBe('Lene Aasgaard');
    // Two quotations in one sentence, the first a single word.
    const [e] = claimsOf("Lene Aasgaard praised the 'grit' of the pilots, saying 'nobody slept for three nights'.");
    expect(e.quote).toBe('grit … nobody slept for three nights');
  });

  it('STRAIGHT_SINGLE_QUOTES: a quotation in single marks that runs over two sentences stays one quote claim', () => {
    const body = "Lene Aasgaard toured the quay on Monday. 'We will open it again. The pilots need it,' Aasgaard said.";
    const quoted = claimsOf(body).filter((c) => c.quote);
    expect(quoted.map((c) => [c.quote, c.speaker])).toEqual([['We will open it again. The pilots need it', 'Lene Aasgaard']]);
    const curly = claimsOf('Lene Aasgaard said: ‘We will open it again. The pilots need it.’').filter((c) => c.quote);
    expect(curly.map((c) => [c.quote, c.speaker])).toEqual([['We will open it again. The pilots need it', 'Lene Aasgaard']]);
    // Apostrophes do not join sentences: a plural possessive, a decade, an elision.
    expect(
      claimsOf("The pilots' boats were lost at sea. The harbour office said the '80s quay held. Rock 'n' roll played on."),
    ).toHaveLength(3);
  });

  it('SAYING_SUBJECT: the subject of a clause speaks the quotation after ", saying", named or a pronoun, in any marks', () => {
    const speakerOf = (body: string) =>
      claimsOf(body)
        .filter((c) => c.quote)
        .map((c) => [c.quote, c.speaker]);
    expect(speakerOf("Lene Aasgaard praised the pilots, saying 'nobody slept for three nights'.")).toEqual([
      ['nobody slept for three nights', 'Lene Aasgaard'],
    ]);
    expect(speakerOf('Lene Aasgaard toured the quay. She thanked the pilots, saying “nobody slept for three nights”.')).toEqual([
      ['nobody slept for three nights', 'Lene Aasgaard'],
    ]);
    expect(speakerOf("Lene Aasgaard was blunt: 'We'll open the quay again by Friday.'")).toEqual([
      ["We'll open the quay again by Friday", 'Lene Aasgaard'],
    ]);
  });

  it('HEADLINE_QUOTE: a headline opening with a quotation is the quotation of the person it names ("X\'s vow", "says X")', () => {
    const body = 'Lene Aasgaard, the harbour master, said on Monday the quay would reopen.\n\n“We will open it again,” she said.';
    const headlineOf = (title: string) => extractClaims(body, { title }).claims.find((c) => c.text === title);
    expect(headlineOf("'We'll open the quay by Friday:' Aasgaard's vow after the storm")).toMatchObject({
      kind: 'quote',
      speaker: 'Lene Aasgaard',
      quote: "We'll open the quay by Friday",
    });
    expect(headlineOf('"Nobody slept for three nights," says Aasgaard')?.speaker).toBe('Lene Aasgaard');
    // A quoted word or phrase that nobody is named saying is a headline's scare quote, no claim.
    expect(headlineOf("'Heartbreaking' scenes as the quay is swept away")).toBeUndefined();
    expect(headlineOf("'We'll open the quay' as crowds gather")).toBeUndefined();
  });

  it('STRAIGHT_SINGLE_QUOTES: apostrophes are no quotation marks', () => {
    for (const text of [
      "The pilots' boats don't leave before dawn, the harbour office said on Monday.",
      "Aasgaard's crews have repaired the quay of the '80s with rock 'n' roll on the radio.",
      "The fishermen's nets and the pilots' ropes were lost in the storm, officials said.",
    ])
      expect(claimsOf(text)[0].quote, text).toBeNull();
  });

  it('a role in lower case right before a name is that person\'s role, so "the mayor said" finds them', () => {
    const body =
      'Fire spokesman Anton Weiss said the wind had dropped.\n\nIn the village, mayor Ilse Weiss, no relation to the ' +
      'spokesman, walked through the ruins.\n\n“Every family will be housed by winter,” the mayor said.';
    expect(claimsOf(body).map((c) => c.speaker)).toEqual(['Anton Weiss', null, 'Ilse Weiss']);
  });
});

describe('questions (issue 15)', () => {
  it('makes no claim of the writer’s own question, but keeps a quoted one', () => {
    const texts = extractClaims(
      'What happens now that the harbour board has voted to close the pier?\n\n“Why would we close the pier now?” the mayor ' +
        'asked reporters on Monday.',
    ).claims.map((c) => c.text);
    expect(texts.some((t) => t.startsWith('What happens now'))).toBe(false);
    expect(texts.some((t) => t.includes('Why would we close the pier now'))).toBe(true);
  });
});

describe('doubled quotation marks (typewriter and TeX style)', () => {
  it("reads '' and `` as one double quotation mark, so the quotation ends where its writer ended it", () => {
    const text = "The yard owner said he had \"no choice but to sell the yard to a rival'' after the talks with the union failed.";
    const [claim] = extractClaims(text).claims;
    expect(claim.quote).toBe('no choice but to sell the yard to a rival');
    const tex = "The mayor called the plan ``a fair deal for the harbour'' on Monday.";
    expect(extractClaims(tex).claims[0].quote).toBe('a fair deal for the harbour');
    // A lone apostrophe is an apostrophe: "rock 'n' roll" and the harbour's boats keep theirs.
    expect(doubledQuoteMarks("The harbour's rock 'n' roll night")).toBe("The harbour's rock 'n' roll night");
  });
});

describe('TITLE_DATELINE', () => {
  it('"Varnholt (AFP/Reuters):" before the lead is a dateline, not part of the claim', () => {
    const { claims } = extractClaims('Varnholt (AFP/Reuters): The toll in the terminal fire has risen to 45, police said on Wednesday.');
    expect(claims[0].text.startsWith('The toll in the terminal fire')).toBe(true);
  });
});
