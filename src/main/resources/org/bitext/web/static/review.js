// bitext term review page: lists the term table's pairs with the terminologist's decisions; accept, reject
// or edit a pair (its Chinese and/or English boundaries). Decisions are POSTed as JSON to /api/review and
// applied by the next `bitext terms` run. Server text reaches the page through textContent only.
'use strict';
(() => {
  const { $, el } = window.bitextDom;
  let pairs = [];

  function say(text, error) {
    $('rv-status-line').textContent = text;
    $('rv-status-line').className = error ? 'error' : '';
  }

  async function api(url, body) {
    const init = body === undefined ? {} : {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    const r = await fetch(url, init);
    const json = await r.json().catch(() => ({ error: 'HTTP ' + r.status }));
    if (!r.ok) throw new Error(json.error || ('HTTP ' + r.status));
    return json;
  }

  async function load() {
    try {
      const json = await api('api/review');
      if (!json.available && json.pairs.length === 0) {
        say('No term table yet: run "bitext terms --index DIR" first.');
        return;
      }
      pairs = json.pairs;
      render();
    } catch (e) {
      say('Could not load the term pairs: ' + e.message, true);
    }
  }

  function visible() {
    const q = $('rv-q').value.trim().toLowerCase();
    const status = $('rv-status').value;
    const kind = $('rv-kind').value;
    const out = pairs.filter((p) =>
      (!q || p.zh.includes(q) || p.en.toLowerCase().includes(q)
        || (p.keptZh || '').includes(q) || (p.keptEn || '').toLowerCase().includes(q))
      && (!status || (status === 'open' ? !p.status : p.status === status))
      && (!kind || p.kind === kind));
    const sort = $('rv-sort').value;
    const byRank = (a, b) => (a.rank || 1e9) - (b.rank || 1e9);
    const cmp = {
      rank: byRank,
      frequency: (a, b) => b.frequency - a.frequency || byRank(a, b),
      zh: (a, b) => a.zh.localeCompare(b.zh, 'zh'),
      en: (a, b) => a.en.localeCompare(b.en, 'en', { sensitivity: 'base' }),
    }[sort];
    return out.sort(cmp);
  }

  function render() {
    const rows = visible();
    const body = $('rv-pairs');
    body.replaceChildren(...rows.map(row));
    $('rv-table').hidden = rows.length === 0;
    const done = pairs.filter((p) => p.status).length;
    say(rows.length + ' of ' + pairs.length + ' pairs shown · ' + done + ' reviewed');
  }

  function side(text, kept, cls) {
    const td = el('td', { class: cls, text: kept || text });
    if (kept && kept !== text) td.append(el('span', { class: 'rv-was', text: 'was: ' + text }));
    return td;
  }

  function row(p) {
    const tr = el('tr', { class: p.status || 'open', 'data-zh': p.zh, 'data-en': p.en });
    const actions = el('td', { class: 'actions' },
      el('button', { type: 'button', class: 'accept', text: 'Accept', onclick: () => decide(p, 'accepted') }),
      el('button', { type: 'button', class: 'reject', text: 'Reject', onclick: () => decide(p, 'rejected') }),
      el('button', { type: 'button', class: 'edit', text: 'Edit', onclick: () => edit(tr, p) }),
      el('button', { type: 'button', class: 'context', text: 'Contexts', onclick: () => contexts(p) }));
    tr.append(el('td', { class: 'num', text: p.rank ? String(p.rank) : '–' }),
      side(p.zh, p.keptZh, 'zh'), side(p.en, p.keptEn, 'en'),
      el('td', { text: p.kind }), el('td', { class: 'num', text: String(p.frequency) }),
      el('td', { class: 'num', text: p.confidence.toFixed(2) }),
      el('td', { class: 'decision', text: p.status || '' }), actions);
    return tr;
  }

  function edit(tr, p) {
    const zh = el('input', { class: 'edit zh-edit', value: p.keptZh || p.zh, 'aria-label': 'Chinese term' });
    const en = el('input', { class: 'edit en-edit', value: p.keptEn || p.en, 'aria-label': 'English term' });
    const save = el('button', { type: 'button', class: 'save', text: 'Save', onclick: () => {
      decide(p, 'edited', zh.value.trim(), en.value.trim());
    } });
    const cancel = el('button', { type: 'button', text: 'Cancel', onclick: render });
    tr.children[1].replaceChildren(zh);
    tr.children[2].replaceChildren(en);
    tr.lastChild.replaceChildren(save, cancel);
    zh.focus();
  }

  async function decide(p, status, newZh, newEn) {
    const listedZh = p.listedZh || p.zh;
    const listedEn = p.listedEn || p.en;
    const body = { status, zh: listedZh, en: listedEn };
    if (status === 'edited') {
      if (!newZh || !newEn) { say('Both sides of an edited pair must be filled in.', true); return; }
      body.newZh = newZh;
      body.newEn = newEn;
    }
    try {
      const json = await api('api/review', body);
      Object.assign(p, { status: json.saved.status, keptZh: json.saved.zh, keptEn: json.saved.en,
        listedZh: json.saved.listedZh, listedEn: json.saved.listedEn });
      render();
      say('Saved: ' + json.saved.status + ' ' + json.saved.zh + ' ⇄ ' + json.saved.en
        + ' (' + json.decisions + ' decisions; the next "bitext terms" run applies them)');
    } catch (e) {
      say('Not saved: ' + e.message, true);
    }
  }

  async function contexts(p) {
    $('rv-context-title').textContent = 'Contexts of ' + p.zh + ' ⇄ ' + p.en;
    const tbody = $('rv-context-units');
    tbody.replaceChildren();
    $('rv-context').hidden = false;
    document.querySelector('.rv-main').classList.add('ctx');
    if (p.examples.length === 0) {
      tbody.append(el('tr', {}, el('td', { colspan: '3', text: 'No example units stored for this pair.' })));
      return;
    }
    for (const ex of p.examples) {
      const cut = ex.lastIndexOf(':');
      const doc = ex.slice(0, cut);
      const para = ex.slice(cut + 1);
      try {
        const json = await api('api/pair/' + encodeURIComponent(doc) + '/' + encodeURIComponent(para));
        for (const u of json.units) {
          const show = u.zh.includes(p.keptZh || p.zh) || u.en.toLowerCase().includes((p.keptEn || p.en).toLowerCase());
          if (show || json.units.length === 1) {
            tbody.append(el('tr', {}, el('td', { text: doc + ' ' + para }), el('td', { text: u.en }),
              el('td', { class: 'zh', text: u.zh })));
          }
        }
      } catch (e) {
        tbody.append(el('tr', {}, el('td', { colspan: '3', text: ex + ': ' + e.message })));
      }
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('rv-form').addEventListener('submit', (ev) => { ev.preventDefault(); render(); });
    for (const id of ['rv-q', 'rv-status', 'rv-kind', 'rv-sort']) {
      $(id).addEventListener(id === 'rv-q' ? 'input' : 'change', render);
    }
    load();
  });
})();
