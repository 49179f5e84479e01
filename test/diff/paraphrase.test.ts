/** Paraphrases from WordNet (shared/lexicon/wordnet-news.json): the same fact in other words is found and compared. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/index.ts';
import { diffClaims } from '../../shared/diff/index.ts';
import { concept, overlap, shapeOf } from '../../shared/diff/normalize.ts';
import { negates } from '../../shared/diff/changes.ts';
import { PHRASAL_VERBS } from '../../shared/lexicon/english.ts';
import { baseForms, paraphraseOf } from '../../shared/lexicon/wordnet.ts';
import { extractFigures } from '../../shared/claims/figures/index.ts';
import type { Claim, CorpusClaim } from '../../shared/types.ts';

let n = 0;
function claim(text: string, entities: string[]): Claim {
  return {
    id: `new-${++n}`,
    text,
    kind: 'statement',
    speaker: null,
    quote: null,
    figures: extractFigures(text),
    entities,
    negated: /\b(not|never|nobody)\b/i.test(text),
  };
}
function stored(text: string, entities: string[], seq = 1): CorpusClaim {
  return { ...claim(text, entities), id: `old-${seq}-${n}`, docId: `doc${seq}`, sourceKey: `incoming/p/source-${seq}.txt`, seq };
}
const tokens = (text: string) => [...shapeOf({ text, entities: [], negated: false }).tokens].sort();

describe('WordNet lookup', () => {
  it('base forms follow regular inflection, doubled consonants included', () => {
    expect(baseForms('grabbed')).toContain('grab');
    expect(baseForms('injuries')).toContain('injury');
    expect(baseForms('seizing')).toContain('seize');
  });

  it('synonyms in their frequent senses and derivations read as one word', () => {
    expect(paraphraseOf('detonated')).toBe(paraphraseOf('explosion'));
    expect(concept('clutched')).toBe(concept('seized'));
    expect(concept('holidays')).toBe(concept('vacation'));
  });

  it('people are left out: a minister is not a pastor; a noun is not read as a rare verb sense ("state" is not "say")', () => {
    expect(concept('minister')).not.toBe(concept('pastor'));
    expect(concept('state')).not.toBe(concept('said'));
  });

  it("keeps a concept's prefix from taking other words it begins", () => {
    expect(concept('sentenced')).not.toBe(concept('deployed'));
    expect(concept('deadline')).not.toBe(concept('killed'));
    expect(concept('missile')).not.toBe(concept('missing'));
    expect(concept('lawyer')).not.toBe(concept('police'));
    expect(concept('diesel')).not.toBe(concept('died'));
    expect(concept('sent')).toBe(concept('deployed'));
    expect(concept('deadly')).toBe(concept('killed'));
  });

  it('an irregular past form is not read as the lemma it spells ("tests found" is find, not establish)', () => {
    expect(paraphraseOf('found')).toBeNull();
  });

  it('"no one" is "nobody", not a count of one', () => {
    expect(tokens('No one was hurt when the roof of the depot fell in.')).toEqual(
      tokens('Nobody was hurt when the roof of the depot fell in.'),
    );
  });
});

describe('paraphrases in the diff', () => {
  it('corroborated: "detonated" and "exploded" say the same; another verb in the same frame does not', () => {
    const earlier = () => [stored('A bomb exploded in Varnel.', ['Varnel'])];
    expect(diffClaims([claim('A bomb detonated in Varnel.', ['Varnel'])], earlier())[0].type).toBe('corroborated');
    expect(diffClaims([claim('A bomb was defused in Varnel.', ['Varnel'])], earlier())[0].type).toBe('new');
  });

  it('not corroborated when the rest differs: one shared synonym does not make two claims one', () => {
    const f = diffClaims(
      [claim('Customs officers seized forty crates of cigarettes at the Varnel crossing.', ['Varnel'])],
      [stored('The mayor clutched a bouquet at the opening of the Varnel bridge.', ['Varnel'])],
    )[0];
    expect(f.type).toBe('new');
  });

  it('contradiction: a denied proposition is found through a derivation ("a suspect" / "on suspicion of")', () => {
    expect(
      negates(
        'Prosecutors denied that any suspect was detained over the blaze.',
        'A farmer was detained on suspicion of arson near Ostrava.',
      ),
    ).toBe(true);
    expect(
      negates(
        'Prosecutors denied that any journalist was detained over the blaze.',
        'A farmer was detained on suspicion of arson near Ostrava.',
      ),
    ).toBe(false);
  });
});

describe('polarity words', () => {
  it('reads "a motion of no confidence" as a name, not a denial', () => {
    const shape = (text: string) => shapeOf({ text, entities: [], negated: false });
    expect(shape('The opposition filed a motion of no confidence over the mayor’s budget.').negative).toBe(false);
    expect(shape('There was no confidence in the plan among the staff.').negative).toBe(true);
  });
});

describe('many shared words in sentences of different length', () => {
  it('five shared words with half of the smaller claim are one fact; three with under half are not', () => {
    const earlier = stored(
      'Health officials in the region also reported a suspected link between the fever and a rare inflammatory disorder of the liver.',
      [],
    );
    const many = claim('Some doctors fear the fever may cause a rare liver disorder in patients, officials said.', []);
    expect(diffClaims([many], [earlier])[0].type).toBe('corroborated');
    const few = claim('Doctors fear the fever is rare among young patients in the region, a union said.', []);
    expect(diffClaims([few], [earlier])[0].type).toBe('new');
  });
});

describe('one transaction from either side (issue 15)', () => {
  it('selling and finding a buyer are one concept, so the same count of shops is one fact', () => {
    expect(concept('selling')).toBe(concept('buyer'));
    const earlier = stored('The chain is trying to bundle its bakery arm with 140 shops and find a buyer, its chief said.', []);
    const f = diffClaims([claim('It is in talks on selling 140 of those shops.', [])], [earlier])[0];
    expect(f.type).toBe('corroborated');
  });
});

describe('a name read as a word, and hedging adverbs (issue 15)', () => {
  it('a one-word name that opens a sentence still meets the same name recognised elsewhere', () => {
    const a = shapeOf({ text: 'Velkor is being audited by regulators over its pension fund.', entities: [], negated: false });
    const b = shapeOf({ text: 'Regulators began an audit of Velkor and its pension fund.', entities: ['Velkor'], negated: false });
    expect(overlap(a, b).shared).toBe(overlap(b, a).shared);
    expect(overlap(a, b).shared).toBeGreaterThan(overlap(a, { ...b, entities: new Set() }).shared);
  });
  it('"reportedly" and "allegedly" say how a fact is known, not what it is', () => {
    expect(tokens('The mayor reportedly resigned.')).toEqual(tokens('The mayor allegedly resigned.'));
  });
});

describe('urging is asking (REQUEST)', () => {
  it('"urged the board to" and "asked the board for" are one request; "urgent" is not one', () => {
    expect(concept('urged')).toBe('REQUEST');
    expect(concept('urges')).toBe('REQUEST');
    expect(concept('urgent')).not.toBe('REQUEST');
    const f = diffClaims(
      [claim('Unions had asked for a pay rise of four to six per cent.', [])],
      [stored('The union leader Ana Vidal urged the board to grant the pay rise on the table.', ['Ana Vidal'])],
    )[0];
    expect(f.type).toBe('corroborated');
  });
});

describe('words with and without accents (WORDS_WITHOUT_MARKS)', () => {
  const tokens = (text: string) => [...shapeOf({ text, entities: [], negated: false }).tokens].sort();
  it('compares "Jiménez" and "Jimenez", "café" and "cafe" as one word', () => {
    expect(tokens('Jiménez opened the café near the harbour.')).toEqual(tokens('Jimenez opened the cafe near the harbour.'));
  });
  it('still drops an accented name inside a sentence, as an unaccented one is', () => {
    expect(tokens('The court heard lawyers for Śląski Holding on Monday.')).toEqual(
      tokens('The court heard lawyers for Slaski Holding on Monday.'),
    );
  });
});

describe('NO_COMMENT and SAME_SILENCE: keeping silent, in wordings that share no content word', () => {
  const real = (text: string) => extractClaims(text).claims[0];
  const earlier = (text: string): CorpusClaim => ({ ...real(text), docId: 'd1', sourceKey: 'incoming/p/source-1.txt', seq: 1 });

  it('"did not make a statement" reports silence, not a denial', () => {
    expect(real('Ida Holm did not make a statement when the verdict was read.').negated).toBe(false);
    expect(real('Ida Holm did not steal the painting, her lawyer said.').negated).toBe(true);
    for (const silent of ['Ida Holm made no statement in court.', 'Ida Holm could not be reached for comment on Monday.'])
      expect(real(silent).negated, silent).toBe(false);
  });

  it('the same person keeping silent is corroborated; another person, or something else she did, is not', () => {
    const silent = earlier('Ida Holm declined to address the court before the verdict in Orsk.');
    expect(diffClaims([real('Ida Holm did not make a statement when the judge asked her.')], [silent])[0].type).toBe('corroborated');
    expect(diffClaims([real('Per Lund did not make a statement when the judge asked him.')], [silent])[0].type).toBe('new');
    expect(diffClaims([real('Ida Holm has hired a new lawyer for the appeal.')], [silent])[0].type).toBe('new');
  });
});

describe('PHRASAL_VERBS: a verb of several words is read as the one-word verb of the same act', () => {
  for (const { verb, example } of PHRASAL_VERBS) {
    it(`${example[0]} = ${example[1]}`, () => {
      const [phrased, plain] = example.map((text) => shapeOf({ text, entities: [], negated: false }).tokens);
      expect([...phrased].sort(), verb).toEqual([...plain].sort());
    });
  }
});
