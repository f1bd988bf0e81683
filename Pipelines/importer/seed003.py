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
import xml.etree.ElementTree as ET

from catalogxml import Q, cite, el

DOCUMENT = "003_ac3441e5f5207cf8.txt"
TITLE = "大连市“群众办事通”办事指南"
# The guide carries no date of its own. The latest date it cites as in force is
# 2018-07-01 (入学 事项26: "自2018年7月1日起 … 实行网上查询和电子认证"); its newest
# documents are of 2018 too (财税〔2018〕55号, 国家税务总局公告2018年第12号). The "2022"
# it mentions is only the name of the Beijing 2022 Winter Olympics.
EFFECTIVE_FROM = "2018-07-01"

# Cited lines a page break (or a table's cell) cut mid-sentence: a citation of the first line quotes
# through the second, joined (round 39, tester q: RS-039 8.3's quote of line 1586 ended "…丧偶人", its
# 结婚证 on line 1588). Found by listing the cited lines that end without punctuation and whose next
# line continues them, each read by hand.
WRAPPED = {4722: 4723, 5022: 5023, 5027: 5028, 5032: 5033, 6951: 6953}

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



def information_answer(lines):
    """The opening of what the guide answers for a matter without materials, about 480
    characters, ending in "…" when the guide says more (a reader took a cut list for the
    whole: 入学 事项9's (5), (6)). A heading of the next part that ends the body (小学, 职业教育)
    is not the answer's; the cells of a flattened table (0411-84309625 and the next row's 2)
    are kept apart by a space where two numbers or words would run together."""
    # A table's cells (one a line, each after a tab) are not read out run together ("序号学校名称类别性质…1大连盲聋学校…"):
    # the answer says a table stands there and goes on with what follows it (round 49, tester e: 入学 事项8's 报名条件
    # came after the table of schools, past the cut). A body that is only a table keeps its cells.
    # Blank lines and a cell's short second line ("核定" / "床位数") inside the table belong to it.
    if any(t.strip() and not t.startswith("\t") for t in lines):
        kept, table = [], False
        for t in lines:
            if t.startswith("\t") and t.strip():
                if not table:
                    kept.append("（表略）")
                table = True
            elif table and (not t.strip() or len(t.strip()) <= 8 and not re.search(r"[。，；：:,.;？?]", t)):
                continue
            else:
                table = False
                kept.append(t)
        # Where the table is the answer (大连市养老机构明细表：), its cells are read, run together as before.
        if len(re.sub(r"\s+|（表略）", "", "".join(kept))) >= 40:
            lines = kept
    lines = [re.sub(r"\s+", " ", t).strip() for t in lines]
    lines = [t for t in lines if t]
    # A numbered heading of the guide's own ("6、可否代办") on a line of its own, its answer on the next.
    heading = re.compile(r"^[0-9]+[、.．][^。，；：:,;？?]{1,12}[？?]?$")
    # A short last line is the next part's heading, not the answer's, unless it answers the heading above it
    # (round 53, tester g: 其他 事项4's "6、可否代办" lost its "不可以").
    while (len(lines) > 1 and len(lines[-1]) <= 8 and not re.search(r"[。，；：:,.;（）()0-9？?]", lines[-1])
           and not heading.match(lines[-2])):
        lines.pop()

    def join(a, b, after_heading=False):
        if not a:
            return b
        # A heading and its answer, and an answer and the next numbered heading, are kept apart ("4、办理时限：手续齐全，
        # 12日内；5、是否收费：不收费", not "4、办理时限手续齐全，12日内5、是否收费不收费": round 53, tester g).
        if after_heading and not re.search(r"[：:？?]$", a):
            return a + "：" + b
        if re.match(r"[0-9]+[、.．]", b) and not re.search(r"[。；;，,：:]$", a):
            return a + "；" + b
        if re.match(r"[0-9A-Za-z]", a[-1]) and re.match(r"[0-9A-Za-z]", b[0]):
            return a + " " + b
        return a + b

    answer, cut, previous = "", False, ""
    for i, t in enumerate(lines):
        # About 480 characters: a numbered list the citizen asked about is read whole (round 51, tester a: 入学 事项9's
        # (5) and (6) and what follows them were cut at 240, and (1)-(4) read as the whole list).
        if len(answer) >= 480:
            cut = True
            break
        # Spaces inside a line stay only between two ASCII words or numbers.
        t = re.sub(r"(?<![0-9A-Za-z]) | (?![0-9A-Za-z])", "", t)
        answer = join(answer, t, after_heading=bool(heading.match(previous)))
        previous = t
    answer = re.sub(r"^[0-9]+[、.．]?事项说明[：:]?", "", answer)
    if len(answer) > 600:
        answer, cut = answer[:600], True
    return answer + "…" if answer and cut else answer

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
                encode_conditions(m, unencoded)
                add_specs(m)
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
    # the facts the conditions read go first: import_catalog.py puts the list after <source>,
    # and the overlay's <facts> are merged into this element
    return [facts_element()] + matters, unencoded


def facts_element():
    facts = el(None, "facts")
    for name, typ, label, question, values in FACTS:
        f = el(facts, "fact", name=name, type=typ)
        el(f, "label", label)
        el(f, "question", question)
        for v in values:
            el(f, "value", v)
    return facts


# information-only in the draft (no materials heading) but listing documents: curated as services
# (BS-HY-011 in curated/003-w-round6.xml, BS-QT-008/009 in curated/003-h-work.xml)
CURATED_SERVICES = {"BS-HY-003", "BS-HY-004", "BS-HY-006", "BS-HJ-015", "BS-HY-011", "BS-QT-008", "BS-QT-009"}

FIXED_UNENCODED = [
    "不动产 事项5 (国有建设用地使用权更正登记) is printed twice (lines 5822 and 5843); the second copy is ignored",
    "BS-SY-003 (出生医学证明): 首次签发 情形（一）（二）（三）, 换发 and 补发 are curated as five scenarios "
    "(first-1, first-2, first-3, renew, reissue); the applicant declares which one applies (m:matter/@scenario), "
    "the conditions inside them are facts (syParentIdMissing, syParentsForeign, syMotherInfoMismatch, syNameChange, "
    "syParentInfoChange, syMilitaryId, syMilitaryIdMismatch)",
    "BS-HJ-001/002/016 (落户): 必备手续 are required; 选择手续 are supplied as the grounds of the application "
    "require, which no fact can list: each document under it is optional, and a 选择手续 whose documents are all "
    "optional (HJ-002, HJ-016: the proof of the 成就 the points rest on) wants at least one of them (“至少提交下列一项”); "
    "HJ-001's holds the required 落户地址手续, so none of its optional ones is asked; "
    "落户地址手续 is curated as a one-of (确认单 / 同意落户意见书 / 集体户口首页 [/ 人才集体户承诺书]). "
    "HJ-001 1.1.3 and 1.1.5 (婚姻状况, 随迁配偶有无职业) keep the parser's split of two-branch sentences: the "
    "未婚 branch (sign 《个人未婚声明》 at the counter) and the 有职业 branch stay inside the material's text",
    "BS-HJ-016 has no materials heading: its list is found from '一、必备手续'; BS-HJ-015's 军休干部 route lists "
    "conditions only (no documents) and is kept as a note",
    "BS-HY-001 (当事人持有规定的有效证件和照片), BS-RX-011/019 (相关证明材料), BS-QT-004 (《撤销收养登记申请书》 "
    "filled in at the office) name documents only vaguely; kept information-only",
    "BS-QT-008/009 (收养登记, 两项合并): the material lists of the four 收养 routes (一、… 四、…需提交：) are "
    "under no materials heading the parser knows; curated as services with their cases (curated/003-h-work.xml)",
    "a numbered item whose first sentence is a document and whose next sentences add conditional documents "
    "(BDC 抵押 主债权合同。最高额抵押的…, BDC 查询 申请人身份证明材料原件。委托查询的…, BZ-006 4 婚姻状况证明。…): "
    "the first sentence is the material, the rest is kept verbatim as its <note>, not as conditional materials",
    "BS-CRJ-002/003 (港澳/台湾 通行证): the 签注 routes (（一）…（九）) are parsed as conditional children of "
    "material 5 instead of separate scenarios; material 5's name still carries the 国家工作人员 paragraph",
    "BS-RS-045 5 and other numbered items that run several documents together in sentences "
    "(BZ-006 2/3, HY-007 2 where \"3.2张\" hides the number 3) are not split further",
    "BS-HY-008/009/010 and other per-category lists (香港居民, 企业单位职工, 城乡居民 …): the category "
    "heads are conditional parents read from a declared category fact (hyOtherParty, insuredCategory); for 涉外 "
    "marriage the 大连居民 party's and the other party's 'heads' are both required",
    "BS-GS-002: its groups (首次申报, 年所得12万元以上, 境外所得 …) can apply together; they are modelled as "
    "scenarios like the exclusive routes of BS-GS-001/003/004",
    "BS-RX-015 (普通高中转学): the PDF conversion lost the circled numbers ①②③ (printed '('); curated "
    "as ①–⑦, the guide's conditions as facts (rxFromOtherProvince, rxToProvincialModel, rxBeforeProficiencyExam)",
    "BS-HJ-004/007, BS-SY-006, BS-CRJ-001 4-5, BS-QT-022, BS-CG-006: material lists written as sentences are "
    "curated into documents in text order (HJ-007 and SY-006 as scenarios per occasion)",
    "人力社保 事项10/13/14 and 42 lack the '事项' prefix in the text (\"10；\", \"13；\", \"14：\", \"42项：\"); "
    "they are recognised by their place in the numbering",
    "no 违规禁办 / 容缺 lists in this document: no forbidden cases or deferrals encoded",
    "material conditions are facts the applicant (or the clerk) declares — 取得方式, 转移原因, 查封机关, 参保身份, "
    "签注种类 …: the bundle's documents cannot show whether the declaration is true; the clerk checks it against "
    "the documents (the pipeline only makes a missing or mistyped fact a finding)",
    "clauses the sentence split put before a document that are no condition (BDC-001 5 包括…, GJJ-024/025/026 "
    "结婚证（离婚的：…丧偶的：…）, TX-003/005 1.2/2.2 持中国护照人员…, TX-006 1, TX-012 2 或…出院病历, RS-010 1, "
    "RS-043 1, HJ-003 4, HJ-006 1, GS-003 case-2 3/4, QT-005 5, QT-014 4, SY-009 case-3 6, CG-021 1, GJJ-002 5, "
    "HY-008/010 1 and 2, HY-009 2 and 4) are kept in the material's <note>, the material required; instructions "
    "that are no document (HJ-006 3 交派出所销毁, QT-005 1 共同到…办理, QT-001 2 一般不需要提供材料) are optional",
    "ages about someone other than the applicant cannot be derived from the applicant's resident id: they are "
    "declared facts (BZ-007 1.2 《居民身份证》十六周岁以上 of the deceased: bzDeceasedAged16, curated/003-d-round3.xml), "
    "or not checked: HJ-002/016 2.7 (18周岁以上的随迁子女), HJ-001 1.1.2 for family members moving with the "
    "applicant (only the applicant's own age is checked)",
    "photo sizes are print sizes (2寸, 二寸, 高x宽为48x33mm) with no pixel size or density: not checkable on a "
    "scanned file; the only checkable document specification of 003 is 入学 事项20 (BS-RX-020 2: JPG或JPEG, "
    "15K–40K, k read as 1024 bytes)",
    "BS-HY-009 4 (补领 photos: 4张合影 for 结婚证, 3张单人 for 离婚证) and BS-HY-004 3 give photo counts per case; "
    "the number of persons on a photo is not checkable",
    "window channels carry the guide's place text only (the district phone tables are dropped); "
    "fees and 代办 rules are kept as notes, not checked",
]


# ---------------------------------------------------------------- segmentation

ITEM_RE = re.compile(r"^事项\s*([0-9]+)\s*[：:；;]?\s*(.*)$")
LOOSE_ITEM_RE = re.compile(r"^([0-9]+)\s*(?:项)?\s*[：:；;]\s*(\D.{2,})$")


def item_lines(text: str):
    """{(area name as cited, 事项 number): (first, last) line, 1-based} of every item: a
    citation "<area> 事项N …" must point inside its item (an overlay once cited 生育 事项4's
    line as 户籍 事项4)."""
    lines = text.split("\n")
    end = next((i for i, l in enumerate(lines) if l.strip() == GUIDE_END_MARK), len(lines))
    starts, pos = [], 0
    for head, name, _ in AREAS:
        i = next(i for i in range(pos, end) if lines[i].strip() == head)
        starts.append((i, name))
        pos = i + 1
    out = {}
    for k, (start, name) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else end
        items = split_items(lines, start + 1, stop)
        for j, item in enumerate(items):
            last = item["body"][1]
            # An item whose heading stands alone, the next one's text serving both (其他 事项8
            # and 事项9, "（两项合并）"), spans the next one too.
            if j + 1 < len(items) and not any(l.strip() for l in lines[item["body"][0]:last]):
                last = items[j + 1]["body"][1]
            out[(name, item["n"])] = (item["line"] + 1, last)
    return out


def check_citations(root, text):
    """The citations of the catalog (after the overlays) whose item names an area's 事项N
    and whose line is outside that item: each a line of the returned list."""
    ranges = item_lines(text)
    names = "|".join(re.escape(n) for _, n, _ in AREAS)
    wrong = []
    for e in root.iter():
        item, line = e.get("item"), e.get("line")
        if e.get("document") != DOCUMENT or not item or not line:
            continue
        m = re.match(r"(%s) 事项(\d+)" % names, item)
        if not m or (m.group(1), int(m.group(2))) not in ranges:
            continue
        first, last = ranges[(m.group(1), int(m.group(2)))]
        if not first <= int(line) <= last:
            wrong.append(f"item \"{item}\" cites line {line}, outside {m.group(1)} 事项{m.group(2)} (lines {first}-{last})")
    return wrong


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
    tl = section_text(body, TIME_HEAD, field=True)
    place = section_text(body, PLACE_HEAD, field=True, place=True)
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
        # What the guide answers (全部由个人网上办理（教育部留学服务中心）。): the report tells the applicant
        # where the matter is handled instead of only that nothing is submitted here.
        answer = information_answer([t for (_, t) in body])
        if answer:
            el(matter, "note", "指南：" + answer)
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
        el(matter, "channel", place[:800], kind="window")
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
            emit_materials(scn, mats, scenario_place(label))
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


# The question a heading asks besides its own ("3.去哪儿办理？咨询电话是多少？"): not the answer.
HEAD_QUESTION = re.compile(r"^(?:咨询)?电话是多少[？?]\s*")
# The next numbered field of the same list ("4、提交材料：…", "3、咨询电话：12329"): the end of a field.
NEXT_FIELD = re.compile(r"^[0-9]+\s*[、\.．]\s*[^\s：:，,。]{2,8}[：:]")
# A field's heading alone on its line ("7、注意事项：").
BARE_FIELD = re.compile(r"^[0-9]+\s*[、\.．]\s*[^\s：:，,。]{2,8}[：:]\s*$")
# A labelled line under a 去哪 heading that is the place itself ("办理地点：大连市不动产登记中心大厅。").
PLACE_LINE = re.compile(r"^(?:办理地点|办理地址)\s*[：:]\s*")


def section_text(body, head_re, field=False, place=False):
    """The text under a heading (办理时限, 收费, 可否代办, 办理地点 …). A heading's second
    question (咨询电话是多少？) is no answer. With field=True (the time limit and the place)
    the text ends before the next numbered field of the list; with place=True too, a
    办理地点： line under a 去哪…？ heading is the place."""
    for idx, (ln, raw) in enumerate(body):
        s = raw.strip()
        if not s or not SEC_HEAD.match(s) and not s.startswith("【"):
            continue
        if not head_re.search(s[:14]):
            continue
        rest = re.sub(r"^[0-9一二三四五六七八九十]+\s*[\.、．，,;；]?\s*", "", s)
        rest = re.split(r"[：:？?；;]", rest, maxsplit=1)
        txt = HEAD_QUESTION.sub("", rest[1].strip()) if len(rest) > 1 else ""
        # 3.去哪办理？咨询电话是多少？: the heading's second question is no answer
        txt = re.sub(r"^[^：:？?；;。]{0,12}[？?]$", "", txt)
        parts = [txt] if txt else []
        # A place: up to 24 lines of text, blank lines not counted (车管 10's fifth 体检站 lay past 23 raw lines: the
        # review); another field: the next 7 raw lines.
        seen = 0
        for ln2, raw2 in body[idx + 1: len(body) if place else idx + 8]:
            s2 = raw2.strip()
            if not s2:
                continue
            seen += 1
            if place and seen > 24:
                break
            if place and not parts and PLACE_LINE.match(s2):
                parts.append(PLACE_LINE.sub("", s2))
                continue
            # A bare heading of the next field ("7、注意事项：" after 可否代办's answer) ends any field (round 40,
            # tester t: 公积金 17's 代办 note ran into it).
            if SEC_HEAD.match(s2) or ITEM_RE.match(s2) or (field and NEXT_FIELD.match(s2)) or BARE_FIELD.match(s2):
                break
            if raw2.startswith("\t"):
                break
            parts.append(s2)
            # A place runs on through its list of offices and telephones (户籍 5's police stations stopped at 旅顺,
            # round 40, tester t); other fields are a sentence or two.
            if len("".join(parts)) > (600 if place else 120):
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


def cn_count(m):
    """A count in Chinese numerals up to 99 (一, 十, 十五, 二十, 二十五) as digits; anything
    else (三四, a range; 一百八十) is left as written."""
    w = m.group(0)
    if re.fullmatch(r"[一二两三四五六七八九]?十[一二三四五六七八九]?", w):
        a, _, b = w.partition("十")
        return str(CN_NUM.get(a, 1) * 10 + CN_NUM.get(b, 0))
    if len(w) == 1 and w in CN_NUM:
        return str(CN_NUM[w])
    return w


def add_time_limit(matter, t):
    t = t.strip()
    text = t
    # "一日内", "五个工作日": the counts read as digits (the text is kept as written); "第一个月" is no count
    t = re.sub(r"(?<![第百千一二两三四五六七八九十])[一二两三四五六七八九十]+(?=\s*(?:个?工作日|日|天|个月))", cn_count, t)
    cands = []
    m = re.search(r"([0-9]+)\s*个?工作日", t)
    if m:
        cands.append((m.start(), "working-days", int(m.group(1))))
    m = re.search(r"即时|当场|当即|当日办结|当天|立等可取|即办即结|随到随办", t)
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
        # "40个工作日+7天（公示期）": a period of calendar days after the working days
        plus = re.search(r"[0-9]+\s*个?工作日\s*[+＋]\s*([0-9]+)\s*(?:天|日)", t) if unit == "working-days" else None
        if plus:
            el(matter, "timeLimit", text[:200], unit=unit, value=val, plusDays=int(plus.group(1)))
        else:
            el(matter, "timeLimit", text[:200], unit=unit, value=val)
    else:
        el(matter, "timeLimit", text[:200], unit="unspecified")


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
        # a conditional alternative: "also" when its case adds it to the others (可提供)
        self.serves = None


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
TRAIL_RE = re.compile(r"(?:[（(](?:一式[一二两三四五六七八九十]份|[0-9]+[份张])[）)]|[0-9]+份|原件及复印件|原件和复印件|原件、复印件|原件复印件|原件|及复印件|复印件)+$")


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
    if not re.search(r"原件或复印件$", t):
        # 身份证原件或复印件: either is accepted, which no `original` says: the words stay in the name
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
        b.required, b.when, b.serves = "conditional", alt_cond[0], "also"
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
    if re.search(r"原件或复印件", full):
        pass
    elif re.search(r"原件(及|和|、)复印件|原件、复印件|原件复印件", full):
        mt.original = "original-and-copy"
    elif re.search(r"[^件]及复印件", full):
        # 户口本及复印件: the document (the original) and a copy of it
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
                c.citem = citem  # cited as 区域 事项N like their parent, not as " 所需材料 1.1"
                mt.children.append(c)
            mt.kind = mt.children[0].kind
    mt.citem = citem


DOC_END = re.compile(r"(书|证|表|单|函|照|卡|簿|本|册|据|明|件)》?$")


def alternatives(t):
    if len(t) > 40 or re.search(r"及|和|、|并|原件或复印件", t):
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
    ("commitment-letter", r"容缺.*承诺书"),
    ("pledge", r"承诺书"),  # any other 承诺书 (婚育情况, 异地参加养老保险 …): an ordinary material
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


def scenario_place(label):
    """How a citation names a case of its matter: by its label ((五)因质量问题更换整车, 情况二), or, a long one, by its
    own number ((四), 2., (1)); a label without a number too long to quote names none."""
    if label and len(label) <= 30:
        return label
    m = re.match(r"^(（[一二三四五六七八九十0-9]+）|[0-9]+[.．、]|情况[一二三四五六七八九十]+)", label or "")
    return m.group(1).rstrip("．、").replace("．", ".") if m else ""


def emit_materials(parent, mats, scenario=""):
    """`scenario`: the label of the matter's case (情况二) the list is of, where it has several: the citation names it,
    or 所需材料 1 of 情况二 reads as 情况一's."""
    for mt in mats:
        e = el(parent, "material", id=mt.id, kind=mt.kind)
        if mt.required != "always":
            e.set("required", mt.required)
        if mt.need != "all":
            e.set("need", mt.need)
        if mt.serves:
            e.set("serves", mt.serves)
        if mt.original:
            e.set("original", mt.original)
        if mt.copies:
            e.set("copies", str(mt.copies))
        # 国有建设用地使用权转移的材料，包括: a group's heading names what it is a group of; the
        # 包括 (which the parse reads as a heading) is not said to the applicant
        el(e, "name", re.sub(r"[，,、]?包括$", "", mt.name) or mt.name)
        if mt.when:
            w = el(e, "when", mt.when)
            if mt.xpath:
                w.set("xpath", mt.xpath)
        if mt.note:
            el(e, "note", mt.note)
        place = getattr(mt, "citem", "") + (" " + scenario if scenario else "")
        cite(e, DOCUMENT, place + " 所需材料 " + mt.id, mt.line)
        emit_materials(e, mt.children, scenario)


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
            # Cited at the material's name (the second cell), not at its row number: a report
            # quotes the cited line (原文「2」 told a clerk nothing; round 11, tester 3).
            rows.append((row[1][0] if len(row) > 1 else row[0][0], [c for _, c in row]))
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


# ---------------------------------------------------------------- conditions as facts
#
# Every <when> of a material carries an XPath (Schemas/catalog.xsd). The guide states its
# cases in prose: "以出让方式取得的，提交…" as sibling materials under a parent that says
# 包括 / 根据情形 / 下列情形, or as a clause before or inside a material. The parser keeps
# the clause as the <when> text; encode_conditions() then gives it an XPath from the tables
# below:
# - FACTS: the facts the applicant declares, each with a Chinese label and the question a
#   front end asks. Where the guide's cases exclude each other (不动产 取得方式, 转移原因,
#   查封机关 …) ONE enum fact holds the group, one value per case in the guide's words;
#   where they can co-occur (变更 of 名称, 面积, 用途 … at once) each case is a boolean.
#   A fact is shared by matters only where the question and the values are the same.
# - BY_TEXT: the guide's clause → its encoding, for clauses that recur (职工配偶参与提取的,
#   属于暂住人口的, 属于校车的 …), optionally narrowed to some matters;
# - AT: (matter, scenario, material) → encoding, for one-off clauses, for materials whose
#   case the parser missed (the clause is added as <when>), and for clauses that are not
#   conditions at all (a description the sentence split put first): those become
#   always/optional again with the words kept in <note>.
# Derived facts (applicantAge, applicantSex, applicantBirthDate) are computed from the
# resident id; boolean(m:agent) and m:applicant/@kind need no fact.

def _f(name):
    return "m:applicant/m:fact[@name='%s']" % name


def E(name, *values):
    """The fact equals one of values (enum), or is true (boolean, no values)."""
    if not values:
        return (_f(name) + "='true'", (name,))
    if len(values) == 1:
        return (_f(name) + "='%s'" % values[0], (name,))
    return ("(" + " or ".join(_f(name) + "='%s'" % v for v in values) + ")", (name,))


def NOT(name):
    """A boolean fact is false."""
    return (_f(name) + "='false'", (name,))


def AND(*encs):
    return (" and ".join(e[0] for e in encs), tuple(dict.fromkeys(r for e in encs for r in e[1])))


def OR(*encs):
    return ("(" + " or ".join(e[0] for e in encs) + ")", tuple(dict.fromkeys(r for e in encs for r in e[1])))


AGE = "number(%s)" % _f("applicantAge")
SEX = _f("applicantSex")
UNDER16 = (AGE + " < 16", ("applicantAge",))
UNDER18 = (AGE + " < 18", ("applicantAge",))
# 法定结婚年龄: 男二十二周岁，女二十周岁 (婚姻法第六条)
MARRIAGEABLE = ("((%s='male' and %s >= 22) or (%s='female' and %s >= 20))" % (SEX, AGE, SEX, AGE),
                ("applicantSex", "applicantAge"))
FEMALE = (SEX + "='female'", ("applicantSex",))
AGE16 = (AGE + " >= 16", ("applicantAge",))
# （年满60周岁男职工和年满55周岁女职工可不提供）
NOT_RETIREMENT_AGE = ("not((%s='male' and %s >= 60) or (%s='female' and %s >= 55))" % (SEX, AGE, SEX, AGE),
                      ("applicantSex", "applicantAge"))
MALE = (SEX + "='male'", ("applicantSex",))
AGENT = ("boolean(m:agent)", ())
ORGANIZATION = ("m:applicant/@kind='organization'", ())


def W(text, enc, replace=False):
    """A material whose case the parser missed: add <when>text</when> with the encoding
    (replace: the parser's clause is only part of the guide's; the text replaces it)."""
    return {"when": text, "enc": enc, "replace": replace}


ALWAYS = "always"      # not a condition: the material is required; the words go to <note>
OPTIONAL = "optional"  # not a document the applicant submits (an instruction): optional
# 落户 "二、选择手续": documents supplied as the application's grounds require (选择); the
# heading is required, each document under it optional, except a one-of group (落户地址手续)
SELECTION = "selection"

# (name, type, label, question, values)
FACTS = [
    ("bdcLandAcquisition", "enum", "国有建设用地使用权的取得方式（出让、划拨、租赁、作价出资或者入股、授权经营）",
     "国有建设用地使用权是以何种方式取得的？", ["出让", "划拨", "租赁", "作价出资或者入股", "授权经营"]),
    ("bdcChangeHolder", "boolean", "权利人姓名或者名称、身份证明类型或者身份证明号码发生变化",
     "权利人姓名或者名称、身份证明类型或者身份证明号码是否发生变化？", []),
    ("bdcChangeArea", "boolean", "土地或房屋面积、界址范围发生变化", "不动产的面积、界址范围是否发生变化？", []),
    ("bdcAreaChangeCause", "enum", "房屋面积、界址变更的原因（部分土地收回、改建扩建、自然灾害导致部分房屋灭失、其他）",
     "房屋面积、界址变更是因何引起的？", ["部分土地收回", "改建扩建", "自然灾害部分灭失", "其他"]),
    ("bdcChangeUse", "boolean", "土地或房屋用途发生变化", "不动产的用途是否发生变化？", []),
    ("bdcChangeTerm", "boolean", "国有建设用地使用权的权利期限发生变化", "国有建设用地使用权的权利期限是否发生变化？", []),
    ("bdcChangeSplitMerge", "boolean", "同一权利人分割或者合并不动产", "是否为同一权利人分割或者合并不动产？", []),
    ("bdcChangeCoOwnership", "boolean", "共有性质变更", "共有人的共有性质是否变更？", []),
    ("bdcTaxDue", "boolean", "依法应当纳税", "本次登记是否依法应当纳税？", []),
    ("bdcPremiumOrTaxDue", "boolean", "依法需要补交土地出让价款、缴纳税费", "是否依法需要补交土地出让价款、缴纳税费？", []),
    ("bdcTransferCause", "enum", "不动产转移的原因（买卖、互换、赠与、继承或受遗赠、作价出资（入股）、法人或其他组织合并分立、共有人增加或者减少、分割合并、生效法律文书）",
     "权属因何转移？", ["买卖", "互换", "赠与", "继承受遗赠", "作价出资入股", "合并分立", "共有人增减", "分割合并", "生效法律文书"]),
    ("bdcAllocatedLand", "boolean", "转移的是划拨取得的国有建设用地使用权", "转移的国有建设用地使用权是否以划拨方式取得？", []),
    ("bdcPreRegistered", "boolean", "已经办理预告登记", "是否已经办理预告登记？", []),
    ("bdcExtinctionCause", "enum", "不动产权利消灭的原因（灭失、权利人放弃、依法没收征收收回、生效法律文书）",
     "不动产权利因何消灭？", ["灭失", "放弃", "没收征收收回", "生效法律文书"]),
    ("bdcApplicantRole", "enum", "申请人是不动产权利人还是利害关系人", "申请人是不动产权利人还是利害关系人？",
     ["权利人", "利害关系人"]),
    ("bdcRegistryNotified", "boolean", "不动产登记机构书面通知相关权利人申请更正登记",
     "是否由不动产登记机构书面通知相关权利人申请更正登记？", []),
    ("bdcCondominium", "boolean", "建筑物区分所有", "建筑物是否区分所有？", []),
    ("bdcPriorDebtIncluded", "boolean", "同意将最高额抵押权设立前已经存在的债权转入最高额抵押担保的债权范围",
     "是否同意将最高额抵押权设立前已经存在的债权转入最高额抵押担保的债权范围？", []),
    ("bdcBuildingUnderConstruction", "boolean", "在建建筑物抵押", "是否为在建建筑物抵押？", []),
    ("bdcMortgagePartyRenamed", "boolean", "抵押权人或者抵押人姓名、名称变更", "抵押权人或者抵押人姓名、名称是否变更？", []),
    ("bdcMortgageTermsChanged", "boolean", "担保范围、抵押权顺位、被担保债权种类或者数额、债务履行期限、最高债权额、债权确定期间等发生变更",
     "担保范围、抵押权顺位、被担保债权种类或者数额、债务履行期限、最高债权额、债权确定期间等是否发生变更？", []),
    ("bdcAdverseToOtherMortgagees", "boolean", "变更对其他抵押权人产生不利影响", "抵押权的变更是否对其他抵押权人产生不利影响？", []),
    ("bdcMortgageType", "enum", "转移的抵押权种类（一般抵押权、最高额抵押权）", "申请转移登记的是一般抵押权还是最高额抵押权？",
     ["一般抵押权", "最高额抵押权"]),
    ("bdcDeregistrationApplicant", "enum", "抵押权注销登记的申请人（共同申请、抵押权人单方申请、抵押人等当事人单方申请）",
     "注销登记由谁申请？", ["共同申请", "抵押权人单方申请", "抵押人单方申请"]),
    ("bdcPrepurchasedHousing", "boolean", "预购商品房", "预告登记的是否为预购商品房？", []),
    ("bdcPresaleConditions", "boolean", "预售合同对预告登记附有条件和期限", "商品房预售合同中是否对预告登记附有条件和期限？", []),
    ("bdcPrepurchaseMortgage", "boolean", "以预购商品房等不动产设定抵押权", "是否以预购商品房等不动产设定抵押权？", []),
    ("bdcSeizingAuthority", "enum", "查封机关（人民法院、人民检察院、公安等国家有权机关）", "由哪个机关查封？",
     ["人民法院", "人民检察院", "公安等国家有权机关"]),
    ("bdcReleasingAuthority", "enum", "解除查封的机关（人民法院、人民检察院、公安机关等人民政府有权机关）", "由哪个机关解除查封？",
     ["人民法院", "人民检察院", "公安机关等有权机关"]),
    ("bdcInquirer", "enum", "查询人（权利人、利害关系人、国家机关）", "查询人是权利人、利害关系人还是因执行公务需要查询的国家机关？",
     ["权利人", "利害关系人", "国家机关"]),
    ("bzDeathPlace", "enum", "死亡的情形（在医院死亡、在家中或其他场所正常死亡、在家中或其他场所非正常死亡）", "死者是在何处、如何死亡的？",
     ["医院", "家中正常死亡", "家中非正常死亡"]),
    ("insuredCategory", "enum", "参保身份（企业职工、机关事业单位职工、灵活就业人员、城乡居民）",
     # The insured is the applicant, or the retiree or the deceased a unit or an heir files for (退休 3's 用人单位,
     # 殡葬 2's 继承人: round 44, tester c).
     "参保人员（申请人本人，或为之申请的退休、死亡人员）以何种身份参加社会保险？",
     ["企业职工", "机关事业单位职工", "灵活就业人员", "城乡居民"]),
    ("bzDependants", "boolean", "有供养直系亲属", "死者是否有供养直系亲属？", []),
    # Items (8) and (9) (line 11601-11602) are each "采取银企互联方式…结算时提供": an applicant
    # who does not settle that way brings neither (round 34, tester c: no value said so, and
    # such an applicant could not be accepted).
    ("bzSettlement", "enum", "结算方式（银企互联方式单位结算、银企互联方式个人结算、不采取银企互联方式）",
     "是否采取银企互联方式结算？采取的，由单位还是个人结算？",
     ["单位结算", "个人结算", "不采取银企互联方式"]),
    ("temporaryResident", "boolean", "机动车所有人属于暂住人口", "机动车所有人是否属于暂住人口？", []),
    ("cgVehicleOrigin", "enum", "机动车产地（国产、进口）", "机动车是国产还是进口的？", ["国产", "进口"]),
    ("cgOperatingUse", "boolean", "属于巡游和网约出租车、从事营运的大型客车、工程救险车、救护车、消防车",
     "机动车是否属于巡游和网约出租车、从事营运的大型客车、工程救险车、救护车、消防车？", []),
    ("cgInspectionRequired", "boolean", "属于两年内未申请注册登记或不属于免于安全技术检验的机动车",
     "机动车是否两年内未申请注册登记，或不属于国务院机动车产品主管部门规定免于安全技术检验的机动车？", []),
    ("cgDisabledControls", "boolean", "未注册登记机动车加装肢体残疾人操纵辅助装置", "未注册登记的机动车是否加装了肢体残疾人操纵辅助装置？", []),
    ("cgIdentifiersAltered", "boolean", "机动车在被盗抢期间发动机号码、车辆识别代号被改变", "机动车在被盗抢期间发动机号码、车辆识别代号是否被改变？", []),
    ("cgSchoolBus", "boolean", "属于校车", "机动车是否属于校车？", []),
    ("cgCourtRelease", "boolean", "被人民法院调解、裁定、判决机动车解除抵押", "机动车是否被人民法院调解、裁定、判决解除抵押？", []),
    ("cgInspectionExempt", "boolean", "属于国家汽车主管部门确定为免检车型", "车辆是否属于国家汽车主管部门确定为免检车型？", []),
    ("cgLicenceLost", "boolean", "机动车驾驶证遗失", "机动车驾驶证是否遗失？", []),
    ("idCardIssued", "boolean", "已办理居民身份证", "申请人是否已办理居民身份证？", []),
    ("guardianAbsent", "boolean", "监护人无法陪同，委托他人陪同", "监护人是否无法陪同、委托他人陪同？", []),
    ("crjOccupation", "enum", "申请人身份（国家工作人员、现役的人民解放军军人或人民武装警察、其他）",
     "申请人是否为国家工作人员或现役的人民解放军军人、人民武装警察？", ["国家工作人员", "现役军人武警", "其他"]),
    ("crjHkMoEndorsement", "enum", "申请的赴港澳签注种类（团队旅游、个人旅游、探亲、商务、逗留、其他）", "申请哪一种赴香港或者澳门签注？",
     ["团队旅游", "个人旅游", "探亲", "商务", "逗留", "其他"]),
    ("crjRelativeSettled", "boolean", "亲属在香港或者澳门定居", "所探望的亲属是否在香港或者澳门定居？", []),
    ("crjHkMoDestination", "enum", "前往地（香港、澳门）", "前往香港还是澳门？", ["香港", "澳门"]),
    ("crjTwEndorsement", "enum", "申请的赴台签注种类（团队旅游、个人旅游、探亲、定居、应邀、商务、乘务、学习、其他）", "申请哪一种赴台湾签注？",
     ["团队旅游", "个人旅游", "探亲", "定居", "应邀", "商务", "乘务", "学习", "其他"]),
    ("gjjSpouseJoins", "boolean", "职工配偶参与提取", "职工配偶是否参与提取？", []),
    ("gjjCommodityHousing", "boolean", "购买国有土地上建造的商品住房", "所购住房是否为国有土地上建造的商品住房？", []),
    ("gjjRentalHousing", "enum", "租住住房的种类（公有住房、商品住房、公共租赁住房）", "租住的是哪一种住房？",
     ["公有住房", "商品住房", "公共租赁住房"]),
    ("gjjCentralDeposit", "boolean", "住房公积金缴存地在市内（含高新园区）、金州新区（保税区）办事处",
     "住房公积金缴存地是否在市内（含高新园区）、金州新区（保税区）办事处？", []),
    ("gjjPriorPrepayment", "boolean", "该笔贷款办理过提前偿还本市商业贷款本息", "该笔贷款是否办理过提前偿还本市商业贷款本息？", []),
    ("gjjFirstFundLoanExtraction", "boolean", "个人住房公积金贷款或组合贷款的首次提取", "是否为个人住房公积金贷款或组合贷款的首次提取？", []),
    ("gjjPrepayCommercial", "boolean", "提前偿还本市商业贷款本息", "本次是否提前偿还本市商业贷款本息？", []),
    ("gjjRemoteFundLoan", "boolean", "偿还异地公积金贷款", "是否偿还异地公积金贷款？", []),
    ("gjjRuralHouse", "boolean", "农村房屋", "翻建、大修的是否为农村房屋？", []),
    ("gjjHardshipCause", "enum", "生活困难的原因（人身伤害事故、见义勇为、自然灾害等不可抗力）", "因何种情形申请提取？",
     ["人身伤害事故", "见义勇为", "自然灾害"]),
    ("gjjHeirType", "enum", "继承人类别（第一顺序继承人、其他继承人或遗嘱继承人受遗赠人）", "继承人是否为第一顺序继承人（配偶、父母、子女）？",
     ["第一顺序继承人", "其他继承人或受遗赠人"]),
    ("gjjSettlement", "enum", "定居地（出境定居、赴港澳台地区定居）", "职工是出境定居还是赴港、澳、台地区定居？", ["出境定居", "赴港澳台定居"]),
    ("gjjEntrustedEmployee", "boolean", "托管职工", "职工是否为托管职工？", []),
    ("gjjNameIdError", "boolean", "职工姓名、身份证号码错误", "职工姓名、身份证号码是否错误？", []),
    ("gjjValuationChosen", "boolean", "选择评估", "是否选择评估？", []),
    ("gjjBorrowerChangeCause", "enum", "变更借款人、抵押人的原因（离婚、死亡）", "因何变更借款人、抵押人？", ["离婚", "死亡"]),
    ("gsHealthInsurance", "boolean", "享受商业健康保险税前扣除政策", "是否享受商业健康保险税前扣除政策？", []),
    ("gsDeferredPension", "boolean", "享受个人税收递延型商业养老保险个人所得税政策试点", "是否享受个人税收递延型商业养老保险个人所得税政策试点？", []),
    ("gsTaxRelief", "boolean", "享受个人所得税优惠", "是否享受个人所得税优惠？", []),
    ("gsVentureDeduction", "boolean", "个人合伙人享受合伙创投企业个人所得税投资抵扣税收政策", "是否享受合伙创投企业个人所得税投资抵扣税收政策？", []),
    ("gsForeignTaxCredit", "boolean", "申请扣除已在境外缴纳的个人所得税税额", "是否申请扣除已在境外缴纳的个人所得税税额？", []),
    ("gsValuationRequired", "boolean", "按规定需要进行资产评估", "按规定是否需要进行资产评估？", []),
    ("gsLowBasisJustified", "boolean", "计税依据明显偏低但有正当理由", "计税依据是否明显偏低但有正当理由？", []),
    ("gsDeferral", "boolean", "选择股权激励和技术入股递延纳税政策", "是否选择股权激励和技术入股递延纳税政策？", []),
    ("gsAngelInvestor", "boolean", "天使投资个人享受投资抵扣税收优惠", "是否为享受投资抵扣税收优惠的天使投资个人？", []),
    ("gsGiftCase", "enum", "无偿受赠或继承不动产的情形（离婚分割财产、无偿赠与配偶、无偿赠与亲属、无偿赠与抚养赡养人、继承或接受遗赠）",
     "属于下列哪一种情形？", ["离婚分割财产", "赠与配偶", "赠与亲属", "赠与抚养赡养人", "继承遗赠"]),
    ("maritalStatus", "enum", "婚姻状况（未婚、已婚、离婚、丧偶）", "申请人的婚姻状况是？", ["未婚", "已婚", "离婚", "丧偶"]),
    ("spouseEmployed", "boolean", "随迁配偶有职业", "随迁配偶是否有职业？", []),
    ("hjTalentCollective", "boolean", "落户市政府行政服务中心人才集体户", "是否落户市政府行政服务中心人才集体户？", []),
    ("accompanyingChildren", "boolean", "有随迁子女", "是否有随迁子女？", []),
    ("hjInsuranceYears", "boolean", "符合“连续参加社会保险年限”条件", "是否符合“连续参加社会保险年限”条件？", []),
    ("hjAdoptionRoute", "enum", "收养的途径（社会福利院收养、公民个人收养）", "是社会福利院收养还是公民个人收养？",
     ["社会福利院收养", "公民个人收养"]),
    ("hjEthnicityDiffers", "boolean", "养父母民族不同", "养父母民族是否不同？", []),
    ("hjRuralNewborn", "boolean", "农村居民在农村地区办理新生婴儿出生落户", "是否为农村居民在农村地区办理新生婴儿出生落户？", []),
    ("hyStatusMismatch", "boolean", "户口簿上的婚姻状况与当事人声明不一致", "户口簿上的婚姻状况是否与当事人声明不一致？", []),
    ("hyReissue", "enum", "补领的婚姻登记证（结婚证、离婚证）", "补领结婚证还是离婚证？", ["结婚证", "离婚证"]),
    ("hyOtherParty", "enum", "另一方当事人的身份（香港居民、澳门居民、台湾居民、华侨、外国人）", "另一方当事人是哪一类居民？",
     ["香港居民", "澳门居民", "台湾居民", "华侨", "外国人"]),
    ("hyForeignLanguage", "boolean", "提交的“本人无配偶证明”等材料是外国语言文字", "提交的“本人无配偶证明”等材料是否为外国语言文字？", []),
    ("qtNotarizedAdoption", "boolean", "经公证机构公证确立收养关系", "收养关系是否经公证机构公证确立？", []),
    ("disabilityType", "enum", "申请的残疾类别（视力、听力、言语、肢体、智力、精神、多重）", "申请哪一类残疾人证？",
     ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"]),
    ("adoptedChild", "boolean", "有依法收养的子女", "是否有依法收养的子女？", []),
    ("rsEnrolledOrEnlisted", "boolean", "升学或入伍", "是否升学或入伍？", []),
    ("rsBankChanged", "boolean", "变更开户银行", "是否变更开户银行？", []),
    ("rsInstantOutlet", "boolean", "本人到社保卡即时业务办理网点直接办理", "是否本人到社保卡即时业务办理网点直接办理？", []),
    ("rsLossChannel", "enum", "挂失方式（到业务管理机构办理、通过电话或网站）", "到当地社保卡业务管理机构办理挂失，还是通过电话或网站挂失？",
     ["业务管理机构", "电话或网站"]),
    ("rsUnfreeze", "enum", "解挂的功能（社保功能、银行功能）", "解挂社保功能还是银行功能？", ["社保功能", "银行功能"]),
    ("rsReplaceOutlet", "enum", "换卡的办理地点（社保卡业务管理机构、社保卡即时业务办理网点）", "到哪里办理换卡？",
     ["业务管理机构", "即时业务办理网点"]),
    ("rsTransferIn", "enum", "转入的类别", "属于哪一种转入？",
     ["跨省、省辖市转入", "外地事业单位转入", "本地事业单位转入", "城乡居民制度内转入", "城镇职工转入城乡", "城乡转入城镇职工"]),
    ("rsTransferOut", "enum", "转出的类别", "属于哪一种转出？",
     ["跨省、省辖市转出", "转出至外地事业单位", "转出至本地事业单位", "城乡居民制度内转出", "城乡转出至城镇职工", "城镇职工转出至城乡"]),
    ("rsOutpatientBenefit", "boolean", "享受门诊统筹、规定病种或认定特药待遇", "是否享受门诊统筹、规定病种或认定特药待遇？", []),
    ("rsRelocation", "enum", "异地居住的情形（本人异地居住、随配偶或子女居住、随军、派驻异地工作一年以上）", "属于哪一种异地居住情形？",
     ["本人异地居住", "随配偶或子女居住", "随军", "派驻异地工作"]),
    ("rsEligibleDependants", "boolean", "存在符合供养条件的遗属", "是否存在符合供养条件的遗属？", []),
    ("localHukou", "boolean", "学生为本市户籍", "学生是否为本市户籍？", []),
    ("rxHousing", "enum", "学生家长的住房（有房屋产权证、贷款购房暂无产权证、无房屋产权证）", "学生家长的住房属于哪种情况？",
     ["有房屋产权证", "贷款购房暂无产权证", "无房屋产权证"]),
    ("rxFromOtherProvince", "boolean", "外省转入", "学生是否从外省转入？", []),
    ("rxToProvincialModel", "boolean", "申请转入省级示范性高中", "是否申请转入省级示范性高中？", []),
    ("rxBeforeProficiencyExam", "boolean", "在普通高中学生学业水平考试报名前转入", "是否在普通高中学生学业水平考试报名前转入？", []),
    ("rxFreshmanNoArchive", "boolean", "高一新生在开学初时，原学校学籍档案未建立", "是否为开学初的高一新生且原学校学籍档案未建立？", []),
    ("familyAccompanies", "boolean", "配偶、子女随同来我市", "配偶、子女是否随同来我市？", []),
    ("syDisabledChild", "boolean", "子女属于病残儿", "子女是否属于病残儿？", []),
    ("syParentIdMissing", "enum", "新生儿父母有效身份证件缺失的情形（均不缺失、父亲证件缺失、母亲证件缺失）", "新生儿父母的有效身份证件是否有缺失？",
     ["均不缺失", "父亲证件缺失", "母亲证件缺失"]),
    ("syParentsForeign", "boolean", "新生儿母亲和父亲为外籍人员", "新生儿母亲和父亲是否为外籍人员？", []),
    ("syMotherInfoMismatch", "boolean", "新生儿母亲信息与住院分娩登记的信息不相符", "新生儿母亲的姓名、有效身份证件号码、出生年月日等信息是否与住院分娩登记的信息不相符？", []),
    ("syNameChange", "boolean", "因新生儿姓名原因不能进行户籍登记，需要变更新生儿姓名", "是否因新生儿姓名原因不能进行户籍登记，需要变更新生儿姓名？", []),
    ("syParentInfoChange", "boolean", "要求变更父亲或母亲信息", "是否要求变更父亲或母亲信息？", []),
    ("syMilitaryId", "boolean", "1996年1月1日至2007年12月31日期间使用军官证、士官证办理《出生医学证明》而要求换发",
     "1996年1月1日至2007年12月31日期间，新生儿母亲和（或）父亲是否使用军官证、士官证办理《出生医学证明》而要求换发？", []),
    ("syMilitaryIdMismatch", "boolean", "申请人姓名、性别、出生日期等信息与军官证、士官证信息不一致", "申请人姓名、性别、出生日期等信息是否与军官证、士官证信息不一致？", []),
    ("syBothMilitary", "boolean", "双军人现役军官或女士官", "是否为双军人现役军官或女士官？", []),
    ("syHereditary", "boolean", "患儿疑为遗传性疾病", "患儿是否疑为遗传性疾病？", []),
    ("syDocumentsLost", "boolean", "申报奖励对象的有关证件或材料丢失", "申报奖励对象的有关证件或材料是否丢失？", []),
    ("syLocalTreatment", "boolean", "本地就医", "计划生育手术是否在本地就医？", []),
    ("txDelayedRetirement", "boolean", "延迟办理退休", "是否延迟办理退休？", []),
    ("txNonLocalHukou", "boolean", "外地户籍人员或1998年1月1日后户籍迁入我市", "是否为外地户籍人员或1998年1月1日后户籍迁入我市的参保人员？", []),
    ("txModelWorker", "boolean", "取得市级以上劳动模范", "是否取得市级以上劳动模范？", []),
    ("txSeniorTitle", "boolean", "取得副高级职称以上，并经市人才认定职称信息", "是否取得副高级职称以上，并经市人才认定职称信息？", []),
]

# clause → encoding (any matter), or {matter: encoding}
BY_TEXT = {
    "以出让方式取得的": E("bdcLandAcquisition", "出让"),
    "以划拨方式取得的": E("bdcLandAcquisition", "划拨"),
    "以租赁方式取得的": E("bdcLandAcquisition", "租赁"),
    "以作价出资或者入股方式取得的": E("bdcLandAcquisition", "作价出资或者入股"),
    "以授权经营方式取得的": E("bdcLandAcquisition", "授权经营"),
    "权利人姓名或者名称、身份证明类型或者身份证明号码发生变化的": E("bdcChangeHolder"),
    "土地面积、界址范围变更的": E("bdcChangeArea"),
    "房屋面积、界址范围发生变化的": E("bdcChangeArea"),
    "属部分土地收回引起房屋面积、界址变更的": AND(E("bdcChangeArea"), E("bdcAreaChangeCause", "部分土地收回")),
    "改建、扩建引起房屋面积、界址变更的": AND(E("bdcChangeArea"), E("bdcAreaChangeCause", "改建扩建")),
    "因自然灾害导致部分房屋灭失的": AND(E("bdcChangeArea"), E("bdcAreaChangeCause", "自然灾害部分灭失")),
    "其他面积、界址变更情形的": AND(E("bdcChangeArea"), E("bdcAreaChangeCause", "其他")),
    "土地用途变更的": E("bdcChangeUse"),
    "用途发生变化的": E("bdcChangeUse"),
    "国有建设用地使用权的权利期限发生变化的": E("bdcChangeTerm"),
    "同一权利人分割或者合并国有建设用地的": E("bdcChangeSplitMerge"),
    "同一权利人分割或者合并不动产的": E("bdcChangeSplitMerge"),
    "共有人共有性质变更的": E("bdcChangeCoOwnership"),
    "共有性质变更的": E("bdcChangeCoOwnership"),
    "依法应当纳税的": E("bdcTaxDue"),
    "买卖的": E("bdcTransferCause", "买卖", "互换", "赠与"),
    "因继承、受遗赠取得的": E("bdcTransferCause", "继承受遗赠"),
    "作价出资（入股）的": E("bdcTransferCause", "作价出资入股"),
    "法人或其他组织合并、分立导致权属发生转移的": E("bdcTransferCause", "合并分立"),
    "共有人增加或者减少的": E("bdcTransferCause", "共有人增减"),
    "分割、合并导致权属发生转移的": E("bdcTransferCause", "分割合并"),
    "不动产分割、合并导致权属发生转移的": E("bdcTransferCause", "分割合并"),
    "因人民法院、仲裁委员会的生效法律文书等导致权属发生变化的": E("bdcTransferCause", "生效法律文书"),
    "申请划拨取得国有建设用地使用权转移登记的": E("bdcAllocatedLand"),
    "划拨国有建设用地使用权及房屋所有权转移的": E("bdcAllocatedLand"),
    "依法需要补交土地出让价款、缴纳税费的": E("bdcPremiumOrTaxDue"),
    "已经办理预告登记的": E("bdcPreRegistered"),
    "国有建设用地灭失的": E("bdcExtinctionCause", "灭失"),
    "不动产灭失的": E("bdcExtinctionCause", "灭失"),
    "权利人放弃国有建设用地使用权的": E("bdcExtinctionCause", "放弃"),
    "权利人放弃国有建设用地使用权及房屋所有权的": E("bdcExtinctionCause", "放弃"),
    "依法没收、收回国有建设用地使用权的": E("bdcExtinctionCause", "没收征收收回"),
    "依法没收、征收、收回不动产的": E("bdcExtinctionCause", "没收征收收回"),
    "因人民法院或者仲裁委员会生效法律文书导致权利消灭的": E("bdcExtinctionCause", "生效法律文书"),
    "因人民法院或者仲裁委员会生效法律文书导致国有建设用地使用权及房屋所有权消灭的": E("bdcExtinctionCause", "生效法律文书"),
    "申请人为利害关系人的": E("bdcApplicantRole", "利害关系人"),
    "申请人为不动产权利人的": E("bdcApplicantRole", "权利人"),
    "建筑物区分所有的": E("bdcCondominium"),
    "同意将最高额抵押权设立前已经存在的债权转入最高额抵押担保的债权范围的": E("bdcPriorDebtIncluded"),
    "在建建筑物抵押的": E("bdcBuildingUnderConstruction"),
    "抵押权人或者抵押人姓名、名称变更的": E("bdcMortgagePartyRenamed"),
    "担保范围、抵押权顺位、被担保债权种类或者数额、债务履行期限、最高债权额、债权确定期间等发生变更的": E("bdcMortgageTermsChanged"),
    "因抵押权顺位、被担保债权数额、最高债权额、担保范围、债务履行期限发生变更等，对其他抵押权人产生不利影响的": E("bdcAdverseToOtherMortgagees"),
    "申请一般抵押权转移登记的": E("bdcMortgageType", "一般抵押权"),
    "申请最高额抵押权转移登记的": E("bdcMortgageType", "最高额抵押权"),
    "抵押权人与抵押人共同申请注销登记的": E("bdcDeregistrationApplicant", "共同申请"),
    "预购商品房的": E("bdcPrepurchasedHousing"),
    "预售人与预购人在商品房预售合同中对预告登记附有条件和期限的": E("bdcPresaleConditions"),
    "以预购商品房等不动产设定抵押权的": E("bdcPrepurchaseMortgage"),
    "人民法院查封的": E("bdcSeizingAuthority", "人民法院"),
    "人民检察院查封的": E("bdcSeizingAuthority", "人民检察院"),
    "公安等国家有权机关查封的": E("bdcSeizingAuthority", "公安等国家有权机关"),
    "人民法院解除查封的": E("bdcReleasingAuthority", "人民法院"),
    "人民检察院解除查封的": E("bdcReleasingAuthority", "人民检察院"),
    "公安机关等人民政府有权机关解除查封的": E("bdcReleasingAuthority", "公安机关等有权机关"),
    "利害关系人查询的": E("bdcInquirer", "利害关系人"),
    "人民法院、人民检察院、国家安全机关、监察机关以及其他因执行公务需要的国家机关查询的": E("bdcInquirer", "国家机关"),
    "在家中或其他场所正常死亡的": E("bzDeathPlace", "家中正常死亡"),
    "在家中或其他场所非正常死亡的": E("bzDeathPlace", "家中非正常死亡"),
    "属单位参保的，由用人单位提供": E("insuredCategory", "企业职工", "机关事业单位职工"),
    "有供养直系亲属时提供": E("bzDependants"),
    "采取银企互联方式单位结算时提供": E("bzSettlement", "单位结算"),
    "采取银企互联方式个人结算时提供": E("bzSettlement", "个人结算"),
    "机动车所有人的身份证明原件，属于暂住人口的": E("temporaryResident"),
    "机动车所有人身份证明原件，属于暂住人口的": E("temporaryResident"),
    "现机动车所有人身份证明原件，属于暂住人口的": E("temporaryResident"),
    "变更前和变更后机动车所有人身份证明原件，属于暂住人口的": E("temporaryResident"),
    "变更前和变更后机动车所有人身份证明原件，变更后为暂住人口的": E("temporaryResident"),
    "属于国产机动车的": E("cgVehicleOrigin", "国产"),
    "属于进口机动车的": E("cgVehicleOrigin", "进口"),
    "属于巡游和网约出租车、从事营运的大型客车、工程救险车、救护车、消防车的提供": E("cgOperatingUse"),
    "属于两年内未申请注册登记或不属于国务院机动车产品主管部门规定免于安全技术检验的机动车提供": E("cgInspectionRequired"),
    "属于未注册登记机动车加装肢体残疾人操纵辅助装置的出具": E("cgDisabledControls"),
    "机动车在被盗抢期间发动机号码、车辆识别代号被改变的": E("cgIdentifiersAltered"),
    "属于校车的": E("cgSchoolBus"),
    "属于被人民法院调解、裁定、判决机动车解除抵押的": E("cgCourtRelease"),
    "机动车所有人为单位的": ORGANIZATION,
    "不属于国家汽车主管部门确定为免检车型的": NOT("cgInspectionExempt"),
    "机动车驾驶证遗失的": E("cgLicenceLost"),
    "参加旅游团赴香港或者澳门旅游的": E("crjHkMoEndorsement", "团队旅游"),
    "开放赴港澳个人旅游城市的居民赴香港或者澳门旅游": E("crjHkMoEndorsement", "个人旅游"),
    "赴香港或者澳门探望配偶、父母、配偶的父母、子女、子女的配偶、兄弟姐妹、（外）祖父母或者（外）孙子女的": E("crjHkMoEndorsement", "探亲"),
    "亲属在香港或者澳门定居的": AND(E("crjHkMoEndorsement", "探亲"), E("crjRelativeSettled")),
    "内地企业机构人员、个体工商户经营者赴香港或者澳门从事商务活动的": E("crjHkMoEndorsement", "商务"),
    "赴香港或者澳门就学、就业、培训、居留、随任或者作为受养人依亲的": E("crjHkMoEndorsement", "逗留"),
    "赴香港就学、就业、培训、居留、随任或者作为受养人赴香港依亲的": AND(E("crjHkMoEndorsement", "逗留"), E("crjHkMoDestination", "香港")),
    "赴香港或者澳门治病、奔丧、探望危重病人、诉讼、应试、处理产业、学术交流的": E("crjHkMoEndorsement", "其他"),
    "参加旅游团赴台湾旅游的": E("crjTwEndorsement", "团队旅游"),
    "开放赴台湾个人旅游城市的居民申请赴台湾个人旅游的": E("crjTwEndorsement", "个人旅游"),
    "赴台湾探亲或者赴台湾团聚、居留的": E("crjTwEndorsement", "探亲"),
    "赴台湾定居的": E("crjTwEndorsement", "定居"),
    "经台办批准应邀赴台湾交流的": E("crjTwEndorsement", "应邀"),
    "经台办批准赴台湾进行经贸活动的": E("crjTwEndorsement", "商务"),
    "赴台湾执行两岸航运任务的": E("crjTwEndorsement", "乘务"),
    "赴台湾学习的": E("crjTwEndorsement", "学习"),
    "赴台湾就医、处理财产、诉讼等事务的": E("crjTwEndorsement", "其他"),
    "职工配偶参与提取的": E("gjjSpouseJoins"),
    "购买国有土地上建造商品住房的": E("gjjCommodityHousing"),
    "租住公有住房的": E("gjjRentalHousing", "公有住房"),
    "租住商品住房的": E("gjjRentalHousing", "商品住房"),  # see AT for the 无需提供 of 市内 deposits
    "租住公共租赁住房的": E("gjjRentalHousing", "公共租赁住房"),
    "该笔贷款办理过提前偿还本市商业贷款本息的需提供": E("gjjPriorPrepayment"),
    "个人住房公积金贷款和组合贷款的首次提取除外": NOT("gjjFirstFundLoanExtraction"),
    "提前偿还本市商业贷款本息的": E("gjjPrepayCommercial"),
    "偿还异地公积金贷款的": E("gjjRemoteFundLoan"),
    "因交通事故、医疗事故、工伤事故、产品质量事故或其他人身伤害事故受到严重人身伤害的": E("gjjHardshipCause", "人身伤害事故"),
    "因见义勇为或为保护社会公共利益而使自己的合法权益受到严重损害的": E("gjjHardshipCause", "见义勇为"),
    "因自然灾害等不可抗力造成生活困难，正在接受社会救济或家庭生活难以为继的": E("gjjHardshipCause", "自然灾害"),
    "继承人为第一顺序继承人（配偶、父母、子女）的": E("gjjHeirType", "第一顺序继承人"),
    "继承人为第一顺序继承人以外的或者遗嘱继承人、受遗赠人的": E("gjjHeirType", "其他继承人或受遗赠人"),
    "非托管职工的": NOT("gjjEntrustedEmployee"),
    "职工姓名、身份证号码错误的": E("gjjNameIdError"),
    "选择评估的": E("gjjValuationChosen"),
    "因离婚变更借款人、抵押人的": E("gjjBorrowerChangeCause", "离婚"),
    "因死亡变更借款人、抵押人的": E("gjjBorrowerChangeCause", "死亡"),
    "享受商业健康保险税前扣除政策且实行核定征收的纳税人，还应报送": E("gsHealthInsurance"),
    "享受商业健康保险税前扣除政策的纳税人，还应报送": E("gsHealthInsurance"),
    "享受个人税收递延型商业养老保险个人所得税政策试点的纳税人，还应报送": E("gsDeferredPension"),
    "享受个人所得税优惠的纳税人，还应报送": E("gsTaxRelief"),
    "享受合伙创投企业个人所得税投资抵扣税收政策的个人合伙人纳税人，还应报送": E("gsVentureDeduction"),
    "纳税义务人依照规定申请扣除已在境外缴纳的个人所得税税额时": E("gsForeignTaxCredit"),
    "按规定需要进行资产评估的": E("gsValuationRequired"),
    "计税依据明细偏低但有正当理由的": E("gsLowBasisJustified"),
    "选择股权激励和技术入股递延纳税政策的": E("gsDeferral"),
    "天使投资个人享受投资抵扣税收优惠的": E("gsAngelInvestor"),
    "下列情形分别应再报送：——属于离婚分割财产的": E("gsGiftCase", "离婚分割财产", "赠与配偶", "赠与亲属", "赠与抚养赡养人"),
    "达到法定结婚年龄人员：未婚的须在办理部门使用的《个人未婚声明》上签字承诺；属于其他婚姻状况的":
        AND(MARRIAGEABLE, ("m:applicant/m:fact[@name='maritalStatus']!='未婚'", ("maritalStatus",))),
    "随迁配偶无职业的": NOT("spouseEmployed"),
    "落户市政府行政服务中心人才集体户": E("hjTalentCollective"),
    "达到法定结婚年龄的": MARRIAGEABLE,
    "有随迁子女的": E("accompanyingChildren"),
    "符合“连续参加社会保险年限”条件的,无需提供本条手续": NOT("hjInsuranceYears"),
    "符合“连续参加社会保险年限”条件的，无需提供本条手续": NOT("hjInsuranceYears"),
    "社会福利院收养": E("hjAdoptionRoute", "社会福利院收养"),
    "公民个人收养": E("hjAdoptionRoute", "公民个人收养"),
    "养父母民族不同的": AND(E("hjAdoptionRoute", "公民个人收养"), E("hjEthnicityDiffers")),
    "农村居民在农村地区办理新生婴儿出生落户的": AND(E("hjAdoptionRoute", "公民个人收养"), E("hjRuralNewborn")),
    "户口簿上的婚姻状况与当事人声明不一致的": E("hyStatusMismatch"),
    "补领结婚证": E("hyReissue", "结婚证"),
    "补领离婚证": E("hyReissue", "离婚证"),
    "香港居民": E("hyOtherParty", "香港居民"),
    "澳门居民": E("hyOtherParty", "澳门居民"),
    "台湾居民": E("hyOtherParty", "台湾居民"),
    "华侨": E("hyOtherParty", "华侨"),
    "外国人": E("hyOtherParty", "外国人"),
    "当事人向婚姻登记机关提交的“本人无配偶证明”等材料是外国语言文字的": E("hyForeignLanguage"),
    "收养登记机关颁发的收养登记证，经公证机构公证确立收养关系的": E("qtNotarizedAdoption"),
    "申请智力、精神类残疾人证和未成年人申请残疾人证": OR(E("disabilityType", "智力", "精神"), UNDER18),
    "收养子女的": E("adoptedChild"),
    "依法收养子女的": E("adoptedChild"),
    "升学或入伍的": E("rsEnrolledOrEnlisted"),
    "企业单位职工": E("insuredCategory", "企业职工"),
    "属企业单位职工的": E("insuredCategory", "企业职工"),
    "企业职工": E("insuredCategory", "企业职工"),
    "机关事业单位职工": E("insuredCategory", "机关事业单位职工"),
    "用人单位职工": E("insuredCategory", "企业职工", "机关事业单位职工"),
    "灵活就业人员": E("insuredCategory", "灵活就业人员"),
    "城乡居民": E("insuredCategory", "城乡居民"),
    "变更开户银行时提供": AND(E("insuredCategory", "城乡居民"), E("rsBankChanged")),
    "本人到社保卡即时业务办理网点直接办理的": E("rsInstantOutlet"),
    "办理人到当地社保卡业务管理机构办理挂失的": E("rsLossChannel", "业务管理机构"),
    "办理人通过电话或网站挂失的": E("rsLossChannel", "电话或网站"),
    "办理人到当地社保卡业务管理机构办理社保功能的解挂业务的": E("rsUnfreeze", "社保功能"),
    "办理人到原挂失银行网点办理银行功能的解挂业务的": E("rsUnfreeze", "银行功能"),
    "办理人到当地社保卡业务管理机构办理换卡业务的": E("rsReplaceOutlet", "业务管理机构"),
    "办理人到社保卡即时业务办理网点办理换卡业务": E("rsReplaceOutlet", "即时业务办理网点"),
    "跨省、省辖市转入": E("rsTransferIn", "跨省、省辖市转入"),
    "外地事业单位转入": E("rsTransferIn", "外地事业单位转入"),
    "本地事业单位转入": E("rsTransferIn", "本地事业单位转入"),
    "城乡居民制度内转入": E("rsTransferIn", "城乡居民制度内转入"),
    "城镇职工养老保险转入城乡养老保险": E("rsTransferIn", "城镇职工转入城乡"),
    "城乡居民养老保险转入城镇职工养老保险": E("rsTransferIn", "城乡转入城镇职工"),
    "跨省、省辖市转出": E("rsTransferOut", "跨省、省辖市转出"),
    "转出至外地事业单位": E("rsTransferOut", "转出至外地事业单位"),
    "转出至本地事业单位": E("rsTransferOut", "转出至本地事业单位"),
    "城乡居民制度内转出": E("rsTransferOut", "城乡居民制度内转出"),
    "城乡居民养老保险转出至城镇职工养老保险": E("rsTransferOut", "城乡转出至城镇职工"),
    "城镇职工养老保险转出至城乡居民养老保险": E("rsTransferOut", "城镇职工转出至城乡"),
    "指享受门诊统筹、规定病种或认定特药待遇的": E("rsOutpatientBenefit"),
    "本人异地户口簿或居/暂住证或房产证": E("rsRelocation", "本人异地居住"),
    "随配偶或子女居住的": E("rsRelocation", "随配偶或子女居住"),
    "随军配偶或子女是异地现役军人的": E("rsRelocation", "随军"),
    "用人单位派驻职工异地工作一年以上的": E("rsRelocation", "派驻异地工作"),
    "存在符合供养条件的遗属": E("rsEligibleDependants"),
    "本市户籍适龄儿童入学时": E("localHukou"),
    "因贷款购买住房而暂无房屋产权证者": E("rxHousing", "贷款购房暂无产权证"),
    "无房屋产权证者": E("rxHousing", "无房屋产权证"),
    "无住房者": E("rxHousing", "无房屋产权证"),
    "非本市户籍适龄儿童入学时": NOT("localHukou"),
    "非本市户籍儿童少年入学时": NOT("localHukou"),
    "外省市学生家长除以上证件还要持有效的《大连市居住证》": NOT("localHukou"),
    "外省转入学生提供": E("rxFromOtherProvince"),
    "申请转入省级示范性高中的学生提供": E("rxToProvincialModel"),
    "学生在普通高中学生学业水平考试报名前转入不提供": NOT("rxBeforeProficiencyExam"),
    "配偶、子女随同来我市的": E("familyAccompanies"),
    "子女属于病残儿的": E("syDisabledChild"),
    "新生儿父亲有效身份证件缺失的，新生儿母亲应当提供": E("syParentIdMissing", "父亲证件缺失"),
    "新生儿母亲有效身份证件缺失的，新生儿父亲应当提供": E("syParentIdMissing", "母亲证件缺失"),
    "新生儿母亲和父亲为外籍人员的": E("syParentsForeign"),
    "新生儿母亲的姓名、有效身份证件号码、出生年月日等信息与住院分娩登记的信息不相符的": E("syMotherInfoMismatch"),
    "因新生儿姓名原因不能进行户籍登记，需要变更新生儿姓名的；要求变更父亲或母亲信息的":
        OR(E("syNameChange"), E("syParentInfoChange"), E("syMilitaryId"), E("syMilitaryIdMismatch")),
    "因新生儿姓名原因不能进行户籍登记，需要变更新生儿姓名的": E("syNameChange"),
    "要求变更父亲或母亲信息的": E("syParentInfoChange"),
    "1996年1月1日至2007年12月31日期间，新生儿母亲和（或）父亲使用军官证、士官证办理《出生医学证明》而要求换发的": E("syMilitaryId"),
    "申请人姓名、性别、出生日期等信息与军官证、士官证信息不一致的": E("syMilitaryIdMismatch"),
    "双军人现役军官或女士官的": E("syBothMilitary"),
    "患儿疑为遗传性疾病的": E("syHereditary"),
    "属于离婚再婚的": E("remarried"),
    "离婚的": E("maritalStatus", "离婚"),
    "丧偶的": E("maritalStatus", "丧偶"),
    "申报奖励对象的有关证件或材料丢失的": E("syDocumentsLost"),
    "手术医疗费审核支付业务本地就医的": E("syLocalTreatment"),
    "女职工生育待遇": FEMALE,
    "男职工护理津贴": MALE,
    "机关事业单位还需提供": E("insuredCategory", "机关事业单位职工"),
    "延迟办理退休的": E("txDelayedRetirement"),
    "此项仅适用于外地户籍人员及1998年1月1日后户籍迁入我市的参保人员": E("txNonLocalHukou"),
    "此项仅适用于取得市级以上劳动模范的退休人员": E("txModelWorker"),
    "此项仅适用于取得副高级职称以上，并经市人才认定职称信息的退休人员": E("txSeniorTitle"),
    "监护人无法陪同的，可以委托他人陪同": AND(UNDER16, E("guardianAbsent")),
    "未满十六周岁的申请人": UNDER16,
    "未满十六周岁的申请人如未办理居民身份证": AND(UNDER16, NOT("idCardIssued")),
    "国家工作人员和现役的人民解放军军人、人民武装警察申请普通护照": E("crjOccupation", "国家工作人员", "现役军人武警"),
    "现役的人民解放军军人、人民武装警察": E("crjOccupation", "现役军人武警"),
}

# (matter, scenario, material) → encoding; or (new <when> text, encoding) for a material
# whose case the parser did not see; or ALWAYS / OPTIONAL for a clause that is no condition.
AT = {
    # "[按照登记事项提供] (包括出让金或租金缴库认定书、配套费收讫文件、契税的完税凭证等）": a list, not a case
    ("BS-BDC-001", "", "5"): ALWAYS,
    # "查询申请书、申请人身份证明材料、利害关系人查询的，提交存在利害关系的材料、…国家机关查询的，应当提供本单位出具的…"
    ("BS-BDC-025", "", "1"): E("bdcInquirer", "利害关系人", "国家机关"),
    # exemptions the guide writes inside a material's name or note
    ("BS-BDC-017", "", "3"): W("但不动产登记机构书面通知相关权利人申请更正登记的除外", NOT("bdcRegistryNotified")),
    ("BS-CRJ-002", "", "4"): W("未满十六周岁的申请人", UNDER16),
    ("BS-CRJ-003", "", "4"): W("未满十六周岁的申请人", UNDER16),
    ("BS-GJJ-005", "", "5"): W("租住商品住房的；缴存地在市内（含高新园区）、金州新区（保税区）办事处的，无需提供家庭无房产证明",
                               AND(E("gjjRentalHousing", "商品住房"), NOT("gjjCentralDeposit")), replace=True),
    ("BS-GJJ-015", "", "3"): W("年满60周岁男职工和年满55周岁女职工可不提供", NOT_RETIREMENT_AGE),
    ("BS-GJJ-015", "", "4"): W("年满60周岁男职工和年满55周岁女职工可不提供", NOT_RETIREMENT_AGE),
    ("BS-HJ-001", "", "1.1.2"): W("16周岁以上人员", AGE16),
    ("BS-HJ-010", "", "5"): W("16周岁以上", AGE16),
    ("BS-HJ-011", "", "5"): W("16周岁以上", AGE16),
    ("BS-HJ-013", "", "4"): W("十六周岁以上", AGE16),
    ("BS-QT-001", "", "2"): OPTIONAL,  # 接种疫苗，一般不需要提供材料
    # BS-RX-015 6 (高一新生…可不提供) is curated in Pipelines/curated/003.xml with its whole scenario
    ("BS-BZ-002", "", "6"): W("以灵活就业人员身份参保时提供", E("insuredCategory", "灵活就业人员")),  # the 承诺书
    ("BS-BZ-001", "", "1"): W("在医院死亡的（包括120急救中心接诊的）", E("bzDeathPlace", "医院")),
    ("BS-CG-021", "", "1"): ALWAYS,  # 个人: 身份证; 单位: 组织机构代码证书 — one of them always
    ("BS-CRJ-002", "", "5.2"): W("开放赴港澳个人旅游城市的居民赴香港或者澳门旅游", E("crjHkMoEndorsement", "个人旅游")),
    ("BS-GJJ-002", "", "5"): ALWAYS,  # 契税完税票据; the clause says what else may be asked
    ("BS-GJJ-009", "", "4"): NOT("gjjRuralHouse"),  # 农村房屋: 乡镇人民政府的证明文件 instead
    ("BS-GJJ-017", "", "1"): W("出境定居的", E("gjjSettlement", "出境定居")),
    ("BS-GJJ-017", "", "2"): W("赴港、澳、台地区定居的", E("gjjSettlement", "赴港澳台定居")),
    ("BS-GJJ-024", "", "4"): ALWAYS,  # 结婚证（离婚的：离婚证…丧偶的：…）: a marital-status document always
    ("BS-GJJ-025", "", "3"): ALWAYS,
    ("BS-GJJ-026", "", "3"): ALWAYS,
    ("BS-GS-003", "case-2", "3"): ALWAYS,  # 有效证件（烈属需提供…关系的证明）: the clause adds to it
    ("BS-GS-003", "case-2", "4"): ALWAYS,  # the parser copied the clause of 3
    ("BS-HJ-002", "", "2"): SELECTION,
    ("BS-HJ-016", "", "2"): SELECTION,
    ("BS-HJ-003", "", "4"): ALWAYS,  # 合法稳定住所证明（含取得购房备案合同…的情形）
    ("BS-HJ-006", "", "1"): ALWAYS,  # 因丢失需补办: the matter itself
    ("BS-HJ-006", "", "3"): OPTIONAL,  # 应当交派出所销毁: not submitted with the application
    ("BS-HY-008", "", "1"): ALWAYS,  # 大连居民: one party always is
    ("BS-HY-008", "", "2"): ALWAYS,  # 其他居民: the other party always is
    ("BS-HY-009", "", "2"): ALWAYS,
    ("BS-HY-009", "", "2.4"): W("华侨", E("hyOtherParty", "华侨")),
    ("BS-HY-009", "", "2.5"): W("外国人", E("hyOtherParty", "外国人")),
    ("BS-HY-009", "", "4"): ALWAYS,  # photos: 4 for 结婚证, 3 for 离婚证 — some always
    ("BS-HY-010", "", "1"): ALWAYS,
    ("BS-HY-010", "", "2"): ALWAYS,
    ("BS-QT-005", "", "1"): OPTIONAL,  # 应当共同到…办理: how to apply, not a document
    ("BS-QT-005", "", "5"): ALWAYS,  # 书面协议（提供成形的文字协议）
    ("BS-QT-014", "", "4"): ALWAYS,  # 结婚证（离婚的需要提供离婚证和协议书…）
    ("BS-RS-010", "", "1"): ALWAYS,  # 流动人员在工作、学历、职称发生变化时: the matter itself
    ("BS-RS-026", "", "2"): W("办理人到社保卡即时业务办理网点办理换卡业务", E("rsReplaceOutlet", "即时业务办理网点")),
    ("BS-RS-031", "", "6"): W("城乡居民养老保险转入城镇职工养老保险", E("rsTransferIn", "城乡转入城镇职工")),
    ("BS-RS-032", "", "3"): W("转出至本地事业单位", E("rsTransferOut", "转出至本地事业单位")),
    ("BS-RS-032", "", "5"): W("城乡居民养老保险转出至城镇职工养老保险", E("rsTransferOut", "城乡转出至城镇职工")),
    ("BS-RS-041", "", "2"): W("本人异地户口簿或居/暂住证或房产证", E("rsRelocation", "本人异地居住")),
    ("BS-RS-043", "", "1"): ALWAYS,  # 相关就医资料（加盖病案室印章的病案首页…）
    ("BS-SY-009", "case-3", "6"): ALWAYS,  # 夫妻双方有效失业证（当年劳动保障部门年检的失业证）
    ("BS-SY-012", "", "2"): W("女职工生育待遇", FEMALE),
    ("BS-SY-012", "", "3"): W("女职工生育待遇", FEMALE),
    ("BS-SY-012", "", "4"): W("女职工生育待遇", FEMALE),
    ("BS-SY-012", "", "6"): W("男职工护理津贴", MALE),
    ("BS-SY-012", "", "7"): W("男职工护理津贴", MALE),
    ("BS-SY-012", "", "8"): W("机关事业单位还需提供", E("insuredCategory", "机关事业单位职工")),
    ("BS-TX-003", "", "1.2"): ALWAYS,  # 身份证、户口簿（持中国护照人员…另行提供户籍证明）
    ("BS-TX-003", "", "2.2"): ALWAYS,
    ("BS-TX-005", "", "1.2"): ALWAYS,
    ("BS-TX-005", "", "2.2"): ALWAYS,
    ("BS-TX-006", "", "1"): ALWAYS,  # 特殊工种资格审核所需资料: a heading
    ("BS-TX-012", "", "2"): ALWAYS,  # 健康体检材料（或近期住院治疗后的出院病历）
}


def encode_conditions(matter, unencoded):
    code = matter.get("code")
    for scn in matter.findall(Q + "scenario"):
        for mat in scn.iter(Q + "material"):
            _encode(code, scn.get("id", ""), mat)


def _encode(code, scn, mat):
    key = (code, scn, mat.get("id"))
    w = mat.find(Q + "when")
    act = AT.get(key)
    if act is None:
        if w is None or w.get("xpath"):
            return
        act = BY_TEXT.get(w.text)
        if isinstance(act, dict):
            act = act.get(code)
        if act is None:
            return
    if act == SELECTION:
        if w is not None:
            mat.remove(w)
        mat.attrib.pop("required", None)
        for child in mat.findall(Q + "material"):
            if child.get("need") != "one-of" and child.find(Q + "when") is None:
                child.set("required", "optional")
        return
    if act in (ALWAYS, OPTIONAL):
        if w is None:
            if act == OPTIONAL:
                mat.set("required", "optional")
            return
        words = w.text
        mat.remove(w)
        if act == ALWAYS:
            mat.attrib.pop("required", None)
        else:
            mat.set("required", "optional")
        note = mat.find(Q + "note")
        if note is None:
            note = ET.Element(Q + "note")
            cite_el = mat.find(Q + "cite")
            idx = list(mat).index(cite_el) if cite_el is not None else len(mat)
            mat.insert(idx, note)
            note.text = "（" + words + "）"
        else:
            note.text = "（" + words + "）" + note.text
        return
    enc = act
    if isinstance(act, dict):
        enc = act["enc"]
        if w is None:
            w = ET.Element(Q + "when")
            media = mat.find(Q + "media")
            after = media if media is not None else mat.find(Q + "name")
            mat.insert(list(mat).index(after) + 1, w)
            w.text = act["when"]
        elif act["replace"]:
            w.text = act["when"]
    if w is None:
        return
    xpath, reads = enc
    mat.set("required", "conditional")
    w.set("xpath", xpath)
    if reads:
        w.set("reads", " ".join(reads))


# ---------------------------------------------------------------- document specifications
#
# Where the guide states a file format or size for an uploaded document (入学 事项20: "JPG或JPEG
# 格式，大小不能超过40k、不能小于15K"), the material gets <media> and <spec>. k/K is read as
# 1024 bytes. Sizes in mm or 寸 (2寸照片, 高x宽为48x33mm) are print sizes without a pixel
# density: not checkable on a file, kept in the material's words only.
SPEC_RE = re.compile(r"(JPG或JPEG格式，)?大小不能超过([0-9]+)\s*[kK][bB]?、不能小于([0-9]+)\s*[kK][bB]?")


def add_specs(matter):
    for mat in matter.iter(Q + "material"):
        name = mat.find(Q + "name")
        m = SPEC_RE.search(name.text or "")
        if not m:
            continue
        pos = list(mat).index(name) + 1
        if m.group(1):
            media = ET.Element(Q + "media")
            media.text = "image/jpeg"
            mat.insert(pos, media)
            pos += 1
        w = mat.find(Q + "when")
        if w is not None:
            pos = list(mat).index(w) + 1
        spec = ET.Element(Q + "spec", {"maxBytes": str(int(m.group(2)) * 1024),
                                        "minBytes": str(int(m.group(3)) * 1024)})
        spec.text = m.group(0)
        mat.insert(pos, spec)


# "（以上材料均为原件）" closes the materials of 婚姻 事项4, 5, 6, 8, 9 and 10 (lines 8872, 8882, 8896, 8927, 8958, 8975):
# every document of theirs is brought as the original (round 32, tester i: only the photos and a few IDs said so).
ALL_ORIGINALS = ("BS-HY-004", "BS-HY-005", "BS-HY-006", "BS-HY-008", "BS-HY-009", "BS-HY-010")


def after_overlays(root: ET.Element) -> None:
    """Citations of a case's materials name the case, as the draft's do (scenario_place), for the materials an overlay
    wrote too: 「车管 事项2 所需材料 6」 of case (五) reads as the first case's (6) (round 18, BS-CG-002). The documents
    of the matters whose list ends "以上材料均为原件" are originals (ALL_ORIGINALS)."""
    for matter in root.iter(Q + "matter"):
        if matter.get("code") not in ALL_ORIGINALS:
            continue
        for material in matter.iter(Q + "material"):
            name = material.findtext(Q + "name") or ""
            document = material.find(Q + "material") is None or material.get("need") == "one-of"
            if document and material.get("original") is None and "复印件" not in name:
                material.set("original", "original")
    office_made(root)
    within(root)
    plain = re.compile(r"^(\S+ 事项\d+) (所需材料 .+)$")
    for matter in root.iter(Q + "matter"):
        scenarios = matter.findall(Q + "scenario")
        if len(scenarios) < 2:
            continue
        for scn in scenarios:
            place = scenario_place((scn.findtext(Q + "name") or "").strip())
            if not place:
                continue
            for material in scn.iter(Q + "material"):
                c = material.find(Q + "cite")
                m = plain.match(c.get("item") or "") if c is not None else None
                # Not where the item names the case already (生育 事项10 所需材料 （二）手术休假津贴审核支付业务 read "…（二）手术
                # 休假津贴审核支付业务 所需材料 （二）手术休假津贴审核支付业务": round 49, tester e).
                if m and place not in m.group(2):
                    c.set("item", f"{m.group(1)} {place} {m.group(2)}")


def within(root: ET.Element) -> None:
    """An information-only matter whose answer says it is part of another (城镇“三无”人员供养申办包含于特困人员供养申办) names
    that matter's code in a note "包含于事项：CODE NAME": the report tells the applicant which matter to file, whether the
    check loaded the whole catalog or the one matter (round 50, tester a: `intake check` loads the one matter and could not
    find the other by its name, so it never named it)."""
    names = {}
    for matter in root.iter(Q + "matter"):
        if matter.get("kind") != "information-only":
            names.setdefault(matter.findtext(Q + "name") or "", matter.get("code"))
    for matter in root.iter(Q + "matter"):
        if matter.get("kind") != "information-only":
            continue
        for note in matter.findall(Q + "note"):
            m = re.search(r"包含于([^。；，]+)", note.text or "")
            if m and note.text.startswith("指南：") and m.group(1) in names:
                extra = ET.Element(Q + "note")
                extra.text = f"包含于事项：{names[m.group(1)]} {m.group(1)}"
                matter.insert(list(matter).index(note) + 1, extra)
                break


# What the office makes itself, in the guide's words: the form the window prints (车管: "申请表原件（由窗口工作人员打印）"),
# the record the inspection post writes after inspecting the vehicle ("《机动车查验记录表》原件（由查验岗查验车辆后出具）",
# "经查验岗民警确认后的《校车查验记录表》"). The applicant cannot bring it in a bundle: it is optional, with a note saying
# who makes it (round 35, tester f: 车管 事项1's were reported "缺少材料"; curated/003-zzs-s41.xml did 事项1-4 and 19 by hand).
OFFICE_MADE = re.compile(r"[由有]窗口工作人员打印|查验车辆后出具|查验岗民警确认后")


def office_made(root: ET.Element) -> None:
    for material in root.iter(Q + "material"):
        name = material.findtext(Q + "name") or ""
        made = OFFICE_MADE.search(name)
        if not made or material.get("required") not in (None, "optional") or material.find(Q + "material") is not None:
            continue
        material.set("required", "optional")
        if material.find(Q + "note") is None:
            note = ET.Element(Q + "note")
            note.text = "由" + ("窗口工作人员打印" if "打印" in made.group(0) else "查验岗查验车辆后出具") + "，申请人无需提交"
            cite = material.find(Q + "cite")
            kids = list(material)
            material.insert(kids.index(cite) if cite is not None else len(kids), note)

