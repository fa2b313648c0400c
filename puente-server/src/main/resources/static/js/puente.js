// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // After a refused form, move focus to the list of problems so screen readers announce it.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  // After a question is answered, move focus to the answer so it is read first.
  var answer = document.getElementById('answer');
  if (answer && !summary) {
    answer.focus();
  }
  // Links in the summary move focus to the field itself, not just scroll to it.
  document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var field = document.getElementById(link.getAttribute('href').substring(1));
      if (field) {
        event.preventDefault();
        field.focus();
      }
    });
  });
  // Print buttons (the seal page): a button, not an inline handler, so the CSP needs no exception.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
});
