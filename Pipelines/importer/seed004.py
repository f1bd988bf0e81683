"""Parser for 004_e8123824df28054f.txt: the social-insurance (社会保险类) service guide.

Layout of the seed (plain text from a PDF):
- a table of the service halls (社会保险服务大厅);
- 合规办事业务指南 / 社会保险类: 84 numbered matters "N. 名称", each with
  N.1 需提供要件 ((1), (2) ... or 无, sometimes followed by 资料来源要件样表 links, which are
  sample-form downloads and NOT channels), N.2 办理路径 (①窗口办 ②网上办 途径一 dlPortal
  link 途径二 辽宁省政务服务网 ③掌上办 ④自助办), N.3 办理时限, N.4 温馨提示;
- 违规禁办事项清单 (12 rows: 序号 / 禁办事项 / 禁办情形), encoded by hand in
  Pipelines/curated/004.xml (they need facts and XPath conditions);
- 容缺办理事项清单 (13 rows: 序号 / 业务事项 / 可容缺资料 / 资料来源), turned into <deferral>
  elements here by matching the row's 业务事项 to a matter name and each 可容缺资料 to a
  material of that matter.

Everything that needs facts (per-category materials, 委托书 only for another person's
account, forbidden cases) lives in the curated overlay.
"""
from __future__ import annotations

import re

from catalogxml import el, cite, fact

DOCUMENT = "004_e8123824df28054f.txt"
TITLE = "社会保险服务大厅 合规办事业务指南（社会保险类）、违规禁办事项清单、容缺办理事项清单"
# The guide carries no date of its own. The years it speaks of are 2009 (国办发[2009]66号,
# item 80) and 2017 (辽人社[2017]140号, items 29-31); per the importer's convention the
# earliest of them gives EFFECTIVE_FROM (the guide itself is evidently later than 2017).
EFFECTIVE_FROM = "2009-01-01"

# Cited lines a page break (or a table's cell) cut mid-sentence: a citation of the first line quotes
# through the second, joined (round 39, tester q: RS-039 8.3's quote of line 1586 ended "…丧偶人", its
# 结婚证 on line 1588). Found by listing the cited lines that end without punctuation and whose next
# line continues them, each read by hand.
WRAPPED = {1274: 1275}

GUIDE = "合规办事业务指南"
FORBIDDEN_LIST = "违规禁办事项清单"
DEFERRAL_LIST = "容缺办理事项清单"
N_MATTERS = 84

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

# ----------------------------------------------------------------------------------------
# material kinds, by keyword (first match wins; order matters)
KIND_RULES = [
    # only the 容缺受理承诺书 is the deferral letter; every other 承诺书 (告知承诺制承诺书,
    # 收入情况申报及承诺书) is an ordinary material of kind pledge, required as the guide says
    ("容缺受理承诺书", "commitment-letter"),
    ("承诺书", "pledge"),
    ("委托书", "authorization"),
    ("死亡", "death-certificate"),
    ("出生证明", "birth-certificate"),
    ("护照", "passport"),
    ("通行证", "passport"),
    ("户口本", "hukou-book"),
    ("户口簿", "hukou-book"),
    ("社会保障卡", "social-security-card"),
    ("社保卡", "social-security-card"),
    ("事业单位法人证书", "organization-certificate"),
    ("统一社会信用代码证书", "business-license"),
    ("营业执照", "business-license"),
    ("开户证明", "proof"),
    ("银行", "bank-card"),
    ("开户行", "bank-card"),
    ("存折", "bank-card"),
    ("身份证", "id-card"),
    ("身份证明", "id-card"),
    ("有效证件", "id-card"),
    ("个人档案", "archive-material"),
    ("收据", "financial-statement"),
    ("票据", "financial-statement"),
    ("费用明细", "financial-statement"),
    ("病历", "medical-record"),
    ("病志", "medical-record"),
    ("医学诊断", "medical-record"),
    ("医疗资料", "medical-record"),
    ("证明书", "proof"),
    ("同意书", "proof"),
    ("施工合同", "contract"),
    ("合同", "contract"),
    ("鉴定结论书", "proof"),
    ("申请表", "application-form"),
    ("登记表", "application-form"),
    ("审批表", "application-form"),
    ("认定表", "application-form"),
    ("审核表", "application-form"),
    ("申请书", "application-form"),
    ("项目表", "application-form"),
    ("明细表", "application-form"),
    ("信息表", "application-form"),
    ("回执单", "application-form"),
    ("个人申请", "application-form"),
    ("备案", "application-form"),
    ("证书", "certificate"),
    ("缴费凭证", "proof"),
    ("声明", "proof"),
    ("说明", "proof"),
    ("证明", "proof"),
    ("决定", "proof"),
    ("批件", "proof"),
    ("文件", "proof"),
    ("文书", "proof"),
    ("任命文", "proof"),
    ("手续", "proof"),
    ("材料", "proof"),
]


def kind_of(name: str) -> str:
    if "承诺书" in name and "容缺" not in name:
        return "pledge"
    for key, kind in KIND_RULES:
        if key in name:
            return kind
    return "other"


def original_of(name: str):
    if "原件及复印件" in name:
        return "original-and-copy"
    if "复印件" in name:
        return "copy"
    if "原件" in name:
        return "original"
    return None


# Trailing parenthetical remarks that are conditions or exemptions, not part of the name.
COND_RE = re.compile(r"\s*[（(]([^（）()]*(?:所需|可不提供)[^（）()]*)[)）]\s*$")
REMARK_RE = re.compile(r"\s*[（(]([^（）()]{4,})[)）]\s*$")  # not （折）, （存折）
TITLED_RE = re.compile(r"^(?:.*?(?:填报|填写))?《([^《》]+)》(一份)?$")
TRAILING_PUNCT = "；;。，,、 \u3000"


def clean_material(raw: str):
    """(name, condition words, copies, remark) from one numbered item's text."""
    text = raw.strip().rstrip(TRAILING_PUNCT)
    cond = None
    m = COND_RE.search(text)
    if m:
        cond = m.group(1).strip()
        text = text[:m.start()].rstrip(TRAILING_PUNCT)
    note = None
    m = REMARK_RE.search(text)
    if m:  # a remark such as （加盖单位公章）
        note = m.group(1).strip()
        text = text[:m.start()].rstrip(TRAILING_PUNCT)
    # "X，需提供Y" / "X还需提供Y": Y is the material, X says when it is needed
    m = re.match(r"^(.+?)(?:[，,]需提供|还需提供)(.+)$", text)
    if m:
        cond = m.group(1) + ("；" + cond if cond else "")
        text = m.group(2)
    copies = None
    t = TITLED_RE.match(text)
    if t:
        text = t.group(1)
        if t.group(2):
            copies = 1
    elif text.endswith("一份"):
        copies = 1
        text = text[:-2]
    text = re.sub(r"^(?:提供|填写)", "", text)
    return text, cond, copies, note


def norm(s: str) -> str:
    """Loose comparison key: no spaces or brackets, 资料 == 材料."""
    s = re.sub(r"[\s《》（）()]", "", s)
    return s.replace("资料", "材料")


# ----------------------------------------------------------------------------------------
def split_matters(lines):
    """[(number, title, first line index, last line index exclusive)] of the guide part."""
    start = next(i for i, l in enumerate(lines) if l.strip() == GUIDE)
    end = next(i for i, l in enumerate(lines) if l.strip() == FORBIDDEN_LIST)
    heads = []
    expect = 1
    for i in range(start, end):
        m = re.match(r"^\s*(\d{1,2})\.\s*([^\d\s].*)$", lines[i])
        if m and int(m.group(1)) == expect:
            heads.append((expect, m.group(2).strip(), i))
            expect += 1
    if len(heads) != N_MATTERS:
        raise SystemExit(f"seed004: found {len(heads)} matters, expected {N_MATTERS}")
    out = []
    for k, (n, title, i) in enumerate(heads):
        j = heads[k + 1][2] if k + 1 < len(heads) else end
        out.append((n, title, i, j))
    return out, end


def sections(lines, n, i, j):
    """{sub number: line index} of the 'N.k' headings inside a matter block."""
    secs = {}
    for x in range(i + 1, j):
        m = re.match(r"^\s*%d\.(\d)\s*" % n, lines[x])
        if m and int(m.group(1)) not in secs:
            secs[int(m.group(1))] = x
    return secs


def parse_materials(lines, n, a, b):
    """Numbered items (k) between lines a and b; continuation lines are joined."""
    items = []  # [id, text, line index]
    for x in range(a, b):
        s = lines[x].strip()
        if not s or s.startswith("资料来源") or s.startswith("[image"):
            if s.startswith("资料来源"):
                break
            continue
        m = re.match(r"^[（(](\d{1,2})[)）]\s*(.*)$", s)
        if m:
            items.append([m.group(1), m.group(2), x])
        elif s == "无":
            break
        elif items:
            items[-1][1] += s
    return items


def parse_channels(lines, a, b):
    chans = []  # (kind, text, href)
    x = a
    current = None
    while x < b:
        s = lines[x].strip()
        x += 1
        if not s or s.startswith("[image"):
            continue
        url = re.search(r"https?://\S+", s)
        if s.startswith("①窗口办"):
            current = "window"
            chans.append(["window", s, None])
        elif s.startswith("②网上办"):
            current = "online"
            body = s.split("：", 1)[1].strip() if "：" in s else ""
            if url:
                label = body[:body.find(url.group(0))].rstrip("：: ")
                chans.append(["online", "网上办：" + label, url.group(0)])
            elif body:
                chans.append(["online", "网上办：" + body, None])
        elif s.startswith("③掌上办"):
            current = "app"
            chans.append(["online", s[1:], None])
        elif s.startswith("④自助办"):
            current = "self"
            chans.append(["window", s[1:], None])
        elif s.startswith("途径"):
            label = re.sub(r"^途径[一二三四]：", "", s)
            label = re.sub(r"https?://\S+", "", label).strip()
            chans.append(["online", "网上办：" + label, url.group(0) if url else None])
        elif url:
            # a link on its own line belongs to the last online entry without one
            if chans and chans[-1][0] == "online" and chans[-1][2] is None:
                chans[-1][2] = url.group(0)
        elif current == "window" and chans and chans[-1][0] == "window":
            chans[-1][1] += "；" + s  # window text on two lines (item 20)
    # channel text: drop the circled number
    out = []
    for kind, text, href in chans:
        text = text.lstrip(CIRCLED).rstrip("。")
        out.append((kind, text, href))
    return out


TL_RE = re.compile(r"(\d+)\s*个工作日")


def time_limit(parent, lines, a, b):
    first = lines[a].strip()
    text = re.sub(r"^\d+\.3\s*办理时限[：:]?\s*", "", first)
    if not text:
        parts = []
        for x in range(a + 1, b):
            s = lines[x].strip()
            if not s or s.startswith("[image"):
                continue
            if re.match(r"^\d+\.4", s):
                break
            parts.append(s.lstrip(CIRCLED))
        text = "；".join(parts)
    days = [int(d) for d in TL_RE.findall(text)]
    if days:
        # per-channel limits (items 61, 64): the longest bounds every channel; the
        # channels' own are in curated/004-k-s31-limits.xml
        el(parent, "timeLimit", text, unit="working-days", value=max(days))
    elif "即时" in text or "当场" in text:
        el(parent, "timeLimit", text, unit="immediate")
    else:
        el(parent, "timeLimit", text or "未规定", unit="unspecified")


# XPath of the material conditions the guide writes in a trailing bracket, keyed by
# (item, material id); the facts are declared in Pipelines/curated/004.xml. "申请由相关部门
# （编制部门）提供后，可不提供该文件": needed while the department has not supplied it; "如能提供
# 原参保地相关信息，可不提供纸质材料": needed unless that information is given.
def _not_supplied(name):
    return ("%s = 'false'" % fact(name), name)


MATERIAL_CONDITIONS = {
    (66, "2"): _not_supplied("dissolutionApprovalSuppliedByDepartment"),
    (69, "3"): _not_supplied("uniqueRelationProofSuppliedByDepartment"),
    (70, "2"): _not_supplied("changeEvidenceSuppliedByDepartment"),
    (73, "3"): _not_supplied("originalInsuranceInfoProvided"),
    (74, "2"): _not_supplied("establishmentApprovalSuppliedByDepartment"),
    (75, "3"): ("%s = 'true' and %s = 'false'" % (fact("crossProvinceTransfer"),
                                                  fact("originalInsuranceInfoProvided")),
                "crossProvinceTransfer originalInsuranceInfoProvided"),
    (76, "2"): _not_supplied("salaryDecisionSuppliedByDepartment"),  # replaced by the overlay
    (76, "3"): _not_supplied("transferDocumentsSuppliedByDepartment"),
    (78, "2"): _not_supplied("salaryDecisionSuppliedByDepartment"),
    (78, "3"): _not_supplied("transferDocumentsSuppliedByDepartment"),
}


def build_material(parent, mid, raw, line, n):
    name, cond, copies, note = clean_material(raw)
    kind = kind_of(name)
    attrs = dict(id=mid, kind=kind)
    if kind == "commitment-letter" and "容缺" in name:
        attrs["required"] = "when-deferred"
    elif cond:
        attrs["required"] = "conditional"
    orig = original_of(name)
    if orig:
        attrs["original"] = orig
    if copies:
        attrs["copies"] = copies
    mat = el(parent, "material", **attrs)
    el(mat, "name", name)
    if cond:
        xpath, reads = MATERIAL_CONDITIONS.get((n, mid), (None, None))
        el(mat, "when", cond, xpath=xpath, reads=reads)
    if note:
        el(mat, "note", note)
    cite(mat, DOCUMENT, f"{GUIDE} {n}.1 ({mid})", line + 1)
    return mat


# ----------------------------------------------------------------------------------------
def parse_rows(lines, a, b):
    """Rows of a borderless table: a line holding only a row number starts a row; the
    cells are the following tab-indented lines (an untabbed line continues the last cell)."""
    rows = []
    for x in range(a, b):
        raw = lines[x]
        s = raw.strip()
        if not s:
            continue
        if raw.startswith("\t") and re.fullmatch(r"\d{1,2}", s):
            rows.append({"no": int(s), "line": x, "cells": []})
        elif rows:
            if raw.startswith("\t"):
                rows[-1]["cells"].append([s, x])
            elif rows[-1]["cells"]:
                rows[-1]["cells"][-1][0] += "\n" + s
    return rows


def parse_deferrals(lines, start, matters_by_name, unencoded):
    rows = parse_rows(lines, start, len(lines))
    for row in rows:
        cells = row["cells"]
        if len(cells) != 3:
            unencoded.append(f"{DEFERRAL_LIST} {row['no']}: row not understood ({len(cells)} cells)")
            continue
        (matter_name, _), (what, what_line), (supplier, _) = cells
        item = f"{DEFERRAL_LIST} {row['no']}"
        matter = matters_by_name.get(norm(matter_name))
        if matter is None:
            unencoded.append(f"{item}: no matter named {matter_name} in the guide")
            continue
        scn = matter.find("{urn:dalian:intake:catalog:1}scenario")
        mats = scn.findall("{urn:dalian:intake:catalog:1}material")
        names = [re.sub(r"^\d+[.．、]\s*", "", w.strip()) for w in what.split("\n") if w.strip()]
        for k, dname in enumerate(names):
            hit = [mm for mm in mats if norm(mm.findtext("{urn:dalian:intake:catalog:1}name")) == norm(dname)]
            line = what_line + 1 + k
            if hit:
                mid = hit[0].get("id")
                if hit[0].findtext("{urn:dalian:intake:catalog:1}name") != dname:
                    ref = (f"{item}（清单称“{dname}”，指南称“"
                           f"{hit[0].findtext('{urn:dalian:intake:catalog:1}name')}”）")
                else:
                    ref = item
            else:
                # named only by the list: the guide's N.1 does not list it; add it after the
                # guide's own materials so that the deferral has something to defer
                ids = [int(mm.get("id")) for mm in mats if mm.get("id").isdigit()]
                mid = str(max(ids) + 1 if ids else 1)
                mat = el(scn, "material", id=mid, kind=kind_of(dname))
                el(mat, "name", dname)
                el(mat, "note", f"{DEFERRAL_LIST}所列可容缺资料，指南需提供要件未列出；"
                                f"按清单补为本事项要件")
                cite(mat, DOCUMENT, item, line)
                mats.append(mat)
                unencoded.append(f"{item} ({matter.get('code')} {matter_name}): 可容缺资料“{dname}”"
                                 f"不在指南的需提供要件中，补为要件 {mid}（须审核）")
                ref = item
            d = el(matter, "deferral", material=mid, supplier=supplier.strip())
            el(d, "name", dname)
            cite(d, DOCUMENT, ref, line)


# ----------------------------------------------------------------------------------------
def parse(text: str):
    lines = text.split("\n")
    unencoded = []
    blocks, list_start = split_matters(lines)
    matters = []
    by_name = {}
    for n, title, i, j in blocks:
        code = "SB-%03d" % n
        m = el(None, "matter", code=code)
        el(m, "name", title)
        cite(m, DOCUMENT, f"{GUIDE} {n}", i + 1)
        secs = sections(lines, n, i, j)
        for k in (1, 2, 3):
            if k not in secs:
                raise SystemExit(f"seed004: item {n} lacks {n}.{k}")
        items = parse_materials(lines, n, secs[1] + 1, secs[2])
        if not items:
            el(m, "note", "需提供要件：无")
        time_limit(m, lines, secs[3], secs.get(4, j))
        for kind, ctext, href in parse_channels(lines, secs[2] + 1, secs[3]):
            el(m, "channel", ctext, kind=kind, href=href)
        scn = el(m, "scenario", id="")
        el(scn, "name", "")
        for mid, raw, x in items:
            build_material(scn, mid, raw, x, n)
        matters.append(m)
        by_name[norm(title)] = m
    defer_start = next(x for x, l in enumerate(lines) if l.strip() == DEFERRAL_LIST)
    parse_deferrals(lines, defer_start, by_name, unencoded)
    unencoded.extend(UNENCODED_NOTES)
    return matters, unencoded


# What the curated overlay or the importer leaves as prose, and why (kept here so that the
# generated UNENCODED.md names it; the overlay itself cannot contribute to that list).
UNENCODED_NOTES = [
    "合规办事业务指南 66.1 (2), 69.1 (3), 70.1 (2), 74.1 (2), 76.1 (2)(3), 78.1 (2)(3) "
    "“申请由相关部门（编制部门）提供后，可不提供该文件” and 73.1 (3), 75.1 (3) “如能提供原参保地相关信息，"
    "可不提供纸质材料”: whether the department has supplied the file, or the applicant gives the "
    "original place's information, cannot be seen in a bundle; read from boolean facts the clerk or "
    "front end declares (…SuppliedByDepartment, originalInsuranceInfoProvided)",
    "合规办事业务指南 24.1 (1)-(10): the guide lists all ten materials without saying which "
    "early-retirement type needs which; (4)-(8) are made conditional on the fact "
    "earlyRetirementType by their names (困难国有企业干部 / 企业军转干部 / 因病 / 特殊工种), "
    "(1)-(3), (9), (10) stay required for every type (judgement call); 违规禁办事项清单 8, 9 "
    "因病提前退休 / 特殊工种提前退休 are attached to SB-024 (its description covers both routes), "
    "not added as separate SB-X matters",
    "合规办事业务指南 61.2-65.2: ③掌上办 (apps, no link) encoded as online channels without href, "
    "④自助办 (合作银行网点) as a window channel",
    "合规办事业务指南 12.2, 35.2: the dlPortal link the guide gives as channel is the one of "
    "another item (12 = item 11's b6717fea…; 35 = item 34's 2c01d99d…, while 35's sample-form "
    "link is ca8a3762…); kept as the guide gives it",
    "违规禁办事项清单 1 企业职工基本养老保险补缴: not in the guide's numbering, added as SB-X01 "
    "without materials (this document gives none; compare 003 群众办事通 事项30 "
    "申请补缴基本养老保险费)",
    "违规禁办事项清单 3 SB-025 F1 未达到法定退休年龄, 8 SB-024 F1 未完全丧失劳动能力, "
    "9 SB-024 F3/F4 (特殊工种备案、单位一致), 11/12 SB-027/SB-026 未符合发放条件, "
    "7 SB-017 F2 缴费未达待遇申领条件, 5 SB-049, 4 SB-048, 6 SB-080 F2 (转出地无法提供材料): "
    "the list gives no rule the pipeline could compute (statutory retirement age by sex, job "
    "and the 2025 reform; 发放条件; 工伤认定; 备案), so each reads a boolean fact the clerk or "
    "front end declares; SB-025 F1 also reads the age and sex derived from the resident id "
    "(curated/004.xml): a man under 60 or a woman under 50, the lowest normal retirement ages "
    "(国发〔1978〕104号, not stated in the guide), has not reached it whatever is declared",
    "违规禁办事项清单 10 SB-064 办理人不能提供有效证件: encoded with the boolean fact "
    "documentsValid; it overlaps the material check of 64.1 (1)-(5)",
    "违规禁办事项清单 6 养老保险跨省转移 → SB-080: “男超50周岁，女超40周岁” read as whole 周岁 "
    "above 50 / 40 (x:years-since > 50 / > 40, 民法典 1259: 超过 excludes the number itself); "
    "“外省户籍” read as hukouProvince not starting with 辽宁; the sentence is read as "
    "(外省户籍 and over age) or (一次性缴纳≥3年 and 转出地无法提供相关材料)",
    "合规办事业务指南 N.1 资料来源要件样表 links (sample forms to download) are not channels and "
    "are not encoded",
    "合规办事业务指南 21.1 (3) 遗属和经办人身份证: one material for the ID cards of two persons",
    "EFFECTIVE_FROM 2009-01-01: the guide has no date; 2009 is the earliest year it cites "
    "(国办发[2009]66号), the guide itself must be later than 2017 (辽人社[2017]140号)",
]
