// Building the page without ever parsing data as HTML: every text from the store goes in as a text node.

/**
 * h('a', {href: '#/x', class: 'c'}, 'text', child) makes an element. Strings become text nodes; null and false are
 * skipped; arrays are flattened. Attributes are set with setAttribute, events with on<name>.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'href') {
      el.setAttribute('href', safeHref(value));
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, ...children);
  return el;
}

/** Appends children as h() does: strings as text nodes, null and false skipped, arrays flattened. */
export function append(el, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Links inside the app (#/...), to the API (/api/...), or to http(s) sources; anything else links nowhere. */
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith('#/') || text.startsWith('/api/')) return text;
  return httpUrl(text) || '#';
}

/** The URL when it is an absolute http or https URL, else null: javascript:, data: and the like never become links. */
export function httpUrl(value) {
  if (typeof value !== 'string' || value === '') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (e) {
    return null;
  }
}
