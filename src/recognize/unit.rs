//! Units: numbered formations ("34th Motorized Rifle Brigade", "102nd military base"), named ones ("Black
//! Sea Fleet", "North Caucasus Military District", "Novorossiysk Naval Base"), bases named for their place
//! ("Kelmar air base", "the Batumi and Akhalkalaki bases"), and short names that the text calls a brigade or
//! battalion ("Vorbat peacekeeping battalion"), regiments named for their soldiers ("15 Kenya Rifles"),
//! names after the head ("Brigade Nord") and forces with a commander ("KFOR"). Whatever stands alone in
//! parentheses after one is its alias ("(2RAR)", "(Żelazna Dywizja)"). Branches ("Ground Forces"),
//! service corps ("Islamic Revolution Guards Corps"), ministries, "the base" and "Tajik brigades" are not
//! units.

use std::ops::Range;

use super::foreign_unit;
use super::lexicon::{self, FastMap, class::*};
use super::military;
use super::token::{TokKind, Tokens, is_ordinal, is_year, number_value, rsplit_hyphen};
use super::{Ctx, Found, Occupied};
use crate::entity::{AttrKey, Kind};

/// Heads that may follow a number in lower case ("102nd military base", "5th motorized rifle brigade").
const LOWER_HEADS: &[&str] = &[
    "regiment",
    "division",
    "brigade",
    "battalion",
    "army",
    "corps",
    "fleet",
    "flotilla",
    "squadron",
    "base",
    "detachment",
];

/// Heads a short name may be called by ("Vorbat peacekeeping battalion").
const SHORT_NAME_HEADS: &[&str] = &[
    "brigade",
    "battalion",
    "regiment",
    "troops",
    "contingent",
    "division",
    "company",
    "unit",
    "detachment",
    "outpost",
];

/// A unit found in the token stream: its token span (inclusive) and name.
struct Hit {
    a: usize,
    b: usize,
    name: String,
    country: Option<String>,
    based_in: Option<String>,
}

impl Hit {
    /// A unit named by the words from `a` to `b`, with nothing said of its country or base.
    fn span(t: &Tokens, a: usize, b: usize) -> Hit {
        Hit {
            a,
            b,
            name: t.joined(a, b),
            country: None,
            based_in: None,
        }
    }
}

fn lower_head(t: &Tokens, k: usize) -> bool {
    LOWER_HEADS.iter().any(|h| t.eq(k, h)) || t.eq(k, "bases") || t.eq(k, "airbase")
}

/// Singular form of a head word for the canonical name ("bases" → "base").
fn singular_name(s: String) -> String {
    // Taken and given back as it is when singular, as most names are: no copy.
    match s.strip_suffix("bases") {
        Some(p) => format!("{p}base"),
        None => s,
    }
}

/// A numbered formation starting at the ordinal `k`.
fn numbered(t: &Tokens, k: usize) -> Option<Hit> {
    let mut j = k + 1;
    let mut head = None;
    let mut country = None;
    while j < t.len() && j <= k + 7 && t.same_sentence(k, j) {
        let tok = &t.toks[j];
        // '305th "Falcon" Division': an honorific name in quotes between the number and the head.
        if let Some(e) = quoted_honorific(t, j).filter(|_| head.is_none()) {
            j = e + 1;
            continue;
        }
        if !tok.is_word() {
            break;
        }
        // "2nd Brigade Combat Team": the team is the formation.
        let combat_team = tok.cap && t.eq(j, "Team") && t.eq(j - 1, "Combat");
        // "the 41st Front": guerrilla armies, and the Red Army's wartime groups, number fronts.
        let front = tok.cap && t.is_exactly(j, "Front") && !cap_word_after(t, j);
        let cap_head = combat_team
            || front
            || tok.cap
                && (tok.is(UNIT_HEAD) || regimental_head(t, j))
                && (!t.eq(j, "district") || t.eq(j - 1, "military") || t.eq(j - 1, "naval"))
                && !t.eq(j, "troops");
        if cap_head || (!tok.cap && lower_head(t, j)) {
            head = Some(j);
        }
        if tok.is(NATIONALITY) && country.is_none() {
            country = lexicon::country_of(t.str(j)).map(str::to_string);
        }
        // "52nd Air and Air Defense Army": "and" joins two of its words before the head.
        let type_word = |i: usize| {
            t.toks
                .get(i)
                .is_some_and(|x| x.is_word() && x.cap && x.is(UNIT_WORD) && !x.is(UNIT_HEAD))
        };
        let joins = head.is_none() && t.str(j) == "and" && type_word(j - 1) && type_word(j + 1);
        let ok = tok.cap || joins || tok.is(UNIT_WORD | UNIT_HEAD | NATIONALITY);
        if !ok {
            break;
        }
        j += 1;
    }
    let h = head?;
    if continues_into_event(t, h) {
        return None;
    }
    let mut b = h;
    // "military base number 61933", "base No. 4"
    if t.eq(b + 1, "number") && t.toks.get(b + 2).is_some_and(|x| x.kind == TokKind::Number) {
        b += 2;
    }
    Some(Hit {
        a: k,
        b,
        name: singular_name(t.joined(k, b)),
        country,
        based_in: None,
    })
}

/// `"Falcon"`, `“Iron Hills”`: one or two capitalized words in quotes starting at the quote `j`,
/// before a unit's head. Returns the closing quote.
fn quoted_honorific(t: &Tokens, j: usize) -> Option<usize> {
    if !(t.punct(j, '"') || t.punct(j, '“')) {
        return None;
    }
    let mut e = j + 1;
    while e < j + 3
        && t.toks
            .get(e)
            .is_some_and(|x| x.is_word() && x.cap && !x.is(UNIT_HEAD))
    {
        e += 1;
    }
    let closed = e > j + 1 && (t.punct(e, '"') || t.punct(e, '”')) && t.same_sentence(j, e);
    // The head follows right after.
    (closed && t.toks.get(e + 1).is_some_and(|x| x.cap && x.is(UNIT_HEAD))).then_some(e)
}

/// "the 8th AD", "3rd ID", "1st MEF": an ordinal and the abbreviation of a formation, found at the ordinal
/// `k`. The name is the abbreviation's until a formation of the same number spells it out.
fn ordinal_acronym(t: &Tokens, k: usize) -> Option<Hit> {
    let x = t.toks.get(k + 1)?;
    (x.is_word() && x.upper && lexicon::unit_acronym(t.str(k + 1)) && t.same_sentence(k, k + 1))
        .then(|| Hit::span(t, k, k + 1))
}

/// "the 173rd Airborne", "the 1st Armored", "the 10th Mountain": an ordinal and the type word of a
/// division or brigade whose head American usage leaves out. Found at the ordinal `k`; a head after
/// the type word ("173rd Airborne Brigade") is [`numbered`]'s.
fn elided_head(t: &Tokens, k: usize) -> Option<Hit> {
    const TYPES: &[&str] = &[
        "Airborne", "Armored", "Armoured", "Cavalry", "Mountain", "Infantry", "Marines",
    ];
    let x = t.toks.get(k + 1)?;
    let typed = x.is_word() && TYPES.contains(&t.str(k + 1)) && t.same_sentence(k, k + 1);
    // Another capitalized word after it is a name this rule does not know the end of.
    let more = t
        .toks
        .get(k + 2)
        .is_some_and(|y| y.is_word() && (y.cap || y.is(UNIT_HEAD)) && t.same_sentence(k, k + 2));
    (typed && !more).then(|| Hit::span(t, k, k + 1))
}

/// "Special Operations", "Rapid Reaction", "Electronic Warfare": one or two capitalized words of a unit's
/// type starting at `k`, of which one is a unit word, and no capitalized word after them. Returns the
/// last.
fn type_after_for(t: &Tokens, k: usize) -> Option<usize> {
    let cap = |i: usize| {
        t.toks
            .get(i)
            .is_some_and(|x| x.is_word() && x.cap && !x.upper && t.same_sentence(k, i))
    };
    let mut e = k;
    while e < k + 2 && cap(e + 1) {
        e += 1;
    }
    let typed = (k..=e).any(|i| t.toks[i].is(UNIT_WORD))
        && (k..=e).all(|i| t.toks[i].is(UNIT_WORD) || t.eq(i, "operations"));
    (cap(k) && typed && !cap(e + 1)).then_some(e)
}

/// "Unit 8200", "Unit 61398", "Unit 777": a unit known by its number alone, as some armies name their
/// intelligence and special forces units. A number under ten is a reactor's or a building's ("Unit 3
/// of the plant").
fn unit_number_name(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    if !(tok.is_word() && tok.cap && t.str(k) == "Unit") {
        return None;
    }
    let n = k + 1;
    let x = t.toks.get(n)?;
    let w = t.str(n);
    let number = x.kind == TokKind::Number
        && (2..=5).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_digit())
        && !w.starts_with('0')
        && !is_year(w)
        && t.same_sentence(k, n);
    number.then(|| Hit::span(t, k, n))
}

/// "II MEF", "the XVIII ABC": a Roman numeral and the abbreviation of a formation, found at the numeral
/// `k`, as corps and expeditionary forces are numbered. Named like [`ordinal_acronym`]'s, so that the
/// formation spelled out under the same numeral takes it in.
fn roman_acronym(t: &Tokens, k: usize) -> Option<Hit> {
    let s = t.str(k);
    let numeral = t.toks[k].is_word()
        && s.bytes().all(|b| b.is_ascii_uppercase())
        && lexicon::roman_numeral(s).is_some_and(|n| n < 100);
    numeral.then(|| ordinal_acronym(t, k)).flatten()
}

/// "8th AD" and "8th Armoured Division" in one text: the abbreviation's letters are the initials of the
/// words after the same number.
fn spells_out(short: &str, long: &str) -> bool {
    let (Some((n, acronym)), Some((m, rest))) = (short.split_once(' '), long.split_once(' '))
    else {
        return false;
    };
    // The number and the words first, then the initials as they come, without a copy: this runs for
    // every unit found.
    let initials = rest
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_uppercase);
    n == m && rest.contains(' ') && initials.eq(acronym.chars())
}

/// Heads of numbered formations that are no general unit word: regiments named for what their soldiers
/// were ("1st Kenya Rifles", "2nd Fusiliers") and naval zones ("3rd Naval Zone").
/// False past the last token, so that callers may look ahead freely.
fn regimental_head(t: &Tokens, j: usize) -> bool {
    j < t.len()
        && ([
            "Rifles",
            "Fusiliers",
            "Rangers",
            "Lancers",
            "Hussars",
            "Dragoons",
            "Highlanders",
            "Guards",
        ]
        .iter()
        .any(|w| t.str(j) == *w)
            || t.str(j) == "Zone" && j > 0 && zone_qualifier(t, j - 1))
}

/// Words that make a zone a command: "3rd Naval Zone", "Third Defence Zone", "2nd Operational Zone".
fn zone_qualifier(t: &Tokens, k: usize) -> bool {
    ["naval", "military", "defence", "defense", "operational"]
        .iter()
        .any(|w| t.eq(k, w))
}

/// "262nd Corps Commanders’ Conference": a capitalized run that goes on past the unit's head into the
/// name of a meeting or document names that, not the unit.
fn continues_into_event(t: &Tokens, h: usize) -> bool {
    (h + 1..t.len().min(h + 5))
        .take_while(|&j| {
            t.same_sentence(h, j)
                && (t.toks[j].is_word() && t.toks[j].cap || t.toks[j].kind == TokKind::Possessive)
        })
        .any(|j| t.toks[j].is_word() && lexicon::event_word(t.str(j)))
}

/// Heads a cardinal or Roman numeral designates ("17 Corps", "XXXI Corps", "2 Division").
const NUMERAL_HEADS: &[&str] = &[
    "corps",
    "division",
    "brigade",
    "army",
    "fleet",
    "regiment",
    "flotilla",
    "squadron",
    "wing",
    "force",
    "battalion",
];

/// "17 Corps", "XXXI Corps", "III Marine Expeditionary Force": a formation numbered with a cardinal (1 to
/// 99) or a Roman numeral. Only a capitalized head after it makes the number a designation: "12 brigades"
/// and "40 Army soldiers" are counts.
fn numeral_numbered(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    let s = t.str(k);
    // "the 444 Brigade": a larger number designates only right before its head, after "the".
    let the_head = || {
        k > 0
            && t.eq(k - 1, "the")
            && NUMERAL_HEADS[..4].iter().any(|x| t.eq(k + 1, x))
            && t.toks.get(k + 1).is_some_and(|x| x.cap)
    };
    // "409 Tactical Fighter Squadron": air forces number squadrons and wings in the hundreds; a count of
    // them is written in lower case ("12 squadrons").
    let squadron = || {
        (k + 1..k + 5)
            .take_while(|&j| t.toks.get(j).is_some_and(|x| x.is_word() && x.cap))
            .any(|j| t.str(j) == "Squadron" || t.str(j) == "Wing")
    };
    let numeral = if tok.kind == TokKind::Number {
        s.bytes().all(|b| b.is_ascii_digit())
            && number_value(s)
                .is_some_and(|n| (1..=99).contains(&n) || n < 1000 && (the_head() || squadron()))
    } else {
        // After a name, a Roman numeral is the name's own ("World War II Army veterans"); after a
        // place ("the Quetta-based XII Corps"), a country or a service it is a designation.
        let after_name = || {
            k > 0
                && t.toks[k - 1].is_word()
                && t.toks[k - 1].cap
                && !is_function(t, k - 1)
                && !t.toks[k - 1].is(UNIT_HEAD | BRANCH | COUNTRY | NATIONALITY | RANK | POST_HEAD)
                && !t.str(k - 1).ends_with("-based")
                && t.same_sentence(k - 1, k)
        };
        // The numeral first: few words are one, and the name before is looked up.
        tok.is_word()
            && s.bytes().all(|b| b.is_ascii_uppercase())
            && lexicon::roman_numeral(s).is_some_and(|n| n < 100)
            && !after_name()
    };
    if !numeral {
        return None;
    }
    let mut h = k + 1;
    loop {
        let w = t.toks.get(h)?;
        if h > k + 4 || !t.same_sentence(k, h) || !(w.is_word() && w.cap) {
            return None;
        }
        // "the party's 60 Unit": "Unit" right after the number. "46 Commando": a commando of marines
        // is numbered so, its head alone ("5 Commando Brigade" goes on to its own head).
        if NUMERAL_HEADS.iter().any(|x| t.eq(h, x))
            || regimental_head(t, h) && h > k + 1
            || h == k + 1 && t.eq(h, "Unit")
            || h == k + 1 && t.is_exactly(h, "Commando") && !cap_word_after(t, h)
        {
            break;
        }
        // "1 German-Netherlands Corps": type words and the nations of a multinational corps; "15 Kenya
        // Rifles": the country a regiment is named for.
        let country_named = w.is(COUNTRY) && (h + 1..h + 3).any(|x| regimental_head(t, x));
        // "2 Para-Commando Battalion": type words joined by a hyphen.
        let joined_types = t.str(h).contains('-')
            && t.str(h)
                .split('-')
                .all(|p| !p.is_empty() && lexicon::classes(p) & UNIT_WORD != 0);
        if !(w.is(UNIT_WORD | NATIONALITY)
            || lexicon::nationality_compound(t.str(h))
            || country_named
            || joined_types)
        {
            return None;
        }
        h += 1;
    }
    // "40 Unit commanders": a count of people or things of a unit named by its type.
    if h == k + 1
        && t.eq(h, "Unit")
        && t.same_sentence(h, h + 1)
        && t.toks.get(h + 1).is_some_and(|x| {
            x.is_word()
                && !x.cap
                && (x.is(PERSONNEL) || t.str(h + 1).len() > 3 && t.str(h + 1).ends_with('s'))
        })
    {
        return None;
    }
    // A force is numbered so only as an expeditionary force.
    if t.eq(h, "force") && !(k + 1..h).any(|i| t.eq(i, "expeditionary")) {
        return None;
    }
    // "40 Army soldiers" counts soldiers of a service; "8 Division personnel" are a division's.
    if t.toks[h].is(BRANCH)
        && t.toks.get(h + 1).is_some_and(|x| x.is(PERSONNEL))
        && t.same_sentence(h, h + 1)
        || continues_into_event(t, h)
    {
        return None;
    }
    // "No. 16 Squadron": the abbreviation of "number" opens the name.
    let a = if k >= 2 && t.eq(k - 2, "No") && t.punct(k - 1, '.') && t.same_sentence(k - 2, k) {
        k - 2
    } else {
        k
    };
    Some(Hit::span(t, a, h))
}

/// "al-Mojahedin", "el-Nasr": the Arabic article joined to a capitalized word.
fn arabic_article(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() > 4 && (b.starts_with(b"al-") || b.starts_with(b"el-")) && b[3].is_ascii_uppercase()
}

/// Whether a capitalized word follows token `h` in its sentence: the name goes on.
fn cap_word_after(t: &Tokens, h: usize) -> bool {
    t.toks
        .get(h + 1)
        .is_some_and(|x| x.is_word() && x.cap && t.same_sentence(h, h + 1))
}

/// Endings of compound unit names in German and Dutch: "Panzerbrigade", "Jägerbataillon".
const COMPOUND_HEADS: &[&str] = &["brigade", "bataillon", "regiment", "division", "korps"];

/// "Jaegerbrigade 37", "Panzergrenadierbataillon 212": one word that ends in a unit's head, then the
/// unit's number.
fn compound_numbered(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    // The cheap tests first: a long capitalized word the lexicon does not know, then a number.
    if !(tok.is_word() && tok.cap && !tok.upper && tok.end - tok.start >= 10 && tok.class == 0) {
        return None;
    }
    let n = t.toks.get(k + 1)?;
    let digits = t.str(k + 1);
    if n.kind != TokKind::Number
        || digits.len() > 3
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || !t.same_sentence(k, k + 1)
    {
        return None;
    }
    let w = t.str(k).as_bytes();
    let compound = COMPOUND_HEADS.iter().any(|h| {
        w.len() >= h.len() + 4 && w[w.len() - h.len()..].eq_ignore_ascii_case(h.as_bytes())
    });
    compound.then(|| Hit::span(t, k, k + 1))
}

/// "43 Gemechaniseerde Brigade", "11 Luchtmobiele Brigade": a cardinal, type words in another language
/// and a head, as Dutch and Scandinavian armies number their brigades. Found at the number `k`.
fn cardinal_foreign_type(t: &Tokens, k: usize) -> Option<Hit> {
    let s = t.str(k);
    if !(s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let mut j = k + 1;
    let mut distinct = false;
    while j < k + 3
        && t.toks
            .get(j)
            .is_some_and(|x| x.is_word() && x.cap && x.class == 0)
        && foreign_unit::type_word(t.str(j)).is_some()
        && t.same_sentence(k, j)
    {
        distinct |= foreign_unit::distinct_type_word(t.str(j));
        j += 1;
    }
    // "the 3 Marina Division veterans": a word that is also a name or an English word is not enough.
    if !(distinct || j == k + 3) {
        return None;
    }
    let head = t.toks.get(j).is_some_and(|x| {
        x.is_word() && x.cap && (x.is(UNIT_HEAD) || foreign_unit::head_first(t.str(j)).is_some())
    });
    (j > k + 1 && head && t.same_sentence(k, j)).then(|| Hit::span(t, k, j))
}

/// "71. planinska brigada", "4. motorizovana brigada": after a period ordinal, Slavic languages write a
/// unit's type words and head in lower case. From token `h`, up to two lower-case words the lexicon does
/// not know, then a head of [`foreign_unit::lower_head`]. Returns the head's token.
fn lower_after_period(t: &Tokens, h: usize) -> Option<usize> {
    let lower = |i: usize| {
        t.toks
            .get(i)
            .is_some_and(|y| y.is_word() && !y.cap && (i == h || t.same_sentence(h, i)))
    };
    (h..h + 3).take_while(|&i| lower(i)).find(|&i| {
        foreign_unit::lower_head(t.str(i)).is_some()
            && (h..i).all(|j| t.toks[j].class == 0 && foreign_unit::lower_head(t.str(j)).is_none())
    })
}

/// A unit named in its own army's language ([`foreign_unit`]), found at its first token `k`: head first
/// with a Roman numeral, a written ordinal or a marked number ("III Brigada de Infantería", "1ª Brigada",
/// "18. Dywizja Zmechanizowana", "Regimiento de Caballería N° 4 Coraceros"), a compound after the German
/// ordinal ("12. Panzerdivision", which the sentence splitter cuts after the period), a compound whose
/// first part is a type word ("Panssariprikaati"), or a name in the genitive before its lower-case head
/// ("Norrviks regemente", "Kivilan prikaati").
fn foreign_named(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    let s = t.str(k);
    // "Zone Sud", "Zona Norte": a zone named by a compass word of another language.
    if tok.is_word()
        && tok.cap
        && s.len() == 4
        && foreign_unit::zone_head(s)
        && t.toks
            .get(k + 1)
            .is_some_and(|x| x.is_word() && x.cap && !x.upper && t.same_sentence(k, k + 1))
        && foreign_unit::compass(t.str(k + 1)).is_some()
    {
        return Some(Hit::span(t, k, k + 1));
    }
    // The cheap tests first: a number, or a capitalized word the lexicon does not know.
    let mut word_lead = false;
    let (lead, h) = if tok.kind == TokKind::Number {
        if foreign_unit::written_ordinal(s).is_some() && !s.ends_with('.') {
            (true, k + 1)
        } else if s.len() <= 3
            && s.bytes().all(|b| b.is_ascii_digit())
            && t.punct(k + 1, '.')
            && t.toks[k + 1].start == tok.end
        {
            (true, k + 2)
        } else {
            return cardinal_foreign_type(t, k);
        }
    } else if tok.is_word() && tok.upper && s.len() <= 5 {
        match lexicon::roman_numeral(s) {
            Some(n) if n < 100 => (true, k + 1),
            _ => return None,
        }
    } else if tok.is_word() && tok.cap && foreign_unit::ordinal_word(s).is_some() {
        // "Tercera División", "Troisième Région".
        word_lead = true;
        (true, k + 1)
    } else if tok.is_word() && tok.cap && tok.class == 0 {
        (false, k)
    } else {
        return None;
    };
    if lead
        && h == k + 2
        && let Some(e) = lower_after_period(t, h)
    {
        return Some(Hit::span(t, k, e));
    }
    let x = t.toks.get(h)?;
    // "11e brigade", "23e bataillon": after its own language's ordinal, a head in lower case.
    let lower = lead
        && h == k + 1
        && tok.kind == TokKind::Number
        && x.is_word()
        && !x.cap
        && t.same_sentence(k, h)
        && foreign_unit::lower_head(t.str(h)).is_some();
    // After "10." the splitter has started a new sentence; otherwise the name is in one.
    if !lower && !(x.is_word() && x.cap && x.class == 0 && (h == k + 2 || t.same_sentence(k, h))) {
        return None;
    }
    let word = t.str(h);
    if let Some((prefix, _)) = foreign_unit::compound(word) {
        let number = (!lead)
            .then(|| designation_number(t, h))
            .flatten()
            .filter(|&n| t.str(n).bytes().all(|b| b.is_ascii_digit()));
        let finnish = foreign_unit::finnish_compound(word);
        if lead && h == k + 2 || number.is_some() {
            return Some(Hit::span(t, k, number.unwrap_or(h)));
        }
        if !lead && (finnish || foreign_unit::type_word(prefix).is_some()) {
            return Some(Hit::span(t, k, h));
        }
        return None;
    }
    if !lead
        && (word.ends_with('s') || word.ends_with('n'))
        && t.toks.get(h + 1).is_some_and(|y| y.is_word() && !y.cap)
        && t.same_sentence(h, h + 1)
        && foreign_unit::genitive_head(t.str(h + 1)).is_some()
    {
        return Some(Hit::span(t, h, h + 1));
    }
    let (_, weak) = if lower {
        ("", false)
    } else {
        foreign_unit::head_first(word)?
    };
    // "General de Brigada José …", "Teniente General de División": after a particle the head is part of
    // a rank or of another name.
    if h == k + 2 && !lead || !lead && k > 0 && foreign_unit::particle(t.str(k - 1)) {
        return None;
    }
    let mut numbered = lead;
    let mut typed = false;
    let compass_typed = matches!(
        foreign_unit::head_first(word),
        Some(("Command" | "Region", _))
    );
    let mut e = h;
    let mut j = h + 1;
    let cap_word = |i: usize| {
        t.toks
            .get(i)
            .is_some_and(|y| y.is_word() && y.cap && !y.is(MONTH) && t.same_sentence(h, i))
    };
    let lower_type = |i: usize| {
        t.toks.get(i).is_some_and(|y| {
            y.is_word()
                && !y.cap
                && t.same_sentence(h, i)
                && (foreign_unit::distinct_type_word(t.str(i))
                    || foreign_unit::elided_type_word(t.str(i)))
        })
    };
    while j < t.len() && j <= h + 9 && t.same_sentence(h, j) {
        let y = &t.toks[j];
        let w = t.str(j);
        // "de", "del", "de la" before a capitalized word, or before a type word in lower case.
        if y.is_word() && !y.cap && foreign_unit::particle(w) {
            if cap_word(j + 1) || lower_type(j + 1) {
                j += 1;
                continue;
            }
            if j + 1 < t.len() && foreign_unit::particle(t.str(j + 1)) && cap_word(j + 2) {
                j += 2;
                continue;
            }
            break;
        }
        // "N°3", "Nº 3", "No. 3", "Nº3".
        if y.is_word() && foreign_unit::number_mark(w) {
            let mut n = j + 1;
            if t.toks.get(n).is_some_and(|z| z.kind == TokKind::Punct) && !t.punct(n, ',') {
                n += 1;
            }
            if t.toks.get(n).is_some_and(|z| z.kind == TokKind::Number) && t.same_sentence(j, n) {
                numbered = true;
                e = n;
                j = n + 1;
                continue;
            }
            break;
        }
        if y.is_word() && foreign_unit::marked(w) {
            numbered = true;
            e = j;
            j += 1;
            continue;
        }
        if y.kind == TokKind::Number && !numbered && w.len() <= 4 && !is_year(w) {
            numbered = true;
            e = j;
            j += 1;
            continue;
        }
        if y.is_word() && y.upper && !numbered && lexicon::roman_numeral(w).is_some_and(|n| n < 100)
        {
            numbered = true;
            e = j;
            j += 1;
            continue;
        }
        if cap_word(j) && !y.upper && !is_function(t, j) {
            // "Comando Sur": a point of the compass says which command or region ("Fuerza Sur" is a
            // party).
            typed |= foreign_unit::type_word(w).is_some()
                || compass_typed && foreign_unit::compass(w).is_some();
            e = j;
            j += 1;
            continue;
        }
        // "3e Région militaire", "Brigada paracaidista": the type words of a name in lower case, as
        // French and Spanish write them.
        if lower_type(j) {
            typed = true;
            e = j;
            j += 1;
            continue;
        }
        // "d’infanterie" split at its apostrophe.
        if y.is_word()
            && foreign_unit::elided(w)
            && (t.punct(j + 1, '’') || t.punct(j + 1, '\''))
            && t.toks.get(j + 2).is_some_and(|z| {
                z.is_word()
                    && !z.cap
                    && t.same_sentence(h, j + 2)
                    && foreign_unit::type_word(t.str(j + 2)).is_some()
            })
        {
            typed = true;
            e = j + 2;
            j += 3;
            continue;
        }
        break;
    }
    let ok = if weak {
        numbered || typed
    } else {
        numbered || e > h
    };
    // "the Primera División title", "the Quinta Región held elections": leagues and regions are numbered
    // by the same words; an ordinal word and a bare head name a unit only among armed forces.
    if word_lead && !typed && !forces_sentence(t, k, false) {
        return None;
    }
    ok.then(|| Hit::span(t, k, e))
}

/// Whether the sentence of token `k` speaks of armed forces: a service, personnel, a rank, an exercise
/// or a word of armed forces within 40 tokens of `k`, and with `heads` a unit's head too. Names shaped
/// like units also name leagues, regions, firms and unions; the sentence tells them apart.
fn forces_sentence(t: &Tokens, k: usize, heads: bool) -> bool {
    let classes = PERSONNEL | BRANCH | RANK | EXERCISE | if heads { UNIT_HEAD } else { 0 };
    military::armed_forces_near(t, k, 40, classes)
}

/// "Marine Battalion Landing Team-4", "Naval Task Group-2": a team or group with its number hyphenated
/// on, after capitalized words of which one is a unit's head.
fn hyphen_numbered(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    // The cheap tests first: "Team-7" and "Group-12" are six to nine bytes and start with T or G.
    let len = tok.end - tok.start;
    if !(tok.is_word() && tok.cap && !tok.upper && (6..=9).contains(&len)) {
        return None;
    }
    if !matches!(t.str(k).as_bytes().first(), Some(b'T' | b'G')) {
        return None;
    }
    let (stem, number) = t.str(k).split_once('-')?;
    if !matches!(stem, "Team" | "Group")
        || number.is_empty()
        || number.len() > 3
        || !number.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut a = k;
    while a > 0 && k - a < 5 && t.same_sentence(a - 1, k) {
        let p = &t.toks[a - 1];
        if !(p.is_word() && p.cap && !p.upper) || p.is(NOT_NAME) && !p.is(UNIT_WORD | UNIT_HEAD) {
            break;
        }
        a -= 1;
    }
    if !(a..k).any(|x| t.toks[x].is(UNIT_HEAD)) {
        return None;
    }
    Some(Hit::span(t, a, k))
}

/// "CTF 153", "TF 59", "JTF 5": a task force by its acronym and number.
fn task_force_acronym(t: &Tokens, k: usize) -> Option<Hit> {
    // Every one is all capitals: other tokens are passed over without a look at their text.
    if !t.toks[k].upper || !matches!(t.str(k), "TF" | "CTF" | "JTF" | "CJTF") {
        return None;
    }
    let n = designation_number(t, k)?;
    Some(Hit::span(t, k, n))
}

/// "3e RM", "27e BCA", "2e RIMa": a French ordinal and the acronym of a unit, as armies of French
/// tradition abbreviate their units ("RIMa" keeps the small letter of "marine"). Found at the ordinal
/// `k`; the unit spelled out under the same ordinal takes the acronym in.
fn french_acronym(t: &Tokens, k: usize) -> Option<Hit> {
    if t.toks[k].kind != TokKind::Number || !french_ordinal(t.str(k)) {
        return None;
    }
    let h = k + 1;
    let x = t.toks.get(h)?;
    let w = t.str(h);
    let acronym = x.is_word()
        && t.same_sentence(k, h)
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && (2..=6).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && w.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && !x.is(COUNTRY | ORG_HEAD)
        && !lexicon::organization_acronym(w);
    acronym.then(|| Hit::span(t, k, h))
}

/// The last word of the unit's type after the French head `h`: adjectives and complements of the
/// army's vocabulary ("militaire", "d’infanterie parachutiste", "autonome des forces spéciales"),
/// with the particles between them. `h` when none follows.
fn french_complement(t: &Tokens, h: usize) -> usize {
    let mut e = h;
    let mut j = h + 1;
    let typed = |i: usize| {
        t.toks
            .get(i)
            .is_some_and(|y| y.is_word() && t.same_sentence(h, i))
            && {
                let w = t.str(i);
                lexicon::french_unit_word(w) || foreign_unit::type_word(w).is_some()
            }
    };
    while j < t.len() && j <= h + 7 && t.same_sentence(h, j) && t.toks[j].is_word() {
        let w = t.str(j);
        if typed(j) {
            e = j;
        } else if ["d", "l"].contains(&w) && (t.punct(j + 1, '’') || t.punct(j + 1, '\'')) {
            // "d’infanterie": the elision is split at its apostrophe.
            if !typed(j + 2) {
                break;
            }
            e = j + 2;
            j += 3;
            continue;
        } else if !["de", "des", "du", "la"].contains(&w) {
            break;
        }
        j += 1;
    }
    e
}

/// "Bataillon autonome des forces spéciales (BAFS)", "Zone Sud": a capitalized head of another language with its
/// type words and the acronym it goes by in parentheses after them, or a zone named by its compass
/// point, as the Moroccan and Algerian armies name their commands. Found at the head `k`.
fn french_named(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    if !(tok.is_word() && tok.cap && !tok.upper) {
        return None;
    }
    let w = t.str(k);
    if w == "Zone" || w == "Secteur" {
        let compass = t.toks.get(k + 1).is_some_and(|x| x.is_word() && x.cap)
            && t.same_sentence(k, k + 1)
            && lexicon::french_compass(t.str(k + 1));
        return compass.then(|| Hit::span(t, k, k + 1));
    }
    // The brackets of the acronym first, within reach of the complement's last word (see
    // [`french_complement`]): most capitalized words have none after them, and a head is looked up
    // in two tables.
    let bracket = (k + 2..(k + 11).min(t.len()))
        .take_while(|&j| t.same_sentence(k, j))
        .any(|j| t.punct(j, '('));
    if !bracket || !(lexicon::french_unit_head(w) || foreign_unit::head_first(w).is_some()) {
        return None;
    }
    let e = french_complement(t, k);
    let acronym = t.punct(e + 1, '(')
        && t.toks
            .get(e + 2)
            .is_some_and(|x| x.is_word() && x.upper && t.same_sentence(k, e + 2));
    (e > k && acronym).then(|| Hit::span(t, k, e))
}

/// "5e RM" after "5e Région militaire", "11e BP" after "11e brigade parachutiste": the
/// acronym's letters are the initials of the words after the same French ordinal, particles and
/// elisions aside.
fn french_spells_out(short: &str, long: &str) -> bool {
    let (Some((n, acronym)), Some((m, rest))) = (short.split_once(' '), long.split_once(' '))
    else {
        return false;
    };
    let initials: String = rest
        .split(' ')
        .filter(|w| !["de", "des", "du", "la"].contains(w))
        .filter_map(|w| {
            let w = ["d’", "d'", "l’", "l'"]
                .iter()
                .find_map(|p| w.strip_prefix(p))
                .unwrap_or(w);
            w.chars().next()
        })
        .flat_map(char::to_uppercase)
        .collect();
    n == m && french_ordinal(n) && initials == acronym.to_uppercase() && rest.contains(' ')
}

/// "KFOR", "EUFOR", "POLCON", "MND-NE": a multinational force, a national contingent of one or a
/// multinational headquarters by the shape of its acronym ([`lexicon::force_acronym`]). Articles name
/// these forces bare, often without a commander or a definition in sight ("troops trained with EUFOR"),
/// so the shape is the evidence.
fn force_acronym(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    if !(tok.upper && tok.is_word())
        || tok.is(NOT_NAME | COUNTRY | OUTLET)
        || !lexicon::force_acronym(t.str(k))
    {
        return None;
    }
    // "the VOFOR protocol", "a KFOR agreement": the acronym qualifies a document or a deal there.
    const DOCUMENTS: &[&str] = &[
        "protocol",
        "protocols",
        "agreement",
        "agreements",
        "treaty",
        "accord",
        "accords",
        "deal",
        "law",
        "act",
        "programme",
        "program",
        "report",
        "database",
        "document",
        "framework",
        "fund",
        "budget",
    ];
    if DOCUMENTS.iter().any(|w| t.eq(k + 1, w)) && t.same_sentence(k, k + 1) {
        return None;
    }
    // "the union UNIFOR", "the firm GEOCON": the shape alone is no force outside a sentence about forces.
    if !forces_sentence(t, k, true) {
        return None;
    }
    Some(Hit::span(t, k, k))
}

/// Regions a unified command is named for, whose start its acronym spells: "ATLANTICOM", "Norcom".
const COMMAND_REGIONS: &[&str] = &[
    "AFRICA",
    "EUROPE",
    "CENTRAL",
    "SOUTH",
    "NORTH",
    "PACIFIC",
    "INDOPACIFIC",
    "ATLANTIC",
];

/// Whether `p` spells the start of a region a command is named for, `least` letters or more.
fn region_start(p: &[u8], least: usize) -> bool {
    p.len() >= least
        && COMMAND_REGIONS
            .iter()
            .any(|r| r.len() >= p.len() && r.as_bytes()[..p.len()].eq_ignore_ascii_case(p))
}

/// "ATLANTICOM", "Norcom", "SOCATL": a unified command, or its special operations command, named by
/// the start of its region and "COM", or by "SOC" and the region, in capitals or as a word. The shape
/// is the evidence, as for a force's acronym; "SOCAM" or "Telecom" spells no region.
fn regional_command(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    let b = t.str(k).as_bytes();
    if !(tok.is_word() && tok.cap && (5..=11).contains(&b.len())) {
        return None;
    }
    // The ends first: few words end in "com" or open with "SOC".
    let (p, end) = b.split_at(b.len() - 3);
    let ends = end.eq_ignore_ascii_case(b"COM");
    let opens = tok.upper && b.starts_with(b"SOC");
    if !(ends || opens) || !(tok.upper || b[1..].iter().all(u8::is_ascii_lowercase)) {
        return None;
    }
    let command = ends && region_start(p, 2);
    let special = opens && region_start(&b[3..], 3);
    (command || special).then(|| Hit::span(t, k, k))
}

/// "ATLANTICOM" after "U.S. Atlantic Command": a unified command's acronym ([`regional_command`]) names the
/// command of the article whose word before "Command" its region's letters open, as "the 8th AD" names
/// the division spelled out.
fn command_acronym_names(t: &Tokens, hits: &mut [Hit]) {
    for n in 0..hits.len() {
        let h = &hits[n];
        let w = t.str(h.a).as_bytes();
        if h.a != h.b || w.len() < 5 || !w[w.len() - 3..].eq_ignore_ascii_case(b"COM") {
            continue;
        }
        let region = &w[..w.len() - 3];
        let long = hits.iter().find(|p| {
            p.b > p.a
                && t.is_exactly(p.b, "Command")
                && t.str(p.b - 1).len() >= region.len()
                && t.str(p.b - 1).as_bytes()[..region.len()].eq_ignore_ascii_case(region)
        });
        if let Some(name) = long.map(|p| p.name.clone()) {
            hits[n].name = name;
        }
    }
}

/// "Perubrig", "PERUBRIG", "officers of the Chilbrig": a national battalion or brigade named by the shape of
/// its name ([`lexicon::national_contingent`]), a word no dictionary holds, in a sentence about forces.
fn national_contingent(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    // The last letter first: every such name ends in "bat", "batt" or "brig".
    let ends = matches!(t.str(k).as_bytes().last(), Some(b't' | b'T' | b'g' | b'G'));
    if !(ends
        && tok.is_word()
        && tok.cap
        && tok.class == 0
        && lexicon::national_contingent(t.str(k)))
    {
        return None;
    }
    // "General Batzorig Ochirbat": a word after a capitalized one is a person's name.
    let before = |i: usize| k >= i && t.same_sentence(k - i, k);
    if before(1) && t.toks[k - 1].cap && t.toks[k - 1].is_word() {
        return None;
    }
    // A cue of a unit: capitals, "of (the)" before, brackets, or a unit's head or personnel nearby.
    let of = before(1) && t.eq(k - 1, "of") || before(2) && t.eq(k - 1, "the") && t.eq(k - 2, "of");
    let bracketed = before(1) && t.punct(k - 1, '(') && t.punct(k + 1, ')');
    let near = (k.saturating_sub(2)..(k + 3).min(t.len()))
        .any(|i| i != k && t.same_sentence(i, k) && t.toks[i].is(UNIT_HEAD | PERSONNEL));
    ((tok.upper || of || bracketed || near) && forces_sentence(t, k, true))
        .then(|| Hit::span(t, k, k))
}

/// Abbreviated heads British and Commonwealth armies write after a formation's number ("7 Bde", "8
/// Div", "2 Bn").
const ABBREVIATED_HEADS: &[&str] = &["Bde", "Div", "Bn", "Regt", "Sqn", "Coy"];

/// "7 Bde", "8 Div": a cardinal number and an abbreviated head, in a sentence about forces.
fn abbreviated_head(t: &Tokens, k: usize) -> Option<Hit> {
    let s = t.str(k);
    if !(t.toks[k].kind == TokKind::Number
        && (1..=3).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_digit())
        && ABBREVIATED_HEADS.iter().any(|h| t.is_exactly(k + 1, h))
        && t.same_sentence(k, k + 1))
    {
        return None;
    }
    forces_sentence(t, k, false).then(|| Hit::span(t, k, k + 1))
}

/// "Kosovo Force (KFOR)", "Stabilisation Force (SFOR)": a force whose acronym in parentheses right after
/// its head has the shape of a multinational force's.
fn force_acronym_after(t: &Tokens, h: usize) -> bool {
    t.punct(h + 1, '(')
        && t.toks
            .get(h + 2)
            .is_some_and(|x| x.is_word() && x.upper && lexicon::force_acronym(t.str(h + 2)))
        && t.punct(h + 3, ')')
        && t.same_sentence(h, h + 3)
}

/// "eFP", "mDRC": an acronym of a programme or posture whose first letter is a lower-case prefix (enhanced
/// Forward Presence), which opens a formation's name as a capitalized word does ("eFP Battlegroup
/// Poland").
fn mixed_case_acronym(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=6).contains(&b.len())
        && b[0].is_ascii_lowercase()
        && b.iter().all(u8::is_ascii_alphabetic)
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
        && b[1].is_ascii_uppercase()
}

/// "North-East", "North East", "South", "Centre": the region a multinational headquarters or a
/// detachment holds, written after its head `h` ("Multinational Division North-East", "Joint Regional
/// Detachment North"). Returns the last token; none when "of" follows ("North of the river").
fn compass_name(t: &Tokens, h: usize) -> Option<usize> {
    let word = |i: usize, set: &[&str]| {
        t.toks.get(i).is_some_and(|x| x.is_word() && x.cap)
            && t.same_sentence(h, i)
            && set.contains(&t.str(i))
    };
    let compound = t
        .toks
        .get(h + 1)
        .is_some_and(|x| x.is_word() && x.cap && t.same_sentence(h, h + 1))
        && compass_compound(t.str(h + 1));
    let e = if compound {
        h + 1
    } else if word(h + 1, &COMPASS[..2]) && word(h + 2, &COMPASS[2..4]) {
        h + 2
    } else if word(h + 1, &COMPASS[..4]) || word(h + 1, &["Centre", "Center"]) {
        h + 1
    } else {
        return None;
    };
    (!t.eq(e + 1, "of")).then_some(e)
}

/// "who commands NAVCENT": what an officer commands, named by an acronym, is a unit. Alliances and
/// countries ("commanding NATO forces") are not, nor is an acronym that only qualifies the forces after
/// it.
fn commanded_acronym(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    // The cheap tests first: this runs on most tokens.
    if !(tok.upper && tok.is_word() && k > 0 && t.str(k).len() >= 3 && t.same_sentence(k - 1, k)) {
        return None;
    }
    if !["commands", "commanded", "commanding"]
        .iter()
        .any(|w| t.eq(k - 1, w))
    {
        return None;
    }
    // "commanding M23 operations": a letter-and-number code is an armed movement's name as often as a
    // unit's.
    if tok.is(NOT_NAME | COUNTRY | NATIONALITY | OUTLET | RANK)
        || t.str(k).bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    // "commands SEPAH ground units": the forces may come after a word or two that say which.
    let qualifies = (k + 1..t.len().min(k + 4))
        .take_while(|&j| t.same_sentence(k, j) && t.toks[j].is_word() && !t.toks[j].cap)
        .any(|j| {
            t.toks[j].is(PERSONNEL | UNIT_HEAD | UNIT_WORD | BRANCH)
                || ["ships", "vessels", "aircraft", "units"].contains(&t.str(j))
        });
    if qualifies {
        return None;
    }
    Some(Hit {
        a: k,
        b: k,
        name: t.str(k).to_string(),
        country: None,
        based_in: None,
    })
}

/// A named formation ending at the capitalized head `h`.
fn named(t: &Tokens, h: usize) -> Option<Hit> {
    let head = t.str(h).to_ascii_lowercase();
    let mut a = h;
    while a > 0 && t.same_sentence(a - 1, h) && h - a < 6 {
        let p = &t.toks[a - 1];
        // "G5 Sahel Joint Force": a short code of letters and digits opens the name; so does a
        // mixed-case acronym ("eFP Battlegroup Estonia").
        if p.is_word() && p.upper && t.str(a - 1).bytes().any(|b| b.is_ascii_digit())
            || p.is_word() && mixed_case_acronym(t.str(a - 1))
        {
            a -= 1;
            break;
        }
        // "MK Air Base": a base may be known by the initials of the person it is named for.
        if head == "base"
            && a + 1 == h
            && p.is_word()
            && p.upper
            && (2..=4).contains(&t.str(a - 1).len())
            && !p.is(COUNTRY | NATIONALITY | ORG_HEAD | BRANCH)
            && !lexicon::organization_acronym(t.str(a - 1))
            && !matches!(t.str(a - 1), "NATO" | "EU" | "UN")
        {
            a -= 1;
            break;
        }
        // "Tariq bin Ziyad Brigade": the lower-case "son of" inside a name named for a person.
        if ["bin", "ibn", "ben"].iter().any(|w| t.str(a - 1) == *w)
            && a >= 2
            && t.toks[a - 2].is_word()
            && t.toks[a - 2].cap
            && !t.toks[a - 2].upper
            && !is_function(t, a - 2)
            && t.toks[a].cap
        {
            a -= 1;
            continue;
        }
        // "Naval Striking and Support Forces": "and" between two type words of one force's name.
        if head == "forces" && t.eq(a - 1, "and") && a >= 2 && coordinated_in_name(t, a - 2) {
            a -= 1;
            continue;
        }
        // "the Jaipur-based Southern Command", "the Canadian-led Multinational Brigade": who leads or
        // runs a unit, or where it sits, is not its name; nor is the post of a man named before it
        // ("Commander Mangla Corps Lt Gen …").
        if !(p.is_word() && p.cap && !p.upper)
            || p.is(MONTH | POST_HEAD)
            || is_function(t, a - 1)
            || participle_modifier(t.str(a - 1))
        {
            break;
        }
        a -= 1;
    }
    if t.eq(a, "and") {
        a += 1;
    }
    if a == h {
        return group_abroad(t, h);
    }
    // "Republic of Korea Fleet": a country's formal name opens the formation's name.
    if a >= 2
        && t.toks[a].is(COUNTRY)
        && t.eq(a - 1, "of")
        && ["Republic", "Kingdom", "Federation"]
            .iter()
            .any(|w| t.str(a - 2) == *w)
        && t.same_sentence(a - 2, h)
    {
        a -= 2;
    }
    let words: Vec<usize> = (a..h).collect();
    let proper = words.iter().any(|&k| t.toks[k].class == 0);
    let only_nationality = words
        .iter()
        .all(|&k| t.toks[k].is(NATIONALITY | COUNTRY | BRANCH));
    let ok = match head.as_str() {
        "fleet" | "flotilla" => !only_nationality,
        // "Fourth Naval Region": navies have regions too.
        "region" => h >= 1 && (t.eq(h - 1, "military") || t.eq(h - 1, "naval")) && h - 1 > a,
        // "Caspian Naval District": navies have districts too.
        "district" => h >= 1 && (t.eq(h - 1, "military") || t.eq(h - 1, "naval")) && h - 1 > a,
        // "Southern Military Command", "Joint Strategic Command": a command with a qualifier;
        // "Operational Command North": or with the compass point after it.
        "command"
            if h >= 1
                && (t.eq(h - 1, "military")
                    || t.eq(h - 1, "strategic")
                    || t.eq(h - 1, "operational")) =>
        {
            h - 1 > a || compass_after(t, h)
        }
        // "Central Command", "Regional Command", "Western Command": a qualifier that only a command
        // takes is evidence enough on its own.
        "command" if h >= 1 && command_qualifier(t.str(h - 1)) => true,
        // "Combined Forces Command", "Army Strategic Forces Command", "Africa Command": words that
        // only a command's name strings together.
        "command" if command_words(t, &words) => true,
        // "Joint Group of Forces", "Regional Grouping of Troops".
        "group" | "grouping" if of_forces(t, h).is_some() => true,
        // "the South Base near Bujanovac": a base named for where it lies in its country.
        "base" if h == a + 1 && h >= 2 && t.eq(a - 1, "the") && COMPASS.contains(&t.str(a)) => true,
        "base" => {
            h >= 1
                && (t.eq(h - 1, "naval") || t.eq(h - 1, "air") || t.eq(h - 1, "military"))
                && h - 1 > a
                // "Elmendorf Air Force Base".
                || h >= 2 && t.eq(h - 1, "force") && t.eq(h - 2, "air") && h - 2 > a
        }
        // "Joint Forces Operation", "Joint Force Headquarters": forces that only qualify what follows.
        "force" | "forces"
            if t.toks.get(h + 1).is_some_and(|x| {
                x.is_word() && x.cap && x.is(ORG_HEAD | EXERCISE) && t.same_sentence(h, h + 1)
            }) =>
        {
            false
        }
        // "Naval Forces East", "Air Forces South": a service's forces named for the part of the country
        // they hold.
        // "the Air Forces North of the country": a compass point that says where, not a name.
        "forces"
            if compass_after(t, h)
                && !t.eq(h + 2, "of")
                && words.iter().all(|&k| {
                    t.toks[k].is(NATIONALITY)
                        || [
                            "naval", "air", "land", "ground", "maritime", "marine", "joint",
                        ]
                        .iter()
                        .any(|w| t.eq(k, w))
                })
                && !words.iter().all(|&k| t.toks[k].is(NATIONALITY)) =>
        {
            true
        }
        "force" | "forces" => {
            force_qualified(t, &words, h) || alliance(t, h) || force_acronym_after(t, h)
        }
        // "First Naval Zone": a naval or military zone with a name or number of its own.
        "zone" => {
            h >= 1 && zone_qualifier(t, h - 1) && h - 1 > a || compass_zone(t, h) && a + 1 == h
        }
        // A group is a formation only when something military says so: "Carrier Strike Group",
        // "Task Group 2"; "<Name> Group" alone is a company or a private military company.
        // "Special Service Group", "Special Operations Group": special forces by their group.
        "group"
            if words
                .iter()
                .find(|&&k| !t.toks[k].is(NATIONALITY))
                .is_some_and(|&k| t.eq(k, "special") && h >= k + 2) =>
        {
            true
        }
        // "Ukraine Defense Contact Group", "Friends of Syria Group": diplomatic groups.
        "group"
            if words.iter().any(|&k| {
                [
                    "contact",
                    "working",
                    "advisory",
                    "consultative",
                    "steering",
                    "planning",
                ]
                .iter()
                .any(|w| t.eq(k, w))
            }) =>
        {
            false
        }
        "group" => {
            (proper && !only_nationality || t.eq(a, "task"))
                && (designation_number(t, h).is_some()
                    || words.iter().any(|&k| group_qualifier(t, k)))
        }
        // "Islamic Revolution Guards Corps", "Army Medical Corps": a corps named for what its members
        // are or do is a service or branch; "Konark Corps" and "Africa Corps" are formations.
        "corps"
            if words
                .iter()
                .any(|&k| SERVICE_CORPS.iter().any(|w| t.eq(k, w))) =>
        {
            false
        }
        // "Royal Cambodian Army", "Royal Thai Army": a kingdom's army is its service, not a formation;
        // so is "Jordan Armed Forces-Arab Army", the armed forces under their other name.
        // "Sierra Leone Army", "New Zealand Army": a country of two words and its army, the service.
        // "Tarsen National Liberation Army", "Velm Democratic Alliance Army": a movement's army is the
        // movement, an organization.
        "army"
            if words
                .iter()
                .all(|&k| t.eq(k, "royal") || t.toks[k].is(NATIONALITY | COUNTRY | BRANCH))
                || words.iter().any(|&k| {
                    [
                        "armed",
                        "liberation",
                        "independence",
                        "alliance",
                        "democratic",
                    ]
                    .iter()
                    .any(|w| t.eq(k, w))
                })
                || words.len() >= 2 && two_word_country(t, &words) =>
        {
            false
        }
        // "Giants Brigades", "Al-Qassam Brigades": brigades under one proper name are one force.
        "brigades" => {
            let x = &t.toks[h - 1];
            x.class == 0 && !x.upper && !words.iter().any(|&k| t.toks[k].is(COUNTRY | NATIONALITY))
        }
        "division" | "brigade" | "regiment" | "battalion" | "corps" | "army" | "battlegroup" => {
            proper && !only_nationality
                || formation_qualified(t, &words)
                // "Coastal Marine Brigade", "Army Signal Brigade", "Combat Engineer Battalion 305":
                // a title of two type words, or one with the unit's number after its head.
                || head != "army" && head != "corps" && typed_title(t, &words, h)
                // "First Army": numbered by an ordinal word.
                || words.iter().any(|&k| lexicon::ordinal_word(t.str(k)).is_some())
                || matches!(head.as_str(), "division" | "regiment") && capitalized_title(t, a, h)
                // "the Commando Brigade of the Azerbaijani Army": a brigade titled by its type is one
                // formation when the text says whose army it belongs to.
                || head == "brigade"
                    && capitalized_title(t, a, h)
                    && t.eq(h + 1, "of")
                    && t.eq(h + 2, "the")
                    && t.toks.get(h + 3).is_some_and(|x| x.is(NATIONALITY | COUNTRY))
                    && t.same_sentence(h, h + 3)
                // "Africa Corps": named for a country or region, not a nation's army.
                || head != "army" && words.iter().all(|&k| geographic(t, k))
                // "Varesia Peacekeeping Brigade": a country's name, not its adjective, and the
                // formation's type name one formation.
                || head == "brigade"
                    && words.len() >= 2
                    && t.toks[a].is(COUNTRY)
                    && words[1..]
                        .iter()
                        .all(|&k| t.toks[k].is(UNIT_WORD) && !t.toks[k].is(BRANCH | COUNTRY))
        }
        // "Joint Regional Detachment West": a detachment of type words is named by the region it
        // holds.
        "detachment" if words.len() >= 2 && compass_name(t, h).is_some() => true,
        // "the Varesian Special Forces Command", "Special Operations Command": special forces' command.
        "command"
            if words.iter().any(|&k| t.eq(k, "special"))
                && words
                    .iter()
                    .any(|&k| t.eq(k, "forces") || t.eq(k, "operations")) =>
        {
            true
        }
        "command" | "squadron" | "wing" | "detachment" => proper && !only_nationality,
        // "Rapid Intervention Unit", "British Army Training Unit": a unit whose words say it is one
        // formation, or an army's; "Financial Intelligence Unit" is an office.
        "unit" => {
            words
                .iter()
                .any(|&k| UNIT_KINDS.iter().chain(MULTINATIONAL).any(|w| t.eq(k, w)))
                || words.iter().any(|&k| t.eq(k, "army"))
                    && words.iter().any(|&k| t.toks[k].is(UNIT_WORD))
        }
        // "Royal Gurkha Rifles", "Coldstream Guards": a regiment named for its soldiers, with a name of
        // its own; "Revolutionary Guards" and "Border Guards" are services.
        "rifles" | "fusiliers" | "rangers" | "lancers" | "hussars" | "dragoons" | "highlanders"
        | "guards" => {
            (proper || t.eq(a, "royal"))
                && !only_nationality
                && !words.iter().any(|&k| {
                    [
                        "revolutionary",
                        "national",
                        "border",
                        "coast",
                        "home",
                        "red",
                        "islamic",
                    ]
                    .iter()
                    .any(|w| t.eq(k, w))
                })
        }
        _ => false,
    };
    if !ok {
        return None;
    }
    // "the United Nations Command for Tarsia": the UN's command is the organization's; "a Regional Military
    // Command" of type words after "a" is any such command, no name.
    let indefinite = a > 0 && (t.eq(a - 1, "a") || t.eq(a - 1, "an"));
    if words.iter().any(|&k| t.is_exactly(k, "Nations"))
        || indefinite && !proper && head == "command"
    {
        return None;
    }
    // "the Chilean Naval Forces North": the nationality says whose forces they are, not their name.
    if head == "forces" && compass_after(t, h) {
        while a < h && t.toks[a].is(NATIONALITY) {
            a += 1;
        }
    }
    let mut b = h;
    // "Mechanised Infantry Brigade Stone Fox and the …": a name of two unknown capitalized words after
    // the head, closed by punctuation or a joining word, is the formation's own.
    if matches!(
        head.as_str(),
        "brigade" | "division" | "regiment" | "battalion"
    ) && (h + 1..h + 3).all(|x| {
        t.toks.get(x).is_some_and(|w| {
            w.is_word() && w.cap && !w.upper && w.class == 0 && !t.str(x).contains('-')
        }) && t.same_sentence(h, x)
    }) && t.toks.get(h + 3).is_none_or(|x| {
        x.kind == TokKind::Punct && !t.punct(h + 3, '(')
            || ["and", "of", "in", "at", "from", "with", "on"]
                .iter()
                .any(|w| t.eq(h + 3, w))
    }) {
        b = h + 2;
    }
    // "Task Force Varrak": a task force named by one proper word after it.
    if head == "force"
        && a + 1 == h
        && t.eq(a, "task")
        && t.toks.get(h + 1).is_some_and(|w| {
            w.is_word() && w.cap && !w.upper && w.class == 0 && t.same_sentence(h, h + 1)
        })
        && !cap_word_after(t, h + 1)
    {
        b = h + 1;
    }
    if alliance(t, h) {
        // "Naval Striking and Support Forces NATO": the alliance served is part of the name.
        b = h + 1;
    }
    // "U.S. Africa Command", "U.S. Sixth Fleet", "NATO Response Force": the abbreviation of the country
    // or alliance belongs to the name.
    if matches!(
        head.as_str(),
        "command" | "fleet" | "force" | "forces" | "corps"
    ) && a > 0
        && t.toks[a - 1].upper
        && (t.toks[a - 1].is(COUNTRY) || matches!(t.str(a - 1), "NATO" | "EU" | "UN"))
        && t.same_sentence(a - 1, a)
    {
        a -= 1;
    }
    if head == "regiment"
        && t.eq(h + 1, "of")
        && t.toks
            .get(h + 2)
            .is_some_and(|x| x.is_word() && x.cap && !x.is(NOT_NAME))
        && t.same_sentence(h, h + 2)
    {
        // "Royal Regiment of Fusiliers", "Royal Regiment of Scotland".
        b = h + 2;
    } else if let Some(e) =
        of_forces(t, h).filter(|_| matches!(head.as_str(), "group" | "grouping"))
    {
        b = e;
    } else if let Some(n) =
        designation_number(t, h).filter(|_| matches!(head.as_str(), "group" | "force"))
    {
        // "Task Force 61", "Carrier Strike Group 2": the number is the name.
        b = n;
    } else if let Some(n) = designation_number(t, h).filter(|&n| {
        let counted = t.toks.get(n + 1).is_some_and(|x| {
            let w = t.str(n + 1);
            x.is_word()
                && !x.cap
                && (x.is(PERSONNEL)
                    || [
                        "ships", "vessels", "boats", "craft", "planes", "jets", "ers",
                    ]
                    .iter()
                    .any(|e| w.ends_with(e)))
        });
        matches!(head.as_str(), "flotilla" | "squadron") && !counted
    }) {
        // "Escort Flotilla 4", "Minesweeper Squadron 2": navies number some formations after their
        // head; "Escort Flotilla 4 ships" counts ships.
        b = n;
    } else if (head == "command" || head == "forces" && !t.eq(h + 2, "of")) && compass_after(t, h) {
        // "Regional Command South": the compass point after a command names it, as quoted.
        b = h + 1;
    } else if head == "command"
        && (t.punct(h + 1, '"') || t.punct(h + 1, '“'))
        && t.toks.get(h + 2).is_some_and(|x| x.is_word() && x.cap)
        && (t.punct(h + 3, '"') || t.punct(h + 3, '”'))
    {
        // 'Regional Command "South"': the quoted name belongs to the command.
        b = h + 3;
    }
    // "Medium Infantry Division 77", "Combat Engineer Battalion 305": a number right after the head is
    // the unit's own, as some armies write it; "the Division 3 soldiers" counts them.
    if b == h
        && matches!(
            head.as_str(),
            "division" | "brigade" | "regiment" | "battalion" | "squadron" | "wing"
        )
        && let Some(n) = designation_number(t, h)
        && !t.str(n).contains(['.', ','])
        && !t.toks.get(n + 1).is_some_and(|x| {
            x.is_word() && !x.cap && (x.is(PERSONNEL) || t.str(n + 1).ends_with('s'))
                || measure(t.str(n + 1))
        })
    {
        b = n;
    }
    // "British Army Training Unit Kenya", "Air Task Force Romania": a unit abroad may be named for the
    // country it stands in.
    if matches!(head.as_str(), "unit" | "force" | "forces")
        && b == h
        && t.toks.get(h + 1).is_some_and(|x| {
            x.is_word() && x.cap && x.is(COUNTRY) && !x.is(NATIONALITY) && !x.upper
        })
        && t.same_sentence(h, h + 1)
        && !t
            .toks
            .get(h + 2)
            .is_some_and(|x| x.is_word() && x.cap && t.same_sentence(h, h + 2))
    {
        b = h + 1;
    }
    // "NATO Rapid Deployable Corps – Türkiye": a corps too may be named for the country it is from.
    if matches!(head.as_str(), "force" | "forces" | "command" | "corps") && b == h {
        b = region_continuation(t, h).unwrap_or(b);
    }
    // "Multinational Battle Group Romania", "Multinational Brigade – Latvia": a battle group or a
    // multinational brigade is named for the country it stands in.
    let multinational = matches!(
        head.as_str(),
        "brigade" | "division" | "corps" | "battalion"
    ) && words
        .iter()
        .any(|&k| MULTINATIONAL.iter().any(|w| t.eq(k, w)));
    if multinational && b == h {
        b = region_continuation(t, h).unwrap_or(b);
    }
    if (matches!(head.as_str(), "group" | "battlegroup") || multinational)
        && b == h
        && t.toks.get(h + 1).is_some_and(|x| x.is_word())
        && (geographic(t, h + 1) || compass_compound(t.str(h + 1)))
        && t.same_sentence(h, h + 1)
    {
        b = h + 1;
    }
    if (multinational || head == "detachment")
        && b == h
        && let Some(e) = compass_name(t, h)
    {
        b = e;
    }
    let theater = |k: usize| t.eq(k, "theater") || t.eq(k, "theatre");
    // "the People's Liberation Army Eastern Theater Command": a theater command is named by its point
    // of the compass; the army's name before it is not part of the command's.
    if head == "command"
        && let Some(c) = (a + 1..h).find(|&k| theater(k))
        && COMPASS.contains(&t.str(c - 1))
    {
        a = c - 1;
    }
    // "Southern Theater Command Air Force", "Eastern Theater Command Navy": a theater command's
    // service component.
    if head == "command" && b == h && words.iter().any(|&k| theater(k)) {
        let cap = |i: usize, w: &str| t.toks.get(i).is_some_and(|x| x.cap) && t.eq(i, w);
        if cap(h + 1, "Navy") || cap(h + 1, "Army") {
            b = h + 1;
        } else if (cap(h + 1, "Air") || cap(h + 1, "Ground") || cap(h + 1, "Rocket"))
            && (cap(h + 2, "Force") || cap(h + 2, "Forces"))
        {
            b = h + 2;
        }
        if !t.same_sentence(h, b) {
            b = h;
        }
    }
    let country = (a..h)
        .find(|&k| t.toks[k].is(NATIONALITY) || t.toks[k].upper && t.toks[k].is(COUNTRY))
        .and_then(|k| lexicon::country_of(t.str(k)))
        .map(str::to_string);
    Some(Hit {
        a,
        b,
        name: t.joined(a, b),
        country,
        based_in: None,
    })
}

/// True when the words before a head are a country of more words than one ("Saudi Arabia", or one of
/// [`lexicon::TWO_WORD_COUNTRIES`]).
fn two_word_country(t: &Tokens, words: &[usize]) -> bool {
    let (Some(&a), Some(&b)) = (words.first(), words.last()) else {
        return false;
    };
    lexicon::TWO_WORD_COUNTRIES
        .iter()
        .any(|c| c.split(' ').eq(words.iter().map(|&k| t.str(k))))
        || lexicon::country_of(&t.joined(a, b)).is_some()
}

/// "the Estonian Division", "The Amphibious Regiment (…)": one or two capitalized words and a capitalized
/// head after "the" or a possessive, and no capitalized word after it, is the title of one formation
/// even without a number or a name of its own: the generic noun ("an Estonian division") is not
/// capitalized.
fn capitalized_title(t: &Tokens, a: usize, h: usize) -> bool {
    let cap = |i: usize| {
        t.toks
            .get(i)
            .is_some_and(|x| x.is_word() && x.cap && !x.upper)
    };
    a >= 1
        && h - a <= 2
        && (t.eq(a - 1, "the") || t.toks[a - 1].kind == TokKind::Possessive)
        && t.same_sentence(a - 1, h)
        && (a..=h).all(cap)
        && !(a..h).any(|k| t.toks[k].is(MONTH | RANK) || is_function(t, k))
        && !(cap(h + 1) && t.same_sentence(h, h + 1))
}

/// "Canadian-led", "Jaipur-based", "Turkish-operated": a hyphenated participle, which says who leads or
/// runs a unit or where it sits.
fn participle_modifier(w: &str) -> bool {
    rsplit_hyphen(w).is_some_and(|(_, p)| {
        p.len() >= 3 && p.ends_with("ed") && p.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// "… Task Force, Africa (SETAF-AF)", "Combined Joint Task Force – Horn of Africa": the region a force or
/// command serves, after a comma or a dash, belongs to its name. After a comma it is one region word
/// that ends the phrase; after a dash, capitalized words with an inner "of" up to a region or country.
/// Returns the last token.
fn region_continuation(t: &Tokens, h: usize) -> Option<usize> {
    let r = h + 2;
    if r >= t.len() || !t.same_sentence(h, r) {
        return None;
    }
    if t.punct(h + 1, ',') {
        let ends = t
            .toks
            .get(r + 1)
            .is_none_or(|x| x.kind == TokKind::Punct || !t.same_sentence(r, r + 1));
        return (geographic(t, r) && ends).then_some(r);
    }
    if !(t.punct(h + 1, '–') || t.punct(h + 1, '—')) {
        return None;
    }
    let mut e = r;
    let mut last = None;
    while e < t.len() && e < r + 5 && t.same_sentence(h, e) {
        if t.toks[e].is_word() && t.toks[e].cap {
            if geographic(t, e) {
                last = Some(e);
            }
        } else if !t.eq(e, "of") {
            break;
        }
        e += 1;
    }
    last
}

/// Words that make a corps a service or branch rather than a formation.
const SERVICE_CORPS: &[&str] = &[
    "guards",
    "revolutionary",
    "revolution",
    "marine",
    "medical",
    "signal",
    "signals",
    "service",
    "ordnance",
    "dental",
    "nursing",
    "logistics",
];

/// "the Southern Zone": a military zone named by its compass point, as an army of zones names its
/// commands.
fn compass_zone(t: &Tokens, k: usize) -> bool {
    k >= 2
        && t.str(k) == "Zone"
        && COMPASS.contains(&t.str(k - 1))
        && t.eq(k - 2, "the")
        && t.same_sentence(k - 2, k)
}

/// Compass words that name a base by its position ("South Base").
const COMPASS: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
];

/// "South-East", "North-West": a region named by two compass points, as multinational brigades are.
fn compass_compound(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(a, b)| COMPASS[..2].contains(&a) && COMPASS[2..4].contains(&b))
}

/// "Regional Command South": a compass point right after the head `h`, and no capitalized word after
/// it ("Eastern Command South Sudan office" names a place).
fn compass_after(t: &Tokens, h: usize) -> bool {
    t.toks
        .get(h + 1)
        .is_some_and(|x| x.is_word() && x.cap && COMPASS[..4].contains(&t.str(h + 1)))
        && t.same_sentence(h, h + 1)
        && !t
            .toks
            .get(h + 2)
            .is_some_and(|x| x.is_word() && x.cap && t.same_sentence(h, h + 2))
}

/// Plural heads a list of names shares, and each name's singular head: "the Northern, Pacific and
/// Baltic Fleets" are three fleets.
const SHARED_HEADS: &[(&str, &str)] = &[
    ("Fleets", "Fleet"),
    ("Flotillas", "Flotilla"),
    ("Armies", "Army"),
    ("Commands", "Command"),
    ("Districts", "District"),
];

/// "the Northern, Pacific and Baltic Fleets", "the Western and Central Military Districts": a name of
/// one capitalized word in a list that a plural head closes is that formation. Found at the name `k`;
/// the last name's span takes the head.
fn shared_head(t: &Tokens, k: usize) -> Option<Hit> {
    let name = |i: usize| {
        t.toks.get(i).is_some_and(|x| {
            x.is_word() && x.cap && !x.upper && !x.is(JOINER | BRANCH | UNIT_WORD | UNIT_HEAD)
        }) && !is_function(t, i)
    };
    // The list opens after a lower-case word ("the", "of"): "Russian Northern, …" is not one.
    let first = k == 0
        || t.punct(k - 1, ',')
        || t.eq(k - 1, "and")
        || t.toks[k - 1].is_word() && !t.toks[k - 1].cap
        || t.toks[k - 1].kind == TokKind::Possessive;
    if !first || !name(k) {
        return None;
    }
    let mut j = k + 1;
    let mut joined = k > 0 && t.eq(k - 1, "and");
    while j < t.len() && j < k + 12 && t.same_sentence(k, j) {
        if t.punct(j, ',') || t.eq(j, "and") {
            joined |= t.eq(j, "and");
            j += 1;
            continue;
        }
        let military = t.eq(j, "military") && t.toks[j].cap;
        let h = if military { j + 1 } else { j };
        if let Some((_, one)) = SHARED_HEADS
            .iter()
            .find(|(many, _)| t.toks.get(h).is_some_and(|x| x.cap) && t.str(h) == *many)
        {
            // "Districts" only as military ones.
            if *one == "District" && !military || !joined {
                return None;
            }
            let kind = if military {
                format!("Military {one}")
            } else {
                (*one).to_string()
            };
            let b = if j == k + 1 { h } else { k };
            return Some(Hit {
                a: k,
                b,
                name: format!("{} {kind}", t.str(k)),
                country: None,
                based_in: None,
            });
        }
        if !name(j) || !(t.punct(j - 1, ',') || t.eq(j - 1, "and")) {
            return None;
        }
        j += 1;
    }
    None
}

/// "Norway’s Brigade Nord", "Division Schnelle Kräfte": a formation's head before its proper name. The
/// name is one or two capitalized words the lexicon does not know, and no capitalized word goes on after
/// it.
fn head_first(t: &Tokens, h: usize) -> Option<Hit> {
    let tok = &t.toks[h];
    if !(tok.is_word() && tok.cap && ["Brigade", "Regiment", "Division"].contains(&t.str(h))) {
        return None;
    }
    let proper = |i: usize| {
        t.toks
            .get(i)
            .is_some_and(|x| x.is_word() && x.cap && !x.upper && x.class == 0)
            && t.same_sentence(h, i)
    };
    // "Brigade East": an army may name a formation for its point of the compass.
    let compass = t.toks.get(h + 1).is_some_and(|x| x.is_word() && x.cap)
        && COMPASS[..4].contains(&t.str(h + 1))
        && t.same_sentence(h, h + 1);
    if !proper(h + 1) && !compass {
        return None;
    }
    // "Division Schnelle Kräfte": a name of two words.
    let n = if !compass && proper(h + 2) {
        h + 2
    } else {
        h + 1
    };
    // "the Norwegian Brigade East": the army's nationality may stand before the head.
    let before_cap = h > 0
        && t.same_sentence(h - 1, h)
        && t.toks[h - 1].is_word()
        && t.toks[h - 1].cap
        && !t.toks[h - 1].is(NATIONALITY);
    let after_cap =
        t.toks.get(n + 1).is_some_and(|x| x.is_word() && x.cap) && t.same_sentence(n, n + 1);
    (!before_cap && !after_cap).then(|| Hit::span(t, h, n))
}

/// Words that say an article's fighters are hired or irregular: "Ruritanian paramilitaries", "mercenaries".
const HIRED: &[&str] = &[
    "mercenary",
    "mercenaries",
    "paramilitary",
    "paramilitaries",
    "PMC",
];

/// Words for the men of an armed group after its name: "Borvik fighters".
const GROUP_MEN: &[&str] = &["fighters", "mercenaries", "paramilitaries", "contractors"];

/// "the Borvik Group", "Ruritania's Borvik Group": a private military company or an armed group named by
/// one proper word and "Group", found at the word `k`. Firms are named so too ("the Tarsen Group"): the
/// article must speak of hired fighters ("mercenaries", "a private military company"), or the word
/// alone must name fighters somewhere ("Borvik fighters").
fn private_group(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    let shaped = tok.is_word()
        && tok.cap
        && !tok.upper
        && tok.class == 0
        && t.is_exactly(k + 1, "Group")
        && t.same_sentence(k, k + 1)
        && !cap_word_after(t, k + 1)
        && !(k > 0 && t.toks[k - 1].is_word() && t.toks[k - 1].cap && t.same_sentence(k - 1, k));
    if !shaped {
        return None;
    }
    let hired = HIRED.iter().any(|w| t.occurrences(w).next().is_some())
        || t.occurrences("private").any(|i| t.eq(i + 1, "military"));
    let men = || {
        t.occurrences(t.str(k))
            .any(|i| GROUP_MEN.iter().any(|w| t.eq(i + 1, w)))
    };
    (hired || men()).then(|| Hit::span(t, k, k + 1))
}

/// "fighters of Ruritania's Borvik group": an armed group named by one proper word and a lowercase
/// "group" that a country owns, told by the fighters it sends. A firm is not said to field fighters.
fn fighters_group(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    let shaped = k >= 4
        && tok.is_word()
        && tok.cap
        && !tok.upper
        && tok.class == 0
        && t.is_exactly(k + 1, "group")
        && t.same_sentence(k - 4, k + 1)
        && t.toks[k - 1].kind == TokKind::Possessive
        && t.toks[k - 2].is(COUNTRY)
        && t.eq(k - 3, "of")
        && GROUP_MEN.iter().any(|w| t.eq(k - 4, w));
    shaped.then(|| Hit::span(t, k, k + 1))
}

/// "the Varno Army National Guard", "the New Tarsk Air National Guard": a state's guard of an army or
/// air force that keeps a national guard, found at "National". "The Army National Guard" alone is a
/// reserve service.
fn state_guard(t: &Tokens, k: usize) -> Option<Hit> {
    if !(t.is_exactly(k, "National") && t.is_exactly(k + 1, "Guard") && k >= 2)
        || !(t.is_exactly(k - 1, "Army") || t.is_exactly(k - 1, "Air"))
        || !t.same_sentence(k - 2, k + 1)
    {
        return None;
    }
    let state = |i: usize| {
        let x = &t.toks[i];
        x.is_word() && x.cap && !x.upper && !is_function(t, i) && !x.is(NATIONALITY | BRANCH)
    };
    if !state(k - 2) {
        return None;
    }
    // "New Tarsk", "North Varno": a state of two words.
    let a = if k >= 3 && state(k - 3) && t.same_sentence(k - 3, k) {
        k - 3
    } else {
        k - 2
    };
    Some(Hit::span(t, a, k + 1))
}

/// "ZODI Velmar", "REDI Andes", "the Velmar Zone of Integral Defense": Venezuela's operational zones and
/// strategic regions of integral defense, by their acronym before the state or region they hold, or
/// named in English after it. Found at the acronym or the place `k`.
fn integral_defense(t: &Tokens, k: usize) -> Option<Hit> {
    if (t.is_exactly(k, "ZODI") || t.is_exactly(k, "REDI"))
        && t.toks.get(k + 1).is_some_and(|_| place_word(t, k + 1))
        && t.same_sentence(k, k + 1)
    {
        return Some(Hit::span(t, k, k + 1));
    }
    let e = k + 4;
    // "Zone" first: a place word is looked up.
    let named = t.is_exactly(k + 1, "Zone")
        && place_word(t, k)
        && t.eq(k + 2, "of")
        && t.is_exactly(k + 3, "Integral")
        && (t.is_exactly(e, "Defense") || t.is_exactly(e, "Defence"))
        && t.same_sentence(k, e);
    named.then(|| Hit::span(t, k, e))
}

/// "Qarar al-Nasr" of a headquarters, "Qarar-ol-Nasr": a word of a name with the Arabic article,
/// joined by a hyphen or standing alone.
fn arabic_name_word(w: &str) -> bool {
    arabic_article(w)
        || ["-al-", "-ol-", "-ul-", "-el-"]
            .iter()
            .any(|a| w.contains(a))
}

/// "Qarar al-Nasr Central Headquarters", "Qarar al-Nasr Air Defense Base", "Qarar-ol-Nasr
/// Headquarters": a command named, as Iran's are, for a figure or a battle in Arabic, with type words
/// and "Headquarters" or "Base". Found at the name's first word `k`.
fn arabic_headquarters(t: &Tokens, k: usize) -> Option<Hit> {
    // The head first: few capitalized words have one within reach.
    if !(k + 1..k + 8).any(|i| t.is_exactly(i, "Headquarters") || t.is_exactly(i, "Base")) {
        return None;
    }
    let name = |i: usize| {
        t.toks.get(i).is_some_and(|x| {
            x.is_word()
                && (x.cap
                    && !x.upper
                    && !x.is(NOT_NAME | NATIONALITY | COUNTRY | UNIT_WORD | UNIT_HEAD | ORG_HEAD)
                    || arabic_name_word(t.str(i)))
                && !is_function(t, i)
        })
    };
    if !name(k) || k > 0 && t.same_sentence(k - 1, k) && name(k - 1) {
        return None;
    }
    let mut j = k;
    while j < k + 3 && name(j + 1) && t.same_sentence(k, j + 1) {
        j += 1;
    }
    // "under al-Mojahedin Base": a word with the article alone is a place's or a person's name.
    if !(k..=j).any(|i| arabic_name_word(t.str(i))) || (k..=j).all(|i| arabic_article(t.str(i))) {
        return None;
    }
    // "the Bank al-Tarqa Headquarters", "the al-Varsa Club Base": banks, clubs and religious bodies.
    if (k..=j + 1).any(|i| CIVIL_NAME_WORDS.contains(&t.str(i))) {
        return None;
    }
    let mut h = j + 1;
    while h < j + 4
        && t.toks.get(h).is_some_and(|x| x.is_word() && x.cap)
        && (t.toks[h].is(UNIT_WORD) || ["Central", "Air", "Defense", "Defence"].contains(&t.str(h)))
    {
        h += 1;
    }
    let head = t.is_exactly(h, "Headquarters") || t.is_exactly(h, "Base");
    // A type word before the head makes it a command ("Central Headquarters"); a bare head needs armed
    // forces in its sentence ("units of the Tarqa al-Nasr Base").
    let military = h > j + 1
        || military::armed_forces_near(t, h, 40, PERSONNEL | RANK | UNIT_HEAD | BRANCH | EXERCISE);
    (head && military && t.same_sentence(k, h) && !cap_word_after(t, h)).then(|| Hit::span(t, k, h))
}

/// Words of the names of banks, clubs, schools and religious bodies, never of a command's.
const CIVIL_NAME_WORDS: &[&str] = &[
    "Bank",
    "Dar",
    "Club",
    "Sports",
    "Mosque",
    "University",
    "College",
    "School",
    "Hospital",
    "Museum",
    "Company",
];

/// "struck air bases, including Tarvan and Kelmar Pasha": places an air force's bases are named for,
/// listed after "bases, including" or "bases such as", are those bases. Found at a listed name `k`;
/// the list is walked back to its opening over names, commas and "and".
fn listed_base(t: &Tokens, k: usize) -> Option<Hit> {
    // The word before first: a place word is looked up, and most capitalized words follow another.
    if k == 0 || t.toks[k - 1].cap || !place_word(t, k) {
        return None;
    }
    let mut i = k - 1;
    while i > 0 && k - i < 12 && t.same_sentence(i, k) {
        let x = &t.toks[i];
        if t.eq(i, "including") || t.eq(i, "as") && t.eq(i - 1, "such") {
            break;
        }
        if !(t.punct(i, ',') || t.eq(i, "and") || x.is_word() && x.cap) {
            return None;
        }
        i -= 1;
    }
    if !(t.eq(i, "including") || i > 0 && t.eq(i, "as") && t.eq(i - 1, "such")) {
        return None;
    }
    let opening = if t.eq(i, "as") { i - 1 } else { i };
    let mut b = opening.checked_sub(1)?;
    if t.punct(b, ',') {
        b = b.checked_sub(1)?;
    }
    if !(t.eq(b, "bases") || t.eq(b, "airbases")) || !t.same_sentence(b, k) {
        return None;
    }
    // "air bases", "Ruritanian bases", or bases in a sentence about armed forces: a firm's or a team's
    // bases ("the company operates bases, including Velm") are no units.
    let kind = b > 0
        && (["air", "naval", "military", "missile", "army", "navy"]
            .iter()
            .any(|w| t.eq(b - 1, w))
            || t.toks[b - 1].is(NATIONALITY));
    if !kind && !military::armed_forces_near(t, b, 40, PERSONNEL | RANK | BRANCH) {
        return None;
    }
    let mut e = k;
    while e < k + 2 && place_word(t, e + 1) && t.same_sentence(k, e + 1) {
        e += 1;
    }
    Some(Hit::span(t, k, e))
}

/// "the Navy's Kelmar Tor Group": a group a service owns, named by one or two words of its own, found at
/// the name's first word `k`.
fn service_group(t: &Tokens, k: usize) -> Option<Hit> {
    if k < 2 || t.toks[k - 1].kind != TokKind::Possessive || !t.toks[k - 2].is(BRANCH) {
        return None;
    }
    let word = |i: usize| {
        t.toks.get(i).is_some_and(|x| {
            x.is_word()
                && x.cap
                && !x.upper
                && !x.is(NOT_NAME
                    | NATIONALITY
                    | COUNTRY
                    | UNIT_WORD
                    | UNIT_HEAD
                    | ORG_HEAD
                    | MONTH)
        }) && t.same_sentence(k, i)
    };
    if !word(k) {
        return None;
    }
    let g = if word(k + 1) { k + 2 } else { k + 1 };
    (t.is_exactly(g, "Group") && t.same_sentence(k, g) && !cap_word_after(t, g))
        .then(|| Hit::span(t, k, g))
}

/// "the Central Theater Navy", "the Northern Theatre Army": a theater command's service component.
fn theater_service(t: &Tokens, k: usize) -> Option<Hit> {
    let point = ["Northern", "Southern", "Eastern", "Western", "Central"].contains(&t.str(k));
    if !point || !(t.is_exactly(k + 1, "Theater") || t.is_exactly(k + 1, "Theatre")) {
        return None;
    }
    let e = if t.is_exactly(k + 2, "Navy") || t.is_exactly(k + 2, "Army") {
        k + 2
    } else if t.is_exactly(k + 2, "Air") && t.is_exactly(k + 3, "Force") {
        k + 3
    } else {
        return None;
    };
    (t.same_sentence(k, e) && !cap_word_after(t, e)).then(|| Hit::span(t, k, e))
}

/// "the Chechen Varkan Spetsnaz", "Varkan Spetsnaz commander": special forces named by a proper word
/// and the Russian word for them, found at the word `k`.
fn spetsnaz(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    let named = tok.is_word()
        && tok.cap
        && !tok.upper
        && tok.class == 0
        && t.is_exactly(k + 1, "Spetsnaz")
        && t.same_sentence(k, k + 1)
        && !cap_word_after(t, k + 1);
    named.then(|| Hit::span(t, k, k + 1))
}

/// "the Velmish Ground Force’s Western Army", "the VGF’s Northern Army": a service's army named by
/// its compass point, found at the compass word `k`. A service's possessive before it, or a sentence
/// about armed forces, makes it a formation: "the Western army" or "Europe’s Eastern Army fans" name no
/// command.
fn compass_army(t: &Tokens, k: usize) -> Option<Hit> {
    const POINTS: &[&str] = &[
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Northeastern",
        "Northwestern",
        "Southeastern",
        "Southwestern",
    ];
    if !(POINTS.contains(&t.str(k)) && t.is_exactly(k + 1, "Army") && t.same_sentence(k, k + 1))
        || cap_word_after(t, k + 1)
    {
        return None;
    }
    let owner = k.checked_sub(2)?;
    let o = &t.toks[owner];
    let service = o.is_word()
        && (o.cap && o.is(BRANCH) || o.upper && t.str(owner).len() >= 3 && t.str(owner).len() <= 6);
    let possessed =
        t.toks[k - 1].kind == TokKind::Possessive && service && t.same_sentence(owner, k + 1);
    // "the Southwestern Army moved its tanks", "a former Northern Army commander": after a lower-case word,
    // in a sentence about armed forces, the army is a command too.
    let p = &t.toks[k - 1];
    let plain = p.is_word()
        && !p.cap
        && t.same_sentence(k - 1, k)
        && military::armed_forces_near(t, k + 1, 40, PERSONNEL | RANK | UNIT_HEAD | EXERCISE);
    (possessed || plain).then(|| Hit::span(t, k, k + 1))
}

/// "the Presidential Guard", "the Amiri Guard", "the Republican Guard": a guard formation named for whom
/// it guards. "Border Guard" and "Coast Guard" name services, and "National Guard" a reserve service.
fn guard_formation(t: &Tokens, k: usize) -> Option<Hit> {
    let g = k + 1;
    let named = t.toks.get(g).is_some_and(|x| x.is_word() && x.cap)
        && t.str(g) == "Guard"
        && t.same_sentence(k, g)
        && ["Presidential", "Republican", "Amiri", "Emiri", "Royal"].contains(&t.str(k));
    named.then(|| Hit::span(t, k, g))
}

/// "the 207 Zafar Army Corps", "209 Saad bin Abi Waqqas Corps": a corps numbered in the hundreds with a
/// name of its own, as the Afghan army numbers its corps. A count of a corps' people ("200 Africa Corps
/// fighters") and a name the lexicon knows (a country, a service) are no designation.
fn named_numbered_corps(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    let s = t.str(k);
    if tok.kind != TokKind::Number
        || s.len() != 3
        || !s.bytes().all(|b| b.is_ascii_digit())
        || s.starts_with('0')
    {
        return None;
    }
    let first = t.toks.get(k + 1)?;
    if !(first.is_word() && first.cap && !first.upper)
        || first.is(COUNTRY | NATIONALITY | UNIT_WORD | UNIT_HEAD | BRANCH | PERSONNEL)
    {
        return None;
    }
    let h = (k + 2..k + 6)
        .take_while(|&j| {
            t.same_sentence(k, j)
                && t.toks.get(j).is_some_and(|x| {
                    x.is_word() && (x.cap || ["bin", "ibn", "al"].contains(&t.str(j)))
                })
        })
        .find(|&j| t.str(j) == "Corps")?;
    // "250 Peace Corps Volunteers": a plural after the corps counts its people, capitalized or not.
    let counted = t
        .toks
        .get(h + 1)
        .is_some_and(|x| x.is_word() && (x.is(PERSONNEL) || t.str(h + 1).ends_with('s')))
        && t.same_sentence(h, h + 1);
    // "some 200 Africa Corps": a number after a word of estimate is a count.
    let estimate = k > 0
        && [
            "some",
            "about",
            "nearly",
            "over",
            "around",
            "approximately",
            "roughly",
            "than",
            "almost",
            "up",
        ]
        .iter()
        .any(|w| t.eq(k - 1, w));
    (!counted && !estimate).then(|| Hit::span(t, k, h))
}

/// "Joint Forces Headquarters – North", "Security Forces Headquarters West": the headquarters of a
/// region's forces, named for the region, found at "Headquarters" (`k`). Without the region it is an
/// office.
fn forces_headquarters(t: &Tokens, k: usize) -> Option<Hit> {
    if !(t.is_exactly(k, "Headquarters") && k > 0 && t.is_exactly(k - 1, "Forces")) {
        return None;
    }
    let r = if (t.punct(k + 1, '–') || t.punct(k + 1, '—') || t.punct(k + 1, '-'))
        && t.toks.get(k + 2).is_some_and(|x| x.cap)
    {
        k + 2
    } else {
        k + 1
    };
    if !(r < t.len() && t.same_sentence(k, r) && COMPASS[..4].contains(&t.str(r))) {
        return None;
    }
    let mut a = k - 1;
    while a > 0
        && k - a < 4
        && t.same_sentence(a - 1, k)
        && t.toks[a - 1].is_word()
        && t.toks[a - 1].cap
        && !t.toks[a - 1].upper
        && !is_function(t, a - 1)
        && !t.toks[a - 1].is(MONTH | RANK | POST_HEAD)
    {
        a -= 1;
    }
    (a < k - 1).then(|| Hit::span(t, a, r))
}

/// "Units from Brigade 70 and from Military Region 4": a formation's head before its number, the way
/// some armies name theirs. The head stands alone: no capitalized word before it (which would make it
/// part of a longer name), and the number is a designation, not a year or an ordinal.
fn head_then_number(t: &Tokens, k: usize) -> Option<Hit> {
    let cap = |i: usize| t.toks.get(i).is_some_and(|x| x.is_word() && x.cap);
    // "Naval Region 2", "Naval Zone 3", "Military District 5".
    let h = if cap(k)
        && cap(k + 1)
        && (t.eq(k, "Military") || t.eq(k, "Naval"))
        && ["Region", "Zone", "District", "Area"]
            .iter()
            .any(|w| t.eq(k + 1, w))
    {
        k + 1
    } else if cap(k)
        && ["Brigade", "Division", "Regiment", "Battalion"]
            .iter()
            .any(|w| t.eq(k, w))
    {
        k
    } else if cap(k) && t.eq(k, "Base") && forces_sentence(t, k, true) {
        // "Rocket Force (VRF) Base 63": a missile force numbers its bases as formations.
        k
    } else {
        return None;
    };
    let alone = k == 0
        || !t.same_sentence(k - 1, k)
        || !(t.toks[k - 1].is_word() && t.toks[k - 1].cap && !is_function(t, k - 1));
    // "Division Four", "Brigade Seven": the number in words, British style, among armed forces (leagues
    // have a "Division One" too).
    let worded = h == k
        && cap(k + 1)
        && t.same_sentence(k, k + 1)
        && lexicon::number_word(t.str(k + 1)).is_some_and(|v| v <= 20);
    if worded && alone && forces_sentence(t, k, false) {
        return Some(Hit::span(t, k, k + 1));
    }
    let n = designation_number(t, h)?;
    // "Naval Region 2 Command": the region's command is the region.
    let e = if h == k + 1 && t.eq(n + 1, "Command") && cap(n + 1) && t.same_sentence(n, n + 1) {
        n + 1
    } else {
        n
    };
    (alone && !t.str(n).contains(['.', ','])).then(|| Hit::span(t, k, e))
}

/// The number that designates a group or task force after its head ("Task Force 61", "Task Group
/// 50.1"), as a token index; a year or a count is no designation.
fn designation_number(t: &Tokens, h: usize) -> Option<usize> {
    let n = h + 1;
    let tok = t.toks.get(n)?;
    let s = t.str(n);
    (tok.kind == TokKind::Number
        && t.same_sentence(h, n)
        && !is_ordinal(s)
        && s.len() <= 4
        && !(s.len() == 4 && s.starts_with(['1', '2'])))
    .then_some(n)
}

/// Words that make a "Group" a naval or military formation.
fn group_qualifier(t: &Tokens, k: usize) -> bool {
    [
        "carrier",
        "strike",
        "battle",
        "task",
        "tactical",
        "expeditionary",
        "amphibious",
        "ready",
        "surface",
        "action",
    ]
    .iter()
    .any(|w| t.eq(k, w))
        || t.toks[k].is(UNIT_WORD) && !t.toks[k].is(BRANCH)
}

/// "Separate Combined Arms Army", "Armenian Peacekeeping Brigade": a formation with no number or proper
/// name, named by capitalized type words (and a nationality) only. At least one of them must say what
/// kind of formation it is: "Marine Corps" and "Naval Brigade" say only which service.
fn formation_qualified(t: &Tokens, words: &[usize]) -> bool {
    const KINDS: &[&str] = &[
        "separate",
        "independent",
        "combined",
        "peacekeeping",
        "motorized",
        "motorised",
        "mechanized",
        "mechanised",
        "rifle",
        "tank",
        "mountain",
        "infantry",
        "artillery",
        "assault",
        "airmobile",
        "airborne",
        "reconnaissance",
        "engineer",
        "missile",
        "armored",
        "armoured",
        "cavalry",
        "rapid",
        "reaction",
    ];
    let kind =
        |k: usize| KINDS.iter().any(|w| t.eq(k, w)) || MULTINATIONAL.iter().any(|w| t.eq(k, w));
    words
        .iter()
        .all(|&k| t.toks[k].is(UNIT_WORD | NATIONALITY) || kind(k))
        && words.iter().any(|&k| kind(k))
}

/// Units of measure and shares that follow a count or a distance, and what a sports league's division
/// is followed by, never a unit's number ("the Armoured Division 30 km north", "Division 5 percent").
fn measure(w: &str) -> bool {
    [
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "metres",
        "meters",
        "percent",
        "per",
        "%",
        // "the Northern Division 2 title": a sports league's division.
        "title",
        "league",
        "side",
        "cup",
        "championship",
        "season",
        "match",
    ]
    .contains(&w)
}

/// Capitalized words before a unit's head that title one formation: two or more words that say what
/// kind of unit it is ("Coastal Marine Brigade", "Army Signal Brigade"), or any title with the
/// unit's number right after the head ("Combat Engineer Battalion 305"), which a count is not ("the
/// Engineer Battalion 300 soldiers").
fn typed_title(t: &Tokens, words: &[usize], h: usize) -> bool {
    const KINDS: &[&str] = &[
        "combat",
        "aviation",
        "amphibious",
        "marine",
        "commando",
        "special",
    ];
    let typed = |k: usize| t.toks[k].is(UNIT_WORD | BRANCH) || KINDS.iter().any(|w| t.eq(k, w));
    let titled = words.iter().all(|&k| {
        t.toks[k].cap && !t.toks[k].upper && !t.toks[k].is(MONTH | RANK | COUNTRY | NATIONALITY)
    }) && !words.iter().any(|&k| is_function(t, k));
    let numbered = designation_number(t, h).is_some_and(|n| {
        !t.str(n).contains(['.', ','])
            && !t.toks.get(n + 1).is_some_and(|x| {
                x.is_word() && !x.cap && (x.is(PERSONNEL) || t.str(n + 1).ends_with('s'))
                    || measure(t.str(n + 1))
            })
    });
    titled && (numbered || words.len() >= 2 && words.iter().all(|&k| typed(k)))
}

/// "U.S. Army Europe and Africa", "U.S. Naval Forces Central", "U.S. Air Forces in Europe": a service's
/// component command for a region, named by country, service and region.
fn service_component(t: &Tokens, k: usize) -> Option<Hit> {
    const REGIONS: &[&str] = &[
        "Europe", "Africa", "Pacific", "Asia", "Central", "North", "South", "Korea", "Japan",
        "Alaska", "Americas",
    ];
    let tok = &t.toks[k];
    if !(tok.is_word() && tok.cap && tok.is(COUNTRY | NATIONALITY)) {
        return None;
    }
    let mut j = k + 1;
    // "U.S. Forces Korea", "U.S. Forces Japan": a country's forces in another country, as one command.
    if j + 1 < t.len()
        && t.str(j) == "Forces"
        && t.same_sentence(k, j + 1)
        && t.toks[j + 1].cap
        && !t.toks[j + 1].upper
        && t.toks[j + 1].is(COUNTRY)
    {
        return Some(Hit {
            a: k,
            b: j + 1,
            name: t.joined(k, j + 1),
            country: lexicon::country_of(t.str(k)).map(str::to_string),
            based_in: Some(t.str(j + 1).to_string()),
        });
    }
    let service = if t.eq(j, "Army") || t.eq(j, "Navy") {
        1
    } else if (t.eq(j, "Air") || t.eq(j, "Space"))
        && (t.eq(j + 1, "Force") || t.eq(j + 1, "Forces"))
        || (t.eq(j, "Naval") || t.eq(j, "Marine"))
            && (t.eq(j + 1, "Forces") || t.eq(j + 1, "Corps"))
    {
        2
    } else {
        return None;
    };
    j += service;
    // "US Marine Corps Forces, Pacific": the service's forces, and the region after a comma.
    if t.str(j) == "Forces" && service == 2 && t.eq(j - 1, "Corps") {
        j += 1;
    }
    if t.punct(j, ',') && j + 1 < t.len() && REGIONS.iter().any(|r| t.str(j + 1) == *r) {
        j += 1;
    }
    if t.eq(j, "in") {
        j += 1;
    }
    let region =
        |i: usize| i < t.len() && t.same_sentence(k, i) && REGIONS.iter().any(|r| t.str(i) == *r);
    if !region(j) {
        return None;
    }
    let mut b = j;
    if t.eq(b + 1, "and") && region(b + 2) {
        b += 2;
    }
    Some(Hit {
        a: k,
        b,
        name: t.joined(k, b),
        country: lexicon::country_of(t.str(k)).map(str::to_string),
        based_in: None,
    })
}

/// "the Shandong aircraft carrier group", "the USS Nimitz carrier strike group": a ship's name before a
/// lower-case carrier group.
fn carrier_group(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    // The class test first: this runs on every capitalized word.
    if !(tok.is_word() && tok.cap && !tok.upper) || t.toks.get(k + 1).is_none_or(|n| n.cap) {
        return None;
    }
    let mut j = k + 1;
    if t.eq(j, "aircraft") {
        j += 1;
    }
    if !t.eq(j, "carrier") || t.toks[j].cap {
        return None;
    }
    j += 1;
    if t.eq(j, "strike") || t.eq(j, "battle") {
        j += 1;
    }
    if !t.eq(j, "group") || !t.same_sentence(k, j) || !place_word(t, k) {
        return None;
    }
    // "USS", "HMS", "INS": a ship prefix belongs to the name.
    let a = if k > 0 && t.toks[k - 1].upper && t.str(k - 1).len() == 3 && t.same_sentence(k - 1, k)
    {
        k - 1
    } else {
        k
    };
    Some(Hit::span(t, a, j))
}

/// "Fort Hood", "Camp Casey", "Joint Base Lewis-McChord", "Naval Station Rota", "PAF Base Qarnet": an
/// installation named by its prefix.
fn installation(t: &Tokens, k: usize) -> Option<Hit> {
    let cap = |i: usize, w: &str| i < t.len() && t.toks[i].cap && t.eq(i, w);
    // "Air Base 201": a base known by its number.
    if cap(k, "Air")
        && cap(k + 1, "Base")
        && let Some(n) = designation_number(t, k + 1)
    {
        return Some(Hit::span(t, k, n));
    }
    // "PAF Base Qarnet": an air force's acronym, "Base" and the place.
    let force_base = {
        let w = t.str(k);
        (3..=5).contains(&w.len()) && w.ends_with("AF") && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    // "RSAF Base Qarnet": the acronym names a station alone too ("RSAF Qarnet"); "Base" is looked
    // for first.
    let n = if force_base && cap(k + 1, "Base") {
        k + 2
    } else if cap(k, "Fort") || cap(k, "Camp") || air_station(t.str(k)) {
        k + 1
    } else if cap(k, "Forward") && cap(k + 1, "Operating") && cap(k + 2, "Base")
        || cap(k, "Air") && cap(k + 1, "Force") && cap(k + 2, "Station")
    {
        // "Air Force Station Velm": an air force's station, the way India's are named.
        k + 3
    } else if (cap(k, "Joint") || cap(k, "Naval") || cap(k, "Air"))
        && (cap(k + 1, "Base") || cap(k + 1, "Station"))
    {
        k + 2
    } else if cap(k, "Naval")
        && (cap(k + 1, "Air") && cap(k + 2, "Station")
            || cap(k + 1, "Support") && cap(k + 2, "Activity"))
    {
        k + 3
    } else {
        return None;
    };
    // "Naval Support Activity Bahrain": a naval installation may be named for its host country.
    let host = |i: usize| {
        let x = &t.toks[i];
        t.eq(k, "Naval") && x.cap && !x.upper && x.is(COUNTRY) && !x.is(NATIONALITY)
    };
    // "Camp PERUSOM": a camp may be named by the acronym of the mission that runs it.
    let camp_code = |i: usize| {
        let x = &t.toks[i];
        t.eq(k, "Camp")
            && x.is_word()
            && x.upper
            && t.str(i).len() >= 4
            && t.str(i).bytes().all(|b| b.is_ascii_uppercase())
            && !x.is(COUNTRY | NATIONALITY | ORG_HEAD | BRANCH)
            && !lexicon::organization_acronym(t.str(i))
    };
    if n >= t.len() || !t.same_sentence(k, n) || !(place_word(t, n) || host(n) || camp_code(n)) {
        return None;
    }
    // "three RAF Tornado jets": an air force's aircraft of a type, not a station.
    const AIRCRAFT: &[&str] = &[
        "helicopter",
        "helicopters",
        "aircraft",
        "jet",
        "jets",
        "fighters",
    ];
    if n == k + 1 && AIRCRAFT.iter().any(|w| t.eq(n + 1, w)) {
        return None;
    }
    // "Camp Novo Selo", "PAF Base Tor Kahn": a camp or an air force's base named for a place of two
    // words ("Fort Brask Texas" is a fort and its state).
    let second = (t.eq(k, "Camp") || force_base)
        && t.toks.get(n + 1).is_some_and(|x| {
            x.is_word() && x.cap && !x.upper && x.class == 0 && t.same_sentence(n, n + 1)
        })
        && !t
            .toks
            .get(n + 2)
            .is_some_and(|x| x.is_word() && x.cap && t.same_sentence(n, n + 2));
    Some(Hit::span(t, k, if second { n + 1 } else { n }))
}

/// "RAF Holmsted", "RMAF Kelmar", "RAAF Qarnet", "NAS Selm", "RM Tarbury": a royal air force's
/// acronym, a naval air station's or the Royal Marines', before the place names the station there.
fn air_station(w: &str) -> bool {
    let upper = w.bytes().all(|b| b.is_ascii_uppercase());
    upper
        && (w.len() <= 5 && w.starts_with('R') && w.ends_with("AF")
            || matches!(w, "NAS" | "RNAS" | "RM"))
}

/// "King Faisal Military City", "Robertson Barracks", "Burnham Military Camp": an installation named for a person or a place,
/// with a head that only installations take. Found at its first word `k`; returns the hit to the head.
fn named_installation(t: &Tokens, k: usize) -> Option<Hit> {
    let word = |i: usize| {
        t.toks.get(i).is_some_and(|x| {
            x.is_word() && x.cap && !x.upper && !x.is(MONTH | COUNTRY | NATIONALITY)
        }) && !is_function(t, i)
            && !participle_modifier(t.str(i))
            && t.same_sentence(k, i)
    };
    let head = |i: usize| {
        // "Dhaka Cantonment": a garrison town of South Asian armies, named for its city; its board is
        // a civil body ("Cantonment Board").
        if t.str(i) == "Barracks"
            || t.str(i) == "Cantonment"
                && !t
                    .toks
                    .get(i + 1)
                    .is_some_and(|x| x.is_word() && x.cap && t.same_sentence(i, i + 1))
        {
            Some(i)
        } else if t.str(i) == "Military"
            && t.toks
                .get(i + 1)
                .is_some_and(|_| t.str(i + 1) == "City" || t.str(i + 1) == "Camp")
        {
            Some(i + 1)
        } else {
            None
        }
    };
    // The head first: few capitalized words have one within reach.
    if !(k + 1..k + 4).any(|i| {
        t.toks.get(i).is_some_and(|x| x.cap)
            && (t.is_exactly(i, "Barracks")
                || t.is_exactly(i, "Military")
                || t.is_exactly(i, "Cantonment"))
    }) {
        return None;
    }
    if !word(k) || k > 0 && word(k - 1) || head(k).is_some() {
        return None;
    }
    let mut j = k + 1;
    while j < k + 4 && j < t.len() {
        if let Some(e) = head(j).filter(|&e| t.same_sentence(k, e)) {
            return Some(Hit::span(t, k, e));
        }
        if !word(j) {
            return None;
        }
        j += 1;
    }
    None
}

/// "U-Tapao Royal Thai Navy Airfield", "Bagram Airfield": a military airfield named for its place,
/// with the service that runs it. Found at its head `k`; the name starts at the place.
fn airfield(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    if !(tok.is_word() && tok.cap && t.str(k) == "Airfield") {
        return None;
    }
    let mut a = k;
    while a > 0 && k - a < 5 && t.same_sentence(a - 1, k) {
        let p = &t.toks[a - 1];
        if !(p.is_word() && p.cap && !p.upper) || is_function(t, a - 1) || p.is(MONTH) {
            break;
        }
        a -= 1;
    }
    (a < k && place_word(t, a)).then(|| Hit {
        a,
        b: k,
        name: t.joined(a, k),
        country: None,
        based_in: Some(t.str(a).to_string()),
    })
}

/// Words that make a unit one formation: "Rapid Intervention Unit", "Rapid Reaction Force".
const UNIT_KINDS: &[&str] = &[
    "expeditionary",
    "reaction",
    "deployment",
    "intervention",
    "rapid",
    "response",
];

/// Qualifiers that make "Command" the name of a command.
fn command_qualifier(w: &str) -> bool {
    matches!(
        w,
        "Central"
            | "Regional"
            | "Joint"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "European"
            | "Pacific"
            | "African"
            | "Indo-Pacific"
    )
}

/// Words of a command's name: "Combined Forces Command", "Special Forces Command", "Joint Operations
/// Command", "Army Strategic Forces Command", "Africa Command". A service's words alone ("Army Command",
/// "Air Force Command"), or with a country ("Pakistan Army Command"), name the service's staff.
fn command_words(t: &Tokens, words: &[usize]) -> bool {
    // "Southern Sea Area Command", "Kosovo Greek Peace Forces Command": the sea or area a command
    // holds and the country it stands in go between its qualifier and its head.
    const SERVICE: &[&str] = &[
        "forces", "force", "army", "naval", "navy", "air", "marine", "marines", "maritime", "sea",
        "area", "ground", "land",
    ];
    const QUALIFIER: &[&str] = &[
        "combined",
        "joint",
        "special",
        "strategic",
        "operations",
        "unified",
        "cyber",
        "space",
        "missile",
        "rocket",
        "training",
        "logistics",
        "transport",
        "theater",
        "theatre",
        "expeditionary",
        // "Fleet Command": a navy's command of its fleet; "Peace Forces Command": of its forces
        // abroad.
        "fleet",
        "peace",
    ];
    let service = |k: usize| {
        SERVICE.iter().any(|w| t.eq(k, w))
            || k > words[0] && t.toks[k].is(NATIONALITY)
            || k == words[0] && words.len() >= 3 && t.toks[k].is(COUNTRY)
    };
    let qualifier = |k: usize| {
        QUALIFIER.iter().any(|w| t.eq(k, w))
            || command_qualifier(t.str(k))
            // "South Western Air Command": a compass word before another.
            || COMPASS.contains(&t.str(k))
            || geographic(t, k) && !t.toks[k].is(COUNTRY)
    };
    words.iter().all(|&k| service(k) || qualifier(k)) && words.iter().any(|&k| qualifier(k))
}

/// Continents and seas that commands and corps are named for, and country names (not adjectives).
fn geographic(t: &Tokens, k: usize) -> bool {
    const REGIONS: &[&str] = &[
        "Africa",
        "Asia",
        "Europe",
        "America",
        "Americas",
        "Pacific",
        "Atlantic",
        "Arctic",
        "Indo-Pacific",
        "Sahel",
        "Caucasus",
        "Balkans",
        "Levant",
        "Mediterranean",
    ];
    let tok = &t.toks[k];
    tok.cap && (tok.is(COUNTRY) && !tok.upper || REGIONS.iter().any(|r| t.str(k) == *r))
}

/// Words that make a force or corps one formation of several services or nations ("Combined Maritime
/// Forces", "Allied Rapid Reaction Corps", "Multinational Corps").
const MULTINATIONAL: &[&str] = &[
    "unified",
    "joint",
    "combined",
    "multinational",
    "allied",
    "collective",
    "coalition",
];

/// "Combined Maritime Forces", "Unified Force", "Fleet Marine Force", "Joint Rapid Reaction Forces": a
/// force whose words say it is one formation. A branch ("Ground Forces", "Armed Forces", "Maritime
/// Self-Defense Force") or a party's militia ("Democratic Forces") is none.
fn force_qualified(t: &Tokens, words: &[usize], h: usize) -> bool {
    const KINDS: &[&str] = &[
        "expeditionary",
        "reaction",
        "deployment",
        "task",
        "striking",
        "intervention",
        "standby",
        // "Velm Community Regional Force": a bloc's force for a region.
        "regional",
        "response",
        // "Rapid Support Forces": a named paramilitary force.
        "rapid",
        "support",
    ];
    const NOT: &[&str] = &[
        "self-defense",
        "self-defence",
        "armed",
        "defense",
        "defence",
        "police",
        "border",
        "democratic",
        "popular",
        "mobilization",
        // "United Nations Stabilization Force": the UN's peacekeeping forces are its missions, which are
        // the organization's, not one army's formations.
        "nations",
    ];
    // "UN Interim Force in Tarsia": the acronym before the name is the UN's.
    let un = words
        .first()
        .is_some_and(|&a| a > 0 && t.is_exactly(a - 1, "UN"));
    if un || words.iter().any(|&k| NOT.iter().any(|w| t.eq(k, w))) {
        return false;
    }
    const NOT_PROPER: &[&str] = &[
        "royal",
        "space",
        "national",
        "territorial",
        "coast",
        "home",
        "security",
        "nuclear",
        "volunteer",
        "peace",
        "rocket",
        "aerospace",
        "cyberspace",
        "information",
        "reserve",
    ];
    // "Quds Force", "Radwan Force", "Delta Force": a proper name before a singular force names one
    // unit; "Royal Air Force" or "Space Force" names a service.
    let named_force = t.eq(h, "force")
        && h > 0
        && words.contains(&(h - 1))
        && t.toks[h - 1].class == 0
        && !t.toks[h - 1].upper
        && !words.iter().any(|&k| NOT_PROPER.iter().any(|w| t.eq(k, w)));
    // "Security Belt Forces", "Hadrami Elite Forces": two or more words ending in a proper name, and
    // no country or nationality among them, name one force; "Houthi Forces" alone is a party's men.
    let named_forces = t.eq(h, "forces")
        && words.len() >= 2
        && words.contains(&(h - 1))
        && t.toks[h - 1].class == 0
        && !t.toks[h - 1].upper
        && !words.iter().any(|&k| t.toks[k].is(COUNTRY | NATIONALITY));
    // "Tarvok Special Forces": special forces under a proper name.
    let named_special = t.eq(h, "forces")
        && h >= 2
        && t.eq(h - 1, "special")
        && words.contains(&(h - 2))
        && t.toks[h - 2].class == 0
        && !t.toks[h - 2].upper
        && !words.iter().any(|&k| t.toks[k].is(COUNTRY | NATIONALITY));
    named_force
        || named_forces
        || named_special
        || words
            .iter()
            .any(|&k| KINDS.iter().chain(MULTINATIONAL).any(|w| t.eq(k, w)))
        // "Fleet Marine Force": a fleet's own force.
        || t.eq(h, "force") && words.iter().any(|&k| t.eq(k, "fleet"))
}

/// An alliance's acronym right after the head: "Support Forces NATO".
fn alliance(t: &Tokens, h: usize) -> bool {
    let n = h + 1;
    n < t.len()
        && t.same_sentence(h, n)
        && matches!(t.str(n), "NATO" | "EU" | "UN")
        && ["force", "forces", "command"].iter().any(|w| t.eq(h, w))
}

/// The word before "and" inside a force's name ("Naval Striking and Support Forces"): a capitalized
/// word that is no head, service, country or function word, so that "the Army and Joint Forces" stays
/// two names.
fn coordinated_in_name(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.is_word()
        && tok.cap
        && !tok.upper
        && !tok.is(UNIT_HEAD | BRANCH | COUNTRY | NATIONALITY | ORG_HEAD | NOT_NAME)
        && !is_function(t, k)
        && t.toks.get(k + 2).is_some_and(|x| x.cap && x.is_word())
        && !after_rank(t, k)
}

/// Whether the capitalized words ending at token `k` follow a rank ("Gen. Ahmet Kocaoglu and Land
/// Forces Commander …"): they name a person, and the "and" joins him to another officer, not two words
/// of one force's name.
fn after_rank(t: &Tokens, k: usize) -> bool {
    let mut a = k;
    while a > 0
        && k - a < 4
        && t.toks[a - 1].is_word()
        && t.toks[a - 1].cap
        && !t.toks[a - 1].is(RANK)
    {
        a -= 1;
    }
    let rank = |i: usize| t.toks[i].is(RANK) && t.same_sentence(i, k);
    a > 0 && (rank(a - 1) || a > 1 && t.punct(a - 1, '.') && rank(a - 2))
}

/// "Group of Forces", "Grouping of Troops", "Operational Group of Russian Forces" at token `h`: the
/// last token of the name, past a nationality that says whose forces the group holds.
fn of_forces(t: &Tokens, h: usize) -> Option<usize> {
    if !t.eq(h + 1, "of") {
        return None;
    }
    let mut e = h + 2;
    if t.toks.get(e).is_some_and(|x| x.cap && x.is(NATIONALITY)) {
        e += 1;
    }
    ((t.eq(e, "Forces") || t.eq(e, "Troops")) && t.same_sentence(h, e)).then_some(e)
}

/// "the Group of Turkish Forces in the Kelmar", "Group of Turkish Troops in Tarsia": a group of a
/// nation's forces named by its head alone, and by the region it stands in. Found at "Group" `h`.
fn group_abroad(t: &Tokens, h: usize) -> Option<Hit> {
    if !(t.is_exactly(h, "Group") && t.toks.get(h + 2).is_some_and(|x| x.is(NATIONALITY))) {
        return None;
    }
    let e = of_forces(t, h)?;
    let mut r = e + 1;
    if !t.eq(r, "in") {
        return None;
    }
    r += 1;
    if t.eq(r, "the") {
        r += 1;
    }
    (t.toks.get(r).is_some_and(|x| x.is_word() && x.cap)
        && t.same_sentence(h, r)
        && !cap_word_after(t, r))
    .then(|| Hit::span(t, h, r))
}

/// "Chengdu Military Region": a region that is a command, not a place.
fn military_region(t: &Tokens, k: usize) -> bool {
    k > 0 && t.eq(k, "Region") && t.eq(k - 1, "Military")
}

/// "the Volga MD": a place and "MD", the usual abbreviation of "Military District", at the place `k`.
fn district_abbreviation(t: &Tokens, k: usize) -> Option<Hit> {
    (k > 0
        && t.same_sentence(k, k + 1)
        && t.str(k + 1) == "MD"
        && place_word(t, k)
        && t.eq(k - 1, "the"))
    .then(|| Hit::span(t, k, k + 1))
}

/// Capitalized function words that start sentences ("The", "In").
fn is_function(t: &Tokens, k: usize) -> bool {
    t.toks[k].is(JOINER) || lexicon::capitalized_function_word(t.str(k))
}

/// "Every brigade sent", "Each battalion": a determiner that opens a sentence names no unit.
const DETERMINERS: &[&str] = &[
    "Every", "Each", "Any", "This", "That", "These", "Those", "No", "Some", "Another", "Such",
    "Either", "Neither", "Both", "All",
];

/// "an Oreshnik unit" after "the Oreshnik intermediate-range missile system": a name the text gives a
/// weapon system names no unit. True when the word at `k` is somewhere followed, within three lower-case
/// words, by a word for a weapon system.
fn equipment(t: &Tokens, k: usize) -> bool {
    const SYSTEMS: &[&str] = &[
        "system",
        "systems",
        "missile",
        "missiles",
        "launcher",
        "launchers",
    ];
    let w = t.str(k);
    (0..t.len()).any(|i| {
        t.str(i) == w
            && (i + 1..i + 4)
                .take_while(|&j| {
                    j < t.len() && t.same_sentence(i, j) && t.toks[j].is_word() && !t.toks[j].cap
                })
                .any(|j| SYSTEMS.iter().any(|x| t.eq(j, x)))
    })
}

/// A word that can name the place a base is named for.
fn place_word(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.is_word()
        && tok.cap
        && !tok.upper
        && !tok.is(NOT_NAME | NATIONALITY | COUNTRY | UNIT_WORD | UNIT_HEAD | ORG_HEAD)
        && !t.str(k).bytes().any(|b| b.is_ascii_digit())
        && !participle_modifier(t.str(k))
        && !lexicon::capitalized_function_word(t.str(k))
}

/// "H3 air base", "K2 airbase": a base known by a code of a capital and digits; "Bomana barracks",
/// "Bomana Barracks", "Gujranwala cantonment": barracks named for their place.
fn coded_base_or_barracks(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    let s = t.str(k);
    // One capital and one digit: "F16" and "B52" are aircraft.
    let code = tok.is_word()
        && s.len() == 2
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.as_bytes()[1].is_ascii_digit();
    // "the F16 air base museum", "the Ottoman barracks memorial": what stands there now.
    let memorial = |i: usize| {
        ["museum", "memorial", "site", "ruins"]
            .iter()
            .any(|w| t.eq(i, w))
    };
    if code {
        let j = if t.eq(k + 1, "air") && t.eq(k + 2, "base") {
            k + 2
        } else if t.eq(k + 1, "airbase") {
            k + 1
        } else {
            return None;
        };
        return (t.same_sentence(k, j) && !memorial(j + 1)).then(|| Hit::span(t, k, j));
    }
    // The next word first: this runs on every capitalized word, and few are followed by barracks.
    if !t.eq(k + 1, "barracks") && !t.eq(k + 1, "cantonment") {
        return None;
    }
    // "the old Ottoman barracks", "the Victorian barracks": an era or a people, not a place.
    let adjective =
        lexicon::demonym_like(s) || ["an", "ian", "ese", "ish"].iter().any(|e| s.ends_with(e));
    // "the Rawalpindi Cantonment Board" is the board's name.
    let barracks = ["barracks", "cantonment"].iter().any(|w| t.eq(k + 1, w))
        && !t
            .toks
            .get(k + 2)
            .is_some_and(|x| x.is_word() && x.cap && t.same_sentence(k + 1, k + 2));
    (place_word(t, k)
        && tok.class == 0
        && !adjective
        && barracks
        && !memorial(k + 2)
        && t.same_sentence(k, k + 1))
    .then(|| Hit::span(t, k, k + 1))
}

/// "Kelmar air base", "Batumi base", "Almaty military base number 61933", "Borsk airbase", "the Velm
/// airfield": a base, or an airfield an air force uses, named for its place.
fn place_base(t: &Tokens, k: usize) -> Option<(Hit, Option<usize>)> {
    let mut j = k + 1;
    if t.eq(j, "air") || t.eq(j, "naval") || t.eq(j, "military") || t.eq(j, "army") {
        j += 1;
    }
    // The base first: this runs on every capitalized word, and few are followed by one.
    let airfield = j == k + 1 && t.is_exactly(j, "airfield");
    if !(t.eq(j, "base") || t.eq(j, "bases") || t.eq(j, "airbase") || airfield)
        || !t.same_sentence(k, j)
    {
        return None;
    }
    // "Hamid Seyyed al-Mojahedin Base": a lower-case Arabic article ends a name after capitalized
    // words; "the al-Warda air base": it opens a place's name before a base in lower case.
    let article = arabic_article(t.str(k));
    if !place_word(t, k) && !article {
        return None;
    }
    let after_name = k > 0 && t.toks[k - 1].cap && t.same_sentence(k - 1, k);
    if article && !after_name && t.toks.get(j).is_some_and(|x| x.cap) {
        return None;
    }
    let mut b = j;
    if t.eq(b + 1, "number") && t.toks.get(b + 2).is_some_and(|x| x.kind == TokKind::Number) {
        b += 2;
    }
    // "Ahmed Kassem Military Base", "Ion Tudorescu Air Base": a capitalized base is named for
    // a person as often as for a place, and takes the given name too.
    let mut a = k;
    // "at Tor Kahn air base": a place of two words, inside a sentence, before a lower-case head.
    let two_words = !t.toks[j].cap && k >= 2 && t.same_sentence(k - 2, k) && {
        let p = &t.toks[k - 1];
        p.is_word()
            && p.cap
            && !p.upper
            && !p.is(NOT_NAME | NATIONALITY | COUNTRY | UNIT_WORD | UNIT_HEAD | ORG_HEAD | MONTH)
            && !is_function(t, k - 1)
            && !t.str(k - 1).contains('-')
            && !(t.toks[k - 2].is_word() && t.toks[k - 2].cap)
    };
    if two_words {
        a = k - 1;
    }
    if t.toks[j].cap {
        while a > k.saturating_sub(2) && a > 0 && t.same_sentence(a - 1, k) {
            let p = &t.toks[a - 1];
            let given = p.is_word()
                && p.cap
                && !p.upper
                && !p.is(NOT_NAME
                    | NATIONALITY
                    | COUNTRY
                    | UNIT_WORD
                    | UNIT_HEAD
                    | ORG_HEAD
                    | MONTH)
                && !is_function(t, a - 1)
                && !participle_modifier(t.str(a - 1));
            if !given {
                break;
            }
            a -= 1;
        }
    }
    // "the Batumi and Akhalkalaki bases": the first place shares the head.
    let coordinated =
        (a == k && k >= 2 && t.eq(k - 1, "and") && place_word(t, k - 2)).then(|| k - 2);
    Some((
        Hit {
            a,
            b,
            name: singular_name(t.joined(a, b)),
            country: None,
            based_in: (a == k).then(|| t.str(k).to_string()),
        },
        coordinated,
    ))
}

/// "Khortytsia operational-strategic group of troops", "the Tavria operational group", "the Dnepr group
/// of forces", "the Kursk grouping", "the Murghab border detachment": a group of forces or a border
/// detachment named for a place, with its head in lower case. A bare "group" needs "of forces/troops"
/// (a "Tarvok group" or a "Minsk group" is no formation).
fn operational_group(t: &Tokens, k: usize) -> Option<Hit> {
    let j = k + 1;
    let first = *t.text.as_bytes().get(t.toks.get(j)?.start as usize)?;
    if !matches!(first, b'o' | b'g' | b'b') || !place_word(t, k) {
        return None;
    }
    let of_forces = |g: usize| {
        t.eq(g + 1, "of")
            && (t.eq(g + 2, "troops") || t.eq(g + 2, "forces"))
            && !t.toks[g + 2].cap
            && t.same_sentence(k, g + 2)
    };
    // "the Murghab border detachment", "the Isfara border guard detachment".
    if t.eq(j, "border") {
        let d = if t.eq(j + 1, "guard") { j + 2 } else { j + 1 };
        return (t.eq(d, "detachment") && t.same_sentence(k, d)).then(|| Hit::span(t, k, d));
    }
    // "the Dnepr group of forces", "the Kursk grouping (of troops)".
    if t.eq(j, "grouping") && t.same_sentence(k, j) {
        return Some(Hit::span(t, k, if of_forces(j) { j + 2 } else { j }));
    }
    if t.eq(j, "group") && of_forces(j) {
        return Some(Hit::span(t, k, j + 2));
    }
    if ![
        "operational",
        "operational-strategic",
        "operational-tactical",
    ]
    .iter()
    .any(|w| t.eq(j, w))
    {
        return None;
    }
    if !(t.eq(j + 1, "group") || t.eq(j + 1, "grouping")) || !t.same_sentence(k, j + 1) {
        return None;
    }
    let mut b = j + 1;
    if of_forces(b) {
        b += 2;
    }
    Some(Hit::span(t, k, b))
}

/// "the Cobasna ammunition depot", "the Toropets arms depot": a depot named for its place is an
/// installation. What it stores must be said: "Moscow depot" alone may be a railway's.
fn place_depot(t: &Tokens, k: usize) -> Option<Hit> {
    let j = k + 1;
    let first = t
        .toks
        .get(j)
        .map_or(0, |x| t.text.as_bytes()[x.start as usize]);
    let stores = matches!(first, b'a' | b'w' | b'm')
        && ["ammunition", "arms", "weapons", "munitions", "missile"]
            .iter()
            .any(|w| t.eq(j, w));
    if !stores
        || !(t.eq(j + 1, "depot") || t.eq(j + 1, "arsenal"))
        || !place_word(t, k)
        || !t.same_sentence(k, j + 1)
    {
        return None;
    }
    Some(Hit::span(t, k, j + 1))
}

/// "military unit 12345", "military unit No. 3421": a unit known by its number.
fn unit_number(t: &Tokens, k: usize) -> Option<Hit> {
    if !(t.toks[k].is(UNIT_WORD) && t.eq(k, "military") && t.eq(k + 1, "unit")) {
        return None;
    }
    let mut n = k + 2;
    if t.eq(n, "no") && t.punct(n + 1, '.') || t.eq(n, "number") {
        n += if t.eq(n, "number") { 1 } else { 2 };
    }
    let tok = t.toks.get(n)?;
    if tok.kind != TokKind::Number || !t.same_sentence(k, n) {
        return None;
    }
    Some(Hit::span(t, k, n))
}

/// A short proper name the text calls a brigade or battalion: "Vorbat peacekeeping battalion".
fn short_name(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    // "The Vorbat battalion": a sentence's first "The" is no part of a name.
    // "the US-trained Tarvok special forces": a participle before the name is none of it.
    let name_before = k > 0
        && t.toks[k - 1].cap
        && !t.toks[k - 1].is(NATIONALITY)
        && !participle_modifier(t.str(k - 1))
        && t.same_sentence(k - 1, k)
        && !(t.str(k - 1) == "The" && (k == 1 || !t.same_sentence(k - 2, k - 1)));
    if !(tok.is_word() && tok.cap && tok.class == 0) || name_before {
        return None;
    }
    // "the Steel Lynx brigade": a name of two words the lexicon does not know, then the head.
    let second = t
        .toks
        .get(k + 1)
        .is_some_and(|x| x.is_word() && x.cap && !x.upper && x.class == 0)
        && t.same_sentence(k, k + 2)
        && ["brigade", "battalion", "regiment"]
            .iter()
            .any(|h| t.is_exactly(k + 2, h));
    let own_word = || !lexicon::demonym_like(t.str(k)) && !DETERMINERS.contains(&t.str(k));
    if second && own_word() && !equipment(t, k) {
        return Some(Hit::span(t, k, k + 2));
    }
    // "The Barsik (“Grey Lynx”) battalion": a nickname in parentheses may stand before the head.
    let n = (t.punct(k + 1, '('))
        .then(|| nickname(t, tok.end as usize))
        .flatten()
        .and_then(|(_, e)| (e + 2..e + 4).find(|&c| t.punct(c, ')')))
        .map_or(k + 1, |c| c + 1);
    // 'the Chechen "Varkan" special forces': a name in quotes before the head.
    let quote = |i: usize| ['"', '“', '”'].iter().any(|&q| t.punct(i, q));
    let n = if n == k + 1 && quote(k + 1) && k > 0 && quote(k - 1) {
        k + 2
    } else {
        n
    };
    let mut j = n;
    while j < t.len()
        && j <= n + 2
        && t.toks[j].is_word()
        && !t.toks[j].cap
        && (t.toks[j].is(UNIT_WORD) || t.is_exactly(j, "special"))
        && !(t.eq(j, "forces") && t.eq(j - 1, "special"))
    {
        j += 1;
    }
    if j == n && !SHORT_NAME_HEADS.iter().any(|h| t.eq(j, h)) {
        return None;
    }
    // "the KSNB special unit Burkut": the acronym is the service's, and the name after is the unit.
    if tok.upper && cap_word_after(t, j) {
        return None;
    }
    // "the Tarvok special forces": special forces under a name of their own are one unit.
    let special_forces = j > n && t.eq(j, "forces") && t.eq(j - 1, "special");
    if !t.same_sentence(k, j) || !(SHORT_NAME_HEADS.iter().any(|h| t.eq(j, h)) || special_forces) {
        return None;
    }
    // The word's own tests after the head's: few capitalized words are followed by one.
    if !own_word() {
        return None;
    }
    if equipment(t, k) {
        return None;
    }
    // "Merlang Contingent XIV-B": a contingent numbered by its rotation's code is named with its head
    // and the code.
    if t.toks[j].cap
        && t.toks.get(j + 1).is_some_and(|x| x.is_word() && x.upper)
        && roman_code(t.str(j + 1))
        && t.same_sentence(j, j + 1)
    {
        return Some(Hit::span(t, k, j + 1));
    }
    // "the Norrvik regiment", "the Kyzyl-Bel outpost": a place's name with a regiment, detachment
    // or outpost is named with its head; "Vorbat battalion" is a name of its own.
    let with_head = j == k + 1
        && n == k + 1
        && !t.toks[j].cap
        && ["regiment", "detachment", "outpost"]
            .iter()
            .any(|h| t.eq(j, h));
    if let Some(start) = named_for_son_of(t, k) {
        return Some(Hit::span(t, start, j));
    }
    Some(Hit::span(t, k, if with_head { j } else { k }))
}

/// "the so-called Kesslavia brigade", "its permanent Kesslavia brigade": a brigade an army keeps abroad,
/// called by the country it stands in, found at the country `k`. The article or possessive before it
/// (with one word between at most) makes it one brigade, not brigades of that country at large.
fn country_called_brigade(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    let country = tok.is_word() && tok.cap && !tok.upper && tok.is(COUNTRY) && !tok.is(NATIONALITY);
    if !country || !t.is_exactly(k + 1, "brigade") || !t.same_sentence(k, k + 1) {
        return None;
    }
    let cue = |i: usize| {
        ["the", "its", "so-called"]
            .iter()
            .any(|w| t.is_exactly(i, w))
    };
    let lower_word = |i: usize| t.toks[i].is_word() && !t.toks[i].cap;
    let opened = k >= 1 && cue(k - 1) || k >= 2 && cue(k - 2) && lower_word(k - 1);
    (opened && !cap_word_after(t, k + 1)).then(|| Hit::span(t, k, k + 1))
}

/// "the Harun bin Talal brigade": a formation named for a man, whose name holds "bin", "ibn" or "ben"
/// before the word `k` the head follows. The token where his name starts.
fn named_for_son_of(t: &Tokens, k: usize) -> Option<usize> {
    let start = k.checked_sub(2)?;
    let son_of = ["bin", "ibn", "ben"].iter().any(|w| t.is_exactly(k - 1, w));
    let given = &t.toks[start];
    (son_of && given.is_word() && given.cap && !given.upper && t.same_sentence(start, k))
        .then_some(start)
}

/// "XXIII-Q", "XIV-B": a Roman numeral and a letter or two after a hyphen, as armies number the
/// rotations of a contingent abroad.
fn roman_code(w: &str) -> bool {
    w.split_once('-').is_some_and(|(r, rest)| {
        lexicon::roman_numeral(r).is_some()
            && (1..=2).contains(&rest.len())
            && rest.bytes().all(|b| b.is_ascii_uppercase())
    })
}

/// Heads of numbered installations, which take any descriptive words between number and head ("412th
/// radar early warning station", "45th Naval Center of Electronic Warfare").
const INSTALLATION_HEADS: &[&str] = &[
    "center", "centre", "range", "station", "base", "arsenal", "depot", "command", "region",
];

/// Words after an ordinal that make it a count, not a designation ("the 20th anniversary").
const NOT_DESIGNATION: &[&str] = &[
    "anniversary",
    "century",
    "time",
    "times",
    "day",
    "year",
    "round",
    "session",
    "place",
    "meeting",
    "summit",
    "largest",
    "biggest",
    "oldest",
    "newest",
    "smallest",
    "most",
    "congress",
    "edition",
    "stage",
    "phase",
];

/// A numbered installation: ordinal, up to four descriptive words, a head of [`INSTALLATION_HEADS`], and
/// an optional "of" with capitalized words.
fn numbered_installation(t: &Tokens, k: usize) -> Option<Hit> {
    let mut j = k + 1;
    while j < t.len() && j <= k + 5 && t.same_sentence(k, j) {
        let tok = &t.toks[j];
        if !tok.is_word() || tok.is(JOINER) || NOT_DESIGNATION.iter().any(|w| t.eq(j, w)) {
            return None;
        }
        if j > k + 1 && INSTALLATION_HEADS.iter().any(|h| t.eq(j, h)) {
            let mut b = j;
            // "of Special Operations": only capitalized words continue a capitalized designation.
            if tok.cap && t.eq(b + 1, "of") && t.same_sentence(k, b + 2) {
                let mut e = b + 2;
                while e < t.len() && e < b + 5 && t.toks[e].cap && t.toks[e].is_word() {
                    e += 1;
                }
                if e > b + 2 {
                    b = e - 1;
                }
            }
            return Some(Hit::span(t, k, b));
        }
        j += 1;
    }
    None
}

/// "the peacekeeping brigade Dunebat", "a mountain battalion, Pikbat,": a short proper name in
/// apposition after a lower-case unit word that a determiner opens.
fn apposed_short_name(t: &Tokens, k: usize) -> Option<Hit> {
    if !t.toks[k].is(UNIT_HEAD) || !SHORT_NAME_HEADS.iter().any(|h| t.eq(k, h)) || t.toks[k].cap {
        return None;
    }
    let mut d = k;
    while d > 0 && d + 3 > k && t.toks[d - 1].is(UNIT_WORD) && !t.toks[d - 1].cap {
        d -= 1;
    }
    // "the Chilean peacekeeping brigade, Chilbrig": the army's nationality may open the words; "the
    // KSNB special unit Bars": so may the acronym of the service it belongs to.
    if d > 1 && (t.toks[d - 1].is(NATIONALITY) || t.toks[d - 1].upper && t.toks[d - 1].is_word()) {
        d -= 1;
    }
    if d == 0 || !["the", "a", "an"].iter().any(|w| t.eq(d - 1, w)) {
        return None;
    }
    // "The company Zorbax announced a merger": a company is a business unless the sentence is about forces.
    if t.eq(k, "company") && !forces_sentence(t, k, false) {
        return None;
    }
    let comma = t.punct(k + 1, ',');
    let n = if comma { k + 2 } else { k + 1 };
    let tok = t.toks.get(n)?;
    let next = t.toks.get(n + 1);
    let alone = next.is_none_or(|x| !(x.cap && x.is_word() && t.same_sentence(n, n + 1)));
    let closed = !comma || next.is_some_and(|x| x.kind == TokKind::Punct);
    // "Selm-based", "Orlov-led": a place's name made an adjective is no unit's name.
    let adjective = rsplit_hyphen(t.str(n)).is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
    if !(tok.is_word() && tok.cap && tok.class == 0 && alone && closed && t.same_sentence(k, n))
        || adjective
    {
        return None;
    }
    Some(Hit {
        a: n,
        b: n,
        name: t.str(n).to_string(),
        country: None,
        based_in: None,
    })
}

/// "the Russian air base at Selm", "the Logistics Center at Orlov": a base or center named by where it
/// is, named like "Selm air base" so that it meets the other spelling.
fn base_at_place(t: &Tokens, k: usize) -> Option<Hit> {
    // The class test first: this runs on every token.
    if !t.toks[k].is(UNIT_HEAD | RANGE) && !t.eq(k, "airbase") {
        return None;
    }
    let head = ["base", "airbase", "center", "centre"]
        .iter()
        .any(|h| t.eq(k, h));
    if !head || !t.eq(k + 1, "at") || !t.same_sentence(k, k + 2) || !place_word(t, k + 2) {
        return None;
    }
    if t.toks.get(k + 3).is_some_and(|x| x.cap && x.is_word()) && t.same_sentence(k, k + 3) {
        return None;
    }
    let mut a = k;
    while a > 0
        && a + 2 > k
        && t.same_sentence(a - 1, k)
        && (t.eq(a - 1, "air")
            || t.eq(a - 1, "naval")
            || t.eq(a - 1, "military")
            || t.toks[a - 1].cap
                && t.toks[a - 1].is_word()
                && !t.toks[a - 1].is(NATIONALITY | COUNTRY | RANK | POST_HEAD)
                && (!t.toks[a - 1].is(NOT_NAME) || t.toks[a - 1].is(UNIT_WORD)))
    {
        a -= 1;
    }
    // A lower-case "center at X" with no word before it says too little; "Tarvan air base at Selm" has
    // a name of its own, and Selm is only where it is.
    if a == k && !t.toks[k].cap && !t.eq(k, "base") && !t.eq(k, "airbase")
        || !t.toks[k].cap
            && (a..k).any(|i| t.toks[i].cap && t.toks[i].class == 0 && !t.toks[i].upper)
    {
        return None;
    }
    if a == k
        && (t.eq(k, "base") || t.eq(k, "airbase"))
        && !(k > 0 && t.toks[k - 1].is(NATIONALITY))
    {
        return None;
    }
    let place = t.str(k + 2);
    Some(Hit {
        a,
        b: k + 2,
        name: format!("{place} {}", t.joined(a, k)),
        country: None,
        based_in: Some(place.to_string()),
    })
}

/// A unit to record: mention range, name, attributes, the passage stating them.
type Placed = (Range<usize>, String, Vec<(AttrKey, String)>, Range<usize>);

/// A unit found beside the hits of the chain of rules: its byte range, name and base.
type Extra = (Range<usize>, String, Option<String>);

/// The unit the rules find starting at token `k`: the first rule of the chain to find one wins.
///
/// Every rule starts at a token of one shape, which its first lines test: a number, a capitalized word
/// or a lower-case word (a unit's head or type word, "airbase", an Arabic article as in "al-Warda").
/// The token's shape picks the rules that could start at it, kept in the order of the one chain: a
/// capitalized word, which starts most names, is not also tried against the rules of numbers, and a
/// number or a lower-case word against none of the many rules of capitalized words. A rule that starts
/// at another shape must be added to that shape's list too.
fn unit_at(t: &Tokens, k: usize, cues: &Cues, extra: &mut Vec<Extra>) -> Option<Hit> {
    let tok = &t.toks[k];
    match tok.kind {
        TokKind::Number => number_rules(t, k),
        TokKind::Word if tok.cap => capitalized_rules(t, k, cues, extra),
        TokKind::Word => lower_rules(t, k, cues, extra),
        TokKind::Possessive | TokKind::Punct => None,
    }
}

/// The rules that start at a number ("34th", "17", "3e", "18."). An ordinal that no foreign or
/// French rule reads is an English one, and only the rules of ordinals are tried on it.
fn number_rules(t: &Tokens, k: usize) -> Option<Hit> {
    if let Some(h) = foreign_named(t, k).or_else(|| french_acronym(t, k)) {
        return Some(h);
    }
    if is_ordinal(t.str(k)) {
        return numbered(t, k)
            .or_else(|| numbered_installation(t, k))
            .or_else(|| ordinal_acronym(t, k))
            .or_else(|| elided_head(t, k));
    }
    numeral_numbered(t, k)
        .or_else(|| named_numbered_corps(t, k))
        .or_else(|| abbreviated_head(t, k))
}

/// The rules that start at a lower-case word: a unit's head or type word ("base at Qarnet", "the
/// peacekeeping battalion, Vorbat", "military unit 61933") or a place's Arabic article ("al-Warda air
/// base", "al-Nasr Headquarters").
fn lower_rules(t: &Tokens, k: usize, cues: &Cues, extra: &mut Vec<Extra>) -> Option<Hit> {
    cued(within(&cues.headquarters, k + 1, k + 8), || {
        arabic_headquarters(t, k)
    })
    .or_else(|| base_at_place(t, k))
    .or_else(|| apposed_short_name(t, k))
    .or_else(|| place_base_sharing(t, k, extra))
    .or_else(|| unit_number(t, k))
}

/// The rules that start at a capitalized word, an acronym or a Roman numeral. Those that start at an
/// acronym or a numeral, at one word of their own ("Fort", "Brigade", "National"), read on past the
/// word, or look for a cue word around it, are tried only where the word's capitals, [`unit_keyword`],
/// [`name_may_go_on`] or the article's [`Cues`] let them find something.
fn capitalized_rules(t: &Tokens, k: usize, cues: &Cues, extra: &mut Vec<Extra>) -> Option<Hit> {
    let tok = &t.toks[k];
    let goes_on = name_may_go_on(t, k);
    let keyword = unit_keyword(t.str(k));
    // An acronym ("KFOR", "TF"), a Roman numeral ("XII", "V"): a word in capitals or of one letter.
    let capitals = tok.upper || t.str(k).len() == 1;
    if let Some(h) = foreign_named(t, k)
        .or_else(|| cued(within(&cues.brackets, k + 2, k + 11), || french_named(t, k)))
        .or_else(|| cued(capitals, || numeral_numbered(t, k)))
        .or_else(|| cued(capitals, || roman_acronym(t, k)))
        .or_else(|| cued(goes_on, || compound_numbered(t, k)))
        .or_else(|| hyphen_numbered(t, k))
        .or_else(|| cued(capitals, || task_force_acronym(t, k)))
        .or_else(|| cued(keyword, || unit_number_name(t, k)))
        .or_else(|| cued(capitals, || force_acronym(t, k)))
        .or_else(|| national_contingent(t, k))
        .or_else(|| regional_command(t, k))
        .or_else(|| cued(goes_on, || integral_defense(t, k)))
        .or_else(|| cued(capitals, || commanded_acronym(t, k)))
        .or_else(|| cued(keyword || tok.upper, || installation(t, k)))
        .or_else(|| {
            cued(within(&cues.installations, k + 1, k + 4), || {
                named_installation(t, k)
            })
        })
        .or_else(|| {
            cued(within(&cues.headquarters, k + 1, k + 8), || {
                arabic_headquarters(t, k)
            })
        })
        .or_else(|| service_component(t, k))
        .or_else(|| cued(goes_on, || carrier_group(t, k)))
        .or_else(|| cued(keyword, || base_at_place(t, k)))
        .or_else(|| cued(keyword, || forces_headquarters(t, k)))
        .or_else(|| cued(keyword, || head_then_number(t, k)))
        .or_else(|| cued(keyword && goes_on, || guard_formation(t, k)))
        .or_else(|| cued(keyword, || compass_army(t, k)))
        .or_else(|| cued(keyword, || state_guard(t, k)))
        .or_else(|| cued(keyword, || head_first(t, k)))
        .or_else(|| {
            cued(within(&cues.shared_heads, k + 1, k + 13), || {
                shared_head(t, k)
            })
        })
        .or_else(|| cued(goes_on, || private_group(t, k)))
        .or_else(|| cued(goes_on, || fighters_group(t, k)))
        .or_else(|| cued(goes_on, || spetsnaz(t, k)))
        .or_else(|| service_group(t, k))
        .or_else(|| cued(keyword, || theater_service(t, k)))
        .or_else(|| cued(keyword, || airfield(t, k)))
        .or_else(|| {
            cued(within(&cues.bases, k.saturating_sub(15), k), || {
                listed_base(t, k)
            })
        })
        .or_else(|| cued(goes_on, || district_abbreviation(t, k)))
    {
        return Some(h);
    }
    // A head, a military region or zone is read by [`named`] alone, found or not.
    if tok.is(UNIT_HEAD)
        || military_region(t, k)
        || t.eq(k, "Grouping")
        || regimental_head(t, k) && !t.eq(k, "Zone")
        || t.eq(k, "Zone") && k > 0 && zone_qualifier(t, k - 1)
        || compass_zone(t, k)
    {
        return named(t, k);
    }
    // The rest read on past the word: a base, depot or barracks named for a place, a short name.
    if !goes_on {
        return None;
    }
    operational_group(t, k)
        .or_else(|| place_depot(t, k))
        .or_else(|| coded_base_or_barracks(t, k))
        .or_else(|| place_base_sharing(t, k, extra))
        .or_else(|| unit_number(t, k))
        .or_else(|| short_name(t, k))
        .or_else(|| country_called_brigade(t, k))
}

/// `w` lower-cased (ASCII) in a buffer on the stack, with its length, when it is 3 to `N` bytes long: the
/// word tests of the dispatch run at every capitalized word, where an allocation would cost more than
/// the test.
fn lowered<const N: usize>(w: &str) -> Option<([u8; N], usize)> {
    let b = w.as_bytes();
    if !(3..=N).contains(&b.len()) {
        return None;
    }
    let mut lower = [0u8; N];
    lower[..b.len()].copy_from_slice(b);
    lower.make_ascii_lowercase();
    Some((lower, b.len()))
}

/// Whether `w` is, in any case, a word that some rules start at: an installation's ("Fort", "Camp",
/// "Air", "Naval"), a head read before its number or name ("Brigade 12", "Military District 5",
/// "Brigade Nord", "Base 4"), a base's head ("base at Qarnet"), "Unit", "Headquarters", "Airfield", the
/// first word of a guard ("Republican Guard", "Army National Guard") or a point of the compass before an
/// army or theater. Few capitalized words are: the rules of these words are not tried at the others.
fn unit_keyword(w: &str) -> bool {
    let Some((lower, len)) = lowered::<12>(w) else {
        return false;
    };
    matches!(
        &lower[..len],
        b"unit"
            | b"air"
            | b"fort"
            | b"camp"
            | b"forward"
            | b"joint"
            | b"naval"
            | b"base"
            | b"airbase"
            | b"center"
            | b"centre"
            | b"headquarters"
            | b"military"
            | b"brigade"
            | b"division"
            | b"regiment"
            | b"battalion"
            | b"presidential"
            | b"republican"
            | b"amiri"
            | b"emiri"
            | b"royal"
            | b"national"
            | b"airfield"
            | b"northern"
            | b"southern"
            | b"eastern"
            | b"western"
            | b"central"
            | b"northeastern"
            | b"northwestern"
            | b"southeastern"
            | b"southwestern"
    )
}

/// `rule`'s unit, tried only when its cue is there.
fn cued(cue: bool, rule: impl FnOnce() -> Option<Hit>) -> Option<Hit> {
    if cue { rule() } else { None }
}

/// Whether `w` is, in any case, a word after a capitalized one that carries a name on into a unit: a
/// unit's kind or head ("Kelmar air base", "the Murghab border detachment", "the Varno ammunition
/// depot", "the Norrvik operational group", "Tarvok special forces"), one of [`SHORT_NAME_HEADS`]
/// ("Vorbat battalion"), or the carrier of a carrier group.
fn goes_on_word(w: &str) -> bool {
    let Some((lower, len)) = lowered::<21>(w) else {
        return false;
    };
    matches!(
        &lower[..len],
        b"aircraft"
            | b"carrier"
            | b"group"
            | b"grouping"
            | b"border"
            | b"operational"
            | b"operational-strategic"
            | b"operational-tactical"
            | b"ammunition"
            | b"arms"
            | b"weapons"
            | b"munitions"
            | b"missile"
            | b"air"
            | b"airbase"
            | b"airfield"
            | b"barracks"
            | b"cantonment"
            | b"naval"
            | b"military"
            | b"army"
            | b"base"
            | b"bases"
            | b"special"
            | b"brigade"
            | b"battalion"
            | b"regiment"
            | b"troops"
            | b"contingent"
            | b"division"
            | b"company"
            | b"unit"
            | b"detachment"
            | b"outpost"
    )
}

/// Whether the token after the capitalized word `k` may carry a unit's name on from it: a number, a
/// capitalized word, an opening bracket or quote, or a unit's word in lower case. Most capitalized
/// words are followed by a stop, a comma or a verb ("Kelmar said"), and the rules that read on past
/// the word ([`compound_numbered`], [`carrier_group`], [`place_base`], [`short_name`] and the others
/// called with this cue) find nothing there.
fn name_may_go_on(t: &Tokens, k: usize) -> bool {
    let Some(x) = t.toks.get(k + 1) else {
        return false;
    };
    match x.kind {
        TokKind::Number => true,
        TokKind::Punct => ['(', '"', '“', '”'].iter().any(|&q| t.punct(k + 1, q)),
        TokKind::Possessive => false,
        TokKind::Word => x.cap || x.is(UNIT_WORD) || goes_on_word(t.str(k + 1)),
    }
}

/// Where an article has the words some rules need within a few tokens of where they start, found once
/// through the word index (in any case, as [`Tokens::eq`] reads): a capitalized word with none of them
/// in reach is not tried against those rules, which would otherwise look around every one.
struct Cues {
    /// "Headquarters" and "Base", which close the names [`arabic_headquarters`] reads.
    headquarters: Vec<usize>,
    /// "Barracks", "Military" and "Cantonment", which close the names [`named_installation`] reads.
    installations: Vec<usize>,
    /// The plural heads that close the lists [`shared_head`] reads.
    shared_heads: Vec<usize>,
    /// "bases" and "airbases", which open the lists [`listed_base`] reads.
    bases: Vec<usize>,
    /// Opening brackets, before the acronyms [`french_named`] reads.
    brackets: Vec<usize>,
}

impl Cues {
    fn of(t: &Tokens) -> Cues {
        let plurals: Vec<&str> = SHARED_HEADS.iter().map(|(many, _)| *many).collect();
        Cues {
            headquarters: t.occurrences_of_any(&["Headquarters", "Base"]),
            installations: t.occurrences_of_any(&["Barracks", "Military", "Cantonment"]),
            shared_heads: t.occurrences_of_any(&plurals),
            bases: t.occurrences_of_any(&["bases", "airbases"]),
            brackets: brackets(t),
        }
    }
}

/// The tokens that open a bracket, found by a search of the text for the byte (the word index leaves
/// out single characters) and each one's token looked up by its place.
fn brackets(t: &Tokens) -> Vec<usize> {
    t.text
        .match_indices('(')
        .filter_map(|(p, _)| {
            let i = t.toks.partition_point(|x| (x.start as usize) < p);
            let x = t.toks.get(i)?;
            (x.start as usize == p && x.kind == TokKind::Punct).then_some(i)
        })
        .collect()
}

/// Whether one of the positions `at`, in text order, lies in `from..to`.
fn within(at: &[usize], from: usize, to: usize) -> bool {
    let i = at.partition_point(|&p| p < from);
    at.get(i).is_some_and(|&p| p < to)
}

/// [`place_base`]; the place before it that shares its head ("the Batumi and Akhalkalaki bases") names a
/// base of its own, added to `extra`.
fn place_base_sharing(t: &Tokens, k: usize, extra: &mut Vec<Extra>) -> Option<Hit> {
    let (h, coord) = place_base(t, k)?;
    if let Some(c) = coord {
        let name = format!("{} {}", t.str(c), singular_name(t.joined(k + 1, h.b)));
        extra.push((t.toks[c].range(), name, Some(t.str(c).to_string())));
    }
    Some(h)
}

/// Finds units, their nationality, parent and base.
/// "The Kavar unit" after "the Kavar Force": a one-word name that opens the two-word name of one other
/// formation of the article is that formation, called by its own word and a common head.
fn short_names_of_long(hits: &mut [Hit]) {
    let mut long: Vec<(&str, usize)> = hits
        .iter()
        .enumerate()
        .filter_map(|(n, h)| {
            let (first, head) = h.name.split_once(' ')?;
            (!head.contains(' ')).then_some((first, n))
        })
        .collect();
    if long.is_empty() {
        return;
    }
    long.sort_unstable();
    let mut renamed: Vec<(usize, String)> = Vec::new();
    for (n, h) in hits.iter().enumerate() {
        if h.a != h.b || h.name.contains(' ') {
            continue;
        }
        let from = long.partition_point(|(w, _)| *w < h.name.as_str());
        let mut same = long[from..].iter().take_while(|(w, _)| *w == h.name);
        let (Some(&(_, x)), None) = (same.next(), same.next()) else {
            continue;
        };
        renamed.push((n, hits[x].name.clone()));
    }
    for (n, name) in renamed {
        hits[n].name = name;
    }
}

/// Words of commerce that, inside a name before its head, make it a firm's: "Vardan Holding Company".
const COMMERCE_WORDS: &[&str] = &[
    "company",
    "holding",
    "holdings",
    "corporation",
    "industries",
    "enterprises",
    "trading",
    "bank",
    "insurance",
];

/// Words that make the apposition after a name a sports club's or its fans': "Tarsk Lions Brigade,
/// the club's supporters' group".
const SPORT_WORDS: &[&str] = &[
    "club",
    "supporters",
    "fans",
    "ultras",
    "football",
    "hooligans",
];

/// Whether a hit names a firm or a sports club's fans rather than a formation: a word of commerce
/// before its head, a "Construction Headquarters" (a builder that signs contracts), or an apposition
/// of sport right after it.
fn civilian(t: &Tokens, h: &Hit) -> bool {
    // "3rd Company, The Borders": a numbered company of a regiment is a subunit.
    let subunit = |k: usize| k > 0 && t.toks[k - 1].kind == TokKind::Number;
    let commerce = (h.a..h.b).any(|k| COMMERCE_WORDS.iter().any(|w| t.eq(k, w)) && !subunit(k));
    let builder = h.b > h.a && t.eq(h.b - 1, "construction") && t.eq(h.b, "headquarters");
    commerce || builder || sport_apposition(t, h.b)
}

/// Whether the apposition after the comma following token `b` speaks of a sports club or its fans.
fn sport_apposition(t: &Tokens, b: usize) -> bool {
    t.punct(b + 1, ',')
        && (b + 2..(b + 8).min(t.len()))
            .take_while(|&k| t.same_sentence(b, k) && !t.punct(k, ','))
            .any(|k| SPORT_WORDS.iter().any(|w| t.eq(k, w)))
}

pub fn recognize(cx: &mut Ctx) {
    let t = &cx.t;
    let mut hits: Vec<Hit> = Vec::new();
    let mut extra: Vec<Extra> = Vec::new();
    let cues = Cues::of(t);
    let mut k = 0;
    while k < t.len() {
        let tok = &t.toks[k];
        // Every rule below starts at a number, a capitalized word, a unit head or word, a range or
        // "airbase" or an Arabic article ("al-Mojahedin"): punctuation and other lower-case words ("the",
        // "of", "said"), most of the text,
        // start none. A rule that starts at another lower-case word must widen this test.
        if tok.kind != TokKind::Number
            && !tok.cap
            && !tok.is(UNIT_HEAD | UNIT_WORD | RANGE)
            && !t.eq(k, "airbase")
            && (tok.end - tok.start <= 4 || !arabic_article(t.str(k)))
        {
            k += 1;
            continue;
        }
        let hit = unit_at(t, k, &cues, &mut extra);
        match hit {
            Some(mut h) => {
                // A named unit found at its head may start before `k`: drop an overlapping earlier hit.
                while hits.last().is_some_and(|p| p.b >= h.a) {
                    let p = hits.pop();
                    if let Some(p) = p
                        && p.a < h.a
                    {
                        h.a = p.a;
                        h.name = t.joined(h.a, h.b);
                    }
                }
                // "Western Military District of Kazakhstan" is not Russia's district of that name.
                if t.toks[h.b].cap
                    && t.eq(h.b + 1, "of")
                    && t.toks.get(h.b + 2).is_some_and(|x| x.is(COUNTRY))
                    && t.same_sentence(h.b, h.b + 2)
                {
                    h.b += 2;
                    h.country = lexicon::country_of(t.str(h.b)).map(str::to_string);
                    h.name = t.joined(h.a, h.b);
                }
                // "5th Battalion, 113th Field Artillery Regiment": a battalion is named with its
                // regiment, American style.
                if let Some(p) = hits.last()
                    && p.b + 2 == h.a
                    && t.punct(p.b + 1, ',')
                    && t.toks[h.a].kind == TokKind::Number
                    && ["Battalion", "Squadron", "Battery", "Company"].contains(&t.str(p.b))
                    && t.str(h.b) == "Regiment"
                {
                    h.a = p.a;
                    h.name = t.joined(h.a, h.b);
                    hits.pop();
                }
                // "the 4th Battalion of the Tarai Rifles", "1st Battalion of the Parachute Regiment": a
                // regiment numbers its battalions, and the battalion is named with it, British style.
                if let Some(p) = hits.last()
                    && p.b + 3 == h.a
                    && t.eq(p.b + 1, "of")
                    && t.eq(p.b + 2, "the")
                    && t.same_sentence(p.a, h.b)
                    && t.toks[p.a].kind == TokKind::Number
                    && is_ordinal(t.str(p.a))
                    && p.b == p.a + 1
                    && lexicon::REGIMENT_SUBUNITS.contains(&t.str(p.b))
                    && t.toks[h.a].kind != TokKind::Number
                    && (t.str(h.b) == "Regiment" || regimental_head(t, h.b))
                {
                    h.a = p.a;
                    h.name = t.joined(h.a, h.b);
                    hits.pop();
                }
                // "the Second Army Area", "the 2nd Army Region": an army's area is a command of its own.
                if t.str(h.b) == "Army"
                    && t.toks.get(h.b + 1).is_some_and(|x| x.is_word() && x.cap)
                    && ["Area", "Region"].contains(&t.str(h.b + 1))
                    && t.same_sentence(h.b, h.b + 1)
                {
                    h.b += 1;
                    h.name = t.joined(h.a, h.b);
                }
                // "72nd Brigade for Special Operations": the type of a numbered formation may follow its
                // head after "for", as Serbian and other armies word it in English.
                if t.toks[h.a].kind == TokKind::Number
                    && t.toks[h.b].is(UNIT_HEAD)
                    && t.eq(h.b + 1, "for")
                    && let Some(e) = type_after_for(t, h.b + 2)
                {
                    h.b = e;
                    h.name = t.joined(h.a, h.b);
                }
                if let Some(e) = regiment_after_comma(t, &h).or_else(|| air_force_after(t, &h)) {
                    h.b = e;
                    h.name = t.joined(h.a, h.b);
                }
                if let Some(a) = national_head_before(t, &h) {
                    extra.push((t.span(a, h.a - 2), h.name.clone(), None));
                }
                if h.country.is_none() {
                    h.country = nationality_before(t, h.a);
                }
                k = h.b + 1;
                hits.push(h);
            }
            None => k += 1,
        }
    }
    hits.retain(|h| !civilian(t, h));
    short_names_of_long(&mut hits);
    // "the 8th AD" after "the 8th Armoured Division": one division.
    for n in 0..hits.len() {
        let h = &hits[n];
        if h.b != h.a + 1 || !lexicon::unit_acronym(t.str(h.b)) {
            continue;
        }
        let long = hits
            .iter()
            .find(|p| spells_out(&hits[n].name, &p.name))
            .map(|p| (p.name.clone(), p.country.clone()));
        if let Some((name, country)) = long {
            hits[n].name = name;
            hits[n].country = hits[n].country.take().or(country);
        }
    }
    command_acronym_names(t, &mut hits);
    // "the 3e RM" after "the 3e Région militaire": one region. French names are few: the long name is
    // looked for only for them.
    for n in 0..hits.len() {
        let h = &hits[n];
        if h.b != h.a + 1 || !french_ordinal(t.str(h.a)) || !t.toks[h.b].upper {
            continue;
        }
        let long = hits
            .iter()
            .find(|p| french_spells_out(&hits[n].name, &p.name))
            .map(|p| p.name.clone());
        if let Some(name) = long {
            hits[n].name = name;
        }
    }
    // "the XI Corps (Kelmar Corps)": a formation of the same head in brackets right after another is
    // its other name, as "Central Command (CENTCOM)" is for an acronym.
    let mut bracketed: Vec<(String, String)> = Vec::new();
    for n in 1..hits.len() {
        let (p, q) = (&hits[n - 1], &hits[n]);
        let head = |h: &Hit| h.name.rsplit(' ').next().map(str::to_string);
        if q.a == p.b + 2
            && t.punct(p.b + 1, '(')
            && t.punct(q.b + 1, ')')
            && q.name.contains(' ')
            && (head(p) == head(q) || translated(&p.name, &q.name))
            && p.name != q.name
        {
            bracketed.push((p.name.clone(), q.name.clone()));
        }
    }
    // The other name elsewhere in the article is the same formation.
    for h in hits.iter_mut() {
        if let Some((name, _)) = bracketed.iter().find(|(_, alias)| *alias == h.name) {
            h.name = name.clone();
        }
    }
    // Parent and base: ", part of the X", "of the X", "X based in Vardan".
    let mut attrs: Vec<Vec<(AttrKey, String)>> = vec![Vec::new(); hits.len()];
    // The first hit starting at each token, looked up by position: a search of all hits for each hit
    // would grow with the square of a long note's units.
    let mut by_start: Vec<(usize, usize)> =
        hits.iter().enumerate().map(|(n, h)| (h.a, n)).collect();
    by_start.sort_unstable();
    let hit_at = |j: usize| {
        let i = by_start.partition_point(|&(a, _)| a < j);
        by_start
            .get(i)
            .filter(|&&(a, _)| a == j)
            .map(|&(_, n)| &hits[n])
    };
    for (n, h) in hits.iter().enumerate() {
        let mut j = h.b + 1;
        if t.punct(j, ',') {
            j += 1;
        }
        if t.eq(j, "part") && t.eq(j + 1, "of") {
            j += 2;
        } else if t.eq(j, "of") || t.eq(j, "from") || t.eq(j, "within") {
            j += 1;
        } else {
            j = usize::MAX;
        }
        if t.eq(j, "the") {
            j += 1;
        }
        if let Some(p) = hit_at(j) {
            attrs[n].push((AttrKey::PartOf, p.name.clone()));
        }
        let mut j = h.b + 1;
        if t.punct(j, ',') {
            j += 1;
        }
        let verb = ["based", "stationed", "deployed", "located", "headquartered"]
            .iter()
            .any(|v| t.eq(j, v));
        if verb
            && (t.eq(j + 1, "in") || t.eq(j + 1, "at") || t.eq(j + 1, "near"))
            && t.same_sentence(h.b, j + 2)
        {
            let mut e = j + 2;
            while e + 1 < t.len()
                && t.same_sentence(e, e + 1)
                && t.toks[e + 1].cap
                && t.toks[e + 1].is_word()
            {
                e += 1;
            }
            if t.toks.get(j + 2).is_some_and(|x| x.cap) {
                attrs[n].push((AttrKey::BasedIn, t.joined(j + 2, e)));
            }
        }
        if let Some(b) = &h.based_in {
            attrs[n].push((AttrKey::BasedIn, b.clone()));
        }
        if let Some(c) = &h.country {
            attrs[n].push((AttrKey::Country, c.clone()));
        }
    }
    let mut out: Vec<Placed> = Vec::new();
    for (h, a) in hits.iter().zip(attrs) {
        out.push((t.span(h.a, h.b), h.name.clone(), a, cx.sentence_range(h.a)));
    }
    for (r, name, base) in extra {
        let sentence = cx
            .article
            .sentence_at(r.start)
            .map(|s| cx.article.sentences[s].range())
            .unwrap_or(r.clone());
        let attrs = base
            .map(|b| vec![(AttrKey::BasedIn, b)])
            .unwrap_or_default();
        out.push((r, name, attrs, sentence));
    }
    // "the Russian military base at Qarnet" after "Qarnet air base": one base named for one place.
    let mut first_base: Vec<(String, String)> = Vec::new();
    for (_, name, attrs, _) in out.iter_mut() {
        let Some(place) = attrs
            .iter()
            .find(|(k, v)| *k == AttrKey::BasedIn && name.starts_with(&format!("{v} ")))
            .map(|(_, v)| v.clone())
        else {
            continue;
        };
        if !name.ends_with("base") {
            continue;
        }
        match first_base.iter().find(|(p, _)| *p == place) {
            Some((_, first)) => *name = first.clone(),
            None => first_base.push((place, name.clone())),
        }
    }
    // Bases named for their place: the place alone elsewhere is the base ("crews from Qarnet"), unless a
    // preposition of location makes it the town ("in Qarnet").
    let mut places: Vec<(String, String)> = Vec::new();
    for (_, name, attrs, _) in &out {
        for (k, v) in attrs {
            if *k == AttrKey::BasedIn
                && name.starts_with(v.as_str())
                && name[v.len()..].starts_with(' ')
                && !places.iter().any(|(p, n)| p == v && n == name)
            {
                places.push((v.clone(), name.clone()));
            }
        }
    }
    places.retain(|(p, _)| !p.contains(' '));
    let mut bare = Vec::new();
    if !places.is_empty() {
        let taken: Vec<Range<usize>> = out.iter().map(|o| o.0.clone()).collect();
        for k in 0..t.len() {
            if !t.toks[k].cap || !t.toks[k].is_word() {
                continue;
            }
            let w = t.str(k);
            let mut of_place = places.iter().filter(|(p, _)| p == w);
            let (Some((_, name)), None) = (of_place.next(), of_place.next()) else {
                continue;
            };
            let r = t.toks[k].range();
            let at = |i: usize| {
                // "exercises off Varna": the sea off a place is the place's.
                ["in", "near", "outside", "around", "at", "off"]
                    .iter()
                    .any(|p| t.eq(i, p))
            };
            // "held at Lodwar and Laikipia": the second of two places after a preposition too.
            let located =
                k > 0 && at(k - 1) || k > 2 && t.eq(k - 1, "and") && t.toks[k - 2].cap && at(k - 3);
            // "Qarnet Street", "Qarnet airport", "Qarnet residents" are other things named for the place.
            let longer = t.toks.get(k + 1).is_some_and(|x| {
                x.is_word()
                    && (x.cap || x.is(UNIT_HEAD | UNIT_WORD | PLACE_HEAD | RANGE))
                    && t.same_sentence(k, k + 1)
                    || [
                        "airport",
                        "port",
                        "airfield",
                        "residents",
                        "city",
                        "town",
                        "football",
                        "team",
                        "club",
                    ]
                    .iter()
                    .any(|w| t.eq(k + 1, w))
            });
            if located || longer || taken.iter().any(|x| x.start < r.end && r.start < x.end) {
                continue;
            }
            bare.push((r, name.clone()));
        }
    }
    for (r, name, attrs, passage) in out {
        // "the III MEF" read as the "III Marine Expeditionary Force" spelled out nearby: the abbreviation
        // is an alias, so that an article using it alone finds the formation.
        let short = cx
            .article
            .text
            .get(r.clone())
            .filter(|s| spells_out(s, &name))
            .map(str::to_string);
        let f = cx.entity(Kind::Unit, &name);
        if let Some(s) = short {
            f.add_alias(&s);
        }
        f.add_mention(r);
        for (k, v) in attrs {
            f.attr(k, v, passage.clone());
        }
    }
    for (r, name) in bare {
        cx.entity(Kind::Unit, &name).add_mention(r);
    }
    for (name, alias) in bracketed {
        cx.entity(Kind::Unit, &name).add_alias(&alias);
    }
    acronym_aliases(cx);
    initials_mentions(cx);
    own_name_before_head(cx);
    commanded_forces(cx);
    known_as(cx);
    bare_ordinals(cx);
    title_mentions(cx);
    bare_names(cx);
    head_back_references(cx);
    prefix_back_references(cx);
    word_back_references(cx);
}

/// "1st Battalion, Royal Mercian", "3rd Company, The Borders": a numbered battalion, company, squadron or
/// battery, a comma and the regiment it belongs to, British style, opened by "Royal" or "The". A
/// regiment named with its head ("Royal Regiment of Fusiliers") is a unit of its own. Returns the
/// regiment's last token.
fn regiment_after_comma(t: &Tokens, h: &Hit) -> Option<usize> {
    let cap = |i: usize| {
        t.toks
            .get(i)
            .is_some_and(|x| x.is_word() && x.cap && !x.upper && t.same_sentence(h.b, i))
    };
    if !(t.toks[h.a].kind == TokKind::Number
        && h.b == h.a + 1
        && lexicon::REGIMENT_SUBUNITS.contains(&t.str(h.b))
        && t.punct(h.b + 1, ',')
        && cap(h.b + 2))
    {
        return None;
    }
    let a = h.b + 2;
    let e = (a..a + 4).take_while(|&i| cap(i)).last()?;
    let opened = t.is_exactly(a, "Royal") || t.is_exactly(a, "The") && e > a;
    let headed = (a..=e).any(|i| t.is_exactly(i, "Regiment") || regimental_head(t, i));
    (opened && !headed && !t.eq(e + 1, "of")).then_some(e)
}

/// "9 Squadron RAF", "75 Squadron RAAF": a numbered squadron or wing and the air force's acronym after it.
fn air_force_after(t: &Tokens, h: &Hit) -> Option<usize> {
    let e = h.b + 1;
    let w = t.toks.get(e)?;
    let s = t.str(e);
    (t.toks[h.a].kind == TokKind::Number
        && (t.is_exactly(h.b, "Squadron") || t.is_exactly(h.b, "Wing"))
        && w.is_word()
        && w.upper
        && (3..=5).contains(&s.len())
        && s.ends_with("AF")
        && t.same_sentence(h.b, e))
    .then_some(e)
}

/// "the Bolivian battalion (BOLBATT)", "the Peruvian contingent (PERCON)": a nationality and a lower-case
/// unit word right before a unit's one-word name in parentheses are a mention of that unit. Returns the
/// nationality's token.
fn national_head_before(t: &Tokens, h: &Hit) -> Option<usize> {
    let a = h.a.checked_sub(3)?;
    let head = &t.toks[a + 1];
    (h.a == h.b
        && t.punct(h.a - 1, '(')
        && t.punct(h.b + 1, ')')
        && t.toks[a].is(NATIONALITY)
        && head.is(UNIT_HEAD | UNIT_WORD)
        && !head.cap
        && t.same_sentence(a, h.b))
    .then_some(a)
}

/// "71st Mountain Brigade (71. planinska brigada)": a unit's name in its own language, of the same
/// number and a head that reads as the same English head, is a translation of it.
fn translated(english: &str, native: &str) -> bool {
    let number = |n: &str| {
        n.split(' ').next().map(|w| {
            w.trim_end_matches(|c: char| !c.is_ascii_digit())
                .to_string()
        })
    };
    let (Some(head), Some(native_head)) = (english.rsplit(' ').next(), native.rsplit(' ').next())
    else {
        return false;
    };
    foreign_unit::lower_head(native_head).is_some_and(|h| h == head)
        && number(english).is_some_and(|n| !n.is_empty() && Some(n) == number(native))
}

/// "Medium Infantry Division 77", "MID 77", "Brigade 70": a unit's head or acronym and its number, which
/// an exercise's name and edition number look like too.
pub fn unit_designation(name: &str) -> bool {
    let mut words = name.split_whitespace().rev();
    let (Some(n), Some(before)) = (words.next(), words.next()) else {
        return false;
    };
    let number = (1..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit());
    let head = super::exercise::FORMATIONS
        .iter()
        .any(|f| f.eq_ignore_ascii_case(before));
    let acronym = (2..=6).contains(&before.len()) && before.bytes().all(|b| b.is_ascii_uppercase());
    number && (head || acronym)
}

/// After exercises are found: an exercise's mention that is exactly a unit's mention, or a unit's name
/// or alias, and reads as a unit's designation ("Light Infantry Division 88 (LID 88)", "LID 88" again)
/// is the unit's.
pub fn yield_designations(cx: &mut Ctx) {
    // Most articles have no exercise, or no unit named so: nothing to look at.
    if !cx.found.iter().any(|f| f.kind == Kind::Exercise) {
        return;
    }
    let names: Vec<String> = cx
        .found
        .iter()
        .filter(|f| f.kind == Kind::Unit)
        .flat_map(|f| std::iter::once(&f.name).chain(&f.aliases))
        .filter(|n| unit_designation(n))
        .cloned()
        .collect();
    if names.is_empty() {
        return;
    }
    let units = Occupied::of(&cx.found, &[Kind::Unit]);
    let text = cx.article.text.as_str();
    for f in cx.found.iter_mut().filter(|f| f.kind == Kind::Exercise) {
        f.mentions.retain(|m| {
            let Some(s) = text.get(m.clone()).filter(|s| unit_designation(s)) else {
                return true;
            };
            let same_span = units.within(m).any(|(a, b, _)| a == m.start && b == m.end);
            let named = names
                .iter()
                .any(|n| n.split_whitespace().eq(s.split_whitespace()));
            !(same_span || named)
        });
    }
}

/// Heads after which the one word before them is the formation's own name: "the Tarvok commandos" after
/// "Tarvok Brigade". An army, corps or guard is more often named for a place or a people ("Arakan Army",
/// "Republican Guard"), so their first word alone is not taken.
const BARE_NAME_HEADS: &[&str] = &[
    "group",
    "brigade",
    "brigades",
    "regiment",
    "battalion",
    "division",
    "force",
    "forces",
];

/// "Tarvok Brigade", then "the Tarvok commandos", "so that Tarvok could move": the one proper word that
/// names a formation is a mention of it alone, inside a sentence after a lower-case word (a sentence's
/// first word may be any word), and not as part of a longer name. A word the text once puts after a
/// preposition of place ("east of Holmsted" after "the Holmsted Regiment") names the place, not the unit.
fn bare_names(cx: &mut Ctx) {
    let t = &cx.t;
    let mut names: Vec<(usize, &str)> = Vec::new();
    for (fi, f) in cx.found.iter().enumerate() {
        if f.kind != Kind::Unit {
            continue;
        }
        // "Task Force Tarvok", "Brigade Tarvok": the name may follow the head.
        let head_first = ["Task Force ", "Brigade ", "Regiment ", "Division "]
            .iter()
            .find_map(|h| f.name.strip_prefix(h))
            .filter(|x| !x.contains(' '));
        let x = match (head_first, f.name.split_once(' ')) {
            (Some(x), _) => x,
            (None, Some((x, head)))
                if BARE_NAME_HEADS.iter().any(|h| head.eq_ignore_ascii_case(h)) =>
            {
                x
            }
            _ => continue,
        };
        if x.len() < 4 {
            continue;
        }
        // The word must be one the lexicon does not know, written as a name.
        let Some(m) = f.mentions.first() else {
            continue;
        };
        let k = if head_first.is_some() {
            t.toks.partition_point(|y| (y.end as usize) < m.end)
        } else {
            t.toks.partition_point(|y| (y.start as usize) < m.start)
        };
        let known = t.toks.get(k).is_none_or(|y| {
            t.str(k) != x || y.class != 0 || y.upper || !y.cap || x.contains(['-', '.', '’', '\''])
        });
        if !known && !names.iter().any(|(_, n)| *n == x) {
            names.push((fi, x));
        }
    }
    if names.is_empty() {
        return;
    }
    let taken: Vec<Range<usize>> = cx
        .found
        .iter()
        .flat_map(|f| f.mentions.iter().cloned())
        .collect();
    let located = |i: usize| {
        [
            "in", "near", "outside", "around", "at", "from", "to", "into", "of", "on",
        ]
        .iter()
        .any(|p| t.eq(i, p))
    };
    // "the Holmsted Regiment", then "east of Holmsted": a word the text once uses as a place is the
    // place wherever it stands alone. A hired group is seldom named for a place: "close to Borvik"
    // and "from Borvik" are its men's, and only "in" or "at" make a place of its word.
    let at = |i: usize| {
        ["in", "near", "outside", "around", "at"]
            .iter()
            .any(|p| t.eq(i, p))
    };
    // Each name's places from the word index, not a visit to every token for each name.
    names.retain(|&(fi, n)| {
        let group = cx.found[fi].name.ends_with(" Group");
        !t.occurrences(n)
            .any(|k| k > 0 && t.str(k) == n && if group { at(k - 1) } else { located(k - 1) })
    });
    // The names are distinct words: each token is at most one's.
    let mut spots: Vec<(usize, usize)> = names
        .iter()
        .flat_map(|&(fi, n)| {
            t.occurrences(n)
                .filter(move |&k| k > 0 && t.str(k) == n)
                .map(move |k| (k, fi))
        })
        .collect();
    spots.sort_unstable();
    let mut adds = Vec::new();
    for (k, fi) in spots {
        let p = &t.toks[k - 1];
        let place = if cx.found[fi].name.ends_with(" Group") {
            at(k - 1)
        } else {
            located(k - 1)
        };
        let after_lower = p.is_word() && !p.cap && t.same_sentence(k - 1, k) && !place;
        let longer = t
            .toks
            .get(k + 1)
            .is_some_and(|y| y.is_word() && y.cap && t.same_sentence(k, k + 1));
        let r = t.toks[k].range();
        if after_lower && !longer && !taken.iter().any(|x| x.start < r.end && r.start < x.end) {
            adds.push((fi, r));
        }
    }
    for (fi, r) in adds {
        cx.found[fi].add_mention(r);
    }
}

/// "the Operational Group" after "the Operational Group of Estonian Forces": "the" and the words of a
/// unit's name before its "of", up to a capitalized head, are a short mention of it when no other unit
/// of the article is named so.
fn prefix_back_references(cx: &mut Ctx) {
    let t = &cx.t;
    // The words before "of" of each unit so named, looked for word by word without a copy.
    let prefixes: Vec<(usize, Vec<&str>)> = cx
        .found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == Kind::Unit)
        .filter_map(|(fi, f)| Some((fi, f.name.split_once(" of ")?.0.split(' ').collect())))
        .filter(|(_, words): &(usize, Vec<&str>)| (2..=3).contains(&words.len()))
        .collect();
    if prefixes.is_empty() {
        return;
    }
    let units = super::Occupied::of(&cx.found, &[Kind::Unit]);
    let cap = |i: usize| {
        t.toks
            .get(i)
            .is_some_and(|x| x.is_word() && x.cap && !x.upper)
    };
    let mut adds = Vec::new();
    for k in t.occurrences("the") {
        let a = k + 1;
        let Some(e) = (a..a + 3)
            .take_while(|&i| cap(i) && t.same_sentence(a, i))
            .last()
        else {
            continue;
        };
        if e == a
            || !t.toks[e].is(UNIT_HEAD)
            || cap(e + 1) && t.same_sentence(e, e + 1)
            || t.eq(e + 1, "of")
            || units.any(&t.span(a, e))
        {
            continue;
        }
        let mut of = prefixes.iter().filter(|(_, words)| {
            words.len() == e - a + 1 && words.iter().enumerate().all(|(i, w)| t.str(a + i) == *w)
        });
        if let (Some(&(fi, _)), None) = (of.next(), of.next()) {
            adds.push((fi, t.span(a, e)));
        }
    }
    for (fi, r) in adds {
        cx.found[fi].add_mention(r);
    }
}

/// True when a short reference ends at token `k`: the sentence ends or a punctuation mark, a verb's
/// auxiliary, a relative pronoun or a preposition of [`AFTER_BARE_ORDINAL`] or a verb in the past
/// follows, never a noun it would qualify ("the Borsk region").
fn ends_reference(t: &Tokens, k: usize) -> bool {
    let Some(x) = t.toks.get(k + 1) else {
        return true;
    };
    let w = t.str(k + 1);
    !t.same_sentence(k, k + 1)
        || matches!(x.kind, TokKind::Punct | TokKind::Possessive)
        || AFTER_BARE_ORDINAL.contains(&w)
        || w == "and"
        || !x.cap && w.len() > 4 && w.ends_with("ed") && !x.is(UNIT_WORD | UNIT_HEAD)
}

/// The units found with names of three words or more, each with its words: the names a short
/// reference ("the Belozerskaya", "the Velikan division") may stand for.
fn long_units<'f>(found: &'f [Found], words: &'f mut Vec<&'f str>) -> Vec<(usize, &'f [&'f str])> {
    // The words of all names in one list, each unit's a stretch of it: one list per unit would be
    // an allocation per unit.
    let mut spans = Vec::new();
    for (fi, f) in found.iter().enumerate() {
        if f.kind != Kind::Unit {
            continue;
        }
        let start = words.len();
        words.extend(f.name.split_whitespace());
        if words.len() - start >= 3 {
            spans.push((fi, start..words.len()));
        } else {
            words.truncate(start);
        }
    }
    let words: &'f [&'f str] = words;
    spans.into_iter().map(|(fi, r)| (fi, &words[r])).collect()
}

/// "the Belozerskaya moved north" after "the 6th Guards Belozerskaya Tank Division": "the" and a
/// proper word of one unit's name of three words or more, a word the lexicon does not know, is that
/// unit, unless the text once puts the word after a preposition of place (then it names the place).
fn word_back_references(cx: &mut Ctx) {
    let t = &cx.t;
    let mut name_words = Vec::new();
    let long = long_units(&cx.found, &mut name_words);
    if long.is_empty() {
        return;
    }
    let located = |i: usize| {
        [
            "in", "near", "at", "from", "to", "into", "outside", "around",
        ]
        .iter()
        .any(|p| t.eq(i, p))
    };
    let units = super::Occupied::of(&cx.found, &[Kind::Unit]);
    let mut adds = Vec::new();
    for k in t.occurrences("the") {
        let a = k + 1;
        let Some(w) = t.toks.get(a) else {
            continue;
        };
        let word = t.str(a);
        if !(w.is_word()
            && w.cap
            && !w.upper
            && w.class == 0
            && word.len() >= 5
            && ends_reference(t, a))
            || units.any(&w.range())
        {
            continue;
        }
        let mut of = long
            .iter()
            .filter(|(_, words)| words[..words.len() - 1].contains(&word));
        let (Some(&(fi, _)), None) = (of.next(), of.next()) else {
            continue;
        };
        // "Super Merlang Shield", "in Kelmar": a word that also stands in another name or after a
        // preposition of place is no short name of the unit.
        let cap = |i: usize| t.toks[i].is_word() && t.toks[i].cap;
        let elsewhere = t.occurrences(word).any(|i| {
            i > 0 && located(i - 1)
                || !units.overlapping(&t.toks[i].range()).any(|o| o == fi)
                    && (i > 0 && cap(i - 1) && t.same_sentence(i - 1, i)
                        || i + 1 < t.len() && cap(i + 1) && t.same_sentence(i, i + 1))
        });
        if !elsewhere {
            adds.push((fi, w.range()));
        }
    }
    for (fi, r) in adds {
        cx.found[fi].add_mention(r);
    }
}

/// Endings that make a formation's adjective of a place's name in Russian ("Velikanskaya" of "Velikan").
const ADJECTIVE_ENDINGS: &[&str] = &["skaya", "skiy", "skii", "sky", "skoy", "skoi"];

/// True when the word `w` of a short reference names the word `word` of a unit's full name: the same
/// word, or the place its Russian adjective is made of.
fn names_word(word: &str, w: &str) -> bool {
    word == w
        || word
            .strip_prefix(w)
            .is_some_and(|rest| ADJECTIVE_ENDINGS.contains(&rest))
}

/// "the Borovsk district" after "Borovsk Military District", "the Velikan division" after "the 3rd
/// Guards Velikanskaya Tank Division": "the", one proper word of a unit's name of three words or
/// more and its head in lower case are a short mention of that unit, when it is the only one of the
/// article with that word and head. A unit found by the word alone ("Velikanskaya" read as a short name)
/// is the same unit.
fn head_back_references(cx: &mut Ctx) {
    let t = &cx.t;
    let mut name_words = Vec::new();
    let long = long_units(&cx.found, &mut name_words);
    if long.is_empty() {
        return;
    }
    // The long units by their head, so that each candidate meets only the units of its head.
    let mut by_head: FastMap<String, Vec<usize>> = FastMap::default();
    for (n, (_, words)) in long.iter().enumerate() {
        if let Some(last) = words.last() {
            by_head.entry(last.to_lowercase()).or_default().push(n);
        }
    }
    let units = super::Occupied::of(&cx.found, &[Kind::Unit]);
    let mut adds: Vec<(usize, usize)> = Vec::new();
    // Only a word after "the" is read: the word index finds those without a visit to every token.
    for k in t.occurrences("the").map(|i| i + 1) {
        if k + 1 >= t.len() {
            continue;
        }
        let (w, h) = (&t.toks[k], &t.toks[k + 1]);
        // "the Central district of the city", "the Southern district court": a compass word alone
        // names a city's districts too, and a district of something or before a noun is another.
        if !(w.is_word() && w.cap && !w.upper && h.is_word() && !h.cap)
            || w.is(UNIT_HEAD | UNIT_WORD | BRANCH | PERSONNEL | RANK | NATIONALITY | COUNTRY)
            || COMPASS.contains(&t.str(k))
            || !t.same_sentence(k, k + 1)
            || !ends_reference(t, k + 1)
        {
            continue;
        }
        let Some(of_head) = by_head.get(t.str(k + 1)) else {
            continue;
        };
        let mut of = of_head.iter().map(|&n| &long[n]).filter(|(_, words)| {
            words[..words.len() - 1]
                .iter()
                .any(|x| names_word(x, t.str(k)))
        });
        let (Some(&(fi, _)), None) = (of.next(), of.next()) else {
            continue;
        };
        // Not once more, nor inside a longer name.
        let r = t.span(k, k + 1);
        let inside = units.within(&r).count();
        if units.within(&r).all(|(a, b, _)| b - a < r.len())
            && units.overlapping(&r).count() == inside
        {
            adds.push((fi, k));
        }
    }
    let mut merged = Vec::new();
    for (fi, k) in adds {
        let r = t.span(k, k + 1);
        // The word alone, read as a unit of its own: its mentions are this unit's.
        let word = t.str(k);
        if let Some(o) = cx
            .found
            .iter()
            .position(|o| o.kind == Kind::Unit && o.name == word)
            .filter(|&o| o != fi)
        {
            let mentions = std::mem::take(&mut cx.found[o].mentions);
            cx.found[fi].mentions.extend(mentions);
            merged.push(o);
        }
        let f = &mut cx.found[fi];
        f.mentions
            .retain(|m| !(m.start >= r.start && m.end <= r.end));
        f.add_mention(r);
    }
    if !merged.is_empty() {
        merged.sort_unstable();
        merged.dedup();
        for o in merged.into_iter().rev() {
            cx.found.remove(o);
        }
        cx.reindex();
    }
}

/// "Mechanised Infantry Brigade Stone Fox", then "the Stone Fox brigade": a formation's own name after
/// its head is a mention of it when the head follows in lower case.
fn own_name_before_head(cx: &mut Ctx) {
    let t = &cx.t;
    let mut adds = Vec::new();
    for (fi, f) in cx.found.iter().enumerate() {
        if f.kind != Kind::Unit {
            continue;
        }
        // The last three words, read from the end without a copy.
        let mut words = f.name.rsplit(' ');
        let (Some(y), Some(x), Some(head)) = (words.next(), words.next(), words.next()) else {
            continue;
        };
        let Some(head) = ["brigade", "division", "regiment", "battalion"]
            .into_iter()
            .find(|h| head.eq_ignore_ascii_case(h))
        else {
            continue;
        };
        // The first word's places from the word index, not a visit to every token for each unit.
        for k in t.occurrences(x) {
            if k + 2 < t.len()
                && t.str(k) == x
                && t.str(k + 1) == y
                && t.eq(k + 2, head)
                && !t.toks[k + 2].cap
                && t.same_sentence(k, k + 2)
            {
                adds.push((fi, t.span(k, k + 2)));
            }
        }
    }
    for (fi, r) in adds {
        cx.found[fi].add_mention(r);
    }
}

/// Words that may follow a unit's bare ordinal used as its name ("the 58th would be re-equipped", "the
/// 58th, which..."): verbs' auxiliaries, relative pronouns and prepositions, never a noun it would
/// count, nor "and" ("the 1st and the 2nd battalions").
const AFTER_BARE_ORDINAL: &[&str] = &[
    "would", "will", "was", "were", "is", "are", "has", "had", "have", "can", "cannot", "could",
    "may", "might", "must", "should", "shall", "does", "did", "which", "that", "in", "at", "from",
    "to", "on", "with", "also", "still", "itself",
];

/// "the 58th would be re-equipped" after "the 58th Army": an ordinal alone that matches the
/// number of exactly one unit the article named is that unit.
fn bare_ordinals(cx: &mut Ctx) {
    let t = &cx.t;
    let units = super::Occupied::of(&cx.found, &[Kind::Unit]);
    let mut adds = Vec::new();
    // "the 58th", "the Russian 102nd": the ordinals one or two tokens after "the", found from the word
    // index in text order, not by a visit to every token.
    let after_the = t.occurrences("the").flat_map(|i| {
        let nationality = t.toks.get(i + 1).is_some_and(|x| x.is(NATIONALITY));
        [Some(i + 1), nationality.then_some(i + 2)]
            .into_iter()
            .flatten()
    });
    for k in after_the {
        if t.toks.get(k).is_none_or(|x| x.kind != TokKind::Number) {
            continue;
        }
        let s = t.str(k);
        if !is_ordinal(s) {
            continue;
        }
        let r = t.toks[k].range();
        if units.any(&r) {
            continue;
        }
        let ends = match t.toks.get(k + 1) {
            None => true,
            Some(x) => {
                !t.same_sentence(k, k + 1)
                    || matches!(x.kind, TokKind::Punct | TokKind::Possessive)
                    || AFTER_BARE_ORDINAL.iter().any(|w| t.str(k + 1) == *w)
                    // "The 465th received Iskander-M systems": a verb in the past, no type word.
                    || !x.cap
                        && t.str(k + 1).len() > 4
                        && t.str(k + 1).ends_with("ed")
                        && !x.is(UNIT_WORD | UNIT_HEAD)
            }
        };
        if !ends {
            continue;
        }
        let prefix = format!("{s} ");
        let of_number: Vec<(usize, &str)> = cx
            .found
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                f.kind == Kind::Unit
                    && f.name.starts_with(&prefix)
                    && f.mentions.first().is_some_and(|m| m.end <= r.start)
            })
            .map(|(i, f)| (i, f.name.as_str()))
            .collect();
        // "the 113th Separate Territorial Defense Brigade", later "the 113th Brigade": names of one
        // number and one head are one unit, named in full by the longest.
        let head = |n: &str| n.rsplit(' ').next().map(str::to_ascii_lowercase);
        let one = of_number
            .iter()
            .all(|(_, n)| head(n) == head(of_number[0].1));
        if let Some(&(i, _)) = of_number
            .iter()
            .max_by_key(|(_, n)| n.len())
            .filter(|_| one)
        {
            adds.push((i, r));
        }
    }
    for (i, r) in adds {
        cx.found[i].add_mention(r);
    }
}

/// "Title: Russia to keep Kelmar air base for 15 more years": the title repeats, word for word, a unit
/// that the body names.
fn title_mentions(cx: &mut Ctx) {
    let text = cx.article.text.as_str();
    let mut adds = Vec::new();
    for field in &cx.article.header {
        if !field.key.eq_ignore_ascii_case("title") {
            continue;
        }
        let Some(title) = text.get(field.range.clone()) else {
            continue;
        };
        for (i, f) in cx.found.iter().enumerate() {
            if f.kind != Kind::Unit {
                continue;
            }
            for name in std::iter::once(&f.name).chain(&f.aliases) {
                for (off, _) in title.match_indices(name.as_str()) {
                    let (s, e) = (off, off + name.len());
                    let open = !title[..s].ends_with(char::is_alphanumeric);
                    let closed = !title[e..].starts_with(char::is_alphanumeric);
                    if open && closed && s > 0 {
                        adds.push((i, field.range.start + s..field.range.start + e));
                    }
                }
            }
        }
    }
    for (i, r) in adds {
        cx.found[i].add_mention(r);
    }
}

/// "the JRRF, known in Russian as OSBR", "The logistics center, formerly known as Karshi air base": the
/// name after "known as" is another name of the unit before it, named there or, by its head words
/// ("logistics center"), earlier in the article.
fn known_as(cx: &mut Ctx) {
    let t = &cx.t;
    let units = super::Occupied::of(&cx.found, &[Kind::Unit]);
    let mut moves: Vec<(usize, Range<usize>, String, Option<usize>)> = Vec::new();
    for k in t.occurrences("known") {
        let mut q = k + 1;
        if t.eq(q, "in") && t.toks.get(q + 1).is_some_and(|x| x.cap) {
            q += 2;
        }
        // "known in Lithuania simply as …", "known locally as …".
        if ["simply", "locally", "informally", "widely", "officially"]
            .iter()
            .any(|w| t.eq(q, w))
        {
            q += 1;
        }
        // "known by its Persian acronym VOKHAD", "known by its initials NWC".
        let mut by = false;
        if t.eq(q, "by") && t.eq(q + 1, "its") {
            let mut r = q + 2;
            if t.toks.get(r).is_some_and(|x| x.cap && x.is_word()) {
                r += 1;
            }
            by = ["acronym", "initials", "abbreviation"]
                .iter()
                .any(|w| t.eq(r, w));
            q = r;
        }
        if !t.eq(q, "as") && !by {
            continue;
        }
        // "known as the Arctic Angels".
        if t.eq(q + 1, "the") && !t.toks[q + 1].cap {
            q += 1;
        }
        // 'known as the "Estonia Brigade"': the name in quotes.
        let quoted = t.punct(q + 1, '"') || t.punct(q + 1, '“');
        if quoted {
            q += 1;
        }
        if q + 1 >= t.len() || !t.same_sentence(k, q + 1) || !t.toks[q + 1].cap {
            continue;
        }
        let mut c = k;
        while c > 0
            && ["formerly", "also", "previously", "once", "better"]
                .iter()
                .any(|w| t.eq(c - 1, w))
        {
            c -= 1;
        }
        // "Panzerbrigade 12 — known in Estonia as …": a dash opens the aside as a comma does.
        let opens = t.punct(c - 1, ',') || t.punct(c - 1, '—') || t.punct(c - 1, '–');
        if c < 2 || !opens || !t.same_sentence(c - 1, k) {
            continue;
        }
        // "the Joint Rapid Reaction Forces (JRRF), known in Russian as OSBR".
        if c >= 5 && t.punct(c - 2, ')') && t.punct(c - 4, '(') {
            c -= 1;
        }
        let before = t.toks[c - 2].range();
        // The unit the name is given to.
        let word = t.str(c - 2);
        let target = units.overlapping(&before).next().or_else(|| {
            // An acronym given earlier ("(JRRF)") and repeated bare.
            if t.toks[c - 2].upper {
                return cx.found.iter().position(|f| {
                    f.kind == Kind::Unit && (f.name == word || f.aliases.iter().any(|a| a == word))
                });
            }
            let head = t.str(c - 2).to_ascii_lowercase();
            if t.toks[c - 2].cap || !t.toks[c - 2].is_word() {
                return None;
            }
            let tail = if c >= 3 && t.toks[c - 3].is_word() && !t.toks[c - 3].is(JOINER) {
                format!("{} {head}", t.str(c - 3).to_ascii_lowercase())
            } else {
                head
            };
            cx.found
                .iter()
                .enumerate()
                .filter(|(_, f)| {
                    f.kind == Kind::Unit
                        && f.name.to_ascii_lowercase().ends_with(&tail)
                        && f.mentions.first().is_some_and(|m| m.end <= before.start)
                })
                .map(|(i, _)| i)
                .next_back()
        });
        let Some(target) = target else {
            continue;
        };
        // '"Estonia Brigade" (Brigade Estland)': the name in its own language in parentheses after
        // the quoted one is the unit's too.
        if quoted {
            let mut e = q + 1;
            while e < q + 5 && t.toks.get(e + 1).is_some_and(|x| x.cap && x.is_word()) {
                e += 1;
            }
            let inner = ((t.punct(e + 1, '"') || t.punct(e + 1, '”')) && t.punct(e + 2, '('))
                .then(|| t.toks.get(e + 3).map(|x| x.range()))
                .flatten();
            if let Some((other, r)) = inner.and_then(|r| {
                units
                    .overlapping(&r)
                    .next()
                    .filter(|&o| o != target)
                    .map(|o| (o, r))
            }) {
                let name = cx.found[other].name.clone();
                moves.push((target, r, name, Some(other)));
            }
        }
        let start = t.toks[q + 1].range();
        if let Some(other) = units.overlapping(&start).next() {
            if other != target {
                let name = cx.found[other].name.clone();
                moves.push((target, start, name, Some(other)));
            }
            continue;
        }
        let mut e = q + 1;
        while e + 1 < t.len() && e < q + 4 && t.toks[e + 1].cap && t.toks[e + 1].is_word() {
            e += 1;
        }
        // '"Estonia Brigade"': a country may open a quoted name that ends in a head.
        if t.toks[q + 1].is(NOT_NAME | NATIONALITY | COUNTRY)
            && !(quoted && t.toks[e].is(UNIT_HEAD))
        {
            continue;
        }
        // "known as the Strike brigade": the head after the name belongs to it.
        if t.toks.get(e + 1).is_some_and(|x| !x.cap)
            && SHORT_NAME_HEADS.iter().any(|h| t.eq(e + 1, h))
            && t.same_sentence(e, e + 1)
        {
            e += 1;
        }
        moves.push((target, t.span(q + 1, e), t.joined(q + 1, e), None));
    }
    if moves.is_empty() {
        return;
    }
    for (target, r, name, other) in moves {
        if let Some(o) = other {
            let ms = std::mem::take(&mut cx.found[o].mentions);
            let aliases = std::mem::take(&mut cx.found[o].aliases);
            let attrs = std::mem::take(&mut cx.found[o].attributes);
            let f = &mut cx.found[target];
            f.mentions.extend(ms);
            for a in aliases {
                f.add_alias(&a);
            }
            f.attributes.extend(attrs);
            f.add_alias(&name);
        } else {
            let f = &mut cx.found[target];
            f.add_mention(r);
            f.add_alias(&name);
        }
    }
    cx.reindex();
}

/// "Russia's 58th Army", "the Russian 102nd Division".
fn nationality_before(t: &Tokens, a: usize) -> Option<String> {
    let k = a.checked_sub(1)?;
    if !t.same_sentence(k, a) {
        return None;
    }
    if t.toks[k].is(NATIONALITY) {
        return lexicon::country_of(t.str(k)).map(str::to_string);
    }
    if t.toks[k].kind == TokKind::Possessive && k > 0 && t.toks[k - 1].is(COUNTRY) {
        return lexicon::country_of(t.str(k - 1)).map(str::to_string);
    }
    None
}

/// An acronym in parentheses right after a unit ("Collective Rapid Reaction Forces (CRRF)", "Combined Task
/// Force 153 (CTF 153)") is its alias. A unit already found under that acronym is the same unit.
/// "KFOR commander Maj. Gen. …", "the NATO-led KFOR mission": a force named by an acronym ending in FOR
/// (Force), with a commander or a mission of its own, is a unit and not an organization, wherever the
/// article names it.
fn commanded_forces(cx: &mut Ctx) {
    let t = &cx.t;
    let mut names: Vec<&str> = Vec::new();
    for k in 0..t.len().saturating_sub(1) {
        if !(t.toks[k].upper && t.toks[k].is_word()) {
            continue;
        }
        let s = t.str(k);
        if s.len() < 4 || !s.ends_with("FOR") {
            continue;
        }
        // "KFOR commander", "the NATO-led KFOR mission": a standing force with a command or a mission.
        let commanded = [
            "commander",
            "commanders",
            "mission",
            "troops",
            "peacekeepers",
        ]
        .iter()
        .any(|w| t.eq(k + 1, w))
            || k > 0 && t.str(k - 1).ends_with("-led");
        if !lexicon::organization_acronym(s) && commanded && !names.contains(&s) {
            names.push(s);
        }
    }
    if names.is_empty() {
        return;
    }
    let units = super::Occupied::of(&cx.found, &[Kind::Unit]);
    let mut adds: Vec<(String, Range<usize>)> = Vec::new();
    for k in 0..t.len() {
        let r = t.toks[k].range();
        if t.toks[k].is_word() && names.contains(&t.str(k)) && !units.any(&r) {
            adds.push((t.str(k).to_string(), r));
        }
    }
    for (name, r) in adds {
        cx.entity(Kind::Unit, &name).add_mention(r);
    }
}

/// "(2RAR)", "(SETAF-AF)", "(CJTF-HOA)": one token in parentheses, with capitals and maybe digits or
/// hyphens, and nothing else there: a code name. A number or a year alone is none.
fn code(t: &Tokens, k: usize) -> bool {
    let s = t.str(k);
    let capitals = |s: &str| {
        s.bytes().filter(|b| b.is_ascii_uppercase()).count() >= 2
            && !s.bytes().any(|b| b.is_ascii_lowercase())
    };
    // "(ATF-Romania)", "(MNB-Latvia)": a code and the country the unit stands in.
    let abroad = || {
        s.split_once('-')
            .is_some_and(|(c, place)| capitals(c) && lexicon::country_of(place).is_some())
    };
    t.punct(k + 1, ')') && s.len() <= 16 && (s.len() <= 12 && capitals(s) || abroad())
}

/// "(MN BDE-SE)", "(NRDC ITA)": two codes in parentheses, and nothing else there. Returns the last.
fn two_codes(t: &Tokens, k: usize) -> Option<usize> {
    let upper = |i: usize| {
        t.toks.get(i).is_some_and(|x| {
            x.is_word() && x.upper && !t.str(i).bytes().any(|b| b.is_ascii_lowercase())
        })
    };
    (upper(k) && upper(k + 1) && t.punct(k + 2, ')') && t.same_sentence(k, k + 2)).then_some(k + 1)
}

/// "(Żelazna Dywizja)": two or three capitalized words unknown to the lexicon, alone in parentheses, are
/// the unit's name in its own language; after the first word, the Arabic article may join a word to it
/// ("(Liwa al-Tafuf)"). Returns the last token.
fn native_name(t: &Tokens, a: usize) -> Option<usize> {
    let mut e = a;
    while e < t.len()
        && e < a + 3
        && t.toks[e].is_word()
        && (t.toks[e].cap || e > a && arabic_article(t.str(e)))
        && !t.toks[e].upper
    {
        // "(Black Panthers)": a common word may open a nickname, but no country, head or title.
        let other = e > a || t.toks[e].is(!(NOT_NAME | FIRST_NAME));
        if t.toks[e].class != 0 && other {
            return None;
        }
        e += 1;
    }
    (e >= a + 2 && t.punct(e, ')') && t.same_sentence(a, e) && t.toks[e - 1].class == 0)
        .then_some(e - 1)
}

/// "III MEF", "12th MLR", "2e BIP": a Roman or ordinal number (English or French) and an acronym, alone
/// in parentheses.
fn numbered_acronym(t: &Tokens, k: usize) -> bool {
    let x = &t.toks[k];
    let number = x.kind == TokKind::Number && (is_ordinal(t.str(k)) || french_ordinal(t.str(k)))
        || x.is_word() && x.upper && lexicon::roman_numeral(t.str(k)).is_some();
    // "(155th OBrMP)": a Ukrainian or Russian abbreviation keeps its lower-case letters.
    let abbreviation = |i: usize| {
        let w = t.str(i);
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().filter(u8::is_ascii_uppercase).count() >= 3
            && !w.contains('-')
    };
    number
        && t.toks
            .get(k + 1)
            .is_some_and(|y| y.is_word() && (y.upper || abbreviation(k + 1)))
        && t.punct(k + 2, ')')
        && t.same_sentence(k, k + 2)
}

/// "2e", "1er", "1re": a French ordinal, as armies of French tradition number their units.
fn french_ordinal(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&s[digits..], "e" | "er" | "re")
}

/// A unit's designation in its own army, alone in parentheses, whatever the house style: a short
/// capitalized word and a number or Roman numeral ("(Amf 1)", "(P 18)", "(Koarmada II)"), a number and
/// one to three capitalized words ("(10 Briged Para)"), or one word with capitals inside it ("(LenMD)").
/// A year is no designation ("(Zapad 2021)" dates an exercise). Returns the last token.
fn designation(t: &Tokens, k: usize) -> Option<usize> {
    let x = t.toks.get(k)?;
    let w = t.str(k);
    let short_word = x.is_word() && x.cap && w.len() <= 10 && !x.is(COUNTRY | NATIONALITY | MONTH);
    let number = |i: usize| {
        t.toks.get(i).is_some_and(|y| {
            y.kind == TokKind::Number
                && t.str(i).bytes().all(|b| b.is_ascii_digit())
                && !is_year(t.str(i))
                || y.is_word()
                    && (y.upper || t.str(i).len() == 1 && y.cap)
                    && lexicon::roman_numeral(t.str(i)).is_some()
                || y.is_word() && roman_code(t.str(i))
        })
    };
    let closes = |e: usize| t.punct(e + 1, ')') && t.same_sentence(k, e + 1);
    if short_word && number(k + 1) && closes(k + 1) {
        return Some(k + 1);
    }
    // "(10 Briged Para)", "(I Corps)", "(21 Corps)".
    if number(k) {
        let mut e = k + 1;
        while e < t.len() && e < k + 4 && t.toks[e].is_word() && t.toks[e].cap {
            e += 1;
        }
        return (e > k + 1 && closes(e - 1)).then_some(e - 1);
    }
    // "LenMD", "NorthCom": mixed case, at least two capitals, ending in one.
    let camel = short_word
        && !x.upper
        && w.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && w.bytes().last().is_some_and(|b| b.is_ascii_uppercase());
    (camel && closes(k)).then_some(k)
}

/// "(Kodrat)": one capitalized word the lexicon does not know, alone in parentheses, is a short name
/// the unit goes by when the article uses it again, or says right after where the unit is based
/// ("(Kalkan) based in Selm"), and never as a place ("in Vardan", "the Vardan-based"): a place in
/// parentheses says where the unit is.
fn short_alias(t: &Tokens, k: usize) -> bool {
    let x = &t.toks[k];
    if !(x.is_word()
        && x.cap
        && !x.upper
        && x.class == 0
        && t.punct(k + 1, ')')
        && !t.str(k).contains('-')
        && !lexicon::demonym_like(t.str(k)))
    {
        return false;
    }
    let w = t.str(k);
    let based_after = ["based", "stationed", "headquartered"]
        .iter()
        .any(|b| t.eq(k + 2, b))
        && t.same_sentence(k, k + 2);
    let located = |i: usize| {
        i > 0
            && ["in", "at", "near", "from", "to", "outside", "around"]
                .iter()
                .any(|p| t.eq(i - 1, p))
    };
    let mut again = based_after;
    for (i, y) in t.toks.iter().enumerate() {
        if i == k || y.end - y.start < x.end - x.start || !y.is_word() {
            continue;
        }
        let s = t.str(i);
        if s == w {
            if located(i) {
                return false;
            }
            again = true;
        } else if s.strip_prefix(w).is_some_and(|r| r.starts_with('-')) {
            return false;
        }
    }
    again
}

/// `Brigade “Zorya”`, `Division, the “Iron Eagles,”`: a quoted name right after a unit, or in
/// apposition to it, is its nickname. Returns the name's first and last tokens.
fn nickname(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    let mut k = t.toks.partition_point(|x| (x.start as usize) < end);
    if t.punct(k, ',') && t.eq(k + 1, "the") {
        k += 2;
    } else if t.punct(k, ',') && (t.eq(k + 1, "nicknamed") || t.eq(k + 1, "dubbed")) {
        // 'Brigade, nicknamed "Iron Eagles",'.
        k += if t.eq(k + 2, "the") { 3 } else { 2 };
    }
    // '("Desert Lightning")'.
    let paren = t.punct(k, '(');
    if paren {
        k += 1;
        // '(the "Grey Rats")'.
        if t.eq(k, "the") {
            k += 1;
        }
    }
    let open = |i: usize| t.punct(i, '“') || t.punct(i, '"');
    let close = |i: usize| t.punct(i, '”') || t.punct(i, '"');
    if !open(k) {
        return None;
    }
    let a = k + 1;
    let mut e = a;
    while e < t.len() && e < a + 3 && t.toks[e].is_word() && t.toks[e].cap && !t.toks[e].upper {
        e += 1;
    }
    // A common word may open a nickname of two words ("Grey Rats"), not one of one.
    let not_name = if e > a + 1 { 0 } else { NOT_NAME };
    if e == a || !t.same_sentence(k, e) || t.toks[a].is(not_name | COUNTRY | NATIONALITY) {
        return None;
    }
    // The comma of the apposition may sit inside the quotes.
    let c = if t.punct(e, ',') { e + 1 } else { e };
    (close(c) && (!paren || t.punct(c + 1, ')'))).then_some((a, e - 1))
}

/// Short names of a unit by the initials of its words: "MID 77" after "Medium Infantry Division 77" or
/// "the 77th Medium Infantry Division", as armies abbreviate their formations with the number; and "ALF
/// Estonia" for "Allied Land Forces Estonia", a unit named for the country it stands in, by the
/// initials of the rest of its name and the country.
fn initials_mentions(cx: &mut Ctx) {
    let t = &cx.t;
    let mut adds = Vec::new();
    for (fi, f) in cx.found.iter().enumerate() {
        if f.kind != Kind::Unit {
            continue;
        }
        let words: Vec<&str> = f.name.split_whitespace().collect();
        // The word kept whole after the initials: the number or the country.
        let (kept, rest) = match words.as_slice() {
            [rest @ .., last] if last.len() <= 4 && last.bytes().all(|b| b.is_ascii_digit()) => {
                (*last, rest)
            }
            [first, rest @ ..] if is_ordinal(first) => {
                (first.trim_end_matches(|c: char| !c.is_ascii_digit()), rest)
            }
            [rest @ .., last]
                if lexicon::country_of(last).is_some()
                    && lexicon::classes(last) & NATIONALITY == 0 =>
            {
                (*last, rest)
            }
            _ => continue,
        };
        let initials: String = rest.iter().filter_map(|w| w.chars().next()).collect();
        if rest.len() < 2
            || initials.len() != rest.len()
            || !initials.bytes().all(|b| b.is_ascii_uppercase())
        {
            continue;
        }
        for k in t.occurrences(&initials) {
            if t.str(k) == initials && t.same_sentence(k, k + 1) && t.str(k + 1) == kept {
                adds.push((fi, t.span(k, k + 1), t.joined(k, k + 1)));
            }
            // "the 4th GTA" after "the 4th Guards Tank Army": the ordinal as written, then the initials.
            if k > 0
                && is_ordinal(words[0])
                && t.str(k) == initials
                && t.same_sentence(k - 1, k)
                && t.str(k - 1) == words[0]
            {
                adds.push((fi, t.span(k - 1, k), t.joined(k - 1, k)));
            }
        }
    }
    for (fi, r, alias) in adds {
        let f = &mut cx.found[fi];
        f.add_alias(&alias);
        f.add_mention(r);
    }
}

/// "Joint Mountain Response Forces of the Southern region (JMRF)": the acronym of a unit's name
/// may follow the words that place it, from token `k` on, when its letters are the initials of the name.
/// Returns the acronym's token.
fn acronym_after_complement(t: &Tokens, k: usize, name: &str) -> Option<usize> {
    if !t.eq(k, "of") {
        return None;
    }
    let open = (k + 1..(k + 8).min(t.len()))
        .take_while(|&j| t.same_sentence(k, j))
        .find(|&j| !t.toks[j].is_word())?;
    let a = open + 1;
    let initials = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_uppercase);
    (t.punct(open, '(')
        && t.toks.get(a).is_some_and(|x| x.upper && x.is_word())
        && t.punct(a + 1, ')')
        && name.contains(' ')
        && initials.eq(t.str(a).chars()))
    .then_some(a)
}

/// "tanks for OSKOR, the Separate Tank Corps in Velm": an acronym the lexicon does not know, then a
/// comma and "the" before a unit's mention starting at byte `start`, is the unit's, in the language
/// of its army. An acronym after "the" ("heads the VFC, the Joint Staff") is one of a list. Returns
/// the acronym's token.
fn acronym_before_apposition(t: &Tokens, start: usize) -> Option<usize> {
    let k = t.toks.partition_point(|x| (x.start as usize) < start);
    let a = k.checked_sub(3)?;
    let x = &t.toks[a];
    let apposed = t.eq(k - 1, "the")
        && t.punct(k - 2, ',')
        && x.is_word()
        && x.upper
        && x.class == 0
        && t.str(a).len() >= 3
        && !lexicon::organization_acronym(t.str(a))
        && t.same_sentence(a, k)
        && a > 0
        && t.toks[a - 1].is_word()
        && !t.toks[a - 1].cap
        && !t.eq(a - 1, "the");
    apposed.then_some(a)
}

fn acronym_aliases(cx: &mut Ctx) {
    let t = &cx.t;
    let mut adds = Vec::new();
    for (fi, f) in cx.found.iter().enumerate() {
        if f.kind != Kind::Unit {
            continue;
        }
        for m in &f.mentions {
            let k = t.toks.partition_point(|x| (x.start as usize) < m.end);
            // "(Cuerpo de Tropas de Montaña, CTM)": the acronym after the name inside the brackets.
            if t.punct(k, ',')
                && t.punct(k + 2, ')')
                && t.toks.get(k + 1).is_some_and(|x| x.upper && x.is_word())
                && t.same_sentence(k, k + 2)
                && t.toks[..k]
                    .iter()
                    .rev()
                    .take(12)
                    .take_while(|x| x.kind != TokKind::Punct || &t.text[x.range()] != ")")
                    .any(|x| x.kind == TokKind::Punct && &t.text[x.range()] == "(")
            {
                adds.push((fi, t.toks[k + 1].range(), t.str(k + 1).to_string()));
                continue;
            }
            if let Some(a) = acronym_after_complement(t, k, &f.name) {
                adds.push((fi, t.toks[a].range(), t.str(a).to_string()));
                continue;
            }
            if let Some(a) = acronym_before_apposition(t, m.start) {
                adds.push((fi, t.toks[a].range(), t.str(a).to_string()));
                continue;
            }
            if !t.punct(k, '(') || k + 1 >= t.len() {
                continue;
            }
            let e = if t.toks[k + 1].upper && t.punct(k + 2, ')') || code(t, k + 1) {
                k + 1
            } else if t.toks[k + 1].upper
                && t.toks.get(k + 2).is_some_and(|x| x.kind == TokKind::Number)
                && t.punct(k + 3, ')')
            {
                k + 2
            } else if let Some(e) = two_codes(t, k + 1) {
                e
            } else if numbered_acronym(t, k + 1) {
                // "(III MEF)", "(12th MLR)".
                k + 2
            } else if let Some(e) = native_name(t, k + 1) {
                e
            } else if short_alias(t, k + 1) {
                k + 1
            } else if let Some(e) = designation(t, k + 1) {
                e
            } else {
                continue;
            };
            adds.push((fi, t.span(k + 1, e), t.joined(k + 1, e)));
        }
        for m in &f.mentions {
            if let Some((a, e)) = nickname(t, m.end) {
                adds.push((fi, t.span(a, e), t.joined(a, e)));
            }
        }
    }
    let mut merged = Vec::new();
    for (fi, r, alias) in adds {
        let same = cx
            .found
            .iter()
            .position(|o| o.kind == Kind::Unit && o.name == alias)
            .filter(|&o| o != fi);
        if let Some(o) = same {
            let mentions = std::mem::take(&mut cx.found[o].mentions);
            let aliases = std::mem::take(&mut cx.found[o].aliases);
            let attributes = std::mem::take(&mut cx.found[o].attributes);
            let f = &mut cx.found[fi];
            f.mentions.extend(mentions);
            for a in aliases {
                f.add_alias(&a);
            }
            f.attributes.extend(attributes);
            merged.push(o);
        }
        let f = &mut cx.found[fi];
        f.add_alias(&alias);
        f.add_mention(r);
    }
    if !merged.is_empty() {
        // The emptied entities go, so that no later step finds them by name.
        merged.sort_unstable();
        merged.dedup();
        for o in merged.into_iter().rev() {
            cx.found.remove(o);
        }
        cx.reindex();
    }
}

#[cfg(test)]
mod tests {
    use crate::entity::{AttrKey, Kind};
    use crate::recognize::Found;
    use crate::recognize::testing::{self, attr};

    fn units(text: &str) -> Vec<Found> {
        testing::found(text, Kind::Unit)
    }

    fn names(u: &[Found]) -> Vec<&str> {
        u.iter().map(|f| f.name.as_str()).collect()
    }

    #[test]
    fn an_armys_area_is_a_unit() {
        let u = units(
            "The Second Army Area moved troops. The Kilo Task Force of the First Army Area and Ruritania’s 3rd Army Region stayed.",
        );
        assert_eq!(
            names(&u),
            [
                "Second Army Area",
                "Kilo Task Force",
                "First Army Area",
                "3rd Army Region"
            ]
        );
        assert_eq!(
            names(&units("The 3rd Army crossed the area.")),
            ["3rd Army"]
        );
    }

    #[test]
    fn missions_and_forces_of_the_un_or_a_union_are_no_units() {
        for text in [
            "Troops of the African Union Support and Stabilization Mission in Somalia (AUSSOM) held the road.",
            "Officers of the European Union Training Mission in Mali left Bamako.",
            "The SADC Mission in Tarsia sent a battalion.",
            "A Varesian contingent serves in the UN Interim Force in Tarsia.",
            "The United Nations Stabilization Force left the border.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
        assert_eq!(
            named("Soldiers of the Gorgor Special Forces joined the raid."),
            ["Gorgor Special Forces"]
        );
    }

    #[test]
    fn camps_named_by_code_and_cantonments() {
        assert_eq!(
            named("The minister visited Camp KFORBASE in April and Camp Lemonnier in May."),
            ["Camp KFORBASE", "Camp Lemonnier"]
        );
        assert_eq!(
            named("He told a briefing at the Jessore Cantonment that troops moved."),
            ["Jessore Cantonment"]
        );
        for text in [
            "The Rawalpindi Cantonment Board raised taxes.",
            "Talks at Camp NATO were held.",
            "The cantonment was quiet.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn plural_brigades_and_forces_under_a_proper_name() {
        assert_eq!(
            named(
                "The coalition trained the Amaliqa Brigades and the Hadrami Coast Forces last year."
            ),
            ["Amaliqa Brigades", "Hadrami Coast Forces"]
        );
        assert_eq!(
            named("Soldiers of the Gorgor Special Forces joined the raid."),
            ["Gorgor Special Forces"]
        );
        for text in [
            "The Syrian Democratic Forces and the Lebanese Armed Forces met.",
            "Kurdish Forces and Houthi Forces fought.",
            "The Russian Brigades and Tajik brigades stayed.",
            "The Afghan Special Forces and the Army Special Forces trained.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn an_ordinal_and_a_formations_abbreviation() {
        let u = units(
            "The 3rd Infantry Division moved north. Officers of the 3rd ID said the 1st MEF stayed.",
        );
        assert_eq!(names(&u), ["3rd Infantry Division", "1st MEF"]);
        assert_eq!(u[0].mentions.len(), 2, "{u:?}");
        for text in ["The 2nd EU summit ended.", "The 21st SCO meeting opened."] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn an_air_force_base_and_a_military_camp_named_for_places() {
        let u = units(
            "The jets flew from BAF Base Kurmitola. Recruits trained at Burnham Military Camp for a year.",
        );
        assert_eq!(names(&u), ["BAF Base Kurmitola", "Burnham Military Camp"]);
        for text in [
            "The IAF Base commander said the jets were ready.",
            "The USAF Base budget grew.",
            "Military Camp life was hard.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn a_services_army_named_by_its_compass_point() {
        let u = units(
            "The drill was led by the Ground Self-Defense Force’s Northern Army and the JMSDF’s Eastern Army.",
        );
        assert_eq!(names(&u), ["Northern Army", "Eastern Army"]);
        for text in [
            "The Western Army fans cheered in Europe’s Eastern Army stadium.",
            "The Navy’s Central Army Sports Club won the cup.",
            "The navy’s southern army of volunteers grew.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn a_roman_numeral_and_a_formations_abbreviation() {
        let u = units(
            "Marines of the II Marine Expeditionary Force landed. A II MEF spokesman said the drill ended.",
        );
        assert_eq!(names(&u), ["II Marine Expeditionary Force"]);
        assert_eq!(u[0].mentions.len(), 2, "{u:?}");
        assert_eq!(u[0].aliases, ["II MEF"]);
        let u = units("The convoy was escorted by the XVIII MEF on Monday.");
        assert_eq!(names(&u), ["XVIII MEF"]);
        // A numeral before any other capitals, or "I" before a word, is no formation.
        for text in [
            "Phase II NATO talks ended.",
            "The II EU summit opened.",
            "I MET the minister on Monday.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn a_proper_word_and_the_head_in_lower_case_are_the_unit() {
        let u = units(
            "The Borovsk Military District and the Kamensk Military District were merged. Officers of the Borovsk district and of the Kamensk district were kept on.",
        );
        assert_eq!(
            names(&u),
            ["Borovsk Military District", "Kamensk Military District"]
        );
        assert!(u.iter().all(|f| f.mentions.len() == 2), "{u:?}");
        let u = units(
            "The 3rd Guards Velikanskaya Tank Division moved east. The Velikan division and the Velikanskaya division are one.",
        );
        assert_eq!(names(&u), ["3rd Guards Velikanskaya Tank Division"]);
        assert_eq!(u[0].mentions.len(), 3, "{u:?}");
        // Two units of the word and head, another head, or no "the": no short mention.
        let u = units(
            "The 1st Orlov Tank Division and the 2nd Orlov Rifle Division met. The Orlov division spoke. The Borsk Military District sent a regiment; the Borsk region and Borsk district stayed. The Operational Group of Russian Troops said the Russian troops left.",
        );
        assert!(
            u.iter().any(|f| f.name.ends_with("Russian Troops")),
            "{u:?}"
        );
        assert!(u.iter().all(|f| f.mentions.len() == 1), "{u:?}");
    }

    #[test]
    fn the_words_of_a_name_before_its_of_are_the_unit() {
        let u = units(
            "Selm demanded the withdrawal of the Operational Group of Estonian Forces from the region. In practice, the Operational Group has become a training cadre, and the Operational Group Commander spoke.",
        );
        assert_eq!(names(&u), ["Operational Group of Estonian Forces"]);
        assert_eq!(u[0].mentions.len(), 2, "{u:?}");
        let u = units(
            "The Operational Group of Estonian Forces and the Operational Group of Latvian Forces met. The Operational Group left.",
        );
        assert_eq!(u.len(), 2, "{u:?}");
        assert!(u.iter().all(|f| f.mentions.len() == 1), "{u:?}");
    }

    #[test]
    fn the_and_a_proper_word_of_a_longer_name_are_the_unit() {
        let u = units(
            "The 6th Guards Belozerskaya Tank Division and the 2nd Kelmar Motor Rifle Brigade trained. Later the Belozerskaya moved north, and the Kelmar Motor units left. Troops in Kelmar said the Kelmar was ready.",
        );
        assert_eq!(u[0].name, "6th Guards Belozerskaya Tank Division", "{u:?}");
        assert_eq!(u[0].mentions.len(), 2, "{u:?}");
        assert_eq!(u[1].mentions.len(), 1, "{u:?}");
        let u = units("The 14th Mountain Brigade, nicknamed “Iron Eagles”, joined.");
        assert_eq!(u[0].aliases, ["Iron Eagles"], "{u:?}");
    }

    #[test]
    fn city_districts_joined_sub_units_and_look_alike_names_are_no_units() {
        let u = units(
            "The Central Military District sent troops. Protesters gathered in the Central district of the city, the army said. Later, the Southern district court jailed two officers of the Southern Military District.",
        );
        assert!(u.iter().all(|f| f.mentions.len() == 1), "{u:?}");
        let u = units(
            "Soldiers from 1st Platoon and Bravo Company cleared the village. Troops of the 2nd Battalion and Alpha Company arrived.",
        );
        assert!(u.iter().all(|f| !f.name.contains(" and ")), "{u:?}");
        for text in [
            "Mongolian Brigadier General Batzorig Ochirbat said the troops were ready.",
            "The Canbrig ferry line and the Newbatt energy firm said troops would get discounts. Chibat, the retired army commander, spoke.",
            "Colbatt and Sambat said troops were tired.",
            "Officers of the Chilean peacekeeping battalion, Selm-based, trained.",
        ] {
            assert!(units(text).is_empty(), "{text}: {:?}", units(text));
        }
        // A word of another name ("Super Merlang Shield") is no short name of the unit.
        let u = units(
            "Troops joined the Super Merlang Shield drills and the 5th Merlang Rifle Division. Fans cheered the Merlang, the football team.",
        );
        assert!(u.iter().all(|f| f.mentions.len() == 1), "{u:?}");
    }

    #[test]
    fn a_formations_own_word_alone_is_the_formation() {
        let u = units(
            "Kenya’s Kifaru Brigade took the town. Officers said the Kifaru commandos held it so that Kifaru could advance. Kifaru veterans were proud.",
        );
        assert_eq!(names(&u), ["Kifaru Brigade"]);
        assert_eq!(u[0].mentions.len(), 3, "{u:?}");
        // A place, an army named for a people and a longer name are not taken alone.
        let u = units(
            "The Arakan Army fought in Arakan. The Iron Brigade left; the Iron Dome stayed near Iron.",
        );
        assert!(u.iter().all(|f| f.mentions.len() == 1), "{u:?}");
        let u = units("The Visby Regiment is ready. He said that Visby is the key, east of Visby.");
        assert_eq!(u[0].mentions.len(), 1, "{u:?}");
    }

    #[test]
    fn an_arabic_name_in_parentheses_is_an_alias() {
        let u = units("Its 13th Brigade (Liwa al-Qamar) pulled back to the border.");
        assert_eq!(names(&u), ["13th Brigade"]);
        assert!(u[0].aliases.iter().any(|a| a == "Liwa al-Qamar"), "{u:?}");
    }

    #[test]
    fn defence_zones_are_units_and_missions_of_regional_blocs_are_not() {
        assert_eq!(
            named(
                "The army moved the 2nd Defence Zone to Bukavu and the Fourth Defense Zone to Kindu."
            ),
            ["2nd Defence Zone", "Fourth Defense Zone"]
        );
        for text in [
            "Troops of the ECOWAS Mission in the Republic of Guinea-Bissau left, as did the EAC Mission in DR Congo.",
            "The 2nd defence zone of the city was closed.",
            "The Economic Zone 3 opened.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn codes_determiners_weapons_and_armed_forces_are_no_units() {
        for text in [
            "Rwanda is accused of commanding M23 operations near Goma.",
            "Every brigade sent to the border was short of fuel.",
            "Crews trained on the Zircon hypersonic missile system. Minsk signed a decree on a Belarusian Zircon unit.",
            "The King is Supreme Commander of the Jordan Armed Forces-Arab Army.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
        assert_eq!(
            named("He said the Kyrgbat battalion and the Gorgor unit stayed."),
            ["Kyrgbat", "Gorgor"]
        );
    }

    #[test]
    fn squadrons_in_the_hundreds_and_units_of_an_army_abroad() {
        assert_eq!(
            named("Jets of the 425 Tactical Fighter Squadron landed. The 300 soldiers waited."),
            ["425 Tactical Fighter Squadron"]
        );
        assert_eq!(
            named(
                "The police Rapid Intervention Unit (UIR) and the British Army Training Unit Canada trained."
            ),
            [
                "Rapid Intervention Unit",
                "British Army Training Unit Canada"
            ]
        );
        for text in [
            "The Financial Intelligence Unit traced the funds.",
            "The Special Investigations Unit reported.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn a_bare_ordinal_after_a_nationality_or_before_a_past_verb() {
        let u = units(
            "The 522nd Missile Brigade fired. The 522nd received new launchers. A company served with the Russian 522nd.",
        );
        assert_eq!(names(&u), ["522nd Missile Brigade"]);
        assert_eq!(u[0].mentions.len(), 3, "{u:?}");
        let u = units("The 5th Tank Brigade fired. The 5th mechanized battalion waited.");
        assert_eq!(u[0].mentions.len(), 1, "{u:?}");
    }

    #[test]
    fn a_brigade_titled_by_its_type_in_a_nations_army() {
        assert_eq!(
            named(
                "Units of the Marine Brigade of the Estonian Navy and the Mountain Brigade of the Georgian Army landed."
            ),
            ["Marine Brigade", "Mountain Brigade"]
        );
        for text in [
            "The Commando Brigade held a parade.",
            "A commando brigade of the Georgian Army landed.",
            "The Commando Brigade of the future was discussed.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn a_kingdoms_army_is_a_service() {
        for text in [
            "The Royal Cambodian Army held drills.",
            "Troops of the Royal Thai Army arrived.",
        ] {
            assert!(units(text).is_empty(), "{text}: {:?}", units(text));
        }
        assert_eq!(
            names(&units(
                "The Royal Tank Regiment and the Ruritanian Frontier Army moved."
            )),
            ["Royal Tank Regiment", "Ruritanian Frontier Army"]
        );
    }

    #[test]
    fn a_guard_named_for_whom_it_guards_is_a_unit() {
        let u = units("Officers of the Republican Guard met the Presidential Guard’s commander.");
        assert_eq!(names(&u), ["Republican Guard", "Presidential Guard"]);
        for text in [
            "The Coast Guard and the National Guard deployed.",
            "A presidential guard stood at the gate.",
            "The Presidential Guards Day was marked.",
        ] {
            assert!(units(text).is_empty(), "{text}: {:?}", units(text));
        }
    }

    #[test]
    fn a_head_before_its_number_is_a_unit() {
        let u = units("Troops from Brigade 12 and from Military Region 3 moved to the border.");
        assert_eq!(names(&u), ["Brigade 12", "Military Region 3"]);
        assert_eq!(
            names(&units("The commander of Battalion 7 said the drill ended.")),
            ["Battalion 7"]
        );
        // A year, a count and a longer name are not this pattern.
        for text in [
            "The Brigade 2024 review was published.",
            "The Iron Brigade 3 veterans met.",
            "Division 1.5 of the plan was read.",
            "The brigade 12 left.",
        ] {
            let u = units(text);
            assert!(
                !u.iter()
                    .any(|f| f.name.ends_with(|c: char| c.is_ascii_digit())),
                "{text}: {u:?}"
            );
        }
    }

    #[test]
    fn a_number_and_a_country_at_the_end_of_the_text_are_no_unit() {
        // The regiment rule looks past the country for "Rifles"; the text ends first.
        for text in ["15 Kenya", "The 2 Uk", "1 Uk"] {
            assert!(units(text).is_empty(), "{text}");
        }
    }

    /// The names of the units recognized in `text`.
    fn named(text: &str) -> Vec<String> {
        units(text).into_iter().map(|f| f.name).collect()
    }

    #[test]
    fn regiments_zones_head_first_names_and_compass_bases() {
        assert_eq!(
            named("Troops came from the 2nd Ghana Rifles and the 7 Ghana Rifles in Accra."),
            ["2nd Ghana Rifles", "7 Ghana Rifles"]
        );
        assert_eq!(
            named("The Navy’s 4th Naval Zone in Bushehr fired missiles."),
            ["4th Naval Zone"]
        );
        assert_eq!(
            named(
                "Finland’s Jaeger Brigade met Denmark’s Brigade Holstein and Division Schnelle Kräfte."
            ),
            [
                "Jaeger Brigade",
                "Brigade Holstein",
                "Division Schnelle Kräfte"
            ]
        );
        assert_eq!(
            named("Troops trained at the North Base near Nis."),
            ["North Base"]
        );
        assert_eq!(
            named("He commands US Marine Corps Forces, Pacific, from Hawaii."),
            ["US Marine Corps Forces, Pacific"]
        );
        assert_eq!(
            named("It was reinforced by the Special Service Group and the Carrier Strike Group."),
            ["Special Service Group", "Carrier Strike Group"]
        );
    }

    #[test]
    fn names_in_parentheses_regions_and_commanded_forces() {
        let u = units(
            "Troops of the 3rd Battalion, Royal Ghana Regiment (3RGR) landed with the 9th Armoured Division, known as the Steel Division (Stalowa Dywizja). The US Army Northern Task Force, Europe (NTF-EU) and the Combined Task Force – Horn of Africa (CTF-HOA) joined.",
        );
        let aliases: Vec<&str> = u
            .iter()
            .flat_map(|f| f.aliases.iter().map(String::as_str))
            .collect();
        for a in ["3RGR", "Stalowa Dywizja", "NTF-EU", "CTF-HOA"] {
            assert!(aliases.contains(&a), "{a}: {u:?}");
        }
        assert!(
            names(&u).contains(&"US Army Northern Task Force, Europe"),
            "{u:?}"
        );
        assert!(
            names(&u).contains(&"Combined Task Force – Horn of Africa"),
            "{u:?}"
        );
        let u = units(
            "EUFOR commander Maj. Gen. Ivan Doe said EUFOR was ready. The EUFOR mission grew.",
        );
        assert_eq!(names(&u), ["EUFOR"]);
        assert_eq!(u[0].mentions.len(), 3);
        // Years, citations and single places in parentheses are no names.
        let u = units("The 5th Brigade (2019) and the 6th Brigade (Gyumri) moved.");
        assert!(u.iter().all(|f| f.aliases.is_empty()), "{u:?}");
    }

    #[test]
    fn named_regiments_of_soldiers_but_not_guards_services() {
        assert_eq!(
            named(
                "The Royal Gurkha Rifles and the Coldstream Guards joined. Iran’s Revolutionary Guards and the Border Guards watched."
            ),
            ["Royal Gurkha Rifles", "Coldstream Guards"]
        );
    }

    #[test]
    fn regiments_of_a_people_and_names_known_as_the_something() {
        let u = units(
            "The 1st Battalion, Royal Regiment of Fusiliers (1RRF) arrived. The 11th Airborne Division, known as the Kestrel Wolves, trained in Alaska.",
        );
        assert!(names(&u).contains(&"Royal Regiment of Fusiliers"), "{u:?}");
        let aliases: Vec<&str> = u
            .iter()
            .flat_map(|f| f.aliases.iter().map(String::as_str))
            .collect();
        assert_eq!(aliases, ["1RRF", "Kestrel Wolves"], "{u:?}");
    }

    #[test]
    fn services_meetings_and_places_of_bases_are_no_units() {
        assert!(named("He chaired the 250th Corps Commanders’ Conference in May.").is_empty());
        assert!(named("The Islamic Revolution Guards Corps staged drills.").is_empty());
        assert_eq!(named("The Konark Corps moved west."), ["Konark Corps"]);
        let u = units(
            "Jets flew from Wajir Air Base on Monday. The 2023 drills were held at Lodwar and Wajir.",
        );
        assert_eq!(u.len(), 1);
        assert_eq!(u[0].mentions.len(), 1, "{u:?}");
        // A head before a run of capitalized words, or after a name, is no head-first name.
        assert!(named("The Brigade Commander General Ivanov spoke.").is_empty());
    }

    #[test]
    fn numbered_units_with_parent_and_base() {
        let u = units(
            "The 34th Separate Motorized Rifle Brigade, part of the 8th Russian Combined Arms Army based in Novocherkassk, moved north.",
        );
        assert_eq!(
            names(&u),
            [
                "34th Separate Motorized Rifle Brigade",
                "8th Russian Combined Arms Army"
            ]
        );
        assert!(attr(&u[0], AttrKey::PartOf).contains(&"8th Russian Combined Arms Army"));
        assert!(attr(&u[1], AttrKey::BasedIn).contains(&"Novocherkassk"));
        assert!(attr(&u[1], AttrKey::Country).contains(&"Russia"));
    }

    #[test]
    fn named_fleets_districts_and_bases() {
        let u = units(
            "Ships of the Northern Fleet and the Leningrad Military District joined aircraft from the Hmeimim air base and the Tartus Naval Base.",
        );
        assert_eq!(
            names(&u),
            [
                "Northern Fleet",
                "Leningrad Military District",
                "Hmeimim air base",
                "Tartus Naval Base"
            ]
        );
    }

    #[test]
    fn coordinated_bases() {
        let u = units(
            "Troops will leave the Gudauta and Vaziani bases by 2001. The Vaziani base closes first.",
        );
        assert_eq!(names(&u), ["Gudauta base", "Vaziani base"]);
        assert_eq!(u[1].mentions.len(), 2);
    }

    #[test]
    fn branches_ministries_and_generic_references_are_not_units() {
        let u = units(
            "The Ground Forces and the Ministry of Defense said the base was ready. Uzbek brigades and Russian motorized rifle regiments trained. The Air Force and the Army also took part.",
        );
        assert!(u.is_empty(), "{u:?}");
    }

    #[test]
    fn military_commands_are_units_and_parents() {
        let u = units(
            "The 3rd Border Brigade, part of the Eastern Military Command based in Karakol, trained.",
        );
        assert_eq!(
            names(&u),
            ["3rd Border Brigade", "Eastern Military Command"]
        );
        assert!(attr(&u[0], AttrKey::PartOf).contains(&"Eastern Military Command"));
        assert!(attr(&u[1], AttrKey::BasedIn).contains(&"Karakol"));
    }

    #[test]
    fn units_known_by_number() {
        let u = units(
            "Conscripts from military unit No. 3421 and the Osh military base number 4012 deserted.",
        );
        assert_eq!(
            names(&u),
            ["military unit No. 3421", "Osh military base number 4012"]
        );
    }

    #[test]
    fn and_joins_two_words_of_a_numbered_unit() {
        let u = units(
            "The 52nd Air and Air Defense Army and the 7th Missile and Artillery Brigade trained. The 3rd and the 4th battalions did not, nor the 2nd and Final Round.",
        );
        assert_eq!(
            names(&u),
            [
                "52nd Air and Air Defense Army",
                "7th Missile and Artillery Brigade"
            ]
        );
    }

    #[test]
    fn a_nickname_in_parentheses_before_the_head_and_a_bare_ordinal_that_cannot() {
        let u = units(
            "The Barsik (“Grey Lynx”) battalion staged an assault. The Torvik (Tajikistan) battalion did not.",
        );
        assert_eq!(names(&u)[0], "Barsik");
        assert_eq!(u[0].aliases, ["Grey Lynx"], "{u:?}");
        assert!(u.iter().all(|f| f.name != "Torvik"), "{u:?}");
        let u = units(
            "The 305th Military Base trained. An officer said “the 305th cannot guard every pass.”",
        );
        assert_eq!(u[0].mentions.len(), 2, "{u:?}");
    }

    #[test]
    fn british_battalions_of_regiments_abbreviations_and_worded_numbers() {
        let u = units(
            "Soldiers of the 1st Battalion, Royal Mercian and the 3rd Company, The Borders landed. 4 Bde and 12 Div staff officers observed while Division Three and 31 Squadron RAF gave support.",
        );
        assert_eq!(
            names(&u),
            [
                "1st Battalion, Royal Mercian",
                "3rd Company, The Borders",
                "4 Bde",
                "12 Div",
                "Division Three",
                "31 Squadron RAF"
            ]
        );
        let u = units(
            "The 2nd Battalion, Colonel Smith said, moved. The club won Division Two and 3 Div points.",
        );
        assert_eq!(names(&u), ["2nd Battalion"], "{u:?}");
    }

    #[test]
    fn a_contingent_numbered_by_its_rotations_code() {
        let u = units(
            "Some soldiers will join the Merlang Contingent XIV-B (Konmer XIV-B), the mechanized battalion serving with the UN mission. The Merlang Shield drills and Merlang Airlines are no units.",
        );
        assert_eq!(names(&u), ["Merlang Contingent XIV-B"]);
        assert_eq!(u[0].aliases, ["Konmer XIV-B"], "{u:?}");
        assert_eq!(u[0].mentions.len(), 2, "{u:?}");
    }

    #[test]
    fn short_names_called_brigades() {
        let u = units(
            "The army will send the Kyrgbat peacekeeping battalion abroad. Kyrgbat trained in May.",
        );
        assert_eq!(names(&u), ["Kyrgbat"]);
        assert_eq!(u[0].mentions.len(), 2);
    }

    #[test]
    fn numbered_installations_take_descriptive_words() {
        let u = units(
            "The deal covers the 412th radar early warning station near Balkhash and the 45th Naval Center of Electronic Warfare. It marks the 20th anniversary of the treaty, and the 3rd round of talks at the 2nd largest base.",
        );
        assert_eq!(
            names(&u),
            [
                "412th radar early warning station",
                "45th Naval Center of Electronic Warfare"
            ]
        );
    }

    #[test]
    fn short_names_in_apposition_and_with_nationality() {
        let u = units(
            "Astana sent the peacekeeping brigade Steppebat and a mountain battalion, Altynbat, to the drills. The Tajik Bars special forces battalion joined. The brigade Commander said little, and a battalion, Colonel Ivanov said, was ready.",
        );
        assert_eq!(names(&u), ["Steppebat", "Altynbat", "Bars"]);
    }

    #[test]
    fn bases_at_places_regions_and_districts_of_countries() {
        let u = units(
            "Moscow upgraded the Russian air base at Erebuni and the Logistics Center at Termez. The Chengdu Military Region sent troops, while the Western Military District of Kazakhstan stayed home. A center at Almaty was closed.",
        );
        assert_eq!(
            names(&u),
            [
                "Erebuni air base",
                "Termez Logistics Center",
                "Chengdu Military Region",
                "Western Military District of Kazakhstan"
            ]
        );
        assert_eq!(attr(&u[3], AttrKey::Country), ["Kazakhstan"]);
    }

    #[test]
    fn the_place_alone_is_the_base_named_for_it() {
        let u = units(
            "Helicopters from the Ayni air base flew west. Crews from Ayni later returned, but the families live in Ayni and Ayni airport stayed shut. Moscow keeps the Russian military base at Ayni.",
        );
        assert_eq!(names(&u), ["Ayni air base"]);
        assert_eq!(u[0].mentions.len(), 3, "{u:?}");
    }

    #[test]
    fn known_as_names_the_unit_before_it() {
        let u = units(
            "The Joint Rapid Reaction Forces (JRRF) were set up in 2009. Officials said the JRRF, known in Russian as OSBR, would grow. The Collective Rapid Deployment Forces (CRDF), known in Russian as KSBR, stayed. The Logistics Center at Navoi reopened. The logistics center, formerly known as Karshi air base, hosts cargo flights. The town, known as Karshi, was quiet.",
        );
        assert_eq!(
            names(&u),
            [
                "Joint Rapid Reaction Forces",
                "Collective Rapid Deployment Forces",
                "Navoi Logistics Center"
            ]
        );
        assert!(u[0].aliases.contains(&"OSBR".to_string()), "{u:?}");
        assert!(u[1].aliases.contains(&"KSBR".to_string()), "{u:?}");
        assert!(
            u[2].aliases.contains(&"Karshi air base".to_string()),
            "{u:?}"
        );
    }

    #[test]
    fn qualified_commands_and_groups_of_forces() {
        assert_eq!(
            named("General Okoro took over the Southern Command last spring."),
            ["Southern Command"]
        );
        assert_eq!(
            named("Soldiers of Regional Command \"North\" left the garrison."),
            ["Regional Command \"North\""]
        );
        assert_eq!(
            named("Commanders of the Eastern Grouping of\nTroops met in the city."),
            ["Eastern Grouping of Troops"]
        );
        // A command with no qualifier of its own, or a group of people, is no unit.
        assert!(units("He was given Command of the ship in the Gulf.").is_empty());
        assert!(units("A Group of Friends of the region met in Oslo.").is_empty());
    }

    #[test]
    fn military_style_ordinals_number_formations() {
        assert_eq!(
            named("Marines of the 3d Marine Littoral Regiment landed on the island."),
            ["3d Marine Littoral Regiment"]
        );
    }

    #[test]
    fn installations_named_by_prefix() {
        assert_eq!(
            named("The battalion returned to Fort Carson after a rotation."),
            ["Fort Carson"]
        );
        assert_eq!(
            named("Jets flew from Joint Base Andrews-Patuxent to the coast."),
            ["Joint Base Andrews-Patuxent"]
        );
        // A lowercase or function word after the prefix is no name.
        assert!(units("Camp life was hard for the recruits.").is_empty());
        assert!(units("The Fort of the old town was rebuilt.").is_empty());
    }

    #[test]
    fn formations_named_by_type_words_alone() {
        assert_eq!(
            named("The minister met the command of the Separate Combined Arms Army in Ganja."),
            ["Separate Combined Arms Army"]
        );
        assert_eq!(
            named("Drills were held near the Georgian Mountain Infantry Brigade's barracks."),
            ["Georgian Mountain Infantry Brigade"]
        );
        // A service or a nationality alone names no formation.
        assert!(units("He served in the Marine Corps and later the Russian Army.").is_empty());
        assert!(units("The Naval Brigade of the old empire was famous.").is_empty());
    }

    #[test]
    fn regional_components_of_a_service() {
        assert_eq!(
            named("Gen. Ivan Doe, the commander of U.S. Army Europe and Africa, spoke."),
            ["U.S. Army Europe and Africa"]
        );
        assert_eq!(
            named("Ships of U.S. Naval Forces Central sailed, and U.S. Air Forces in Europe flew."),
            ["U.S. Naval Forces Central", "U.S. Air Forces in Europe"]
        );
        assert!(units("The U.S. Army said Europe was calm.").is_empty());
    }

    #[test]
    fn carrier_groups_and_numbered_task_forces() {
        assert_eq!(
            named("Destroyers shadowed the Liaoning aircraft carrier group near Miyako."),
            ["Liaoning aircraft carrier group"]
        );
        assert_eq!(
            named("The USS Nimitz carrier strike group left port."),
            ["USS Nimitz carrier strike group"]
        );
        assert_eq!(
            named("Task Force 61 and Carrier Strike Group 12 joined the drills in 2021."),
            ["Task Force 61", "Carrier Strike Group 12"]
        );
        // A business group, a year after a group, and a carrier's own group of people are no units.
        assert!(units("The Wagner Group recruited convicts in 2022.").is_empty());
        assert!(units("The Adani Group 2023 report was late.").is_empty());
        assert!(units("The carrier group of analysts met.").is_empty());
    }

    #[test]
    fn air_bases_and_air_stations() {
        assert_eq!(
            named("Jets from Elmendorf Air Force Base and Naval Air Station Sigonella flew."),
            ["Elmendorf Air Force Base", "Naval Air Station Sigonella"]
        );
        assert_eq!(
            named("Tankers flew from RAF Mildenhall and from Air Base Kleine."),
            ["RAF Mildenhall", "Air Base Kleine"]
        );
        assert!(units("The Air Base commander said the runway was closed.").is_empty());
    }

    #[test]
    fn commands_named_by_their_kind_or_region() {
        assert_eq!(
            named(
                "Officers of the Combined Forces Command and the Army Strategic Forces Command met, while the Jaipur-based Joint Operations Command stayed out."
            ),
            [
                "Combined Forces Command",
                "Army Strategic Forces Command",
                "Joint Operations Command"
            ]
        );
        let u = units("Gen. Ivan Doe, head of U.S. Africa Command, flew in.");
        assert_eq!(names(&u), ["U.S. Africa Command"]);
        assert_eq!(attr(&u[0], AttrKey::Country), ["United States"]);
        // A service's own words name its staff, not a command.
        assert!(
            units("The Army Command, the Air Force Command and the Pakistan Army Command met.")
                .is_empty()
        );
    }

    #[test]
    fn forces_and_force_need_a_word_of_formation() {
        let u = units(
            "Ships of the Combined Maritime Forces joined the Naval Striking and Support Forces NATO (NSSFN) at sea.",
        );
        assert_eq!(
            names(&u),
            [
                "Combined Maritime Forces",
                "Naval Striking and Support Forces NATO"
            ]
        );
        assert!(u[1].aliases.contains(&"NSSFN".to_string()), "{u:?}");
        assert_eq!(
            named(
                "Niamey will deploy a Unified Force, replacing the G5 Sahel Joint Force, and a company of the Fleet Marine Force landed."
            ),
            [
                "Unified Force",
                "G5 Sahel Joint Force",
                "Fleet Marine Force"
            ]
        );
        assert_eq!(
            named("Tehran blamed the Quds Force, and Hezbollah's Radwan Force withdrew."),
            ["Quds Force", "Radwan Force"]
        );
        assert!(
            units("The Royal Air Force, the Space Force, the PLA Rocket Force and the Kenya Defence Force flew.")
                .is_empty()
        );
        // Branches, self-defense forces, militias and operations are no formations, nor is "and"
        // between services.
        assert!(
            units("The Joint Forces Operation ended, and the Joint Force Headquarters moved.")
                .is_empty()
        );
        assert!(
            units(
                "The Ground Forces, the Armed Forces of Ukraine, the Maritime Self-Defense Force, the Syrian Democratic Forces and the Army and Naval Forces took part."
            )
            .is_empty()
        );
    }

    #[test]
    fn multinational_formations_and_their_alliance() {
        assert_eq!(
            named(
                "The Allied Rapid Reaction Corps and the Multinational Corps met the NATO Response Force."
            ),
            [
                "Allied Rapid Reaction Corps",
                "Multinational Corps",
                "NATO Response Force"
            ]
        );
    }

    #[test]
    fn formations_named_for_places_and_zones() {
        assert_eq!(
            named(
                "Destroyers from the Republic of Korea Fleet sailed, Moscow's Africa Corps stayed, and the First Naval Zone hosted them."
            ),
            [
                "Republic of Korea Fleet",
                "Africa Corps",
                "First Naval Zone"
            ]
        );
        assert_eq!(
            named("The Amphibious Marine Infantry Brigade landed on the beach."),
            ["Amphibious Marine Infantry Brigade"]
        );
        // A nation's army and a zone with no name of its own are no formations.
        assert!(units("The Korean Army patrolled the Naval Zone near Korea.").is_empty());
    }

    #[test]
    fn formations_numbered_with_cardinals_and_roman_numerals() {
        assert_eq!(
            named(
                "The Army's 17 Corps, with 12 Corps and the Multan-based XXXI Corps, drilled under the III Marine Expeditionary Force."
            ),
            [
                "17 Corps",
                "12 Corps",
                "XXXI Corps",
                "III Marine Expeditionary Force"
            ]
        );
        assert_eq!(named("Officers of 21\nCorps met."), ["21 Corps"]);
        assert_eq!(
            named("The 1 German-Netherlands Corps and the Nordic Battlegroup stood by."),
            ["1 German-Netherlands Corps", "Nordic Battlegroup"]
        );
        // Counts, years and a force that is not expeditionary are no designations.
        assert!(
            units(
                "Some 40 Army soldiers and 12 brigades took part in 2024 Army games, III Force was a band, and World War II Army veterans came."
            )
            .is_empty()
        );
    }

    #[test]
    fn forces_of_a_country_in_another_and_their_acronyms() {
        let u = units(
            "Gen. Ivan Doe, commander of U.S. Forces Japan (USFJ), flew in. USFJ later confirmed the plan.",
        );
        assert_eq!(names(&u), ["U.S. Forces Japan"]);
        assert_eq!(u[0].mentions.len(), 3, "{u:?}");
        assert_eq!(attr(&u[0], AttrKey::Country), ["United States"]);
        assert!(units("Talks on U.S. forces Japan hosts went on.").is_empty());
    }

    #[test]
    fn installations_by_number_and_by_host_country() {
        assert_eq!(
            named(
                "The last crews left Air Base 101 in Agadez, and the minister visited Naval Support Activity Qatar."
            ),
            ["Air Base 101", "Naval Support Activity Qatar"]
        );
        // A year after the head, or a country after a base of no service, names nothing.
        assert!(units("The Air Base 2024 budget grew, and Fort Qatar is a novel.").is_empty());
    }

    #[test]
    fn a_task_force_acronym_in_parentheses_is_the_task_force() {
        let u =
            units("Patrols are run by Combined Task Force 150 (CTF 150). Ships of CTF 150 sailed.");
        assert_eq!(names(&u), ["Combined Task Force 150"]);
        assert_eq!(u[0].aliases, ["CTF 150"]);
        assert_eq!(u[0].mentions.len(), 3, "{u:?}");
    }

    #[test]
    fn task_force_acronyms_and_what_an_officer_commands() {
        assert_eq!(
            named(
                "Patrols are run by CTF 150, while Admiral Ivan Doe, who commands SUBGRUFOR, sails."
            ),
            ["CTF 150", "SUBGRUFOR"]
        );
        assert_eq!(named("He commanded CENTCOM and retired."), ["CENTCOM"]);
        // An alliance, a country or an acronym qualifying lower-case forces is not commanded as a unit.
        assert!(
            units("He commands NATO ships; he commanded MEU forces and commanding US troops.")
                .is_empty()
        );
        assert!(
            units("The Quds Base, which commands SEPAH ground units in the southeast, drilled.")
                .iter()
                .all(|f| f.name != "SEPAH")
        );
    }

    #[test]
    fn a_bare_ordinal_refers_to_the_one_unit_of_that_number() {
        let u = units(
            "Troops of the 58th Motorized Rifle Brigade drilled. The minister said the 58th would get new tanks. It was the 58th, not the 12th, and the 58th anniversary of the 58th Army.",
        );
        assert_eq!(names(&u), ["58th Motorized Rifle Brigade", "58th Army"]);
        // "the 58th would" and "the 58th," follow the brigade before the army is named.
        assert_eq!(u[0].mentions.len(), 3, "{u:?}");
        assert_eq!(u[1].mentions.len(), 1, "{u:?}");
        let u = units("The 1st Armored Division sent the 1st and the 2nd battalions.");
        assert_eq!(u[0].mentions.len(), 1, "{u:?}");
    }

    #[test]
    fn national_battalions_by_the_shape_of_their_names() {
        let u = units(
            "Lima is represented by the peacekeeping brigade PERUBRIG and units of the Air Force. The ministry said officers of Perubrig served as observers, and a company joined the Bolivian battalion (BOLBATT) of the mission.",
        );
        assert_eq!(names(&u), ["PERUBRIG", "Perubrig", "BOLBATT"]);
        assert_eq!(u[2].mentions.len(), 2, "{u:?}");
        let u = units("That force is the Chilean peacekeeping brigade, Chilbrig, set up in 2009.");
        assert_eq!(names(&u), ["Chilbrig"]);
        for text in [
            "Combat troops from Peru crossed the river.",
            "The Kenbrig shipping line opened an office in Mombasa.",
            "The Rabat talks on the army ended.",
        ] {
            assert!(units(text).is_empty(), "{text}: {:?}", units(text));
        }
    }

    #[test]
    fn nationalities_are_no_short_names() {
        assert!(
            units("Burkinabè troops and Nigerien troops held the town; Senegalese troops left.")
                .is_empty()
        );
        assert_eq!(
            named("The Kazbat battalion left, and Kazbat troops returned."),
            ["Kazbat"]
        );
    }

    #[test]
    fn the_title_repeats_units_of_the_body() {
        let text = "Title: Moscow keeps Kant air base open\n\nThe Kant air base will stay for 15 years. A Kantian view differs.\n";
        let u = units(text);
        assert_eq!(names(&u), ["Kant air base"]);
        let starts: Vec<usize> = u[0].mentions.iter().map(|m| m.start).collect();
        assert_eq!(
            starts,
            [text.find("Kant").unwrap(), text.rfind("Kant air").unwrap()]
        );
    }

    #[test]
    fn a_nation_s_services_are_no_units() {
        assert!(
            units(
                "The Philippine Army, the Philippine Marine Corps, the Kenyan Army and Emirati troops joined the Chilean Navy."
            )
            .is_empty()
        );
    }

    #[test]
    fn groups_of_national_forces_and_operational_groups() {
        let u = units(
            "Officers of the Southern Group of Armenian Forces (SGAF) met. Later the SGAF drilled near the Dilijan operational-tactical group of troops.",
        );
        assert_eq!(
            names(&u),
            [
                "Southern Group of Armenian Forces",
                "Dilijan operational-tactical group of troops"
            ]
        );
        assert_eq!(u[0].mentions.len(), 3);
        // A group of people, or an operational group with no place named, is no unit.
        assert!(units("The operational group of experts met in Paris.").is_empty());
    }

    #[test]
    fn depots_initialled_bases_and_standing_forces() {
        assert_eq!(
            named("Guards patrol the Kolbasovo ammunition depot and the TJ Air Base."),
            ["Kolbasovo ammunition depot", "TJ Air Base"]
        );
        assert!(units("The Kolbasovo depot sold tickets.").is_empty());
        assert_eq!(
            named("Two companies joined the NATO-led SFOR mission. SFOR left in 2004."),
            ["SFOR"]
        );
        assert!(units("The VOFOR protocol was signed.").is_empty());
    }

    #[test]
    fn cardinal_units_of_personnel_and_corps_of_a_country() {
        assert_eq!(
            named("Insurgents overran a base of 4\nDivision personnel near Mubi."),
            ["4 Division"]
        );
        assert!(named("About 40 Army soldiers were hurt.").is_empty());
        let u = units("The Allied Rapid Corps – Türkiye (ARC-T) took command. ARC-T left.");
        assert_eq!(names(&u), ["Allied Rapid Corps – Türkiye"]);
        assert_eq!(u[0].mentions.len(), 3);
    }

    #[test]
    fn short_names_and_nicknames_are_aliases() {
        let u = units(
            "Units of the Army Special Command (Kopassa) and the 9th Airborne Division, the “Flying Bears,” landed. Kopassa sent the Flying Bears home.",
        );
        assert_eq!(names(&u), ["Army Special Command", "9th Airborne Division"]);
        assert_eq!(u[0].mentions.len(), 3);
        assert_eq!(u[1].mentions.len(), 3);
        let text = "The 31st Separate Brigade “Varta” held the line. The Varta brigade then rested, unlike the Varta V7 drone, and Varta veterans spoke.";
        let u = units(text);
        assert_eq!(names(&u), ["31st Separate Brigade"]);
        // "Varta veterans" are the brigade's; the drone is not.
        assert_eq!(u[0].mentions.len(), 4, "{:?}", u[0].mentions);
        let drone = text.find("Varta V7").unwrap_or_default();
        assert!(u[0].mentions.iter().all(|m| m.start != drone));
        // A place in parentheses after a unit is no alias of it.
        assert!(
            units("The 5th Army (Ukraine) moved.")
                .iter()
                .all(|f| f.aliases.is_empty())
        );
    }

    #[test]
    fn designations_in_parentheses_of_any_house_style_are_aliases() {
        let u = units(
            "The Coastal Regiment (Kst 3) and the Vastmark Regiment (P 12) met the 4th Marine Brigade (4e BIM), the 12th Infantry Brigade (12 Briged Infantri), the Third Fleet Command (Armada III), the 5th Marine Force (Pasmar 5) and the Volga Military District (VolMD). Later Kst 3, P 12, the 4e BIM and the VolMD moved with the 2nd Armoured Brigade (the “Iron Hawks”).",
        );
        let aliases: Vec<&str> = u
            .iter()
            .flat_map(|f| f.aliases.iter().map(String::as_str))
            .collect();
        assert_eq!(
            aliases,
            [
                "Kst 3",
                "P 12",
                "4e BIM",
                "12 Briged Infantri",
                "Armada III",
                "Pasmar 5",
                "VolMD",
                "Iron Hawks"
            ],
            "{u:?}"
        );
        let by = |n: &str| {
            u.iter()
                .find(|f| f.name == n)
                .map_or(0, |f| f.mentions.len())
        };
        assert_eq!(by("Coastal Regiment"), 3, "{u:?}");
        let u = units(
            "The Quetta Corps (I Corps) and the 4th Brigade (the \"Black Rats\") met the Volga MD staff.",
        );
        assert_eq!(u[0].aliases, ["I Corps"], "{u:?}");
        assert_eq!(u[1].aliases, ["Black Rats"], "{u:?}");
        assert_eq!(u[2].name, "Volga MD", "{u:?}");
        assert_eq!(by("Volga Military District"), 3, "{u:?}");
        // A year in parentheses dates; a place says where; neither is a designation.
        for text in [
            "The 3rd Brigade (2021) moved.",
            "The 3rd Brigade (Vastmark) moved.",
            "The 3rd Brigade (June 12) moved.",
        ] {
            assert!(units(text).iter().all(|f| f.aliases.is_empty()), "{text}");
        }
    }

    #[test]
    fn capitalized_titles_and_compass_commands() {
        assert_eq!(
            named(
                "Officers said the Finnish Division is ready. The Coastal Regiment landed and the South Western Air Command flew."
            ),
            [
                "Finnish Division",
                "Coastal Regiment",
                "South Western Air Command"
            ]
        );
        // The generic noun, a title-case run and a possessive of a month are no titles.
        for text in [
            "Officers said a Finnish division is ready.",
            "The regiment joined the Finnish Division Training Centre.",
            "Officers said the Finnish division is ready.",
        ] {
            assert!(
                named(text).iter().all(|n| n != "Finnish Division"),
                "{text}: {:?}",
                named(text)
            );
        }
    }

    #[test]
    fn led_modifiers_countries_of_brigades_and_lowercase_heads() {
        assert_eq!(
            named(
                "Troops of the German-led Multinational Brigade – Lithuania and the Turkish-operated Kuleli Air Base met the Halland regiment at the Kara-Tepe outpost and the Osh Border Detachment."
            ),
            [
                "Multinational Brigade – Lithuania",
                "Kuleli Air Base",
                "Halland regiment",
                "Kara-Tepe outpost",
                "Osh Border Detachment"
            ]
        );
        assert_eq!(
            named("He joined the Multinational Brigade Lithuania in May."),
            ["Multinational Brigade Lithuania"]
        );
        // A post before a unit is no part of its name; a place before a lowercase head is no unit.
        assert_eq!(
            named("Commander Quetta Corps Lt Gen Ali Khan spoke."),
            ["Quetta Corps"]
        );
        assert!(named("They met at the Osh market near an outpost.").is_empty());
    }

    #[test]
    fn large_cardinals_compass_zones_and_support_forces() {
        assert_eq!(
            named(
                "The 333 Brigade, the commander of the Northern Zone and the Rapid Support Forces clashed."
            ),
            ["333 Brigade", "Northern Zone", "Rapid Support Forces"]
        );
        // A count is no designation; a zone needs "the".
        for text in [
            "They sent 333 Brigade soldiers.",
            "Over 120 Division troops left.",
            "Northern Zone residents voted.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn air_stations_barracks_and_military_cities() {
        assert_eq!(
            named(
                "Jets flew from RMAF Subang and RAAF Tindal to King Abdulaziz Military City, and troops left Lavarack Barracks."
            ),
            [
                "RMAF Subang",
                "RAAF Tindal",
                "King Abdulaziz Military City",
                "Lavarack Barracks"
            ]
        );
        assert_eq!(
            named(
                "Fighters deployed to RSAF Base Qarnet and to RNZAF Base Halvorn for the drills."
            ),
            ["RSAF Base Qarnet", "RNZAF Base Halvorn"]
        );
        // Barracks alone, a lowercase head and a word that is no air force are none.
        for text in [
            "The Barracks were closed.",
            "They slept in new barracks in Osh.",
            "The RSF Subang office closed.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn fuller_names_of_bases_groups_and_battalions() {
        assert_eq!(
            named(
                "Jets landed at the Anwar Sadat Military Base and at Ion Antonescu Air Base. Rangers held Forward Operating Base Kilo-Tango."
            ),
            [
                "Anwar Sadat Military Base",
                "Ion Antonescu Air Base",
                "Forward Operating Base Kilo-Tango"
            ]
        );
        assert_eq!(
            named(
                "Italy leads the Multinational Battle Group Bulgaria. Gunners of Ohio's 1st Battalion, 134th Field Artillery Regiment and the 3rd Brigade Combat Team fired."
            ),
            [
                "Multinational Battle Group Bulgaria",
                "1st Battalion, 134th Field Artillery Regiment",
                "3rd Brigade Combat Team"
            ]
        );
        assert_eq!(
            named("Ships of the Northern Theater Command Navy sailed."),
            ["Northern Theater Command Navy"]
        );
        // The army's name before a theater command is not the command's.
        assert_eq!(
            named("The People's Liberation Army Western Theater Command held drills."),
            ["Western Theater Command"]
        );
        // Two units in a list stay two.
        assert_eq!(
            named("The 1st Battalion, 2nd Brigade and the 4th Regiment moved."),
            ["1st Battalion", "2nd Brigade", "4th Regiment"]
        );
    }

    #[test]
    fn numbered_acronyms_quoted_nicknames_and_airfields() {
        let u = units(
            "Marines of the II Marine Expeditionary Force (II MEF) and the 3rd Marine Littoral Regiment (3rd MLR) and the 4th Infantry Division (\"Ivy Division\") landed at Sattahip Royal Thai Navy Airfield. II MEF and the 3rd MLR left.",
        );
        assert_eq!(
            names(&u),
            [
                "II Marine Expeditionary Force",
                "3rd Marine Littoral Regiment",
                "4th Infantry Division",
                "Sattahip Royal Thai Navy Airfield"
            ]
        );
        assert_eq!(u[0].aliases, ["II MEF"]);
        assert_eq!(u[0].mentions.len(), 3);
        assert_eq!(u[1].mentions.len(), 3);
        assert_eq!(u[2].aliases, ["Ivy Division"]);
        let u =
            units("Pilots of the 141st Squadron (Black Lynxes) flew. Black Lynxes fans cheered.");
        assert_eq!(u[0].aliases, ["Black Lynxes"]);
        let u = units("F-16s of the 181st Squadron (Kılıç) based in Malatya flew.");
        assert_eq!(u[0].aliases, ["Kılıç"]);
        // A diplomatic group is no unit; a bare ordinal with a possessive is its unit.
        assert!(units("Ministers of the Ukraine Defense Contact Group met.").is_empty());
        let u = units(
            "The 113th Separate Brigade held. The 113th Brigade lost men. Many of the 113th’s officers left.",
        );
        assert_eq!(u[0].name, "113th Separate Brigade");
        assert_eq!(u[0].mentions.len(), 2, "{u:?}");
    }

    #[test]
    fn numbered_squadrons_keep_their_abbreviation() {
        assert_eq!(
            named("Jets of No. 9 Squadron (Griffins) flew."),
            ["No. 9 Squadron"]
        );
    }

    #[test]
    fn compound_heads_and_cardinal_units() {
        assert_eq!(
            named(
                "The German Jaegerbrigade 37 and Huber's own Panzergrenadierbataillon 212 drilled."
            ),
            ["Jaegerbrigade 37", "Panzergrenadierbataillon 212"]
        );
        assert_eq!(
            named("Brigades of the party's 60\nUnit and the union's 90 Unit were moved."),
            ["60 Unit", "90 Unit"]
        );
        // A count of units, a long word before a count, and a head alone are no units.
        assert!(
            named("It has 40 units and Waffenbrigade soldiers; Sondergenehmigung 45 was signed.")
                .is_empty()
        );
        assert!(named("Some 40 Unit commanders met.").is_empty());
    }

    #[test]
    fn a_team_with_its_number_hyphenated_on() {
        let u = units(
            "Troops of Marine Battalion Landing Team-4 (MBLT-4) came ashore. The MBLT-4 had trained for months.",
        );
        assert_eq!(names(&u), ["Marine Battalion Landing Team-4"], "{u:?}");
        assert_eq!(u[0].mentions.len(), 3, "{u:?}");
        // No unit head before it: a sports team or a working group.
        assert!(named("The Red Team-2 won, and Working Group-3 met.").is_empty());
    }

    #[test]
    fn an_arabic_article_inside_a_base_name() {
        assert_eq!(
            named(
                "The drill was being held by units of the Hamid Seyyed al-Mojahedin Base, which is responsible for the west."
            ),
            ["Hamid Seyyed al-Mojahedin Base"]
        );
        assert!(
            named("Forces under al-Mojahedin Base said.")
                .iter()
                .all(|n| !n.starts_with("al-"))
        );
    }

    #[test]
    fn a_name_of_its_own_after_the_head() {
        assert_eq!(
            named(
                "Soldiers of the Mechanised Infantry Brigade Grey Lynx and the German brigade drilled."
            ),
            ["Mechanised Infantry Brigade Grey Lynx"]
        );
        // A capitalized word that goes on into a verb or a parenthesis is no name.
        assert_eq!(
            named("The Mechanised Infantry Brigade Grey Lynx Tactics drilled."),
            ["Mechanised Infantry Brigade"]
        );
    }

    #[test]
    fn a_roman_numeral_after_the_or_a_post_designates_a_corps() {
        assert_eq!(
            names(&units("The XII Corps held the line near Quetta.")),
            ["XII Corps"]
        );
        assert_eq!(
            names(&units(
                "Commander V Corps Lt Gen Adil Khan inspected the troops."
            )),
            ["V Corps"]
        );
        // After a name, the numeral is the name's own.
        assert!(names(&units("World War II Army veterans marched.")).is_empty());
    }

    #[test]
    fn a_corps_numbered_in_the_hundreds_with_a_name_of_its_own() {
        assert_eq!(
            names(&units(
                "The minister visited the 207 Al Farooq Army Corps in Herat, and then the 209 Shaheen Corps."
            )),
            ["207 Al Farooq Army Corps", "209 Shaheen Corps"]
        );
        // A count of a corps' people, and a known name after the number, are no designation.
        assert!(
            names(&units(
                "About 200 Farooq Corps fighters and 150 Russian Corps men left."
            ))
            .iter()
            .all(|n| !n.starts_with(|c: char| c.is_ascii_digit()))
        );
        for text in [
            "The 250 Peace Corps Volunteers arrived.",
            "Moscow sent some 200 Africa Corps.",
            "Nearly 300 Wagner Corps left.",
        ] {
            assert!(
                names(&units(text))
                    .iter()
                    .all(|n| !n.starts_with(|c: char| c.is_ascii_digit())),
                "{text}"
            );
        }
    }

    #[test]
    fn a_naval_formation_numbered_after_its_head() {
        assert_eq!(
            names(&units(
                "Two frigates from Minesweeper Flotilla 3, based in Kiel, and Escort Squadron 12 sailed."
            )),
            ["Minesweeper Flotilla 3", "Escort Squadron 12"]
        );
        // "Escort Flotilla 4 ships" counts ships.
        assert_eq!(
            names(&units("The Escort Flotilla 4 ships left port.")),
            ["Escort Flotilla"]
        );
    }

    #[test]
    fn a_compass_point_after_a_command_names_it() {
        assert_eq!(
            names(&units(
                "Kyrgyzstan sent units of Regional Command West; others stayed."
            )),
            ["Regional Command West"]
        );
        // A place that starts with a compass point is not part of the name.
        assert_eq!(
            names(&units("The Eastern Command South Sudan office opened.")),
            ["Eastern Command"]
        );
    }

    #[test]
    fn a_bracketed_formation_of_the_same_head_is_the_others_name() {
        let u = units(
            "The VII Corps (Lahore Corps) repulsed the attack. The Lahore Corps then rested.",
        );
        assert_eq!(names(&u), ["VII Corps"]);
        assert_eq!(u[0].aliases, ["Lahore Corps"]);
        assert_eq!(u[0].mentions.len(), 3);
        // A bracketed formation of another head is another formation.
        let u = units("The 12th Brigade (Kilo Division) moved.");
        assert_eq!(u.len(), 2, "{u:?}");
    }

    #[test]
    fn a_list_of_names_shares_its_plural_head() {
        let u = units("Sailors of the Northern, Pacific and Baltic Fleets took part.");
        assert_eq!(
            names(&u),
            ["Northern Fleet", "Pacific Fleet", "Baltic Fleet"]
        );
        let u = units("Troops of the Southern and Eastern Military Districts moved.");
        assert_eq!(
            names(&u),
            ["Southern Military District", "Eastern Military District"]
        );
        // Services are no names, districts of no military are regions, and one name is no list.
        assert!(names(&units("The Army and Navy Commands met.")).is_empty());
        assert!(names(&units("Kazakhstan, Russia and Belarus Districts voted.")).is_empty());
        assert!(names(&units("The Baltic Fleets of old sailed.")).is_empty());
    }

    #[test]
    fn naval_districts_and_operational_commands_named_by_compass() {
        assert_eq!(
            names(&units(
                "Ships of the Pakistani Navy’s 2nd Naval District and Operational Command South met."
            )),
            ["2nd Naval District", "Operational Command South"]
        );
        // "Operational Command" alone names no formation.
        assert!(names(&units("Operational Command was handed over.")).is_empty());
    }

    #[test]
    fn a_regiments_numbered_battalion_is_named_with_it() {
        let u = units(
            "Troops of the 2nd Battalion of the Garhwal Rifles (2 Garhwal) and the 1st Battalion of the Parachute Regiment left.",
        );
        assert_eq!(
            names(&u),
            [
                "2nd Battalion of the Garhwal Rifles",
                "1st Battalion of the Parachute Regiment"
            ]
        );
        // A battalion of a numbered brigade is the brigade's part, not one name.
        let u = units("The 3rd Battalion of the 7th Brigade moved.");
        assert_eq!(names(&u), ["3rd Battalion", "7th Brigade"]);
    }

    #[test]
    fn codes_of_two_parts_in_brackets_are_a_units_other_name() {
        let u = units(
            "The drill is led by the Multinational Brigade North-West (MN BDE-NW) and the 72nd Separate Marine Brigade (72nd OBrMP).",
        );
        assert_eq!(u[0].name, "Multinational Brigade North-West");
        assert_eq!(u[0].aliases, ["MN BDE-NW"], "{u:?}");
        assert_eq!(u[1].aliases, ["72nd OBrMP"], "{u:?}");
        let u = units("Jets of the Air Task Force Lithuania (ATF-Lithuania) flew.");
        assert_eq!(u[0].aliases, ["ATF-Lithuania"], "{u:?}");
        // A place after a code in brackets is no code.
        let u = units("Jets of the Air Task Force Lithuania (ATF-Vilnius) flew.");
        assert!(u[0].aliases.is_empty(), "{u:?}");
    }

    #[test]
    fn a_unit_named_for_a_son_of_someone_keeps_the_whole_name() {
        assert_eq!(
            names(&units(
                "It was made with the help of the Saad bin Abi Waqqas Brigade, a unit."
            )),
            ["Saad bin Abi Waqqas Brigade"]
        );
        assert_eq!(
            names(&units(
                "Soldiers of the 20 Parachute Battalion based in Gilgil left."
            )),
            ["20 Parachute Battalion"]
        );
    }

    #[test]
    fn battalions_numbered_with_a_cardinal_keep_their_number() {
        assert_eq!(
            names(&units(
                "Men of the 1 Para Commando Battalion and the 3 Para-Commando Battalion left."
            )),
            ["1 Para Commando Battalion", "3 Para-Commando Battalion"]
        );
        // A word that is no type word stops the name: the number counts.
        assert!(
            units("The 3 Para-Hotel Battalion left.")
                .iter()
                .all(|u| !u.name.starts_with('3'))
        );
    }

    #[test]
    fn state_guards_arabic_headquarters_listed_bases_and_apposed_names() {
        assert_eq!(
            named(
                "Units of the Varno Army National Guard and the New Tarsk Air National Guard trained."
            ),
            ["Varno Army National Guard", "New Tarsk Air National Guard"]
        );
        assert_eq!(
            named(
                "The commander of the Qarar al-Nasr Central Headquarters said troops were ready."
            ),
            ["Qarar al-Nasr Central Headquarters"]
        );
        assert_eq!(
            named("Units of the Kelm al-Tarqa Base in the north took part."),
            ["Kelm al-Tarqa Base"]
        );
        assert_eq!(
            named("Velm keeps military bases, including Tarvan and Kelmar."),
            ["Tarvan", "Kelmar"]
        );
        assert_eq!(
            named("Units of the Qarar-ol-Nasr Air Defense Base protected the coast."),
            ["Qarar-ol-Nasr Air Defense Base"]
        );
        assert_eq!(
            named("The air force struck 9 air bases, including Tarvan Khel and Kelmar, on Friday."),
            ["Tarvan Khel", "Kelmar"]
        );
        assert_eq!(
            named("Servicemen of the KSNB special unit Burkut took part in the drill."),
            ["Burkut"]
        );
        for text in [
            "The Army National Guard and the Air National Guard are reserve services.",
            "The firm opened its Central Headquarters in Velm.",
            "Troops came from several countries, including Tarvan and Kelmar.",
            "The bases were closed, and Kelmar stayed quiet.",
            "The company operates bases, including Tarvan and Kelmar.",
            "The team has training bases, including Tarvan and Kelmar.",
            "Crowds gathered outside the Bank al-Tarqa Headquarters in Velm.",
            "Officials at Dar al-Varsa Headquarters issued a ruling.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn an_acronym_before_an_apposed_unit_is_its_own() {
        let u = units("Velm sent tanks to OSKOR, the Separate Tank Corps in Velm, on Monday.");
        assert_eq!(names(&u), ["Separate Tank Corps"]);
        assert_eq!(u[0].aliases, ["OSKOR"], "{u:?}");
        let u = units("It joined NATO, the Multinational Corps Northeast, and the EU.");
        assert!(u.iter().all(|f| f.aliases.is_empty()), "{u:?}");
    }

    #[test]
    fn special_forces_under_a_name_of_their_own_are_a_unit() {
        assert_eq!(
            named("The US-trained Tarvok special forces, based at Velm, remain the spearhead."),
            ["Tarvok"]
        );
        for text in [
            "Ukrainian special forces raided the port.",
            "The special forces of Tarvok moved.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn unified_commands_by_the_shape_of_their_acronym() {
        assert_eq!(
            named("ATLANTICOM stepped up flights, and Norcom and SOCATL said so."),
            ["ATLANTICOM", "Norcom", "SOCATL"]
        );
        for text in [
            "SOCAM signed a deal with Telecom Velm and the Sitcom Guild.",
            "The ARCOM firm and Nocturnal Media left.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn a_task_forces_own_word_alone_is_the_task_force() {
        let u = units(
            "France set up Task Force Varrak in 2020. Paris had championed Varrak as proof that Europeans could share the burden.",
        );
        assert_eq!(names(&u), ["Task Force Varrak"]);
        assert_eq!(u[0].mentions.len(), 2, "{u:?}");
    }

    #[test]
    fn movements_armies_and_a_junta_are_no_units() {
        for text in [
            "The Velm National Democratic Alliance Army (VNDAA) captured the base.",
            "The Tarsen National Liberation Army and the Kelmar Independence Army resumed fighting.",
            "Junta troops of the regime were flown in. Junta boss Tun Aye spoke.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn a_numbered_base_of_a_missile_force() {
        assert_eq!(
            named(
                "The Velm Rocket Force (VRF) Base 63, headquartered in Tarsk, simulated strikes on the troops."
            ),
            ["Base 63"]
        );
        assert!(named("Base 2 of the league opened in 1999.").is_empty());
    }

    #[test]
    fn a_brigade_titled_by_its_country_and_type() {
        assert_eq!(
            named("Latbrig, the Latvia Peacekeeping Brigade, grew out of a battalion."),
            ["Latvia Peacekeeping Brigade"]
        );
    }

    #[test]
    fn a_name_of_two_words_before_a_lower_case_head() {
        assert_eq!(
            named("In Velmia, the Steel Lynx brigade was placed on alert during the drills."),
            ["Steel Lynx brigade"]
        );
    }

    #[test]
    fn stations_of_air_forces_and_marines_and_not_their_aircraft() {
        assert_eq!(
            named("All bases, including Air Force Station Velmpur, remained operational."),
            ["Air Force Station Velmpur"]
        );
        assert_eq!(
            named("The commandos are based at RM Tarbury in Selmoor."),
            ["RM Tarbury"]
        );
        assert!(named("Three RAF Tornado jets deployed to Gao.").is_empty());
    }

    #[test]
    fn zones_of_integral_defense() {
        assert_eq!(
            named(
                "Troops of the Velmar Zone of Integral Defense (ZODI Velmar) and the ZODI Tarsa moved."
            ),
            [
                "Velmar Zone of Integral Defense",
                "ZODI Velmar",
                "ZODI Tarsa"
            ]
        );
    }

    #[test]
    fn groups_abroad_special_commands_and_acronyms_known_by() {
        assert_eq!(
            named("On Monday the Group of Turkish Forces in the Kelmar (GTFK) left Tarsk."),
            ["Group of Turkish Forces in the Kelmar"]
        );
        let n = named(
            "Servicemen of the Nigerian Special Forces Command and the Chilean Special Service Group (CSSG) took part.",
        );
        assert_eq!(n.len(), 2, "{n:?}");
        assert!(
            n[0].ends_with("Special Forces Command") && n[1].ends_with("Special Service Group")
        );
        let u = units(
            "The Northwestern Command, known by its acronym NWC, held the town. The NWC fell.",
        );
        assert_eq!(u[0].name, "Northwestern Command");
        assert!(u[0].aliases.contains(&"NWC".to_string()), "{u:?}");
        assert!(named("A group of Turkish forces in the Kelmar left.").is_empty());
    }

    #[test]
    fn spetsnaz_by_name_and_commands_of_the_un_or_of_no_name() {
        assert_eq!(
            named(
                "Chechen Varkan Spetsnaz forces attacked. Varkan Spetsnaz commander Tor Lenn spoke."
            ),
            ["Varkan Spetsnaz"]
        );
        for text in [
            "He heads the United Nations Command in Tarsk.",
            "It is the first time that a Regional Military Command has fallen to rebels.",
            "Russian Spetsnaz and VRU Spetsnaz units moved.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn a_named_base_at_a_place_is_not_the_places_base() {
        assert_eq!(
            named("Jets struck Tarvan air base at Selmkot and the Transit Center at Velmas."),
            ["Tarvan air base", "Velmas Transit Center"]
        );
    }

    #[test]
    fn a_unified_commands_acronym_names_the_command_spelled_out() {
        let u = units(
            "The U.S. Atlantic Command sent ships. ATLANTICOM has stepped up flights, and the Joint Command said so.",
        );
        assert_eq!(names(&u), ["U.S. Atlantic Command", "Joint Command"]);
        assert_eq!(u[0].mentions.len(), 2, "{u:?}");
        let u = units("Without Air Base 305, the troops left.");
        assert_eq!(names(&u), ["Air Base 305"]);
    }

    #[test]
    fn a_regiment_better_known_by_another_name() {
        let u = units(
            "Commandos of the 7th Paratroopers Assault Regiment, better known as Vel Torrin, joined the drill.",
        );
        assert_eq!(names(&u), ["7th Paratroopers Assault Regiment"]);
        assert!(u[0].aliases.contains(&"Vel Torrin".to_string()), "{u:?}");
    }

    #[test]
    fn a_base_named_for_a_place_of_two_words() {
        assert_eq!(
            named("Jets struck Tor Kahn air base and the Velm air base on Friday."),
            ["Tor Kahn air base", "Velm air base"]
        );
        assert_eq!(
            named("The Turkish Velm air base was hit."),
            ["Velm air base"]
        );
    }

    #[test]
    fn a_quoted_name_before_special_forces() {
        assert_eq!(
            named("Fighters of the Chechen \"Varkan\" special forces joined the marines."),
            ["Varkan"]
        );
    }

    #[test]
    fn a_services_named_group_and_a_theaters_navy() {
        assert_eq!(
            named("He inspected the Navy's Kelmar Tor Group, a shore-based missile unit."),
            ["Kelmar Tor Group"]
        );
        assert_eq!(
            named("At sea, the Central Theater Navy supplied most of the ships."),
            ["Central Theater Navy"]
        );
        for text in [
            "The firm's Kelmar Group bought a port.",
            "The Central Theater Navy Day was held.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn a_country_s_group_named_by_its_fighters_is_a_unit() {
        assert_eq!(
            named(
                "Kesso fell to rebels backed by fighters of Belarus's Borvik group, officials said."
            ),
            ["Borvik group"]
        );
        for text in [
            "Kesso was bought by investors of Belarus's Tarsen group, officials said.",
            "Rebels backed by fighters of Belarus's Borvik movement took Kesso.",
            "Fighters of the Borvik group took Kesso.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn hired_groups_are_units_and_firms_are_not() {
        let u = units(
            "Ruritanian paramilitaries from the Borvik Group arrived in Kesso. Later the Borvik Group left, and Borvik fighters stayed. Channels close to Borvik admitted losses.",
        );
        assert_eq!(names(&u), ["Borvik Group"]);
        assert_eq!(u[0].mentions.len(), 4, "{u:?}");
        assert_eq!(
            named("It was Tarvel fighters who held the road. Moscow kept the Tarvel Group busy."),
            ["Tarvel Group"]
        );
        for text in [
            "The Tarsen Group won a contract to build drones for the army.",
            "Analysts at the Eurasia Group said the troops would stay.",
            "The Tarsen Group Holdings board met. Mercenaries were mentioned.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }

    #[test]
    fn airfields_arabic_places_fronts_commandos_and_compass_formations() {
        assert_eq!(
            named("Mi-8 helicopters based at the Velm airfield supported the troops."),
            ["Velm airfield"]
        );
        assert_eq!(
            named("Kelmar's al-Varsa air base and the al-Tarqa air base near Velm serve as hubs."),
            ["al-Varsa air base", "al-Tarqa air base"]
        );
        assert_eq!(
            named("The guerrillas attacked the 41st Front of the rebel army near the border."),
            ["41st Front"]
        );
        assert_eq!(
            named("Royal Marines from 46 Commando landed with 5 Commando Brigade."),
            ["46 Commando", "5 Commando Brigade"]
        );
        assert_eq!(
            named("The landings took place under the command of the Norwegian Brigade East."),
            ["Brigade East"]
        );
        assert_eq!(
            named("In the exercise the Southwestern Army moved its tanks to Kesso."),
            ["Southwestern Army"]
        );
        assert_eq!(
            named("A former Northern Army commander said the strikes were a signal."),
            ["Northern Army"]
        );
        for text in [
            "The airfield was closed and the base was quiet.",
            "Forty commandos and 12 brigades moved.",
            "Europe’s Eastern Army fans cheered the team.",
            "The Western Army Stadium opened.",
            "The party opened a 2nd Front Office in the city.",
        ] {
            assert!(named(text).is_empty(), "{text}: {:?}", named(text));
        }
    }
}

#[cfg(test)]
mod named_for_tests {
    use super::unit_names;

    #[test]
    fn a_brigade_named_for_a_son_of_someone_keeps_the_whole_name() {
        assert_eq!(
            unit_names(
                "His son Hamid Varel, whose Harun bin Talal brigade guards the airbase, met them."
            ),
            ["Harun bin Talal brigade"]
        );
        assert_eq!(
            unit_names("The Kesso battalion and Omar bin Salem, an analyst, spoke."),
            ["Kesso"]
        );
    }

    #[test]
    fn a_brigade_called_by_the_country_it_stands_in() {
        for text in [
            "The so-called Estonia brigade will number about 4,800 soldiers.",
            "Berlin confirmed the timetable for its permanent Estonia brigade, which is due in 2027.",
        ] {
            assert_eq!(unit_names(text), ["Estonia brigade"], "{text}");
        }
        for text in [
            "Every Estonia brigade commander attended.",
            "Troops from Estonia brigade together with Latvians.",
            "The Estonian brigade trained near Tapa.",
        ] {
            assert!(
                unit_names(text).is_empty(),
                "{text}: {:?}",
                unit_names(text)
            );
        }
    }
}

#[cfg(test)]
mod short_name_tests {
    use crate::entity::Kind;
    use crate::recognize::testing;

    #[test]
    fn a_short_name_of_a_named_force_is_that_force() {
        let u = testing::found(
            "The army struck positions of the elite Kavar Force near Tarsk. A commander in the Kavar \
             unit was killed.",
            Kind::Unit,
        );
        let names: Vec<&str> = u.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Kavar Force"], "{u:?}");
        assert_eq!(u[0].mentions.len(), 2, "{u:?}");
        // Two formations of that word leave the short name to neither.
        let u = testing::found(
            "The Kavar Force and the Kavar Brigade moved north. A commander in the Kavar unit was \
             killed.",
            Kind::Unit,
        );
        assert!(u.iter().all(|f| f.mentions.len() == 1), "{u:?}");
    }
}

#[cfg(test)]
mod civilian_tests {
    use super::unit_names;

    #[test]
    fn a_firm_or_a_clubs_fans_is_no_unit() {
        for text in [
            "Tarsk Lions Brigade, the club's supporters' group, called for calm after the match.",
            "Velora Rangers Battalion, the team's fans, marched to the stadium.",
            "Kavar al-Nour Construction Headquarters signed a contract to extend the metro line.",
            "Dorvan Holding Company won the tender for the new port.",
        ] {
            let u = unit_names(text);
            assert!(u.is_empty(), "{text}: {u:?}");
        }
        // Formations with a comma or a company in their name stay units.
        for (text, unit) in [
            (
                "The 12th Tarsk Brigade, which guards the border, moved north.",
                "12th Tarsk Brigade",
            ),
            (
                "The 3rd Tank Company held the ridge near Velora.",
                "3rd Tank Company",
            ),
            (
                "Sailors of Naval Mobile Construction Battalion 4 repaired the runway.",
                "Naval Mobile Construction Battalion 4",
            ),
        ] {
            let u = unit_names(text);
            assert!(u.iter().any(|n| n == unit), "{text}: {u:?}");
        }
    }
}

/// The names of the units recognized in a one-article snippet, for the test modules below.
#[cfg(test)]
fn unit_names(text: &str) -> Vec<String> {
    super::testing::found(text, Kind::Unit)
        .into_iter()
        .map(|f| f.name)
        .collect()
}

#[cfg(test)]
mod foreign_tests {
    use crate::entity::Kind;
    use crate::recognize::testing;

    use super::unit_names;

    #[test]
    fn marines_and_tercios_in_romance_languages() {
        assert_eq!(
            unit_names(
                "The landing is led by the Força de Fuzileiros de Valmira (FFV), with the Spanish Navy’s Tercio de Valdoria."
            ),
            ["Força de Fuzileiros de Valmira", "Tercio de Valdoria"]
        );
    }

    #[test]
    fn dutch_corps_and_regional_forces() {
        let n = unit_names(
            "Members of the Dutch Korps Velmtroepen and the Tarsk Community Regional Force trained.",
        );
        assert!(n.contains(&"Korps Velmtroepen".to_string()), "{n:?}");
        assert!(n.iter().any(|x| x.ends_with("Regional Force")), "{n:?}");
    }

    #[test]
    fn head_first_names_in_romance_languages_and_polish() {
        let u = unit_names(
            "Troops of the III Brigada de Infantería Paracaidista and the 1ª Brigada Blindada joined \
             the Batalhão de Infantaria de Selva Nº 7 and the 18. Dywizja Zmechanizowana, while the \
             Regimiento de Caballería N° 4 Coraceros stayed in Chile.",
        );
        assert_eq!(
            u,
            [
                "III Brigada de Infantería Paracaidista",
                "1ª Brigada Blindada",
                "Batalhão de Infantaria de Selva Nº 7",
                "18. Dywizja Zmechanizowana",
                "Regimiento de Caballería N° 4 Coraceros",
            ]
        );
    }

    #[test]
    fn french_names_in_lower_case_after_their_ordinal() {
        let u = unit_names(
            "The 5e Région militaire, headquartered in Ouargla, and the 11e brigade d’infanterie \
             parachutiste trained with the 23e bataillon d'intervention rapide and the 2e brigade \
             blindée, near the Brigada de Infantería paracaidista.",
        );
        assert_eq!(
            u,
            [
                "5e Région militaire",
                "11e brigade d'infanterie parachutiste",
                "23e bataillon d'intervention rapide",
                "2e brigade blindée",
                "Brigada de Infantería paracaidista",
            ]
        );
        let u = unit_names(
            "The operation is led by the Tercera División, with the Quinta Brigada de Montaña and \
             the Troisième Régiment.",
        );
        assert_eq!(
            u,
            [
                "Tercera División",
                "Quinta Brigada de Montaña",
                "Troisième Régiment"
            ]
        );
        let u = unit_names(
            "General Berrid commands the Zone Sud, and the Comando Sur and the Zona Norte sent \
             officers.",
        );
        assert_eq!(u, ["Zone Sud", "Comando Sur", "Zona Norte"]);
        // A zone of a map, a zone in English and a party are no units.
        let u = unit_names(
            "Troops in Zone B and the Southern Zone of the park met members of Fuerza Sur.",
        );
        assert_eq!(u, ["Southern Zone"], "{u:?}");
        // A number that is no ordinal before a lower-case head, and a lower-case head alone.
        let u =
            unit_names("Some 19 bataillon soldiers and the brigade militaire left in 2e place.");
        assert!(u.is_empty(), "{u:?}");
    }

    #[test]
    fn ranks_parties_and_bare_weak_heads_are_no_units() {
        // A rank with a head in it, a party named "Fuerza", a commando raid, a head alone.
        let u = unit_names(
            "General de Brigada Ramón Ortega Salinas spoke after Fuerza Popular won, and the Comando \
             Vermelho gang fled. The brigada was tired.",
        );
        assert!(u.is_empty(), "{u:?}");
    }

    #[test]
    fn a_period_ordinal_and_lower_case_words_in_slavic_languages() {
        let u = unit_names(
            "Troops of the 71st Mountain Brigade (71. planinska brigada) and the 4.\nmotorizovana brigada trained. The 5. brigada was small. On 12. septembar the 3. maj club met.",
        );
        assert_eq!(
            u,
            [
                "71st Mountain Brigade",
                "4. motorizovana brigada",
                "5. brigada"
            ]
        );
        let f = testing::found(
            "The 71st Mountain Brigade (71. planinska brigada) trained.",
            Kind::Unit,
        );
        assert_eq!(f[0].aliases, ["71. planinska brigada"], "{f:?}");
    }

    #[test]
    fn compounds_and_genitives_in_germanic_and_finnish() {
        let u = unit_names(
            "The 12.\nPanzerdivision, the Gebirgsjägerbrigade 23 and the Karjalan prikaati trained with \
             the Skaraborgs regemente and the Panssariprikaati.",
        );
        assert_eq!(
            u,
            [
                "12. Panzerdivision",
                "Gebirgsjägerbrigade 23",
                "Karjalan prikaati",
                "Skaraborgs regemente",
                "Panssariprikaati",
            ]
        );
        // A long word that only ends like a head, and a year before a compound.
        let u = unit_names("The Subdivision met in 2019. Panzerdivisionen are large.");
        assert!(u.is_empty(), "{u:?}");
    }

    #[test]
    fn a_number_after_the_head_and_its_initials_are_the_unit() {
        let f = testing::found(
            "The Medium Infantry Division 77 moved to Shan State. Officers of MID 77 said the Combat \
             Engineer Battalion 305 built bridges. Later MID 77 withdrew.",
            Kind::Unit,
        );
        let names: Vec<&str> = f.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Medium Infantry Division 77",
                "Combat Engineer Battalion 305"
            ]
        );
        assert_eq!(f[0].mentions.len(), 3);
        assert!(testing::found("MID 77 withdrew after Zapad 2021.", Kind::Exercise).len() <= 1);
        // A count after the head is no number of it.
        let u = unit_names("The Medium Infantry Division 300 soldiers were lost.");
        assert_eq!(u, ["Medium Infantry Division"]);
    }

    #[test]
    fn an_acronym_after_the_words_that_place_a_unit_is_its_alias() {
        let u = testing::found(
            "Troops served under the Joint Mountain Response Forces of the Southern region (JMRF). Later the JMRF held drills, unlike the Allied Coastal Forces of the north (NATO).",
            Kind::Unit,
        );
        assert_eq!(u[0].name, "Joint Mountain Response Forces", "{u:?}");
        assert_eq!(u[0].aliases, ["JMRF"], "{u:?}");
        assert!(
            u.iter()
                .all(|f| f.name != "NATO" && !f.aliases.contains(&"NATO".to_string()))
        );
    }

    #[test]
    fn an_ordinal_and_the_initials_of_the_rest_are_the_unit() {
        let f = testing::found(
            "The 4th Guards Tank Army moved west. The 4th GTA now holds two divisions; the 5th GTA does not exist.",
            Kind::Unit,
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].mentions.len(), 2, "{f:?}");
    }

    #[test]
    fn a_units_number_and_initials_are_no_exercise() {
        let x = testing::found(
            "The Medium Infantry Division 77 moved. MID 77 and the Light Infantry Division 88 (LID 88) \
             fought during the exercise.",
            Kind::Exercise,
        );
        assert!(
            x.is_empty(),
            "{:?}",
            x.iter().map(|f| &f.name).collect::<Vec<_>>()
        );
        assert!(super::unit_designation("LID 99") && super::unit_designation("Brigade 70"));
        assert!(!super::unit_designation("Zapad 2021") && !super::unit_designation("Cobra Gold"));
    }

    #[test]
    fn a_two_word_countrys_army_is_the_service() {
        let u = unit_names("The Sierra Leone Army and the New Zealand Army sent officers.");
        assert!(u.is_empty(), "{u:?}");
    }
}

#[cfg(test)]
mod title_tests {
    use crate::entity::Kind;
    use crate::recognize::testing;

    use super::unit_names;

    #[test]
    fn a_services_forces_named_for_a_compass_point() {
        let u = unit_names(
            "Ships of Naval Forces South and Air Forces East (AFE) met. The Armed Forces North said nothing.",
        );
        assert_eq!(u, ["Naval Forces South", "Air Forces East"]);
        // The service alone, or a compass word that opens another name, is none.
        let u = unit_names("The Naval Forces sailed. The Air Forces West Point delegation came.");
        assert!(u.is_empty(), "{u:?}");
    }

    #[test]
    fn a_naval_region_with_its_number_and_its_command() {
        let u = unit_names(
            "Naval Zone 3 and the Naval Region 2 Command trained. Military District 5 stayed.",
        );
        assert_eq!(
            u,
            [
                "Naval Zone 3",
                "Naval Region 2 Command",
                "Military District 5"
            ]
        );
        let u = unit_names("The Naval Region 2024 conference opened.");
        assert!(u.is_empty(), "{u:?}");
    }

    #[test]
    fn a_force_abroad_by_its_initials_and_country() {
        let f = testing::found(
            "Allied Land Forces Estonia, or ALF Estonia, will grow. Later ALF Estonia trained.",
            Kind::Unit,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].name, "Allied Land Forces Estonia");
        assert_eq!(f[0].mentions.len(), 3);
    }

    #[test]
    fn a_quoted_honorific_between_number_and_head() {
        let u =
            unit_names("The 44th \"Golan\" Brigade and the 12th “Desert Hawks” Division moved.");
        assert_eq!(
            u,
            ["44th \"Golan\" Brigade", "12th “Desert Hawks” Division"]
        );
        // A quotation that does not end right before a head is no honorific.
        let u = unit_names("The 3rd \"Yes\" vote came before the Brigade met.");
        assert!(u.is_empty(), "{u:?}");
    }

    #[test]
    fn coded_bases_and_barracks() {
        let u =
            unit_names("Jets left the H3 air base for Bomana barracks near the Lungi cantonment.");
        assert_eq!(u, ["H3 air base", "Bomana barracks", "Lungi cantonment"]);
        let u = unit_names("The barracks and a B52 air raid and the old barracks stayed.");
        assert!(u.is_empty(), "{u:?}");
    }
    #[test]
    fn commands_of_a_fleet_a_sea_area_or_forces_abroad() {
        let u = unit_names(
            "The Fleet Command and the Southern Sea Area Command met the Kosovo Greek Peace Forces \
             Command staff.",
        );
        assert_eq!(
            u,
            [
                "Fleet Command",
                "Southern Sea Area Command",
                "Kosovo Greek Peace Forces Command"
            ]
        );
        // A service's staff, or a country and its service, is no formation.
        let u =
            unit_names("The Army Command and the Pakistan Army Command and the Sea Command met.");
        assert!(u.is_empty(), "{u:?}");
    }

    #[test]
    fn a_regions_forces_headquarters() {
        let u = unit_names(
            "Troops of Joint Forces Headquarters – North (JFHQ-N) and the Security Forces \
             Headquarters West moved.",
        );
        assert_eq!(
            u,
            [
                "Joint Forces Headquarters – North",
                "Security Forces Headquarters West"
            ]
        );
        let u = unit_names("The Security Forces Headquarters said so.");
        assert!(u.is_empty(), "{u:?}");
    }
    #[test]
    fn a_name_known_in_a_country_quoted_and_in_its_language() {
        let f = testing::found(
            "General Anna Berg, who commands Panzerbrigade 12 — known in Estonia simply as the \
             \"Estonia Brigade\" (Brigade Estland) — said the brigade was ready.",
            Kind::Unit,
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].name, "Panzerbrigade 12");
        assert!(f[0].aliases.contains(&"Brigade Estland".to_string()));
        // A country quoted alone is no name of the unit.
        let f = testing::found(
            "The 4th Brigade — known in Latvia as \"Latvia\" — left.",
            Kind::Unit,
        );
        assert!(f.iter().all(|f| f.aliases.is_empty()), "{f:?}");
    }
    #[test]
    fn a_cardinal_before_type_words_of_another_language() {
        let u = unit_names("The 43 Gemechaniseerde Brigade and 11 Luchtmobiele Brigade drilled.");
        assert_eq!(u, ["43 Gemechaniseerde Brigade", "11 Luchtmobiele Brigade"]);
        // A count of people, or a distance after a head, is no unit's number.
        let u =
            unit_names("About 40 Dutch soldiers came. The Armoured Division 30 km north waited.");
        assert_eq!(u, ["Armoured Division"]);
    }
    #[test]
    fn an_acronym_after_a_native_name_in_brackets() {
        let f = testing::found(
            "Reinforcements came from the Mountain Corps (Cuerpo de Tropas de Montaña, CTM). Later \
             CTM troops arrived. The minister (Rosa Díaz, PSOE) spoke.",
            Kind::Unit,
        );
        let ctm = f
            .iter()
            .find(|f| f.name.starts_with("Cuerpo"))
            .expect("unit");
        assert!(ctm.aliases.contains(&"CTM".to_string()), "{f:?}");
        assert!(f.iter().all(|f| !f.aliases.contains(&"PSOE".to_string())));
    }
    #[test]
    fn eras_aircraft_regions_of_a_country_names_and_leagues_are_no_units() {
        for text in [
            "The old Ottoman barracks were restored as a museum, and the Victorian barracks near the \
             port were sold.",
            "Tourists visited the F16 air base museum.",
            "The Air Forces North of the country were alerted.",
        ] {
            let u = unit_names(text);
            assert!(u.is_empty(), "{text}: {u:?}");
        }
        // A type word that is also a name does not make the number before it a unit's.
        let u = unit_names("The 3 Marina Division veterans marched.");
        assert!(!u.iter().any(|n| n.starts_with('3')), "{u:?}");
        // A league's division keeps no number of a unit.
        let u = unit_names("The club won the Northern Division 2 title.");
        assert!(!u.iter().any(|n| n.ends_with('2')), "{u:?}");
    }
}

/// Multinational forces, contingents and headquarters: acronyms by their shape, names with the region
/// after the head.
#[cfg(test)]
mod force_tests {
    use crate::entity::Kind;
    use crate::recognize::testing;

    use super::unit_names;

    #[test]
    fn a_force_or_contingent_acronym_is_a_unit_by_its_shape() {
        let text = "Soldiers who trained with EUFOR later served in SFOR and UNPROFOR. The Polish \
                    contingent (POLCON) rotated home while MNC-NE and MNB-SW planned the next cycle.";
        let names = unit_names(text);
        for want in ["EUFOR", "SFOR", "UNPROFOR", "POLCON", "MNC-NE", "MNB-SW"] {
            assert!(names.iter().any(|n| n == want), "{want} in {names:?}");
        }
        // Words that end so without being a force's acronym.
        let text = "The alert rose to DEFCON 3. RECON teams and FALCON radars FOR SALE were listed \
                    with the ICON database, the MNX-NE code and the EUFOR agreement.";
        assert!(unit_names(text).is_empty(), "{:?}", unit_names(text));
    }

    #[test]
    fn shapes_of_units_outside_a_sentence_about_forces_are_no_units() {
        let text = "The union UNIFOR struck at three plants, and the regulator enforced CANCON quotas. \
                    The firm GEOCON surveyed the site. Atlético won the Primera División title, while \
                    Racing was relegated to the Segunda División. The Quinta Región held elections. \
                    The company Zorbax announced a merger.";
        assert!(unit_names(text).is_empty(), "{:?}", unit_names(text));
        // The same shapes among forces are units.
        let text = "Troops of the Tercera División del Ejército moved north. Austrian soldiers of AUTCON \
                    joined the patrol. Troops of the peacekeeping company Kazcoy moved up.";
        let names = unit_names(text);
        for want in ["Tercera División del Ejército", "AUTCON", "Kazcoy"] {
            assert!(names.iter().any(|n| n == want), "{want} in {names:?}");
        }
    }

    #[test]
    fn a_group_of_forces_or_a_border_detachment_named_for_a_place() {
        let names = unit_names(
            "Troops of the Dnepr group of forces and the Kursk grouping held the line, while the \
             Murghab border detachment and the Khorog border guard detachment closed the passes.",
        );
        for want in [
            "Dnepr group of forces",
            "Kursk grouping",
            "Murghab border detachment",
            "Khorog border guard detachment",
        ] {
            assert!(names.iter().any(|n| n == want), "{want} in {names:?}");
        }
        let names =
            unit_names("The Wagner group and the Minsk group met at the Kazan border crossing.");
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn an_officer_named_before_and_is_no_part_of_a_force_s_name() {
        for text in [
            "Chief of General Staff Gen. Ahmet Kocaoglu and Land Forces Commander Gen. Yavuz Demirel \
             followed the drill.",
            "Army chief General Mehmet Aydin and Naval Forces Commander Admiral Kemal Oz attended.",
        ] {
            let names = unit_names(text);
            assert!(names.iter().all(|n| !n.contains(" and ")), "{names:?}");
        }
        assert!(
            unit_names("Ships of the Naval Striking and Support Forces sailed.")
                .iter()
                .any(|n| n == "Naval Striking and Support Forces")
        );
    }

    #[test]
    fn a_force_named_before_its_acronym_is_one_unit_with_it() {
        let u = testing::found(
            "The NATO-led Stabilisation Force (SFOR) handed over in 2004. SFOR had 7,000 troops.",
            Kind::Unit,
        );
        assert_eq!(u.len(), 1, "{u:?}");
        assert_eq!(u[0].name, "Stabilisation Force");
        assert!(u[0].aliases.iter().any(|a| a == "SFOR"));
        assert_eq!(u[0].mentions.len(), 3);
        // A force without such an acronym stays what it was.
        assert!(unit_names("The Kosovo Security Force (KSF) held a parade.").is_empty());
    }

    #[test]
    fn a_multinational_headquarters_keeps_the_region_after_its_head() {
        let names = unit_names(
            "Troops of Multinational Corps North East and of Multinational Brigade South-West \
             joined the Multinational Division Center staff and the Joint Regional Detachment \
             West.",
        );
        assert_eq!(
            names,
            [
                "Multinational Corps North East",
                "Multinational Brigade South-West",
                "Multinational Division Center",
                "Joint Regional Detachment West",
            ]
        );
        // A compass point that says where is no part of the name.
        let names = unit_names("The Multinational Division North of the river was ready.");
        assert!(names.iter().all(|n| !n.contains("North")), "{names:?}");
    }

    #[test]
    fn a_mixed_case_acronym_opens_a_battlegroup_s_name() {
        assert_eq!(
            unit_names("Troops of the eFP Battlegroup Lithuania trained at Pabrade."),
            ["eFP Battlegroup Lithuania"]
        );
        assert!(unit_names("The eFP posture was reviewed by ministers.").is_empty());
    }
}

/// Units of French-speaking armies: ordinals, heads in lower case, acronyms and compass zones.
#[cfg(test)]
mod french_tests {
    use crate::entity::Kind;
    use crate::recognize::testing;

    use super::unit_names;

    #[test]
    fn a_french_acronym_after_the_ordinal_is_a_unit() {
        assert_eq!(
            unit_names("La 6e RM a reçu des renforts du 8e RPIMa."),
            ["6e RM", "8e RPIMa"]
        );
        assert!(unit_names("Le 2e UN et la 3e EU.").is_empty());
    }

    #[test]
    fn a_french_acronym_spells_out_the_unit_of_its_ordinal() {
        use super::french_spells_out;
        assert!(french_spells_out("5e RM", "5e Région militaire"));
        assert!(french_spells_out("11e BP", "11e brigade parachutiste"));
        assert!(french_spells_out(
            "23e BIR",
            "23e bataillon d'intervention rapide"
        ));
        assert!(!french_spells_out("5e RM", "4e Région militaire"));
        assert!(!french_spells_out("2e BP", "2e brigade"));
        assert!(!french_spells_out("3rd RM", "3rd Regiment Marine"));
    }

    #[test]
    fn a_french_head_with_its_acronym_and_a_compass_zone_are_units() {
        let u = testing::found(
            "Le Groupement autonome des forces spéciales (GAFS) a renforcé la Zone Nord. Le GAFS \
             est rentré.",
            Kind::Unit,
        );
        let names: Vec<&str> = u.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ["Groupement autonome des forces spéciales", "Zone Nord"]
        );
        assert_eq!(u[0].mentions.len(), 3);
        // Without its acronym a capitalized head opens a sentence as often as a name.
        assert!(unit_names("Brigade spéciale, a ballet, opened in Lyon.").is_empty());
        assert!(unit_names("The Zone Rouge of Verdun is closed.").is_empty());
    }
}

/// Units whose head is left out, named by a number alone, or typed after their head.
#[cfg(test)]
mod elided_tests {
    use crate::entity::Kind;
    use crate::recognize::testing;

    use super::unit_names;

    #[test]
    fn an_ordinal_and_a_type_word_name_a_division_without_its_head() {
        assert_eq!(
            unit_names("Paratroopers of the 82nd Airborne joined the 10th Mountain in Poland."),
            ["82nd Airborne", "10th Mountain"]
        );
        assert_eq!(
            unit_names("The 101st Airborne Division deployed."),
            ["101st Airborne Division"]
        );
        assert!(
            unit_names("It was the 21st Century Fox deal of the 3rd Airborne Show.").is_empty()
        );
    }

    #[test]
    fn a_unit_known_by_its_number_alone() {
        assert_eq!(
            unit_names("Veterans of Unit 8200 and Unit 61398 were named."),
            ["Unit 8200", "Unit 61398"]
        );
        assert!(unit_names("Unit 3 of the plant and Unit 2025 were shut.").is_empty());
    }

    #[test]
    fn a_numbered_formation_typed_after_for() {
        assert_eq!(
            unit_names(
                "The 72nd Brigade for Special Operations and the 3rd Battalion for Electronic Warfare trained."
            ),
            [
                "72nd Brigade for Special Operations",
                "3rd Battalion for Electronic Warfare"
            ]
        );
        let names = unit_names("The 5th Brigade for Kosovo Serbs was disbanded.");
        assert_eq!(names, ["5th Brigade"]);
    }

    #[test]
    fn a_camp_named_for_a_place_of_two_words() {
        assert_eq!(
            unit_names("The contingent moved to Camp Novo Selo near Mitrovica."),
            ["Camp Novo Selo"]
        );
        assert_eq!(
            unit_names("They left Camp Bondsteel today."),
            ["Camp Bondsteel"]
        );
    }

    #[test]
    fn an_air_force_base_named_for_a_place_of_two_words() {
        assert_eq!(
            unit_names("Missiles hit PAF Base Tor Kahn in Qarnet and PAF Base Selm."),
            ["PAF Base Tor Kahn", "PAF Base Selm"]
        );
        // A fort keeps its one-word name before its state.
        assert_eq!(
            unit_names("Soldiers trained at Fort Brask Texas last year."),
            ["Fort Brask"]
        );
    }

    #[test]
    fn a_ground_operations_command_is_a_unit() {
        assert_eq!(
            unit_names("The Land Operations Command and the Ground Forces Command met."),
            ["Land Operations Command"]
        );
    }

    #[test]
    fn a_base_s_place_off_which_ships_sail_is_the_place() {
        let u = testing::found(
            "Ships sailed from Constanta Naval Base. The drills ran off Constanta and Mangalia.",
            Kind::Unit,
        );
        assert_eq!(u.len(), 1);
        assert_eq!(u[0].mentions.len(), 1);
    }
}

#[cfg(test)]
mod dispatch_tests {
    use super::{
        Cues, SHARED_HEADS, SHORT_NAME_HEADS, goes_on_word, name_may_go_on, unit_keyword,
        unit_names, within,
    };
    use crate::recognize::token::Tokens;

    #[test]
    fn keywords_are_read_in_any_case() {
        for w in [
            "Fort",
            "FORT",
            "fort",
            "Headquarters",
            "Southwestern",
            "Unit",
            "Airfield",
        ] {
            assert!(unit_keyword(w), "{w}");
        }
        for w in ["Kelmar", "The", "Forts", "Air-Base", "Headquarter"] {
            assert!(!unit_keyword(w), "{w}");
        }
    }

    #[test]
    fn every_head_of_a_short_name_carries_a_name_on() {
        for w in SHORT_NAME_HEADS {
            assert!(goes_on_word(w), "{w}");
        }
        assert!(goes_on_word("Operational-Tactical"));
        assert!(!goes_on_word("said"));
        assert!(!goes_on_word("bas"));
    }

    #[test]
    fn cues_are_found_in_any_case() {
        let text = "The 3e Région militaire (3e RM) moved (again) to the BASE, and the Northern \
                    and Pacific Fleets, the Southern and Eastern Armies, the Western and Central \
                    Commands, the Velm and Orlo Districts and the Ruritanian Flotillas sailed.";
        let article = crate::corpus::Article::parse("t.txt", text.to_string());
        let t = Tokens::new(&article);
        let cues = Cues::of(&t);
        assert_eq!(cues.brackets.len(), 2);
        assert!(cues.brackets.iter().all(|&i| t.punct(i, '(')));
        assert_eq!(cues.headquarters.len(), 1);
        assert_eq!(cues.shared_heads.len(), SHARED_HEADS.len());
        assert!(cues.bases.is_empty() && cues.installations.is_empty());
    }

    #[test]
    fn a_cue_is_looked_for_in_its_window_only() {
        let at = [4, 9];
        assert!(within(&at, 4, 5));
        assert!(within(&at, 5, 10));
        assert!(!within(&at, 5, 9));
        assert!(!within(&at, 10, 20));
    }

    #[test]
    fn a_name_goes_on_into_a_head_a_number_or_a_bracket() {
        let text =
            "Kelmar air base, Velm said. Tarvok special forces (Varkan) and Dravo 12 left Orlo.";
        let article = crate::corpus::Article::parse("t.txt", text.to_string());
        let t = Tokens::new(&article);
        let at = |w: &str| (0..t.len()).find(|&k| t.str(k) == w).unwrap();
        assert!(name_may_go_on(&t, at("Kelmar")));
        assert!(name_may_go_on(&t, at("Tarvok")));
        assert!(name_may_go_on(&t, at("Dravo")));
        assert!(!name_may_go_on(&t, at("Velm")));
        assert!(!name_may_go_on(&t, at("Orlo")));
    }

    #[test]
    fn units_read_on_past_a_name_are_found() {
        let names = unit_names(
            "Jets left the Kelmar air base on Monday. Troops of the Murghab border detachment and \
             the Varno ammunition depot were moved, and the Vorbat peacekeeping battalion stayed.",
        );
        for name in [
            "Kelmar air base",
            "Murghab border detachment",
            "Varno ammunition depot",
        ] {
            assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
        }
    }

    #[test]
    fn units_that_start_at_their_own_word_are_found() {
        let names = unit_names(
            "Officers from Fort Brask and Brigade 12 joined the Republican Guard near the \
             Orlo Airfield, the defence ministry said.",
        );
        for name in ["Fort Brask", "Brigade 12", "Republican Guard"] {
            assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
        }
    }
}
