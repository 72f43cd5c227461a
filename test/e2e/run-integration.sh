#!/usr/bin/env bash
# Integration suite (npm run test:integration): mocha inside the real VS Code
# extension host. Compiles the tests (tsc -> out/), builds dist/ (esbuild), then
# runs out/test/runIntegration.js (@vscode/test-electron runTests). Offline there
# is no desktop VS Code, so runTests launches vscode-test-shim.sh, which runs the
# tests in code-server's extension host; set VSCODE_EXECUTABLE to use a real
# VS Code binary instead. Last line: "N passed, N failed"; exit 1 on failure.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$E2E_REPO_ROOT"
T0=$SECONDS
die() { echo "ERROR: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

# Never skip: without the harness this suite fails.
if [ -z "${VSCODE_EXECUTABLE:-}" ]; then
  e2e_require_harness || die "integration tests not run: harness missing (see above)"
fi
npm run -s compile-tests || die "npm run compile-tests failed"
npm run -s build || die "npm run build failed"
[ -f out/test/runIntegration.js ] || die "out/test/runIntegration.js missing after compile-tests"
LOG="$(mktemp "${TMPDIR:-/tmp}/news-annotator-integration.XXXXXX.log")"
node out/test/runIntegration.js | tee "$LOG"
rc=${PIPESTATUS[0]}
summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$LOG" | tail -1)"
rm -f "$LOG"
e2e_log "integration suite finished rc=$rc in $((SECONDS - T0)) s"
[ -n "$summary" ] || die "runIntegration.js crashed before printing a result (rc=$rc)"
echo "$summary"   # repeated so that it is the last line
[ "$rc" -eq 0 ] && [[ "$summary" == *" 0 failed" ]] || exit 1
