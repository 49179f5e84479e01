/**
 * The corpus's line table (the counts boilerplate.ts reads: in how many documents each short line occurred), stored
 * packed: one string per line group, and one per undo entry, instead of a JSON object of 8,192 lines and an undo log
 * of ~1,500 more. Every document reads and rewrites the table, and parsing and serialising a full one as objects
 * (~190 KB) was a fifth of what a document of a large corpus cost the diff stage, and most of what made it dearer
 * than one of a small corpus. Packed, the JSON is a few hundred strings: a document decodes only the groups of its
 * own lines and the rest go back as they were read.
 *
 * Lines fall in groups by the first two hex digits of their key (lineKey: 16 hex digits), LINES_PER_GROUP lines in
 * a group at most: a full group forgets its lines seen once first (dropRecurringLines in corpus-state.ts).
 */

/** Line groups: one per value of the line key's first two hex digits. */
export const LINE_GROUPS = 256;
/** Lines a group keeps; past it, the group forgets its lines seen once. */
export const LINES_PER_GROUP = 32;
/** The group (0 … LINE_GROUPS - 1) of a line key. */
export const lineGroup = (lineKey: string): number => Number.parseInt(lineKey.slice(0, 2), 16);

/** The line table as stored. */
export interface PackedLineTable {
  /** LINE_GROUPS strings, one per group: its lines as `key:count`, in key order, separated by spaces ('' for none). */
  groups: string[];
  /**
   * Per recent document, oldest first: the counts its changes replaced, packed as a group is, where a count of 0
   * says the line was not in the table.
   */
  undo: Array<{ seq: number; before: string }>;
}

/** The line table as the earlier 'line-table' state stored it: a state shard of counts (corpus-state.ts). */
export interface UnpackedLineTable {
  items: Record<string, number>;
  undo: Array<{ seq: number; before: Record<string, number | null> }>;
}

function decode(packed: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (packed === '') return counts;
  for (const pair of packed.split(' ')) {
    const colon = pair.indexOf(':');
    counts.set(pair.slice(0, colon), Number(pair.slice(colon + 1)));
  }
  return counts;
}

/** In key order, so that a group's string depends on its counts alone, not on the order they were changed in. */
function encode(counts: Iterable<[string, number]>): string {
  return [...counts]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, n]) => `${key}:${n}`)
    .join(' ');
}

/**
 * A stored line table as a document works with it: the groups it asks for are decoded, once; a changed table is a
 * new value (the stored one may be shared with the store that read it, ObjectStore.readValue), in which the groups
 * nothing changed are the strings that were read.
 */
export class LineTable {
  private readonly decoded = new Map<number, Map<string, number>>();

  constructor(private readonly stored: PackedLineTable = { groups: new Array<string>(LINE_GROUPS).fill(''), undo: [] }) {}

  /** A line's count; undefined when the line is not in the table. */
  count(lineKey: string): number | undefined {
    return this.group(lineGroup(lineKey)).get(lineKey);
  }

  /** The counts of one group, as stored (the map is the table's: not to be changed). */
  group(group: number): ReadonlyMap<string, number> {
    let counts = this.decoded.get(group);
    if (!counts) this.decoded.set(group, (counts = decode(this.stored.groups[group] ?? '')));
    return counts;
  }

  /**
   * The table to store with the changes made (null: the line leaves the table): what they replaced is logged as
   * document `seq`'s undo entry unless `logged` is false (a migration, which no replay reaches back before), and
   * entries older than the replay window are dropped.
   */
  changed(changes: Array<[string, number | null]>, seq: number, replayWindow: number, logged = true): PackedLineTable {
    const edit = this.edit();
    const before = changes.map(([key, value]) => [key, edit.set(key, value)] as [string, number]);
    const undo = this.stored.undo.filter((u) => u.seq >= seq - replayWindow && u.seq < seq);
    if (logged) undo.push({ seq, before: encode(before) });
    return { groups: edit.groups(), undo };
  }

  /**
   * The table as it was before document `from`: the logged changes of `from` and later undone, newest first, and
   * their entries dropped (so rolling back twice gives the same table). Null when nothing is logged from `from` on.
   */
  rolledBack(from: number): PackedLineTable | null {
    if (!this.stored.undo.some((u) => u.seq >= from)) return null;
    const edit = this.edit();
    for (const u of [...this.stored.undo].reverse()) {
      if (u.seq < from) continue;
      for (const [key, n] of decode(u.before)) edit.set(key, n === 0 ? null : n);
    }
    return { groups: edit.groups(), undo: this.stored.undo.filter((u) => u.seq < from) };
  }

  /** Changes to a copy of the table: `set` returns the count it replaced (0: none); `groups` re-encodes the changed ones. */
  private edit(): { set(lineKey: string, count: number | null): number; groups(): string[] } {
    const changed = new Map<number, Map<string, number>>();
    return {
      set: (lineKey, count) => {
        const group = lineGroup(lineKey);
        let counts = changed.get(group);
        if (!counts) changed.set(group, (counts = new Map(this.group(group))));
        const was = counts.get(lineKey) ?? 0;
        if (count === null) counts.delete(lineKey);
        else counts.set(lineKey, count);
        return was;
      },
      groups: () => {
        const groups = [...this.stored.groups];
        for (const [group, counts] of changed) groups[group] = encode(counts);
        return groups;
      },
    };
  }
}

/** An earlier state's line table, packed: the same counts and the same undo log. */
export function packLineTable(table: UnpackedLineTable): PackedLineTable {
  const groups = Array.from({ length: LINE_GROUPS }, () => [] as Array<[string, number]>);
  for (const [key, n] of Object.entries(table.items)) groups[lineGroup(key)].push([key, n]);
  return {
    groups: groups.map(encode),
    undo: table.undo.map(({ seq, before }) => ({ seq, before: encode(Object.entries(before).map(([k, n]) => [k, n ?? 0])) })),
  };
}
