#!/usr/bin/env bash
# Reproduces issue 2's figures: inspect throughput on a generated corpus of scan-like
# bundles, beside (a) `unzip -p BUNDLE | sha256sum` per bundle and (b) the one-pass floor
# (entries' deflate streams in memory, inflated, CRC-checked, SHA-256-hashed, no I/O);
# then peak memory of `intake inspect` on one 1 GB bundle.
#   scripts/bench-inspect.sh [BUNDLES] [AVERAGE_MB]      (defaults: 200 bundles, 5.5 MB)
# The corpus goes to $BENCH_DIR (default /tmp/intake-bench) and is kept for reruns.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
bundles=${1:-200}
average=${2:-5.5}
dir=${BENCH_DIR:-/tmp/intake-bench}
swift build -c release --product intake-pdf-helper >/dev/null
swift build -c release --product intake >/dev/null
swift build -c release --product intake-bench >/dev/null
bin=.build/release/intake
bench=.build/release/intake-bench
corpus="$dir/corpus-$bundles-$average"
if [ ! -d "$corpus" ]; then
  "$bench" generate --out "$corpus" --bundles "$bundles" --average-mb "$average"
fi
cat "$corpus"/*.zip >/dev/null   # warm the page cache: every figure below reads from memory
echo "== intake (in one process, same bundles, same run)"
"$bench" inspect --corpus "$corpus"
echo "== reference (a): unzip -p BUNDLE | sha256sum, per bundle"
start=$(date +%s.%N)
for f in "$corpus"/*.zip; do unzip -p "$f" | sha256sum >/dev/null; done
end=$(date +%s.%N)
python3 - "$corpus" "$start" "$end" <<'PY'
import os, sys, zipfile
corpus, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
files = sorted(f for f in os.listdir(corpus) if f.endswith(".zip"))
total = 0
for f in files:
    with zipfile.ZipFile(os.path.join(corpus, f)) as z:
        total += sum(i.file_size for i in z.infolist() if i.filename != "manifest.xml")
secs = end - start
print(f"unzip|sha256sum: {len(files)} bundles, {total/2**20:.0f} MB of documents in {secs:.2f} s = "
      f"{total/2**20/secs:.1f} MB/s, {len(files)/secs:.1f} bundles/s")
PY
echo "== intake inspect as separate processes (what a shell loop over the inbox costs)"
start=$(date +%s.%N)
for f in "$corpus"/*.zip; do "$bin" inspect "$f" >/dev/null; done
end=$(date +%s.%N)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'{int(sys.argv[3])} processes in {s:.2f} s = {int(sys.argv[3])/s:.1f} bundles/s')" "$start" "$end" "$bundles"
echo "== peak memory of intake inspect on one 1 GB bundle"
big="$dir/big-1024.zip"
[ -f "$big" ] || "$bench" big --out "$big" --mb 1024
python3 - "$bin" "$big" <<'PY'
import resource, subprocess, sys, time
t = time.time()
r = subprocess.run([sys.argv[1], "inspect", sys.argv[2]], stdout=subprocess.DEVNULL)
secs = time.time() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"inspect 1 GB bundle: exit {r.returncode}, {secs:.2f} s, max RSS {rss:.1f} MB")
PY
