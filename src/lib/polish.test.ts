import { describe, expect, it } from 'vitest';
import { countEn, countPl, formatPolishNumber, polishPlural } from './polish.ts';

const osoba = { one: 'osoba', few: 'osoby', many: 'osób' };
const raz = { one: 'raz', few: 'razy', many: 'razy' };
const beneficjent = { one: 'beneficjent', few: 'beneficjentów', many: 'beneficjentów' };

describe('Polish plural forms', () => {
  it.each([
    [0, 'osób'],
    [1, 'osoba'],
    [2, 'osoby'],
    [4, 'osoby'],
    [5, 'osób'],
    [11, 'osób'],
    [12, 'osób'],
    [14, 'osób'],
    [21, 'osób'],
    [22, 'osoby'],
    [24, 'osoby'],
    [25, 'osób'],
    [101, 'osób'],
    [102, 'osoby'],
    [112, 'osób'],
    [122, 'osoby'],
    [1000, 'osób'],
    [3012, 'osób'],
  ])('%i %s', (count, form) => {
    expect(polishPlural(count, osoba)).toBe(form);
  });

  it('counts times and beneficiaries', () => {
    expect(countPl(1, raz)).toBe('1 raz');
    expect(countPl(987, raz)).toBe('987 razy');
    expect(countPl(523, beneficjent)).toBe('523 beneficjentów');
    expect(countPl(272, osoba)).toBe('272 osoby');
  });

  it('formats numbers the Polish way', () => {
    expect(formatPolishNumber(3012)).toBe('3012');
    expect(formatPolishNumber(12345)).toBe('12\u00a0345');
    expect(formatPolishNumber(4.5)).toBe('4,5');
    expect(countEn(1, 'time', 'times')).toBe('1 time');
    expect(countEn(12345, 'time', 'times')).toBe('12,345 times');
  });
});
