// The HTML report's only script: select a finding or a claim, and the claims linked to it light up and scroll into
// view in their own pane, and the words of their aligned pairs show which have a counterpart on the other side.
// It reads data attributes only; the page is complete without it (links still jump).

export const SCRIPT = `(function () {
  var doc = document;
  var findings = Array.prototype.slice.call(doc.querySelectorAll('.finding'));
  function byIds(list) {
    return (list || '').split(' ').filter(Boolean).map(function (id) { return doc.getElementById(id); }).filter(Boolean);
  }
  var status = doc.getElementById('word-status');
  function clear() {
    doc.querySelectorAll('.active,.hit,.linked,.shown,.twin').forEach(function (el) {
      el.classList.remove('active', 'hit', 'linked', 'shown', 'twin');
    });
    if (status) status.textContent = '';
  }
  // The words without a counterpart on one side, in words, for a screen reader (a word cut by a mark counts once).
  function alone(side) {
    var seen = {};
    var list = [];
    doc.querySelectorAll('#' + side + '-article .w.alone.shown').forEach(function (w) {
      var key = w.getAttribute('data-w');
      if (seen[key] === undefined) { seen[key] = list.length; list.push(''); }
      list[seen[key]] += w.textContent;
    });
    var more = list.length > 20 ? ' and ' + (list.length - 20) + ' more' : '';
    return list.length ? list.slice(0, 20).join(', ') + more : 'none';
  }
  function showWords(claims) {
    var pairs = {};
    claims.forEach(function (el) {
      (el.getAttribute('data-words') || '').split(' ').filter(Boolean).forEach(function (p) { pairs[p] = true; });
    });
    Object.keys(pairs).forEach(function (p) {
      doc.querySelectorAll('.w[data-pair="' + p + '"]').forEach(function (w) { w.classList.add('shown'); });
    });
    if (status && Object.keys(pairs).length) {
      status.textContent = 'Words without a counterpart. Left article: ' + alone('left') + '. Right article: ' + alone('right') + '.';
    }
  }
  // Pointing at a word of a shown pair lights it and its counterparts on the other side.
  function twins(event, on) {
    var w = event.target.closest && event.target.closest('.w.shown[data-to]');
    if (!w) return;
    [w.getAttribute('data-w')].concat(w.getAttribute('data-to').split(' ')).forEach(function (key) {
      doc.querySelectorAll('.w[data-w="' + key + '"]').forEach(function (el) { el.classList.toggle('twin', on); });
    });
  }
  doc.addEventListener('mouseover', function (event) { twins(event, true); });
  doc.addEventListener('mouseout', function (event) { twins(event, false); });
  function show(hits) {
    var linked = [];
    hits.forEach(function (el) { linked = linked.concat(byIds(el.getAttribute('data-group'))); });
    linked.forEach(function (el) { el.classList.add('linked'); });
    hits.forEach(function (el) { el.classList.add('hit'); });
    showWords(hits.concat(linked));
    var seen = {};
    hits.concat(linked).forEach(function (el) {
      var pane = el.closest('.article');
      if (!pane || seen[pane.id]) return;
      seen[pane.id] = true;
      el.scrollIntoView({ block: 'center', behavior: 'auto' });
    });
  }
  function selectFinding(el) {
    clear();
    el.classList.add('active');
    el.setAttribute('aria-current', 'true');
    show(byIds(el.getAttribute('data-claims')));
    try { history.replaceState(null, '', '#' + el.id); } catch (e) { /* a page opened from disk may refuse */ }
  }
  function selectClaim(el) {
    clear();
    show([el]);
  }
  findings.forEach(function (el, i) {
    el.addEventListener('click', function (event) { event.preventDefault(); selectFinding(el); });
    el.addEventListener('keydown', function (event) {
      var next = null;
      var step = event.key === 'ArrowDown' || event.key === 'j' ? 1 : event.key === 'ArrowUp' || event.key === 'k' ? -1 : 0;
      for (var k = i + step; step && k >= 0 && k < findings.length; k += step) {
        if (!findings[k].closest('li').hidden) { next = findings[k]; break; }
      }
      if (event.key === ' ') { event.preventDefault(); selectFinding(el); }
      if (next) { event.preventDefault(); next.focus(); selectFinding(next); }
    });
  });
  doc.querySelectorAll('.claim').forEach(function (el) {
    // A click anywhere on the claim but its links, or Enter and Space on its id button, selects it.
    el.addEventListener('click', function (event) {
      if (event.target.closest('a')) return;
      selectClaim(el);
    });
  });
  doc.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      clear();
      findings.forEach(function (el) { el.removeAttribute('aria-current'); });
    }
  });
  var filter = doc.getElementById('min-confidence');
  if (filter) {
    filter.closest('.filter').hidden = false;
    filter.addEventListener('input', function () {
      var floor = Number(filter.value);
      var shown = 0;
      doc.querySelectorAll('li[data-confidence]').forEach(function (li) {
        var keep = Number(li.getAttribute('data-confidence')) >= floor;
        li.hidden = !keep;
        if (keep) shown++;
      });
      doc.getElementById('min-shown').textContent = floor.toFixed(2);
      doc.getElementById('shown').textContent = String(shown);
    });
  }
  var top = doc.querySelector('header.top');
  if (top) doc.documentElement.style.setProperty('--top', top.offsetHeight + 'px');
  var start = location.hash && doc.getElementById(location.hash.slice(1));
  if (start && start.classList.contains('finding')) selectFinding(start);
})();`;
