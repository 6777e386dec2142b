import { afterAll } from 'vitest';
import { closeWhatTheFileOpened } from './helpers.ts';

// Runs for every test file: what the file opened (apps, databases) is closed when it ends.
afterAll(closeWhatTheFileOpened);
