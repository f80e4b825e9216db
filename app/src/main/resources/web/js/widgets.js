// Pieces several pages share: cards, move lists, download links, messages.
import {h} from './dom.js';
import {withQuery} from './api.js';
import {confidenceBadge, LOW_CONFIDENCE, moveHref, personLink, sourcesLabel, whatHappened, whenLabel} from './format.js';

export function card(title, ...body) {
  return h('section', {class: 'card'}, title ? h('h2', {}, title) : null, ...body);
}

export function note(text) {
  return h('p', {class: 'note'}, text);
}

export function errorBox(message) {
  return h('div', {class: 'error', role: 'alert'}, message);
}

export function empty(text) {
  return h('p', {class: 'empty'}, text);
}

/** Download links for an export path, carrying the page's filters. */
export function downloads(label, path, formats, params) {
  return h('div', {class: 'downloads'}, h('span', {class: 'downloads-label'}, `${label}:`),
    formats.map((format) => h('a', {
      class: 'download', href: withQuery(`/api/export/${path}.${format}`, params), download: true,
      title: `Download ${label.toLowerCase()} as ${format.toUpperCase()}`,
    }, format.toUpperCase())));
}

/**
 * Moves as a list: when, who, what happened, role, confidence, sources, and the link to the evidence.
 * withPerson false leaves out the person (on a person's own page); withEvidence quotes the first sentence.
 */
export function moveList(moves, {withPerson = true, withEvidence = false} = {}) {
  if (!moves.length) return empty('No moves.');
  return h('ul', {class: 'moves'}, moves.map((m) => moveItem(m, withPerson, withEvidence)));
}

export function moveItem(m, withPerson = true, withEvidence = false) {
  const low = m.confidence < LOW_CONFIDENCE;
  const first = (m.evidence || [])[0];
  return h('li', {class: low ? 'move low' : 'move', 'data-move-id': m.id},
    h('span', {class: 'when'}, whenLabel(m)),
    h('div', {class: 'what'},
      h('div', {class: 'headline'},
        withPerson ? [personLink(m.person, m.personPinyin), ' '] : null,
        whatHappened(m),
        m.role ? h('span', {class: 'role'}, ` — ${m.role}`) : null),
      withEvidence && first ? h('q', {class: 'sentence'}, first.sentence) : null,
      h('div', {class: 'meta'},
        confidenceBadge(m.confidence),
        h('span', {class: 'sources'}, sourcesLabel((m.evidence || []).length)),
        h('a', {class: 'evidence-link', href: moveHref(m.id)}, 'Evidence →'))));
}

/** A row of big numbers with their labels. */
export function figures(items) {
  return h('div', {class: 'figures'}, items.map(([value, label, cls]) =>
    h('div', {class: `figure ${cls || ''}`}, h('span', {class: 'value'}, String(value)), h('span', {class: 'label'}, label))));
}
