/**
 * Knowledge-base articles in Polish for the search benchmark: titles, Markdown bodies of about
 * 300 words, categories and tags, drawn from a seeded generator (the same articles every run).
 * Words come inflected as Polish has them (fundacja, fundacji, fundację…), the common ones far
 * more often than the rare ones, as in real text; two words in five are from a long tail of 80,000
 * rarer Polish-sounding words, so the vocabulary grows as a real one does (tens of thousands of
 * distinct forms over 10,000 articles).
 */

/** mulberry32: a small seeded generator, so every run writes the same articles. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const forms = (list: string) => list.split(' ').map((entry) => entry.split('|'));

// Nouns of the third sector, each with some of its case forms.
const NOUNS = forms(
  'fundacja|fundacji|fundację|fundacją|fundacje|fundacjom stowarzyszenie|stowarzyszenia|stowarzyszeniu|stowarzyszeniem|stowarzyszeń ' +
    'organizacja|organizacji|organizację|organizacją|organizacje|organizacjom dotacja|dotacji|dotację|dotacje|dotacjami ' +
    'sprawozdanie|sprawozdania|sprawozdaniu|sprawozdań wolontariusz|wolontariusza|wolontariuszy|wolontariuszem|wolontariusze ' +
    'umowa|umowy|umowę|umową|umów zarząd|zarządu|zarządowi|zarządem członek|członka|członków|członkowie|członkami ' +
    'statut|statutu|statucie|statutem księgowość|księgowości|księgowością rejestr|rejestru|rejestrze wniosek|wniosku|wnioski|wniosków ' +
    'projekt|projektu|projekcie|projekty|projektów budżet|budżetu|budżecie grant|grantu|granty|grantów darowizna|darowizny|darowiznę|darowizn ' +
    'podatek|podatku|podatki|podatków zbiórka|zbiórki|zbiórkę|zbiórek lokal|lokalu|lokale|lokali sala|sali|salę|sale ' +
    'spotkanie|spotkania|spotkaniu|spotkań zebranie|zebrania|zebraniu|zebrań uchwała|uchwały|uchwałę|uchwał ' +
    'mieszkaniec|mieszkańca|mieszkańców|mieszkańcom dzielnica|dzielnicy|dzielnicę|dzielnic miasto|miasta|mieście|miastem ' +
    'urząd|urzędu|urzędzie|urzędem konkurs|konkursu|konkursie|konkursy ofert|oferta|oferty|ofertę ' +
    'rozliczenie|rozliczenia|rozliczeniu faktura|faktury|fakturę|faktur koszt|kosztu|koszty|kosztów przychód|przychodu|przychody ' +
    'ochrona|ochrony|ochronę dane|danych|danymi zgoda|zgody|zgodę administrator|administratora pracownik|pracownika|pracowników ' +
    'szkolenie|szkolenia|szkoleniu|szkoleń warsztat|warsztatu|warsztaty|warsztatów doradztwo|doradztwa|doradca|doradcy ' +
    'partner|partnera|partnerzy|partnerów partnerstwo|partnerstwa współpraca|współpracy|współpracę sponsor|sponsora|sponsorzy ' +
    'raport|raportu|raporty ewaluacja|ewaluacji|ewaluację rezultat|rezultatu|rezultaty wskaźnik|wskaźnika|wskaźniki|wskaźników ' +
    'harmonogram|harmonogramu termin|terminu|terminie|terminy kampania|kampanii|kampanię strona|strony|stronę ' +
    'darczyńca|darczyńcy|darczyńców media|mediach komunikat|komunikatu plakat|plakatu ulotka|ulotki ' +
    'rada|rady|radzie seniorzy|seniorów seniorom młodzież|młodzieży dzieci|dzieciom rodzina|rodziny|rodzin ' +
    'kultura|kultury|kulturze sport|sportu edukacja|edukacji ekologia|ekologii zdrowie|zdrowia pomoc|pomocy ' +
    'pożytek|pożytku status|statusu procent|procentu deklaracja|deklaracji formularz|formularza|formularze ' +
    'księga|księgi bilans|bilansu rachunek|rachunku|rachunki konto|konta bank|banku przelew|przelewu|przelewy ' +
    'ubezpieczenie|ubezpieczenia porozumienie|porozumienia odpowiedzialność|odpowiedzialności ' +
    'inicjatywa|inicjatywy|inicjatywę|inicjatyw grupa|grupy|grupę|grup lider|lidera|liderzy sąsiedztwo|sąsiedztwa',
);
const ADJECTIVES = forms(
  'publiczny|publicznego|publicznej|publiczną|publiczne finansowy|finansowego|finansowej|finansowe ' +
    'roczny|rocznego|roczne|rocznej nowy|nowego|nowej|nowe ważny|ważne|ważnej lokalny|lokalnego|lokalnej|lokalne ' +
    'miejski|miejskiego|miejskiej|miejskie społeczny|społecznego|społecznej|społeczne zwykły|zwykłego|zwykłe ' +
    'unijny|unijnego|unijne|unijnych krajowy|krajowego|krajowe osobowy|osobowych osobowe prawny|prawnego|prawnej|prawne ' +
    'pełny|pełnego|pełnej uproszczony|uproszczonego|uproszczone otwarty|otwartego|otwartym wspólny|wspólnego|wspólne ' +
    'obowiązkowy|obowiązkowe|obowiązkowego dodatkowy|dodatkowe|dodatkowych elektroniczny|elektronicznej|elektroniczne ' +
    'bezpłatny|bezpłatne|bezpłatnych dostępny|dostępne|dostępnych kolejny|kolejnego|kolejne najbliższy|najbliższego',
);
const VERBS = forms(
  'złożyć złożył złożyła składa składają przygotować przygotowuje przygotowują rozliczyć rozlicza rozliczają ' +
    'zarejestrować rejestruje zgłosić zgłasza zgłaszają prowadzić prowadzi prowadzą założyć zakłada zakładają ' +
    'otrzymać otrzymuje otrzymują przekazać przekazuje przekazują podpisać podpisuje podpisują sprawdzić sprawdza ' +
    'zorganizować organizuje organizują zaprosić zaprasza zapraszają uzyskać uzyskuje wymaga wymagają ' +
    'pozwala pozwalają określa określają obejmuje obejmują dotyczy dotyczą należy można trzeba warto musi muszą ' +
    'przechowywać przechowuje przetwarzać przetwarza zapewnić zapewnia wspiera wspierają pomaga pomagają',
);
const SMALL =
  'i w z na do od po przez dla o przy oraz lub a też nie jak że który która które to tego jest są był będzie może także'.split(
    ' ',
  );
const PLACES =
  'Warszawa Kraków Łódź Wrocław Poznań Gdańsk Szczecin Lublin Białystok Rzeszów Kielce Opole Toruń Olsztyn Katowice Mokotów Wola Praga Ursynów Bemowo Bielany Żoliborz Targówek Wawer Białołęka'.split(
    ' ',
  );

const TITLE_STARTS = [
  'Jak założyć',
  'Jak rozliczyć',
  'Jak przygotować',
  'Krok po kroku:',
  'Poradnik:',
  'Najczęstsze pytania o',
  'Co warto wiedzieć o',
  'Obowiązki związane z',
  'Wzór:',
  'Terminy:',
];
const CATEGORIES = [
  'Prawo',
  'Finanse',
  'Księgowość',
  'Wolontariat',
  'Dotacje',
  'RODO',
  'Komunikacja',
  'Lokale',
  'Zarządzanie',
  'Współpraca',
];
const TAGS =
  'krs statut dotacje sprawozdania wolontariat rodo podatki zbiórki lokal umowy szkolenia opp 1,5% granty'.split(
    ' ',
  );

const STARTS = 'prze wy roz za po na od do przy ob nad pod u s w z'.split(' ');
const SYLLABLES =
  'ba be bie bo cha cze ci co da dzi dzie go gra ja je ka ki ko kra la le li ło ma mi mie mo na nie no pa pi po ra re ro rzą rze sa sie sta szy ści ta te to tra wa wie wo za zie ża że'.split(
    ' ',
  );
const ENDINGS =
  'a y ę ą ie ów om ami ach owi ość ości nia nie niu ny nej ne nych cja cji ski ska skie ek ka ki ować uje ują ał ała'.split(
    ' ',
  );
const LONG_TAIL = 80_000;
let longTail: string[] | undefined;

/** The long tail: words made of Polish syllables, the same ones every run. */
function rareWord(index: number): string {
  longTail ??= Array.from({ length: LONG_TAIL }, (_, i) => {
    const random = seeded(1_000_003 + i);
    const start = random() < 0.4 ? any(random, STARTS) : '';
    const middle = Array.from({ length: 1 + Math.floor(random() * 3) }, () => any(random, SYLLABLES)).join(
      '',
    );
    return `${start}${middle}${any(random, ENDINGS)}`;
  });
  return longTail[index] as string;
}

/** An index from 0 that prefers the first entries: density 1/(1 + rank), as word frequencies go. */
function zipf(random: Random, size: number): number {
  return Math.min(size - 1, Math.floor((1 + size) ** random() - 1));
}

const any = <T>(random: Random, list: T[]): T => list[Math.floor(random() * list.length)] as T;

/** A word's lemma (its forms), the first ones of the list somewhat more often than the rest. */
const lemma = (random: Random, list: string[][]): string[] =>
  (random() < 0.3 ? list[zipf(random, list.length)] : any(random, list)) as string[];

/** What an article is about: a few nouns and adjectives that most of its domain words come from. */
type Topic = { nouns: string[][]; adjectives: string[][] };

const topicOf = (random: Random): Topic => ({
  nouns: Array.from({ length: 3 }, () => lemma(random, NOUNS)),
  adjectives: Array.from({ length: 2 }, () => lemma(random, ADJECTIVES)),
});

// Shares of the words: the article's domain nouns and adjectives (half from its topic), verbs,
// the long tail, short function words, places, as running Polish text spreads them.
function word(random: Random, topic: Topic): string {
  const roll = random();
  const from = (own: string[][], all: string[][]) =>
    any(random, random() < 0.5 ? any(random, own) : any(random, all));
  if (roll < 0.12) return from(topic.nouns, NOUNS);
  if (roll < 0.18) return from(topic.adjectives, ADJECTIVES);
  if (roll < 0.26) return any(random, any(random, VERBS));
  if (roll < 0.695) return rareWord(zipf(random, LONG_TAIL));
  if (roll < 0.995) return any(random, SMALL);
  return any(random, PLACES);
}

function sentence(random: Random, topic: Topic): string {
  const words = Array.from({ length: 6 + Math.floor(random() * 10) }, () => word(random, topic));
  if (random() < 0.1) words.push(`${2018 + Math.floor(random() * 9)}`);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random, topic: Topic): string {
  return Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random, topic)).join(' ');
}

export type GeneratedArticle = { title: string; body: string; category: string; tags: string[] };

export function polishArticle(random: Random): GeneratedArticle {
  const topic = topicOf(random);
  const place = random() < 0.4 ? ` (${any(random, PLACES)})` : '';
  const title = `${any(random, TITLE_STARTS)} ${any(random, topic.nouns[0] as string[])} ${any(random, topic.adjectives[0] as string[])}${place}`;
  const parts = [paragraph(random, topic)];
  for (let section = 0, count = 2 + Math.floor(random() * 3); section < count; section++) {
    parts.push(`## ${sentence(random, topic).slice(0, -1)}`, paragraph(random, topic));
    if (random() < 0.5) {
      const items = Array.from(
        { length: 3 + Math.floor(random() * 3) },
        () => `- ${sentence(random, topic)}`,
      );
      parts.push(items.join('\n'));
    }
    if (random() < 0.3) parts.push(`**Uwaga:** ${sentence(random, topic)}`);
  }
  const tags = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => any(random, TAGS)))];
  return { title, body: parts.join('\n\n'), category: any(random, CATEGORIES), tags };
}
/**
 * What people type into the search: single words with and without their diacritics, inflected
 * forms, prefixes, two words, a typo.
 */
export const SEARCH_QUERIES = [
  'fundacja',
  'fundację',
  'fundacje',
  'księgowość',
  'ksiegowosc',
  'sprawozdanie finansowe',
  'sprawozdanie roczne',
  'wolontariusz umowa',
  'umowa wolontariusza',
  'dotacja',
  'dotacje unijne',
  'zebranie zarządu',
  'stowarzyszenie zwykłe',
  'stowarzyszenie zwykle',
  'pożytku publicznego',
  'pozytku publicznego',
  'ochrona danych',
  'darowizna podatek',
  'zbiórka publiczna',
  'zbiorka',
  'statut',
  'Mokotów',
  'mokotow',
  'wniosek grantowy',
  'fundajca',
  'ksiegowośc',
  'rozliczenie kosztów',
  'lokal miejski',
];
