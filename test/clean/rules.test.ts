/**
 * The rule tables run their own examples: every furniture rule removes the invented line it gives as its example,
 * for the reason it names, and the tables hold no two rules of one name.
 */
import { describe, expect, it } from 'vitest';
import { describeLine, furnitureReason, tokens } from '../../shared/clean/lines.ts';
import { FURNITURE } from '../../shared/clean/vocabulary.ts';

describe('furniture rule table', () => {
  it('names every rule once', () => {
    const names = FURNITURE.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(FURNITURE.map((r) => [r.name, r] as const))('%s removes its own example', (_name, rule) => {
    expect(rule.pattern.test(rule.example)).toBe(true);
    const line = describeLine(rule.example);
    expect(furnitureReason(rule.example, tokens(rule.example).length, line.sentence)).toBe(rule.reason);
    expect(line).toMatchObject({ cls: 'bad', reason: rule.reason });
  });
});
