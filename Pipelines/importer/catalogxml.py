"""Small helpers the seed parsers share to build catalog elements (Schemas/catalog.xsd)."""
from __future__ import annotations

import xml.etree.ElementTree as ET

NS = "urn:dalian:intake:catalog:1"
Q = "{%s}" % NS


def el(parent, tag, text=None, **attrs):
    """Append <tag attrs>text</tag> to parent (or make a root when parent is None)."""
    attrs = {k.rstrip("_"): str(v) for k, v in attrs.items() if v is not None}
    e = ET.Element(Q + tag, attrs) if parent is None else ET.SubElement(parent, Q + tag, attrs)
    if text is not None:
        e.text = text
    return e


def cite(parent, document, item, line=None):
    return el(parent, "cite", document=document, item=item, line=line)


def fact(name):
    """The XPath that reads a declared fact of the manifest."""
    return "m:applicant/m:fact[@name='%s']" % name


def line_of(lines, needle, start=0, source="seed"):
    """1-based number of the first line at or after `start` (0-based) containing needle."""
    for i in range(start, len(lines)):
        if needle in lines[i]:
            return i + 1
    raise ValueError("%s: cannot find %r" % (source, needle))
