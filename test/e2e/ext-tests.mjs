// Runs an extension's mocha integration tests *inside the real extension host*
// of a code-server (VS Code server) instance: the browser workbench is opened
// with the development "payload" (extensionDevelopmentPath + extensionTestsPath),
// the remote (Node) extension host loads the extension under development and
// calls run() of the tests module; when it finishes, the workbench calls
// window.codeAutomationExit(code), which we expose from Playwright.
//
// Environment (set by run-ext-tests.sh):
//   E2E_BASE        http://127.0.0.1:PORT
//   E2E_WORKSPACE   folder to open
//   E2E_EXT_DEV     absolute path of the extension under development (package.json folder)
//   E2E_EXT_TESTS   absolute path of the tests module (exports run(): Promise<void>)
//   E2E_TOOLS_DIR, E2E_CHROMIUM, E2E_PROFILE, E2E_SHOTS_DIR as in ui-steps.mjs
//   E2E_TEST_TIMEOUT_MS  overall limit (default 240000)
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const env = (k, d) => process.env[k] ?? d;
const require = createRequire(path.join(env('E2E_TOOLS_DIR', process.cwd()), 'noop.js'));
const { chromium } = require('playwright-core');

const base = new URL(env('E2E_BASE'));
const remote = (p) => `vscode-remote://${base.host}${p}`; // code-server's remote authority is host:port
const payload = [
  ['extensionDevelopmentPath', remote(env('E2E_EXT_DEV'))],
  ['extensionTestsPath', remote(env('E2E_EXT_TESTS'))],
];
const url = `${base.origin}/?folder=${encodeURIComponent(env('E2E_WORKSPACE'))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
const limit = Number(env('E2E_TEST_TIMEOUT_MS', '240000'));

const t0 = Date.now();
const context = await chromium.launchPersistentContext(env('E2E_PROFILE', fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'))), {
  executablePath: env('E2E_CHROMIUM', '/usr/bin/chromium'),
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const page = context.pages()[0] ?? await context.newPage();

let exitCode;
let onExit;
const exited = new Promise((resolve) => { onExit = resolve; });
// Called by the workbench when the extension host running the tests exits
// (the second argument, the workbench's log files, is ignored here).
await page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; onExit(code); });
// In extension-test mode the extension host's console (e.g. mocha's spec reporter)
// reaches the browser console through the workbench log; print it, minus chatter.
const fmt = (args) => {
  if (typeof args[0] !== 'string') return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  let i = 1;
  const head = args[0].replace(/%[sdioOjc]/g, (f) => { const a = args[i++]; return f === '%c' ? '' : (typeof a === 'string' ? a : JSON.stringify(a)); });
  return [head, ...args.slice(i).map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))].join(' ');
};
const NOISE = /Failed to load resource|same-origin iframe|allow-same-origin|Canceled|^\s*(TRACE|DEBUG)\b|^\s*INFO (Ignoring fetching|Creating a socket|Resolv(ing|ed) connection token|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|Updating additional builtin|\[reconnection-grace-time\]|Started |Loading development extension)/;
page.on('console', async (m) => {
  let text = m.text();
  try { if (m.args().length) text = fmt(await Promise.all(m.args().map((a) => a.jsonValue()))); } catch { /* keep m.text() */ }
  // In test mode the workbench logs extension-host console output through its log
  // service as " INFO <format> <args...>" (printf placeholders are not applied).
  if (!process.env.E2E_VERBOSE && NOISE.test(text)) return;
  console.log(`[exthost/workbench] ${text.replace(/^\s*INFO /, '')}`);
});
page.on('pageerror', (e) => console.log('[pageerror]', e.message.slice(0, 300)));

await page.goto(url);
const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), limit));
const outcome = await Promise.race([exited, timer]);
if (env('E2E_SHOTS_DIR')) {
  fs.mkdirSync(env('E2E_SHOTS_DIR'), { recursive: true });
  await page.screenshot({ path: path.join(env('E2E_SHOTS_DIR'), 'integration-host.png') }).catch(() => {});
}
await context.close();
console.log(`extension host exit code: ${outcome === 'timeout' ? 'TIMEOUT' : exitCode} after ${Date.now() - t0} ms`);
process.exit(outcome === 'timeout' ? 124 : (exitCode ?? 1));
