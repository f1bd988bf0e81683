import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

/// The citizens' matters of guide 003 (生育, 入学, 户籍, 婚姻, 退休, 殡葬, 出入境, 其他) whose section makes the
/// applicant a natural person: a unit applying is refused (F-unit, curated/003-zc-units.xml), the person is not.
@Suite struct UnitApplicantTests {
    @Test(
        arguments: [
            // 生育 事项1 (line 6): 生育第一个或第二个孩子的夫妻，实行自愿登记制度
            ("BS-SY-001", 6),
            // 生育 事项2 (line 72): 符合下列情形之一的夫妻，经批准可以再生育
            ("BS-SY-002", 72),
            // 生育 事项3 (line 143): 由新生儿母亲向该助产机构申领《出生医学证明》
            ("BS-SY-003", 143),
            // 生育 事项5 (line 638): 认为子女有明显伤残或患有严重疾病…要求安排再生育的个人,可以申请病残儿医学鉴定
            ("BS-SY-005", 638),
            // 生育 事项7 (line 736): 夫妻双方均为外省市户籍，拟在我市生育第一个或第二个孩子的流动人口
            ("BS-SY-007", 736),
            // 生育 事项9 (line 903): 奖励扶助对象应同时具备以下条件：本人为农业户口或界定为农村居民户口…年满60周岁；（二）由独生子女父母到户籍所在地社区居委会申请；（三）本人申请
            ("BS-SY-009", 903),
            // 生育 事项11 (line 1169): 接受国家免费提供的计划生育手术引起的并发症的个人…可以…提出并发症鉴定书面申请
            ("BS-SY-011", 1169),
            // 入学 事项13 (line 1495): 凡完成国家九年制义务教育…的应、往届毕业生…均可报读我市中等职业学校
            ("BS-RX-013", 1495),
            // 入学 事项16 (line 1522): 学生因伤病需要休学，由本人向学校提出书面休学申请（本人和家长签字）
            ("BS-RX-016", 1522),
            // 入学 事项20 (line 1540): 中华人民共和国公民不受性别、年龄、民族、职业限制均可报考自学考试
            ("BS-RX-020", 1540),
            // 入学 事项21 (line 1602): 大中专院校新生个人户口迁移
            ("BS-RX-021", 1602),
            // 入学 事项25 (line 1719): 符合下列条件考生可申请办理高等教育自学考试毕业
            ("BS-RX-025", 1719),
            // 户籍 事项3 (line 1913): 未在国（境）外入籍、定居的留学人员回国落户
            ("BS-HJ-003", 1913),
            // 户籍 事项4 (line 1939): 市外迁移的夫妻投靠…投靠人的配偶在主城区落户5年以上…结婚4年以上
            ("BS-HJ-004", 1939),
            // 户籍 事项6 (line 2002): 由户主提交本人《居民身份证》和补办申请
            ("BS-HJ-006", 2002),
            // 户籍 事项7 (line 2029): 居住在中华人民共和国境内的年满十六周岁的中国公民，应当…申请领取居民身份证；需本人申请办理和领取
            ("BS-HJ-007", 2029),
            // 户籍 事项9 (line 2092): 市外迁移的老人投靠子女…投靠人单老人65周岁以上、双老人130周岁以上
            ("BS-HJ-009", 2092),
            // 户籍 事项10 (line 2121): 市外迁移的未成年子女投靠父母…投靠人18周岁以下，其父母…、法定监护人…
            ("BS-HJ-010", 2121),
            // 户籍 事项11 (line 2153): 18周岁以上未达到法定结婚年龄的…在校学生（育有子女的除外）可办理随迁和投靠落户
            ("BS-HJ-011", 2153),
            // 户籍 事项13 (line 2263): 未成年人由监护人代办，成年人由本人办理
            ("BS-HJ-013", 2263),
            // 户籍 事项14 (line 2276): 户口迁移，是依法变更居民住所地的户政管理业务
            ("BS-HJ-014", 2276),
            // 婚姻 事项3 (line 8862): 双方当事人持有本人有效的居民身份证…户口簿…亲自到一方常住户口所在地的婚姻登记机关办理
            ("BS-HY-003", 8862),
            // 婚姻 事项5 (line 8876): 自愿离婚的夫妻双方均具有完全民事行为能力，共同到一方常住户口所在地的婚姻登记机关办理离婚登记
            ("BS-HY-005", 8876),
            // 婚姻 事项6 (line 8886): 受胁迫结婚的婚姻当事人，可以向原办理该结婚登记的机关请求撤销婚姻
            ("BS-HY-006", 8886),
            // 婚姻 事项7 (line 8903): 当事人亲自到常住户口所在地的婚姻登记机关提出申请
            ("BS-HY-007", 8903),
            // 婚姻 事项8 (line 8912): 大连户籍居民与港澳台居民、华侨、外国人在中国内地结婚登记，需双方当事人亲自到大连市民政局婚姻登记处办理
            ("BS-HY-008", 8912),
            // 婚姻 事项9 (line 8932): 当事人遗失、损毁婚姻登记证，可向原办理该婚姻登记的机关…申请补领
            ("BS-HY-009", 8932),
            // 婚姻 事项10 (line 8962): 自愿离婚的夫妻双方…应共同到大连市民政局婚姻登记处办理离婚登记
            ("BS-HY-010", 8962),
            // 退休 事项7 (line 9177): 参加基本养老保险的个人，因病或者非因工死亡的，其遗属可以领取丧葬费和一次性抚恤金
            ("BS-TX-007", 9177),
            // 殡葬 事项4 (line 11699): 逝者家属本人身份证
            ("BS-BZ-004", 11699),
            // 殡葬 事项6 (line 11813): 所有继承人本人必须亲自到公证处办理公证
            ("BS-BZ-006", 11813),
            // 出入境 事项1 (line 8501): 中华人民共和国普通护照是中华人民共和国公民出入国境和在国外证明国籍和身份的证件
            ("BS-CRJ-001", 8501),
            // 出入境 事项2 (line 8590): 往来港澳通行证…签发给中国内地居民因私往来香港或澳门地区…的旅行证件
            ("BS-CRJ-002", 8590),
            // 出入境 事项3 (line 8717): 往来台湾通行证是中华人民共和国公安部发给大陆居民前往台湾地区的旅行通行证
            ("BS-CRJ-003", 8717),
            // 其他 事项1 (line 11886): 无该种疫苗接种禁忌症的人可以接种该种疫苗
            ("BS-QT-001", 11886),
            // 其他 事项8 (line 12065): 收养人的居民户口簿、居民身份证
            ("BS-QT-008", 12065),
            // 其他 事项12 (line 12154): 凡持有本市常住户口的城乡居民…均可提出低保申请
            ("BS-QT-012", 12154),
            // 其他 事项13 (line 12170): 在法定劳动年龄内，有劳动能力，有就业要求，处于无业状态的城镇常住人员
            ("BS-QT-013", 12170),
            // 其他 事项15 (line 12261): 参保职工与单位解除关系后…以灵活就业人员身份参加职工基本养老保险和医疗保险
            ("BS-QT-015", 12261),
            // 其他 事项16 (line 12322): 申请人需持本人身份证、户口本和3张两寸近期免冠白底彩照，向户口所在地区（市、县）残联提出办证申请
            ("BS-QT-016", 12322),
            // 其他 事项17 (line 12347): 本人和监护人持居民身份证、残疾人证、低保证向户籍地社区（村）提出申请
            ("BS-QT-017", 12347),
            // 其他 事项18 (line 12368): 申请人或委托人持身份证、残疾人证、低保证到户口所在地社区(村)提出申请
            ("BS-QT-018", 12368),
            // 其他 事项21 (line 12432): 残疾人自愿向户籍所在地的乡镇（街道）受理窗口提交书面申请
            ("BS-QT-021", 12432),
            // 其他 事项22 (line 12443): 特别扶助对象应同时符合以下基本条件：1933年1月1日以后出生；女方年满49周岁
            ("BS-QT-022", 12443),
            // 其他 事项24 (line 12514): 城乡居民家庭遭遇临时困难…经个人申请…可以申请临时救助
            ("BS-QT-024", 12514),
            // 其他 事项25 (line 12549): 医疗救助对象为具有本市常住户口…的城乡低保人员、城镇三无人员…
            ("BS-QT-025", 12549),
            // 其他 事项27 (line 12570): 城乡老年人、残疾人以及未满16周岁的未成年人，同时具备以下条件的，应当依法纳入特困人员救助供养范围
            ("BS-QT-027", 12570),
            // Round 10 (curated/003-zg-units2.xml). 公积金 事项说明: the 职工 withdraws or borrows with his own 联名卡 and
            // identity — 事项1 (line 6454) 职工以购买具有所有权自住商品房…为由提取, 事项2 (6490), 事项3 (6518), 事项4 (6543),
            // 事项5 (6571) 职工及配偶在本市无自有住房且承租本市住房, 事项6 (6597), 事项8 (6650), 事项9 (6676), 事项10 (6701),
            // 事项11 (6723), 事项12 (6743), 事项13 (6765) 本人、配偶或者未成年子女患有…重大疾病, 事项14 (6788), 事项15
            // (6810), 事项17 (6850), 事项18 (6868) 外籍及港澳台人员与单位终止劳动关系, 事项19 (6887) 男职工年满55周岁、女职工
            // 年满45周岁, 事项20 (6907), 事项21 (6927), 事项24 (6969) 职工购买…住房申请办理住房公积金贷款, 事项25 (7029),
            // 事项26 (7085).
            ("BS-GJJ-001", 6454), ("BS-GJJ-002", 6490), ("BS-GJJ-003", 6518), ("BS-GJJ-004", 6543), ("BS-GJJ-005", 6571),
            ("BS-GJJ-006", 6597), ("BS-GJJ-008", 6650), ("BS-GJJ-009", 6676), ("BS-GJJ-010", 6701), ("BS-GJJ-011", 6723),
            ("BS-GJJ-012", 6743), ("BS-GJJ-013", 6765), ("BS-GJJ-014", 6788), ("BS-GJJ-015", 6810), ("BS-GJJ-017", 6850),
            ("BS-GJJ-018", 6868), ("BS-GJJ-019", 6887), ("BS-GJJ-020", 6907), ("BS-GJJ-021", 6927), ("BS-GJJ-024", 6969),
            ("BS-GJJ-025", 7029), ("BS-GJJ-026", 7085),
            // 人力社保: 事项1 (line 2362) 离校未就业高校毕业生是指大学毕业时仍未就业的毕业生; 事项2 (2380) 全日制普通高等院校
            // 毕业生进行报到登记; 事项3 (2394) 成人教育毕业生进行报到登记; 事项6 (2447) 求职者在网站上注册个人简历; 事项7
            // (2495) 困难家庭毕业生; 事项17 (2652) 享受职业培训补贴的人员范围; 事项20 (2880) 新参保的灵活就业人员建立个人
            // 档案; 事项21 (2928) 个体劳动者（灵活就业人员）参保信息变更登记.
            ("BS-RS-001", 2362), ("BS-RS-002", 2380), ("BS-RS-003", 2394), ("BS-RS-006", 2447), ("BS-RS-007", 2495),
            ("BS-RS-017", 2652), ("BS-RS-020", 2880), ("BS-RS-021", 2928),
            // Round 11: 个税 事项2 (line 4821) 自然人纳税人个人所得税自行纳税申报; 人力社保 事项36 (4188) 大学生毕业后，办理城乡
            // 居民基本医疗保险参保信息变更登记; 事项14 (2592) 参加鉴定人员凭本人身份证或准考证到窗口领取证书.
            ("BS-GS-002", 4821), ("BS-RS-036", 4188), ("BS-RS-014", 2592),
            // Round 12: 车管 事项13 (line 8006) 驾驶人驾驶资格恢复考试.
            ("BS-CG-013", 8006),
            // Round 13: 车管 事项8 (line 7843) 注：…可由驾培机构代办受理业务 (the school is an agent, the applicant the learner);
            // 人力社保 事项16 (2639) 本人身份证; 生育 事项6 (674) 其监护人…为其办理.
            ("BS-CG-008", 7843), ("BS-RS-016", 2639), ("BS-SY-006", 674),
            // Round 14: 车管 事项16 驾驶证最高准驾车型注销 (line 8135) and 事项23 大中型客货车实习期满考试 (8479): ①身份证明原件
            // ②机动车驾驶证, the driver's own.
            ("BS-CG-016", 8135), ("BS-CG-023", 8479),
            // Round 15: 车管 事项9-12, 14, 17, the driver's own licence (①身份证明原件 ②机动车驾驶证); 公积金 事项22 个人查询,
            // 23 (①提取人有效身份证明②公积金联名卡), 29 (①职工本人有效身份证件); 人力社保 事项33 (参保人员…申请…转入我市; 本人身份证).
            ("BS-CG-009", 7845), ("BS-CG-010", 7863), ("BS-CG-011", 7905), ("BS-CG-012", 7921), ("BS-CG-014", 8026),
            ("BS-CG-017", 8153), ("BS-GJJ-022", 6943), ("BS-GJJ-023", 6949), ("BS-GJJ-029", 7199), ("BS-RS-033", 4044),
            // Round 16: 入学 事项23 (line 1685, the pupil's own 落户), 公积金 事项27, 28 (7134, 7171, the borrower's), 车管 事项22 (8396,
            // the school-bus driver's 审验).
            ("BS-RX-023", 1685), ("BS-GJJ-027", 7134), ("BS-GJJ-028", 7171), ("BS-CG-022", 8396),
            // Round 17: 公积金 事项30 (line 7215: 职工…提起投诉), 事项7 (6628: 商贷代扣协议, the borrower's).
            ("BS-GJJ-030", 7215), ("BS-GJJ-007", 6628),
            // 其他 事项14 (line 12189: 取得《独生子女父母光荣证》的城镇居民，享受下列待遇).
            ("BS-QT-014", 12189),
            // Round 18: 个税 事项4 1.个人转让5年以上唯一住房免征个人所得税优惠 (line 5104, the first case); 户籍 事项15 复员人员
            // 1.义务兵…持…退出现役证…到接受安置地安置办办理落户介绍信 (2316, the soldier's own 户口).
            ("BS-GS-004", 5104), ("BS-HJ-015", 2316),
            // Round 59 (tester f): 人力社保 事项5 (line 2439) 2.本人身份证原件及复印件。3.委托他人代办的另需提供委托书, the graduate's own
            // file, as 事项1-3 and 6.
            ("BS-RS-005", 2439),
        ])
    func aCitizensMatterIsRefusedToAUnit(code: String, line: Int) throws {
        // The guide names a person as the one who applies, at the line given: a unit applying is refused, the
        // person is not (matters taken part of the year are submitted inside their window).
        try expectAUnitRefused(code, line: line)
    }

    /// 户籍 事项5 户籍证明 (line 1976): "个人查询需要提供身份证、户口薄；公检法机关查询的需要提供单位介绍证及工作证": a
    /// company filing as a 个人 inquirer is refused (round 11, tester 1); a person filing as one is not, nor is a
    /// 公检法机关, a unit, filing as what it is.
    @Test func aUnitFilingAsAPersonForAHouseholdCertificateIsRefused() throws {
        var facts = try settledFacts("BS-HJ-005")
        facts["hjInquirer"] = "个人"
        let app = complete("BS-HJ-005", facts: facts)
        let unit = try decide(app.byUnit())
        #expect(unit.verdict == .refused, "\(unit.errors.map(\.message))")
        #expect(unit.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 1976 })
        let person = try decide(app.byPerson("210202199001011232"))
        #expect(!person.codes.contains(.forbiddenCase), "\(person.errors.map(\.message))")
        facts["hjInquirer"] = "公检法机关"
        let court = try decide(complete("BS-HJ-005", facts: facts).byUnit())
        #expect(!court.codes.contains(.forbiddenCase), "\(court.errors.map(\.message))")
    }

    /// 婚姻 事项11 (lines 8979, 8980): "1.婚姻当事人持有合法身份证件，可以查阅本人的婚姻登记档案", "律师及其他诉讼代理人…持受理案件的
    /// 法院出具的证明材料及本人有效证件可以查阅" — persons; "2.人民法院、人民检察院、公安和安全部门…持单位介绍信可以查阅" — the body. A
    /// company filing as a 婚姻当事人 or a lawyer, and a person filing as a court, are refused (round 19, tester 3); each filing as
    /// what it is is not, nor is "3.其他单位、组织和个人" of either kind.
    @Test(arguments: [
        ("婚姻当事人", "organization", 8979), ("律师或其他诉讼代理人", "organization", 8979),
        ("法院检察院公安安全部门", "person", 8980),
    ])
    func aMarriageArchiveIsOpenedToWhomTheGuideNames(requester: String, wrongKind: String, line: Int) throws {
        var facts = try settledFacts("BS-HY-011")
        facts["hyArchiveRequester"] = requester
        let filed = complete("BS-HY-011", facts: facts)
        let unit = filed.byUnit()
        let person = filed.byPerson("210202199001011232")
        let wrong = try decide(wrongKind == "organization" ? unit : person)
        #expect(wrong.verdict == .refused, "\(requester): \(wrong.errors.map(\.message))")
        #expect(wrong.findings.contains { $0.code == .forbiddenCase && $0.source?.line == line }, "\(requester)")
        let right = try decide(wrongKind == "organization" ? person : unit)
        #expect(right.verdict == .accepted, "\(requester): \(right.errors.map(\.message))")
        facts["hyArchiveRequester"] = "其他单位组织或个人"
        for app in [
            complete("BS-HY-011", facts: facts).byUnit(), complete("BS-HY-011", facts: facts).byPerson("210202199001011232"),
        ] {
            #expect(!(try decide(app)).codes.contains(.forbiddenCase))
        }
    }
}
