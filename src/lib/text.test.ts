import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankToNull, findUnstorableString, isStorable, neutralizeFormula } from './text.ts';

describe('blankToNull', () => {
  it('trims, turns blank into null and leaves undefined alone', () => {
    expect(blankToNull('  a ')).toBe('a');
    expect(blankToNull('   ')).toBeNull();
    expect(blankToNull(undefined)).toBeUndefined();
  });
});

describe('strings PostgreSQL cannot store', () => {
  it('finds a NUL or a lone surrogate anywhere in a JSON value, with its path', () => {
    expect(findUnstorableString({ a: 'ok', b: [1, 'x\u0000y'] })).toEqual(['b', 1]);
    expect(findUnstorableString({ name: 'Zespół \ud800' })).toEqual(['name']);
    expect(findUnstorableString({ 'k\u0000': 1 })).toEqual(['k\u0000']);
    expect(findUnstorableString('\udc00')).toEqual([]);
    expect(findUnstorableString({ a: 'Łódź 😀', n: 3, z: null })).toBeNull();
  });

  it('agrees with UTF-8 round-tripping for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const roundTrips = Buffer.from(text, 'utf8').toString('utf8') === text;
        expect(isStorable(text)).toBe(roundTrips && !text.includes('\u0000'));
      }),
    );
  });
});

describe('spreadsheet formulas', () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+48 12 345', "'+48 12 345"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Centrum Obywatelskie', 'Centrum Obywatelskie'],
  ])('neutralizes %j', (cell, expected) => {
    expect(neutralizeFormula(cell)).toBe(expected);
  });

  it('leaves numbers, dates and empty cells alone', () => {
    const date = new Date();
    expect(neutralizeFormula(-5)).toBe(-5);
    expect(neutralizeFormula(date)).toBe(date);
    expect(neutralizeFormula(null)).toBeNull();
    expect(neutralizeFormula('')).toBe('');
  });
});

describe('what is walked', () => {
  it('skips Buffers and other non-plain objects, such as an uploaded file', () => {
    expect(findUnstorableString({ file: { _buf: Buffer.from([0, 0, 0]), filename: 'a.pdf' } })).toBeNull();
    expect(findUnstorableString({ file: { filename: 'a\u0000.pdf' } })).toEqual(['file', 'filename']);
  });
});
