import { describe, expect, it } from 'vitest'

import { SEMI_SPACE_MB, serverNodeOptions } from '../../src/server/nodeOptions'

describe("the Next server's V8 flags", () => {
  it('gives the server a larger young generation, keeping the options it was started with', () => {
    expect(serverNodeOptions(undefined)).toBe(`--max-semi-space-size=${SEMI_SPACE_MB}`)
    expect(serverNodeOptions(' --conditions=production ')).toBe(`--conditions=production --max-semi-space-size=${SEMI_SPACE_MB}`)
  })

  it("leaves an operator's own semi-space size alone", () => {
    expect(serverNodeOptions('--conditions=production --max-semi-space-size=8')).toBe('--conditions=production --max-semi-space-size=8')
  })
})
