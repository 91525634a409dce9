import { describe, expect, it } from 'vitest'
import { Draft } from '../../../src/extractors/draft.js'
import { addLabelledDates, addStatedDuration, addStatedPeriod } from '../../../src/extractors/read/dates-in-text.js'

const dates = (text: string): [string | null, string | null] => {
  const draft = new Draft()
  addLabelledDates(draft, text)
  return [draft.fields.startDate, draft.fields.endDate]
}

describe('addLabelledDates', () => {
  it('reads "Nuo <date> X … įgyvendina projektą" as the start, and an unspaced dash after "kestab" as a range', () => {
    expect(dates('Nuo 2019 m. kovo 1 d. Kauno VPK kartu su savivaldybe įgyvendina projektą „X“.')).toEqual(['2019-03-01', null])
    expect(dates('Nuo 2019 m. kovo 1 d. iki 2019 m. gegužės 1 d. VPK įgyvendina projektą „X“.')).toEqual([null, null])
    expect(dates('Projekt kestab 01.04.2017–31.03.2019.')).toEqual([null, null])
  })

  it('reads the day a lead starts the project on, set off by commas', () => {
    expect(dates('Ieslodzījuma vietu pārvalde šodien, 2013. gada 1. martā, uzsāk projekta Nr. LV08/1 „X” īstenošanu.')).toEqual(['2013-03-01', null])
  })

  it('reads the end a lead gives past the programme\'s quoted name, and a start "īstenots no" with no end after it', () => {
    const lead = 'Valsts policija 2023. gada 31. maijā noslēdza Eiropas Ekonomikas zonas un Norvēģijas finanšu instrumentu 2014.-2021. gada perioda programmas „Starptautiskā policijas sadarbība un noziedzības apkarošana” projektu „X” (Nr. LV-HOME-0004), kas tika īstenots no 2020. gada 1. septembra.'
    expect(dates(lead)).toEqual(['2020-09-01', '2023-05-31'])
    // "no … līdz …" is a period: addStatedPeriod reads it, not this.
    expect(dates('Projekts tika īstenots no 2020. gada 1. septembra līdz 2021. gada 1. maijam.')).toEqual([null, null])
  })

  it('reads the dates a project started and ended on', () => {
    expect(dates('The project started on 2 May 2014 and ended on 30 April 2016.')).toEqual(['2014-05-02', '2016-04-30'])
    expect(dates('The project began on 1 March 2013. The project was completed on 28 February 2015.')).toEqual(['2013-03-01', '2015-02-28'])
    expect(dates('The project started in September 2007 and will be completed by 31 August 2010.')).toEqual([null, '2010-08-31'])
  })

  it('takes a date that "kuni" follows for the start of a period, not its end ("kestab 2. maist 2012 kuni …")', () => {
    expect(dates('Projekt kestab 31. maini 2014.')).toEqual([null, '2014-05-31'])
    const draft = new Draft()
    const text = 'Projekt kestab 2. maist 2012 kuni 31. maini 2013.'
    addLabelledDates(draft, text)
    addStatedPeriod(draft, text)
    expect([draft.fields.startDate, draft.fields.endDate]).toEqual(['2012-05-02', '2013-05-31'])
  })

  it('reads the end of a period that starts on the day a lead gave, not of another period', () => {
    const draft = new Draft()
    draft.set('startDate', '2019-04-01')
    addStatedPeriod(draft, 'Projekts ilgs 24 mēnešus – no 2019. gada 1. aprīļa līdz 2021. gada 31. martam.')
    expect([draft.fields.startDate, draft.fields.endDate]).toEqual(['2019-04-01', '2021-03-31'])
    const other = new Draft()
    other.set('startDate', '2019-04-01')
    addStatedPeriod(other, 'Projekts tiek īstenots no 2019. gada 1. maija līdz 2021. gada 31. martam.')
    expect(other.fields.endDate).toBe(null)
  })

  it('reads the Latvian "Projekts notiks no … līdz …" (will take place) as the period, the end borrowing the year', () => {
    const draft = new Draft()
    addStatedPeriod(draft, 'Projekts notiks no 2019. gada 1. marta līdz 30. novembrim Valmierā. Pieteikumi līdz 2019. gada 1. februārim.')
    expect([draft.fields.startDate, draft.fields.endDate]).toEqual(['2019-03-01', '2019-11-30'])
  })

  it('reads the Lithuanian "Projektas truko … – nuo … iki …" (lasted, past tense) as the period', () => {
    const draft = new Draft()
    addStatedPeriod(draft, 'Projektas truko 18 mėnesių – nuo 2013 m. liepos 1 d. iki 2014 m. gruodžio 31 d. Bendra projekto vertė – 412 300 Lt.')
    expect([draft.fields.startDate, draft.fields.endDate]).toEqual(['2013-07-01', '2014-12-31'])
  })

  it('reads a period an "It" sentence states right after words on the project', () => {
    const draft = new Draft()
    addStatedPeriod(draft, 'The project is carried out by the Union and Tallinn University. It runs from 1 April 2018 to 31 March 2020.')
    expect([draft.fields.startDate, draft.fields.endDate]).toEqual(['2018-04-01', '2020-03-31'])
    const other = new Draft()
    addStatedPeriod(other, 'The museum opened a new hall. It runs from 1 April 2018 to 31 March 2020.')
    expect([other.fields.startDate, other.fields.endDate]).toEqual([null, null])
  })

  it('leaves the dates of something else alone', () => {
    expect(dates('The conference ended on 12 May 2015. Registration started on 1 March 2015.')).toEqual([null, null])
  })

  it('reads the end a lead says the project will come to ("noslēgsies D", "will end on D")', () => {
    expect(dates('Projekts ilgs 24 mēnešus un noslēgsies 2015. gada 31. oktobrī.')).toEqual([null, '2015-10-31'])
    expect(dates('The project will end on 30 June 2016.')).toEqual([null, '2016-06-30'])
    expect(dates('Konkurss noslēgsies 2015. gada 31. oktobrī.')).toEqual([null, null])
  })

  it('reads an end said on its own: "plānots pabeigt līdz D"', () => {
    expect(dates('Projektu plānots pabeigt līdz 2016. gada 30. aprīlim.')).toEqual([null, '2016-04-30'])
  })
  it('reads the day a project has run since, before the verb that carries it out', () => {
    expect(dates('Ventspils pilsētas dome kopš 2010. gada 1. jūnija īsteno projektu LV0118 „X”.')).toEqual(['2010-06-01', null])
    expect(dates('The State Police since 1 June 2010 implements the project "X".')).toEqual(['2010-06-01', null])
    expect(dates('Ventspils pilsētas dome, sākot ar 2009. gada 1. maiju, īsteno projektu LV0132 „X”, kas ilgs līdz 2011. gada 30. aprīlim.')).toEqual(['2009-05-01', '2011-04-30'])
  })
  it('reads the day a lead says the project was completed on, and the day it was carried out since', () => {
    expect(dates('Valsts probācijas dienests 2016. gada 30. aprīlī noslēdza Norvēģijas finanšu instrumenta 2009.–2014. gada perioda projektu „X”, kas tika īstenots kopš 2013. gada 1. jūlija.')).toEqual([
      '2013-07-01',
      '2016-04-30',
    ])
    // A contract concluded for a project is no end of it.
    expect(dates('Ministrija 2016. gada 30. aprīlī noslēdza līgumu par projekta „X” īstenošanu.')).toEqual([null, null])
  })
  it('leaves a "since" date that no project verb follows alone', () => {
    expect(dates('Latvija kopš 2004. gada 1. maija ir Eiropas Savienības dalībvalsts.')).toEqual([null, null])
  })
})

describe('addStatedDuration', () => {
  const months = (text: string): number | null => {
    const draft = new Draft()
    addStatedDuration(draft, text)
    return draft.fields.durationMonths
  }

  it('reads the length a sentence about the project states', () => {
    expect(months('Projekts ilgs 36 mēnešus.')).toBe(36)
    expect(months('The project will last 2 years and 6 months.')).toBe(30)
    expect(months('Projektas truko 18 mėnesių – nuo 2013 m. liepos 1 d. iki 2014 m. gruodžio 31 d.')).toBe(18)
    expect(months('Projekt kestis 18 kuud.')).toBe(18)
  })

  it('reads no length of something else, and no figure that is not a length', () => {
    expect(months('Apmācības ilgs 3 mēnešus.')).toBeNull()
    expect(months('The project lasts until 2016.')).toBeNull()
    expect(months('The project will last longer than 12 months.')).toBeNull()
  })
})

describe('addLabelledDates, a Russian lead', () => {
  it('reads "с <day> … начинает реализацию проекта" as the start and "продлится до <day>" as the end', () => {
    expect(dates('Нарвская городская управа с 1 апреля 2010 года начинает реализацию проекта «X». Проект продлится до 31 марта 2011 года.')).toEqual(['2010-04-01', '2011-03-31'])
  })

  it('reads the day the project or its work has been carried out since ("реализуется с", "велись с"), with no end after it', () => {
    expect(dates('Проект был завершён 28 февраля 2014 года. Работы велись с 3 сентября 2012 г. в Клайпеде.')).toEqual(['2012-09-03', '2014-02-28'])
    expect(dates('Проект «X» реализуется с 1 марта 2015 года.')).toEqual(['2015-03-01', null])
    // A date with no verb of carrying out before "с" is no start.
    expect(dates('Встреча с 3 сентября 2012 г. перенесена.')).toEqual([null, null])
  })

  it('reads "Проект стартовал <day> и продлится по <day>" (through that day), and the project started, launched or ended on a day', () => {
    expect(dates('Проект стартовал 1 марта 2014 г. и продлится по 28 февраля 2016 г.')).toEqual(['2014-03-01', '2016-02-28'])
    expect(dates('Реализация проекта началась 1 сентября 2009 года, а сам проект завершился 30 июня 2011 года.')).toEqual(['2009-09-01', '2011-06-30'])
    expect(dates('Проект был запущен 15.01.2012 и будет завершён 31.12.2013.')).toEqual(['2012-01-15', '2013-12-31'])
  })

  it('reads no day a project is not said to start or end on', () => {
    expect(dates('Проект стартовал в Риге. 1 октября 2013 года прошёл семинар.')).toEqual([null, null])
    expect(dates('Конкурс завершился 30 июня 2011 года.')).toEqual([null, null])
  })
})

describe('addLabelledDates and addStatedPeriod, Russian prose', () => {
  it('reads "Проект стартовал <day> и продлится до <day>" as the period', () => {
    expect(dates('Проект стартовал 1 апреля 2016 года и продлится до 31 октября 2017 года.')).toEqual(['2016-04-01', '2017-10-31'])
    expect(dates('Конкурс стартовал 1 апреля 2016 года.')).toEqual([null, null])
  })
  it('reads "…, который длился с <day> по <day>" as the period', () => {
    const draft = new Draft()
    addStatedPeriod(draft, 'Префектура подвела итоги проекта «Умный выбор», который длился с 1 сентября 2009 года по 31 декабря 2010 года в школах Йыхви.')
    expect([draft.fields.startDate, draft.fields.endDate]).toEqual(['2009-09-01', '2010-12-31'])
  })
})

describe('addLabelledDates, across a joined page break', () => {
  it('reads a sentence whose words a wide margin parts', () => {
    expect(dates(`The project started ${'\u00a0'.repeat(300)}on 1 April 2008 and ended on 30 April 2011.`)).toEqual(['2008-04-01', '2011-04-30'])
  })
})

describe('Russian periods and lengths', () => {
  it('reads a period the project "осуществлялся" in ("который осуществлялся с 1 марта 2012 г. по 31 августа 2013 г.")', () => {
    const draft = new Draft()
    addStatedPeriod(draft, 'Елгавская социальная служба завершила проект «X», который осуществлялся с 1 марта 2012 г. по 31 августа 2013 г. в рамках программы.')
    expect([draft.fields.startDate, draft.fields.endDate]).toEqual(['2012-03-01', '2013-08-31'])
  })

  it('reads "Проект продлится 24 месяца" and "Проект рассчитан на 2 года" as the length, not "Проект продлится до …"', () => {
    const months = (text: string): number | null => {
      const draft = new Draft()
      addStatedDuration(draft, text)
      return draft.fields.durationMonths
    }
    expect(months('Проект продлится 24 месяца и обойдётся в 312 000 евро.')).toBe(24)
    expect(months('Проект рассчитан на 2 года.')).toBe(24)
    expect(months('Проект продлится до 31 марта 2015 года.')).toBeNull()
  })
})
