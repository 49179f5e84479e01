/**
 * The story dossier as plain data: what a document's findings add (facts with every source, figures over time,
 * disputes, quotation variants, spellings), and that taking documents out again (a replay's rollback) gives exactly
 * the dossier an ordered run held before them, older pages included. Every story here is invented.
 */
import { describe, expect, it } from 'vitest';
import {
  addDocument,
  DOSSIER_CAPS,
  emptyDossier,
  finish,
  MAX_ENTRIES,
  rollBack,
  type Dossier,
  type DossierDocument,
  type DossierPage,
} from '../../shared/dossier/dossier.ts';
import {
  renderDossierLater,
  renderDossierHtml,
  renderDossierMarkdown,
  renderDossierPage,
  renderDossierPageHtml,
} from '../../shared/dossier/render.ts';
import type { Claim, Finding, FindingMatch, Report } from '../../shared/types.ts';

type ClaimSpec = Partial<Claim> & { id: string; text: string; finding?: Partial<Finding> & { type: Finding['type'] } };

function doc(
  seq: number,
  name: string,
  specs: ClaimSpec[],
  extra: { published?: string; spellings?: DossierDocument['spellings'] } = {},
): DossierDocument {
  const docId = `d${seq}`;
  const claims: Claim[] = specs.map((s) => ({
    kind: 'statement',
    speaker: null,
    quote: null,
    figures: [],
    entities: [],
    ...s,
    id: `${docId}-${s.id}`,
  }));
  const findings: Finding[] = specs.map((s, i) => ({
    claimId: claims[i].id,
    claimText: claims[i].text,
    severity: null,
    matches: [],
    explanation: '',
    type: 'new',
    ...s.finding,
  }));
  const report: Report = {
    schemaVersion: 1,
    document: {
      id: docId,
      sourceKey: `incoming/c/${name}`,
      title: `Title of ${name}`,
      byline: null,
      published: extra.published ?? null,
      cleanedText: '',
      removed: [],
    },
    claims,
    findings,
    entities: (extra.spellings ?? []).map((s) => ({ canonical: s.canonical, kind: s.kind, variants: s.variants })),
  };
  return {
    report,
    name,
    sourceKey: `incoming/c/${name}`,
    seq,
    uploadedAt: `2030-01-01T00:00:${String(seq).padStart(2, '0')}.000Z`,
    spellings: extra.spellings ?? [],
  };
}

const match = (seq: number, id: string, text: string, more: Partial<FindingMatch> = {}): FindingMatch => ({
  docId: `d${seq}`,
  sourceKey: `incoming/c/src${seq}.txt`,
  claimText: text,
  claimId: `d${seq}-${id}`,
  seq,
  ...more,
});

function build(docs: DossierDocument[]): { dossier: Dossier; pages: DossierPage[] } {
  let dossier = emptyDossier('c', 's1');
  const pages: DossierPage[] = [];
  for (const d of docs) {
    const next = addDocument(dossier, d);
    dossier = next.dossier;
    if (next.page) pages.push(next.page);
    // A document derives only the items it added to; deriving every item again must change nothing.
    derivedAgain.push([JSON.stringify(dossier), JSON.stringify(finish(structuredClone(dossier)))]);
  }
  return { dossier, pages };
}
const derivedAgain: Array<[string, string]> = [];

const toll = (value: number, raw: string) => [{ value, unit: null, about: 'people killed', raw }];

const story: DossierDocument[] = [
  doc(
    1,
    'src1.txt',
    [
      { id: 'c1', text: 'The bridge over the Varna river collapsed on Monday.' },
      { id: 'c2', text: 'At least 12 people were killed.', figures: toll(12, 'at least 12') },
      { id: 'c3', text: 'The ministry said inspections had been carried out in May.' },
      {
        id: 'c4',
        text: 'Mayor Ilse Vandt said: "We will rebuild it quickly and safely."',
        kind: 'quote',
        speaker: 'Ilse Vandt',
        quote: 'We will rebuild it quickly and safely.',
      },
    ],
    { published: '2030-01-01', spellings: [{ canonical: 'Ilse Vandt', kind: 'person', variants: ['Ilse Vandt'] }] },
  ),
  doc(
    2,
    'src2.txt',
    [
      {
        id: 'c1',
        text: 'On Monday the bridge across the Varna collapsed.',
        finding: { type: 'corroborated', matches: [match(1, 'c1', 'The bridge over the Varna river collapsed on Monday.')] },
      },
      {
        id: 'c2',
        text: 'The death toll rose to 19.',
        figures: toll(19, '19'),
        finding: {
          type: 'updated',
          explanation: 'people killed: at least 12 → 19',
          matches: [match(1, 'c2', 'At least 12 people were killed.', { figures: toll(12, 'at least 12') })],
        },
      },
      {
        id: 'c3',
        text: 'The ministry said no inspection had been carried out.',
        finding: {
          type: 'contradicted',
          explanation: 'denies what src1 asserts',
          matches: [match(1, 'c3', 'The ministry said inspections had been carried out in May.')],
        },
      },
      {
        id: 'c4',
        text: 'Vandt said: "We will rebuild it quickly."',
        kind: 'quote',
        speaker: 'Ilse Vandt',
        quote: 'We will rebuild it quickly.',
        finding: {
          type: 'quote_altered',
          severity: 'substantive',
          matches: [match(1, 'c4', '…', { quote: 'We will rebuild it quickly and safely.', speaker: 'Ilse Vandt' })],
        },
      },
    ],
    { published: '2030-01-02', spellings: [{ canonical: 'Ilse Vandt', kind: 'person', variants: ['Ilse Vandt', 'Ilse Vant'] }] },
  ),
  doc(
    3,
    'src3.txt',
    [
      {
        id: 'c1',
        text: 'Inspections were carried out in May, the ministry said.',
        finding: { type: 'corroborated', matches: [match(1, 'c3', 'The ministry said inspections had been carried out in May.')] },
      },
      {
        id: 'c2',
        text: 'Twenty-one people died.',
        figures: toll(21, 'Twenty-one'),
        finding: {
          type: 'updated',
          explanation: 'people killed: 19 → 21',
          matches: [match(2, 'c2', 'The death toll rose to 19.', { figures: toll(19, '19') })],
        },
      },
    ],
    { published: '2030-01-02' },
  ),
];

/** Twelve documents of thirty new facts each: past the facts' cap, so older pages are written. */
const longStory = () =>
  Array.from({ length: 12 }, (_, n) =>
    doc(
      n + 1,
      `long${n + 1}.txt`,
      Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, text: `Invented claim ${i} of document ${n + 1}.` })),
    ),
  );

/** Forty documents, each repeating the fact and the toll of the one before it with a new value. */
const repeatedStory = () =>
  Array.from({ length: 40 }, (_, n) => {
    const seq = n + 1;
    const spec: ClaimSpec =
      seq === 1
        ? { id: 'c1', text: 'The toll stands at 1.', figures: toll(1, '1') }
        : {
            id: 'c1',
            text: `The toll stands at ${seq}.`,
            figures: toll(seq, String(seq)),
            finding: {
              type: 'updated',
              matches: [match(seq - 1, 'c1', `The toll stands at ${seq - 1}.`, { figures: toll(seq - 1, String(seq - 1)) })],
            },
          };
    const again: ClaimSpec =
      seq === 1
        ? { id: 'c2', text: 'The bridge fell.' }
        : { id: 'c2', text: 'The bridge fell.', finding: { type: 'corroborated', matches: [match(seq - 1, 'c2', 'The bridge fell.')] } };
    return doc(seq, `src${seq}.txt`, [spec, again], { spellings: [{ canonical: 'Varna', kind: 'place', variants: ['Varna'] }] });
  });

describe('story dossier', () => {
  const { dossier } = build(story);

  it('lists a corroborated fact once, with every source that states it and the newest wording first', () => {
    const fact = dossier.facts.find((f) => f.statements.some((s) => s.claimId === 'd2-c1'))!;
    expect(fact.count).toBe(2);
    expect(fact.sources.map((s) => s.name)).toEqual(['src2.txt', 'src1.txt']);
    expect(fact.text).toBe('On Monday the bridge across the Varna collapsed.');
    expect(fact.wordings.map((w) => w.text)).toEqual([
      'On Monday the bridge across the Varna collapsed.',
      'The bridge over the Varna river collapsed on Monday.',
    ]);
    expect(fact.sources[1].uploadedAt).toBe('2030-01-01T00:00:01.000Z');
  });

  it('follows a figure over time, the latest value first', () => {
    const track = dossier.figures.find((t) => t.about === 'people killed')!;
    expect(track.latest.label).toBe('Twenty-one');
    expect(track.values.map((v) => [v.value, v.name])).toEqual([
      [21, 'src3.txt'],
      [19, 'src2.txt'],
      [12, 'src1.txt'],
    ]);
    expect(renderDossierHtml(dossier)).toContain('<svg class="timeline"');
  });

  it('keeps a contradiction as a dispute with both sides, and a later source repeating one side joins that side', () => {
    const dispute = dossier.disputes.find((x) => x.kind === 'contradiction')!;
    expect(dispute.sides.map((s) => s.claimId)).toEqual(['d2-c3', 'd1-c3']);
    expect(dispute.sides[1].sources.map((s) => s.name)).toEqual(['src1.txt', 'src3.txt']);
    expect(dossier.story.disputes).toBe(dossier.disputes.length);
  });

  it('an update from a source published no later than the one it differs from is an unresolved update', () => {
    // src3 (published 2030-01-02) gives 21 against src2's 19 of the same day: time does not explain it.
    expect(dossier.disputes.find((x) => x.kind === 'unresolved update')?.id).toBe('d3-c2');
    // src2's 19 came a day after src1's 12: an update, not a dispute.
    expect(dossier.disputes.some((x) => x.id === 'd2-c2')).toBe(false);
  });

  it('an update with no figure, status or hedge (someone went back on what they said) is an account revised', () => {
    const earlier = 'Harbour master Ivo Marsh said he never ordered the gates opened.';
    const { dossier: d } = build([
      doc(1, 'a.txt', [{ id: 'c1', text: earlier }]),
      doc(2, 'b.txt', [
        {
          id: 'c1',
          text: 'Ivo Marsh retracted his earlier account, saying the order came from his office.',
          finding: { type: 'updated', matches: [match(1, 'c1', earlier)] },
        },
      ]),
    ]);
    const track = d.figures.find((t) => t.values.some((v) => v.claimId === 'd2-c1'));
    expect(track).toMatchObject({ about: 'account', kind: 'state' });
    expect(track!.values.map((v) => [v.label, v.docId])).toEqual([
      ['revised account', 'd2'],
      ['earlier account', 'd1'],
    ]);
    expect(track!.latest.docId).toBe('d2');
  });

  it("groups a speaker's quotation variants with a word diff against the first", () => {
    const q = dossier.quotations.find((x) => x.speaker === 'Ilse Vandt')!;
    expect(q.variants.map((v) => v.sources)).toEqual([['src1.txt'], ['src2.txt']]);
    expect(q.variants[1].diff!.filter((o) => o.op === 'del').map((o) => o.word)).toEqual(['and', 'safely.']);
    expect(renderDossierHtml(dossier)).toContain('<del title="dropped">−safely.</del>');
  });

  it('lists every spelling of an entity with who uses it', () => {
    const e = dossier.entities.find((x) => x.canonical === 'Ilse Vandt')!;
    expect(e.spellings).toEqual([
      { text: 'Ilse Vandt', sources: ['src2.txt', 'src1.txt'] },
      { text: 'Ilse Vant', sources: ['src2.txt'] },
    ]);
  });

  it('sources link to their reports relative to the stories folder, in every format', () => {
    expect(dossier.sources.map((s) => s.report)).toEqual(['../d3.html', '../d2.html', '../d1.html']);
    expect(renderDossierHtml(dossier)).toContain('href="../d1.html"');
    expect(renderDossierMarkdown(dossier)).toContain('](../d1.md)');
    expect(dossier.story).toMatchObject({ id: 's1', title: 'Title of src1.txt', documents: 3, updatedAt: '2030-01-01T00:00:03.000Z' });
  });

  it('rolling back from document k gives, byte for byte, the dossier of the documents before k', () => {
    for (let k = 1; k <= story.length; k++) {
      const back = rollBack(dossier, k, []);
      expect(JSON.stringify(back), `from ${k}`).toBe(JSON.stringify(build(story.slice(0, k - 1)).dossier));
      expect(JSON.stringify(rollBack(back, k, [])), 'twice').toBe(JSON.stringify(back));
    }
    // Everything gone: an empty story, listed with no documents.
    expect(rollBack(dossier, 1, []).story.documents).toBe(0);
  });

  it('a long story pages its least recently active facts out, and a rollback past the page restores them exactly', () => {
    const many = longStory();
    const { dossier: long, pages } = build(many);
    expect(pages.length).toBeGreaterThan(0);
    expect(long.facts.length).toBeLessThanOrEqual(DOSSIER_CAPS.facts);
    expect(long.story.documents).toBe(12);
    // Paged facts are the least recently active: the newest document's facts are all live.
    expect(long.facts.filter((f) => f.sources[0].seq === 12)).toHaveLength(30);
    for (const k of [5, 9, 12]) {
      expect(JSON.stringify(rollBack(long, k, pages)), `from ${k}`).toBe(JSON.stringify(build(many.slice(0, k - 1)).dossier));
    }
    // An older page is stored as bytes from its items' remembered JSON: the same bytes as the plain renderings.
    for (const page of pages) {
      const stored = renderDossierPage(page);
      expect(Buffer.from(stored.json).equals(Buffer.from(JSON.stringify(page)))).toBe(true);
      expect(Buffer.from(stored.html).equals(Buffer.from(renderDossierPageHtml(page)))).toBe(true);
    }
  });

  it('a fact, figure or spelling repeated by every document stays bounded: a full one continues as a new entry', () => {
    const chain = repeatedStory();
    const { dossier: long, pages } = build(chain);
    for (const f of long.facts) expect(f.statements.length).toBeLessThanOrEqual(MAX_ENTRIES);
    for (const t of long.figures) expect(t.values.length).toBeLessThanOrEqual(MAX_ENTRIES);
    for (const e of long.entities) expect(e.uses.length).toBeLessThanOrEqual(MAX_ENTRIES);
    // The newest figure entry holds the latest value.
    expect(long.figures[0].latest.value).toBe(40);
    for (const k of [3, 20, 33, 40])
      expect(JSON.stringify(rollBack(long, k, pages)), `from ${k}`).toBe(JSON.stringify(build(chain.slice(0, k - 1)).dossier));
  });

  it('a document leaves the dossier it was given as it was (copies what it changes), so a process can keep one', () => {
    const deepFreeze = <T>(x: T): T => {
      if (x && typeof x === 'object' && !Object.isFrozen(x)) {
        Object.freeze(x);
        for (const v of Object.values(x)) deepFreeze(v);
      }
      return x;
    };
    for (const docs of [story, longStory(), repeatedStory()]) {
      let kept = emptyDossier('c', 's1');
      for (const [i, d] of docs.entries()) {
        const before = JSON.stringify(kept);
        // A frozen dossier throws on any change in place (modules run in strict mode).
        const next = addDocument(deepFreeze(kept), d).dossier;
        expect(JSON.stringify(kept), `document ${i + 1} changed its input`).toBe(before);
        kept = next;
      }
      expect(JSON.stringify(kept)).toBe(JSON.stringify(build(docs).dossier));
    }
  });

  it("the diff stage's renderings, from what each item remembers, are the plain ones byte for byte, document after document", () => {
    let pages = 0;
    for (const docs of [story, longStory(), repeatedStory()]) {
      let d = emptyDossier('c', 's1');
      for (const one of docs) {
        const next = addDocument(d, one);
        d = next.dossier;
        // An older page takes its items' live renderings (made for the documents before) with report links one
        // folder further up: the bytes of the plain rendering.
        if (next.page) {
          pages++;
          expect(Buffer.from(renderDossierPage(next.page).html).equals(Buffer.from(renderDossierPageHtml(next.page)))).toBe(true);
        }
        // Twice: the second time every item's text comes from what the first remembered.
        for (let round = 0; round < 2; round++) {
          // Written out as bytes in one buffer: the UTF-8 of the plain renderings, byte for byte.
          const rendered = renderDossierLater(d);
          expect(Buffer.from(rendered.json).equals(Buffer.from(JSON.stringify(d)))).toBe(true);
          expect(Buffer.from(rendered.html()).equals(Buffer.from(renderDossierHtml(d)))).toBe(true);
          expect(Buffer.from(rendered.markdown()).equals(Buffer.from(renderDossierMarkdown(d)))).toBe(true);
        }
      }
    }
    expect(pages).toBeGreaterThan(0);
    // A key left undefined is left out, as JSON.stringify leaves it out.
    const d = { ...emptyDossier('c', 's2'), founded: undefined } as unknown as Dossier;
    expect(new TextDecoder().decode(renderDossierLater(d).json)).toBe(JSON.stringify(d));
  });

  it('a document derives only the items it added to, and the dossier is what deriving every item gives', () => {
    derivedAgain.length = 0;
    for (const docs of [story, longStory(), repeatedStory()]) build(docs);
    // After every document of each story: 3 + 12 + 40.
    expect(derivedAgain).toHaveLength(55);
    for (const [kept, again] of derivedAgain) expect(kept).toBe(again);
  });
});
