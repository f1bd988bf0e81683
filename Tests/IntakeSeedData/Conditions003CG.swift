// Seed 003 (003_ac3441e5f5207cf8.txt), 车管 and 出入境 (BS-CG, BS-CRJ): conditions and what the guide does not ask
// every applicant for, written from the guide's text (see Conditions003.swift for the
// resident ids). Added when the importer's always-required materials were checked
// against the guide (materials it had required in every case).

public let conditions003CG: [ConditionExpectation] = []

public let notRequired003CG: [NotRequiredExpectation] = []
