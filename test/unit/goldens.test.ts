import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle, codePointOffsets, EXPORT_EXTENSIONS, renderExport } from '../../src/core';
import type { ExportFormat } from '../../src/core';
import { version } from '../../package.json';
import { ROOT, SEED_PATH } from './helpers';

// Golden files for every export format, on the seed and on a text with emoji, a skin-tone modifier
// and CRLF line ends. UPDATE_GOLDENS=1 (npm run update-goldens) rewrites them; review the diff.
const DIR = path.join(ROOT, 'test', 'fixtures', 'goldens');
const ARTICLES: [string, string][] = [
  ['karlov-assassination-ankara', SEED_PATH],
  ['emoji-crlf', path.join(DIR, 'emoji-crlf.txt')],
];
const FORMATS: ExportFormat[] = ['json', 'w3c', 'brat'];
const stable = (text: string): string => text.split(`"${version}"`).join('"VERSION"');

describe('golden exports (json, w3c, brat) on the seed and an emoji + CRLF text', () => {
  for (const [name, file] of ARTICLES) {
    const text = fs.readFileSync(file, 'utf8');
    const analysis = analyzeArticle(text, { articleDate: '2016-12-19' });
    for (const format of FORMATS) {
      it(`${name}${EXPORT_EXTENSIONS[format]} equals its golden file`, () => {
        const rendered = renderExport(format, text, analysis, { path: `${name}.txt`, source: `file:///articles/${name}.txt`, created: '2016-12-19T12:00:00Z' });
        const golden = path.join(DIR, `${name}${EXPORT_EXTENSIONS[format]}`);
        if (process.env.UPDATE_GOLDENS === '1') fs.writeFileSync(golden, stable(rendered));
        assert.strictEqual(stable(rendered), fs.readFileSync(golden, 'utf8'));
      });
    }
  }

  it('the emoji + CRLF text really has surrogate pairs and CRLF, and its brat offsets are code points', () => {
    const text = fs.readFileSync(path.join(DIR, 'emoji-crlf.txt'), 'utf8');
    assert.ok(text.includes('\r\n') && text.length > [...text].length, 'CRLF and surrogate pairs');
    const ann = fs.readFileSync(path.join(DIR, `emoji-crlf${EXPORT_EXTENSIONS.brat}`), 'utf8');
    const zakharova = ann.split('\n').find((line) => line.endsWith('\tMaria Zakharova'));
    assert.ok(zakharova, ann);
    const [start, end] = zakharova.split('\t')[1].split(' ').slice(1).map(Number);
    const unit = text.indexOf('Maria Zakharova');
    assert.deepStrictEqual([start, end], [codePointOffsets(text)(unit), codePointOffsets(text)(unit + 15)]);
    assert.strictEqual(start, unit - 1, 'the emoji is two UTF-16 units but one code point');
  });
});
