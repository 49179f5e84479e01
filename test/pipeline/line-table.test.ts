/**
 * The packed line table: one string per line group, so that a document decodes only the groups of its own lines and
 * writes the others back as they were read; its undo log rolls the table back as the unpacked one did.
 */
import { describe, expect, it } from 'vitest';
import { LINE_GROUPS, lineGroup, LineTable, packLineTable, type PackedLineTable } from '../../shared/pipeline/line-table.ts';

// Invented line keys (16 hex digits, as lineKey makes them): two in group 0x0a, one in 0xf3.
const A1 = '0a00000000000001';
const A2 = '0a00000000000002';
const F = 'f300000000000000';

/** The table's non-empty groups, by their two hex digits. */
const groupsOf = (table: PackedLineTable) =>
  Object.fromEntries(table.groups.flatMap((g, i) => (g ? [[i.toString(16).padStart(2, '0'), g]] : [])));

describe('the packed line table', () => {
  it('keeps each group as one string of its counts in key order, whatever order they were set in', () => {
    const table = new LineTable().changed(
      [
        [A2, 1],
        [F, 4],
        [A1, 2],
      ],
      1,
      64,
    );
    expect(table.groups).toHaveLength(LINE_GROUPS);
    expect(groupsOf(table)).toEqual({ '0a': `${A1}:2 ${A2}:1`, f3: `${F}:4` });
    // What the document replaced: nothing (0: the line was not in the table).
    expect(table.undo).toEqual([{ seq: 1, before: `${A1}:0 ${A2}:0 ${F}:0` }]);
    expect(new LineTable(table).count(A1)).toBe(2);
    expect(new LineTable(table).count('0a0000000000ffff')).toBeUndefined();
  });

  it('decodes only the groups a document changes: the others are written back as the strings that were read', () => {
    const stored = new LineTable().changed([[A1, 1]], 1, 64);
    // A group string no document wrote in this form (its pairs out of key order): it survives unless decoded.
    stored.groups[0xf3] = `f3ff000000000000:1 ${F}:3`;
    const next = new LineTable(stored).changed([[A1, 2]], 2, 64);
    expect(next.groups[0xf3]).toBe(stored.groups[0xf3]);
    expect(next.groups[0x0a]).toBe(`${A1}:2`);
    // The stored value is not changed (a store may hand the same value to the next document).
    expect(stored.groups[0x0a]).toBe(`${A1}:1`);
  });

  it('rolls back to before a document, newest first, drops its entries, and a second roll-back finds nothing to undo', () => {
    let table = new LineTable().changed([[A1, 1]], 1, 64);
    table = new LineTable(table).changed(
      [
        [A1, 2],
        [F, 1],
      ],
      2,
      64,
    );
    table = new LineTable(table).changed(
      [
        [A1, 3],
        [F, null],
      ],
      3,
      64,
    );
    expect(groupsOf(table)).toEqual({ '0a': `${A1}:3` });
    const back = new LineTable(table).rolledBack(2)!;
    expect(groupsOf(back)).toEqual({ '0a': `${A1}:1` });
    expect(back.undo).toEqual([{ seq: 1, before: `${A1}:0` }]);
    expect(new LineTable(back).rolledBack(2)).toBeNull();
  });

  it('keeps undo entries of the replay window only, and logs nothing for a migration', () => {
    let table = new LineTable().changed([[A1, 1]], 1, 2);
    table = new LineTable(table).changed([[A1, 2]], 2, 2);
    table = new LineTable(table).changed([[A1, 3]], 4, 2);
    expect(table.undo.map((u) => u.seq)).toEqual([2, 4]);
    expect(new LineTable().changed([[A1, 5]], 0, 0, false).undo).toEqual([]);
  });

  it('packs an unpacked table (the line-table state) with the same counts and undo log', () => {
    const packed = packLineTable({
      items: { [F]: 2, [A2]: 1, [A1]: 3 },
      undo: [{ seq: 7, before: { [A1]: 2, [F]: null } }],
    });
    expect(groupsOf(packed)).toEqual({ '0a': `${A1}:3 ${A2}:1`, f3: `${F}:2` });
    expect(packed.undo).toEqual([{ seq: 7, before: `${A1}:2 ${F}:0` }]);
    expect(groupsOf(new LineTable(packed).rolledBack(7)!)).toEqual({ '0a': `${A1}:2 ${A2}:1` });
    expect(lineGroup(A1)).toBe(0x0a);
  });
});
