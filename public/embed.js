// Sizes the EU AI Factories iframes on a page to their content. Add it once, anywhere on the page:
//   <script src="https://<dashboard>/embed.js" async></script>
// Each embed posts { type: 'eu-ai-factories:height', view, height }; only a message from one of this page's
// iframes showing an embed (/embed/… or a language's /de/embed/…), sent from that iframe's own origin, resizes it.
(function () {
  if (window.euAiFactoriesEmbed) return;
  window.euAiFactoriesEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'eu-ai-factories:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var src;
      try {
        src = new URL(frame.src, location.href);
      } catch {
        return;
      }
      if (src.origin !== event.origin || !/^(\/[a-z]{2}(-[A-Z]{2})?)?\/embed\//.test(src.pathname)) return;
      frame.style.height = Math.min(Math.max(Math.ceil(data.height), 80), 20000) + 'px';
      return;
    }
  });
})();
