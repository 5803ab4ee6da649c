const format = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })

/** "21 November 2026" in a <time> with the machine-readable date. */
export function DateText({ iso }: { iso: string }) {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return <time dateTime={date.toISOString()}>{format.format(date)}</time>
}

export const formatDate = (iso: string): string => format.format(new Date(iso))
