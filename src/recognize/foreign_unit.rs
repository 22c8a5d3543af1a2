//! Unit vocabulary of other languages: the head nouns and type words of unit names as German, Dutch,
//! Scandinavian, Finnish, Polish, Romance-language and Latin American armies write them, with their
//! English words. Outlets quote a unit in its own language ("III Brigada de Infantería", "12.
//! Panzerdivision", "Skaraborgs regemente") and name it in English elsewhere ("3rd Infantry Brigade",
//! "12th Armoured Division", "Skaraborg Regiment"): the recognizer finds the first by these heads, and
//! [`english`] reads it into the second so that the two link.

use std::sync::OnceLock;

use super::lexicon::{self, FastMap};

/// Head nouns that open a unit's name (head first, as in the Romance languages and Polish), with the
/// English head. Words spelled as in English ("Brigade", "Division") are English heads already.
const HEAD_FIRST: &[(&str, &str)] = &[
    ("brigada", "Brigade"),
    ("brigata", "Brigade"),
    ("brygada", "Brigade"),
    ("división", "Division"),
    ("divisão", "Division"),
    ("divisione", "Division"),
    ("dywizja", "Division"),
    ("divizia", "Division"),
    ("regimiento", "Regiment"),
    ("regimento", "Regiment"),
    ("reggimento", "Regiment"),
    ("régiment", "Regiment"),
    ("regimentul", "Regiment"),
    ("pułk", "Regiment"),
    ("batallón", "Battalion"),
    ("batalhão", "Battalion"),
    ("battaglione", "Battalion"),
    ("bataillon", "Battalion"),
    ("batalion", "Battalion"),
    ("batalionul", "Battalion"),
    ("escuadrón", "Squadron"),
    ("esquadrão", "Squadron"),
    ("escadron", "Squadron"),
    ("escadre", "Wing"),
    ("agrupación", "Group"),
    ("agrupamento", "Group"),
    ("comando", "Command"),
    ("commandement", "Command"),
    ("fuerza", "Force"),
    ("força", "Force"),
    ("forza", "Force"),
    ("cuerpo", "Corps"),
    ("corpo", "Corps"),
    ("corpul", "Corps"),
    ("région", "Region"),
    ("región", "Region"),
    ("região", "Region"),
    ("regione", "Region"),
    ("regiunea", "Region"),
    ("flota", "Fleet"),
    ("frota", "Fleet"),
    ("flotta", "Fleet"),
    // The Spanish Navy's and Legion's regiments: "Tercio de Valdoria".
    ("tercio", "Regiment"),
    // Dutch: "Korps Velmtroepen".
    ("korps", "Corps"),
];

/// Heads that name much besides units ("Comando" is also a commando raid, "Fuerza" a political
/// party): a name opened by one needs a number or a unit's type word after it.
const WEAK_HEADS: &[&str] = &[
    "comando",
    "commandement",
    "fuerza",
    "força",
    "forza",
    "cuerpo",
    "agrupación",
    "agrupamento",
    "corpo",
    "région",
    "región",
    "região",
    "regione",
    "regiunea",
    "flota",
    "frota",
    "flotta",
];

/// Endings of head-final compound names ("Panzerdivision", "Panssariprikaati"), with the English head.
const COMPOUND_ENDS: &[(&str, &str)] = &[
    ("brigade", "Brigade"),
    ("bataillon", "Battalion"),
    ("bataljon", "Battalion"),
    ("regiment", "Regiment"),
    ("regementet", "Regiment"),
    ("regemente", "Regiment"),
    ("division", "Division"),
    ("divisie", "Division"),
    ("korps", "Corps"),
    ("geschwader", "Wing"),
    ("kommando", "Command"),
    ("flottille", "Flotilla"),
    ("flottilj", "Flotilla"),
    ("prikaati", "Brigade"),
    ("rykmentti", "Regiment"),
    ("pataljoona", "Battalion"),
    ("divisioona", "Division"),
];

/// Heads written in lower case after the name they belong to, in the genitive ("Skaraborgs regemente",
/// "Porin prikaati", "Skaraborgs brigad").
const GENITIVE_HEADS: &[(&str, &str)] = &[
    ("regemente", "Regiment"),
    ("regementet", "Regiment"),
    ("brigad", "Brigade"),
    ("brigaden", "Brigade"),
    ("bataljon", "Battalion"),
    ("flottilj", "Flotilla"),
    ("prikaati", "Brigade"),
    ("rykmentti", "Regiment"),
    ("pataljoona", "Battalion"),
];

/// Type words of unit names (and the first parts of compounds), with the English word.
const TYPE_WORDS: &[(&str, &str)] = &[
    // Spanish, Portuguese, French, Italian, Romanian.
    ("montaña", "Mountain"),
    ("montanha", "Mountain"),
    ("montagne", "Mountain"),
    ("montagna", "Mountain"),
    ("munte", "Mountain"),
    ("infantería", "Infantry"),
    ("infantaria", "Infantry"),
    ("infanterie", "Infantry"),
    ("fanteria", "Infantry"),
    ("blindada", "Armoured"),
    ("blindado", "Armoured"),
    ("blindados", "Armoured"),
    ("blindée", "Armoured"),
    ("blindé", "Armoured"),
    ("acorazada", "Armoured"),
    ("acorazado", "Armoured"),
    ("corazzata", "Armoured"),
    ("mecanizada", "Mechanized"),
    ("mecanizado", "Mechanized"),
    ("mécanisée", "Mechanized"),
    ("meccanizzata", "Mechanized"),
    ("mecanizată", "Mechanized"),
    ("motorizada", "Motorized"),
    ("motorizado", "Motorized"),
    ("motorisée", "Motorized"),
    ("motorizzata", "Motorized"),
    ("paracaidista", "Parachute"),
    ("paracaidistas", "Parachute"),
    ("paraquedista", "Parachute"),
    ("paraquedistas", "Parachute"),
    ("parachutiste", "Parachute"),
    ("parachutistes", "Parachute"),
    ("paracadutisti", "Parachute"),
    ("paracadutista", "Parachute"),
    ("aerotransportada", "Airborne"),
    ("aerotransportado", "Airborne"),
    ("aeroportée", "Airborne"),
    ("aerotrasportata", "Airborne"),
    ("aeromóvil", "Airmobile"),
    ("aeromóvel", "Airmobile"),
    ("caballería", "Cavalry"),
    ("cavalaria", "Cavalry"),
    ("cavalerie", "Cavalry"),
    ("cavalleria", "Cavalry"),
    ("artillería", "Artillery"),
    ("artilharia", "Artillery"),
    ("artillerie", "Artillery"),
    ("artiglieria", "Artillery"),
    ("ingenieros", "Engineer"),
    ("engenharia", "Engineer"),
    ("génie", "Engineer"),
    ("genio", "Engineer"),
    ("aviación", "Aviation"),
    ("aviação", "Aviation"),
    ("aviazione", "Aviation"),
    ("ejército", "Army"),
    ("exército", "Army"),
    ("armée", "Army"),
    ("esercito", "Army"),
    ("marina", "Naval"),
    ("marinha", "Naval"),
    ("fuzileiros", "Marine"),
    ("fusileros", "Marine"),
    ("fuerzas", "Forces"),
    ("forças", "Forces"),
    ("especiales", "Special"),
    ("especial", "Special"),
    ("especiais", "Special"),
    ("spéciales", "Special"),
    ("speciali", "Special"),
    ("ligera", "Light"),
    ("ligero", "Light"),
    ("légère", "Light"),
    ("leggera", "Light"),
    ("selva", "Jungle"),
    ("reforzado", "Reinforced"),
    ("reforzada", "Reinforced"),
    ("reforçado", "Reinforced"),
    ("comunicaciones", "Signals"),
    ("comunicações", "Signals"),
    ("transmissions", "Signals"),
    ("reconocimiento", "Reconnaissance"),
    ("reconhecimento", "Reconnaissance"),
    ("asalto", "Assault"),
    ("assalto", "Assault"),
    ("tarea", "Task"),
    ("paz", "Peace"),
    ("conjunta", "Joint"),
    ("conjunto", "Joint"),
    ("binacional", "Binational"),
    ("operaciones", "Operations"),
    ("operações", "Operations"),
    ("despliegue", "Deployment"),
    ("rápido", "Rapid"),
    ("rápida", "Rapid"),
    ("militaire", "Military"),
    ("militar", "Military"),
    ("militare", "Military"),
    ("militară", "Military"),
    ("naval", "Naval"),
    ("navale", "Naval"),
    ("aérienne", "Air"),
    ("aérea", "Air"),
    ("aerea", "Air"),
    ("aeriană", "Air"),
    ("intervention", "Intervention"),
    ("intervención", "Intervention"),
    ("intervenção", "Intervention"),
    ("intervento", "Intervention"),
    ("autonome", "Autonomous"),
    ("autónomo", "Autonomous"),
    ("autónoma", "Autonomous"),
    ("commando", "Commando"),
    ("commandos", "Commando"),
    ("rapide", "Rapid"),
    ("forces", "Forces"),
    // Polish.
    ("zmechanizowana", "Mechanized"),
    ("zmechanizowanej", "Mechanized"),
    ("pancerna", "Armoured"),
    ("pancernej", "Armoured"),
    ("górska", "Mountain"),
    ("powietrznodesantowa", "Airborne"),
    ("kawalerii", "Cavalry"),
    ("artylerii", "Artillery"),
    ("zmotoryzowana", "Motorized"),
    // German, Dutch, Scandinavian and Finnish, also as the first part of a compound.
    ("panzergrenadier", "Armoured Infantry"),
    ("panzer", "Armoured"),
    ("pantser", "Armoured"),
    ("pansar", "Armoured"),
    ("panssari", "Armoured"),
    ("gebirgsjäger", "Mountain"),
    ("gebirgs", "Mountain"),
    ("fallschirmjäger", "Parachute"),
    ("luftlande", "Airborne"),
    ("luchtmobiele", "Airmobile"),
    ("gemechaniseerde", "Mechanized"),
    ("lichte", "Light"),
    ("mekaniserte", "Mechanized"),
    ("pansrede", "Armoured"),
    ("jäger", "Jaeger"),
    ("jaeger", "Jaeger"),
    ("jägar", "Jaeger"),
    ("jääkäri", "Jaeger"),
    ("artilleri", "Artillery"),
    ("tykistö", "Artillery"),
    ("pionier", "Engineer"),
    ("pioneeri", "Engineer"),
    ("ingenjör", "Engineer"),
    ("aufklärungs", "Reconnaissance"),
    ("fernmelde", "Signals"),
    ("viesti", "Signals"),
    ("versorgungs", "Logistics"),
    ("huolto", "Logistics"),
    ("jagd", "Fighter"),
    ("amfibie", "Amphibious"),
    ("rannikko", "Coastal"),
    ("kaartin", "Guards"),
];

/// Type words that are also common English words or names ("Marina", "Selva", "Paz"): not enough alone
/// to make a number before them a unit's.
const AMBIGUOUS_TYPES: &[&str] = &[
    "marina",
    "selva",
    "paz",
    "genio",
    "tarea",
    "panzer",
    "jaeger",
    "conjunto",
    "especial",
    "naval",
    "intervention",
    "commando",
    "commandos",
    "forces",
];

/// True for a type word that says on its own that the words around it are another language's.
pub fn distinct_type_word(word: &str) -> bool {
    type_word(word).is_some()
        && !AMBIGUOUS_TYPES
            .iter()
            .any(|a| eq_lower(without_elision(word), a))
}

/// Particles inside head-first names ("Brigada de Infantería", "Fuerza de Tarea", "Régiment du Génie").
const PARTICLES: &[&str] = &[
    "de", "del", "da", "do", "das", "dos", "di", "della", "du", "des", "la",
];

/// Marks of a number written after the head ("Regimiento N°3", "Batalhão Nº 5", "Pułk nr 1").
const NUMBER_MARKS: &[&str] = &["N", "Nº", "N°", "No", "Nr", "nr", "nº", "n°", "n"];

/// True when `word` lower-cased is `lower` (which is lower case), without a copy.
fn eq_lower(word: &str, lower: &str) -> bool {
    // Lengths first (lower-casing changes a word's length by two bytes at most): most words are passed
    // over before their bytes are read.
    if word.len().abs_diff(lower.len()) > 2 {
        return false;
    }
    if word.is_ascii() {
        return word.eq_ignore_ascii_case(lower);
    }
    word.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

fn lookup(table: &[(&str, &'static str)], word: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|(k, _)| eq_lower(word, k))
        .map(|(_, e)| *e)
}

/// The English head of a head-first unit noun ("Brigada" → "Brigade"), and whether the noun is weak
/// (names much besides units).
pub fn head_first(word: &str) -> Option<(&'static str, bool)> {
    // The cheap test first: every head starts and ends with one of the table's letters and has five to
    // fourteen letters.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    const FIRST: [bool; 256] = first_letters(HEAD_FIRST);
    const LAST: [bool; 256] = last_letters(HEAD_FIRST);
    if !FIRST[usize::from(first)] || !(5..=14).contains(&word.len()) || !may_end_as(&LAST, word) {
        return None;
    }
    static INDEX: OnceLock<FastMap<&'static [u8], usize>> = OnceLock::new();
    let i = find_lower(INDEX.get_or_init(|| index_of(HEAD_FIRST)), word)?;
    let (k, head) = HEAD_FIRST.get(i)?;
    Some((head, WEAK_HEADS.contains(k)))
}

/// The entries of `table` by their word (the first of two alike): the recognizer looks most capitalized
/// words up in the tables of heads and ordinals, and one hash of a word costs less than comparing it
/// with every entry.
fn index_of<T>(table: &'static [(&'static str, T)]) -> FastMap<&'static [u8], usize> {
    let mut index = FastMap::default();
    for (i, (k, _)) in table.iter().enumerate() {
        index.entry(k.as_bytes()).or_insert(i);
    }
    index
}

/// The entry of `index` that `word` reads lower-cased, as [`eq_lower`] compares. The entries are short
/// words: a word is lower-cased into a buffer on the stack, and one whose lower case would not fit is
/// none of them.
fn find_lower(index: &FastMap<&'static [u8], usize>, word: &str) -> Option<usize> {
    let mut buf = [0u8; 32];
    let mut n = 0;
    if word.is_ascii() {
        let lower = buf.get_mut(..word.len())?;
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        n = word.len();
    } else {
        for c in word.chars().flat_map(char::to_lowercase) {
            n += c.encode_utf8(buf.get_mut(n..n + c.len_utf8())?).len();
        }
    }
    let (&key, &i) = index.get_key_value(buf.get(..n)?)?;
    // The key is an entry's word: its length decides as [`eq_lower`] would.
    (word.len().abs_diff(key.len()) <= 2).then_some(i)
}

/// A compound that ends in a unit head, split: "Panzerdivision" → ("Panzer", "Division"). The first
/// part is four letters or more ("Subdivision" is no unit).
pub fn compound(word: &str) -> Option<(&str, &'static str)> {
    let b = word.as_bytes();
    // Asked of most capitalized words: the length and the last letter rule out nearly all of them
    // before any ending is compared.
    const SHORTEST_END: usize = shortest_key(COMPOUND_ENDS);
    const LAST_LETTERS: [bool; 256] = last_letters(COMPOUND_ENDS);
    if b.len() < SHORTEST_END + 4
        || !b
            .last()
            .is_some_and(|&x| LAST_LETTERS[usize::from(x.to_ascii_lowercase())])
    {
        return None;
    }
    COMPOUND_ENDS.iter().find_map(|(end, head)| {
        let cut = b.len().checked_sub(end.len())?;
        // The endings are ASCII: the cut is a character boundary when they match.
        (b[cut..].eq_ignore_ascii_case(end.as_bytes()) && word.get(..cut)?.chars().count() >= 4)
            .then(|| (&word[..cut], *head))
    })
}

/// The length in bytes of the shortest word of `table`.
const fn shortest_key(table: &[(&str, &str)]) -> usize {
    let mut n = usize::MAX;
    let mut i = 0;
    while i < table.len() {
        if table[i].0.len() < n {
            n = table[i].0.len();
        }
        i += 1;
    }
    n
}

/// The first letters, lower-cased, of a table's words: a word starting otherwise is none of them.
const fn first_letters<T>(table: &[(&str, T)]) -> [bool; 256] {
    let mut set = [false; 256];
    let mut i = 0;
    while i < table.len() {
        let b = table[i].0.as_bytes();
        if !b.is_empty() {
            set[b[0].to_ascii_lowercase() as usize] = true;
        }
        i += 1;
    }
    set
}

/// The last bytes (lower case) of the words of `table`.
const fn last_letters<T>(table: &[(&str, T)]) -> [bool; 256] {
    let mut set = [false; 256];
    let mut i = 0;
    while i < table.len() {
        let b = table[i].0.as_bytes();
        if !b.is_empty() {
            set[b[b.len() - 1].to_ascii_lowercase() as usize] = true;
        }
        i += 1;
    }
    set
}

/// False when `word`, lower-cased, cannot end as a word of the table whose [`last_letters`] are `set`
/// ends: its last letter is ASCII and none ends so. A word ending in another letter may.
fn may_end_as(set: &[bool; 256], word: &str) -> bool {
    word.as_bytes()
        .last()
        .is_some_and(|&b| !b.is_ascii() || set[usize::from(b.to_ascii_lowercase())])
}

/// The English head of a lower-case head written after a name in the genitive ("regemente").
pub fn genitive_head(word: &str) -> Option<&'static str> {
    GENITIVE_HEADS
        .iter()
        .find(|(k, _)| *k == word)
        .map(|(_, e)| *e)
}

/// The English of a unit's type word ("Montaña" → "Mountain", "Panzer" → "Armoured").
pub fn type_word(word: &str) -> Option<&'static str> {
    lookup(TYPE_WORDS, without_elision(word))
}

/// "d’intervention", "d'infanterie": a type word after an elided preposition, which says on its own
/// that the word is French or Italian.
pub fn elided_type_word(word: &str) -> bool {
    without_elision(word).len() < word.len() && type_word(word).is_some()
}

/// True for the article or preposition French and Italian elide before a word ("d’", "l’"), when
/// the apostrophe is a token of its own.
pub fn elided(word: &str) -> bool {
    matches!(word, "d" | "l")
}

/// True for a particle inside a head-first name ("de", "del").
pub fn particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// True for a mark of a number after a head ("N°", "Nº", "Nr").
pub fn number_mark(word: &str) -> bool {
    NUMBER_MARKS.contains(&word.trim_end_matches('.'))
}

/// "Nº3": a number mark and the number in one word.
pub fn marked(word: &str) -> bool {
    marked_number(word, None).is_some()
}

/// True when a compound ends in a Finnish head ("Panssariprikaati"): Finnish names its units in one
/// word, with no number.
pub fn finnish_compound(word: &str) -> bool {
    ["prikaati", "rykmentti", "pataljoona", "divisioona"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// A cheap test that a unit's name may hold a word of another language: a word with a letter outside
/// ASCII, a head-first noun, a genitive head, a compound's ending or a written ordinal. English names,
/// most of those linked, fail it without a copy.
fn maybe_foreign(name: &str) -> bool {
    name.split(' ').any(|w| {
        !w.is_ascii()
            || head_first(w).is_some()
            || genitive_head(w).is_some()
            || w.len() >= 9 && compound(w).is_some()
            || w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_digit())
            || w.starts_with(['N', 'n']) && marked(w)
            || eq_lower(w, "zona")
            || compass(w).is_some()
            || ordinal_word(w).is_some()
    })
}

/// An ordinal as German, Polish, French, Spanish and Portuguese write it: "10.", "2e", "1er", "1ª", "3º".
/// Returns its value.
pub fn written_ordinal(word: &str) -> Option<u32> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let suffix = &word[digits..];
    matches!(
        suffix,
        "." | "e" | "er" | "re" | "ème" | "ª" | "º" | ".ª" | ".º" | "o" | "a"
    )
    .then(|| word[..digits].parse().ok())
    .flatten()
}

/// Ordinal words of the Romance languages, by value: "Tercera División" is the "Third Division",
/// "Troisième Région" the "Third Region". A word may have several forms (gender, elision).
const ORDINAL_WORDS: &[(&str, u32)] = &[
    ("primera", 1),
    ("primero", 1),
    ("primer", 1),
    ("primeira", 1),
    ("primeiro", 1),
    ("prima", 1),
    ("primo", 1),
    ("première", 1),
    ("premier", 1),
    ("segunda", 2),
    ("segundo", 2),
    ("seconda", 2),
    ("secondo", 2),
    ("deuxième", 2),
    ("tercera", 3),
    ("tercero", 3),
    ("tercer", 3),
    ("terceira", 3),
    ("terceiro", 3),
    ("terza", 3),
    ("terzo", 3),
    ("troisième", 3),
    ("cuarta", 4),
    ("cuarto", 4),
    ("quarta", 4),
    ("quarto", 4),
    ("quatrième", 4),
    ("quinta", 5),
    ("quinto", 5),
    ("cinquième", 5),
    ("sexta", 6),
    ("sexto", 6),
    ("sesta", 6),
    ("sesto", 6),
    ("sixième", 6),
    ("séptima", 7),
    ("séptimo", 7),
    ("sétima", 7),
    ("sétimo", 7),
    ("settima", 7),
    ("settimo", 7),
    ("septième", 7),
    ("octava", 8),
    ("octavo", 8),
    ("oitava", 8),
    ("oitavo", 8),
    ("ottava", 8),
    ("ottavo", 8),
    ("huitième", 8),
    ("novena", 9),
    ("noveno", 9),
    ("nona", 9),
    ("nono", 9),
    ("neuvième", 9),
    ("décima", 10),
    ("décimo", 10),
    ("decima", 10),
    ("decimo", 10),
    ("dixième", 10),
];

/// The value of a Romance-language ordinal word ("Tercera" → 3).
pub fn ordinal_word(word: &str) -> Option<u32> {
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    const LAST: [bool; 256] = last_letters(ORDINAL_WORDS);
    if !b"cdhnopqst".contains(&first) || !(4..=11).contains(&word.len()) || !may_end_as(&LAST, word)
    {
        return None;
    }
    static INDEX: OnceLock<FastMap<&'static [u8], usize>> = OnceLock::new();
    let i = find_lower(INDEX.get_or_init(|| index_of(ORDINAL_WORDS)), word)?;
    ORDINAL_WORDS.get(i).map(|(_, n)| *n)
}

/// Points of the compass as other languages name a region, zone or command by them ("Zone Sud",
/// "Comando Sur", "Región Norte"), with the English adjective ("Southern Zone", "Southern Command").
/// English and British words ("Central", "Centre") are not here: they are English names already.
const COMPASS: &[(&str, &str)] = &[
    ("sud", "Southern"),
    ("sur", "Southern"),
    ("sul", "Southern"),
    ("süd", "Southern"),
    ("nord", "Northern"),
    ("norte", "Northern"),
    ("est", "Eastern"),
    ("este", "Eastern"),
    ("leste", "Eastern"),
    ("ost", "Eastern"),
    ("ouest", "Western"),
    ("oeste", "Western"),
    ("centro", "Central"),
];

/// The English adjective of a compass word in another language ("Sud" → "Southern").
pub fn compass(word: &str) -> Option<&'static str> {
    if !(3..=6).contains(&word.len()) {
        return None;
    }
    lookup(COMPASS, word)
}

/// Heads read only when a unit's name is keyed, never to find one: "Zona" and "Zone" number and name
/// much else ("Zone 1" of a map), so "Zone Sud" is a unit only when the recognizer found it otherwise.
pub fn zone_head(word: &str) -> bool {
    eq_lower(word, "zona") || eq_lower(word, "zone")
}

/// The English head of a lower-case head after another language's written ordinal ("1re brigade",
/// "23e bataillon", "5e région"): French writes a unit's name in lower case after its number.
pub fn lower_head(word: &str) -> Option<&'static str> {
    if !word.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    head_first(word)
        .map(|(h, _)| h)
        .or_else(|| lower_english_head(word, false))
}

/// "1re brigade", "2e division": French writes a unit's head in lower case, in the words English uses.
/// Capitalized, the word is a head of another language's name only after that language's ordinal ("2e
/// Brigade blindée"): "Multinational Brigade – Latvia" is English.
fn lower_english_head(word: &str, foreign_number: bool) -> Option<&'static str> {
    if !foreign_number && !word.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    [
        ("brigade", "Brigade"),
        ("division", "Division"),
        ("corps", "Corps"),
        ("escadrille", "Squadron"),
        ("flotte", "Fleet"),
        ("armée", "Army"),
    ]
    .iter()
    .find(|(k, _)| eq_lower(word, k))
    .map(|(_, e)| *e)
}

/// "d’infanterie", "l’Armée": the article or preposition elided before a word of a French or Italian
/// name.
fn without_elision(word: &str) -> &str {
    for p in ["d'", "d’", "l'", "l’", "D'", "D’", "L'", "L’"] {
        if let Some(rest) = word.strip_prefix(p)
            && !rest.is_empty()
        {
            return rest;
        }
    }
    word
}

/// The English name of a unit named in another language, number first, as English names are
/// written: "III Brigada de Infantería" → "3rd Infantry Brigade", "Panzerbrigade 12" → "12th Armoured
/// Brigade", "12. Panzerdivision" → "12th Armoured Division", "Regimiento de Caballería N° 4
/// Coraceros" → "4th Cavalry Coraceros Regiment", "Skaraborgs regemente" → "Skaraborg Regiment". `None` for a name in
/// English (no foreign head).
pub fn english(name: &str) -> Option<String> {
    if !maybe_foreign(name) {
        return None;
    }
    let words: Vec<&str> = name
        .split([' ', '\u{a0}'])
        .filter(|w| !w.is_empty())
        .collect();
    let mut number: Option<u32> = None;
    let mut head: Option<&'static str> = None;
    let mut types: Vec<&'static str> = Vec::new();
    let mut own: Vec<String> = Vec::new();
    let mut head_first_name = false;
    // The number was written as another language writes it ("2e", "1ª", "Tercera").
    let mut foreign_number = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let bare = without_elision(w.trim_end_matches(','));
        let after_particle = i > 0 && particle(&words[i - 1].to_lowercase());
        if number.is_none()
            && let Some((n, took)) = marked_number(bare, words.get(i + 1).copied())
        {
            number = Some(n);
            i += took;
        } else if number.is_none()
            && let Some(n) = written_ordinal(bare)
        {
            number = Some(n);
            foreign_number = true;
        } else if number.is_none()
            && let Some(n) = (bare.len() <= 4 && bare.bytes().all(|b| b.is_ascii_digit()))
                .then(|| bare.parse().ok())
                .flatten()
        {
            number = Some(n);
        } else if number.is_none()
            && bare.bytes().all(|b| b.is_ascii_uppercase())
            && let Some(n) = lexicon::roman_numeral(bare).filter(|&n| n < 100)
        {
            number = Some(n);
        } else if number.is_none()
            && let Some(n) = ordinal_word(bare)
        {
            number = Some(n);
            foreign_number = true;
        } else if head.is_none()
            && let Some(h) = head_first(bare)
                .map(|(h, _)| h)
                .or_else(|| zone_head(bare).then_some("Zone"))
                .or_else(|| lower_english_head(bare, foreign_number))
        {
            head = Some(h);
            head_first_name = types.is_empty();
        } else if head.is_none()
            && let Some(h) = genitive_head(bare)
        {
            head = Some(h);
            // "Skaraborgs regemente", "Karjalan prikaati": the name before it is in the genitive.
            if let Some(last) = own.pop() {
                let stem = last
                    .strip_suffix('s')
                    .or_else(|| last.strip_suffix('n'))
                    .filter(|s| s.chars().count() >= 3)
                    .unwrap_or(&last);
                own.push(stem.to_string());
            }
        } else if head.is_none()
            && let Some((prefix, h)) = compound(bare)
        {
            head = Some(h);
            match type_word(prefix) {
                Some(t) => types.push(t),
                None => own.push(prefix.to_string()),
            }
        } else if particle(bare) || particle(&bare.to_lowercase()) {
        } else if let Some(t) = type_word(bare) {
            types.push(t);
        } else if let Some(t) = compass(bare).filter(|_| !after_particle) {
            // "Zone Sud", "Comando Sur"; "Cruz del Sur" is a name.
            types.push(t);
        } else {
            own.push(bare.to_string());
        }
        i += 1;
    }
    let head = head?;
    // "Brigada de Infantería Paracaidista", "Cuerpo de Fuerzas Especiales": after a head that comes
    // first, each word qualifies the one before, so English reads them backwards ("Parachute Infantry
    // Brigade", "Special Forces Corps"); "Infantería de Marina" is naval infantry.
    if head_first_name {
        types.reverse();
    }
    let mut out = String::new();
    if let Some(n) = number {
        out.push_str(&ordinal(n));
        out.push(' ');
    }
    // "Fuerza de Tarea Conjunta Centauro" is the "Centauro Joint Task Force": English puts an unnumbered
    // formation's own name first. A numbered one keeps it after its type ("4th Cavalry Coraceros
    // Regiment").
    let own_first = number.is_none();
    let own_words = own.join(" ");
    if own_first && !own_words.is_empty() {
        out.push_str(&own_words);
        out.push(' ');
    }
    for t in types {
        out.push_str(t);
        out.push(' ');
    }
    if !own_first && !own_words.is_empty() {
        out.push_str(&own_words);
        out.push(' ');
    }
    out.push_str(head);
    Some(out)
}

/// "N°3", "Nº 3", "No. 3", "nr 1": a number after its mark, as one word or two. Returns the number and
/// how many words beyond the first it took.
fn marked_number(word: &str, next: Option<&str>) -> Option<(u32, usize)> {
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    match word.find(|c: char| c.is_ascii_digit()) {
        Some(at) if at > 0 => {
            let (mark, n) = word.split_at(at);
            (number_mark(mark) && digits(n)).then(|| Some((n.parse().ok()?, 0)))?
        }
        Some(_) => None,
        None => {
            let n = next.filter(|n| number_mark(word) && digits(n))?;
            Some((n.parse().ok()?, 1))
        }
    }
}

/// "8" → "8th", "3" → "3rd", "11" → "11th".
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::{compound, english, head_first, written_ordinal};

    #[test]
    fn lower_case_comparison_agrees_with_lower_casing_every_letter() {
        let slow = |w: &str, l: &str| w.chars().flat_map(char::to_lowercase).eq(l.chars());
        for w in [
            "Brigada",
            "BRIGADA",
            "División",
            "Élite",
            "İzmir",
            "Ärmee",
            "brigada",
            "",
            "B",
        ] {
            for l in [
                "brigada",
                "división",
                "élite",
                "i̇zmir",
                "ärmee",
                "",
                "b",
                "armée",
            ] {
                let near = w.len() <= l.len() + 2 && w.len() + 2 >= l.len();
                assert_eq!(super::eq_lower(w, l), near && slow(w, l), "{w} {l}");
            }
        }
    }

    #[test]
    fn names_in_other_languages_read_in_english() {
        let cases = [
            ("VIII Brigada de Montaña", "8th Mountain Brigade"),
            ("II División de Ejército", "2nd Army Division"),
            (
                "Regimiento Reforzado N°3 Yungay",
                "3rd Reinforced Yungay Regiment",
            ),
            ("Regimiento de Infantería Nº 1", "1st Infantry Regiment"),
            (
                "Batalhão de Infantaria de Selva No 7",
                "7th Jungle Infantry Battalion",
            ),
            ("Panzerbrigade 45", "45th Armoured Brigade"),
            ("10. Panzerdivision", "10th Armoured Division"),
            ("18. Dywizja Zmechanizowana", "18th Mechanized Division"),
            ("Norrbottens regemente", "Norrbotten Regiment"),
            ("Porin prikaati", "Pori Brigade"),
            ("Jääkäriprikaati", "Jaeger Brigade"),
            (
                "2e Régiment Étranger de Parachutistes",
                "2nd Parachute Étranger Regiment",
            ),
            ("Brigada de Infantería de Marina", "Naval Infantry Brigade"),
            ("Cuerpo de Fuerzas Especiales", "Special Forces Corps"),
            (
                "Brigada de Infantería Paracaidista",
                "Parachute Infantry Brigade",
            ),
            (
                "Fuerza de Paz Binacional Cruz del Sur",
                "Cruz Sur Binational Peace Force",
            ),
            (
                "Fuerza de Tarea Conjunta Centauro",
                "Centauro Joint Task Force",
            ),
            ("Tercera División", "3rd Division"),
            ("3e Région militaire", "3rd Military Region"),
            ("Troisième Région Militaire", "3rd Military Region"),
            ("Zone Sud", "Southern Zone"),
            ("Comando Sur", "Southern Command"),
            ("Zona Militar Norte", "Northern Military Zone"),
            (
                "2e brigade d’infanterie parachutiste",
                "2nd Parachute Infantry Brigade",
            ),
            (
                "23e bataillon d'intervention rapide",
                "23rd Rapid Intervention Battalion",
            ),
            (
                "Fuerza de Despliegue Rápido No. 6",
                "6th Rapid Deployment Force",
            ),
            ("Batallón de Infantería No. 14", "14th Infantry Battalion"),
            ("Quinta Brigada de Montaña", "5th Mountain Brigade"),
            ("2e Brigade blindée", "2nd Armoured Brigade"),
            (
                "Bataillon autonome des forces spéciales",
                "Special Forces Autonomous Battalion",
            ),
            ("Reggimento Alpini 9", "9th Alpini Regiment"),
            ("Jagdgeschwader 73", "73rd Fighter Wing"),
        ];
        for (name, want) in cases {
            assert_eq!(english(name).as_deref(), Some(want), "{name}");
        }
    }

    #[test]
    fn english_names_and_other_words_are_left_alone() {
        for name in [
            "8th Mountain Brigade",
            "Caspian Flotilla",
            "45th Armoured Brigade",
            "Subdivision 4",
            "Task Force 61",
            "Southern Zone",
            "3rd Naval Zone",
            "Sur Battalion",
            "Quinta Street",
            "Multinational Brigade – Latvia",
            "Žalgiris Brigade",
            "Kościuszko Division",
        ] {
            assert_eq!(english(name), None, "{name}");
        }
        assert_eq!(compound("Subdivision"), None);
        assert_eq!(compound("Brigade"), None);
        assert_eq!(
            compound("Panzergrenadierbrigade"),
            Some(("Panzergrenadier", "Brigade"))
        );
        assert_eq!(head_first("Brigada"), Some(("Brigade", false)));
        assert_eq!(head_first("FUERZA"), Some(("Force", true)));
        assert_eq!(head_first("Brigade"), None);
        assert_eq!(written_ordinal("10."), Some(10));
        assert_eq!(written_ordinal("1ª"), Some(1));
        assert_eq!(written_ordinal("2e"), Some(2));
        assert_eq!(written_ordinal("2010"), None);
        assert_eq!(written_ordinal("10th"), None);
    }
}
