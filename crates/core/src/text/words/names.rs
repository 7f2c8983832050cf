//! Names: the words that make a capitalised chunk an organisation or a place, words that name
//! no actor, common first names with the gender they usually carry, and pronouns.

/// Last words of organisation names ("Heritage **Foundation**", "NBC **News**").
#[rustfmt::skip]
pub const ORG_LAST: &[&str] = &[
    "foundation", "institute", "institution", "department", "ministry", "secretariat", "agency",
    "administration", "office", "bureau", "council", "committee", "commission", "congress",
    "senate", "house", "parliament", "party", "army", "navy", "force", "forces", "guard", "command",
    "cartel", "group", "organization", "organisation", "association", "union", "coalition",
    "center", "centre", "court", "bank", "fund", "corporation", "corp.", "inc.", "company",
    "university", "college", "network", "news", "times", "journal", "post", "tribune", "herald",
    "digital", "review", "magazine", "channel", "radio", "tv", "television", "service", "services",
    "police", "pentagon", "nacional", "armada", "senado", "gobierno", "marines", "corps", "policy",
    "project", "council", "watch", "fbi", "dea", "cia",
];

/// First words of organisation names ("**Cártel** de Sinaloa", "**Secretaría** de Marina").
#[rustfmt::skip]
pub const ORG_FIRST: &[&str] = &[
    "cartel", "secretaria", "ministerio", "departamento", "universidad", "instituto", "fundacion",
    "guardia", "ejercito", "fiscalia", "camara", "partido", "banco", "agencia", "comision",
    "consejo", "bank", "university", "department", "ministry", "house", "council",
];

/// Organisations printed as one capitalised word.
#[rustfmt::skip]
pub const ORG_WORDS: &[&str] = &[
    "pentagon", "congress", "senate", "kremlin", "hamas", "hezbollah", "interpol", "europol",
    "morena", "reuters", "pemex",
];

/// Organisations printed as an acronym (matched only when printed in capitals).
#[rustfmt::skip]
pub const ORG_ACRONYMS: &[&str] = &[
    "nasa", "fda", "epa", "nih", "cdc", "nsc", "irs", "sec", "ftc", "fcc", "unicef", "unesco",
    "wto", "oecd", "nfl", "nba", "mlb", "fifa", "uefa", "ioc", "jpl", "esa",
    "cia", "fbi", "dea", "dhs", "ice", "cbp", "doj", "dod", "nsa", "atf", "un", "oas", "nato", "eu",
    "fgr", "sedena", "semar", "sre", "sspc", "cjng", "pri", "pan", "prd", "who", "imf", "opec",
    "nbc", "cnn", "cbs", "abc", "bbc", "afp", "efe", "usaid", "ap",
];

/// Countries, regions, cities and demonyms: never people.
#[rustfmt::skip]
pub const PLACES: &[&str] = &[
    "estadounidense", "estadounidenses", "mexicano", "mexicana", "mexicanos", "mexicanas",
    "venezolano", "venezolana", "norteamericano", "norteamericana",
    "united states", "u.s.", "us", "usa", "u.s.a.", "america", "americas", "american", "americans",
    "mexico", "mexican", "mexicans", "canada", "canadian", "venezuela", "venezuelan", "colombia",
    "colombian", "cuba", "cuban", "china", "chinese", "russia", "russian", "ukraine", "ukrainian",
    "brazil", "brazilian", "argentina", "argentine", "chile", "chilean", "peru", "peruvian",
    "ecuador", "ecuadorian", "guatemala", "guatemalan", "honduras", "honduran", "el salvador",
    "salvadoran", "nicaragua", "nicaraguan", "panama", "panamanian", "costa rica", "haiti",
    "haitian", "dominican", "spain", "spanish", "france", "french", "germany", "german", "britain",
    "british", "uk", "u.k.", "england", "english", "israel", "israeli", "iran", "iranian", "turkey",
    "turkiye", "turkish", "india", "indian", "pakistan", "japan", "japanese", "korea", "korean",
    "syria", "syrian", "iraq", "iraqi", "saudi", "qatar", "egypt", "nigeria", "australia",
    "australian", "italy", "italian", "poland", "polish", "europe", "european", "latin",
    "latin america", "latin american", "caribbean", "pacific", "atlantic", "asia", "africa",
    "washington", "mexico city", "caracas", "havana", "bogota", "beijing", "moscow", "london",
    "paris", "madrid", "texas", "california", "arizona", "new mexico", "florida", "virginia",
    "sinaloa", "jalisco", "sonora", "chihuahua", "tamaulipas", "michoacan", "guerrero",
    "baja california", "nuevo leon", "coahuila", "zacatecas", "tijuana", "ciudad juarez", "juarez",
    "culiacan", "monterrey", "guadalajara", "zocalo", "gulf", "hemisphere", "west",
    "estados unidos", "norteamerica", "latinoamerica", "ciudad de mexico", "cdmx",
    "national palace", "palacio nacional", "oval office",
];

/// Last words that make a chunk a place ("Mexico **City**").
#[rustfmt::skip]
pub const PLACE_LAST: &[&str] = &[
    "city", "county", "province", "island", "islands", "river", "valley", "gulf", "sea", "ocean",
    "bay", "mountains", "canal", "strait", "state", "states", "republic", "palace", "square",
    "airport", "border", "street", "avenue",
];

/// First words that make a chunk a place ("**Ciudad** Juárez").
#[rustfmt::skip]
pub const PLACE_FIRST: &[&str] = &[
    "ciudad", "san", "santa", "puerto", "port", "lake", "mount", "fort", "gulf", "estado", "north",
    "south", "east", "west", "northern", "southern",
];

/// Months and weekdays (English and Spanish), and other capitalised words that name no actor.
#[rustfmt::skip]
pub const NOT_NAMES: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre", "lunes", "martes", "miercoles", "jueves",
    "viernes", "sabado", "domingo", "however", "during", "since", "despite", "although", "after",
    "before", "meanwhile", "responding", "following", "according", "while", "when", "where", "what",
    "why", "how", "if", "instead", "still", "yet", "so", "and", "but", "or", "asked", "in", "on",
    "at", "for", "from", "with", "without", "as", "by", "to", "of", "q", "a", "an", "the", "this",
    "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "our",
    "its", "my", "you", "your", "there", "here", "today", "yesterday", "tomorrow", "no", "yes",
    "not", "all", "some", "many", "most", "more", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "first", "last", "other", "several", "multiple", "each",
    "every", "both", "editing", "reporting", "writing", "additional", "god", "christmas", "easter",
    "covid", "internet", "en", "el", "la", "los", "las", "un", "una", "pero", "sin", "con", "por",
    "para", "que", "desde", "hasta", "tras", "ante", "segun", "este", "esta", "ese", "esa",
];

/// Common first names with the gender they usually carry (folded, lower case). Used only when
/// the text itself shows no gender; a name absent here is simply "unknown".
#[rustfmt::skip]
pub const FEMALE_NAMES: &[&str] = &[
    "claudia", "maria", "ana", "anna", "laura", "rosalba", "kylie", "ananya", "kristi", "karoline",
    "pam", "tulsi", "kamala", "hillary", "nancy", "elizabeth", "sarah", "sara", "jennifer",
    "jessica", "emily", "emma", "olivia", "sophia", "isabel", "isabella", "lucia", "carmen", "rosa",
    "patricia", "linda", "barbara", "susan", "margaret", "lisa", "karen", "betty", "helen",
    "sandra", "donna", "carol", "ruth", "sharon", "michelle", "kimberly", "deborah", "amy",
    "angela", "melissa", "rebecca", "stephanie", "rachel", "catherine", "katherine", "kate",
    "christine", "samantha", "nicole", "julia", "julie", "victoria", "alejandra",
    "adriana", "veronica", "gabriela", "fernanda", "daniela", "paula", "marta", "monica", "beatriz",
    "teresa", "alicia", "lorena", "guadalupe", "rocio", "xochitl", "ernestina", "rosario",
    "marcela", "luisa", "silvia", "irma", "elena", "sofia", "valentina", "camila", "natalia",
    "diana", "ursula", "giorgia", "marine", "kaja", "christina", "ivanka", "melania", "marjorie",
    "liz", "nikki", "condoleezza", "janet", "gina", "gretchen", "kathy", "cindy", "alexandria",
    "ilhan", "rashida", "susana", "norma", "yolanda", "leticia", "olga", "raquel", "ariadna",
    "citlalli", "tatiana", "dolores", "mercedes", "consuelo", "lourdes", "beatrice", "joan", "jane",
    "mary", "martha", "ashley", "brenda", "amanda", "heather", "megan", "tammy",
    "abigail", "addison", "adeline", "agnes", "aida", "aileen", "alana", "alba", "alexa",
    "alexandra", "alexis", "alice", "alina", "alison", "allison", "alma", "alyssa", "amber",
    "amelia", "angelica", "angie", "anita", "annabel", "anne", "annette", "annie", "antonia",
    "april", "ariana", "ariel", "arlene", "audrey", "aurora", "autumn", "ava", "belinda", "bella",
    "bernadette", "beth", "bethany", "betsy", "beverly", "bianca", "bonnie", "brianna", "bridget",
    "brittany", "brooke", "caitlin", "caitlyn", "camille", "candace", "cara", "carla", "carolina",
    "caroline", "carolyn", "cassandra", "catalina", "cecilia", "celeste", "celia", "charlene",
    "charlotte", "chelsea", "cheryl", "chloe", "christie", "claire", "clara", "claudette",
    "colleen", "connie", "constance", "cora", "courtney", "crystal", "cynthia", "daisy", "danielle",
    "daphne", "darlene", "dawn", "debbie", "debra", "delia", "delores", "denise", "destiny",
    "diane", "dolly", "dora", "doris", "dorothy", "edith", "eileen", "elaine", "eleanor", "elisa",
    "elise", "eliza", "ella", "ellen", "eloise", "elsa", "elsie", "emilia", "emilie", "erica",
    "erika", "erin", "esperanza", "estela", "esther", "eugenia", "eva", "evelyn", "faith", "fatima",
    "felicia", "fiona", "florence", "frances", "francesca", "gabrielle", "gail", "gemma", "georgia",
    "geraldine", "gertrude", "gilda", "giselle", "gladys", "glenda", "gloria", "grace", "gwen",
    "gwendolyn", "hailey", "hannah", "harriet", "hazel", "heidi", "helena", "hilary", "holly",
    "hope", "ida", "imelda", "ingrid", "irene", "iris", "isabela", "isabelle", "ivy", "jacqueline",
    "jade", "jana", "janice", "jasmine", "jeanette", "jeanne", "jenna", "jennie", "jenny", "jill",
    "jo", "joanna", "jocelyn", "josefina", "josephine", "joy", "joyce", "juana", "juanita",
    "judith", "judy", "juliana", "june", "justine", "karina", "karla", "katelyn", "katharine",
    "kathleen", "kathryn", "katie", "katrina", "kay", "kayla", "kelsey", "kendra", "kim", "kristen",
    "kristin", "kristina", "krystal", "lacey", "lauren", "lea", "leah", "leila", "lena", "lila",
    "lillian", "lily", "lina", "liza", "lois", "lola", "lorraine", "louisa", "louise", "lucille",
    "lucy", "luna", "lydia", "lynn", "mabel", "mackenzie", "madeline", "madison", "magdalena",
    "maggie", "mandy", "manuela", "marcia", "margarita", "margo", "marian", "mariana", "maribel",
    "marie", "marilyn", "marina", "marion", "marisa", "marisol", "marlene", "maureen", "maxine",
    "maya", "melanie", "melinda", "meredith", "mia", "michaela", "michele", "mildred", "milagros",
    "mindy", "miranda", "miriam", "molly", "mona", "monique", "myra", "nadia", "naomi", "natasha",
    "nellie", "nina", "nora", "paige", "pamela", "pauline", "pearl", "peggy", "penelope", "penny",
    "phoebe", "phyllis", "priscilla", "regina", "renee", "rita", "roberta", "rosalie", "rosalind",
    "rose", "rosemary", "roxanne", "ruby", "sabrina", "sally", "savannah", "selena", "serena",
    "shannon", "sheila", "shelby", "shirley", "sierra", "simone", "sonia", "sophie", "stacy",
    "stella", "sue", "suzanne", "sylvia", "tamara", "tanya", "tara", "tessa", "thelma", "tiffany",
    "tina", "valeria", "valerie", "vanessa", "vera", "vicki", "violet", "virginia", "vivian",
    "wanda", "wendy", "whitney", "yasmin", "yvette", "yvonne", "zoe", "greta", "jacinda", "sanna",
    "mette", "theresa", "kyrsten", "marsha",
];

/// See [`FEMALE_NAMES`].
#[rustfmt::skip]
pub const MALE_NAMES: &[&str] = &[
    "donald", "mark", "pete", "marco", "nicolas", "sean", "joe", "jose", "luis", "juan", "raul",
    "idrees", "aidan", "adam", "andres", "manuel", "felipe", "enrique", "vicente", "ernesto",
    "carlos", "miguel", "jorge", "pedro", "pablo", "javier", "alejandro", "fernando", "ricardo",
    "roberto", "eduardo", "francisco", "antonio", "rafael", "sergio", "gustavo", "omar", "ovidio",
    "ismael", "joaquin", "rocha", "genaro", "marcelo", "alfonso", "arturo", "hector", "ramon",
    "gerardo", "salvador", "ignacio", "julio", "cesar", "mario", "oscar", "ruben", "victor", "hugo",
    "diego", "daniel", "david", "john", "james", "robert", "michael", "william", "richard",
    "thomas", "charles", "christopher", "matthew", "anthony", "steven", "paul", "andrew", "joshua",
    "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey",
    "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
    "brandon", "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack",
    "dennis", "jerry", "tyler", "aaron", "henry", "douglas", "peter", "nathan", "zachary", "kyle",
    "noah", "ethan", "jeremy", "christian", "keith", "roger", "terry", "austin", "arthur",
    "lawrence", "jesse", "dylan", "bryan", "billy", "bruce", "albert", "willie",
    "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent",
    "russell", "elijah", "louis", "bobby", "philip", "johnny", "barack", "bill", "mike", "tom",
    "jim", "bob", "steve", "chris", "rex", "lloyd", "kash", "stephen", "tom", "ron", "rand", "ted",
    "lindsey", "chuck", "mitch", "jd", "j.d.", "vladimir", "volodymyr", "xi", "emmanuel", "keir",
    "olaf", "friedrich", "recep", "benjamin", "gustavo", "lula", "javier", "nayib", "gabriel",
    "daniel", "dina", "bernardo", "edmundo", "alvaro", "evo", "rafael", "hernan", "tomas", "angel",
    "guillermo", "armando", "alberto", "jesus", "rodrigo", "martin", "adan", "mauricio", "emilio",
    "ivan", "santiago", "mateo", "sebastian", "matias", "nicolas", "lazaro", "agustin", "esteban",
    "octavio", "alfredo",
    "abdul", "abraham", "adrian", "ahmed", "alec", "alfred", "ali", "allen", "alonso", "alvin",
    "amir", "anders", "andre", "andy", "angelo", "antoine", "archie", "arnold", "avi", "barry",
    "bart", "ben", "benito", "bernard", "blake", "boris", "brad", "bradley", "brendan", "brent",
    "brett", "bruno", "bud", "byron", "caleb", "calvin", "carl", "carson", "cedric", "chad",
    "chadwick", "chester", "clarence", "clark", "claude", "clayton", "clifford", "clint", "clyde",
    "cody", "colin", "conor", "cory", "craig", "curtis", "cyrus", "dale", "dallas", "damian", "dan",
    "danny", "darius", "darren", "darryl", "dave", "dean", "derek", "desmond", "dexter", "dimitri",
    "dominic", "don", "doug", "duane", "dustin", "dwayne", "dwight", "earl", "ed", "eddie", "edgar",
    "edmund", "edwin", "elias", "elliot", "erik", "ernest", "evan", "everett", "fabian", "farhan",
    "federico", "felix", "floyd", "francis", "franklin", "fred", "frederick", "gareth", "garrett",
    "gavin", "gene", "geoffrey", "gerald", "gilbert", "glen", "glenn", "gordon", "graham", "grant",
    "greg", "gus", "guy", "hans", "harold", "harrison", "harry", "harvey", "herbert", "herman",
    "homer", "howard", "hugh", "ian", "irving", "isaac", "jackson", "jaime", "jake", "jamal",
    "jared", "jay", "jeff", "jerome", "jimmy", "joel", "johan", "jon", "jonah", "joseph", "josh",
    "julian", "karl", "ken", "kent", "kirk", "kurt", "lance", "lars", "leo", "leon", "leonard",
    "leonardo", "leroy", "lewis", "liam", "lionel", "lorenzo", "lucas", "luke", "luther", "malcolm",
    "marc", "marcel", "marcus", "marshall", "marvin", "mason", "matt", "maurice", "max", "maxwell",
    "melvin", "miles", "milton", "mitchell", "mohamed", "mohammed", "moses", "muhammad",
    "nathaniel", "neil", "nelson", "nick", "nigel", "noel", "norman", "oliver", "orlando", "otto",
    "owen", "percy", "perry", "phil", "pierre", "preston", "quentin", "randall", "ray", "reginald",
    "rene", "rick", "rob", "rodney", "roland", "roman", "ross", "rudy", "saul", "seth", "shane",
    "shawn", "sidney", "simon", "stanley", "stefan", "stuart", "sylvester", "terrence", "theodore",
    "tim", "toby", "todd", "tommy", "tony", "travis", "trevor", "troy", "ulises", "vernon", "vince",
    "wade", "walter", "warren", "wesley", "will", "xavier", "narendra", "imran", "viktor", "rishi",
    "jair", "cam", "zach", "nealy",
];

/// Common first names carried by women and men alike: a person, gender not shown.
#[rustfmt::skip]
pub const UNISEX_NAMES: &[&str] = &[
    "alex", "jessie", "charlie", "jordan", "taylor", "casey", "jamie", "robin", "riley", "avery",
    "quinn", "sam", "kelly", "leslie", "jean", "dominique", "andrea", "morgan", "cameron", "dana",
    "drew", "jaden", "kai", "lee", "pat", "sage", "skyler", "tracy", "val",
];

/// Pronouns standing for a speaker, by gender and number.
pub const HE: &[&str] = &["he", "el"];

/// See [`HE`].
pub const SHE: &[&str] = &["she", "ella"];

/// See [`HE`].
pub const IT: &[&str] = &["it"];
