// Progressive enhancement: draws the simulator's chart from the data the page carries; the table
// above says the same without it. Chart.js comes from the jar (WebJar), never from another site.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('simulation-chart');
  var data = document.getElementById('simulation-data');
  var table = document.getElementById('simulation-table');
  if (!canvas || !data || !table || typeof Chart === 'undefined') {
    return;
  }
  var parsed = JSON.parse(data.textContent);
  var labels = Array.prototype.map.call(table.querySelectorAll('tbody th[scope="row"]'), function (th) {
    return th.textContent.trim();
  });
  var colours = ['#0b3d6e', '#c2571a', '#1e6b34', '#7a3b8f'];
  var percent = document.documentElement.lang === 'en' ? '% of firms' : '% de empresas';
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: parsed.datasets.map(function (d, i) {
        return { label: d.label, data: d.data, backgroundColor: colours[i % colours.length] };
      })
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { beginAtZero: true, max: 100, title: { display: true, text: percent } } }
    }
  });
});
