// One example per forbidden case of 003_ac3441e5f5207cf8.txt that a fact (or the resident id)
// decides. The guide has no 违规禁办 list: these cases come from its own words (申请条件, 由…部门
// 办理). Each map names every fact the case's condition reads. The cases on `boolean(m:agent)`
// (F-agent: 可否代办：否, 须本人/双方亲自到场) cannot be written as facts; they are in
// Conditions003*.swift (`agents003…`, AgentExpectation with material nil).
// Resident ids (submitted 2025-07-01): 210202200401010015 male born 2004-01-01 (21),
// 210202200301010018 male born 2003-01-01 (22), 210202200601010028 female born 2006-01-01 (19),
// 210202200501010020 female born 2005-01-01 (20).

public let forbiddenExamples003: [ForbiddenExample] = [
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
]
