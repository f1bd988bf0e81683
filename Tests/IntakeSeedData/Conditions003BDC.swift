// Seed 003 (003_ac3441e5f5207cf8.txt), 不动产, 公积金, 个税 (BS-BDC, BS-GJJ, BS-GS): conditions and what the guide does not ask
// every applicant for, written from the guide's text (see Conditions003.swift for the
// resident ids). Added when the importer's always-required materials were checked
// against the guide (materials it had required in every case).

public let conditions003BDC: [ConditionExpectation] = []

public let notRequired003BDC: [NotRequiredExpectation] = []
