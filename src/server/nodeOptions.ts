/**
 * V8 flags for the Next server process (`npm start`). Pure, so the rule is unit-tested.
 *
 * The young generation: with V8's default semi-space (16 MB on 64-bit) one uncached REST list of
 * 20 articles at depth 1 runs several scavenges (Payload builds, transforms and populates every
 * document and its relations as fresh objects; GC was a quarter of that request's CPU in a
 * profile). With 64 MB semi-spaces the same reads cost 46 → 40 ms CPU each (mean of 95 reads,
 * two alternating runs per setting, bench/README.md "second pass"); 32 MB gained nothing
 * measurable. The price is resident memory: up to ~100 MB more young generation at peak.
 * An operator's own `--max-semi-space-size` in NODE_OPTIONS wins (e.g. on a small host).
 */
export const SEMI_SPACE_MB = 64

export function serverNodeOptions(existing: string | undefined): string {
  const options = (existing ?? '').trim()
  if (/--max-semi-space-size\b/.test(options)) return options
  return [options, `--max-semi-space-size=${SEMI_SPACE_MB}`].filter(Boolean).join(' ')
}
