/**
 * Field labels as pages write them, in English, Latvian, Lithuanian, Estonian and the Baltic states'
 * Russian (lower case).
 * One lexicon serves every layout: a new spelling added here helps all of them.
 */
import type { AmountRole } from '../../schema/record.js'
import { isDigitCode } from '../../normalise/code-units.js'
import { isSpaceCode } from '../read/text.js'
import { LABEL_TRIE } from './label-trie.js'

export type LabelKey =
  | 'title'
  | 'acronym'
  | 'projectNumber'
  | 'promoter'
  | 'partners'
  | 'status'
  | 'targetGroups'
  | 'location'
  | 'duration'
  | 'startDate'
  | 'endDate'
  | 'objective'
  | 'description'
  | 'activities'
  | 'results'
  | 'contact'
  | 'coordinator'
  | 'measure'
  | `amount:${AmountRole}`
  | 'amount:share'

export const labels: ReadonlyArray<readonly [LabelKey, readonly string[]]> = [
  ['title', ['название проекта', 'название', 'наименование проекта', 'title', 'project title', 'title of the project', 'project name', 'name of the project', 'projekti nimi', 'projekti pealkiri', 'projekta nosaukums', 'nosaukums', 'projekto pavadinimas', 'pavadinimas', 'projekti nimetus', 'nimetus']],
  ['acronym', ['сокращённое название', 'project acronym', 'acronym', 'short title', 'projekta akronīms', 'akronīms', 'projekto akronimas', 'akronimas', 'projekti akronüüm', 'acronyme']],
  [
    'projectNumber',
    ['номер проекта', '№ проекта', 'project number', 'project no.', 'project no', 'project code', 'project id', 'project identifier', 'project reference', 'project reference number', 'reference no.', 'reference no', 'reference number', 'projekta numurs', 'projekta nr.', 'projekta nr', 'projekta kods', 'projekto numeris', 'projekto nr.', 'projekto kodas', 'sutarties numeris', 'sutarties nr.', 'projekti number', 'projekti nr', 'projekti nr.', 'projekti kood', 'projekta identifikācijas nr.', 'projekta identifikācijas nr', 'projekta identifikācijas numurs', 'identifikācijas nr.', 'numurs', 'numeris', 'grant number', 'grant no.', 'grant no', 'grant agreement number', 'договор №', 'договор no', 'номер договора', '№ договора', 'договор о финансировании №', 'номер соглашения', 'соглашение №', 'līguma nr.', 'līguma numurs', 'lepingu nr', 'lepingu nr.', 'lepingu number', 'registration number', 'registration no.', 'registration no', 'project registration number'],
  ],
  [
    'promoter',
    ['исполнитель проекта', 'исполнитель', 'организатор проекта', 'project promoter', 'promoter', 'beneficiary', 'project beneficiary', 'implementing organisation', 'implementing organization', 'implementing partner', 'implementing partner organisation', 'implementing partner organization', 'implementing agency', 'implementing body', 'implementing institution', 'implementing ngo', 'executing agency', 'executing organisation', 'executing organization', 'grantee', 'grantee organisation', 'grantee organization', 'recipient organisation', 'recipient organization', 'name of the organisation', 'name of the organization', 'name of organisation', 'name of organization', 'grant recipient', 'recipient of the grant', 'grant holder', 'applicant', 'applicant organisation', 'applicant organization', 'lead partner', 'projekta īstenotājs', 'īstenotājs', 'projekta pieteicējs', 'pieteicējs', 'finansējuma saņēmējs', 'projekta iesniedzējs', 'projekto vykdytojas', 'vykdytojas', 'projekto pareiškėjas', 'pareiškėjas', 'paramos gavėjas', 'implemented by', 'project implementer', 'implementer', 'project holder', 'lead organisation', 'lead organization', 'projekti elluviija', 'elluviija', 'taotleja', 'projekto vykdytojai', 'implementing organisation', 'implementing organization', 'lead beneficiary', 'organisation', 'organization', 'responsible organisation', 'responsible organization', 'chef de file', 'porteur du projet', 'bénéficiaire', 'projekta vadošais partneris', 'vadošais partneris', 'main organisation', 'main organization', 'vadovaujantysis partneris', 'pagrindinis partneris', 'juhtpartner', 'projekti läbiviija', 'läbiviija', 'toetuse saaja', 'toetuse saaja nimi', 'principal recipient', 'host institution', 'institution', 'lead institution', 'responsible institution', 'host organisation', 'host organization', 'host club', 'host partner', 'host sponsor', 'получатель финансирования', 'получатель гранта', 'организация-исполнитель', 'организация-исполнитель проекта', 'исполняющая организация', 'реализатор проекта', 'заявитель', 'заявитель проекта', 'ответственный исполнитель', 'ответственный исполнитель проекта', 'бенефициар', 'бенефициар проекта', 'ведущий партнёр', 'ведущий партнер'],
  ],
  ['partners', ['партнёры', 'партнеры', 'партнёры проекта', 'партнеры проекта', 'партнёр проекта', 'партнер проекта', 'project partners', 'project partner', 'projekti partner', 'donor project partners', 'donor project partner', 'other project partners', 'other project partner', 'beneficiary project partners', 'beneficiary project partner', 'donor partners', 'donor partner', 'project partner(s)', 'partner(s)', 'partners', 'partner', 'partner organisations', 'partner organizations', 'partner organisation', 'partner organization', 'partenaires', 'partenaire', 'projekta partneri', 'partneri', 'projekta partneris', 'projekto partneriai', 'partneriai', 'projekto partneris', 'sadarbības partneri', 'sadarbības partneris', 'projekta sadarbības partneri', 'projekta sadarbības partneris', 'donorvalsts partneri', 'donorvalsts partneris', 'donorvalsts projekta partneri', 'donorvalsts projekta partneris', 'partnerid', 'projekti partnerid', 'doonorriigi partner', 'doonorriigi partnerid', 'doonorpartner', 'projekto partneris latvijoje', 'projekto partneris lietuvoje', 'projekto partneriai latvijoje', 'projekta partneris lietuvā', 'projekta partneris latvijā', 'koostööpartnerid', 'koostööpartner', 'projekti koostööpartnerid', 'partneris', 'partnerė', 'partneris norvegijoje', 'partneris islandijoje', 'partneris lichtenšteine', 'projekto partneris norvegijoje', 'projekto partneris islandijoje', 'partneris iš norvegijos', 'partneris iš islandijos', 'partneris iš lichtenšteino', 'projekto partneris iš norvegijos', 'projekto partneris iš islandijos', 'projekto partneris iš lichtenšteino', 'partner norrast', 'partner islandilt', 'partner islandist', 'partner liechtensteinist', 'partner eestist', 'norra partner', 'partneris norvēģijā', 'partneris islandē', 'partneris no norvēģijas', 'partneris no islandes', 'partneris no lihtenšteinas', 'projekta partneri latvijā', 'projekta partneri norvēģijā', 'projekta partneri islandē', 'projekta partneri lihtenšteinā', 'projekta partneris norvēģijā', 'partneri latvijā', 'partneri norvēģijā', 'cooperation partners', 'cooperation partner', 'nordic partner', 'nordic partners', 'nordic partner(s)', 'other partner(s)', 'other partners', 'other partner', 'foreign partner', 'foreign partners', 'donorų projekto partneriai', 'donorų projekto partneris', 'kiti projekto partneriai', 'donoru projekta partneri', 'citi projekta partneri', 'doonorprojekti partnerid', 'teised projekti partnerid', 'sub-recipients', 'sub-recipient', 'international partner', 'international partner club', 'international partner clubs', 'partner club', 'partner clubs', 'cooperating organisation', 'cooperating organization', 'cooperating organisations', 'cooperating organizations', 'cooperating partner', 'cooperating partners', 'mūsu partneri', 'mūsu partneri projektā', 'mūsu partneri šajā projektā', 'partneri šajā projektā', 'mūsų partneriai', 'mūsų partneriai projekte', 'mūsų partneriai šiame projekte', 'partneriai šiame projekte', 'meie partnerid', 'meie partnerid projektis', 'meie partnerid selles projektis', 'partnerid selles projektis', 'our partners', 'our project partners', 'our partners in the project', 'our partners in this project', 'partners in this project', 'наши партнёры', 'наши партнеры', 'наши партнёры в проекте', 'наши партнеры в проекте']],
  ['status', ['статус', 'статус проекта', 'status', 'project status', 'projekta statuss', 'statuss', 'projekto būsena', 'būsena', 'projekto statusas', 'projekti staatus', 'staatus', 'projekti seis', 'projekti olek', 'projekto būklė', 'būklė', 'grant status']],
  [
    'targetGroups',
    ['целевая группа', 'целевые группы', 'target groups', 'target group', 'beneficiaries', 'projekta mērķa grupa', 'mērķa grupa', 'mērķa grupas', 'mērķauditorija', 'tikslinė grupė', 'tikslinės grupės', 'projekto tikslinė grupė', 'sihtrühm', 'sihtrühmad', 'projekti sihtrühm', 'projekti sihtrühmad'],
  ],
  ['location', ['the project is carried out in', 'projektas vykdomas', 'location', 'venue', 'venues', 'project venue', 'project venues', 'project location', 'project locations', 'place of implementation', 'region', 'īstenošanas vieta', 'projekta īstenošanas vieta', 'įgyvendinimo vieta', 'projekto įgyvendinimo vieta', 'vykdymo vieta', 'projekto vykdymo vieta', 'veiklų vykdymo vieta', 'piirkond', 'projekti piirkond', 'tegevuspiirkond', 'toimumise koht', 'projekti toimumise koht', 'elluviimise koht', 'projekti elluviimise koht', 'место реализации', 'место реализации проекта', 'research sites', 'research site', 'project sites', 'project site', 'study sites', 'study site']],
  [
    'duration',
    ['срок реализации', 'срок реализации проекта', 'период реализации', 'период реализации проекта', 'продолжительность проекта', 'duration', 'project duration', 'project period', 'grant period', 'implementation period', 'project implementation period', 'period', 'grant agreement period', 'period of the grant agreement', 'projekta ilgums', 'ilgums', 'projekta īstenošanas laiks', 'īstenošanas laiks', 'plānotais īstenošanas laiks', 'plānotais projekta īstenošanas laiks', 'plānotais īstenošanas periods', 'planned implementation period', 'planned project period', 'projekta īstenošanas periods', 'īstenošanas periods', 'projekto trukmė', 'trukmė', 'įgyvendinimo laikotarpis', 'projekto įgyvendinimo laikotarpis', 'period of implementation', 'implementation dates', 'project dates', 'timeframe', 'projekto įgyvendinimo trukmė', 'laikotarpis', 'projekti kestus', 'kestus', 'projekti periood', 'periood', 'elluviimise periood', 'projekti elluviimise periood', 'abikõlblikkuse periood', 'projekti abikõlblikkuse periood', 'years of implementation', 'year(s) of implementation', 'implementation years', 'years of operation', 'elluviimise aeg', 'projekti elluviimise aeg', 'projekti toimumise aeg', 'term', 'grant term', 'term of the grant', 'grant duration'],
  ],
  ['startDate', ['начало проекта', 'дата начала', 'дата начала проекта', 'начало реализации', 'start date', 'project start', 'start', 'starting date', 'projekta sākums', 'sākuma datums', 'projekto pradžia', 'pradžia', 'projekto įgyvendinimo pradžia', 'įgyvendinimo pradžia', 'date du début', 'date de début', 'projekti algus', 'algus', 'projekti alguskuupäev', 'alguskuupäev', 'startdatum', 'projektbeginn', 'project start date', 'projekta sākuma datums']],
  ['endDate', ['окончание проекта', 'дата окончания', 'дата окончания проекта', 'окончание реализации', 'дата завершения', 'дата завершения проекта', 'end date', 'project end', 'end', 'completion date', 'projekta beigas', 'beigu datums', 'projekto pabaiga', 'pabaiga', 'date de fin', 'projekta īstenošanas termiņš', 'īstenošanas termiņš', 'projekto įgyvendinimo pabaiga', 'įgyvendinimo pabaiga', 'projekto pabaigos data', 'projekti lõpp', 'lõpp', 'projekti lõppkuupäev', 'lõppkuupäev', 'enddatum', 'projektende', 'project end date', 'projekta beigu datums', 'completion', 'project completion', 'project completion date', 'expected completion date']],
  ['objective', ['цель проекта', 'цели проекта', 'project objective', 'project objectives', 'objective', 'objectives', 'project goal', 'projekta mērķis', 'mērķis', 'projekta mērķi', 'projekto tikslas', 'tikslas', 'projekto tikslai', 'projekto uždaviniai', 'uždaviniai', 'projekta uzdevumi', 'uzdevumi', 'projekti ülesanded', 'ülesanded', 'project tasks', 'projekti eesmärk', 'projekti eesmärgid', 'eesmärk', 'eesmärgid', 'purpose', 'grant purpose', 'purpose of the grant', 'purpose of grant']],
  ['description', ['описание проекта', 'описание', 'description', 'project description', 'projekta apraksts', 'apraksts', 'projekto aprašymas', 'aprašymas']],
  ['activities', ['activities', 'project activities', 'projekta aktivitātes', 'aktivitātes', 'projekto veiklos', 'veiklos']],
  ['results', ['results', 'summary of project results', 'project results', 'rezultāti', 'projekta rezultāti', 'rezultatai', 'projekto rezultatai']],
  // A coordinator or the project's leader is the body that carries out the project or, mostly, the
  // person who runs it (see applyEntries).
  ['coordinator', ['руководитель проекта', 'координатор проекта', 'координатор', 'coordinator', 'project coordinator', 'coordinating organisation', 'coordinating organization', 'coordinating institution', 'projektijuht', 'projekti juht', 'projekto vadovas', 'projekto vadovė', 'projekta vadītājs', 'projekta vadītāja', 'project leader', 'project manager']],
  ['contact', ['контактное лицо', 'contact person', 'contact', 'contacts', 'kontaktpersona', 'kontakpersona', 'kontaktpersonas', 'kontaktinis asmuo', 'kontaktai']],
  // A funder's name ("Finansavimo šaltinis", "Rahastaja") is read by the funders lexicon, not as a fact of its own.
  ['measure', ['программа', 'источник финансирования', 'paramos priemonė', 'priemonė', 'programme', 'program', 'programma', 'programa', 'finansavimo šaltinis', 'rahastaja', 'funding source', 'source of funding']],
  // The grants site's facts as a translation tool gives them in Lithuanian, Latvian and Estonian.
  ['amount:initial_cost', ['первоначальная стоимость проекта', 'первоначальная стоимость', 'initial project cost', 'initial cost', 'pradinė projekto kaina', 'sākotnējās projekta izmaksas', 'projekti esialgne maksumus']],
  ['amount:final_cost', ['фактические расходы', 'фактические расходы проекта', 'фактическая стоимость проекта', 'фактическая стоимость', 'итоговая стоимость проекта', 'actual costs', 'actual project costs', 'actual expenditure', 'final project cost', 'final cost', 'galutinė projekto kaina', 'galīgās projekta izmaksas', 'projekti lõplik maksumus']],
  [
    'amount:total_cost',
    ['общая стоимость проекта', 'стоимость проекта', 'общий бюджет проекта', 'общий бюджет', 'общие расходы проекта', 'общие расходы', 'total project cost', 'total cost', 'total costs', 'project cost', 'total budget', 'total project budget', 'total budget of the project', 'projekta izmaksas', 'izmaksas', 'projekta kopējās izmaksas', 'kopējās izmaksas', 'kopējais finansējums', 'projekta kopējais finansējums', 'finansējums', 'financing', 'bendra projekto vertė', 'projekto vertė', 'bendra vertė', 'projekto biudžetas', 'total eligible cost', 'total eligible costs', 'total eligible budget', 'eligible costs', 'kopējās attiecināmās izmaksas', 'attiecināmās izmaksas', 'tinkamos finansuoti išlaidos', 'projekti eelarve', 'eelarve kokku', 'projekti eelarve kokku', 'budget total', 'coût total', 'project value', 'total project value', 'total value', 'kogumaksumus', 'projekti kogumaksumus', 'kogueelarve', 'projekti kogueelarve', 'projekti maksumus', 'maksumus', 'abikõlblikud kulud', 'abikõlblikud kulud kokku', 'bendra projekto suma', 'projekto suma', 'funding', 'total funding', 'total cost of the project', 'total costs of the project'],
  ],
  ['amount:budget', ['бюджет проекта', 'бюджет', 'budget', 'unodc budget', 'project budget', 'projekta budžets', 'budžets', 'biudžetas', 'eelarve']],
  [
    'amount:grant',
    ['грант', 'сумма гранта', 'сумма финансирования', 'размер финансирования', 'размер гранта', 'сумма поддержки', 'грант еэз', 'грант норвегии', 'финансирование норвегии', 'финансирование еэз', 'финансирование ес', 'выделенная поддержка', 'from norway grants', 'from eea grants', 'from eea grants and norway grants', 'from eea and norway grants', 'grant', 'project grant', 'grant amount', 'amount of the grant', 'amount of grant', 'unodc grant', 'unodc contribution', 'unodc funding', 'grant from unodc', 'eea grant', 'norway grant', 'projektui skirtas finansavimas', 'skirtas finansavimas', 'finansavimo suma', 'piešķirtais finansējums', 'finansējuma apmērs', 'eu contribution', 'eu funding', 'eu grant', 'eu funds', 'es finansējums', 'es lėšos', 'skirta es lėšų', 'toetus', 'contribution ue', 'financement ue', 'cofinancement ue', 'erdf co-financing', 'erdf cofinancing', 'erdf contribution', 'erdf funding', 'erdf', 'eu co-financing', 'eu cofinancing', 'es fondų lėšos', 'europos sąjungos fondų lėšos', 'esf lėšos', 'erpf lėšos', 'norvegijos finansinio mechanizmo lėšos', 'eee finansinio mechanizmo lėšos', 'paramos suma', 'paramos dydis', 'skirtos paramos suma', 'skirta parama', 'skirta lėšų', 'skirta valstybės biudžeto lėšų', 'skirta savivaldybės biudžeto lėšų', 'es ir lietuvos respublikos biudžeto lėšos', 'es ir lr biudžeto lėšos', 'es ir valstybės biudžeto lėšos', 'amount requested', 'requested amount', 'requested grant', 'requested funding', 'projekto dotacija', 'projekta dotācija', 'projekti toetus', 'programmas finansējums', 'norvēģijas finanšu instrumenta finansējums', 'eez un norvēģijas finanšu instrumentu finansējums', 'total approved amount', 'approved amount', 'approved grant amount', 'финансирование норвежского финансового механизма', 'финансирование финансового механизма еэз', 'pieprasītais finansējums', 'pieprasītā summa', 'prašoma suma', 'prašomas finansavimas', 'prašoma paramos suma', 'taotletav summa', 'taotletud summa', 'taotletav toetus', 'получено финансирования', 'полученное финансирование', 'получено финансирование', 'сумма полученного финансирования', 'saņemtais finansējums', 'gautas finansavimas', 'gauta finansavimo suma', 'saadud toetus', 'amount received', 'funding received', 'amount', 'amount awarded', 'award amount', 'awarded amount', 'grant awarded'],
  ],
  ['amount:cofinancing', ['софинансирование', 'государственное софинансирование', 'co-financing', 'cofinancing', 'co-funding', 'līdzfinansējums', 'bendrafinansavimas', 'nacionalinis bendrafinansavimas', 'own contribution', 'contribution of the implementing agency', 'contribution of the implementing organisation', 'contribution of the implementing organization', 'national co-financing', 'national cofinancing', 'valsts budžeta līdzfinansējums', 'omafinantseering', 'kaasfinantseering', 'kaasfinantseerimine', 'omafinantseerimine', 'kaasrahastus', 'kaasrahastamine', 'omarahastus', 'omaosalus', 'riiklik kaasfinantseering', 'savivaldybės lėšos', 'savivaldybės prisidėjimas', 'valstybės biudžeto lėšos', 'nacionalinis bendrasis finansavimas', 'projekto vykdytojo įnašas', 'vykdytojo įnašas', 'pareiškėjo įnašas', 'nuosavas įnašas', 'partnerių įnašas', 'projekto vykdytojo indėlis', 'vykdytojo indėlis', 'pareiškėjo indėlis', 'nuosavas indėlis', 'valla omaosalus', 'linna omaosalus', 'собственный вклад', 'собственный вклад организации', 'вклад организации', 'собственные средства', 'собственные средства организации', 'club contribution', 'club contributions', 'club contributions (cash)', 'club contribution (cash)', 'cash contributions', 'local co-financing', 'local cofinancing', 'local contribution', 'local contributions']],
  // A procurement notice's estimated contract value: money the project spends, not its cost; a grant report's sum paid out so far.
  ['amount:other', ['projektui išmokėta lėšų', 'išmokėta lėšų', 'išmokėta', 'paid out', 'amount paid', 'izmaksāts', 'hanke eeldatav maksumus', 'eeldatav maksumus', 'numatoma pirkimo vertė', 'pirkimo vertė', 'paredzamā līgumcena', 'iepirkuma paredzamā līgumcena', 'estimated contract value', 'estimated value of the contract', 'total disbursed to date', 'disbursed to date', 'total disbursed', 'amount disbursed']],
  ['amount:share', ['iš jo es dalis', 'iš jų es dalis', 'of which eu share', 'tai skaitā es finansējums']],
]

const byPhrase = new Map<string, LabelKey>()
for (const [key, phrases] of labels) for (const phrase of phrases) byPhrase.set(phrase, key)

/**
 * The phrases as a trie over their lower-case code units. Its tables are strings of 16-bit units,
 * generated ahead of time into label-trie.ts from this lexicon (test/extractors/lexicon/label-trie.test.ts
 * writes them again when the lexicon changes): building the trie on the first document took ~5 ms
 * of every start. A string is read unit by unit as fast as a typed array, and costs nothing to load.
 * State s's children are at offsets[s] .. offsets[s + 1] - 1 of `columns` (sorted) and `targets`;
 * a step is a binary search among them, 0 when no phrase goes on so. A line that is no label
 * usually leaves the trie within a few characters.
 */
interface LabelTrie {
  /** Columns of the phrases' characters, by code unit (0: in no phrase). */
  letterColumn: Uint8Array
  /** The column of each code unit below UNIT_LIMIT once lower-cased (lowerUnit), or NOT_PER_UNIT. */
  unitColumn: Uint8Array
  offsets: string
  columns: string
  targets: string
  /** The phrase that ends in each state, and its key. */
  phraseAt: Array<string | null>
  keyAt: Array<LabelKey | null>
}

/** The trie's tables, as label-trie.ts holds them. */
export interface LabelTrieTables {
  /** The phrases' characters, sorted: the column of letters[i] is i + 1. */
  letters: string
  offsets: string
  columns: string
  targets: string
  /** The state each phrase ends in, in the lexicon's order (the first of a repeated phrase). */
  ends: string
}

const ROOT = 1
/** The column of a unit lowerUnit cannot lower-case alone (İ, Σ, surrogates). */
const NOT_PER_UNIT = 255
/** unitColumn covers Latin-1 and Latin Extended-A, where the phrases' letters are. */
const UNIT_LIMIT = 0x180

/** The trie's tables built from the lexicon: what label-trie.ts must hold. */
export function labelTrieTables(): LabelTrieTables {
  const letters = [...new Set([...byPhrase.keys()].join('').split(''))].sort()
  // Columns are bytes below NOT_PER_UNIT and states and offsets fit a unit below the surrogates: a lexicon past that needs another layout.
  if (letters.length + 1 >= NOT_PER_UNIT) throw new Error('the label lexicon has too many characters for its trie')
  const column = new Map(letters.map((letter, index) => [letter, index + 1]))
  const children: Array<Map<number, number>> = [new Map(), new Map()]
  const ends: number[] = []
  for (const phrase of byPhrase.keys()) {
    let state = ROOT
    for (const letter of phrase.split('')) {
      const at = column.get(letter)!
      let next = children[state]!.get(at)
      if (next === undefined) {
        next = children.length
        children.push(new Map())
        children[state]!.set(at, next)
      }
      state = next
    }
    ends.push(state)
  }
  if (children.length >= 0xd800) throw new Error('the label lexicon has too many states for its trie')
  const offsets: number[] = []
  const columns: number[] = []
  const targets: number[] = []
  for (const edges of children) {
    offsets.push(columns.length)
    for (const [at, next] of [...edges].sort((a, b) => a[0] - b[0])) {
      columns.push(at)
      targets.push(next)
    }
  }
  offsets.push(columns.length)
  const units = (values: number[]): string => String.fromCharCode(...values)
  return { letters: letters.join(''), offsets: units(offsets), columns: units(columns), targets: units(targets), ends: units(ends) }
}

let labelTrie: LabelTrie | null = null

function loadLabelTrie(): LabelTrie {
  const { letters, offsets, columns, targets, ends } = LABEL_TRIE
  let letterLimit = 0
  for (let i = 0; i < letters.length; i++) letterLimit = Math.max(letterLimit, letters.charCodeAt(i) + 1)
  const letterColumn = new Uint8Array(letterLimit)
  for (let i = 0; i < letters.length; i++) letterColumn[letters.charCodeAt(i)] = i + 1
  const unitColumn = new Uint8Array(UNIT_LIMIT)
  for (let code = 0; code < UNIT_LIMIT; code++) unitColumn[code] = columnOfLower(letterColumn, lowerUnit(code))
  const phraseAt = new Array<string | null>(offsets.length).fill(null)
  const keyAt = new Array<LabelKey | null>(offsets.length).fill(null)
  let index = 0
  for (const [phrase, key] of byPhrase) {
    const state = ends.charCodeAt(index++)
    phraseAt[state] = phrase
    keyAt[state] = key
  }
  labelTrie = { letterColumn, unitColumn, offsets, columns, targets, phraseAt, keyAt }
  return labelTrie
}

/** The state `state` goes on to with `column`, 0 when no phrase goes on so. */
function step(trie: LabelTrie, state: number, column: number): number {
  let low = trie.offsets.charCodeAt(state)
  let high = trie.offsets.charCodeAt(state + 1)
  while (low < high) {
    const middle = (low + high) >> 1
    const at = trie.columns.charCodeAt(middle)
    if (at === column) return trie.targets.charCodeAt(middle)
    if (at < column) low = middle + 1
    else high = middle
  }
  return 0
}

/** The column of a code unit that is lower-cased already (lowerUnit's -1 gives NOT_PER_UNIT). */
function columnOfLower(letterColumn: Uint8Array, lower: number): number {
  if (lower < 0) return NOT_PER_UNIT
  return lower < letterColumn.length ? letterColumn[lower]! : 0
}

/** The column of any code unit, once lower-cased. */
function columnOf(trie: LabelTrie, code: number): number {
  return code < UNIT_LIMIT ? trie.unitColumn[code]! : columnOfLower(trie.letterColumn, lowerUnit(code))
}

/**
 * The lower case of one code unit, where lower-casing it alone gives what `toLowerCase()` on
 * the whole text gives at that place: not for İ (two units), final-sigma Σ (depends on what
 * follows), or surrogates (lower-cased as pairs). -1 for those.
 */
function lowerUnit(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code
  let lower = lowerCache[code]!
  if (lower === 0) {
    const text = String.fromCharCode(code).toLowerCase()
    lower = text.length !== 1 || code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff) ? -1 : text.charCodeAt(0)
    lowerCache[code] = lower
  }
  return lower
}
/** lowerUnit by code unit, filled on first use; 0 is not yet known (no unit ≥ 128 lower-cases to U+0000). */
const lowerCache = new Int32Array(0x10000)

export function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\s*[:：]$/, '').trim().toLowerCase()
}

/** The key of a line that is exactly a label (with or without a trailing colon). */
export function labelOf(text: string): LabelKey | null {
  if (text.length > 80) return null
  // normaliseLabel, read on the fly: trim; drop a final colon and the space before it; collapse
  // each run of space to ' '; lower-case. The walk ends as soon as no phrase can match.
  let start = 0
  let end = text.length
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  const last = text.charCodeAt(end - 1)
  if (end > start && (last === 58 || last === 0xff1a)) {
    end--
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  }
  end = shareBracketStart(text, start, end)
  const trie = labelTrie ?? loadLabelTrie()
  const space = trie.letterColumn[32] ?? 0
  let state = ROOT
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    let column = space
    if (isSpaceCode(code)) {
      while (isSpaceCode(text.charCodeAt(i + 1))) i++
    } else {
      column = columnOf(trie, code)
      if (column === NOT_PER_UNIT) return byPhrase.get(normaliseLabel(text)) ?? null
    }
    state = step(trie, state, column)
    if (state === 0) return null
  }
  return trie.keyAt[state] ?? null
}

export interface InlineLabel {
  key: LabelKey
  /** Offset of the value within the given text. */
  valueStart: number
}

/**
 * A label at the start of a line followed by a colon, a tab or a dash and then the value
 * ("Projekto vykdytojas: X", "Projekta ilgums<TAB>X", "Duration 01 October 2008 - …").
 * `bare` also accepts a single space after the label, for labels that pages write that way.
 */
export function inlineLabelOf(text: string, bare: ReadonlySet<LabelKey> = noBare): InlineLabel | null {
  // The phrases `text.slice(0, 90).toLowerCase()` starts with, longest last: walk the trie along it.
  const found = prefixPhrases
  found.length = 0
  const limit = Math.min(text.length, 90)
  const trie = labelTrie ?? loadLabelTrie()
  const { phraseAt } = trie
  let state = ROOT
  for (let i = 0; i < limit; i++) {
    const column = columnOf(trie, text.charCodeAt(i))
    if (column === NOT_PER_UNIT) return inlineLabelInLower(text, bare)
    state = step(trie, state, column)
    if (state === 0) break
    const phrase = phraseAt[state] as string | null
    if (phrase !== null) found.push(phrase)
  }
  if (found.length === 0) return null
  // Longest phrase first, so "project title" wins over "title".
  for (let i = found.length - 1; i >= 0; i--) {
    const inline = inlineAfter(text, found[i]!, bare)
    if (inline) return inline
  }
  return null
}
/** Reused between calls (inlineAfter does not call back in). */
const prefixPhrases: string[] = []

/** inlineLabelOf for text the walk cannot lower-case unit by unit: the same walk over the lower-cased copy. */
function inlineLabelInLower(text: string, bare: ReadonlySet<LabelKey>): InlineLabel | null {
  const lower = text.slice(0, 90).toLowerCase()
  const found: string[] = []
  const trie = labelTrie ?? loadLabelTrie()
  const { phraseAt, letterColumn } = trie
  let state = ROOT
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    state = step(trie, state, code < letterColumn.length ? letterColumn[code]! : 0)
    if (state === 0) break
    const phrase = phraseAt[state] as string | null
    if (phrase !== null) found.push(phrase)
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const inline = inlineAfter(text, found[i]!, bare)
    if (inline) return inline
  }
  return null
}

/** The separators after a label, tried right where the label ends (sticky: the text is not copied). */
const SEPARATOR = /\s*(?::|：|\t|\s[-–—]\s)\s*/y
const BARE_SEPARATOR = / +/y

/** The label `phrase` (a prefix of the lower-cased text) when a separator and a value follow it. */
function inlineAfter(text: string, phrase: string, bare: ReadonlySet<LabelKey>): InlineLabel | null {
  // Both separators start with a space or a colon: after a letter, say, neither can match.
  const after = text.charCodeAt(phrase.length)
  if (after !== 58 && after !== 0xff1a && !isSpaceCode(after)) return null
  const key = byPhrase.get(phrase)!
  const labelEnd = shareBracketEnd(text, phrase.length)
  let separator = matchAt(SEPARATOR, text, labelEnd)
  if (separator < 0 && bare.has(key)) separator = matchAt(BARE_SEPARATOR, text, labelEnd)
  if (separator < 0) return null
  const valueStart = labelEnd + separator
  if (valueStart >= text.length) return null
  return { key, valueStart }
}

/** Whether a code unit may stand inside a share's brackets: digits, spaces, ',', '.' and '%'. */
function isShareCode(code: number): boolean {
  return isDigitCode(code) || code === 37 || code === 44 || code === 46 || isSpaceCode(code)
}

/**
 * "Grant (85%)", "Софинансирование (15 %)": the share a label states in brackets is no part of its
 * name. Returns where the label ends before such a bracket (and the space before it), else `end`.
 */
function shareBracketStart(text: string, start: number, end: number): number {
  if (text.charCodeAt(end - 1) !== 41) return end
  let at = end - 2
  let percent = false
  for (; at > start && isShareCode(text.charCodeAt(at)); at--) if (text.charCodeAt(at) === 37) percent = true
  if (!percent || text.charCodeAt(at) !== 40) return end
  while (at > start && isSpaceCode(text.charCodeAt(at - 1))) at--
  return at
}

/** The end of a share in brackets after a label's phrase (" (85%)"), or `at` when none follows. */
function shareBracketEnd(text: string, at: number): number {
  let open = at
  while (isSpaceCode(text.charCodeAt(open))) open++
  if (text.charCodeAt(open) !== 40) return at
  let close = open + 1
  let percent = false
  for (; close < text.length && isShareCode(text.charCodeAt(close)); close++) if (text.charCodeAt(close) === 37) percent = true
  return percent && text.charCodeAt(close) === 41 ? close + 1 : at
}

/** The length of the sticky `pattern`'s match at `at`, or -1. */
function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at
  return pattern.test(text) ? pattern.lastIndex - at : -1
}

const noBare: ReadonlySet<LabelKey> = new Set()
