import { formatPolishNumber } from '../../../lib/polish.ts';
import { formatCalendarDate } from '../../../lib/time.ts';
import type { PublicTaskReport } from './public-task.schema.ts';

/**
 * The report laid out as the official form (the 2018 template of the report on a public task,
 * art. 18 of the Act on public-benefit activity and volunteering), once, as blocks that the
 * PDF and the DOCX each draw: the header, Part I, Part II, Part III and the statements, in the
 * template's order. Where a section does not apply or is empty it says "nie dotyczy".
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[]; numeric: boolean[] };

export const NOT_APPLICABLE = 'nie dotyczy';

/** 1234.5 -> "1 234,50" (złoty with grosze). */
export const formatMoney = (value: number) =>
  new Intl.NumberFormat('pl-PL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
const percent = (value: number | null) => (value === null ? NOT_APPLICABLE : `${formatPolishNumber(value)}%`);
const date = (value: string | null) => (value ? formatCalendarDate(value, 'pl') : NOT_APPLICABLE);
const days = (from: string | null, to: string | null) =>
  !from || !to ? NOT_APPLICABLE : from === to ? date(from) : `${date(from)} – ${date(to)}`;
const written = (value: string | null) => (value?.trim() ? value.trim() : NOT_APPLICABLE);

function table(header: string[], rows: string[][], widths: number[], numeric: boolean[]): Block {
  return { kind: 'table', header, rows, widths, numeric };
}

export function formBlocks(report: PublicTaskReport): Block[] {
  const { header, data, fields, totals } = report;
  const blocks: Block[] = [
    {
      kind: 'title',
      text: 'SPRAWOZDANIE Z WYKONANIA ZADANIA PUBLICZNEGO, O KTÓRYM MOWA W ART. 18 UST. 4 USTAWY Z DNIA 24 KWIETNIA 2003 R. O DZIAŁALNOŚCI POŻYTKU PUBLICZNEGO I O WOLONTARIACIE',
    },
    {
      kind: 'note',
      text: 'Wersja robocza przygotowana w Civitas. Pola, które nie dotyczą sprawozdania, oznaczono „nie dotyczy”.',
    },
    table(
      ['Pole', 'Treść'],
      [
        ['Rodzaj sprawozdania', report.type === 'final' ? 'końcowe' : 'częściowe'],
        ['Okres, za jaki jest składane sprawozdanie', days(report.from, report.to)],
        ['Organ administracji publicznej', header.funder],
        ['Nazwa Zleceniobiorcy(-ców)', header.operator],
        ['Tytuł zadania publicznego', header.title],
        ['Miejsce realizacji (centrum)', data.centre ?? 'sieć centrów obywatelskich'],
        ['Okres realizacji zadania według umowy', days(header.agreementFrom, header.agreementTo)],
        ['Data zawarcia umowy', date(fields.agreementDate)],
        ['Numer umowy, o ile został nadany', written(fields.agreementNumber)],
      ],
      [0.4, 0.6],
      [false, false],
    ),
    { kind: 'heading', text: 'Część I. Sprawozdanie merytoryczne' },
    {
      kind: 'subheading',
      text: '1. Opis osiągniętych rezultatów wraz z liczbowym określeniem skali działań zrealizowanych w ramach zadania',
    },
    { kind: 'text', text: written(fields.results) },
    { kind: 'subheading', text: 'Rezultaty i wskaźniki określone w umowie' },
  ];
  blocks.push(
    data.indicators.length
      ? table(
          [
            'Rezultat (wskaźnik)',
            'Wartość docelowa',
            'Osiągnięta wartość',
            'Stopień osiągnięcia',
            'Sposób pomiaru (źródło)',
          ],
          data.indicators.map((indicator) => [
            indicator.label,
            formatPolishNumber(indicator.target),
            formatPolishNumber(indicator.value),
            percent(indicator.percent),
            indicator.source,
          ]),
          [0.24, 0.13, 0.13, 0.13, 0.37],
          [false, true, true, true, false],
        )
      : { kind: 'text', text: NOT_APPLICABLE },
    { kind: 'subheading', text: 'Liczbowe określenie skali działań (z rejestru Civitas)' },
    data.scale.length
      ? table(
          ['Wskaźnik', 'Wartość'],
          data.scale.map((figure) => [figure.label, formatPolishNumber(figure.value)]),
          [0.75, 0.25],
          [false, true],
        )
      : { kind: 'text', text: NOT_APPLICABLE },
    { kind: 'subheading', text: 'Odbiorcy zadania (beneficjenci obsłużeni w okresie) według rodzaju' },
    table(
      ['Rodzaj odbiorcy', 'Liczba'],
      [
        ...data.beneficiaries.byKind.map((kind) => [kind.label, formatPolishNumber(kind.count)]),
        ['razem', formatPolishNumber(data.beneficiaries.total)],
      ],
      [0.75, 0.25],
      [false, true],
    ),
    { kind: 'subheading', text: 'Odbiorcy zadania według dzielnicy' },
    data.beneficiaries.byDistrict.length
      ? table(
          ['Dzielnica', 'Organizacje', 'Grupy nieformalne', 'Osoby fizyczne', 'Razem'],
          data.beneficiaries.byDistrict.map((row) => [
            row.district ? `${row.district}. ${row.name}` : row.name,
            formatPolishNumber(row.organizations),
            formatPolishNumber(row.informalGroups),
            formatPolishNumber(row.individuals),
            formatPolishNumber(row.total),
          ]),
          [0.36, 0.16, 0.16, 0.16, 0.16],
          [false, true, true, true, true],
        )
      : { kind: 'text', text: NOT_APPLICABLE },
    { kind: 'subheading', text: '2. Szczegółowy opis wykonania poszczególnych działań' },
    { kind: 'text', text: written(fields.actions) },
    { kind: 'subheading', text: 'Zrealizowane działania (z rejestru Civitas)' },
  );
  if (data.actions.length === 0) blocks.push({ kind: 'text', text: NOT_APPLICABLE });
  else {
    blocks.push(
      table(
        ['Lp.', 'Działanie', 'Termin realizacji', 'Miejsce', 'Liczba', 'Uczestnicy'],
        data.actions.map((action, index) => [
          `${index + 1}.`,
          action.name,
          days(action.from, action.to),
          action.places.length ? action.places.join('; ') : NOT_APPLICABLE,
          `${formatPolishNumber(action.count)} ${action.unit}`,
          action.participants === null ? NOT_APPLICABLE : formatPolishNumber(action.participants),
        ]),
        [0.06, 0.3, 0.2, 0.2, 0.12, 0.12],
        [false, false, false, false, true, true],
      ),
    );
    for (const [index, action] of data.actions.entries()) {
      if (action.details.length === 0) continue;
      blocks.push(
        { kind: 'note', text: `Działanie ${index + 1}: ${action.name}, w szczegółach` },
        table(
          ['Pozycja', 'Termin', 'Liczba', 'Uczestnicy'],
          [
            ...action.details.map((detail) => [
              detail.place && detail.place !== detail.label
                ? `${detail.label} (${detail.place})`
                : detail.label,
              days(detail.from, detail.to),
              detail.count === null ? NOT_APPLICABLE : formatPolishNumber(detail.count),
              detail.participants === null ? NOT_APPLICABLE : formatPolishNumber(detail.participants),
            ]),
            ...(action.more > 0 ? [[`oraz ${formatPolishNumber(action.more)} innych`, '', '', '']] : []),
          ],
          [0.46, 0.3, 0.12, 0.12],
          [false, false, true, true],
        ),
      );
    }
  }
  blocks.push(
    { kind: 'subheading', text: 'Odstępstwa od umowy i ich przyczyny' },
    { kind: 'text', text: written(fields.deviations) },
    { kind: 'heading', text: 'Część II. Sprawozdanie z wykonania wydatków' },
    { kind: 'subheading', text: '1. Rozliczenie ze względu na rodzaj kosztów (w zł)' },
  );
  const lines = (category: 'actions' | 'administrative', roman: string) =>
    fields.expenses
      .filter((line) => line.category === category)
      .map((line, index) => [
        `${roman}.${index + 1}.`,
        line.name,
        line.planned === null ? NOT_APPLICABLE : formatMoney(line.planned),
        formatMoney(
          line.grant +
            line.ownFunds +
            line.recipientPayments +
            line.otherPublic +
            line.other +
            line.personal +
            line.inKind,
        ),
      ]);
  blocks.push(
    fields.expenses.length
      ? table(
          ['Lp.', 'Rodzaj kosztu', 'Koszty zgodnie z umową', 'Faktycznie poniesione wydatki'],
          [
            [
              'I.',
              'Koszty realizacji działań',
              formatMoney(totals.actions.planned),
              formatMoney(totals.actions.actual),
            ],
            ...lines('actions', 'I'),
            [
              'II.',
              'Koszty administracyjne',
              formatMoney(totals.administrative.planned),
              formatMoney(totals.administrative.actual),
            ],
            ...lines('administrative', 'II'),
            [
              'III.',
              'Suma wszystkich kosztów realizacji zadania',
              formatMoney(totals.all.planned),
              formatMoney(totals.all.actual),
            ],
          ],
          [0.08, 0.48, 0.22, 0.22],
          [false, false, true, true],
        )
      : { kind: 'text', text: NOT_APPLICABLE },
    { kind: 'subheading', text: '2. Rozliczenie ze względu na źródło finansowania zadania publicznego' },
  );
  const { bySource, shares } = totals;
  blocks.push(
    fields.expenses.length
      ? table(
          [
            'Lp.',
            'Źródło finansowania zadania publicznego',
            'Faktycznie poniesione wydatki [zł] lub udział [%]',
          ],
          [
            ['1.', 'Suma wszystkich kosztów realizacji zadania', formatMoney(totals.all.actual)],
            ['2.', 'Środki z dotacji', formatMoney(bySource.grant)],
            ['3.', 'Inne środki finansowe ogółem (3.1–3.4)', formatMoney(totals.otherFinancial)],
            ['3.1.', 'Wkład własny finansowy', formatMoney(bySource.ownFunds)],
            ['3.2.', 'Świadczenia pieniężne od odbiorców zadania', formatMoney(bySource.recipientPayments)],
            ['3.3.', 'Środki finansowe z innych źródeł publicznych', formatMoney(bySource.otherPublic)],
            ['3.4.', 'Pozostałe', formatMoney(bySource.other)],
            ['4.', 'Wkład osobowy i wkład rzeczowy ogółem (4.1–4.2)', formatMoney(totals.personalAndInKind)],
            ['4.1.', 'Wkład osobowy', formatMoney(bySource.personal)],
            ['4.2.', 'Wkład rzeczowy', formatMoney(bySource.inKind)],
            ['5.', 'Udział kwoty dotacji w całkowitych kosztach zadania publicznego', percent(shares.grant)],
            [
              '6.',
              'Udział innych środków finansowych w stosunku do otrzymanej kwoty dotacji',
              percent(shares.otherFinancial),
            ],
            [
              '7.',
              'Udział wkładu osobowego i rzeczowego w stosunku do otrzymanej kwoty dotacji',
              percent(shares.personalAndInKind),
            ],
          ],
          [0.08, 0.62, 0.3],
          [false, false, true],
        )
      : { kind: 'text', text: NOT_APPLICABLE },
    {
      kind: 'subheading',
      text: '3. Informacje o innych przychodach uzyskanych przy realizacji zadania publicznego',
    },
    { kind: 'text', text: written(fields.otherIncome) },
    {
      kind: 'subheading',
      text: '4. Informacje o świadczeniach pieniężnych pobranych w związku z realizacją zadania od odbiorców zadania',
    },
    { kind: 'text', text: written(fields.recipientPayments) },
    { kind: 'heading', text: 'Część III. Dodatkowe informacje' },
    { kind: 'text', text: written(fields.additionalInfo) },
    { kind: 'heading', text: 'Oświadczenia' },
    { kind: 'text', text: 'Oświadczam(y), że:' },
    { kind: 'text', text: '1) od daty zawarcia umowy nie zmienił się status prawny Zleceniobiorcy(-ców);' },
    {
      kind: 'text',
      text: '2) wszystkie informacje podane w niniejszym sprawozdaniu są zgodne z aktualnym stanem prawnym i faktycznym;',
    },
    {
      kind: 'text',
      text: '3) w zakresie związanym z otwartym konkursem ofert, w tym z gromadzeniem, przetwarzaniem i przekazywaniem danych osobowych, a także wprowadzaniem ich do systemów informatycznych, osoby, których dotyczą te dane, złożyły stosowne oświadczenia zgodnie z przepisami o ochronie danych osobowych.',
    },
    {
      kind: 'note',
      text: 'Podpis osoby upoważnionej lub podpisy osób upoważnionych do składania oświadczeń woli w imieniu Zleceniobiorcy(-ców): ....................................    Data: ....................',
    },
  );
  return blocks;
}
