import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { addStatusOfTrail, endsTrailAbove, isBanner, isBreadcrumb, isCookieNotice, isLogoRow, isMenuLine, isPostDateLine, isReaderAddress, postDateLineUnder, isReportCover, isRunningHead, isSalutation, isStructuralFundsSiteName, isTeaserList, isUnderProjects, minutesHeadingEnd, pastReadingTime, readArchivedAddress, readChrome, readPublishedDate, RELATED_NEWS, withoutClockTime, withoutDocumentNumber } from '../../../src/extractors/read/page-top.js'
import { Draft } from '../../../src/extractors/draft.js'
import { firstContentLine } from '../../../src/extractors/read/text.js'

describe('isBreadcrumb', () => {
  it('takes short steps between arrows, or a trail from the home page', () => {
    expect(isBreadcrumb('Sākums  >  Aktualitātes  >  Jaunumi')).toBe(true)
    expect(isBreadcrumb('Home » Projects » Approved projects')).toBe(true)
    expect(isBreadcrumb('Home / Knowledge Centre / Good practices')).toBe(true)
    expect(isBreadcrumb('Pradžia › Projektai')).toBe(true)
  })

  it('takes no title, sentence or long step for a trail', () => {
    expect(isBreadcrumb('Drug prevention / Narkotiku profilakse')).toBe(false)
    expect(isBreadcrumb('Estonia - Latvia Programme 2007-2013')).toBe(false)
    expect(isBreadcrumb('Sākums > ' + 'x'.repeat(60))).toBe(false)
    expect(isBreadcrumb('EUCPN  |  European Crime Prevention Network')).toBe(false)
  })

  it('reads a trail after the words a site sets before it ("Вы здесь:", "You are here:")', () => {
    expect(isBreadcrumb('Вы здесь: Главная / Дума / Решения думы / 2012')).toBe(true)
    expect(isBreadcrumb('You are here: Home > News')).toBe(true)
    expect(isBreadcrumb('Jūs esat šeit: Sākums / Jaunumi')).toBe(true)
    expect(isBreadcrumb('Вы здесь: в центре внимания')).toBe(false)
  })
})

describe('readChrome', () => {
  const contentStart = (text: string): string => {
    const doc = new Doc(text)
    return doc.lines[readChrome(doc, new Draft())]!.text
  }

  it('takes a paper\'s right-aligned dateline and reference, its sender in capitals and its kind for chrome', () => {
    const sheet = '                    Strasbourg, 14 November 2008\n                    P-PG/Prisons (2008) 7\n\nCO-OPERATION GROUP TO COMBAT DRUG ABUSE AND\nILLICIT TRAFFICKING IN DRUGS\n(POMPIDOU GROUP)\n\nPrisons programme – Project sheet\n\nDrug-free units in prisons\n\nCountry:   Lithuania\n'
    expect(contentStart(sheet)).toBe('Drug-free units in prisons')
    // A heading in capitals over no kind of document is the heading.
    expect(contentStart('SAFE SCHOOLS IN LATGALE\n\nThe project was carried out in 2012.\n')).toBe('SAFE SCHOOLS IN LATGALE')
  })

  it('passes a Russian menu copied one item a line (a channel\'s number in an item) and a regional rubric over the headline', () => {
    const page = 'Перейти к основному содержанию\nERR Новости\nГлавная\nЭстония\nМир\nСпорт\nРадио 4\nEST ENG RUS\nПоиск\n\nНарва\nВ Нарве подростков начнут искать на улицах\n\n12.10.2023 14:37\n'
    expect(contentStart(page)).toBe('В Нарве подростков начнут искать на улицах')
    // A place's name over a line no longer than it is no rubric.
    expect(contentStart('Нарва\nТекст о городе\n')).toBe('Нарва')
  })

  it('ends the site header at the heading a trail copied one step a line leads to', () => {
    expect(contentStart('EUCPN - European Crime Prevention Network\nSearch\n\nHome\nKnowledge Centre\nPractices\nSecond Chance\n\nSecond Chance\n\nCountry\nLatvia\n')).toBe('Second Chance')
  })

  it('takes a PDF\'s first block under a header of two parts far apart for the letterhead', () => {
    expect(contentStart('COUNCIL OF THE BALTIC SEA STATES          Task Force against Trafficking\nProject Sheet 2009\n\nSafe Exit\n\nProject number: X\n')).toBe('Safe Exit')
    expect(contentStart('Project title          Safe Exit\n\nText.\n')).toBe('Project title          Safe Exit')
  })

  it('passes over a one-word kicker between a trail and the heading it ends at, and a rule line', () => {
    expect(contentStart('keep.eu\n\nHome > Projects > Safe Community\n\n      Project\nSafe Community\n\nAcronym  SafeCom\n')).toBe('Safe Community')
    expect(contentStart('[WHO/Europe logo]\n\n━━━━━━━━━━━━━━━━━━━━\n\nLatvia: HIV services reach prisoners\n')).toBe('Latvia: HIV services reach prisoners')
  })

  it('takes a slash trail that starts at a section for chrome, not a title with a slash', () => {
    expect(isBreadcrumb('Projektai / ES fondų investicijų projektai')).toBe(true)
    expect(isBreadcrumb('Drug prevention / Narkotiku profilakse')).toBe(false)
  })

  it('takes a PDF page\'s running header and page number for chrome', () => {
    expect(contentStart('Kauno biuras          2012 m. veiklos ataskaita\n\n   14\n\n3.2. Projektas „A“\nTeksts.')).toBe('3.2. Projektas „A“')
    expect(contentStart('2\nProjekta kopsavilkums\nTeksts.')).toBe('Projekta kopsavilkums')
    // A heading with wide gaps but no page number under it stays.
    expect(contentStart('Projekts          „A“\nTeksts.')).toBe('Projekts          „A“')
  })

  it('takes a short name over a dated headline for the site name', () => {
    expect(contentStart('   Jelgavas valstspilsētas pašvaldība\n\nJelgavā noslēdzies projekts „Drošs pagalms”\n\n   28.11.2014.\n\nTeksts.')).toBe('Jelgavā noslēdzies projekts „Drošs pagalms”')
    expect(contentStart('Ventspils pašvaldība\nSāk projektu\nPublicēts: 12.02.2019.\nTeksts.')).toBe('Sāk projektu')
    // A heading right over its date, or a heading with a subtitle under it, stays.
    expect(contentStart('Drošs pagalms\n28.11.2014.\nTeksts.')).toBe('Drošs pagalms')
    expect(contentStart('Projekts „Drošs pagalms”\nApakšvirsraksts\n28.11.2014.')).toBe('Projekts „Drošs pagalms”')
  })

  it('takes a site name over its menu copied as one space-parted line for chrome', () => {
    expect(contentStart('Kėdainių rajono savivaldybė\nSavivaldybė  Gyventojams  Verslui  Naujienos  Kontaktai\n\nBaigtas projektas „X“\n')).toBe('Baigtas projektas „X“')
    expect(contentStart('Tartu linn\nLinnavalitsus  Teenused  Uudised  Kontakt\n\nTartus algab projekt\n')).toBe('Tartus algab projekt')
  })

  it('takes a lynx header whose skip link and trail carry link numbers for chrome', () => {
    const header = '   #[1]Ministrija\n\n   [2]Pāriet uz galveno saturu\n\n   [3]Ministrija\n\n     * [4]Par ministriju\n     * [5]ES fondi un ārvalstu finanšu instrumenti\n     * [6]Kontakti\n\n'
    expect(contentStart(`${header}   [7]Sākums / [8]Aktualitātes / [9]Preses relīzes\n\n      Policija noslēdz projektu\n\n   Teksts.`).trim()).toBe('Policija noslēdz projektu')
  })

  it('takes a trail from home through a section under a site header for chrome, its last step a long headline', () => {
    const header = 'Ministry of Justice\nRepublic of Latvia\n\n'
    const trail = 'Home › Press releases › Probation programme for young offenders launched in Latgale'
    expect(contentStart(`${header}${trail}\n\nProbation programme for young offenders\nlaunched in Latgale\n\nText.`)).toBe('Probation programme for young offenders')
    // The trail alone is still no breadcrumb by its steps' lengths; nor is one of two steps under the header.
    expect(isBreadcrumb(trail)).toBe(false)
    expect(contentStart(`${header}Home › ${'Probation programme for young offenders launched in Latgale'}\n\nText.`)).toBe('Ministry of Justice')
  })

  it('takes a letterhead of a sender and "Press release" set apart by a tab for chrome', () => {
    expect(contentStart('MINISTRY OF JUSTICE OF THE REPUBLIC OF LATVIA\tPRESS RELEASE\n\nRiga, March 15, 2011\n\nHeadline\n')).toBe('Riga, March 15, 2011')
    // Two parts neither of which is a section name are no letterhead.
    expect(contentStart('Ministry of Justice\tAnnual report\n\nHeadline\n')).toBe('Ministry of Justice\tAnnual report')
  })

  it('takes a received mail\'s header for chrome', () => {
    expect(contentStart('From: A B [mailto:a@b.lt]\nSent: Tuesday, March 14, 2006 10:23 AM\nTo: c@d.lt\nSubject: Pranešimas spaudai\n\nPRANEŠIMAS SPAUDAI\nAntraštė\n')).toBe('Antraštė')
    expect(contentStart('Saatja: A\nSaadetud: 12.03.2009\nTeema: Projekt\n\nPealkiri\n')).toBe('Pealkiri')
    expect(contentStart('От: Пресс-служба <prese@vp.gov.lv>\nОтправлено: 12 марта 2014 г. 10:15\nКому: redakcija@rus.tvnet.lv\nТема: Проект\n\nЗаголовок\n')).toBe('Заголовок')
    // Two labelled lines are no mail's header.
    expect(contentStart('Data: 2006-03-14\nTema: Projektas\n')).toBe('Data: 2006-03-14')
  })

  it('takes a letter\'s salutation under a mail\'s header for chrome, never for the heading', () => {
    expect(contentStart('From: A <a@b.lt>\nSent: Friday, December 16, 2016 2:47 PM\nTo: c@d.lt\nSubject: RE: Ataskaita\n\nLaba diena,\n\nsiunčiame informaciją apie projektą.\n')).toBe('siunčiame informaciją apie projektą.')
    expect(['Laba diena,', 'Labdien!', 'Tere!', 'Lugupeetud kolleegid!', 'Cienījamie kolēģi,', 'Dear colleagues,', 'Gerb. p. Jonai,'].map(isSalutation)).toEqual([true, true, true, true, true, true, true])
    expect(['Laba diena visiems jauniems žmonėms. Projektas prasideda.', 'Tere tulemast Tartusse', 'Dear Friends of the Earth'].map(isSalutation)).toEqual([false, false, false])
  })

  it('takes a messenger channel\'s header (its name over the follower count, the pinned mark) for chrome', () => {
    expect(contentStart('Молодёжный центр «Юность» | Даугавпилс\n2 846 подписчиков\n\n📌 Закреплённое сообщение\n\n🎉 ПРОЕКТ «НОЧНОЙ ДОЗОР» ЗАВЕРШЁН! 🎉\n')).toBe('🎉 ПРОЕКТ «НОЧНОЙ ДОЗОР» ЗАВЕРШЁН! 🎉')
    expect(contentStart('Youth Centre Narva\n1.2K subscribers\nPinned message\nSafe Evenings\n')).toBe('Safe Evenings')
    // A count in a heading is no follower count.
    expect(contentStart('2 846 подростков получили помощь\n')).toBe('2 846 подростков получили помощь')
  })

  it('knows a post\'s short line addressing its readers', () => {
    expect(['Друзья, подводим итоги 💪', 'Дорогие друзья!', 'Dear friends,', 'Draugi, paldies!'].map(isReaderAddress)).toEqual([true, true, true, true])
    expect(['Друзья и партнёры центра провели в 2024 году тридцать рейдов по городу.', 'Friendship Bridge'].map(isReaderAddress)).toEqual([false, false])
  })

  it('takes a site header over a trail when its menu is long only in a text browser\'s gaps', () => {
    const menu = 'Avaleht   Vald   Teenused   Uudised   Projektid   Kontakt' + ' '.repeat(30) + 'Otsi: [    ] [Otsi]'
    expect(contentStart(`Jõhvi Vallavalitsus\n\n${menu}\n\nAvaleht » Projektid\n\nProjekt „A“\n`)).toBe('Projekt „A“')
  })

  it('takes an e-mail\'s header, the server\'s notice in brackets and "For immediate release" for chrome', () => {
    const mail = 'From: Press Office <press@example.org>\nSent: Tuesday, March 14, 2023 10:02 AM\nTo: Press list\nSubject: PRESS RELEASE: A starts B\n\n[External e-mail. Do not click links.]\n\nPRESS RELEASE\nFor immediate release\n\nA starts project B\n\nText.'
    expect(contentStart(mail)).toBe('A starts project B')
    // One line that looks like a field is no mail's header.
    expect(contentStart('To: the youth of Tartu\nText.')).toBe('To: the youth of Tartu')
  })

  it('takes "for immediate release" in Latvian, Lithuanian and Estonian for chrome', () => {
    for (const line of ['Publicēšanai nekavējoties', 'Skelbti nedelsiant', 'Kohe avaldamiseks']) {
      expect(contentStart(`PRESES RELĪZE\n${line}\n\nA uzsāk projektu „B”\n\nTeksts.`)).toBe('A uzsāk projektu „B”')
    }
  })

  it('takes a running head repeated on a later page for chrome, not a heading with wide gaps said once', () => {
    const head = 'Estonian Union for Child Welfare          Annual Report 2009'
    expect(contentStart(`${head}\n\n4.3 Safe School\n\nText.\n\n14\n${head}\n\n4.4 Helpline\n`)).toBe('4.3 Safe School')
    expect(contentStart(`${head}\n\n4.3 Safe School\n\nText.\n`)).toBe(head)
  })

  it('takes a running head repeated after the form feed pdftotext writes where a page starts for chrome', () => {
    const head = 'SOROS FOUNDATION–LATVIA          ANNUAL REPORT 2004'
    expect(contentStart(`${head}\n\nPUBLIC HEALTH PROGRAMME\n\nText.\n\n17\n\f${head}\n\nMore text.\n`)).toBe('PUBLIC HEALTH PROGRAMME')
  })

  it('takes a list menu saved with asterisks and a trail from home ending at the long heading under it for the site header', () => {
    const heading = 'Smart Choices: youth exchange on addiction prevention'
    const page = `European Commission\nErasmus+ Project Results Platform\n\n  * Home\n  * Projects\n\nHome > Projects > ${heading}\n\n${heading}\n\nText.`
    expect(contentStart(page)).toBe(heading)
    // A long last step that is not the heading under it is no trail.
    expect(isBreadcrumb(`Home > Projects > ${heading}`)).toBe(false)
  })

  it('takes no heading with wide gaps and no section name among them for a menu', () => {
    expect(contentStart('Sveika gyvensena  be narkotikų  Panevėžyje\n\nTekstas.\n')).toBe('Sveika gyvensena  be narkotikų  Panevėžyje')
  })

  it('takes a cookie notice\'s buttons and a language switch for chrome, not the same words elsewhere', () => {
    expect(contentStart('Mēs izmantojam sīkdatnes.\nPiekrītu\nUzzināt vairāk\nLV\nEN\nProjekts „X”\nTeksts.')).toBe('Projekts „X”')
    expect(contentStart('   [3]LV [4]EN\n\nProjekts „X”\n')).toBe('Projekts „X”')
    expect(contentStart('Piekrītu\nTeksts.')).toBe('Piekrītu')
  })

  it('takes lynx\'s linked feeds and its menu tree with link numbers for chrome', () => {
    expect(contentStart('   #[1]Norway Grants in Latvia RSS\n\n     * [5]Home\n          + [8]News\n\nThe State Police completes project LV08/4[16]print\n')).toBe(
      'The State Police completes project LV08/4[16]print',
    )
  })

  it('takes a mailed press release\'s header for chrome, down to the release', () => {
    expect(contentStart('From: Komunikācijas nodaļa <prese@tm.gov.lv>\nSent: Friday, March 1, 2013 9:47 AM\nTo: redakcija@leta.lv\nSubject: Preses relīze\n\nIeslodzījuma vietu pārvalde sāk projektu\n')).toBe(
      'Ieslodzījuma vietu pārvalde sāk projektu',
    )
    expect(contentStart('No: pieteikumi\nTeksts.')).toBe('No: pieteikumi')
  })

  it('takes a press release\'s heading "to the media" for chrome, as "press release" is', () => {
    expect(contentStart('PRANEŠIMAS ŽINIASKLAIDAI\n\nBaigtas projektas, padėjęs modernizuoti probacijos paslaugas\n')).toBe('Baigtas projektas, padėjęs modernizuoti probacijos paslaugas')
    expect(contentStart('Paziņojums presei\n\nValsts policija sāk projektu\n')).toBe('Valsts policija sāk projektu')
  })

  it('takes a tab title that the headline repeats below, and a trail wrapped over lines, for chrome', () => {
    const page = ['Policija noslēgusi projektu LV08/4 | Iekšlietu ministrija', '', 'Sākums / ES fondi un ārvalstu finanšu', 'instrumenti / Norvēģijas finanšu', 'instruments 2009.–2014. gadam', '', 'Policija noslēgusi projektu LV08/4', '', 'Teksts.']
    expect(contentStart(page.join('\n'))).toBe('Policija noslēgusi projektu LV08/4')
    // A title with a bar that no line below repeats stays.
    expect(contentStart('Drošs pagalms | Jelgava\n\nTeksts.')).toBe('Drošs pagalms | Jelgava')
  })
})

describe('isTeaserList', () => {
  const teasers = (link: string, lead = ''): Doc =>
    new Doc(`${lead}Aktualitātes\n\nUzsākts projekts „A”\n03.05.2018\nTeaser.\n${link}\n\nNoslēdzies projekts „B”\n27.04.2018\nTeaser.\n${link}\n`)

  it('takes two "read more" links under teasers near the top for a list of articles', () => {
    expect(isTeaserList(teasers('Lasīt vairāk'))).toBe(true)
    expect(isTeaserList(teasers('Read more »'))).toBe(true)
  })

  it('takes one link, or links under an article\'s related news far down, for no list', () => {
    expect(isTeaserList(new Doc('Title\n\nText.\nLasīt vairāk\n'))).toBe(false)
    expect(isTeaserList(teasers('Lasīt vairāk', 'Line\n'.repeat(12)))).toBe(false)
    expect(isTeaserList(new Doc(`Title\n\n${'Text of the article. '.repeat(20)}\n\nRelated news\nA\nRead more\nB\nRead more\n`))).toBe(false)
    expect(isTeaserList(new Doc('Title\n\nShort text.\n\nSaistītās ziņas\nA\nLasīt vairāk\nB\nLasīt vairāk\n'))).toBe(false)
  })
})

describe('isUnderProjects', () => {
  it('takes a trail to the site\'s projects, not to its news', () => {
    expect(isUnderProjects(new Doc('EUCPN\nHome / Knowledge Centre / Good practices\n\nTitle'), 3)).toBe(true)
    expect(isUnderProjects(new Doc('Sākums > Darbības jomas > Projekti\n\nTitle'), 2)).toBe(true)
    expect(isUnderProjects(new Doc('Home > News > Projects\n\nTitle'), 2)).toBe(false)
    expect(isUnderProjects(new Doc('Title\nHome > Projects'), 0)).toBe(false)
  })
})

describe('isCookieNotice', () => {
  it.each([
    'Šajā vietnē tiek izmantotas sīkdatnes. Uzzināt vairāk   Piekrītu',
    'This website uses cookies to improve your experience. Accept',
    'Svetainėje naudojami slapukai. Sutinku',
    'Sellel veebilehel kasutatakse küpsiseid. Nõustun',
  ])('%j is a cookie notice', (text) => {
    expect(isCookieNotice(text)).toBe(true)
  })
  it('leaves headings and long text alone', () => {
    expect(isCookieNotice('Projekts „Kopienas atbalsta centrs jauniešiem Jūrmalā”')).toBe(false)
    expect(isCookieNotice('cookies '.repeat(50))).toBe(false)
  })
})

describe('isBanner', () => {
  it.each([
    'Norway Grants',
    'EEA Grants 2014–2021',
    'EEA Grants | Norway Grants',
    'EEA and Norway Grants',
    'Interreg Estonia–Latvia Programme 2014–2020',
    'Royal Norwegian Embassy in Vilnius',
    'Norway in Lithuania',
    'Norvēģijas Karalistes vēstniecība Latvijā',
  ])('%s is a banner', (line) => {
    expect(isBanner(line)).toBe(true)
  })

  it.each(['Norway Grants support safe schools in Tartu', 'Safe schools in Tartu County', 'Interreg project Safe Border Communities', 'Youth mentors in Jelgava (Norway Grants)'])(
    '%s is not',
    (line) => {
      expect(isBanner(line)).toBe(false)
    },
  )
})

describe('isMenuLine', () => {
  it.each(['Jaunumi • Izglītība • Sports • Sociālā palīdzība', 'Par mums · Projekti · Kontakti', 'Par mums | Projekti | Ziedot | Kontakti'])('reads %j as a menu', (text) => {
    expect(isMenuLine(text)).toBe(true)
  })

  it.each(['• Apmācīti skolotāji – 180', 'Drukāt • Dalīties', 'Ventspilī sāk īstenot projektu • jaunumi'])('leaves %j', (text) => {
    expect(isMenuLine(text)).toBe(false)
  })
})

describe('isRunningHead', () => {
  it.each([
    'South Baltic Programme 2014-2020 – Project factsheet                                    1/2',
    'Estonian Union for Child Welfare · Annual Report 2018                               7',
    'Annual report 2019          Page 12',
  ])('reads %j as a printed page\'s running head', (text) => {
    expect(isRunningHead(text)).toBe(true)
  })

  it.each(['Total budget        EUR 1,234,567.00', 'Year            2019', 'Safe Schools 2', 'Valga-Valka 2018 - 2020'])('leaves %j', (text) => {
    expect(isRunningHead(text)).toBe(false)
  })

  it('passes over the running head to the title', () => {
    const doc = new Doc('Project factsheet                          1/2\n\n\nReSoBa – Restorative Justice in the South Baltic\n\nProject number   STHB.04.01.00-LT-0121/17\n')
    expect(doc.lines[readChrome(doc, new Draft())]!.text).toBe('ReSoBa – Restorative Justice in the South Baltic')
  })
})

describe('readChrome over a section of projects', () => {
  const contentStart = (text: string): string => {
    const doc = new Doc(text)
    return doc.lines[readChrome(doc, new Draft())]!.text
  }

  it('passes over "Projects financed by …" above a project\'s heading', () => {
    expect(contentStart('Projects financed by EU structural funds\n\nFamily Ties: Strengthening Family Relations\n\nProject No\t10.1.2\n')).toBe('Family Ties: Strengthening Family Relations')
    expect(contentStart('Проекты, финансируемые из фондов ЕЭЗ и Норвегии\n\nПрофилактика насилия в семье\n\nКод проекта: LT10-0007\n')).toBe('Профилактика насилия в семье')
    expect(contentStart('EU funded projects\nSafe Schools in Tartu\n')).toBe('Safe Schools in Tartu')
  })

  it('keeps such a line over running text or labelled facts', () => {
    expect(contentStart('Projects funded by the city\n\nThe city supports three projects every year.\n')).toBe('Projects funded by the city')
    expect(contentStart('Projects for young people\nProject number: LV-0080\n')).toBe('Projects for young people')
  })
})

describe('readPublishedDate with a byline', () => {
  it('reads the date of "Posted on D by X" without its author', () => {
    const draft = new Draft()
    const doc = new Doc('Posted on 14 March 2017 by Joint Secretariat\n\nText.')
    expect(readPublishedDate(doc, draft, 0).found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2017-03-14')
  })
  it('reads the date after the author\'s name in a byline of cells parted by bars, not a cell after other words', () => {
    const text = 'Ilze Kalniņa | 2012. gada 7. augusts, 10:15 | [12]Komentāri (3) | [13]drukāt\n\nText.'
    const draft = new Draft()
    expect(readPublishedDate(new Doc(text), draft, 0).found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2012-08-07')
    expect(draft.positions.get('publishedDate')?.offset).toBe(text.indexOf('2012.'))
    expect(readPublishedDate(new Doc('Projekts tika pabeigts | 2012. gada 7. augusts\n'), new Draft(), 0).found).toBe(false)
  })
})

describe('withoutClockTime', () => {
  it('drops the time of day a page was posted at', () => {
    expect(withoutClockTime('2021-03-15 10:24')).toBe('2021-03-15')
    expect(withoutClockTime('14.09.2020, kl 12:15')).toBe('14.09.2020')
    expect(withoutClockTime('05.09.2018 08:30:12')).toBe('05.09.2018')
    expect(withoutClockTime('05.09.2018')).toBe('05.09.2018')
    // A time alone is no date with a time.
    expect(withoutClockTime('10:24')).toBe('10:24')
  })
})

describe('readChrome over a printed or saved page\'s top', () => {
  const read = (text: string): { start: string; draft: Draft } => {
    const doc = new Doc(text)
    const draft = new Draft()
    return { start: doc.lines[readChrome(doc, draft)]!.text, draft }
  }

  it('takes the print time beside the page title for chrome, either side of the gap, and reads the time', () => {
    const chrome = read('2014-09-08 09:41          Pradėtas projektas | Savivaldybė\n\nPradėtas projektas\nTekstas.')
    expect(chrome.start).toBe('Pradėtas projektas')
    expect(chrome.draft.fields.retrievedAt).toBe('2014-09-08T09:41')
    expect(read('Project X | Department          12/05/2022, 14:37\n\nProject X\nText.').draft.fields.retrievedAt).toBe('2022-05-12T14:37')
    // Month or day first cannot be told in "9/8/14, 9:41 AM": chrome, but no time.
    const us = read('9/8/14, 9:41 AM          Project X | Department\n\nProject X\nText.')
    expect(us.start).toBe('Project X')
    expect(us.draft.fields.retrievedAt).toBeNull()
  })

  it('reads the address beside the page count in a print footer as the url', () => {
    expect(read('Heading\nText.\n\nhttps://www.example.lt/naujienos/a          1/2\n').draft.fields.url).toBe('https://www.example.lt/naujienos/a')
    expect(read('Heading\nText.\n\nhttps://example.lt/en/b          1 of 2').draft.fields.url).toBe('https://example.lt/en/b')
    expect(read('Heading\nSee https://example.lt/a for more.').draft.fields.url).toBeNull()
  })

  it('reads a print header and footer a page saved as text parts with a tab', () => {
    const saved = read('16.10.2013 9:12\tУлица – не дом | Лудзас Земе\n\nУлица – не дом\nТекст.\n\nhttp://www.example.lv/ru/a\t1/1')
    expect(saved.start).toBe('Улица – не дом')
    expect(saved.draft.fields.retrievedAt).toBe('2013-10-16T09:12')
    expect(saved.draft.fields.url).toBe('http://www.example.lv/ru/a')
  })

  it('takes a reader view\'s site address and a text browser\'s logo in brackets for chrome', () => {
    expect(read('tartu.ee\n\nTartus algas projekt\n\nTekst.').start).toBe('Tartus algas projekt')
    expect(read('[Justiitsministeerium]          EN | RU\n\nProjekt „A“\n').start).toBe('Projekt „A“')
    // Words in brackets that open a heading are no logo: the heading goes on after them.
    expect(read('[Archyvas] Projektas „A“\nTekstas.').start).toBe('[Archyvas] Projektas „A“')
  })

  it('takes an e-mail\'s header fields over a press release for chrome, not a sentence with a colon', () => {
    const mail = 'From: Press Office <prese@iem.gov.lv>\nSent: Tuesday, November 12, 2013 10:14 AM\nTo: undisclosed-recipients:\nSubject: Preses relīze: X\n\nValsts policija sāk projektu\n'
    expect(read(mail).start).toBe('Valsts policija sāk projektu')
    expect(read('No: Komunikācijas nodaļa\nNosūtīts: otrdiena\nTēma: X\n\nVirsraksts\n').start).toBe('Virsraksts')
    // One field, or fields that name no sender, are no mail header.
    expect(read('Subject: Safe schools\n\nText.').start).toBe('Subject: Safe schools')
    expect(read('To: all schools\nDate: 12.11.2013\n\nText.').start).toBe('To: all schools')
  })

  it('takes a trail saved as a numbered list from the home page, and the site header above it, for chrome', () => {
    const top = 'Ministry of Justice\nRepublic of Latvia\n\nLV EN\n\n  * Ministry\n  * Activities\n  * News\n\n  1. Home\n  2. Activities\n  3. Projects\n\nProject "A"\n'
    expect(read(top).start).toBe('Project "A"')
    // A numbered list that does not start at the home page is the page's own.
    expect(read('Project "A"\n\n  1. Training\n  2. Campaign\n').start).toBe('Project "A"')
  })

  it('takes a text browser\'s menu tree above a trail for the site header', () => {
    const top = '[Logo]\nSite name\n\n  • Sākums\n  • 2004-2009\n      □ Prioritāte: Tieslietas\n  • 2009-2014\n  • Jaunumi\n\nMeklēt\n\nSākums > 2004-2009 > Projekts\n\nProjekts LV 0057 „A”\n'
    expect(read(top).start).toBe('Projekts LV 0057 „A”')
  })
})

describe('pastReadingTime', () => {
  const past = (text: string): string => {
    const doc = new Doc(text)
    return doc.lines[pastReadingTime(doc.lines, 1)]?.text ?? ''
  }

  it('passes a reader view\'s byline and reading time under the headline', () => {
    expect(past('Headline\nTartu Linnavalitsus\n\n3–4 minutit\n\nAvaldatud 02.03.2010')).toBe('')
    expect(past('Headline\n4–5 minutes\nText.')).toBe('Text.')
  })

  it('passes a byline ending in a Russian reading time ("4 мин чтения"), so the date under it is read', () => {
    expect(past('Headline\nНарвская газета · 4 мин чтения\n\nПонедельник, 22 сентября 2008\nText.')).toBe('')
    expect(past('Headline\n5 минут чтения\nText.')).toBe('Text.')
    const doc = new Doc('Headline\nНарвская газета · 4 мин чтения\n\nПонедельник, 22 сентября 2008\n\nText.')
    const draft = new Draft()
    expect(readPublishedDate(doc, draft, pastReadingTime(doc.lines, 1)).found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2008-09-22')
  })

  it('leaves a lead without a reading time under it alone', () => {
    expect(past('Headline\nThe project started.\n3–4 minutes')).toBe('The project started.')
  })

  it('passes a news site\'s byline (the author, a comma, the outlet) right over the date', () => {
    expect(past('Headline\nМария Краснова, LSM.lv\n14 октября 2013 года, 11:42\nText.')).toBe('14 октября 2013 года, 11:42')
    expect(past('Headline\nJānis Bērziņš, LETA\n02.03.2010\nText.')).toBe('02.03.2010')
    // A line of the lead, or a byline over no date, is not passed.
    expect(past('Headline\nМария Краснова, LSM.lv\nText.')).toBe('Мария Краснова, LSM.lv')
  })

  it('passes a photo\'s caption and credit and the author\'s name alone over the date', () => {
    expect(past('Headline\n\nУличные работники будут выходить во дворы.\nФото: Ирина Кивисельг/ERR\n\nАлексей Берзин\n12.10.2023 14:37\nText.')).toBe('12.10.2023 14:37')
    expect(past('Headline\nJānis Bērziņš\n02.03.2010\nText.')).toBe('02.03.2010')
    // A caption over no date is the lead: it stays.
    expect(past('Headline\nThe lead of the article.\nPhoto: Jane Doe\nText.')).toBe('The lead of the article.')
  })

  it('passes a byline that ends in its reading time after a bar or a dot', () => {
    expect(past("Headline\nNordic Council of Ministers' Office in Latvia | 7 min read\n\n28.05.2009")).toBe('')
    expect(past('Headline\nCity of Tartu · 4 minutes\nText.')).toBe('Text.')
    expect(past('Headline\nNews | Projects\nText.')).toBe('News | Projects')
  })
})

describe('readPublishedDate with the section after a bar', () => {
  it('reads "2014-09-05 | Naujienos" as the date', () => {
    const doc = new Doc('Headline\n2014-09-05 | Naujienos\nText.')
    const draft = new Draft()
    expect(readPublishedDate(doc, draft, 1).found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2014-09-05')
  })
})

describe('readPublishedDate with the place after the day', () => {
  it('reads the dateline "2023-02-14, Vilnius" as the date', () => {
    const doc = new Doc('2023-02-14, Vilnius\nHeadline')
    const draft = new Draft()
    expect(readPublishedDate(doc, draft, 0).found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2023-02-14')
  })

  it('reads no date from a line that goes on with a sentence after the comma', () => {
    const doc = new Doc('2023-02-14, projekto pabaiga\nHeadline')
    expect(readPublishedDate(doc, new Draft(), 0).found).toBe(false)
  })
})

describe('readArchivedAddress', () => {
  const urlOf = (text: string): unknown => {
    const draft = new Draft()
    readArchivedAddress(new Doc(text), draft)
    return draft.fields.url ?? null
  }
  it("reads the kept page's address from a web archive's or a search cache's banner", () => {
    expect(urlOf('The Wayback Machine - https://web.archive.org/web/20070612083015/http://www.unodc.org/balticstates/x_proj.html\nINTERNET ARCHIVE')).toBe('http://www.unodc.org/balticstates/x_proj.html')
    expect(urlOf("This is Google's cache of http://www.unodc.org/balticstates/y_proj.html. It is a snapshot of the page as it appeared on 18 Mar 2010.")).toBe('http://www.unodc.org/balticstates/y_proj.html')
  })
  it('reads no address from a page without such a banner, nor from a link further down', () => {
    expect(urlOf('Project information\n\nProject title\n\nSee http://example.org\nhttps://web.archive.org/web/2007/http://x.org/')).toBe(null)
  })
})

describe('readPublishedDate with the dateline\'s place after the date', () => {
  it.each([
    ['12.05.2008. Rīgā', '2008-05-12'],
    ['3 May 2018, Riga', '2018-05-03'],
  ])('reads %s as the date', (line, date) => {
    const doc = new Doc(`${line}\n\nHeadline\nText.`)
    const draft = new Draft()
    expect(readPublishedDate(doc, draft, 0).found).toBe(true)
    expect(draft.fields.publishedDate).toBe(date)
  })

  it('takes no headline for a dateline', () => {
    const draft = new Draft()
    expect(readPublishedDate(new Doc('Noslēdzies projekts. Rīgā\nText.'), draft, 0).found).toBe(false)
    expect(readPublishedDate(new Doc('Projekts 2008. gadā Jelgavā sāka darbu\nText.'), draft, 0).found).toBe(false)
  })
})

describe('addStatusOfTrail', () => {
  it('reads the state from the section a breadcrumb files the page under', () => {
    const doc = new Doc('Sākums » Projekti » Īstenotie projekti\n\nProjekts „X”\n')
    const draft = new Draft()
    addStatusOfTrail(doc, draft, 2)
    expect(draft.fields.status).toBe('completed')
  })

  it('reads nothing from a trail to projects of any state', () => {
    const doc = new Doc('Sākums » Projekti\n\nProjekts „X”\n')
    const draft = new Draft()
    addStatusOfTrail(doc, draft, 2)
    expect(draft.fields.status).toBeNull()
  })
})

describe('readChrome over a print footer with the address beside the print time', () => {
  it('reads the address as the url and the time as retrievedAt', () => {
    const doc = new Doc('Headline\n\nText.\n\nMinistry – Press release          2 no 2\nhttp://www.tm.gov.lv/lv/relizes/x.html              2008.05.12. 15:04\n')
    const draft = new Draft()
    readChrome(doc, draft)
    expect(draft.fields.url).toBe('http://www.tm.gov.lv/lv/relizes/x.html')
    expect(draft.fields.retrievedAt).toBe('2008-05-12T15:04')
  })

  it('reads no address from a footer line without a time', () => {
    const doc = new Doc('Headline\n\nText.\nhttp://www.tm.gov.lv/lv/relizes/x.html              Contacts\n')
    const draft = new Draft()
    readChrome(doc, draft)
    expect(draft.fields.url).toBeNull()
  })
})

describe('readPublishedDate with a dateline', () => {
  it('reads a dateline whose date opens with its month\'s name ("Riga, March 15, 2011")', () => {
    const doc = new Doc('Riga, March 15, 2011\n\nHeadline\nText.')
    const draft = new Draft()
    expect(readPublishedDate(doc, draft, 0).found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2011-03-15')
  })
})

describe('isLogoRow', () => {
  it('is a footer row of two or more funds named alone in their cells', () => {
    expect(isLogoRow('Europos socialinis fondas   Europos regioninės plėtros fondas   Sanglaudos fondas')).toBe(true)
    expect(isLogoRow('EEA Grants | Norway Grants')).toBe(true)
  })

  it('is no sentence or single name', () => {
    expect(isLogoRow('Projektas finansuojamas iš Europos socialinio fondo ir Lietuvos Respublikos valstybės biudžeto lėšų.')).toBe(false)
    expect(isLogoRow('Europos socialinis fondas')).toBe(false)
    expect(isLogoRow('Europos socialinis fondas   Sanglaudos fondas')).toBe(false)
  })
})

describe('isStructuralFundsSiteName', () => {
  it.each(['2007–2013 m. Europos Sąjungos struktūrinė parama Lietuvai', 'ES struktūrinė parama', 'Eiropas Savienības fondi', 'Euroopa Liidu struktuurifondid'])('%s names the site', (line) => {
    expect(isStructuralFundsSiteName(line)).toBe(true)
  })

  it('is no sentence naming a fund', () => {
    expect(isStructuralFundsSiteName('Projektas finansuojamas iš Europos socialinio fondo.')).toBe(false)
  })
})

describe('a Russian reader view\'s reading time and publication date', () => {
  it('passes "3–4 минуты" and reads "Опубликовано: 18.03.2010"', () => {
    const doc = new Doc('Заголовок\nПресс-служба\n3–4 минуты\n\nОпубликовано: 18.03.2010\n\nТекст.')
    expect(pastReadingTime(doc.lines, 1)).toBe(3)
    const draft = new Draft()
    expect(readPublishedDate(doc, draft, 4).found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2010-03-18')
  })

  it('reads the date between the byline and the reading time, and passes the reading time after it', () => {
    const doc = new Doc('Заголовок\nОльга Петрова\n15 октября 2013, 14:32\nВремя чтения: 3–4 минуты\n\nТекст.')
    expect(pastReadingTime(doc.lines, 1)).toBe(2)
    const draft = new Draft()
    const { next, found } = readPublishedDate(doc, draft, 2)
    expect(found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2013-10-15')
    expect(doc.lines[firstContentLine(doc.lines, next)]!.text).toBe('Текст.')
  })

  it('reads a date right under the headline, over the reading time, rather than passing it', () => {
    const doc = new Doc('Headline\n12.03.2014 11:05\n4–5 minutes\n\nText.')
    expect(pastReadingTime(doc.lines, 1)).toBe(1)
  })

  it('passes a byline and a labelled reading time ("Время чтения: 4–5 минут") over the date', () => {
    const doc = new Doc('Заголовок\nНаталья Гребенщикова\nВремя чтения: 4–5 минут\n\n12.03.2014 11:05\n\nТекст.')
    expect(pastReadingTime(doc.lines, 1)).toBe(3)
    const draft = new Draft()
    expect(readPublishedDate(doc, draft, 3).found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2014-03-12')
  })
})

describe('readPublishedDate, the article tools under a Russian date', () => {
  it('goes past share buttons one a line and the "Обновлено:" date', () => {
    const draft = new Draft()
    const doc = new Doc('28 ноября 2012 г., 16:42\nОбновлено: 28 ноября 2012 г., 17:05\n\nПоделиться\nFacebook\nTwitter\nDraugiem.lv\n\nТекст статьи.')
    const { next, found } = readPublishedDate(doc, draft, 0)
    expect(found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2012-11-28')
    expect(doc.lines[next]!.text.trim() || doc.lines[next + 1]!.text).toBe('Текст статьи.')
  })

  it('takes a menu of one-word items parted by single spaces, and "ПРЕСС-РЕЛИЗ", for chrome', () => {
    const doc = new Doc('DELFI Новости Бизнес Спорт Авто Наука Мнения\n\nПРЕСС-РЕЛИЗ\n\nЗаголовок новости о проекте\n')
    expect(doc.lines[readChrome(doc, new Draft())]!.text).toBe('Заголовок новости о проекте')
  })

  it('takes a news site\'s rubric alone over the headline ("Общество", "Sabiedrība") for chrome', () => {
    const doc = new Doc('Поиск\nОбщество\n\nЗаголовок новости о проекте\n')
    expect(doc.lines[readChrome(doc, new Draft())]!.text).toBe('Заголовок новости о проекте')
  })
})

describe('RELATED_NEWS, in Russian', () => {
  it('knows the heading of the links to other news under a Russian article, alone on its line', () => {
    for (const heading of ['Связанные новости', 'Другие новости', 'Читайте также:', 'Похожие новости', 'Ещё по теме']) expect(RELATED_NEWS.test(heading), heading).toBe(true)
    expect(RELATED_NEWS.test('Другие новости проекта будут опубликованы позже.')).toBe(false)
  })
})

describe('RELATED_NEWS', () => {
  it('takes the heading of the links to other news, on Russian pages too', () => {
    for (const heading of ['Related news', 'Saistītās ziņas', 'Читайте также:', 'Связанные новости', 'По теме']) expect(RELATED_NEWS.test(heading), heading).toBe(true)
    expect(RELATED_NEWS.test('Читайте также о проекте «Ночной маршрут»')).toBe(false)
  })
})

describe("readChrome, a grants database's page saved through lynx", () => {
  it('passes the site name linked over its menu, the database heading and the count of results', () => {
    const doc = new Doc('   [1]Skip to main content\n\n   [2]Baltic-American Health Fund\n\n     * [3]About\n     * [4]Our Programs\n     * [5]Grants Database\n\n                 Grants Database\n\n   Showing 1 of 1 results for: country = Latvia; program = Harm Reduction; year = 2011\n\n   Grantee                 Association X\n')
    expect(doc.lines[readChrome(doc, new Draft())]!.text.trim()).toBe('Grantee                 Association X')
  })

  it('keeps a linked line over prose, and a heading over a list of facts', () => {
    const linked = new Doc('[2]Street work in Narva\n\nThe project ran from 2009 to 2010.\n')
    expect(readChrome(linked, new Draft())).toBe(0)
    const heading = new Doc('Meeting Point Narva\n\n* Young people contacted: 640\n')
    expect(readChrome(heading, new Draft())).toBe(0)
  })

  it('knows the counts a database prints over what it found', () => {
    for (const count of ['12 results found', 'Displaying 1-10 of 245 grants', '3 projects']) {
      const doc = new Doc(`${count}\n\nHarm reduction in Daugavpils\n`)
      expect(doc.lines[readChrome(doc, new Draft())]!.text).toBe('Harm reduction in Daugavpils')
    }
    const sentence = new Doc('12 projects were supported in 2011.\n')
    expect(readChrome(sentence, new Draft())).toBe(0)
  })
})

describe('isReportCover', () => {
  it("takes a body's name over its yearly report's kind, or the kind itself", () => {
    const doc = new Doc('MTÜ Noorte Tugi / Youth Support Association\n\nANNUAL REPORT 2009\n\nNarva 2010\n')
    expect(isReportCover(doc.lines, 0)).toBe(true)
    expect(isReportCover(doc.lines, 2)).toBe(true)
    expect(isReportCover(new Doc('Gada pārskats 2012\n').lines, 0)).toBe(true)
    expect(isReportCover(new Doc('Annual Report for 2011-2012\n').lines, 0)).toBe(true)
  })

  it('takes no heading over prose, nor a report named inside a sentence', () => {
    expect(isReportCover(new Doc('Safe Streets in Narva\n\nThe annual report 2009 of the association says more.\n').lines, 0)).toBe(false)
    expect(isReportCover(new Doc('Safe Streets in Narva\n\nFinal report\n').lines, 0)).toBe(false)
  })
})

describe('readPublishedDate, a dateline under the share buttons', () => {
  it('goes past "Share   Facebook   X   LinkedIn" and reads "Strasbourg 14/03/2023"', () => {
    const doc = new Doc('Share   Facebook   X   LinkedIn   E-mail\n\nStrasbourg 14/03/2023\n\nWithin its work programme …')
    const draft = new Draft()
    const { next, found } = readPublishedDate(doc, draft, 0)
    expect(found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2023-03-14')
    expect(next).toBe(3)
  })

  it('reads a place before an ISO date without a comma, but no place before a spelled-out month', () => {
    const draft = new Draft()
    expect(readPublishedDate(new Doc('Vilnius 2023-03-14\n'), draft, 0).found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2023-03-14')
    expect(readPublishedDate(new Doc('Strasbourg March 2023 programme\n'), new Draft(), 0).found).toBe(false)
  })

  it('reads no two words before a date without a comma: a decision\'s body and date, not a dateline', () => {
    expect(readPublishedDate(new Doc('Hasartmängumaksu Nõukogu 17.12.2008\notsusele nr 7-1/2008/54\n'), new Draft(), 0).found).toBe(false)
    expect(readPublishedDate(new Doc('Rīga, 17.12.2008\n'), new Draft(), 0).found).toBe(true)
  })
})

describe('readChrome, a menu copied one item a line', () => {
  it("passes the site's name and its menu items down to the page's heading", () => {
    const doc = new Doc('Skip to main content\nBaltic-American Health Fund\nAbout\nOur Programs\nGrants Database\nNews\nContact\n\nGrants Database\n\nShowing 1 of 1 results\n\nGrantee\nAssociation X\n')
    expect(doc.lines[readChrome(doc, new Draft())]!.text).toBe('Grantee')
    const spaced = new Doc('Nordic Health Fund\n\nHome\nAbout us\nGrants\nContact\n\nStreet work in Narva\n\nThe project ran in 2009.\n')
    expect(spaced.lines[readChrome(spaced, new Draft())]!.text).toBe('Street work in Narva')
  })

  it('keeps a heading over facts stacked under their labels, "Contact" among them', () => {
    const doc = new Doc('Meeting Point Narva\nPartners\nNarva Youth Centre\nContact\nMari Tamm\n')
    expect(readChrome(doc, new Draft())).toBe(0)
  })
})

describe('endsTrailAbove', () => {
  it('takes a heading the trail above ends at for the page\'s own', () => {
    const doc = new Doc('Projects › Community health › Peer Mentors for Drug-Free Schools\n\nPeer Mentors for Drug-Free Schools\nGlobal Grant GG2231547\n')
    expect(endsTrailAbove(doc.lines, 2, 'Peer Mentors for Drug-Free Schools')).toBe(true)
  })
  it('takes no heading under a trail that ends elsewhere, or under no trail', () => {
    const other = new Doc('Home › Projects › Approved projects\n\nPeer Mentors for Drug-Free Schools\n')
    expect(endsTrailAbove(other.lines, 2, 'Peer Mentors for Drug-Free Schools')).toBe(false)
    const prose = new Doc('We train mentors in Schools\nin Schools\n')
    expect(endsTrailAbove(prose.lines, 1, 'in Schools')).toBe(false)
  })
})

describe('a social network post\'s date line (round 17)', () => {
  it('reads the date before "plkst. 11:32 · 🌍" (the hour after its word for "at", the audience\'s icon)', () => {
    expect(withoutClockTime('2019. gada 14. februāris plkst. 11:32 · 🌍')).toBe('2019. gada 14. februāris')
    expect(withoutClockTime('14 February 2019 at 11:32 ·')).toBe('14 February 2019')
    expect(withoutClockTime('14.02.2019 kell 11:32')).toBe('14.02.2019')
  })

  it('knows the post\'s date line by the hour, the dot and the audience\'s icon after it', () => {
    expect(isPostDateLine('2019. gada 14. februāris plkst. 11:32 · 🌍')).toBe(true)
    expect(isPostDateLine('14 February at 11:32 ·')).toBe(true)
    expect(isPostDateLine('14. februāris plkst. 11:32 · 🌍')).toBe(true)
    expect(isPostDateLine('3 d. · 🌍')).toBe(true)
    expect(isPostDateLine('12 h ·')).toBe(true)
    expect(isPostDateLine('2019-02-14 11:32')).toBe(false)
    expect(isPostDateLine('Projekts · 3 d. ·')).toBe(false)
    expect(isPostDateLine('Jaunumi · Izglītība · Sports')).toBe(false)
  })
})

describe('a meeting\'s minutes (round 17)', () => {
  it('knows the heading that names the meeting, in capitals over the word or with the meeting\'s word before it', () => {
    const lines = (text: string) => new Doc(text).lines
    expect(minutesHeadingEnd(lines('UKMERGĖS RAJONO SAVIVALDYBĖS NARKOTIKŲ KONTROLĖS KOMISIJOS\nPOSĖDŽIO PROTOKOLAS\n\n2011 m. vasario 17 d. Nr. NK-2'), 0)).toBe(2)
    expect(minutesHeadingEnd(lines('CĒSU NOVADA DOMES SĒDES PROTOKOLS Nr. 5\nCēsīs'), 0)).toBe(1)
    expect(minutesHeadingEnd(lines('Valdybos posėdžio protokolas\nTekstas'), 0)).toBe(1)
    expect(minutesHeadingEnd(lines('Pasirašytas bendradarbiavimo protokolas\n2011-02-17'), 0)).toBe(-1)
    expect(minutesHeadingEnd(lines('NARKOTIKŲ KONTROLĖS KOMISIJA\nVeiklos ataskaita'), 0)).toBe(-1)
  })

  it('reads a council\'s numbered decision as its minutes: the decision\'s word first, its number last', () => {
    const lines = (text: string) => new Doc(text).lines
    expect(minutesHeadingEnd(lines('Решение Юрмальской городской думы № 187\nЮрмала, 15 марта 2012 года'), 0)).toBe(1)
    expect(minutesHeadingEnd(lines('LĒMUMS Nr. 12\nJūrmalā'), 0)).toBe(1)
    expect(minutesHeadingEnd(lines('Decision No. 187 of the City Council\nText'), 0)).toBe(-1)
    expect(minutesHeadingEnd(lines('Решение принято: проект «X» поддержан\nТекст'), 0)).toBe(-1)
  })

  it('reads a date with the document\'s number after it', () => {
    expect(withoutDocumentNumber('2011 m. vasario 17 d. Nr. NK-2')).toBe('2011 m. vasario 17 d.')
    expect(withoutDocumentNumber('12.05.2010 No 1-12/345')).toBe('12.05.2010')
    expect(withoutDocumentNumber('Rīgā, 2013. gada 12. novembrī')).toBe('Rīgā, 2013. gada 12. novembrī')
    const draft = new Draft()
    expect(readPublishedDate(new Doc('2011 m. vasario 17 d. Nr. NK-2\nUkmergė'), draft, 0).found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2011-02-17')
  })
})

describe('a professional network\'s post (round 18)', () => {
  it('knows the date line with bullets, short months and years and "Edited"', () => {
    expect(isPostDateLine('1mo • Edited •')).toBe(true)
    expect(isPostDateLine('2w • 🌐')).toBe(true)
    expect(isPostDateLine('1yr •')).toBe(true)
    expect(isPostDateLine('• Results • Partners •')).toBe(false)
  })

  it('finds the date line under the author, past the author\'s headline, but not past a sentence', () => {
    const lines = (text: string) => new Doc(text).lines
    expect(postDateLineUnder(lines('Ilze Kalniņa\nYouth work | Project coordinator at Youth Centre "Pulss"\n1mo • Edited •\nPost'), 0)).toBe(2)
    expect(postDateLineUnder(lines('Biedrība „X”\n3 d. · 🌍\nPost'), 0)).toBe(1)
    expect(postDateLineUnder(lines('Heading\nA whole sentence of the lead.\n3 d. ·'), 0)).toBe(-1)
  })
})

describe('readPublishedDate with the lead after two slashes (round 18)', () => {
  it('dates the page by "Last updated: … //" without taking the update for the publication', () => {
    const draft = new Draft()
    const read = readPublishedDate(new Doc('Last updated: 04.05.2016 // The Embassy visited Alytus to mark the end of a project.\nBody\n'), draft, 0)
    expect(read).toEqual({ next: 1, found: true })
    expect(draft.fields.publishedDate).toBeNull()
  })

  it('takes "Published: … //" as the publication date', () => {
    const draft = new Draft()
    expect(readPublishedDate(new Doc('Published: 4 May 2016 // The Embassy visited Alytus.\n'), draft, 0).found).toBe(true)
    expect(draft.fields.publishedDate).toBe('2016-05-04')
  })
})
