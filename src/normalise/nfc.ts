/**
 * True when NFC cannot change `text`: every code unit is below U+0300, where no character
 * decomposes or combines with its neighbour (test/pipeline/clean-text.test.ts checks every such
 * character and every pair). Lets hot paths skip `normalize` on plain Latin words.
 */
export function isNfcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x300) return false
  }
  return true
}
