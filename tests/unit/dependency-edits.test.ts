import { createRequire } from 'node:module'

import { entityKind, is, SQL, sql, Table } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'

/*
 * The edits to drizzle's `is` and to `to-snake-case` (scripts/patch-dependencies.mjs): both keep
 * an answer that cannot change instead of working it out again on every call.
 */

const require = createRequire(import.meta.url)
const toSnakeCase = require('to-snake-case') as (value: string) => string
const toSpaceCase = require('to-space-case') as (value: string) => string

/** Counts the `entityKind in …` questions that reach a class's parent. */
function countingParent() {
  let asked = 0
  const parent = new Proxy(class {}, {
    has(target, key) {
      if (key === entityKind) asked++
      return Reflect.has(target, key)
    },
  })
  return { parent, asked: () => asked }
}

describe("drizzle's is()", () => {
  it('answers as it did: instances, other values, and a class of the same kind from another copy of drizzle', () => {
    expect(is(sql`select 1`, SQL)).toBe(true)
    expect(is(sql`select 1`, Table)).toBe(false)
    expect(is({}, SQL)).toBe(false)
    expect(is(null, SQL)).toBe(false)
    expect(is('text', SQL)).toBe(false)
    // Not `instanceof SQL`, but of its kind: drizzle says yes, every time.
    class LikeSql {
      static readonly [entityKind] = (SQL as unknown as Record<symbol, string>)[entityKind]
    }
    expect(is(new LikeSql(), SQL)).toBe(true)
    expect(is(new LikeSql(), SQL)).toBe(true)
    expect(is(new LikeSql(), Table)).toBe(false)
  })

  it('walks a class chain once per class and asked class', () => {
    const { parent, asked } = countingParent()
    class Plain extends (parent as new () => object) {}
    expect(is(new Plain(), SQL)).toBe(false)
    const first = asked()
    expect(first).toBeGreaterThan(0)
    expect(is(new Plain(), SQL)).toBe(false)
    expect(asked(), 'questions the second time').toBe(first)
    // Another asked class is worked out once as well.
    expect(is(new Plain(), Table)).toBe(false)
    expect(asked()).toBeGreaterThan(first)
  })
})

describe('to-snake-case', () => {
  it('gives the names it gave, working each out once', () => {
    const names = ['heroImage', 'already_snake', 'With Space', 'ABCDef', 'x1Y2', '', 'émigréName', '_order', 'treatments_id']
    const expected = names.map((name) => toSpaceCase(name).replace(/\s/g, '_'))
    expect(names.map(toSnakeCase)).toEqual(expected)

    // The conversion runs regular expressions; a name seen before runs none.
    const test = RegExp.prototype.test
    let tests = 0
    RegExp.prototype.test = function (this: RegExp, value: string) {
      tests++
      return test.call(this, value)
    }
    try {
      expect(names.map(toSnakeCase)).toEqual(expected)
    } finally {
      RegExp.prototype.test = test
    }
    expect(tests).toBe(0)
  })
})
