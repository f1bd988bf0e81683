// Seed 003 (003_ac3441e5f5207cf8.txt), 婚姻, 入学, 退休, 户籍, 殡葬, 车驾管, 不动产 (BS-HY, BS-RX, BS-TX, BS-HJ, BS-BZ, BS-CG, BS-BDC): conditions, documents
// not asked of every applicant, agents' documents and refusals found by the black-box tests
// of the matters no test had covered yet, written from the guide's text, never the catalog.

public let conditions003Life: [ConditionExpectation] = [
    // 婚姻 事项10 所需材料 2.其他居民：…（4）华侨：本人的有效护照。（5）外国人：本人的有效护照或者其他有效的国际旅行证件。
    // (lines 8970-8971): the documents of the other party's own case, as （1）香港居民…（3）台湾居民
    ConditionExpectation(
        "BS-HY-010", "", "2.4", line: 8970,
        needed: ["hyOtherParty": "华侨"], notNeeded: ["hyOtherParty": "香港居民"]),
    ConditionExpectation(
        "BS-HY-010", "", "2.5", line: 8971,
        needed: ["hyOtherParty": "外国人"], notNeeded: ["hyOtherParty": "台湾居民"]),
    // 婚姻 事项9 4.申请补领结婚证的，当事人提交4张2寸双方近期半身免冠合影照片；申请补领离婚证的，提交3张2寸单人近期半身免冠照片 (line 8957)
    // (4.1, the 合影 of a 结婚证, is the group's first alternative: the test factory files it
    // whatever the case, so it is checked through 4.2's other case.)
    ConditionExpectation(
        "BS-HY-009", "", "4.2", line: 8957,
        needed: ["hyReissue": "离婚证"], notNeeded: ["hyReissue": "结婚证"]),
    // 户籍 事项10 所需材料 …合法稳定住所证明（符合“连续参加社会保险年限”条件的，无需提供本条手续）(line 2123), and 备注（2）被投靠人
    // 符合“在新区落户一年以上并合法稳定居住”条件的，需提供无合法稳定住所证明 (line 2147): a family with a home of its own brings it,
    // one on the 新区 route (no home of its own) does not. A child of 17.
    ConditionExpectation(
        "BS-HJ-010", "", "6", line: 2147,
        needed: ["hjInsuranceYears": "false", "hjNewDistrictRoute": "false", "residentId": "210202200707020013"],
        notNeeded: [
            "hjInsuranceYears": "false", "hjNewDistrictRoute": "true", "hjNewDistrictLodging": "租赁或借住亲友家中",
            "residentId": "210202200707020013",
        ]),
    // 户籍 事项11 the same (lines 2155, 2179): a student of 20
    ConditionExpectation(
        "BS-HJ-011", "", "6", line: 2179,
        needed: ["hjInsuranceYears": "false", "hjNewDistrictRoute": "false", "residentId": "210202200501010012"],
        notNeeded: [
            "hjInsuranceYears": "false", "hjNewDistrictRoute": "true", "hjNewDistrictLodging": "单位宿舍",
            "residentId": "210202200501010012",
        ]),
    // 生育 事项4 所需材料 …父母《居民户口簿》… 双军人现役军官或女士官的，需提供…原户籍地公安机关出具的军人《注销户口证明》 (line 605);
    // 备注(6) 父母双方均为现役军人…的，还需提供祖父母或外祖父母的《居民户口簿》 (line 633): parents whose 户口 are cancelled bring none
    ConditionExpectation(
        "BS-SY-004", "", "2", line: 605,
        needed: ["syBothMilitary": "false", "syRegisterWithGrandparent": "false"],
        notNeeded: ["syBothMilitary": "true", "syRegisterWithGrandparent": "true"]),
    // 生育 事项10 （一）…本地就医的，参保职工…持社保卡、身份证…；异地就医的现金垫付后，审核报销 (line 1128): the claim (its own
    // scenario, round 21) is not filed without the insured employee's cards
    ConditionExpectation(
        "BS-SY-010", "case-1", "2", line: 1128,
        needed: ["insuredCategory": "企业职工"], notNeeded: [:]),
    // 退休 事项3 2.所需材料 （3）机关事业单位职工：…6. 如有独生子女费需提供《独生子女光荣证》或《自愿生育一个孩子申请审批表》 (line 9049):
    // a retiree with 独生子女费 brings one of the two, one without does not
    ConditionExpectation(
        "BS-TX-003", "", "3.6", line: 9049,
        needed: ["insuredCategory": "机关事业单位职工", "txOneChildFee": "true"],
        notNeeded: ["insuredCategory": "机关事业单位职工", "txOneChildFee": "false"]),
    // 出入境 事项3 （四）赴台湾定居的…3、台湾出入境业务主管部门签发的定居类入台许可证 以下情形按下列要求提交材料：大陆居民与台湾居民所生
    // 子女申请赴台湾定居且在大陆未办理户籍登记的，提交…定居类入台许可证、本人《出生医学证明》、父母双方中作为大陆居民一方的居民身份证
    // (lines 8736-8741): the child's birth certificate only in that situation
    ConditionExpectation(
        "BS-CRJ-003", "", "6.4.4", line: 8741,
        needed: [
            "crjTwPermitApplied": "false", "crjTwEndorsement": "定居", "crjOccupation": "其他",
            "crjTwSettleSituation": "大陆居民与台湾居民所生子女且在大陆未办理户籍登记",
        ],
        notNeeded: [
            "crjTwPermitApplied": "false", "crjTwEndorsement": "定居", "crjOccupation": "其他", "crjTwSettleSituation": "一般情形",
        ]),
    // … 大陆居民赴台湾后取得在台湾定居资格，返回大陆办理定居手续的，提交台湾地区居民身份证件及台湾地区居民户籍誊本 (line 8742): the
    // Taiwan identity card in that situation, and the 入台许可证 of the ordinary list (line 8739) not
    ConditionExpectation(
        "BS-CRJ-003", "", "6.4.6", line: 8742,
        needed: [
            "crjTwPermitApplied": "false", "crjTwEndorsement": "定居", "crjOccupation": "其他",
            "crjTwSettleSituation": "已取得在台湾定居资格返回大陆办理定居手续",
        ],
        notNeeded: [
            "crjTwPermitApplied": "false", "crjTwEndorsement": "定居", "crjOccupation": "其他", "crjTwSettleSituation": "一般情形",
        ]),
    ConditionExpectation(
        "BS-CRJ-003", "", "6.4.3", line: 8739,
        needed: [
            "crjTwPermitApplied": "false", "crjTwEndorsement": "定居", "crjOccupation": "其他", "crjTwSettleSituation": "一般情形",
        ],
        notNeeded: [
            "crjTwPermitApplied": "false", "crjTwEndorsement": "定居", "crjOccupation": "其他",
            "crjTwSettleSituation": "已取得在台湾定居资格返回大陆办理定居手续",
        ]),
    // 生育 事项3 申请换发 (5) 其中，1996年1月1日至2007年12月31日期间，新生儿母亲和（或）父亲使用军官证、士官证办理《出生医学证明》而要求
    // 换发的，应当提供…。申请人姓名、性别、出生日期等信息与军官证、士官证信息不一致的，应当提供由原发证机构出具的有效居民身份信息的证明
    // 材料 (line 149): the mismatch is with a 军官证 or 士官证 that was used; none was used, nothing is asked. A certificate of
    // that period is a child's born by 2007 (round 56).
    ConditionExpectation(
        "BS-SY-003", "renew", "5.6", line: 149,
        needed: [
            "syNameChange": "false", "syParentInfoChange": "false", "syMilitaryId": "true", "syMilitaryIdMismatch": "true",
            "syNewbornBirthDate": "2005-05-01",
        ],
        notNeeded: [
            "syNameChange": "false", "syParentInfoChange": "false", "syMilitaryId": "false", "syMilitaryIdMismatch": "true",
            "syNewbornBirthDate": "2005-05-01",
        ]),
    // 生育 事项3 情形（一） （2）新生儿母亲和父亲有效身份证件原件及复印件…（3）新生儿母亲和父亲为外籍人员的，应当提供护照原件及复印件
    // (line 148): a foreigner's valid identity document is the passport
    ConditionExpectation(
        "BS-SY-003", "first-1", "2.1", line: 148,
        needed: ["syParentsForeign": "false", "syParentIdMissing": "均不缺失", "syMotherInfoMismatch": "false"],
        notNeeded: ["syParentsForeign": "true", "syParentIdMissing": "均不缺失", "syMotherInfoMismatch": "false"]),
    // … 情形（三） （2）新生儿母亲和父亲的有效身份证件…（5）新生儿母亲和父亲为外籍人员的，应当提供护照原件及复印件 (line 148)
    ConditionExpectation(
        "BS-SY-003", "first-3", "2", line: 148,
        needed: ["syParentsForeign": "false"], notNeeded: ["syParentsForeign": "true"]),
    // 婚姻 事项11 2.人民法院、人民检察院、公安和安全部门为确认当事人的婚姻关系，持单位介绍信可以查阅婚姻登记档案 (line 8980)
    ConditionExpectation(
        "BS-HY-011", "", "3", line: 8980,
        needed: ["hyArchiveRequester": "法院检察院公安安全部门"], notNeeded: ["hyArchiveRequester": "婚姻当事人"]),
    // … 律师及其他诉讼代理人在诉讼过程中，持受理案件的法院出具的证明材料及本人有效证件可以查阅与诉讼有关的婚姻登记档案 (line 8980)
    ConditionExpectation(
        "BS-HY-011", "", "4", line: 8980,
        needed: ["hyArchiveRequester": "律师或其他诉讼代理人"], notNeeded: ["hyArchiveRequester": "法院检察院公安安全部门"]),
    // 1.婚姻当事人持有合法身份证件，可以查阅本人的婚姻登记档案 (line 8979)
    ConditionExpectation(
        "BS-HY-011", "", "1", line: 8979,
        needed: ["hyArchiveRequester": "婚姻当事人"], notNeeded: ["hyArchiveRequester": "律师或其他诉讼代理人"]),
]

public let notRequired003Life: [NotRequiredExpectation] = [
    // 出入境 事项3 二、所需材料 1-5 (lines 8719-8724) are the 往来台湾通行证's; 申请赴台湾地区签注所需材料 (line 8725) only of who applies
    // for an endorsement: an applicant for the permit alone brings 1-3
    NotRequiredExpectation(
        "BS-CRJ-003", "", name: "申请赴台湾地区签注所需材料", line: 8725,
        facts: ["crjTwPermitApplied": "true", "crjTwEndorsement": "不申请签注", "crjOccupation": "其他"]),
    // 生育 事项3 情形（一） （3）新生儿母亲和父亲为外籍人员的，应当提供护照原件及复印件 (line 148): their passports are their
    // 有效身份证件 of （2）, not asked twice
    NotRequiredExpectation(
        "BS-SY-003", "first-1", name: "新生儿母亲和父亲有效身份证件", line: 148,
        facts: ["syParentsForeign": "true", "syParentIdMissing": "均不缺失", "syMotherInfoMismatch": "false"]),
    NotRequiredExpectation(
        "BS-SY-003", "first-2", name: "新生儿母亲和父亲有效身份证件", line: 148,
        facts: ["syParentsForeign": "true", "syParentIdMissing": "均不缺失"]),
    // 婚姻 事项11 3.其他单位、组织和个人要求查阅婚姻登记档案的…经主管领导审核，可以利用 (line 8981): no 单位介绍信 of such a requester
    NotRequiredExpectation("BS-HY-011", "", name: "单位介绍信", line: 8981, facts: ["hyArchiveRequester": "其他单位组织或个人"]),
    // 婚姻 事项10 (4)华侨：本人的有效护照 (line 8970): not asked when the other party is a 香港居民
    NotRequiredExpectation("BS-HY-010", "", name: "华侨", line: 8970, facts: ["hyOtherParty": "香港居民"]),
    // … (5)外国人：本人的有效护照或者其他有效的国际旅行证件 (line 8971): not asked of a 华侨's divorce
    NotRequiredExpectation("BS-HY-010", "", name: "外国人", line: 8971, facts: ["hyOtherParty": "华侨"]),
    // 其他 事项9 一 (收养查找不到生父母的弃婴、儿童) 12. 「…及送养人应当提交1张…单人照片，社会福利机构送养的除外」 (line 12079): the
    // 送养人 of a foundling is a 社会福利机构 (exempt) or none, the adopter having found the child (8., line 12071) (round 18, tester 7)
    NotRequiredExpectation("BS-QT-008", "case-1", name: "送养人2寸", line: 12079, facts: ["qtWelfarePlacer": "false"]),
    NotRequiredExpectation("BS-QT-009", "case-1", name: "送养人2寸", line: 12079, facts: ["qtWelfarePlacer": "false"]),
]

/// 婚姻 事项9: the record is found and matches the identity (有档案可查且档案信息与身份信息一致的，可以委托他人办理, line 8938).
let hyAgentOfAFoundRecord = ["hyArchiveMatchesIdentity": "true", "hyMarriageArchiveMissing": "false"]

public let agents003Life: [AgentExpectation] = [
    // 婚姻 事项9 (line 8938) "…有档案可查且档案信息与身份信息一致的，可以委托他人办理": without such a record an agent is refused (round 13)
    AgentExpectation("BS-HY-009", "", material: nil, line: 8938, facts: ["hyArchiveMatchesIdentity": "false"]),
    // 生育 事项11 7.可否代办 (line 1280): "可以代办，受术者的法定代理人或者监护人可作为并发症鉴定申请人": another agent is refused
    // (round 11, tester 2)
    AgentExpectation("BS-SY-011", "", material: nil, line: 1280, facts: ["syAgentIsGuardian": "false"]),
    // 婚姻 事项11 1.婚姻当事人因故不能亲自前往查阅的，可以办理授权委托书，委托他人代为办理，委托书应当经公证机关公证 (line 8979)
    AgentExpectation("BS-HY-011", "", material: "2", line: 8979, facts: ["hyArchiveRequester": "婚姻当事人"]),
    // 婚姻 事项9 委托办理应当提交…经公证机关公证的授权委托书…受委托人应当同时提交本人的身份证件 (line 8938)
    // (an agent's 结婚证 is reissued only where the marriage archive can be found, line 8940: said — round 19, tester 6)
    AgentExpectation("BS-HY-009", "", material: "5", line: 8938, facts: hyAgentOfAFoundRecord),
    AgentExpectation("BS-HY-009", "", material: "6", line: 8938, facts: hyAgentOfAFoundRecord),
    // 婚姻 事项10 自愿离婚的夫妻双方…应共同到大连市民政局婚姻登记处办理离婚登记 (line 8962); 双方当事人现场签署的离婚协议书 (line 8973)
    AgentExpectation("BS-HY-010", "", material: nil, line: 8962),
    // 婚姻 事项4 当事人因故不能到婚姻登记处申请补领婚姻登记证的，有档案可查且档案信息与身份信息一致的，可以委托他人办理 (line 8868)
    AgentExpectation("BS-HY-004", "", material: nil, line: 8868, facts: ["hyArchiveMatchesIdentity": "false"]),
    // 户籍 事项16 积分落户 (lines 2320-2355) has no 可否代办: 事项2's "落户需本人办理" (line 1910) is not its rule (round 62,
    // tester h); an agent is not refused (Round62Tests).
    // 婚姻 事项8 大连户籍居民与港澳台居民、华侨、外国人在中国内地结婚登记，需双方当事人亲自到大连市民政局婚姻登记处办理 (line 8912)
    AgentExpectation("BS-HY-008", "", material: nil, line: 8912),
    // Round 19 (tester 6): 婚姻 事项6 受理撤销婚姻申请的条件：（二）受胁迫的一方和对方共同到婚姻登记机关签署双方无子女抚养、财产及债务问题
    // 的声明书 (line 8889): both come in person
    AgentExpectation("BS-HY-006", "", material: nil, line: 8889),
    // 婚姻 事项9 …有档案可查且档案信息与身份信息一致的，可以委托他人办理 (line 8938); 当事人结婚登记档案查找不到的… (line 8940): an agent
    // whose applicant's marriage archive cannot be found is refused
    AgentExpectation(
        "BS-HY-009", "", material: nil, line: 8938, facts: ["hyReissue": "结婚证", "hyMarriageArchiveMissing": "true"]),
]

public let forbiddenExamples003Life: [ForbiddenExample] = [
    // 婚姻 事项11 3. (line 8981) 其他单位、组织和个人要求查阅婚姻登记档案的，…在确认其利用目的合理的情况下，经主管领导审核，可以利用: the
    // archive office's answer no vs yes (round 35, tester a: such a requester was accepted with no finding)
    ForbiddenExample(
        "BS-HY-011", "F-purpose",
        triggering: ["hyArchiveRequester": "其他单位组织或个人", "hyArchiveUseApproved": "false"],
        notTriggering: ["hyArchiveRequester": "其他单位组织或个人", "hyArchiveUseApproved": "true"]),
    // 婚姻 事项7 一、出具无婚姻登记记录证明需要满足的条件：…2.无婚姻登记记录证明的使用目的仅限于当事人办理涉台和哈萨克斯坦、芬兰、奥地利、
    // 荷兰、德国、阿根廷、乌拉圭、墨西哥、波兰九个国家的公证事项 (line 8902)
    ForbiddenExample(
        "BS-HY-007", "F-use",
        triggering: ["maritalStatus": "未婚", "hyNoRecordForListedNotarization": "false"],
        notTriggering: ["maritalStatus": "未婚", "hyNoRecordForListedNotarization": "true"]),
    // 婚姻 事项4 当事人依法办理登记结婚或者离婚，现今仍然维持该状况，持有效户口簿、身份证、照片…亲自到婚姻登记处提出申请 (line 8868): a
    // 结婚证 is not reissued to someone since divorced
    ForbiddenExample(
        "BS-HY-004", "F-status-changed",
        triggering: ["hyReissue": "结婚证", "hyRegisteredStatusHolds": "false"],
        notTriggering: ["hyReissue": "结婚证", "hyRegisteredStatusHolds": "true"]),
    // 户籍 事项10 "投靠人18周岁以下，其父母…在主城区落户5年以上…在新市区落户3年以上…在新区落户1年以上" (line 2121): a boy
    // of 15 (born 2010-01-01) joining parents registered 4 vs 5 years in 主城区, 0 vs 1 year in 新区
    ForbiddenExample(
        "BS-HJ-010", "F-parent-years",
        triggering: ["residentId": "210202201001010010", "hjParentHukouArea": "主城区", "hjParentHukouYears": "4"],
        notTriggering: ["residentId": "210202201001010010", "hjParentHukouArea": "主城区", "hjParentHukouYears": "5"]),
    ForbiddenExample(
        "BS-HJ-010", "F-parent-years",
        triggering: ["residentId": "210202201001010010", "hjParentHukouArea": "新区", "hjParentHukouYears": "0"],
        notTriggering: ["residentId": "210202201001010010", "hjParentHukouArea": "新区", "hjParentHukouYears": "1"]),
    // 户籍 事项10 "其父母、法定监护人是在新区落户1年以上的城镇户籍人口，并合法稳定居住" (line 2121): the 新区 route is the 新区
    // parents' only; parents in 主城区 or 新市区 need a home of their own or the years of insurance (round 19, tester 7: a 主城区
    // parent without a home who claimed the 新区 route was accepted)
    ForbiddenExample(
        "BS-HJ-010", "F-route",
        triggering: ["hjNewDistrictRoute": "true", "hjParentHukouArea": "主城区"],
        notTriggering: ["hjNewDistrictRoute": "false", "hjParentHukouArea": "主城区"]),
    ForbiddenExample(
        "BS-HJ-010", "F-route",
        triggering: ["hjNewDistrictRoute": "true", "hjParentHukouArea": "新市区"],
        notTriggering: ["hjNewDistrictRoute": "true", "hjParentHukouArea": "新区"]),
    // 殡葬 事项6 一、适用范围 本指南适用于继承人间无纠纷的财产法定继承 (line 11802)
    ForbiddenExample(
        "BS-BZ-006", "F-dispute",
        triggering: ["bzHeirsInDispute": "true"],
        notTriggering: ["bzHeirsInDispute": "false"]),
    // 生育 事项6 儿童常规预防接种的年龄范围为0-6周岁 (line 671); 从其他接种单位转入的0-6岁儿童 (line 673): a child of 8 (born
    // 2017-07-01) is refused, one of 5 is not
    ForbiddenExample(
        "BS-SY-006", "F-over-six-transfer",
        triggering: ["residentId": "210202201707010012"],
        notTriggering: ["residentId": "210202202001010015"],
        scenario: "transfer"),
    ForbiddenExample(
        "BS-SY-006", "F-over-six",
        triggering: ["residentId": "210202201707010012"],
        notTriggering: ["residentId": "210202202001010015"],
        scenario: "vaccination"),
    // 生育 事项10 哪类人群可以享受此项待遇？参加生育保险职工… (line 1124): a 城乡居民 is not an insured employee
    ForbiddenExample(
        "BS-SY-010", "F-not-employee",
        triggering: ["insuredCategory": "城乡居民"],
        notTriggering: ["insuredCategory": "企业职工"]),
    // 婚姻 事项10 自愿离婚的夫妻双方…且均具有完全民事行为能力 (line 8962)
    ForbiddenExample(
        "BS-HY-010", "F-capacity",
        triggering: ["hyBothFullCivilCapacity": "false"],
        notTriggering: ["hyBothFullCivilCapacity": "true"]),
    // 婚姻 事项6 受理撤销婚姻申请的条件：（一）婚姻登记处具有管辖权 (line 8888), "可以向原办理该结婚登记的机关请求撤销婚姻" (line 8886)
    ForbiddenExample(
        "BS-HY-006", "F-jurisdiction",
        triggering: ["hyOriginalRegistry": "false"],
        notTriggering: ["hyOriginalRegistry": "true"]),
    // 婚姻 事项9 受理补领结婚证、离婚证申请的条件是：1.婚姻登记处具有管辖权（当事人一方为大连户籍居民，到大连市民政局婚姻登记处办理）
    // (line 8934)
    ForbiddenExample(
        "BS-HY-009", "F-jurisdiction",
        triggering: ["hyReissueJurisdiction": "false"],
        notTriggering: ["hyReissueJurisdiction": "true"]),
    // … 2.当事人依法登记结婚或者离婚，现今仍然维持该状况 (line 8935)
    ForbiddenExample(
        "BS-HY-009", "F-status-changed",
        triggering: ["hyRegisteredStatusHolds": "false"],
        notTriggering: ["hyRegisteredStatusHolds": "true"]),
    // 户籍 事项9 其子女在主城区落户8年以上或在新市区落户5年以上或在新区落户3年以上 (line 2092): an elder of 67 whose child has been
    // registered in the 主城区 for 7 years, not 8
    ForbiddenExample(
        "BS-HJ-009", "F-child-years",
        triggering: ["hjChildHukouArea": "主城区", "hjChildHukouYears": "7", "residentId": "210202195801010010"],
        notTriggering: ["hjChildHukouArea": "新区", "hjChildHukouYears": "3", "residentId": "210202195801010010"]),
    // 退休 事项4 达到法定退休年龄前申请办理终止参保关系待遇核准支付 (line 9074): the 职工 has reached it
    ForbiddenExample(
        "BS-TX-004", "F-retired",
        triggering: ["txWorkerReachedRetirementAge": "true"],
        notTriggering: ["txWorkerReachedRetirementAge": "false"]),
    // 入学 事项16 休学期限为一学年，连续休学最多不超过2学年 (line 1522): a student already on leave for 2 years vs 1
    ForbiddenExample(
        "BS-RX-016", "F-leave-limit",
        triggering: ["rxConsecutiveLeaveYears": "2"],
        notTriggering: ["rxConsecutiveLeaveYears": "1"]),
    // 殡葬 事项3 参保人员死亡尚未办理养老保险结算业务的，可打印参保缴费证明 (line 11650): a living insured person
    ForbiddenExample(
        "BS-BZ-003", "F-not-deceased",
        triggering: ["insuredDeceased": "false"],
        notTriggering: ["insuredDeceased": "true"]),
    // … the 养老保险结算业务 already done
    ForbiddenExample(
        "BS-BZ-003", "F-settled",
        triggering: ["bzPensionSettled": "true"],
        notTriggering: ["bzPensionSettled": "false"]),
    // 殡葬 事项5 异地死亡人员是非本市户籍并在本市死亡的人员 (line 11785)
    ForbiddenExample(
        "BS-BZ-005", "F-not-nonlocal",
        triggering: ["bzNonLocalDiedInCity": "false"],
        notTriggering: ["bzNonLocalDiedInCity": "true"]),
    // 车管 事项6 机动车所有人可以在机动车检验有效期满前三个月内…申请检验合格标志 (line 7619)
    ForbiddenExample(
        "BS-CG-006", "F-too-early",
        triggering: ["cgInspectionMoreThanThreeMonthsAhead": "true"],
        notTriggering: ["cgInspectionMoreThanThreeMonthsAhead": "false"]),
    // … 申请前，机动车所有人应当将涉及该车的道路交通安全违法行为和交通事故处理完毕 (line 7620)
    ForbiddenExample(
        "BS-CG-006", "F-violations",
        triggering: ["cgViolationsPending": "true"],
        notTriggering: ["cgViolationsPending": "false"]),
    // 不动产 事项7 申请人应当为不动产登记簿或土地权属来源材料记载的国有建设用地使用权人 (line 5892)
    ForbiddenExample(
        "BS-BDC-007", "F-not-holder",
        triggering: ["bdcLandUseRightHolder": "false"],
        notTriggering: ["bdcLandUseRightHolder": "true"]),
    // 退休 事项5 经市级劳动鉴定机构鉴定为完全丧失劳动能力的，用人单位（劳动保障代理机构）持相关资料到退休待遇核准部门办理因病提前退休业务
    // (line 9108); 2.所需材料 （1）企业职工…（2）灵活就业人员…（3）机关事业单位职工… (lines 9110-9112): a 城乡居民 is none of the three
    ForbiddenExample(
        "BS-TX-005", "F-category",
        triggering: ["insuredCategory": "城乡居民"],
        notTriggering: ["insuredCategory": "灵活就业人员"]),
    // 退休 事项3 1.事项说明 用人单位（或劳动保障代理机构）持相关资料到退休待遇核准部办理 (line 9046); 2.所需材料 （1）企业职工
    // （2）灵活就业人员 （3）机关事业单位职工 (lines 9048-9050): a 城乡居民 is none of the three
    ForbiddenExample(
        "BS-TX-003", "F-category",
        triggering: ["insuredCategory": "城乡居民"],
        notTriggering: ["insuredCategory": "机关事业单位职工"]),
    // 生育 事项7 1.流动人口生育登记及条件：夫妻双方均为外省市户籍，拟在我市生育第一个或第二个孩子的流动人口 (line 736): a couple of whom
    // one has the city's 户籍
    ForbiddenExample(
        "BS-SY-007", "F-local-hukou",
        triggering: ["syBothNonLocalHukou": "false"],
        notTriggering: ["syBothNonLocalHukou": "true"]),
    // 其他 事项22 特别扶助对象应同时符合以下基本条件：1933年1月1日以后出生；女方年满49周岁；… (line 12443): a woman of 35 (born
    // 1990-01-01) applying herself vs a woman of 55 (born 1970-01-01)
    ForbiddenExample(
        "BS-QT-022", "F-woman-age",
        triggering: ["residentId": "210202199001010029"],
        notTriggering: ["residentId": "21020219700101002X"]),
    // … the husband applies: his wife not yet 49 vs 49
    ForbiddenExample(
        "BS-QT-022", "F-woman-age",
        triggering: ["residentId": "210202197001010118", "qtWomanAged49": "false"],
        notTriggering: ["residentId": "210202197001010118", "qtWomanAged49": "true"]),
    // … 1933年1月1日以后出生: a husband born 1932-06-01 vs 1933-01-01
    ForbiddenExample(
        "BS-QT-022", "F-born",
        triggering: ["residentId": "210202193206010113", "qtWomanAged49": "true"],
        notTriggering: ["residentId": "210202193301010111", "qtWomanAged49": "true"]),
    // … 计划生育家庭独生子女发生伤残或死亡、未再生育或收养子女的家庭 (line 12443)
    ForbiddenExample(
        "BS-QT-022", "F-new-child",
        triggering: ["qtChildAfterward": "true"],
        notTriggering: ["qtChildAfterward": "false"]),
    // 生育 事项12 哪类人群可以享受此项待遇？参加生育保险职工，生育（配偶生育）时连续缴费10个月，并继续缴费的 (line 1284): a 城乡居民 is
    // not an employee insured for maternity
    ForbiddenExample(
        "BS-SY-012", "F-not-employee",
        triggering: ["insuredCategory": "城乡居民"],
        notTriggering: ["insuredCategory": "企业职工"]),
    // … nor a 灵活就业人员, who is insured 以灵活就业人员身份参加职工基本养老保险和医疗保险 (其他 事项15, line 12261)
    ForbiddenExample(
        "BS-SY-012", "F-flexible-worker",
        triggering: ["insuredCategory": "灵活就业人员"],
        notTriggering: ["insuredCategory": "机关事业单位职工"]),
    // 户籍 事项3 出国（境）前已注销常住户口，且未在国（境）外入籍、定居的留学人员回国落户 (line 1913)
    ForbiddenExample(
        "BS-HJ-003", "F-settled-abroad",
        triggering: ["hjNaturalizedOrSettledAbroad": "true"],
        notTriggering: ["hjNaturalizedOrSettledAbroad": "false"]),
    // Round 19 (tester 6): 婚姻 事项5 自愿离婚的夫妻双方均具有完全民事行为能力，共同到一方常住户口所在地的婚姻登记机关办理离婚登记 (line 8876)
    ForbiddenExample(
        "BS-HY-005", "F-capacity",
        triggering: ["hyBothFullCivilCapacity": "false"],
        notTriggering: ["hyBothFullCivilCapacity": "true"]),
]
