/** Numbers that name a fact across outlets: tallies, margins, distinctive amounts (issue 15). Invented sentences. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/index.ts';
import { diffClaims, distinctive, numbersOf, retrievalKeys } from '../../shared/diff/index.ts';
import { contentWords } from '../../shared/diff/normalize.ts';
import { prisonTerms } from '../../shared/diff/quantities.ts';
import type { CorpusClaim } from '../../shared/types.ts';

const stored = (text: string): CorpusClaim[] =>
  extractClaims(text).claims.map((c, i) => ({ ...c, id: `d1-c${i}`, docId: 'd1', sourceKey: 'incoming/c/first.txt', seq: 1 }));
const finding = (earlier: string, later: string) => diffClaims(extractClaims(later).claims, stored(earlier))[0];

describe('numbers that name a fact', () => {
  it('COMPOUND_NUMBER: "forty-six" is compared as 46, as "five" is 5', () => {
    expect(contentWords('forty-six crew and five guards')).toEqual(['46', 'crew', 'and', '5', 'guards']);
    expect(contentWords('a forty-something driver')).toContain('forty-something');
  });
  it('reads the numbers of a text, with thousands separators, not a year as distinctive', () => {
    expect(numbersOf('It cost $312,000, up from 95 in 2017.')).toEqual([312000, 95, 2017]);
    expect([distinctive(432), distinctive(449000), distinctive(200), distinctive(2019), distinctive(6_000_000)]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('corroborates a vote result written in other words or the other way round, never as an update', () => {
    const earlier = 'Councillors rejected the harbour plan, 341 voting against it while 187 voted for it.';
    expect(finding(earlier, 'The harbour plan was defeated by 341 votes to 187 in the council chamber.').type).toBe('corroborated');
    expect(finding(earlier, 'The council threw out the harbour plan by 187 votes to 341 on Tuesday.').type).toBe('corroborated');
  });

  it('reads a margin as the difference of the two figures of a result', () => {
    const f = finding(
      'The harbour plan was defeated by 341 votes to 187 in the council chamber.',
      'The plan was defeated by 154 votes, a record margin for the council chamber.',
    );
    expect(f.type).not.toBe('updated');
  });

  it("reads a margin given by the earlier claim as the difference of the later one's figures", () => {
    const f = finding(
      'The defeat by 154 votes was the worst the council chamber had seen.',
      'The harbour plan was defeated by 187 votes to 341 in the council chamber.',
    );
    expect(f.type).not.toBe('updated');
  });

  it('corroborates one distinctive amount said with other words around it', () => {
    expect(
      finding(
        'The campaign cost the region roughly $387,000, the local paper reported.',
        'The region has paid the design firm nearly $387,000 for the campaign so far.',
      ).type,
    ).toBe('corroborated');
  });

  it('still updates a toll that changed, and files a distinctive number under a retrieval key', () => {
    expect(
      finding('At least 130 people were killed in the floods.', 'At least 152 people were killed in the floods, officials said.').type,
    ).toBe('updated');
    expect(retrievalKeys(extractClaims('The harbour plan was defeated by 341 votes to 187.').claims[0])).toEqual(
      expect.arrayContaining(['n.341', 'n.187']),
    );
  });
});

describe('figures of another place', () => {
  it('does not update a count in one country with a count in another', () => {
    const earlier = 'The chain is trying to sell 200 stores in Canada to a rival, the company said.';
    expect(finding(earlier, 'The chain said 100 stores in Norway would close after it failed to find a buyer there.').type).not.toBe(
      'updated',
    );
    expect(finding(earlier, 'The chain is now trying to sell 240 stores in Canada, the company said.').type).toBe('updated');
  });
});

describe('a changed value is not explained away by chance', () => {
  it('still updates when a small number of the old value appears elsewhere in the sentence', () => {
    const f = finding(
      'The agency put the magnitude at 6.4 and said the epicentre lay 9 kilometres (5 miles) from Tarn.',
      'The agency revised the magnitude to 5.0 overnight, up from its initial reading of 6.4.',
    );
    expect(f.type).toBe('updated');
  });
});

describe('a few quoted words without a speaker (issue 15)', () => {
  it('are a slogan, not an altered quotation', () => {
    const earlier = stored('The province launched a road campaign with the slogan “Slow down, we’re watching.”');
    const later = extractClaims('So many drivers mocked the “We’re Watching” slogan that it trended online all week.').claims;
    expect(diffClaims(later, earlier)[0].type).not.toBe('quote_altered');
  });
});

describe('prison terms name a sentencing (issue 15)', () => {
  it('reads a term next to a word of imprisonment, in digits or words, never an age', () => {
    expect([...prisonTerms('A judge sentenced the banker Ivo Marsh to 85 years in prison on Friday.')]).toEqual(['85 year']);
    expect([...prisonTerms('The court handed down an 85-year prison sentence.')]).toEqual(['85 year']);
    expect([...prisonTerms('The 61-year-old trader was jailed for nine years.')]).toEqual(['9 year']);
    expect([...prisonTerms('The 61-year-old trader spent nine years abroad.')]).toEqual([]);
  });

  it('corroborates one sentencing reported with the same term in other words, not another term', () => {
    const earlier = 'A federal judge sentenced the banker Ivo Marsh to 85 years in prison on Friday for a pension fraud.';
    const same = 'The courtroom cheered as the banker Ivo Marsh received an 85-year prison sentence.';
    expect(finding(earlier, same).type).toBe('corroborated');
    expect(finding(earlier, 'The courtroom cheered as the banker Ivo Marsh received a 20-year prison sentence.').type).toBe('new');
  });

  it('a figure the earlier claim never gave nor named is news, not a corroboration; one it names is not', () => {
    const earlier = 'The grocer Pellmart Foods will close all of its stores in Norway, the company said.';
    expect(finding(earlier, 'Pellmart Foods, which has 4,200 employees in Norway, will close all of its stores there.').type).toBe('new');
    expect(finding(earlier, 'Pellmart Foods will close all of its 48 stores in Norway, the company said.').type).toBe('corroborated');
  });
});

describe('people and a kind of people (issue 15)', () => {
  it('the same count of people and of holidaymakers is one crowd; another value is no update of it', () => {
    const earlier = 'Up to 42,000 British holidaymakers are stranded abroad after the collapse of the airline Skyvale.';
    expect(finding(earlier, 'The collapse of the airline Skyvale has left 42,000 British people stranded abroad.').type).toBe(
      'corroborated',
    );
    expect(finding(earlier, 'The collapse of the airline Skyvale has left 45,000 British people stranded abroad.').type).toBe('new');
  });
});
