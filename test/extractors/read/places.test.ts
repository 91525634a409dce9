import { describe, expect, it } from 'vitest'
import { knownPlacesCarriedOutIn, placeOpeningHeadline, placeParts, placesCarriedOutIn, placesInEnglishList, placesInLatvianList, placesOfActivities, placesOfSites } from '../../../src/extractors/read/places.js'

describe('placeParts', () => {
  it('cuts a list of places at commas, semicolons and a conjunction before a capital', () => {
    expect(placeParts('Tallinn and Harju County', 10)).toEqual([
      { text: 'Tallinn', offset: 10 },
      { text: 'Harju County', offset: 22 },
    ])
    expect(placeParts('Liepāja, Ventspils and Kuldīga; Talsi').map((part) => part.text)).toEqual(['Liepāja', 'Ventspils', 'Kuldīga', 'Talsi'])
    expect(placeParts('Rīga un Pierīga').map((part) => part.text)).toEqual(['Rīga', 'Pierīga'])
    expect(placeParts('г. Резекне и Резекненский край').map((part) => part.text)).toEqual(['г. Резекне', 'Резекненский край'])
    // "and" before a lower-case word is inside the place's description.
    expect(placeParts('Vilnius and surroundings').map((part) => part.text)).toEqual(['Vilnius and surroundings'])
  })
})

describe('placesCarriedOutIn', () => {
  const places = (text: string): string[] => placesCarriedOutIn(text).map((found) => found.value)

  it('reads the places a sentence says the project was carried out in', () => {
    const text = 'Pupils were trained. The project was carried out in Vilnius, Kaunas and Klaipėda. Volunteers …'
    expect(placesCarriedOutIn(text, 5)).toEqual([
      { value: 'Vilnius', offset: 5 + text.indexOf('Vilnius'), length: 7 },
      { value: 'Kaunas', offset: 5 + text.indexOf('Kaunas'), length: 6 },
      { value: 'Klaipėda', offset: 5 + text.indexOf('Klaipėda'), length: 8 },
    ])
    expect(places('Activities took place in Narva and Ida-Viru county.')).toEqual(['Narva', 'Ida-Viru county'])
  })

  it('stops where the list names no place', () => {
    expect(places('The project was implemented in cooperation with the State Police.')).toEqual([])
    expect(places('The project was carried out in 2009.')).toEqual([])
    // "Riga and its suburbs" is no list of names: nothing is read rather than a guess.
    expect(places('The project was carried out in Riga and its suburbs.')).toEqual([])
    // One event is not where the project is.
    expect(places('A study visit was organised in Oslo.')).toEqual([])
    // A school or a prison bears a town's name but is a body, not a place.
    expect(places('Lessons were carried out in Tartu Art School and Tartu Healthcare College.')).toEqual([])
    expect(places('The project was carried out in Narva and Jelgava Prison.')).toEqual(['Narva'])
    expect(places('The project was carried out in Ogre Municipality.')).toEqual(['Ogre Municipality'])
  })
})

describe('placesOfActivities', () => {
  const places = (text: string): string[] => placesOfActivities(text).map((found) => found.value)

  it('reads a list of two known places or more where activities were held', () => {
    expect(places('Seminars were held in Panevėžys, Biržai and Rokiškis.')).toEqual(['Panevėžys', 'Biržai', 'Rokiškis'])
  })

  it('ends the list where a clause of its own goes on after a comma', () => {
    expect(places('The counselling sessions were held in Jõhvi and Tartu, and two trainings took place in Tallinn.')).toEqual(['Jõhvi', 'Tartu'])
    expect(places('Lessons were held in Narva and Sillamäe, where the schools joined.')).toEqual(['Narva', 'Sillamäe'])
    expect(places('Seminars were held in Tartu, Narva, and Pärnu.')).toEqual(['Tartu', 'Narva', 'Pärnu'])
  })

  it('reads nothing when a part is no known place', () => {
    expect(places('Seminars were held in Tartu and its surroundings.')).toEqual([])
  })
})

describe('placesInLatvianList', () => {
  const names = (text: string): string[] => placesInLatvianList(text).map((place) => place.value)

  it('reads a list whose print lines were joined, their margin kept as no-break spaces before the name that opens the joiner', () => {
    expect(names('Projekts tika īstenots Daugavpilī, \u00a0\u00a0Rēzeknē un Krāslavā. Partneri – A dome un Norvēģijas B.')).toEqual(['Daugavpilī', 'Rēzeknē', 'Krāslavā'])
  })

  it('reads two or more places in the locative, or in the genitive before a locative noun', () => {
    expect(names('Nodarbības notiks Rīgā, Jelgavā un Rēzeknē.')).toEqual(['Rīgā', 'Jelgavā', 'Rēzeknē'])
    expect(names('Pasākumi notiks Kuldīgas, Saldus un Talsu novados.')).toEqual(['Kuldīgas', 'Saldus', 'Talsu'])
    // The list may open after a bracket or a quote mark.
    expect(names('Semināri (Rīgā un Jelgavā) notiks rudenī.')).toEqual(['Rīgā', 'Jelgavā'])
    // Places in the locative followed by the sentence's verb; a genitive list whose locative noun has a word after it.
    expect(names('Policija Rīgā, Jelgavā un Rēzeknē iekārtos bērniem draudzīgas telpas.')).toEqual(['Rīgā', 'Jelgavā', 'Rēzeknē'])
    expect(names('Kuldīgas, Tukuma un Madonas novados izveidotas grupas.')).toEqual(['Kuldīgas', 'Tukuma', 'Madonas'])
    // A text browser's wrap between the last place and its noun.
    expect(names('Kuldīgas, Tukuma un Madonas\n   novados izveidotas grupas.')).toEqual(['Kuldīgas', 'Tukuma', 'Madonas'])
  })

  it('reads no genitive list without a locative noun after it', () => {
    expect(names('Rīgas, Liepājas un Daugavpils pašvaldības darbinieki piedalījās.')).toEqual([])
  })

  it('reads nothing where no " un " stands between capitalised words', () => {
    expect(names('Projekts tiek īstenots Rīgā un tā apkaimē.')).toEqual([])
    expect(names('Policija un pašvaldība sadarbojas.')).toEqual([])
    expect(names('Rīgā, Jelgavā, Rēzeknē')).toEqual([])
  })
})

describe('placeOpeningHeadline', () => {
  it.each([
    ['Alytuje pradėtas jaunimo nusikalstamumo prevencijos projektas', 'Alytuje'],
    ['Panevėžio rajone pradėtas įgyvendinti projektas „A“', 'Panevėžio rajone'],
    ['Jelgavā noslēdzies projekts „Drošs pagalms”', 'Jelgavā'],
    ['Tartus algab koolinoorte alkoholiennetuse projekt', 'Tartus'],
  ])('takes the locative place opening %j', (headline, place) => {
    expect(placeOpeningHeadline(headline)?.value).toBe(place)
  })

  it.each(['Kauno policija pradeda smurto prevencijos projektą', 'Jelgavas novada pašvaldība īsteno projektu „A”', 'Projektas „A“ pradėtas Alytuje'])('takes no place from %j', (headline) => {
    expect(placeOpeningHeadline(headline)).toBeNull()
  })
})

describe('placesInEnglishList', () => {
  const names = (text: string): string[] => placesInEnglishList(text).map((place) => place.value)

  it('reads two or more places after "in"', () => {
    expect(names('The project will test a model in Jelgava, Rēzekne and Liepāja, where groups are set up.')).toEqual(['Jelgava', 'Rēzekne', 'Liepāja'])
    expect(names('Project trainings take place in Tartu and Pärnu.')).toEqual(['Tartu', 'Pärnu'])
  })

  it('reads nothing but places the gazetteer knows, after "in"', () => {
    expect(names('Partners in Police and Probation work together.')).toEqual([])
    expect(names('Jelgava, Rēzekne and Liepāja')).toEqual([])
    // A sentence that is not about the project says where other things are.
    expect(names('The project starts today. Estonia runs child houses in Tallinn, Tartu and Pärnu.')).toEqual([])
  })

  it('reads a sentence of any subject when told to (a list that names the title\'s place again)', () => {
    const text = 'The crisis centre will train police officers in Šiauliai, Joniškis, Kelmė and Radviliškis districts.'
    expect(names(text)).toEqual([])
    expect(placesInEnglishList(text, 0, true).map((place) => place.value)).toEqual(['Šiauliai', 'Joniškis', 'Kelmė', 'Radviliškis'])
  })
})

describe('knownPlacesCarriedOutIn', () => {
  const names = (text: string): string[] => knownPlacesCarriedOutIn(text).map((place) => place.value)

  it('reads two or more known places after "was implemented in"', () => {
    expect(names('The programme was implemented in Tallinn, Narva, Kohtla-Järve and Jõhvi, and')).toEqual(['Tallinn', 'Narva', 'Kohtla-Järve', 'Jõhvi'])
  })

  it('reads no lone venue and no body named after a place', () => {
    expect(names('The exchange took place in Druskininkai, Lithuania from 10 to 19 July 2016.')).toEqual([])
    expect(names('Lessons were carried out in Tartu Art School and Narva.')).toEqual([])
  })
})

describe('placesInLatvianList, a Lithuanian list', () => {
  it('reads places in the genitive joined by "ir" before a locative noun', () => {
    expect(placesInLatvianList('Programa bus diegiama Vilniaus, Kauno, Klaipėdos, Šiaulių ir Panevėžio miestų savivaldybėse.').map((place) => place.value)).toEqual([
      'Vilniaus',
      'Kauno',
      'Klaipėdos',
      'Šiaulių',
      'Panevėžio',
    ])
  })

  it('reads no genitive list without a locative noun after it', () => {
    expect(placesInLatvianList('Vilniaus ir Kauno savivaldybių atstovai susitiko.')).toEqual([])
  })
})

describe('placesInLatvianList, an Estonian list', () => {
  it('reads places joined by "ja" before a noun in the inessive', () => {
    expect(placesInLatvianList('Projekt viiakse ellu Ida-Virumaa ja Lääne-Virumaa koolides.').map((place) => place.value)).toEqual(['Ida-Virumaa', 'Lääne-Virumaa'])
    expect(placesInLatvianList('Tallinna ja Tartu linnavalitsus toetab projekti.')).toEqual([])
  })
})

describe('placesOfSites', () => {
  const names = (text: string): string[] => placesOfSites(text).map((place) => place.value)

  it('reads the places that sites in the locative are named after', () => {
    expect(
      names('Projekto veiklos vyks Pravieniškių pataisos namuose-atvirojoje kolonijoje, Marijampolės pataisos namuose, Alytaus pataisos namuose ir Šiaulių tardymo izolatoriuje.'),
    ).toEqual(['Pravieniškių', 'Marijampolės', 'Alytaus', 'Šiaulių'])
    expect(names('Nodarbības notiks Jelgavas cietumā un Daugavpils cietumā.')).toEqual(['Jelgavas', 'Daugavpils'])
  })

  it('takes the place a site closes with over a name that opens it', () => {
    expect(names('Osakonnad avati Tartu Vanglas ja Viru Vanglas Jõhvis.')).toEqual(['Tartu', 'Jõhvis'])
    // The list closes a clause after the lead's own words and commas.
    expect(names('Ministeerium viib ellu projekti „Rehabilitatsioon vanglas“, mille raames avati osakonnad Tartu Vanglas ja Viru Vanglas Jõhvis.')).toEqual(['Tartu', 'Jõhvis'])
  })

  it('reads schools named after their towns, in any case', () => {
    expect(names('Esimesel aastal osalevad Jõhvi Gümnaasium, Narva Pähklimäe Gümnaasium ja Rakvere Reaalgümnaasium, teisel aastal veel kaheksa kooli.')).toEqual([
      'Jõhvi',
      'Narva',
      'Rakvere',
    ])
  })

  it('reads no lone site, and no list whose parts are not sites in the locative', () => {
    expect(names('Mokymai vyks Alytaus pataisos namuose.')).toEqual([])
    expect(names('Projektą vykdo Kauno miesto savivaldybė ir Vilniaus universitetas.')).toEqual([])
    expect(names('Tallinna Linnavalitsus ja Tartu Ülikool korraldavad koolitusi.')).toEqual([])
  })
})

describe('places on Russian pages', () => {
  it('reads a list in the prepositional after "в", not the same case without it', () => {
    expect(placesInLatvianList('будут открыты программы в Риге, Даугавпилсе, Лиепае и Валмиере.').map((place) => place.value)).toEqual(['Риге', 'Даугавпилсе', 'Лиепае', 'Валмиере'])
    expect(placesInLatvianList('Работа будет вестись в Клайпеде и Кретинге.').map((place) => place.value)).toEqual(['Клайпеде', 'Кретинге'])
    expect(placesInLatvianList('Клайпеде и Кретинге выделены средства.')).toEqual([])
  })

  it('reads names that do not decline after "в", and a list a text browser wrapped after "и"', () => {
    expect(placesInLatvianList('Проект будет реализован в Нарве, Кохтла-Ярве и Силламяэ.').map((place) => place.value)).toEqual(['Нарве', 'Кохтла-Ярве', 'Силламяэ'])
    expect(placesInLatvianList('оборудованы помещения в Риге, Даугавпилсе и\n   Резекне, а также').map((place) => place.value)).toEqual(['Риге', 'Даугавпилсе', 'Резекне'])
    expect(placesInLatvianList('поездка в Ригу и Таллин')).toEqual([])
  })

  it('reads the place a headline opens with after "В"', () => {
    expect(placeOpeningHeadline('В Висагинасе прошёл молодёжный обмен')?.value).toBe('Висагинасе')
    expect(placeOpeningHeadline('Висагинас получил грант')).toBeNull()
  })
})

describe('placesInEnglishList, a list after "of"', () => {
  const names = (text: string, anySentence: boolean): string[] => placesInEnglishList(text, 0, anySentence).map((place) => place.value)

  it('reads "the parks of Narva and Narva-Jõesuu" only when widening the title\'s places', () => {
    const text = 'Two street workers met young people in the courtyards and parks of Narva and Narva-Jõesuu in the evenings.'
    expect(names(text, true)).toEqual(['Narva', 'Narva-Jõesuu'])
    expect(names(text, false)).toEqual([])
  })

  it('prefers a list after "in" on the same line', () => {
    expect(names('The mayors of Tartu and Valga met; the project ran in Jõhvi and Narva.', true)).toEqual(['Jõhvi', 'Narva'])
  })
})
