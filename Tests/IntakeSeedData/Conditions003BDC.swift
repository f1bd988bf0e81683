// Seed 003 (003_ac3441e5f5207cf8.txt), 不动产, 公积金, 个税 (BS-BDC, BS-GJJ, BS-GS): conditions and what the guide does not ask
// every applicant for, written from the guide's text (see Conditions003.swift for the
// resident ids). Added when the importer's always-required materials were checked
// against the guide (materials it had required in every case).

public let conditions003BDC: [ConditionExpectation] = [
    // 不动产 事项11 6）下列情形还应当提交以下材料：（1）同意将最高额抵押权设立前已经存在的债权转入最高额抵押担保的债权范围的…: a 最高额
    // 抵押's earlier debt; a 一般抵押 is not asked about it ((2) 在建建筑物抵押的: every application of this matter, 6.2)
    ConditionExpectation(
        "BS-BDC-011", "", "6.1", line: 6021,
        needed: ["bdcMortgageType": "最高额抵押权", "bdcPriorDebtIncluded": "true", "bdcMortgageClauseInMainContract": "false"],
        notNeeded: ["bdcMortgageType": "一般抵押权", "bdcMortgageClauseInMainContract": "true"]),
    // 不动产 事项2 8.备注 (line 5751) "无界址坐标点及面积变更的，需提供不动产权籍调查成果": a parcel without boundary coordinate
    // points whose use changes needs the survey; one with them does not; a change of area brings it under ④2) instead
    ConditionExpectation(
        "BS-BDC-002", "", "5", line: 5751,
        needed: [
            "bdcNoBoundaryPoints": "true", "bdcChangeUse": "true", "bdcChangeArea": "false", "bdcChangeSplitMerge": "false",
        ],
        notNeeded: [
            "bdcNoBoundaryPoints": "false", "bdcChangeUse": "true", "bdcChangeArea": "false", "bdcChangeSplitMerge": "false",
        ]),
    ConditionExpectation(
        "BS-BDC-002", "", "5", line: 5751,
        needed: ["bdcNoBoundaryPoints": "true", "bdcChangeArea": "false", "bdcChangeSplitMerge": "false"],
        notNeeded: ["bdcNoBoundaryPoints": "true", "bdcChangeArea": "true", "bdcChangeSplitMerge": "false"]),
    // 不动产 事项3 8.备注 (line 5790) "没有界址坐标点及分割、合并导致权属发生转移的，需提供不动产权籍调查成果": a sale of a parcel
    // without coordinate points; a transfer by split or merger hands the survey in under ④6)
    ConditionExpectation(
        "BS-BDC-003", "", "8", line: 5790,
        needed: ["bdcNoBoundaryPoints": "true", "bdcTransferCause": "买卖"],
        notNeeded: ["bdcNoBoundaryPoints": "true", "bdcTransferCause": "分割合并"]),
    ConditionExpectation(
        "BS-BDC-003", "", "8", line: 5790,
        needed: ["bdcNoBoundaryPoints": "true", "bdcTransferCause": "继承受遗赠"],
        notNeeded: ["bdcNoBoundaryPoints": "false", "bdcTransferCause": "继承受遗赠"]),
    // 不动产 事项9, 13, 14, 15 8.备注 (lines 5976, 6084, 6118, 6148) "处置（抵押）国有资产的需经国有资产管理部门批准": the approval, for state
    // assets only
    ConditionExpectation(
        "BS-BDC-009", "", "9", line: 5976, needed: ["bdcStateOwnedAsset": "true"], notNeeded: ["bdcStateOwnedAsset": "false"]),
    ConditionExpectation(
        "BS-BDC-013", "", "8", line: 6084, needed: ["bdcStateOwnedAsset": "true"], notNeeded: ["bdcStateOwnedAsset": "false"]),
    ConditionExpectation(
        "BS-BDC-014", "", "7", line: 6118, needed: ["bdcStateOwnedAsset": "true"], notNeeded: ["bdcStateOwnedAsset": "false"]),
    ConditionExpectation(
        "BS-BDC-015", "", "6", line: 6148, needed: ["bdcStateOwnedAsset": "true"], notNeeded: ["bdcStateOwnedAsset": "false"]),
    // 婚姻 事项4, 事项9 (lines 8871, 8940) "当事人结婚登记档案查找不到的，当事人应当提供充分证据证明婚姻关系": a lost marriage certificate
    // whose record is gone; a divorce certificate is not concerned
    ConditionExpectation(
        "BS-HY-004", "", "6", line: 8871,
        needed: ["hyReissue": "结婚证", "hyMarriageArchiveMissing": "true"],
        notNeeded: ["hyReissue": "离婚证", "hyMarriageArchiveMissing": "true"]),
    ConditionExpectation(
        "BS-HY-009", "", "7", line: 8940,
        needed: ["hyReissue": "结婚证", "hyMarriageArchiveMissing": "true"],
        notNeeded: ["hyReissue": "结婚证", "hyMarriageArchiveMissing": "false"]),
    // Round 11, tester 2. 户籍 事项4 8.备注 (5) (line 1968) "随迁子女是国外出生的，需提供…出生证明翻译件复印件…；被收养的，需提供
    // 《中华人民共和国收养登记证》": neither has a 《出生医学证明》 or 亲子鉴定 to give; a family that also brings a child born here and
    // not adopted brings that child's (round 37, tester e: an adopted child switched the certificate off for every child)
    ConditionExpectation(
        "BS-HJ-004", "", "4", line: 1968,
        needed: ["accompanyingChildren": "true", "adoptedChild": "false", "hjChildBornAbroad": "false"],
        notNeeded: [
            "accompanyingChildren": "true", "adoptedChild": "true", "hjChildBornAbroad": "false",
            "hjDomesticNonAdoptedChild": "false",
        ]),
    ConditionExpectation(
        "BS-HJ-004", "", "4", line: 1968,
        needed: ["accompanyingChildren": "true", "adoptedChild": "false", "hjChildBornAbroad": "false"],
        notNeeded: [
            "accompanyingChildren": "true", "adoptedChild": "false", "hjChildBornAbroad": "true",
            "hjDomesticNonAdoptedChild": "false",
        ]),
    ConditionExpectation(
        "BS-HJ-004", "", "4", line: 1968,
        needed: [
            "accompanyingChildren": "true", "adoptedChild": "true", "hjChildBornAbroad": "false",
            "hjDomesticNonAdoptedChild": "true",
        ],
        notNeeded: [
            "accompanyingChildren": "true", "adoptedChild": "true", "hjChildBornAbroad": "false",
            "hjDomesticNonAdoptedChild": "false",
        ]),
    // 不动产 事项12, 13 6）(lines 6046, 6070) "同意将最高额抵押权设立前已经存在的债权转入最高额抵押担保的债权范围的": a 一般抵押权 brings
    // in no earlier debt (tester 2)
    ConditionExpectation(
        "BS-BDC-013", "", "6", line: 6070,
        needed: ["bdcMortgageType": "最高额抵押权", "bdcPriorDebtIncluded": "true"],
        notNeeded: ["bdcMortgageType": "一般抵押权", "bdcPriorDebtIncluded": "true"]),
    ConditionExpectation(
        "BS-BDC-012", "", "6", line: 6046,
        needed: ["bdcMortgageType": "最高额抵押权", "bdcPriorDebtIncluded": "true"],
        notNeeded: ["bdcMortgageType": "一般抵押权", "bdcPriorDebtIncluded": "true"]),
    // 公积金 事项24/25/26 8、注意事项（4）(lines 7021, 7079, 7128) "如果借款人或配偶在公积金中心查不出征信记录的，需其提供人民银行的征信报告"
    // (round 12, tester 6)
    ConditionExpectation(
        "BS-GJJ-024", "", "14", line: 7021, needed: ["gjjNoCreditRecord": "true"], notNeeded: ["gjjNoCreditRecord": "false"]),
    ConditionExpectation(
        "BS-GJJ-025", "", "14", line: 7079, needed: ["gjjNoCreditRecord": "true"], notNeeded: ["gjjNoCreditRecord": "false"]),
    ConditionExpectation(
        "BS-GJJ-026", "", "13", line: 7128, needed: ["gjjNoCreditRecord": "true"], notNeeded: ["gjjNoCreditRecord": "false"]),
    // 婚姻 事项9 3.婚姻登记档案 (line 8956), unless "当事人结婚登记档案查找不到的" (line 8940): the evidence stands for it (round 13)
    ConditionExpectation(
        "BS-HY-009", "", "3", line: 8956,
        needed: ["hyReissue": "结婚证", "hyMarriageArchiveMissing": "false"],
        notNeeded: ["hyReissue": "结婚证", "hyMarriageArchiveMissing": "true"]),
    // 不动产 事项14 5）因抵押权顺位、被担保债权数额…发生变更等，对其他抵押权人产生不利影响的，还应当提交其他抵押权人的书面同意文件 (line
    // 6104): a change of name alone is not such a change, and is not asked about the other mortgagees
    ConditionExpectation(
        "BS-BDC-014", "", "5", line: 6104,
        needed: ["bdcMortgageTermsChanged": "true", "bdcAdverseToOtherMortgagees": "true", "bdcMortgagePartyRenamed": "false"],
        notNeeded: ["bdcMortgageTermsChanged": "false", "bdcMortgagePartyRenamed": "true"]),
    // 公积金 事项13 ③ 本人、配偶或者未成年子女患有…重大疾病的…，需提供证明提取人与病患关系的户口簿、结婚证
    ConditionExpectation(
        "BS-GJJ-013", "", "3", line: 6768,
        needed: ["gjjPatientRelation": "配偶"], notNeeded: ["gjjPatientRelation": "本人"]),
    // 公积金 事项21 ⑤ 非托管职工，需提供终止劳动关系证明
    ConditionExpectation(
        "BS-GJJ-021", "", "5", line: 6928,
        needed: ["gjjEntrustedEmployee": "false"], notNeeded: ["gjjEntrustedEmployee": "true"]),
    // 公积金 事项24 贷款材料 ⑦组合贷款联络单（组合贷款）⑧商业贷款合同（组合贷款）⑨公积金缴存使用证明（异地贷款）
    // (ids follow the guide's numbering, ① = 1: Pipelines/contract/bundle-format.md)
    ConditionExpectation(
        "BS-GJJ-024", "", "7", line: 6975,
        needed: ["gjjCombinedLoan": "true"], notNeeded: ["gjjCombinedLoan": "false"]),
    ConditionExpectation(
        "BS-GJJ-024", "", "8", line: 6975,
        needed: ["gjjCombinedLoan": "true"], notNeeded: ["gjjCombinedLoan": "false"]),
    ConditionExpectation(
        "BS-GJJ-024", "", "9", line: 6975,
        needed: ["gjjRemoteDepositLoan": "true"], notNeeded: ["gjjRemoteDepositLoan": "false"]),
    // 公积金 事项24 贷款材料 ①借款人及配偶与抵押人身份证原件 (every borrower)
    ConditionExpectation("BS-GJJ-024", "", "1", line: 6975, needed: [:], notNeeded: [:]),
    // 公积金 事项24 抵押登记材料：①预告登记申请书…⑤组合银行营业执照副本复印件（组合银行提供）…⑩维修基金收据第六联或第五联
    // (line 6976; the list is numbered 10.1-10.10): every borrower's file has them; the 组合银行's only with a 组合贷款
    ConditionExpectation("BS-GJJ-024", "", "10.1", line: 6976, needed: [:], notNeeded: [:]),
    ConditionExpectation("BS-GJJ-024", "", "10.4", line: 6976, needed: [:], notNeeded: [:]),
    ConditionExpectation("BS-GJJ-024", "", "10.10", line: 6976, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-GJJ-024", "", "10.5", line: 6976,
        needed: ["gjjCombinedLoan": "true"], notNeeded: ["gjjCombinedLoan": "false"]),
    // 公积金 事项25 ⑨组合贷款联络单（组合贷款）⑩商业贷款合同（组合贷款）⑾公积金缴存使用证明（异地贷款）
    ConditionExpectation(
        "BS-GJJ-025", "", "9", line: 7035,
        needed: ["gjjCombinedLoan": "true"], notNeeded: ["gjjCombinedLoan": "false"]),
    ConditionExpectation(
        "BS-GJJ-025", "", "10", line: 7035,
        needed: ["gjjCombinedLoan": "true"], notNeeded: ["gjjCombinedLoan": "false"]),
    ConditionExpectation(
        "BS-GJJ-025", "", "11", line: 7035,
        needed: ["gjjRemoteDepositLoan": "true"], notNeeded: ["gjjRemoteDepositLoan": "false"]),
    // 公积金 事项30 投诉单位未为职工设立公积金账户，须…提供…劳动合同、身份证、工资流水明细；投诉单位不依法办理账户转移、
    // 托管手续，应提供身份证、解除劳动关系证明；投诉单位少缴公积金，应提供工资单、身份证、劳动合同等材料
    ConditionExpectation(
        "BS-GJJ-030", "", "4", line: 7216,
        needed: ["gjjComplaintType": "少缴"], notNeeded: ["gjjComplaintType": "不办理转移托管"]),
    ConditionExpectation(
        "BS-GJJ-030", "", "6", line: 7216,
        needed: ["gjjComplaintType": "未设立账户"], notNeeded: ["gjjComplaintType": "少缴"]),
    ConditionExpectation(
        "BS-GJJ-030", "", "9", line: 7216,
        needed: ["gjjComplaintType": "不办理转移托管"], notNeeded: ["gjjComplaintType": "未设立账户"]),
    ConditionExpectation(
        "BS-GJJ-030", "", "10", line: 7216,
        needed: ["gjjComplaintType": "少缴"], notNeeded: ["gjjComplaintType": "未设立账户"]),
    // 不动产 事项22/23 (lines 6295-6296, 6313-6314), unnumbered, so numbered in the order the text names them
    // (Pipelines/contract/bundle-format.md): 1 送达人的工作证和执行公务的证明文件 (every seizure), 2 委托送达函, 3 人民法院查封的，
    // 应提交查封（或者预查封）的协助执行通知书, 4 人民检察院查封的，应提交查封函, 5 公安等…协助查封的有关文件
    ConditionExpectation("BS-BDC-022", "", "1", line: 6295, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-BDC-022", "", "3", line: 6296,
        needed: ["bdcSeizingAuthority": "人民法院"], notNeeded: ["bdcSeizingAuthority": "人民检察院"]),
    ConditionExpectation(
        "BS-BDC-022", "", "5", line: 6296,
        needed: ["bdcSeizingAuthority": "公安等国家有权机关"], notNeeded: ["bdcSeizingAuthority": "人民法院"]),
    ConditionExpectation("BS-BDC-023", "", "1", line: 6313, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-BDC-023", "", "3", line: 6314,
        needed: ["bdcSeizingAuthority": "人民法院"], notNeeded: ["bdcSeizingAuthority": "人民检察院"]),
    // 不动产 事项24 (lines 6331-6332): 1 工作证…, 2 委托送达函, 3 人民法院解除查封的，提交…协助执行通知书, 4 公安机关…
    // 协助解除查封通知书, 5 人民检察院解除查封的，提交解除查封函
    ConditionExpectation("BS-BDC-024", "", "1", line: 6331, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-BDC-024", "", "5", line: 6332,
        needed: ["bdcReleasingAuthority": "人民检察院"], notNeeded: ["bdcReleasingAuthority": "人民法院"]),
    // 不动产 事项4 1.事项说明 5）法律、行政法规规定的其他情形 (line 5798) with ④ 5）其他必要材料 (line 5808): the fifth
    // cause can be declared, and then its documents are asked for (not when the land is 灭失)
    ConditionExpectation(
        "BS-BDC-004", "", "4.5", line: 5808,
        needed: ["bdcExtinctionCause": "其他"], notNeeded: ["bdcExtinctionCause": "灭失"]),
    // 不动产 事项17 （4）申请人为不动产权利人的，提交不动产权属证书；申请人为利害关系人的，提交证实与不动产登记薄记载的
    // 不动产权利存在利害关系的材料 (line 6183): each half for its applicant
    ConditionExpectation(
        "BS-BDC-017", "", "4.2", line: 6183,
        needed: ["bdcApplicantRole": "利害关系人"], notNeeded: ["bdcApplicantRole": "权利人"]),
    ConditionExpectation(
        "BS-BDC-017", "", "4.1", line: 6183,
        needed: ["bdcApplicantRole": "权利人"], notNeeded: ["bdcApplicantRole": "利害关系人"]),
    // 公积金 事项30 1、事项说明 职工对单位…欠缴少缴职工住房公积金…提起投诉 (line 7215); 投诉单位少缴公积金，应提供工资单、
    // 身份证、劳动合同等材料 (line 7216): a complaint of 欠缴 can be made, with the 少缴 complaint's documents
    ConditionExpectation(
        "BS-GJJ-030", "", "10", line: 7215,
        needed: ["gjjComplaintType": "欠缴"], notNeeded: ["gjjComplaintType": "不办理转移托管"]),
    // 个税 事项2 5. 天使投资个人享受投资抵扣税收优惠的: 《…投资抵扣情况表》, 已备案的《…投资抵扣备案表》
    ConditionExpectation(
        "BS-GS-002", "case-5", "7", line: 4935,
        needed: ["gsAngelInvestor": "true"], notNeeded: ["gsAngelInvestor": "false"]),
    // 个税 事项2 8.有下列情形的，还应报送：实施商业健康保险…试点的纳税人；实施税收递延型商业养老保险…试点的纳税人；
    // 纳税人存在减免个人所得税情形的 (line 5016): added to a declaration of 1.-7., no declaration of its own
    ConditionExpectation(
        "BS-GS-002", "case-2", "8", line: 5022,
        needed: ["gsHealthInsurance": "true"], notNeeded: ["gsHealthInsurance": "false"]),
    ConditionExpectation(
        "BS-GS-002", "case-4", "9", line: 5027,
        needed: ["gsDeferredPension": "true"], notNeeded: ["gsDeferredPension": "false"]),
    ConditionExpectation(
        "BS-GS-002", "case-7", "10", line: 5032,
        needed: ["gsTaxRelief": "true"], notNeeded: ["gsTaxRelief": "false"]),
    ConditionExpectation(
        "BS-GS-002", "case-5", "10", line: 5032,
        needed: ["gsTaxRelief": "true"], notNeeded: ["gsTaxRelief": "false"]),
    // 个税 事项1 1. 享受商业健康保险税前扣除政策且实行核定征收的纳税人，还应报送《商业健康保险税前扣除情况明细表》:
    // not a 查账征收 taxpayer's 预缴 declaration
    ConditionExpectation(
        "BS-GS-001", "case-1", "2", line: 4722,
        needed: ["gsHealthInsurance": "true", "gsAssessedCollection": "true"],
        notNeeded: ["gsHealthInsurance": "true", "gsAssessedCollection": "false"]),
    // 个税 事项3 2.（3）…有效证件（烈属需提供街道、乡、镇或区、县民政部门出具的本人与烈士关系的证明） (line 5075); the second list's （4）
    // the same (line 5082): a part of the item that names it
    ConditionExpectation(
        "BS-GS-003", "case-2a", "3.2", line: 5075,
        needed: ["gsMartyrFamily": "true"], notNeeded: ["gsMartyrFamily": "false"]),
    ConditionExpectation(
        "BS-GS-003", "case-2b", "4.2", line: 5082,
        needed: ["gsMartyrFamily": "true", "gsAnnualTaxableIncome": "40000"],
        notNeeded: ["gsMartyrFamily": "false", "gsAnnualTaxableIncome": "40000"]),
    // 个税 事项4 10.（4）——属于继承或接受遗赠的，提供死亡证明原件及复印件、经公证的能够证明有权继承或接受遗赠的证明资料
    ConditionExpectation(
        "BS-GS-004", "case-10", "4.5", line: 5154,
        needed: ["gsGiftCase": "继承遗赠"], notNeeded: ["gsGiftCase": "赠与配偶"]),
    // …——属于离婚分割财产的，提供离婚证原件及复印件、离婚协议或者人民法院判决书或者人民法院调解书…
    ConditionExpectation(
        "BS-GS-004", "case-10", "4.1", line: 5150,
        needed: ["gsGiftCase": "离婚分割财产"], notNeeded: ["gsGiftCase": "继承遗赠"]),
    // …——属于无偿赠与配偶的，提供结婚证原件及复印件 (not an heir)
    ConditionExpectation(
        "BS-GS-004", "case-10", "4.2", line: 5151,
        needed: ["gsGiftCase": "赠与配偶"], notNeeded: ["gsGiftCase": "继承遗赠"]),
    // 个税 事项3 2．残疾、孤老、烈属减征: 工资薪金、劳务报酬、稿酬、特许权使用费等所得应报送…（4）扣缴单位需提供本单位
    // 享受减征个人所得税员工的详细情况; 个体工商户生产经营所得、对企业单位的承包承租经营所得应报送…（2）营业执照副本和税务登记证副本:
    // each list is its own scenario, numbered from （1） (round 21), and each asks its documents of everyone in it
    ConditionExpectation("BS-GS-003", "case-2a", "4", line: 5076, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-GS-003", "case-2b", "2", line: 5080, needed: ["gsAnnualTaxableIncome": "40000"], notNeeded: [:]),
    // 个税 事项3 2．个体工商户生产经营所得…应报送 (line 5077) （5）申请减征个人所得税比例及数额 (line 5083): an item of the list the
    // guide says 应报送, asked of everyone in the case (round 35; it was read as the relief rates alone, no document, in round 26)
    ConditionExpectation(
        "BS-GS-003", "case-2b", "5", line: 5083, needed: ["gsAnnualTaxableIncome": "40000"], notNeeded: [:]),
    // 不动产 事项13 5）抵押合同。主债权合同中包含抵押条款的，可以不提交单独的抵押合同书 (an 一般抵押)
    ConditionExpectation(
        "BS-BDC-013", "", "5", line: 6069,
        needed: ["bdcMortgageClauseInMainContract": "false"],
        notNeeded: ["bdcMortgageClauseInMainContract": "true", "bdcMortgageType": "一般抵押权"]),
    // 不动产 事项11 5） (line 6019), 事项12 ⑤ (line 6045), 事项13 5） (line 6069) "…可以不提交单独的抵押合同书。最高额抵押的，应当提交
    // 最高额抵押合同": the exemption does not reach a 最高额抵押 (its main contract has a mortgage clause all the same)
    ConditionExpectation(
        "BS-BDC-011", "", "5", line: 6019,
        needed: ["bdcMortgageClauseInMainContract": "true", "bdcMortgageType": "最高额抵押权"],
        notNeeded: ["bdcMortgageClauseInMainContract": "true", "bdcMortgageType": "一般抵押权"]),
    ConditionExpectation(
        "BS-BDC-012", "", "5", line: 6045,
        needed: ["bdcMortgageClauseInMainContract": "true", "bdcMortgageType": "最高额抵押权"],
        notNeeded: ["bdcMortgageClauseInMainContract": "true", "bdcMortgageType": "一般抵押权"]),
    ConditionExpectation(
        "BS-BDC-013", "", "5", line: 6069,
        needed: ["bdcMortgageClauseInMainContract": "true", "bdcMortgageType": "最高额抵押权"],
        notNeeded: ["bdcMortgageClauseInMainContract": "true", "bdcMortgageType": "一般抵押权"]),
    // 不动产 事项16 4）抵押权人与抵押人共同申请注销登记的，提交不动产权证书和不动产登记证明；抵押权人单方申请注销登记的，
    // 提交不动产登记证明；抵押人等当事人单方申请注销登记的，提交证实抵押权已消灭的人民法院、仲裁委员会作出的生效法律文书
    // (round 21: the four documents numbered in the order the text names them, 4.1 to 4.4)
    ConditionExpectation(
        "BS-BDC-016", "", "4.1", line: 6162,
        needed: ["bdcDeregistrationApplicant": "共同申请"], notNeeded: ["bdcDeregistrationApplicant": "抵押权人单方申请"]),
    ConditionExpectation(
        "BS-BDC-016", "", "4.2", line: 6162,
        needed: ["bdcDeregistrationApplicant": "共同申请"], notNeeded: ["bdcDeregistrationApplicant": "抵押人单方申请"]),
    ConditionExpectation(
        "BS-BDC-016", "", "4.3", line: 6162,
        needed: ["bdcDeregistrationApplicant": "抵押权人单方申请"], notNeeded: ["bdcDeregistrationApplicant": "共同申请"]),
    ConditionExpectation(
        "BS-BDC-016", "", "4.4", line: 6162,
        needed: ["bdcDeregistrationApplicant": "抵押人单方申请"], notNeeded: ["bdcDeregistrationApplicant": "抵押权人单方申请"]),
    // 不动产 事项25 查询申请书、申请人身份证明材料 (every application)、利害关系人查询的，提交存在利害关系的材料、
    // 人民法院…以及其他因执行公务需要的国家机关查询的，应当提供本单位出具的协助查询材料和工作人员的工作证和执行公务的证明文件
    ConditionExpectation("BS-BDC-025", "", "1", line: 6347, needed: [:], notNeeded: [:]),
    ConditionExpectation("BS-BDC-025", "", "2", line: 6347, needed: [:], notNeeded: [:]),
    ConditionExpectation(
        "BS-BDC-025", "", "3", line: 6347,
        needed: ["bdcInquirer": "利害关系人"], notNeeded: ["bdcInquirer": "权利人"]),
    ConditionExpectation(
        "BS-BDC-025", "", "4", line: 6347,
        needed: ["bdcInquirer": "国家机关"], notNeeded: ["bdcInquirer": "权利人"]),
    // 公积金 事项5 ⑤ 租住商品住房的…单身的，需现场签署单身声明;已婚的，提供婚姻关系证明 (the central offices'
    // exemption is of the 无房产证明 only)
    ConditionExpectation(
        "BS-GJJ-005", "", "5.2", line: 6574,
        needed: [
            "gjjRentalHousing": "商品住房", "gjjCentralDeposit": "true", "gjjSpouseJoins": "false", "maritalStatus": "已婚",
        ],
        notNeeded: [
            "gjjRentalHousing": "商品住房", "gjjCentralDeposit": "true", "gjjSpouseJoins": "false", "maritalStatus": "未婚",
        ]),
    // Third round: 公积金 事项24/25/26 ③借款人及配偶与抵押人结婚证原件（离婚的：离婚证…。丧偶的：…）: by marital status
    ConditionExpectation("BS-GJJ-024", "", "3", line: 6975, needed: ["maritalStatus": "已婚"], notNeeded: ["maritalStatus": "未婚"]),
    ConditionExpectation(
        "BS-GJJ-024", "", "3.1", line: 6975, needed: ["maritalStatus": "已婚"], notNeeded: ["maritalStatus": "离婚"]),
    ConditionExpectation(
        "BS-GJJ-024", "", "3.2", line: 6975, needed: ["maritalStatus": "离婚"], notNeeded: ["maritalStatus": "已婚"]),
    ConditionExpectation(
        "BS-GJJ-024", "", "3.3", line: 6975, needed: ["maritalStatus": "丧偶"], notNeeded: ["maritalStatus": "已婚"]),
    ConditionExpectation("BS-GJJ-025", "", "3", line: 7035, needed: ["maritalStatus": "已婚"], notNeeded: ["maritalStatus": "未婚"]),
    ConditionExpectation("BS-GJJ-026", "", "3", line: 7091, needed: ["maritalStatus": "已婚"], notNeeded: ["maritalStatus": "未婚"]),
    // 公积金 事项1 申请条件 (2) 房屋坐落地在户籍所在地的，需提供户口簿或其他有效户籍证明
    ConditionExpectation(
        "BS-GJJ-001", "", "6", line: 6459,
        needed: ["gjjCommodityHousing": "true", "gjjHouseLocation": "户籍所在地"],
        notNeeded: ["gjjCommodityHousing": "true", "gjjHouseLocation": "实际工作所在地"]),
    // … 房屋坐落地在实际工作所在地的，需提供单位相关证明文件
    ConditionExpectation(
        "BS-GJJ-001", "", "7", line: 6459,
        needed: ["gjjCommodityHousing": "true", "gjjHouseLocation": "实际工作所在地"],
        notNeeded: ["gjjCommodityHousing": "true", "gjjHouseLocation": "户籍所在地"]),
    // 公积金 事项7 申请条件 (3) 房屋坐落地在户籍所在地的，需提供户口簿或其他有效户籍证明；房屋坐落地在实际工作所在地的，
    // 需提供单位相关证明文件
    ConditionExpectation(
        "BS-GJJ-007", "", "5", line: 6634,
        needed: ["gjjHouseLocation": "户籍所在地"], notNeeded: ["gjjHouseLocation": "实际工作所在地"]),
    ConditionExpectation(
        "BS-GJJ-007", "", "6", line: 6634,
        needed: ["gjjHouseLocation": "实际工作所在地"], notNeeded: ["gjjHouseLocation": "户籍所在地"]),
    // 公积金 事项16 ② 第一顺序继承人的…公安民政等政府部门出具的能够证明其与死亡职工关系的证明材料 (one of three documents)
    ConditionExpectation(
        "BS-GJJ-016", "", "2.3", line: 6832,
        needed: ["gjjHeirType": "第一顺序继承人"], notNeeded: ["gjjHeirType": "其他继承人或受遗赠人"]),
    // 公积金 事项17 ① 出境定居的需提供：公积金联名卡、护照、签证、户口注销证明: the 签证
    ConditionExpectation(
        "BS-GJJ-017", "", "1.3", line: 6851,
        needed: ["gjjSettlement": "出境定居"], notNeeded: ["gjjSettlement": "赴港澳台定居"]),
    // Round 5: 公积金 事项6 申请条件 (2) 房屋坐落地在户籍所在地的，需提供户口簿或其他有效户籍证明；房屋坐落地在实际工作所在地的，
    // 需提供单位相关证明文件 (the guide numbers neither: 12 and 13)
    ConditionExpectation(
        "BS-GJJ-006", "", "12", line: 6600,
        needed: ["gjjHouseLocation": "户籍所在地"], notNeeded: ["gjjHouseLocation": "实际工作所在地"]),
    ConditionExpectation(
        "BS-GJJ-006", "", "13", line: 6600,
        needed: ["gjjHouseLocation": "实际工作所在地"], notNeeded: ["gjjHouseLocation": "户籍所在地"]),
    // 公积金 事项6 补充说明（1）(line 6617) "…提取人可提供…户口簿、出生证明、独生子女证或公证机关出具的直系亲属关系公证书作为证明两代以内
    // 直系亲属关系的资料": a worker repaying a parent's loan shows the relation; one repaying her own does not
    ConditionExpectation(
        "BS-GJJ-006", "", "14", line: 6617,
        needed: ["gjjLoanPartiesRelation": "两代以内直系亲属"], notNeeded: ["gjjLoanPartiesRelation": "本人"]),
    // … (2) (line 6618) "商贷借款人配偶申请提取公积金…但借款人未到场，则提取人需提供商贷借款人授权其代理查询征信的《委托书》"
    ConditionExpectation(
        "BS-GJJ-006", "", "15", line: 6618,
        needed: ["gjjCommercialBorrowerAbsent": "true"], notNeeded: ["gjjCommercialBorrowerAbsent": "false"]),
    // … (5) (line 6621) "若商贷主借款人死亡…应提供主借款人死亡证明复印件、户口注销证明等"
    ConditionExpectation(
        "BS-GJJ-006", "", "16", line: 6621,
        needed: ["gjjMainBorrowerDeceased": "true"], notNeeded: ["gjjMainBorrowerDeceased": "false"]),
    // 公积金 事项9 ④县级以上房地产管理部门有关质量监督机构出具的质量监督手续证明（农村房屋出具乡镇人民政府的证明文件）: a rural
    // house brings the 乡镇人民政府's proof instead (4.2), not the 质量监督手续证明
    ConditionExpectation(
        "BS-GJJ-009", "", "4.2", line: 6679,
        needed: ["gjjRuralHouse": "true"], notNeeded: ["gjjRuralHouse": "false"]),
    // 公积金 事项27 因死亡变更借款人、抵押人的，需提供医学死亡材料或…宣告死亡判决书，经公证的房屋继承材料，保险公司或担保公司同意
    // 变更的书面材料（贷款有保险或担保的）: the notarised inheritance papers are a document of their own
    ConditionExpectation(
        "BS-GJJ-027", "", "5", line: 7139,
        needed: ["gjjBorrowerChangeCause": "死亡", "gjjLoanInsuredOrGuaranteed": "false"],
        notNeeded: ["gjjBorrowerChangeCause": "离婚", "gjjLoanInsuredOrGuaranteed": "false"]),
    // … the insurer's or guarantor's consent only when the loan has insurance or a guarantee
    ConditionExpectation(
        "BS-GJJ-027", "", "6", line: 7139,
        needed: ["gjjBorrowerChangeCause": "死亡", "gjjLoanInsuredOrGuaranteed": "true"],
        notNeeded: ["gjjBorrowerChangeCause": "死亡", "gjjLoanInsuredOrGuaranteed": "false"]),
    // 公积金 事项27 因离婚变更借款人、抵押人的，需提供身份证、离婚证或生效的法院离婚判决书（调解书），保险公司或担保公司同意变更的
    // 书面材料（贷款有保险或担保的）
    ConditionExpectation(
        "BS-GJJ-027", "", "2", line: 7137,
        needed: ["gjjBorrowerChangeCause": "离婚", "gjjLoanInsuredOrGuaranteed": "false"],
        notNeeded: ["gjjBorrowerChangeCause": "死亡", "gjjLoanInsuredOrGuaranteed": "false"]),
    ConditionExpectation(
        "BS-GJJ-027", "", "3", line: 7137,
        needed: ["gjjBorrowerChangeCause": "离婚", "gjjLoanInsuredOrGuaranteed": "true"],
        notNeeded: ["gjjBorrowerChangeCause": "离婚", "gjjLoanInsuredOrGuaranteed": "false"]),
    // 公积金 事项2 申请条件 (2) 房屋坐落地在户籍所在地的，需提供户口簿或其他有效户籍证明；房屋坐落地在实际工作所在地的，需提供
    // 单位相关证明文件 (not numbered by the guide: 9 and 10)
    ConditionExpectation(
        "BS-GJJ-002", "", "9", line: 6493,
        needed: ["gjjHouseLocation": "户籍所在地"], notNeeded: ["gjjHouseLocation": "实际工作所在地"]),
    ConditionExpectation(
        "BS-GJJ-002", "", "10", line: 6493,
        needed: ["gjjHouseLocation": "实际工作所在地"], notNeeded: ["gjjHouseLocation": "户籍所在地"]),
    // 不动产 事项26 （3）利害关系人查询的，提交存在利害关系的材料原件；（4）人民法院、人民检察院、国家安全机关、监察机关以及其他因执行公务
    // 需要的国家机关查询的，应当提供本单位出具的协助查询材料和工作人员的工作证和执行公务的证明文件原件 (line 6356)
    ConditionExpectation(
        "BS-BDC-026", "", "3", line: 6356,
        needed: ["bdcInquirer": "利害关系人"], notNeeded: ["bdcInquirer": "国家机关"]),
    ConditionExpectation(
        "BS-BDC-026", "", "4", line: 6356,
        needed: ["bdcInquirer": "国家机关"], notNeeded: ["bdcInquirer": "权利人"]),
    // 不动产 事项8 4）（2） (line 5917) "房屋面积、界址范围发生变化的，除应提交变更后的不动产权籍调查表、宗地图、宗地界址点坐标等不动产权籍调查
    // 成果外，还需提交：①…②改建、扩建引起房屋面积、界址变更的，提交规划验收文件和房屋竣工验收文件；…④其他面积、界址变更情形的…": the survey
    // results whatever the cause (改建扩建, 其他), none when the area does not change
    ConditionExpectation(
        "BS-BDC-008", "", "4.2.5", line: 5917,
        needed: ["bdcChangeArea": "true", "bdcAreaChangeCause": "改建扩建"],
        notNeeded: ["bdcChangeArea": "false", "bdcChangeHolder": "true"]),
    ConditionExpectation(
        "BS-BDC-008", "", "4.2.5", line: 5917,
        needed: ["bdcChangeArea": "true", "bdcAreaChangeCause": "其他"],
        notNeeded: ["bdcChangeArea": "false", "bdcChangeUse": "true"]),
    // Round 20, tester 7: the second document of a case, asked only in that case.
    // 不动产 事项4 ④2) (line 5805) "被放弃的国有建设用地上设有抵押权、地役权或已经办理预告登记、查封登记的，需提交抵押权人、地役权人、预告登记
    // 权利人或查封机关同意注销的书面文件": land given up under a mortgage; unencumbered land
    ConditionExpectation(
        "BS-BDC-004", "", "4.2.2", line: 5805,
        needed: ["bdcExtinctionCause": "放弃", "bdcAbandonedEncumbered": "true"],
        notNeeded: ["bdcExtinctionCause": "放弃", "bdcAbandonedEncumbered": "false"]),
    // 不动产 事项10 4）(2) (line 5992) "设有抵押权、地役权或已经办理预告登记、查封登记的，需提交…同意注销的书面材料"
    ConditionExpectation(
        "BS-BDC-010", "", "4.2.2", line: 5992,
        needed: ["bdcExtinctionCause": "放弃", "bdcAbandonedEncumbered": "true"],
        notNeeded: ["bdcExtinctionCause": "放弃", "bdcAbandonedEncumbered": "false"]),
    // 不动产 事项2 ④3) 4) (lines 5734, 5735) "依法需要补交土地出让价款的，还应当提交缴清土地出让价款的凭证": a change of use or of term
    // with a premium to pay; without one
    ConditionExpectation(
        "BS-BDC-002", "", "4.3.2", line: 5734,
        needed: ["bdcChangeUse": "true", "bdcLandPremiumDue": "true"],
        notNeeded: ["bdcChangeUse": "true", "bdcLandPremiumDue": "false"]),
    ConditionExpectation(
        "BS-BDC-002", "", "4.4.2", line: 5735,
        needed: ["bdcChangeTerm": "true", "bdcLandPremiumDue": "true"],
        notNeeded: ["bdcChangeTerm": "true", "bdcLandPremiumDue": "false"]),
    // Round 21. 不动产 事项2 ④2) (line 5733) "土地面积、界址范围变更的，除应提交变更后的…不动产权籍调查成果外，还应提交：以出让方式取得的，
    // 提交出让补充合同；因自然灾害导致部分土地灭失的，提交证实土地灭失的材料": the 出让 land's supplementary contract, not for 划拨
    // land; the proof of land lost, only when a disaster took part of it
    ConditionExpectation(
        "BS-BDC-002", "", "4.2.2", line: 5733,
        needed: ["bdcChangeArea": "true", "bdcLandAcquisition": "出让", "bdcLandLostByDisaster": "false"],
        notNeeded: ["bdcChangeArea": "true", "bdcLandAcquisition": "划拨", "bdcLandLostByDisaster": "false"]),
    ConditionExpectation(
        "BS-BDC-002", "", "4.2.3", line: 5733,
        needed: ["bdcChangeArea": "true", "bdcLandAcquisition": "划拨", "bdcLandLostByDisaster": "true"],
        notNeeded: ["bdcChangeArea": "true", "bdcLandAcquisition": "划拨", "bdcLandLostByDisaster": "false"]),
    // 不动产 事项3 ④1) (line 5768) "买卖的，提交买卖合同；互换的，提交互换合同；赠与的，提交赠与合同": the contract of the cause; ④5) (line
    // 5772) "共有人增加或者减少的，提交共有人增加或者减少的协议；共有份额变化的，提交份额转移协议"
    ConditionExpectation(
        "BS-BDC-003", "", "4.1.2", line: 5768,
        needed: ["bdcTransferCause": "互换"], notNeeded: ["bdcTransferCause": "买卖"]),
    ConditionExpectation(
        "BS-BDC-003", "", "4.1.3", line: 5768,
        needed: ["bdcTransferCause": "赠与"], notNeeded: ["bdcTransferCause": "买卖"]),
    ConditionExpectation(
        "BS-BDC-003", "", "4.5.2", line: 5772,
        needed: ["bdcTransferCause": "共有份额变化"], notNeeded: ["bdcTransferCause": "共有人增减"]),
    // 不动产 事项2 ④6) (line 5737) "夫妻共有财产共有性质变更的，还应提交婚姻关系证明": spouses' property; co-owners who are not
    ConditionExpectation(
        "BS-BDC-002", "", "4.6.2", line: 5737,
        needed: ["bdcChangeCoOwnership": "true", "bdcSpousalCoOwnership": "true"],
        notNeeded: ["bdcChangeCoOwnership": "true", "bdcSpousalCoOwnership": "false"]),
    // 不动产 事项8 4）(2)(3)(4) (lines 5917-5919) "依法需要补交土地出让价款的，还应当提交土地出让合同补充协议和土地价款缴纳凭证 / 土地价款
    // 以及相关税费缴纳凭证 / 土地价款缴纳凭证"
    ConditionExpectation(
        "BS-BDC-008", "", "4.2.6", line: 5917,
        needed: ["bdcChangeArea": "true", "bdcAreaChangeCause": "改建扩建", "bdcLandPremiumDue": "true"],
        notNeeded: ["bdcChangeArea": "true", "bdcAreaChangeCause": "改建扩建", "bdcLandPremiumDue": "false"]),
    ConditionExpectation(
        "BS-BDC-008", "", "4.3.2", line: 5918,
        needed: ["bdcChangeUse": "true", "bdcLandPremiumDue": "true"],
        notNeeded: ["bdcChangeUse": "true", "bdcLandPremiumDue": "false"]),
    ConditionExpectation(
        "BS-BDC-008", "", "4.4.2", line: 5919,
        needed: ["bdcChangeTerm": "true", "bdcLandPremiumDue": "true"],
        notNeeded: ["bdcChangeTerm": "true", "bdcLandPremiumDue": "false"]),
    // 不动产 事项3 ④6) (line 5773), 事项9 4）(6) (line 5958) "实体分割或合并的，还应提交…同意实体分割或合并的批准文件以及分割或合并后的…
    // 不动产权籍调查成果": the approval for a physical split only
    ConditionExpectation(
        "BS-BDC-003", "", "4.6.2", line: 5773,
        needed: ["bdcTransferCause": "分割合并", "bdcPhysicalSplitMerge": "true"],
        notNeeded: ["bdcTransferCause": "分割合并", "bdcPhysicalSplitMerge": "false"]),
    ConditionExpectation(
        "BS-BDC-009", "", "4.6.2", line: 5958,
        needed: ["bdcTransferCause": "分割合并", "bdcPhysicalSplitMerge": "true"],
        notNeeded: ["bdcTransferCause": "分割合并", "bdcPhysicalSplitMerge": "false"]),
    // … the survey: in 事项9 for a physical split only; in 事项3 for every split or merger, by 8.备注 (line 5790) "没有界址坐标点及
    // 分割、合并导致权属发生转移的，需提供不动产权籍调查成果"
    ConditionExpectation(
        "BS-BDC-009", "", "4.6.3", line: 5958,
        needed: ["bdcTransferCause": "分割合并", "bdcPhysicalSplitMerge": "true"],
        notNeeded: ["bdcTransferCause": "分割合并", "bdcPhysicalSplitMerge": "false"]),
    ConditionExpectation(
        "BS-BDC-003", "", "4.6.3", line: 5790,
        needed: ["bdcTransferCause": "分割合并", "bdcPhysicalSplitMerge": "false"],
        notNeeded: ["bdcTransferCause": "买卖"]),
]

public let notRequired003BDC: [NotRequiredExpectation] = [
    // 不动产: open catch-alls (其他必要材料; 法律、行政法规以及《实施细则》规定的其他材料; 登记机构要求提交的其他材料)
    NotRequiredExpectation("BS-BDC-002", "", name: "其他必要材料", line: 5739),
    NotRequiredExpectation("BS-BDC-003", "", name: "其他必要材料", line: 5777),
    NotRequiredExpectation("BS-BDC-004", "", name: "其他必要材料", line: 5808),
    NotRequiredExpectation("BS-BDC-008", "", name: "规定的其他材料", line: 5922),
    NotRequiredExpectation("BS-BDC-009", "", name: "规定的其他材料", line: 5963),
    NotRequiredExpectation("BS-BDC-010", "", name: "规定的其他材料", line: 5995),
    NotRequiredExpectation("BS-BDC-011", "", name: "规定的其他材料", line: 6023),
    NotRequiredExpectation("BS-BDC-013", "", name: "规定的其他材料", line: 6071),
    NotRequiredExpectation("BS-BDC-014", "", name: "规定的其他材料", line: 6105),
    NotRequiredExpectation("BS-BDC-015", "", name: "规定的其他材料", line: 6135),
    NotRequiredExpectation("BS-BDC-016", "", name: "规定的其他材料", line: 6163),
    NotRequiredExpectation("BS-BDC-017", "", name: "要求提交的其他材料", line: 6184),
    NotRequiredExpectation("BS-BDC-018", "", name: "规定的其他材料", line: 6202),
    NotRequiredExpectation("BS-BDC-019", "", name: "规定的其他材料", line: 6223),
    NotRequiredExpectation("BS-BDC-020", "", name: "规定的其他材料", line: 6248),
    NotRequiredExpectation("BS-BDC-021", "", name: "规定的其他材料", line: 6275),
    // 不动产 事项22/23 "办理（预）查封登记需提交下列材料：": headings
    NotRequiredExpectation("BS-BDC-022", "", name: "办理查封登记需提交下列材料", line: 6294),
    NotRequiredExpectation("BS-BDC-023", "", name: "办理预查封登记需提交下列材料", line: 6312),
    // 不动产 事项27 （如房屋存在抵押登记，需抵押权人配合办理）: a note
    NotRequiredExpectation("BS-BDC-027", "", name: "如房屋存在抵押登记", line: 6372),
    // 公积金 事项21 ⑤ 非托管职工，需提供终止劳动关系证明: a 托管职工 has none
    NotRequiredExpectation("BS-GJJ-021", "", name: "终止劳动关系证明", line: 6928, facts: ["gjjEntrustedEmployee": "true"]),
    // 公积金 事项24 "贷款材料：": a heading; ⑦⑧ (组合贷款) and ⑨ (异地贷款) not for an ordinary loan
    NotRequiredExpectation("BS-GJJ-024", "", name: "贷款材料", line: 6975),
    NotRequiredExpectation(
        "BS-GJJ-024", "", name: "组合贷款", line: 6975,
        facts: ["gjjCombinedLoan": "false", "gjjRemoteDepositLoan": "false"]),
    NotRequiredExpectation(
        "BS-GJJ-024", "", name: "公积金缴存使用证明", line: 6975, facts: ["gjjRemoteDepositLoan": "false"]),
    NotRequiredExpectation(
        "BS-GJJ-025", "", name: "商业贷款合同", line: 7035,
        facts: ["gjjCombinedLoan": "false", "gjjRemoteDepositLoan": "false"]),
    // 公积金 事项30 须准确提供被投诉单位名称、联系电话、办公地址: information, not documents
    NotRequiredExpectation("BS-GJJ-030", "", name: "被投诉单位名称", line: 7216),
    NotRequiredExpectation("BS-GJJ-030", "", name: "联系电话", line: 7216),
    NotRequiredExpectation("BS-GJJ-030", "", name: "办公地址", line: 7216),
    // 公积金 事项27 保险公司或担保公司同意变更的书面材料（贷款有保险或担保的）(lines 7137, 7139): not for a loan without either
    NotRequiredExpectation(
        "BS-GJJ-027", "", name: "保险公司或担保公司同意变更", line: 7139,
        facts: ["gjjBorrowerChangeCause": "死亡", "gjjLoanInsuredOrGuaranteed": "false"]),
    // 个税 事项2 8. 表头 "材料名称　数量　备注"; 6. 纳税人委托中介机构或他人代理申报的: 授权书 (no agent here)
    NotRequiredExpectation("BS-GS-002", "case-2", name: "材料名称", line: 5017),
    // 个税 事项2 8.有下列情形的，还应报送: none of its three documents without its case
    NotRequiredExpectation(
        "BS-GS-002", "case-1", name: "明细表", line: 5016,
        facts: ["gsHealthInsurance": "false", "gsDeferredPension": "false", "gsTaxRelief": "false"]),
    // 个税 事项1 1. 商业健康保险明细表 only 且实行核定征收: a 查账征收 taxpayer's 预缴 declaration is complete without it
    NotRequiredExpectation(
        "BS-GS-001", "case-1", name: "商业健康保险", line: 4722,
        facts: ["gsHealthInsurance": "true", "gsAssessedCollection": "false"]),
    // 个税 事项4 10.（2）继承或接受遗赠的，只须提供继承人或接受遗赠人的身份证明原件; (4) only the heir's documents
    NotRequiredExpectation("BS-GS-004", "case-10", name: "结婚证", line: 5151, facts: ["gsGiftCase": "继承遗赠"]),
    NotRequiredExpectation("BS-GS-002", "case-6", name: "授权书", line: 4976),
    // 不动产 事项13 5）主债权合同中包含抵押条款的，可以不提交单独的抵押合同书
    NotRequiredExpectation(
        "BS-BDC-013", "", name: "抵押合同", line: 6069,
        facts: ["bdcMortgageClauseInMainContract": "true", "bdcMortgageType": "一般抵押权"]),
    // 不动产 事项16 4）the documents of the other kinds of applicant
    NotRequiredExpectation(
        "BS-BDC-016", "", name: "生效法律文书", line: 6162, facts: ["bdcDeregistrationApplicant": "抵押权人单方申请"]),
    NotRequiredExpectation(
        "BS-BDC-016", "", name: "不动产权证书", line: 6162, facts: ["bdcDeregistrationApplicant": "抵押人单方申请"]),
    // 不动产 事项25: a 权利人 brings neither the 利害关系人's nor the 国家机关's documents; the catch-all is none
    NotRequiredExpectation("BS-BDC-025", "", name: "存在利害关系的材料", line: 6347, facts: ["bdcInquirer": "权利人"]),
    NotRequiredExpectation("BS-BDC-025", "", name: "执行公务的证明文件", line: 6347, facts: ["bdcInquirer": "权利人"]),
    NotRequiredExpectation("BS-BDC-025", "", name: "法律、行政法规规定的其他材料", line: 6347),
    // 公积金 事项5 ③⑤ 婚姻关系证明: neither when the spouse does not join nor for a single tenant of a 商品住房
    NotRequiredExpectation(
        "BS-GJJ-005", "", name: "婚姻关系证明", line: 6574,
        facts: [
            "gjjRentalHousing": "商品住房", "gjjCentralDeposit": "true", "gjjSpouseJoins": "false", "maritalStatus": "未婚",
        ]),
]

public let agents003BDC: [AgentExpectation] = [
    // 不动产 事项5 7.可否代办 不允许
    AgentExpectation("BS-BDC-005", "", material: nil, line: 5841),
    // 不动产 事项26 (2)…委托查询的，应当提交授权委托书和代理人的身份证明材料
    // 5 is 授权委托书和代理人的身份证明材料, two documents: 5.1 and 5.2 (round 44).
    AgentExpectation("BS-BDC-026", "", material: "5.1", line: 6356, facts: ["bdcInquirer": "权利人"]),
    // 公积金 事项5/15/22/23 可否代办：委托代理的，受托人是委托人配偶的，提供受托人身份证明和委托人与受托人婚姻关系证明；
    // 受托人非委托人配偶的，提供受托人身份证明和明确委托代理事项的委托书
    // (round 21: after ⑥, 7-9; ⑤'s 婚姻关系证明 is its part 5.2, not 7)
    AgentExpectation("BS-GJJ-005", "", material: "7", line: 6585, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-005", "", material: "8", line: 6585, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-005", "", material: "9", line: 6585, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-015", "", material: "5", line: 6821, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-015", "", material: "6", line: 6821, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-015", "", material: "7", line: 6821, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-022", "", material: "2", line: 6948, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-022", "", material: "3", line: 6948, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-022", "", material: "4", line: 6948, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-023", "", material: "5", line: 6963, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-023", "", material: "6", line: 6963, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-023", "", material: "7", line: 6963, facts: ["gjjAgentIsSpouse": "false"]),
    // Third round: 代办 rules (a sweep of every 可否代办 of the guide)
    // 不动产 事项1/2/3/4/6 7.可否代办 不允许; 事项12 7．可否代办 否
    AgentExpectation("BS-BDC-001", "", material: nil, line: 5715),
    AgentExpectation("BS-BDC-002", "", material: nil, line: 5749),
    AgentExpectation("BS-BDC-003", "", material: nil, line: 5788),
    AgentExpectation("BS-BDC-004", "", material: nil, line: 5819),
    AgentExpectation("BS-BDC-006", "", material: nil, line: 5885),
    AgentExpectation("BS-BDC-012", "", material: nil, line: 6057),
    // 公积金 事项7 (不可委托任何人办理…除配偶持授权委托书外): in Conditions003Work.swift
    // 公积金 事项16 6、可否代办：不可代办。; 事项27/30 7、可否代办：否
    AgentExpectation("BS-GJJ-016", "", material: nil, line: 6840),
    AgentExpectation("BS-GJJ-027", "", material: nil, line: 7156),
    AgentExpectation("BS-GJJ-030", "", material: nil, line: 7261),
    // 公积金 事项29 6、可否代办：配偶可代办 (an agent who is not the spouse is refused)
    AgentExpectation("BS-GJJ-029", "", material: nil, line: 7211, facts: ["gjjAgentIsSpouse": "false"]),
    // 公积金 事项1-4, 6, 8-14, 17-21 可否代办：委托代理的，受托人是委托人配偶的，提供受托人身份证明和委托人与受托人婚姻关系证明；受托人非委托人配偶的，提供受托人身份证明和明确委托代理事项的委托书
    AgentExpectation("BS-GJJ-001", "", material: "9", line: 6477, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-001", "", material: "10", line: 6477, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-001", "", material: "11", line: 6477, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-002", "", material: "6", line: 6504, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-002", "", material: "7", line: 6504, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-002", "", material: "8", line: 6504, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-003", "", material: "6", line: 6532, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-003", "", material: "7", line: 6532, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-003", "", material: "8", line: 6532, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-004", "", material: "6", line: 6558, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-004", "", material: "7", line: 6558, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-004", "", material: "8", line: 6558, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-006", "", material: "9", line: 6612, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-006", "", material: "10", line: 6612, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-006", "", material: "11", line: 6612, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-008", "", material: "7", line: 6664, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-008", "", material: "8", line: 6664, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-008", "", material: "9", line: 6664, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-009", "", material: "6", line: 6690, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-009", "", material: "7", line: 6690, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-009", "", material: "8", line: 6690, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-010", "", material: "6", line: 6713, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-010", "", material: "7", line: 6713, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-010", "", material: "8", line: 6713, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-011", "", material: "4", line: 6735, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-011", "", material: "5", line: 6735, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-011", "", material: "6", line: 6735, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-012", "", material: "6", line: 6756, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-012", "", material: "7", line: 6756, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-012", "", material: "8", line: 6756, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-013", "", material: "5", line: 6779, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-013", "", material: "6", line: 6779, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-013", "", material: "7", line: 6779, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-014", "", material: "6", line: 6800, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-014", "", material: "7", line: 6800, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-014", "", material: "8", line: 6800, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-017", "", material: "3", line: 6860, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-017", "", material: "4", line: 6860, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-017", "", material: "5", line: 6860, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-018", "", material: "4", line: 6878, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-018", "", material: "5", line: 6878, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-018", "", material: "6", line: 6878, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-019", "", material: "4", line: 6898, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-019", "", material: "5", line: 6898, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-019", "", material: "6", line: 6898, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-020", "", material: "5", line: 6918, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-020", "", material: "6", line: 6918, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-020", "", material: "7", line: 6918, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-021", "", material: "6", line: 6937, facts: ["gjjAgentIsSpouse": "false"]),
    AgentExpectation("BS-GJJ-021", "", material: "7", line: 6937, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-021", "", material: "8", line: 6937, facts: ["gjjAgentIsSpouse": "false"]),
    // 公积金 事项24/25/26/28 7、可否代办：…不能到场…需授权他人办理的，需提供公证部门出具的《授权委托书》，或中国驻外大使馆、领事馆出具的《授权委托书》
    AgentExpectation("BS-GJJ-024", "", material: "12", line: 7001),
    AgentExpectation("BS-GJJ-025", "", material: "12", line: 7057),
    AgentExpectation("BS-GJJ-026", "", material: "11", line: 7110),
    AgentExpectation("BS-GJJ-028", "", material: "4", line: 7191),
]
