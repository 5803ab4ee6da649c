import type { Block } from 'payload'

export const RoutineStepsBlock: Block = {
  slug: 'routineSteps',
  interfaceName: 'RoutineStepsBlock',
  labels: { singular: 'Routine steps', plural: 'Routine steps' },
  fields: [
    { name: 'title', type: 'text' },
    {
      name: 'tips',
      type: 'relationship',
      relationTo: 'beauty-tips',
      hasMany: true,
      admin: { description: 'Steps that are reusable beauty tips, in order.' },
    },
    {
      name: 'steps',
      type: 'array',
      admin: { description: 'Or steps written here, in order.' },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'text', type: 'textarea' },
      ],
    },
  ],
}
