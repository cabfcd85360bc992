import type { TypedDocumentString } from '../gql/graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly classification?: string,
  ) {
    super(message);
  }
}

/** POSTs one operation to the public GraphQL API; GraphQL errors become an ApiError. */
export async function gql<R, V>(doc: TypedDocumentString<R, V>, variables?: V, signal?: AbortSignal): Promise<R> {
  const res = await fetch('graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: doc.toString(), variables: variables ?? {} }),
    signal,
  });
  let body: { data?: R; errors?: { message: string; extensions?: { classification?: string } }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`HTTP ${res.status}`);
  }
  if (body.errors?.length) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors[0].extensions?.classification);
  }
  if (!res.ok || !body.data) throw new ApiError(`HTTP ${res.status}`);
  return body.data;
}
