import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';
import { toExportJson } from '../../src/core';
import { SEED } from './helpers';

/** The quote that starts with `opening` in `text`: its exact text, kind, speaker's name and cue. */
function quoteOf(text: string, opening: string): { text: string; kind: string; speaker: string | null; cue: string | null } {
  const start = text.indexOf(opening);
  assert.ok(start >= 0, `"${opening}" is not in the test text`);
  const analysis = analyzeArticle(text);
  const quote = analysis.quotes.find((q) => q.start === start);
  assert.ok(quote, `no quote starts at ${start} ("${opening}")`);
  assert.strictEqual(text.slice(quote.start, quote.end), quote.text);
  const speaker = quote.speakerActorId ? analysis.actors.find((a) => a.id === quote.speakerActorId)?.name ?? null : null;
  return { text: quote.text, kind: quote.kind, speaker, cue: quote.cue ? text.slice(quote.cue.start, quote.cue.end) : null };
}

describe('quote constructions (table)', () => {
  const rows: [string, string, string, string, string | null, string | null][] = [
    // [construction, text, quote, kind, speaker (null: none), cue]
    ['cue before, subject named', 'Vladimir Putin said, “This is a provocation.”', '“This is a provocation.”', 'speech', 'Vladimir Putin', 'said'],
    ['cue after, name before it', '“We will respond,” Recep Tayyip Erdogan said.', '“We will respond,”', 'speech', 'Recep Tayyip Erdogan', 'said'],
    ['a long subject after the quote: the person in apposition to an organization\'s title, not the organization',
      'The World Health Organization met in Manila. "Resources must be mobilized," WHO’s Regional Director for the Western Pacific, Dr Shin Young-soo, said.',
      '"Resources must be mobilized,"', 'speech', 'Shin Young-soo', 'said'],
    ['…an organization\'s title before the person', '“CMS affirms our commitment,” Centers for Medicare & Medicaid Services Administrator Chiquita Brooks-LaSure said in a statement.',
      '“CMS affirms', 'speech', 'Chiquita Brooks-LaSure', 'said'],
    ['…but not across a paragraph break (the headline\'s own verb introduces it)', 'Anwar says he faces ‘malicious’ probe\n\nKUALA LUMPUR, the lawyer for the prime minister said on Monday.',
      '‘malicious’', 'speech', 'Anwar', 'says'],
    ['a company\'s abbreviated legal ending before the verb does not end the sentence',
      'Investors “were expecting a deal,” Rob Pietropaolo, a trader at Vunani Private Clients (Pty) Ltd., said by phone.',
      '“were expecting', 'speech', 'Rob Pietropaolo', 'said'],
    ['"he" after an inverted "said [title] X" is X, not a person named earlier in that sentence',
      'The warrant was cancelled at the request of President Gustavo Petro, said Attorney General Francisco Barbosa. "We verified the system," he said.',
      '"We verified', 'speech', 'Francisco Barbosa', 'said'],
    ['…but a person after an ordinary verb stays no subject', 'Ana Ruiz spoke first. She met Gustavo Petro, who agreed. "We verified the system," she said.',
      '"We verified', 'speech', 'Ana Ruiz', 'said'],
    ['a country right before the speech verb speaks, not a person named earlier in the sentence',
      'Minister Raj Patel met his counterpart Li Wen in Geneva, and China said the talks were "productive".', '"productive"', 'speech', 'China', 'said'],
    ['…but a place after a preposition does not', 'Officials in China said the talks were "productive".', '"productive"', 'speech', null, 'said'],
    ['"was quoted as saying": the subject before the verb, not an actor named earlier in the article',
      'Iran said the move contradicted the talks.\n\n"Such a move raises doubts," spokeswoman Marzieh Afkham was quoted as saying by the agency IRNA.',
      '"Such a move', 'speech', 'Marzieh Afkham', 'quoted'],
    ['"the general" after "Gen. X" is X', 'Gen. Pablo Ruiz visited the camp on Monday. The general said, "We will stay until the area is safe."',
      '"We will stay', 'speech', 'Pablo Ruiz', 'said'],
    ['…and "the doctor" after "Dr. X"', 'Dr. Amina Yusuf met families. The doctor added, "Most of the injured are children."', '"Most of the injured', 'speech', 'Amina Yusuf', 'added'],
    ['a quote closed by two single marks (’’), as agency copy writes it', '“We have arrested four suspects,’’ the police spokesman, Ahmed Musa, said on Tuesday.',
      '“We have arrested four suspects,’’', 'speech', 'Ahmed Musa', 'said'],
    ['…and opened by two (‘‘)', '‘‘The roads will be closed until Friday,’’ Governor Ada Obi said.', '‘‘The roads will be closed until Friday,’’', 'speech', 'Ada Obi', 'said'],
    ['an unnamed subject after the quote ("the source said") is nobody named, not a name in an earlier sentence',
      'The Proton-M rocket will lift off on Friday, an industry source told Interfax. "Kovalev will attend the launch," the source said.',
      '"Kovalev will attend', 'speech', null, 'said'],
    ['…and one before the verb ("the clerk announced") is not a person named earlier in the sentence',
      'At the defense table, Peter Haines showed no trace of emotion as the clerk announced "guilty" four times.', '"guilty"', 'speech', null, 'announced'],
    ['…but the end of an appositive is no such subject', 'Claudio De Vincenti, undersecretary to the prime minister, said "a table will be opened with the unions".',
      '"a table will', 'speech', 'Claudio De Vincenti', 'said'],
    ['review 2: "the governor" is not a lieutenant governor', 'Lt. Gov. Dan Patrick praised the bill on Monday. “I will review it carefully,” the governor said.', '“I will review', 'speech', null, 'said'],
    ['review 2: "the general manager" is not "Gen. X"', 'Gen. Pablo Ruiz oversaw the parade. “We have never been broke,” the general manager of the club said.', '“We have never', 'speech', null, 'said'],
    ['review 2: a single mark after a plural\'s apostrophe still closes a single quote', '‘This money belongs to the workers’’, said union leader John Okoro.', '‘This money belongs to the workers’’', 'speech', 'John Okoro', 'said'],
    ['review 3: "the carmaker" after the quote stands for the company named before', 'Toyota Motor Corp said sales fell.\n\n“We deeply regret the delay,” the carmaker said.',
      '“We deeply regret', 'speech', 'Toyota Motor Corp', 'said'],
    ['review 3: "the coach himself" is the coach', 'Eddie Jones, the England coach, was sacked.\n\n“I have no regrets,” the coach himself said.', '“I have no regrets,”', 'speech', 'Eddie Jones', 'said'],
    ['a speaker after an organization\'s possessive and a role', '“We found no trace of a fire on board,” says the Maritime Safety Authority’s director, Pieter Vandam.',
      '“We found no trace', 'speech', 'Pieter Vandam', 'says'],
    ['the platform a statement is posted on does not speak', 'A statement on Facebook said: “We are heartbroken by the loss of our beloved father.”', '“We are heartbroken', 'speech', null, 'said'],
    ['…nor a page of it', 'The embassy issued a statement on its Facebook page calling the verdict “a bright, shining image of justice.”', '“a bright', 'speech', null, 'calling'],
    ['the one a naming verb names is no speaker', 'Protesters gathered outside city hall, calling Mayor Milan Bandic a “thief.”', '“thief.”', 'speech', null, 'calling'],
    ['"said the Director General of the <organization> (<acronym>), <name>"', '“This is a historic day,” said the Director General of the European Space Agency (ESA), Josef Aschbacher.', '“This is a historic', 'speech', 'Josef Aschbacher', 'said'],
    ['review 6: "admitted to the BBC" reports words', 'Jones admitted to the BBC that “the system was not ready.”', '“the system', 'speech', 'Jones', 'admitted'],
    ['review 6: an obtained memo is no one\'s words', 'Reuters obtained a memo saying “all staff must return to the office.”', '“all staff', 'speech', null, 'saying'],
    ['a person "of" an organization with a relative clause speaks', 'Andrew Peachey of Archaeological Solutions Ltd, who led the dig, said: “It is a rare find.”', '“It is a rare', 'speech', 'Andrew Peachey', 'said'],
    ['a participle after an issued statement has the issuer', 'UN rights chief Michelle Bachelet issued a statement saying “the executions would be unlawful.”', '“the executions', 'speech', 'Michelle Bachelet', 'saying'],
    ['a patient "admitted to" hospital says nothing', 'Alejandro Sabella was admitted to the clinic on Tuesday. “He is stable,” the clinic said.', '“He is stable', 'speech', null, 'said'],
    ['review 5: a qualifier that is no portfolio leaves the minister named', 'Health Minister Jane Okafor visited the clinic. “We will act,” the veteran minister told reporters.', '“We will act', 'speech', 'Jane Okafor', 'told'],
    ['review 5: "the foreign affairs minister" is the foreign minister', 'Foreign Minister Naledi Pandor met the envoy. Health Minister Joe Phaahla stayed home. “We will talk,” the foreign affairs minister told reporters.', '“We will talk', 'speech', 'Naledi Pandor', 'told'],
    ['review 5: "reminded … of" a scare-quoted term is no speech', 'The ruling reminded many of the “dirty war” of the 1970s.', '“dirty war”', 'scare', null, null],
    ['review 5: a post on an owner\'s account is the owner\'s', 'A post on the official White House account said: “We stand with our allies.”', '“We stand', 'speech', 'White House', 'said'],
    ['review 5: "the rights group" is no ministry named between', 'Amnesty International criticised the ruling. The Interior Ministry denied abuses. “It is grotesque,” the rights group said.', '“It is grotesque', 'speech', 'Amnesty International', 'said'],
    ['"the rights group" is the organization named before', 'Amnesty International criticised the ruling. “It is grotesque,” the rights group said.', '“It is grotesque', 'speech', 'Amnesty International', 'said'],
    ['"he was quoted as saying"', 'Prime Minister Mateusz Morawiecki left Brussels on Friday. “I’m not packed yet,” he was quoted as saying.', '“I’m not packed', 'speech', 'Mateusz Morawiecki', 'quoted'],
    ['"<agency> quoted him as saying" after the quote: the one quoted', 'Former president Otto Perez was sentenced on Wednesday. “All that’s left is to appeal,” AFP quoted him as saying.',
      '“All that’s left', 'speech', 'Otto Perez', 'quoted'],
    ['…and before it', 'Former president Otto Perez was sentenced on Wednesday. Reuters quoted him as saying he had been “cheated” by the court.',
      '“cheated”', 'speech', 'Otto Perez', 'quoted'],
    ['review 8: "quoted her spokesman as saying": someone unnamed, not the minister', 'Finance Minister Maria Lopez resigned. “She will not comment,” Reuters quoted her spokesman as saying.',
      '“She will not', 'speech', null, 'quoted'],
    ['review 8: …and before the quote', 'Jane Carter died on Friday. The BBC quoted her husband as saying she had been “the light of our lives”.',
      '“the light', 'speech', null, 'quoted'],
    ['review 10: a spouse\'s honorific merged into the person does not change the person\'s gender', 'Michelle Obama spoke on Monday. Mr Obama did not attend. “We are not going anywhere,” she said.',
      '“We are not', 'speech', 'Michelle Obama', 'said'],
    ['review 9: …but an organization before a body a role word qualifies is', '“Russia will not be allowed,” the IOC executive board said in a statement.', '“Russia', 'speech', 'IOC', 'said'],
    ['regression 3: an organization before a role noun is not the speaker', 'Ursula von der Leyen spoke in Strasbourg.\n\nThe EU leader also paid tribute to Ukraine, reiterating that she "will work with all democratic forces."',
      '"will work', 'speech', null, 'reiterating'],
    ['review 8: the one named after an owner\'s noun', 'Alexei Navalny was moved. Interfax quoted Navalny’s lawyer Olga Mikhailova as saying he was “very weak”.',
      '“very weak”', 'speech', 'Olga Mikhailova', 'quoted'],
    ['a speech verb before an organization, a capitalized title and a person: the person', 'The EU pledged aid. “We stand by Slovenia,” tweeted European Commission President Ursula von der Leyen.',
      '“We stand', 'speech', 'Ursula von der Leyen', 'tweeted'],
    ['…but an organization before a plain name stays the speaker', '“Growth will slow,” said the World Bank on Monday.', '“Growth', 'speech', 'World Bank', 'said'],
    ['"so-called" is no speech verb', 'Health Secretary Jeremy Miles told members on Tuesday that so-called "never events" had caused "unnecessary harm".',
      '"unnecessary harm"', 'speech', 'Jeremy Miles', 'told'],
    ['a capitalized job title with an adjective is no name: "the Chief Medical Officer" is the officer named', 'The Chief Medical Officer, Dr Kenneth George, urged calm. “There is no need to panic,” the Chief Medical Officer stated.',
      '“There is no need', 'speech', 'Kenneth George', 'stated'],
    ['"termed" reports a judgement', 'President Xiomara Castro termed the attack “monstrous.” Police said two suspects were held.', '“monstrous.”', 'speech', 'Xiomara Castro', 'termed'],
    ['"reminded … that"', 'Festival director Gerardo Reyes reminded reporters that the carnival “is the city’s biggest party.”', '“is the city', 'speech', 'Gerardo Reyes', 'reminded'],
    ['a descriptor qualified by a portfolio finds the minister holding it', 'Health Minister Ana Costa visited the site. Infrastructure Minister Miguel Pinto Luz was also there. “We will rebuild the bridge,” the infrastructure minister told reporters.', '“We will rebuild', 'speech', 'Miguel Pinto Luz', 'told'],
    ['…and one with no holder so qualified names none of the others', 'Health Minister Ana Costa visited the site. Prime Minister Luis Montenegro was also there. “We will rebuild the bridge,” the transport minister told reporters.', '“We will rebuild', 'speech', null, 'told'],
    ['…while the body a statement comes from does', 'A statement from the Interior Ministry said: “The border is closed.”', '“The border is closed.”', 'speech', 'Interior Ministry', 'said'],
    ['review 4: "the neighbour" the article named before', 'A neighbour, Sarah Jones, called the police. "I heard two shots," the neighbour said.', '"I heard two shots,"', 'speech', 'Sarah Jones', 'said'],
    ['a long subject after the quote whose first word the tagger reads as a verb ("Bank")',
      '“Rates must rise,” Bank for International Settlements head of research Shin Hyun-song said on Monday.', '“Rates must rise,”', 'speech', 'Shin Hyun-song', 'said'],
    ['a party in brackets after the person is not the speaker', 'President Luiz Inácio Lula da Silva (PT) said the rival has a “very fertile” mind.',
      '“very fertile”', 'speech', 'Luiz Inácio Lula da Silva', 'said'],
    ['a quote opening its sentence and running on into narration, then a long subject and the verb',
      '“All the six policemen were killed” under fire from both sides, Tariqullah Khan, a district official in Khyber province, told AFP.',
      '“All the six', 'speech', 'Tariqullah Khan', 'told'],
    ['…but not a quoted phrase inside a sentence', 'He called it “a disaster” for the city, and critics in the council said the same.',
      '“a disaster”', 'speech', null, 'called'],
    ['"according to X" after a quote inside a sentence', 'Governor Michelle Bullock spoke. The leaders "considered explicitly whether to raise rates," according to Bullock.',
      '"considered', 'speech', 'Michelle Bullock', 'according to'],
    ['an agency that "reported" what a person said earlier in the sentence is not the speaker',
      'Qais Abdelkarim, a senior Hamas official, said talks would start Monday "with the hope of reaching a truce," the AP reported.',
      '"with the hope', 'speech', 'Qais Abdelkarim', 'said'],
    ['…but an agency that reports on its own is', 'Talks will start Monday, "with the hope of reaching a truce," the AP reported.',
      '"with the hope', 'speech', 'AP', 'reported'],
    ['"which he called" quotes the person, it names no work', 'Qais Abdelkarim demanded an end to the blockade, which he called "the reason for the war."',
      '"the reason', 'speech', 'Qais Abdelkarim', 'called'],
    ['a quote that is a paragraph of its own after "He …" is that person\'s',
      'President Umaro Sissoco Embalo spoke on Monday. He maintained that more was needed.\n\n"I do believe that we can do more together."\n\nThe visit ended.',
      '"I do believe', 'speech', 'Umaro Sissoco Embalo', 'maintained'],
    ['"went on" after the quote', 'Risa Hontiveros spoke. "The chair is fully capable," Hontiveros went on.', '"The chair', 'speech', 'Risa Hontiveros', 'went'],
    ['"countered"', 'Maria Lopez spoke. "It is absurd," Senator Ben Cruz countered.', '"It is absurd', 'speech', 'Ben Cruz', 'countered'],
    ['"accused … of" before a quoted phrase', 'Interior Minister Anjuguri Manzah accused the protesters of “blocking major roads”.', '“blocking', 'speech', 'Anjuguri Manzah', 'accused'],
    ['a name in the possessive is no speaker', 'Advocate Nadeem Sarwar showed the photo of Nawaz Sharif’s meeting, on which Justice Ali Akhtar remarked: “You are again resorting to this.”',
      '“You are again', 'speech', 'Ali Akhtar', 'remarked'],
    ['…also after a sentence with no speech verb', 'President Umaro Sissoco Embalo arrived on Monday. He toured the port.\n\n"I do believe that we can do more together."\n\nThe visit ended.',
      '"I do believe', 'speech', 'Umaro Sissoco Embalo', null],
    ['…but an owner whose statement or analysis speaks is', 'PC World\'s recent analysis of its own traffic concluded, "Usually, Internet Explorer is the #2 browser."',
      '"Usually', 'speech', 'PC World', 'concluded'],
    ['…but not "went on" that keeps a thing going', 'The strike by Tom Jones went on for weeks: “No pay, no work.”', '“No pay', 'speech', null, null],
    ['a person after an organization and a role, far after an inverted verb', '"It is a thrill to name such an elegant species," says study co-author and Maldives Marine Research Institute biologist Ahmed Najeeb.',
      '"It is a thrill', 'speech', 'Ahmed Najeeb', 'says'],
    ['the organization after "the <role> of" only says whose role it is', 'The chief executive of Kenya Airways said he still "trusts Airbus".',
      '"trusts Airbus"', 'speech', null, 'said'],
    ['…but no name from a later clause of the sentence', '"We have done nothing wrong," a spokeswoman said in a statement, rejecting claims made by Senator Elizabeth Warren.',
      '"We have done', 'speech', null, 'said'],
    ['…nor a role of another organization named earlier', 'Chief executive Tim Cook unveiled the phone. The chief executive of Samsung said: "We are not worried."',
      '"We are not worried', 'speech', null, 'said'],
    ['…nor a role of an organization in an earlier phrase', 'In a letter to the chief executive of Tesla, the United Auto Workers union wrote: "Our members deserve better."',
      '"Our members', 'speech', 'United Auto Workers', 'wrote'],
    ['a short phrase whose only cue sits in a relative clause after it is the writer\'s', 'The group conducted a "dirty war" against ETA which claimed 27 lives.',
      '"dirty war"', 'scare', null, null],
    ['…and one after a passive "is believed"', 'It is believed that the aim was to "persuade" the French government.', '"persuade"', 'scare', null, null],
    ['a statement speaks for no one named', 'Burke, 70, died early Sunday, his family said.\n\n"This is a time of great sorrow for our family," the statement said.',
      '"This is a time', 'speech', null, 'said'],
    ['…unless a person said it earlier in the sentence', 'Foreign Minister Sergey Lavrov said the talks with Antony Blinken were “constructive,” a report said.',
      '“constructive', 'speech', 'Sergey Lavrov', 'said'],
    ['"they" after "Analysts said" is no organization named in that sentence', 'Analysts said much of Intel\'s growth came from early buying. "We think this will fade," they added.',
      '"We think', 'speech', null, 'added'],
    ['inverted cue after the quote', 'Hasim Kilic watched. “He fired four times,” said Mr. Kilic.', '“He fired four times,”', 'speech', 'Hasim Kilic', 'said'],
    ['according to', 'According to Maria Zakharova, "the talks will go on."', '"the talks will go on."', 'speech', 'Maria Zakharova', 'According to'],
    ['X quoted Y as saying', 'Mevlut Altintas fired. “Call the police,” Hasim Kilic quoted the gunman as saying. The gunman was identified as Mevlut Altintas.',
      '“Call the police,”', 'speech', 'Mevlut Altintas', 'quoted'],
    ['a nickname inside a name is no quote, and the surname later speaks for the whole name', 'Luis ‘Toto’ Caputo met bankers. “We agree,” Caputo said.',
      '“We agree,”', 'speech', 'Luis ‘Toto’ Caputo', 'said'],
    ['a participle after the clause has the clause\'s subject, not a name inside it',
      'Ana Ruiz pushed back against Tom Reed saying the Coalition was playing politics, saying “this is no way to govern.”',
      '“this is no way', 'speech', 'Ana Ruiz', 'saying'],
    ['…but not past a clause of its own', 'Her remarks answered Tom Reed’s speech, where he warned of ruin, describing it as a “nuclear winter” for jobs.',
      '“nuclear winter”', 'speech', 'Tom Reed', 'describing'],
    ['a speech verb before an organization that opens a person\'s title: the person',
      '“Our mission is to understand what happened,” said NTSB board member J. Todd Inman. “We will recommend changes.”',
      '“Our mission', 'speech', 'J. Todd Inman', 'said'],
    ['…also for the quote after it', '“Our mission is to understand what happened,” said NTSB board member J. Todd Inman. “We will recommend changes.”',
      '“We will', 'speech', 'J. Todd Inman', 'said'],
    ['"the judge" for the person titled Judge', 'Judge Peter Newman dismissed the case on Monday. Dismissing the case, the judge said: "This case gives rise to concern."',
      '"This case', 'speech', 'Peter Newman', 'said'],
    ['X quoted Y as saying, after a long subject', '“In Nukus, 18 people died,” the Russian news agency RIA Novosti on Monday quoted Abror Mamatov, an official, as saying.',
      '“In Nukus', 'speech', 'Abror Mamatov', 'quoted'],
    ['a verb of judging with an article between "as" and the quote', 'Peter Dutton has slammed the budget as a "missed opportunity" for families.',
      '"missed opportunity"', 'speech', 'Peter Dutton', 'slammed'],
    ['a speaker whose name holds a nickname in quotation marks, after the verb', '“Like dogs cornered, we are fighting,” said Panupong “Mike Rayong” Jadnok.',
      '“Like dogs', 'speech', 'Panupong “Mike Rayong” Jadnok', 'said'],
    ['the name after "told" is the listener, not the speaker', 'The 76-year-old, who asked not to be named, told the BBC: "It was getting very close."',
      '"It was getting', 'speech', null, 'told'],
    ['a question hands over to the name after it as a comma does', '“Where shall we go?” Mary Wanjiku, a vendor in the market, asked.',
      '“Where shall', 'speech', 'Mary Wanjiku', 'asked'],
    ['…but not from the end of its paragraph', 'Wab Kinew spoke first. “How do we house them?”\n\nThe premier and Mayor Scott Gillingham also spoke about housing.',
      '“How do we', 'speech', 'Wab Kinew', 'spoke'],
    ['pronoun after a named speaker', 'John Kerry arrived on Monday. “It is a despicable attack,” he said.', '“It is a despicable attack,”', 'speech', 'John Kerry', 'said'],
    ['a name after a preposition is no subject a pronoun stands for', 'Zaha Hadid was an architect. In 2012 the award was presented by Elizabeth II. “I love curves,” she said.',
      '“I love curves,”', 'speech', 'Zaha Hadid', 'said'],
    ['…and sentences inside the quote do not push the subject out of reach', 'Ana Ruiz won the race to music by Maria Lopez. The new champion was delighted.\n\n“I gave it away. I wanted it back. I am happy,” she said.',
      '“I gave it away.', 'speech', 'Ana Ruiz', 'said'],
    ['continuation quote keeps the speaker', '“We condemn it,” Jens Stoltenberg said. “No justification exists.”', '“No justification exists.”', 'speech', 'Jens Stoltenberg', 'said'],
    ['cue inside a split quote', '“This is the first step,” said Sinan Ulgen, “and not the last.”', '“This is the first step,”', 'speech', 'Sinan Ulgen', 'said'],
    ['"attributed to X"', 'There is a line attributed to Albert Einstein — "If we knew what we were doing, it would not be research."',
      '"If we knew', 'speech', 'Albert Einstein', 'attributed to'],
    ['"went on to say"', 'Later, Laura Bates went on to say, "the rules will not change."', '"the rules will not change."', 'speech', 'Laura Bates', 'say'],
    ['modal before a bare speech verb', 'Peter Novak would say, "we never gave up."', '"we never gave up."', 'speech', 'Peter Novak', 'say'],
    ['coordinated verb after the quote: the clause before names the speaker',
      'Steve Whitmore told reporters that Daniel Montalvo "walked into the station and turned himself in", and told the police more.',
      '"walked into', 'speech', 'Steve Whitmore', 'told'],
    ['"the city" for the municipality named before', 'The request came from the Municipality of Livorno in 2010. The city reasoned, "the users pay a fee, so the activity is commercial."',
      '"the users pay', 'speech', 'Municipality of Livorno', 'reasoned'],
    ['"the company" for the last organization', 'Acme Robotics cut 200 jobs on Monday. The company said, "demand has fallen sharply this year."',
      '"demand has fallen', 'speech', 'Acme Robotics', 'said'],
    ['an appositive\'s name is not the speaker: the person it describes is', 'Police said Lea Williams, 34, was found dead on Friday. Claire Mott, a neighbor of Williams, told reporters, "She was always kind."',
      '"She was always kind."', 'speech', 'Claire Mott', 'told'],
    ['review 13: an appositive with a comma inside is no one appositive', 'Asked about Harry Kane, the England captain, Ange Postecoglou, the Tottenham manager, said: "He is the best."',
      '"He is the best."', 'speech', 'Ange Postecoglou', 'said'],
    ['a surname that is also a city speaks as the person', 'Andrea Messina was elected mayor in May. "We will fix the roads," Messina said.', '"We will fix', 'speech', 'Andrea Messina', 'said'],
    ['"the airline" for the last organization, whatever its name', 'British Airways cancelled flights on Monday. "We apologise to our customers," the airline said.',
      '"We apologise', 'speech', 'British Airways', 'said'],
    ['…and "the miner" for a firm with "Mining" in its name', 'Lonmin Mining cut 200 jobs. "Demand is weak," the miner said.', '"Demand is weak,"', 'speech', 'Lonmin Mining', 'said'],
    ['review 12: …but not a union whose name holds "Air"', 'The Air Line Pilots Association called a strike at United Airlines. "We are disappointed," the airline said.',
      '"We are disappointed,"', 'speech', 'United Airlines', 'said'],
    ['review 12: "the lender" is no central bank named before', 'Barclays shares fell after the Bank of England raised rates. "Margins will improve," the lender said.',
      '"Margins will improve,"', 'speech', null, 'said'],
    ['pronoun before "told": the name after it is the listener', 'Mary Jones arrived late. “It was terrible,” she told the BBC.', '“It was terrible,”', 'speech', 'Mary Jones', 'told'],
    ['inverted cue with an appositive', '"We will win the vote," said John Smith, the party\'s leader.', '"We will win', 'speech', 'John Smith', 'said'],
    ['title before the name after the quote', '"We will win," the party\'s leader John Smith told reporters on Monday.', '"We will win,"', 'speech', 'John Smith', 'told'],
    ['partial quote after "said that"', 'Maria Garcia said that the company "will not survive the winter."', '"will not survive', 'speech', 'Maria Garcia', 'said'],
    ['descriptor right before the verb, not the name of an outer clause', 'Hasim Kilic watched. Witnesses said the gunman shouted “God is great” before opening fire.',
      '“God is great”', 'speech', null, 'shouted'],
    ['…but an appositive ending in a descriptor keeps the named subject', 'Claudio Rossi, adviser to the minister, said "a table will be opened with the associations."',
      '"a table will', 'speech', 'Claudio Rossi', 'said'],
    ['"he" is the last subject, not the last name', 'Lord Byron studied law. The next autumn, he went up to Cambridge, where he met John Edleston. About him he wrote, “He has been my constant associate since October.”',
      '“He has been', 'speech', 'Byron', 'wrote'],
    ['"she" is the subject, not the appositive', 'Mary Jones met the prime minister, Peter Brown, on Monday. She said, “The talks went well and we agreed.”', '“The talks', 'speech', 'Mary Jones', 'said'],
    ['…even with an organization named between the two people', 'Lee Kwan of Acme Corp met Sam Brown on Monday. He said: "We agreed on all the points today."', '"We agreed', 'speech', 'Lee Kwan', 'said'],
    ['…and an object is chosen when no sentence names a subject', 'Police arrested John Smith on Monday. He said, “I did nothing wrong.”', '“I did nothing', 'speech', 'John Smith', 'said'],
    ['"he" skips a woman named after the man', 'Mary Jones met Peter Brown on Monday. “It went well,” he said.', '“It went well,”', 'speech', 'Peter Brown', 'said'],
    ['"she" skips a man named first', 'Peter Brown met Mary Jones on Monday. She said: “We agreed on everything important.”', '“We agreed', 'speech', 'Mary Jones', 'said'],
    ['…and honorifics tell gender too', 'Mrs. Kaur spoke to Mr. Singh. He said: “The vote is tomorrow and we are ready.”', '“The vote', 'speech', 'Singh', 'said'],
    ['a colon after the sentence that quoted X hands over to the next paragraph',
      'Nunzio Galantino called the ruling "dangerous" and "ideological":\n\n"We face a dangerous sentence. Who decides?"', '"We face', 'speech', 'Nunzio Galantino', null],
    ['…but not across the end of a sentence', 'Nunzio Galantino called the ruling "dangerous". Others disagreed:\n\n"We face a dangerous sentence. Who decides?"',
      '"We face', 'speech', null, null],
    ['a verb of judging with "as" before the quote', 'Matthew Ingram wrote a post. He characterized the conflict as "another small skirmish in a long war."',
      '"another small', 'speech', 'Matthew Ingram', 'characterized'],
    ['…as in "slammed the plan as"', 'Mary Jones slammed the plan as "reckless and dangerous" on Monday.', '"reckless', 'speech', 'Mary Jones', 'slammed'],
    ['…but without "as" the quoted word is a scare quote', 'Mary Jones condemned the "woke" agenda on Monday.', '"woke"', 'scare', null, null],
    ['a surname never named in full, with a relative clause before the cue', '"This is a disaster," Zorba, who heads the agency, told reporters.',
      '"This is a disaster,"', 'speech', 'Zorba', 'told'],
    ['"the police" for the police force named before', 'The Durham Constabulary opened an inquiry. A statement from the police said: "Two men were arrested on Friday night."',
      '"Two men', 'speech', 'Durham Constabulary', 'said'],
    ['…"the force" too', 'Kent Police searched the farm. "Officers found the guns under the floor," the force said.', '"Officers found', 'speech', 'Kent Police', 'said'],
    ['…and "the police department" before the verb beats a name after it', 'The Salem Police Department asked for help. "Officers found the birds dead," the police department wrote in a Facebook post.',
      '"Officers found', 'speech', 'Salem Police Department', 'wrote'],
    ['an organization in the speaker\'s appositive is not the speaker', 'Ana Ruiz, vice president of the Green Party, said the arrest was politically motivated arguing it was a "cynical effort to silence the party".',
      '"cynical effort', 'speech', 'Ana Ruiz', 'arguing'],
    ['"he" after another person opens a sentence follows that subject, not the last speaker',
      '"The stones fell all night," Chen Wei told the agency. Reporter Anthony Kuhn writes from Beijing. He says that "most of the buildings collapsed."',
      '"most of the', 'speech', 'Anthony Kuhn', 'says'],
    ['…while "he" after narrative without names keeps the last speaker', '"The stones fell all night," Chen Wei told the agency. The roads were closed. He added that "nobody could leave the town."',
      '"nobody could', 'speech', 'Chen Wei', 'added'],
    ['an appositive the writer did not close: the person, not the village in it', '"The tourists ran," Ye Zhi, a villager in Zhangzha told the news agency.',
      '"The tourists ran,"', 'speech', 'Ye Zhi', 'told'],
    ['a quote after a sentence in which a person spoke ("spoke about")', 'Coach Glen Williams spoke about half time.\n\n"It was a good battle and we came out better after the break."',
      '"It was a good', 'speech', 'Glen Williams', 'spoke'],
    ['…but not after a sentence with no speech verb', 'Coach Glen Williams ran onto the pitch.\n\n"It was a good battle and we came out better after the break."',
      '"It was a good', 'speech', null, null],
    ['a striker named with his role at the start of a sentence', 'Striker Igor Angulo scored twice. "We never stopped believing in the plan," Angulo said.', '"We never', 'speech', 'Igor Angulo', 'said'],
    ['a name whose ending reads as an adjective before "said"', 'Novak Djokovic won on Sunday. "This is probably the biggest victory," Djokovic said.', '"This is', 'speech', 'Novak Djokovic', 'said'],
    ['a second quote in the sentence that introduced the first', 'King Charles III said the death of his "beloved mother" was "a moment of the greatest sadness for me."',
      '"a moment', 'speech', 'Charles III', null],
    ['a verb right before the quote introduces it, whatever verb follows', 'Earlier, Yellen said "I think that is right" when asked at a Senate hearing about the debt.',
      '"I think', 'speech', 'Yellen', 'said'],
    ['…while a name and a verb after the quote still sign it', 'Anna Berg left early. "It was a long night," Berg said when asked at a Senate hearing.',
      '"It was a long', 'speech', 'Anna Berg', 'said'],
    ['…while a person named as the subject speaks, whatever clause follows the name', 'Rami Khoury, who met Antony Blinken on Monday, said the talks were "very productive and long."',
      '"very productive', 'speech', 'Rami Khoury', 'said'],
    ['"later said" is a cue ("later" is no adjective before it)', 'Ana Ruiz later said the mayor has "a habit of lying to us."', '"a habit', 'speech', 'Ana Ruiz', 'said'],
    ['a paragraph that is only a quote, after a paragraph that ended on one, goes on in the same voice',
      'Ana Ruiz later said the mayor has "a habit of lying to us."\n\n"We walked out because he said wrong things."', '"We walked', 'speech', 'Ana Ruiz', null],
    ['…but not a quote with a credit line after it', 'Ana Ruiz later said the mayor has "a habit of lying to us."\n\n"Nobody listens to the town any more." Anonymous reader, "Letters"',
      '"Nobody listens', 'speech', null, null],
    ['"what he had to say:" hands over to the quote below it', 'Coach Ana Ruiz met the press. Here is what she had to say:\n\n"We are all strong and eager to continue."',
      '"We are all', 'speech', 'Ana Ruiz', 'say'],
    ['a participle opening the sentence has the subject after its comma', 'Speaking in parliament earlier, opposition leader Ana Ruiz demanded "justice for the town."',
      '"justice for', 'speech', 'Ana Ruiz', 'Speaking'],
    ['a verb right before the quote whose subject names nobody still rules out a name after it', 'The protesters, shouting "shame on the government" as Ana Ruiz spoke, left the hall.',
      '"shame on', 'speech', null, 'shouting'],
    ['"they" after a sentence opened by a plural noun is that group, not the organization named before', 'The race was cancelled, AFP reported. Organisers said they could not guarantee safety.\n\n"It would not be right to add pressure now," they said.',
      '"It would not', 'speech', null, 'said'],
    ['"In his words" attributes the quote to the man it refers to', 'Foreign Minister Dmytro Kuleba spoke in New York. In his words, Russia bargains for money, "hucksters are sitting in the Kremlin."',
      '"hucksters', 'speech', 'Dmytro Kuleba', 'In his words'],
    ['a paragraph that is only a quote, after a sentence a person opens, is that person\'s',
      'Captain Dinesh Chandimal praised his bowlers.\n\nChandimal also had a good word for the selectors.\n\n"Thanks to the selectors as well. That made a difference."',
      '"Thanks to', 'speech', 'Dinesh Chandimal', null],
    ['…but not after a sentence no person opens', 'Police closed the road.\n\nThe mayor visited the scene on Monday.\n\n"It is a tragedy for the whole town."',
      '"It is a tragedy', 'speech', null, null],
    ['an organization with a period inside its name, in the speaker\'s appositive, is not the speaker', 'Adhil Shetty, CEO of Bankbazaar.com, said, "The bank kept the rates paused."',
      '"The bank kept', 'speech', 'Adhil Shetty', 'said'],
    // Negative rows: no speaker where the text names none, and titles or scare quotes are not speech.
    ['an unnamed official whose phrase names someone else is not that person', 'Antony Blinken flew in on Monday. An official traveling with Blinken said the talks were "very productive and long."',
      '"very productive', 'speech', null, 'said'],
    ['…as in "a source close to"', 'A senior U.S. official close to Yellen said "the deal is done and signed."', '"the deal', 'speech', null, 'said'],
    ['"he" never stands for an organization that spoke last', 'According to a statement from the Pentagon, "the strike was necessary." A senior official, who asked not to be named because he was not authorized to speak, said the target was a depot. "It was a precise operation," the official said.',
      '"It was a precise', 'speech', null, 'said'],
    ['…not after the first quote ended its sentence', 'Mark Rathbun wrote, "Moxon lied to him and he routed out properly." To "route out" in their jargon means to leave through interviews.',
      '"route out"', 'scare', null, null],
    ['a name after the verb in the next sentence is not the speaker', '"He is the greatest player ever," the Greek said. On Saturday, Aryna Sabalenka won.', '"He is', 'speech', null, 'said'],
    ['a word glossed in brackets is a scare quote', 'Kent Police reported finding cocaine and MDMA ("ecstasy") in the boxes.', '"ecstasy"', 'scare', null, null],
    ['"the company" with no organization named', 'Sales fell on Monday. The company said, "demand has fallen sharply this year."', '"demand has fallen', 'speech', null, 'said'],
    ['"reasons" as a noun is no cue', 'For two reasons, "the plan failed badly and nobody noticed it for years."', '"the plan failed', 'speech', null, null],
    ['bare "say" after "to" without "go on" is no cue', 'Anna Novak wants to say goodbye. Then came the letter: "we never gave up on the town."', '"we never gave up', 'speech', null, null],
    ['a work noun right before the quote announces a title', 'Billie Eilish won best original song for "What Was I Made For?" on Sunday.', '"What Was I', 'title', null, null],
    ['title after "titled"', 'Maria Zakharova spoke at an exhibition titled “Russia Through Turks’ Eyes.”', '“Russia Through Turks’ Eyes.”', 'title', null, null],
    ['short scare quote', 'The “woke” agenda dominated the debate in the city.', '“woke”', 'scare', null, null],
    ['"so-called" marks a scare quote, not a title', 'Scholz opened talks on a so-called “traffic light coalition” with two parties.', '“traffic light', 'scare', null, null],
    ['borrowed term in single quotes', "North Korea put its military in a 'quasi-state of war' on Friday.", "'quasi-state of war'", 'scare', null, null],
  ];
  for (const [construction, text, opening, kind, speaker, cue] of rows) {
    it(`${construction}: ${opening.slice(0, 30)} → ${kind}, ${speaker ?? 'no speaker'}`, () => {
      const quote = quoteOf(text, opening);
      assert.ok(quote.text.startsWith(opening));
      assert.deepStrictEqual([quote.kind, quote.speaker, quote.cue], [kind, speaker, cue]);
    });
  }
  it('ends a quote its paragraph leaves open when narration follows, before a quote that opens a later paragraph', () => {
    const text = 'Ana Ruiz had “made clear that the delay was of deep concern.\n\nRuiz also pushed back on Monday.\n\n“If this is such a big issue, ask for a briefing.”';
    assert.deepStrictEqual(analyzeArticle(text).quotes.map((q) => q.text), ['“If this is such a big issue, ask for a briefing.”']);
    // (A paragraph that opens with a quotation mark right after still continues the quote, newspaper style.)
    const continued = '“The delay was of deep concern.\n\n“We will ask for a briefing,” Ana Ruiz said.';
    assert.deepStrictEqual(analyzeArticle(continued).quotes.map((q) => q.text), [continued.slice(0, continued.indexOf(' Ana'))]);
  });
  it('reads a nickname inside a person\'s name as a name in quotation marks that nobody speaks', () => {
    const nickname = (text: string): unknown[] => analyzeArticle(text).quotes.map((q) => [q.text, q.kind, q.speakerActorId]);
    assert.deepStrictEqual(nickname('Milei confirmed that Luis ‘Toto’ Caputo will be his minister.'), [['‘Toto’', 'title', null]]);
    assert.deepStrictEqual(nickname('Javier Milei said ‘Toto’ will run the economy.'), [['‘Toto’', 'speech', 'actor:person:javier-milei']]);
  });
});

describe('quote export: speaker mention and confidence', () => {
  it('gives the speaker mention span and a confidence by how the speaker was found', () => {
    const text = 'John Kerry arrived on Monday. “It is a despicable attack on all of us,” Mr. Kerry said. '
      + 'Later he met the press. “We will not rest,” he said. Later, “the talks go on and on,” an official added.';
    const document = toExportJson(text, analyzeArticle(text));
    const rows = document.quotes.map((q) => [q.text.slice(0, 12), q.speakerMention ? text.slice(q.speakerMention.start, q.speakerMention.end) : null, q.confidence]);
    assert.deepStrictEqual(rows, [
      ['“It is a des', 'Kerry', 0.9], // a name next to the cue
      ['“We will not', null, 0.75], // "he" resolved to Kerry
      ['“the talks g', null, 0], // nobody named: no speaker
    ]);
    for (const q of document.quotes) if (q.speakerMention) assert.strictEqual(text.slice(q.speakerMention.start, q.speakerMention.end), q.speakerMention.text);
  });

  it('says why a quote has no speaker', () => {
    const rows: [string, string, string | null][] = [
      ['“It is a despicable attack on all of us,” Mr. Kerry said.', '“It is', null],
      ['Later, “the talks go on and on,” an official added.', '“the talks', 'unnamed-subject'],
      ['The sign read: “the talks go on and on and nobody knows why.”', '“the talks', 'no-cue'],
      ['He spoke at an exhibition titled “Russia Through Turks’ Eyes.”', '“Russia', 'not-speech'],
    ];
    for (const [text, opening, reason] of rows) {
      const quote = analyzeArticle(text).quotes.find((q) => q.text.startsWith(opening));
      assert.strictEqual(quote?.noSpeakerReason, reason, text);
      assert.strictEqual(toExportJson(text, analyzeArticle(text)).quotes.find((q) => q.text.startsWith(opening))?.noSpeakerReason, reason, `${text} (export)`);
    }
  });

  it('marks a quote that continues the previous speaker\'s (the seed\'s second shout)', () => {
    const document = toExportJson(SEED, analyzeArticle(SEED));
    const shout = document.quotes.find((q) => q.text.startsWith('“don’t forget Aleppo'));
    assert.deepStrictEqual([shout?.speakerActorId, shout?.speakerMention, shout?.confidence], ['actor:person:mevlut-mert-altintas', null, 0.6]);
  });
});
