/** The country the normalise stage infers when no extractor read one. */
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest.js'

async function countryOf(text: string): Promise<string | null> {
  const { records } = await ingest({ paths: ['-'], stdin: Readable.from([Buffer.from(text)]), workers: 0 })
  return records[0]!.country
}

describe('country inference', () => {
  it('never makes a donor state the country, even when the page names no grants', async () => {
    const page =
      'Royal Norwegian Embassy in Vilnius\nNorway in Lithuania\n\nNorway supports crime prevention in Šiauliai\n\n' +
      'The Embassy has supported a project of the Šiauliai City Municipality with NOK 350 000. Volunteers in Šiauliai and Joniškis are trained.\n\n' +
      'Norway and Lithuania have cooperated since 2005. Norwegian experts visited Šiauliai twice; Norwegian police officers from Oslo and Bergen took part.\n'
    expect(await countryOf(page)).toBe('LT')
  })
})
