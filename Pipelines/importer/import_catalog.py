#!/usr/bin/env python3
"""Regenerate the catalog (Pipelines/catalog/NNN/*.xml) from the seed documents.

    python3 Pipelines/importer/import_catalog.py [--seeds DIR] [--check] [--only NNN]

For each seed document a parser module (seed000.py ... seed004.py, next to this file)
turns the text into draft <matter> elements. The hand-curated overlay of that source,
Pipelines/curated/NNN.xml, is then merged over the draft (then each Pipelines/curated/NNN-*.xml,
in name order: overlays by area, applied the same way), so that regenerating never
destroys what people wrote by hand (conditions of forbidden cases, facts, fixes of what
prose parsing gets wrong). The result is split into one folder per source,
Pipelines/catalog/NNN/: source.xml (a <catalog> with the <source> and <facts>) and one
file per matter, CODE.xml (a <matter> root), so that a change to one matter is a diff of
one file. Every file is validated against Schemas/catalog.xsd with xmllint (one run per
folder); only changed files are written, and the files of matters that no longer exist
are removed. Pipelines/catalog/UNENCODED.md lists what could not be encoded, and why.

--check regenerates into memory and exits 1, naming each file, if a committed file
differs, is missing or is not one the importer makes (CI guard).

Overlay semantics (curated/NNN.xml is a <catalog> in the catalog namespace):
- <facts>/<fact name>: added, or replacing the draft's fact of that name.
- <matter code> not in the draft: added whole (a matter the guide's numbering lacks).
- <matter code> in the draft: its attributes override; children replace the draft's:
  name, department, cite, applicationWindow one for one; note, channel and timeLimit (one
  per channel, and one without) as a group (all of the draft's go); scenario by id (whole), or, with merge="materials",
  material by id inside it (at any depth: 1.13 inside group 1, replaced where it is) and its <name>; deferral by (material,
  scenario); forbidden by id.
  <remove what="scenario|deferral|forbidden|material" id="..."/> deletes a draft child (a material at any depth of a
  merge="materials" scenario).
"""
from __future__ import annotations

import argparse
import importlib
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = "urn:dalian:intake:catalog:1"
Q = "{%s}" % NS
ET.register_namespace("", NS)

HERE = os.path.dirname(os.path.abspath(__file__))
PIPELINES = os.path.dirname(HERE)
REPO = os.path.dirname(PIPELINES)
SOURCES = ["000", "001", "002", "003", "004"]
# In catalog/NNN/: the source's <source> and <facts>; every other file is one matter,
# <code>.xml (a code is upper case with a dash, so it never clashes with this name).
SOURCE_FILE = "source.xml"

MATTER_ORDER = ["name", "department", "cite", "note", "timeLimit", "channel",
                "applicationWindow", "scenario", "deferral", "forbidden"]
GROUPED = {"note", "channel", "timeLimit"}


def q(tag: str) -> str:
    return Q + tag


def local(tag: str) -> str:
    return tag.split("}", 1)[-1]


def key_of(el: ET.Element):
    tag = local(el.tag)
    if tag == "scenario":
        return (tag, el.get("id", ""))
    if tag == "forbidden":
        return (tag, el.get("id"))
    if tag == "deferral":
        return (tag, el.get("material"), el.get("scenario", ""))
    if tag == "material":
        return (tag, el.get("id"))
    return (tag,)


def merge_materials(draft_scn: ET.Element, over_scn: ET.Element) -> None:
    # A material is found by id at any depth (1.13 inside group 1) and replaced where it is; the
    # scenario's <name>, when the overlay gives one, replaces the draft's.
    parents = {c: p for p in draft_scn.iter() for c in p}
    for child in list(over_scn):
        if local(child.tag) == "name":
            old_name = draft_scn.find(q("name"))
            if old_name is not None:
                old_name.text = child.text
            else:
                draft_scn.insert(0, child)
            continue
        if local(child.tag) != "material":
            continue
        old = [m for m in draft_scn.iter(q("material")) if m.get("id") == child.get("id")]
        if old:
            parent = parents[old[0]]
            idx = list(parent).index(old[0])
            parent.remove(old[0])
            parent.insert(idx, child)
        else:
            draft_scn.append(child)
    for rm in over_scn.findall(q("remove")):
        parents = {c: p for p in draft_scn.iter() for c in p}
        for m in [m for m in draft_scn.iter(q("material")) if m.get("id") == rm.get("id")]:
            parents[m].remove(m)


def merge_matter(draft: ET.Element, over: ET.Element) -> None:
    for k, v in over.attrib.items():
        draft.set(k, v)
    replaced_groups = set()
    for child in list(over):
        tag = local(child.tag)
        if tag == "remove":
            what, ident = child.get("what"), child.get("id", "")
            for d in list(draft):
                if local(d.tag) != what:
                    continue
                dk = d.get("material") if what == "deferral" else d.get("id", "")
                if dk == ident:
                    draft.remove(d)
            continue
        if tag in GROUPED:
            if tag not in replaced_groups:
                for d in draft.findall(q(tag)):
                    draft.remove(d)
                replaced_groups.add(tag)
            draft.append(child)
            continue
        existing = [d for d in draft if key_of(d) == key_of(child)]
        if tag == "scenario" and child.get("merge") == "materials" and existing:
            del child.attrib["merge"]
            merge_materials(existing[0], child)
            continue
        for d in existing:
            draft.remove(d)
        child.attrib.pop("merge", None)
        draft.append(child)
    order = {t: i for i, t in enumerate(MATTER_ORDER)}
    children = list(draft)
    for c in children:
        draft.remove(c)
    children.sort(key=lambda c: order.get(local(c.tag), 99))  # stable: keeps draft order
    draft.extend(children)


def merge_overlay(root: ET.Element, overlay_path: str) -> None:
    if not os.path.exists(overlay_path):
        return
    over = ET.parse(overlay_path).getroot()
    ofacts = over.find(q("facts"))
    if ofacts is not None:
        facts = root.find(q("facts"))
        if facts is None:
            facts = ET.Element(q("facts"))
            root.insert(1, facts)
        for f in ofacts.findall(q("fact")):
            for old in facts.findall(q("fact")):
                if old.get("name") == f.get("name"):
                    facts.remove(old)
            facts.append(f)
    matters = {m.get("code"): m for m in root.findall(q("matter"))}
    for om in over.findall(q("matter")):
        code = om.get("code")
        if code in matters:
            merge_matter(matters[code], om)
        else:
            if om.get("merge"):
                raise SystemExit(f"{overlay_path}: overlay for unknown matter {code}")
            root.append(om)
            matters[code] = om


def overlays(source: str) -> list:
    """curated/NNN.xml, then curated/NNN-*.xml in name order."""
    folder = os.path.join(PIPELINES, "curated")
    extra = sorted(f for f in os.listdir(folder) if f.startswith(source + "-") and f.endswith(".xml"))
    return [os.path.join(folder, f) for f in [source + ".xml"] + extra]


def cite_time_limits(root: ET.Element, text: str, document: str) -> None:
    """Gives each <timeLimit> the guide's line that states it (document, item, line), so
    that a report cites its due date: the first line of the matter's section (from its
    cite's line to the next matter's) holding the limit's words, else its 办理时限 /
    承诺时限 line. A limit that already cites a line keeps it."""
    lines = text.split("\n")
    squash = lambda t: "".join(t.split())
    heads = [m.find(q("cite")) for m in root.findall(q("matter"))]
    starts = sorted({int(c.get("line")) for c in heads
                     if c is not None and c.get("line") and c.get("document") == document})
    for m in root.findall(q("matter")):
        cite = m.find(q("cite"))
        if cite is None or not cite.get("line") or cite.get("document") != document:
            continue
        first = int(cite.get("line"))
        later = [n for n in starts if n > first]
        section = range(first, min(later[0] if later else first + 400, len(lines) + 1))
        for limit in m.findall(q("timeLimit")):
            if limit.get("line"):
                continue
            words = squash(limit.text or "")
            found = next((n for n in section if words[:12] and words[:12] in squash(lines[n - 1])), None)
            if found is None:
                found = next((n for n in section if re.search(r"(办理|承诺|办结)时限|时限[:：]", lines[n - 1])), None)
            if found is None:
                continue
            limit.set("document", document)
            limit.set("item", (cite.get("item") or "") + " 办理时限")
            limit.set("line", str(found))


def join_wrapped(root: ET.Element, wrapped: dict, document: str) -> None:
    """Each <cite> of a line a page break cut (the seed module's WRAPPED: first line -> last)
    gets through="last", so that its quote holds the whole sentence."""
    for cite in root.iter(q("cite")):
        line = cite.get("line")
        if cite.get("document") == document and line and int(line) in wrapped:
            cite.set("through", str(wrapped[int(line)]))


LISTS = ("违规禁办事项清单", "容缺办理事项清单")


def cite_table_rows(root: ET.Element, text: str, document: str) -> None:
    """A citation of a cell of a list row laid out one cell a line (seed 004: "\t12" / "\t恢复…" / "\t未符合…") cites the
    row from its number through the cell, so that its quote names the row and the matter, not the cell's words alone
    (round 40, tester u: rows 11 and 12 quoted the same words). Lists laid out one row a line are left as they are."""
    lines = text.split("\n")
    for cite in root.iter(q("cite")):
        item, line = cite.get("item") or "", cite.get("line")
        if cite.get("document") != document or not line or cite.get("through") or not item.startswith(LISTS):
            continue
        number = re.search(r"\d+", item[len(item.split(" ")[0]):])
        n = int(line)
        # A row a line (seed 000: "6 依据档案记载出具相关证明 身份证件 申请人提供") starts with its number: left as it is.
        if number is None or lines[n - 1].strip() == number.group(0) or lines[n - 1].strip().startswith(number.group(0) + " "):
            continue
        # Up through the row's cells (a cell's second line, "2.病历材料", has no tab: the review) to its number, never
        # past a blank line, which ends a row.
        for start in range(n - 1, max(n - 5, 0), -1):
            above = lines[start - 1].strip()
            if not above:
                break
            if above == number.group(0):
                cite.set("line", str(start))
                cite.set("through", str(n))
                break


def trailing_bracket(text: str):
    """The start of the bracketed group that ends `text` (（…） or (…), nested ones
    inside), or None."""
    if not text.endswith(("）", ")")):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            depth -= 1
            if depth == 0:
                return i
    return None


def mark_glosses(root: ET.Element, text: str, document: str) -> None:
    """A condition's words are the guide's; an explanation of ours written after them in
    brackets ("…可以领取失业保险金（单位不能申请）": the case the rule refuses) is marked as
    ours: 〔注：单位不能申请〕. A trailing bracket counts as ours when its words are nowhere
    in the guide the rule cites (round 22, tester 1: such glosses read as the guide's)."""
    squash = lambda t: "".join(t.split())
    guide = squash(text)
    for parent in root.iter():
        when, cite = parent.find(q("when")), parent.find(q("cite"))
        if when is None or not (when.text or "").strip():
            continue
        if cite is not None and cite.get("document") != document:
            continue  # a rule citing another document (none does today)
        words, glosses = when.text.strip(), []
        while (start := trailing_bracket(words)) is not None and squash(words[start + 1:-1]) not in guide:
            glosses.insert(0, words[start + 1:-1])
            words = words[:start].rstrip()
        if glosses:
            when.text = words + "".join("〔注：%s〕" % g for g in glosses)


def sort_matters(root: ET.Element) -> None:
    def sort_key(m):
        code = m.get("code")
        prefix, _, rest = code.rpartition("-")
        return (prefix, rest.zfill(6) if rest.isdigit() else rest)
    ms = root.findall(q("matter"))
    for m in ms:
        root.remove(m)
    ms.sort(key=sort_key)
    root.extend(ms)


def build(source: str, seeds_dir: str):
    """The merged catalog of one source: a <catalog> root, matters sorted by code."""
    mod = importlib.import_module("seed" + source)
    path = os.path.join(seeds_dir, mod.DOCUMENT)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    root = ET.Element(q("catalog"))
    src = ET.SubElement(root, q("source"), document=mod.DOCUMENT,
                        effectiveFrom=mod.EFFECTIVE_FROM)
    if getattr(mod, "EFFECTIVE_UNTIL", None):
        src.set("effectiveUntil", mod.EFFECTIVE_UNTIL)
    for attribute, name in (("issuer", "ISSUER"), ("number", "NUMBER"), ("issued", "ISSUED")):
        if getattr(mod, name, None):
            src.set(attribute, getattr(mod, name))
    src.text = mod.TITLE
    matters, unencoded = mod.parse(text)
    root.extend(matters)
    for overlay in overlays(source):
        merge_overlay(root, overlay)
    if hasattr(mod, "after_overlays"):
        mod.after_overlays(root)
    cite_time_limits(root, text, mod.DOCUMENT)
    join_wrapped(root, getattr(mod, "WRAPPED", {}), mod.DOCUMENT)
    cite_table_rows(root, text, mod.DOCUMENT)
    mark_glosses(root, text, mod.DOCUMENT)
    sort_matters(root)
    return root, unencoded, mod


def serialize(element: ET.Element, comment: str) -> str:
    ET.indent(element, space="  ")
    element.tail = None
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- %s -->\n' % comment
            + ET.tostring(element, encoding="unicode") + "\n")


def split(source: str, root: ET.Element) -> dict:
    """{file name: text} of catalog/NNN/: SOURCE_FILE (<catalog> with <source> and
    <facts>) and one <matter> root per matter, named by its code."""
    generated = "generated by Pipelines/importer/import_catalog.py from seed %s and curated/%s.xml: do not edit" % (source, source)
    head = ET.Element(q("catalog"))
    head.extend(c for c in root if local(c.tag) != "matter")
    files = {SOURCE_FILE: serialize(head, "Seed %s's source and facts; every other file of this folder is "
                                          "one of its matters. %s" % (source, generated[0].upper() + generated[1:]))}
    for m in root.findall(q("matter")):
        name = m.get("code") + ".xml"
        if name in files:
            raise SystemExit(f"seed {source}: matter {m.get('code')} twice")
        files[name] = serialize(m, "Matter %s, %s" % (m.get("code"), generated))
    return files


def validate(files: dict, folder: str) -> bool:
    """Validates every file against Schemas/catalog.xsd with one xmllint run (the schema
    is compiled once); errors name the files under `folder`."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, text in sorted(files.items()):
            path = os.path.join(tmp, name)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
            paths.append(path)
        try:
            r = subprocess.run(["xmllint", "--noout", "--schema",
                                os.path.join(REPO, "Schemas", "catalog.xsd")] + paths,
                               capture_output=True, text=True)
        except FileNotFoundError:
            print("xmllint not found (apt-get install libxml2-utils): not validated", file=sys.stderr)
            return True
    if r.returncode != 0:
        for line in r.stderr.splitlines():
            if not line.endswith(" validates"):
                print(line.replace(tmp + os.sep, os.path.relpath(folder, REPO) + os.sep),
                      file=sys.stderr)
    return r.returncode == 0


def read(path: str):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def sync(source: str, files: dict, out_dir: str, check: bool) -> bool:
    """Writes catalog/NNN/ (only the files that changed) and removes stale ones; with
    check, writes nothing and reports every differing, missing or extra file."""
    folder = os.path.join(out_dir, source)
    rel = lambda name: os.path.relpath(os.path.join(folder, name), REPO)
    present = set(os.listdir(folder)) if os.path.isdir(folder) else set()
    extra = sorted(present - set(files))
    legacy = os.path.join(out_dir, source + ".xml")  # the one-file catalog of before
    ok = True
    if check:
        for name in sorted(files):
            old = read(os.path.join(folder, name))
            if old is None:
                print(f"{rel(name)} is missing: run the importer", file=sys.stderr)
                ok = False
            elif old != files[name]:
                print(f"{rel(name)} is not what the importer produces", file=sys.stderr)
                ok = False
        for name in extra:
            print(f"{rel(name)} is not produced by the importer (a stale or hand-made file)", file=sys.stderr)
            ok = False
        if os.path.exists(legacy):
            print(f"{os.path.relpath(legacy, REPO)} is stale: the catalog of {source} is "
                  f"{rel('')}/", file=sys.stderr)
            ok = False
        return ok
    os.makedirs(folder, exist_ok=True)
    for name, text in sorted(files.items()):
        if read(os.path.join(folder, name)) != text:
            with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
                fh.write(text)
    for name in extra:
        path = os.path.join(folder, name)
        if name.endswith(".xml") and os.path.isfile(path):
            os.unlink(path)
            print(f"removed {rel(name)} (no such matter any more)")
        else:
            print(f"{rel(name)}: not the importer's, left alone", file=sys.stderr)
            ok = False
    if os.path.exists(legacy):
        os.unlink(legacy)
        print(f"removed {os.path.relpath(legacy, REPO)} (now {rel('')}/)")
    return ok


def unencoded_report(results) -> str:
    lines = ["# What the importer could not encode", "",
             "Generated by `python3 Pipelines/importer/import_catalog.py`; do not edit.",
             "Each line: the seed item and why it is not (fully) machine-checkable.", ""]
    for source, doc, items in results:
        lines.append(f"## {source}: {doc}")
        lines.append("")
        if not items:
            lines.append("Nothing.")
        for it in items:
            lines.append(f"- {it}")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default=os.path.join(REPO, "Pipelines", "seeds"))
    ap.add_argument("--check", action="store_true", help="fail if committed files differ")
    ap.add_argument("--only", action="append", help="only these sources (000 ... 004)")
    args = ap.parse_args()
    sys.path.insert(0, HERE)
    out_dir = os.path.join(PIPELINES, "catalog")
    ok = True
    report = []
    for source in args.only or SOURCES:
        try:
            importlib.import_module("seed" + source)
        except ModuleNotFoundError:
            print(f"seed{source}.py: no parser yet, skipped", file=sys.stderr)
            continue
        root, unencoded, mod = build(source, args.seeds)
        # The parser's "kept as prose" lines are written before the overlays; a matter whose
        # conditions an overlay gave XPath to is encoded after all.
        prose = {m.get("code") for m in root.iter("{urn:dalian:intake:catalog:1}matter")
                 if any(not w.get("xpath") for w in m.iter("{urn:dalian:intake:catalog:1}when"))}
        unencoded = [u for u in unencoded
                     if not (u.endswith("no declared fact decides them") and u.split(":")[0] not in prose)]
        report.append((source, mod.DOCUMENT, unencoded))
        if hasattr(mod, "check_citations"):
            with open(os.path.join(args.seeds, mod.DOCUMENT), encoding="utf-8") as fh:
                for problem in mod.check_citations(root, fh.read()):
                    print(f"{source}: {problem}", file=sys.stderr)
                    ok = False
        files = split(source, root)
        ok &= validate(files, os.path.join(out_dir, source))
        ok &= sync(source, files, out_dir, args.check)
        if not args.check:
            print(f"{source}: {len(files) - 1} matters -> "
                  f"{os.path.relpath(os.path.join(out_dir, source), REPO)}/")
    if not args.only:
        md = unencoded_report(report)
        target = os.path.join(out_dir, "UNENCODED.md")
        if args.check:
            if read(target) != md:
                print(f"{os.path.relpath(target, REPO)} is not what the importer produces", file=sys.stderr)
                ok = False
            expected = set(SOURCES) | {"UNENCODED.md"}
            for name in sorted(set(os.listdir(out_dir)) - expected):
                if name.endswith(".xml") and name[:-4] in SOURCES:
                    continue  # reported with its source
                print(f"{os.path.relpath(os.path.join(out_dir, name), REPO)} is not produced by "
                      "the importer", file=sys.stderr)
                ok = False
        else:
            with open(target, "w", encoding="utf-8") as fh:
                fh.write(md)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
