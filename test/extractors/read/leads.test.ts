import { describe, expect, it } from 'vitest'
import { namesProject, partiesInLead, promoterInHeadline, WON_CALL_LEAD_VERB } from '../../../src/extractors/read/leads.js'

describe('partiesInLead', () => {
  const lead = (text: string): [string, string | null] | null => {
    const found = partiesInLead(text, 3)
    return found && [found.promoter.value, found.partners[0]?.value.name ?? null]
  }

  it('leaves an adverb before the verb out of the name', () => {
    expect(lead('Vilniaus miesto savivaldybės administracija sėkmingai užbaigė projektą „X“.')).toEqual(['Vilniaus miesto savivaldybės administracija', null])
    expect(lead('Valsts policija veiksmīgi noslēdza projektu „X”.')).toEqual(['Valsts policija', null])
    expect(lead('The State Police successfully completed the project "X".')).toEqual(['State Police', null])
  })

  it('leaves "today" and the day said with it out of the name', () => {
    expect(lead('Ieslodzījuma vietu pārvalde šodien, 2013. gada 1. martā, uzsāk projekta Nr. LV08/1 „X” īstenošanu.')).toEqual(['Ieslodzījuma vietu pārvalde', null])
    expect(lead('The State Police today launches the project "Safe Roads".')).toEqual(['State Police', null])
  })

  it('leaves a day of the month said without its year out of the name, but not a word that is no month', () => {
    expect(lead('Valsts policija 30. novembrī noslēdza Norvēģijas finanšu instrumenta 2004.–2009. gada perioda atbalstīto projektu LV 0093 „X”.')).toEqual(['Valsts policija', null])
    expect(lead('The State Police on 30 November completed the project "X".')).toEqual(['State Police', null])
    expect(lead('Grupa 4 jaunieši uzsāk projektu „X”.')).toBeNull()
  })

  it('reads a subject that goes on carrying out the project', () => {
    expect(lead('Tallinna Sotsiaal- ja Tervishoiuamet jätkab projekti „Turvaline Tallinn“ elluviimist.')).toEqual(['Tallinna Sotsiaal- ja Tervishoiuamet', null])
    expect(lead('The State Police continues to implement the project "Safe Roads".')).toEqual(['State Police', null])
  })

  it('reads the partners set off by commas between the subject and the verb', () => {
    expect(lead('Kaunas City Municipality Administration, together with the Kaunas County Police Headquarters and the Kaunas Children and Youth Centre, has started the project "Safe Yard".')).toEqual([
      'Kaunas City Municipality Administration',
      'Kaunas County Police Headquarters',
    ])
  })

  it('reads an English subject that carries out the project', () => {
    expect(lead('The Ministry of Social Affairs carries out the project "Healthy Choices".')).toEqual(['Ministry of Social Affairs', null])
  })

  it('reads the subject that launches or completes a project, and the partner named with it', () => {
    expect(lead('Panevėžio miesto savivaldybės administracija kartu su Panevėžio apskrities VPK 2013 m. spalio 1 d. pradeda įgyvendinti projektą „Saugi bendruomenė“, kuris truks iki 2015 m.')).toEqual([
      'Panevėžio miesto savivaldybės administracija',
      'Panevėžio apskrities VPK',
    ])
    expect(lead('Valsts policija 2010. gada martā uzsāk īstenot Eiropas Savienības (ES) programmas „Noziedzības novēršana” atbalstīto projektu „X”.')).toEqual(['Valsts policija', null])
    expect(lead('Iekšlietu ministrija ir noslēgusi ES līdzfinansēto projektu „X”.')).toEqual(['Iekšlietu ministrija', null])
    // A period said between the subject and the verb is not part of the name.
    expect(lead('Valsts policija no 2015. gada 1. marta līdz 2017. gada 30. aprīlim īsteno projektu LV08/4 "X" sadarbībā ar Norvēģijas Policijas direktorātu.')).toEqual(['Valsts policija', null])
    // The means said before the subject ("Ar … atbalstu", "With the support of …,") are no part of it.
    expect(lead('Ar Eiropas Ekonomikas zonas finanšu instrumenta atbalstu Liepājas pilsētas Sociālais dienests no 2011. gada 1. maija līdz 2013. gada 30. aprīlim īstenoja projektu „X”.')).toEqual([
      'Liepājas pilsētas Sociālais dienests',
      null,
    ])
    expect(lead('With the support of the EEA Grants, the State Police implemented the project "X".')).toEqual(['State Police', null])
    // "sākot ar" (starting from) a day, set off by commas.
    expect(lead('Ventspils pilsētas dome, sākot ar 2009. gada 1. maiju, īsteno projektu LV0132 „X”.')).toEqual(['Ventspils pilsētas dome', null])
    // A lead about the project to come: "īstenos" (will carry out).
    expect(lead('Ventspils valstspilsētas pašvaldības iestāde „Ventspils Jauniešu māja” no 01.03.2019. līdz 28.02.2021. īstenos projektu „Brīvs no atkarībām”.')).toEqual([
      'Ventspils valstspilsētas pašvaldības iestāde „Ventspils Jauniešu māja”',
      null,
    ])
    expect(partiesInLead('Iekšlietu ministrija ir noslēgusi projektu „X”.', 3)?.promoter.offset).toBe(3)
    // "Nuo <date>" opens the lead; "X viis … ellu … projekti"; a year's "m." inside the object.
    expect(lead('Nuo 2019 m. kovo 1 d. Kauno apskrities VPK kartu su Kauno miesto savivaldybe įgyvendina projektą „X“.')).toEqual(['Kauno apskrities VPK', 'Kauno miesto savivaldybe'])
    expect(lead('Tartu Vangla viis aastatel 2014-2016 ellu programmi „Y“ raames projekti „X“.')).toEqual(['Tartu Vangla', null])
    expect(lead('Alytaus miesto savivaldybė įgyvendina 2014–2020 m. Interreg programos projektą „X“.')).toEqual(['Alytaus miesto savivaldybė', null])
    // A date opening the lead is not part of the subject.
    expect(lead('2016. gada 29. aprīlī Valsts policija noslēdza projekta LV08/3 „X” īstenošanu.')).toEqual(['Valsts policija', null])
    expect(lead('On 28 April 2016, the State Probation Service completed the project "X".')).toEqual(['State Probation Service', null])
    // "kopš D" (since) before the verb, and the bare verb "uzsāka" … "projekta … īstenošanu".
    expect(lead('Ventspils pilsētas dome kopš 2010. gada 1. jūnija īsteno projektu LV0118 „X”.')).toEqual(['Ventspils pilsētas dome', null])
    expect(lead('Kurzemes plānošanas reģions 2009. gada 2. februārī uzsāka Norvēģijas finanšu instrumenta līdzfinansētā projekta Nr. LV0112 „X” īstenošanu.')).toEqual(['Kurzemes plānošanas reģions', null])
    // The perfect "ir uzsākusi" (has started) as well as the past.
    expect(lead('Valsts policija ir uzsākusi projekta LV08-0011 „X” īstenošanu.')).toEqual(['Valsts policija', null])
    // The English article before the subject is not part of its name.
    expect(lead('The Southern Prefecture of the Police and Border Guard Board has completed the project "Safe Summer".')).toEqual([
      'Southern Prefecture of the Police and Border Guard Board',
      null,
    ])
  })

  it('reads nothing when the subject is no name or the verb names no project', () => {
    expect(lead('Šodien Valsts policija uzsāk īstenot projektu „X”.')).toBeNull()
    expect(lead('Rīgas 64. vidusskola īsteno projektu „X”.')).toBeNull()
    expect(lead('Valsts policija uzsāk jaunu mācību gadu. Projekts ir svarīgs.')).toBeNull()
    expect(lead('Projekts tiek īstenots no 2010. gada.')).toBeNull()
    expect(lead('Tai pačiai dienai. Savivaldybė pradeda įgyvendinti projektą.')).toBeNull()
  })
})

describe('promoterInHeadline', () => {
  it('leaves an English article out of the name', () => {
    expect(promoterInHeadline('The State Police continues to implement the project "Safe Roads for Children"')?.value).toBe('State Police')
  })

  it('keeps a partner named with the subject out of the promoter', () => {
    expect(promoterInHeadline('Valsts policija sadarbībā ar biedrību „Latvijas Sarkanais Krusts” īsteno projektu „Drošs pusaudzis”', 4)).toEqual({
      value: 'Valsts policija',
      offset: 4,
      length: 15,
    })
    expect(promoterInHeadline('Valsts policija uzsāk īstenot projektu „X”')?.value).toBe('Valsts policija')
  })

  it('takes a place named in the locative ("Ventspilī": in Ventspils) for where, not who', () => {
    expect(promoterInHeadline('Ventspilī uzsāk projektu nepilngadīgo likumpārkāpumu mazināšanai')).toBeNull()
    expect(promoterInHeadline('Kauno rajono savivaldybė vykdo projektą „Saugi mokykla“')?.value).toBe('Kauno rajono savivaldybė')
  })
})

describe('promoterInHeadline, "kopā ar"', () => {
  it('stops the promoter before "kopā ar"', () => {
    expect(promoterInHeadline('Valsts policija kopā ar pašvaldībām īsteno projektu „Drošs ceļš”')?.value).toBe('Valsts policija')
  })
})

describe('partiesInLead, a Russian lead', () => {
  it('reads the subject that starts carrying out the project, the day after "с" left out', () => {
    expect(partiesInLead('Нарвская городская управа с 1 апреля 2010 года начинает реализацию проекта «Безопасный район».')?.promoter.value).toBe('Нарвская городская управа')
  })

  it('reads the subject that begins a project ("начинает проект") or sums it up ("подвёл итоги проекта"), a partner after "совместно с"', () => {
    expect(partiesInLead('Центр профилактики и контроля заболеваний (ЦПКЗ) совместно с Лиепайской думой начинает проект «Шаг навстречу».')?.promoter.value).toBe('Центр профилактики и контроля заболеваний (ЦПКЗ)')
    expect(partiesInLead('Клайпедский молодёжный центр подвёл итоги проекта «Маршрут без риска» (номер LT11-0042).')?.promoter.value).toBe('Клайпедский молодёжный центр')
    // A verb with no project after it in the sentence names no promoter.
    expect(partiesInLead('Клайпедский молодёжный центр начинает летний сезон.')).toBeNull()
    // "с начала проекта" (since the project's start) is a noun, no verb.
    expect(partiesInLead('Департамент с начала проекта «X» обучил 200 человек.')).toBeNull()
  })

  it('reads the subject that sets about carrying the project out ("приступила к реализации") or launches it', () => {
    expect(partiesInLead('Социальная служба Даугавпилсской городской думы приступила к реализации проекта «Сделай выбор», направленного на профилактику.')?.promoter.value).toBe('Социальная служба Даугавпилсской городской думы')
    expect(partiesInLead('Рижская городская дума запустила проект «Безопасная школа».')?.promoter.value).toBe('Рижская городская дума')
  })

  it('reads the subject that will carry the project out ("будет реализовывать"), a time between', () => {
    expect(partiesInLead('Префектура полиции Ида-Вирумаа в течение двух лет будет реализовывать проект «Второй шанс» для подростков.')?.promoter.value).toBe('Префектура полиции Ида-Вирумаа')
  })
})

describe('partiesInLead, Russian leads', () => {
  it('skips the day or period that opens the lead, and finds the project named in brackets', () => {
    const found = partiesInLead('С 2 по 10 октября 2017 года Висагинский молодёжный центр провёл международный молодёжный обмен «Мой выбор» (проект № 2017-2-LT02-KA105-005214), финансируемый программой Erasmus+.')
    expect(found?.promoter.value).toBe('Висагинский молодёжный центр')
  })
})

describe('a lead naming who won the call (round 18)', () => {
  const won = (text: string): string | null => partiesInLead(text, 0, WON_CALL_LEAD_VERB())?.promoter.value ?? null

  it('reads the subject that won a call or got the money as the promoter', () => {
    const lead = 'Skuodo rajono savivaldybės visuomenės sveikatos biuras laimėjo Valstybinės narkotikų kontrolės tarnybos paskelbtą konkursą. Lėšos skirtos projektui „Atrask save“.'
    expect(won(lead)).toBe('Skuodo rajono savivaldybės visuomenės sveikatos biuras')
    expect(namesProject(lead)).toBe(true)
    expect(won('Biedrība „Dzīvei” saņēma Sabiedrības integrācijas fonda finansējumu projektam „Solis”.')).toBe('biedrība „Dzīvei”'.replace('b', 'B'))
    expect(won('Tartu Noorsootöö Keskus sai Hasartmängumaksu Nõukogult toetust projektile „Turvaline suvi“.')).toBe('Tartu Noorsootöö Keskus')
  })

  it('reads no promoter where nothing was won or granted', () => {
    expect(won('Skuodo rajono moksleiviai laimėjo krepšinio turnyrą.')).toBeNull()
    expect(namesProject('Skuodo rajono moksleiviai laimėjo krepšinio turnyrą.')).toBe(false)
  })
})
