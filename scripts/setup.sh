#!/usr/bin/env bash
# Installs what Roxy and its tests need on a fresh machine: the Python venv the embedded
# interpreter uses (.venv; an installed roxy makes its own, see README "Install"), a second
# venv with the 1.x Python MCP APIs (.venv-mcp1, tests only), the npm peers (tests/peers,
# tests only), and the voice engines (.venv-voice, espeak-ng, the ALSA headers for live audio). Re-running is cheap: each step is
# skipped when its inputs have not changed. Usage: scripts/setup.sh [--runtime-only]
set -euo pipefail
cd "$(dirname "$0")/.."
runtime_only=false
[ "${1:-}" = "--runtime-only" ] && runtime_only=true

step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# make_venv DIR REQUIREMENTS... : creates DIR with python3 and installs the requirement files,
# unless a stamp of their contents says it is already done.
make_venv() {
  local dir=$1; shift
  # One stamp per set of requirement files, so the runtime and the test set do not undo each other.
  local stamp="$dir/.roxy-stamp-$(echo "$*" | sha256sum | cut -c1-12)"
  local want
  want=$(cat "$@" | sha256sum | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  step "Python venv $dir ($*)"
  [ -x "$dir/bin/python" ] || python3 -m venv "$dir"
  local args=()
  for f in "$@"; do args+=(-r "$f"); done
  "$dir/bin/pip" install --quiet --disable-pip-version-check "${args[@]}"
  echo "$want" > "$stamp"
}

# Node peers: tests only (the runtime's servers are built into roxy).
install_peers() {
  local peers_stamp=tests/peers/node_modules/.roxy-stamp
  local peers_want
  peers_want=$(sha256sum tests/peers/package-lock.json | cut -d' ' -f1)
  if [ ! -f "$peers_stamp" ] || [ "$(cat "$peers_stamp")" != "$peers_want" ]; then
    step "npm peers (tests/peers)"
    (cd tests/peers && npm ci --no-audit --no-fund --loglevel=error)
    echo "$peers_want" > "$peers_stamp"
  fi
}

if $runtime_only; then
  make_venv .venv python_servers/requirements.txt
else
  install_peers
  make_venv .venv python_servers/requirements.txt tests/requirements.txt
  make_venv .venv-mcp1 tests/requirements-mcp1.txt
fi

# Voice (README.md, "Voice"): the engines python_servers/roxy_voice.py uses live in their own
# venv, and espeak-ng (Debian) is the speech fallback that needs no model.
make_venv .venv-voice python_servers/requirements.txt python_servers/voice-requirements.txt
if ! command -v espeak-ng >/dev/null 2>&1; then
  step "espeak-ng (apt-get)"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  { "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y --no-install-recommends espeak-ng >/dev/null; } \
    || echo "could not install espeak-ng; voice falls back to Piper only" >&2
fi
# The live microphone and speaker (`cargo build --features live-audio`, cpal) need the ALSA
# headers; scripts/test.sh builds and tests that feature too.
if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists alsa; }; then
  step "libasound2-dev and pkg-config (apt-get), for --features live-audio"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  { "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y --no-install-recommends libasound2-dev pkg-config >/dev/null; } \
    || echo "could not install libasound2-dev; \`--features live-audio\` will not build" >&2
fi

# Only to regenerate tests/privacy/unseen_*.jsonl, decoys_*.jsonl and given_names.txt's census
# section (committed, so tests do not need them): ROXY_PRIVACY_CORPUS=1 scripts/setup.sh, then
# .venv-privacy/bin/python tests/privacy/generate_unseen.py (or generate_decoys.py, or
# census_given_names.py, which also reads wamerican's words).
if [ "${ROXY_PRIVACY_CORPUS:-}" = "1" ]; then
  if [ ! -f /usr/share/dict/words ]; then
    step "wamerican (apt-get), the English words census_given_names.py leaves out"
    sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    { "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y --no-install-recommends wamerican >/dev/null; } \
      || echo "could not install wamerican; tests/privacy/census_given_names.py will not run" >&2
  fi
  corpus_req=tests/privacy/requirements-corpus.txt
  corpus_stamp=.venv-privacy/.roxy-stamp
  corpus_want=$(sha256sum "$corpus_req" | cut -d' ' -f1)
  if [ ! -f "$corpus_stamp" ] || [ "$(cat "$corpus_stamp")" != "$corpus_want" ]; then
    step "Python venv .venv-privacy ($corpus_req, no dependencies of presidio-evaluator)"
    [ -x .venv-privacy/bin/python ] || python3 -m venv .venv-privacy
    .venv-privacy/bin/pip install --quiet --disable-pip-version-check --no-deps -r "$corpus_req"
    echo "$corpus_want" > "$corpus_stamp"
  fi
fi
