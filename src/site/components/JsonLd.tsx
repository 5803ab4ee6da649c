import { serializeJsonLd, type JsonLdObject } from '../jsonLd'

/** One <script type="application/ld+json"> per object; undefined entries are skipped. */
export function JsonLd({ data }: { data: (JsonLdObject | undefined)[] }) {
  return (
    <>
      {data
        .filter((d): d is JsonLdObject => d !== undefined)
        .map((d, i) => (
          <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(d) }} />
        ))}
    </>
  )
}
