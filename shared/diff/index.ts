/**
 * diff: each claim of a new document against the corpus claims that share a retrieval key with it. Exactly one
 * finding per claim, chosen by what matters most to a reader: contradicted, then updated (a changed figure, scope
 * or status), then quote_altered, then corroborated, else new.
 *
 * The concerns live in their own files: quantities.ts (what figures measure, agreement, formatting), verdicts.ts (the
 * ordered verdict detectors for one pair of claims), thresholds.ts (their numbers), retrieval.ts (index keys and
 * candidate selection). This file chooses one finding per claim among the verdicts.
 */
import { perFindingType } from '../finding-types.ts';
import type { Claim, CorpusClaim, Finding, FindingMatch, FindingType } from '../types.ts';
import { statesVerb, statusOf } from './changes.ts';
import { figureUpdateSuperseded, sameNationals } from './quantities.ts';
import { diffWords, quoteWords } from './quotes.ts';
import { byId, corpusOrder } from './retrieval.ts';
import { compare, nameOf, type Prepared, type PreparedCorpusClaim, prepare, type Verdict } from './verdicts.ts';

export { assignStory, emptyStories, inStory, storySignature, type StoryRegistry } from './story.ts';
export { shapeOf } from './normalize.ts';
export { distinctive, figureUpdateSuperseded, numbersOf, placesDiffer, sameQuantity, valuesAgree } from './quantities.ts';
export { corpusOrder, MAX_CANDIDATES_PER_CLAIM, retrievalKeys, selectCandidates } from './retrieval.ts';
export { speakersCompatible, VERDICT_RULES } from './verdicts.ts';

const match = (c: CorpusClaim): FindingMatch => ({
  docId: c.docId,
  sourceKey: c.sourceKey,
  claimText: c.text,
  claimId: c.id,
  seq: c.seq,
  figures: c.figures,
  speaker: c.speaker,
  quote: c.quote,
});

/** Which verdict wins when a claim matches earlier claims in several ways (finding-types.ts). */
const RANK: Record<FindingType, number> = perFindingType((_, info) => info.rank);

/** Every claim against the same candidates (the whole corpus, in tests and evaluations). */
export function diffClaims(claims: Claim[], candidates: CorpusClaim[]): Finding[] {
  return diffEachClaim(
    claims,
    claims.map(() => candidates),
  );
}

/** Cheap pre-filter: nothing in common, nothing to compare (a quotation is compared on its words). */
function nothingInCommon(c: Prepared, old: PreparedCorpusClaim): boolean {
  const shape = old.shape;
  return (
    !c.claim.quote &&
    ![...c.shape.tokens].some((t) => shape.tokens.has(t)) &&
    ![...c.shape.entities].some((e) => shape.entities.has(e)) &&
    !sameNationals(c.claim.figures, old.claim.figures)
  );
}

function remove(verdicts: Verdict[], drop: Verdict[]): void {
  for (const v of drop) verdicts.splice(verdicts.indexOf(v), 1);
}

/** The verdict rule that reads a change of state (verdicts.ts). */
const STATUS_CHANGE = 'status change';

/** Verdicts that history has overtaken, removed before one is chosen. */
function dropOvertaken(claim: Claim, verdicts: Verdict[]): void {
  // A quotation repeated word for word somewhere is corroborated, even if another outlet altered it.
  if (claim.quote && verdicts.some((v) => v.type === 'corroborated' && v.explanation.startsWith('same quotation'))) {
    for (let i = verdicts.length - 1; i >= 0; i--) if (verdicts[i].type === 'quote_altered') verdicts.splice(i, 1);
  }
  // A figure that a newer source already reported with this value is history, not news: "27 have died" updates
  // day one's 18, but day two already said 27, so the claim corroborates day two.
  // SAME_SOURCE_SUPERSEDES: the same holds within one source. A report that gives the toll as 41 and further down
  // recaps the night's "30" already told the reader 41; a later 41 corroborates it, and is no update of the recap.
  const corroboratedLater = (v: Verdict) =>
    verdicts.some(
      (n) =>
        n !== v &&
        n.type === 'corroborated' &&
        n.candidate.seq >= v.candidate.seq &&
        figureUpdateSuperseded(claim, v.candidate, n.candidate),
    );
  remove(
    verdicts,
    verdicts.filter((v) => v.type === 'updated' && corroboratedLater(v)),
  );
  // STATE_ALREADY_REPORTED: a state the claim corroborates is not news again against another source's other state.
  // "convicted and sentenced to four years" after "would be taken into custody at once" updates nothing when an earlier report it
  // corroborates already said he was convicted.
  const state = verdicts.some((v) => v.rule === STATUS_CHANGE) ? statusOf(claim.text)?.state : undefined;
  if (state)
    remove(
      verdicts,
      verdicts.filter(
        (v) => v.rule === STATUS_CHANGE && verdicts.some((n) => n.type === 'corroborated' && statusOf(n.candidate.text)?.state === state),
      ),
    );
  // A hedge resolved long ago is history: "was already sentenced to 25 years" updates nothing when an earlier
  // source it corroborates already stated the sentence.
  remove(
    verdicts,
    verdicts.filter((v) => v.hedge && verdicts.some((n) => n.type === 'corroborated' && statesVerb(n.candidate.text, v.hedge!))),
  );
}

/** A claim no earlier claim reports. */
const newFinding = (claim: Claim): Finding => ({
  type: 'new',
  claimId: claim.id,
  claimText: claim.text,
  severity: null,
  matches: [],
  explanation: 'not reported by any earlier document in the corpus',
  firstSeen: null,
});

/** The finding of the verdicts that rank highest: newest first; an altered quotation against its closest version. */
function chooseFinding(claim: Claim, verdicts: Verdict[]): Finding {
  const top = Math.max(...verdicts.map((v) => RANK[v.type]));
  const chosen = verdicts
    .filter((v) => RANK[v.type] === top)
    .sort(
      (a, b) =>
        (top === RANK.quote_altered ? quoteDistance(claim, a.candidate) - quoteDistance(claim, b.candidate) : 0) ||
        b.candidate.seq - a.candidate.seq ||
        byId(a.candidate, b.candidate),
    );
  const type = chosen[0].type;
  // Corroborations list every source; the others name the claims they differ from (newest first).
  const matches = dedupe(type === 'corroborated' ? [...chosen].reverse() : chosen).map((v) => match(v.candidate));
  const all = verdicts.map((v) => v.candidate).sort(corpusOrder);
  const sources = [...new Set(matches.map((m) => nameOf(m.sourceKey)))];
  const explanation =
    type === 'corroborated'
      ? `also reported by ${sources.join(', ')}${chosen[0].explanation ? ` (${chosen[0].explanation})` : ''}`
      : chosen[0].explanation;
  return {
    type,
    claimId: claim.id,
    claimText: claim.text,
    severity: type === 'quote_altered' ? chosen[0].severity : null,
    matches,
    explanation,
    firstSeen: match(all[0]),
  };
}

/**
 * Corpus claims as prepared for comparison, kept across documents: a story's claims are candidates of each later
 * document of the story, and preparing them again for every one was a fifth of the diff's time. Kept by claim id
 * with what `prepare` reads, so a claim stored differently since (another canonical name, say) is prepared anew.
 */
const keptCandidates = new Map<string, { text: string; quote: string | null; negated: boolean; entities: string; prepared: Prepared }>();
const KEPT_CANDIDATES = 10_000;

function preparedCandidate(k: CorpusClaim): PreparedCorpusClaim {
  const entities = k.entities.join('\u0000');
  const quote = k.quote ?? null;
  const kept = keptCandidates.get(k.id);
  if (kept && kept.text === k.text && kept.quote === quote && kept.negated === Boolean(k.negated) && kept.entities === entities)
    return { ...kept.prepared, claim: k };
  const prepared = prepare(k);
  keptCandidates.delete(k.id);
  keptCandidates.set(k.id, { text: k.text, quote, negated: Boolean(k.negated), entities, prepared });
  if (keptCandidates.size > KEPT_CANDIDATES) keptCandidates.delete(keptCandidates.keys().next().value!);
  return prepared as PreparedCorpusClaim;
}

/**
 * Each claim against its own candidates (`candidates[i]` for `claims[i]`, oldest first), as the diff stage retrieves
 * them: a claim is compared only with what shares one of its index keys, so its cost does not depend on what the
 * document's other claims pulled in.
 */
export function diffEachClaim(claims: Claim[], candidates: CorpusClaim[][]): Finding[] {
  return claims.map((claim, i) => {
    const c = prepare(claim);
    const verdicts: Verdict[] = [];
    for (const old of candidates[i].map(preparedCandidate)) {
      if (nothingInCommon(c, old)) continue;
      const v = compare(c, old);
      if (v) verdicts.push(v);
    }
    if (!verdicts.length) return newFinding(claim);
    dropOvertaken(claim, verdicts);
    return chooseFinding(claim, verdicts);
  });
}

function quoteDistance(claim: Claim, k: CorpusClaim): number {
  const d = diffWords(quoteWords(k.quote ?? ''), quoteWords(claim.quote ?? ''));
  return d.inserted.length + d.dropped.length + 2 * d.replaced.length;
}

function dedupe(verdicts: Verdict[]): Verdict[] {
  const seen = new Set<string>();
  return verdicts.filter((v) => !seen.has(v.candidate.id) && seen.add(v.candidate.id));
}
