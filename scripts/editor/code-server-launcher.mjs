#!/usr/bin/env node
// A stand-in for the VS Code executable, for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// VS Code's desktop build cannot be downloaded here, so this reads the arguments runTests passes
// (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=, --extensions-dir= and the
// folder to open), starts code-server (VS Code 1.100.3) and opens the workbench in headless
// Chromium with those paths in its `payload` URL parameter: the workbench then runs the tests in its
// Node extension host, exactly as desktop VS Code would. The host's exit code arrives through
// window.codeAutomationExit and becomes this process's exit code; the host's output (mocha's report)
// is relayed to stdout. Flags desktop VS Code takes that make no sense here (--no-sandbox,
// --disable-gpu-sandbox, --skip-welcome, …) are accepted and ignored.
//
// Environment: PLANLENS_EDITOR_TIMEOUT (seconds, default 600) bounds a run; PLANLENS_EDITOR_KEEP=1
// keeps the scratch directory (code-server log, profiles) for a post-mortem;
// PLANLENS_EDITOR_SCREENSHOT=<file.png> saves the window as the tests end.
import { startCodeServer, launchChromium, scratchDir, cleanup } from './lib/code-server.mjs';
import { join, resolve } from 'node:path';

const dev = [];
let tests;
let userDataDir;
let extensionsDir;
const folders = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
  if (!m) {
    folders.push(resolve(a));
    continue;
  }
  const [, name, inline] = m;
  const takesValue = ['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir'].includes(name);
  const value = takesValue && inline === undefined ? argv[++i] : inline;
  if (name === 'extensionDevelopmentPath') dev.push(resolve(value));
  else if (name === 'extensionTestsPath') tests = resolve(value);
  else if (name === 'user-data-dir') userDataDir = resolve(value);
  else if (name === 'extensions-dir') extensionsDir = resolve(value);
}
if (!tests) {
  console.error('code-server-launcher: --extensionTestsPath= is required (this launcher only runs tests)');
  process.exit(2);
}

const NOISE = [
  /ENOTFOUND|getaddrinfo|open-vsx|Failed to fetch|ERR_INTERNET_DISCONNECTED|marketplace/i,
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore/,
  /^Started local extension host/,
  /^Extension host \(.*\) is started/,
];
const timeoutMs = Number(process.env.PLANLENS_EDITOR_TIMEOUT || 600) * 1000;
const dir = scratchDir('itest-');
const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
let server;
let context;
let code = 1;
try {
  server = await startCodeServer({ dir, userDataDir, extensionsDir, folder: folders[0] });
  console.log(`[launcher] code-server ${server.base} up after ${since()}`);
  context = await launchChromium(join(dir, 'chromium'));
  const page = context.pages()[0] || (await context.newPage());
  let finish;
  const exited = new Promise((r) => (finish = r));
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    // The workbench's own log: only problems are worth relaying.
    if (level === 'error' || level === 'warn') {
      const text = String(message);
      if (!/ENOTFOUND|open-vsx|marketplace|getaddrinfo/.test(text)) console.error(`[workbench ${level}] ${text}`);
    }
  });
  await page.exposeFunction('codeAutomationExit', (c, logs) => finish({ code: c, logs }));
  // Offline, the workbench asks the extension gallery and waits for DNS to fail (seconds) before
  // it runs the tests: refuse everything that is not this code-server at once.
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort('internetdisconnected'));
  // In test mode the extension host's console (where mocha's reporter writes) is forwarded to the
  // workbench's log, which prints to the page's console, mixed with the workbench's own messages:
  // relay all but the workbench's known chatter and the offline marketplace errors.
  page.on('console', (msg) => {
    const line = relayable(msg.text());
    if (line !== undefined) console.log(line);
  });
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  const url = server.url({ folder: folders[0], extensionDevelopmentPath: dev, extensionTestsPath: tests });
  await page.goto(url);
  const timer = new Promise((r) => setTimeout(() => r({ code: 'timeout' }), timeoutMs));
  const result = await Promise.race([exited, timer]);
  if (process.env.PLANLENS_EDITOR_SCREENSHOT) {
    await page.screenshot({ path: process.env.PLANLENS_EDITOR_SCREENSHOT }).catch(() => {});
  }
  if (result.code === 'timeout') {
    console.error(`[launcher] the tests did not end within ${timeoutMs / 1000} s`);
    code = 1;
  } else {
    code = Number(result.code) || 0;
  }
  console.log(`[launcher] extension host exited with ${result.code} after ${since()}`);
} catch (e) {
  console.error(`[launcher] ${e.stack || e}`);
  code = 1;
} finally {
  await context?.close().catch(() => {});
  await server?.stop();
  if (code !== 0) {
    console.error(`[launcher] code-server log: ${server?.logFile ?? '(not started)'}${process.env.PLANLENS_EDITOR_KEEP ? '' : ' (set PLANLENS_EDITOR_KEEP=1 to keep it)'}`);
  }
  cleanup(dir);
}
process.exit(code);

function relayable(text) {
  const m = /^%c\s*(INFO|WARN|ERR|TRACE|DEBUG)\s+color: #[0-9a-f]+ ([\s\S]*)$/i.exec(text);
  if (!m) return process.env.PLANLENS_EDITOR_VERBOSE ? `[console] ${text}` : undefined;
  const [, level, body] = m;
  if (process.env.PLANLENS_EDITOR_VERBOSE) return `[${level}] ${body}`;
  if (NOISE.some((re) => re.test(body))) return undefined;
  return level === 'INFO' ? body : `[${level}] ${body}`;
}
