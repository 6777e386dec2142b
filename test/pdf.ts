import { extractText, getDocumentProxy } from 'unpdf';

/** The text of every page of a PDF, joined: what a reader would copy out of it. */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text;
}
