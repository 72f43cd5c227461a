#!/usr/bin/env bash
# A stand-in "VS Code executable" for @vscode/test-electron's
#   runTests({ vscodeExecutablePath: '<this file>', extensionDevelopmentPath, extensionTestsPath, launchArgs: [folder] })
# (no desktop VS Code/Electron binary can be installed offline). It takes the
# desktop CLI's test arguments and runs the same tests in the Node extension
# host of code-server (via run-ext-tests.sh); its exit code is the tests' exit
# code, so runTests() resolves/rejects as it would with Electron.
set -euo pipefail
HERE="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
dev="" tests="" folder=""
for a in "$@"; do
  case "$a" in
    --extensionDevelopmentPath=*) [ -z "$dev" ] || { echo "shim: only one extensionDevelopmentPath supported" >&2; exit 2; }; dev="${a#*=}" ;;
    --extensionTestsPath=*) tests="${a#*=}" ;;
    --*) ;;   # desktop-only flags: --no-sandbox, --disable-updates, --user-data-dir=..., --extensions-dir=...
    *) folder="$a" ;;
  esac
done
[ -n "$dev" ] && [ -n "$tests" ] || { echo "shim: need --extensionDevelopmentPath= and --extensionTestsPath=" >&2; exit 2; }
[ -e "$tests" ] || [ -e "$tests.js" ] || { echo "shim: tests module not found: $tests" >&2; exit 2; }
[ -e "$tests" ] || tests="$tests.js"
if [ -n "$folder" ]; then export E2E_TEST_WORKSPACE="$folder"; fi
exec bash "$HERE/run-ext-tests.sh" "$dev" "$tests"
