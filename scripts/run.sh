#!/usr/bin/env bash
# Builds the release app and serves it on http://127.0.0.1:8080 (PORT overrides).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
ensure_build_tools
say "构建发布版（trunk build --release）"
trunk build --release
say "启动本地服务"
exec node scripts/serve.mjs dist "${PORT:-8080}"
