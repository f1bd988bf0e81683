// Written by reading Pipelines/seeds/001_eba14b40fa3374f0.txt (2024年大连市职称评审指南),
// section 二、(三) 评审材料要求 (大连市申报专业技术资格送审材料目录单, rows 1–5) and the
// eligibility rules of 一、政策要求 重点提示 (一)2, (二), (六). One matter: the guide does not
// distinguish matters by level (one material list for 高级, 中级, 初级).

public let expected001: [ExpectedMatter] = [
    ExpectedMatter(
        "ZC-001", "职称评审申报",
        materials: [
            "": [
                "1 《辽宁省专业技术资格评定表》",  // 3份
                "2 《辽宁省专业技术资格报评材料袋》",  // 1份, 自备
                "3 《辽宁省专业技术资格报评材料》",  // 复印件装订成册
                "3.1 资历和证明",
                "3.2 业绩成果",
                "3.3 论文",  // 论文不作为必备条件的系列可无须提供
                "4 破格参评、在农村工作或属于引进人才者需提供的材料",
                "4.1 《辽宁省破格评定人员审核表》",  // 一式3份
                "4.2 在农村工作的证明",
                "4.3 《干部调动报告表》",
                "5 荣誉证书、学术奖项、称号等原件及复印件",
                "6 证件照",  // 一、重点提示 (七) line 15: 并提供证件照，用于评审通过制作证书 (round 19)
            ]
        ],
        forbidden: [
            "F1",  // 离退休人员不得申报
            "F2",  // 在我市企事业单位累计工作一年以上
            "F4",  // 经济系列副高级：评审申报专业须与考试报考专业一致
            "F5",  // 当年度继续教育不少于90学时
            // 初级、中级实行统一考试的系列（以考代评，经济系列在内: line 8）不再评审; replaced by
            // curated/001-c-s39.xml, so after the others
            "F3",
            "F-econ-proof",  // 一、(一)2 (line 8) 经济系列副高级…报卷材料中需提供…考试成绩合格证明 (round 50)
            "F6",  // 专业科目不少于总学时的三分之二 (replaced by curated/001-g-s60.xml: in billionths)
            "F-unit",  // 二、(二) 1.个人申报 (line 25): a unit names the professional as applicant (round 60)
        ]
    )
]
