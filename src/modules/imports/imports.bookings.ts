import { zonedInstant } from '../../lib/time.ts';
import { beneficiaryFinder, NAMED_BENEFICIARY_FIELDS } from './imports.lookup.ts';
import { fold } from './imports.parse.ts';
import * as records from './imports.records.repo.ts';
import type { KindHandler, PlanItem } from './imports.rows.ts';
import { parseCount, parseDate, parseTime, settle } from './imports.rows.ts';

const DEFAULT_TITLE = 'Wypożyczenie sali';

type Lending = PlanItem & { roomId: string; start: number; end: number; beneficiaryId: string };

/**
 * Room lendings of the past with their headcounts: each becomes a completed lending with the
 * people who came, as the report counts them (rooms.lendings, rooms.people). Staff backfill the
 * past, so lead time, opening hours and length rules do not apply; a room held at that time by
 * another lending or an activity does (it is an error here, and the database refuses it anyway).
 */
export const bookingsKind: KindHandler = {
  needsCenter: true,
  fields: {
    room: ['Sala', 'Room', 'Pomieszczenie'],
    date: ['Data', 'Date', 'Dzień', 'Day'],
    from: ['Od', 'From', 'Godzina od', 'Początek', 'Start'],
    to: ['Do', 'To', 'Godzina do', 'Koniec', 'End'],
    attendees: ['Liczba osób', 'Attendees', 'Liczba uczestników', 'Osoby', 'People'],
    title: ['Tytuł', 'Title', 'Cel', 'Purpose', 'Nazwa spotkania'],
    ...NAMED_BENEFICIARY_FIELDS,
  },
  required: ['room', 'date', 'from', 'to', 'attendees'],
  async check(ctx, rows, problems) {
    const center = ctx.center as { id: string; timezone: string };
    const rooms = await records.selectRooms(ctx.db, center.id);
    const roomOf = new Map(
      rooms.flatMap((room) => [[fold(room.name), room.id] as const, [room.id, room.id] as const]),
    );
    const roomName = new Map(rooms.map((room) => [room.id, room.name]));
    const findBeneficiary = await beneficiaryFinder(ctx, rows, problems);
    const items: PlanItem[] = [];
    const lendings: Lending[] = [];
    for (const row of rows) {
      const roomId = roomOf.get(fold(row.cell('room'))) ?? roomOf.get(row.cell('room'));
      if (!roomId)
        problems.add(row.row, 'room', 'no such room in this centre', 'nie ma takiej sali w tym centrum');
      const date = parseDate(row.cell('date'));
      if (!date)
        problems.add(
          row.row,
          'date',
          'not a date (e.g. 2026-03-14 or 14.03.2026)',
          'to nie jest data (np. 2026-03-14 lub 14.03.2026)',
        );
      const from = parseTime(row.cell('from'));
      if (!from) problems.add(row.row, 'from', 'not a time (e.g. 17:00)', 'to nie jest godzina (np. 17:00)');
      const to = parseTime(row.cell('to'));
      if (!to) problems.add(row.row, 'to', 'not a time (e.g. 19:00)', 'to nie jest godzina (np. 19:00)');
      const attendees = parseCount(row.cell('attendees'));
      if (attendees === null || Number.isNaN(attendees)) {
        problems.add(
          row.row,
          'attendees',
          'the number of people who came is needed',
          'potrzebna liczba osób, które przyszły',
        );
      }
      const beneficiaryId = findBeneficiary(row);
      if (beneficiaryId === null) {
        problems.add(
          row.row,
          'beneficiary',
          'who borrowed the room is needed',
          'potrzebny beneficjent, który korzystał z sali',
        );
      }
      const title = row.cell('title') || DEFAULT_TITLE;
      if (title.length > 200) problems.add(row.row, 'title', 'at most 200 characters', 'najwyżej 200 znaków');
      const startAt = date && from ? zonedInstant(date, from, center.timezone) : null;
      const endAt = date && to ? zonedInstant(date, to, center.timezone) : null;
      if (startAt && endAt && endAt <= startAt) {
        problems.add(row.row, 'to', 'the end comes after the start', 'koniec musi być po początku');
      } else if (startAt && endAt && endAt > ctx.now) {
        problems.add(
          row.row,
          'date',
          'only lendings that have ended can be imported',
          'można importować tylko wypożyczenia, które się zakończyły',
        );
      }
      const item: PlanItem = {
        row: row.row,
        action: 'create',
        values: {
          room: roomId ? (roomName.get(roomId) ?? null) : row.cell('room'),
          roomId: roomId ?? null,
          beneficiaryId: beneficiaryId ?? null,
          title,
          date: date ?? row.cell('date'),
          from: from ?? row.cell('from'),
          to: to ?? row.cell('to'),
          startAt: startAt?.toISOString() ?? null,
          endAt: endAt?.toISOString() ?? null,
          attendees: attendees === null || Number.isNaN(attendees) ? null : attendees,
        },
      };
      items.push(item);
      if (!problems.has(row.row) && roomId && beneficiaryId && startAt && endAt) {
        lendings.push(
          Object.assign(item, { roomId, beneficiaryId, start: startAt.getTime(), end: endAt.getTime() }),
        );
      }
    }
    await findOverlaps(ctx, lendings, problems);
    return settle(items, problems).map(
      ({ roomId: _r, beneficiaryId: _b, start: _s, end: _e, ...item }: Partial<Lending> & PlanItem) => item,
    );
  },
  async write(ctx, items) {
    const rows = items.map((item) => ({
      roomId: item.values.roomId as string,
      beneficiaryId: item.values.beneficiaryId as string,
      title: item.values.title as string,
      startAt: item.values.startAt as string,
      endAt: item.values.endAt as string,
      attendees: item.values.attendees as number,
    }));
    await records.insertCompletedLendings({ ...ctx, centerId: (ctx.center as { id: string }).id }, rows);
    return rows.length;
  },
};

/**
 * The same lending already recorded (same room, times and beneficiary) is a duplicate; any other
 * hold of the room at that time is an error. Within the file likewise, the earlier row kept.
 */
async function findOverlaps(
  ctx: Parameters<KindHandler['check']>[0],
  lendings: Lending[],
  problems: Parameters<KindHandler['check']>[2],
) {
  if (lendings.length === 0) return;
  const from = new Date(Math.min(...lendings.map((l) => l.start)));
  const to = new Date(Math.max(...lendings.map((l) => l.end)));
  const holds = await records.selectHolds(ctx.db, [...new Set(lendings.map((l) => l.roomId))], from, to);
  const byRoom = new Map<string, typeof holds>();
  for (const hold of holds) byRoom.set(hold.room_id, [...(byRoom.get(hold.room_id) ?? []), hold]);
  const taken = () =>
    [
      'the room is taken at that time (another booking or activity)',
      'sala jest wtedy zajęta (inna rezerwacja lub wydarzenie)',
    ] as const;
  for (const lending of lendings) {
    const overlapping = (byRoom.get(lending.roomId) ?? []).filter(
      (hold) => hold.start_at.getTime() < lending.end && hold.end_at.getTime() > lending.start,
    );
    const same = overlapping.find(
      (hold) =>
        hold.kind === 'lending' &&
        hold.beneficiary_id === lending.beneficiaryId &&
        hold.start_at.getTime() === lending.start &&
        hold.end_at.getTime() === lending.end,
    );
    if (same && overlapping.length === 1) {
      Object.assign(lending, {
        action: 'duplicate',
        existingId: same.id,
        duplicateOfRow: null,
        reason: 'booking',
      });
    } else if (overlapping.length > 0) {
      problems.add(lending.row, 'from', ...taken());
    }
  }
  const kept = new Map<string, Lending[]>();
  for (const lending of [...lendings].sort((a, b) => a.start - b.start || a.row - b.row)) {
    if (lending.action !== 'create' || problems.has(lending.row)) continue;
    const earlier = kept.get(lending.roomId) ?? [];
    const clash = earlier.find((other) => other.end > lending.start);
    if (!clash) {
      kept.set(lending.roomId, [...earlier.filter((other) => other.end > lending.start), lending]);
    } else if (
      clash.start === lending.start &&
      clash.end === lending.end &&
      clash.beneficiaryId === lending.beneficiaryId
    ) {
      Object.assign(lending, {
        action: 'duplicate',
        existingId: null,
        duplicateOfRow: clash.row,
        reason: 'booking',
      });
    } else {
      problems.add(
        lending.row,
        'from',
        'overlaps an earlier row of the file in the same room',
        `nakłada się na wcześniejszy wiersz pliku w tej samej sali (wiersz ${clash.row})`,
      );
    }
  }
}
