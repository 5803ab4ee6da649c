import type { Metadata } from 'next'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { ArticleGrid } from '@/site/components/Cards'
import { JsonLd } from '@/site/components/JsonLd'
import { IMAGE_SIZES, Picture } from '@/site/components/Picture'
import { getAuthor } from '@/site/data'
import { notFoundOrMoved } from '@/site/moved'
import { sitePaths } from '@/site/paths'
import { absoluteUrl, pageMetadata } from '@/site/seo'

type Params = Promise<{ slug: string }>

export const dynamicParams = true
export const revalidate = false
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params
  const author = await getAuthor(slug)
  if (!author) return { title: 'Author not found', robots: { index: false } }
  return pageMetadata({
    path: sitePaths.author(author.slug),
    title: author.name,
    description: author.bio ?? `Articles by ${author.name}${author.credentials ? `, ${author.credentials}` : ''}.`,
    image: author.image,
  })
}

export default async function AuthorPage({ params }: { params: Params }) {
  const { slug } = await params
  const author = await getAuthor(slug)
  if (!author) return notFoundOrMoved(sitePaths.author(slug))
  const path = sitePaths.author(author.slug)
  return (
    <div className="wrap page">
      <JsonLd
        data={[
          {
            '@context': 'https://schema.org',
            '@type': 'ProfilePage',
            url: absoluteUrl(path),
            mainEntity: {
              '@type': 'Person',
              name: author.name,
              url: absoluteUrl(path),
              ...(author.credentials ? { jobTitle: author.credentials } : {}),
              ...(author.bio ? { description: author.bio } : {}),
              ...(author.image ? { image: absoluteUrl(author.image.url) } : {}),
            },
          },
        ]}
      />
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: sitePaths.home },
          { name: 'Blog', path: sitePaths.blog },
          { name: author.name, path },
        ]}
      />
      <header className="page__header author">
        {author.image ? <Picture className="author__photo" image={author.image} sizes={IMAGE_SIZES.avatar} /> : null}
        <div>
          <p className="eyebrow">Author</p>
          <h1>{author.name}</h1>
          {author.credentials ? <p className="author__credentials">{author.credentials}</p> : null}
          {author.bio ? <p className="lead">{author.bio}</p> : null}
        </div>
      </header>
      <section className="section" aria-labelledby="author-articles">
        <h2 id="author-articles" className="section__title">
          Articles by {author.name}
        </h2>
        {author.articles.length > 0 ? (
          <ArticleGrid articles={author.articles} />
        ) : (
          <p className="empty">No articles published yet.</p>
        )}
      </section>
    </div>
  )
}
