//! Units across articles: the keys their names link on, and the bare acronyms an article uses for a
//! unit another article introduced ("the SSG returned" after "the Special Service Group (SSG)").

use std::collections::HashMap;
use std::ops::Range;

use crate::corpus::Article;
use crate::entity::{Entity, EntityId, Kind};
use crate::recognize::{foreign_unit, translit};

/// An acronym distinctive enough to find by its spelling alone: three or more capitals, perhaps with
/// digits or hyphens ("SSG", "MNB-LVA", "AFRICOM"), and no lower case.
fn acronym(s: &str) -> bool {
    s.bytes().filter(u8::is_ascii_uppercase).count() >= 3
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

/// An organization known only by an acronym no article spells out ("the SSG returned"): an article
/// that uses a unit's acronym bare reads as one of these before the corpus is seen whole.
fn bare_acronym_org(e: &Entity) -> bool {
    e.kind == Kind::Organization && e.aliases.is_empty() && acronym(&e.name)
}

/// Adds the mentions of units' acronyms in articles that use them bare, and gives a unit the mentions of
/// an organization known only by its acronym. An acronym that names anything else in the corpus (an
/// organization spelled out, another unit) is left alone: which one is meant is unknown.
pub fn add_acronym_mentions(articles: &[Article], entities: &mut Vec<Entity>) {
    let mut by_name: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if bare_acronym_org(e) {
            continue;
        }
        for n in std::iter::once(&e.name).chain(&e.aliases) {
            if !acronym(n) {
                continue;
            }
            let owner = (e.kind == Kind::Unit).then_some(i);
            let slot = by_name.entry(n.as_str()).or_insert(owner);
            if *slot != owner {
                *slot = None;
            }
        }
    }
    let mut owners: Vec<(String, usize)> = by_name
        .into_iter()
        .filter_map(|(n, o)| Some((n.to_string(), o?)))
        .collect();
    owners.sort_unstable();
    // Organizations that are a unit's acronym go to the unit.
    let mut absorbed = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        if bare_acronym_org(e)
            && let Ok(o) = owners.binary_search_by(|(n, _)| n.as_str().cmp(e.name.as_str()))
        {
            absorbed.push((i, owners[o].1));
        }
    }
    for &(i, owner) in &absorbed {
        let mentions = std::mem::take(&mut entities[i].mentions);
        entities[owner].mentions.extend(mentions);
    }
    if !absorbed.is_empty() {
        // One pass, however many go: each removal alone would move every entity after it.
        let mut gone = vec![false; entities.len()];
        for &(i, _) in &absorbed {
            gone[i] = true;
        }
        let mut at = 0;
        entities.retain(|_| {
            at += 1;
            !gone[at - 1]
        });
        for (i, e) in entities.iter_mut().enumerate() {
            e.id = EntityId(i as u32);
        }
        // Owners' positions moved with the removals.
        return add_acronym_mentions(articles, entities);
    }
    owners.extend(spoken_acronyms(&owners));
    super::bare::add_mentions(articles, entities, &owners, whole_word);
}

/// "KAZBRIG" / "Kazbrig": an acronym of six letters or more is read as a word, and outlets write it so,
/// with only its first letter a capital. Each such spelling, with the owner of its acronym.
fn spoken_acronyms(owners: &[(String, usize)]) -> Vec<(String, usize)> {
    owners
        .iter()
        .filter(|(n, _)| n.len() >= 6 && n.bytes().all(|b| b.is_ascii_uppercase()))
        .map(|(n, o)| (format!("{}{}", &n[..1], n[1..].to_ascii_lowercase()), *o))
        .filter(|(n, _)| crate::recognize::lexicon::classes(&n.to_ascii_lowercase()) == 0)
        .collect()
}

/// "the 12th ASFB Brigade" of one article and "the 12th Airborne Special Forces Brigade (ASFB)" of
/// another: a unit named by its number, an acronym and its head is the unit of that number and head
/// that the acronym names. `units` gives each unit's item number, name and aliases; the pairs of items
/// to join come back.
pub fn acronym_designations<'a>(
    units: impl Iterator<Item = (usize, &'a str, Vec<&'a str>)>,
) -> Vec<(usize, usize)> {
    // (number, head) of a name that opens with an ordinal and ends in a head.
    fn parts(name: &str) -> Option<(&str, &str)> {
        let (first, _) = name.split_once(' ')?;
        let (_, head) = name.rsplit_once(' ')?;
        let digits = first.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (!digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && crate::recognize::lexicon::classes(head)
                & crate::recognize::lexicon::class::UNIT_HEAD
                != 0)
            .then_some((digits, head))
    }
    let mut by_acronym: HashMap<&str, Vec<(&str, &str, usize)>> = HashMap::new();
    let mut short: Vec<(usize, &str, &str, &str)> = Vec::new();
    let mut names: HashMap<usize, String> = HashMap::new();
    for (i, name, aliases) in units {
        let Some((number, head)) = parts(name) else {
            continue;
        };
        names.insert(i, unit_key(name));
        let words: Vec<&str> = name.split(' ').collect();
        if let [_, middle, _] = words.as_slice()
            && acronym(middle)
        {
            short.push((i, middle, number, head));
            continue;
        }
        for a in aliases {
            if acronym(a) {
                by_acronym.entry(a).or_default().push((number, head, i));
            }
        }
    }
    let mut pairs = Vec::new();
    for (i, a, number, head) in short {
        let candidates: Vec<usize> = by_acronym
            .get(a)
            .into_iter()
            .flatten()
            .filter(|&&(n, h, _)| n == number && h == head)
            .map(|&(_, _, j)| j)
            .collect();
        // Two units of that number and head whose names share the acronym ("12th Special Forces
        // Brigade", "12th Sapper Field Brigade"): which one is meant is unknown.
        let mut keys = candidates.iter().map(|&j| names[&j].as_str());
        let first = keys.next();
        if first.is_some_and(|f| keys.all(|k| k == f)) {
            pairs.extend(candidates.into_iter().map(|j| (j, i)));
        }
    }
    pairs
}

/// True when `r` is not part of a longer word or code in `text`.
fn whole_word(text: &str, r: &Range<usize>) -> bool {
    let code = |c: char| c.is_alphanumeric() || c == '-';
    !text[..r.start].ends_with(code) && !text[r.end..].starts_with(code)
}

/// "Military Region 4", "Brigade 70", "Task Force 51": a designation whose number follows its head, written
/// number first ("4 Military Region") so that it compares with "4th Military Region" of another article.
/// A base keeps its order: "Air Base 201" in Niger is no "201st Military Base" elsewhere, and bases join
/// bases of their number freely.
pub fn number_first(name: &str) -> std::borrow::Cow<'_, str> {
    if let Some((rest, n)) = name.rsplit_once(' ')
        && !rest.ends_with(" Base")
        && !n.is_empty()
        && n.len() <= 4
        && n.bytes().all(|b| b.is_ascii_digit())
        && !rest.starts_with(|c: char| c.is_ascii_digit())
    {
        return format!("{n} {rest}").into();
    }
    name.into()
}

/// A numbered unit's name in the form its number and head compare in: number first, an army's region
/// called its area ("2nd Army Region" → "2nd Army Area"), as `unit_key` also reads them, and a fleet's
/// command called the fleet ("Third Fleet Command" is the "3rd Fleet" in navies that name it so).
pub fn designation(name: &str) -> std::borrow::Cow<'_, str> {
    // "III Brigada de Infantería", "Panzerbrigade 12": a name in another language compares in English.
    match foreign_unit::english(name) {
        Some(english) => english_designation(&english).into_owned().into(),
        None => english_designation(name),
    }
}

fn english_designation(name: &str) -> std::borrow::Cow<'_, str> {
    let name = region_command(name);
    let spelled = common_terms(name);
    let name = match spelled {
        Some(s) => std::borrow::Cow::Owned(number_first(&s).into_owned()),
        None => number_first(name),
    };
    if let Some(battalion) = regimental_battalion(&name) {
        return battalion.into();
    }
    if let Some(army) = name.strip_suffix(" Army Region") {
        return format!("{army} Army Area").into();
    }
    match name.strip_suffix(" Fleet Command") {
        Some(fleet) => format!("{fleet} Fleet").into(),
        None => name,
    }
}

/// One term for what outlets name two ways: a navy's district is its zone in translation ("Third Naval
/// District", "3rd Naval Zone"), type words joined by a hyphen are the same words apart ("3rd
/// Air-Assault Brigade", "3 Air Assault Brigade"), and one Russian term has two translations: a
/// "motor rifle" or "motorized rifle" formation, a group of "troops" or of "forces" ("Operational Group
/// of Russian Troops"). `None` when nothing changes.
fn common_terms(name: &str) -> Option<String> {
    let zone = name.contains(" Naval Zone");
    let joined = name.split(' ').any(type_words_joined);
    let translated = name
        .split(' ')
        .any(|w| matches!(w, "Troops" | "Motorized" | "Motorised"));
    if !zone && !joined && !translated {
        return None;
    }
    let words: Vec<String> = name
        .split(' ')
        .map(|w| {
            if type_words_joined(w) {
                w.replace('-', " ")
            } else {
                one_translation(w).to_string()
            }
        })
        .collect();
    Some(words.join(" ").replace(" Naval Zone", " Naval District"))
}

/// The key of a unit's name that is one word of its own, as the own words of a numbered formation's
/// name key ("Velikanskaya"): a capitalized word of five letters or more, no digit, unknown to the
/// lexicon.
pub fn own_word(name: &str) -> Option<String> {
    let own = name.len() >= 5
        && !name.contains([' ', '-'])
        && name.starts_with(char::is_uppercase)
        && name.chars().skip(1).all(char::is_lowercase)
        && crate::recognize::lexicon::classes(&name.to_ascii_lowercase()) == 0;
    own.then(|| translit::skeleton(&translit::american(&translit::key(name))))
}

/// Heads a formation's own word may stand before in lower case ("the Velikanskaya battalion").
const OWN_WORD_HEADS: &[&str] = &[
    "battalion",
    "brigade",
    "regiment",
    "division",
    "corps",
    "army",
    "fleet",
    "flotilla",
    "squadron",
    "detachment",
    "company",
    "group",
];

/// What the words after a unit's own word say it is: its head and its army's country ("the Velikanskaya
/// battalion of the Serbian army" → "battalion", "Serbia"), read in `text` from the mention's end.
pub fn own_word_reading(text: &str, end: usize) -> (Option<&'static str>, Option<&'static str>) {
    let mut stop = (end + 80).min(text.len());
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    let words: Vec<&str> = text
        .get(end..stop)
        .unwrap_or("")
        .split_whitespace()
        .take(8)
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .collect();
    let heads = words.iter().take(3).enumerate().find_map(|(n, w)| {
        let lower = w.to_ascii_lowercase();
        let singular = lower
            .strip_suffix('s')
            .filter(|s| *s != "corp")
            .unwrap_or(&lower);
        OWN_WORD_HEADS
            .iter()
            .find(|h| **h == singular)
            .map(|h| (n, *h))
    });
    let Some((n, head)) = heads else {
        return (None, None);
    };
    // "of the Serbian army", "of Serbia's army".
    let country = match words.get(n + 1..) {
        Some(["of", "the", w, ..]) | Some(["of", w, ..]) => {
            let bare = w
                .strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w);
            crate::recognize::lexicon::country_of(bare)
        }
        _ => None,
    };
    (Some(head), country)
}

/// "Kifaru Brigade" → the key of "Kifaru": a formation named by one word of its own and a head that
/// [`own_word_reading`] reads, whose word alone other articles write.
pub fn named_formation_word(name: &str) -> Option<String> {
    let (word, head) = name.split_once(' ')?;
    let headed = OWN_WORD_HEADS
        .iter()
        .any(|h| head.eq_ignore_ascii_case(h) && head.starts_with(char::is_uppercase));
    if headed { own_word(word) } else { None }
}

/// "209th “Falcon” Corps" → "Falcon Corps": a numbered formation with its own name in quotes, which
/// other outlets use without the number.
pub fn quoted_own_name(name: &str) -> Option<String> {
    let (number, rest) = name.split_once(' ')?;
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let quote = |c: char| matches!(c, '"' | '“' | '”');
    let (own, head) = rest.split_once(' ')?;
    let bare = own.strip_prefix(quote)?.strip_suffix(quote)?;
    let named = bare.starts_with(char::is_uppercase) && !bare.contains(quote) && !head.is_empty();
    named.then(|| format!("{bare} {head}"))
}

/// One English word for a Russian term translated two ways: "Motorized" (before "Rifle") is "Motor",
/// "Troops" is "Forces".
pub fn one_translation(word: &str) -> &str {
    match word {
        "Motorized" | "Motorised" | "motorized" | "motorised" => "Motor",
        "Troops" | "troops" => "Forces",
        w => w,
    }
}

/// "North-West Military District" → "North-Western Military District", "West Command" → "Western
/// Command": a point of the compass before a formation's other words is written as a noun or as its
/// adjective, one name either way. Only the last of a compound point takes the ending. `None` when no
/// compass noun stands before another word.
fn compass_adjectives(name: &str) -> Option<String> {
    let point = |w: &str| {
        matches!(
            w,
            "North"
                | "South"
                | "East"
                | "West"
                | "Northwest"
                | "Northeast"
                | "Southwest"
                | "Southeast"
        )
    };
    // The words and the separator after each.
    let mut parts: Vec<(&str, char)> = Vec::new();
    for word in name.split(' ') {
        let pieces: Vec<&str> = word.split('-').collect();
        let last = pieces.len() - 1;
        for (p, piece) in pieces.into_iter().enumerate() {
            let sep = if p < last { '-' } else { ' ' };
            parts.push((piece, sep));
        }
    }
    // "North-Western": a point before another point's adjective is part of it.
    let compass_word = |w: &str| {
        ["North", "South", "East", "West"]
            .iter()
            .any(|p| w.starts_with(p))
    };
    let mut changed = false;
    let mut out = String::with_capacity(name.len() + 4);
    for (k, &(w, sep)) in parts.iter().enumerate() {
        out.push_str(w);
        let next = parts.get(k + 1).map(|p| p.0);
        if point(w) && next.is_some_and(|n| !compass_word(n)) {
            out.push_str("ern");
            changed = true;
        }
        if k + 1 < parts.len() {
            out.push(sep);
        }
    }
    changed.then_some(out)
}

/// "Para-Commando", "Air-Assault": type words of a unit joined by a hyphen.
fn type_words_joined(w: &str) -> bool {
    w.contains('-')
        && w.split('-').all(|p| {
            !p.is_empty()
                && crate::recognize::lexicon::classes(p)
                    & crate::recognize::lexicon::class::UNIT_WORD
                    != 0
        })
}

/// "Naval Region 4 Command" → "Naval Region 4": the command of a region numbered after its head is the
/// region, as navies and armies that number them so write either.
fn region_command(name: &str) -> &str {
    match name.strip_suffix(" Command") {
        Some(region)
            if region
                .rsplit(' ')
                .next()
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) =>
        {
            region
        }
        _ => name,
    }
}

/// "Western Africa Standby Force" → "West African Standby Force": a region of a continent named by its
/// noun or its adjective, as outlets write a regional force's name either way.
fn regional_adjective(name: &str) -> Option<String> {
    const COMPASS: &[(&str, &str)] = &[
        ("Eastern", "East"),
        ("Western", "West"),
        ("Northern", "North"),
        ("Southern", "South"),
        ("East", "East"),
        ("West", "West"),
        ("North", "North"),
        ("South", "South"),
        ("Central", "Central"),
    ];
    const CONTINENTS: &[(&str, &str)] = &[
        ("Africa", "African"),
        ("African", "African"),
        ("Asia", "Asian"),
        ("Asian", "Asian"),
        ("Europe", "European"),
        ("European", "European"),
    ];
    let (first, rest) = name.split_once(' ')?;
    let (continent, rest) = rest.split_once(' ').unwrap_or((rest, ""));
    let (_, point) = COMPASS.iter().find(|(c, _)| *c == first)?;
    let (_, adjective) = CONTINENTS.iter().find(|(c, _)| *c == continent)?;
    Some(format!("{point} {adjective} {rest}").trim_end().to_string())
}

/// "4th Battalion of the Garhwal Rifles" → "4th Garhwal Battalion", as Indian and British outlets also
/// write it: the regiment's name goes between the battalion's number and its head.
fn regimental_battalion(name: &str) -> Option<String> {
    let (battalion, regiment) = name.split_once(" of the ")?;
    let (number, head) = battalion.split_once(' ')?;
    if !number.starts_with(|c: char| c.is_ascii_digit())
        || !crate::recognize::lexicon::REGIMENT_SUBUNITS.contains(&head)
        || regiment.contains(" of ")
    {
        return None;
    }
    let (own, kind) = regiment.rsplit_once(' ')?;
    ["Regiment", "Rifles", "Guards"]
        .contains(&kind)
        .then(|| format!("{number} {own} {head}"))
}

/// The country named before a unit's own name, in a word or two ("US Sixth Fleet", "United States
/// Sixth Fleet", "Russian Black Sea Fleet"), and the name after it. Outlets of other countries add it;
/// the unit's own articles leave it out.
pub fn national_prefix(name: &str) -> Option<(&'static str, &str)> {
    let spaces: Vec<usize> = name.match_indices(' ').map(|(i, _)| i).take(2).collect();
    spaces.iter().rev().find_map(|&e| {
        let (prefix, rest) = (&name[..e], &name[e + 1..]);
        let country = crate::recognize::lexicon::country_of(prefix)?;
        (prefix.starts_with(|c: char| c.is_ascii_uppercase()) && !rest.is_empty())
            .then_some((country, rest))
    })
}

/// Heads of formations whose name, with a nationality before it, is one country's: the "Russian Black
/// Sea Fleet" is the "Black Sea Fleet" of other articles. An army, navy, force or guard often carries its
/// nationality in its own name ("Afghan National Army", "Libyan National Army"): those are left out. A
/// command is one country's too ("Japan Joint Operations Command"); that many countries have a
/// "Southern Command" is why the bare name's own article must name the country (see `national_names`).
const NATIONAL_PREFIX_HEADS: &[&str] = &[
    "Command",
    "Fleet",
    "Flotilla",
    "Brigade",
    "Division",
    "Corps",
    "Battalion",
    "Regiment",
    "Squadron",
];

/// First words of formation names that several countries give theirs and that say nothing of where
/// they are: a "National Guard Brigade", a "Royal Marines Battalion".
const SHARED_NAME_WORDS: &[&str] = &["National", "Armed", "Royal"];

/// First words of formation names that say where the formation is: the "Pacific Fleet" is American
/// and Russian, an "Eastern Fleet" Indian and Chinese; see [`national_shared`].
const SHARED_PLACE_WORDS: &[&str] = &[
    "Pacific", "Atlantic", "Arctic", "North", "South", "East", "West", "Northern", "Southern",
    "Eastern", "Western", "Central",
];

/// "Russian Black Sea Fleet" → ("Russia", "Black Sea Fleet"): a named, unnumbered formation of two or
/// more words after a nationality, which then names the country's formation of that name.
pub fn national_named(name: &str) -> Option<(&'static str, &str)> {
    let (country, rest) = national_prefix(name)?;
    let first = rest.split(' ').next()?;
    let head = rest.rsplit(' ').next()?;
    let numbered = first.starts_with(|c: char| c.is_ascii_digit())
        || crate::recognize::lexicon::ordinal_word(first).is_some()
        || crate::recognize::lexicon::roman_numeral(first).is_some();
    (rest.contains(' ')
        && !numbered
        && !SHARED_NAME_WORDS.contains(&first)
        && !SHARED_PLACE_WORDS.contains(&first)
        && NATIONAL_PREFIX_HEADS.contains(&head))
    .then_some((country, rest))
}

/// "The Quetta-based XII Corps": an army that names its corps by number also calls each by the city
/// of its headquarters ("Quetta Corps", "Lahore Corps"), and an article that says where a numbered
/// corps is based gives that name. It becomes an alias of the corps, under which the other articles'
/// city names link. Only the words right before each mention are read.
pub fn add_based_aliases(text: &str, found: &mut [crate::recognize::Found]) {
    for f in found.iter_mut() {
        if f.kind == Kind::Unit
            && let Some(kind) = numbered_base(&f.name)
            && let Some(place) = f.mentions.iter().find_map(|r| base_place(text, r.end))
        {
            let alias = format!("{place} {kind} base");
            if !f.aliases.contains(&alias) {
                f.aliases.push(alias);
            }
        }
        if f.kind != Kind::Unit || !numbered_corps(&f.name) {
            continue;
        }
        let city = f.mentions.iter().find_map(|r| based_city(text, r.start));
        if let Some(city) = city {
            let alias = format!("{city} Corps");
            if !f.aliases.contains(&alias) {
                f.aliases.push(alias);
            }
        }
    }
}

/// "The 7th military base at Dorvan": a numbered base that an article places in a town is the base
/// other articles name for the town ("the Dorvan base"). The base's type word, lower-cased, for a
/// name of a number, a type and "base" ("7th military base", "999th Air Base").
fn numbered_base(name: &str) -> Option<String> {
    let [number, kind, base] = name.split(' ').collect::<Vec<_>>()[..] else {
        return None;
    };
    let numbered = number.starts_with(|c: char| c.is_ascii_digit());
    let kind = kind.to_ascii_lowercase();
    (numbered && base.eq_ignore_ascii_case("base") && BASE_TYPES.contains(&kind.as_str()))
        .then_some(kind)
}

/// The town in " at Dorvan" or " in Kolvan" right after byte `at`: one capitalized word, no country,
/// nationality or the first of a place's two words ("in Nizhny Novgorod").
fn base_place(text: &str, at: usize) -> Option<&str> {
    let after = text.get(at..)?;
    let rest = after
        .strip_prefix(" at ")
        .or_else(|| after.strip_prefix(" in "))?;
    let end = rest
        .find(|c: char| !c.is_alphabetic() && c != '-')
        .unwrap_or(rest.len());
    let place = &rest[..end];
    let next_capital = rest[end..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(char::is_uppercase));
    let capitalized = place.starts_with(char::is_uppercase)
        && place.chars().nth(1).is_some_and(char::is_lowercase);
    (capitalized
        && !next_capital
        && place.chars().count() >= 3
        && crate::recognize::lexicon::country_of(place).is_none()
        && crate::recognize::lexicon::classes(place)
            & crate::recognize::lexicon::class::NATIONALITY
            == 0)
        .then_some(place)
}

/// "XXXI Corps", "31 Corps", "12th Corps", "Tenth Corps": a corps named by its number alone.
fn numbered_corps(name: &str) -> bool {
    let Some((number, "Corps")) = name.split_once(' ') else {
        return false;
    };
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&number[digits..], "" | "st" | "nd" | "rd" | "th")
        || crate::recognize::lexicon::roman_numeral(number).is_some()
        || crate::recognize::lexicon::ordinal_word(number).is_some()
}

/// The city in "Quetta-based " right before byte `at`: one capitalized word that names no country
/// ("the Pakistan-based corps" says whose it is, not where).
fn based_city(text: &str, at: usize) -> Option<&str> {
    let before = text.get(..at)?.strip_suffix(' ')?.strip_suffix("-based")?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    let city = &before[start..];
    let capitalized = city.starts_with(|c: char| c.is_uppercase())
        && city.chars().nth(1).is_some_and(char::is_lowercase);
    (capitalized
        && city.chars().count() >= 3
        && crate::recognize::lexicon::country_of(city).is_none()
        && crate::recognize::lexicon::classes(city) & crate::recognize::lexicon::class::NATIONALITY
            == 0)
        .then_some(city)
}

/// "Indian Eastern Fleet" → ("India", "Eastern Fleet"): a formation whose name several countries
/// give theirs (see `SHARED_PLACE_WORDS`), after a nationality. The bare name elsewhere is this one only
/// in an article mostly about that country, which `national_names` checks.
pub fn national_shared(name: &str) -> Option<(&'static str, &str)> {
    let (country, rest) = national_prefix(name)?;
    let (first, tail) = rest.split_once(' ')?;
    let head = rest.rsplit(' ').next()?;
    (!tail.contains(' ')
        && SHARED_PLACE_WORDS.contains(&first)
        && NATIONAL_PREFIX_HEADS.contains(&head))
    .then_some((country, rest))
}

/// Heads of the regional formations many armies name alike by a compass point or region: a "Southern
/// Command", a "Northern Fleet", a "Central Military District".
const REGIONAL_HEADS: &[&str] = &["Command", "Fleet", "Flotilla", "District", "Zone", "Region"];

/// The name without a country before it of a regional formation that many armies have ("Southern
/// Command", "US Southern Command" → "Southern Command", "Eastern Theater Command"): which army's it is
/// only the article's stated country tells.
pub fn regional_name(name: &str) -> Option<&str> {
    let rest = national_prefix(name).map_or(name, |(_, rest)| rest);
    let (first, _) = rest.split_once(' ')?;
    let head = rest.rsplit(' ').next()?;
    let plain = rest.split(' ').count() <= 4
        && rest
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    (plain && SHARED_PLACE_WORDS.contains(&first) && REGIONAL_HEADS.contains(&head)).then_some(rest)
}

/// Words that say what a base is for, between its name and "Base".
const BASE_TYPES: &[&str] = &["military", "air", "naval", "army", "navy", "logistics"];

/// The name a base is known by, keyed, and whether its type is written: "Omar Hallam Military Base"
/// → ("halam", true), "the Hallam base" → ("halam", false). A base named for a person is shortened to
/// the family name, the word right before its type.
pub fn base_name(name: &str) -> Option<(String, bool)> {
    let words: Vec<&str> = name.split(' ').collect();
    let [.., before, last] = words.as_slice() else {
        return None;
    };
    if !last.eq_ignore_ascii_case("base") {
        return None;
    }
    let typed = BASE_TYPES.iter().any(|t| before.eq_ignore_ascii_case(t));
    let own = if typed {
        *words.get(words.len().checked_sub(3)?)?
    } else {
        if words.len() != 2 {
            return None;
        }
        *before
    };
    let proper = own.starts_with(|c: char| c.is_uppercase())
        && own.chars().any(char::is_lowercase)
        && crate::recognize::lexicon::country_of(own).is_none()
        && !BASE_TYPES.iter().any(|t| own.eq_ignore_ascii_case(t));
    proper.then(|| (translit::key(own), typed))
}

/// The key of a unit's name, in American spelling: "Eastern Theatre Command" and "Eastern Theater
/// Command" are one command. The spelling key writes doubled letters once, digits too; the unit's
/// number is kept whole after it, so that the "4th Army Corps" of one country never becomes the "44th
/// Army Corps" of another. "MD" is the usual abbreviation of "Military District". A spelled-out ordinal
/// that leads the name is its numeral: the "Ninth Armored Division" is the "9th Armoured Division".
pub fn unit_key(name: &str) -> String {
    match foreign_unit::english(name) {
        Some(english) => english_unit_key(&english),
        None => english_unit_key(name),
    }
}

fn english_unit_key(name: &str) -> String {
    let name = region_command(without_honorific(base_without_article(name)));
    let regional = regional_adjective(name);
    let name = regional.as_deref().unwrap_or(name);
    let spelled = common_terms(name);
    let name = spelled.as_deref().unwrap_or(name);
    let compass = compass_adjectives(name);
    let name = compass.as_deref().unwrap_or(name);
    let numbered = leading_ordinal(name);
    let name = numbered.as_deref().unwrap_or(name);
    let expanded;
    let spelled = if let Some(place) = name.strip_suffix(" MD") {
        expanded = format!("{place} Military District");
        expanded.as_str()
    } else if let Some(army) = name.strip_suffix(" Army Region") {
        // "Army Region" and "Army Area" translate one term: the "2nd Army Region" is the "Second Army Area".
        expanded = format!("{army} Army Area");
        expanded.as_str()
    } else if let Some(base) = service_base(name) {
        expanded = base;
        expanded.as_str()
    } else {
        name
    };
    // "Farooqi" and "Farouqi": the "o" and "u" of one vowel, as in people's names.
    let mut key = translit::skeleton(&translit::american(&translit::key(spelled)));
    if arabic_named(name) {
        key = key.replace('e', "i");
    }
    if name.bytes().any(|b| b.is_ascii_digit()) {
        key.push('#');
        key.extend(name.chars().filter(char::is_ascii_digit));
    }
    key
}

/// "Al Dhafra Air Base", "al-Dhafra airbase": outlets write a base's Arabic place name with or without
/// its article, so the key leaves it out.
fn base_without_article(name: &str) -> &str {
    let Some(last) = name.rsplit(' ').next() else {
        return name;
    };
    if !(last.eq_ignore_ascii_case("base") || last.eq_ignore_ascii_case("airbase")) {
        return name;
    }
    let rest = ["Al ", "El ", "al-", "Al-", "el-", "El-"]
        .iter()
        .find_map(|a| name.strip_prefix(a))
        .filter(|r| {
            let first = r.split(' ').next().unwrap_or_default();
            first.starts_with(|c: char| c.is_ascii_uppercase())
                && r.contains(' ')
                && !BASE_TYPES.iter().any(|t| first.eq_ignore_ascii_case(t))
        });
    rest.unwrap_or(name)
}

/// "Shree Gorakhnath Battalion", "Sri Rama Regiment": South Asian armies give some units an honorific that
/// outlets drop. "Sri Lanka" is a country.
fn without_honorific(name: &str) -> &str {
    match name.split_once(' ') {
        Some((h, rest))
            if ["Shree", "Shri", "Sri", "Sree"].contains(&h)
                && rest.contains(' ')
                && !rest.starts_with("Lanka") =>
        {
            rest
        }
        _ => name,
    }
}

/// "PAF Base Masroor", "RAAF Base Tindal": an air force's base named service first is the "Masroor Air
/// Base" of other outlets; so are "Air Force Station Masroor" and the "Masroor airbase".
fn service_base(name: &str) -> Option<String> {
    let place = name
        .strip_prefix("Air Force Station ")
        .or_else(|| name.strip_suffix(" airbase"))
        .or_else(|| name.strip_suffix(" Airbase"));
    if let Some(place) = place.filter(|p| !p.is_empty()) {
        return Some(format!("{place} Air Base"));
    }
    let (service, rest) = name.split_once(" Base ")?;
    let air_force = service.len() >= 3
        && service.len() <= 5
        && service.ends_with("AF")
        && service.bytes().all(|b| b.is_ascii_uppercase());
    (air_force && !rest.is_empty()).then(|| format!("{rest} Air Base"))
}

/// A unit named for a figure of Arabic history ("Tariq Bin Ziyad Brigade", "Omar Ibn al-Khattab
/// Battalion", "Abu Bakr Brigade"): outlets write its short vowels with either letter (Tariq / Tareq, Omar
/// / Umar), so its key reads "e" as "i" and "o" as "u". Other names keep their vowels.
fn arabic_named(name: &str) -> bool {
    name.split(' ').any(|w| {
        ["Bin", "bin", "Ben", "ben", "Ibn", "ibn", "Abu", "Abou"].contains(&w)
            || w.starts_with("al-") && w.len() > 4
    })
}

/// "Ninth Armored Division" written "9th Armored Division"; `None` when no ordinal word leads a name of
/// more than one word.
fn leading_ordinal(name: &str) -> Option<String> {
    let (first, rest) = name.split_once(' ')?;
    let n = crate::recognize::lexicon::ordinal_word(first)?;
    Some(format!(
        "{} {rest}",
        crate::recognize::foreign_unit::ordinal(n)
    ))
}

#[cfg(test)]
mod tests {
    use super::super::testing::index_of;
    use super::{acronym, unit_key, whole_word};

    #[test]
    fn an_acronym_read_as_a_word_is_found_in_title_case() {
        use crate::entity::Kind;
        let ix = index_of(&[
            "Troops of the Tazari Peacekeeping Brigade (TAZBRIG) trained near the border.",
            "Tazbrig sent two companies; the Tazbrigade club and KAZBRIG were not there.",
        ]);
        let unit = ix
            .entities
            .iter()
            .find(|e| e.kind == Kind::Unit && e.aliases.iter().any(|a| a == "TAZBRIG"))
            .unwrap();
        assert_eq!(ranges_in(unit, 1), [(0, 7)], "{unit:?}");
    }

    #[test]
    fn an_acronym_introduced_in_one_article_is_the_unit_in_another() {
        use crate::entity::Kind;
        let ix = index_of(&[
            "Commandos of the Special Service Group (SSG) of Pakistan trained in Baku.",
            "The SSG returned from Baku on Monday, and the NSSG stayed.",
        ]);
        let ssg: Vec<_> = ix
            .entities
            .iter()
            .filter(|e| e.kind == Kind::Unit && e.aliases.iter().any(|a| a == "SSG"))
            .collect();
        assert_eq!(ssg.len(), 1, "{:?}", ix.entities);
        assert_eq!(ranges_in(ssg[0], 1), [(4, 7)], "{:?}", ssg[0]);
    }

    /// The byte ranges of `entity`'s mentions in article `article`.
    fn ranges_in(entity: &crate::entity::Entity, article: u32) -> Vec<(usize, usize)> {
        entity
            .mentions
            .iter()
            .filter(|m| m.article.0 == article)
            .map(|m| (m.range().start, m.range().end))
            .collect()
    }

    /// The unit entities of an index built from `texts`, as sorted lists of the articles each is in.
    fn unit_articles(texts: &[&str]) -> Vec<(String, Vec<u32>)> {
        use crate::entity::Kind;
        let ix = index_of(texts);
        let mut out: Vec<(String, Vec<u32>)> = ix
            .entities
            .iter()
            .filter(|e| e.kind == Kind::Unit)
            .map(|e| {
                let mut a: Vec<u32> = e.mentions.iter().map(|m| m.article.0).collect();
                a.dedup();
                (e.name.clone(), a)
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn a_numbered_base_placed_in_a_town_is_the_base_named_for_the_town() {
        let u = unit_articles(&[
            "In Abkhazia, the 9th military base at Gudrata practiced repelling a landing, the Russian Defense Ministry said.",
            "Russian troops drilled at the Gudrata base, the Georgian Defense Ministry said.",
            "Aircraft of the 888th air base in Kolvan flew sorties.",
            "Su-25 jets from the Kolvan air base took part.",
        ]);
        assert!(
            u.iter().any(|(n, a)| n.starts_with("9th") && *a == [0, 1]),
            "{u:?}"
        );
        assert!(u.iter().any(|(_, a)| *a == [2, 3]), "{u:?}");
        // A country is no town; two numbered bases in one town leave its bare name to neither.
        let u = unit_articles(&[
            "The 9th military base in Armenia held drills.",
            "The Armenia base held drills.",
            "The 9th military base at Gudrata and the 11th air base at Gudrata held drills.",
            "Russian troops drilled at the Gudrata base.",
        ]);
        assert!(
            !u.iter().any(|(_, a)| a.contains(&1) && a.len() > 1),
            "{u:?}"
        );
        assert!(
            !u.iter().any(|(_, a)| a.contains(&3) && a.len() > 1),
            "{u:?}"
        );
    }

    #[test]
    fn a_numbered_corps_with_its_own_name_in_quotes_is_the_corps_of_that_name() {
        let u = unit_articles(&[
            "The 215th \"Kestrel\" Corps of the Afghan National Army was based near Herat.",
            "The Kestrel Corps offered little resistance, Afghan officials said.",
        ]);
        assert!(u.iter().any(|(_, a)| *a == [0, 1]), "{u:?}");
    }

    #[test]
    fn units_of_one_number_in_two_countries_stay_apart() {
        let u = unit_articles(&[
            "Iraq’s Eighth Division retook the town, the Iraqi Defense Ministry said in Baghdad.",
            "Nigeria’s 8 Division troops cleared the forest, the Nigerian Army said in Abuja.",
            "North Korea’s 2nd Corps fired artillery near the border, Pyongyang said.",
            "India’s II Corps held drills in Punjab, the Indian Army said.",
            "Nigeria’s 8 Division repelled an attack on Sokoto, the Nigerian Army said.",
        ]);
        assert_eq!(
            u,
            [
                ("2nd Corps".to_string(), vec![2]),
                ("8 Division".to_string(), vec![1, 4]),
                ("Eighth Division".to_string(), vec![0]),
                ("II Corps".to_string(), vec![3]),
            ]
        );
    }

    #[test]
    fn a_compass_noun_before_a_name_is_its_adjective() {
        for (a, b) in [
            (
                "North-West Military District",
                "North-Western Military District",
            ),
            (
                "North West Military District",
                "Northwestern Military District",
            ),
            ("South-East Command", "Southeastern Command"),
            ("West Command", "Western Command"),
            ("North Fleet", "Northern Fleet"),
        ] {
            assert_eq!(unit_key(a), unit_key(b), "{a} / {b}");
        }
        assert_ne!(unit_key("North-West Command"), unit_key("North Command"));
        assert_ne!(unit_key("Eastern Command"), unit_key("Western Command"));
    }

    #[test]
    fn one_russian_term_in_two_translations_is_one_unit() {
        let u = unit_articles(&[
            "The Operational Group of Russian Troops in Transnistria held drills.",
            "The Operational Group of Russian Forces held drills with 2,000 troops in Transnistria.",
            "The 9th Separate Guards Motor Rifle Brigade of the Russian army held drills near Samara.",
            "The 9th Separate Motorized Rifle Brigade of the Russian Ground Forces drilled at Kazan.",
        ]);
        assert_eq!(
            u,
            [
                (
                    "9th Separate Guards Motor Rifle Brigade".to_string(),
                    vec![2, 3]
                ),
                (
                    "Operational Group of Russian Troops".to_string(),
                    vec![0, 1]
                ),
            ]
        );
        // Another type of brigade of the number stays apart.
        let u = unit_articles(&[
            "The 9th Separate Motorized Rifle Brigade of the Russian Ground Forces drilled at Kazan.",
            "The 9th Separate Tank Brigade of the Russian Ground Forces drilled at Kazan.",
        ]);
        assert_eq!(u.len(), 2, "{u:?}");
    }

    #[test]
    fn a_division_named_by_its_own_word_is_the_one_numbered_division_of_that_word() {
        let texts = [
            "The 6th Guards Vorontsovskaya Tank Division of the Western Military District took part in the parade in Moscow.",
            "Soldiers of the Vorontsovskaya tank division of the Russian army fired at targets.",
        ];
        let u = unit_articles(&texts);
        assert!(
            u.iter().any(|(n, a)| n.starts_with("6th") && *a == [0, 1]),
            "{u:?}"
        );
        // Two numbered divisions of that word: the bare word could be either.
        let u = unit_articles(&[
            texts[0],
            texts[1],
            "The 14th Vorontsovskaya Motor Rifle Division of the Russian army was formed in 2016.",
        ]);
        assert!(
            !u.iter().any(|(_, a)| a.contains(&1) && a.len() > 1),
            "{u:?}"
        );
    }

    #[test]
    fn an_own_word_alone_is_the_formation_of_that_word_and_head() {
        let u = unit_articles(&[
            "Kenya's Kifaru Brigade took the town of Velm on Monday.",
            "The US-trained Kifaru special forces, based at Tarsk, remain the spearhead.",
        ]);
        assert!(u.iter().any(|(_, a)| *a == [0, 1]), "{u:?}");
        let u = unit_articles(&[
            "Kenya's Kifaru Brigade took the town of Velm on Monday.",
            "Soldiers of the Kifaru battalion of the Serbian army trained near Nis.",
        ]);
        assert!(!u.iter().any(|(_, a)| *a == [0, 1]), "{u:?}");
    }

    #[test]
    fn an_own_word_of_another_head_or_army_is_another_formation() {
        let division =
            "Russia's 6th Guards Velikanskaya Tank Division took part in the parade in Moscow.";
        let joined = |other: &str| {
            unit_articles(&[division, other])
                .iter()
                .any(|(_, a)| *a == [0, 1])
        };
        assert!(joined(
            "Soldiers of the Velikanskaya division of the Russian army fired at targets."
        ));
        assert!(!joined(
            "Soldiers of the Velikanskaya battalion of the Serbian army trained near Nis."
        ));
        assert!(!joined(
            "Soldiers of the Velikanskaya division of the Serbian army trained near Nis."
        ));
        assert!(!joined(
            "Soldiers of the Velikanskaya brigade fired at targets on Monday."
        ));
    }

    #[test]
    fn a_head_before_its_number_links_with_the_ordinal_and_countries_keep_units_apart() {
        let u = unit_articles(&[
            "Peru’s Fifth Military Region was placed on alert on Monday.",
            "Units from Military Region 5 moved to the border on Monday.",
        ]);
        assert_eq!(u, [("Fifth Military Region".to_string(), vec![0, 1])]);
        // With no country on either side, a shortened name is not another article's longer one.
        let u = unit_articles(&[
            "Soldiers of the 7th Division trained near the river.",
            "The commander of the 7th Armoured Division spoke.",
        ]);
        assert_eq!(u.len(), 2, "{u:?}");
        // In one article the shortened name is the same unit, and spellings of one type agree.
        let u = unit_articles(&[
            "The 7th Armoured Division advanced. Later the 7th Division halted.",
            "The Seventh Armored Division halted near the river.",
        ]);
        assert_eq!(u.len(), 1, "{u:?}");
        assert_eq!(u[0].1, [0, 1], "{u:?}");
        // A region of no stated country that two countries have stays apart from both.
        let u = unit_articles(&[
            "Peru’s Fifth Military Region was placed on alert.",
            "Chile’s 5th Military Region held a drill.",
            "The drill was held in the 5th Military Region last year.",
        ]);
        assert_eq!(u.len(), 3, "{u:?}");
    }

    #[test]
    fn an_air_force_station_and_an_airbase_are_the_air_base_of_their_place() {
        let base = unit_key("Velmpur Air Base");
        assert_eq!(unit_key("Air Force Station Velmpur"), base);
        assert_eq!(unit_key("Velmpur airbase"), base);
        assert_eq!(unit_key("PAF Base Velmpur"), base);
        assert_ne!(unit_key("Velmpur Naval Base"), base);
    }

    #[test]
    fn acronyms_and_whole_words() {
        assert!(acronym("SSG") && acronym("MNB-LVA") && acronym("AFRICOM"));
        assert!(!acronym("EU") && !acronym("LenMD") && !acronym("Kostrad"));
        let text = "The SSG left; SSGs and NSSG stayed; SSG-2 too.";
        let at = |s: usize| whole_word(text, &(s..s + 3));
        assert!(at(4));
        assert!(!at(14));
        assert!(!at(24));
        assert!(!at(36));
    }

    #[test]
    fn a_number_after_the_head_comes_first() {
        use super::number_first;
        assert_eq!(number_first("Military Region 4"), "4 Military Region");
        assert_eq!(number_first("Task Force 51"), "51 Task Force");
        assert_eq!(number_first("4th Military Region"), "4th Military Region");
        assert_eq!(number_first("Danab Brigade"), "Danab Brigade");
        assert_eq!(number_first("Brigade"), "Brigade");
        assert_eq!(number_first("Air Base 101"), "Air Base 101");
        assert_eq!(super::designation("2nd Army Region"), "2nd Army Area");
        assert_eq!(super::designation("Army Region 2"), "2 Army Area");
    }

    #[test]
    fn numbers_that_differ_give_keys_that_differ() {
        assert_ne!(unit_key("4th Army Corps"), unit_key("44th Army Corps"));
        assert_ne!(unit_key("11th Brigade"), unit_key("1st Brigade"));
        assert_eq!(unit_key("Volga MD"), unit_key("Volga Military District"));
        assert_eq!(unit_key("44th Army Corps"), unit_key("44th army corps"));
        assert_eq!(
            unit_key("1st Armoured Division"),
            unit_key("1st Armored Division")
        );
    }

    #[test]
    fn a_spelled_out_ordinal_is_the_units_number() {
        assert_eq!(
            unit_key("Ninth Armored Division"),
            unit_key("9th Armoured Division")
        );
        assert_eq!(unit_key("Twelfth Fleet"), unit_key("12th Fleet"));
        assert_eq!(
            unit_key("Khalid Bin Walid Brigade"),
            unit_key("Khaled Bin Walid Brigade")
        );
        assert_eq!(
            unit_key("Omar Ibn al-Khattab Battalion"),
            unit_key("Umar Ibn al-Khattab Battalion")
        );
        // Other consonants, or a name of no Arabic figure, keep units apart.
        assert_ne!(
            unit_key("Khalid Bin Walid Brigade"),
            unit_key("Khalid Bin Zayed Brigade")
        );
        assert_eq!(
            unit_key("Saad Ben Abi Waqas Brigade"),
            unit_key("Saad bin Abi Waqqas Brigade")
        );
        assert_ne!(unit_key("Selim Brigade"), unit_key("Silim Brigade"));
        assert_ne!(unit_key("Reserve Brigade"), unit_key("Risirvi Brigade"));
        assert_eq!(unit_key("Third Brigade"), unit_key("3rd Brigade"));
        assert_ne!(
            unit_key("Ninth Armored Division"),
            unit_key("8th Armored Division")
        );
        assert_ne!(unit_key("Ninth"), unit_key("9th"));
        assert_eq!(unit_key("First Brigade"), unit_key("1st Brigade"));
        assert_eq!(unit_key("2nd Army Region"), unit_key("Second Army Area"));
        assert_ne!(unit_key("2nd Army Region"), unit_key("2nd Military Region"));
    }

    #[test]
    fn a_country_before_a_numbered_unit_is_its_nationality() {
        let u = unit_articles(&[
            "The United States Fifth Fleet sent a destroyer to the Gulf.",
            "Ships of the 5th Fleet arrived in Bahrain on Monday.",
        ]);
        assert_eq!(u.len(), 1, "{u:?}");
        let u = unit_articles(&[
            "The Polish Twelfth Mechanized Brigade fought near the river.",
            "The 12th Separate Mechanized Brigade fought near the river.",
        ]);
        assert_eq!(u.len(), 1, "{u:?}");
        // Two countries' formations of one number stay apart.
        let u = unit_articles(&[
            "The United States Fifth Fleet sent a destroyer.",
            "The Russian 5th Fleet sent a frigate.",
        ]);
        assert_eq!(u.len(), 2, "{u:?}");
    }

    #[test]
    fn a_fleets_command_is_the_fleet() {
        let u = unit_articles(&[
            "The Japanese Navy’s 2nd Fleet will deploy a destroyer.",
            "Ships of the Japanese Navy’s Second Fleet Command took part.",
        ]);
        assert_eq!(u.len(), 1, "{u:?}");
        assert_eq!(super::designation("Second Fleet Command"), "Second Fleet");
        assert_eq!(super::designation("Fleet Command"), "Fleet Command");
    }

    #[test]
    fn a_flotilla_numbered_after_its_head_is_the_ordinal_one() {
        let u = unit_articles(&[
            "Two destroyers from Escort Flotilla 3, based in Sasebo, sailed.",
            "Destroyers of the Third Escort Flotilla joined the drill.",
        ]);
        assert_eq!(u.len(), 1, "{u:?}");
        let u = unit_articles(&[
            "Two destroyers from Escort Flotilla 3, based in Sasebo, sailed.",
            "Destroyers of the Second Escort Flotilla joined the drill.",
        ]);
        assert_eq!(u.len(), 2, "{u:?}");
    }

    #[test]
    fn a_compass_named_formation_after_a_nationality_is_the_bare_one_of_an_article_about_its_country()
     {
        let india = "Indian Defence Minister Rajnath Singh watched the Eastern Fleet of the Indian Navy \
                     sail from Visakhapatnam, and the Indian 54th Infantry Division moved east.";
        let u = unit_articles(&[
            "The Royal Saudi Naval Forces drilled with the Western Fleet and the Indian Eastern Fleet.",
            india,
        ]);
        assert!(
            u.iter()
                .any(|(n, a)| n.ends_with("Eastern Fleet") && *a == [0, 1]),
            "{u:?}"
        );
        // In an article about another country the bare name is that country's fleet.
        let u = unit_articles(&[
            "The Royal Saudi Naval Forces drilled with the Western Fleet and the Indian Eastern Fleet.",
            "Iranian Navy commander Shahram Irani said the Eastern Fleet and the Iranian 65th Airborne Brigade \
             trained near Bandar Abbas with Iranian marines.",
        ]);
        assert!(u.iter().all(|(_, a)| a.len() == 1), "{u:?}");
    }

    #[test]
    fn a_nationality_before_a_named_formation_is_its_country() {
        let u = unit_articles(&[
            "The Russian Baltic Fleet held drills near Kaliningrad.",
            "The Baltic Fleet and the Russian 11th Army Corps moved to Baltiysk.",
        ]);
        assert_eq!(u.len(), 2, "{u:?}");
        assert!(u.iter().any(|(_, a)| *a == [0, 1]), "{u:?}");
        // A bare name in an article of another country is that country's formation.
        let u = unit_articles(&[
            "The Russian Baltic Fleet held drills near Kaliningrad.",
            "The Baltic Fleet and the Polish 12th Mechanized Brigade moved to Gdynia.",
        ]);
        assert!(u.iter().all(|(_, a)| a.len() == 1), "{u:?}");
        // An army with its nationality in its own name is another country's army of that name.
        assert_eq!(super::national_named("Afghan National Army"), None);
        assert_eq!(
            super::national_named("Georgian Peacekeeping Battalion"),
            Some(("Georgia", "Peacekeeping Battalion"))
        );
        assert_eq!(super::national_named("Russian 5th Brigade"), None);
        assert_eq!(super::national_named("Russian Brigade"), None);
        assert_eq!(super::national_named("US Southern Command"), None);
        assert_eq!(super::national_named("Russian Pacific Fleet"), None);
        assert_eq!(
            super::national_shared("Russian Pacific Fleet"),
            Some(("Russia", "Pacific Fleet"))
        );
        assert_eq!(
            super::national_shared("Indian Eastern Fleet"),
            Some(("India", "Eastern Fleet"))
        );
        assert_eq!(super::national_shared("Afghan National Army"), None);
        assert_eq!(super::national_shared("Russian Baltic Fleet"), None);
        // A command named with its country's name is that country's.
        assert_eq!(
            super::national_named("India Strategic Forces Command").map(|(_, n)| n),
            Some("Strategic Forces Command")
        );
        let u = unit_articles(&[
            "The India Strategic Forces Command (ISFC) directed the drill near Agra.",
            "Indian officers said the Strategic Forces Command and the Indian 7th Corps trained.",
        ]);
        assert!(u.iter().any(|(_, a)| *a == [0, 1]), "{u:?}");
        // In an article of another country, the bare command stays apart.
        let u = unit_articles(&[
            "The India Strategic Forces Command (ISFC) directed the drill near Agra.",
            "The Strategic Forces Command and the Polish 12th Mechanized Brigade moved to Gdynia.",
        ]);
        assert!(u.iter().all(|(_, a)| a.len() == 1), "{u:?}");
        // Two countries' formations of one name: which one a bare name means is unknown.
        let u = unit_articles(&[
            "The Georgian Peacekeeping Battalion trained.",
            "The Armenian Peacekeeping Battalion trained.",
            "The Peacekeeping Battalion left on Monday.",
        ]);
        assert_eq!(u.len(), 3, "{u:?}");
    }

    #[test]
    fn honorifics_service_bases_and_vowels_in_unit_keys() {
        assert_eq!(
            unit_key("Shri Gorakhnath Battalion"),
            unit_key("Gorakhnath Battalion")
        );
        assert_ne!(
            unit_key("Sri Lanka Light Infantry"),
            unit_key("Lanka Light Infantry")
        );
        assert_eq!(unit_key("PAF Base Masroor"), unit_key("Masroor Air Base"));
        assert_eq!(unit_key("RAAF Base Tindal"), unit_key("Tindal Air Base"));
        assert_ne!(unit_key("PAF Base Masroor"), unit_key("Masroor Naval Base"));
        assert_eq!(unit_key("Farooqi Brigade"), unit_key("Farouqi Brigade"));
        assert_ne!(unit_key("Farooqi Brigade"), unit_key("Faraqi Brigade"));
    }

    #[test]
    fn a_base_by_its_own_name_is_the_one_base_of_that_name() {
        use super::base_name;
        assert_eq!(
            base_name("King Abdulaziz Air Base"),
            Some(("abdulaziz".to_string(), true))
        );
        assert_eq!(
            base_name("Abdulaziz base"),
            Some(("abdulaziz".to_string(), false))
        );
        assert_eq!(base_name("Russian base"), None);
        assert_eq!(base_name("Air Base"), None);
        assert_eq!(base_name("Military Base"), None);
        let u = unit_articles(&[
            "Jets landed at the Prince Sultan Air Base on Monday.",
            "Crews at the Sultan base were told to wait.",
        ]);
        assert_eq!(u.len(), 1, "{u:?}");
        // Two bases of one name: which one is meant is unknown.
        let u = unit_articles(&[
            "Jets landed at the Prince Sultan Air Base on Monday.",
            "Ships docked at the Qaboos Sultan Naval Base on Monday.",
            "Crews at the Sultan base were told to wait.",
        ]);
        assert_eq!(u.len(), 3, "{u:?}");
    }

    #[test]
    fn marines_are_naval_infantry_and_names_and_titles_are_no_type() {
        let u = unit_articles(&[
            "The 61st Marine Brigade landed near the port.",
            "The 61st Separate Guards Kirkenes Naval Infantry Brigade landed.",
        ]);
        assert_eq!(u.len(), 1, "{u:?}");
        // Another type of the same number stays apart.
        let u = unit_articles(&[
            "The 61st Marine Brigade landed near the port.",
            "The 61st Tank Brigade moved north.",
        ]);
        assert_eq!(u.len(), 2, "{u:?}");
    }

    #[test]
    fn a_regiments_battalion_is_its_numbered_battalion() {
        assert_eq!(
            super::designation("2nd Battalion of the Garhwal Rifles"),
            "2nd Garhwal Battalion"
        );
        assert_eq!(super::designation("2nd Battalion"), "2nd Battalion");
        // A regiment named with "of" keeps the battalion's name whole.
        assert_ne!(
            super::designation("1st Battalion of the Royal Regiment of Scotland"),
            super::designation("1st Battalion of the Royal Regiment of Fusiliers")
        );
        assert_eq!(
            super::designation("1st Battalion of the Royal Regiment of Scotland"),
            "1st Battalion of the Royal Regiment of Scotland"
        );
        let u = unit_articles(&[
            "The Indian contingent is drawn from the 2nd Battalion of the Garhwal Rifles.",
            "The Indian Army’s 2nd Garhwal Battalion took part.",
        ]);
        assert_eq!(u.len(), 1, "{u:?}");
        let u = unit_articles(&[
            "The Indian contingent is drawn from the 2nd Battalion of the Garhwal Rifles.",
            "The Indian Army’s 3rd Garhwal Battalion took part.",
        ]);
        assert_eq!(u.len(), 2, "{u:?}");
    }

    #[test]
    fn two_own_names_of_one_number_are_two_formations() {
        let u = unit_articles(&[
            "The 20th Zorvan Brigade moved to the border.",
            "The 20th Kelidar Brigade moved to the border.",
        ]);
        assert_eq!(u.len(), 2, "{u:?}");
        let u = unit_articles(&[
            "The 20th Zorvan Brigade moved to the border.",
            "The 20th Zourvan Brigade moved to the border.",
        ]);
        assert_eq!(u.len(), 1, "{u:?}");
    }
}

#[cfg(test)]
mod foreign_tests {
    use super::{designation, unit_key};

    #[test]
    fn a_name_in_another_language_keys_as_its_english() {
        assert_eq!(
            unit_key("Skaraborgs regemente"),
            unit_key("Skaraborg Regiment")
        );
        assert_eq!(unit_key("Jääkäriprikaati"), unit_key("Jaeger Brigade"));
        assert_eq!(
            unit_key("III Brigada de Montaña"),
            unit_key("3rd Mountain Brigade")
        );
        assert_eq!(designation("Panzerbrigade 12"), "12th Armoured Brigade");
        assert_eq!(designation("7. Dywizja Pancerna"), "7th Armoured Division");
        // Numbers and heads that differ keep names apart.
        assert_ne!(
            unit_key("III Brigada de Montaña"),
            unit_key("4th Mountain Brigade")
        );
        assert_ne!(
            unit_key("III Brigada de Montaña"),
            unit_key("3rd Mountain Division")
        );
        assert_ne!(unit_key("Panzerbrigade 12"), unit_key("Panzerbrigade 21"));
    }
    #[test]
    fn a_numbered_corps_based_in_a_city_is_also_called_by_the_city() {
        use crate::entity::Kind;
        use crate::recognize::Found;
        let text = "Troops of the Multan-based II Corps and the Pakistan-based 5th Corps joined the \
                    Kharian-based 9th Armoured Brigade and the 11th Corps.";
        let at = |s: &str| text.find(s).unwrap_or(0)..text.find(s).unwrap_or(0) + s.len();
        let mut found = vec![
            Found::new(Kind::Unit, "II Corps".to_string()),
            Found::new(Kind::Unit, "5th Corps".to_string()),
            Found::new(Kind::Unit, "9th Armoured Brigade".to_string()),
            Found::new(Kind::Unit, "11th Corps".to_string()),
        ];
        found[0].mentions.push(at("II Corps"));
        found[1].mentions.push(at("5th Corps"));
        found[2].mentions.push(at("9th Armoured Brigade"));
        found[3].mentions.push(at("11th Corps"));
        super::add_based_aliases(text, &mut found);
        assert_eq!(found[0].aliases, ["Multan Corps"]);
        // A country says whose the corps is; a brigade is not named by its city; no city, no alias.
        assert!(found[1].aliases.is_empty());
        assert!(found[2].aliases.is_empty());
        assert!(found[3].aliases.is_empty());
    }
    #[test]
    fn romance_ordinals_compass_words_and_named_forces_key_as_their_english() {
        assert_eq!(unit_key("Tercera División"), unit_key("Third Division"));
        assert_eq!(unit_key("Segunda Brigada"), unit_key("2nd Brigade"));
        assert_eq!(
            unit_key("3e Région militaire"),
            unit_key("Third Military Region")
        );
        assert_eq!(
            unit_key("Cinquième Région Militaire"),
            unit_key("5th Military Region")
        );
        assert_eq!(unit_key("Zone Sud"), unit_key("Southern Zone"));
        assert_eq!(unit_key("Comando Sur"), unit_key("Southern Command"));
        assert_eq!(
            unit_key("Fuerza de Tarea Conjunta Omega"),
            unit_key("Omega Joint Task Force")
        );
        assert_eq!(
            unit_key("1re brigade d’infanterie parachutiste"),
            unit_key("1st Parachute Infantry Brigade")
        );
        assert_eq!(
            unit_key("Batallón de Infantería No. 12"),
            unit_key("12th Infantry Battalion")
        );
        // Another number, point or name is another unit.
        assert_ne!(unit_key("Tercera División"), unit_key("4th Division"));
        assert_ne!(unit_key("Zone Sud"), unit_key("Northern Zone"));
        assert_ne!(unit_key("Comando Sur"), unit_key("Comando Norte"));
        assert_ne!(
            unit_key("Fuerza de Tarea Conjunta Omega"),
            unit_key("Hercules Joint Task Force")
        );
        assert_ne!(unit_key("3e Région militaire"), unit_key("3rd Air Region"));
    }
    #[test]
    fn a_regions_command_and_a_regions_adjective_key_as_one() {
        assert_eq!(
            unit_key("Naval Region 3 Command"),
            unit_key("Naval Region 3")
        );
        assert_ne!(
            unit_key("Naval Region 3 Command"),
            unit_key("Naval Region 4")
        );
        assert_eq!(
            unit_key("Western Africa Standby Force"),
            unit_key("West African Standby Force")
        );
        assert_eq!(
            unit_key("Southern African Standby Brigade"),
            unit_key("Southern Africa Standby Brigade")
        );
        assert_ne!(
            unit_key("Western Africa Standby Force"),
            unit_key("East African Standby Force")
        );
        assert_eq!(unit_key("Central Command"), unit_key("Central Command"));
        assert_ne!(unit_key("Southern Command"), unit_key("Northern Command"));
        // An Arabic article before a base's place name is written or left out.
        assert_eq!(unit_key("Al Dhafra Air Base"), unit_key("Dhafra air base"));
        assert_eq!(unit_key("al-Tanaf Air Base"), unit_key("Tanaf Air Base"));
        assert_eq!(unit_key("Al-Tanaf airbase"), unit_key("Tanaf Air Base"));
        assert_ne!(
            unit_key("Al Dhafra Air Base"),
            unit_key("Al Dhafra Brigade")
        );
        assert_ne!(unit_key("Al Air Base"), unit_key("Air Base"));
    }
    #[test]
    fn a_naval_zone_is_the_district_and_hyphens_join_type_words() {
        assert_eq!(unit_key("First Naval District"), unit_key("1st Naval Zone"));
        assert_ne!(unit_key("2nd Naval District"), unit_key("1st Naval Zone"));
        assert_ne!(unit_key("1st Military Zone"), unit_key("1st Naval Zone"));
        assert_eq!(
            designation("3rd Air-Assault Brigade"),
            designation("3rd Air Assault Brigade")
        );
        // A name joined by a hyphen is not split.
        assert_eq!(
            designation("Tariq-Bin-Ziyad Brigade"),
            "Tariq-Bin-Ziyad Brigade"
        );
    }
    #[test]
    fn a_number_and_acronym_before_the_head_is_the_unit_the_acronym_names() {
        let units = [
            (0, "12th Airborne Special Forces Brigade", vec!["ASFB"]),
            (1, "12th ASFB Brigade", vec![]),
            (2, "13th ASFB Brigade", vec![]),
            (3, "12th ASFB Division", vec![]),
            (4, "12th KTR Brigade", vec![]),
            (5, "7th Special Forces Brigade", vec!["SFB"]),
            (6, "7th Sapper Field Brigade", vec!["SFB"]),
            (7, "7th SFB Brigade", vec![]),
        ];
        let pairs = super::acronym_designations(units.iter().map(|(i, n, a)| (*i, *n, a.to_vec())));
        assert_eq!(pairs, [(0, 1)]);
    }
}
