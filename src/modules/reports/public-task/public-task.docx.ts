import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Block, formBlocks } from './public-task.form.ts';
import type { PublicTaskReport } from './public-task.schema.ts';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** A text as paragraphs, one per line, so that what people wrote keeps its line breaks. */
const paragraphs = (text: string, options: { bold?: boolean; size?: number; right?: boolean } = {}) =>
  text.split(/\r?\n/).map(
    (line) =>
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: line, bold: options.bold, size: options.size })],
      }),
  );

function table(block: TableBlock): Table {
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (cell, index) =>
          new TableCell({
            width: { size: Math.round((block.widths[index] ?? 0) * 100), type: WidthType.PERCENTAGE },
            shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } : undefined,
            children: paragraphs(cell, { bold: header, size: 18, right: !header && block.numeric[index] }),
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
  });
}

function toDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          heading: HeadingLevel.TITLE,
          children: [new TextRun({ text: block.text, bold: true, size: 24 })],
        }),
      ];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, text: block.text })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text })];
    case 'note':
      return paragraphs(block.text, { size: 17 });
    case 'text':
      return paragraphs(block.text, { size: 20 });
    case 'table':
      // An empty paragraph after each table keeps two tables in a row from running together.
      return [table(block), new Paragraph({ text: '' })];
  }
}

/** The statutory report as a Word document: the official form's parts in order, in Polish. */
export function reportDocx(report: PublicTaskReport): Promise<Buffer> {
  const document = new Document({
    creator: 'Civitas',
    title: `Sprawozdanie z wykonania zadania publicznego: ${report.header.title}`,
    description: 'Sprawozdanie z wykonania zadania publicznego (wzór z 2018 r.)',
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
        children: formBlocks(report).flatMap(toDocx),
      },
    ],
  });
  return Packer.toBuffer(document);
}
