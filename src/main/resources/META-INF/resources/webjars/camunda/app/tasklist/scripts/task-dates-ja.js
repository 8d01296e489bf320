/*
 * The task dates of the Tasklist, as nobody can misread them.
 *
 * Camunda 7.24's Tasklist prints a task's due date, follow-up date and creation date only relative to now, with
 * angular-moment's am-time-ago: a task overdue by 19 days reads 「期限 19日前」, which staff read as "19 days before
 * the deadline". This AngularJS module (loaded through requireJsConfig in config.js) decorates am-time-ago for
 * those three dates, wherever the Tasklist shows them (task list and task header):
 *   期限 2026/11/14（19日超過） · 期限 2026/12/03（今日まで） · 期限 2026/12/24（あと21日）
 *   着手予定 2026/12/10（あと7日） · 作成 2026/11/30（3日前）
 * Days are calendar days in the browser's time zone; the text changes at midnight. Other relative times of the
 * Tasklist (comments, history) keep am-time-ago's 「3日前」.
 */
define(['angular'], function(angular) {
  'use strict';

  var DATE_FORMAT = 'YYYY/MM/DD';

  /* what the days between today and the date say, by the date's meaning (the attribute's expression) */
  var WORDINGS = {
    due: function(days) {
      if (days < 0) {
        return -days + '日超過';
      }
      return days === 0 ? '今日まで' : 'あと' + days + '日';
    },
    followUp: function(days) {
      if (days < 0) {
        return -days + '日経過';
      }
      return days === 0 ? '今日' : 'あと' + days + '日';
    },
    created: function(days) {
      return days === 0 ? '今日' : -days + '日前';
    }
  };

  function wordingOf(expression) {
    var property = /\.(due|followUp|created)\s*$/.exec(expression || '');
    return property ? WORDINGS[property[1]] : null;
  }

  return angular.module('tsunagari.taskDates', ['angularMoment']).config([
    '$provide',
    function($provide) {
      $provide.decorator('amTimeAgoDirective', [
        '$delegate',
        'moment',
        '$window',
        function($delegate, moment, $window) {
          var directive = $delegate[0];
          var compile = directive.compile;
          directive.compile = function() {
            var relativeLink = compile.apply(this, arguments);
            return function(scope, element, attributes) {
              var wording = wordingOf(attributes.amTimeAgo);
              if (!wording) {
                return relativeLink.apply(this, arguments);
              }
              var midnight = null;
              function show(value) {
                $window.clearTimeout(midnight);
                var date = value ? moment(value) : null;
                if (!date || !date.isValid()) {
                  element.text('');
                  return;
                }
                var today = moment().startOf('day');
                var days = date.clone().startOf('day').diff(today, 'days');
                element.text(date.format(DATE_FORMAT) + '（' + wording(days) + '）');
                midnight = $window.setTimeout(function() {
                  show(value);
                }, today.add(1, 'day').diff(moment()) + 1000);
              }
              scope.$watch(attributes.amTimeAgo, show);
              scope.$on('$destroy', function() {
                $window.clearTimeout(midnight);
              });
            };
          };
          return $delegate;
        }
      ]);
    }
  ]);
});
