// Where the server under test is: MENTORGRAPH_GRAPHQL_URL (the GraphQL endpoint), or MENTORGRAPH_URL
// (the server's base address; the endpoint is its /graphql).

export function graphqlUrl() {
  if (process.env.MENTORGRAPH_GRAPHQL_URL) {
    return process.env.MENTORGRAPH_GRAPHQL_URL;
  }
  if (process.env.MENTORGRAPH_URL) {
    return new URL('/graphql', process.env.MENTORGRAPH_URL).href;
  }
  throw new Error(
    'Set MENTORGRAPH_URL to the address of a running server (e.g. http://127.0.0.1:5000), ' +
      'or MENTORGRAPH_GRAPHQL_URL to its GraphQL endpoint.',
  );
}
