import { site } from '../../config/site'

/**
 * A few hundred bytes of inline script that rewrites the network strip's date in the reader's
 * browser. Pages are prebuilt, so the date rendered on the server is the build's; this keeps the
 * strip on today's date in Mexico City without shipping a client component. It must produce
 * exactly what formatNetworkDate() does; a unit test runs both against the same instants.
 */
export function networkDateScript(elementId: string): string {
  const tz = JSON.stringify(site.timeZone)
  return `(function(){var e=document.getElementById(${JSON.stringify(elementId)});if(!e)return;try{var f=new Intl.DateTimeFormat("en-US",{timeZone:${tz},weekday:"long",day:"numeric",month:"long",year:"numeric"}).formatToParts(new Date()),g=function(t){for(var i=0;i<f.length;i++)if(f[i].type===t)return f[i].value;return""},n=new Intl.DateTimeFormat("en-CA",{timeZone:${tz},year:"numeric",month:"2-digit",day:"2-digit"}).format(new Date());e.textContent=g("weekday")+" "+g("day")+", "+g("month")+" "+g("year");e.setAttribute("datetime",n)}catch(x){}})()`
}
