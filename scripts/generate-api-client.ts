/**
 * The web app's API types, generated from the server's own OpenAPI document.
 *
 *   npm run generate:api             writes web/src/api/schema.gen.ts
 *   npm run generate:api -- --check  exits 1 when the committed file differs from what the server says
 *
 * The app is built on an in-memory embedded database (no server, no port), `/api/openapi.json` is
 * read through `app.inject`, its keys are sorted (so a route registered in another order does not
 * change the file), and openapi-typescript turns it into `paths` and `components`, formatted by Biome.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join, relative } from 'node:path';
import { readOpenApiDocument } from './openapi-document.ts';

const root = join(import.meta.dirname, '..');
const target = join(root, 'web', 'src', 'api', 'schema.gen.ts');
const check = process.argv.includes('--check');

// openapi-typescript builds its output with the TypeScript 5 compiler API, which TypeScript 7 (the
// project's compiler, a native binary) no longer ships: give it the `typescript-5` package instead.
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'typescript' && context.parentURL?.includes('/node_modules/openapi-typescript/')) {
      return nextResolve('typescript-5', context);
    }
    return nextResolve(specifier, context);
  },
});

const HEADER = `/**
 * GENERATED FILE, do not edit by hand.
 * The server's OpenAPI document (/api/openapi.json) as TypeScript types, by openapi-typescript.
 * Regenerate with \`npm run generate:api\`; \`npm run generate:api -- --check\` fails when it is stale.
 */
/** biome-ignore-all lint: generated from the OpenAPI document */
`;

function formatWithBiome(source: string): string {
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'biome'),
    ['format', `--stdin-file-path=${relative(root, target)}`],
    { cwd: root, input: source, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`biome format failed:\n${result.stderr}`);
  return result.stdout;
}

const document = await readOpenApiDocument();
const { default: openapiTS, astToString } = await import('openapi-typescript');
// biome-ignore lint/suspicious/noExplicitAny: the sorted document is the OpenAPI 3.1 object openapiTS expects
const ast = await openapiTS(document as any);
const generated = formatWithBiome(HEADER + astToString(ast));

const name = relative(root, target);
if (check) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== generated) {
    console.error(
      `${name} is stale: it no longer matches the server's /api/openapi.json.\n` +
        'Run `npm run generate:api` and commit the result.',
    );
    process.exit(1);
  }
  console.log(`${name} matches the server's OpenAPI document.`);
} else {
  writeFileSync(target, generated);
  console.log(`Wrote ${name}.`);
}
