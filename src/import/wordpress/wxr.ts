import sax from 'sax'

import { ImportParseError } from '../parse/types'

/*
 * WordPress eXtended RSS (the file Tools → Export writes): an RSS channel whose items are posts,
 * pages and attachments, with the site's authors, categories and tags. Read with a streaming
 * XML parser, keeping only what a migration uses.
 */

export interface WxrAuthor {
  login: string
  email?: string
  displayName: string
}

export interface WxrTerm {
  /** "category" or "post_tag". */
  domain: string
  slug: string
  name: string
}

export interface WxrPost {
  id: number
  type: string
  status: string
  title: string
  /** The old permalink. */
  link: string
  slug: string
  creator: string
  /** Post date in UTC as an ISO string, when the post has one. */
  date?: string
  content: string
  excerpt: string
  terms: WxrTerm[]
  thumbnailId?: number
  /** For attachments: the uploaded file's URL. */
  attachmentUrl?: string
  /** For attachments: `_wp_attached_file`, the path under wp-content/uploads. */
  attachedFile?: string
  /** Line of the <item> in the export, for messages. */
  line: number
}

export interface WxrExport {
  siteUrl?: string
  authors: WxrAuthor[]
  terms: WxrTerm[]
  posts: WxrPost[]
}

export const isWxr = (text: string) => /<rss[\s>]/.test(text.slice(0, 4000)) && /xmlns:wp=/.test(text.slice(0, 4000))

function gmtDate(value: string): string | undefined {
  if (!value || value.startsWith('0000')) return undefined
  const date = new Date(`${value.replace(' ', 'T')}Z`)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** Parses a WXR export; a malformed one is an ImportParseError naming the line. */
export function parseWxr(text: string): WxrExport {
  const parser = sax.parser(true, { trim: false, normalize: false, position: true })
  const out: WxrExport = { authors: [], terms: [], posts: [] }
  const stack: string[] = []
  let buffer = ''
  let post: (Partial<WxrPost> & { meta: Record<string, string>; terms: WxrTerm[] }) | undefined
  let metaKey = ''
  let author: Partial<WxrAuthor> | undefined
  let term: Partial<WxrTerm> & { kind?: string } = {}
  let itemTerm: { domain: string; slug: string } | undefined

  parser.onerror = (error) => {
    throw new ImportParseError(`the WordPress export is not well-formed XML: ${error.message.split('\n')[0]}`, parser.line + 1)
  }
  parser.onopentag = (tag) => {
    stack.push(tag.name)
    buffer = ''
    if (tag.name === 'item') post = { meta: {}, terms: [], line: parser.line + 1 }
    if (tag.name === 'wp:author') author = {}
    if (tag.name === 'wp:category' || tag.name === 'wp:tag') term = { kind: tag.name }
    if (tag.name === 'category' && post) {
      const attrs = tag.attributes as Record<string, string>
      itemTerm = { domain: attrs.domain ?? 'category', slug: attrs.nicename ?? '' }
    }
  }
  const onText = (t: string) => {
    buffer += t
  }
  parser.ontext = onText
  parser.oncdata = onText
  parser.onclosetag = (name) => {
    stack.pop()
    const value = buffer
    buffer = ''
    const parent = stack[stack.length - 1]
    if (post) {
      switch (name) {
        case 'title':
          if (parent === 'item') post.title = value.trim()
          break
        case 'link':
          if (parent === 'item') post.link = value.trim()
          break
        case 'dc:creator':
          post.creator = value.trim()
          break
        case 'content:encoded':
          post.content = value
          break
        case 'excerpt:encoded':
          post.excerpt = value
          break
        case 'wp:post_id':
          post.id = Number(value.trim())
          break
        case 'wp:post_type':
          post.type = value.trim()
          break
        case 'wp:status':
          post.status = value.trim()
          break
        case 'wp:post_name':
          post.slug = value.trim()
          break
        case 'wp:post_date_gmt':
          post.date = gmtDate(value.trim())
          break
        case 'wp:post_date':
          post.date ??= gmtDate(value.trim())
          break
        case 'wp:attachment_url':
          post.attachmentUrl = value.trim()
          break
        case 'wp:meta_key':
          metaKey = value.trim()
          break
        case 'wp:meta_value':
          post.meta[metaKey] = value
          break
        case 'category':
          if (itemTerm) post.terms.push({ ...itemTerm, name: value.trim(), slug: itemTerm.slug || value.trim() })
          itemTerm = undefined
          break
        case 'item': {
          if (!Number.isInteger(post.id)) throw new ImportParseError('a WordPress item has no wp:post_id', post.line)
          const thumbnail = Number(post.meta._thumbnail_id)
          out.posts.push({
            id: post.id!,
            type: post.type ?? 'post',
            status: post.status ?? 'draft',
            title: post.title ?? '',
            link: post.link ?? '',
            slug: post.slug ?? '',
            creator: post.creator ?? '',
            ...(post.date ? { date: post.date } : {}),
            content: post.content ?? '',
            excerpt: post.excerpt ?? '',
            terms: post.terms,
            ...(Number.isInteger(thumbnail) && thumbnail > 0 ? { thumbnailId: thumbnail } : {}),
            ...(post.attachmentUrl ? { attachmentUrl: post.attachmentUrl } : {}),
            ...(post.meta._wp_attached_file ? { attachedFile: post.meta._wp_attached_file.trim() } : {}),
            line: post.line!,
          })
          post = undefined
          break
        }
      }
      return
    }
    if (author) {
      if (name === 'wp:author_login') author.login = value.trim()
      else if (name === 'wp:author_email') author.email = value.trim()
      else if (name === 'wp:author_display_name') author.displayName = value.trim()
      else if (name === 'wp:author') {
        if (author.login) out.authors.push({ login: author.login, email: author.email, displayName: author.displayName || author.login })
        author = undefined
      }
      return
    }
    if (term.kind) {
      if (name === 'wp:category_nicename' || name === 'wp:tag_slug') term.slug = value.trim()
      else if (name === 'wp:cat_name' || name === 'wp:tag_name') term.name = value.trim()
      else if (name === term.kind) {
        if (term.slug && term.name) out.terms.push({ domain: term.kind === 'wp:tag' ? 'post_tag' : 'category', slug: term.slug, name: term.name })
        term = {}
      }
      return
    }
    if (name === 'wp:base_blog_url' || (name === 'link' && parent === 'channel' && !out.siteUrl)) out.siteUrl = value.trim()
  }
  parser.write(text).close()
  return out
}
