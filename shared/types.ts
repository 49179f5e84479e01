/**
 * The plain data that flows through the pipeline: clean → claims → diff → report.
 * Field names of Report/Claim/Finding/ReportEntity follow ../shared/CONTRACT.md (schemaVersion 1) exactly;
 * everything else here is internal and may change.
 */

// ---------- cleaning ----------

export type InputFormat = 'html' | 'text';

export interface RemovedLine {
  text: string;
  /** Short machine-ish reason a user can read, e.g. "navigation", "advertisement", "byline", "related-links tail". */
  reason: string;
}

export interface CleanResult {
  format: InputFormat;
  title: string | null;
  byline: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  /** Article body: paragraphs separated by a blank line ("\n\n"); no title, byline or dateline-only lines. */
  body: string;
  removed: RemovedLine[];
  /** Set when body is empty: why (no article found, all boilerplate, …). */
  emptyReason: string | null;
  /** 'en', or 'other' when the body is not English (claims are read in English only). */
  language?: 'en' | 'other';
}

// ---------- claims & entities ----------

export type ClaimKind = 'statement' | 'quote' | 'figure' | 'event';
export type EntityKind = 'person' | 'organization' | 'place' | 'other';

export interface Figure {
  value: number;
  unit: string | null;
  /** What is counted, normalised to a short phrase: "security officers killed", "people injured". */
  about: string;
  /** Qualifier as written ("at least", "about", "more than", "up to", "some", …) or null. */
  qualifier?: string | null;
  /** Inclusive bounds implied by the qualifier or a vague quantity ("dozens" → [24, 99]); null when exact. */
  range?: [number, number] | null;
  /** true for multipliers ("doubled", "twofold") where value is the factor, false otherwise. */
  multiplier?: boolean;
  /** The words the figure was read from, e.g. "at least 18". */
  raw?: string;
  /** Internal: the year of another event the figure belongs to ("the 1999 earthquake, which killed 17,000" → "1999"). */
  anchor?: string;
  /** Internal: what a change is measured over ("tuesday", "since october", "this week", "intraday"). */
  period?: string;
  /** Internal: an earlier value ("up from 6.8"), an addition or remainder ("200 additional"), one part of a breakdown ("12 in the US"). */
  role?: 'previous' | 'increment' | 'part';
}

export interface Claim {
  id: string;
  /** The claim as it reads in this document (a sentence or clause). */
  text: string;
  kind: ClaimKind;
  /** Who said it / the attributed source; canonical entity name once resolved. */
  speaker: string | null;
  /** The quoted words, for quotes. */
  quote: string | null;
  figures: Figure[];
  /** Entity names mentioned (surface/doc-level names in a PreparedDocument, canonical names in a Report). */
  entities: string[];
  /** Internal: true when the claim is stated negatively ("did not", "denied"). Not part of the contract. */
  negated?: boolean;
  /** Internal: the organisation the speaker speaks for ("State Department" for its spokesperson). */
  speakerOrg?: string | null;
  /**
   * Internal: the country the claim's document is set in (the one it names most), on claims that name no country
   * themselves; its figures are that country's.
   */
  setting?: string;
}

/** One entity as seen inside one document, after in-document coreference ("Blinken" → "Antony Blinken"). */
export interface DocumentEntity {
  /** The fullest form seen in this document. */
  name: string;
  kind: EntityKind;
  /** Every surface form seen in this document (includes name). */
  variants: string[];
  /** Role/title evidence ("foreign minister", "president", "secretary of state"), lower-case; [] when none. */
  roles: string[];
}

/** The corpus-wide entity registry (stored under corpus/<corpus>/, updated only by the diff stage). */
export interface RegistryEntity {
  /** Order of first mention (sharded registries only): on a tie the older entity wins. */
  id?: number;
  canonical: string;
  kind: EntityKind;
  variants: string[];
  roles: string[];
  /** Upload sequence number of the last document that mentioned it (absent in registries stored before it existed). */
  seen?: number;
}
export interface EntityRegistry {
  entities: RegistryEntity[];
}

// ---------- prepared document (output of the prepare stage, immutable) ----------

export interface PreparedDocument {
  schemaVersion: 1;
  /** Derived from the uploaded bytes: the same content always has the same id. */
  id: string;
  corpus: string;
  /** The S3 key it was uploaded as (decoded), e.g. incoming/default/kz-a.txt */
  sourceKey: string;
  /** Base name of the upload, e.g. kz-a.txt */
  name: string;
  format: InputFormat;
  title: string | null;
  byline: string | null;
  published: string | null;
  cleanedText: string;
  removed: RemovedLine[];
  emptyReason: string | null;
  language?: 'en' | 'other';
  /** Claims with document-level entity names (resolved to canonical names by the diff stage). */
  claims: Claim[];
  entities: DocumentEntity[];
  preparedAt: string;
}

// ---------- diff ----------

/** The finding types and what every view shows for them: one registry, finding-types.ts. */
import type { FindingType } from './finding-types.ts';
export type { FindingType };

/** A claim already in the corpus, as kept in the corpus index. */
export interface CorpusClaim extends Claim {
  docId: string;
  sourceKey: string;
  /** Ingest sequence number of its document within the corpus (1 = first). */
  seq: number;
  /** The story its document joined (diff/story.ts): claims are compared only within their stories. */
  story?: string;
}

export interface FindingMatch {
  docId: string;
  sourceKey: string;
  claimText: string;
  /** Extra (allowed by the contract): the matched claim's id, figures and speaker, so views can chart values across sources. */
  claimId?: string;
  seq?: number;
  figures?: Figure[];
  speaker?: string | null;
  quote?: string | null;
}

export interface Finding {
  type: FindingType;
  claimId: string;
  claimText: string;
  severity: 'minor' | 'substantive' | null;
  matches: FindingMatch[];
  explanation: string;
  /** Where the fact was first seen (earliest matching source), null for new. Extra field, allowed by the contract. */
  firstSeen?: FindingMatch | null;
}

// ---------- report ----------

export interface ReportEntity {
  canonical: string;
  kind: EntityKind;
  variants: string[];
}

export interface Report {
  schemaVersion: 1;
  document: {
    id: string;
    sourceKey: string;
    title: string | null;
    byline: string | null;
    published: string | null;
    cleanedText: string;
    removed: RemovedLine[];
    /** Extra fields (allowed to grow): */
    name?: string;
    corpus?: string;
    seq?: number;
    ingestedAt?: string;
    /** The story the document joined, whose dossier is reports/<corpus>/stories/<id>.json|.md|.html. */
    story?: { id: string; title: string };
  };
  claims: Claim[];
  findings: Finding[];
  entities: ReportEntity[];
}

export type FindingCounts = Record<FindingType, number>;

/** One line of `claimdiff reports` / the corpus index page: an uploaded document, ok or rejected. */
export interface ReportListEntry {
  name: string;
  sourceKey: string;
  docId: string | null;
  status: 'ok' | 'rejected';
  reason: string | null;
  counts: FindingCounts | null;
  /** Extra fields: */
  title?: string | null;
  published?: string | null;
  ingestedAt: string;
  /** Ingest sequence within the corpus (ok documents only). */
  seq?: number | null;
  /** When the same content was already ingested under another name. */
  duplicateOf?: string | null;
  /** The pipeline gave up on this upload (status 'rejected', the reason says why); `claimdiff retry` tries again. */
  failed?: boolean;
  /** When it was given up (ISO time): a retry that fails again gives a newer one. */
  givenUpAt?: string;
}
