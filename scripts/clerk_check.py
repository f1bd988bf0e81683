#!/usr/bin/env python3
"""What a clerk's IT would write: for every bundle of a folder, read every zip entry
once (zipfile checks each entry's CRC-32 as it reads) and hash it with SHA-256.
Standard library only. Prints one JSON object with the figures.
    python3 scripts/clerk_check.py CORPUS_DIR
"""
import hashlib
import json
import os
import sys
import time
import zipfile


def main(corpus):
    files = sorted(f for f in os.listdir(corpus) if f.endswith(".zip"))
    start = time.perf_counter()
    document_bytes = 0
    broken = 0
    for name in files:
        try:
            with zipfile.ZipFile(os.path.join(corpus, name)) as z:
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
        except (zipfile.BadZipFile, OSError, EOFError):
            broken += 1
    seconds = time.perf_counter() - start
    mb = document_bytes / 2**20
    print(json.dumps({"bundles": len(files), "broken": broken, "documentMB": mb, "seconds": seconds,
                      "MBps": mb / seconds, "bundlesPerSecond": len(files) / seconds}, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
