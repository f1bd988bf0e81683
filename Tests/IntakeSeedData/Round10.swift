// Black-box round 10 (session 21): the expectations of each tester's matters together
// (Round10T1.swift … Round10T6.swift), for the suites that read every guide rule.

public let conditionsRound10 =
    conditionsR10T1 + conditionsR10T2 + conditionsR10T3 + conditionsR10T4 + conditionsR10T5 + conditionsR10T6
public let notRequiredRound10 =
    notRequiredR10T1 + notRequiredR10T2 + notRequiredR10T3 + notRequiredR10T4 + notRequiredR10T5 + notRequiredR10T6
public let agentsRound10 = agentsR10T1 + agentsR10T2 + agentsR10T3 + agentsR10T4 + agentsR10T5 + agentsR10T6
public let forbiddenExamplesRound10 =
    forbiddenExamplesR10T1 + forbiddenExamplesR10T2 + forbiddenExamplesR10T3 + forbiddenExamplesR10T4
    + forbiddenExamplesR10T5 + forbiddenExamplesR10T6
