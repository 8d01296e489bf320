/*
 * Date fields of Camunda Forms as Japanese offices write dates.
 *
 * form-js 1.8.7 (inside the Tasklist) gives each date field a flatpickr with allowInput and a dateFormat taken from
 * the browser's locale (Intl.DateTimeFormat): "n/j/Y" in an English browser, where a typed 2027/02/15 silently
 * became 2027-08-07, and "Y/n/j" in a Japanese one, which reads neither 2027-02-15 nor 令和 dates; text flatpickr
 * cannot read is silently emptied. This script (a Tasklist custom script, see config.js) takes over reading and
 * showing: every typed text reaches flatpickr through its instance's setDate, which is replaced here so that
 *   - 2027/02/15, 2027/2/15, 2027-02-15, 2027.2.15, 2027年2月15日, R9.2.15, 令和9年2月15日, 令和元年5月1日 (also in
 *     full-width characters) are read as that day and shown as 2027/02/15;
 *   - anything else (2027/02/30, 15/02/2027, R9.13.1 ...) stays in the field as typed, the field says in Japanese
 *     which forms it reads, and the task cannot be completed until the date is corrected or removed.
 * form-js still submits the ISO date (2027-02-15), which is what the models and the server-side check expect.
 */

export const DISPLAY_FORMAT = 'YYYY/MM/DD';

const FLATPICKR_DISPLAY_FORMAT = 'Y/m/d';

/* 令和 year n is year 2018 + n of the Gregorian calendar, from 1 May 2019 (令和元年5月1日) */
const REIWA_OFFSET = 2018;

const REIWA_FIRST_DAY = new Date(2019, 4, 1);

const REFUSAL = `日付を読み取れません。${DISPLAY_FORMAT}（例: 2027/02/15）、2027-02-15、2027年2月15日、令和9年2月15日、`
  + 'R9.2.15 のいずれかの形で、実在する日付を入力してください。';

/* year, then month and day separated alike by / - . or written with 年 月 日 */
const WESTERN = /^(\d{4})(?:([/.-])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日?)$/;

const REIWA = /^(?:R|令和)(\d{1,2}|元)(?:([/.-])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日?)$/;

/* A day of the calendar, or null: 2027-02-30 is no day. */
function day(year, month, date) {
  const result = new Date(year, month - 1, date);
  const exists = result.getFullYear() === year && result.getMonth() === month - 1 && result.getDate() === date;
  return exists && year >= 1900 ? result : null;
}

/** The day a text names, as a local Date at midnight, or null when the text names no day (or is empty). */
export function readDate(text) {
  // full-width digits, letters and punctuation become ASCII (Ｒ９．２．１５ → R9.2.15); spaces do not count
  const plain = String(text ?? '').normalize('NFKC').replace(/\s/g, '').toUpperCase();
  const western = WESTERN.exec(plain);
  if (western) {
    return day(Number(western[1]), Number(western[3] ?? western[5]), Number(western[4] ?? western[6]));
  }
  const reiwa = REIWA.exec(plain);
  if (reiwa) {
    const year = REIWA_OFFSET + (reiwa[1] === '元' ? 1 : Number(reiwa[1]));
    const result = day(year, Number(reiwa[3] ?? reiwa[5]), Number(reiwa[4] ?? reiwa[6]));
    return result && result >= REIWA_FIRST_DAY ? result : null;
  }
  return null;
}

function field(input) {
  return input.closest('.fjs-form-field');
}

function refusalOf(input) {
  return field(input)?.querySelector(':scope > .tsg-date-refusal');
}

/* The refusal looks like form-js's own errors, so staff find it where they find those. */
function refuse(input) {
  input.setAttribute('aria-invalid', 'true');
  if (!refusalOf(input) && field(input)) {
    const refusal = document.createElement('div');
    refusal.className = 'fjs-form-field-error tsg-date-refusal';
    refusal.setAttribute('aria-live', 'polite');
    refusal.id = `${input.id}-refusal`;
    const item = document.createElement('li');
    item.textContent = REFUSAL;
    refusal.appendChild(document.createElement('ul')).appendChild(item);
    field(input).appendChild(refusal);
    field(input).classList.add('fjs-has-errors');
  }
}

function accept(input) {
  input.removeAttribute('aria-invalid');
  const refusal = refusalOf(input);
  if (refusal) {
    refusal.remove();
    field(input).classList.remove('fjs-has-errors');
  }
}

function isRefused(input) {
  return !!refusalOf(input);
}

function readInJapanese(picker) {
  const input = picker.input;
  const setDate = picker.setDate;
  // flatpickr itself calls self.setDate with the typed text (Enter, leaving the field, a click outside)
  picker.setDate = function setTypedDate(date, triggerChange, format) {
    if (typeof date === 'string' && date.trim() !== '') {
      const read = readDate(date);
      if (!read) {
        // keep what was typed (flatpickr would empty the field) and say why it is not taken
        refuse(input);
        return undefined;
      }
      accept(input);
      return setDate.call(this, read, triggerChange, format);
    }
    if (isRefused(input) && date instanceof Date && isNaN(date.getTime())) {
      // form-js echoes an empty date back: the refused text stays until corrected
      return undefined;
    }
    if (date === '' || date == null) {
      accept(input);
    }
    return setDate.call(this, date, triggerChange, format);
  };
  picker.config.dateFormat = FLATPICKR_DISPLAY_FORMAT;
  picker.config.ariaDateFormat = 'Y年n月j日';
  input.setAttribute('placeholder', DISPLAY_FORMAT);
  if (picker.selectedDates.length) {
    input.value = picker.formatDate(picker.selectedDates[0], FLATPICKR_DISPLAY_FORMAT);
  }
  input.addEventListener('input', () => input.value.trim() === '' && accept(input));
}

function takeOverNewDatePickers() {
  document.querySelectorAll('.fjs-datepicker input').forEach((input) => {
    // flatpickr keeps its instance on the input; form-js creates it right after rendering the field
    if (input._flatpickr && !input._flatpickr.readsJapaneseDates) {
      input._flatpickr.readsJapaneseDates = true;
      readInJapanese(input._flatpickr);
    }
  });
}

new MutationObserver((mutations) => {
  if (mutations.some((mutation) => mutation.addedNodes.length)) {
    takeOverNewDatePickers();
  }
}).observe(document.documentElement, { childList: true, subtree: true });

/*
 * A refused date keeps the task open (or the process unstarted): the Tasklist completes a task, or starts a process
 * from a start form, through its button or when form-js submits its form (Enter in a field). Both are stopped before the Tasklist sees them, and the first refused field is scrolled into
 * view (not focused: the calendar would open over the message).
 */
function stopIfRefused(event) {
  const refused = Array.from(document.querySelectorAll('.fjs-datepicker input[aria-invalid="true"]')).find(isRefused);
  if (refused) {
    event.preventDefault();
    event.stopImmediatePropagation();
    refused.scrollIntoView({ block: 'center' });
  }
}

document.addEventListener('click', (event) => {
  if (event.target instanceof Element
    && event.target.closest('button[ng-click="complete()"], button[ng-click="startProcessInstance()"]')) {
    stopIfRefused(event);
  }
}, true);

document.addEventListener('submit', (event) => {
  if (event.target instanceof Element && event.target.matches('form.fjs-form')) {
    stopIfRefused(event);
  }
}, true);
