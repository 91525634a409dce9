/** Inline entries and readLabelled: the hand-written cell split and line reading give what the plain ones gave. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { amountLabel, inlineEntries, isFactRow, readLabelled, type Entry, type ValueLine } from '../../../src/extractors/read/labelled.js'
import { listItemAt, wholeItem } from '../../../src/extractors/read/lists.js'
import { findMoney } from '../../../src/normalise/money.js'
import { inlineLabelOf, labelOf, type LabelKey } from '../../../src/extractors/lexicon/labels.js'
import { statusOf } from '../../../src/extractors/lexicon/status.js'
import type { Line } from '../../../src/extractors/doc.js'

function referenceSegments(line: Line): ValueLine[] {
  const segments: ValueLine[] = []
  let start = 0
  const push = (end: number): void => {
    const raw = line.text.slice(start, end)
    const text = raw.trim()
    if (text) segments.push({ text, offset: line.offset + start + raw.indexOf(text) })
  }
  for (const gap of line.text.matchAll(/\t[\t ]*| {3,}/g)) {
    push(gap.index)
    start = gap.index + gap[0].length
  }
  push(line.text.length)
  return segments
}

function referenceInlineEntries(line: Line, bare?: ReadonlySet<LabelKey>): Entry[] {
  const segments = referenceSegments(line)
  const entries: Entry[] = []
  // A known label, a gap of two spaces, a value that is no label: a narrow two-column table row.
  const narrow = /^(\s*)(\S.*?) {2}\s*(\S.*?)\s*$/.exec(line.text)
  if (!/\t| {3}/.test(line.text.trim()) && narrow && labelOf(narrow[2]!) && !labelOf(narrow[3]!)) {
    const valueOffset = line.offset + line.text.lastIndexOf(narrow[3]!, line.text.trimEnd().length)
    return [{ key: labelOf(narrow[2]!)!, label: narrow[2]!, lines: [{ text: narrow[3]!, offset: valueOffset }], lineIndex: line.index, labelOffset: line.offset + narrow[1]!.length }]
  }
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const exact = labelOf(segment.text)
    const next = segments[i + 1]
    if (exact && next && !labelOf(next.text)) {
      // Two label cells with a value each on one line: each label takes its one cell.
      const after = segments[i + 2]
      const afterValue = segments[i + 3]
      if (after && afterValue && labelOf(after.text) && !labelOf(afterValue.text)) {
        entries.push({ key: exact, label: segment.text, lines: [next], lineIndex: line.index, labelOffset: segment.offset })
        i++
        continue
      }
      const rest = line.text.slice(next.offset - line.offset).trim()
      entries.push({ key: exact, label: segment.text, lines: [{ text: rest, offset: next.offset }], lineIndex: line.index, labelOffset: segment.offset })
      break
    }
    // An unknown label cell whose words give a role, then a bare figure as the only other cell.
    const amountKey = !exact && i === 0 && segments.length === 2 && next ? amountLabel(segment.text, [next]) : null
    if (amountKey) {
      entries.push({ key: amountKey, label: segment.text, lines: [next!], lineIndex: line.index, labelOffset: segment.offset })
      break
    }
    let inline: { key: LabelKey; valueStart: number } | null = inlineLabelOf(segment.text, bare)
    if (!inline) {
      const colon = segment.text.indexOf(':')
      if (colon >= 3 && colon <= 60) {
        const value = segment.text.slice(colon + 1)
        const key = amountLabel(segment.text.slice(0, colon), [{ text: value.trim(), offset: 0 }])
        if (key) inline = { key, valueStart: colon + 1 + (value.length - value.trimStart().length) }
      }
    }
    if (inline) {
      const value = segment.text.slice(inline.valueStart).trim()
      if (value) {
        entries.push({
          key: inline.key,
          label: segment.text.slice(0, inline.valueStart).trim(),
          lines: [{ text: value, offset: segment.offset + inline.valueStart }],
          lineIndex: line.index,
          labelOffset: segment.offset,
        })
      }
    }
  }
  return entries
}

const piece = fc.constantFrom('Status', 'Project number', 'Duration', 'Budget', 'EU contribution', ':', ' ', '  ', '   ', '\t', ' \t ', '\u00a0', 'LV-0080', 'EUR 1 000', 'ongoing', 'x', '2009', ' - ')
const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''))

describe('inlineEntries', () => {
  it('equals the regex cell split and the plain per-cell reading', () => {
    const bare = new Set<LabelKey>(['duration'])
    fc.assert(
      fc.property(text, (body) => {
        const line = new Doc(`first line\n${body}`).lines[1]!
        expect(inlineEntries(line)).toEqual(referenceInlineEntries(line))
        expect(inlineEntries(line, bare)).toEqual(referenceInlineEntries(line, bare))
      }),
      { numRuns: 5000 },
    )
  })
})

/** readLabelled as it read before: trim() each line, look every line up, split a value line's cells. */
function referenceReadLabelled(doc: Doc, options: { from?: number; to?: number; valueAfterBlank?: boolean } = {}): Entry[] {
  const lines = doc.lines
  const to = Math.min(options.to ?? lines.length, lines.length)
  const entries: Entry[] = []
  const isUnknown = (trimmed: string): boolean => trimmed.length > 1 && trimmed.length <= 60 && /[:：]$/.test(trimmed) && !/^[\d\s.,:]+$/.test(trimmed)
  const isLabel = (text: string): boolean => labelOf(text.trim()) !== null || isUnknown(text.trim())
  const nextContent = (from: number): number => {
    let index = from
    while (index < to && !lines[index]!.text.trim()) index++
    return index
  }
  for (let index = options.from ?? 0; index < to; index++) {
    const line = lines[index]!
    const trimmed = line.text.trim()
    if (!trimmed) continue
    const key = labelOf(trimmed)
    if (key || isUnknown(trimmed)) {
      const values: ValueLine[] = []
      let next = index + 1
      let itemEnd = -1
      let lastItem: ReturnType<typeof listItemAt> = null
      const afterBlank = nextContent(next)
      if (afterBlank > next && afterBlank < to && !isLabel(lines[afterBlank]!.text)) {
        // A list a reader view spaces out: two or more short items, one blank line after each, up to a label.
        const spaced: ValueLine[] = []
        let spacedLast = -1
        if (key !== null && ['partners', 'targetGroups', 'location'].includes(key)) {
          for (let at = afterBlank; spaced.length < 6; ) {
            const text = lines[at]!.text
            if (text.length > 120 || isLabel(text)) break
            spaced.push({ text: text.trim(), offset: lines[at]!.offset + text.indexOf(text.trim()) })
            if (at + 1 < to && lines[at + 1]!.text.trim()) break
            const after = nextContent(at + 1)
            if (after >= to) break
            if (labelOf(lines[after]!.text.trim()) !== null) {
              if (spaced.length >= 2) spacedLast = at
              break
            }
            at = after
          }
        }
        if (spacedLast !== -1) {
          entries.push({ key, label: trimmed, lines: spaced, lineIndex: index, labelOffset: line.offset + line.text.indexOf(trimmed) })
          index = spacedLast
          continue
        }
        const following = lines[afterBlank]!.text
        const money = following.length <= 60 ? findMoney(following) : []
        const figure = key?.startsWith('amount:') === true && money.length === 1 && following.trim() === money[0]!.text
        // A fact stacked as label, blank, short value (up to six lines of it), blank, label (or the end).
        const stackedKeys = ['title', 'projectNumber', 'promoter', 'partners', 'status', 'startDate', 'endDate', 'duration', 'location']
        let valueEnd = afterBlank
        while (valueEnd + 1 < to && valueEnd - afterBlank < 5 && lines[valueEnd + 1]!.text.trim() !== '' && lines[valueEnd + 1]!.text.length <= 200 && !isLabel(lines[valueEnd + 1]!.text)) valueEnd++
        const afterValue = nextContent(valueEnd + 1)
        const statusWord = key === 'status' && following.trim().length <= 40 && statusOf(following.trim()) !== null
        const stacked = key !== null && stackedKeys.includes(key) && following.length <= 200 && (statusWord || afterValue >= to || labelOf(lines[afterValue]!.text.trim()) !== null)
        if (options.valueAfterBlank || figure || listItemAt(doc, afterBlank) || stacked) next = afterBlank
      }
      for (; next < to; next++) {
        const candidate = lines[next]!
        const text = candidate.text.trim()
        if (!text) {
          const resume = nextContent(next)
          const resumed = resume < to ? listItemAt(doc, resume) : null
          // A blank line inside a list: a bullet goes on after a bullet, "2)" after "1)" (not "3." after "1)").
          const number = (item: NonNullable<typeof resumed>): RegExpExecArray | null => /^\s*(\d+)([.)])/.exec(lines[item.lineIndex]!.text)
          const goesOn =
            resumed !== null &&
            (lastItem === null ||
              (!lastItem.numbered && !resumed.numbered) ||
              (lastItem.numbered && resumed.numbered && number(lastItem)?.[2] === number(resumed)?.[2] && Number(number(resumed)?.[1]) === Number(number(lastItem)?.[1]) + 1))
          if (values.length && (itemEnd === next - 1 || listItemAt(doc, next - 1)) && goesOn) {
            next = resume - 1
            continue
          }
          break
        }
        const segments = referenceSegments(candidate)
        const first = segments[0]
        const inline = first !== undefined && inlineLabelOf(first.text) !== null && first.offset - candidate.offset < 4
        // A label cell, then its value cell ("Kopējās izmaksas:<TAB>318 745,60 EUR").
        const labelCell = first !== undefined && segments.length === 2 && first.offset - candidate.offset < 4 && (labelOf(first.text) !== null || isUnknown(first.text))
        if (labelOf(text) !== null || isUnknown(text) || inline || labelCell || referenceBulletedFact(doc, next) !== null) break
        const found = key !== null && ['duration', 'startDate', 'endDate'].includes(key) ? null : listItemAt(doc, next)
        const item = found && wholeItem(doc, found)
        values.push(item ? { text: item.text, offset: item.offset, item: true as const } : { text, offset: candidate.offset + candidate.text.indexOf(text) })
        if (item) lastItem = item
        if (item) next = itemEnd = Math.min(item.lastLineIndex, to - 1)
      }
      entries.push({ key: key ?? amountLabel(trimmed, values), label: trimmed, lines: values, lineIndex: index, labelOffset: line.offset + line.text.indexOf(trimmed) })
      index = next - 1
      continue
    }
    // A short line after a blank one over a bare figure (a blank line between them or none) that a blank line ends.
    const valueAt = index + 1 < to ? (lines[index + 1]!.text.trim() ? index + 1 : index + 2 < to ? nextContent(index + 1) : -1) : -1
    const value = valueAt === -1 ? undefined : lines[valueAt]
    if (trimmed.length <= 60 && (index === 0 || !lines[index - 1]!.text.trim()) && value && value.text.length <= 60 && (valueAt + 1 >= to || !lines[valueAt + 1]!.text.trim())) {
      const text = value.text.trim()
      const values = [{ text, offset: value.offset + value.text.indexOf(text) }]
      const stackedKey = amountLabel(trimmed, values)
      if (stackedKey) {
        entries.push({ key: stackedKey, label: trimmed, lines: values, lineIndex: index, labelOffset: line.offset + line.text.indexOf(trimmed) })
        index = valueAt
        continue
      }
    }
    const fact = referenceBulletedFact(doc, index)
    if (fact) entries.push(fact)
    else entries.push(...inlineEntries(line))
  }
  return entries
}

/** "– Status: completed;": a bullet holding a known label, a colon and a value. */
function referenceBulletedFact(doc: Doc, index: number): Entry | null {
  const item = listItemAt(doc, index)
  if (!item || item.numbered) return null
  const inline = inlineLabelOf(item.text)
  if (!inline || !item.text.slice(0, inline.valueStart).includes(':')) return null
  const value = item.text.slice(inline.valueStart).replace(/;$/, '').trimEnd()
  if (!value) return null
  return { key: inline.key, label: item.text.slice(0, inline.valueStart).trim(), lines: [{ text: value, offset: item.offset + inline.valueStart }], lineIndex: index, labelOffset: item.offset }
}

const docLine = fc.oneof(
  fc.constantFrom('', ' ', '\t', 'Status:', 'Project number', 'Duration:', 'Budget', 'Total cost:', 'Own contribution:', 'Target groups:', '• pupils', '  - parents', '1. teachers'),
  fc.constantFrom('EUR 1 000', '70,000.00 LTL', 'ongoing', 'Status: completed', '  Status: completed', '    Status: completed', '\u00a0\u00a0\u00a0\u00a0Duration: 2 years', '\tBudget\tEUR 5', 'Partners   Riga city', 'x:', '12:', 'Some prose - 2009'),
  text,
)
const docText = fc.array(docLine, { maxLength: 14 }).map((lines) => lines.join('\n'))

describe('a labelled sentence run on after a dash-labelled one', () => {
  it('ends the value at the full stop before the next label, past a text browser\'s margin', () => {
    const line = new Doc('Ответственный исполнитель проекта – Управление мест заключения. \u00a0\u00a0Партнёры проекта – Даугавпилсский центр.').lines[0]!
    expect(inlineEntries(line).map((entry) => [entry.key, entry.lines[0]!.text])).toEqual([
      ['promoter', 'Управление мест заключения'],
      ['partners', 'Даугавпилсский центр.'],
    ])
  })
})

describe('a fact stated in an interview\'s answer', () => {
  it('reads a label and a dash after a dialogue dash, the value up to its first sentence\'s end', () => {
    const entries = readLabelled(new Doc('Интервью\n\n— Заявитель – Нарвский молодёжный центр. Мы работаем вместе с полицией.\n'))
    expect(entries.filter((entry) => entry.key === 'promoter').map((entry) => entry.lines[0]!.text)).toEqual(['Нарвский молодёжный центр'])
  })
})

describe('readLabelled', () => {
  it('equals reading every line afresh, with the regex cell split', () => {
    fc.assert(
      fc.property(docText, fc.nat(4), fc.boolean(), (body, from, valueAfterBlank) => {
        const doc = new Doc(body)
        expect(readLabelled(doc, { from, valueAfterBlank })).toEqual(referenceReadLabelled(doc, { from, valueAfterBlank }))
        expect(readLabelled(doc, { to: 6 })).toEqual(referenceReadLabelled(doc, { to: 6 }))
      }),
      { numRuns: 3000, seed: 1955257306 },
    )
  })
})

describe('a row of two label cells with their values', () => {
  it('gives each label its own value ("Projekto pradžia<TAB>…<TAB>Projekto pabaiga<TAB>…")', () => {
    const line = new Doc('Projekto pradžia\t2009-06-15\tProjekto pabaiga\t2011-06-14').lines[0]!
    const entries = inlineEntries(line)
    expect(entries.map((entry) => [entry.key, entry.lines.map((value) => value.text)])).toEqual([
      ['startDate', ['2009-06-15']],
      ['endDate', ['2011-06-14']],
    ])
  })

  it('reads a stacked label the lexicon does not know over a bare figure as an amount with the role its words give', () => {
    const doc = new Doc('Kopējās izmaksas\n\n212 480,00 EUR\n\nES fondu finansējums\n\n180 608,00 EUR\n\nValsts budžeta finansējums\n\n31 872,00 EUR\n\nProjekta apraksts\n\nTeksts.')
    expect(readLabelled(doc).map((entry) => [entry.key, entry.lines.map((value) => value.text)])).toEqual([
      ['amount:total_cost', ['212 480,00 EUR']],
      ['amount:grant', ['180 608,00 EUR']],
      ['amount:cofinancing', ['31 872,00 EUR']],
      ['description', []],
    ])
    // A heading over a paragraph of prose, or over a figure that the text goes on after, is no label.
    expect(readLabelled(new Doc('Par projektu\n\nProjektu finansē ES.\n\nPapildu ES fondu atbalsts\n\n5 000 EUR\ntika izlietoti.')).filter((entry) => entry.key)).toEqual([])
  })

  it('reads facts stacked as label, blank line, value, blank line; a description\'s paragraph stays no value', () => {
    const doc = new Doc('Projekto vykdytojas\n\nJonavos rajono savivaldybės administracija\n\nPartneriai\n\nA, B\n\nProjekto aprašymas\n\nProjekto metu teikta pagalba.\n\nKontaktai')
    expect(readLabelled(doc).map((entry) => [entry.key, entry.lines.map((value) => value.text)])).toEqual([
      ['promoter', ['Jonavos rajono savivaldybės administracija']],
      ['partners', ['A, B']],
      ['description', []],
      ['contact', []],
    ])
  })

  it('reads a list a reader view spaces out, one item and a blank line each, up to the next label', () => {
    const doc = new Doc('Target groups\n\nChildren ,\n\nYouth workers\n\nStatus:\n\nCompleted\n')
    const entries = readLabelled(doc)
    expect(entries.map((entry) => [entry.key, entry.lines.map((value) => value.text)])).toEqual([
      ['targetGroups', ['Children ,', 'Youth workers']],
      ['status', ['Completed']],
    ])
    // Short lines under a label that no label follows are no list (a footer may end the page).
    expect(readLabelled(new Doc('Partners\n\nOslo Police District\n\nShare this page\n\nFacebook')).map((entry) => entry.lines.length)).toEqual([0])
  })

  it('reads objectives whose marks a reader view dropped: one-line paragraphs ending in ";", the last in "."', () => {
    const doc = new Doc('Project objectives:\n\nTo prepare a programme;\n\nTo train peer educators;\n\nTo provide condoms.\n\nWithin the project 20 inmates were trained.\n')
    expect(readLabelled(doc, { valueAfterBlank: true }).map((entry) => [entry.key, entry.lines.map((value) => value.text)])).toEqual([
      ['objective', ['To prepare a programme;', 'To train peer educators;', 'To provide condoms.']],
    ])
    // One paragraph, or paragraphs of prose that end in full stops, are no such list.
    expect(readLabelled(new Doc('Project objectives:\n\nTo prepare a programme.\n\nThe project trained inmates.\n'), { valueAfterBlank: true })[0]!.lines.map((value) => value.text)).toEqual(['To prepare a programme.'])
    expect(readLabelled(new Doc('Project objectives:\n\nTo prepare a programme;\n\nThe project trained inmates\n'), { valueAfterBlank: true })[0]!.lines.map((value) => value.text)).toEqual(['To prepare a programme;'])
  })

  it('reads a stacked list, one item a line, under its label and a blank line', () => {
    const doc = new Doc('Donor project partners\n\nNorwegian Directorate for Children (Norway)\nGovernment Agency for Child Protection (Iceland)\n\nOther project partners\n\nPolice Force Presidium (Slovakia)\n\nDescription\n\nThe project sets up two centres.\nIt trains investigators.\n\nShare this page')
    expect(readLabelled(doc).map((entry) => [entry.key, entry.lines.map((value) => value.text)])).toEqual([
      ['partners', ['Norwegian Directorate for Children (Norway)', 'Government Agency for Child Protection (Iceland)']],
      ['partners', ['Police Force Presidium (Slovakia)']],
      ['description', []],
    ])
  })

  it('keeps a value cell that runs on with tabs whole when no label cell follows it', () => {
    const line = new Doc('Projekta ilgums\t2 gadi\t(2016–2018)').lines[0]!
    expect(inlineEntries(line).map((entry) => entry.lines[0]!.text)).toEqual(['2 gadi\t(2016–2018)'])
  })
})

describe('fact tables flattened into text', () => {
  const read = (text: string): Array<[string | null, string, number]> =>
    inlineEntries(new Doc(text).lines[0]!).map((entry) => [entry.key, entry.lines[0]!.text, entry.lines[0]!.offset])

  it('reads a narrow two-column row: a known label, two spaces, the value', () => {
    expect(read('Donor project partners  National Police Directorate (Norway)')).toEqual([['partners', 'National Police Directorate (Norway)', 24]])
    expect(read('   Status  Completed   ')).toEqual([['status', 'Completed', 11]])
    // An unknown label, or a value that is itself a label, is no row.
    expect(read('Sector  Human resource development')).toEqual([])
    expect(read('Status  Status')).toEqual([])
  })

  it('reads cells parted by bars when two are "Label: value" and one label is known', () => {
    expect(read('Beneficiary state: Latvia | Project number: LV0063 | Sector: Human resource development')).toEqual([['projectNumber', 'LV0063', 44]])
    expect(read('Project promoter: Jūrmala City Council | Grant amount: € 840,000')).toEqual([
      ['promoter', 'Jūrmala City Council', 18],
      ['amount:grant', '€ 840,000', 55],
    ])
    // One labelled cell: the bar is part of the value.
    expect(read('Project title: Light | Shadow')).toEqual([['title', 'Light | Shadow', 15]])
  })
})

describe('a text-mode table whose cells wrap inside their columns', () => {
  const read = (text: string): Array<[string | null, string[]]> => readLabelled(new Doc(text)).map((entry) => [entry.key, entry.lines.map((line) => line.text)])

  it('joins a label wrapped onto the next line, lower case at its column, and the value lines it breaks', () => {
    const table = [
      'Initial project   € 1 164 705,88',
      'cost',
      'Project promoter  Ministry of Justice of the',
      '                  Republic of Lithuania',
      'Donor project     Norwegian Correctional Service',
      'partners          (Norway)',
    ].join('\n')
    expect(read(table)).toEqual([
      ['amount:initial_cost', ['€ 1 164 705,88']],
      ['promoter', ['Ministry of Justice of the Republic of Lithuania']],
      ['partners', ['Norwegian Correctional Service (Norway)']],
    ])
  })

  it('keeps the lines of a cell apart when the first word of the next would have fit on the line above', () => {
    const table = ['Project promoter        National Agency against Trafficking in Persons', 'The project is carried  Nord-Est', 'out in                  Sud-Est'].join('\n')
    expect(read(table)).toEqual([
      ['promoter', ['National Agency against Trafficking in Persons']],
      ['location', ['Nord-Est', 'Sud-Est']],
    ])
  })

  it('leaves a row whose joined label the lexicon does not know', () => {
    expect(read('Sector    Health\nand more  childcare')).toEqual([])
  })

  it('joins a label cell that wrapped above the line its value stands on', () => {
    const table = ['   Final project cost:      € 987,451', '   The project is carried', '   out in:                  Vidzeme', '   Status:                  Completed'].join('\n')
    expect(read(table)).toEqual([
      ['amount:final_cost', ['€ 987,451']],
      ['location', ['Vidzeme']],
      ['status', ['Completed']],
    ])
  })

  it("reads a PDF's rows parted by blank lines as one table: a cell's names stay apart, one a line", () => {
    const table = [
      'Host institution        University of Tartu, Institute of Family Medicine and Public Health',
      '',
      'Cooperation partners    National Institute for Health Development (Tallinn)',
      '                        NGO Estonian Network of People Living with HIV',
      '                        Norwegian Institute of Public Health (Oslo)',
      '',
      'Total funding           1 950 000 EEK, of which own contribution',
      '                        of the university 180 000 EEK',
    ].join('\n')
    expect(read(table)).toEqual([
      ['promoter', ['University of Tartu, Institute of Family Medicine and Public Health']],
      ['partners', ['National Institute for Health Development (Tallinn)', 'NGO Estonian Network of People Living with HIV', 'Norwegian Institute of Public Health (Oslo)']],
      ['amount:total_cost', ['1 950 000 EEK, of which own contribution of the university 180 000 EEK']],
    ])
  })

  it('leaves a line of prose over a lower-case line that holds no gap', () => {
    expect(read('   The project is carried\n   out in Vidzeme by the promoter').map(([key]) => key)).not.toContain('location')
  })
})

describe('a reader view that stacks each fact under its label with blank lines', () => {
  it('reads "Source of funding" over its value as the other facts', () => {
    const doc = new Doc('Programme:\n\nJustice\n\nSource of funding:\n\nNorway Grants\n\nThe project is carried out in:\n\nYugozapaden')
    expect(readLabelled(doc).map((entry) => [entry.key, entry.lines.map((value) => value.text)])).toEqual([
      ['measure', ['Justice']],
      ['measure', ['Norway Grants']],
      ['location', ['Yugozapaden']],
    ])
  })
})

describe('an empty cell in a tab table', () => {
  it('stays empty: the next label cell with its value is a row of its own', () => {
    const doc = new Doc('Projekta beigas:\t\nKopējās izmaksas:\t318 745,60 EUR\nValsts budžeta finansējums:\t\nPašvaldības finansējums:\t47 811,84 EUR')
    expect(readLabelled(doc).map((entry) => [entry.key, entry.lines.map((value) => value.text)])).toEqual([
      ['endDate', []],
      ['amount:total_cost', ['318 745,60 EUR']],
      [null, []],
      ['amount:cofinancing', ['47 811,84 EUR']],
    ])
  })
})

describe('a card of label lines over value lines', () => {
  it('reads a date opening with its day ("1. jaanuar 2009") under a period label as the value, not as item "1."', () => {
    const doc = new Doc('Periood\n1. jaanuar 2009 – 31. detsember 2010\n\nEelarve\n1 250 000 krooni')
    expect(readLabelled(doc).map((entry) => [entry.key, entry.lines.map((value) => value.text)])).toEqual([
      ['duration', ['1. jaanuar 2009 – 31. detsember 2010']],
      ['amount:budget', ['1 250 000 krooni']],
    ])
  })

  it('reads an unknown label straight over a bare figure, between blank lines, as an amount with its role', () => {
    const doc = new Doc('Tekst.\n\nsh Euroopa Sotsiaalfondi osalus\n1 062 500 krooni\n\nMuu tekst.')
    expect(readLabelled(doc).filter((entry) => entry.key).map((entry) => [entry.key, entry.lines.map((value) => value.text)])).toEqual([['amount:grant', ['1 062 500 krooni']]])
  })
})

describe('a stacked status', () => {
  it('reads a status word under its label whatever follows it', () => {
    const doc = new Doc('Projekto būsena\n\nĮgyvendintas\n\nNaudojame slapukus. Sutinku')
    expect(readLabelled(doc).map((entry) => [entry.key, entry.lines.map((value) => value.text)])).toEqual([['status', ['Įgyvendintas']]])
  })
})

describe('amountLabel', () => {
  const figure = (text: string): ValueLine[] => [{ text, offset: 0 }]

  it('reads an unknown money label that names its source in full, up to a line label\'s length', () => {
    expect(amountLabel('Grant from the crime prevention fund of the Ministry of Justice:', figure('€ 68 320'))).toBe('amount:grant')
    expect(amountLabel('Co-financing of the City of Tartu:', figure('€ 17 080'))).toBe('amount:cofinancing')
    // A longer line is a sentence, not a label.
    expect(amountLabel('The grant that the crime prevention fund of the Ministry of Justice gave the city for the schools:', figure('€ 68 320'))).toBeNull()
  })
})

describe('inlineEntries, a fact run on after a full stop', () => {
  it('ends the value at the sentence that opens with a known label', () => {
    const line = new Doc('Projekta īstenotājs - Sabiedrības veselības aģentūra. Projekta partneri: Daugavpils pilsētas dome.').lines[0]!
    expect(inlineEntries(line).map((entry) => [entry.key, entry.lines[0]!.text])).toEqual([
      ['promoter', 'Sabiedrības veselības aģentūra'],
      ['partners', 'Daugavpils pilsētas dome.'],
    ])
  })
  it('ends it before a label left alone at the line end, and keeps a sentence that is no label', () => {
    const alone = new Doc('Projekta īstenotājs - Sabiedrības veselības aģentūra. Projekta partneri:').lines[0]!
    expect(inlineEntries(alone).map((entry) => entry.lines[0]!.text)).toEqual(['Sabiedrības veselības aģentūra'])
    const prose = new Doc('Projekta īstenotājs - Valsts policija. Tā strādā: Rīgā.').lines[0]!
    expect(inlineEntries(prose).map((entry) => entry.lines[0]!.text)).toEqual(['Valsts policija. Tā strādā: Rīgā.'])
  })
})

describe('readLabelled, a label left at the end of a sentence', () => {
  it('reads the lines below it, up to a blank line, as its value', () => {
    const doc = new Doc('Projekta īstenotājs - Sabiedrības veselības aģentūra. Projekta partneri:\nDaugavpils pilsētas dome un\nRēzeknes pilsētas dome.\n\nProjekts tiek īstenots.\n')
    expect(readLabelled(doc).map((entry) => [entry.key, entry.lines.map((value) => value.text)])).toEqual([
      ['promoter', ['Sabiedrības veselības aģentūra']],
      ['partners', ['Daugavpils pilsētas dome un', 'Rēzeknes pilsētas dome.']],
    ])
  })
})

describe('readLabelled, a numbered list and the report\'s next section', () => {
  const partners = (text: string): string[] => readLabelled(new Doc(text)).find((entry) => entry.key === 'partners')?.lines.map((line) => line.text) ?? []

  it('ends the list at a blank line before a section numbered in another way ("3. Достигнутые результаты")', () => {
    expect(partners('2. Партнёры\n\n   1) Силламяэская городская управа\n   2) Силламяэская гимназия\n\n3. Достигнутые результаты\n\n   – количество уроков: 46;\n')).toEqual([
      'Силламяэская городская управа',
      'Силламяэская гимназия',
    ])
  })

  it('goes on over a blank line with the next number of the same mark, and with bullets', () => {
    expect(partners('Partners:\n1) Alpha Centre\n\n2) Beta Society\n')).toEqual(['Alpha Centre', 'Beta Society'])
    expect(partners('Partners:\n• Alpha Centre\n\n• Beta Society\n')).toEqual(['Alpha Centre', 'Beta Society'])
  })
})

describe('isFactRow', () => {
  it('takes a known label, a wide gap or a tab, and a value', () => {
    expect(isFactRow('   Grantee                 Association "Latgales Atbalsta Tīkls"')).toBe(true)
    expect(isFactRow('Grant number\tBAHF-HR-2011-027')).toBe(true)
  })

  it('takes no heading, an unknown label, nor a label without its value', () => {
    expect(isFactRow('Meeting Point Narva')).toBe(false)
    expect(isFactRow('Date awarded            11/15/2011')).toBe(false)
    expect(isFactRow('Grantee   ')).toBe(false)
    expect(isFactRow('Grantee: Association X')).toBe(false)
  })
})
