// Seed 003 (003_ac3441e5f5207cf8.txt), 车管 and 出入境 (BS-CG, BS-CRJ): conditions and what the guide does not ask
// every applicant for, written from the guide's text (see Conditions003.swift for the
// resident ids). Added when the importer's always-required materials were checked
// against the guide (materials it had required in every case).

public let conditions003CG: [ConditionExpectation] = [
    // 车管 事项2 （一）⑥属于机动车在被盗抢期间车身颜色改变的出具技术鉴定证明或公安机关发还证明原件
    ConditionExpectation(
        "BS-CG-002", "case-1", "6", line: 7368,
        needed: ["cgColourChangedWhileStolen": "true"], notNeeded: ["cgColourChangedWhileStolen": "false"]),
    // 车管 事项2 （五）⑥《机动车安全技术检验合格证明》原件（非免检机动车出具）
    ConditionExpectation(
        "BS-CG-002", "case-5", "6", line: 7422,
        needed: ["cgInspectionExempt": "false"], notNeeded: ["cgInspectionExempt": "true"]),
    // 车管 事项3 ④属于海关监管的机动车，提交《…解除监管证明书》或者海关批准的转让证明原件
    ConditionExpectation(
        "BS-CG-003", "case-1", "4", line: 7490,
        needed: ["cgCustomsSupervised": "true"], notNeeded: ["cgCustomsSupervised": "false"]),
    ConditionExpectation(
        "BS-CG-003", "case-2", "4", line: 7502,
        needed: ["cgCustomsSupervised": "true"], notNeeded: ["cgCustomsSupervised": "false"]),
    // 车管 事项3 （二）⑩转入地为限购城市的需出具机动车登记指标
    ConditionExpectation(
        "BS-CG-003", "case-2", "10", line: 7502,
        needed: ["cgQuotaCity": "true"], notNeeded: ["cgQuotaCity": "false"]),
    // 车管 事项5 ⑦抵押权单位贷办员身份证明、贷办员证明
    ConditionExpectation(
        "BS-CG-005", "case-1", "7", line: 7596,
        needed: ["cgMortgageeIsOrganization": "true"], notNeeded: ["cgMortgageeIsOrganization": "false"]),
    ConditionExpectation(
        "BS-CG-005", "case-2", "7", line: 7608,
        needed: ["cgMortgageeIsOrganization": "true"], notNeeded: ["cgMortgageeIsOrganization": "false"]),
    // 车管 事项15 （一）（五）⑧限购城市需出具机动车登记指标
    ConditionExpectation(
        "BS-CG-015", "case-1", "8", line: 8049,
        needed: ["cgQuotaCity": "true"], notNeeded: ["cgQuotaCity": "false"]),
    ConditionExpectation(
        "BS-CG-015", "case-5", "8", line: 8101,
        needed: ["cgQuotaCity": "true"], notNeeded: ["cgQuotaCity": "false"]),
    // 车管 事项21 ⑦救护车、消防车、工程救险车登记，需提交相关主管部门出具车辆使用性质证明
    ConditionExpectation(
        "BS-CG-021", "", "7", line: 8313,
        needed: ["cgEmergencyVehicle": "true"], notNeeded: ["cgEmergencyVehicle": "false"]),
    // 出入境 事项2/3 5、国家工作人员和现役的人民解放军军人、人民武装警察申请…，还应当提交本人所属工作单位或者上级主管单位
    // 出具的同意办理出入境证件的证明。现役的人民解放军军人、人民武装警察，应当提交军官证、士兵证或者警官证…
    ConditionExpectation(
        "BS-CRJ-002", "", "5", line: 8598,
        needed: ["crjOccupation": "国家工作人员"], notNeeded: ["crjOccupation": "其他"]),
    ConditionExpectation(
        "BS-CRJ-002", "", "5.2", line: 8598,
        needed: ["crjOccupation": "现役军人武警"], notNeeded: ["crjOccupation": "国家工作人员"]),
    ConditionExpectation(
        "BS-CRJ-003", "", "5", line: 8724,
        needed: ["crjOccupation": "现役军人武警"], notNeeded: ["crjOccupation": "其他"]),
    // 车管 事项3 ②现机动车所有人身份证明原件 (every application)，属于暂住人口的，还需提交（转入地）居住暂住证明原件
    ConditionExpectation("BS-CG-003", "case-1", "2.1", line: 7490, needed: [:], notNeeded: [:]),
    ConditionExpectation("BS-CG-003", "case-2", "2.1", line: 7502, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-CG-003", "case-1", "2.2", line: 7490,
        needed: ["temporaryResident": "true"], notNeeded: ["temporaryResident": "false"]),
    ConditionExpectation(
        "BS-CG-003", "case-2", "2.2", line: 7502,
        needed: ["temporaryResident": "true"], notNeeded: ["temporaryResident": "false"]),
    // Fourth round: 车管 事项1 ②机动车所有人的身份证明原件，属于暂住人口的，还应该提交居住暂住证明原件 (line 7349); 事项2 （九）②
    // and 事项15 （二）（三）②机动车所有人身份证明原件，属于暂住人口的，还应该提交居住暂住证明原件 (lines 7472, 8062, 8075): the
    // owner's identity proof of every applicant, the 居住暂住证明 only of a 暂住人口
    ConditionExpectation("BS-CG-001", "", "2.1", line: 7349, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-CG-001", "", "2.2", line: 7349,
        needed: ["temporaryResident": "true"], notNeeded: ["temporaryResident": "false"]),
    ConditionExpectation("BS-CG-002", "case-9", "2.1", line: 7472, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-CG-002", "case-9", "2.2", line: 7472,
        needed: ["temporaryResident": "true"], notNeeded: ["temporaryResident": "false"]),
    ConditionExpectation("BS-CG-015", "case-2", "2.1", line: 8062, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-CG-015", "case-2", "2.2", line: 8062,
        needed: ["temporaryResident": "true"], notNeeded: ["temporaryResident": "false"]),
    ConditionExpectation("BS-CG-015", "case-3", "2.1", line: 8075, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-CG-015", "case-3", "2.2", line: 8075,
        needed: ["temporaryResident": "true"], notNeeded: ["temporaryResident": "false"]),
    // 车管 事项15 （四）④变更前和变更后机动车所有人身份证明原件，属于暂住人口的，还应该提交居住暂住证明原件 (line 8088);
    // （五）②变更前和变更后机动车所有人身份证明原件，变更后为暂住人口的，应提交居住暂住证明原件 (line 8101)
    ConditionExpectation("BS-CG-015", "case-4", "4.1", line: 8088, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-CG-015", "case-4", "4.2", line: 8088,
        needed: ["temporaryResident": "true"], notNeeded: ["temporaryResident": "false"]),
    ConditionExpectation("BS-CG-015", "case-5", "2.1", line: 8101, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-CG-015", "case-5", "2.2", line: 8101,
        needed: ["temporaryResident": "true"], notNeeded: ["temporaryResident": "false"]),
    // 出入境 事项1 2、居民身份证; 4、未满十六周岁的申请人如未办理居民身份证，需提交本人户口簿; 5、…现役的人民解放军军人、
    // 人民武装警察，应当提交军官证、士兵证或者警官证作为本人的身份证明
    ConditionExpectation(
        "BS-CRJ-001", "", "2", line: 8507,
        needed: ["residentId": "210202201201010015", "idCardIssued": "true", "crjOccupation": "其他"],
        notNeeded: ["residentId": "210202201201010015", "idCardIssued": "false", "crjOccupation": "其他"]),
    ConditionExpectation(
        "BS-CRJ-001", "", "2", line: 8508,
        needed: ["residentId": "210202200501010012", "crjOccupation": "国家工作人员"],
        notNeeded: ["residentId": "210202200501010012", "crjOccupation": "现役军人武警"]),
    // 出入境 事项2 1-5 are the permit's documents; each endorsement (lines 8600-8633) lists "1、中国公民出入境证件申请表
    // 2、往来港澳通行证": the permit only of who holds one and applies for an endorsement alone
    ConditionExpectation(
        "BS-CRJ-002", "", "2", line: 8595,
        needed: ["crjHkMoPermitApplied": "true", "residentId": "210202200501010012", "crjOccupation": "其他"],
        notNeeded: ["crjHkMoPermitApplied": "false", "residentId": "210202200501010012", "crjOccupation": "其他"]),
    ConditionExpectation(
        "BS-CRJ-002", "", "2", line: 8597,
        needed: [
            "crjHkMoPermitApplied": "true", "residentId": "210202201201010015", "idCardIssued": "true", "crjOccupation": "其他",
        ],
        notNeeded: [
            "crjHkMoPermitApplied": "true", "residentId": "210202201201010015", "idCardIssued": "false", "crjOccupation": "其他",
        ]),
    ConditionExpectation(
        "BS-CRJ-002", "", "3", line: 8596,
        needed: ["crjHkMoPermitApplied": "true"], notNeeded: ["crjHkMoPermitApplied": "false"]),
    ConditionExpectation(
        "BS-CRJ-002", "", "4.1", line: 8597,
        needed: ["residentId": "210202201201010015", "idCardIssued": "false"],
        notNeeded: ["residentId": "210202201201010015", "idCardIssued": "true"]),
    ConditionExpectation(
        "BS-CRJ-002", "", "6.1", line: 8600,
        needed: ["crjHkMoEndorsement": "团队旅游", "crjHkMoPermitApplied": "false"],
        notNeeded: ["crjHkMoEndorsement": "团队旅游", "crjHkMoPermitApplied": "true"]),
    ConditionExpectation(
        "BS-CRJ-002", "", "6.2", line: 8603,
        needed: ["crjHkMoEndorsement": "个人旅游", "crjHkMoPermitApplied": "false"],
        notNeeded: ["crjHkMoEndorsement": "个人旅游", "crjHkMoPermitApplied": "true"]),
    // 出入境 事项2 （五）3、赴香港…提交香港入境事务处出具的进入许可 / 赴澳门就学的…就业的…居留的…随任的…
    ConditionExpectation(
        "BS-CRJ-002", "", "6.5.3", line: 8625,
        // A renewal brings the 延期许可 instead (the same line: "逗留签注有效期届满需继续申请逗留签注的，提交…延期许可").
        needed: ["crjHkMoEndorsement": "逗留", "crjHkMoDestination": "香港", "crjHkMoStayRenewal": "false"],
        notNeeded: ["crjHkMoEndorsement": "逗留", "crjHkMoDestination": "澳门"]),
    ConditionExpectation(
        "BS-CRJ-002", "", "6.5.3", line: 8625,
        needed: ["crjHkMoEndorsement": "逗留", "crjHkMoDestination": "香港", "crjHkMoStayRenewal": "false"],
        notNeeded: ["crjHkMoEndorsement": "逗留", "crjHkMoDestination": "香港", "crjHkMoStayRenewal": "true"]),
    ConditionExpectation(
        "BS-CRJ-002", "", "6.5.4", line: 8626,
        needed: ["crjHkMoEndorsement": "逗留", "crjHkMoDestination": "澳门"],
        notNeeded: ["crjHkMoEndorsement": "逗留", "crjHkMoDestination": "香港"]),
    // Third round: 出入境 事项3 1-5 as 事项2: the 居民身份证 and 相片 only of who applies for the permit (the 居民身份证 not of
    // a child under 16 without one); the endorsement's 往来台湾通行证 only of who holds one and applies for an endorsement alone.
    // (The endorsement is named: for 定居, lines 8740-8742 give their own list in two situations — round 19, tester 6.)
    ConditionExpectation(
        "BS-CRJ-003", "", "2", line: 8721,
        needed: [
            "crjTwPermitApplied": "true", "residentId": "210202200501010012", "crjOccupation": "其他",
            "crjTwEndorsement": "团队旅游",
        ],
        notNeeded: ["crjTwPermitApplied": "false", "residentId": "210202200501010012", "crjOccupation": "其他"]),
    ConditionExpectation(
        "BS-CRJ-003", "", "2", line: 8723,
        needed: [
            "crjTwPermitApplied": "true", "residentId": "210202201201010015", "idCardIssued": "true", "crjOccupation": "其他",
            "crjTwEndorsement": "团队旅游",
        ],
        notNeeded: [
            "crjTwPermitApplied": "true", "residentId": "210202201201010015", "idCardIssued": "false", "crjOccupation": "其他",
        ]),
    ConditionExpectation(
        "BS-CRJ-003", "", "3", line: 8722,
        needed: ["crjTwPermitApplied": "true"], notNeeded: ["crjTwPermitApplied": "false"]),
    ConditionExpectation(
        "BS-CRJ-003", "", "4.1", line: 8723,
        needed: ["residentId": "210202201201010015", "idCardIssued": "false", "crjTwEndorsement": "团队旅游"],
        notNeeded: ["residentId": "210202201201010015", "idCardIssued": "true"]),
    ConditionExpectation(
        "BS-CRJ-003", "", "6.1", line: 8726,
        needed: ["crjTwEndorsement": "团队旅游", "crjTwPermitApplied": "false"],
        notNeeded: ["crjTwEndorsement": "团队旅游", "crjTwPermitApplied": "true"]),
    ConditionExpectation(
        "BS-CRJ-003", "", "6.3.2", line: 8734,
        needed: ["crjTwEndorsement": "探亲", "crjTwPermitApplied": "false"],
        notNeeded: ["crjTwEndorsement": "探亲", "crjTwPermitApplied": "true"]),
    // 出入境 事项2 (四)4 企业机构人员还需提交企业机构为本人交纳社会保险的凭证、企业机构出具的赴港澳商务活动的说明
    ConditionExpectation(
        "BS-CRJ-002", "", "6.4.4", line: 8620,
        needed: ["crjHkMoEndorsement": "商务", "crjHkMoBusinessRole": "企业机构人员"],
        notNeeded: ["crjHkMoEndorsement": "商务", "crjHkMoBusinessRole": "个体工商户经营者"]),
    // 车管 事项19 （三）③未灭失、丢失或损坏的机动车号牌: none to hand in when every plate is lost
    ConditionExpectation(
        "BS-CG-019", "case-3", "3", line: 8232,
        needed: ["cgPlateHeld": "true"], notNeeded: ["cgPlateHeld": "false"]),
    // 车管 事项19 （四）③未灭失、丢失或损坏的机动车行驶证: a lost 行驶证 (补领) cannot be handed in
    ConditionExpectation(
        "BS-CG-019", "case-4", "3", line: 8245,
        needed: ["cgVehicleLicenceHeld": "true"], notNeeded: ["cgVehicleLicenceHeld": "false"]),
    // 车管 事项22 2、所需材料 (line 8400) "③机动车驾驶证；④机动车驾驶证遗失的，需提供身份证明。" (3、办理流程 line 8404: "…和机动车驾驶证；
    // 机动车驾驶证遗失的，需审核身份证明"): a lost licence cannot be brought, the 身份证明 stands for it
    ConditionExpectation(
        "BS-CG-022", "", "3", line: 8400,
        needed: ["cgLicenceLost": "false"], notNeeded: ["cgLicenceLost": "true"]),
    ConditionExpectation(
        "BS-CG-022", "", "4", line: 8400,
        needed: ["cgLicenceLost": "true"], notNeeded: ["cgLicenceLost": "false"]),
]

public let notRequired003CG: [NotRequiredExpectation] = [
    // 车管 事项5 ⑥, 事项18 ⑤, 事项20 ④/⑤《委托书》及代理人身份证明: "有代理人的" (no agent here)
    NotRequiredExpectation("BS-CG-005", "case-1", name: "《委托书》", line: 7596),
    NotRequiredExpectation("BS-CG-005", "case-2", name: "《委托书》", line: 7608),
    NotRequiredExpectation("BS-CG-018", "case-1", name: "代理人身份证明", line: 8176),
    NotRequiredExpectation("BS-CG-018", "case-2", name: "代理人身份证明", line: 8188),
    NotRequiredExpectation("BS-CG-020", "case-1", name: "《委托书》", line: 8262),
    NotRequiredExpectation("BS-CG-020", "case-2", name: "《委托书》", line: 8274),
    NotRequiredExpectation("BS-CG-020", "case-3", name: "《委托书》", line: 8286),
    NotRequiredExpectation("BS-CG-020", "case-4", name: "《委托书》", line: 8298),
    // 车管 事项7 ③车船税纳税或免税证明: the form's 填表说明 is no document
    NotRequiredExpectation("BS-CG-007", "", name: "墨水笔", line: 7794),
    NotRequiredExpectation("BS-CG-007", "", name: "办理流程", line: 7640),
    // 车管 事项8/9/13 ②有关身体条件的证明（信息联网核查，无需提交纸质证明凭证）
    NotRequiredExpectation("BS-CG-008", "", name: "身体条件的证明", line: 7831),
    NotRequiredExpectation("BS-CG-009", "", name: "身体条件的证明", line: 7851),
    NotRequiredExpectation("BS-CG-013", "", name: "身体条件的证明", line: 8012),
    // 车管 事项21 ①…所有人为单位的提交《组织机构代码证书》…；代理人需提交机动车所有人的书面委托书 (an owner in person)
    NotRequiredExpectation("BS-CG-021", "", name: "组织机构代码证书", line: 8313),
    NotRequiredExpectation("BS-CG-021", "", name: "书面委托书", line: 8313),
    // 出入境 事项1/2 5、现役的人民解放军军人、人民武装警察，应当提交军官证、士兵证或者警官证作为本人的身份证明
    NotRequiredExpectation(
        "BS-CRJ-001", "", name: "居民身份证", line: 8508, facts: ["residentId": "210202200501010012", "crjOccupation": "现役军人武警"]),
    NotRequiredExpectation(
        "BS-CRJ-002", "", name: "居民身份证", line: 8598,
        facts: ["residentId": "210202200501010012", "crjOccupation": "现役军人武警", "crjHkMoPermitApplied": "true"]),
    // 出入境 事项2: who applies for the permit has none to bring; the form is asked once (1)
    NotRequiredExpectation(
        "BS-CRJ-002", "", name: "往来港澳通行证", line: 8602,
        facts: ["crjHkMoPermitApplied": "true", "crjHkMoEndorsement": "团队旅游", "crjOccupation": "其他"]),
    // 出入境 事项2 （一）参加旅游团…申请“团队旅游”签注…1、中国公民出入境证件申请表 2、往来港澳通行证: nothing else
    NotRequiredExpectation(
        "BS-CRJ-002", "", name: "居民身份证", line: 8601,
        facts: [
            "residentId": "210202200501010012", "crjHkMoPermitApplied": "false", "crjHkMoEndorsement": "团队旅游",
            "crjOccupation": "其他",
        ]),
    NotRequiredExpectation(
        "BS-CRJ-002", "", name: "相片", line: 8601,
        facts: ["crjHkMoPermitApplied": "false", "crjHkMoEndorsement": "团队旅游", "crjOccupation": "其他"]),
    // Third round: 出入境 事项2/3 a first applicant for a 旅游 endorsement brings 1-3 only (the endorsement's form is 1)
    NotRequiredExpectation(
        "BS-CRJ-002", "", name: "申请赴港澳地区签注所需材料", line: 8598,
        facts: ["crjHkMoPermitApplied": "true", "crjHkMoEndorsement": "个人旅游", "crjOccupation": "其他"]),
    NotRequiredExpectation(
        "BS-CRJ-003", "", name: "申请赴台湾地区签注所需材料", line: 8724,
        facts: ["crjTwPermitApplied": "true", "crjTwEndorsement": "团队旅游", "crjOccupation": "其他"]),
    NotRequiredExpectation(
        "BS-CRJ-003", "", name: "往来台湾通行证", line: 8728,
        facts: ["crjTwPermitApplied": "true", "crjTwEndorsement": "团队旅游", "crjOccupation": "其他"]),
    // 车管 事项19 （四）补领机动车行驶证: the lost 行驶证 itself is not asked
    NotRequiredExpectation(
        "BS-CG-019", "case-4", name: "未灭失、丢失或损坏的机动车行驶证", line: 8245, facts: ["cgVehicleLicenceHeld": "false"]),
    // 不动产 事项6 ⑥测绘管理部门备案的成果测绘报告书（复印件内部获取）: the registry gets the copy itself (a 不动产 entry
    // here: this list is wired into GuideRulesTests)
    NotRequiredExpectation("BS-BDC-006", "", name: "成果测绘报告书", line: 5873),
    // 车管 事项22 ④机动车驾驶证遗失的，需提供身份证明 (line 8400): the lost 机动车驾驶证 itself is not asked
    NotRequiredExpectation("BS-CG-022", "", name: "机动车驾驶证", line: 8400, facts: ["cgLicenceLost": "true"]),
    // Session 41: what the office produces is not the applicant's to bring. 车管 事项1 (line 7349) "①《机动车注册、转移、注销
    // 登记/转入申请表》原件（由窗口工作人员打印）", "⑩《机动车查验记录表》原件（受理点查验车辆后出具）"
    NotRequiredExpectation("BS-CG-001", "", name: "由窗口工作人员打印", line: 7349),
    NotRequiredExpectation("BS-CG-001", "", name: "《机动车查验记录表》", line: 7349),
    // 车管 事项2 （一）-（九） "《机动车查验记录表》原件（由查验岗查验车辆后出具）"
    NotRequiredExpectation("BS-CG-002", "case-1", name: "《机动车查验记录表》", line: 7368),
    NotRequiredExpectation("BS-CG-002", "case-2", name: "《机动车查验记录表》", line: 7382),
    NotRequiredExpectation("BS-CG-002", "case-3", name: "《机动车查验记录表》", line: 7396),
    NotRequiredExpectation("BS-CG-002", "case-4", name: "《机动车查验记录表》", line: 7410),
    NotRequiredExpectation("BS-CG-002", "case-5", name: "《机动车查验记录表》", line: 7422),
    NotRequiredExpectation("BS-CG-002", "case-6", name: "《机动车查验记录表》", line: 7434),
    NotRequiredExpectation("BS-CG-002", "case-7", name: "《机动车查验记录表》", line: 7448),
    NotRequiredExpectation("BS-CG-002", "case-8", name: "《机动车查验记录表》", line: 7460),
    NotRequiredExpectation("BS-CG-002", "case-9", name: "《机动车查验记录表》", line: 7472),
    // 车管 事项3 （一）（二） "⑦《机动车查验记录表》原件（查验岗查验车辆后出具）"
    NotRequiredExpectation("BS-CG-003", "case-1", name: "《机动车查验记录表》", line: 7490),
    NotRequiredExpectation("BS-CG-003", "case-2", name: "《机动车查验记录表》", line: 7502),
    // 车管 事项4 （一） (line 7521) "⑥《报废机动车回收证明》副本原件（由回收企业提交）；⑦《机动车查验记录表》原件（由查验岗查验车辆后出具）",
    // （三） (line 7543) "⑧《机动车查验记录表》原件（由查验岗查验车辆后出具）"
    NotRequiredExpectation("BS-CG-004", "case-1", name: "由回收企业提交", line: 7521),
    NotRequiredExpectation("BS-CG-004", "case-1", name: "《机动车查验记录表》", line: 7521),
    NotRequiredExpectation("BS-CG-004", "case-3", name: "《机动车查验记录表》", line: 7543),
    // 车管 事项19 （一） (line 8206) "③《机动车查验记录表》原件（由查验岗查验车辆后出具）"
    NotRequiredExpectation("BS-CG-019", "case-1", name: "《机动车查验记录表》", line: 8206),
    // 车管 事项2, 3, 4, 7, 15, 19 "申请表原件（由窗口工作人员打印）" (lines 7368, 7640, 8206), 事项15 "《机动车查验记录表》原件（由查验岗查验车辆后出具）" (line 8049),
    // 事项21 ⑤ "经查验岗民警确认后的《校车查验记录表》" (line 8313): made by the office, not brought (round 35, seed003.office_made)
    NotRequiredExpectation("BS-CG-002", "case-1", name: "由窗口工作人员打印", line: 7368),
    NotRequiredExpectation("BS-CG-007", "", name: "由窗口工作人员打印", line: 7640),
    NotRequiredExpectation("BS-CG-015", "case-1", name: "由窗口工作人员打印", line: 8049),
    NotRequiredExpectation("BS-CG-015", "case-1", name: "《机动车查验记录表》", line: 8049),
    NotRequiredExpectation("BS-CG-019", "case-1", name: "由窗口工作人员打印", line: 8206),
    NotRequiredExpectation("BS-CG-021", "", name: "《校车查验记录表》", line: 8313),
]

public let agents003CG: [AgentExpectation] = [
    // 车管 事项10 7、可否代办：不可以
    AgentExpectation("BS-CG-010", "", material: nil, line: 7903),
    // 出入境 事项1/2/3 可否代办：不可代办
    AgentExpectation("BS-CRJ-001", "", material: nil, line: 8585),
    AgentExpectation("BS-CRJ-002", "", material: nil, line: 8712),
    AgentExpectation("BS-CRJ-003", "", material: nil, line: 8841),
    // Third round: 代办 rules (a sweep of every 可否代办 of the guide)
    // 车管 事项12 7、可否代办：不可以; 事项21/22 7、可否代办：否；(事项21: a person owner; a 单位 acts through its 代理人)
    AgentExpectation("BS-CG-012", "", material: nil, line: 8003),
    AgentExpectation("BS-CG-021", "", material: nil, line: 8387),
    AgentExpectation("BS-CG-022", "", material: nil, line: 8472),
    // 车管 事项19 (一) 6、可否代办：除机动车所有人因死亡、出境、重病、伤残等不可抗力不能到现场申请的，可以凭相关证明委托代理人代理申领外，不可代办
    AgentExpectation("BS-CG-019", "case-1", material: nil, line: 8215, facts: ["cgOwnerForceMajeure": "false"]),
    AgentExpectation("BS-CG-019", "case-1", material: "5", line: 8215, facts: ["cgOwnerForceMajeure": "true"]),
    // …可以凭相关证明委托代理人代理申领 (line 8215): an agent 委托 by the owner brings the case's 《委托书》原件及代办人身份证明原件
    // (④, line 8206) as well as the 相关证明
    AgentExpectation("BS-CG-019", "case-1", material: "4", line: 8215, facts: ["cgOwnerForceMajeure": "true"]),
    // 车管 事项4 （一）⑨有代理人的，出具《委托书》及代理人身份证明原件 (line 7521)
    // (round 21: ⑨ 《委托书》及代理人身份证明 names two documents, 9.1 and 9.2)
    AgentExpectation("BS-CG-004", "case-1", material: "9.1", line: 7521, facts: ["cgSchoolBus": "false"]),
]

/// Refusal cases of 车管 written from the guide. Not yet in the aggregations of
/// SeedCatalogTests.forbiddenExamples and DecisionTestSupport.allForbiddenExamples (files of another
/// owner): add `+ forbiddenExamples003CG` there.
public let forbiddenExamples003CG: [ForbiddenExample] = [
    // 车管 事项21 校车标牌核发 1、事项说明 (line 8311): "取得校车使用许可应当符合下列条件：①…⑤…", found unmet by the clerk (round 27)
    // 车管 事项2 （七） 6、可否代办 (line 7456): "车主须到现场与车拍照，其他手续可以代办" (returned: the owner comes).
    ForbiddenExample(
        "BS-CG-002", "F-owner-photo",
        triggering: ["cgOwnerPhotographedWithVehicle": "false"], notTriggering: ["cgOwnerPhotographedWithVehicle": "true"],
        scenario: "case-7", returns: true),
    // 车管 事项22 1、事项说明 (line 8396): "审验时，应当提交县级或者部队团级以上医疗机构出具的有关身体条件的证明" (returned: the
    // certificate is brought).
    ForbiddenExample(
        "BS-CG-022", "F-medical-proof",
        triggering: ["cgSchoolBusMedicalProofShown": "false"], notTriggering: ["cgSchoolBusMedicalProofShown": "true"],
        returns: true),
    ForbiddenExample(
        "BS-CG-021", "F-permit-conditions",
        triggering: ["cgSchoolBusConditionsMet": "false"], notTriggering: ["cgSchoolBusConditionsMet": "true"]),
    // 车管 事项7 免检机动车申领检验合格标志 2、事项说明 (line 7638): "6年内免检适用车型包括非营运轿车（含大型轿车）、非营运小型、微型
    // 载客汽车，但其中面包车、7座及7座以上车辆不属于免检车辆，属于免检范围的车辆发生过造成人员伤亡的交通事故的除外"
    ForbiddenExample(
        "BS-CG-007", "F-not-exempt-model",
        triggering: ["cgSixYearExemptModel": "false"], notTriggering: ["cgSixYearExemptModel": "true"]),
    ForbiddenExample(
        "BS-CG-007", "F-minibus-seats",
        triggering: ["cgMinibusOrSevenSeats": "true"], notTriggering: ["cgMinibusOrSevenSeats": "false"]),
    ForbiddenExample(
        "BS-CG-007", "F-over-six-years",
        triggering: ["cgWithinSixYears": "false"], notTriggering: ["cgWithinSixYears": "true"]),
    ForbiddenExample(
        "BS-CG-007", "F-casualty-accident",
        triggering: ["cgCasualtyAccident": "true"], notTriggering: ["cgCasualtyAccident": "false"]),
    // 不动产 事项15 1.事项说明 (line 6122): "最高额抵押权担保的债权确定前，债权人转让部分债权的，除当事人另有约定外，不得办理最高额
    // 抵押权转移登记" (a 不动产 entry here: this list is wired into the forbidden-case tests)
    ForbiddenExample(
        "BS-BDC-015", "F-max-mortgage-undetermined",
        triggering: [
            "bdcMortgageType": "最高额抵押权", "bdcMaxMortgageDebtDetermined": "false", "bdcMaxMortgageFollowsAgreed": "false",
        ],
        notTriggering: [
            "bdcMortgageType": "最高额抵押权", "bdcMaxMortgageDebtDetermined": "false", "bdcMaxMortgageFollowsAgreed": "true",
        ]),
]
