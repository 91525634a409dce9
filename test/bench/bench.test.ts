/**
 * `npm run bench` works end to end (on a tiny corpus: the figures themselves are for the
 * README, measured by hand on a quiet machine, never asserted here).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../support/run-cli.js'

describe('npm run bench', { timeout: 120_000 }, () => {
  it('measures the baseline and ingest side by side and checks every target', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'test', 'bench', 'bench.js'), '--docs', '60', '--baseline-docs', '20', '--runs', '1', '--startup-runs', '1'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    )
    // Exit 1 is a missed target (on 60 documents start-up decides everything); 2 would be a usage error.
    expect([0, 1], run.stderr).toContain(run.status)
    expect(run.stdout).toMatch(/^corpus: 60 documents/m)
    expect(run.stdout).toMatch(/^baseline: franc\(text\), 187 languages\s+\d+/m)
    // 60 documents run on one thread; the other layout, with workers, must write the same bytes.
    expect(run.stdout).toMatch(/^ingest -f jsonl \(automatic: one thread, median of 1\)\s+\d+/m)
    expect(run.stdout).toMatch(/^ingest -f jsonl --workers [1-9]\d*\s+\d+/m)
    expect(run.stdout).toMatch(/^(?:PASS|FAIL) {2}end to end: [\d.]+x the baseline's documents\/s/m)
    expect(run.stdout).toMatch(/^PASS {2}output of the automatic layout is byte-identical to --workers [1-9]/m)
    expect(run.stdout).toMatch(/^PASS {2}language labels: (\d+)\/\1 records/m)
    expect(run.stdout).toMatch(/^(?:PASS|FAIL) {2}ingest seeds\/ runs in [\d.]+x the time of node -e 0/m)
  })
})
