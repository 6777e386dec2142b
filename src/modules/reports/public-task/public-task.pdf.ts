import { type Pdf, renderPdf } from '../../../lib/pdf.ts';
import { type Block, formBlocks } from './public-task.form.ts';
import type { PublicTaskReport } from './public-task.schema.ts';

const LEFT = 50;
const WIDTH = 595.28 - 2 * LEFT;
const PAD = 3;
const SIZE = { title: 12, heading: 12, subheading: 10, text: 10, note: 8.5, table: 8.5 };

/** The bottom of the writable page: past it, a new page begins. */
const bottomOf = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

function ensureRoom(doc: Pdf, height: number) {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

type Table = Extract<Block, { kind: 'table' }>;

/** How tall a row is: each cell wrapped in its column, the row as tall as its tallest cell. */
function rowHeight(doc: Pdf, cells: string[], block: Table, bold: boolean) {
  doc.font(bold ? 'bold' : 'regular').fontSize(SIZE.table);
  const heights = cells.map(
    (cell, index) =>
      doc.heightOfString(cell || ' ', { width: (block.widths[index] ?? 0) * WIDTH - 2 * PAD }) + 2 * PAD,
  );
  return Math.max(...heights, 14);
}

/** One row of a table, boxed; the header row bold on grey. */
function drawRow(doc: Pdf, cells: string[], block: Table, bold: boolean) {
  const height = rowHeight(doc, cells, block, bold);
  const top = doc.y;
  let x = LEFT;
  cells.forEach((cell, index) => {
    const width = (block.widths[index] ?? 0) * WIDTH;
    doc.lineWidth(0.5);
    if (bold) doc.rect(x, top, width, height).fillAndStroke('#eeeeee', '#777777');
    else doc.rect(x, top, width, height).stroke('#777777');
    doc.fillColor('#000000').text(cell, x + PAD, top + PAD, {
      width: width - 2 * PAD,
      align: block.numeric[index] && !bold ? 'right' : 'left',
    });
    x += width;
  });
  doc.x = LEFT;
  doc.y = top + height;
}

/** A table; a row that does not fit begins a new page, with the header again above it. */
function drawTable(doc: Pdf, block: Table) {
  const headerHeight = rowHeight(doc, block.header, block, true);
  ensureRoom(doc, headerHeight + rowHeight(doc, block.rows[0] ?? [], block, false));
  drawRow(doc, block.header, block, true);
  for (const row of block.rows) {
    if (doc.y + rowHeight(doc, row, block, false) > bottomOf(doc)) {
      doc.addPage();
      drawRow(doc, block.header, block, true);
    }
    drawRow(doc, row, block, false);
  }
  doc.moveDown(0.6);
}

function drawBlock(doc: Pdf, block: Block) {
  doc.x = LEFT;
  switch (block.kind) {
    case 'title':
      doc.font('bold').fontSize(SIZE.title).text(block.text, { align: 'center' });
      doc.moveDown(0.6);
      return;
    case 'heading':
      ensureRoom(doc, 60);
      doc.moveDown(0.6).font('bold').fontSize(SIZE.heading).text(block.text);
      doc.moveDown(0.4);
      return;
    case 'subheading':
      ensureRoom(doc, 40);
      doc.font('bold').fontSize(SIZE.subheading).text(block.text);
      doc.moveDown(0.3);
      return;
    case 'note':
      doc.font('regular').fontSize(SIZE.note).fillColor('#444444').text(block.text);
      doc.fillColor('#000000').moveDown(0.4);
      return;
    case 'text':
      doc.font('regular').fontSize(SIZE.text).text(block.text, { align: 'left' });
      doc.moveDown(0.5);
      return;
    case 'table':
      drawTable(doc, block);
      return;
  }
}

/** The statutory report as a PDF: the official form's parts in order, in Polish. */
export function reportPdf(report: PublicTaskReport): Promise<Buffer> {
  return renderPdf(
    {
      title: `Sprawozdanie z wykonania zadania publicznego: ${report.header.title}`,
      author: report.header.operator,
    },
    (doc) => {
      for (const block of formBlocks(report)) drawBlock(doc, block);
    },
  );
}
