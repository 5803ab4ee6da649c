import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { api, serverUrl } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { useSiteFixtures } from '../helpers/site-fixtures'
import { getPage, meta } from '../helpers/site-pages'

const ctx = usePayload()
const f = useSiteFixtures(ctx)

describe('social cards (OpenGraph images)', () => {
  it('articles, treatments and tips name a generated 1200×630 PNG card in og:image and Twitter falls back to it', async () => {
    for (const path of [`/blog/${f.article.slug}`, `/treatments/${f.treatment.slug}`, `/tips/${f.tipAm.slug}`]) {
      const { doc } = await getPage(path)
      const image = meta(doc, 'og:image')
      expect(image, path).toMatch(new RegExp(`^${serverUrl()}${path}/opengraph-image`))
      expect(meta(doc, 'og:image:width'), path).toBe('1200')
      expect(meta(doc, 'og:image:height'), path).toBe('630')
      expect(meta(doc, 'twitter:card'), path).toBe('summary_large_image')

      const response = await fetch(image!)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      const info = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
      expect([info.width, info.height], path).toEqual([1200, 630])
    }
  })

  it('has no card for a draft (404), like its page', async () => {
    for (const path of [`/blog/${f.drafts.article.slug}`, `/treatments/${f.drafts.treatment.slug}`, `/tips/${f.drafts.tip.slug}`]) {
      const response = await api(`${path}/opengraph-image`)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('content-type') ?? '', path).not.toMatch(/image/)
    }
  })
})
