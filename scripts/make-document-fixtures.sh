#!/usr/bin/env bash
# Regenerates the small PDFs under Fixtures/documents/ that the structure-check tests read
# (Tests/IntakeBundleTests/DocumentStructureTests.swift). Needs python3 and the qpdf CLI
# (scripts/install-deps.sh installs both). The unencrypted files are byte-for-byte reproducible;
# the encrypted ones get fresh random salts on every run (the tests do not depend on them).
set -euo pipefail
cd "$(dirname "$0")/.."
out=Fixtures/documents
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A plain PDF with N pages and a correct xref table, written by hand.
python3 - "$tmp" <<'PY'
import sys
def pdf(pages, xref=True, trailer=True, bad_startxref=False):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % (3 + i) for i in range(pages)), pages)).encode()]
    for i in range(pages):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
    if trailer:
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objs) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % (start + 7 if bad_startxref else start)
    return bytes(out)
d = sys.argv[1]
open(d + "/one-page.pdf", "wb").write(pdf(1))
open(d + "/three-pages.pdf", "wb").write(pdf(3))
# Objects only: no xref table, no trailer dictionary, but a %%EOF (pdf.js issue18986's shape).
open(d + "/no-xref-no-trailer.pdf", "wb").write(pdf(1, xref=False, trailer=False))
# A sound trailer but startxref pointing 7 bytes off: qpdf rebuilds the xref table.
open(d + "/wrong-startxref.pdf", "wb").write(pdf(2, bad_startxref=True))
PY

cp "$tmp/three-pages.pdf" "$out/three-pages.pdf"
cp "$tmp/no-xref-no-trailer.pdf" "$out/no-xref-no-trailer.pdf"
cp "$tmp/wrong-startxref.pdf" "$out/wrong-startxref.pdf"
# Opening needs the user password "secret" (AES-256).
qpdf --static-id --static-aes-iv --encrypt secret owner-pw 256 -- "$tmp/one-page.pdf" "$out/user-password.pdf"
# Empty user password, an owner password restricting printing and copying: opens for anyone.
qpdf --static-id --static-aes-iv --encrypt "" owner-pw 256 --print=none --extract=n -- "$tmp/one-page.pdf" "$out/owner-password-only.pdf"
ls -l "$out"
