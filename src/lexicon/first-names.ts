/**
 * Given names, used to recognise an unknown `First Last` pair as a person and
 * to guess grammatical gender for pronouns. Data only.
 */
export const MALE_FIRST_NAMES: readonly string[] = (
  "Alexander Alexey Alexei Aleksei Aleksandr Anatoly Andrei Andrey Anton Arkady Boris Dmitry Dmitri Evgeny Yevgeny Fyodor " +
  "Gennady Georgy Grigory Igor Ilya Ivan Kirill Konstantin Leonid Maxim Mikhail Nikita Nikolai Nikolay Oleg Pavel Petr Pyotr " +
  "Roman Ruslan Sergey Sergei Stanislav Valentin Valery Vasily Viktor Vitaly Vladimir Vladislav Vyacheslav Yaroslav Yuri Yury " +
  "Volodymyr Petro Dmytro Oleksandr Oleksii Andriy Mykola Vitali Vitaliy Taras Mykhailo Aliaksandr Alyaksandr Siarhei " +
  "John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald " +
  "Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric " +
  "Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry " +
  "Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah " +
  "Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan " +
  "Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Barack Mike Bill Bernie Ted Marco Jeb " +
  "Rick Chris Tim Tom Newt Rudy Rand Reince Kellyanne Corey Jared Rex Jake Antony Tony Lloyd Emmanuel Olaf Boris Rishi Keir " +
  "Justin Narendra Jair Luiz Cyril Recep Hassan Benjamin Bashar Nursultan Kassym Shavkat Nikol Ilham Andrzej Gitanas Jens " +
  "Charles Antonio Sauli Joko Giuseppe Mario Matteo Silvio Pedro Mark Emmanuel Francois Nicolas Jacques Gerhard Helmut Frank-Walter " +
  "Fumio Shinzo Yoshihide Taro Suk Jae Jong Moon Xi Li Wang Hu Jiang Ahmed Mohammed Muhammad Ali Omar Abdullah Hamad Tamim " +
  "Mahmoud Hosni Abdel Recep Mevlut Hakan Kemal Ibrahim Yusuf Javad Ebrahim Hamid Imran Nawaz Shehbaz Rodrigo Ferdinand " +
  "Steve Dave Jim Bob Rob Ron Al Don Dan Ken Tom Matt Pat Sam Ben Nick Greg Jeff Chuck Hank Jerry Larry Harry Rick Rich Randy Mitch Marty " +
  "Reince Rand Rudy Newt Mitt Jeb Ted Lindsey Marco Rubio Chris Carly Ben Rand Rick Scott Bernie Martin Joe Tim Mike Kellyanne Sean Paul Kevin Devin Adam Eric Hunter " +
  "Moon Kim Park Lee Choi Jin Naftali Yair Yitzhak Shimon Ehud Ariel Ayman Salman Khalid Faisal Abdulaziz Volker Heiko Sigmar " +
  "Abe Abiy Ahmad Ahmet Alain Alar Alberto Alejandro Aleksandar Alessandro Alexander Alexandr Alexis Ali Almazbek Amit Anders Andre Andrea Andrej Andres Anil Annalena Antoine Antonis Anwar Armen Arturs Arun Ashraf Asif Aung Beata Benazir Benigno Bernard Bohuslav Bola Bongbong Boris Borut Bruno Burak Carlos Catherine Cem Charles Christian Christophe Dalia David Diego Dieter Dimitris Dominic Donald Ed Edgars Edi Edouard Eduardo Egils Emilio Emmanuel Emomali Emre Enrico Enrique Erik Erna Fabio Fadi Felipe Ferdinand Fernando Florian Francesco Francisco Frank Friedrich Fumio Gabriel Gang Geert Georgios Giorgi Giorgio Giovanni Gitanas Gloria Gonzalo Goodluck Gordon Gunther Gurbanguly Gustavo Hamid Hans Hao Harald Hashim Hassan Hector Helmut Henrik Hiroshi Hlaing Horst Hossein Hsien Hun Hussein Ignacio Igor Ilham Ilir Imran Ingrida Iohannis Irakli Jacob Jacques Jaishankar Jakub Jan Janez Jaroslaw Javier Jean Jean-Luc Jean-Yves Jens Jeremy Joao John Joko Jonas Jorge Josep Juha Julio Jun Junichiro Jurgen Juri Kaja Karim Kassym Keir Kenji Kersti Kiril Klaus Kolinda Konstantinos Krisjanis Krzysztof Kwame Kyriakos Lars Laurent Lee Lei Leonid Levan Liz Loong Lucas Luigi Luis Lukasz Magdalena Magnus Mahathir Mahmoud Maia Manet Manmohan Manuel Marcelo Marco Marek Marine Mark Markus Massimo Mateo Mateusz Matthias Mauricio Mehmet Mette Michel Miguel Mikael Mikheil Milo Milos Min Ming Miroslav Mohamed Mohammad Muhammadu Murat Mustafa Nabil Najib Narendra Nawaz Nelson Nick Nicolae Nikol Nikos Nils Nursultan Olaf Olivier Olusegun Oscar Pablo Paolo Paul Paulo Pawel Pervez Peter Petteri Philippe Pierre Piotr Prabowo Prayut Qiang Rafael Rahul Rainer Rajesh Rami Raul Ravi Ricardo Rishi Robert Roberto Rodrigo Ruben Rumen Samir San Sandro Sanjay Santiago Sauli Sebastian Sen Serdar Sergio Serzh Shehbaz Shigeru Shinzo Sooronbay Sophie Stefan Stefano Subrahmanyam Suk Sunil Takeshi Tariq Thabo Tharman Theresa Thiago Thierry Thomas Thongloun Tobias Tomasz Tony Toshimitsu Uhuru Ulf Urmas Ursula Uwe Vaclav Vijay Viktor Vincent Vlad Volodymyr Vucic Walid Walter Wei Wolfgang Xavier Yannis Yi Yoon Yoshi Yoshihide Yoshihiko Yoshimasa Youssef Yves Ziad Zoran"
).split(" ");

export const FEMALE_FIRST_NAMES: readonly string[] = (
  "Svetlana Maria Mariya Anna Olga Elena Yelena Tatiana Tatyana Natalia Natalya Irina Ekaterina Yekaterina Valentina " +
  "Ludmila Lyudmila Galina Nadezhda Vera Lyubov Marina Oksana Yulia Yuliya Kseniya Ksenia Daria Darya Alina Veronika " +
  "Sviatlana Tsikhanouskaya Iryna Olena Hanna " +
  "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley " +
  "Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy " +
  "Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet " +
  "Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl " +
  "Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia " +
  "Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose " +
  "Alexis Kayla Hillary Kamala Nancy Nikki Kellyanne Hope Ivanka Melania Michelle Condoleezza Madeleine Samantha Susan " +
  "Karine Jen Jill Ursula Angela Theresa Giorgia Federica Kaja Annalena Christine Liz Jacinda Ayako Yuriko Tsai Ing-wen " +
  "Carly Debbie Trish Patty Kathy Cathy Sue Jane Jen Jenny Liz Beth Meg Megan Megyn Kate Katie Becky Peggy Maggie Ellen Hope Tulsi Elizabeth Nikki Betsy Huma Cheryl " +
  "Hasina Indira Benazir Golda Tzipi Mette Sanna Jacinda Erna Kersti Dalia Ingrida Vaira Zuzana Maia Salome " +
  "Agnieszka Aisha Ana Andrea Anne Annegret Astrid Avril Aylin Ayse Beata Beatriz Birgit Brigitte Camila Carmen Chiara Christine Chunying Claudia Condoleezza Cristina Dalia Dana Daniela Dilma Dolores Dora Elena Eleni Elisabetta Elise Evika Ewa Fatima Fatma Federica Fernanda Francesca Gabriela Gina Giulia Hanna Hillary Hope Hua Ilze Indira Ingrid Ingrida Irina Iryna Isabel Isabelle Ivanka Iveta Jacinda Janet Jen Jill Julia Juliana Kaja Kamala Karin Karine Katarina Katarzyna Keiko Kelly Kellyanne Kristalina Kristi Laura Lauren Leila Li Lilia Linda Ling Liudmyla Lucia Maia Malgorzata Maria Mariam Mariana Marine Marjorie Marta Martine Mei Melania Metsola Michelle Na Nadia Nancy Natalia Nathalie Nikki Nirmala Oksana Olena Paola Paula Penny Petra Pilar Priya Rania Roberta Rosa Sabine Salome Samantha Sanae Segolene Smriti Sofia Sonia Susan Sushma Svetlana Sviatlana Sylvie Tatyana Tomomi Tulsi Ursula Valentina Veronika Victoria Wendy Xiu Yan Yasmin Yoko Yuko Yulia Yuriko Zeynep Zuzana"
).split(" ");

/**
 * East Asian family names, written first (`Li Qiang`, `Yoon Suk Yeol`, `Kim Jong Un`): in a name that
 * opens with one, that word alone names the person later (`Li said`). Data only.
 */
export const FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set([
  "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
  "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng",
  "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren",
  "shen", "yao", "xi", "qin", "fu", "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "shin",
  "moon", "ahn", "hwang", "oh", "seo", "kwon", "nguyen", "tran", "pham", "hun",
]);

/**
 * Particles of family names, written capitalised or not (`Bart De Wever`, `Ursula von der Leyen`, `Marine Le Pen`,
 * `Lula da Silva`): they belong to the family name that follows them (`De Wever said`).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  // Not `do` or `ten`: common English words between two capitals (`Trump do Putin`).
  "de", "da", "dos", "das", "di", "del", "della", "der", "van", "von", "le", "la", "du", "des", "ter", "bin", "ibn",
  "bint", "al", "el", "abu",
]);
