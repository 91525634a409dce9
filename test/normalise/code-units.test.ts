import { describe, expect, it } from 'vitest'
import { isLetterCode, isWordCharCode } from '../../src/normalise/code-units.js'

describe('code-unit classes', () => {
  it('agree with the u expressions for every code unit, and are false past the end of a text', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (isLetterCode(code) !== /^[\p{L}\p{M}]$/u.test(char)) expect.fail(`letter U+${code.toString(16)}`)
      if (isWordCharCode(code) !== /^[\p{L}\p{M}\p{N}_]$/u.test(char)) expect.fail(`word U+${code.toString(16)}`)
    }
    expect(isLetterCode(''.charCodeAt(0))).toBe(false)
    expect(isWordCharCode(''.charCodeAt(0))).toBe(false)
  })

  it('give the word characters of the name scanner (normalise/words.ts) but for `_`', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if ((code !== 0x5f && isWordCharCode(code)) !== /^[\p{L}\p{M}\p{N}]$/u.test(char)) expect.fail(`word U+${code.toString(16)}`)
    }
  })
})
