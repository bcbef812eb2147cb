#!/usr/bin/env bash
# Runs every test: the domain core and app natively, the app in headless Chromium
# (wasm-bindgen-test), then end-to-end tests against the release build served over HTTP.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
ensure_build_tools
ensure_browser

say "1/4 格式检查（cargo fmt --check）"
cargo fmt --all --check

say "2/4 原生测试（cargo test --workspace）"
cargo test --workspace

say "3/4 浏览器内测试（wasm-bindgen-test，无头 Chromium）"
cargo test --target wasm32-unknown-unknown -p bulletin-board --tests

say "4/4 端到端测试（发布版，HTTP，无头 Chromium）"
trunk build --release
node --test tests/e2e/
