// One example per forbidden case of seed 000_b4123a1601a34da6.txt (违规禁办事项清单 1–11),
// written from the list's words. Facts are those declared in Pipelines/curated/000.xml.
// RS-013 and RS-015 cases are guarded by scenario in the catalog (receive vs transfer-*,
// individual vs institution); their examples name the scenario they apply to.

private let listed: [ForbiddenExample] = [
    // 1 职业供求信息、市场工资指导价信息和职业培训信息发布: 办理人不能提供有效办理材料
    ForbiddenExample(
        "RS-004", "F1",
        triggering: ["documentsValid": "false"],
        notTriggering: ["documentsValid": "true"]),
    // 2 求职创业补贴申领: 1. 申请人为非全日制学历
    ForbiddenExample(
        "RS-005", "F1",
        triggering: ["fullTimeEducation": "false"],
        notTriggering: ["fullTimeEducation": "true"]),
    // 2 求职创业补贴申领: 2. 申请人不能提供有效申请材料
    ForbiddenExample(
        "RS-005", "F2",
        triggering: ["documentsValid": "false"],
        notTriggering: ["documentsValid": "true"]),
    // 3 失业保险金申领: 缴费不满一年
    ForbiddenExample(
        "RS-009", "F1",
        triggering: ["contributionMonths": "11"],
        notTriggering: ["contributionMonths": "12"]),
    // 合规办事业务指南 9 (line 418-422): 具备下列条件的失业人员，可以领取失业保险金：…（2）非因本人意愿中断就业的
    ForbiddenExample(
        "RS-009", "F2",
        triggering: ["involuntaryUnemployment": "false"],
        notTriggering: ["involuntaryUnemployment": "true"]),
    // 合规办事业务指南 17 (line 752): 对贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员，在培训期间…给予
    // 生活费（含交通费）补贴: someone of none of them
    ForbiddenExample(
        "RS-017", "F1",
        triggering: ["livingSubsidyCategory": "none"],
        notTriggering: ["livingSubsidyCategory": "zero-employment-family"]),
    // … (line 754) 每人每年只能享受一次
    ForbiddenExample(
        "RS-017", "F2",
        triggering: ["livingSubsidyReceivedThisYear": "true"],
        notTriggering: ["livingSubsidyReceivedThisYear": "false"]),
    // … 并且不能与培训期间失业保金同时兼得
    ForbiddenExample(
        "RS-017", "F3",
        triggering: ["unemploymentBenefitDuringTraining": "true"],
        notTriggering: ["unemploymentBenefitDuringTraining": "false"]),
    // 7 提供档案查（借）阅服务: 档案不在大连市就业和人才服务中心托管
    ForbiddenExample(
        "RS-010", "F1",
        triggering: ["archiveHeldByCenter": "false"],
        notTriggering: ["archiveHeldByCenter": "true"]),
    // 4 依据档案记载出具相关证明: 档案不在大连市就业和人才服务中心托管
    ForbiddenExample(
        "RS-011", "F1",
        triggering: ["archiveHeldByCenter": "false"],
        notTriggering: ["archiveHeldByCenter": "true"]),
    // 5 档案材料的收集、鉴别和归档: 不属于归档范围的材料
    ForbiddenExample(
        "RS-012", "F1",
        triggering: ["withinArchiveScope": "false"],
        notTriggering: ["withinArchiveScope": "true"]),
    // 6 档案的接收和转递, 接收: 工作单位未在大连市就业和人才服务中心办理集体存档
    ForbiddenExample(
        "RS-013", "F1",
        triggering: ["employerCollectiveArchiving": "false"],
        notTriggering: ["employerCollectiveArchiving": "true"], scenario: "receive"),
    // 6 档案的接收和转递, 接收: 档案关键材料缺失且无法补充，不符合档案接收标准的
    ForbiddenExample(
        "RS-013", "F2",
        triggering: ["archiveKeyMaterialsIrreparable": "true"],
        notTriggering: ["archiveKeyMaterialsIrreparable": "false"], scenario: "receive"),
    // 6 档案的接收和转递, 转递: 档案不在大连市就业和人才服务中心托管
    ForbiddenExample(
        "RS-013", "F3",
        triggering: ["archiveHeldByCenter": "false"],
        notTriggering: ["archiveHeldByCenter": "true"], scenario: "transfer-individual"),
    // 8 职业培训补贴申领: 机关事业单位人员不可参加
    ForbiddenExample(
        "RS-015", "F1",
        triggering: ["publicInstitutionStaff": "true"],
        notTriggering: ["publicInstitutionStaff": "false"], scenario: "individual"),
    // 9 职业技能鉴定考评人员聘任: 申报条件不符合要求
    ForbiddenExample(
        "RS-023", "F1",
        triggering: ["eligibilityMet": "false"],
        notTriggering: ["eligibilityMet": "true"]),
    // 10 职业技能鉴定考评员初审: 申报条件不符合要求
    ForbiddenExample(
        "RS-024", "F1",
        triggering: ["eligibilityMet": "false"],
        notTriggering: ["eligibilityMet": "true"]),
    // 11 申报职业技能鉴定: 不符合报名条件者，不予受理
    ForbiddenExample(
        "RS-025", "F1",
        triggering: ["eligibilityMet": "false"],
        notTriggering: ["eligibilityMet": "true"]),
    // 合规办事业务指南 28 (line 1133): 被纳入失信被执行人名单的不在政策补贴范围之内
    ForbiddenExample(
        "RS-028", "F1",
        triggering: ["dishonestDebtor": "true", "leftSchoolWithin2Years": "true"],
        notTriggering: ["dishonestDebtor": "false", "leftSchoolWithin2Years": "true"]),
    // 合规办事业务指南 28 (line 1131): 对离校 2 年内未就业高校毕业生灵活就业后缴纳社会保险费的…给予补贴
    ForbiddenExample(
        "RS-028", "F2",
        triggering: ["dishonestDebtor": "false", "leftSchoolWithin2Years": "false"],
        notTriggering: ["dishonestDebtor": "false", "leftSchoolWithin2Years": "true"]),
    // 合规办事业务指南 28 (line 1131): 对离校 2 年内未就业高校毕业生灵活就业后缴纳社会保险费的…给予补贴: a graduate
    // employed by a unit is not 未就业.
    ForbiddenExample(
        "RS-028", "F3",
        triggering: ["graduateEmployedByUnit": "true", "flexibleEmploymentContributionsPaid": "true"],
        notTriggering: ["graduateEmployedByUnit": "false", "flexibleEmploymentContributionsPaid": "true"]),
    // … 灵活就业后缴纳社会保险费的: without the contributions there is nothing to subsidise.
    ForbiddenExample(
        "RS-028", "F4",
        triggering: ["graduateEmployedByUnit": "false", "flexibleEmploymentContributionsPaid": "false"],
        notTriggering: ["graduateEmployedByUnit": "false", "flexibleEmploymentContributionsPaid": "true"]),
    // 合规办事业务指南 30 (line 1211) 创业带头人为法定劳动年龄范围内的各类劳动者 (F1) is on the applicant's kind
    // (the test factory files RS-030 as a unit, which has no age): DecisionTests.aLeaderPastWorkingAgeIsRefused.
    // 合规办事业务指南 30 (line 1211): 吸纳就业 3 人以上（含 3 人）
    ForbiddenExample(
        "RS-030", "F2",
        triggering: ["residentId": "210202199001010010", "hiredCount": "2"],
        notTriggering: ["residentId": "210202199001010010", "hiredCount": "3"]),
    // 合规办事业务指南 33 (line 1312): 劳动年龄内、有劳动能力、有就业要求、处于无业状态的城乡劳动者，可以进行失业登记.
    // Working age starts at 16 and ends at the statutory retirement age (国务院关于渐进式延迟法定退休年龄的办法, 2024):
    // men 60, raised towards 63 only for men born in 1965 or later; women cadres 55, raised towards 58 only for women born
    // in 1970 or later (women workers 50: the id cannot tell them apart, so the 55 table is the bound every rule passes).
    // residentId: a man born 1940-01-01 (85 on 2025-07-01) and one born 1990-01-01 (35).
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202194001010018"],
        notTriggering: ["residentId": "210202199001010010"]),
    // The 2025 raise (国务院关于渐进式延迟法定退休年龄的办法, 附件1): a man born from January 1965 retires one month later
    // for every four months of birth, to the month. On 2030-07-01 a man born 1968-01-01 (62) has retired (61 years
    // 1 month at most); one born 1969-01-01 (61 years 6 months) retired at 61 years 1 month (2030-02-01), one born
    // 1969-09-01 (60 years 10 months) retires at 61 years 3 months (2030-12-01). A woman cadre born 1973-01-01 retired
    // at 55 years 10 months (2028-11-01); one born 1974-05-01 retires at 56 years 2 months, in 2030-07 (round 23,
    // tester 2: the bound was "1974 至 1977 年出生而年满 57 周岁"), one born 1974-06-01 in 2030-08: not yet.
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202196801010015"],
        notTriggering: ["residentId": "210202196909010017"], submitted: "2030-07-01T09:30:00+08:00"),
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202196901010012"],
        notTriggering: ["residentId": "210202196909010017"], submitted: "2030-07-01T09:30:00+08:00"),
    // To the month (round 22, tester 2: a man born 1965-03-01 was accepted on 2025-07-01, his retirement at 60 years
    // 1 month in 2025-04): on 2025-04-01 he has reached it; a man born 1965-04-01 retires in 2025-05 and has not. The
    // 办法's tables give the 退休时间 as a month (出生 1965年1月: 退休时间 2025年2月): one born 1965-03-31 has reached it on
    // 2025-04-01 too (round 45, tester f: refused before his birthday's day in his retirement month; see
    // Round47Tests).
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202196503010017"],
        notTriggering: ["residentId": "210202196504010019"], submitted: "2025-04-01T09:30:00+08:00"),
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202197301010021"],
        notTriggering: ["residentId": "210202197406010124"], submitted: "2030-07-01T09:30:00+08:00"),
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202197405010122"],
        notTriggering: ["residentId": "210202197406010124"], submitted: "2030-07-01T09:30:00+08:00"),
    // A woman between the tables is asked her 原法定退休年龄 (session 32): born 1972-07-01, 53 on 2025-07-01, a 女职工 retired at
    // 50 and is past working age; a 女干部 retires at 55 years 8 months.
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202197207010121", "femaleRetirementBase": "50"],
        notTriggering: ["residentId": "210202197207010121", "femaleRetirementBase": "55"]),
    // residentId: a boy born 2015-01-01 (10); a girl born 2009-07-02 (15) and a boy born 2009-07-01 (16). Refused apart
    // from the retirement bound, saying which (round 49, tester b).
    ForbiddenExample(
        "RS-033", "F1-young",
        triggering: ["residentId": "210202201501010017"],
        notTriggering: ["residentId": "210202200907010012"]),
    ForbiddenExample(
        "RS-033", "F1-young",
        triggering: ["residentId": "210202200907020026"],
        notTriggering: ["residentId": "210202200907010012"]),
    // 31 (line 1253) 可申领《就业创业证》: a 劳动者, 16 at least (round 61, tester k): a girl of 15 on 2025-07-01, a boy of 16.
    ForbiddenExample(
        "RS-031", "F-young",
        triggering: ["residentId": "210202200907020026"],
        notTriggering: ["residentId": "210202200907010012"]),
    // residentId: a man born 1964-01-01 (61 on 2025-07-01, born before 1965: retired at 60) and one born 1965-09-01
    // (59, his retirement at 60 years 3 months). One born 1965-01-01 retired at 60 years 1 month (2025-02-01).
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202196401011238"],
        notTriggering: ["residentId": "210202196509010018"]),
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202196501011235"],
        notTriggering: ["residentId": "210202196509010018"]),
    // residentId: a woman born 1969-01-01 (56, born before 1970: retired at 55 at the latest); on 2025-07-01 one born
    // 1970-05-01 has reached 55 years 2 months, her age (round 23, tester 2: a woman of 55 born in 1970 was accepted),
    // one born 1970-05-02 has not.
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202196901011242"],
        notTriggering: ["residentId": "210202197006010125"]),
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202197005010123"],
        notTriggering: ["residentId": "210202197006010125"]),
    // residentId: a man born 1962-07-01 (63) is past working age; so is a woman born 1967-07-01 (58).
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202196207010012"],
        notTriggering: ["residentId": "210202196509010018"]),
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202196707010027"],
        notTriggering: ["residentId": "210202197006010125"]),
    // On 2040-07-01 (the most any raise reaches: 63 / 58, for men born after 1972 and women after 1977): a man born
    // 1977-07-01 (63) and one born 1977-08-01 (retiring in 2040-08); a woman born 1982-07-01 (58) and one born
    // 1982-08-01.
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202197707011235"],
        notTriggering: ["residentId": "210202197708011237"],
        submitted: "2040-07-01T09:30:00+08:00"),
    ForbiddenExample(
        "RS-033", "F1",
        triggering: ["residentId": "210202198207011241"],
        notTriggering: ["residentId": "210202198208011243"],
        submitted: "2040-07-01T09:30:00+08:00"),
    // 合规办事业务指南 34 (line 1344): 对租用场地初次创业（指首次领取工商营业执照）的人员，创办经营实体自工商登记注册之日起
    // 正常运营 6 个月以上的…给…创业场地补贴
    ForbiddenExample(
        "RS-034", "F1",
        triggering: ["firstBusinessLicence": "false", "businessOperatingMonths": "12"],
        notTriggering: ["firstBusinessLicence": "true", "businessOperatingMonths": "12"]),
    ForbiddenExample(
        "RS-034", "F2",
        triggering: ["firstBusinessLicence": "true", "businessOperatingMonths": "5"],
        notTriggering: ["firstBusinessLicence": "true", "businessOperatingMonths": "6"]),
    // 合规办事业务指南 37 (line 1473): 高等院校、科研院所专家学者，从事专业工作 3 年以上 … 可以申请认定市级创业导师
    ForbiddenExample(
        "RS-037", "F1",
        triggering: ["mentorCategory": "academic", "mentorProfessionalWorkYears": "2"],
        notTriggering: ["mentorCategory": "academic", "mentorProfessionalWorkYears": "3"]),
    ForbiddenExample(
        "RS-037", "F1",
        triggering: ["mentorCategory": "academic", "mentorProfessionalWorkYears": "2"],
        notTriggering: ["mentorCategory": "entrepreneur", "mentorProfessionalWorkYears": "2"]),
    // 合规办事业务指南 38 (line 1517): 场地产权清晰或租赁合同明确，使用期限不少于 3 年. (具有独立法人资格, F1, is on the
    // applicant's kind: DecisionTests.anIncubatorPlatformIsALegalPerson.)
    ForbiddenExample(
        "RS-038", "F2",
        triggering: ["incubatorPremises": "rented", "incubatorPremisesYears": "2"],
        notTriggering: ["incubatorPremises": "rented", "incubatorPremisesYears": "3"]),
    // 39.4 温馨提示 (line 1628): 目前“网上办”方式仅支持距离法定退休年龄五年内的人员类别申报 (the examples are filed online): a
    // 残疾人 online is refused, a man 4 years before his retirement age (born 1966-06-15, retiring 2027-04) is not. First of
    // RS-039's examples: the tests' settled facts (the first not-triggering value of each fact) are an online filing's.
    ForbiddenExample(
        "RS-039", "F-online",
        triggering: ["hardshipCategory": "disabled"],
        notTriggering: ["hardshipCategory": "near-retirement", "residentId": "210202196606150119"]),
    // After F-online, whose not-triggering facts are the settled ones. 39 (line 1564) "…的登记失业人员", of working age as 33
    // registers them (line 1312): a 残疾人 of 85 is no 登记失业人员 (round 62, tester b); one of 35 is.
    ForbiddenExample(
        "RS-039", "F-old",
        triggering: ["residentId": "210202194001010018", "hardshipCategory": "disabled"],
        notTriggering: ["residentId": "210202199001010010", "hardshipCategory": "disabled"]),
    // 合规办事业务指南 39 (line 1564): 就业困难人员 … 主要包括：…登记失业人员中距法定退休年龄 5 年以内的人员. The statutory
    // retirement age is 国务院关于渐进式延迟法定退休年龄的办法 (2024)'s, to the month (as RS-033): a man's 60 years and
    // a month more for each 4 months of birth from 1965-01; a woman's, 50 years and a month more for each 2 months from
    // 1975-01 (工人) or 55 years and a month more for each 4 months from 1970-01 (干部), the id not saying which.
    // residentId: a man of 30 (born 1995-01-01) is more than 5 years from it; a disabled man of 30 is in another category.
    ForbiddenExample(
        "RS-039", "F1",
        triggering: ["residentId": "210202199501010017", "hardshipCategory": "near-retirement"],
        notTriggering: ["residentId": "210202199501010017", "hardshipCategory": "disabled"]),
    // On 2025-07-01 a man born 1969-05-01 retires at 61 years 2 months (2030-07), 5 years on; one born 1969-06-01
    // retires in 2030-08, more than 5 years from it (to the month: the 退休时间 is a month). Round 23, tester 2: a man born 1970-06-15 (55, retiring at 61 years
    // 5 months in 2031-11) was accepted, the bound being 55 years; he is refused, a man born 1966-06-15 (retiring in
    // 2027-04) is not.
    ForbiddenExample(
        "RS-039", "F1",
        triggering: ["residentId": "210202196906010118", "hardshipCategory": "near-retirement"],
        notTriggering: ["residentId": "210202196905010116", "hardshipCategory": "near-retirement"]),
    ForbiddenExample(
        "RS-039", "F1",
        triggering: ["residentId": "21020219700615011X", "hardshipCategory": "near-retirement"],
        notTriggering: ["residentId": "210202196606150119", "hardshipCategory": "near-retirement"]),
    // A woman born 1978-08-31 retires at 51 years 10 months at the earliest (工人: 2030-06-30), 5 years from 2025-07-01
    // in whole months; one born 1978-09-01 at 51 years 11 months (2030-08-01), more than 5 years on. Round 23: a woman
    // born 1980-06-15 (45, retiring at 52 years 9 months at the earliest) was accepted, the bound being 45 years.
    ForbiddenExample(
        "RS-039", "F1",
        triggering: ["residentId": "210202197809010129", "hardshipCategory": "near-retirement"],
        notTriggering: ["residentId": "21020219780831012X", "hardshipCategory": "near-retirement"]),
    ForbiddenExample(
        "RS-039", "F1",
        triggering: ["residentId": "210202198006150122", "hardshipCategory": "near-retirement"],
        notTriggering: ["residentId": "21020219780831012X", "hardshipCategory": "near-retirement"]),
    // At or past it, no longer before it: a man born 1965-05-01 retired at 60 years 2 months in 2025-07, one born
    // 1965-06-01 retires in 2025-08; a woman born 1970-05-01 reached 55 years 2 months (the latest table) in 2025-07,
    // one born 1970-06-01 has not. Round 23: a man born 1965-03-15 (retired 2025-04-15) and a woman born 1970-03-15 were accepted.
    ForbiddenExample(
        "RS-039", "F1",
        triggering: ["residentId": "210202196505010117", "hardshipCategory": "near-retirement"],
        notTriggering: ["residentId": "210202196506010119", "hardshipCategory": "near-retirement"]),
    ForbiddenExample(
        "RS-039", "F1",
        triggering: ["residentId": "210202196503150116", "hardshipCategory": "near-retirement"],
        notTriggering: ["residentId": "210202196506010119", "hardshipCategory": "near-retirement"]),
    ForbiddenExample(
        "RS-039", "F1",
        triggering: ["residentId": "210202197005010123", "hardshipCategory": "near-retirement"],
        notTriggering: ["residentId": "210202197006010125", "hardshipCategory": "near-retirement"]),
    ForbiddenExample(
        "RS-039", "F1",
        triggering: ["residentId": "210202197003150122", "hardshipCategory": "near-retirement"],
        notTriggering: ["residentId": "210202197006010125", "hardshipCategory": "near-retirement"]),
    // A woman between the tables is asked her 原法定退休年龄 (session 32: she was accepted whatever her post): born
    // 1972-07-01 she is 53 on 2025-07-01, past 50 (a 女职工 retired) but 4 years 8 months before 55 years 8 months (a 女干部);
    // born 1978-01-01 (47 years 6 months) she retires at 51 years 7 months as a 女职工 (within 5 years) but at 57 years 1 month
    // as a 女干部 (more than 5 years on).
    ForbiddenExample(
        "RS-039", "F1",
        triggering: ["residentId": "210202197207010121", "hardshipCategory": "near-retirement", "femaleRetirementBase": "50"],
        notTriggering: [
            "residentId": "210202197207010121", "hardshipCategory": "near-retirement", "femaleRetirementBase": "55",
        ]),
    ForbiddenExample(
        "RS-039", "F1",
        triggering: ["residentId": "210202197801010124", "hardshipCategory": "near-retirement", "femaleRetirementBase": "55"],
        notTriggering: [
            "residentId": "210202197801010124", "hardshipCategory": "near-retirement", "femaleRetirementBase": "50",
        ]),
    // 合规办事业务指南 40 (lines 1632-1634): 经认定的就业困难人员和参照就业困难人员享受相关政策人员，进行了灵活就业登记后，在大连市足额缴纳
    // 社会保险费的人员，可申请: three conditions, each the clerk's to check.
    ForbiddenExample(
        "RS-040", "F-recognized",
        triggering: ["rsHardshipRecognized": "false"],
        notTriggering: ["rsHardshipRecognized": "true"]),
    ForbiddenExample(
        "RS-040", "F-flexible-registration",
        triggering: ["rsFlexibleEmploymentRegistered": "false"],
        notTriggering: ["rsFlexibleEmploymentRegistered": "true"]),
    ForbiddenExample(
        "RS-040", "F-contributions",
        triggering: ["rsDalianContributionsInFull": "false"],
        notTriggering: ["rsDalianContributionsInFull": "true"]),
    // 合规办事业务指南 41 (line 1673): 我市户籍符合辽宁省政府规定的就业困难人员公益性岗位安置对象…可申请公益性岗位补贴
    ForbiddenExample(
        "RS-041", "F1",
        triggering: ["dalianHukou": "false"],
        notTriggering: ["dalianHukou": "true"]),
]

// 合规办事业务指南 42-59, the eighteen qualification exams' 报名条件 (the lines of each section's 符合下列条件之一的…可申请
// 参加…考试), and 15, 16, 29, 35 (lines 648, 700, 1165, 1385), whom the subsidy or the loan is for (符合条件的就业重点群体, a
// mentor whose clients rated the service 满意以上, the 创业担保贷款对象): the clerk's check, declared not met, refuses.
public let forbiddenExamples000: [ForbiddenExample] =
    listed
    + ForbiddenExample.alike(
        (42...59).map { "RS-0\($0)" } + ["RS-015", "RS-016", "RS-029", "RS-035"], "F-eligibility",
        triggering: ["eligibilityMet": "false"], notTriggering: ["eligibilityMet": "true"])
    // Round 14: 36 (line 1431) …市级创业孵化平台在孵企业…可进行…遴选申请, the clerk's check as above
    + [
        ForbiddenExample(
            "RS-036", "F-eligibility", triggering: ["eligibilityMet": "false"], notTriggering: ["eligibilityMet": "true"]),
        // 12 (line 532) 在大连市就业和人才服务中心办理委托存档的流动人员…可提交相应的文书材料原件
        ForbiddenExample(
            "RS-012", "F-archive-held",
            triggering: ["withinArchiveScope": "true", "archiveHeldByCenter": "false"],
            notTriggering: ["withinArchiveScope": "true", "archiveHeldByCenter": "true"]),
    ]
    // 26, 27 (lines 1081, 1109) 所持证书为大连市人力资源与社会保障局颁发、证书信息能够在大连市人力资源与社会保障局网站查询的
    + ForbiddenExample.alike(
        ["RS-026", "RS-027"], "F-issuer", triggering: ["rsCertIssuedByDalian": "false"],
        notTriggering: ["rsCertIssuedByDalian": "true"])
    + forbiddenExamples000Round19
    // Round 39 (tester q): 10.1 (line 466) 查档单位应派两名中共党员前往; 18.1 (3) ⑤ (line 819) 不低于 10 次的培训视频资料: 9 sessions
    // returned for correction, 10 not.
    + [
        ForbiddenExample(
            "RS-010", "F-party", triggering: ["archiveReadersPartyMembers": "false"],
            notTriggering: ["archiveReadersPartyMembers": "true"], returns: true),
        ForbiddenExample(
            "RS-018", "F-video", triggering: ["trainingVideoSessions": "9"], notTriggering: ["trainingVideoSessions": "10"],
            scenario: "balance-funding", returns: true),
    ]

/// Round 19 (tester 1).
let forbiddenExamples000Round19: [ForbiddenExample] =
    // 33 (line 1312) 劳动年龄内、有劳动能力、有就业要求、处于无业状态的城乡劳动者，可以进行失业登记
    ForbiddenExample.onFlag(["RS-033"], "F-unable", "rsAbleToWork", refusedWhen: false)
    + ForbiddenExample.onFlag(["RS-033"], "F-not-seeking", "rsSeekingWork", refusedWhen: false)
    + ForbiddenExample.onFlag(["RS-033"], "F-employed", "rsJobless", refusedWhen: false)
    // 39 (line 1566) 二是…接受…介绍的…相适应工作累计2次以上仍未能实现就业并连续失业1年以上（无单位缴费1年以上）的人员…参照就业困难人员…
    // 县级以上（含县级）劳动模范…: a labour model referred once vs twice, or of the first group (残疾人), asked neither; a
    // 失地农民 unemployed 11 months vs 12.
    + ForbiddenExample.escapes(
        "RS-039", "F-referrals",
        triggering: [
            "hardshipCategory": "labour-model", "rsReferredJobsUnsuccessful": "1", "rsContinuousUnemploymentMonths": "24",
        ],
        by: [["rsReferredJobsUnsuccessful": "2"], ["hardshipCategory": "disabled"]])
    + ForbiddenExample.escapes(
        "RS-039", "F-unemployed-year",
        triggering: [
            "hardshipCategory": "land-expropriated", "rsReferredJobsUnsuccessful": "3", "rsContinuousUnemploymentMonths": "11",
        ],
        by: [["rsContinuousUnemploymentMonths": "12"]])
    // Round 21: 39 (line 1566) 二是登记失业期间无法实现灵活就业和自主创业，且…的人员，可以申请认定为参照就业困难人员: a 失地农民 who
    // started a business while registered unemployed, vs one who could not; a 残疾人 (the first group) is not asked.
    + ForbiddenExample.escapes(
        "RS-039", "F-flexible",
        triggering: [
            "hardshipCategory": "land-expropriated", "rsFlexibleOrSelfEmployed": "true", "rsReferredJobsUnsuccessful": "3",
            "rsContinuousUnemploymentMonths": "14",
        ],
        by: [["rsFlexibleOrSelfEmployed": "false"], ["hardshipCategory": "disabled"]])
