// An organization: who arrived and who left (its units included), where they went and came from, per quarter,
// and the startups its alumni founded.
import {append, h} from '../dom.js';
import {getJson, segment} from '../api.js';
import {trend} from '../charts.js';
import {orgLink, percent, personLink, signed} from '../format.js';
import {card, downloads, empty, figures, moveList, note} from '../widgets.js';

export async function organizationPage(view, name) {
  const data = await getJson(`/api/orgs/${segment(name)}`);
  const orgView = data.organization;
  const org = orgView.organization;
  document.title = `${org.name} — TalentFlow`;
  // The page holds the latest moves of each list; the totals count them all.
  const departures = orgView.departures.moves;
  const arrivals = orgView.arrivals.moves;
  const net = orgView.arrivals.total - orgView.departures.total;
  append(view, 
    h('p', {class: 'crumbs'}, h('a', {href: '#/'}, 'Dashboard'), ' › organization'),
    h('h1', {}, org.name),
    h('p', {class: 'facts'}, factLine(org)),
    figures([[orgView.arrivals.total, 'arrivals'], [orgView.departures.total, 'departures'],
      [signed(net), 'net', net >= 0 ? 'gain' : 'loss'], [data.alumniStartups.length, 'alumni startups']]),
    h('p', {class: 'lede'}, `Everyone reported joining or leaving ${org.name}`,
      orgView.units.length ? ' or one of its units' : '', ', all time. Each move links to the articles that reported it.'),
    trendCard(data.quarterly, data.yearOnly),
    h('div', {class: 'columns'},
      rankedCard('Where its people went', data.destinations, 'No departures to a named organization.', 'went'),
      rankedCard('Where its arrivals came from', data.sources, 'No arrivals from a named organization.', 'came')),
    startupsCard(org, data.alumniStartups, data.homeCity),
    h('div', {class: 'columns'},
      card(`Departures (${orgView.departures.total})`, h('div', {id: 'departures'}, moveList(departures)),
        latestOf(departures, orgView.departures.total)),
      card(`Arrivals (${orgView.arrivals.total})`, h('div', {id: 'arrivals'}, moveList(arrivals)),
        latestOf(arrivals, orgView.arrivals.total))),
    orgView.units.length ? card('Units', h('ul', {class: 'units'}, orgView.units.map((u) => h('li', {}, orgLink(u))))) : null,
    downloads(`Download the moves of ${org.name}`, 'moves', ['csv', 'json', 'jsonl'], {org: org.name, limit: 10000}));
}

function latestOf(shown, total) {
  return total > shown.length ? note(`The latest ${shown.length} of ${total}; the download below holds them all.`) : null;
}

function factLine(org) {
  const parts = [];
  parts.push(h('span', {class: 'badge kind'}, String(org.kind || 'organization').toLowerCase()));
  if (org.parent) parts.push(' unit of ', orgLink(org.parent));
  if (org.city) parts.push(` · based in ${org.city}`);
  if (org.ticker) parts.push(` · ${org.ticker}`);
  if (org.aliases && org.aliases.length) parts.push(` · also called ${org.aliases.join(', ')}`);
  return parts;
}

// Moves dated only by a year get a bar of their own before the year's quarters ("2024 (year only)"), paler: put in
// the first quarter they would claim a January no article said, and spread over four they would be fractions.
function trendCard(quarters, yearOnly) {
  if (!quarters.length && !yearOnly.length) return card('Arrivals and departures per quarter', empty('No dated moves.'));
  const el = h('div', {class: 'chart trend', id: 'trend', 'data-after-render': true, role: 'img',
    'aria-label': 'Bar chart of arrivals and departures per quarter'});
  el.addEventListener('after-render', () => trend(el, quarters, yearOnly));
  return card('Arrivals and departures per quarter', el,
    yearOnly.length ? note('Moves dated only by their year are shown apart, as “YEAR (year only)”, not in a quarter.') : null);
}

function rankedCard(title, ranked, none, verb) {
  if (!ranked.length) return card(title, empty(none));
  return card(title, h('table', {class: 'ranked'},
    h('thead', {}, h('tr', {}, h('th', {}, 'Organization'), h('th', {class: 'num'}, 'People'), h('th', {}, 'Who'))),
    h('tbody', {}, ranked.map((r) => h('tr', {},
      h('td', {class: 'name'}, orgLink(r.organization)),
      h('td', {class: 'num'}, String(r.moves)),
      h('td', {class: 'people'}, r.people.flatMap((p, i) => i ? [', ', personLink(p)] : [personLink(p)])))))),
  note(verb === 'went' ? 'Moves out of the organization, grouped by where they went.' : 'Moves in, grouped by where they came from.'));
}

function startupsCard(org, startups, home) {
  if (!startups.length) return card('Alumni startups', empty(`No startups founded by people who left ${org.name}.`));
  let share = null;
  if (home && home.city && home.withCity > 0) {
    share = note(`${home.inCity} of ${home.withCity} alumni startups with a known city are in ${home.city}, `
      + `${org.name}'s home city (${percent(home.inCity / home.withCity)}).`);
  } else if (home && home.city) {
    share = note(`None of these startups has a known city yet, so the share in ${home.city} cannot be told.`);
  }
  return card('Alumni startups',
    share,
    h('table', {class: 'startups', id: 'startups'},
      h('thead', {}, h('tr', {}, h('th', {}, 'Startup'), h('th', {}, 'Founder'), h('th', {}, 'City'), h('th', {}, 'When'))),
      h('tbody', {}, startups.map((s) => h('tr', {},
        h('td', {}, orgLink(s.startup)), h('td', {}, personLink(s.founder)),
        h('td', {class: s.city && home && s.city === home.city ? 'home' : ''}, s.city || '—'), h('td', {}, s.date || '—'))))));
}
