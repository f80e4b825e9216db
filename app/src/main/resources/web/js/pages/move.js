// One move and its evidence: every sentence that reported it, marked in its article's text, with the source.
import {append, h, httpUrl} from '../dom.js';
import {getJson} from '../api.js';
import {markedText} from '../evidence.js';
import {confidenceBadge, KIND_NAMES, kindOf, orgWithUnit, personLink, whatHappened, whenOf} from '../format.js';
import {card, errorBox, note} from '../widgets.js';

export async function movePage(view, id) {
  if (!/^\d+$/.test(id || '')) {
    view.appendChild(errorBox('A move is opened by its number, like #/move/12.'));
    return;
  }
  const move = await getJson(`/api/moves/${id}`);
  document.title = `${move.person}: ${KIND_NAMES[kindOf(move)] || kindOf(move)} — TalentFlow`;
  const byArticle = new Map();
  for (const e of move.evidence) {
    if (!byArticle.has(e.documentId)) byArticle.set(e.documentId, []);
    byArticle.get(e.documentId).push(e);
  }
  const articles = await Promise.all([...byArticle.keys()].map((docId) => getJson(`/api/articles/${docId}`)));
  append(view, 
    h('p', {class: 'crumbs'}, h('a', {href: '#/'}, 'Dashboard'), ' › move'),
    h('h1', {}, personLink(move.person, move.personPinyin), ' ', whatHappened(move)),
    h('dl', {class: 'move-facts'},
      fact('Person', personLink(move.person, move.personPinyin)),
      fact('What', KIND_NAMES[kindOf(move)] || kindOf(move)),
      fact('From', orgWithUnit(move.fromOrganization, move.fromUnit) || '—'),
      fact('To', orgWithUnit(move.toOrganization, move.toUnit) || '—'),
      fact('Role', move.role || '—'),
      fact('When', whenOf(move)),
      fact('Confidence', confidenceBadge(move.confidence)),
      fact('Reported by', `${byArticle.size === 1 ? '1 article' : `${byArticle.size} articles`}, `
        + `${move.evidence.length === 1 ? '1 sentence' : `${move.evidence.length} sentences`}`)),
    h('h2', {class: 'section'}, 'Evidence'),
    note('Each article that reported this move, with the sentences that reported it highlighted in its text.'),
    articles.map((article) => articleCard(article, byArticle.get(article.id))));
  // Once on the page, each article scrolls to its first marked sentence.
  for (const el of view.querySelectorAll('.article-text')) {
    el.setAttribute('data-after-render', 'true');
    el.addEventListener('after-render', () => {
      const mark = el.querySelector('mark');
      if (mark) el.scrollTop = Math.max(0, mark.offsetTop - el.clientHeight / 3);
    });
  }
}

function fact(label, value) {
  return [h('dt', {}, label), h('dd', {}, value)];
}

function articleCard(article, evidence) {
  const url = httpUrl(article.url);
  const {fragment, missing} = markedText(article.text, evidence.map((e) => ({start: e.start, end: e.end, sentence: e.sentence})));
  const text = h('div', {class: 'article-text', tabindex: '0'});
  text.appendChild(fragment);
  return card(null,
    h('h3', {class: 'article-title'}, article.title || article.name),
    h('p', {class: 'article-meta'},
      article.published ? `Published ${article.published}` : 'Publication date unknown',
      ' · ', h('span', {class: 'doc-name'}, article.name), ' · ',
      url ? h('a', {href: url, class: 'source-link', rel: 'noopener noreferrer nofollow', target: '_blank'}, 'Read the source ↗')
          : h('span', {class: 'no-link'}, article.url ? `source: ${article.url}` : 'no source link')),
    missing.length ? [note('This sentence could not be located in the stored text of the article:'),
      missing.map((e) => h('blockquote', {class: 'sentence-quote'}, e.sentence))] : null,
    text);
}
