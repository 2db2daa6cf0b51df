import { site } from '@/config/site'
import { themeProperties } from '@/lib/brand/theme-css'

// The brand's colours (config/brands/{id}.ts theme), checked as #rrggbb by themeProperties.
const c = themeProperties(site.theme)
const ink = c['--brand-ink']
const paper = c['--brand-paper']
const accent = c['--brand-accent']
const muted = c['--brand-muted']

// The lite page's whole stylesheet, inline (components/LiteArticlePage.tsx): system fonts, element
// selectors (the shared components' CSS-module classes are not loaded there), under 2 kB.
export const LITE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a;background:${paper}}
a{color:${ink}}
header,main,footer{max-width:40rem;margin:0 auto;padding:0 12px}
header nav ul{display:flex;flex-wrap:wrap;gap:4px 12px;margin:0;padding:6px 0;list-style:none;font-size:13px}
header nav:first-child{background:${ink};margin:0 -12px;padding:0 12px}
header nav:first-child,header nav:first-child a{color:${paper}}
header nav:first-child time{display:block;padding-top:6px;font-size:12px}
header>div{padding:10px 0;border-bottom:3px double ${ink}}
header>div a{display:inline-block;text-decoration:none}header>div svg{display:block;height:32px;width:auto;max-width:100%}
header>div span{display:block;font-size:11px;letter-spacing:.08em}
h1{font:700 26px/1.2 Georgia,serif;margin:6px 0}
h2,h3{font-family:Georgia,serif;line-height:1.25}
article header{padding:0}
article header p{margin:4px 0}
article header p:first-child a,article header p:first-child span{font-size:12px;font-weight:800;text-transform:uppercase;letter-spacing:.06em;color:${accent};text-decoration:none;margin-right:8px}
article p,article li{font-size:17px;line-height:1.6}
article header p:last-child{font-size:13px;color:${muted}}
article header p:last-child span{display:block}
img{max-width:100%;height:auto;display:block;background:#eee}
figure{margin:16px 0}
figcaption{font-size:13px;color:${muted};margin-top:4px}
blockquote{margin:16px 0;padding-left:12px;border-left:4px solid ${accent};font-style:italic}
aside{margin:16px 0;padding:8px 12px;background:#f3f1ec;border-left:4px solid ${accent};font-size:14px}
aside h2{font-size:14px;margin:0;text-transform:uppercase}
table{border-collapse:collapse;font-size:14px}td,th{border:1px solid #d6d6d6;padding:4px}
section ol{list-style:none;padding:0}
section article{border-top:1px solid #d6d6d6;padding:8px 0}
.full{margin:24px 0;padding:12px;background:#f3f1ec}
footer{margin-top:24px;padding:12px;border-top:1px solid #d6d6d6;font-size:13px}
`
  .trim()
  .replace(/\n/g, '')
