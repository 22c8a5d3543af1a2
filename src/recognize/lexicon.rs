//! The small gazetteers of this genre: rank and post words, unit type words, exercise words, countries and
//! their adjectives, organization words, function words. Words, never the names of particular people,
//! units or exercises. Looked up once per token in one hash map.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Word classes; a word may have several.
pub mod class {
    /// Starts a rank or title ("General", "Colonel-General", "Lt.", "President").
    pub const RANK: u32 = 1;
    /// Heads a post ("minister", "commander", "chief", "counterpart").
    pub const POST_HEAD: u32 = 1 << 1;
    /// May sit inside a post phrase ("deputy", "first", "defense", "foreign", "affairs").
    pub const POST_WORD: u32 = 1 << 2;
    /// Heads a unit designation ("Regiment", "Division", "Army", "Fleet", "base").
    pub const UNIT_HEAD: u32 = 1 << 3;
    /// May sit inside a unit designation ("Motorized", "Rifle", "Airborne", "Guards").
    pub const UNIT_WORD: u32 = 1 << 4;
    /// Names an exercise ("exercise", "drills", "maneuvers").
    pub const EXERCISE: u32 = 1 << 5;
    /// A country name.
    pub const COUNTRY: u32 = 1 << 6;
    /// A nationality adjective ("Tajik", "Russian").
    pub const NATIONALITY: u32 = 1 << 7;
    /// Heads an organization ("Ministry", "Committee", "Agency").
    pub const ORG_HEAD: u32 = 1 << 8;
    /// A capitalized word that is never part of a person's name (function words, months, org words...).
    pub const NOT_NAME: u32 = 1 << 9;
    /// A month name.
    pub const MONTH: u32 = 1 << 10;
    /// A word for a place type ("District", "Region", "range").
    pub const PLACE_HEAD: u32 = 1 << 11;
    /// A verb of saying ("said", "explained").
    pub const SPEECH: u32 = 1 << 12;
    /// A word for people in counts ("servicemen", "troops").
    pub const PERSONNEL: u32 = 1 << 13;
    /// A service or branch ("Forces", "Navy"): never a unit by itself.
    pub const BRANCH: u32 = 1 << 14;
    /// A known news agency or outlet.
    pub const OUTLET: u32 = 1 << 15;
    /// A function word that may join words of a name of an organization or post ("of", "the", "for").
    pub const JOINER: u32 = 1 << 16;
    /// A training ground word following a name ("range", "ground", "polygon").
    pub const RANGE: u32 = 1 << 17;
    /// A number word ("three", "two").
    pub const NUMBER_WORD: u32 = 1 << 18;
    /// Introduces a name ("called", "named").
    pub const CALLED: u32 = 1 << 19;
    /// A role that is not an office ("analyst", "correspondent").
    pub const NON_OFFICIAL: u32 = 1 << 20;
    /// An adjective for a kind of drill ("joint", "tactical", "command-staff").
    pub const DRILL_ADJ: u32 = 1 << 21;
    /// A common first name of the region's officials ("Sergei", "Nursultan").
    pub const FIRST_NAME: u32 = 1 << 22;
}

use class::*;

/// FNV-1a: the keys are short words, and SipHash's DoS resistance buys nothing for a fixed table.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The word table: every word of every article is looked up in it, so it is an open-addressing table of
/// its own, hashed eight bytes at a time straight from the word, case folded on the fly, with no copy
/// of the word and no length prefix (what a `HashMap` with FNV spent most of its time on).
struct WordTable {
    slots: Vec<Slot>,
    /// `slots.len()` is `1 << bits`.
    bits: u32,
}

/// A word of the table; an empty word marks a free slot.
#[derive(Clone, Copy)]
struct Slot {
    /// The word's first eight bytes, zero-padded: most words are compared in one step.
    first: u64,
    word: &'static [u8],
    classes: u32,
}

/// Eight bytes with ASCII upper-case letters turned lower-case, other bytes unchanged.
#[inline]
fn lower8(w: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = w & !HIGH;
    // Per byte (no carry crosses bytes): the high bit is set from 'A' on, and from past 'Z' on.
    let from_a = low7.wrapping_add(0x3f3f_3f3f_3f3f_3f3f);
    let past_z = low7.wrapping_add(0x2525_2525_2525_2525);
    let upper = !w & from_a & !past_z & HIGH;
    w | (upper >> 2)
}

/// Up to eight bytes as a little-endian number, zero-padded.
#[inline]
fn load8(b: &[u8]) -> u64 {
    if let Some(c) = b.first_chunk::<8>() {
        return u64::from_le_bytes(*c);
    }
    // Shorter words, most of them: two overlapping loads of the first and last bytes, the overlap
    // holding the same bytes in both, instead of a loop over the bytes.
    let n = b.len();
    if let (Some(lo), Some(hi)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        u64::from(u32::from_le_bytes(*lo)) | u64::from(u32::from_le_bytes(*hi)) << (8 * (n - 4))
    } else if let (Some(lo), Some(hi)) = (b.first_chunk::<2>(), b.last_chunk::<2>()) {
        u64::from(u16::from_le_bytes(*lo)) | u64::from(u16::from_le_bytes(*hi)) << (8 * (n - 2))
    } else {
        b.first().map_or(0, |&x| u64::from(x))
    }
}

/// A word's lower-cased first eight bytes and a multiply-and-rotate hash of all of it lower-cased.
#[inline]
fn fold(word: &[u8]) -> (u64, u64) {
    let mix = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    let first = lower8(load8(word));
    let mut h = mix(0, first);
    // Most words end within their first eight bytes: the rest is hashed only when there is one.
    if let Some(rest) = word.get(8..).filter(|r| !r.is_empty()) {
        for c in rest.chunks(8) {
            h = mix(h, lower8(load8(c)));
        }
    }
    (first, h)
}

impl WordTable {
    /// The table of `words`; a word listed twice gets `combine` of its values.
    fn with_words(words: &[(&'static [u8], u32)], combine: fn(u32, u32) -> u32) -> WordTable {
        let bits = (words.len() * 2)
            .next_power_of_two()
            .trailing_zeros()
            .max(4);
        let free = Slot {
            first: 0,
            word: &[],
            classes: 0,
        };
        let mut table = WordTable {
            slots: vec![free; 1 << bits],
            bits,
        };
        let mask = table.slots.len() - 1;
        for &(w, c) in words {
            // Words are looked up lower-cased: one listed with a capital could never be found.
            if w.is_empty() || w.iter().any(u8::is_ascii_uppercase) {
                continue;
            }
            let (first, h) = fold(w);
            let mut i = table.home(h);
            loop {
                let slot = &mut table.slots[i];
                if slot.word.is_empty() {
                    *slot = Slot {
                        first,
                        word: w,
                        classes: c,
                    };
                    break;
                }
                if slot.word == w {
                    slot.classes = combine(slot.classes, c);
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        table
    }

    #[inline]
    fn home(&self, hash: u64) -> usize {
        (hash >> (64 - self.bits)) as usize
    }

    /// The classes of `word`, any case. Always inlined: the tokenizer looks every word up, and a call
    /// costs it as much as the lookup.
    #[inline(always)]
    fn get(&self, word: &[u8]) -> u32 {
        let (first, h) = fold(word);
        let mask = self.slots.len() - 1;
        let mut i = self.home(h);
        loop {
            let slot = &self.slots[i];
            if slot.word.is_empty() {
                return 0;
            }
            if slot.first == first
                && slot.word.len() == word.len()
                && (word.len() <= 8 || slot.word[8..].eq_ignore_ascii_case(&word[8..]))
            {
                return slot.classes;
            }
            i = (i + 1) & mask;
        }
    }
}

pub const RANKS: &[&str] = &[
    "general",
    "colonel",
    "colonel-general",
    // Francophone West and Central African armies rank a colonel-major between colonel and general.
    "colonel-major",
    "lieutenant",
    "lieutenant-general",
    "lieutenant-colonel",
    "major",
    "major-general",
    "captain",
    "admiral",
    "vice-admiral",
    "rear-admiral",
    "marshal",
    "sergeant",
    "brigadier",
    "brigadier-general",
    "commodore",
    "gen",
    "col",
    "lt",
    // British and Commonwealth papers hyphenate abbreviated ranks: "Lt-Gen", "Maj-Gen", "Brig-Gen".
    "lt-gen",
    "maj-gen",
    "brig-gen",
    "lt-col",
    "lt-cdr",
    "vice-adm",
    "rear-adm",
    "col-gen",
    "field-marshal",
    "maj",
    "capt",
    "adm",
    "sgt",
    "brig",
    "president",
    "vice-president",
    "premier",
    "ambassador",
    "senator",
    "chancellor",
    "king",
    "emir",
    "prince",
    "governor",
    "mayor",
    "gov",
    "amb",
];

/// Ranks and titles of more than one word, or that need their second word (the one-word ones are
/// `RANKS`).
pub const RANK_PHRASES: &[&str] = &[
    "general of the army",
    "army general",
    "colonel general",
    "lieutenant general",
    "lieutenant colonel",
    "major general",
    "brigadier general",
    "vice admiral",
    "rear admiral",
    "fleet admiral",
    "air marshal",
    "air chief marshal",
    "field marshal",
    "senior colonel",
    "senior captain",
    "senior sergeant",
    "senior lieutenant",
    "junior lieutenant",
    "junior sergeant",
    "first lieutenant",
    "second lieutenant",
    "lt gen",
    "lt col",
    "maj gen",
    "brig gen",
    "vice adm",
    "rear adm",
    "police colonel",
    "police general",
    "prime minister",
    "vice president",
    "deputy prime minister",
    "first deputy prime minister",
];

/// Ranks in the languages of the armies themselves, which outlets of those countries print untranslated
/// ("Teniente General", "Generał brygady", "Oberst"), and the Burmese "Snr-Gen" (Senior General): one
/// word each, as in [`RANKS`].
pub const NATIONAL_RANKS: &[&str] = &[
    "snr-gen",
    // Spanish and Portuguese.
    "teniente",
    "coronel",
    "almirante",
    "vicealmirante",
    "contraalmirante",
    "capitán",
    "tenente",
    "tenente-coronel",
    "capitão",
    "brigadeiro",
    // French.
    "général",
    "contre-amiral",
    "vice-amiral",
    "capitaine",
    // Italian.
    "generale",
    "colonnello",
    "ammiraglio",
    // German.
    "generalleutnant",
    "generalmajor",
    "brigadegeneral",
    "generaloberst",
    "oberst",
    "oberstleutnant",
    "vizeadmiral",
    "konteradmiral",
    "flottillenadmiral",
    // Polish.
    "generał",
    "pułkownik",
    "podpułkownik",
    "admirał",
    "wiceadmirał",
    "kontradmirał",
    // Romanian.
    "general-locotenent",
    "general-maior",
    "locotenent-colonel",
    "amiral",
    "viceamiral",
    "contraamiral",
];

/// National ranks of more than one word, and the "Senior General" of the Myanmar army.
pub const NATIONAL_RANK_PHRASES: &[&str] = &[
    "senior general",
    "vice senior general",
    "vice-senior general",
    "vice snr-gen",
    "general de brigada",
    "general de división",
    "general de division",
    "general de ejército",
    "general de ejercito",
    "general del aire",
    "general de brigada aérea",
    "teniente general",
    "teniente coronel",
    "capitán de navío",
    "capitán de fragata",
    "capitán de corbeta",
    "general de exército",
    "general de divisão",
    "tenente coronel",
    "capitão de mar e guerra",
    "général de division",
    "général de brigade",
    "général de brigade aérienne",
    "capitaine de vaisseau",
    "capitaine de frégate",
    "generale di divisione",
    "generale di brigata",
    "generale di corpo",
    "generał broni",
    "generał dywizji",
    "generał brygady",
    "general de brigadă",
    "general de flotilă",
];

/// Post words that "General" completes into one post ("Secretary General", "Inspector General"): there
/// "General" is no rank. After other posts it is one ("Defense Minister General of the Army ...").
pub const POSTS_BEFORE_GENERAL: &[&str] = &[
    "secretary",
    "inspector",
    "attorney",
    "director",
    "governor",
    "consul",
    "solicitor",
    "surgeon",
    "auditor",
    "procurator",
    "prosecutor",
    "adjutant",
    "postmaster",
    "quartermaster",
    "commissioner",
    "comptroller",
    "registrar",
    "advocate",
];

/// Titles of office rather than ranks, written before a name as ranks are: recorded as posts.
pub const OFFICE_TITLES: &[&str] = &[
    "president",
    "vice-president",
    "prime minister",
    "vice president",
    "deputy prime minister",
    "first deputy prime minister",
    "ambassador",
    "senator",
    "chancellor",
    "governor",
    "mayor",
    "premier",
];

/// Abbreviated rank words and the full words they stand for: a rank is stored and compared in full, so
/// "Lt. Gen." and "Lieutenant General" are one rank and a hover never reads “Gen”.
pub const RANK_ABBREVIATIONS: &[(&str, &str)] = &[
    ("gen", "General"),
    ("col", "Colonel"),
    ("lt", "Lieutenant"),
    ("lieut", "Lieutenant"),
    ("maj", "Major"),
    ("brig", "Brigadier"),
    ("adm", "Admiral"),
    ("capt", "Captain"),
    ("cpt", "Captain"),
    ("sgt", "Sergeant"),
    ("sr", "Senior"),
    ("pres", "President"),
    ("gov", "Governor"),
    ("amb", "Ambassador"),
    ("snr", "Senior"),
];

/// The full word for an abbreviated rank word ("Gen." → "General"), ignoring case and a final period.
pub fn rank_word_in_full(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches('.');
    RANK_ABBREVIATIONS
        .iter()
        .find(|(abbr, _)| abbr.eq_ignore_ascii_case(w))
        .map(|&(_, full)| full)
}

/// A rank as a source writes it, in full: abbreviations expanded ("Lt. Gen" → "Lieutenant General"),
/// whitespace folded, full words kept as written ("Colonel-General" stays hyphenated).
pub fn rank_in_full(written: &str) -> String {
    let mut out = String::with_capacity(written.len() + 8);
    for word in written.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for (n, part) in word.split('-').enumerate() {
            if n > 0 {
                out.push('-');
            }
            match rank_word_in_full(part) {
                Some(full) => out.push_str(full),
                None => out.push_str(part),
            }
        }
    }
    out
}

/// The key under which two spellings of one rank compare equal: in full, lower case, hyphens as spaces,
/// "general of the army" as "army general" ("Colonel-General" = "Col. Gen." = "colonel general").
pub fn rank_key(written: &str) -> String {
    let full = rank_in_full(written).to_lowercase().replace('-', " ");
    match full.as_str() {
        "general of the army" => "army general".to_string(),
        _ => full,
    }
}

const POST_HEADS: &[&str] = &[
    "minister",
    "ministers",
    "commander",
    "commander-in-chief",
    "chief",
    "chair",
    "chairman",
    "chairwoman",
    "head",
    "director",
    "secretary",
    "secretary-general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "counterpart",
    "president",
    "premier",
    "governor",
    "attache",
    "attaché",
    "adviser",
    "advisor",
    "aide",
    "representative",
    "officer",
    "commandant",
    "chancellor",
    "deputy",
    "speaker",
    "prosecutor",
    // Members of a parliament: "PPP senator Jane Doe", "lawmaker Ivan Petrov", "MP Tom Brenner".
    "senator",
    "lawmaker",
    "legislator",
    "parliamentarian",
    "congressman",
    "congresswoman",
    "mp",
];

const POST_WORDS: &[&str] = &[
    "assistant",
    "under",
    "policy",
    "planning",
    "deputy",
    "first",
    "acting",
    "former",
    "then",
    "vice",
    "defense",
    "defence",
    "foreign",
    "interior",
    "internal",
    "affairs",
    "prime",
    "general",
    "staff",
    "joint",
    "chiefs",
    "armed",
    "forces",
    "ground",
    "air",
    "naval",
    "navy",
    "border",
    "security",
    "national",
    "state",
    "military",
    "district",
    "committee",
    "council",
    "emergency",
    "emergencies",
    "situations",
    "guard",
    "service",
    "intelligence",
    "press",
    "presidential",
    "permanent",
    "special",
    "senior",
    "top",
    "main",
    "central",
    "regional",
    "chief",
    "training",
    "operations",
    "operational",
    "directorate",
    "department",
    "troops",
];

const UNIT_HEADS: &[&str] = &[
    "regiment",
    "regiments",
    "division",
    "divisions",
    "brigade",
    "brigades",
    "battalion",
    "battalions",
    "army",
    "armies",
    "corps",
    "fleet",
    "flotilla",
    "squadron",
    "squadrons",
    "wing",
    "group",
    "detachment",
    "company",
    "base",
    "bases",
    "district",
    "command",
    "force",
    "forces",
    "unit",
    "garrison",
    "contingent",
    "troops",
    "battlegroup",
];

/// Formations a regiment numbers within itself ("1st Battalion of the Parachute Regiment").
pub const REGIMENT_SUBUNITS: &[&str] = &["Battalion", "Company", "Squadron", "Battery"];

const UNIT_WORDS: &[&str] = &[
    "parachute",
    // "1 Para Commando Battalion", "9 Para": the short form armies use for parachute.
    "para",
    "motorized",
    "motorised",
    "motor",
    "mechanized",
    "mechanised",
    "rifle",
    "rifles",
    "commando",
    "tank",
    "airborne",
    "air",
    "assault",
    "guards",
    "guard",
    "mountain",
    "infantry",
    "artillery",
    "missile",
    "special",
    "purpose",
    "forces",
    "force",
    "naval",
    "marine",
    "marines",
    "aviation",
    "fighter",
    "bomber",
    "helicopter",
    "transport",
    "defense",
    "defence",
    "engineer",
    "engineering",
    "signal",
    "signals",
    "reconnaissance",
    "intelligence",
    "logistics",
    "support",
    "combined",
    "arms",
    "separate",
    "independent",
    "rapid",
    "reaction",
    "deployment",
    "mobile",
    "peacekeeping",
    "military",
    "operational",
    "strategic",
    "border",
    "coastal",
    "anti-aircraft",
    "electronic",
    "warfare",
    "chemical",
    "radiation",
    "protection",
    "spetsnaz",
    "ranger",
    "airmobile",
    "light",
    "heavy",
    "armored",
    "armoured",
    "cavalry",
    "red",
    "banner",
    "order",
    "task",
    "training",
    "sea",
    "amphibious",
    "expeditionary",
    "littoral",
    "maritime",
    "tactical",
];

/// Abbreviations of formations that armies write after the formation's number ("3rd ID", "8th AD", "1st
/// MEF", "2nd BCT"): infantry, armoured, motor rifle and tank divisions, brigade combat teams,
/// expeditionary forces and units, aircraft wings, cavalry regiments and special forces groups.
const UNIT_ACRONYMS: &[&str] = &[
    "ID", "AD", "TD", "MD", "MRD", "MRB", "MRR", "BCT", "ABCT", "IBCT", "SBCT", "CAB", "MEF",
    "MEU", "MAW", "MLR", "ACR", "SFG", "BDE", "DIV",
];

/// True when an all-capital word abbreviates a formation and follows its number ("8th AD").
pub fn unit_acronym(word: &str) -> bool {
    UNIT_ACRONYMS.contains(&word)
}

const EXERCISE_WORDS: &[&str] = &[
    "exercise",
    "exercises",
    "drill",
    "drills",
    "maneuvers",
    "manoeuvres",
    "maneuver",
    "manoeuvre",
    "wargame",
    "wargames",
    "war-games",
    "games",
    "training",
    "trainings",
    "operation",
    "codenamed",
    "code-named",
    "dubbed",
];

/// Countries and the adjective each takes; also a few regions used like countries.
pub const COUNTRIES: &[(&str, &str)] = &[
    ("Afghanistan", "Afghan"),
    ("Albania", "Albanian"),
    ("Algeria", "Algerian"),
    ("Armenia", "Armenian"),
    ("Australia", "Australian"),
    ("Austria", "Austrian"),
    ("Azerbaijan", "Azerbaijani"),
    ("Bangladesh", "Bangladeshi"),
    ("Belarus", "Belarusian"),
    ("Belgium", "Belgian"),
    ("Bosnia", "Bosnian"),
    ("Brazil", "Brazilian"),
    ("Britain", "British"),
    ("Bulgaria", "Bulgarian"),
    ("Burkina Faso", "Burkinabè"),
    ("Burkina Faso", "Burkinabe"),
    ("Canada", "Canadian"),
    ("China", "Chinese"),
    ("Croatia", "Croatian"),
    ("Cuba", "Cuban"),
    ("Cyprus", "Cypriot"),
    ("Czechia", "Czech"),
    ("Denmark", "Danish"),
    ("Egypt", "Egyptian"),
    ("Estonia", "Estonian"),
    ("Ethiopia", "Ethiopian"),
    ("Finland", "Finnish"),
    ("France", "French"),
    ("Georgia", "Georgian"),
    ("Germany", "German"),
    ("Greece", "Greek"),
    ("Hungary", "Hungarian"),
    ("India", "Indian"),
    ("Indonesia", "Indonesian"),
    ("Iran", "Iranian"),
    ("Iraq", "Iraqi"),
    ("Ireland", "Irish"),
    ("Israel", "Israeli"),
    ("Italy", "Italian"),
    ("Japan", "Japanese"),
    ("Jordan", "Jordanian"),
    ("Kazakhstan", "Kazakh"),
    ("Kazakhstan", "Kazakhstani"),
    ("Korea", "Korean"),
    ("Kosovo", "Kosovar"),
    ("Kuwait", "Kuwaiti"),
    ("Kyrgyzstan", "Kyrgyz"),
    ("Latvia", "Latvian"),
    ("Lebanon", "Lebanese"),
    ("Libya", "Libyan"),
    ("Lithuania", "Lithuanian"),
    ("Mali", "Malian"),
    ("Moldova", "Moldovan"),
    ("Mongolia", "Mongolian"),
    ("Montenegro", "Montenegrin"),
    ("Morocco", "Moroccan"),
    ("Netherlands", "Dutch"),
    ("Niger", "Nigerien"),
    ("Nigeria", "Nigerian"),
    ("Norway", "Norwegian"),
    ("Pakistan", "Pakistani"),
    ("Poland", "Polish"),
    ("Portugal", "Portuguese"),
    ("Qatar", "Qatari"),
    ("Romania", "Romanian"),
    ("Russia", "Russian"),
    ("Saudi Arabia", "Saudi"),
    ("Serbia", "Serbian"),
    ("Slovakia", "Slovak"),
    ("Slovenia", "Slovenian"),
    ("Spain", "Spanish"),
    ("Sweden", "Swedish"),
    ("Switzerland", "Swiss"),
    ("Syria", "Syrian"),
    ("Tajikistan", "Tajik"),
    ("Taiwan", "Taiwanese"),
    ("Thailand", "Thai"),
    ("Turkey", "Turkish"),
    ("Türkiye", "Turkish"),
    ("Turkmenistan", "Turkmen"),
    ("Ukraine", "Ukrainian"),
    ("United Kingdom", "British"),
    ("United States", "American"),
    ("USA", "American"),
    ("US", "American"),
    ("U.S.", "American"),
    ("U.K.", "British"),
    ("UK", "British"),
    ("Uzbekistan", "Uzbek"),
    ("Venezuela", "Venezuelan"),
    ("Vietnam", "Vietnamese"),
    ("Yemen", "Yemeni"),
    ("Angola", "Angolan"),
    ("Argentina", "Argentine"),
    ("Argentina", "Argentinian"),
    ("Bahrain", "Bahraini"),
    ("Benin", "Beninese"),
    ("Bolivia", "Bolivian"),
    ("Cambodia", "Cambodian"),
    ("Cameroon", "Cameroonian"),
    ("Chile", "Chilean"),
    ("Colombia", "Colombian"),
    ("Djibouti", "Djiboutian"),
    ("Ecuador", "Ecuadorian"),
    ("Eritrea", "Eritrean"),
    ("Ghana", "Ghanaian"),
    ("Iceland", "Icelandic"),
    ("Kenya", "Kenyan"),
    ("Laos", "Laotian"),
    ("Malaysia", "Malaysian"),
    ("Mauritania", "Mauritanian"),
    ("Mexico", "Mexican"),
    ("Mozambique", "Mozambican"),
    ("Myanmar", "Burmese"),
    ("Nepal", "Nepali"),
    ("Nepal", "Nepalese"),
    ("North Macedonia", "Macedonian"),
    ("Oman", "Omani"),
    ("Paraguay", "Paraguayan"),
    ("Peru", "Peruvian"),
    ("Philippines", "Philippine"),
    ("Philippines", "Filipino"),
    ("Rwanda", "Rwandan"),
    ("Senegal", "Senegalese"),
    ("Singapore", "Singaporean"),
    ("Somalia", "Somali"),
    ("Sudan", "Sudanese"),
    ("Tanzania", "Tanzanian"),
    ("Togo", "Togolese"),
    ("Tunisia", "Tunisian"),
    ("Uganda", "Ugandan"),
    ("United Arab Emirates", "Emirati"),
    ("UAE", "Emirati"),
    ("Uruguay", "Uruguayan"),
    ("Abkhazia", "Abkhaz"),
    ("Chechnya", "Chechen"),
    ("Dagestan", "Dagestani"),
    ("Ossetia", "Ossetian"),
    ("Soviet Union", "Soviet"),
    ("Europe", "European"),
];

const ORG_HEADS: &[&str] = &[
    "ministry",
    "committee",
    "council",
    "agency",
    "service",
    "directorate",
    "department",
    "staff",
    "office",
    "organization",
    "organisation",
    "alliance",
    "union",
    "secretariat",
    "administration",
    "government",
    "parliament",
    "assembly",
    "commission",
    "institute",
    "academy",
    "foundation",
    "bureau",
    "headquarters",
    "cabinet",
    "duma",
    "treaty",
    "partnership",
];

const BRANCHES: &[&str] = &[
    "forces",
    "force",
    "navy",
    "army",
    "troops",
    "guard",
    "guards",
    "military",
    "police",
    "militia",
    "gendarmerie",
    "marines",
];

const PLACE_HEADS: &[&str] = &[
    "district",
    "region",
    "oblast",
    "province",
    "republic",
    "krai",
    "territory",
    "valley",
    "city",
    "county",
    "autonomous",
];

const RANGES: &[&str] = &[
    "range", "ground", "grounds", "polygon", "area", "field", "site", "center", "centre",
];

const SPEECH_WORDS: &[&str] = &[
    "said",
    "says",
    "say",
    "explained",
    "stated",
    "told",
    "added",
    "noted",
    "stressed",
    "emphasized",
    "emphasised",
    "announced",
    "declared",
    "argued",
    "warned",
    "remarked",
    "concluded",
    "concluding",
    "saying",
    "claimed",
    "pointed",
    "insisted",
    "commented",
    "according",
];

const PERSONNEL_WORDS: &[&str] = &[
    "servicemen",
    "servicemembers",
    "troops",
    "soldiers",
    "officers",
    "personnel",
    "peacekeepers",
    "sailors",
    "marines",
    "paratroopers",
    "cadets",
    "servicemen,",
    "military",
    "participants",
    "men",
    "conscripts",
    "contract",
    "specialists",
    "airmen",
    "pilots",
    "guards",
];

/// Capitalized words that never belong to a person's name.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "of",
    "for",
    "and",
    "or",
    "but",
    "to",
    "from",
    "by",
    "with",
    "without",
    "within",
    "as",
    "after",
    "before",
    "during",
    "since",
    "until",
    "while",
    "when",
    "where",
    "who",
    "which",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "his",
    "her",
    "their",
    "our",
    "there",
    "here",
    "however",
    "indeed",
    "meanwhile",
    "moreover",
    "also",
    "such",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "other",
    "another",
    "last",
    "next",
    "new",
    "old",
    "according",
    "following",
    "despite",
    "although",
    "though",
    "if",
    "then",
    "not",
    "no",
    "yes",
    "only",
    "even",
    "still",
    "yet",
    "already",
    "nonetheless",
    "nevertheless",
    "furthermore",
    "thus",
    "therefore",
    "hence",
    "overall",
    "photo",
    "writing",
    "editing",
    "reporting",
    "source",
    "title",
    "see",
    "state",
    "states",
    "united",
    "republic",
    "federation",
    "armed",
    "ground",
    "air",
    "naval",
    "defense",
    "defence",
    "foreign",
    "affairs",
    "interior",
    "emergency",
    "emergencies",
    "situations",
    "border",
    "protection",
    "security",
    "national",
    "joint",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "military",
    "special",
    "islamic",
    "people",
    "peoples",
    "mountainous",
    "federal",
    "soviet",
    "collective",
    "treaty",
    "general",
    "nato",
    "csto",
    "sco",
    "osce",
    "cis",
    "un",
    "eu",
    "pfp",
    "usa",
    "us",
    "uk",
    "alliance",
    "monitor",
    "daily",
    "news",
    "press",
    "agency",
    "foundation",
    "volume",
    "issue",
    "ministry",
    "minister",
    "group",
    "operation",
    "mission",
    "peace",
    "peacekeeping",
    "program",
    "programme",
    "war",
    "world",
    "sea",
    "black",
    "red",
    "white",
    "caspian",
    "baltic",
    "pacific",
    "atlantic",
    "arctic",
    "asia",
    "asian",
    "africa",
    "america",
    "middle",
    "far",
    "near",
    "high",
    "supreme",
    "deputy",
    "first",
    "chief",
    "commander",
    "head",
    "director",
    "secretary",
    "spokesman",
    "president",
    "presidential",
    "staff",
    "government",
    "junta",
    "regime",
    "parliament",
    "internet",
    "website",
    "twitter",
    "telegram",
    "facebook",
    "ukraine's",
    "district",
    "region",
    "oblast",
    "province",
    "city",
    "airborne",
    "army",
    "navy",
    "fleet",
    "division",
    "brigade",
    "regiment",
    "battalion",
    "corps",
    "command",
    "base",
    "forces",
    "force",
    "troops",
    "guard",
    "guards",
    "headquarters",
    "service",
    "committee",
    "council",
    "office",
    "directorate",
    "department",
    "intelligence",
    "counterpart",
    "ambassador",
    "embassy",
    "kremlin",
    "pentagon",
    "white",
    "house",
    "academy",
    "university",
    "institute",
    "school",
    "college",
    "center",
    "centre",
    "range",
    "polygon",
    "training",
    "exercise",
    "exercises",
    "drill",
    "drills",
    "maneuvers",
    "rifle",
    "motorized",
    "tank",
    "artillery",
    "assault",
    "mechanized",
    "infantry",
    "marine",
    "aviation",
    "missile",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "lord",
    "lady",
    "saint",
    "st",
    "mount",
    "lake",
    "river",
    "former",
    "acting",
    "senior",
    "junior",
    "retired",
    "late",
    "then",
    "current",
    "incumbent",
    "major",
    "minor",
    "operational",
    "strategic",
    "tactical",
    "rapid",
    "reaction",
    "liberation",
    "front",
    "movement",
    "party",
    "parliamentary",
    "duma",
    "senate",
    "congress",
    "court",
    "supreme",
    "constitutional",
    "cabinet",
    "administration",
    "agreement",
    "statement",
    "declaration",
    "blueprint",
    "assistant",
    "planning",
    "policy",
    "development",
    "operations",
    "logistics",
    "procurement",
    "armaments",
    "cooperation",
    "relations",
    "communications",
    "information",
    "inspector",
    "u.s.",
    "u.k.",
    "u.n.",
    "e.u.",
    "plan",
    "concept",
    "doctrine",
    "strategy",
    "initiative",
];

/// Given names common in the regions this genre covers, in their national spellings (Belarusian
/// Alyaksandr, Ukrainian Oleksandr, Russian Aleksandr): with a verb of saying or of state action, a bare
/// "First Last" is a person the article quotes or reports on. Only the first letter is case-folded, so
/// a name opening with a non-ASCII letter is listed in an ASCII spelling.
const FIRST_NAMES: &[&str] = &[
    // Russian.
    "maria",
    "anna",
    "olga",
    "irina",
    "yulia",
    "yuliya",
    "natalia",
    "natalya",
    "valentina",
    "elena",
    "svetlana",
    "aleksandr",
    "alexander",
    "alexandr",
    "alexei",
    "aleksei",
    "alexey",
    "aleksey",
    "anatoly",
    "anatoli",
    "andrei",
    "andrey",
    "anton",
    "arkady",
    "boris",
    "dmitry",
    "dmitri",
    "dmitriy",
    "evgeny",
    "yevgeny",
    "gennady",
    "gennadiy",
    "grigory",
    "igor",
    "ilya",
    "ivan",
    "konstantin",
    "leonid",
    "mikhail",
    "nikolai",
    "nikolay",
    "oleg",
    "pavel",
    "pyotr",
    "roman",
    "ruslan",
    "sergei",
    "sergey",
    "stanislav",
    "valery",
    "valeri",
    "valentin",
    "vasily",
    "viktor",
    "victor",
    "vladimir",
    "vladislav",
    "vyacheslav",
    "yuri",
    "yury",
    "yaroslav",
    "fyodor",
    "fedor",
    "maxim",
    "maksim",
    "denis",
    "kirill",
    "artyom",
    "artem",
    "timur",
    "vitaly",
    "vitali",
    "vadim",
    "gleb",
    "semyon",
    "stepan",
    "yegor",
    "georgy",
    "georgiy",
    "eduard",
    "rustam",
    "ramil",
    "alexandra",
    "yevgenia",
    "ekaterina",
    "yekaterina",
    "galina",
    "lyudmila",
    "elvira",
    "veronika",
    "tatiana",
    "tatyana",
    // Belarusian forms.
    "alyaksandr",
    "aliaksandr",
    "viktar",
    "paval",
    "uladzimir",
    "uladzimer",
    "siarhei",
    "syarhei",
    "dzmitry",
    "dzmitri",
    "mikalai",
    "aleh",
    "ihar",
    "valyantsin",
    "henadz",
    "vadzim",
    "raman",
    "zmitser",
    "siarhiej",
    "sviatlana",
    "volha",
    "maryia",
    // Ukrainian forms.
    "oleksandr",
    "oleksii",
    "oleksiy",
    "volodymyr",
    "serhiy",
    "serhii",
    "dmytro",
    "mykhailo",
    "mykhaylo",
    "andrii",
    "andriy",
    "yurii",
    "valerii",
    "kyrylo",
    "denys",
    "vitaliy",
    "vitalii",
    "petro",
    "mykola",
    "ihor",
    "vadym",
    "rustem",
    "yevhen",
    "anatolii",
    "pavlo",
    "oleh",
    "vasyl",
    "taras",
    "bohdan",
    "iryna",
    "olena",
    "yuliia",
    "hanna",
    "oksana",
    "viktoriia",
    "kateryna",
    // Central Asian.
    "nursultan",
    "kassym-jomart",
    "kasym-zhomart",
    "kassym-zhomart",
    "kairat",
    "askar",
    "marat",
    "murat",
    "nurlan",
    "serik",
    "bakhyt",
    "bakhytzhan",
    "yerlan",
    "yermek",
    "daniyar",
    "dauren",
    "berik",
    "talgat",
    "samat",
    "zhanibek",
    "sooronbay",
    "almazbek",
    "sadyr",
    "kamchybek",
    "azimbek",
    "baktybek",
    "taalatbek",
    "kubanychbek",
    "asylbek",
    "zhenishbek",
    "raimberdi",
    "ulan",
    "shavkat",
    "abdulaziz",
    "bakhtiyor",
    "bakhodir",
    "baxodir",
    "ulugbek",
    "sardor",
    "shukhrat",
    "alisher",
    "jamshid",
    "otabek",
    "abdulla",
    "islam",
    "islom",
    "abdurahim",
    "rahmatullo",
    "mahmadtoir",
    "saymumin",
    "nasrullo",
    "sirojiddin",
    "kokhir",
    "davlat",
    "faridun",
    "farrukh",
    "jamshed",
    "gurbanguly",
    "serdar",
    "begench",
    "bayramgeldi",
    // Armenian, Azerbaijani, Georgian, Chechen.
    "nikol",
    "serzh",
    "robert",
    "suren",
    "armen",
    "ararat",
    "edvard",
    "arshak",
    "davit",
    "artak",
    "vagharshak",
    "onik",
    "tigran",
    "karen",
    "gagik",
    "levon",
    "vahagn",
    "hovhannes",
    "ruben",
    "mher",
    "arayik",
    "ashot",
    "samvel",
    "vazgen",
    "artur",
    "andranik",
    "ilham",
    "zakir",
    "heydar",
    "mehriban",
    "jeyhun",
    "kerim",
    "hikmat",
    "karam",
    "mais",
    "ramiz",
    "elchin",
    "farhad",
    "anar",
    "vugar",
    "kamaladdin",
    "levan",
    "giorgi",
    "irakli",
    "mikheil",
    "bidzina",
    "salome",
    "zurab",
    "juansher",
    "mamuka",
    "tinatin",
    "shalva",
    "nikoloz",
    "grigol",
    "ilia",
    "archil",
    "lasha",
    "vakhtang",
    "kakha",
    "kakhaber",
    "otar",
    "tamar",
    "ramzan",
    // Arabic and Kurdish.
    "ashraf",
    "hamid",
    "abdul",
    "mohammad",
    "muhammad",
    "mohammed",
    "mohamed",
    "mohamad",
    "ahmed",
    "ahmad",
    "ali",
    "hassan",
    "hussein",
    "husayn",
    "khalid",
    "khaled",
    "khalifa",
    "abdullah",
    "abdallah",
    "abdulrahman",
    "abdelaziz",
    "omar",
    "umar",
    "yusuf",
    "youssef",
    "ibrahim",
    "mahmoud",
    "mahmud",
    "mustafa",
    "mostafa",
    "faisal",
    "fahd",
    "salman",
    "saud",
    "nasser",
    "tariq",
    "tarek",
    "hamad",
    "rashid",
    "rashed",
    "saeed",
    "jamal",
    "kamal",
    "karim",
    "walid",
    "samir",
    "nabil",
    "fuad",
    "fouad",
    "bashar",
    "hafez",
    "haidar",
    "haider",
    "qassem",
    "qasem",
    "nouri",
    "adel",
    "abbas",
    "ammar",
    "yasser",
    "anwar",
    "hosni",
    "abdel",
    "jassim",
    "hamza",
    "hamzeh",
    "majid",
    "masoud",
    "masrour",
    "nechirvan",
    "qubad",
    "bafel",
    "mansour",
    // Persian.
    "hossein",
    "hosein",
    "javad",
    "ebrahim",
    "gholamreza",
    "reza",
    "mohsen",
    "kioumars",
    "yahya",
    "rahim",
    "esmail",
    "ismail",
    "mojtaba",
    "mehdi",
    "mahdi",
    "alireza",
    "mohammadreza",
    "morteza",
    "behrouz",
    "kazem",
    "abdolrahim",
    "abdolamir",
    "aziz",
    // Turkish.
    "recep",
    "hulusi",
    "mevlut",
    "yasar",
    "yaşar",
    "hakan",
    "umit",
    "metin",
    "selçuk",
    "selcuk",
    "kemal",
    "ahmet",
    "mehmet",
    "hüseyin",
    "huseyin",
    "osman",
    "erdal",
    "kenan",
    "cevdet",
    "binali",
    "devlet",
    "süleyman",
    "suleyman",
    "omer",
    "numan",
    "fahrettin",
    "gürsel",
    "arif",
    // Afghan, Pakistani, Indian.
    "amrullah",
    "zalmay",
    "asim",
    "qamar",
    "raheel",
    "shehbaz",
    "shahbaz",
    "nawaz",
    "imran",
    "asif",
    "bilawal",
    "sahir",
    "nadeem",
    "zubair",
    "ahsan",
    "sarfraz",
    "mohsin",
    "zaheer",
    "pervez",
    "narendra",
    "rajnath",
    "ajit",
    "amit",
    "manoj",
    "bipin",
    "upendra",
    "rahul",
    "sanjay",
    "arun",
    "nirmala",
    // Japanese, Filipino, Indonesian, Thai.
    "fumio",
    "shigeru",
    "minoru",
    "yasukazu",
    "nobuo",
    "shinzo",
    "yoshihide",
    "ferdinand",
    "gilberto",
    "romeo",
    "rodrigo",
    "eduardo",
    "delfin",
    "teodoro",
    "prayut",
    "srettha",
    // Western, Central and Eastern European.
    "david",
    "mark",
    "john",
    "james",
    "michael",
    "william",
    "mike",
    "lloyd",
    "jens",
    "joe",
    "donald",
    "barack",
    "george",
    "emmanuel",
    "angela",
    "olaf",
    "rishi",
    "keir",
    "pete",
    "marco",
    "antony",
    "jake",
    "kamala",
    "joseph",
    "richard",
    "thomas",
    "charles",
    "christopher",
    "daniel",
    "paul",
    "peter",
    "stephen",
    "steven",
    "andrew",
    "kenneth",
    "brian",
    "kevin",
    "jason",
    "ryan",
    "matthew",
    "timothy",
    "patrick",
    "anthony",
    "scott",
    "gregory",
    "samuel",
    "henry",
    "douglas",
    "ulf",
    "pat",
    "wladyslaw",
    "władysław",
    "mariusz",
    "andrzej",
    "jaroslaw",
    "jarosław",
    "radoslaw",
    "radosław",
    "krzysztof",
    "tomasz",
    "wieslaw",
    "piotr",
    "pawel",
    "paweł",
    "marcin",
    "rafal",
    "rafał",
    "gitanas",
    "laurynas",
    "arvydas",
    "raimundas",
    "valdemaras",
    "edgars",
    "artis",
    "andris",
    "hanno",
    "kaja",
    "alar",
    "urmas",
    "friedrich",
    "annalena",
    "carsten",
    "eberhard",
    "alfons",
    "klaus",
    "nicolae",
    "ion",
    "rumen",
    "dimitar",
    "todor",
    "atanas",
    "vasile",
    "aleksandar",
    "milos",
    "miloš",
    "zoran",
    "goran",
    "ivica",
    "andrej",
    // Chinese family names, written first.
    "xi",
    "wang",
    "li",
    // Romanian and Moldovan.
    "maia",
    "mihai",
    "gheorghe",
    "anatolie",
    "florin",
    "bogdan",
    "marius",
    "ionut",
    "ionuț",
    "nicusor",
    "nicușor",
    // Spanish and Portuguese, with and without their accents.
    "gustavo",
    "carlos",
    "luis",
    "jose",
    "josé",
    "juan",
    "pedro",
    "javier",
    "fernando",
    "ricardo",
    "alejandro",
    "manuel",
    "antonio",
    "francisco",
    "miguel",
    "jorge",
    "rafael",
    "roberto",
    "alberto",
    "andres",
    "andrés",
    "diego",
    "sergio",
    "gonzalo",
    "rodrigo",
    "nicolas",
    "nicolás",
    "joao",
    "joão",
    "paulo",
    "luiz",
    "dilma",
    "lucia",
    "lucía",
    "claudia",
    "gabriela",
    // French and West African.
    "jean",
    "pierre",
    "francois",
    "françois",
    "mamadou",
    "abdoulaye",
    "ousmane",
    "boubacar",
    "seydou",
    "moussa",
    "amadou",
    "idriss",
    "mahamat",
    "alassane",
];

/// Roles of people who are quoted but hold no office.
const NON_OFFICIAL_WORDS: &[&str] = &[
    "analyst",
    "analysts",
    "expert",
    "experts",
    "journalist",
    "journalists",
    "correspondent",
    "reporter",
    "editor",
    "researcher",
    "scholar",
    "professor",
    "writer",
    "author",
    "columnist",
    "commentator",
    "blogger",
    "activist",
    "lawyer",
    "economist",
    "historian",
    "fellow",
    "think-tank",
    "scientist",
    "sociologist",
    "pundit",
    // Business roles: a company's or a private army's people hold no state post.
    "financier",
    "founder",
    "co-founder",
    "businessman",
    "businesswoman",
    "owner",
    "oligarch",
    "tycoon",
    "entrepreneur",
    "billionaire",
];

/// Adjectives that stand between an exercise's name and the word "exercise".
const DRILL_ADJECTIVES: &[&str] = &[
    "joint",
    "special",
    "military",
    "tactical",
    "strategic",
    "operational",
    "command-staff",
    "command",
    "staff",
    "command-and-staff",
    "naval",
    "air",
    "large-scale",
    "live-fire",
    "counterterrorist",
    "counter-terrorist",
    "counterterrorism",
    "anti-terrorist",
    "antiterrorist",
    "peacekeeping",
    "combined",
    "multinational",
    "international",
    "bilateral",
    "trilateral",
    "annual",
    "regular",
    "snap",
    "readiness",
    "combat",
    "field",
    "computer-assisted",
    "mountain",
    "border",
    "airborne",
    "amphibious",
    "raid",
    "evacuation",
    "defensive",
    "training",
    "command-post",
    "rescue",
    "humanitarian",
    "anti-drug",
    "army",
    "allied",
    "maritime",
    "search-and-rescue",
    "nuclear",
    "missile",
    "air-defense",
    "tactical-special",
    "main",
    "final",
    "series",
    "firepower",
];

const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "several",
    "multiple",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
];

const JOINERS: &[&str] = &["of", "the", "for", "and", "on", "in"];

/// The months in order, in full: the one table every date reader (articles, note claims, citations)
/// works from.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The days of the week, which are capitalized but never names.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Prefixes of ships' names: "HMS Defender" is a ship, not an organization called HMS, and "USNS Sgt.
/// Ivan Horak" is a ship, not a sergeant.
pub const SHIP_PREFIXES: &[&str] = &[
    "USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "TCG", "ROKS", "HTMS", "JS", "KRI",
    "PNS", "BNS", "RFS", "HNLMS", "HDMS", "FGS", "BRP", "ARA", "RSS", "CNS", "SPS", "ITS", "FS",
];

/// Their usual abbreviations, as words in running text.
const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// News agencies and outlets commonly cited in this genre. Citations name others; this list lets a bare
/// "Interfax reported" count as an outlet.
const OUTLETS: &[&str] = &[
    "interfax",
    "itar-tass",
    "tass",
    "ria",
    "novosti",
    "ria-novosti",
    "reuters",
    "afp",
    "ap",
    "xinhua",
    "regnum",
    "kommersant",
    "izvestia",
    "vedomosti",
    "rferl",
    "rfe/rl",
    "bbc",
    "cnn",
    "trend",
    "apa",
    "kabar",
    "akipress",
    "tengrinews",
    "kazinform",
    "novastan",
    "eurasianet",
    "sputnik",
    "interpressnews",
    "civil.ge",
    "rustavi",
    "mediamax",
    "arminfo",
    "belta",
    "ukrinform",
    "unian",
    "anadolu",
    "irna",
    "dawn",
    "nezavisimaya",
    "gazeta",
    "krasnaya",
    "zvezda",
];

fn table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: Vec<(&'static [u8], u32)> = Vec::new();
        let mut add = |words: &[&'static str], c: u32| {
            for w in words {
                m.push((w.as_bytes(), c));
            }
        };
        add(RANKS, RANK | NOT_NAME);
        add(NATIONAL_RANKS, RANK);
        add(POST_HEADS, POST_HEAD | POST_WORD);
        add(POST_WORDS, POST_WORD);
        add(UNIT_HEADS, UNIT_HEAD);
        add(UNIT_WORDS, UNIT_WORD);
        add(EXERCISE_WORDS, EXERCISE);
        add(ORG_HEADS, ORG_HEAD);
        add(BRANCHES, BRANCH);
        add(PLACE_HEADS, PLACE_HEAD);
        add(RANGES, RANGE);
        add(SPEECH_WORDS, SPEECH);
        add(PERSONNEL_WORDS, PERSONNEL);
        add(NOT_NAMES, NOT_NAME);
        add(&WEEKDAY_NAMES, NOT_NAME);
        add(NUMBER_WORDS, NUMBER_WORD);
        add(JOINERS, JOINER);
        add(&MONTH_NAMES, MONTH | NOT_NAME);
        add(MONTH_ABBREVIATIONS, MONTH | NOT_NAME);
        add(OUTLETS, OUTLET);
        add(&["called", "named"], CALLED);
        add(NON_OFFICIAL_WORDS, NON_OFFICIAL);
        add(DRILL_ADJECTIVES, DRILL_ADJ);
        add(FIRST_NAMES, FIRST_NAME);
        for (country, adj) in COUNTRIES {
            if !country.contains(' ') {
                let lower: &'static str = Box::leak(country.to_ascii_lowercase().into_boxed_str());
                m.push((lower.as_bytes(), COUNTRY | NOT_NAME));
            }
            let lower: &'static str = Box::leak(adj.to_ascii_lowercase().into_boxed_str());
            m.push((lower.as_bytes(), NATIONALITY | NOT_NAME));
        }
        WordTable::with_words(&m, |a, b| a | b)
    })
}

/// Country names and nationality adjectives, lower-cased, to one more than the index of their entry in
/// [`COUNTRIES`] (the first entry that has them).
fn country_table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: Vec<(&'static [u8], u32)> = Vec::new();
        for (i, (country, adj)) in (1..).zip(COUNTRIES) {
            for w in [country, adj] {
                let lower: &'static str = Box::leak(w.to_ascii_lowercase().into_boxed_str());
                m.push((lower.as_bytes(), i));
            }
        }
        WordTable::with_words(&m, |first, _| first)
    })
}

/// The classes of a word (any case). Words longer than 32 bytes have none.
pub fn classes(word: &str) -> u32 {
    let bytes = word.as_bytes();
    if bytes.len() > 32 {
        return 0;
    }
    table().get(bytes)
}

/// [`classes`] of a word's bytes, for the tokenizer, which has them at hand.
#[inline]
pub fn classes_of_ascii(word: &[u8]) -> u32 {
    if word.len() > 32 {
        return 0;
    }
    table().get(word)
}

/// The country a country name or nationality adjective stands for.
pub fn country_of(word: &str) -> Option<&'static str> {
    let i = country_table().get(word.as_bytes()).checked_sub(1)?;
    COUNTRIES.get(i as usize).map(|(c, _)| match *c {
        "USA" | "US" | "U.S." => "United States",
        "UAE" => "United Arab Emirates",
        "UK" | "Britain" => "United Kingdom",
        c => c,
    })
}

/// The value of a number word ("three" → 3).
pub fn number_word(word: &str) -> Option<u32> {
    let n = match word.to_ascii_lowercase().as_str() {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return None,
    };
    Some(n)
}

/// A nationality adjective, listed or by its ending ("Burkinabè", "Nigerien", "Senegalese", "Emirati"):
/// "Burkinabè troops" are a nation's troops, never a unit of that name.
pub fn demonym_like(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ian", "ean", "ese", "ish", "ani", "ien", "abè", "abé", "abe", "ais", "ois", "iti", "ati",
    ];
    if classes(word) & NATIONALITY != 0 {
        return true;
    }
    if word.chars().count() <= 4 {
        return false;
    }
    // Most words are ASCII: their last three letters, lower-cased in place, are compared at once (an
    // ASCII word cannot end in "abè").
    if word.is_ascii() {
        let Some(&[a, b, c]) = word.as_bytes().last_chunk::<3>() else {
            return false;
        };
        let last = [
            a.to_ascii_lowercase(),
            b.to_ascii_lowercase(),
            c.to_ascii_lowercase(),
        ];
        ENDINGS.iter().any(|e| e.as_bytes() == last)
    } else {
        let lower = word.to_lowercase();
        ENDINGS.iter().any(|e| lower.ends_with(e))
    }
}

/// Ordinal words that number formations ("Seventh Fleet" is the "7th Fleet"), with their value.
const ORDINAL_WORDS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// The value of an ordinal word ("Seventh" → 7), so that a spelled-out formation number meets its
/// numeral.
pub fn ordinal_word(word: &str) -> Option<u32> {
    let lower = word.to_ascii_lowercase();
    let i = ORDINAL_WORDS.iter().position(|w| *w == lower)?;
    u32::try_from(i + 1).ok()
}

/// Recurring exercise series of this genre. A series name with a year ("Zapad-2017", "Sea Breeze 2021",
/// "Tsentr-99") is an exercise without any word for one nearby, and once an article dates one, the bare
/// series name elsewhere in it is the series. Common English words ("Interaction", "Search") stay out:
/// alone at the start of a sentence they mean nothing.
pub const EXERCISE_SERIES: &[&str] = &[
    "Zapad",
    "Vostok",
    "Tsentr",
    "Kavkaz",
    "Rubezh",
    "Poisk",
    "Grom",
    "Okean",
    "Ladoga",
    "Dostyk",
    "Kazanat",
    "Vzaimodeistvie",
    "Vzaimodeystvie",
    "Sea Breeze",
    "Peace Mission",
    "Steppe Eagle",
    "Union Shield",
    "Union Resolve",
    "Slavic Brotherhood",
    "Indestructible Brotherhood",
    "Combat Brotherhood",
    "Agile Spirit",
    "Rapid Trident",
    "Saber Strike",
    "Saber Guardian",
    "Trident Juncture",
    "Defender Europe",
    "Anakonda",
    "Joint Sea",
    "Cold Response",
    "Noble Partner",
    "Sea Shield",
    "Caucasus Frontier",
    "Regional Cooperation",
    "BALTOPS",
    // Recurring multinational exercises of NATO, the Indo-Pacific, the Gulf, Africa and the Americas,
    // often written with a two-digit year and no word for an exercise ("Pitch Black 24").
    "Cobra Gold",
    "Talisman Sabre",
    "Pitch Black",
    "Red Flag",
    "Red Flag Alaska",
    "Eager Lion",
    "African Lion",
    "Bright Star",
    "Native Fury",
    "Juniper Oak",
    "Iron Union",
    "Ferocious Falcon",
    "Cutlass Express",
    "Obangame Express",
    "Phoenix Express",
    "Justified Accord",
    "Khaan Quest",
    "Yudh Abhyas",
    "Mitra Shakti",
    "Nomadic Elephant",
    "Garuda Shield",
    "Super Garuda Shield",
    "Ulchi Freedom Shield",
    "Freedom Shield",
    "Freedom Edge",
    "Foal Eagle",
    "Key Resolve",
    "Keen Sword",
    "Keen Edge",
    "Orient Shield",
    "Resolute Dragon",
    "Yama Sakura",
    "Valiant Shield",
    "Pacific Vanguard",
    "Han Kuang",
    "Strait Thunder",
    "Joint Sword",
    "Maritime Security Belt",
    "Bersama Lima",
    "Bersama Shield",
    "Keris Woomera",
    "Cope Thunder",
    "Cope North",
    "Tiger Triumph",
    "Steadfast Defender",
    "Steadfast Noon",
    "Dynamic Mongoose",
    "Dynamic Manta",
    "Formidable Shield",
    "Neptune Strike",
    "Spring Storm",
    "Iron Wolf",
    "Crystal Arrow",
    "Summer Shield",
    "Northern Coasts",
    "Nordic Response",
    "Arctic Challenge",
    "Swift Response",
    "Immediate Response",
    "Joint Warrior",
    "Allied Spirit",
    "Saber Junction",
    "RIMPAC",
    "UNITAS",
    "PANAMAX",
    "Balikatan",
    "Kevadtorm",
    "Flintlock",
    "Tradewinds",
];

/// True when `name` is a known exercise series.
pub fn exercise_series(name: &str) -> bool {
    EXERCISE_SERIES.contains(&name)
}

/// Words exercise names are made of in the languages of the armies that hold them, with their English
/// translation: outlets write one exercise in its own language ("Zapad-2025", "Unité Niger 2025",
/// "Qalaa al-Sahil 1", "Dostyk-2025") or in English ("West-2025", "Niger Unity 25", "Coast Citadel 1",
/// "Friendship-2025"), and the two must meet across articles. Only words of names, not general
/// vocabulary, and never a whole name of one exercise; a word that is also an English word, a given
/// name or a place of other meaning ("more", "sable", "kurt", "nord", "dir") is left out, but "unite"
/// stays: the English verb says what "Unité" means.
const EXERCISE_NAME_WORDS: &[(&str, &str)] = &[
    // Russian, Ukrainian, Belarusian.
    ("zapad", "west"),
    ("zakhid", "west"),
    ("zakhad", "west"),
    ("vostok", "east"),
    ("skhid", "east"),
    ("tsentr", "center"),
    ("centre", "center"),
    ("yug", "south"),
    ("kavkaz", "caucasus"),
    ("caucasian", "caucasus"),
    ("soyuznaya", "union"),
    ("soyuznyi", "union"),
    ("reshimost", "resolve"),
    ("bratstvo", "brotherhood"),
    ("slavyanskoye", "slavic"),
    ("vzaimodeistvie", "interaction"),
    ("vzaimodeystviye", "interaction"),
    ("poisk", "search"),
    ("eshelon", "echelon"),
    ("rubezh", "frontier"),
    ("grom", "thunder"),
    ("okean", "ocean"),
    ("morskoi", "sea"),
    ("morskoye", "sea"),
    ("mirnaya", "peace"),
    ("missiya", "mission"),
    ("granitsa", "border"),
    ("boevoe", "combat"),
    ("sodruzhestvo", "commonwealth"),
    ("shchyt", "shield"),
    ("shchit", "shield"),
    ("aichyny", "fatherland"),
    ("aichyna", "fatherland"),
    ("otechestva", "fatherland"),
    ("otechestvo", "fatherland"),
    ("batkivshchyny", "fatherland"),
    ("shtorm", "storm"),
    ("burya", "storm"),
    ("iyulsky", "july"),
    ("iyulskiy", "july"),
    ("iyulskii", "july"),
    ("lypnevyi", "july"),
    ("lypnevyy", "july"),
    ("vesenniy", "spring"),
    ("zimniy", "winter"),
    ("letniy", "summer"),
    ("osenniy", "autumn"),
    ("molniya", "lightning"),
    ("strela", "arrow"),
    ("sokol", "falcon"),
    ("volk", "wolf"),
    ("mech", "sword"),
    ("zaslon", "barrier"),
    ("nerushimoe", "indestructible"),
    // Central Asian: Uzbek, Kazakh, Kyrgyz, Tajik.
    ("chegara", "border"),
    ("shekara", "border"),
    ("hamkorlik", "cooperation"),
    ("yntymak", "cooperation"),
    ("dala", "steppe"),
    ("burkit", "eagle"),
    ("qyran", "eagle"),
    ("berkut", "eagle"),
    ("dostyk", "friendship"),
    ("dostlik", "friendship"),
    // Turkish and Azerbaijani (with the possessive endings names take: "Anadolu Kartalı").
    ("kartal", "eagle"),
    ("kartali", "eagle"),
    ("qartal", "eagle"),
    ("qartali", "eagle"),
    ("kalkan", "shield"),
    ("kalkani", "shield"),
    ("firtina", "storm"),
    ("firtinasi", "storm"),
    ("deniz", "sea"),
    ("kurdu", "wolf"),
    ("yildirim", "lightning"),
    ("kardeslik", "brotherhood"),
    ("birlik", "unity"),
    ("sahin", "falcon"),
    ("anadolu", "anatolia"),
    ("anatolian", "anatolia"),
    ("kis", "winter"),
    ("kisi", "winter"),
    ("mavi", "blue"),
    ("vatan", "homeland"),
    // French.
    ("unite", "unity"),
    ("bouclier", "shield"),
    ("aigle", "eagle"),
    ("tempete", "storm"),
    ("tonnerre", "thunder"),
    ("faucon", "falcon"),
    ("epee", "sword"),
    ("flamme", "flame"),
    ("fraternite", "brotherhood"),
    ("solidarite", "solidarity"),
    ("paix", "peace"),
    ("ouest", "west"),
    ("acier", "steel"),
    ("rempart", "rampart"),
    // Spanish and Portuguese.
    ("unidad", "unity"),
    ("unidade", "unity"),
    ("escudo", "shield"),
    ("aguila", "eagle"),
    ("aguia", "eagle"),
    ("tormenta", "storm"),
    ("tempestade", "storm"),
    ("trueno", "thunder"),
    ("trovao", "thunder"),
    ("halcon", "falcon"),
    ("falcao", "falcon"),
    ("tridente", "trident"),
    ("fuerzas", "forces"),
    ("forcas", "forces"),
    ("aliadas", "allied"),
    ("unidas", "united"),
    ("solidaridad", "solidarity"),
    ("frontera", "border"),
    ("fronteira", "border"),
    ("norte", "north"),
    ("oeste", "west"),
    ("espada", "sword"),
    // Arabic.
    ("hisn", "fortress"),
    ("sahra", "desert"),
    ("irada", "will"),
    ("iradat", "will"),
    ("nasr", "victory"),
    ("saif", "sword"),
    ("sayf", "sword"),
    ("durou", "shields"),
    ("hilal", "crescent"),
    ("bahr", "sea"),
    ("najm", "star"),
    ("asifa", "storm"),
    ("asifat", "storm"),
    ("raad", "thunder"),
    ("wahda", "unity"),
    ("tahaluf", "alliance"),
    ("jazira", "peninsula"),
    ("sahil", "coast"),
    ("sharq", "east"),
    ("gharb", "west"),
    ("shamal", "north"),
    ("janoub", "south"),
    ("nisr", "eagle"),
    ("suqur", "falcons"),
    ("hasm", "resolve"),
    ("fajr", "dawn"),
    ("qalaa", "citadel"),
    // Estonian, Latvian, Lithuanian, Finnish compounds.
    ("siil", "hedgehog"),
    ("kevad", "spring"),
    ("torm", "storm"),
    ("tulisuus", "ardor"),
    // Arabic words of Iraqi and Gulf exercise names ("Sakhr al-Jabal", "Dir al-Janub").
    ("sakhr", "rock"),
    ("dir", "shield"),
];

/// The English word (or words) for a word of an exercise's name in another language ("Zapad" → "west",
/// "Kartalı" → "eagle", "Unité" → "unity"); looked up by transliteration key, so that "Chegara" and
/// "Tšegara", "Qartalı" and "Kartali" are one word.
pub fn exercise_word_in_english(word: &str) -> Option<&'static str> {
    english_of_key(&super::translit::key(word))
}

/// [`exercise_word_in_english`] of a word whose transliteration key is at hand.
pub fn english_of_key(key: &str) -> Option<&'static str> {
    static TABLE: OnceLock<FastMap<String, &'static str>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        EXERCISE_NAME_WORDS
            .iter()
            .map(|&(w, e)| (super::translit::key(w), e))
            .collect()
    });
    table.get(key).copied()
}

/// Acronyms of alliances, blocs and agencies. An all-capital word before a year may name an exercise
/// series ("BALTOPS 24", "EFES-2024"); these never do ("NATO 2030", "OSCE 2024").
const ORGANIZATION_ACRONYMS: &[&str] = &[
    "NATO",
    "CSTO",
    "OSCE",
    "UN",
    "UNSC",
    "EU",
    "SCO",
    "CIS",
    "ASEAN",
    "AU",
    "ECOWAS",
    "OPEC",
    "IAEA",
    "WHO",
    "WTO",
    "IMF",
    "BRICS",
    "EAEU",
    "GCC",
    "OAS",
    "OIC",
    "CICA",
    "SADC",
    "IGAD",
    "AES",
    "CENTCOM",
    "EUCOM",
    "AFRICOM",
    "SOUTHCOM",
    "INDOPACOM",
    "COVID",
    "SALT",
    "START",
    "INF",
    "CFE",
    "AUKUS",
    "ISIS",
    "ISIL",
    "IRGC",
];

/// True when an all-capital word is an organization's or treaty's acronym, never an exercise series.
pub fn organization_acronym(word: &str) -> bool {
    ORGANIZATION_ACRONYMS.contains(&word)
}

/// Last words of named events and documents that carry a year like an exercise does ("Shangri-La
/// Dialogue 2024", "Vision 2030", "Army Expo 2022"): such a name is no exercise, however near a drill.
const EVENT_WORDS: &[&str] = &[
    "dialogue",
    "summit",
    "forum",
    "vision",
    "conference",
    "expo",
    "exhibition",
    "show",
    "strategy",
    "agenda",
    "report",
    "review",
    "plan",
    "programme",
    "program",
    "concept",
    "doctrine",
    "budget",
    "act",
    "law",
    "treaty",
    "declaration",
    "initiative",
    "cup",
    "championship",
    "olympics",
    "election",
    "elections",
    "census",
    "assembly",
    "session",
    "congress",
    "meeting",
    "talks",
    "week",
    "award",
    "prize",
    "index",
    "festival",
    "fair",
    "airshow",
    "salon",
    "symposium",
    "roadmap",
    "sambaad",
    "dialog",
    "conclave",
    "spartakiad",
    "olympiad",
    "universiade",
];

/// Heads of sports, cultural and trade events that may stand anywhere in a dated name ("Asian Cup of
/// Champions 2026", "Copa Tequendama 2026", "Saudi Grand Prix 2027"): such a name is an event, never an
/// exercise. The list is of words no exercise name takes, in English and the Romance languages.
const EVENT_HEADS: &[&str] = &[
    "Cup",
    "Copa",
    "Coupe",
    "Coppa",
    "Taça",
    "Prix",
    "Championship",
    "Championships",
    "Campeonato",
    "Tournament",
    "Torneo",
    "Tournoi",
    "Olympics",
    "Olympiad",
    "Paralympics",
    "Marathon",
    "Regatta",
    "Trophy",
    "Trofeo",
    "Festival",
    "Biennale",
    "Expo",
    "Exhibition",
    "Conference",
];

/// True when a capitalized `word` heads a sports, cultural or trade event wherever it stands in a name.
pub fn event_head(word: &str) -> bool {
    EVENT_HEADS.contains(&word)
}

/// Nouns of weapons and craft, singular and plural: a designation before one of them ("a Ghauri-II
/// ballistic missile") names the weapon, not an exercise.
const WEAPON_NOUNS: &[&str] = &[
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "launcher",
    "launchers",
    "warhead",
    "warheads",
    "drone",
    "drones",
    "tank",
    "tanks",
    "howitzer",
    "howitzers",
    "aircraft",
    "jet",
    "jets",
    "fighter",
    "fighters",
    "bomber",
    "bombers",
    "helicopter",
    "helicopters",
    "submarine",
    "submarines",
    "frigate",
    "frigates",
    "corvette",
    "corvettes",
    "destroyer",
    "destroyers",
    "radar",
    "radars",
    "rifle",
    "rifles",
];

/// True when `word` (lower case) is the noun of a weapon or a craft.
pub fn weapon_noun(word: &str) -> bool {
    WEAPON_NOUNS.contains(&word)
}

/// True when `word` ends the name of an event or document rather than of an exercise.
pub fn event_word(word: &str) -> bool {
    EVENT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The value of an upper-case Roman numeral in canonical form ("LXV" → 65, "XXXI" → 31, "V" → 5): editions
/// of exercise series and corps are numbered so ("UNITAS LXV", "XXXI Corps"). Callers decide whether one
/// letter ("I", "V"), so often a word or an initial, may count where they look.
pub fn roman_numeral(word: &str) -> Option<u32> {
    if word.is_empty() || word.len() > 9 {
        return None;
    }
    let value = |c: u8| match c {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        b'L' => Some(50),
        b'C' => Some(100),
        b'D' => Some(500),
        b'M' => Some(1000),
        _ => None,
    };
    let digits: Vec<u32> = word.bytes().map(value).collect::<Option<_>>()?;
    let mut total = 0;
    for (i, &d) in digits.iter().enumerate() {
        if digits.get(i + 1).is_some_and(|&n| n > d) {
            total -= d as i64;
        } else {
            total += d as i64;
        }
    }
    let total = u32::try_from(total).ok().filter(|&n| n > 0)?;
    // Only the canonical spelling: "IIII" or "VX" are letters, not a number.
    (to_roman(total) == word).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// Combining forms that open joint adjectives of nationalities ("Sino-Kazakh", "Indo-Pakistani").
const COMBINING_FORMS: &[&str] = &[
    "Sino", "Anglo", "Franco", "Indo", "Russo", "Italo", "Austro", "Greco", "Turco", "Serbo",
    "Euro", "Afro", "Hispano", "Germano", "Polono", "Judeo", "Americo",
];

/// "Russian-Armenian", "Sino-Kazakh", "Uzbek-Tajik": a joint adjective made only of nationality or
/// country words, never a name of its own.
pub fn nationality_compound(word: &str) -> bool {
    word.contains('-')
        && word.split('-').all(|p| {
            !p.is_empty()
                && (classes(p) & (NATIONALITY | COUNTRY) != 0 || COMBINING_FORMS.contains(&p))
        })
}

/// Articles, prepositions and determiners that a capital only marks as a sentence's first word ("The",
/// "In", "This"): where a name runs backwards from its head, it stops at them.
pub fn capitalized_function_word(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "Since"
            | "By"
            | "For"
            | "Of"
            | "And"
            | "From"
            | "During"
            | "After"
            | "Before"
            | "Until"
            | "With"
            | "Without"
            | "Despite"
            | "Against"
            | "Through"
            | "Its"
            | "This"
            | "That"
    )
}

/// Honorifics written before a Muslim or Khmer name ("Sheikh Mohamed", "Syed Asim Munir", "Hajji Ahmad",
/// "Samdech Hun Sen"): they say rank or descent, not who the person is, and outlets drop them at will.
pub fn honorific(word: &str) -> bool {
    // By length first: every capitalized word of an article is asked, and most have a length where
    // one comparison or none settles it.
    match word.len() {
        // Burmese honorifics of men and women ("U Tin Maung", "Daw Aung San Suu Kyi").
        1 => word == "U",
        3 => word == "Daw",
        4 => matches!(word, "Syed" | "Haji" | "Qari" | "Akka" | "Moha"),
        5 => matches!(word, "Sayed" | "Hajji" | "Techo" | "Padei"),
        // "Sardar": the Persian "commander" Iranian outlets give Guards generals ("Sardar Hossein
        // Karimi"), and the South Asian chief's style.
        6 => matches!(
            word,
            "Sheikh" | "Shaikh" | "Sayyid" | "Maulvi" | "Mullah" | "Borvor" | "Sardar"
        ),
        // Khmer honorifics: "Samdech Techo Hun Sen", "Samdech Moha Borvor Thipadei Hun Manet".
        // Afghan and South Asian religious styles: "Mawlawi Hibatullah", "Mullah Yaqoob".
        7 => matches!(word, "Sheikha" | "Mawlawi" | "Maulana" | "Samdech"),
        8 => word == "Thipadei",
        // The academic title outlets give some officials ("Professor Kamal Hossain").
        9 => word == "Professor",
        _ => false,
    }
}

/// An honorific or a style that opens a name without being part of it ("Sheikh", "His Highness").
pub fn name_style(word: &str) -> bool {
    honorific(word)
        || matches!(
            word,
            "His" | "Her" | "Royal" | "Highness" | "Excellency" | "Majesty"
        )
}

/// Capitalized function words that open sentences and clauses ("Whether Kavkaz-2024 goes...", "Unlike
/// Tsentr-2019, ..."): never the first word of a name.
pub fn opening_function_word(word: &str) -> bool {
    matches!(
        word,
        "Whether"
            | "If"
            | "When"
            | "While"
            | "Although"
            | "Though"
            | "As"
            | "But"
            | "Yet"
            | "So"
            | "Unlike"
            | "Like"
            | "Despite"
            | "Because"
            | "Once"
            | "With"
            | "Without"
            | "Under"
            | "Through"
            | "Between"
            | "Amid"
            | "Against"
            | "Among"
            | "Its"
            | "Their"
            | "His"
            | "Her"
            | "Our"
            | "That"
            | "These"
            | "Those"
            | "Such"
            | "Both"
            | "Each"
            | "Every"
            | "All"
            | "Meanwhile"
            | "However"
            | "Also"
            | "Moreover"
            | "Neither"
            | "Either"
            | "Nor"
            | "Or"
            | "Why"
            | "What"
            | "How"
            | "Where"
            | "Who"
            | "Which"
            | "To"
            | "Into"
            | "Within"
            | "Toward"
            | "Towards"
            | "Following"
            | "Via"
            | "Including"
            | "Then"
            | "Thus"
            | "Hence"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "There"
            | "Here"
            | "Even"
            | "Only"
            | "Still"
            | "Indeed"
            | "Later"
            | "Earlier"
            | "Previously"
            | "Recently"
            | "Today"
            | "Yesterday"
            | "Now"
            | "Ahead"
    )
}

/// Common Chinese, Korean and Vietnamese family names, which come first: after "Wei Fenghe" the text
/// says "Wei". Words that are also English function words ("He", "Ma") stay out.
const CHINESE_FAMILY_NAMES: &[&str] = &[
    "Cao", "Liang", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
    "Xu", "Sun", "Zhu", "Hu", "Guo", "Gao", "Lin", "Luo", "Zheng", "Xie", "Tang", "Han", "Feng",
    "Deng", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Du", "Cheng",
    "Wei", "Lu", "Ding", "Ren", "Shen", "Yao", "Fang", "Qian", "Xi", "Wen", "Fu", "Meng", "Qin",
    "Bai", "Kong", "Chi", "Xing", "Zhai", "Qiao", "Ye", "Jia", "Xia", "Fei", "Miao", "Zhan",
    "Shang", "Yin", "Shi", "Lai", "Tsai", "Hsu", "Chiang", "Koo", "Mao", "Hou", "Lei", "Xue",
    "Kim", "Park", "Moon", "Yoon", "Choi", "Nguyen", "Tran", "Pham", "Hoang", "Vo",
    // The Wade-Giles spellings of Taiwan, Hong Kong and older texts, and family names of the
    // Pinyin list's second hundred: "Tseng Chia-hao" is the "Tseng Jiahao" of mainland outlets.
    "Chang", "Chou", "Chao", "Chu", "Chiu", "Chien", "Chuang", "Hsieh", "Hsiao", "Hsueh", "Tseng",
    "Tsao", "Tsou", "Kuo", "Kao", "Yeh", "Liao", "Teng", "Lien", "Mei", "Niu", "Qiu", "Hao", "Su",
];

/// True for a common Chinese family name.
pub fn chinese_family_name(word: &str) -> bool {
    // A set, not a scan of the list: every official's name is tried, several times.
    static SET: OnceLock<FastMap<&'static str, ()>> = OnceLock::new();
    (2..=6).contains(&word.len())
        && SET
            .get_or_init(|| CHINESE_FAMILY_NAMES.iter().map(|w| (*w, ())).collect())
            .contains_key(word)
}

// Unit vocabulary: countries' names as armies write them, and the shapes of forces' acronyms.

/// Countries of two words the country table lacks, whose army is written after the whole name ("Sierra
/// Leone Army"): the service, not a formation named "Leone".
pub const TWO_WORD_COUNTRIES: &[&str] = &[
    "Sri Lanka",
    "Sierra Leone",
    "New Zealand",
    "South Africa",
    "South Sudan",
    "Costa Rica",
    "El Salvador",
    "Papua New Guinea",
];

/// Three-letter country codes that NATO and the EU write before "CON" for a national contingent of a
/// multinational force ("POLCON", "TURCON", "AUTCON"): alpha-3 codes of the states that send
/// contingents, and the older military forms (GER, SLO, CRO, BUL, ROM, GRE, SUI, DEN, POR).
const CONTINGENT_CODES: &[&str] = &[
    "ALB", "ARM", "AUT", "AZE", "BEL", "BGR", "BIH", "BUL", "CAN", "CHE", "CRO", "CZE", "DEN",
    "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GBR", "GEO", "GER", "GRC", "GRE", "HRV", "HUN",
    "IRL", "ISL", "ITA", "LTU", "LUX", "LVA", "MDA", "MKD", "MNE", "MAR", "NLD", "NOR", "POL",
    "POR", "PRT", "ROM", "ROU", "SLO", "SRB", "SUI", "SVK", "SVN", "SWE", "TUR", "UKR", "USA",
];

/// Prefixes of the codes of multinational headquarters, each with a suffix for the region it holds
/// ("MND-NE", "MNC-NE", "MNB-SE", "MNBG-BGR", "MNF-W").
const MULTINATIONAL_CODES: &[&str] = &["MND", "MNB", "MNC", "MNBG", "MNF", "MNTF"];

/// Compass codes after a multinational headquarters' prefix, and "C" for its centre.
const COMPASS_CODES: &[&str] = &["N", "S", "E", "W", "NE", "NW", "SE", "SW", "C"];

/// True when an all-capital word has the shape of a multinational force's or contingent's acronym: a
/// short prefix and "FOR" ("KFOR", "EUFOR", "EUNAVFOR": the "Force" of an operation), a country's code and
/// "CON" ("TURCON": its national contingent), or a multinational headquarters' code and its region
/// ("MND-NE", "MNB-SW"). A word shaped so names one force whatever the outlet, so it is a unit
/// wherever it occurs.
pub fn force_acronym(word: &str) -> bool {
    let upper = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_uppercase());
    if let Some(p) = word.strip_suffix("FOR") {
        return (1..=5).contains(&p.len()) && upper(p);
    }
    if let Some(p) = word.strip_suffix("CON") {
        return CONTINGENT_CODES.contains(&p);
    }
    let Some((p, q)) = word.split_once('-') else {
        return false;
    };
    MULTINATIONAL_CODES.contains(&p)
        && (COMPASS_CODES.contains(&q) || CONTINGENT_CODES.contains(&q) || country_of(q).is_some())
}

/// Endings of the names armies give their national peacekeeping battalions and brigades, run together
/// with the start of the country's name ("Perubrig", "BOLBATT", "Chilbrig", "Ecubat").
const CONTINGENT_ENDINGS: &[&str] = &["batt", "bat", "brig"];

/// True when a word has the shape of a national battalion's or brigade's name: the first three or more
/// letters of a country or its adjective, then "bat", "batt" or "brig", in either case.
pub fn national_contingent(word: &str) -> bool {
    let b = word.as_bytes();
    if !(6..=12).contains(&b.len()) || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let Some(end) = CONTINGENT_ENDINGS
        .iter()
        .find(|e| b[b.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes()))
    else {
        return false;
    };
    let prefix = &b[..b.len() - end.len()];
    let opens = |name: &str| {
        name.len() >= prefix.len() && name.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix)
    };
    prefix.len() >= 3 && COUNTRIES.iter().any(|(c, adj)| opens(c) || opens(adj))
}

/// French heads of units, which French-speaking armies write in lower case after the ordinal ("3e
/// Région militaire", "11e brigade", "23e bataillon").
const FRENCH_UNIT_HEADS: &[&str] = &[
    "région",
    "brigade",
    "bataillon",
    "régiment",
    "division",
    "escadron",
    "escadrille",
    "escadre",
    "groupement",
    "compagnie",
    "flottille",
    "légion",
];

/// True for a French unit head, in either case. Asked of every capitalized word: it compares the word's
/// lower-case characters with each head as they come, without a lower-cased copy, and only for a word
/// whose first letter starts some head (all of them start with an ASCII letter).
pub fn french_unit_head(word: &str) -> bool {
    let Some(first) = word.as_bytes().first().map(u8::to_ascii_lowercase) else {
        return false;
    };
    FRENCH_UNIT_HEADS.iter().any(|h| {
        h.as_bytes()[0] == first && word.chars().flat_map(char::to_lowercase).eq(h.chars())
    })
}

/// Words of French units' names after the head, besides the type words that other languages share
/// ("militaire", "intervention rapide", "autonome", "forces", "commandos").
const FRENCH_UNIT_WORDS: &[&str] = &[
    "militaire",
    "militaires",
    "maritime",
    "navale",
    "aérienne",
    "rapide",
    "autonome",
    "intervention",
    "forces",
    "force",
    "commandos",
    "commando",
    "chasseurs",
    "alpins",
    "alpin",
    "alpine",
    "soutien",
    "interarmes",
    "logistique",
    "défense",
    "territoriale",
    "réaction",
    "marine",
    "parachutistes",
    "étrangère",
    "étranger",
    "blindé",
    "mécanisé",
    "motorisé",
    "reconnaissance",
];

/// True for a word of a French unit's name after its head ([`FRENCH_UNIT_WORDS`]).
pub fn french_unit_word(word: &str) -> bool {
    FRENCH_UNIT_WORDS.iter().any(|w| w == &word)
}

/// French compass points that name a zone of command ("Zone Sud", "Zone Nord-Est").
pub fn french_compass(word: &str) -> bool {
    [
        "Nord",
        "Sud",
        "Est",
        "Ouest",
        "Centre",
        "Nord-Est",
        "Nord-Ouest",
        "Sud-Est",
        "Sud-Ouest",
    ]
    .contains(&word)
}

#[cfg(test)]
mod rank_tests {
    use super::{rank_in_full, rank_key};

    #[test]
    fn abbreviated_ranks_are_written_in_full() {
        assert_eq!(rank_in_full("Gen"), "General");
        assert_eq!(rank_in_full("Lt. Gen"), "Lieutenant General");
        assert_eq!(rank_in_full("Brig. Gen."), "Brigadier General");
        assert_eq!(rank_in_full("Maj Gen"), "Major General");
        assert_eq!(rank_in_full("Lt.-Col."), "Lieutenant-Colonel");
        assert_eq!(rank_in_full("Capt."), "Captain");
    }

    #[test]
    fn full_ranks_keep_the_source_spelling() {
        assert_eq!(rank_in_full("Colonel-General"), "Colonel-General");
        assert_eq!(rank_in_full("Colonel\nGeneral"), "Colonel General");
        assert_eq!(rank_in_full("Rear Admiral"), "Rear Admiral");
        assert_eq!(rank_in_full("President"), "President");
    }

    #[test]
    fn spellings_of_one_rank_share_a_key() {
        assert_eq!(rank_key("Colonel-General"), rank_key("Col. Gen."));
        assert_eq!(rank_key("Major General"), rank_key("Maj. Gen"));
        assert_eq!(rank_key("General of the Army"), rank_key("Army General"));
        assert_ne!(rank_key("Maj. Gen."), rank_key("Gen."));
        assert_ne!(rank_key("Lieutenant Colonel"), rank_key("Lt. Gen."));
    }
}

#[cfg(test)]
mod not_name_tests {
    use crate::entity::Kind;
    use crate::recognize::testing::found;

    #[test]
    fn a_preposition_opening_a_sentence_is_no_part_of_a_bases_name() {
        let names: Vec<String> = found(
            "The drones flew from Air Base 31 near Tessoua. Without Air Base 31, the army will be blind.",
            Kind::Unit,
        )
        .into_iter()
        .map(|f| f.name)
        .collect();
        assert_eq!(names, ["Air Base 31"]);
    }
}

#[cfg(test)]
mod table_tests {
    use super::class::*;
    use super::{classes, country_of, demonym_like, load8, lower8};

    #[test]
    fn short_words_load_as_their_bytes_zero_padded() {
        let bytes = b"abcdefghij";
        for n in 0..=10 {
            let mut padded = [0u8; 8];
            for (k, &b) in bytes[..n].iter().take(8).enumerate() {
                padded[k] = b;
            }
            assert_eq!(load8(&bytes[..n]).to_le_bytes(), padded, "{n} bytes");
        }
    }

    #[test]
    fn eight_bytes_fold_to_lower_case_and_nothing_else() {
        let w = u64::from_le_bytes(*b"AZaz@[`{");
        assert_eq!(lower8(w).to_le_bytes(), *b"azaz@[`{");
        let mixed = u64::from_le_bytes([b'K', 0xc3, 0x89, b'-', b'1', b'Q', 0xff, 0]);
        assert_eq!(
            lower8(mixed).to_le_bytes(),
            [b'k', 0xc3, 0x89, b'-', b'1', b'q', 0xff, 0]
        );
    }

    #[test]
    fn words_are_found_in_any_case_and_only_whole() {
        assert!(classes("General") & RANK != 0);
        assert!(classes("GENERAL") & RANK != 0);
        assert!(classes("colonel-general") & RANK != 0);
        assert_eq!(classes("Generals") & RANK, 0);
        assert_eq!(classes("Genera") & RANK, 0);
        assert_eq!(classes(""), 0);
        // Longer than one eight-byte step, and differing only past it.
        assert!(classes("Lieutenant-General") & RANK != 0);
        assert_eq!(classes("Lieutenant-Generax") & RANK, 0);
        assert!(classes("russian") & NATIONALITY != 0);
        assert_eq!(classes(&"a".repeat(40)), 0);
    }

    #[test]
    fn words_for_an_exercise_in_apposition_are_of_the_exercise_class() {
        // The apposition rule tests the class before comparing the words.
        for w in crate::recognize::exercise::APPOSITION_CUES {
            assert!(classes(w) & EXERCISE != 0, "{w}");
        }
    }

    #[test]
    fn countries_and_demonyms_are_known_however_written() {
        assert_eq!(country_of("RUSSIA"), country_of("Russia"));
        assert!(country_of("Russian").is_some());
        assert_eq!(country_of("Tank"), None);
        assert_eq!(country_of(""), None);
        // The table answers as the first entry of the list that has the word.
        let first = |w: &str| {
            super::COUNTRIES
                .iter()
                .find(|(c, a)| c.eq_ignore_ascii_case(w) || a.eq_ignore_ascii_case(w))
                .map(|(c, _)| *c)
        };
        for (c, a) in super::COUNTRIES {
            for w in [
                c.to_string(),
                a.to_string(),
                c.to_uppercase(),
                a.to_lowercase(),
            ] {
                let want = first(&w).map(|c| match c {
                    "USA" | "US" | "U.S." => "United States",
                    "UAE" => "United Arab Emirates",
                    "UK" | "Britain" => "United Kingdom",
                    c => c,
                });
                assert_eq!(country_of(&w), want, "{w}");
            }
        }
        assert!(
            demonym_like("Burkinabè") && demonym_like("SENEGALESE") && demonym_like("Nigerien")
        );
        assert!(!demonym_like("Kant") && !demonym_like("Brigade"));
    }

    #[test]
    fn french_unit_heads_are_known_in_any_case_and_only_whole() {
        use super::french_unit_head;
        for w in [
            "Région",
            "RÉGION",
            "région",
            "bataillon",
            "BATAILLON",
            "Légion",
            "escadrille",
        ] {
            assert!(french_unit_head(w), "{w}");
        }
        for w in [
            "",
            "Regions",
            "Brigadier",
            "Bataillons",
            "Régie",
            "Éscadre",
            "région-ouest",
        ] {
            assert!(!french_unit_head(w), "{w}");
        }
    }
}
