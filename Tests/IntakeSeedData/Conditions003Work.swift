// Seed 003 (003_ac3441e5f5207cf8.txt), 人力社保 and 其他 (BS-RS, BS-QT): conditions, documents
// not asked of every applicant, agents' documents and refusals found by the black-box tests
// of the matters no test had covered yet, written from the guide's text, never the catalog.

public let conditions003Work: [ConditionExpectation] = []

public let notRequired003Work: [NotRequiredExpectation] = []

public let agents003Work: [AgentExpectation] = []

public let forbiddenExamples003Work: [ForbiddenExample] = []
