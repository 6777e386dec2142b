import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkKrs,
  checkNip,
  checkRegon,
  nipCheckDigit,
  regon9CheckDigit,
  regon14CheckDigit,
  stripSeparators,
} from './polish-ids.ts';

// The checksums written out by hand, so the examples below are verified here rather than trusted.
function sum(digits: string, weights: number[]) {
  return weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
}

describe('NIP', () => {
  it('accepts numbers whose check digit matches, with or without separators', () => {
    // 5261040828: 5*6+2*5+6*7+1*2+0*3+4*4+0*5+8*6+2*7 = 162, 162 mod 11 = 8
    expect(sum('526104082', [6, 5, 7, 2, 3, 4, 5, 6, 7])).toBe(162);
    expect(162 % 11).toBe(8);
    // 7251801126: 138 mod 11 = 6
    expect(sum('725180112', [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11).toBe(6);
    // 1234563218: 118 mod 11 = 8
    expect(sum('123456321', [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11).toBe(8);

    expect(checkNip('5261040828')).toEqual({ ok: true, value: '5261040828' });
    expect(checkNip('7251801126')).toEqual({ ok: true, value: '7251801126' });
    expect(checkNip('123-456-32-18')).toEqual({ ok: true, value: '1234563218' });
    expect(checkNip(' 123 456 32 18 ')).toEqual({ ok: true, value: '1234563218' });
    expect(checkNip('PL5261040828')).toEqual({ ok: true, value: '5261040828' });
  });

  it('refuses a wrong check digit, a wrong length and letters', () => {
    expect(checkNip('5261040827')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkNip('526104082')).toEqual({ ok: false, reason: 'format' });
    expect(checkNip('52610408280')).toEqual({ ok: false, reason: 'format' });
    expect(checkNip('52610408a8')).toEqual({ ok: false, reason: 'format' });
    expect(checkNip('')).toEqual({ ok: false, reason: 'format' });
  });

  it('refuses numbers whose weighted sum leaves 10 (they have no check digit)', () => {
    // The 7th digit weighs 5: 000000200 sums to 10, so no tenth digit can make it valid.
    expect(nipCheckDigit('000000200')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(checkNip(`000000200${d}`).ok).toBe(false);
    // Neighbours that do have a check digit: 1*6 + 1*7 = 13 -> 2; 3*5 = 15 -> 4.
    expect(nipCheckDigit('100000001')).toBe(2);
    expect(nipCheckDigit('000000300')).toBe(4);
  });

  it('detects any single changed digit', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{9}$/),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (first9, position, delta) => {
          const check = nipCheckDigit(first9);
          fc.pre(check !== null);
          const nip = `${first9}${check}`;
          expect(checkNip(nip).ok).toBe(true);
          const changed = (Number(nip[position]) + delta) % 10;
          const typo = `${nip.slice(0, position)}${changed}${nip.slice(position + 1)}`;
          expect(checkNip(typo).ok).toBe(false);
        },
      ),
    );
  });
});

describe('REGON', () => {
  it('accepts valid 9-digit numbers', () => {
    // 123456785: 8+18+6+12+20+30+42+56 = 192, 192 mod 11 = 5
    expect(sum('12345678', [8, 9, 2, 3, 4, 5, 6, 7])).toBe(192);
    expect(192 % 11).toBe(5);
    // 012100784: 0+9+4+3+0+0+42+56 = 114, 114 mod 11 = 4
    expect(sum('01210078', [8, 9, 2, 3, 4, 5, 6, 7]) % 11).toBe(4);
    expect(checkRegon('123456785')).toEqual({ ok: true, value: '123456785' });
    expect(checkRegon('012100784')).toEqual({ ok: true, value: '012100784' });
    expect(checkRegon('123 456 785')).toEqual({ ok: true, value: '123456785' });
  });

  it('accepts valid 14-digit numbers whose first nine digits are a valid REGON', () => {
    // 12345678512347: 2+8+24+20+0+54+49+24+30+1+4+12+32 = 260, 260 mod 11 = 7
    expect(sum('1234567851234', [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8])).toBe(260);
    expect(260 % 11).toBe(7);
    expect(checkRegon('12345678512347')).toEqual({ ok: true, value: '12345678512347' });
  });

  it('counts a remainder of 10 as check digit 0', () => {
    // The 6th digit weighs 5: 00000200 sums to 10.
    expect(regon9CheckDigit('00000200')).toBe(0);
    expect(checkRegon('000002000').ok).toBe(true);
    // In REGON-14 the 1st digit weighs 2 and the 3rd 8: 1010000000000 sums to 10.
    expect(regon14CheckDigit('1010000000000')).toBe(0);
  });

  it('refuses wrong check digits, wrong lengths and an invalid parent of a 14-digit number', () => {
    expect(checkRegon('123456784')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkRegon('12345678512346')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkRegon('1234567')).toEqual({ ok: false, reason: 'format' });
    expect(checkRegon('1234567890')).toEqual({ ok: false, reason: 'format' });
    // First nine digits 123456784 are not a REGON, though the 14-digit sum is made to match.
    const first13 = '1234567841234';
    const forged = `${first13}${regon14CheckDigit(first13)}`;
    expect(checkRegon(forged)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('accepts every number built with its check digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), fc.stringMatching(/^\d{4}$/), (first8, local) => {
        const regon9 = `${first8}${regon9CheckDigit(first8)}`;
        expect(checkRegon(regon9).ok).toBe(true);
        const first13 = `${regon9}${local}`;
        expect(checkRegon(`${first13}${regon14CheckDigit(first13)}`).ok).toBe(true);
      }),
    );
  });
});

describe('KRS', () => {
  it('is ten digits', () => {
    expect(checkKrs('0000123456')).toEqual({ ok: true, value: '0000123456' });
    expect(checkKrs('0000 123 456')).toEqual({ ok: true, value: '0000123456' });
    expect(checkKrs('123456')).toEqual({ ok: false, reason: 'format' });
    expect(checkKrs('000012345x')).toEqual({ ok: false, reason: 'format' });
  });
});

describe('stripSeparators', () => {
  it('keeps letters and digits, drops spaces and dashes', () => {
    expect(stripSeparators(' 12-34 5\t6 ')).toBe('123456');
  });
});
