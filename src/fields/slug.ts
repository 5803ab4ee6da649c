import { slugField, type Field } from 'payload'

type Slugify = NonNullable<Parameters<typeof slugField>[0]>['slugify']

// Payload's own rule (spaces to hyphens, drop non-word characters, lower-case).
const payloadSlug = (value: string) => value.trim().replace(/ /g, '-').replace(/[^\w-]+/g, '').toLowerCase()

/**
 * Payload's slugify keeps only \w, so an all-Korean title becomes "" or "---" and every Korean
 * document collides on one slug. Latin text keeps Payload's result; text that would lose every
 * letter keeps its Hangul.
 */
export const slugifyKeepingHangul: NonNullable<Slugify> = ({ valueToSlugify }) => {
  if (typeof valueToSlugify !== 'string') return valueToSlugify
  const latin = payloadSlug(valueToSlugify)
  if (/[a-z0-9]/.test(latin) || !/\p{Script=Hangul}/u.test(valueToSlugify)) return latin
  return valueToSlugify
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

/** Payload's slug field (unique, indexed, generated from `from` until someone edits it). */
export const slug = (from = 'title'): Field => slugField({ useAsSlug: from, slugify: slugifyKeepingHangul })
