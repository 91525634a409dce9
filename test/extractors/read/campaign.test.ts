import { describe, expect, it } from 'vitest'
import { CAMPAIGN, CAMPAIGN_IN_QUOTES, CAMPAIGN_LEAD_VERB, CAMPAIGN_RUNS, isCampaignPage } from '../../../src/extractors/read/campaign.js'
import { partiesInLead } from '../../../src/extractors/read/leads.js'
import { addStatedPeriod } from '../../../src/extractors/read/dates-in-text.js'
import { Draft } from '../../../src/extractors/draft.js'

describe('isCampaignPage', () => {
  it('is a page that names a campaign and no project', () => {
    expect(isCampaignPage('MTÜ X korraldas kampaania „Ära jaga!“.')).toBe(true)
    expect(isCampaignPage('Valsts policija rīkoja kampaņu skolēnu drošībai.')).toBe(true)
    expect(isCampaignPage('The campaign "Safe Summer" ran in June.')).toBe(true)
  })

  it('is not a page that speaks of a project, nor one without a campaign', () => {
    expect(isCampaignPage('Projekti raames korraldati kampaania „Ära jaga!“.')).toBe(false)
    expect(isCampaignPage('Policija surengė akciją mokyklose.')).toBe(false)
  })
})

describe('campaign patterns', () => {
  it('find the word before a campaign\'s quoted name in its cases', () => {
    expect(CAMPAIGN_IN_QUOTES().exec('Kampaania „Ära jaga!“ jõudis 40 kooli')?.[0]).toBe('Kampaania ')
    expect(CAMPAIGN_IN_QUOTES().exec('uzsāka kampaņu „Drošs ceļš”')?.[0]).toBe('kampaņu ')
    expect(CAMPAIGN_IN_QUOTES().exec('Kampaania jõudis kooli')).toBeNull()
  })

  it('read the organiser from a lead and the period from a sentence of the campaign', () => {
    expect(partiesInLead('MTÜ Noorte Tugila korraldas 1. oktoobrist kuni 15. detsembrini 2021 koolides kampaania „Ära jaga!“.', 0, CAMPAIGN_LEAD_VERB)?.promoter.value).toBe('MTÜ Noorte Tugila')
    const draft = new Draft()
    addStatedPeriod(draft, 'MTÜ X korraldas 1. oktoobrist kuni 15. detsembrini 2021 koolides kampaania „Y“.', 0, CAMPAIGN, CAMPAIGN_RUNS)
    expect([draft.fields.startDate, draft.fields.endDate]).toEqual(['2021-10-01', '2021-12-15'])
  })
})
