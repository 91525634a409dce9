import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { COMPLETED_AFTER, COMPLETES, COMPLETION_WORDS, completionIn, statusOf, statusOfDates, statusPatterns, statusPhraseIn, statusSentenceIn } from '../../../src/extractors/lexicon/status.js'

describe('statusOf', () => {
  it('maps status words onto the four values', () => {
    expect(['Completed', 'Įgyvendinamas projektas', 'plānots', 'Atcelts', 'Terminated', 'whatever'].map(statusOf)).toEqual(['completed', 'ongoing', 'planned', 'cancelled', 'cancelled', null])
    expect(['Implemented', 'being implemented', 'Under implementation'].map(statusOf)).toEqual(['completed', 'ongoing', 'ongoing'])
  })

  it('reads a status that says when work will start as planned', () => {
    expect(statusOf('projekta pieteikums apstiprināts, īstenošana tiks uzsākta 2024. gada septembrī.')).toBe('planned')
    expect(statusOf('Projekts vēl nav uzsākts')).toBe('planned')
  })

  it('reads the 2014-2021 EEA site status "In implementation" as ongoing', () => {
    expect(['In implementation', 'Under implementation', 'Implementation'].map(statusOf)).toEqual(['ongoing', 'ongoing', null])
  })

  it('reads a programme "no longer running" as completed, not as running', () => {
    expect(['no longer running', 'No longer active', 'still running'].map(statusOf)).toEqual(['completed', 'completed', 'ongoing'])
  })

  it('reads "Tiek īstenots" (is being carried out) as ongoing, "Īstenots" and "Noslēgts" as completed', () => {
    expect(['Tiek īstenots', 'Īstenots', 'Noslēgts'].map(statusOf)).toEqual(['ongoing', 'completed', 'completed'])
  })
})

describe('statusOf word prefilter', () => {
  // The expressions as they were written before the prefilter (and the negated ongoing words since): the rule statusOf must keep.
  const exact = [
    ['cancelled', /(?<![\p{L}\p{N}])(?:cancell?ed|withdrawn|terminated|atcelts|pārtraukts|nutrauktas|atšauktas|annulé)(?![\p{L}\p{N}])/iu],
    ['completed', /(?<![\p{L}\p{N}])(?:no longer running|no longer active|no longer ongoing|no longer operating|not running anymore|not running any more)(?![\p{L}\p{N}])/iu],
    ['ongoing', /(?<![\p{L}\p{N}])(?:ongoing|on-going|in progress|in implementation|under implementation|being implemented|running|active|īstenošanā|tiek īstenots|įgyvendinamas|vykdomas|en cours|laufend)(?![\p{L}\p{N}])/iu],
    ['completed', /(?<![\p{L}\p{N}])(?:completed|complete|finished|closed|ended|implemented|pabeigts|noslēdzies|noslēgts|īstenots|baigtas|įgyvendintas|užbaigtas|terminé|abgeschlossen)(?![\p{L}\p{N}])/iu],
    ['planned', /(?<![\p{L}\p{N}])(?:planned|not started|plānots|planuojamas|prévu)(?![\p{L}\p{N}])/iu],
  ] as const
  const exactStatusOf = (value: string): string | null => (value.length > 120 ? null : (exact.find(([, pattern]) => pattern.test(value))?.[0] ?? null))

  it('matches what the exact expressions match', () => {
    for (const [index, { status, pattern }] of statusPatterns().entries()) {
      expect(status).toBe(exact[index]![0])
      expect(pattern.flags).toBe(exact[index]![1].flags)
    }
    const word = fc.constantFrom(...exact.flatMap(([, pattern]) => pattern.source.slice(pattern.source.indexOf('(?:') + 3, pattern.source.indexOf(')(?!')).split('|')).map((w) => w.replace('l?', '')))
    const around = fc.constantFrom('', ' ', 'x', '1', 'Projekts ', ' project', '-', 'ſ', 'K', '\u212a', 'İ', '\u{1d400}')
    const casing = fc.constantFrom((w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w[0]!.toUpperCase() + w.slice(1), (w: string) => w.replaceAll('s', 'ſ').replaceAll('k', '\u212a'))
    fc.assert(
      fc.property(around, word, casing, around, (head, w, cased, tail) => {
        const value = head + cased(w) + tail
        expect(statusOf(value), value).toBe(exactStatusOf(value))
      }),
      { numRuns: 5000 },
    )
    for (const value of ['', 'x'.repeat(121) + 'completed', 'COMPLETED', 'ſtatus', 'not ſtarted', 'Cancelled and completed']) expect(statusOf(value)).toBe(exactStatusOf(value))
  })
})

describe('statusPhraseIn', () => {
  it('finds a status phrase with the project word before or after it', () => {
    expect(statusPhraseIn('PROJET TERMINÉ')).toEqual({ status: 'completed', index: 0, length: 14 })
    expect(statusPhraseIn('Project completed 2020')).toEqual({ status: 'completed', index: 0, length: 17 })
    expect(statusPhraseIn('About the ongoing project')).toEqual({ status: 'ongoing', index: 10, length: 15 })
    // The longest status word, three spaces before the project word: the farthest a phrase starts.
    expect(statusPhraseIn('Įgyvendinamas   projektas')).toEqual({ status: 'ongoing', index: 0, length: 25 })
  })

  it('finds a phrase after many project words', () => {
    expect(statusPhraseIn('projektas x '.repeat(100) + ' Project completed')).toEqual({ status: 'completed', index: 1201, length: 17 })
  })

  it('finds no phrase inside a word', () => {
    expect(statusPhraseIn('Xcompleted project')).toBeNull()
    expect(statusPhraseIn('Projects completed')).toBeNull()
    expect(statusPhraseIn('A line with no status at all')).toBeNull()
  })
})

describe('statusSentenceIn, in English', () => {
  it('reads a news lead\'s "A project that … has come to an end" as completed', () => {
    expect(statusSentenceIn('A project that brought HIV testing into Latvian prisons has come to an end.')?.status).toBe('completed')
  })
  it('reads a sentence a fixed-width page broke between its words', () => {
    expect(statusSentenceIn('The project has been\ncompleted.')?.status).toBe('completed')
    expect(statusSentenceIn('The project was successfully\ncompleted in June 2011.')?.status).toBe('completed')
    expect(statusSentenceIn('to Norway. The project was\n   completed in December 2010.')?.status).toBe('completed')
    expect(statusSentenceIn('to Norway. The project has    been completed.')?.status).toBe('completed')
    expect(statusSentenceIn('branch. The project has\n   been completed.')?.status).toBe('completed')
    // A PDF's text or a text browser indents the line the sentence opens.
    expect(statusSentenceIn('         Projekts ir noslēdzies.')?.status).toBe('completed')
    expect(statusSentenceIn('   The project has been completed.')?.status).toBe('completed')
  })

  it('reads "The project ended …" and "The project was finalised …" as completed', () => {
    expect(statusSentenceIn('The project ended in December 2008.')?.status).toBe('completed')
    expect(statusSentenceIn('The project was finalised in December 2009.')?.status).toBe('completed')
    expect(statusSentenceIn('The project has ended.')?.status).toBe('completed')
    expect(statusSentenceIn('The project endedness.')).toBeNull()
  })

  it('reads "The project … has come to an end", its name and period between', () => {
    expect(statusSentenceIn('The project LLI-312 "Safe Online" (SOS), implemented from March 2017 to February 2019, has come to an end.')?.status).toBe('completed')
    expect(statusSentenceIn('The project has come to a close.')?.status).toBe('completed')
    expect(statusSentenceIn('The project started in 2017. The school year has come to an end.')).toBeNull()
  })
})

describe('statusSentenceIn, in Latvian', () => {
  it('reads a sentence of its own saying the project is running', () => {
    expect(statusSentenceIn('Projekts tiek īstenots. Tā mērķis ir mazināt atstumtību.')).toEqual({ status: 'ongoing', index: 0, length: 22 })
    expect(statusSentenceIn('The project is ongoing.')?.status).toBe('ongoing')
  })
  it('reads a past "noslēdzās" (ended) or "tika pabeigts" (was completed) as completed', () => {
    expect(statusSentenceIn('Tā mērķis bija mazināt vardarbību. Projekts noslēdzās 2010. gada 31. decembrī.')?.status).toBe('completed')
    expect(statusSentenceIn('Projekts tika sekmīgi pabeigts 2016. gada aprīlī.')?.status).toBe('completed')
    expect(statusSentenceIn('Projekts ir īstenots. Tā laikā izveidotas 25 darba vietas.')?.status).toBe('completed')
    expect(statusSentenceIn('Projekts ir īstenots Norvēģijas finanšu instrumenta programmas ietvaros.')).toBeNull()
  })
  it('leaves "tiek īstenots" that goes on to say within what programme or when alone', () => {
    expect(statusSentenceIn('Projekts tiek īstenots Norvēģijas finanšu instrumenta programmas LV 08 ietvaros.')).toBeNull()
    expect(statusSentenceIn('Projekts tiek īstenots no 2008. gada 1. septembra līdz 2010. gada 31. augustam.')).toBeNull()
  })
})

describe('statusSentenceIn, in Estonian', () => {
  it('reads "Projekt on lõpetatud" as a sentence or a clause before "ja" / "ning"', () => {
    expect(statusSentenceIn('Projekt on lõpetatud.')?.status).toBe('completed')
    expect(statusSentenceIn('Projekt on lõpetatud ja kõik planeeritud tegevused on ellu viidud.')?.status).toBe('completed')
    expect(statusSentenceIn('Projekt on lõppenud ning aruanne esitatud.')?.status).toBe('completed')
    expect(statusSentenceIn('Projekt on lõpetatud kujul kättesaadav.')).toBeNull()
  })
})

describe('statusSentenceIn, in Lithuanian', () => {
  it('reads "Projektas įgyvendinamas." as a sentence of its own, and a completed project', () => {
    expect(statusSentenceIn('Tikslas – stiprinti sveikatą. Projektas įgyvendinamas.')?.status).toBe('ongoing')
    expect(statusSentenceIn('Projektas įgyvendintas 2019 m.')?.status).toBe('completed')
  })
  it('reads "Projektas … ir yra baigtas" past the period\'s dates, not "ir bus baigtas"', () => {
    expect(statusSentenceIn('Projektas vykdytas 2016 m. kovo 1 d. – lapkričio 30 d. ir yra baigtas.')?.status).toBe('completed')
    expect(statusSentenceIn('Projektas pradėtas 2016 m. kovo 1 d. ir bus baigtas lapkričio 30 d.')).toBeNull()
    expect(statusSentenceIn('Projektas pradėtas kovo mėn. Mokslo metai ir baigtas kursas.')).toBeNull()
  })
  it('leaves "įgyvendinamas" that goes on to say under what', () => {
    expect(statusSentenceIn('Projektas įgyvendinamas pagal 2014–2020 m. veiksmų programą.')).toBeNull()
  })
})

describe('completionIn', () => {
  it('reads a headline with the code between the word project and the quoted name', () => {
    expect(completionIn('Project LLI-456 "Safe Neighbourhood" completed')?.status).toBe('completed')
  })

  it('reads an English headline that concludes the project', () => {
    expect(completionIn('State Probation Service concludes project on electronic monitoring')?.status).toBe('completed')
    expect(completionIn('Ministry concludes agreement on project funding')).toBeNull()
  })
  it('reads a Russian headline whose project has ended', () => {
    expect(completionIn('В Ида-Вирумаа завершился проект по профилактике наркомании среди школьников «Умный выбор»')?.status).toBe('completed')
    expect(completionIn('В Ида-Вирумаа завершился учебный год')).toBeNull()
    expect(completionIn('Проект «Умный выбор» завершился')?.status).toBe('completed')
  })
  it('reads a headline or lead that says the project is over', () => {
    expect(completionIn('Noslēdzies projekts „Drošs ceļš”')).toEqual({ status: 'completed', index: 0, length: 18 })
    expect(completionIn('Valsts policija noslēdz projektu „X”')?.status).toBe('completed')
    // A headline's perfect without "ir"; a dot after a digit ends no sentence between the verb and the project.
    expect(completionIn('Valsts probācijas dienests noslēdzis Norvēģijas finanšu instrumenta projektu')?.status).toBe('completed')
    expect(completionIn('X 2016. gada 30. aprīlī noslēdza 2009.–2014. gada perioda projektu „Y”')?.status).toBe('completed')
    expect(completionIn('Iekšlietu ministrija ir noslēgusi Eiropas Komisijas programmas „A un B” līdzfinansēto projektu „X”.')?.status).toBe('completed')
    expect(completionIn('Savivaldybė baigė įgyvendinti projektą „X“.')?.status).toBe('completed')
    expect(completionIn('Baigėsi projektas „Jaunimas prieš narkotikus“')?.status).toBe('completed')
    expect(completionIn('Projekts „Drošā skola” noslēdzies')).toEqual({ status: 'completed', index: 0, length: 33 })
    expect(completionIn('Projektas „Saugi mokykla“ baigtas')?.status).toBe('completed')
    expect(completionIn('Įgyvendintas prevencinis projektas „Būk saugus internete“')?.status).toBe('completed')
    expect(completionIn('Policija kartu su savivaldybe įgyvendino projektą „X“.')?.status).toBe('completed')
    expect(completionIn('Tervise Arengu Instituut lõpetas projekti „Targalt internetis“')?.status).toBe('completed')
  })

  it('takes a project that will be carried out for no completed one ("bus įgyvendintas")', () => {
    expect(completionIn('Rajone bus įgyvendintas projektas „X“')).toBeNull()
  })

  it('has a prefilter word in every verb of its patterns, so a line without one cannot match', () => {
    // The verb groups: words and spaces only, between "(?:" and ")".
    const groups = (pattern: RegExp): string[][] => [...pattern.source.matchAll(/\(\?:([\p{L} |]+)\)/gu)].map((group) => group[1]!.split('|'))
    const verbs = [...groups(COMPLETES())[0]!, ...groups(COMPLETED_AFTER()).at(-1)!]
    expect(verbs).toContain('noslēdzies')
    expect(verbs).toContain('finished')
    for (const verb of verbs) expect(COMPLETION_WORDS.some((word) => verb.toLowerCase().includes(word)), verb).toBe(true)
  })

  it('reads no launch, no contract and nothing past the sentence', () => {
    expect(completionIn('Valsts policija uzsāk īstenot projektu „X”')).toBeNull()
    expect(completionIn('Valsts policija noslēdz līgumu par projekta īstenošanu')).toBeNull()
    expect(completionIn('Mācību gads noslēdzies. Projekts turpinās.')).toBeNull()
    expect(completionIn('Xnoslēdz projektu')).toBeNull()
    expect(completionIn('Mācību gads noslēdzies, bet projekts turpinās.')).toBeNull()
    expect(completionIn('Projektas „Saugi mokykla“ dar nebaigtas')).toBeNull()
  })
})

describe('completionIn, for a lead that says the work goes on', () => {
  it('reads no status: it tells what was under way when the news was written', () => {
    expect(completionIn('Veselības ministrija turpina īstenot projektu „Atkarību profilakse”')).toBeNull()
    expect(completionIn('The State Police continues to implement the project "Safe School"')).toBeNull()
  })
})

describe('statusSentenceIn', () => {
  const status = (text: string): string | null => statusSentenceIn(text)?.status ?? null

  it('reads the Russian "Проект завершён …", not "Проект будет завершён"', () => {
    expect(status('тренинги по оценке риска. Проект завершён 31 августа 2022 года, все мероприятия выполнены.')).toBe('completed')
    expect(status('Проект успешно реализован.')).toBe('completed')
    expect(status('Проект будет завершён в 2016 году.')).toBeNull()
  })

  it('reads the Russian clause after a comma ("…, проект завершён в срок"), not one a conjunction brings in', () => {
    expect(status('Все запланированные мероприятия выполнены, проект завершён в срок.')).toBe('completed')
    expect(status('Отчёт подаётся, когда проект завершён.')).toBeNull()
    expect(status('Мероприятия идут, проект будет завершён в 2016 году.')).toBeNull()
  })

  it('reads the Russian "Проект находится в стадии реализации" and a whole "Проект реализуется." as ongoing', () => {
    expect(status('Открылся пункт. Проект находится в стадии реализации и будет завершён в декабре 2014 года.')).toBe('ongoing')
    expect(status('Проект реализуется.')).toBe('ongoing')
    expect(status('Проект реализуется в рамках программы ЕС.')).toBeNull()
  })

  it('reads "Проект реализуется с <a day, a month or a year>" (since) as ongoing, the present tense', () => {
    expect(status('Проект реализуется с сентября 2011 года и продлится до 31 августа 2013 года.')).toBe('ongoing')
    expect(status('Проект реализуется с 1 марта 2014 года.')).toBe('ongoing')
    expect(status('Проект реализуется с партнёрами из Норвегии.')).toBeNull()
  })

  it('reads a sentence that says where the project stands', () => {
    expect(statusSentenceIn('Leaflets were printed. The project has been completed and …')).toEqual({ status: 'completed', index: 23, length: 30 })
    expect(status('The project was successfully completed in June 2011.')).toBe('completed')
    expect(status('Work goes on.\nThe project is still ongoing.')).toBe('ongoing')
    // Running or under way in the present tense; the past tense says nothing of today.
    expect(status('Kits are handed out. The project is running now; first trainings took place in April.')).toBe('ongoing')
    expect(status('Project activities are currently under way.')).toBe('ongoing')
    expect(status('The project was running from 2010 to 2012.')).toBeNull()
    // An annual report's "continues" (into the next year): the present tense again.
    expect(status('The project continues in 2013. Results up to 31 December 2012:')).toBe('ongoing')
    expect(status('The project still continues.')).toBe('ongoing')
    expect(status('The project continued until 2012.')).toBeNull()
    // The Estonian past tense: the project took place, lasted.
    expect(status('Projekt toimus 1. septembrist 2016 kuni 31. augustini 2018 Harku koolides.')).toBe('completed')
    expect(status('Uudis. Projekt kestis kaks aastat.')).toBe('completed')
    expect(status('Projekt toimub 2024. aastal.')).toBeNull()
    expect(status('Project activities were completed in June 2008.')).toBe('completed')
    expect(status('The project is being implemented.')).toBe('ongoing')
  })

  it('reads the Latvian "Projekts ir noslēdzies."', () => {
    expect(statusSentenceIn('Projekts ir noslēdzies. Projekta laikā izveidotas grupas.')).toEqual({ status: 'completed', index: 0, length: 22 })
    expect(statusSentenceIn('Projekts tika īstenots no 2008. gada janvāra. Projekts ir pabeigts.')?.index).toBe(46)
  })

  it('needs the sentence to start with its subject', () => {
    expect(status('Results will be published when the project is completed.')).toBeNull()
    expect(status('The project is planned to be completed in 2012.')).toBeNull()
    expect(status('The project team completed a study.')).toBeNull()
    for (const text of ['Projekts tiks pabeigts 2016. gadā.', 'Līgums ir noslēgts.', 'Projekts „Noslēgts” sākās.']) expect(status(text)).toBeNull()
  })
})


describe('status words and completion on Russian pages', () => {
  it('reads "завершён" and "реализуется"', () => {
    expect(statusOf('завершён')).toBe('completed')
    expect(statusOf('реализуется')).toBe('ongoing')
  })

  it('reads a lead whose subject "завершила проект"', () => {
    expect(completionIn('Даугавпилсская городская дума завершила проект № LV0137 «Улица – не дом»')?.status).toBe('completed')
  })
})

describe('statusSentenceIn, in Russian', () => {
  it('reads a sentence saying a project is being carried out now as ongoing', () => {
    expect(statusSentenceIn('Сейчас в Лудзенском и Карсавском краях реализуется проект «Улица – не дом», цель которого …')?.status).toBe('ongoing')
    expect(statusSentenceIn('Текст. В настоящее время реализуется проект «X».')?.status).toBe('ongoing')
  })
  it('reads no status where the sentence says within what, or what will be', () => {
    expect(statusSentenceIn('В рамках программы реализуется проект «X».')).toBeNull()
    expect(statusSentenceIn('Сейчас готовится проект, который будет реализовываться в 2015 году.')).toBeNull()
  })
})

describe('statusSentenceIn, a Russian project planned', () => {
  it('reads no status in "Проект начался … и продлится до …" (an announcement: the period only)', () => {
    expect(statusSentenceIn('– Проект начался 1 сентября 2013 года и продлится до 30 апреля 2016 года.')).toBeNull()
  })
  it('reads "Проект планируется реализовать …" as planned, a bare future as nothing', () => {
    expect(statusSentenceIn('Текст. Проект планируется реализовать с 1 мая 2012 года по 30 сентября 2013 года.')?.status).toBe('planned')
    expect(statusSentenceIn('Проект будет реализован в 2013 году.')).toBeNull()
  })
})

describe('English completion sentences (round 18)', () => {
  it('reads a quoted project said to have "officially" come to an end', () => {
    expect(completionIn('After two years, our project "Night Bus – Street Youth Work" has officially come to an end')?.status).toBe('completed')
    expect(completionIn('Our project "Safe Nights" has successfully ended.')?.status).toBe('completed')
  })

  it('reads "The project started on … and was completed on …" as completed, not "… and will be completed"', () => {
    expect(statusSentenceIn('The project started on 2 June 2014 and was completed on 30 April 2016.')?.status).toBe('completed')
    expect(statusSentenceIn('Intro. The project began in 02.2009 and ended in 2011.')?.status).toBe('completed')
    expect(statusSentenceIn('The project started on 2 June 2014 and will be completed on 30 April 2016.')).toBeNull()
  })
})

describe('statusOfDates (round 18)', () => {
  it('reads a page published before its project starts as planned', () => {
    expect(statusOfDates('2013-09-12', '2013-10-01')).toBe('planned')
    expect(statusOfDates('2013-10-01', '2013-10-01')).toBeNull()
    expect(statusOfDates('2014-02-01', '2013-10-01')).toBeNull()
    expect(statusOfDates(null, '2013-10-01')).toBeNull()
    expect(statusOfDates('2013-09-12', null)).toBeNull()
  })
})
