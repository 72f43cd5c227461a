import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COLORS, COMMANDS, SAMPLE_ARTICLE, SETTINGS, VIEWS, VIEW_CONTAINER } from '../../src/extension/ids';
import { ROOT } from './helpers';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
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
      const links = [...step.description.matchAll(/\(command:([\w.]+)\)/gu)].map((m) => m[1]);
      assert.ok(links.length >= 1, `${step.id} has a command link`);
      for (const command of links) assert.ok(ours.has(command), `${step.id} links ${command}`);
      for (const event of step.completionEvents) {
        const [kind, id] = event.split(':');
        assert.ok(kind === 'onCommand' ? ours.has(id) : kind === 'onView' && Object.values(VIEWS).includes(id), `${step.id}: ${event}`);
      }
      assert.ok(fs.existsSync(path.join(ROOT, step.media.image)) && ignore.includes(`!${step.media.image}`), `${step.id}: ${step.media.image} ships`);
      assert.ok(step.media.altText.length > 10, `${step.id} has alt text`);
    }
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
