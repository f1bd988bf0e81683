// One example per forbidden case of 001_eba14b40fa3374f0.txt (2024年大连市职称评审指南).
// Submitted dates lie inside the application window 2024-06-03 … 2024-06-28.

public let forbiddenExamples001: [ForbiddenExample] = [
    // 一、(二) 离退休人员不得申报参加职称评审。
    ForbiddenExample(
        "ZC-001", "F1",
        triggering: ["retired": "true"],
        notTriggering: ["retired": "false"],
        submitted: "2024-06-10T09:30:00+08:00"),
    // 一、(二) 在我市企事业单位累计工作一年以上的专业技术人员可申报。
    ForbiddenExample(
        "ZC-001", "F2",
        triggering: ["dalianWorkMonths": "11"],
        notTriggering: ["dalianWorkMonths": "12"],
        submitted: "2024-06-10T09:30:00+08:00"),
    // 一、(一)2 初级、中级职称实行全国、省统一考试的系列（行业）不再进行相应的职称评审。
    ForbiddenExample(
        "ZC-001", "F3",
        triggering: ["titleLevel": "中级", "examBasedSeries": "true"],
        notTriggering: ["titleLevel": "副高级", "examBasedSeries": "true"],
        submitted: "2024-06-03T08:30:00+08:00"),
    // 一、(一)2 经济系列副高级：评审申报专业须与考试报考专业一致。
    ForbiddenExample(
        "ZC-001", "F4",
        triggering: ["economicsSeries": "true", "titleLevel": "副高级", "examSpecialtyMatches": "false"],
        notTriggering: ["economicsSeries": "true", "titleLevel": "副高级", "examSpecialtyMatches": "true"],
        submitted: "2024-06-20T10:00:00+08:00"),
    // 一、(一)2 (line 8) 经济系列副高级…报卷材料中需提供…经济专业技术资格考试成绩合格证明: the clerk's check, declared missing,
    // returned (round 50, tester c).
    ForbiddenExample(
        "ZC-001", "F-econ-proof",
        triggering: [
            "economicsSeries": "true", "titleLevel": "副高级", "examSpecialtyMatches": "true",
            "zcEconomicsExamProofIncluded": "false",
        ],
        notTriggering: [
            "economicsSeries": "true", "titleLevel": "副高级", "examSpecialtyMatches": "true",
            "zcEconomicsExamProofIncluded": "true",
        ],
        submitted: "2024-06-20T10:00:00+08:00", returns: true),
    // 一、(六) 当年度学习应不少于90学时。
    ForbiddenExample(
        "ZC-001", "F5",
        triggering: ["continuingEducationHours": "89.5"],
        notTriggering: ["continuingEducationHours": "90"],
        submitted: "2024-06-28T16:00:00+08:00"),
    // 一、(六) 其中专业科目学习不少于总学时的三分之二。
    ForbiddenExample(
        "ZC-001", "F6",
        triggering: ["continuingEducationHours": "90", "professionalSubjectHours": "59"],
        notTriggering: ["continuingEducationHours": "90", "professionalSubjectHours": "60"],
        submitted: "2024-06-28T16:00:00+08:00"),
]
