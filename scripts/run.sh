#!/usr/bin/env bash
# Runs Roxy on the shipped configuration (config/, or the built-in defaults elsewhere).
# Installs what it needs first (the Python venv for the embedded servers),
# builds in release mode, then passes every argument to `roxy`: `scripts/run.sh tools`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --runtime-only
cargo build --release --quiet --bin roxy
exec target/release/roxy "$@"
