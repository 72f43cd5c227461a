// Test entry loaded by the extension host (--extensionTestsPath / code-server's
// extensionTestsPath payload). Runs every out/test/integration/*.test.js with
// mocha *inside* the extension host (real `vscode` API) and writes a JSON summary
// to $E2E_RESULTS_FILE, because a browser/remote host only reports an exit code.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

/**
 * One plain line per test. (In code-server the host's console reaches the harness
 * through the workbench log, which drops printf formatting: mocha's spec reporter
 * would print "✔ %s (%dms)".)
 */
class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.on('pass', (t) => console.log(`  ✔ ${t.fullTitle()} (${t.duration ?? 0} ms)`));
    runner.on('fail', (t, err: unknown) => console.log(`  ✘ ${t.fullTitle()}\n      ${err instanceof Error ? err.stack ?? err.message : String(err)}`));
  }
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: LineReporter });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const resultsFile = process.env.E2E_RESULTS_FILE || path.join(os.tmpdir(), 'news-annotator-integration-results.json');
  const results: TestResult[] = [];

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = results.filter((r) => r.state === 'passed').length;
      // No test files, or nothing ran, is a failure too.
      const failed = files.length === 0 || passed + failures === 0 ? Math.max(failures, 1) : failures;
      if (files.length === 0) results.push({ title: `no *.test.js in ${__dirname}`, state: 'failed' });
      const summary = {
        passed,
        failed,
        tests: results,
        vscodeVersion: vscode.version,
        uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
        remoteName: vscode.env.remoteName ?? null,
      };
      fs.writeFileSync(resultsFile, JSON.stringify(summary, null, 2));
      console.log(`${passed} passed, ${failed} failed`);
      if (failed > 0) reject(new Error(`${failed} tests failed.`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err: unknown) => results.push({
      title: t.fullTitle(),
      state: 'failed',
      error: err instanceof Error ? err.message : String(err),
    }));
  });
}
