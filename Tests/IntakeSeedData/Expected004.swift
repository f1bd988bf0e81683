// Expectations for seed 004 (004_e8123824df28054f.txt, 社会保险类 合规办事业务指南 with its
// 违规禁办事项清单 and 容缺办理事项清单), written from the seed text.
// Naming: the guide's words without numbering, trailing punctuation, surrounding 《》 or a
// leading 提供/填写; a trailing condition in brackets ("（变更非本人…所需）",
// "(申请由相关部门提供后，可不提供该文件)") or "X，需提供Y" moves into the material's condition.
// Where the guide itself lists 容缺受理承诺书 as a numbered item (every matter of the 容缺 list
// does), that item is the commitment letter; no extra "commitment" material is added.

public let expected004: [ExpectedMatter] = [
    // 1 (line 43): 1.1 需提供要件 无
    ExpectedMatter("SB-001", "企业社会保险登记", materials: ["": []], forbidden: ["F-person"]),
    // 2 (line 59): 2.1 需提供要件 无; "缴费单位发生解散、破产、撤销、合并以及其他情形，…应当及时向原社会保险登记机构申请办理
    // 注销社会保险登记" (line 60): the unit applies, a person applying is refused (F1, on the applicant's kind)
    ExpectedMatter("SB-002", "参保单位注销（企业养老保险部分）", materials: ["": []], forbidden: ["F1"]),
    // 12 (line 215)
    ExpectedMatter(
        "SB-012", "社会保险费欠费补缴申报",
        materials: [
            "": [
                "1 大连市企业职工社会保险个人补缴明细表",
                "2 企业职工社会保险费补缴申请表",
                "3 身份证",
            ]
        ],
        // line 216: 单位应缴未缴社会保险费的，单位需要补缴欠缴的社会保险费
        // 违规禁办事项清单 1 (line 1638) 企业职工基本养老保险补缴: 违规对城镇个体工商户和灵活就业人员以事后追补缴的方式增加缴费年限
        forbidden: ["F-person", "F-retroactive", "F-retroactive-declared"]),
    // 16 (line 285); 违规禁办事项清单 2 城乡居民养老保险参保: 非大连本地户籍人员; line 286 年满16周岁（不含在校学生），
    // 非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民 (F2-F5)
    ExpectedMatter(
        "SB-016", "城乡居民养老保险参保登记",
        materials: [
            "": [
                "1 身份证",
                "2 户口本",
            ]
        ], forbidden: ["F1", "F2", "F3", "F4", "F5", "F-unit"]),
    // 17 (line 301); 违规禁办事项清单 7: 1.未满60周岁 2.缴费未达待遇申领条件 3.已享受城镇职工基本养老保险待遇
    ExpectedMatter(
        "SB-017", "城乡居民养老保险待遇申领",
        materials: [
            "": [
                "1 身份证",
                "2 银行卡（存折）",
            ]
        ], forbidden: ["F1", "F2", "F3", "F-unit"]),
    // 20 (line 352)
    ExpectedMatter(
        "SB-020", "个人账户一次性待遇申领（企业养老保险部分）",
        materials: [
            "": [
                "1 银行卡",
                "2 个人申请",
                "3 身份证",
            ]
        ],
        // F1 last: curated/004-f-round19.xml replaces it, and the importer puts a replaced case after the others
        forbidden: ["F2", "F3", "F-unit", "F1"]),
    // 21 (line 373): 认定的供养直系亲属…未在国内以企业职工身份参加城镇职工养老保险；未办理任何形式的退休手续…；未享受居民最低生活保障待遇.
    // 21.1 (3) 遗属和经办人身份证: one item naming two documents, the 遗属's ID 3.1 and the 经办人's 3.2, a 经办人's only.
    ExpectedMatter(
        "SB-021", "供养直系亲属待遇申请",
        materials: [
            "": [
                "1 银行卡",
                "2 辽宁省企业参保人员供养直系亲属资格认定申请表",
                // round 21: (3) names both IDs, its parts 3.1 and 3.2 (the 经办人's only when one files)
                "3 身份证",
                "3.1 遗属身份证",
                "3.2 经办人身份证",
            ]
            // 21 (line 374): F4 relationship (子女、配偶、父母或其他仅由死亡职工承担抚养义务的人员), F5 经济收入未超过…遗属月救济金,
            // F6 无劳动能力 (配偶、父母、其他), F7 子女已超过18周岁 who can work: only as a 全日制学生. F-unit: the 遗属 applies
            // (21.1 (3) 遗属和经办人身份证).
        ], forbidden: ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F-unit"]),
    // 24 (line 435); 违规禁办事项清单 8 因病提前退休 (2 cases), 9 特殊工种提前退休 (2 cases); 24 (line 436) ages and 15 years
    ExpectedMatter(
        "SB-024", "职工提前退休（退职）申请",
        materials: [
            "": [
                "1 退休人员信息采集回执单",
                "2 身份证",
                "3 社保卡",
                "4 困难国有企业干部提前退休申请书",
                "5 企业军转干部身份职级认定表",
                "6 因病、非因公鉴定结论书",
                "7 职工从事特殊工种岗位认定表",
                "8 因病非因工致残提前退休申请表",
                "9 户口本",
                "10 个人档案",
            ]
        ], forbidden: ["F1", "F2", "F3", "F4", "F5", "F6", "F7"]),
    // 25 (line 461); 违规禁办事项清单 3: 未达到法定退休年龄或累计缴费未满15年
    ExpectedMatter(
        "SB-025", "职工正常退休(职)申请",
        materials: [
            "": [
                "1 退休人员信息采集回执单",
                "2 身份证",
                "3 社保卡",
                "4 企业正常退休人员审批表",
                "5 户口本",
                "6 个人档案",
            ]
        ], forbidden: ["F2", "F1"]),
    // 26 (line 483); 违规禁办事项清单 12
    ExpectedMatter(
        "SB-026", "恢复养老保险待遇申请（机关事业养老保险部分）",
        materials: [
            "": [
                "1 机关事业单位基本养老保险参保人员人员*月业务申报项目表"
            ]
        ], forbidden: ["F1"]),
    // 27 (line 502): 无; 违规禁办事项清单 11
    ExpectedMatter(
        "SB-027", "恢复养老保险待遇申请（企业养老保险部分）", materials: ["": []],
        forbidden: ["F1", "F-unit"]),  // line 503: 已办理停发待遇的待遇领取人员…
    // 30 (line 558)
    ExpectedMatter(
        "SB-030", "养老保险待遇发放账户维护申请（企业养老保险部分）",
        materials: [
            "": [
                "1 新银行卡（折）",
                "2 身份证",
                "3 养老保险待遇社会化发放信息变更委托书",
            ]
        ]),
    // 34 (line 632); 容缺办理事项清单 12: 相关医院病历诊断
    ExpectedMatter(
        "SB-034", "辅助器具配置（更换）费用申报",
        materials: [
            "": [
                "1 容缺受理承诺书",
                "2 辅助器具配置费用收据",
                "3 相关医院病历诊断",
                "4 工伤辅具配置鉴定结论书",
            ]
        ], deferrals: ["3"],
        // line 633 条件：工伤职工配置（更换）辅助器具的
        forbidden: ["F-not-recognized"]),
    // 35 (line 654); 容缺办理事项清单 6
    ExpectedMatter(
        "SB-035", "辅助器具配置或更换申请",
        materials: [
            "": [
                "1 大连市劳动能力鉴定申请书",
                "2 病历材料",
                "3 与伤病有关的医学诊断及病历材料",
                "4 容缺受理承诺书",
            ]
        ], deferrals: ["3", "2"],
        // line 655 条件：工伤职工因日常生活或者就业需要… (round 19)
        forbidden: ["F-not-recognized"]),
    // 36 (line 677); 容缺办理事项清单 7 names a material the guide's 36.1 lacks: added as (3)
    ExpectedMatter(
        "SB-036", "辅助器具配置协议机构的确认",
        materials: [
            "": [
                "1 大连市工伤保险协议服务机构申请审核表",
                "2 容缺受理承诺书",
                "3 辅助器具配置协议机构整体情况介绍及辅助器具配置协议机构资质服务证明",
            ]
        ], deferrals: ["3"]),
    // 40 (line 756); 容缺办理事项清单 8
    ExpectedMatter(
        "SB-040", "工伤康复申请确认",
        materials: [
            "": [
                "1 病历材料",
                "2 与伤病有关的医学诊断及病历材料",
                "3 容缺受理承诺书",
            ]
        ], deferrals: ["2", "1"], forbidden: ["F-not-recognized"]),  // line 757: 条件：工伤职工… (round 60)
    // 41 (line 777); 容缺办理事项清单 1
    ExpectedMatter(
        "SB-041", "工伤康复治疗期延长申请",
        materials: [
            "": [
                "1 病历材料",
                "2 与伤病有关的医学诊断及病历材料",
                "3 容缺受理承诺书",
            ]
        ],
        // line 778: 在工伤康复计划完成前10日至15日…申请; 条件：工伤职工 (round 60)
        deferrals: ["2", "1"], forbidden: ["F-timing", "F-not-recognized"]),
    // 43 (line 813); 容缺办理事项清单 11
    ExpectedMatter(
        "SB-043", "工伤医疗（康复）费用申报",
        materials: [
            "": [
                "1 协议医疗机构治疗病志",
                "2 容缺受理承诺书",
                "3 费用票据",
                "4 费用明细",
                "5 单位财务收据",
            ]
        ], deferrals: ["1"],
        // line 814 条件：职工因工作遭受事故伤害或者患职业病进行治疗的 (round 19)
        forbidden: ["F-not-injury"]),
    // 46 (line 875); 容缺办理事项清单 9 (清单“病历材料” = 指南“病历资料”)
    ExpectedMatter(
        "SB-046", "旧伤复发申请确认",
        materials: [
            "": [
                "1 大连市劳动能力鉴定申请书",
                "2 与伤病有关的医学诊断",
                "3 病历资料",
                "4 容缺受理承诺书",
            ]
        ], deferrals: ["2", "3"],
        // line 876 条件：工伤职工因旧伤复发需要治疗的 (round 19)
        forbidden: ["F-not-recognized"]),
    // 47 (line 896); 容缺办理事项清单 4
    ExpectedMatter(
        "SB-047", "劳动能力复查鉴定申请",
        materials: [
            "": [
                "1 大连市劳动能力鉴定申请书",
                "2 病历材料",
                "3 与伤病有关的医学诊断",
                "4 容缺受理承诺书",
            ]
        ], deferrals: ["3", "2"], forbidden: ["F1", "F-not-recognized"]),
    // 48 (line 917); 容缺办理事项清单 5; 违规禁办事项清单 4 工伤鉴定: 不进行工伤认定，申请工伤初次鉴定
    ExpectedMatter(
        "SB-048", "劳动能力鉴定申请",
        materials: [
            "": [
                "1 大连市劳动能力鉴定申请书",
                "2 病历资料",
                "3 与伤病有关的医学诊断",
                "4 容缺受理承诺书",
                "5 工伤认定决定",
            ]
        ], deferrals: ["3", "2"], forbidden: ["F1"]),
    // 49 (line 938); 违规禁办事项清单 5 一次性伤残补助金: 补助金打入非工伤职工本人账户
    ExpectedMatter(
        "SB-049", "伤残待遇申领（一次性伤残补助金、伤残津贴和生活护理费）",
        materials: [
            "": [
                "1 身份证",
                "2 银行1类账户信息",
            ]
        ], forbidden: ["F1"]),
    // 50 (line 957); 容缺办理事项清单 10
    ExpectedMatter(
        "SB-050", "停工留薪期确认和延长确认",
        materials: [
            "": [
                "1 大连市劳动能力鉴定申请书",
                "2 病历资料",
                "3 与伤病有关的医学诊断及病历材料",
                "4 容缺受理承诺书",
            ]
        ],
        // line 958: 可以适当延长，但延长不得超过12个月; 职工因工作遭受事故伤害… (round 60)
        deferrals: ["3", "2"], forbidden: ["F-extension", "F-not-injury"]),
    // 52 (line 1001); 容缺办理事项清单 3 names a material the guide's 52.1 lacks: added as (3)
    ExpectedMatter(
        "SB-052", "协议康复机构的确认",
        materials: [
            "": [
                "1 大连市工伤保险协议服务机构申请审核表",
                "2 容缺受理承诺书",
                "3 协议康复机构情况介绍及协议康复机构资质服务证明",
            ]
        ], deferrals: ["3"]),
    // 53 (line 1021); 容缺办理事项清单 2 names a material the guide's 53.1 lacks: added as (3)
    ExpectedMatter(
        "SB-053", "协议医疗机构的确认",
        materials: [
            "": [
                "1 容缺受理承诺书",
                "2 大连市工伤保险协议服务机构申请审核表",
                "3 医疗机构整体情况介绍及医疗机构资质服务证明",
            ]
        ], deferrals: ["3"]),
    // 54 (line 1041): 条件：五级、六级伤残职工…以及七级至十级伤残职工
    ExpectedMatter(
        "SB-054", "一次性工伤医疗补助金申请",
        materials: [
            "": [
                "1 解除劳动合同证明书",
                "2 银行1类账户信息",
            ]
        ], forbidden: ["F1", "F-end-reason"]),
    // 60 (line 1162); 容缺办理事项清单 13: 身份证, 申请人提供
    ExpectedMatter(
        "SB-060", "劳动人事争议仲裁申请",
        materials: [
            "": [
                "1 劳动人事争议仲裁申请书",
                "2 身份证",
                "3 容缺受理承诺书",
            ]
        ], deferrals: ["2"],
        // line 1163: 仲裁委员会对符合下列条件的仲裁申请应当予以受理
        forbidden: ["F-admission"]),
    // 61 (line 1181): per-category identity documents
    ExpectedMatter(
        "SB-061", "社会保障卡补领、换领、换发",
        materials: [
            "": [
                "1 居民身份证",
                // 61.1/64.1 (2) is one numbered item with no ①②, naming three documents: each is a part of 2, in the
                // guide's order (round 34: one file under 2 stood for all three)
                "2 居民户口簿原件及监护人（或代办人）本人有效身份证件和出生证明",
                "2.1 居民户口簿原件", "2.2 监护人（或代办人）本人有效身份证件", "2.3 出生证明",
                "3 港澳居民往来内地通行证",
                "4 台湾居民来往大陆通行证或者其他有效证件",
                "4.1 台湾居民来往大陆通行证",
                "4.2 其他有效证件",
                "5 护照或外国人永久居留身份证",
                "5.1 护照",
                "5.2 外国人永久居留身份证",
            ]
        ],
        // line 1182: 持卡人应当申请补换社会保障卡; line 1185: 十六周岁以下的…监护人（或代办人）本人有效身份证件 (a child alone)
        forbidden: ["F-unit", "F-minor-alone"]),
    // 62 (line 1203): 62.1 (1) 持卡人应当持有效身份证件；如代办需要携带代办人及申请人有效身份证原件. One numbered item:
    // the holder's document is 1.1; the agent's ID, named inside it, its part 1.2, an agent's only.
    ExpectedMatter(
        "SB-062", "社会保障卡挂失与解挂",
        materials: [
            "": [
                // round 21: the item's documents its parts, the agent's 1.2
                "1 持卡人有效身份证件",
                "1.1 持卡人有效身份证件",
                "1.2 代办人有效身份证原件",
            ]
        ],
        // line 1204: 持卡人应当及时办理挂失手续
        forbidden: ["F-unit"]),
    // 63 (line 1218): 63.1 (1) 持卡人应当持有效身份证件、社会保障卡；如代办需要携带代办人及申请人有效身份证原件
    ExpectedMatter(
        "SB-063", "社会保障卡启用（含社会保障卡银行账户激活）",
        materials: [
            "": [
                // round 21: the item's documents its parts, in the order it names them
                "1 持卡人有效身份证件、社会保障卡",
                "1.1 持卡人有效身份证件",
                "1.2 社会保障卡",
                "1.3 代办人有效身份证原件",
            ]
        ],
        // line 1219: 申请人领卡后，应当…申请社会保障功能启用
        forbidden: ["F-unit"]),
    // 64 (line 1233); 违规禁办事项清单 10: 办理人不能提供有效证件
    ExpectedMatter(
        "SB-064", "社会保障卡申领",
        materials: [
            "": [
                "1 居民身份证",
                // 61.1/64.1 (2) is one numbered item with no ①②, naming three documents: each is a part of 2, in the
                // guide's order (round 34: one file under 2 stood for all three)
                "2 居民户口簿原件及监护人（或代办人）本人有效身份证件和出生证明",
                "2.1 居民户口簿原件", "2.2 监护人（或代办人）本人有效身份证件", "2.3 出生证明",
                "3 港澳居民往来内地通行证",
                "4 台湾居民来往大陆通行证或者其他有效证件",
                "4.1 台湾居民来往大陆通行证",
                "4.2 其他有效证件",
                "5 护照或外国人永久居留身份证",
                "5.1 护照",
                "5.2 外国人永久居留身份证",
            ]
        ], forbidden: ["F1", "F2", "F3", "F-unit", "F-minor-alone"]),
    // 65 (line 1255): 65.1 (1) 持卡人应当持有效身份证件、社会保障卡；如代办需要携带代办人及申请人有效身份证原件
    ExpectedMatter(
        "SB-065", "社会保障卡应用状态查询",
        materials: [
            "": [
                // round 21: the item's documents its parts, in the order it names them
                "1 持卡人有效身份证件、社会保障卡",
                "1.1 持卡人有效身份证件",
                "1.2 社会保障卡",
                "1.3 代办人有效身份证原件",
            ]
        ],
        // line 1256: 申请人了解社会保障卡使用状态 (持卡人's id and card)
        forbidden: ["F-unit"]),
    // 66 (line 1270): (2) broken across two lines in the seed; line 1271 参保单位…向社保经办机构申请办理注销社会保险登记:
    // a person applying is refused (F1, on the applicant's kind)
    ExpectedMatter(
        "SB-066", "参保单位注销（机关事业养老保险部分）",
        materials: [
            "": [
                "1 机关事业单位社会保险变更登记（注销）申请表",
                "2 有关部门批准撤销、解散、合并、改制的法律文书、文件或有关职能部门批准成建制转出文件",
            ]
        ], forbidden: ["F1", "F-enterprise"]),
    // 69 (line 1326)
    ExpectedMatter(
        "SB-069", "多重养老保险关系个人账户退费（机关事业养老保险部分）",
        materials: [
            "": [
                "1 社会保险费退款申请表",
                "2 参保人员书面说明",
                "3 由具有干部人事管理权限的单位认定本人唯一的劳动、人事（聘用）关系和确定唯一的养老保险关系材料",
            ]
        ],
        forbidden: ["F-person", "F-enterprise"]),
    // 71 (line 1367)
    ExpectedMatter(
        "SB-071", "个人权益记录查询打印（机关事业养老保险部分）",
        materials: [
            "": [
                "1 社会保障卡或身份证原件",
                "1.1 社会保障卡",
                "1.2 身份证原件",
            ]
        ],
        // line 1368: 申请人可异地查询、打印本人名下…个人权益记录单
        forbidden: ["F-unit"]),
    // 72 (line 1386)
    ExpectedMatter(
        "SB-072", "个人账户一次性待遇申领（机关事业养老保险部分）",
        materials: [
            "": [
                "1 参保单位提供的情况说明",
                "2 居民死亡医学证明书或其他死亡证明材料",
                "2.1 居民死亡医学证明书",
                "2.2 其他死亡证明材料",
                "3 定居国护照等相关资料",
            ]
        ],
        // line 1387: 参保单位向社保经办机构申请办理个人账户一次性支付手续
        forbidden: ["F-person", "F-enterprise"]),
    // 74 (line 1428)
    ExpectedMatter(
        "SB-074", "机关事业单位社会保险登记",
        materials: [
            "": [
                "1 机关事业单位社会保险登记申请表",
                "2 最新的机构编制批准文件复印件",
                "3 单位银行开户证明",
                "4 事业单位法人证书/统一社会信用代码证书原件及复印件",
                "4.1 事业单位法人证书",
                "4.2 统一社会信用代码证书",
                "5 法定代表人任命文原件及复印件",
                "6 法定代表人身份证原件及复印件",
            ]
        ], forbidden: ["F-person", "F-enterprise"]),
    // 75 (line 1452)
    ExpectedMatter(
        "SB-075", "机关事业单位养老保险关系转移接续申请",
        materials: [
            "": [
                "1 养老保险关系转移接续申请表",
                "2 身份证明原件及复印件",
                "3 参保缴费凭证",
            ]
        ], forbidden: ["F-transfer-out"]),
    // 76 (line 1474)
    ExpectedMatter(
        "SB-076", "缴费人员增减申报（机关事业养老保险部分）",
        materials: [
            "": [
                "1 机关事业单位社会保险参保人员*月业务申报项目表",
                "2 具有干部管理权限单位出具的停薪决定/具有干部管理权限单位出具的起薪决定",
                "2.1 具有干部管理权限单位出具的停薪决定",
                "2.2 具有干部管理权限单位出具的起薪决定",
                "3 具有干部管理权限单位出具的干部调动手续",
            ]
        ],
        // line 1475: 应从停薪之月向社保经办机构申报 (the unit's 申报项目表)
        forbidden: ["F-person", "F-enterprise"]),
    // 80 (line 1553): 无; 违规禁办事项清单 6 养老保险跨省转移 (two cases)
    ExpectedMatter(
        "SB-080", "城镇职工基本养老保险关系转移接续申请", materials: ["": []],
        // line 1554: 参保人员跨省流动就业，其基本养老保险关系转移接续 (the person's own, as 79 and 82)
        // F1 last: curated/004-f-round19.xml replaces it, and the importer puts a replaced case after the others
        forbidden: ["F2", "F-unit", "F1"]),
    // 81 (line 1568): 无; 参保人员达到城镇职工养老保险法定退休年龄
    ExpectedMatter(
        "SB-081", "城镇职工基本养老保险与城乡居民基本养老保险制度衔接申请", materials: ["": []],
        // F1 last: curated/004-f-round19.xml replaces it, and the importer puts a replaced case after the others
        forbidden: ["F-unit", "F1"]),
    // 84 (line 1613)
    ExpectedMatter(
        "SB-084", "军地养老保险关系转移接续申请（企业养老保险部分）",
        materials: [
            "": [
                "1 军人退役基本养老保险关系转移接续信息表"
            ]
        ], forbidden: ["F1"]),
    // 违规禁办事项清单 1 (line 1637): not in the guide's numbering, no materials given
    // Asked of a person or a 个体工商户; another unit refused only on its own declaration (as SB-012; round 62, tester g)
    ExpectedMatter("SB-X01", "企业职工基本养老保险补缴", materials: ["": []], forbidden: ["F1", "F1-declared"]),
]
