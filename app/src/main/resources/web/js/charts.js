// ECharts, loaded by index.html from the app itself (/vendor/echarts). Charts draw as SVG, so every node is an
// element of the page; their labels are SVG text, and tooltips are built from DOM nodes, never from HTML strings.
import {h} from './dom.js';

const PALETTE = ['#2f6fdf', '#e8772e', '#2a9d6f', '#c2417c', '#7a5bd6', '#c9a227', '#1f9bb5', '#d2493f',
  '#5d7a2e', '#8a5a44', '#4a5bb0', '#b5519b'];

function colorOf(name) {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

function chartIn(el, height) {
  el.style.height = `${height}px`;
  const existing = window.echarts.getInstanceByDom(el);
  if (existing) existing.dispose();
  const chart = window.echarts.init(el, null, {renderer: 'svg'});
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  chart.on('finished', () => el.setAttribute('data-rendered', 'true'));
  el.addEventListener('chart-dispose', () => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  });
  return chart;
}

/**
 * The flows as a Sankey diagram: organizations people left on the left, the ones they joined on the right (two
 * columns, so flows both ways between two organizations still draw). onOrg(name) on a node click, onFlow(flow)
 * on a band click.
 */
export function sankey(el, flows, {onOrg, onFlow}) {
  const left = new Map();
  const right = new Map();
  for (const f of flows) {
    left.set(f.from, (left.get(f.from) || 0) + f.moves);
    right.set(f.to, (right.get(f.to) || 0) + f.moves);
  }
  const node = (side, org) => ({
    name: `${side}:${org}`, org, side, depth: side === 'from' ? 0 : 1,
    itemStyle: {color: colorOf(org)},
  });
  const data = [...[...left.keys()].map((org) => node('from', org)), ...[...right.keys()].map((org) => node('to', org))];
  const links = flows.map((f) => ({source: `from:${f.from}`, target: `to:${f.to}`, value: f.moves, flow: f}));
  const rows = Math.max(left.size, right.size);
  const chart = chartIn(el, Math.max(260, Math.min(1400, rows * 34 + 40)));
  chart.setOption({
    animation: false,
    tooltip: {
      trigger: 'item', confine: true,
      formatter: (p) => p.dataType === 'edge' ? flowTip(p.data.flow) : orgTip(p.data, left, right),
    },
    series: [{
      type: 'sankey', left: 8, right: 8, top: 10, bottom: 10, nodeWidth: 14, nodeGap: 10, draggable: false,
      layoutIterations: 32, data, links,
      emphasis: {focus: 'adjacency'},
      lineStyle: {color: 'source', opacity: 0.35, curveness: 0.5},
      label: {
        formatter: (p) => p.data.org, color: '#1d2433', fontSize: 12,
      },
      levels: [
        {depth: 0, label: {position: 'right'}},
        {depth: 1, label: {position: 'left'}},
      ],
    }],
  });
  chart.on('click', (p) => {
    if (p.dataType === 'node' && onOrg) onOrg(p.data.org);
    if (p.dataType === 'edge' && onFlow) onFlow(p.data.flow);
  });
  return chart;
}

function flowTip(flow) {
  return h('div', {class: 'tip'},
    h('strong', {}, `${flow.from} → ${flow.to}`),
    h('div', {}, flow.moves === 1 ? '1 person' : `${flow.moves} people`),
    h('div', {class: 'tip-people'}, flow.people.slice(0, 12).join(', '), flow.people.length > 12 ? ', …' : ''),
    h('div', {class: 'tip-hint'}, 'Click to see these moves and their evidence'));
}

function orgTip(data, left, right) {
  const n = data.side === 'from' ? left.get(data.org) : right.get(data.org);
  return h('div', {class: 'tip'},
    h('strong', {}, data.org),
    h('div', {}, data.side === 'from' ? `${n} left` : `${n} joined`),
    h('div', {class: 'tip-hint'}, 'Click to open its page'));
}

/** Arrivals up, departures down, per quarter; a year's moves dated only by the year as a pale bar before its quarters. */
export function trend(el, quarters, yearOnly = []) {
  const chart = chartIn(el, 260);
  const bars = [...quarters, ...yearOnly.map((y) => ({...y, quarter: 0}))]
    .sort((a, b) => a.year - b.year || a.quarter - b.quarter);
  const labels = bars.map((b) => (b.quarter ? `${b.year}-Q${b.quarter}` : `${b.year} (year only)`));
  const value = (b, v) => (b.quarter ? v : {value: v, itemStyle: {opacity: 0.45}});
  chart.setOption({
    animation: false,
    grid: {left: 40, right: 16, top: 30, bottom: 30},
    legend: {data: ['Arrivals', 'Departures'], top: 0},
    tooltip: {trigger: 'axis', formatter: (items) => h('div', {class: 'tip'},
      h('strong', {}, items[0].axisValue),
      items.map((i) => h('div', {}, `${i.seriesName}: ${Math.abs(i.value)}`)))},
    xAxis: {type: 'category', data: labels},
    yAxis: {type: 'value', minInterval: 1, axisLabel: {formatter: (v) => String(Math.abs(v))}},
    series: [
      {name: 'Arrivals', type: 'bar', stack: 'flow', barMaxWidth: 48, data: bars.map((b) => value(b, b.arrivals)), itemStyle: {color: '#2a9d6f'}},
      {name: 'Departures', type: 'bar', stack: 'flow', barMaxWidth: 48, data: bars.map((b) => value(b, -b.departures)), itemStyle: {color: '#d2493f'}},
    ],
  });
  return chart;
}
