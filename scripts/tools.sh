# Installs what building and testing need, each only when missing. Sourced by run.sh and
# test.sh; safe to run again and quick when everything is there. Facts behind the choices
# are in README.md, "工具链" (Trunk 0.21.14, the wasm-bindgen CLI matching Cargo.lock,
# wasm-opt from npm's binaryen 132, Debian's Chromium and ChromeDriver).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
# Trunk must never try to download tools (no network but package registries here).
export TRUNK_OFFLINE=true

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "安装 Rust 目标 wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "安装 Trunk $TRUNK_VERSION（约 6 分钟）"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  # The CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
  local want
  want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"
  if [ -z "$want" ]; then
    echo "Cargo.lock 中找不到 wasm-bindgen 版本" >&2
    exit 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    say "安装 wasm-bindgen-cli $want（约 2 分钟）"
    # Not --locked: one of its locked dependencies is no longer in the registry.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_node_tools() {
  # wasm-opt (binaryen 132; Debian's 108 breaks the page) and playwright-core.
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/playwright-core" ] \
    || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "安装 npm 工具（binaryen、playwright-core）"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

ensure_browser() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  # Chinese glyphs for screenshots.
  [ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    say "安装 ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
  fi
  export CHROMEDRIVER=/usr/bin/chromedriver
  export CHROMIUM=/usr/bin/chromium
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_node_tools
}
