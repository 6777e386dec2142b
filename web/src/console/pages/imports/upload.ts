import { ApiError } from '../../../api/client.ts';
import type { ImportDocument, ImportKind } from './kinds.ts';

export type UploadInput = {
  file: File;
  kind: ImportKind;
  centerId?: string;
  sheet?: string;
  columns?: Record<string, string>;
};

export type UploadProgress = { phase: 'uploading'; sent: number; total: number } | { phase: 'checking' };

/**
 * POST /api/imports (the dry run) as multipart/form-data through XMLHttpRequest, the one browser
 * API that reports how much of a request body has been sent: `onProgress` hears the upload, then
 * "checking" while the server reads and matches the rows. Fields go before the file, as the
 * server reads them. The answer is the import document, or the API's error as an ApiError.
 */
export function uploadImport(
  input: UploadInput,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportDocument> {
  const body = new FormData();
  body.append('kind', input.kind);
  if (input.centerId) body.append('centerId', input.centerId);
  if (input.sheet?.trim()) body.append('sheet', input.sheet.trim());
  if (input.columns && Object.keys(input.columns).length > 0)
    body.append('columns', JSON.stringify(input.columns));
  body.append('file', input.file, input.file.name);

  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/imports');
    request.setRequestHeader('accept-language', document.documentElement.lang || 'pl');
    request.upload.onprogress = (event) =>
      onProgress({
        phase: 'uploading',
        sent: event.loaded,
        total: event.lengthComputable ? event.total : input.file.size,
      });
    request.upload.onload = () => onProgress({ phase: 'checking' });
    request.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(request.responseText);
      } catch {
        // not JSON: reported as a generic error below
      }
      if (request.status === 201 && data) return resolve(data as ImportDocument);
      const error = (data as { error?: { code: string; message: string; details?: unknown } } | null)?.error;
      reject(
        new ApiError(
          request.status,
          error?.code ?? 'error',
          error?.message ?? request.statusText,
          error?.details,
        ),
      );
    };
    request.onerror = () => reject(new Error('network'));
    request.send(body);
  });
}
