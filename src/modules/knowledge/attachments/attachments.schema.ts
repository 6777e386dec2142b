import type { MultipartFile } from '@fastify/multipart';
import { z } from 'zod';

export const attachmentSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  url: z.string(),
  createdAt: z.date(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** An uploaded file as @fastify/multipart attaches it to the body. */
const uploadedFile = z
  .custom<MultipartFile>(
    (value) => typeof value === 'object' && value !== null && (value as { type?: string }).type === 'file',
    'expected a file (multipart/form-data field "file")',
  )
  .meta({ type: 'string', format: 'binary' });

export const uploadBody = z.object({ file: uploadedFile }).passthrough();

export const fileResponse = {
  description: 'The file',
  content: {
    'application/octet-stream': {
      schema: z.instanceof(Buffer).meta({ type: 'string', format: 'binary' }),
    },
  },
};
