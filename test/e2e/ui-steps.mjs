// Browser end-to-end steps for News Annotator: drives a real VS Code workbench
// (served by code-server, extension installed from the VSIX) with headless
// Debian Chromium through playwright-core, the way a user would:
//   (a) open the seed article, check the highlight decorations that are drawn
//   (b) hover "Karlov" and read the hover card
//   (c) F1 -> "News Annotator: Export Annotations to JSON" -> check the written file
//   (d) open the News Annotator activity-bar view and read the Actors tree
// Each step takes a screenshot; prints "N passed, N failed" and exits 1 on failure.
// Only selectors and real UI signals are awaited (no fixed sleeps except the
// short hover retry).
//
// Environment (set by run-browser.sh):
//   E2E_URL        workbench URL, e.g. http://127.0.0.1:18080/?folder=/path
//   E2E_WORKSPACE  folder opened in the workbench (holds the seed article)
//   E2E_SHOTS_DIR  where the PNG screenshots go
//   E2E_TOOLS_DIR  folder whose node_modules holds playwright-core (the repo root)
//   E2E_CHROMIUM   chromium executable (default /usr/bin/chromium)
//   E2E_PROFILE    fresh chromium profile dir
//   E2E_USER_DATA  code-server's --user-data-dir (its extension-host log says when startup is over)
//   E2E_RESULTS    JSON results file (optional)
//   E2E_STEP_TIMEOUT_MS  per-wait timeout (default 30000; CI uses 60000)
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const env = (k, d) => process.env[k] ?? d;
const require = createRequire(path.join(env('E2E_TOOLS_DIR', process.cwd()), 'noop.js'));
const { chromium } = require('playwright-core');

const URL = env('E2E_URL');
const WORKSPACE = env('E2E_WORKSPACE');
const SHOTS = env('E2E_SHOTS_DIR', path.resolve('artifacts/screenshots'));
const PROFILE = env('E2E_PROFILE', fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-')));
const TIMEOUT = Number(env('E2E_STEP_TIMEOUT_MS', '30000'));
fs.mkdirSync(SHOTS, { recursive: true });

const SEED = 'karlov-assassination-ankara.txt';
const EXPORTED = 'karlov-assassination-ankara.annotations.json';
const ACTIVITY_TITLE = 'News Annotator';
const EXPORT_TITLE = 'News Annotator: Export Annotations to JSON';
// Theme colour defaults (dark theme) from package.json "colors".
const PERSON_BG = '#3b82f640';
const QUOTE_BG = '#f43f5e18';

// Selectors that worked against VS Code 1.139 (code-server 4.139.1). Keep them all here.
export const SEL = {
  workbench: '.monaco-workbench',
  explorerItem: (name) => `.explorer-folders-view [role=treeitem][aria-label="${name}"]`,
  editorLines: '.editor-instance .monaco-editor .view-lines',
  // Extension decorations get generated classes "ced-<n>-TextEditorDecorationType<k>-<i>":
  // the overlay div (.cdr) carries background/border, the inline span carries text styling.
  decoOverlay: '.editor-instance .view-overlays .cdr[class*="TextEditorDecorationType"]',
  decoInline: '.editor-instance .view-lines span[class*="TextEditorDecorationType"]',
  hover: '.monaco-editor .monaco-hover:not(.hidden) .hover-contents',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  editorTab: '.tabs-container .tab',
  toast: '.notifications-toasts .notification-list-item-message',
  dialog: '.monaco-dialog-box .dialog-message-container',
  activityItem: (title) => `.activitybar a.action-label[aria-label^="${title}"]`,
  sidebarPane: '.part.sidebar .pane',
  paneHeader: '.pane-header',
  treeItem: '[role=treeitem]',
};

const results = [];
let page;
async function step(name, shotName, fn) {
  const t0 = Date.now();
  try {
    const info = await fn();
    results.push({ name, ok: true, ms: Date.now() - t0, info });
    console.log(`ok   ${name} (${Date.now() - t0} ms)`, info ? JSON.stringify(info) : '');
  } catch (err) {
    const msg = String(err?.message ?? err);
    results.push({ name, ok: false, ms: Date.now() - t0, error: msg });
    console.log(`FAIL ${name} (${Date.now() - t0} ms): ${msg.split('\n').slice(0, 3).join(' | ')}`);
    await shot(shotName.replace(/\.png$/, '-FAILED.png')).catch(() => {});
  }
}
const shot = (n) => page.screenshot({ path: path.join(SHOTS, n), animations: 'disabled' }); // no half-faded hovers

// #rrggbbaa -> [r, g, b, a]; "rgba(r, g, b, a)" / "rgb(r, g, b)" -> [r, g, b, a]
const hexColor = (h) => [1, 3, 5, 7].map((i, k) => parseInt(h.slice(i, i + 2), 16) / (k === 3 ? 255 : 1));
const cssColor = (c) => { const m = c.match(/[\d.]+/g)?.map(Number) ?? []; return [m[0], m[1], m[2], m[3] ?? 1]; };
const sameColor = (css, hex) => { const a = cssColor(css), b = hexColor(hex); return a.slice(0, 3).every((v, i) => v === b[i]) && Math.abs(a[3] - b[3]) < 0.01; };
const sameRgb = (css, hex) => { const a = cssColor(css), b = hexColor(hex); return a.slice(0, 3).every((v, i) => v === b[i]); };

// Texts of visible notifications and dialogs (for failure messages).
const messages = () => page.locator(`${SEL.toast}, ${SEL.dialog}`).allInnerTexts().catch(() => []);

// Each step starts from a calm workbench: no hover, quick input or (modal) dialog left over.
async function settle() {
  await page.mouse.move(5, 5);
  for (let i = 0; i < 3 && await page.locator(`${SEL.dialog}, ${SEL.quickInputBox}:visible`).count(); i++) {
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Escape');
}

// Makes the seed article the active editor: its tab, or Quick Open if the tab is gone.
async function activateSeed() {
  const tab = page.locator(SEL.editorTab, { hasText: SEED }).first();
  if (!await tab.count()) {
    await page.keyboard.press('F1');
    await page.locator(SEL.quickInputBox).fill(SEED); // no ">" prefix: file mode
    await page.locator(SEL.quickInputRow).filter({ hasText: SEED }).first().waitFor();
    await page.keyboard.press('Enter');
  }
  await tab.click();
  await page.locator(`${SEL.editorTab}.active`, { hasText: SEED }).waitFor();
  await page.mouse.move(5, 5); // no tab tooltip in the screenshots
}

// Waits until the extension host has finished activating the extensions that start with every window
// (its log says "Eager extensions activated"), so opening the seed measures News Annotator, not VS Code's
// own startup competing for the same two cores. Polls the log file: there is no DOM signal for it.
async function extensionHostSettled(ms) {
  const logs = path.join(env('E2E_USER_DATA'), 'logs');
  const end = Date.now() + ms;
  while (Date.now() < end) {
    for (const session of fs.existsSync(logs) ? fs.readdirSync(logs) : []) {
      const log = path.join(logs, session, 'exthost1', 'remoteexthost.log');
      if (fs.existsSync(log) && fs.readFileSync(log, 'utf8').includes('Eager extensions activated')) return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the extension host did not log "Eager extensions activated" within ${ms} ms (logs in ${logs})`);
}

// Waits until the workbench has created the contributions of its last startup phase (Eventually): VS Code
// marks it on the page's performance timeline. Until then its own startup work (schemas, language
// features it activates for them) competes with opening the article for the two cores.
async function workbenchStarted() {
  await page.waitForFunction(() => performance.getEntriesByName('code/didCreateWorkbenchContributions/4').length > 0);
}

// Poll the file system (the extension writes the file; there is no DOM signal for it).
async function readJsonWhenWritten(file, ms) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path.basename(file)} not written within ${ms} ms (${last?.message})`);
}

const started = Date.now();
const context = await chromium.launchPersistentContext(PROFILE, {
  executablePath: env('E2E_CHROMIUM', '/usr/bin/chromium'),
  headless: true,
  viewport: { width: 1400, height: 900 },
  colorScheme: 'dark',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    // belt and braces: the browser may only resolve/reach the loopback server
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
page = context.pages()[0] ?? await context.newPage();
page.setDefaultTimeout(TIMEOUT);
page.on('pageerror', (e) => console.log('[pageerror]', e.message.slice(0, 200)));

await step('(a) open the seed article: person and other highlights are drawn', '1-decorations.png', async () => {
  await page.goto(URL);
  await page.waitForSelector(SEL.workbench);
  await page.locator(SEL.explorerItem(SEED)).waitFor();
  await extensionHostSettled(TIMEOUT);
  await workbenchStarted();
  const settledMs = Date.now() - started;
  const clickedAt = Date.now();
  await page.locator(SEL.explorerItem(SEED)).click();
  await page.locator(SEL.editorLines).getByText('ISTANBUL').first().waitFor();
  const workbenchReadyMs = Date.now() - started;
  const textShownMs = Date.now() - clickedAt;
  // Wait until a decoration with the person background is drawn (analysis done).
  const [r, g, b] = hexColor(PERSON_BG);
  try {
    await page.waitForFunction(([sel, rgb]) => [...document.querySelectorAll(sel)]
      .some((e) => getComputedStyle(e).backgroundColor.startsWith(`rgba(${rgb}, `)), [SEL.decoOverlay, `${r}, ${g}, ${b}`]);
  } catch {
    const n = await page.locator(SEL.decoOverlay).count();
    throw new Error(`no highlight with the person background ${PERSON_BG} within ${TIMEOUT} ms after opening ${SEED} `
      + `(${n} extension decoration overlays in the editor${n ? '' : ': the extension drew nothing'}; messages: ${JSON.stringify(await messages())})`);
  }
  // Reported (never asserted): from the click that opens the article to the first person highlight.
  const decorationsAfterOpenMs = Date.now() - clickedAt;
  fs.mkdirSync(path.join(process.cwd(), 'artifacts'), { recursive: true });
  fs.writeFileSync(path.join(process.cwd(), 'artifacts', 'browser-perf.json'),
    `${JSON.stringify({ settledMs, textShownMs, decorationsAfterOpenMs, decorationsAfterTextMs: decorationsAfterOpenMs - textShownMs, clickedAtEpochMs: clickedAt }, null, 2)}\n`);
  // Group overlay divs and inline spans by decoration type.
  const kinds = await page.evaluate(([overlaySel, inlineSel]) => {
    const out = {};
    const typeOf = (e) => [...e.classList].find((c) => c.includes('TextEditorDecorationType')).replace(/-\d+$/, '');
    for (const e of document.querySelectorAll(overlaySel)) {
      const s = getComputedStyle(e); const k = (out[typeOf(e)] ??= { overlays: 0, inline: 0 });
      k.overlays++; k.background = s.backgroundColor;
      k.borderBottom = `${s.borderBottomWidth} ${s.borderBottomStyle} ${s.borderBottomColor}`;
    }
    for (const e of document.querySelectorAll(inlineSel)) {
      const s = getComputedStyle(e); const k = (out[typeOf(e)] ??= { overlays: 0, inline: 0 });
      k.inline++; k.textDecoration = s.textDecorationLine; k.fontWeight = s.fontWeight;
      (k.words ??= []).length < 5 && k.words.push(e.textContent);
    }
    return out;
  }, [SEL.decoOverlay, SEL.decoInline]);
  await shot('1-decorations.png');
  const list = Object.values(kinds);
  const person = list.find((k) => k.background && sameColor(k.background, PERSON_BG));
  if (!person) throw new Error(`no overlay with the person background ${PERSON_BG}: ${JSON.stringify(kinds)}`);
  // A cue beyond colour: bottom border on the overlay (or an underline on the text).
  const [bw, bs] = person.borderBottom.split(' ');
  const hasBorder = bw !== '0px' && bs !== 'none';
  if (!hasBorder && !/underline/.test(person.textDecoration ?? '')) {
    throw new Error(`person highlight has no bottom border/underline: ${JSON.stringify(person)}`);
  }
  const backgrounds = new Set(list.map((k) => k.background).filter((c) => c && !/^rgba\(0, 0, 0, 0\)$/.test(c)));
  if (backgrounds.size < 3) throw new Error(`only ${backgrounds.size} distinct highlight colours: ${JSON.stringify(kinds)}`);
  if (!list.some((k) => k.background && sameRgb(k.background, QUOTE_BG))) {
    throw new Error(`no quote highlight (${QUOTE_BG}) drawn: ${JSON.stringify(kinds)}`);
  }
  return { workbenchReadyMs, settledMs, textShownMs, decorationsAfterOpenMs, kinds: list.length, backgrounds: [...backgrounds], person };
});

await step('(b) hovering "Karlov" shows a card naming "Andrey G. Karlov"', '2-hover.png', async () => {
  // Centre of a visible "Karlov" in the editor (prefer the one in "Mr. Karlov").
  const target = await page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const hits = [];
    for (let n; (n = walker.nextNode());) {
      const t = n.nodeValue;
      for (let i = t.indexOf('Karlov'); i >= 0; i = t.indexOf('Karlov', i + 1)) {
        const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 6);
        const box = r.getBoundingClientRect();
        const line = n.parentElement.closest('.view-line') ?? root;
        const pre = document.createRange(); pre.setStart(line, 0); pre.setEnd(n, i);
        if (box.width > 0) hits.push({ x: box.x + box.width / 2, y: box.y + box.height / 2, before: pre.toString().replace(/\u00a0/g, ' ').slice(-4) });
      }
    }
    return hits.find((h) => h.before === 'Mr. ') ?? hits[0] ?? null;
  }, SEL.editorLines);
  if (!target) throw new Error('no visible "Karlov" in the editor');
  const hover = page.locator(SEL.hover).filter({ hasText: 'Andrey G. Karlov' }).first();
  for (let attempt = 1; ; attempt++) { // a hover can be swallowed while the editor is still settling
    await page.mouse.move(5, 5);
    await page.mouse.move(target.x, target.y, { steps: 3 });
    try { await hover.waitFor({ timeout: 5000 }); break; } catch (e) {
      if (attempt === 3) {
        const seen = await page.locator(SEL.hover).allInnerTexts();
        throw new Error(`no hover card with "Andrey G. Karlov" after 3 tries; hovers seen: ${JSON.stringify(seen)}`);
      }
    }
  }
  const text = (await hover.innerText()).trim();
  await shot('2-hover.png');
  return { hoveredAfter: target.before, text: text.slice(0, 300) };
});

await step(`(c) F1 "${EXPORT_TITLE}" writes ${EXPORTED}`, '3-export.png', async () => {
  const target = path.join(WORKSPACE, EXPORTED);
  fs.rmSync(target, { force: true });
  try {
    await settle();
    await activateSeed(); // the command exports the active editor's article
    await page.keyboard.press('F1');
    await page.locator(SEL.quickInputBox).waitFor();
    await page.keyboard.type(EXPORT_TITLE);
    await page.locator(SEL.quickInputRow).filter({ hasText: EXPORT_TITLE }).first().waitFor();
    await shot('3-palette.png');
    await page.keyboard.press('Enter');
    const json = await readJsonWhenWritten(target, TIMEOUT)
      .catch(async (e) => { throw new Error(`${e.message}; messages: ${JSON.stringify(await messages())}`); });
    // The command opens the written file in an editor.
    await page.locator(SEL.editorTab, { hasText: EXPORTED }).first().waitFor();
    await shot('3-export.png');
    if (json.schemaVersion !== 1) throw new Error(`schemaVersion ${json.schemaVersion}`);
    const karlov = (json.mentions ?? []).filter((m) => m.text === 'Andrey G. Karlov');
    if (!karlov.length) throw new Error(`no mention "Andrey G. Karlov" among ${json.mentions?.length} mentions`);
    return { file: EXPORTED, mentions: json.mentions.length, actors: json.actors?.length, karlov: karlov[0] };
  } finally {
    fs.rmSync(target, { force: true }); // tests leave no written files behind
  }
});

await step('(d) the News Annotator view lists "People" and an actor "…Karlov"', '4-tree.png', async () => {
  // Make the article the active editor again (the export opened the JSON).
  await settle();
  await activateSeed();
  await page.locator(SEL.activityItem(ACTIVITY_TITLE)).click();
  const actors = page.locator(SEL.sidebarPane)
    .filter({ has: page.locator(SEL.paneHeader, { hasText: 'Actors' }) }).first();
  const people = actors.locator(SEL.treeItem).filter({ hasText: /^\s*People/ }).first();
  await people.waitFor();
  if ((await people.getAttribute('aria-expanded')) === 'false') await people.click();
  const karlov = actors.locator(SEL.treeItem).filter({ hasText: 'Karlov' }).first();
  await karlov.waitFor();
  const items = await actors.locator(SEL.treeItem).evaluateAll((els) => els.map((e) => ({
    label: e.querySelector('.label-name')?.textContent ?? '',
    description: e.querySelector('.label-description')?.textContent ?? '',
  })));
  await shot('4-tree.png');
  return { items: items.slice(0, 12) };
});

// Reads the visible rows of one sidebar pane, expanding the pane when it is collapsed.
async function paneItems(title) {
  const pane = page.locator(SEL.sidebarPane).filter({ has: page.locator(SEL.paneHeader, { hasText: title }) }).first();
  const header = pane.locator(SEL.paneHeader).first();
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  await pane.locator(SEL.treeItem).first().waitFor();
  const items = await pane.locator(SEL.treeItem).evaluateAll((els) => els.map((e) => ({
    label: e.querySelector('.label-name')?.textContent ?? '',
    description: e.querySelector('.label-description')?.textContent ?? '',
  })));
  return { pane, items };
}

await step('(e) the Events tree is a dated timeline and the Quotes tree groups quotes by speaker', '5-events-quotes.png', async () => {
  await settle();
  await activateSeed();
  // Clicking the activity item of the container already shown would close the sidebar.
  const actorsHeader = page.locator(SEL.sidebarPane).locator(SEL.paneHeader, { hasText: 'Actors' });
  if (!await actorsHeader.isVisible()) await page.locator(SEL.activityItem(ACTIVITY_TITLE)).click();
  const events = await paneItems('Events');
  const dated = events.items.filter((i) => /·\s*(\d{4}|[A-Z][a-z]{2} \d{4}|\d{1,2} [A-Z][a-z]{2} \d{4})$/.test(i.label));
  if (dated.length < 2) throw new Error(`Events: no dated timeline entries in ${JSON.stringify(events.items.slice(0, 8))}`);
  const quotes = await paneItems('Quotes');
  if (!quotes.items.some((i) => i.label === 'Vladimir V. Putin')) throw new Error(`Quotes: no "Vladimir V. Putin" group in ${JSON.stringify(quotes.items.slice(0, 8))}`);
  await shot('5-events-quotes.png');
  return { events: events.items.slice(0, 5), quotes: quotes.items.slice(0, 5) };
});

await step('(f) the status bar shows the article counts, and only for the article', '6-status.png', async () => {
  await settle();
  await activateSeed();
  const item = page.locator('.statusbar-item', { has: page.locator('.codicon-person') }).first();
  await item.waitFor();
  const text = (await item.innerText()).replace(/\s+/g, ' ').trim();
  const numbers = text.match(/\d+/g)?.map(Number) ?? [];
  if (numbers.length !== 4 || numbers[0] < 10) throw new Error(`status bar text "${text}"`);
  const label = await item.getAttribute('aria-label') ?? '';
  await shot('6-status.png');
  return { text, label: label.slice(0, 120) };
});

await step('(g) the walkthrough lists its four steps and opens the sample article', '7-walkthrough.png', async () => {
  await settle();
  await page.keyboard.press('F1');
  await page.locator(SEL.quickInputBox).waitFor();
  await page.keyboard.type('Welcome: Open Walkthrough');
  await page.locator(SEL.quickInputRow).filter({ hasText: 'Open Walkthrough' }).first().waitFor();
  await page.keyboard.press('Enter');
  const row = page.locator(SEL.quickInputRow).filter({ hasText: 'Read the news closely with News Annotator' }).first();
  await row.waitFor();
  await row.click();
  const walkthrough = page.locator('.gettingStartedContainer');
  const titles = ['Open the sample article', 'Hover over a name', 'See who is in it and what happened', 'Export the annotations'];
  for (const title of titles) await walkthrough.getByText(title, { exact: true }).first().waitFor();
  await shot('7-walkthrough.png');
  await walkthrough.getByRole('button', { name: 'Open Sample Article' }).first().click();
  // The sample opens as an untitled editor and gets highlighted.
  await page.locator(`${SEL.editorTab}.active`, { hasText: 'Untitled' }).waitFor();
  await page.locator(SEL.decoOverlay).first().waitFor();
  await shot('7-sample.png');
  return { steps: titles.length };
});

await context.close();
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
const summary = { passed, failed, totalMs: Date.now() - started, results };
if (process.env.E2E_RESULTS) fs.writeFileSync(process.env.E2E_RESULTS, JSON.stringify(summary, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
