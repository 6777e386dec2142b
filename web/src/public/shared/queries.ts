import { useQuery } from '@tanstack/react-query';
import { read } from '../../api/client.ts';
import type { District } from '../../api/types.ts';
import { useAuth } from '../../app/auth.tsx';

/** Lists the public site reads on many pages, cached for a few minutes. */
const LONG = 5 * 60_000;

export const useCenters = () =>
  useQuery({
    queryKey: ['centers'],
    queryFn: () => read('/api/centers', { params: { query: { limit: 200 } } }),
    staleTime: LONG,
    select: (page) => page.items,
  });

export const useRooms = (centerId?: string) =>
  useQuery({
    queryKey: ['rooms', centerId ?? 'all'],
    queryFn: () =>
      read('/api/rooms', { params: { query: { limit: 200, ...(centerId ? { centerId } : {}) } } }),
    staleTime: LONG,
    select: (page) => page.items,
  });

export const useDistricts = () =>
  useQuery({
    queryKey: ['districts'],
    queryFn: () => read('/api/districts'),
    staleTime: Number.POSITIVE_INFINITY,
    select: (page) => page.items,
  });

export const useSkills = () =>
  useQuery({
    queryKey: ['volunteer-skills'],
    queryFn: () => read('/api/volunteer-skills'),
    staleTime: Number.POSITIVE_INFINITY,
    select: (page) => page.items,
  });

/** The beneficiaries the signed-in member represents (none when signed out). */
export function useMyBeneficiaries() {
  const { user } = useAuth();
  return useQuery({
    queryKey: ['my-beneficiaries', user?.id],
    queryFn: () => read('/api/beneficiaries', { params: { query: { limit: 200 } } }),
    enabled: !!user,
    select: (page) => page.items.filter((beneficiary) => !beneficiary.erased),
  });
}

const ROMAN = [
  '',
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
];

/** "V Krowodrza": Kraków numbers its districts in Roman numerals; the one way they are named. */
export function districtLabel(number: number, name?: string | null): string {
  return `${ROMAN[number] ?? number}${name ? ` ${name}` : ''}`;
}

export function districtName(districts: District[] | undefined, number: number | null): string | null {
  if (number === null) return null;
  return districtLabel(number, districts?.find((district) => district.number === number)?.name);
}

/**
 * The room-use terms in the language of the page: English when the centre wrote them and the
 * page is English, otherwise the Polish ones (marked as Polish for screen readers).
 */
export function termsFor(rules: { terms: string; termsEn: string | null }, language: string) {
  return language === 'en' && rules.termsEn
    ? { text: rules.termsEn, lang: 'en' }
    : { text: rules.terms, lang: 'pl' };
}

/** A public holiday's name in the language of the page, and the language it is in. */
export function holidayFor(day: { holiday?: string; holidayEn?: string }, language: string) {
  return language === 'en' && day.holidayEn
    ? { name: day.holidayEn, lang: 'en' }
    : { name: day.holiday ?? '', lang: 'pl' };
}
