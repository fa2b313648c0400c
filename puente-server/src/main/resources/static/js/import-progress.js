// Polls the import's status and updates the page; when the import ends, reloads to show the rejected rows.
(function () {
  var main = document.getElementById('import-job');
  if (!main) { return; }
  var url = main.getAttribute('data-status-url');
  function poll() {
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        document.getElementById('progress').value = s.percent;
        document.getElementById('progress').textContent = s.percent + '%';
        ['read', 'imported', 'skipped', 'rejected'].forEach(function (k) {
          document.getElementById(k).textContent = s[k];
        });
        if (s.finished) { window.location.reload(); } else { setTimeout(poll, 1000); }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
