// The dashboard's charts (ECharts, SVG renderer). Each chart is drawn from the table beside it:
// one bar per row, labelled and valued as the row, and a click on a bar opens the row's list.
(function () {
  'use strict';

  function rowsOf(table) {
    return Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
      return {
        label: tr.cells[0].textContent.trim(),
        value: Number(tr.getAttribute('data-value')),
        href: tr.getAttribute('data-href')
      };
    });
  }

  function draw(el) {
    var table = document.getElementById(el.getAttribute('data-table'));
    if (!table || typeof echarts === 'undefined') {
      return;
    }
    var rows = rowsOf(table);
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: ['#9b1c1c'],
      tooltip: { trigger: 'item' },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.label; }),
               axisLabel: { width: 160, overflow: 'truncate' } },
      series: [{ type: 'bar', barMaxWidth: 28, cursor: 'pointer', label: { show: true, position: 'right' },
                 data: rows.map(function (r) { return { value: r.value, href: r.href }; }) }]
    });
    chart.on('click', function (params) {
      if (params.data && params.data.href) {
        window.location.href = params.data.href;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-drawn', 'true');
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('.dashboard-chart'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
