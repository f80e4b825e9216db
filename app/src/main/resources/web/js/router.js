// The address of a page: #/PAGE/PART?QUERY. Filters live in the query, so links and Back keep them.

/** "#/org/Alibaba%20Group?x=1" as {path: ['org', 'Alibaba Group'], query: URLSearchParams}. */
export function parseHash(hash) {
  const text = (hash || '').replace(/^#\/?/, '');
  const at = text.indexOf('?');
  const path = (at < 0 ? text : text.slice(0, at)).split('/').filter((p) => p !== '').map(decodePart);
  return {path, query: new URLSearchParams(at < 0 ? '' : text.slice(at + 1))};
}

function decodePart(part) {
  try {
    return decodeURIComponent(part);
  } catch (e) {
    return part;
  }
}

/** Writes new query parameters into the hash (the page re-renders from it, so links and Back keep filters). */
export function setQuery(params) {
  const {path} = parseHash(location.hash);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const text = query.toString();
  location.hash = `#/${path.map(encodeURIComponent).join('/')}${text ? `?${text}` : ''}`;
}
