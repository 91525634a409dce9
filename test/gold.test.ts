/** The extraction as a whole, measured against hand-checked gold labels kept in fixtures/gold/. */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/ingest.js'
import { compareWithGold, type Gold, type Tally } from './support/gold.js'

const root = fileURLToPath(new URL('..', import.meta.url))

async function score(paths: string[], goldDir: string): Promise<Tally> {
  const { records } = await ingest({ paths, cwd: root })
  const byStem = new Map(records.map((record) => [record.source.path.replace(/^.*\//, '').replace(/\.txt$/, ''), record]))
  const tally: Tally = { right: 0, wrong: 0, mismatches: [] }
  for (const name of readdirSync(`${root}/${goldDir}`).sort()) {
    const gold = JSON.parse(readFileSync(`${root}/${goldDir}/${name}`, 'utf8')) as Gold
    const stem = name.replace(/\.gold\.json$/, '')
    compareWithGold(byStem.get(stem), gold, tally, stem)
  }
  return tally
}

describe('gold labels', () => {
  it('reads the five seed documents exactly as labelled', async () => {
    const tally = await score(['seeds'], 'fixtures/gold/seeds')
    expect(tally.mismatches).toEqual([])
    expect(tally.right).toBeGreaterThan(60)
  })

  it('reads the real dev documents (fixtures/*/dev-*.txt) with at most a few misses', async () => {
    const tally = await score(
      ['fixtures/eea-project-facts', 'fixtures/unodc-baltic-grant', 'fixtures/lv-norwaygrants-page', 'fixtures/lv-project-table', 'fixtures/generic'],
      'fixtures/gold/dev',
    )
    // Every field of every document counts; a miss is listed so a regression shows what broke.
    const share = tally.right / (tally.right + tally.wrong)
    expect(tally.mismatches.length, tally.mismatches.join('\n')).toBeLessThanOrEqual(6)
    expect(share).toBeGreaterThan(0.95)
  })
})
