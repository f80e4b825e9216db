// An article's text with evidence sentences marked, built from character offsets as text nodes and <mark>
// elements: the article's own markup (if any) stays text.
import {h} from './dom.js';

/**
 * spans: [{start, end, sentence}] into text. A span whose offsets do not hold its sentence (an article stored
 * differently) is looked up by its sentence instead; one not found at all is returned in missing.
 */
export function markedText(text, spans) {
  const placed = [];
  const missing = [];
  for (const span of spans) {
    let {start, end} = span;
    if (!(start >= 0 && end <= text.length && start < end && (!span.sentence || text.slice(start, end) === span.sentence))) {
      const at = span.sentence ? text.indexOf(span.sentence) : -1;
      if (at < 0) {
        missing.push(span);
        continue;
      }
      start = at;
      end = at + span.sentence.length;
    }
    placed.push({start, end});
  }
  placed.sort((a, b) => a.start - b.start);
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const span of placed) {
    if (span.start < at) continue; // overlapping spans: the first one wins
    fragment.appendChild(document.createTextNode(text.slice(at, span.start)));
    fragment.appendChild(h('mark', {class: 'evidence'}, text.slice(span.start, span.end)));
    at = span.end;
  }
  fragment.appendChild(document.createTextNode(text.slice(at)));
  return {fragment, missing};
}
