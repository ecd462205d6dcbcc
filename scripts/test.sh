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
# The live microphone and speaker (cpal, ALSA headers from setup.sh): lints, and the live loop
# through ALSA's file plugin (tests/live_audio.rs).
cargo clippy --all-targets --quiet --features live-audio -- -D warnings
cargo test --no-fail-fast --features live-audio --test live_audio
