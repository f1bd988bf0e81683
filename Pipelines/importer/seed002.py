"""Parser for seed 002: 关于开展2025年度大连市机关事业单位工勤技能人员技师及以下技术等级
晋升考核工作的通知 (大人社发〔2025〕49号).

Matter codes: one matter per target grade of 二、(二) 1–4, coded by the grade's pinyin
initials (the schema allows GQ-[A-Z0-9-]):
    GQ-JS  技师      (二、(二)1)
    GQ-GJG 高级工    (二、(二)2)
    GQ-ZJG 中级工    (二、(二)3)
    GQ-CJG 初级工    (二、(二)4)
The four share the application window (三、(一): 2025年6月27日—7月25日), the procedure and the
material list of 三、(二)2 ((1) 汇总表 pdf + excel, (2) 原等级证书 pdf, (3) 新进和转聘人员手续
pdf); they differ in their eligibility rules, which the curated overlay
(Pipelines/curated/002.xml) encodes as forbidden cases over declared facts. The one rule
that reads a list of the text, "属设技师职业（工种）范围的（详见附件1）", is generated here
(GQ-JS F1, first of its cases) from 附件1 so the trade list is never copied by hand.

The applicant applies to his own unit; the unit reviews and reports to its 主管部门, which
registers online on the 大连金保工程信息管理系统网站 (the notice gives its address) and
mails the 汇总表 to dlzynljs@163.com -> channels window and online, the e-mail as a note.
The notice gives no processing time limit: no <timeLimit>.
"""
from __future__ import annotations

import re

import catalogxml
from catalogxml import cite, el, fact

DOCUMENT = "002_f427b4269c60386f.txt"
TITLE = "关于开展2025年度大连市机关事业单位工勤技能人员技师及以下技术等级晋升考核工作的通知"
# The notice is dated 2025年6月27日 (signature, line 109, and 印发 date at its end).
EFFECTIVE_FROM = "2025-06-27"

# Cited lines a page break (or a table's cell) cut mid-sentence: a citation of the first line quotes
# through the second, joined (round 39, tester q: RS-039 8.3's quote of line 1586 ended "…丧偶人", its
# 结婚证 on line 1588). Found by listing the cited lines that end without punctuation and whose next
# line continues them, each read by hand.
WRAPPED = {43: 45, 63: 65}  # 43: 二、(九)'s sentence ends on line 45, "可作为依据。" (round 50, tester c)
# What the notice states of itself: the issuer (line 3, signed line 107), its number
# (line 5) and date (line 109). The other seeds state none of these.
ISSUER = "大连市人力资源和社会保障局"
NUMBER = "大人社发〔2025〕49号"
ISSUED = "2025-06-27"

GRADES = {"技师": "GQ-JS", "高级工": "GQ-GJG", "中级工": "GQ-ZJG", "初级工": "GQ-CJG"}
PDF = "application/pdf"
EXCEL = ("application/vnd.ms-excel "
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def line_of(lines, needle, start=0):
    return catalogxml.line_of(lines, needle, start, source="seed002")


def numbered_materials(lines, start, end):
    """(n, first line 1-based, text) for （1）…（3） between 0-based start..end; a
    paragraph broken by a blank line (（3） … 具体 / 按照申报条件准备) is joined."""
    out = []
    for i in range(start, end):
        s = lines[i].strip()
        m = re.match(r"（(\d+)）(.*)", s)
        if m:
            out.append([int(m.group(1)), i + 1, m.group(2)])
        elif out and s and not re.match(r"\d+\.", s) and not out[-1][2].endswith("；"):
            out[-1][2] += s
    return out


def technician_trades(lines):
    """The trades of 附件1 (一类, 二类, 三类): a name with sub-trades in brackets as written there,
    the name alone and each sub-trade on its own."""
    a1 = line_of(lines, "技师职业（工种）范围表", line_of(lines, "附件 1") - 1)
    a2 = line_of(lines, "附件 2", a1)
    body = "".join(l.strip() for l in lines[a1:a2 - 1])
    trades = []
    for part in re.split(r"[一二三]类：", body)[1:]:
        for m in re.finditer(r"([^、（）]+)(?:（([^）]+)）)?", part):
            name = m.group(1).strip()
            if name:
                trades.append(name)
            if m.group(2):
                # As 附件1 writes it (the fact asks "按附件1写法", round 38): the name with its
                # bracket, then each sub-trade on its own.
                trades.append(f"{name}（{m.group(2).strip()}）")
                trades += [s.strip() for s in m.group(2).split("、") if s.strip()]
    return trades


def parse(text: str):
    lines = text.split("\n")
    unencoded = []

    l_win = line_of(lines, "报名和资格审核工作自")
    mw = re.search(r"(\d{4}) 年 (\d+) 月 (\d+) 日开始至 (\d+) 月 (\d+) 日结束", lines[l_win - 1])
    y, m1, d1, m2, d2 = (int(g) for g in mw.groups())
    window = ("%04d-%02d-%02d" % (y, m1, d1), "%04d-%02d-%02d" % (y, m2, d2))

    l_mat = line_of(lines, "审核提交材料包括")
    l_mat_end = line_of(lines, "3.主管部门复审", l_mat)
    mats = numbered_materials(lines, l_mat, l_mat_end - 1)
    if [m[0] for m in mats] != [1, 2, 3]:
        raise ValueError("seed002: materials %r" % mats)
    l_online = line_of(lines, "点击“普通报名”进行网上申报")
    href = re.search(r"<(http[^>]+)>", lines[l_online - 1]).group(1)

    l_cond = line_of(lines, "(二) 参加工作时间及岗位工作年限")
    grade_lines = []
    for i in range(l_cond, len(lines)):
        m = re.match(r"(\d)\.(.*可申报(技师|高级工|中级工|初级工)技术等级考核)", lines[i].strip())
        if m:
            grade_lines.append((int(m.group(1)), i + 1, m.group(3)))
        if lines[i].strip().startswith("(三)"):
            break
    if [g[2] for g in grade_lines] != list(GRADES):
        raise ValueError("seed002: grades %r" % grade_lines)

    trades = technician_trades(lines)
    l_a1 = line_of(lines, "技师职业（工种）范围表", line_of(lines, "附件 1") - 1)
    l_js_scope = line_of(lines, "属设技师职业（工种）范围的")

    matters = []
    for no, ln, grade in grade_lines:
        code = GRADES[grade]
        m = el(None, "matter", code=code)
        el(m, "name", "工勤技能人员%s技术等级晋升考核" % grade)
        el(m, "department", "各报名人员主管部门")
        cite(m, DOCUMENT, "二、申报条件 (二) %d" % no, ln)
        el(m, "note",
           "晋级考核由市就业和人才服务中心统一组织；个人向所在单位报名，单位资格审核并公示5个工作日后报主管部门，"
           "主管部门复审后将盖章的汇总表（pdf 版和 excel 电子版）发送 dlzynljs@163.com 备案并网上申报。")
        el(m, "note",
           "取得国家认可的技师（二级）及以下《职业资格证书》、《职业技能等级证书》的，在符合申报条件的前提下"
           "可免考申报相应技术等级复核认定（二、(九)）。")
        el(m, "channel", "工勤人员向所在单位提出报名申请，单位资格审核后报主管部门", kind="window")
        el(m, "channel", "主管部门登录大连金保工程信息管理系统网站，点击“普通报名”进行网上申报",
           kind="online", href=href)
        w = el(m, "applicationWindow", **{"from": window[0], "to": window[1]})
        cite(w, DOCUMENT, "三、报名资格审查 (一) 报名时间", l_win)
        scn = el(m, "scenario", id="")
        el(scn, "name", "")

        n1, l1, t1 = mats[0]
        form = re.match(r"(《[^》]+》)（pdf 版和 excel 电子版各一份）；$", t1)
        if not form:
            raise ValueError("seed002: material 1 %r" % t1)
        item = "三、报名资格审查 (二) 报名程序 2 审核提交材料 (%d)"
        p1 = el(scn, "material", id="1", kind="application-form", need="all")
        el(p1, "name", form.group(1))
        el(p1, "note", "pdf 版和 excel 电子版各一份；按报考同职业（工种）人员的不同级别顺序填写（附件2）。")
        cite(p1, DOCUMENT, item % 1, l1)
        for sid, label, media in (("1.1", "pdf 版", PDF), ("1.2", "excel 电子版", EXCEL)):
            c = el(p1, "material", id=sid, kind="application-form", copies=1)
            el(c, "name", form.group(1) + label)
            el(c, "media", media)
            cite(c, DOCUMENT, item % 1, l1)

        n2, l2, t2 = mats[1]
        name2 = t2.replace("（pdf 格式）；", "")
        assert "（pdf 格式）" in t2 and name2.endswith("等原件"), t2
        m2 = el(scn, "material", id="2", kind="certificate", required="conditional",
                original="original")
        el(m2, "name", name2)
        el(m2, "media", PDF)
        el(m2, "when", "已取得原等级职业（技术）等级资格的", xpath=fact("currentGrade") + " != '无'",
           reads="currentGrade")
        el(m2, "note", "pdf 格式。未取得任何等级（如申报初级工）的无原等级证书可交。")
        cite(m2, DOCUMENT, item % 2, l2)

        n3, l3, t3 = mats[2]
        mm = re.match(r"(新进和转聘人员的相关手续的原件)，包括(.*?)，具体按照申报条件准备（pdf 格式）。$", t3)
        if not mm:
            raise ValueError("seed002: material 3 %r" % t3)
        m3 = el(scn, "material", id="3", kind="other", required="conditional", original="original")
        el(m3, "name", mm.group(1))
        el(m3, "media", PDF)
        el(m3, "when", "新进和转聘人员", xpath=fact("newOrTransferredStaff") + " = 'true'",
           reads="newOrTransferredStaff")
        el(m3, "note", "包括%s，具体按照申报条件准备（pdf 格式）。" % mm.group(2))
        cite(m3, DOCUMENT, item % 3, l3)

        if grade == "技师":
            assert trades and all("|" not in t and t.strip() == t for t in trades), trades
            lst = "|" + "|".join(trades) + "|"
            f = el(m, "forbidden", id="F1")
            # The declared trade must be exactly one name of the list: "|" delimits the list, so a
            # value holding it ("汽车驾驶员|汽车修理工", two neighbours of the list) is not one trade.
            # Its brackets as the list writes them: 附件1's are full-width, and a name typed with
            # half-width ones, "医疗临床辅助服务员(病案员)", is the same trade (round 57, tester q: refused).
            assert "(" not in lst and ")" not in lst, lst
            el(f, "when", "属设技师职业（工种）范围的（详见附件1），可申报技师技术等级考核",
               xpath="not(contains('%s', concat('|', translate(normalize-space(%s), '()', '（）'), '|'))) or contains(%s, '|')" % (
                   lst, fact("trade"), fact("trade")), reads="trade")
            el(f, "message", "不予受理：申报技师技术等级考核的职业（工种）须属《大连市机关事业单位工勤技能人员"
                             "技师职业（工种）范围表》（附件1）所列范围。")
            cite(f, DOCUMENT, "二、申报条件 (二) 1；附件1 技师职业（工种）范围表（第%d行起）" % l_a1,
                 l_js_scope)
        matters.append(m)

    unencoded += [
        "GQ-* 二、(九) 免考复核认定：取得国家认可证书者可免考申报复核认定（证书须经全国联网查询系统核查；"
        "退役士兵涉密证书经本人承诺），不是另一套材料目录，未设情形，仅作 note；核查与承诺未编码",
        "GQ-* 二、(四)(五) 退役士兵、管理岗位转聘“可不受本岗位连续工作时间的限制，参照同期参加工作的技术工人"
        "工作年限直接申报”：按免除持原等级证书满5年的要求、仍适用参加工作时间要求编码（解释）",
        "GQ-* 二、(六) 专业技术岗位转聘“按照同期参加工作的技术工人工作年限”：按仍适用参加工作时间要求编码（解释）；"
        "技术员、助理工程师以外的职务（如工程师）文中未说，事实取值只列这两种",
        "GQ-* 工作年限、从事本工种年限的计算截止日文中未给（取证时间计算至2025年7月31日只就取证说），"
        "事实 workYears/tradeYears 由申报人按整年申报，不能由系统计算",
        "GQ-* 三、(二)3 主管部门复审、汇总表盖章扫描后发送 dlzynljs@163.com 备案：主管部门的程序，"
        "电子邮件不是 mail（邮寄）渠道，仅作 note",
        "GQ-* 七、(三) 不符合资格条件、徇私舞弊者取消报考资格和成绩：事后处理，未编码",
        "GQ-JS F1 技师职业范围按附件1所列名称逐字比对（含括号内的子工种）；同一工种的别称（如附件3的"
        "“驾驶员”“汽车维修工”）不在附件1中，会被判为不属范围",
    ]
    return matters, unencoded
