// The dashboard's only way to the server: the public GraphQL API at /graphql with the viewer's token.
import { storedToken } from "./token";

export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

/** A request that failed as a whole, or a field the dashboard needs that answered with an error. */
export class ApiError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
  }
}

/** Runs one operation; resolves with `data` when there were no errors, else rejects with the first error. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const token = storedToken();
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/graphql-response+json, application/json",
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError("The server could not be reached.", "NETWORK");
  }

  let body: { data?: T | null; errors?: GraphQLError[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} without a GraphQL response.`, `HTTP_${response.status}`);
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new ApiError(first.message, first.extensions?.code);
  }
  if (!body.data) {
    throw new ApiError(`The server answered ${response.status} without data.`, `HTTP_${response.status}`);
  }
  return body.data;
}
