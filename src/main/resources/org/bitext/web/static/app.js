// bitext lookup page. Every text from the server reaches the page through textContent or text nodes;
// highlight markup is built as DOM nodes from the offsets the API sends, never from HTML strings.
'use strict';
(() => {
  const PAGE_SIZE = 20;
  const FILTER_FETCH = 1000; // with a translation filter on, fetch this many hits and page locally
  const { $, el } = window.bitextDom;
  let state = { q: '', level: 'sentence', doc: '', from: '', to: '', t: '', page: 1 };
  let requestSeq = 0; // answers to superseded searches are dropped
  let lastHits = [];
  let lastLanguages = [];

  function readUrl() {
    const p = new URLSearchParams(location.search);
    const page = parseInt(p.get('page') || '1', 10);
    return {
      q: (p.get('q') || '').trim(),
      level: p.get('level') === 'paragraph' ? 'paragraph' : 'sentence',
      doc: p.get('doc') || '',
      from: isoDate(p.get('from')),
      to: isoDate(p.get('to')),
      t: p.get('t') || '',
      page: Number.isFinite(page) && page > 0 ? page : 1,
    };
  }

  // A date from the URL is kept only in the form a date input holds (yyyy-mm-dd); the server checks the rest.
  function isoDate(v) {
    return /^\d{4}-\d{2}-\d{2}$/.test(v || '') ? v : '';
  }

  function writeUrl(push) {
    const p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    if (state.level !== 'sentence') p.set('level', state.level);
    if (state.doc) p.set('doc', state.doc);
    if (state.from) p.set('from', state.from);
    if (state.to) p.set('to', state.to);
    if (state.t) p.set('t', state.t);
    if (state.page > 1) p.set('page', String(state.page));
    const url = p.toString() ? '?' + p.toString() : location.pathname;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    document.title = state.q ? state.q + ' · bitext' : 'bitext · bilingual concordance';
  }

  async function api(path, params) {
    const u = new URL(path, location.href);
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== '' && v !== null && v !== undefined) u.searchParams.set(k, String(v));
    }
    const r = await fetch(u, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) throw new Error((body && body.error) || ('the server answered ' + r.status));
    return body;
  }

  // Text with [start, end) UTF-16 offsets wrapped in <mark class=cls>, as DOM nodes.
  function marked(text, spans, cls) {
    const frag = document.createDocumentFragment();
    const sorted = (spans || [])
      .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))])
      .filter(([s, e]) => e > s)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let pos = 0;
    for (const [s, e] of sorted) {
      if (e <= pos) continue;
      const start = Math.max(s, pos);
      if (start > pos) frag.append(document.createTextNode(text.slice(pos, start)));
      frag.append(el('mark', { class: cls, text: text.slice(start, e) }));
      pos = e;
    }
    if (pos < text.length) frag.append(document.createTextNode(text.slice(pos)));
    return frag;
  }

  function setStatus(...nodes) {
    $('status').replaceChildren(...nodes);
  }

  function showError(message) {
    setStatus(el('span', { class: 'error', text: message }));
    $('translations-box').hidden = true;
    $('results').hidden = true;
    $('pager').hidden = true;
  }

  async function run() {
    $('q').value = state.q;
    $('level').value = state.level;
    $('doc').value = state.doc;
    $('from').value = state.from;
    $('to').value = state.to;
    $('export').hidden = true;
    const seq = ++requestSeq;
    if (!state.q) {
      $('results').hidden = true;
      $('pager').hidden = true;
      $('translations-box').hidden = true;
      $('terms-box').hidden = true;
      setStatus('Type a term in English or Chinese and press Enter.');
      return;
    }
    setStatus('Searching…');
    loadTerms(state.q, seq);
    const filtered = state.t !== '';
    let res;
    try {
      res = await api('api/search', {
        q: state.q, level: state.level, doc: state.doc, from: state.from, to: state.to,
        limit: filtered ? FILTER_FETCH : PAGE_SIZE,
        offset: filtered ? 0 : (state.page - 1) * PAGE_SIZE,
      });
    } catch (e) {
      if (seq === requestSeq) showError(e.message);
      return;
    }
    if (seq !== requestSeq) return;
    let hits = res.hits;
    let total = res.total;
    if (filtered) {
      hits = hits.filter((h) => h.spotted === state.t);
      total = hits.length;
      hits = hits.slice((state.page - 1) * PAGE_SIZE, state.page * PAGE_SIZE);
    }
    lastHits = hits;
    lastLanguages = res.queryLanguages;
    renderTranslations(res.translations, res.total);
    renderHits(hits);
    renderStatus(res, total, hits.length);
    renderPager(total);
    if (total > 0) {
      // The Export links ask the server for the hits shown as TMX or CSV (the same writers as the CLI).
      for (const f of ['tmx', 'csv']) {
        const u = new URL('api/search', location.href);
        for (const [k, v] of Object.entries({ q: state.q, level: state.level, doc: state.doc,
          from: state.from, to: state.to, format: f,
          limit: filtered ? FILTER_FETCH : PAGE_SIZE, offset: filtered ? 0 : (state.page - 1) * PAGE_SIZE })) {
          if (v !== '') u.searchParams.set(k, String(v));
        }
        $('export-' + f).href = u.toString();
      }
      $('export').hidden = false;
    }
  }

  function renderStatus(res, total, shown) {
    const parts = [];
    const from = (state.page - 1) * PAGE_SIZE + 1;
    if (total === 0) {
      parts.push('No ' + state.level + ' matches ', el('strong', { text: state.q }), '.');
    } else {
      parts.push(el('strong', { text: String(total) }), ' ' + state.level + (total === 1 ? '' : 's')
        + ' with ', el('strong', { text: state.q }));
      if (res.queryLanguages.length) parts.push(' (' + res.queryLanguages.join(', ') + ')');
      if (total > shown) parts.push(' · showing ' + from + '–' + (from + shown - 1));
    }
    if (state.t) {
      parts.push(el('span', { class: 'chip' }, 'translated as ' + state.t,
        el('button', { type: 'button', title: 'Show all translations', 'aria-label': 'Remove filter',
          text: '×', onclick: () => go({ t: '', page: 1 }) })));
    }
    if (state.doc) {
      parts.push(el('span', { class: 'chip' }, 'document ' + state.doc,
        el('button', { type: 'button', title: 'All documents', 'aria-label': 'Remove document filter',
          text: '×', onclick: () => go({ doc: '', page: 1 }) })));
    }
    if (state.from || state.to) {
      const range = state.from && state.to ? state.from + ' to ' + state.to
        : state.from ? 'from ' + state.from : 'up to ' + state.to;
      parts.push(el('span', { class: 'chip' }, 'dated ' + range,
        el('button', { type: 'button', title: 'Any date', 'aria-label': 'Remove date filter',
          text: '×', onclick: () => go({ from: '', to: '', page: 1 }) })));
    }
    setStatus(...parts);
  }

  function renderTranslations(translations, total) {
    const list = $('translations');
    list.replaceChildren();
    $('translations-box').hidden = translations.length === 0;
    const item = (label, count, value) => el('li', null, el('button', {
      type: 'button', class: 'filter', 'aria-pressed': String(state.t === value),
      'data-translation': value, onclick: () => go({ t: state.t === value ? '' : value, page: 1 }),
    }, el('span', { class: 'label', text: label }), el('span', { class: 'count', text: String(count) })));
    if (translations.length > 0) list.append(item('All', total, ''));
    for (const t of translations) list.append(item(t.text, t.count, t.text));
  }

  function hlClass(lang) {
    return lastLanguages.includes(lang) ? 'hl-q' : 'hl-t';
  }

  function renderHits(hits) {
    const body = $('hits');
    body.replaceChildren();
    for (const h of hits) {
      const conf = Math.round(h.confidence * 100);
      // The structural address ("art. 17 ¶2") when the paragraph has one, else its label ("¶9").
      const where = h.address ? h.address : '¶' + h.paragraph;
      const ref = (h.symbol ? h.symbol : h.document) + ' ' + where + (h.level === 'sentence' ? '.' + h.unit : '');
      body.append(el('tr', { class: 'hit' },
        el('td', { class: 'ref' },
          el('button', { type: 'button', class: 'ref-link', title: 'Show the whole paragraph pair',
            text: ref, onclick: () => openContext(h) }),
          el('span', { class: 'conf' + (conf < 50 ? ' low' : ''), title: 'Alignment confidence',
            text: conf + '% conf.' })),
        el('td', { class: 'en', lang: 'en' }, marked(h.en, h.enHighlights, hlClass('en'))),
        el('td', { class: 'zh', lang: 'zh-Hans' }, marked(h.zh, h.zhHighlights, hlClass('zh'))),
        el('td', { class: 'tools' }, el('button', { type: 'button', class: 'copy', text: 'Copy',
          title: 'Copy English and Chinese', onclick: (ev) => copyPair(h, ev.currentTarget) }))));
    }
    $('results').hidden = hits.length === 0;
  }

  function renderPager(total) {
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    $('pager').hidden = pages <= 1;
    $('page-info').textContent = 'Page ' + state.page + ' of ' + pages;
    $('prev').disabled = state.page <= 1;
    $('next').disabled = state.page >= pages;
  }

  async function loadTerms(q, seq) {
    let res;
    try { res = await api('api/terms', { q, limit: 10 }); } catch (e) { res = null; }
    if (seq !== requestSeq) return;
    const list = $('terms');
    list.replaceChildren();
    const terms = res ? res.terms : [];
    $('terms-box').hidden = terms.length === 0;
    for (const t of terms) {
      const other = /[\u3400-\u9fff]/.test(q) ? t.en : t.zh;
      list.append(el('li', null, el('button', { type: 'button', class: 'term', title: 'Search ' + other,
        onclick: () => go({ q: other, t: '', page: 1 }) },
      el('span', { lang: 'zh-Hans', text: t.zh }), ' ⇄ ', el('span', { lang: 'en', text: t.en }),
      el('span', { class: 'meta', text: ' · ' + t.kind + ', ' + t.frequency + '×' }))));
    }
  }

  let contextOpener = null; // focus goes back there when the dialog closes

  async function openContext(hit) {
    const dlg = $('context');
    if (dlg.hidden) contextOpener = document.activeElement;
    $('context-title').textContent = hit.document + ', paragraph ' + hit.paragraph;
    const body = $('context-units');
    body.replaceChildren(el('tr', null, el('td', { colspan: '3', text: 'Loading…' })));
    dlg.hidden = false;
    $('context-close').focus();
    let res;
    try {
      res = await api('api/pair/' + encodeURIComponent(hit.document) + '/' + encodeURIComponent(hit.paragraph));
    } catch (e) {
      body.replaceChildren(el('tr', null, el('td', { colspan: '3', class: 'error', text: e.message })));
      return;
    }
    body.replaceChildren();
    for (const u of res.units) {
      const current = hit.level === 'sentence' && u.unit === hit.unit && u.en === hit.en && u.zh === hit.zh;
      body.append(el('tr', { class: current ? 'current' : '' },
        el('td', { class: 'n', text: String(u.unit) }),
        el('td', { class: 'en', lang: 'en' }, current ? marked(u.en, hit.enHighlights, hlClass('en')) : u.en),
        el('td', { class: 'zh', lang: 'zh-Hans' },
          current ? marked(u.zh, hit.zhHighlights, hlClass('zh')) : u.zh)));
    }
  }

  function closeContext() {
    if ($('context').hidden) return;
    $('context').hidden = true;
    if (contextOpener && document.contains(contextOpener)) contextOpener.focus();
    contextOpener = null;
  }

  // Copies text and shows 'Copied' on the button (if any) for a moment, then `label` (default: the button's
  // text). tm.js, loaded after this file on the same page, uses it as window.bitextCopyText.
  async function copyText(text, button, label = button && button.textContent) {
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      // Clipboard API unavailable (e.g. not a secure context): fall back to a hidden selection.
      const area = el('textarea', { readonly: '' });
      area.value = text;
      area.className = 'offscreen';
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    if (button) {
      button.textContent = 'Copied';
      button.classList.add('done');
      setTimeout(() => { button.textContent = label; button.classList.remove('done'); }, 1200);
    }
  }
  window.bitextCopyText = copyText;

  function copyPair(h, button) {
    return copyText(h.en + '\n' + h.zh + '\n(' + h.document + ' ¶' + h.paragraph + ')', button, 'Copy');
  }

  function go(changes, replace) {
    state = Object.assign({}, state, changes);
    writeUrl(!replace);
    closeContext();
    run();
  }

  // Search as the translator types, once the input has settled (and never mid-IME composition, where the
  // box holds pinyin rather than the intended characters). Enter still searches at once.
  let typingTimer = 0;
  function scheduleLiveSearch() {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const q = $('q').value.trim();
      const enough = /[\u3400-\u9fff]/.test(q) ? q.length >= 1 : q.length >= 2;
      if (q !== state.q && enough) go({ q, level: $('level').value, t: '', page: 1 }, state.q !== '');
    }, 400);
  }

  // Each history step re-runs its search and starts at the top; the browser's restored offset would point
  // into the previous page's rows.
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

  document.addEventListener('DOMContentLoaded', () => {
    state = readUrl();
    writeUrl(false);
    $('q').addEventListener('input', (ev) => { if (!ev.isComposing) scheduleLiveSearch(); });
    $('q').addEventListener('compositionend', scheduleLiveSearch);
    $('search-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      clearTimeout(typingTimer);
      go({ q: $('q').value.trim(), level: $('level').value, doc: $('doc').value.trim(),
        from: $('from').value, to: $('to').value, t: '', page: 1 });
    });
    $('level').addEventListener('change', () => {
      if (state.q) go({ level: $('level').value, t: '', page: 1 });
    });
    $('prev').addEventListener('click', () => { go({ page: Math.max(1, state.page - 1) }); window.scrollTo(0, 0); });
    $('next').addEventListener('click', () => { go({ page: state.page + 1 }); window.scrollTo(0, 0); });
    $('context-close').addEventListener('click', closeContext);
    $('context').addEventListener('click', (ev) => { if (ev.target === $('context')) closeContext(); });
    document.addEventListener('keydown', (ev) => {
      const typing = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLTextAreaElement
        || ev.target instanceof HTMLSelectElement;
      if (ev.key === '/' && !typing) {
        ev.preventDefault();
        $('q').focus();
        $('q').select();
      } else if (ev.key === 'Escape' && !$('context').hidden) {
        ev.preventDefault();
        closeContext();
      }
    });
    window.addEventListener('popstate', () => { state = readUrl(); closeContext(); run(); window.scrollTo(0, 0); });
    run();
    if (!state.q) $('q').focus();
  });
})();
