import { capitalCoahuila } from './brands/capital-coahuila'
import { capitalEdomex } from './brands/capital-edomex'
import { capitalMexico } from './brands/capital-mexico'
import { capitalMujer } from './brands/capital-mujer'
import { capitalQueretaro } from './brands/capital-queretaro'
import { efekto } from './brands/efekto'
import { estadioDeportes } from './brands/estadio-deportes'
import { greenTv } from './brands/green-tv'
import { reporteIndigo } from './brands/reporte-indigo'
import { revistaCambio } from './brands/revista-cambio'
import { theNews } from './brands/the-news'
import { site } from './site'
import type { Brand, Language } from './types'

/** The group's sister brands, in the order the network strip shows them. */
export const BRANDS = [
  capitalCoahuila,
  capitalQueretaro,
  capitalEdomex,
  capitalMexico,
  capitalMujer,
  reporteIndigo,
  estadioDeportes,
  theNews,
  efekto,
  greenTv,
  revistaCambio,
] as const satisfies readonly Brand[]

/**
 * What the network strip, the footer and /about list: the group's brands, led by this site's own
 * when it is not one of them (a brand added with its config file, drawings and content alone, as
 * README "Adding a brand" says), so every site names itself, marked current, wherever it lists
 * the others. A brand of the group is in BRANDS by its own config file, in the group's order.
 */
export const NETWORK_BRANDS: readonly Brand[] = BRANDS.some((b) => b.id === site.id)
  ? BRANDS
  : [{ id: site.id, name: site.name, url: site.url, lang: site.lang }, ...BRANDS]

/** Which of the sister brands this site is. */
export const CURRENT_BRAND_ID: string = site.id

/** A brand name's `lang` where it differs from the page's, so a screen reader says it in its own language. */
export function brandNameLang(brand: Brand): Language | undefined {
  return brand.lang === site.locale ? undefined : brand.lang
}
