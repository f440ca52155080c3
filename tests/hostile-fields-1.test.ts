// Part 1 of the hostile-input field test (the rest of the hostile suite: hostile.test.ts).
import '../src/all.js';
import { fieldsTest, useCorpus } from './support/hostile.js';

describe('hostile input: data fields, part 1 of 2', () => {
  useCorpus();
  fieldsTest(1, 2);
});
