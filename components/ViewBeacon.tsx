// Counts a view of the article once the page is really shown to a reader: not while it is being
// prerendered ahead of a click, not in a background tab that is never looked at. ~300 bytes, no
// cookie, no framework code; sendBeacon survives the reader leaving the page at once.
const SCRIPT = `(function(){var d=document,n=navigator,s=0;function b(){if(s||d.visibilityState!=='visible'||d.prerendering)return;s=1;var p=location.pathname;if(n.sendBeacon)n.sendBeacon('/api/views',p);else fetch('/api/views',{method:'POST',body:p,keepalive:true})}b();d.addEventListener('visibilitychange',b);d.addEventListener('prerenderingchange',b)})()`

export function ViewBeacon() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />
}
