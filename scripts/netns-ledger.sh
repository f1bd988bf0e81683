#!/usr/bin/env bash
# The shared ledger across a real network link: PostgreSQL and two `intake run` workers
# in three network namespaces of this machine (veth pairs, 10.77.1.0/24 and 10.77.2.0/24),
# so every ledger call crosses a link. Mid-run the link of worker 1 is cut: worker 2
# finishes, taking worker 1's bundles over once its lease runs out; the link comes back,
# worker 1 learns it lost its lease and stops (exit 3, or 2 when a call of its was refused)
# without recording anything twice. Then every bundle must be decided exactly once, with
# exactly one report set each. Needs root (ip netns) and iproute2; run from the repository:
#
#   sudo scripts/netns-ledger.sh [BUNDLES]        (default 200; exit 0 when everything holds)
#
# The test suite runs it (SharedLedgerTests) when it runs as root.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "netns-ledger: needs root (ip netns)" >&2; exit 2; }
command -v ip >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iproute2 >/dev/null; }
bundles=${1:-200}
lease=3
port=54377
work="$(mktemp -d /tmp/intake-netns.XXXXXX)"
chmod 755 "$work"
ns_db=intake-db.$$
ns_w1=intake-w1.$$
ns_w2=intake-w2.$$

cleanup() {
  for p in ${w1:-} ${w2:-}; do kill -9 "$p" 2>/dev/null || true; done
  INTAKE_PG_NETNS=$ns_db scripts/postgres.sh stop "$work/pg" "$port" >/dev/null 2>&1 || true
  for ns in "$ns_db" "$ns_w1" "$ns_w2"; do ip netns del "$ns" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

for ns in "$ns_db" "$ns_w1" "$ns_w2"; do
  ip netns add "$ns"
  ip -n "$ns" link set lo up
done
# db <-> w1 and db <-> w2, one veth pair each.
for i in 1 2; do
  ns="intake-w$i.$$"
  ip link add "vdb$i.$$" type veth peer name "vw$i.$$"
  ip link set "vdb$i.$$" netns "$ns_db"
  ip link set "vw$i.$$" netns "$ns"
  ip -n "$ns_db" addr add "10.77.$i.1/24" dev "vdb$i.$$"
  ip -n "$ns" addr add "10.77.$i.2/24" dev "vw$i.$$"
  ip -n "$ns_db" link set "vdb$i.$$" up
  ip -n "$ns" link set "vw$i.$$" up
done

INTAKE_PG_NETNS=$ns_db INTAKE_PG_LISTEN="127.0.0.1,10.77.1.1,10.77.2.1" INTAKE_PG_HBA="host all all 10.77.0.0/16 trust" \
  scripts/postgres.sh start "$work/pg" "$port" >/dev/null

# INTAKE_BIN: a folder holding intake, intake-pdf-helper and intake-bench already built
# (the test suite passes its own: a nested `swift build` would wait for its lock).
if [ -n "${INTAKE_BIN:-}" ]; then
  bin=$INTAKE_BIN
else
  swift build --product intake >/dev/null 2>&1 || swift build --product intake
  swift build --product intake-pdf-helper >/dev/null
  swift build --product intake-bench >/dev/null
  bin="$(swift build --show-bin-path)"
fi
export INTAKE_HOME="$PWD"
"$bin/intake-bench" run generate --out "$work/inbox" --bundles "$bundles" --average-mb 0.05 --seed 17 >/dev/null

started=""
start_worker() { # NS ADDRESS LOG; sets $started to its PID
  ip netns exec "$1" "$bin/intake" run --inbox "$work/inbox" --out "$work/out" --jobs 1 --settle 0 --quiet \
    --ledger "postgres://postgres@$2:$port/intake" --lease "$lease" >"$3" 2>&1 &
  started=$!
}
psql_db() { ip netns exec "$ns_db" psql -X -q -t -A -h 127.0.0.1 -p "$port" -U postgres -d intake -c "$1"; }

start_worker "$ns_w1" 10.77.1.1 "$work/w1.log"
w1=$started
start_worker "$ns_w2" 10.77.2.1 "$work/w2.log"
w2=$started
# Cut worker 1's link once a tenth of the bundles are decided and worker 1 has decided some
# (so that it holds bundles of the queue, which worker 2 must take over). The two counts
# come in one query, and worker 1 is frozen (SIGSTOP) the moment they are seen, its link
# cut, then let go: on a loaded machine a poll can lag seconds behind the workers, and
# worker 1 must not finish its share between the poll and the cut (CI saw it do so).
counts() { psql_db "SELECT (SELECT COUNT(*) FROM bundles WHERE state = 'decided') || ' ' || (SELECT COUNT(*) FROM bundles b JOIN runs r ON r.id = b.run_id WHERE r.pid = $w1)" 2>/dev/null || echo "0 0"; }
for _ in $(seq 1 1200); do
  read -r all mine <<<"$(counts)"
  [ "${all:-0}" -ge $((bundles / 10)) ] && [ "${mine:-0}" -ge 1 ] && break
  sleep 0.05
done
kill -STOP "$w1" 2>/dev/null || true
# SIGSTOP takes effect asynchronously: wait (2 s at most) for the stopped state; a worker gone
# or a zombie meanwhile had finished.
for _ in $(seq 1 40); do
  state=$(awk '{print $3}' "/proc/$w1/stat" 2>/dev/null || echo gone)
  case "$state" in T|t|Z|gone) break ;; esac
  sleep 0.05
done
ip -n "$ns_w1" link set "vw1.$$" down
if [ "$state" != T ] && [ "$state" != t ]; then
  echo "netns-ledger: FAIL worker 1 had finished before its link was cut (nothing to take over)"
  kill -CONT "$w1" 2>/dev/null || true
  exit 1
fi
read -r cut_at by_w1 <<<"$(counts)"
kill -CONT "$w1"
echo "netns-ledger: cut worker 1's link ($(ip -n "$ns_w1" -br link show "vw1.$$" | awk '{print $2}')) after $cut_at of $bundles bundles were decided ($by_w1 by worker 1)"

# Bounded waits: a worker that hangs fails the check instead of hanging the script.
bounded_wait() { # PID SECONDS
  for _ in $(seq 1 $(($2 * 5))); do kill -0 "$1" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$1" 2>/dev/null && { echo "netns-ledger: process $1 still running after $2 s: killed" >&2; kill -9 "$1"; }
  wait "$1"
}
set +e
bounded_wait "$w2" 300; status2=$?
set -e
echo "netns-ledger: worker 2 finished (exit $status2)"
ip -n "$ns_w1" link set "vw1.$$" up
set +e
bounded_wait "$w1" 120; status1=$?
set -e
pid1=$w1; w1=""; w2=""
echo "netns-ledger: worker 1, its link back, ended with exit $status1 ($(tail -c 300 "$work/w1.log" | tr '\n' ' '))"
if [ "$status1" -gt 128 ]; then
  # A crash: its message and the frames of our code, not the whole backtrace.
  echo "netns-ledger: worker 1 crashed:"
  grep -E "Fatal error|fatal error|crashed|Intake[A-Za-z]*\.|at /" "$work/w1.log" | head -30 | sed 's/^/  /'
fi

# The next night's run (any host) sweeps what the cut worker left announced.
set +e
ip netns exec "$ns_w2" "$bin/intake" run --inbox "$work/inbox" --out "$work/out" --jobs 1 --settle 0 --quiet \
  --ledger "postgres://postgres@10.77.2.1:$port/intake" --lease "$lease" >"$work/w3.log" 2>&1
status3=$?
set -e
echo "netns-ledger: the next run ended with exit $status3 ($(tail -c 300 "$work/w3.log" | tr '\n' ' '))"

fail=0
check() { # WHAT EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then echo "ok   $1: $3"; else echo "FAIL $1: expected $2, got $3"; fail=1; fi
}
zips=$(find "$work/inbox" -name '*.zip' | wc -l)
check "worker 2 exit" 0 "$status2"
check "the next run's exit" 0 "$status3"
check "worker 1 stopped for its lost lease (2 or 3)" yes "$([ "$status1" = 2 ] || [ "$status1" = 3 ] && echo yes || echo "no ($status1)")"
check "bundles decided" "$zips" "$(psql_db "SELECT COUNT(*) FROM bundles WHERE state = 'decided'")"
check "bundles decided more than once" 0 "$(psql_db "SELECT COUNT(*) FROM bundles WHERE decisions <> 1")"
check "report files" "$((zips * 3))" "$(find "$work/out/reports" -type f | wc -l)"
check "pending sets left" 0 "$(psql_db "SELECT COUNT(*) FROM bundles WHERE pending_dir IS NOT NULL")"
check "queue rows left" 0 "$(psql_db "SELECT COUNT(*) FROM work")"
check "claims left" 0 "$(psql_db "SELECT COUNT(*) FROM bundle_claims")"
check "runs still running" 0 "$(psql_db "SELECT COUNT(*) FROM runs WHERE status = 'running'")"
check "worker 1's run closed as interrupted" interrupted "$(psql_db "SELECT status FROM runs WHERE pid = $pid1")"
echo "netns-ledger: decided per run: $(psql_db "SELECT id || ':' || decided || ':' || status FROM runs ORDER BY id" | tr '\n' ' ')"
exit $fail
