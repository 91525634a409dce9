import { describe, expect, it } from 'vitest'
import { findFunders, fundersInLabel, literalStart, topLevelAlternatives } from '../../../src/extractors/lexicon/funders.js'

const named = (text: string): Array<[string, string]> => findFunders(text).map((match) => [match.funder, text.slice(match.offset, match.offset + match.length)])

describe('findFunders', () => {
  it('finds every funder in document order, with its span', () => {
    expect(named('Funded by the EEA Grants and Norway Grants, Interreg and the European Union (UNODC, Erasmus +).')).toEqual([
      ['EEA Grants', 'EEA Grants'],
      ['Norway Grants', 'Norway Grants'],
      ['Interreg', 'Interreg'],
      ['European Union', 'European Union'],
      ['UNODC', 'UNODC'],
      ['Erasmus+', 'Erasmus +'],
    ])
  })

  it('names no funder in an agency of the Union (a publisher), but the Union where it funds', () => {
    expect(named('European Union Drugs Agency > Best practice')).toEqual([])
    expect(named('the European Union Agency for Fundamental Rights; co-funded by the European Union.')).toEqual([['European Union', 'European Union']])
  })

  it('reads Latvian and Lithuanian spellings in any case', () => {
    expect(named('NORVĒĢIJAS FINANŠU INSTRUMENTA un EEZ finanšu instrumenta atbalsts; Eiropas Sociālā fonda projekts')).toEqual([
      ['Norway Grants', 'NORVĒĢIJAS FINANŠU INSTRUMENTA'],
      ['EEA Grants', 'EEZ finanšu instrumenta'],
      ['European Social Fund', 'Eiropas Sociālā fonda'],
    ])
    expect(named('Norvegijos finansinio mechanizmo ir EEE finansinio mechanizmo lėšos')).toEqual([
      ['Norway Grants', 'Norvegijos finansinio mechanizmo'],
      ['EEA Grants', 'EEE finansinio mechanizmo'],
    ])
  })

  it('reads a name broken by a text browser\'s joined margin (no-break spaces after the joint), with its span in the text', () => {
    expect(named('īsteno Eiropas \u00a0\u00a0\u00a0Sociālā fonda (ESF) projektu')).toEqual([['European Social Fund', 'Eiropas \u00a0\u00a0\u00a0Sociālā fonda']])
    expect(named('Norway \u00a0Grants and EEA Grants')).toEqual([
      ['Norway Grants', 'Norway \u00a0Grants'],
      ['EEA Grants', 'EEA Grants'],
    ])
  })

  it('reads the European Economic Area spelled out as the EEA Grants', () => {
    expect(named('Euroopa Majanduspiirkonna (EMP) ja Norra finantsmehhanismide toel; katab EMP ja Norra finantsmehhanism')).toEqual([
      ['EEA Grants', 'Euroopa Majanduspiirkonna (EMP) ja Norra finantsmehhanismide'],
      ['Norway Grants', 'Norra finantsmehhanismide'],
      ['EEA Grants', 'EMP ja Norra finantsmehhanism'],
      ['Norway Grants', 'Norra finantsmehhanism'],
    ])
    expect(named('Europos ekonominės erdvės finansinis mechanizmas; Eiropas Ekonomikas zonas finanšu instrumenta programma')).toEqual([
      ['EEA Grants', 'Europos ekonominės erdvės finansinis mechanizmas'],
      ['EEA Grants', 'Eiropas Ekonomikas zonas finanšu instrumenta'],
    ])
  })

  it('reads the European Regional Development Fund in any case of its name and language', () => {
    expect(named('Eiropas Reģionālās attīstības fonda līdzfinansēts; Europos regioninės plėtros fondas; Euroopa Regionaalarengu Fondi toel; European Regional Development Fund')).toEqual([
      ['European Regional Development Fund', 'Eiropas Reģionālās attīstības fonda'],
      ['European Regional Development Fund', 'Europos regioninės plėtros fondas'],
      ['European Regional Development Fund', 'Euroopa Regionaalarengu Fondi'],
      ['European Regional Development Fund', 'European Regional Development Fund'],
    ])
    // A regional development plan or agency is no fund.
    expect(named('Eiropas reģionālās attīstības plāns; Europos regioninės plėtros agentūra')).toEqual([])
  })

  it('reads the European Social Fund in any case of its name, and the Estonian spellings', () => {
    expect(named('Finansējuma avots: Eiropas Sociālais fonds. Ar Eiropas Sociālo fondu; Europos socialinis fondas; Euroopa Sotsiaalfondi toel')).toEqual([
      ['European Social Fund', 'Eiropas Sociālais fonds'],
      ['European Social Fund', 'Eiropas Sociālo fondu'],
      ['European Social Fund', 'Europos socialinis fondas'],
      ['European Social Fund', 'Euroopa Sotsiaalfondi'],
    ])
    expect(named('EMP ja Norra toetused; Euroopa Majanduspiirkonna (EMP) finantsmehhanismi kaudu; Euroopa Liidu ja Euroopa Komisjoni toel')).toEqual([
      ['EEA Grants', 'EMP ja Norra toetused'],
      ['Norway Grants', 'Norra toetused'],
      ['EEA Grants', 'Euroopa Majanduspiirkonna (EMP) finantsmehhanismi'],
      ['European Union', 'Euroopa Liidu'],
      ['European Union', 'Euroopa Komisjoni'],
    ])
    // Not a funder's name: a temp file, a "Sotsiaal" word alone.
    expect(named('temp toetus, Euroopa sotsiaalne mudel')).toEqual([])
  })

  it('reads the Nordic Council of Ministers and Soros Foundation–Latvia, also in a running head\'s capitals', () => {
    expect(named('Nordic Council of Ministers grant; Ziemeļvalstu Ministru padomes birojs; Põhjamaade Ministrite Nõukogu Büroo; NORDIC COUNCIL OF MINISTERS')).toEqual([
      ['Nordic Council of Ministers', 'Nordic Council of Ministers'],
      ['Nordic Council of Ministers', 'Ziemeļvalstu Ministru padomes'],
      ['Nordic Council of Ministers', 'Põhjamaade Ministrite Nõukogu'],
      ['Nordic Council of Ministers', 'NORDIC COUNCIL OF MINISTERS'],
    ])
    expect(named('SOROS FOUNDATION–LATVIA   ANNUAL REPORT; Soros Foundation - Latvia; Sorosa fonds – Latvija')).toEqual([
      ['Soros Foundation–Latvia', 'SOROS FOUNDATION–LATVIA'],
      ['Soros Foundation–Latvia', 'Soros Foundation - Latvia'],
      ['Soros Foundation–Latvia', 'Sorosa fonds – Latvija'],
    ])
    // Norway's anchor still finds Norway beside the Nordic council; a Nordic word alone is no funder.
    expect(named('Norway Grants and the Nordic countries')).toEqual([['Norway Grants', 'Norway Grants']])
  })

  it('reads the Swiss contribution\'s cooperation programmes in English, the Baltic languages and Russian', () => {
    expect(named('Swiss-Lithuanian Cooperation Programme; Latvian-Swiss cooperation programme; Latvijas un Šveices sadarbības programmas; Lietuvos ir Šveicarijos bendradarbiavimo programa; Eesti-Šveitsi koostööprogrammi')).toEqual([
      ['Swiss Contribution', 'Swiss-Lithuanian Cooperation Programme'],
      ['Swiss Contribution', 'Latvian-Swiss cooperation programme'],
      ['Swiss Contribution', 'Šveices sadarbības programmas'],
      ['Swiss Contribution', 'Šveicarijos bendradarbiavimo programa'],
      ['Swiss Contribution', 'Šveitsi koostööprogrammi'],
    ])
    expect(named('при поддержке Литовско-швейцарской программы сотрудничества; Швейцарская программа сотрудничества')).toEqual([
      ['Swiss Contribution', 'Литовско-швейцарской программы сотрудничества'],
      ['Swiss Contribution', 'Швейцарская программа сотрудничества'],
    ])
    // A partner from Switzerland names no funder.
    expect(named('a partner from a Swiss university; Šveices Sarkanais Krusts; швейцарский партнёр')).toEqual([])
  })

  it('keeps the case rules of each spelling', () => {
    expect(named('european union and European Union')).toEqual([['European Union', 'European Union']])
    expect(named('unodc, erasmus+')).toEqual([])
  })

  it('matches whole words only', () => {
    expect(named('xNorway Grants, Norway Grantsx')).toEqual([])
  })

  it("reads UNODC's name spelled out, as a letterhead gives it, but not its address", () => {
    expect(named('UNITED NATIONS OFFICE ON DRUGS AND CRIME\nInterim progress report; the United Nations Office on Drugs and Crime grant')).toEqual([
      ['UNODC', 'UNITED NATIONS OFFICE ON DRUGS AND CRIME'],
      ['UNODC', 'United Nations Office on Drugs and Crime'],
    ])
    expect(named('http://www.unodc.org/balticstates/ and the United Nations office in Riga')).toEqual([])
  })

  it('counts a funder only when one of its plain words is in the text', () => {
    // The long s matches "s" without case, but "Grantſ" is not the plain word "grants".
    expect(named('Norway Grantſ')).toEqual([])
    expect(named('Norway Grantſ and Norwegian Financial Mechanism')).toEqual([
      ['Norway Grants', 'Norway Grantſ'],
      ['Norway Grants', 'Norwegian Financial Mechanism'],
    ])
  })

  it('reads a text dense with near-spellings the same way', () => {
    expect(findFunders('Europ '.repeat(100) + 'European Union')).toEqual([{ funder: 'European Union', offset: 600, length: 14 }])
    expect(findFunders('Norway '.repeat(100) + 'Norway Grantſ')).toEqual([])
    expect(named('Norway '.repeat(100) + 'Norway Grantſ, Norway Grants')).toEqual([
      ['Norway Grants', 'Norway Grantſ'],
      ['Norway Grants', 'Norway Grants'],
    ])
  })

  it('names the funders of a grant label once each, in document order', () => {
    expect(fundersInLabel('From EEA Grants and Norway Grants and EEA Grants')).toEqual(['EEA Grants', 'Norway Grants'])
  })
})

describe('the sticky spelling alternatives', () => {
  it('split each pattern at its top-level bars only, and keep the plain start of each', () => {
    expect(topLevelAlternatives(String.raw`\bA b\b|\bC (?:d|e)?f\p{L}{0,4}|[|]x|\(|y`)).toEqual([String.raw`\bA b\b`, String.raw`\bC (?:d|e)?f\p{L}{0,4}`, '[|]x', String.raw`\(`, 'y'])
    expect(literalStart(String.raw`\bNorvēģijas (?:valdības )?x`)).toBe('Norvēģijas ')
    expect(literalStart(String.raw`\bErasmus ?\+`)).toBe('Erasmus')
    expect(literalStart(String.raw`\bEEA Grants\b`)).toBe('EEA Grants')
    expect(literalStart('(?:a)')).toBe('')
  })
})

describe('findFunders, Russian', () => {
  it('finds the Norwegian Financial Mechanism in any case', () => {
    expect(findFunders('1 330 250 крон выделяет Норвежский финансовый механизм.').map((match) => match.funder)).toEqual(['Norway Grants'])
    expect(findFunders('при поддержке Норвежского финансового механизма').map((match) => match.funder)).toEqual(['Norway Grants'])
    expect(findFunders('Источник финансирования: Норвежские гранты 2014–2021').map((match) => match.funder)).toEqual(['Norway Grants'])
  })
})

describe('findFunders, the EEA in Russian', () => {
  it('reads the EEA financial mechanism spelled out or abbreviated in Russian', () => {
    expect(findFunders('Финансового механизма Европейской экономической зоны 2009–2014').map((match) => match.funder)).toEqual(['EEA Grants'])
    expect(findFunders('финансирование Финансового механизма ЕЭЗ и Норвежского финансового механизма').map((match) => match.funder)).toEqual(['EEA Grants', 'Norway Grants'])
  })
})

describe('findFunders, a name a print hyphenated', () => {
  it('reads the margin a joined hyphenated word keeps before the space as no gap', () => {
    expect(findFunders('ЕЭЗ и Норвежского\u00a0\u00a0 финансового механизма').map((match) => match.funder)).toEqual(['Norway Grants'])
  })
})
