// graphql-js reads the running server's full introspection: it must build a valid schema, and that
// schema must print exactly like the SDL the server publishes at GET /graphql/schema.graphql (the full
// printed schema: the hand-written SDL of every area plus the generated filter, sort and connection types,
// with the applied directives, which printSchema leaves out on both sides).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertValidSchema,
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  printSchema,
} from 'graphql';
import { graphqlUrl } from '../lib/server.mjs';

const schemaResponse = await fetch(new URL('/graphql/schema.graphql', graphqlUrl()));
const servedSdl = await schemaResponse.text();

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

test('GET /graphql/schema.graphql serves the SDL as text', () => {
  assert.equal(schemaResponse.status, 200);
  assert.match(schemaResponse.headers.get('content-type') ?? '', /^text\/plain/);
});

test('the published SDL builds a valid schema in graphql-js', () => {
  assert.doesNotThrow(() => assertValidSchema(buildSchema(servedSdl)));
});

test('the introspected schema prints exactly like the published SDL', () => {
  const served = printSchema(buildClientSchema(introspection.data));
  const published = printSchema(buildSchema(servedSdl));
  assert.equal(served, published);
});

// Our printer is graphql-js's printSchema plus the SDL's own applied directives (@authorize,
// @allowAnonymous, @cost, @listSize: HotChocolate's SDL shows them too); printSchema drops those.
const appliedDirective = / @(?!deprecated\b|specifiedBy\b|oneOf\b)[A-Za-z_]\w*(?:\([^()]*\))?/g;

test('the published SDL is in printSchema form, plus its applied directives', () => {
  const definitionsOnly = servedSdl.split('\n').map(line => (line.startsWith('directive @') ? line : line.replace(appliedDirective, ''))).join('\n');
  assert.equal(definitionsOnly, printSchema(buildSchema(servedSdl)) + '\n');
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
