// Charts of the cycle-time dashboard (Chart.js from the WebJar); the data comes inlined by the page.
(function () {
  const HOUR = 3600000;
  const DAY = 24 * HOUR;
  const hours = (millis) => (millis == null ? 0 : millis / HOUR);
  const name = (key) => names[key] || key;

  // steps: waiting and working time of user tasks, the whole duration of other steps
  const userSteps = steps.filter((s) => s.activityType !== 'subProcess' && s.activityType !== 'callActivity');
  new Chart(document.getElementById('chart-steps'), {
    type: 'bar',
    data: {
      labels: userSteps.map((s) => name(s.processKey) + '：' + s.activityName),
      datasets: [
        { label: '待ち（時間）', backgroundColor: '#f0ad4e', data: userSteps.map((s) => hours(s.waiting.meanMillis)) },
        {
          label: '作業・処理（時間）', backgroundColor: '#337ab7',
          data: userSteps.map((s) => (s.working.count > 0 ? hours(s.working.meanMillis) : hours(s.duration.meanMillis)))
        }
      ]
    },
    options: { indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } }
  });

  // trend: median duration in days per month of completion, one line per process
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
          return point ? point.duration.medianMillis / DAY : null;
        })
      }))
    }
  });

  new Chart(document.getElementById('chart-departments'), {
    type: 'bar',
    data: {
      labels: departments.map((d) => d.groupName),
      datasets: [
        { label: '待ち 中央値（時間）', backgroundColor: '#f0ad4e', data: departments.map((d) => hours(d.waiting.medianMillis)) },
        { label: '作業 中央値（時間）', backgroundColor: '#337ab7', data: departments.map((d) => hours(d.working.medianMillis)) }
      ]
    }
  });
})();
