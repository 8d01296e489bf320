// Charts of the cycle-time dashboard (Chart.js from the WebJar); the data and each chart's unit come inlined by the
// page. Values are rounded to one decimal, as the tables show them.
(function () {
  const inUnit = (millis, unit) => (millis == null ? null : Math.round((millis / unit.millis) * 10) / 10);
  const name = (key) => names[key] || key;
  const axis = (unit) => ({ title: { display: true, text: unit.label } });
  // on a phone the legends take half a wide chart's height: taller charts there
  const aspectRatio = window.innerWidth < 600 ? 0.8 : 2;

  // steps: waiting and working time of user tasks, the whole duration of other steps
  const shownSteps = steps.filter((s) => s.activityType !== 'subProcess' && s.activityType !== 'callActivity');
  new Chart(document.getElementById('chart-steps'), {
    type: 'bar',
    data: {
      labels: shownSteps.map((s) => name(s.processKey) + '：' + (s.activityName || s.activityId)),
      datasets: [
        {
          label: '待ち（' + units.steps.label + '）', backgroundColor: '#f0ad4e',
          data: shownSteps.map((s) => inUnit(s.waiting.meanMillis, units.steps))
        },
        {
          label: '作業・処理（' + units.steps.label + '）', backgroundColor: '#337ab7',
          data: shownSteps.map((s) => inUnit(s.working.count > 0 ? s.working.meanMillis : s.duration.meanMillis, units.steps))
        }
      ]
    },
    options: { aspectRatio, indexAxis: 'y', scales: { x: { stacked: true, ...axis(units.steps) }, y: { stacked: true } } }
  });

  // trend: median duration per month of completion, one line per process
  const periods = [...new Set(trend.map((t) => t.period))].sort();
  const processKeys = [...new Set(trend.map((t) => t.processKey))];
  new Chart(document.getElementById('chart-trend'), {
    type: 'line',
    data: {
      labels: periods.map((p) => trend.find((t) => t.period === p).periodLabel),
      datasets: processKeys.map((key) => ({
        label: name(key),
        spanGaps: true,
        data: periods.map((p) => {
          const point = trend.find((t) => t.processKey === key && t.period === p);
          return point ? inUnit(point.duration.medianMillis, units.trend) : null;
        })
      }))
    },
    options: { aspectRatio, scales: { y: axis(units.trend) } }
  });

  new Chart(document.getElementById('chart-departments'), {
    type: 'bar',
    data: {
      labels: departments.map((d) => d.groupName),
      datasets: [
        {
          label: '待ち 中央値（' + units.departments.label + '）', backgroundColor: '#f0ad4e',
          data: departments.map((d) => inUnit(d.waiting.medianMillis, units.departments))
        },
        {
          label: '作業 中央値（' + units.departments.label + '）', backgroundColor: '#337ab7',
          data: departments.map((d) => inUnit(d.working.medianMillis, units.departments))
        }
      ]
    },
    options: { aspectRatio, scales: { y: axis(units.departments) } }
  });
})();
