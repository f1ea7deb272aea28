// WhatsApp simulator page: sends what the customer types to the simulator,
// polls the conversation (what the box sent back) and renders it as a chat.
// Plain JS, no build step. Every piece of text goes in with textContent.
(() => {
  'use strict';

  const POLL_MS = 700;
  const $ = (id) => document.getElementById(id);
  const app = $('app');
  const nameEl = $('name');
  const phoneEl = $('phone');
  const phoneErr = $('phone-error');
  const textEl = $('text');
  const sendBtn = $('send');
  const list = $('messages');
  const empty = $('empty');
  const subIdle = $('sub-idle');
  const subTyping = $('sub-typing');
  const toast = $('toast');
  const sheet = $('sheet');

  const state = { last: '', opened: new Set(), chosen: new Map(), busy: false, timer: 0 };

  // --- customer identity, remembered in this browser ---
  nameEl.value = localStorage.getItem('sim.name') || app.dataset.defaultName;
  phoneEl.value = localStorage.getItem('sim.phone') || app.dataset.defaultPhone;
  const phone = () => phoneEl.value.trim().replace(/^\+/, '');
  const phoneOK = () => /^[1-9][0-9]{7,14}$/.test(phone());
  nameEl.addEventListener('change', () => localStorage.setItem('sim.name', nameEl.value.trim()));
  phoneEl.addEventListener('input', () => {
    const ok = phoneOK();
    phoneEl.classList.toggle('invalid', !ok);
    phoneErr.hidden = ok;
    if (ok) {
      localStorage.setItem('sim.phone', phone());
      state.last = '';
      poll();
    }
  });

  // --- helpers ---
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  };
  const timeFmt = new Intl.DateTimeFormat('ar-EG', { hour: 'numeric', minute: '2-digit' });
  const numFmt = new Intl.NumberFormat('ar-EG', { maximumFractionDigits: 1 });
  const size = (n) => (n >= 1048576 ? numFmt.format(n / 1048576) + ' م.ب' : numFmt.format(Math.max(1, Math.round(n / 1024))) + ' ك.ب');

  let toastTimer = 0;
  function say(msg) {
    toast.textContent = msg;
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toast.hidden = true; }, 4000);
  }

  const SVG = 'http://www.w3.org/2000/svg';
  function tick(status) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 16 11');
    svg.setAttribute('class', 'tick');
    const p = (d) => {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', d);
      path.setAttribute('fill', 'currentColor');
      svg.appendChild(path);
    };
    const one = 'M11.1.6a.5.5 0 0 1 .1.7L5.3 8.8a.5.5 0 0 1-.8 0L1.3 5.4a.5.5 0 1 1 .7-.7l2.9 2.9L10.4.7a.5.5 0 0 1 .7-.1Z';
    const two = 'M15.1.6a.5.5 0 0 1 .1.7L9.3 8.8a.5.5 0 0 1-.8 0l-1-1 .7-.7.7.6L14.4.7a.5.5 0 0 1 .7-.1Z';
    const titles = { accepted: 'قيد الإرسال', sent: 'اتبعتت', delivered: 'وصلت', read: 'اتقرت', failed: 'فشلت', error: 'الصندوق رفضها' };
    const t = document.createElementNS(SVG, 'title');
    t.textContent = titles[status] || status;
    svg.appendChild(t);
    switch (status) {
      case 'accepted':
        p('M8 1a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Zm0 1a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7Zm-.5 1.5v2.7l2 1.2.5-.8-1.5-.9V3.5h-1Z');
        break;
      case 'sent':
        p(one);
        break;
      case 'delivered':
        p(one); p(two);
        break;
      case 'read':
        p(one); p(two);
        svg.classList.add('read');
        break;
      default: // failed, error
        p('M8 .5a5 5 0 1 0 0 10 5 5 0 0 0 0-10Zm-.6 2h1.2v3.8H7.4V2.5Zm0 4.8h1.2v1.2H7.4V7.3Z');
        svg.classList.add('fail');
    }
    svg.dataset.status = status;
    return svg;
  }

  // --- rendering ---
  // textBlock is a message's text in a block of its own whose direction
  // its first letters set, as WhatsApp shows it: Arabic right to left,
  // an English reply left to right.
  function textBlock(text) {
    const t = el('div', '', text);
    t.dir = 'auto';
    return t;
  }

  function bubbleFor(m) {
    const b = el('div', 'bubble');
    if (m.quote) {
      b.appendChild(el('span', 'quote', m.quote));
    }
    if (m.document) {
      const d = m.document;
      const a = el('a', 'doc');
      a.href = d.url;
      a.target = '_blank';
      a.rel = 'noopener';
      const ext = (d.filename.split('.').pop() || 'DOC').toUpperCase().slice(0, 4);
      a.appendChild(el('span', 'doc-icon', ext));
      const info = el('span', '');
      info.appendChild(el('div', 'doc-name', d.filename));
      info.appendChild(el('div', 'doc-info', [ext, d.size ? size(d.size) : ''].filter(Boolean).join(' · ')));
      a.appendChild(info);
      b.appendChild(a);
      const links = el('div', 'doc-links');
      const open = el('a', '', 'فتح');
      open.href = d.url;
      open.target = '_blank';
      open.rel = 'noopener';
      links.appendChild(open);
      const prev = el('button', '', state.opened.has(m.id) ? 'إخفاء المعاينة' : 'معاينة');
      prev.type = 'button';
      prev.addEventListener('click', () => {
        if (state.opened.has(m.id)) state.opened.delete(m.id); else state.opened.add(m.id);
        state.last = '';
        poll();
      });
      links.appendChild(prev);
      b.appendChild(links);
      if (state.opened.has(m.id)) {
        const f = el('iframe', 'preview');
        f.src = d.url;
        f.title = d.filename;
        b.appendChild(f);
      }
      if (d.caption) b.appendChild(textBlock(d.caption));
    } else if (m.text) {
      b.appendChild(textBlock(m.text));
    }
    const meta = el('span', 'meta');
    meta.appendChild(el('span', '', timeFmt.format(new Date(m.at))));
    meta.appendChild(tick(m.status));
    b.appendChild(meta);
    if (m.error) b.appendChild(el('span', 'err', m.dir === 'in' ? 'الصندوق ما استلمش الرسالة: ' + m.error : m.error));
    if (m.list) {
      const open = el('button', 'action list-open');
      open.type = 'button';
      open.appendChild(el('span', '', '☰'));
      open.appendChild(el('span', '', m.list.button));
      open.addEventListener('click', () => openSheet(m));
      b.appendChild(open);
    }
    return b;
  }

  function render(conv) {
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    list.replaceChildren();
    if (conv.messages.length === 0) list.appendChild(empty);
    let prevDir = '';
    let prevDay = '';
    for (const m of conv.messages) {
      const day = new Date(m.at).toDateString();
      if (day !== prevDay) {
        const today = day === new Date().toDateString();
        list.appendChild(el('div', 'day', today ? 'النهارده' : new Date(m.at).toLocaleDateString('ar-EG')));
        prevDay = day;
        prevDir = '';
      }
      const row = el('div', 'row ' + m.dir + (m.dir === prevDir ? ' same' : ''));
      row.dataset.id = m.id;
      row.dataset.type = m.type;
      row.appendChild(bubbleFor(m));
      if (m.buttons) {
        const acts = el('div', 'actions');
        for (const btn of m.buttons) {
          const a = el('button', 'action', btn.title);
          a.type = 'button';
          if (state.chosen.get(m.id) === btn.id) a.classList.add('chosen');
          a.addEventListener('click', () => tap('button', m, btn));
          acts.appendChild(a);
        }
        row.appendChild(acts);
      }
      list.appendChild(row);
      prevDir = m.dir;
    }
    if (conv.typing) {
      const row = el('div', 'row out' + (prevDir === 'out' ? ' same' : ''));
      row.id = 'typing';
      const b = el('div', 'bubble');
      const dots = el('span', 'typing-dots');
      dots.append(el('i'), el('i'), el('i'));
      b.appendChild(dots);
      row.appendChild(b);
      list.appendChild(row);
    }
    subIdle.hidden = conv.typing;
    subTyping.hidden = !conv.typing;
    if (atBottom) list.scrollTop = list.scrollHeight;
  }

  // --- the list sheet ---
  function openSheet(m) {
    $('sheet-title').textContent = m.list.button;
    const body = $('sheet-body');
    body.replaceChildren();
    for (const sec of m.list.sections) {
      if (sec.title) body.appendChild(el('div', 'sheet-section', sec.title));
      for (const r of sec.rows) {
        const row = el('button', 'sheet-row');
        row.type = 'button';
        row.dataset.id = r.id;
        const txt = el('span', '');
        txt.appendChild(el('div', 't', r.title));
        if (r.description) txt.appendChild(el('div', 'd', r.description));
        row.appendChild(txt);
        row.appendChild(el('span', 'radio'));
        row.addEventListener('click', () => { closeSheet(); tap('list', m, r); });
        body.appendChild(row);
      }
    }
    sheet.hidden = false;
  }
  function closeSheet() { sheet.hidden = true; }
  $('sheet-close').addEventListener('click', closeSheet);
  sheet.addEventListener('click', (e) => { if (e.target === sheet) closeSheet(); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeSheet(); });

  // --- sending ---
  async function post(payload) {
    if (!phoneOK()) {
      phoneEl.classList.add('invalid');
      phoneErr.hidden = false;
      phoneEl.focus();
      return false;
    }
    payload.name = nameEl.value.trim() || app.dataset.defaultName;
    payload.phone = phone();
    try {
      const res = await fetch('/simulator/api/send', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      });
      const out = await res.json().catch(() => ({}));
      if (!res.ok) say(out.error || ('خطأ ' + res.status));
      return res.status !== 400;
    } catch (err) {
      say('تعذّر الاتصال بالصندوق');
      return false;
    } finally {
      state.last = '';
      poll();
    }
  }

  function tap(kind, m, choice) {
    state.chosen.set(m.id, choice.id);
    post({ reply: { kind, id: choice.id, title: choice.title, context_id: m.id } });
  }

  async function sendText(text) {
    text = text.trim();
    if (!text || state.busy) return;
    state.busy = true;
    sendBtn.disabled = true;
    const ok = await post({ text });
    if (ok) {
      textEl.value = '';
      grow();
    }
    state.busy = false;
    sendBtn.disabled = false;
    textEl.focus();
  }

  $('composer').addEventListener('submit', (e) => { e.preventDefault(); sendText(textEl.value); });
  textEl.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      sendText(textEl.value);
    }
  });
  function grow() {
    textEl.style.height = 'auto';
    textEl.style.height = Math.min(textEl.scrollHeight, 140) + 'px';
  }
  textEl.addEventListener('input', grow);
  for (const chip of document.querySelectorAll('#examples .chip')) {
    chip.addEventListener('click', () => { textEl.value = chip.textContent; grow(); textEl.focus(); });
  }
  $('reset').addEventListener('click', async () => {
    if (!phoneOK()) return;
    await fetch('/simulator/api/reset?phone=' + encodeURIComponent(phone()), { method: 'POST' });
    state.chosen.clear();
    state.opened.clear();
    state.last = '';
    poll();
  });

  // --- polling ---
  async function poll() {
    clearTimeout(state.timer);
    try {
      if (phoneOK() && !document.hidden) {
        const res = await fetch('/simulator/api/conversation?phone=' + encodeURIComponent(phone()), { cache: 'no-store' });
        if (res.ok) {
          const body = await res.text();
          if (body !== state.last) {
            state.last = body;
            render(JSON.parse(body));
          }
        }
      }
    } catch (err) {
      // the box may be restarting: keep polling
    } finally {
      state.timer = setTimeout(poll, POLL_MS);
    }
  }
  document.addEventListener('visibilitychange', () => { if (!document.hidden) poll(); });
  poll();
  textEl.focus();
})();
