import type { BrandStrings } from './brand-strings'
import type { Division } from './types'

// The words of the group's Spanish-language (es-MX) brands, in one place: each Spanish brand's file
// (config/brands/{id}.ts) calls this with what is its own. Same keys and template slots as The
// News's strings (config/brands.test.ts); Mexican usage ("nota", "boletín", "en vivo").
/** The group's divisions, named in Spanish (the es-MX brands' `divisions`). */
export const DIVISIONS_ES_MX = [
  { id: 'digital', name: 'Digital', description: 'Sitios de noticias, boletines y aplicaciones.' },
  { id: 'prensa', name: 'Prensa', description: 'Diarios y semanarios impresos.' },
  { id: 'radio', name: 'Radio', description: 'Estaciones de noticias y de música.' },
  { id: 'tv', name: 'TV', description: 'Canales de televisión y video.' },
] as const satisfies readonly Division[]

export function stringsEsMx(brand: {
  /** The brand's name, as it is written in sentences. */
  name: string
  /** The newsletter in one or two sentences: what it brings and when. */
  newsletterPitch: string
  /** /about's first paragraph: who writes it, for whom. `{name}` is the brand's name. */
  aboutIntro: string
}): BrandStrings {
  const { name } = brand
  const PITCH = brand.newsletterPitch
  return {
    common: {
      skipToContent: 'Saltar al contenido principal',
      sectionsNav: 'Secciones',
      home: 'Inicio',
      siteSearch: 'Buscar en el sitio',
      newer: '← Más recientes',
      older: 'Anteriores →',
      pageOf: 'Página {page} de {total}',
    },
    network: {
      label: 'Marcas hermanas de nuestro grupo de medios',
      brands: 'Marcas hermanas',
      divisions: 'Divisiones',
    },
    lists: {
      homeHeading: '{name}: lo más importante',
      leadStory: 'Nota principal',
      noStoriesYet: 'Todavía no se ha publicado ninguna nota.',
      topStories: 'Lo más importante',
      moreInSection: 'Más de {section}',
      mostRead: 'Lo más leído',
      mostReadNoFigures: 'Todavía no hay cifras de lectura: estas son las notas más recientes.',
      pageNumber: 'página {page}',
      noStoriesHere: 'Todavía no hay notas aquí.',
      pagesLabel: '{title}: páginas',
      earlierUpdates: '{title}: actualizaciones anteriores, página {page}',
    },
    footer: {
      about: 'Acerca de {name}',
      standards: 'Nuestros principios',
      ethics: 'Principios editoriales',
      correctionsPolicy: 'Política de correcciones',
      corrections: 'Correcciones',
      ownership: 'Propiedad y financiamiento',
      masthead: 'Directorio',
      bylines: 'Política de firmas',
      sections: 'Secciones',
      sectionsLabel: 'Secciones (pie de página)',
      network: 'Nuestra red',
      networkLabel: 'Marcas hermanas de nuestro grupo de medios (pie de página)',
      copyright: '© {year} {name}. Todos los derechos reservados.',
    },
    errors: {
      notFoundTitle: 'Página no encontrada',
      notFoundHeading: 'No encontramos esa página',
      notFoundText:
        'Puede que la nota haya cambiado de dirección o que la dirección tenga un error. Prueba en una de nuestras secciones:',
      notFoundBack: 'O vuelve a la {frontPage}.',
      frontPage: 'portada',
      liteNotFound: 'No encontrada',
      liteFrontPage: 'Portada',
      withdrawnTitle: 'Nota retirada',
      withdrawnHeading: 'Esta nota fue retirada',
      withdrawnText:
        '{name} retiró esta nota. Por qué retiramos notas y cómo corregimos: {policy}. Las notas más recientes están en la {frontPage}.',
      withdrawnPolicy: 'nuestra política de correcciones',
      tooManySearches: 'Demasiadas búsquedas',
      tooManySearchesText: {
        one: 'Tu conexión ha buscado en {name} muchas veces en el último minuto. Vuelve a intentarlo en {seconds} segundo; las notas más recientes están en la {frontPage}.',
        other:
          'Tu conexión ha buscado en {name} muchas veces en el último minuto. Vuelve a intentarlo en {seconds} segundos; las notas más recientes están en la {frontPage}.',
      },
      cardWithdrawn: 'Esta nota fue retirada',
      cardNotFound: 'No existe esa nota',
      unknownSection: 'Sección desconocida',
      noSitemapPart: 'No existe esa parte del mapa del sitio',
      noImage: 'No hay ninguna imagen en esta dirección.',
      imageStoreDown: 'El almacén de imágenes no responde en este momento; inténtalo de nuevo en un minuto.',
    },
    about: {
      title: 'Acerca de {name}',
      description: 'Acerca de {name}, {tagline}, y del grupo de medios al que pertenece.',
      intro: brand.aboutIntro,
      network: 'Nuestra red',
      networkIntro: '{name} es una de las marcas hermanas de un grupo de medios mexicano:',
      divisions: 'Divisiones',
      breadcrumb: 'Acerca de',
      lastUpdated: 'Última actualización: {date}',
      draftNote: 'Borrador: no publicado. Los lectores no pueden ver esta nota.',
      scheduledNote: 'Programada: los lectores verán esta nota a partir del {date}.',
      preview: 'Vista previa',
      previewText: '{preview}: estás viendo borradores y notas programadas que los lectores no pueden ver.',
      leavePreview: 'Salir de la vista previa',
    },
    seo: {
      homeTitle: '{name}: {tagline}',
      titleTemplate: '%s | {name}',
      siteFeed: '{name}: últimas noticias',
      sectionFeed: '{name}: {section}',
      listPageTitle: '{title}, página {page}',
      liveUpdatesTitle: '{title}: actualizaciones, página {page}',
      authorsList: '{names} y {last}',
      clarification: 'Aclaración: {text}',
    },
    article: {
      types: {
        news: 'Noticia',
        analysis: 'Análisis',
        opinion: 'Opinión',
        explainer: 'Explicativo',
        interview: 'Entrevista',
        review: 'Reseña',
        obituary: 'Obituario',
        live: 'En vivo',
      },
      liveNow: 'En vivo',
      liveEnded: 'Cobertura en vivo terminada',
      byline: 'Por {authors}',
      updated: 'Actualizado: {time}',
      readingTime: { one: '{count} min de lectura', other: '{count} min de lectura' },
      photoCredit: 'foto: {credit}',
      topics: 'Temas',
      related: 'Sigue leyendo',
      readAlso: 'Lee también:',
      table: 'Tabla',
      liteOffer: '{link} de esta nota, para conexiones lentas',
      liteLink: 'Versión ligera',
      liteTitle: '{title} | {site} (versión ligera)',
      fullOffer: '{link} (fotos en tamaño completo, notas relacionadas)',
      fullLink: 'Versión completa de esta nota',
    },
    live: {
      heading: 'Actualizaciones en vivo',
      headingEnded: 'Actualizaciones',
      badge: 'En vivo',
      running: 'Las actualizaciones aparecen aquí conforme avanza la historia.',
      ended: 'Esta cobertura en vivo terminó.',
      keyEvents: 'Momentos clave',
      keyEventWhen: '{day}, {time}',
      pinned: 'Fijada',
      keyEvent: 'Momento clave',
      olderUpdates: 'Actualizaciones anteriores',
      latestPage: 'Lo más reciente',
      page: 'Página {page}',
      newUpdates: { one: '{count} actualización nueva', other: '{count} actualizaciones nuevas' },
      unrenderable: 'Esta actualización no se puede mostrar.',
    },
    corrections: {
      correction: { one: 'Corrección', other: 'Correcciones' },
      clarification: { one: 'Aclaración', other: 'Aclaraciones' },
      policyLink: 'Cómo corregimos nuestro trabajo',
      allLink: 'Todas las correcciones',
      title: 'Correcciones y aclaraciones',
      intro: `Cuando en ${name} nos equivocamos, lo decimos en la nota y lo registramos aquí.`,
      description: `Todas las correcciones y aclaraciones que ha publicado ${name}, de la más reciente a la más antigua.`,
      pageNumber: 'página {page}',
      empty: 'Todavía no hay correcciones.',
      pagination: 'Correcciones: páginas',
    },
    author: {
      expertise: 'Especialidad:',
      languages: 'Reporta en:',
      elsewhere: '{name} en otros sitios',
      latest: 'Lo más reciente de {name}',
      empty: 'Todavía no hay notas publicadas.',
      pageNumber: 'página {page}',
      pagination: '{name}: páginas',
    },
    tags: {
      kicker: 'Tema',
      count: {
        one: '{count} nota, de la más reciente a la más antigua.',
        other: '{count} notas, de la más reciente a la más antigua.',
      },
      description: `Notas de ${name} sobre {tag}.`,
      indexTitle: 'Temas',
      indexIntro: 'Todos los temas que cubrimos, del que más notas tiene al que menos.',
      indexDescription: `Todos los temas que cubre ${name}, con el número de notas de cada uno.`,
    },
    search: {
      title: 'Búsqueda',
      titleWithQuery: 'Búsqueda: {query}',
      description: `Busca en todas las notas publicadas por ${name}.`,
      againLabel: 'Buscar de nuevo',
      fieldLabel: `Buscar en ${name}`,
      button: 'Buscar',
      empty: 'Escribe una o dos palabras para buscar en el archivo.',
      tooLong:
        'Una búsqueda puede tener hasta {max} caracteres; la tuya tiene {length}. Prueba con unas cuantas palabras clave.',
      noWords: 'Tu búsqueda no tiene letras ni números. Prueba con una palabra.',
      noMatch: 'Ninguna nota coincide con {query}.',
      noMatchHint: 'Revisa la ortografía, usa menos palabras o prueba un término más amplio, como un lugar o un tema.',
      count: { one: '{count} nota coincide con {query}', other: '{count} notas coinciden con {query}' },
      pageOf: '(página {page} de {pages})',
      noMore: 'No hay más resultados.',
      pages: 'Páginas de resultados',
      previous: '← Anterior',
      next: 'Siguiente →',
    },
    newsletter: {
      signup: {
        heading: 'Recibe {site} por correo',
        footerHeading: 'Boletín',
        pitch: PITCH,
        emailLabel: 'Correo electrónico',
        button: 'Suscribirme',
        trapLabel: 'Deja esto vacío',
        offline: 'No pudimos conectar con {site}. Revisa tu conexión e inténtalo de nuevo.',
      },
      page: {
        metaTitle: 'Boletín',
        description: PITCH,
      },
      confirm: {
        metaTitle: 'Confirma tu suscripción',
        description: 'Confirma tu suscripción al boletín de {site}.',
        heading: 'Confirma tu suscripción',
        explanation: 'Con un clic, el boletín de {site} empezará a llegar a {email}.',
        button: 'Confirmar mi suscripción',
      },
      unsubscribe: {
        metaTitle: 'Cancelar suscripción',
        description: 'Deja de recibir el boletín de {site}.',
        heading: 'Cancelar la suscripción al boletín',
        explanation: 'El boletín de {site} dejará de llegar a {email}.',
        button: 'Cancelar suscripción',
      },
      badLink: {
        heading: 'Este enlace no funciona',
        backLink: 'Ir a la página del boletín',
      },
      unavailable: {
        heading: 'El boletín no está disponible en este momento',
        linkStillWorks: 'Tu enlace sigue funcionando: ábrelo de nuevo en unos minutos.',
      },
      status: {
        pending:
          'Ya casi: enviamos un correo a esa dirección. Si todavía no está suscrita, el correo trae un enlace de confirmación: haz clic en él para empezar a recibir el boletín.',
        'pending-again':
          'Ya te habías registrado, así que te enviamos de nuevo el enlace de confirmación. Revisa tu bandeja de entrada (y la de correo no deseado).',
        'already-confirmed': 'Esa dirección ya está suscrita. ¡Gracias! No tienes que hacer nada más.',
        confirmed: 'Listo, ya estás suscrito. {site} llegará a tu correo {cadence}.',
        'was-confirmed': 'Tu suscripción ya estaba confirmada. No tienes que hacer nada más.',
        unsubscribed: 'Cancelamos tu suscripción. Ya no recibirás el boletín.',
        'was-unsubscribed': 'Esa dirección no está suscrita, así que no había nada que cancelar.',
      },
      errors: {
        'email-missing': 'Escribe tu correo electrónico.',
        'email-too-long': 'Ese correo electrónico es demasiado largo.',
        'email-format': 'Eso no parece un correo electrónico: necesita una @, como nombre@ejemplo.com.',
        'email-non-ascii':
          'Solo podemos enviar a direcciones cuya parte antes de la @ use letras sin acentos, dígitos y . _ + - (nuestro correo todavía no llega a direcciones con acentos).',
        'email-local': 'La parte antes de la @ tiene caracteres que un correo electrónico no puede tener.',
        'email-domain': 'La parte después de la @ no es un dominio válido, como ejemplo.com.',
        'rate-limited': 'Lo intentaste varias veces en pocos minutos. Espera un momento y vuelve a intentarlo.',
        'bad-link': 'Este enlace no es válido o ya caducó. Suscríbete de nuevo y te enviaremos otro.',
        'cross-site':
          'Este formulario se envió desde otro sitio. Para suscribirte, usa el formulario de una página de este sitio.',
        unavailable:
          'El servicio del boletín no está disponible en este momento. No se guardó nada; inténtalo de nuevo en unos minutos.',
      },
      mail: {
        confirmation: {
          subject: 'Confirma tu suscripción a {site}',
          text:
            'Alguien (esperamos que tú) pidió el boletín de {site} para {email}.\n' +
            '\n' +
            'Para confirmar, abre este enlace:\n' +
            '{url}\n' +
            '\n' +
            'Si no fuiste tú, ignora este correo: no quedarás suscrito. El enlace caduca en 7 días.',
        },
        welcome: {
          subject: 'Te damos la bienvenida al boletín de {site}',
          text:
            'Estás suscrito al boletín de {site} con {email}.\n' +
            '\n' +
            'Para dejar de recibirlo en cualquier momento, abre este enlace:\n' +
            '{url}',
        },
        alreadySubscribed: {
          subject: 'Ya estás suscrito a {site}',
          text:
            'Alguien (esperamos que tú) pidió el boletín de {site} para {email}, que ya está suscrito.\n' +
            'No tienes que hacer nada más.\n' +
            '\n' +
            'Si quieres dejar de recibirlo, abre este enlace:\n' +
            '{url}',
        },
      },
    },
  }
}
