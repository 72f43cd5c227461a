import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';
import { isSportsStory } from '../../src/core/teams';
import { tokenizeText } from '../../src/core/nlp';

/** The type of the mention at exactly the `nth` occurrence of `name` in `text`, or null when there is none. */
function typeAt(text: string, name: string, nth = 0): string | null {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(name, start + 1);
  assert.ok(start >= 0, `"${name}" #${nth + 1} is not in the test text`);
  const mention = analyzeArticle(text).mentions.find((m) => m.start === start && m.end === start + name.length);
  if (mention) assert.strictEqual(text.slice(mention.start, mention.end), name);
  return mention?.type ?? null;
}

const MATCH = 'Sweden defeated South Korea 1 – 0 in the opening match of the World Cup. '
  + 'Marcus Berg missed a chance to put Sweden in the lead before the penalty. '
  + 'Andreas Granqvist scored the goal from the spot, and the referee had checked the video. '
  + 'Korea\'s coach praised his goalkeeper after the match in Nizhny Novgorod.';

describe('entity rules (table)', () => {
  const rows: [string, string, string, number, string | null][] = [
    // [rule, text, name, occurrence, expected type (null: no mention with exactly that span; '!T': anything but T)]
    ['country named as a team in a match report', MATCH, 'Sweden', 0, 'ORG'],
    ['…every mention of that team (one sense per story)', MATCH, 'Sweden', 1, 'ORG'],
    ['…the team it played against', MATCH, 'South Korea', 0, 'ORG'],
    ['…but a venue city stays a place', MATCH, 'Nizhny Novgorod', 0, 'PLACE'],
    ['country acting outside a match report stays a place', 'Turkey shot down a Russian jet near the border in 2015. Turkey denied it.', 'Turkey', 0, 'PLACE'],
    ['a score alone does not make a team (election)', 'The council voted 5-4 to approve the plan. Sweden defeated the measure in a referendum.', 'Sweden', 0, 'PLACE'],
    ['organization word numbered by a letter', 'Belgium topped Group G after the game.', 'Group G', 0, 'ORG'],
    ['…a single capital after a person-like word is not an organization', 'Officials said Maria K spoke first.', 'Maria K', 0, 'PERSON'],
    ['sentence-initial adjective inside an organization name', 'Civil Defense Authority director Suleiman spoke first.', 'Civil Defense Authority', 0, 'ORG'],
    ['…and inside a party name', 'Democratic Party leaders met on Friday.', 'Democratic Party', 0, 'ORG'],
    ['…but an ordinary sentence-initial adjective stays out', 'Many Labour Party members left.', 'Labour Party', 0, 'ORG'],
    ['known place opening a longer organization name after a title word', 'She studied at Colorado State University in the spring.', 'Colorado State University', 0, 'ORG'],
    ['ordinary word as a given name before an unknown surname', 'The program was founded by Dean Kamen to encourage interest.', 'Dean Kamen', 0, 'PERSON'],
    ['…but not an ordinal before a common noun', 'The orchestra played the Seventh Symphony twice.', 'Seventh Symphony', 0, '!PERSON'],
    ['…nor a plural of a known word', 'They visited the Armenian Churches in the old town.', 'Armenian Churches', 0, '!PERSON'],
    ['unknown words after "in" name a place', 'Sweden played Korea in Nizhny Novgorod on Monday.', 'Nizhny Novgorod', 0, 'PLACE'],
    ['capitalized web address', 'The security firm Secunia.com, has said that IE6 has 277 flaws.', 'Secunia.com', 0, 'ORG'],
    ['…also at the start of a sentence', 'Amazon.com said sales rose.', 'Amazon.com', 0, 'ORG'],
    ['…and never joined to the word before it', 'Visit Scientology.org for more.', 'Scientology.org', 0, 'ORG'],
    ['a lower-case address is no name', 'Read more at example.com today.', 'example.com', 0, null],
    ['unknown word that acts as a person once ("himself") is a person everywhere', 'Poisson reviewed the paper by Galois in July. Galois himself was in prison then.', 'Galois', 0, 'PERSON'],
    ['…including the sentence-initial mention compromise tags as a verb', 'Poisson reviewed the paper by Galois in July. Galois himself was in prison then.', 'Galois', 1, 'PERSON'],
    ['…but an unknown word that never acts as a person is no mention', 'Prices of Zorblat fell in July. Zorblat rose again in August.', 'Zorblat', 0, null],
    ['acronym the text defines as a term', 'Satellites measure global sea surface salinity (SSS). SSS rose in 2015.', 'SSS', 1, null],
    ['…also after capitalized words that are no organization', 'We test a System Under Test (SUT) twice. The SUT failed.', 'SUT', 1, null],
    ['acronym of an organization stays a name', 'The Korean Central News Agency (KCNA) reported it. KCNA said more.', 'KCNA', 1, 'ORG'],
    ['acronym defined by an organization, even when it spells a word', 'The World Health Organisation (WHO) recommends iodine. WHO say the deficiency is common.', 'WHO', 1, 'ORG'],
    ['…while the word itself stays no name', 'Who knows what the World Health Organisation will say?', 'Who', 0, null],
    ['…and an undefined common acronym stays no name', 'I met the IT staff on Monday.', 'IT', 0, null],
    ['acronym after a number is a unit or currency', 'A dinghy costs 225 DKK per day.', 'DKK', 0, null],
    ['…but an acronym elsewhere is an organization', 'The KWU union went on strike.', 'KWU', 0, 'ORG'],
    ['unknown owner of a person is an organization', 'The winners included Demosisto\'s Nathan Law and two others.', 'Demosisto', 0, 'ORG'],
    ['…and so is an unknown word a person is "of"', 'The winners included Nathan Law of Demosisto, aged 23.', 'Demosisto', 0, 'ORG'],
    ['…but not when more words follow in the clause', 'They met Nathan Law of Zorblat fame yesterday.', 'Zorblat', 0, null],
    ['facility names are places', 'Pilgrims stayed at the Al-Ghaza Hotel near the mosque.', 'Al-Ghaza Hotel', 0, 'PLACE'],
    ['…so are names opened by a place word', 'The crowd gathered at Masjid Al-Haram on Friday.', 'Masjid Al-Haram', 0, 'PLACE'],
    ['…while a centre stays an organization', 'He was shot at the Contemporary Arts Center on Monday.', 'Contemporary Arts Center', 0, 'ORG'],
    ['short surname with a two-syllable hyphenated given name', 'Korea substituted Park Joo-Ho in the 28th minute.', 'Park Joo-Ho', 0, 'PERSON'],
    ['…but not a hyphenated brand', 'The bottles of Coca-Cola were sold out.', 'Coca-Cola', 0, '!PERSON'],
    ['unknown name in a list of organizations is an organization', 'Ubisoft, Microsoft, and Reuters showed their work.', 'Ubisoft', 0, 'ORG'],
    ['…but two names joined by "and" do not make a list', 'Zorblat and Microsoft showed their work.', 'Zorblat', 0, null],
    ['a capital inside one word writes an organization', 'The recordings come from LibriVox volunteers.', 'LibriVox', 0, 'ORG'],
    ['…also at the start of a sentence', 'JetBlue cancelled 40 flights on Monday.', 'JetBlue', 0, 'ORG'],
    ['…but not a family name with a prefix', 'Leonardo DiCaprio and Ronald McDonald arrived.', 'Ronald McDonald', 0, 'PERSON'],
    ['unknown word after a verb of living and "in"', 'Daniel Bernoulli was born in Groningen into a family of merchants.', 'Groningen', 0, 'PLACE'],
    ['unknown word after a direction and "of"', 'They live in Bourofaye, south of Ziguinchor.', 'Ziguinchor', 0, 'PLACE'],
    ['unknown word before a comma and a known region', 'The schools in Livorno, Tuscany, must pay.', 'Livorno', 0, 'PLACE'],
    ['…but not an unknown word after a plain "in"', 'The fans met in Zorblat to watch.', 'Zorblat', 0, null],
    ['a word joined to a lower-case adjective is a compound adjective', 'Country-specific rules apply to Acme Corp.', 'Country-specific', 0, null],
    ['…also with a participle', 'Mutation-based testing found bugs at Acme Corp.', 'Mutation-based', 0, null],
    ['…but a name inside it stays', 'The Scientology-related sites were closed.', 'Scientology', 0, 'ORG'],
    ['…and a hyphenated given name is no compound', 'Kwok Ka-ki spoke to reporters.', 'Kwok Ka-ki', 0, 'PERSON'],
    ['a compass word or "Latin" before a nationality is a nationality', 'Latin American leaders met in Lima.', 'Latin American', 0, null],
    ['…as in "West European"', 'West European states agreed on Monday.', 'West European', 0, null],
    ['…while the region itself is a place', 'Leaders from Latin America met in Lima.', 'Latin America', 0, 'PLACE'],
    ['ordinary words in capitals are emphasis, not a name', 'We talked about the Tax System and the Living Wage for hours.', 'Tax System', 0, null],
    ['an unknown name cited with "according to" is an organization', 'We are the 135th most popular site according to Quantcast.', 'Quantcast', 0, 'ORG'],
    ['…but a surname of a person named in full stays that person', 'According to Smith, it works. John Smith agreed on Monday.', 'Smith', 0, 'PERSON'],
    ['…and an ordinary word cited so is no name', 'The vote went ahead according to Plan.', 'Plan', 0, null],
    ['"of the" inside an organization name', 'She moved to the National Library of the Netherlands in 2010.', 'National Library of the Netherlands', 0, 'ORG'],
    ['…and inside a place name', 'The Republic of the Congo voted on Monday.', 'Republic of the Congo', 0, 'PLACE'],
    ['…but not after a title', 'The President of the United States spoke on Monday.', 'United States', 0, 'PLACE'],
    ['a place word with its "of" phrase is a place', 'Ships crossed the Bay of Bengal on Monday.', 'Bay of Bengal', 0, 'PLACE'],
    ['a listed city before a team nickname names the team', 'The Boston Red Sox beat the Pittsburgh Pirates on Monday.', 'Pittsburgh Pirates', 0, 'ORG'],
    ['…also with "Sox"', 'The Boston Red Sox beat the Pittsburgh Pirates on Monday.', 'Boston Red Sox', 0, 'ORG'],
    ['…but not before a place word', 'Officials in Chicago Heights agreed on Monday.', 'Chicago Heights', 0, 'PLACE'],
    ['an unknown word before ", who" acts as a person', 'Zorba, who heads the agency, left on Monday.', 'Zorba', 0, 'PERSON'],
    ['…and before an age in commas', 'Kowalczyk, 45, said the fire spread fast.', 'Kowalczyk', 0, 'PERSON'],
    ['…but not before ", which"', 'The money went to Zorbank, which is based in Oslo.', 'Zorbank', 0, null],
    ['a titled person\'s possessive ends the person before the organization', "Prime Minister Narendra Modi's Bharatiya Janata Party won on Monday.", 'Bharatiya Janata Party', 0, 'ORG'],
    ['…and the person keeps the name', "Prime Minister Narendra Modi's Bharatiya Janata Party won on Monday.", 'Narendra Modi', 0, 'PERSON'],
    ['…while a possessive of a common word stays inside the name', "The Korean People's Army marched on Monday.", "Korean People's Army", 0, 'ORG'],
    ['a country\'s possessive is not inside the organization name', "Britain's Labour Party won on Monday.", 'Labour Party', 0, 'ORG'],
    ['a theatre is an organization', "Moscow's Bolshoi Theatre reopened on Monday.", 'Bolshoi Theatre', 0, 'ORG'],
    ['a sentence-initial verb form before a name head stays in the name', 'Downing Street said Beijing would respond.', 'Downing Street', 0, 'PLACE'],
    ['…but a longer run drops it', 'Leaving Downing Street, the prime minister waved.', 'Downing Street', 0, 'PLACE'],
    ['a sports outlet is an organization', 'She wrote for Barstool Sports in 2010.', 'Barstool Sports', 0, 'ORG'],
    ['…but a word that heads names makes one', 'The owners of Major League Baseball met on Monday.', 'Major League Baseball', 0, 'ORG'],
    ['…and so does an acronym', 'Students of FIRST Global competed on Monday.', 'FIRST Global', 0, 'ORG'],
    ['…and a listed organization', 'Members of Black Lives Matter marched on Monday.', 'Black Lives Matter', 0, 'ORG'],
    ['a given name the lexicon knows, before a word the pre-tagger took for a place', 'Wikinews interviews Christopher Hill, a candidate.', 'Christopher Hill', 0, 'PERSON'],
    ['…but not before a place head', 'The Roman Empire fell, historians said.', 'Roman Empire', 0, 'PLACE'],
    ['an unknown name ending in -ing is no gerund', 'He was invited by Deng Xiaoping to return.', 'Deng Xiaoping', 0, 'PERSON'],
    ['…while "-ing" on a known verb still is', 'The Mining Company and the Building Society met.', 'Mining Company', 0, 'ORG'],
    ['a world city after a plain "in"', 'The fans met in Herat to watch.', 'Herat', 0, 'PLACE'],
    ['…written with its diacritics', 'The delegates flew to Plovdiv and Kraków on Monday.', 'Kraków', 0, 'PLACE'],
    ['…of several words', 'Police in Nuevo Laredo made two arrests.', 'Nuevo Laredo', 0, 'PLACE'],
    ['a region of a country is a place', 'Officials in Uttar Pradesh agreed on Monday.', 'Uttar Pradesh', 0, 'PLACE'],
    ['…also with a lower-case joining word', 'Rains hit the state of Rio Grande do Sul on Monday.', 'Rio Grande do Sul', 0, 'PLACE'],
    ['…also in a capitalized dateline, after a listed shorter city', 'PORTO ALEGRE, Brazil — Heavy rains fell in Porto on Monday.', 'PORTO ALEGRE', 0, 'PLACE'],
    ['…even when its ending looks like a nationality ("-i")', 'The fans met in Sochi on Monday.', 'Sochi', 0, 'PLACE'],
    ['…while a nationality is still none', 'Many Israeli fans came on Monday.', 'Israeli', 0, null],
    ['a newspaper named by ordinary words is listed', 'Anna Rossi of Corriere della Sera wrote on Monday.', 'Corriere della Sera', 0, 'ORG'],
    ['…but a title still makes a person', 'Mr. Herat said the fans met.', 'Herat', 0, 'PERSON'],
    ['…also at the start of a sentence', 'Herat is a city. Herat has a market.', 'Herat', 1, 'PLACE'],
    ['a sentence-initial word a later mention names joins it', 'Zorbagrad is small. Ferries sail to Zorbagrad, Denmark, every hour.', 'Zorbagrad', 0, 'PLACE'],
    ['…but stays no name when nothing names it', 'Zorbagrad is small. Ferries sail every hour.', 'Zorbagrad', 0, null],
    ['…and a city named by a dictionary word is left to the context', 'Reading the report, the fans met.', 'Reading', 0, null],
    ['duration', 'The siege lasted four hours before police moved in.', 'four hours', 0, 'DATE'],
    ['…with a hedge', 'They waited nearly half an hour outside.', 'nearly half an hour', 0, 'DATE'],
    ['…with a frame', 'Officials will decide within the next 30 hours.', 'the next 30 hours', 0, 'DATE'],
    ['…as a range', 'Sentences of 8–10 years are common.', '8–10 years', 0, 'DATE'],
    ['…but a bare "a year" is too vague', 'It costs more than a year of wages.', 'a year', 0, null],
    ['…and an age is no duration', 'The 15 years old striker scored.', '15 years', 0, null],
    ['ordinal minute of a match', 'Kane scored in the 18th minute of the game.', 'the 18th minute', 0, 'DATE'],
    ['clock time with its zone', 'The quake struck at 15:11 GMT on Monday.', '15:11 GMT', 0, 'DATE'],
    ['relative date before a possessive', "This year's theme was water security.", 'This year', 0, 'DATE'],
    ['…and a deictic one', "We learned a lot from today's game.", 'today', 0, 'DATE'],
    ['"the next day" keeps its article', 'The fire spread and the next day it reached the town.', 'the next day', 0, 'DATE'],
    ['a number and a demonym are a nationality, not a name', 'Five Panamanian players were booked.', 'Five Panamanian', 0, null],
    ['…so is a known place with -er', 'A New Zealander won the race.', 'New Zealander', 0, null],
    ['…while the place itself is a place', 'She flew to New Zealand on Monday.', 'New Zealand', 0, 'PLACE'],
    ['a plural word for people is never a name, even before "said"', 'Witnesses said the gunman fled on foot.', 'Witnesses', 0, null],
    ['honorific before a word compromise guesses is an adjective', 'The vote was 84 to 15.\n\nMs. Yellen, a former chair of the Federal Reserve, spoke.', 'Yellen', 0, 'PERSON'],
    ['organization, title and person in one run: the organization', 'In Brussels, European Commission President Ursula von der Leyen said more.', 'European Commission', 0, 'ORG'],
    ['…and the person, with the particles of her name', 'In Brussels, European Commission President Ursula von der Leyen said more.', 'Ursula von der Leyen', 0, 'PERSON'],
    ['plain words joined by "and" before an organization word', 'It filed with the U.S. Securities and Exchange Commission on Monday.', 'U.S. Securities and Exchange Commission', 0, 'ORG'],
    ['…but not two names joined by "and"', 'Researchers from MIT and Colorado State University took part.', 'Colorado State University', 0, 'ORG'],
    ['a single particle inside a name', 'United manager Erik ten Hag praised his players.', 'Erik ten Hag', 0, 'PERSON'],
    ['…and a hyphenated one', 'The agency said General Suleiman al-Amr, in remarks to television, confirmed it.', 'Suleiman al-Amr', 0, 'PERSON'],
    ['a place name with other words names an organization', 'Data from Hitwise UK showed the drop.', 'Hitwise UK', 0, 'ORG'],
    ['…but compass words keep it a place', 'Voters in Western Sahara went to the polls.', 'Western Sahara', 0, 'PLACE'],
    ['names inside the title of a work are part of the title', 'He spoke at an exhibition titled “Russia Through Turks’ Eyes.” on Monday.', 'Russia Through Turks', 0, null],
    ['…but a quoted name after a speech verb is still a name', 'He said “Russia will respond” on Monday.', 'Russia', 0, 'PLACE'],
    ['a city from the place list', 'Fighting spread to Kandahar overnight.', 'Kandahar', 0, 'PLACE'],
    ['a region from the place list', 'Floods hit Bavaria and Saxony on Monday.', 'Bavaria', 0, 'PLACE'],
    ['…but a place name that is also a given name is left to context', 'Florence Nightingale founded the school.', 'Florence Nightingale', 0, 'PERSON'],
    ['a named day', 'On Waitangi Day the prime minister spoke.', 'Waitangi Day', 0, 'DATE'],
    ['a holiday and its eve', 'On New Year\'s Eve they met again.', 'New Year\'s Eve', 0, 'DATE'],
    ['…while "New York" stays a place', 'New York is big.', 'New York', 0, 'PLACE'],
    ['how often', 'Every year the festival grows.', 'Every year', 0, 'DATE'],
    ['the end of a period', 'The vote comes at the end of the year.', 'the end of the year', 0, 'DATE'],
    ['a storm named by its first word is an event, not an actor', 'Cyclone Phailin hit the coast on Saturday.', 'Cyclone Phailin', 0, null],
    ['…and so is an operation', 'The campaign was called Operation Clambake by its authors.', 'Operation Clambake', 0, null],
    ['…and a world war', 'His father fought in World War II in France.', 'World War II', 0, null],
    ['a language is not an actor, in any of its mentions', 'Eegimaa is spoken in Senegal. The Eegimaa language has 11,000 speakers.', 'Eegimaa', 0, null],
    ['a political adjective with a lower-case "party"', 'He left the Republican party in 2010.', 'Republican party', 0, 'ORG'],
    ['…but not any adjective', 'They held a birthday party in 2010.', 'birthday party', 0, null],
    ['a surname compromise guesses is an adjective joins its person, at the start of a sentence too', 'Dame Zaha Hadid was an architect. Hadid was born in Baghdad.', 'Hadid', 1, 'PERSON'],
    ['…but a real adjective starting a sentence is no name', 'Rapid growth followed the vote in Baghdad.', 'Rapid', 0, null],
    ['a listed name after a sentence-initial "The"', 'The Islamic State attacked the town.', 'Islamic State', 0, 'ORG'],
    ['nationality and faith are not a name', 'The Lebanese Shiite militia Hezbollah fought on.', 'Lebanese Shiite', 0, null],
    ['…while the militia is', 'The Lebanese Shiite militia Hezbollah fought on.', 'Hezbollah', 0, 'ORG'],
    ['a holiday inside a longer name is part of the name', 'The artist Johnnie Christmas signed books.', 'Christmas', 0, null],
    ['…and the name stays', 'The artist Johnnie Christmas signed books.', 'Johnnie Christmas', 0, 'PERSON'],
    ['an ordinary word in capitals is emphasis, not an acronym', 'He would be jailed UNLESS he returned.', 'UNLESS', 0, null],
    ['…and a term acronym is no organization', 'The GNP of the country grew by 3 percent.', 'GNP', 0, null],
    ['…while an unknown acronym is', 'The KCNA agency reported it.', 'KCNA', 0, 'ORG'],
    ['an organization word in another language opens the name', 'Pupils of the Instituto Gonzaga, a school in Milan, marched.', 'Instituto Gonzaga', 0, 'ORG'],
    ['…as in "Banco Santander"', 'Shares of Banco Santander fell.', 'Banco Santander', 0, 'ORG'],
    ['"Sheriff" is a title before a name', 'Sheriff Joe Arpaio spoke on Monday.', 'Joe Arpaio', 0, 'PERSON'],
    ['year that compromise leaves untagged', 'It was their first victory since 1958.', '1958', 0, 'DATE'],
    ['year in a citation', 'Earlier work (Brieber 2014) found the same.', '2014', 0, 'DATE'],
    ['year before a noun', 'Before the 2014 protests, the election was calm.', '2014', 0, 'DATE'],
    ['year in brackets (compromise glues them to the number)', 'The film Titanic (1997) was a hit.', '1997', 0, 'DATE'],
    ['…and a day in brackets', 'A rain storm on Sunday night (March 4) emptied the square.', 'March 4', 0, 'DATE'],
    ['four digits counting people are not a year', 'More than 2000 people attended the rally.', '2000', 0, null],
    ['four digits of money are not a year', 'The tickets cost $1800 each.', '1800', 0, null],
    ['four digits before a percent sign are not a year', 'Prices rose by 1999 % in that decade.', '1999', 0, null],
    ['a class noun before a name gives its kind', 'Ana Ruiz, leader of the leftist party Nueva Voz, was arrested.', 'Nueva Voz', 0, 'ORG'],
    ['…for every mention whose kind only the shape told', 'Ana Ruiz, leader of the leftist party Nueva Voz, spoke. Pablo Ortiz, a member of Nueva Voz, agreed.', 'Nueva Voz', 1, 'ORG'],
    ['…as "the capital" does for a place', 'The delegation flew to the capital Tbilisi on Monday.', 'Tbilisi', 0, 'PLACE'],
    ['…but not over a given name ("the party John threw")', 'The party John Baker threw was loud.', 'John Baker', 0, 'PERSON'],
    ['a name before "police" names the town', 'He was taken to Antrim police station on Friday.', 'Antrim', 0, 'PLACE'],
    ['…over a given name too ("Laurel police")', 'Laurel police are looking for witnesses.', 'Laurel', 0, 'PLACE'],
    ['…and its other mentions follow', 'A man was arrested in Antrim. He is held at Antrim police station.', 'Antrim', 0, 'PLACE'],
    ['…but an acronym before "police" stays an organization', 'The LAPD police chief resigned.', 'LAPD', 0, 'ORG'],
    ['a business noun after a name makes it a company', 'He bought popcorn at a Dollar Tree store near the park.', 'Dollar Tree', 0, 'ORG'],
    ['…but not after a person\'s name', 'He met Jane Parker employees at the gate.', 'Jane Parker', 0, 'PERSON'],
    ['a possessive title names nobody', "He replied to the Turkish Foreign Minister's remarks on Monday.", 'Minister', 0, null],
    ['…nor a plural one written without its apostrophe', 'They spoke of the Turkish Foreign Ministers visit to Athens.', 'Ministers', 0, null],
    ['a minister\'s portfolio is no name', "He met Turkey's Minister of Foreign Affairs in Bern.", 'Affairs', 0, null],
    ['…but a name after the portfolio is', 'The Minister of Education Stefania Giannini spoke.', 'Stefania Giannini', 0, 'PERSON'],
    ['…and a place after "President of" stays', 'He was elected President of Russia in 2000.', 'Russia', 0, 'PLACE'],
    ['the person after "Government Spokesman Mr"', 'The Government Spokesman Mr Andreas Pavlou spoke on Monday.', 'Andreas Pavlou', 0, 'PERSON'],
    ['a place with an unknown word stays a place after "in"', 'He spoke to reporters in Crans Montana on Monday.', 'Crans Montana', 0, 'PLACE'],
    ['…but is an organization elsewhere', 'Hitwise Montana reported the figures.', 'Hitwise Montana', 0, 'ORG'],
    ['…and the place before it is a place (a compass word kept at the start of a sentence)', 'North Miami Assistant Police Chief Neal Cuevas told reporters.', 'North Miami', 0, 'PLACE'],
    ['…while a city\'s force keeps its name', 'Denver Police Chief Paul Pazen told reporters.', 'Denver Police', 0, 'ORG'],
    ['an age before a name makes a person', "SNP's 20-year-old Mhairi Black became the youngest MP.", 'Mhairi Black', 0, 'PERSON'],
    ['…but not before a name that qualifies a noun', 'A 32-year-old Boeing engineer was hurt.', 'Boeing', 0, '!PERSON'],
    ['a political wing spelt with a capital is no name', "The far-Right group won seats, and Mr Lind's centre-Right coalition lost.", 'Right', 0, null],
    ['…nor in "centre-Right"', "The far-Right group won seats, and Mr Lind's centre-Right coalition lost.", 'Right', 1, null],
    ['a sentence-initial noun compromise tags an organization for the noun after it is no name', 'Rescue work began. Rescue workers in Gansu dug all night.', 'Rescue', 1, null],
    ['a place name before "told" is not a speaker', '"We ran," Ye Zhi, a villager in Zhangzha told the agency.', 'Zhangzha', 0, '!PERSON'],
    ['a company before a title of several words is its own name', 'National Beverage Corp. Chief Executive Nick Caporella spoke on Thursday.', 'National Beverage Corp.', 0, 'ORG'],
    ['a club written with "FC" first is an organization', 'Angulo scored twice for FC Goa in the second half.', 'FC Goa', 0, 'ORG'],
    ['an organization word right before a given name ends the organization (a comma left out)', 'He is a journalist for The Wall Street Journal Evan Gershkovich.', 'Evan Gershkovich', 0, 'PERSON'],
    ['…and the organization keeps its name', 'He is a journalist for The Wall Street Journal Evan Gershkovich.', 'Wall Street Journal', 0, 'ORG'],
    ['a place after "of" before a given name is the place', 'It was announced by the Chancellor of the Duchy of Lancaster Oliver Dowden.', 'Oliver Dowden', 0, 'PERSON'],
    ['…but a given name inside a listed organization stays in it', 'He joined the Bill and Melinda Gates Foundation in 2010.', 'Melinda Gates', 0, null],
    ['unknown words before "of" and a country name a person', 'He sent Joaquim Chissano of Mozambique as an envoy.', 'Joaquim Chissano', 0, 'PERSON'],
    ['…but not before "of" and an ordinary word', 'He studied at Ghent Wetenschappen of Applied Arts.', 'Ghent Wetenschappen', 0, '!PERSON'],
    ['the people who work at a name make it an institution, given name or not', 'Analysts at Morgan Stanley said the cuts would save money.', 'Morgan Stanley', 0, 'ORG'],
    ['…as "shares of" does', 'Shares of Zentrix rose 3 percent on Monday.', 'Zentrix', 0, 'ORG'],
    ['…but a place after "at" stays a place', 'Analysts at Frankfurt said so.', 'Frankfurt', 0, 'PLACE'],
    ['…and so does teaching or studying there', 'He returned to China in 1925, teaching at Tsinghua.', 'Tsinghua', 0, 'ORG'],
    ['"parent" before a name: a company', 'Google parent Alphabet said it would cut jobs.', 'Alphabet', 0, 'ORG'],
    ['a name read as a person\'s from its shape alone takes the type of the list it is in', 'Microsoft, Amazon and Meta Platforms have announced cuts.', 'Meta Platforms', 0, 'ORG'],
    ['…but not a name with a given name in it', 'Microsoft, Amazon and Bill Gates were named in the suit.', 'Bill Gates', 0, 'PERSON'],
    ['names after "the villages of" are places, both of a pair', 'Jets struck targets near the villages of Aitaroun and Bint Jbeil on Monday.', 'Bint Jbeil', 0, 'PLACE'],
    ['…the first one too', 'Jets struck targets near the villages of Aitaroun and Bint Jbeil on Monday.', 'Aitaroun', 0, 'PLACE'],
    ['…but "the Government of" keeps its organization', 'The Government of Ireland agreed.', 'Government of Ireland', 0, 'ORG'],
    ['"United States of America" is one place', 'The United States of America signed the treaty.', 'United States of America', 0, 'PLACE'],
    ['a language adjective is no name', 'He told Arabic-language media to leave.', 'Arabic-language', 0, null],
    ['"Unit" heads an organization with its "for" phrase', 'The National Unit for Disaster Risk Management counted the damage.', 'National Unit for Disaster Risk Management', 0, 'ORG'],
    ['a state\'s long form is a place', 'The outbreak in the Democratic Republic of Congo spread.', 'Democratic Republic of Congo', 0, 'PLACE'],
    ['…but not one whose "of" phrase is no place', 'The writers of the Democratic Republic of Letters met on Monday.', 'Democratic Republic of Letters', 0, '!PLACE'],
    ['plural organization words head names too', 'The Africa Centres for Disease Control and Prevention reported it.', 'Africa Centres for Disease Control and Prevention', 0, 'ORG'],
    ['an industry noun before a name: a company', 'Danish drugmaker Bavarian Nordic said it could supply doses.', 'Bavarian Nordic', 0, 'ORG'],
    ['a surname opened by lower-case particles keeps them', '"We must act now," von der Leyen told the European Parliament.', 'von der Leyen', 0, 'PERSON'],
    ['…as in "de Gaulle"', "It was the end of de Gaulle's term.", 'de Gaulle', 0, 'PERSON'],
    ['…but "ten" before a nationality is a number', 'Ten Americans and ten Britons died.', 'ten Britons', 0, null],
    ['unknown words before "of" and an organization name a person', 'Max Verstappen of Red Bull won the race.', 'Max Verstappen', 0, 'PERSON'],
    ['a race or a tournament is no actor', 'Verstappen won the Bahrain Grand Prix and Djokovic the Australian Open.', 'Bahrain Grand Prix', 0, null],
    ['a surname with a Slavic ending joins its person', 'Novak Djokovic won on Sunday. "This is probably the biggest victory," Djokovic said.', 'Djokovic', 1, 'PERSON'],
    ['a listed place with "City" after it is that city', 'New York City Mayor Bill de Blasio spoke on Wednesday.', 'New York City', 0, 'PLACE'],
    ['plain words joined by "and" before an organization word and a title', "He rejected Sewerage and Water Board Director Cedric Grant's statement.", 'Sewerage and Water Board', 0, 'ORG'],
    ['a number between an organization word and a name word stays in the name', 'He watched Channel 4 News on Monday.', 'Channel 4 News', 0, 'ORG'],
    ['…but not a number before a lower-case word', 'The Group 7 countries met.', 'Group 7', 0, null],
    ['a month after a given name is a surname', 'Boris Johnson and Theresa May paid tribute.', 'Theresa May', 0, 'PERSON'],
    ['…but a month with a year after a name is a date', 'He met Theresa in May 2019.', 'May 2019', 0, 'DATE'],
    ['an abbey is a place', 'The funeral will be held at Westminster Abbey.', 'Westminster Abbey', 0, 'PLACE'],
    ['a model or version after a brand names a product, no actor', 'IE6 shipped with Windows XP in 2001.', 'Windows XP', 0, null],
    ['…as in "PlayStation VR"', 'The PlayStation VR demonstration drew crowds.', 'PlayStation VR', 0, null],
    ['…but a Roman numeral after a name is a monarch\'s', 'King Charles III spoke on Friday.', 'Charles III', 0, 'PERSON'],
    ['a prize-winner is a descriptor, no name', 'Atwood, a Booker Prize-winner, was there.', 'Booker Prize-winner', 0, null],
    ['…while a hyphenated given name stays a person\'s', 'Lam Cheuk-ting and Kwok Ka-ki spoke.', 'Lam Cheuk-ting', 0, 'PERSON'],
    ['a compound adjective closing a longer run is no name', 'Six Republican-led states had challenged the plan.', 'Six Republican-led', 0, null],
    ['…while a hyphenated given name closing a run stays a name', 'Leung Kwok-hung won a seat.', 'Leung Kwok-hung', 0, 'PERSON'],
    ['people after an organization\'s "of" belong to its name', 'The American Federation of Teachers called it cruel.', 'American Federation of Teachers', 0, 'ORG'],
    ['a portfolio after an organization\'s "of" is no role', 'Officials at the Ministry of Health said so.', 'Ministry of Health', 0, 'ORG'],
    ['…while a role without a name still is none', 'The Attorney General said so.', 'Attorney General', 0, null],
    ['a title after an organization\'s "of the" belongs to its name', 'Officials at the Office of the Prime Minister agreed.', 'Office of the Prime Minister', 0, 'ORG'],
    ['"House of" names a legislature', 'The House of Commons voted on Monday.', 'House of Commons', 0, 'ORG'],
    ['"Chamber" heads an organization', 'The Chamber of Commerce objected.', 'Chamber of Commerce', 0, 'ORG'],
    ['a licence or a festival is no actor', 'The text is under the GNU Free Document License; the Midwest Magic Jubilee sold out.', 'GNU Free Document License', 0, null],
    ['a sentence-initial adjective compromise tags a place for the noun after it is no name', 'Kerry sent "a strong message." Small island states were less enthusiastic.', 'Small', 0, null],
    ['a part of town between "in" and a name makes it a place, given name or not', 'The clerk was shot in east Austin on Saturday.', 'Austin', 0, 'PLACE'],
    ['ordinary words in capitals after "in" name a place', 'He was arrested at an apartment in Round Rock on Monday.', 'Round Rock', 0, 'PLACE'],
    ['…but not at the start of a sentence', 'Round Rock music is popular.', 'Round Rock', 0, null],
    ['an institution\'s possessive stays inside its name', "He was identified by the Travis County Medical Examiner's Office on Monday.", "Travis County Medical Examiner's Office", 0, 'ORG'],
    ['a football club\'s suffix after its town makes a club', 'Manchester United have completed the signing.', 'Manchester United', 0, 'ORG'],
    ['in a Title Case headline ordinary words are no names', 'Apple Stock Falls After Failing to Meet Profit Goals\n\nApple missed expectations on Monday.', 'Stock', 0, null],
    ['…nor unknown pairs of them', 'Apple Stock Falls After Failing to Meet Profit Goals\n\nApple missed expectations on Monday.', 'Profit Goals', 0, null],
    ['…while a name the article gives again is kept there', 'Hong Kong Protesters Clash With Police as Lam Visits Beijing\n\nProtesters clashed with police as Carrie Lam visited Beijing.', 'Lam', 0, 'PERSON'],
    ['…and so are listed names', 'Hong Kong Protesters Clash With Police as Lam Visits Beijing\n\nProtesters clashed with police.', 'Hong Kong', 0, 'PLACE'],
    ['a line listing names is no headline', 'Terminal 3: Delta, Frontier, Hawaiian, JetBlue\n\nTake the shuttle.', 'JetBlue', 0, 'ORG'],
    ['a sentence-case headline keeps its names', 'Wikinews interviews Mario Lucero of Heaven Sent Gaming\n\nWhat is it?', 'Heaven Sent Gaming', 0, 'ORG'],
    ['a Title Case headline of names keeps them', 'Boris Johnson and Theresa May Meet Joe Biden\n\nThe leaders met.', 'Joe Biden', 0, 'PERSON'],
    ['a legislature before a title and a name is split from the person', 'A spokesperson for Senate Majority Leader Chuck Schumer said so.', 'Chuck Schumer', 0, 'PERSON'],
    ['…and is an organization of its own', 'A spokesperson for Senate Majority Leader Chuck Schumer said so.', 'Senate', 0, 'ORG'],
    ['…while a force\'s title before a name makes no organization', 'Police Chief John Smith left on Monday.', 'Police', 0, null],
    ['a party member described is no name', 'Mike Johnson, a Louisiana Republican, told reporters.', 'Republican', 0, null],
    ['a nationality noun after "the" is no name', 'Novak Djokovic won. The Serb, who was deported, wept.', 'Serb', 0, null],
    ['…while the same word as a surname stays', 'Kate Pole spoke on Monday.', 'Kate Pole', 0, 'PERSON'],
    ['film studios are organizations', 'Universal Pictures, which distributed the film, said it grossed $950 million.', 'Universal Pictures', 0, 'ORG'],
    ['an organization word opening a title is its portfolio', "Brazil's Sports Minister Aldo Rebelo told the newspaper so.", 'Aldo Rebelo', 0, 'PERSON'],
    ['…while a role without a name stays none', 'The State Department Spokesperson declined to comment.', 'Department Spokesperson', 0, null],
    ['a name before a lower-case word for a road is a place', 'Protesters blocked the Radial Leste highway on Monday.', 'Radial Leste', 0, 'PLACE'],
    ['a place word with "de" and a name is a place', 'The match is at the Arena de São Paulo on June 12.', 'Arena de São Paulo', 0, 'PLACE'],
    ['a "Mc" surname is a person\'s even with a town-like ending', 'Police reopened the murder of Jean McConville, a mother of ten.', 'Jean McConville', 0, 'PERSON'],
    ['…and on its own', 'Jean McConville was taken from her flat. McConville was never seen again.', 'McConville', 1, 'PERSON'],
    ['a short function word with a capital after a person\'s name is a surname', 'The seat went to James To of the Democratic Party.', 'James To', 0, 'PERSON'],
    ['…as in "Wilson Or"', 'Lawmaker Wilson Or voted against the bill on Thursday.', 'Wilson Or', 0, 'PERSON'],
    ['…but not in a headline written in Title Case', 'Biden To Visit Kenya Next Week\n\nPresident Joe Biden will travel to Nairobi.', 'Biden To', 0, null],
    ['an unknown word after a place noun and "in" is a place', 'Families were moved to a school in Bithlo as the fire spread.', 'Bithlo', 0, 'PLACE'],
    ['…"near" too', 'Aid arrived at a camp near Mekelle on Sunday.', 'Mekelle', 0, 'PLACE'],
    ['…but not after a noun that is no place', 'She found comfort in Dickens during the war.', 'Dickens', 0, '!PLACE'],
    ['"Division" heads an organization with its "of" phrase', 'Crews waited while the Division of Forestry held the fire back.', 'Division of Forestry', 0, 'ORG'],
    ['a nationality before "police" is no name', 'Last week, Mexican police seized a cargo terminal.', 'Mexican', 0, null],
    ['…while one opening an organization\'s name stays in it', 'The Mexican Football Federation fined him.', 'Mexican Football Federation', 0, 'ORG'],
    ['"Treasury" alone is the department', 'Officials and Treasury, who did the work, were thanked.', 'Treasury', 0, 'ORG'],
    ['…and opens a title as an organization', 'Treasury Secretary Janet Yellen spoke on Monday.', 'Treasury', 0, 'ORG'],
  ];
  for (const [rule, text, name, nth, type] of rows) {
    it(`${rule}: "${name}" → ${type ?? 'no mention'}`, () => {
      if (type?.startsWith('!')) assert.notStrictEqual(typeAt(text, name, nth), type.slice(1));
      else assert.strictEqual(typeAt(text, name, nth), type);
    });
  }
});

describe('match reports', () => {
  it('are recognized by a score and several sport words, and nothing else is', () => {
    const sports = (text: string): boolean => isSportsStory(text, tokenizeText(text, undefined).tokens);
    assert.strictEqual(sports(MATCH), true);
    assert.strictEqual(sports('The committee voted 7-2 on Tuesday; the final report goes to the league of cities.'), false);
    assert.strictEqual(sports('The coach, the referee, the goalkeeper and the striker met at the stadium.'), false);
  });
});

describe('roles written before a name (table)', () => {
  const roleOf = (text: string, name: string): string | null => analyzeArticle(text).actors.find((a) => a.name === name)?.role ?? null;
  const rows: [string, string, string, string | null][] = [
    ['a lower-case role noun with its modifiers', 'Kremlin spokesman Dmitry Peskov said no.', 'Dmitry Peskov', 'Kremlin spokesman'],
    ['…at the start of a sentence', 'Opposition leader Anna Berg agreed on Monday.', 'Anna Berg', 'Opposition leader'],
    ['…with an acronym that spells a stop word', 'WHO chief Tedros Ghebreyesus spoke on Monday.', 'Tedros Ghebreyesus', 'WHO chief'],
    ['…stopping at a conjunction', 'Tom Reed won, while pro-Beijing veteran politician Wong Kwok-hing lost.', 'Wong Kwok-hing', 'pro-Beijing veteran politician'],
    ['…and at a verb of seeing', 'Crowds came to witness city mayor Hau Lung-bin light the lantern.', 'Hau Lung-bin', 'city mayor'],
    ['a hyphenated title keeps its hyphen (and the listed organization before it)', 'U.N. Secretary-General António Guterres met them.', 'António Guterres', 'U.N. Secretary-General'],
    ['a deputy in apposition', "Lavrov's deputy, Sergei Ryabkov, said talks went well.", 'Sergei Ryabkov', "Lavrov's deputy"],
    ['no role from an ordinary verb before the name', 'Witnesses saw Ali Demir at the door.', 'Ali Demir', null],
    ['a role noun before a name stops at the verb before the name in it', 'He would phone New Zealand First leader Winston Peters.', 'Winston Peters', 'New Zealand First leader'],
    ['…while lower-case modifiers of the role stay', 'He met former Labour leader Neil Kinnock.', 'Neil Kinnock', 'former Labour leader'],
    ['…and a verb before a modifier still ends it', 'Acme promoted former Facebook executive Bret Taylor on Monday.', 'Bret Taylor', 'former Facebook executive'],
    ['a title of several words after a company', 'National Beverage Corp. Chief Executive Nick Caporella spoke on Thursday.', 'Nick Caporella', 'Chief Executive'],
    ['a compass word before a nationality stays in the role', 'South African President Cyril Ramaphosa sent envoys.', 'Cyril Ramaphosa', 'South African President'],
    ['hyphenated role nouns in apposition', 'The United Nations secretary-general, António Guterres, was alarmed.', 'António Guterres', 'United Nations secretary-general'],
    ['…and the person after it keeps the title', 'New York City Mayor Bill de Blasio spoke on Wednesday.', 'Bill de Blasio', 'Mayor'],
    ['a role before the name stops at a dash', "MEXICO CITY (AP) — Mexico's president, Andrés Manuel López Obrador, said so.", 'Andrés Manuel López Obrador', "Mexico's president"],
    ['military ranks of several words stay the role', 'An army spokesman, Lt. Col. Avichay Adraee, spoke.', 'Avichay Adraee', 'Lt. Col.'],
    ['an appositive role keeps an abbreviation with periods', 'John Kerry, the U.S. climate envoy, said so.', 'John Kerry', 'U.S. climate envoy'],
    ['an appositive role runs to its last role noun', "Katie Stack Morgan, the mission's deputy project scientist, said so.", 'Katie Stack Morgan', "mission's deputy project scientist"],
    ['a role noun at the start of a sentence before a given name', 'Striker Igor Angulo scored twice.', 'Igor Angulo', 'Striker'],
    ['a rank before the force\'s word is part of the role', 'North Miami Assistant Police Chief Neal Cuevas told reporters.', 'Neal Cuevas', 'Assistant Police Chief'],
    ['title words before an "of" all belong to the role', 'Inspector General of Police Japhet Koome told reporters.', 'Japhet Koome', 'Inspector General of Police'],
    ['a listed organization right before a title opens the role', 'Treasury Secretary Janet Yellen spoke on Monday.', 'Janet Yellen', 'Treasury Secretary'],
    ['a role never runs back across a paragraph break', 'Rally Goes Ahead Despite Police Ban\n\nKenyan opposition leader Raila Odinga said so.', 'Raila Odinga', 'Kenyan opposition leader'],
    ['whatever stands before an honorific is the role (the honorific dropped)', 'The Government Spokesman Mr Andreas Pavlou spoke on Monday.', 'Andreas Pavlou', 'Government Spokesman'],
  ];
  for (const [rule, text, name, role] of rows) it(`${rule}: ${name} → ${role ?? 'no role'}`, () => assert.strictEqual(roleOf(text, name), role));
});

describe('sentences', () => {
  it('end after a quote that closes one, before a capitalized word, with exact spans', () => {
    const text = 'Eduardo Leite called it "the worst disaster in our state." Leite said 80,000 people left. He said "yes." and left.';
    const { tokens, sentences } = tokenizeText(text, undefined);
    assert.deepStrictEqual(sentences.map((s) => text.slice(s.start, s.end)),
      ['Eduardo Leite called it "the worst disaster in our state."', 'Leite said 80,000 people left.', 'He said "yes." and left.']);
    for (const token of tokens) {
      const sentence = sentences[token.sentence];
      assert.ok(sentence.start <= token.start && token.end <= sentence.end, token.text);
    }
  });
});

describe('tokens', () => {
  it('leave brackets compromise glued to a number outside the word, with exact offsets', () => {
    const text = 'The film (1997) won in [2] cases (March 4) and 1997) or (1997 too.';
    const tokens = tokenizeText(text, undefined).tokens;
    const numbers = tokens.filter((t) => /\d/u.test(t.text));
    assert.deepStrictEqual(numbers.map((t) => t.text), ['1997', '2', '4', '1997', '1997']);
    for (const t of tokens) assert.strictEqual(text.slice(t.start, t.end), t.text);
    assert.strictEqual(numbers[0].start, text.indexOf('1997'));
    assert.strictEqual(numbers[0].post, ') ');
    // Brackets around a word compromise already splits off stay punctuation too; a bracket alone is no token.
    assert.ok(!tokens.some((t) => /[()[\]]/u.test(t.text)));
  });
});

describe('actor merging (table)', () => {
  const people = (text: string): [string, string[]][] =>
    analyzeArticle(text).actors.filter((a) => a.type === 'PERSON').map((a) => [a.name, a.aliases]);
  const rows: [string, string, [string, string[]][]][] = [
    ['a middle name does not make a second person',
      'Brock Holt plays for Boston. Brock Wyatt Holt was born in 1988. Holt hit a triple.',
      [['Brock Wyatt Holt', ['Brock Holt', 'Holt']]]],
    ['a surname goes to the person mentioned last, not to a relative introduced later',
      'Matthew Goode is an actor. Goode was born in Exeter. His father, Ralph Goode, was a geologist. Later, Goode moved to London.',
      [['Matthew Goode', ['Goode']], ['Ralph Goode', []]]],
    ['…and after the relative is mentioned, to the relative',
      'Matthew Goode is an actor. His father, Ralph Goode, was a geologist. Goode retired in 1990.',
      [['Matthew Goode', []], ['Ralph Goode', ['Goode']]]],
    ['different first names stay different people', 'Anna Williams met Peter Williams in Paris.', [['Anna Williams', []], ['Peter Williams', []]]],
    ['a surname compromise reads as a plural noun joins its person, mid-sentence and at the start',
      'Biologist Nick Bos studies ants. In a paper Bos and colleagues describe them. Bos obtained his doctorate in 2010.',
      [['Nick Bos', ['Bos']]]],
    ['honours after a name are not words of it (the canonical name drops them)',
      'Daniel Bernoulli FRS was a mathematician. Daniel Bernoulli was born in 1700. Daniel moved to Basel, where Bernoulli died.',
      [['Daniel Bernoulli', ['Daniel Bernoulli FRS', 'Daniel', 'Bernoulli']]]],
    ['…as for a member of parliament', 'Jo Cox MP was killed on Thursday. Cox had been elected in 2015.', [['Jo Cox', ['Jo Cox MP', 'Cox']]]],
    ['a surname the tagger read as a place, after the full name, is the person',
      'Governor Eduardo Leite called it "the worst disaster in the history of our state." Leite said 80,000 people left.',
      [['Eduardo Leite', ['Leite']]]],
    ['a middle name only one person introduced before has', 'President Luiz Inácio Lula da Silva flew over the area. Lula promised aid.',
      [['Luiz Inácio Lula da Silva', ['Lula']]]],
    ['…not a person introduced later', 'Chao taught mathematics. His daughter Rulan Chao Pian was a professor.', [['Rulan Chao Pian', []]]],
    ['a surname after "in" stays the place it names', 'Michael Jordan arrived on Monday. Talks in Jordan went well.', [['Michael Jordan', []]]],
    ['…but a plural noun with no such person is nobody', 'Estimates suggest that Officials said so.', []],
    ['a surname with its particles joins the full name', 'Ursula von der Leyen spoke first. Later von der Leyen left.', [['Ursula von der Leyen', ['von der Leyen']]]],
    ['…and a surname with them before the full name too', '"We must act now," von der Leyen told them. Ursula von der Leyen agreed.', [['Ursula von der Leyen', ['von der Leyen']]]],
    ['the words of a person\'s name ending with the surname join the person, whatever their shape said', 'Manager Erik ten Hag spoke. Ten Hag had targeted a striker.',
      [['Erik ten Hag', ['Ten Hag']]]],
    ['…and a person typed only by a guess ("Air Chathams") does not explain it', 'Air Chathams flies daily. The Chathams are remote.', [['Air Chathams', []]]],
  ];
  for (const [rule, text, expected] of rows) it(rule, () => assert.deepStrictEqual(people(text), expected));

  const others = (text: string): [string, string, string[]][] =>
    analyzeArticle(text).actors.filter((a) => a.type !== 'PERSON').map((a) => [a.type, a.name, a.aliases]);
  const orgRows: [string, string, [string, string, string[]][]][] = [
    ['an acronym first, its long form later: one actor', "The KPA moved troops. The Korean People's Army said the drills would go on.",
      [['ORG', "Korean People's Army", ['KPA']]]],
    ['…and the long form gives the acronym its type', 'Schools in NSW closed. New South Wales will reopen them on Monday.',
      [['PLACE', 'New South Wales', ['NSW']]]],
    ['an organization without its "of" phrase, in either order', 'Comic Corps members met. The Comic Corps of Canada paid for it.',
      [['ORG', 'Comic Corps of Canada', ['Comic Corps']]]],
    ['…but a place inside a name stays its own actor', 'The Bank of England raised rates. England won the match.',
      [['ORG', 'Bank of England', []], ['PLACE', 'England', []]]],
    ['a company with and without its legal ending: one actor', 'National Beverage Corp. sold fewer cans. "We are fine," the National Beverage spokesman said.',
      [['ORG', 'National Beverage Corp.', ['National Beverage']]]],
    ['…but two companies that share a first word stay two', 'Acme Steel Corp. bought Acme Foods Inc. on Monday.',
      [['ORG', 'Acme Steel Corp.', []], ['ORG', 'Acme Foods Inc.', []]]],
    ['a company by its short name, before its full name', 'Cisco will cut 4,000 jobs. Cisco Systems Inc. earned $2.3 billion. Analysts praised Cisco.',
      [['ORG', 'Cisco Systems Inc.', ['Cisco']]]],
    ['…after it too, without the business word', 'Toyota Motor Corp. raised prices. Toyota said demand held up.', [['ORG', 'Toyota Motor Corp.', ['Toyota']]]],
    ['…but not another name that only shares the first word', 'Apple Inc. sued Apple Records on Monday.',
      [['ORG', 'Apple Inc.', []], ['ORG', 'Apple Records', []]]],
    ['a short name in parentheses after the full name joins it', 'Tokyo Electric Power Company (Tepco) operates the plant. Tepco said the water was safe.',
      [['ORG', 'Tokyo Electric Power Company', ['Tepco']]]],
    ['…but not one whose letters the full name does not hold', 'The Acme Steel Company (Zorro) was sold.', [['ORG', 'Acme Steel Company', []]]],
    ['…and a city before a newspaper name too', 'The New York Times reported it. New York agreed on Monday.',
      [['ORG', 'New York Times', []], ['PLACE', 'New York', []]]],
  ];
  for (const [rule, text, expected] of orgRows) it(rule, () => assert.deepStrictEqual(others(text), expected));
});
