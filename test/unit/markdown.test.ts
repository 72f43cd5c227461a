import * as assert from 'assert';
import { escapeMarkdown } from '../../src/extension/markdown';

describe('escapeMarkdown (hover cards)', () => {
  const rows: [string, string][] = [
    ['Andrey G. Karlov', 'Andrey G\\. Karlov'],
    ['[click](command:workbench.action.quit)', '\\[click\\]\\(command\\:workbench\\.action\\.quit\\)'],
    ['<img src=x onerror=alert(1)>', '\\<img src\\=x onerror\\=alert\\(1\\)\\>'],
    ['**bold** _it_ `code` # h', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\# h'],
    ['see https://evil.example/x', 'see https\\:\\/\\/evil\\.example\\/x'],
    ['line one\r\nline two', 'line one line two'],
    ['&amp; \\ ~', '\\&amp\\; \\\\ \\~'],
    ['“curly” — Ünïcödé 😀', '“curly” — Ünïcödé 😀'],
  ];
  for (const [input, expected] of rows) {
    it(`escapes ${JSON.stringify(input)}`, () => assert.strictEqual(escapeMarkdown(input), expected));
  }
  it('keeps ordinary spaces so long sentences wrap', () => {
    assert.ok(!escapeMarkdown('a long sentence here').includes('&nbsp;'));
  });
});
