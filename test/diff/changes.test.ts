/** Scope, status and negation: what a claim says about the state of things, on our own sentences. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../shared/claims/figures/index.ts';
import { negates, negationFocus, resolvedHedge, scopeChanged, scopeOf, statusChanged, statusOf } from '../../shared/diff/changes.ts';
import { extractClaims } from '../../shared/claims/index.ts';
import { diffClaims } from '../../shared/diff/index.ts';
import type { Claim, CorpusClaim } from '../../shared/types.ts';

let n = 0;
function claim(text: string, extra: Partial<Claim> = {}): Claim {
  return {
    id: `new-${++n}`,
    text,
    kind: 'statement',
    speaker: null,
    quote: null,
    figures: extractFigures(text),
    entities: [],
    negated: /\b(not|denied|never|no)\b/.test(text),
    ...extra,
  };
}
function stored(text: string, seq: number, extra: Partial<Claim> = {}): CorpusClaim {
  return { ...claim(text, extra), id: `old-${seq}-${n}`, docId: `doc${seq}`, sourceKey: `incoming/c/source-${seq}.txt`, seq };
}
const one = (c: Claim, corpus: CorpusClaim[]) => diffClaims([c], corpus)[0];

describe('scope of a measure', () => {
  it('reads nationwide, the whole of an area, counted areas and named places', () => {
    expect(scopeOf('The cabinet imposed a nationwide curfew on Monday.')?.label).toBe('nationwide');
    expect(scopeOf('The curfew was extended to the whole of Velmar province on Friday.')).toMatchObject({ breadth: 2, changed: true });
    expect(scopeOf('A state of emergency was declared in four coastal districts.')).toMatchObject({ breadth: 1, count: 4 });
    expect(scopeOf('The recall covers vehicles sold in Chile and Peru.')).toMatchObject({ breadth: 0, places: ['chile', 'peru'] });
  });

  it('takes the scope after "extended … to", not the earlier one named in passing', () => {
    const s = scopeOf('The governor extended the curfew, until now limited to two valley towns, to the entire Osk region.');
    expect(s?.label).toMatch(/^whole/);
  });

  it('changes: a region to the whole area, a count of areas, places that grew; not two unrelated places', () => {
    const before = scopeOf('A curfew was imposed in Dorn from 9 p.m.')!;
    expect(scopeChanged(before, scopeOf('The curfew now covers the whole of Lisk county.')!)).toBe(true);
    expect(
      scopeChanged(
        scopeOf('Evacuation orders were issued for two districts.')!,
        scopeOf('Evacuation orders now apply to five districts.')!,
      ),
    ).toBe(true);
    expect(scopeChanged(scopeOf('A curfew was imposed in Dorn.')!, scopeOf('A curfew was imposed in Pell.')!)).toBe(false);
    expect(
      scopeChanged(scopeOf('The recall covers cars sold in Chile.')!, scopeOf('The recall now also covers cars sold in Peru and Chile.')!),
    ).toBe(true);
  });

  it('a changed scope is an update in the diff, explained old → new', () => {
    const f = one(claim('Officials extended the curfew to the whole of Lisk county.', { entities: ['Lisk'] }), [
      stored('A night curfew was imposed in Dorn, the largest town of Lisk county.', 1, { entities: ['Dorn', 'Lisk'] }),
    ]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toMatch(/curfew: Dorn → whole/);
  });
});

describe('status of a process', () => {
  it('reads the state the main clause reports, not background or a state that was left', () => {
    expect(statusOf('Talks resumed in the capital on Friday, a day after the delegation walked out.')?.state).toBe('resumed');
    expect(statusOf('The bridge, which had been closed since the storm, reopened on Monday.')?.state).toBe('reopened');
    expect(statusOf('The army ended its search-and-rescue operations and will now focus on recovering the bodies.')?.state).toBe(
      'recovery',
    );
    expect(statusOf('The search for the climbers has become a recovery operation.')?.state).toBe('recovery');
    expect(statusOf('The ceasefire was holding on Tuesday morning.')?.state).toBe('holding');
  });

  it('does not read a state into other senses of the word', () => {
    expect(statusOf('Police opened fire on the crowd.')).toBeNull();
    expect(statusOf('Cracks opened up in the runway.')).toBeNull();
    expect(statusOf('The regional rescue service said the ferry sank.')).toBeNull();
  });

  it('a change needs the same subject: the words around the two states share something', () => {
    const holding = statusOf('By noon the truce was holding along the river.')!;
    expect(statusChanged(holding, statusOf('The ceasefire collapsed overnight along the river.')!)).toBe(true);
    expect(statusChanged(statusOf('The airport was closed after the quake.')!, statusOf('Schools reopened in the capital.')!)).toBe(false);
  });

  it('talks suspended then resumed is an update', () => {
    const f = one(claim('Peace talks between the two delegations resumed in Varna on Thursday.'), [
      stored('Peace talks between the two delegations were suspended on Monday after a walkout.', 1),
    ]);
    expect(f).toMatchObject({ type: 'updated' });
    expect(f.explanation).toMatch(/suspended → resumed/);
  });
});

describe('what a negative claim negates', () => {
  it('finds the denied proposition, up to its attribution or a second thought', () => {
    expect(negationFocus('The company denied on Monday that its pipeline had leaked, calling the reports false.')).toEqual({
      proposition: 'its pipeline had leaked',
    });
    expect(negationFocus('Officials denied reports that the mayor had resigned.')).toEqual({ proposition: 'the mayor had resigned' });
    expect(negationFocus('The agency has not revised its estimate.')).toEqual({ word: 'revised' });
  });

  it('"no one has claimed" negates the claiming: the focus is the verb after the auxiliaries, not "one"', () => {
    expect(negationFocus('No one has yet claimed responsibility for the depot fire.')).toEqual({ word: 'claimed' });
    expect(negationFocus('Nobody was hurt in the depot fire.')).toEqual({ word: 'hurt' });
    const f = one(claim('A rebel faction claimed responsibility for the depot fire on Friday.', { entities: ['Marsh Depot'] }), [
      stored('No one has yet claimed responsibility for the fire at Marsh Depot.', 1, { entities: ['Marsh Depot'], negated: true }),
    ]);
    expect(f.type).not.toBe('corroborated');
  });

  it('a denial contradicts a confirmation of the same proposition in other words', () => {
    expect(
      negates(
        'The operator denied that the reservoir wall had been damaged.',
        'The governor confirmed that cracks had been found in the reservoir wall.',
      ),
    ).toBe(true);
    const f = one(claim('The operator denied that the reservoir wall had been damaged in the storm.', { entities: ['Kessel Reservoir'] }), [
      stored('The governor confirmed that cracks had been found in the wall of the Kessel Reservoir.', 1, {
        entities: ['Kessel Reservoir'],
      }),
    ]);
    expect(f.type).toBe('contradicted');
  });

  it('"did not" contradicts only what uses the negated verb: not a revision of a figure, not another quote', () => {
    expect(
      negates(
        'The ministry did not notify the regulator about the fault before the review.',
        'The ministry said it had alerted the regulator about the fault before the review began.',
      ),
    ).toBe(true);
    expect(
      negates(
        'The ministry has not revised its count of 14 miners killed.',
        'Fourteen miners were killed in the blast, the ministry said.',
      ),
    ).toBe(false);
    const f = one(claim('The ministry has not revised its count of 14 miners killed in the blast.'), [
      stored('14 miners were killed in the blast, the ministry said.', 1),
    ]);
    expect(f.type).not.toBe('contradicted');
    const quotes = one(
      claim('“We are not going to let this flood take one more home,” the mayor said.', {
        speaker: 'Ana Ruiz',
        quote: 'We are not going to let this flood take one more home',
        kind: 'quote',
      }),
      [
        stored('“Every family should go to the nearest shelter,” the mayor said.', 1, {
          speaker: 'Ana Ruiz',
          quote: 'Every family should go to the nearest shelter',
          kind: 'quote',
          negated: false,
        }),
      ],
    );
    expect(quotes.type).toBe('new');
  });
});

describe('quotations without a recognised speaker', () => {
  it('are matched on their words when long enough; a known different speaker still is not the same quote', () => {
    const words = 'We will rebuild every school before the winter comes';
    const known = stored(`“${words},” Mayor Ana Ruiz said.`, 1, { speaker: 'Ana Ruiz', quote: words, kind: 'quote' });
    expect(one(claim(`She repeated her promise: “${words}.”`, { quote: words, kind: 'quote' }), [known]).type).toBe('corroborated');
    expect(one(claim(`“${words},” said the teacher Ilse Berg.`, { speaker: 'Ilse Berg', quote: words, kind: 'quote' }), [known]).type).toBe(
      'new',
    );
  });
});

describe('more ways the same fact and its negation are written', () => {
  it('"did not use" contradicts "used", whatever the inflection and the attribution after it', () => {
    const f = one(claim('Guards did not use tear gas at the rally, he said, rejecting accounts on social media.'), [
      stored('Guards used tear gas to disperse the rally, according to a photographer at the scene.', 1),
    ]);
    expect(f.type).toBe('contradicted');
  });

  it('a "not" inside a quoted phrase of reported speech does not make the claim negative', () => {
    const text = 'The union said it wanted shorter shifts, a pension fund and higher pay, and that “none of them is negotiable”.';
    const f = one(claim(text, { quote: 'none of them is negotiable', kind: 'quote', negated: false }), [
      stored('The union demands higher pay, shorter shifts and a pension fund for night workers.', 1),
    ]);
    expect(f.type).toBe('corroborated');
  });

  it('the same list in another order corroborates even when the sentences differ around it; another list does not', () => {
    const later = claim('Volunteers handed out blankets, bottled water, flour and soap in the camps on Tuesday.');
    expect(one(later, [stored('Aid groups delivered soap, flour, blankets and bottled water to the camps.', 1)]).type).toBe('corroborated');
    expect(one(later, [stored('Aid groups delivered tents, fuel, medicine and rice to the camps.', 1)]).type).toBe('new');
  });

  it('the same count of what happened to people corroborates though the words differ', () => {
    const f = one(claim('Roughly a quarter of a million people remain in relief camps, officials said.'), [
      stored('Nearly 250,000 people are sheltering away from their homes after the floods, officials said.', 1),
    ]);
    expect(f.type).toBe('corroborated');
  });

  it('a strike that continued and one called off is a change of status', () => {
    const f = one(claim('The dockers’ union called off its strike late on Thursday after a vote.'), [
      stored('The dockers’ strike continued into a fourth day on Wednesday.', 1),
    ]);
    expect(f).toMatchObject({ type: 'updated' });
    expect(f.explanation).toMatch(/on → called off/);
  });

  it('gates opened then closed is a change of status', () => {
    const f = one(claim('Engineers closed the last of the spillway gates at the reservoir on Friday.'), [
      stored('Engineers opened four of the reservoir’s ten spillway gates on Monday.', 1),
    ]);
    expect(f).toMatchObject({ type: 'updated' });
  });
});

describe('a third round of held-out findings', () => {
  it('a total agrees with its parts: "62 people, four of them crew" and "58 passengers and four crew members"', () => {
    const f = one(claim('The plane was carrying 62 people, four of them crew, when it came down on approach in a storm.'), [
      stored('A plane carrying 58 passengers and four crew members came down on approach in a storm on Sunday.', 1),
    ]);
    expect(f.type).toBe('corroborated');
  });

  it('survivors counted in other words update each other', () => {
    const f = one(claim('Eighteen people survived the crash, the health secretary said.'), [
      stored('Rescuers pulled at least 23 survivors from the wreckage.', 1),
    ]);
    expect(f).toMatchObject({ type: 'updated' });
  });

  it('recorders searched for and then recovered, systems offline and then restored, are changes of status', () => {
    expect(
      one(claim('Both flight recorders were recovered from the wreckage on Monday.'), [
        stored('Investigators were still searching for the flight recorders on Sunday night.', 1),
      ]).type,
    ).toBe('updated');
    const f = one(claim('Clinical systems have been fully restored at all of the clinics, the company said.'), [
      stored('The attack knocked the clinics’ clinical systems offline on Monday, the company said.', 1),
    ]);
    expect(f).toMatchObject({ type: 'updated' });
    expect(f.explanation).toMatch(/offline → restored/);
  });

  it('a grounding extended to a whole fleet in the country updates a grounding stated without a scope', () => {
    const f = one(
      claim('The regulator on Monday extended its grounding order to every Arvo 500 operating in the country.', { entities: ['Arvo'] }),
      [stored('The regulator ordered the airline to ground its remaining Arvo 500 aircraft pending a review.', 1, { entities: ['Arvo'] })],
    );
    expect(f).toMatchObject({ type: 'updated' });
    expect(f.explanation).toMatch(/^grounding: .*→ nationwide/);
  });

  it('a denial is contradicted only by what says the same thing happened', () => {
    expect(
      negates(
        'The company denied that any customer data had been stolen.',
        'The company confirmed on Friday that customer data had been stolen.',
      ),
    ).toBe(true);
    expect(
      negates(
        'The company denied that any customer data had been stolen.',
        '“We will be open with the customers whose data was affected,” the chief executive said.',
      ),
    ).toBe(false);
  });

  it("a known speaker's reworded quotation is altered, not new; two different quotations of one speaker stay apart", () => {
    const q = (text: string, quote: string, seq?: number) =>
      seq ? stored(text, seq, { quote, speaker: 'Rui Matos', kind: 'quote' }) : claim(text, { quote, speaker: 'Rui Matos', kind: 'quote' });
    const altered = one(
      q(
        '“Our engineers are working day and night to bring the critical systems back first,” he said.',
        'Our engineers are working day and night to bring the critical systems back first',
      ) as Claim,
      [
        q(
          '“Our teams are working around the clock to bring every system back safely,” he said.',
          'Our teams are working around the clock to bring every system back safely',
          1,
        ) as CorpusClaim,
      ],
    );
    expect(altered).toMatchObject({ type: 'quote_altered', severity: 'substantive' });
    const other = one(
      q(
        '“We will publish a full account once the inquiry is over,” he said.',
        'We will publish a full account once the inquiry is over',
      ) as Claim,
      [
        q(
          '“Our teams are working around the clock to bring every system back safely,” he said.',
          'Our teams are working around the clock to bring every system back safely',
          1,
        ) as CorpusClaim,
      ],
    );
    expect(other.type).toBe('new');
  });
});

describe('a fourth round of held-out findings', () => {
  it('a denial that something was ordered, held or launched meets its confirmation in other words', () => {
    expect(
      negates(
        'The chairman denied that the commission had ordered any recount in Dorn, telling reporters nothing was counted twice.',
        'The commission confirmed that ballots from 37 stations in Dorn would be recounted.',
      ),
    ).toBe(true);
  });

  it('"did not use live ammunition" contradicts "fired live ammunition": the light verb\'s object is what is negated', () => {
    expect(
      negates(
        'The ministry said police did not use live ammunition at any point.',
        'Two witnesses said police fired live ammunition near the square on Monday.',
      ),
    ).toBe(true);
    // "no use of …" (no "not" in the claim) reads the same way, and must not throw.
    expect(
      negates(
        'The army said there was no use of live ammunition at the protest.',
        'Soldiers fired live ammunition at the protest, witnesses said.',
      ),
    ).toBe(true);
    expect(
      negates(
        'The ministry said police did not use tear gas at any point.',
        'Two witnesses said police fired live ammunition near the square on Monday.',
      ),
    ).toBe(false);
  });

  it('a phrasal light verb has no object: "will never get out of prison" does not deny "was sentenced to 30 years in prison"', () => {
    expect(
      negates(
        'With both terms, Halvorsen will never get out of prison, the judge said.',
        'The judge sentenced Halvorsen to 30 years in prison on Friday.',
      ),
    ).toBe(false);
  });

  it('places named straight after "now covers", and internet restrictions, have a scope', () => {
    const before = scopeOf('An overnight curfew was imposed in Dorn after the riots.')!;
    expect(scopeChanged(before, scopeOf('The overnight curfew now covers Dorn, Pell and Varna after it was extended on Thursday.')!)).toBe(
      true,
    );
    const f = one(claim('Internet restrictions that began in the capital were extended to the whole country on Wednesday.'), [
      stored('Internet access was restricted in Almar, the capital, from late on Sunday.', 1),
    ]);
    expect(f).toMatchObject({ type: 'updated' });
  });
});

describe('a rejection is a denial only of something said (issue 15)', () => {
  it('does not read "rejected the plan" as denying the plan, but "rejected reports that …" denies', () => {
    const plan = one(claim('Councillors rejected the ferry plan on Tuesday after a long debate.', { negated: false }), [
      stored('The council debated the ferry plan on Tuesday after a long delay.', 1),
    ]);
    expect(plan.type).not.toBe('contradicted');
    const denial = one(claim('The operator rejected reports that the ferry had run aground near Pell.', { negated: true }), [
      stored('The ferry had run aground near Pell on Monday night.', 1),
    ]);
    expect(denial.type).toBe('contradicted');
  });
});

describe('a refusal is not a denial (REFUSAL)', () => {
  const extracted = (text: string) => extractClaims(text).claims[0];
  it('"denied him bail", "was denied entry", "denied a request" are no negative claims; "denied that …" still is', () => {
    expect(extracted('The magistrate denied him bail and sent the case to a higher court.').negated).toBe(false);
    expect(extracted('The two reporters were denied entry at the border crossing near Pell.').negated).toBe(false);
    expect(extracted('The tribunal denied a request that the hearing be held in private.').negated).toBe(false);
    expect(extracted('The mayor denied that the hearing had been held in private.').negated).toBe(true);
  });

  it('a refused request does not contradict the report of the request it answers', () => {
    const asked = extractClaims('His lawyers asked the magistrate to let the skipper stay free on bail while he appeals.').claims[0];
    const refused = extracted(
      'The skipper went to jail as the magistrate denied him a request that he stay free on bail while he appeals.',
    );
    const k: CorpusClaim = { ...asked, id: 'old-1', docId: 'd1', sourceKey: 'incoming/c/source-1.txt', seq: 1 };
    expect(diffClaims([refused], [k])[0].type).not.toBe('contradicted');
  });
});

describe('a hedge the later report resolves', () => {
  const stored = (text: string, seq = 1): CorpusClaim[] =>
    extractClaims(text).claims.map((c, i) => ({ ...c, id: `d${seq}-c${i}`, docId: `d${seq}`, sourceKey: `incoming/c/${seq}.txt`, seq }));
  const finding = (earlier: CorpusClaim[], later: string) => diffClaims(extractClaims(later).claims, earlier)[0];

  it('reads "may soon close" then "will close" of the same stores as an update, and names the verb', () => {
    expect(
      resolvedHedge('The grocer Pellmart may soon close all of its Danish stores.', 'Pellmart will close all its Danish stores by June.'),
    ).toBe('close');
    const f = finding(
      stored('The grocer Pellmart Foods may soon close all of its stores in Norway, a newspaper reported.'),
      'Pellmart Foods will close all its stores in Norway by June, the company said.',
    );
    expect(f.type).toBe('updated');
  });

  it('is no update when the later text hedges too, or an earlier source already stated it', () => {
    expect(resolvedHedge('Halvorsen is expected to be sentenced on Friday.', 'Halvorsen could be sentenced on Friday.')).toBeNull();
    const earlier = [
      ...stored('Halvorsen is expected to be sentenced by Judge Ada Moen on Friday to a long prison term.'),
      ...stored('Halvorsen has already been sentenced to 12 years in prison for fraud in another court.', 2),
    ];
    expect(finding(earlier, 'Halvorsen was already sentenced to 12 years in prison for fraud in another court.').type).toBe('corroborated');
  });
});

describe('an attempt is not an assertion', () => {
  it('"could not find a partner" does not deny "is trying to … find a partner"', () => {
    expect(
      negates(
        'Rumours that Pellmart Foods would shut its stores surfaced after it could not find a partner.',
        'Pellmart Foods is trying to bundle its Danish arm with 90 stores and find a partner, the chief executive said.',
      ),
    ).toBe(false);
    // Dots of an acronym inside the attempt do not end it.
    expect(
      negates(
        'Rumours that Pellmart Foods would shut its stores surfaced after it could not find a partner.',
        'Pellmart Foods is trying to bundle its Danish arm with 90 U.K. stores and find a partner, the chief executive said.',
      ),
    ).toBe(false);
    expect(
      negates(
        'Pellmart Foods did not close its Danish stores on Monday, the administrators said.',
        'Pellmart Foods closed its Danish stores on Monday, the administrators said.',
      ),
    ).toBe(true);
    expect(
      negates(
        'Pellmart Foods did not close its Danish stores on Monday, the administrators said.',
        'Pellmart Foods is trying to close its Danish stores on Monday, the administrators said.',
      ),
    ).toBe(false);
  });
});

describe('both sides deny the word', () => {
  it('"she never existed" does not contradict a claim quoting "the boy doesn\'t exist"', () => {
    expect(
      negates(
        'But it seems the boy Tomas never existed.',
        'A host said officials briefed the press on Tomas every hour, and “now they tell us the boy doesn’t exist.”',
      ),
    ).toBe(false);
    expect(negates('But it seems the boy Tomas never existed.', 'Officials said the boy Tomas existed and had been seen on Monday.')).toBe(
      true,
    );
  });
});

describe('denials that are none', () => {
  it('WITHOUT_NEGATES: "without providing details" denies providing them, as "have not provided" does: no contradiction', () => {
    expect(
      negates(
        'Police have not provided a breakdown of how many were killed in the ferry fire.',
        'The toll from the ferry fire rose to 45, police said on Friday without providing a breakdown of how many were killed.',
      ),
    ).toBe(false);
  });

  it('WISHED_NEGATION: "I hope it is not triple figures" is a wish; the claim denies nothing the other asserts', () => {
    const wish = 'Commander Ilse Varga said: "I hope it is not triple figures, but I will not be drawn on the numbers."';
    expect(negationFocus(wish)?.word).toBe('drawn');
    expect(negates(wish, 'She said the number of dead in triple figures was likely to rise further.')).toBe(false);
    expect(negationFocus('The council said the tally is not triple figures.')?.word).toBe('triple');
  });

  it('RELEASED_A_DOCUMENT: "released the toll" publishes a figure; "were released" sets people free', () => {
    expect(statusOf('The harbour police spokesman released the toll on Friday.')).toBeNull();
    expect(statusOf('The harbour police released a statement on Friday.')).toBeNull();
    expect(statusOf('The two sailors were released on Friday.')?.state).toBe('released');
    expect(statusOf('Police released the skipper without charge.')?.state).toBe('released');
  });
});
