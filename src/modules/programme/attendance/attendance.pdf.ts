import type { ActivityKind } from '../../../db/schema.ts';
import { type Pdf, renderPdf } from '../../../lib/pdf.ts';
import { localDate, localTime } from '../../../lib/time.ts';

/** What the paper list of an activity shows: the list people sign at trainings funded with public money. */
export type AttendanceList = {
  title: string;
  kind: ActivityKind;
  center: string;
  address: string;
  room: string | null;
  timezone: string;
  start: Date;
  end: Date;
  /** For a series: which meeting this list is for. */
  session: { number: number; of: number } | null;
  participants: { name: string; seats: number }[];
};

const KIND_LABELS: Record<ActivityKind, string> = {
  seminar: 'Seminarium',
  training: 'Szkolenie',
  workshop: 'Warsztaty',
  working_group: 'Grupa robocza',
  study_visit: 'Wizyta studyjna',
  event: 'Wydarzenie',
  networking: 'Spotkanie sieciujące',
};

/** Empty rows at the end for people who came without registering. */
const BLANK_ROWS = 5;
const ROW_HEIGHT = 26;
const COLUMNS = [
  { title: 'Lp.', width: 35 },
  { title: 'Uczestnik (imię i nazwisko / organizacja)', width: 230 },
  { title: 'Liczba osób', width: 70 },
  { title: 'Podpis', width: 160 },
] as const;

export function renderAttendanceList(list: AttendanceList): Promise<Buffer> {
  return renderPdf({ title: `Lista obecności: ${list.title}` }, (doc) => {
    drawHeader(doc, list);
    drawTable(doc, list);
    doc
      .moveDown(1.5)
      .font('regular')
      .fontSize(9)
      .fillColor('#333333')
      .text(
        'Podpisując listę, uczestnik potwierdza obecność na zajęciach. Dane z listy służą wyłącznie rozliczeniu zajęć ' +
          'finansowanych ze środków publicznych.',
        doc.page.margins.left,
        doc.y,
        { width: tableWidth() },
      );
  });
}

function drawHeader(doc: Pdf, list: AttendanceList) {
  const date = localDate(list.start, list.timezone);
  const hours = `${localTime(list.start, list.timezone)}–${localTime(list.end, list.timezone)}`;
  doc.font('bold').fontSize(18).text('Lista obecności');
  doc.moveDown(0.3).fontSize(13).text(list.title);
  doc.moveDown(0.5).font('regular').fontSize(10);
  const lines = [
    `Rodzaj: ${KIND_LABELS[list.kind]}`,
    `Termin: ${date}, godz. ${hours}${list.session ? ` (spotkanie ${list.session.number} z ${list.session.of})` : ''}`,
    `Miejsce: ${list.room ? `${list.room}, ` : ''}${list.center}, ${list.address}`,
    `Zapisanych: ${list.participants.length} (miejsc: ${list.participants.reduce((sum, each) => sum + each.seats, 0)})`,
  ];
  for (const line of lines) doc.text(line);
  doc.moveDown(1);
}

const tableWidth = () => COLUMNS.reduce((sum, column) => sum + column.width, 0);

function drawRow(doc: Pdf, y: number, cells: string[], bold: boolean) {
  let x = doc.page.margins.left;
  doc.font(bold ? 'bold' : 'regular').fontSize(bold ? 9 : 10);
  for (const [index, column] of COLUMNS.entries()) {
    doc.rect(x, y, column.width, ROW_HEIGHT).lineWidth(0.5).stroke('#000000');
    doc.fillColor('#000000').text(cells[index] ?? '', x + 4, y + 8, {
      width: column.width - 8,
      height: ROW_HEIGHT - 8,
      ellipsis: true,
      lineBreak: false,
    });
    x += column.width;
  }
}

function drawTable(doc: Pdf, list: AttendanceList) {
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const header = COLUMNS.map((column) => column.title);
  let y = doc.y;
  drawRow(doc, y, header, true);
  y += ROW_HEIGHT;
  const rows = [
    ...list.participants.map((each, index) => [String(index + 1), each.name, String(each.seats), '']),
    ...Array.from({ length: BLANK_ROWS }, (_, index) => [
      String(list.participants.length + index + 1),
      '',
      '',
      '',
    ]),
  ];
  for (const cells of rows) {
    if (y + ROW_HEIGHT > bottom()) {
      doc.addPage();
      y = doc.page.margins.top;
      drawRow(doc, y, header, true);
      y += ROW_HEIGHT;
    }
    drawRow(doc, y, cells, false);
    y += ROW_HEIGHT;
  }
  doc.x = doc.page.margins.left;
  doc.y = y + 10;
}
