#!/usr/bin/env bash
# Peak memory of serve through one reload: serve a folder, wait for its
# briefing, add one article, wait for the reload, and print the process's
# peak resident set (VmHWM) and its resident set before the reload. The
# reload builds the next briefing beside the one it serves, through the
# Builder that remembers every article's reading: the most memory serve holds.
#
#   scripts/serve_peak.sh /tmp/mix10      # after scale_corpus.py mixed 10 /tmp/mix10
#
# The folder is copied, so it is left as it was. Linux only (/proc).
set -euo pipefail
folder=${1:?usage: serve_peak.sh FOLDER [BINARY]}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${2:-}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -z "$bin" ]; then
  bin=$work/briefbot
  (cd "$root" && go build -o "$bin" ./cmd/briefbot)
fi
cp -r "$folder" "$work/seeds"
mkdir "$work/state"
BRIEFBOT_STATE_DIR="$work/state" "$bin" serve --seeds "$work/seeds" --addr 127.0.0.1:0 >"$work/log" 2>&1 &
pid=$!
wait_for() {
  for _ in $(seq 600); do
    grep -q "$1" "$work/log" && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$work/log"; exit 1; }
    sleep 0.5
  done
  echo "no '$1' in the log after 5 minutes" >&2
  exit 1
}
wait_for "articles loaded"
before=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
# One article more: the first file found, under a new name.
first=$(find "$work/seeds" -name '*.txt' -print -quit)
cp "$first" "$(dirname "$first")/zz-added-$(date +%s).txt"
wait_for "articles reloaded"
sleep 2
peak=$(awk '/VmHWM/{print $2}' /proc/$pid/status)
echo "$(grep -o 'articles=[0-9]*' "$work/log" | tail -1) rss_before_reload_kb=$before peak_rss_kb=$peak"
