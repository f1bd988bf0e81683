// Expectations for seed 000_b4123a1601a34da6.txt (人社服务手册: 合规办事业务指南,
// 违规禁办事项清单, 容缺办理事项清单), written from the seed text.
//
// Conventions of the catalog these follow (see Pipelines/importer/seed000.py):
// - material names are the guide's words without numbering, trailing punctuation, a
//   trailing "（原件、复印件）"/"（复印件）" annotation or a trailing condition in brackets
//   ("（停保原因不明时提供）", "（首次申请时提供）"), which go to original/copy and <when>;
// - per-category materials ("低保家庭毕业生提供户口簿、…") are named by what is provided,
//   the category words going to <when>;
// - "A或B" alternatives are a parent named "A或B" with children N.1 A, N.2 B;
// - where the guide numbers the 容缺受理承诺书 itself (4.1 (4), 5.1 (2)) it keeps that id,
//   elsewhere a matter with deferrals gets "commitment 容缺受理承诺书";
// - matter names: the guide's section heading, PDF spaces removed, brackets full-width.

public let expected000: [ExpectedMatter] = [
    // 1 劳动用工备案 (line 138) and 32 就业登记 (line 1282): 需提供要件 "无", yet applied for (办理路径, 办理时限): one
    // scenario with no materials, not an information-only item.
    ExpectedMatter("RS-001", "劳动用工备案", materials: ["": []]),
    // 32 (line 1284) "…的劳动者": 16 or older (劳动法 第十五条; round 62, tester b)
    ExpectedMatter("RS-032", "就业登记", materials: ["": []], forbidden: ["F-young"]),
    // 2 职业介绍 (lines 166-200): "2.1 需提供要件 无", "2.2 办理路径 ①网上办 … ②窗口办：前往大连市高尔基路 18-1 号…", "2.3 办理
    // 时限：即时办理。"; 3 职业指导 (lines 204-224): "3.1 需提供要件 无", "3.2 办理路径 ①网上办", "3.3 办理时限：即时办理。": applied
    // for like 1 and 32, with nothing to submit (a bundle with no document is accepted, not answered as a 咨询类 item).
    ExpectedMatter("RS-002", "职业介绍", materials: ["": []]),
    ExpectedMatter("RS-003", "职业指导", materials: ["": []]),
    ExpectedMatter(
        "RS-004", "职业供求信息、市场工资指导价位信息和职业培训信息发布",
        materials: [
            "": [
                "1 营业执照副本原件",
                "2 用人单位委托证明",
                "3 经办人身份证原件",
                "4 容缺受理承诺书",
            ]
        ],
        deferrals: ["3"],
        // line 230: 为各类用人单位提供用人服务 (its papers are a 用人单位's): a person is refused
        forbidden: ["F1", "F-person"]),
    ExpectedMatter(
        "RS-005", "求职创业补贴申领",
        materials: [
            "": [
                "1 《大连市高校毕业生求职创业补贴申请表》",
                "2 容缺受理承诺书",
                "3 身份证",
                "4 业务受理部门指定银行借记卡",
                "5 根据申请人的类型分别提供以下材料",
                "5.1 户口簿、本人所在家庭有效的《城乡居民最低生活保障证》",
                "5.1.1 户口簿",
                "5.1.2 本人所在家庭有效的《城乡居民最低生活保障证》",
                "5.2 户口簿、父亲或母亲的《中华人民共和国残疾人证》（家庭经济困难由所在街道认定）",
                "5.2.1 户口簿",
                "5.2.2 父亲或母亲的《中华人民共和国残疾人证》",
                "5.3 户口簿、本人所在家庭的扶贫卡或《扶贫手册》",
                "5.3.1 户口簿",
                "5.3.2 本人所在家庭的扶贫卡或《扶贫手册》",
                "5.3.2.1 本人所在家庭的扶贫卡",
                "5.3.2.2 本人所在家庭的《扶贫手册》",
                "5.4 主管部门出具的相关凭证",
                "5.5 本人有效的《特困人员救助供养证》",
                "5.6 本人的《中华人民共和国残疾人证》",
                "5.7 户口簿、父亲或母亲的《烈士证明书》及存根",
                "5.7.1 户口簿",
                "5.7.2 父亲或母亲的《烈士证明书》及存根",
                "5.8 本人的《儿童福利证》",
                "5.9 本人毕业学年的贷款合同",
            ]
        ],
        deferrals: ["3"],
        forbidden: ["F1", "F2", "F-unit"]),
    ExpectedMatter(
        "RS-007", "失业保险待遇发放账户维护申请",
        materials: [
            "": [
                "1 社会保障卡",
                "2 身份证",
                "commitment 容缺受理承诺书",
            ]
        ],
        deferrals: ["2"],
        forbidden: ["F-unit"]),
    ExpectedMatter(
        "RS-008", "失业保险关系转移接续",
        materials: [
            "transfer-in": [
                "1 接收函申请",
                "2 接收函",
                "3 失业保险关系转移接续信息表",
                "4 失业保险接收函",
                "5 转移证明",
                "6 身份证",
            ],
            "transfer-out": [
                "1 失业保险关系转移接续信息表",
                "2 对方城市的接收函",
                "3 身份证",
            ],
        ],
        // line 388: 失业人员失业保险关系…转迁的
        forbidden: ["F-unit"]),
    ExpectedMatter(
        "RS-009", "失业保险金申领",
        materials: [
            "": [
                "1 身份证",
                "2 社会保障卡或银行卡",
                "2.1 社会保障卡",
                "2.2 银行卡",
                "3 终止劳动合同证明书或解除劳动合同证明书",
                "3.1 终止劳动合同证明书",
                "3.2 解除劳动合同证明书",
            ]
        ],
        forbidden: ["F1", "F2", "F-unit"]),
    ExpectedMatter(
        "RS-010", "提供档案查（借）阅服务",
        materials: [
            "": [
                // line 466 "查档单位应派两名中共党员前往，持查阅人有效证件": one for each of the two
                "1 查阅人有效证件（两名查阅人各一份）",
                "1.1 第一名查阅人的有效证件",
                "1.2 第二名查阅人的有效证件",
                "2 所在单位介绍信原件",
                "3 被查阅人的有效身份证件",
            ]
        ],
        // F-party: line 466 "查档单位应派两名中共党员前往", the clerk's check (round 40)
        forbidden: ["F1", "F2", "F-party"]),
    ExpectedMatter(
        "RS-011", "依据档案记载出具相关证明",
        materials: [
            "": [
                "1 存档人员有效身份证件或存档凭证",
                "1.1 存档人员有效身份证件",
                "1.2 存档凭证",
                "commitment 容缺受理承诺书",
            ]
        ],
        deferrals: ["1.1"],
        forbidden: ["F1"]),
    ExpectedMatter(
        "RS-012", "档案材料的收集、鉴别和归档",
        materials: [
            "": [
                "1 存档人员有效身份证件",
                "2 档案材料原件",
                "commitment 容缺受理承诺书",
            ]
        ],
        deferrals: ["1"],
        // line 532: 在大连市就业和人才服务中心办理委托存档的流动人员…可提交
        forbidden: ["F1", "F-archive-held"]),
    ExpectedMatter(
        "RS-013", "档案的接收和转递",
        materials: [
            "receive": [
                "1 单位用工手续",
                "2 单位存档凭证",
                "3 已密封加盖公章的档案",
                "4 有效身份证件",
                "commitment 容缺受理承诺书",
            ],
            "transfer-individual": [
                "1 存档人员有效身份证件",
                "2 代办人有效身份证件",
                "3 档案人员授权委托书",
                "4 具有人事档案管理权限的部门开具的调档函原件",
                "commitment 容缺受理承诺书",
            ],
            "transfer-collective": [
                "1 存档人员有效身份证件",
                "2 代办人有效身份证件",
                "3 档案人员授权委托书",
                "4 解除劳动合同证明书",
                "5 单位存档凭证",
                "6 具有人事档案管理权限的部门开具的调档函原件",
                "commitment 容缺受理承诺书",
            ],
        ],
        // one 身份证件 deferral per scenario: receive (4), transfer-individual (1), transfer-collective (1)
        deferrals: ["4", "1", "1"],
        // line 571 申请档案转递的条件：…(2) 存档人申请办理档案转出 (个人存档: a unit is refused)
        forbidden: ["F1", "F2", "F3", "F-unit-transfer"]),
    ExpectedMatter(
        "RS-015", "职业培训补贴申领",
        materials: [
            "institution": [
                "1 取得相应证书学员花名册及培训补贴相关申报表(信息系统打印)",
                "2 学员取得的职业资格证书(或职业技能等级证书、专项职业能力证书、培训合格证书)编号或复印件",
                "3 培训机构银行开户行及账号",
                "4 职业培训机构的行政事业性收费票据(或税务发票)",
            ],
            "individual": [
                "1 本人身份证",
                "2 人员类别材料",
                "2.1 低保家庭或贫困残疾人家庭或建档立卡贫困家庭证明",
                "2.2 毕业证",
                "2.3 户口簿",
                "2.4 《就业创业证》或《就业失业登记证》",
                "2.4.1 《就业创业证》",
                "2.4.2 《就业失业登记证》",
                "2.5 《残疾人证》",
                "2.6 毕业证",
                "2.7 户籍所在地退役军人事务管理部门出具证明",
                "2.8 户籍所在地司法部门或公安部门出具证明",
                "2.9 农村特困家庭、农村居民最低生活保障家庭、建档立卡贫困家庭、农村困难残疾家庭、城镇特困家庭、城镇居民最低生活保障家庭证明",
                "2.10 营业执照、用工合同或协议",
                "2.10.1 营业执照",
                "2.10.2 用工合同或协议",
                "2.10.2.1 用工合同",
                "2.10.2.2 用工协议",
                "2.11 居住证",
                "commitment 容缺受理承诺书",
            ],
        ],
        deferrals: ["1"],
        forbidden: ["F1", "F-eligibility", "F-unit-individual", "F-person-institution"]),  // line 648: 符合条件的就业重点群体
    ExpectedMatter(
        "RS-017", "生活费补贴申领",
        materials: [
            "": [
                "1 实际培训天数证明(加盖认定培训机构公章)",
                "2 社会保障卡或申请者本人银行账户",
                "2.1 社会保障卡",
                "2.2 申请者本人银行账户",
            ]
        ],
        forbidden: ["F1", "F2", "F3", "F-unit"]),
    ExpectedMatter(
        "RS-018", "提供企业职工政府补贴培训申请服务",
        materials: [
            "apprenticeship": [
                "1 《辽宁省企业新型学徒制培训申报书》",
                "2 培训计划",
                "3 企业与学徒签订的培养协议",
                "4 企业与培训机构签订的合作协议",
                "5 学徒花名册",
                "6 学徒劳动合同复印件",
                "7 企业营业执照副本",
                "8 学徒一寸电子免冠照片",
            ],
            "advance-funding": [
                "1 资金申请审核表 (申请 30% 补贴资金)",
                "2 学员花名册",
            ],
            "balance-funding": [
                "1 资金申请审核表",
                "2 学徒花名册",
                "3 学徒取得的职业资格证书 (或职业技能等级证书、专项职业能力证书) 编号或复印件",
                "4 培训机构出具的行政事业性收费票据 (或税务发票) 等符合财务管理规定的凭证",
                "5 不低于 10 次的培训视频资料",
            ],
        ],
        // line 791: 由企业依托有培训条件的机构开展企业新型学徒制培训; F-video: line 819 "不低于 10 次的培训视频资料", the clerk's
        // count (round 40)
        forbidden: ["F-person", "F-video"]),
    ExpectedMatter(
        "RS-023", "职业技能鉴定考评人员聘任",
        materials: [
            "": [
                "1 居民身份证",
                "2 学历证明",
                "3 高级以上职业资格证书（职业等级证书）或中级以上技术职称证书",
                "3.1 高级以上职业资格证书（职业等级证书）",
                "3.2 中级以上技术职称证书",
                "4 考评员申报审核表",
                "5 考评员证卡",
            ]
        ],
        forbidden: ["F1", "F-unit"]),
    ExpectedMatter(
        "RS-024", "职业技能鉴定考评员初审",
        materials: [
            "": [
                "1 居民身份证",
                "2 学历证明",
                "3 高级以上职业资格证书（职业等级证书）或中级以上技术职称证书",
                "3.1 高级以上职业资格证书（职业等级证书）",
                "3.2 中级以上技术职称证书",
                "4 从事相关考评职业 5 年以上工作经历证明",
                "commitment 容缺受理承诺书",
            ]
        ],
        // 容缺办理事项清单 10 (职业技能鉴定考评人员初审): 身份证、学历证、职业资格证或技术职称证
        deferrals: ["1", "2", "3"],
        // line 1015 根据政务服务网上考评员申报条件进行申请; 资料来源 本人填写和提供 (line 1026): a unit is refused
        forbidden: ["F1", "F-unit"]),
    ExpectedMatter(
        "RS-025", "申报职业技能鉴定",
        materials: [
            "": [
                "1 身份证原件",
                "2 电子版白底免冠照片",
                "commitment 容缺受理承诺书",
            ]
        ],
        // 容缺办理事项清单 11 (专项能力鉴定考试报名, line 2668): 身份证. Guide 25 is the
        // 职业技能专项能力鉴定 the centre alone holds, so the list's row is this matter.
        deferrals: ["1"],
        forbidden: ["F1", "F-unit"]),
    // 28 (line 1129): 被纳入失信被执行人名单的不在政策补贴范围之内; 离校 2 年内 (F2) 未就业 (F3) 高校毕业生灵活就业后缴纳社会保险费 (F4)
    ExpectedMatter(
        "RS-028", "高校毕业生灵活就业人员享受社保补贴",
        materials: [
            "": [
                "1 高校毕业生本人《居民身份证》",
                "2 高校毕业生本人《毕业证》",
            ]
        ],
        forbidden: ["F1", "F2", "F3", "F4", "F-unit"]),  // line 1131: 对离校 2 年内未就业高校毕业生…给予补贴 (round 12)
    // 30 (line 1211): 创业带头人为法定劳动年龄范围内的各类劳动者…吸纳就业 3 人以上（含 3 人）
    ExpectedMatter(
        "RS-030", "创业带头人认定服务",
        materials: [
            "": [
                "1 《大连市创业带头人经营实体社会保险补贴申请表》",
                "2 经营实体法定代表人（负责人）《居民身份证》",
                "3 营业执照副本",
            ]
        ],
        forbidden: ["F1", "F1-young", "F2", "F1-unit"]),
    // 33 (line 1312): 劳动年龄内…的城乡劳动者，可以进行失业登记
    ExpectedMatter(
        "RS-033", "失业登记",
        materials: [
            "": [
                "1 申请人本人的《居民身份证》"
            ]
        ],
        forbidden: ["F1", "F1-young", "F-unit", "F-unable", "F-not-seeking", "F-employed"]),
    ExpectedMatter(
        "RS-034", "创业补贴申领",
        materials: [
            "": [
                "1 《大连市创业场地租金补贴申请表》",
                "2 本人《居民身份证》、营业执照副本",
                "2.1 本人《居民身份证》",
                "2.2 营业执照副本",
                "3 经营场地租赁协议、租赁发票",
                "3.1 经营场地租赁协议",
                "3.2 租赁发票",
                "4 残疾证",
            ]
        ],
        // 34 (line 1344): 初次创业（指首次领取工商营业执照） (F1); 自工商登记注册之日起正常运营 6 个月以上 (F2)
        forbidden: ["F1", "F2"]),
    ExpectedMatter(
        "RS-035", "创业担保贷款申请",
        materials: [
            "": [
                "1 个人创业担保贷款主体资格审核表",
                "2 居民身份证",
                "3 小微企业申请创业担保贷款主体资格审核表",
                "4 营业执照副本",
                "5 企业招用员工材料",
                "6 申请人身份及小微企业资格承诺书",
                "7 容缺受理承诺书",
            ]
        ], forbidden: ["F-eligibility"]),  // line 1385: 符合条件的…个人创业担保贷款对象；…的小微企业
    // 38 (line 1515): (5) 房产证 and (6) 租赁合同 by the premises (场地产权清晰或租赁合同明确)
    ExpectedMatter(
        "RS-038", "市级创业孵化平台认定服务",
        materials: [
            "": [
                "1 市级创业孵化平台申报书",
                "2 营业执照副本",
                "3 引进投融资机构材料",
                "4 在孵企业营业执照副本",
                "5 房产证",
                "6 租赁合同",
                "7 专业服务机构合作协议",
                "8 专业服务机构服务记录",
            ]
        ],
        // 38 (line 1517): 具有独立法人资格 (F1); 场地…使用期限不少于 3 年 (F2)
        forbidden: ["F2", "F1"]),
    ExpectedMatter(
        "RS-039", "就业困难人员认定",
        materials: [
            "": [
                "1 就业困难人员申请认定表（或参照就业困难人员申请认定表）",
                "2 申请人本人的《居民身份证》",
                "3 申请人的户口簿",
                "4 居住证",
                "5 零就业家庭认定承诺书",
                "6 最低生活保障证",
                "7 本人的残疾证",
                "8 未成年子女户口簿，其中离婚人员提供离婚证、离婚协议或《离婚民事判决书》，丧偶人员提供结婚证",
                "8.1 未成年子女户口簿",
                "8.2 离婚证、离婚协议或《离婚民事判决书》",
                "8.2.1 离婚证、离婚协议",
                "8.2.1.1 离婚证",
                "8.2.1.2 离婚协议",
                "8.2.2 《离婚民事判决书》",
                "8.3 结婚证",
                "9 军队师(旅)级以上单位政治机关批准的随军手续",
                "10 优抚对象身份证明",
                "11 烈属身份证明",
                "12 县以上(含县级)《劳动模范证书》",
                "13 土地被依法征收的证明",
            ]
        ],
        // 39 (line 1564): 登记失业人员中距法定退休年龄 5 年以内的人员 (F1: the age the id shows is not); (line 1566) 二是登记失业期间
        // 无法实现灵活就业和自主创业 (F-flexible); a 登记失业人员 is of working age (33, line 1312: F-old, F-young; round 62)
        forbidden: ["F-unit", "F-referrals", "F-unemployed-year", "F-flexible", "F1", "F-online", "F-old", "F-young"]),
    // 41 (line 1673): 我市户籍符合辽宁省政府规定的就业困难人员公益性岗位安置对象
    ExpectedMatter(
        "RS-041", "公益性岗位补贴申领",
        materials: [
            "": [
                "1 大连市就业困难人员公益性岗位申请表"
            ]
        ],
        forbidden: ["F1"]),
    ExpectedMatter(
        "RS-050", "一级注册消防工程师",
        materials: [
            "": [
                "1 身份证",
                "2 毕业证",
            ]
        ],
        // line 2123: 凡中华人民共和国公民…并符合下列条件之一的，均可报名参加一级注册消防工程师资格考试
        forbidden: ["F-eligibility", "F-unit"]),
    ExpectedMatter(
        "RS-X01", "高等学校等毕业生接收手续办理",
        materials: [
            "": [
                "1 劳动合同",
                "commitment 容缺受理承诺书",
            ]
        ],
        deferrals: ["1"]),
]
