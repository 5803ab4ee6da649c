/**
 * A counter of "redirects may have changed", shared through globalThis because Next loads the
 * proxy and the route handlers as separate bundles in the one server process. Revalidation
 * bumps it; the proxy reloads its redirect table when it moved. Listeners pass a local change
 * on to other instances (src/server/cache/redirectsSignal.ts, with REDIS_URL); a change heard
 * from another instance moves the counter without being passed on again. Pure, importable anywhere.
 */
const KEY = Symbol.for('glassworks.redirects.generation')
const LISTENERS = Symbol.for('glassworks.redirects.listeners')

type WithGeneration = typeof globalThis & { [KEY]?: number; [LISTENERS]?: Set<() => void> }
const shared = globalThis as WithGeneration

export const redirectsGeneration = (): number => shared[KEY] ?? 0

/** Redirects may have changed through this process. */
export function bumpRedirectsGeneration(): void {
  markRedirectsChangedElsewhere()
  for (const listener of shared[LISTENERS] ?? []) listener()
}

/** Redirects may have changed through another instance. */
export function markRedirectsChangedElsewhere(): void {
  shared[KEY] = redirectsGeneration() + 1
}

export function onRedirectsChanged(listener: () => void): void {
  ;(shared[LISTENERS] ??= new Set()).add(listener)
}
