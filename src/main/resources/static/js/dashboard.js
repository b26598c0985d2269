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

  // The month-by-month table: a line per column, a point per month; a point opens its cell's list.
  function lines(el, table, chart) {
    var names = Array.prototype.slice.call(table.querySelectorAll('thead th'), 1)
      .map(function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    chart.setOption({
      animation: false,
      color: ['#9b1c1c', '#0d6efd', '#198754', '#6f42c1', '#fd7e14'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map(function (tr) { return tr.getAttribute('data-month'); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: names.map(function (name, i) {
        return {
          name: name, type: 'line', symbolSize: 8, cursor: 'pointer',
          data: rows.map(function (tr) {
            var td = tr.querySelectorAll('td[data-series]')[i];
            return { value: Number(td.getAttribute('data-value')), href: td.getAttribute('data-href') };
          })
        };
      })
    });
  }

  function draw(el) {
    var table = document.getElementById(el.getAttribute('data-table'));
    if (!table || typeof echarts === 'undefined') {
      return;
    }
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.on('click', function (params) {
      if (params.data && params.data.href) {
        window.location.href = params.data.href;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    if (el.getAttribute('data-kind') === 'lines') {
      lines(el, table, chart);
      el.setAttribute('data-drawn', 'true');
      return;
    }
    var rows = rowsOf(table);
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
