/** Stories in one corpus: a document joins the story it shares people and places with; claims compare within it. */
import { describe, expect, it } from 'vitest';
import { assignStory, emptyStories, inStory, MAX_STORIES, storySignature } from '../../shared/diff/story.ts';
import type { EntityKind } from '../../shared/types.ts';

const kinds: Record<string, EntityKind> = {
  'Lena Dahl': 'person',
  Varna: 'place',
  'Port Authority': 'organization',
  Turkey: 'place',
  'Health Ministry': 'organization',
  'Omar Said': 'person',
  Kessel: 'place',
  'Red Cross': 'organization',
  'United Nations': 'organization',
  'United Kingdom': 'place',
  'Sri Lanka': 'place',
  France: 'place',
  Germany: 'place',
  'Doro Kell': 'person',
  Halden: 'place',
};
const sig = (...entities: string[][]) =>
  storySignature(
    entities.map((e) => ({ entities: e, speaker: null })),
    (n) => kinds[n],
  );

describe('story signature', () => {
  it('lists the most mentioned entities first, marks countries apart, and skips names of no known kind', () => {
    expect(sig(['Varna', 'Lena Dahl'], ['Varna', 'Turkey'], ['Nobody Known'])).toEqual(['l:varna', 'p:lena dahl', 'c:turkey']);
  });
});

describe('assigning documents to stories', () => {
  it('a follow-up sharing a person or a named place joins the story; an unrelated document starts another', () => {
    let registry = emptyStories();
    const first = assignStory(sig(['Varna', 'Lena Dahl', 'Port Authority']), registry, 1);
    registry = first.registry;
    const followUp = assignStory(sig(['Varna', 'Health Ministry']), registry, 2);
    expect(followUp.id).toBe(first.id);
    registry = followUp.registry;
    const other = assignStory(sig(['Kessel', 'Omar Said', 'Health Ministry']), registry, 3);
    expect(other.id).not.toBe(first.id);
    expect(other.related.has(first.id)).toBe(false);
  });

  it('a country or one organisation alone is not a shared story; two entities in common are', () => {
    const registry = assignStory(sig(['Turkey', 'Health Ministry', 'Lena Dahl']), emptyStories(), 1).registry;
    expect(assignStory(sig(['Turkey', 'Omar Said']), registry, 2).related.size).toBe(1); // only its own new story
    expect(assignStory(sig(['Health Ministry', 'Omar Said']), registry, 2).related.size).toBe(1);
    const both = assignStory(sig(['Turkey', 'Health Ministry', 'Omar Said']), registry, 2);
    expect(both.id).toBe(registry.stories[0].id);
  });

  it('reads a country by any of its names: many-word names and long forms are countries too', () => {
    expect(sig(['United Kingdom', 'Sri Lanka', 'Varna'])).toEqual(['c:united kingdom', 'c:sri lanka', 'l:varna']);
  });

  it('countries named in passing never join two stories, however many (COUNTRIES_NEVER_ENOUGH)', () => {
    // A blast in one city and a flood in another both list the countries whose nationals were hurt.
    const registry = assignStory(
      sig(['Varna'], ['Varna'], ['Lena Dahl', 'France', 'Germany', 'United Kingdom']),
      emptyStories(),
      1,
    ).registry;
    const other = assignStory(sig(['Kessel'], ['Kessel'], ['Omar Said', 'France', 'Germany', 'United Kingdom']), registry, 2);
    expect(other.id).not.toBe(registry.stories[0].id);
    // With an organisation besides the countries, the two are one story.
    const varna = assignStory(sig(['Varna'], ['Varna'], ['Health Ministry', 'Germany']), emptyStories(), 1);
    const withOrg = assignStory(sig(['Kessel'], ['Kessel'], ['Health Ministry', 'Germany']), varna.registry, 2);
    expect(withOrg.id).toBe(varna.id);
  });

  it('the country a report is mostly about ties it to a story set there (MAIN_COUNTRY)', () => {
    // The follow-up spells the retailer another way (no entity in common) but is about the same country.
    const registry = assignStory(sig(['Turkey', 'Lena Dahl'], ['Turkey', 'Port Authority']), emptyStories(), 1).registry;
    const followUp = assignStory(sig(['Doro Kell', 'Turkey'], ['Doro Kell', 'Turkey'], ['Halden']), registry, 2);
    expect(followUp.id).toBe(registry.stories[0].id);
    // The same country named last, in passing, is not enough.
    const passing = assignStory(sig(['Doro Kell'], ['Doro Kell'], ['Halden'], ['Halden'], ['Kessel'], ['Turkey']), registry, 2);
    expect(passing.id).not.toBe(registry.stories[0].id);
  });

  it("claims compare within the document's stories, or with claims of a story the corpus has forgotten", () => {
    const first = assignStory(sig(['Varna', 'Lena Dahl']), emptyStories(), 1);
    const second = assignStory(sig(['Kessel', 'Omar Said']), first.registry, 2);
    expect(inStory(second, { story: first.id })).toBe(false);
    expect(inStory(second, { story: second.id })).toBe(true);
    expect(inStory(second, { story: 's999' })).toBe(true);
    expect(inStory(second, {})).toBe(true);
  });

  it('stays bounded: the least recently continued stories are forgotten, the input registry untouched', () => {
    let registry = emptyStories();
    for (let i = 0; i < MAX_STORIES + 50; i++) registry = assignStory([`p:person ${i}`], registry, i + 1).registry;
    expect(registry.stories).toHaveLength(MAX_STORIES);
    expect(registry.stories.some((s) => s.entities[0][0] === 'p:person 0')).toBe(false);
    const before = JSON.stringify(registry);
    assignStory(['p:person 449'], registry, 1000);
    expect(JSON.stringify(registry)).toBe(before);
  });
});
