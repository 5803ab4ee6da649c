import { slugField, type Field } from 'payload'

/** Payload's slug field (unique, indexed, generated from `from` until someone edits it). */
export const slug = (from = 'title'): Field => slugField({ useAsSlug: from })
