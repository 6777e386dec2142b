import { invalidField, msg } from '../../lib/errors.ts';
import { DEFAULT_TIMEZONE, localDate } from '../../lib/time.ts';

/** Rules the volunteering sub-resources share. */

/** The day volunteering dates are read in: Kraków's. */
export const ZONE = DEFAULT_TIMEZONE;
export const today = (now = new Date()) => localDate(now, ZONE);

export const unique = <T>(values: readonly T[]) => [...new Set(values)];

export function checkPeriod(from: string | null, to: string | null, paths: [string, string]) {
  if (from !== null && to !== null && to < from) {
    throw invalidField(paths[1], msg('must not be before the start', 'nie może być wcześniej niż początek'));
  }
}
