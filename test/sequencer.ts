import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order of the test files: those that start server processes first (the longest files, and
 * most of their time is spent in another process, which overlaps best with the other worker's
 * files at the start), then the others as Vitest orders them (the longest first when it has
 * timings from an earlier run). A fresh clone has no timings, and in the order of the file names
 * the server tests would come last, leaving one worker alone with them.
 */
export default class StartServersFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const startsServers = new Set(
      ordered.filter((file) => readFileSync(file.moduleId, 'utf8').includes('/server-process.ts')),
    );
    return [...startsServers, ...ordered.filter((file) => !startsServers.has(file))];
  }
}
