import { describe, expect, it } from 'vitest'

import { findTreatments, parseTimeline, TREATMENTS } from '@/import/parse/treatments'
import { TREATMENT_SUMMARIES } from '@/import/parse/treatmentSummaries'
import { inferCategory, inferRoutine } from '@/import/parse/tips'

const keys = (text: string) => findTreatments(text).map((m) => m.key)

describe('treatment dictionary', () => {
  it('prefers the most specific treatment for one mention', () => {
    expect(keys('We offer RF microneedling for scars.')).toEqual(['rf-microneedling'])
    expect(keys('Radiofrequency (RF) microneedling, such as Morpheus8 or Potenza')).toEqual(['rf-microneedling', 'rf-microneedling', 'rf-microneedling'])
    expect(keys('laser hair removal')).toEqual(['laser-hair-removal'])
  })

  it('finds both when a section covers microneedling and RF microneedling', () => {
    expect(keys('Microneedling and RF Microneedling (Sylfirm X)')).toEqual(['microneedling', 'rf-microneedling', 'rf-microneedling'])
  })

  it('knows brand names and spelling variants', () => {
    expect(keys('Fraxel Dual, a CO2 laser, Clear + Brilliant®')).toEqual(['laser-resurfacing', 'laser-resurfacing', 'laser-resurfacing'])
    expect(keys('micro-needling, a Hydrafacial, Rejuran and Profhilo, Ultherapy, Thermage FLX, IPL, Botox, lip filler')).toEqual([
      'microneedling',
      'hydrafacial',
      'skin-boosters',
      'skin-boosters',
      'hifu',
      'rf-skin-tightening',
      'ipl-photofacial',
      'neurotoxin',
      'dermal-fillers',
    ])
  })

  it('does not match inside other words', () => {
    expect(keys('Triple-layer philosophy; a principled approach; peeling can occur')).toEqual([])
  })
})

describe('timeline parsing', () => {
  it('splits first visible, full result and how long it lasts, keeping the raw text', () => {
    const raw = 'Some glow shows within 3 days; the full result appears after 3 sessions, lasting up to 12 months.'
    expect(parseTimeline(raw)).toEqual({ raw, firstVisible: 'within 3 days', fullResult: 'after 3 sessions', lasts: 'up to 12 months' })
  })

  it('keeps only raw text when no time is given', () => {
    expect(parseTimeline('Varies from person to person.')).toEqual({ raw: 'Varies from person to person.' })
  })
})

describe('tip inference', () => {
  it('reads the category mainly from the title', () => {
    expect(inferCategory('Never Skip Sunscreen', 'Apply it after your moisturizer.')).toBe('sun-protection')
    expect(inferCategory('Sleep on Silk', 'A silk pillowcase reduces friction.')).toBe('lifestyle')
    expect(inferCategory('Book a Series of Chemical Peels', 'Light peels every month.')).toBe('treatment')
    expect(inferCategory('Be Patient', 'Good things take time.')).toBe('other')
  })

  it('reads the routine from the title, explicit body phrases or the section', () => {
    expect(inferRoutine('Morning Vitamin C', '', '')).toBe('am')
    expect(inferRoutine('Retinol', 'Apply at night only.', '')).toBe('pm')
    expect(inferRoutine('Sheet Masks', 'For an overnight boost, use a sleeping mask.', '')).toBeUndefined()
    expect(inferRoutine('Cleanse', '', 'Your AM and PM routine')).toBe('both')
  })
})

describe('starter summaries of created treatment pages', () => {
  it('describe every treatment the importer knows, and nothing else', () => {
    expect(Object.keys(TREATMENT_SUMMARIES).sort()).toEqual(TREATMENTS.map((t) => t.key).sort())
    for (const [key, summary] of Object.entries(TREATMENT_SUMMARIES)) {
      // One sentence a card can show whole; the page's reviewed fields hold the rest.
      expect(summary.length, key).toBeLessThanOrEqual(100)
      expect(summary, key).toMatch(/^[A-Z].*\.$/)
    }
  })
})

