/**
 * The live page's island, as a few hundred bytes of inline script rendered only on a running live
 * article (a client component would be bundled into the chunk every article page loads: measured,
 * 2.1 kB gzipped on all of them). While the tab is visible it polls the article's JSON
 * (GET /api/live/{section}/{slug}) every POLL_MS and, when updates arrive that the page does not
 * show, offers "N new updates" (the brand's words, by plural category) in a polite live region
 * instead of moving the page. Showing them inserts the server-rendered markup
 * (components/LiveUpdateItem.tsx, in the JSON's `itemHtml`) at the top of the newest day shown,
 * or under a new day's heading (components/LiveDayGroup.tsx, in the JSON's `days`) when the day
 * has changed: what a reload would show. Then it moves focus to the newest without scrolling.
 */
const POLL_MS = 10_000

export type LivePollerConfig = {
  root: string
  endpoint: string
  buttonClass: string
  /** For Intl.PluralRules: which of `newUpdates` a count takes. */
  locale: string
  /** "{count} new updates", by plural category ("other" when the category has none). */
  newUpdates: Readonly<Record<'one' | 'other', string>>
}

export function livePollerScript(cfg: LivePollerConfig): string {
  // Inside a <script>: no "<" may end it early, whatever the values become.
  const c = JSON.stringify(cfg).replace(/</g, '\\u003c')
  return `(function(c){var d=document,r=d.getElementById(c.root);if(!r)return;var s=r.querySelector("[role=status]"),q=s.nextElementSibling,B=r.parentNode,P=new Intl.PluralRules(c.locale),k={},w=[],D={};r.getAttribute("data-known").split(" ").forEach(function(i){k[i]=1});function p(){if(d.visibilityState!=="visible")return;fetch(c.endpoint,{cache:"no-store"}).then(function(x){return x.ok?x.json():null}).then(function(j){if(!j)return;D=j.days;w=j.updates.filter(function(u){return!k[u.id]});s.textContent="";if(!w.length)return;var b=d.createElement("button");b.type="button";b.className=c.buttonClass;b.textContent=(c.newUpdates[P.select(w.length)]||c.newUpdates.other).replace("{count}",w.length);b.onclick=o;s.appendChild(b)}).catch(function(){})}function o(){for(var i=w.length-1;i>=0;i--){var u=w[i],g=B.querySelector("[data-day]");k[u.id]=1;if(!g||g.getAttribute("data-day")!==u.day){q.insertAdjacentHTML("afterbegin",D[u.day]);g=q.firstElementChild}g.querySelector("ol").insertAdjacentHTML("afterbegin","<li>"+u.itemHtml+"</li>")}w=[];s.textContent="";var a=B.querySelector("[data-day] article");if(a)a.focus({preventScroll:true})}setInterval(p,${POLL_MS})})(${c})`
}
