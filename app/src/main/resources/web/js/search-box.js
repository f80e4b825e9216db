// The search box on every page: suggestions while typing, the full results page on Enter.
import {clear, h} from './dom.js';
import {getJson} from './api.js';

export function searchBox(form, input, list) {
  let timer = null;
  let asked = 0;
  const hide = () => {
    list.hidden = true;
    clear(list);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    hide();
    const text = input.value.trim();
    if (text) location.hash = `#/search?q=${encodeURIComponent(text)}`;
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      hide();
      return;
    }
    timer = setTimeout(async () => {
      const ticket = ++asked;
      try {
        const found = await getJson('/api/search', {q: text, limit: 5});
        if (ticket !== asked) return;
        clear(list);
        const item = (kind, hit, href) => h('li', {}, h('a', {href, class: 'suggestion'},
          h('span', {class: 'suggestion-kind'}, kind), hit.name, hit.alias ? h('span', {class: 'alias'}, ` (${hit.alias})`) : null));
        found.people.forEach((p) => list.appendChild(item('person', p, `#/person/${encodeURIComponent(p.name)}`)));
        found.organizations.forEach((o) => list.appendChild(item('org', o, `#/org/${encodeURIComponent(o.name)}`)));
        if (!list.children.length) list.appendChild(h('li', {class: 'none'}, 'No match'));
        list.hidden = false;
      } catch (e) {
        hide();
      }
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target)) hide();
  });
  window.addEventListener('hashchange', () => {
    hide();
    // The box shows the current search; elsewhere it starts empty.
    if (!location.hash.startsWith('#/search')) input.value = '';
  });
}
