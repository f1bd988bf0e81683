"""Parser for seed 000: the 人社 (HR & social security) service handbook.

The handbook has a 人社权力事项清单 (59 matters), a 合规办事业务指南 with one numbered
section per matter (N.1 需提供要件, N.2 办理路径, N.3 办理时限), a 违规禁办事项清单 and a
容缺办理事项清单. This module turns the guide into RS-001 ... RS-059 <matter> elements:
names, materials (guide numbering), scenarios, time limits, channels, deferrals (from the
容缺 list) and forbidden cases as prose (from the 违规禁办 list; the curated overlay
Pipelines/curated/000.xml replaces each by id with its XPath, and declares the facts).

Most sections are a plain numbered list and go through the generic path. Sections whose
list has structure the numbering alone does not show (alternatives, per-category
materials, alternative routes) are shaped by the functions in SHAPERS, which still read
every name and line number from the text; only the kinds, the scenario ids and the
XPath of material conditions (over facts declared in the overlay) are written here.
"""
from __future__ import annotations

import re

from catalogxml import cite, el

DOCUMENT = "000_b4123a1601a34da6.txt"
TITLE = "人社服务手册：人社权力事项清单、合规办事业务指南、违规禁办事项清单、容缺办理事项清单"
# The handbook carries no date of its own. The years it names before 2022 are historical
# cut-offs inside eligibility rules (2001-08-07, 2003-12-31 ...), not the time it speaks
# of; the one year it speaks of as its present is 2022 (43/53: "2022年继续在北京、上海开展
# ...试点", and the bureau page it links in 5.1 is dated 2022/5/5), so: 2022-01-01.
EFFECTIVE_FROM = "2022-01-01"

# Cited lines a page break (or a table's cell) cut mid-sentence: a citation of the first line quotes
# through the second, joined (round 39, tester q: RS-039 8.3's quote of line 1586 ended "…丧偶人", its
# 结婚证 on line 1588). Found by listing the cited lines that end without punctuation (or with a comma: 656, 752, round 49,
# tester d: the quote of RS-015 2.11 居住证 stopped before it) and whose next
# line continues them, each read by hand.
WRAPPED = {337: 339, 343: 345, 590: 592, 656: 658, 708: 710, 752: 754, 804: 806, 1517: 1519, 1586: 1588, 1632: 1634, 1709: 1711, 2530: 2532}

DEPARTMENT = "大连市人力资源和社会保障局"
GUIDE = "合规办事业务指南"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
CONDITION_PREFIX = "m:applicant/m:fact[@name='%s']"

RE_PAREN = re.compile(r"^(?:-\s*)?[（(]\s*(\d{1,2})\s*[）)]\s*(.*)$")
RE_CIRCLE = re.compile(r"^(?:-\s*)?([①-⑳])\s*(.*)$")
RE_URL = re.compile(r"<?(https?://[^\s<>）)，,]+)>?")


# ---------------------------------------------------------------- text helpers
def is_wide(ch: str) -> bool:
    return ord(ch) > 0x2E7F


def join(parts):
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if out and not (is_wide(out[-1]) or is_wide(p[0])):
            out += " "
        out += p
    return out


def clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^-\s*", "", s)
    s = s.rstrip("；;。.，,、：: ")
    s = re.sub(r"[（(]见附件[）)]$", "", s)
    return s.rstrip("；;。.，,、：: ")


COPY_NOTES = [("（原件、复印件）", "original-and-copy"), ("(原件、复印件)", "original-and-copy"),
              ("（复印件）", "copy"), ("(复印件)", "copy"), ("（原件）", "original")]


def split_copy(name: str):
    """Strip a trailing (原件、复印件) annotation; return (name, original)."""
    for mark, orig in COPY_NOTES:
        if name.endswith(mark):
            return name[: -len(mark)].strip(), orig
    if name.endswith("原件"):
        return name, "original"
    if name.endswith("复印件") and "或复印件" not in name:
        return name, "copy"
    return name, None


KIND_RULES = [
    # only the 容缺受理承诺书 is kind commitment-letter: the pipeline recognises the deferral
    # letter by it; every other 承诺书 (资格承诺书, 认定承诺书) is an ordinary material, kind
    # pledge (Mat.to_xml enforces this whatever a shaper set)
    ("容缺受理承诺书", "commitment-letter"), ("承诺书", "pledge"),
    ("社会保障卡", "social-security-card"), ("房产证", "property-certificate"),
    ("身份证", "id-card"), ("有效证件", "id-card"), ("户口簿", "hukou-book"),
    ("居住证", "residence-permit"), ("营业执照", "business-license"),
    ("申请表", "application-form"), ("审核表", "application-form"),
    ("登记表", "application-form"), ("申报书", "application-form"),
    ("审批表", "application-form"), ("信息表", "application-form"),
    ("花名册", "list"), ("名单", "list"), ("名册", "list"), ("签到表", "list"),
    ("明细表", "list"), ("统计表", "list"), ("汇总表", "list"),
    ("认定表", "application-form"), ("证明照", "photo"), ("证明书", "proof"), ("证明", "proof"), ("凭证", "proof"), ("手续", "proof"),
    ("证书", "certificate"), ("毕业证", "certificate"), ("资格证", "certificate"),
    ("证卡", "certificate"), ("教师证", "certificate"), ("残疾证", "certificate"),
    ("借记卡", "bank-card"), ("银行", "bank-card"),
    ("合同", "contract"), ("协议", "contract"),
    ("照片", "photo"), ("证明照", "photo"),
    ("票据", "financial-statement"), ("发票", "financial-statement"), ("收据", "financial-statement"),
    ("函", "letter"), ("介绍信", "letter"), ("档案", "archive-material"),
]


def kind_of(name: str) -> str:
    for word, kind in KIND_RULES:
        if word in name:
            return kind
    return "other"


# ---------------------------------------------------------------- material specs
class Mat:
    """A material as read from the guide; turned into XML by to_xml()."""

    def __init__(self, id, name, line, item, kind=None, required="always", need="all",
                 original=None, copies=None, when=None, note=None, media=None, children=None,
                 keep_name=False):
        self.id = id
        if keep_name:
            self.name, orig = name, None
        else:
            self.name, orig = split_copy(clean(name))
        self.line = line
        self.item = item
        self.kind = kind or kind_of(self.name)
        self.required = required
        self.need = need
        self.original = original if original is not None else orig
        self.copies = copies
        self.when = when          # (text, xpath or None, reads or None)
        self.note = note
        self.media = media
        self.spec = None          # (the guide's words, {attribute: value}) from spec_of()
        self.children = children or []

    def to_xml(self, parent):
        if "承诺书" in self.name and "容缺" not in self.name:
            self.kind = "pledge"  # an ordinary material, required as the guide says
        m = el(parent, "material", id=self.id, kind=self.kind,
               required=None if self.required == "always" else self.required,
               need=None if self.need == "all" else self.need,
               original=self.original, copies=self.copies)
        el(m, "name", self.name)
        if self.media:
            el(m, "media", self.media)
        if self.when:
            text, xpath, reads = self.when
            el(m, "when", text, xpath=xpath, reads=reads)
        if self.spec:
            text, attrs = self.spec
            el(m, "spec", text, **attrs)
        if self.note:
            el(m, "note", self.note)
        cite(m, DOCUMENT, self.item, self.line)
        for c in self.children:
            c.to_xml(m)
        return m


RE_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(kb|KB|k|K|mb|MB|M)\s*以下")
RE_PIXELS = re.compile(r"像素\s*(\d+)\s*[*×xX]\s*(\d+)")


def spec_of(text):
    """A document specification from the guide's words (大小 20kb 以下，像素 360*480): the
    words and the checked attributes. 1 kb = 1024 bytes, 1 mb = 1024 kb."""
    attrs = {}
    m = RE_SIZE.search(text)
    if m:
        unit = 1024 * 1024 if m.group(2).lower().startswith("m") else 1024
        attrs["maxBytes"] = int(float(m.group(1)) * unit)
    m = RE_PIXELS.search(text)
    if m:  # width*height as the guide writes it (360*480 is a portrait photo)
        attrs["width"], attrs["height"] = int(m.group(1)), int(m.group(2))
    for words, colour in (("白底", "white"), ("蓝底", "blue"), ("红底", "red")):
        if words in text:  # 电子版白底免冠照片: the photo's background (its pixels are read)
            attrs["background"] = colour
    return (text, attrs) if attrs else None


def fact_when(text, fact, value):
    return (text, "%s = '%s'" % (CONDITION_PREFIX % fact, value), fact)


def commitment(line, item):
    return Mat("commitment", "容缺受理承诺书", line, item, kind="commitment-letter",
               required="when-deferred")


# ---------------------------------------------------------------- document structure
class Section:
    def __init__(self, n, title, line):
        self.n = n
        self.title = title
        self.line = line          # 1-based line of the header
        self.lines = []           # (lineno, text) of the section body

    def find(self, prefix_re):
        for no, t in self.lines:
            if re.match(prefix_re, t.strip()):
                return no
        return None

    def block(self, start_re, stop_res):
        """Lines after the line matching start_re until one matching any of stop_res."""
        out, on = [], False
        for no, t in self.lines:
            s = t.strip()
            if not on:
                if re.match(start_re, s):
                    on = True
                continue
            if any(re.match(r, s) for r in stop_res):
                break
            out.append((no, t))
        return out


def split_sections(lines):
    """The guide's sections 1..59, found in order, each with its body lines."""
    start = None
    for i, t in enumerate(lines):
        if t.strip() == "合规办事业务指南" and i > 20:
            start = i
            break
    end = next(i for i, t in enumerate(lines) if t.strip() == "违规禁办事项清单" and i > start)
    sections, n, cur = [], 1, None
    i = start
    while i < end:
        s = lines[i].strip()
        m = re.match(r"^(\d{1,2})\s*\.\s*(?!\d)(\S.*)$", s)
        if m and int(m.group(1)) == n and (cur is None or cur.find(r"^%d\.3" % cur.n)):
            cur = Section(n, clean_title(m.group(2)), i + 1)
            sections.append(cur)
            n += 1
        elif cur is not None:
            cur.lines.append((i + 1, lines[i]))
        i += 1
    return sections, end


def fullwidth(t):
    return t.replace("(", "（").replace(")", "）")


def clean_title(t):
    """Headings lose PDF spaces and get full-width brackets (the guide mixes both)."""
    return fullwidth(re.sub(r"\s+", "", t))


def items_of(block):
    """Numbered items of a 需提供要件 block: [(marker, number, text, line)], where marker
    is 'p' for (N) and 'c' for circled numbers; unnumbered lines continue the previous
    item (PDF line breaks) or, before any item, are returned with marker None."""
    items = []
    for no, t in block:
        s = t.strip()
        if not s:
            continue
        m = RE_PAREN.match(s)
        c = RE_CIRCLE.match(s)
        if s.startswith("以上材料"):
            items.append(["n", 0, s, no])  # a remark on the list above, not an item
        elif m:
            items.append(["p", int(m.group(1)), m.group(2), no])
        elif c:
            items.append(["c", CIRCLED.index(c.group(1)) + 1, c.group(2), no])
        elif items and items[-1][0] in ("p", "c"):
            items[-1][2] = join([items[-1][2], s])
        else:
            items.append([None, 0, s, no])
    return items


def item_label(n, sub, marker_n=None, circle_n=None):
    s = "%s %d.1" % (GUIDE, n)
    if marker_n:
        s += " (%d)" % marker_n
    if circle_n:
        s += " " + CIRCLED[circle_n - 1]
    return s


def generic_materials(sec, items):
    """(N) items as materials 'N', circled items under them as 'N.k'."""
    mats, parent = [], None
    for marker, num, text, no in items:
        if marker == "p":
            parent = Mat(str(num), text, no, item_label(sec.n, None, num))
            mats.append(parent)
        elif marker == "c":
            if parent is None:
                mats.append(Mat(str(num), text, no, item_label(sec.n, None, None, num)))
            else:
                parent.children.append(Mat("%s.%d" % (parent.id, num), text, no,
                                           item_label(sec.n, None, int(parent.id), num)))
    return mats


def split_provide(text):
    """'低保家庭毕业生提供户口簿、…' -> ('低保家庭毕业生提供', '户口簿、…')."""
    m = re.match(r"^(.*?(?:需提供|提供))(.*)$", clean(text))
    return (m.group(1), m.group(2)) if m else ("", clean(text))


# ---------------------------------------------------------------- shapers (by section)
GRADUATE_CATEGORIES = ["minimum-living", "disabled-parent", "poverty-alleviated",
                       "relapse-monitoring", "extreme-poverty", "disabled", "martyr-child",
                       "orphan", "student-loan"]
GRADUATE_KINDS = ["certificate", "certificate", "certificate", "proof", "certificate",
                  "certificate", "certificate", "certificate", "contract"]


def shape_5(sec, items):
    mats = generic_materials(sec, items)
    five = next(m for m in mats if m.id == "5")
    five.kind = "other"
    five.note = "以上材料要求原件及复印件各 1 份，其中户口簿复印件提供首页及本人页即可"
    for i, c in enumerate(five.children):
        cond, name = split_provide(c.name)
        c.name, c.kind = name, GRADUATE_KINDS[i]
        c.required = "conditional"
        c.when = fact_when(cond, "graduateCategory", GRADUATE_CATEGORIES[i])
        c.original, c.copies = "original-and-copy", 1
    for m in mats:
        if m.name == "容缺受理承诺书":
            m.required = "when-deferred"
    return {"": mats}


def shape_6(sec, items):
    one, two, three = [it for it in items if it[0] == "p"]

    def m1():
        return Mat("1", one[2], one[3], item_label(sec.n, None, 1), kind="proof")
    two_name = clean(two[2]).split("，可到")[0]
    three_name = clean(three[2]).split("，党员本人到")[0]
    ins = Mat("2", two_name, two[3], item_label(sec.n, None, 2), kind="proof",
              note=clean(two[2])[len(two_name) + 1:])
    outs = Mat("3", three_name, three[3], item_label(sec.n, None, 3), kind="proof",
               note=clean(three[2])[len(three_name) + 1:])
    return {"in-province": ("转往本省内党组织", [m1(), ins]),
            "out-of-province": ("转往外省（含中直单位）党组织", [m1(), outs])}


def shape_8(sec, items):
    out = {}
    for (marker, num, text, no), (sid, label) in zip(
            [it for it in items if it[0] == "p"],
            [("transfer-in", "异地转入"), ("transfer-out", "异地转出")]):
        names = re.split(r"[、]", clean(text).split("：", 1)[1])
        out[sid] = (label, [Mat(str(i + 1), nm, no, item_label(sec.n, None, num))
                            for i, nm in enumerate(names)])
    return out


def shape_9(sec, items):
    mats = generic_materials(sec, items)
    two = mats[1]
    two.need, two.kind = "one-of", "social-security-card"
    a, b = two.name.split("或")
    two.children = [Mat("2.1", a, two.line, two.item), Mat("2.2", b, two.line, two.item)]
    three = mats[2]
    m = re.match(r"^(.*)[（(](停保原因不明时提供)[）)]$", three.name)
    three.name = m.group(1)
    three.kind, three.need, three.required = "proof", "one-of", "conditional"
    three.when = fact_when(m.group(2), "contributionStopReasonUnclear", "true")
    a, b = three.name.split("或")
    three.children = [Mat("3.1", a, three.line, three.item, kind="proof"),
                      Mat("3.2", b, three.line, three.item, kind="proof")]
    return {"": mats}


def shape_10(sec, items):
    text, no = clean(items[0][2]), items[0][3]
    # 查档单位应派两名中共党员前往，持查阅人有效证件和所在单位介绍信原件，以及被查阅人的有效身份证件
    item = "%s %d.1" % (GUIDE, sec.n)
    return {"": [
        Mat("1", "查阅人有效证件", no, item, kind="id-card",
            note="查档单位应派两名中共党员前往，持查阅人有效证件"),
        Mat("2", "所在单位介绍信原件", no, item, kind="letter", original="original"),
        Mat("3", "被查阅人的有效身份证件", no, item, kind="id-card"),
    ]} if "查阅人有效证件" in text else {"": []}


def shape_11(sec, items):
    text, no = clean(items[0][2]), items[0][3]
    item = "%s %d.1" % (GUIDE, sec.n)
    a, b = text.split("或")
    return {"": [Mat("1", text, no, item, kind="id-card", need="one-of", children=[
        Mat("1.1", a, no, item, kind="id-card"), Mat("1.2", b, no, item, kind="proof")])]}


def shape_12(sec, items):
    mats = generic_materials(sec, items)
    mats[1].kind = "archive-material"
    start = sec.find(r"^注：")
    note_line = [t for no, t in sec.lines if no == start][0].strip()
    mats[1].note = clean(note_line)
    return {"": mats}


def shape_13(sec, items):
    blk = sec.block(r"^%d\.1" % sec.n, [r"^资料来源", r"^%d\.2" % sec.n])
    recv, trans, cur = [], [], None
    for no, t in blk:
        s = t.strip()
        if s.startswith("档案的接收"):
            cur = recv
            continue
        if s.startswith("档案的转递"):
            cur = trans
            continue
        if cur is not None:
            cur.append((no, t))
    out = {}
    r_items = items_of(recv)
    out["receive"] = ("档案的接收", [Mat(str(num), text, no, "%s %d.1 档案的接收 (%d)" % (GUIDE, sec.n, num))
                                     for _, num, text, no in r_items])
    out["receive"][1][2].kind = "archive-material"
    t_items = items_of(trans)
    for (marker, num, text, no), (sid, label) in zip(
            [it for it in t_items if it[0] == "p"],
            [("transfer-individual", "档案的转递：个人存档"),
             ("transfer-collective", "档案的转递：单位委托集体存档")]):
        names = clean(text).split("：", 1)[1].split("、")

        def line_of(name, heading=no):
            # The line that names it, not the heading "- (1) 个人存档：" (round 34, tester a).
            for n, t in trans:
                if n > heading and name[:4] in t.replace(" ", ""):
                    return n
            return heading

        mats = []
        for i, nm in enumerate(names):
            k = None
            if "调档函" in nm:
                k = "letter"
            elif "授权委托书" in nm:
                k = "authorization"
            mats.append(Mat(str(i + 1), nm, line_of(nm), "%s %d.1 档案的转递 (%d)" % (GUIDE, sec.n, num), kind=k))
        out[sid] = (label, mats)
    return out


TRAINING_CATEGORIES = [
    ("贫困家庭子女", "poor-family-child"), ("城乡未继续升学的初高中毕业生", "non-continuing-graduate"),
    ("农村转移就业劳动者", "rural-migrant"), ("下岗失业人员", "laid-off"), ("残疾人", "disabled"),
    ("离校未就业高校毕业生", "unemployed-graduate"), ("退役军人", "veteran"),
    ("服刑人员、戒毒人员", "inmate-or-rehab"), ("城乡贫困劳动力", "poor-labour"),
    ("个体工商户用工", "self-employed-hire"),
]


def shape_15(sec, items):
    """Individual (1) vs training institution (2); ② of (1) is per person category."""
    p = [it for it in items if it[0] == "p"]
    ind_c = [it for it in items if it[0] == "c" and p[0][3] < it[3] < p[1][3]]
    ins_c = [it for it in items if it[0] == "c" and it[3] > p[1][3]]
    lab = lambda num, c: "%s %d.1 (%d) %s" % (GUIDE, sec.n, num, CIRCLED[c - 1])
    one = Mat("1", ind_c[0][2], ind_c[0][3], lab(1, 1))
    text, no = clean(ind_c[1][2]), ind_c[1][3]
    head, body = re.match(r"^(.*?)[（(](.*)[）)]$", text).groups()
    parts = [x.strip() for x in body.split("；")]
    two = Mat("2", head, no, lab(1, 2), kind="other")
    k = 1
    for part in parts:
        if part.startswith("非大连户籍人员"):
            two.children.append(Mat("2.%d" % k, "居住证", no, lab(1, 2), kind="residence-permit",
                                    required="conditional",
                                    when=fact_when(part[: part.index("居住证")], "dalianHukou", "false")))
            k += 1
            continue
        cond, name = split_provide(part)
        label = next(v for w, v in TRAINING_CATEGORIES if cond.startswith(w))
        kind = {"rural-migrant": "hukou-book", "laid-off": "certificate", "disabled": "certificate",
                "non-continuing-graduate": "certificate", "unemployed-graduate": "certificate",
                "self-employed-hire": "business-license"}.get(label, "proof")
        m = Mat("2.%d" % k, name, no, lab(1, 2), kind=kind, required="conditional",
                when=fact_when(cond, "trainingCategory", label))
        if label == "laid-off":
            a, b = name.split("或")
            m.need = "one-of"
            m.children = [Mat("2.%d.1" % k, a, no, lab(1, 2), kind="certificate"),
                          Mat("2.%d.2" % k, b, no, lab(1, 2), kind="certificate")]
        two.children.append(m)
        k += 1
    inst = []
    for _, num, text, no in ins_c:
        m = Mat(str(num), text, no, lab(2, num))
        mm = re.match(r"^(.*?)[（(](首次申请时提供)[）)]$", m.name)
        if mm:
            m.name, m.kind, m.required = mm.group(1), "other", "conditional"
            m.when = fact_when(mm.group(2), "firstApplication", "true")
        mm = re.match(r"^(.*?)[（(](资金申请审核通过后提供)[）)]等?$", m.name)
        if mm:
            m.name, m.required = mm.group(1), "conditional"
            m.when = fact_when(mm.group(2), "fundingApproved", "true")
        if num == 1:
            m.kind = "list"
        inst.append(m)
    return {"individual": ("个人申报培训", [one, two]),
            "institution": ("培训机构申领培训补贴（含鉴定补贴）", inst)}


def shape_17(sec, items):
    mats = generic_materials(sec, items)
    two = mats[1]
    a, b = two.name.split("或")
    two.need, two.kind = "one-of", "social-security-card"
    two.children = [Mat("2.1", a, two.line, two.item), Mat("2.2", b, two.line, two.item, kind="bank-card")]
    return {"": mats}


def shape_18(sec, items):
    p = [it for it in items if it[0] == "p"]
    scen = [("apprenticeship", "申报企业新型学徒制培训"), ("advance-funding", "申请预拨培训补贴资金"),
            ("balance-funding", "申领剩余职业培训补贴")]
    out = {}
    for idx, (sid, label) in enumerate(scen):
        lo = p[idx][3]
        hi = p[idx + 1][3] if idx + 1 < len(p) else 10 ** 9
        mats = []
        for _, num, text, no in [it for it in items if it[0] == "c" and lo < it[3] < hi]:
            m = Mat(str(num), text, no, "%s %d.1 (%d) %s" % (GUIDE, sec.n, idx + 1, CIRCLED[num - 1]))
            if "一式3份" in m.name:
                m.name = m.name.split("（")[0]
                m.copies = 3
                m.note = "一式3份，加盖印章"
            mm = re.match(r"^(.*?)[（(](不参加市级鉴定部门组织的鉴定考试的除外)[）)]$", m.name)
            if mm:
                m.name, m.required = mm.group(1), "conditional"
                m.when = (mm.group(2),
                          "%s = 'true'" % (CONDITION_PREFIX % "cityAssessmentExam"), "cityAssessmentExam")
            if "票据" in m.name:
                m.kind, m.original = "financial-statement", "copy"
                m.name = re.sub(r"\s*[（(]复印件[）)]$", "", m.name)
            if "视频" in m.name:
                m.kind = "other"
            if "培训计划" in m.name:
                m.kind = "other"
            mats.append(m)
        out[sid] = (label, mats)
    return out


def shape_one_of_3(sec, items):
    """23/24 (3): 高级以上职业资格证书（职业等级证书）或中级以上技术职称证书."""
    mats = generic_materials(sec, items)
    three = mats[2]
    a, b = three.name.split("或中级")
    three.need, three.kind = "one-of", "certificate"
    three.children = [Mat("3.1", a, three.line, three.item, kind="certificate"),
                      Mat("3.2", "中级" + b, three.line, three.item, kind="certificate")]
    for m in mats:
        if m.name == "学历证明":
            m.kind = "certificate"
    return {"": mats}


def shape_25(sec, items):
    mats = generic_materials(sec, items)
    photo = mats[1]
    head, rest = photo.name.split("，", 1)
    photo.name, photo.kind, photo.media = head, "photo", "image/jpeg"
    photo.spec = spec_of(photo.name + "，" + rest)  # 电子版白底免冠照片，大小 20kb 以下，像素 360*480，jpg 格式
    return {"": mats}


def shape_26(sec, items):
    mats = generic_materials(sec, items)
    cond, name = split_provide(mats[1].name)
    mats[1].name, mats[1].kind, mats[1].required = name, "certificate", "conditional"
    mats[1].when = fact_when(cond, "correctingEducation", "true")
    return {"": mats}


def shape_34(sec, items):
    mats = generic_materials(sec, items)
    for m in mats[1:3]:
        parts = m.name.split("、")
        m.kind = kind_of(parts[0])
        m.children = [Mat("%s.%d" % (m.id, i + 1), nm, m.line, m.item, original=m.original)
                      for i, nm in enumerate(parts)]
        m.children[-1].kind = "financial-statement" if "发票" in parts[-1] else m.children[-1].kind
    four = mats[3]
    mm = re.match(r"^(残疾人需提供)(残疾证)[（(](可联网协查的除外)[）)]$", four.name)
    four.name, four.kind, four.required = mm.group(2), "certificate", "conditional"
    # needed by a disabled applicant unless the certificate can be verified online
    four.when = (mm.group(1) + "（" + mm.group(3) + "）",
                 "%s = 'true' and %s = 'false'" % (CONDITION_PREFIX % "disabled",
                                                   CONDITION_PREFIX % "disabilityCertificateOnline"),
                 "disabled disabilityCertificateOnline")
    return {"": mats}


def shape_35(sec, items):
    mats = generic_materials(sec, items)
    person = ("个人创业担保贷款对象申请时提供", "m:applicant/@kind = 'person'", None)
    org = ("小微企业创业担保贷款对象申请时提供", "m:applicant/@kind = 'organization'", None)
    for m in mats:
        if m.id == "1":
            m.required, m.when = "conditional", person
        if m.id in ("3", "5"):
            m.required, m.when = "conditional", org
        if m.id == "5":
            m.kind = "other"
        if m.name == "容缺受理承诺书":
            m.required = "when-deferred"
    return {"": mats}


def shape_37(sec, items):
    mats = generic_materials(sec, items)
    for m in mats:
        if m.name == "容缺受理承诺书":
            m.required = "when-deferred"
        if m.name == "二寸照片":
            m.kind = "photo"
    return {"": mats}


HARDSHIP = {5: "zero-employment-family", 6: "urban-minimum-living", 7: "disabled",
            8: "single-parent", 9: "military-spouse", 10: "entitled-group", 11: "martyr-family",
            12: "labour-model", 13: "land-expropriated"}
HARDSHIP_KINDS = {5: "proof", 6: "certificate", 7: "certificate", 8: "hukou-book",
                  9: "proof", 10: "proof", 11: "proof", 12: "certificate", 13: "proof"}


def shape_39(sec, items):
    mats = [m for m in generic_materials(sec, items)]
    for m in mats:
        n = int(m.id)
        if n == 4:
            m.required = "conditional"
            m.name = "居住证"
            m.when = fact_when("非大连本地户籍申请人", "dalianHukou", "false")
        if n in HARDSHIP:
            cond, name = split_provide(m.name)
            m.name, m.kind, m.required = name, HARDSHIP_KINDS[n], "conditional"
            m.when = fact_when(cond, "hardshipCategory", HARDSHIP[n])
        if n == 8:  # 其中离婚人员提供 X，丧偶人员提供 Y: parts by the reason of single parenthood
            mm = re.match(r"^(.+?)，其中(离婚人员)提供(.+?)，(丧偶人员)提供(.+)$", m.name)
            single = CONDITION_PREFIX % "hardshipCategory" + " = 'single-parent'"
            reason = CONDITION_PREFIX % "singleParentReason"
            # the parent's condition is repeated so that other categories need not declare
            # singleParentReason
            m.children = [
                Mat("8.1", mm.group(1), m.line, m.item, kind="hukou-book"),
                Mat("8.2", mm.group(3), m.line, m.item, kind="marriage-certificate",
                    required="conditional",
                    when=(mm.group(2), "%s and %s = 'divorced'" % (single, reason),
                          "hardshipCategory singleParentReason")),
                Mat("8.3", mm.group(5), m.line + 2, m.item, kind="marriage-certificate",
                    required="conditional",
                    when=(mm.group(4), "%s and %s = 'widowed'" % (single, reason),
                          "hardshipCategory singleParentReason")),
            ]
    return {"": mats}


def shape_none(sec, items):
    return None


SHAPERS = {5: shape_5, 6: shape_6, 8: shape_8, 9: shape_9, 10: shape_10, 11: shape_11,
           12: shape_12, 13: shape_13, 15: shape_15, 16: shape_15, 17: shape_17, 18: shape_18,
           23: shape_one_of_3, 24: shape_one_of_3, 25: shape_25, 26: shape_26, 34: shape_34,
           35: shape_35, 37: shape_37, 39: shape_39}

KIND_FIX = {  # (section, material id) -> kind, where the keyword rules guess wrong
    (4, "2"): "authorization", (12, "1"): "id-card", (21, "1"): "proof", (22, "1"): "proof",
    (21, "3"): "proof", (22, "3"): "proof", (29, "5"): "other", (29, "3"): "list",
    (38, "1"): "application-form", (38, "3"): "other", (38, "7"): "contract",
    (38, "8"): "other", (36, "2"): "contract", (20, "1"): "application-form",
}


# ---------------------------------------------------------------- channels, time limit
def channels(sec):
    blk = sec.block(r"^%d\.2" % sec.n, [r"^%d\.3" % sec.n])
    lines = [(no, t.strip()) for no, t in blk if t.strip() and t.strip() != "操作流程"]
    lines = [(no, s) for no, s in lines
             if not re.match(r"^%d\s*[.．]\s*\D" % sec.n, s) and not s.startswith("优秀创业型人才遴选")]
    # join links broken across lines: <https://…/df75af49-291d-> + 4756-bd14-…
    fixed = []
    for no, s in lines:
        if fixed and re.match(r"^[0-9a-f]{3,}(-[0-9a-f]+)+$", s) and fixed[-1][1].endswith("->"):
            fixed[-1] = (fixed[-1][0], fixed[-1][1][:-1] + s + ">")
            continue
        fixed.append((no, s))
    out = []
    mode, cur = None, []

    def flush():
        if mode == "window":
            out.append(("window", None, clean(join(cur))))
        elif mode == "online":
            text = join(cur)
            urls = RE_URL.findall(text)
            href = next((u for u in urls if "dlPortal" in u), urls[0] if urls else None)
            text = re.sub(r"\s*<(https?://[^>]+)>", r" \1", text)
            text = re.sub(r"([：:（(])\s+", r"\1", text)
            out.append(("online", href, clean(text)))

    for no, s in fixed:
        m = re.match(r"^[①②③]?\s*(窗口办|网上办)\s*[:：]\s*(.*)$", s)
        if m:
            flush()
            mode = "window" if m.group(1) == "窗口办" else "online"
            cur = [m.group(2)] if m.group(2) else []
            continue
        if mode:
            sep = ""
            if cur and mode == "online" and s.startswith("途径"):
                sep = "；"
            elif cur and is_wide(s[0]) and s[0] not in "（《" and cur[-1][-1] not in "：:，。；":
                sep = "，"
            cur.append(sep + s)
    flush()
    return out


def time_limit(sec):
    no = sec.find(r"^%d\.3" % sec.n)
    s = [t for n, t in sec.lines if n == no][0].strip()
    text = clean(re.split(r"办理时限\s*[:：]\s*", s, 1)[1])
    m = re.search(r"(\d+)\s*个工作日", text)
    if m:
        return "working-days", m.group(1), text, no
    if re.search(r"即时|及时|当场", text):
        return "immediate", None, text, no
    m = re.search(r"(\d+)\s*[日天]", text)
    if m:
        return "days", m.group(1), text, no
    return "unspecified", None, text, no


# ---------------------------------------------------------------- the two lists
# 违规禁办事项清单 and 容缺办理事项清单: list name -> matter code (wording differences noted)
LIST_ALIASES = {
    "职业供求信息、市场工资指导价信息和职业培训信息发布": ("RS-004", "清单作“市场工资指导价信息”，指南 4 作“市场工资指导价位信息”"),
    "职业技能鉴定考评人员初审": ("RS-024", "清单作“考评人员初审”，指南 24 作“考评员初审”"),
    "求职创业补贴服务": ("RS-005", "清单把“求职创业补贴服务”与“求职创业补贴申领”分列，所容缺资料相同；指南只有 5 求职创业补贴申领，按同一事项处理"),
    "高等学校等毕业生接收手续办理": ("RS-X01", None),
    "专项能力鉴定考试报名": ("RS-025", "清单作“专项能力鉴定考试报名”，指南 25 作“申报职业技能鉴定”"),
}

# 容缺: (list row) -> [(material id, scenario)] in the matter; names are the list's own
DEFERRAL_MATERIALS = {
    1: [("3", "")], 3: [("3", "")], 4: [], 5: [("2", "")], 6: [("1.1", "")], 7: [("1", "")],
    8: [("4", "receive"), ("1", "transfer-individual"), ("1", "transfer-collective")],
    9: [("1", "individual")], 10: [("1", ""), ("2", ""), ("3", "")], 11: [("1", "")], 2: [],
}


def parse_table(lines, title, ncols):
    """Rows of a tab-separated list after its second title line: (row no, cells, line)."""
    idx = [i for i, t in enumerate(lines) if t.strip() == title]
    rows = []
    for i in range(idx[-1] + 1, len(lines)):
        cells = [c.strip() for c in lines[i].split("\t")]
        if len(cells) >= ncols and cells[0].isdigit():
            rows.append((int(cells[0]), cells[1:], i + 1))
        if rows and lines[i].strip().endswith("清单") and i > idx[-1] + 2:
            break
    return rows


def matter_code_for(name, by_name):
    norm = re.sub(r"\s+", "", name)
    if norm in by_name:
        return by_name[norm], None
    if norm in LIST_ALIASES:
        return LIST_ALIASES[norm]
    return None, None


# ---------------------------------------------------------------- parse
def parse(text):
    lines = text.split("\n")
    sections, _ = split_sections(lines)
    unencoded = []
    if len(sections) != 59:
        unencoded.append("合规办事业务指南: found %d sections, expected 59" % len(sections))
    # names in the 人社权力事项清单 (to note where the guide's heading differs)
    table = {}
    for t in lines[:120]:
        cells = t.split("\t")
        for i, c in enumerate(cells[:-2]):
            if c.strip().isdigit() and 1 <= int(c.strip()) <= 59 and i + 1 < len(cells):
                table[int(c.strip())] = re.sub(r"\s+", "", cells[i + 1])
    matters, by_code, by_name = [], {}, {}
    for sec in sections:
        code = "RS-%03d" % sec.n
        blk = sec.block(r"^%d\.1" % sec.n, [r"^资料来源", r"^注：", r"^%d\.2" % sec.n])
        items = items_of(blk)
        none = [it for it in items if it[0] is None and it[2] == "无"]
        shaper = SHAPERS.get(sec.n)
        if none and not [it for it in items if it[0]]:
            scen = None
        elif shaper:
            scen = shaper(sec, items)
        else:
            scen = {"": generic_materials(sec, items)}
        m = el(None, "matter", code=code, kind="information-only" if scen is None else None)
        el(m, "name", sec.title)
        el(m, "department", DEPARTMENT)
        cite(m, DOCUMENT, "%s %d" % (GUIDE, sec.n), sec.line)
        if table.get(sec.n) and fullwidth(table[sec.n]) != sec.title:
            el(m, "note", "人社权力事项清单序号 %d 作“%s”" % (sec.n, table[sec.n]))
        if scen is None:
            el(m, "note", "需提供要件：无（申请人无需提交材料）")
        for it in items:
            if it[0] is None and it[2] != "无" and sec.n not in (10, 11, 13):
                el(m, "note", clean(it[2]))
        unit, value, ttext, tline = time_limit(sec)
        el(m, "timeLimit", ttext, unit=unit, value=value)
        for kind, href, ctext in channels(sec):
            el(m, "channel", ctext or None, kind=kind, href=href)
        if scen is not None:
            for sid, val in scen.items():
                label, mats = val if isinstance(val, tuple) else ("", val)
                s = el(m, "scenario", id=sid)
                el(s, "name", label)
                for mat in mats:
                    fix = KIND_FIX.get((sec.n, mat.id))
                    if fix and sid == "":
                        mat.kind = fix
                    if mat.name == "容缺受理承诺书":
                        mat.kind, mat.required = "commitment-letter", "when-deferred"
                    mat.to_xml(s)
        matters.append(m)
        by_code[code] = m
        by_name[re.sub(r"\s+", "", sec.title)] = code
        if table.get(sec.n):
            by_name.setdefault(table[sec.n], code)

    unencoded.extend(JUDGEMENTS)

    # ---- 容缺办理事项清单 -> <deferral> (+ the commitment letter where the scenario lacks one)
    for row, cells, line in parse_table(lines, "容缺办理事项清单", 4):
        name, what, supplier = cells[0], re.sub(r"\s+", "", cells[1]), cells[2]
        code, why = matter_code_for(name, by_name)
        if code is None:
            unencoded.append("容缺办理事项清单 %d %s: no matter found" % (row, name))
            continue
        if code not in by_code:
            continue  # matters outside the guide's numbering (RS-X01) come whole from the overlay
        m = by_code[code]
        if row not in DEFERRAL_MATERIALS:
            unencoded.append("容缺办理事项清单 %d %s: no material of %s named for it" % (row, name, code))
            continue
        targets = DEFERRAL_MATERIALS[row]
        if not targets:
            insert_child(m, el(None, "note", "容缺办理事项清单 %d “%s”（%s，%s）：%s"
                                % (row, name, what, supplier, why)))
            continue
        names = what.split("、") if len(what.split("、")) == len(targets) else [what] * len(targets)
        for (mid, sid), dname in zip(targets, names):
            d = el(None, "deferral", material=mid, scenario=sid or None, supplier=supplier)
            el(d, "name", dname)
            cite(d, DOCUMENT, "容缺办理事项清单 %d" % row + ("（%s）" % why if why else ""), line)
            insert_child(m, d)
            for s in m.findall("{urn:dalian:intake:catalog:1}scenario"):
                if sid and s.get("id") != sid:
                    continue
                if not any(x.get("kind") == "commitment-letter" and x.get("required") == "when-deferred"
                           for x in s.findall("{urn:dalian:intake:catalog:1}material")):
                    commitment(line, "容缺办理事项清单 %d" % row).to_xml(s)

    # ---- 违规禁办事项清单 -> <forbidden> (prose; the overlay adds the XPath by id)
    for row, cells, line in parse_table(lines, "违规禁办事项清单", 3):
        name, what = cells[0], cells[1]
        code, why = matter_code_for(name, by_name)
        if code is None or code not in by_code:
            unencoded.append("违规禁办事项清单 %d %s: no matter found" % (row, name))
            continue
        m = by_code[code]
        parts = []
        for p in [p.strip() for p in re.split(r"\s*\d\.\s+", what) if p.strip()]:
            mm = re.match(r"^接收：(.*?)。?转递：(.*)$", p)
            if mm:
                parts += ["接收：" + x for x in mm.group(1).rstrip("。").split("；")]
                parts.append("转递：" + mm.group(2))
            else:
                parts.append(p)
        for i, p in enumerate(parts):
            f = el(None, "forbidden", id="F%d" % (i + 1))
            el(f, "when", p.rstrip("。"))
            el(f, "message", "不予受理：" + p.rstrip("。"))
            cite(f, DOCUMENT, "违规禁办事项清单 %d" % row + ("（%s）" % why if why else ""), line)
            insert_child(m, f)
    return matters, unencoded


JUDGEMENTS = [
    "RS-001 劳动用工备案, RS-002 职业介绍, RS-003 职业指导 and RS-032 就业登记: 需提供要件 is 无, yet the guide says they are applied for (办理路径 网上办/窗口办, 办理时限): curated/000.xml makes them services with one scenario and no materials (an application with no document is accepted).",
    "RS-004 F1, RS-005 F2: 办理人/申请人不能提供有效办理材料 is read from the boolean fact documentsValid that the clerk or front end sets; it overlaps the material checks, which already return a bundle whose materials are missing or defective.",
    "RS-005: 5.1 (5) 以上材料要求原件及复印件各 1 份 is applied to ①–⑨ (the list it follows); whether it also covers (1)–(4) is not clear. An applicant fitting several categories can declare only one graduateCategory.",
    "RS-005: 容缺办理事项清单 4 求职创业补贴服务 is taken as RS-005 (same deferral, no section of its own in the guide); recorded as a note on RS-005, no separate matter.",
    "RS-006: 6.1 (1)–(3) are preconditions and steps (当月党费缴纳, 转入党组织同意并提供名称), not documents; encoded as proof materials in two scenarios (in-province, out-of-province), the procedure kept in notes.",
    "RS-009: the 违规禁办事项清单 lists only 缴费不满一年 (F1, contributionMonths < 12); the guide's own condition (2) 非因本人意愿中断就业 is F2 (a declared fact).",
    "RS-010: 10.1 is prose; split into 查阅人有效证件, 所在单位介绍信原件, 被查阅人的有效身份证件. That the 查档单位 must send two 中共党员 cannot be checked from the bundle.",
    "RS-013: 档案的转递 lists 代办人有效身份证件 and 档案人员授权委托书 unconditionally, though they only make sense when someone acts for the archive holder; kept always-required as written.",
    "RS-015 F1: 机关事业单位人员不可参加 is checked only in the individual scenario; in a training institution's claim it concerns each trainee on the roster, which facts cannot express.",
    "RS-015, RS-016: (1) ② 人员类别材料 per person category is encoded as conditional children on trainingCategory (one category per applicant); 2.10 营业执照、用工合同或协议 stays one material. (2) ③ 首次申请时提供 and ④ 资金申请审核通过后提供 read the facts firstApplication and fundingApproved.",
    "RS-018: ⑧ photo condition (不参加市级鉴定部门组织的鉴定考试的除外) is per apprentice in reality; encoded with the single fact cityAssessmentExam.",
    "RS-019, RS-020: the 15 个工作日 run from the allocation of the fiscal funds (财政资金拨付后), not from the submission.",
    "RS-023 F1, RS-024 F1, RS-025 F1: 申报条件不符合要求 / 不符合报名条件 are judgements on conditions the guide does not enumerate; read from the boolean fact eligibilityMet that the clerk sets.",
    "RS-028: 被纳入失信被执行人名单的不在政策补贴范围之内 (line 1133) is an eligibility remark of the guide, not on the 违规禁办事项清单; refused from the fact dishonestDebtor (curated/000.xml F1).",
    "RS-034: (4) 残疾证 (可联网协查的除外): whether the certificate can be verified online cannot be seen in a bundle; read from the boolean fact disabilityCertificateOnline that the clerk or front end declares.",
    "RS-035: the guide's flat list mixes individual (1) and small-business (3), (5) materials; read as conditional on applicant/@kind (person / organization), an interpretation. (7) 容缺受理承诺书 is listed but the 容缺办理事项清单 names nothing deferrable for this matter, so it is never needed.",
    "RS-037: (1) 容缺受理承诺书 is listed but the 容缺办理事项清单 names nothing deferrable for this matter, so it is never needed.",
    "RS-039: (8) 单亲抚养 is split into 8.1 未成年子女户口簿, 8.2 离婚证、离婚协议或《离婚民事判决书》 (离婚人员) and 8.3 结婚证 (丧偶人员) by the fact singleParentReason; whether 8.2 means all three papers or 离婚证 with 离婚协议 or else the 判决书 the text does not say, so 8.2 stays one material checked by a person. Categories without a proof of their own (near-retirement, poverty-alleviated, rural-low-income, the 参照 categories, orphan) need only (1)–(4). The 温馨提示 that 网上办 only serves the near-retirement category (39.4, line 1628) refuses an online bundle of another category (curated/000-k-s32.xml F-online).",
    "RS-042 … RS-059: the exam eligibility conditions (学历, 工作年限, 免试条件) are the clerk's check (F-eligibility, curated/000-c-exams.xml: eligibilityMet); the time limit 国家人事考试中心规定的时间内 gives no dates, so no applicationWindow.",
    "RS-044: the online link is printed as zfwf.dl.gov.cn (probably zwfw.dl.gov.cn); kept as printed. RS-040's link has an 11-digit last group; kept as printed.",
    "RS-X01 高等学校等毕业生接收手续办理: only named in 容缺办理事项清单 2; this document gives no material list, channel or time limit for it. Encoded with the one material the list names (劳动合同) and the commitment letter.",
]

ORDER = ["name", "department", "cite", "note", "timeLimit", "channel", "applicationWindow",
         "scenario", "deferral", "forbidden"]


def _local(tag):
    return tag.split("}", 1)[-1]


def insert_child(m, child):
    rank = ORDER.index(_local(child.tag))
    pos = len(m)
    for i, c in enumerate(list(m)):
        if ORDER.index(_local(c.tag)) > rank:
            pos = i
            break
    m.insert(pos, child)

