// Seed 003 (003_ac3441e5f5207cf8.txt), 婚姻, 入学, 退休, 户籍, 殡葬, 车驾管, 不动产 (BS-HY, BS-RX, BS-TX, BS-HJ, BS-BZ, BS-CG, BS-BDC): conditions, documents
// not asked of every applicant, agents' documents and refusals found by the black-box tests
// of the matters no test had covered yet, written from the guide's text, never the catalog.

public let conditions003Life: [ConditionExpectation] = []

public let notRequired003Life: [NotRequiredExpectation] = []

public let agents003Life: [AgentExpectation] = []

public let forbiddenExamples003Life: [ForbiddenExample] = []
