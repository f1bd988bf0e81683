// Written by reading Pipelines/seeds/002_f427b4269c60386f.txt (大人社发〔2025〕49号, 2025年度
// 工勤技能人员技师及以下技术等级晋升考核通知). One matter per target grade of 二、(二)1–4,
// coded by the grade's pinyin initials: GQ-JS 技师, GQ-GJG 高级工, GQ-ZJG 中级工, GQ-CJG 初级工.
// All four share the material list of 三、(二)2 (1)–(3); (1) is required as pdf AND excel
// (各一份), so it has two parts. Forbidden cases: eligibility of 一 and 二、(一)–(八).
// 二、(九) (line 43): each grade may also be applied for by 复核认定 without the exam (scenario `review`), on
// "上述各技术等级申报条件" (the same list and cases), with the certificate "需经…全国联网查询系统核查确认有效" (4) and, for a
// veteran's army certificate the system cannot look up, "经本人承诺真实" (5); the certificate not confirmed: refused.

private let materials002: [String] = [
    "1 《大连机关事业单位工勤技能人员技术等级晋升考核申报汇总表》",
    "1.1 《大连机关事业单位工勤技能人员技术等级晋升考核申报汇总表》pdf 版",
    "1.2 《大连机关事业单位工勤技能人员技术等级晋升考核申报汇总表》excel 电子版",
    "2 原等级《职业资格证书》、《大连市机关事业单位工勤技能人员技术等级晋升考核合格证明》等原件",
    "3 新进和转聘人员的相关手续的原件",
]

private func review002(_ grade: String) -> [String] {
    materials002 + ["4 国家认可的\(grade)《职业资格证书》或《职业技能等级证书》", "5 本人承诺（证书真实）"]
}

public let expected002: [ExpectedMatter] = [
    ExpectedMatter(
        "GQ-JS", "工勤技能人员技师技术等级晋升考核",
        materials: ["": materials002, "review": review002("技师")],
        // F1 附件1 技师职业（工种）范围, F2 在编在岗, F3 考核合格, F4 2001年底前参加工作,
        // F5 高级工证书满5年, F6 改变工种不能直接申报上一等级, F7 已取得技师（晋升考核, line 11; 同一等级仅改变工种, line 41）,
        // F8 现等级低于高级工（越级, lines 11, 23; 退役士兵、管理岗位转聘除外）
        forbidden: ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F-review-unverified", "F-unit"]
    ),
    ExpectedMatter(
        "GQ-GJG", "工勤技能人员高级工技术等级晋升考核",
        materials: ["": materials002, "review": review002("高级工")],
        // F3 2007年底前参加工作, F4 中级工证书满5年, F5 专技转聘须助理工程师,
        // F6/F7 公开招聘工作年限满20年/本工种满10年, F8 改变工种, F9 已取得高级工或技师（line 11, 41）,
        // F10 现等级低于中级工（越级, lines 11, 25; (四)～(七)除外）; an overlay's replacement
        // comes last (F6 with the start year, round 23)
        forbidden: ["F1", "F2", "F3", "F4", "F8", "F9", "F10", "F-review-unverified", "F5", "F6", "F7", "F-unit"]
    ),
    ExpectedMatter(
        "GQ-ZJG", "工勤技能人员中级工技术等级晋升考核",
        materials: ["": materials002, "review": review002("中级工")],
        // F3 2017年底前参加工作, F4 初级工证书满5年或工作年限满15年, F5 普通工转技术工满15年,
        // F6 专技转聘须技术员, F7/F8 公开招聘工作年限满10年/本工种满5年, F9 改变工种,
        // F10 已取得中级工及以上（line 11, 41）, F11 未取得初级工且工作年限不满15年（line 27）;
        // F5, F7 replaced by an overlay (the start year, round 23) come last, and F4 after them (replaced again:
        // one without 初级工 is F11's, round 27)
        forbidden: ["F1", "F2", "F3", "F9", "F10", "F11", "F4", "F-review-unverified", "F5", "F6", "F7", "F8", "F-unit"]
    ),
    ExpectedMatter(
        "GQ-CJG", "工勤技能人员初级工技术等级晋升考核",
        materials: ["": materials002, "review": review002("初级工")],
        // F3 已转正, F4 未取得初级工技术等级资格
        forbidden: ["F1", "F2", "F3", "F4", "F-review-unverified", "F-unit"]
    ),
]
