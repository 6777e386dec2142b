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

export const templates = {
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
