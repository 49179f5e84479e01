/** Days, dates and times of day compared like figures, on our own sentences. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/index.ts';
import { diffClaims } from '../../shared/diff/index.ts';
import { retrievalKeys } from '../../shared/diff/retrieval.ts';
import { timeHours, timesAgree, whenConflict, whensOf } from '../../shared/diff/when.ts';
import type { CorpusClaim } from '../../shared/types.ts';

const conflict = (earlier: string, later: string) => whenConflict(whensOf(earlier), whensOf(later));
/** A claim of an earlier document, as the corpus holds it. */
const stored = (text: string): CorpusClaim => ({
  ...extractClaims(text).claims[0],
  id: 'old-1',
  docId: 'd1',
  sourceKey: 'incoming/x/first.txt',
  seq: 1,
});

describe('whensOf', () => {
  it('reads weekdays, dates, months and times of day with the act they date', () => {
    const w = whensOf('The ferry sank at about 9 p.m. on Jan. 4 after it was hit by a wave, and the inquiry opened in March.');
    expect(w.map((x) => [x.kind, x.range, x.anchor])).toEqual([
      ['time', [20 * 60 + 45, 21 * 60 + 15], null],
      ['date', [104, 104], null],
      ['month', [3, 3], 'open'],
    ]);
    expect(whensOf('The council vote will be held in the town hall on Friday.')[0].anchor).not.toBeNull();
  });

  it('MONTH_SPAN: "between March and May" and "from April to June" are spans, compared only as a whole', () => {
    expect(whensOf('Ticket sales fell between March and May.').map((w) => [w.kind, w.range])).toEqual([['span', [3, 5]]]);
    expect(conflict('Ticket sales fell between March and May.', 'Ticket sales fell from April to June.')?.now.text).toBe(
      'from April to June',
    );
    expect(conflict('Ticket sales fell between March and May.', 'Ticket sales fell from March to May.')).toBeNull();
    const f = diffClaims(extractClaims('Bus ticket sales in Orsk fell from April to June, the operator said.').claims, [
      stored('Bus ticket sales in Orsk fell between March and May, the operator said.'),
    ])[0];
    expect([f.type, f.explanation]).toEqual(['contradicted', 'when: between March and May (first.txt) → from April to June']);
    const same = diffClaims(extractClaims('From March to May, bus ticket sales in the city of Orsk fell sharply.').claims, [
      stored('The city of Orsk saw bus ticket sales fall between March and May.'),
    ])[0];
    expect(same.type).toBe('corroborated');
  });

  it('reads "May" alone as a month only when capitalised, and a modal "may" never', () => {
    expect(whensOf('The rules may change, the board said in May.').map((w) => w.kind)).toEqual(['month']);
  });

  it('reads "1605 GMT", "16:05" and "4.05pm" as one time', () => {
    const minutes = (t: string) => whensOf(`The signal was received at ${t}.`)[0].range[0];
    expect([minutes('1605 GMT'), minutes('16:05'), minutes('4.05pm')]).toEqual([965, 965, 965]);
  });
});

describe('whenConflict', () => {
  it('another day for the same act conflicts; the same day, or about the same time, does not', () => {
    expect(conflict('The appeal will be heard in the high court on Monday.', 'The appeal will be heard on Tuesday.')).not.toBeNull();
    expect(conflict('The appeal will be heard in the high court on Monday.', 'The appeal will be heard on Monday.')).toBeNull();
    expect(conflict('The bridge collapsed at about 9 p.m.', 'The bridge collapsed at 9:10 p.m.')).toBeNull();
    expect(conflict('The bridge collapsed at 3:40 p.m.', 'The bridge collapsed at 3.45 p.m.')).not.toBeNull();
  });

  it('irregular past forms date their act too ("written in March" / "written in June")', () => {
    expect(
      conflict('The audit was written in March by two inspectors.', 'The audit was written in June by two inspectors.'),
    ).not.toBeNull();
    expect(conflict('The minister spoke on Monday in the chamber.', 'The minister spoke on Monday.')).toBeNull();
  });

  it('the days of two different acts, a lasting state and the bound of a period never conflict', () => {
    expect(conflict('The mayor was elected on Sunday.', 'The new mayor was sworn in on Tuesday.')).toBeNull();
    expect(conflict('Roads were closed from late on Sunday.', 'Roads remained closed on Saturday.')).toBeNull();
    expect(conflict('The border was closed on Monday.', 'The border remained closed on Thursday.')).toBeNull();
  });

  it('times in GMT and in local time are not compared', () => {
    expect(conflict('The probe touched down at 1605 GMT.', 'The probe touched down at 17:05 local time.')).toBeNull();
  });
});

describe('the "another day or time" verdict', () => {
  it('the same fact with another day for its act is contradicted, naming both days', () => {
    const earlier = extractClaims('The board said the merger of the two ferry companies will be debated by shareholders on Wednesday.')
      .claims[0];
    const later = extractClaims('The board said the merger of the two ferry companies will be debated by shareholders on Thursday.')
      .claims[0];
    const stored: CorpusClaim = { ...earlier, id: 'old-1', docId: 'd1', sourceKey: 'incoming/x/first.txt', seq: 1 };
    const [finding] = diffClaims([later], [stored]);
    expect(finding.type).toBe('contradicted');
    expect(finding.explanation).toContain('Wednesday');
    expect(finding.explanation).toContain('Thursday');
  });
});

describe('same time of day (timesAgree)', () => {
  const agree = (earlier: string, later: string) => timesAgree(whensOf(earlier), whensOf(later));

  it('a time to the minute agrees with a qualified time around it, in a compatible zone', () => {
    expect(agree('The ferry reached the quay just after 7pm, the harbour office said.', 'The ferry docked at about 1905 GMT.')).toBe(true);
    expect(agree('The ferry reached the quay just after 7pm.', 'The ferry docked at 19:40.')).toBe(false);
    // Two times on the hour with nothing to narrow them are too common to tie two sentences.
    expect(agree('The market opened at 9 a.m.', 'The ferry left at 9 a.m.')).toBe(false);
    expect(agree('The ferry docked at 1905 GMT.', 'The ferry docked at 19:05 local time.')).toBe(false);
  });

  it('files a claim under the hour of its time, so the other telling is retrieved', () => {
    expect(timeHours(whensOf('The ferry reached the quay just after 7pm.'))).toEqual([19]);
    expect(retrievalKeys(extractClaims('The ferry docked at about 1905 GMT in the fog.').claims[0])).toContain('h.19');
  });

  it('two tellings of one happening at the same time of day are corroborated; another time of day is not', () => {
    const earlier = stored('A radio message confirming the ferry was safe reached the coastguard just after 7pm.');
    const same = extractClaims('The ferry was reported safe at about 1905 GMT by its captain.').claims[0];
    const other = extractClaims('The ferry was reported safe at 22:30 by its captain.').claims[0];
    expect(diffClaims([same], [earlier])[0].type).toBe('corroborated');
    expect(diffClaims([other], [earlier])[0].type).toBe('new');
  });
});

describe('same calendar date (SAME_DATE)', () => {
  it('two tellings of one act on the same date with three words in common are corroborated; another date is not', () => {
    const earlier = stored('The shipyard shelved its plans for a stock market listing on March 14 after lenders grew nervous.');
    const same = extractClaims('Its parent group announced on Mar. 14 that it was dropping the stock market listing of the yard.')
      .claims[0];
    const other = extractClaims('Its parent group announced on Mar. 19 that it was dropping the stock market listing of the yard.')
      .claims[0];
    expect(diffClaims([same], [earlier])[0].type).toBe('corroborated');
    expect(diffClaims([other], [earlier])[0].type).not.toBe('corroborated');
  });
});
