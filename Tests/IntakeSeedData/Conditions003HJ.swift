// Seed 003 (003_ac3441e5f5207cf8.txt), 户籍, 生育, 入学, 殡葬, 婚姻, 退休 (BS-HJ, BS-SY, BS-RX, BS-BZ, BS-HY, BS-TX): conditions and what the guide does not ask
// every applicant for, written from the guide's text (see Conditions003.swift for the
// resident ids). Added when the importer's always-required materials were checked
// against the guide (materials it had required in every case).

public let conditions003HJ: [ConditionExpectation] = []

public let notRequired003HJ: [NotRequiredExpectation] = []
