// Shows how far a running import has read its file: the form posts the whole page (the file goes
// with it), and until the answer comes this page asks the server every 400 ms.
window.rapportImport = {
  watch: function (url) {
    var box = document.getElementById('importProgress');
    var bar = document.getElementById('importBar');
    var text = document.getElementById('importProgressText');
    var pattern = text.getAttribute('data-pattern');
    var lang = document.documentElement.lang || 'en';
    box.hidden = false;
    sessionStorage.removeItem('rapportImportSeen');
    var tick = function () {
      fetch(url, { credentials: 'same-origin', cache: 'no-store' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (p) {
          if (p) {
            // kept for the tab, past the page the answer replaces (the browser test reads it)
            var seen = JSON.parse(sessionStorage.getItem('rapportImportSeen') || '[]');
            seen.push(p);
            sessionStorage.setItem('rapportImportSeen', JSON.stringify(seen.slice(-50)));
            bar.value = p.percent;
            text.textContent = pattern
              .replace('{0}', p.rows.toLocaleString(lang))
              .replace('{1}', p.percent.toLocaleString(lang));
          }
        })
        .catch(function () { /* the next tick asks again */ })
        .finally(function () { setTimeout(tick, 400); });
    };
    setTimeout(tick, 200);
    return true;
  }
};
