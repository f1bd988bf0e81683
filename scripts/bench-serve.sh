#!/usr/bin/env bash
# The hook server's figures (issue 11), in one run on this machine:
#  1. latency of a 1 MB bundle at concurrency 1 against the same work done in-process
#     (hash, check, write the report set, record in the ledger), and p99 at 1, 8 and 32;
#  2. requests/s for 100 KB bundles at concurrency 1 and 8, beside spawning
#     `intake check --out` once per upload (sequentially and two at a time);
#  3. resident memory after 1,000 and after 10,000 requests;
#  4. peak resident memory while 32 uploads of 50 MB arrive at once.
# Every request posts a distinct bundle (repeats would be answered from the ledger).
# Usage: scripts/bench-serve.sh [REQUESTS_1MB=200] [REQUESTS_100KB=2000]
# SECTIONS="1 2 3 4" (the default) chooses the parts to run.
set -euo pipefail
cd "$(dirname "$0")/.."
n1=${1:-200}
n100=${2:-2000}
dir="${BENCH_DIR:-/tmp/intake-bench}/serve"
mkdir -p "$dir"
swift build -c release --product intake-pdf-helper >&2
swift build -c release --product intake >&2
swift build -c release --product intake-bench >&2
bin=.build/release
intake="$bin/intake"
bench="$bin/intake-bench"

corpus() { # NAME COUNT KB
  local d="$dir/$1"
  if [ "$(ls "$d" 2>/dev/null | wc -l)" -lt "$2" ]; then
    rm -rf "$d"
    "$bench" serve generate --out "$d" --bundles "$2" --kb "$3" --prefix "$1" >&2
  fi
  echo "$d"
}

pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
start() { # DATA → sets $address and $pid
  rm -rf "$1"
  "$intake" serve --port 0 --data "$1" --queue 1000 > "$1.out" 2> "$1.err" &
  pid=$!
  for _ in $(seq 1 300); do grep -q 'listening on' "$1.out" 2>/dev/null && break; sleep 0.1; done
  address="$(sed -n 's/.*listening on //p' "$1.out")"
  [ -n "$address" ] || { echo "bench-serve: the server did not start:" >&2; cat "$1.err" >&2; exit 1; }
}
stop() { kill -TERM "$pid"; wait "$pid" || true; }
rss() { awk '/^VmRSS/ {print $2}' "/proc/$pid/status"; }
hwm() { awk '/^VmHWM/ {print $2}' "/proc/$pid/status"; }
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }

sections=" ${SECTIONS:-1 2 3 4} "
if [[ $sections == *" 1 "* ]]; then
echo "== 1. latency, 1 MB bundles"
inproc=$("$bench" serve in-process --corpus "$(corpus mb1-a "$n1" 1024)" --requests "$n1")
echo "in-process: $inproc"
for c in 1 8 32; do
  start "$dir/data-lat-$c"
  out=$("$bench" serve load --url "$address" --corpus "$(corpus mb1-c$c "$n1" 1024)" --concurrency "$c")
  echo "server c=$c: $out"
  [ "$c" = 1 ] && p50_1=$(field "$out" p50Ms)
  stop
done
echo "p50 server / in-process: $(python3 -c "print(round($p50_1 / $(field "$inproc" p50Ms), 2))") (target <= 1.2)"

fi

if [[ $sections == *" 2 "* ]]; then
echo "== 2. requests/s, 100 KB bundles"
for c in 1 8; do
  start "$dir/data-rps-$c"
  out=$("$bench" serve load --url "$address" --corpus "$(corpus kb100-c$c "$n100" 100)" --concurrency "$c")
  echo "server c=$c: $out"
  eval "rps_$c=$(field "$out" requestsPerSecond)"
  stop
done
spawn_corpus="$(corpus kb100-spawn 200 100)"
rm -rf "$dir/spawn-out"
t0=$(date +%s.%N)
for f in "$spawn_corpus"/*.zip; do "$intake" check "$f" --out "$dir/spawn-out" --format json > /dev/null || true; done
t1=$(date +%s.%N)
spawn1=$(python3 -c "print(round(200 / ($t1 - $t0), 1))")
rm -rf "$dir/spawn-out"
t0=$(date +%s.%N)
ls "$spawn_corpus"/*.zip | xargs -P 2 -I{} sh -c "'$intake' check '{}' --out '$dir/spawn-out' --format json > /dev/null || true"
t1=$(date +%s.%N)
spawn2=$(python3 -c "print(round(200 / ($t1 - $t0), 1))")
echo "spawning intake check per upload: $spawn1 req/s (one at a time), $spawn2 req/s (two at a time)"
python3 -c "print('server c=1 / spawn:', round($rps_1 / $spawn1, 1), '  server c=8 / spawn x2:', round($rps_8 / $spawn2, 1), '(target >= 10)  c=8 / c=1:', round($rps_8 / $rps_1, 2), '(target >= 1.8)')"

fi

if [[ $sections == *" 3 "* ]]; then
echo "== 3. memory over 10,000 requests (50 KB bundles)"
start "$dir/data-mem"
small="$(corpus kb50-mem 10000 50)"
rm -rf "$dir/kb50-first" && mkdir -p "$dir/kb50-first"
ls "$small" | sed -n 1,1000p | while read -r f; do ln -sf "$small/$f" "$dir/kb50-first/$f"; done
"$bench" serve load --url "$address" --corpus "$dir/kb50-first" --concurrency 8 > /dev/null
after1k=$(rss)
"$bench" serve load --url "$address" --corpus "$small" --concurrency 8 > /dev/null  # the first 1,000 replayed, 9,000 new
after10k=$(rss)
echo "RSS after 1,000 requests: $((after1k / 1024)) MB; after 11,000: $((after10k / 1024)) MB; growth $(((after10k - after1k) / 1024)) MB (target <= 10)"
stop

fi

if [[ $sections == *" 4 "* ]]; then
echo "== 4. 32 concurrent 50 MB uploads"
start "$dir/data-big"
before=$(rss)
out=$("$bench" serve load --url "$address" --corpus "$(corpus mb50 32 51200)" --concurrency 32)
echo "server c=32: $out"
echo "peak RSS: $(($(hwm) / 1024)) MB (idle before: $((before / 1024)) MB; target < 400)"
stop
fi
