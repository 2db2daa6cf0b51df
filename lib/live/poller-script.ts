/**
 * The live page's island, as a few hundred bytes of inline script rendered only on a running live
 * article (a client component would be bundled into the chunk every article page loads: measured,
 * 2.1 kB gzipped on all of them). While the tab is visible it polls the article's JSON
 * (GET /api/live/{section}/{slug}) every POLL_MS and, when updates arrive that the page does not
 * show, offers "N new updates" in a polite live region instead of moving the page. Showing them
 * inserts the server-rendered markup (components/LiveUpdateItem.tsx, in the JSON's `itemHtml`)
 * above the list and moves focus to the newest without scrolling.
 */
const POLL_MS = 10_000

export function livePollerScript(cfg: { root: string; endpoint: string; buttonClass: string }): string {
  // Inside a <script>: no "<" may end it early, whatever the values become.
  const c = JSON.stringify(cfg).replace(/</g, '\\u003c')
  return `(function(c){var d=document,r=d.getElementById(c.root);if(!r)return;var s=r.querySelector("[role=status]"),l=r.querySelector("ol"),k={},w=[];r.getAttribute("data-known").split(" ").forEach(function(i){k[i]=1});function p(){if(d.visibilityState!=="visible")return;fetch(c.endpoint,{cache:"no-store"}).then(function(x){return x.ok?x.json():null}).then(function(j){if(!j)return;w=j.updates.filter(function(u){return!k[u.id]});s.textContent="";if(!w.length)return;var b=d.createElement("button");b.type="button";b.className=c.buttonClass;b.textContent=w.length+(w.length>1?" new updates":" new update");b.onclick=o;s.appendChild(b)}).catch(function(){})}function o(){var h="";w.forEach(function(u){k[u.id]=1;h+="<li>"+u.itemHtml+"</li>"});l.insertAdjacentHTML("afterbegin",h);w=[];s.textContent="";var a=l.querySelector("article");if(a)a.focus({preventScroll:true})}setInterval(p,${POLL_MS})})(${c})`
}
