import { describe, expect, it } from 'vitest'

import type { Role } from '@/shared/roles'
import {
  ACTIONS,
  type Action,
  type Actor,
  addEditor,
  availableActions,
  decide,
  isAction,
  isDueForReReview,
  isLiveState,
  isOnline,
  isSignOffValid,
  isState,
  LIVE_STATES,
  releaseScheduled,
  reviewDueDate,
  STATES,
  type State,
  type Subject,
} from '@/workflow'

import { readySubject } from '../helpers/content'

const NOW = new Date('2025-06-01T10:00:00.000Z')
const NEXT_MONTH = '2025-07-01T09:00:00.000Z'

const article = readySubject

const person = (id: string | number, ...roles: Role[]): Actor => ({ id, roles, name: `User ${id}`, credentials: 'MD' })
const reviewer = person('reviewer-1', 'reviewer')
const admin = person('admin-1', 'admin')
const editor = person('editor-1', 'editor')
const medic = person('medic-2', 'medical-reviewer')

const act = (action: Action, subject: Subject, actor: Actor, extra: { note?: string | null; publishAt?: string | null; now?: Date } = {}) =>
  decide({ action, subject, actor, now: extra.now ?? NOW, note: extra.note, publishAt: extra.publishAt })

describe('four eyes', () => {
  const guarded: [Action, State][] = [
    ['approve', 'in-review'],
    ['publish', 'approved'],
    ['schedule', 'approved'],
    ['sign-off', 'in-review'],
  ]

  it.each(guarded)('refuses %s by the author', (action, status) => {
    const author = person('author-1', 'reviewer', 'medical-reviewer')
    expect(act(action, article({ status }), author, { publishAt: NEXT_MONTH })).toMatchObject({
      ok: false,
      httpStatus: 403,
      error: 'forbidden',
      reason: 'four-eyes',
    })
  })

  it.each(guarded)('refuses %s by someone who edited the current version', (action, status) => {
    const editingReviewer = person('editor-1', 'reviewer', 'medical-reviewer')
    expect(act(action, article({ status }), editingReviewer, { publishAt: NEXT_MONTH })).toMatchObject({
      reason: 'four-eyes',
      httpStatus: 403,
    })
  })

  it('holds for admins too', () => {
    expect(act('publish', article({ status: 'approved', author: 'admin-1' }), admin)).toMatchObject({ reason: 'four-eyes' })
  })

  it('compares Payload numeric ids with stored string ids', () => {
    expect(act('approve', article({ editors: ['42'] }), person(42, 'reviewer'))).toMatchObject({ reason: 'four-eyes' })
    expect(act('approve', article({ author: 42, editors: [] }), person('42', 'reviewer'))).toMatchObject({ reason: 'four-eyes' })
  })

  it('lets the author still withdraw, request changes, unpublish and archive', () => {
    const author = person('author-1', 'reviewer')
    expect(act('withdraw', article(), author).ok).toBe(true)
    expect(act('request-changes', article(), author, { note: 'Tighten the intro.' }).ok).toBe(true)
    expect(act('unpublish', article({ status: 'published' }), author).ok).toBe(true)
    expect(act('archive', article({ status: 'published' }), author).ok).toBe(true)
  })

  it('takes approval rights from a reviewer who edits, and leaves them with another reviewer', () => {
    const draft = article({ status: 'draft', editors: [] })
    const edited = { ...draft, editors: addEditor(draft, reviewer), version: 'v8' }
    const inReview = { ...edited, status: 'in-review' as const, signOff: { ...draft.signOff!, version: 'v8' } }
    expect(act('approve', inReview, reviewer)).toMatchObject({ reason: 'four-eyes' })
    expect(act('approve', inReview, person('reviewer-2', 'reviewer'))).toMatchObject({ ok: true, to: 'approved' })
  })

  it('adds each editor once', () => {
    expect(addEditor({ editors: ['editor-1'] }, { id: 'editor-1' })).toEqual(['editor-1'])
    expect(addEditor({ editors: null }, { id: 7 })).toEqual(['7'])
  })

  it('starts a new baseline on publish', () => {
    const outcome = act('publish', article({ status: 'approved' }), reviewer)
    expect(outcome.ok && outcome.effects.clearEditors).toBe(true)
    const approval = act('approve', article(), reviewer)
    expect(approval.ok && approval.effects.clearEditors).toBe(false)
  })
})

describe('medical sign-off', () => {
  it('records who signed which version, with their credentials and a review date', () => {
    const outcome = act('sign-off', article({ signOff: null }), person('medic-2', 'medical-reviewer'))
    expect(outcome).toMatchObject({ ok: true, to: 'in-review' })
    expect(outcome.ok && outcome.effects.recordSignOff).toEqual({
      by: 'medic-2',
      name: 'User medic-2',
      credentials: 'MD',
      at: '2025-06-01T10:00:00.000Z',
      version: 'v7',
      reviewDueAt: '2026-06-01T10:00:00.000Z',
    })
    expect(outcome.ok && outcome.effects.notify).toEqual(['reviewers'])
  })

  it('is voided by any content change', () => {
    const signed = article()
    expect(isSignOffValid(signed)).toBe(true)
    const changed = { ...signed, version: 'v8' }
    expect(isSignOffValid(changed)).toBe(false)
    expect(isSignOffValid({ ...signed, signOff: null })).toBe(false)
    const outcome = act('approve', changed, reviewer)
    expect(outcome).toMatchObject({ ok: false, httpStatus: 422, error: 'checklist' })
    expect(!outcome.ok && outcome.error === 'checklist' && outcome.items.map((item) => item.id)).toEqual(['medical-sign-off'])
  })

  it('is refused for content that is not medical', () => {
    expect(act('sign-off', article({ medical: false }), medic)).toMatchObject({ ok: false, httpStatus: 409 })
    expect(act('sign-off', article({ collection: 'beauty-tips', medical: false }), medic)).toMatchObject({ httpStatus: 409 })
  })

  it('is always needed for treatments, whatever the flag says', () => {
    const treatment = article({ collection: 'treatments', medical: false, name: 'Laser toning', signOff: null })
    expect(act('sign-off', treatment, medic).ok).toBe(true)
  })

  it('needs the medical reviewer’s name and credentials', () => {
    expect(act('sign-off', article(), { ...medic, credentials: '  ' })).toMatchObject({
      ok: false,
      httpStatus: 400,
      error: 'invalid-input',
      field: 'credentials',
    })
  })

  it('is asked for on submit while missing, not when still valid', () => {
    const withoutSignOff = act('submit', article({ status: 'draft', signOff: null }), editor)
    expect(withoutSignOff.ok && withoutSignOff.effects.notify).toEqual(['reviewers', 'medical-reviewers'])
    const stillValid = act('submit', article({ status: 'draft' }), editor)
    expect(stillValid.ok && stillValid.effects.notify).toEqual(['reviewers'])
  })
})

describe('re-review', () => {
  it('falls due 12 months after sign-off by default, or after the configured interval', () => {
    const signedAt = new Date('2025-03-15T08:00:00.000Z')
    expect(reviewDueDate(signedAt).toISOString()).toBe('2026-03-15T08:00:00.000Z')
    expect(reviewDueDate(signedAt, 6).toISOString()).toBe('2025-09-15T08:00:00.000Z')
    const outcome = decide({ action: 'sign-off', subject: article(), actor: medic, now: NOW }, { reviewIntervalMonths: 24 })
    expect(outcome.ok && outcome.effects.recordSignOff?.reviewDueAt).toBe('2027-06-01T10:00:00.000Z')
  })

  it('clamps to the end of shorter months', () => {
    expect(reviewDueDate(new Date('2024-01-31T00:00:00Z'), 1).toISOString()).toBe('2024-02-29T00:00:00.000Z')
    expect(reviewDueDate(new Date('2024-02-29T00:00:00Z')).toISOString()).toBe('2025-02-28T00:00:00.000Z')
  })

  it('rejects an interval that is not a positive whole number of months', () => {
    expect(() => reviewDueDate(NOW, 0)).toThrow(RangeError)
    expect(() => reviewDueDate(NOW, 1.5)).toThrow(RangeError)
  })

  it('reports medical content whose review date has come', () => {
    const signed = article()
    expect(isDueForReReview(signed, new Date('2026-04-30T23:59:59.999Z'))).toBe(false)
    expect(isDueForReReview(signed, new Date('2026-05-01T00:00:00.000Z'))).toBe(true)
    expect(isDueForReReview({ ...signed, medical: false }, new Date('2027-01-01'))).toBe(false)
    expect(isDueForReReview({ ...signed, signOff: null }, new Date('2027-01-01'))).toBe(false)
    expect(isDueForReReview({ ...signed, signOff: { ...signed.signOff!, reviewDueAt: 'soon' } }, NOW)).toBe(true)
  })

  it('blocks publishing once overdue, and a new sign-off on the live piece renews it', () => {
    const later = new Date('2026-06-01T00:00:00.000Z')
    const overdue = article({ status: 'unpublished' })
    expect(act('publish', overdue, reviewer, { now: later })).toMatchObject({ error: 'checklist' })
    const renewal = act('sign-off', article({ status: 'published' }), medic, { now: later })
    expect(renewal).toMatchObject({ ok: true, to: 'published' })
    expect(renewal.ok && renewal.effects).toMatchObject({ payloadStatus: 'published', liveVersion: 'keep', clearSchedule: false })
  })

  it('blocks scheduling past the review date', () => {
    expect(act('schedule', article({ status: 'approved' }), reviewer, { publishAt: '2026-05-02T00:00:00.000Z' })).toMatchObject({
      error: 'checklist',
    })
  })
})

describe('schedule', () => {
  it.each([
    ['no date', undefined],
    ['an unreadable date', 'next tuesday'],
    ['a past date', '2025-05-31T10:00:00.000Z'],
    ['the current moment', NOW.toISOString()],
  ])('refuses %s', (_case, publishAt) => {
    expect(act('schedule', article({ status: 'approved' }), reviewer, { publishAt })).toMatchObject({
      ok: false,
      httpStatus: 400,
      error: 'invalid-input',
      field: 'publishAt',
    })
  })

  it('queues a future date and keeps the content a Payload draft until then', () => {
    const outcome = act('schedule', article({ status: 'approved' }), reviewer, { publishAt: '2025-07-01T18:00:00+09:00' })
    expect(outcome.ok && outcome.effects).toMatchObject({
      status: 'scheduled',
      payloadStatus: 'draft',
      liveVersion: 'keep',
      publishAt: '2025-07-01T09:00:00.000Z',
      clearSchedule: false,
    })
    expect(isLiveState('scheduled')).toBe(false)
  })

  it('replaces the pending job when rescheduling', () => {
    const outcome = act('schedule', article({ status: 'scheduled', publishAt: NEXT_MONTH }), reviewer, {
      publishAt: '2025-08-01T09:00:00.000Z',
    })
    expect(outcome.ok && outcome.effects).toMatchObject({ clearSchedule: true, publishAt: '2025-08-01T09:00:00.000Z' })
  })

  it.each(['withdraw', 'request-changes', 'publish', 'archive'] as const)('cancels the pending job on %s', (action) => {
    const outcome = act(action, article({ status: 'scheduled', publishAt: NEXT_MONTH }), reviewer, { note: 'Hold this.' })
    expect(outcome.ok && outcome.effects.clearSchedule).toBe(true)
  })

  it('is released by the job once due, with the checklist run again', () => {
    const scheduled = article({ status: 'scheduled', publishAt: NEXT_MONTH, editors: [] })
    expect(releaseScheduled(scheduled, NOW)).toMatchObject({ ok: false, httpStatus: 409 })
    expect(releaseScheduled(article({ status: 'approved' }), NOW)).toMatchObject({ ok: false, httpStatus: 409 })
    const released = releaseScheduled(scheduled, new Date(NEXT_MONTH))
    expect(released).toMatchObject({ ok: true, to: 'published' })
    expect(released.ok && released.effects).toMatchObject({ payloadStatus: 'published', liveVersion: 'replace', clearEditors: true })
    expect(releaseScheduled({ ...scheduled, version: 'v8' }, new Date(NEXT_MONTH))).toMatchObject({ httpStatus: 422 })
  })
})

describe('request changes', () => {
  it.each([undefined, null, '', '   \n'])('needs a note (%j)', (note) => {
    expect(act('request-changes', article(), reviewer, { note })).toMatchObject({
      ok: false,
      httpStatus: 400,
      error: 'invalid-input',
      field: 'note',
    })
  })

  it('passes the trimmed note on to the author and editors', () => {
    const outcome = act('request-changes', article(), medic, { note: '  The dosage in paragraph 2 is wrong.  ' })
    expect(outcome.ok && outcome.effects).toMatchObject({
      status: 'changes-requested',
      note: 'The dosage in paragraph 2 is wrong.',
      notify: ['author', 'editors'],
    })
  })
})

describe('what readers see', () => {
  it('only published is live', () => {
    expect(LIVE_STATES).toEqual(['published'])
    expect(STATES.filter(isLiveState)).toEqual(['published'])
  })

  it.each<[Action, State, 'replace' | 'remove' | 'keep']>([
    ['publish', 'approved', 'replace'],
    ['unpublish', 'published', 'remove'],
    ['archive', 'published', 'remove'],
    ['archive', 'unpublished', 'keep'],
    ['archive', 'draft', 'keep'],
    ['reopen', 'published', 'keep'],
    ['withdraw', 'scheduled', 'keep'],
  ])('%s from %s → live version %s', (action, status, liveVersion) => {
    const outcome = act(action, article({ status }), reviewer)
    expect(outcome.ok && outcome.effects.liveVersion).toBe(liveVersion)
  })

  it('keeps the published version online while a revision is worked on, and can still take it down', () => {
    const revision = article({ status: 'in-review', hasLiveVersion: true })
    expect(isOnline(revision)).toBe(true)
    const outcome = act('unpublish', revision, reviewer)
    expect(outcome).toMatchObject({ ok: true, to: 'unpublished' })
    expect(outcome.ok && outcome.effects).toMatchObject({ payloadStatus: 'draft', liveVersion: 'remove' })
    expect(isOnline(article({ status: 'unpublished', hasLiveVersion: true }))).toBe(false)
    expect(act('unpublish', article({ status: 'in-review' }), reviewer)).toMatchObject({ httpStatus: 409 })
  })
})

describe('availableActions', () => {
  const names = (list: ReturnType<typeof availableActions>) => list.map((item) => item.action)

  it('offers an editor submit on a draft, and nothing that publishes', () => {
    const list = availableActions(article({ status: 'draft' }), editor, NOW)
    expect(list).toEqual([{ action: 'submit', label: 'Submit for review', to: 'in-review', needs: [], blocked: null }])
  })

  it('shows a reviewer’s buttons in review, with what each needs', () => {
    const list = availableActions(article(), reviewer, NOW)
    expect(names(list)).toEqual(['withdraw', 'request-changes', 'approve', 'publish', 'schedule', 'archive'])
    expect(list.find((item) => item.action === 'request-changes')?.needs).toEqual(['note'])
    expect(list.find((item) => item.action === 'schedule')?.needs).toEqual(['publishAt'])
    expect(list.every((item) => item.blocked === null)).toBe(true)
  })

  it('keeps four-eyes and checklist blocks visible with the reason', () => {
    const mine = availableActions(article({ editors: ['reviewer-1'] }), reviewer, NOW)
    expect(mine.find((item) => item.action === 'approve')?.blocked).toMatchObject({ reason: 'four-eyes' })
    expect(mine.find((item) => item.action === 'request-changes')?.blocked).toBeNull()

    const incomplete = availableActions(article({ title: '' }), reviewer, NOW)
    const blocked = incomplete.find((item) => item.action === 'publish')?.blocked
    expect(blocked).toMatchObject({ error: 'checklist', httpStatus: 422 })
    expect(blocked?.error === 'checklist' && blocked.items.map((item) => item.id)).toEqual(['title'])
  })

  it('offers a medical reviewer sign-off and request-changes only', () => {
    expect(names(availableActions(article(), medic, NOW))).toEqual(['request-changes', 'sign-off'])
    expect(names(availableActions(article({ medical: false }), medic, NOW))).toEqual(['request-changes'])
    const noCredentials = availableActions(article(), { ...medic, credentials: null }, NOW)
    expect(noCredentials.find((item) => item.action === 'sign-off')?.blocked).toMatchObject({ field: 'credentials' })
  })

  it('offers nothing to someone without an editorial role', () => {
    expect(availableActions(article(), { id: 'reader', roles: [] }, NOW)).toEqual([])
  })
})

describe('people with several roles', () => {
  it('get the union of their roles, still under four eyes', () => {
    const both = person('dual-1', 'editor', 'medical-reviewer')
    expect(act('submit', article({ status: 'draft' }), both).ok).toBe(true)
    expect(act('sign-off', article(), both).ok).toBe(true)
    expect(act('sign-off', article({ editors: ['dual-1'] }), both)).toMatchObject({ reason: 'four-eyes' })
    expect(act('approve', article(), both)).toMatchObject({ reason: 'role' })
  })
})

describe('check order', () => {
  it('answers role before state, and four eyes before input', () => {
    expect(act('approve', article({ status: 'draft' }), editor)).toMatchObject({ httpStatus: 403, reason: 'role' })
    expect(act('schedule', article({ status: 'approved', author: 'reviewer-1' }), reviewer)).toMatchObject({
      httpStatus: 403,
      reason: 'four-eyes',
    })
    expect(act('approve', article({ status: 'draft', title: '' }), reviewer)).toMatchObject({ httpStatus: 409 })
  })

  it('fails closed on unknown actions and states from a request body', () => {
    expect(ACTIONS.every(isAction)).toBe(true)
    expect(isAction('delete')).toBe(false)
    expect(isState('live')).toBe(false)
    expect(act('submit', article({ status: 'live' as State }), editor)).toMatchObject({ httpStatus: 409 })
  })
})
