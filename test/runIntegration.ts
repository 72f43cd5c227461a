// Entry point of the integration suite (compiled to out/test/runIntegration.js and
// run by test/e2e/run-integration.sh): the usual @vscode/test-electron runTests().
// This machine is offline, so no desktop VS Code can be downloaded: unless
// VSCODE_EXECUTABLE names a real VS Code binary, runTests() launches
// test/e2e/vscode-test-shim.sh, which runs the same tests inside code-server's
// Node extension host. The in-host runner (test/integration/index.ts) writes the
// results to E2E_RESULTS_FILE; this script prints them and ends with the line
// "N passed, N failed" (exit code 1 on any failure).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

interface Results {
  passed: number;
  failed: number;
  tests: { title: string; state: string; error?: string }[];
  vscodeVersion?: string;
  uiKind?: string;
}

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..', '..');
  const executable = process.env.VSCODE_EXECUTABLE || path.join(root, 'test', 'e2e', 'vscode-test-shim.sh');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-it-'));
  // The workspace is a throw-away copy of seeds/ (tests write export files into it).
  const workspace = path.join(tmp, 'seeds');
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true, filter: (f) => !f.endsWith('.annotations.json') });
  const resultsFile = path.join(tmp, 'results.json');
  const t0 = Date.now();
  let runError: unknown;
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'integration', 'index.js'),
      // The shim ignores the flags; a real VS Code gets isolated profile dirs.
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${path.join(tmp, 'user-data')}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`],
      extensionTestsEnv: { E2E_RESULTS_FILE: resultsFile },
    });
  } catch (err) {
    runError = err;
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  let results: Results | undefined;
  try {
    results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Results;
  } catch {
    results = undefined;
  }
  fs.rmSync(tmp, { recursive: true, force: true });

  if (!results) {
    console.error(`ERROR: the tests never reported (no ${resultsFile}); ${runError instanceof Error ? runError.message : 'no error from runTests'}`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  console.log(`\nintegration tests (VS Code ${results.vscodeVersion ?? '?'}, ${results.uiKind ?? '?'} host) in ${seconds} s:`);
  for (const t of results.tests) console.log(`  ${t.state === 'passed' ? 'ok  ' : 'FAIL'} ${t.title}${t.error ? `\n         ${t.error}` : ''}`);
  let failed = results.failed;
  if (runError && failed === 0) {
    console.error(`ERROR: the test run failed although every test passed: ${runError instanceof Error ? runError.message : String(runError)}`);
    failed = 1;
  }
  console.log(`${results.passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error('ERROR: runIntegration crashed:', err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
