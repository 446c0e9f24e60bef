// The dashboard's entry: hash routes → views. Every view fills <main>; a
// failed request shows a message there, never a half page.
import { h } from './dom.js';
import { comparePage } from './compare.js';
import { indicatorPage, indicatorsPage } from './indicators.js';
import { metricsPage } from './metrics.js';
import { orgPage, overview } from './overview.js';
import { reportPage, searchPage } from './report.js';
import { errorBox, title } from './ui.js';

const routes = [
  [/^$/, overview, 'overview'],
  [/^org$/, orgPage, 'overview'],
  [/^report\/(\d+)$/, reportPage, 'overview'],
  [/^search$/, searchPage, 'search'],
  [/^metrics$/, metricsPage, 'metrics'],
  [/^compare$/, comparePage, 'compare'],
  [/^indicators$/, indicatorsPage, 'indicators'],
  [/^indicator\/(\d+)$/, indicatorPage, 'indicators'],
];

let generation = 0;

async function render() {
  const view = document.getElementById('view');
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const params = new URLSearchParams(query);
  const mine = ++generation;
  // A view that finishes after the reader moved on must not draw.
  const nodes = (c) => c.flat(Infinity).filter((x) => x !== null && x !== undefined && x !== false);
  const guard = {
    replaceChildren: (...c) => mine === generation && view.replaceChildren(...nodes(c)),
    append: (...c) => mine === generation && view.append(...nodes(c)),
    querySelector: (s) => view.querySelector(s),
  };
  const found = routes.find(([re]) => re.test(path));
  for (const a of document.querySelectorAll('.nav a')) a.toggleAttribute('aria-current', found && a.dataset.nav === found[2]);
  document.body.dataset.route = found ? found[2] : 'none';
  view.dataset.ready = 'false';
  try {
    if (!found) {
      guard.replaceChildren(title('未找到页面'), h('p', null, h('a', { href: '#/' }, '返回概览')));
    } else {
      await found[1](guard, params, ...path.match(found[0]).slice(1));
    }
  } catch (err) {
    guard.replaceChildren(title('出错了'), errorBox(err));
  }
  if (mine === generation) {
    view.dataset.ready = 'true';
    if (document.activeElement === document.body || !view.contains(document.activeElement)) {
      if (render.moved) view.focus({ preventScroll: false });
    }
  }
}

window.addEventListener('hashchange', () => {
  render.moved = true;
  render();
});
render();
