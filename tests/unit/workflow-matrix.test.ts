import { describe, expect, it } from 'vitest'

import type { Role } from '@/shared/roles'
import { ACTIONS, type Action, type Actor, canEdit, decide, STATES, type State, type Subject } from '@/workflow'

import { readySubject } from '../helpers/content'

/*
 * Every state × role × action, against a table written by hand from the product rules. The
 * subject passes every other guard (complete, medically signed off, the actor neither wrote
 * nor edited it), so only the role and the state decide.
 *
 * A cell is the state the content moves to, 403 (the role may not) or 409 (not from this state).
 */
type Cell = State | 403 | 409
type Row = [admin: Cell, editor: Cell, reviewer: Cell, medicalReviewer: Cell, noRole: Cell]

const COLUMNS: (Role | null)[] = ['admin', 'editor', 'reviewer', 'medical-reviewer', null]

const EXPECTED: Record<Action, Record<State, Row>> = {
  submit: {
    draft: ['in-review', 'in-review', 'in-review', 403, 403],
    'in-review': [409, 409, 409, 403, 403],
    'changes-requested': ['in-review', 'in-review', 'in-review', 403, 403],
    approved: [409, 409, 409, 403, 403],
    scheduled: [409, 409, 409, 403, 403],
    published: [409, 409, 409, 403, 403],
    unpublished: [409, 409, 409, 403, 403],
    archived: [409, 409, 409, 403, 403],
  },
  withdraw: {
    draft: [409, 409, 409, 403, 403],
    'in-review': ['draft', 'draft', 'draft', 403, 403],
    'changes-requested': [409, 409, 409, 403, 403],
    approved: ['draft', 'draft', 'draft', 403, 403],
    scheduled: ['draft', 'draft', 'draft', 403, 403],
    published: [409, 409, 409, 403, 403],
    unpublished: [409, 409, 409, 403, 403],
    archived: [409, 409, 409, 403, 403],
  },
  'request-changes': {
    draft: [409, 403, 409, 409, 403],
    'in-review': ['changes-requested', 403, 'changes-requested', 'changes-requested', 403],
    'changes-requested': [409, 403, 409, 409, 403],
    approved: ['changes-requested', 403, 'changes-requested', 'changes-requested', 403],
    scheduled: ['changes-requested', 403, 'changes-requested', 'changes-requested', 403],
    published: [409, 403, 409, 409, 403],
    unpublished: [409, 403, 409, 409, 403],
    archived: [409, 403, 409, 409, 403],
  },
  'sign-off': {
    draft: [403, 403, 403, 409, 403],
    'in-review': [403, 403, 403, 'in-review', 403],
    'changes-requested': [403, 403, 403, 409, 403],
    approved: [403, 403, 403, 'approved', 403],
    scheduled: [403, 403, 403, 'scheduled', 403],
    published: [403, 403, 403, 'published', 403],
    unpublished: [403, 403, 403, 409, 403],
    archived: [403, 403, 403, 409, 403],
  },
  approve: {
    draft: [409, 403, 409, 403, 403],
    'in-review': ['approved', 403, 'approved', 403, 403],
    'changes-requested': [409, 403, 409, 403, 403],
    approved: [409, 403, 409, 403, 403],
    scheduled: [409, 403, 409, 403, 403],
    published: [409, 403, 409, 403, 403],
    unpublished: [409, 403, 409, 403, 403],
    archived: [409, 403, 409, 403, 403],
  },
  publish: {
    draft: [409, 403, 409, 403, 403],
    'in-review': ['published', 403, 'published', 403, 403],
    'changes-requested': [409, 403, 409, 403, 403],
    approved: ['published', 403, 'published', 403, 403],
    scheduled: ['published', 403, 'published', 403, 403],
    published: [409, 403, 409, 403, 403],
    unpublished: ['published', 403, 'published', 403, 403],
    archived: [409, 403, 409, 403, 403],
  },
  schedule: {
    draft: [409, 403, 409, 403, 403],
    'in-review': ['scheduled', 403, 'scheduled', 403, 403],
    'changes-requested': [409, 403, 409, 403, 403],
    approved: ['scheduled', 403, 'scheduled', 403, 403],
    scheduled: ['scheduled', 403, 'scheduled', 403, 403],
    published: [409, 403, 409, 403, 403],
    unpublished: ['scheduled', 403, 'scheduled', 403, 403],
    archived: [409, 403, 409, 403, 403],
  },
  unpublish: {
    draft: [409, 403, 409, 403, 403],
    'in-review': [409, 403, 409, 403, 403],
    'changes-requested': [409, 403, 409, 403, 403],
    approved: [409, 403, 409, 403, 403],
    scheduled: [409, 403, 409, 403, 403],
    published: ['unpublished', 403, 'unpublished', 403, 403],
    unpublished: [409, 403, 409, 403, 403],
    archived: [409, 403, 409, 403, 403],
  },
  // Leaves the state as it is: a take-down date on whatever is online (a revision keeps the live version).
  'take-down': {
    draft: [409, 403, 409, 403, 403],
    'in-review': [409, 403, 409, 403, 403],
    'changes-requested': [409, 403, 409, 403, 403],
    approved: [409, 403, 409, 403, 403],
    scheduled: [409, 403, 409, 403, 403],
    published: ['published', 403, 'published', 403, 403],
    unpublished: [409, 403, 409, 403, 403],
    archived: [409, 403, 409, 403, 403],
  },
  archive: {
    draft: ['archived', 403, 'archived', 403, 403],
    'in-review': ['archived', 403, 'archived', 403, 403],
    'changes-requested': ['archived', 403, 'archived', 403, 403],
    approved: ['archived', 403, 'archived', 403, 403],
    scheduled: ['archived', 403, 'archived', 403, 403],
    published: ['archived', 403, 'archived', 403, 403],
    unpublished: ['archived', 403, 'archived', 403, 403],
    archived: [409, 403, 409, 403, 403],
  },
  reopen: {
    draft: [409, 409, 409, 403, 403],
    'in-review': [409, 409, 409, 403, 403],
    'changes-requested': [409, 409, 409, 403, 403],
    approved: [409, 409, 409, 403, 403],
    scheduled: [409, 409, 409, 403, 403],
    published: ['draft', 'draft', 'draft', 403, 403],
    unpublished: ['draft', 'draft', 'draft', 403, 403],
    archived: ['draft', 'draft', 'draft', 403, 403],
  },
}

/** Editing, by the same columns: true, 403 or 409. */
const EXPECTED_EDIT: Record<State, [admin: true | 403 | 409, editor: true | 403 | 409, reviewer: true | 403 | 409, medicalReviewer: 403, noRole: 403]> = {
  draft: [true, true, true, 403, 403],
  'in-review': [409, 409, 409, 403, 403],
  'changes-requested': [true, true, true, 403, 403],
  approved: [409, 409, 409, 403, 403],
  scheduled: [409, 409, 409, 403, 403],
  published: [409, 409, 409, 403, 403],
  unpublished: [409, 409, 409, 403, 403],
  archived: [409, 409, 409, 403, 403],
}

const NOW = new Date('2025-06-01T10:00:00.000Z')

const readyIn = (status: State): Subject =>
  readySubject({ status, publishAt: status === 'scheduled' ? '2025-06-10T09:00:00.000Z' : null })

const actorWith = (role: Role | null): Actor => ({
  id: 'actor-1',
  roles: role ? [role] : [],
  name: 'Kim Actor',
  credentials: 'RN',
})

const cells = ACTIONS.flatMap((action) =>
  STATES.flatMap((state) =>
    COLUMNS.map((role, column) => ({ action, state, role: role ?? 'no role', column, expected: EXPECTED[action][state][column] })),
  ),
)

describe('workflow matrix: every state × role × action', () => {
  it('covers 11 actions × 8 states × 5 role columns', () => {
    expect(cells).toHaveLength(ACTIONS.length * STATES.length * COLUMNS.length)
    expect(cells).toHaveLength(440)
  })

  it.each(cells)('$action from $state by $role → $expected', ({ action, state, column, expected }) => {
    const outcome = decide({
      action,
      subject: readyIn(state),
      actor: actorWith(COLUMNS[column]),
      now: NOW,
      note: 'Please cite the retinol study.',
      publishAt: '2025-07-01T09:00:00.000Z',
      unpublishAt: '2025-08-01T09:00:00.000Z',
    })
    if (typeof expected === 'number') {
      expect(outcome).toMatchObject({ ok: false, httpStatus: expected })
      return
    }
    expect(outcome).toMatchObject({ ok: true, httpStatus: 200, from: state, to: expected })
    if (!outcome.ok) return
    expect(outcome.effects.status).toBe(expected)
    // Payload's own _status is published exactly when the workflow says published.
    expect(outcome.effects.payloadStatus).toBe(expected === 'published' ? 'published' : 'draft')
  })
})

describe('edit matrix: every state × role', () => {
  const editCells = STATES.flatMap((state) =>
    COLUMNS.map((role, column) => ({ state, role: role ?? 'no role', column, expected: EXPECTED_EDIT[state][column] })),
  )

  it.each(editCells)('editing $state content as $role → $expected', ({ state, column, expected }) => {
    const check = canEdit(readyIn(state), actorWith(COLUMNS[column]))
    if (expected === true) expect(check).toEqual({ ok: true })
    else expect(check).toMatchObject({ ok: false, httpStatus: expected })
  })
})
