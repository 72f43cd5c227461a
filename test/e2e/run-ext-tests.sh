#!/usr/bin/env bash
# In-host integration tests (mocha inside the real Node extension host of the VS
# Code server): the code-server equivalent of launching desktop VS Code with
# --extensionDevelopmentPath/--extensionTestsPath. Normally reached through
# vscode-test-shim.sh from @vscode/test-electron's runTests (test/runIntegration.ts).
#   code-server --vscode-option enable-smoke-test-driver   (lets the built web
#   workbench honour the extensionDevelopmentPath/extensionTestsPath URL payload)
# ext-tests.mjs opens the workbench with that payload and waits for
# window.codeAutomationExit(code). The in-host runner (test/integration/index.ts)
# writes its results to $E2E_RESULTS_FILE (JSON).
# Usage: run-ext-tests.sh [EXT_DEV_DIR] [TESTS_MODULE]
#   E2E_TEST_WORKSPACE=folder to open (default: a fresh workspace holding the seed)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
e2e_require_harness
EXT_DEV="$(realpath "${1:-$E2E_REPO_ROOT}")"
EXT_TESTS="$(realpath "${2:-$E2E_REPO_ROOT/out/test/integration/index.js}")"
T0=$SECONDS
mkdir -p "$E2E_CACHE"
RUN_DIR="$(mktemp -d "$E2E_CACHE/ext-test-run.XXXXXX")"
PORT="${E2E_PORT:-$(e2e_free_port)}"
trap 'e2e_stop_code_server' EXIT; trap 'exit 143' TERM INT
e2e_prepare_run "$RUN_DIR"
WORKSPACE="$(realpath "${E2E_TEST_WORKSPACE:-$RUN_DIR/workspace}")"
export E2E_RESULTS_FILE="${E2E_RESULTS_FILE:-$RUN_DIR/ext-test-results.json}"   # inherited by the extension host

e2e_start_code_server "$RUN_DIR" "$PORT" --vscode-option enable-smoke-test-driver
e2e_log "code-server pid $E2E_SERVER_PID on 127.0.0.1:$PORT ($((SECONDS - T0)) s)"

set +e
( e2e_isolated_env
  E2E_BASE="http://127.0.0.1:$PORT" E2E_WORKSPACE="$WORKSPACE" \
  E2E_EXT_DEV="$EXT_DEV" E2E_EXT_TESTS="$EXT_TESTS" E2E_PROFILE="$RUN_DIR/chromium-profile" \
  node "$E2E_HARNESS_DIR/ext-tests.mjs" )
rc=$?
set -e
[ -f "$E2E_RESULTS_FILE" ] || echo "ERROR: the in-host test runner wrote no results file ($E2E_RESULTS_FILE)" >&2
e2e_stop_code_server
e2e_log "extension tests finished rc=$rc in $((SECONDS - T0)) s"
e2e_cleanup_run "$RUN_DIR" "$rc"
exit $rc
