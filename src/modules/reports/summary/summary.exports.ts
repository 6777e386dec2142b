import ExcelJS from 'exceljs';
import { type CsvDialect, toCsv } from '../../../lib/csv.ts';
import { type Pdf, renderPdf } from '../../../lib/pdf.ts';
import { formatPolishNumber } from '../../../lib/polish.ts';
import { neutralizeFormula } from '../../../lib/text.ts';
import { formatCalendarDate, formatInstant, localDate, localTime } from '../../../lib/time.ts';
import type { Indicators } from '../agreements/agreements.schema.ts';
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

const ACTIVITY_LABELS_EN: Record<string, string> = {
  seminar: 'seminars',
  training: 'trainings',
  workshop: 'workshops',
  working_group: 'working groups',
  study_visit: 'study visits',
  event: 'events',
  networking: 'networking meetings',
};
const ADVICE_LABELS_EN: Record<string, string> = {
  consulting: 'consulting',
  coaching: 'coaching',
  mentoring: 'mentoring',
};
const STAGE_LABELS_EN: Record<string, string> = {
  idea: 'idea',
  planning: 'planning',
  first_action: 'first action',
  established: 'established',
  independent: 'independent',
  dropped: 'dropped',
};

/** The names of the figures, in Polish and in English. */
const NAMES = {
  pl: {
    total: 'beneficjenci razem',
    organizations: 'organizacje',
    informalGroups: 'grupy nieformalne',
    individuals: 'osoby fizyczne',
    lendings: 'udostępnienia sal',
    people: 'osoby korzystające z sal',
    roomHours: 'godziny udostępnienia',
    activities: 'wydarzenia razem',
    participants: 'uczestnicy razem',
    count: 'liczba',
    attendees: 'uczestnicy',
    appointments: 'spotkania doradcze',
    adviceHours: 'godziny doradztwa',
    offers: 'oferty wolontariatu',
    placements: 'wolontariusze (porozumienia)',
    volunteerHours: 'godziny wolontariatu',
    initiatives: 'inicjatywy',
    stage: 'etap',
    activityKinds: ACTIVITY_LABELS,
    adviceKinds: ADVICE_LABELS,
    stages: STAGE_LABELS,
  },
  en: {
    total: 'beneficiaries in total',
    organizations: 'organizations',
    informalGroups: 'informal groups',
    individuals: 'individuals',
    lendings: 'room lendings',
    people: 'people using the rooms',
    roomHours: 'hours of lendings',
    activities: 'activities in total',
    participants: 'participants in total',
    count: 'number',
    attendees: 'participants',
    appointments: 'advice appointments',
    adviceHours: 'hours of advice',
    offers: 'volunteering offers',
    placements: 'volunteers (agreements)',
    volunteerHours: 'hours of volunteering',
    initiatives: 'initiatives',
    stage: 'stage',
    activityKinds: ACTIVITY_LABELS_EN,
    adviceKinds: ADVICE_LABELS_EN,
    stages: STAGE_LABELS_EN,
  },
} as const;

/** Every figure of the summary, named in the language asked for (Polish unless said). */
export function figuresOf(summary: Summary, language: 'pl' | 'en' = 'pl'): Figure[] {
  const n = NAMES[language];
  const f = (section: string, key: string, label: string, value: number): Figure => ({
    section,
    key,
    label,
    value,
  });
  const { beneficiaries: b, rooms, activities, advice, volunteering, incubation } = summary;
  return [
    f('beneficiaries', 'beneficiaries.total', n.total, b.total),
    f('beneficiaries', 'beneficiaries.organizations', n.organizations, b.organizations),
    f('beneficiaries', 'beneficiaries.informalGroups', n.informalGroups, b.informalGroups),
    f('beneficiaries', 'beneficiaries.individuals', n.individuals, b.individuals),
    f('rooms', 'rooms.lendings', n.lendings, rooms.lendings),
    f('rooms', 'rooms.people', n.people, rooms.people),
    f('rooms', 'rooms.hours', n.roomHours, rooms.hours),
    f('activities', 'activities.count', n.activities, activities.count),
    f('activities', 'activities.participants', n.participants, activities.participants),
    ...Object.entries(activities.byKind).flatMap(([kind, value]) => {
      const name = (n.activityKinds as Record<string, string>)[kind] ?? kind;
      return [
        f('activities', `activities.byKind.${kind}.count`, `${name}: ${n.count}`, value.count),
        f(
          'activities',
          `activities.byKind.${kind}.participants`,
          `${name}: ${n.attendees}`,
          value.participants,
        ),
      ];
    }),
    f('advice', 'advice.appointments', n.appointments, advice.appointments),
    f('advice', 'advice.hours', n.adviceHours, advice.hours),
    ...Object.entries(advice.byKind).map(([kind, value]) =>
      f('advice', `advice.byKind.${kind}`, (n.adviceKinds as Record<string, string>)[kind] ?? kind, value),
    ),
    f('volunteering', 'volunteering.offers', n.offers, volunteering.offers),
    f('volunteering', 'volunteering.placements', n.placements, volunteering.placements),
    f('volunteering', 'volunteering.hours', n.volunteerHours, volunteering.hours),
    f('incubation', 'incubation.initiatives', n.initiatives, incubation.initiatives),
    ...Object.entries(incubation.byStage).map(([stage, value]) =>
      f(
        'incubation',
        `incubation.byStage.${stage}`,
        `${n.stage}: ${(n.stages as Record<string, string>)[stage] ?? stage}`,
        value,
      ),
    ),
  ];
}

/**
 * Who the report is about and when it was made; `zone` is where its reader's clock runs. The PDF
 * also carries the paragraph for the council and the indicators of the funding agreements.
 */
export type ReportHeader = {
  centre: string;
  generatedAt: Date;
  zone: string;
  narrative?: string;
  indicators?: Indicators['items'];
};

/** One row per figure (section, key, label, value), in the dialect asked for; formulas neutralized. */
export function summaryCsv(summary: Summary, header: ReportHeader, dialect?: CsvDialect): string {
  const rows: (string | number)[][] = [
    ['section', 'key', 'label', 'value'],
    ['period', 'period.from', 'od', summary.period.from],
    ['period', 'period.to', 'do', summary.period.to],
    ['period', 'centre', 'centrum', header.centre],
    ...figuresOf(summary).map((figure) => [figure.section, figure.key, figure.label, figure.value]),
  ];
  return toCsv(rows, dialect);
}

/**
 * A spreadsheet stores a date and time as a count of days with no zone, which it shows as is:
 * so an instant is written as its wall-clock time in the reader's zone.
 */
function spreadsheetTime(instant: Date, zone: string): Date {
  return new Date(`${localDate(instant, zone)}T${localTime(instant, zone)}:00Z`);
}
const spreadsheetDate = (date: string) => new Date(`${date}T00:00:00Z`);

/** A workbook with a sheet per section, each headed by the centre, the period and the time made. */
export async function summaryXlsx(summary: Summary, header: ReportHeader): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Civitas';
  workbook.created = header.generatedAt;
  const figures = figuresOf(summary);
  for (const [section, title] of Object.entries(SECTIONS)) {
    const sheet = workbook.addWorksheet(title);
    sheet.columns = [{ width: 44 }, { width: 18 }, { width: 18 }];
    sheet.addRow([neutralizeFormula(`${title}: ${header.centre}`)]).font = { bold: true, size: 13 };
    const period = sheet.addRow([
      'Okres',
      spreadsheetDate(summary.period.from),
      spreadsheetDate(summary.period.to),
    ]);
    for (const column of [2, 3]) period.getCell(column).numFmt = 'dd.mm.yyyy';
    const generated = sheet.addRow(['Wygenerowano', spreadsheetTime(header.generatedAt, header.zone)]);
    generated.getCell(2).numFmt = 'dd.mm.yyyy hh:mm';
    sheet.addRow([]);
    sheet.addRow(['Wskaźnik', 'Wartość']).font = { bold: true };
    for (const figure of figures.filter((each) => each.section === section))
      sheet.addRow([neutralizeFormula(figure.label), figure.value]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Bar = readonly [label: string, value: number];

/** A bar chart scaled to its own largest value, with the values written beside the bars. */
function drawBars(doc: Pdf, title: string, bars: readonly Bar[]) {
  const max = Math.max(1, ...bars.map(([, value]) => value));
  doc.font('bold').fontSize(11).fillColor('#000000').text(title, 50);
  doc.moveDown(0.3);
  for (const [label, value] of bars) {
    const y = doc.y;
    const width = (280 * value) / max;
    doc.font('regular').fontSize(9).fillColor('#000000').text(label, 50, y, { width: 150 });
    if (width > 0) doc.rect(205, y, width, 10).fill('#1f5fa8');
    doc.fillColor('#000000').text(formatPolishNumber(value), 205 + width + 6, y);
    doc.y = y + 16;
  }
  doc.x = 50;
  doc.moveDown(0.6);
}

/** A row of a table of four columns: label, then three right-aligned figures. */
function drawRow(doc: Pdf, cells: readonly [string, string, string, string], bold = false) {
  const y = doc.y;
  doc.font(bold ? 'bold' : 'regular').fontSize(9);
  doc.text(cells[0], 50, y, { width: 250 });
  const end = doc.y;
  cells.slice(1).forEach((cell, index) => {
    doc.text(cell, 305 + index * 80, y, { width: 75, align: 'right' });
  });
  doc.y = Math.max(end, y + 13);
}

/**
 * The printable report: the centre, the period and the time made in Polish, the paragraph for
 * the council, charts of people, of services and of hours (each on its own scale), the
 * indicators of the funding agreements, and every figure by section.
 */
export function summaryPdf(summary: Summary, header: ReportHeader): Promise<Buffer> {
  const figures = figuresOf(summary);
  const { beneficiaries: b, rooms, activities, advice, volunteering } = summary;
  return renderPdf({ title: `Sprawozdanie: ${header.centre}` }, (doc) => {
    doc.font('bold').fontSize(18).text('Sprawozdanie z działalności');
    doc.font('regular').fontSize(12).text(header.centre);
    doc.text(
      `Okres: ${formatCalendarDate(summary.period.from, 'pl')} – ${formatCalendarDate(summary.period.to, 'pl')}`,
    );
    doc
      .fontSize(9)
      .fillColor('#555555')
      .text(`Wygenerowano: ${formatInstant(header.generatedAt, header.zone, 'pl')}`);
    doc.fillColor('#000000').moveDown();

    if (header.narrative) {
      doc.font('bold').fontSize(12).text('Dla Rady Miasta');
      doc.font('regular').fontSize(10).text(header.narrative, { align: 'justify' });
      doc.moveDown();
    }

    drawBars(doc, 'Ludzie', [
      ['Beneficjenci', b.total],
      ['Organizacje', b.organizations],
      ['Osoby i grupy nieformalne', b.individuals + b.informalGroups],
      ['Osoby w salach', rooms.people],
      ['Uczestnicy wydarzeń', activities.participants],
    ]);
    drawBars(doc, 'Usługi', [
      ['Udostępnienia sal', rooms.lendings],
      ['Wydarzenia', activities.count],
      ['Spotkania doradcze', advice.appointments],
      ['Porozumienia wolontariackie', volunteering.placements],
    ]);
    drawBars(doc, 'Godziny', [
      ['Godziny udostępnienia sal', rooms.hours],
      ['Godziny doradztwa', advice.hours],
      ['Godziny wolontariatu', volunteering.hours],
    ]);

    for (const { agreement, indicators } of header.indicators ?? []) {
      doc.font('bold').fontSize(12).text(`Wskaźniki: ${agreement.title}`, 50);
      doc
        .font('regular')
        .fontSize(9)
        .text(
          `Umowa ${formatCalendarDate(agreement.from, 'pl')} – ${formatCalendarDate(agreement.to, 'pl')}`,
        );
      doc.moveDown(0.3);
      drawRow(doc, ['Wskaźnik', 'Cel', 'Wykonanie', '%'], true);
      for (const indicator of indicators) {
        drawRow(doc, [
          indicator.label,
          formatPolishNumber(indicator.target),
          formatPolishNumber(indicator.actual),
          indicator.percent === null ? '–' : `${formatPolishNumber(indicator.percent)}%`,
        ]);
      }
      doc.x = 50;
      doc.moveDown();
    }

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
