/**
 * The places `findPlaces` knows: Baltic counties, planning regions, cities and towns,
 * plus a few well-known places of neighbours and donor states.
 *
 * Each spelling is a small pattern read by `expandSpelling` (./places.ts):
 *   `lt:Vilni|us`        stem `Vilni`, nominative ending `us`, Lithuanian paradigm `us`
 *   `lv.f6:Daugavpil|s`  Latvian paradigm `f6` (6th declension, -pils towns)
 *   `et:Tallinn>Tallinna` Estonian nominative and genitive stem (cases hang on the latter)
 *   `ru:Клайпед|а`       Russian stem and nominative ending (`ru.ka:` for a stem in г, к, х: `Кретинги`)
 *   `Warsaw`             one fixed form
 *   leading `^`          only with a capital letter (short, or also a common word)
 *   leading `!`          only when an area word follows (`Harju maakond`, `Lääne County`)
 * In a name of several words only the last one inflects. Diacritics need not be spelled
 * twice: matching folds them away (`Riga`, `Klaipeda`, `Kedainiai` come for free).
 */

export type PlaceKind = 'county' | 'region' | 'city' | 'town'

export interface GazetteerEntry {
  /** Canonical name: the local official spelling for Baltic places, English for others. */
  readonly name: string
  /** ISO 3166-1 alpha-2. */
  readonly country: string
  readonly kind: PlaceKind
  readonly spellings: readonly string[]
  /** Also the name of a county: `Telšių apskritis`, `Tartu maakond`, `Vilnius County`. */
  readonly county?: boolean
  /** Also the name of a planning region: `Rīgas plānošanas reģions`. */
  readonly region?: boolean
}

interface Extra {
  county?: boolean
  region?: boolean
}

function entries(country: string, rows: ReadonlyArray<readonly [PlaceKind, string, readonly string[], Extra?]>): GazetteerEntry[] {
  return rows.map(([kind, name, spellings, extra]) => ({ name, country, kind, spellings, ...extra }))
}

const COUNTY: Extra = { county: true }

/** Lithuania: the 10 counties are named after their seats, so those towns carry `county`. */
const LITHUANIA = entries('LT', [
  // Latvian `Viļņa`, `Kauņa`, `Šauļi` fold to `vilna` (wool), `kauna` (of shame), `sauli` (sun).
  ['city', 'Vilnius', ['lt:Vilni|us', '^lv:Viļņ|a', 'et:Vilnius>Vilniuse', 'ru:Вильнюс|'], COUNTY],
  ['city', 'Kaunas', ['lt:Kaun|as', '^lv:Kauņ|a', 'et:Kaunas>Kaunase', 'ru:Каунас|'], COUNTY],
  ['city', 'Klaipėda', ['lt:Klaipėd|a', 'lv:Klaipēd|a', 'et:Klaipėda', 'ru:Клайпед|а'], COUNTY],
  ['city', 'Šiauliai', ['lt:Šiauli|ai', '^lv:Šauļ|i', 'Шяуляй'], COUNTY],
  ['city', 'Panevėžys', ['lt:Panevėž|ys', 'ru:Паневежис|'], COUNTY],
  ['city', 'Alytus', ['lt:Alyt|us', 'ru:Алитус|'], COUNTY],
  ['city', 'Marijampolė', ['lt:Marijampol|ė', 'Мариямполе'], COUNTY],
  ['town', 'Telšiai', ['lt:Telši|ai', 'Тельшяй'], COUNTY],
  ['town', 'Tauragė', ['lt:Taurag|ė', 'Таураге'], COUNTY],
  ['city', 'Utena', ['lt:Uten|a', 'ru:Утен|а'], COUNTY],
  ['city', 'Jonava', ['lt:Jonav|a', 'ru:Йонав|а']],
  ['city', 'Mažeikiai', ['lt:Mažeiki|ai', 'Мажейкяй']],
  ['town', 'Kėdainiai', ['lt:Kėdaini|ai', 'Кедайняй']],
  ['town', 'Visaginas', ['lt:Visagin|as', 'ru:Висагинас|']],
  // `plunge` is an English word.
  ['town', 'Plungė', ['^lt:Plung|ė']],
  ['town', 'Zarasai', ['lt:Zaras|ai', 'Зарасай']],
  ['town', 'Kazlų Rūda', ['lt:Kazlų Rūd|a']],
  ['town', 'Vilkaviškis', ['lt:Vilkavišk|is']],
  ['town', 'Ukmergė', ['lt:Ukmerg|ė', 'Укмерге']],
  ['town', 'Naujoji Akmenė', ['lt:Naujoji Akmen|ė', 'lt:Naujosios Akmen|ė']],
  ['town', 'Akmenė', ['^lt:Akmen|ė']],
  ['town', 'Anykščiai', ['lt:Anykšči|ai']],
  ['town', 'Birštonas', ['lt:Biršton|as']],
  ['town', 'Biržai', ['lt:Birž|ai', 'Биржай']],
  ['town', 'Druskininkai', ['lt:Druskinink|ai', 'Друскининкай']],
  ['town', 'Elektrėnai', ['lt:Elektrėn|ai', 'Электренай']],
  ['town', 'Gargždai', ['lt:Gargžd|ai']],
  ['town', 'Ignalina', ['lt:Ignalin|a', 'ru:Игналин|а']],
  ['town', 'Joniškis', ['lt:Jonišk|is']],
  ['town', 'Jurbarkas', ['lt:Jurbark|as']],
  ['town', 'Kaišiadorys', ['lt.pl:Kaišiador|ys']],
  // also the common noun `kalvarija` (calvary)
  ['town', 'Kalvarija', ['^lt:Kalvarij|a']],
  // `kelme` is also the locative of `kelmas` (stump)
  ['town', 'Kelmė', ['^lt:Kelm|ė']],
  ['town', 'Kretinga', ['lt:Kreting|a', 'ru.ka:Кретинг|а']],
  ['town', 'Kupiškis', ['lt:Kupišk|is']],
  ['town', 'Lazdijai', ['lt:Lazdij|ai']],
  ['town', 'Molėtai', ['lt:Molėt|ai']],
  ['town', 'Neringa', ['^lt:Nering|a']],
  ['town', 'Pagėgiai', ['lt:Pagėgi|ai']],
  ['town', 'Pakruojis', ['lt.jo:Pakruoj|is']],
  ['town', 'Palanga', ['lt:Palang|a', 'ru.ka:Паланг|а']],
  ['town', 'Pasvalys', ['lt:Pasval|ys']],
  ['town', 'Prienai', ['lt:Prien|ai']],
  // The settlement of two correction houses, named as where prison work happens.
  ['town', 'Pravieniškės', ['lt:Pravienišk|ės']],
  ['town', 'Radviliškis', ['lt:Radvilišk|is']],
  ['town', 'Raseiniai', ['lt:Raseini|ai']],
  ['town', 'Rietavas', ['lt:Rietav|as']],
  ['town', 'Rokiškis', ['lt:Rokišk|is', 'ru:Рокишкис|']],
  ['town', 'Skuodas', ['lt:Skuod|as']],
  ['town', 'Šakiai', ['^lt:Šaki|ai']],
  ['town', 'Šalčininkai', ['lt:Šalčinink|ai', 'Шальчининкай']],
  ['town', 'Šilalė', ['lt:Šilal|ė']],
  ['town', 'Šilutė', ['lt:Šilut|ė', 'Шилуте']],
  ['town', 'Širvintos', ['lt:Širvint|os']],
  ['town', 'Švenčionys', ['lt.pl:Švenčion|ys']],
  // `traku`, `trakus`: Latvian `crazy`
  ['town', 'Trakai', ['^lt:Trak|ai', 'Тракай']],
  ['town', 'Varėna', ['lt:Varėn|a']],
  ['region', 'Žemaitija', ['lt:Žemaitij|a', 'Samogitia']],
  ['region', 'Aukštaitija', ['lt:Aukštaitij|a']],
  ['region', 'Dzūkija', ['lt:Dzūkij|a']],
  ['region', 'Suvalkija', ['lt:Suvalkij|a']],
])

const LATVIA = entries('LV', [
  ['region', 'Kurzeme', ['lv:Kurzem|e', 'lt:Kuržem|ė', 'Courland', 'Курземе']],
  ['region', 'Zemgale', ['lv:Zemgal|e', 'lt:Žiemgal|a', 'Semigallia', 'Земгале']],
  ['region', 'Vidzeme', ['lv:Vidzem|e', 'lt:Vidžem|ė', 'Видземе']],
  ['region', 'Latgale', ['lv:Latgal|e', 'lt:Latgal|a', 'Latgalia', 'ru:Латгали|я', 'Латгале']],
  ['region', 'Pierīga', ['lv:Pierīg|a']],
  ['region', 'Sēlija', ['lv:Sēlij|a', 'Selonia']],
  // `Rīgas reģions` is the Rīga planning region.
  ['city', 'Rīga', ['lv:Rīg|a', 'lt:Ryg|a', 'et:Riia', 'ru.ka:Риг|а'], { region: true }],
  // A district of Rīga whose first word is Moscow's genitive (`Maskavas`): named whole, it is Rīga's.
  ['town', 'Maskavas forštate', ['lv:Maskavas forštat|e']],
  ['city', 'Daugavpils', ['lv.f6:Daugavpil|s', 'lt:Daugpil|is', 'et:Daugavpils>Daugavpilsi', 'ru:Даугавпилс|']],
  ['city', 'Jelgava', ['lv:Jelgav|a', 'lt:Jelgav|a', 'ru:Елгав|а']],
  ['city', 'Jēkabpils', ['lv.f6:Jēkabpil|s', 'lt:Jekabpil|is', 'ru:Екабпилс|']],
  // `jūrmala` is also the common noun `seaside`.
  ['city', 'Jūrmala', ['^lv:Jūrmal|a', '^lt:Jūrmal|a', 'ru:Юрмал|а']],
  ['city', 'Liepāja', ['lv:Liepāj|a', 'lt:Liepoj|a', 'ru:Лиепа|я']],
  ['city', 'Ventspils', ['lv.f6:Ventspil|s', 'lt:Ventspil|is', 'ru:Вентспилс|']],
  ['city', 'Rēzekne', ['lv:Rēzekn|e', 'lt:Rėzekn|ė', 'Резекне']],
  ['city', 'Valmiera', ['lv:Valmier|a', 'lt:Valmier|a', 'ru:Валмиер|а']],
  ['city', 'Ogre', ['^lv:Ogr|e']],
  ['town', 'Cēsis', ['lv:Cēs|is', 'ru:Цесис|']],
  ['town', 'Olaine', ['lv:Olain|e', 'Олайне']],
  ['town', 'Aizkraukle', ['lv:Aizkraukl|e']],
  ['town', 'Bauska', ['lv:Bausk|a', 'ru.ka:Бауск|а']],
  ['town', 'Dobele', ['lv:Dobel|e', 'Добеле']],
  ['town', 'Tukums', ['lv:Tukum|s', 'ru:Тукумс|']],
  ['town', 'Sigulda', ['lv:Siguld|a', 'ru:Сигулд|а']],
  ['town', 'Salaspils', ['lv.f6:Salaspil|s', 'ru:Саласпилс|']],
  ['town', 'Kuldīga', ['lv:Kuldīg|a', 'ru.ka:Кулдиг|а']],
  ['town', 'Talsi', ['lv:Tals|i']],
  ['town', 'Kocēni', ['lv:Kocēn|i']],
  ['town', 'Madona', ['^lv:Madon|a']],
  ['town', 'Gulbene', ['lv:Gulben|e', 'Гулбене']],
  ['town', 'Alūksne', ['lv:Alūksn|e', 'Алуксне']],
  ['town', 'Balvi', ['lv:Balv|i', 'Балви']],
  ['town', 'Ludza', ['lv:Ludz|a', 'ru:Лудз|а']],
  ['town', 'Krāslava', ['lv:Krāslav|a', 'ru:Краслав|а']],
  ['town', 'Preiļi', ['lv:Preiļ|i', 'Прейли']],
  ['town', 'Līvāni', ['lv:Līvān|i']],
  ['town', 'Limbaži', ['lv:Limbaž|i']],
  ['town', 'Smiltene', ['lv:Smilten|e']],
  ['town', 'Valka', ['lv:Valk|a']],
  // `saldus` is also `sweet` in Latvian and Lithuanian.
  ['town', 'Saldus', ['^lv:Sald|us']],
  ['town', 'Kandava', ['lv:Kandav|a']],
  ['town', 'Auce', ['lv:Auc|e']],
  ['town', 'Ādaži', ['lv:Ādaž|i']],
  ['town', 'Ķekava', ['lv:Ķekav|a']],
  ['town', 'Mārupe', ['lv:Mārup|e']],
  ['town', 'Ropaži', ['lv:Ropaž|i']],
  ['town', 'Saulkrasti', ['lv:Saulkrast|i']],
  ['town', 'Iecava', ['lv:Iecav|a']],
  ['town', 'Grobiņa', ['lv:Grobiņ|a']],
  ['town', 'Aizpute', ['lv:Aizput|e']],
  ['town', 'Skrunda', ['lv:Skrund|a']],
  ['town', 'Ilūkste', ['lv:Ilūkst|e']],
  ['town', 'Koknese', ['lv:Koknes|e']],
  ['town', 'Pļaviņas', ['lv:Pļaviņ|as']],
  ['town', 'Lielvārde', ['lv:Lielvārd|e']],
  ['town', 'Ikšķile', ['lv:Ikšķil|e']],
  ['town', 'Baldone', ['lv:Baldon|e']],
  ['town', 'Vangaži', ['lv:Vangaž|i']],
  ['town', 'Rūjiena', ['lv:Rūjien|a']],
  ['town', 'Salacgrīva', ['lv:Salacgrīv|a']],
  ['town', 'Viļaka', ['lv:Viļak|a']],
  ['town', 'Dagda', ['lv:Dagd|a']],
  ['town', 'Zilupe', ['lv:Zilup|e']],
  ['town', 'Kārsava', ['lv:Kārsav|a']],
  ['town', 'Jaunjelgava', ['lv:Jaunjelgav|a']],
  ['town', 'Varakļāni', ['lv:Varakļān|i']],
  ['town', 'Carnikava', ['lv:Carnikav|a']],
  ['town', 'Inčukalns', ['lv:Inčukaln|s']],
  ['town', 'Ķegums', ['lv:Ķegum|s']],
  ['town', 'Lubāna', ['lv:Lubān|a']],
  ['town', 'Priekuļi', ['lv:Priekuļ|i']],
])

/**
 * Estonia: county towns carry `county` (`Tartu maakond`); counties without a namesake
 * town stand alone, their bare stem (`Harju`, `Lääne` = west) only before an area word.
 */
const ESTONIA = entries('EE', [
  ['county', 'Harju', ['et:Harjumaa', '!et:Harju']],
  ['county', 'Hiiu', ['et:Hiiumaa', '!et:Hiiu']],
  ['county', 'Ida-Viru', ['et:Ida-Virumaa', 'et:Ida-Viru', 'Ида-Вирумаа']],
  ['county', 'Järva', ['et:Järvamaa', '!et:Järva']],
  ['county', 'Lääne', ['et:Läänemaa', '!et:Lääne']],
  ['county', 'Lääne-Viru', ['et:Lääne-Virumaa', 'et:Lääne-Viru']],
  ['county', 'Saare', ['et:Saaremaa', '!et:Saare']],
  ['county', 'Tartu', ['et:Tartumaa']],
  ['county', 'Pärnu', ['et:Pärnumaa']],
  ['county', 'Viljandi', ['et:Viljandimaa']],
  ['county', 'Valga', ['et:Valgamaa']],
  ['county', 'Võru', ['et:Võrumaa']],
  ['county', 'Põlva', ['et:Põlvamaa']],
  ['county', 'Rapla', ['et:Raplamaa']],
  ['county', 'Jõgeva', ['et:Jõgevamaa']],
  ['city', 'Tallinn', ['et:Tallinn>Tallinna', 'lv:Tallin|a', 'lt:Talin|as', 'ru:Таллин|', 'ru:Таллинн|']],
  ['city', 'Tartu', ['et:Tartu', 'Тарту'], COUNTY],
  ['city', 'Narva', ['et:Narva', 'lv:Narv|a', 'lt:Narv|a', 'ru:Нарв|а']],
  ['city', 'Pärnu', ['et:Pärnu', 'lv:Pērnav|a', 'Пярну'], COUNTY],
  ['city', 'Kohtla-Järve', ['et:Kohtla-Järve', 'Кохтла-Ярве']],
  ['town', 'Narva-Jõesuu', ['et:Narva-Jõesuu', 'Нарва-Йыэсуу']],
  ['town', 'Viljandi', ['et:Viljandi', 'Вильянди'], COUNTY],
  ['town', 'Maardu', ['et:Maardu', 'Маарду']],
  ['town', 'Rakvere', ['et:Rakvere', 'Раквере']],
  ['town', 'Kuressaare', ['et:Kuressaare', 'Курессааре']],
  ['town', 'Sillamäe', ['et:Sillamäe', 'Силламяэ']],
  // `võru` (ring) and `põlva` are also common words.
  ['town', 'Võru', ['^et:Võru'], COUNTY],
  // Latvian `valgs` (damp) gives `valga`, `valgu`
  ['town', 'Valga', ['et:Valga', '^lv:Valg|a'], COUNTY],
  ['town', 'Põlva', ['^et:Põlva'], COUNTY],
  ['town', 'Rapla', ['et:Rapla'], COUNTY],
  ['town', 'Jõgeva', ['et:Jõgeva'], COUNTY],
  ['town', 'Paide', ['et:Paide']],
  ['town', 'Jõhvi', ['et:Jõhvi', 'Йыхви']],
  ['town', 'Haapsalu', ['et:Haapsalu', 'Хаапсалу']],
  ['town', 'Keila', ['et:Keila']],
  ['town', 'Kärdla', ['et:Kärdla']],
  ['town', 'Elva', ['et:Elva']],
  ['town', 'Saue', ['et:Saue']],
  ['town', 'Türi', ['et:Türi']],
  // `tapa` is also a verb (to kill).
  ['town', 'Tapa', ['^et:Tapa']],
  ['town', 'Paldiski', ['et:Paldiski', 'Палдиски']],
  ['town', 'Loksa', ['et:Loksa']],
  ['town', 'Otepää', ['et:Otepää']],
  ['town', 'Räpina', ['et:Räpina']],
  ['town', 'Tõrva', ['et:Tõrva']],
  ['town', 'Põltsamaa', ['et:Põltsamaa']],
  ['town', 'Kiviõli', ['et:Kiviõli']],
  // Harju County's parishes by their centres; `harku` is also a word (a fork's partitive), `saku` a brand.
  ['town', 'Harku', ['^et:Harku']],
  ['town', 'Tabasalu', ['et:Tabasalu']],
  ['town', 'Viimsi', ['et:Viimsi']],
  ['town', 'Kuusalu', ['et:Kuusalu']],
  ['town', 'Saku', ['^et:Saku']],
])

/** Donor states (Norway, Iceland, Liechtenstein) and neighbours, for partners and exchanges. */
const ABROAD: GazetteerEntry[] = [
  ...entries('NO', [
    ['city', 'Oslo', ['et:Oslo', 'lt:Osl|as']],
    ['city', 'Bergen', ['et:Bergen>Bergeni', 'lv:Bergen|a', 'lt:Bergen|as']],
    ['city', 'Stavanger', ['et:Stavanger>Stavangeri', 'lv:Stavanger|a', 'lt:Stavanger|is']],
    ['city', 'Trondheim', ['et:Trondheim>Trondheimi', 'lv:Tronheim|a']],
    ['city', 'Kristiansand', ['Kristiansand']],
    ['city', 'Tromsø', ['Tromsø']],
    ['city', 'Drammen', ['Drammen']],
    ['town', 'Bjerkreim', ['Bjerkreim']],
  ]),
  ...entries('IS', [
    ['city', 'Reykjavík', ['et:Reykjavík>Reykjavíki', 'lv:Reikjavīk|a', 'lt:Reikjavik|as']],
    ['city', 'Akureyri', ['Akureyri']],
  ]),
  ...entries('LI', [['town', 'Vaduz', ['Vaduz']]]),
  ...entries('BG', [
    ['city', 'Sofia', ['et:Sofia', 'lv:Sofij|a', 'lt:Sofij|a']],
    ['city', 'Plovdiv', ['Plovdiv', 'lv:Plovdiv|a', 'lt:Plovdiv|as']],
    // `varna` is also Lithuanian for `crow`
    ['city', 'Varna', ['^Varna']],
    ['city', 'Burgas', ['Burgas']],
  ]),
  ...entries('PL', [
    ['city', 'Warsaw', ['Warsaw', 'Warszawa', 'lv:Varšav|a', 'lt:Varšuv|a', 'et:Varssavi']],
    ['city', 'Kraków', ['Kraków', 'lv:Krakov|a', 'lt:Krokuv|a']],
    ['city', 'Gdańsk', ['Gdańsk', 'lt:Gdansk|as']],
    ['city', 'Białystok', ['Białystok', 'lt:Balstog|ė']],
  ]),
  ...entries('FI', [
    ['city', 'Helsinki', ['Helsinki', 'lv:Helsink|i', 'lt:Helsink|is', 'et:Helsingi']],
    // `turku`: Latvian and Lithuanian for `of the Turks`
    ['city', 'Turku', ['^Turku']],
    ['city', 'Tampere', ['Tampere']],
  ]),
  ...entries('SE', [
    ['city', 'Stockholm', ['et:Stockholm>Stockholmi', 'lv:Stokholm|a', 'lt:Stokholm|as']],
    ['city', 'Gothenburg', ['Gothenburg', 'Göteborg']],
    ['city', 'Malmö', ['Malmö']],
    ['city', 'Uppsala', ['Uppsala']],
  ]),
  ...entries('DK', [['city', 'Copenhagen', ['Copenhagen', 'København', 'lv:Kopenhāgen|a', 'lt:Kopenhag|a', 'et:Kopenhaagen>Kopenhaageni']]]),
  ...entries('DE', [['city', 'Berlin', ['et:Berlin>Berliini', 'lv:Berlīn|e', 'lt:Berlyn|as']]]),
  ...entries('BE', [['city', 'Brussels', ['Brussels', 'Bruxelles', 'lv:Brisel|e', 'lt:Briusel|is', 'et:Brüssel>Brüsseli']]]),
  ...entries('BY', [
    ['city', 'Minsk', ['et:Minsk>Minski', 'lv:Minsk|a', 'lt:Minsk|as']],
    ['city', 'Grodno', ['Grodno', 'Hrodna', 'lt:Gardin|as']],
    ['city', 'Vitebsk', ['Vitebsk', 'lv:Vitebsk|a', 'lt:Vitebsk|as']],
  ]),
  ...entries('RU', [
    ['city', 'Moscow', ['Moscow', 'Moskva', 'lv:Maskav|a', 'lt:Maskv|a']],
    ['city', 'Kaliningrad', ['Kaliningrad', 'lv:Kaļiņingrad|a', 'lt:Kaliningrad|as']],
    ['city', 'Pskov', ['Pskov', 'lv:Pleskav|a', 'lt:Pskov|as', 'et:Pihkva']],
  ]),
  ...entries('TR', [
    ['city', 'Istanbul', ['et:Istanbul>Istanbuli', 'lv:Stambul|a', 'lt:Stambul|as']],
    ['city', 'Ankara', ['Ankara']],
  ]),
]

export const GAZETTEER: readonly GazetteerEntry[] = [...LITHUANIA, ...LATVIA, ...ESTONIA, ...ABROAD]
