/*
 * The editorial workflow: who may move content from which state to which, and what has to
 * happen when they do. Pure: hooks, endpoints and the admin UI are adapters that read the
 * subject from Payload, call `decide` and apply the effects.
 */
export * from './states'
export * from './types'
export {
  ACTION_ROLES,
  EDITABLE_STATES,
  EDITING_ROLES,
  isOnline,
  mayPerform,
  targetState,
} from './rules'
export * from './decide'
export * from './release'
export * from './editing'
export * from './imported'
export * from './explain'
