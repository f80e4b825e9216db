// The dashboard's router: #/ (flows), #/org/NAME, #/person/NAME, #/move/ID, #/search?q=TEXT.
import {clear, h} from './dom.js';
import {errorBox} from './widgets.js';
import {dashboardPage} from './pages/dashboard.js';
import {organizationPage} from './pages/organization.js';
import {personPage} from './pages/person.js';
import {movePage} from './pages/move.js';
import {searchPage} from './pages/search.js';
import {searchBox} from './search-box.js';
import {parseHash} from './router.js';

const main = document.getElementById('main');

let rendering = 0;

async function render() {
  const ticket = ++rendering;
  const {path, query} = parseHash(location.hash);
  const [page, ...rest] = path;
  const view = h('div', {class: 'page', 'aria-busy': 'true'});
  try {
    switch (page || '') {
      case '': case 'dashboard': await dashboardPage(view, query); break;
      case 'org': await organizationPage(view, rest.join('/')); break;
      case 'person': await personPage(view, rest.join('/')); break;
      case 'move': await movePage(view, rest[0]); break;
      case 'search': await searchPage(view, query.get('q') || ''); break;
      default: view.append(errorBox('There is no such page.'), homeLink());
    }
  } catch (e) {
    view.append(errorBox(e.status === 404 ? `Not found: ${e.message}` : `Something went wrong: ${e.message}`), homeLink());
  }
  if (ticket !== rendering) return; // a newer navigation has taken over
  view.removeAttribute('aria-busy');
  for (const chart of main.querySelectorAll('.chart')) chart.dispatchEvent(new Event('chart-dispose'));
  clear(main).appendChild(view);
  main.setAttribute('data-page', page || 'dashboard');
  for (const ready of view.querySelectorAll('[data-after-render]')) ready.dispatchEvent(new Event('after-render'));
  window.scrollTo(0, 0);
}

/** The way out of a page that is not there. */
function homeLink() {
  return h('p', {class: 'home-link'}, h('a', {href: '#/'}, '← Back to the dashboard'));
}

window.addEventListener('hashchange', render);
searchBox(document.getElementById('search'), document.getElementById('search-input'), document.getElementById('suggestions'));
render();
