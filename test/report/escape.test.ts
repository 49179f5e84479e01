/**
 * The escapes of every page and Markdown file skip text with nothing to escape (most names, dates and sentences) and
 * do one pass otherwise; on generated text they give what the passes they replace gave.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stripControls } from '../../shared/clean/controls.ts';
import { escapeHtml } from '../../shared/report/render-html.ts';
import { escapeMarkdown } from '../../shared/report/render-markdown.ts';

/** The escapes as they were: one full pass per character kind. */
const passesHtml = (text: string) =>
  stripControls(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const passesMarkdown = (text: string) =>
  stripControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/^(\s*)([-=]{3,}|\d+\.)/gm, '$1\\$2')
    .replace(/\r?\n/g, ' ');

const pieces = [
  'a',
  'Mayor',
  ' ',
  '  ',
  '\t',
  '12',
  '1.',
  '3.5',
  '---',
  '-',
  '==',
  '=',
  '&',
  '<',
  '>',
  '"',
  "'",
  '\\',
  '`',
  '*',
  '_',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '#',
  '+',
  '!',
  '|',
  '~',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\x0b',
  '\x1b[31m',
  '\u202e',
  '\u00a0',
  '“',
  'é',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));

describe('escapes', () => {
  test('escapeHtml gives what the five passes gave', () => {
    fc.assert(
      fc.property(text, (t) => escapeHtml(t) === passesHtml(t)),
      { numRuns: 3000 },
    );
  });

  test('escapeMarkdown gives what its passes gave, also for a rule or numbered list opening a line', () => {
    fc.assert(
      fc.property(text, (t) => escapeMarkdown(t) === passesMarkdown(t)),
      { numRuns: 3000 },
    );
    for (const t of ['--- a rule', '  12. a list item', 'a\n1. second line', 'plain words stay as they are'])
      expect(escapeMarkdown(t)).toBe(passesMarkdown(t));
    expect(escapeMarkdown('plain words stay as they are')).toBe('plain words stay as they are');
  });
});
