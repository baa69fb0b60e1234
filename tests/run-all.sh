#!/usr/bin/env bash
# `npm test`: every test, from a fresh clone. Unit and integration tests (Vitest),
# then the production build and the end-to-end tests (Playwright, Debian Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 # nothing leaves the machine

ensure_chromium() {
  if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then return; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "› Installing Debian's chromium and fonts for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
  else
    echo "Chromium is missing. Install it, then run the tests again:" >&2
    echo "  sudo apt-get install -y chromium fonts-noto-core   (or set CHROMIUM_PATH)" >&2
    exit 1
  fi
}

ensure_chromium
[ -d app/lib/db/generated ] || npx prisma generate

echo "› Unit and integration tests"
npx vitest run

echo "› Production build (also type-checks every file) and end-to-end tests on a fresh database"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Every journey sends its requests from 127.0.0.1: lift the per-client hourly limit (tested on its own).
export DATABASE_URL="file:$work/e2e.db" NEXT_DIST_DIR=.next-test REQUESTS_PER_HOUR=100000
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts
npx next build >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
npx playwright test
