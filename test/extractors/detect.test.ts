/**
 * Which layout claims a page: a page of a family goes to its extractor however it was saved,
 * and a page of another site that happens to share a few words goes to none (generic reads it).
 */
import { describe, expect, it } from 'vitest'
import { Doc } from '../../src/extractors/doc.js'
import { DETECT_THRESHOLD } from '../../src/extractors/index.js'
import { unodcBalticGrant } from '../../src/extractors/unodc-baltic-grant.js'
import { lvNorwaygrantsPage } from '../../src/extractors/lv-norwaygrants-page.js'
import { eeaProjectFacts } from '../../src/extractors/eea-project-facts.js'

const claims = (extractor: { detect(doc: Doc): number }, text: string): boolean => extractor.detect(new Doc(text)) >= DETECT_THRESHOLD

describe('unodc-baltic-grant detect', () => {
  it('leaves another site\'s "Project information", "Project title:" and "Duration:" to generic', () => {
    const page = 'Youth Line\n\nProject information\n\nProject title: Peer support\nDuration: 1 September 2016 – 31 August 2018\nFunded by: Erasmus+\n'
    expect(claims(unodcBalticGrant, page)).toBe(false)
  })
  it('claims the same signs on a page that names UNODC, and a page with the site\'s own headings', () => {
    expect(claims(unodcBalticGrant, 'Project information\n\nProject title: Peer support\nDuration 1 May 2007 - 1 May 2008\nUNODC budget: 10 000 EUR\n')).toBe(true)
    expect(claims(unodcBalticGrant, 'Project information\n\nProject title: Peer support\nDuration: 2007\nFunded by UNODC.\n')).toBe(true)
    expect(claims(unodcBalticGrant, 'Project title\n\n"Drop-in centre"\nDuration 1 March 2008 - 28 February 2009\nProject goal and objectives\n')).toBe(true)
  })
  it("claims a printed grant summary and a grantee's progress report by the grant's facts under the office's name", () => {
    const summary = 'UNODC Baltic States - Grant summary\n\nProject title:   "Peer support"\nGrantee:         Biedrība "X"\nGrant period:    01.03.2006 – 28.02.2007\nUNODC grant:     LVL 9 850,00\n'
    expect(claims(unodcBalticGrant, summary)).toBe(true)
    const report = 'UNITED NATIONS OFFICE ON DRUGS AND CRIME\nINTERIM PROGRESS REPORT\n\nGrant recipient: Narva City Government\nProject name: Mobile needle exchange\nGrant agreement period: September 1, 2011 – August 31, 2012\nAmount of the grant: 15.980,00 EUR\n'
    expect(claims(unodcBalticGrant, report)).toBe(true)
    // A Word table saved as text: a tab after each label's colon.
    const word = 'UNITED NATIONS OFFICE ON DRUGS AND CRIME\n\nGRANT SUMMARY\n\nProject name:\tDay centre\nGrantee:\tDaugavpils City Social Service\nGrant period:\t01/05/2010 – 31/03/2011\n'
    expect(claims(unodcBalticGrant, word)).toBe(true)
  })
  it("leaves another funder's grant facts to generic", () => {
    const report = 'Youth Line\n\nGrant recipient: Narva City Government\nProject name: Mobile needle exchange\nGrant agreement period: September 1, 2011 – August 31, 2012\nAmount of the grant: 15.980,00 EUR\nFunded by: Erasmus+\n'
    expect(claims(unodcBalticGrant, report)).toBe(false)
  })
})

describe('lv-norwaygrants-page detect', () => {
  it('claims a PDF print whose footer gives the site\'s address beside the page count, not eeagrants.org\'s', () => {
    const page = (address: string): string => `2009.12.03. 14:22   Finanšu ministrija\n\nProjekts LV0093 „Atkarību profilakse”\n\nProjekta īstenotājs - X.\n\n${address}        1/1\n`
    expect(claims(lvNorwaygrantsPage, page('http://www.eeagrants.lv/lv/projekti/lv0093'))).toBe(true)
    expect(claims(lvNorwaygrantsPage, page('https://eeagrants.org/archive/2009-2014/projects/LV0093'))).toBe(false)
  })
  it('leaves a page whose heading names another state\'s project to generic', () => {
    expect(claims(lvNorwaygrantsPage, 'Norway Grants\n\nProject EE0034 "Safe schools in Tartu County"\n\nThe Norwegian Financial Mechanism paid.\n')).toBe(false)
  })
  it('claims a Latvian project\'s heading under the site\'s banner', () => {
    expect(claims(lvNorwaygrantsPage, 'Norway Grants\n\nProject LV08/5 "Probation for juveniles"print\n')).toBe(true)
  })
  it('claims a reader view under the site\'s bare address, a lynx banner and a card naming a Latvian project, not the address alone', () => {
    expect(claims(lvNorwaygrantsPage, 'eeagrants.lv\nRēzekne opens a youth centre\n\nThe project LV-LOCALDEV-0008 "Support" is funded by the EEA Grants.\n')).toBe(true)
    expect(claims(lvNorwaygrantsPage, '   [2]Norway Grants in Latvia | Norvēģijas finanšu instruments\n\nThe State Probation Service completes project LV08/5[16]print\n')).toBe(true)
    expect(claims(lvNorwaygrantsPage, 'EEZ un Norvēģijas granti Latvijā\nSākums\nProjekti\nValsts policijas spēju stiprināšana\nProjekta numurs: LV-HOME-0002\n')).toBe(true)
    expect(claims(lvNorwaygrantsPage, 'eeagrants.lv\nRēzekne opens a youth centre\n\nThe project EE-LOCALDEV-0008 "Support" is funded by the EEA Grants.\n')).toBe(false)
  })
  it('claims a lynx page under the site\'s banner naming a Latvian fund\'s or grant scheme\'s number', () => {
    expect(claims(lvNorwaygrantsPage, '   [3]EEZ un Norvēģijas granti Latvijā\n\nNoslēdzies projekts „X”\n\n   Biedrība „Y” noslēgusi projektu „X” (Nr. 2013.EEZ/PP/1/MIC/052).\n')).toBe(true)
    expect(claims(lvNorwaygrantsPage, '   [3]EEZ un Norvēģijas granti Latvijā\n\nNoslēdzies projekts „X”\n\n   Projekts Nr. NFI/IH/2010/017.\n')).toBe(true)
    expect(claims(lvNorwaygrantsPage, '   [3]EEZ un Norvēģijas granti Latvijā\n\nNoslēdzies projekts „X”\n\n   Biedrība „Y” noslēgusi projektu „X”.\n')).toBe(false)
  })
})

describe('eea-project-facts detect', () => {
  it('finds the facts heading below a text-mode save\'s whole menu', () => {
    const menu = Array.from({ length: 100 }, (_, i) => `  * Menu item ${i}`).join('\n')
    expect(claims(eeaProjectFacts, `${menu}\n\nSafer schools\n\nProject facts\n\nProject promoter:\nX\n\nNorway Grants\n`)).toBe(true)
    expect(claims(eeaProjectFacts, `${menu}\n\nSafer schools\n\nSome other heading\n`)).toBe(false)
  })
  it('claims a page a translation tool gave in Lithuanian, Latvian or Estonian by its translated heading', () => {
    const banners = ['EEE ir Norvegijos dotacijos', 'EEZ un Norvēģijas granti', 'EMP ja Norra toetused']
    for (const [index, heading] of ['Projekto faktai', 'Projekta fakti', 'Projekti faktid'].entries()) {
      expect(claims(eeaProjectFacts, `${banners[index]}\n\nTitle\n\n${heading}\n\nProjekto vykdytojas\nX\n`)).toBe(true)
    }
  })
  it('leaves a page that never names the grants to generic, however like their facts its block is (a Red Cross page)', () => {
    const page = 'Safe Evenings\n\nProject facts\n\nImplementer:      Red Cross, Ida-Viru branch\nProject period:   01.09.2021 - 31.08.2023\nStatus:           ongoing\n'
    expect(claims(eeaProjectFacts, page)).toBe(false)
    expect(claims(eeaProjectFacts, `${page}\nEEA Grants\n`)).toBe(true)
  })
  it('leaves another programme\'s page with a "Project facts" heading to generic, unless it names the grants', () => {
    const page = 'STREETNET\nStreet Work Network\n\nProject facts\n\nProject ID    CB744\nLead partner    Tallinn Youth Work Centre (EE)\n\nInterreg Central Baltic\n'
    expect(claims(eeaProjectFacts, page)).toBe(false)
    expect(claims(eeaProjectFacts, `${page}Norway Grants\n`)).toBe(true)
  })
})
