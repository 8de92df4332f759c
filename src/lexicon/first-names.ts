/**
 * Given names, used to recognise an unknown `First Last` pair as a person and
 * to guess grammatical gender for pronouns. Data only.
 */
export const MALE_FIRST_NAMES: readonly string[] = (
  "Alexander Alexey Alexei Aleksei Aleksandr Anatoly Andrei Andrey Anton Arkady Boris Dmitry Dmitri Evgeny Yevgeny " +
  "Fyodor Gennady Georgy Grigory Igor Ilya Ivan Kirill Konstantin Leonid Maxim Mikhail Nikita Nikolai Nikolay Oleg " +
  "Pavel Petr Pyotr Roman Ruslan Sergey Sergei Stanislav Valentin Valery Vasily Viktor Vitaly Vladimir Vladislav " +
  "Vyacheslav Yaroslav Yuri Yury Volodymyr Petro Dmytro Oleksandr Oleksii Andriy Andrii Serhiy Serhii Denys Mykola " +
  "Vitali Vitaliy Taras Mykhailo Aliaksandr Alyaksandr Siarhei John James Robert Michael William David Richard " +
  "Joseph Thomas Charles " +
  "Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy " +
  "Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin " +
  "Samuel Gregory Frank Patrick Raymond Jack Dennis Jerry Tyler Chad Aaron Jose Adam Henry Nathan Douglas Zachary Peter " +
  "Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse " +
  "Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent " +
  "Russell Elijah Louis Bobby Philip Johnny Barack Mike Bill Bernie Ted Marco Jeb Rick Chris Tim Tom Newt Rudy Rand " +
  "Reince Corey Jared Rex Jake Antony Tony Lloyd Emmanuel Olaf Rishi Keir Narendra Jair Luiz Cyril Recep " +
  "Majed Gene Hassan Bashar Nursultan Kassym Shavkat Nikol Ilham Andrzej Gitanas Jens Antonio Sauli Joko Giuseppe Mario Matteo " +
  "Silvio Pedro Francois Nicolas Jacques Gerhard Helmut Frank-Walter Fumio Shinzo Yoshihide Taro Suk Jae Jong Moon " +
  "Xi Li Wang Hu Jiang Ahmed Mohammed Muhammad Ali Omar Amir Abdullah Hamad Tamim Mahmoud Hosni Abdel Abdul Abdoul Abdur Mevlut Hakan Kemal " +
  "Adel Fahad Saud Nayef Jamal Nasser Yousef Sami Tarek Majid Badr Nawaf Mostafa Hamza Bilal Jassim Mansour Marwan " +
  "Charlie Jimmy Danny Tommy Andy Eddie Ricky Freddie Archie Teddy Sammy Lenny Joey Kenny " +
  "Fuad Fouad Hani Hisham Emad Imad Amr Abbas Riyad Riad Masoud Saeed Abdulla Naguib Ghassan Rashid Saad " +
  "Ibrahim Yusuf Javad Ebrahim Hamid Imran Nawaz Shehbaz Rodrigo Ferdinand Steve Dave Jim Bob Rob Ron Al Don Dan " +
  "Ken Matt Pat Sam Ben Nick Greg Jeff Chuck Hank Skip Chip Bud Harry Rich Mitch Marty Mitt Lindsey Rubio Martin Devin " +
  "Hunter Kim Park Lee Choi Jin Naftali Yair Yitzhak Shimon Ehud Ariel Ayman Salman Khalid Faisal Abdulaziz Volker " +
  "Heiko Sigmar Abe Abiy Ahmad Ahmet Alain Alar Alberto Alejandro Aleksandar Alessandro Alexandr Alexis Almazbek " +
  "Amit Anders Andre Andrea Andrej Andres Anil Antoine Antonis Anwar Armen Arturs Arun Ashraf Asif Aung " +
  "Ajit Rajnath Piyush Suresh Ramesh Rahul Asim Ishaq Bilawal Asad Ranil Mahinda Gotabaya Prabowo Milan " +
  "Bayo Benigno Bernard Bohuslav Bola Elon Bongbong Borut Bruno Burak Carlos Cem Christophe " +
  "Diego Dieter Dimitris Dominic Ed Edgars Edi Edouard Eduardo Egils Emilio Emomali Emre Enrico Enrique Erik " +
  "Fabio Fadi Felipe Fernando Florian Francesco Francisco Friedrich Gang Geert Georgios Giorgi Giorgio Giovanni " +
  "Gonzalo Goodluck Gordon Gunther Gurbanguly Gustavo Hans Hao Harald Hashim Hector Henrik Hiroshi Hlaing " +
  "Horst Hossein Hsien Hun Hussein Ignacio Ilir Iohannis Irakli Jaishankar Jakub Jan Janez Jaroslaw Javier " +
  "Jean Jean-Luc Jean-Yves Joao Jonas Jorge Josep Juha Julio Jun Junichiro Jurgen Juri Karim Kenji Kerim " +
  "Kiril Klaus Konstantinos Krisjanis Krzysztof Kwame Kyriakos Lars Laurent Lei Levan Loong Lucas Luigi " +
  "Luis Lukasz Magnus Mahathir Manet Manmohan Manuel Marcelo Marek Markus Massimo Mateo " +
  "Mateusz Matthias Mauricio Mehmet Michel Miguel Mikael Mikheil Milo Milos Min Ming Miroslav Mohamed " +
  "Mohammad Muhammadu Murat Mustafa Nabil Najib Nelson Nicolae Nikos Nils Olivier Olusegun Oscar Pablo Paolo Paulo " +
  "Pawel Pervez Petteri Philippe Pierre Piotr Prayut Qiang Rafael Rainer Rajesh Rami Raul Ravi " +
  "Ricardo Roberto Ruben Rumen Samir San Sandro Sanjay Santiago Sebastian Sen Serdar Sergio Serzh Shigeru Sooronbay " +
  "Stefan Stefano Subrahmanyam Sunil Takeshi Tariq Thabo Tharman Thiago Thierry Thongloun Tobias " +
  "Tomasz Toshimitsu Uhuru Ulf Urmas Uwe Vaclav Vijay Vlad Vucic Walid Wei Wolfgang Xavier Yannis Yi Yoon " +
  "Yoshi Yoshihiko Yoshimasa Youssef Yves Ziad Zoran " +
  // African leaders and officials: Sahel, West, Central, East and Southern Africa.
  "Moussa Mamadou Ousmane Abdoulaye Ibrahima Mahamat Mahamadou Idriss Assimi Abdourahamane Bassirou Faure Alassane " +
  "Macky Adama Souleymane Aliou Boubacar Cheikh Abdelmadjid Abdelaziz Kais Umaro Yoweri Emmerson Hakainde Felix Denis " +
  "Faustin Evariste Julius Isaias Salva Ismail Kassim Mswati Azali Andry Filipe Duma Brice Teodoro Patrice Saleh " +
  "Nangolo Hage Lazarus Taye Mokgweetsi Yahya Khalifa Bashir Abdalla Jakaya Ernest Wavel Lazare " +
  // British, Irish, North American and Commonwealth politicians, officials and analysts.
  "Wes Liam Conor Humza Rhun Vaughan Simon Grant Jagmeet Pete Kash Hakeem Gavin Josh " +
  // Latin American, Caribbean and Guyanese ones.
  "Evo Lenin Nayib Bernardo Ernesto Horacio Cristiano Diosdado Yamandu Dickon Gaston Terrance Roosevelt Hubert Irfaan"
).split(" ");

export const FEMALE_FIRST_NAMES: readonly string[] = (
  "Billie Dolly Sally Molly Polly Svetlana Maria Mariya Anna Olga Elena Yelena Tatiana Tatyana Natalia Natalya Irina Ekaterina Yekaterina " +
  "Valentina Ludmila Lyudmila Galina Nadezhda Vera Lyubov Marina Oksana Yulia Yuliya Kseniya Ksenia Daria Darya " +
  "Alina Veronika Sviatlana Tsikhanouskaya Iryna Olena Hanna Mary Patricia Jennifer Linda Elizabeth Barbara Susan " +
  "Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda " +
  "Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Brenda Pamela Nicole " +
  "Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Heather Diane Virginia Julie Joyce " +
  "Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances " +
  "Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn " +
  "Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Hillary Kamala " +
  "Nikki Kellyanne Hope Ivanka Melania Condoleezza Madeleine Karine Jen Jill Ursula Giorgia Federica Kaja Annalena " +
  "Liz Kolinda Magdalena Sophie Jacinda Ayako Yuriko Tsai Ing-wen Carly Debbie Trish Patty Kathy Cathy Sue Jane Jenny Beth Meg Megyn Kate " +
  "Katie Becky Peggy Maggie Ellen Tulsi Betsy Huma Hasina Indira Benazir Golda Tzipi Mette Sanna Erna Kersti Dalia " +
  "Ingrida Vaira Zuzana Maia Salome Agnieszka Aisha Ana Anne Annegret Astrid Avril Aylin Ayse Beata Beatriz Birgit " +
  "Brigitte Camila Carmen Chiara Chunying Claudia Cristina Dana Daniela Dilma Dolores Dora Eleni Elisabetta Elise " +
  "Evika Ewa Fatima Fatma Fernanda Francesca Gabriela Gina Giulia Hua Ilze Ingrid Isabel Isabelle Iveta Juliana " +
  "Karin Katarina Katarzyna Keiko Kristalina Kristi Leila Li Lilia Ling Liudmyla Lucia Malgorzata Mariam Mariana " +
  "Marine Marjorie Marta Martine Mei Metsola Na Nadia Nathalie Nirmala Paola Paula Penny Petra Pilar Priya Rania " +
  "Roberta Rosa Sabine Sanae Segolene Smriti Sofia Sonia Sushma Sylvie Tomomi Wendy Xiu Yan Yasmin Yoko Yuko Zeynep " +
  "Samia Netumbo Sahle-Work Ngozi Amina Fatou Aminata Nkosazana Joice Naledi Thandi Lindiwe Aïssata Mariama " +
  "Fiona Claire Caroline Harriet Lucy Alison Gillian Kirsty Nicola Yvette Priti Suella Kemi Bridget Shabana Hilary " +
  "Niamh Aoife Siobhan Mairead Aileen Eilidh Melanie Mélanie Chrystia Anita Pam Karoline Susie " +
  "Željka Zeljka Jadranka Milica Vesna Sanja Snežana Marija Tanja Gordana Jasmina Biljana Dubravka Maja Nataša Kamla Mia " +
  "Karina Silvia Veronica Lorena Ximena Xiomara Jeanine Delcy Dina Anastasia Katrin Kristrun Esther Miriam " +
  "Layla Zainab Nour Hind Khadija Mercy Beatrice Agnes Winnie Saara Nandi Funmilayo Oby"
).split(" ");

/**
 * East Asian family names, written first (`Li Qiang`, `Yoon Suk Yeol`, `Kim Jong Un`): in a name that
 * opens with one, that word alone names the person later (`Li said`). Data only.
 */
export const FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set([
  "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
  "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng",
  "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren",
  "shen", "yao", "xi", "qin", "fu", "mao", "hua", "geng", "qian", "kong", "bai", "cui", "fan", "fang", "wen", "hou", "duan",
  "hao", "shao", "meng", "qiu", "xue", "jia", "gu", "lai", "tao", "wan", "yin",
  "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "shin",
  "moon", "ahn", "hwang", "oh", "seo", "kwon", "nguyen", "tran", "pham", "hun",
  // North Korean spellings and other Korean and Vietnamese family names (`Ri Yong Ho`, `Choe Son Hui`, `Ban Ki-moon`).
  "ri", "choe", "pak", "jo", "hyon", "ryu", "yun", "baek", "jeon", "ban", "roh", "chung", "hong", "vo", "vu", "bui",
  // Singaporean, Malaysian and Hong Kong spellings (`Gan Kim Yong`, `Ng Eng Hen`, `Teo Chee Hean`, `Leung Chun-ying`).
  "gan", "teo", "tan", "ng", "ong", "goh", "koh", "chan", "yeo", "heng", "khaw", "lui", "leung", "tsang", "cheung",
  "chow", "wong", "lam",
]);

/** Titles that stand inside a Somali or Arab name, between a given name and the next (`Hassan Sheikh Mohamud`). */
export const NAME_INNER_TITLES: ReadonlySet<string> = new Set(["sheikh", "sheik", "shaikh"]);

/**
 * Particles of family names, written capitalised or not (`Bart De Wever`, `Ursula von der Leyen`, `Marine Le Pen`,
 * `Lula da Silva`): they belong to the family name that follows them (`De Wever said`).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  // Not `do` or `ten`: common English words between two capitals (`Trump do Putin`).
  "de", "da", "dos", "das", "di", "del", "della", "der", "van", "von", "le", "la", "du", "des", "ter", "bin", "ibn",
  "bint", "al", "el", "abu",
  // (Welsh `ap`, son of: `Rhun ap Iorwerth`.)
  "ap",
]);

/** A pilgrim's style a father's name may carry after `bin` (`Mohamad bin Haji Hasan`): part of the name there. */
export const PATRONYMIC_STYLES: ReadonlySet<string> = new Set(["haji", "hajah", "hajjah"]);

/** Words of office that are family names too, after given names (`Charlie King`, `Erik Prince`, `John Major`). */
export const TITLES_AS_FAMILY_NAMES: ReadonlySet<string> = new Set(["king", "prince", "bishop", "major", "judge", "marshal", "pope"]);
/** English function words that are family names too, after given names (`Kerim Has`, `An Cheol-soo`'s `An`, `Do`). */
export const FUNCTION_WORDS_AS_FAMILY_NAMES: ReadonlySet<string> = new Set(["has", "an", "do"]);
