/** Spreadsheet imports of a centre's existing records. Other modules import only this file. */
export { EXAMPLES, exampleFile } from './imports.examples.ts';
export { importsRoutes } from './imports.routes.ts';
