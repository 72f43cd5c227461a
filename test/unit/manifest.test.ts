import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COLORS, COMMANDS, SAMPLE_ARTICLE, SETTINGS, VIEWS, VIEW_CONTAINER } from '../../src/extension/ids';
import { ROOT } from './helpers';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
/** A manifest string as VS Code shows it: "%key%" looked up in package.nls.json. */
const shown = (value: string): string => value.replace(/^%(.+)%$/u, (_, key: string) => nls[key] ?? `MISSING ${key}`);
const sorted = (values: Iterable<string>): string[] => [...values].sort();

describe('package.json manifest', () => {
  it('contributes exactly the ids defined in src/extension/ids.ts', () => {
    assert.deepStrictEqual(sorted(manifest.contributes.commands.map((c: { command: string }) => c.command)), sorted(Object.values(COMMANDS)));
    assert.deepStrictEqual(sorted(manifest.contributes.views[VIEW_CONTAINER].map((v: { id: string }) => v.id)), sorted(Object.values(VIEWS)));
    assert.deepStrictEqual(sorted(manifest.contributes.colors.map((c: { id: string }) => c.id)), sorted(Object.values(COLORS)));
    assert.deepStrictEqual(sorted(Object.keys(manifest.contributes.configuration.properties)), sorted(Object.values(SETTINGS)));
  });

  it('never activates on "*" and matches engines.vscode to @types/vscode', () => {
    assert.ok(!(manifest.activationEvents ?? []).includes('*'));
    assert.ok(!(manifest.activationEvents ?? []).includes('onStartupFinished'));
    // At startup only where articles are (the engine then loads before the first one opens).
    assert.deepStrictEqual(manifest.activationEvents, ['workspaceContains:**/*.txt', 'workspaceContains:**/*.news']);
    assert.strictEqual(manifest.contributes.configuration.properties[SETTINGS.preloadEngine].default, true);
    const types = manifest.devDependencies['@types/vscode'];
    assert.strictEqual(manifest.engines.vscode, `^${types}`);
    assert.strictEqual(manifest.main, './dist/extension.js');
    assert.strictEqual(manifest.bin['news-annotator'], 'dist/cli.js');
  });

  it('gives every colour light, dark and high-contrast defaults', () => {
    for (const color of manifest.contributes.colors) {
      assert.deepStrictEqual(Object.keys(color.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light'], color.id);
    }
  });

  it('has a walkthrough of at most 4 steps whose links and completion events name our commands and whose images ship', () => {
    const [walkthrough, ...others] = manifest.contributes.walkthroughs;
    assert.strictEqual(others.length, 0);
    assert.ok(walkthrough.steps.length >= 1 && walkthrough.steps.length <= 4, `${walkthrough.steps.length} steps`);
    const ours = new Set<string>(Object.values(COMMANDS));
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes(`!${SAMPLE_ARTICLE}`), 'the sample article ships in the VSIX');
    for (const step of walkthrough.steps) {
      const links = [...shown(step.description).matchAll(/\(command:([\w.]+)\)/gu)].map((m) => m[1]);
      assert.ok(links.length >= 1, `${step.id} has a command link`);
      for (const command of links) assert.ok(ours.has(command), `${step.id} links ${command}`);
      for (const event of step.completionEvents) {
        const [kind, id] = event.split(':');
        assert.ok(kind === 'onCommand' ? ours.has(id) : kind === 'onView' && Object.values(VIEWS).includes(id), `${step.id}: ${event}`);
      }
      assert.ok(fs.existsSync(path.join(ROOT, step.media.image)) && ignore.includes(`!${step.media.image}`), `${step.id}: ${step.media.image} ships`);
      assert.ok(shown(step.media.altText).length > 10, `${step.id} has alt text`);
    }
  });

  it('takes every user-facing manifest string from package.nls.json, and that file has no unused keys', () => {
    const raw = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const used = new Set([...raw.matchAll(/"%([\w.-]+)%"/gu)].map((m) => m[1]));
    assert.deepStrictEqual([...used].filter((key) => !(key in nls)), [], 'keys missing from package.nls.json');
    assert.deepStrictEqual(Object.keys(nls).filter((key) => !used.has(key)), [], 'unused keys in package.nls.json');
    for (const command of manifest.contributes.commands) assert.match(command.title, /^%command\./u, command.command);
    for (const [key, setting] of Object.entries<{ description?: string; markdownDescription?: string }>(manifest.contributes.configuration.properties)) {
      assert.match(setting.description ?? setting.markdownDescription ?? '', /^%setting\./u, key);
    }
    assert.strictEqual(shown(manifest.contributes.commands.find((c: { command: string }) => c.command === COMMANDS.exportJson).title), 'Export Annotations to JSON');
    assert.ok(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').includes('!package.nls.json'), 'package.nls.json ships');
  });

  it('ships an allow-list .vscodeignore without node_modules', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.strictEqual(ignore[0], '**');
    assert.ok(ignore.includes('!dist/extension.js') && ignore.includes('!dist/worker.js'));
    assert.ok(!ignore.some((line) => line.includes('node_modules')));
  });
});

describe('layering', () => {
  it('keeps src/core free of vscode, Node I/O and the extension layer', () => {
    const dir = path.join(ROOT, 'src', 'core');
    for (const file of fs.readdirSync(dir)) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const imports = [...source.matchAll(/from\s+'([^']+)'/gu)].map((m) => m[1]);
      for (const name of imports) {
        assert.ok(!['vscode', 'fs', 'node:fs', 'child_process', 'node:child_process', 'worker_threads'].includes(name), `${file} imports ${name}`);
        assert.ok(!name.includes('extension'), `${file} imports ${name}`);
      }
      if (file !== 'nlp.ts') assert.ok(!imports.includes('compromise'), `${file} imports compromise (only nlp.ts may)`);
    }
  });
});

describe('l10n', () => {
  it('passes every notification, quick-pick title, input prompt and tree message of the extension layer through vscode.l10n.t', () => {
    const dir = path.join(ROOT, 'src', 'extension');
    const raw = /(show(?:Error|Warning|Information)Message\(\s*|(?:title|prompt|placeHolder|message|tooltip|label): |new vscode\.(?:TreeItem|CodeAction)\()['`][A-Z]/gu;
    const offenders: string[] = [];
    for (const file of fs.readdirSync(dir)) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of source.matchAll(raw)) {
        const snippet = source.slice(m.index, m.index! + 60);
        // Names are not translated: the product and the export formats.
        if (!/'(News Annotator|JSON|W3C Web Annotation)'/u.test(snippet)) offenders.push(`${file}: ${snippet}`);
      }
    }
    assert.deepStrictEqual(offenders, []);
  });
});
