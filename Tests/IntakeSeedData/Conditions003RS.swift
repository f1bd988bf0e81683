// Seed 003 (003_ac3441e5f5207cf8.txt), 人力社保 and 其他 (BS-RS, BS-QT): conditions and what the guide does not ask
// every applicant for, written from the guide's text (see Conditions003.swift for the
// resident ids). Added when the importer's always-required materials were checked
// against the guide (materials it had required in every case).

public let conditions003RS: [ConditionExpectation] = [
    // 人力社保 事项9 2.《流动人员档案管理手册》(个人或者单位，个人手册丢失的需提供身份证原件及复印件): the 身份证 serves for a lost
    // personal handbook, and a handbook sent (the unit's) still serves: DecisionTests.aHandbookSentNeedsNoAnswerOnItsLoss.
    // 人力社保 事项17 （1）五类人员培训补贴申请材料…（2）企业职工培训补贴申请材料…
    ConditionExpectation(
        "BS-RS-017", "", "1", line: 2654,
        needed: ["rsTrainingSubsidyGroup": "五类人员"], notNeeded: ["rsTrainingSubsidyGroup": "企业职工"]),
    ConditionExpectation(
        "BS-RS-017", "", "2", line: 2655,
        needed: ["rsTrainingSubsidyGroup": "企业职工"], notNeeded: ["rsTrainingSubsidyGroup": "五类人员"]),
    // 人力社保 事项20 （注：1.外地城镇户籍人员…居住证 2.自主择业军转干部…《管理手册》；自谋职业军转干部…《退役证》
    // 3.经民政部门审批的退役军人…审批表 4.原注销地属大连辖区城镇户籍的…已经注销中国国籍人员…）
    ConditionExpectation(
        "BS-RS-020", "", "4", line: 2883,
        needed: ["rsInsuredGroup": "外地城镇户籍"], notNeeded: ["rsInsuredGroup": "其他"]),
    ConditionExpectation(
        "BS-RS-020", "", "5.1", line: 2883,
        needed: ["rsInsuredGroup": "自主择业军转干部"], notNeeded: ["rsInsuredGroup": "自谋职业军转干部"]),
    ConditionExpectation(
        "BS-RS-020", "", "5.2", line: 2883,
        needed: ["rsInsuredGroup": "自谋职业军转干部"], notNeeded: ["rsInsuredGroup": "自主择业军转干部"]),
    ConditionExpectation(
        "BS-RS-020", "", "6", line: 2883,
        needed: ["rsInsuredGroup": "民政审批退役军人"], notNeeded: ["rsInsuredGroup": "其他"]),
    ConditionExpectation(
        "BS-RS-020", "", "7", line: 2883,
        needed: ["rsInsuredGroup": "已注销中国国籍原大连城镇户籍"], notNeeded: ["rsInsuredGroup": "外地城镇户籍"]),
    // 人力社保 事项22 （1）参保单位申请社保卡…（2）本人到辖区街道（乡镇）申请…（3）参保单位领取社保卡…（4）本人到社保卡即时业务办理网点…
    ConditionExpectation(
        "BS-RS-022", "", "1", line: 2985,
        needed: ["rsCardRoute": "参保单位申请"], notNeeded: ["rsCardRoute": "本人到街道乡镇申请"]),
    ConditionExpectation(
        "BS-RS-022", "", "2", line: 2986,
        needed: ["rsCardRoute": "本人到街道乡镇申请"], notNeeded: ["rsCardRoute": "参保单位领取"]),
    ConditionExpectation(
        "BS-RS-022", "", "3", line: 2987,
        needed: ["rsCardRoute": "参保单位领取"], notNeeded: ["rsCardRoute": "参保单位申请"]),
    ConditionExpectation(
        "BS-RS-022", "", "4", line: 2988,
        needed: ["rsCardRoute": "即时业务办理网点"], notNeeded: ["rsCardRoute": "本人到街道乡镇申请"]),
    // 人力社保 事项34 （3）…（企业单位）；（4）…（机关事业单位）；（5）…（机关事业单位）
    ConditionExpectation(
        "BS-RS-034", "", "3", line: 4097,
        needed: ["insuredCategory": "企业职工"], notNeeded: ["insuredCategory": "机关事业单位职工"]),
    ConditionExpectation(
        "BS-RS-034", "", "4", line: 4098,
        needed: ["insuredCategory": "机关事业单位职工"], notNeeded: ["insuredCategory": "企业职工"]),
    ConditionExpectation(
        "BS-RS-034", "", "5", line: 4099,
        needed: ["insuredCategory": "机关事业单位职工"], notNeeded: ["insuredCategory": "灵活就业人员"]),
    // 人力社保 事项37 ②急诊急救病志（指异地突发急诊的）、住院病案（含章）
    ConditionExpectation(
        "BS-RS-037", "", "2.1", line: 4234,
        needed: ["rsEmergencyElsewhere": "true", "rsInpatient": "false"],
        notNeeded: ["rsEmergencyElsewhere": "false", "rsInpatient": "true"]),
    ConditionExpectation(
        "BS-RS-037", "", "2.2", line: 4234,
        needed: ["rsEmergencyElsewhere": "false", "rsInpatient": "true"],
        notNeeded: ["rsEmergencyElsewhere": "true", "rsInpatient": "false"]),
    // ③放疗病案（指放射治疗）
    ConditionExpectation(
        "BS-RS-037", "", "3", line: 4234,
        needed: ["rsRadiotherapy": "true"], notNeeded: ["rsRadiotherapy": "false"]),
    // ⑤门诊化疗病案或透析治疗记录病志（指门诊化疗或透析治疗）
    ConditionExpectation(
        "BS-RS-037", "", "5", line: 4234,
        needed: ["rsOutpatientChemoDialysis": "true"], notNeeded: ["rsOutpatientChemoDialysis": "false"]),
    // ⑦…未成年人家长办理的另须携带家长身份证储蓄卡及证明亲属关系的户口簿等
    ConditionExpectation(
        "BS-RS-037", "", "7.3", line: 4234,
        needed: ["residentId": "210202201201010015"], notNeeded: ["residentId": "210202200501010012"], neededByGuardian: true),
    // ⑦…死亡人员亲属办理的另须携带死亡证明、个人身份证及全部继承人签字加手印的授权书
    ConditionExpectation(
        "BS-RS-037", "", "7.4", line: 4234,
        needed: ["insuredDeceased": "true"], notNeeded: ["insuredDeceased": "false"]),
    // 人力社保 事项40 （3）死亡证明复印件；（4）公证书或授权书（死亡人员帐户返还，个人办理）
    ConditionExpectation(
        "BS-RS-040", "", "3", line: 4488,
        needed: ["rsAccountClearingCase": "死亡人员"], notNeeded: ["rsAccountClearingCase": "跨统筹区域流动就业"]),
    ConditionExpectation(
        "BS-RS-040", "", "4", line: 4489,
        needed: ["rsAccountClearingCase": "死亡人员"], notNeeded: ["rsAccountClearingCase": "异地安置"]),
    // （5）任意银行储蓄卡（除异地卡）（企业单位，灵活就业人员）；（6）…（机关事业单位）
    ConditionExpectation(
        "BS-RS-040", "", "5", line: 4490,
        needed: ["insuredCategory": "灵活就业人员"], notNeeded: ["insuredCategory": "机关事业单位职工"]),
    ConditionExpectation(
        "BS-RS-040", "", "6", line: 4491,
        needed: ["insuredCategory": "机关事业单位职工"], notNeeded: ["insuredCategory": "企业职工"]),
    // （7）单位或街道提供的个人账户返还申请（异地安置人员）
    ConditionExpectation(
        "BS-RS-040", "", "7", line: 4492,
        needed: ["rsAccountClearingCase": "异地安置"], notNeeded: ["rsAccountClearingCase": "死亡人员"]),
    // 人力社保 事项45 （1）…（6）: one benefit per application
    ConditionExpectation(
        "BS-RS-045", "", "1", line: 4610,
        needed: ["rsInjuryBenefitCase": "无鉴定等级工伤医疗费"], notNeeded: ["rsInjuryBenefitCase": "1-4级工伤待遇"]),
    ConditionExpectation(
        "BS-RS-045", "", "2", line: 4611,
        needed: ["rsInjuryBenefitCase": "5-10级工伤医疗费及伤残补助金"],
        notNeeded: ["rsInjuryBenefitCase": "5-10级一次性工伤医疗补助金"]),
    ConditionExpectation(
        "BS-RS-045", "", "3", line: 4612,
        needed: ["rsInjuryBenefitCase": "5-10级一次性工伤医疗补助金"],
        notNeeded: ["rsInjuryBenefitCase": "5-10级工伤医疗费及伤残补助金"]),
    ConditionExpectation(
        "BS-RS-045", "", "4", line: 4613,
        needed: ["rsInjuryBenefitCase": "1-4级工伤待遇"], notNeeded: ["rsInjuryBenefitCase": "无鉴定等级工伤医疗费"]),
    ConditionExpectation(
        "BS-RS-045", "", "5", line: 4614,
        needed: ["rsInjuryBenefitCase": "工亡待遇"], notNeeded: ["rsInjuryBenefitCase": "退亡待遇"]),
    ConditionExpectation(
        "BS-RS-045", "", "6", line: 4615,
        needed: ["rsInjuryBenefitCase": "退亡待遇"], notNeeded: ["rsInjuryBenefitCase": "工亡待遇"]),
    // （5）（6）…有供养亲属的提供供养关系证明、供养亲属身份证、户口簿、《…资格认定表》…: the first of the five documents, in the
    // order the text names them after (5)'s nine (5.10) and (6)'s three (6.4)
    ConditionExpectation(
        "BS-RS-045", "", "5.10", line: 4614,
        needed: ["rsInjuryBenefitCase": "工亡待遇", "rsEligibleDependants": "true"],
        notNeeded: ["rsInjuryBenefitCase": "工亡待遇", "rsEligibleDependants": "false"]),
    ConditionExpectation(
        "BS-RS-045", "", "6.4", line: 4615,
        needed: ["rsInjuryBenefitCase": "退亡待遇", "rsEligibleDependants": "true"],
        notNeeded: ["rsInjuryBenefitCase": "退亡待遇", "rsEligibleDependants": "false"]),
    // ★ 交通事故或涉及第三者责任的…；★ 职业病的…
    ConditionExpectation(
        "BS-RS-045", "", "7", line: 4616,
        needed: ["rsThirdPartyLiability": "true"], notNeeded: ["rsThirdPartyLiability": "false"]),
    ConditionExpectation(
        "BS-RS-045", "", "8", line: 4617,
        needed: ["rsOccupationalDisease": "true"], notNeeded: ["rsOccupationalDisease": "false"]),
    // 人力社保 事项45 （1）…进行鉴定但未达鉴定等级的，提供《职工伤残程度鉴定结论通知单》原件
    ConditionExpectation(
        "BS-RS-045", "", "1.8", line: 4610,
        needed: ["rsInjuryBenefitCase": "无鉴定等级工伤医疗费", "rsAppraisedBelowGrade": "true"],
        notNeeded: ["rsInjuryBenefitCase": "无鉴定等级工伤医疗费", "rsAppraisedBelowGrade": "false"]),
    // （5）户口簿（无法体现亲属关系的，除户口簿还需提供亲属关系证明）: after 工伤认定决定书 5.1, 火化收据 5.2, 户口簿 5.3
    ConditionExpectation(
        "BS-RS-045", "", "5.4", line: 4614,
        needed: ["rsInjuryBenefitCase": "工亡待遇", "rsHukouShowsRelation": "false"],
        notNeeded: ["rsInjuryBenefitCase": "工亡待遇", "rsHukouShowsRelation": "true"]),
    // （5）…全部法定受益人到场填写《领取工亡保险待遇声明》办理…，不能到场的，提供领取工亡待遇委托公证书
    ConditionExpectation(
        "BS-RS-045", "", "5.8", line: 4614,
        needed: ["rsInjuryBenefitCase": "工亡待遇", "rsBeneficiaryAbsent": "true"],
        notNeeded: ["rsInjuryBenefitCase": "工亡待遇", "rsBeneficiaryAbsent": "false"]),
    // （5）继承人存在争议的，还需提供法院判决书原件
    ConditionExpectation(
        "BS-RS-045", "", "5.9", line: 4614,
        needed: ["rsInjuryBenefitCase": "工亡待遇", "rsHeirDispute": "true"],
        notNeeded: ["rsInjuryBenefitCase": "工亡待遇", "rsHeirDispute": "false"]),
    // （5）工亡职工有医疗费的，还需提供门诊收据（含医疗明细和病志）、住院收据…
    ConditionExpectation(
        "BS-RS-045", "", "5.15", line: 4614,
        needed: ["rsInjuryBenefitCase": "工亡待遇", "rsDeceasedMedicalCosts": "true"],
        notNeeded: ["rsInjuryBenefitCase": "工亡待遇", "rsDeceasedMedicalCosts": "false"]),
    ConditionExpectation(
        "BS-RS-045", "", "5.20", line: 4614,
        needed: ["rsInjuryBenefitCase": "工亡待遇", "rsDeceasedMedicalCosts": "true"],
        notNeeded: ["rsInjuryBenefitCase": "工亡待遇", "rsDeceasedMedicalCosts": "false"]),
    // 人力社保 事项46 （3）农民工投诉拖欠工资违法行为应当书写自述材料
    ConditionExpectation(
        "BS-RS-046", "", "3", line: 4670,
        needed: ["rsMigrantWageComplaint": "true"], notNeeded: ["rsMigrantWageComplaint": "false"]),
    // 其他 事项14 …《独生子女父母光荣证》、退休证、解除（终止）劳动合同书；如配偶或子女死亡…；收养子女的…；
    // 终生未生养育个人声明…；如配偶属再婚… (line 12192); 职工退休后…；无工作单位人员…；终生未生育、也未收养子女的夫妻 (12189-12191)
    ConditionExpectation(
        "BS-QT-014", "", "5", line: 12192,
        needed: ["qtNeverGaveBirth": "false"], notNeeded: ["qtNeverGaveBirth": "true"]),
    ConditionExpectation(
        "BS-QT-014", "", "6", line: 12192,
        needed: ["qtApplicantGroup": "退休职工"], notNeeded: ["qtApplicantGroup": "无工作单位人员"]),
    ConditionExpectation(
        "BS-QT-014", "", "7", line: 12192,
        needed: ["qtApplicantGroup": "无工作单位人员"], notNeeded: ["qtApplicantGroup": "退休职工"]),
    ConditionExpectation(
        "BS-QT-014", "", "8", line: 12192,
        needed: ["qtSpouseOrChildDeceased": "true"], notNeeded: ["qtSpouseOrChildDeceased": "false"]),
    ConditionExpectation(
        "BS-QT-014", "", "9", line: 12192,
        needed: ["adoptedChild": "true"], notNeeded: ["adoptedChild": "false"]),
    ConditionExpectation(
        "BS-QT-014", "", "10", line: 12192,
        needed: ["qtNeverGaveBirth": "true"], notNeeded: ["qtNeverGaveBirth": "false"]),
    ConditionExpectation(
        // 如配偶属再婚: the spouse's remarriage (round 59, tester i), not the couple's 离婚再婚
        "BS-QT-014", "", "11", line: 12192,
        needed: ["qtSpouseRemarried": "true"], notNeeded: ["qtSpouseRemarried": "false"]),
    // 其他 事项15: the same note as 人力社保 事项20
    ConditionExpectation(
        "BS-QT-015", "", "4", line: 12263,
        needed: ["rsInsuredGroup": "外地城镇户籍"], notNeeded: ["rsInsuredGroup": "民政审批退役军人"]),
    ConditionExpectation(
        "BS-QT-015", "", "5.1", line: 12263,
        needed: ["rsInsuredGroup": "自主择业军转干部"], notNeeded: ["rsInsuredGroup": "其他"]),
    ConditionExpectation(
        "BS-QT-015", "", "5.2", line: 12263,
        needed: ["rsInsuredGroup": "自谋职业军转干部"], notNeeded: ["rsInsuredGroup": "其他"]),
    ConditionExpectation(
        "BS-QT-015", "", "6", line: 12263,
        needed: ["rsInsuredGroup": "民政审批退役军人"], notNeeded: ["rsInsuredGroup": "自主择业军转干部"]),
    ConditionExpectation(
        "BS-QT-015", "", "7", line: 12263,
        needed: ["rsInsuredGroup": "已注销中国国籍原大连城镇户籍"], notNeeded: ["rsInsuredGroup": "其他"]),
    // 其他 事项20 2.学前教育儿童…托保单；3.学生证…或学籍证明；4.中职、高中、高等教育学生提供入学录取通知书；5.孤独症学生及儿童…
    ConditionExpectation(
        "BS-QT-020", "", "2", line: 12398,
        needed: ["qtEducationStage": "学前教育"], notNeeded: ["qtEducationStage": "义务教育"]),
    ConditionExpectation(
        "BS-QT-020", "", "3", line: 12400,
        needed: ["qtEducationStage": "义务教育"], notNeeded: ["qtEducationStage": "学前教育"]),
    ConditionExpectation(
        "BS-QT-020", "", "4", line: 12402,
        needed: ["qtEducationStage": "高等教育"], notNeeded: ["qtEducationStage": "义务教育"]),
    ConditionExpectation(
        "BS-QT-020", "", "5", line: 12404,
        needed: ["qtAutism": "true"], notNeeded: ["qtAutism": "false"]),
    // 其他 事项24 书面申请，家庭收入证明、疾病诊断证明或事故报告、住院收费票据，低保证、户口、身份证、公安消防或司法审判机关出具的证明
    // 以及其他能够证明事实的材料 (line 12516): unnumbered, so numbered 1-9 in the order named (the contract; round 13, tester 8)
    ConditionExpectation(
        "BS-QT-024", "", "3", line: 12516,
        needed: ["qtHardshipCause": "疾病"], notNeeded: ["qtHardshipCause": "火灾等灾害"]),
    ConditionExpectation(
        "BS-QT-024", "", "4", line: 12516,
        needed: ["qtHardshipCause": "疾病"], notNeeded: ["qtHardshipCause": "意外事故"]),
    ConditionExpectation(
        "BS-QT-024", "", "8", line: 12516,
        needed: ["qtHardshipCause": "火灾等灾害"], notNeeded: ["qtHardshipCause": "疾病"]),
    ConditionExpectation(
        "BS-QT-024", "", "5", line: 12516,
        needed: ["qtMinimumLiving": "true"], notNeeded: ["qtMinimumLiving": "false"]),
    // 其他 事项27 残疾人还应当提供第二代《中华人民共和国残疾证》 (the fourth material the guide names: 4); one who is not
    // disabled applies as a 老年人 (line 12570), here a man of 65
    ConditionExpectation(
        "BS-QT-027", "", "4", line: 12572,
        needed: ["disabled": "true"], notNeeded: ["disabled": "false", "residentId": "210202196001010017"]),
    // 人力社保 事项22 （4）本人到社保卡即时业务办理网点直接办理的，需携带身份证原件。未成年人办理需携带本人户口簿、监护人身份证
    // 原件。若监护人和未成年人不在一个户口薄上，还需提供未成年人出生证明原件。
    ConditionExpectation(
        "BS-RS-022", "", "4.1", line: 2988,
        needed: ["rsCardRoute": "即时业务办理网点", "residentId": "210202200501010012"],
        notNeeded: ["rsCardRoute": "即时业务办理网点", "residentId": "210202201201010015"]),
    ConditionExpectation(
        "BS-RS-022", "", "4.2", line: 2988,
        needed: ["rsCardRoute": "即时业务办理网点", "residentId": "210202201201010015"],
        notNeeded: ["rsCardRoute": "即时业务办理网点", "residentId": "210202200501010012"]),
    ConditionExpectation(
        "BS-RS-022", "", "4.3", line: 2988,
        needed: ["rsCardRoute": "即时业务办理网点", "residentId": "210202201201010015"],
        notNeeded: ["rsCardRoute": "即时业务办理网点", "residentId": "210202200501010012"]),
    ConditionExpectation(
        "BS-RS-022", "", "4.4", line: 2988,
        needed: ["rsCardRoute": "即时业务办理网点", "residentId": "210202201201010015", "rsGuardianSameHukou": "false"],
        notNeeded: ["rsCardRoute": "即时业务办理网点", "residentId": "210202201201010015", "rsGuardianSameHukou": "true"]),
    ConditionExpectation(
        "BS-RS-022", "", "4.4", line: 2988,
        needed: ["rsCardRoute": "即时业务办理网点", "residentId": "210202201201010015", "rsGuardianSameHukou": "false"],
        notNeeded: ["rsCardRoute": "即时业务办理网点", "residentId": "210202200501010012", "rsGuardianSameHukou": "false"]),
    // 人力社保 事项24 （1）办理人到当地社保卡业务管理机构办理挂失的，本人办理需携带身份证原件。…未成年人办理需携带本人户口簿、
    // 监护人身份证（原件及复印件）。（2）办理人通过电话或网站挂失的，不需提供任何材料。
    ConditionExpectation(
        "BS-RS-024", "", "1", line: 3077,
        needed: ["rsLossChannel": "业务管理机构", "residentId": "210202200501010012"],
        notNeeded: ["rsLossChannel": "电话或网站", "residentId": "210202200501010012"]),
    ConditionExpectation(
        "BS-RS-024", "", "1.1", line: 3077,
        needed: ["rsLossChannel": "业务管理机构", "residentId": "210202200501010012"],
        notNeeded: ["rsLossChannel": "业务管理机构", "residentId": "210202201201010015"]),
    ConditionExpectation(
        "BS-RS-024", "", "1.3", line: 3077,
        needed: ["rsLossChannel": "业务管理机构", "residentId": "210202201201010015"],
        notNeeded: ["rsLossChannel": "业务管理机构", "residentId": "210202200501010012"]),
    ConditionExpectation(
        "BS-RS-024", "", "1.4", line: 3077,
        needed: ["rsLossChannel": "业务管理机构", "residentId": "210202201201010015"],
        notNeeded: ["rsLossChannel": "电话或网站", "residentId": "210202201201010015"]),
    // 人力社保 事项25 （2）办理人到原挂失银行网点办理银行功能的解挂业务的，…未成年人办理需携带本人户口簿、监护人身份证原件。
    // 若监护人和未成年人不在一个户口薄上，需提供未成年人出生证明原件。
    ConditionExpectation(
        "BS-RS-025", "", "2.5", line: 3147,
        needed: ["rsUnfreeze": "银行功能", "residentId": "210202201201010015", "rsGuardianSameHukou": "false"],
        notNeeded: ["rsUnfreeze": "银行功能", "residentId": "210202201201010015", "rsGuardianSameHukou": "true"]),
    ConditionExpectation(
        "BS-RS-025", "", "2.4", line: 3147,
        needed: ["rsUnfreeze": "银行功能", "residentId": "210202201201010015"],
        notNeeded: ["rsUnfreeze": "银行功能", "residentId": "210202200501010012"]),
    // 人力社保 事项26 （1）办理人到当地社保卡业务管理机构办理换卡业务的，本人办理需携带身份证原件。…未成年人办理需携带本人户口簿、
    // 监护人身份证（原件及复印件）。
    ConditionExpectation(
        "BS-RS-026", "", "1.3", line: 3215,
        needed: ["rsReplaceOutlet": "业务管理机构", "residentId": "210202201201010015"],
        notNeeded: ["rsReplaceOutlet": "业务管理机构", "residentId": "210202200501010012"]),
    ConditionExpectation(
        "BS-RS-026", "", "1", line: 3215,
        needed: ["rsReplaceOutlet": "业务管理机构", "residentId": "210202200501010012"],
        notNeeded: ["rsReplaceOutlet": "即时业务办理网点", "residentId": "210202200501010012"]),
    // Round 3 (RS, QT)
    // 其他 事项24 书面申请，家庭收入证明 (line 12516): two documents, both always
    ConditionExpectation("BS-QT-024", "", "2", line: 12516, needed: [:], notNeeded: [:]),
    ConditionExpectation("BS-QT-024", "", "1", line: 12516, needed: [:], notNeeded: [:]),
    // Round 4 (RS, QT)
    // 人力社保 事项43 2.需要提供那些材料？…慈善赠药相关资料复印件… (line 4588); of the 定点药房 only 国药控股大连有限公司新特药大药房 is the
    // （慈善援助赠药地点） (line 4591): a patient on the charity programme brings its papers, an ordinary filing has none to bring
    ConditionExpectation(
        "BS-RS-043", "", "2", line: 4588,
        needed: ["rsCharityDrugAid": "true"], notNeeded: ["rsCharityDrugAid": "false"]),
    // 其他 事项15 (line 12263) 4.…已经注销中国国籍人员，持原户口注销手续（或原注销地派出所出具的证明）和中国护照: no 身份证和户口簿 (round 17)
    ConditionExpectation(
        "BS-QT-015", "", "1", line: 12263,
        needed: ["rsInsuredGroup": "其他"], notNeeded: ["rsInsuredGroup": "已注销中国国籍原大连城镇户籍"]),
    // 其他 事项5 （2）收养登记机关颁发的收养登记证，经公证机构公证确立收养关系的，提交公证书。(line 12021): an adoption registered by
    // the 收养登记机关 is dissolved on its 收养登记证 (2.1), a notarized one on the 公证书 (2.2, in its place)
    ConditionExpectation(
        "BS-QT-005", "", "2.2", line: 12021,
        needed: ["qtNotarizedAdoption": "true"], notNeeded: ["qtNotarizedAdoption": "false"]),
]

public let notRequired003RS: [NotRequiredExpectation] = [
    // 人力社保 事项20 / 其他 事项15 "（注：1.…" opens a note: not a document
    NotRequiredExpectation("BS-RS-020", "", name: "（注", line: 2883),
    NotRequiredExpectation("BS-QT-015", "", name: "（注", line: 12263),
    // …of a group other than the applicant's
    NotRequiredExpectation("BS-RS-020", "", name: "居住证", line: 2883, facts: ["rsInsuredGroup": "其他"]),
    NotRequiredExpectation("BS-QT-015", "", name: "退役证", line: 12263, facts: ["rsInsuredGroup": "外地城镇户籍"]),
    // 人力社保 事项17 （2）企业职工培训补贴申请材料 is not the 五类人员's
    NotRequiredExpectation(
        "BS-RS-017", "", name: "企业职工培训补贴", line: 2655, facts: ["rsTrainingSubsidyGroup": "五类人员"]),
    // 人力社保 事项22 （3）参保单位领取社保卡… is not for a person applying at the 街道
    NotRequiredExpectation(
        "BS-RS-022", "", name: "社保卡发放单", line: 2987, facts: ["rsCardRoute": "本人到街道乡镇申请"]),
    // 人力社保 事项34 （4）《解除聘用证明》…（机关事业单位） is not an enterprise employee's
    NotRequiredExpectation("BS-RS-034", "", name: "解除聘用证明", line: 4098, facts: ["insuredCategory": "企业职工"]),
    // 人力社保 事项37 ③放疗病案（指放射治疗）
    NotRequiredExpectation("BS-RS-037", "", name: "放疗病案", line: 4234, facts: ["rsRadiotherapy": "false"]),
    // 人力社保 事项40 （3）死亡证明 only for 死亡人员帐户返还
    NotRequiredExpectation(
        "BS-RS-040", "", name: "死亡证明", line: 4488, facts: ["rsAccountClearingCase": "跨统筹区域流动就业"]),
    // 人力社保 事项41 ⑤未联网前已经办理异地安置的人员…可电话联系…: a channel, not a document
    NotRequiredExpectation("BS-RS-041", "", name: "未联网前已经办理异地安置", line: 4548),
    // 人力社保 事项45 （3）5-10级工伤职工办理一次性工伤医疗补助金 is not asked of a 无鉴定等级 claim
    NotRequiredExpectation(
        "BS-RS-045", "", name: "一次性工伤医疗补助金", line: 4612,
        facts: ["rsInjuryBenefitCase": "无鉴定等级工伤医疗费"]),
    NotRequiredExpectation(
        "BS-RS-045", "", name: "交通事故", line: 4616, facts: ["rsThirdPartyLiability": "false"]),
    // 人力社保 事项46 （4）投诉文书应当载明下列事项：⑴⑵⑶ are what the form says, not documents
    NotRequiredExpectation("BS-RS-046", "", name: "投诉人的姓名", line: 4671),
    NotRequiredExpectation("BS-RS-046", "", name: "自述材料", line: 4670, facts: ["rsMigrantWageComplaint": "false"]),
    // 其他 事项1 …一般不需要提供材料
    NotRequiredExpectation("BS-QT-001", "", name: "第二类疫苗", line: 11887),
    // 其他 事项14 终生未生育、也未收养子女的夫妻 hold no 《独生子女父母光荣证》
    NotRequiredExpectation("BS-QT-014", "", name: "光荣证", line: 12191, facts: ["qtNeverGaveBirth": "true"]),
    NotRequiredExpectation("BS-QT-014", "", name: "退休证", line: 12192, facts: ["qtApplicantGroup": "无工作单位人员"]),
    // 其他 事项20 2.学前教育儿童…托保单
    NotRequiredExpectation(
        "BS-QT-020", "", name: "托保单", line: 12398, facts: ["qtEducationStage": "义务教育"],
        submitted: "2025-05-12T09:30:00+08:00"),
    // 其他 事项24 低保证 only a 低保 family has; 其他能够证明事实的材料 is a catch-all
    NotRequiredExpectation("BS-QT-024", "", name: "低保证", line: 12516, facts: ["qtMinimumLiving": "false"]),
    NotRequiredExpectation("BS-QT-024", "", name: "其他能够证明事实的材料", line: 12516),
    // 人力社保 事项24 （2）办理人通过电话或网站挂失的，不需提供任何材料: nothing to bring
    NotRequiredExpectation("BS-RS-024", "", name: "不需提供任何材料", line: 3078, facts: ["rsLossChannel": "电话或网站"]),
    // 人力社保 事项24 （1）/ 事项22 （4）: the 监护人身份证 is a minor's document, not an adult's
    NotRequiredExpectation(
        "BS-RS-024", "", name: "监护人身份证", line: 3077,
        facts: ["rsLossChannel": "业务管理机构", "residentId": "210202200501010012"]),
    NotRequiredExpectation(
        "BS-RS-022", "", name: "监护人身份证", line: 2988,
        facts: ["rsCardRoute": "即时业务办理网点", "residentId": "210202200501010012"]),
    // 人力社保 事项22 （4）若监护人和未成年人不在一个户口薄上，还需提供未成年人出生证明原件
    NotRequiredExpectation(
        "BS-RS-022", "", name: "出生证明", line: 2988,
        facts: ["rsCardRoute": "即时业务办理网点", "residentId": "210202201201010015", "rsGuardianSameHukou": "true"]),
    // 人力社保 事项25/26: 本人办理需携带身份证原件 only; the 代办人身份证 is the agent's (checked with an agent in agents003RS)
    NotRequiredExpectation("BS-RS-025", "", name: "代办人身份证", line: 3146, facts: ["rsUnfreeze": "社保功能"]),
    NotRequiredExpectation("BS-RS-026", "", name: "代办人身份证", line: 3216, facts: ["rsReplaceOutlet": "即时业务办理网点"]),
    // …and an adult in person brings no 户口簿 (a minor's document)
    NotRequiredExpectation(
        "BS-RS-025", "", name: "户口簿", line: 3146,
        facts: ["rsUnfreeze": "社保功能", "residentId": "210202200501010012"]),
    // 人力社保 事项27/33/40, 事项20: the applicant in person brings no 代办人身份证 (the agent's, in agents003RS)
    NotRequiredExpectation("BS-RS-027", "", name: "代办人身份证", line: 3685),
    NotRequiredExpectation("BS-RS-033", "", name: "代办人身份证", line: 4046),
    NotRequiredExpectation("BS-RS-040", "", name: "代办人身份证", line: 4486),
    NotRequiredExpectation("BS-RS-020", "", name: "代办人身份证", line: 2882, facts: ["rsInsuredGroup": "外地城镇户籍"]),
    // 人力社保 事项45 （1）未进行伤残等级鉴定的 worker brings no 鉴定结论通知单
    NotRequiredExpectation(
        "BS-RS-045", "", name: "鉴定结论通知单", line: 4610,
        facts: ["rsInjuryBenefitCase": "无鉴定等级工伤医疗费", "rsAppraisedBelowGrade": "false"]),
    // seed 000 13.1 档案的转递: the 存档人员 applying in person brings no 代办人 ID, no 授权委托书
    NotRequiredExpectation("RS-013", "transfer-individual", name: "代办人有效身份证件", line: 584),
    NotRequiredExpectation("RS-013", "transfer-collective", name: "授权委托书", line: 588),
    // 其他 事项13 人员类别证件（如大中专院校毕业证…）为非必须要件
    NotRequiredExpectation("BS-QT-013", "", name: "人员类别证件", line: 12173),
    // seed 000 1.1 / 32.1 需提供要件 无: 劳动用工备案 and 就业登记 are applied for with no document (accepted, not
    // information-only)
    NotRequiredExpectation("RS-001", "", name: "需提供要件", line: 144),
    NotRequiredExpectation("RS-032", "", name: "需提供要件", line: 1288),
]

public let agents003RS: [AgentExpectation] = [
    // 人力社保 事项46 7.可否代办 (line 4700) 对因同一事由引起的集体投诉，投诉人可授权委托代表投诉: the representative of a collective
    // complaint brings the complainants' authorisation (5, the sentence after the list); a complaint that is not collective
    // is the complainant's own, the agent returned (round 58, tester e)
    AgentExpectation("BS-RS-046", "", material: "5", line: 4700, facts: ["rsCollectiveComplaint": "true"]),
    AgentExpectation("BS-RS-046", "", material: nil, line: 4700, facts: ["rsCollectiveComplaint": "false"], corrected: true),
    // 人力社保 事项22 （2）本人到辖区街道（乡镇）申请办理社保卡…代办人办理需携带本人身份证、代办人身份证（原件及复印件）
    // (round 21, tester 2: a part of （2）, 2.2, not a free number 5)
    AgentExpectation("BS-RS-022", "", material: "2.2", line: 2986, facts: ["rsCardRoute": "本人到街道乡镇申请"]),
    // 人力社保 事项24 （1）…代办人办理需携带本人身份证、代办人身份证（原件及复印件） (round 21: the agent's id a part of the item
    // that names it, here and below, not a free number past the list)
    AgentExpectation("BS-RS-024", "", material: "1.2", line: 3077, facts: ["rsLossChannel": "业务管理机构"]),
    // 人力社保 事项25 （1）…代办人办理需携带本人身份证、代办人身份证（原件及复印件）；（2）…代办人办理需携带本人身份证、代办人身份证原件
    // (round 21: parts of （1） and （2）, 1.2 and 2.2, not free numbers 3 and 6)
    AgentExpectation("BS-RS-025", "", material: "1.2", line: 3146, facts: ["rsUnfreeze": "社保功能"]),
    AgentExpectation("BS-RS-025", "", material: "2.2", line: 3147, facts: ["rsUnfreeze": "银行功能"]),
    // 人力社保 事项26 （1）/（2）the same words for 换卡
    AgentExpectation("BS-RS-026", "", material: "1.2", line: 3215, facts: ["rsReplaceOutlet": "业务管理机构"]),
    AgentExpectation("BS-RS-026", "", material: "2.2", line: 3216, facts: ["rsReplaceOutlet": "即时业务办理网点"]),
    // 人力社保 事项27 （1）参保人员身份证原件、复印件（代办人需同时提供代办人身份证）
    AgentExpectation("BS-RS-027", "", material: "1.2", line: 3685),
    // 人力社保 事项33/34 （1）本人身份证原件（他人代办须同时提供代办人身份证原件）
    AgentExpectation("BS-RS-033", "", material: "1.2", line: 4046),
    AgentExpectation("BS-RS-034", "", material: "1.2", line: 4095),
    // 人力社保 事项40 （1）本人身份证原件及复印件（他人代办须同时提供代办人身份证原件）
    AgentExpectation("BS-RS-040", "", material: "1.2", line: 4486),
    // 人力社保 事项20 / 其他 事项15 身份证和户口簿原件及复印件（代办人须同时持代办人身份证）
    // (round 21, tester 2: the third document the text names, after 身份证 1 and 户口簿 2)
    AgentExpectation("BS-RS-020", "", material: "3", line: 2882, facts: ["rsInsuredGroup": "其他"]),
    // (其他 事项15 numbers nothing: the 代办人身份证 is the second the text names, 2, not 7 — round 19, tester 6)
    // (round 21: 身份证 1, 户口簿 2, the agent's 3)
    AgentExpectation("BS-QT-015", "", material: "3", line: 12263, facts: ["rsInsuredGroup": "其他"]),
    // seed 000 13.1 档案的转递 (1)/(2) 存档人员有效身份证件、代办人有效身份证件、档案人员授权委托书…: the last two an agent's
    AgentExpectation("RS-013", "transfer-individual", material: "2", line: 584),
    AgentExpectation("RS-013", "transfer-individual", material: "3", line: 584),
    AgentExpectation("RS-013", "transfer-collective", material: "3", line: 588),
    // 其他 事项13 7.是否可以代办？ 不可以代办。
    AgentExpectation("BS-QT-013", "", material: nil, line: 12185),
    // 其他 事项19 / 事项21 …如果是委托人代为办理，应同时提供代理人身份证原件及复印件
    AgentExpectation("BS-QT-019", "", material: "5", line: 12383),
    AgentExpectation("BS-QT-021", "", material: "4", line: 12432),
    // Third round: 代办 rules (a sweep of every 可否代办 of the guide)
    // 人力社保 事项14 7．可否代办? 可以代办。代办人须持本人身份证及委托人身份证或准考证到窗口领取证书
    AgentExpectation("BS-RS-014", "", material: "2", line: 2610),
    // 人力社保 事项16 8．可否代办？…发证日期在2009年之前的，须办理人本人前来补拍照片
    AgentExpectation("BS-RS-016", "", material: nil, line: 2647, facts: ["rsCertIssuedBefore2009": "true"]),
    // 人力社保 事项17 7．可否可以代办? 不可代办。
    AgentExpectation("BS-RS-017", "", material: nil, line: 2766),
    // 其他 事项1 7.可否代办：不可代办。; 事项5 7、可否代办 不可以; 事项14/22 7.可否代办：不可以
    AgentExpectation("BS-QT-001", "", material: nil, line: 11945),
    AgentExpectation("BS-QT-005", "", material: nil, line: 12044),
    AgentExpectation("BS-QT-014", "", material: nil, line: 12255),
    // Submitted inside the yearly window (每年从1月份至4月10日进行申请, line 12503).
    AgentExpectation("BS-QT-022", "", material: nil, line: 12506, submitted: "2025-03-02T09:30:00+08:00"),
]
