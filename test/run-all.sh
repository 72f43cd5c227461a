#!/usr/bin/env bash
# `npm test`: runs every suite, even after one fails, and sums their counts.
#   unit         npm run test:unit         (mocha spec reporter: "N passing" / "N failing")
#   integration  npm run test:integration  (mocha in the VS Code extension host: "N passed, N failed")
#   browser      npm run test:browser      (VSIX in code-server + Chromium: "N passed, N failed")
# A suite that ends without a count counts as 1 failed; a non-zero exit adds 1
# failure if its count showed none. The last line is "N passed, N failed";
# exit 1 if anything failed. TEST_SUITES="unit integration" runs a subset.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SUITES="${TEST_SUITES:-unit integration browser}"
SUITE_TIMEOUT="${TEST_SUITE_TIMEOUT_S:-1500}"   # a hung suite must not hang CI
LOGDIR="$(mktemp -d "${TMPDIR:-/tmp}/news-annotator-tests.XXXXXX")"
total_passed=0 total_failed=0 summary=()

for suite in $SUITES; do
  log="$LOGDIR/$suite.log" t0=$SECONDS
  echo "=== $suite tests (npm run test:$suite)"
  timeout --kill-after=30 "$SUITE_TIMEOUT" npm run -s "test:$suite" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  passed="" failed=""
  if [ "$suite" = unit ]; then
    passed="$(sed -nE 's/^ *([0-9]+) passing.*/\1/p' "$log" | tail -1)"
    failed="$(sed -nE 's/^ *([0-9]+) failing.*/\1/p' "$log" | tail -1)"
    [ -z "$passed" ] || failed="${failed:-0}"
  else
    line="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)"
    [ -z "$line" ] || { passed="${line%% passed*}"; failed="${line#*, }"; failed="${failed%% failed}"; }
  fi
  note=""
  if [ -z "$passed" ]; then passed=0 failed=1 note=" (no count: crashed, rc=$rc)"
  elif [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1 note=" (exit code $rc)"; fi
  [ "$rc" -ne 124 ] || note="$note (timed out after ${SUITE_TIMEOUT} s)"
  total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed))
  summary+=("$(printf '  %-12s %4d passed %4d failed  %4d s%s' "$suite" "$passed" "$failed" "$((SECONDS - t0))" "$note")")
done

rm -rf "$LOGDIR"
echo "=== summary"
printf '%s\n' "${summary[@]}"
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
