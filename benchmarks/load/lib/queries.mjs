// The benchmark's queries, each written twice — for MentorGraph's schema and for PostGraphile 4's (with the
// simplify inflector and the connection-filter plugin) — with a function per server that maps its answer to one
// plain shape, so the two answers can be compared before anything is timed. The shapes differ: our ids are global
// ids (base64 of "Type:key"), PostGraphile's are the bigint keys as strings; our lesson direction is an enum,
// PostGraphile's the text column; timestamps are formatted differently. The mapping keeps keys, values and order.

/** The key inside one of our global ids ("UGFpcmluZzoxMg==" → "12"). */
export function keyOfGlobalId(id) {
  const text = Buffer.from(id, 'base64').toString('utf8');
  return text.slice(text.indexOf(':') + 1);
}

const time = (value) => (value == null ? null : Date.parse(value));

const ours = {
  person: (p) => p && { id: keyOfGlobalId(p.id), name: p.name, title: p.title ?? null, band: p.band },
  department: (d) => d && { id: keyOfGlobalId(d.id), name: d.name },
  id: keyOfGlobalId,
};

const theirs = {
  person: (p) => p && { id: String(p.id), name: p.name, title: p.title ?? null, band: p.band },
  department: (d) => d && { id: String(d.id), name: d.name },
  id: String,
};

function pairingShape(pairing, map) {
  if (!pairing) {
    return null;
  }

  return {
    id: map.id(pairing.id),
    status: pairing.status,
    proposedAt: time(pairing.proposedAt),
    senior: map.person(pairing.senior),
    junior: map.person(pairing.junior),
  };
}

function pageShape(connection, map) {
  return {
    hasNextPage: connection.pageInfo.hasNextPage,
    nodes: connection.nodes.map((pairing) => ({
      ...pairingShape(pairing, map),
      sessions: pairing.sessions.nodes.map((s) => ({
        id: map.id(s.id),
        scheduledAt: time(s.scheduledAt),
        status: s.status,
        format: s.format,
      })),
      lessons: pairing.lessons.nodes.map((l) => ({
        id: map.id(l.id),
        title: l.title,
        direction: l.direction,
        visibility: l.visibility,
      })),
    })),
  };
}

const pairingFields = `id status proposedAt
      senior { id name title band }
      junior { id name title band }`;

const pageNodeOurs = `id status proposedAt
        senior { id name title band }
        junior { id name title band }
        sessions(last: 3) { nodes { id scheduledAt status format } }
        lessons(last: 3) { nodes { id title direction visibility } }`;

const pageNodeTheirs = `id status proposedAt
        senior { id name title band }
        junior { id name title band }
        sessions(last: 3, orderBy: [SCHEDULED_AT_ASC, ID_ASC]) { nodes { id scheduledAt status format } }
        lessons(last: 3, orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { id title direction visibility } }`;

/** The people search's filter and order, the same on both sides. */
export const search = { contains: 'mar', bands: ['SENIOR', 'EXECUTIVE'], first: 20 };

/**
 * The queries. `variables(i)` gives the i-th request's variables (the pairing by id walks a list of ids);
 * `shape` maps an answer's `data` to the compared shape. `viewer` names whose token our requests carry.
 */
export function queries({ pairingIds, member }) {
  const list = [
    {
      name: 'pairing by id',
      slug: 'pairing',
      viewer: 'admin',
      ours: {
        query: `query PairingById($id: ID!) {
  pairing(id: $id) {
      ${pairingFields}
  }
}`,
        variables: (i) => ({ id: Buffer.from(`Pairing:${pairingIds[i % pairingIds.length]}`).toString('base64') }),
        shape: (data) => pairingShape(data.pairing, ours),
      },
      theirs: {
        query: `query PairingById($id: BigInt!) {
  pairing(id: $id) {
      ${pairingFields}
  }
}`,
        variables: (i) => ({ id: String(pairingIds[i % pairingIds.length]) }),
        shape: (data) => pairingShape(data.pairing, theirs),
      },
    },
    {
      name: 'page of 50 active pairings (people, last 3 sessions, last 3 lessons)',
      slug: 'page',
      viewer: 'admin',
      ours: {
        query: `query PairingsPage {
  pairings(first: 50, where: { status: { eq: ACTIVE } }, order: [{ startedAt: ASC }]) {
    pageInfo { hasNextPage endCursor }
    nodes {
        ${pageNodeOurs}
    }
  }
}`,
        variables: () => ({}),
        shape: (data) => pageShape(data.pairings, ours),
      },
      theirs: {
        query: `query PairingsPage {
  pairings(first: 50, filter: { status: { equalTo: "ACTIVE" } }, orderBy: [STARTED_AT_ASC, ID_ASC]) {
    pageInfo { hasNextPage endCursor }
    nodes {
        ${pageNodeTheirs}
    }
  }
}`,
        variables: () => ({}),
        shape: (data) => pageShape(data.pairings, theirs),
      },
    },
    {
      name: `people search (name contains "${search.contains}", band in ${search.bands.join('/')}, by name)`,
      slug: 'people',
      viewer: 'admin',
      ours: {
        query: `query PeopleSearch($text: String!, $bands: [Band!]!) {
  people(first: ${search.first}, where: { name: { contains: $text }, band: { in: $bands } }, order: [{ name: ASC }]) {
    pageInfo { hasNextPage endCursor }
    nodes { id name title band department { id name } }
  }
}`,
        variables: () => ({ text: search.contains, bands: search.bands }),
        shape: (data) => peopleShape(data.people, ours),
      },
      theirs: {
        query: `query PeopleSearch($text: String!, $bands: [String!]!) {
  people(first: ${search.first}, filter: { name: { includesInsensitive: $text }, band: { in: $bands } }, orderBy: [NAME_ASC, ID_ASC]) {
    pageInfo { hasNextPage endCursor }
    nodes { id name title band department { id name } }
  }
}`,
        variables: () => ({ text: search.contains, bands: search.bands }),
        shape: (data) => peopleShape(data.people, theirs),
      },
    },
  ];

  if (member) {
    // A member sees only their own pairings (and every session and lesson of them: they teach or learn in each);
    // PostGraphile, without row-level security, gets that rule as a filter.
    list.push({
      name: 'the same page, as a MEMBER',
      slug: 'page-member',
      viewer: 'member',
      ours: { ...list[1].ours },
      theirs: {
        query: `query PairingsPage($me: BigInt!) {
  pairings(first: 50, orderBy: [STARTED_AT_ASC, ID_ASC], filter: {
    status: { equalTo: "ACTIVE" }
    or: [{ seniorId: { equalTo: $me } }, { juniorId: { equalTo: $me } }]
  }) {
    pageInfo { hasNextPage endCursor }
    nodes {
        ${pageNodeTheirs}
    }
  }
}`,
        variables: () => ({ me: String(member.personId) }),
        shape: (data) => pageShape(data.pairings, theirs),
      },
    });
  }

  return list;
}

function peopleShape(connection, map) {
  return {
    hasNextPage: connection.pageInfo.hasNextPage,
    nodes: connection.nodes.map((p) => ({ ...map.person(p), department: map.department(p.department) })),
  };
}
