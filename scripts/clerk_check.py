#!/usr/bin/env python3
"""What a clerk's IT would write: for every bundle of a folder, read every zip entry
once (zipfile checks each entry's CRC-32 as it reads) and hash it with SHA-256.
Standard library only. Prints one JSON object with the figures, CPU time included.
    python3 scripts/clerk_check.py CORPUS_DIR [--processes N]
With --processes N the bundles are spread over N worker processes (multiprocessing), as
the same IT would do on a machine with N cores.
"""
import argparse
import hashlib
import json
import multiprocessing
import os
import resource
import time
import zipfile


def check(path):
    """Document bytes read from one bundle, and whether it was broken."""
    document_bytes = 0
    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if info.is_dir() or info.filename == "manifest.xml":
                    continue
                h = hashlib.sha256()
                with z.open(info) as entry:
                    while True:
                        piece = entry.read(1 << 20)
                        if not piece:
                            break
                        h.update(piece)
                        document_bytes += len(piece)
                h.hexdigest()
        return document_bytes, 0
    except (zipfile.BadZipFile, OSError, EOFError):
        return document_bytes, 1


def cpu_seconds():
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    files = sorted(os.path.join(args.corpus, f) for f in os.listdir(args.corpus) if f.endswith(".zip"))
    cpu0 = cpu_seconds()
    start = time.perf_counter()
    if args.processes > 1:
        with multiprocessing.Pool(args.processes) as pool:
            results = pool.map(check, files, chunksize=4)
    else:
        results = [check(f) for f in files]
    seconds = time.perf_counter() - start
    cpu = cpu_seconds() - cpu0
    document_bytes = sum(r[0] for r in results)
    broken = sum(r[1] for r in results)
    mb = document_bytes / 2**20
    print(json.dumps({"bundles": len(files), "broken": broken, "documentMB": mb, "seconds": seconds,
                      "cpuSeconds": cpu, "processes": args.processes,
                      "MBps": mb / seconds, "bundlesPerSecond": len(files) / seconds}, sort_keys=True))


if __name__ == "__main__":
    main()
