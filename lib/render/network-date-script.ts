import { site } from '../../config/site'
import type { BrandConfig } from '../../config/types'

/** What the script needs of a brand: its language, its clock and its network date pattern. */
type DateBrand = Pick<BrandConfig, 'intlLocale' | 'timeZone'> & { dates: Pick<BrandConfig['dates'], 'network'> }

/**
 * A few hundred bytes of inline script that rewrites the network strip's date in the reader's
 * browser. Pages are prebuilt, so the date rendered on the server is the build's; this keeps the
 * strip on today's date in Mexico City without shipping a client component. It must produce
 * exactly what formatNetworkDate() does (lib/dates.ts): the same Intl options, the brand's
 * pattern and only Intl's typed parts; a unit test runs both against the same instants.
 */
export function networkDateScript(elementId: string, brand: DateBrand = site): string {
  // Inside a <script>: no "<" may end it early, whatever the values become.
  const json = (v: string) => JSON.stringify(v).replace(/</g, '\\u003c')
  const tz = json(brand.timeZone)
  return `(function(){var e=document.getElementById(${json(elementId)});if(!e)return;try{var d=new Date(),f=new Intl.DateTimeFormat(${json(brand.intlLocale)},{timeZone:${tz},weekday:"long",day:"numeric",month:"long",year:"numeric",hour:"2-digit",minute:"2-digit",second:"2-digit",hourCycle:"h23"}).formatToParts(d),m={weekday:"weekday",day:"day",month:"month",year:"year",hh:"hour",mm:"minute",ss:"second"},n=new Intl.DateTimeFormat("en-CA",{timeZone:${tz},year:"numeric",month:"2-digit",day:"2-digit"}).format(d);e.textContent=${json(brand.dates.network)}.replace(/\\{(weekday|day|month|year|hh|mm|ss)\\}/g,function(x,s){for(var i=0;i<f.length;i++)if(f[i].type===m[s]){var v=f[i].value;return s.length==2&&v.length<2?"0"+v:v}return""});e.setAttribute("datetime",n)}catch(x){}})()`
}
