// Search results: people and organizations whose name or alias contains the text.
import {append, h} from '../dom.js';
import {getJson} from '../api.js';
import {orgLink, personLink} from '../format.js';
import {card, empty, note} from '../widgets.js';

export async function searchPage(view, text) {
  document.title = `Search: ${text} — TalentFlow`;
  const input = document.getElementById('search-input');
  if (input && !input.value) input.value = text;
  append(view, h('p', {class: 'crumbs'}, h('a', {href: '#/'}, 'Dashboard'), ' › search'), h('h1', {}, `Search: ${text}`));
  if (!text.trim()) {
    view.appendChild(note('Type part of a name in the search box above.'));
    return;
  }
  const found = await getJson('/api/search', {q: text, limit: 50});
  append(view, h('div', {class: 'columns'},
    card('People', hits(found.people, personLink, 'No person matches.')),
    card('Organizations', hits(found.organizations, orgLink, 'No organization matches.'))));
}

function hits(list, link, none) {
  if (!list.length) return empty(none);
  return h('ul', {class: 'hits'}, list.map((hit) => h('li', {},
    link(hit.name),
    hit.alias ? h('span', {class: 'alias'}, ` (also written ${hit.alias})`) : null,
    hit.detail ? h('span', {class: 'detail'}, ` · ${hit.detail}`) : null,
    h('span', {class: 'count'}, ` · ${hit.moves === 1 ? '1 move' : `${hit.moves} moves`}`))));
}
