/**
 * The corpus index port: where the diff stage files a document's claims (by story, under their retrieval keys),
 * reads the claims a document is compared with, records where each document was filed, and takes a document's
 * claims out again when a replay re-orders the corpus. The stage only talks to this interface; `StoreCorpusIndex`
 * keeps the index as objects in the object store (one per story, see story-claims.ts), so another backend (a
 * DynamoDB table keyed by story and key, say) is one more class implementing `CorpusIndex`.
 *
 * Order of writes. The stage relies on it for crash safety (diff-stage.ts): a document's filing record is durable
 * before its claims are in the live index, and an archive page before the live object that no longer holds its
 * claims. The store adapter writes through the stage's StagedStore, which holds every write until the stage flushes
 * its wave; `file` writes the archive page at once and returns the live write, which the stage sends in its next
 * wave. Another backend must keep the same order: write the archive page before the returned live write runs.
 */
import { getJson, putJson, type ObjectStore } from '../storage/store.ts';
import type { CorpusClaim } from '../types.ts';
import { keys } from './keys.ts';
import { claimsByKey, emptyStoryIndex, fileInStory, unfileFromStory, type StoryIndex } from './story-claims.ts';

/**
 * Where a document's claims were filed and which state shards it changed: written before any of them, so a replay
 * can take them out again.
 */
export interface FilingRecord {
  docId: string;
  story: string;
  keys: string[];
  /** State shards the document changed (absent in records written before the state was sharded). */
  state?: string[];
}

/** A claim to file, with the retrieval keys it is filed under. */
export interface FiledClaim {
  claim: CorpusClaim;
  keys: string[];
}

/** Where a filing may move claims out of the live index: only below `archivableBelow`, to the page `page`. */
export interface FilingPlace {
  /** Claims of documents from this seq on must stay live (a replay may still take them out). */
  archivableBelow: number;
  /** The archive page this filing writes, when it moves claims out (named after the filing document). */
  page: string;
}

/** A document's view of the index: the claims filed under its keys in its stories, and how to file its own. */
export interface IndexView {
  byKey: Map<string, CorpusClaim[]>;
  /**
   * Files claims in `story` (one of the stories read): writes the archive page now and returns the live write, to be
   * sent once the filing record is stored.
   */
  file(story: string, claims: FiledClaim[], place: FilingPlace): () => void;
}

export interface CorpusIndex {
  /** Starts reading the stories' claims now, so that a later `read` of them waits for this wave only. */
  prefetch(stories: string[]): void;
  /** The claims the stories hold under the wanted keys. */
  read(stories: string[], wanted: string[]): Promise<IndexView>;
  /** Starts reading the filing records now. */
  prefetchFilings(docIds: string[]): void;
  /** Where a document was filed, or null when it never was. */
  filing(docId: string): Promise<FilingRecord | null>;
  recordFiling(filing: FilingRecord): Promise<void>;
  /** Takes the document's claims out of the story its filing record names (nothing when they are not there). */
  unfile(filing: FilingRecord): Promise<void>;
}

/** A store that can start reads early (the stage's StagedStore); a plain store reads when asked. */
type PlanningStore = ObjectStore & { prefetch?(keys: Iterable<string>): void };

/** The corpus index as objects: index/<story>.json, index-archive/<story>/<page>.json, filed/<docId>.json. */
export class StoreCorpusIndex implements CorpusIndex {
  constructor(
    private readonly store: PlanningStore,
    private readonly corpus: string,
  ) {}

  prefetch(stories: string[]): void {
    this.store.prefetch?.(stories.map((s) => keys.storyClaims(this.corpus, s)));
  }

  private async story(story: string): Promise<StoryIndex | null> {
    return getJson<StoryIndex>(this.store, keys.storyClaims(this.corpus, story), { ifCorrupt: 'absent' });
  }

  async read(stories: string[], wanted: string[]): Promise<IndexView> {
    const indexes = await Promise.all(stories.map(async (s) => (await this.story(s)) ?? emptyStoryIndex(s)));
    return {
      byKey: claimsByKey(indexes, wanted),
      file: (story, claims, place) => {
        const { live, archived } = fileInStory(indexes[stories.indexOf(story)], claims, place.archivableBelow);
        if (archived) void putJson(this.store, keys.indexArchive(this.corpus, story, place.page), archived);
        return () => void putJson(this.store, keys.storyClaims(this.corpus, story), live);
      },
    };
  }

  prefetchFilings(docIds: string[]): void {
    this.store.prefetch?.(docIds.map((d) => keys.filed(this.corpus, d)));
  }

  filing(docId: string): Promise<FilingRecord | null> {
    return getJson<FilingRecord>(this.store, keys.filed(this.corpus, docId));
  }

  async recordFiling(filing: FilingRecord): Promise<void> {
    await putJson(this.store, keys.filed(this.corpus, filing.docId), filing);
  }

  async unfile(filing: FilingRecord): Promise<void> {
    const index = await this.story(filing.story);
    if (index?.claims.some((c) => c.docId === filing.docId))
      await putJson(this.store, keys.storyClaims(this.corpus, filing.story), unfileFromStory(index, filing.docId));
  }
}
