#!/usr/bin/env bash
# Runs every test: installs what the tests need (venvs, npm peers), checks formatting and lints,
# then runs the unit and integration tests against the real peers. Benchmarks are separate:
# `cargo bench` (see README, "Benchmarks").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo fmt --all -- --check
cargo clippy --all-targets --quiet -- -D warnings
cargo test --no-fail-fast
