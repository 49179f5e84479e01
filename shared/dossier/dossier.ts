/**
 * The story dossier: "where does the story stand now?" — one object per story of a corpus, kept by the diff stage
 * from the findings of each document the story receives. Reports answer what one article changed; the dossier
 * folds them into the facts several outlets agree on, the figures that moved (latest value first), the disputes
 * still open, each speaker's quotations as the outlets rendered them, and which spelling names whom.
 *
 * Plain data in, plain data out: `addDocument` takes the dossier and one document's report and returns the next
 * dossier; `rollBack` takes documents out again. Neither reads storage.
 *
 * Why every stored item carries `by` (the upload sequence number of the document that added it). A late upload makes
 * the diff stage replay the corpus from that point (pipeline/diff-stage.ts), and a replay must leave the dossier
 * exactly as an ordered run would have. So the dossier never merges or rewrites what an earlier document added: a
 * document only appends items (a fact, a statement of a fact, a figure value, a use of a spelling), each marked with
 * its `by`, and everything a reader sees beyond the items (newest wording, counts, latest value, order) is derived
 * from them by `finish`. Taking documents from seq X on out is then: drop the items with `by >= X` and derive again —
 * the same bytes the ordered run held before X.
 *
 * Bounded size. A story can run to hundreds of documents; each section keeps its most recently active items live and,
 * past its cap, moves the least recently active ones to a write-once older page (as the index pages its shards), so
 * what a document reads and rewrites stays bounded. A rollback reaching back past a page's writer restores the page's
 * items (the caller reads the page), which keeps replays exact here too.
 */
import { sameQuantity } from '../diff/index.ts';
import { memo } from '../diff/memo.ts';
import { resolvedHedge, scopeOf, statusOf } from '../diff/changes.ts';
import { quoteWords, wordOps, type WordOp } from '../diff/quotes.ts';
import type { EntityKind, Figure, Finding, FindingMatch, FindingType, Report, ReportEntity } from '../types.ts';

export const DOSSIER_SCHEMA_VERSION = 1;

/** Live items per section; past the cap the least recently active go to an older page, down to half the cap. */
export const DOSSIER_CAPS = { facts: 80, figures: 24, disputes: 24, quotations: 24, entities: 40, sources: 40 } as const;
/**
 * Entries one item holds (statements of a fact, values of a figure, renderings of a quotation, uses of a spelling,
 * sources of a dispute's side). A full item takes no more: the next document that continues it starts a new item
 * with the entry it matched (a figure's latest value, the wording it repeats), and the full one pages out when it is
 * no longer among the most recently active. So an item's size is bounded as the sections are, with no rewriting.
 */
export const MAX_ENTRIES = 16;
const full = (entries: unknown[]) => entries.length >= MAX_ENTRIES;
export type Section = keyof typeof DOSSIER_CAPS;
const SECTIONS = Object.keys(DOSSIER_CAPS) as Section[];

/** Who states something: a document of the corpus (outlet file, upload time) and where its report is. */
export interface SourceRef {
  docId: string;
  name: string;
  seq: number;
  /** Upload time; null for a document outside this story whose time the matching finding did not carry. */
  uploadedAt: string | null;
}

export interface DossierSource extends SourceRef {
  sourceKey: string;
  title: string | null;
  published: string | null;
  /** The document's change report, relative to the dossier page (reports/<corpus>/stories/). */
  report: string;
  by: number;
}

/** One source stating a fact, in its own words. */
export interface Statement extends SourceRef {
  claimId: string;
  text: string;
  /** What the diff found for this claim; null for an earlier claim known only as the match of a later one. */
  finding: FindingType | null;
  by: number;
}

export interface Wording {
  text: string;
  sources: string[];
}

export interface Fact {
  /** The first claim of the fact. */
  id: string;
  kind: string;
  speaker: string | null;
  /** Derived: the newest wording. */
  text: string;
  /** Derived: how many documents state it. */
  count: number;
  /** Derived: the documents stating it, newest first. */
  sources: SourceRef[];
  /** Derived: each distinct wording with the documents using it, newest first. */
  wordings: Wording[];
  statements: Statement[];
  by: number;
  /** Derived: seq of the newest document that added to it. */
  active: number;
}

export interface FigureValue extends SourceRef {
  claimId: string;
  /** The number, or null for a state ("closed", "five districts"). */
  value: number | null;
  /** As written ("at least 47"), or the state. */
  label: string;
  text: string;
  by: number;
}

export interface FigureTrack {
  /** The first claim that stated the quantity, with what is counted. */
  id: string;
  about: string;
  unit: string | null;
  kind: 'number' | 'state';
  /** Derived: the value of the newest source. */
  latest: FigureValue;
  /** Latest first. */
  values: FigureValue[];
  by: number;
  active: number;
}

export interface DisputeSide {
  claimId: string;
  text: string;
  sources: Array<SourceRef & { by: number }>;
}

export interface Dispute {
  /** The claim that opened it. */
  id: string;
  kind: 'contradiction' | 'unresolved update';
  explanation: string;
  seq: number;
  /** The claim that opened it first, then the claims it disagrees with. */
  sides: DisputeSide[];
  by: number;
  active: number;
}

export interface QuoteUse extends SourceRef {
  claimId: string;
  quote: string;
  finding: FindingType | null;
  by: number;
}

export interface QuoteVariant {
  quote: string;
  sources: string[];
  /** Word edits from the first variant to this one (absent on the first). */
  diff?: WordOp[];
}

export interface Quotation {
  id: string;
  speaker: string | null;
  /** Derived: distinct wordings, the first one first (the others diffed against it). */
  variants: QuoteVariant[];
  uses: QuoteUse[];
  by: number;
  active: number;
}

export interface SpellingUse extends SourceRef {
  spelling: string;
  by: number;
}

export interface DossierEntity {
  /** Derived: the canonical name the newest document resolved to. */
  canonical: string;
  kind: EntityKind;
  /** Derived: each spelling with the documents using it. */
  spellings: Wording[];
  uses: Array<SpellingUse & { canonical: string }>;
  by: number;
  active: number;
}

export interface OlderPage {
  page: number;
  /** Relative to the dossier page. */
  file: string;
  by: number;
  counts: Record<Section, number>;
}

export interface StorySummary {
  id: string;
  title: string;
  documents: number;
  updatedAt: string;
  disputes: number;
  /** Extra: seq of the newest document (orders stories updated in the same second). */
  seq: number;
}

export interface Dossier {
  schemaVersion: typeof DOSSIER_SCHEMA_VERSION;
  corpus: string;
  /** Derived summary (what `claimdiff stories` lists); documents 0 once every document left the story in a replay. */
  story: StorySummary;
  founded: { docId: string; title: string; seq: number } | null;
  sources: DossierSource[];
  facts: Fact[];
  figures: FigureTrack[];
  disputes: Dispute[];
  quotations: Quotation[];
  entities: DossierEntity[];
  olderPages: OlderPage[];
}

/** What an older page holds: the items moved out of the live dossier. */
export interface DossierPage {
  schemaVersion: typeof DOSSIER_SCHEMA_VERSION;
  corpus: string;
  story: string;
  page: number;
  by: number;
  facts: Fact[];
  figures: FigureTrack[];
  disputes: Dispute[];
  quotations: Quotation[];
  entities: DossierEntity[];
  sources: DossierSource[];
}

export const olderPageFile = (story: string, page: number) => `older/${story}-${page}`;
export const reportLink = (docId: string) => `../${encodeURIComponent(docId)}.html`;

export function emptyDossier(corpus: string, story: string): Dossier {
  return finish({
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    corpus,
    story: { id: story, title: '', documents: 0, updatedAt: '', disputes: 0, seq: 0 },
    founded: null,
    sources: [],
    facts: [],
    figures: [],
    disputes: [],
    quotations: [],
    entities: [],
    olderPages: [],
  });
}

/** One document as the dossier takes it in: its report and the spellings it itself uses. */
export interface DossierDocument {
  report: Report;
  name: string;
  sourceKey: string;
  seq: number;
  uploadedAt: string;
  /** The entities this document names, each resolved to the corpus's canonical name, with the spellings it uses. */
  spellings: Array<{ canonical: string; kind: EntityKind; variants: string[] }>;
}

// ---------- adding a document ----------

/** What adding one document works with: the dossier, the document as a source, and the items indexed by claim. */
interface Adding {
  d: Dossier;
  self: SourceRef;
  by: number;
  /** The document's publication date (tells an update from a dispute). */
  published: string | null;
  /** The story's documents by id. */
  known: Map<string, DossierSource>;
  /** An earlier document as a finding names it: its upload time known when it is a source of this story. */
  refOf: (m: FindingMatch) => SourceRef;
  factOf: Map<string, Fact>;
  quotationOf: Map<string, Quotation>;
  tracksOf: Map<string, FigureTrack[]>;
  disputeSides: Map<string, Array<{ dispute: Dispute; side: number }>>;
  /** Items of the dossier read, copied on their first change (see `addDocument`), by the item read. */
  copies: Map<object, object>;
  /**
   * Items this document made or copied: changed in place. They are also the only items whose derived fields can have
   * changed (every entry a document adds goes into an item it made or copied first, and a redelivery's rollback took
   * out everything from its seq on), so only they are derived again: a document costs what it adds, not the size of
   * the dossier (a story's 80 facts re-derived for every document was most of what keeping the dossier cost).
   */
  own: Set<object>;
}
type Claim = Report['claims'][number];

/**
 * The dossier with one more document, and the older page to write when a section outgrew its cap (null otherwise).
 * The input is left as it was: an item the document changes is copied first (copy on write), the others are shared
 * with the result. So the dossier a process wrote can be kept and handed to the story's next document as it is, with
 * its items' renderings (pipeline/dossiers.ts, dossier/render.ts), instead of ~100 KB parsed and rendered again.
 */
export function addDocument(before: Dossier, doc: DossierDocument): { dossier: Dossier; page: DossierPage | null } {
  const d: Dossier = { ...before };
  for (const s of SECTIONS) (d[s] as unknown[]) = [...before[s]];
  d.olderPages = [...before.olderPages];
  const by = doc.seq;
  const self: SourceRef = { docId: doc.report.document.id, name: doc.name, seq: by, uploadedAt: doc.uploadedAt };
  addSource(d, doc, self);
  const a = adding(d, self, doc.report.document.published);
  const claims = new Map(doc.report.claims.map((c) => [c.id, c]));
  for (const f of doc.report.findings) {
    const claim = claims.get(f.claimId);
    if (!claim) continue;
    const matched = f.matches.filter((m) => m.claimId);
    if (claim.quote) addQuotation(a, claim, f, matched);
    else addFact(a, claim, f, matched);
    // Both sides of a dispute gain the sources that later repeat them.
    if (f.type === 'corroborated') repeatDisputeSides(a, matched);
    if (f.type !== 'new') addFigures(a, claim, f, matched);
    const dispute = disputeOf(a, f, claim.text);
    if (dispute) {
      d.disputes.push(made(a, dispute));
      for (const [i, side] of dispute.sides.entries()) append(a.disputeSides, side.claimId, { dispute, side: i });
    }
  }
  addSpellings(a, doc);
  return pageOut(
    finishItems(d, (item) => a.own.has(item)),
    by,
  );
}

/** An item this document made: its own to change. */
function made<T extends object>(a: Adding, item: T): T {
  a.own.add(item);
  return item;
}

/** The item as this document last left it: its copy once the document changed it. */
function current<T extends object>(a: Adding, item: T): T {
  return (a.copies.get(item) as T | undefined) ?? item;
}

/**
 * The item, changeable: items the document made are changed in place, items of the dossier read are copied (their
 * entry lists too) and the copy takes the item's place in its section.
 */
function writable<T extends Fact | FigureTrack | Dispute | Quotation | DossierEntity>(a: Adding, section: Section, read: T): T {
  const item = current(a, read);
  if (a.own.has(item)) return item;
  const copy: T =
    'statements' in item
      ? { ...item, statements: [...item.statements] }
      : 'values' in item
        ? { ...item, values: [...item.values] }
        : 'sides' in item
          ? { ...item, sides: item.sides.map((side) => ({ ...side, sources: [...side.sources] })) }
          : { ...item, uses: [...item.uses] };
  const list = a.d[section] as unknown[];
  const at = list.indexOf(item);
  if (at < 0) throw new Error(`dossier ${a.d.story.id}: a changed item is not in its section ${section}`);
  list[at] = copy;
  a.copies.set(read, copy);
  a.own.add(copy);
  return copy;
}

/** The document as a source of the story (once, however often it is delivered), and the story's founder if first. */
function addSource(d: Dossier, doc: DossierDocument, self: SourceRef): void {
  if (!d.founded) d.founded = { docId: self.docId, title: doc.report.document.title ?? doc.name, seq: self.seq };
  d.sources = d.sources.filter((s) => s.docId !== self.docId);
  d.sources.push({
    ...self,
    sourceKey: doc.sourceKey,
    title: doc.report.document.title,
    published: doc.report.document.published,
    report: reportLink(self.docId),
    by: self.seq,
  });
}

function adding(d: Dossier, self: SourceRef, published: string | null): Adding {
  const known = new Map(d.sources.map((s) => [s.docId, s]));
  const refOf = (m: FindingMatch): SourceRef => {
    const source = known.get(m.docId);
    return { docId: m.docId, name: source?.name ?? sourceName(m.sourceKey), seq: m.seq ?? 0, uploadedAt: source?.uploadedAt ?? null };
  };
  const tracksOf = new Map<string, FigureTrack[]>();
  for (const t of d.figures) for (const v of t.values) append(tracksOf, v.claimId, t);
  const disputeSides = new Map<string, Array<{ dispute: Dispute; side: number }>>();
  for (const dispute of d.disputes)
    for (const [i, side] of dispute.sides.entries()) append(disputeSides, side.claimId, { dispute, side: i });
  return {
    d,
    self,
    by: self.seq,
    published,
    known,
    refOf,
    factOf: indexBy(d.facts, (f) => f.statements.map((s) => s.claimId)),
    quotationOf: indexBy(d.quotations, (q) => q.uses.map((u) => u.claimId)),
    tracksOf,
    disputeSides,
    copies: new Map(),
    own: new Set(),
  };
}

/** Quotations: the same words (corroborated) or the same speaker's altered words join the quotation they match. */
function addQuotation(a: Adding, claim: Claim, f: Finding, matched: FindingMatch[]): void {
  const use: QuoteUse = { ...a.self, claimId: claim.id, quote: claim.quote!, finding: f.type, by: a.by };
  const repeats = f.type === 'corroborated' || f.type === 'quote_altered';
  const earlierUse = (m: FindingMatch): QuoteUse => ({
    ...a.refOf(m),
    claimId: m.claimId!,
    quote: m.quote ?? m.claimText,
    finding: null,
    by: a.by,
  });
  const hit = repeats ? firstHit(a, matched, a.quotationOf) : undefined;
  if (hit && !full(hit.uses)) {
    const q = writable(a, 'quotations', hit);
    q.uses.push(use);
    // A match without quotation marks (the same words reported as a statement) is a rendering of the quotation too.
    for (const m of matched) if (!q.uses.some((x) => x.claimId === m.claimId)) q.uses.push(earlierUse(m));
    return;
  }
  const earlier = repeats ? matched.map(earlierUse) : [];
  const q: Quotation = {
    id: earlier[0]?.claimId ?? claim.id,
    speaker: claim.speaker ?? matched[0]?.speaker ?? null,
    variants: [],
    uses: [...earlier, use],
    by: a.by,
    active: a.by,
  };
  a.d.quotations.push(made(a, q));
  fileUnder(a, a.quotationOf, q, (x) => x.uses);
}

/** Facts: a corroboration joins the fact its match belongs to; anything else is a fact of its own. */
function addFact(a: Adding, claim: Claim, f: Finding, matched: FindingMatch[]): void {
  const statement: Statement = { ...a.self, claimId: claim.id, text: claim.text, finding: f.type, by: a.by };
  const earlierStatement = (m: FindingMatch): Statement => ({
    ...a.refOf(m),
    claimId: m.claimId!,
    text: m.claimText,
    finding: null,
    by: a.by,
  });
  const hit = f.type === 'corroborated' ? firstHit(a, matched, a.factOf) : undefined;
  if (hit && !full(hit.statements)) {
    const fact = writable(a, 'facts', hit);
    fact.statements.push(statement);
    // Every source the corroboration names states the fact, also one whose claim the dossier filed with another fact.
    for (const m of matched) if (!fact.statements.some((x) => x.claimId === m.claimId)) fact.statements.push(earlierStatement(m));
    return;
  }
  const earlier = f.type === 'corroborated' ? matched.map(earlierStatement) : [];
  const fact: Fact = {
    id: earlier[0]?.claimId ?? claim.id,
    kind: claim.kind,
    speaker: claim.speaker,
    text: '',
    count: 0,
    sources: [],
    wordings: [],
    statements: [...earlier, statement],
    by: a.by,
    active: a.by,
  };
  a.d.facts.push(made(a, fact));
  fileUnder(a, a.factOf, fact, (x) => x.statements);
}

/** A new item is what a later match of its claims joins, unless such a claim's item still has room. */
function fileUnder<T extends Fact | Quotation>(
  a: Adding,
  index: Map<string, T>,
  item: T,
  entriesOf: (item: T) => Array<{ claimId: string }>,
): void {
  for (const { claimId } of entriesOf(item))
    if (!index.has(claimId) || full(entriesOf(current(a, index.get(claimId)!)))) index.set(claimId, item);
}

function repeatDisputeSides(a: Adding, matched: FindingMatch[]): void {
  for (const m of matched)
    for (const at of a.disputeSides.get(m.claimId!) ?? []) {
      const side = current(a, at.dispute).sides[at.side];
      if (full(side.sources) || side.sources.some((s) => s.docId === a.self.docId)) continue;
      writable(a, 'disputes', at.dispute).sides[at.side].sources.push({ ...a.self, by: a.by });
    }
}

function indexBy<T>(items: T[], ids: (item: T) => string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) for (const id of ids(item)) if (!map.has(id)) map.set(id, item);
  return map;
}

function append<T>(index: Map<string, T[]>, key: string, item: T): void {
  const list = index.get(key);
  if (list) list.push(item);
  else index.set(key, [item]);
}

function firstHit<T extends object>(a: Adding, matches: FindingMatch[], index: Map<string, T>): T | undefined {
  for (const m of matches) {
    const hit = index.get(m.claimId!);
    if (hit) return current(a, hit);
  }
  return undefined;
}

/** Figures this document's claim gives for quantities the diff compared with earlier claims. */
function addFigures(a: Adding, claim: Claim, f: Finding, matched: FindingMatch[]): void {
  const added = addNumberFigures(a, claim, matched);
  // A scope or a state that changed ("two districts" → "five", "opened" → "closed"): a track of states.
  if (!added && f.type === 'updated' && matched.length) addStateFigure(a, claim, matched);
}

/** The claim's values of quantities an earlier claim the diff matched also counted; true when it added one. */
function addNumberFigures(a: Adding, claim: Claim, matched: FindingMatch[]): boolean {
  let added = false;
  for (const g of claim.figures.filter(countable)) {
    const value: FigureValue = {
      ...a.self,
      claimId: claim.id,
      value: g.value,
      label: g.raw ?? String(g.value),
      text: claim.text,
      by: a.by,
    };
    // The quantity as an earlier claim the diff matched counted it: join its track, or start one with its value.
    const track = tracksMatched(a, matched).find(
      (t) => !full(t.values) && t.kind === 'number' && t.unit === g.unit && t.values.some((v) => v.claimId !== claim.id && sameAbout(t, g)),
    );
    if (track) {
      if (!track.values.some((v) => v.claimId === claim.id && v.label === value.label)) writable(a, 'figures', track).values.push(value);
      link(a.tracksOf, claim.id, track);
      added = true;
      continue;
    }
    const earlier = matched.flatMap((m) =>
      (m.figures ?? [])
        .filter((h) => countable(h) && sameQuantityOrAbout(h, g))
        .slice(0, 1)
        .map(
          (h): FigureValue => ({
            ...a.refOf(m),
            claimId: m.claimId!,
            value: h.value,
            label: h.raw ?? String(h.value),
            text: m.claimText,
            by: a.by,
          }),
        ),
    );
    if (!earlier.length) continue;
    startTrack(a, { id: `${earlier[0].claimId}#${g.about}`, about: g.about, unit: g.unit, kind: 'number' }, [...earlier, value]);
    added = true;
  }
  return added;
}

function startTrack(a: Adding, what: Pick<FigureTrack, 'id' | 'about' | 'unit' | 'kind'>, values: FigureValue[]): void {
  const t: FigureTrack = { ...what, latest: values[values.length - 1], values, by: a.by, active: a.by };
  a.d.figures.push(made(a, t));
  for (const v of t.values) link(a.tracksOf, v.claimId, t);
}

/** An update of a scope ("two districts" → "five"), a status ("opened" → "closed") or a hedge the claim resolves. */
function addStateFigure(a: Adding, claim: Claim, matched: FindingMatch[]): void {
  const { about, label, was: stateOf } = stateUpdate(claim.text, matched[0].claimText);
  if (!label) return;
  const value: FigureValue = { ...a.self, claimId: claim.id, value: null, label, text: claim.text, by: a.by };
  const track = tracksMatched(a, matched).find((t) => !full(t.values) && t.kind === 'state' && t.about === about);
  if (track) {
    writable(a, 'figures', track).values.push(value);
    link(a.tracksOf, claim.id, track);
    return;
  }
  const earlier = matched.slice(0, 1).flatMap((m) => {
    const was = stateOf(m.claimText);
    return was ? [{ ...a.refOf(m), claimId: m.claimId!, value: null, label: was, text: m.claimText, by: a.by }] : [];
  });
  startTrack(a, { id: `${earlier[0]?.claimId ?? claim.id}#${about}`, about, unit: null, kind: 'state' }, [...earlier, value]);
}

/**
 * What a state track follows for an update, the later claim's state and how an earlier claim's reads: a scope, a
 * status, a hedge the claim resolves ("may have bounced" → "bounced twice": possible → stated), or else any other
 * account a later source revised (someone went back on what they said), so the story's page still says what changed
 * and which source has the latest version. The first that applies; each pattern is run once for the claim (the
 * status patterns are most of what keeping the dossier costs a document otherwise).
 */
function stateUpdate(text: string, earlier: string): { about: string; label: string; was: (t: string) => string | null } {
  const scope = scopeOf(text);
  if (scope) return { about: scope.measure, label: scope.label, was: (t) => scopeOf(t)?.label ?? null };
  const status = statusOf(text);
  if (status) return { about: 'status', label: status.state, was: (t) => statusOf(t)?.state ?? null };
  const hedge = resolvedHedge(earlier, text);
  if (hedge) return { about: `"${hedge}"`, label: 'stated', was: (t) => (t === text ? 'stated' : 'possible or expected') };
  return { about: 'account', label: 'revised account', was: () => 'earlier account' };
}

/** Earlier values ("up from 6.8") and additions are not what the claim reports as the quantity's value. */
const countable = (g: Figure) => g.role !== 'previous' && g.role !== 'increment' && !g.anchor && Boolean(g.about);
const sameAbout = (t: FigureTrack, g: Figure) => t.about === g.about || t.values.length === 0;
function sameQuantityOrAbout(a: Figure, b: Figure): boolean {
  return (a.about === b.about && a.unit === b.unit) || sameQuantity(a, b);
}
/** The tracks of the claims matched, as this document left them. */
function tracksMatched(a: Adding, matched: FindingMatch[]): FigureTrack[] {
  return matched.flatMap((m) => a.tracksOf.get(m.claimId!) ?? []).map((t) => current(a, t));
}
function link(index: Map<string, FigureTrack[]>, claimId: string, track: FigureTrack): void {
  const list = index.get(claimId) ?? [];
  if (!list.includes(track)) index.set(claimId, [...list, track]);
}

/**
 * A contradiction is a dispute. So is an update that time does not explain: the new value comes from a document
 * published no later than the one it differs from (two outlets of the same day with 13 and 18 dead disagree; a later
 * day's 18 simply updates the 13). Without both publication dates an update counts as time moving on.
 */
function disputeOf(a: Adding, f: Finding, text: string): Dispute | null {
  const matched = f.matches.filter((m) => m.claimId);
  if (!matched.length) return null;
  const published = a.published;
  let kind: Dispute['kind'];
  if (f.type === 'contradicted') kind = 'contradiction';
  else if (f.type === 'updated' && published && matched.some((m) => (a.known.get(m.docId)?.published ?? '') >= published))
    kind = 'unresolved update';
  else return null;
  return {
    id: f.claimId,
    kind,
    explanation: f.explanation,
    seq: a.self.seq,
    sides: [
      { claimId: f.claimId, text, sources: [{ ...a.self, by: a.by }] },
      ...matched.map((m) => ({ claimId: m.claimId!, text: m.claimText, sources: [{ ...a.refOf(m), by: a.by }] })),
    ],
    by: a.by,
    active: a.by,
  };
}

/**
 * Entities: a spelling joins the entity the corpus resolved it to. The registry's variants (the report's entity
 * entry) tell that a dossier entity filed under an older canonical name is the same one.
 */
function addSpellings(a: Adding, doc: DossierDocument): void {
  const { d, self, by } = a;
  const registry = new Map<string, ReportEntity>(doc.report.entities.map((e) => [e.canonical, e]));
  // Which entities (by place in the section, which adding keeps) have a use filed under each canonical name: a
  // spelling finds its entity through its names, not by scanning every use of every entity for each spelling.
  const usedAt = new Map<string, number[]>();
  const note = (canonical: string, at: number) => {
    const places = usedAt.get(canonical);
    if (!places) usedAt.set(canonical, [at]);
    else if (!places.includes(at)) places.push(at);
  };
  for (const [at, e] of d.entities.entries()) for (const u of e.uses) note(u.canonical, at);
  for (const s of doc.spellings) {
    const aliases = registry.get(s.canonical)?.variants ?? [];
    // The first entity of the section of this kind, not full, with a use under one of the names.
    let at = -1;
    for (const name of new Set([s.canonical, ...aliases]))
      for (const place of usedAt.get(name) ?? []) {
        const e = d.entities[place];
        if ((at < 0 || place < at) && e.kind === s.kind && !full(e.uses)) at = place;
      }
    let entity: DossierEntity;
    if (at >= 0) entity = d.entities[at];
    else {
      entity = made(a, { canonical: s.canonical, kind: s.kind, spellings: [], uses: [], by, active: by });
      at = d.entities.push(entity) - 1;
    }
    for (const spelling of [...new Set(s.variants)].sort()) {
      if (!entity.uses.some((u) => u.docId === self.docId && u.spelling === spelling)) {
        (entity = writable(a, 'entities', entity)).uses.push({ ...self, spelling, canonical: s.canonical, by });
        note(s.canonical, at);
      }
    }
  }
}

// ---------- deriving what a reader sees ----------

const byActivity = <T extends { active: number; id?: string }>(a: T, b: T) =>
  b.active - a.active || String(a.id ?? '').localeCompare(String(b.id ?? ''));
const bySeq = <T extends { seq: number; claimId?: string; docId: string }>(a: T, b: T) =>
  a.seq - b.seq || a.docId.localeCompare(b.docId) || (a.claimId ?? '').localeCompare(b.claimId ?? '');
const maxBy = (items: Array<{ by: number }>, floor: number) => items.reduce((m, x) => Math.max(m, x.by), floor);
const ref = (s: SourceRef): SourceRef => ({ docId: s.docId, name: s.name, seq: s.seq, uploadedAt: s.uploadedAt });

/**
 * The documents stating something, newest first, from its entries in upload order (bySeq: each derive sorts them
 * first). They were copied and sorted again here and for the wordings, two more sorts of every changed item's
 * entries per document, comparing ids as strings; a stable sort of sorted entries leaves them as they are.
 */
function distinctSources(sorted: SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (let i = sorted.length - 1; i >= 0; i--) if (!seen.has(sorted[i].docId)) seen.set(sorted[i].docId, ref(sorted[i]));
  return [...seen.values()];
}

/** A wording with its spacing evened out: how wordings are told apart (remembered: a fact's wordings recur). */
const wordingKey = memo((text: string) => text.replace(/\s+/g, ' ').trim());

/** Each wording with the documents using it, newest first, from entries in upload order (as distinctSources). */
function wordingsOf<T extends SourceRef>(sorted: T[], textOf: (entry: T) => string): Wording[] {
  const groups = new Map<string, { text: string; sources: string[] }>();
  for (let i = sorted.length - 1; i >= 0; i--) {
    const s = sorted[i];
    const text = textOf(s);
    const key = wordingKey(text);
    const g = groups.get(key) ?? { text, sources: [] };
    if (!g.sources.includes(s.name)) g.sources.push(s.name);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Each section's derived fields, from the item's own entries only (so an item nobody added to keeps its own). */
function deriveFact(f: Fact): void {
  f.statements.sort(bySeq);
  f.active = maxBy(f.statements, f.by);
  f.sources = distinctSources(f.statements);
  f.count = f.sources.length;
  f.wordings = wordingsOf(f.statements, (x) => x.text);
  f.text = f.wordings[0]?.text ?? '';
}
function deriveFigure(t: FigureTrack): void {
  t.values.sort((a, b) => bySeq(b, a));
  t.active = maxBy(t.values, t.by);
  t.latest = t.values[0];
}
function deriveDispute(x: Dispute): void {
  for (const side of x.sides) side.sources.sort(bySeq);
  x.active = Math.max(x.by, ...x.sides.map((s) => maxBy(s.sources, 0)));
}
function deriveQuotation(q: Quotation): void {
  q.uses.sort(bySeq);
  q.active = maxBy(q.uses, q.by);
  q.variants = variantsOf(q.uses);
}
function deriveEntity(e: DossierEntity): void {
  e.uses.sort((a, b) => bySeq(a, b) || a.spelling.localeCompare(b.spelling));
  e.active = maxBy(e.uses, e.by);
  e.canonical = e.uses[e.uses.length - 1]?.canonical ?? e.canonical;
  // The spelling most sources use first.
  e.spellings = wordingsOf(e.uses, (u) => u.spelling).sort((x, y) => y.sources.length - x.sources.length || x.text.localeCompare(y.text));
}

/** Recomputes every derived field from the items, in a canonical order: the same items give the same bytes. */
export function finish(d: Dossier): Dossier {
  return finishItems(d, () => true);
}

function finishItems(d: Dossier, touched: (item: Fact | FigureTrack | Dispute | Quotation | DossierEntity) => boolean): Dossier {
  for (const f of d.facts) if (touched(f)) deriveFact(f);
  resort(d.facts, touched, byActivity);
  for (const t of d.figures) if (touched(t)) deriveFigure(t);
  resort(d.figures, touched, byActivity);
  for (const x of d.disputes) if (touched(x)) deriveDispute(x);
  resort(d.disputes, touched, (a, b) => b.seq - a.seq || a.id.localeCompare(b.id));
  for (const q of d.quotations) if (touched(q)) deriveQuotation(q);
  resort(d.quotations, touched, byActivity);
  for (const e of d.entities) if (touched(e)) deriveEntity(e);
  resort(d.entities, touched, (a, b) => b.active - a.active || a.canonical.localeCompare(b.canonical));
  d.sources.sort((a, b) => bySeq(b, a));
  d.olderPages.sort((a, b) => a.page - b.page);
  const newest = d.sources[0];
  d.story = {
    id: d.story.id,
    title: d.founded?.title ?? '',
    documents: d.sources.length + d.olderPages.reduce((n, p) => n + p.counts.sources, 0),
    updatedAt: newest?.uploadedAt ?? '',
    disputes: d.disputes.length,
    seq: newest?.seq ?? 0,
  };
  return d;
}

/**
 * `list.sort(order)` (a stable sort), when only the items `touched` says may have moved. The others keep the order
 * the dossier read had them in, which is sorted: so only the touched ones (a document's few dozen) are sorted, and
 * merged into the others, equal keys in their places in the list, as the stable sort leaves them. Sorting every
 * section again compared ~200 items a document, most by their ids (string comparisons). Should the others not be in
 * order (a dossier stored otherwise), the whole list is sorted.
 */
function resort<T extends object>(list: T[], touched: (item: T) => boolean, order: (a: T, b: T) => number): void {
  const moved: number[] = [];
  const kept: number[] = [];
  for (let i = 0; i < list.length; i++) (touched(list[i]) ? moved : kept).push(i);
  const inOrder = kept.every((at, k) => k === 0 || order(list[kept[k - 1]], list[at]) <= 0);
  if (!inOrder || moved.length === list.length) {
    list.sort(order);
    return;
  }
  if (moved.length === 0) return;
  const byKey = (i: number, j: number) => order(list[i], list[j]) || i - j;
  moved.sort(byKey);
  const merged: T[] = new Array(list.length);
  for (let n = 0, k = 0, m = 0; n < merged.length; n++)
    merged[n] = list[m >= moved.length || (k < kept.length && byKey(kept[k], moved[m]) < 0) ? kept[k++] : moved[m++]];
  for (let n = 0; n < merged.length; n++) list[n] = merged[n];
}

/** Distinct wordings of a quotation, the first first, each later one with its word edits from the first. */
function variantsOf(uses: QuoteUse[]): QuoteVariant[] {
  const groups = new Map<string, QuoteVariant>();
  for (const u of uses) {
    const key = quotationKey(u.quote);
    const g = groups.get(key) ?? { quote: u.quote, sources: [] };
    if (!g.sources.includes(u.name)) g.sources.push(u.name);
    groups.set(key, g);
  }
  const variants = [...groups.values()];
  for (const v of variants.slice(1)) v.diff = wordEdits(variants[0].quote, v.quote);
  return variants;
}

/**
 * A quotation's words, and the word edits between two of its wordings, remembered per text: a quotation's variants
 * are grouped and diffed again whenever a source adds a use to it, and the texts recur from one document to the
 * next. The edits are shared between the dossiers that hold them, as every entry is, and never changed.
 */
const quotationKey = memo((quote: string) => quoteWords(quote).join(' '));
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
/** A pair of wordings as one key: the first one's length, then both (so any text splits back exactly). */
const editsOfPair = memo((pair: string) => {
  const colon = pair.indexOf(':');
  const split = colon + 1 + Number(pair.slice(0, colon));
  return wordOps(wordsOf(pair.slice(colon + 1, split)), wordsOf(pair.slice(split)));
}, 5000);
const wordEdits = (first: string, quote: string): WordOp[] => editsOfPair(`${first.length}:${first}${quote}`);

export function storySummary(d: Dossier): StorySummary {
  return { ...d.story };
}

// ---------- paging and rolling back ----------

/**
 * Moves the least recently active items of each section past its cap to an older page, down to half the cap. The
 * page is named by its number; the dossier lists it with the document that wrote it, so a rollback can restore it.
 */
function pageOut(d: Dossier, by: number): { dossier: Dossier; page: DossierPage | null } {
  const over = SECTIONS.filter((s) => d[s].length > DOSSIER_CAPS[s]);
  if (!over.length) return { dossier: d, page: null };
  const number = (d.olderPages[d.olderPages.length - 1]?.page ?? 0) + 1;
  const page: DossierPage = {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    corpus: d.corpus,
    story: d.story.id,
    page: number,
    by,
    facts: [],
    figures: [],
    disputes: [],
    quotations: [],
    entities: [],
    sources: [],
  };
  for (const s of over) {
    // Every section is kept most recently active first (finish), so the tail is the least recently active.
    const keep = DOSSIER_CAPS[s] / 2;
    (page[s] as unknown[]) = d[s].slice(keep);
    (d[s] as unknown[]) = d[s].slice(0, keep);
  }
  const counts = Object.fromEntries(SECTIONS.map((s) => [s, page[s].length])) as Record<Section, number>;
  d.olderPages.push({ page: number, file: olderPageFile(d.story.id, number), by, counts });
  // Moving items changes none of theirs: only the summary (documents on older pages) is derived again.
  return { dossier: finishItems(d, () => false), page };
}

/** Older pages written by documents from seq `from` on: a rollback to before `from` needs them read back. */
export function pagesToRestore(d: Dossier, from: number): number[] {
  return d.olderPages.filter((p) => p.by >= from).map((p) => p.page);
}

/**
 * The dossier as it was before document `from`: the pages those documents wrote come back (`restored`, as read from
 * storage), and every item they added goes. Running it twice gives the same dossier.
 */
export function rollBack(before: Dossier, from: number, restored: DossierPage[]): Dossier {
  const d: Dossier = structuredClone(before);
  const pages = new Set(pagesToRestore(d, from));
  for (const p of restored) {
    if (!pages.has(p.page)) continue;
    for (const s of SECTIONS) (d[s] as unknown[]).push(...structuredClone(p[s]));
  }
  d.olderPages = d.olderPages.filter((p) => p.by < from);
  const keep = <T extends { by: number }>(x: T) => x.by < from;
  d.sources = d.sources.filter(keep);
  d.facts = d.facts.filter(keep).map((f) => ({ ...f, statements: f.statements.filter(keep) }));
  d.figures = d.figures
    .filter(keep)
    .map((t) => ({ ...t, values: t.values.filter(keep) }))
    .filter((t) => t.values.length > 0);
  d.disputes = d.disputes.filter(keep).map((x) => ({ ...x, sides: x.sides.map((s) => ({ ...s, sources: s.sources.filter(keep) })) }));
  d.quotations = d.quotations.filter(keep).map((q) => ({ ...q, uses: q.uses.filter(keep) }));
  d.entities = d.entities.filter(keep).map((e) => ({ ...e, uses: e.uses.filter(keep) }));
  if (d.founded && d.founded.seq >= from) d.founded = null;
  return finish(d);
}

export function sourceName(sourceKey: string): string {
  return sourceKey.split('/').pop() ?? sourceKey;
}
