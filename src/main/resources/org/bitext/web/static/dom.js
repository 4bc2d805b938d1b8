// bitext pages' shared DOM helpers, loaded first by index.html and review.html: $ (element by id) and el
// (build an element; 'text' goes through textContent, never HTML).
'use strict';
window.bitextDom = Object.freeze({
  $: (id) => document.getElementById(id),

  el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'text') e.textContent = v;
      else if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) e.append(c);
    return e;
  },
});
