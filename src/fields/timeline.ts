import type { Field } from 'payload'

/** The results timeline, shared by treatments and the rich-text timeline block. */
export const timelineFields: Field[] = [
  {
    name: 'firstVisible',
    type: 'text',
    admin: { description: 'When first results show, e.g. "right after the session".' },
  },
  { name: 'fullResult', type: 'text', admin: { description: 'When the full result shows, e.g. "after 3 sessions".' } },
  { name: 'lasts', type: 'text', admin: { description: 'How long results last, e.g. "4-6 weeks".' } },
  { name: 'note', type: 'textarea' },
]
