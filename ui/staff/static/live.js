// The dashboard's live figures: a websocket to the box (same origin, behind
// the session) that pushes the day's figures and the box's health whenever
// they change. Plain script, no inline code: it runs under the page's CSP.
'use strict';
(function () {
  var root = document.getElementById('live');
  if (!root || !window.WebSocket) return;
  var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + root.getAttribute('data-live-url');
  var wait = 1000;

  function setText(el, s) { if (el && el.textContent !== s) el.textContent = s; }

  function apply(d) {
    Object.keys(d.figures || {}).forEach(function (key) {
      var li = document.querySelector('[data-live="' + CSS.escape(key) + '"]');
      if (!li) return;
      var f = d.figures[key];
      var v = li.querySelector('.fig-value');
      var changed = v && v.textContent !== f.v;
      setText(v, f.v);
      setText(li.querySelector('.fig-sub'), f.s || '');
      li.classList.remove('tone-good', 'tone-warn');
      if (f.t) li.classList.add('tone-' + f.t);
      if (changed) {
        li.classList.remove('flash');
        void li.offsetWidth; // restart the animation
        li.classList.add('flash');
      }
    });
    (d.health || []).forEach(function (h) {
      var li = document.querySelector('[data-health="' + CSS.escape(h.Name) + '"]');
      if (!li) {
        li = document.createElement('li');
        li.setAttribute('data-health', h.Name);
        ['dot', 'h-name', 'h-state', 'h-msg muted small'].forEach(function (c) {
          var s = document.createElement('span');
          s.className = c;
          li.appendChild(s);
        });
        document.getElementById('health').appendChild(li);
      }
      li.className = 'health-' + h.Status;
      setText(li.querySelector('.h-name'), h.Label);
      setText(li.querySelector('.h-state'), h.State);
      setText(li.querySelector('.h-msg'), h.Message || '');
    });
  }

  function connect() {
    var ws = new WebSocket(url);
    ws.onopen = function () { wait = 1000; root.setAttribute('data-live-state', 'on'); };
    ws.onmessage = function (e) {
      try { apply(JSON.parse(e.data)); } catch (err) { /* a broken push is skipped */ }
    };
    ws.onclose = function () {
      root.setAttribute('data-live-state', 'off');
      setTimeout(connect, wait);
      wait = Math.min(wait * 2, 30000);
    };
  }
  connect();
})();
