/**
 * What an uploaded file really is, read from its first bytes (magic numbers), never from the
 * name or the type the browser claims. Only a few kinds are kept; HTML, SVG, scripts and
 * anything unknown are refused, because a browser could run them from our origin.
 */

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export type FileKind = {
  contentType: string;
  /** Extensions a file of this kind may be named with. */
  extensions: string[];
  /** Shown in the browser (images, PDF); everything else is downloaded. */
  inline: boolean;
};

const KINDS = {
  pdf: { contentType: 'application/pdf', extensions: ['pdf'], inline: true },
  png: { contentType: 'image/png', extensions: ['png'], inline: true },
  jpeg: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], inline: true },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    inline: false,
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    inline: false,
  },
  odt: { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], inline: false },
  ods: { contentType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'], inline: false },
  text: { contentType: 'text/plain; charset=utf-8', extensions: ['txt', 'md', 'csv'], inline: false },
} satisfies Record<string, FileKind>;

/** Never stored, whatever the content looks like. */
const REFUSED_EXTENSIONS = new Set([
  'html',
  'htm',
  'xhtml',
  'shtml',
  'svg',
  'svgz',
  'xml',
  'js',
  'mjs',
  'cjs',
  'exe',
  'bat',
  'sh',
]);

const startsWith = (data: Buffer, bytes: number[]) => bytes.every((byte, index) => data[index] === byte);

const MARKUP = /<\s*(?:!doctype|html|head|body|script|svg|iframe|object|embed|\?xml)\b/i;

function sniffZip(data: Buffer): FileKind | undefined {
  // File names in a zip are stored uncompressed; an OpenDocument file starts with its mimetype.
  const head = data.subarray(0, 100).toString('latin1');
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return KINDS.odt;
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return KINDS.ods;
  const names = data.toString('latin1');
  if (names.includes('[Content_Types].xml')) {
    if (names.includes('word/document.xml')) return KINDS.docx;
    if (names.includes('xl/workbook.xml')) return KINDS.xlsx;
  }
  return undefined;
}

function sniffText(data: Buffer): FileKind | undefined {
  if (data.includes(0)) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return undefined;
  }
  // Text that is really markup would be HTML or SVG to a careless viewer.
  if (
    MARKUP.test(text) ||
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('<')
  )
    return undefined;
  return KINDS.text;
}

export function sniff(data: Buffer): FileKind | undefined {
  if (data.length === 0) return undefined;
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return KINDS.pdf;
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return KINDS.png;
  if (startsWith(data, [0xff, 0xd8, 0xff])) return KINDS.jpeg;
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(data);
  return sniffText(data);
}

export type FileCheck =
  | { ok: true; kind: FileKind; filename: string }
  | {
      ok: false;
      reason: 'empty' | 'refused_type' | 'unknown_type' | 'extension_mismatch';
      extension: string;
    };

/** A name safe to keep: no folders, no control characters, at most 200 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return clean.slice(-200) || 'plik';
}

export function checkFile(name: string, data: Buffer): FileCheck {
  const filename = cleanFilename(name);
  const dot = filename.lastIndexOf('.');
  const extension = dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
  if (data.length === 0) return { ok: false, reason: 'empty', extension };
  if (REFUSED_EXTENSIONS.has(extension)) return { ok: false, reason: 'refused_type', extension };
  const kind = sniff(data);
  if (!kind) return { ok: false, reason: 'unknown_type', extension };
  if (!kind.extensions.includes(extension)) return { ok: false, reason: 'extension_mismatch', extension };
  return { ok: true, kind, filename };
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(inline: boolean, filename: string): string {
  const ascii =
    filename
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'plik';
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function isInline(contentType: string): boolean {
  return contentType === 'application/pdf' || contentType === 'image/png' || contentType === 'image/jpeg';
}
