/*
 * Japanese for Camunda Forms in the Tasklist: validation messages and the texts of the form's widgets.
 *
 * The Tasklist of Camunda 7.24 renders Camunda Forms with form-js 1.8.7, which writes its validation messages and
 * widget texts (the select's placeholder, the date picker's month and weekday names) in English with no way to
 * translate them. Staff read Japanese, so this script (loaded through customScripts in config.js) rewrites each
 * text as form-js puts it on the page. The English texts are form-js 1.8.7's (and its flatpickr's) own.
 */
const MESSAGES = [
  [/^Field is required\.$/, () => '入力してください。'],
  [/^Field must have minimum length of (.+)\.$/, (n) => `${n}文字以上で入力してください。`],
  [/^Field must have maximum length of (.+)\.$/, (n) => `${n}文字以内で入力してください。`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `${n}以上の値を入力してください。`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `${n}以下の値を入力してください。`],
  [/^Field must match pattern .+\.$/, () => '入力の形式が正しくありません。'],
  [/^Field must be a valid email\.$/, () => '正しいメールアドレスを入力してください。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '正しい電話番号を国番号から入力してください（例: +81312345678）。'],
  [/^Value is not a number\.$/, () => '数値を入力してください。'],
  [/^Value is expected to be an integer\.$/, () => '整数で入力してください。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (n) => `小数点以下${n}桁までで入力してください。`]
];

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/* [element showing the text, form-js's English, Japanese] */
const WIDGET_TEXTS = [
  ['.fjs-select-placeholder', 'Select', '選択してください'],
  ['.fjs-dropdownlist-empty', 'No results', '該当する選択肢はありません'],
  ['.fjs-dropdownlist-empty', 'All values selected', 'すべて選択済みです'],
  ['.fjs-table-middle-container', 'Nothing to show.', '表示する項目はありません。'],
  ...WEEKDAYS.map((day, i) => ['.flatpickr-weekday', day, '日月火水木金土'[i]]),
  ...MONTHS.map((month, i) => ['.flatpickr-monthDropdown-month', month, `${i + 1}月`])
];

/* [input, form-js's English placeholder, Japanese]: searchable selects and tag lists */
const PLACEHOLDERS = [
  ['.fjs-container input', 'Search', '検索']
];

function translateMessage(text) {
  for (const [pattern, japanese] of MESSAGES) {
    const match = pattern.exec(text.trim());
    if (match) {
      return japanese(match[1]);
    }
  }
  return null;
}

/* The elements matching the selector in or around a changed node. */
function elementsAt(root, selector) {
  const owner = root.closest(selector);
  return owner ? [owner] : Array.from(root.querySelectorAll(selector));
}

function rewriteTexts(element, rewrite) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const japanese = rewrite(node.nodeValue);
    if (japanese) {
      node.nodeValue = japanese;
    }
  }
}

function translate(root) {
  if (!(root instanceof Element)) {
    return;
  }
  elementsAt(root, '.fjs-form-field-error').forEach((error) => rewriteTexts(error, translateMessage));
  WIDGET_TEXTS.forEach(([selector, english, japanese]) => elementsAt(root, selector)
    .forEach((element) => rewriteTexts(element, (text) => (text.trim() === english ? japanese : null))));
  PLACEHOLDERS.forEach(([selector, english, japanese]) => elementsAt(root, selector)
    .filter((input) => input.getAttribute('placeholder') === english)
    .forEach((input) => input.setAttribute('placeholder', japanese)));
}

new MutationObserver((mutations) => {
  mutations.forEach((mutation) => {
    if (mutation.type === 'characterData') {
      translate(mutation.target.parentElement);
    }
    if (mutation.type === 'attributes') {
      translate(mutation.target);
    }
    mutation.addedNodes.forEach((node) => translate(node.nodeType === Node.TEXT_NODE ? node.parentElement : node));
  });
}).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
});
