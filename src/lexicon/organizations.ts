import { wordTable } from "./word-table.js";

/** Organisations often named in summit reports, with their acronyms. Data only. */
export const ORGANIZATIONS: readonly string[] = [
  "RT", "MGIMO", "CSTO", "STV", "RIA News", "RIA Novosti", "TASS", "Interfax", "Sputnik", "Reuters", "AP", "AFP", "Bloomberg",
  "BBC", "CNN", "Fox News", "NBC", "CBS", "ABC", "MSNBC", "Xinhua", "Kyodo", "Yonhap", "BelTA", "Belarus 1", "Rossiya 1",
  "Channel One", "Kremlin", "White House", "State Department", "Pentagon", "Treasury", "Treasury Department", "Home Office",
  "Foreign Office", "Congress", "Senate", "State Duma", "Duma",
  "Federation Council", "Security Council", "Council of Ministers", "European Commission", "European Council",
  "European Parliament", "European Union", "EU", "NATO", "UN", "United Nations", "UN Security Council", "OSCE", "WTO",
  "IMF", "World Bank", "G7", "G8", "G20", "BRICS", "SCO", "ASEAN", "APEC", "Asia-Pacific Economic Cooperation", "EAEU", "Eurasian Economic Union", "CIS",
  "Union State", "OPEC", "OPEC+", "WHO", "IAEA", "Gazprom", "Rosneft", "Rosatom", "Naftogaz", "Quad", "AUKUS",
  "African Union", "Arab League", "Mercosur", "MERCOSUR", "ECOWAS", "SADC", "EAC", "CARICOM", "SAARC", "GCC", "CELAC",
  "Pacific Islands Forum", "Commonwealth", "Supreme Court", "Foreign Ministry", "Ministry of Foreign Affairs",
  "Ministry of Defence", "Ministry of Defense", "Defense Ministry", "Defence Ministry", "Ministry of Economy",
  "Eastern Economic Forum", "World Economic Forum", "Valdai Club", "New York Times", "Washington Post",
  "Wall Street Journal", "Financial Times", "The Guardian", "Breitbart", "Politico", "CNBC", "NPR", "PBS",
  // News outlets that report summits in other regions and languages.
  "Al Jazeera", "Al Arabiya", "Associated Press", "Agence France-Presse", "Deutsche Welle", "DW", "France 24", "Euronews",
  "NHK", "Nikkei", "South China Morning Post", "Global Times", "People's Daily", "CCTV", "CGTN", "Times of India",
  "The Hindu", "Hindustan Times", "Press Trust of India", "PTI", "ANI", "IANS", "UNI", "NDTV", "Anadolu", "Anadolu Agency", "IRNA", "KCNA",
  "Yomiuri", "Asahi", "Le Monde", "Der Spiegel", "El País", "ANSA", "EFE", "Ukrinform", "Kyiv Independent", "Meduza",
  "Kommersant", "Izvestia", "RBC", "Vedomosti", "Truth Social", "Charlie Hebdo", "Asharq Al-Awsat", "Al-Monitor", "Ynet", "Azernews",
  "Prothom Alo", "Dong-A Ilbo", "Kompas", "VnExpress", "JAMnews", "Kabar",
  // Outlets whose names hold a word of time (`the Daily Mail`, `Mexico News Daily`): no time expression inside them.
  "Daily Mail", "Mail on Sunday", "Sunday Times", "Daily Telegraph", "Sunday Telegraph", "Daily Express", "Sunday Express",
  "Daily Mirror", "Daily Star", "Daily Beast", "Daily Caller", "Daily Maverick", "Daily Nation", "Daily Sabah",
  "Daily Monitor", "Daily Trust", "Daily Graphic", "Daily NK", "Daily News", "New York Daily News", "China Daily",
  "Mexico News Daily", "Weekly Standard", "Sunday Guardian", "Evening Standard", "Sunday Observer", "Gulf Today",
  // State news agencies whose name a report gives as the source of a readout (`state news agency Wam reported`).
  "WAM", "Wam", "Emirates News Agency", "SPA", "Saudi Press Agency", "KUNA", "QNA", "Qatar News Agency", "BNA", "ONA",
  "MENA", "Jordan News Agency", "SANA", "INA", "ISNA", "Tasnim", "Fars", "Mehr", "Jiji", "Bernama", "Antara", "APP", "BSS", "RSS",
  "Trend News Agency", "APA", "Azertac", "AZERTAC", "Armenpress", "UzA", "Kabar", "Akipress", "PAP", "CTK", "MTI",
  "Agerpres", "BTA", "Tanjug", "TRT", "VNA", "Vietnam News Agency", "PNA", "Philippine News Agency",
  "Lusa", "Agencia Brasil", "Télam", "Prensa Latina", "ABC News", "RNZ", "Yle", "SVT", "NRK", "Kyodo News",
  // Picture agencies that credit lines name beside a photographer (`Image: Getty Images / Chip Somodevilla`).
  "Getty Images", "Getty", "EPA", "EPA-EFE", "Shutterstock", "Alamy", "Pool",
  // Movements and armed groups that issue statements.
  "Hamas", "Hezbollah", "Taliban", "Houthis", "Islamic Jihad", "Fatah", "PLO", "Palestinian Authority", "M23", "RSF",
  "ISIS", "Islamic State", "al-Qaeda", "Al-Shabaab", "Boko Haram", "PKK", "SDF",
  // Seats of government that speak for their leader (`the Élysée said`, `Downing Street said`).
  "Élysée", "Elysee", "Downing Street", "Number 10", "Blue House", "Zhongnanhai", "Quai d'Orsay", "Chancellery",
  "Malacañang", "Malacanang", "Matignon", "Farnesina", "Palazzo Chigi", "Quirinale", "Moncloa", "La Moncloa", "Planalto",
  "Itamaraty", "Casa Rosada", "Kantei", "Bankova", "Akorda",
];

/**
 * Short names of bodies written in mixed case (`Wam`, `Yle`): a short word of the list counts only in capitals
 * otherwise, since most short capitalised words are words (`Fox`, `Ria`).
 */
export const SHORT_MIXED_CASE_BODIES: ReadonlySet<string> = new Set(["Wam", "Yle", "Fars", "Mehr", "Nato", "Apec", "Opec"]);

/** Acronyms of things, not bodies, that may stand beside a verb (`told state TV`, `AI said to …`). */
export const THING_ACRONYMS: ReadonlySet<string> = new Set(["TV", "AI", "GDP", "PM", "AM", "OK", "ID", "VIP", "CEO", "LNG", "GMT", "UTC", "DNA"]);

/** Acronyms of bodies that are English words too (`WHO`): in a line of capitals (`WHO ELSE IS GOING?`) they are the word. */
export const ACRONYMS_THAT_ARE_WORDS: ReadonlySet<string> = new Set(["who", "is", "it", "aid", "us"]);

/** Lower-case heads that make a country's body an organisation (`China's foreign ministry`, `the Russian embassy`). */
export const STATE_BODY_HEADS: ReadonlySet<string> = new Set([
  "ministry", "government", "embassy", "consulate", "parliament", "cabinet", "presidency", "military", "delegation",
  "administration", "mission", "foreign office", "defence ministry",
]);

/**
 * Heads of a process, a format or a deal named after the city that started it (`the Berlin Process`, `the Astana
 * format`, `the Minsk agreements`, `the Paris Club`): the city names no place there. Lower case, as written either way.
 */
export const NAMED_AFTER_PLACE_HEADS: ReadonlySet<string> = new Set([
  "process", "format", "formula", "agreement", "agreements", "accord", "accords", "protocol", "protocols", "group",
  "club", "consensus", "principles",
]);

/** Nouns of a work of building, which end its name (`the Lobito Corridor`) or follow it (`the Rail Baltica project`). */
export const WORK_HEADS: readonly string[] = ["Project", "Programme", "Program", "Corridor", "Pipeline", "Railway", "Dam", "Bridge"];

/** Head words that make a capitalised phrase a document or a meeting, never a person (`New Delhi Leaders' Summit Declaration`). */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  "Declaration", "Communique", "Communiqué", "Agreement", "Accord", "Accords", "Treaty", "Pact", "Protocol", "Charter",
  "Convention", "Initiative", "Statement", "Resolution", "Act", "Doctrine", "Plan", "Roadmap", "Memorandum",
  // Meetings are no people either (`ASEAN Summits and Related Summits`), nor are votes (`the General Election`).
  "Summit", "Summits", "Talks", "Dialogue", "Conference", "Election", "Elections", "Debate",
  // Nor are works (`the Julius Nyerere Hydropower Project`, `the Lobito Corridor`).
  ...WORK_HEADS,
]);

/** Head words that make a capitalised phrase an organisation (`Council of Ministers`, `Moscow State Institute`). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  "Ministry", "Council", "Union", "Institute", "University", "Agency", "Committee", "Commission", "Bank", "Fund",
  "Organization", "Organisation", "Party", "Parliament", "Assembly", "Forum", "Corporation", "Company", "Group",
  "Service", "Office", "Department", "Administration", "Court", "Academy", "Association", "Federation", "Alliance",
  "Treaty", "Club", "Foundation", "Center", "Centre", "News", "Times", "Post", "Journal", "Channel", "Network", "Army",
  "Navy", "Force", "Forces", "Guard", "Cabinet", "Government", "Secretariat", "Chamber", "House", "Senate", "Duma",
  "Directorate", "Bureau", "Authority", "Board", "Commissariat", "Presidency", "Community", "Legion", "Radio", "Television",
  "Museum", "Gallery", "Library", "Online", "Chancery", "Chancellery",
  // Companies by their trade or their legal form (`Nippon Steel`, `General Motors`, `Saudi Aramco`'s peers).
  "Steel", "Motors", "Airlines", "Airways", "Energy", "Petroleum", "Holdings", "Industries", "Electric", "Electronics",
  "Technologies", "Pharmaceuticals", "Telecom", "Aerospace",
  // Newspapers named after their city (`the Miami Herald`, `the Chicago Tribune`, `the Houston Chronicle`).
  "Herald", "Tribune", "Globe", "Chronicle", "Gazette", "Telegraph", "Inquirer", "Courier", "Dispatch", "Examiner",
  // (And after their country or their day: `Jamaica Observer`, `Daily Mirror`, `Orlando Sentinel`; not `Standard` nor
  // `Star`, which head too much else, `Eastern Standard Time`, `Gold Star`.)
  "Observer", "Mirror", "Monitor", "Sentinel", "Statesman",
  // Heads in other languages, often left untranslated (`Institut Montaigne`, `Stiftung Wissenschaft und Politik`).
  "Institut", "Instituto", "Istituto", "Stiftung", "Fondation", "Fundación", "Fondazione", "Université", "Universität",
  "Universidad", "Ministerium", "Ministère", "Centro", "Zentrum", "Agenzia", "Agencia", "Agência", "Agence",
]);

/** Heads whose topic follows `on` (`Commission on Presidential Debates`, `Treaty on Comprehensive Strategic Partnership`). */
export const ON_TOPIC_HEADS: ReadonlySet<string> = new Set([
  "Council", "Committee", "Commission", "Forum", "Group", "Treaty", "Conference", "Convention", "Panel", "Subcommittee",
  "Agreement", "Declaration", "Summit", "Dialogue",
]);

/**
 * International bodies a person may belong to as a country's leader belongs to the country, by the short names
 * that qualify their offices (`the UN chief`, `the NATO secretary general`), lower case.
 */
export const BODY_AFFILIATIONS: Readonly<Record<string, string>> = wordTable({
  un: "United Nations", "united nations": "United Nations", eu: "European Union", "european union": "European Union",
  nato: "NATO", au: "African Union", "african union": "African Union", asean: "ASEAN", iaea: "IAEA", opec: "OPEC",
});

/** The international bodies of BODY_AFFILIATIONS by name (`NATO`, `European Union`), whose heads take part in summits as leaders do. */
export const BODIES: ReadonlySet<string> = new Set(Object.values(BODY_AFFILIATIONS));
/** News agencies that write their name in lower case in a dateline (`Berlin (dpa) - …`). */
export const LOWER_CASE_AGENCIES: ReadonlySet<string> = new Set(["dpa"]);
