import { defineConfig } from 'vitest/config';
import StartServersFirst from './test/sequencer.ts';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    // One migrated database for the run, copied by each file (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    // Files share a worker's module cache (the app's code is imported once per worker, not once per
    // file); each file still has its own app and database, closed by test/setup.ts.
    isolate: false,
    // Files that start server processes first (test/sequencer.ts).
    sequence: { sequencer: StartServersFirst },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file has its own database; two at a time suit a two-core machine.
    maxWorkers: 2,
  },
});
