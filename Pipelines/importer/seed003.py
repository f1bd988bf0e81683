"""Parser for seed 003: 大连市“群众办事通”办事指南 (the citizens' guide by life stage).

Area codes (BS-<AREA>-NNN, NNN = the item's 事项 number inside its area; the numbering
restarts in every area):
    生育 SY · 入学 RX (入学阶段: 幼儿园, 小学, 初中, 职业教育, 高中, 大学 share one numbering)
    户籍 HJ · 人力社保 RS · 个税 GS · 不动产 BDC · 公积金 GJJ · 车管 CG · 出入境 CRJ
    婚姻 HY · 退休 TX (退休阶段 / 养老) · 殡葬 BZ · 其他 QT (其他阶段)

Structure of the document: an area header line, then items "事项N：name" (sometimes
"事项N name", "N；name", "42项：name"), each with numbered sections (事项说明, 所需材料 /
申请材料 / 需要提供哪些材料 / 【报送资料】, 办理流程, 办理地点, 办理时限, 是否收费, 可否代办,
备注). After the last item (其他 事项27) the file holds only the flow-chart images' OCR
residue, which is ignored.

The parser takes, per item: the name, the materials (guide numbering (1)/①/1./1）, else in
order of the text), conditional clauses ("…的，提供…") as <when> prose (agent clauses as the
xpath boolean(m:agent)), 原件/复印件 and 份 counts, alternatives (A或B) as one-of
groups, routes with their own material list (车管 （一）（二）…, 留学回国 情况一/二, 个税
groups) as scenarios, the time limit, the place and any application web address as
channels, fees and 代办 as notes. Curated fixes live in Pipelines/curated/003.xml.
"""
from __future__ import annotations

import re

from catalogxml import cite, el

DOCUMENT = "003_ac3441e5f5207cf8.txt"
TITLE = "大连市“群众办事通”办事指南"
# The guide carries no date of its own. The latest date it cites as in force is
# 2018-07-01 (入学 事项26: "自2018年7月1日起 … 实行网上查询和电子认证"); its newest
# documents are of 2018 too (财税〔2018〕55号, 国家税务总局公告2018年第12号). The "2022"
# it mentions is only the name of the Beijing 2022 Winter Olympics.
EFFECTIVE_FROM = "2018-07-01"

AREAS = [  # (header line, area name used in citations, code)
    ("生育", "生育", "SY"),
    ("入学阶段", "入学", "RX"),
    ("户籍", "户籍", "HJ"),
    ("人力社保", "人力社保", "RS"),
    ("个税", "个税", "GS"),
    ("不动产", "不动产", "BDC"),
    ("公积金", "公积金", "GJJ"),
    ("车管", "车管", "CG"),
    ("出入境", "出入境", "CRJ"),
    ("婚姻", "婚姻", "HY"),
    ("养老", "退休", "TX"),
    ("殡葬", "殡葬", "BZ"),
    ("其他阶段", "其他", "QT"),
]
GUIDE_END_MARK = "医疗费院端持卡结算"

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9, "十": 10}

MAT_HEAD = re.compile(
    r"(所需材料|所须材料|申请材料|需要提供哪些材料|需要那些材料|需要提供那些材料|需要提供的材料|"
    r"所需要要件|所需要的材料|提交材料有哪些|应当具备哪些材料|需要提交的材料|需带材料|"
    r"【报送资料】|准备以下资料、凭证|应提交的手续|准备相关材料|哪些材料|提交材料(?=[：:]))")
SEC_HEAD = re.compile(
    r"^(?:【|(?:[0-9一二三四五六七八九十]+|[0-9]+\s*)\s*[\.、．，,;；]?\s*(?:具体)?"
    r"(?:办理|办事|流程|去哪|多长|是否|可否|备注|收费|承诺|基本流程|哪些医院|什么时间|二楼大厅|"
    r"被叫|在哪|审批依据|适用范围|领取|持卡|申请：|受理)|补充说明|附件|注：|[三四五六]、\s*$|"
    r"办理地点|咨询电话|四、|五、)")
TIME_HEAD = re.compile(r"(办理时限|时限|多长时间|办理时间)")
PLACE_HEAD = re.compile(r"(办理地点|去哪|在哪|办理渠道|办理地址|办理部门及地点)")
FEE_HEAD = re.compile(r"(是否收费|收费标准|办理是否收费|收费)")
AGENT_HEAD = re.compile(r"(可否代办|是否可以代办|可否可以代办|可否代办)")


def parse(text: str):
    lines = text.split("\n")
    end = len(lines)
    for i, l in enumerate(lines):
        if l.strip() == GUIDE_END_MARK:
            end = i
            break
    # area boundaries
    starts = []
    pos = 0
    for head, name, code in AREAS:
        for i in range(pos, end):
            if lines[i].strip() == head:
                starts.append((i, name, code))
                pos = i + 1
                break
        else:
            raise SystemExit(f"seed003: area header {head} not found")
    matters, unencoded = [], []
    for k, (start, name, code) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else end
        for item in split_items(lines, start + 1, stop):
            m = build_matter(lines, item, name, code, unencoded)
            if m is not None:
                matters.append(m)
    info = [m.get("code") for m in matters
            if m.get("kind") == "information-only" and m.get("code") not in CURATED_SERVICES]
    unencoded.append("information-only (Q&A items, or items whose 所需材料 is 无 / absent): "
                     + ", ".join(info) + " — no materials to check. "
                     + ", ".join(sorted(CURATED_SERVICES)) + " list documents without a materials "
                     "heading and are curated as services (Pipelines/curated/003.xml)")
    for m in matters:
        n = sum(1 for w in m.iter("{urn:dalian:intake:catalog:1}when") if not w.get("xpath"))
        if n:
            unencoded.append(f"{m.get('code')}: {n} material condition(s) kept as the guide's prose "
                             "(<when> without xpath): no declared fact decides them")
    unencoded.extend(FIXED_UNENCODED)
    return matters, unencoded


# information-only in the draft (no materials heading) but listing documents: curated as services
CURATED_SERVICES = {"BS-HY-003", "BS-HY-004", "BS-HY-006", "BS-HJ-015"}

FIXED_UNENCODED = [
    "不动产 事项5 (国有建设用地使用权更正登记) is printed twice (lines 5822 and 5843); the second copy is ignored",
    "BS-SY-003 (出生医学证明): 首次签发 情形（一）（二）（三）, 换发 and 补发 are curated as five scenarios "
    "(first-1, first-2, first-3, renew, reissue); the conditions inside them (证件缺失, 外籍, 信息不符, 1996-2007 "
    "军官证) stay prose: no fact is declared for them",
    "BS-HJ-001/002/016 (落户): 必备手续 are required, 选择手续 apply 'as relevant' (one conditional parent with "
    "prose <when>); 落户地址手续 is curated as a one-of (确认单 / 同意落户意见书 / 集体户口首页 [/ 人才集体户承诺书]). "
    "HJ-001 1.1.3 and 1.1.5 (婚姻状况, 随迁配偶有无职业) keep the parser's split of two-branch sentences: the "
    "未婚 branch (sign 《个人未婚声明》 at the counter) and the 有职业 branch stay inside the material's text",
    "BS-HJ-016 has no materials heading: its list is found from '一、必备手续'; BS-HJ-015's 军休干部 route lists "
    "conditions only (no documents) and is kept as a note",
    "BS-HY-001 (当事人持有规定的有效证件和照片), BS-HY-011 (who may consult marriage archives, each with its own "
    "documents), BS-RX-011/019 (相关证明材料), BS-QT-004 (《撤销收养登记申请书》 filled in at the office) name "
    "documents only vaguely or per inquirer; kept information-only",
    "BS-QT-008/009 (收养登记, 两项合并): the material lists of the four 收养 routes (一、… 四、…需提交：) are "
    "under no materials heading the parser knows and are not curated yet; both stay information-only",
    "a numbered item whose first sentence is a document and whose next sentences add conditional documents "
    "(BDC 抵押 主债权合同。最高额抵押的…, BDC 查询 申请人身份证明材料原件。委托查询的…, BZ-006 4 婚姻状况证明。…): "
    "the first sentence is the material, the rest is kept verbatim as its <note>, not as conditional materials",
    "BS-CRJ-002/003 (港澳/台湾 通行证): the 签注 routes (（一）…（九）) are parsed as conditional children of "
    "material 5 instead of separate scenarios; material 5's name still carries the 国家工作人员 paragraph",
    "BS-RS-045 5 and other numbered items that run several documents together in sentences "
    "(BZ-006 2/3, HY-007 2 where \"3.2张\" hides the number 3) are not split further",
    "BS-HY-008/009/010 and other per-category lists (香港居民, 企业单位职工, 城乡居民 …): the category "
    "heads are conditional parents with prose <when>; no applicant-category fact is declared",
    "BS-GS-002: its groups (首次申报, 年所得12万元以上, 境外所得 …) can apply together; they are modelled as "
    "scenarios like the exclusive routes of BS-GS-001/003/004",
    "BS-RX-015 (普通高中转学): the PDF conversion lost the circled numbers ①②③ (printed '('); curated "
    "as ①–⑦ with the guide's conditions as prose",
    "BS-HJ-004/007, BS-SY-006, BS-CRJ-001 4-5, BS-QT-022, BS-CG-006: material lists written as sentences are "
    "curated into documents in text order (HJ-007 and SY-006 as scenarios per occasion)",
    "人力社保 事项10/13/14 and 42 lack the '事项' prefix in the text (\"10；\", \"13；\", \"14：\", \"42项：\"); "
    "they are recognised by their place in the numbering",
    "no 违规禁办 / 容缺 lists in this document: no forbidden cases or deferrals encoded",
    "window channels carry the guide's place text only (the district phone tables are dropped); "
    "fees and 代办 rules are kept as notes, not checked",
]


# ---------------------------------------------------------------- segmentation

ITEM_RE = re.compile(r"^事项\s*([0-9]+)\s*[：:；;]?\s*(.*)$")
LOOSE_ITEM_RE = re.compile(r"^([0-9]+)\s*(?:项)?\s*[：:；;]\s*(\D.{2,})$")


def split_items(lines, start, stop):
    heads = []
    expected = 1
    seen = set()
    for i in range(start, stop):
        s = lines[i].strip()
        m = ITEM_RE.match(s)
        if not m:
            m2 = LOOSE_ITEM_RE.match(s)
            if m2 and int(m2.group(1)) in (expected, expected + 1):
                m = m2
        if not m:
            continue
        n = int(m.group(1))
        if n in seen:  # 不动产 事项5 is printed twice; keep the first
            heads.append((i, n, None))
            continue
        seen.add(n)
        expected = n + 1
        heads.append((i, n, m.group(2).strip()))
    items = []
    for j, (i, n, title) in enumerate(heads):
        e = heads[j + 1][0] if j + 1 < len(heads) else stop
        if title is None:
            continue
        items.append({"line": i, "n": n, "title": clean_title(title), "body": (i + 1, e)})
    return items


def clean_title(t: str) -> str:
    t = t.strip().rstrip("：:")
    t = re.sub(r"事项$", "", t)
    return t.strip()


# ---------------------------------------------------------------- matter

def build_matter(lines, item, area, code, unencoded):
    n = item["n"]
    mcode = f"BS-{code}-{n:03d}"
    citem = f"{area} 事项{n}"
    b0, b1 = item["body"]
    body = [(i, lines[i]) for i in range(b0, b1)]
    mat_ranges = find_material_sections(body)
    matter = el(None, "matter", code=mcode)
    el(matter, "name", item["title"])
    cite(matter, DOCUMENT, citem, item["line"] + 1)
    fee = section_text(body, FEE_HEAD)
    agent = section_text(body, AGENT_HEAD)
    tl = section_text(body, TIME_HEAD)
    place = section_text(body, PLACE_HEAD)
    urls = find_urls(body)

    groups = []
    for (label, rng) in mat_ranges:
        mats = parse_material_block(body, rng, citem, unencoded, mcode)
        groups.append((label, rng, mats))
    nonempty = [g for g in groups if g[2]]
    if code == "GS" and len(nonempty) == 1 and len(nonempty[0][2]) > 1:
        groups = []
        for g in nonempty[0][2]:
            label = re.sub(r"\s+", "", g.text).strip("：:，, ")
            kids = g.children
            if not kids:
                tail = re.split(r"应报送[：:]", label, maxsplit=1)
                if len(tail) == 2 and tail[1].strip():
                    k = Mat(tail[1], g.line)
                    finish(k, citem, mcode)
                    kids = [k]
            label = re.sub(r"[，,]?应报送[：:]?.*$", "", label)
            number(kids, "")
            groups.append((label, None, kids))
        nonempty = [g for g in groups if g[2]]
    if not nonempty:
        matter.set("kind", "information-only")
        if fee:
            el(matter, "note", "收费：" + fee[:300])
        return matter
    if fee:
        el(matter, "note", "收费：" + fee[:300])
    if agent:
        el(matter, "note", "代办：" + agent[:300])
    if tl:
        add_time_limit(matter, tl)
    if place:
        el(matter, "channel", place[:200], kind="window")
    else:
        el(matter, "channel", "窗口办理", kind="window")
    for u in urls:
        el(matter, "channel", "网上办理", kind="online", href=u)
    if len(nonempty) == 1 and not nonempty[0][0]:
        scn = el(matter, "scenario", id="")
        el(scn, "name", "")
        emit_materials(scn, nonempty[0][2])
    else:
        k = 0
        for label, rng, mats in groups:
            if not mats:
                continue
            k += 1
            scn = el(matter, "scenario", id=f"case-{k}")
            el(scn, "name", label or f"情形{k}")
            emit_materials(scn, mats)
    return matter


def find_material_sections(body):
    """Returns [(label, (i0, i1))] index ranges into body of the material lists.
    Several headings each preceded by a route label (（一）…, 情况一) give several."""
    heads = []
    for idx, (ln, raw) in enumerate(body):
        s = raw.strip()
        if not s:
            continue
        m = MAT_HEAD.search(s)
        if not m:
            continue
        pre = s[:m.start()]
        if "持" in pre[-3:] or "上述" in pre or "以上" in s[:4]:
            continue
        if re.search(r"[：:]", pre):
            continue  # "5.办理时限：工作人员对申请材料进行审查" is not a materials heading
        if m.group(1) == "哪些材料" and not re.match(r"^[0-9一二三四五六七八九十]+\s*[\.、．]", s):
            continue
        if not (len(pre) <= 12 or s.startswith("【")):
            continue
        if heads and idx - heads[-1] < 2:
            continue
        heads.append(idx)
    if not heads:
        # 户籍 事项16 lists 一、必备手续 / 二、选择手续 / 三、落户地址手续 with no materials heading
        for idx, (ln, raw) in enumerate(body):
            if re.match(r"^(?:一|1)\s*[、.．]\s*必备手续", raw.strip()):
                heads.append(idx)
                break
    if not heads:
        return []
    out = []
    for h_i, h in enumerate(heads):
        e = h + 1
        limit = heads[h_i + 1] if h_i + 1 < len(heads) else len(body)
        while e < limit:
            s = body[e][1].strip()
            if s and SEC_HEAD.match(s) and not MAT_HEAD.search(s):
                break
            if s and route_label(s) and h_i + 1 < len(heads) and e > h + 1:
                break
            e += 1
        label = ""
        if len(heads) > 1:
            label = find_label_before(body, h, heads[h_i - 1] if h_i else -1)
        out.append((label, (h, e)))
    if len(out) > 1 and not all(lbl for lbl, _ in out):
        # several headings without route labels (休学/复学, mid-text repeats): one list
        out = [("", (out[0][1][0], out[-1][1][1]))]
    return out


def route_label(s):
    return bool(re.match(r"^(（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|情况[一二三四]|情形（)", s))


def find_label_before(body, h, prev):
    for x in range(h - 1, max(prev, h - 12), -1):
        s = body[x][1].strip()
        if route_label(s):
            return s.rstrip("：:")
    return ""


def section_text(body, head_re):
    for idx, (ln, raw) in enumerate(body):
        s = raw.strip()
        if not s or not SEC_HEAD.match(s) and not s.startswith("【"):
            continue
        if not head_re.search(s[:14]):
            continue
        rest = re.sub(r"^[0-9一二三四五六七八九十]+\s*[\.、．，,;；]?\s*", "", s)
        rest = re.split(r"[：:？?；;]", rest, maxsplit=1)
        txt = rest[1].strip() if len(rest) > 1 else ""
        parts = [txt] if txt else []
        for ln2, raw2 in body[idx + 1: idx + 8]:
            s2 = raw2.strip()
            if not s2:
                continue
            if SEC_HEAD.match(s2) or ITEM_RE.match(s2):
                break
            if raw2.startswith("\t"):
                break
            parts.append(s2)
            if len("".join(parts)) > 120:
                break
        t = "".join(parts).strip()
        if t:
            return t
    return ""


def find_urls(body):
    out = []
    for ln, raw in body:
        if re.search(r"申请网址|电子税务局", raw):
            for u in re.findall(r"https?://[A-Za-z0-9./%?=&_:#~+-]+", raw):
                if u not in out:
                    out.append(u)
    return out


def add_time_limit(matter, t):
    t = t.strip()
    cands = []
    m = re.search(r"([0-9]+)\s*个?工作日", t)
    if m:
        cands.append((m.start(), "working-days", int(m.group(1))))
    m = re.search(r"即时|当场|当即|当日办结|当天|立等可取", t)
    if m:
        cands.append((m.start(), "immediate", None))
    m = re.search(r"([0-9]+)\s*(?:日|天)(?:内|以内|办结|$|）|，|。)", t)
    if m:
        cands.append((m.start(), "days", int(m.group(1))))
    m = re.search(r"(?:([0-9]+)-)?([0-9]+)\s*个月", t)
    if m:
        cands.append((m.start(), "months", int(m.group(2))))
    if cands:
        cands.sort(key=lambda c: c[0])
        _, unit, val = cands[0]
        el(matter, "timeLimit", t[:200], unit=unit, value=val)
    else:
        el(matter, "timeLimit", t[:200], unit="unspecified")


# ---------------------------------------------------------------- materials

class Mat:
    def __init__(self, text, line):
        self.text = text
        self.line = line
        self.children = []
        self.id = ""
        self.need = "all"
        self.required = "always"
        self.when = None
        self.xpath = None
        self.name = None
        self.kind = None
        self.original = None
        self.copies = None
        self.note = None


def parse_material_block(body, rng, citem, unencoded, mcode):
    i0, i1 = rng
    # table form (个税)
    if any(body[x][1].startswith("\t") and body[x][1].strip() == "材料名称" for x in range(i0, i1)):
        mats = parse_tax_block(body, rng)
        for mt in mats:
            finish(mt, citem, mcode)
        return mats
    chunks = []  # (text, line)
    first = body[i0][1].strip()
    m = MAT_HEAD.search(first)
    rest = first[m.end():] if m else first
    rest = re.sub(r"^[？?：:；;，,。\s]+", "", rest)
    if rest:
        chunks.append((rest, body[i0][0]))
    for x in range(i0 + 1, i1):
        s = body[x][1].strip()
        if not s or s.startswith("[image") or "SHAPE" in s:
            continue
        chunks.append((s, body[x][0]))
    if not chunks:
        return []
    text = "\n".join(c[0] for c in chunks)
    if re.fullmatch(r"\s*(无|无。)\s*", text):
        return []
    linemap = []
    off = 0
    for c, ln in chunks:
        linemap.append((off, ln + 1))
        off += len(c) + 1

    def line_at(o):
        ln = linemap[0][1]
        for start, l in linemap:
            if start <= o:
                ln = l
        return ln

    mats = split_list(text, 0, line_at, depth=0)
    number(mats, "")
    for mt in mats:
        finish(mt, citem, mcode)
    return mats


MARKERS = {
    "paren": lambda n: r"[（(]\s*%d\s*[）)]" % n,
    "circled": lambda n: re.escape(CIRCLED[n - 1]) if n <= len(CIRCLED) else r"(?!x)x",
    "dot": lambda n: r"(?:(?<=^)|(?<=[\n。；;，,：:\s]))%d\s*[\.、．](?![0-9])" % n,
    "rparen": lambda n: r"(?:(?<=^)|(?<=[\n。；;：:\s]))%d\s*[）)]" % n,
    "cnparen": lambda n: r"[（(]%s[）)]" % "一二三四五六七八九十"[n - 1],
    "cn": lambda n: r"(?:(?<=^)|(?<=\n))%s、" % "一二三四五六七八九十"[n - 1],
    "dparen": lambda n: r"⑴⑵⑶⑷⑸⑹⑺⑻⑼"[n - 1] if n <= 9 else r"(?!x)x",
}


def find_sequence(text, kind):
    """Positions of markers 1..N of one kind appearing in order; None if fewer than 2."""
    pos = []
    cur = 0
    n = 1
    while True:
        m = re.compile(MARKERS[kind](n), re.M).search(text, cur)
        if not m:
            break
        pos.append((m.start(), m.end()))
        cur = m.end()
        n += 1
        if n > 40:
            break
    return pos if len(pos) >= 2 else None


def split_list(text, base, line_at, depth):
    best = None
    for kind in ("paren", "circled", "dot", "rparen", "cnparen", "cn", "dparen"):
        seq = find_sequence(text, kind)
        if seq and (best is None or seq[0][0] < best[1][0][0]):
            best = (kind, seq)
    if best is None:
        return split_prose(text, base, line_at)
    kind, seq = best
    out = []
    pre = text[:seq[0][0]].strip()
    if pre and depth == 0 and not re.search(r"(包括|如下|下列材料|以下材料|提交下列|应报送)[：:]?\s*$", pre) \
            and len(pre) > 3:
        out.extend(split_prose(pre, base, line_at))
    for j, (s, e) in enumerate(seq):
        stop = seq[j + 1][0] if j + 1 < len(seq) else len(text)
        seg = text[e:stop]
        mt = Mat(seg.strip(), line_at(base + e))
        if depth < 2:
            subs = None
            for k2 in ("paren", "circled", "rparen", "dot", "dparen", "cnparen"):
                if k2 == kind:
                    continue
                sq = find_sequence(seg, k2)
                if sq and (subs is None or sq[0][0] < subs[1][0][0]):
                    subs = (k2, sq)
            if subs:
                head = seg[:subs[1][0][0]].strip()
                mt.text = head
                mt.children = split_list(seg[subs[1][0][0]:], base + e + subs[1][0][0], line_at, depth + 1)
        out.append(mt)
    return out


def top_split(s, seps):
    out, cur, depth = [], "", 0
    opens, closes = "（(《【<“", "）)》】>”"
    for ch in s:
        if ch in opens:
            depth += 1
        elif ch in closes:
            depth = max(0, depth - 1)
        if depth == 0 and ch in seps:
            out.append(cur)
            cur = ""
            continue
        cur += ch
    out.append(cur)
    return [x for x in out if x.strip()]


def split_prose(text, base, line_at):
    out = []
    off = 0
    for sent in top_split(text.replace("\n", "；"), "。；;"):
        idx = text.replace("\n", "；").find(sent, off)
        off = idx + len(sent) if idx >= 0 else off
        s = sent.strip().strip("，,")
        if not s or re.fullmatch(r"[（(].*[）)]", s) and "原件" in s:
            continue
        if COND_RE.match(s):
            out.append(Mat(s, line_at(base + max(idx, 0))))
            continue
        parts = top_split(s, "、")
        for p in parts:
            p = p.strip()
            if p:
                out.append(Mat(p, line_at(base + max(idx, 0))))
    return out


def number(mats, prefix):
    for k, mt in enumerate(mats, 1):
        mt.id = f"{prefix}{k}"
        number(mt.children, mt.id + ".")


COND_RE = re.compile(r"^(?:其中，)?(.{2,80}?(?:的|时|者))[，,：:]\s*(.+)$", re.S)
OPT_RE = re.compile(r"(如有|可提供|可以不提交|非必须)")
AGENT_RE = re.compile(r"(委托|代办|代理人|被委托人|受托人|代理申报)")
VERB_RE = re.compile(r"^(?:还需要?|还应当?|需要?|须|应当?|并|同时)?(?:提供|提交|出具|携带|持有?|报送|填写|核实|填报)+")


LABEL_RE = re.compile(r"^([^：:，,（(《]{2,12})[：:]\s*((?:须|需|应)?(?:提供|提交|持).+)$")


CAT_RE = re.compile(r"^([^：:，,（(《]{0,12}(?:职工|人员|居民|转入|转出|生源|待遇|津贴))[：:]\s*(.+)$")
TRAIL_RE = re.compile(r"(?:[（(](?:一式[一二两三四五六七八九十]份|[0-9]+[份张])[）)]|[0-9]+份|原件及复印件|原件和复印件|原件、复印件|原件复印件|原件|复印件)+$")


def balanced(s):
    return s.count("（") == s.count("）") and s.count("(") == s.count(")") and s.count("《") == s.count("》")


def finish(mt, citem, mcode):
    t = mt.text.strip()
    t = re.sub(r"\s+", "", t)
    t = t.strip("；;。，,、：: ")
    cond = None
    alt_cond = None
    m = COND_RE.match(t)
    if m and not getattr(mt, "preset", None) and "。" in m.group(1):
        first, rest = t.split("。", 1)
        if first.strip() and rest.strip() and not re.search(r"(?:^|[。；;])\s*[0-9]+\s*[\.．、]", rest):
            mt.note = rest.strip("；;。，, ")
            t = first
            m = COND_RE.match(t)
    if getattr(mt, "preset", None):
        cond, t = mt.preset
        m = None
    elif m and not t.startswith("《") and len(m.group(1)) < 60 and balanced(m.group(1)):
        cond = m.group(1)
        t = m.group(2).strip()
    elif LABEL_RE.match(t) or CAT_RE.match(t):
        lm = LABEL_RE.match(t) or CAT_RE.match(t)
        cond, t = lm.group(1), lm.group(2)
    else:
        pm = re.search(r"[（(]([^（）()]*(?:时提供|提供）?$|的提供|时|的)[^（）()]*)[）)]$", t)
        if pm and re.search(r"提供|时|的", pm.group(1)) and not re.search(r"原件|复印件|份", pm.group(1)):
            am = re.match(r"^(.+?的)[，,]?(?:也)?可(?:以)?提供(.+)$", pm.group(1))
            if am:
                alt_cond = (am.group(1), am.group(2))
            else:
                cond = pm.group(1)
            t = t[:pm.start()].strip()
    t = VERB_RE.sub("", t)
    t = t.strip("；;。，,、：: ")
    t = TRAIL_RE.sub("", t).strip("；;。，,、：: ") or t
    if not t:
        t = mt.text.strip().strip("；;。，,、：: ") or "材料"
    mt.name = t
    if alt_cond:
        # 调档函（升学或入伍的可提供入学或入伍通知书）: either the document, or in that case the other
        mt.need = "one-of"
        a = Mat(t, mt.line)
        a.name, a.kind, a.id = t, kind_of(t), f"{mt.id}.1"
        b = Mat(alt_cond[1], mt.line)
        b.name, b.kind, b.id = alt_cond[1], kind_of(alt_cond[1]), f"{mt.id}.2"
        b.required, b.when = "conditional", alt_cond[0]
        mt.children = [a, b]
        mt.note = (mt.note + "；" if mt.note else "") + "（" + alt_cond[0] + "可提供" + alt_cond[1] + "）"
    if cond:
        mt.required = "conditional"
        mt.when = cond
        if AGENT_RE.search(cond):
            mt.xpath = "boolean(m:agent)"
    elif OPT_RE.search(t):
        mt.required = "optional"
    full = mt.text
    if re.search(r"原件(及|和|、|或)复印件|原件、复印件|原件复印件", full):
        mt.original = "original-and-copy"
    elif "原件" in full and "复印件" not in full:
        mt.original = "original"
    elif "复印件" in full and "原件" not in full:
        mt.original = "copy"
    cm = re.search(r"一式([一二两三四五六七八九十])份", full)
    if cm:
        mt.copies = CN_NUM[cm.group(1)]
    else:
        cm = re.search(r"([0-9]+)\s*[份张]", full)
        if cm and int(cm.group(1)) > 0:
            mt.copies = int(cm.group(1))
    mt.kind = kind_of(t)
    for c in mt.children:
        finish(c, citem, mcode)
    if mt.children and not cond and not alt_cond and len(t) <= 20 and "《" not in t and "必备" not in t \
            and not re.search(r"以下材料|包括", t):
        # a category label heading its own list (企业单位职工：①…) applies only to that category
        mt.required = "conditional"
        mt.when = t
    if mt.children:
        if mt.required == "always" and not cond and re.search(r"之一|任意一种|任选", full):
            mt.need = "one-of"
        if mt.children and all(c.required == "conditional" for c in mt.children) is False:
            pass
        if mt.kind == "other" and mt.children:
            mt.kind = mt.children[0].kind if mt.need == "one-of" else "other"
    else:
        alts = alternatives(t)
        if alts:
            mt.need = "one-of"
            for k, a in enumerate(alts, 1):
                c = Mat(a, mt.line)
                c.name = a
                c.kind = kind_of(a)
                c.id = f"{mt.id}.{k}"
                mt.children.append(c)
            mt.kind = mt.children[0].kind
    mt.citem = citem


DOC_END = re.compile(r"(书|证|表|单|函|照|卡|簿|本|册|据|明|件)》?$")


def alternatives(t):
    if len(t) > 40 or re.search(r"及|和|、|并", t):
        return None
    parts = [p.strip() for p in re.split(r"或者|或|/", t) if p.strip()]
    if len(parts) < 2:
        return None
    # a bracket split by the separator means it is not a clean alternative
    for p in parts:
        if (kind_of(p) == "other" and not DOC_END.search(p)) or "，" in p:
            return None
        if p.count("（") != p.count("）") or p.count("(") != p.count(")") or p.count("《") != p.count("》"):
            return None
        if len(p) < 2:
            return None
    return parts


KINDS = [
    ("commitment-letter", r"承诺书"),
    ("authorization", r"委托书|授权书|授权委托"),
    ("application-form", r"申请表|登记表|申报表|审批表|采集表|申请书|评定表|汇总表|信息表|鉴定表|核准表|备案表|声明书|基础信息表|申请$|书面申请"),
    ("birth-certificate", r"出生医学证明|出生证明"),
    ("death-certificate", r"死亡|火化"),
    ("hukou-book", r"户口簿|户口本|户口薄|户籍簿|户口页"),
    ("residence-permit", r"居住证"),
    ("id-card", r"身份证|身份证明|身份证件|有效证件"),
    ("passport", r"护照|通行证|回乡证"),
    ("business-license", r"营业执照|统一社会信用代码"),
    ("marriage-certificate", r"结婚证|离婚证"),
    ("social-security-card", r"社会保障卡|社保卡|医保卡|医保IC卡"),
    ("bank-card", r"银行卡|存折|借记卡|储蓄卡|联名卡"),
    ("medical-record", r"病历|诊断|医学鉴定|体检|身体条件|健康检查"),
    ("property-certificate", r"不动产权|房产证|房屋产权|房屋所有权证|不动产权属证书|产权证"),
    ("vehicle-document", r"行驶证|驾驶证|机动车登记证书|号牌|合格证"),
    ("contract", r"合同|协议"),
    ("photo", r"照片|相片|彩照"),
    ("archive-material", r"档案"),
    ("financial-statement", r"收据|发票|票据|完税|缴费凭证|缴款|收费"),
    ("letter", r"介绍信|函|通知书|接收函"),
    ("list", r"花名册|名册|清单|明细"),
    ("certificate", r"证书|毕业证|资格证|报到证|派遣证|证$|证（|证》|残疾证|低保证|学生证|准考证"),
    ("proof", r"证明|说明|声明|报告|认定|批准文件|决定书|判决书|调解书|裁定书|文书|批件|材料"),
]


def kind_of(t):
    for k, rx in KINDS:
        if re.search(rx, t):
            return k
    return "other"


def emit_materials(parent, mats):
    for mt in mats:
        e = el(parent, "material", id=mt.id, kind=mt.kind)
        if mt.required != "always":
            e.set("required", mt.required)
        if mt.need != "all":
            e.set("need", mt.need)
        if mt.original:
            e.set("original", mt.original)
        if mt.copies:
            e.set("copies", str(mt.copies))
        el(e, "name", mt.name)
        if mt.when:
            w = el(e, "when", mt.when)
            if mt.xpath:
                w.set("xpath", mt.xpath)
        if mt.note:
            el(e, "note", mt.note)
        cite(e, DOCUMENT, getattr(mt, "citem", "") + " 所需材料 " + mt.id, mt.line)
        emit_materials(e, mt.children)


# ---------------------------------------------------------------- 个税 tables

def parse_tax_block(body, rng):
    """【报送资料】 with groups "N．…应报送：" each followed by a borderless table
    (序号 / 材料名称 / 数量 / 备注; after 以下为条件报送资料 the first cell is the condition)."""
    i0, i1 = rng
    groups = []  # Mat per group
    cur = None
    rows, row = [], []
    conditional = False

    def flush_row():
        nonlocal row
        if row:
            rows.append((row[0][0], [c for _, c in row]))
        row = []

    def flush_group():
        nonlocal rows, conditional
        flush_row()
        if cur is not None:
            for ln, cells in rows:
                if cells[:2] == ["序号", "材料名称"]:
                    continue
                if cells and cells[0] == "以下为条件报送资料":
                    conditional = True
                    continue
                if not conditional:
                    if len(cells) < 2:
                        continue
                    mt = Mat(cells[1], ln)
                    mt.qty = cells[2] if len(cells) > 2 else ""
                    mt.remark = cells[3] if len(cells) > 3 else ""
                    cur.children.append(mt)
                else:
                    if len(cells) >= 2 and cells[0]:
                        cond, name = cells[0], cells[1]
                    elif len(cells) >= 2:
                        cond, name = (cur.children[-1].when if cur.children else ""), cells[1]
                    else:
                        continue
                    mt = Mat(name, ln)
                    mt.preset = (cond, name)
                    mt.qty = cells[2] if len(cells) > 2 else ""
                    mt.remark = cells[3] if len(cells) > 3 else ""
                    cur.children.append(mt)
        rows = []
        conditional = False

    for x in range(i0 + 1, i1):
        ln, raw = body[x]
        s = raw.strip()
        if not raw.startswith("\t") and s and re.match(r"^([0-9]+\s*[\.．、]|[（(][0-9]+[）)])", s) and not row:
            if re.search(r"应报送|报送：|报送:$", s) or re.match(r"^[0-9]+\s*[\.．、]", s):
                flush_group()
                cur = Mat(s, ln + 1)
                groups.append(cur)
                continue
        if raw.startswith("\t"):
            row.append((ln + 1, s))
        elif not s:
            flush_row()
        elif row:
            row[-1] = (row[-1][0], row[-1][1] + s)
    flush_group()
    out = []
    for g in groups:
        g.text = g.text
        number([g], "")
    number(groups, "")
    for g in groups:
        for c in g.children:
            c.text = c.text + (c.qty or "")
            if getattr(c, "preset", None) is None:
                c.preset = (None, re.sub(r"\s+", "", c.text.replace(c.qty or "@@", "")))
    return groups
