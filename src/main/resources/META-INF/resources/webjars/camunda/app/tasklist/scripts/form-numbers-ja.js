/*
 * Number fields of Camunda Forms keep what staff typed.
 *
 * form-js 1.8.7 (inside the Tasklist) drops, without a word, every key press that would break the field's
 * decimalDigits: in an integer field (千円, 円) "12.5" becomes 125, in a field with one decimal "1.25" becomes 1.2.
 * It also reads a comma as a decimal point ("1,000" becomes 1) and shows NaN for full-width digits typed through
 * the Japanese input method. This script (a Tasklist custom script, see config.js):
 *   - lets digits and the first decimal point through as typed, so form-js's own validation refuses the value in
 *     Japanese (「整数で入力してください。」, form-messages-ja.js) instead of changing it, and the task cannot be
 *     completed with it;
 *   - takes a comma as what it is in Japanese, a thousands separator: a typed comma is left out and a pasted
 *     "1,000" becomes 1000;
 *   - turns full-width digits, point and minus (also the input method's ー for a leading minus) into ASCII before
 *     form-js reads them.
 * The server refuses a non-integer in an integer field as well (jp.tsunagari.forms).
 */

const NUMBER_INPUT = '.fjs-form-field-number input.fjs-input';

function numberInput(target) {
  return target instanceof Element && target.matches(NUMBER_INPUT) ? target : null;
}

/* Runs before form-js's own handlers on the input (capture phase on the document). */
document.addEventListener('keypress', (event) => {
  const input = numberInput(event.target);
  if (!input) {
    return;
  }
  // full-width keys (１, ．, ，) mean the same as their ASCII twins; some keyboards name no key, only its character
  const key = (event.key.length === 1 ? event.key : String.fromCharCode(event.charCode)).normalize('NFKC');
  if (key === ',') {
    event.preventDefault();
    event.stopImmediatePropagation();
    return;
  }
  const selected = input.value.slice(input.selectionStart, input.selectionEnd);
  const firstPoint = key === '.' && !input.value.normalize('NFKC').replace(selected, '').includes('.');
  if (/^[0-9]$/.test(key) || firstPoint) {
    // typed as typed: form-js would drop it to honour decimalDigits
    event.stopImmediatePropagation();
  }
}, true);

document.addEventListener('input', (event) => {
  const input = numberInput(event.target);
  if (!input) {
    return;
  }
  const value = input.value.normalize('NFKC').replace(/^[\u2212\u30fc]/, '-').replaceAll(',', '');
  if (value !== input.value) {
    input.value = value;
  }
}, true);
