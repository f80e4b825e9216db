// How moves, organizations, dates and numbers read on the pages.
import {h} from './dom.js';

/** Below this a move is shown with a "low confidence" mark (still shown: the reader judges). */
export const LOW_CONFIDENCE = 0.6;

export const orgLink = (name) => name ? h('a', {href: `#/org/${encodeURIComponent(name)}`, class: 'org'}, name) : null;
/** "张迪 (Zhang Di)": a name in Chinese characters with the pinyin English news writes, when the API gives one. */
export const personName = (name, pinyin) => pinyin ? [name, h('span', {class: 'pinyin'}, ` (${pinyin})`)] : name;
export const personLink = (name, pinyin) =>
  h('a', {href: `#/person/${encodeURIComponent(name)}`, class: 'person'}, personName(name, pinyin));
export const moveHref = (id) => `#/move/${encodeURIComponent(id)}`;

/** "JD.com (JD Explore Academy)": the organization linked, its unit beside it, also linked. */
export function orgWithUnit(org, unit) {
  if (!org) return null;
  return h('span', {class: 'org-with-unit'}, orgLink(org), unit ? [' (', orgLink(unit), ')'] : null);
}

export function kindOf(move) {
  return String(move.kind || '').toLowerCase();
}

/** One line that says what happened: "left Alibaba Group for JD.com", "founded Eureka Labs after OpenAI". */
export function whatHappened(move) {
  const from = orgWithUnit(move.fromOrganization, move.fromUnit);
  const to = orgWithUnit(move.toOrganization, move.toUnit);
  switch (kindOf(move)) {
    case 'move': return h('span', {}, 'left ', from, ' for ', to);
    case 'leave': return h('span', {}, 'left ', from);
    case 'join': return h('span', {}, 'joined ', to);
    case 'found': return h('span', {}, 'founded ', to, from ? [' after ', from] : null);
    default: return h('span', {}, from, ' → ', to);
  }
}

export const KIND_NAMES = {move: 'moved', leave: 'left', join: 'joined', found: 'founded a company'};

/** When a move happened: its own date ("2025-02"), else the date it was first reported, else undated. */
export function whenParts(move) {
  if (move.date) return {date: move.date, reported: false};
  const published = (move.evidence || []).map((e) => e.published).filter(Boolean).sort()[0];
  return published ? {date: published, reported: true} : {date: 'undated', reported: false};
}

export function whenOf(move) {
  const when = whenParts(move);
  return when.reported ? `reported ${when.date}` : when.date;
}

/** The date, with a small "reported" under it when it is the report's date, not the move's. */
export function whenLabel(move) {
  const when = whenParts(move);
  return h('span', {class: 'when-date',
    title: when.reported ? 'The articles give no date for the move itself: this is when it was first reported.' : null},
  when.date, when.reported ? h('small', {class: 'reported'}, 'reported') : null);
}

export function confidenceBadge(confidence) {
  const low = confidence < LOW_CONFIDENCE;
  return h('span', {
    class: low ? 'badge low' : 'badge conf',
    title: low ? 'Low confidence: the article reports this less certainly (e.g. as background). Check the evidence.'
               : 'How sure the extractor is that the article reports this move as having happened',
  }, low ? `low confidence ${confidence.toFixed(2)}` : `confidence ${confidence.toFixed(2)}`);
}

export function sourcesLabel(n) {
  return n === 1 ? '1 source' : `${n} sources`;
}

export function signed(n) {
  return n > 0 ? `+${n}` : String(n);
}

export function percent(share) {
  return `${Math.round(share * 100)}%`;
}
