// The dashboard: headline counts, the Sankey diagram of flows, the net-flow ranking and the latest moves, for a
// period and a level the user picks (kept in the address, so a link or Back shows the same picture).
import {append, clear, h} from '../dom.js';
import {getJson} from '../api.js';
import {setQuery} from '../router.js';
import {sankey} from '../charts.js';
import {orgLink, signed} from '../format.js';
import {card, downloads, empty, errorBox, figures, moveList, note} from '../widgets.js';

/** More bands than this make the diagram unreadable; the rest stay in the downloads. */
const MAX_FLOWS = 40;
const LATEST = 10;

export async function dashboardPage(view, query) {
  const since = query.get('since') || '';
  const until = query.get('until') || '';
  const level = query.get('level') === 'unit' ? 'unit' : 'parent';
  const weighted = query.get('weighted') === '1';
  const period = {since, until};
  const [stats, flows, net, latest] = await Promise.all([
    getJson('/api/stats'),
    getJson('/api/flows', {...period, level, limit: MAX_FLOWS}),
    getJson('/api/net', period),
    getJson('/api/moves', {...period, limit: LATEST}),
  ]);
  document.title = 'TalentFlow — who drains whom';
  append(view, 
    h('h1', {}, 'Talent flows'),
    h('p', {class: 'lede'},
      'Who left which organization for which, as reported in the news. In the diagram, each band runs from the ',
      'organization people left (left column) to the one they joined (right column); the wider the band, the more ',
      'people. Click an organization to open its page, or a band to read the moves and the articles behind it.'),
    figures([[stats.documents, 'articles read'], [stats.moves, 'moves found'], [stats.people, 'people'],
      [stats.evidence, 'evidence sentences']]),
    filters(since, until, level, weighted),
    flowCard(flows, period, level),
    h('div', {class: 'columns'}, netCard(net.organizations, weighted, period, level), latestCard(latest.moves, period)));
}

function periodText(since, until) {
  if (!since && !until) return 'all time';
  if (since && until) return `${since} to ${until}`;
  return since ? `since ${since}` : `until ${until}`;
}

/** Month inputs show a year as its first or last month. */
function asMonth(value, start) {
  if (/^\d{4}$/.test(value)) return `${value}-${start ? '01' : '12'}`;
  return value.slice(0, 7);
}

function filters(since, until, level, weighted) {
  const from = h('input', {type: 'month', id: 'since', name: 'since', value: asMonth(since, true)});
  const to = h('input', {type: 'month', id: 'until', name: 'until', value: asMonth(until, false)});
  const levelChoice = (value, label) => h('label', {class: 'choice'},
    h('input', {type: 'radio', name: 'level', value, checked: level === value}), ' ', label);
  const apply = () => setQuery({
    since: from.value, until: to.value,
    level: form.querySelector('input[name=level]:checked').value === 'unit' ? 'unit' : '',
    weighted: weighted ? '1' : '',
  });
  const form = h('form', {class: 'filters', id: 'filters', onchange: apply, onsubmit: (e) => {
    e.preventDefault();
    apply();
  }},
    h('div', {class: 'filter'}, h('label', {for: 'since'}, 'From'), from),
    h('div', {class: 'filter'}, h('label', {for: 'until'}, 'To'), to),
    h('div', {class: 'filter', role: 'radiogroup', 'aria-label': 'Level'},
      h('span', {class: 'filter-label'}, 'Count between'),
      levelChoice('parent', 'companies'), levelChoice('unit', 'their units (labs, teams)')),
    h('a', {class: 'reset', href: '#/'}, 'Show all time'));
  return form;
}

function flowCard(flows, period, level) {
  const chartEl = h('div', {class: 'chart sankey', id: 'sankey', 'data-after-render': true, role: 'img',
    'aria-label': 'Sankey diagram of talent flows between organizations'});
  const panel = h('div', {class: 'flow-panel', id: 'flow-panel', 'aria-live': 'polite'});
  const shown = flows.flows;
  chartEl.addEventListener('after-render', () => {
    if (!shown.length) return;
    sankey(chartEl, shown, {
      onOrg: (name) => {
        location.hash = `#/org/${encodeURIComponent(name)}`;
      },
      onFlow: (flow) => showFlow(panel, flow, period, level),
    });
  });
  const legend = h('div', {class: 'sankey-legend'}, h('span', {}, 'Organizations people left'),
    h('span', {}, 'Organizations they joined'));
  return card(`Flows between ${level === 'unit' ? 'units' : 'companies'}, ${periodText(period.since, period.until)}`,
    shown.length ? [legend, chartEl] : empty('No moves with both ends known in this period. Try “Show all time”.'),
    flows.more ? note(`Showing the ${shown.length} largest flows; the downloads hold them all.`) : null,
    panel,
    downloads('Download these flows', 'flows', ['csv', 'json', 'graphml'], {...period, level: level === 'unit' ? 'unit' : ''}));
}

async function showFlow(panel, flow, period, level) {
  clear(panel).appendChild(h('p', {class: 'loading'}, 'Loading…'));
  try {
    const found = await getJson('/api/flows/moves', {from: flow.from, to: flow.to, ...period, level, limit: 50});
    append(clear(panel), 
      h('h3', {}, orgLink(flow.from), ' → ', orgLink(flow.to), `: ${flow.moves === 1 ? '1 person' : `${flow.moves} people`}`),
      moveList(found.moves, {withEvidence: true}));
  } catch (e) {
    clear(panel).appendChild(errorBox(e.message));
  }
}

function netCard(organizations, weighted, period, level) {
  const score = (o) => weighted ? o.weightedArrivals - o.weightedDepartures : o.arrivals - o.departures;
  const arrivals = (o) => weighted ? o.weightedArrivals : o.arrivals;
  const departures = (o) => weighted ? o.weightedDepartures : o.departures;
  const ranked = [...organizations].sort((a, b) => score(b) - score(a) || arrivals(b) - arrivals(a)
    || a.organization.localeCompare(b.organization));
  const shown = ranked.length <= 24 ? ranked : [...ranked.slice(0, 12), null, ...ranked.slice(-12)];
  const scale = Math.max(1, ...ranked.map((o) => Math.abs(score(o))));
  const toggle = (on, label) => h('a', {
    class: on === weighted ? 'toggle on' : 'toggle', href: '#', 'aria-pressed': String(on === weighted),
    onclick: (e) => {
      e.preventDefault();
      setQuery({...period, level: level === 'unit' ? 'unit' : '', weighted: on ? '1' : ''});
    },
  }, label);
  const row = (o) => {
    if (o === null) return h('tr', {class: 'gap'}, h('td', {colspan: 4}, '…'));
    const net = score(o);
    const bar = h('div', {class: net >= 0 ? 'bar gain' : 'bar loss'});
    bar.style.width = `${Math.round((Math.abs(net) / scale) * 100)}%`;
    // A diverging bar: losses grow left from the middle line, gains right.
    return h('tr', {},
      h('td', {class: 'name'}, orgLink(o.organization)),
      h('td', {class: 'num in'}, arrivals(o) ? `+${arrivals(o)}` : '0'),
      h('td', {class: 'num out'}, departures(o) ? `−${departures(o)}` : '0'),
      h('td', {class: 'net'},
        h('div', {class: 'diverge'}, h('div', {class: 'half neg'}, net < 0 ? bar : null),
          h('div', {class: 'half pos'}, net > 0 ? bar : null)),
        h('span', {class: net > 0 ? 'num gain' : net < 0 ? 'num loss' : 'num'}, signed(net))));
  };
  return card('Net talent flow',
    h('div', {class: 'toggles'}, toggle(false, 'People'), toggle(true, 'Weighted by seniority')),
    note(weighted
      ? 'Arrivals minus departures, each move weighted by seniority: chief officers and founders 5, vice presidents 4, heads and directors 3, leads and senior staff 2, everyone else 1.'
      : 'Arrivals minus departures per organization (units count for their company): who gains talent at the top, who drains at the bottom.'),
    ranked.length ? h('table', {class: 'ranking', id: 'net-ranking'},
      h('thead', {}, h('tr', {}, h('th', {}, 'Organization'), h('th', {class: 'num'}, 'In'), h('th', {class: 'num'}, 'Out'),
        h('th', {}, 'Net'))),
      h('tbody', {}, shown.map(row))) : empty('No moves in this period.'));
}

function latestCard(moves, period) {
  const list = h('div', {id: 'latest'}, moveList(moves));
  let offset = moves.length;
  const more = h('button', {type: 'button', class: 'more', onclick: async () => {
    more.disabled = true;
    try {
      const page = await getJson('/api/moves', {...period, limit: LATEST, offset});
      offset += page.moves.length;
      const items = list.querySelector('ul.moves');
      if (items) for (const li of [...moveList(page.moves).children]) items.appendChild(li);
      more.disabled = page.moves.length < LATEST;
      if (more.disabled) more.textContent = 'No more moves';
    } catch (e) {
      list.appendChild(errorBox(e.message));
    }
  }}, 'More moves');
  return card('Latest moves',
    note('Newest first. A move dated only by its article shows the date it was reported.'),
    list, moves.length === LATEST ? more : null,
    downloads('Download these moves', 'moves', ['csv', 'json', 'jsonl'], period));
}
