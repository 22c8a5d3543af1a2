//! Exercises: a capitalized name with a year ("Kalkan-2019", "Steppe Eagle 2015") near a word for an
//! exercise, or by its shape alone when nothing says it is something else ("Talisman Sabre 2023",
//! "Dragon-24"); an all-capital series with a year or an edition number ("BALTOPS 24", "UNITAS LXV"); a
//! name and an edition number before a drill word ("TALISAY 8 amphibious drills"); a name set off by
//! commas after one ("the exercise, Ocean Gate,"), a name the text codenames, dubs or says the exercise
//! is known as; a list of names before "drills" ("Echelon, Search and Interaction special drills"); and a
//! translation in parentheses as an alias ("(Shield-2019)"). A bare series name is the article's one
//! edition of it, or the series when it names several. Then what the article says about each: date,
//! place, participants, stages, duration, scenario, units.

use std::ops::Range;

use super::facts;
use super::lexicon::{self, class::*};
use super::military;
use super::token::{TokKind, Tokens, is_year, lengths_of, rsplit_hyphen};
use super::translit;
use super::{Ctx, Found, Occupied};
use crate::entity::{AttrKey, Kind};

/// How far (in tokens) an exercise word may stand from a name for the name to count.
const WINDOW: usize = 8;

/// A capitalized word that can be part of an exercise name.
fn name_word(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.is_word()
        && tok.cap
        && !lowercase_suffix(t.str(k))
        && !tok.is(MONTH | COUNTRY | NATIONALITY | EXERCISE | RANK | POST_HEAD)
        && !lexicon::nationality_compound(t.str(k))
        && !lexicon::opening_function_word(t.str(k))
        && !lexicon::capitalized_function_word(t.str(k))
        && !matches!(
            t.str(k),
            "Volume" | "Issue" | "No" | "Number" | "Last" | "Next" | "Any" | "Every" | "Each"
        )
        && !event_word(t.str(k))
        && !month_range(t.str(k))
}

/// "April-May 2019": two months joined by a hyphen are a span of time.
fn month_range(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(a, b)| lexicon::classes(a) & lexicon::classes(b) & MONTH != 0)
}

/// "联合长矛-2024A": a word in a script without capitals (Chinese, Arabic, Hebrew), which no test of a
/// capital letter sees as a name.
fn uncased_script(w: &str) -> bool {
    // The letter of a run ("-2024A") may follow in Latin capitals.
    w.chars()
        .any(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
        && !w.chars().any(|c| c.is_lowercase() || c.is_whitespace())
}

/// "Tempest-01", "Harrow-7": a word and, after a hyphen, the number of a run: a coded name.
fn coded_name(w: &str) -> bool {
    rsplit_hyphen(w).is_some_and(|(head, n)| {
        head.len() >= 3
            && !head.contains('-')
            && (1..=2).contains(&n.len())
            && n.bytes().all(|b| b.is_ascii_digit())
    })
}

/// "Qahr-ul-Zalim", "Sher-e-Dil": capitalized words joined by short lower-case connectors (an Arabic
/// article, a Persian or Urdu izafat) make one foreign name, which a common word never is.
fn connected_compound(w: &str) -> bool {
    let mut parts = w.split('-');
    let first = parts.next().unwrap_or("");
    let Some(last) = parts.next_back() else {
        return false;
    };
    let mut middle = parts.peekable();
    middle.peek().is_some()
        && first.starts_with(|c: char| c.is_uppercase())
        && last.starts_with(|c: char| c.is_uppercase())
        && middle.all(|m| (1..=3).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_lowercase()))
}

/// "Airshow China 2024", "Army Expo 2025": shows, fairs and meetings carry years as exercises do, but
/// are events, not drills.
fn event_word(w: &str) -> bool {
    matches!(
        w,
        "Airshow" | "Expo" | "Exhibition" | "Summit" | "Forum" | "Fair"
    )
}

/// "Army-led", "Moscow-based": a compound ending in a lowercase word describes, it never names.
/// A tail of one or two letters is a Persian or Arabic connector inside a name ("Payambar-e Azam").
fn lowercase_suffix(w: &str) -> bool {
    rsplit_hyphen(w)
        .is_some_and(|(_, tail)| tail.len() > 2 && tail.starts_with(|c: char| c.is_lowercase()))
}

/// "2024" or, for editions held twice a year, "2024A".
fn year_suffix(s: &str) -> bool {
    is_year(s) || s.len() == 5 && s.as_bytes()[4].is_ascii_uppercase() && is_year(&s[..4])
}

/// "2025-I", "2025-II", "2025-B": a year and the designator of one of the runs held that year.
fn designated_year(s: &str) -> bool {
    s.len() >= 6
        && s.as_bytes()[0].is_ascii_digit()
        && s.as_bytes()[4] == b'-'
        && s.get(..4).is_some_and(is_year)
        && (s.len() == 6 && s.as_bytes()[5].is_ascii_uppercase()
            || lexicon::roman_numeral(&s[5..]).is_some_and(|n| n <= 10))
}

/// "21" in "Steadfast Guard 21": a year given in two digits.
fn short_year(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit())
}

/// "1403" in "Sahand 1403": a year of the Solar Hijri calendar, by which Iran dates its exercises.
/// Numbers of that size count resolutions, flights and budgets too, so such a year dates a name only
/// next to a word that says the name is an exercise.
fn hijri_year(s: &str) -> bool {
    s.len() == 4
        && (s.starts_with("13") || s.starts_with("14"))
        && s.bytes().all(|b| b.is_ascii_digit())
}

/// True when a word for an exercise follows the name ending at `b`, after a closing quote and up to
/// two words for kinds of drill: 'the "Gheyrat-1403" military drill'.
fn drill_follows(t: &Tokens, b: usize) -> bool {
    let mut j = b + 1;
    if t.punct(j, '"') || t.punct(j, '”') || t.punct(j, '’') || t.punct(j, '»') {
        j += 1;
    }
    let mut mods = 0;
    while mods < 2 && j < t.len() && drill_modifier(t, j) {
        j += 1;
        mods += 1;
    }
    j < t.len()
        && t.same_sentence(b, j)
        && t.toks[j].is(EXERCISE)
        && !t.toks[j].cap
        && !t.toks.get(j + 1).is_some_and(|n| n.is(RANGE))
}

/// "Iran held Tondar 1401 in May. The drills involved ...": the sentence after the one of token `b`
/// opens by naming what it spoke of as drills.
fn drills_open_next(t: &Tokens, b: usize) -> bool {
    let s = t.toks[b].sentence;
    let Some(n) = (b + 1..t.len().min(b + 40)).find(|&x| t.toks[x].sentence != s) else {
        return false;
    };
    let mut j = n + 1;
    if j < t.len() && drill_modifier(t, j) {
        j += 1;
    }
    ["The", "These", "Both"].iter().any(|w| t.str(n) == *w)
        && j < t.len()
        && t.same_sentence(n, j)
        && ["drills", "exercises", "wargames", "maneuvers", "manoeuvres"]
            .iter()
            .any(|w| t.eq(j, w))
}

/// True when the name of tokens `a..=b` stands in quotes.
fn quoted(t: &Tokens, a: usize, b: usize) -> bool {
    a > 0
        && (t.punct(a - 1, '"') || t.punct(a - 1, '“') || t.punct(a - 1, '«'))
        && (t.punct(b + 1, '"') || t.punct(b + 1, '”') || t.punct(b + 1, '»'))
}

/// "BALTOPS", "EFES", "UNITAS": an all-capital word of three letters or more, which may name an exercise
/// series when a year or an edition number follows it. Acronyms of organizations, countries and outlets
/// never do.
fn caps_series(s: &str) -> bool {
    s.len() >= 3
        && s.bytes().all(|b| b.is_ascii_uppercase())
        && lexicon::roman_numeral(s).is_none()
        && lexicon::classes(s) & (COUNTRY | NATIONALITY | OUTLET | MONTH | RANK | ORG_HEAD) == 0
        && !lexicon::organization_acronym(s)
}

/// True when token `k` is an all-capital series word (see [`caps_series`]).
fn caps_series_at(t: &Tokens, k: usize) -> bool {
    t.toks[k].is_word() && t.toks[k].upper && caps_series(t.str(k))
}

/// "firepower demonstration": a show of arms is an exercise; a demonstration alone may be a protest.
fn drill_demonstration(t: &Tokens, k: usize) -> bool {
    // By length first: this runs on most tokens.
    matches!(t.toks.get(k).map(|x| x.end - x.start), Some(13 | 14))
        && (t.eq(k, "demonstration") || t.eq(k, "demonstrations"))
        && k > 0
        && t.same_sentence(k - 1, k)
        && (t.eq(k - 1, "firepower") || t.eq(k - 1, "live-fire"))
}

/// True when the token right after `b` (same sentence) is a word for an exercise or a demonstration:
/// "Vayu Shakti-24 demonstration", "the BALTOPS 24 exercise".
fn drill_word_after(t: &Tokens, b: usize) -> bool {
    t.same_sentence(b, b + 1)
        && (t.toks[b + 1].is(EXERCISE)
            || t.eq(b + 1, "demonstration")
            || t.eq(b + 1, "demonstrations"))
}

/// True when a name before a year (tokens `a..b`) has a word the lexicon does not know and no nationality
/// before it: "Cutlass Express 2023" may be an exercise far from the word for one; "Navy 2023" or
/// "Russian Navy Day 2023" is a known thing in a year.
fn plain_name(t: &Tokens, a: usize, b: usize) -> bool {
    (a..b).any(|x| t.toks[x].class == 0)
        && !(a > 0
            && t.same_sentence(a - 1, a)
            && t.toks[a - 1].cap
            && t.toks[a - 1].is(NATIONALITY | COUNTRY))
}

/// Words that introduce one run of a recurring exercise by its name: "the previous edition, EFES-2022",
/// "the first iteration, Eagle Partner 2023".
fn edition_word(t: &Tokens, k: usize) -> bool {
    t.eq(k, "edition") || t.eq(k, "iteration") || t.eq(k, "phase")
}

/// True when a word of the exercise vocabulary is within the window around tokens `a..=b`.
fn near_exercise_word(t: &Tokens, a: usize, b: usize) -> bool {
    let lo = a.saturating_sub(WINDOW);
    let hi = (b + WINDOW).min(t.len().saturating_sub(1));
    (lo..=hi).any(|k| {
        (k < a || k > b)
            && t.same_sentence(k, a)
            && t.toks[k].is(EXERCISE)
            && !t.toks.get(k + 1).is_some_and(|n| n.is(RANGE))
    })
}

/// Where an exercise name ending before (or at) token `from` starts: up to three capitalized words
/// before it, with an inner "of" or "of the" ("Shield of Peace-2018", "Shield of the Fatherland 2025"),
/// an inner Arabic article ("Qalaa al-Sahil 1") or an opening month ("August Thunder-2025").
fn name_start(t: &Tokens, k: usize, from: usize) -> usize {
    let mut a = from;
    let mut words = 0;
    while a > 0 && t.same_sentence(a - 1, k) && words < 3 {
        let p = a - 1;
        if name_word(t, p) && !t.toks[p].upper {
            a = p;
            words += 1;
        } else if t.toks[p].is(COUNTRY)
            && t.toks[p].cap
            && p > 0
            && t.same_sentence(p - 1, k)
            && name_word(t, p - 1)
            && !t.toks[p - 1].upper
        {
            // "Defender Europe 21", "Pacific Vanguard": a place word inside a name before its year.
            a = p;
            words += 1;
        } else if (t.eq(p, "of") || romance_particle(t, p))
            && p > 0
            && name_word(t, p - 1)
            && (a != k || t.toks[k].is_word())
        {
            a = p;
        } else if t.eq(p, "the")
            && !t.toks[p].cap
            && p >= 2
            && t.eq(p - 1, "of")
            && name_word(t, p - 2)
            && a != k
        {
            // "Shield of the Fatherland 2025".
            a = p;
        } else if month_in_name(t, p) {
            // "Russia's July Storm-25", "the \"July Storm-2025\" exercise": a month opening a name.
            a = p;
            words += 1;
        } else if article_word(t, p) && p > 0 && name_word(t, p - 1) {
            // "Qalaa al-Sahil 1", "Dir al-Jazira 11": a word with its Arabic article inside a name.
            a = p;
            words += 1;
        } else {
            break;
        }
    }
    if t.eq(a, "of") || t.eq(a, "the") || romance_particle(t, a) {
        a + 1
    } else {
        a
    }
}

/// "July" in "Russia's July Storm-25" or "the large July Storm exercise": a month's name opens an
/// exercise's name when a capitalized word follows it and a determiner, a possessive or an opening
/// quote stands before it; "in July Zapad-2025 began" is a date before a name.
fn month_in_name(t: &Tokens, p: usize) -> bool {
    t.toks[p].is(MONTH)
        && t.toks[p].cap
        && t.toks.get(p + 1).is_some_and(|x| x.is_word() && x.cap)
        && p > 0
        && t.same_sentence(p - 1, p + 1)
        && (t.eq(p - 1, "the")
            || t.toks[p - 1].kind == TokKind::Possessive
            || t.punct(p - 1, '"')
            || t.punct(p - 1, '“')
            || t.punct(p - 1, '('))
}

/// "al-Sahra", "el-Nasr", "ash-Shamal": a word with the Arabic article, lower-case before the hyphen,
/// as it stands inside a name after the name's first word ("Qalaa al-Sahil", "Dir al-Jazira").
fn article_word(t: &Tokens, p: usize) -> bool {
    t.toks[p].is_word()
        && !t.toks[p].cap
        && t.str(p).split_once('-').is_some_and(|(article, rest)| {
            matches!(
                article,
                "al" | "el" | "ad" | "an" | "ar" | "as" | "ash" | "at" | "az" | "adh" | "ath"
            ) && rest.starts_with(|c: char| c.is_uppercase())
                && !rest.contains('-')
        })
}

/// "Scutul de Foc 2024", "Escudo del Sur": a lower-case particle inside a name in a Romance language.
fn romance_particle(t: &Tokens, p: usize) -> bool {
    !t.toks[p].cap
        && matches!(
            t.str(p),
            "de" | "del" | "della" | "di" | "du" | "da" | "dos"
        )
}

/// True when the sentence of token `k` has a word for an exercise (not "exercise range").
fn in_exercise_sentence(t: &Tokens, k: usize) -> bool {
    let s = t.toks[k].sentence;
    let lo = t.toks.partition_point(|x| x.sentence < s);
    (lo..t.len())
        .take_while(|&j| t.toks[j].sentence == s)
        .any(|j| t.toks[j].is(EXERCISE) && !t.toks.get(j + 1).is_some_and(|n| n.is(RANGE)))
}

/// "Kalkan-2019" (one token ending in a year) or "Steppe Eagle 2015" (words then a year): the token span.
/// A Roman number small enough to count a series' editions: "LXV" is one, but "MD", "DC" and "CD" are
/// abbreviations (a military district, a capital, a disc) that happen to spell a Roman number.
fn edition_numeral(s: &str) -> bool {
    lexicon::roman_numeral(s).is_some_and(|n| n <= 100)
}

fn named_with_year(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    let tok = &t.toks[k];
    if tok.is_word() && tok.cap {
        let s = t.str(k);
        // "UNITAS LXV": an all-capital series and the Roman number of its edition.
        if tok.upper
            && s.len() >= 2
            && edition_numeral(s)
            && k > 0
            && t.same_sentence(k - 1, k)
            && caps_series_at(t, k - 1)
        {
            return Some((k - 1, k));
        }
        // "Summer Shield XXI", "Ferocious Falcon VI": a name of two words or more, one unknown to the
        // lexicon and none a given name or a title, and the Roman number of its edition. One letter ("I",
        // "V") is too often a pronoun or an initial.
        if tok.upper && s.len() >= 2 && edition_numeral(s) && k > 0 {
            let a = name_start(t, k, k);
            let words_ok = (a..k).all(|x| {
                t.toks[x].is_word()
                    && !t.toks[x].is(FIRST_NAME | RANK | POST_HEAD | NOT_NAME)
                    && !REGNAL.iter().any(|w| t.eq(x, w))
            });
            let named = a + 2 <= k && (a..k).any(|x| t.toks[x].class == 0)
                || a < k && lexicon::exercise_series(&t.joined(a, k - 1));
            return (named && words_ok).then_some((a, k));
        }
        let (stem, year) = rsplit_hyphen(s)?;
        // "Shaheen-X", "Indra-IV": a plain name with the Roman number of its edition.
        if !tok.upper
            && year.bytes().all(|b| b.is_ascii_uppercase())
            && lexicon::roman_numeral(year).is_some()
            && (shaped_stem(stem) || plain_word_stem(stem) && near_exercise_word(t, k, k))
        {
            return Some((name_start(t, k, k), k));
        }
        let two_digits = short_year(year);
        // "EFES-2024", "BALTOPS-22": an all-capital series with its year.
        if tok.upper && caps_series(stem) && (year_suffix(year) || two_digits) {
            return Some((k, k));
        }
        // "Tsentr-99": a known series may give its year in two digits, and so may a name of two words
        // right before a word for an exercise ("Vayu Shakti-24 demonstration").
        let short_year = two_digits
            && (lexicon::exercise_series(stem)
                || shaped_stem(stem)
                || stem.len() >= 3
                    && k > 0
                    && t.same_sentence(k - 1, k)
                    && name_word(t, k - 1)
                    && drill_word_after(t, k));
        if !(year_suffix(year) || short_year || hijri_year(year))
            || stem.is_empty()
            || stem.bytes().any(|b| b.is_ascii_digit())
            || tok.upper
        {
            return None;
        }
        return Some((name_start(t, k, k), k));
    }
    // Every rule below ends at a number (a designated year such as "2024-II" starts with a digit, so it
    // is a number token too): the other tokens, most of the text, are passed over at once.
    if tok.kind != TokKind::Number {
        return None;
    }
    // "BALTOPS 24", "IMX 23", "UNITAS 2024".
    if tok.kind == TokKind::Number
        && (is_year(t.str(k)) || short_year(t.str(k)))
        && k > 0
        && t.same_sentence(k - 1, k)
        && caps_series_at(t, k - 1)
    {
        return Some((k - 1, k));
    }
    if (tok.kind == TokKind::Number && (year_suffix(t.str(k)) || hijri_year(t.str(k)))
        || designated_year(t.str(k)))
        && k > 0
        && t.same_sentence(k - 1, k)
    {
        // "International Maritime Exercise 2023": the word for an exercise inside the name.
        let from = if t.toks[k - 1].is_word() && t.toks[k - 1].cap && t.toks[k - 1].is(EXERCISE) {
            k - 1
        } else {
            k
        };
        let a = name_start(t, k, from);
        if a == from {
            return None;
        }
        return Some((a, k));
    }
    // "Swift Response 21": two digits name a year only after a name of two words or more; so do "Red
    // Flag Alaska 24-2" and "Juniper Oak 23.2", a year and the run held in it, and "Balikatan 39-2024",
    // an edition and its year, unless the name is a known series.
    let s = t.str(k);
    // "Ferocious Falcon 5": a known series numbers its editions as well as dating them.
    let edition = s.len() == 1 && s.as_bytes()[0].is_ascii_digit();
    if tok.kind == TokKind::Number
        && (short_year(s) || short_year_run(s) || numbered_year(s) || edition)
        && k > 1
        && t.same_sentence(k - 1, k)
    {
        let a = name_start(t, k, k);
        // The series is looked up only for a name too short to stand alone.
        if a + 2 <= k && !edition || a < k && lexicon::exercise_series(&t.joined(a, k - 1)) {
            return Some((a, k));
        }
    }
    // "Steadfast Defender '24": a year in two digits after an apostrophe.
    if tok.kind == TokKind::Number
        && short_year(s)
        && k > 2
        && (t.punct(k - 1, '\'') || t.punct(k - 1, '’') || t.punct(k - 1, '‘'))
        && t.toks[k - 1].end == tok.start
        && t.toks[k - 2].end < t.toks[k - 1].start
        && t.same_sentence(k - 2, k)
    {
        let a = name_start(t, k, k - 1);
        if a + 2 < k || a + 1 < k && lexicon::exercise_series(t.str(a)) {
            return Some((a, k));
        }
    }
    None
}

/// Titles that a regnal number follows ("Pope Leo XIV", "Tsar Nicholas II") and the lexicon does not
/// count as ranks.
const REGNAL: &[&str] = &[
    "Pope",
    "Queen",
    "Emperor",
    "Empress",
    "Tsar",
    "Czar",
    "Sultan",
    "Shah",
    "Patriarch",
    "Saint",
    "St",
    "Louis",
    "Henry",
    "Pius",
    "Ramses",
];

/// "24-2", "23.2": a year in two digits and the number of one run held in it ("Red Flag Alaska 24-2").
fn short_year_run(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 4
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && (b[2] == b'-' || b[2] == b'.')
        && (b'1'..=b'9').contains(&b[3])
}

/// "39-2024": the number of an edition and its year ("Balikatan 39-2024").
fn numbered_year(s: &str) -> bool {
    s.split_once('-').is_some_and(|(n, y)| {
        (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()) && is_year(y)
    })
}

/// "Gale 25" with `k` at "25": a capitalized word, not a name of something that takes a number, and a
/// year in two digits. Returns where the word is.
fn one_word_short_year(t: &Tokens, k: usize) -> Option<usize> {
    let tok = &t.toks[k];
    if tok.kind != TokKind::Number || !short_year(t.str(k)) || k < 2 || !t.same_sentence(k - 2, k) {
        return None;
    }
    let a = k - 1;
    let word = &t.toks[a];
    // "the air exercise Tariq 13": right after the word for an exercise, a given name is its name.
    let given_ok = t.toks[a - 1].is(EXERCISE) && !t.toks[a - 1].cap;
    let shaped = name_word(t, a)
        && !word.upper
        && !word.is(UNIT_HEAD | ORG_HEAD | PLACE_HEAD | BRANCH | OUTLET)
        && (given_ok || !word.is(FIRST_NAME))
        && !NOT_SERIES.iter().any(|w| t.eq(a, w))
        && (!name_word(t, a - 1) || t.toks[a - 1].upper);
    shaped.then_some(a)
}

/// "Dragon" in "Dragon-24": a plain capitalized word the lexicon does not know, of four letters or more.
/// Designations of aircraft and missiles ("Su-30", "MiG-29") are shorter or mixed-case, and diseases
/// ("Covid-19") are named here.
fn shaped_stem(stem: &str) -> bool {
    let mut chars = stem.chars();
    stem.len() >= 4
        && chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && lexicon::classes(stem) == 0
        && !NOT_SERIES.iter().any(|w| w.eq_ignore_ascii_case(stem))
}

/// "Cooperation" in "the Cooperation-III exercise": a capitalized word of letters the lexicon may know,
/// no country, people or word that numbers things ("Phase-II", "Tier-III").
fn plain_word_stem(stem: &str) -> bool {
    let mut chars = stem.chars();
    stem.len() >= 4
        && chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && lexicon::classes(stem) & (COUNTRY | NATIONALITY | MONTH | FIRST_NAME | RANK) == 0
        && !NOT_SERIES.iter().any(|w| w.eq_ignore_ascii_case(stem))
        && !matches!(stem, "Tier" | "Category" | "World" | "Star")
}

/// Capitalized words that take a number or a year and are no exercise: diseases, and what counts or
/// numbers things ("Article 5", "Flight 17", "Resolution 2231").
const NOT_SERIES: &[&str] = &[
    "covid",
    "article",
    "articles",
    "section",
    "chapter",
    "clause",
    "resolution",
    "flight",
    "route",
    "highway",
    "block",
    "gate",
    "hall",
    "room",
    "building",
    "platform",
    "class",
    "type",
    "model",
    "mark",
    "version",
    "phase",
    "stage",
    "level",
    "grade",
    "batch",
    "lot",
    "paper",
    "games",
    "contest",
    "charter",
    "framework",
    "protocol",
    "visit",
    "tour",
    "census",
    "hotel",
    "centre",
    "center",
    "tower",
    "plaza",
    "stadium",
    "arena",
    "park",
    "square",
    "street",
    "avenue",
    "hospital",
    "school",
    "university",
    "college",
    "airport",
    "station",
    "league",
    "day",
    "parade",
    "ceremony",
    "anniversary",
    "memorial",
    "concert",
    "marathon",
    "race",
    "rally",
    "round",
    "season",
    "formula",
    "step",
    "episode",
    "part",
    "group",
];

/// Storms are named and dated like exercises ("Typhoon Doksuri 2023").
const STORMS: &[&str] = &["hurricane", "typhoon", "cyclone", "storm", "tropical"];

/// "Mirage-2000 jets", "the Russian Yars-24 launch", "the Euro-2024 final": a hyphenated name (tokens
/// `a..=k`) with a year before a noun, or after a nationality, names a weapon or an event. Only a verb, a function word or
/// punctuation may follow a name that stands alone as an exercise ("Dragon-24, the Polish part").
fn attributive(t: &Tokens, a: usize, k: usize) -> bool {
    const FOLLOWERS: &[&str] = &[
        "is", "was", "will", "would", "has", "had", "have", "began", "begins", "ends", "runs",
        "involves", "took", "saw", "and", "or", "in", "at", "on", "with", "which", "that", "of",
        "to", "for", "from", "as", "by", "near", "off", "around", "across", "along", "over",
        "into", "during", "what", "how", "where", "when", "why", "whether",
    ];
    let before = a > 0 && t.same_sentence(a - 1, a) && t.toks[a - 1].is(NATIONALITY | COUNTRY);
    let next = t.toks.get(k + 1).filter(|_| t.same_sentence(k, k + 1));
    let noun_after = next.is_some_and(|n| {
        n.is_word()
            && !n.cap
            && !FOLLOWERS.iter().any(|w| t.eq(k + 1, w))
            && !t.str(k + 1).ends_with("ed")
    });
    before || noun_after
}

/// True when the sentence of token `k` is written in title case ("Minsk Tries to Defuse Alarm Over
/// Zapad-2017"): three words in four capitalized.
fn headline(t: &Tokens, k: usize) -> bool {
    let s = t.toks[k].sentence;
    let lo = t.toks[..k].partition_point(|x| x.sentence < s);
    let words: Vec<bool> = t.toks[lo..]
        .iter()
        .take_while(|x| x.sentence == s)
        .filter(|x| x.is_word())
        .map(|x| x.cap)
        .collect();
    words.len() >= 4 && words.iter().filter(|&&c| c).count() * 4 >= words.len() * 3
}

/// "the Navy's Flotilla-11", "the army's Kestrel-7": a coded name that a service owns is one of its
/// units; its shape alone makes it no exercise.
fn service_owned(t: &Tokens, a: usize) -> bool {
    a >= 2 && t.toks[a - 1].kind == TokKind::Possessive && t.toks[a - 2].is(BRANCH)
}

/// True when what is named right after `b` is said to be something ("Silver Lotus 2020 was a hotel") that
/// no word for an exercise describes, or when the name is where people met ("met at Harbor Lantern").
fn said_to_be_other(t: &Tokens, a: usize, b: usize) -> bool {
    let met = a >= 2
        && t.eq(a - 1, "at")
        && matches!(
            t.str(a - 2),
            "met" | "meet" | "meets" | "gathered" | "convened" | "stayed" | "dined" | "lodged"
        );
    let copula = (t.eq(b + 1, "is") || t.eq(b + 1, "was"))
        && (t.eq(b + 2, "a") || t.eq(b + 2, "an"))
        && t.same_sentence(b, b + 2);
    let described = copula
        && (b + 3..t.len().min(b + 7))
            .take_while(|&x| t.toks[x].is_word() && !t.toks[x].cap && t.same_sentence(b, x))
            .all(|x| !t.toks[x].is(EXERCISE));
    met || described
}

/// "Talisman Sabre 2023", "Dragon-24", "Steadfast Defender 24": a name of this shape is an exercise with no
/// word for one nearby. The name must be a single unknown capitalized word before a hyphenated year, or
/// two or more capitalized words, one unknown to the lexicon, none a first name, a title or the head of a
/// unit, place, organization or outlet, the last not a word that numbers things ("Flight 17").
fn by_shape(t: &Tokens, a: usize, b: usize) -> bool {
    // In a headline every word is capitalized, so a name's start is unknown there.
    if a < b && headline(t, a) {
        return false;
    }
    let excluded =
        FIRST_NAME | RANK | POST_HEAD | UNIT_HEAD | ORG_HEAD | PLACE_HEAD | BRANCH | OUTLET;
    if t.toks[b].is_word() {
        // "Dragon-24" alone, or "Steadfast Defender-24" after capitalized words.
        let stem_ok = t.str(b).rsplit_once('-').is_some_and(|(stem, _)| {
            shaped_stem(stem)
                || a < b
                    && stem.starts_with(|c: char| c.is_uppercase())
                    && !stem.bytes().any(|c| c.is_ascii_digit())
                    && lexicon::classes(stem) & excluded == 0
        });
        let words_ok = (a..b).all(|x| {
            let tok = &t.toks[x];
            tok.is_word() && tok.cap && !tok.upper && !tok.is(excluded)
        }) && (a == b && !service_owned(t, a)
            || a < b && !t.toks[a].is(FIRST_NAME | NOT_NAME) && plain_name(t, a, b + 1));
        return stem_ok && words_ok && !said_to_be_other(t, a, b) && !attributive(t, a, b);
    }
    b >= a + 2
        && plain_name(t, a, b)
        && !t.toks[a].is(FIRST_NAME | NOT_NAME)
        && !STORMS.iter().any(|w| t.eq(a, w))
        && (a..b).all(|x| {
            let tok = &t.toks[x];
            tok.is_word() && tok.cap && !tok.upper && !tok.is(excluded)
        })
        && !NOT_SERIES
            .iter()
            .any(|w| w.eq_ignore_ascii_case(t.str(b - 1)))
        && !said_to_be_other(t, a, b)
}

/// Where a name of up to `max` capitalized words (not all-caps) ending before `end` starts, within the
/// sentence of `k`: the walk back shared by the rules that find a name before its number or drill word.
fn name_words_back(t: &Tokens, end: usize, k: usize, max: usize) -> usize {
    let mut a = end;
    while a > 0
        && end - a < max
        && t.same_sentence(a - 1, k)
        && name_word(t, a - 1)
        && !t.toks[a - 1].upper
    {
        a -= 1;
    }
    a
}

/// Where the words before a lower-case word for an exercise `k` end: `k` itself, or up to two words for
/// kinds of drill before it ("joint", "naval") and an opening quotation mark, so that the name before
/// them can be read. None when `k` is no such word ("operation" and "games" name other things).
fn drill_phrase_start(t: &Tokens, k: usize) -> Option<usize> {
    let tok = &t.toks[k];
    if !tok.is_word() || tok.cap || !tok.is(EXERCISE) || matches!(t.str(k), "operation" | "games") {
        return None;
    }
    let mut j = k;
    while j > 0 && k - j < 2 && drill_modifier(t, j - 1) && t.same_sentence(j - 1, k) {
        j -= 1;
    }
    if j > 0 && (t.punct(j - 1, '"') || t.punct(j - 1, '”')) {
        j -= 1;
    }
    Some(j)
}

/// "TALISAY 8 amphibious drills", "the “Zolfaghar 1402” joint exercise", "the Payambar-e Azam 18
/// exercise": a name and an edition number that is not a Gregorian year (a count, a Solar Hijri year)
/// right before a word for an exercise `k`, with at most two words for kinds of drill between.
fn numbered_before_drill(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    let mut j = drill_phrase_start(t, k)?;
    // "the Qalaa al-Sahil 1 (Coast Citadel 1) exercise": a translation in parentheses stands between
    // the name and the word; the name inside is read as if it stood right before it.
    let mut open = None;
    if j > 2 && t.punct(j - 1, ')') && t.same_sentence(j - 1, k) {
        open = (j.saturating_sub(6)..j - 1)
            .rev()
            .find(|&p| t.punct(p, '('));
        if open.is_some() {
            j -= 1;
        }
    }
    let n = j.checked_sub(1)?;
    if t.toks[n].kind != TokKind::Number
        || t.str(n).len() > 4
        || !t.str(n).bytes().all(|b| b.is_ascii_digit())
        || n == 0
        || !t.same_sentence(n - 1, k)
    {
        return None;
    }
    if caps_series_at(t, n - 1) {
        return Some((n - 1, n));
    }
    let a = name_start(t, n, n);
    if open.is_some_and(|p| a != p + 1 || t.str(n).len() > 2) {
        return None;
    }
    // "the Tariq 12 exercise": a given name with a number is a name of an exercise, never a person.
    let unknown = (a..n).any(|x| t.toks[x].class == 0)
        || a + 1 == n && t.toks[a].class & !FIRST_NAME == 0 && !t.toks[a].upper;
    let heads = (a..n).any(|x| t.toks[x].is(UNIT_HEAD | PLACE_HEAD | ORG_HEAD | BRANCH | RANK));
    // "Phase 2 field exercises": a count of stages, not an edition.
    let counted = NOT_SERIES.iter().any(|w| t.eq(n - 1, w));
    (a < n && unknown && !heads && !counted).then_some((a, n))
}

/// "the larger exercise, which Minsk and Moscow plan for 2027 under the name Union Shield": one to
/// three capitalized words (and a year) after "under the name", in a sentence with a word for an
/// exercise, name it; a person's name ("fought under the name Ivan Petrov") starts with a given name.
/// `k` is "name".
fn under_the_name(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    // By length first: this runs on every token.
    if t.toks[k].end - t.toks[k].start != 4
        || k < 2
        || !t.eq(k, "name")
        || !t.eq(k - 1, "the")
        || !t.eq(k - 2, "under")
    {
        return None;
    }
    let a = k + 1;
    let mut e = a;
    while e < t.len() && e < a + 3 && t.same_sentence(k, e) && name_word(t, e) && !t.toks[e].upper {
        e += 1;
    }
    // "under the name Union Shield": a head word may open the name when another word is unknown.
    if e == a
        || t.toks[a].is(FIRST_NAME)
        || !(a..e).any(|x| t.toks[x].class == 0)
        || !in_exercise_sentence(t, k)
    {
        return None;
    }
    let mut b = e - 1;
    let year_after = t.same_sentence(b, b + 1)
        && t.toks
            .get(b + 1)
            .is_some_and(|x| x.kind == TokKind::Number && is_year(t.str(b + 1)));
    if year_after {
        b += 1;
    }
    // What goes under the name is the exercise or its year right before "under" ("the exercise held
    // under the name", "plan for 2027 under the name"), not whoever acts there ("veterans of the
    // drills now fight under the name …").
    let named = (k.saturating_sub(4)..k - 2).any(|x| {
        t.same_sentence(x, k)
            && (t.toks[x].is(EXERCISE) || t.toks[x].kind == TokKind::Number && is_year(t.str(x)))
    });
    (named || year_after).then_some((a, b))
}

/// Verbs of taking part in a run of an exercise, before "in".
const TAKE_PART: &[&str] = &["take", "takes", "took", "taken", "taking"];

/// "will next take part in Tagisan 9 in Mindoro", "took part in Tandem Anvil 25": a name unknown
/// to the lexicon and the number of its edition (one or two digits, or a Roman number of two letters or
/// more) that ends the phrase, as what units take part in, is an exercise. What else units take part in
/// with a number ("Round 2", "Stage 3", "Article 5 consultations") is a word for a count. `k` is "part".
fn taken_part_in(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    // By length first: this runs on every token.
    if t.toks[k].end - t.toks[k].start != 4
        || !t.eq(k, "part")
        || k == 0
        || !TAKE_PART.iter().any(|w| t.eq(k - 1, w))
        || !t.eq(k + 1, "in")
    {
        return None;
    }
    let mut a = if t.eq(k + 2, "the") { k + 3 } else { k + 2 };
    // "take part in the US-led Cutlass Express later this year": what an alliance or a country
    // leads and units take part in is an exercise, with or without the number of its run.
    let led = a > k + 2
        && t.same_sentence(k, a + 1)
        && t.toks[a].is_word()
        && t.str(a).ends_with("-led")
        && t.str(a).starts_with(|c: char| c.is_uppercase());
    if led {
        a += 1;
    }
    let mut e = a;
    while e < t.len() && e < a + 3 && t.same_sentence(k, e) && name_word(t, e) && !t.toks[e].upper {
        e += 1;
    }
    if e == a || !t.same_sentence(k, e) {
        return None;
    }
    let last = e - 1;
    let known = (a..e).any(|x| t.toks[x].class == 0)
        && !(a..e).any(|x| t.toks[x].is(NOT_NAME | PLACE_HEAD | UNIT_HEAD | ORG_HEAD | FIRST_NAME));
    if !known || NOT_SERIES.iter().any(|w| t.eq(last, w)) {
        return None;
    }
    let s = t.str(e);
    let number =
        t.toks[e].kind == TokKind::Number && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let roman = t.toks[e].upper && s.len() >= 2 && edition_numeral(s);
    // The phrase ends after the number: "in Tagisan 9 in Mindoro", "in Tandem Anvil XII,".
    let ends = phrase_ends(
        t,
        e,
        &["in", "and", "at", "off", "with", "last", "this", "next"],
    );
    // "took part in Geneva 2, the UN-backed talks": what follows says it was no exercise.
    let event = t.punct(e + 1, ',')
        && (e + 2..e + 7).any(|x| t.same_sentence(e, x) && lexicon::event_word(t.str(x)));
    let led_name = led
        && e >= a + 2
        && !(a..e).any(|x| lexicon::event_word(t.str(x)))
        && phrase_ends(
            t,
            last,
            &[
                "in", "and", "at", "off", "with", "later", "last", "this", "next",
            ],
        );
    if led_name && !(number || roman) && military_clause(t, k) {
        return Some((a, last));
    }
    ((number || roman) && ends && !event && military_clause(t, k)).then_some((a, e))
}

/// Words for ships and aircraft that take part in exercises ("Two frigates took part in …").
const CRAFT: &[&str] = &[
    "frigates",
    "warships",
    "ships",
    "vessels",
    "submarines",
    "destroyers",
    "corvettes",
    "jets",
    "aircraft",
];

/// Whether the sentence of `k` is about forces: a word for an exercise anywhere in it, or before `k` a
/// unit, service, servicemen or ships. Delegations, parties and teams take part in numbered talks and
/// rounds ("Delegations took part in Astana 21").
fn military_clause(t: &Tokens, k: usize) -> bool {
    in_exercise_sentence(t, k)
        || (0..k)
            .rev()
            .take_while(|&x| t.same_sentence(x, k))
            .any(|x| {
                t.toks[x].is(UNIT_HEAD | PERSONNEL | BRANCH) || CRAFT.iter().any(|w| t.eq(x, w))
            })
}

/// Whether a name's phrase ends after token `n`: at the end of the sentence, at punctuation other than
/// a hyphen or a mid-sentence full stop, or before one of `words` ("Tabuk 5 and …", "in Tagisan 9 in
/// Mindoro").
fn phrase_ends(t: &Tokens, n: usize, words: &[&str]) -> bool {
    t.toks.get(n + 1).is_none_or(|x| {
        !t.same_sentence(n, n + 1)
            || x.kind == TokKind::Punct && !t.punct(n + 1, '-') && !t.punct(n + 1, '.')
            || t.punct(n + 1, '.') && !t.same_sentence(n, n + 2)
            || words.iter().any(|w| t.eq(n + 1, w))
    })
}

/// "the 2024 edition of Cobra Gold", "the 39th iteration of Balikatan": what an edition is of is an
/// exercise. `k` is the word for an edition.
fn edition_of(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    // By length first ("edition", "iteration"): this runs on every token.
    let len = t.toks[k].end - t.toks[k].start;
    if !matches!(len, 7 | 9) || !t.eq(k + 1, "of") || !(t.eq(k, "edition") || t.eq(k, "iteration"))
    {
        return None;
    }
    let a = if t.eq(k + 2, "the") { k + 3 } else { k + 2 };
    let mut b = a;
    while b < t.len() && b < a + 3 && t.same_sentence(k, b) && name_word(t, b) {
        b += 1;
    }
    let known = (a..b).any(|x| t.toks[x].class == 0);
    let other =
        (a..b).any(|x| t.toks[x].is(OUTLET | ORG_HEAD | UNIT_HEAD | PLACE_HEAD | FIRST_NAME));
    let event =
        b > a && (lexicon::event_word(t.str(b - 1)) || NOT_SERIES.iter().any(|w| t.eq(b - 1, w)));
    (b > a && known && !other && !event).then(|| (a, b - 1))
}

/// "Operation Zarb-e-Azb, launched in 2014, and Radd-ul-Fasaad": the last name of a list that opens with
/// a named operation is one too. Returns its span; `e` is the last token of the first name.
fn listed_after(t: &Tokens, e: usize) -> Option<(usize, usize)> {
    let mut j = e + 1;
    while j < t.len() && j < e + 12 && t.same_sentence(e, j) {
        if t.eq(j, "and") && t.punct(j - 1, ',') {
            let a = j + 1;
            if a >= t.len() || !t.same_sentence(e, a) || !name_word(t, a) || t.toks[a].class != 0 {
                return None;
            }
            let mut b = a;
            while b + 1 < t.len() && b < a + 2 && t.same_sentence(a, b + 1) && name_word(t, b + 1) {
                b += 1;
            }
            // "…, and Moscow agreed": a name that goes on into a verb is a new clause's subject.
            let closed = b + 1 >= t.len()
                || !t.same_sentence(a, b + 1)
                || t.toks[b + 1].kind == TokKind::Punct;
            return closed.then_some((a, b));
        }
        if t.toks[j].cap && !t.punct(j, ',') {
            return None;
        }
        j += 1;
    }
    None
}

/// "An" in "the Wan An air raid drills": a capitalized short word that would be a function word stands
/// inside a name when a name word comes right before it in the sentence of `k`.
fn inner_short_word(t: &Tokens, x: usize, k: usize) -> bool {
    let tok = &t.toks[x];
    tok.is_word()
        && tok.cap
        && !tok.upper
        && t.str(x).len() <= 3
        && x > 0
        && t.same_sentence(x - 1, k)
        && name_word(t, x - 1)
        && t.toks[x - 1].class == 0
}

/// Words for kinds of drill that may stand between names and "drills" ("special", "joint").
fn drill_modifier(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.is_word() && !tok.cap && tok.is(DRILL_ADJ | UNIT_WORD)
}

/// The series of a dated exercise name: "Zapad-2017" → "Zapad", "Sea Breeze 2021" → "Sea Breeze",
/// "UNITAS LXV" → "UNITAS", "Balikatan 39-2024" → "Balikatan", "Joint Sword-2024A" → "Joint Sword".
pub fn series_of(name: &str) -> &str {
    let name = without_run(name);
    if let Some((stem, last)) = name.rsplit_once(' ')
        && last.len() >= 2
        && lexicon::roman_numeral(last).is_some()
    {
        return stem;
    }
    // "Qartal-III", "Shaheen-IX": the Roman number of the edition after a hyphen.
    if let Some((stem, last)) = name.rsplit_once('-')
        && last.len() >= 2
        && !stem.is_empty()
        && lexicon::roman_numeral(last).is_some()
    {
        return stem;
    }
    let b = name.as_bytes();
    let name =
        if b.len() >= 2 && b[b.len() - 1].is_ascii_uppercase() && b[b.len() - 2].is_ascii_digit() {
            &name[..name.len() - 1]
        } else {
            name
        };
    // "Juniper Oak 23.2": the dot between a year and its run goes with them.
    // "Steadfast Defender '24": so does the apostrophe before a year in two digits.
    name.trim_end_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '-' | ' ' | '.' | '\'' | '’' | '‘')
    })
}

/// "Iron Hawk 2025-II" → "Iron Hawk 2025": a name without the designator of one run in its year.
fn without_run(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((stem, last)) if designated_year(last) => &name[..stem.len() + 5],
        _ => name,
    }
}

/// Prepositions that open a sentence's introductory phrase: "After the exercise, Moscow said …" puts
/// no name in apposition.
const INTRODUCING: &[&str] = &[
    "after",
    "during",
    "before",
    "following",
    "in",
    "at",
    "throughout",
    "since",
    "until",
    "ahead",
    "for",
    "despite",
    "amid",
    "unlike",
    "like",
    "by",
    "with",
    "as",
    "from",
    "on",
];

/// The words for an exercise that a name in apposition may follow: a subset of the lexicon's exercise
/// class (no "operation" or "training"), which the class test relies on.
pub(crate) const APPOSITION_CUES: &[&str] = &[
    "exercise",
    "exercises",
    "drill",
    "drills",
    "maneuvers",
    "manoeuvres",
    "wargame",
    "wargames",
];

/// "their first trilateral exercise, Freedom Edge, on Thursday": a capitalized name set off by commas
/// right after a word for an exercise or an edition names that exercise, with or without a year.
/// Returns the last token of the name, which starts two tokens after `k`.
fn apposition(t: &Tokens, k: usize) -> Option<usize> {
    let tok = &t.toks[k];
    // The comma first: most words are passed over without a comparison.
    if !t.punct(k + 1, ',') {
        return None;
    }
    // Every cue is of the lexicon's exercise class: the class test spares other words the comparisons.
    let operation = t.eq(k, "operation");
    let cue = tok.is_word()
        && !tok.cap
        && (edition_word(t, k)
            || tok.is(EXERCISE) && (operation || APPOSITION_CUES.iter().any(|w| t.eq(k, w))));
    if !cue || !t.punct(k + 1, ',') || k + 2 >= t.len() || !t.same_sentence(k, k + 2) {
        return None;
    }
    if post_of(t, k) {
        return None;
    }
    let a = k + 2;
    // "a nationwide operation, Qahr-ul-Zalim, to …": after "operation", whose commas set off
    // speakers and places as often ("the operation, Western officials said"), only a foreign
    // compound name.
    if operation && !(connected_compound(t.str(a)) && t.punct(a + 1, ',')) {
        return None;
    }
    if !name_word(t, a) || t.toks[a].is(FIRST_NAME) || t.toks[a].upper {
        return None;
    }
    let mut e = a;
    while e + 1 < t.len()
        && e < a + 2
        && t.same_sentence(a, e + 1)
        && (name_word(t, e + 1) || article_word(t, e + 1))
    {
        e += 1;
    }
    // "a second exercise, Qalaa al-Sahil 2, was planned": the number of its edition.
    let words_end = e;
    if let Some(n) = edition_after(t, e) {
        e = n;
    }
    if !(t.punct(e + 1, ',') || t.punct(e + 1, '(')) {
        return None;
    }
    // One word set off by commas is as often a surname or a day ("the exercise, Ivanov, said"): only a
    // known series stands alone, or an unknown word with its edition ("the drill, Tagisan 9,").
    let one_word = words_end == a
        && !(lexicon::exercise_series(t.str(a))
            || e > a && t.toks[a].class == 0
            || connected_compound(t.str(a))
            || coded_name(t.str(a)));
    if one_word
        || (a..=words_end).any(|x| t.toks[x].is(NOT_NAME | PLACE_HEAD | UNIT_HEAD | ORG_HEAD))
    {
        return None;
    }
    // "After the exercise, Moscow, ...": the cue sits in an opening phrase, not before an apposition.
    (!opening_phrase(t, k)).then_some(e)
}

/// "the spokesman of the drill, Arvid-Lars Hallqvist, said": the cue ends a post ("spokesman of the
/// drill", "commander for the exercise"), and the name set off after it is the holder's.
fn post_of(t: &Tokens, k: usize) -> bool {
    k >= 3
        && t.eq(k - 1, "the")
        && (t.eq(k - 2, "of") || t.eq(k - 2, "for"))
        && t.toks[k - 3].is(POST_HEAD)
}

/// True when token `k` ends a sentence's opening prepositional phrase of lowercase words ("After the
/// exercise", "During the joint drills").
fn opening_phrase(t: &Tokens, k: usize) -> bool {
    let s = t.toks[k].sentence;
    let s0 = t.toks[..k].partition_point(|x| x.sentence < s);
    INTRODUCING.iter().any(|w| t.eq(s0, w))
        && (s0 + 1..k).all(|x| t.toks[x].is_word() && !t.toks[x].cap)
}

/// Verbs that say an exercise took place, after its one-word name ("the exercise Dustlik was held").
const HELD: &[&str] = &[
    "was",
    "is",
    "will",
    "began",
    "begins",
    "opened",
    "opens",
    "started",
    "starts",
    "ended",
    "ends",
    "concluded",
    "involved",
    "involves",
    "took",
    "runs",
    "ran",
];

/// "the joint military exercise Yudh Abhyas began", "the naval drill Sea Dragon": a name of two or three
/// capitalized words in apposition after a singular exercise word, with no year. Returns the last token.
/// A person after the word ("after the exercise Sergei Ivanov said") is no name: a first name, a
/// following verb of saying, a possessive or a longer capitalized run rule it out.
fn apposed_name(t: &Tokens, k: usize) -> Option<usize> {
    if t.toks[k].cap
        || !matches!(
            t.str(k),
            "exercise" | "drill" | "wargame" | "maneuver" | "manoeuvre"
        )
    {
        return None;
    }
    let first = k + 1;
    if first >= t.len() || !name_word(t, first) {
        return None;
    }
    let mut e = first;
    while e + 1 < t.len() && e < first + 2 && name_word(t, e + 1) && t.same_sentence(k, e + 1) {
        e += 1;
    }
    let excluded = FIRST_NAME | UNIT_HEAD | ORG_HEAD | BRANCH | PLACE_HEAD | OUTLET;
    // "the air exercise Tariq 13": one word with the number of its edition.
    if e == first
        && t.toks[first].class == 0
        && let Some(n) = edition_after(t, first)
    {
        return Some(n);
    }
    // "the joint exercise Dustlik was held": one word unknown to the lexicon, then a verb of holding,
    // unless the exercise word sits in an opening phrase ("During the exercise Shoigu was ...").
    if e == first
        && t.toks[first].class == 0
        && !t.toks[first].upper
        && t.same_sentence(first, first + 1)
        && HELD.iter().any(|w| t.eq(first + 1, w))
        && !opening_phrase(t, k)
    {
        return Some(first);
    }
    if e == first
        || (first..=e).any(|x| t.toks[x].is(excluded))
        || !(first..=e).any(|x| t.toks[x].class == 0)
    {
        return None;
    }
    let next = t.toks.get(e + 1).filter(|_| t.same_sentence(k, e + 1));
    if next.is_some_and(|x| {
        x.is(SPEECH)
            || x.kind == TokKind::Possessive
            || x.is_word() && x.cap && !is_year(t.str(e + 1))
    }) {
        return None;
    }
    if next.is_some_and(|x| x.kind == TokKind::Number && is_year(t.str(e + 1))) {
        e += 1;
    } else if let Some(n) = edition_after(t, e) {
        // "the joint exercise Al Shomookh 3 (…)": the number of its edition.
        e = n;
    }
    Some(e)
}

/// "Tariq 13", "Tabuk 5": a number of one or two digits right after the name word `k` that ends the
/// phrase (a comma, a conjunction, a parenthesis or the sentence's end after it) is the name's edition.
/// Returns the number's token.
fn edition_after(t: &Tokens, k: usize) -> Option<usize> {
    let n = k + 1;
    let tok = t.toks.get(n)?;
    let s = t.str(n);
    if tok.kind != TokKind::Number
        || s.len() > 2
        || !s.bytes().all(|b| b.is_ascii_digit())
        || !t.same_sentence(k, n)
        || NOT_SERIES.iter().any(|w| t.eq(k, w))
    {
        return None;
    }
    phrase_ends(t, n, &["and", "or"]).then_some(n)
}

/// "bilateral drills with Egypt such as Tabuk 5 and …": after a plural word for exercises, "such as"
/// lists them; a name with its edition number there is one. Returns the spans.
fn such_as(t: &Tokens, k: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if !(t.eq(k, "such") && t.eq(k + 1, "as")) {
        return out;
    }
    let cue = (k.saturating_sub(6)..k).any(|x| {
        t.same_sentence(x, k)
            && t.toks[x].is(EXERCISE)
            && matches!(t.str(x), "drills" | "exercises" | "wargames" | "maneuvers")
    });
    if !cue {
        return out;
    }
    let mut a = k + 2;
    while a < t.len() && a < k + 14 && t.same_sentence(k, a) {
        let mut e = a;
        while e < t.len() && e < a + 3 && name_word(t, e) && !t.toks[e].upper {
            e += 1;
        }
        if e == a {
            break;
        }
        let Some(n) = edition_after(t, e - 1) else {
            break;
        };
        if (a..e).any(|x| t.toks[x].class == 0) {
            out.push((a, n));
        }
        if !(t.punct(n + 1, ',') || t.eq(n + 1, "and") || t.eq(n + 1, "or")) {
            break;
        }
        a = n + 2;
    }
    out
}

/// "The drill, dubbed Southern Gate (…)": a capitalized name right after "dubbed", "codenamed" or
/// "named" when the word for an exercise is the phrase's subject just before. Returns the last token.
fn dubbed_name(t: &Tokens, k: usize) -> Option<usize> {
    if !matches!(
        t.str(k),
        "dubbed" | "codenamed" | "code-named" | "named" | "called"
    ) {
        return None;
    }
    // "a maritime evacuation scenario, code-named Koro Sea": a scenario of an exercise is named as
    // one.
    let scenario = |c: usize| t.eq(c, "scenario") && t.str(k).starts_with("code");
    let cue_at = |c: usize| {
        (t.toks[c].is(EXERCISE) && APPOSITION_CUES.iter().any(|w| t.eq(c, w)) || scenario(c))
            && t.same_sentence(c, k)
    };
    let mut c = k.checked_sub(1)?;
    if t.punct(c, ',') {
        c = c.checked_sub(1)?;
    }
    // "a joint drill in the Sirte area, later named Coast Citadel-1": a word for a later or official
    // naming after a comma, with the word for an exercise earlier in the clause.
    let later = k >= 2
        && t.punct(k - 2, ',')
        && [
            "later",
            "since",
            "now",
            "officially",
            "formally",
            "subsequently",
        ]
        .iter()
        .any(|w| t.eq(k - 1, w))
        && (k.saturating_sub(9)..k - 2).any(cue_at);
    if !cue_at(c) && !later {
        return None;
    }
    let a = k + 1;
    let mut e = a;
    while e < t.len() && e < a + 3 && t.same_sentence(k, e) && name_word(t, e) && !t.toks[e].upper {
        e += 1;
    }
    if e == a || t.toks[a].is(FIRST_NAME) {
        return None;
    }
    if t.toks.get(e).is_some_and(|x| x.kind == TokKind::Number) {
        // "named Coast Citadel 1": the number of its edition; a year is found with the name.
        return later.then(|| edition_after(t, e - 1)).flatten();
    }
    // "named Coast Citadel-1": a name ending in a hyphen and the number of its edition.
    let edition = rsplit_hyphen(t.str(e - 1))
        .is_some_and(|(_, n)| n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()));
    if edition && !later {
        return None;
    }
    Some(e - 1)
}

/// "while Keen Sword, the biennial joint exercise, opens": a name with an apposition after it that
/// calls it an exercise. `k` is the word for an exercise; returns the name's span.
fn apposed_before(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    if t.toks[k].cap || !matches!(t.str(k), "exercise" | "drill" | "wargame") {
        return None;
    }
    let closed = t.toks.get(k + 1).is_some_and(|x| x.kind == TokKind::Punct);
    // "Bright Star, the biennial US-led exercise that Tehran watches closely": a relative clause
    // or a place after the word for an exercise ends the apposition as a comma does.
    let ended = closed
        || t.same_sentence(k, k + 1)
            && [
                "that", "which", "in", "at", "off", "near", "held", "hosted", "led",
            ]
            .iter()
            .any(|w| t.eq(k + 1, w));
    let mut j = k;
    // "a Kazakh-Kyrgyz-Uzbek drill", "a joint Indian-Omani exercise": nationalities describe the drill,
    // and so do "US-led", "NATO-hosted".
    let describing = |x: usize| {
        t.toks[x].is_word()
            && (!t.toks[x].cap
                || t.toks[x].is(NATIONALITY)
                || lexicon::nationality_compound(t.str(x))
                || lowercase_suffix(t.str(x)))
    };
    while j > 0 && k - j < 3 && describing(j - 1) {
        if t.eq(j - 1, "the") || t.eq(j - 1, "a") || t.eq(j - 1, "an") {
            break;
        }
        j -= 1;
    }
    let article = t.eq(j - 1, "a") || t.eq(j - 1, "an");
    if j < 3
        || !(t.eq(j - 1, "the") || article)
        || !t.punct(j - 2, ',')
        || !t.same_sentence(j - 2, k)
    {
        return None;
    }
    let e = j - 3;
    // "wrapped up Falcon IV, a joint exercise": after "a", a name with its edition number, or a
    // name of two or three words ("for Amber Lynx, a smaller exercise, in 2024").
    if article {
        return numbered_edition_before(t, e, k).or_else(|| {
            let a = name_words_back(t, e + 1, k, 3);
            let excluded = FIRST_NAME | PLACE_HEAD | UNIT_HEAD | ORG_HEAD | BRANCH | OUTLET;
            let named = a < e
                && a > 0
                && closed
                && !t.toks[a - 1].cap
                && t.toks[a - 1].is_word()
                // "In Western Pomerania, a joint exercise began": a place in an opening phrase.
                && !(INTRODUCING.iter().any(|w| t.eq(a - 1, w))
                    && (a == 1 || !t.same_sentence(a - 2, a - 1)))
                && (a..=e).any(|x| t.toks[x].class == 0)
                && !(a..=e).any(|x| t.toks[x].is(excluded));
            named.then_some((a, e))
        });
    }
    if !ended {
        return None;
    }
    let mut a = e + 1;
    while a > 0 && e + 1 - a < 3 && t.same_sentence(a - 1, k) && name_word(t, a - 1) {
        a -= 1;
    }
    if a > e || a == 0 || !t.same_sentence(a - 1, k) {
        return None;
    }
    // "In Minsk, the joint exercise": a place after a preposition; a name opens no sentence here.
    let p = &t.toks[a - 1];
    let opens = p.cap
        || !p.is_word()
        || INTRODUCING.iter().any(|w| t.eq(a - 1, w))
        || (a..=e).any(|x| t.toks[x].upper || t.toks[x].is(FIRST_NAME | PLACE_HEAD | UNIT_HEAD))
        || !(a..=e).any(|x| t.toks[x].class == 0);
    (!opens).then_some((a, e))
}

/// "Falcon IV" or "Sand Falcon 4" ending at token `e` (a Roman numeral up to twenty or a number of one or
/// two digits after one or two capitalized words, one unknown to the lexicon): a name with the number of
/// its edition, whatever the article before the apposition. "Henry IV, a keen hunter" has no exercise
/// word after it; a person's name with a regnal number before "a joint exercise" does not occur.
fn numbered_edition_before(t: &Tokens, e: usize, k: usize) -> Option<(usize, usize)> {
    let s = t.str(e);
    // "Kartal-3, a … drill", "Shaheen-IX, a … exercise": the name and its number in one word.
    if let Some((stem, n)) = rsplit_hyphen(s)
        && t.toks[e].is_word()
        && t.toks[e].cap
        && !t.toks[e].upper
        && (n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit())
            || lexicon::roman_numeral(n).is_some_and(|n| n <= 20))
        && shaped_stem(stem)
    {
        return Some((e, e));
    }
    let roman = t.toks[e].upper && lexicon::roman_numeral(s).is_some_and(|n| n <= 20);
    let count = t.toks[e].kind == TokKind::Number
        && (1..=2).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_digit());
    if !(roman || count) || e == 0 {
        return None;
    }
    let a = name_words_back(t, e, k, 2);
    let named = a < e
        && (a..e).any(|x| t.toks[x].class == 0)
        && !(a..e).any(|x| t.toks[x].is(FIRST_NAME | PLACE_HEAD | UNIT_HEAD | ORG_HEAD | BRANCH));
    named.then_some((a, e))
}

/// "The exercise took its current name in 2022, replacing Ulchi-Freedom Guardian": what an exercise
/// replaced or succeeded, named right after the verb, was an exercise too. Returns the last token.
fn replacing(t: &Tokens, k: usize) -> Option<usize> {
    if !["replacing", "succeeding"].iter().any(|w| t.eq(k, w)) {
        return None;
    }
    let s = t.toks[k].sentence;
    let s0 = t.toks[..k].partition_point(|x| x.sentence < s);
    let subject = (s0..k.min(s0 + 3)).any(|x| {
        t.toks[x].is(EXERCISE) && APPOSITION_CUES.iter().any(|w| t.eq(x, w)) && !t.toks[x].cap
    });
    if !subject {
        return None;
    }
    let a = k + 1;
    let mut e = a;
    while e < t.len() && e < a + 3 && t.same_sentence(k, e) && name_word(t, e) && !t.toks[e].upper {
        e += 1;
    }
    (e > a && (a..e).any(|x| t.toks[x].class == 0) && !t.toks[a].is(FIRST_NAME)).then(|| e - 1)
}

/// "the Gideon’s Chariots offensive": after a determiner, a possessive proper name and a name word
/// before "offensive" or "operation" form one name; a person's possessive takes no "the".
fn possessive_operation(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    if !(t.eq(k, "offensive") || t.eq(k, "operation")) || t.toks[k].cap || k < 4 {
        return None;
    }
    let (a, b) = (k - 3, k - 1);
    let ok = t.eq(a - 1, "the")
        && t.toks[a + 1].kind == TokKind::Possessive
        && name_word(t, a)
        && name_word(t, b)
        && t.toks[a].class == 0
        && t.toks[b].class == 0
        && t.same_sentence(a - 1, k);
    ok.then_some((a, b))
}

/// "the Komodo Multilateral Naval Exercise": a name whose last word is "Exercise" and whose first word
/// the lexicon does not know names itself an exercise. Returns the name's span.
fn titled_exercise(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    if !(t.toks[k].cap && t.str(k) == "Exercise") {
        return None;
    }
    let a = name_start(t, k, k);
    (a < k && t.toks[a].class == 0 && !t.toks[a].upper).then_some((a, k))
}

/// Where the token-by-token rules of [`recognize`] may start, found in one pass over the article: most
/// tokens open none of them, and each rule visits its own few candidates, in text order, instead of
/// every token of the article.
struct Cues {
    /// Numbers and capitalized words that are all capitals or hold a hyphen: where a dated name may
    /// end ([`named_with_year`]).
    dated: Vec<usize>,
    /// Numbers: where an edition's number or year may stand.
    numbers: Vec<usize>,
    /// Capitalized words (all-capital ones too): series, acronyms and coded names.
    capitalized: Vec<usize>,
    /// Words that may open a rule of the loop over cue words (see [`word_cue`]).
    cued: Vec<usize>,
    /// Lower-case words for an exercise or a demonstration: where names listed before one end.
    drills: Vec<usize>,
}

impl Cues {
    fn of(t: &Tokens) -> Cues {
        // Room for what articles of the genre hold, so that the lists are not grown (copied) as
        // they fill: a sixth of the tokens are capitalized, fewer are numbers or cues.
        let n = t.len();
        let mut cues = Cues {
            dated: Vec::with_capacity(n / 8),
            numbers: Vec::with_capacity(n / 8),
            capitalized: Vec::with_capacity(n / 4),
            cued: Vec::with_capacity(n / 16),
            drills: Vec::with_capacity(n / 32),
        };
        // A word can be a foreign cue after an elided article ("l'exercice") only with an apostrophe
        // in its first five bytes: the apostrophes are found in the text at once, and the words are
        // walked beside them. Other words are cues as a whole or not at all.
        let mut apostrophes: Vec<usize> = t.text.match_indices('\'').map(|(i, _)| i).collect();
        apostrophes.extend(t.text.match_indices('’').map(|(i, _)| i));
        apostrophes.sort_unstable();
        let mut next_apostrophe = 0;
        for (k, tok) in t.toks.iter().enumerate() {
            match tok.kind {
                TokKind::Number => {
                    cues.dated.push(k);
                    cues.numbers.push(k);
                }
                TokKind::Word => {
                    if tok.cap {
                        cues.capitalized.push(k);
                        if tok.upper || t.str(k).bytes().any(|b| b == b'-') {
                            cues.dated.push(k);
                        }
                    } else if tok.is(EXERCISE)
                        || matches!(tok.end - tok.start, 13 | 14) && drill_demonstration(t, k)
                    {
                        cues.drills.push(k);
                    }
                    let start = tok.start as usize;
                    while apostrophes.get(next_apostrophe).is_some_and(|&p| p < start) {
                        next_apostrophe += 1;
                    }
                    let elided = apostrophes
                        .get(next_apostrophe)
                        .is_some_and(|&p| p < start + 5);
                    if word_cue(t, k, elided) {
                        cues.cued.push(k);
                    }
                }
                TokKind::Possessive | TokKind::Punct => {}
            }
        }
        cues
    }
}

/// Words other than those of the exercise and naming classes that open a rule of the loop over cue
/// words: an apposition after an edition ("the previous edition, EFES-2022"), "such as", "replacing",
/// "offensive" and "operation", "edition of", "took part in", "under the name".
const LOOP_CUES: &[&str] = &[
    "such",
    "part",
    "name",
    "phase",
    "edition",
    "iteration",
    "replacing",
    "succeeding",
    "offensive",
    "operation",
];

/// The lengths of [`LOOP_CUES`] (see [`lengths_of`]).
const LOOP_CUE_LENGTHS: u64 = lengths_of(LOOP_CUES);

/// The first letters of [`LOOP_CUES`] (see [`facts::initials_of`]): with the lengths, they pass most
/// words over without a comparison with each cue.
const LOOP_CUE_INITIALS: u32 = facts::initials_of(LOOP_CUES);

/// True when `w`, of a length and first letter of one (see [`word_cue`]), is a word of [`LOOP_CUES`],
/// in any case.
fn loop_cue(w: &str) -> bool {
    LOOP_CUES.iter().any(|c| c.eq_ignore_ascii_case(w))
}

/// True when word `k` may open a rule of the loop over cue words in [`recognize`]: a word of the
/// exercise or naming classes, a capitalized foreign "Operation", a word of [`LOOP_CUES`] (in any case,
/// as the rules compare them) or a foreign word for an exercise ([`foreign_cue`], which is asked only
/// when an apostrophe stands in the word's first five bytes, `elided`: else the word is a cue as a
/// whole).
fn word_cue(t: &Tokens, k: usize, elided: bool) -> bool {
    let tok = &t.toks[k];
    let w = t.str(k);
    tok.is(EXERCISE | CALLED)
        || tok.cap && w.starts_with("Op")
        || LOOP_CUE_LENGTHS & 1 << w.len().min(63) != 0
            && facts::starts_as(w, LOOP_CUE_INITIALS)
            && loop_cue(w)
        || !tok.cap
            && if elided {
                foreign_cue(t, k)
            } else {
                (5..=20).contains(&(tok.end - tok.start)) && foreign_word(w)
            }
}

/// Finds exercises.
pub fn recognize(cx: &mut Ctx) {
    let t = &cx.t;
    let cues = Cues::of(t);
    let mut hits: Vec<(usize, usize)> = Vec::new();
    let mut pending: Vec<(usize, usize)> = Vec::new();
    // Dated names with no evidence yet of being exercises.
    let mut unproven: Vec<(usize, usize)> = Vec::new();
    for &k in &cues.dated {
        if let Some((a, b)) = named_with_year(t, k) {
            let codenamed = a > 0
                && (t.eq(a - 1, "codenamed") || t.eq(a - 1, "code-named") || t.eq(a - 1, "dubbed"));
            // A name ending in "-YEAR" is evidence enough with an exercise word anywhere in its sentence.
            let hyphenated =
                t.toks[b].is_word() && t.str(b).contains('-') && !designated_year(t.str(b));
            // Looked up only when asked: most names are settled before.
            let known = || lexicon::exercise_series(series_of(&t.joined(a, b)));
            // "Zapad 2017 (Russian: ..., lit. 'West-2017') was a strategic exercise": the window starts
            // after a parenthesis that follows the name.
            let mut after = b;
            if t.punct(b + 1, '(') {
                let mut c = b + 2;
                while c < t.len() && c < b + 24 && t.same_sentence(b, c) && !t.punct(c, ')') {
                    c += 1;
                }
                if t.punct(c, ')') {
                    after = c;
                }
            }
            // "the previous edition, Yudh Abhyas 2021": an edition is an edition of an exercise.
            let edition = (a >= 1 && edition_word(t, a - 1))
                || (a >= 2 && t.punct(a - 1, ',') && edition_word(t, a - 2));
            // "International Maritime Exercise 2023" names itself an exercise.
            let titled = (a..b).any(|x| t.toks[x].cap && t.toks[x].is(EXERCISE));
            // "Shangri-La Dialogue 2024", "Vision 2030": events and plans carry years too.
            let last = if hyphenated {
                t.str(b).rsplit_once('-').map_or("", |(stem, _)| stem)
            } else {
                t.str(b - 1)
            };
            // "the Army-2024 forum", "SEADEX 2025 exhibition": the word after says what the name is.
            // "Kestrel Bay 2019 Games": a capitalized word after the year that names no exercise.
            // "Invictus Games 2025", "World Military Games 2019": capitalized Games are a sports event.
            // "the Military-Technical Forum Army-2026": a name right after a capitalized event word is
            // the event's.
            let event = lexicon::event_word(last)
                || last == "Games"
                || a > 0
                    && t.same_sentence(a - 1, a)
                    && t.toks[a - 1].cap
                    && (lexicon::event_word(t.str(a - 1)) || t.eq(a - 1, "Games"))
                // "the SEADEX 2025 defence exhibition", "the DSEI 2025 arms fair".
                || t.same_sentence(b, b + 2)
                    && t.toks[b + 1].is_word()
                    && !t.toks[b + 1].cap
                    && !t.toks[b + 1].is(EXERCISE)
                    && lexicon::event_word(t.str(b + 2))
                || t.same_sentence(b, b + 1)
                    && (lexicon::event_word(t.str(b + 1))
                        // "the lessons of Zapad-2025 show that …": "show" as a verb.
                        && !["that", "how", "what"].iter().any(|w| t.eq(b + 2, w))
                        || t.toks[b + 1].cap && NOT_SERIES.iter().any(|w| t.eq(b + 1, w)));
            // An all-capital series or a name with a four-digit year is evidence enough with a word for an
            // exercise anywhere in its sentence: "combined this year with Cutlass Express 2023".
            let caps = t.toks[a].upper;
            let dated = t.toks[b].kind == TokKind::Number && is_year(t.str(b));
            // "Soviet Union 1991", "United States 2024": the first word closes a country's name.
            let country = || {
                a > 0
                    && t.same_sentence(a - 1, a)
                    && lexicon::country_of(&t.joined(a - 1, a)).is_some()
            };
            // "Spring 2024" is a date.
            let season = b == a + 1
                && ["spring", "summer", "autumn", "fall", "winter"]
                    .iter()
                    .any(|w| t.eq(a, w));
            if event || season || country() {
                continue;
            }
            // "code-named Velayat 1403", "the \"Sahand-1402\" military drill": a Solar Hijri year
            // dates a name only with a word that says it is an exercise, as such numbers count many
            // things ("Resolution 1403", "Flight 1402").
            let year = if hyphenated {
                t.str(b).rsplit_once('-').map_or("", |(_, y)| y)
            } else {
                t.str(b)
            };
            if hijri_year(year) {
                // "Some 1400 troops joined the Desert Eagle 1400 troops rehearsal": a count of men or
                // craft, not a year.
                let counted = t.same_sentence(b, b + 1)
                    && t.toks.get(b + 1).is_some_and(|x| x.is_word() && !x.cap)
                    && (t.toks[b + 1].is(PERSONNEL) || CRAFT.iter().any(|w| t.eq(b + 1, w)));
                if counted {
                    continue;
                }
                if codenamed
                    || known()
                    || edition
                    || drill_follows(t, b)
                    || (hyphenated || quoted(t, a, b)) && in_exercise_sentence(t, a)
                    || plain_name(t, a, b)
                        && !(a..b).any(|x| NOT_SERIES.iter().any(|w| t.eq(x, w)))
                        && (near_exercise_word(t, a, after) || drills_open_next(t, b))
                {
                    hits.push((a, b));
                }
                continue;
            }
            // "Joint Spear-2024A", "Stone Fox 2025-II": a year with the letter or number of one of the
            // runs held in it is how exercises are designated.
            // "Joint Spear 2024A": the run's letter after a year written apart.
            let run = designated_year(t.str(b))
                || t.toks[b].kind == TokKind::Number
                    && t.str(b).len() == 5
                    && year_suffix(t.str(b))
                || hyphenated
                    && t.str(b)
                        .rsplit_once('-')
                        .is_some_and(|(_, y)| y.len() == 5 && y.get(..4).is_some_and(is_year));
            if codenamed
                || known()
                || edition
                || titled
                || near_exercise_word(t, a, after)
                || drill_word_after(t, b)
                || (hyphenated || caps) && in_exercise_sentence(t, a)
                || dated && plain_name(t, a, b) && in_exercise_sentence(t, a)
                || by_shape(t, a, b)
                || run && !attributive(t, a, b)
            {
                hits.push((a, b));
            } else {
                if short_year(t.str(b)) {
                    pending.push((a, b));
                }
                unproven.push((a, b));
            }
        }
    }
    // The units' acronyms are read only once an acronym is taken for an exercise.
    let formations: std::cell::OnceCell<Vec<String>> = std::cell::OnceCell::new();
    hits.retain(|&(a, b)| !not_an_exercise(t, a, b, &formations));
    // The names kept, sorted: the second look below passes over them.
    let mut passed = hits.clone();
    passed.sort_unstable();
    // '"Sadejstvo 2025" (Synergy 2025)': a dated name and, in parentheses right after it, another with
    // the same year are one exercise in two languages.
    for &(a, b) in &unproven {
        let mut p = b + 1;
        if t.punct(p, '"') || t.punct(p, '”') || t.punct(p, '»') {
            p += 1;
        }
        if !t.punct(p, '(') || !t.same_sentence(b, p) {
            continue;
        }
        let inner = unproven
            .iter()
            .chain(hits.iter())
            .find(|&&(c, d)| c == p + 1 && t.punct(d + 1, ')') && t.str(d) == t.str(b) && b > a);
        if let Some(&(c, d)) = inner
            && (c..=d).any(|x| t.toks[x].class == 0)
        {
            hits.push((a, b));
            hits.push((c, d));
        }
    }
    // "Swift Response 21, one of several exercises ... Saber Guardian 21 in Romania": once one name with a
    // two-digit year is an exercise, other names with the same year in the article are its siblings.
    for (a, b) in pending {
        if hits
            .iter()
            .any(|&(_, y)| short_year(t.str(y)) && t.str(y) == t.str(b))
        {
            hits.push((a, b));
        }
    }
    // "the naval exercise Gale 25", "Falcon 26 drills", "in Hammer-24 drills and in Falcon 26": one
    // word and two digits name an exercise only with the word for one next to it, or in a list with one.
    for &k in &cues.numbers {
        let Some(a) = one_word_short_year(t, k) else {
            continue;
        };
        // "experience in Defender 25 and other NATO exercises": the list names its kind after it.
        let other = t.eq(k + 1, "and")
            && t.eq(k + 2, "other")
            && (k + 3..(k + 6).min(t.len()))
                .any(|x| t.same_sentence(k, x) && t.toks[x].is(EXERCISE) && !t.toks[x].cap);
        let cue =
            t.toks[a - 1].is(EXERCISE) && !t.toks[a - 1].cap || drill_word_after(t, k) || other;
        let listed = || {
            let c = if t.eq(a - 1, "in") { a - 2 } else { a - 1 };
            (t.eq(c, "and") || t.punct(c, ','))
                && hits
                    .iter()
                    .any(|&(_, y)| y < c && c - y < 12 && t.same_sentence(y, c))
        };
        // "the exercise Ivanov 12 said": a word after the number that is no verb form or function word
        // makes the number a count.
        if (cue || a >= 3 && listed()) && !attributive(t, a, k) {
            hits.push((a, k));
        }
    }
    // Quoted after an exercise word ('the exercise "Rubezh"', 'codenamed "Thunder-3"'), and NATO style
    // "Exercise Trident Juncture".
    for &k in &cues.cued {
        // Every rule of this loop starts at a word: numbers and punctuation are passed over at once.
        if !t.toks[k].is_word() {
            continue;
        }
        if let Some(e) = apposition(t, k) {
            hits.push((k + 2, e));
            continue;
        }
        if let Some(hit) = foreign_cued(t, k) {
            hits.push(hit);
            continue;
        }
        // The cues of these rules are words of the lexicon ("Exercise", "dubbed", "such"), but for
        // "offensive" and "operation", nine letters in lower case: most tokens are passed over by their
        // class or length.
        let tok = &t.toks[k];
        if matches!(tok.end - tok.start, 9 | 10)
            && !tok.cap
            && let Some(e) = replacing(t, k)
        {
            hits.push((k + 1, e));
        }
        if tok.class != 0 {
            if t.eq(k, "such") {
                hits.extend(such_as(t, k));
            }
            if tok.is(EXERCISE | CALLED) {
                if let Some(e) = dubbed_name(t, k) {
                    hits.push((k + 1, e));
                }
                if let Some(hit) = apposed_before(t, k) {
                    hits.push(hit);
                }
                if let Some(hit) = titled_exercise(t, k) {
                    hits.push(hit);
                }
            }
        }
        if tok.end - tok.start == 9
            && !tok.cap
            && let Some(hit) = possessive_operation(t, k)
        {
            hits.push(hit);
        }
        if tok.end - tok.start == 9
            && !tok.cap
            && let Some(e) = operation_titled_lowercase(t, k)
        {
            hits.push((k + 1, e));
        }
        if let Some(hit) = edition_of(t, k) {
            hits.push(hit);
            continue;
        }
        if let Some(hit) = taken_part_in(t, k) {
            hits.push(hit);
        }
        if let Some(hit) = under_the_name(t, k) {
            hits.push(hit);
        }
        let tok = &t.toks[k];
        let trigger = tok.is(EXERCISE | CALLED) || tok.cap && foreign_operation(t, k);
        if !trigger {
            continue;
        }
        // Single curly quotes too: "the exercise ‘Falcon 4’".
        if t.punct(k + 1, '"') || t.punct(k + 1, '“') || t.punct(k + 1, '«') || t.punct(k + 1, '‘')
        {
            let mut e = k + 2;
            while e < t.len()
                && e < k + 7
                && t.same_sentence(k, e)
                && (t.toks[e].cap || t.toks[e].kind == TokKind::Number)
            {
                e += 1;
            }
            let closed = if t.punct(k + 1, '‘') {
                t.punct(e, '’')
            } else {
                t.punct(e, '"') || t.punct(e, '”') || t.punct(e, '»')
            };
            let slogan = (k + 2..e).any(|x| slogan_word(t.str(x)));
            let given = !naming_word(t, k) || named_for_forces(t, k);
            if e > k + 2 && closed && t.toks[k + 2].cap && !slogan && given {
                hits.push((k + 2, e - 1));
            }
        } else if tok.cap
            && (t.eq(k, "exercise") || t.eq(k, "operation") || foreign_operation(t, k))
            && let Some(e) = titled_name(t, k)
        {
            let mut e = e;
            if t.toks
                .get(e + 1)
                .is_some_and(|x| x.kind == TokKind::Number && is_year(t.str(e + 1)))
            {
                e += 1;
            } else if (t.eq(k, "exercise") || operation_number(t, e))
                && t.same_sentence(e, e + 1)
                && t.toks.get(e + 1).is_some_and(|x| {
                    (x.kind == TokKind::Number || x.upper) && t.toks[e].end + 1 == x.start
                })
                && edition_mark(t.str(e + 1))
                && !attributive(t, k + 1, e + 1)
            {
                // "Exercise Talvi 25 (Winter 25)", "Exercise Sea Kestrel IV began", "Operation
                // Hawk-Storm 2": the number of the run, unless a noun follows it ("Exercise Talvi
                // 300 soldiers").
                e += 1;
            }
            hits.push((k + 1, e));
            if let Some(y) = listed_after(t, e) {
                hits.push(y);
            }
        } else if let Some(e) = apposed_name(t, k) {
            hits.push((k + 1, e));
        }
        if let Some(hit) = numbered_before_drill(t, k) {
            hits.push(hit);
        }
        if let Some(hit) = article_numbered_before_drill(t, k) {
            hits.push(hit);
        }
        if let Some(hit) = quoted_dated_before_drill(t, k) {
            hits.push(hit);
        }
    }
    hits.extend(numbered_operations(t));
    hits.extend(coded_exercises(t, &cues.capitalized));
    hits.extend(held_glued(t));
    hits.extend(listed_with_years(t));
    hits.extend(quoted_before_operation(t));
    hits.extend(lowercase_dated(t, &cues.numbers, &hits));
    // "Ssangyong 24 (Twin Dragon 24)": a name with the same edition number right before a parenthesized
    // exercise is the exercise in its own language.
    let mut before = Vec::new();
    for &(a, b) in &hits {
        let n = a.wrapping_sub(2);
        if a < 3
            || !t.punct(a - 1, '(')
            || t.toks[n].kind != TokKind::Number
            || t.toks[b].kind != TokKind::Number
            || t.str(n) != t.str(b)
            || !t.same_sentence(n, b)
        {
            continue;
        }
        let x = name_start(t, n, n);
        if x < n && (x..n).any(|i| t.toks[i].class == 0) {
            before.push((x, n));
        }
    }
    hits.extend(before);
    hits.sort_by_key(|&(a, b)| (a, std::cmp::Reverse(b)));
    hits.dedup_by(|later, earlier| later.0 <= earlier.1);
    // Names listed before an exercise word: "Echelon, Search and Interaction special drills",
    // "Kavkaz military exercises", "the Steppe Eagle drill".
    let mut bare: Vec<(usize, usize)> = Vec::new();
    let mut translated: Vec<(usize, usize)> = Vec::new();
    for &k in &cues.drills {
        if !(t.toks[k].is(EXERCISE) || drill_demonstration(t, k))
            || t.toks[k].cap
            || t.toks.get(k + 1).is_some_and(|n| n.is(RANGE))
        {
            continue;
        }
        // "the Steppe Falcon war games": games of war are drills, other games are sport.
        let war_games =
            k > 0 && t.eq(k, "games") && t.eq(k - 1, "war") && t.same_sentence(k - 1, k);
        if matches!(
            t.str(k),
            "codenamed" | "code-named" | "dubbed" | "training" | "operation" | "games"
        ) && !war_games
        {
            continue;
        }
        // 'the joint Arctic naval exercise "Arctic Shield 3"': with the name right after the word for an
        // exercise, a word before it describes the drill (a region, a sea) and names nothing.
        let quote = t.punct(k + 1, '"') || t.punct(k + 1, '“') || t.punct(k + 1, '«');
        let first = if quote { k + 2 } else { k + 1 };
        if hits.binary_search_by_key(&first, |h| h.0).is_ok() {
            continue;
        }
        let mut j = if war_games { k - 1 } else { k };
        let mut mods = 0;
        while j > 0 && mods < 3 && drill_modifier(t, j - 1) && t.same_sentence(j - 1, k) {
            j -= 1;
            mods += 1;
        }
        // "Ulchi Freedom Shield (UFS) summertime exercise": the name's acronym, and a word that
        // describes the run, may stand between the name and the word for an exercise.
        let mut d = j;
        if d > 0 && t.toks[d - 1].is_word() && !t.toks[d - 1].cap {
            d -= 1;
        }
        if d >= 4
            && t.punct(d - 1, ')')
            && t.toks[d - 2].upper
            && t.toks[d - 2].is_word()
            && t.punct(d - 3, '(')
            && t.same_sentence(d - 4, k)
        {
            j = d - 3;
        }
        // "the large Zakhad Shchyt (West Shield) exercise": a translation in parentheses between the
        // name and the word for an exercise, one to four capitalized words, is the name's alias.
        let mut translation = None;
        if j == k
            && d >= 3
            && t.punct(d - 1, ')')
            && let Some(open) = (d.saturating_sub(7)..d - 1)
                .rev()
                .find(|&p| t.punct(p, '('))
            && open + 1 < d - 1
            && open >= 1
            && t.same_sentence(open - 1, k)
            && name_word(t, open - 1)
            && (open + 1..d - 1).all(|x| {
                name_word(t, x)
                    || month_in_name(t, x)
                    || x > open + 1 && (t.eq(x, "of") || article_word(t, x))
            })
        {
            translation = Some((open + 1, d - 2));
            j = open;
        }
        let listed = bare.len();
        // Walk back over "A, B and C".
        loop {
            if j == 0 || !t.same_sentence(j - 1, k) {
                break;
            }
            let e = j - 1;
            let mut a = e + 1;
            while a > 0
                && t.same_sentence(a - 1, k)
                && e + 1 - a < 3
                && (name_word(t, a - 1) || inner_short_word(t, a - 1, k))
                && !t.toks[a - 1].upper
            {
                a -= 1;
            }
            if a > e {
                break;
            }
            // "the Chariots of Fire exercise": a name with an inner "of", after a lower-case word
            // ("List of Kavkaz exercises" heads a page).
            if a >= 3
                && t.eq(a - 1, "of")
                && t.same_sentence(a - 3, k)
                && t.toks[a - 3].is_word()
                && !t.toks[a - 3].cap
                && name_word(t, a - 2)
                && t.toks[a - 2].class == 0
                && !t.toks[a - 2].upper
            {
                a -= 2;
            }
            // "== Later exercises ==": a heading capitalizes its first word.
            if a > 0 && t.punct(a - 1, '=') {
                break;
            }
            // "the Southern Storm (Asifat al-Janub) exercise": a name translated right after it
            // may be of known words, the translation has one unknown or an Arabic article.
            let glossed = bare.len() == listed
                && translation.is_some_and(|(x, y)| {
                    e + 2 == x && (x..=y).any(|i| t.toks[i].class == 0 || article_word(t, i))
                })
                && !(a..=e).any(|x| t.toks[x].is(ORG_HEAD | UNIT_HEAD | PLACE_HEAD | FIRST_NAME));
            let known = glossed
                || (a..=e).all(|x| {
                    t.toks[x].class == 0
                        || t.toks[x].is(NOT_NAME) && !t.toks[x].is(JOINER)
                        || x == a + 1 && t.eq(x, "of")
                }) && (a..=e).any(|x| t.toks[x].class == 0);
            if !known || a > 0 && t.toks[a - 1].kind == TokKind::Possessive {
                break;
            }
            bare.push((a, e));
            if a >= 2 && (t.punct(a - 1, ',') || t.eq(a - 1, "and")) {
                j = a - 1;
                continue;
            }
            break;
        }
        if bare.len() > listed
            && let Some(inner) = translation
        {
            translated.push(inner);
        }
    }
    bare.extend(named_operations(t));
    bare.extend(named_series(t));
    bare.extend(coordinated_with_other(t));
    bare.extend(counted_pair(t));
    bare.extend(translated);
    // "the Korea-Japan Search and Rescue Exercise (SAREX)": capitalized words ending in "Exercise" with
    // an acronym after them name one, "and" and "of" inside.
    for k in t.occurrences("exercise") {
        if !(k >= 1
            && k + 3 < t.len()
            && t.toks[k].cap
            && t.punct(k + 1, '(')
            && t.toks[k + 2].upper
            && t.punct(k + 3, ')')
            && t.same_sentence(k, k + 3))
        {
            continue;
        }
        let mut a = k;
        while a > 0 && k - a < 6 && t.same_sentence(a - 1, k) {
            let p = a - 1;
            let word = t.toks[p].is_word() && t.toks[p].cap && !t.toks[p].upper;
            let inner = (t.eq(p, "and") || t.eq(p, "of")) && p > 0 && t.toks[p - 1].cap;
            if !(word || inner) {
                break;
            }
            a = p;
        }
        if a < k && !t.eq(a, "The") {
            // The whole title replaces a part of it found by a narrower rule.
            hits.retain(|&(x, y)| !(x <= k && a <= y));
            hits.push((a, k));
        }
    }
    // "SAREX", "PASSEX 2025": an acronym ending in EX (exercise) names one.
    for &k in &cues.capitalized {
        if !(t.toks[k].upper && t.toks[k].is_word() && exercise_acronym(t.str(k))) {
            continue;
        }
        let dated = t.same_sentence(k, k + 1)
            && t.toks.get(k + 1).is_some_and(|x| x.kind == TokKind::Number)
            && (is_year(t.str(k + 1)) || short_year(t.str(k + 1)));
        // "the BALEX 2026 exhibition": an event word after the name.
        let after = if dated { k + 2 } else { k + 1 };
        if after < t.len() && t.same_sentence(k, after) && lexicon::event_word(t.str(after)) {
            continue;
        }
        if dated {
            hits.push((k, k + 1));
        } else {
            bare.push((k, k));
        }
    }
    hits.extend(numbered_with_roman(t, &cues.capitalized));
    // "TALISAY 8, the eighth edition of the annual Talisay exercise": a series named in the article,
    // in any case, with a small number after it is one edition of that series.
    for &k in cues.numbers.iter().filter(|&&k| k >= 1) {
        let n = t.str(k);
        if n.len() > 2
            || !n.bytes().all(|b| b.is_ascii_digit())
            || !t.toks[k - 1].is_word()
            || !t.same_sentence(k - 1, k)
            || hits.iter().any(|&(a, b)| a <= k && k - 1 <= b)
        {
            continue;
        }
        let word = t.str(k - 1);
        let named =
            |&(a, b): &(usize, usize)| a == b && a != k - 1 && t.str(a).eq_ignore_ascii_case(word);
        // "Tabuk 6" an exercise, then "Tabuk 5": another edition of the series.
        let edition = |&(a, b): &(usize, usize)| {
            b == a + 1
                && a != k - 1
                && t.toks[b].kind == TokKind::Number
                && t.str(b).len() <= 2
                && t.str(a) == word
        };
        if hits.iter().any(named) || bare.iter().any(named) || hits.iter().any(edition) {
            hits.push((k - 1, k));
        }
    }
    let named: Vec<(usize, usize)> = hits.iter().chain(&bare).copied().collect();
    let more = other_editions(t, &cues.capitalized, &named);
    hits.extend(more);
    hits.retain(|&(a, b)| {
        passed.binary_search(&(a, b)).is_ok() || !not_an_exercise(t, a, b, &formations)
    });
    let series = bare_series(
        t,
        &cues.capitalized,
        &hits,
        &bare,
        &Occupied::of(&cx.found, &[Kind::Unit]),
    );
    let mut entities: Vec<(Range<usize>, String, usize)> = Vec::new();
    // "Tsentr-2019" and "Tsentr 2019" in one article are one exercise, named as first written.
    // Each one's first spelling, by the index of its name in `keyed_names`.
    let mut spellings: Vec<(usize, String)> = Vec::new();
    // "Ferocious Falcon VI" after "Ferocious Falcon 6": the Roman spelling, or a translation, is kept
    // as an alias.
    let mut roman_spellings: Vec<(String, String)> = Vec::new();
    let hit_names: Vec<String> = hits.iter().map(|&(a, b)| t.joined(a, b)).collect();
    let numbered_and_dated = roman_and_year(&hit_names);
    // The names as keyed, each with its key once one is needed: an article repeats a name, and a name
    // meets itself without a key, so that an article naming one exercise keys none.
    let mut keyed_names: Vec<(String, std::cell::OnceCell<(String, String)>)> = Vec::new();
    for (&(a, b), name) in hits.iter().zip(hit_names) {
        // The dated run of a series numbered in Roman once meets its numbered name.
        let dated_as = numbered_and_dated.iter().find(|(_, d)| *d == name);
        let keyed = dated_as.map_or(&name, |(r, _)| r);
        let i = match keyed_names.iter().position(|(n, _)| n == keyed) {
            Some(i) => i,
            None => {
                keyed_names.push((keyed.clone(), std::cell::OnceCell::new()));
                keyed_names.len() - 1
            }
        };
        let key = |j: usize| {
            let (n, k) = &keyed_names[j];
            k.get_or_init(|| article_key(n))
        };
        let name = match spellings.iter().find(|&&(j, _)| j == i || key(j) == key(i)) {
            Some((_, first)) => {
                let roman = t.toks[b].upper && lexicon::roman_numeral(t.str(b)).is_some()
                    || dated_as.is_some()
                    || numbered_and_dated.iter().any(|(r, _)| *r == name);
                // "Tsentr 2019 (Center-2019)": a translation or another script is kept as an alias
                // too, a year written otherwise ("Tsentr-2019") is not.
                let translated = series_of(first) != series_of(&name);
                if (roman || translated) && *first != name {
                    roman_spellings.push((first.clone(), name));
                }
                first.clone()
            }
            None => {
                spellings.push((i, name.clone()));
                name
            }
        };
        entities.push((t.span(a, b), name, a));
    }
    let year_names: Vec<String> = entities.iter().map(|e| e.1.clone()).collect();
    for &(a, b) in &bare {
        let r = t.span(a, b);
        if hits.iter().any(|&(x, y)| x <= b && a <= y) {
            continue;
        }
        let base = t.joined(a, b);
        let name = current_edition(&year_names, &base).unwrap_or(base);
        entities.push((r, name, a));
    }
    for (a, b, stem) in series {
        // "The first SEASPRAY exercise", "previously known as Cold Response": the series, not this run.
        // "The Slavic Shield series began in 2015": so is a name before "series".
        let whole = a > 0 && (t.eq(a - 1, "as") || SERIES_WORDS.iter().any(|w| t.eq(a - 1, w)))
            || t.eq(b + 1, "series")
            || a > 1 && t.eq(a - 1, "the") && SERIES_WORDS.iter().any(|w| t.eq(a - 2, w))
            || habitual(t, b);
        let name = if whole {
            stem
        } else {
            current_edition(&year_names, &stem).unwrap_or(stem)
        };
        entities.push((t.span(a, b), name, a));
    }
    let mut aliases = Vec::new();
    for (r, name, _) in &entities {
        // "(Shield-2019)" right after the name is a translation; so is any exercise name inside a longer
        // parenthesis there ("(Russian: Zapad-2017, lit. 'West-2017')").
        let mut k = t.toks.partition_point(|x| (x.start as usize) < r.end);
        // A quoted name: '“Deniz Kalkanı-2023” (“Sea Shield-2023”)'.
        if t.punct(k, '”') || t.punct(k, '"') || t.punct(k, '»') {
            k += 1;
        }
        // "the Spring Storm exercise (Kevadtorm)": the word for an exercise may stand before a
        // translation, which is then one or two capitalized words, no country, organization or outlet.
        let worded = !t.punct(k, '(')
            && t.toks.get(k).is_some_and(|x| x.is(EXERCISE) && !x.cap)
            && t.punct(k + 1, '(')
            && t.same_sentence(k, k + 1);
        if worded {
            k += 1;
            // The text may end inside the parenthesis: "... exercise (Vilkas".
            let name_like = |x: usize| {
                t.toks.get(x).is_some_and(|tok| {
                    tok.is_word()
                        && tok.cap
                        && !tok.upper
                        && tok.class & (COUNTRY | NATIONALITY | ORG_HEAD | OUTLET | MONTH) == 0
                })
            };
            let one = name_like(k + 1) && t.punct(k + 2, ')');
            let two = name_like(k + 1) && name_like(k + 2) && t.punct(k + 3, ')');
            if !(one || two) {
                continue;
            }
        }
        if !t.punct(k, '(') {
            continue;
        }
        let mut e = k + 1;
        while e < t.len() && !t.punct(e, ')') && e < k + 24 && t.same_sentence(k, e) {
            e += 1;
        }
        if !t.punct(e, ')') {
            continue;
        }
        // "(联合长矛-2024A)": a name in a script without capitals, whatever tokens it makes.
        let between = t.toks[k].end as usize..t.toks[e].start as usize;
        let written = t.text[between.clone()].trim();
        if between.len() <= 48 && uncased_script(written) {
            let at = between.start + t.text[between.clone()].find(written).unwrap_or(0);
            aliases.push((name.clone(), at..at + written.len(), written.to_string()));
            continue;
        }
        if e == k + 1 {
            continue;
        }
        let inner = t.span(k + 1, e - 1);
        // "Ice Bridge 2019 (Russian: Ледяной мост-2019)": the name in a language the
        // parenthesis names, up to a comma.
        if language_name(t, k + 1) && t.punct(k + 2, ':') && t.toks[k + 3].cap {
            let f = (k + 3..e)
                .find(|&x| t.punct(x, ',') || t.punct(x, ';'))
                .unwrap_or(e);
            if f > k + 3 && f <= k + 8 && (k + 3..f).all(|x| t.toks[x].is_word()) {
                aliases.push((name.clone(), t.span(k + 3, f - 1), t.joined(k + 3, f - 1)));
                continue;
            }
        }
        let inside: Vec<&(Range<usize>, String, usize)> = entities
            .iter()
            .filter(|(r2, _, _)| r2.start >= inner.start && r2.end <= inner.end)
            .collect();
        if !inside.is_empty() {
            for (r2, n2, _) in inside {
                aliases.push((name.clone(), r2.clone(), n2.clone()));
            }
        } else if e < k + 5 && t.toks[k + 1].cap {
            aliases.push((name.clone(), inner, t.joined(k + 1, e - 1)));
        } else if let Some(c) = quoted_words(t, k + 1)
            .filter(|&c| c + 4 == e && t.eq(c + 2, "in") && language_name(t, c + 3))
        {
            // '(“Ner Tamid” in Hebrew)': the name in a language, quoted.
            aliases.push((name.clone(), t.span(k + 2, c), t.joined(k + 2, c)));
        } else if e < k + 9
            && e >= k + 4
            && (t.punct(k + 1, '“') || t.punct(k + 1, '"'))
            && (t.punct(e - 1, '”') || t.punct(e - 1, '"'))
            && t.toks[k + 2].cap
            && (k + 2..e - 1).all(|x| {
                t.toks[x].cap
                    || t.eq(x, "of")
                    || t.eq(x, "the")
                    || t.toks[x].kind == TokKind::Number
            })
        {
            // '(“Pavutyna”)', '("Shield of the Fatherland")': a quoted translation.
            aliases.push((name.clone(), t.span(k + 2, e - 2), t.joined(k + 2, e - 2)));
        }
    }
    // The second name of a dashed pair is an alias of the first, wherever the article names it.
    let mut renamed: Vec<(String, String)> = Vec::new();
    for (i, j) in dashed_aliases(t.text, &entities) {
        let (first, second) = (&entities[i].1, &entities[j].1);
        if !renamed.iter().any(|(s, _)| s == second) {
            renamed.push((second.clone(), first.clone()));
        }
    }
    for (second, first) in &renamed {
        roman_spellings.push((first.clone(), second.clone()));
    }
    for (r, name, _) in entities {
        if aliases.iter().any(|(_, ar, _)| *ar == r) {
            continue;
        }
        let name = renamed
            .iter()
            .find(|(s, _)| *s == name)
            .map_or(name, |(_, f)| f.clone());
        cx.entity(Kind::Exercise, &name).add_mention(r);
    }
    for (name, r, alias) in aliases {
        let f = cx.entity(Kind::Exercise, &name);
        f.add_alias(&alias);
        f.add_mention(r);
    }
    for (name, alias) in roman_spellings {
        cx.entity(Kind::Exercise, &name).add_alias(&alias);
    }
    known_as(cx);
    short_for(cx);
    initials(cx, &cues.capitalized);
}

/// "1", "26", "2024", "1404", "XVI": what may number or date one run of a series.
fn edition_mark(s: &str) -> bool {
    let digits = s.bytes().all(|b| b.is_ascii_digit());
    digits && (s.len() <= 2 || is_year(s) || hijri_year(s))
        || s.len() >= 2 && s.bytes().all(|b| b.is_ascii_uppercase()) && edition_numeral(s)
}

/// The first letter of a word as spellings of one sound share it (Qeyrat / Gheyrat / Keyrat, Yeni /
/// Eni, Wahda / Vahda, Omid / Umid): a cheap test before a word is keyed with [`spelling_key`].
fn first_sound(word: &str) -> u8 {
    // "Đèn" is keyed as "den": a letter with a diacritic is read as its base letter.
    let first = word.chars().next().map(|c| {
        if c.is_ascii() {
            c as u8
        } else {
            deunicode::deunicode_char(c).map_or(0, |s| s.as_bytes().first().copied().unwrap_or(0))
        }
    });
    match first.map(|c| c.to_ascii_lowercase()) {
        Some(b'q' | b'g' | b'k' | b'c') => b'k',
        Some(b'y' | b'j' | b'i' | b'e') => b'i',
        Some(b'w' | b'v') => b'v',
        Some(b'x' | b'h') => b'h',
        Some(b'o' | b'u') => b'u',
        Some(c) => c,
        None => 0,
    }
}

/// One word of a series name as its spellings meet in an article: Persian q and gh, o and u, are one
/// letter ("Qeyrat" / "Gheyrat").
fn spelling_key(word: &str) -> String {
    translit::skeleton(&translit::key(word))
}

/// "Iron Lynx 2026 follows Iron Lynx 2024", "after Sand Falcon 1 in 2023", "during Qeyrat 03": once a
/// dated or numbered name is an exercise in an article, the same name with another year or edition
/// number is another run of it. The name must be distinctive (two words or more, or one word the
/// lexicon does not know), and a name with a formation's head word names a unit ("Light Infantry
/// Division 99").
fn other_editions(
    t: &Tokens,
    capitalized: &[usize],
    hits: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    // Each stem: its words' keys, and the length of its first word as written.
    let mut stems: Vec<(Vec<String>, usize, u8)> = Vec::new();
    let mut keyed: Vec<String> = Vec::new();
    for &(a, b) in hits {
        let name = t.joined(a, b);
        let stem = series_of(&name);
        if stem.is_empty() || stem.len() == name.len() || formation_named(stem) {
            continue;
        }
        let words: Vec<&str> = stem.split(' ').filter(|w| !w.is_empty()).collect();
        let distinctive = words.len() >= 2
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
            || words.len() == 1 && shaped_stem(words[0]);
        // Keyed only when kept, and once: an article repeats its exercises' names.
        if !distinctive || keyed.iter().any(|s| s == stem) {
            continue;
        }
        keyed.push(stem.to_string());
        let keys: Vec<String> = words.iter().map(|w| spelling_key(w)).collect();
        if !stems.iter().any(|(k, _, _)| *k == keys) {
            stems.push((keys, words[0].len(), first_sound(words[0])));
        }
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    if stems.is_empty() {
        return out;
    }
    // The hits by first token, with the furthest last token among them up to each: whether any hit
    // overlaps a span is one binary search, not a pass over all hits for each word of a long note.
    let mut spans: Vec<(usize, usize)> = hits.to_vec();
    spans.sort_unstable();
    let reach: Vec<usize> = spans
        .iter()
        .scan(0, |m, &(_, y)| {
            *m = y.max(*m);
            Some(*m)
        })
        .collect();
    // Editions found start before the word at hand, so one overlaps a span if it reaches into it: the
    // furthest end among them says.
    let mut out_reach: Option<usize> = None;
    let taken = |a: usize, b: usize, out_reach: Option<usize>| {
        let i = spans.partition_point(|&(x, _)| x <= b);
        i > 0 && reach[i - 1] >= a || out_reach.is_some_and(|y| y >= a)
    };
    // The stems by the key of their first word, in their order within one key: a word is compared with
    // the stems it opens only.
    let mut by_first: Vec<(&str, usize)> = stems
        .iter()
        .enumerate()
        .map(|(i, (keys, _, _))| (keys[0].as_str(), i))
        .collect();
    by_first.sort_unstable();
    // Each stem's first sound and first word's length, sorted: a word near none is passed over at once.
    let mut sounds: Vec<(u8, usize)> = stems.iter().map(|&(_, n, s)| (s, n)).collect();
    sounds.sort_unstable();
    let near_a_stem = |sound: u8, len: usize| {
        let i = sounds.partition_point(|&p| p < (sound, len.saturating_sub(3)));
        sounds
            .get(i)
            .is_some_and(|&(s, n)| s == sound && n <= len + 3)
    };
    // An edition mark right after token `x`: "Iron Lynx 2024", "Sand Falcon 1", "Pelican Strike XII".
    let mark_after = |x: usize| {
        t.same_sentence(x, x + 1)
            && t.toks.get(x + 1).is_some_and(|n| {
                (n.kind == TokKind::Number || n.is_word() && n.upper) && edition_mark(t.str(x + 1))
            })
    };
    let mut keyed_words: Vec<(&str, String)> = Vec::new();
    for &k in capitalized {
        // The word without an edition after a hyphen ("Qeyrat-03"), keyed only when its length is
        // near a stem's first word: most capitalized words are passed over unkeyed.
        let word = t.str(k);
        let (base, hyphen_mark) = match rsplit_hyphen(word) {
            Some((w, m)) if edition_mark(m) => (w, true),
            _ => (word, false),
        };
        if !near_a_stem(first_sound(base), base.len()) {
            continue;
        }
        // An article repeats its words: each is keyed once.
        let i = match keyed_words.iter().position(|(w, _)| *w == base) {
            Some(i) => i,
            None => {
                keyed_words.push((base, spelling_key(base)));
                keyed_words.len() - 1
            }
        };
        let first = keyed_words[i].1.as_str();
        let from = by_first.partition_point(|&(f, _)| f < first);
        let of_first = by_first[from..].iter().take_while(|&&(f, _)| f == first);
        for keys in of_first.map(|&(_, i)| &stems[i].0) {
            let end = if keys.len() == 1 {
                if hyphen_mark {
                    k
                } else if mark_after(k) {
                    k + 1
                } else {
                    continue;
                }
            } else {
                let last = k + keys.len() - 1;
                if hyphen_mark
                    || last >= t.len()
                    || !t.same_sentence(k, last)
                    || !(1..keys.len() - 1).all(|i| spelling_key(t.str(k + i)) == keys[i])
                {
                    continue;
                }
                let tail = t.str(last);
                if spelling_key(tail) == keys[keys.len() - 1] && mark_after(last) {
                    last + 1
                } else if let Some((w, mark)) = rsplit_hyphen(tail)
                    && edition_mark(mark)
                    && spelling_key(w) == keys[keys.len() - 1]
                {
                    last
                } else {
                    continue;
                }
            };
            if !taken(k, end, out_reach) {
                out.push((k, end));
                out_reach = Some(out_reach.map_or(end, |y| y.max(end)));
            }
            break;
        }
    }
    out
}

/// Head words of formations and commands, which exercise names do not hold: "Light Infantry Division
/// 99", "Iron Brigade 4" and "Regional Operations Command 21" are units with their numbers. ("Force"
/// and "Group" do stand in exercise names: "Joint Force 2024".)
pub const FORMATIONS: &[&str] = &[
    "division",
    "brigade",
    "regiment",
    "battalion",
    "corps",
    "squadron",
    "flotilla",
    "detachment",
    "command",
    "fleet",
    "district",
];

/// True when a name's words hold a formation's head word.
fn formation_named(name: &str) -> bool {
    name.split([' ', '-'])
        .any(|w| FORMATIONS.iter().any(|f| f.eq_ignore_ascii_case(w)))
}

/// The initials of the capitalized names of units in the article ("Light Infantry Division" → "LID",
/// "Naval Forces West" aside, whose head comes first): an acronym spelled so is the unit's, with its
/// number ("LID 77"), never an exercise.
fn formation_acronyms(t: &Tokens) -> Vec<String> {
    let mut out = Vec::new();
    for k in 1..t.len() {
        let tok = &t.toks[k];
        if !(tok.is_word() && tok.cap && !tok.upper && tok.is(UNIT_HEAD)) {
            continue;
        }
        let mut initials = String::new();
        let mut a = k;
        while a > 0
            && k - a < 4
            && t.same_sentence(a - 1, k)
            && t.toks[a - 1].is_word()
            && t.toks[a - 1].cap
            && !t.toks[a - 1].upper
        {
            a -= 1;
        }
        for x in a..=k {
            initials.extend(t.str(x).chars().next().map(|c| c.to_ascii_uppercase()));
        }
        // Every start of the run: "Myanmar Light Infantry Division" is also "LID".
        // Initials may be letters of any script ("Ä"): step by character, never by byte.
        for (skip, _) in initials.char_indices() {
            let s = &initials[skip..];
            if s.chars().nth(1).is_some() && !out.iter().any(|o| o == s) {
                out.push(s.to_string());
            }
        }
    }
    out
}

/// Words of sport: "CHAN 2028, whose matches will be played at the National Stadium" is a
/// tournament, whatever drill the sentence also speaks of.
const SPORT: &[&str] = &[
    "tournament",
    "stadium",
    "football",
    "soccer",
    "championship",
    "championships",
    "qualifiers",
    "fixtures",
];

/// The first letters of [`OLYMPIC`] and of "Games" (see [`facts::initials_of`]).
const OLYMPIC_INITIALS: u32 = facts::initials_of(OLYMPIC) | facts::initials_of(&["Games"]);

/// Words of the Olympic and other multi-sport Games, which are named by a city and a year.
const OLYMPIC: &[&str] = &[
    "Olympics",
    "Olympic",
    "Paralympics",
    "Paralympic",
    "athletes",
    "venues",
    "medal",
    "medals",
];

/// True when a dated name of tokens `a..=b` is no exercise by what it is made of or what its sentence
/// says: a formation with its number, the acronym of a formation of the article, or an acronym with a
/// year in a sentence about sport.
fn not_an_exercise(
    t: &Tokens,
    a: usize,
    b: usize,
    formations: &std::cell::OnceCell<Vec<String>>,
) -> bool {
    let name = t.joined(a, b);
    if formation_named(series_of(&name)) {
        return true;
    }
    // "the Copa Tayrona 2026": the event's head may stand before a span found as another edition.
    let from = if a > 0 && t.same_sentence(a - 1, a) {
        a - 1
    } else {
        a
    };
    if (from..=b).any(|x| t.toks[x].cap && lexicon::event_head(t.str(x)))
        || weapon_after(t, b)
        || glossed_as_event(t, b)
    {
        return true;
    }
    // "Velmora 2030 drew athletes", "the Castrel 2034 venues": a city and a year name the Games when
    // the sentence speaks of them, unless a word for an exercise stands by the name.
    let cued =
        drill_follows(t, b) || a > 0 && t.toks[a - 1].is(EXERCISE) && t.same_sentence(a - 1, a);
    let (lo, hi) = (a.saturating_sub(40), (b + 40).min(t.len()));
    if !cued
        && (lo..hi).any(|x| {
            facts::starts_as(t.str(x), OLYMPIC_INITIALS)
                && t.same_sentence(x, a)
                && t.toks[x].is_word()
                && (OLYMPIC.iter().any(|w| t.eq(x, w)) || t.toks[x].cap && t.eq(x, "Games"))
        })
    {
        return true;
    }
    if !(t.toks[a].upper && t.toks[a].is_word()) {
        return false;
    }
    let acronym = t
        .str(a)
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
    if formations
        .get_or_init(|| formation_acronyms(t))
        .iter()
        .any(|f| f == acronym)
    {
        return true;
    }
    // "the BALTOPS 2024 exercise", "the exercise BALTOPS 2024": a word for an exercise by the name
    // says what it is, whatever else the sentence speaks of.
    if drill_follows(t, b) || a > 0 && t.toks[a - 1].is(EXERCISE) && t.same_sentence(a - 1, a) {
        return false;
    }
    // "whose matches", "the matches": the plural noun; "to match" is a verb.
    let matches = |x: usize| {
        t.eq(x, "matches")
            && x > 0
            && ["whose", "the", "its", "their"]
                .iter()
                .any(|w| t.eq(x - 1, w))
    };
    (lo..hi).any(|x| {
        t.same_sentence(x, a)
            && t.toks[x].is_word()
            && (SPORT.iter().any(|w| t.eq(x, w)) || matches(x))
    })
}

/// "a Ghauri-II ballistic missile", "the Kartal-2 attack drone": a name followed, within two lower-case
/// words, by a weapon's noun designates the weapon; "the Shaheen-IX fighter exercise" still names a drill.
fn weapon_after(t: &Tokens, b: usize) -> bool {
    // "Steadfast Noon 2026 with fighter jets", "During Zapad-2025 tanks crossed": a name with its year
    // is a run of an exercise, whatever follows it.
    let last = t.str(b);
    let dated = is_year(last)
        || rsplit_hyphen(last).is_some_and(|(_, y)| is_year(y) || short_year(y))
        || t.toks[b].kind == TokKind::Number && short_year(last);
    if dated || drill_follows(t, b) {
        return false;
    }
    let mut j = b + 1;
    while j < t.len() && j <= b + 3 && t.same_sentence(b, j) {
        let tok = &t.toks[j];
        if !tok.is_word() || tok.cap || tok.is(EXERCISE) {
            return false;
        }
        if lexicon::weapon_noun(t.str(j)) {
            return !t.toks.get(j + 1).is_some_and(|x| x.is(EXERCISE));
        }
        // Only a describing word stands between: "ballistic", "anti-ship", "cruise", "attack".
        let w = t.str(j);
        let describing = w.contains('-')
            || ["ic", "al", "ive", "ar", "ary"]
                .iter()
                .any(|s| w.ends_with(s))
            || ["cruise", "attack", "combat", "surface", "strike"].contains(&w);
        if !describing {
            return false;
        }
        j += 1;
    }
    false
}

/// "IDEF 2027, the International Defence Industry Fair": a dated name glossed right after it, in an
/// apposition of a few words, as an exhibition, a fair or a conference is that event.
fn glossed_as_event(t: &Tokens, b: usize) -> bool {
    if !(t.punct(b + 1, ',') && (t.eq(b + 2, "the") || t.eq(b + 2, "a") || t.eq(b + 2, "an"))) {
        return false;
    }
    let mut j = b + 3;
    while j < t.len() && j <= b + 10 && t.same_sentence(b, j) {
        // Not every word of `lexicon::event_word`: "Zapad-2025, a show of force" is a drill.
        if t.toks[j].is_word()
            && [
                "exhibition",
                "expo",
                "fair",
                "conference",
                "forum",
                "summit",
                "festival",
                "salon",
                "symposium",
                "airshow",
                "tournament",
                "championship",
            ]
            .iter()
            .any(|w| t.eq(j, w))
        {
            return true;
        }
        let joins = t.punct(j, '&') || t.eq(j, "and") || t.eq(j, "of");
        let word = t.toks[j].is_word() && !t.toks[j].is(EXERCISE);
        if !(joins || word) {
            return false;
        }
        j += 1;
    }
    false
}

/// "the Saif al-Arab-2 exercise", "the Dir al-Janub-4 drills": a name whose last word carries the Arabic
/// article and the edition number after a hyphen, right before a word for an exercise `k`.
fn article_numbered_before_drill(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    let j = drill_phrase_start(t, k)?;
    let n = j.checked_sub(1)?;
    if n == 0 || !t.same_sentence(n, k) || !t.toks[n].is_word() || t.toks[n].cap {
        return None;
    }
    let (article, rest) = t.str(n).split_once('-')?;
    let (word, mark) = rsplit_hyphen(rest)?;
    let arabic = matches!(
        article,
        "al" | "el" | "ad" | "an" | "ar" | "as" | "ash" | "at" | "az" | "adh" | "ath"
    );
    if !(arabic
        && word.starts_with(char::is_uppercase)
        && !word.contains('-')
        && mark.bytes().all(|b| b.is_ascii_digit())
        && (mark.len() <= 2 || hijri_year(mark) || is_year(mark)))
    {
        return None;
    }
    let a = name_start(t, n, n);
    (a < n && (a..n).all(|x| t.toks[x].is_word())).then_some((a, n))
}

/// 'the “Caspian Shahin – 2024” joint command-staff exercises': a quoted name of capitalized words
/// and a year, a dash between them or none, right before a word for an exercise `k`, with up to two
/// words for kinds of drill between ("joint", "command-staff", "flight-tactical").
fn quoted_dated_before_drill(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    let tok = &t.toks[k];
    if !tok.is_word() || tok.cap || !tok.is(EXERCISE) || matches!(t.str(k), "operation" | "games") {
        return None;
    }
    let mut j = k;
    while j > 0
        && k - j < 2
        && t.same_sentence(j - 1, k)
        && (drill_modifier(t, j - 1)
            || t.toks[j - 1].is_word() && !t.toks[j - 1].cap && t.str(j - 1).contains('-'))
    {
        j -= 1;
    }
    let close = j.checked_sub(1)?;
    if !(t.punct(close, '”') || t.punct(close, '"')) || close < 3 {
        return None;
    }
    let open = (close.saturating_sub(8)..close)
        .rev()
        .find(|&p| t.punct(p, '“') || t.punct(p, '"'))?;
    let (a, e) = (open + 1, close - 1);
    if e <= a || !t.same_sentence(open, k) || t.toks[e].kind != TokKind::Number {
        return None;
    }
    let year = t.str(e);
    if !(is_year(year) || hijri_year(year) || short_year(year)) {
        return None;
    }
    let inner = (a..e).all(|x| {
        t.toks[x].is_word() && t.toks[x].cap
            || t.punct(x, '–')
            || t.punct(x, '—')
            || t.punct(x, '-')
    });
    let named = (a..e).any(|x| t.toks[x].is_word() && t.toks[x].class == 0);
    (inner && named && t.toks[a].is_word()).then_some((a, e))
}

/// "the army's cross-border operations Copper Shield (2016) and Quiet River (2020)": after a plural word
/// for operations or exercises, in a sentence about forces, names each dated by a year in parentheses,
/// listed with commas and "and", are those operations. Returns every name of the list.
fn listed_with_years(t: &Tokens) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for k in t.occurrences_of_any(&["operations", "exercises", "drills"]) {
        // "the studio's operations …", "breathing exercises …": only those of forces. The sentence is
        // searched for them only when a dated name follows.
        if t.toks[k].cap || name_with_year(t, k, k + 1).is_none() || !forces_in_sentence(t, k) {
            continue;
        }
        let listed = out.len();
        let mut a = k + 1;
        while let Some((b, close)) = name_with_year(t, k, a) {
            out.push((a, b));
            a = if t.eq(close + 1, "and") || t.punct(close + 1, ',') && !t.eq(close + 2, "and") {
                close + 2
            } else if t.punct(close + 1, ',') {
                close + 3
            } else {
                break;
            };
        }
        // One dated name may be a person's or a book's: a list of two or more is of operations.
        if out.len() < listed + 2 {
            out.truncate(listed);
        }
    }
    out
}

/// "Quiet River (2020)": two or three name words from `a` (or one foreign compound), then a year in
/// parentheses, in the sentence of `k`. Returns the name's last token and the closing parenthesis.
fn name_with_year(t: &Tokens, k: usize, a: usize) -> Option<(usize, usize)> {
    let word = |x: usize| {
        x < t.len()
            && t.same_sentence(k, x)
            && name_word(t, x)
            && !t.toks[x].is(FIRST_NAME | ORG_HEAD | UNIT_HEAD | PLACE_HEAD)
    };
    if !word(a) {
        return None;
    }
    let mut b = a;
    while b < a + 2 && word(b + 1) {
        b += 1;
    }
    // "Handbook (2012)": a title of one word dates a publication as often.
    if b == a && !connected_compound(t.str(a)) {
        return None;
    }
    let dated = t.punct(b + 1, '(')
        && t.toks.get(b + 2).is_some_and(|x| x.kind == TokKind::Number)
        && is_year(t.str(b + 2))
        && t.punct(b + 3, ')')
        && t.same_sentence(k, b + 3);
    dated.then_some((b, b + 3))
}

/// 'troops began the "Ghadab al-Wadi" operation', 'the "Red Sparrow" offensive': a quoted name right
/// before the word for an operation or an offensive of forces (a word of [`FORCES`] in the sentence)
/// names it; campaigns are as often of firms and parties.
/// The name's first word is capitalized and unknown to the lexicon, its other words capitalized or
/// Arabic articles, and no verb or pronoun makes it a slogan.
fn quoted_before_operation(t: &Tokens) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for k in t.occurrences_of_any(&["operation", "offensive"]) {
        if k < 3 || t.toks[k].cap || !(t.punct(k - 1, '"') || t.punct(k - 1, '”')) {
            continue;
        }
        let close = k - 1;
        let Some(open) = (close.saturating_sub(6)..close)
            .rev()
            .find(|&p| t.punct(p, '“') || t.punct(p, '"'))
        else {
            continue;
        };
        let (a, e) = (open + 1, close - 1);
        let words = e >= a
            && t.same_sentence(open, k)
            && t.toks[a].is_word()
            && t.toks[a].cap
            && t.toks[a].class == 0
            && (a..=e).all(|x| {
                t.toks[x].is_word()
                    && (t.toks[x].cap || article_word(t, x))
                    && !slogan_word(t.str(x))
            });
        if words && forces_in_sentence(t, k) {
            out.push((a, e));
        }
    }
    out
}

/// "French troops ended operation Sirocco in 2014": "operation" in lower case as a title (no
/// determiner before it or its lower-case modifiers: "the ground operation", "a knee operation"), in a
/// sentence about forces, then one or two capitalized words the lexicon does not know, the first no
/// given name, that go on into no capitalized word and no verb. Returns the name's last token.
fn operation_titled_lowercase(t: &Tokens, k: usize) -> Option<usize> {
    if !t.eq(k, "operation") || k == 0 || !t.same_sentence(k - 1, k + 1) {
        return None;
    }
    // "the counter-terrorism operation Durayev praised": a determiner before lower-case modifiers.
    let mut p = k - 1;
    while p > 0 && k - p < 4 && t.toks[p].is_word() && !t.toks[p].cap && !determiner(t, p) {
        p -= 1;
    }
    let before = &t.toks[p];
    let determined = before.kind == TokKind::Possessive || determiner(t, p);
    let titled = t.toks[k - 1].is_word() && !t.toks[k - 1].cap;
    if determined || !titled || !forces_in_sentence(t, k) {
        return None;
    }
    let a = k + 1;
    let word = |x: usize| {
        x < t.len()
            && t.same_sentence(k, x)
            && name_word(t, x)
            && !t.toks[x].upper
            && t.toks[x].class == 0
    };
    if !word(a) || t.toks[a].is(FIRST_NAME) {
        return None;
    }
    let e = if word(a + 1) { a + 1 } else { a };
    // "operation Greenfield had led to …": a verb after the name makes it a clause's subject.
    let open = match t.toks.get(e + 1).filter(|_| t.same_sentence(k, e + 1)) {
        None => true,
        Some(x) if x.is_word() => !x.cap && JOINING_AFTER.iter().any(|w| t.eq(e + 1, w)),
        Some(x) => x.kind != TokKind::Possessive,
    };
    open.then_some(e)
}

/// Words a name may go on into: prepositions and conjunctions, no verb.
const JOINING_AFTER: &[&str] = &[
    "in", "on", "at", "against", "to", "and", "or", "of", "from", "with", "since", "until",
    "during", "near", "along", "across", "into", "inside", "over", "which", "that", "by", "for",
];

/// "the", "a", "his", "each": a determiner, before which no title stands.
fn determiner(t: &Tokens, p: usize) -> bool {
    [
        "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "each", "every",
        "any", "one", "no", "same", "whole",
    ]
    .iter()
    .any(|w| t.eq(p, w))
}

/// "Operation 1132": a capitalized "Operation" and a number of three or four digits that is no year
/// name an operation.
fn numbered_operations(t: &Tokens) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for k in t.occurrences("operation") {
        let n = k + 1;
        if t.toks[k].cap
            && n < t.len()
            && t.same_sentence(k, n)
            && t.toks[n].kind == TokKind::Number
            && t.toks[n].start == t.toks[k].end + 1
            && (3..=4).contains(&t.str(n).len())
            && t.str(n).bytes().all(|b| b.is_ascii_digit())
            && !is_year(t.str(n))
            // "Operation 404 error page": only in a sentence about forces or fighting.
            && near_war_word(t, k)
        {
            out.push((k, n));
        }
    }
    out
}

/// True when the sentence of `k` speaks of fighting or forces: "after Operation 1132, the offensive
/// by rebels", "the division was pulled out after Operation 1132".
fn near_war_word(t: &Tokens, k: usize) -> bool {
    const WAR: &[&str] = &[
        "offensive",
        "offensives",
        "assault",
        "campaign",
        "rebels",
        "insurgents",
        "troops",
        "junta",
        "military",
        "army",
        "fighting",
        "fighters",
    ];
    let (lo, hi) = (k.saturating_sub(30), (k + 30).min(t.len()));
    (lo..hi).any(|x| {
        x != k
            && t.same_sentence(x, k)
            && t.toks[x].is_word()
            && (WAR.iter().any(|w| t.eq(x, w))
                || !t.toks[x].cap && t.toks[x].is(EXERCISE | UNIT_HEAD | PERSONNEL))
    })
}

/// "the biennial ANATOLIA series", "the Eastern Shield series of drills": a name right before a lower-case
/// "series" in a sentence about exercises names the series.
fn named_series(t: &Tokens) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for k in t.occurrences("series") {
        if k == 0 || t.toks[k].cap || !t.same_sentence(k - 1, k) || !in_exercise_sentence(t, k) {
            continue;
        }
        if caps_series_at(t, k - 1) {
            out.push((k - 1, k - 1));
            continue;
        }
        let a = name_words_back(t, k, k, 3);
        if a + 2 <= k && (a..k).any(|x| t.toks[x].class == 0) {
            out.push((a, k - 1));
        }
    }
    out
}

/// "would not replace Kamandag or any other exercise": a name coordinated with "or (any) other" or
/// "and other" and a word for exercises is one of them.
fn coordinated_with_other(t: &Tokens) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for k in t.occurrences("other") {
        let mut x = k + 1;
        while x < t.len() && x < k + 3 && drill_modifier(t, x) {
            x += 1;
        }
        if x >= t.len()
            || !t.same_sentence(k, x)
            || !t.toks[x].is(EXERCISE)
            || t.toks[x].cap
            || t.eq(x, "operation")
            || t.eq(x, "training")
            || t.toks.get(x + 1).is_some_and(|n| n.is(RANGE))
            // "Smith or any other exercise director": a noun after the word makes it a modifier.
            || attributive(t, x, x)
        {
            continue;
        }
        let mut c = k.saturating_sub(1);
        if t.eq(c, "any") {
            c = c.saturating_sub(1);
        }
        if c < 2 || !(t.eq(c, "or") || t.eq(c, "and")) || !t.same_sentence(c - 1, k) {
            continue;
        }
        let e = c - 1;
        let a = name_words_back(t, c, k, 3);
        if a <= e
            && (a..=e).any(|x| t.toks[x].class == 0)
            && !(a > 0 && t.toks[a - 1].kind == TokKind::Possessive)
        {
            out.push((a, e));
        }
    }
    out
}

/// "Kestrel Dawn and Iron Oath, two other US-Jordanian drills": two names joined by "and" and set off
/// by a count of drills are both exercises. Returns each name of unknown words.
fn counted_pair(t: &Tokens) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for n in t.occurrences_of_any(&["two", "both"]) {
        if n < 4 || !t.punct(n - 1, ',') || !counted_drills(t, n) {
            continue;
        }
        let second = name_words_back(t, n - 1, n, 3);
        if second < 3
            || second >= n - 1
            || !t.eq(second - 1, "and")
            || !t.same_sentence(second - 1, n)
        {
            continue;
        }
        let first = name_words_back(t, second - 1, n, 3);
        let named = first < second - 1 || t.toks[second - 2].kind == TokKind::Number;
        let unknown = |a: usize, e: usize| (a..=e).any(|x| t.toks[x].class == 0);
        if !named || !unknown(second, n - 2) {
            continue;
        }
        out.push((second, n - 2));
        if first < second - 1 && unknown(first, second - 2) {
            out.push((first, second - 2));
        }
    }
    out
}

/// True when the count at `n` goes on, through "other" and up to two words for kinds of drill or
/// nations ("joint", "US-Jordanian"), to a plural word for exercises that ends the phrase.
fn counted_drills(t: &Tokens, n: usize) -> bool {
    let mut x = n + 1;
    if t.eq(x, "other") {
        x += 1;
    }
    while x < t.len() && x < n + 5 && (drill_modifier(t, x) || nations_word(t, x)) {
        x += 1;
    }
    x < t.len()
        && t.same_sentence(n, x)
        && !t.toks[x].cap
        && ["exercises", "drills", "wargames", "maneuvers", "manoeuvres"]
            .iter()
            .any(|w| t.eq(x, w))
        && !attributive(t, n, x)
}

/// "Russian", "US-Jordanian": a nationality, or nations joined by hyphens, as drills are described.
fn nations_word(t: &Tokens, x: usize) -> bool {
    t.toks[x].is(NATIONALITY)
        || rsplit_hyphen(t.str(x))
            .is_some_and(|(_, last)| lexicon::classes(last) & NATIONALITY != 0)
}

/// "Sea Lantern 2026 – Đèn Biển-26 to the Vietnamese side": a name set off by a dash right after an
/// exercise name of the same year or edition is that exercise in another language. Returns, for each
/// such pair of entity indices, (first, second).
fn dashed_aliases(text: &str, entities: &[(Range<usize>, String, usize)]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by_key(|&i| entities[i].0.start);
    let mut out = Vec::new();
    // Each mention and the next one: the names of a pair stand side by side.
    for pair in order.windows(2) {
        let (i, j) = (pair[0], pair[1]);
        let ((r, name, _), (r2, name2, _)) = (&entities[i], &entities[j]);
        if r2.start <= r.end || r2.start - r.end > 60 || name == name2 {
            continue;
        }
        if !text.get(r.end..r2.start).is_some_and(apposing) {
            continue;
        }
        let (_, e1) = article_key(name);
        let (_, e2) = article_key(name2);
        if !e1.is_empty()
            && e1 == e2
            && spelling_key(series_of(name)) != spelling_key(series_of(name2))
        {
            out.push((i, j));
        }
    }
    out
}

/// True when the text between two names sets the second off as another name of the first: a dash,
/// or "known (locally, also, in Vietnam) as" after a comma and perhaps a word for an exercise.
fn apposing(between: &str) -> bool {
    let b = between.trim();
    if b == "–" || b == "—" {
        return true;
    }
    // Two words before "known", three after it at most: the text between two names far apart in
    // the article is passed over at its seventh word.
    if b.split_whitespace().nth(6).is_some() {
        return false;
    }
    let words: Vec<&str> = b.split_whitespace().collect();
    let Some(k) = words.iter().position(|w| *w == "known") else {
        return false;
    };
    let lead = words[..k].join(" ");
    let lead_ok = matches!(
        lead.trim_end_matches("also").trim(),
        "," | "exercise," | "drill," | "drills," | "exercises,"
    );
    let tail = &words[k + 1..];
    lead_ok
        && tail.last() == Some(&"as")
        && (tail.len() == 1
            || tail.len() == 2 && matches!(tail[0], "locally" | "officially" | "also")
            || tail.len() == 3 && tail[0] == "in" && tail[1].starts_with(char::is_uppercase))
}

/// The key under which spellings of one run meet in one article, as its stem and its edition: the
/// [`edition_key`], with Persian q and gh, o and u, read alike ("Qeyrat" / "Gheyrat") and a year
/// in four digits or two one edition ("1404" / "04", "2026" / "26"), as an article names one run.
fn article_key(name: &str) -> (String, String) {
    let key = edition_key(name);
    match key.rsplit_once(' ') {
        Some((stem, last)) if last.bytes().all(|b| b.is_ascii_digit()) || last.starts_with('#') => {
            let edition = if last.len() == 4 && !last.starts_with('#') {
                &last[2..]
            } else {
                last
            };
            (spelling_key(stem), edition.to_string())
        }
        _ => (spelling_key(&key), String::new()),
    }
}

/// True when `name` ends in the Roman number of its edition ("Pelican Strike XII").
fn roman_edition(name: &str) -> bool {
    name.rsplit([' ', '-']).next().is_some_and(|w| {
        w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()) && edition_numeral(w)
    })
}

/// True when `name` ends in a four-digit year.
fn year_edition(name: &str) -> bool {
    name.rsplit([' ', '-']).next().is_some_and(is_year)
}

/// "Exercise Pelican Strike XII … Pelican Strike 2026": when an article names one series by one
/// Roman-numbered run and one dated run and no other, they are the same run, numbered and dated.
/// Returns the (Roman name, dated name) pairs.
fn roman_and_year(names: &[String]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for roman in names.iter().filter(|n| roman_edition(n)) {
        let stem = spelling_key(series_of(roman));
        let mut runs: Vec<(&String, (String, String))> = Vec::new();
        for n in names {
            let key = article_key(n);
            if spelling_key(series_of(n)) == stem
                && series_of(n).len() < n.len()
                && !runs.iter().any(|(_, k)| *k == key)
            {
                runs.push((n, key));
            }
        }
        if let [(x, _), (y, _)] = runs[..] {
            let dated = if x == roman { y } else { x };
            if year_edition(dated) && !roman_edition(dated) {
                out.push((roman.clone(), dated.clone()));
            }
        }
    }
    out
}

/// The letters and edition of an acronym as outlets shorten an exercise's name: "ASD-25", "HE26",
/// "TS23", "UFS". None for a word of another shape.
fn acronym_parts(w: &str) -> Option<(&str, &str)> {
    let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = &w[letters.len()..];
    let letters = if digits.is_empty() {
        letters
    } else {
        letters.strip_suffix('-').unwrap_or(letters)
    };
    let sized = if digits.is_empty() {
        (3..=6).contains(&letters.len())
    } else {
        (2..=6).contains(&letters.len()) && matches!(digits.len(), 2 | 4)
    };
    (sized && letters.bytes().all(|b| b.is_ascii_uppercase())).then_some((letters, digits))
}

/// The initials of a name's capitalized words, joining particles aside: "Ahmet Selim Demir" →
/// "ASD", "Harmattan Express" → "HE", "Ulchi Freedom Shield" → "UFS".
fn initials_of(series: &str) -> String {
    series
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .flat_map(char::to_uppercase)
        .collect()
}

/// The initials of every name of the exercises of `found` that are no acronym themselves, with the
/// exercise's index and the name: made once, then looked up for every acronym of the text.
fn initials_table(found: &[Found]) -> Vec<(usize, String, &str)> {
    let mut table = Vec::new();
    for (i, f) in found.iter().enumerate() {
        if f.kind != Kind::Exercise || acronym_parts(&f.name).is_some() {
            continue;
        }
        for n in std::iter::once(&f.name).chain(&f.aliases) {
            table.push((i, initials_of(series_of(n)), n.as_str()));
        }
    }
    table
}

/// The one exercise of `table` (other than `skip`) whose name's initials are `letters`, of the edition
/// `digits` when given.
fn initials_owner(
    table: &[(usize, String, &str)],
    letters: &str,
    digits: &str,
    skip: usize,
) -> Option<usize> {
    let mut owners = table.iter().filter(|(i, initials, n)| {
        *i != skip
            && initials == letters
            && (digits.is_empty() || {
                let series = series_of(n);
                series.len() < n.len()
                    && translit::key(&edition_key(&format!("{series} {digits}")))
                        == translit::key(&edition_key(n))
            })
    });
    let first = owners.next()?.0;
    owners.all(|o| o.0 == first).then_some(first)
}

/// "the Ahmet Selim Demir 2025 joint exercise (ASD-25)", then "ASD-25 shows that …"; "Harmattan
/// Express 26", then "HE26 would test …": an acronym made of the initials of an exercise of the article,
/// with its edition's year when it has one, is that exercise. Without a year it takes three letters or
/// more, and the initials must be of one exercise only.
fn initials(cx: &mut Ctx, capitalized: &[usize]) {
    // Acronyms already found as exercises of their own ("ASD-25" near a word for an exercise) join the
    // exercise they shorten.
    let mut i = 0;
    let mut merged = false;
    while i < cx.found.len() {
        let owner = (cx.found[i].kind == Kind::Exercise)
            .then(|| acronym_parts(&cx.found[i].name))
            .flatten()
            .and_then(|(letters, digits)| {
                initials_owner(&initials_table(&cx.found), letters, digits, i)
            });
        let Some(o) = owner else {
            i += 1;
            continue;
        };
        let gone = cx.found.remove(i);
        let o = if o > i { o - 1 } else { o };
        let f = &mut cx.found[o];
        f.add_alias(&gone.name);
        for a in &gone.aliases {
            f.add_alias(a);
        }
        for r in gone.mentions {
            f.add_mention(r);
        }
        merged = true;
    }
    if merged {
        cx.reindex();
    }
    let t = &cx.t;
    // The exercises' initials and what the other entities hold are read at the first acronym: most
    // articles have none.
    let table = std::cell::OnceCell::new();
    let taken = std::cell::OnceCell::new();
    let mut found: Vec<(usize, Range<usize>)> = Vec::new();
    for &k in capitalized {
        let tok = &t.toks[k];
        if !(tok.is_word() && tok.upper) {
            continue;
        }
        let Some((letters, digits)) = acronym_parts(t.str(k)) else {
            continue;
        };
        let table = table.get_or_init(|| initials_table(&cx.found));
        // With no exercise whose initials an acronym could be, no word is looked at further.
        if table.is_empty() {
            return;
        }
        let r = tok.range();
        let taken = taken
            .get_or_init(|| Occupied::of(&cx.found, &[Kind::Official, Kind::Unit, Kind::Exercise]));
        if taken.any(&r) {
            continue;
        }
        if let Some(fi) = initials_owner(table, letters, digits, usize::MAX) {
            found.push((fi, r));
        }
    }
    for (fi, r) in found {
        let alias = cx.t.text[r.clone()].to_string();
        let f = &mut cx.found[fi];
        f.add_alias(&alias);
        f.add_mention(r);
    }
}

/// "Tagisan, short for “Tagisan ng mga Bantay” (Contest of the Guards)": the quoted words an
/// exercise's name is short for are its full name, and a translation in parentheses after them another:
/// both are aliases of the exercise named just before.
fn short_for(cx: &mut Ctx) {
    let t = &cx.t;
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for k in t.occurrences_of_any(&["short", "stands"]) {
        let cue = k >= 2 && k + 3 < t.len() && t.eq(k + 1, "for");
        if !cue || !t.punct(k - 1, ',') || !t.same_sentence(k - 2, k + 2) {
            continue;
        }
        let open = k + 2;
        if !(t.punct(open, '“') || t.punct(open, '"')) || !t.toks[open + 1].cap {
            continue;
        }
        let close = (open + 1..(open + 16).min(t.len()))
            .take_while(|&e| t.same_sentence(open, e))
            .find(|&e| t.punct(e, '”') || t.punct(e, '"'));
        let Some(close) = close.filter(|&c| c > open + 1) else {
            continue;
        };
        found.push((k - 2, open + 1, close - 1));
        // A translation in parentheses right after.
        if t.punct(close + 1, '(') && t.toks.get(close + 2).is_some_and(|x| x.cap) {
            let end = (close + 2..(close + 18).min(t.len()))
                .take_while(|&e| t.same_sentence(open, e))
                .find(|&e| t.punct(e, ')'));
            if let Some(end) = end.filter(|&e| e > close + 2) {
                found.push((k - 2, close + 2, end - 1));
            }
        }
    }
    for (named, a, b) in found {
        let t = &cx.t;
        // The exercise whose name (or alias) the words before the comma spell; that mention itself is
        // added later with the other repeats.
        let spelled = |n: &str| {
            let words = n.split(' ').count();
            named + 1 >= words && t.joined(named + 1 - words, named) == n
        };
        let Some(fi) = cx.found.iter().position(|f| {
            f.kind == Kind::Exercise
                && std::iter::once(&f.name)
                    .chain(&f.aliases)
                    .any(|n| spelled(n))
        }) else {
            continue;
        };
        let (r, alias) = (t.span(a, b), t.joined(a, b));
        let f = &mut cx.found[fi];
        f.add_alias(&alias);
        f.add_mention(r);
    }
}

/// '"Falcon-6" (Falcon VI)': a quoted name with an edition number, and the same name with that number in
/// Roman numerals in parentheses after it, is an exercise's edition written twice. Returns both spans.
fn numbered_with_roman(t: &Tokens, capitalized: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let last = t.len().saturating_sub(5);
    for &k in capitalized.iter().filter(|&&k| k >= 1 && k < last) {
        // The parentheses first: most tokens are passed over without a look at their text.
        if !(t.toks[k].cap && t.punct(k + 2, '(') && t.punct(k + 5, ')')) {
            continue;
        }
        let Some((stem, n)) = t.str(k).rsplit_once('-') else {
            continue;
        };
        let quoted = (t.punct(k - 1, '"') || t.punct(k - 1, '“'))
            && (t.punct(k + 1, '"') || t.punct(k + 1, '”'));
        let number = n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit());
        if !(quoted && number) {
            continue;
        }
        let roman = lexicon::roman_numeral(t.str(k + 4));
        if t.str(k + 3) == stem
            && roman.is_some_and(|r| n.parse::<u32>().is_ok_and(|n| n == r))
            && t.same_sentence(k, k + 5)
        {
            out.push((k, k));
            out.push((k + 3, k + 4));
        }
    }
    out
}

/// "NATO's Baltic Guard operation", "the Nordic Shield mission": two or three capitalized words before a
/// lowercase "operation" or "mission", after "the" or a possessive, name one operation. One word alone
/// is most often the place it is in ("the Kursk operation"), and an organization's name ends in its
/// head word ("the African Union mission").
fn named_operations(t: &Tokens) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for k in t.occurrences_of_any(&["operation", "mission"]) {
        if k < 2 || t.toks[k].cap {
            continue;
        }
        let mut a = k;
        while a > 0 && k - a < 3 && t.same_sentence(a - 1, k) && name_word(t, a - 1) {
            a -= 1;
        }
        if a + 2 > k || a == 0 || t.toks[a..k].iter().any(|x| x.upper) {
            continue;
        }
        let opened = t.eq(a - 1, "the") || t.toks[a - 1].kind == TokKind::Possessive;
        // "the African Union mission", "the European Union operation": an organization's mission.
        let organization = t.toks[k - 1].is(ORG_HEAD);
        if opened && !organization && (a..k).any(|i| t.toks[i].class == 0) {
            out.push((a, k - 1));
        }
    }
    out
}

/// "Operation Desert Hawk", "Operation Northern Arrows", "Operation Volcano of Rage": the capitalized
/// words after a capitalized "Operation" or "Exercise", with an inner "of", up to four; a line break
/// is a space. One of them must be unknown to the lexicon ("Operation Commander" names a post).
/// Returns the last token.
fn titled_name(t: &Tokens, k: usize) -> Option<usize> {
    let word = |i: usize| i < t.len() && name_word(t, i) && t.same_sentence(k, i);
    if !word(k + 1) {
        return None;
    }
    let mut e = k + 1;
    while e < k + 3 {
        if word(e + 1) {
            e += 1;
        } else if t.eq(e + 1, "of") && word(e + 2) {
            e += 2;
        } else if t.eq(e + 1, "of") && t.eq(e + 2, "the") && word(e + 3) {
            // "Operation Guardian of the Walls".
            e += 3;
        } else if t
            .toks
            .get(e + 1)
            .is_some_and(|x| x.kind == TokKind::Possessive)
            && t.toks[e + 1].end as usize + 1 == t.toks.get(e + 2).map_or(0, |x| x.start as usize)
            && word(e + 2)
        {
            // "Operation Spider's Web": a possessive inside the name.
            e += 2;
        } else {
            break;
        }
    }
    let unknown = |i: usize| t.toks[i].class == 0 && t.toks[i].is_word();
    // "Operation Northern Border (Operativo Frontera Norte)": known words, but translated as a name.
    let translated = e > k + 1 && t.punct(e + 1, '(') && t.toks.get(e + 2).is_some_and(|x| x.cap);
    // The first word must not be a head or a unit word: "Operation Army Command" is a phrase.
    (((k + 1..=e).any(unknown) || translated)
        && !t.toks[k + 1].is(UNIT_HEAD | UNIT_WORD | ORG_HEAD | PLACE_HEAD)
        && !police_operation(t, k))
    .then_some(e)
}

/// Words of police work and crime: an operation they speak of is a raid.
const POLICE_WORDS: &[&str] = &[
    "police",
    "policemen",
    "narcotics",
    "drug",
    "drugs",
    "anti-drug",
    "anti-narcotics",
    "raid",
    "raids",
    "arrested",
    "arrests",
    "traffickers",
    "trafficking",
    "smugglers",
    "gang",
    "gangs",
    "cartel",
    "criminals",
    "seized",
];

/// Words of armed forces: an operation they speak of may be military whatever else is said.
const FORCES_WORDS: &[&str] = &[
    "troops",
    "army",
    "military",
    "soldiers",
    "navy",
    "exercise",
    "exercises",
    "drills",
    "militants",
    "insurgents",
];

/// Words of civil life that name an "Operation" of their own: a film or a book, a charity, a
/// surgery, a crackdown on crime. An operation they speak of is none of the armed forces'.
const CIVIL_WORDS: &[&str] = &[
    "film",
    "films",
    "movie",
    "documentary",
    "book",
    "novel",
    "episode",
    "charity",
    "nonprofit",
    "surgery",
    "surgeons",
    "crackdown",
    "crime",
];

/// "Operation Hawk-Storm 2 and Operation Hawk-Shield": a series of operations named in joined words
/// numbers its runs, so such a name takes the number of one or two digits after it. After plain words
/// a number is as often a count the sentence goes on with ("in Operation Northern Watch 12 died").
fn operation_number(t: &Tokens, e: usize) -> bool {
    t.str(e).contains('-')
        && t.toks
            .get(e + 1)
            .is_some_and(|x| x.kind == TokKind::Number && (1..=2).contains(&(x.end - x.start)))
}

/// "Police launched Operation Varnton against drug gangs": an operation of one word (most often the
/// city it is run in) in a sentence of police and crime, and not of troops, is a police raid.
/// "The film Operation Blue Lantern", "Operation Kind Hands, a charity", "police launched Operation
/// Quiet Roads": a longer name in such a sentence, or in one of civil life, is none either.
fn police_operation(t: &Tokens, k: usize) -> bool {
    if !t.eq(k, "operation") {
        return false;
    }
    let s = t.toks[k].sentence;
    let lo = t.toks.partition_point(|x| x.sentence < s);
    let sentence = t.toks[lo..].iter().take_while(|x| x.sentence == s).count();
    let any = |words: &[&str]| (lo..lo + sentence).any(|x| words.iter().any(|w| t.eq(x, w)));
    (any(POLICE_WORDS) || any(CIVIL_WORDS)) && !any(FORCES_WORDS)
}

/// "Iran held Tondar99 in May. The drills involved ...": a word glued to a number of two or four digits
/// right after "held", "staged" or "conducted" names an exercise when drills are spoken of in its
/// sentence or open the next.
fn held_glued(t: &Tokens) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for k in t.occurrences_of_any(&["held", "staged", "conducted"]) {
        let n = k + 1;
        if n >= t.len() || !t.same_sentence(k, n) || !t.toks[n].cap || !t.toks[n].is_word() {
            continue;
        }
        let word = t.str(n);
        let Some(at) = glued_number(word) else {
            continue;
        };
        let (stem, number) = word.split_at(at);
        if matches!(number.len(), 2 | 4)
            && shaped_stem(stem)
            && (in_exercise_sentence(t, n) || drills_open_next(t, n))
        {
            out.push((n, n));
        }
    }
    out
}

/// "Exercise-01", "Drill-7B": a capitalized word for an exercise joined to a number or a code names an
/// exercise by itself.
fn coded_exercises(t: &Tokens, capitalized: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for &k in capitalized {
        let tok = &t.toks[k];
        if !(tok.cap && tok.is_word() && tok.end - tok.start >= 7 && tok.class == 0) {
            continue;
        }
        let Some((head, code)) = rsplit_hyphen(t.str(k)) else {
            continue;
        };
        let coded = (1..=4).contains(&code.len())
            && code.bytes().all(|b| b.is_ascii_alphanumeric())
            && code.bytes().any(|b| b.is_ascii_digit())
            && !is_year(code);
        if coded && !head.contains('-') && lexicon::classes(head) & EXERCISE != 0 {
            out.push((k, k));
        }
    }
    out
}

/// "SAREX", "PASSEX", "SINKEX": an all-capital word of five letters or more ending in "EX", as navies
/// shorten a kind of exercise; a few such words are brands or common nouns.
fn exercise_acronym(w: &str) -> bool {
    w.len() >= 5
        && w.ends_with("EX")
        && w.bytes().all(|b| b.is_ascii_uppercase())
        // "SEADEX", "DIMDEX", "SOFEX", "MILEX": arms fairs, a Defence or Forces Exhibition.
        && !w.ends_with("DEX")
        && !w.ends_with("FEX")
        && !matches!(
            w,
            "MILEX"
                | "INDEX"
                | "CODEX"
                | "DUPLEX"
                | "ROLEX"
                | "FEDEX"
                | "LATEX"
                | "VERTEX"
                | "CORTEX"
                | "TELEX"
                | "PYREX"
                | "KLEENEX"
                | "SPANDEX"
                | "COMPLEX"
                | "REFLEX"
                | "ANNEX"
        )
}

/// The lower-case word for an operation or an exercise in French, Spanish, Portuguese, Italian, Romanian,
/// Polish, the South Slavic languages and Turkish, as an English text keeps it before a local name
/// ("under the banner of opération Sahel Bouclier", "la operación Cóndor III", "vežba Oštri mač").
const FOREIGN_CUES: &[&str] = &[
    "opération",
    "operación",
    "operacion",
    "operação",
    "operacao",
    "operazione",
    "exercice",
    "exercices",
    "ejercicio",
    "ejercicios",
    "exercício",
    "exercicio",
    "esercitazione",
    "exercițiul",
    "exerciţiul",
    "exercitiul",
    "exercițiului",
    "exerciţiului",
    "ćwiczenia",
    "ćwiczenie",
    "cwiczenia",
    "vežba",
    "vežbe",
    "vežbi",
    "vezba",
    "vježba",
    "vjezba",
    "tatbikatı",
];

/// True when token `k` is a lower-case word of [`FOREIGN_CUES`], with or without an elided article
/// ("l'opération", "l’exercice", "dell'esercitazione").
fn foreign_cue(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    // By length and case first: this runs on every token.
    if !tok.is_word() || tok.cap || !(5..=20).contains(&(tok.end - tok.start)) {
        return false;
    }
    let w = t.str(k);
    // The apostrophe of an elided article starts within the first five bytes ("’" is encoded as these
    // three wherever it occurs), and most words have no byte of one there: a word with one further on,
    // like one with none, is a cue only as a whole, and no cue has an apostrophe.
    let b = w.as_bytes();
    let elided = b
        .first_chunk::<5>()
        .is_some_and(|head| head.iter().any(|&x| x == b'\'' || x == 0xE2));
    let apostrophe = if elided {
        (0..5).find_map(|i| match b[i] {
            b'\'' => Some((i, 1)),
            0xE2 if b[i..].starts_with("’".as_bytes()) => Some((i, 3)),
            _ => None,
        })
    } else {
        None
    };
    let w = match apostrophe {
        Some((i, n)) => w.get(i + n..).unwrap_or_default(),
        None => w,
    };
    foreign_word(w)
}

/// True when `w` is a word of [`FOREIGN_CUES`] as a whole.
fn foreign_word(w: &str) -> bool {
    matches!(
        w.as_bytes().first(),
        Some(b'o' | b'e' | b'v' | b'c' | b't' | 0xC4)
    ) && FOREIGN_CUE_LENGTHS & 1 << w.len().min(63) != 0
        && w.as_bytes().first_chunk::<2>().is_some_and(|&[x, y]| {
            let i = cue_pair(x, y);
            FOREIGN_CUE_PAIRS[i / 64] & 1 << (i % 64) != 0
        })
        && FOREIGN_CUES.contains(&w)
}

/// The lengths of [`FOREIGN_CUES`] (see [`lengths_of`]): most lower-case words of an English text
/// start as a cue does ("other", "conducted", "troops") but have another length or second letter, and
/// are passed over without a comparison with every cue.
const FOREIGN_CUE_LENGTHS: u64 = lengths_of(FOREIGN_CUES);

/// A cue's first two bytes as a bit of [`FOREIGN_CUE_PAIRS`].
const fn cue_pair(x: u8, y: u8) -> usize {
    (x as usize * 31 + y as usize) & 255
}

/// The first two bytes of every cue, as bits: computed from the list, so it stays true as it grows.
const FOREIGN_CUE_PAIRS: [u64; 4] = {
    let mut bits = [0u64; 4];
    let mut i = 0;
    while i < FOREIGN_CUES.len() {
        let b = FOREIGN_CUES[i].as_bytes();
        let p = cue_pair(b[0], b[1]);
        bits[p / 64] |= 1 << (p % 64);
        i += 1;
    }
    bits
};

/// "opération Sahel Bouclier", "la operación Cóndor III", "el ejercicio Tridente Austral 2025", 'vežba "Oštri
/// bedem 2026"': a name after a lower-case foreign word for an operation or an exercise. The name is one
/// to four capitalized words (inner "de", "del" as in Romance names) with the number or year of its
/// edition, or, in quotes, any words up to the closing quote. Returns its span.
fn foreign_cued(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    if !foreign_cue(t, k) {
        return None;
    }
    let open = t.punct(k + 1, '"') || t.punct(k + 1, '“') || t.punct(k + 1, '«');
    let a = if open { k + 2 } else { k + 1 };
    if a >= t.len()
        || !t.same_sentence(k, a)
        || !name_word(t, a)
        || t.toks[a].is(ORG_HEAD | OUTLET | UNIT_HEAD | PLACE_HEAD | BRANCH)
        || !military_nearby(t, k)
    {
        return None;
    }
    let mut e = a;
    if open {
        // In quotes the name may keep lower-case words: "Oštri mač 2026".
        while e + 1 < t.len()
            && e < a + 5
            && t.same_sentence(a, e + 1)
            && (t.toks[e + 1].is_word() || t.toks[e + 1].kind == TokKind::Number)
        {
            e += 1;
        }
        let closed = t.punct(e + 1, '"') || t.punct(e + 1, '”') || t.punct(e + 1, '»');
        return closed.then_some((a, e));
    }
    let word = |x: usize| x < t.len() && t.same_sentence(a, x) && name_word(t, x);
    while e < a + 3 {
        if word(e + 1) {
            e += 1;
        } else if e + 2 < t.len() && romance_particle(t, e + 1) && word(e + 2) {
            e += 2;
        } else {
            break;
        }
    }
    // "Cóndor III", "Cóndor I", "Tridente 3", "Tridente Austral 2025": the edition after a cue may be one
    // letter.
    let n = e + 1;
    let edition = n < t.len()
        && t.same_sentence(a, n)
        && (t.toks[n].upper && lexicon::roman_numeral(t.str(n)).is_some_and(|v| v <= 30)
            || t.toks[n].kind == TokKind::Number && edition_mark(t.str(n)))
        && t.toks[n].start == t.toks[e].end + 1;
    if edition {
        e = n;
    }
    ((a..=e).any(|x| t.toks[x].class == 0) || edition).then_some((a, e))
}

/// True when the sentence of token `k`, within twenty tokens of it, speaks of armed forces: police
/// raids ("operação Lava Jato"), shows and budgets ("ejercicio fiscal") go by the same foreign words.
fn military_nearby(t: &Tokens, k: usize) -> bool {
    military::armed_forces_near(t, k, 20, RANK)
}

/// "Zlatni štit 2026 (Golden Shield 2026)", "the Zlatni stit 26 exercise", "Aigle saharien 2026 –
/// Saharan Eagle 26": in languages that capitalize only a name's first word, or put the adjective after
/// the noun, a dated exercise name is a capitalized word and a lower-case one before the year. Such a
/// pair is taken only with plain evidence: a word for an exercise right after it, quotes in a sentence
/// about an exercise, or an exercise `hits` holds right after it, in parentheses or after a dash, of the
/// same year. Returns the spans.
fn lowercase_dated(t: &Tokens, numbers: &[usize], hits: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut starts: Vec<(usize, usize)> = Vec::new();
    for &k in numbers.iter().filter(|&&k| k >= 2) {
        if !t.toks[k - 1].is_word() || t.toks[k - 1].cap {
            continue;
        }
        let year = t.str(k);
        let (w, c) = (k - 1, k - 2);
        let lower = t.str(w);
        let plain = t.toks[w].class == 0
            && lower.chars().count() >= 4
            && lower.chars().all(char::is_alphabetic)
            && !lexicon::event_word(lower)
            && !PUBLIC_EVENTS.contains(&lower)
            && !ENGLISH_BEFORE_YEAR.contains(&lower);
        if !(is_year(year) || short_year(year))
            || !plain
            || !t.same_sentence(c, k)
            || !name_word(t, c)
            || t.toks[c].upper
            || t.toks[c].is(FIRST_NAME | ORG_HEAD | UNIT_HEAD | PLACE_HEAD | BRANCH | OUTLET)
            || c > 0 && t.same_sentence(c - 1, c) && name_word(t, c - 1)
        {
            continue;
        }
        let evidence = drill_follows(t, k) || quoted(t, c, k) && in_exercise_sentence(t, c) || {
            let mut p = k + 1;
            if t.punct(p, '"') || t.punct(p, '”') || t.punct(p, '»') {
                p += 1;
            }
            let joined = t.punct(p, '(') || t.punct(p, '–') || t.punct(p, '—');
            if starts.is_empty() {
                starts = hits.to_vec();
                starts.sort_unstable();
            }
            let from = starts.partition_point(|h| h.0 < p + 1);
            joined
                && t.same_sentence(k, p + 1)
                && starts[from..]
                    .iter()
                    .take_while(|h| h.0 == p + 1)
                    .any(|&(_, y)| y < p + 6 && same_year(t.str(y), year))
        };
        if evidence {
            out.push((c, k));
        }
    }
    out
}

/// Public events named by a capitalized word and a lower-case one before a year ("Victory parade 2025",
/// "Moscow marathon 2025"): no exercise names.
const PUBLIC_EVENTS: &[&str] = &[
    "parade",
    "parades",
    "marathon",
    "race",
    "rally",
    "regatta",
    "tournament",
    "festival",
    "celebration",
    "celebrations",
    "ceremony",
    "concert",
    "carnival",
    "season",
    "league",
    "derby",
    "anniversary",
    "games",
    "cup",
];

/// Lower-case English words that stand between a capitalized word and a year ("Moscow since 2014",
/// "Kyiv through 2025"): no name of that shape.
const ENGLISH_BEFORE_YEAR: &[&str] = &[
    "since", "until", "till", "from", "through", "during", "before", "after", "around", "about",
    "over", "under", "between", "against", "with", "into", "onto", "within", "beyond", "early",
    "late", "mid", "back", "again", "also", "only", "still", "even",
];

/// True when two year marks are one year: "2026" and "26", "2026" and "2026".
fn same_year(a: &str, b: &str) -> bool {
    fn tail(s: &str) -> &str {
        s.get(s.len().saturating_sub(2)..).unwrap_or("")
    }
    (is_year(a) || short_year(a)) && (is_year(b) || short_year(b)) && tail(a) == tail(b)
}

/// "Operativo Frontera Norte", "Operación Escudo", "Opération Barkhane": "Operation" in Spanish,
/// Portuguese, French, Italian or Indonesian.
fn foreign_operation(t: &Tokens, k: usize) -> bool {
    // A cheap test first: this runs on every capitalized word.
    if !t.str(k).starts_with("Op") {
        return false;
    }
    [
        "Operativo",
        "Operación",
        "Operacion",
        "Opération",
        "Operação",
        "Operazione",
        "Operasi",
    ]
    .iter()
    .any(|w| t.str(k) == *w)
}

/// "launched the exercise, known as TS23, aboard …": the name after "known as" is an alias of the exercise
/// last named before it; so is a quoted name in a language ('The drill, known in Croatian as “Bakreni
/// greben 2027”', 'The operation, named "Şahin Peçe Harekâtı" in Turkish').
fn known_as(cx: &mut Ctx) {
    let t = &cx.t;
    let mut found: Vec<(usize, usize, usize, bool)> = Vec::new();
    for k in t.occurrences_of_any(&["known", "named"]) {
        let named = t.eq(k, "named");
        // "known in Japanese as Nichibei Togo Enshu": the language of the name may stand between.
        let language = !named && t.eq(k + 1, "in") && t.toks.get(k + 2).is_some_and(|x| x.cap);
        let as_at = if language { k + 3 } else { k + 1 };
        let said = named || t.eq(as_at, "as");
        if !(k >= 2 && as_at + 1 < t.len() && said && t.same_sentence(k, as_at + 1)) {
            continue;
        }
        let cue = if t.punct(k - 1, ',') { k - 2 } else { k - 1 };
        let x = if named { k + 1 } else { as_at + 1 };
        // "the operation, known as …": an operation, a campaign or an offensive of forces, not of a
        // firm or a party.
        // "named after the minister" names no exercise: a name it gives is quoted and in a language
        // ('named "Kalkan" in Turkish'), which no firm's campaign is given either.
        let quoted = quoted_words(t, x);
        let in_language = quoted.is_some_and(|e| t.eq(e + 2, "in") && language_name(t, e + 3));
        let drill = matches!(t.str(cue), "exercise" | "drill" | "drills" | "exercises");
        let operation = matches!(t.str(cue), "operation" | "campaign" | "offensive");
        if !(drill || operation && (in_language || forces_in_sentence(t, k))) {
            continue;
        }
        // A campaign's name is an alias of an exercise already found, never one of its own.
        let creates = !t.eq(cue, "campaign");
        if let Some(e) = quoted {
            if !named || in_language {
                found.push((x + 1, e, t.toks[x].start as usize, creates));
            }
            continue;
        }
        let capital = t.toks[x].cap || t.str(x).starts_with(|c: char| c.is_ascii_uppercase());
        if !named && capital {
            // A name of several words: "Nichibei Togo Enshu", up to four capitalized words of any
            // kind ("Togo" is a country in English).
            let mut e = x;
            let capital = |i: usize| {
                i < t.len() && t.same_sentence(x, i) && t.toks[i].is_word() && t.toks[i].cap
            };
            while e < x + 3 && t.toks[x].is_word() {
                if capital(e + 1) && !t.toks[e + 1].upper {
                    e += 1;
                } else if t.eq(e + 1, "of") && capital(e + 2) {
                    // "known as Storm of Cedars".
                    e += 2;
                } else {
                    break;
                }
            }
            found.push((x, e, t.toks[x].start as usize, creates));
        }
    }
    for (x, e, at, creates) in found {
        let r = cx.t.span(x, e);
        let alias = cx.t.joined(x, e);
        let last = cx
            .found
            .iter()
            .enumerate()
            .filter(|(_, f)| f.kind == Kind::Exercise)
            .filter_map(|(i, f)| {
                let m = f
                    .mentions
                    .iter()
                    .map(|m| m.start)
                    .filter(|&s| s < at)
                    .max()?;
                Some((m, i))
            })
            .max_by_key(|(m, _)| *m);
        // "the exercise, known in Japanese as Nichibei Togo Enshu and abbreviated NTE-26": with no
        // exercise named before, the one named later in the sentence.
        let end = cx
            .article
            .sentence_at(at)
            .map_or(at, |s| cx.article.sentences[s].range().end);
        let target = last.map(|(_, i)| i).or_else(|| {
            cx.found
                .iter()
                .enumerate()
                .filter(|(_, f)| f.kind == Kind::Exercise)
                .filter_map(|(i, f)| {
                    let m = f
                        .mentions
                        .iter()
                        .map(|m| m.start)
                        .filter(|&s| s > r.end && s < end)
                        .min()?;
                    Some((m, i))
                })
                .min_by_key(|(m, _)| *m)
                .map(|(_, i)| i)
        });
        let Some(mut ti) = target else {
            // "Troops began an offensive known as Storm of Cedars": with no exercise named before,
            // the name is one of its own.
            if creates {
                cx.entity(Kind::Exercise, &alias).add_mention(r);
            }
            continue;
        };
        // 'known in Croatian as “Bakreni greben 2027”': a name read as an exercise of its own is the
        // same exercise.
        let own = cx.found.iter().position(|f| {
            f.kind == Kind::Exercise
                && f.mentions
                    .iter()
                    .any(|m| m.start < r.end && r.start < m.end)
        });
        if let Some(gi) = own.filter(|&gi| gi != ti) {
            let gone = cx.found.remove(gi);
            if gi < ti {
                ti -= 1;
            }
            let f = &mut cx.found[ti];
            f.add_alias(&gone.name);
            for a in &gone.aliases {
                f.add_alias(a);
            }
            for m in gone.mentions {
                f.add_mention(m);
            }
            // The name index must follow before any entity is looked up by name again.
            cx.reindex();
        }
        let f = &mut cx.found[ti];
        f.add_alias(&alias);
        f.add_mention(r);
    }
}

/// Words that put a sentence among armed forces beyond doubt. A name drawn from a weak cue ("operation",
/// "campaign", a quoted phrase) needs one of them: police, firms, hospitals and studios run operations
/// and missions, and have commanders, too.
const FORCES: &[&str] = &[
    "troops",
    "forces",
    "army",
    "armies",
    "navy",
    "military",
    "soldiers",
    "soldier",
    "servicemen",
    "marines",
    "paratroopers",
    "commandos",
    "airstrikes",
];

/// The lengths of [`FORCES`]: most words near a cue are passed over by their length alone.
const FORCES_LENGTHS: u64 = lengths_of(FORCES);

/// True when the sentence of token `k`, within 30 tokens of it, has a word of [`FORCES`].
fn forces_in_sentence(t: &Tokens, k: usize) -> bool {
    let (lo, hi) = (k.saturating_sub(30), (k + 30).min(t.len()));
    (lo..hi).any(|x| {
        x != k
            && t.len_in(x, FORCES_LENGTHS)
            && t.same_sentence(x, k)
            && t.toks[x].is_word()
            && FORCES.iter().any(|w| t.eq(x, w))
    })
}

/// "dubbed", "code-named": words that give a name, to a drill as readily as to an album or a project.
fn naming_word(t: &Tokens, k: usize) -> bool {
    ["dubbed", "codenamed", "code-named", "called", "named"]
        .iter()
        .any(|w| t.eq(k, w))
}

/// 'the offensive, code-named "Swift Lance"': a name is given to what forces do when a word for a
/// drill or an operation stands shortly before the naming word, and for an operation, a campaign
/// or a mission, which firms and surgeons have too, a word of the military near it.
fn named_for_forces(t: &Tokens, k: usize) -> bool {
    (k.saturating_sub(6)..k)
        .filter(|&x| t.same_sentence(x, k) && t.toks[x].is_word() && !t.toks[x].cap)
        .any(|x| {
            APPOSITION_CUES.iter().any(|w| t.eq(x, w))
                || ["operation", "offensive", "campaign", "mission", "scenario"]
                    .iter()
                    .any(|w| t.eq(x, w))
                    && forces_in_sentence(t, k)
        })
}

/// '"Hope Is Here"', '"We Stand Together"': a verb or a pronoun makes a quoted phrase a slogan or a
/// title; an exercise's name is of nouns and adjectives.
fn slogan_word(w: &str) -> bool {
    matches!(
        w,
        "Is" | "Are"
            | "Was"
            | "Were"
            | "Be"
            | "We"
            | "Our"
            | "You"
            | "Your"
            | "My"
            | "Me"
            | "Us"
            | "Not"
            | "Here"
            | "Can"
            | "Must"
            | "Let"
    )
}

/// "Turkish", "Arabic": the name of a language, in which a name is given.
fn language_name(t: &Tokens, k: usize) -> bool {
    t.toks.get(k).is_some_and(|x| x.cap && x.is(NATIONALITY))
        || [
            "Arabic", "Urdu", "Farsi", "Hebrew", "Pashto", "Dari", "Bahasa",
        ]
        .iter()
        .any(|w| t.eq(k, w))
}

/// '“Bakreni greben 2027”': the last token of up to eight words in quotes opening at `x`, the first
/// capitalized.
fn quoted_words(t: &Tokens, x: usize) -> Option<usize> {
    let open = t.punct(x, '"') || t.punct(x, '“') || t.punct(x, '«');
    if !open || !t.toks.get(x + 1).is_some_and(|f| f.is_word() && f.cap) {
        return None;
    }
    let close = (x + 2..(x + 10).min(t.len()))
        .take_while(|&c| t.same_sentence(x, c))
        .find(|&c| t.punct(c, '"') || t.punct(c, '”') || t.punct(c, '»'))?;
    Some(close - 1)
}

/// Words before a bare series name that speak of the series or of an earlier run ("the first", "every").
const SERIES_WORDS: &[&str] = &[
    "first", "previous", "earlier", "past", "every", "each", "all", "former", "original", "of",
];

/// The edition a bare series name stands for: "Echelon" names "Echelon 2021" when the article has one
/// such edition (in its spellings); with several, as "Talisman Sabre 2023" and "Talisman Sabre 2021",
/// none: the article speaks of the series they belong to.
fn current_edition(names: &[String], series: &str) -> Option<String> {
    let mut editions = names.iter().filter(|n| {
        n.strip_prefix(series)
            .is_some_and(|rest| rest.starts_with([' ', '-']))
    });
    let first = editions.next()?;
    // "Slavic Shield-2025 ... after Slavic Shield-2024, Slavic Shield drills": with several runs named,
    // the bare name speaks of the series, not of one of them.
    let number = edition_number(first);
    if editions.any(|n| edition_number(n) != number) {
        return None;
    }
    Some(first.clone())
}

/// The number that orders editions of one series: the year ("Zapad-2021" → 2021, "Steadfast Defender 24"
/// → 2024, "Joint Sword-2024A" → 2024) or the edition number.
fn edition_number(name: &str) -> u32 {
    let digits = without_run(name)
        .trim_end_matches(|c: char| c.is_ascii_uppercase())
        .rsplit([' ', '-'])
        .next()
        .unwrap_or("");
    match digits.parse::<u32>() {
        Ok(n) if digits.len() == 2 => 2000 + n,
        Ok(n) => n,
        Err(_) => 0,
    }
}

/// The name under which spellings of one edition meet: "Dragon-24", "Dragon 24" and "Dragon 2024" are
/// one exercise, and so are "Chandra Kiran XX" and "Chandra Kiran-20" (an edition's Roman number is its
/// number). A two-digit number at the end is read as a year of this century. The name's words meet in
/// English and in any order ("Unité Niger 2025" and "Niger Unity 25", "Qalaa al-Sahil 1" and "Desert
/// Fortress 1"), without the particles that join them ("Azm-e-Watan" and "Azm-i-Watan").
pub fn edition_key(name: &str) -> String {
    keyed_edition(name, stem_key)
}

/// The key under which one exercise meets another article's: its words in their order and in their
/// own language, with the edition as [`edition_key`] reads it. Armies name exercises with the same
/// few words ("Grom-2024" in Russian, "Raad 2024" in Arabic, "Trueno 24" in Spanish are all
/// "thunder"), and "Eagle Strike 2025" is not "Strike Eagle 2025": a translation meets its original
/// only through [`translation_key`], or through the translation an article gives in parentheses,
/// which stays on the exercise as an alias. Persian and Arabic q and gh, o and u, are one letter
/// ("Qeyrat 1403" / "Gheyrat-1403"), as in the names of people.
pub fn link_key(name: &str) -> String {
    keyed_edition(name, ordered_spelling_key)
}

/// [`ordered_key`] with each word spelled as [`spelling_key`] reads it, and the Arabic jim inside a
/// word read as one letter: Egyptian outlets write it "g" where Gulf outlets write "j" ("Nagm 7" /
/// "Najm-7", "Ragab" / "Rajab"). A first letter stays: "J" and "G" start other words in English.
fn ordered_spelling_key(stem: &str) -> String {
    let ordered = ordered_key(stem);
    let last = ordered.split(' ').count() - 1;
    ordered
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i < last {
                glued_particle_dropped(w)
            } else {
                w
            }
        })
        .map(|w| match w.split_at_checked(1) {
            Some((first, rest)) if rest.contains('j') => {
                last_vowel_dropped(spelling_key(&format!("{first}{}", rest.replace('j', "g"))))
            }
            _ => last_vowel_dropped(spelling_key(w)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Qahrul Zalim" / "Qahr-ul-Zalim": the Urdu particle may be glued to the word before it, and is
/// dropped there as it is standing alone.
fn glued_particle_dropped(w: &str) -> &str {
    ["ul", "um"]
        .iter()
        .find_map(|p| w.strip_suffix(p).filter(|rest| rest.len() >= 4))
        .unwrap_or(w)
}

/// "Zulam" / "Zulm": Urdu and Persian names reach English with or without the short vowel of their last
/// syllable, so a key drops an "a" or "e" between the last two consonants of a word.
fn last_vowel_dropped(mut key: String) -> String {
    let b = key.as_bytes();
    let n = b.len();
    let consonant =
        |c: u8| c.is_ascii_lowercase() && !matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    if n >= 4 && matches!(b[n - 2], b'a' | b'e') && consonant(b[n - 3]) && consonant(b[n - 1]) {
        key.remove(n - 2);
    }
    key
}

/// The key under which a name of two or more words, one of them in another language, meets its
/// English translation across articles ("Qalaa al-Sahil 1" and "Coast Citadel 1", "Unité Niger 2025"
/// and "Niger Unity 25"): the words in English in one order. None for a name of one word, which
/// another army may well have named alike, and for a name with no foreign word, which meets its
/// spellings by [`link_key`].
pub fn translation_key(name: &str) -> Option<String> {
    let words: Vec<&str> = series_of(name)
        .split([' ', '-'])
        .filter(|w| !w.is_empty() && !JOINING_PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w)))
        .collect();
    let foreign = words
        .iter()
        .any(|w| lexicon::exercise_word_in_english(w).is_some());
    (words.len() >= 2 && foreign).then(|| edition_key(name))
}

/// "Tarvan99", "Kestrel2024": a word glued to the number of its edition, as some outlets print it.
/// Returns where the number starts in `name`'s last word, when that word has lowercase letters
/// (an acronym with digits is a code, "EL19") and one to four digits at its end.
fn glued_number(name: &str) -> Option<usize> {
    let word = name.rsplit(' ').next().unwrap_or(name);
    let letters = word.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = word.len() - letters.len();
    ((1..=4).contains(&digits)
        && letters.chars().count() >= 3
        && letters.chars().all(char::is_alphabetic)
        && letters.chars().any(char::is_lowercase))
    .then_some(name.len() - digits)
}

/// The edition key of `name` with its words keyed by `stem`.
fn keyed_edition(name: &str, stem_key: fn(&str) -> String) -> String {
    // "Stone Fox 2025-II": the run's Roman number as digits, which no spelling key folds into "2025-I".
    if let Some((stem, last)) = name.rsplit_once(' ')
        && designated_year(last)
        && let Some(n) = lexicon::roman_numeral(&last[5..])
    {
        return format!("{} {} {n}", stem_key(stem), &last[..4]);
    }
    // Each quote is replaced only where there is one: most names have none.
    let mut spaced = name.replace('-', " ");
    if let Some(at) = glued_number(&spaced) {
        spaced.insert(at, ' ');
    }
    for quote in [" '", " ’", " ‘"] {
        if spaced.contains(quote) {
            spaced = spaced.replace(quote, " ");
        }
    }
    let Some((stem, last)) = spaced.rsplit_once(' ') else {
        return stem_key(&spaced);
    };
    let two_digits = |n: &str| n.len() == 2 && n.bytes().all(|b| b.is_ascii_digit());
    if two_digits(last) {
        return format!("{} 20{last}", stem_key(stem));
    }
    // "Ferocious Falcon VI" is "Ferocious Falcon 6", "Chandra Kiran XX" is "Chandra Kiran 20".
    if last.bytes().all(|b| b.is_ascii_uppercase())
        && let Some(n) = lexicon::roman_numeral(last)
    {
        return match n {
            1..=9 => format!("{} #{n}", stem_key(stem)),
            10..=99 => format!("{} 20{n}", stem_key(stem)),
            _ => format!("{} #{n}", stem_key(stem)),
        };
    }
    if last.len() == 1 && last.as_bytes()[0].is_ascii_digit() {
        return format!("{} #{last}", stem_key(stem));
    }
    if last.bytes().all(|b| b.is_ascii_digit()) {
        return format!("{} {last}", stem_key(stem));
    }
    stem_key(&spaced)
}

/// The key under which one series meets across articles and languages, whatever edition a name is
/// of: "Zakhad Shchyt" and "Zapad Shchit-2025" are the series "West Shield".
pub fn series_key(name: &str) -> String {
    // Persian q and gh, o and u, are one letter here as in the edition's key ("Qeyrat" / "Gheyrat").
    translit::skeleton(&translit::key(&stem_key(series_of(name))))
}

/// Particles that join the words of Arabic, Persian and Urdu names ("Qalaa al-Sahil", "Azm-e-Watan",
/// "Bunyan-um-Marsoos", "Radd-ul-Fasaad") and the function words of English and Romance ones ("Will of
/// Victory", "Bouclier du Désert"): spelled in several ways, or not at all in a translation.
const JOINING_PARTICLES: &[&str] = &[
    "al", "el", "ul", "ol", "um", "un", "e", "i", "ad", "an", "ar", "as", "ash", "at", "az", "adh",
    "of", "the", "de", "du", "des", "del", "da", "do", "la", "le", "di",
];

/// The words of a name without joining particles, in their order and spelling.
fn ordered_key(stem: &str) -> String {
    let words: Vec<&str> = stem
        .split(' ')
        .filter(|w| !w.is_empty() && !JOINING_PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w)))
        .collect();
    if words.is_empty() {
        return stem.to_string();
    }
    words.join(" ")
}

/// The words of a name in English, without joining particles, in one order: what stays of a name
/// across languages and outlets. The words are separated by spaces and keep their spelling otherwise.
fn stem_key(stem: &str) -> String {
    // Each word with its transliteration key, which looks the word up and then orders it.
    let mut keyed: Vec<(String, &str)> = Vec::new();
    for w in stem.split(' ').filter(|w| !w.is_empty()) {
        if JOINING_PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w)) {
            continue;
        }
        let key = translit::key(w);
        match lexicon::english_of_key(&key) {
            Some(english) => keyed.extend(english.split(' ').map(|e| (translit::key(e), e))),
            None => keyed.push((key, w)),
        }
    }
    // Only particles: the name is its own key.
    if keyed.is_empty() {
        return stem.to_string();
    }
    keyed.sort();
    keyed.iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ")
}

/// Once "Zapad-2017" or "Sea Breeze 2021" is an exercise, the bare series name elsewhere in the article
/// ("Rapid Trident was praised", "units in Rapid Trident") is the series: when the name has several words or
/// is a known series, and no other name, date or unit claims those words. Returns (first, last, name).
fn bare_series(
    t: &Tokens,
    capitalized: &[usize],
    hits: &[(usize, usize)],
    bare: &[(usize, usize)],
    units: &Occupied,
) -> Vec<(usize, usize, String)> {
    let mut stems: Vec<String> = Vec::new();
    let mut placelike: Vec<String> = Vec::new();
    for &(a, b) in hits {
        let name = t.joined(a, b);
        let stem = series_of(&name);
        // "Hamkorlik-2025", then "Hamkorlik would become an annual event": one hyphenated word names
        // its series as surely as a known series does.
        let hyphenated = a == b && t.toks[b].is_word() && shaped_stem(stem);
        // "Bracolper 2025", then "Bracolper has been held every year": so does one unknown word before
        // a year, though such a word is as often a place ("Tabuk 6", then "in Tabuk"): see `locative`.
        let spaced = b == a + 1 && t.toks[b].kind == TokKind::Number && shaped_stem(stem);
        if stem.len() < name.len()
            && !stem.is_empty()
            && (stem.contains(' ')
                || lexicon::exercise_series(stem)
                || caps_series(stem)
                || hyphenated
                || spaced)
            && !stems.iter().any(|s| s == stem)
        {
            if spaced {
                placelike.push(stem.to_string());
            }
            stems.push(stem.to_string());
            // "Super Garuda Shield 2025", then "its Garuda Shield predecessor": a series of three
            // words or more grew out of the series its last words name ("Martyr Captain Ali Rahimi
            // Northern Thunder-2025", then "Northern Thunder is held every year"), unless
            // those words are a word for an exercise.
            let mut rest = stem;
            while let Some((_, tail)) = rest.split_once(' ') {
                if tail.contains(' ')
                    && tail.starts_with(|c: char| c.is_uppercase())
                    && !tail.split(' ').any(|w| lexicon::classes(w) & EXERCISE != 0)
                    && !stems.iter().any(|s| s == tail)
                {
                    stems.push(tail.to_string());
                }
                rest = tail;
            }
        }
    }
    let mut out = Vec::new();
    if stems.is_empty() {
        return out;
    }
    let taken = |a: usize, b: usize| hits.iter().chain(bare).any(|&(x, y)| x <= b && a <= y);
    // Each series' words, split once: every capitalized word of the article is compared with them.
    let stem_words: Vec<Vec<&str>> = stems.iter().map(|s| s.split(' ').collect()).collect();
    // Their first words, sorted: a word that opens no series is passed over without a look at each.
    let mut openers: Vec<&str> = stem_words
        .iter()
        .filter_map(|w| w.first().copied())
        .collect();
    openers.sort_unstable();
    // Where the next series may start: after the last one found.
    let mut from = 0;
    for &k in capitalized {
        if k >= from && openers.binary_search(&t.str(k)).is_ok() {
            for (stem, words) in stems.iter().zip(&stem_words) {
                let b = k + words.len() - 1;
                let same = b < t.len()
                    && words
                        .iter()
                        .enumerate()
                        .all(|(i, w)| t.str(k + i) == *w && t.same_sentence(k, k + i));
                if !same || taken(k, b) || units.any(&t.span(k, b)) {
                    continue;
                }
                // "Okean 2024" not taken as dated (no cue) stays out rather than becoming the series.
                if t.toks.get(b + 1).is_some_and(|x| x.kind == TokKind::Number) {
                    continue;
                }
                if k > 0 && t.same_sentence(k - 1, k) && name_word(t, k - 1) {
                    continue;
                }
                // "the Stone Fox brigade's staff": a unit named like the exercise it holds.
                if t.same_sentence(b, b + 1) && t.toks[b + 1].is(UNIT_HEAD) && !t.toks[b + 1].cap {
                    continue;
                }
                // "the Harbmaidon range", "the Formosa Training Field", "Tabuk Province": a ground
                // or a place named like the exercise held there.
                let ground = |x: usize| {
                    t.same_sentence(b, x) && t.toks[x].is_word() && t.toks[x].is(RANGE | PLACE_HEAD)
                };
                // "the Shabla firing range": one lowercase word may stand before the ground's word.
                let modified = t.same_sentence(b, b + 1)
                    && t.toks[b + 1].is_word()
                    && !t.toks[b + 1].cap
                    && b + 2 < t.len()
                    && ground(b + 2);
                if b + 1 < t.len()
                    && (ground(b + 1)
                        || modified
                        || words.len() == 1 && t.same_sentence(b, b + 1) && t.toks[b + 1].cap)
                {
                    continue;
                }
                if placelike.iter().any(|s| s == stem) && locative(t, k) || namesake(t, k) {
                    continue;
                }
                // "who rules the Desertland" after "Sahel-2026 (Desertland-2026)": a single word after
                // "the" is a region's name; a series goes without the article unless a word for an
                // exercise follows.
                let described = t.same_sentence(b, b + 1)
                    && (t.eq(b + 1, "series") || t.toks[b + 1].is(EXERCISE));
                if words.len() == 1 && k > 0 && t.eq(k - 1, "the") && !described {
                    continue;
                }
                // "Shabla, June 5 (BTA) -": a dateline names the town.
                if t.punct(b + 1, ',') && t.toks.get(b + 2).is_some_and(|x| x.is(MONTH)) {
                    continue;
                }
                out.push((k, b, stem.clone()));
                from = b + 1;
                break;
            }
        }
    }
    out
}

/// "The exercise takes its name from the 1989 Puntea Prieteniei", "named after the Friendship Bridge": what
/// an exercise is named after, starting at `k`, is its namesake (an event, a battle, a place), not the
/// exercise.
fn namesake(t: &Tokens, k: usize) -> bool {
    let mut p = k;
    if p > 0 && t.toks[p - 1].kind == TokKind::Number && is_year(t.str(p - 1)) {
        p -= 1;
    }
    if p > 0 && t.eq(p - 1, "the") {
        p -= 1;
    }
    p >= 2
        && t.same_sentence(p - 2, k)
        && (t.eq(p - 1, "from") || t.eq(p - 1, "after") || t.eq(p - 1, "for"))
        && (t.eq(p - 2, "name") || t.eq(p - 2, "named") || t.eq(p - 2, "names"))
}

/// True when what is said right after a bare series name ending at `b` is said of the series over the
/// years: "Eager Lion has become a school", "Bracolper has been held every year", "Kestrel is held
/// every two years", "Kestrel was first held in 2012".
fn habitual(t: &Tokens, b: usize) -> bool {
    let next = |i: usize, w: &str| t.same_sentence(b, b + i) && t.eq(b + i, w);
    // "First held in 2014, Pelican Strike now draws teams": the series' history.
    let first_held = (b.saturating_sub(12)..b).any(|x| {
        t.same_sentence(x, b) && t.eq(x, "first") && (t.eq(x + 1, "held") || t.eq(x + 1, "staged"))
    });
    if first_held {
        return true;
    }
    b + 3 < t.len()
        && (next(1, "has") && (next(2, "become") || next(2, "grown") || next(2, "been"))
            || next(1, "is") && next(2, "held") && next(3, "every")
            || next(1, "was") && next(2, "first"))
}

/// True when the word at `k` follows a preposition of place ("in Tabuk", "near Felino") that is not
/// "took part in".
fn locative(t: &Tokens, k: usize) -> bool {
    k > 0
        && t.same_sentence(k - 1, k)
        && ["in", "at", "near", "from", "outside", "to", "of"]
            .iter()
            .any(|w| t.eq(k - 1, w))
        && !(k > 1 && t.eq(k - 2, "part"))
}

/// The sentences that speak of an exercise: those naming it, and the ones after them in the paragraph
/// until another exercise is named.
fn context(cx: &Ctx, exercises: &Occupied, f: usize) -> Vec<usize> {
    let art = cx.article;
    let mut out = Vec::new();
    // The first mentions say what there is to say; a long article's hundredth repeat adds nothing.
    for m in cx.found[f].mentions.iter().take(16) {
        let Some(s) = art.sentence_at(m.start) else {
            continue;
        };
        let mut k = s;
        while k < art.sentences.len()
            && art.sentences[k].paragraph() == art.sentences[s].paragraph()
            && k < s + 4
        {
            if k > s {
                let r = &art.sentences[k].range();
                let other = exercises.within(r).any(|(_, _, i)| i != f);
                if other {
                    break;
                }
            }
            if !out.contains(&k) {
                out.push(k);
            }
            if k == s && s > 0 && !out.contains(&(s - 1)) {
                // "The brigade will hold exercises at X on July 3. The drills, codenamed Y, ...": the
                // sentence before speaks of the same exercise when it names none.
                let prev = &art.sentences[s - 1];
                // "Kobalt-2026 will be held in October. The drills will involve …": a sentence
                // opening with "the drills" speaks of the exercise named before it, if another.
                let named_before = s >= 2
                    && exercises
                        .within(&art.sentences[s - 2].range())
                        .any(|(_, _, i)| i != f)
                    && opens_with_anaphor(&cx.t, &prev.range());
                let speaks_of_drills = prev.paragraph() == art.sentences[s].paragraph()
                    && exercises.within(&prev.range()).next().is_none()
                    && exercise_word_in(&cx.t, &prev.range())
                    && !named_before;
                if speaks_of_drills {
                    out.push(s - 1);
                }
            }
            k += 1;
        }
    }
    out
}

/// True when a passage opens with a determiner and a word for an exercise ("The drills will involve",
/// "These exercises", "The joint exercise"): it speaks of an exercise already named.
fn opens_with_anaphor(t: &Tokens, r: &Range<usize>) -> bool {
    let lo = t.toks.partition_point(|x| (x.start as usize) < r.start);
    if !["the", "these", "this", "those", "such"]
        .iter()
        .any(|w| t.eq(lo, w))
    {
        return false;
    }
    (lo + 1..lo + 4).any(|x| {
        x < t.len()
            && (t.toks[x].start as usize) < r.end
            && t.toks[x].is(EXERCISE)
            && !t.toks[x].cap
            && (lo + 1..x).all(|y| t.toks[y].is_word() && !t.toks[y].cap)
    })
}

/// True when a passage has a word for an exercise.
fn exercise_word_in(t: &Tokens, r: &Range<usize>) -> bool {
    let lo = t.toks.partition_point(|x| (x.start as usize) < r.start);
    t.toks[lo..]
        .iter()
        .take_while(|x| (x.end as usize) <= r.end)
        .any(|x| x.is(EXERCISE) && !x.cap)
}

/// Date, place, participants, stages, duration, scenario and participating units and countries of each
/// exercise.
pub fn attributes(cx: &mut Ctx) {
    // An article that names no exercise has nothing to index.
    if !cx.found.iter().any(|f| f.kind == Kind::Exercise) {
        return;
    }
    let exercises = Occupied::of(&cx.found, &[Kind::Exercise]);
    let units = Occupied::of(&cx.found, &[Kind::Unit]);
    let places = Occupied::of(&cx.found, &[Kind::Place]);
    let main = main_exercise(cx);
    let mut all = Vec::new();
    for f in 0..cx.found.len() {
        if cx.found[f].kind != Kind::Exercise {
            continue;
        }
        let mut dates = Vec::new();
        let mut attrs: Vec<(AttrKey, String, Range<usize>)> = Vec::new();
        let mut sentences = context(cx, &exercises, f);
        if main == Some(f) {
            sentences.extend(drill_sentences(cx, &exercises, &sentences));
        }
        for s in sentences {
            let r = cx.article.sentences[s].range();
            let scan = clause_of(cx.t.text, &exercises, &r, f);
            let (lo, hi) = facts::tokens_of(&cx.t, &scan);
            for (d, end) in facts::dates(cx, lo, hi) {
                dates.push((d, end, r.clone()));
            }
            sentence_facts(cx, &units, &places, &scan, &r, &mut attrs);
        }
        all.push((f, chosen_dates(dates), attrs));
    }
    for (f, dates, attrs) in all {
        for (k, v, r) in dates.into_iter().chain(attrs) {
            if !kept(&cx.found[f], k, &v, &r) {
                continue;
            }
            cx.found[f].attr(k, v, r);
        }
    }
}

/// The exercise an article is about: the one its title names, else the first one named in its first two
/// paragraphs.
fn main_exercise(cx: &Ctx) -> Option<usize> {
    let exercises = || {
        cx.found
            .iter()
            .enumerate()
            .filter(|(_, f)| f.kind == Kind::Exercise)
    };
    let title = cx.article.header_value("Title").unwrap_or_default();
    // "Largest-ever Kestrel Lance war games get underway": the title may name the series alone.
    let in_title = |f: &Found| {
        std::iter::once(&f.name)
            .chain(&f.aliases)
            .flat_map(|n| [n.as_str(), series_of(n)])
            .any(|n| n.len() >= 4 && title.contains(n))
    };
    if let Some((i, _)) = exercises().find(|(_, f)| in_title(f)) {
        return Some(i);
    }
    let paragraphs = &cx.article.paragraphs;
    let lead = paragraphs.get(1).or(paragraphs.first())?.range().end;
    exercises()
        .filter_map(|(i, f)| f.mentions.iter().map(|m| m.start).min().map(|s| (s, i)))
        .min()
        .filter(|&(s, _)| s < lead)
        .map(|(_, i)| i)
}

/// Sentences beyond an exercise's context that speak of "the drills" and name no exercise: in an
/// article about one exercise, they speak of it ("The active phase of the drills will end on Friday").
/// A sentence whose word for an exercise is qualified as another one ("held a rival exercise", "their
/// own drills") speaks of that other exercise and is left out.
fn drill_sentences(cx: &Ctx, exercises: &Occupied, taken: &[usize]) -> Vec<usize> {
    let n = cx.article.sentences.len();
    let mut seen = vec![false; n];
    for &s in taken.iter().filter(|&&s| s < n) {
        seen[s] = true;
    }
    (0..n)
        .filter(|&s| !seen[s])
        .filter(|&s| {
            let r = cx.article.sentences[s].range();
            exercises.within(&r).next().is_none()
                && exercise_word_in(&cx.t, &r)
                && !other_exercise_in(&cx.t, &r)
        })
        .collect()
}

/// Words before a word for an exercise that make it another one than the article's.
const OTHER_EXERCISE: &[&str] = &[
    "rival", "separate", "own", "their", "another", "parallel", "counter",
];

/// True when a passage's word for an exercise is qualified as another one: "a rival exercise", "their
/// own drills", "counter-exercises".
fn other_exercise_in(t: &Tokens, r: &Range<usize>) -> bool {
    let lo = t.toks.partition_point(|x| (x.start as usize) < r.start);
    let hi = lo
        + t.toks[lo..]
            .iter()
            .take_while(|x| (x.end as usize) <= r.end)
            .count();
    (lo..hi)
        .filter(|&x| t.toks[x].is(EXERCISE) && !t.toks[x].cap)
        .any(|x| {
            let qualified = |y: usize| OTHER_EXERCISE.iter().any(|w| t.eq(y, w));
            let counter = t
                .str(x)
                .get(..7)
                .is_some_and(|p| p.eq_ignore_ascii_case("counter"));
            counter
                || (1..=3)
                    .filter(|&i| x >= lo + i)
                    .any(|i| qualified(x - i) && (1..i).all(|j| !t.toks[x - j].is(EXERCISE)))
        })
}

/// The date first stated of an exercise; when it is a single day that is not its end, the end stated
/// after it too ("began on September 1 … will end on September 7").
fn chosen_dates(dates: Vec<(String, bool, Range<usize>)>) -> Vec<(AttrKey, String, Range<usize>)> {
    let span = |v: &str| v.contains(['-', '–']) || v.contains(" to ");
    let mut out = Vec::new();
    let mut it = dates.into_iter();
    if let Some((first, end, r)) = it.next() {
        let open = !end && !span(&first);
        out.push((AttrKey::Date, first, r));
        if open && let Some((last, _, r)) = it.find(|d| d.1) {
            out.push((AttrKey::Date, last, r));
        }
    }
    out
}

/// True when a fact adds to what an exercise has: one count, duration and number of stages (the first
/// stated), places of one passage only and none inside another ("Kestrel range" beside "the Kestrel range
/// (Vostria Region)").
fn kept(e: &Found, k: AttrKey, v: &str, r: &Range<usize>) -> bool {
    let mut same = e.attributes.iter().filter(|a| a.0 == k);
    match k {
        AttrKey::Participants | AttrKey::Duration | AttrKey::Stages => same.next().is_none(),
        AttrKey::Place => {
            same.clone().next().is_none_or(|a| a.2 == *r)
                && same.clone().count() < 3
                && (same.clone().next().is_none() || {
                    // Lower-cased only to be compared with a place already kept.
                    let lower = v.to_lowercase();
                    !same.any(|a| {
                        let other = a.1.to_lowercase();
                        other.contains(&lower) || lower.contains(&other)
                    })
                })
        }
        _ => true,
    }
}

/// The part of sentence `r` that speaks of exercise `f`: the whole sentence, unless it names another
/// exercise in a clause of its own ("Hamkorlik-2026 is planned for the spring; last year's edition,
/// Hamkorlik-25, took place near Termez"). Then each exercise has the text from its mention to the next
/// exercise's, and the first one the text before it too. Names in one list ("Zapad-2025 and Union
/// Shield-2025 were held near Minsk") or one inside another ("Echelon 2021 … as part of Combat
/// Brotherhood 2021") share the sentence.
fn clause_of(text: &str, exercises: &Occupied, r: &Range<usize>, f: usize) -> Range<usize> {
    // A semicolon or a conjunction of clauses after a comma: "…; last year's edition", ", and that …".
    // The clauses part there, not at the next name: "Vostria held Kestrel-25 in May, while Norland and
    // Vostria wrapped up Harrow 26" leaves "Norland and Vostria" to the second.
    let separator = |a: usize, b: usize| {
        let gap = text.get(a..b)?;
        std::iter::once(gap.rfind(';'))
            .chain(
                [", and ", ", while ", ", but ", ", whereas ", ", when "]
                    .iter()
                    .map(|c| gap.rfind(c)),
            )
            .flatten()
            .max()
            .map(|i| a + i)
    };
    let mut start = r.start;
    let mut end = r.end;
    // The last mention seen, and whether it is of `f`.
    let mut last: Option<(usize, bool)> = None;
    let mut mine = false;
    for (a, b, i) in exercises.within(r) {
        let this = i == f;
        if let Some((prev_end, prev_mine)) = last
            && prev_mine != this
            && let Some(sep) = separator(prev_end, a)
        {
            if this && !mine {
                start = sep;
            } else if mine && !this {
                end = sep;
                break;
            }
        }
        mine |= this;
        last = Some((b, this));
    }
    if !mine {
        return r.clone();
    }
    start..end
}

/// Facts of the sentence part `scan` of sentence `r` (the passage the facts quote).
fn sentence_facts(
    cx: &Ctx,
    units: &Occupied,
    places: &Occupied,
    scan: &Range<usize>,
    r: &Range<usize>,
    attrs: &mut Vec<(AttrKey, String, Range<usize>)>,
) {
    let t = &cx.t;
    let lo = t.toks.partition_point(|x| (x.start as usize) < scan.start);
    let hi = t.toks.partition_point(|x| (x.end as usize) <= scan.end);
    for k in lo..hi {
        let w = t.str(k);
        // Every fact below opens at "at", "near", "stages", "phases" or "scenario", in any case, or at a
        // word that ends as a duration does: other words are passed over by their first and last
        // letters.
        let duration = w.len() >= 5 && matches!(w.as_bytes().last(), Some(b'y' | b'k' | b'h'));
        let first = w.as_bytes().first().map_or(0, |b| b | 0x20);
        if !duration && !matches!(first, b'a' | b'n' | b's' | b'p') {
            continue;
        }
        // Place: "at the Edelweiss range (Issyk-Kul Region)", "near Almaty".
        if (t.eq(k, "at") || t.eq(k, "near")) && k + 1 < hi {
            let mut a = k + 1;
            if t.eq(a, "the") {
                a += 1;
            }
            let mut e = a;
            while e < hi
                && (t.toks[e].cap
                    || (t.toks[e].is_word()
                        && e > a
                        && !t.toks[e].is(RANGE)
                        && e + 1 < hi
                        && t.toks[e + 1].is(RANGE)))
                && t.toks[e].is_word()
            {
                e += 1;
            }
            if e > a {
                let mut end = e - 1;
                if e < hi && t.toks[e].is(RANGE) {
                    end = e;
                    if t.punct(e + 1, '(') {
                        let mut c = e + 2;
                        while c < hi && !t.punct(c, ')') {
                            c += 1;
                        }
                        if c < hi {
                            end = c;
                        }
                    }
                } else if t.eq(k, "at") {
                    continue;
                }
                if t.toks[a].is(MONTH) {
                    continue;
                }
                attrs.push((AttrKey::Place, t.joined(a, end), r.clone()));
            }
        }
        // Stages: "in three stages".
        if (t.eq(k, "stages") || t.eq(k, "phases")) && k > lo {
            let n = k - 1;
            if t.toks[n].is(NUMBER_WORD) || t.toks[n].kind == TokKind::Number {
                attrs.push((AttrKey::Stages, t.str(n).to_string(), r.clone()));
            }
        }
        // Duration: "one-day", "two-week", "lasting five days". A number, a hyphen and a unit are five
        // bytes at least, and end as a unit does: other words are passed over without a search for
        // the hyphen.
        if duration
            && let Some((n, unit)) = w.split_once('-')
            && matches!(unit, "day" | "week" | "month")
            && (super::lexicon::number_word(n).is_some() || n.bytes().all(|b| b.is_ascii_digit()))
        {
            attrs.push((AttrKey::Duration, w.to_string(), r.clone()));
        }
        if t.eq(k, "scenario") {
            attrs.push((
                AttrKey::Scenario,
                cx.article.slice(r.clone()).to_string(),
                r.clone(),
            ));
        }
    }
    if let Some((a, e)) = facts::participants(t, lo, hi) {
        attrs.push((AttrKey::Participants, t.joined(a, e), r.clone()));
    }
    for (a, e) in facts::places(t, places, lo, hi) {
        attrs.push((AttrKey::Place, t.joined(a, e), r.clone()));
    }
    for c in facts::countries(t, lo, hi) {
        attrs.push((AttrKey::Participant, c, r.clone()));
    }
    // Units named in the exercise's sentences took part in it.
    for (_, _, gi) in units.within(scan) {
        attrs.push((AttrKey::Participant, cx.found[gi].name.clone(), r.clone()));
    }
}

#[cfg(test)]
mod tests {
    use crate::entity::{AttrKey, Kind};
    use crate::recognize::Found;
    use crate::recognize::testing::{self, attr};

    fn exercises(text: &str) -> Vec<Found> {
        testing::found(text, Kind::Exercise)
    }

    fn names_in(text: &str) -> Vec<String> {
        exercises(text).into_iter().map(|f| f.name).collect()
    }

    /// Every rule of the loop over cue words starts at a word of `Cues::cued`, and every dated name
    /// ends at a token of `Cues::dated`: the loops visit those tokens only, so a rule with a cue of its
    /// own must be let through there too.
    #[test]
    fn the_rules_start_only_at_their_cues() {
        use super::*;
        use crate::corpus::Article;
        let text = "Officials recalled that the last edition, Amber Kestrel 2020, was held near Varno. \
                    Marines trained for el ejercicio Escudo del Norte 2025 with army troops off Velmar. \
                    Army troops joined l’exercice Tempête Varnoise 2026 near the coast. \
                    The exercise took its current name in 2021, replacing Tarvel Guard, which was smaller. \
                    The navies held drills with Norland such as Velka 7 and the air exercise Sarn 11. \
                    The drill, dubbed Southern Arch, simulated a raid. \
                    It came after the Marek’s Hammers offensive ended. \
                    Ships joined the Kestrel Multilateral Naval Exercise off Norland. \
                    Some 9,000 troops joined the 2024 edition of Golden Varn in May. \
                    The brigade took part in Tandem Velk 25 in Norland. \
                    The larger exercise, which both armies plan for 2027 under the name Union Velk, \
                    will follow Zapad-2025, BALTOPS 24 and Kestrel Lance 2025.";
        let a = Article::parse("t.txt", text.to_string());
        let t = Tokens::new(&a);
        let cues = Cues::of(&t);
        let mut cued = 0;
        let mut dated = 0;
        for k in 0..t.len() {
            let fires = apposition(&t, k).is_some()
                || foreign_cued(&t, k).is_some()
                || replacing(&t, k).is_some()
                || !such_as(&t, k).is_empty()
                || dubbed_name(&t, k).is_some()
                || apposed_before(&t, k).is_some()
                || titled_exercise(&t, k).is_some()
                || possessive_operation(&t, k).is_some()
                || edition_of(&t, k).is_some()
                || taken_part_in(&t, k).is_some()
                || under_the_name(&t, k).is_some();
            if fires {
                assert!(cues.cued.contains(&k), "{}", t.str(k));
                cued += 1;
            }
            if named_with_year(&t, k).is_some() {
                assert!(cues.dated.contains(&k), "{}", t.str(k));
                dated += 1;
            }
        }
        assert_eq!((cued, dated), (10, 7));
    }

    #[test]
    fn an_exercise_word_with_a_code_is_a_name() {
        assert_eq!(
            names_in(
                "Varkov recalled that the first joint drills of the two countries, Exercise-01, took \
                 place in October 2002 near the border."
            ),
            ["Exercise-01"]
        );
        assert_eq!(
            names_in("The brigade completed Drill-7B at the Tarsk range."),
            ["Drill-7B"]
        );
        // A year after the word, or a word without a digit, is no code.
        assert!(
            names_in("Exercise-heavy schedules and Exercise-2026 plans were discussed.").is_empty()
        );
    }

    #[test]
    fn a_police_raid_named_for_a_city_is_no_exercise() {
        assert!(
            names_in(
                "Police launched Operation Varnton against drug gangs, arresting 40 suspects in the \
                 port city."
            )
            .is_empty()
        );
        // Troops' operation of one word is one.
        assert_eq!(
            names_in("Army troops launched Operation Varnton against militants in the hills."),
            ["Varnton"]
        );
    }

    #[test]
    fn operations_of_police_films_and_charities_are_no_exercises() {
        for text in [
            "Police chief Arvo Kessel said Operation Quiet Harbour, a crackdown on crime in coastal \
             towns, had led to 210 arrests.",
            "Traffic police launched Operation Holiday Safe Roads to reduce accidents on the highway.",
            "The streaming film Operation Midnight Heron, about a wartime escape, opened in Dalvik.",
            "Doctors said Operation Kind Hands, a charity, had treated 40 children from the valley.",
            "Its writer said \"Operation Broken Lantern,\" the book by a former spy, inspired him.",
        ] {
            assert!(names_in(text).is_empty(), "{text}");
        }
        // A cue of the armed forces keeps the name, whatever else the sentence says.
        assert_eq!(
            names_in(
                "Army troops and police launched Operation Iron Thistle against militants near \
                 Varsk."
            ),
            ["Iron Thistle"]
        );
    }

    #[test]
    fn the_holder_of_a_post_of_the_drill_is_no_exercise() {
        for text in [
            "The navy wrapped up the drill on Saturday, the spokesman of the drill, Arvid-Lars \
             Hallqvist, said.",
            "The exercise ended early, the commander of the exercise, Tomas Kreel, told reporters.",
        ] {
            assert!(names_in(text).is_empty(), "{text}");
        }
        // A name set off after the drill itself is still the drill's.
        assert_eq!(
            names_in(
                "The navies began their first trilateral exercise, Tallow Crest, on Thursday."
            ),
            ["Tallow Crest"]
        );
    }

    #[test]
    fn a_joined_operation_name_takes_its_run_number() {
        assert_eq!(
            names_in(
                "Ankor has carried out several cross-border operations, including Operation \
                 Hawk-Storm 2 and Operation Hawk-Shield in 2020."
            ),
            ["Hawk-Storm 2", "Hawk-Shield"]
        );
        // A count after the name is no run's number.
        assert_eq!(
            names_in("During Operation Hawk-Storm 12 soldiers were wounded by mines."),
            ["Hawk-Storm"]
        );
    }

    #[test]
    fn two_names_set_off_by_a_count_of_drills() {
        assert_eq!(
            names_in(
                "The exercise followed Corvan Spear and Tarvish Oath, two other Polish-Lithuanian \
                 drills."
            ),
            ["Corvan Spear", "Tarvish Oath"]
        );
        // A count of something else, or people, is no list of drills.
        for text in [
            "The delegation met Arvo Kessel and Tomas Kreel, two other officials, in the capital.",
            "Visitors toured Kestrel Dawn and Tarvish Oath, two other firms, on Monday.",
        ] {
            assert!(names_in(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_coded_name_a_service_owns_is_no_exercise_by_its_shape() {
        let text = "Patrol boats left port, and the Navy's Korvath-13 was reported in the strait.";
        assert!(names_in(text).is_empty(), "{text}");
        // Alone, or with a word for an exercise, the name is one.
        assert_eq!(
            names_in("Patrol boats left port, and Korvath-13 was reported in the strait."),
            ["Korvath-13"]
        );
        assert_eq!(
            names_in("The Navy's Korvath-13 exercise began in the strait."),
            ["Korvath-13"]
        );
    }

    #[test]
    fn a_solar_year_name_the_next_sentence_calls_drills() {
        assert_eq!(
            names_in(
                "Tehran held Tondar 1401 in May, near the coast. The drills involved two naval \
                 districts."
            ),
            ["Tondar 1401"]
        );
        // A number of that size with no drills after it counts something else.
        assert!(
            names_in(
                "The council passed Resolution 1401 in May, near the summit. The talks involved \
                 two delegations."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_name_glued_to_its_number_after_held() {
        assert_eq!(
            names_in("Tehran held Tondar99 in May near the coast. The drills involved two fleets."),
            ["Tondar99"]
        );
        // With no drills spoken of, or no verb of holding, the word is no exercise.
        for text in [
            "Tehran held Tondar99 in May near the coast. The talks involved two fleets.",
            "Tehran saw Tondar99 in May near the coast. The drills involved two fleets.",
        ] {
            assert!(names_in(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn single_quoted_names_after_an_exercise_word() {
        assert_eq!(
            names_in("The joint naval exercise ‘Falcon 6’ ended on Tuesday at the base in Oman."),
            ["Falcon 6"]
        );
        // An apostrophe after a lowercase word opens no name.
        for text in [
            "The exercise’s Commander praised the troops.",
            "The exercise ‘went well’, Colonel Burke said.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn translated_numbered_names_before_a_drill_word() {
        // The name in its own language, its Arabic article inside, and the translation as its alias.
        let e = exercises(
            "Colonel Marwan Idris oversaw the Dir al-Janub 2 (Southern Shield 2) exercise near the coast.",
        );
        assert_eq!(names(&e), ["Dir al-Janub 2"]);
        assert_eq!(e[0].aliases, ["Southern Shield 2"]);
        assert_eq!(e[0].mentions.len(), 2);
        // A count or a year in parentheses, or words that are not all the name, make no translation.
        for text in [
            "The brigade (about 2,000 troops) exercise began on Monday.",
            "Forces of the Sahel (see page 12) exercise little control there.",
            "The garrison held the annual (since 2015) exercise in the hills.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn numbered_names_before_a_exercise_apposition() {
        assert_eq!(
            names_in("The navies wrapped up Sea Kestrel IV, a joint exercise held off the coast."),
            ["Sea Kestrel IV"]
        );
        assert_eq!(
            names_in("Troops returned from Gharib 3, a bilateral drill near the border."),
            ["Gharib 3"]
        );
        // Without an edition number after "a", and with a monarch or a person, there is no name.
        for text in [
            "The navies wrapped up Sea Kestrel, a joint exercise held off the coast.",
            "Officers from Henry IV, a frigate, joined a joint exercise.",
            "Minister Charles Okafor 2, a joint exercise observer, spoke.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn roman_editions_after_a_spaced_name() {
        assert_eq!(
            names_in("Latvian troops held the Winter Bastion XIV exercise at Adazi."),
            ["Winter Bastion XIV"]
        );
        assert_eq!(
            names_in(
                "Qatar hosted the drills, and Desert Kestrel VII ended with a live demonstration."
            ),
            ["Desert Kestrel VII"]
        );
        // Wars, monarchs and one-letter numbers are no editions, however near a drill.
        for text in [
            "It was the largest exercise since World War II, officials said.",
            "King Charles III watched the exercise from the deck.",
            "Pope Leo XIV spoke after the drills ended.",
            "The drills in Sector Bravo V ended on Monday.",
            "The Winter Bastion XIV report was published in June.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn runs_editions_and_apostrophe_years() {
        assert_eq!(
            names_in("F-35s flew in Red Flag Alaska 25-1 and Juniper Oak 24.3 this spring."),
            ["Red Flag Alaska 25-1", "Juniper Oak 24.3"]
        );
        assert_eq!(
            names_in("Marines landed on Luzon during Balikatan 40-2025."),
            ["Balikatan 40-2025"]
        );
        let e = exercises(
            "Troops trained for Cold Response '26 in Narvik. Cold Response 26 drew 25,000 troops.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].mentions.len(), 2);
        // A score, a decimal and a quoted number are not runs.
        for text in [
            "The Rangers beat Celtic 24-2 on Saturday.",
            "Inflation in Sierra Leone reached 23.2 percent.",
            "Harbor Kingdom '24 was the hotel's slogan.",
            "The Polish Army bought 48 K2 tanks in 2022.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn editions_of_a_known_series_are_apart_and_roman_is_digits() {
        let e = exercises(
            "Ferocious Falcon 5 was held in 2022. Ferocious Falcon 6 followed, and the guard joined Ferocious Falcon VI.",
        );
        let n: Vec<&str> = e.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(n, ["Ferocious Falcon 5", "Ferocious Falcon 6"], "{e:?}");
        assert_eq!(e[1].mentions.len(), 2);
        assert_eq!(
            super::edition_key("Tabuk VI"),
            super::edition_key("Tabuk 6")
        );
        assert_ne!(super::edition_key("Tabuk 5"), super::edition_key("Tabuk 6"));
        assert_eq!(super::series_of("Juniper Oak 23.2"), "Juniper Oak");
        assert_eq!(
            super::series_of("Steadfast Defender '24"),
            "Steadfast Defender"
        );
        // An unknown name with one digit is a count, not an edition.
        assert!(names_in("Gate Harbor 5 reopened to ships.").is_empty());
    }

    #[test]
    fn well_known_series_with_a_year_need_no_word_for_an_exercise() {
        assert_eq!(
            names_in(
                "Twenty nations sent ships to RIMPAC 2026 off Hawaii and to Pitch Black 26 in Darwin."
            ),
            ["RIMPAC 2026", "Pitch Black 26"]
        );
        // Arms fairs look the same and are not known series.
        assert!(names_in("The ministry showed the drone at DSEI 2025 in London.").is_empty());
    }

    #[test]
    fn capitalized_games_with_a_year_are_sports() {
        for text in [
            "Veterans competed in the Warrior Games 2024 before the exercise.",
            "The team won gold at the Asian Games 2026 and joined the drills later.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
        assert_eq!(
            names_in("The brigade took part in Northern Lynx 2024 war games."),
            ["Northern Lynx 2024"]
        );
    }

    #[test]
    fn operation_names_with_a_possessive_or_of_the() {
        assert_eq!(
            names_in("Kyiv said Operation Hunter's Moon had hit four airfields."),
            ["Hunter's Moon"]
        );
        assert_eq!(
            names_in("Operation Shield of the North ended in January."),
            ["Shield of the North"]
        );
        // A possessive after the name ends it.
        assert_eq!(
            names_in("Operation Barkhane's last convoy left Gao."),
            ["Barkhane"]
        );
    }

    #[test]
    fn a_translation_after_the_word_for_an_exercise() {
        let e =
            exercises("Lithuania's annual Iron Wolf exercise (Geležinis Vilkas) began on Monday.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].aliases, ["Geležinis Vilkas"]);
        // A country, an acronym or a lowercase gloss in the parenthesis is no translation.
        for text in [
            "The Iron Wolf exercise (Lithuania) began on Monday.",
            "The Iron Wolf exercise (CPX) began on Monday.",
            "The Iron Wolf exercise (annual) began on Monday.",
        ] {
            let e = exercises(text);
            assert!(e.iter().all(|f| f.aliases.is_empty()), "{text}: {e:?}");
        }
    }

    #[test]
    fn one_word_after_a_word_for_an_exercise_then_a_verb_of_holding() {
        assert_eq!(
            names_in("The India-Kyrgyzstan joint exercise Khanjar was held in Shillong."),
            ["Khanjar"]
        );
        for text in [
            "During the exercise Shoigu was briefed by the commander.",
            "After the joint exercise Tashkent was quiet.",
            "The exercise Ivanov said was a success.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn a_one_word_series_dated_once_is_found_bare_but_not_as_a_place() {
        let e = exercises(
            "The navies confirmed that Ribamar 2026, the tenth edition of the riverine exercise, will go ahead. Ribamar will again be hosted by Manaus.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].mentions.len(), 2, "{e:?}");
        // A ground, a field or a province named like it, and the town after "in", are places.
        for text in [
            "Troops began Operation Cerrado 2025 on Monday at the Cerrado Training Field.",
            "Troops began Operation Cerrado 2025 on Monday near the Cerrado range.",
            "The Cerrado 2025 exercise ended at the Cerrado firing range on Friday.",
            "Cerrado, May 4 (Agency) - Troops ended the Cerrado 2025 exercise on Friday.",
            "Saudi and Egyptian troops held Tabora 6 drills. The units are based in Tabora.",
        ] {
            let e = exercises(text);
            assert_eq!(e.len(), 1, "{text}: {e:?}");
            assert_eq!(e[0].mentions.len(), 1, "{text}: {e:?}");
        }
    }

    #[test]
    fn a_bare_series_said_to_last_over_the_years_is_the_series() {
        let e = exercises(
            "The multinational exercise Desert Kestrel 2026 ended on Wednesday. Desert Kestrel has become a school for interoperability. Officers praised Desert Kestrel for its scenarios.",
        );
        let n: Vec<(&str, usize)> = e
            .iter()
            .map(|f| (f.name.as_str(), f.mentions.len()))
            .collect();
        assert_eq!(
            n,
            [("Desert Kestrel 2026", 2), ("Desert Kestrel", 1)],
            "{e:?}"
        );
    }

    #[test]
    fn a_name_after_a_capitalized_event_word_is_the_event() {
        for text in [
            "Results of the exercise will be shown at the International Forum Navy-2026 in Kronstadt.",
            "Army teams joined the drills after the Invictus Games Duesseldorf-2023.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
        assert_eq!(
            names_in("After the forum, Navy-2026 drills began off Kronstadt."),
            ["Navy-2026"]
        );
    }

    #[test]
    fn a_transliteration_in_parentheses_after_a_numbered_name() {
        let e = exercises(
            "The joint military exercise Al Rimal 4 (Al Reemal-4) of the Royal Army concluded on Thursday.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].name, "Al Rimal 4");
        assert_eq!(e[0].aliases, ["Al Reemal-4"]);
    }

    #[test]
    fn heldout_shapes_of_other_names() {
        // A Roman edition after a word the lexicon knows, near a word for an exercise.
        assert_eq!(
            names_in("The Friendship-IV counter-terrorism exercise was held in Kashgar."),
            ["Friendship-IV"]
        );
        assert!(names_in("The Phase-II works and Tier-III cities were listed.").is_empty());
        assert!(names_in("The Friendship-IV report was published.").is_empty());
        // A two-digit year before "and other ... exercises".
        assert_eq!(
            names_in("The brigade gained experience in Guardian 25 and other NATO exercises."),
            ["Guardian 25"]
        );
        assert!(names_in("He joined Guardian 25 and other friends at dinner.").is_empty());
        // A hyphenated year before a question word.
        assert_eq!(
            names_in("The troops showed at Zaslon-25 what the army can do."),
            ["Zaslon-25"]
        );
        // "Operation" in Spanish, and known words with a translation after them.
        assert_eq!(
            names_in(
                "Troops were withdrawn from Operation Southern Coast (Operativo Costa Sur) last week."
            ),
            ["Southern Coast"]
        );
        assert_eq!(
            names_in("The army launched Operativo Escudo Norte in Sonora."),
            ["Escudo Norte"]
        );
        assert!(names_in("He met Operation Southern Command officials.").is_empty());
        // Dialogues in any language are events.
        assert!(
            names_in("Ministers will meet at the Himalaya Sambaad 2027 after the exercise.")
                .is_empty()
        );
    }

    #[test]
    fn a_dated_name_and_its_translation_with_the_same_year() {
        let e = exercises(
            "The president attended the display of the army's capabilities \"Zajednistvo 2026\" (Togetherness 2026) near Nis.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].name, "Zajednistvo 2026");
        assert_eq!(e[0].aliases, ["Togetherness 2026"]);
        // Different years, or a country in the parenthesis: no pair.
        assert!(names_in("He praised Zajednistvo 2026 (Togetherness 2025) there.").is_empty());
        assert!(names_in("He visited Paris 2024 (France 2024) there.").is_empty());
        // "show" as a verb after a known series.
        assert_eq!(
            names_in("\"The lessons of Zapad-2025 show that we must be ready,\" he said."),
            ["Zapad-2025"]
        );
    }

    #[test]
    fn acronyms_of_exercises_ending_in_ex() {
        let e = exercises(
            "The two navies held PASSEX 2026 off Kochi. The next PASSEX will be held off Colombo.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].name, "PASSEX 2026");
        assert_eq!(e[0].mentions.len(), 2);
        for text in [
            "The INDEX fund and the FEDEX depot were hit.",
            "The ANNEX lists the REX and the APEX sites.",
            "The navy showed its drones at KORDEX 2026 and at NAVFEX 2025.",
            "Visitors crowded the BALEX 2026 exhibition in Riga.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn a_titled_exercise_with_its_acronym() {
        let e = exercises(
            "The ministers agreed to hold the India-Sri Lanka Mine Countermeasures Exercise (MCMEX) in March.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].name, "India-Sri Lanka Mine Countermeasures Exercise");
        assert_eq!(e[0].aliases, ["MCMEX"]);
        // A lowercase exercise word before the acronym is no title.
        assert!(names_in("The ministers agreed to hold the exercise (CPX) in March.").is_empty());
    }

    #[test]
    fn operations_across_lines_with_of_translations_and_lowercase_heads() {
        let e = exercises(
            "The demand dates back to Operation\nSouthern Arrows, launched in May. Since Operation Storm of\nJustice (Asifat Al-Adl) and Operation Cobweb (“Pavutynka”), NATO's Nordic Warden operation and the Arctic Tern mission have grown.",
        );
        let names: Vec<&str> = e.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Southern Arrows",
                "Storm of Justice",
                "Cobweb",
                "Nordic Warden",
                "Arctic Tern"
            ],
            "{e:?}"
        );
        assert_eq!(e[1].aliases, ["Asifat Al-Adl"]);
        assert_eq!(e[2].aliases, ["Pavutynka"]);
        // A place alone before "operation", a post after "Operation", an untitled mission: none.
        for text in [
            "The Kursk operation ended.",
            "He is Operation Commander now.",
            "A Peace Corps mission arrived.",
        ] {
            assert!(exercises(text).is_empty(), "{text}: {:?}", exercises(text));
        }
    }

    #[test]
    fn an_edition_with_its_roman_numeral() {
        let e = exercises("Units will take part in \"Falcon-6\" (Falcon VI) next month.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].name, "Falcon-6");
        assert_eq!(e[0].aliases, ["Falcon VI"]);
        // Numbers that differ, or no quotes: none.
        assert!(
            exercises("Units will take part in \"Falcon-6\" (Falcon VII) next month.").is_empty()
        );
        assert!(exercises("They bought Su-35 (Su XXXV) jets.").is_empty());
    }

    #[test]
    fn another_edition_of_a_numbered_series() {
        let e = exercises(
            "The joint exercise “Falcon 7” began on Sunday. Falcon 6 was held in 2023. He flew 6 hours.",
        );
        let names: Vec<&str> = e.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Falcon 7", "Falcon 6"], "{e:?}");
        // A number after another word is no edition.
        let e = exercises("The joint exercise “Falcon 7” began. Group 6 left.");
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn an_air_show_with_a_year_is_no_exercise() {
        let e = exercises(
            "The jets flew at the Zhuhai International Aerospace Exhibition (Airshow China 2024), after the Falcon Strike 2024 drills.",
        );
        let names: Vec<&str> = e.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Falcon Strike 2024"], "{e:?}");
    }

    #[test]
    fn codenamed_with_alias_and_facts() {
        let e = exercises(
            "A two-day drill was held at the Edelweiss training ground (Issyk-Kul Region), codenamed Kalkan-2019 (Shield-2019). Carried out in two stages with more than 1,500 troops, the exercise tested air defense. The scenario had militants seize a pass.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].name, "Kalkan-2019");
        assert_eq!(e[0].aliases, ["Shield-2019"]);
        assert_eq!(e[0].mentions.len(), 2);
        assert_eq!(attr(&e[0], AttrKey::Duration), ["two-day"]);
        assert_eq!(attr(&e[0], AttrKey::Stages), ["two"]);
        assert_eq!(
            attr(&e[0], AttrKey::Participants),
            ["more than 1,500 troops"]
        );
        assert_eq!(
            attr(&e[0], AttrKey::Place),
            ["Edelweiss training ground (Issyk-Kul Region)"]
        );
        assert_eq!(attr(&e[0], AttrKey::Scenario).len(), 1);
    }

    #[test]
    fn a_rival_exercise_gives_the_main_one_no_facts() {
        let e = exercises(
            "Title: Drills open\n\nThe Amber Lance 2031 exercise began with 6,000 troops. About 3,000 Norlandic troops held a rival exercise on the Velka Plain last week. The drills will end at the Dorsk range.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(attr(&e[0], AttrKey::Participants), ["6,000 troops"]);
        let places = attr(&e[0], AttrKey::Place);
        assert!(!places.iter().any(|p| p.contains("Velka")), "{places:?}");
        assert!(places.iter().any(|p| p.contains("Dorsk")), "{places:?}");
    }

    #[test]
    fn facts_from_the_sentence_before_and_ranges_of_numbers() {
        let e = exercises(
            "The 5th Brigade will hold exercises at the Ak-Tuz range on May 9. The drills, codenamed Tulpar-2015, will involve between 800 and 900 servicemen (24.kg, May 2).",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(attr(&e[0], AttrKey::Date), ["May 9"]);
        assert_eq!(attr(&e[0], AttrKey::Place), ["Ak-Tuz range"]);
        assert_eq!(
            attr(&e[0], AttrKey::Participants),
            ["between 800 and 900 servicemen"]
        );
    }

    #[test]
    fn names_with_years_and_lists_before_drills() {
        let e = exercises(
            "Troops opened the Cordon, Frontier and Thunder special drills. The Cordon 2022 exercise ran until May. Zapad 2021 was the largest.",
        );
        let names: Vec<_> = e.iter().map(|f| f.name.as_str()).collect();
        assert!(names.contains(&"Cordon 2022"), "{names:?}");
        assert!(names.contains(&"Frontier"), "{names:?}");
        assert!(names.contains(&"Thunder"), "{names:?}");
    }

    #[test]
    fn dates_volumes_and_nationalities_are_not_exercises() {
        let e = exercises(
            "In July 2008 Volume 3 reported on Russian exercises and NATO exercises at the Gonio exercise range.",
        );
        assert!(e.is_empty(), "{e:?}");
    }

    fn names(e: &[Found]) -> Vec<&str> {
        e.iter().map(|f| f.name.as_str()).collect()
    }

    #[test]
    fn a_name_with_a_year_is_an_exercise_by_its_shape() {
        let e = exercises(
            "The minister met his counterpart to discuss Harbour Lance 2025 and Falcon-26, the southern part of the plan. Observers had attended Iron Gale 27 in the north and Silent Warden-25 in the south.",
        );
        assert_eq!(
            names(&e),
            [
                "Harbour Lance 2025",
                "Falcon-26",
                "Iron Gale 27",
                "Silent Warden-25"
            ]
        );
    }

    #[test]
    fn a_headline_gives_no_start_to_a_name() {
        let e = exercises(
            "Minsk Tries to Defuse Alarm Over Falcon Shield-2017\n\nFalcon Shield-2017 began.",
        );
        assert_eq!(names(&e), ["Falcon Shield-2017"]);
    }

    #[test]
    fn a_bare_series_name_is_its_one_edition_or_the_series_and_short_years_meet_long_ones() {
        let e = exercises(
            "Harbour Lance 2025 began on Monday with 20 ships, and Harbour Lance 25 is the largest run yet. Harbour Lance ends in May.",
        );
        assert_eq!(names(&e), ["Harbour Lance 2025"]);
        assert_eq!(e[0].mentions.len(), 3);
        // With several runs named, the bare name is the series.
        let e = exercises(
            "Harbour Lance 2025 began on Monday with 20 ships. Harbour Lance 2023 had only 12, and Harbour Lance 25 is the largest run yet. Harbour Lance drills are held every other year.",
        );
        assert_eq!(
            names(&e),
            ["Harbour Lance 2025", "Harbour Lance 2023", "Harbour Lance"]
        );
        assert_eq!(e[0].mentions.len(), 2);
        // Before "series", the name is the series.
        assert!(
            names_in("The Harbour Lance series began in 2015. Harbour Lance 2025 had 20 ships.")
                .contains(&"Harbour Lance".to_string())
        );
        assert_eq!(
            super::edition_key("Falcon-26"),
            super::edition_key("Falcon 2026")
        );
        assert_eq!(super::series_of("Balikatan 39-2024"), "Balikatan");
        assert_eq!(super::series_of("Joint Sword-2024A"), "Joint Sword");
    }

    #[test]
    fn edition_numbers_before_drill_words_and_names_listed_after_an_operation() {
        assert_eq!(
            sorted_names("The navy will also hold the SEAHAWK 9 amphibious drills in May."),
            ["SEAHAWK 9"]
        );
        assert_eq!(
            sorted_names("The army began the “Tondar 1403” joint exercise on Saturday."),
            ["Tondar 1403"]
        );
        assert_eq!(
            sorted_names("It followed the Sahand-e Kabir 12 exercise staged in May."),
            ["Sahand-e Kabir 12"]
        );
        assert_eq!(
            sorted_names(
                "He compared it to Operation Shamshir-e-Haq, launched in 2009, and Tez-ul-Qadam, which followed."
            ),
            ["Shamshir-e-Haq", "Tez-ul-Qadam"]
        );
        assert_eq!(
            sorted_names("Residents joined the Min Tai air raid drills on Tuesday."),
            ["Min Tai"]
        );
        // A count of troops or a unit with a number before a drill word is no edition.
        assert!(
            sorted_names("The 5 Brigade 12 joint drills and 300 troops exercises ended.")
                .is_empty()
        );
        assert!(sorted_names("Troops began the Phase 2 field exercises.").is_empty());
        assert!(sorted_names("Operation Sentinel, the army said, and Moscow agreed.").len() == 1);
    }

    #[test]
    fn what_an_edition_is_of_is_an_exercise() {
        assert_eq!(
            sorted_names("Some 9,000 troops joined the 2024 edition of Golden Cobra in May."),
            ["Golden Cobra"]
        );
        assert!(sorted_names("The latest edition of The Economist sold out.").is_empty());
        assert!(sorted_names("The third edition of Kestrel Press Review appeared.").is_empty());
    }

    #[test]
    fn the_name_an_exercise_is_known_as_is_its_alias() {
        let e = exercises(
            "Ships gathered for Harbour Lance 2025 on Monday. The minister launched the exercise, known as HL25, aboard a carrier.",
        );
        assert_eq!(names(&e), ["Harbour Lance 2025"]);
        assert_eq!(e[0].aliases, ["HL25"]);
        assert_eq!(e[0].mentions.len(), 2);
    }

    #[test]
    fn numbered_things_events_and_aircraft_with_a_year_are_no_exercise() {
        let e = exercises(
            "The Shangri-La Dialogue 2024 opened after the Defence White Paper 2023. Malaysia Airlines Flight 17 was shot down; two Su-30 jets and a Covid-19 outbreak followed, and Maria Petrova 2024 was printed in March 2024. Typhoon Gaemi 2024 and the Victory Day Parade 2025 came. Sales of Windows 11 rose. In Spring 2024 the drills began. Two Mirage-2000 jets and the Russian Yars-24 launch preceded the Euro-2024 final.",
        );
        assert!(e.is_empty(), "{:?}", names(&e));
    }

    #[test]
    fn people_and_joint_adjectives_are_not_exercises() {
        let e = exercises(
            "Kazakh Defense Minister Nurlan Yermekbayev inspected the drill. His Kyrgyz colleague Taalaybek Omuraliyev then watched the maneuvers. The Sino-Kazakh exercise and the Uzbek-Tajik drills ended on Friday.",
        );
        assert!(e.is_empty(), "{:?}", names(&e));
    }

    #[test]
    fn opening_function_words_are_stripped() {
        let e = exercises(
            "Unlike Tsentr-2019, the new drills were small. Whether Kavkaz-2024 goes ahead is unclear.",
        );
        assert_eq!(names(&e), ["Tsentr-2019", "Kavkaz-2024"]);
    }

    #[test]
    fn known_series_need_no_cue_and_name_the_series_elsewhere() {
        let e = exercises(
            "Rapid Trident 2019 opened near Lviv. Its predecessor, Vostok-2014, passed quietly, and nothing matched Zapad-81 in scale. Troops trained hard in Rapid Trident and Vostok alike.",
        );
        let n = names(&e);
        assert!(n.contains(&"Rapid Trident 2019"), "{n:?}");
        assert!(n.contains(&"Vostok-2014"), "{n:?}");
        assert!(n.contains(&"Zapad-81"), "{n:?}");
        // The bare series names stand for the one edition the article names.
        assert_eq!(n.len(), 3, "{n:?}");
        let counts: Vec<usize> = e.iter().map(|f| f.mentions.len()).collect();
        assert_eq!(counts, [2, 2, 1], "{n:?}");
    }

    #[test]
    fn unknown_one_word_stems_and_undated_words_stay_out() {
        // "Falcon" alone is not a known series: its bare mention is not an exercise.
        let e = exercises(
            "The Falcon-2022 drills began. Falcon officers disagreed. Zapad was not mentioned.",
        );
        assert_eq!(names(&e), ["Falcon-2022"]);
    }

    #[test]
    fn glosses_and_quoted_translations_are_aliases() {
        let e = exercises(
            "Tsentr 2019 (Russian: Центр-2019, lit. 'Center-2019') was a strategic command-staff exercise. The joint exercises of the two navies, “Deniz Kalkanı-2023” (“Sea Shield-2023”), began in Izmir.",
        );
        assert_eq!(e.len(), 2, "{:?}", names(&e));
        assert_eq!(e[0].name, "Tsentr 2019");
        let mut aliases = e[0].aliases.clone();
        aliases.sort();
        assert_eq!(aliases, ["Center-2019", "Центр-2019"]);
        assert_eq!(e[1].name, "Deniz Kalkanı-2023");
        assert_eq!(e[1].aliases, ["Sea Shield-2023"]);
    }

    #[test]
    fn what_an_exercise_s_name_is_short_for_is_an_alias() {
        let text = "The annual Balikatan exercise opened. Balikatan, short for “Balikatan ng mga Sundalo” (Shoulder of the\nSoldiers), began in 1991. The drills, “a test”, went on.";
        let e = exercises(text);
        assert_eq!(e.len(), 1, "{:?}", names(&e));
        assert_eq!(
            e[0].aliases,
            ["Balikatan ng mga Sundalo", "Shoulder of the Soldiers"]
        );
        let surfaces: Vec<&str> = e[0].mentions.iter().map(|m| &text[m.clone()]).collect();
        assert_eq!(
            surfaces,
            [
                "Balikatan",
                "Balikatan",
                "Balikatan ng mga Sundalo",
                "Shoulder of the\nSoldiers"
            ]
        );
        // Not after a name that is no exercise.
        let e =
            exercises("NATO, short for “North Atlantic Treaty Organization”, held an exercise.");
        assert!(e.iter().all(|f| f.aliases.is_empty()), "{:?}", names(&e));
    }

    fn sorted_names(text: &str) -> Vec<String> {
        let mut v: Vec<String> = exercises(text).into_iter().map(|f| f.name).collect();
        v.sort();
        v
    }

    #[test]
    fn two_digit_year_and_place_word_inside_the_name() {
        assert_eq!(
            sorted_names("The Navy-hosted exercise Northern Coast 23 opened in June."),
            ["Northern Coast 23"]
        );
        assert_eq!(
            sorted_names(
                "Gunners joined Iron Africa 24, one of several exercises. Later came Bold Harbor 24 in Spain."
            ),
            ["Bold Harbor 24", "Iron Africa 24"]
        );
        // A two-digit number after a name with no exercise in sight is no exercise.
        assert!(sorted_names("The Grand Hotel 24 hosted the talks in Vienna.").is_empty());
        // A lowercase compound is never a name.
        assert!(
            !sorted_names("The Navy-hosted exercise Northern Coast 23 opened.")
                .contains(&"Navy-hosted".to_string())
        );
    }

    #[test]
    fn year_with_edition_letter() {
        assert_eq!(
            sorted_names("Ships sailed in the \"Blue Wave-2023C\" drills off the coast."),
            ["Blue Wave-2023C"]
        );
        assert!(sorted_names("The drills Blue Wave-2023c ended.").is_empty());
    }

    #[test]
    fn all_capital_series_with_years_and_edition_numbers() {
        assert_eq!(
            sorted_names(
                "Forty ships began the annual SEAWATCH 24 exercise in the Adriatic on Monday. After SEAWATCH ends, the ships return to port."
            ),
            ["SEAWATCH 24"]
        );
        let e = exercises(
            "Forty ships began the annual SEAWATCH 24 exercise on Monday. After SEAWATCH ends, the ships return to port.",
        );
        assert_eq!(e[0].mentions.len(), 2);
        assert_eq!(
            sorted_names("Marines landed near Split during the KORAL-2023 drill."),
            ["KORAL-2023"]
        );
        let e = exercises(
            "The navy opened SEASPRAY XIV, the 14th edition of the regional maritime exercise, on Monday. The first SEASPRAY exercise took place in 2009.",
        );
        assert_eq!(names(&e), ["SEASPRAY XIV", "SEASPRAY"]);
        let e = exercises(
            "The navy opened SEASPRAY XIV, the regional maritime exercise, on Monday. Ships will leave SEASPRAY early.",
        );
        assert_eq!(names(&e), ["SEASPRAY XIV"]);
        // Acronyms of organizations, and all-capital words with no exercise in sight, are no exercises.
        assert!(sorted_names("NATO 2030 was discussed after the exercise.").is_empty());
        assert!(sorted_names("The OSCE 2024 chairmanship reviewed the drills.").is_empty());
        assert!(sorted_names("The COVID 19 outbreak closed the base.").is_empty());
        assert!(sorted_names("Sales of the XLR 24 rifle rose in Texas.").is_empty());
    }

    #[test]
    fn events_and_plans_with_years_are_not_exercises() {
        for text in [
            "The Shangri-La Dialogue 2024 came a week before the drills.",
            "Vision 2030 framed the exercise as a step toward self-reliance.",
            "Leaders at the Riga Summit 2024 praised the exercise.",
            "Drones shown at the Army-2024 forum joined the drills.",
            "The SEADEX 2025 exhibition opened as the exercise ended.",
        ] {
            assert!(sorted_names(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_name_set_off_by_commas_after_a_word_for_an_exercise() {
        assert_eq!(
            sorted_names(
                "The two navies began their first bilateral exercise, Ocean Gate, on Monday."
            ),
            ["Ocean Gate"]
        );
        assert_eq!(
            sorted_names("The first iteration, Granite Shield 2022, involved 90 soldiers."),
            ["Granite Shield 2022"]
        );
        // An opening phrase ends at the comma: what follows is the subject, not a name of the drill.
        assert!(
            sorted_names("After the exercise, Tbilisi, Baku and Yerevan issued statements.")
                .is_empty()
        );
        assert!(sorted_names("The drills ended on Friday, Tuesday, officials said.").is_empty());
        assert!(
            sorted_names("He praised the exercise, Ivanov, the defense minister, said.").is_empty()
        );
        assert!(sorted_names("The first phase, Monday, saw landings.").is_empty());
        assert_eq!(
            sorted_names("Ships joined the annual exercise, Zapad, in the Baltic."),
            ["Zapad"]
        );
    }

    #[test]
    fn a_dated_name_in_a_sentence_about_exercises() {
        assert_eq!(
            sorted_names(
                "The exercise, led by the fleet command, is being combined this year with the Pacific-focused Harbor Lantern 2022 and will feature 30 ships."
            ),
            ["Harbor Lantern 2022"]
        );
        // With no word for an exercise in the sentence a dated name stays out.
        assert!(sorted_names("The Harbor Lantern 2022 report found shortfalls.").is_empty());
        assert!(sorted_names("Officials met at Harbor Lantern 2022 in May.").is_empty());
        assert!(
            sorted_names("The Soviet Union 1991 collapse came before the exercise.").is_empty()
        );
        assert!(
            sorted_names(
                "The exercise was planned and prepared over many long years after the Soviet Union 1991 collapse."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_name_holding_the_word_exercise_is_itself_one() {
        let e = exercises("Ships joined the Regional Naval Exercise 2022 (RNX 22) off Oman.");
        assert_eq!(names(&e), ["Regional Naval Exercise 2022"]);
        assert_eq!(e[0].aliases, ["RNX 22"]);
    }

    #[test]
    fn firepower_demonstrations_and_two_digit_years_before_a_drill_word() {
        let e = exercises(
            "Generals watched the Agni Varsha firepower demonstration at the range. Agni Varsha showed new guns.",
        );
        assert_eq!(names(&e), ["Agni Varsha"]);
        assert_eq!(e[0].mentions.len(), 2);
        assert_eq!(
            sorted_names("The air force staged its Iron Lance-23 demonstration in March."),
            ["Iron Lance-23"]
        );
        // A demonstration alone may be a protest; an aircraft type is no name with a year.
        assert!(sorted_names("Crowds joined the Liberty Square demonstration.").is_empty());
        assert!(sorted_names("Two Su-24 bombers joined the exercise.").is_empty());
    }

    #[test]
    fn roman_numerals_are_read_only_in_canonical_form() {
        use crate::recognize::lexicon::roman_numeral;
        assert_eq!(roman_numeral("LXV"), Some(65));
        assert_eq!(roman_numeral("XIV"), Some(14));
        assert_eq!(roman_numeral("IIII"), None);
        assert_eq!(roman_numeral("V"), Some(5));
        assert_eq!(roman_numeral("LIVE"), None);
        assert_eq!(roman_numeral("VX"), None);
    }

    #[test]
    fn edition_is_a_cue() {
        assert_eq!(
            sorted_names(
                "Officials recalled that the last edition, Silver Lotus 2020, was held in Goa."
            ),
            ["Silver Lotus 2020"]
        );
        assert!(
            sorted_names("Officials recalled that Silver Lotus 2020 was a hotel in Goa.")
                .is_empty()
        );
    }

    #[test]
    fn a_name_after_a_singular_exercise_word() {
        let e = exercises(
            "The India-US joint military exercise Vajra Prahar began at Bakloh. The naval drill Sea Dragon ended on Friday.",
        );
        assert_eq!(names(&e), ["Vajra Prahar", "Sea Dragon"]);
        // People and places after the word are not names of the exercise.
        let e = exercises(
            "After the exercise Sergei Ivanov said the troops were ready. During the exercise Petr Novak's unit moved. The exercise Monday ended in Tashkent.",
        );
        assert!(e.is_empty(), "{:?}", names(&e));
    }

    #[test]
    fn edition_numbers_and_roman_editions() {
        assert_eq!(
            names(&exercises(
                "The navies held drills with Oman such as Majan 7 and the air exercise Sahm 11 (SPA, May 3)."
            )),
            ["Majan 7", "Sahm 11"]
        );
        assert_eq!(
            names(&exercises(
                "The PLA has held air drills with partners, including Karakoram-IV with Pakistan."
            )),
            ["Karakoram-IV"]
        );
        // Counts after a name are no editions.
        assert!(
            names(&exercises(
                "The drills, such as Article 5 talks, went on for 12 days."
            ))
            .is_empty()
        );
        assert!(names(&exercises("The exercise Ivanov 12 said was over.")).is_empty());
    }

    #[test]
    fn dubbed_names_possessive_operations_and_titled_exercises() {
        let e = exercises(
            "The drill, dubbed Northern Arch (Keshet HaTsafon), simulated a raid. It came after the Joshua’s Trumpets offensive ended.",
        );
        assert_eq!(
            e.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
            ["Northern Arch", "Joshua's Trumpets"]
        );
        assert_eq!(e[0].aliases, ["Keshet HaTsafon"]);
        // A person's possessive takes no determiner: no name here.
        assert!(names(&exercises("Petrov’s Kursk offensive stalled.")).is_empty());
        assert_eq!(
            names(&exercises(
                "It follows the Lombok Multilateral Naval Exercise (LMNE 2025) in May."
            )),
            ["Lombok Multilateral Naval Exercise"]
        );
        assert!(
            names(&exercises(
                "The Joint Exercise and the Command Post Exercise ended."
            ))
            .is_empty()
        );
    }

    #[test]
    fn a_longer_series_grew_out_of_a_shorter_one() {
        let e = exercises(
            "The Mega Rajawali Sword 2025 exercise opened. The exercise, whose Rajawali Sword predecessor began in 2009, grew.",
        );
        let names: Vec<&str> = e.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Mega Rajawali Sword 2025", "Rajawali Sword"]);
    }

    #[test]
    fn names_with_an_inner_of_or_particle() {
        assert_eq!(
            names(&exercises(
                "Troops held the Lances of Granite exercise. A List of Iron exercises was kept. Moldova hosted Iron Shield 2024 (Scutul de Fier 2024) drills."
            )),
            ["Lances of Granite", "Iron Shield 2024"]
        );
        let e = exercises("Moldova hosted Iron Shield 2024 (Scutul de Fier 2024) drills.");
        assert_eq!(e[0].aliases, ["Scutul de Fier 2024"]);
    }

    #[test]
    fn acronyms_appositions_and_native_names_before_a_translation() {
        let e = exercises(
            "The allies began their annual Hwarang\nIron Shield (HIS) summertime exercise on Monday. HIS ends Friday, while Keen Spear, the biennial joint exercise, opens. They prepare for Haemusa 24 (Sea Dragon 24), the amphibious exercise.",
        );
        let names: Vec<&str> = e.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Hwarang Iron Shield", "Keen Spear", "Haemusa 24"]);
        assert_eq!(e[0].mentions.len(), 3);
        assert_eq!(e[2].aliases, ["Sea Dragon 24"]);
        // A place after a preposition is no exercise.
        assert!(exercises("In Minsk, the joint exercise, planned for May, began.").is_empty());
    }

    #[test]
    fn a_hyphenated_name_gives_its_series() {
        let e = exercises(
            "Troops completed the joint exercise “Dostlik-2025”. The minister said Dostlik would become annual.",
        );
        assert_eq!(e[0].mentions.len(), 2, "{e:?}");
    }

    #[test]
    fn what_an_exercise_replaced_was_one() {
        assert_eq!(
            names(&exercises(
                "The exercise took its current name in 2020, replacing Hwarang-Iron Guard, which was smaller."
            )),
            ["Hwarang-Iron Guard"]
        );
        assert!(
            names(&exercises(
                "The minister, replacing Ivan Petrov, spoke of the exercise."
            ))
            .is_empty()
        );
    }

    fn named(text: &str) -> Vec<String> {
        exercises(text).into_iter().map(|f| f.name).collect()
    }

    #[test]
    fn a_year_with_the_designator_of_a_run() {
        assert_eq!(
            named("The exercise, Iron Hawk 2025-I, involves about 3,000 troops."),
            ["Iron Hawk 2025-I"]
        );
        assert_eq!(
            named("The next phase, Iron Hawk 2025-II, would be held in the autumn."),
            ["Iron Hawk 2025-II"]
        );
        assert_eq!(
            named(
                "A week after the command held Joint Sword-2024A around the island, Beijing said."
            ),
            ["Joint Sword-2024A"]
        );
        assert_eq!(super::series_of("Iron Hawk 2025-II"), "Iron Hawk");
        assert_eq!(super::edition_key("Iron Hawk 2025-II"), "Hawk Iron 2025 2");
        assert_ne!(
            super::edition_key("Iron Hawk 2025-II"),
            super::edition_key("Iron Hawk 2025-I")
        );
        assert!(named("The Mirage-2024A jets landed.").is_empty());
    }

    #[test]
    fn one_word_and_two_digits_next_to_a_drill_word_or_listed_with_an_exercise() {
        assert_eq!(
            named("Bulgaria would host the naval exercise Gale 25 in July."),
            ["Gale 25"]
        );
        assert_eq!(
            named("Its troops took part in the Bulgarian-led exercise Hammer 24 at Novo Selo."),
            ["Hammer 24"]
        );
        assert_eq!(
            named("The tanks were tested in Anakonda-24 drills and in Falcon 26 planned for 2026."),
            ["Anakonda-24", "Falcon 26"]
        );
        assert!(named("The exercise involved Leopard 2 tanks and Falcon 26 was sold.").is_empty());
        assert!(named("He read Article 51 of the charter after the exercise.").is_empty());
        // A given name right after the drill word names the exercise; elsewhere it names a person.
        assert_eq!(
            named("They flew in the air exercise Khalid 13 near Tabuk."),
            ["Khalid 13"]
        );
        assert_eq!(
            named("The tanks were tested in Anakonda-24 drills and in Khalid 26 planned for 2026."),
            ["Anakonda-24"]
        );
    }

    #[test]
    fn a_series_word_before_a_unit_word_names_the_unit() {
        assert_eq!(
            named("The exercise, Stone Fox 2025-I, began. The Stone Fox brigade's staff led it."),
            ["Stone Fox 2025-I"]
        );
    }

    #[test]
    fn a_series_in_capitals_with_an_edition_number() {
        assert_eq!(
            named(
                "Marines landed on Sunday as TALISAY 8, the eighth edition of the annual Talisay exercise, began."
            ),
            ["TALISAY 8", "Talisay"]
        );
        assert!(named("Marines landed as TALISAY 8 began.").is_empty());
    }

    #[test]
    fn a_text_ending_inside_a_translation_is_read_without_a_panic() {
        for text in [
            "Estonian troops held the Winter Bastion 2025 exercise (",
            "Estonian troops held the Winter Bastion 2025 exercise (Talvekindlus",
            "Estonian troops held the Winter Bastion 2025 exercise (Talve Kindlus",
        ] {
            assert_eq!(names_in(text), ["Winter Bastion 2025"], "{text:?}");
        }
    }

    #[test]
    fn abbreviations_spelling_a_large_roman_number_are_no_editions() {
        for text in [
            "Officers of the Winter Bastion MD attended the drills.",
            "Delegates of the Winter Bastion DC joined the exercise.",
        ] {
            assert!(
                names_in(text)
                    .iter()
                    .all(|n| !n.ends_with('D') && !n.ends_with('C')),
                "{text:?}"
            );
        }
        assert_eq!(
            names_in("The Navy held UNITAS LXV off the coast of Chile."),
            ["UNITAS LXV"]
        );
    }

    /// Cross-article keys: one edition in two languages, two romanizations, two word orders or with a
    /// Roman number meets itself; another edition or another name does not.
    #[test]
    fn editions_meet_across_languages_and_spellings() {
        let same = |a: &str, b: &str| {
            super::translit::key(&super::edition_key(a))
                == super::translit::key(&super::edition_key(b))
        };
        // A Russian name and its translation, with either year form.
        assert!(same("Zapad-2025", "West-2025"));
        assert!(same("Vostok 2022", "East-22"));
        assert!(same("Tsentr-2019", "Center 2019"));
        assert!(!same("Zapad-2025", "Vostok-2025"));
        assert!(!same("Zapad-2025", "West-2021"));
        // French word order and a two-digit year.
        assert!(same("Unité Niger 2025", "Niger Unity 25"));
        assert!(same("Unite Niger 2025", "Niger Unity 2025"));
        assert!(same("Bouclier du Désert 2024", "Desert Shield 24"));
        assert!(!same("Unité Niger 2025", "Niger Shield 2025"));
        // Arabic with its article, and the English "of".
        assert!(same("Qalaa al-Sahil 1", "Coast Citadel 1"));
        assert!(same("Iradat al-Nasr", "Will of Victory"));
        assert!(same("Saif al-Arab", "Sword of the Arab"));
        assert!(!same("Qalaa al-Sahil 1", "Qalaa al-Sahil 2"));
        // Turkish and Azerbaijani possessive forms, Spanish.
        assert!(same("Anadolu Kartalı 2025", "Anatolian Eagle 2025"));
        assert!(same("TurAz Qartalı-2025", "TurAz Kartalı 2025"));
        assert!(same("Escudo del Norte 2023", "Shield of the North 2023"));
        assert!(same("Caucasian Eagle-2025", "Caucasus Eagle 2025"));
        // One word of friendship in Uzbek and in Kazakh.
        assert!(same("Dostlik-2025", "Dostyk-2025"));
        assert!(!same("Dostlik-2025", "Dostlik-2026"));
        // Persian and Urdu joining particles.
        assert!(same("Azm-e-Watan", "Azm-i-Watan"));
        assert!(same("Bunyan-um-Marsoos", "Bunyan-un-Marsoos"));
        assert!(same("Zarb-e-Azb", "Zarb-i-Azb"));
        assert!(!same("Zarb-e-Azb", "Zarb-e-Momin"));
        // Roman editions are numbers: XX is the twentieth, XIX another.
        assert!(same("Chandra Kiran XX", "Chandra Kiran-20"));
        assert!(same("Cyclone-III", "Cyclone 3"));
        assert!(same("Al Najah V", "Al Najah 5"));
        assert!(!same("Chandra Kiran XX", "Chandra Kiran XIX"));
        assert!(!same("Cyclone-III", "Cyclone-IV"));
        // English names keep their words.
        assert!(!same("Iron Hawk 2025", "Iron Falcon 2025"));
        assert!(same("Steadfast Defender 24", "Steadfast Defender 2024"));
        // A series named bare meets its editions in another language; another series does not.
        assert_eq!(
            super::series_key("Zakhad Shchyt"),
            super::series_key("Zapad Shchit-2025")
        );
        assert_eq!(
            super::series_key("West Shield"),
            super::series_key("Zapad Shchit-2025")
        );
        assert_eq!(super::series_key("Qartal"), super::series_key("Kartal-3"));
        assert_ne!(
            super::series_key("East Shield"),
            super::series_key("Zapad Shchit-2025")
        );
    }

    /// Across articles, words keep their order and one word its language; several words meet their
    /// translation.
    #[test]
    fn link_keys_read_the_arabic_jim_inside_a_word_as_one_letter() {
        assert_eq!(super::link_key("Morgan 17"), super::link_key("Morjan-17"));
        assert_eq!(
            super::link_key("Nagm al-Sahel 2025"),
            super::link_key("Najm al-Sahel 25")
        );
        // Another edition, or another first letter, is another exercise.
        assert_ne!(super::link_key("Morgan 17"), super::link_key("Morjan-18"));
        assert_ne!(super::link_key("Jade 2024"), super::link_key("Gade 2024"));
    }

    #[test]
    fn link_keys_keep_order_and_translate_only_several_words() {
        let link = |a: &str| super::translit::key(&super::link_key(a));
        assert_ne!(link("Eagle Strike 2025"), link("Strike Eagle 2025"));
        assert_ne!(link("Grom-2024"), link("Thunder 2024"));
        assert_ne!(link("Raad 2024"), link("Tonnerre 2024"));
        assert_eq!(link("Iron Hawk 24"), link("Iron Hawk-2024"));
        assert_eq!(link("Azm-e-Watan"), link("Azm-i-Watan"));
        // Persian q and gh are one letter; other letters still tell names apart.
        assert_eq!(link("Eqtedar 1404"), link("Eghtedar-1404"));
        assert_eq!(link("Velayat-1403"), link("Velayat 1403"));
        // A word glued to its edition's number is the hyphenated edition.
        assert_eq!(link("Tondar99"), link("Tondar-99"));
        assert_eq!(link("Tondar99"), link("Tondar 99"));
        assert_ne!(link("Tondar99"), link("Tondar 98"));
        assert_ne!(link("TK99"), link("TK 99"));
        assert_ne!(link("Eqtedar 1404"), link("Eqtedar 1403"));
        assert_ne!(link("Sahand 1403"), link("Sahar 1403"));
        // An Arabic name and its English translation meet by their words.
        assert_eq!(
            super::translation_key("Sakhr al-Sahra-3").map(|k| super::translit::key(&k)),
            Some(super::translit::key(&super::edition_key("Desert Rock 3")))
        );
        assert_eq!(super::translation_key("Grom-2024"), None);
        assert_eq!(super::translation_key("Eagle Strike 2025"), None);
        assert_eq!(
            super::translation_key("Qalaa al-Sahil 1").map(|k| super::translit::key(&k)),
            Some(super::translit::key(&super::edition_key("Coast Citadel 1")))
        );
    }

    /// An acronym of an exercise's own words, with its year or none, is that exercise; one of other
    /// letters, another year or two exercises' initials is not.
    #[test]
    fn an_acronym_of_the_exercise_s_words_is_the_exercise() {
        let e = exercises(
            "Ministers watched the Ahmet Selim Demir 2025 joint exercise (ASD-25) in Nakhchivan. \
             \"ASD-25 shows that the two armies can fight as one,\" the minister said. The ASD-24 drill \
             was smaller.",
        );
        // Another year is another edition, found as one.
        assert_eq!(names(&e), ["Ahmet Selim Demir 2025", "ASD-24"]);
        assert_eq!(e[0].mentions.len(), 3, "{:?}", e[0].mentions);
        assert!(e[0].aliases.iter().any(|a| a == "ASD-25"));
        let e = exercises(
            "The harbour phase of Harmattan Express 26, the annual maritime security exercise, opened. \
             The navy chief said HE26 would test how quickly navies share information. HE25 was held \
             off Lagos, and the OAU sent observers.",
        );
        assert_eq!(names(&e), ["Harmattan Express 26"]);
        assert_eq!(e[0].mentions.len(), 2, "{:?}", e[0].mentions);
        let e = exercises(
            "Troops joined Ulchi Freedom Shield 2024, the annual command post exercise. UFS drew \
             criticism from Pyongyang, while the UN stayed silent.",
        );
        assert_eq!(e[0].mentions.len(), 2, "{:?}", e[0].mentions);
    }

    /// A Solar Hijri year dates an exercise as a Gregorian one does, but only with a word that says the
    /// name is one: codenamed, a word for a drill after it, or a hyphen in a sentence about drills.
    #[test]
    fn solar_hijri_years_date_exercises_with_a_cue() {
        let e = exercises(
            "The navy began a large-scale exercise, code-named Velayat 1403 (Guardianship 1403), in \
             the Sea of Oman.",
        );
        assert_eq!(names(&e), ["Velayat 1403"]);
        assert_eq!(e[0].aliases, ["Guardianship 1403"]);
        assert_eq!(
            names_in(
                "The second phase of the joint \"Sahand-1402\" military drill started on Monday."
            ),
            ["Sahand-1402"]
        );
        // Numbers of that size count resolutions, flights and budgets.
        for text in [
            "The council passed Resolution 1403 on Tuesday before the exercise.",
            "Passengers of Flight 1402 were stranded as the drill went on.",
            "Tehran published Budget 1404 in March.",
            "Officials said Velayat 1403 would be debated in parliament.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    /// Once a name is an exercise in an article, the same name with another year or edition number is
    /// another edition of it, and its Persian spellings with q or gh are one name.
    #[test]
    fn other_editions_of_a_named_exercise() {
        let e = exercises(
            "Troops wrapped up Iron Lynx 2026, the largest national exercise. Iron Lynx 2026 follows \
             Iron Lynx 2024, when troops first drilled in Latvia.",
        );
        assert_eq!(names(&e), ["Iron Lynx 2026", "Iron Lynx 2024"]);
        let e = exercises(
            "Ministers attended the \"Sand Falcon 3\" military exercise. It was the third in the \
             series, after Sand Falcon 1 in 2023 and Sand Falcon 2 last year.",
        );
        assert_eq!(
            names(&e),
            ["Sand Falcon 3", "Sand Falcon 1", "Sand Falcon 2"]
        );
        let e = exercises(
            "The joint \"Gheyrat-1403\" military drill started on Saturday. Commanders said missiles \
             were fired during Qeyrat 03.",
        );
        assert_eq!(names(&e), ["Gheyrat-1403"]);
        assert_eq!(e[0].mentions.len(), 2, "{:?}", e[0].mentions);
        // A unit named like a series takes numbers too, and a name with no exercise stays unknown.
        let e = exercises(
            "Troops wrapped up Iron Lynx 2026, the largest national exercise. Iron Lynx Brigade 4 \
             returned, as did Flight 4 and Falcon 2.",
        );
        assert_eq!(names(&e), ["Iron Lynx 2026"]);
    }

    /// A Roman-numbered run and a dated run of one series, the only two in an article, are one
    /// exercise; and a bare series after "first held" is the series.
    #[test]
    fn a_roman_edition_and_a_year_edition_are_one() {
        let e = exercises(
            "Exercise Pelican Strike XII, the army's largest field exercise, ended at Galle. Officers \
             said Pelican Strike 2026 had drawn twelve countries. First held in 2014, Pelican Strike \
             now draws teams from across the region.",
        );
        assert_eq!(names(&e), ["Pelican Strike XII", "Pelican Strike"]);
        assert_eq!(e[0].mentions.len(), 2, "{:?}", e[0].mentions);
        assert!(e[0].aliases.iter().any(|a| a == "Pelican Strike 2026"));
    }

    /// The last words of a long dated name are its series when they stand alone later.
    #[test]
    fn the_tail_of_a_long_name_is_its_series() {
        let e = exercises(
            "Forces wrapped up the annual Martyr Captain Ali Rahimi Northern Thunder-2025 exercise on \
             Monday. Northern Thunder is held every year.",
        );
        assert_eq!(e.len(), 2, "{:?}", names(&e));
        assert_eq!(e[1].name, "Northern Thunder");
    }

    /// "Sea Lantern 2026 – Đèn Biển-26": a name set off by a dash right
    /// after a name of the same edition is the same exercise in another language.
    #[test]
    fn a_dashed_apposition_of_the_same_edition_is_an_alias() {
        let e = exercises(
            "Exercise Sea Lantern 2026 – Đèn Biển-26 to the Vietnamese side – paired two frigates.",
        );
        assert_eq!(names(&e), ["Sea Lantern 2026"]);
        assert!(
            e[0].aliases.iter().any(|a| a == "Đèn Biển-26"),
            "{:?}",
            e[0].aliases
        );
        // Another edition after the dash is another exercise.
        let e = exercises(
            "Exercise Sea Lantern 2026 – Sea Lantern 2024 was smaller – paired frigates.",
        );
        assert_eq!(e.len(), 2, "{:?}", names(&e));
    }

    /// Arabic articles inside a name with an edition number in one hyphenated word.
    #[test]
    fn arabic_names_with_a_hyphenated_edition() {
        assert_eq!(
            names_in("The Dir al-Janub-4 exercise rehearsed the interception of smugglers."),
            ["Dir al-Janub-4"]
        );
        assert_eq!(
            names_in("Troops held the Ra'd el-Shamal-2 drills near Mosul."),
            ["Ra'd el-Shamal-2"]
        );
        // A place with an article before a numbered road is no exercise.
        assert!(names_in("The army exercise closed the al-Qaim-2 road.").is_empty());
    }

    /// "the biennial ANATOLIA series", "Operation 1132", "Kamandag or any other exercise".
    #[test]
    fn series_operations_and_coordinated_names() {
        assert_eq!(
            names_in(
                "Officials say the next large drill, the biennial ANATOLIA series, will return."
            ),
            ["ANATOLIA"]
        );
        assert!(names_in("Viewers watched the HBO series on Sunday.").is_empty());
        assert_eq!(
            names_in(
                "The brigade was withdrawn in 2024 after Operation 1132, the offensive by rebels."
            ),
            ["Operation 1132"]
        );
        assert!(names_in("Operation 12 of the plan was cancelled.").is_empty());
        assert_eq!(
            names_in("The drill would not replace Kamandag or any other exercise with the allies."),
            ["Kamandag"]
        );
        assert!(
            names_in("The drill would not replace NATO or any other exercise partner.").is_empty()
        );
    }

    /// A football cup and a division with a number are no exercises, with a drill word in the sentence.
    #[test]
    fn tournaments_and_divisions_are_no_exercises() {
        for text in [
            "The drill comes as the hosts prepare for CHAN 2028, whose matches will be played at the \
             National Stadium.",
            "The junta moved Light Infantry Division 77 back north during the exercise. LID 77 was \
             feared.",
            "Junta Moves LID 77 Back North. The army moved Light Infantry Division 77 during drills.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    /// "Exercise Talvi 25 (Winter 25)": a parenthesized translation right after a numbered name, with
    /// the same number, is its alias.
    #[test]
    fn a_translation_with_the_same_number_after_an_exercise() {
        let e = exercises(
            "Troops spent February in Exercise Talvi 25 (Winter 25), a Finnish Army drill that put 3,500 \
             soldiers on the roads.",
        );
        assert_eq!(names(&e), ["Talvi 25"]);
        assert_eq!(e[0].aliases, ["Winter 25"]);
        assert_eq!(e[0].mentions.len(), 2, "{:?}", e[0].mentions);
    }

    /// "will take part in the US-led Cutlass Express later this year": a name of two words or more
    /// that an alliance or a country leads, which units take part in.
    #[test]
    fn what_units_take_part_in_under_a_leader() {
        assert_eq!(
            names_in(
                "The Fleet Command will take part in the US-led Cutlass Express later this year."
            ),
            ["Cutlass Express"]
        );
        for text in [
            "The delegation took part in the UN-led Geneva Talks later this year.",
            "Two brigades took part in the NATO-led Resolute Support mission in Kabul.",
            "The minister will take part in the EU-led Paris Forum this week.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
        // A number of people after an exercise is no edition of it.
        assert_eq!(
            names_in("During Exercise Talvi 25 soldiers were hurt."),
            ["Talvi"]
        );
    }

    /// The constructions above on other names: Persian particles and Hijri years before "war games",
    /// "known locally as", editions of a series found bare before a drill word, Hijri years near a drill
    /// word, and commands with numbers.
    #[test]
    fn other_shapes_of_editions_aliases_and_units() {
        assert_eq!(
            names_in("The navy began the Velayat-1403 naval war games on Monday."),
            ["Velayat-1403"]
        );
        let e = exercises("The Sea Lantern 2026 exercise, known locally as Den Bien-26, ended.");
        assert_eq!(names(&e), ["Sea Lantern 2026"]);
        assert_eq!(e[0].aliases, ["Den Bien-26"]);
        assert_eq!(
            names_in("The Desert Shield-2 exercise ended. Desert Shield-1 was smaller."),
            ["Desert Shield-2", "Desert Shield-1"]
        );
        assert_eq!(
            names_in("Velayat 1403 was the largest drill this year, Velayat 1402 the smallest."),
            ["Velayat 1403", "Velayat 1402"]
        );
        for text in [
            "The Regional Operations Command 21 (ROC 21) joined the exercise. ROC 21 troops drilled.",
            "Troops of Brigade 162 took part in the exercise with Regiment 4.",
            "Fans are waiting for the AFF Championship 2026, the biggest tournament, as troops drill.",
            "Colonel Smith or any other exercise director may stop the firing.",
            "Lawmakers approved Budget 1403 as the navy held a drill.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    /// "the Steppe Falcon war games" as "the Steppe Falcon manoeuvres"; "the Eagle Cup games" is sport.
    #[test]
    fn names_before_war_games() {
        assert_eq!(
            names_in("Chinese troops held the Steppe Falcon war games near Kashgar."),
            ["Steppe Falcon"]
        );
        assert!(names_in("Athletes left for the Kestrel Cup games in Busan.").is_empty());
    }

    /// 'the “Caspian Shahin – 2024” joint command-staff exercises': a quoted name with a dashed year
    /// before kinds of drill.
    #[test]
    fn quoted_dashed_years_before_kinds_of_drill() {
        assert_eq!(
            names_in(
                "Earlier, the “Caspian Shahin – 2024” joint command-staff exercises were held."
            ),
            ["Caspian Shahin – 2024"]
        );
        // A quoted slogan with a year is no exercise without a word for one after it.
        assert!(names_in("Crowds chanted “Victory – 2024” during the parade.").is_empty());
    }

    /// Counter-examples: a verb "match" in a sentence with an acronym exercise, a troop count of Hijri
    /// size after a name, and an operation numbered in a sentence about no fighting.
    #[test]
    fn counts_verbs_and_web_pages_are_no_exercises() {
        assert_eq!(
            names_in(
                "The navies held BALTOPS 2024, an exercise designed to match Russian naval capabilities."
            ),
            ["BALTOPS 2024"]
        );
        assert_eq!(
            names_in(
                "Some 1400 troops joined the Desert Eagle 1400 troops rehearsal near the exercise."
            ),
            Vec::<String>::new()
        );
        assert!(
            names_in("The Operation 404 error page went down on the ministry's site.").is_empty()
        );
    }

    /// A series named with diacritics meets its other runs written without them.
    #[test]
    fn other_runs_of_a_series_written_without_diacritics() {
        let e = exercises(
            "The Đèn Biển-26 exercise ended. Den Bien 25 had been smaller, and Qeyrat 1 is unrelated.",
        );
        assert_eq!(names(&e), ["Đèn Biển-26", "Den Bien 25"]);
    }

    #[test]
    fn events_weapons_and_descriptors_are_no_exercises() {
        // A sports or cultural event with a year, its head anywhere in the name.
        for text in [
            "The Saif 2026 exercise ended as the Asian Cup of Champions 2026 drew crowds to the city.",
            "Traffic around the circuit was diverted for the Saudi Grand Prix 2027 while the drill went on.",
            "The brigade's team will play the Copa Tequendama 2026 after the exercise.",
            "Drill planners avoided the dates of the Festival Verano 2026 in the port.",
            "Operation Tayrona II began. The army team will play the Copa Tayrona 2026 in May.",
        ] {
            assert!(
                names_in(text)
                    .iter()
                    .all(|n| ["Cup", "Prix", "Copa", "Festival"]
                        .iter()
                        .all(|w| !n.contains(w))),
                "{text}: {:?}",
                names_in(text)
            );
        }
        // A dated acronym glossed as an exhibition.
        assert!(names_in(
            "The exercise ends days before IDEF 2027, the International Defence Industry Fair, in Istanbul."
        )
        .is_empty());
        // A designation before a weapon's noun.
        assert!(
            names_in("The army said a Ghauri-II ballistic missile was not part of the exercise.")
                .is_empty()
        );
        // A region describing the drill before its quoted name.
        assert_eq!(
            names_in(
                "The minister watched the joint Arctic naval exercise \"Arctic Shield 3\" off Tromso."
            ),
            ["Arctic Shield 3"]
        );
        // Not events: a drill called a show of force, an exhibition-free name, a fighter exercise.
        assert_eq!(
            names_in("Russia staged Zapad-2025, a show of force on NATO's border, in September."),
            ["Zapad-2025"]
        );
        assert_eq!(
            names_in("The Shaheen-X fighter exercise opened at the air base on Monday."),
            ["Shaheen-X"]
        );
        // A dated name is a run of an exercise whatever weapon follows it.
        for (text, name) in [
            (
                "Belgium hosted Steadfast Noon 2026 with fighter jets from eight allies.",
                "Steadfast Noon 2026",
            ),
            (
                "During Zapad-2025 tanks crossed the river near Borisov.",
                "Zapad-2025",
            ),
            (
                "Steadfast Defender 2024 saw tanks move east.",
                "Steadfast Defender 2024",
            ),
        ] {
            assert_eq!(names_in(text), [name], "{text}");
        }
        assert_eq!(
            names_in(
                "Troops from six countries joined Steadfast Noon 2026, the annual nuclear exercise."
            ),
            ["Steadfast Noon 2026"]
        );
    }

    #[test]
    fn what_an_exercise_is_named_after_is_its_namesake() {
        let e = exercises(
            "Troops crossed the river for Puntea Prieteniei 2026, a joint exercise. The exercise takes its name from the 1989 Puntea Prieteniei, a day of open borders. Puntea Prieteniei ends on Friday.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].mentions.len(), 2, "{e:?}");
    }

    #[test]
    fn names_after_a_lowercase_foreign_word_for_an_operation() {
        for (text, name) in [
            (
                "Troops moved north under the banner of opération Sahel Bouclier, the campaign launched in 2020.",
                "Sahel Bouclier",
            ),
            (
                "Le Figaro said l'opération Tamanrasset of the French army had ended.",
                "Tamanrasset",
            ),
            (
                "The army launched la operación Cóndor III in the canyon on Sunday.",
                "Cóndor III",
            ),
            (
                "Marines trained for el ejercicio Escudo del Sur 2025 off Valparaíso.",
                "Escudo del Sur 2025",
            ),
            (
                "Serbian troops completed vežba \"Oštri mač 2026\" near Nis.",
                "Oštri mač 2026",
            ),
        ] {
            assert_eq!(names_in(text), [name], "{text}");
        }
        // A country, a place word or a lower-case word after the cue names nothing.
        for text in [
            "The French army ended l'opération au Sahel in 2022.",
            "La operación Colombia was a slogan, not a plan.",
            "Officers described the exercice as a success.",
            // No armed forces in the sentence: police, shows, budgets.
            "Brazilian police launched operação Lava Jato against the cartel.",
            "Viewers watched the show la operación Triunfo 2025 on Sunday.",
            "The company closed its ejercicio Fiscal 2025 with a profit.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn a_capitalized_and_a_lowercase_word_before_a_year() {
        let e = exercises(
            "Units completed Zlatni štit 2026 (Golden Shield 2026), a tactical exercise near Nis. After the Zlatni stit 26 exercise, the brigade returned.",
        );
        // The two spellings of one run are one exercise, the translation its alias.
        assert_eq!(names(&e), ["Zlatni štit 2026"]);
        assert_eq!(e[0].mentions.len(), 3, "{e:?}");
        let e = exercises(
            "In May, Morocco hosted Aigle saharien 2026 – Saharan Eagle 26 exercise in the Pentagon's words – near Tan-Tan.",
        );
        assert!(names(&e).contains(&"Aigle saharien 2026"), "{e:?}");
        // No evidence, or English words before the year: nothing.
        for text in [
            "Units completed Zlatni štit 2026 near Nis, and an exercise followed.",
            "Moscow since 2014 has staged exercises, the exercise planners said.",
            "The Kherson offensive 2022 was no exercise.",
            "Crowds watched the \"Victory parade 2025\" as the exercise ended.",
            "The Moscow marathon 2025 exercise of endurance drew runners.",
        ] {
            assert!(
                names_in(text).iter().all(|n| !n.contains("20")),
                "{text}: {:?}",
                names_in(text)
            );
        }
    }

    #[test]
    fn facts_go_to_the_exercise_the_clause_or_the_anaphor_speaks_of() {
        let e = exercises(
            "Meanwhile, the ministry announced that the Kobalt-2026 exercise would be held in the Naryn region in October. The drills will involve 1,500 servicemen of the 5th Mountain Brigade and Russia's 999th Military Base. A separate Uzbek-Tajik exercise, Hamkorlik-2026, is planned for the spring; last year's edition, Hamkorlik-25, took place near Termez.",
        );
        let by = |n: &str| {
            e.iter()
                .find(|f| f.name == n)
                .unwrap_or_else(|| panic!("{n}: {e:?}"))
        };
        assert_eq!(
            attr(by("Kobalt-2026"), AttrKey::Participants),
            ["1,500 servicemen"]
        );
        assert!(
            attr(by("Hamkorlik-2026"), AttrKey::Participants).is_empty(),
            "{e:?}"
        );
        assert!(
            attr(by("Hamkorlik-2026"), AttrKey::Place).is_empty(),
            "{e:?}"
        );
        assert_eq!(attr(by("Hamkorlik-25"), AttrKey::Place), ["Termez"]);
        // An ordinal numbers a unit, not a count of troops.
        let e = exercises(
            "The Kobalt-2026 exercise will involve the 36th Air Assault Brigade and Russia's 999th Military Base.",
        );
        assert!(attr(&e[0], AttrKey::Participants).is_empty(), "{e:?}");
        // Names in one list share their sentence's facts.
        let e =
            exercises("Zapad-2025 and Union Shield-2025 were held near Borisov with 3,000 troops.");
        assert_eq!(e.len(), 2, "{e:?}");
        for f in &e {
            assert_eq!(attr(f, AttrKey::Place), ["Borisov"], "{f:?}");
        }
    }

    #[test]
    fn a_name_before_an_apposition_that_calls_it_an_exercise() {
        for (text, name) in [
            (
                "Polish troops last deployed to Lithuania for Amber Lynx, a smaller exercise, in 2024.",
                "Amber Lynx",
            ),
            (
                "Tehran staged its drills weeks before Egypt hosts Bright Star, the biennial US-led exercise that Iran watches closely.",
                "Bright Star",
            ),
        ] {
            assert_eq!(names_in(text), [name], "{text}");
        }
        for text in [
            "He flew to Warsaw, a city he knows well, for an exercise briefing.",
            "The brigade returned to Camp Lemonnier, a small exercise area, on Monday.",
            "After talks with Peter Novak, a senior exercise planner, the minister left.",
            "In Brussels, the NATO-led exercise planning went on.",
            "In Western Pomerania, a joint exercise began on Monday.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn known_in_a_language_as_and_a_scenario_codenamed() {
        let e = exercises(
            "The Keen Edge 2026 exercise, known in Japanese as Nichibei Kyodo Togo Enshu and abbreviated KE-26, began on Monday.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(
            e[0].aliases
                .iter()
                .any(|a| a == "Nichibei Kyodo Togo Enshu"),
            "{e:?}"
        );
        let e = exercises(
            "Some 30,000 troops joined the exercise, known in Japanese as Nichibei Togo Enshu and abbreviated NTE-26, on Monday.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].mentions.len(), 2, "{e:?}");
        assert_eq!(
            names_in(
                "A patrol boat will support a maritime evacuation scenario, code-named Koro Sea, off the coast."
            ),
            ["Koro Sea"]
        );
        assert!(names_in("The scenario, named after the minister, was new.").is_empty());
    }

    #[test]
    fn a_quoted_name_in_a_language_is_an_alias_of_the_exercise_before() {
        let e = exercises(
            "Troops of three states began Copper Ridge 2027 on Monday. The drill, known in Croatian as “Bakreni greben 2027”, runs near Sisak until Friday.",
        );
        assert_eq!(names(&e), ["Copper Ridge 2027"], "{e:?}");
        assert_eq!(e[0].aliases, ["Bakreni greben 2027"]);
        assert_eq!(e[0].mentions.len(), 2, "{e:?}");
        let e = exercises(
            "Ankara launched Operation Falcon Veil on Saturday. The operation, named \"Şahin Peçe Harekâtı\" in Turkish, began with airstrikes by 40 jets.",
        );
        assert_eq!(names(&e), ["Falcon Veil"], "{e:?}");
        assert_eq!(e[0].aliases, ["Şahin Peçe Harekâtı"]);
        // A name given by someone, or in a place, is no name in a language.
        for text in [
            "Ankara launched Operation Falcon Veil on Saturday. The operation, named \"Best Campaign\" in London, won a prize.",
            "Ankara launched Operation Falcon Veil on Saturday. The operation, named \"Best Campaign\" by a magazine, won a prize.",
        ] {
            let e = exercises(text);
            assert!(e.iter().all(|f| f.aliases.is_empty()), "{text}: {e:?}");
        }
    }

    #[test]
    fn operations_listed_with_their_years_and_a_foreign_name_set_off_after_operation() {
        assert_eq!(
            sorted_names(
                "The army has conducted cross-border operations Copper Shield (2016) and Quiet River (2020) in the north."
            ),
            ["Copper Shield", "Quiet River"]
        );
        assert_eq!(
            sorted_names(
                "The military announced a nationwide operation, Qahr-ul-Zalim, to root out militants."
            ),
            ["Qahr-ul-Zalim"]
        );
        // One dated name, a book with its year, or a speaker set off after "operation" is no operation.
        for text in [
            "He ran operations Manager Desk (2019) before retiring.",
            "Peacekeeping operations Handbook (2012) and Guidelines (2015) were revised by the UN.",
            "The operation, Western officials said, failed.",
            "The operation, Karachi police said, netted 12 suspects.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn a_translation_between_a_name_and_the_word_for_an_exercise_is_its_alias() {
        let e = exercises(
            "In March 2026, Riyadh staged the Southern Storm (Asifat al-Janub) exercise near the border.",
        );
        assert_eq!(names(&e), ["Southern Storm"], "{e:?}");
        assert_eq!(e[0].aliases, ["Asifat al-Janub"]);
        // A ministry with its acronym, or a country's name, before the word is no exercise.
        for text in [
            "The Defence Ministry (Kemhan) exercise budget grew.",
            "Officers of the United Nations (Geneva office) exercise restraint.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn month_ranges_and_determiners_name_no_exercise() {
        for text in [
            "In February-March 2026, the brigade staged drills near the coast.",
            "Any exercises of the foreign troops on the bank are a violation, the ministry said.",
            "Every drill in the district is announced in advance.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn link_keys_fold_the_short_vowel_of_a_last_syllable() {
        let link = |a: &str| super::translit::key(&super::link_key(a));
        assert_eq!(link("Qahr-i-Zulm"), link("Qahr-e-Zulam"));
        assert_eq!(link("Sher-e-Dil"), link("Sher-i-Dil"));
        assert_eq!(link("Qahrum Zalim"), link("Qahr-um-Zalim"));
        assert_eq!(link("Qahrul Zalim"), link("Qahr-ul-Zalim"));
        assert_ne!(link("Qahrum Zalim"), link("Qahr Zalam Dost"));
        assert_ne!(link("Sher-e-Dil"), link("Sher-e-Dost"));
        assert_ne!(link("Kodar 2024"), link("Kodor 2024"));
    }

    #[test]
    fn a_name_given_to_an_operation_is_one_only_for_forces() {
        for (text, name) in [
            (
                "The army launched the offensive, code-named \"Swift Pike\", on Monday.",
                "Swift Pike",
            ),
            (
                "Forces loyal to the general launched the \"Ghadab al-Wadi\" operation in April.",
                "Ghadab al-Wadi",
            ),
            (
                "French troops ended operation Sirocco in the Sahel in 2022.",
                "Sirocco",
            ),
            (
                "Soldiers of Opération Tramontane patrol the capital's stations.",
                "Tramontane",
            ),
            (
                "Troops began an offensive known as Storm of Cedars in the east.",
                "Storm of Cedars",
            ),
        ] {
            assert_eq!(names_in(text), [name], "{text}");
        }
        for text in [
            "The singer released a new album, dubbed \"Summer Nights\", in May.",
            "The film, called \"Silent Border\", premiered in Cannes.",
            "The company launched an operation dubbed \"Project Falcon\" to cut costs.",
            "Doctors performed an operation called \"Heart Bridge\" on the boy.",
            "The troops' campaign, dubbed \"We Stand Together\", raised funds for the army.",
            "The firm launched the \"Bright Harvest\" campaign in April.",
            "The advertising campaign known as Think Small ran for years.",
            "The hospital's operation Tuesday went well.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn a_name_in_a_language_a_parenthesis_names_is_an_alias() {
        let e = exercises(
            "Ice Bridge 2019 (Russian: Ледяной мост-2019, held in August) was a joint exercise.",
        );
        assert_eq!(names(&e), ["Ice Bridge 2019"], "{e:?}");
        assert_eq!(e[0].aliases, ["Ледяной мост-2019"]);
        assert_eq!(e[0].mentions.len(), 2, "{e:?}");
    }

    #[test]
    fn a_coded_name_in_apposition_and_no_heading() {
        assert_eq!(
            names_in("The first joint drills of the two armies, Tempest-01, took place in 2002."),
            ["Tempest-01"]
        );
        assert!(names_in("== Later exercises ==").is_empty());
        assert!(names_in("The drills, Su-30 pilots said, went well.").is_empty());
    }

    #[test]
    fn a_translated_series_word_after_the_is_a_region() {
        let text = "This year Sahel-2026 (Desertland-2026) took place in the south. Analysts said Sahel-2026 was meant to show who rules the Desertland.";
        let e = exercises(text);
        assert_eq!(names(&e), ["Sahel-2026"], "{e:?}");
        // Before "series", the word after "the" is the series.
        let e = exercises(
            "Sahel-2026 was the largest drill in the Sahel series since 1991. Sahel-2022 was smaller.",
        );
        assert_eq!(
            e.iter().map(|f| f.mentions.len()).sum::<usize>(),
            3,
            "{e:?}"
        );
        assert!(
            e[0].mentions
                .iter()
                .all(|m| &text[m.clone()] != "Desertland"),
            "{e:?}"
        );
    }

    #[test]
    fn link_keys_fold_transliterations_of_one_word() {
        let link = |a: &str| super::translit::key(&super::link_key(a));
        let series = super::series_key;
        for (a, b) in [
            ("Zakhadni Shchyt-2027", "Zakhadny Shchit 2027"),
            ("Birlik-2027", "Birlyk 2027"),
            ("Qartal 2027", "Kartal 2027"),
            ("Gheyrat 1405", "Qeyrat-1405"),
            ("Slaviya 2027", "Slavia 2027"),
            ("Grannit-2027", "Granit 2027"),
        ] {
            assert_eq!(link(a), link(b), "{a} / {b}");
            assert_eq!(series(a), series(b), "{a} / {b}");
        }
        assert_ne!(link("Zakhad-2027"), link("Zapad-2027"));
        assert_ne!(link("Granit 2027"), link("Granit 2026"));
    }

    #[test]
    fn games_named_by_a_city_and_a_year_are_no_exercise() {
        for text in [
            "Velmora 2030 and Castrel 2034 drew athletes, as did the Coastal Games 2031, while troops guarded the stations.",
            "Soldiers secured the Velmora 2030 venues during drills.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
        assert_eq!(
            names_in("Troops guarding the Olympic venues rehearsed in the Velmora 2030 exercise."),
            ["Velmora 2030"]
        );
    }

    #[test]
    fn operations_of_police_firms_surgeons_and_campaigns_are_no_exercise() {
        for text in [
            "During the counter-terrorism operation Durayev praised the troops. Since the start of the special military operation Lukashevich has visited the front twice.",
            "In the first week of the ground operation Hezbollah fighters fired rockets. After the rescue operation Tarkovsky thanked the firefighters.",
            "Federal police said operation Greenfield had led to 40 arrests of drug traffickers in Recife. After a knee operation Halloran missed the rest of the season.",
            "Prosecutors said operation Clean Slate uncovered bribes paid to city council members.",
            "Following his heart operation Tuesday the senator rested. Doctors said operation Brightwater, the hospital's new surgical programme, would expand.",
            "The ministry launched the \"Open Doors\" campaign as part of a trade mission to Vietnam.",
            "The \"Vote Leave\" campaign said defence spending would rise.",
            "NASA said the \"Bright Horizon\" campaign of the Artemis mission would inspire students.",
            "Soldiers praised the \"Iron Harvest\" campaign, a video game whose army missions are set in 1920.",
            "The Navy’s new “Sea Legacy” campaign aims to recruit 10,000 sailors. The army’s recruitment drive, known as Serve Proud, ended.",
            "The campaign, known as Clean Hands, targeted corrupt police commanders in the capital.",
            "The company's marketing campaign, known as Bright Future, was a mission to win young buyers, its commander-in-chief of sales said.",
            "The studio's operations Silver Screen (2016) and Golden Reel (2020) were sold to investors.",
            "She recommends breathing exercises Calm Mind (2018) and Deep Breath (2020) to her patients.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn a_run_letter_apart_a_quoted_name_in_a_language_and_an_uncased_script_in_parentheses() {
        assert_eq!(
            names_in(
                "Unlike Joint Spear 2026A in May, the latest drill was announced within a day."
            ),
            ["Joint Spear 2026A"]
        );
        let e = exercises(
            "Troops launched the two-day exercise \"Joint Spear-2026A\" (联合长矛-2026A) on Monday.",
        );
        assert_eq!(names(&e), ["Joint Spear-2026A"], "{e:?}");
        assert_eq!(e[0].aliases, ["联合长矛-2026A"]);
        let e = exercises(
            "The army struck at dawn in what it dubbed Operation Copper Lantern (“Ner Nechoshet” in Hebrew).",
        );
        assert_eq!(names(&e), ["Copper Lantern"], "{e:?}");
        assert_eq!(e[0].aliases, ["Ner Nechoshet"]);
        assert_eq!(e[0].mentions.len(), 2, "{e:?}");
        assert_eq!(
            super::translit::key(&super::link_key("Joint Spear 2026A")),
            super::translit::key(&super::link_key("Joint Spear-2026A"))
        );
    }
}
