import * as assert from 'node:assert/strict';
import { validateGrammar } from '../../server/src/core/grammar/validate-grammar';

/**
 * The language server and the CLI build the lexer and parser with chevrotain's validations off
 * (they cost ~15 ms at every start): this is where a grammar error must show instead.
 */
describe('the grammar', () => {
  it('passes all of chevrotain’s checks, and every token keeps the first-character optimisation', () => {
    assert.doesNotThrow(() => validateGrammar());
  });
});
