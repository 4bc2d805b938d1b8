// bitext page, part two: the Translation memory mode (paste a text, get matches with their %, the
// differences marked, one click to copy the translation), keyboard use of both modes (walk the hits, open
// the context, copy, a help overlay, Tab kept inside dialogs). Text from the server reaches the page only
// through textContent and text nodes; marks are built as DOM nodes from the offsets the API sends.
'use strict';
(() => {
  const { $, el } = window.bitextDom;
  const startInTm = location.hash === '#tm'; // read before app.js rewrites the URL
  let tmSeq = 0;
  let overlayOpener = null;

  const isTm = () => !$('tm').hidden;

  function setMode(tm) {
    $('tm').hidden = !tm;
    document.querySelector('main').hidden = tm;
    $('search-form').hidden = tm;
    $('mode-tm').setAttribute('aria-pressed', String(tm));
    $('mode-search').setAttribute('aria-pressed', String(!tm));
    history.replaceState(null, '', location.pathname + location.search + (tm ? '#tm' : ''));
    (tm ? $('tm-text') : $('q')).focus();
  }

  function lookupUrl(format) {
    const u = new URL('api/lookup', location.href);
    u.searchParams.set('q', $('tm-text').value.trim());
    u.searchParams.set('min', $('tm-min').value || '70');
    u.searchParams.set('level', $('tm-level').value);
    if (format) u.searchParams.set('format', format);
    return u;
  }

  async function lookup() {
    const text = $('tm-text').value.trim();
    const seq = ++tmSeq;
    $('tm-matches').replaceChildren();
    $('tm-export').hidden = true;
    if (!text) {
      $('tm-status').textContent = 'Paste a sentence or a paragraph in English or Chinese.';
      return;
    }
    $('tm-status').textContent = 'Looking up…';
    let res;
    try {
      const r = await fetch(lookupUrl(''), { headers: { Accept: 'application/json' } });
      let body = null;
      try { body = await r.json(); } catch (e) { body = null; }
      if (!r.ok) throw new Error((body && body.error) || ('the server answered ' + r.status));
      res = body;
    } catch (e) {
      if (seq === tmSeq) $('tm-status').replaceChildren(el('span', { class: 'error', text: e.message }));
      return;
    }
    if (seq !== tmSeq) return;
    if (res.matches.length === 0) {
      $('tm-status').textContent = 'No match: ' + res.note + '.';
      return;
    }
    $('tm-status').textContent = res.matches.length + (res.matches.length === 1 ? ' match' : ' matches')
      + ' (' + (res.language === 'zh' ? 'Chinese → English' : 'English → Chinese') + ')';
    for (const m of res.matches) $('tm-matches').append(renderMatch(m, res.query));
    for (const f of ['tmx', 'csv']) $('tm-export-' + f).href = lookupUrl(f).toString();
    $('tm-export').hidden = false;
  }

  function band(p) {
    return p === 100 ? 'b100' : p >= 95 ? 'b95' : p >= 85 ? 'b85' : p >= 75 ? 'b75' : 'b50';
  }

  // The matched source with the query's differences: <del> what the query lacks, <ins> what it adds.
  function diffNodes(m, query) {
    const frag = document.createDocumentFragment();
    const src = m.source;
    let at = 0;
    const gap = (to) => { if (to > at) frag.append(document.createTextNode(src.slice(at, to))); };
    for (const d of m.diff) {
      if (d.kind === 'equal') {
        gap(d.source[1]);
        at = d.source[1];
      } else if (d.kind === 'inserted') {
        frag.append(el('ins', { text: query.slice(d.query[0], d.query[1]), title: 'in your text only' }));
      } else {
        gap(d.source[0]);
        const cls = d.kind === 'placeable' ? 'placeable' : '';
        frag.append(el('del', { class: cls, text: src.slice(d.source[0], d.source[1]),
          title: d.kind === 'deleted' ? 'not in your text' : 'stored text' }));
        if (d.query) {
          frag.append(el('ins', { class: cls, text: query.slice(d.query[0], d.query[1]), title: 'your text' }));
        }
        at = d.source[1];
      }
    }
    gap(src.length);
    return frag;
  }

  function adaptedNodes(m) {
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [s, e] of m.adapted) {
      if (s > at) frag.append(document.createTextNode(m.suggested.slice(at, s)));
      frag.append(el('mark', { class: 'adapted', title: 'carried over from your text', text: m.suggested.slice(s, e) }));
      at = e;
    }
    if (at < m.suggested.length) frag.append(document.createTextNode(m.suggested.slice(at)));
    return frag;
  }

  function renderMatch(m, query) {
    const ref = m.document + ' ¶' + m.paragraph + (m.level === 'sentence' ? '.' + m.unit : '');
    const srcLang = /[\u3400-\u9fff]/.test(m.source) && !/[A-Za-z]{3}/.test(m.source) ? 'zh-Hans' : 'en';
    const tgtLang = srcLang === 'en' ? 'zh-Hans' : 'en';
    const copy = el('button', { type: 'button', class: 'copy tm-copy', text: 'Copy translation',
      onclick: (ev) => copyText(m.suggested, ev.currentTarget) });
    return el('li', { class: 'tm-match', tabindex: '-1' },
      el('div', { class: 'tm-head' },
        el('span', { class: 'pct ' + band(m.percent), text: m.percent + '%' }),
        el('span', { class: 'ref', text: ref }), copy),
      el('div', { class: 'tm-source', lang: srcLang }, diffNodes(m, query)),
      el('div', { class: 'tm-translation', lang: tgtLang }, m.adapted.length ? adaptedNodes(m) : m.suggested),
      m.notCarried > 0 ? el('p', { class: 'small warn',
        text: m.notCarried + ' number(s) or symbol(s) could not be carried over: check the translation.' }) : '',
      m.adapted.length ? el('p', { class: 'small', text: 'Stored translation: ' + m.translation }) : '');
  }

  // Defined in app.js (loaded first): copy, then 'Copied' on the button for a moment.
  const copyText = (text, button) => window.bitextCopyText(text, button);

  // --- keyboard -----------------------------------------------------------------------------------
  function items() {
    return Array.from(isTm() ? document.querySelectorAll('#tm-matches .tm-match')
      : document.querySelectorAll('#hits tr.hit'));
  }

  function currentItem() {
    return items().find((i) => i.contains(document.activeElement)) || null;
  }

  function move(step) {
    const all = items();
    if (all.length === 0) return;
    const now = all.indexOf(currentItem());
    const next = all[now < 0 ? (step > 0 ? 0 : all.length - 1) : Math.max(0, Math.min(all.length - 1, now + step))];
    all.forEach((i) => i.classList.remove('kb-current'));
    next.setAttribute('tabindex', '-1');
    next.classList.add('kb-current');
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
  }

  function copyCurrent() {
    const item = currentItem();
    if (!item) return;
    if (isTm()) {
      item.querySelector('.tm-copy').click();
      return;
    }
    const fromChinese = /[\u3400-\u9fff]/.test($('q').value);
    const cell = item.querySelector(fromChinese ? 'td.en' : 'td.zh');
    copyText(cell.textContent, item.querySelector('button.copy'));
  }

  function openOverlay(id) {
    overlayOpener = document.activeElement;
    $(id).hidden = false;
    $(id).querySelector('button').focus();
  }

  function closeKeys() {
    if ($('keys').hidden) return;
    $('keys').hidden = true;
    if (overlayOpener && document.contains(overlayOpener)) overlayOpener.focus();
  }

  // Tab and Shift+Tab stay inside an open dialog.
  function trapTab(ev) {
    const open = Array.from(document.querySelectorAll('.overlay')).find((o) => !o.hidden);
    if (!open) return false;
    const focusable = Array.from(open.querySelectorAll('button, a[href], input, select, textarea, [tabindex="0"]'))
      .filter((e) => !e.disabled && e.offsetParent !== null);
    if (focusable.length === 0) return true;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const inside = open.contains(document.activeElement);
    if (ev.shiftKey && (document.activeElement === first || !inside)) {
      last.focus();
    } else if (!ev.shiftKey && (document.activeElement === last || !inside)) {
      first.focus();
    } else {
      return false; // the browser moves focus within the dialog
    }
    return true;
  }

  function onKey(ev) {
    if (ev.key === 'Tab') {
      if (trapTab(ev)) ev.preventDefault();
      return;
    }
    if (ev.key === 'Escape' && !$('keys').hidden) {
      ev.preventDefault();
      closeKeys();
      return;
    }
    const t = ev.target;
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey) && t === $('tm-text')) {
      ev.preventDefault();
      lookup();
      return;
    }
    const typing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;
    const dialogOpen = Array.from(document.querySelectorAll('.overlay')).some((o) => !o.hidden);
    if (typing || dialogOpen || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === '?') {
      ev.preventDefault();
      openOverlay('keys');
    } else if (ev.key === 'j' || ev.key === 'ArrowDown') {
      ev.preventDefault();
      move(1);
    } else if (ev.key === 'k' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      move(-1);
    } else if ((ev.key === 'o' || (ev.key === 'Enter' && t.matches('tr.hit'))) && !isTm()) {
      const item = currentItem();
      if (item) {
        ev.preventDefault();
        item.querySelector('.ref-link').click();
      }
    } else if (ev.key === 'c') {
      ev.preventDefault();
      copyCurrent();
    } else if (ev.key === 't') {
      ev.preventDefault();
      setMode(!isTm());
    } else if (ev.key === '/' && isTm()) {
      ev.preventDefault();
      $('tm-text').focus();
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('mode-search').addEventListener('click', () => setMode(false));
    $('mode-tm').addEventListener('click', () => setMode(true));
    $('tm-form').addEventListener('submit', (ev) => { ev.preventDefault(); lookup(); });
    $('keys-close').addEventListener('click', closeKeys);
    $('keys').addEventListener('click', (ev) => { if (ev.target === $('keys')) closeKeys(); });
    document.addEventListener('keydown', onKey);
    if (startInTm) setMode(true);
  });
})();
