// One example per forbidden case of 003_ac3441e5f5207cf8.txt that a fact (or the resident id)
// decides. The guide has no 违规禁办 list: these cases come from its own words (申请条件, 由…部门
// 办理). Each map names every fact the case's condition reads. The cases on `boolean(m:agent)`
// (F-agent: 可否代办：否, 须本人/双方亲自到场) cannot be written as facts; they are in
// Conditions003*.swift (`agents003…`, AgentExpectation with material nil).
// Resident ids (submitted 2025-07-01): 210202200401010015 male born 2004-01-01 (21),
// 210202200301010018 male born 2003-01-01 (22), 210202200601010028 female born 2006-01-01 (19),
// 210202200501010020 female born 2005-01-01 (20).

public let forbiddenExamples003: [ForbiddenExample] =
    [
        // 婚姻 事项7 一、1.当事人应达到我国法定婚龄，婚姻状况为未婚、离婚或丧偶 (line 8901): a married applicant
        ForbiddenExample(
            "BS-HY-007", "F-married",
            triggering: ["maritalStatus": "已婚"],
            notTriggering: ["maritalStatus": "未婚"]),
        // … 达到我国法定婚龄 (男22周岁、女20周岁, 婚姻 事项1 line 8849): a man of 21 vs 22
        ForbiddenExample(
            "BS-HY-007", "F-age",
            triggering: ["residentId": "210202200401010015"],
            notTriggering: ["residentId": "210202200301010018"]),
        // … a woman of 19 vs 20
        ForbiddenExample(
            "BS-HY-007", "F-age",
            triggering: ["residentId": "210202200601010028"],
            notTriggering: ["residentId": "210202200501010020"]),
        // 殡葬 事项1 2.（3）在家中或其他场所非正常死亡的，公安司法机构判定为非正常死亡者，由公安司法部门按照现行规定及程序办理
        // (line 11582): not issued here
        ForbiddenExample(
            "BS-BZ-001", "F-police",
            triggering: ["bzDeathPlace": "家中非正常死亡"],
            notTriggering: ["bzDeathPlace": "医院"]),
        // Round 3 (HJ, RX, RS, QT)
        // 户籍 事项9 投靠人单老人65周岁以上 (line 2092): a man of 64 vs 65
        ForbiddenExample(
            "BS-HJ-009", "F-age-single",
            triggering: ["hjElderCouple": "false", "residentId": "210202196101010014"],
            notTriggering: ["hjElderCouple": "false", "residentId": "210202196001010017"]),
        // … 双老人130周岁以上: 64 + 65 vs 64 + 66
        ForbiddenExample(
            "BS-HJ-009", "F-age-couple",
            triggering: ["hjElderCouple": "true", "residentId": "210202196101010014", "hjOtherElderAge": "65"],
            notTriggering: ["hjElderCouple": "true", "residentId": "210202196101010014", "hjOtherElderAge": "66"]),
        // 户籍 事项10 投靠人18周岁以下 (line 2121): 18 (born 2007-07-01) vs 17 (born 2007-07-02)
        ForbiddenExample(
            "BS-HJ-010", "F-age",
            triggering: ["residentId": "210202200707010018"],
            notTriggering: ["residentId": "210202200707020013"]),
        // 户籍 事项11 18周岁以上未达到法定结婚年龄的…在校学生 (line 2153): 17 vs 20 (male)
        ForbiddenExample(
            "BS-HJ-011", "F-age",
            triggering: ["residentId": "210202200707020013"],
            notTriggering: ["residentId": "210202200501010012"]),
        // … a man of 22 vs 21
        ForbiddenExample(
            "BS-HJ-011", "F-age",
            triggering: ["residentId": "210202200301010018"],
            notTriggering: ["residentId": "210202200401010015"]),
        // … a woman of 20 vs 19
        ForbiddenExample(
            "BS-HJ-011", "F-age",
            triggering: ["residentId": "210202200501010020"],
            notTriggering: ["residentId": "210202200601010028"]),
        // 户籍 事项13 不予办理 8.正在服刑、被采取刑事强制措施或行政处罚尚未执行完结的 (line 2235); an adult of 20, who files
        // alone (7、可否代办 成年人由本人办理, line 2263)
        ForbiddenExample(
            "BS-HJ-013", "F-sentence",
            triggering: ["hjRenameUnderSentence": "true"],
            notTriggering: ["hjRenameUnderSentence": "false", "residentId": "210202200501010012"]),
        // … 7、可否代办 未成年人由监护人代办 (line 2263): a child of 17 alone vs an adult of 18 alone (a child through its
        // guardian: DecisionTests.aChildFilesThroughItsGuardian)
        ForbiddenExample(
            "BS-HJ-013", "F-minor-alone",
            triggering: ["residentId": "210202200707020013"],
            notTriggering: ["residentId": "210202200707010018"], returns: true),
        // 车管 事项10 1、事项说明 (line 7865) 年龄在70周岁以上的机动车驾驶人…；持有残疾人专用小型自动挡载客汽车驾驶证的机动车驾驶人: a
        // driver of 35 without that licence vs with it, and vs a driver of 70 (born 1955-07-01) without it
        ForbiddenExample(
            "BS-CG-010", "F-not-due",
            triggering: ["residentId": "210202199001011232", "cgDisabledDriverLicence": "false"],
            notTriggering: ["residentId": "210202199001011232", "cgDisabledDriverLicence": "true"]),
        ForbiddenExample(
            "BS-CG-010", "F-not-due",
            triggering: ["residentId": "210202195507020015", "cgDisabledDriverLicence": "false"],
            notTriggering: ["residentId": "210202195507010036", "cgDisabledDriverLicence": "false"]),
        // 户籍 事项10, 12 7、可否代办 十六周岁以下由监护人代办 (lines 2144, 2221): a child of 15 alone vs one of 16
    ]
    + ForbiddenExample.alike(
        ["BS-HJ-010", "BS-HJ-012"], "F-minor-alone",
        triggering: ["residentId": "210202200907020018"],
        notTriggering: ["residentId": "210202200907010012"], returns: true)
    // 户籍 事项7 (line 2057) 申请人未满16周岁，需监护人陪同; 出入境 事项1-3 4、(lines 8507, 8597, 8723) 未满十六周岁的申请人…应当由
    // 监护人陪同申请: a child of 15 files alone (the guardian who comes with it files as agent) vs an adult, and vs one of 16
    // (second: the settled facts of these matters take the first example's adult)
    + ["BS-HJ-007", "BS-CRJ-001", "BS-CRJ-002", "BS-CRJ-003"].flatMap { code in
        ForbiddenExample.escapes(
            code, "F-minor-alone", triggering: ["residentId": "210202200907020018"],
            by: [["residentId": "210202198001010024"], ["residentId": "210202200907010012"]], returns: true)
    }
    // 生育 事项6 3.办理流程 (line 674) 儿童出生后1个月内，其监护人应当到儿童居住地的接种单位为其办理预防接种证: the child of 3 as
    // applicant alone vs its parent of 45
    + ForbiddenExample.alike(
        ["BS-SY-006"], "F-minor-alone",
        triggering: ["residentId": "210202202201010036"], notTriggering: ["residentId": "210202198001010024"],
        returns: true) + [
        // … 9.作为当事人的民事案件尚未审结或者尚未执行完毕的 (line 2236)
        ForbiddenExample(
            "BS-HJ-013", "F-civil-case",
            triggering: ["hjRenamePendingCivilCase": "true"],
            notTriggering: ["hjRenamePendingCivilCase": "false"]),
        // … 10.父母离婚的未成年人变更姓名，父母未能达成协议的 (line 2237): a child of 13
        ForbiddenExample(
            "BS-HJ-013", "F-parents-disagree",
            triggering: [
                "hjRenameAfterParentsDivorce": "true", "residentId": "210202201201010015", "hjRenameParentsAgree": "false",
            ],
            notTriggering: [
                "hjRenameAfterParentsDivorce": "true", "residentId": "210202201201010015", "hjRenameParentsAgree": "true",
            ]),
        // 入学 事项15 同一个城市普通高中之间不允许转学 (line 1506)
        ForbiddenExample(
            "BS-RX-015", "F-same-city",
            triggering: ["rxSameCityTransfer": "true"],
            notTriggering: ["rxSameCityTransfer": "false"]),
        // … 学生在休学期间不能转学 (line 1506)
        ForbiddenExample(
            "BS-RX-015", "F-on-leave",
            triggering: ["rxTransferDuringLeave": "true"],
            notTriggering: ["rxTransferDuringLeave": "false"]),
        // … 毕业年级最后一学期不受理转学 (line 1517)
        ForbiddenExample(
            "BS-RX-015", "F-final-term",
            triggering: ["rxFinalTermOfGraduatingYear": "true"],
            notTriggering: ["rxFinalTermOfGraduatingYear": "false"]),
        // Round 3 (curated/003-d-round3.xml). Resident ids: 210202197101010019 male born 1971-01-01 (54),
        // 210202197001010011 male born 1970-01-01 (55), 210202198101010021 female born 1981-01-01 (44),
        // 210202198001010024 female born 1980-01-01 (45).
        // 公积金 事项1 申请条件 (1) 连续足额缴存住房公积金满3个月 (line 6457)
        ForbiddenExample(
            "BS-GJJ-001", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        // … (2) 购买国有土地上建造商品住房的，房屋坐落地应在申请提取人或配偶的户籍或实际工作所在设区城市的行政区域内 (line 6459)
        ForbiddenExample(
            "BS-GJJ-001", "F-location",
            triggering: ["gjjCommodityHousing": "true", "gjjHouseLocation": "其他地方"],
            notTriggering: ["gjjCommodityHousing": "true", "gjjHouseLocation": "户籍所在地"]),
        // … 补充说明 (1) 职工多次购买同一拥有所有权自住住房的，只能提取一次住房公积金 (line 6482)
        ForbiddenExample(
            "BS-GJJ-001", "F-repeat",
            triggering: ["gjjSameHouseExtracted": "true"],
            notTriggering: ["gjjSameHouseExtracted": "false"]),
        // … (2) 购买规划用途为办公、商业、工业、公共配套等非住宅用房的，不得提取住房公积金 (line 6483)
        ForbiddenExample(
            "BS-GJJ-001", "F-non-residential",
            triggering: ["gjjNonResidential": "true"],
            notTriggering: ["gjjNonResidential": "false"]),
        // … (3) 以赠与、继承、分割、合并和交换等方式取得具有所有权自住住房的，不得提取住房公积金 (line 6484)
        ForbiddenExample(
            "BS-GJJ-001", "F-gift",
            triggering: ["gjjAcquiredByGiftEtc": "true"],
            notTriggering: ["gjjAcquiredByGiftEtc": "false"]),
        // 公积金 事项19 因男职工年满55周岁、女职工年满45周岁，连续两年以上未缴存住房公积金的 (line 6887): a man of 54 vs 55
        ForbiddenExample(
            "BS-GJJ-019", "F-age",
            triggering: ["residentId": "210202197101010019"],
            notTriggering: ["residentId": "210202197001010011"]),
        // … a woman of 44 vs 45
        ForbiddenExample(
            "BS-GJJ-019", "F-age",
            triggering: ["residentId": "210202198101010021"],
            notTriggering: ["residentId": "210202198001010024"]),
        // … 连续两年以上未缴存住房公积金的（截至申请之日向前推算连续两年）
        ForbiddenExample(
            "BS-GJJ-019", "F-deposit",
            triggering: ["gjjNoDepositTwoYears": "false"],
            notTriggering: ["gjjNoDepositTwoYears": "true"]),
        // 公积金 事项8 申请条件 ：连续足额缴存住房公积金满3个月 (line 6651)
        ForbiddenExample(
            "BS-GJJ-008", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        // … 补充说明（2）建造规划用途为办公、商业、工业、公共配套等非住宅用房的，不得提取住房公积金 (line 6670)
        ForbiddenExample(
            "BS-GJJ-008", "F-non-residential",
            triggering: ["gjjNonResidential": "true"],
            notTriggering: ["gjjNonResidential": "false"]),
        // 公积金 事项15-21 (提取住房公积金本息额) 补充说明（1）欠还住房公积金贷款的职工不允许销户 (lines 6827, 6845, 6864, 6883,
        // 6902, 6922, 6941): a worker whose 公积金 loan is not repaid vs one who has none
        ForbiddenExample(
            "BS-GJJ-015", "F-unpaid-loan",
            triggering: ["gjjUnpaidFundLoan": "true"],
            notTriggering: ["gjjUnpaidFundLoan": "false"]),
        ForbiddenExample(
            "BS-GJJ-016", "F-unpaid-loan",
            triggering: ["gjjUnpaidFundLoan": "true"],
            notTriggering: ["gjjUnpaidFundLoan": "false"]),
        ForbiddenExample(
            "BS-GJJ-017", "F-unpaid-loan",
            triggering: ["gjjUnpaidFundLoan": "true"],
            notTriggering: ["gjjUnpaidFundLoan": "false"]),
        ForbiddenExample(
            "BS-GJJ-018", "F-unpaid-loan",
            triggering: ["gjjUnpaidFundLoan": "true"],
            notTriggering: ["gjjUnpaidFundLoan": "false"]),
        ForbiddenExample(
            "BS-GJJ-019", "F-unpaid-loan",
            triggering: ["gjjUnpaidFundLoan": "true"],
            notTriggering: ["gjjUnpaidFundLoan": "false"]),
        ForbiddenExample(
            "BS-GJJ-020", "F-unpaid-loan",
            triggering: ["gjjUnpaidFundLoan": "true"],
            notTriggering: ["gjjUnpaidFundLoan": "false"]),
        ForbiddenExample(
            "BS-GJJ-021", "F-unpaid-loan",
            triggering: ["gjjUnpaidFundLoan": "true"],
            notTriggering: ["gjjUnpaidFundLoan": "false"]),
        // Round 5 (curated/003-s-gjj.xml). 公积金 事项3/4/5/6/9/10/11/12 申请条件：连续足额缴存住房公积金满3个月 (lines 6519, 6546,
        // 6572, 6599, 6677, 6702, 6724, 6744)
        ForbiddenExample(
            "BS-GJJ-003", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        ForbiddenExample(
            "BS-GJJ-004", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        ForbiddenExample(
            "BS-GJJ-005", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        ForbiddenExample(
            "BS-GJJ-006", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        ForbiddenExample(
            "BS-GJJ-009", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        ForbiddenExample(
            "BS-GJJ-010", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        ForbiddenExample(
            "BS-GJJ-011", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        ForbiddenExample(
            "BS-GJJ-012", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        // 公积金 事项3/4 补充说明（1）职工多次购买同一拥有所有权自住住房的，只能提取一次住房公积金 (lines 6536, 6563)
        ForbiddenExample(
            "BS-GJJ-003", "F-repeat",
            triggering: ["gjjSameHouseExtracted": "true"],
            notTriggering: ["gjjSameHouseExtracted": "false"]),
        ForbiddenExample(
            "BS-GJJ-004", "F-repeat",
            triggering: ["gjjSameHouseExtracted": "true"],
            notTriggering: ["gjjSameHouseExtracted": "false"]),
        // 公积金 事项3 补充说明（2）/ 事项4（3）以赠与、继承、分割、合并和交换等方式取得具有所有权自住住房的，不得提取 (lines 6537, 6565)
        ForbiddenExample(
            "BS-GJJ-003", "F-gift",
            triggering: ["gjjAcquiredByGiftEtc": "true"],
            notTriggering: ["gjjAcquiredByGiftEtc": "false"]),
        ForbiddenExample(
            "BS-GJJ-004", "F-gift",
            triggering: ["gjjAcquiredByGiftEtc": "true"],
            notTriggering: ["gjjAcquiredByGiftEtc": "false"]),
        // 公积金 事项4 补充说明（2）购买…非住宅用房的 (line 6564); 事项6（7）偿还…非住宅用房贷款本息的 (line 6624); 事项9（2）翻建、
        // 大修…非住宅用房的 (line 6696): 不得提取住房公积金
        ForbiddenExample(
            "BS-GJJ-004", "F-non-residential",
            triggering: ["gjjNonResidential": "true"],
            notTriggering: ["gjjNonResidential": "false"]),
        ForbiddenExample(
            "BS-GJJ-006", "F-non-residential",
            triggering: ["gjjNonResidential": "true"],
            notTriggering: ["gjjNonResidential": "false"]),
        ForbiddenExample(
            "BS-GJJ-009", "F-non-residential",
            triggering: ["gjjNonResidential": "true"],
            notTriggering: ["gjjNonResidential": "false"]),
        // 房屋坐落地应（位）在大连市行政区域内: 事项3 补充说明（3）(line 6538), 事项4 申请条件 (2) (line 6548), 事项5 补充说明（1）
        // (line 6590), 事项8（1）(line 6669), 事项9（1）(line 6695)
        ForbiddenExample(
            "BS-GJJ-003", "F-dalian",
            triggering: ["gjjHouseInDalian": "false"],
            notTriggering: ["gjjHouseInDalian": "true"]),
        ForbiddenExample(
            "BS-GJJ-004", "F-dalian",
            triggering: ["gjjHouseInDalian": "false"],
            notTriggering: ["gjjHouseInDalian": "true"]),
        ForbiddenExample(
            "BS-GJJ-005", "F-dalian",
            triggering: ["gjjHouseInDalian": "false"],
            notTriggering: ["gjjHouseInDalian": "true"]),
        ForbiddenExample(
            "BS-GJJ-008", "F-dalian",
            triggering: ["gjjHouseInDalian": "false"],
            notTriggering: ["gjjHouseInDalian": "true"]),
        ForbiddenExample(
            "BS-GJJ-009", "F-dalian",
            triggering: ["gjjHouseInDalian": "false"],
            notTriggering: ["gjjHouseInDalian": "true"]),
        // 公积金 事项1 申请条件 (3) 购买集体土地上建造商品住房的，房屋坐落地应在大连市行政区域内 (line 6461): a house on collective
        // land outside Dalian vs one on state land outside Dalian (condition (2) decides that one)
        ForbiddenExample(
            "BS-GJJ-001", "F-dalian",
            triggering: ["gjjCommodityHousing": "false", "gjjHouseInDalian": "false"],
            notTriggering: ["gjjCommodityHousing": "false", "gjjHouseInDalian": "true"]),
        // 公积金 事项6 申请条件 (2) 房屋坐落地应在中华人民共和国境内且在申请提取人或配偶的户籍或实际工作地 (line 6600)
        ForbiddenExample(
            "BS-GJJ-006", "F-location",
            triggering: ["gjjHouseLocation": "其他地方"],
            notTriggering: ["gjjHouseLocation": "实际工作所在地"]),
        // 公积金 事项11 职工因部分、全部丧失劳动能力，本人月均收入低于市政府公布的最低工资标准提取住房公积金 (line 6723)
        ForbiddenExample(
            "BS-GJJ-011", "F-income",
            triggering: ["gjjIncomeBelowMinWage": "false"],
            notTriggering: ["gjjIncomeBelowMinWage": "true"]),
        // 公积金 事项12 职工因家庭月均收入低于市政府公布的最低工资标准，…无力供其就学提取住房公积金 (line 6743)
        ForbiddenExample(
            "BS-GJJ-012", "F-income",
            triggering: ["gjjFamilyIncomeBelowMinWage": "false"],
            notTriggering: ["gjjFamilyIncomeBelowMinWage": "true"]),
        // 公积金 事项25 申请条件 (1)…按月、足额、连续缴存住房公积金三个月以上 (3) 借款人无正在偿还的公积金贷款 (line 7031)
        ForbiddenExample(
            "BS-GJJ-025", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        ForbiddenExample(
            "BS-GJJ-025", "F-unpaid-loan",
            triggering: ["gjjUnpaidFundLoan": "true"],
            notTriggering: ["gjjUnpaidFundLoan": "false"]),
        // 公积金 事项2 申请条件 (1) 连续足额缴存住房公积金满3个月 (line 6492); 事项13/14 申请条件：连续足额缴存住房公积金满3个月
        // (lines 6766, 6789)
        ForbiddenExample(
            "BS-GJJ-002", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        ForbiddenExample(
            "BS-GJJ-013", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        ForbiddenExample(
            "BS-GJJ-014", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        // 公积金 事项2 申请条件 (2) 房屋坐落地应在中华人民共和国境内且在申请提取人或配偶的户籍或实际工作地 (line 6493)
        ForbiddenExample(
            "BS-GJJ-002", "F-location",
            triggering: ["gjjHouseLocation": "其他地方"],
            notTriggering: ["gjjHouseLocation": "户籍所在地"]),
        // 公积金 事项2 补充说明（2）职工多次购买同一所有权自住住房的，只能提取一次住房公积金 (line 6510); （3）购买…非住宅用房的，不得
        // 提取 (line 6511); （4）以赠与、继承、分割、合并和交换等方式取得…的，不得提取 (line 6512)
        ForbiddenExample(
            "BS-GJJ-002", "F-repeat",
            triggering: ["gjjSameHouseExtracted": "true"],
            notTriggering: ["gjjSameHouseExtracted": "false"]),
        ForbiddenExample(
            "BS-GJJ-002", "F-non-residential",
            triggering: ["gjjNonResidential": "true"],
            notTriggering: ["gjjNonResidential": "false"]),
        ForbiddenExample(
            "BS-GJJ-002", "F-gift",
            triggering: ["gjjAcquiredByGiftEtc": "true"],
            notTriggering: ["gjjAcquiredByGiftEtc": "false"]),
        // 退休 事项6 男年满55周岁、女年满45周岁 (line 9139): a man of 54 vs 55
        ForbiddenExample(
            "BS-TX-006", "F-age",
            triggering: ["residentId": "210202197101010019"],
            notTriggering: ["residentId": "210202197001010011"]),
        // … a woman of 44 vs 45
        ForbiddenExample(
            "BS-TX-006", "F-age",
            triggering: ["residentId": "210202198101010021"],
            notTriggering: ["residentId": "210202198001010024"]),
        // … 缴纳基本养老保险费满15年（含视同缴费年限）
        ForbiddenExample(
            "BS-TX-006", "F-contribution",
            triggering: ["txContribution15Years": "false"],
            notTriggering: ["txContribution15Years": "true"]),
        // … 从事高空和特别繁重体力劳动工作累计满10年；从事井下、高温工作累计满9年；从事其他有害身体健康工作累计满8年
        ForbiddenExample(
            "BS-TX-006", "F-job-years",
            triggering: ["txSpecialJobYearsMet": "false"],
            notTriggering: ["txSpecialJobYearsMet": "true"]),
        // 婚姻 事项6 （二）受胁迫的一方和对方共同到婚姻登记机关签署双方无子女抚养、财产及债务问题的声明书 (line 8889)
        ForbiddenExample(
            "BS-HY-006", "F-declaration",
            triggering: ["hyRevocationJointDeclaration": "false"],
            notTriggering: ["hyRevocationJointDeclaration": "true"]),
        // … （三）申请时距结婚登记之日或受胁迫的一方恢复人身自由之日不超过1年 (line 8890)
        ForbiddenExample(
            "BS-HY-006", "F-late",
            triggering: ["hyRevocationOverOneYear": "true"],
            notTriggering: ["hyRevocationOverOneYear": "false"]),
        // 婚姻 事项8 结婚登记 under 婚姻 事项1 结婚的条件 1.男年满22周岁，女年满20周岁 (line 8849): a man of 21 vs 22
        ForbiddenExample(
            "BS-HY-008", "F-age",
            triggering: ["residentId": "210202200401010015"],
            notTriggering: ["residentId": "210202200301010018"]),
        // … a woman of 19 vs 20
        ForbiddenExample(
            "BS-HY-008", "F-age",
            triggering: ["residentId": "210202200601010028"],
            notTriggering: ["residentId": "210202200501010020"]),
        // … 2.当事人双方均无配偶（未婚、离婚、丧偶） (line 8850)
        ForbiddenExample(
            "BS-HY-008", "F-married",
            triggering: ["maritalStatus": "已婚"],
            notTriggering: ["maritalStatus": "离婚"]),
        // 生育 事项12 参加生育保险职工，生育（配偶生育）时连续缴费10个月，并继续缴费的 (line 1284)
        ForbiddenExample(
            "BS-SY-012", "F-contribution",
            triggering: ["syContributed10Months": "false"],
            notTriggering: ["syContributed10Months": "true"]),
        // 婚姻 事项3 内地居民结婚登记 under 婚姻 事项1 结婚的条件 1.男年满22周岁，女年满20周岁 (line 8849): a man of 21 vs 22
        ForbiddenExample(
            "BS-HY-003", "F-age",
            triggering: ["residentId": "210202200401010015"],
            notTriggering: ["residentId": "210202200301010018"]),
        // … a woman of 19 vs 20
        ForbiddenExample(
            "BS-HY-003", "F-age",
            triggering: ["residentId": "210202200601010028"],
            notTriggering: ["residentId": "210202200501010020"]),
        // … 2.当事人双方均无配偶（未婚、离婚、丧偶） (line 8850)
        ForbiddenExample(
            "BS-HY-003", "F-married",
            triggering: ["maritalStatus": "已婚"],
            notTriggering: ["maritalStatus": "未婚"]),
        // ---- area B fixes (curated/003-g-area-b.xml) ----
        // 户籍 事项9 投靠人…办理《大连市居住证》5年以上 (line 2092): 4 years vs 5, an elder of 65
        ForbiddenExample(
            "BS-HJ-009", "F-permit-years",
            triggering: ["residentId": "210202196001010017", "hjResidencePermitYears": "4"],
            notTriggering: ["residentId": "210202196001010017", "hjResidencePermitYears": "5"]),
        // … 投靠人《大连市居住证》（80周岁以上老人无需提供本条手续） (line 2095): an elder of 85 has no 居住证 years to show
        ForbiddenExample(
            "BS-HJ-009", "F-permit-years",
            triggering: ["residentId": "210202196001010017", "hjResidencePermitYears": "0"],
            notTriggering: ["residentId": "210202194001010018", "hjResidencePermitYears": "0"]),
        // 户籍 事项11 …在校学生（育有子女的除外）可办理随迁和投靠落户 (line 2153)
        ForbiddenExample(
            "BS-HJ-011", "F-has-children",
            triggering: ["hjDependentChildHasChildren": "true"],
            notTriggering: ["hjDependentChildHasChildren": "false"]),
        // 户籍 事项13 备注（5）父母一方亡故另一方再婚后要求变更未成年人姓名，8周岁以上的应当征得本人的同意 (line 2269): a child of 13
        // who does not agree vs one who does
        ForbiddenExample(
            "BS-HJ-013", "F-child-consent",
            triggering: [
                "hjRenameParentDeceasedRemarried": "true", "residentId": "210202201201010015", "hjRenameChildConsents": "false",
            ],
            notTriggering: [
                "hjRenameParentDeceasedRemarried": "true", "residentId": "210202201201010015", "hjRenameChildConsents": "true",
            ]),
        // … a child of 7 is not asked
        ForbiddenExample(
            "BS-HJ-013", "F-child-consent",
            triggering: [
                "hjRenameParentDeceasedRemarried": "true", "residentId": "210202201201010015", "hjRenameChildConsents": "false",
            ],
            notTriggering: [
                "hjRenameParentDeceasedRemarried": "true", "residentId": "210202201801010019", "hjRenameChildConsents": "false",
            ]),
        // 婚姻 事项1 结婚的条件 1.当事人男年满22周岁，女年满20周岁 (line 8849), of both parties (5.要求结婚的男女双方, line 8853):
        // a man of 22 marrying a woman of 19 vs 20
        ForbiddenExample(
            "BS-HY-003", "F-other-age",
            triggering: ["residentId": "210202200301010018", "hyOtherPartyAge": "19"],
            notTriggering: ["residentId": "210202200301010018", "hyOtherPartyAge": "20"]),
        // … a woman of 20 marrying a man of 21 vs 22
        ForbiddenExample(
            "BS-HY-003", "F-other-age",
            triggering: ["residentId": "210202200501010020", "hyOtherPartyAge": "21"],
            notTriggering: ["residentId": "210202200501010020", "hyOtherPartyAge": "22"]),
        // … 2.当事人双方均无配偶（未婚、离婚、丧偶） (line 8850): the other party married vs widowed
        ForbiddenExample(
            "BS-HY-003", "F-other-married",
            triggering: ["hyOtherPartyMaritalStatus": "已婚"],
            notTriggering: ["hyOtherPartyMaritalStatus": "丧偶"]),
        // 婚姻 事项8 (涉外结婚登记) under the same conditions: a man of 22 marrying a woman of 19 vs 20
        ForbiddenExample(
            "BS-HY-008", "F-other-age",
            triggering: ["residentId": "210202200301010018", "hyOtherPartyAge": "19"],
            notTriggering: ["residentId": "210202200301010018", "hyOtherPartyAge": "20"]),
        // … a woman of 20 marrying a man of 21 vs 22
        ForbiddenExample(
            "BS-HY-008", "F-other-age",
            triggering: ["residentId": "210202200501010020", "hyOtherPartyAge": "21"],
            notTriggering: ["residentId": "210202200501010020", "hyOtherPartyAge": "22"]),
        // … the other party married vs unmarried
        ForbiddenExample(
            "BS-HY-008", "F-other-married",
            triggering: ["hyOtherPartyMaritalStatus": "已婚"],
            notTriggering: ["hyOtherPartyMaritalStatus": "未婚"]),
        // Round 6 (BDC, CG, QT, RX, GJJ)
        // 其他 事项27 1.事项说明 (line 12570): "城乡老年人、残疾人以及未满16周岁的未成年人，同时具备以下条件的，应当依法纳入特困人员救助
        // 供养范围" (老年人: 60周岁以上): a man of 35 who is not disabled vs a man of 65
        ForbiddenExample(
            "BS-QT-027", "F-person",
            triggering: ["residentId": "210202199001010010", "disabled": "false"],
            notTriggering: ["residentId": "210202196001010017", "disabled": "false"]),
        // … a man of 35 who is disabled is a 残疾人
        ForbiddenExample(
            "BS-QT-027", "F-person",
            triggering: ["residentId": "210202199001010010", "disabled": "false"],
            notTriggering: ["residentId": "210202199001010010", "disabled": "true"]),
        // … 59 vs 60
        ForbiddenExample(
            "BS-QT-027", "F-person",
            triggering: ["residentId": "210202196601010010", "disabled": "false"],
            notTriggering: ["residentId": "210202196501010013", "disabled": "false"]),
        // … 未满16周岁的未成年人: 16 vs 15
        ForbiddenExample(
            "BS-QT-027", "F-person",
            triggering: ["residentId": "210202200901010011", "disabled": "false"],
            notTriggering: ["residentId": "210202201001010010", "disabled": "false"]),
        // … "同时具备以下条件的…（一）无劳动能力；（二）无生活来源；（三）无法定赡养、抚养、扶养义务人或者其法定义务人无履行义务能力"
        ForbiddenExample(
            "BS-QT-027", "F-work-capacity",
            triggering: ["qtHasWorkCapacity": "true"],
            notTriggering: ["qtHasWorkCapacity": "false"]),
        ForbiddenExample(
            "BS-QT-027", "F-livelihood",
            triggering: ["qtHasLivelihoodSource": "true"],
            notTriggering: ["qtHasLivelihoodSource": "false"]),
        ForbiddenExample(
            "BS-QT-027", "F-supporter",
            triggering: ["qtHasAbleSupporter": "true"],
            notTriggering: ["qtHasAbleSupporter": "false"]),
        // 公积金 事项28 1、事项说明 (line 7171): "公积金贷款按期偿还3个月后，借款人可以申请提前还款。借款合同另有约定的，从其约定。"
        ForbiddenExample(
            "BS-GJJ-028", "F-repaid-3-months",
            triggering: ["gjjLoanRepaid3Months": "false", "gjjContractEarlyRepaymentTerms": "false"],
            notTriggering: ["gjjLoanRepaid3Months": "true", "gjjContractEarlyRepaymentTerms": "false"]),
        // … 8、注意事项（1） (line 7195): "提前部分还款：…每日还款次数不超过1次": a second partial prepayment the same day (the clerk's
        // fact); a full one is no partial prepayment (round 41, tester x)
        ForbiddenExample(
            "BS-GJJ-028", "F-daily",
            triggering: ["gjjPrepaymentPartial": "true", "gjjPrepaymentAmount": "6000", "gjjPrepaidToday": "true"],
            notTriggering: ["gjjPrepaymentPartial": "true", "gjjPrepaymentAmount": "6000", "gjjPrepaidToday": "false"]),
        // … 借款合同另有约定的，从其约定: not refused on the 3 months
        ForbiddenExample(
            "BS-GJJ-028", "F-repaid-3-months",
            triggering: ["gjjLoanRepaid3Months": "false", "gjjContractEarlyRepaymentTerms": "false"],
            notTriggering: ["gjjLoanRepaid3Months": "false", "gjjContractEarlyRepaymentTerms": "true"]),
        // 公积金 事项24 申请条件 (line 6971) and 事项26 (line 7087): （1）…按月、足额、连续缴存住房公积金三个月以上…（3）借款人无正在偿还的公积金贷款
        ForbiddenExample(
            "BS-GJJ-024", "F-deposit", triggering: ["gjjDeposit3Months": "false"], notTriggering: ["gjjDeposit3Months": "true"]),
        ForbiddenExample(
            "BS-GJJ-024", "F-unpaid-loan", triggering: ["gjjUnpaidFundLoan": "true"],
            notTriggering: ["gjjUnpaidFundLoan": "false"]),
        ForbiddenExample(
            "BS-GJJ-026", "F-deposit", triggering: ["gjjDeposit3Months": "false"], notTriggering: ["gjjDeposit3Months": "true"]),
        ForbiddenExample(
            "BS-GJJ-026", "F-unpaid-loan", triggering: ["gjjUnpaidFundLoan": "true"],
            notTriggering: ["gjjUnpaidFundLoan": "false"]),
        // 生育 事项9 （一） 奖励扶助对象应同时具备以下条件：…年满60周岁 (line 903)
        ForbiddenExample(
            "BS-SY-009", "F-age", triggering: ["residentId": "210202199001010010"],
            notTriggering: ["residentId": "210202196001010017"], submitted: "2025-03-02T09:30:00+08:00", scenario: "case-1"),
        // 不动产 事项11 8.备注 (line 6036): "抵押权人为金融机构；借款用途用于本工程建设（不可为第三方提供担保）。"
        ForbiddenExample(
            "BS-BDC-011", "F-mortgagee", triggering: ["bdcMortgageeFinancialInstitution": "false"],
            notTriggering: ["bdcMortgageeFinancialInstitution": "true"]),
        ForbiddenExample(
            "BS-BDC-011", "F-loan-use", triggering: ["bdcLoanForThisProject": "false"],
            notTriggering: ["bdcLoanForThisProject": "true"]),
        // Round 9. 入学 事项2 1、事项说明 (line 1328): "当年秋季开学前年满六周岁的学龄儿童…免试就近入学": a child born on
        // 1 September 2019 is six only after the autumn term of 2025 has begun; one born on 31 August 2019 is six before it.
        ForbiddenExample(
            "BS-RX-002", "F-age", triggering: ["rxChildBirthDate": "2019-09-01"],
            notTriggering: ["rxChildBirthDate": "2019-08-31"], submitted: "2025-07-01T09:30:00+08:00"),
        // 入学 事项15 1、事项说明 (line 1506): "外地学生因户籍迁入我市方可转入我市普通高中"
        ForbiddenExample(
            "BS-RX-015", "F-hukou",
            triggering: ["rxHukouMovedToDalian": "false", "rxTransferDirection": "转入"],
            notTriggering: ["rxHukouMovedToDalian": "true", "rxTransferDirection": "转入"]),
        // … "我市普通高中学生因户籍迁出本市或返回户籍所在地就读，可以办理转出" (line 1506): a student of ours moving out has no 户籍
        // moved to Dalian and is not refused for it (round 19, tester 7: refused by F-hukou); one who moves out for another
        // reason is
        ForbiddenExample(
            "BS-RX-015", "F-hukou",
            triggering: ["rxHukouMovedToDalian": "false", "rxTransferDirection": "转入"],
            notTriggering: ["rxHukouMovedToDalian": "false", "rxTransferDirection": "转出"]),
        ForbiddenExample(
            "BS-RX-015", "F-out",
            triggering: ["rxTransferDirection": "转出", "rxLeavingForHukou": "false"],
            notTriggering: ["rxTransferDirection": "转出", "rxLeavingForHukou": "true"]),
        // 入学 事项15 5、办理时限 (line 1517): "每学期开学第一个月受理"
        ForbiddenExample(
            "BS-RX-015", "F-term", triggering: ["rxWithinFirstMonthOfTerm": "false"],
            notTriggering: ["rxWithinFirstMonthOfTerm": "true"]),
        // 殡葬 事项2 1.事项说明 (line 11592): "参保人员未达到法定退休年龄因病或非因工死亡后"
        ForbiddenExample(
            "BS-BZ-002", "F-retired", triggering: ["bzDiedBeforeRetirementAge": "false"],
            notTriggering: ["bzDiedBeforeRetirementAge": "true"]),
        ForbiddenExample(
            "BS-BZ-002", "F-at-work", triggering: ["bzDeathAtWork": "true"], notTriggering: ["bzDeathAtWork": "false"]),
        // 其他 事项14 (line 12189): "无工作单位人员男满60周岁、女满55周岁后，按照有单位人员标准发给补助费": a woman born 1975-01-01 is
        // 50 on 2025-07-01, one born 1970-01-01 is 55; a man born 1966-01-01 is 59, one born 1965-01-01 is 60.
        ForbiddenExample(
            "BS-QT-014", "F-age", triggering: ["qtApplicantGroup": "无工作单位人员", "residentId": "210202197501010026"],
            notTriggering: ["qtApplicantGroup": "无工作单位人员", "residentId": "21020219700101002X"]),
        ForbiddenExample(
            "BS-QT-014", "F-age", triggering: ["qtApplicantGroup": "无工作单位人员", "residentId": "210202196601010010"],
            notTriggering: ["qtApplicantGroup": "无工作单位人员", "residentId": "210202196501010013"]),
        // 户籍 事项4 1、事项说明 (line 1939): 主城区落户5年以上…结婚4年以上；新市区落户3年以上…结婚2年以上；新区落户1年以上…结婚6个月以上
        ForbiddenExample(
            "BS-HJ-004", "F-years",
            triggering: ["hjSpouseHukouArea": "主城区", "hjSpouseHukouYears": "5", "hjMarriageMonths": "47"],
            notTriggering: ["hjSpouseHukouArea": "主城区", "hjSpouseHukouYears": "5", "hjMarriageMonths": "48"]),
        ForbiddenExample(
            "BS-HJ-004", "F-years",
            triggering: ["hjSpouseHukouArea": "新市区", "hjSpouseHukouYears": "2", "hjMarriageMonths": "30"],
            notTriggering: ["hjSpouseHukouArea": "新市区", "hjSpouseHukouYears": "3", "hjMarriageMonths": "24"]),
        ForbiddenExample(
            "BS-HJ-004", "F-years",
            triggering: ["hjSpouseHukouArea": "新区", "hjSpouseHukouYears": "1", "hjMarriageMonths": "5"],
            notTriggering: ["hjSpouseHukouArea": "新区", "hjSpouseHukouYears": "1", "hjMarriageMonths": "6"]),
        // 户籍 事项8 8、备注 (line 2089): "公安部规定，临时证必须在申请人户籍地办理，不能异地办理"
        ForbiddenExample(
            "BS-HJ-008", "F-hukou-place", triggering: ["hjApplicantHukouInDalian": "false"],
            notTriggering: ["hjApplicantHukouInDalian": "true"]),
        // 户籍 事项7 2、所需材料 (line 2034): "其他情况，需持户口簿到申请人户籍所在地派出所办理" (round 62, tester h)
        ForbiddenExample(
            "BS-HJ-007", "F-hukou-place", triggering: ["hjApplicantHukouInDalian": "false"],
            notTriggering: ["hjApplicantHukouInDalian": "true"], scenario: "other"),
        // Session 24. 不动产 事项3 1.事项说明 (line 5754): "国有建设用地使用权转移登记应当由双方共同申请…继承或受遗赠的、因人民法院、
        // 仲裁委员会的生效法律文书等导致权属发生变化的，可以由单方申请": a sale filed by the seller alone; an heir alone may file
        ForbiddenExample(
            "BS-BDC-003", "F-joint", triggering: ["bdcTransferCause": "买卖", "bdcJointApplication": "false"],
            notTriggering: ["bdcTransferCause": "继承受遗赠", "bdcJointApplication": "false"]),
        // … and the parties of a gift who file together
        ForbiddenExample(
            "BS-BDC-003", "F-joint", triggering: ["bdcTransferCause": "赠与", "bdcJointApplication": "false"],
            notTriggering: ["bdcTransferCause": "赠与", "bdcJointApplication": "true"]),
        // … "转让方应当为不动产登记簿记载的权利人" (line 5754)
        ForbiddenExample(
            "BS-BDC-003", "F-not-holder", triggering: ["bdcTransferorIsRecordedHolder": "false"],
            notTriggering: ["bdcTransferorIsRecordedHolder": "true"]),
        // 不动产 事项9 8.备注 (line 5976) "自然人处置不动产的审查隐形共有权", 事项13, 14, 15 (lines 6084, 6118, 6148) "自然人抵押
        // 不动产的审查隐形共有权": the clerk found a hidden co-owner (an unrecorded spouse) who does not agree, whoever files
        ForbiddenExample(
            "BS-BDC-009", "F-hidden-co-owner", triggering: ["bdcHiddenCoOwnersAgree": "false"],
            notTriggering: ["bdcHiddenCoOwnersAgree": "true"]),
        ForbiddenExample(
            "BS-BDC-013", "F-hidden-co-owner", triggering: ["bdcHiddenCoOwnersAgree": "false"],
            notTriggering: ["bdcHiddenCoOwnersAgree": "true"]),
        ForbiddenExample(
            "BS-BDC-014", "F-hidden-co-owner", triggering: ["bdcHiddenCoOwnersAgree": "false"],
            notTriggering: ["bdcHiddenCoOwnersAgree": "true"]),
        ForbiddenExample(
            "BS-BDC-015", "F-hidden-co-owner", triggering: ["bdcHiddenCoOwnersAgree": "false"],
            notTriggering: ["bdcHiddenCoOwnersAgree": "true"]),
        // 不动产 事项27 (line 6370) "申请人应当为不动产登记簿记载的权利人"; (line 6372) "如房屋存在抵押登记，需抵押权人配合办理": a
        // mortgaged house whose mortgagee does not join; a house without a mortgage needs no mortgagee
        ForbiddenExample(
            "BS-BDC-027", "F-not-holder", triggering: ["bdcRecordedHolder": "false"], notTriggering: ["bdcRecordedHolder": "true"]
        ),
        ForbiddenExample(
            "BS-BDC-027", "F-mortgagee", triggering: ["bdcMortgageRegistered": "true", "bdcMortgageeCooperates": "false"],
            notTriggering: ["bdcMortgageRegistered": "false", "bdcMortgageeCooperates": "false"]),
        // 公积金 事项6 补充说明（1）(line 6617) "提取人范围仅指借款人与房屋所有权人（或购房人）为本人、配偶或两代以内直系亲属的关系人": a
        // friend's loan; a parent's may be repaid
        ForbiddenExample(
            "BS-GJJ-006", "F-relation", triggering: ["gjjLoanPartiesRelation": "其他"],
            notTriggering: ["gjjLoanPartiesRelation": "两代以内直系亲属"]),
        // … (6) (line 6622) "逾期未偿还住房公积金贷款本息的职工，其住房公积金只允许偿还公积金贷款本息": such a worker repaying a commercial
        // loan, and the same worker repaying the fund loan
        ForbiddenExample(
            "BS-GJJ-006", "F-overdue", triggering: ["gjjOverdueFundLoan": "true", "gjjRepaysFundLoan": "false"],
            notTriggering: ["gjjOverdueFundLoan": "true", "gjjRepaysFundLoan": "true"]),
        // 生育 事项3 8.备注 (line 599) "…仅适用于1996年1月1日之后出生的新生儿，在此时间节点之前出生的新生儿不予办理": the last day of 1995 and
        // the first of 1996, in the first-issue and the reissue scenarios
        ForbiddenExample(
            "BS-SY-003", "F-before-1996", triggering: ["syNewbornBirthDate": "1995-12-31"],
            notTriggering: ["syNewbornBirthDate": "1996-01-01"]),
        ForbiddenExample(
            "BS-SY-003", "F-before-1996", triggering: ["syNewbornBirthDate": "1990-05-20"],
            notTriggering: ["syNewbornBirthDate": "2001-05-20"], scenario: "reissue"),
        // 公积金 事项24/25/26 8、注意事项（1）"同一笔贷款的借款人不得超过两人" (lines 7005, 7063, 7116): three borrowers against two
        ForbiddenExample(
            "BS-GJJ-024", "F-borrowers", triggering: ["gjjBorrowerCount": "3"], notTriggering: ["gjjBorrowerCount": "2"]),
        ForbiddenExample(
            "BS-GJJ-025", "F-borrowers", triggering: ["gjjBorrowerCount": "3"], notTriggering: ["gjjBorrowerCount": "2"]),
        ForbiddenExample(
            "BS-GJJ-026", "F-borrowers", triggering: ["gjjBorrowerCount": "3"], notTriggering: ["gjjBorrowerCount": "1"]),
        // 公积金 事项5 补充说明（3）(line 6592) "职工可以每年申请提取一次住房公积金": the second rent withdrawal of a year
        ForbiddenExample(
            "BS-GJJ-005", "F-once-a-year", triggering: ["gjjRentWithdrawnThisYear": "true"],
            notTriggering: ["gjjRentWithdrawnThisYear": "false"]),
        // 其他 事项5 (line 12015) "养子女年满十周岁以上的，应当征得本人同意": a child of 12 who does not consent; a child of 9 is not asked
        ForbiddenExample(
            "BS-QT-005", "F-consent", triggering: ["qtAdopteeAge": "12", "qtAdopteeConsents": "false"],
            notTriggering: ["qtAdopteeAge": "9", "qtAdopteeConsents": "false"]),
        // … and one of 12 who does
        ForbiddenExample(
            "BS-QT-005", "F-consent", triggering: ["qtAdopteeAge": "10", "qtAdopteeConsents": "false"],
            notTriggering: ["qtAdopteeAge": "12", "qtAdopteeConsents": "true"]),
        // … (line 12017) 养父母与成年养子女…可以协议解除收养关系。不能达成协议的，可以向人民法院起诉: an adult of 25 who does not agree
        // leaves no agreement to register (round 16, tester 21); one who does
        ForbiddenExample(
            "BS-QT-005", "F-consent", triggering: ["qtAdopteeAge": "25", "qtAdopteeConsents": "false"],
            notTriggering: ["qtAdopteeAge": "25", "qtAdopteeConsents": "true"]),
        // 生育 事项9 （二）1.、（三）1. (lines 973, 1047) "子女年龄在0-18周岁的": a child of 19 against one of 18, in the town and in the
        // village scenario; the 奖励扶助 of （一） is not about the child's age
        ForbiddenExample(
            "BS-SY-009", "F-child-age", triggering: ["syOnlyChildAge": "19"], notTriggering: ["syOnlyChildAge": "18"],
            scenario: "case-2"),
        ForbiddenExample(
            "BS-SY-009", "F-child-age-3", triggering: ["syOnlyChildAge": "25"], notTriggering: ["syOnlyChildAge": "3"],
            scenario: "case-3"),
        // 生育 事项9 （一）1. (line 903) "1973年以来没有违反计划生育法规、规章和政策规定生育": the clerk finds one in the records, or none
        ForbiddenExample(
            "BS-SY-009", "F-policy-1973", triggering: ["syBirthAgainstPolicySince1973": "true"],
            notTriggering: ["syBirthAgainstPolicySince1973": "false"], submitted: "2025-03-01T09:30:00+08:00", scenario: "case-1"),
        // 公积金 事项20 (line 6908) "伤残证（1-4级）或残疾人证（1-2级）…": a grade outside, one inside
        ForbiddenExample(
            "BS-GJJ-020", "F-grade", triggering: ["gjjDisabilityGradeQualifies": "false"],
            notTriggering: ["gjjDisabilityGradeQualifies": "true"]),
        // 公积金 事项2 补充说明（1）(line 6509) "…上一年度内发生两次以上房屋权属过户交易的…应与其购房行为发生日间隔一年以上": bought 2025-01-02,
        // claimed 2025-07-01; bought 2024-06-30, claimed a year and a day later
        ForbiddenExample(
            "BS-GJJ-002", "F-resale", triggering: ["gjjHouseTradedTwiceLastYear": "true", "gjjPurchaseDate": "2025-01-02"],
            notTriggering: ["gjjHouseTradedTwiceLastYear": "true", "gjjPurchaseDate": "2024-06-30"]),
        // … a house traded once is not concerned
        ForbiddenExample(
            "BS-GJJ-002", "F-resale", triggering: ["gjjHouseTradedTwiceLastYear": "true", "gjjPurchaseDate": "2025-06-01"],
            notTriggering: ["gjjHouseTradedTwiceLastYear": "false", "gjjPurchaseDate": "2025-06-01"]),
        // 公积金 事项28 8、注意事项（1）(line 7195) "提前部分还款：每次还款额不少于5000元": 4,999 against 5,000; a full repayment of 3,000
        ForbiddenExample(
            "BS-GJJ-028", "F-min-partial", triggering: ["gjjPrepaymentPartial": "true", "gjjPrepaymentAmount": "4999"],
            notTriggering: ["gjjPrepaymentPartial": "true", "gjjPrepaymentAmount": "5000"]),
        ForbiddenExample(
            "BS-GJJ-028", "F-min-partial", triggering: ["gjjPrepaymentPartial": "true", "gjjPrepaymentAmount": "3000"],
            notTriggering: ["gjjPrepaymentPartial": "false", "gjjPrepaymentAmount": "3000"]),
        // 户籍 事项5 (line 1973) "对于居民户口簿、居民身份证、护照完全能够证明的事项…公安派出所不再出具证明": a certificate of what the
        // 户口簿 already shows; a change of name the 户口簿 cannot show is certified
        ForbiddenExample(
            "BS-HJ-005", "F-provable", triggering: ["hjProvableByIdDocuments": "true"],
            notTriggering: ["hjProvableByIdDocuments": "false"]),
        // 人力社保 事项46 (2) 受理条件 ① (line 4664) "违反劳动保障法律的行为发生在2年内的": wages withheld on 2023-06-30, complained of on
        // 2025-07-01, against 2023-07-02
        ForbiddenExample(
            "BS-RS-046", "F-two-years", triggering: ["rsViolationDate": "2023-06-30"],
            notTriggering: ["rsViolationDate": "2023-07-02"]),
        // … the day two years on is still within them (round 16, tester 22): 2023-07-01, submitted 2025-07-01
        ForbiddenExample(
            "BS-RS-046", "F-two-years", triggering: ["rsViolationDate": "2023-06-30"],
            notTriggering: ["rsViolationDate": "2023-07-01"]),
        // … ②③ (line 4665): the clerk finds no identifiable employer, or a matter outside the department's remit
        ForbiddenExample(
            "BS-RS-046", "F-admission", triggering: ["rsComplaintAdmissible": "false"],
            notTriggering: ["rsComplaintAdmissible": "true"]),
        // Round 11, tester 2. 户籍 事项4 (line 1939) "…在新区落户1年以上并合法稳定居住，结婚6个月以上": a 主城区 spouse claiming the 新区's
        // route, against the same spouse with a home; and a 新市区 spouse claiming it, against a 新区 spouse on it
        ForbiddenExample(
            "BS-HJ-004", "F-route", triggering: ["hjNewDistrictRoute": "true", "hjSpouseHukouArea": "主城区"],
            notTriggering: ["hjNewDistrictRoute": "false", "hjSpouseHukouArea": "主城区"]),
        ForbiddenExample(
            "BS-HJ-004", "F-route", triggering: ["hjNewDistrictRoute": "true", "hjSpouseHukouArea": "新市区"],
            notTriggering: ["hjNewDistrictRoute": "true", "hjSpouseHukouArea": "新区"]),
        // 生育 事项11 (line 1169) "大连市户籍居民及居住半年以上的流动人口…自知道或者应当知道…不良后果之日起一年内,或虽超过一年、但本人能够提供
        // 连续证明材料的" (round 11, tester 2): someone passing through; two years on without continuous records, against with them
        ForbiddenExample(
            "BS-SY-011", "F-residence", triggering: ["syResidentOrSettledMigrant": "false"],
            notTriggering: ["syResidentOrSettledMigrant": "true"]),
        ForbiddenExample(
            "BS-SY-011", "F-one-year", triggering: ["syComplicationOverOneYear": "true", "syContinuousEvidence": "false"],
            notTriggering: ["syComplicationOverOneYear": "true", "syContinuousEvidence": "true"]),
        // 公积金 事项13 (line 6765) "本人、配偶或者未成年子女患有…所列重大疾病" (round 11, tester 2): a parent's illness against a
        // minor child's; an illness the lists do not name against one they do
        ForbiddenExample(
            "BS-GJJ-013", "F-relation", triggering: ["gjjPatientRelation": "其他"],
            notTriggering: ["gjjPatientRelation": "未成年子女"]),
        ForbiddenExample(
            "BS-GJJ-013", "F-listed", triggering: ["gjjListedDisease": "false"], notTriggering: ["gjjListedDisease": "true"]),
        // Round 12, tester 6. 公积金 事项24/25/26 8、注意事项（2）(lines 7015, 7073, 7124) "如有两笔以上（含）尚未还清的个人住房贷款记录，则
        // 认定为三套房贷款" and 申请条件（8）"家庭购买首套或第二套住房": two outstanding loans against one
        ForbiddenExample(
            "BS-GJJ-024", "F-third-home", triggering: ["gjjOutstandingHousingLoans": "2"],
            notTriggering: ["gjjOutstandingHousingLoans": "1"]),
        ForbiddenExample(
            "BS-GJJ-025", "F-third-home", triggering: ["gjjOutstandingHousingLoans": "3"],
            notTriggering: ["gjjOutstandingHousingLoans": "0"]),
        ForbiddenExample(
            "BS-GJJ-026", "F-third-home", triggering: ["gjjOutstandingHousingLoans": "2"],
            notTriggering: ["gjjOutstandingHousingLoans": "1"]),
        // 退休 事项5 (line 9108) "经市级劳动鉴定机构鉴定为完全丧失劳动能力的" (round 12, tester 4)
        ForbiddenExample(
            "BS-TX-005", "F-capacity", triggering: ["workCapacityFullyLost": "false"],
            notTriggering: ["workCapacityFullyLost": "true"]),
        // 不动产 事项12 1.事项说明 (line 6039): "申请主体应当为不动产抵押人和抵押权人共同申请"
        ForbiddenExample(
            "BS-BDC-012", "F-joint", triggering: ["bdcJointApplication": "false"],
            notTriggering: ["bdcJointApplication": "true"]),
    ]
    + [
        // 不动产 事项1 (line 5643) "首次登记的申请主体应当为土地权属来源材料上记载的国有建设用地使用权人", 事项4 (line 5793) "注销登记的申请
        // 主体应当是不动产登记簿记载的权利人", 事项6 (line 5866, round 13, tester 9) "…首次登记主体应当为不动产登记簿或土地权属来源材料记载的国有
        // 建设用地使用权人"
        ForbiddenExample.alike(
            ["BS-BDC-001", "BS-BDC-004", "BS-BDC-006"], "F-not-holder", triggering: ["bdcLandUseRightHolder": "false"],
            notTriggering: ["bdcLandUseRightHolder": "true"]),
        // 婚姻 事项1 3. (line 8851) "当事人双方没有直系血亲和三代以内旁系血亲关系": cousins (三代以内旁系血亲) may not marry, in either
        // registration; strangers may
        ForbiddenExample.alike(
            ["BS-HY-003", "BS-HY-008"], "F-kinship", triggering: ["hyCloseKin": "true"], notTriggering: ["hyCloseKin": "false"]),
        // 公积金 事项24/25/26 8、注意事项（1）"借款人之间应为配偶或父（母）子（女）关系…" (lines 7007, 7065, 7118): two friends borrowing
        // together
        ForbiddenExample.alike(
            ["BS-GJJ-024", "BS-GJJ-025", "BS-GJJ-026"], "F-kin", triggering: ["gjjLoanPartiesKin": "false"],
            notTriggering: ["gjjLoanPartiesKin": "true"]),
        // … 申请条件（3）（5）（6）（7）(lines 6971, 7031, 7087): the clerk finds the credit, capacity or income wanting (round 12)
        ForbiddenExample.alike(
            ["BS-GJJ-024", "BS-GJJ-025", "BS-GJJ-026"], "F-conditions", triggering: ["gjjLoanConditionsMet": "false"],
            notTriggering: ["gjjLoanConditionsMet": "true"]),
        // 车管 事项10, 12, 22 3、办理流程 (lines 7869, 7928, 8404) "通过计算机管理系统核查申请人不具有记满12分…的情形。符合规定的，受理
        // 申请": the clerk's look-up found such a record, or found none
        ForbiddenExample.alike(
            ["BS-CG-010", "BS-CG-012", "BS-CG-022"], "F-record", triggering: ["cgLicenceRecordClear": "false"],
            notTriggering: ["cgLicenceRecordClear": "true"]),
        // 不动产 事项26 (line 6354) "符合下列条件的…应当予以查询或复制…（2）查询的不动产属于本不动产登记机构的管辖范围；…（5）查询目的明确
        // 且不违反法律、行政法规规定": for the query and the copy alike
        ForbiddenExample.alike(
            ["BS-BDC-026", "BS-BDC-025"], "F-jurisdiction", triggering: ["bdcWithinRegistry": "false"],
            notTriggering: ["bdcWithinRegistry": "true"]),
        ForbiddenExample.alike(
            ["BS-BDC-026", "BS-BDC-025"], "F-purpose", triggering: ["bdcQueryPurposeLawful": "false"],
            notTriggering: ["bdcQueryPurposeLawful": "true"]),
        // 公积金 事项6 补充说明（6）(line 6622) "逾期未偿还住房公积金贷款本息的职工，其住房公积金只允许偿还公积金贷款本息，不得以符合其他情形为由
        // 提取": every other withdrawal of a worker whose fund loan is overdue, and of one whose loan is not (round 19)
        ForbiddenExample.alike(
            [
                "BS-GJJ-001", "BS-GJJ-002", "BS-GJJ-003", "BS-GJJ-004", "BS-GJJ-005", "BS-GJJ-007", "BS-GJJ-008", "BS-GJJ-009",
                "BS-GJJ-010", "BS-GJJ-011", "BS-GJJ-012", "BS-GJJ-013", "BS-GJJ-014",
            ], "F-overdue", triggering: ["gjjOverdueFundLoan": "true"], notTriggering: ["gjjOverdueFundLoan": "false"]),
        [
            // 公积金 事项5 1、事项说明 (line 6570) "职工及配偶在本市无自有住房且承租本市住房用于自住": a worker whose spouse owns a flat in
            // the city
            ForbiddenExample(
                "BS-GJJ-005", "F-own-home", triggering: ["gjjOwnHomeInDalian": "true"],
                notTriggering: ["gjjOwnHomeInDalian": "false"]),
            // … 补充说明（2）(line 6591) "同时满足租住公共租凭住房和租住商品住房情形的，只能以租住公共租赁住房为由提取": the 商品住房 while the
            // 公共租赁住房 is still rented; the 公共租赁住房 itself
            ForbiddenExample(
                "BS-GJJ-005", "F-public-rental-first",
                triggering: ["gjjRentalHousing": "商品住房", "gjjAlsoRentsPublicRental": "true"],
                notTriggering: ["gjjRentalHousing": "商品住房", "gjjAlsoRentsPublicRental": "false"]),
            ForbiddenExample(
                "BS-GJJ-005", "F-public-rental-first",
                triggering: ["gjjRentalHousing": "商品住房", "gjjAlsoRentsPublicRental": "true"],
                notTriggering: ["gjjRentalHousing": "公共租赁住房", "gjjAlsoRentsPublicRental": "true"]),
            // … 所需材料 ⑤ (line 6574) "单身的，需现场签署单身声明": the clerk found it unsigned (returned); a married applicant signs none
            ForbiddenExample(
                "BS-GJJ-005", "F-single-declaration",
                triggering: ["gjjRentalHousing": "商品住房", "maritalStatus": "未婚", "gjjSingleDeclarationSigned": "false"],
                notTriggering: ["gjjRentalHousing": "商品住房", "maritalStatus": "未婚", "gjjSingleDeclarationSigned": "true"],
                returns: true),
            ForbiddenExample(
                "BS-GJJ-005", "F-single-declaration",
                triggering: ["gjjRentalHousing": "商品住房", "maritalStatus": "离婚", "gjjSingleDeclarationSigned": "false"],
                notTriggering: ["gjjRentalHousing": "商品住房", "maritalStatus": "已婚", "gjjSingleDeclarationSigned": "false"],
                returns: true),
            // … "无房产证明自开具之日起30日内有效": the clerk found it older (returned); the central offices ask none
            ForbiddenExample(
                "BS-GJJ-005", "F-proof-expired",
                triggering: ["gjjRentalHousing": "商品住房", "gjjCentralDeposit": "false", "gjjNoPropertyProofFresh": "false"],
                notTriggering: ["gjjRentalHousing": "商品住房", "gjjCentralDeposit": "false", "gjjNoPropertyProofFresh": "true"],
                returns: true),
            ForbiddenExample(
                "BS-GJJ-005", "F-proof-expired",
                triggering: ["gjjRentalHousing": "商品住房", "gjjCentralDeposit": "false", "gjjNoPropertyProofFresh": "false"],
                notTriggering: ["gjjRentalHousing": "商品住房", "gjjCentralDeposit": "true", "gjjNoPropertyProofFresh": "false"],
                returns: true),
            // 户籍 事项11 备注（2） (line 2179) "房屋所有权人应当提供合法稳定住所证明，并到派出所签署《同意落户意见书》": not signed (returned);
            // a 单位宿舍 has no owner to sign (the applicant a man of 20: 事项11 admits the unmarried under 22)
            ForbiddenExample(
                "BS-HJ-011", "F-owner-consent",
                triggering: [
                    "residentId": "210202200501010012", "hjNewDistrictRoute": "true", "hjNewDistrictLodging": "租赁或借住亲友家中",
                    "hjOwnerConsentSigned": "false",
                ],
                notTriggering: [
                    "residentId": "210202200501010012", "hjNewDistrictRoute": "true", "hjNewDistrictLodging": "租赁或借住亲友家中",
                    "hjOwnerConsentSigned": "true",
                ],
                returns: true),
            ForbiddenExample(
                "BS-HJ-011", "F-owner-consent",
                triggering: [
                    "residentId": "210202200501010012", "hjNewDistrictRoute": "true", "hjNewDistrictLodging": "租赁或借住亲友家中",
                    "hjOwnerConsentSigned": "false",
                ],
                notTriggering: [
                    "residentId": "210202200501010012", "hjNewDistrictRoute": "true", "hjNewDistrictLodging": "单位宿舍",
                    "hjOwnerConsentSigned": "false",
                ],
                returns: true),
            // 户籍 事项4 备注（4） (line 1967) and 事项10 备注（2） (line 2147), 事项11's words (round 63, tester h); 事项10's child
            // of 17, who files alone
            ForbiddenExample(
                "BS-HJ-004", "F-owner-consent",
                triggering: [
                    "hjNewDistrictRoute": "true", "hjSpouseHukouArea": "新区", "hjNewDistrictLodging": "租赁或借住亲友家中",
                    "hjOwnerConsentSigned": "false",
                ],
                notTriggering: [
                    "hjNewDistrictRoute": "true", "hjSpouseHukouArea": "新区", "hjNewDistrictLodging": "租赁或借住亲友家中",
                    "hjOwnerConsentSigned": "true",
                ],
                returns: true),
            ForbiddenExample(
                "BS-HJ-010", "F-owner-consent",
                triggering: [
                    "residentId": "210202200801011236", "hjNewDistrictRoute": "true", "hjParentHukouArea": "新区",
                    "hjNewDistrictLodging": "租赁或借住亲友家中",
                    "hjOwnerConsentSigned": "false",
                ],
                notTriggering: [
                    "residentId": "210202200801011236", "hjNewDistrictRoute": "true", "hjParentHukouArea": "新区",
                    "hjNewDistrictLodging": "租赁或借住亲友家中",
                    "hjOwnerConsentSigned": "true",
                ],
                returns: true),
            // 退休 事项7 1.事项说明 (line 9177) "参加基本养老保险的个人，因病或者非因工死亡的，其遗属可以领取丧葬费和一次性抚恤金": a death at work
            ForbiddenExample(
                "BS-TX-007", "F-work-death", triggering: ["txDeathWorkRelated": "true"],
                notTriggering: ["txDeathWorkRelated": "false"]),
        ],
        // Round 20, tester 6 (curated/003-zy-round20.xml). 入学 事项2, 4, 5, 7 可否代办 (lines 1334, 1352, 1364, 1377) "要求学生法定
        // 监护人为学生办理入学手续", 事项15 (line 1510) "学生监护人持转学材料，向拟就读学校提出转学申请": a pupil of 12 alone vs a parent of
        // 45 alone (the pupil through its guardian: DecisionTests.aChildFilesThroughItsGuardian)
        ForbiddenExample.alike(
            ["BS-RX-002", "BS-RX-004", "BS-RX-005", "BS-RX-007", "BS-RX-015"], "F-minor-alone",
            triggering: ["residentId": "210202201301011234"], notTriggering: ["residentId": "210202198001010024"],
            returns: true),
        // Round 35: 入学 事项16 3、办理流程图 (line 1524) "学生监护人持休学材料向所在学校提出申请": a student of 16 alone vs one of 18
        // (F-agent, line 1530, refuses the adult's agent, not the minor's guardian)
        ForbiddenExample.alike(
            ["BS-RX-016"], "F-minor-alone",
            triggering: ["residentId": "210202200901010011"], notTriggering: ["residentId": "210202200701010017"],
            returns: true),
        [
            // 入学 事项6 (line 1367) "小学毕业年级第二学期、初中毕业年级的学生不办理转学（回户籍地参加中考和符合条件的进城务工人员随迁子女
            // 除外）", binding 事项4's transfers: a pupil of the 初中毕业年级 vs one of another grade
            ForbiddenExample(
                "BS-RX-004", "F-graduating",
                triggering: ["rxTransferGrade": "初中毕业年级", "rxReturnForZhongkao": "false", "rxMigrantWorkerChild": "false"],
                notTriggering: [
                    "rxTransferGrade": "其他年级或学期", "rxReturnForZhongkao": "false", "rxMigrantWorkerChild": "false",
                ]),
            // … the second term of the primary school's last grade, vs a 进城务工人员随迁子女 in it
            ForbiddenExample(
                "BS-RX-004", "F-graduating",
                triggering: [
                    "rxTransferGrade": "小学毕业年级第二学期", "rxReturnForZhongkao": "false", "rxMigrantWorkerChild": "false",
                ],
                notTriggering: [
                    "rxTransferGrade": "小学毕业年级第二学期", "rxReturnForZhongkao": "false", "rxMigrantWorkerChild": "true",
                ]),
            // … the 初中毕业年级 returning to the 户籍地 for the 中考
            ForbiddenExample(
                "BS-RX-004", "F-graduating",
                triggering: ["rxTransferGrade": "初中毕业年级", "rxReturnForZhongkao": "false", "rxMigrantWorkerChild": "false"],
                notTriggering: ["rxTransferGrade": "初中毕业年级", "rxReturnForZhongkao": "true", "rxMigrantWorkerChild": "false"]),
            // 生育 事项9 （一） 1. (line 903) "奖励扶助对象应同时具备以下条件：本人为农业户口或界定为农村居民户口；…现存一个子女或两个女孩；年满
            // 60周岁": an urban applicant vs a rural one; three children vs one, vs two girls
            ForbiddenExample(
                "BS-SY-009", "F-rural", triggering: ["syRuralResident": "false"], notTriggering: ["syRuralResident": "true"],
                submitted: "2025-03-02T09:30:00+08:00", scenario: "case-1"),
            ForbiddenExample(
                "BS-SY-009", "F-children", triggering: ["sySurvivingChildren": "其他"],
                notTriggering: ["sySurvivingChildren": "一个子女"], submitted: "2025-03-02T09:30:00+08:00", scenario: "case-1"),
            ForbiddenExample(
                "BS-SY-009", "F-children", triggering: ["sySurvivingChildren": "其他"],
                notTriggering: ["sySurvivingChildren": "两个女孩"], submitted: "2025-03-02T09:30:00+08:00", scenario: "case-1"),
            // … （三） 1. (line 1047) "农村居民领取《独生子女父母光荣证》"
            ForbiddenExample(
                "BS-SY-009", "F-rural-3", triggering: ["syRuralResident": "false"], notTriggering: ["syRuralResident": "true"],
                scenario: "case-3"),
            // 车管 事项12 1、事项说明 (line 7923) "持有大型客车…大型货车驾驶证的驾驶人，应当在每个记分周期结束后三十日内…接受审验。但在一个记分
            // 周期内没有记分记录的，免予本记分周期审验": a bus driver without points vs with points
            ForbiddenExample(
                "BS-CG-012", "F-not-due", triggering: ["cgHeavyLicence": "true", "cgPointsInCycle": "false"],
                notTriggering: ["cgHeavyLicence": "true", "cgPointsInCycle": "true"]),
            // … "…以外准驾车型驾驶证的驾驶人，发生交通事故造成人员死亡承担同等以上责任未被吊销机动车驾驶证的，应当…接受审验": a car driver
            // without such an accident vs with one
            ForbiddenExample(
                "BS-CG-012", "F-not-due", triggering: ["cgHeavyLicence": "false", "cgFatalAccidentResponsible": "false"],
                notTriggering: ["cgHeavyLicence": "false", "cgFatalAccidentResponsible": "true"]),
            // 户籍 事项6 2、所需材料 (line 2002) "由户主提交本人《居民身份证》和补办申请": a member of the household vs the 户主
            ForbiddenExample(
                "BS-HJ-006", "F-not-householder", triggering: ["hjApplicantIsHouseholder": "false"],
                notTriggering: ["hjApplicantIsHouseholder": "true"]),
            // 户籍 事项1 1、(line 1847) "择业期内应届毕业生及毕业两年内的留学回国人员": a returnee three years after graduating vs one
            // within two
            ForbiddenExample(
                "BS-HJ-001", "F-period", triggering: ["hjWithinGraduatePeriod": "false"],
                notTriggering: ["hjWithinGraduatePeriod": "true"]),
            // 户籍 事项1 所需材料 1.1 （三） (line 1853) "达到法定结婚年龄人员：未婚的须在办理部门使用的《个人未婚声明》上签字承诺": the
            // clerk finds it unsigned, or signed (returned: the applicant signs)
            ForbiddenExample(
                "BS-HJ-001", "F-unmarried-declaration",
                triggering: ["maritalStatus": "未婚", "hjUnmarriedDeclarationSigned": "false"],
                notTriggering: ["maritalStatus": "未婚", "hjUnmarriedDeclarationSigned": "true"], returns: true),
            // 事项2 and 16's 基本材料 are 事项1's (round 63, tester h)
            ForbiddenExample(
                "BS-HJ-002", "F-unmarried-declaration",
                triggering: ["maritalStatus": "未婚", "hjUnmarriedDeclarationSigned": "false"],
                notTriggering: ["maritalStatus": "未婚", "hjUnmarriedDeclarationSigned": "true"], returns: true),
            ForbiddenExample(
                "BS-HJ-016", "F-unmarried-declaration",
                triggering: ["maritalStatus": "未婚", "hjUnmarriedDeclarationSigned": "false"],
                notTriggering: ["maritalStatus": "未婚", "hjUnmarriedDeclarationSigned": "true"], returns: true),
        ],
        [
            // 婚姻 事项3 (line 8862), 事项8 1.(1) (line 8914) "居民身份证与户口簿上的姓名、性别、出生年月、公民身份证号码应当一致，不一致的，
            // 当事人应当先到有关部门更正": the clerk finds them different, or the same (round 20, tester 7)
            ForbiddenExample(
                "BS-HY-003", "F-id-hukou", triggering: ["hyIdHukouMismatch": "true"],
                notTriggering: ["hyIdHukouMismatch": "false"]),
            ForbiddenExample(
                "BS-HY-008", "F-id-hukou", triggering: ["hyIdHukouMismatch": "true"],
                notTriggering: ["hyIdHukouMismatch": "false"]),
        ],
        // 公积金 事项24, 25, 26 申请条件 (4) (lines 6971, 7031, 7087) "具有购买商品房（二手房；建造、翻建、大修自住住房）的有关手续和规定
        // 比例的自筹资金，能够办理抵押": the clerk finds the own funds short or the house not mortgageable, or finds them right
        ForbiddenExample.alike(
            ["BS-GJJ-024", "BS-GJJ-025", "BS-GJJ-026"], "F-own-funds", triggering: ["gjjOwnFundsMortgageable": "false"],
            notTriggering: ["gjjOwnFundsMortgageable": "true"]),
        // 其他 事项13 城镇登记失业人员失业登记 1. (line 12170) "在法定劳动年龄内，有劳动能力，有就业要求，处于无业状态的城镇常住人员": one able
        // to work and without a job who does not seek work vs one who does (round 21, tester 2: 有就业要求 was not checked)
        [
            ForbiddenExample(
                "BS-QT-013", "F-not-seeking",
                triggering: ["qtHasWorkCapacity": "true", "qtWithoutJob": "true", "qtSeeksEmployment": "false"],
                notTriggering: ["qtHasWorkCapacity": "true", "qtWithoutJob": "true", "qtSeeksEmployment": "true"])
        ],
        // Round 60 (tester d): 其他 事项10 (line 12142) "4.年满三十周岁"; spouses adopting together (line 12067 "夫妻双方共同收养提交
        // 结婚证") are both 收养人: a wife of 29 (submitted 2025-07-01), and of 30.
        [
            ForbiddenExample(
                "BS-QT-008", "F-spouse-age", triggering: ["maritalStatus": "已婚", "qtSpouseBirthDate": "1996-01-01"],
                notTriggering: ["maritalStatus": "已婚", "qtSpouseBirthDate": "1995-07-01"], scenario: "case-1")
        ],
        // Round 60 (tester b): 生育 事项3 (line 143) "由新生儿母亲…申领": the mother files (her id, 17th digit even); the father
        // alone (odd) is returned to file as her agent, unless her id is missing (line 148).
        [
            ForbiddenExample(
                "BS-SY-003", "F-father-alone",
                triggering: ["residentId": "210202199503011013", "syParentIdMissing": "均不缺失"],
                notTriggering: ["residentId": "210202199503011021", "syParentIdMissing": "均不缺失"], scenario: "first-1",
                returns: true),
            ForbiddenExample(
                "BS-SY-003", "F-father-alone",
                triggering: ["residentId": "210202199503011013", "syParentIdMissing": "父亲证件缺失"],
                notTriggering: ["residentId": "210202199503011013", "syParentIdMissing": "母亲证件缺失"], scenario: "first-2",
                returns: true),
        ],
    ].flatMap { $0 }
