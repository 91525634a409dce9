/**
 * The contract's fixed vocabularies, without zod: the hot path (normalise, writers) needs the
 * values but not the schema library, whose import alone costs more than starting Node.
 */
export const SCHEMA_VERSION = 1 as const

export const amountRoles = ['budget', 'total_cost', 'initial_cost', 'final_cost', 'grant', 'cofinancing', 'other'] as const

export const rateSources = ['irrevocable', 'identity', 'user'] as const

export const statuses = ['completed', 'ongoing', 'planned', 'cancelled'] as const

export const diagnosticLevels = ['error', 'warning', 'info'] as const

export const layoutIds = [
  'eea-project-facts',
  'unodc-baltic-grant',
  'lv-norwaygrants-page',
  'lv-project-table',
  'generic',
] as const
