// Seed 003 (003_ac3441e5f5207cf8.txt), 户籍, 生育, 入学, 殡葬, 婚姻, 退休 (BS-HJ, BS-SY, BS-RX, BS-BZ, BS-HY, BS-TX): conditions and what the guide does not ask
// every applicant for, written from the guide's text (see Conditions003.swift for the
// resident ids). Added when the importer's always-required materials were checked
// against the guide (materials it had required in every case).
//
// Conditions on `boolean(m:agent)` (委托办理的…, 可否代办：否) are in `agents003HJ`. The
// draft scenarios "" of BS-HJ-007 (line 2034) and BS-SY-006 (line 673), fragments of one sentence, are gone: a manifest naming no scenario is told
// to name one instead of being judged against them.

public let conditions003HJ: [ConditionExpectation] = [
    // ---- 户籍 ----
    // 户籍 事项1 一、1.（四）随迁子女的《出生医学证明》，被收养子女的《收养登记证》
    ConditionExpectation(
        "BS-HJ-001", "", "1.1.4", line: 1854,
        needed: ["accompanyingChildren": "true", "adoptedChild": "false"], notNeeded: ["accompanyingChildren": "false"]),
    ConditionExpectation(
        "BS-HJ-001", "", "1.1.4.2", line: 1854,
        needed: ["accompanyingChildren": "true", "adoptedChild": "true"],
        notNeeded: ["accompanyingChildren": "true", "adoptedChild": "false"]),
    // 户籍 事项5 个人查询需要提供身份证、户口薄；公检法机关查询的需要提供单位介绍证及工作证；
    // 律师查询的需要提供律师执业证书、律师事务所调查介绍信、当事人委托证明
    ConditionExpectation("BS-HJ-005", "", "1", line: 1976, needed: ["hjInquirer": "个人"], notNeeded: ["hjInquirer": "律师"]),
    ConditionExpectation("BS-HJ-005", "", "2", line: 1976, needed: ["hjInquirer": "个人"], notNeeded: ["hjInquirer": "公检法机关"]),
    ConditionExpectation("BS-HJ-005", "", "3", line: 1976, needed: ["hjInquirer": "公检法机关"], notNeeded: ["hjInquirer": "个人"]),
    ConditionExpectation("BS-HJ-005", "", "4", line: 1976, needed: ["hjInquirer": "律师"], notNeeded: ["hjInquirer": "个人"]),
    ConditionExpectation("BS-HJ-005", "", "5", line: 1976, needed: ["hjInquirer": "律师"], notNeeded: ["hjInquirer": "公检法机关"]),
    ConditionExpectation("BS-HJ-005", "", "6", line: 1976, needed: ["hjInquirer": "律师"], notNeeded: ["hjInquirer": "个人"]),
    // 户籍 事项13 （父母离婚后子女姓名变更需父母协商达成一致后，共同到派出所签字或提供有效法律委托书）
    ConditionExpectation(
        "BS-HJ-013", "", "2", line: 2241,
        needed: ["hjRenameAfterParentsDivorce": "true", "hjParentsSignTogether": "false"],
        notNeeded: ["hjRenameAfterParentsDivorce": "true", "hjParentsSignTogether": "true"]),
    // 户籍 事项14 迁移的方式有：夫妻投靠、父母投靠子女、子女投靠父母、购房迁移、大中专招生、大中专毕业等 (line 2276);
    // 结婚证、户口簿、身份证、亲属关系证明、《准入迁出证》录取通知书、毕业证、房屋产权证明等 (line 2278)
    ConditionExpectation(
        "BS-HJ-014", "", "1", line: 2278, needed: ["hjMigrationMode": "夫妻投靠"], notNeeded: ["hjMigrationMode": "购房迁移"]),
    ConditionExpectation(
        "BS-HJ-014", "", "4", line: 2278, needed: ["hjMigrationMode": "子女投靠父母"], notNeeded: ["hjMigrationMode": "夫妻投靠"]),
    ConditionExpectation(
        "BS-HJ-014", "", "5", line: 2278, needed: ["hjMigrationMode": "大中专招生"], notNeeded: ["hjMigrationMode": "大中专毕业"]),
    ConditionExpectation(
        "BS-HJ-014", "", "6", line: 2278, needed: ["hjMigrationMode": "大中专毕业"], notNeeded: ["hjMigrationMode": "大中专招生"]),
    ConditionExpectation(
        "BS-HJ-014", "", "7", line: 2278, needed: ["hjMigrationMode": "购房迁移"], notNeeded: ["hjMigrationMode": "父母投靠子女"]),
    // 户籍 事项15 复员人员 2. …本市落户户口本、结婚证、子女出生证明、军人公民身份证号码登记表，到接受安置地或入伍时所在区（未婚）安置办…
    ConditionExpectation(
        "BS-HJ-015", "nco", "6", line: 2318, needed: ["maritalStatus": "已婚"], notNeeded: ["maritalStatus": "未婚"]),
    ConditionExpectation(
        "BS-HJ-015", "nco", "7", line: 2318, needed: ["accompanyingChildren": "true"],
        notNeeded: ["accompanyingChildren": "false"]),

    // ---- 生育 ----
    // 生育 事项5 （6）脑性瘫痪、智力低下、先天性心脏病、癫痫、儿童孤独症、精神分裂症及没有或缺少客观检查确诊依据的疾病，应提供相关的社会调查情况2份以上
    ConditionExpectation(
        "BS-SY-005", "", "6", line: 640, needed: ["syClinicalDiagnosis": "true"], notNeeded: ["syClinicalDiagnosis": "false"]),
    // 生育 事项7 生育后补办生育登记的需提交《出生医学证明》
    ConditionExpectation(
        "BS-SY-007", "", "5", line: 737, needed: ["syRegisteredAfterBirth": "true"],
        notNeeded: ["syRegisteredAfterBirth": "false"]),
    // 生育 事项9 （一）现存一个子女或两个女孩 (line 902); 子女死亡证明或依法鉴定等级为三级以上的《残疾证》 (line 904)
    ConditionExpectation(
        "BS-SY-009", "case-1", "5", line: 904,
        needed: ["syChildDeceasedOrDisabled": "true"], notNeeded: ["syChildDeceasedOrDisabled": "false"]),
    // 生育 事项9 （二） 2.所需材料 (line 974) names six materials without numbers, numbered in the order the text names them
    // (Pipelines/contract/bundle-format.md): …；离婚的，需持离婚协议书或判决书 (5)；丧偶的，需持当地公安部门出具的死亡讲明 (6). Round 19, tester 7:
    // they were 6 and 7, and a divorce agreement filed as 5 an unknown number.
    ConditionExpectation(
        "BS-SY-009", "case-2", "5", line: 974, needed: ["maritalStatus": "离婚"], notNeeded: ["maritalStatus": "已婚"]),
    ConditionExpectation(
        "BS-SY-009", "case-2", "6", line: 974, needed: ["maritalStatus": "丧偶"], notNeeded: ["maritalStatus": "已婚"]),
    // 生育 事项9 （三）配偶死亡的需提供公安派出所或医疗机构出具的死亡证明，收养子女的持《收养证》
    ConditionExpectation(
        "BS-SY-009", "case-3", "7.1", line: 1051,
        needed: ["maritalStatus": "丧偶", "adoptedChild": "false", "syDocumentsLost": "false"],
        notNeeded: ["maritalStatus": "已婚", "adoptedChild": "true", "syDocumentsLost": "false"]),
    ConditionExpectation(
        "BS-SY-009", "case-3", "7.2", line: 1051,
        needed: ["maritalStatus": "已婚", "adoptedChild": "true", "syDocumentsLost": "false"],
        notNeeded: ["maritalStatus": "丧偶", "adoptedChild": "false", "syDocumentsLost": "false"]),
    // 生育 事项10 （一）手术医疗费审核支付业务 本地就医的，…持社保卡、身份证… (line 1126)
    ConditionExpectation(
        "BS-SY-010", "case-1", "1", line: 1126,
        needed: ["insuredCategory": "企业职工"], notNeeded: [:]),
    // 生育 事项10 （二）手术休假津贴审核支付业务 经办人提供诊断书、职工身份证原件复印件、企业提供…非经营性专用收款收据、
    // 机关事业单位提供《辽宁省行政事业单位资金往来结算票据》 (line 1130); each 业务 its own scenario, numbered inside it (round 21)
    ConditionExpectation(
        "BS-SY-010", "case-2", "1", line: 1132,
        needed: ["insuredCategory": "企业职工"], notNeeded: [:]),
    ConditionExpectation(
        "BS-SY-010", "case-2", "3", line: 1132,
        needed: ["insuredCategory": "企业职工"], notNeeded: ["insuredCategory": "机关事业单位职工"]),
    ConditionExpectation(
        "BS-SY-010", "case-2", "4", line: 1132,
        needed: ["insuredCategory": "机关事业单位职工"], notNeeded: ["insuredCategory": "企业职工"]),

    // ---- 入学 ----
    // 入学 事项4 “居住证明”指以下情况：…3.无住房者，须提供学生家长《房屋租赁登记备案证明》及《房屋信息查询表》 (line 1340)
    ConditionExpectation(
        "BS-RX-004", "", "1.3", line: 1340, needed: ["rxHousing": "无房屋产权证"], notNeeded: ["rxHousing": "有房屋产权证"]),
    // 入学 事项4 （外省市学生家长除以上证件还要持有效的《大连市居住证》） (line 1339)
    ConditionExpectation("BS-RX-004", "", "3", line: 1339, needed: ["localHukou": "false"], notNeeded: ["localHukou": "true"]),
    // 入学 事项5 休学所需材料：县级及以上医疗单位出具的证明、病历及医疗收费发票等… 复学所需材料：县级及以上医疗单位出具的证明等…
    ConditionExpectation(
        "BS-RX-005", "", "1", line: 1355, needed: ["rxSuspendOrResume": "休学"], notNeeded: ["rxSuspendOrResume": "复学"]),
    ConditionExpectation(
        "BS-RX-005", "", "2", line: 1355, needed: ["rxSuspendOrResume": "休学"], notNeeded: ["rxSuspendOrResume": "复学"]),
    ConditionExpectation(
        "BS-RX-005", "", "3", line: 1356, needed: ["rxSuspendOrResume": "复学"], notNeeded: ["rxSuspendOrResume": "休学"]),
    // 入学 事项22 辽宁省外的生源持《录取通知书》(或学生证)、居民身份证、户口迁移证；省内生源持《录取通知书》(或学生证)、居民身份证
    ConditionExpectation(
        "BS-RX-022", "", "3", line: 1634,
        needed: ["rxOutsideLiaoningStudent": "true"], notNeeded: ["rxOutsideLiaoningStudent": "false"]),
    // 入学 事项33 情况一 3. 用人单位接收函原件。（经考试、考核被机关事业单位录用的留学回国人员需额外提供《大连市公务员录用通知单》或《大连市
    // 事业单位公开招聘工作人员聘用通知》原件及复印件） (line 1817)
    ConditionExpectation(
        "BS-RX-033", "case-1", "5", line: 1817,
        needed: ["rxHiredByPublicBody": "true"], notNeeded: ["rxHiredByPublicBody": "false"]),
    // 入学 事项33 情况二 7. 已经在我市创业的申领人，还应当提交投资或开业相关证明
    ConditionExpectation(
        "BS-RX-033", "case-2", "7", line: 1840,
        needed: ["rxStartedBusinessInDalian": "true", "familyAccompanies": "false"],
        notNeeded: ["rxStartedBusinessInDalian": "false", "familyAccompanies": "false"]),

    // ---- 殡葬 ----
    // 殡葬 事项2 （10）劳动合同及用工备案表原件及复印件（农村户籍职工提供）
    ConditionExpectation(
        "BS-BZ-002", "", "10", line: 11603, needed: ["bzRuralHukou": "true"], notNeeded: ["bzRuralHukou": "false"]),
    // 殡葬 事项4 符合免除基本殡葬服务费用的提交逝者身份证明
    ConditionExpectation("BS-BZ-004", "", "4", line: 11699, needed: ["bzFeeExempt": "true"], notNeeded: ["bzFeeExempt": "false"]),
    // 殡葬 事项6 6、所有继承人本人必须亲自到公证处办理公证。若不能到场需提供经公证的《委托书》或《放弃继承声明书》原件
    ConditionExpectation(
        "BS-BZ-006", "", "6", line: 11813, needed: ["bzHeirAbsent": "true"], notNeeded: ["bzHeirAbsent": "false"]),
    // 殡葬 事项6 7、若无第一顺位继承人，需确定全部第二顺位继承人人数…
    ConditionExpectation(
        "BS-BZ-006", "", "7", line: 11815, needed: ["bzNoFirstOrderHeir": "true"], notNeeded: ["bzNoFirstOrderHeir": "false"]),
    // 殡葬 事项6 二、3 (line 11808) "如其配偶也已亡故，同时提供配偶的死亡证明；…如被继承人父母已故，提供其父母的死亡证明。只有一个子女的，
    // 出具独生子女证" (round 20, tester 7): each document in its case only
    ConditionExpectation(
        "BS-BZ-006", "", "3.2", line: 11808,
        needed: ["bzDeceasedMarriage": "婚姻关系存续", "bzSpouseDeceased": "true"],
        notNeeded: ["bzDeceasedMarriage": "婚姻关系存续", "bzSpouseDeceased": "false"]),
    ConditionExpectation(
        "BS-BZ-006", "", "3.2", line: 11808,
        needed: ["bzDeceasedMarriage": "配偶先于其死亡"], notNeeded: ["bzDeceasedMarriage": "离婚"]),
    ConditionExpectation(
        "BS-BZ-006", "", "3.3", line: 11808, needed: ["bzParentDeceased": "true"], notNeeded: ["bzParentDeceased": "false"]),
    ConditionExpectation(
        "BS-BZ-006", "", "3.4", line: 11808, needed: ["bzOnlyChild": "true"], notNeeded: ["bzOnlyChild": "false"]),
    // 殡葬 事项6 二、4 (line 11810) "婚姻关系存续的提供结婚证。离婚的，提供离婚证、生效的法院民事调解书或判决书。被继承人配偶先于其死亡或离婚的，
    // 由民政部门出具配偶死亡后，被继承人未再婚的证明；被继承人再婚的，提供再婚结婚证"
    ConditionExpectation(
        "BS-BZ-006", "", "4.1", line: 11810,
        needed: ["bzDeceasedMarriage": "婚姻关系存续"], notNeeded: ["bzDeceasedMarriage": "离婚"]),
    ConditionExpectation(
        "BS-BZ-006", "", "4.2", line: 11810,
        needed: ["bzDeceasedMarriage": "离婚"], notNeeded: ["bzDeceasedMarriage": "再婚"]),
    ConditionExpectation(
        "BS-BZ-006", "", "4.3", line: 11810,
        needed: ["bzDeceasedMarriage": "配偶先于其死亡"], notNeeded: ["bzDeceasedMarriage": "婚姻关系存续"]),
    ConditionExpectation(
        "BS-BZ-006", "", "4.3", line: 11810,
        needed: ["bzDeceasedMarriage": "离婚"], notNeeded: ["bzDeceasedMarriage": "再婚"]),
    ConditionExpectation(
        "BS-BZ-006", "", "4.4", line: 11810,
        needed: ["bzDeceasedMarriage": "再婚"], notNeeded: ["bzDeceasedMarriage": "未婚"]),

    // ---- 婚姻 ----
    // 婚姻 事项7 二、2.离婚的需提供离婚证、生效的离婚判决书或离婚调解书、丧偶的需提供配偶医学死亡证明
    ConditionExpectation("BS-HY-007", "", "2", line: 8906, needed: ["maritalStatus": "离婚"], notNeeded: ["maritalStatus": "未婚"]),
    ConditionExpectation("BS-HY-007", "", "2.1", line: 8906, needed: ["maritalStatus": "离婚"], notNeeded: ["maritalStatus": "未婚"]),
    ConditionExpectation("BS-HY-007", "", "2.4", line: 8906, needed: ["maritalStatus": "丧偶"], notNeeded: ["maritalStatus": "离婚"]),
    // ---- second round (black-box report) ----
    // 户籍 事项4 8、备注（注意事项） (lines 1964-1970), numbered 6-17 after the five documents of 所需材料
    // （1）投靠人无职业的，需提供《就业失业登记证》；在我市有职业的，需提供…劳动合同或录(聘)用审批表、参加社会保险缴费证明等
    //     （投靠人系农村地区的，无需提供本条手续）
    ConditionExpectation(
        "BS-HJ-004", "", "6", line: 1964,
        needed: ["hjMigrantRural": "false", "hjMigrantOccupation": "无职业"],
        notNeeded: ["hjMigrantRural": "true", "hjMigrantOccupation": "无职业"]),
    ConditionExpectation(
        "BS-HJ-004", "", "6", line: 1964,
        needed: ["hjMigrantRural": "false", "hjMigrantOccupation": "无职业"],
        notNeeded: ["hjMigrantRural": "false", "hjMigrantOccupation": "在我市有职业"]),
    ConditionExpectation(
        "BS-HJ-004", "", "7", line: 1964,
        needed: ["hjMigrantRural": "false", "hjMigrantOccupation": "在我市有职业"],
        notNeeded: ["hjMigrantRural": "true", "hjMigrantOccupation": "在我市有职业"]),
    // （2）投靠人符合“因我市配偶死亡，来连照顾未成年子女”条件的，需提供配偶《死亡医学证明书》…及个人未再婚声明
    ConditionExpectation(
        "BS-HJ-004", "", "8", line: 1965,
        needed: ["hjSpouseDeceasedCaringChildren": "true"], notNeeded: ["hjSpouseDeceasedCaringChildren": "false"]),
    // （3）被投靠人无合法稳定住所但符合“连续参加社会保险年限”条件的，需提供无合法稳定住所证明及…劳动合同…社会保险缴费证明等
    ConditionExpectation(
        "BS-HJ-004", "", "9", line: 1966, needed: ["hjInsuranceYears": "true"], notNeeded: ["hjInsuranceYears": "false"]),
    // （4）被投靠人符合“在新区落户一年以上并合法稳定居住”条件的，需提供无合法稳定住所证明；取得租赁房屋合同备案证明或借住
    //     亲友家中并欲在此房屋地址落户的，房屋所有权人应当提供合法稳定住所证明…；居住在单位宿舍的需提供单位宿舍居住证明
    ConditionExpectation(
        "BS-HJ-004", "", "10", line: 1967,
        needed: ["hjNewDistrictRoute": "true", "hjNewDistrictLodging": "其他"], notNeeded: ["hjNewDistrictRoute": "false"]),
    ConditionExpectation(
        "BS-HJ-004", "", "11", line: 1967,
        needed: ["hjNewDistrictRoute": "true", "hjNewDistrictLodging": "租赁或借住亲友家中"],
        notNeeded: ["hjNewDistrictRoute": "true", "hjNewDistrictLodging": "单位宿舍"]),
    ConditionExpectation(
        "BS-HJ-004", "", "12", line: 1967,
        needed: ["hjNewDistrictRoute": "true", "hjNewDistrictLodging": "单位宿舍"],
        notNeeded: ["hjNewDistrictRoute": "true", "hjNewDistrictLodging": "租赁或借住亲友家中"]),
    // (5)随迁子女是国外出生的，需提供…认证的出生证明翻译件复印件…；被收养的，需提供《中华人民共和国收养登记证》；
    //    父母离异的，还需提供已确认抚养权的人民法院生效判决书或民事调解协议书等合法手续
    ConditionExpectation(
        "BS-HJ-004", "", "13", line: 1968,
        needed: ["accompanyingChildren": "true", "hjChildBornAbroad": "true"],
        notNeeded: ["accompanyingChildren": "true", "hjChildBornAbroad": "false"]),
    ConditionExpectation(
        "BS-HJ-004", "", "14", line: 1968,
        needed: ["accompanyingChildren": "true", "adoptedChild": "true"],
        notNeeded: ["accompanyingChildren": "true", "adoptedChild": "false"]),
    ConditionExpectation(
        "BS-HJ-004", "", "15", line: 1968,
        needed: ["accompanyingChildren": "true", "hjChildParentsDivorced": "true"],
        notNeeded: ["accompanyingChildren": "true", "hjChildParentsDivorced": "false"]),
    // (6)在校证明（18周岁以上未达到法定结婚年龄的高中…）或普通全日制高等学校在校学生办理投靠落户的，需就读学校出具《在校证明》
    ConditionExpectation(
        "BS-HJ-004", "", "16", line: 1969,
        needed: ["accompanyingChildren": "true", "hjChildStudent": "true"],
        notNeeded: ["accompanyingChildren": "true", "hjChildStudent": "false"]),
    // (7)农村居民之间的夫妻投靠，需由落户地村民委员会出具同意落户证明
    ConditionExpectation(
        "BS-HJ-004", "", "17", line: 1970, needed: ["hjBothRural": "true"], notNeeded: ["hjBothRural": "false"]),
    // 生育 事项8 2.所需材料：居民户口簿、结婚证（婚育关系变动的，提供离婚证）、…
    ConditionExpectation(
        "BS-SY-008", "", "3", line: 834, needed: ["syMarriageChanged": "true"], notNeeded: ["syMarriageChanged": "false"]),
    // … the 离婚证 is brought instead of the 结婚证 (round 9)
    ConditionExpectation(
        "BS-SY-008", "", "2", line: 834, needed: ["syMarriageChanged": "false"], notNeeded: ["syMarriageChanged": "true"]),
    // 殡葬 事项1 2.（1）…如果报警且未尸检的，申请人需要额外提供公安部门调查笔录复印件
    ConditionExpectation(
        "BS-BZ-001", "", "1.4", line: 11582,
        needed: ["bzDeathPlace": "医院", "bzReportedNoAutopsy": "true"],
        notNeeded: ["bzDeathPlace": "医院", "bzReportedNoAutopsy": "false"]),
    // 殡葬 事项1 2.（2）在家中或其他场所正常死亡的，…；如尸体已在殡仪馆的需要提供尸体冷藏卡；如果报警且未尸检的，…调查笔录复印件
    ConditionExpectation(
        "BS-BZ-001", "", "2", line: 11582,
        needed: ["bzDeathPlace": "家中正常死亡"], notNeeded: ["bzDeathPlace": "医院"]),
    ConditionExpectation(
        "BS-BZ-001", "", "2.5", line: 11582,
        needed: ["bzDeathPlace": "家中正常死亡", "bzBodyAtFuneralHome": "true"],
        notNeeded: ["bzDeathPlace": "家中正常死亡", "bzBodyAtFuneralHome": "false"]),
    ConditionExpectation(
        "BS-BZ-001", "", "2.6", line: 11582,
        needed: ["bzDeathPlace": "家中正常死亡", "bzReportedNoAutopsy": "true"],
        notNeeded: ["bzDeathPlace": "家中正常死亡", "bzReportedNoAutopsy": "false"]),
    // Round 3 (HJ, RX)
    // 入学 事项2 (line 1329) 须凭…房屋产权证、户口簿…。因贷款购买住房而暂无房屋产权证者…。无房屋产权证者…
    ConditionExpectation(
        "BS-RX-002", "", "1", line: 1329,
        needed: ["localHukou": "true", "rxHousing": "有房屋产权证"],
        notNeeded: ["localHukou": "true", "rxHousing": "无房屋产权证"]),
    // … 非本市户籍适龄儿童入学时，除以上证件，还要依据家长有效的《大连市居住证》等材料原件 (said twice: one material)
    ConditionExpectation(
        "BS-RX-002", "", "5", line: 1329,
        needed: ["localHukou": "false", "rxHousing": "有房屋产权证"],
        notNeeded: ["localHukou": "true", "rxHousing": "有房屋产权证"]),
    // … 除以上证件: a non-local child brings the 户口簿 too
    ConditionExpectation(
        "BS-RX-002", "", "2", line: 1329,
        needed: ["localHukou": "false", "rxHousing": "有房屋产权证"], notNeeded: [:]),
    // 入学 事项23 经批准转学…凭省级高教主管部门的批准文件 (line 1662); 因故退学、肄业、开除的…凭学校批准文件、肄业证 (line 1663)
    ConditionExpectation(
        "BS-RX-023", "", "1", line: 1662,
        needed: ["rxStudentMoveCause": "转学"], notNeeded: ["rxStudentMoveCause": "退学"]),
    ConditionExpectation(
        "BS-RX-023", "", "2", line: 1663,
        needed: ["rxStudentMoveCause": "肄业"], notNeeded: ["rxStudentMoveCause": "转学"]),
    ConditionExpectation(
        "BS-RX-023", "", "6", line: 1663,
        needed: ["rxStudentMoveCause": "开除"], notNeeded: ["rxStudentMoveCause": "转学"]),
    // 入学 事项24 (line 1690) 入学已办理户口迁移的…《户口迁移证》；入学时没有办理户口迁移的…《派遣证》、《报到证》
    ConditionExpectation(
        "BS-RX-024", "", "2", line: 1690,
        needed: ["rxHukouMovedAtEnrolment": "false"], notNeeded: ["rxHukouMovedAtEnrolment": "true"]),
    ConditionExpectation(
        "BS-RX-024", "", "3", line: 1690,
        needed: ["rxHukouMovedAtEnrolment": "true"], notNeeded: ["rxHukouMovedAtEnrolment": "false"]),
    // 户籍 事项6 (line 2002) 由户主提交本人《居民身份证》和补办申请（注明户内成员情况）
    ConditionExpectation("BS-HJ-006", "", "2", line: 2002, needed: [:], notNeeded: [:]),
    // 户籍 事项8 (line 2069) 户口簿，同时带速递证申领回执单或普通证（异地证）领取凭证
    ConditionExpectation("BS-HJ-008", "", "2", line: 2069, needed: [:], notNeeded: [:]),
    // 户籍 事项10 备注（1）被投靠人无合法稳定住所但符合“连续参加社会保险年限”条件的 (line 2146); a child of 17
    ConditionExpectation(
        "BS-HJ-010", "", "8", line: 2146,
        needed: ["hjInsuranceYears": "true", "residentId": "210202200707020013"],
        notNeeded: ["hjInsuranceYears": "false", "residentId": "210202200707020013"]),
    // … 备注（2）被投靠人符合“在新区落户一年以上并合法稳定居住”条件的 (line 2147)
    ConditionExpectation(
        "BS-HJ-010", "", "9", line: 2147,
        needed: ["hjNewDistrictRoute": "true", "residentId": "210202200707020013"],
        notNeeded: ["hjNewDistrictRoute": "false", "residentId": "210202200707020013"]),
    // … 备注（3）投靠的子女是国外出生的；被收养的；父母离异的 (line 2148)
    ConditionExpectation(
        "BS-HJ-010", "", "12", line: 2148,
        needed: ["hjDependentChildBornAbroad": "true", "residentId": "210202200707020013"],
        notNeeded: ["hjDependentChildBornAbroad": "false", "residentId": "210202200707020013"]),
    ConditionExpectation(
        "BS-HJ-010", "", "13", line: 2148,
        needed: ["hjDependentChildAdopted": "true", "residentId": "210202200707020013"],
        notNeeded: ["hjDependentChildAdopted": "false", "residentId": "210202200707020013"]),
    ConditionExpectation(
        "BS-HJ-010", "", "14", line: 2148,
        needed: ["hjDependentChildParentsDivorced": "true", "residentId": "210202200707020013"],
        notNeeded: ["hjDependentChildParentsDivorced": "false", "residentId": "210202200707020013"]),
    // … 所需材料 《出生医学证明》或我市有资质鉴定机构出具的亲子鉴定证明 (line 2123) ties a child born here to its birth parents; a
    // child born abroad brings the certified 《出生证明》 translation (12), an adopted one the 《收养登记证》 (13) in its place (备注（3）,
    // line 2148): round 19, tester 7 (both were also asked for 7). 户籍 事项11 the same words (lines 2155, 2180); a man of 20.
    bornHereOnly("BS-HJ-010", line: 2148, child: "210202200707020013", otherwise: "hjDependentChildAdopted"),
    bornHereOnly("BS-HJ-010", line: 2148, child: "210202200707020013", otherwise: "hjDependentChildBornAbroad"),
    bornHereOnly("BS-HJ-011", line: 2180, child: "210202200501010012", otherwise: "hjDependentChildAdopted"),
    bornHereOnly("BS-HJ-011", line: 2180, child: "210202200501010012", otherwise: "hjDependentChildBornAbroad"),
    // 户籍 事项11 备注（4）…在校学生办理投靠落户的，需就读学校出具《在校证明》 (line 2181): every applicant; a man of 20
    ConditionExpectation("BS-HJ-011", "", "15", line: 2181, needed: ["residentId": "210202200501010012"], notNeeded: [:]),
    // … 备注（1） (line 2178)
    ConditionExpectation(
        "BS-HJ-011", "", "8", line: 2178,
        needed: ["hjInsuranceYears": "true", "residentId": "210202200501010012"],
        notNeeded: ["hjInsuranceYears": "false", "residentId": "210202200501010012"]),
    // … 备注（3）父母离异的 (line 2180)
    ConditionExpectation(
        "BS-HJ-011", "", "14", line: 2180,
        needed: ["hjDependentChildParentsDivorced": "true", "residentId": "210202200501010012"],
        notNeeded: ["hjDependentChildParentsDivorced": "false", "residentId": "210202200501010012"]),
    // 户籍 事项13 备注（7）未成年人变更更正姓名的，提供未成年人的《出生医学证明》正页 (line 2271): 13 vs 20
    ConditionExpectation(
        "BS-HJ-013", "", "11", line: 2271,
        needed: ["residentId": "210202201201010015"], notNeeded: ["residentId": "210202200501010012"], neededByGuardian: true),
    // … 备注（1）因选取其他直系长辈血亲姓氏变更姓氏的 (line 2265)
    ConditionExpectation(
        "BS-HJ-013", "", "6", line: 2265,
        needed: ["hjRenameReason": "选取其他直系长辈血亲姓氏"], notNeeded: ["hjRenameReason": "其他"]),
    // … 备注（2）因被收养变更姓氏（名）的 (line 2266)
    ConditionExpectation(
        "BS-HJ-013", "", "7", line: 2266,
        needed: ["hjRenameReason": "被收养"], notNeeded: ["hjRenameReason": "其他"]),
    // … (3)因父母离婚一方要求变更子女姓名的 (line 2267)
    ConditionExpectation(
        "BS-HJ-013", "", "8", line: 2267,
        needed: ["hjRenameAfterParentsDivorce": "true", "hjParentsSignTogether": "true"],
        notNeeded: ["hjRenameAfterParentsDivorce": "false"]),
    // … （8）因户口登记错误需更正姓名的 (line 2272)
    ConditionExpectation(
        "BS-HJ-013", "", "12", line: 2272,
        needed: ["hjRenameReason": "户口登记错误"], notNeeded: ["hjRenameReason": "选取其他直系长辈血亲姓氏"]),
    // 殡葬 事项7 (1) 死亡或被宣告死亡人员的…《居民身份证》（十六周岁以上，收缴）
    ConditionExpectation(
        "BS-BZ-007", "", "1.2", line: 11859,
        needed: ["bzDeceasedAged16": "true"], notNeeded: ["bzDeceasedAged16": "false"]),
    // 生育 事项4 备注(1) 非婚生育随其中一方落户的，只需提供一方的《居民户口簿》、《居民身份证》、婚姻状况证明 (no 结婚证)
    ConditionExpectation(
        "BS-SY-004", "", "4", line: 628,
        needed: ["syNonMaritalBirth": "false"], notNeeded: ["syNonMaritalBirth": "true"]),
    ConditionExpectation(
        "BS-SY-004", "", "6", line: 628,
        needed: ["syNonMaritalBirth": "true"], notNeeded: ["syNonMaritalBirth": "false"]),
    // 备注(2) 非婚生育随父落户的，还需提供我市有资质鉴定机构出具的亲子鉴定证明
    ConditionExpectation(
        "BS-SY-004", "", "7", line: 629,
        needed: ["syNonMaritalBirth": "true", "syRegisterWithFather": "true"],
        notNeeded: ["syNonMaritalBirth": "true", "syRegisterWithFather": "false"]),
    // 备注(7) 新生婴儿父母民族不同的，需提供《大连市XX区（市、县）民族成份登记确认申请书》
    ConditionExpectation(
        "BS-SY-004", "", "15", line: 634,
        needed: ["syParentsEthnicityDiffer": "true"], notNeeded: ["syParentsEthnicityDiffer": "false"]),
    // 备注(8) 农村居民在农村地区办理新生婴儿出生落户的，需由落户地村民委员会出具同意落户证明
    ConditionExpectation(
        "BS-SY-004", "", "16", line: 635,
        needed: ["hjRuralNewborn": "true"], notNeeded: ["hjRuralNewborn": "false"]),
    // 生育 事项12 女职工生育待遇：…出生医学证明原件及复印件，诊断书，住院收据 (the 住院收据 is a document of its own)
    ConditionExpectation(
        "BS-SY-012", "", "5", line: 1286,
        needed: ["residentId": "210202199001010029"], notNeeded: ["residentId": "210202197001010011"]),
    // 婚姻 事项8 1.大连居民 户口簿上的婚姻状况应当与当事人声明一致，不一致的，…法院生效司法文书、配偶居民死亡医学证明（推断）书等材料
    ConditionExpectation(
        "BS-HY-008", "", "1.3", line: 8916,
        needed: ["hyStatusMismatch": "true"], notNeeded: ["hyStatusMismatch": "false"]),
    // … 当事人声明的婚姻状况与婚姻登记档案记载不一致的，当事人应当向登记机关提供能够证明其声明真实性的…材料 (the same proof, the
    // registry's archive instead of the 户口簿; round 25)
    ConditionExpectation(
        "BS-HY-008", "", "1.3", line: 8916,
        needed: ["hyStatusMismatch": "false", "hyArchiveStatusMismatch": "true"],
        notNeeded: ["hyStatusMismatch": "false", "hyArchiveStatusMismatch": "false"]),
    // 人力社保 事项17 (1) (line 2654) …其中，申请职业技能鉴定补贴的还应提供鉴定机构开具的行政事业性收费票据（或税务发票） (round 26)
    ConditionExpectation(
        "BS-RS-017", "", "1.4", line: 2654,
        needed: ["rsTrainingSubsidyGroup": "五类人员", "rsSkillAppraisalSubsidy": "true"],
        notNeeded: ["rsTrainingSubsidyGroup": "五类人员", "rsSkillAppraisalSubsidy": "false"]),
    // 婚姻 事项3 (line 8863) the same two sentences, for 结婚登记 of two mainland residents
    ConditionExpectation(
        "BS-HY-003", "", "4", line: 8863,
        needed: ["hyStatusMismatch": "true"], notNeeded: ["hyStatusMismatch": "false", "hyArchiveStatusMismatch": "false"]),
    ConditionExpectation(
        "BS-HY-003", "", "4", line: 8863,
        needed: ["hyStatusMismatch": "false", "hyArchiveStatusMismatch": "true"],
        notNeeded: ["hyStatusMismatch": "false", "hyArchiveStatusMismatch": "false"]),
    // 退休 事项6 (2) 退休审批材料：同“新增退休人员养老保险待遇核准支付” → 退休 事项3 (1) 7）《异地参加养老保险及领取待遇情况
    // 承诺书》（此项仅适用于外地户籍人员及1998年1月1日后户籍迁入我市的参保人员）
    ConditionExpectation(
        "BS-TX-006", "", "2.5", line: 9047,
        needed: ["residentId": "210202197001010011", "txNonLocalHukou": "true"],
        notNeeded: ["residentId": "210202197001010011", "txNonLocalHukou": "false"]),
    // 退休 事项3 (1) 8）《大连市劳动能力鉴定结论书》、《因病、非因工致残提前退休（职）申请表》（此项仅适用于因病提前退休/职）
    ConditionExpectation(
        "BS-TX-003", "", "1.8", line: 9047,
        needed: ["insuredCategory": "企业职工", "txRetirementRoute": "因病提前退休"],
        notNeeded: ["insuredCategory": "企业职工", "txRetirementRoute": "正常退休"]),
    // … 10）《企业职工办理特殊工种退休资格审核表》（此项仅适用于特殊工种退休人员）
    ConditionExpectation(
        "BS-TX-003", "", "1.10", line: 9047,
        needed: ["insuredCategory": "企业职工", "txRetirementRoute": "特殊工种提前退休"],
        notNeeded: ["insuredCategory": "企业职工", "txRetirementRoute": "因病提前退休"]),
    // … (2) 灵活就业人员 8.《企业军转干部职级认定表》、《困难国有企业军转干部提前退休申请书》（此项仅适用于军转干部退休人员）
    ConditionExpectation(
        "BS-TX-003", "", "2.8", line: 9048,
        needed: ["insuredCategory": "灵活就业人员", "txRetirementRoute": "军转干部提前退休"],
        notNeeded: ["insuredCategory": "灵活就业人员", "txRetirementRoute": "正常退休"]),
    // ---- area B fixes (curated/003-g-area-b.xml) ----
    // 生育 事项4 备注(4)新生婴儿违规已随非亲生父(母)办理出生落户，现要随亲生父(母)落户的，需提供原始《出生医学证明》正页、
    // 加盖出生落户地派出所户口专用章的注销户口证明及《出生医学证明》副页复印件 (line 631)
    ConditionExpectation(
        "BS-SY-004", "", "8", line: 631,
        needed: ["syReRegisterWithBirthParent": "true"], notNeeded: ["syReRegisterWithBirthParent": "false"]),
    ConditionExpectation(
        "BS-SY-004", "", "9", line: 631,
        needed: ["syReRegisterWithBirthParent": "true"], notNeeded: ["syReRegisterWithBirthParent": "false"]),
    // 备注(5)符合“女士官驻地在我市的，其新生婴儿可以在我市女士官驻地办理呈报出生户口登记”条件的，还需提供女士官的《任职命令》、
    // 《士官选取报告表》 (line 632)
    ConditionExpectation(
        "BS-SY-004", "", "10", line: 632, needed: ["syFemaleNcoStation": "true"], notNeeded: ["syFemaleNcoStation": "false"]),
    ConditionExpectation(
        "BS-SY-004", "", "11", line: 632, needed: ["syFemaleNcoStation": "true"], notNeeded: ["syFemaleNcoStation": "false"]),
    // 备注(6)符合“父母双方均为现役军人或父母双方均为高校学生集体户口的或一方为现役军人另一方为高校学生集体户口落户户籍在我市的
    // 祖父（母）或外祖父（母）”条件的，还需提供祖父母或外祖父母的《居民户口簿》、《居民身份证》以及新生婴儿父母与祖父（母）或
    // 外祖父（母）的亲属关系证明 (line 633)
    ConditionExpectation(
        "BS-SY-004", "", "12", line: 633,
        needed: ["syRegisterWithGrandparent": "true"], notNeeded: ["syRegisterWithGrandparent": "false"]),
    ConditionExpectation(
        "BS-SY-004", "", "13", line: 633,
        needed: ["syRegisterWithGrandparent": "true"], notNeeded: ["syRegisterWithGrandparent": "false"]),
    ConditionExpectation(
        "BS-SY-004", "", "14", line: 633,
        needed: ["syRegisterWithGrandparent": "true"], notNeeded: ["syRegisterWithGrandparent": "false"]),
    // 生育 事项10 （一）本地就医的，参保职工实施计划生育手术，持社保卡、身份证直接到计划生育定点医疗机构… (line 1126): two documents
    ConditionExpectation(
        "BS-SY-010", "case-1", "2", line: 1126,
        needed: ["insuredCategory": "机关事业单位职工"], notNeeded: [:]),
    // 户籍 事项10 备注（5）农村居民之间的子女投靠父母，需由落户地村民委员会出具同意落户证明 (line 2150): a child of 17
    ConditionExpectation(
        "BS-HJ-010", "", "16", line: 2150,
        needed: ["hjRuralChildToParents": "true", "residentId": "210202200707020013"],
        notNeeded: ["hjRuralChildToParents": "false", "residentId": "210202200707020013"]),
    // 户籍 事项11 备注（5）the same (line 2182): a student of 20
    ConditionExpectation(
        "BS-HJ-011", "", "16", line: 2182,
        needed: ["hjRuralChildToParents": "true", "residentId": "210202200501010012"],
        notNeeded: ["hjRuralChildToParents": "false", "residentId": "210202200501010012"]),
    // 户籍 事项13 备注(4)父母再婚随继父（母）姓氏的，需提供《结婚证》；申请人为未成年人的，还需提供生父母双方协商一致的同意意见书 (line 2268)
    ConditionExpectation(
        "BS-HJ-013", "", "9", line: 2268,
        needed: ["hjRenameReason": "父母再婚随继父（母）姓氏"], notNeeded: ["hjRenameReason": "被收养"]),
    // … a child of 13 vs an adult of 20
    ConditionExpectation(
        "BS-HJ-013", "", "10", line: 2268,
        needed: ["hjRenameReason": "父母再婚随继父（母）姓氏", "residentId": "210202201201010015"],
        notNeeded: ["hjRenameReason": "父母再婚随继父（母）姓氏", "residentId": "210202200501010012"], neededByGuardian: true),
    // … （9）其它正当理由需变更姓名的，提供与正当理由相适应的证明材料（由内勤民警提供书面清单） (line 2273); 4.名字中含有冷僻字的 (line 2230)
    // is a reason of its own, with （6） the 《通用规范汉字表》 as the basis, no document
    ConditionExpectation(
        "BS-HJ-013", "", "13", line: 2273,
        needed: ["hjRenameReason": "其他"], notNeeded: ["hjRenameReason": "名字中含有冷僻字"]),
    // 户籍 事项3 理由正当，需要在本市、县内其他派出所辖区登记户口的，落户地派出所可以凭…原户口所在地派出所出具的户口注销证明…办理落户手续
    // (line 1913); 在原户口注销地恢复户口的 依据原户口注销登记直接办理
    ConditionExpectation(
        "BS-HJ-003", "", "5", line: 1913,
        needed: ["hjRestoreAtOtherStation": "true"], notNeeded: ["hjRestoreAtOtherStation": "false"]),
]

public let notRequired003HJ: [NotRequiredExpectation] = [
    // 户籍 事项6 补发新的《居民户口簿》后，原《居民户口簿》作废；遗失的《居民户口簿》重新找到的，应当交派出所销毁 (what follows the reissue)
    NotRequiredExpectation("BS-HJ-006", "", name: "原《居民户口簿》作废", line: 2002),
    NotRequiredExpectation("BS-HJ-006", "", name: "应当交派出所销毁", line: 2002),
    // 户籍 事项13: a child whose parents did not divorce needs no 委托书
    NotRequiredExpectation(
        "BS-HJ-013", "", name: "委托书", line: 2241, facts: ["hjRenameAfterParentsDivorce": "false"]),
    // 入学 事项4 “居住证明”指以下情况： (a heading)
    NotRequiredExpectation("BS-RX-004", "", name: "“居住证明”指以下情况", line: 1340),
    // 入学 事项22 省内生源持《录取通知书》(或学生证)、居民身份证 (the same documents again) and no 户口迁移证
    NotRequiredExpectation("BS-RX-022", "", name: "省内生源", line: 1634),
    NotRequiredExpectation("BS-RX-022", "", name: "户口迁移证", line: 1634, facts: ["rxOutsideLiaoningStudent": "false"]),
    // 殡葬 事项6 8、公证人员要求的其他补证材料和程序（如询问证人） (asked for later by the notary)
    NotRequiredExpectation("BS-BZ-006", "", name: "公证人员要求的其他补证材料", line: 11816),
    // 婚姻 事项7: 当事人…婚姻状况为未婚、离婚或丧偶 (line 8901); an unmarried applicant brings neither 离婚 nor 丧偶 papers
    NotRequiredExpectation("BS-HY-007", "", name: "配偶医学死亡证明", line: 8906, facts: ["maritalStatus": "未婚"]),
    NotRequiredExpectation("BS-HY-007", "", name: "离婚证", line: 8906, facts: ["maritalStatus": "未婚"]),
    // 退休 事项12 3.签订养老机构服务协议 (a step after "2.准备相关材料")
    NotRequiredExpectation("BS-TX-012", "", name: "签订养老机构服务协议", line: 11577),
    // 殡葬 事项4: no 逝者身份证明 when the fee is not waived
    NotRequiredExpectation("BS-BZ-004", "", name: "逝者身份证明", line: 11699, facts: ["bzFeeExempt": "false"]),
    // ---- second round (black-box report) ----
    // 入学 事项16 2、所需材料 …休学期限为一学年，连续休学最多不超过2学年 (a rule, not a document)
    NotRequiredExpectation("BS-RX-016", "", name: "休学期限为一学年", line: 1522),
    // 殡葬 事项1 2.（1）（2）: no 调查笔录 unless 报警且未尸检, no 尸体冷藏卡 unless the body is at the funeral home
    NotRequiredExpectation(
        "BS-BZ-001", "", name: "公安部门调查笔录", line: 11582, facts: ["bzDeathPlace": "医院", "bzReportedNoAutopsy": "false"]),
    NotRequiredExpectation(
        "BS-BZ-001", "", name: "尸体冷藏卡", line: 11582,
        facts: ["bzDeathPlace": "家中正常死亡", "bzBodyAtFuneralHome": "false", "bzReportedNoAutopsy": "false"]),
    // 生育 事项8 结婚证（婚育关系变动的，提供离婚证）: no 离婚证 without a change
    NotRequiredExpectation("BS-SY-008", "", name: "离婚证", line: 834, facts: ["syMarriageChanged": "false"]),
    // 户籍 事项4 备注（1）（投靠人系农村地区的，无需提供本条手续）
    NotRequiredExpectation(
        "BS-HJ-004", "", name: "就业失业登记证", line: 1964, facts: ["hjMigrantRural": "true", "hjMigrantOccupation": "无职业"]),
    // 户籍 事项4 合法稳定住所证明(符合“连续参加社会保险年限”条件的,无需提供本条手续) (line 1941)
    NotRequiredExpectation(
        "BS-HJ-004", "", name: "投靠人无合法稳定住所证明", line: 1941, facts: ["hjInsuranceYears": "false"]),
    // Round 3 (HJ, RX)
    // 入学 事项2 (line 1329): the 居住证 only for a non-local child
    NotRequiredExpectation("BS-RX-002", "", name: "居住证", line: 1329, facts: ["localHukou": "true"]),
    // 入学 事项23 (lines 1662-1663): a transferring student has no 肄业证书; a student who leaves has no 省级 approval
    NotRequiredExpectation("BS-RX-023", "", name: "肄业证书", line: 1662, facts: ["rxStudentMoveCause": "转学"]),
    NotRequiredExpectation("BS-RX-023", "", name: "省级高校主管部门", line: 1663, facts: ["rxStudentMoveCause": "退学"]),
    // 入学 事项24 (line 1690): one route each
    NotRequiredExpectation("BS-RX-024", "", name: "《户口迁移证》", line: 1690, facts: ["rxHukouMovedAtEnrolment": "false"]),
    NotRequiredExpectation("BS-RX-024", "", name: "《报到证》", line: 1690, facts: ["rxHukouMovedAtEnrolment": "true"]),
    // 户籍 事项10 备注（1）（2）: 无合法稳定住所证明 only in those cases
    NotRequiredExpectation(
        "BS-HJ-010", "", name: "无合法稳定住所证明", line: 2146,
        facts: ["hjInsuranceYears": "false", "hjNewDistrictRoute": "false", "residentId": "210202200707020013"]),
    // 户籍 事项13 备注（7）: an adult brings no 出生医学证明
    NotRequiredExpectation("BS-HJ-013", "", name: "出生医学证明", line: 2271, facts: ["residentId": "210202200501010012"]),
    // 生育 事项4 备注(1) 非婚生育随其中一方落户的: no 结婚证
    NotRequiredExpectation("BS-SY-004", "", name: "结婚证", line: 628, facts: ["syNonMaritalBirth": "true"]),
    // 退休 事项3 (1) 5）《养老保险手册》（有则提供）, asked by 退休 事项6 (2)
    NotRequiredExpectation("BS-TX-006", "", name: "养老保险手册", line: 9047),
    // 退休 事项3 (1) 5）《养老保险手册》（有则提供）
    NotRequiredExpectation(
        "BS-TX-003", "", name: "《养老保险手册》（有则提供）", line: 9047,
        facts: ["insuredCategory": "企业职工", "txRetirementRoute": "正常退休"]),
    // 退休 事项3 (3) 7. 其他证明材料: a catch-all, no document
    NotRequiredExpectation(
        "BS-TX-003", "", name: "其他证明材料", line: 9049, facts: ["insuredCategory": "机关事业单位职工"]),
    // 退休 事项5 (因病或非因公负伤提前退休) (1) 9.…（此项仅适用于军转干部退休人员）, 10.…（此项仅适用于特殊工种退休人员）
    NotRequiredExpectation("BS-TX-005", "", name: "军转干部", line: 9110, facts: ["insuredCategory": "企业职工"]),
    NotRequiredExpectation(
        "BS-TX-005", "", name: "特殊工种退休资格审核表", line: 9110, facts: ["insuredCategory": "企业职工"]),
]

public let agents003HJ: [AgentExpectation] = [
    // 生育 事项1 8.备注 (line 68), 事项2 8.备注 (line 140): 委托办理的需提交《办理计划生育事项委托书》
    AgentExpectation("BS-SY-001", "", material: "5", line: 68),
    AgentExpectation("BS-SY-002", "", material: "7", line: 140),
    // 生育 事项7 (line 737) 委托代理的需提交《办理计划生育事项委托书》
    AgentExpectation("BS-SY-007", "", material: "6", line: 737),
    // 生育 事项8 8.备注 (line 897): 委托办理的需提交《办理计划生育事项委托书》及被委托人身份证
    AgentExpectation("BS-SY-008", "", material: "5.1", line: 897),
    AgentExpectation("BS-SY-008", "", material: "5.2", line: 897),
    // 婚姻 事项7 二、4 (line 8908): 受托人应提供本人居民身份证、委托人户口簿和居民身份证原件以及…委托书
    AgentExpectation("BS-HY-007", "", material: "4.1", line: 8908),
    AgentExpectation("BS-HY-007", "", material: "4.3", line: 8908),
    // Cannot be delegated:
    // 户籍 事项3/4 7、可否代办：否。因需采集照片及指纹，因此办理落户及身份证时本人应到场。
    AgentExpectation("BS-HJ-003", "", material: nil, line: 1936),
    AgentExpectation("BS-HJ-004", "", material: nil, line: 1962),
    // 户籍 事项5 7、可否代办：否。
    // A private person's own inquiry (line 1976 个人查询); a lawyer's for a party is no 代办 (round 60).
    AgentExpectation("BS-HJ-005", "", material: nil, line: 1996, facts: ["hjInquirer": "个人"]),
    // 入学 事项16 7、可否代办：不可代办。 (an adult student; 办理流程 "学生监护人持休学材料向所在学校提出申请" (line 1524):
    // the guardian of a minor student is the one the guide sends)
    AgentExpectation("BS-RX-016", "", material: nil, line: 1530, facts: ["residentId": "210202200501010012"]),
    // 婚姻 事项3 双方当事人…亲自到一方常住户口所在地的婚姻登记机关办理
    AgentExpectation("BS-HY-003", "", material: nil, line: 8862),
    // 婚姻 事项5 夫妻双方…共同到一方常住户口所在地的婚姻登记机关办理离婚登记
    AgentExpectation("BS-HY-005", "", material: nil, line: 8876),
    // Third round: 代办 rules (a sweep of every 可否代办 of the guide)
    // 生育 事项5 7.可否代办：不可代办。; 事项6 7.是否可以代办：不可以。; 事项9 7.可否代办：不可以 ((一)(二)(三))
    AgentExpectation("BS-SY-005", "", material: nil, line: 663),
    // 生育 事项6: an adult applicant; "儿童出生后1个月内，其监护人应当到儿童居住地的接种单位为其办理预防接种证" (line 674): the
    // guardian of a child is not the agent refused
    AgentExpectation(
        "BS-SY-006", "vaccination", material: nil, line: 731,
        facts: ["residentId": "210202197001010011", "syVaccineChildAge": "3"]),
    // (生育 事项9 （一） 5.办理时限 每年从1月份至4月10日进行申请 (line 966): the application is made inside the window)
    AgentExpectation("BS-SY-009", "case-1", material: nil, line: 968, submitted: "2025-03-02T09:30:00+08:00"),
    AgentExpectation("BS-SY-009", "case-2", material: nil, line: 1041),
    AgentExpectation("BS-SY-009", "case-3", material: nil, line: 1117),
    // 入学 事项13/15 7、可否代办：不可(以)代办。; 事项22/23 …落户时因需采集照片及指纹，因此，不能代办
    AgentExpectation("BS-RX-013", "", material: nil, line: 1501),
    AgentExpectation("BS-RX-015", "", material: nil, line: 1519),
    AgentExpectation("BS-RX-022", "", material: nil, line: 1657),
    AgentExpectation("BS-RX-023", "", material: nil, line: 1685),
    // 入学 事项20 7、可否代办 除新生身份确认不可代办外，其它工作可以代办。
    AgentExpectation("BS-RX-020", "", material: nil, line: 1599, facts: ["rxSelfStudyNewCandidate": "true"]),
    // 入学 事项25 7、可否代办 …需提供个人情况说明及相关证明、本人身份证原件、出具委托书…可由被委托人…代为办理
    AgentExpectation("BS-RX-025", "", material: "2", line: 1780),
    AgentExpectation("BS-RX-025", "", material: "3", line: 1780),
    // 户籍 事项1/2 落户需本人办理; 事项6 不可以; 事项7/8 …不允许代办; 事项9/11 否。因需采集照片及指纹; 事项14 否
    AgentExpectation("BS-HJ-001", "", material: nil, line: 1876),
    AgentExpectation("BS-HJ-002", "", material: nil, line: 1910),
    AgentExpectation("BS-HJ-006", "", material: nil, line: 2022),
    AgentExpectation("BS-HJ-007", "nearby", material: nil, line: 2055),
    AgentExpectation("BS-HJ-008", "", material: nil, line: 2087),
    // 户籍 事项8 (line 2087) 不允许代办 forbids a commissioned agent; a child comes with the guardian who acts for it, as for the
    // 居民身份证 (事项7, line 2057 申请人未满16周岁，需监护人陪同): DecisionTests.aGuardianIsNoForbiddenAgent (session 25; the fourth
    // round had refused a child of 13 with a guardian)
    AgentExpectation("BS-HJ-009", "", material: nil, line: 2116),
    AgentExpectation("BS-HJ-011", "", material: nil, line: 2176),
    AgentExpectation("BS-HJ-014", "", material: nil, line: 2299),
    // 户籍 事项10, 12 十六周岁以下由监护人代办；十六周岁以上本人到场采集照片及指纹; 事项13 未成年人由监护人代办，成年人由本人办理 (the
    // test's applicant is an adult). 事项10's applicant is a child under 18: one of 17 comes in person, and no one, the guardian
    // neither, files in the child's place (round 20, tester 6, as 事项12; DecisionTests.aChildOfSixteenOrMoreComesInPerson); who
    // files, not 不允许代办: returned to come in person, as a child under 16 filing alone is (round 58, tester d)
    AgentExpectation(
        "BS-HJ-010", "", material: nil, line: 2144, facts: ["residentId": "210202200707020013"], corrected: true),
    AgentExpectation("BS-HJ-012", "", material: nil, line: 2221, corrected: true),
    // An adult (55): 成年人由本人办理
    AgentExpectation("BS-HJ-013", "", material: nil, line: 2263, facts: ["residentId": "210202197001010011"]),
    // 退休 事项7 7.可否代办 否; 殡葬 事项2 7.可否代办 否; 殡葬 事项6 七、可否代办 不能代办。
    AgentExpectation("BS-TX-007", "", material: nil, line: 9206),
    AgentExpectation("BS-BZ-002", "", material: nil, line: 11645),
    AgentExpectation("BS-BZ-006", "", material: nil, line: 11854),
]

/// Material 7 of 户籍 事项10, 11 (《出生医学证明》或…亲子鉴定证明) is needed of a child born here and not adopted, not of one for
/// whom `otherwise` (born abroad, adopted) is true. `child`: a resident id of the matter's age.
private func bornHereOnly(_ code: String, line: Int, child: String, otherwise: String) -> ConditionExpectation {
    let bornHere = ["hjDependentChildBornAbroad": "false", "hjDependentChildAdopted": "false", "residentId": child]
    return ConditionExpectation(
        code, "", "7", line: line, needed: bornHere, notNeeded: bornHere.merging([otherwise: "true"]) { $1 })
}
