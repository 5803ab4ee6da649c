import type { ReactNode } from 'react'

import { sitePaths } from '../paths'
import type {
  ArticleCard as ArticleCardView,
  ImageView,
  TipCard as TipCardView,
  TreatmentCard as TreatmentCardView,
} from '../types'
import { DateText } from './DateText'
import { IMAGE_SIZES, Picture } from './Picture'

type Heading = 'h2' | 'h3'

/** `featured`: the home page's wide lead card, whose picture is the first thing loaded. */
export function ArticleCard({
  article,
  as: H = 'h3',
  featured = false,
}: {
  article: ArticleCardView
  as?: Heading
  featured?: boolean
}) {
  return (
    <article className="card">
      <CardCover image={article.image} words={article.title} featured={featured} />
      <div className="card__body">
        {article.topics[0] ? <p className="eyebrow">{article.topics[0].name}</p> : null}
        <H className="card__title">
          <a className="card__link" href={sitePaths.article(article.slug)}>
            {article.title}
          </a>
        </H>
        {article.excerpt ? <p className="card__text">{article.excerpt}</p> : null}
        <p className="meta">
          <DateText iso={article.publishedAt} />
          {article.readingTime ? <span> · {article.readingTime} min read</span> : null}
        </p>
      </div>
    </article>
  )
}

export function ArticleGrid({ articles, as = 'h3' }: { articles: ArticleCardView[]; as?: Heading }) {
  return (
    <ul className="grid" role="list">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} as={as} />
        </li>
      ))}
    </ul>
  )
}

export function TreatmentCard({
  treatment,
  as: H = 'h3',
  eyebrow = true,
  children,
}: {
  treatment: TreatmentCardView
  as?: Heading
  /** Off where the whole list is treatments (the index page). */
  eyebrow?: boolean
  /** More lines under the summary (the index page's concerns and downtime). */
  children?: ReactNode
}) {
  return (
    <article className="card card--treatment">
      <CardCover image={treatment.image} words={treatment.name} />
      <div className="card__body">
        {eyebrow ? <p className="eyebrow">Treatment</p> : null}
        <H className="card__title">
          <a className="card__link" href={sitePaths.treatment(treatment.slug)}>
            {treatment.name}
          </a>
        </H>
        {treatment.summary ? <p className="card__text">{treatment.summary}</p> : null}
        {children}
      </div>
    </article>
  )
}

/**
 * The card's picture; without one, its title set in type on a calm ground, as the generated
 * covers are, rather than an empty panel. Decorative either way: the card's heading says it.
 */
function CardCover({ image, words, featured = false }: { image?: ImageView; words: string; featured?: boolean }) {
  if (image)
    return (
      <Picture
        className="card__image"
        image={image}
        sizes={featured ? IMAGE_SIZES.featured : IMAGE_SIZES.card}
        priority={featured}
        decorative
      />
    )
  return (
    <div className="card__image card__image--type" aria-hidden="true">
      <span className="card__cover-words">{words}</span>
    </div>
  )
}

export function TreatmentGrid({ treatments, as = 'h3' }: { treatments: TreatmentCardView[]; as?: Heading }) {
  return (
    <ul className="grid" role="list">
      {treatments.map((treatment) => (
        <li key={treatment.slug}>
          <TreatmentCard treatment={treatment} as={as} />
        </li>
      ))}
    </ul>
  )
}

const TIME_LABELS: Record<TipCardView['time'], string> = {
  am: 'Morning',
  pm: 'Evening',
  both: 'Morning & evening',
  any: 'Any time',
}

export const routineLabel = (tip: Pick<TipCardView, 'time' | 'step'>, withStep = true): string =>
  `${TIME_LABELS[tip.time]}${withStep && tip.step ? ` · step ${tip.step}` : ''}`

export function TipList({
  tips,
  as: H = 'h3',
  numbered = false,
}: {
  tips: TipCardView[]
  as?: Heading
  numbered?: boolean
}) {
  const List = numbered ? 'ol' : 'ul'
  return (
    <List className="tips" role="list">
      {tips.map((tip) => (
        <li key={tip.slug} className="tip">
          <H className="tip__title">
            <a href={sitePaths.tip(tip.slug)}>{tip.title}</a>
          </H>
          <p className="meta">
            {/* In a numbered routine the list gives the order; the editorial step number would only confuse. */}
            {routineLabel(tip, !numbered)}
            {tip.category ? ` · ${tip.category}` : ''}
          </p>
          {tip.summary ? <p className="tip__text">{tip.summary}</p> : null}
        </li>
      ))}
    </List>
  )
}
