#!/usr/bin/env bash
# Installs what the editor tests need, idempotently, outside the repository:
#   - Debian packages (build-essential pkg-config python3 libkrb5-dev ripgrep chromium neovim, and
#     a small CJK font so that screenshots show the plan's Chinese instead of boxes),
#     only those missing, with one `apt-get update`, and only when running as root;
#   - code-server 4.100.3 (VS Code 1.100.3) from npm into $PLANLENS_EDITOR_CACHE (default
#     ~/.cache/planlens-editor), with the work-arounds this offline machine needs (see
#     ../shared/notes/real-editor-testing.md): a ripgrep download cache made from /usr/bin/rg,
#     npm_config_unsafe_perm=true, npm_config_yes=true and a private TMPDIR.
# Never touches the project's node_modules, so `npm install` of the project stays fast.
#
# Prints one `name=value` line per tool on stdout at the end (also written to $CACHE/env), and
# exits 0 when everything is there, 3 when something cannot be installed here (no root, no network,
# an apt or npm failure): callers turn 3 into a loud skip. Timings go to stderr.
set -uo pipefail

CODE_SERVER_VERSION=4.100.3
RG_CACHE_NAME=vscode-ripgrep-cache-1.15.11
RG_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
CACHE="${PLANLENS_EDITOR_CACHE:-$HOME/.cache/planlens-editor}"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
mkdir -p "$CACHE"

log() { printf '[editor-setup] %s\n' "$*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
missing=()   # what could not be installed, for the skip message

# --- Debian packages -------------------------------------------------------------------------
# package → a file that proves it is installed (cheaper and surer than dpkg queries).
declare -A PROOF=(
  [build-essential]=/usr/bin/g++
  [pkg-config]=/usr/bin/pkg-config
  [python3]=/usr/bin/python3
  [libkrb5-dev]=/usr/include/gssapi/gssapi.h
  [ripgrep]=/usr/bin/rg
  [chromium]=/usr/bin/chromium
  [neovim]=/usr/bin/nvim
  [fonts-wqy-microhei]=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
)
want=()
for p in "${!PROOF[@]}"; do
  [ -e "${PROOF[$p]}" ] || want+=("$p")
done
if [ ${#want[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "not root: cannot apt-get install ${want[*]}"
    missing+=("${want[@]}")
  else
    t=$(now)
    log "apt-get update (once), then install: ${want[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -qq >"$CACHE/apt.log" 2>&1 &&
       apt-get install -y -qq --no-install-recommends "${want[@]}" >>"$CACHE/apt.log" 2>&1; then
      log "apt: $(since "$t") s"
    else
      log "apt failed after $(since "$t") s (log: $CACHE/apt.log):"
      tail -5 "$CACHE/apt.log" >&2
    fi
    for p in "${want[@]}"; do [ -e "${PROOF[$p]}" ] || missing+=("$p"); done
  fi
else
  log "Debian packages: all present"
fi

# --- code-server -----------------------------------------------------------------------------
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
if [ -f "$CS_DIR/.complete" ] && [ -f "$CS_BIN" ]; then
  log "code-server $CODE_SERVER_VERSION: cached in $CS_DIR"
elif [ ! -x /usr/bin/rg ] || [ ! -e /usr/include/gssapi/gssapi.h ] || [ ! -x /usr/bin/g++ ]; then
  log "code-server needs ripgrep, libkrb5-dev and build-essential first"
  missing+=("code-server")
else
  t=$(now)
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (about a minute, 300 MB)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR/tmp/$RG_CACHE_NAME"
  # @vscode/ripgrep's postinstall downloads from GitHub unless its cache already has the tarball:
  # give it Debian's rg under the name it expects.
  tar -czf "$CS_DIR/tmp/$RG_CACHE_NAME/$RG_TARBALL" -C /usr/bin rg
  printf '{ "name": "planlens-editor-tools", "private": true }\n' >"$CS_DIR/package.json"
  if (cd "$CS_DIR" && TMPDIR="$CS_DIR/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
        npm_config_fund=false npm_config_audit=false \
        npm install --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION" >"$CACHE/code-server-install.log" 2>&1) &&
     [ -f "$CS_BIN" ]; then
    touch "$CS_DIR/.complete"
    log "code-server: $(since "$t") s"
  else
    log "code-server install failed after $(since "$t") s (log: $CACHE/code-server-install.log):"
    tail -15 "$CACHE/code-server-install.log" >&2
    missing+=("code-server")
  fi
fi

# --- report ----------------------------------------------------------------------------------
{
  echo "cache=$CACHE"
  echo "code_server=$CS_DIR/node_modules/.bin/code-server"
  echo "chromium=/usr/bin/chromium"
  echo "nvim=/usr/bin/nvim"
  echo "missing=${missing[*]:-}"
} | tee "$CACHE/env"
if [ ${#missing[@]} -gt 0 ]; then
  log "cannot install: ${missing[*]}"
  exit 3
fi
exit 0
