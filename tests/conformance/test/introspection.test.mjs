// graphql-js reads the running server's full introspection: it must build a valid schema, and that
// schema must print exactly like the API's contract, src/Api/Schema/schema.graphql.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  assertValidSchema,
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  printSchema,
} from 'graphql';
import { graphqlUrl } from '../lib/server.mjs';

const contractPath = new URL('../../../src/Api/Schema/schema.graphql', import.meta.url);
const contract = readFileSync(contractPath, 'utf8');

const introspectionQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

async function post(body) {
  const response = await fetch(graphqlUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, `POST /graphql answered ${response.status}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/graphql-response\+json/);
  return response.json();
}

const introspection = await post({ query: introspectionQuery, operationName: 'IntrospectionQuery' });

test('the full introspection query runs without errors', () => {
  assert.equal(introspection.errors, undefined, JSON.stringify(introspection.errors));
  assert.ok(introspection.data?.__schema, 'no data.__schema');
});

test('buildClientSchema of the introspection passes assertValidSchema', () => {
  const schema = buildClientSchema(introspection.data);
  assert.doesNotThrow(() => assertValidSchema(schema));
});

test('the introspected schema prints exactly like schema.graphql', () => {
  const served = printSchema(buildClientSchema(introspection.data));
  const expected = printSchema(buildSchema(contract));
  assert.equal(served, expected);
});

// Our printer is graphql-js's printSchema plus the SDL's own applied directives (@authorize,
// @allowAnonymous, @cost, @listSize: HotChocolate's SDL shows them too); printSchema drops those.
const appliedDirective = / @(?!deprecated\b|specifiedBy\b|oneOf\b)[A-Za-z_]\w*(?:\([^()]*\))?/g;

test('schema.graphql is in printSchema form, plus its applied directives', () => {
  const definitionsOnly = contract.split('\n').map(line => (line.startsWith('directive @') ? line : line.replace(appliedDirective, ''))).join('\n');
  assert.equal(definitionsOnly, printSchema(buildSchema(contract)) + '\n');
});

test('GET /graphql/schema.graphql serves schema.graphql', async () => {
  const response = await fetch(new URL('/graphql/schema.graphql', graphqlUrl()));
  assert.equal(response.status, 200);
  assert.equal(await response.text(), contract);
});

test('a query with variables runs over GET and POST alike', async () => {
  const query = 'query Topic($id: TopicId!) { topic(id: $id) { id slug } }';
  const variables = { id: 'CAREER_GROWTH' };
  const viaPost = await post({ query, variables });
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  const viaGet = await (await fetch(`${graphqlUrl()}?${params}`, { headers: { accept: 'application/graphql-response+json' } })).json();
  assert.deepEqual(viaPost, { data: { topic: { id: 'CAREER_GROWTH', slug: 'career-growth' } } });
  assert.deepEqual(viaGet, viaPost);
});
