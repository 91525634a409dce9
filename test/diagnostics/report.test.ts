import { describe, expect, it } from 'vitest'
import type { Message } from '../../src/diagnostics/message.js'
import { formatMessage, formatMessages, isShown } from '../../src/diagnostics/report.js'

const at = (level: Message['level']): Message => ({ level, code: `test/${level}`, message: `a ${level}`, path: 'in/a.txt', line: 3, column: 7 })

describe('isShown', () => {
  it.each([
    [{}, ['error', 'warning']],
    [{ verbose: true }, ['error', 'warning', 'info']],
    [{ quiet: true }, ['error']],
    [{ quiet: true, verbose: true }, ['error']],
  ] as const)('%o shows %o', (flags, shown) => {
    const levels = (['error', 'warning', 'info'] as const).filter((level) => isShown(at(level), { color: false, ...flags }))
    expect(levels).toEqual(shown)
  })
})

describe('formatMessage', () => {
  it('reads path:line:column  level  reason  code, coloured only when asked', () => {
    expect(formatMessage(at('warning'), { color: false })).toBe('in/a.txt:3:7  warning  a warning  test/warning')
    const coloured = formatMessage(at('error'), { color: true })
    expect(coloured).toContain('\u001b[31merror\u001b[39m')
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe('in/a.txt:3:7  error  a error  test/error')
    // A painter is shared between calls: colour off after colour on stays off.
    expect(formatMessage(at('info'), { color: false })).not.toContain('\u001b[')
  })

  it('formatMessages leaves info out unless verbose', () => {
    const messages = [at('error'), at('info')]
    expect(formatMessages(messages, { color: false }).split('\n')).toHaveLength(2)
    expect(formatMessages(messages, { color: false, verbose: true }).split('\n')).toHaveLength(3)
  })
})
