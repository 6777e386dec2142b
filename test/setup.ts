import { afterAll } from 'vitest';
import { lowerPasswordCostForTests } from '../src/lib/passwords.ts';
import { closeWhatTheFileOpened } from './helpers.ts';

// Passwords hashed by the tests cost a thirty-second of the real cost (src/lib/passwords.ts).
lowerPasswordCostForTests();

// Runs for every test file: what the file opened (apps, databases) is closed when it ends.
afterAll(closeWhatTheFileOpened);
