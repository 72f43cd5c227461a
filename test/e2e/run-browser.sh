#!/usr/bin/env bash
# Browser end-to-end suite (npm run test:browser): packages the extension
# (npm run package -> ./news-annotator.vsix), installs the VSIX into a fresh
# code-server (--install-extension), serves a workspace holding the seed article
# on 127.0.0.1 and lets ui-steps.mjs drive headless Chromium through steps (a)-(d).
# E2E_VSIX=<file> tests a prebuilt VSIX instead. Screenshots: $E2E_SHOTS_DIR. Last line: "N passed, N failed"; exit 1 on failure.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$E2E_REPO_ROOT"
T0=$SECONDS
die() { echo "ERROR: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

e2e_require_harness || die "browser tests not run: harness missing (see above)"
if [ -n "${E2E_VSIX:-}" ]; then
  VSIX="$(realpath "$E2E_VSIX")"   # test a prebuilt VSIX instead of packaging the repo
else
  npm run -s package || die "npm run package failed"
  VSIX="$E2E_REPO_ROOT/news-annotator.vsix"
fi
[ -f "$VSIX" ] || die "npm run package did not produce $VSIX"
e2e_log "packaged $(basename "$VSIX") ($(du -k "$VSIX" | cut -f1) KiB) in $((SECONDS - T0)) s"
# The package itself is a checked result: at most 1.5 MB, compromise bundled, no node_modules inside.
vsix_bytes=$(stat -c %s "$VSIX")
vsix_list="$(unzip -l "$VSIX")"
if [ "$vsix_bytes" -le 1572864 ] && ! grep -q node_modules <<<"$vsix_list" && grep -q 'extension/dist/worker.js' <<<"$vsix_list"; then
  echo "ok   VSIX is $vsix_bytes bytes (limit 1572864), bundles dist/worker.js, ships no node_modules"; pkg_failed=0
else
  echo "FAIL VSIX is $vsix_bytes bytes (limit 1572864) or ships node_modules / lacks dist/worker.js"; pkg_failed=1
fi

mkdir -p "$E2E_CACHE"
RUN_DIR="$(mktemp -d "$E2E_CACHE/ui-run.XXXXXX")"
PORT="${E2E_PORT:-$(e2e_free_port)}"
trap 'e2e_stop_code_server' EXIT; trap 'exit 143' TERM INT
e2e_prepare_run "$RUN_DIR"

( e2e_isolated_env
  "$E2E_NODE_BIN/node" "$E2E_CODE_SERVER" --user-data-dir "$RUN_DIR/user-data" \
    --extensions-dir "$RUN_DIR/extensions" --install-extension "$VSIX" ) > "$RUN_DIR/install-extension.log" 2>&1 \
  || { cat "$RUN_DIR/install-extension.log" >&2; die "code-server --install-extension failed"; }
e2e_log "installed: $(tail -1 "$RUN_DIR/install-extension.log")"

e2e_start_code_server "$RUN_DIR" "$PORT" "$RUN_DIR/workspace" || die "code-server did not start (log: $RUN_DIR/code-server.log)"
e2e_log "code-server pid $E2E_SERVER_PID on 127.0.0.1:$PORT ($((SECONDS - T0)) s)"

( e2e_isolated_env
  E2E_URL="http://127.0.0.1:$PORT/?folder=$RUN_DIR/workspace" E2E_WORKSPACE="$RUN_DIR/workspace" \
  E2E_PROFILE="$RUN_DIR/chromium-profile" E2E_RESULTS="$RUN_DIR/ui-results.json" E2E_USER_DATA="$RUN_DIR/user-data" \
  node "$E2E_HARNESS_DIR/ui-steps.mjs" ) | tee "$RUN_DIR/ui-steps.log"
rc=${PIPESTATUS[0]}
e2e_stop_code_server
# ui-steps.mjs printed the count line; repeat it last so nothing follows it.
summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$RUN_DIR/ui-steps.log" | tail -1)"
e2e_log "browser suite finished rc=$rc in $((SECONDS - T0)) s; screenshots in $E2E_SHOTS_DIR"
e2e_cleanup_run "$RUN_DIR" "$rc"
[ -n "$summary" ] || die "ui-steps.mjs crashed before printing a result (rc=$rc)"
passed=$(( ${summary%% passed*} + 1 - pkg_failed ))
failed=$(( $(sed -E 's/.* ([0-9]+) failed/\1/' <<<"$summary") + pkg_failed ))
echo "$passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ] || exit 1
