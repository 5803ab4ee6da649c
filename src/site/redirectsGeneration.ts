/**
 * A counter of "redirects may have changed", shared through globalThis because Next loads the
 * proxy and the route handlers as separate bundles in the one server process. Revalidation
 * bumps it; the proxy reloads its redirect table when it moved. Pure, importable anywhere.
 */
const KEY = Symbol.for('glassworks.redirects.generation')

type WithGeneration = typeof globalThis & { [KEY]?: number }

export const redirectsGeneration = (): number => (globalThis as WithGeneration)[KEY] ?? 0

export function bumpRedirectsGeneration(): void {
  ;(globalThis as WithGeneration)[KEY] = redirectsGeneration() + 1
}
