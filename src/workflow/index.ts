/** The editorial workflow: pure rules for hooks, endpoints and the admin UI to adapt. */
export * from './checklist'
export * from './machine'
