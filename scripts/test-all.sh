#!/usr/bin/env bash
# Runs every test: unit tests (Vitest, Node) and end-to-end tests (Vitest + playwright-core driving
# Chromium, and puppeteer-core driving Firefox ESR for the cross-browser core paths, each with the
# built extension). Prints one closing line "N passed, N failed" and exits non-zero on any failure.
# Build first (`npm run build`): e2e tests load `.output/chrome-mv3` and `.output/firefox-mv3`.
set -u
cd "$(dirname "$0")/.."
out=.tmp/test-results
mkdir -p "$out"
status=0

chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  echo "Chromium is missing ($chromium_bin): the end-to-end tests need it."
  echo "Install it with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH)"
  echo "0 passed, 1 failed"
  exit 1
fi
firefox_bin="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ ! -x "$firefox_bin" ]; then
  echo "Firefox is missing ($firefox_bin): the cross-browser end-to-end tests need it."
  echo "Install it with: sudo apt-get install -y firefox-esr   (or set FIREFOX_PATH)"
  echo "0 passed, 1 failed"
  exit 1
fi
for build in chrome-mv3 firefox-mv3; do
  if [ ! -f ".output/$build/manifest.json" ]; then
    echo "No built extension in .output/$build: run \`npm run build\` first."
    echo "0 passed, 1 failed"
    exit 1
  fi
done

npx vitest run --reporter=default --reporter=json --outputFile.json="$out/unit.json" || status=1
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$out/e2e.json" || status=1

node scripts/test-summary.mjs "$out/unit.json" "$out/e2e.json" || status=1
exit $status
