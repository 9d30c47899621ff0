/** The commands the extension contributes are registered and run. */
import * as assert from 'assert';
import * as vscode from 'vscode';

describe('commands', () => {
  it('contributes and registers planlens.exportTargets and planlens.showOutput', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['planlens.exportTargets', 'planlens.showOutput']) assert.ok(all.includes(c), `${c} is not registered`);
  });

  it('planlens.showOutput runs', async () => {
    await vscode.commands.executeCommand('planlens.showOutput');
  });
});
