import { useQueries, useQuery } from '@tanstack/react-query';
import { read } from '../../api/client.ts';
import type { Center, Role, Room } from '../../api/types.ts';
import { useAuth } from '../../app/auth.tsx';

const LONG = 5 * 60_000;

export function useCenters() {
  return useQuery({
    queryKey: ['centers'],
    queryFn: () => read('/api/centers', { params: { query: { limit: 200 } } }),
    staleTime: LONG,
    select: (page) => page.items,
  });
}

/** The centres this user runs: all for admins and observers, its own for coordinators. */
export function useMyCenters() {
  const { user, has } = useAuth();
  const centers = useCenters();
  const all = centers.data ?? [];
  const mine = has('admin', 'observer') ? all : all.filter((center) => user?.centerIds.includes(center.id));
  return { ...centers, data: centers.data ? mine : undefined };
}

export function useRooms(centerId?: string) {
  return useQuery({
    queryKey: ['rooms', centerId ?? 'all'],
    queryFn: () =>
      read('/api/rooms', { params: { query: { limit: 200, ...(centerId ? { centerId } : {}) } } }),
    staleTime: LONG,
    select: (page) => page.items,
  });
}

export function useDistricts() {
  return useQuery({
    queryKey: ['districts'],
    queryFn: () => read('/api/districts'),
    staleTime: Number.POSITIVE_INFINITY,
    select: (page) => page.items,
  });
}

export function useAdvisors() {
  return useQuery({
    queryKey: ['advisors'],
    queryFn: () => read('/api/advisors', { params: { query: { limit: 200, includeInactive: 'true' } } }),
    staleTime: LONG,
    select: (page) => page.items,
  });
}

export function useUsers(role?: Role) {
  return useQuery({
    queryKey: ['users', role ?? 'all'],
    queryFn: () => read('/api/users', { params: { query: { limit: 200, ...(role ? { role } : {}) } } }),
    staleTime: LONG,
    select: (page) => page.items,
  });
}

/**
 * Names of the beneficiaries behind some bookings: the bookings list gives only ids, so each
 * is read once (and cached) for the tables.
 */
export function useBeneficiaryNames(ids: (string | null | undefined)[]): Record<string, string> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: ['beneficiary', id],
      queryFn: () => read('/api/beneficiaries/{id}', { params: { path: { id } } }),
      staleTime: LONG,
      retry: false,
    })),
  });
  const names: Record<string, string> = {};
  results.forEach((result, index) => {
    const id = unique[index];
    if (id && result.data) names[id] = result.data.name;
  });
  return names;
}

export function roomNames(rooms: Room[] | undefined): Record<string, string> {
  return Object.fromEntries((rooms ?? []).map((room) => [room.id, room.name]));
}

export function centerNames(centers: Center[] | undefined): Record<string, string> {
  return Object.fromEntries((centers ?? []).map((center) => [center.id, center.name]));
}
