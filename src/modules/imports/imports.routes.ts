import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, msg } from '../../lib/errors.ts';
import { pageOf } from '../../lib/pagination.ts';
import {
  commitBody,
  commitResultSchema,
  csvResponse,
  exampleParams,
  IMPORTS_TAG,
  idParams,
  importSchema,
  importSummarySchema,
  listQuery,
  uploadBody,
} from './imports.schema.ts';
import * as imports from './imports.service.ts';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

const tooLarge = () =>
  new AppError('payload_too_large', msg('The file is larger than 10 MiB.', 'Plik jest większy niż 10 MiB.'));

/** Spreadsheet imports: a dry run that writes nothing, then a commit of exactly what it showed. */
export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, {
    attachFieldsToBody: true,
    limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 6, parts: 7, fieldSize: 20_000 },
    async onFile(part) {
      try {
        await part.toBuffer();
      } catch (error) {
        if (error instanceof app.multipartErrors.RequestFileTooLargeError) throw tooLarge();
        throw error;
      }
    },
  });

  app.post(
    '/imports',
    {
      schema: {
        tags: IMPORTS_TAG,
        operationId: 'checkImport',
        summary:
          'The dry run of an import (staff; a coordinator for its centres): multipart/form-data with "file" (CSV in ' +
          'UTF-8 or Windows-1250, comma or semicolon, or XLSX; at most 10 MiB), "kind", "centerId" (bookings, ' +
          'attendance), optional "sheet" and "columns". Every row is checked and matched; nothing but the import is stored',
        consumes: ['multipart/form-data'],
        body: uploadBody,
        response: { 201: importSchema },
      },
    },
    async (request, reply) => {
      const { file, kind, centerId, sheet, columns } = request.body;
      const document = await imports.createImport(app.db, request.actor, {
        filename: file.filename,
        data: await file.toBuffer(),
        kind,
        centerId,
        sheet,
        columns,
      });
      return reply.status(201).send(document);
    },
  );

  app.get(
    '/imports',
    {
      schema: {
        tags: IMPORTS_TAG,
        operationId: 'listImports',
        summary: 'Imports, newest first (admins all; a coordinator those of its centres and of the registry)',
        querystring: listQuery,
        response: { 200: pageOf(importSummarySchema) },
      },
    },
    (request) => imports.listImports(app.db, request.actor, request.query),
  );

  app.get(
    '/imports/examples/:kind.csv',
    {
      schema: {
        tags: IMPORTS_TAG,
        operationId: 'getImportExample',
        summary:
          'An example file of a kind (beneficiaries, bookings, attendance, volunteers), Polish headers (staff)',
        params: exampleParams,
        response: { 200: csvResponse },
      },
    },
    async (request, reply) => {
      const csv = imports.exampleCsv(request.actor, request.params.kind);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="civitas-import-${request.params.kind}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags: IMPORTS_TAG,
        operationId: 'getImport',
        summary: 'An import: the dry run document, and after the commit what it created',
        params: idParams,
        response: { 200: importSchema },
      },
    },
    (request) => imports.getImport(app.db, request.actor, request.params.id),
  );

  app.get(
    '/imports/:id/errors.csv',
    {
      schema: {
        tags: IMPORTS_TAG,
        operationId: 'getImportErrors',
        summary: "The check's errors as CSV (Polish dialect): row, column, message in Polish and in English",
        params: idParams,
        response: { 200: csvResponse },
      },
    },
    async (request, reply) => {
      const csv = await imports.errorsCsv(app.db, request.actor, request.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="civitas-import-${request.params.id}-bledy.csv"`)
        .send(csv);
    },
  );

  app.post(
    '/imports/:id/commit',
    {
      schema: {
        tags: IMPORTS_TAG,
        operationId: 'commitImport',
        summary:
          'Writes what the dry run showed, all or nothing: duplicates are skipped; errors, a changed file or ' +
          'changed records since the check, or a second commit -> 409 (details.reason)',
        params: idParams,
        body: commitBody,
        response: { 200: commitResultSchema },
      },
    },
    (request) => imports.commitImport(app.db, request.actor, request.params.id, request.body),
  );
};
