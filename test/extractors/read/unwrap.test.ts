import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { joinedOverPageBreaks, unwrapped, wrapJoints } from '../../../src/extractors/read/unwrap.js'
import { squash } from '../../../src/extractors/read/text.js'

const wrapped = [
  'Valsts policija sadarbībā ar biedrību „Latvijas Sarkanais Krusts” 2017. gada',
  '1. martā uzsāka īstenot projektu „Drošs ceļš uz skolu”, kas ilgs līdz 2018.',
  'gada 31. augustam. Projektu līdzfinansē Iekšējās drošības fonds.',
  '',
  'Projekta kopējās izmaksas ir 86 400,00 EUR, no tām Iekšējās drošības fonda',
  'finansējums – 64 800,00 EUR un valsts budžeta līdzfinansējums – 21 600,00',
  'EUR.',
].join('\n')

describe('unwrapped', () => {
  it('joins the lines of a wrapped paragraph with a space, keeping every offset', () => {
    const doc = unwrapped(new Doc(wrapped))
    expect(doc.text).toHaveLength(wrapped.length)
    expect(doc.lines.map((line) => line.text.slice(0, 20))).toEqual(['Valsts policija sada', '', 'Projekta kopējās izm'])
    expect(doc.text.indexOf('2017. gada 1. martā')).toBe(wrapped.indexOf('2017. gada\n1. martā'))
  })

  it('joins a labelled value that goes on in the next line, not the next label', () => {
    const text = [
      'Projekto pavadinimas: Smurto artimoje aplinkoje prevencija ir pagalba nukentėjusiems',
      'asmenims Alytaus regione',
      'Partneriai: Alytaus apskrities vyriausiasis policijos komisariatas; VšĮ Alytaus moterų',
      'ir vaikų pagalbos centras; Druskininkų savivaldybės administracija',
      'Veiksmų programos prioritetas: 8. Socialinės įtraukties didinimas ir kova su skurdu',
      'Projekto būsena: Įgyvendinamas',
    ].join('\n')
    expect(wrapJoints(new Doc(text))).toEqual([0, 2])
  })

  it('unwraps a text browser\'s page whose list of links holds addresses longer than a wrap', () => {
    const references = `${wrapped}\n\nReferences\n\n  16. https://norwaygrants.tm.gov.lv/en/2009-2014/news/the-state-probation-service-completes-project-lv08-5?print=1`
    expect(wrapJoints(new Doc(references)).length).toBeGreaterThan(0)
    // A sentence that long still says the prose is not wrapped.
    expect(wrapJoints(new Doc(`${wrapped}\n\n16. ${'word '.repeat(30)}`))).toEqual([])
  })

  it('leaves a page alone when a paragraph stands on one long line', () => {
    const text = `${wrapped}\n\n${'Projekta laikā policijas darbinieki apmeklēs skolas. '.repeat(4)}`
    const doc = new Doc(text)
    expect(unwrapped(doc)).toBe(doc)
  })

  it('joins no list item, date line or label line, but a day wrapped to a line start', () => {
    const text = [
      'The project brought together the police and the local governments of two towns',
      '- Number of pupils taking part in prevention lessons in both towns: 1 500',
      'Municipal police officers and social workers organised sports and activities',
      '12.05.2018',
      'Valsts policija sadarbībā ar biedrību „Latvijas Sarkanais Krusts” 2017. gada',
      '1. martā uzsāka īstenot projektu „Drošs ceļš uz skolu”, kas ilgs līdz 2018.',
      'Project code: LLIV-247',
    ].join('\n')
    expect(wrapJoints(new Doc(text))).toEqual([4])
  })

  it('joins no form\'s sub-point ("7.2. apmokyti …") to the one above, though it starts lower-case', () => {
    const text = [
      '7. Projekto uždaviniai:',
      '7.1. parengti ir išleisti metodinę priemonę klasių vadovams ir visuomenės sveikatos specialistams;',
      '7.2. apmokyti mokyklų socialinius pedagogus ir visuomenės sveikatos specialistus ankstyvosios',
      'intervencijos metodų;',
    ].join('\n')
    // Under a wrapped paragraph, so the page reads as hard-wrapped: lines 9 to 11 are the sub-points.
    const joints = wrapJoints(new Doc(`${wrapped}\n\n${text}`))
    expect(joints).not.toContain(9)
  })

  it('joins no heading to the lead right under it: the lead\'s first word would have fit on its line', () => {
    const text = [
      'Community policing against domestic violence in Jēkabpils',
      'The Jēkabpils municipal police ran the project from 1 February 2018 to 31 January',
      '2019 together with the social service of the municipality and the crisis centre',
      'for women and children in the town of Jēkabpils, in the east of Latvia.',
    ].join('\n')
    expect(wrapJoints(new Doc(text))).toEqual([1, 2])
  })

  it('mends a word a PDF hyphenated at the line\'s end where its head stood, the margin after it, so later offsets stay', () => {
    const text = [
      'A prevention programme for schools will be developed together with the local govern-',
      'ments, and youth workers will be trained. The project will be implemented in coopera-',
      '   tion with the Norwegian Institute of Public Health and its Politsei-',
      'ja Piirivalveamet partners, said the report of the year.',
    ].join('\n')
    const doc = unwrapped(new Doc(text))
    expect(doc.text).toHaveLength(text.length)
    expect(doc.text).toMatch(/local\s+governments,\s+and/u)
    expect(doc.text).toMatch(/in\s+cooperation\s+with the Norwegian/u)
    expect(doc.text).toContain('Politsei- ja')
    expect(doc.text.indexOf('with the Norwegian')).toBe(text.indexOf('with the Norwegian'))
  })

  it('keeps a mended word beside the marks that stick to it, so no gap opens inside a quote', () => {
    const text = [
      'The project is run together with the Norwegian Correctional Service and its staff',
      'college of the service in Oslo and Kristiansand, whose principle of „normalu-',
      'mo“ will be brought into the prisons of Lithuania over the next three years of the work.',
    ].join('\n')
    const doc = unwrapped(new Doc(text))
    expect(doc.text).toHaveLength(text.length)
    expect(squash(doc.text)).toContain('principle of „normalumo“ will be')
    expect(doc.text.indexOf(' will be')).toBe(text.indexOf(' will be'))
  })

  it('keeps the hyphen of a compound a line\'s end fell on', () => {
    const text = [
      'The project is run together with the Norwegian Correctional Service and its staff',
      'college of the service in Oslo and Kristiansand, and it opened two new low-',
      'threshold centres in the prisons of Lithuania over the next three years of the work.',
    ].join('\n')
    expect(squash(unwrapped(new Doc(text)).text)).toContain('two new low-threshold centres in')
  })

  it('keeps indicator lines whose list marks a PDF\'s text dropped on lines of their own', () => {
    const text = [
      'The project aims to develop a model of social rehabilitation of women prisoners that starts',
      'six months before release and continues for a year after it, in co-operation with others.',
      '',
      'Expected results',
      '   Number of women prepared for release under the model: 80',
      '   Number of places in the half-way house: 12',
    ].join('\n')
    expect(wrapJoints(new Doc(text))).toEqual([0])
  })
})

const joined = (text: string): Doc => {
  const doc = new Doc(text)
  return joinedOverPageBreaks(doc, unwrapped(doc))
}

describe('joinedOverPageBreaks', () => {
  const page = [
    'The project aims to reduce the number of prisoners in Lithuania by developing',
    'community sanctions and strengthening the probation service. The project started',
    '',
    'http://www.example.org/project?id=LT0079                 18.03.2010 14:22',
    '                                                          Page 1 of 2',
    'Grants - Project database                                 Project database',
    '',
    'on 1 April 2008 and ended on 30 April 2011.',
    '',
    'http://www.example.org/project?id=LT0079                 18.03.2010 14:22',
    '                                                          Page 2 of 2',
    'Grants - Project database                                 Project database',
  ].join('\n')

  it('joins a sentence the page break cut, the footer and running head between as a margin', () => {
    const doc = joined(page)
    expect(doc.text).toHaveLength(page.length)
    expect(squash(doc.lines[1]!.text)).toBe('community sanctions and strengthening the probation service. The project started on 1 April 2008 and ended on 30 April 2011.')
  })

  it('joins nothing over a break without a page number, nor before a line that starts upper-case', () => {
    expect(squash(joined(page.replaceAll('Page 1 of 2', 'Contents here')).text)).not.toContain('started on')
    expect(squash(joined(page.replace('on 1 April', 'On 1 April')).text)).not.toContain('started On')
    expect(unwrapped(new Doc(page)).text).not.toContain('started \u00a0')
  })
})

describe('wrapJoints, an interview\'s answer after its dialogue dash', () => {
  it('joins an answer\'s wrapped line to the next when it goes on in lower case, not a list\'s next item', () => {
    const answer = [
      '– Общий бюджет проекта – 2,76 млн литов. 90 процентов этой суммы, то есть 2,48 млн литов,',
      'выделяет Норвегия, остальное покрывает государственный бюджет Литвы, и это надолго.',
      '',
      '– Это отдельный корпус, куда осуждённые приходят добровольно. Они подписывают договор,',
      'регулярно сдают тесты и каждый день участвуют в программе: группы, работа с психологом.',
      '',
      '– мест в отделении для осуждённых, которые прошли отбор и подписали договор, – 40',
      '– сотрудников пройдут обучение в Норвегии в течение первого года проекта – 24',
    ].join('\n')
    expect(wrapJoints(new Doc(answer))).toEqual([0, 3])
  })
})

