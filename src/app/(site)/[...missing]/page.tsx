import { notFound } from 'next/navigation'

/**
 * Any URL no other route claims. Without it, such URLs would get Next's bare default 404
 * (the app has no top-level layout); with it they get the site's not-found page in the site's look.
 */
export default function Missing(): never {
  notFound()
}
