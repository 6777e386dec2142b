import ExcelJS from 'exceljs';
import { toCsv } from '../../../lib/csv.ts';
import { renderPdf } from '../../../lib/pdf.ts';
import { formatPolishNumber } from '../../../lib/polish.ts';
import { neutralizeFormula } from '../../../lib/text.ts';
import { formatInstant } from '../../../lib/time.ts';
import type { Summary } from './summary.schema.ts';

/** One figure of the summary, named for people (Polish) and for machines (key). */
export type Figure = { section: string; key: string; label: string; value: number };

const ACTIVITY_LABELS: Record<string, string> = {
  seminar: 'seminaria',
  training: 'szkolenia',
  workshop: 'warsztaty',
  working_group: 'grupy robocze',
  study_visit: 'wizyty studyjne',
  event: 'wydarzenia',
  networking: 'spotkania sieciujące',
};
const ADVICE_LABELS: Record<string, string> = {
  consulting: 'konsultacje',
  coaching: 'coaching',
  mentoring: 'mentoring',
};
const STAGE_LABELS: Record<string, string> = {
  idea: 'pomysł',
  planning: 'planowanie',
  first_action: 'pierwsze działanie',
  established: 'działająca',
  independent: 'samodzielna',
  dropped: 'zarzucona',
};

export const SECTIONS: Record<string, string> = {
  beneficiaries: 'Beneficjenci',
  rooms: 'Sale',
  activities: 'Wydarzenia',
  advice: 'Doradztwo',
  volunteering: 'Wolontariat',
  incubation: 'Inkubacja',
};

export function figuresOf(summary: Summary): Figure[] {
  const f = (section: string, key: string, label: string, value: number): Figure => ({
    section,
    key,
    label,
    value,
  });
  const { beneficiaries: b, rooms, activities, advice, volunteering, incubation } = summary;
  return [
    f('beneficiaries', 'beneficiaries.total', 'beneficjenci razem', b.total),
    f('beneficiaries', 'beneficiaries.organizations', 'organizacje', b.organizations),
    f('beneficiaries', 'beneficiaries.informalGroups', 'grupy nieformalne', b.informalGroups),
    f('beneficiaries', 'beneficiaries.individuals', 'osoby fizyczne', b.individuals),
    f('rooms', 'rooms.lendings', 'udostępnienia sal', rooms.lendings),
    f('rooms', 'rooms.people', 'osoby korzystające z sal', rooms.people),
    f('rooms', 'rooms.hours', 'godziny udostępnienia', rooms.hours),
    f('activities', 'activities.count', 'wydarzenia razem', activities.count),
    f('activities', 'activities.participants', 'uczestnicy razem', activities.participants),
    ...Object.entries(activities.byKind).flatMap(([kind, value]) => [
      f(
        'activities',
        `activities.byKind.${kind}.count`,
        `${ACTIVITY_LABELS[kind] ?? kind}: liczba`,
        value.count,
      ),
      f(
        'activities',
        `activities.byKind.${kind}.participants`,
        `${ACTIVITY_LABELS[kind] ?? kind}: uczestnicy`,
        value.participants,
      ),
    ]),
    f('advice', 'advice.appointments', 'spotkania doradcze', advice.appointments),
    f('advice', 'advice.hours', 'godziny doradztwa', advice.hours),
    ...Object.entries(advice.byKind).map(([kind, value]) =>
      f('advice', `advice.byKind.${kind}`, ADVICE_LABELS[kind] ?? kind, value),
    ),
    f('volunteering', 'volunteering.offers', 'oferty wolontariatu', volunteering.offers),
    f('volunteering', 'volunteering.placements', 'wolontariusze (porozumienia)', volunteering.placements),
    f('volunteering', 'volunteering.hours', 'godziny wolontariatu', volunteering.hours),
    f('incubation', 'incubation.initiatives', 'inicjatywy', incubation.initiatives),
    ...Object.entries(incubation.byStage).map(([stage, value]) =>
      f('incubation', `incubation.byStage.${stage}`, `etap: ${STAGE_LABELS[stage] ?? stage}`, value),
    ),
  ];
}

/** Who the report is about and when it was made; `zone` is where its reader's clock runs. */
export type ReportHeader = { centre: string; generatedAt: Date; zone: string };

/** RFC 4180 CSV with a BOM (spreadsheets then read it as UTF-8), formulas neutralized. */
export function summaryCsv(summary: Summary, header: ReportHeader): string {
  const rows: (string | number)[][] = [
    ['section', 'key', 'label', 'value'],
    ['period', 'period.from', 'od', summary.period.from],
    ['period', 'period.to', 'do', summary.period.to],
    ['period', 'centre', 'centrum', header.centre],
    ...figuresOf(summary).map((figure) => [figure.section, figure.key, figure.label, figure.value]),
  ];
  return toCsv(rows);
}

/** A workbook with a sheet per section, each headed by the period and the centre. */
export async function summaryXlsx(summary: Summary, header: ReportHeader): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Civitas';
  workbook.created = header.generatedAt;
  const figures = figuresOf(summary);
  for (const [section, title] of Object.entries(SECTIONS)) {
    const sheet = workbook.addWorksheet(title);
    sheet.columns = [{ width: 44 }, { width: 16 }];
    sheet.addRow([neutralizeFormula(`${title}: ${header.centre}`)]).font = { bold: true, size: 13 };
    sheet.addRow(['Okres', `${summary.period.from} – ${summary.period.to}`]);
    sheet.addRow(['Wygenerowano', header.generatedAt.toISOString()]);
    sheet.addRow([]);
    sheet.addRow(['Wskaźnik', 'Wartość']).font = { bold: true };
    for (const figure of figures.filter((each) => each.section === section))
      sheet.addRow([neutralizeFormula(figure.label), figure.value]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The printable report: centre, period, date of generation, the figures and bar charts. */
export function summaryPdf(summary: Summary, header: ReportHeader): Promise<Buffer> {
  const figures = figuresOf(summary);
  return renderPdf({ title: `Sprawozdanie: ${header.centre}` }, (doc) => {
    doc.font('bold').fontSize(18).text('Sprawozdanie z działalności');
    doc.font('regular').fontSize(12).text(header.centre);
    doc.text(`Okres: ${summary.period.from} – ${summary.period.to}`);
    doc
      .fontSize(9)
      .fillColor('#555555')
      .text(`Wygenerowano: ${formatInstant(header.generatedAt, header.zone, 'pl')}`);
    doc.fillColor('#000000').moveDown();

    // The headline figures as bars, scaled to the largest.
    const bars = [
      ['Beneficjenci', summary.beneficiaries.total],
      ['Organizacje', summary.beneficiaries.organizations],
      ['Osoby i grupy nieformalne', summary.beneficiaries.individuals + summary.beneficiaries.informalGroups],
      ['Udostępnienia sal', summary.rooms.lendings],
      ['Osoby w salach', summary.rooms.people],
      ['Uczestnicy wydarzeń', summary.activities.participants],
      ['Spotkania doradcze', summary.advice.appointments],
    ] as const;
    const max = Math.max(1, ...bars.map(([, value]) => value));
    doc.font('bold').fontSize(12).text('Najważniejsze liczby');
    doc.moveDown(0.3);
    for (const [label, value] of bars) {
      const y = doc.y;
      doc.font('regular').fontSize(9).fillColor('#000000').text(label, 50, y, { width: 150 });
      doc.rect(205, y, (280 * value) / max, 10).fill('#1f5fa8');
      doc.fillColor('#000000').text(formatPolishNumber(value), 205 + (280 * value) / max + 6, y);
      doc.y = y + 16;
    }
    doc.x = 50;
    doc.moveDown();
    for (const [section, title] of Object.entries(SECTIONS)) {
      doc.font('bold').fontSize(12).text(title, 50);
      for (const figure of figures.filter((each) => each.section === section)) {
        const y = doc.y;
        doc.font('regular').fontSize(10).text(figure.label, 60, y, { width: 330 });
        doc.text(formatPolishNumber(figure.value), 400, y, { width: 100, align: 'right' });
        doc.y = Math.max(doc.y, y + 14);
      }
      doc.moveDown(0.5);
    }
  });
}
