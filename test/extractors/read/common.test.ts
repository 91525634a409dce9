import { describe, expect, it } from 'vitest'
import { addFunders, addListEntry, addObjectiveInProse, addPartnerEntry, addPartnersInProse, addPlacesListedInProse, bracketedList, widenTitlePlaces } from '../../../src/extractors/read/common.js'
import { Draft } from '../../../src/extractors/draft.js'

describe('bracketedList', () => {
  const texts = (lines: string[]): string[] | undefined => {
    let offset = 0
    const placed = lines.map((text) => {
      const line = { text, offset }
      offset += text.length + 1
      return line
    })
    return bracketedList(placed)?.map((piece) => piece.text)
  }

  it('parts names at the comma after each bracketed country, across a line break', () => {
    expect(texts(['Liepāja City Municipal Police (LV), Turku Youth Services (FI), Region', 'Gotland (SE)'])).toEqual([
      'Liepāja City Municipal Police (LV)',
      'Turku Youth Services (FI)',
      'Region Gotland (SE)',
    ])
  })

  it('keeps a comma inside a name', () => {
    expect(texts(['Valka Municipality (Latvia), State Police of Latvia, Vidzeme Regional Administration (Latvia)'])).toEqual([
      'Valka Municipality (Latvia)',
      'State Police of Latvia, Vidzeme Regional Administration (Latvia)',
    ])
  })

  it('parts a home partner named without a country at the comma after its quoted name', () => {
    expect(texts(['Jelgavas Bērnu un jauniešu centrs „Junda”, Kauno miesto savivaldybės administracija (Lietuva), MTÜ Tartu Noorte Tugikeskus (Igaunija)'])).toEqual([
      'Jelgavas Bērnu un jauniešu centrs „Junda”',
      'Kauno miesto savivaldybės administracija (Lietuva)',
      'MTÜ Tartu Noorte Tugikeskus (Igaunija)',
    ])
    expect(texts(['VšĮ „Vilties žiedas“, Rīgas dome (Latvija), Tartu linn (Estija)'])).toEqual(['VšĮ „Vilties žiedas“', 'Rīgas dome (Latvija)', 'Tartu linn (Estija)'])
    // A quote closing at a line's end, with no comma after it, does not end the name.
    expect(texts(['Biedrība „Centrs”', 'Rīga (LV), Tallinn City (EE)'])).toEqual(['Biedrība „Centrs” Rīga (LV)', 'Tallinn City (EE)'])
  })

  it('reads no such list where a name ends without a bracket or semicolons part the names', () => {
    expect(texts(['Riga City (LV), Tallinn City'])).toBeUndefined()
    expect(texts(['A (LV); B (EE), C (FI)'])).toBeUndefined()
    expect(texts(['Riga City Council (LV)', 'Tallinn City (EE)'])).toBeUndefined()
  })
})

describe('addPartnerEntry with role rows', () => {
  const rows = (texts: string[]): Draft => {
    let offset = 0
    const lines = texts.map((text) => {
      const line = { index: 0, offset, text }
      offset += text.length + 1
      return line
    })
    const draft = new Draft()
    addPartnerEntry(draft, { key: 'partners', label: 'Partners', lines } as never)
    return draft
  }

  it('reads a role, a name and a country in columns: the lead is the promoter', () => {
    const draft = rows(['Lead partner        Estonian Academy of Security Sciences       Estonia', 'Partner             Stockholm University, Department of Criminology   Sweden'])
    expect(draft.fields.promoter).toBe('Estonian Academy of Security Sciences')
    expect(draft.fields.partners).toEqual([{ name: 'Stockholm University, Department of Criminology', country: 'SE' }])
  })

  it('reads plain lines as names', () => {
    expect(rows(['Partner of the year award', 'Tallinn City']).fields.partners.map((partner) => partner.name)).not.toContain('Estonian')
    expect(rows(['Zarasai Youth Centre (Lithuania)']).fields.partners).toEqual([{ name: 'Zarasai Youth Centre', country: 'LT' }])
  })

  it('goes on with a name a column broke after one word, past the semicolon before it', () => {
    const names = rows(['Vilnius Centre for Addictive Disorders; Kaunas', 'Centre for Addictive Disorders']).fields.partners.map((partner) => partner.name)
    expect(names).toEqual(['Vilnius Centre for Addictive Disorders', 'Kaunas Centre for Addictive Disorders'])
    expect(rows(['Tartu Prison;', 'Viru Prison']).fields.partners.map((partner) => partner.name)).toEqual(['Tartu Prison', 'Viru Prison'])
  })
})

describe('addPlacesListedInProse', () => {
  const places = (...texts: string[]): string[] => {
    const draft = new Draft()
    addPlacesListedInProse(draft, texts.map((text, index) => ({ index, offset: 0, text })))
    return draft.fields.locations
  }

  it('takes the first line that lists places, a Latvian locative list or activities held in known towns', () => {
    expect(places('Teksts bez vietām.', 'Projekta aktivitātes notiek Rīgā, Daugavpilī un Valmierā.')).toEqual(['Rīgā', 'Daugavpilī', 'Valmierā'])
    expect(places('Group sessions were held in Riga, Liepāja, Daugavpils and Valmiera.')).toEqual(['Riga', 'Liepāja', 'Daugavpils', 'Valmiera'])
    expect(places('A study visit was organised in Oslo.')).toEqual([])
  })
})

describe('addPartnersInProse', () => {
  it('adds no partner the page named already, in another grammatical case', () => {
    const draft = new Draft()
    draft.add('partners', { name: 'Norvegijos korekcinių tarnybų direktoratas (Kriminalomsorgsdirektoratet)', country: 'NO' }, { offset: 0, length: 1 })
    addPartnersInProse(draft, 'Projektas įgyvendinamas kartu su Norvegijos korekcinių tarnybų direktoratu ir Lietuvos probacijos tarnyba.')
    expect(draft.fields.partners.map((partner) => partner.name)).toEqual(['Norvegijos korekcinių tarnybų direktoratas (Kriminalomsorgsdirektoratet)', 'Lietuvos probacijos tarnyba'])
  })
})

describe('addPartnerEntry', () => {
  it('mends a name a PDF hyphenated at its column\'s edge', () => {
    const draft = new Draft()
    addPartnerEntry(draft, { key: 'partners', label: 'Projekta partneri', lines: [{ text: 'Biedrība „Liepājas Krīzes centrs”; Liepājas pil- sētas Pašvaldības policija', offset: 0 }] } as never)
    expect(draft.fields.partners.map((partner) => partner.name)).toEqual(['Biedrība „Liepājas Krīzes centrs”', 'Liepājas pilsētas Pašvaldības policija'])
  })
})

describe('addFunders', () => {
  const funders = (text: string): string[] => {
    const draft = new Draft()
    addFunders(draft, text)
    return draft.fields.funders
  }

  it('takes no funder from the disclaimer an EU-funded publication carries', () => {
    expect(funders('Projekts tiek īstenots ar Erasmus+ programmas atbalstu. Šī publikācija atspoguļo tikai autora uzskatus, un Eiropas Komisija nevar tikt saukta pie atbildības par tajā ietvertās informācijas izmantošanu.')).toEqual(['Erasmus+'])
    expect(funders('Erasmus+. This publication reflects the views only of the author, and the European Commission cannot be held responsible for any use of it.')).toEqual(['Erasmus+'])
    expect(funders('Europos Komisija negali būti laikoma atsakinga už joje pateikiamą informaciją.')).toEqual([])
  })

  it('keeps the Commission that funds the project', () => {
    expect(funders('This project has been funded with support from the European Commission. The Commission cannot be held responsible for any use of it.')).toEqual(['European Union'])
    expect(funders('Eiropas Komisija piešķīra finansējumu. Atbildību par saturu uzņemas autors.')).toEqual(['European Union'])
  })
})

describe('addPartnerEntry, one line', () => {
  const partnersOf = (text: string): Draft => {
    const draft = new Draft()
    addPartnerEntry(draft, { key: 'partners', label: 'Nordic partner:', lines: [{ text, offset: 0 }] } as never)
    return draft
  }

  it('reads "Name, Country" as one partner of that country', () => {
    expect(partnersOf('Kvinnoforum, Sweden').fields.partners).toEqual([{ name: 'Kvinnoforum', country: 'SE' }])
  })

  it('still parts a list of names at its commas', () => {
    expect(partnersOf('Tallinn University, Kvinnoforum').fields.partners.map((partner) => partner.name)).toEqual(['Tallinn University', 'Kvinnoforum'])
  })
})

describe('addListEntry', () => {
  it('joins an item wrapped onto unmarked lines, mending a word a print broke and keeping a hyphen the text has', () => {
    const draft = new Draft()
    const lines = [
      { text: 'training of prison staff in the treat-', offset: 0, item: true as const },
      { text: 'ment of addiction;', offset: 40 },
      { text: 'surveys of the inmates, pre-', offset: 60, item: true as const },
      { text: 'and post-test;', offset: 90 },
      { text: 'opening two low-', offset: 110, item: true as const },
      { text: 'threshold centres.', offset: 130 },
    ]
    addListEntry(draft, 'objectives', { key: 'objective', label: 'Objectives', lines, lineIndex: 0, labelOffset: 0 })
    expect(draft.fields.objectives).toEqual(['training of prison staff in the treatment of addiction', 'surveys of the inmates, pre- and post-test', 'opening two low-threshold centres'])
  })
})

describe('widenTitlePlaces, a title that names an area', () => {
  const widened = (title: string, ...texts: string[]): string[] => {
    const draft = new Draft()
    draft.add('locations', title, null)
    widenTitlePlaces(draft, texts.map((text, index) => ({ index, offset: 0, text })))
    return draft.fields.locations
  }

  it('adds the towns of the area\'s country a sentence about the project lists ("в Ида-Вирумаа" and "в Нарве, Кохтла-Ярве и Силламяэ")', () => {
    expect(widened('Ида-Вирумаа', 'Проект будет реализован с 1 апреля 2008 года по 30 апреля 2010 года в Нарве, Кохтла-Ярве и Силламяэ.')).toEqual([
      'Ида-Вирумаа',
      'Нарве',
      'Кохтла-Ярве',
      'Силламяэ',
    ])
  })

  it('adds no towns a sentence names for something else, nor towns of another country', () => {
    expect(widened('Ida-Viru County', 'Until 2009 women in Narva and Jõhvi had to travel to Tallinn or Tartu to find a shelter.')).toEqual(['Ida-Viru County'])
    expect(widened('Latgale', 'Projekta aktivitātes notiks Utenā un Zarasos.')).toEqual(['Latgale'])
  })
})

describe('addObjectiveInProse', () => {
  const objectives = (text: string): string[] => {
    const draft = new Draft()
    addObjectiveInProse(draft, text)
    return draft.fields.objectives
  }
  it('reads the objective a sentence states with the aim as its subject, in the Baltic languages and English', () => {
    expect(objectives('Jaunieši tiksies ar policistiem. Projekta mērķis ir mazināt likumpārkāpumus līdz 2014. gada beigām. Tas ilgs gadu.')).toEqual(['mazināt likumpārkāpumus līdz 2014. gada beigām'])
    expect(objectives('Projekti eesmärk on vähendada noorte õigusrikkumisi Tartus.')).toEqual(['vähendada noorte õigusrikkumisi Tartus'])
    expect(objectives('Projekto tikslas yra sumažinti nusikalstamumą Alytuje.')).toEqual(['sumažinti nusikalstamumą Alytuje'])
    expect(objectives('The aim of the project is to reduce reoffending among young people.')).toEqual(['reduce reoffending among young people'])
  })
  it('reads no aim of something else, and none when one is labelled', () => {
    expect(objectives('Semināra mērķis ir iepazīstināt ar metodēm.')).toEqual([])
    const draft = new Draft()
    draft.add('objectives', 'labelled', null)
    addObjectiveInProse(draft, 'Projekta mērķis ir mazināt likumpārkāpumus.')
    expect(draft.fields.objectives).toEqual(['labelled'])
  })
})
