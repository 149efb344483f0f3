/**
 * Applies a stored theme choice before first paint. Inline in <head> (the CSP allows inline scripts, README
 * "Security headers"): a same-origin file here was a render-blocking request that held back every page's first
 * paint (issue 11). Plain ES5 in a string: it runs before any bundle, in any browser.
 */
export const themeInitScript =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
