"""Parser for seed 001: 2024年大连市职称评审指南 (the 2024 professional-title review guide).

The document describes ONE matter, the application for a professional-title review
(职称评审申报), coded ZC-001. It does not distinguish separate matters: senior (高级) and
intermediate/junior (中级/初级) reviews differ in how they are assessed (答辩 vs. 书面述职)
and in the word count of the 述评, but they share one material list (the
“大连市申报专业技术资格送审材料目录单”), one application window and one procedure.

Structure of the text:
- 一、政策要求 / 重点提示 (一)…(九): policy notes; (二) and (六) and 一(一)2 state the
  eligibility rules that the curated overlay (Pipelines/curated/001.xml) encodes as
  forbidden cases, with the facts they read.
- 二、(一) 申报和审核时间: the window 2024年6月3日—6月28日 (网上申报 and 初审 at the district
  offices) -> <applicationWindow>.
- 二、(二) 申报程序: 1.个人申报 online via 大连政务服务网 (no link given) -> channel online;
  paper dossier to the district / municipal-department office -> channel window.
- 二、(三) 评审材料要求: a borderless table "序号 / 材料内容 / 数量". Each row is a line
  "\\tN", the content lines, and a line "\\tK份". Row 1 is broken across a page (its number
  and quantity repeat), row 3 is split in two rows (1、资历和证明 | 2、业绩成果 3、论文).
  The parser reads the rows, groups them by number and builds the materials 1…5; the row
  contents decide names, quantities, original/copy and conditions.

Material conditions (3.3 论文, 4.x 破格/农村/引进人才, 5 荣誉证书) carry an XPath over facts
that Pipelines/curated/001.xml declares; the overlay also holds the forbidden cases.
"""
from __future__ import annotations

import re

import catalogxml
from catalogxml import cite, el, fact

DOCUMENT = "001_eba14b40fa3374f0.txt"
TITLE = "2024年大连市职称评审指南"
# The guide carries no date of its own; its title and every date in it are of 2024
# (申报 2024年6月3日—6月28日), so it is in force from the earliest day of that year.
EFFECTIVE_FROM = "2024-01-01"
# ... and it is the guide of the 2024 round (its 年度评审例会 end by November 2024): a later
# year's applications follow that year's guide. Without an end, the series whose 申报时间另行通知
# (卫生、中小学教师…) and 送省评审 were accepted on this guide in 2029 (round 38, tester h).
EFFECTIVE_UNTIL = "2024-12-31"

CODE = "ZC-001"
NAME = "职称评审申报"


def line_of(lines, needle, start=0):
    return catalogxml.line_of(lines, needle, start, source="seed001")


def table_rows(lines, start, end):
    """Rows of the borderless material table between 0-based line indices start..end.

    Returns [(number, first_line_1based, [content lines], quantity)], one entry per
    physical row (a row broken across a page gives two entries with the same number)."""
    rows = []
    cur = None
    for i in range(start, end):
        raw = lines[i]
        s = raw.strip()
        m_num = re.fullmatch(r"\t(\d+)", raw.rstrip())
        m_qty = re.fullmatch(r"(\d+)份", s)
        if m_num and cur is None:
            cur = [int(m_num.group(1)), i + 2, [], None]
            continue
        if cur is None:
            continue
        if m_qty and raw.startswith("\t"):
            cur[3] = int(m_qty.group(1))
            rows.append(tuple(cur))
            cur = None
            continue
        if s:
            cur[2].append((i + 1, s))
    return rows


def material(parent, mid, kind, name, line, item, *, required=None, original=None,
             copies=None, media=None, when=None, when_xpath=None, reads=None, note=None,
             need=None):
    m = el(parent, "material", id=mid, kind=kind, required=required, need=need,
           original=original, copies=copies)
    el(m, "name", name)
    if media:
        el(m, "media", media)
    if when is not None:
        el(m, "when", when, xpath=when_xpath, reads=reads)
    if note:
        el(m, "note", note)
    cite(m, DOCUMENT, item, line)
    return m


def title_in(s):
    m = re.search(r"《[^》]+》", s)
    return m.group(0) if m else None


def parse(text: str):
    lines = text.split("\n")
    unencoded = []

    t_start = line_of(lines, "大连市申报专业技术资格送审材料目录单")
    t_end = line_of(lines, "注：部分系列（行业）对申报材料有特殊要求", t_start)
    rows = table_rows(lines, t_start, t_end - 1)
    by_no = {}
    for no, first, content, qty in rows:
        by_no.setdefault(no, []).append((first, content, qty))
    if sorted(by_no) != [1, 2, 3, 4, 5]:
        raise ValueError("seed001: material table rows %r" % sorted(by_no))

    matter = el(None, "matter", code=CODE)
    el(matter, "name", NAME)
    el(matter, "department", "各区市县、先导区职称工作主管部门及市直单位主管部门")
    cite(matter, DOCUMENT, "二、申报和审核时间、申报程序及材料要求", line_of(lines, "二、申报和审核时间"))
    el(matter, "note",
       "一个事项：高级与中、初级职称评审的评审方式不同（答辩／书面述职），但申报材料目录单、"
       "申报时间和程序相同，故不分设事项。")
    l_hs = line_of(lines, "卫生系列、中小学教师、中专教师等系列申报时间另行通知")
    el(matter, "note",
       "申报时间 2024年6月3日—6月28日不适用于卫生系列、中小学教师、中专教师等系列（申报时间另行通知）；"
       "送省评审的按省规定时间报送。")
    l_res = line_of(lines, "各系列（行业）年度评审例会于11月底前完成")
    el(matter, "timeLimit", "各系列（行业）年度评审例会于11月底前完成", unit="unspecified")
    l_online = line_of(lines, "职称评审网上申报")
    el(matter, "channel",
       "“大连政务服务网”-“人力资源和社会保障个人服务”-“职称评审网上申报”，在大连市金保工程信息管理系统中注册申报",
       kind="online")
    el(matter, "channel",
       "向各区市县、先导区职称工作主管部门及市直单位主管部门报送材料初审（经单位推荐）",
       kind="window")
    l_win = line_of(lines, "网上申报：2024年6月3日")
    m_win = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日—(\d{1,2})月(\d{1,2})日", lines[l_win - 1])
    y, m1, d1, m2, d2 = (int(g) for g in m_win.groups())
    win = el(matter, "applicationWindow", **{"from": "%04d-%02d-%02d" % (y, m1, d1),
                                             "to": "%04d-%02d-%02d" % (y, m2, d2)})
    cite(win, DOCUMENT, "二、(一) 申报和审核时间 1", l_win)
    # （卫生系列、中小学教师、中专教师等系列申报时间另行通知）: those series are not bound by it.
    el(win, "except", "卫生系列、中小学教师、中专教师等系列申报时间另行通知",
       xpath=fact("separatelyNoticedSeries") + " = 'true'", reads="separatelyNoticedSeries")

    scn = el(matter, "scenario", id="")
    el(scn, "name", "")
    item = "二、(三) 评审材料要求 送审材料目录单 %s"

    # 1 评定表: the row gives "本表一式3份"; the quantity column 3份.
    r1 = by_no[1]
    first, content, qty = r1[0]
    name1 = title_in(content[0][1])
    assert all(q == 3 for _, _, q in r1), r1
    material(scn, "1", "application-form", name1, first, item % 1, copies=qty,
             original="original",
             note="填表说明：本表一式3份，表一至表六由申报人填写；封面“单位全称”加盖单位公章；"
                  "照片一律用近期一寸正面免冠彩色证件照；“本人承诺”和“单位承诺”用钢笔或碳素笔抄写并签字盖章；"
                  "正反面打印并装订；需人事（组织）部门和专家签章的内容不允许缺项，否则此表无效。")

    # 2 材料袋
    first, content, qty = by_no[2][0]
    material(scn, "2", "other", title_in(content[0][1]), first, item % 2, copies=qty,
             note="材料袋尺寸：33cm×23cm×3cm左右即可，自备；正面和底部粘贴封面和底贴，"
                  "所填个人信息应与网上申报一致。")

    # 3 报评材料: two physical rows, parts "1、资历和证明", "2、业绩成果", "3、论文".
    r3 = by_no[3]
    first3, content3a, _ = r3[0]
    m3 = material(scn, "3", "other", title_in(content3a[0][1]), first3, item % 3,
                  original="copy",
                  note="报评材料复印件按规定顺序用装订机、胶封、线缝等形式装订成册；每一页应加盖单位印章。")
    parts = []
    for first, content, qty in r3:
        for ln, s in content:
            mp = re.fullmatch(r"(\d)、(\S+)", s)
            if mp:
                parts.append([int(mp.group(1)), mp.group(2), ln, qty, []])
            elif parts:
                parts[-1][4].append(s)
    if [p[1] for p in parts] != ["资历和证明", "业绩成果", "论文"]:
        raise ValueError("seed001: parts of row 3 %r" % parts)
    p1, p2, p3 = parts
    material(m3, "3.1", "certificate", p1[1], p1[2], item % "3 1、资历和证明",
             original="copy", copies=p1[3],
             note="复印件装订顺序：身份证、学历学位证明材料、专业技术资格证书、执业资格证书、"
                  "考评结合系列（专业）的考试合格成绩单、继续教育考核登记表。学历由单位通过“学信网”查询并"
                  "提供签字盖章的《电子证书备案表》；不属于学信网查询范围的，单位提供学籍档案中的"
                  "《毕业生登记表》原件及复印件1份。经济系列副高级须含经济专业技术资格考试成绩合格证明。")
    material(m3, "3.2", "proof", p2[1], p2[2], item % "3 2、业绩成果",
             original="original-and-copy", copies=p2[3],
             note="任现职以来的经历（能力）和业绩成果（如作品、成果、奖励）、图纸、图签等证书复印件"
                  "（原件备验）及证明材料原件。")
    material(m3, "3.3", "proof", p3[1], p3[2], item % "3 3、论文",
             required="conditional", copies=p3[3],
             when="论文不作为申报职称必备条件的系列（行业），可以无须提供论文",
             when_xpath=fact("paperRequired") + " = 'true'", reads="paperRequired",
             note="作为业绩成果上报已发表的论文需要提供相关检索，进行核验。")

    # 4 破格 / 农村 / 引进人才: one row, two sentences.
    first4, content4, _ = by_no[4][0]
    (l_pg, s_pg), (l_nc, s_nc) = content4
    assert s_pg.startswith("破格参评") and s_nc.startswith("在农村工作或属于引进人才者"), content4
    m_copies = re.search(r"一式(\d)份", s_pg)
    m4 = material(scn, "4", "other", "破格参评、在农村工作或属于引进人才者需提供的材料", first4,
                  item % 4, required="conditional",
                  when="破格参评专业技术资格者；在农村工作或属于引进人才者",
                  when_xpath="%s = 'true' or %s = 'true' or %s = 'true'" % (
                      fact("exceptionalPromotion"), fact("ruralWork"), fact("introducedTalent")),
                  reads="exceptionalPromotion ruralWork introducedTalent")
    material(m4, "4.1", "application-form", title_in(s_pg), l_pg, item % "4 破格参评",
             required="conditional", copies=int(m_copies.group(1)),
             when="破格参评专业技术资格者",
             when_xpath=fact("exceptionalPromotion") + " = 'true'", reads="exceptionalPromotion",
             note="一式3份（目录单数量栏写1份），1份装订在《推荐表》后，另2份不装订；"
                  "可在“大连市人力资源和社会保障局官网”—“技术技能人才工作”下载打印。")
    material(m4, "4.2", "proof", "在农村工作的证明", l_nc, item % "4 在农村工作或属于引进人才者",
             required="conditional", when="在农村工作者",
             when_xpath=fact("ruralWork") + " = 'true'", reads="ruralWork",
             note="指南写“在农村工作或属于引进人才者，需提供在农村工作的证明、《干部调动报告表》等”，"
                  "此处按在农村工作者提供前者理解。")
    material(m4, "4.3", "archive-material", title_in(s_nc), l_nc, item % "4 在农村工作或属于引进人才者",
             required="conditional", when="属于引进人才者",
             when_xpath=fact("introducedTalent") + " = 'true'", reads="introducedTalent",
             note="指南写“在农村工作或属于引进人才者，需提供在农村工作的证明、《干部调动报告表》等”，"
                  "此处按引进人才者提供后者理解。")

    # 5 荣誉证书
    first5, content5, qty5 = by_no[5][0]
    name5 = content5[0][1].rstrip("。")
    material(scn, "5", "certificate", name5, first5, item % 5, required="conditional",
             original="original-and-copy", copies=qty5,
             when="有荣誉证书、学术奖项、称号等的申报人",
             when_xpath=fact("hasHonours") + " = 'true'", reads="hasHonours",
             note="目录单未写条件；没有荣誉、奖项、称号的申报人无从提供，故按有者提供处理。")

    unencoded += [
        "ZC-001 申报时间: 卫生系列、中小学教师、中专教师等系列申报时间另行通知（第%d行）：这些系列不受 6月3日—6月28日"
        "限制（<except>），其申报时间指南未给出，无从检查；送省评审的按省规定时间报送，是主管部门的报送时间，"
        "不是申报人的申报时间" % l_hs,
        "ZC-001 证件照（一、(七)）：“评定表等材料按照要求打印填报，并提供证件照，用于评审通过制作证书”，"
        "目录单无此编号，按评定表所贴照片理解，未单列为材料",
        "ZC-001 材料3.1 资历和证明: 身份证、学历学位证明材料、专业技术资格证书、执业资格证书、考试合格成绩单、"
        "继续教育考核登记表装订成一册，按目录单作一个材料；各件是否齐全（含经济系列副高级的考试成绩合格证明）"
        "不能逐项检查",
        "ZC-001 材料3.1 学历: 由单位经学信网查询并提供《电子证书备案表》，或《毕业生登记表》原件及复印件；"
        "是单位而非申报人提供，未单列",
        "ZC-001 目录单注：部分系列（行业）对申报材料有特殊要求，另需材料见省厅（局）通知，未编码",
        "ZC-001 一、(一)3 我市未授权评审的系列（行业）、专业按国家、省组建单位要求报送：范围未列明，未编码",
        "ZC-001 一、(三) 专业问题：涉及公共安全、人身健康的系列或专业不适用“按长期从事专业申报”，"
        "指南未列明这些系列，未编码为禁办情形",
        "ZC-001 一、(八)(九) 论文检索、业绩成果逐项对应评价标准条目：审查要求，非材料或条件，未编码",
        "ZC-001 二、(二)2 单位推荐：单位考评、公示5个工作日、评定表加盖公章等是单位程序，未编码为条件",
        "ZC-001 一、(二) 申报地点：在人事（劳动）关系所在工作单位注册地对应的人社主管部门申报，"
        "不能从事实判断，未编码",
        "ZC-001 F5/F6 继续教育“当年度学习应不少于90学时，其中专业科目不少于三分之二”：“当年度”指哪一年文中未说，"
        "事实 continuingEducationHours/professionalSubjectHours 取《继续教育考核登记表》所载学时，由申报人申报",
        "ZC-001 F2 “累计工作一年以上”按满12个月（含）编码，月数由申报人申报，不能由系统核实",
        "ZC-001 材料4.2/4.3: “在农村工作或属于引进人才者，需提供在农村工作的证明、《干部调动报告表》等”按"
        "农村工作者交前者、引进人才交后者拆分（解释）；“等”所含其他材料未编码",
        "ZC-001 材料5 荣誉证书等：目录单未写条件，按有者提供（事实 hasHonours）编码（解释）",
        "ZC-001 申报材料计算截止时间 2024年6月28日（第%d行）：材料日期不能检查，未编码" % l_online,
    ]
    return [matter], unencoded
