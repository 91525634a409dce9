import { describe, expect, it } from 'vitest'
import { placeOpeningHeadline, placeParts, placesCarriedOutIn, placesInEnglishList, placesInLatvianList } from '../../../src/extractors/read/places.js'

describe('placeParts', () => {
  it('cuts a list of places at commas, semicolons and a conjunction before a capital', () => {
    expect(placeParts('Tallinn and Harju County', 10)).toEqual([
      { text: 'Tallinn', offset: 10 },
      { text: 'Harju County', offset: 22 },
    ])
    expect(placeParts('Liepāja, Ventspils and Kuldīga; Talsi').map((part) => part.text)).toEqual(['Liepāja', 'Ventspils', 'Kuldīga', 'Talsi'])
    expect(placeParts('Rīga un Pierīga').map((part) => part.text)).toEqual(['Rīga', 'Pierīga'])
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

describe('placesInLatvianList', () => {
  const names = (text: string): string[] => placesInLatvianList(text).map((place) => place.value)

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

describe('places on Russian pages', () => {
  it('reads a list in the prepositional after "в", not the same case without it', () => {
    expect(placesInLatvianList('будут открыты программы в Риге, Даугавпилсе, Лиепае и Валмиере.').map((place) => place.value)).toEqual(['Риге', 'Даугавпилсе', 'Лиепае', 'Валмиере'])
    expect(placesInLatvianList('Работа будет вестись в Клайпеде и Кретинге.').map((place) => place.value)).toEqual(['Клайпеде', 'Кретинге'])
    expect(placesInLatvianList('Клайпеде и Кретинге выделены средства.')).toEqual([])
  })

  it('reads the place a headline opens with after "В"', () => {
    expect(placeOpeningHeadline('В Висагинасе прошёл молодёжный обмен')?.value).toBe('Висагинасе')
    expect(placeOpeningHeadline('Висагинас получил грант')).toBeNull()
  })
})
