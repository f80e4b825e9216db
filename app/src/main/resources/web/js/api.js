// The JSON API the pages read. Errors carry the server's message ({"error": "..."}).

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** A path with its query: parameters that are empty or null are left out. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function getJson(path, params) {
  const response = await fetch(withQuery(path, params), {headers: {Accept: 'application/json'}});
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // an answer that is not JSON gets the status line below
  }
  if (!response.ok) {
    throw new ApiError(response.status, body && body.error ? body.error : `${response.status} ${response.statusText}`);
  }
  return body;
}

/** A path segment for a name: any character, a slash included, survives the trip. */
export function segment(name) {
  return encodeURIComponent(name);
}
