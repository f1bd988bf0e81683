// Conditions of seed 003 (003_ac3441e5f5207cf8.txt, 大连市“群众办事通”办事指南), written from
// the seed text: for each conditional material, the facts under which the guide requires it
// and facts under which it does not. Derived facts (age, sex) are given as a resident id
// (key "residentId", GB 11643) for a bundle submitted on 2025-07-01:
//   210202197001010011  male,   born 1970-01-01 (55)
//   210202196001010017  male,   born 1960-01-01 (65)
//   210202197501010026  female, born 1975-01-01 (50)
//   210202196501010021  female, born 1965-01-01 (60)
//   210202199001010029  female, born 1990-01-01 (35)
//   210202200501010012  male,   born 2005-01-01 (20)
//   210202201201010015  male,   born 2012-01-01 (13)
//   210202194001010026  female, born 1940-01-01 (85)
//   210202200707020013  male,   born 2007-07-02 (17)
// A pledge the guide requires in every case has empty `needed` and `notNeeded`: it is
// required whatever the facts.

public let conditions003: [ConditionExpectation] = [
    // 不动产 事项1 ③ 土地权属来源材料：以出让方式取得的…；以划拨方式取得的…
    ConditionExpectation(
        "BS-BDC-001", "", "5", line: 5654,
        needed: ["bdcLandAcquisition": "出让"], notNeeded: ["bdcLandAcquisition": "划拨"]),
    // 不动产 事项1 ⑤土地有偿使用价款及税费缴清凭证 [按照登记事项提供] (line 5654): 划拨 land carries no 有偿使用价款 (round 9)
    ConditionExpectation(
        "BS-BDC-001", "", "3.1", line: 5648,
        needed: ["bdcLandAcquisition": "出让"], notNeeded: ["bdcLandAcquisition": "划拨"]),
    ConditionExpectation(
        "BS-BDC-001", "", "3.2", line: 5649,
        needed: ["bdcLandAcquisition": "划拨"], notNeeded: ["bdcLandAcquisition": "租赁"]),
    // 不动产 事项2 ④ 土地用途变更的 (several changes can come together: one yes/no each)
    ConditionExpectation(
        "BS-BDC-002", "", "4.3", line: 5734,
        needed: ["bdcChangeUse": "true"], notNeeded: ["bdcChangeUse": "false"]),
    // 不动产 事项3 ④ 买卖的…；互换的…；赠与的…  / 因继承、受遗赠取得的
    ConditionExpectation(
        "BS-BDC-003", "", "4.1", line: 5768,
        needed: ["bdcTransferCause": "赠与"], notNeeded: ["bdcTransferCause": "继承受遗赠"]),
    ConditionExpectation(
        "BS-BDC-003", "", "4.2", line: 5769,
        needed: ["bdcTransferCause": "继承受遗赠"], notNeeded: ["bdcTransferCause": "买卖"]),
    // 不动产 事项3 5）共有人增加或者减少导致共有份额变化的 (line 5759); ④5）…共有份额变化的，提交份额转移协议 (line 5772)
    ConditionExpectation(
        "BS-BDC-003", "", "4.5", line: 5772,
        needed: ["bdcTransferCause": "共有份额变化"], notNeeded: ["bdcTransferCause": "买卖"]),
    // 不动产 事项4 ④ 权利人放弃国有建设用地使用权的
    ConditionExpectation(
        "BS-BDC-004", "", "4.2", line: 5805,
        needed: ["bdcExtinctionCause": "放弃"], notNeeded: ["bdcExtinctionCause": "灭失"]),
    // 不动产 事项8 ④ 房屋面积、界址范围发生变化的 … 改建、扩建引起房屋面积、界址变更的
    ConditionExpectation(
        "BS-BDC-008", "", "4.2.2", line: 5917,
        needed: ["bdcChangeArea": "true", "bdcAreaChangeCause": "改建扩建"],
        notNeeded: ["bdcChangeArea": "true", "bdcAreaChangeCause": "其他"]),
    // 不动产 事项9 ⑤ 已经办理预告登记的
    ConditionExpectation(
        "BS-BDC-009", "", "5", line: 5960,
        needed: ["bdcPreRegistered": "true"], notNeeded: ["bdcPreRegistered": "false"]),
    // 不动产 事项9 5）共有人增加或者减少以及共有份额变化的 (line 5943); 4）(5)…共有份额变化的，提交份额转移协议 (line 5957);
    // 8）法律、行政法规规定的其他情形 (line 5946) names no such agreement
    ConditionExpectation(
        "BS-BDC-009", "", "4.5", line: 5957,
        needed: ["bdcTransferCause": "共有份额变化"], notNeeded: ["bdcTransferCause": "其他"]),
    // 不动产 事项11 5）抵押合同。主债权合同中包含抵押条款的，可以不提交单独的抵押合同书 (line 6019)
    ConditionExpectation(
        "BS-BDC-011", "", "5", line: 6019,
        needed: ["bdcMortgageClauseInMainContract": "false"],
        notNeeded: ["bdcMortgageClauseInMainContract": "true", "bdcMortgageType": "一般抵押权"]),
    // 不动产 事项12 ⑤抵押合同。主债权合同中包含抵押条款的，可以不提交单独的抵押合同书 (line 6045)
    ConditionExpectation(
        "BS-BDC-012", "", "5", line: 6045,
        needed: ["bdcMortgageClauseInMainContract": "false"],
        notNeeded: ["bdcMortgageClauseInMainContract": "true", "bdcMortgageType": "一般抵押权"]),
    // 不动产 事项15 ④ 申请最高额抵押权转移登记的
    ConditionExpectation(
        "BS-BDC-015", "", "4.2", line: 6133,
        needed: ["bdcMortgageType": "最高额抵押权"], notNeeded: ["bdcMortgageType": "一般抵押权"]),
    // 不动产 事项17 (3) 证实…错误的材料，但不动产登记机构书面通知相关权利人申请更正登记的除外
    ConditionExpectation(
        "BS-BDC-017", "", "3", line: 6182,
        needed: ["bdcRegistryNotified": "false"], notNeeded: ["bdcRegistryNotified": "true"]),
    // 不动产 事项22 人民检察院查封的，提交查封函 (unnumbered in the guide: the 4th it names)
    ConditionExpectation(
        "BS-BDC-022", "", "4", line: 6296,
        needed: ["bdcSeizingAuthority": "人民检察院"], notNeeded: ["bdcSeizingAuthority": "人民法院"]),
    // 不动产 事项24 公安机关等人民政府有权机关解除查封的 (unnumbered: the 4th document it names)
    ConditionExpectation(
        "BS-BDC-024", "", "4", line: 6332,
        needed: ["bdcReleasingAuthority": "公安机关等有权机关"], notNeeded: ["bdcReleasingAuthority": "人民法院"]),
    // 殡葬 事项1 (1) 在医院死亡的（包括120急救中心接诊的）…
    ConditionExpectation(
        "BS-BZ-001", "", "1", line: 11582,
        needed: ["bzDeathPlace": "医院"], notNeeded: ["bzDeathPlace": "家中正常死亡"]),
    // 殡葬 事项2 《终止基本养老保险关系待遇领取承诺书》（以灵活就业人员身份参保时提供…）
    ConditionExpectation(
        "BS-BZ-002", "", "6", line: 11599,
        needed: ["insuredCategory": "灵活就业人员"], notNeeded: ["insuredCategory": "企业职工"]),
    // 殡葬 事项2 待遇领取人银行卡或存折（采取银企互联方式个人结算时提供）
    ConditionExpectation(
        "BS-BZ-002", "", "9", line: 11602,
        needed: ["bzSettlement": "个人结算"], notNeeded: ["bzSettlement": "单位结算"]),
    // 车管 事项1 属于进口机动车的，提交机动车进口凭证原件、《车辆一致性证书》
    ConditionExpectation(
        "BS-CG-001", "", "8", line: 7349,
        needed: ["cgVehicleOrigin": "进口"], notNeeded: ["cgVehicleOrigin": "国产"]),
    // 车管 事项4 (一) 属于校车的，还应当提交校车标牌
    ConditionExpectation(
        "BS-CG-004", "case-1", "8", line: 7521,
        needed: ["cgSchoolBus": "true"], notNeeded: ["cgSchoolBus": "false"]),
    // 出入境 事项1 4. 未满十六周岁的申请人如未办理居民身份证，需提交本人户口簿
    ConditionExpectation(
        "BS-CRJ-001", "", "4.1", line: 8507,
        needed: ["residentId": "210202201201010015", "idCardIssued": "false"],
        notNeeded: ["residentId": "210202201201010015", "idCardIssued": "true"]),
    // 出入境 事项2 4. 未满十六周岁的申请人…由监护人陪同…
    ConditionExpectation(
        "BS-CRJ-002", "", "4", line: 8597,
        needed: ["residentId": "210202201201010015"], notNeeded: ["residentId": "210202200501010012"]),
    // 出入境 事项2 (三) 探亲 4、亲属在香港或者澳门定居的…亲属在香港长期居住的…亲属在香港就业、就学的…亲属在澳门长期居住的… (lines
    // 8610-8615): the relative's documents, whatever his status there (not only 定居)
    ConditionExpectation(
        "BS-CRJ-002", "", "6.3.4", line: 8610,
        needed: ["crjHkMoEndorsement": "探亲", "crjHkMoPermitApplied": "false"],
        notNeeded: ["crjHkMoEndorsement": "团队旅游", "crjHkMoPermitApplied": "false"]),
    // 出入境 事项3 (四) 赴台湾定居的，申请“定居”签注
    ConditionExpectation(
        "BS-CRJ-003", "", "6.4", line: 8736,
        needed: ["crjTwEndorsement": "定居", "crjTwSettleSituation": "一般情形"], notNeeded: ["crjTwEndorsement": "学习"]),
    // 公积金 事项5 ⑤ 租住商品住房的…（缴存地在市内（含高新园区）、金州新区（保税区）办事处的，无需提供…）
    ConditionExpectation(
        "BS-GJJ-005", "", "5.1", line: 6574,
        needed: ["gjjRentalHousing": "商品住房", "gjjCentralDeposit": "false"],
        notNeeded: ["gjjRentalHousing": "商品住房", "gjjCentralDeposit": "true"]),
    // 公积金 事项6 ⑥ 征信系统的查询结果（个人住房公积金贷款和组合贷款的首次提取除外）: a commercial loan's first extraction is no
    // exception (round 29)
    ConditionExpectation(
        "BS-GJJ-006", "", "6", line: 6601,
        needed: ["gjjFirstFundLoanExtraction": "false"],
        notNeeded: ["gjjFirstFundLoanExtraction": "true", "gjjRepaysFundLoan": "true"]),
    ConditionExpectation(
        "BS-GJJ-006", "", "6", line: 6601,
        needed: ["gjjFirstFundLoanExtraction": "true", "gjjRepaysFundLoan": "false"],
        notNeeded: ["gjjFirstFundLoanExtraction": "true", "gjjRepaysFundLoan": "true"]),
    // 公积金 事项15 ③ 退休证或《退休审批表》（年满60周岁男职工和年满55周岁女职工可不提供）
    ConditionExpectation(
        "BS-GJJ-015", "", "3", line: 6811,
        needed: ["residentId": "210202197001010011"], notNeeded: ["residentId": "210202196001010017"]),
    // ④ 养老金发放证明（同上）
    ConditionExpectation(
        "BS-GJJ-015", "", "4", line: 6811,
        needed: ["residentId": "210202197501010026"], notNeeded: ["residentId": "210202196501010021"]),
    // 公积金 事项16 ③ 继承人为第一顺序继承人以外的或者遗嘱继承人、受遗赠人的
    ConditionExpectation(
        "BS-GJJ-016", "", "3", line: 6832,
        needed: ["gjjHeirType": "其他继承人或受遗赠人"], notNeeded: ["gjjHeirType": "第一顺序继承人"]),
    // 公积金 事项17 ② 赴港、澳、台地区定居的需提供…
    ConditionExpectation(
        "BS-GJJ-017", "", "2", line: 6851,
        needed: ["gjjSettlement": "赴港澳台定居"], notNeeded: ["gjjSettlement": "出境定居"]),
    // 户籍 事项1 16周岁以上人员的《居民身份证》
    ConditionExpectation(
        "BS-HJ-001", "", "1.1.2", line: 1852,
        needed: ["residentId": "210202200501010012"], notNeeded: ["residentId": "210202201201010015"]),
    // 户籍 事项2 落户市政府行政服务中心人才集体户，本人的承诺书
    ConditionExpectation(
        "BS-HJ-002", "", "3.4", line: 1897,
        needed: ["hjTalentCollective": "true"], notNeeded: ["hjTalentCollective": "false"]),
    // 户籍 事项4 合法稳定住所证明（符合“连续参加社会保险年限”条件的,无需提供本条手续）
    ConditionExpectation(
        "BS-HJ-004", "", "5", line: 1941,
        needed: ["hjInsuranceYears": "false", "hjNewDistrictRoute": "false"],
        notNeeded: ["hjInsuranceYears": "true", "hjNewDistrictRoute": "false"]),
    // … 备注（4）被投靠人符合“在新区落户一年以上并合法稳定居住”条件的，需提供无合法稳定住所证明 (line 1967): on that route the
    // 被投靠人 has no 合法稳定住所 to prove (round 9)
    ConditionExpectation(
        "BS-HJ-004", "", "5", line: 1967,
        needed: ["hjInsuranceYears": "false", "hjNewDistrictRoute": "false"],
        notNeeded: ["hjInsuranceYears": "false", "hjNewDistrictRoute": "true", "hjNewDistrictLodging": "其他"]),
    // 户籍 事项1 (五)随迁配偶无职业的，须提交就业失业登记证或其他合法合规的未就业证明；有职业的须提交在我市主城区、新市区的合法
    // 稳定职业证明 (line 1855): only with a spouse who moves along, each case its own proof (round 9)
    ConditionExpectation(
        "BS-HJ-001", "", "1.1.5", line: 1855,
        needed: ["accompanyingSpouse": "true", "spouseEmployed": "false"], notNeeded: ["accompanyingSpouse": "false"]),
    // (1.1.5.1, the 未就业证明, is the group's first alternative: the test factory files it whatever the case, so the
    // employed spouse's case is checked through 1.1.5.2: the 未就业证明 does not serve for it.)
    ConditionExpectation(
        "BS-HJ-001", "", "1.1.5.2", line: 1855,
        needed: ["accompanyingSpouse": "true", "spouseEmployed": "true"],
        notNeeded: ["accompanyingSpouse": "true", "spouseEmployed": "false"]),
    // 户籍 事项9 投靠人《大连市居住证》（80周岁以上老人无需提供本条手续）
    ConditionExpectation(
        "BS-HJ-009", "", "5", line: 2095,
        needed: ["residentId": "210202196001010017"], notNeeded: ["residentId": "210202194001010026"]),
    // 户籍 事项10 《居民身份证》（16周岁以上）
    ConditionExpectation(
        "BS-HJ-010", "", "5", line: 2123,
        needed: ["residentId": "210202200707020013"], notNeeded: ["residentId": "210202201201010015"]),
    // 户籍 事项12 公民个人收养 … 养父母民族不同的
    ConditionExpectation(
        "BS-HJ-012", "", "2.6", line: 2199,
        needed: ["hjAdoptionRoute": "公民个人收养", "hjEthnicityDiffers": "true"],
        notNeeded: ["hjAdoptionRoute": "公民个人收养", "hjEthnicityDiffers": "false"]),
    // 婚姻 事项4 补领离婚证需提交2张2寸单人近期半身免冠照片
    ConditionExpectation(
        "BS-HY-004", "", "3.2", line: 8868,
        needed: ["hyReissue": "离婚证"], notNeeded: ["hyReissue": "结婚证"]),
    // 婚姻 事项8 其他居民 (1) 香港居民
    ConditionExpectation(
        "BS-HY-008", "", "2.1", line: 8920,
        needed: ["hyOtherParty": "香港居民"], notNeeded: ["hyOtherParty": "外国人"]),
    // 其他 事项16 法定监护人的证明材料（申请智力、精神类残疾人证和未成年人申请残疾人证）
    ConditionExpectation(
        "BS-QT-016", "", "6", line: 12319,
        needed: ["disabilityType": "智力", "residentId": "210202199001010029"],
        notNeeded: ["disabilityType": "肢体", "residentId": "210202199001010029"]),
    // 人力社保 事项28 城乡居民
    ConditionExpectation(
        "BS-RS-028", "", "4", line: 3743,
        needed: ["insuredCategory": "城乡居民"], notNeeded: ["insuredCategory": "灵活就业人员"]),
    // 人力社保 事项31 外地事业单位转入
    ConditionExpectation(
        "BS-RS-031", "", "2", line: 3912,
        needed: ["rsTransferIn": "外地事业单位转入"], notNeeded: ["rsTransferIn": "本地事业单位转入"]),
    // 人力社保 事项41 ③ 随军配偶或子女是异地现役军人的: one of the list "下列材料之一" with ① (round 50), which a complete
    // application files too: Round49Tests.anyOneOfTheListServes files each alone.
    // 入学 事项2 因贷款购买住房而暂无房屋产权证者
    ConditionExpectation(
        "BS-RX-002", "", "3", line: 1329,
        needed: ["rxHousing": "贷款购房暂无产权证"], notNeeded: ["rxHousing": "有房屋产权证"]),
    // 入学 事项15 ⑦ …学业水平考试成绩证明（学生在…报名前转入不提供，转入学生的…成绩证明…）: a pupil coming in after the exam's
    // registration; one coming in before it, and one leaving (我市普通高中学生…办理转出, line 1506), whom ③⑤⑦ do not concern (round 21)
    ConditionExpectation(
        "BS-RX-015", "", "7", line: 1507,
        needed: ["rxTransferDirection": "转入", "rxBeforeProficiencyExam": "false"],
        notNeeded: ["rxTransferDirection": "转入", "rxBeforeProficiencyExam": "true"]),
    ConditionExpectation(
        "BS-RX-015", "", "7", line: 1507,
        needed: ["rxTransferDirection": "转入", "rxBeforeProficiencyExam": "false"],
        notNeeded: ["rxTransferDirection": "转出", "rxBeforeProficiencyExam": "false"]),
    // ③外省转入学生提供全国学籍信息系统打印的学生基本信息表; ⑤申请转入省级示范性高中的学生提供…该校类别证明: not of a pupil leaving
    ConditionExpectation(
        "BS-RX-015", "", "3", line: 1507,
        needed: ["rxTransferDirection": "转入", "rxFromOtherProvince": "true"],
        notNeeded: ["rxTransferDirection": "转出", "rxFromOtherProvince": "true"]),
    ConditionExpectation(
        "BS-RX-015", "", "5", line: 1507,
        needed: ["rxTransferDirection": "转入", "rxToProvincialModel": "true"],
        notNeeded: ["rxTransferDirection": "转出", "rxToProvincialModel": "true"]),
    // ⑥ 高中学生档案（高一新生在开学初时，原学校学籍档案若未建立可不提供）
    ConditionExpectation(
        "BS-RX-015", "", "6", line: 1507,
        needed: ["rxFreshmanNoArchive": "false"], notNeeded: ["rxFreshmanNoArchive": "true"]),
    // 生育 事项1 个人婚育情况承诺书: always
    ConditionExpectation("BS-SY-001", "", "3", line: 7, needed: [:], notNeeded: [:]),
    // 生育 事项3 情形（一） 新生儿父亲有效身份证件缺失的，新生儿母亲应当提供…书面声明
    ConditionExpectation(
        "BS-SY-003", "first-1", "2.2", line: 148,
        needed: ["syParentIdMissing": "父亲证件缺失"], notNeeded: ["syParentIdMissing": "均不缺失"]),
    // 生育 事项12 女职工生育待遇：须提供居民身份证…
    ConditionExpectation(
        "BS-SY-012", "", "1", line: 1286,
        needed: ["residentId": "210202199001010029"], notNeeded: ["residentId": "210202197001010011"]),
    // 退休 事项3 企业职工 《异地参加养老保险及领取待遇情况承诺书》（此项仅适用于外地户籍人员…）
    ConditionExpectation(
        "BS-TX-003", "", "1.7", line: 9047,
        needed: ["insuredCategory": "企业职工", "txNonLocalHukou": "true"],
        notNeeded: ["insuredCategory": "企业职工", "txNonLocalHukou": "false"]),
    // 退休 事项5 灵活就业人员 同上
    ConditionExpectation(
        "BS-TX-005", "", "2.6", line: 9111,
        needed: ["insuredCategory": "灵活就业人员", "txNonLocalHukou": "true"],
        notNeeded: ["insuredCategory": "灵活就业人员", "txNonLocalHukou": "false"]),
    // 退休 事项5 （3）机关事业单位职工 6. (line 9112) "如有独生子女费需提供《独生子女光荣证》或《自愿生育一个孩子申请审批表》" (round 19)
    ConditionExpectation(
        "BS-TX-005", "", "3.6", line: 9112,
        needed: ["insuredCategory": "机关事业单位职工", "txOneChildFee": "true"],
        notNeeded: ["insuredCategory": "机关事业单位职工", "txOneChildFee": "false"]),
    // 退休 事项3, 5 （1）企业职工 2）/2. and （2）灵活就业人员 2. (lines 9047, 9048, 9110, 9111) "身份证、户口簿原件及复印件（持中国护照人员如
    // 不能提供户口注销证明时需另行提供户籍证明）": the 户籍证明 of a passport holder without the deregistration (round 19)
    ConditionExpectation(
        "BS-TX-003", "", "1.14", line: 9047,
        needed: ["insuredCategory": "企业职工", "txPassportNoDeregistration": "true"],
        notNeeded: ["insuredCategory": "企业职工", "txPassportNoDeregistration": "false"]),
    ConditionExpectation(
        "BS-TX-003", "", "2.13", line: 9048,
        needed: ["insuredCategory": "灵活就业人员", "txPassportNoDeregistration": "true"],
        notNeeded: ["insuredCategory": "灵活就业人员", "txPassportNoDeregistration": "false"]),
    ConditionExpectation(
        "BS-TX-005", "", "1.14", line: 9110,
        needed: ["insuredCategory": "企业职工", "txPassportNoDeregistration": "true"],
        notNeeded: ["insuredCategory": "企业职工", "txPassportNoDeregistration": "false"]),
    ConditionExpectation(
        "BS-TX-005", "", "2.13", line: 9111,
        needed: ["insuredCategory": "灵活就业人员", "txPassportNoDeregistration": "true"],
        notNeeded: ["insuredCategory": "灵活就业人员", "txPassportNoDeregistration": "false"]),
    // 退休 事项6 （2）退休审批材料：同“新增退休人员养老保险待遇核准支付” (line 9150), whose list (line 9047) has "6）延迟办理退休的，单位提供
    // 情况说明并加盖公章" and the 户籍证明 of 2) (round 19)
    ConditionExpectation(
        "BS-TX-006", "", "2.9", line: 9150,
        needed: ["txDelayedRetirement": "true"], notNeeded: ["txDelayedRetirement": "false"]),
    ConditionExpectation(
        "BS-TX-006", "", "2.10", line: 9150,
        needed: ["txPassportNoDeregistration": "true"], notNeeded: ["txPassportNoDeregistration": "false"]),
    // 其他 事项27 完整的承诺书: always (the guide gives no numbers: the third material it names is 3)
    ConditionExpectation("BS-QT-027", "", "3", line: 12572, needed: [:], notNeeded: [:]),
]
