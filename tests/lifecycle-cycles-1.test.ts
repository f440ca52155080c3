// Cycles 1–250 of the lifecycle suite's 1,000 (see tests/support/lifecycle-cycles.ts).
import '../src/all.js';
import { cyclesTest } from './support/lifecycle-cycles.js';

describe('lifecycle: create/remove cycles, part 1 of 4', () => {
  cyclesTest(0, 250);
});
