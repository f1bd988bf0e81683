#!/usr/bin/env bash
# The shared ledger's cost and scaling, on this machine, release build:
#   1. the ledger's cost per bundle: the same small-bundle corpus decided with SQLite and
#      with PostgreSQL on loopback (`--jobs 2`, one process), wall and CPU per bundle, and
#      the report bytes compared;
#   2. workers on one PostgreSQL ledger: 1, 2 and 4 `intake run --jobs 1` processes over the
#      same inbox, bundles per second (each into a fresh output folder and database);
#   3. KILLS kill -9 of a random worker of 3 (each restarted at once), then the count of
#      bundles missing, decided twice, and report sets missing or extra.
#
#   scripts/bench-ledger.sh [BUNDLES] [KILLS]     (defaults 1000 and 20)
#
# Needs PostgreSQL (scripts/postgres.sh starts a private cluster on port 54341).
set -euo pipefail
cd "$(dirname "$0")/.."
bundles=${1:-1000}
kills=${2:-20}
scripts/install-deps.sh
# The same build as scripts/bench-run.sh (release, --static-swift-stdlib, .build-static).
build=(swift build -c release --static-swift-stdlib --scratch-path .build-static)
for product in intake-pdf-helper intake intake-bench; do
  "${build[@]}" --product "$product" >/dev/null
done
bin="$("${build[@]}" --show-bin-path)"
export INTAKE_HOME="$PWD"
work="$(mktemp -d /tmp/intake-bench-ledger.XXXXXX)"
chmod 755 "$work"
trap 'scripts/postgres.sh stop "$work/pg" >/dev/null 2>&1; rm -rf "$work"' EXIT
server=$(scripts/postgres.sh start "$work/pg" 54341)
base=${server%/*}
psql_q() { psql -X -q -t -A "$1" -c "$2"; }
fresh_db() { # NAME → URL of a new empty database
  psql_q "$base/postgres" "DROP DATABASE IF EXISTS $1" >/dev/null
  psql_q "$base/postgres" "CREATE DATABASE $1" >/dev/null
  echo "$base/$1"
}
"$bin/intake-bench" run generate --out "$work/inbox" --bundles "$bundles" --average-mb 0.05 --seed 23 >/dev/null
n=$(find "$work/inbox" -name '*.zip' | wc -l)
echo "corpus: $n bundles, $(du -sm "$work/inbox" | cut -f1) MB ($(nproc) cores)"

busy_ticks() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat; }
timed() { # LABEL COMMAND… → prints wall, CPU (the process and its children) and how busy the
  # whole machine was (the PostgreSQL server's processes included); sets $wall
  local label=$1 t="$work/time.$RANDOM"
  shift
  local TIMEFORMAT='%R %U %S'
  read -r b1 i1 < <(busy_ticks)
  { time "$@" >/dev/null 2>&1; } 2>"$t"
  read -r b2 i2 < <(busy_ticks)
  read -r wall user sys <"$t"
  printf "%-40s %6.2f s wall  %6.2f CPU-s  %5.2f ms wall/bundle  %5.2f CPU-ms/bundle  machine %3d%% busy\n" "$label" "$wall" \
    "$(echo "$user + $sys" | bc)" "$(echo "$wall * 1000 / $n" | bc -l)" "$(echo "($user + $sys) * 1000 / $n" | bc -l)" \
    $(( 100 * (b2 - b1) / (b2 - b1 + i2 - i1 + 1) ))
}
run_one() { # OUT [--ledger URL]
  local out=$1; shift
  "$bin/intake" run --inbox "$work/inbox" --out "$out" --jobs 2 --settle 0 --quiet "$@"
}

echo "== 1. the ledger's cost per bundle (one process, --jobs 2)"
for round in 1 2; do
  timed "SQLite (round $round)" run_one "$work/lite-$round"
  url=$(fresh_db "one_$round")
  timed "PostgreSQL on loopback (round $round)" run_one "$work/pg-$round" --ledger "$url"
done
if diff -rq "$work/lite-1/reports" "$work/pg-1/reports" >/dev/null; then
  echo "report files: identical ($(find "$work/lite-1/reports" -type f | wc -l) files)"
else
  echo "report files: DIFFER"
fi

echo "== 2. workers on one PostgreSQL ledger (each --jobs 1)"
# The reference: how one process scales from one job to two on this machine with no database
# server at all (a job's group commit, PDF helper and the kernel's work already keep part of
# the second core busy, so a second worker can add at most what is left).
for jobs in 1 2; do
  timed "SQLite, one process, --jobs $jobs" "$bin/intake" run --inbox "$work/inbox" --out "$work/ref-$jobs" \
    --jobs "$jobs" --settle 0 --quiet
done
workers() { # COUNT URL OUT
  local pids=()
  for _ in $(seq 1 "$1"); do
    "$bin/intake" run --inbox "$work/inbox" --out "$3" --jobs 1 --settle 0 --quiet --ledger "$2" >/dev/null 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
}
for count in 1 2 4; do
  url=$(fresh_db "workers_$count")
  timed "$count worker(s)" workers "$count" "$url" "$work/w$count"
  decided=$(psql_q "$url" "SELECT COUNT(*) FROM bundles WHERE state = 'decided'")
  twice=$(psql_q "$url" "SELECT COUNT(*) FROM bundles WHERE decisions <> 1")
  echo "   $decided decided, $twice decided twice, $(echo "$n / $wall" | bc -l | xargs printf '%.0f') bundles/s"
done

echo "== 3. $kills kill -9 of a random worker of 3"
url=$(fresh_db kills)
out="$work/kills"
declare -a pids
start_worker() { "$bin/intake" run --inbox "$work/inbox" --out "$out" --jobs 1 --settle 0 --quiet --ledger "$url" --lease 3 \
  >/dev/null 2>&1 & pids[$1]=$!; }
for i in 0 1 2; do start_worker $i; done
done_kills=0
while [ $done_kills -lt "$kills" ]; do
  sleep "$(printf '0.%02d' $((RANDOM % 30 + 5)))"
  i=$((RANDOM % 3))
  if kill -0 "${pids[$i]}" 2>/dev/null; then
    kill -9 "${pids[$i]}" 2>/dev/null || true
    wait "${pids[$i]}" 2>/dev/null || true
    done_kills=$((done_kills + 1))
  fi
  # All finished before the kills were done: a new inbox round is not needed, stop.
  alive=0
  for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
  start_worker "$i"
  [ $alive = 0 ] && [ "$(psql_q "$url" "SELECT COUNT(*) FROM work")" = 0 ] && break
done
for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
decided=$(psql_q "$url" "SELECT COUNT(*) FROM bundles WHERE state = 'decided'")
twice=$(psql_q "$url" "SELECT COUNT(*) FROM bundles WHERE decisions <> 1")
files=$(find "$out/reports" -type f ! -name '.*' | wc -l)
temps=$(find "$out" -name '.*.tmp' | wc -l)
find "$out" -name '.*.tmp' | sed 's/^/temporary left: /' 
echo "kills: $done_kills; bundles: $n, decided $decided (missing $((n - decided))), decided twice $twice;" \
  "report files $files (expected $((n * 3))), temporary files $temps," \
  "runs interrupted $(psql_q "$url" "SELECT COUNT(*) FROM runs WHERE status = 'interrupted'")," \
  "still running $(psql_q "$url" "SELECT COUNT(*) FROM runs WHERE status = 'running'")," \
  "queue $(psql_q "$url" "SELECT COUNT(*) FROM work"), claims $(psql_q "$url" "SELECT COUNT(*) FROM bundle_claims")"
