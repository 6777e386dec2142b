import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

// Roboto (from the roboto-fontface package) has every Polish letter: ą ć ę ł ń ó ś ź ż.
const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('roboto-fontface/package.json')),
  'fonts',
  'roboto',
);
export const FONT_REGULAR = join(fontDir, 'Roboto-Regular.woff');
export const FONT_BOLD = join(fontDir, 'Roboto-Bold.woff');

export type Pdf = InstanceType<typeof PDFDocument>;

/**
 * Renders a PDF: A4, Roboto registered as 'regular' and 'bold', with the title and author in
 * its metadata. `draw` writes the pages; the result is the whole file.
 */
export function renderPdf(
  meta: { title: string; author?: string },
  draw: (doc: Pdf) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: meta.title, Author: meta.author ?? 'Civitas', Creator: 'Civitas' },
    lang: 'pl-PL',
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}
