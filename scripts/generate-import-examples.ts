/**
 * Writes the example import files, one per kind, to docs/examples/import-<kind>.csv: the same
 * bytes GET /api/imports/examples/:kind.csv serves (a test compares them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_KINDS } from '../src/db/enums.ts';
import { exampleFile } from '../src/modules/imports/index.ts';

const folder = join(import.meta.dirname, '..', 'docs', 'examples');
mkdirSync(folder, { recursive: true });
for (const kind of IMPORT_KINDS) {
  const path = join(folder, `import-${kind}.csv`);
  writeFileSync(path, exampleFile(kind));
  console.info(`wrote ${path}`);
}
