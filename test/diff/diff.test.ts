/** The diff on hand-made claims: every finding type, the traps, and retrieval that loses nothing. */
import { describe, expect, it } from 'vitest';
import { diffClaims, diffEachClaim, MAX_CANDIDATES_PER_CLAIM, retrievalKeys, selectCandidates } from '../../shared/diff/index.ts';
import { extractFigures } from '../../shared/claims/figures/index.ts';
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
    negated: /\b(not|denied|never)\b/.test(text),
    ...extra,
  };
}
function stored(text: string, seq: number, extra: Partial<Claim> = {}): CorpusClaim {
  return { ...claim(text, extra), id: `old-${seq}-${n}`, docId: `doc${seq}`, sourceKey: `incoming/c/source-${seq}.txt`, seq };
}
const one = (c: Claim, corpus: CorpusClaim[]) => diffClaims([c], corpus)[0];

describe('finding types', () => {
  it('new: nothing in the corpus says it', () => {
    const f = one(claim('The museum will reopen on Friday.', { entities: ['City Museum'] }), [
      stored('The harbour was closed after the storm.', 1, { entities: ['Harbour Board'] }),
    ]);
    expect(f).toMatchObject({ type: 'new', matches: [], firstSeen: null });
  });

  it('corroborated: same fact in other words, reordered lists, other quote marks; every source listed', () => {
    const c = claim('Troops from Chile, Peru and Bolivia joined the mission.', { entities: ['Chile', 'Peru', 'Bolivia'] });
    const f = one(c, [
      stored('The mission includes troops from Bolivia, Chile and Peru.', 1, { entities: ['Bolivia', 'Chile', 'Peru'] }),
      stored('Soldiers from Peru, Bolivia and Chile are part of the mission.', 2, { entities: ['Peru', 'Bolivia', 'Chile'] }),
      stored('The weather in Peru was warm.', 3, { entities: ['Peru'] }),
    ]);
    expect(f.type).toBe('corroborated');
    expect(f.matches.map((m) => m.sourceKey)).toEqual(['incoming/c/source-1.txt', 'incoming/c/source-2.txt']);
    expect(f.firstSeen?.sourceKey).toBe('incoming/c/source-1.txt');
  });

  it('corroborated: "at least 18" and "18" agree, "doubling" and "twofold increase" agree', () => {
    expect(
      one(claim('At least 18 officers were killed in the attack on the depot.', { entities: ['Depot'] }), [
        stored('18 officers were killed in the depot attack.', 1, { entities: ['Depot'] }),
      ]).type,
    ).toBe('corroborated');
    expect(
      one(claim('Protests followed a twofold increase in fuel prices in the capital.'), [
        stored('Fuel prices doubled in the capital before the protests.', 1),
      ]).type,
    ).toBe('corroborated');
  });

  it('updated: the same quantity with a different value, explained old → new with the source', () => {
    const f = one(claim('18 security officers were killed in the clashes in Marsk.', { entities: ['Marsk'] }), [
      stored('13 security personnel died in the clashes in Marsk.', 1, { entities: ['Marsk'] }),
    ]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toBe('security officers killed: 13 → 18 (source-1.txt)');
  });

  it('updated: a changed scope and a changed status', () => {
    const scope = one(claim('The government declared a nationwide state of emergency.'), [
      stored('A state of emergency was declared in two northern regions.', 1),
    ]);
    expect(scope).toMatchObject({ type: 'updated' });
    expect(scope.explanation).toMatch(/state of emergency: two northern regions → nationwide/);
    const status = one(claim('The search for the missing climbers has become a recovery operation.'), [
      stored('The rescue operation for the missing climbers continued overnight.', 1),
    ]);
    expect(status.explanation).toMatch(/rescue → recovery/);
  });

  it('a figure a newer source already reported corroborates it; against older values alone it is an update', () => {
    const c = claim('The death toll rose to 17 on Friday after the ferry sank.', { entities: ['Aurora'] });
    const older = stored('The death toll rose to 14 after the ferry sank.', 1, { entities: ['Aurora'] });
    const f = one(c, [stored('The death toll stands at 17 after the ferry sank.', 2, { entities: ['Aurora'] }), older]);
    expect(f.type).toBe('corroborated');
    expect(f.matches.map((m) => m.sourceKey)).toEqual(['incoming/c/source-2.txt']);
    const g = one(c, [older]);
    expect(g.type).toBe('updated');
    expect(g.explanation).toContain('14 → 17');
  });

  it('a figure one source gives both as now and as an earlier recap corroborates it (SAME_SOURCE_SUPERSEDES)', () => {
    const c = claim('The death toll from the ferry sinking rose to 41 on Tuesday.', { entities: ['Aurora'] });
    const now = stored('Coastguard officials said the ferry death toll had risen to 41.', 2, { entities: ['Aurora'] });
    const recap = stored('On Monday night the coastguard said 30 people were killed in the ferry sinking.', 2, { entities: ['Aurora'] });
    const f = one(c, [now, recap]);
    expect(f.type).toBe('corroborated');
    expect(f.matches.map((m) => m.claimId)).toEqual([now.id]);
    expect(one(c, [recap]).type).toBe('updated');
  });

  it('a vague count ("dozens") in a newer source does not make an update of the exact toll old news (VAGUE_NEVER_SUPERSEDES)', () => {
    const c = claim('Officials said 63 people were killed in the ferry sinking.', { entities: ['Aurora'] });
    const older = stored('The death toll from the ferry sinking rose to 41.', 1, { entities: ['Aurora'] });
    const vague = stored('The ferry sinking killed dozens and left many more missing.', 2, { entities: ['Aurora'] });
    const f = one(c, [older, vague]);
    expect(f.type).toBe('updated');
    expect(f.explanation).toContain('41 → 63');
  });

  it('the same count under another noun in one fact corroborates it; another outcome does not (SAME_COUNT_OTHER_NOUN)', () => {
    const earlier = stored('Orlov, 48, was convicted in March on all 14 counts, including fraud, bribery and money laundering.', 1);
    const f = one(claim('Orlov was found guilty on 14 federal charges, including fraud, bribery and laundering money.'), [earlier]);
    expect(f.type).toBe('corroborated');
    const other = one(claim('Orlov was found guilty on 9 federal charges, including fraud, bribery and laundering money.'), [earlier]);
    expect(other.type).toBe('new');
    const killed = stored('The storm killed 14 people in the hill villages of Varno on Sunday, officials said.', 1);
    expect(one(claim('The storm injured 14 people in the hill villages of Varno on Sunday.'), [killed]).type).not.toBe('corroborated');
  });

  it('a state the claim corroborates is no update against another source’s other state (STATE_ALREADY_REPORTED)', () => {
    const c = claim('Judge Ana Ruiz convicted former mayor Ivo Lind of fraud and sentenced him to four years in prison.', {
      entities: ['Ivo Lind'],
    });
    const convicted = stored('Former mayor Ivo Lind was convicted of fraud and sentenced to four years in prison.', 1, {
      entities: ['Ivo Lind'],
    });
    const custody = stored('Judge Ana Ruiz said former mayor Ivo Lind would be taken into custody at once.', 2, { entities: ['Ivo Lind'] });
    expect(one(c, [convicted, custody]).type).toBe('corroborated');
    expect(one(c, [custody]).type).toBe('updated');
  });

  it('a phrase quoted earlier does not make the full remark around it old news (PHRASE_OF_A_REMARK)', () => {
    const speaker = { speaker: 'Ivo Marsh', kind: 'quote' as const };
    const phrase = stored('Ivo Marsh said the closure of the ferry line was a "grave mistake" for the islands.', 1, {
      ...speaker,
      quote: 'grave mistake',
    });
    const remark = 'Closing the ferry line is a grave mistake that will cut the islands off from their only hospital for months';
    const full = claim(`Ivo Marsh said: "${remark}."`, { ...speaker, quote: remark });
    expect(one(full, [phrase]).type).toBe('new');
    // The other way round, a phrase picked from a remark already quoted in full, is the same quotation.
    const later = claim('Ivo Marsh called the closure a "grave mistake".', { ...speaker, quote: 'grave mistake' });
    expect(one(later, [stored(`Ivo Marsh said: "${remark}."`, 1, { ...speaker, quote: remark })]).type).toBe('corroborated');
  });

  it('updated beats corroborated when the claim updates one quantity and repeats another', () => {
    const c = claim('The death toll rose to 17 and 212 passengers were on board when the ferry sank.', { entities: ['Aurora'] });
    const f = one(c, [
      stored('The death toll rose to 14 and 212 passengers were on board when the ferry sank.', 1, { entities: ['Aurora'] }),
    ]);
    expect(f.type).toBe('updated');
  });

  it('contradicted: the corpus states the negation', () => {
    const f = one(claim('The operator denied that a storm warning had been issued before departure.', { entities: ['Nordline'] }), [
      stored('The operator confirmed that a storm warning had been issued before departure.', 1, { entities: ['Nordline'] }),
    ]);
    expect(f.type).toBe('contradicted');
  });

  it('quote_altered: substantive when content words change, with the words named', () => {
    const q = (quote: string, seq?: number) =>
      seq
        ? stored(`"${quote}," the governor said.`, seq, { quote, speaker: 'Anna Lind', kind: 'quote' })
        : claim(`"${quote}," the governor said.`, { quote, speaker: 'Anna Lind', kind: 'quote' });
    const f = one(q('We will find the guilty and punish them') as Claim, [
      q('We will find those responsible and punish them', 1) as CorpusClaim,
    ]);
    expect(f).toMatchObject({ type: 'quote_altered', severity: 'substantive' });
    expect(f.explanation).toMatch(/"those" → "the"|"responsible"/);
  });

  it('quote_altered: minor when only function words or inflection change', () => {
    const mk = (quote: string) => ({ quote, speaker: 'Anna Lind', kind: 'quote' as const });
    const f = one(claim('"We will find those who are responsible," Lind said.', mk('We will find those who are responsible')), [
      stored('"We will find those responsible," Lind said.', 1, mk('We will find those responsible')),
    ]);
    expect(f).toMatchObject({ type: 'quote_altered', severity: 'minor' });
  });
});

describe('traps', () => {
  it('a punctuation-only difference in a quotation is corroboration, not alteration', () => {
    const mk = (quote: string) => ({ quote, speaker: 'Anna Lind', kind: 'quote' as const });
    const f = one(claim('“We will rebuild, and we will do it fast,” Lind said.', mk('We will rebuild, and we will do it fast')), [
      stored('"We will rebuild and we will do it fast" Lind said.', 1, mk('We will rebuild and we will do it fast')),
    ]);
    expect(f.type).toBe('corroborated');
  });

  it('the same words from another speaker are not the same quote', () => {
    const f = one(
      claim('"We will rebuild the town," the mayor said.', { quote: 'We will rebuild the town', speaker: 'Per Holm', kind: 'quote' }),
      [
        stored('"We will rebuild the town," the governor said.', 1, {
          quote: 'We will rebuild the town',
          speaker: 'Anna Lind',
          kind: 'quote',
        }),
      ],
    );
    expect(f.type).toBe('new');
  });

  it('a spokesperson speaks for the organisation', () => {
    const f = one(
      claim('"The inquiry will be public," the ministry said.', {
        quote: 'The inquiry will be public',
        speaker: 'Transport Ministry',
        kind: 'quote',
      }),
      [
        stored('"The inquiry will be public," spokeswoman Eva Dahl said.', 1, {
          quote: 'The inquiry will be public',
          speaker: 'Eva Dahl',
          speakerOrg: 'Transport Ministry',
          kind: 'quote',
        }),
      ],
    );
    expect(f.type).toBe('corroborated');
  });

  it('figures on different subjects are not updates', () => {
    const f = one(claim('18 protesters were killed in the capital.', { entities: ['Marsk'] }), [
      stored('13 police officers were killed in the capital.', 1, { entities: ['Marsk'] }),
    ]);
    expect(f.type).not.toBe('updated');
  });

  it('the same number counting different things does not corroborate', () => {
    const f = one(claim('Rescuers pulled 40 people from the water near Solby.', { entities: ['Solby'] }), [
      stored('About 40 firefighters fought the blaze near Solby.', 1, { entities: ['Solby'] }),
    ]);
    expect(f.type).toBe('new');
  });
});

describe('one finding per claim, and retrieval that loses nothing', () => {
  const corpus: CorpusClaim[] = [
    stored('Troops from Chile, Peru and Bolivia joined the mission.', 1, { entities: ['Chile', 'Peru', 'Bolivia'] }),
    stored('13 security personnel died in the clashes in Marsk.', 2, { entities: ['Marsk'] }),
    stored('A state of emergency was declared in two northern regions.', 3),
    stored('The operator confirmed that a storm warning had been issued before departure.', 4, { entities: ['Nordline'] }),
    stored('"We will find those responsible and punish them," Lind said.', 5, {
      quote: 'We will find those responsible and punish them',
      speaker: 'Anna Lind',
      kind: 'quote',
    }),
    stored('Fuel prices doubled in the capital before the protests.', 6),
    ...Array.from({ length: 40 }, (_, i) =>
      stored(`Unrelated report number ${i} about the football league in Varnholm.`, 10 + i, { entities: ['Varnholm'] }),
    ),
  ];
  const claims = [
    claim('The mission includes troops from Bolivia, Chile and Peru.', { entities: ['Bolivia', 'Chile', 'Peru'] }),
    claim('18 security officers were killed in the clashes in Marsk.', { entities: ['Marsk'] }),
    claim('The government declared a nationwide state of emergency.'),
    claim('The operator denied that a storm warning had been issued before departure.', { entities: ['Nordline'] }),
    claim('"We will find the guilty and punish them," Lind said.', {
      quote: 'We will find the guilty and punish them',
      speaker: 'Anna Lind',
      kind: 'quote',
    }),
    claim('Protests followed a twofold increase in fuel prices in the capital.'),
    claim('A new bridge opens in Osterby next week.', { entities: ['Osterby'] }),
  ];

  it('gives exactly one finding per claim, in order, with matches pointing at candidates', () => {
    const findings = diffClaims(claims, corpus);
    expect(findings.map((f) => f.claimId)).toEqual(claims.map((c) => c.id));
    expect(findings.map((f) => f.type)).toEqual([
      'corroborated',
      'updated',
      'updated',
      'contradicted',
      'quote_altered',
      'corroborated',
      'new',
    ]);
    const ids = new Set(corpus.map((c) => c.id));
    for (const f of findings) for (const m of f.matches) expect(ids.has(m.claimId!)).toBe(true);
  });

  it('finds the same findings from the index keys alone as from the whole corpus', () => {
    const full = diffClaims(claims, corpus);
    const keyed = claims.map((c) => {
      const keys = new Set(retrievalKeys(c));
      return diffClaims(
        [c],
        corpus.filter((k) => retrievalKeys(k).some((key) => keys.has(key))),
      )[0];
    });
    expect(keyed).toEqual(full);
  });

  it("finds the same findings through the stage's bounded per-claim selection from shards", () => {
    const shards = new Map<string, CorpusClaim[]>();
    for (const k of corpus) for (const key of retrievalKeys(k)) shards.set(key, [...(shards.get(key) ?? []), k]);
    const selected = claims.map((c) => selectCandidates(retrievalKeys(c), shards));
    expect(diffEachClaim(claims, selected)).toEqual(diffClaims(claims, corpus));
  });

  it('keys are few, short and S3-safe', () => {
    for (const c of [...claims, ...corpus]) {
      const keys = retrievalKeys(c);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.length).toBeLessThanOrEqual(14);
      for (const k of keys) expect(k).toMatch(/^[a-z]\.[a-z0-9._-]{1,80}$/);
    }
  });
});

describe('candidate selection from full shards', () => {
  const target = claim('Divers recovered the voyage data recorder from the wreck of the Aurora.', { entities: ['Aurora'] });
  const keys = retrievalKeys(target);
  // A shard full of claims that share one common key with the target, and one counterpart that shares most keys.
  const crowd = Array.from({ length: 200 }, (_, i) => stored(`Divers searched another harbour number ${i} on Monday.`, i + 2));
  const counterpart = stored('The voyage data recorder was recovered from the Aurora wreck by divers.', 1, { entities: ['Aurora'] });
  const shards = new Map<string, CorpusClaim[]>(keys.map((k) => [k, []]));
  for (const c of crowd) shards.get(keys.find((k) => k.startsWith('w.'))!)!.push(c);
  for (const k of retrievalKeys(counterpart)) if (shards.has(k)) shards.get(k)!.push(counterpart);

  it('keeps at most the limit, ranked by shared keys, and returns them oldest first', () => {
    const picked = selectCandidates(keys, shards);
    expect(picked.length).toBe(MAX_CANDIDATES_PER_CLAIM);
    expect(picked[0].id).toBe(counterpart.id); // the oldest, and the one sharing the most keys
    expect(picked.map((c) => c.seq)).toEqual([...picked.map((c) => c.seq)].sort((a, b) => a - b));
    // Among single-key candidates the newest are kept.
    expect(Math.min(...picked.slice(1).map((c) => c.seq))).toBe(crowd[crowd.length - (MAX_CANDIDATES_PER_CLAIM - 1)].seq);
    expect(diffEachClaim([target], [picked])[0]).toMatchObject({ type: 'corroborated', firstSeen: { claimId: counterpart.id } });
  });

  it('leaves out what the stage does not accept (the document itself, later documents)', () => {
    const picked = selectCandidates(keys, shards, (c) => c.id !== counterpart.id, 10);
    expect(picked.length).toBe(10);
    expect(picked.some((c) => c.id === counterpart.id)).toBe(false);
  });
});
