/**
 * schema.org JSON-LD for the site's pages. Builders return plain objects; `serializeJsonLd`
 * makes them safe to put inside <script>.
 */
import { sitePaths } from './paths'
import { absoluteUrl, SITE_NAME } from './seo'
import type { ArticleView, FaqView, SignOffView, TreatmentView } from './types'

export type JsonLdObject = { '@context'?: string; '@type': string | string[]; [key: string]: unknown }

/**
 * JSON for an inline script. `<` is escaped so `</script>` or `<!--` in a title cannot end
 * the script; `>` and `&` likewise for old parsers; U+2028/2029 because some JS engines
 * treat them as line ends. Every escape is still valid JSON, so JSON.parse gives the data back.
 */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

const context = 'https://schema.org'

const organization = () => ({
  '@type': 'Organization',
  name: SITE_NAME,
  url: absoluteUrl('/'),
})

export interface Crumb {
  name: string
  path: string
}

export function breadcrumbList(crumbs: Crumb[]): JsonLdObject {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}

export function faqPage(faqs: FaqView[], path: string): JsonLdObject | undefined {
  const answered = faqs.filter((f) => f.answerText)
  if (answered.length === 0) return undefined
  return {
    '@context': context,
    '@type': 'FAQPage',
    url: absoluteUrl(path),
    mainEntity: answered.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: faq.answerText },
    })),
  }
}

function reviewer(signOff: SignOffView | undefined) {
  if (!signOff?.name) return undefined
  return { '@type': 'Person', name: signOff.name, ...(signOff.credentials ? { description: signOff.credentials } : {}) }
}

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : undefined)

export function blogPosting(article: ArticleView, image?: string): JsonLdObject {
  const url = absoluteUrl(sitePaths.article(article.slug))
  return {
    '@context': context,
    '@type': 'BlogPosting',
    '@id': `${url}#article`,
    headline: article.title,
    description: article.seo.description ?? article.excerpt,
    url,
    mainEntityOfPage: url,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    ...(image ? { image: [image] } : {}),
    author:
      article.authors.length > 0
        ? article.authors.map((author) => ({
            '@type': 'Person',
            name: author.name,
            url: absoluteUrl(sitePaths.author(author.slug)),
            ...(author.credentials ? { description: author.credentials } : {}),
          }))
        : [organization()],
    publisher: organization(),
    ...(article.topics.length ? { keywords: article.topics.map((t) => t.name).join(', ') } : {}),
    ...(article.readingTime ? { timeRequired: `PT${article.readingTime}M` } : {}),
    inLanguage: 'en',
  }
}

/** For medical articles: the page as a MedicalWebPage, reviewed by the sign-off's reviewer when there is one. */
export function medicalWebPage(input: {
  path: string
  name: string
  description?: string
  dateModified: string
  signOff?: SignOffView
  about?: JsonLdObject[]
}): JsonLdObject {
  const reviewedBy = reviewer(input.signOff)
  return {
    '@context': context,
    '@type': 'MedicalWebPage',
    url: absoluteUrl(input.path),
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    dateModified: input.dateModified,
    ...(reviewedBy ? { reviewedBy } : {}),
    ...(input.signOff?.at ? { lastReviewed: day(input.signOff.at) } : {}),
    ...(input.about?.length ? { about: input.about } : {}),
    inLanguage: 'en',
    publisher: organization(),
  }
}

export function medicalProcedure(treatment: TreatmentView, image?: string): JsonLdObject {
  const url = absoluteUrl(sitePaths.treatment(treatment.slug))
  return {
    '@context': context,
    '@type': 'MedicalProcedure',
    '@id': `${url}#procedure`,
    name: treatment.name,
    url,
    ...(treatment.summary ? { description: treatment.summary } : {}),
    ...(treatment.howItWorks ? { howPerformed: treatment.howItWorks } : {}),
    ...(image ? { image } : {}),
  }
}

export const procedureRef = (t: { name: string; slug: string }): JsonLdObject => ({
  '@type': 'MedicalProcedure',
  name: t.name,
  url: absoluteUrl(sitePaths.treatment(t.slug)),
})
