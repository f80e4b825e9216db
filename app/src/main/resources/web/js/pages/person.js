// A person's career as the news told it, oldest first, each step linked to its evidence.
import {append, h} from '../dom.js';
import {getJson, segment} from '../api.js';
import {confidenceBadge, KIND_NAMES, kindOf, LOW_CONFIDENCE, moveHref, personName, sourcesLabel, whatHappened, whenLabel} from '../format.js';
import {card, downloads, empty, note} from '../widgets.js';

export async function personPage(view, name) {
  const person = await getJson(`/api/people/${segment(name)}`);
  document.title = `${person.name} — TalentFlow`;
  append(view, 
    h('p', {class: 'crumbs'}, h('a', {href: '#/'}, 'Dashboard'), ' › person'),
    h('h1', {}, personName(person.name, person.pinyin)),
    person.aliases.length ? h('p', {class: 'facts'}, `Also written ${person.aliases.join(', ')}`) : null,
    card('Career timeline',
      note('Oldest first, as reported. Open a step to read the sentences that reported it in their articles.'),
      person.moves.length ? h('ol', {class: 'timeline', id: 'timeline'}, person.moves.map(step)) : empty('No moves.')),
    downloads(`Download the moves of ${person.name}`, 'moves', ['csv', 'json', 'jsonl'], {person: person.name, limit: 10000}));
}

function step(m) {
  const low = m.confidence < LOW_CONFIDENCE;
  return h('li', {class: low ? 'step low' : 'step', 'data-move-id': m.id},
    h('div', {class: 'step-when'}, whenLabel(m)),
    h('div', {class: 'step-body'},
      h('div', {class: 'step-kind'}, KIND_NAMES[kindOf(m)] || kindOf(m)),
      h('div', {class: 'headline'}, whatHappened(m), m.role ? h('span', {class: 'role'}, ` — ${m.role}`) : null),
      h('div', {class: 'meta'}, confidenceBadge(m.confidence), h('span', {class: 'sources'}, sourcesLabel(m.evidence.length)),
        h('a', {class: 'evidence-link', href: moveHref(m.id)}, 'Evidence →'))));
}
