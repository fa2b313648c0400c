// Progressive enhancement: "add a worker" adds a row in place instead of posting the form back.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('add-row');
  var rows = document.getElementById('worker-rows');
  if (!button || !rows) {
    return;
  }
  button.addEventListener('click', function (event) {
    var all = rows.querySelectorAll('.worker-row');
    var last = all[all.length - 1];
    if (!last) {
      return;
    }
    event.preventDefault();
    var from = last.getAttribute('data-row');
    var to = String(Number(from) + 1);
    var copy = last.cloneNode(true);
    copy.setAttribute('data-row', to);
    var renumber = function (value) {
      return value.split('workers[' + from + ']').join('workers[' + to + ']');
    };
    copy.querySelectorAll('[name], [id], [for], [aria-describedby]').forEach(function (el) {
      ['name', 'id', 'for', 'aria-describedby'].forEach(function (attr) {
        if (el.hasAttribute(attr)) {
          el.setAttribute(attr, renumber(el.getAttribute(attr)));
        }
      });
    });
    copy.querySelectorAll('.field-error').forEach(function (el) { el.remove(); });
    copy.querySelectorAll('.has-error').forEach(function (el) { el.classList.remove('has-error'); });
    copy.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    copy.querySelectorAll('input').forEach(function (el) { el.value = ''; });
    copy.querySelectorAll('select').forEach(function (el) {
      el.value = el.name.endsWith('.nationality') ? 'PER' : '';
    });
    var legend = copy.querySelector('legend');
    if (legend) {
      legend.textContent = legend.textContent.replace(/\d+/, String(Number(to) + 1));
    }
    rows.appendChild(copy);
    var first = copy.querySelector('select, input');
    if (first) {
      first.focus();
    }
  });
});
