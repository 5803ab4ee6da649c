import type { Block } from 'payload'

export const TreatmentCardBlock: Block = {
  slug: 'treatmentCard',
  interfaceName: 'TreatmentCardBlock',
  labels: { singular: 'Treatment card', plural: 'Treatment cards' },
  fields: [{ name: 'treatment', type: 'relationship', relationTo: 'treatments', required: true }],
}
