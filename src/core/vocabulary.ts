// Closed word lists the recognizers rely on. Lower-case keys; edit here, not in the recognizers.
import type { ActorType } from './types';
import { WORLD_PLACE_NAMES, WORLD_PLACE_PHRASES } from './worldPlaces';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s*\|\s*/));

/** World cities and regions (lower case, no diacritics) taken as places when nothing else types a name; see worldPlaces.ts. */
export const WORLD_PLACES = set(WORLD_PLACE_NAMES);
/** Region names with a lower-case joining word ("rio grande do sul"), matched as listed places. */
export const WORLD_PLACE_PHRASE_LIST = set(WORLD_PLACE_PHRASES);

/** Titles and honorifics written before a person's name; kept as the role, never in the span. */
export const TITLE_WORDS = set(`
  mr | mrs | ms | miss | mx | messrs | mmes | mesdames | drs | herr | frau | signor | dr | prof | professor | sir | dame | lord | lady | rev | reverend | fr | father |
  president | vice | prime | minister | secretary | chancellor | premier | governor | gov | senator | sen |
  rep | representative | congressman | congresswoman | majority | minority | whip | mayor | mayoress | ambassador | envoy | consul | king | queen |
  prince | princess | pope | cardinal | bishop | archbishop | imam | rabbi | sheikh | sheikha | emir | sultan |
  general | gen | lt | lieutenant | col | colonel | maj | major | capt | captain | sgt | sergeant | admiral |
  commander | chief | officer | detective | inspector | judge | justice | attorney | prosecutor | chairman |
  chairwoman | chairperson | director | spokesman | spokeswoman | spokesperson | coach | deputy | foreign |
  defense | defence | interior | finance | justice | health | home | state | shadow | acting | former | late |
  councillor | councilor | lawmaker | legislator | superintendent | commissioner | ceo | mp | speaker |
  agent | ayatollah | mullah | general-secretary | secretary-general | premier | emperor | empress | tsar | czar |
  executive | manager | sheriff | marshal | constable | warden | magistrate | vp | leader | taoiseach | tánaiste | tanaiste |
  pharaoh | datuk | dato | mufti | pastor | deacon | ombudsman | opposition | administrator | pm | mep | mla | msp | mk |
  td | commodore | supt | insp | cpl | pte | coun | mps | meps | mlas | mpp | mpps | mna | mhk | justices | senators | judges | governors | mayors | cllr | cr | clerk | collector | councilman | councilwoman | alderman | alderwoman | trustee | supervisor |
  treasurer | comptroller | baroness | countess | viscount | viscountess | duchess | marquess | vice-marshal | air-marshal | ald | correspondent |
  selector | brig | brigadier | cmdr | voivode | prefect | burgomaster | landrat | bürgermeister | councilmember |
  assemblyman | assemblywoman | assemblymember | selectman | selectwoman | freeholder | teammate | scientist | investigator | det
`);

/** Given names the lexicon reads as common words ("jean", "rose", "bill"); never a descriptor before a first name. */
export const COMMON_WORD_GIVEN_NAMES = set(`
  jean | rose | bill | will | joy | faith | hope | dawn | ray | jack | frank | dean | drew | guy | pat | rob | bob | grant |
  chase | sonny | amber | ruby | pearl | june | wade | glen | heath | lane | clay | cliff | rusty | buck | sterling
`);

/** US states as news agencies abbreviate them after a city ("Owatonna, Minn."), without the period, in lower case. */
export const STATE_ABBREVIATIONS = set(`
  ala | ariz | ark | calif | colo | conn | del | fla | ga | ill | ind | kan | kans | ky | la | md | mass | mich | minn | miss |
  mo | mont | neb | nev | okla | ore | pa | tenn | tex | vt | va | wash | wis | wyo | nh | nj | nm | ny | nc | nd | ri | sc | sd | wva
`);

/** Title words that can only be titles, even when they stand before a single capitalized word. */
export const HONORIFICS = set(`mr | mrs | ms | miss | mx | messrs | mmes | mesdames | drs | herr | frau | signor | dr | prof | sir | dame | rev | fr | sen | rep | gov | gen | lt | col | maj | capt | sgt | cllr | cr | coun | ald | supt | insp | cpl | pte | brig | cmdr | det`);

/** Letters written after a person's name ("Jo Cox MP", "Jane Hall QC"); not "KC", also a Nepali surname ("Tek Bahadur KC"). */
export const POST_NOMINALS = set(`mp | mep | mla | msp | mpp | qc | obe | mbe | cbe | kbe | dbe | frs`);

/** Words that end an organization name ("Foreign Ministry", "Contemporary Arts Center"). */
export const ORG_HEADS = set(`
  ministry | agency | center | centre | centers | centres | council | party | university | college | institute | news | department |
  committee | commission | association | organization | organisation | company | corporation | corp | inc | ltd |
  llc | co | bank | church | army | navy | police | court | parliament | assembly | congress | senate | times |
  post | journal | network | foundation | union | league | federation | group | press | service | services |
  office | board | authority | club | team | fc | airlines | airways | aéreas | aereas | force | forces | guard | brigade | brigades |
  front | movement | school | hospital | tribunal | cabinet | government | administration | bureau | media |
  television | tv | radio | channel | broadcasting | herald | tribune | gazette | daily | weekly | magazine |
  review | telegraph | guardian | reuters | alliance | coalition | society | trust | fund | program | programme |
  initiative | project | studios | studio | records | motors | systems | technologies | labs | laboratory | sports |
  industries | holdings | holding | group | fire | museum | academy | conference | forum | summit | secretariat | mission |
  library | theatre | theater | opera | ballet | orchestra | philharmonic | gallery | choir | embassy | consulate |
  municipality | directorate | command | corps | battalion | regiment | militia | observatory | unit | chamber | partnership |
  lab | pictures | productions | entertainment | publishing | division | plc | gmbh | ag | nv | bv | ab | oyj | asa | spa | sa |
  exchange | images | solutions | foods | partners | ventures | investments | pharmaceuticals | enterprises |
  logistics | electronics | networks | telecom | telecoms | telekom | transit | zeitung | rundfunk | nachrichten | rundschau | tagblatt |
  kurier | anzeiger | morgenpost | abendblatt | tageszeitung | promotions | stud
`);

/** Words that end a place name ("Cankaya area" excluded; "Red Square", "Gaza Strip"). */
export const PLACE_HEADS = set(`
  city | county | province | state | district | region | river | lake | sea | ocean | mountain | mountains |
  mount | island | islands | street | st | avenue | road | square | bay | gulf | valley | peninsula | coast |
  strip | desert | airport | station | stadium | mosque | cathedral | abbey | chapel | basilica | temple | palace | bridge | park | hall |
  arena | plaza | harbour | harbor | port | canal | heights | hills | falls | beach | prefecture | territory |
  territories | oblast | republic | kingdom | emirates | hotel | memorial | cemetery | monument | tower | castle |
  shrine | expressway | highway | turnpike | boulevard | empire | trail | springs | delta | bight | strait | straits |
  basin | plateau | garden | gardens | creek | drive | lakes | fountain | reservoir | dam | glacier | reef | forest | crescent | terrace |
  parkway | wharf | pier | quay | marina | mine | oilfield | range | ranges | cay | cays | sound | estate | oval
`);

/** Words that open an organization's name in other languages ("Instituto Gonzaga", "Banco Santander", "Partido Popular"). */
export const ORG_PREFIXES = set(`
  instituto | istituto | institut | universidad | universidade | faculdade | facultad | università | universita | universität | universitat | université |
  universite | ministerio | ministero | ministère | banco | banca | partido | partito | parti | grupo | gruppo |
  fundación | fundacion | fondazione | fondation | colegio | liceo | lycée | escuela | scuola | école | ospedale |
  hôpital | associazione | asociación | asociacion | federación | federazione | fédération | comité | comitato |
  consejo | consiglio | conseil | agencia | agenzia | agence | compañía | compagnie | società | sociedad | société |
  movimento | movimiento | mouvement | frente | fronte | unión | unione | confederación | confederazione |
  fc | afc | ac | cf | sc | ss | sv | vfb | vfl | rc | cd | team | comunidad | comunidade | renovación | renovacion | alianza |
  aliança | unidad | unidade | convergencia | coalición | coalicion | acción | accion | fuerza | congreso | asamblea | assemblée | air | aerolíneas | aerolineas | linhas | companhia | studio
`);

/** Words that open a place name ("Masjid Al-Haram", "Mount Everest", "Lake Victoria", "Fort Lee"). */
export const PLACE_PREFIXES = set(`masjid | mount | lake | fort | cape | isle | gulf | stadio | estadio | stade | co | greater | volcán | volcan | cerro | playa | puerto | kampung | kampong | tanjung | pulau | sungai | bukit | teluk | ciudad`);

/** Lower-case words allowed inside a multi-word name ("Church of Scientology", "Bosnia and Herzegovina"). */
export const NAME_CONNECTORS = set(`of | for | and | de | del | della | di | da | du | des | la | le | van | von | der | den | al | bin | ibn | on | the | &`);

/** Capitalized words that are never names on their own (sentence starters, pronouns, months handled apart). */
export const NOT_NAMES = set(`
  i | a | an | the | this | that | these | those | he | she | it | we | they | you | his | her | its | our | their |
  my | your | but | and | or | so | yet | if | when | while | after | before | as | at | in | on | of | for | with |
  by | from | to | into | about | over | under | then | there | here | what | who | whom | which | where | why | how |
  all | some | many | most | more | no | not | one | two | three | both | each | every | other | another | such |
  however | meanwhile | also | still | although | though | because | since | until | during | despite | according |
  mr | mrs | ms | dr | god | allah | yes | oh | ok | okay | please | thanks | thank | hello | hi | well | now | today |
  tonight | yesterday | tomorrow | breaking | update | updated | editor | note | photo | video | read | more | see |
  said | says | told | asked | added | let | do | don't | dont | doesnt | didnt | cant | wont | isnt | arent | wasnt | does | did | can | could | would | should | will | may |
  might | must | is | are | was | were | be | been | being | have | has | had | not | just | only | even | even |
  step | call | don’t | i’m | i'm | we’re | it’s | it's | that’s | there’s | those | these | only | death | we'll |
  internet | web | online | twitter | facebook | google | hey | dear | hello | sorry | congratulations | welcome | hundreds | dozens | scores |
  witnesses | officials | residents | protesters | protestors | authorities | analysts | experts | critics |
  supporters | investigators | activists | lawmakers | villagers | rescuers | researchers | scientists | students |
  teachers | parents | doctors | survivors | victims | soldiers | troops | officers | neighbours | neighbors |
  locals | fans | voters | citizens | pilgrims | refugees | migrants | organizers | organisers | sources
`);

/** Country and well-known place names that compromise may not tag (lower case, full form). */
export const KNOWN_PLACES = set(`
  saint vincent and the grenadines | vatican | vatican city |
  guinea-bissau | guinea bissau | bosnia-herzegovina | bosnia herzegovina | bosnia and herzegovina | timor-leste | timor leste | east timor |
  devon | surrey | sussex | somerset | yorkshire | merseyside | tyneside | oahu | maui | cannes | davos | bali | phuket | ibiza |
  alps | andes | apennines | pyrenees | rockies | urals | dolomites | carpathians | appalachians |
  u.s. | us | usa | u.s.a. | united states | united states of america | america | uk | u.k. | britain | great britain | united kingdom |
  england | scotland | wales | northern ireland | europe | asia | africa | middle east | latin america | asia pacific |
  côte d'ivoire | cote d'ivoire | ivory coast | soviet union | ussr | south korea | north korea | hong kong | taiwan | new zealand | saudi arabia | syria | aleppo | ankara |
  istanbul | izmir | warsaw | moscow | kremlin | gaza | west bank | crimea | kiev | kyiv | donbas | tehran |
  baghdad | kabul | damascus | beirut | cairo | marrakech | marrakesh | fez | fes | riyadh | mecca | medina | jerusalem | tel aviv | washington |
  washington d.c. | beijing | shanghai | tokyo | seoul | pyongyang | taipei | delhi | new delhi | mumbai |
  karachi | islamabad | lahore | dhaka | jakarta | manila | bangkok | hanoi | sydney | melbourne | canberra |
  toronto | ottawa | montreal | vancouver | paris | london | berlin | rome | madrid | lisbon | brussels |
  vienna | geneva | zurich | stockholm | oslo | helsinki | copenhagen | dublin | athens | lagos | nairobi |
  johannesburg | pretoria | myanmar | indonesia | malaysia | thailand | bangladesh | afghanistan |
  los angeles | new york | chicago | san francisco | boston | miami | houston | dallas |
  alabama | alaska | arizona | arkansas | california | colorado | connecticut | delaware | florida | georgia |
  hawaii | idaho | illinois | indiana | iowa | kansas | kentucky | louisiana | maine | maryland | massachusetts |
  michigan | minnesota | mississippi | missouri | montana | nebraska | nevada | new hampshire | new jersey |
  new mexico | north carolina | north dakota | ohio | oklahoma | oregon | pennsylvania | rhode island |
  south carolina | south dakota | tennessee | texas | utah | vermont | virginia | west virginia | wisconsin | wyoming |
  albania | algeria | andorra | angola | argentina | armenia | australia | austria | azerbaijan | bahamas | bahrain |
  belarus | belgium | belize | benin | bhutan | bolivia | bosnia | botswana | brazil | brunei | bulgaria | burkina faso | burkina | dr congo |
  burundi | cambodia | cameroon | canada | cape verde | chile | china | colombia | comoros | congo | costa rica |
  croatia | cuba | cyprus | czech republic | czechia | denmark | djibouti | dominican republic | ecuador | egypt |
  el salvador | eritrea | estonia | eswatini | ethiopia | fiji | finland | france | gabon | gambia | germany | ghana |
  greece | grenada | guatemala | guinea | guyana | haiti | honduras | hungary | iceland | india | iran | iraq |
  ireland | israel | italy | ivory coast | jamaica | japan | kazakhstan | kenya | kosovo | kuwait | kyrgyzstan |
  laos | latvia | lebanon | lesotho | liberia | libya | liechtenstein | lithuania | luxembourg | madagascar | malawi |
  maldives | mali | malta | mauritania | mauritius | mexico | moldova | monaco | mongolia | montenegro | morocco |
  mozambique | namibia | nepal | netherlands | nicaragua | niger | nigeria | north macedonia | norway | oman |
  pakistan | palestine | panama | papua new guinea | paraguay | peru | philippines | poland | portugal | qatar |
  romania | russia | russian federation | rwanda | samoa | san marino | senegal | serbia | seychelles | sierra leone | singapore |
  slovakia | slovenia | somalia | south africa | south sudan | spain | sri lanka | sudan | suriname | sweden |
  switzerland | tajikistan | tanzania | togo | tonga | trinidad | tunisia | turkey | turkmenistan | uganda | ukraine |
  united arab emirates | uruguay | uzbekistan | vanuatu | venezuela | vietnam | yemen | zambia | zimbabwe |
  abu dhabi | dubai | doha | muscat | amman | sanaa | aden | mosul | basra | erbil | kirkuk | homs | idlib | raqqa |
  latakia | tripoli | benghazi | tunis | algiers | rabat | casablanca | khartoum | addis ababa | mogadishu | kampala |
  kigali | dar es salaam | kinshasa | accra | abuja | dakar | bamako | harare | lusaka | luanda | maputo | cape town |
  durban | kandahar | jalalabad | mazar-i-sharif | peshawar | quetta | rawalpindi | kolkata | chennai |
  bangalore | bengaluru | hyderabad | ahmedabad | kathmandu | colombo | yangon | naypyidaw | phnom penh | vientiane |
  ho chi minh city | kuala lumpur | aceh | bali | java | sumatra | sulawesi | kalimantan | halmahera | sumbawa | borneo | guangzhou | shenzhen | wuhan | chengdu | chongqing |
  tianjin | nanjing | hangzhou | xinjiang | tibet | guangdong | macau | kowloon | osaka | kyoto | hiroshima | nagasaki |
  fukushima | okinawa | busan | incheon | ulaanbaatar | almaty | astana | tashkent | bishkek | dushanbe | ashgabat |
  baku | tbilisi | yerevan | minsk | vilnius | riga | tallinn | st. petersburg | saint petersburg | volgograd |
  kazan | novosibirsk | vladivostok | yekaterinburg | chechnya | grozny | dagestan | kharkiv | odesa | odessa |
  lviv | mariupol | donetsk | luhansk | sevastopol | bucharest | sofia | belgrade | zagreb | sarajevo | skopje |
  tirana | podgorica | ljubljana | bratislava | budapest | prague | krakow | gdansk | munich | hamburg | frankfurt |
  cologne | stuttgart | dresden | leipzig | bavaria | amsterdam | rotterdam | the hague | antwerp | luxembourg city |
  marseille | lyon | toulouse | bordeaux | strasbourg | lille | barcelona | valencia | seville | bilbao | catalonia |
  andalusia | porto | milan | naples | turin | genoa | venice | bologna | palermo | pisa | tuscany |
  sicily | sardinia | piedmont | veneto | lazio | campania | calabria | liguria | manchester | liverpool |
  birmingham | leeds | glasgow | edinburgh | cardiff | belfast | bristol | sheffield | newcastle | oxford |
  cambridge | reykjavik | gothenburg | malmo | bergen | tampere | quebec | alberta | ontario | british columbia |
  manitoba | saskatchewan | nova scotia | new brunswick | calgary | edmonton | winnipeg | halifax | havana |
  mexico city | guadalajara | monterrey | tijuana | bogota | medellin | caracas | quito | lima | la paz | santiago de chile |
  buenos aires | montevideo | asuncion | brasilia | rio de janeiro | sao paulo | new south wales | queensland |
  tasmania | perth | adelaide | brisbane | auckland | wellington | christchurch | seattle | portland | denver |
  atlanta | detroit | philadelphia | baltimore | pittsburgh | cleveland | new orleans | las vegas | san diego |
  honolulu | anchorage | minneapolis | st. louis | kansas city | salt lake city | sacramento | oakland | brooklyn |
  manhattan | queens | the bronx | silicon valley | puerto rico | guam | greenland | antarctica | siberia | balkans |
  caucasus | scandinavia | sahel | sahara | horn of africa | persian gulf | strait of hormuz | south china sea |
  mediterranean | black sea | red sea | caribbean | pacific | atlantic | arctic | himalayas | kashmir | punjab |
  gujarat | kerala | bihar | uttar pradesh | maharashtra | tamil nadu | west bengal | assam | manipur | sindh |
  balochistan | khyber pakhtunkhwa | waziristan | kurdistan | golan heights | sinai | negev | haifa | nablus | hebron |
  ramallah | jenin | rafah | khan younis
`);

/** Country-like acronyms that name places, not organizations. */
export const PLACE_ACRONYMS = set(`us | u.s. | usa | u.s.a. | uk | u.k. | uae | u.a.e. | dc | d.c. | prc | drc | nyc | nz | hk | la | l.a. | nsw | qld`);

/** Well-known organizations and media that read like persons or places. */
export const KNOWN_ORGS = set(`
  camorra | yakuza | ndrangheta |
  upi | eu | e.u. | plaid cymru | transport for london | transport for wales | transport for greater manchester | transport for nsw |
  sunday times | sunday telegraph | mail on sunday | herald on sunday | independent on sunday | sunday mirror | sunday express | sunday post |
  sunday herald | sunday independent | sunday star-times | sunday world | sunday tribune |
  reuters | tass | itar-tass | ria novosti | interfax | sputnik | xinhua | afp | associated press | bbc | cnn |
  nbc | cbs | msnbc | cnbc | npr | pbs | itv | sky news | fox news | al jazeera | al arabiya | france 24 |
  deutsche welle | euronews | bloomberg | politico | axios | buzzfeed | huffpost | le monde | der spiegel |
  el pais | asahi shimbun | kyodo | anadolu | dpa | efe | ansa | haaretz | hurriyet | rossiya 24 |
  la liga | serie a | bundesliga | ligue 1 | eredivisie |
  hezbollah | hamas | taliban | al qaeda | al-qaeda | islamic state | isis | isil | nato | united nations | un |
  u.n. | european union | kremlin | pentagon | white house | microsoft | google | apple | facebook | twitter |
  amazon | fifa | uefa | ioc | unicef | unesco | imf | opec | interpol | greenpeace | amnesty international |
  human rights watch | red cross | red crescent | netflix | wikinews | wikipedia | wikimedia |
  black lives matter | doctors without borders | médecins sans frontières | medecins sans frontieres |
  reporters without borders | extinction rebellion | save the children | oxfam | world bank | transparency international |
  treasury | fianna fáil | fianna fail | fine gael | sinn féin | sinn fein | credit suisse | société générale |
  societe generale | crédit agricole | credit agricole | bnp paribas | goldman sachs | morgan stanley | lehman brothers |
  merrill lynch | jp morgan | j.p. morgan | charles schwab | wells fargo | berkshire hathaway | johnson & johnson |
  procter & gamble | dow jones | standard chartered | usa today | le figaro | corriere della sera | la repubblica | el mundo | die zeit | yonhap | nhk | rte |
  labor | labour | likud | kuomintang | knesset | bundestag | bundesrat | state duma | sejm | riksdag | folketing | storting | lok sabha | senedd | holyrood | althing | eduskunta | saeima | seimas | riigikogu | verkhovna rada | majlis |
  rajya sabha | dáil | dail | seanad | oireachtas | al shabaab | shabaab | boko haram | nusra | jabhat al nusra |
  hayat tahrir al sham | lashkar e taiba | jaish e mohammed | marks and spencer | marks & spencer | smith and nephew | smith & nephew |
  ernst & young | procter and gamble | johnson and johnson | barnes & noble | fed | federal reserve | us geological survey | u.s. geological survey | united states geological survey | british geological survey |
  moody's | standard & poor's | sainsbury's | macy's | sotheby's | domino's
`);

/** Verbs that introduce or attribute speech (lemmas). */
export const SPEECH_VERBS = set(`
  say | tell | add | ask | write | state | declare | explain | note | announce | insist | warn | shout | tweet |
  continue | remark | claim | report | comment | reply | respond | answer | argue | acknowledge | admit | affirm |
  allege | assert | boast | caution | complain | concede | confirm | contend | cry | deny | describe |
  emphasize | emphasise | exclaim | estimate | mention | observe | plead | point | post | predict | promise |
  recall | reiterate | repeat | scream | stress | suggest | urge | vow | whisper | yell | call | quip | joke |
  conclude | begin | tell | testify | concur | agree | murmur | sing | chant | reveal | believe | think | reason | speak |
  counter | retort | accuse | advise | interject | rebut | maintain | term | remind
`);

/** Months and weekdays: never persons. */
export const CALENDAR_WORDS = set(`
  january | february | march | april | may | june | july | august | september | october | november | december |
  jan | feb | mar | apr | jun | jul | aug | sep | sept | oct | nov | dec |
  monday | tuesday | wednesday | thursday | friday | saturday | sunday
`);

/** Words that end the names of events, works, products and laws, which are not people, organizations or places. */
export const OTHER_HEADS = set(`
  meeting | meetings | dialogue | medal | medals | trophy |
  cup | festival | day | year | act | olympics | championship | championships | games | expo | series | wars | war | period |
  awards | award | prize | law | bill | treaty | accord | agreement | convention | conference | summit | protocol | regulation | directive |
  operation | project | study | survey | report | index | season | tournament | marathon | parade | exhibition |
  show | film | movie | album | book | novel | song | game | app | browser | edition | version | revolution |
  crisis | disaster | earthquake | hurricane | storm | flood | election | elections | referendum | campaign | challenge |
  prix | open | masters | classic | derby | rally | license | licence | jubilee | carnival | gala | cavalcade | finals | code | constitution | plan | strategy | charter | doctrine |
  virus | disease | syndrome | flu | influenza | olympic | paralympic | paralympics | stakes | hurdle | handicap
`);

/** Words that open the name of an event, not an actor ("Hurricane Katrina", "Operation Clambake", "World War II"). */
export const OTHER_PREFIXES = set(`hurricane | cyclone | typhoon | tropical | operation | world war | copa | la nina | la niña | el nino | el niño | formula one | formula two | formula e`);

/** All-caps abbreviations that are not organizations (units, things, roman numerals handled apart). */
export const COMMON_ACRONYMS = set(`
  iq | html | gmt | utc | ceo | cfo | gdp | aids | hiv | dna | tv | pm | am | ok | vr | ai | it | id | pc | usb | ufo |
  faq | pdf | url | www | http | https | sms | gps | co2 | mph | km | kg | pr | ad | bc | vip | diy | dj | lol |
  gnp | cpi | ipo | atm | suv | cto | coo | vp | mba | phd | bsc | msc | covid | sars | mers | lgbt | lgbtq | bdsm |
  ar | iot | api | sdk | led | lcd | wifi | hd | dvd | cd | os | ip | html5 | jpeg | gif | mp3 | vpn | ssd | ram | cpu |
  gpu | rov | uav | icbm | wmd | ied | rpg | gmo | ppm | kph | rsvp | asap | eta | aka | am | fm | ac | dc | ok | dram | nand | mvp |
  odi | var | fir | sho | dui | dwi | pcr | icu | er | ev | lng | lpg | ppe | mri | ct | nft | gst | vat |
  sat | gcse | ged | hr | kw | mw | gw | kwh | ghz | mhz | era | std | ptsd | adhd | cbd | thc | pow | mia | edt | pdt |
  acl | ot | lbw | dnf
`);

/** Words of match reports; a story with a score and several of them is about a match (see teams.ts). */
export const SPORT_TERMS = set(`
  match | goal | goals | scored | striker | goalkeeper | keeper | midfielder | defender | penalty | referee | winger | signing | loan |
  transfer | club |
  tournament | league | cup | coach | stadium | arena | half-time | halftime | kick | corner | header | innings |
  wicket | touchdown | quarterback | inning | season | squad | scoring | equaliser | equalizer | offside |
  semi-final | semifinal | quarter-final | final | fixture | points | playoff | playoffs
`);

/** Verb lemmas of one team acting on another ("Sweden defeated South Korea", "Belgium faced Panama"). */
export const SPORT_VERBS = set(`
  defeat | beat | face | lose | win | draw | tie | edge | thrash | outplay | score | concede | play | eliminate |
  equalise | equalize | host | trail | lead | qualify | advance | top | rout | overcome | knock | inflict | crash | clinch |
  bounce | stun | hammer
`);

/** Words before a team's name in a match report: "leaders Liverpool", "fourth-tier Grimsby", "hosts Qatar". */
export const TEAM_DESCRIPTORS = set(`
  leaders | champions | rivals | hosts | visitors | holders | opponents | tier | side | underdogs | favourites | favorites |
  debutants | newcomers | strugglers | neighbours | neighbors
`);

/** Words after a team's name that name one of its people or parts ("Tunisia's goalkeeper", "Panama coach"). */
export const SPORT_ROLES = set(`
  coach | captain | goalkeeper | keeper | striker | midfielder | defender | manager | squad | team | players |
  player | fans | supporters | forward | winger | bench | lineup | line-up
`);

// Words the name recognizer reads around and inside names (entities.ts).

/** Legislatures named by one word before a title ("Senate Majority Leader", "House Speaker"). */
export const LEGISLATURES: ReadonlySet<string> = new Set(['senate', 'congress', 'parliament', 'assembly']);

/** Words of rank written before an organization word inside a title ("Assistant Police Chief"). */
export const RANKS: ReadonlySet<string> = new Set(['assistant', 'deputy', 'acting', 'interim', 'associate', 'senior', 'chief']);

/** Lower-case nouns after a hyphen that make a compound descriptor ("Prize-winner", "Oscar-nominee"). */
export const COMPOUND_ROLES = /^(?:winners?|nominees?|laureates?|holders?|champions?|finalists?|recipients?|medallists?|medalists?)$/u;

/** Words that name a product's model or version ("XP", "VR", "Pro") — not Roman numerals, which monarchs have too. */
export const MODEL_WORDS = /^(?:XP|VR|AR|Pro|Plus|Max|Mini|Ultra|OS|HD|Vista|\d+(?:\.\d+)*[a-z]?)$/u;

/** Titles whose "of" phrase is a portfolio ("Minister of Foreign Affairs"), not an organization. */
export const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(['minister', 'ministers', 'secretary', 'secretaries', 'commissioner', 'commissioners', 'director', 'directors']);

/** The last word of a minister's portfolio ("Foreign Affairs", "Homeland Security", "Health and Welfare"). */
export const PORTFOLIOS: ReadonlySet<string> = new Set(['affairs', 'education', 'health', 'defence', 'defense', 'finance', 'justice', 'interior', 'security', 'trade',
  'labour', 'labor', 'environment', 'transport', 'transportation', 'agriculture', 'energy', 'culture', 'tourism', 'development', 'welfare',
  'commerce', 'industry', 'economy', 'treasury', 'information', 'communications', 'housing', 'employment', 'sport', 'sports', 'youth',
  'immigration', 'fisheries', 'planning', 'works', 'resources', 'relations', 'cooperation', 'integration', 'equality', 'innovation', 'prosecutions']);

/** Lower-case nouns that say what kind of name follows them ("the group Hamas", "the capital Kabul"). */
/** What is named after its president: "the Trump administration". */
export const PRESIDENTIAL_NOUNS: ReadonlySet<string> = new Set(['administration', 'presidency']);

export const CLASS_NOUNS: ReadonlyMap<string, ActorType> = new Map<string, ActorType>([
  ...['party', 'group', 'company', 'firm', 'parent', 'drugmaker', 'carmaker', 'chipmaker', 'lender', 'miner', 'brewer', 'newspaper', 'daily', 'agency', 'band', 'organisation', 'organization', 'network',
    'broadcaster', 'militia', 'movement', 'charity', 'union', 'airline', 'carrier', 'retailer', 'startup', 'website', 'magazine',
    'channel', 'club', 'insurer', 'bank', 'publisher', 'manufacturer', 'automaker', 'conglomerate', 'outlet', 'tabloid', 'association',
    'watchdog', 'regulator', 'alliance', 'coalition', 'federation', 'broadsheet', 'weekly', 'platform', 'label', 'giant', 'operator', 'developer', 'outfit']
    .map((noun): [string, ActorType] => [noun, 'ORG']),
  ...['city', 'town', 'village', 'province', 'region', 'county', 'district', 'island', 'capital', 'suburb', 'neighbourhood',
    'neighborhood', 'state', 'country', 'port', 'municipality']
    .map((noun): [string, ActorType] => [noun, 'PLACE']),
]);

/** Lower-case nouns that follow a company's name ("a Dollar Tree store", "Acme shareholders"). */
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set(['store', 'stores', 'shop', 'shops', 'outlet', 'outlets', 'restaurant', 'restaurants', 'factory', 'factories',
  'franchise', 'franchises', 'subsidiary', 'shareholders', 'shares', 'employees', 'executives', 'headquarters', 'brand', 'dealership']);

/** A party's or an armed group's people, after its name: "Yesh Atid ministers", "Likud lawmakers", "Hashd Shaabi fighters". */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set(['ministers', 'lawmakers', 'legislators', 'mps', 'meps', 'mlas', 'msps', 'mks', 'tds',
  'senators', 'councillors', 'councilors', 'militants', 'fighters', 'loyalists']);

/** Nouns whose "of" phrase names a place ("the villages of Aitaroun and Bint Jbeil", "the province of Idlib"). */
export const PLACE_CLASSES: ReadonlySet<string> = new Set(['city', 'cities', 'town', 'towns', 'village', 'villages', 'province', 'provinces', 'region', 'regions',
  'district', 'districts', 'island', 'islands', 'municipality', 'county', 'counties', 'state', 'states', 'suburb', 'suburbs',
  'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'governorate', 'prefecture', 'outskirts', 'borough', 'boroughs', 'parish',
  'parishes', 'township', 'townships', 'prefectures', 'municipalities']);

/** People who work somewhere ("analysts at Morgan Stanley", "researchers at Imperial College"). */
export const STAFF_NOUNS: ReadonlySet<string> = new Set(['analysts', 'analyst', 'researchers', 'researcher', 'scientists', 'economists', 'economist', 'engineers',
  'employees', 'workers', 'executives', 'staff', 'strategists', 'strategist', 'doctors', 'professors', 'executive', 'officials']);

/** Verbs of studying and teaching somewhere ("teaching at Tsinghua", "studied at Harvard"). */
export const STUDY_VERBS: ReadonlySet<string> = new Set(['teach', 'teaches', 'teaching', 'taught', 'study', 'studies', 'studying', 'studied', 'lecture', 'lectures',
  'lectured', 'lecturing', 'enrolled', 'professor', 'lecturer']);

/** Lower-case nouns of a town's own institutions and people: "Antrim police", "Laurel residents", "the Ealing council". */
export const LOCAL_NOUNS: ReadonlySet<string> = new Set(['police', 'mayor', 'residents', 'villagers', 'townspeople', 'firefighters', 'council', 'councillors', 'councilors']);

/** The words Title Case leaves in lower case. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
  'as', 'vs', 'via', 'per', 'into', 'over', 'up', 'off', 'out']);

/** Particles that open a surname written without the given name ("von der Leyen told", "van Gogh's"). */
export const LEADING_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'du', 'da', 'di', 'del', 'della', 'bin', 'ibn', 'ter']);

/**
 * English given names and the familiar forms written for them ("Bob Ray" is "Robert D. Ray"); not forms that are given names of
 * their own as often ("Jack", "Harry", "Hank", "Ray": "John Harbaugh" and his father "Jack Harbaugh").
 */
export const FAMILIAR_NAMES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  robert: ['bob', 'bobby', 'rob', 'robbie'], william: ['bill', 'billy'], james: ['jim', 'jimmy'], michael: ['mike'], thomas: ['tom', 'tommy'],
  richard: ['dick', 'rick', 'ricky', 'richie'], anthony: ['tony'], joseph: ['joe', 'joey'], david: ['dave'], edward: ['ed', 'eddie', 'ted'],
  theodore: ['ted', 'teddy'], elizabeth: ['liz', 'betty'], katherine: ['kathy'], catherine: ['cathy'], margaret: ['maggie', 'peggy'],
  stephen: ['steve'], steven: ['steve'], andrew: ['andy'], lawrence: ['larry'], charles: ['chuck', 'charlie'], gregory: ['greg'],
  jeffrey: ['jeff'], geoffrey: ['geoff'], gerald: ['jerry', 'gerry'], kenneth: ['ken', 'kenny'], ronald: ['ron', 'ronnie'],
  donald: ['don', 'donny'], douglas: ['doug'], walter: ['walt'], alexander: ['alex'], susan: ['sue', 'susie'], deborah: ['debbie', 'deb'],
  benjamin: ['ben', 'benny'], timothy: ['tim'], philip: ['phil'], phillip: ['phil'], peter: ['pete'], nicholas: ['nick'], matthew: ['matt'],
  daniel: ['dan', 'danny'], samuel: ['sam', 'sammy'], patrick: ['pat', 'paddy'], patricia: ['pat', 'patty', 'trish'], christopher: ['chris'],
  jennifer: ['jen', 'jenny'], frederick: ['fred', 'freddie'], abraham: ['abe'], eugene: ['gene'], zachary: ['zach', 'zack'],
  rebecca: ['becky'], barbara: ['barb'], leonard: ['len', 'lenny'],
}));

/** Countries whose names compromise's lexicon lists as given names only ("Jordan", "Chad"). */
export const GIVEN_NAME_COUNTRIES: ReadonlySet<string> = new Set(['jordan', 'chad']);

/** Nationality nouns compromise does not know as such ("the Serb", "a Pole"). */
export const NATIONALITY_NOUNS: ReadonlySet<string> = new Set(['serb', 'croat', 'pole', 'swede', 'dane', 'finn', 'brit', 'scot', 'turk', 'kurd', 'arab', 'czech', 'slovak',
  'briton', 'welshman', 'scotsman', 'irishman', 'englishman', 'frenchman', 'dutchman', 'spaniard', 'swiss', 'thai', 'basque', 'catalan', 'flemish',
  'walloon', 'breton', 'corsican', 'galician', 'zealander']);

/** The words football clubs put after their town ("Manchester United", "Bolton Wanderers"). */
export const CLUB_SUFFIXES: ReadonlySet<string> = new Set(['united', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'rangers', 'argyle', 'orient', 'juniors']);

/** Lower-case words for a part of a town or a country ("east Austin", "downtown Denver"). */
export const AREA_WORDS: ReadonlySet<string> = new Set(['east', 'west', 'north', 'south', 'eastern', 'western', 'northern', 'southern', 'central', 'downtown',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'suburban', 'rural', 'uptown', 'midtown']);

/** Lower-case words for a road after its name ("the Radial Leste highway"). */
export const ROAD_NOUNS: ReadonlySet<string> = new Set(['highway', 'motorway', 'expressway', 'freeway', 'road', 'street', 'avenue', 'boulevard', 'bridge', 'tunnel']);
/** Venues named before a lower-case word for them ("the Santiago Bernabeu stadium", "the Maracana arena"). */
export const VENUE_NOUNS: ReadonlySet<string> = new Set(['stadium', 'arena', 'ground', 'racecourse', 'circuit', 'velodrome']);

/** A capitalized word shaped like a people's adjective ("Bosnian", "Chinese", "Danish"). */
export const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u;
