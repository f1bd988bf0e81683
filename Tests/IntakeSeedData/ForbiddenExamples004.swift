// One example per forbidden case of 004_e8123824df28054f.txt (违规禁办事项清单 1-12, lines
// 1631-1682). Each map names every fact the case's condition reads.

public let forbiddenExamples004: [ForbiddenExample] =
    [
        // 1 企业职工基本养老保险补缴: 违规对城镇个体工商户和灵活就业人员以事后追补缴的方式增加缴费年限
        ForbiddenExample(
            "SB-X01", "F1",
            triggering: ["insuredCategory": "flexible-employment", "retroactiveContributionToAddYears": "true"],
            notTriggering: ["insuredCategory": "employee", "retroactiveContributionToAddYears": "true"]),
        // 2 城乡居民养老保险参保: 非大连本地户籍人员办理城乡居民养老保险参保
        ForbiddenExample(
            "SB-016", "F1",
            triggering: ["hukouLocal": "false"],
            notTriggering: ["hukouLocal": "true"]),
        // 合规办事业务指南 16 (line 286): "年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的
        // 城乡居民。" residentId: a woman born 2009-07-02 (15 on 2025-07-01) and one born 2009-07-01 (16 that day).
        ForbiddenExample(
            "SB-016", "F2",
            triggering: ["residentId": "210202200907020026"],
            notTriggering: ["residentId": "210202200907010020"],
            submitted: "2025-07-01T09:30:00+08:00"),
        // … （不含在校学生）
        ForbiddenExample(
            "SB-016", "F3",
            triggering: ["inSchoolStudent": "true"],
            notTriggering: ["inSchoolStudent": "false"]),
        // … 非国家机关和事业单位工作人员
        ForbiddenExample(
            "SB-016", "F4",
            triggering: ["publicInstitutionStaff": "true"],
            notTriggering: ["publicInstitutionStaff": "false"]),
        // … 不属于职工基本养老保险制度覆盖范围
        ForbiddenExample(
            "SB-016", "F5",
            triggering: ["coveredByEmployeePension": "true"],
            notTriggering: ["coveredByEmployeePension": "false"]),
        // 3 职工正常退休(职) (lines 1644-1646): 未达到法定退休年龄 … declared where the id cannot tell: a man born
        // 1965-06-01 is 60 on 2025-07-01, his statutory age (60 years 2 months) a month away; he may have retired early
        ForbiddenExample(
            "SB-025", "F1",
            triggering: ["residentId": "210202196506010119", "reachedRetirementAge": "false"],
            notTriggering: ["residentId": "210202196503010017", "reachedRetirementAge": "true"]),
        // … a woman of 52 (born 1973-01-01): 女工人 50, 女干部 55, which the id does not tell
        ForbiddenExample(
            "SB-025", "F1",
            triggering: ["residentId": "210202197301010021", "reachedRetirementAge": "false"],
            notTriggering: ["residentId": "210202197301010021", "reachedRetirementAge": "true"]),
        // … but the id tells that a man of 65 (born 1960-01-01) or a woman of 56 born before 1970 (1969-01-01) has
        // reached it under any rule: a declaration that he has not does not refuse him (the question is not asked)
        ForbiddenExample(
            "SB-025", "F1",
            triggering: ["residentId": "210202196506010119", "reachedRetirementAge": "false"],
            notTriggering: ["residentId": "210202196001010017", "reachedRetirementAge": "false"]),
        // … to the month (round 23): a man born 1965-03-01 retired at 60 years 1 month on 2025-04-01, a woman born
        // 1970-05-01 reached 55 years 2 months, the latest table's, on 2025-07-01
        ForbiddenExample(
            "SB-025", "F1",
            triggering: ["residentId": "210202196506010119", "reachedRetirementAge": "false"],
            notTriggering: ["residentId": "210202196503010017", "reachedRetirementAge": "false"]),
        ForbiddenExample(
            "SB-025", "F1",
            triggering: ["residentId": "210202197006010125", "reachedRetirementAge": "false"],
            notTriggering: ["residentId": "210202197005010123", "reachedRetirementAge": "false"]),
        ForbiddenExample(
            "SB-025", "F1",
            triggering: ["residentId": "210202197301010021", "reachedRetirementAge": "false"],
            notTriggering: ["residentId": "210202196901010020", "reachedRetirementAge": "false"]),
        // … the id tells: a man under 60 has not reached it, whatever he declares (a man born 1965-07-02 is 59, one
        // born 1965-07-01 is 60 on 2025-07-01)
        ForbiddenExample(
            "SB-025", "F1",
            triggering: ["residentId": "21020219650702001X", "reachedRetirementAge": "true"],
            notTriggering: ["residentId": "210202196503010017", "reachedRetirementAge": "true"]),
        // … nor a man short of his own age by the month (round 28: born 1965-07-01, 60 on 2025-07-01, retires at 60 years
        // 2 months), nor a woman short of the 50 table's (born 1975-07-01: 50 on 2025-07-01, that table's age 50 years 4
        // months; born 1975-01-01: 50 years 6 months, past its 50 years 1 month)
        ForbiddenExample(
            "SB-025", "F1",
            triggering: ["residentId": "210202196507010014", "reachedRetirementAge": "true"],
            notTriggering: ["residentId": "210202196503010017", "reachedRetirementAge": "true"]),
        ForbiddenExample(
            "SB-025", "F1",
            triggering: ["residentId": "210202197507010027", "reachedRetirementAge": "true"],
            notTriggering: ["residentId": "210202197501010026", "reachedRetirementAge": "true"]),
        // 3 … 或累计缴费未满15年 (180 months)
        ForbiddenExample(
            "SB-025", "F2",
            triggering: ["residentId": "210202196001010017", "reachedRetirementAge": "true", "contributionMonths": "179"],
            notTriggering: ["residentId": "210202196001010017", "reachedRetirementAge": "true", "contributionMonths": "180"]),
        // 4 工伤鉴定: 不进行工伤认定，申请工伤初次鉴定
        ForbiddenExample(
            "SB-048", "F1",
            triggering: ["workInjuryRecognized": "false"],
            notTriggering: ["workInjuryRecognized": "true"]),
        // 合规办事业务指南 47 (line 897): 自劳动能力鉴定结论作出之日起1年后…可以…申请劳动能力复查鉴定: on 2025-07-01, the year of a
        // conclusion of 2024-07-01 ends that day (民法典 201, 203: not yet "1年后", round 28), one of 2024-06-30 is past
        ForbiddenExample(
            "SB-047", "F1",
            triggering: ["workCapacityConclusionDate": "2024-07-01"],
            notTriggering: ["workCapacityConclusionDate": "2024-06-30"]),
        // 合规办事业务指南 59 (line 1143): 条件：职工因工作遭受事故伤害或者患职业病进行治疗的
        ForbiddenExample(
            "SB-059", "F1",
            triggering: ["workInjuryTreatment": "false"],
            notTriggering: ["workInjuryTreatment": "true"]),
        // 合规办事业务指南 84 (line 1614): 已安置的退役军人
        ForbiddenExample(
            "SB-084", "F1",
            triggering: ["veteranResettled": "false"],
            notTriggering: ["veteranResettled": "true"]),
        // 5 一次性伤残补助金: 补助金打入非工伤职工本人账户
        ForbiddenExample(
            "SB-049", "F1",
            triggering: ["paymentToInjuredWorkerAccount": "false"],
            notTriggering: ["paymentToInjuredWorkerAccount": "true"]),
        // 6 养老保险跨省转移: 外省户籍，男超50周岁，女超40周岁
        ForbiddenExample(
            "SB-080", "F1",
            // 男超50周岁 (line 1658): a man born 1975-06-30 (50 and a day on 2025-07-01) is over 50; one born 1975-07-02
            // (49) is not; nor, on his birthday, one born 1975-07-01: 50, not over it (民法典 第一千二百五十九条: 超过 does not
            // include the number; round 23, tester 1: he was refused).
            triggering: ["hukouProvince": "吉林省", "residentId": "210202197506300014"],
            notTriggering: ["hukouProvince": "吉林省", "residentId": "210202197507020014"],
            submitted: "2025-07-01T09:30:00+08:00"),
        ForbiddenExample(
            "SB-080", "F1",
            triggering: ["hukouProvince": "吉林省", "residentId": "210202197506300014"],
            notTriggering: ["hukouProvince": "吉林省", "residentId": "210202197507010115"],
            submitted: "2025-07-01T09:30:00+08:00"),
        // 女超40周岁: a woman born 1985-06-30 is over 40 on 2025-07-01, one born 1985-07-01 is 40 that day
        ForbiddenExample(
            "SB-080", "F1",
            triggering: ["hukouProvince": "河北省", "residentId": "210202198506300123"],
            notTriggering: ["hukouProvince": "河北省", "residentId": "210202198507010128"],
            submitted: "2025-07-01T09:30:00+08:00"),
        // 6 … 或存在一次性缴纳养老保险费超过3年（含）的，且转出地社保经办机构无法提供相关材料
        ForbiddenExample(
            "SB-080", "F2",
            triggering: ["lumpSumContributionMonths": "36", "transferOutMaterialsAvailable": "false"],
            notTriggering: ["lumpSumContributionMonths": "36", "transferOutMaterialsAvailable": "true"]),
        // … 外省户籍 (line 1658): a man of 55 whose hukou is written as a city of 辽宁 (大连市, 沈阳市) is not 外省 (round 14)
        ForbiddenExample(
            "SB-080", "F1",
            triggering: ["hukouProvince": "河北省", "residentId": "210202197001010011"],
            notTriggering: ["hukouProvince": "大连市", "residentId": "210202197001010011"]),
        ForbiddenExample(
            "SB-080", "F1",
            triggering: ["hukouProvince": "黑龙江", "residentId": "210202197001010011"],
            notTriggering: ["hukouProvince": " 沈阳市 ", "residentId": "210202197001010011"]),
        // 违规禁办事项清单 1 企业职工基本养老保险补缴 (line 1638), of 12 社会保险费欠费补缴申报 (line 216), the guide's 企业职工 补缴
        ForbiddenExample(
            "SB-012", "F-retroactive",
            triggering: [
                "unitId": "92210200MA0QC8H4XJ", "insuredCategory": "flexible-employment",
                "retroactiveContributionToAddYears": "true",
            ],
            notTriggering: [
                "unitId": "92210200MA0QC8H4XJ", "insuredCategory": "employee", "retroactiveContributionToAddYears": "true",
            ]),
        // … a company (91…) pays its employees' arrears and is not asked about 个体工商户 and 灵活就业人员 (round 23,
        // tester 1: its complete filing was returned for those facts); one that declares the case is refused by what it
        // declares (session 38: accepted before).
        ForbiddenExample(
            "SB-012", "F-retroactive-declared",
            triggering: [
                "unitId": "91210200MA0QC8H4XM", "insuredCategory": "self-employed",
                "retroactiveContributionToAddYears": "true",
            ],
            notTriggering: [
                "unitId": "91210200MA0QC8H4XM", "insuredCategory": "employee", "retroactiveContributionToAddYears": "true",
            ]),
        ForbiddenExample(
            "SB-012", "F-retroactive-declared",
            triggering: [
                "unitId": "91210200MA0QC8H4XM", "insuredCategory": "flexible-employment",
                "retroactiveContributionToAddYears": "true",
            ],
            notTriggering: [
                "unitId": "91210200MA0QC8H4XM", "insuredCategory": "flexible-employment",
                "retroactiveContributionToAddYears": "false",
            ]),
        // 28 丧葬补助金、抚恤金申领 (line 518) 因病或者非因工死亡的且未在服刑期间离退休人员
        ForbiddenExample(
            "SB-028", "F-work-death",
            triggering: ["sbDeathWorkRelated": "true", "sbDiedServingSentence": "false"],
            notTriggering: ["sbDeathWorkRelated": "false", "sbDiedServingSentence": "false"]),
        ForbiddenExample(
            "SB-028", "F-sentence",
            triggering: ["sbDeathWorkRelated": "false", "sbDiedServingSentence": "true"],
            notTriggering: ["sbDeathWorkRelated": "false", "sbDiedServingSentence": "false"]),
        // 28 (line 518) 因病或者非因工死亡的且未在服刑期间离退休人员: the deceased drew a pension (the clerk's records).
        ForbiddenExample(
            "SB-028", "F-not-retired",
            triggering: ["sbDeceasedRetired": "false", "sbDeathWorkRelated": "false"],
            notTriggering: ["sbDeceasedRetired": "true", "sbDeathWorkRelated": "false"]),
        // 45 供养亲属抚恤金申领 (line 855) 条件：职工因工死亡，其近亲属按照规定领取
        ForbiddenExample(
            "SB-045", "F-not-work-death",
            triggering: ["sbDeathWorkRelated": "false"],
            notTriggering: ["sbDeathWorkRelated": "true"]),
        // 33 变更工伤登记 (line 614) 条件：…经社会保险行政部门认定工伤后办理; 34 (line 633) 条件：工伤职工配置（更换）辅助器具的
    ]
    + ForbiddenExample.alike(
        ["SB-033", "SB-034"], "F-not-recognized", triggering: ["workInjuryRecognized": "false"],
        notTriggering: ["workInjuryRecognized": "true"]) + [
        // 58 住院伙食补助费申领 (line 1121) 条件：职工因工作遭受事故伤害或者患职业病进行住院治疗的: 住院, not any treatment (round 36,
        // tester b: an outpatient answering the shared "正在进行治疗" question was accepted)
        ForbiddenExample(
            "SB-058", "F-not-injury",
            triggering: ["sbInpatientTreatment": "false"],
            notTriggering: ["sbInpatientTreatment": "true"]),
        // 20 个人账户一次性待遇申领 (line 353): 参加职工基本养老保险的个人达到法定退休年龄后，累计缴费不足十五年…且未转入新型农村社会养老保险或者
        // 城镇居民社会养老保险的: a man of 30 and a woman of 49 have reached no retirement age; a man of 65 and a woman of 52 may have
        ForbiddenExample(
            "SB-020", "F1", triggering: ["residentId": "210202199501010017"], notTriggering: ["residentId": "210202196001010017"],
            submitted: "2025-07-01T09:30:00+08:00"),
        ForbiddenExample(
            "SB-020", "F1", triggering: ["residentId": "210202197601010023"],
            notTriggering: ["residentId": "210202197301010021", "reachedRetirementAge": "true"],
            submitted: "2025-07-01T09:30:00+08:00"),
        ForbiddenExample(
            "SB-020", "F2", triggering: ["contributionMonths": "180"], notTriggering: ["contributionMonths": "179"]),
        ForbiddenExample(
            "SB-020", "F3", triggering: ["transferredToResidentScheme": "true"],
            notTriggering: ["transferredToResidentScheme": "false"]),
        // 7 城乡居民养老保险待遇申领: 1.未满60周岁
        ForbiddenExample(
            "SB-017", "F1",
            // residentId: born 1965-07-02 (59 on 2025-07-01) and 1965-07-01 (60 that day).
            triggering: ["residentId": "210202196507020028"],
            notTriggering: ["residentId": "210202196507010022"],
            submitted: "2025-07-01T09:30:00+08:00"),
        // 7 … 2.缴费未达待遇申领条件
        ForbiddenExample(
            "SB-017", "F2",
            triggering: ["residentPensionContributionMet": "false"],
            notTriggering: ["residentPensionContributionMet": "true"]),
        // 7 … 3.已享受城镇职工基本养老保险待遇
        ForbiddenExample(
            "SB-017", "F3",
            triggering: ["receivingEmployeePension": "true"],
            notTriggering: ["receivingEmployeePension": "false"]),
        // 8 因病提前退休: 未完全丧失劳动能力 …
        ForbiddenExample(
            "SB-024", "F1",
            triggering: ["earlyRetirementType": "illness", "workCapacityFullyLost": "false"],
            notTriggering: ["earlyRetirementType": "illness", "workCapacityFullyLost": "true"]),
        // 8 … 或缴费未满15年
        ForbiddenExample(
            "SB-024", "F2",
            triggering: ["earlyRetirementType": "illness", "contributionMonths": "170"],
            notTriggering: ["earlyRetirementType": "illness", "contributionMonths": "200"]),
        // 9 特殊工种提前退休: 特殊工种单位未在人社局备案 …
        ForbiddenExample(
            "SB-024", "F3",
            triggering: ["earlyRetirementType": "special-job", "specialJobUnitFiled": "false"],
            notTriggering: ["earlyRetirementType": "special-job", "specialJobUnitFiled": "true"]),
        // 9 …；职工从事特殊工种单位与实际缴费单位不一致
        ForbiddenExample(
            "SB-024", "F4",
            triggering: ["earlyRetirementType": "special-job", "specialJobUnitIsContributor": "false"],
            notTriggering: ["earlyRetirementType": "special-job", "specialJobUnitIsContributor": "true"]),
        // 24 (line 436) 从事井下、高空…工作的，退休年龄为男年满55周岁、女年满45周岁: a man of 54 vs 55
        ForbiddenExample(
            "SB-024", "F5",
            triggering: ["earlyRetirementType": "special-job", "residentId": "210202197101010019"],
            notTriggering: ["earlyRetirementType": "special-job", "residentId": "210202197001010011"]),
        // … 因病或非因工致残…退休年龄为男年满55周岁，女年满45周岁: a woman of 44 vs 50
        ForbiddenExample(
            "SB-024", "F6",
            triggering: ["earlyRetirementType": "illness", "residentId": "210202198101010021"],
            notTriggering: ["earlyRetirementType": "illness", "residentId": "210202197501010026"]),
        // 24 (line 436) 达到法定退休年龄时累计缴费满十五年的 (特殊工种)
        ForbiddenExample(
            "SB-024", "F7",
            triggering: ["earlyRetirementType": "special-job", "contributionMonths": "170"],
            notTriggering: ["earlyRetirementType": "special-job", "contributionMonths": "200"]),
        // 10 社会保障卡申领: 办理人不能提供有效证件
        ForbiddenExample(
            "SB-064", "F1",
            triggering: ["documentsValid": "false"],
            notTriggering: ["documentsValid": "true"]),
        // 64 社会保障卡申领 (line 1234): 在大连市参保且未申请过社会保障卡的人 — one insured elsewhere, or who has
        // applied for a card before, is not who the matter is for
        ForbiddenExample(
            "SB-064", "F2",
            triggering: ["insuredInDalian": "false", "socialSecurityCardAppliedBefore": "false"],
            notTriggering: ["insuredInDalian": "true", "socialSecurityCardAppliedBefore": "false"]),
        ForbiddenExample(
            "SB-064", "F3",
            triggering: ["insuredInDalian": "true", "socialSecurityCardAppliedBefore": "true"],
            notTriggering: ["insuredInDalian": "true", "socialSecurityCardAppliedBefore": "false"]),
        // 11 恢复养老保险待遇申请（企业养老保险部分）: 未符合发放条件时申请恢复养老待遇
        ForbiddenExample(
            "SB-027", "F1",
            triggering: ["pensionPaymentConditionsMet": "false"],
            notTriggering: ["pensionPaymentConditionsMet": "true"]),
        // 12 恢复养老保险待遇申请（机关事业养老保险部分）: 未符合发放条件时申请恢复养老待遇
        ForbiddenExample(
            "SB-026", "F1",
            triggering: ["pensionPaymentConditionsMet": "false"],
            notTriggering: ["pensionPaymentConditionsMet": "true"]),
        // 合规办事业务指南 21 (line 374): 认定的供养直系亲属…未享受居民最低生活保障待遇
        ForbiddenExample(
            "SB-021", "F1",
            triggering: [
                "receivesMinimumLivingAllowance": "true", "dependantInsuredAsEmployee": "false", "dependantRetired": "false",
            ],
            notTriggering: [
                "receivesMinimumLivingAllowance": "false", "dependantInsuredAsEmployee": "false", "dependantRetired": "false",
            ]),
        // … 未在国内以企业职工身份参加城镇职工养老保险
        ForbiddenExample(
            "SB-021", "F2",
            triggering: [
                "receivesMinimumLivingAllowance": "false", "dependantInsuredAsEmployee": "true", "dependantRetired": "false",
            ],
            notTriggering: [
                "receivesMinimumLivingAllowance": "false", "dependantInsuredAsEmployee": "false", "dependantRetired": "false",
            ]),
        // … 未办理任何形式的退休手续（城乡居民社会养老保险退休手续除外）
        ForbiddenExample(
            "SB-021", "F3",
            triggering: [
                "receivesMinimumLivingAllowance": "false", "dependantInsuredAsEmployee": "false", "dependantRetired": "true",
            ],
            notTriggering: [
                "receivesMinimumLivingAllowance": "false", "dependantInsuredAsEmployee": "false", "dependantRetired": "false",
            ]),
        // 合规办事业务指南 21 (line 374): 认定的供养直系亲属应为死亡职工无劳动能力且经济收入未超过死亡职工去世当年遗属月救济金的
        // 子女（若已超过18周岁但在国内就读的本科及以下全日制院校在读的全日制学生也可认定）、配偶、父母或其他仅由死亡职工承担抚养义务的人员
        ForbiddenExample(
            "SB-021", "F4",
            triggering: ["dependantRelationship": "none"],
            notTriggering: ["dependantRelationship": "spouse"]),
        // … 经济收入未超过死亡职工去世当年遗属月救济金
        ForbiddenExample(
            "SB-021", "F5",
            triggering: ["dependantIncomeAboveRelief": "true"],
            notTriggering: ["dependantIncomeAboveRelief": "false"]),
        // … 无劳动能力…的…配偶、父母: a widow who can work is not a dependant; one who cannot is.
        ForbiddenExample(
            "SB-021", "F6",
            triggering: ["dependantRelationship": "spouse", "dependantUnableToWork": "false"],
            notTriggering: ["dependantRelationship": "spouse", "dependantUnableToWork": "true"]),
        ForbiddenExample(
            "SB-021", "F6",
            triggering: ["dependantRelationship": "parent", "dependantUnableToWork": "false"],
            notTriggering: ["dependantRelationship": "parent", "dependantUnableToWork": "true"]),
        // 合规办事业务指南 54 (line 1042): 五级、六级伤残职工…以及七级至十级伤残职工 (grades 1–4 cannot claim)
        ForbiddenExample(
            "SB-054", "F1",
            triggering: ["disabilityGrade": "4"],
            notTriggering: ["disabilityGrade": "5"]),
        ForbiddenExample(
            "SB-054", "F1",
            triggering: ["disabilityGrade": "1"],
            notTriggering: ["disabilityGrade": "10"]),
        // 合规办事业务指南 81 (line 1569): 参保人员达到城镇职工养老保险法定退休年龄 (no rule puts it below 男60周岁, 女50周岁)
        // residentId: a man born 2000-01-01 (25 on 2025-07-01) and one born 1960-01-01 (65).
        ForbiddenExample(
            "SB-081", "F1",
            triggering: ["residentId": "210202200001010016"],
            notTriggering: ["residentId": "210202196001010017"]),
        // residentId: a man born 1965-07-02 (59) and 1965-03-01 (60 years 4 months, past his 60 years 1 month); a woman
        // born 1975-07-02 (49) and 1975-01-01 (50 years 6 months, past the 50 table's 50 years 1 month).
        ForbiddenExample(
            "SB-081", "F1",
            triggering: ["residentId": "21020219650702001X"],
            notTriggering: ["residentId": "210202196503010017", "reachedRetirementAge": "true"]),
        ForbiddenExample(
            "SB-081", "F1",
            triggering: ["residentId": "210202197507020022"],
            notTriggering: ["residentId": "210202197501010026", "reachedRetirementAge": "true"]),
        // To the month (round 23): on 2025-07-01 a man born 1965-03-01 reached 60 years 1 month, his statutory age, in
        // 2025-04 and a woman born 1970-05-01 55 years 2 months, the latest table's, in 2025-07: a declaration that they
        // have not is not asked; born a month later (1965-06-01, 1970-06-01), it is.
        ForbiddenExample(
            "SB-081", "F1",
            triggering: ["residentId": "210202196506010119", "reachedRetirementAge": "false"],
            notTriggering: ["residentId": "210202196503010017", "reachedRetirementAge": "false"]),
        ForbiddenExample(
            "SB-020", "F1",
            triggering: ["residentId": "210202197006010125", "reachedRetirementAge": "false"],
            notTriggering: ["residentId": "210202197005010123", "reachedRetirementAge": "false"]),
        // Round 9. 39.4 温馨提示 (line 754): "法定申请人必须使用本人银行卡领取待遇"
        ForbiddenExample(
            "SB-039", "F-own-card", triggering: ["sbInjuryAccountOwnCard": "false"],
            notTriggering: ["sbInjuryAccountOwnCard": "true"]),
        // 38 (line 719): 条件：…伤残提高且达到一至四级或护理等级提高的；工伤供养亲属死亡的
        ForbiddenExample(
            "SB-038", "F-case", triggering: ["sbInjuryBenefitChangeCase": "其他"],
            notTriggering: ["sbInjuryBenefitChangeCase": "工伤供养亲属死亡"]),
        // 51 (line 980): 条件：1、职工用人单位按规定参加工伤保险并按规定及时缴纳工伤保险费；2、经社保经办机构审批到统筹地区以外就医
        ForbiddenExample(
            "SB-051", "F-insured", triggering: ["sbEmployerInjuryInsuredAndPaid": "false"],
            notTriggering: ["sbEmployerInjuryInsuredAndPaid": "true"]),
        ForbiddenExample(
            "SB-051", "F-approval", triggering: ["sbOutOfAreaTreatmentApproved": "false"],
            notTriggering: ["sbOutOfAreaTreatmentApproved": "true"]),
        // 32 (line 599): 当待遇领取人员死亡、失踪、服刑（缓刑除外）、劳动教养和未按要求提供待遇领取资格证明材料
        ForbiddenExample(
            "SB-032", "F-reason", triggering: ["sbPensionSuspensionReason": "缓刑"],
            notTriggering: ["sbPensionSuspensionReason": "服刑"]),
        // 60 (line 1163): 仲裁委员会对符合下列条件的仲裁申请应当予以受理…: the clerk's check of the four conditions, not met
        ForbiddenExample(
            "SB-060", "F-admission", triggering: ["sbArbitrationAdmissible": "false"],
            notTriggering: ["sbArbitrationAdmissible": "true"]),
        // 41 (line 778): 康复机构应在工伤康复计划完成前10日至15日…申请延长康复时限: 9 days before against 10, 16 against 15
        ForbiddenExample(
            "SB-041", "F-timing", triggering: ["sbDaysBeforeRehabPlanEnd": "9"],
            notTriggering: ["sbDaysBeforeRehabPlanEnd": "10"]),
        ForbiddenExample(
            "SB-041", "F-timing", triggering: ["sbDaysBeforeRehabPlanEnd": "16"],
            notTriggering: ["sbDaysBeforeRehabPlanEnd": "15"]),
        // 61.1 (2) (line 1185): 居住在境内，十六周岁以下的中国公民…监护人（或代办人）本人有效身份证件 (round 19, tester 3): a child
        // of 15 filing alone against one of 16 (61.1 (1): 年满十六周岁…居民身份证), and against a foreign child of 15 ((5) names no
        // guardian)
        ForbiddenExample(
            "SB-061", "F-minor-alone", triggering: ["residentCategory": "mainland", "residentId": "210202200907020018"],
            notTriggering: ["residentCategory": "mainland", "residentId": "210202200907010012"], returns: true),
        ForbiddenExample(
            "SB-061", "F-minor-alone", triggering: ["residentCategory": "mainland", "residentId": "210202200907020018"],
            notTriggering: ["residentCategory": "foreign", "residentId": "210202200907020018"], returns: true),
        // 50 (line 958): 停工留薪期…可以适当延长，但延长不得超过12个月: 13 months against 12
        ForbiddenExample(
            "SB-050", "F-extension", triggering: ["sbLeaveExtensionMonths": "13"],
            notTriggering: ["sbLeaveExtensionMonths": "12"]),
    ]
    // … 子女（若已超过18周岁但…全日制学生也可认定）: residentId 210202200001011238, a son born 2000-01-01 (25 on 2025-07-01),
    // who can work: refused unless a full-time student; 210202200801011236, a son born 2008-01-01 (17), is not refused for it;
    // … 无劳动能力…的子女: a son of 25 who cannot work is a dependant though not a student.
    + ForbiddenExample.escapes(
        "SB-021", "F7",
        triggering: [
            "residentId": "210202200001011238", "dependantRelationship": "child", "dependantUnableToWork": "false",
            "dependantFullTimeStudent": "false",
        ],
        by: [
            ["dependantFullTimeStudent": "true"], ["residentId": "210202200801011236"], ["dependantUnableToWork": "true"],
        ])
    + forbiddenExamples004Round19

/// Round 19 (tester 1).
let forbiddenExamples004Round19: [ForbiddenExample] = {
    var examples: [ForbiddenExample] = []
    // 20 (line 353) 达到法定退休年龄后 and 81 (line 1569) 达到城镇职工养老保险法定退休年龄 are the 法定退休年龄 of 违规禁办 3 (line
    // 1646): a woman born 1973-01-01 (52) retires at 50 or 55 (工人 / 干部): she has not certainly reached it, the declaration
    // decides. A man has one age (round 28): born 1965-06-15, 60 on 2025-07-01, he retires at 60 and 2 months under the
    // 2025 raise and has not reached it whatever he declares; one born 1965-03-01 (60 years 4 months) has.
    examples += ForbiddenExample.alike(
        ["SB-020", "SB-081"], "F1", triggering: ["residentId": "210202197301011227", "reachedRetirementAge": "false"],
        notTriggering: ["residentId": "210202197301011227", "reachedRetirementAge": "true"])
    examples += ForbiddenExample.alike(
        ["SB-020", "SB-081"], "F1", triggering: ["residentId": "210202196506151210", "reachedRetirementAge": "true"],
        notTriggering: ["residentId": "210202196503010017", "reachedRetirementAge": "true"])
    // 55 (line 1062) 条件：职工因工死亡，其近亲属按照规定领取 (as 45, line 855); 22 (line 394) 《社会保险法》第十七条：参加基本养老保险的个人，
    // 因病或者非因工死亡的，其遗属可以领取丧葬补助金和抚恤金; 37 (line 698) 条件：职工因工作遭受事故伤害或者患职业病，需配置辅助器具的; 57
    // (line 1102) …经社会保险行政部门认定工伤后, 35 (line 655) 条件：工伤职工因日常生活或者就业需要…, 46 (line 876) 条件：工伤职工因旧伤
    // 复发需要治疗的; 43 (line 814), 56 (line 1082) 条件：职工因工作遭受事故伤害或者患职业病进行治疗的
    // 73 (line 1408), 75 (line 1453): 转入地与转出地协同办理…互转 / 转移接续（不符合转出条件的除外）: the clerk finds with the
    // 转出地 that the conditions to transfer out are not met (session 31, round 22 tester 2)
    examples += ForbiddenExample.onFlag(["SB-073", "SB-075"], "F-transfer-out", "sbTransferOutEligible", refusedWhen: false)
    examples += ForbiddenExample.onFlag(["SB-055"], "F-not-work-death", "sbDeathWorkRelated", refusedWhen: false)
    // 22 (line 394) and 23 (line 415) quote the same 第十七条: 因病或者非因工死亡的 (round 36, tester a: only 22 had the rule)
    examples += ForbiddenExample.onFlag(["SB-022", "SB-023"], "F-work-death", "sbDeathWorkRelated", refusedWhen: true)
    examples += ForbiddenExample.onFlag(["SB-037"], "F-not-injury", "sbWorkInjuryOrDisease", refusedWhen: false)
    examples += ForbiddenExample.onFlag(
        ["SB-057", "SB-035", "SB-046"], "F-not-recognized", "workInjuryRecognized", refusedWhen: false)
    examples += ForbiddenExample.onFlag(["SB-043", "SB-056"], "F-not-injury", "workInjuryTreatment", refusedWhen: false)
    // Round 60 (tester f): 40 (line 757 "条件：工伤职工经临床急性期治疗后…"), 41 (line 778 "条件：工伤职工康复期满前…"), 47 (line 897
    // "工伤职工、用人单位或者社会保险经办机构认为伤残情况发生变化的"); 50 (line 958 "条件：职工因工作遭受事故伤害或者患职业病需要暂停工作接受工伤
    // 医疗的").
    examples += ForbiddenExample.onFlag(
        ["SB-040", "SB-041", "SB-047"], "F-not-recognized", "workInjuryRecognized", refusedWhen: false)
    examples += ForbiddenExample.onFlag(["SB-050"], "F-not-injury", "workInjuryTreatment", refusedWhen: false)
    // 54 (line 1042) 五级、六级伤残职工本人提出与用人单位解除或者终止劳动关系，以及七级至十级伤残职工劳动合同期满终止或者本人提出解除劳动合同的:
    // grade 7 dismissed by the employer vs the contract expired; grade 6 the contract expired vs the worker asked to leave;
    // grade 10 dismissed vs asked to leave.
    let ends: [(grade: String, refused: String, accepted: String)] = [
        ("7", "other", "contract-expiry"), ("6", "contract-expiry", "worker-request"), ("10", "other", "worker-request"),
    ]
    for e in ends {
        examples += ForbiddenExample.escapes(
            "SB-054", "F-end-reason", triggering: ["disabilityGrade": e.grade, "sbEmploymentEndReason": e.refused],
            by: [["sbEmploymentEndReason": e.accepted]])
    }
    // 违规禁办 6 (line 1658) 外省户籍，男超50周岁: 辽源(市) is in 吉林省, not 辽宁; 辽宁省, 大连市甘井子区, a county-level city or
    // county of 辽宁 and a district of 大连 are 辽宁 (a man of 55)
    // Round 23, tester 1: a county-level city of 大连 (瓦房店市) was counted 外省; so were 大连's 长海县 and 甘井子区 written alone.
    for (outside, inside) in [
        ("辽源市", "辽宁省"), ("辽源", "大连市甘井子区"), ("吉林省", "瓦房店市"), ("北京市朝阳区", "长海县"), ("黑龙江省", "甘井子区"),
        ("内蒙古自治区", "庄河"), ("山东省", "岫岩满族自治县"),
        // Round 36, tester b ("sure"): a 大连 or 沈阳 hukou written without 市, or by its area, was 外省 (refused); 长春市 and a
        // 朝阳区 of 北京 are not 辽宁's
        ("长春市", "大连金州区"), ("吉林省", "沈阳辽中区"), ("朝阳区", "金普新区"), ("长春市", "长兴岛"), ("辽源市", "大连高新园区"),
        ("北京市朝阳区", "朝阳市双塔区"),
    ] {
        examples += ForbiddenExample.escapes(
            "SB-080", "F1", triggering: ["hukouProvince": outside, "residentId": "210202197001011217"],
            by: [["hukouProvince": inside]])
    }
    // 64.1 (2) (line 1237) 居住在境内，十六周岁以下的中国公民，需提供居民户口簿原件及监护人（或代办人）本人有效身份证件: a child of 10
    // alone vs a young man of 16 alone (the child through its guardian: DecisionTests.aChildFilesThroughItsGuardian)
    examples += ForbiddenExample.escapes(
        "SB-064", "F-minor-alone", triggering: ["residentId": "210202201501011212", "residentCategory": "mainland"],
        by: [["residentId": "210202200907010012"]], returns: true)
    return examples
}()
