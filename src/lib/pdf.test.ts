import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf.ts';
import { renderPdf } from './pdf.ts';

describe('PDF rendering', () => {
  it('writes Polish characters that read back as text', async () => {
    const pdf = await renderPdf({ title: 'Lista obecności' }, (doc) => {
      doc.font('bold').fontSize(16).text('Lista obecności');
      doc.font('regular').fontSize(11).text('Zażółć gęślą jaźń — ĄĆĘŁŃÓŚŹŻ');
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('Lista obecności');
    expect(text).toContain('Zażółć gęślą jaźń');
    expect(text).toContain('ĄĆĘŁŃÓŚŹŻ');
  });
});
