/**
 * The quality gate (scripts/eval-gate.ts), run as CI runs it but on a saved eval line and a temporary floors file:
 * a score below its floor fails the build, a floor goes down only with a recorded reason, and the scores that need
 * ../shared are skipped when it is absent.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'claimdiff-gate-'));

const floors = (over: Record<string, unknown> = {}) => ({
  tolerance: { score: 0.002, checks: 1 },
  margin: { score: 0.005, checks: 2 },
  needsShared: ['cleaningF1.', 'gold.realnews/'],
  scoreFloors: { 'cleaningF1.html': 0.95 },
  checkFloors: { 'gold.flood (own)': 40, 'gold.realnews/a-story': 20 },
  ceilings: { falseAlarms: 10 },
  lowered: [],
  ...over,
});

let n = 0;
function gate(summary: Record<string, unknown>, floorsFile: object, args: string[] = []) {
  const log = join(dir, `eval-${++n}.log`);
  const path = join(dir, `floors-${n}.json`);
  writeFileSync(log, `gold flood (own): …\neval: ${JSON.stringify(summary)}\n`);
  writeFileSync(path, JSON.stringify(floorsFile));
  const previous = join(dir, `previous-${n}.json`);
  writeFileSync(previous, JSON.stringify(floors()));
  const r = spawnSync(
    join(repo, 'node_modules/.bin/tsx'),
    [join(repo, 'scripts/eval-gate.ts'), '--from', log, '--floors', path, '--previous', previous, ...args],
    { encoding: 'utf8' },
  );
  return { status: r.status, out: `${r.stdout}${r.stderr}`, path };
}

const today = { cleaningF1: { html: 0.96 }, gold: { 'flood (own)': '41/45', 'realnews/a-story': '22/30' }, falseAlarms: 9 };

describe('eval gate', { timeout: 120_000 }, () => {
  it('passes when every score holds its floor, and fails when one falls below it by more than the tolerance', () => {
    expect(gate(today, floors(), ['--shared', 'present']).status).toBe(0);
    // 39 passed checks: one below the floor of 40, within the tolerance of 1.
    expect(gate({ ...today, gold: { ...today.gold, 'flood (own)': '39/45' } }, floors(), ['--shared', 'present']).status).toBe(0);
    const dropped = gate({ ...today, gold: { ...today.gold, 'flood (own)': '38/45' } }, floors(), ['--shared', 'present']);
    expect(dropped.status).toBe(1);
    expect(dropped.out).toContain('FAIL gold.flood (own): 38/45 (floor 40');
    const worse = gate({ ...today, cleaningF1: { html: 0.947 } }, floors(), ['--shared', 'present']);
    expect(worse.out).toContain('FAIL cleaningF1.html');
    const alarms = gate({ ...today, falseAlarms: 12 }, floors(), ['--shared', 'present']);
    expect(alarms.status).toBe(1);
    expect(alarms.out).toContain('FAIL falseAlarms: 12 (ceiling 10');
  });

  it('skips the scores that need ../shared when it is absent, but not a story of the project that went missing', () => {
    const own = { falseAlarms: 3, gold: { 'flood (own)': '41/45' } };
    const absent = gate(own, floors(), ['--shared', 'absent']);
    expect(absent.status).toBe(0);
    expect(absent.out).toContain('skip cleaningF1.html: needs ../shared');
    expect(gate(own, floors(), ['--shared', 'present']).status).toBe(1);
    const lost = gate({ falseAlarms: 3, gold: {} }, floors(), ['--shared', 'absent']);
    expect(lost.status).toBe(1);
    expect(lost.out).toContain('FAIL gold.flood (own): eval reported no score');
  });

  it('fails on a floor lowered without a reason in the file, and passes with one', () => {
    const lowered = gate(today, floors({ checkFloors: { 'gold.flood (own)': 30, 'gold.realnews/a-story': 20 } }), ['--shared', 'present']);
    expect(lowered.status).toBe(1);
    expect(lowered.out).toContain('floor gold.flood (own) went from 40 to 30');
    const explained = floors({
      checkFloors: { 'gold.flood (own)': 30, 'gold.realnews/a-story': 20 },
      lowered: [{ metric: 'gold.flood (own)', from: 40, to: 30, reason: 'ten checks were rewritten', date: '2026-01-01' }],
    });
    expect(gate(today, explained, ['--shared', 'present']).status).toBe(0);
    const removed = gate(today, floors({ ceilings: {} }), ['--shared', 'present']);
    expect(removed.out).toContain('ceiling falseAlarms went from 10 to (removed)');
  });

  it('--lower needs a reason and records it; --raise only raises', () => {
    const refused = gate(today, floors(), ['--lower', 'gold.flood (own)=30']);
    expect(refused.status).toBe(2);
    expect(JSON.parse(readFileSync(refused.path, 'utf8')).checkFloors['gold.flood (own)']).toBe(40);
    const done = gate(today, floors(), ['--lower', 'gold.flood (own)=30', '--reason', 'ten checks were rewritten']);
    expect(done.status).toBe(0);
    const written = JSON.parse(readFileSync(done.path, 'utf8'));
    expect(written.checkFloors['gold.flood (own)']).toBe(30);
    expect(written.lowered).toMatchObject([{ metric: 'gold.flood (own)', from: 40, to: 30, reason: 'ten checks were rewritten' }]);
    const raised = JSON.parse(readFileSync(gate(today, floors(), ['--raise']).path, 'utf8'));
    // 41 passed − margin 2 = 39 is below the floor of 40: kept; 22 − 2 = 20 equals it; 0.96 − 0.005 = 0.955.
    expect(raised.checkFloors).toEqual({ 'gold.flood (own)': 40, 'gold.realnews/a-story': 20 });
    expect(raised.scoreFloors['cleaningF1.html']).toBeCloseTo(0.955, 3);
    expect(raised.ceilings.falseAlarms).toBe(10);
  });

  it('the committed floors cover every gold story of the project', () => {
    const committed = JSON.parse(readFileSync(join(repo, 'eval-floors.json'), 'utf8'));
    const stories = readdirSync(join(repo, 'test/fixtures/stories')).filter((s) =>
      existsSync(join(repo, 'test/fixtures/stories', s, 'gold.json')),
    );
    for (const story of [...stories.map((s) => `${s} (own)`), 'examples (own)'])
      expect(committed.checkFloors, story).toHaveProperty([`gold.${story}`]);
  });
});
