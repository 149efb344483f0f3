/**
 * Applies a stored theme choice before first paint; an embed (`/embed/…`, `/de/embed/…`) takes its theme from its URL instead
 * (`?theme=light|dark`, else the system's): the host page decides, not what the reader chose on our site.
 * Inline in <head> (each page's policy allows it by hash, docs/security.md): a same-origin file here was a
 * render-blocking request that held back every page's first paint. Plain ES5 in a string: it runs before any bundle, in any browser.
 */
export const themeInitScript =
  "var d=document.documentElement;if(/^(\\/[a-z]{2}(-[A-Z]{2})?)?\\/embed\\//.test(location.pathname)){var m=/[?&]theme=(light|dark)(?:&|$)/.exec(location.search);if(m)d.dataset.theme=m[1]}else{try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}}";
