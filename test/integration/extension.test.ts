// Integration tests run inside a real VS Code extension host (see index.ts and
// test/runIntegration.ts). The workspace is a throw-away copy of seeds/.
// Every test awaits real signals (activation, whenAnalyzed, command results,
// tree change events); none sleeps.
import * as assert from 'assert';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis, Mention } from '../../src/core/types';

const EXT_ID = 'news-annotator-team.news-annotator';
const SEED = 'karlov-assassination-ankara.txt';
const EXPORTED = 'karlov-assassination-ankara.annotations.json';
const KARLOV = 'Andrey G. Karlov';

/** What activate() returns (the contract the extension exposes to tests). */
interface NewsAnnotatorApi {
  whenAnalyzed(uri: vscode.Uri): Promise<Analysis>;
  reloadLexicon(): Promise<{ entries: unknown[]; warnings: string[] }>;
  actorsTree: vscode.TreeDataProvider<unknown>;
  eventsTree: vscode.TreeDataProvider<unknown>;
  quotesTree: vscode.TreeDataProvider<unknown>;
  comparisonTree: vscode.TreeDataProvider<unknown>;
  engineStarted(): boolean;
}

function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder (copy of seeds/) must be open');
  return f;
}
const seedUri = (): vscode.Uri => vscode.Uri.joinPath(folder().uri, SEED);

async function openSeed(): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(seedUri());
  await vscode.window.showTextDocument(doc);
  return doc;
}

/**
 * The text of each hover (MarkdownString, MarkedString or plain string contents),
 * with non-breaking spaces (`&nbsp;`, U+00A0) read as the spaces a user sees.
 */
function hoverTexts(hovers: vscode.Hover[] | undefined): string[] {
  return (hovers ?? []).map((h) => h.contents
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/&nbsp;|&#160;|&#xa0;|\u00a0/gi, ' ')
    // Markdown backslash escapes render as the bare character.
    .replace(/\\([!-/:-@[-`{-~])/gu, '$1'));
}

async function hoverAt(doc: vscode.TextDocument, offset: number): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hoverTexts(hovers).filter((t) => t.trim() !== '');
}

interface Node { element: unknown; label: string; description: string }

async function children(tree: vscode.TreeDataProvider<unknown>, element?: unknown): Promise<Node[]> {
  const elements = (await tree.getChildren(element)) ?? [];
  return Promise.all(elements.map(async (e) => {
    const item = await tree.getTreeItem(e);
    const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
    const description = typeof item.description === 'string' ? item.description : '';
    return { element: e, label, description };
  }));
}

/** Re-reads the tree after each onDidChangeTreeData until `accept` holds (bounded by `ms`). */
async function waitForTree(tree: vscode.TreeDataProvider<unknown>, accept: (roots: Node[]) => boolean, ms = 20000): Promise<Node[]> {
  const end = Date.now() + ms;
  for (;;) {
    const roots = await children(tree);
    if (accept(roots) || Date.now() >= end || !tree.onDidChangeTreeData) return roots;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, end - Date.now());
      const sub = tree.onDidChangeTreeData!(done);
      function done(): void { clearTimeout(timer); sub.dispose(); resolve(); }
    });
  }
}

function deleteExports(): void {
  for (const f of fs.readdirSync(folder().uri.fsPath)) {
    if (f.endsWith('.annotations.json')) fs.rmSync(path.join(folder().uri.fsPath, f), { force: true });
  }
}

async function revertDirtyAndCloseAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    // Only the workspace's articles, which the tests edit: VS Code's own user settings.json can be dirty for
    // a moment while it writes a setting, and showing it then races the editor VS Code opens itself.
    if (doc.isDirty && doc.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(doc.uri) !== undefined) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

suite('News Annotator in a real VS Code extension host', () => {
  let ext: vscode.Extension<NewsAnnotatorApi>;
  let api: NewsAnnotatorApi;
  let seedText: string;

  suiteSetup(async () => {
    const found = vscode.extensions.getExtension<NewsAnnotatorApi>(EXT_ID);
    assert.ok(found, `extension ${EXT_ID} is not loaded`);
    ext = found;
    api = await ext.activate();
    assert.ok(api && typeof api.whenAnalyzed === 'function', 'activate() must return the API (whenAnalyzed, actorsTree, eventsTree)');
    seedText = fs.readFileSync(seedUri().fsPath, 'utf8');
  });

  teardown(async () => {
    await revertDirtyAndCloseAll();
    deleteExports();
  });

  test('activates and registers every command contributed in package.json', async () => {
    assert.strictEqual(ext.isActive, true);
    assert.strictEqual(typeof api.actorsTree?.getChildren, 'function', 'api.actorsTree');
    assert.strictEqual(typeof api.eventsTree?.getChildren, 'function', 'api.eventsTree');
    const contributed: string[] = (ext.packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    assert.ok(contributed.length >= 4, `contributed commands: ${contributed}`);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepStrictEqual(missing, [], 'contributed but not registered');
  });

  // First in the suite: no test has opened an article yet.
  test('starts the engine when it activates, before any article is open (newsAnnotator.preloadEngine)', () => {
    const articles = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(d.uri) !== undefined);
    assert.deepStrictEqual(articles.map((d) => path.basename(d.uri.fsPath)), [], 'no workspace file is open yet');
    assert.strictEqual(vscode.workspace.getConfiguration('newsAnnotator').get('preloadEngine'), true);
    assert.strictEqual(api.engineStarted(), true, 'the worker was started at activation');
  });

  test('opening a plain-text article activates the extension (activation events)', () => {
    // suiteSetup activates explicitly, but a user only opens a .txt file (languageId plaintext).
    // VS Code infers onLanguage:<id> from contributed languages and onView/onCommand from views
    // and commands; the browser suite checks the behaviour end to end.
    const pkg = ext.packageJSON;
    const events: string[] = [...(pkg.activationEvents ?? []),
      ...(pkg.contributes?.languages ?? []).map((l: { id: string }) => `onLanguage:${l.id}`)];
    const ok = events.some((e) => e === '*' || e === 'onStartupFinished' || e === 'onLanguage:plaintext');
    assert.ok(ok, `explicit + inferred activation events ${JSON.stringify(events)} do not cover opening a .txt article`);
  });

  test('exportJson writes <name>.annotations.json with exact offsets and opens it', async () => {
    const doc = await openSeed();
    await api.whenAnalyzed(doc.uri);
    const written = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.exportJson', doc.uri);
    const expected = vscode.Uri.joinPath(folder().uri, EXPORTED);
    assert.ok(written instanceof vscode.Uri, `the command must return the written Uri, got ${String(written)}`);
    assert.strictEqual(written.fsPath, expected.fsPath);
    assert.ok(fs.existsSync(expected.fsPath), `${EXPORTED} not written`);
    assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.fsPath === expected.fsPath), 'the export is opened in an editor');

    const json = JSON.parse(fs.readFileSync(expected.fsPath, 'utf8'));
    assert.strictEqual(json.schemaVersion, 1);
    assert.strictEqual(typeof json.generator?.name, 'string', 'generator.name');
    assert.strictEqual(typeof json.generator?.version, 'string', 'generator.version');
    assert.strictEqual(path.basename(json.source?.path ?? ''), SEED, 'source.path');
    assert.strictEqual(json.source.length, seedText.length, 'source.length = length of the text (UTF-16 units)');
    assert.strictEqual(json.source.sha256, crypto.createHash('sha256').update(fs.readFileSync(seedUri().fsPath)).digest('hex'), 'source.sha256 of the article file');

    const mentions: (Mention & { line: number; character: number })[] = json.mentions;
    assert.ok(Array.isArray(mentions) && mentions.length > 10, `mentions: ${mentions?.length}`);
    const wrong = mentions.filter((m) => seedText.slice(m.start, m.end) !== m.text);
    assert.deepStrictEqual(wrong.slice(0, 5), [], `${wrong.length} mentions whose text is not text.slice(start, end)`);
    // line/character must be the position of start (VS Code's 0-based convention).
    const badPos = mentions.filter((m) => { const p = doc.positionAt(m.start); return p.line !== m.line || p.character !== m.character; });
    assert.deepStrictEqual(badPos.slice(0, 3), [], `${badPos.length} mentions whose line/character is not positionAt(start)`);

    const karlov = mentions.find((m) => m.text === KARLOV && m.type === 'PERSON');
    assert.ok(karlov, `a PERSON mention "${KARLOV}"`);
    const actors: { id: string; name: string; mentionIds: string[] }[] = json.actors;
    const actor = actors.find((a) => a.id === karlov.actorId);
    assert.ok(actor, `actor ${karlov.actorId} of the Karlov mention`);
    assert.strictEqual(actor.name, KARLOV);
    assert.ok(actor.mentionIds.includes(karlov.id), 'the actor lists the mention');
    const ids = new Set(mentions.map((m) => m.id));
    const dangling = actors.flatMap((a) => a.mentionIds).filter((id) => !ids.has(id));
    assert.deepStrictEqual(dangling, [], 'actor mentionIds that are not mentions');
  });

  test('hovering "Karlov" in "Mr. Karlov" shows a card naming Andrey G. Karlov', async () => {
    const doc = await openSeed();
    await api.whenAnalyzed(doc.uri);
    const at = doc.getText().indexOf('Mr. Karlov');
    assert.ok(at >= 0, 'seed contains "Mr. Karlov"');
    const texts = await hoverAt(doc, at + 'Mr. '.length + 3);
    assert.ok(texts.some((t) => t.includes(KARLOV)), `hover texts: ${JSON.stringify(texts)}`);
  });

  test('hovering a quote shows its speaker with role, the cue and how the speaker was found; a title has no speaker line', async () => {
    const doc = await openSeed();
    await api.whenAnalyzed(doc.uri);
    const speech = (await hoverAt(doc, doc.getText().indexOf('despicably killed') + 3)).join('\n');
    assert.ok(speech.includes('Speaker: Vladimir V. Putin (President) · cue: said'), speech);
    assert.ok(speech.includes('Found with confidence 90 %: named next to the cue'), speech);
    const title = (await hoverAt(doc, doc.getText().indexOf('Russia Through Turks') + 3)).join('\n');
    assert.ok(title.includes('title') && !title.includes('Speaker:'), title);
  });

  test('hovering a word that is no name, quote or event ("embarrassing") shows no card', async () => {
    const doc = await openSeed();
    const analysis = await api.whenAnalyzed(doc.uri);
    const at = doc.getText().indexOf('embarrassing') + 3;
    assert.ok(at >= 3, 'seed contains "embarrassing"');
    const covers = (s: { start: number; end: number }): boolean => s.start <= at && at < s.end;
    assert.ok(!analysis.mentions.some(covers) && !analysis.quotes.some(covers) && !analysis.events.some((e) => covers(e.trigger)), 'precondition: nothing covers the word');
    const texts = await hoverAt(doc, at);
    assert.deepStrictEqual(texts, [], 'no hover card expected');
  });

  test('hovering an event trigger ("assassinated") shows who did what to whom, when and where; "Reveal in sidebar" selects an actor', async () => {
    const doc = await openSeed();
    await api.whenAnalyzed(doc.uri);
    const texts = await hoverAt(doc, doc.getText().indexOf('assassinated') + 3);
    assert.strictEqual(texts.length, 1, JSON.stringify(texts));
    const card = texts[0];
    for (const line of ['**Event** — kill · confidence 90 %', 'Who: Mevlut Mert Altintas', 'To whom: Andrey G. Karlov', 'When: Monday evening', 'Where: Ankara']) {
      assert.ok(card.includes(line), `${line} in ${card}`);
    }
    const karlov = await hoverAt(doc, doc.getText().indexOf('Mr. Karlov') + 5);
    assert.match(karlov[0], /person · #\d+ of \d+ actors by mentions/u);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.revealActor', doc.uri.toString(), 'actor:person:andrey-g-karlov'), true);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.revealActor', doc.uri.toString(), 'actor:person:nobody'), false);
  });

  test('the Actors tree has a "People" group listing Andrey G. Karlov', async () => {
    const doc = await openSeed();
    await api.whenAnalyzed(doc.uri);
    const roots = await waitForTree(api.actorsTree, (r) => r.some((n) => n.label === 'People'));
    assert.ok(roots.some((n) => n.label === 'People'), `root labels: ${JSON.stringify(roots.map((n) => n.label))}`);
    const people = await children(api.actorsTree, roots.find((n) => n.label === 'People')!.element);
    const karlov = people.find((n) => n.label === KARLOV);
    assert.ok(karlov, `People: ${JSON.stringify(people.map((n) => n.label))}`);
    assert.match(karlov.description, /mention/, 'description like "5 mentions · ambassador"');
  });

  test('an edit produces a new analysis with shifted offsets (then reverted)', async () => {
    const doc = await openSeed();
    const before = await api.whenAnalyzed(doc.uri);
    const prefix = '(updated) ';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), prefix);
    assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit');
    try {
      assert.ok(doc.getText().startsWith(prefix));
      const after = await api.whenAnalyzed(doc.uri);
      const text = doc.getText();
      assert.strictEqual(after.length, before.length + prefix.length, 'analysis.length follows the edit');
      const wrong = after.mentions.filter((m) => text.slice(m.start, m.end) !== m.text);
      assert.deepStrictEqual(wrong.slice(0, 5), [], 'mentions of the new analysis match the edited text');
      const k0 = before.mentions.find((m) => m.text === KARLOV);
      const k1 = after.mentions.find((m) => m.text === KARLOV);
      assert.ok(k0 && k1, 'Karlov mention before and after');
      assert.strictEqual(k1.start, k0.start + prefix.length, 'Karlov mention shifted by the inserted length');
      // Mentions away from the edit are the same, shifted.
      const shifted = new Set(after.mentions.map((m) => `${m.start}:${m.end}:${m.type}:${m.text}`));
      const lost = before.mentions.filter((m) => m.start >= 200)
        .filter((m) => !shifted.has(`${m.start + prefix.length}:${m.end + prefix.length}:${m.type}:${m.text}`));
      assert.deepStrictEqual(lost.slice(0, 5), [], `${lost.length} mentions not found at their shifted offsets`);
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.strictEqual(doc.isDirty, false, 'reverted');
    assert.strictEqual(doc.getText(), seedText, 'text restored');
    assert.strictEqual(fs.readFileSync(seedUri().fsPath, 'utf8'), seedText, 'file on disk untouched');
  });

  test('a workspace lexicon file types names, and a bad entry is a warning, not a failure', async () => {
    const file = vscode.Uri.joinPath(folder().uri, '.news-annotator', 'lexicon.json');
    const doc = await openSeed();
    const typeOf = (analysis: Analysis, text: string): string | undefined => analysis.mentions.find((m) => m.text === text)?.type;
    assert.strictEqual(typeOf(await api.whenAnalyzed(doc.uri), 'Cankaya'), undefined, 'an unknown single word is not a name by itself');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify([{ name: 'Cankaya', type: 'ORG' }, { name: 5 }])));
    try {
      const loaded = await api.reloadLexicon();
      assert.deepStrictEqual(loaded.entries, [{ name: 'Cankaya', type: 'ORG' }]);
      assert.strictEqual(loaded.warnings.length, 1);
      assert.match(loaded.warnings[0], /lexicon\.json: Lexicon entry 2 was ignored/u);
      assert.strictEqual(typeOf(await api.whenAnalyzed(doc.uri), 'Cankaya'), 'ORG');
    } finally {
      await vscode.workspace.fs.delete(file);
    }
    assert.deepStrictEqual((await api.reloadLexicon()).entries, []);
    assert.strictEqual(typeOf(await api.whenAnalyzed(doc.uri), 'Cankaya'), undefined);
  });

  test('the Events tree is a timeline: dated events in date order, then an Undated node; actors list their events', async () => {
    const doc = await openSeed();
    await api.whenAnalyzed(doc.uri);
    const roots = await api.eventsTree.getChildren(undefined) ?? [];
    const items = await Promise.all(roots.map(async (node) => api.eventsTree.getTreeItem(node)));
    const labels = items.map((item) => (typeof item.label === 'string' ? item.label : item.label?.label ?? ''));
    assert.ok(labels.includes('? — shot → Pyotr Voykov · 1927'), labels.slice(0, 5).join(' | '));
    assert.ok(labels.indexOf('? — shot → Pyotr Voykov · 1927') < labels.indexOf('Turkey — shot down → a Russian jet · Nov 2015'));
    assert.strictEqual(labels[labels.length - 1], 'Undated');
    const shotDown = roots[labels.indexOf('Turkey — shot down → a Russian jet · Nov 2015')];
    const participants = await Promise.all((await api.eventsTree.getChildren(shotDown) ?? []).map(async (node) => api.eventsTree.getTreeItem(node)));
    assert.deepStrictEqual(participants.map((item) => [item.label, item.description]), [['Turkey', 'agent'], ['a Russian jet', 'patient']]);
    const reveal = items[labels.indexOf('Turkey — shot down → a Russian jet · Nov 2015')].command;
    assert.strictEqual(reveal?.command, 'newsAnnotator.revealSpan');
    assert.strictEqual(seedText.slice(reveal.arguments?.[1], reveal.arguments?.[2]), 'shot');
    // The Actors tree lists an actor's events after its mentions.
    const groups = await api.actorsTree.getChildren(undefined) ?? [];
    const places = groups[(await Promise.all(groups.map(async (g) => api.actorsTree.getTreeItem(g)))).findIndex((i) => i.label === 'Places')];
    const actors = await api.actorsTree.getChildren(places) ?? [];
    const actorItems = await Promise.all(actors.map(async (a) => api.actorsTree.getTreeItem(a)));
    const turkey = actors[actorItems.findIndex((i) => i.label === 'Turkey')];
    const children = await Promise.all((await api.actorsTree.getChildren(turkey) ?? []).map(async (n) => api.actorsTree.getTreeItem(n)));
    assert.ok(children.some((i) => i.label === 'Turkey — shot down → a Russian jet · Nov 2015'), 'Turkey lists the jet event');
  });

  test('Outline lists actors with their mentions and speech quotes (executeDocumentSymbolProvider)', async () => {
    const doc = await openSeed();
    await api.whenAnalyzed(doc.uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri) ?? [];
    const karlov = symbols.find((s) => s.name === KARLOV);
    assert.ok(karlov, symbols.slice(0, 5).map((s) => s.name).join(' | '));
    assert.strictEqual(doc.getText(karlov.selectionRange), KARLOV);
    assert.ok(karlov.children.length >= 5 && karlov.children.every((c) => doc.getText(c.selectionRange).endsWith('Karlov')));
    const quote = symbols.find((s) => s.kind === vscode.SymbolKind.String && s.name.startsWith('“despicably killed”'));
    assert.strictEqual(quote?.detail, 'Vladimir V. Putin');
  });

  test('next/previous mention commands move the selection between one actor’s mentions', async () => {
    const doc = await openSeed();
    await api.whenAnalyzed(doc.uri);
    const editor = vscode.window.activeTextEditor!;
    const first = seedText.indexOf(KARLOV);
    editor.selection = new vscode.Selection(doc.positionAt(first + 2), doc.positionAt(first + 2));
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.nextMention'), true);
    const second = seedText.indexOf('Karlov', first + KARLOV.length);
    assert.strictEqual(doc.offsetAt(editor.selection.start), second);
    assert.strictEqual(doc.getText(editor.selection), 'Karlov');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.previousMention'), true);
    assert.strictEqual(doc.offsetAt(editor.selection.start), first);
    editor.selection = new vscode.Selection(doc.positionAt(seedText.indexOf('assassinated')), doc.positionAt(seedText.indexOf('assassinated')));
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.nextMention'), false, 'no name under the cursor');
  });

  test('the Problems panel shows an unbalanced quotation mark and unattributed quotes', async () => {
    const file = vscode.Uri.joinPath(folder().uri, 'unbalanced.txt');
    const text = 'He said “this never ends.\n\nNobody knows. "We will win this war, whatever it takes, they will see."\n';
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    try {
      const doc = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(doc);
      await api.whenAnalyzed(file);
      let diagnostics = vscode.languages.getDiagnostics(file);
      if (diagnostics.length === 0) {
        // Diagnostics are published when the analysis event fires; wait for that signal, not for time.
        await new Promise<void>((resolve) => {
          const listener = vscode.languages.onDidChangeDiagnostics((e) => {
            if (e.uris.some((u) => u.toString() === file.toString())) {
              listener.dispose();
              resolve();
            }
          });
        });
        diagnostics = vscode.languages.getDiagnostics(file);
      }
      assert.deepStrictEqual(diagnostics.map((d) => [d.code, doc.getText(d.range), d.severity]), [
        ['unbalanced-quote', '“', vscode.DiagnosticSeverity.Warning],
        ['unattributed-quote', '"We will win this war, whatever it takes, they will see."', vscode.DiagnosticSeverity.Information],
      ]);
      assert.ok(diagnostics.every((d) => d.source === 'News Annotator'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(file);
    }
  });

  test('the Quotes tree groups quotes by speaker, and a quote click reveals it', async () => {
    const doc = await openSeed();
    await api.whenAnalyzed(doc.uri);
    const speakers = await api.quotesTree.getChildren(undefined) ?? [];
    const items = await Promise.all(speakers.map(async (node) => api.quotesTree.getTreeItem(node)));
    const putin = speakers[items.findIndex((i) => i.label === 'Vladimir V. Putin')];
    assert.ok(putin, items.map((i) => i.label).join(' | '));
    const quotes = await Promise.all((await api.quotesTree.getChildren(putin) ?? []).map(async (node) => api.quotesTree.getTreeItem(node)));
    // Long quotes are clipped to 80 characters in the tree; the tooltip has the whole text.
    assert.deepStrictEqual(quotes.map((q) => q.label), ['“despicably killed”', '“There can be only one answer to this — stepping up the fight against terrorism…']);
    const reveal = quotes[0].command;
    assert.strictEqual(seedText.slice(reveal?.arguments?.[1], reveal?.arguments?.[2]), '“despicably killed”');
    assert.strictEqual(items[items.length - 1].label, 'Titles and scare quotes');
  });

  test('hover cards link only to our own commands, and a hostile article cannot plant links, HTML or code', async () => {
    const file = vscode.Uri.joinPath(folder().uri, 'hostile.txt');
    const text = 'Jane Doe met [Evil](command:workbench.action.quit) people <img src=x onerror=alert(1)> and `rm -rf /` in Paris. Jane Doe said "click http://evil.example now" to reporters.\n';
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    try {
      const doc = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(doc);
      await api.whenAnalyzed(file);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(text.indexOf('Jane') + 1));
      const cards = (hovers ?? []).flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes('Jane Doe'));
      assert.strictEqual(cards.length, 1, 'one card of ours');
      const card = cards[0];
      assert.deepStrictEqual(card.isTrusted, { enabledCommands: ['newsAnnotator.showMentions', 'newsAnnotator.revealActor', 'newsAnnotator.exportJson'] });
      assert.strictEqual(card.supportHtml, false);
      const links = [...card.value.matchAll(/\]\((command:[^?)]+)/gu)].map((m) => m[1]);
      assert.deepStrictEqual(links, ['command:newsAnnotator.showMentions', 'command:newsAnnotator.revealActor', 'command:newsAnnotator.exportJson']);
      assert.ok(!card.value.includes('](command:workbench'), 'no planted command link');
      assert.ok(!/(?<!\\)<img/u.test(card.value), 'no raw HTML (every < is escaped)');
      assert.ok(!/(?<!\\)`rm/u.test(card.value), 'no code span (every backtick is escaped)');
      assert.ok(card.value.includes('\\[Evil\\]\\(command\\:workbench'), 'the planted link shows as escaped text');
      assert.ok(!card.value.includes('http://evil'), 'no autolinkable URL');
      assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.showMentions', doc.uri.toString(), 'actor:person:jane-doe'), 2);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(file);
    }
  });

  test('actor nodes know their parent group, so the Actors tree can reveal the name under the cursor', async () => {
    const doc = await openSeed();
    await api.whenAnalyzed(doc.uri);
    const groups = await api.actorsTree.getChildren(undefined) ?? [];
    const people = groups[(await Promise.all(groups.map(async (g) => api.actorsTree.getTreeItem(g)))).findIndex((i) => i.label === 'People')];
    const actors = await api.actorsTree.getChildren(people) ?? [];
    const karlov = actors[(await Promise.all(actors.map(async (a) => api.actorsTree.getTreeItem(a)))).findIndex((i) => i.label === KARLOV)];
    const parent = await api.actorsTree.getParent!(karlov);
    assert.ok(parent);
    assert.strictEqual((await api.actorsTree.getTreeItem(parent)).label, 'People');
    const mentions = await api.actorsTree.getChildren(karlov) ?? [];
    const back = await api.actorsTree.getParent!(mentions[0]);
    assert.ok(back);
    assert.strictEqual((await api.actorsTree.getTreeItem(back)).label, KARLOV);
  });

  test('a 5 MB, binary or empty file opens without errors: not analyzed, with the reason, and nothing lost', async () => {
    const huge = vscode.Uri.joinPath(folder().uri, 'huge.txt');
    const binary = vscode.Uri.joinPath(folder().uri, 'binary.txt');
    const empty = vscode.Uri.joinPath(folder().uri, 'empty.txt');
    const big = 'Maria Zakharova spoke in Warsaw. '.repeat(160000); // 5,280,000 characters, over the 500,000 default
    await vscode.workspace.fs.writeFile(huge, new TextEncoder().encode(big));
    // VS Code itself refuses files with NUL bytes; control characters get through to us.
    await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x06, 0x41, 0x6e, 0x6b, 0x61, 0x72, 0x61, 0x02, 0x01, 0x1b, 0x1c]));
    try {
      const doc = await vscode.workspace.openTextDocument(huge);
      await vscode.window.showTextDocument(doc);
      const analysis = await api.whenAnalyzed(huge);
      assert.deepStrictEqual(analysis.mentions, []);
      assert.strictEqual(analysis.warnings[0]?.code, 'truncated');
      assert.match(analysis.warnings[0].message, /has 5,280,000 characters, over the limit of 500,000/u);
      assert.strictEqual(doc.getText(), big, 'the text is untouched');
      const bin = await vscode.workspace.openTextDocument(binary);
      const binAnalysis = await api.whenAnalyzed(binary);
      assert.strictEqual(binAnalysis.warnings[0]?.code, 'binary-text');
      assert.deepStrictEqual(binAnalysis.mentions, []);
      assert.ok(bin.getText().length > 0);
      await vscode.workspace.fs.writeFile(empty, new Uint8Array());
      await vscode.window.showTextDocument(empty);
      const emptyAnalysis = await api.whenAnalyzed(empty);
      assert.deepStrictEqual([emptyAnalysis.length, emptyAnalysis.mentions.length, emptyAnalysis.warnings[0]?.code], [0, 0, 'empty-text']);
      const actors = await children(api.actorsTree);
      assert.deepStrictEqual(actors, [], 'an empty article shows empty trees');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(huge);
      await vscode.workspace.fs.delete(binary);
      await vscode.workspace.fs.delete(empty);
    }
  });

  test('exports one article as W3C or brat, and a folder of three articles with one unreadable file reported', async () => {
    const w3c = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.exportAs', 'w3c', seedUri());
    assert.ok(w3c);
    try {
      const collection = JSON.parse(fs.readFileSync(w3c.fsPath, 'utf8'));
      assert.strictEqual(collection.type, 'AnnotationCollection');
      assert.ok(collection.first.items.some((a: { target: { selector: { exact?: string }[] } }) => a.target.selector[1].exact === KARLOV));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(w3c.fsPath, { force: true });
    }
    const batch = vscode.Uri.joinPath(folder().uri, 'batch');
    const write = (name: string, bytes: Uint8Array): Thenable<void> => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(batch, name), bytes);
    await write('a.txt', new TextEncoder().encode('Maria Zakharova said: "We will respond." She spoke in Moscow.'));
    await write('b.txt', new TextEncoder().encode('Turkey shot down a Russian jet in November 2015.'));
    await write('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x69, 0x6e, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73]));
    try {
      const result = await vscode.commands.executeCommand<{ exported: string[]; failed: { file: string; error: string }[]; cancelled: boolean }>(
        'newsAnnotator.exportFolder', batch, 'brat');
      assert.ok(result);
      assert.deepStrictEqual(result.exported.map((f) => path.basename(f)), ['a.txt', 'b.txt']);
      assert.deepStrictEqual(result.failed.map((f) => [path.basename(f.file), f.error]), [['latin1.txt', 'not valid UTF-8 text']]);
      assert.strictEqual(result.cancelled, false);
      const files = fs.readdirSync(batch.fsPath).sort();
      assert.deepStrictEqual(files, ['a.ann', 'a.txt', 'annotation.conf', 'b.ann', 'b.txt', 'latin1.txt']);
      assert.match(fs.readFileSync(path.join(batch.fsPath, 'a.ann'), 'utf8'), /^T\d+\tPERSON 0 15\tMaria Zakharova$/mu);
    } finally {
      fs.rmSync(batch.fsPath, { recursive: true, force: true });
    }
  });

  test('imports brat annotations (code-point offsets) for comparison until the article is edited, and refuses ones for other text', async () => {
    const dir = vscode.Uri.joinPath(folder().uri, 'import');
    const article = vscode.Uri.joinPath(dir, 'committee.txt');
    const text = '😀 The committee met Maria Zakharova in private. Nobody spoke.';
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(text));
    // brat offsets are code points: the emoji is one, so "committee" is 6..15 in brat and 7..16 in UTF-16.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'committee.ann'), new TextEncoder().encode('T1\tORG 6 15\tcommittee\nT2\tPERSON 20 35\tMaria Zakharova\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'wrong.ann'), new TextEncoder().encode('T1\tORG 6 15\tparliament\n'));
    type Node = { kind: string; label?: string; mention?: { text: string; start: number } };
    const comparison = async (): Promise<string[]> => {
      const tree = api.comparisonTree;
      const roots = (await tree.getChildren()) as Node[];
      const out: string[] = [];
      for (const root of roots) {
        const items = (await tree.getChildren(root as never)) as Node[];
        out.push(`${root.label}: ${items.map((i) => i.mention!.text).join(', ')}`);
      }
      return out;
    };
    try {
      const editor = await vscode.window.showTextDocument(article);
      const engine = await api.whenAnalyzed(article);
      assert.deepStrictEqual(engine.mentions.map((m) => text.slice(m.start, m.end)), ['Maria Zakharova'], 'the engine tags the name, not "committee"');
      assert.deepStrictEqual(await comparison(), [], 'nothing imported yet');
      const imported = await vscode.commands.executeCommand<{ mentions: { start: number; end: number; type: string }[] }>(
        'newsAnnotator.importAnnotations', vscode.Uri.joinPath(dir, 'committee.ann'), article);
      assert.ok(imported);
      assert.deepStrictEqual(imported.mentions.map((m) => [text.slice(m.start, m.end), m.start, m.type]), [['committee', 7, 'ORG'], ['Maria Zakharova', 21, 'PERSON']]);
      assert.deepStrictEqual((await api.whenAnalyzed(article)).mentions.map((m) => text.slice(m.start, m.end)), ['Maria Zakharova'], 'the article keeps its own annotations');
      assert.deepStrictEqual(await comparison(), ['Only in committee.ann: committee', 'Agree: Maria Zakharova']);
      const refused = await vscode.commands.executeCommand('newsAnnotator.importAnnotations', vscode.Uri.joinPath(dir, 'wrong.ann'), article);
      assert.strictEqual(refused, undefined);
      assert.deepStrictEqual(await comparison(), ['Only in committee.ann: committee', 'Agree: Maria Zakharova'], 'a refused import changes nothing');
      await editor.edit((edit) => edit.insert(editor.document.positionAt(text.length), ' '));
      assert.deepStrictEqual(await comparison(), [], 'an edit drops the imported annotations (their offsets no longer hold)');
      await vscode.commands.executeCommand('newsAnnotator.importAnnotations', vscode.Uri.joinPath(dir, 'committee.ann'), article);
      assert.strictEqual((await comparison()).length, 2);
      await vscode.commands.executeCommand('newsAnnotator.clearImported', article);
      assert.deepStrictEqual(await comparison(), []);
    } finally {
      fs.rmSync(dir.fsPath, { recursive: true, force: true });
    }
  });

  test('an export file edited by hand since we wrote it is kept (policy "never") or overwritten (policy "always")', async () => {
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('newsAnnotator');
    const dir = vscode.Uri.joinPath(folder().uri, 'edited');
    const article = vscode.Uri.joinPath(dir, 'a.txt');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('Maria Zakharova said: "We will respond." She spoke in Moscow.'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'b.txt'), new TextEncoder().encode('Turkey shot down a Russian jet in November 2015.'));
    const jsonPath = path.join(dir.fsPath, 'a.annotations.json');
    try {
      await config().update('export.overwriteEdited', 'never', vscode.ConfigurationTarget.Global);
      const first = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.exportJson', article);
      assert.strictEqual(first?.fsPath, jsonPath);
      const again = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.exportJson', article);
      assert.strictEqual(again?.fsPath, jsonPath, 'our own unchanged export is overwritten without asking');
      const handEdited = fs.readFileSync(jsonPath, 'utf8').replace('Maria Zakharova', 'MARIA ZAKHAROVA');
      fs.writeFileSync(jsonPath, handEdited);
      const refused = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.exportJson', article);
      assert.strictEqual(refused, undefined);
      assert.strictEqual(fs.readFileSync(jsonPath, 'utf8'), handEdited, 'the hand edit survives');
      assert.deepStrictEqual(fs.readdirSync(dir.fsPath).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');

      const brat = await vscode.commands.executeCommand<{ exported: string[]; kept: string[] }>('newsAnnotator.exportFolder', dir, 'brat');
      assert.deepStrictEqual(brat?.exported.map((f) => path.basename(f)), ['a.txt', 'b.txt']);
      const annPath = path.join(dir.fsPath, 'a.ann');
      fs.appendFileSync(annPath, '#1\tAnnotatorNotes T1\tchecked by hand\n');
      const corrected = fs.readFileSync(annPath, 'utf8');
      const second = await vscode.commands.executeCommand<{ exported: string[]; kept: string[] }>('newsAnnotator.exportFolder', dir, 'brat');
      assert.deepStrictEqual(second?.exported.map((f) => path.basename(f)), ['b.txt']);
      assert.deepStrictEqual(second?.kept.map((f) => path.basename(f)), ['a.txt']);
      assert.strictEqual(fs.readFileSync(annPath, 'utf8'), corrected);

      await config().update('export.overwriteEdited', 'always', vscode.ConfigurationTarget.Global);
      const forced = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.exportJson', article);
      assert.strictEqual(forced?.fsPath, jsonPath);
      assert.ok(fs.readFileSync(jsonPath, 'utf8').includes('"text": "Maria Zakharova"'), 'overwritten with a fresh export');
    } finally {
      await config().update('export.overwriteEdited', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(dir.fsPath, { recursive: true, force: true });
    }
  });

  test('the walkthrough opens the bundled sample article as an untitled copy, annotated', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.openSample');
    assert.ok(uri);
    try {
      assert.strictEqual(uri.scheme, 'untitled', 'never the installed file itself');
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      assert.ok(document);
      assert.strictEqual(document.getText(), seedText);
      assert.strictEqual(vscode.window.activeTextEditor?.document, document);
      const analysis = await api.whenAnalyzed(uri);
      const karlov = analysis.actors.find((a) => a.name === 'Andrey G. Karlov');
      assert.ok(karlov && karlov.mentionIds.length >= 5, 'the sample is analyzed like the seed');
      const walkthroughs = (ext.packageJSON.contributes.walkthroughs as { steps: unknown[] }[]);
      assert.strictEqual(walkthroughs[0].steps.length, 4);
    } finally {
      // An untitled copy is dirty: revert it, so closing it never asks to save.
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
      if (editor) await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('a name spelled two ways is a Problems warning with quick fixes that make it consistent', async () => {
    const article = vscode.Uri.joinPath(folder().uri, 'spelling.txt');
    const text = 'Recep Tayyip Erdoğan met Vladimir Putin in Ankara. Erdoğan said the talks went well. Later, Mr. Erdogan left.';
    fs.writeFileSync(article.fsPath, text);
    try {
      const editor = await vscode.window.showTextDocument(article);
      const diagnostics = await new Promise<vscode.Diagnostic[]>((resolve) => {
        const found = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(article).filter((d) => d.code === 'spelling-variant');
        if (found().length) return resolve(found());
        const listener = vscode.languages.onDidChangeDiagnostics(() => {
          if (found().length) {
            listener.dispose();
            resolve(found());
          }
        });
      });
      assert.deepStrictEqual(diagnostics.map((d) => [editor.document.getText(d.range), d.severity, d.source]), [['Erdogan', vscode.DiagnosticSeverity.Warning, 'News Annotator']]);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article, diagnostics[0].range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === 'Change to "Erdoğan"');
      assert.ok(fix?.edit, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.strictEqual(editor.document.getText(), text.replace('Mr. Erdogan', 'Mr. Erdoğan'));
      const none = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article, new vscode.Range(0, 0, 0, 5), vscode.CodeActionKind.QuickFix.value);
      assert.ok(!none.some((a) => a.title.startsWith('Change to')), 'no fix where there is no variant');
    } finally {
      await revertDirtyAndCloseAll();
      fs.rmSync(article.fsPath, { force: true });
    }
  });

  test('Filter Actors narrows the Actors tree to matching names, aliases or roles (diacritics ignored), and clearing restores it', async () => {
    const doc = await openSeed();
    await api.whenAnalyzed(doc.uri);
    const all = await waitForTree(api.actorsTree, (r) => r.some((n) => n.label === 'People'));
    assert.deepStrictEqual(all.map((n) => n.label), ['People', 'Organizations', 'Places']);
    try {
      assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.filterActors', 'ERDOĞAN'), 'ERDOĞAN');
      const roots = await children(api.actorsTree);
      assert.deepStrictEqual(roots.map((n) => n.label), ['People']);
      const people = await children(api.actorsTree, roots[0].element);
      assert.deepStrictEqual(people.map((n) => n.label), ['Recep Tayyip Erdogan']);
      await vscode.commands.executeCommand('newsAnnotator.filterActors', 'no such actor');
      assert.deepStrictEqual(await children(api.actorsTree), []);
    } finally {
      await vscode.commands.executeCommand('newsAnnotator.clearActorFilter');
    }
    assert.deepStrictEqual((await children(api.actorsTree)).map((n) => n.label), ['People', 'Organizations', 'Places']);
  });

  test('newsAnnotator.filePatterns annotates files of other languages that match, and only while set', async () => {
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('newsAnnotator');
    const notes = vscode.Uri.joinPath(folder().uri, 'notes.md');
    const text = '# Notes\n\nMaria Zakharova said in Moscow that Russia would respond.\n';
    fs.writeFileSync(notes.fsPath, text);
    const at = text.indexOf('Zakharova') + 2;
    try {
      const doc = await vscode.workspace.openTextDocument(notes);
      await vscode.window.showTextDocument(doc);
      assert.strictEqual(doc.languageId, 'markdown');
      assert.deepStrictEqual(await hoverAt(doc, at), [], 'markdown is not annotated by default');
      await config().update('filePatterns', ['**/*.md'], vscode.ConfigurationTarget.Global);
      const cards = await hoverAt(doc, at);
      assert.ok(cards.some((c) => c.includes('**Maria Zakharova** — person')), JSON.stringify(cards));
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', notes);
      assert.ok((symbols ?? []).some((s) => s.name === 'Maria Zakharova'), 'Outline lists the name');
      await config().update('filePatterns', undefined, vscode.ConfigurationTarget.Global);
      assert.deepStrictEqual(await hoverAt(doc, at), [], 'not annotated once the pattern is gone');
    } finally {
      await config().update('filePatterns', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(notes.fsPath, { force: true });
    }
  });
});
