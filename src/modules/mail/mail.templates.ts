/**
 * Every message Civitas sends, in Polish and English. A template is a pure function of its
 * data; modules add their kinds here so all wording lives in one file.
 */
export type MailLanguage = 'pl' | 'en';
type Rendered = { subject: string; text: string };
type Template<D> = Record<MailLanguage, (data: D) => Rendered>;

const signature = {
  pl: '\n\n--\nCivitas, system centrów obywatelskich\nTa wiadomość została wysłana automatycznie.',
  en: '\n\n--\nCivitas, the civic centres system\nThis message was sent automatically.',
};

function template<D>(pl: (data: D) => Rendered, en: (data: D) => Rendered): Template<D> {
  const sign = (language: MailLanguage, render: (data: D) => Rendered) => (data: D) => {
    const { subject, text } = render(data);
    return { subject, text: text + signature[language] };
  };
  return { pl: sign('pl', pl), en: sign('en', en) };
}

type BookingMail = {
  title: string;
  room: string;
  center: string;
  address: string;
  timezone: string;
  occurrences: { start: Date; end: Date }[];
  reason: string | null;
};

/** "wtorek, 17 marca 2026, 18:00–20:00" in the centre's zone. */
function when(language: MailLanguage, timezone: string, occurrences: BookingMail['occurrences']): string {
  const locale = language === 'pl' ? 'pl-PL' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, { timeZone: timezone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: timezone, hour: '2-digit', minute: '2-digit' });
  return occurrences
    .map(({ start, end }) => `- ${day.format(start)}, ${time.format(start)}–${time.format(end)}`)
    .join('\n');
}

const place = (data: BookingMail) => `${data.room}, ${data.center}, ${data.address}`;

export const templates = {
  booking_received: template<BookingMail>(
    (data) => ({
      subject: `Otrzymaliśmy prośbę o salę: ${data.title}`,
      text: `Dziękujemy za prośbę o udostępnienie sali.\n\nSpotkanie: ${data.title}\nMiejsce: ${place(data)}\nTermin:\n${when('pl', data.timezone, data.occurrences)}\n\nKoordynator centrum rozpatrzy ją wkrótce; o decyzji poinformujemy w osobnej wiadomości.`,
    }),
    (data) => ({
      subject: `Room request received: ${data.title}`,
      text: `Thank you for your room request.\n\nMeeting: ${data.title}\nPlace: ${place(data)}\nWhen:\n${when('en', data.timezone, data.occurrences)}\n\nThe centre's coordinator will decide soon; you will get a separate message.`,
    }),
  ),
  booking_approved: template<BookingMail>(
    (data) => ({
      subject: `Sala zarezerwowana: ${data.title}`,
      text: `Rezerwacja została potwierdzona.\n\nSpotkanie: ${data.title}\nMiejsce: ${place(data)}\nTermin:\n${when('pl', data.timezone, data.occurrences)}\n\nW załączniku plik do kalendarza. Prosimy o zgłoszenie rezygnacji, jeśli sala nie będzie potrzebna.`,
    }),
    (data) => ({
      subject: `Room booked: ${data.title}`,
      text: `Your booking is confirmed.\n\nMeeting: ${data.title}\nPlace: ${place(data)}\nWhen:\n${when('en', data.timezone, data.occurrences)}\n\nThe calendar file is attached. Please cancel if you no longer need the room.`,
    }),
  ),
  booking_rejected: template<BookingMail>(
    (data) => ({
      subject: `Prośba o salę odrzucona: ${data.title}`,
      text: `Niestety nie możemy udostępnić sali.\n\nSpotkanie: ${data.title}\nMiejsce: ${place(data)}\nTermin:\n${when('pl', data.timezone, data.occurrences)}\n\nPowód: ${data.reason ?? '(nie podano)'}`,
    }),
    (data) => ({
      subject: `Room request declined: ${data.title}`,
      text: `Unfortunately we cannot lend the room.\n\nMeeting: ${data.title}\nPlace: ${place(data)}\nWhen:\n${when('en', data.timezone, data.occurrences)}\n\nReason: ${data.reason ?? '(none given)'}`,
    }),
  ),
  booking_cancelled: template<BookingMail>(
    (data) => ({
      subject: `Rezerwacja odwołana: ${data.title}`,
      text: `Rezerwacja została odwołana.\n\nSpotkanie: ${data.title}\nMiejsce: ${place(data)}\nOdwołane terminy:\n${when('pl', data.timezone, data.occurrences)}${data.reason ? `\n\nPowód: ${data.reason}` : ''}`,
    }),
    (data) => ({
      subject: `Booking cancelled: ${data.title}`,
      text: `The booking has been cancelled.\n\nMeeting: ${data.title}\nPlace: ${place(data)}\nCancelled dates:\n${when('en', data.timezone, data.occurrences)}${data.reason ? `\n\nReason: ${data.reason}` : ''}`,
    }),
  ),
  booking_reminder: template<BookingMail>(
    (data) => ({
      subject: `Przypomnienie: jutro ${data.title}`,
      text: `Przypominamy o rezerwacji sali.\n\nSpotkanie: ${data.title}\nMiejsce: ${place(data)}\nTermin:\n${when('pl', data.timezone, data.occurrences)}\n\nPo spotkaniu prosimy zostawić salę w porządku.`,
    }),
    (data) => ({
      subject: `Reminder: ${data.title} tomorrow`,
      text: `A reminder of your room booking.\n\nMeeting: ${data.title}\nPlace: ${place(data)}\nWhen:\n${when('en', data.timezone, data.occurrences)}\n\nPlease leave the room tidy after the meeting.`,
    }),
  ),
  test: template<{ name: string }>(
    ({ name }) => ({ subject: 'Wiadomość próbna', text: `Dzień dobry, ${name}!\n\nTo jest wiadomość próbna.` }),
    ({ name }) => ({ subject: 'Test message', text: `Hello ${name},\n\nThis is a test message.` }),
  ),
};

export type MailKind = keyof typeof templates;
export type TemplateData<K extends MailKind> = Parameters<(typeof templates)[K]['pl']>[0];

export function renderMail<K extends MailKind>(kind: K, language: MailLanguage, data: TemplateData<K>): Rendered {
  const render = templates[kind][language] as (data: TemplateData<K>) => Rendered;
  return render(data);
}
