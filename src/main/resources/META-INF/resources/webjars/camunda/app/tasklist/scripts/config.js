/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 *
 * Modified by the tsunagari project: Japanese app name, locale settings, custom scripts and shortcut descriptions
 * (see the README, "Japanese user interface"), the one sign-in script ("Security"). Everything else is Camunda
 * 7.24.0's own file.
 */

export default {
  // shown as "つながり タスクリスト" in the header and the browser tab
  app: {
    name: 'タスクリスト',
    vendor: 'つながり'
  },
  // Japanese for everyone, whatever the browser language. locales/ja.json holds every key of
  // Camunda's en.json (untranslated ones in English), so no second locale is needed.
  locales: {
    availableLocales: ['ja'],
    fallbackLocale: 'ja'
  },
  // form-js (inside Tasklist) has English validation messages only, reads typed dates in the browser's locale
  // format and drops key presses that break a number's decimal digits: these scripts put the messages in Japanese,
  // read dates as Japanese offices write them and keep numbers as typed; and the application's login page serves
  // the webapps too (see the README, "Security")
  customScripts: ['scripts/form-messages-ja', 'scripts/form-dates-ja', 'scripts/form-numbers-ja',
    '../tsunagari-sign-in'],
  // an AngularJS module: due, follow-up and creation dates as 「期限 2026/11/14（19日超過）」, not 「期限 19日前」
  requireJsConfig: {
    deps: ['task-dates-ja'],
    ngDeps: ['tsunagari.taskDates'],
    paths: {
      'task-dates-ja': 'scripts/task-dates-ja'
    }
  },
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '選択中のタスクを担当する'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '一覧の最初のフィルターに移動する'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '一覧の最初のタスクに移動する'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'タスクフォームの最初の入力欄に移動する'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'プロセス開始のダイアログを開く'
    }
  }
};
