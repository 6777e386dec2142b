import { useQuery } from '@tanstack/react-query';
import { get, type Page } from '../../api/client.ts';
import type { Beneficiary, Center, District, Room, Skill } from '../../api/types.ts';
import { useAuth } from '../../app/auth.tsx';

/** Lists the public site reads on many pages, cached for a few minutes. */
const LONG = 5 * 60_000;

export const useCenters = () =>
  useQuery({
    queryKey: ['centers'],
    queryFn: () => get<Page<Center>>('/api/centers?limit=200'),
    staleTime: LONG,
    select: (page) => page.items,
  });

export const useRooms = (centerId?: string) =>
  useQuery({
    queryKey: ['rooms', centerId ?? 'all'],
    queryFn: () =>
      get<Page<Room>>(`/api/rooms?limit=200${centerId ? `&centerId=${encodeURIComponent(centerId)}` : ''}`),
    staleTime: LONG,
    select: (page) => page.items,
  });

export const useDistricts = () =>
  useQuery({
    queryKey: ['districts'],
    queryFn: () => get<{ items: District[] }>('/api/districts'),
    staleTime: Number.POSITIVE_INFINITY,
    select: (page) => page.items,
  });

export const useSkills = () =>
  useQuery({
    queryKey: ['volunteer-skills'],
    queryFn: () => get<{ items: Skill[] }>('/api/volunteer-skills'),
    staleTime: Number.POSITIVE_INFINITY,
    select: (page) => page.items,
  });

/** The beneficiaries the signed-in member represents (none when signed out). */
export function useMyBeneficiaries() {
  const { user } = useAuth();
  return useQuery({
    queryKey: ['my-beneficiaries', user?.id],
    queryFn: () => get<Page<Beneficiary>>('/api/beneficiaries?limit=200'),
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

/** "V Krowodrza": Kraków numbers its districts in Roman numerals. */
export function districtName(districts: District[] | undefined, number: number | null): string | null {
  if (number === null) return null;
  const name = districts?.find((district) => district.number === number)?.name;
  return `${ROMAN[number] ?? number}${name ? ` ${name}` : ''}`;
}
