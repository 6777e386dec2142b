import { type Pdf, renderPdf } from '../../../lib/pdf.ts';
import { daysBetween, formatCalendarDate, formatMonth } from '../../../lib/time.ts';
import { skillLabel } from '../volunteers/skills.ts';

/**
 * The volunteering agreement (porozumienie, art. 44 of the ustawa o działalności pożytku
 * publicznego i o wolontariacie) and the certificate of hours (zaświadczenie, art. 44 ust. 4).
 * Both are Polish legal documents, so they are written in Polish only.
 */

export type AgreementData = {
  organization: { name: string; krs: string | null };
  volunteer: { name: string };
  offer: {
    title: string;
    description: string | null;
    skills: string[];
    start: string | null;
    end: string | null;
    hoursPerWeek: number | null;
  };
  /** The day the application was accepted: the start when the offer names none. */
  acceptedOn: string;
  /** The day the document is issued, in the centre's zone. */
  issuedOn: string;
  applicationId: string;
};

export type CertificateData = {
  organization: { name: string };
  volunteer: { name: string };
  offer: { title: string };
  hours: { date: string; hours: number }[];
  issuedOn: string;
  applicationId: string;
};

const LAW = 'ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie';

export const polishNumber = (value: number) =>
  new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 2 }).format(value);

function heading(doc: Pdf, title: string, subtitle: string) {
  doc.font('bold').fontSize(15).text(title, { align: 'center' });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(10).text(subtitle, { align: 'center' });
  doc.moveDown(1.2);
  doc.fontSize(11);
}

function section(doc: Pdf, title: string, lines: string[]) {
  doc.moveDown(0.6);
  doc.font('bold').text(title, { align: 'center' });
  doc.moveDown(0.2);
  doc.font('regular');
  for (const line of lines) doc.text(line, { align: 'justify' });
}

function signatures(doc: Pdf, left: string, right: string) {
  doc.moveDown(3);
  const y = doc.y;
  const width = (doc.page.width - 100) / 2;
  doc.text('.................................................', 50, y, { width, align: 'center' });
  doc.text('.................................................', 50 + width, y, { width, align: 'center' });
  doc.fontSize(9);
  doc.text(left, 50, y + 16, { width, align: 'center' });
  doc.text(right, 50 + width, y + 16, { width, align: 'center' });
  doc.fontSize(11);
}

export function renderAgreement(data: AgreementData): Promise<Buffer> {
  const start = data.offer.start ?? data.acceptedOn;
  const end = data.offer.end;
  const longerThan30Days = end === null || daysBetween(start, end) + 1 > 30;
  const skills = data.offer.skills.map((skill) => skillLabel(skill, 'pl')).join(', ');
  return renderPdf({ title: 'Porozumienie o wykonywaniu świadczeń przez wolontariusza' }, (doc) => {
    heading(
      doc,
      'Porozumienie o wykonywaniu świadczeń przez wolontariusza',
      `zawarte na podstawie art. 44 ${LAW}`,
    );
    doc.text(`Kraków, dnia ${formatCalendarDate(data.issuedOn, 'pl')}`, { align: 'right' });
    doc.moveDown(0.8);
    doc.text('Strony porozumienia:');
    doc.moveDown(0.3);
    doc.text(
      `1. ${data.organization.name}${data.organization.krs ? `, KRS ${data.organization.krs}` : ''}, ` +
        'reprezentowana przez ....................................................., zwana dalej „Korzystającym”,',
    );
    doc.text(`2. ${data.volunteer.name}, zwana lub zwany dalej „Wolontariuszem”.`);

    section(doc, '§ 1. Zakres świadczeń', [
      `1. Wolontariusz zobowiązuje się wykonywać ochotniczo i bez wynagrodzenia świadczenia na rzecz Korzystającego w zakresie: „${data.offer.title}”.`,
      ...(data.offer.description ? [`2. Opis zadań: ${data.offer.description}`] : []),
      ...(skills ? [`${data.offer.description ? '3' : '2'}. Wykorzystywane umiejętności: ${skills}.`] : []),
    ]);
    section(doc, '§ 2. Okres i wymiar', [
      `1. Porozumienie zawiera się na okres od ${formatCalendarDate(start, 'pl')} ${end ? `do ${formatCalendarDate(end, 'pl')}` : 'na czas nieokreślony'}.`,
      data.offer.hoursPerWeek
        ? `2. Świadczenia będą wykonywane w wymiarze do ${data.offer.hoursPerWeek} godzin tygodniowo, w terminach uzgodnionych przez strony.`
        : '2. Wymiar i terminy wykonywania świadczeń strony uzgadniają na bieżąco.',
      longerThan30Days
        ? '3. Świadczenia są wykonywane przez okres dłuższy niż 30 dni, dlatego porozumienie zawiera się w formie pisemnej (art. 44 ust. 2 ustawy).'
        : '3. Na żądanie Wolontariusza Korzystający potwierdza treść porozumienia na piśmie (art. 44 ust. 3 ustawy).',
    ]);
    section(doc, '§ 3. Obowiązki Korzystającego', [
      '1. Korzystający informuje Wolontariusza o ryzyku dla zdrowia i bezpieczeństwa związanym z wykonywanymi świadczeniami oraz o zasadach ochrony przed zagrożeniami.',
      '2. Korzystający zapewnia Wolontariuszowi bezpieczne i higieniczne warunki wykonywania świadczeń, w tym, w zależności od ich rodzaju, odpowiednie środki ochrony indywidualnej.',
      '3. Korzystający pokrywa koszty podróży służbowych i diet na zasadach dotyczących pracowników, chyba że Wolontariusz zwolni go z tego obowiązku na piśmie.',
      longerThan30Days
        ? '4. Wolontariuszowi przysługuje świadczenie z tytułu wypadku przy wykonywaniu świadczeń na zasadach ustawy o ubezpieczeniu społecznym z tytułu wypadków przy pracy i chorób zawodowych.'
        : '4. Korzystający zapewnia Wolontariuszowi ubezpieczenie od następstw nieszczęśliwych wypadków.',
      '5. Na wniosek Wolontariusza Korzystający wydaje pisemne zaświadczenie o wykonaniu świadczeń oraz opinię o ich wykonaniu.',
    ]);
    section(doc, '§ 4. Obowiązki Wolontariusza', [
      '1. Wolontariusz wykonuje świadczenia osobiście, z należytą starannością, zgodnie z zasadami bezpieczeństwa i higieny oraz wskazówkami Korzystającego.',
      '2. Wolontariusz zachowuje w tajemnicy informacje, które uzyskał w związku z wykonywaniem świadczeń, w tym dane osobowe, także po ustaniu porozumienia.',
      '3. Wolontariusz potwierdza liczbę przepracowanych godzin w systemie Civitas lub w karcie czasu.',
    ]);
    section(doc, '§ 5. Postanowienia końcowe', [
      '1. Każda ze stron może rozwiązać porozumienie z zachowaniem 7-dniowego okresu wypowiedzenia, a z ważnych przyczyn ze skutkiem natychmiastowym.',
      `2. W sprawach nieuregulowanych stosuje się przepisy ${LAW} oraz Kodeksu cywilnego.`,
      '3. Porozumienie sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.',
    ]);
    signatures(doc, 'Korzystający (podpis i pieczęć)', 'Wolontariusz (podpis)');
    doc.moveDown(2);
    doc.fontSize(8).text(`Civitas, zgłoszenie ${data.applicationId}`, 50, doc.y, { align: 'left' });
  });
}

export function renderCertificate(data: CertificateData): Promise<Buffer> {
  const total = data.hours.reduce((sum, entry) => sum + entry.hours, 0);
  const dates = data.hours.map((entry) => entry.date).sort();
  const byMonth = new Map<string, number>();
  for (const entry of data.hours) {
    const month = entry.date.slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + entry.hours);
  }
  return renderPdf({ title: 'Zaświadczenie o wykonaniu świadczeń przez wolontariusza' }, (doc) => {
    heading(
      doc,
      'Zaświadczenie o wykonaniu świadczeń przez wolontariusza',
      `wydane na podstawie art. 44 ust. 4 ${LAW}`,
    );
    doc.text(`Kraków, dnia ${formatCalendarDate(data.issuedOn, 'pl')}`, { align: 'right' });
    doc.moveDown(1);
    const period =
      dates.length > 0
        ? `w okresie od ${formatCalendarDate(dates[0] as string, 'pl')} do ${formatCalendarDate(dates.at(-1) as string, 'pl')} `
        : '';
    doc.text(
      `${data.organization.name} zaświadcza, że ${data.volunteer.name} wykonywała lub wykonywał świadczenia ` +
        `jako wolontariuszka lub wolontariusz w ramach „${data.offer.title}” ${period}w łącznym wymiarze ` +
        `${polishNumber(total)} godz.`,
      { align: 'justify' },
    );
    if (byMonth.size > 0) {
      doc.moveDown(1);
      doc.font('bold').text('Godziny w poszczególnych miesiącach:');
      doc.font('regular');
      for (const [month, hours] of [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1))) {
        doc.text(`• ${formatMonth(month, 'pl')}: ${polishNumber(hours)} godz.`);
      }
    }
    doc.moveDown(1);
    doc.text('Świadczenia wykonywano ochotniczo i bez wynagrodzenia.');
    signatures(doc, 'Korzystający (podpis i pieczęć)', '');
    doc.moveDown(2);
    doc.fontSize(8).text(`Civitas, zgłoszenie ${data.applicationId}`, 50, doc.y, { align: 'left' });
  });
}
