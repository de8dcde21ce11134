// The operations the dashboard sends: only the public GraphQL API (the same schema as `mentorgraph schema`).
// Each is a `gql` tagged template without interpolation, so `mentorgraph validate web/src` checks them against the
// served schema and `mentorgraph persist web/src` can register them as trusted documents.
const gql = (strings: TemplateStringsArray): string => strings.join("");
export const viewerQuery = gql`
  query DashboardViewer {
    viewer { roles person { id name title department { name } } }
  }
`;

/** The root fields this server offers: a panel whose query the server lacks says so instead of sending it. */
export const capabilitiesQuery = gql`
  query DashboardCapabilities {
    __schema { queryType { fields { name } } }
  }
`;

export const filterOptionsQuery = gql`
  query DashboardFilterOptions {
    programs(first: 50) { nodes { id name } }
    departments { id name }
    topics { id title }
  }
`;

export const knowledgeFlowQuery = gql`
  query DashboardKnowledgeFlow($period: PeriodInput!, $where: KnowledgeFlowFilterInput, $time: FlowGrouping!) {
    all: knowledgeFlow(period: $period, groupBy: [], where: $where) { key label suppressed upward downward mutual total reciprocityIndex }
    overTime: knowledgeFlow(period: $period, groupBy: [$time], where: $where) { key label suppressed upward downward mutual total reciprocityIndex }
    byDepartment: knowledgeFlow(period: $period, groupBy: [DEPARTMENT], where: $where) { key label suppressed upward downward mutual total reciprocityIndex }
    byBandPair: knowledgeFlow(period: $period, groupBy: [BAND_PAIR], where: $where) { key label suppressed upward downward mutual total reciprocityIndex }
  }
`;

export const trendingTopicsQuery = gql`
  query DashboardTrendingTopics($period: PeriodInput!) {
    trendingTopics(period: $period, granularity: WEEK) {
      topic { id title }
      trending falling score reason upward downward mutual
      series { start notes }
    }
    byTopic: knowledgeFlow(period: $period, groupBy: [TOPIC]) { key label suppressed upward downward mutual total reciprocityIndex }
  }
`;

export const engagementQuery = gql`
  query DashboardEngagement($period: PeriodInput!, $where: EngagementFilterInput) {
    engagement(period: $period, where: $where) {
      suppressed activePairings pausedPairings sessionsHeld sessionsExpected cadenceAdherence atRiskPairings
      proposalsWaiting averageProposalAgeDays oldestProposalAgeDays feedbackCount averageFeedbackRating lessonsPerPairing
    }
  }
`;

export const participationQuery = gql`
  query DashboardParticipation($period: PeriodInput!) {
    participation(period: $period, groupBy: [DEPARTMENT]) {
      key label suppressed juniors seniors repeatParticipants pairingsStarted pairingsCompleted completionRate
    }
  }
`;

export const teachersQuery = gql`
  query DashboardTeachers($topic: TopicId!) {
    teachersFor(topic: $topic, first: 8) {
      person { id name title department { name } }
      lessonsTaught upward downward mutual
    }
  }
`;

export const lessonFeedQuery = gql`
  query DashboardLessonFeed {
    lessonFeed(first: 8) {
      nodes { id title direction createdAt topic { title } teacher { name } learner { name } }
    }
  }
`;

export const activeClassifierQuery = gql`
  query DashboardActiveClassifier {
    activeClassifier {
      version status activatedAt trainingNotes personLabels
      developmentScores { topicMacroF1 directionAccuracy notes }
      heldOutScores { topicMacroF1 directionAccuracy notes }
    }
  }
`;

export const memberQuery = gql`
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
