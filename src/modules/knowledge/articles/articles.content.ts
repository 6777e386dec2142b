import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Articles' text: Markdown rendered by `marked`, then cleaned by `sanitize-html` with an
 * allow-list, so no script, event handler, style or javascript: URL reaches a page whatever
 * the Markdown (or raw HTML inside it) says. Also slugs, folding and highlighted snippets.
 */

const markdown = new Marked({ gfm: true, breaks: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'blockquote',
    'pre',
    'code',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'del',
    's',
    'sup',
    'sub',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
    code: ['class'],
  },
  allowedClasses: { code: ['language-*'] },
  // Links may go to the web or to an e-mail address; images only over http(s) or relative
  // (the article's own attachments). Anything else (javascript:, data:, vbscript:) is dropped.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // script, style, textarea... are dropped with their content; iframe, object, embed, svg and
  // form are not allowed, so they go too.
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow' } }),
  },
};

/** Markdown to the HTML pages may show. */
export function renderMarkdown(source: string): string {
  const raw = markdown.parse(source, { async: false }) as string;
  return sanitizeHtml(raw, SANITIZE).trim();
}

const BLOCK_END = /<\/(p|h[1-6]|li|pre|blockquote|tr|th|td|table|ul|ol)>|<br\s*\/?>|<hr\s*\/?>/gi;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? Number.parseInt(entity.slice(2), 16)
          : Number(entity.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** The text a reader sees in sanitized HTML: for search and snippets. */
export function plainText(html: string): string {
  const withBreaks = html.replace(BLOCK_END, (tag) => `${tag}\n`);
  const text = decodeEntities(sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} }));
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Lower case without diacritics, like civitas_fold in the database: 'Założyć' -> 'zalozyc'. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase();
}

const MAX_SLUG = 80;

/** 'Jak założyć fundację?' -> 'jak-zalozyc-fundacje'. */
export function slugify(title: string): string {
  const slug = fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug || 'artykul';
}

/** The words of a text as search sees them: folded letters and digits. */
export function searchWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Polish case endings, folded, longest first: '-ami' and '-ach' before '-a'. Not a grammar,
 * only what an inflected form of a word most often changes at its end.
 */
const ENDINGS = [
  'iami iach iego iemu',
  'ami ach iom iem owi ego emu ych ymi ich imi iej',
  'om em ie ia iu ow ej',
  'a e i o u y',
].flatMap((endings) => endings.split(' '));
const MIN_STEM = 3;

/**
 * What a folded word's inflections share: the word without its case ending
 * ('fundacja' -> 'fundacj', 'zarzadu' -> 'zarzad'), at least three letters; a word that ends
 * otherwise is its own stem ('statut', so 'status' is not one of its forms).
 */
export function stemOf(word: string): string {
  const ending = ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= MIN_STEM);
  return ending ? word.slice(0, -ending.length) : word;
}

/** A query word and the words of the articles it stands for (itself, inflections, typo fixes). */
export type Term = { lexemes: string[]; prefix: string | null };

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );

const foldedLetters = new Map<string, string>();
const FOLDED_LETTERS_KEPT = 10_000;

function foldLetter(letter: string): string {
  let folded = foldedLetters.get(letter);
  if (folded === undefined) {
    if (foldedLetters.size >= FOLDED_LETTERS_KEPT) foldedLetters.clear();
    folded = fold(letter);
    foldedLetters.set(letter, folded);
  }
  return folded;
}

/**
 * Whether a word of a text matches the terms: folded, it is one of their words or begins with
 * a prefix. A folded word begins with its folded first letter, so most words are told apart by
 * that alone, without folding them.
 */
function matcherOf(terms: Term[]): (word: string) => boolean {
  const candidates = terms.flatMap((term) =>
    term.prefix === null ? term.lexemes : [...term.lexemes, term.prefix],
  );
  const possibleAfter = new Map<string, boolean>();
  return (word) => {
    const first = foldLetter(String.fromCodePoint(word.codePointAt(0) ?? 0));
    let possible = possibleAfter.get(first);
    if (possible === undefined) {
      possible = candidates.some((candidate) => candidate.startsWith(first) || first.startsWith(candidate));
      possibleAfter.set(first, possible);
    }
    if (!possible) return false;
    const folded = fold(word);
    return terms.some(
      (term) => term.lexemes.includes(folded) || (term.prefix !== null && folded.startsWith(term.prefix)),
    );
  };
}

/**
 * HTML of `text` with the words matching the terms in <mark>. Everything else is escaped, so
 * the result is safe to show whatever the article says.
 */
export function highlight(text: string, terms: Term[]): string {
  const matches = matcherOf(terms);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const index = match.index ?? 0;
    if (!matches(match[0])) continue;
    out += `${escapeHtml(text.slice(last, index))}<mark>${escapeHtml(match[0])}</mark>`;
    last = index + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

const SNIPPET_BEFORE = 8;
const SNIPPET_WORDS = 30;

/**
 * A short passage of `text` around the first matching word, highlighted; the opening words
 * when nothing in the text matches (the match was in the title).
 */
export function snippet(text: string, terms: Term[]): string {
  const matches = matcherOf(terms);
  const words: RegExpExecArray[] = [];
  let first = -1;
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push(word);
    if (first < 0 && matches(word[0])) first = words.length - 1;
    // The rest of the text only matters to know that the passage does not end it.
    if (first >= 0 && words.length > Math.max(first - SNIPPET_BEFORE, 0) + SNIPPET_WORDS) break;
  }
  if (words.length === 0) return '';
  const from = first <= SNIPPET_BEFORE ? 0 : first - SNIPPET_BEFORE;
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  const start = from === 0 ? 0 : ((words[from] as RegExpExecArray).index ?? 0);
  const lastWord = words[to - 1] as RegExpExecArray;
  const end = to === words.length ? text.length : (lastWord.index ?? 0) + lastWord[0].length;
  const passage = text.slice(start, end).replace(/\s+/g, ' ');
  return `${from > 0 ? '… ' : ''}${highlight(passage, terms)}${to < words.length ? ' …' : ''}`;
}
