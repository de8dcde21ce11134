// Generators of malformed and odd requests to /graphql for the fuzz test. Each takes a random
// generator (lib/prng.mjs) and returns one request: { category, method, query (the URL's query
// string, "?..." or ""), headers, body (a string, sent as UTF-8, or a Buffer of raw bytes), expect }.
// `expect`, when present, is what the answer must be beyond the checks every answer gets (lib/answer-checks.mjs).
// No generator puts words like "Exception" or "System." into a request, so finding them in an
// answer means the server leaked an exception.

/** Valid operations against the API's schema, with variables that fit them: the seeds of the mutations. */
export const validOperations = [
  { query: '{ __typename }' },
  { query: '{ topics { id slug title covers } }' },
  { query: 'query Topic($id: TopicId!) { topic(id: $id) { id slug } }', variables: { id: 'CAREER_GROWTH' } },
  { query: '{ classifier { modelVersion trainingNotes crossValidation { folds topicAccuracy } source loadedAt } }' },
  {
    query:
      'query Classify($input: ClassifyNoteInput!) { classifyNote(input: $input) { classification { topic { id } ' +
      'topicConfidence topics { topic { id } probability } direction needsReview evidence { ngram weight supportsTopic ' +
      'supportsDirection } classifiedAt } errors { code field message } } }',
    variables: { input: { text: 'I showed my manager how our team uses short videos.', authorRole: 'JUNIOR', seniorName: 'Dana' } },
  },
  {
    query:
      'query Q($text: String!, $n: Int, $t: Float) { classifyNote(input: {text: $text, authorRole: SENIOR, ' +
      'evidencePerModel: $n, secondaryTopicThreshold: $t}) { errors { code field } classification { direction } } }',
    variables: { text: 'We went over the quarterly numbers together.', n: 2, t: 0.3 },
  },
  { query: 'query { ...Q } fragment Q on Query { topics { ...T } } fragment T on Topic { id title }' },
  { query: '{ __schema { types { name kind fields { name type { name kind ofType { name } } } } } }' },
  { query: 'query ($skip: Boolean!) { topics @skip(if: $skip) { id } __typename @include(if: true) }', variables: { skip: false } },
  { query: '{ topic(id: SOCIAL_MEDIA) { ... on Topic { id } } }' },
  { query: 'query A { __typename } query B { topics { id } }', operationName: 'B' },
];

// Text that is odd for a lexer or a JSON reader: lone surrogates (JSON.stringify writes them as
// \ud800 escapes, valid JSON syntax), NUL and other controls, a byte order mark, non-characters,
// line and paragraph separators, combining marks, right-to-left text, an emoji (a surrogate pair).
const oddCharacters = [
  '\ud800', '\udc00', '\udbff', '\udfff', '\u0000', '\u0001', '\u001f', '\u007f', '\ufeff', '\uffff', '\ufffe',
  '\u2028', '\u2029', '\u0301', '\u202e', '\u05d0', '\u00e9', '\u{1F600}', '\t', '\n', '\r', '\\', '"', "'", '%', '\u0085',
];

const insertableTokens = [
  '{', '}', '(', ')', '[', ']', ':', '=', '@', '$', '!', '|', '&', '...', '..', '.', ',', '#', '\\',
  'query', 'mutation', 'subscription', 'fragment', 'on', 'true', 'false', 'null', 'topics', 'topic', 'id',
  '__typename', '__schema', '__type', 'classifyNote', 'input', 'SOCIAL_MEDIA', 'a', '_', 'x0',
  '$id', '$x', '@skip(if: true)', '@include(if: $x)', '@deprecated', '...Q', '...on Topic',
  '"x"', '""', '"""block"""', '"\\u{D800}"', '"\\ud800"', '"\\uDC00x"', '"\\u{110000}"', '"\\x"', '"unterminated',
  '0', '-0', '00', '1e999', '-1e-999', '99999999999999999999999', '2147483648', '-2147483649', '0.1.2', '1e', '0x1F',
  'NaN', 'Infinity', '-Infinity',
];

/** Tokens of a GraphQL document, rough but enough to delete, repeat and move them. */
function tokenize(query) {
  return query.match(/"(?:[^"\\]|\\.)*"|\.\.\.|[A-Za-z_][A-Za-z0-9_]*|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\S/g) ?? [];
}

function oddText(random, length) {
  let text = '';
  for (let i = 0; i < length; i++) {
    text += random.chance(0.3) ? random.pick(oddCharacters) : String.fromCharCode(random.int(0x20, 0x7e));
  }
  return text.replace(/Exception|System\.|Microsoft\.|MentorGraph\./g, 'x');
}

/** A valid operation changed a few times at the token or character level. */
export function mutateQuery(random, query) {
  let tokens = tokenize(query);
  const edits = 1 + random.skewed(8);
  for (let edit = 0; edit < edits; edit++) {
    const at = random.int(0, tokens.length);
    switch (random.int(0, 6)) {
      case 0:
        tokens.splice(at, 1 + random.skewed(3));
        break;
      case 1:
        tokens.splice(at, 0, ...tokens.slice(at, at + 1 + random.skewed(5)));
        break;
      case 2:
        tokens.splice(at, 0, random.pick(insertableTokens));
        break;
      case 3:
        tokens.splice(at, 0, random.pick(oddCharacters));
        break;
      case 4:
        tokens.splice(at, 0, `"${oddText(random, random.int(1, 12))}"`);
        break;
      case 5:
        tokens = tokens.slice(0, at);
        break;
      default: {
        const other = random.int(0, Math.max(0, tokens.length - 1));
        [tokens[at], tokens[other]] = [tokens[other], tokens[at]];
      }
    }
  }
  let text = tokens.join(random.chance(0.8) ? ' ' : '');
  if (random.chance(0.1)) {
    text = '\ufeff' + text;
  }
  return text;
}

/** A JSON value that no variable of the schema expects, written as JSON text (some are not even valid JSON). */
function hostileJsonValue(random) {
  const depth = random.int(1, 400);
  switch (random.int(0, 17)) {
    case 0: return '1e400';
    case 1: return '-1e400';
    case 2: return '-0';
    case 3: return '123456789012345678901234567890';
    case 4: return '1e-400';
    case 5: return random.pick(['NaN', 'Infinity', '-Infinity', 'undefined', '0x10', '+1', '.5', '01']);
    case 6: return JSON.stringify(random.pick(['NaN', 'Infinity', '-0', '1e400', '', ' ', 'true', 'null']));
    case 7: return '['.repeat(depth) + ']'.repeat(depth);
    case 8: return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    case 9: return JSON.stringify(oddText(random, random.int(1, 40)));
    case 10: return JSON.stringify({ [oddText(random, random.int(1, 6))]: oddText(random, 3) });
    case 11: return JSON.stringify(Array.from({ length: random.int(100, 20000) }, (_, i) => i));
    case 12: return JSON.stringify(random.pick([true, false, null, 0, 1.5, -1, 2147483648, 'CAREER_GROWTH', 'career_growth', [], {}]));
    case 13: return JSON.stringify({ text: oddText(random, 50), authorRole: random.pick(['JUNIOR', 'junior', 1, null]), extra: 1 });
    case 14: return JSON.stringify('x'.repeat(random.int(5_000, 200_000)));
    case 15: return `{"a":1,"a":2,"${oddText(random, 2).replace(/["\\]/g, '')}":3}`;
    case 16: return '"\\ud800\\u0041"';
    default: return '"\\udc00"';
  }
}

function jsonRequest(random, body, extra = {}) {
  return {
    method: 'POST',
    query: '',
    headers: { 'content-type': 'application/json', accept: randomAccept(random) },
    body,
    ...extra,
  };
}

function randomAccept(random) {
  return random.pick([
    undefined, 'application/json', 'application/graphql-response+json', '*/*',
    'application/graphql-response+json, application/json;q=0.9', 'application/json; charset=utf-8',
  ]);
}

function operationBody(operation, overrides = {}) {
  const body = { query: operation.query };
  if (operation.operationName) body.operationName = operation.operationName;
  if (operation.variables) body.variables = operation.variables;
  return JSON.stringify({ ...body, ...overrides });
}

// ---- the categories -----------------------------------------------------------------------------

function mutatedQuery(random) {
  const operation = random.pick(validOperations);
  return jsonRequest(random, operationBody(operation, { query: mutateQuery(random, operation.query) }));
}

function deepNesting(random) {
  const depth = random.pick([random.int(1, 70), random.int(60, 400), random.int(400, 3000)]);
  const shapes = [
    () => `{ ${'a { '.repeat(depth)}b${' }'.repeat(depth)} }`,
    () => `{ ${'__schema { types { fields { type { '.repeat(1)}${'ofType { '.repeat(depth)}name${' }'.repeat(depth + 4)} }`,
    () => `{ topic(id: ${'['.repeat(depth)}SOCIAL_MEDIA${']'.repeat(depth)}) { id } }`,
    () => `{ classifyNote(input: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}) { errors { code } } }`,
    () => `query ($x: ${'['.repeat(depth)}Int${']'.repeat(depth)}) { __typename }`,
    () => `{ ${'... on Query { '.repeat(depth)}__typename${' }'.repeat(depth)} }`,
    () => `{ ${'a { '.repeat(depth)}`,
    () => {
      const links = Math.min(depth, 2500);
      let text = '{ ...F0 }';
      for (let i = 0; i < links; i++) text += ` fragment F${i} on Query { ...F${i + 1} }`;
      return `${text} fragment F${links} on Query { __typename }`;
    },
    () => `{ ...F } fragment F on Query { ...G } fragment G on Query { ...F }`,
  ];
  return jsonRequest(random, JSON.stringify({ query: random.pick(shapes)() }));
}

function manyAliases(random) {
  // Mostly a few hundred; one in four up to 9,000 (big answers: they cost the server more than the rest).
  const count = random.chance(0.25) ? random.int(500, 9000) : random.int(10, 500);
  const shapes = [
    (i) => `a${i}: __typename`,
    (i) => `t${i}: topics { id }`,
    () => 'same: __typename',
    (i) => `same: topic(id: ${i % 2 ? 'SOCIAL_MEDIA' : 'LEADERSHIP'}) { id }`,
    (i) => `c${i}: classifier { trainingNotes }`,
    () => 'topics { id title slug covers id title }',
  ];
  const shape = random.pick(shapes);
  const fields = Array.from({ length: count }, (_, i) => shape(i)).join(' ');
  return jsonRequest(random, JSON.stringify({ query: `{ ${fields} }` }));
}

function longStrings(random) {
  // Around the classifier's 5,000-character limit, past it, and (one in five) near the 1 MB request limit.
  const length = random.chance(0.2) ? random.int(100_000, 900_000) : random.pick([random.int(4_990, 5_010), random.int(5_000, 120_000)]);
  const text = random.chance(0.5) ? 'x'.repeat(length) : oddText(random, Math.min(length, 20_000));
  const shapes = [
    () => operationBody(validOperations[5], { variables: { text, n: 1, t: 0.5 } }),
    () => JSON.stringify({ query: `{ classifyNote(input: {text: ${JSON.stringify(text)}, authorRole: JUNIOR}) { errors { code } } }` }),
    () => JSON.stringify({ query: `{ ${'a'.repeat(length)} }` }),
    () => JSON.stringify({ query: `{ __typename } ${'#'.repeat(length)}` }),
    () => JSON.stringify({ query: '{ __typename }', operationName: text }),
    () => JSON.stringify({ query: `{ __typename } ${' '.repeat(length)}` }),
    () => JSON.stringify({ query: `{ topic(id: "${text.slice(0, 60_000)}") { id } }` }),
  ];
  return jsonRequest(random, random.pick(shapes)());
}

function oddUnicode(random) {
  const operation = random.pick(validOperations);
  const odd = oddText(random, random.int(1, 30));
  const shapes = [
    () => JSON.stringify({ query: operation.query.replace('{', `{ ${odd} `) }),
    () => JSON.stringify({ query: `{ topic(id: "${odd}") { id } }` }),
    () => JSON.stringify({ query: `{ __typename } # ${odd}` }),
    () => JSON.stringify({ query: `{ classifyNote(input: {text: """${odd}""", authorRole: JUNIOR}) { errors { code } } }` }),
    () => operationBody(validOperations[5], { variables: { text: odd, n: 1, t: 0.5 } }),
    () => operationBody(validOperations[4], { variables: { input: { text: odd, authorRole: 'SENIOR', juniorName: odd } } }),
    () => JSON.stringify({ query: '{ __typename }', operationName: odd }),
    () => JSON.stringify({ query: operation.query, variables: { [odd]: odd } }),
    () => JSON.stringify({ query: operation.query, extensions: { [odd]: [odd] } }),
    () => JSON.stringify({ [odd]: 1, query: operation.query }),
    () => `{"query":"{ __typename \\u0000 }"}`,
  ];
  if (random.chance(0.1)) {
    // The request of the issue: a lone surrogate escape in a variable value, valid JSON syntax.
    return jsonRequest(random, '{"query":"{ __typename }","variables":{"x":"\\ud800"}}', { expect: { status: 400, code: 'BAD_REQUEST' } });
  }
  return jsonRequest(random, random.pick(shapes)());
}

function badVariables(random) {
  const withVariables = validOperations.filter((o) => o.variables);
  const operation = random.pick(withVariables);
  const names = Object.keys(operation.variables);
  const target = random.pick([...names, 'unknown']);
  const parts = names.filter((n) => n !== target).map((n) => `${JSON.stringify(n)}:${JSON.stringify(operation.variables[n])}`);
  parts.push(`${JSON.stringify(target)}:${hostileJsonValue(random)}`);
  let variables = `{${parts.join(',')}}`;
  if (random.chance(0.15)) {
    variables = random.pick(['[]', '"{}"', '1', 'true', '[{}]', hostileJsonValue(random)]);
  }
  const opName = operation.operationName ? `,"operationName":${JSON.stringify(operation.operationName)}` : '';
  return jsonRequest(random, `{"query":${JSON.stringify(operation.query)}${opName},"variables":${variables}}`);
}

function oddBodies(random) {
  const valid = operationBody(random.pick(validOperations));
  const deep = random.int(200, 5000);
  const shapes = [
    () => valid.slice(0, random.int(0, valid.length - 1)),
    () => Buffer.concat([Buffer.from('{"query":"{ __typename '), Buffer.from([random.pick([0xff, 0xc0, 0xed, 0xf8, 0x80])]), Buffer.from(' }"}')]),
    () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid)]),
    () => Buffer.from(valid, 'utf16le'),
    () => '',
    () => random.pick(['null', '[]', '"x"', '1', 'true', '{}', ' ', '\u0000', '{"query":null}', '{"query":["{a}"]}', '{"query":{}}']),
    () => `${valid}garbage`,
    () => valid.replace('{', '{/* c */'),
    () => valid.replace(/"/g, "'"),
    () => valid.replace(/}$/, ',}'),
    () => ({ body: '{"a":'.repeat(deep) + '1' + '}'.repeat(deep), depth: deep }),
    () => ({ body: '['.repeat(deep) + ']'.repeat(deep), depth: deep }),
    () => ({ body: `{"query":"{ __typename }","extensions":${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}}`, depth: deep + 1 }),
    () => `{"query":"{ __typename }","query":"{ topics { id } }"}`,
    () => `{"query":"{ __typename }","pad":"${'x'.repeat(random.int(1_000_001, 1_100_000))}"}`,
    () => `{"query":"{ __typename }","operationName":null,"variables":null,"extensions":null}`,
  ];
  const shape = random.pick(shapes)();
  const request = jsonRequest(random, shape.depth === undefined ? shape : shape.body);
  // The server's default limits: MaxRequestBytes 1,000,000 and MaxJsonDepth 256.
  if (request.body.length > 1_000_000) {
    request.expect = { status: 413, code: 'LIMIT_EXCEEDED', limit: 'MaxRequestBytes' };
  } else if (shape.depth > 256) {
    request.expect = { status: 400, code: 'LIMIT_EXCEEDED', limit: 'MaxJsonDepth' };
  }
  return request;
}

function contentTypes(random) {
  const contentType = random.pick([
    undefined, 'text/plain', 'application/graphql', 'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/json;charset=UTF-8',
    'application/json; charset="utf-8"', 'application/json; foo=bar', 'application/graphql-response+json',
    ';;;', 'application/json, text/plain', '*/*', `application/${'x'.repeat(2000)}`, 'application/json; charset=',
    'APPLICATION/JSON', 'application/jsonx', 'json',
  ]);
  const accept = random.pick([
    undefined, '*/*', 'application/json', 'application/graphql-response+json', 'text/html', 'application/json;q=0',
    'application/json; charset=utf-16', ',,,;q=', 'application/*;q=0.5, */*;q=0.1', 'image/png', 'application/json;q=abc',
  ]);
  const headers = {};
  if (contentType !== undefined) headers['content-type'] = contentType;
  if (accept !== undefined) headers.accept = accept;
  const body = random.chance(0.8) ? operationBody(random.pick(validOperations)) : 'query=%7B__typename%7D';
  return { method: 'POST', query: '', headers, body };
}

function methods(random) {
  const method = random.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'FOO', 'PROPFIND']);
  const hasBody = !['HEAD', 'OPTIONS'].includes(method) && random.chance(0.7);
  return {
    method,
    query: random.chance(0.3) ? '?query=%7B__typename%7D' : '',
    headers: { 'content-type': 'application/json', accept: randomAccept(random) },
    body: hasBody ? operationBody(random.pick(validOperations)) : undefined,
  };
}

/**
 * Percent-encodes text for a URL; a lone surrogate, which UTF-8 cannot hold, becomes the three bytes
 * it would have (%ED%A0%80 for \ud800): invalid UTF-8 that the server must cope with.
 */
function percentEncode(text) {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[^\ud800-\udfff]+|[\ud800-\udbff][\udc00-\udfff]/g, (part) => {
    if (part.length === 1 && part.charCodeAt(0) >= 0xd800 && part.charCodeAt(0) <= 0xdfff) {
      const code = part.charCodeAt(0);
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    }
    return encodeURIComponent(part);
  });
}

function getQueryStrings(random) {
  const operation = random.pick(validOperations);
  const mutated = random.chance(0.6) ? mutateQuery(random, operation.query) : operation.query;
  const encode = (text) => percentEncode(text).slice(0, 6000);
  const shapes = [
    () => `?query=${encode(mutated)}`,
    () => `?query=${encode(operation.query)}&variables=${encode(hostileJsonValue(random))}`,
    () => `?query=${encode(operation.query)}&variables=${encode(`{"x":${hostileJsonValue(random)}}`)}`,
    () => `?query=${random.pick(['%', '%zz', '%00', '%FF', '%ED%A0%80', '%C0%AF', '+', ';', '%u0041', '%%'])}${encode(mutated)}`,
    () => `?query=${encode(operation.query)}&query=${encode(operation.query)}`,
    () => random.pick(['?query=', '?query', '?=x', '?&&&', '?', '?variables={}', '?operationName=A', '?query[]=x', '?QUERY=%7Ba%7D']),
    () => `?query=${encode(operation.query)}&operationName=${encode(oddText(random, 8))}&extensions=${encode(random.pick(['[]', '1', '{', '{"a":1}']))}`,
    () => `?query=${encode('mutation { __typename }')}`,
    () => `?query=${encode(`{ ${'a'.repeat(random.int(100, 5000))} }`)}`,
    () => `?query=${encode(operation.query)}&variables=${encode(operation.variables ? JSON.stringify(operation.variables) : 'null')}`,
  ];
  const accept = random.pick([undefined, '*/*', 'application/json', 'application/graphql-response+json', 'application/json;q=0']);
  // Kept under the HTTP server's 8 KB request line: longer ones it refuses itself (414, empty body).
  return { method: 'GET', query: random.pick(shapes)().slice(0, 7000), headers: accept ? { accept } : {}, body: undefined };
}

function documentLimits(random) {
  const shapes = [
    () => ({ query: `{ __typename }${' '.repeat(100_001)}`, limit: 'MaxDocumentLength' }),
    () => ({ query: `{ ${'a: __typename '.repeat(random.int(5_001, 7_000))}}`, limit: 'MaxTokens' }),
    () => ({ query: `{ ${'a { '.repeat(random.int(65, 1000))}b }`, limit: 'MaxParserDepth' }),
  ];
  const { query, limit } = random.pick(shapes)();
  return jsonRequest(random, JSON.stringify({ query }), { expect: { code: 'LIMIT_EXCEEDED', limit } });
}

/** The categories, in the order requests are drawn from them (request i is of category i mod their count). */
export const categories = [
  ['mutated query', mutatedQuery],
  ['mutated query', mutatedQuery],
  ['mutated query', mutatedQuery],
  ['deep nesting', deepNesting],
  ['many aliases', manyAliases],
  ['long strings', longStrings],
  ['odd unicode', oddUnicode],
  ['odd unicode', oddUnicode],
  ['bad variables', badVariables],
  ['bad variables', badVariables],
  ['odd bodies', oddBodies],
  ['odd bodies', oddBodies],
  ['content types', contentTypes],
  ['methods', methods],
  ['GET query strings', getQueryStrings],
  ['GET query strings', getQueryStrings],
  ['document limits', documentLimits],
];

/** Request number `index` of a run: its category follows from the index, its content from `random`. */
export function hostileRequest(index, random) {
  const [category, generate] = categories[index % categories.length];
  return { category, ...generate(random) };
}
