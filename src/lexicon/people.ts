/**
 * Leaders and officials who often appear in summit reports: canonical name,
 * other spellings (transliteration variants, name-order variants), country
 * they act for (the organisation, for heads of the EU, NATO and the UN),
 * roles and grammatical gender (for pronoun resolution). A surname that is
 * also a common surname or word (Johnson, May, Kim, Sanders) is not listed
 * as an alias: alone it could name anyone, so it links to the person only
 * when the text names them in full. Data only; callers add or override
 * entries with `options.lexicon.people`.
 */
export interface GazetteerPerson {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string;
  readonly roles: readonly string[];
  readonly gender: "m" | "f";
}

const p = (name: string, aliases: string[], country: string, roles: string[], gender: "m" | "f"): GazetteerPerson => ({
  name,
  aliases,
  country,
  roles,
  gender,
});

export const KNOWN_PEOPLE: readonly GazetteerPerson[] = [
  p("Vladimir Putin", ["Putin", "Vladimir Vladimirovich"], "Russia", ["President of Russia"], "m"),
  p("Dmitry Medvedev", ["Medvedev", "Dmitri Medvedev"], "Russia", ["Prime Minister of Russia"], "m"),
  p("Mikhail Mishustin", ["Mishustin"], "Russia", ["Prime Minister of Russia"], "m"),
  p("Sergey Lavrov", ["Lavrov", "Sergei Lavrov"], "Russia", ["Foreign Minister of Russia"], "m"),
  p("Dmitry Peskov", ["Peskov", "Dmitri Peskov"], "Russia", ["spokesman for the Russian president", "Kremlin spokesman"], "m"),
  p("Maria Zakharova", ["Zakharova"], "Russia", ["Foreign Ministry spokeswoman"], "f"),
  p("Yuri Ushakov", ["Ushakov", "Yury Ushakov"], "Russia", ["presidential aide"], "m"),
  p("Sergei Shoigu", ["Shoigu", "Sergey Shoigu"], "Russia", ["Defence Minister of Russia"], "m"),
  p("Alexander Lukashenko", ["Lukashenko", "Lukashenka", "Aliaksandr Lukashenka", "Alyaksandr Lukashenka"], "Belarus", ["President of Belarus"], "m"),
  p("Volodymyr Zelensky", ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "Vladimir Zelensky"], "Ukraine", ["President of Ukraine"], "m"),
  p("Petro Poroshenko", ["Poroshenko"], "Ukraine", ["President of Ukraine"], "m"),
  p("Dmytro Kuleba", ["Kuleba"], "Ukraine", ["Foreign Minister of Ukraine"], "m"),
  p("Donald Trump", ["Trump", "Donald J. Trump"], "United States", ["President of the United States"], "m"),
  p("Joe Biden", ["Biden", "Joseph R. Biden", "Joseph Biden", "Joseph R. Biden, Jr."], "United States", ["President of the United States"], "m"),
  p("Barack Obama", ["Obama"], "United States", ["President of the United States"], "m"),
  p("Kamala Harris", [], "United States", ["Vice President of the United States"], "f"),
  p("Hillary Clinton", ["Hillary Rodham Clinton"], "United States", ["Secretary of State"], "f"),
  p("Antony Blinken", ["Blinken", "Tony Blinken"], "United States", ["Secretary of State"], "m"),
  p("Mike Pompeo", ["Pompeo"], "United States", ["Secretary of State"], "m"),
  p("Jake Sullivan", [], "United States", ["National Security Advisor"], "m"),
  p("John Bolton", [], "United States", ["National Security Advisor"], "m"),
  p("Karine Jean-Pierre", ["Jean-Pierre"], "United States", ["White House press secretary"], "f"),
  p("Sarah Sanders", ["Sarah Huckabee Sanders"], "United States", ["White House press secretary"], "f"),
  p("Xi Jinping", ["Xi"], "China", ["President of China"], "m"),
  p("Li Keqiang", [], "China", ["Premier of China"], "m"),
  p("Li Qiang", [], "China", ["Premier of China"], "m"),
  p("Wang Yi", [], "China", ["Foreign Minister of China"], "m"),
  p("Fumio Kishida", ["Kishida", "Kishida Fumio"], "Japan", ["Prime Minister of Japan"], "m"),
  p("Shinzo Abe", ["Abe Shinzo"], "Japan", ["Prime Minister of Japan"], "m"),
  p("Yoon Suk Yeol", ["Yoon", "Yoon Suk-yeol"], "South Korea", ["President of the Republic of Korea"], "m"),
  p("Moon Jae-in", ["Moon Jae In"], "South Korea", ["President of the Republic of Korea"], "m"),
  p("Kim Jong Un", ["Kim Jong-un"], "North Korea", ["Chairman of the State Affairs Commission"], "m"),
  p("Angela Merkel", ["Merkel"], "Germany", ["Federal Chancellor of Germany"], "f"),
  p("Olaf Scholz", ["Scholz"], "Germany", ["Federal Chancellor of Germany"], "m"),
  p("Emmanuel Macron", ["Macron"], "France", ["President of France"], "m"),
  p("Theresa May", [], "United Kingdom", ["Prime Minister of the United Kingdom"], "f"),
  p("Boris Johnson", [], "United Kingdom", ["Prime Minister of the United Kingdom"], "m"),
  p("Rishi Sunak", ["Sunak"], "United Kingdom", ["Prime Minister of the United Kingdom"], "m"),
  p("Keir Starmer", ["Starmer"], "United Kingdom", ["Prime Minister of the United Kingdom"], "m"),
  p("Giorgia Meloni", ["Meloni"], "Italy", ["Prime Minister of Italy"], "f"),
  p("Giuseppe Conte", ["Conte"], "Italy", ["Prime Minister of Italy"], "m"),
  p("Justin Trudeau", ["Trudeau"], "Canada", ["Prime Minister of Canada"], "m"),
  p("Narendra Modi", ["Modi"], "India", ["Prime Minister of India"], "m"),
  p("Jair Bolsonaro", ["Bolsonaro"], "Brazil", ["President of Brazil"], "m"),
  p("Luiz Inacio Lula da Silva", ["Lula", "Lula da Silva", "Luiz Inácio Lula da Silva"], "Brazil", ["President of Brazil"], "m"),
  p("Cyril Ramaphosa", ["Ramaphosa"], "South Africa", ["President of South Africa"], "m"),
  p("Recep Tayyip Erdogan", ["Erdogan", "Erdoğan", "Tayyip Erdogan"], "Turkey", ["President of Turkey"], "m"),
  p("Hassan Rouhani", ["Rouhani"], "Iran", ["President of Iran"], "m"),
  p("Benjamin Netanyahu", ["Netanyahu"], "Israel", ["Prime Minister of Israel"], "m"),
  p("Abdel Fattah el-Sisi", ["el-Sisi", "Sisi", "al-Sisi"], "Egypt", ["President of Egypt"], "m"),
  p("Mohammed bin Salman", ["bin Salman", "MBS"], "Saudi Arabia", ["Crown Prince of Saudi Arabia"], "m"),
  p("Bashar al-Assad", ["Assad", "al-Assad"], "Syria", ["President of Syria"], "m"),
  p("Nursultan Nazarbayev", ["Nazarbayev"], "Kazakhstan", ["President of Kazakhstan"], "m"),
  p("Kassym-Jomart Tokayev", ["Tokayev"], "Kazakhstan", ["President of Kazakhstan"], "m"),
  p("Shavkat Mirziyoyev", ["Mirziyoyev"], "Uzbekistan", ["President of Uzbekistan"], "m"),
  p("Nikol Pashinyan", ["Pashinyan"], "Armenia", ["Prime Minister of Armenia"], "m"),
  p("Ilham Aliyev", ["Aliyev"], "Azerbaijan", ["President of Azerbaijan"], "m"),
  p("Viktor Orban", ["Orban", "Orbán", "Viktor Orbán"], "Hungary", ["Prime Minister of Hungary"], "m"),
  p("Andrzej Duda", ["Duda"], "Poland", ["President of Poland"], "m"),
  p("Gitanas Nauseda", ["Nauseda", "Nausėda", "Gitanas Nausėda"], "Lithuania", ["President of Lithuania"], "m"),
  p("Jens Stoltenberg", ["Stoltenberg"], "NATO", ["NATO Secretary General"], "m"),
  p("Ursula von der Leyen", ["von der Leyen"], "European Union", ["President of the European Commission"], "f"),
  p("Charles Michel", [], "European Union", ["President of the European Council"], "m"),
  p("Antonio Guterres", ["Guterres", "António Guterres"], "United Nations", ["UN Secretary-General"], "m"),
  p("Sauli Niinisto", ["Niinisto", "Niinistö", "Sauli Niinistö"], "Finland", ["President of Finland"], "m"),
  p("Joko Widodo", ["Widodo", "Jokowi"], "Indonesia", ["President of Indonesia"], "m"),
  p("Khaltmaagiin Battulga", ["Battulga"], "Mongolia", ["President of Mongolia"], "m"),
  p("Nguyen Phu Trong", ["Trong"], "Vietnam", ["General Secretary of the Communist Party of Vietnam"], "m"),
  // Leaders whose given names are not in the given-name list, so that a passing mention is still a person.
  p("Abdel Fattah al-Sisi", ["al-Sisi", "Sisi", "el-Sisi"], "Egypt", ["President of Egypt"], "m"),
  p("Sadyr Japarov", ["Japarov", "Zhaparov"], "Kyrgyzstan", ["President of Kyrgyzstan"], "m"),
  p("Ferdinand Marcos Jr.", ["Marcos", "Bongbong Marcos", "Ferdinand Marcos"], "Philippines", ["President of the Philippines"], "m"),
  p("Pham Minh Chinh", ["Chinh"], "Vietnam", ["Prime Minister of Vietnam"], "m"),
  p("To Lam", [], "Vietnam", ["General Secretary of the Communist Party of Vietnam"], "m"),
  p("Emmerson Mnangagwa", ["Mnangagwa"], "Zimbabwe", ["President of Zimbabwe"], "m"),
  p("Masoud Pezeshkian", ["Pezeshkian"], "Iran", ["President of Iran"], "m"),
  p("Choe Son Hui", [], "North Korea", ["Foreign Minister of North Korea"], "f"),
  p("Lai Ching-te", [], "Taiwan", ["leader of Taiwan"], "m"),
];
