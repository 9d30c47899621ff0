// Runs a real VS Code here: code-server (VS Code 1.100.3 for the browser, installed by
// scripts/editor/setup.sh outside the repository) driven by Debian's headless Chromium through
// playwright-core. Shared by the vscodeExecutablePath launcher (extension-host tests) and the UI
// test. See ../shared/notes/real-editor-testing.md for why it is done this way.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const CACHE = process.env.PLANLENS_EDITOR_CACHE || join(homedir(), '.cache', 'planlens-editor');
export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM = process.env.PLANLENS_CHROMIUM || '/usr/bin/chromium';

/** code-server's entry script: run with this Node so that native addons built here load. */
export function codeServerEntry() {
  const entry =
    process.env.PLANLENS_CODE_SERVER_ENTRY ||
    join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) {
    throw new Error(`code-server is not installed at ${entry}: run scripts/editor/setup.sh`);
  }
  return entry;
}

/** The user settings of every run: quiet, offline, no welcome page, no trust prompt. */
export const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

// code-server runs in its own process group (with its extension hosts): if this process ends
// early (a timeout's SIGTERM, Ctrl+C), end those groups too rather than leave them running.
const liveGroups = new Set();
process.on('exit', () => {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});
for (const [sig, code] of [['SIGTERM', 143], ['SIGINT', 130], ['SIGHUP', 129]]) {
  process.once(sig, () => process.exit(code));
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** A fresh scratch directory for one run (sockets, profiles, logs): removed by cleanup(). */
export function scratchDir(prefix = 'planlens-editor-') {
  const base = join(CACHE, 'runs');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, prefix));
}

async function waitHealthy(port, child, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer /healthz on port ${port} within ${timeoutMs} ms`);
}

/**
 * Starts code-server on a free port.
 * @param {object} o
 * @param {string} o.dir scratch directory (TMPDIR, config, logs go there)
 * @param {string} [o.userDataDir] defaults to <dir>/user-data
 * @param {string} [o.extensionsDir] defaults to <dir>/extensions
 * @param {object} [o.settings] user settings merged over BASE_SETTINGS
 * @param {string} [o.folder] folder opened by default
 */
export async function startCodeServer(o) {
  const dir = resolve(o.dir);
  const userDataDir = resolve(o.userDataDir || join(dir, 'user-data'));
  const extensionsDir = resolve(o.extensionsDir || join(dir, 'extensions'));
  const tmp = join(dir, 'tmp');
  for (const d of [userDataDir, extensionsDir, tmp, join(userDataDir, 'User')]) mkdirSync(d, { recursive: true });
  const settingsFile = join(userDataDir, 'User', 'settings.json');
  let existing = {};
  if (existsSync(settingsFile)) {
    try {
      existing = JSON.parse(readFileSync(settingsFile, 'utf8'));
    } catch {
      existing = {};
    }
  }
  writeFileSync(settingsFile, JSON.stringify({ ...BASE_SETTINGS, ...existing, ...(o.settings || {}) }, null, 2));
  const config = join(dir, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const port = await freePort();
  const args = [
    codeServerEntry(),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', config,
  ];
  if (o.folder) args.push(resolve(o.folder));
  const logFile = join(dir, 'code-server.log');
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, args, {
    cwd: dir, // not the repository: an installed extension must find nothing of the source tree
    env: { ...process.env, TMPDIR: tmp, ...(o.env || {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: stop() ends code-server and its extension hosts
  });
  liveGroups.add(child.pid);
  child.once('exit', () => liveGroups.delete(child.pid));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  if (o.onOutput) {
    child.stdout.on('data', (d) => o.onOutput(d.toString()));
    child.stderr.on('data', (d) => o.onOutput(d.toString()));
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const done = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
    const t = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 3000);
    await done;
    clearTimeout(t);
  };
  try {
    await waitHealthy(port, child);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}\n--- ${logFile} ---\n${safeRead(logFile)}`);
  }
  const base = `http://127.0.0.1:${port}`;
  return {
    port,
    base,
    logFile,
    userDataDir,
    extensionsDir,
    child,
    stop,
    /** The workbench URL for a folder, optionally with development/test paths in its payload. */
    url({ folder, extensionDevelopmentPath = [], extensionTestsPath } = {}) {
      const remote = (p) => `vscode-remote://127.0.0.1:${port}${resolve(p)}`;
      const payload = [];
      for (const p of [].concat(extensionDevelopmentPath)) payload.push(['extensionDevelopmentPath', remote(p)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      const q = new URLSearchParams();
      if (folder) q.set('folder', resolve(folder));
      if (payload.length) q.set('payload', JSON.stringify(payload));
      return `${base}/?${q}`;
    },
  };
}

function safeRead(f) {
  try {
    return readFileSync(f, 'utf8').slice(-4000);
  } catch {
    return '';
  }
}

/** Installs a .vsix into an extensions directory with code-server's own CLI. */
export async function installVsix(vsix, extensionsDir, dir) {
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const out = await run(process.execPath, [
    codeServerEntry(),
    '--extensions-dir', extensionsDir,
    '--user-data-dir', join(dir, 'user-data'),
    '--config', join(dir, 'config.yaml'),
    '--install-extension', resolve(vsix),
    '--force',
  ], { TMPDIR: tmp });
  if (out.code !== 0 || !/successfully installed/i.test(out.text)) {
    throw new Error(`installing ${vsix} failed (${out.code}):\n${out.text}`);
  }
  return out.text;
}

function run(cmd, args, env) {
  return new Promise((res) => {
    const c = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    c.stdout.on('data', (d) => (text += d));
    c.stderr.on('data', (d) => (text += d));
    c.on('exit', (code) => res({ code, text }));
  });
}

/** Headless Debian Chromium with a fresh profile, through playwright-core (no browser download). */
export async function launchChromium(profileDir, viewport = { width: 1400, height: 900 }) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/editor/setup.sh`);
  mkdirSync(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return context;
}

export function cleanup(dir) {
  if (process.env.PLANLENS_EDITOR_KEEP) return;
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    /* best effort */
  }
}
export { tmpdir };
