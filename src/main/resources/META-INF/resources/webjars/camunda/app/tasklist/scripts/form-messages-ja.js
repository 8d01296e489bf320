/*
 * Japanese validation messages for Camunda Forms in the Tasklist.
 *
 * The Tasklist of Camunda 7.24 renders Camunda Forms with form-js 1.8.7, which writes its validation messages in
 * English with no way to translate them. Staff read Japanese, so this script (loaded through customScripts in
 * config.js) rewrites each message as form-js puts it on the page. The patterns are form-js 1.8.7's own messages.
 */
const MESSAGES = [
  [/^Field is required\.$/, () => '入力してください。'],
  [/^Field must have minimum length of (.+)\.$/, (n) => `${n}文字以上で入力してください。`],
  [/^Field must have maximum length of (.+)\.$/, (n) => `${n}文字以内で入力してください。`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `${n}以上の値を入力してください。`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `${n}以下の値を入力してください。`],
  [/^Field must match pattern .+\.$/, () => '入力の形式が正しくありません。'],
  [/^Field must be a valid email\.$/, () => '正しいメールアドレスを入力してください。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '正しい電話番号を国番号から入力してください（例: +81312345678）。']
];

function translate(text) {
  for (const [pattern, japanese] of MESSAGES) {
    const match = pattern.exec(text.trim());
    if (match) {
      return japanese(match[1]);
    }
  }
  return null;
}

function translateErrors(root) {
  if (!(root instanceof Element)) {
    return;
  }
  const owner = root.closest('.fjs-form-field-error');
  const errors = owner ? [owner] : root.querySelectorAll('.fjs-form-field-error');
  errors.forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const japanese = translate(node.nodeValue);
      if (japanese) {
        node.nodeValue = japanese;
      }
    }
  });
}

new MutationObserver((mutations) => {
  mutations.forEach((mutation) => {
    if (mutation.type === 'characterData') {
      translateErrors(mutation.target.parentElement);
    }
    mutation.addedNodes.forEach((node) => translateErrors(node.nodeType === Node.TEXT_NODE ? node.parentElement : node));
  });
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
