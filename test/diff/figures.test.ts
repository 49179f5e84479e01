/** Figure comparison on our own sentences: which figures measure the same quantity, when values agree, and the update. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../shared/claims/figures/index.ts';
import { extractClaims } from '../../shared/claims/index.ts';
import { diffClaims, figureUpdateSuperseded, placesDiffer, retrievalKeys, sameQuantity, valuesAgree } from '../../shared/diff/index.ts';
import { formatFigure } from '../../shared/diff/quantities.ts';
import type { Claim, CorpusClaim, Figure } from '../../shared/types.ts';

let n = 0;
function claim(text: string, entities: string[] = ['Ravena']): Claim {
  return { id: `new-${++n}`, text, kind: 'figure', speaker: null, quote: null, figures: extractFigures(text), entities, negated: false };
}
function stored(text: string, seq: number, entities: string[] = ['Ravena']): CorpusClaim {
  return { ...claim(text, entities), id: `old-${seq}-${n}`, docId: `doc${seq}`, sourceKey: `incoming/c/source-${seq}.txt`, seq };
}
const one = (c: Claim, corpus: CorpusClaim[]) => diffClaims([c], corpus)[0];
const fig = (s: string, i = 0) => extractFigures(s)[i];

describe('updates of the same quantity, however it is written', () => {
  it('a toll written as a subject ("the death toll rose to") updates one written after a verb ("killing at least")', () => {
    const f = one(claim('The death toll from the landslide in Ravena rose to 41 on Wednesday.'), [
      stored('A landslide hit Ravena on Tuesday, killing at least 23 people and injuring more than 150.', 1),
    ]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toBe('people killed: at least 23 → 41 (source-1.txt)');
  });

  it('a toll in other words ("have lost their lives", "confirmed dead") is compared even when few words are shared', () => {
    const f = one(claim('At least 60 people are now confirmed dead.', []), [
      stored('Forty-one people have lost their lives in the storm that hit the coast on Monday.', 1, []),
    ]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toBe('people killed: 41 → at least 60 (source-1.txt)');
  });

  it('REMAINS_AS_BODIES: remains found corroborate bodies found, and update a count of bodies', () => {
    const same = one(claim('Six new sets of human remains were found in the quarry on Sunday.', []), [
      stored('Six more bodies were found in the quarry on Sunday.', 1, []),
    ]);
    expect(same.type).toBe('corroborated');
    const more = one(claim('Divers have now recovered the remains of 14 people from the quarry.', []), [
      stored('Divers have now recovered nine bodies from the quarry.', 1, []),
    ]);
    expect(more.type).toBe('updated');
    expect(more.explanation).toBe('bodies: 9 → 14 (source-1.txt)');
    // Few words besides: the remains of people are bodies in the words compared too.
    const few = one(claim('The remains of 12 people were recovered on Monday.', []), [
      stored('Twelve bodies were recovered on Monday.', 1, []),
    ]);
    expect(few.type).toBe('corroborated');
  });

  it('a specific counted noun in other words ("rescue workers", "rescue personnel") is compared too', () => {
    const f = one(claim('The number of rescue personnel on the island more than doubled over the week, to about 2,100.', []), [
      stored('By noon, more than 900 rescue workers had reached the coast.', 1, []),
    ]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toBe('rescue personnel: more than 900 → about 2,100 (source-1.txt)');
    // Two claims that merely share a word and count people are not on the same subject.
    expect(
      one(claim('About 2,100 people attended the concert on the island.', []), [
        stored('More than 900 people attended the island fair by noon.', 1, []),
      ]).type,
    ).not.toBe('updated');
  });

  it('an injury count coordinated after a death toll is compared with injuries, not deaths', () => {
    const f = one(claim('Nearly 400 people were injured in Ravena, the ministry said.'), [
      stored('A landslide hit Ravena on Tuesday, killing at least 23 people and injuring more than 150.', 1),
    ]);
    expect(f.explanation).toBe('people injured: more than 150 → nearly 400 (source-1.txt)');
  });

  it('a magnitude revision "to X, up from Y" updates the first reading', () => {
    const f = one(claim('The survey revised the magnitude of the quake near Ravena to 6.1, up from its first estimate of 5.9.'), [
      stored('The survey measured its magnitude at 5.9 and placed the quake near Ravena.', 1),
    ]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toBe('earthquake magnitude: 5.9 → 6.1 (source-1.txt)');
  });

  it('money is compared only with money about the same thing, with its scale read', () => {
    const cost = stored('The firm estimated the cost of the Ravena recall at about $300 million.', 1);
    const f = one(claim('The firm now expects the Ravena recall to cost about $1.1bn, almost four times the $300mn it first set aside.'), [
      cost,
    ]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toBe('cost: about $300 million → about $1.1 billion (source-1.txt)');
    // A price target, a share price and a valuation are other quantities than the cost of the recall.
    expect(one(claim('After the Ravena recall one analyst cut her price target on the firm to $45 from $60.'), [cost]).type).not.toBe(
      'updated',
    );
    expect(one(claim('The firm said the Ravena recall was paid from more than $6 billion in cash.'), [cost]).type).not.toBe('updated');
    expect(
      sameQuantity(
        fig('The agency released $15 million from its fund for Ravena.'),
        fig('Finance officials set aside $240 million for housing in Ravena.'),
      ),
    ).toBe(false);
    expect(sameQuantity(fig('He mentioned $5 million.'), fig('She mentioned $7 million.'))).toBe(false);
  });

  it('a count of one nation is not a count of another, however the nation is written (NATIONAL_ACRONYM)', () => {
    const us = fig('The card numbers of about 120,000 U.S. shoppers were stolen.');
    expect(sameQuantity(us, fig('The card numbers of about 4,000 Canadian shoppers were stolen.'))).toBe(false);
    expect(sameQuantity(us, fig('The card numbers of 120,000 American shoppers were stolen.'))).toBe(true);
    expect(sameQuantity(us, fig('The card numbers of 125,000 shoppers were stolen.'))).toBe(true);
    expect(sameQuantity(fig('Some 300 U.K. nurses joined the strike.'), fig('Some 300 British nurses joined the strike.'))).toBe(true);
  });

  it('a sum owed or asked for (a debt, a demand, a fine) is compared on one shared word; a cost is not', () => {
    const debt = one(claim('By now about €2.3bn of debt is crushing the shipyard.', []), [
      stored('Velmora, which builds ferries in Ostrand, has been labouring under €1.1 billion of debt.', 1, ['Velmora', 'Ostrand']),
    ]);
    expect(debt.type).toBe('updated');
    expect(debt.explanation).toContain('debt');
    const cost = one(claim('By now the new quay wall will cost about €2.3bn.', []), [
      stored('Velmora, which builds ferries in Ostrand, said the dry dock would cost €1.1 billion.', 1, ['Velmora', 'Ostrand']),
    ]);
    expect(cost.type).toBe('new');
  });

  it('a count of people trapped is updated by another count of them, and does not update a count of the workforce', () => {
    const crew = stored('Some 40 workers were on the night shift at the Ravena pit when the tunnel fell in.', 1);
    const trapped = stored('Eleven miners remained trapped at the Ravena pit on Tuesday.', 2);
    const f = one(claim('Seven miners remain trapped at the Ravena pit, rescuers said.'), [crew, trapped]);
    expect(f.type).toBe('updated');
    expect(f.matches.map((m) => m.claimId)).toEqual([trapped.id]);
    expect(f.explanation).toContain('miners trapped: 11 → 7');
  });

  it('people named by nationality ("Norwegians") are people of that nationality, compared with "Norwegian people"', () => {
    const f = one(claim('The airline folded on Monday, leaving more than 14,000 Norwegians stranded abroad.'), [
      stored('The collapse of the Ravena airline has left 12,000 Norwegian people stranded on their holidays.', 1),
    ]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toContain('12,000 → more than 14,000');
    // Stranded people of another nationality are another count.
    const other = one(claim('The airline folded on Monday, leaving more than 14,000 Danes stranded abroad.'), [
      stored('The collapse of the Ravena airline has left 12,000 Norwegian people stranded on their holidays.', 1),
    ]);
    expect(other.type).not.toBe('updated');
  });

  it('NATIONALS_COUNTED: people counted by nationality, with no outcome word, are one count however the noun is worded', () => {
    const real = (text: string) => extractClaims(text).claims[0];
    const earlier = { ...real('Officials said 14 of the passengers were Norwegian.'), docId: 'd1', sourceKey: 'x/source-1.txt', seq: 1 };
    expect(diffClaims([real('Fourteen Norwegians were on board the ferry, the operator said.')], [earlier])[0].type).toBe('corroborated');
    const more = diffClaims([real('Seventeen Norwegians were on board the ferry, the operator said.')], [earlier])[0];
    expect([more.type, more.explanation]).toEqual(['updated', 'norwegians: 14 → 17 (source-1.txt)']);
    // A count of a kind ("Norwegian soldiers") is not the nation's passengers.
    const soldiers = { ...real('The ferry carried 14 Norwegian soldiers home.'), docId: 'd1', sourceKey: 'x/source-1.txt', seq: 1 };
    expect(diffClaims([real('Seventeen Norwegians were on board the ferry, the operator said.')], [soldiers])[0].type).toBe('new');
  });

  it('a count of times something happened is updated by another count of the same act, not of another act', () => {
    const earlier = stored('The Ravena glider pilot said: "We did not land once, we landed twice."', 1);
    const f = one(claim('The glider landed three times on the Ravena ridge, the club said.'), [earlier]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toContain('2 → 3');
    expect(one(claim('The glider bounced three times on the Ravena ridge, the club said.'), [earlier]).type).not.toBe('updated');
  });

  it('a height given as an adjective is compared with the same height of the same structure', () => {
    const f = one(claim('The cause of the fall of the 42-metre high Ravena lighthouse is under investigation.'), [
      stored('Drone footage showed the stump of the 47-metre high Ravena lighthouse after the storm.', 1),
    ]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toContain('height');
  });

  it('DIMENSION_WORD_AFTER: a height said after the measure updates one given as an adjective', () => {
    const f = one(claim('The Ravena chimney, which rose 58 metres high, was felled on Sunday.'), [
      stored('The 61-metre-tall Ravena chimney was felled on Sunday.', 1),
    ]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toBe('height: 61 m → 58 m (source-1.txt)');
  });

  it('LENGTHS_CONVERTED: a height in feet and the same height in metres agree; a conversion off by more is no update', () => {
    const feet = stored('The old Ravena mast stood 300 feet tall before the gale.', 1);
    expect(one(claim('The old Ravena mast was 91 metres high before the gale.'), [feet]).type).toBe('corroborated');
    expect(one(claim('The old Ravena mast was 96 metres high before the gale.'), [feet]).type).not.toBe('updated');
    expect(one(claim('The old Ravena mast was 320 feet high before the gale.'), [feet]).type).toBe('updated');
  });

  it('a percentage change is compared with the same change over a compatible period', () => {
    const intraday = stored('Shares of Harlow were down 2.1% in afternoon trading in Ravena.', 1, ['Harlow']);
    expect(one(claim('Harlow shares closed down 5.3% on Monday.', ['Harlow']), [intraday]).type).toBe('updated');
    const close = stored('Harlow shares closed down 5.3% on Monday.', 2, ['Harlow']);
    expect(one(claim('Harlow shares lost 5.3 per cent of their value on Monday alone.', ['Harlow']), [close]).type).toBe('corroborated');
    // A week's fall is not the same quantity as a day's.
    expect(one(claim('Harlow shares have fallen 9 per cent this week.', ['Harlow']), [close]).type).not.toBe('updated');
  });

  it('the update is explained by the figure about the same subject, not by a newer one about another', () => {
    const corpus = [
      stored('At least four civilians were killed in the shelling of Dorn on Friday.', 1, ['Dorn']),
      stored('At least 12 soldiers were killed in the shelling of Dorn on Friday.', 2, ['Dorn']),
    ];
    const f = one(claim('Seven civilians have now been killed in the shelling of Dorn.', ['Dorn']), corpus);
    expect(f.type).toBe('updated');
    expect(f.matches.map((m) => m.sourceKey)).toEqual(['incoming/c/source-1.txt']);
    expect(f.explanation).toBe('civilians killed: at least 4 → 7 (source-1.txt)');
  });
});

describe('agreement in other words', () => {
  it('NUMBERED_SUBJECT: "the two bell towers were saved" is the count "two towers have been saved" gives', () => {
    const pair = stored('The two bell towers were saved by firefighters.', 1, []);
    expect(one(claim('Two towers have been saved from destruction.', []), [pair]).type).toBe('corroborated');
    // Near misses: another outcome, another number.
    expect(
      one(claim('Two towers have been saved from destruction.', []), [stored('The two towers were damaged in the fire.', 1, [])]).type,
    ).toBe('new');
    expect(one(claim('Three towers have been saved from destruction.', []), [pair]).type).toBe('new');
  });

  it('coordinated subjects in any order are one fact ("the spire and roof collapsed" / "caused the roof and spire to collapse")', () => {
    const earlier = stored('The spire and roof of the chapel collapsed on Monday night.', 1, []);
    expect(one(claim('The roof and spire of the chapel collapsed on Monday night.', []), [earlier]).type).toBe('corroborated');
    expect(one(claim('The blaze caused the roof and spire of the chapel to collapse.', []), [earlier]).type).toBe('corroborated');
  });

  it('"a dozen" agrees with "at least 12", "nearly" with "about", cars with vehicles', () => {
    expect(valuesAgree(fig('A dozen fires have been linked to the fault.'), fig('At least 12 fires were linked to the fault.'))).toBe(true);
    expect(sameQuantity(fig('A dozen fires have been linked to the fault.'), fig('At least 12 fires were linked to the fault.'))).toBe(
      true,
    );
    const cars = fig('The maker is recalling nearly 80,000 electric cars.');
    const vehicles = fig('The maker is recalling about 80,000 vehicles.');
    expect(sameQuantity(cars, vehicles) && valuesAgree(cars, vehicles)).toBe(true);
    expect(
      one(claim('The maker is recalling nearly 80,000 electric cars from Ravena dealers.'), [
        stored('The maker is recalling about 80,000 vehicles from Ravena dealers.', 1),
      ]).type,
    ).toBe('corroborated');
  });

  it('a workforce counted as jobs agrees with the same count of workers or staff, never updates it', () => {
    const jobs = claim('With 14,000 jobs in the valley, the group is one of the largest builders in the province.', []);
    const workers = stored('The troubled group, which is building the new ring road, employs 14,000 workers across the north.', 1, []);
    expect(retrievalKeys(jobs).filter((k) => retrievalKeys(workers).includes(k))).toContain('f.count.workforce');
    expect(one(jobs, [workers]).type).toBe('corroborated');
    const cut = claim('The troubled group said 1,200 jobs across the north would go by the spring.', []);
    expect(one(cut, [workers]).type).not.toBe('updated');
  });

  it('a multiplier agrees with the percentage it amounts to: doubled = up 100%, tripled = up 200%', () => {
    const doubled = fig('Complaints from Ravena tenants have doubled since March.');
    const up100 = fig('Complaints from tenants in Ravena are up 100 per cent since March.');
    expect(sameQuantity(doubled, up100) && valuesAgree(doubled, up100)).toBe(true);
    expect(
      valuesAgree(fig('Complaints from tenants have tripled since March.'), fig('Complaints from tenants are up 200 percent since March.')),
    ).toBe(true);
    expect(valuesAgree(doubled, fig('Complaints from tenants are up 50 percent since March.'))).toBe(false);
    expect(
      one(claim('Complaints from tenants in Ravena are up 100 per cent since March.'), [
        stored('Complaints from Ravena tenants have doubled since March.', 1),
      ]).type,
    ).toBe('corroborated');
  });

  it('shares retrieval keys between synonyms of the counted noun', () => {
    const a = retrievalKeys(claim('The maker is recalling nearly 80,000 electric cars.', []));
    const b = retrievalKeys(claim('The maker is recalling about 80,000 vehicles.', []));
    expect(a.filter((k) => k.startsWith('f.')).some((k) => b.includes(k))).toBe(true);
  });
});

describe('figures that are not the same quantity are never updates', () => {
  it('a figure of an earlier event is not the current toll', () => {
    const toll = stored('Floods in Ravena province have killed at least 40 people this week.', 1);
    expect(one(claim('In 2010, floods in Ravena province killed more than 1,700 people.'), [toll]).type).not.toBe('updated');
    expect(
      one(claim('The province has not seen such floods since the 1998 disaster in Ravena, which killed more than 900 people.'), [toll])
        .type,
    ).not.toBe('updated');
    expect(one(claim('A block in Ravena completed in 2015, in which 11 people died, collapsed in the floods.'), [toll]).type).not.toBe(
      'updated',
    );
  });

  it('bare head counts of people (a population, a camp) are not compared', () => {
    const f = one(claim('Volunteers put up tents for some 6,000 people in Ravena.'), [
      stored('Ravena, a city of some 90,000 people, lost power.', 1),
    ]);
    expect(f.type).not.toBe('updated');
  });

  it('distances from different places or in different directions are different measures', () => {
    const epicentre = stored('The epicentre lay about 30 kilometres north of Ravena.', 1);
    expect(one(claim('Cracks were found in the Osk Dam, about 20 kilometres upstream of Ravena.'), [epicentre]).type).not.toBe('updated');
    expect(
      sameQuantity(fig('The quake was centred some 30 km north of Ravena.'), fig('The epicentre lay about 30 kilometres north of Ravena.')),
    ).toBe(true);
    expect(sameQuantity(fig('The quake was centred 30 km north of Ravena.'), fig('The quake was centred 40 km south of Ravena.'))).toBe(
      false,
    );
  });

  it('DISTANCE_WITHOUT_DIRECTION: a distance "from" a place is compared with one in a named direction from it', () => {
    const real = (text: string) => extractClaims(text).claims[0];
    const earlier = {
      ...real('The ferry sank about 20 km north-east of the port, the coastguard said.'),
      docId: 'd1',
      sourceKey: 'x/s-1.txt',
      seq: 1,
    };
    const f = diffClaims([real('The ferry sank some 35 kilometres from the port, the coastguard said.')], [earlier])[0];
    expect([f.type, f.explanation]).toEqual(['updated', 'distance from port: about 20 km → some 35 km (s-1.txt)']);
    expect(retrievalKeys(real('The ferry sank some 35 kilometres from the port, they said.'))).toContain('f.count.distance-port');
    expect(retrievalKeys(earlier)).toContain('f.count.distance-port');
  });

  it('buildings destroyed and buildings declared unsafe are different counts', () => {
    const collapsed = stored('At least 90 buildings collapsed in Ravena and nearby villages.', 1);
    expect(one(claim('Nearly 1,500 buildings in Ravena have been declared unsafe to enter.'), [collapsed]).type).not.toBe('updated');
    expect(
      sameQuantity(fig('At least 90 buildings in Ravena and the surrounding villages had been flattened.'), collapsed.figures[0]),
    ).toBe(true);
  });

  it('shares of the vote won by different candidates are different quantities', () => {
    const smith = stored('In Ravena, Smith won 52% of the vote, the commission said.', 1);
    expect(one(claim('In Ravena, Jones won 45% of the vote, the commission said.'), [smith]).type).not.toBe('updated');
    expect(one(claim('In Ravena, Smith won 54% of the vote after the recount, the commission said.'), [smith]).type).toBe('updated');
  });

  it('a magnitude of an aftershock is not the magnitude of the earthquake', () => {
    expect(
      sameQuantity(fig('The strongest was a magnitude 4.2 aftershock near Ravena.'), fig('The magnitude-6.1 earthquake struck Ravena.')),
    ).toBe(false);
  });

  it('a part, an addition or an earlier value of a total does not update the total', () => {
    const pledged = stored('The agency will supply 400,000 doses of vaccine to Ravena.', 1);
    expect(
      one(claim('The first 150,000 doses reached Ravena on Monday, with the rest of the 400,000 doses pledged to follow.'), [pledged]).type,
    ).not.toBe('updated');
    expect(one(claim('The remaining 250,000 doses will reach Ravena by the end of the month.'), [pledged]).type).not.toBe('updated');
    const workers = stored('That 350 health workers had been deployed to Ravena province.', 1);
    expect(one(claim('The ministry sent 150 additional health workers to Ravena province this week.'), [workers]).type).not.toBe('updated');
  });

  it('the same value of a quantity and an earlier value in the new claim is no update ("rose to 30 from 22" against 22)', () => {
    const f = one(claim('Deaths in Ravena rose to 30 from the 22 reported on Friday.'), [
      stored('The outbreak in Ravena has caused 22 deaths.', 1),
    ]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toBe('people killed: 22 → 30 (source-1.txt)');
  });
});

describe('an update that a newer claim already reported', () => {
  it('is superseded when the newer claim gives the same quantity the same value, not when it counts something else', () => {
    const day1 = stored('The outbreak in Ravena has caused 900 confirmed cases and 11 deaths.', 1);
    const day2 = stored('Deaths in Ravena rose to 19 from the 11 reported on Sunday.', 2);
    const other = stored('At least 19 fires were reported in Ravena.', 2);
    const now = claim('So far 19 people have died of the disease in Ravena.');
    expect(one(now, [day1]).type).toBe('updated');
    expect(figureUpdateSuperseded(now, day1, day2)).toBe(true);
    expect(figureUpdateSuperseded(now, day1, other)).toBe(false);
    expect(figureUpdateSuperseded(claim('So far 23 people have died of the disease in Ravena.'), day1, day2)).toBe(false);
  });
});

describe('the country a figure is set in', () => {
  it('a claim that names no country is set in the one country its document lead names', () => {
    const { claims } = extractClaims(
      'The grocer Pellmart is closing every store it has in Norway, its chief executive said. ' +
        'Pellmart has been trading for 40 years. The chain plans to shut 300 stores by the end of June.',
    );
    expect(claims.at(-1)?.setting).toBe('norway');
    expect(claims[0].setting).toBeUndefined();
  });

  it('a lead that names two countries sets the story in neither', () => {
    const { claims } = extractClaims(
      'Floods hit Chile and Peru on Monday, officials said. Rescue crews saved 40 people from rooftops overnight in the valley.',
    );
    expect(claims.some((c) => c.setting)).toBe(false);
  });

  it("a figure of another country does not update one of the lead's country; a claim of the same country still does", () => {
    const earlier = { ...stored('The grocer plans to close a total of about 300 stores this year.', 1, []), setting: 'norway' };
    const uk = one(claim('The grocer said 100 stores would close in its Sweden business.', ['Sweden']), [earlier]);
    expect(uk.type).toBe('new');
    const same = one(claim('The grocer now plans to close a total of 350 stores in Norway this year.', ['Norway']), [earlier]);
    expect(same.type).toBe('updated');
  });

  it("a state in another country is not an update of the lead's country's state", () => {
    const earlier = { ...stored('The planned closures of the grocery stores are expected to begin in April.', 1, []), setting: 'norway' };
    const sweden = claim('The grocery chain had already started closing its stores in Sweden last month.', ['Sweden']);
    expect(one(sweden, [earlier]).type).not.toBe('updated');
    const norway = claim('The grocery chain had already started closing its stores in Norway last month.', ['Norway']);
    expect(one(norway, [earlier]).type).toBe('updated');
  });

  it('a region both claims name holds the countries they also name; a claim naming a region takes no lead setting', () => {
    const earlier = stored('Since June the blight has spread from Chile to more than 20 countries in South America.', 1, [
      'Chile',
      'South America',
    ]);
    const later = claim('The blight has now spread to 26 countries in South America, plus New Zealand, an island nation far away.', [
      'South America',
      'New Zealand',
    ]);
    expect(placesDiffer(later, earlier)).toBe(false);
    expect(one(later, [earlier]).type).toBe('updated');
    // Without a region in common, two countries still keep the figures apart.
    expect(placesDiffer({ entities: ['New Zealand'] }, { entities: ['Chile'] })).toBe(true);
    const { claims } = extractClaims(
      'The council met in Oslo, Norway, on Monday. Its officials spoke for an hour. The blight has reached 26 countries in South America.',
    );
    expect(claims.at(-1)?.setting).toBeUndefined();
  });

  it('two settings alone never keep figures apart', () => {
    const earlier = { ...stored('The death toll from the floods rose to 23 on Monday.', 1, []), setting: 'chile' };
    const later = { ...claim('The death toll from the floods rose to 31 on Tuesday.', []), setting: 'peru' };
    expect(one(later, [earlier]).type).toBe('updated');
  });
});

describe('NEAREST_VALUE: of two equally good pairs, the nearer values are the revision', () => {
  it('"12 tourists among the dead, another 20 hospitalised" against "300 hurt and 15 tourists among the dead": 12 → 15', () => {
    const f = one(claim('About 300 people are hurt and at least 15 tourists are among the dead in Ravena.'), [
      stored('At least 12 tourists were among the dead in Ravena and another 20 were hospitalised, the board said.', 1),
    ]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toBe('tourists killed: at least 12 → at least 15 (source-1.txt)');
  });
});

describe('a spoken range in an explanation', () => {
  it('is written as its two ends, and a value inside it agrees with it', () => {
    const range: Figure = { value: 15, unit: null, about: 'people injured', qualifier: 'between', range: [10, 15] };
    const money: Figure = { value: 3e9, unit: 'USD', about: 'cost', qualifier: 'between', range: [2e9, 3e9] };
    expect(formatFigure(range)).toBe('10–15');
    expect(formatFigure(money)).toBe('$2 billion–3 billion');
    expect(valuesAgree(range, { value: 12, unit: null, about: 'people injured', qualifier: null })).toBe(true);
    expect(valuesAgree(range, { value: 20, unit: null, about: 'people injured', qualifier: null })).toBe(false);
  });
});

describe('units written onto their numbers (GLUED_UNIT, UNIT_WORDS)', () => {
  it('"315ft high" and "the 300ft-tall spire" share the unit as a word, so the two heights are compared', () => {
    const old = stored('Flames brought down the abbey spire that extended 315ft high.', 1, []);
    const [finding] = diffClaims([claim('The 300ft-tall Gothic spire collapsed into the embers early in the blaze.', [])], [old]);
    expect(finding.type).toBe('updated');
    const [feet] = diffClaims(
      [claim('The 300-foot-tall Gothic spire collapsed into the embers early in the blaze.', [])],
      [stored('Flames brought down the abbey spire that extended 315 feet high.', 1, [])],
    );
    expect(feet.type).toBe('updated');
  });
});
