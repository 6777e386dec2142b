import { describe, expect, it } from 'vitest';
import { countEn, countOf, countPl, formatPolishNumber, polishCategory, polishPlural } from './polish.ts';

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

describe('countOf', () => {
  const rules = new Intl.PluralRules('pl');
  it.each([
    [0, 'many', '0 godzin', '0 godzin', '0 godzin'],
    [1, 'one', '1 godzina', '1 godzinę', '1 godziny'],
    [2, 'few', '2 godziny', '2 godziny', '2 godzin'],
    [4, 'few', '4 godziny', '4 godziny', '4 godzin'],
    [5, 'many', '5 godzin', '5 godzin', '5 godzin'],
    [12, 'many', '12 godzin', '12 godzin', '12 godzin'],
    [21, 'many', '21 godzin', '21 godzin', '21 godzin'],
    [22, 'few', '22 godziny', '22 godziny', '22 godzin'],
    [25, 'many', '25 godzin', '25 godzin', '25 godzin'],
    [101, 'many', '101 godzin', '101 godzin', '101 godzin'],
    [1.5, 'other', '1,5 godziny', '1,5 godziny', '1,5 godziny'],
  ])('%d is %s', (n, category, nominative, accusative, genitive) => {
    expect(rules.select(n)).toBe(category);
    expect(polishCategory(n)).toBe(category);
    expect(countOf(n, 'godzina', 'nominative')).toBe(nominative);
    expect(countOf(n, 'godzina', 'accusative')).toBe(accusative);
    expect(countOf(n, 'godzina', 'genitive')).toBe(genitive);
  });
  it('masculine personal nouns take the genitive plural after 2-4', () => {
    expect(countOf(2, 'beneficjent', 'nominative')).toBe('2 beneficjentów');
    expect(countOf(1, 'wolontariusz', 'nominative')).toBe('1 wolontariusz');
    expect(countOf(1, 'oferta', 'accusative')).toBe('1 ofertę');
    expect(countOf(5, 'spotkanieDoradcze', 'nominative')).toBe('5 spotkań doradczych');
  });
});
