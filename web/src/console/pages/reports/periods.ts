/** The periods a report is asked for most: calendar months, quarters and years, in local dates. */
export type PresetKey = 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'lastQuarter' | 'thisYear' | 'lastYear';
export const PRESETS: PresetKey[] = [
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'lastQuarter',
  'thisYear',
  'lastYear',
];

const pad = (value: number) => String(value).padStart(2, '0');
const date = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
/** The last day of a month (1..12): day 0 of the next month. */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day of a preset period around `today` (YYYY-MM-DD). */
export function presetPeriod(key: PresetKey, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarter = Math.floor((month - 1) / 3);
  const months = (y: number, first: number, last: number) => ({
    from: date(y, first, 1),
    to: date(y, last, lastDay(y, last)),
  });
  switch (key) {
    case 'thisMonth':
      return months(year, month, month);
    case 'lastMonth':
      return month === 1 ? months(year - 1, 12, 12) : months(year, month - 1, month - 1);
    case 'thisQuarter':
      return months(year, quarter * 3 + 1, quarter * 3 + 3);
    case 'lastQuarter':
      return quarter === 0 ? months(year - 1, 10, 12) : months(year, quarter * 3 - 2, quarter * 3);
    case 'thisYear':
      return months(year, 1, 12);
    case 'lastYear':
      return months(year - 1, 1, 12);
  }
}
