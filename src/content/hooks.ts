import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalPlainText, readingMinutes, wordCount } from './lexicalText'

/** Reading time is derived from the body on every save, never typed in. */
export const deriveReadingTime: CollectionBeforeChangeHook = ({ data }) => {
  if (data.body !== undefined) {
    data.readingTime = readingMinutes(wordCount(lexicalPlainText(data.body)))
  }
  return data
}
