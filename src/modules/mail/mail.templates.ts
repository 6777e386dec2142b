import { formatClock, formatInstant, formatLongDay, type Language } from '../../lib/time.ts';

/**
 * Every message Civitas sends, in Polish and English. A template is a pure function of its
 * data; modules add their kinds here so all wording lives in one file.
 */
export type MailLanguage = Language;
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
  const clock = (instant: Date) => formatClock(instant, timezone, language);
  return occurrences
    .map(({ start, end }) => `- ${formatLongDay(start, timezone, language)}, ${clock(start)}–${clock(end)}`)
    .join('\n');
}

const place = (data: BookingMail) => `${data.room}, ${data.center}, ${data.address}`;

type ActivityMail = {
  title: string;
  center: string;
  address: string;
  room: string | null;
  timezone: string;
  sessions: { start: Date; end: Date }[];
  seats: number;
  beneficiary: string;
  position?: number | null;
  reason?: string | null;
};

const activityPlace = (data: ActivityMail) =>
  `${data.room ? `${data.room}, ` : ''}${data.center}, ${data.address}`;

type AppointmentMail = {
  kind: 'consulting' | 'coaching' | 'mentoring';
  topic: string;
  advisor: string;
  beneficiary: string;
  center: string;
  address: string;
  timezone: string;
  start: Date;
  end: Date;
  previous?: { start: Date; end: Date } | null;
  reason?: string | null;
};

const adviceKind = {
  pl: { consulting: 'konsultacja', coaching: 'coaching', mentoring: 'mentoring' },
  en: { consulting: 'consultation', coaching: 'coaching', mentoring: 'mentoring' },
};

type ApplicationMail = { offer: string; organization: string; volunteer: string; reason?: string | null };
type NextStepMail = { initiative: string; beneficiary: string; nextStep: string; date: string };

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
  registration_confirmed: template<ActivityMail>(
    (data) => ({
      subject: `Potwierdzenie zapisu: ${data.title}`,
      text: `Zapis został przyjęty.\n\nZajęcia: ${data.title}\nUczestnik: ${data.beneficiary} (miejsc: ${data.seats})\nMiejsce: ${activityPlace(data)}\nTermin:\n${when('pl', data.timezone, data.sessions)}\n\nJeśli nie możesz przyjść, odwołaj zapis: zwolnione miejsce dostanie kolejna osoba z listy rezerwowej.`,
    }),
    (data) => ({
      subject: `Registration confirmed: ${data.title}`,
      text: `Your registration is confirmed.\n\nActivity: ${data.title}\nParticipant: ${data.beneficiary} (seats: ${data.seats})\nPlace: ${activityPlace(data)}\nWhen:\n${when('en', data.timezone, data.sessions)}\n\nIf you cannot come, please cancel: the seat goes to the next person on the waiting list.`,
    }),
  ),
  registration_waitlisted: template<ActivityMail>(
    (data) => ({
      subject: `Lista rezerwowa: ${data.title}`,
      text: `Wszystkie miejsca są zajęte, więc zapis trafił na listę rezerwową (pozycja ${data.position ?? '-'}).\n\nZajęcia: ${data.title}\nUczestnik: ${data.beneficiary} (miejsc: ${data.seats})\nMiejsce: ${activityPlace(data)}\nTermin:\n${when('pl', data.timezone, data.sessions)}\n\nGdy zwolni się miejsce, zapiszemy Cię automatycznie i damy znać.`,
    }),
    (data) => ({
      subject: `Waiting list: ${data.title}`,
      text: `All seats are taken, so the registration is on the waiting list (position ${data.position ?? '-'}).\n\nActivity: ${data.title}\nParticipant: ${data.beneficiary} (seats: ${data.seats})\nPlace: ${activityPlace(data)}\nWhen:\n${when('en', data.timezone, data.sessions)}\n\nWhen a seat frees up, you will be registered automatically and told.`,
    }),
  ),
  registration_promoted: template<ActivityMail>(
    (data) => ({
      subject: `Zwolniło się miejsce: ${data.title}`,
      text: `Dobra wiadomość: zwolniło się miejsce i zapis z listy rezerwowej został potwierdzony.\n\nZajęcia: ${data.title}\nUczestnik: ${data.beneficiary} (miejsc: ${data.seats})\nMiejsce: ${activityPlace(data)}\nTermin:\n${when('pl', data.timezone, data.sessions)}\n\nJeśli nie możesz przyjść, odwołaj zapis.`,
    }),
    (data) => ({
      subject: `A seat is yours: ${data.title}`,
      text: `Good news: a seat freed up and your registration from the waiting list is confirmed.\n\nActivity: ${data.title}\nParticipant: ${data.beneficiary} (seats: ${data.seats})\nPlace: ${activityPlace(data)}\nWhen:\n${when('en', data.timezone, data.sessions)}\n\nIf you cannot come, please cancel.`,
    }),
  ),
  activity_reminder: template<ActivityMail>(
    (data) => ({
      subject: `Przypomnienie: jutro ${data.title}`,
      text: `Przypominamy o zajęciach, na które jesteś zapisany.\n\nZajęcia: ${data.title}\nUczestnik: ${data.beneficiary} (miejsc: ${data.seats})\nMiejsce: ${activityPlace(data)}\nTermin:\n${when('pl', data.timezone, data.sessions)}\n\nJeśli nie możesz przyjść, odwołaj zapis, aby miejsce dostał ktoś z listy rezerwowej.`,
    }),
    (data) => ({
      subject: `Reminder: ${data.title} tomorrow`,
      text: `A reminder of the activity you registered for.\n\nActivity: ${data.title}\nParticipant: ${data.beneficiary} (seats: ${data.seats})\nPlace: ${activityPlace(data)}\nWhen:\n${when('en', data.timezone, data.sessions)}\n\nIf you cannot come, please cancel so that someone on the waiting list gets the seat.`,
    }),
  ),
  activity_cancelled: template<ActivityMail>(
    (data) => ({
      subject: `Zajęcia odwołane: ${data.title}`,
      text: `Z przykrością informujemy, że zajęcia zostały odwołane.\n\nZajęcia: ${data.title}\nMiejsce: ${activityPlace(data)}\nTermin:\n${when('pl', data.timezone, data.sessions)}${data.reason ? `\n\nPowód: ${data.reason}` : ''}`,
    }),
    (data) => ({
      subject: `Activity cancelled: ${data.title}`,
      text: `We are sorry to tell you that the activity has been cancelled.\n\nActivity: ${data.title}\nPlace: ${activityPlace(data)}\nWhen:\n${when('en', data.timezone, data.sessions)}${data.reason ? `\n\nReason: ${data.reason}` : ''}`,
    }),
  ),
  appointment_booked: template<AppointmentMail>(
    (data) => ({
      subject: `Umówiono spotkanie: ${adviceKind.pl[data.kind]}, ${data.topic}`,
      text: `Spotkanie zostało umówione.\n\nRodzaj: ${adviceKind.pl[data.kind]}\nTemat: ${data.topic}\nDoradca: ${data.advisor}\nDla: ${data.beneficiary}\nMiejsce: ${data.center}, ${data.address}\nTermin:\n${when('pl', data.timezone, [data])}\n\nJeśli termin nie pasuje, odwołaj spotkanie, aby zwolnić czas doradcy.`,
    }),
    (data) => ({
      subject: `Appointment booked: ${adviceKind.en[data.kind]}, ${data.topic}`,
      text: `The appointment is booked.\n\nKind: ${adviceKind.en[data.kind]}\nTopic: ${data.topic}\nAdvisor: ${data.advisor}\nFor: ${data.beneficiary}\nPlace: ${data.center}, ${data.address}\nWhen:\n${when('en', data.timezone, [data])}\n\nIf the time does not suit you, please cancel to free the advisor's time.`,
    }),
  ),
  appointment_moved: template<AppointmentMail>(
    (data) => ({
      subject: `Zmiana terminu spotkania: ${data.topic}`,
      text: `Termin spotkania został zmieniony.\n\nRodzaj: ${adviceKind.pl[data.kind]}\nTemat: ${data.topic}\nDoradca: ${data.advisor}\nDla: ${data.beneficiary}\nMiejsce: ${data.center}, ${data.address}\nNowy termin:\n${when('pl', data.timezone, [data])}${data.previous ? `\nPoprzedni termin:\n${when('pl', data.timezone, [data.previous])}` : ''}`,
    }),
    (data) => ({
      subject: `Appointment moved: ${data.topic}`,
      text: `The appointment has been moved.\n\nKind: ${adviceKind.en[data.kind]}\nTopic: ${data.topic}\nAdvisor: ${data.advisor}\nFor: ${data.beneficiary}\nPlace: ${data.center}, ${data.address}\nNew time:\n${when('en', data.timezone, [data])}${data.previous ? `\nPrevious time:\n${when('en', data.timezone, [data.previous])}` : ''}`,
    }),
  ),
  appointment_cancelled: template<AppointmentMail>(
    (data) => ({
      subject: `Spotkanie odwołane: ${data.topic}`,
      text: `Spotkanie zostało odwołane.\n\nRodzaj: ${adviceKind.pl[data.kind]}\nTemat: ${data.topic}\nDoradca: ${data.advisor}\nDla: ${data.beneficiary}\nTermin:\n${when('pl', data.timezone, [data])}${data.reason ? `\n\nPowód: ${data.reason}` : ''}`,
    }),
    (data) => ({
      subject: `Appointment cancelled: ${data.topic}`,
      text: `The appointment has been cancelled.\n\nKind: ${adviceKind.en[data.kind]}\nTopic: ${data.topic}\nAdvisor: ${data.advisor}\nFor: ${data.beneficiary}\nWhen:\n${when('en', data.timezone, [data])}${data.reason ? `\n\nReason: ${data.reason}` : ''}`,
    }),
  ),
  volunteer_application_received: template<ApplicationMail>(
    (data) => ({
      subject: `Nowe zgłoszenie wolontariusza: ${data.offer}`,
      text: `${data.volunteer} zgłasza się do oferty wolontariatu „${data.offer}” (${data.organization}).\n\nZgłoszenie można przyjąć lub odrzucić w Civitas.`,
    }),
    (data) => ({
      subject: `New volunteer application: ${data.offer}`,
      text: `${data.volunteer} has applied for the volunteering offer "${data.offer}" (${data.organization}).\n\nAccept or decline the application in Civitas.`,
    }),
  ),
  volunteer_application_accepted: template<ApplicationMail>(
    (data) => ({
      subject: `Zgłoszenie przyjęte: ${data.offer}`,
      text: `${data.organization} przyjmuje zgłoszenie (${data.volunteer}) do oferty wolontariatu „${data.offer}”.\n\nPorozumienie wolontariackie można pobrać w Civitas; przy współpracy dłuższej niż 30 dni trzeba je zawrzeć na piśmie.`,
    }),
    (data) => ({
      subject: `Application accepted: ${data.offer}`,
      text: `${data.organization} has accepted the application (${data.volunteer}) for the volunteering offer "${data.offer}".\n\nThe volunteering agreement can be downloaded in Civitas; for more than 30 days it must be made in writing.`,
    }),
  ),
  volunteer_application_declined: template<ApplicationMail>(
    (data) => ({
      subject: `Zgłoszenie nieprzyjęte: ${data.offer}`,
      text: `${data.organization} nie przyjmuje tym razem zgłoszenia (${data.volunteer}) do oferty wolontariatu „${data.offer}”.${data.reason ? `\n\nPowód: ${data.reason}` : ''}\n\nDziękujemy za chęć pomocy: inne oferty czekają w Civitas.`,
    }),
    (data) => ({
      subject: `Application declined: ${data.offer}`,
      text: `${data.organization} has not accepted the application (${data.volunteer}) for the volunteering offer "${data.offer}" this time.${data.reason ? `\n\nReason: ${data.reason}` : ''}\n\nThank you for offering your help: other offers are waiting in Civitas.`,
    }),
  ),
  initiative_next_step: template<NextStepMail>(
    (data) => ({
      subject: `Jutro kolejny krok: ${data.initiative}`,
      text: `Przypominamy o kolejnym kroku inicjatywy „${data.initiative}” (${data.beneficiary}).\n\nKrok: ${data.nextStep}\nTermin: ${data.date}`,
    }),
    (data) => ({
      subject: `Next step tomorrow: ${data.initiative}`,
      text: `A reminder of the next step of the initiative "${data.initiative}" (${data.beneficiary}).\n\nStep: ${data.nextStep}\nDate: ${data.date}`,
    }),
  ),
  password_reset: template<{ name: string; link: string }>(
    (data) => ({
      subject: 'Ustaw nowe hasło w Civitas',
      text: `Dzień dobry, ${data.name}!\n\nKtoś (być może Ty) poprosił o nowe hasło do konta w Civitas. Aby je ustawić, otwórz ten link w ciągu godziny:\n\n${data.link}\n\nLink działa jeden raz. Po zmianie hasła wszystkie sesje i tokeny API tego konta wygasną.\n\nJeśli to nie Ty, zignoruj tę wiadomość: hasło pozostanie bez zmian.`,
    }),
    (data) => ({
      subject: 'Set a new Civitas password',
      text: `Hello ${data.name},\n\nSomeone (perhaps you) asked for a new password for your Civitas account. To set it, open this link within an hour:\n\n${data.link}\n\nThe link works once. Once the password is changed, every session and API token of the account ends.\n\nIf it was not you, ignore this message: the password stays as it is.`,
    }),
  ),
  password_changed: template<{ name: string }>(
    (data) => ({
      subject: 'Hasło do Civitas zostało zmienione',
      text: `Dzień dobry, ${data.name}!\n\nHasło do Twojego konta w Civitas zostało właśnie zmienione, a pozostałe sesje zakończone.\n\nJeśli to nie Ty, od razu ustaw nowe hasło przez „Nie pamiętasz hasła?” na stronie logowania i powiadom koordynatora centrum.`,
    }),
    (data) => ({
      subject: 'Your Civitas password was changed',
      text: `Hello ${data.name},\n\nThe password of your Civitas account was just changed and its other sessions ended.\n\nIf it was not you, set a new password at once with "Forgot your password?" on the sign-in page and tell the centre's coordinator.`,
    }),
  ),
  verify_email: template<{ name: string; link: string }>(
    (data) => ({
      subject: 'Potwierdź adres e-mail w Civitas',
      text: `Dzień dobry, ${data.name}!\n\nDziękujemy za założenie konta w Civitas. Aby potwierdzić, że ten adres należy do Ciebie, otwórz ten link w ciągu 24 godzin:\n\n${data.link}\n\nPo potwierdzeniu zalogujesz się adresem i hasłem podanymi przy rejestracji.\n\nJeśli to nie Ty, zignoruj tę wiadomość: bez potwierdzenia nikt się na to konto nie zaloguje.`,
    }),
    (data) => ({
      subject: 'Confirm your e-mail address for Civitas',
      text: `Hello ${data.name},\n\nThank you for signing up to Civitas. To confirm that this address is yours, open this link within 24 hours:\n\n${data.link}\n\nOnce it is confirmed, sign in with the address and password you registered with.\n\nIf you did not sign up, ignore this message: nobody can sign in to the account until it is confirmed.`,
    }),
  ),
  email_change: template<{ name: string; link: string }>(
    (data) => ({
      subject: 'Potwierdź nowy adres e-mail w Civitas',
      text: `Dzień dobry, ${data.name}!\n\nPoproszono o zmianę adresu e-mail konta w Civitas na ten adres. Aby ją potwierdzić, otwórz ten link w ciągu 24 godzin:\n\n${data.link}\n\nDo tego czasu konto zachowuje dotychczasowy adres.\n\nJeśli to nie Ty, zignoruj tę wiadomość: nic się nie zmieni.`,
    }),
    (data) => ({
      subject: 'Confirm your new e-mail address for Civitas',
      text: `Hello ${data.name},\n\nSomeone asked to change the e-mail address of a Civitas account to this one. To confirm it, open this link within 24 hours:\n\n${data.link}\n\nUntil then the account keeps its current address.\n\nIf it was not you, ignore this message: nothing changes.`,
    }),
  ),
  email_changed_notice: template<{ name: string; newEmail: string }>(
    (data) => ({
      subject: 'Adres e-mail konta w Civitas został zmieniony',
      text: `Dzień dobry, ${data.name}!\n\nAdres e-mail Twojego konta w Civitas został właśnie zmieniony na ${data.newEmail}. Wiadomości z Civitas będą odtąd wysyłane tam, a nie na ten adres.\n\nJeśli to nie Ty, od razu powiadom koordynatora centrum.`,
    }),
    (data) => ({
      subject: 'The e-mail address of your Civitas account was changed',
      text: `Hello ${data.name},\n\nThe e-mail address of your Civitas account was just changed to ${data.newEmail}. Messages from Civitas go there from now on, not to this address.\n\nIf it was not you, tell the centre's coordinator at once.`,
    }),
  ),
  account_exists: template<{ name: string; signInLink: string; resetLink: string }>(
    (data) => ({
      subject: 'Masz już konto w Civitas',
      text: `Dzień dobry, ${data.name}!\n\nKtoś (być może Ty) próbował założyć konto w Civitas z tym adresem e-mail, ale konto z tym adresem już istnieje. Nie założyliśmy drugiego.\n\nAby się zalogować: ${data.signInLink}\nJeśli nie pamiętasz hasła, ustaw nowe: ${data.resetLink}\n\nJeśli to nie Ty, zignoruj tę wiadomość: Twoje konto pozostaje bez zmian.`,
    }),
    (data) => ({
      subject: 'You already have a Civitas account',
      text: `Hello ${data.name},\n\nSomeone (perhaps you) tried to sign up to Civitas with this e-mail address, but an account with this address already exists. No second one was made.\n\nTo sign in: ${data.signInLink}\nIf you do not remember the password, set a new one: ${data.resetLink}\n\nIf it was not you, ignore this message: your account stays as it is.`,
    }),
  ),
  webhook_disabled: template<{ name: string; url: string; webhookId: string; failingSince: Date }>(
    (data) => ({
      subject: 'Civitas wyłączył webhook, który od doby nie odbiera zdarzeń',
      text: `Dzień dobry, ${data.name}!\n\nAdres ${data.url} od ${formatInstant(data.failingSince, 'Europe/Warsaw', 'pl')} nie przyjął żadnego zdarzenia (błąd albo brak odpowiedzi), więc Civitas go wyłączył i nie wysyła mu nowych zdarzeń. Te, które czekają w kolejce, zostały zachowane.\n\nPróby i odpowiedzi: GET /api/webhooks/${data.webhookId}/deliveries. Po naprawie odbiorcy włącz webhook ponownie (PATCH /api/webhooks/${data.webhookId} z {"active": true}); zaległe zdarzenia zostaną wtedy wysłane po kolei.`,
    }),
    (data) => ({
      subject: 'Civitas disabled a webhook that has not taken events for a day',
      text: `Hello ${data.name},\n\nSince ${formatInstant(data.failingSince, 'Europe/Warsaw', 'en')}, ${data.url} has taken no event (an error or no answer), so Civitas disabled it and sends it no new events. Those waiting in its queue are kept.\n\nAttempts and answers: GET /api/webhooks/${data.webhookId}/deliveries. Once the receiver is fixed, enable the webhook again (PATCH /api/webhooks/${data.webhookId} with {"active": true}); the queued events are then sent in order.`,
    }),
  ),
  test: template<{ name: string }>(
    ({ name }) => ({
      subject: 'Wiadomość próbna',
      text: `Dzień dobry, ${name}!\n\nTo jest wiadomość próbna.`,
    }),
    ({ name }) => ({ subject: 'Test message', text: `Hello ${name},\n\nThis is a test message.` }),
  ),
};

export type MailKind = keyof typeof templates;
export type TemplateData<K extends MailKind> = Parameters<(typeof templates)[K]['pl']>[0];

export function renderMail<K extends MailKind>(
  kind: K,
  language: MailLanguage,
  data: TemplateData<K>,
): Rendered {
  const render = templates[kind][language] as (data: TemplateData<K>) => Rendered;
  return render(data);
}
