import { SKILLS } from '../volunteering/index.ts';
import { checkPeople, PERSON_FIELDS, type PersonValues } from './imports.beneficiaries.ts';
import { fold } from './imports.parse.ts';
import * as records from './imports.records.repo.ts';
import type { KindHandler, PlanItem } from './imports.rows.ts';
import { parseCount, settle } from './imports.rows.ts';

const skillOf = new Map(
  SKILLS.flatMap((skill) => [skill.code, skill.pl, skill.en].map((name) => [fold(name), skill.code])),
);

/**
 * Volunteer profiles. A volunteer is a person: one found in the registry (e-mail address, or a
 * name alike in the same district) gets a profile unless it has one (then the row is a
 * duplicate); anyone else is registered as an individual with the profile.
 */
export const volunteersKind: KindHandler = {
  needsCenter: false,
  fields: {
    ...PERSON_FIELDS,
    skills: ['Umiejętności', 'Skills', 'Kompetencje'],
    hoursPerWeek: ['Godziny tygodniowo', 'Hours per week', 'Godzin w tygodniu', 'Hours'],
  },
  required: ['name', 'skills'],
  async check(ctx, rows, problems) {
    const items = await checkPeople(ctx, rows, problems, () => 'individual');
    const rowOf = new Map(rows.map((row) => [row.row, row]));
    const matched = items.flatMap((item) => (item.existingId ? [item.existingId] : []));
    const volunteers = await records.selectVolunteerBeneficiaryIds(ctx.db, matched);
    const claimed = new Map<string, number>();
    const planned = items.map(({ person: _, ...item }): PlanItem => {
      const row = rowOf.get(item.row);
      if (!row) return item;
      const words = row
        .cell('skills')
        .split(/[,;|/]+/)
        .map((word) => word.trim())
        .filter(Boolean);
      const skills = [...new Set(words.map((word) => skillOf.get(fold(word))))];
      const unknown = words.filter((word) => !skillOf.has(fold(word)));
      if (words.length === 0 || unknown.length > 0) {
        problems.add(
          row.row,
          'skills',
          `skills from the shared list, separated by commas${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`,
          `umiejętności z listy, rozdzielone przecinkami${unknown.length ? ` (nieznane: ${unknown.join(', ')})` : ''}`,
        );
      }
      const hours = parseCount(row.cell('hoursPerWeek'));
      if (hours !== null && !(hours >= 1 && hours <= 80)) {
        problems.add(row.row, 'hoursPerWeek', 'from 1 to 80 hours a week', 'od 1 do 80 godzin tygodniowo');
      }
      const values = {
        ...item.values,
        beneficiaryId: null as string | null,
        skills: skills.join(','),
        hoursPerWeek: Number.isNaN(hours) ? null : hours,
      };
      const existing = item.existingId;
      if (existing && volunteers.has(existing)) {
        // Already a volunteer: nothing to create (the person is the record named).
        return { ...item, values, reason: 'volunteer' as const };
      }
      if (existing) {
        // Two rows that the registry finds to be one person: the earlier one creates the profile.
        const earlier = claimed.get(existing);
        if (earlier !== undefined)
          return { ...item, values, existingId: null, duplicateOfRow: earlier, reason: 'volunteer' as const };
        if (!problems.has(item.row)) claimed.set(existing, item.row);
        // Known to the registry, not yet a volunteer: the profile is what is created.
        return {
          row: item.row,
          action: 'create' as const,
          values: { ...values, beneficiaryId: existing },
        };
      }
      return { ...item, values };
    });
    return settle(planned, problems);
  },
  async write(ctx, items) {
    const newPeople = items.filter((item) => !item.values.beneficiaryId);
    const ids = await records.insertBeneficiaries(
      ctx,
      newPeople.map(({ values: v }) => ({
        kind: 'individual',
        name: v.name as string,
        email: (v.email as string | null) ?? null,
        phone: (v.phone as string | null) ?? null,
        district: (v.district as number | null) ?? null,
        krs: null,
        nip: null,
        regon: null,
        legalForm: null,
      })) satisfies PersonValues[],
    );
    const idOf = new Map(newPeople.map((item, i) => [item.row, ids[i] as string]));
    await records.insertVolunteers(
      ctx,
      items.map(({ row, values: v }) => ({
        beneficiaryId: (v.beneficiaryId as string | null) ?? (idOf.get(row) as string),
        skills: String(v.skills).split(',').filter(Boolean),
        districts: v.district ? [v.district as number] : [],
        hoursPerWeek: (v.hoursPerWeek as number | null) ?? null,
      })),
    );
    return items.length;
  },
};
