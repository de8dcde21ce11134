// What every answer of /graphql must be, however odd the request: no 5xx, a GraphQL response body
// ({"errors": [...]} or {"data": ...}) as JSON, and no trace of an exception.

const graphqlMediaTypes = /^application\/(json|graphql-response\+json)\b/;

// Exception names, stack frames ("   at Namespace.Type.Method(...)", "in File.cs:line 12") and .NET
// type names: none of these belongs in an answer; the requests never contain them.
const leaks = /Exception|\bat [A-Z][\w.`]+\(|^\s+at |\.cs:line|System\.[A-Z]|Microsoft\.[A-Z]|MentorGraph\.[A-Z]/m;

/** The problems of one answer (empty when it is fine). `text` is the body as received. */
export function problemsOf(request, response, text) {
  const problems = [];
  if (response.status >= 500) {
    problems.push(`status ${response.status}`);
  }
  if (leaks.test(text)) {
    problems.push(`the body leaks exception details: ${text.match(leaks)[0]}`);
  }
  if (request.method === 'HEAD') {
    return problems;
  }

  const contentType = response.headers.get('content-type') ?? '';
  if (!graphqlMediaTypes.test(contentType)) {
    problems.push(`content type "${contentType}" is not application/json or application/graphql-response+json`);
  }

  let body;
  try {
    body = JSON.parse(text);
  } catch {
    problems.push(text.length === 0 ? 'the body is empty' : 'the body is not JSON');
    return problems;
  }

  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    problems.push('the body is not a JSON object');
    return problems;
  }
  if (!('data' in body) && !Array.isArray(body.errors)) {
    problems.push('the body has neither "data" nor an "errors" list');
  }
  if ('errors' in body) {
    if (!Array.isArray(body.errors) || body.errors.length === 0) {
      problems.push('"errors" is not a non-empty list');
    } else if (!body.errors.every((e) => typeof e?.message === 'string' && typeof e?.extensions?.code === 'string')) {
      problems.push('an error has no message or no extensions.code');
    }
  }
  if (response.status >= 400 && !Array.isArray(body.errors)) {
    problems.push(`status ${response.status} without errors`);
  }

  const expected = request.expect;
  if (expected) {
    const error = Array.isArray(body.errors) ? body.errors[0] : undefined;
    if (expected.status !== undefined && response.status !== expected.status) {
      problems.push(`expected status ${expected.status}`);
    }
    if (expected.code !== undefined && error?.extensions?.code !== expected.code) {
      problems.push(`expected the error code ${expected.code}`);
    }
    if (expected.limit !== undefined && error?.extensions?.limit !== expected.limit) {
      problems.push(`expected extensions.limit ${expected.limit}`);
    }
  }
  return problems;
}
