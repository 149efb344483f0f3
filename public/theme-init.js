// Runs before first paint (a same-origin file, so the CSP needs no inline script): applies a stored theme choice.
try {
  var t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
  // Storage blocked: the system theme applies.
}
