/**
 * The extension starts by itself when the user opens a plan: the seed as a .txt (recognised by its
 * first line, 《江西省碳达峰实施方案》) and the same plan as a .plan file.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, SEED_NAME, codeOf, fileUri, openPlan, seedCopy, waitForDiagnostics } from './helpers';

describe('activation', () => {
  it('is installed (the extension under development)', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    // It may already be active: it listens to plain-text documents (to recognise plans saved as
    // .txt) and VS Code opens some of its own. What matters is what follows: opening the seed
    // makes it a plan and gets it checked.
  });

  it('activates on the seed opened as .txt, recognised by its first line', async () => {
    const uri = fileUri(SEED_NAME);
    const doc = await openPlan(uri);
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
    // The diagnostics come from the language server: the client started it.
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'incomplete-agency-clause'), 'the seed to be checked');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)!.isActive);
  });

  it('treats a .plan file as a plan', async () => {
    const uri = seedCopy('seed.plan');
    const doc = await openPlan(uri);
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'incomplete-agency-clause'), 'seed.plan to be checked');
  });
});
