import { sitePaths } from '../paths'
import type { ArticleCard as ArticleCardView, TipCard as TipCardView, TreatmentCard as TreatmentCardView } from '../types'
import { DateText } from './DateText'
import { IMAGE_SIZES, Picture } from './Picture'

type Heading = 'h2' | 'h3'

export function ArticleCard({ article, as: H = 'h3', priority = false }: { article: ArticleCardView; as?: Heading; priority?: boolean }) {
  return (
    <article className="card">
      {article.image ? (
        <Picture className="card__image" image={article.image} sizes={IMAGE_SIZES.card} priority={priority} decorative />
      ) : (
        <div className="card__image card__image--blank" aria-hidden="true" />
      )}
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

export function TreatmentCard({ treatment, as: H = 'h3' }: { treatment: TreatmentCardView; as?: Heading }) {
  return (
    <article className="card card--treatment">
      {treatment.image ? (
        <Picture className="card__image" image={treatment.image} sizes={IMAGE_SIZES.card} decorative />
      ) : (
        <div className="card__image card__image--blank" aria-hidden="true" />
      )}
      <div className="card__body">
        <p className="eyebrow">Treatment</p>
        <H className="card__title">
          <a className="card__link" href={sitePaths.treatment(treatment.slug)}>
            {treatment.name}
          </a>
        </H>
        {treatment.summary ? <p className="card__text">{treatment.summary}</p> : null}
      </div>
    </article>
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

export function TipList({ tips, as: H = 'h3', numbered = false }: { tips: TipCardView[]; as?: Heading; numbered?: boolean }) {
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
