/*
 * One sign-in for the application and Camunda's webapps (see the README, "Security"), loaded by each webapp as a
 * custom script (customScripts in its config.js).
 *
 * People sign in and out on the application's login page. The webapps take the signed-in user from the
 * application's session, so their own login form would only appear when nobody is signed in: after a sign-out in
 * the webapp (which ends the application's session too) or once the session has expired. Instead of that form the
 * browser goes to the application's login page: after a sign-out with the notice 「ログアウトしました。」, otherwise
 * by reloading this webapp, which the server sends to the login page and, after the sign-in, back here.
 */
const SIGNED_OUT = 'tsunagari.signedOut';

// app-root is the context path and the webapps' application path (/camunda), one segment
const appRoot = document.querySelector('base').getAttribute('app-root');
const contextPath = appRoot.substring(0, appRoot.lastIndexOf('/'));

function leaveWebappLoginForm() {
  if (!window.location.hash.startsWith('#/login')) {
    return;
  }
  if (window.sessionStorage.getItem(SIGNED_OUT)) {
    window.sessionStorage.removeItem(SIGNED_OUT);
    window.location.replace(`${contextPath}/login?logout`);
  } else {
    window.location.replace(window.location.pathname);
  }
}

document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('li.logout')) {
    window.sessionStorage.setItem(SIGNED_OUT, 'true');
  }
}, true);
window.addEventListener('hashchange', leaveWebappLoginForm);
leaveWebappLoginForm();
