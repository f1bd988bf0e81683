// Black-box round 10 (session 21), tester 5's matters: conditions, documents not asked of
// every applicant, agents' documents and refusals, written from the guides' text, never the
// catalog. Each entry cites the guide line it comes from.

public let conditionsR10T5: [ConditionExpectation] = []

public let notRequiredR10T5: [NotRequiredExpectation] = []

public let agentsR10T5: [AgentExpectation] = []

public let forbiddenExamplesR10T5: [ForbiddenExample] = []
