import { describe, expect, it } from 'vitest'
import { isSameParty, jointParties, namesOrganisation, partnerOf, partnersInProse, placeColumnAfterName, promoterInProse, splitParties, withoutCountryAfterName } from '../../../src/extractors/read/parties.js'

const names = (text: string, offset = 0): Array<[string, string | null, number]> =>
  partnersInProse(text, offset).map((found) => [found.value.name, found.value.country, found.offset])
describe('partnersInProse', () => {
  it('takes a country after a comma as the partner\'s country, not its name', () => {
    expect(partnerOf('Oslo University Hospital, Norway')).toEqual({ name: 'Oslo University Hospital', country: 'NO' })
    expect(partnerOf('Jelgava City Council, Bauska')?.name).toBe('Jelgava City Council, Bauska')
  })

  it('takes a bracket after a described quoted name ("(Осло, Норвегия)") for its country', () => {
    expect(partnerOf('общественная организация «Uteseksjonen» (Осло, Норвегия)')).toEqual({ name: 'Uteseksjonen', country: 'NO' })
    expect(partnerOf('public organization "Uteseksjonen" (Norway)')).toEqual({ name: 'Uteseksjonen', country: 'NO' })
    expect(partnerOf('общественная организация «Шанс» (Даугавпилс)')).toEqual({ name: 'Шанс', country: null })
  })

  it('ends a partner named in an aside at the dash that closes it', () => {
    expect(names('Apmācīti darbinieki, un sadarbībā ar projekta partneri – Norvēģijas Policijas direktorātu – izstrādāti standarti.').map(([name]) => name)).toEqual([
      'Norvēģijas Policijas direktorātu',
    ])
  })

  it('goes on with the partners over a line broken after "and", not over a line that ends a name', () => {
    expect(names("in cooperation with Tallinn Children's Hospital and\nthe Tallinn Education Department. 86 parents").map(([name]) => name)).toEqual([
      "Tallinn Children's Hospital",
      'Tallinn Education Department',
    ])
    expect(names('in cooperation with the Tartu Prison\nTraining of staff').map(([name]) => name)).toEqual(['Tartu Prison'])
  })

  it('leaves the partner\'s role before its name ("the donor project partner X") out of the name', () => {
    expect(names('The project was carried out in cooperation with the donor project partner Norwegian Directorate of Health, which trained the trainers.').map(([name]) => name)).toEqual([
      'Norwegian Directorate of Health',
    ])
    expect(partnerOf('project partner Oslo Municipality')).toEqual({ name: 'Oslo Municipality', country: 'NO' })
    expect(partnerOf('Partnership for Youth')?.name).toBe('Partnership for Youth')
  })

  it('takes no description of unnamed bodies for a partner', () => {
    expect(partnerOf('Latvian and Estonian partner organisations')).toBeNull()
    expect(partnerOf('Latvian local governments')).toBeNull()
  })

  it('reads the partner "together with" after the body that carried out the project, and whom the promoter "shall cooperate with"', () => {
    expect(names('The project was carried out by NGO Narva Youth Centre together with the Narva Social Work Centre.').map(([name]) => name)).toEqual(['Narva Social Work Centre'])
    expect(names('The Project Promoter shall cooperate with the Norwegian Correctional Service and the Latvian Ministry of Justice.').map(([name]) => name)).toEqual([
      'Norwegian Correctional Service',
      'Latvian Ministry of Justice',
    ])
  })

  it('reads partners after the longest cue', () => {
    expect(names('The project was carried out together with the partners Latvian Red Cross and the Riga City Council.')).toEqual([
      ['Latvian Red Cross', 'LV', 55],
      ['Riga City Council', 'LV', 81],
    ])
  })

  it('ends the partners at an English "and" that goes on with a verb', () => {
    const text = 'It was carried out in cooperation with the State Probation Service and covered Riga, Valmiera and Jēkabpils.'
    expect(names(text).map(([name]) => name)).toEqual(['State Probation Service'])
    expect(names('It was run in cooperation with the State Police and the Riga City Council.').map(([name]) => name)).toEqual(['State Police', 'Riga City Council'])
  })

  it('reads "carried it out together with"', () => {
    expect(names('The Ministry of Justice carried it out together with the Norwegian Correctional Service.').map(([name]) => name)).toEqual(['Norwegian Correctional Service'])
  })

  it('reads Latvian and Lithuanian cues', () => {
    expect(names('Projektu koordinē Biedrība „Papardes zieds”. Projekta partneri ir Rīgas Stradiņa universitāte, Valsts policija.')).toEqual([
      ['Biedrība „Papardes zieds”', null, 18],
      ['Rīgas Stradiņa universitāte', 'LV', 66],
      ['Valsts policija', null, 95],
    ])
    expect(names('Bendradarbiaujant su VšĮ Jaunimo linija ir Lietuvos Raudonasis Kryžius (Lithuania).')).toEqual([
      ['VšĮ Jaunimo linija', null, 21],
      ['Lietuvos Raudonasis Kryžius', 'LT', 43],
    ])
  })

  it('reads Estonian partners in the comitative up to the word that takes "-ga", and after "partneriteks olid"', () => {
    expect(names('Projekt viiakse ellu koostöös Tallinna Ülikooli ja Sotsiaalministeeriumiga.').map(([name]) => name)).toEqual(['Tallinna Ülikooli', 'Sotsiaalministeeriumiga'])
    expect(names('X lõpetas koostöös Tartu Ülikooliga projekti „Y“.').map(([name]) => name)).toEqual(['Tartu Ülikooliga'])
    expect(names('Projekti partneriteks olid Norra Kriminaalhooldusamet ja MTÜ Convictus Eesti.').map(([name]) => name)).toEqual(['Norra Kriminaalhooldusamet', 'MTÜ Convictus Eesti'])
    expect(names('Kampaania partnerid olid Politsei- ja Piirivalveamet ning Tartu Ülikool.').map(([name]) => name)).toEqual(['Politsei- ja Piirivalveamet', 'Tartu Ülikool'])
    // The partner's country between: "partner" stands 24 characters after the cue's start.
    expect(names('Projekti Liechtensteini partner on Vaduzi Sotsiaalamet.').map(([name]) => name)).toEqual(['Vaduzi Sotsiaalamet'])
    expect(names('Projekti Norra partner oli Oslo Ülikool.').map(([name]) => name)).toEqual(['Oslo Ülikool'])
  })

  it('reads a second party in the comitative after "ja", a kind of body in the comitative before its name', () => {
    expect(names('Projekti viis läbi MTÜ X koostöös Narva Linnavalitsusega ja Norra organisatsiooniga Uteseksjonen.')).toEqual([
      ['Narva Linnavalitsusega', 'EE', 34],
      ['Uteseksjonen', 'NO', 60],
    ])
  })

  it('reads a name after a legal form that takes the comitative ending', () => {
    expect(names('X lõpetas koostöös Pärnu Linnavalitsuse ja MTÜ-ga Pärnu Naiste Tugikeskus projekti „Y“.').map(([name]) => name)).toEqual(['Pärnu Linnavalitsuse', 'MTÜ Pärnu Naiste Tugikeskus'])
  })

  it('reads a partners label inside a paragraph, after a sentence', () => {
    expect(names('Vyks sporto užsiėmimai. Partneriai: Panevėžio miesto policijos komisariatas, Panevėžio visuomenės sveikatos biuras.').map(([name]) => name)).toEqual([
      'Panevėžio miesto policijos komisariatas',
      'Panevėžio visuomenės sveikatos biuras',
    ])
  })

  it('reads a partner after its country and a dash or a colon ("the partner from Norway – X")', () => {
    expect(names('The project is implemented together with the partner from Norway - Stavanger Police District.')).toEqual([['Stavanger Police District', 'NO', 67]])
    expect(names('in cooperation with partners from Iceland: the Reykjavik Youth Centre.')).toEqual([['Reykjavik Youth Centre', 'IS', 47]])
  })

  it('gives a name the country an aside before it names ("A and, from Norway, B"), and leaves a kind in lower case out of the name', () => {
    expect(names('Partners are the Kaunas Centre for Addictive Disorders and, from Norway,\nthe user organisation RIO (Rusmisbrukernes interesseorganisasjon), which\nbrings its own trainers.').map(([name, country]) => [name, country])).toEqual([
      ['Kaunas Centre for Addictive Disorders', 'LT'],
      ['RIO (Rusmisbrukernes interesseorganisasjon)', 'NO'],
    ])
    // The aside's country is the next name's only.
    expect(names('The project partners are the Tartu Youth Work Centre and, from Iceland, Samfés, Ungdomshuset and the Narva Youth Centre.').map(([name, country]) => [name, country])).toEqual([
      ['Tartu Youth Work Centre', 'EE'],
      ['Samfés', 'IS'],
      ['Ungdomshuset', null],
      ['Narva Youth Centre', 'EE'],
    ])
    expect(partnerOf('the youth association Ditto')?.name).toBe('Ditto')
  })

  it('takes a cue only at the start of a word, and shifts offsets', () => {
    expect(names('Copartners from Norway. Partners from Norwegian Directorate of Health.', 10)).toEqual([['Norwegian Directorate of Health', 'NO', 48]])
  })

  it('reads a partner named as the subject of its sentence, not a pronoun or the project', () => {
    expect(names('Training is provided. The Norwegian Correctional Service is the project partner.')).toEqual([['Norwegian Correctional Service', 'NO', 26]])
    expect(names('The Norwegian Police Directorate participates as a project partner.').map((n) => n[0])).toEqual(['Norwegian Police Directorate'])
    expect(names('This organisation is a partner. The project is a partner of the network. It is the partner.')).toEqual([])
  })

  it('keeps a unit named after a comma with its body', () => {
    expect(names('in partnership with the Norwegian Correctional Service, Region South, and Oslo Prison.').map((n) => n[0])).toEqual([
      'Norwegian Correctional Service, Region South',
      'Oslo Prison',
    ])
  })

  it('keeps a unit named by a compass point or by one word before its kind with its body, not a body of its own', () => {
    expect(names('in cooperation with Vilnius University, Faculty of Law and the Ministry of Justice.').map((n) => n[0])).toEqual(['Vilnius University, Faculty of Law', 'Ministry of Justice'])
    expect(names('in cooperation with the Latvian State Border Guard, Valka Board (Latvia).').map((n) => n[0])).toEqual(['Latvian State Border Guard, Valka Board'])
    expect(names('in cooperation with Police and Border Guard Board, North Prefecture and Tallinn Education Department.').map((n) => n[0])).toEqual([
      'Police and Border Guard Board, North Prefecture',
      'Tallinn Education Department',
    ])
    expect(names('in cooperation with Valga County Government, Tartu Police Prefecture and Viru Prison.').map((n) => n[0])).toEqual([
      'Valga County Government',
      'Tartu Police Prefecture',
      'Viru Prison',
    ])
  })

  it('reads a cue after many near-cues', () => {
    expect(names('partner '.repeat(100) + 'in cooperation with Latvian Red Cross.')).toEqual([['Latvian Red Cross', 'LV', 820]])
  })

  it('splits "A and B" where a body\'s name ends and a capital starts the next, not inside a name', () => {
    expect(names('in partnership with Alytus Correction House and Alytus Municipality Public Health Bureau.').map((n) => n[0])).toEqual([
      'Alytus Correction House',
      'Alytus Municipality Public Health Bureau',
    ])
    expect(names('in cooperation with the Centre for Alcohol and Drug Addiction Services.').map((n) => n[0])).toEqual(['Centre for Alcohol and Drug Addiction Services'])
    expect(names('in cooperation with the Ministry of Health and Social Affairs.').map((n) => n[0])).toEqual(['Ministry of Health and Social Affairs'])
    // A service's field after "and" shares the head noun after it.
    expect(names('in cooperation with the Swedish Prison and Probation Service.').map((n) => n[0])).toEqual(['Swedish Prison and Probation Service'])
  })

  it('reads partners of a project carried out together with them, not those who just come along', () => {
    expect(names('The project was carried out together with the Estonian Red Cross and the Tartu Youth Work Centre.').map((n) => n[0])).toEqual([
      'Estonian Red Cross',
      'Tartu Youth Work Centre',
    ])
    expect(names('Children came together with their parents and the Police.')).toEqual([])
  })

  it('reads a partner named after the period the project was carried out in', () => {
    expect(names('The project "Safe Road to School", implemented from 1 September 2016 to 30 April 2018 together with the Road Traffic Safety Directorate.').map((n) => n[0])).toEqual([
      'Road Traffic Safety Directorate',
    ])
    expect(names('Pupils took part in lessons in 2017 together with their teachers.')).toEqual([])
  })

  it('reads a text only when it holds a plain cue word', () => {
    // The long s matches "s" without case, but "ſadarbībā" is not the plain word "sadarbībā".
    expect(names('ſadarbībā ar Latvijas Sarkano Krustu.')).toEqual([])
  })

  it('reads a text browser\'s dump, its lines broken inside the cue or after "and" and indented', () => {
    expect(names('   implemented by the Public Health Bureau in\n   cooperation with the Municipality Education Department and\n   the Lithuanian Red Cross Society.').map(([name]) => name)).toEqual([
      'Municipality Education Department',
      'Lithuanian Red Cross Society',
    ])
  })

  it('takes the Estonian comitative "-ga" at the last word of the name, not at a word that ends in "ga" itself', () => {
    expect(names('Projekti viis ellu MTÜ Noored koostöös Valga Maavalitsusega.').map(([name]) => name)).toEqual(['Valga Maavalitsusega'])
    expect(names('Projekt viidi ellu koostöös Tartu Ülikooliga ja koolidega.').map(([name]) => name)).toEqual(['Tartu Ülikooliga'])
  })

  it('reads the partners "implemented jointly with" and "in close cooperation with"', () => {
    expect(names('The project was implemented jointly with the Latvian Red Cross and the Riga City Council.').map(([name]) => name)).toEqual(['Latvian Red Cross', 'Riga City Council'])
    expect(names('The project was implemented in close cooperation with the Šiauliai Police Commissariat.').map(([name]) => name)).toEqual(['Šiauliai Police Commissariat'])
  })

  it('reads a partner on the line after "with the", the article alone at the end of the line', () => {
    expect(names('carried out by the society "Atbalsts" together with the\nJelgava City Council Social Affairs Department.').map(([name]) => name)).toEqual(['Jelgava City Council Social Affairs Department'])
  })
})

describe('partnersInProse, the partner from a donor state', () => {
  it('reads "Partneris iš Norvegijos – X" in a paragraph, with its country', () => {
    const found = partnersInProse('Apmokyti 25 darbuotojai. Partneris iš Norvegijos – Norvegijos pataisos tarnybos direktoratas (KDI).')
    expect(found.map((named) => named.value)).toEqual([{ name: 'Norvegijos pataisos tarnybos direktoratas (KDI)', country: 'NO' }])
  })
})

describe('partnerOf, a list\'s "and"', () => {
  it('leaves out the "and" a list sets before an aside', () => {
    expect(partnerOf('the Kaunas Centre for Addictive Disorders and,')?.name).toBe('Kaunas Centre for Addictive Disorders')
  })
})

describe('partnersInProse, a plural subject', () => {
  it('splits the names before "contributed as expert partners"', () => {
    const found = partnersInProse('Pilots were run in Riga. The Lithuanian Ministry of Justice and the Swedish National Board of Institutional Care (SiS) contributed as expert partners.')
    expect(found.map((named) => named.value.name)).toEqual(['Lithuanian Ministry of Justice', 'Swedish National Board of Institutional Care (SiS)'])
  })
})

describe('promoterInProse', () => {
  it('reads "was led by" over a text browser\'s joined line, the name ending before "and" and a verb', () => {
    expect(promoterInProse('The project was led by the State Probation Service of Latvia and piloted a short programme.')?.value).toBe('State Probation Service of Latvia')
    expect(promoterInProse('The project was led by the \u00a0\u00a0State Probation Service of Latvia and piloted a short programme.')?.value).toBe('State Probation Service of Latvia')
    expect(promoterInProse('The project was implemented by the Ministry of Education and Science.')?.value).toBe('Ministry of Education and Science')
  })
  it('reads the body a funder grants money to for the project', () => {
    expect(promoterInProse('The Embassy of Norway in Vilnius has granted LTL 86 320 (NOK 200 000) to the Šiauliai Women\'s Crisis Centre for the project "Breaking the Silence".')?.value).toBe("Šiauliai Women's Crisis Centre")
    // Money granted to a body for something else names no promoter.
    expect(promoterInProse('The ministry has granted EUR 5 000 to the Red Cross for its annual conference.')).toBeNull()
  })

  it('goes on over commas that list lower-case words of one name, not into a clause', () => {
    expect(promoterInProse('Projektą įgyvendins Narkotikų, tabako ir alkoholio kontrolės departamentas kartu su centru.')?.value).toBe('Narkotikų, tabako ir alkoholio kontrolės departamentas')
    expect(promoterInProse('Projektą vykdo VšĮ Jaunimo linija, kuri teikia pagalbą.')?.value).toBe('VšĮ Jaunimo linija')
    // A news item's future tense: "Projektu īstenos biedrība „X” sadarbībā ar …".
    expect(promoterInProse('Projektu īstenos biedrība „Balvu jauniešu iniciatīvu centrs” sadarbībā ar Balvu novada bāriņtiesu.')?.value).toBe('biedrība „Balvu jauniešu iniciatīvu centrs”')
  })

  it('reads the doer between a Latvian object-first "Projektu" and its verb, where the verb ends the clause or brings in partners', () => {
    expect(promoterInProse('Projektu Labklājības departaments īsteno sadarbībā ar biedrību „DIA+LOGS”.')?.value).toBe('Labklājības departaments')
    expect(promoterInProse('Projektu Valsts policija īstenoja.')?.value).toBe('Valsts policija')
    expect(promoterInProse('Projektu Latvijā īsteno Valsts policija.')?.value).not.toBe('Latvijā')
  })

  it('reads the participle right after the project\'s quoted name, not after any name', () => {
    expect(promoterInProse('awarded EUR 30,000 to the project "Nordic-Baltic Network", implemented by the Vilnius Women\'s House in partnership with Kvinnoforum.')?.value).toBe("Vilnius Women's House")
    expect(promoterInProse('the conference "Safe Cities", led by the Ministry of the Interior.')?.value).not.toBe('Ministry of the Interior')
  })

  it('takes a quoted name after an English word for its kind ("by the society \"X\""), without the word or the marks', () => {
    expect(promoterInProse('The project was carried out by the society "Atbalsts ģimenēm" together with the City Council.')?.value).toBe('Atbalsts ģimenēm')
    expect(promoterInProse('The project was implemented by NGO "Dia+Logs".')?.value).toBe('NGO "Dia+Logs"')
  })

  it('reads a body\'s name a print broke at a line\'s end, whole ("Dis-" / "orders")', () => {
    const text = 'During the project implementation Šiauliai Centre for Addictive Dis- orders had provided low-threshold services.'
    const found = promoterInProse(text)
    expect(found?.value).toBe('Šiauliai Centre for Addictive Disorders')
    expect(text.slice(found!.offset, found!.offset + found!.length)).toBe('Šiauliai Centre for Addictive Dis- orders')
    expect(promoterInProse('During the project Tartu City Government had opened a centre.')?.value).toBe('Tartu City Government')
  })

  it('reads the Estonian "Projekti viib ellu X" with the doer after or inside the verb', () => {
    expect(promoterInProse('Projekti viib ellu Valga Vallavalitsus koostöös Valka Piirkonna Omavalitsusega.')?.value).toBe('Valga Vallavalitsus')
    expect(promoterInProse('Projekti viib Ida prefektuur ellu koostöös Narva Linnavalitsusega.')?.value).toBe('Ida prefektuur')
    expect(promoterInProse('Projekti elluviimine algab mais.')).toBeNull()
  })

  it('reads the Estonian doer before "viib … ellu", and no means before the particle as a doer', () => {
    expect(promoterInProse('Justiitsministeerium viib Norra finantsmehhanismi toel ellu projekti „Vägivallatu koolikeskkond“.')?.value).toBe('Justiitsministeerium')
    expect(promoterInProse('Tänavu viib Euroopa Sotsiaalfondi abil ellu projekti „X“ MTÜ Y.')?.value).not.toBe('Euroopa Sotsiaalfondi abil')
  })

  it('reads the body after "by" when the period stands between the verb and it', () => {
    expect(promoterInProse('The project was carried out from 1 April 2009 until 31 December 2009 by NGO "Ģimenes atbalsta centrs" in cooperation with Liepāja City Social Service.')?.value).toBe(
      'NGO "Ģimenes atbalsta centrs"',
    )
    expect(promoterInProse('The project was implemented from 01.03.2010 to 30.11.2010 by the Jelgava Youth Centre.')?.value).toBe('Jelgava Youth Centre')
    // A period too long for one phrase, or no "by": no promoter.
    expect(promoterInProse('The project was carried out in 2009 in schools and youth centres by volunteers.')).toBeNull()
  })

  it('goes on over a comma to the unit of the body', () => {
    expect(promoterInProse('The project was implemented by the Estonian Border Guard Board, Southern Border Guard District in cooperation with the Latvian State Border Guard.')?.value).toBe(
      'Estonian Border Guard Board, Southern Border Guard District',
    )
    expect(promoterInProse('The project was implemented by Tartu Prison, together with Viru Prison.')?.value).toBe('Tartu Prison')
  })

  it('reads the owner of a quoted project when it names a body, not a programme', () => {
    expect(promoterInProse('The Embassy has supported the project "Safe Neighbourhoods" of the Šiauliai City Municipality with NOK 350 000.')?.value).toBe('Šiauliai City Municipality')
    expect(promoterInProse('It is the project “Open Doors” of Tartu Youth Centre, which opened in May.')?.value).toBe('Tartu Youth Centre')
    expect(promoterInProse('The project "Safe Summer" of the EEA Grants programme ran in 2015.')).toBeNull()
    expect(promoterInProse('The project "Safe Summer" of 2015 was a success.')).toBeNull()
  })

  const promoter = (text: string): [string, number] | null => {
    const found = promoterInProse(text, 5)
    return found && [found.value, found.offset]
  }

  it('reads the promoter of a passive sentence, at the longest reach of its verb', () => {
    expect(promoter('The project has been implemented by NGO Papardes zieds.')).toEqual(['NGO Papardes zieds', 41])
    expect(promoter('It has been carried out by the Red Cross of Latvia in Riga.')).toEqual(['Red Cross of Latvia', 36])
    expect(promoter('The camp is run by Alpha (Tartu).')).toEqual(['Alpha', 24])
  })

  it('reads a relative clause after the project\'s quoted name, not after a programme\'s', () => {
    const lead = '30. aprīlī noslēdzās projekts LV08/5 "Probācijas programmas”, kuru īstenoja Valsts probācijas dienests.'
    expect(promoter(lead)).toEqual(['Valsts probācijas dienests', 5 + lead.indexOf('Valsts')])
    expect(promoter('Baigėsi projektas „Saugi mokykla“, kurį vykdė Kauno policija.')?.[0]).toBe('Kauno policija')
    expect(promoter('Programmas LV 08 "Korekcijas dienestu reforma”, kuru īsteno Tieslietu ministrija.')).toBeNull()
    expect(promoter('Projekts "Drošā skola” kuru īsteno Valsts policija.')).toBeNull()
  })

  it('skips a verb inside a word and prefers a stated project promoter', () => {
    expect(promoter('Unwas implemented by Nobody. It was coordinated by the Ministry of Health; then more.')).toEqual(['Ministry of Health', 60])
    expect(promoter('The Project Promoter is the National Centre for Addictions. It was implemented by X Y.')).toEqual(['National Centre for Addictions', 33])
    expect(promoter('Written by hand.')).toBeNull()
    expect(promoter('While the project NGO Alpha Beta was active, it grew.')).toEqual(['NGO Alpha Beta', 23])
    expect(promoter('during the project NGO Alpha Beta was active.')).toEqual(['NGO Alpha Beta', 24])
    expect(promoter('was implemented by nobody '.repeat(100) + 'is run by Alpha.')).toEqual(['Alpha', 2615])
  })

  it('reads a quoted name after the prefix, and a body named without one when it acts', () => {
    expect(promoter('During the project implementation NGO "Dia+Logs" had organised outreach.')).toEqual(['NGO "Dia+Logs"', 39])
    expect(promoter('During the project implementation Alytus Centre for Addictive Disorders had opened a cabinet.')).toEqual([
      'Alytus Centre for Addictive Disorders',
      39,
    ])
    // Its acronym in brackets stays with the name; other verbs of a body at work ("trained") end it.
    expect(promoter('During the project implementation Estonian Network of People Living with HIV (ENPLH) trained 16 peer counsellors.')).toEqual([
      'Estonian Network of People Living with HIV (ENPLH)',
      39,
    ])
    // Not a body, or a body that is acted upon: no promoter.
    expect(promoter('During the project implementation IDUs education and information programme was prepared.')).toBeNull()
    expect(promoter('During the project Tartu Prison was visited twice a month.')).toBeNull()
  })
})

describe('partnersInProse, where the time is said', () => {
  it('ends the partners where a date or a year follows them', () => {
    expect(names('It was run in cooperation with Tallinn City Government and the Estonian Hotel and Restaurant Association from 1 May 2016 to 30 September 2016.').map(([name]) => name)).toEqual([
      'Tallinn City Government',
      'Estonian Hotel and Restaurant Association',
    ])
    expect(names('Projekts īstenots sadarbībā ar Valsts policiju 2010. gadā.').map(([name]) => name)).toEqual(['Valsts policiju'])
    expect(names('In cooperation with Rīgas 64. vidusskola.').map(([name]) => name)).toEqual(['Rīgas 64. vidusskola'])
  })
})

describe('partnersInProse, a name enumerating after its preposition', () => {
  it('keeps "for Children, Youth and Family Affairs" in one name, but parts a body named after the comma', () => {
    expect(names('The project is carried out in partnership with the Norwegian Directorate for Children, Youth and Family Affairs (Bufdir), Norway, which shares its experience.')).toEqual([
      ['Norwegian Directorate for Children, Youth and Family Affairs (Bufdir)', 'NO', 47],
    ])
    expect(names('in cooperation with the Ministry of Justice, Police and Border Guard Board').map(([name]) => name)).toEqual(['Ministry of Justice', 'Police and Border Guard Board'])
  })
})

describe('splitParties over a labelled list of names', () => {
  const names = (clause: string): string[] => splitParties(clause, true).map((piece) => piece.text)
  it('keeps a comma that lists words inside one name', () => {
    expect(names('Norwegian Directorate for Children, Youth and Family Affairs (Bufdir)')).toEqual(['Norwegian Directorate for Children, Youth and Family Affairs (Bufdir)'])
    expect(names('Rīgas domes Izglītības, kultūras un sporta departaments')).toEqual(['Rīgas domes Izglītības, kultūras un sporta departaments'])
  })
  it('still cuts a list of names on its commas', () => {
    expect(names('Daugavpils City Council, Rēzekne City Council and the Norwegian Correctional Service')).toEqual(['Daugavpils City Council', 'Rēzekne City Council', 'Norwegian Correctional Service'])
    expect(names('Valsts policija, Rīgas pašvaldības policija')).toEqual(['Valsts policija', 'Rīgas pašvaldības policija'])
  })
  it('keeps a word cut short by a hyphen with the name it shares its end with ("Haridus- ja Teadusministeerium")', () => {
    expect(names('Haridus- ja Teadusministeerium')).toEqual(['Haridus- ja Teadusministeerium'])
    expect(names('Politsei- ja Piirivalveamet, Tartu Linnavalitsus')).toEqual(['Politsei- ja Piirivalveamet', 'Tartu Linnavalitsus'])
  })
  it('cuts only on semicolons when the list has them', () => {
    expect(names('Biedrība „Drošs internets”; Rīgas domes Labklājības departaments, Rīga')).toEqual(['Biedrība „Drošs internets”', 'Rīgas domes Labklājības departaments, Rīga'])
  })
  it('starts a new name at a lower-case legal form after "un"', () => {
    expect(names('Cēsu novada Sociālais dienests un biedrība „Cēsu jauniešu centrs”')).toEqual(['Cēsu novada Sociālais dienests', 'biedrība „Cēsu jauniešu centrs”'])
    expect(names('Nacionālais vardarbības un traumatiskā stresa pētījumu centrs')).toEqual(['Nacionālais vardarbības un traumatiskā stresa pētījumu centrs'])
  })
  it('starts a new name at a Russian nationality in lower case after "и" ("и норвежская тюремная служба X")', () => {
    expect(names('Даугавпилсский центр психоневрологии и норвежская тюремная служба Kriminalomsorgen')).toEqual(['Даугавпилсский центр психоневрологии', 'норвежская тюремная служба Kriminalomsorgen'])
    expect(names('Центр профилактики и лечения зависимостей')).toEqual(['Центр профилактики и лечения зависимостей'])
  })
})

describe('partnerOf', () => {
  it('drops an Estonian kind of body in the nominative before the name, and keeps its country', () => {
    expect(partnerOf('Norra organisatsioon Rusmiddeletatens kompetansesentre')).toEqual({ name: 'Rusmiddeletatens kompetansesentre', country: 'NO' })
    expect(partnerOf('Soome ühing Ehkäisevä päihdetyö EHYT')?.name).toBe('Ehkäisevä päihdetyö EHYT')
    // A legal form written out with a capital is the name's own.
    expect(partnerOf('Sihtasutus Tallinna Lastehaigla')?.name).toBe('Sihtasutus Tallinna Lastehaigla')
  })

  it('drops the comitative ending of an Estonian legal form before the name', () => {
    expect(partnerOf('MTÜ-ga Lastekaitse Liit')?.name).toBe('MTÜ Lastekaitse Liit')
    expect(partnerOf('SA-ga „Kiusamisvaba Kool“')?.name).toBe('SA „Kiusamisvaba Kool“')
    // A word of the name that ends so is left as written.
    expect(partnerOf('Tartu Ülikooliga')?.name).toBe('Tartu Ülikooliga')
  })

  it('reads a country code in brackets after the name as its country', () => {
    expect(partnerOf('City of Turku (FI)')).toEqual({ name: 'City of Turku', country: 'FI' })
    expect(partnerOf('Municipal Police of Riga (LV)')).toEqual({ name: 'Municipal Police of Riga', country: 'LV' })
    expect(partnerOf('Riga Youth Centre (RYC)')?.name).toBe('Riga Youth Centre (RYC)')
  })

  it('keeps a Latvian legal form before a quoted name, and drops a mere description', () => {
    expect(partnerOf('biedrība „Jelgavas jauniešu centrs”')?.name).toBe('biedrība „Jelgavas jauniešu centrs”')
    expect(partnerOf('public organization "The Norwegian Red Cross"')?.name).toBe('The Norwegian Red Cross')
  })

  it('drops a Russian nationality and kind before the name, and keeps the country they give', () => {
    expect(partnerOf('норвежская тюремная служба Kriminalomsorgen')).toEqual({ name: 'Kriminalomsorgen', country: 'NO' })
    expect(partnerOf('шведским фондом Stiftelsen Maskrosbarn')).toEqual({ name: 'Stiftelsen Maskrosbarn', country: 'SE' })
  })

  it('reads a lone city after a name ("(SIRUS), Oslo") as a place, but a municipality named after a city as a body', () => {
    expect(partnerOf('Oslo')).toBeNull()
    expect(partnerOf('Stavanger municipality')?.name).toBe('Stavanger municipality')
  })
})

describe('promoterInProse, with a Latvian legal form', () => {
  it('reads "Projektu īsteno biedrība „…”" up to the partner named with it', () => {
    expect(promoterInProse('Projektu īsteno biedrība „Patvērums „Drošā māja”” sadarbībā ar Norvēģijas organizāciju „ROSA”.')?.value).toBe('biedrība „Patvērums „Drošā māja””')
  })
})

describe('partnersInProse, "by X together with Y"', () => {
  it('reads the body the work was done with, past a lynx link number, across a wrapped line', () => {
    const text = 'It was adapted by the Kaunas District Municipality\n   Public Health Bureau together with [11]Vytautas Magnus University\n   (Department of Psychology), and delivered by teachers.'
    expect(partnersInProse(text).map((found) => found.value.name)).toEqual(['Vytautas Magnus University'])
  })

  it('reads the body the work was done with, after the body it was done by', () => {
    expect(partnersInProse('It was adapted by the Riga Bureau together with the Tartu Police.').map((found) => found.value.name)).toEqual(['Tartu Police'])
    expect(partnersInProse('It was adapted by the Riga Bureau together with Vytautas Magnus University.').map((found) => found.value.name)).toEqual(['Vytautas Magnus University'])
    expect(partnersInProse('It was adapted by the riga bureau together with the Tartu Police.')).toEqual([])
  })

  it('reads no partner where "together with" goes on in lower case', () => {
    expect(partnersInProse('The lessons were delivered by the Class Teachers together with parents of the pupils.')).toEqual([])
  })
})

describe('partnersInProse, partners in apposition', () => {
  it('reads the names between the commas after "partners", each with its country in brackets', () => {
    const text = 'Nordic partners with long experience of outreach work, the Field Social Work Unit of the City of Stockholm (Sweden) and the Helsinki Deaconess Institute (Finland), will host study visits.'
    expect(partnersInProse(text).map((found) => found.value)).toEqual([
      { name: 'Field Social Work Unit of the City of Stockholm', country: 'SE' },
      { name: 'Helsinki Deaconess Institute', country: 'FI' },
    ])
  })

  it('reads no apposition after "partners" and a capitalised word', () => {
    expect(partnersInProse('The partners in Riga, the Youth Centre and the School, met.').map((found) => found.value.name)).toEqual([])
  })
})

describe('promoterInProse, a body named by the fields it works in', () => {
  it('keeps "Education, Youth and Sports Department" whole, but parts two bodies', () => {
    expect(promoterInProse('The grant goes to the project "Street Corner", run by the Riga City Council Education, Youth and Sports Department together with the NGO "X".')?.value).toBe('Riga City Council Education, Youth and Sports Department')
    expect(promoterInProse('The project "Safe Town" is run by Tartu Prison, Viru Prison and Ministry of Justice.')?.value).toBe('Tartu Prison')
  })
})

describe('partnersInProse after "partneris –"', () => {
  it('reads the partner after a dash in a sentence, but not a table cell holding only a dash', () => {
    expect(partnersInProse('Projekta īstenotājs ir X, sadarbības partneris – Norvēģijas Kriminālsodu izpildes dienests.').map((found) => found.value.name)).toEqual(['Norvēģijas Kriminālsodu izpildes dienests'])
    expect(partnersInProse('Partneri\t—\nProjekta īstenošanas laiks\t2018.–2019. gads')).toEqual([])
  })
})

describe('splitParties in a list of names', () => {
  const parts = (text: string): string[] => splitParties(text, true).map((piece) => piece.text)

  it('parts two bodies joined by "and"', () => {
    expect(parts('Latvian Prison Administration, Ministry of Justice and Riga Central Prison')).toEqual(['Latvian Prison Administration', 'Ministry of Justice', 'Riga Central Prison'])
    expect(parts('Tartu Prison, Viru Prison and Ministry of Justice of Estonia')).toEqual(['Tartu Prison', 'Viru Prison', 'Ministry of Justice of Estonia'])
    expect(parts('Narva Police Prefecture, Ida-Viru County Government and Ministry of Social Affairs')).toEqual(['Narva Police Prefecture', 'Ida-Viru County Government', 'Ministry of Social Affairs'])
    expect(parts('Ministry of Education and Science and Riga City Council')).toEqual(['Ministry of Education and Science', 'Riga City Council'])
  })

  it('keeps one name whose "and" joins no two bodies', () => {
    expect(parts('Ministry of Education and Science')).toEqual(['Ministry of Education and Science'])
    expect(parts('Ministry of Health and Social Affairs')).toEqual(['Ministry of Health and Social Affairs'])
    expect(parts('Police and Border Guard Board')).toEqual(['Police and Border Guard Board'])
  })
})

describe('jointParties', () => {
  it('parts a promoter named with a partner', () => {
    expect(jointParties('Ogre District Council Social Service together with Ogre Parish Church')).toEqual({ lead: 'Ogre District Council Social Service', others: 'Ogre Parish Church', othersOffset: 51 })
    expect(jointParties('NGO X in cooperation with the Tartu Prison')?.others).toBe('Tartu Prison')
    expect(jointParties('Association of People Living with HIV')).toBeNull()
    expect(jointParties('NGO X together with parents')).toBeNull()
  })
})


describe('splitParties, where an enumeration inside a name meets a list of bodies', () => {
  it('cuts at a comma whose next words name a body of their own', () => {
    const names = (clause: string): string[] => splitParties(clause, true).map((piece) => piece.text)
    expect(names('Tartu Prison, Viru Prison and Ministry of Justice of Estonia')).toEqual(['Tartu Prison', 'Viru Prison', 'Ministry of Justice of Estonia'])
    expect(names('Ministry of Justice of Estonia, Tartu Prison and Viru Prison')).toEqual(['Ministry of Justice of Estonia', 'Tartu Prison', 'Viru Prison'])
    expect(names('Directorate for Children, Youth and Family Affairs')).toEqual(['Directorate for Children, Youth and Family Affairs'])
  })
})

describe('partnersInProse, names and lists', () => {
  it('takes no project named in quotes for a partner', () => {
    expect(names('Nodarbības notiks sadarbībā ar projektu „Atbalsts izglītojamo individuālo kompetenču attīstībai”.')).toEqual([])
  })

  it('keeps "un" inside a name whose lower-case words end in a body\'s word, and splits a legal form\'s party off', () => {
    expect(names('Projekta partneri ir Jelgavas Bērnu un jauniešu centrs „Junda” un Valsts policija.').map(([name]) => name)).toEqual([
      'Jelgavas Bērnu un jauniešu centrs „Junda”',
      'Valsts policija',
    ])
    expect(names('Projekts tiek īstenots sadarbībā ar Valsts policiju un biedrību „Drošā māja”.').map(([name]) => name)).toEqual(['Valsts policiju', 'Drošā māja'])
  })

  it('reads a bare "together with" only where the project\'s verb comes before it in its sentence, at most 120 characters before', () => {
    const far = 'x'.repeat(119)
    expect(names(`The city launched the project ${'x'.repeat(118)} together with the Tartu Police.`).map(([name]) => name)).toEqual(['Tartu Police'])
    expect(names(`The city launched the project ${far} together with the Tartu Police.`)).toEqual([])
    expect(names('The city launched the project. Pupils came together with the Tartu Police.')).toEqual([])
    expect(names('Trainings were run from May to June jointly with the Tartu Police.').map(([name]) => name)).toEqual(['Tartu Police'])
    expect(names('Trainings were held from May to June jointly with the Tartu Police.')).toEqual([])
  })

  it('reads "together with" after a sentence\'s launch of the project', () => {
    expect(names('Tartu City Government launched the project "Safe Home Town" on 1 March 2016 together with the Police and Border Guard Board and local youth organisations.').map(([name]) => name)).toEqual([
      'Police and Border Guard Board',
    ])
    expect(names('Children came together with their parents.')).toEqual([])
  })

  it('reads "kopā ar" after the verb that carries the project out, not a bare "kopā ar"', () => {
    expect(names('Projektu Valsts policija īsteno kopā ar biedrību „Latvijas Interneta asociācija” un Valsts izglītības satura centru.').map(([name]) => name)).toEqual([
      'Latvijas Interneta asociācija',
      'Valsts izglītības satura centru',
    ])
    expect(names('Skolēni nodarbībās piedalījās kopā ar vecākiem un Jelgavas pašvaldības policiju.')).toEqual([])
  })

  it('ends the names at an "and" before lower-case words, and reads past a dash after the cue', () => {
    expect(names('The project is carried out together with Klaipėda City Municipality Administration and volunteers from local communities.').map(([name]) => name)).toEqual([
      'Klaipėda City Municipality Administration',
    ])
    expect(names('Projektas įgyvendinamas kartu su partneriais – Šiaulių apskrities VPK ir Šiaulių universitetu.').map(([name]) => name)).toEqual([
      'Šiaulių apskrities VPK',
      'Šiaulių universitetu',
    ])
  })
})

describe('partners who work together with the promoter (round 18)', () => {
  it('reads "Kartu su biuru dirbs A, B ir C" as partners', () => {
    expect(names('Kartu su biuru dirbs Skuodo rajono policijos komisariatas, Skuodo Bartuvos progimnazija ir Mosėdžio gimnazija.').map(([name]) => name)).toEqual([
      'Skuodo rajono policijos komisariatas',
      'Skuodo Bartuvos progimnazija',
      'Mosėdžio gimnazija',
    ])
    expect(names('Kartu su tėvais dirbs mokytojai ir psichologai.')).toEqual([])
  })
})

describe('promoterInProse, the project named before the verb', () => {
  it('reads "Projektu „…” īsteno X" and "Projektą „…“ vykdė X kartu su Y"', () => {
    expect(promoterInProse('Projektu „Drošas mājas Valmierā” īsteno Valmieras novada pašvaldība sadarbībā ar Valsts policiju.')?.value).toBe('Valmieras novada pašvaldība')
    expect(promoterInProse('Projektą „Saugus kiemas“ vykdė Alytaus rajono savivaldybė kartu su policija.')?.value).toBe('Alytaus rajono savivaldybė')
  })

  it('reads "kartu su" after the project\'s verb as a partner cue', () => {
    expect(names('Projektą vykdė VšĮ „Jaunimo linija“ kartu su Vilniaus miesto savivaldybe.').map(([name]) => name)).toEqual(['Vilniaus miesto savivaldybe'])
    expect(names('Vaikai kartu su tėvais dalyvavo renginyje.')).toEqual([])
  })
})

describe('isSameParty', () => {
  it('takes a name in another case for the same party, and no other name', () => {
    expect(isSameParty('Valsts policija', 'Valsts policiju')).toBe(true)
    expect(isSameParty('Šiaulių universitetas', 'Šiaulių universitetu')).toBe(true)
    expect(isSameParty('Valsts policija', 'Valsts robežsardze')).toBe(false)
    expect(isSameParty('Valsts policija', 'Valsts policijas pārvalde')).toBe(false)
    // The Estonian comitative adds "-ga" to the genitive stem.
    expect(isSameParty('Norra Vanglateenistus', 'Norra Vanglateenistusega')).toBe(true)
    expect(isSameParty('Tartu Ülikool', 'Tartu Ülikooliga')).toBe(true)
  })
})

describe('namesOrganisation', () => {
  it('tells a body from a person by a legal form first or a body\'s word last', () => {
    expect(namesOrganisation('Tervise Arengu Instituut')).toBe(true)
    expect(namesOrganisation('Narva Linnavalitsuse Sotsiaalabiamet')).toBe(true)
    expect(namesOrganisation('Sotsiaalministeerium')).toBe(true)
    expect(namesOrganisation('MTÜ Eluliin')).toBe(true)
    expect(namesOrganisation('Kauno miesto savivaldybės administracija')).toBe(true)
    expect(namesOrganisation('Mari Tamm')).toBe(false)
    expect(namesOrganisation('Jonas Jonaitis')).toBe(false)
    expect(namesOrganisation('Iveta Kokina')).toBe(false)
  })
})

describe('Latvian relative clauses and participation', () => {
  it('reads the promoter after "…”, kuru" with the period said before the verb', () => {
    expect(promoterInProse('ir noslēdzies projekts „Atkarību profilakse skolās”, kuru no 2019. gada marta līdz 2020. gada decembrim īstenoja Slimību profilakses un kontroles centrs.')?.value).toBe(
      'Slimību profilakses un kontroles centrs',
    )
    // A full stop of a sentence between the pronoun and the verb ends the clause.
    expect(promoterInProse('projekts „X”, kuru atbalstīja fonds. Vēlāk īstenoja Y.')).toBeNull()
  })

  it('reads the bodies that "Projektā piedalās arī …"', () => {
    expect(names('Projektā piedalās arī Ventspils novada Sociālais dienests un Kuldīgas jauniešu centrs „Bāka”.').map(([name]) => name)).toEqual([
      'Ventspils novada Sociālais dienests',
      'Kuldīgas jauniešu centrs „Bāka”',
    ])
    expect(names('Projektā piedalās 300 skolēni no visas Latvijas.')).toEqual([])
  })
})

describe('partnersInProse, a partner in apposition', () => {
  it('takes the name between the commas after "partner", whole, and the role\'s country', () => {
    expect(names('The donor project partner, the Norwegian Centre for Violence and Traumatic Stress Studies (NKVTS), trained the teams.')).toEqual([
      ['Norwegian Centre for Violence and Traumatic Stress Studies (NKVTS)', 'NO', 31],
    ])
    expect(names('Our Icelandic partner, Reykjavik Welfare Department, hosted a visit.').map(([name, country]) => [name, country])).toEqual([
      ['Reykjavik Welfare Department', 'IS'],
    ])
  })

  it('takes no clause or country for a partner', () => {
    expect(names('The project partner, which was chosen in 2014, trained the staff.')).toEqual([])
    expect(names('The partner, Norway, sent experts.')).toEqual([])
  })

  it('gives a partner the country named after it with a comma', () => {
    expect(names('The project is implemented in partnership with Kirkens Bymisjon, Norway.')).toEqual([['Kirkens Bymisjon', 'NO', 47]])
  })
})

describe('partnersInProse, more cues', () => {
  it('reads "kartu su" after the project\'s verb past a period of Lithuanian dates', () => {
    expect(names('Projektas bus įgyvendinamas nuo 2017 m. kovo 1 d. iki 2020 m. gruodžio 31 d. kartu su Higienos institutu ir Respublikiniu priklausomybės ligų centru.').map(([name]) => name)).toEqual([
      'Higienos institutu',
      'Respublikiniu priklausomybės ligų centru',
    ])
  })

  it('reads a Russian page\'s "Партнёрами проекта выступают A и B"', () => {
    expect(names('Партнёрами проекта выступают Ида-Вируская префектура полиции и НКО «Молодёжный центр Нарвы».').map(([name]) => name)).toEqual([
      'Ида-Вируская префектура полиции',
      'НКО «Молодёжный центр Нарвы»',
    ])
  })
})

describe('partnersInProse, a role before the name', () => {
  it('leaves the role out of the name after a cue, its adjective giving the country', () => {
    expect(names('The project was carried out together with the Norwegian partner Kristiansand Municipality, whose model was adapted.').map(([name, country]) => [name, country])).toEqual([
      ['Kristiansand Municipality', 'NO'],
    ])
    expect(names('It was implemented in cooperation with the donor project partner the Norwegian Correctional Service.').map(([name]) => name)).toEqual(['Norwegian Correctional Service'])
  })
})

describe('partnersInProse after "partneris projektā ir"', () => {
  it('reads the partner the sentence names', () => {
    const text = 'Sadarbības partneris projektā ir Norvēģijas Korekcijas dienests (Kriminalomsorgsdirektoratet), kas dalīsies pieredzē.'
    expect(partnersInProse(text).map((found) => found.value.name)).toEqual(['Norvēģijas Korekcijas dienests (Kriminalomsorgsdirektoratet)'])
  })
})

describe('withoutCountryAfterName', () => {
  it('drops a country after a comma or in brackets, not a unit or a place', () => {
    expect(withoutCountryAfterName('National Institute for Health Development, Estonia')).toBe('National Institute for Health Development')
    expect(withoutCountryAfterName('Daugavpils City Municipal Police (Latvia)')).toBe('Daugavpils City Municipal Police')
    expect(withoutCountryAfterName('Norwegian Correctional Service, Region South')).toBe('Norwegian Correctional Service, Region South')
    expect(withoutCountryAfterName('State Police, Riga')).toBe('State Police, Riga')
  })
})

describe('Russian partners and promoters', () => {
  it('reads "Партнёрами проекта были A и B", the society keeping its legal form', () => {
    expect(partnersInProse('Партнёрами проекта были Даугавпилсская муниципальная полиция и общество «Молодёжная инициатива».').map((found) => found.value.name)).toEqual([
      'Даугавпилсская муниципальная полиция',
      'общество «Молодёжная инициатива»',
    ])
  })

  it('reads "который реализует X совместно с A и B": X the promoter, A and B partners', () => {
    const text = 'В Клайпеде начинается проект «Снижение вреда», который реализует Клайпедское городское бюро общественного здоровья совместно с Клайпедским центром зависимостей и Литовским обществом помощи.'
    expect(promoterInProse(text)?.value).toBe('Клайпедское городское бюро общественного здоровья')
    expect(partnersInProse(text).map((found) => found.value.name)).toEqual(['Клайпедским центром зависимостей', 'Литовским обществом помощи'])
  })

  it('reads "Проект осуществляет X совместно с A и B": X the promoter (the object first), A and B partners', () => {
    const text = 'Проект осуществляет Социальная служба Даугавпилсской городской думы совместно с Даугавпилсской муниципальной полицией и обществом «Шанс».'
    expect(promoterInProse(text)?.value).toBe('Социальная служба Даугавпилсской городской думы')
    expect(partnersInProse(text).map((found) => found.value.name)).toEqual(['Даугавпилсской муниципальной полицией', 'обществом «Шанс»'])
    expect(promoterInProse('Проект «Безопасный двор» реализует Рижская муниципальная полиция в Болдерае.')?.value).toBe('Рижская муниципальная полиция')
  })

  it('reads "Проект осуществляет X вместе с A и B" as with "совместно с"; a bare "вместе с" names no partner', () => {
    const text = 'Проект осуществляет Нарвский молодёжный центр вместе с Ида-Вируской префектурой полиции и Нарвским департаментом социальной помощи.'
    expect(promoterInProse(text)?.value).toBe('Нарвский молодёжный центр')
    expect(partnersInProse(text).map((found) => found.value.name)).toEqual(['Ида-Вируской префектурой полиции', 'Нарвским департаментом социальной помощи'])
    expect(partnersInProse('Подростков отберут вместе с социальными службами и инспекторами.')).toEqual([])
  })

  it('reads "в (тесном) сотрудничестве с A" (in cooperation with) as a partner cue, the doer ending before it', () => {
    const text = 'Проект «Шанс на будущее» реализует Елгавская городская дума в сотрудничестве с Государственной полицией.'
    expect(promoterInProse(text)?.value).toBe('Елгавская городская дума')
    expect(partnersInProse(text).map((found) => found.value.name)).toEqual(['Государственной полицией'])
    expect(partnersInProse('Центр работает в тесном сотрудничестве с Рижской социальной службой и обществом «Шанс».').map((found) => found.value.name)).toEqual([
      'Рижской социальной службой',
      'обществом «Шанс»',
    ])
  })

  it('reads "В проекте участвуют (также) A и B", not a count of people', () => {
    expect(partnersInProse('В проекте участвуют также Йыхвиская волостная управа и НКО «Ночной приют».').map((found) => found.value.name)).toEqual([
      'Йыхвиская волостная управа',
      'НКО «Ночной приют»',
    ])
    expect(partnersInProse('В проекте участвуют 300 подростков и их родители.')).toEqual([])
  })

  it('reads no doer after a verb whose object is lower-case', () => {
    expect(promoterInProse('Проект реализует программу профилактики в школах.')).toBeNull()
  })

  it('reads "Партнёры проекта – A и общественная организация «B», …": the description after the comma is no name', () => {
    const text = 'Партнёры проекта – Клайпедский городской комиссариат полиции и общественная организация «Мы вместе», объединяющая бывших потребителей наркотиков.'
    expect(partnersInProse(text).map((found) => found.value.name)).toEqual(['Клайпедский городской комиссариат полиции', 'Мы вместе'])
  })

  it('reads "Проект осуществляет X совместно с A и B": the object first, X the promoter', () => {
    const text = 'Проект осуществляет Вильнюсский городской центр психического здоровья совместно с Вильнюсским окружным комиссариатом полиции и общественной организацией «Jaunimo linija». Проект стартовал 1 апреля 2016 года.'
    expect(promoterInProse(text)?.value).toBe('Вильнюсский городской центр психического здоровья')
    expect(partnersInProse(text).map((found) => found.value.name)).toEqual(['Вильнюсским окружным комиссариатом полиции', 'Jaunimo linija'])
    expect(promoterInProse('Проект реализует общество «Латгальский центр поддержки семьи». Текст.')?.value).toBe('общество «Латгальский центр поддержки семьи»')
    // A lower-case word after the verb is no doer.
    expect(promoterInProse('Проект реализует программу обмена.')).toBeNull()
  })

  it('reads "Проект осуществлялся совместно с A и B" and "Партнёры проекта – A, B и C"', () => {
    expect(partnersInProse('Проект осуществлялся совместно с Висагинским центром первичной медицинской помощи и Висагинским отделом полиции.').map((found) => found.value.name)).toEqual([
      'Висагинским центром первичной медицинской помощи',
      'Висагинским отделом полиции',
    ])
    expect(partnersInProse('Текст. Партнёры проекта – Лудзенский участок Государственной полиции, Лудзенская средняя школа № 1 и Карсавская основная школа.').map((found) => found.value.name)).toEqual([
      'Лудзенский участок Государственной полиции',
      'Лудзенская средняя школа № 1',
      'Карсавская основная школа',
    ])
  })

  it('reads the bulleted list under "Партнёры проекта:" standing after a sentence', () => {
    const text = 'Проект осуществляла префектура. Партнёры проекта:\n     * Йыхвиская волостная управа;\n     * НКО «Ида-Вируский молодёжный центр».\n\n   Общая стоимость'
    expect(partnersInProse(text).map((found) => found.value.name)).toEqual(['Йыхвиская волостная управа', 'НКО «Ида-Вируский молодёжный центр»'])
  })

  it('reads a promoter a text browser wrapped after a joining word', () => {
    const text = 'Проект осуществляла Ида-Вируская префектура Департамента полиции и\n   погранохраны. Партнёры проекта:'
    expect(promoterInProse(text)?.value).toBe('Ида-Вируская префектура Департамента полиции и погранохраны')
    expect(promoterInProse('Проект осуществляла Ида-Вируская префектура.\nДругое')?.value).toBe('Ида-Вируская префектура')
  })

  it('takes the country from "(own-language name, Норвегия)" and keeps the name before the bracket', () => {
    expect(partnerOf('Норвежский полицейский директорат (Politidirektoratet, Норвегия)')).toEqual({ name: 'Норвежский полицейский директорат', country: 'NO' })
    expect(partnerOf('MTÜ Narva Noortekeskus (Эстония)')).toEqual({ name: 'MTÜ Narva Noortekeskus', country: 'EE' })
  })
})

describe('partnersInProse, support other than money', () => {
  it('reads "with methodological support from X" as a partner, its kind and place before the name left out', () => {
    const text = 'The project was carried out in partnership with the Narva Youth Centre, with methodological support from the Stockholm street work team Fältgruppen Södermalm (Sweden). Two street workers met young people.'
    expect(partnersInProse(text).map((found) => [found.value.name, found.value.country])).toContainEqual(['Fältgruppen Södermalm', 'SE'])
    expect(partnersInProse('Trainers came with expert support from the Oslo Crisis Centre.').map((found) => found.value.name)).toEqual(['Oslo Crisis Centre'])
  })

  it('reads no partner in financial support, and keeps a unit named in capitals whole', () => {
    expect(partnersInProse('The work was done with financial support from the Embassy of Sweden.')).toEqual([])
    expect(partnerOf('the youth work unit Streetlife')).toEqual({ name: 'Streetlife', country: null })
    expect(partnerOf('Field Social Work Unit of the City of Stockholm')?.name).toBe('Field Social Work Unit of the City of Stockholm')
  })
})

describe('placeColumnAfterName, a programme card\'s column of where a body is', () => {
  it('leaves the town and country out of the name and gives the country', () => {
    expect(placeColumnAfterName('Asociacija "Jaunimo iniciatyvos"  Šiauliai, Lithuania')).toEqual({ name: 'Asociacija "Jaunimo iniciatyvos"', country: 'LT' })
    expect(placeColumnAfterName('Biedrība "Jauniešu centrs Kopā"  Latvia')).toEqual({ name: 'Biedrība "Jauniešu centrs Kopā"', country: 'LV' })
    expect(partnerOf('MTÜ Noorte Tugi  Tartu, Estonia')).toEqual({ name: 'MTÜ Noorte Tugi', country: 'EE' })
    expect(placeColumnAfterName('Fundacja Pozytywne Zmiany\tBiałystok\tPoland')).toEqual({ name: 'Fundacja Pozytywne Zmiany', country: 'PL' })
  })
  it('keeps a name whose last column is no place', () => {
    expect(placeColumnAfterName('Tartu Youth Work Centre')).toBeNull()
    expect(placeColumnAfterName('Centre  for Youth Initiatives')).toBeNull()
  })
})

describe("splitParties and partnerOf, a service club's district", () => {
  it('keeps the numbered district with the club and leaves it out of the name', () => {
    expect(splitParties('Rotary Club of Bergen Nord, District 2250', true).map((piece) => piece.text)).toEqual(['Rotary Club of Bergen Nord, District 2250'])
    expect(partnerOf('Rotary Club of Bergen Nord, District 2250')).toEqual({ name: 'Rotary Club of Bergen Nord', country: 'NO' })
  })
})

describe('Baltic partners and promoters in a sentence (round 17)', () => {
  it('reads the Estonian "partneritena osalevad A ja B" and the Lithuanian "projekto partneriai – A ir B"', () => {
    expect(names('Projekti elluviija on MTÜ Noorte Tugi, partneritena osalevad Võru politseijaoskond ja Võru Linnavalitsus. Projekt kestab aasta.').map(([name]) => name)).toEqual([
      'Võru politseijaoskond',
      'Võru Linnavalitsus',
    ])
    expect(names('Projektą įgyvendins Alytaus mokykla, projekto partneriai – Alytaus rajono pedagoginė psichologinė tarnyba ir Alytaus policijos komisariatas. Projekte dalyvaus 80 mokinių.').map(([name]) => name)).toEqual([
      'Alytaus rajono pedagoginė psichologinė tarnyba',
      'Alytaus policijos komisariatas',
    ])
  })

  it('reads the promoter from "Projekti elluviija on X", "Projekta īstenotājs ir X" and "Projekto vykdytojas yra X"', () => {
    expect(promoterInProse('Projekti elluviija on MTÜ Tartu Noorte Tugi, partneritena osaleb Tartu linn.')?.value).toBe('MTÜ Tartu Noorte Tugi')
    expect(promoterInProse('Projekti elluviijaks on SA Pärnu Noorte Kodu ja partneriks Pärnu linn.')?.value).toBe('SA Pärnu Noorte Kodu')
    expect(promoterInProse('Projekta īstenotājs ir biedrība „Drošā vide”. Projekts ilgst gadu.')?.value).toBe('biedrība „Drošā vide”')
    expect(promoterInProse('Projekto vykdytojas yra VšĮ Jaunimo centras, partneris – policija.')?.value).toBe('VšĮ Jaunimo centras')
  })
})

describe('Russian partners and promoters (round 18)', () => {
  const names = (text: string) => partnersInProse(text).map((found) => found.value.name)

  it('reads partners after "вместе с партнёрами –"', () => {
    expect(names('Проект будет выполняться вместе с партнёрами – Юрмальской муниципальной полицией и Юрмальской социальной службой.')).toEqual([
      'Юрмальской муниципальной полицией',
      'Юрмальской социальной службой',
    ])
  })

  it('reads a partner\'s name on over a long line\'s break when the next line goes on in lower case', () => {
    const wrapped = '– Проект мы ведём в партнёрстве с Норвежской службой исполнения наказаний и Каунасским\nцентром зависимостей. Норвежцы обучают наш персонал.'
    expect(names(wrapped)).toEqual(['Норвежской службой исполнения наказаний', 'Каунасским центром зависимостей'])
    // A short line's break still ends the clause.
    expect(names('В партнёрстве с Рижской думой и Каунасским\nцентр открыт.')).toEqual(['Рижской думой', 'Каунасским'])
  })

  it('reads the doer of "проекта «…», который X реализует" and the genitive owner "проекта «…» общества «X»"', () => {
    expect(promoterInProse('Это часть проекта «Чистый старт», который Департамент тюрем при Министерстве юстиции Литвы реализует на средства Норвегии.')?.value).toBe('Департамент тюрем при Министерстве юстиции Литвы')
    expect(promoterInProse('О софинансировании проекта «Безопасный берег» общества «Юрмальский центр поддержки молодёжи»\n\nТекст.')?.value).toBe('общество «Юрмальский центр поддержки молодёжи»')
    expect(promoterInProse('Проект «X» программы «Y» начался.')).toBeNull()
  })
})

describe('partnersInProse, a post that thanks its partners (round 18)', () => {
  it('reads the names right after "our partners", not "our partners in Norway"', () => {
    const names = (text: string) => partnersInProse(text).map((found) => found.value.name)
    expect(names('Huge thanks to our partners the Ventspils Addiction Prevention Centre and the association "Jaunatne Kurzemei", and to every volunteer who helped.')).toEqual(['Ventspils Addiction Prevention Centre', 'Jaunatne Kurzemei'])
    expect(names('Thanks to our partners Riga City Council and Centrs Dardedze.')).toEqual(['Riga City Council', 'Centrs Dardedze'])
    expect(names('We thank our partners in Norway for the visit.')).toEqual([])
  })
})
