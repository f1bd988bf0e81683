// Black-box round 10 (session 21), tester 2's matters: conditions, documents not asked of
// every applicant, agents' documents and refusals, written from the guides' text, never the
// catalog. Each entry cites the guide line it comes from.

public let conditionsR10T2: [ConditionExpectation] = []

public let notRequiredR10T2: [NotRequiredExpectation] = []

public let agentsR10T2: [AgentExpectation] = []

public let forbiddenExamplesR10T2: [ForbiddenExample] = []
