// Runs before first paint (a same-origin file, so the CSP needs no inline script): applies a stored theme choice.
// An embed takes its theme from its URL instead (?theme=light|dark, else the system's): the host page decides.
if (location.pathname.indexOf('/embed/') === 0) {
  var m = /[?&]theme=(light|dark)(?:&|$)/.exec(location.search);
  if (m) document.documentElement.dataset.theme = m[1];
} else {
  try {
    var t = localStorage.getItem('theme');
    if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  } catch {
    // Storage blocked: the system theme applies.
  }
}
