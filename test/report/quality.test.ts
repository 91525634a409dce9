import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { QualityReport, STEP_SUMMARY_LIMIT } from '../../src/report/quality.js'
import type { Message } from '../../src/diagnostics/message.js'

const warning = (i: number): Message => ({
  path: `pages/${String(i).padStart(6, '0')}.txt`,
  level: 'warning',
  code: 'missing-title',
  message: 'the document names no project title '.repeat(4),
  line: i,
  column: 1,
})

describe('QualityReport', () => {
  it('renders every warning in the full report and caps the step summary', async () => {
    const report = new QualityReport()
    const messages = Array.from({ length: 20_000 }, (_, i) => warning(i + 1))
    const full = report.render(messages)
    expect(full.split('\n').filter((line) => line.startsWith('- `')).length).toBe(20_000)
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-report-'))
    const summary = path.join(dir, 'summary.md')
    await report.write({ githubSummary: summary, messages, cwd: dir })
    const written = readFileSync(summary)
    expect(written.byteLength).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT + 16)
    expect(written.toString('utf8')).toContain('… and 19800 more')
  })

  it('escapes Markdown in messages so a path cannot break the table or inject links', () => {
    const report = new QualityReport()
    const text = report.render([{ ...warning(1), path: 'a`b_[x](http://evil)/c.txt', message: 'see [here](http://evil) *now*' }])
    expect(text).toContain("- `a'b_[x](http://evil)/c.txt:1:1` **warning** see \\[here\\](http://evil) \\*now\\*")
  })
})
