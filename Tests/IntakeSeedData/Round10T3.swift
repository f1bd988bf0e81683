// Black-box round 10 (session 21), tester 3's matters: conditions, documents not asked of
// every applicant, agents' documents and refusals, written from the guides' text, never the
// catalog. Each entry cites the guide line it comes from.

public let conditionsR10T3: [ConditionExpectation] = []

public let notRequiredR10T3: [NotRequiredExpectation] = []

public let agentsR10T3: [AgentExpectation] = []

public let forbiddenExamplesR10T3: [ForbiddenExample] = []
