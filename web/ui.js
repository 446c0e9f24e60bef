// Pieces shared by the views: headings, messages, selects, tables.
import { h } from './dom.js';

export function title(text, ...extra) {
  document.title = `${text} · 开发区工作报告数据看板`;
  return h('h1', null, text, ...extra);
}

export function loading() {
  return h('p', { class: 'muted', role: 'status' }, '正在加载…');
}

export function errorBox(err) {
  const detail = err && err.status ? `（HTTP ${err.status}：${err.message}）` : `（${err && err.message}）`;
  return h('p', { class: 'error', role: 'alert' }, '数据加载失败，请稍后重试。', detail);
}

// <label>text <select name=…> with [value, label] options.
export function select(name, label, options, value) {
  const id = `f-${name}`;
  return h(
    'label',
    { for: id, class: 'field' },
    h('span', null, label),
    h(
      'select',
      { id, name },
      options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, text)),
    ),
  );
}

export function input(name, label, value, attrs) {
  const id = `f-${name}`;
  return h(
    'label',
    { for: id, class: 'field' },
    h('span', null, label),
    h('input', { id, name, value: value ?? '', ...attrs }),
  );
}

// A table in a scrolling wrapper (phones): head is a list of cells.
export function table(caption, head, rows, attrs) {
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      attrs,
      h('caption', null, caption),
      h('thead', null, h('tr', null, head)),
      h('tbody', null, rows),
    ),
  );
}

export const KIND_TEXT = { result: '结果', target: '目标' };
export const NOTE_TEXT = {
  no_base: '无基期数据',
  incompatible_unit: '单位不可比',
  growth_only: '仅有增速',
};
