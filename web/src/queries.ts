// The operations the dashboard sends: only the public GraphQL API (the same schema as `mentorgraph schema`).
export const viewerQuery = /* GraphQL */ `
  query DashboardViewer {
    viewer { roles person { id name title department { name } } }
  }
`;

/** The root fields this server offers: a panel whose query the server lacks says so instead of sending it. */
export const capabilitiesQuery = /* GraphQL */ `
  query DashboardCapabilities {
    __schema { queryType { fields { name } } }
  }
`;

export const filterOptionsQuery = /* GraphQL */ `
  query DashboardFilterOptions {
    programs(first: 50) { nodes { id name } }
    departments { id name }
    topics { id title }
  }
`;

const flowFields = "key label suppressed upward downward mutual total reciprocityIndex";

export const knowledgeFlowQuery = /* GraphQL */ `
  query DashboardKnowledgeFlow($period: PeriodInput!, $where: KnowledgeFlowFilterInput, $time: FlowGrouping!) {
    all: knowledgeFlow(period: $period, groupBy: [], where: $where) { ${flowFields} }
    overTime: knowledgeFlow(period: $period, groupBy: [$time], where: $where) { ${flowFields} }
    byDepartment: knowledgeFlow(period: $period, groupBy: [DEPARTMENT], where: $where) { ${flowFields} }
    byBandPair: knowledgeFlow(period: $period, groupBy: [BAND_PAIR], where: $where) { ${flowFields} }
  }
`;

export const trendingTopicsQuery = /* GraphQL */ `
  query DashboardTrendingTopics($period: PeriodInput!) {
    trendingTopics(period: $period, granularity: WEEK) {
      topic { id title }
      trending falling score reason upward downward mutual
      series { start notes }
    }
    byTopic: knowledgeFlow(period: $period, groupBy: [TOPIC]) { key label suppressed upward downward mutual total reciprocityIndex }
  }
`;

export const engagementQuery = /* GraphQL */ `
  query DashboardEngagement($period: PeriodInput!, $where: EngagementFilterInput) {
    engagement(period: $period, where: $where) {
      suppressed activePairings pausedPairings sessionsHeld sessionsExpected cadenceAdherence atRiskPairings
      proposalsWaiting averageProposalAgeDays oldestProposalAgeDays feedbackCount averageFeedbackRating lessonsPerPairing
    }
  }
`;

export const participationQuery = /* GraphQL */ `
  query DashboardParticipation($period: PeriodInput!) {
    participation(period: $period, groupBy: [DEPARTMENT]) {
      key label suppressed juniors seniors repeatParticipants pairingsStarted pairingsCompleted completionRate
    }
  }
`;

export const teachersQuery = /* GraphQL */ `
  query DashboardTeachers($topic: TopicId!) {
    teachersFor(topic: $topic, first: 8) {
      person { id name title department { name } }
      lessonsTaught upward downward mutual
    }
  }
`;

export const lessonFeedQuery = /* GraphQL */ `
  query DashboardLessonFeed {
    lessonFeed(first: 8) {
      nodes { id title direction createdAt topic { title } teacher { name } learner { name } }
    }
  }
`;

export const activeClassifierQuery = /* GraphQL */ `
  query DashboardActiveClassifier {
    activeClassifier {
      version status activatedAt trainingNotes personLabels
      developmentScores { topicMacroF1 directionAccuracy notes }
      heldOutScores { topicMacroF1 directionAccuracy notes }
    }
  }
`;

export const memberQuery = /* GraphQL */ `
  query DashboardMember {
    viewer {
      person {
        id name
        pairings(first: 20) {
          nodes { id status cadence atRisk lastSessionAt program { name } senior { id name } junior { id name } }
        }
        lessonsTaught(first: 10) { nodes { id title direction createdAt topic { title } learner { name } } }
        lessonsLearned(first: 10) { nodes { id title direction createdAt topic { title } teacher { name } } }
      }
    }
    sessions(first: 10) {
      nodes { id status format scheduledAt durationMinutes pairing { senior { name } junior { name } } }
    }
  }
`;
