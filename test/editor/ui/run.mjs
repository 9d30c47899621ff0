// The UI test: what a user sees after installing the packaged .vsix into a real VS Code
// (code-server 1.100.3) and opening the seed, driven in headless Chromium by playwright-core:
// the Outline view lists 一…五 and the ten actions of 三, the Problems panel shows the incomplete
// agency clause of 三(二)5 on line 22, hovering 18.3% shows the target card, the status bar shows
// the plan's counts. Screenshots go to test-artifacts/ui/ (git-ignored); with --update-docs the
// overview also replaces docs/screenshot-outline.png, the README's picture, and the picture of
// inlay hints from a task-division table and the Tasks view grouped by lead agency
// (docs/screenshot-tasks-inlay-hints.png).
//
// Usage: node test/editor/ui/run.mjs <planlens.vsix> [--update-docs]
// The .vsix is copied to a scratch directory first: the installed extension has no source tree
// to lean on.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, installVsix, launchChromium, scratchDir, startCodeServer } from '../../../scripts/editor/lib/code-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SEED = '000_8df2462643963b13.txt';
const ARTIFACTS = join(ROOT, 'test-artifacts', 'ui');
const vsixArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const updateDocs = process.argv.includes('--update-docs');
if (!vsixArg || !existsSync(vsixArg)) {
  console.error('usage: node test/editor/ui/run.mjs <planlens.vsix> [--update-docs]  (npm run package makes one)');
  process.exit(2);
}

const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
let passed = 0;
let failed = 0;
const results = [];
async function check(name, fn) {
  const t = Date.now();
  try {
    const detail = await fn();
    passed++;
    results.push(`  ok   ${name}${detail ? ` — ${detail}` : ''} (${Date.now() - t} ms)`);
  } catch (e) {
    failed++;
    results.push(`  FAIL ${name}: ${String(e?.message ?? e).split('\n').slice(0, 6).join('\n       ')}`);
  }
  console.log(results.at(-1));
}

// What the command line says about the seed: the counts the status bar must show.
const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'planlens.js'), 'analyze', '--format', 'json', join(ROOT, 'seeds', SEED)], { encoding: 'utf8' });
const expected = JSON.parse(cli.stdout).files[0];

rmSync(ARTIFACTS, { recursive: true, force: true });
mkdirSync(ARTIFACTS, { recursive: true });

/** A contributed command's title as the Command Palette shows it in English ("Category: Title"). */
function commandTitle(id) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
  const c = pkg.contributes.commands.find((x) => x.command === id);
  const resolve = (v) => (v && /^%.+%$/.test(v) ? nls[v.slice(1, -1)] : v);
  return c.category ? `${resolve(c.category)}: ${resolve(c.title)}` : resolve(c.title);
}
const dir = scratchDir('ui-');
const vsix = join(dir, basename(vsixArg));
copyFileSync(vsixArg, vsix);
const workspace = join(dir, 'workspace');
mkdirSync(workspace);
copyFileSync(join(ROOT, 'seeds', SEED), join(workspace, SEED));
// A corpus plan with a task-division table (重点任务分工), from its Word version, for the inlay
// hints and the Tasks view: its tasks take their lead and time from the table.
const DIVISION = 'hangzhou-tech-city.plan.txt';
const converted = spawnSync(process.execPath, [join(ROOT, 'bin', 'planlens.js'), 'convert', join(ROOT, 'test', 'fixtures', 'input', 'hangzhou-tech-city.docx'), '--out-dir', workspace], { encoding: 'utf8' });
if (converted.status !== 0) throw new Error(`planlens convert: ${converted.stderr}`);
const extensionsDir = join(dir, 'extensions');

let server;
let context;
let page;
try {
  await check('the .vsix installs with code-server --install-extension', async () => {
    await installVsix(vsix, extensionsDir, dir);
    const installed = readdirSync(extensionsDir).filter((d) => d.startsWith('planlens.planlens-'));
    if (installed.length !== 1) throw new Error(`installed: ${readdirSync(extensionsDir).join(', ')}`);
    const ext = join(extensionsDir, installed[0]);
    for (const f of ['dist/client/extension.js', 'node_modules/nodejieba/build/Release/nodejieba.node']) {
      if (!existsSync(join(ext, f))) throw new Error(`${f} missing from the installed extension`);
    }
    for (const f of ['client/src', 'server/src', 'test', 'node_modules/typescript', 'node_modules/chevrotain']) {
      if (existsSync(join(ext, f))) throw new Error(`${f} should not be installed`);
    }
    return installed[0];
  });

  server = await startCodeServer({
    dir,
    extensionsDir,
    folder: workspace,
    settings: {
      'outline.collapseItems': 'alwaysCollapse',
      'workbench.colorTheme': 'Default Light Modern',
      'editor.minimap.enabled': false,
      'editor.wordWrap': 'on',
      'window.commandCenter': false,
      'workbench.layoutControl.enabled': false,
    },
  });
  context = await launchChromium(join(dir, 'chromium'), { width: 1600, height: 1000 });
  await context.route((u) => u.hostname !== '127.0.0.1', (r) => r.abort('internetdisconnected'));
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url({ folder: workspace }));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  console.log(`ui: workbench loaded after ${since()}`);

  const command = async (name) => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${name}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
  };

  /** Quick Open (Ctrl+P) on a file of the workspace, until its tab shows. */
  const openFile = async (name) => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: name }).waitFor();
  };

  await check('the seed opens as a policy plan', async () => {
    await openFile(SEED);
    const mode = page.locator('#status\\.editor\\.mode');
    await mode.filter({ hasText: /Policy Plan|政策方案/ }).waitFor({ timeout: 30_000 });
    return (await mode.innerText()).trim();
  });

  await check('the status bar shows the plan\'s counts', async () => {
    const item = page.locator('.statusbar-item', { hasText: '项任务' });
    const want = `${expected.stats.tasks} 项任务`;
    await page.locator('.statusbar-item', { hasText: want }).waitFor({ timeout: 30_000 });
    const text = (await item.innerText()).replace(/\s+/g, ' ').trim();
    for (const part of [`${expected.stats.tasks} 项任务`, `${expected.stats.targets} 项指标`, `${expected.diagnostics.length}`]) {
      if (!text.includes(part)) throw new Error(`"${text}" lacks "${part}"`);
    }
    return text;
  });

  await check('the Outline view lists 一…五 and, under 三, the ten actions', async () => {
    await command('Explorer: Focus on Outline View');
    // Give the Outline the whole side bar (fold the folder section above it), as a user would to
    // read a long plan's outline: the list only renders the rows it has room for.
    const folders = page.locator('.pane-header', { hasText: /^\s*workspace\s*$/i }).first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const rows = page.locator('.outline-pane .monaco-list-row');
    const three = rows.filter({ hasText: '三、重点任务' });
    await three.waitFor({ timeout: 30_000 });
    if ((await three.getAttribute('aria-expanded')) !== 'true') await three.locator('.monaco-tl-twistie').click();
    const labelsNow = () => page.locator('.outline-pane .monaco-list-row .label-name').allInnerTexts();
    const isAction = (l) => /^[（(]\s*[一二三四五六七八九十]+\s*[)）]/.test(l.trim());
    // Wait for the tenth action's row to be rendered (the browser checks on each frame).
    await page.waitForFunction(
      () => [...document.querySelectorAll('.outline-pane .monaco-list-row .label-name')].some((e) => /^[（(]\s*十\s*[)）]/.test(e.textContent.trim())),
      null,
      { timeout: 30_000 },
    );
    const labels = (await labelsNow()).map((s) => s.trim());
    const chapters = labels.filter((l) => /^[一二三四五六七八九十]+、/.test(l)).map((l) => l[0]);
    const actions = labels.filter(isAction);
    if (chapters.join('') !== '一二三四五') throw new Error(`chapters: ${chapters.join(' ')} in ${labels.join(' | ')}`);
    if (actions.length !== 10) throw new Error(`${actions.length} actions: ${actions.join(' | ')}`);
    await page.screenshot({ path: join(ARTIFACTS, '01-outline.png') });
    return `${chapters.join('')}, ${actions.length} actions`;
  });

  await check('the Problems panel shows the incomplete agency clause of 三(二)5 on line 22', async () => {
    await command('View: Focus Problems');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: '按职责分工负责' }).first();
    await row.waitFor({ timeout: 30_000 });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    if (!/incomplete-agency-clause/.test(text)) throw new Error(`row: ${text}`);
    if (!/Ln 22\b/.test(text)) throw new Error(`not on line 22: ${text}`);
    await page.screenshot({ path: join(ARTIFACTS, '02-problems.png') });
    return text.trim();
  });

  await check('hovering 18.3% shows the target card', async () => {
    // Put the cursor on the number, then move the mouse over the cursor, as a user points at it.
    const line = expected.targets.find((t) => t.text.includes('18.3%'));
    if (!line) throw new Error('the command line found no 18.3% target');
    const { line: l, character: c } = line.valueRange.start;
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(`${l + 1}:${c + 2}`);
    await page.keyboard.press('Enter');
    const cursor = page.locator('.monaco-editor .cursor').first();
    await cursor.waitFor();
    const box = await cursor.boundingBox();
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: '非化石能源消费比重' });
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    for (const part of ['18.3%', '2025']) if (!text.includes(part)) throw new Error(`card lacks ${part}: ${text}`);
    await page.screenshot({ path: join(ARTIFACTS, '03-hover.png') });
    return text.slice(0, 80);
  });

  // Taken while the seed is open with its Outline: the README's first picture.
  await check('an overview screenshot for the README', async () => {
    const file = join(ARTIFACTS, 'overview.png');
    await page.screenshot({ path: file });
    if (updateDocs) {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      copyFileSync(file, join(ROOT, 'docs', 'screenshot-outline.png'));
      return 'docs/screenshot-outline.png updated';
    }
    return file.replace(ROOT + '/', '');
  });

  await check('inlay hints from a task-division table and the Tasks view grouped by lead agency', async () => {
    // hangzhou-tech-city: its 重点任务分工 table gives each task a lead and a time the task does
    // not state itself: the hints show them, the view groups by them.
    await openFile(DIVISION);
    // 二、主要任务 and its first tasks at the top of the editor: hints are drawn for what is in view.
    const goToLine = async (line) => {
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type(String(line));
      await page.keyboard.press('Enter');
    };
    await goToLine(40);
    await goToLine(18);
    const hint = page.locator('.monaco-editor .view-lines', { hasText: '⟨牵头：市科技局 · 表⟩' });
    await hint.first().waitFor({ timeout: 30_000 });
    await command(commandTitle('planlens.tasks.groupBy'));
    const byLead = page.locator('.quick-input-list .monaco-list-row', { hasText: '按牵头单位' }).first();
    await byLead.waitFor();
    await byLead.click();
    await command('Explorer: Focus on Tasks View');
    const agency = page.locator('.monaco-list-row', { hasText: '市科技局' }).first();
    await agency.waitFor({ timeout: 30_000 });
    const lens = page.locator('.monaco-editor .codelens-decoration', { hasText: '项任务' }).first();
    await lens.waitFor({ timeout: 30_000 });
    // Room for the picture: the Problems panel closed, the Outline folded, one agency opened.
    await page.keyboard.press('Escape');
    if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
    const outline = page.locator('.pane-header', { hasText: /^\s*outline\s*$/i }).first();
    if ((await outline.getAttribute('aria-expanded')) === 'true') await outline.click();
    await agency.click();
    await page.locator('.monaco-list-row', { hasText: '强化科技创新攻关' }).first().waitFor({ timeout: 10_000 });
    const file = join(ARTIFACTS, '05-tasks-inlay-hints.png');
    await page.screenshot({ path: file });
    if (updateDocs) copyFileSync(file, join(ROOT, 'docs', 'screenshot-tasks-inlay-hints.png'));
    return `${(await lens.innerText()).trim()}; ${(await agency.innerText()).replace(/\s+/g, ' ').trim()}`;
  });

  await check('nodejieba loads in the installed extension\'s language server (PlanLens output)', async () => {
    // The server checks, some seconds after it starts, that the native addon loads in its host,
    // and says so in its output channel (or warns the user that segmentation is off).
    await command(commandTitle('planlens.showOutput'));
    const ok = page.locator('.output-view .view-lines', { hasText: '中文分词组件（nodejieba）可用' });
    const bad = page.locator('.notifications-toasts', { hasText: 'nodejieba' });
    await Promise.race([ok.waitFor({ timeout: 45_000 }), bad.waitFor({ timeout: 45_000 }).then(async () => {
      throw new Error(`the server could not load nodejieba: ${await bad.innerText()}`);
    })]);
    await page.screenshot({ path: join(ARTIFACTS, '04-output.png') });
  });

  await check('nodejieba and its dictionaries load from the installed extension alone', async () => {
    // The same Node as code-server's extension host, in a directory outside the source tree.
    const ext = join(extensionsDir, readdirSync(extensionsDir).find((d) => d.startsWith('planlens.planlens-')));
    const r = spawnSync(process.execPath, ['-e', `
      const j = require(${JSON.stringify(join(ext, 'node_modules', 'nodejieba'))});
      process.stdout.write(j.cut('江西省碳达峰实施方案').join('/'));`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(r.stderr || `exit ${r.status}`);
    if (!r.stdout.includes('碳达峰') && !r.stdout.includes('实施方案')) throw new Error(`segmented as ${r.stdout}`);
    return r.stdout;
  });
} catch (e) {
  failed++;
  console.log(`  FAIL the UI run: ${e?.stack ?? e}`);
  await page?.screenshot({ path: join(ARTIFACTS, 'failure.png') }).catch(() => {});
} finally {
  if (failed > 0) await page?.screenshot({ path: join(ARTIFACTS, 'failure.png') }).catch(() => {});
  await context?.close().catch(() => {});
  await server?.stop();
  if (failed === 0) cleanup(dir);
  else console.log(`ui: kept ${dir} (code-server log: ${server?.logFile})`);
}
console.log(`ui: ${since()}, screenshots in ${ARTIFACTS.replace(ROOT + '/', '')}/`);
console.log(`ui: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
