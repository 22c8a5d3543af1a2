//! Officials: a person's name introduced by a rank or title ("Colonel-General Ruslan Safarov"), by a
//! post ("Defense Minister Ivan Petrov", "Georgia's First Deputy Defense Minister, Mamuka Kudava") or
//! followed by one ("Karen Avagyan, deputy Armenian minister of foreign affairs"). A name with no
//! rank or post (a byline, "writing by ...") is not an official.

use std::ops::Range;
use std::sync::OnceLock;

use super::lexicon::{
    self, FastMap, NATIONAL_RANK_PHRASES, NATIONAL_RANKS, RANK_PHRASES, RANKS, class::*,
};
use super::token::{TokKind, Tokens, lengths_of};
use super::translit;
use super::{Ctx, Occupied};
use crate::entity::{AttrKey, Kind};

/// Rank phrases split into lower-case words, longest first.
fn rank_phrases() -> &'static [Vec<String>] {
    static P: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    P.get_or_init(|| {
        let mut v: Vec<Vec<String>> = RANK_PHRASES
            .iter()
            .chain(RANKS)
            .chain(NATIONAL_RANKS)
            .chain(NATIONAL_RANK_PHRASES)
            .map(|p| p.split(' ').map(str::to_string).collect())
            .collect();
        v.sort_by_key(|p| std::cmp::Reverse(p.len()));
        v
    })
}

/// The [`rank_phrases`] by their first word in ASCII lower case, each list longest first as they are:
/// a rank word meets only the phrases it can open, not all of them.
fn rank_phrases_by_first() -> &'static FastMap<Vec<u8>, Vec<usize>> {
    static M: OnceLock<FastMap<Vec<u8>, Vec<usize>>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m: FastMap<Vec<u8>, Vec<usize>> = FastMap::default();
        for (n, p) in rank_phrases().iter().enumerate() {
            let first = p.first().map_or("", String::as_str);
            m.entry(first.to_ascii_lowercase().into_bytes())
                .or_default()
                .push(n);
        }
        m
    })
}

/// The rank phrases that may start at token `i`: those whose first word it reads.
fn rank_phrases_at(t: &Tokens, i: usize) -> impl Iterator<Item = &'static Vec<String>> {
    let word = t.str(i).as_bytes();
    // Lower-cased on the stack: rank words are short, and a longer word is copied.
    let mut buf = [0u8; 32];
    let lower;
    let key: &[u8] = match buf.get_mut(..word.len()) {
        Some(b) => {
            b.copy_from_slice(word);
            b.make_ascii_lowercase();
            b
        }
        None => {
            lower = word.to_ascii_lowercase();
            &lower
        }
    };
    let phrases = rank_phrases();
    rank_phrases_by_first()
        .get(key)
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .map(move |&n| &phrases[n])
}

/// The end (exclusive) of a rank or title starting at token `i`, skipping abbreviation periods.
pub fn rank_at(t: &Tokens, i: usize) -> Option<usize> {
    let first = t.toks.get(i)?;
    if !first.is_word() || !first.cap {
        return None;
    }
    if !(first.is(RANK) || rank_starter(t.str(i))) {
        return None;
    }
    // "Secretary General", "Inspector General": the rank word completes a post.
    if t.eq(i, "general")
        && i > 0
        && t.same_sentence(i - 1, i)
        && t.toks[i - 1].cap
        && lexicon::POSTS_BEFORE_GENERAL.iter().any(|w| t.eq(i - 1, w))
    {
        return None;
    }
    'phrases: for p in rank_phrases_at(t, i) {
        let mut j = i;
        for (n, w) in p.iter().enumerate() {
            if n > 0 && t.punct(j, '.') && t.same_sentence(i, j) {
                j += 1;
            }
            if !(t.eq(j, w) && t.same_sentence(i, j) && t.toks[j].is_word()) {
                continue 'phrases;
            }
            j += 1;
        }
        if t.punct(j, '.') && t.toks[j - 1].end == t.toks[j].start && t.str(j - 1).len() <= 4 {
            j += 1;
        }
        return Some(j);
    }
    None
}

/// True when `w` (any case) opens a rank of several words without being a rank alone: "Army General",
/// "Air Chief Marshal", "Vice Admiral", "Field Marshal". Lower-cased on the stack and matched at once:
/// every capitalized word of an article is asked.
fn rank_starter(w: &str) -> bool {
    // The longest starter has six letters.
    let mut buf = [0u8; 6];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"army"
            | b"air"
            | b"police"
            | b"prime"
            | b"vice"
            | b"deputy"
            | b"first"
            | b"fleet"
            | b"rear"
            | b"senior"
            | b"second"
            | b"junior"
            | b"field"
    )
}

/// True when token `i` can be part of a person's name.
fn name_word(t: &Tokens, i: usize) -> bool {
    let Some(tok) = t.toks.get(i) else {
        return false;
    };
    tok.is_word()
        && tok.cap
        && !tok.upper
        && (!tok.is(NOT_NAME) || month_abbreviation_in_name(t, i))
        // "Analyst Farid Aliyev, chairman of ...": a descriptor opening the sentence is capitalized
        // but never a name's word.
        && !tok.is(
            RANK | POST_HEAD
                | UNIT_HEAD
                | ORG_HEAD
                | EXERCISE
                | OUTLET
                | PLACE_HEAD
                | NON_OFFICIAL,
        )
        && !digit_or_post_part(t.str(i))
        && !opens_post(t, i)
        && !post_participle(t.str(i))
        && !field_rank(t, i)
        && !(t.len_in(i, FOREIGN_ORG_HEAD_LENGTHS) && FOREIGN_ORG_HEADS.contains(&t.str(i)))
        // "head of the Centre for Regional Studies": a research body's word is no one's name.
        && !(t.len_in(i, ACADEMIC_HEAD_LENGTHS) && ACADEMIC_HEADS.iter().any(|h| t.eq(i, h)))
        // "Supreme Leader Hossein Tavari": a state's leader is the post before the name.
        && !state_leader(t, i)
        // "Supreme Allied Commander Transformation": an English abstract noun names a command's field,
        // never a person, in any romanization.
        && !abstract_noun(t.str(i))
}

/// The lengths of [`FOREIGN_ORG_HEADS`] and [`ACADEMIC_HEADS`]: every name word is tested against both
/// lists, and its length rules out most.
const FOREIGN_ORG_HEAD_LENGTHS: u64 = lengths_of(FOREIGN_ORG_HEADS);
const ACADEMIC_HEAD_LENGTHS: u64 = lengths_of(ACADEMIC_HEADS);

/// "Transformation", "Operations", "Acquisition": capitalized words ending as English abstract nouns do.
fn abstract_noun(word: &str) -> bool {
    word.len() > 6 && (word.ends_with("tion") || word.ends_with("tions"))
}

/// The head nouns of Spanish, Portuguese, French and Italian institutions ("Centro de Estudios Patagonia",
/// "Ministerio de Defensa"): never a word of a person's name.
const FOREIGN_ORG_HEADS: &[&str] = &[
    "Centro",
    "Instituto",
    "Institut",
    "Ministerio",
    "Ministério",
    "Ministère",
    "Ministero",
    "Universidad",
    "Universidade",
    "Université",
    "Università",
    "Fundación",
    "Fundação",
    "Fondation",
    "Escuela",
    "Academia",
    "Estudios",
    "Estudos",
];

/// Nouns of research and teaching bodies: a president or director of one ("director of the Turkey
/// program at the Middle East Institute", "president of the Bangladesh Institute of Peace and Security
/// Studies") is an analyst, not an official.
const ACADEMIC_HEADS: &[&str] = &[
    "institute",
    "instituto",
    "institut",
    "institution",
    "university",
    "universidad",
    "universidade",
    "université",
    "foundation",
    "fundación",
    "fundação",
    "fondation",
    "studies",
    "estudios",
    "estudos",
    "think-tank",
    // "president of the Academy of Geopolitical Problems"; a military academy's head serves.
    "academy",
];

/// True when the phrase after a name and its comma, up to the next comma, places its bearer at a
/// research or teaching body ([`ACADEMIC_HEADS`]).
fn academic_post_after(t: &Tokens, name_end: usize) -> bool {
    if !t.punct(name_end, ',') {
        return false;
    }
    let hi = (name_end + 18).min(t.len());
    for k in name_end + 1..hi {
        if !t.same_sentence(name_end, k) || t.punct(k, ',') || t.punct(k, ';') || t.punct(k, '(') {
            return false;
        }
        // "vice president of the National Defence University": a serving officer's post.
        if [
            "defence", "defense", "military", "war", "naval", "police", "staff",
        ]
        .iter()
        .any(|w| t.eq(k, w))
        {
            return false;
        }
        if t.toks[k].is_word() && t.toks[k].cap && ACADEMIC_HEADS.iter().any(|h| t.eq(k, h)) {
            return true;
        }
        // "chairman of the Center for Analysis of International Relations": a centre for a field of
        // study is a think tank.
        if t.toks[k].cap && (t.eq(k, "center") || t.eq(k, "centre")) && t.eq(k + 1, "for") {
            return true;
        }
    }
    false
}

/// "Commander-in-Chief Field Marshal Ivo Dragan": "Field" opens a rank of two words, never a name.
fn field_rank(t: &Tokens, i: usize) -> bool {
    t.eq(i, "field") && rank_at(t, i).is_some_and(|e| e > i + 1)
}

/// "General Officer Commanding", "Presiding Officer", "Outgoing Commander": participles that are part
/// of a post's title, never a name.
fn post_participle(w: &str) -> bool {
    w.ends_with("ing")
        && [
            "Commanding",
            "Presiding",
            "Acting",
            "Outgoing",
            "Incoming",
            "Serving",
            "Reigning",
            "Ruling",
            "Retiring",
            "Sitting",
        ]
        .contains(&w)
}

/// Ship types whose vessels are named after officers ("the frigate Admiral Golovko").
const SHIP_TYPES: &[&str] = &[
    "frigate",
    "destroyer",
    "corvette",
    "cruiser",
    "submarine",
    "warship",
    "ship",
    "vessel",
    "carrier",
    "icebreaker",
];

/// True when the rank at `i` opens a ship's name: a ship type or a ship's prefix right before it, or a
/// ship type and a navy's prefix ("the frigate ORP Generał Tadeusz Kościuszko").
fn ship_name(t: &Tokens, i: usize) -> bool {
    i > 0
        && t.same_sentence(i - 1, i)
        && (SHIP_TYPES.iter().any(|w| t.eq(i - 1, w))
            || t.toks[i - 1].upper && lexicon::SHIP_PREFIXES.contains(&t.str(i - 1))
            || t.toks[i - 1].upper
                && i > 1
                && t.same_sentence(i - 2, i)
                && SHIP_TYPES.iter().any(|w| t.eq(i - 2, w)))
}

/// True when the rank at `i` opens the name of a camp or fort named after an officer ("Camp Général
/// Aboubacar Sangaré", "Fort General Ivan Petrov").
fn camp_name(t: &Tokens, i: usize) -> bool {
    i > 0
        && t.same_sentence(i - 1, i)
        && t.toks[i - 1].cap
        && ["camp", "fort", "cantonment", "garrison"]
            .iter()
            .any(|w| t.eq(i - 1, w))
}

/// "Jun" in "Dong Jun met": a three-letter month abbreviation right after a name word, and not before a
/// day, year or period, is a given name (Chinese and Korean given names include Jun, Mar...).
fn month_abbreviation_in_name(t: &Tokens, i: usize) -> bool {
    let tok = &t.toks[i];
    if !tok.is(MONTH) || t.str(i).len() != 3 || i == 0 || !t.same_sentence(i - 1, i) {
        return false;
    }
    let prev = &t.toks[i - 1];
    let name_before = prev.is_word()
        && prev.cap
        && !prev.upper
        && !prev.is(NOT_NAME | RANK | POST_HEAD | UNIT_HEAD | ORG_HEAD | EXERCISE | OUTLET);
    let date_after = t
        .toks
        .get(i + 1)
        .is_some_and(|n| n.kind == TokKind::Number || (t.punct(i + 1, '.') && n.start == tok.end));
    name_before && !date_after
}

/// "Prime" in "Deputy Prime Minister", "Defence" in "Defence Minister": a post word right before a post's
/// head belongs to the post, not to a name.
fn opens_post(t: &Tokens, i: usize) -> bool {
    t.toks[i].is(POST_WORD)
        && t.toks
            .get(i + 1)
            .is_some_and(|n| n.is_word() && n.is(POST_HEAD))
        && t.same_sentence(i, i + 1)
}

/// True when `w` holds a digit ("Zapad-2017") or is a hyphenated word with a post or rank word among its
/// parts ("Commander-in-Chief", "Commanding-in-Chief"), which is post text: never a name's word. One pass
/// over the bytes finds both marks, and only a hyphenated word is split.
fn digit_or_post_part(w: &str) -> bool {
    let (digit, hyphen) = w.bytes().fold((false, false), |(d, h), b| {
        (d || b.is_ascii_digit(), h || b == b'-')
    });
    digit
        || hyphen
            && w.split('-')
                .any(|part| lexicon::classes(part) & (POST_HEAD | RANK) != 0)
}

/// An abbreviated given name with its period: the "Md." and "Mohd." of Bangladeshi and Malaysian
/// Muhammads, when a name word follows.
fn abbreviated_given(t: &Tokens, i: usize) -> bool {
    i + 2 < t.len()
        && t.toks[i].is_word()
        && matches!(t.str(i), "Md" | "Mohd" | "Muhd")
        && t.punct(i + 1, '.')
        && t.toks[i + 1].start == t.toks[i].end
        && name_word(t, i + 2)
}

/// The token after a one-word nickname in quotation marks at `i` ("“Monching”", "\"Bongbong\"").
fn quoted_nickname(t: &Tokens, i: usize) -> Option<usize> {
    let open = translit::NICKNAME_OPENS.iter().any(|&c| t.punct(i, c));
    let close = translit::NICKNAME_CLOSES.iter().any(|&c| t.punct(i + 2, c));
    let word = t
        .toks
        .get(i + 1)
        .is_some_and(|x| x.is_word() && x.cap && !x.upper)
        && t.toks[i + 1].start == t.toks[i].end
        && t.toks
            .get(i + 2)
            .is_some_and(|x| x.start == t.toks[i + 1].end);
    (open && close && word).then_some(i + 3)
}

/// Initials written together with their periods ("A.K.", "R.S.P."), as Indian outlets write them, when
/// a name word follows in the sentence: no word of the lexicon ("U.S.", "U.K.") and no acronym.
fn dotted_initials(t: &Tokens, i: usize) -> bool {
    let Some(tok) = t.toks.get(i) else {
        return false;
    };
    let b = t.str(i).as_bytes();
    tok.is_word()
        && tok.class == 0
        && (4..=6).contains(&b.len())
        && b.chunks(2)
            .all(|c| c.len() == 2 && c[0].is_ascii_uppercase() && c[1] == b'.')
        && t.same_sentence(i, i + 1)
        && name_word(t, i + 1)
}

/// A single capital with a period ("S."), as in "S. Ivanov".
fn initial(t: &Tokens, i: usize) -> bool {
    i + 1 < t.len()
        && t.toks[i].is_word()
        && t.toks[i].end - t.toks[i].start == 1
        && t.toks[i].cap
        && t.punct(i + 1, '.')
}

/// The end (exclusive) of a name starting at `i`: optional initials, then one to three name words, all in
/// one sentence. Particles may join name words ("Ursula von der Leyen", "Khalid bin Salman", "José
/// Múcio de Souza"), and an article may be fused to the surname ("Thabit al-Abbasi").
pub fn name_at(t: &Tokens, i: usize) -> Option<usize> {
    // Both an initial and a name word are capitalized words: most tokens are neither.
    if !t.toks.get(i).is_some_and(|x| x.is_word() && x.cap) {
        return None;
    }
    let mut j = i;
    // "His Highness Sheikh Mohamed ...", "Syed Asim Munir", "H.E. Ahmed ...": honorifics before the given
    // name are not among the name's words.
    if let Some(h) = honorific_end(t, i)
        && h < t.len()
        && t.same_sentence(i, h)
        && name_word(t, h)
    {
        j = h;
    }
    if j == i {
        while (initial(t, j) || abbreviated_given(t, j)) && t.same_sentence(i, j + 2) {
            j += 2;
        }
        if j == i && dotted_initials(t, j) {
            j += 1;
        }
    }
    let words_start = j;
    let mut words = 0;
    if korean_short_family(t, j) {
        j += 1;
        words += 1;
    }
    // Four words: "Zaheer Ahmed Babar Sidhu", "Rahat Naseem Ahmed Khan".
    while j < t.len() && words < 4 && t.same_sentence(i, j) {
        if j > words_start && generational_suffix(t, j) > 0 {
            break;
        }
        // "Lloyd J. Austin": a middle initial's period ends neither the name nor the sentence, nor
        // does an abbreviated given name's ("Md. Rafiqul Alam").
        if j > words_start
            && (initial(t, j) || abbreviated_given(t, j))
            && t.same_sentence(i, j + 2)
            && name_word(t, j + 2)
        {
            j += 2;
            continue;
        }
        // "Ramon “Monching” Cruz Jr.": a quoted nickname between the given name and the surname is
        // inside the name.
        if j > words_start
            && let Some(e) = quoted_nickname(t, j)
            && t.same_sentence(i, e)
            && (name_word(t, e) || prefixed_surname(t, e))
        {
            j = e;
            continue;
        }
        // "De La Maza": capitalized particles before a surname do not count among the name's words.
        if j > words_start && capitalized_particle(t, j) {
            let mut p = j;
            while p < j + 3 && p < t.len() && t.same_sentence(i, p) && capitalized_particle(t, p) {
                p += 1;
            }
            if p < t.len()
                && t.same_sentence(i, p)
                && name_word(t, p)
                && !capitalized_particle(t, p)
            {
                j = p;
                continue;
            }
            // A name never ends on a particle: "Al" alone is no one's surname.
            break;
        }
        if name_word(t, j)
            || j > words_start && prefixed_surname(t, j)
            || korean_third_syllable(t, words_start, j)
        {
            // "Meshal Al-Ahmad Al-Jaber Al-Sabah": the ancestors' names an Arabic name runs through do not
            // count among its words.
            if !(j > words_start && capitalized_article(t.str(j))) {
                words += 1;
            }
            j += 1;
            if j >= words_start + 9 {
                break;
            }
            continue;
        }
        // "Sato Gen (佐藤元)": before the name in its own characters, a capitalized word is the
        // name's, whatever else it may abbreviate.
        if j > words_start
            && t.toks[j].is_word()
            && t.toks[j].cap
            && !t.toks[j].upper
            && native_in_parentheses(t, j + 1)
        {
            j += 1;
            break;
        }
        let mut p = j;
        while j > words_start && p < j + 3 && p < t.len() && t.same_sentence(i, p) && particle(t, p)
        {
            p += 1;
        }
        if p > j
            && p < t.len()
            && t.same_sentence(i, p)
            && (name_word(t, p) || prefixed_surname(t, p))
        {
            j = p;
            continue;
        }
        break;
    }
    if j == words_start {
        return None;
    }
    Some(j + generational_suffix(t, j))
}

/// "No Myong-chol", "An Sung-baek", "O Su-yong": a Korean family name that is also an English word, known
/// by the hyphenated given name of two syllables right after it ("Kwang-chol": a capital, then a
/// lower-case syllable).
fn korean_short_family(t: &Tokens, i: usize) -> bool {
    let given = |k: usize| {
        t.toks
            .get(k)
            .is_some_and(|x| x.is_word() && x.cap && !x.upper)
            && t.same_sentence(i, k)
            && t.str(k).split_once('-').is_some_and(|(a, b)| {
                (2..=6).contains(&a.chars().count())
                    && (2..=5).contains(&b.chars().count())
                    && a.chars().skip(1).all(|c| c.is_ascii_lowercase())
                    && b.chars().all(|c| c.is_ascii_lowercase())
                    // "An Iran-led coalition", "An Israeli-made drone".
                    && lexicon::classes(a) & (COUNTRY | NATIONALITY) == 0
            })
    };
    // "Defense Minister No Myong Chol": the given name's syllables written as two words.
    let syllables = |k: usize| {
        (k..k + 2).all(|x| {
            t.toks
                .get(x)
                .is_some_and(|w| w.is_word() && w.cap && !w.upper && korean_syllable(t.str(x)))
                && t.same_sentence(i, x)
        })
    };
    matches!(
        t.str(i),
        "An" | "No" | "O" | "Yi" | "Ri" | "Pak" | "Ko" | "Oh"
    ) && (given(i + 1) || syllables(i + 1))
}

/// A word of the shape of one syllable of a Korean name in any romanization ("Kwang", "Chol", "Un",
/// "Myung", "Hee"): an initial consonant or none, a glide, a vowel, and a final n, ng, l, m, k, p or t.
/// "Left", "Old" or "Stone" are no such syllable.
fn korean_syllable(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    let mut rest = w.as_str();
    for onset in [
        "ch", "kk", "tt", "pp", "ss", "jj", "sh", "g", "k", "n", "d", "t", "r", "l", "m", "b", "p",
        "s", "j", "h",
    ] {
        if let Some(r) = rest.strip_prefix(onset) {
            rest = r;
            break;
        }
    }
    if let Some(r) = rest.strip_prefix(['w', 'y']) {
        rest = r;
    }
    let Some(r) = [
        "ae", "eo", "eu", "oe", "ui", "oo", "ee", "a", "e", "i", "o", "u",
    ]
    .iter()
    .find_map(|v| rest.strip_prefix(v)) else {
        return false;
    };
    matches!(r, "" | "n" | "ng" | "l" | "m" | "k" | "p" | "t")
}

/// "Kim Song Un": the third syllable of a Korean name written in three words, which may be a word the
/// lexicon keeps from names ("Un" is the UN's acronym in lower case).
fn korean_third_syllable(t: &Tokens, start: usize, j: usize) -> bool {
    j == start + 2
        && translit::korean_family(t.str(start))
        && t.same_sentence(start, j)
        && [j - 1, j].iter().all(|&k| {
            t.toks[k].is_word() && t.toks[k].cap && !t.toks[k].upper && korean_syllable(t.str(k))
        })
}

/// How many tokens a generational suffix after a name takes: "Jr." and "Sr." two, "II" to "IV" one, none
/// before a unit head ("II Corps" is a formation).
fn generational_suffix(t: &Tokens, j: usize) -> usize {
    if j + 1 >= t.len() || !t.same_sentence(j - 1, j) || !t.toks[j].is_word() {
        return 0;
    }
    if (t.eq(j, "Jr") || t.eq(j, "Sr")) && t.toks[j].cap && t.punct(j + 1, '.') {
        return 2;
    }
    let roman = matches!(t.str(j), "II" | "III" | "IV");
    let unit_next = t.toks.get(j + 1).is_some_and(|x| x.is(UNIT_HEAD));
    usize::from(roman && !unit_next)
}

/// "Gen. CQ Brown": after a rank, two or three capitals written together are a person's initials, not an
/// organization, when a surname follows. Returns the end (exclusive) of the name.
fn initials_name(t: &Tokens, r: usize) -> Option<usize> {
    let tok = t.toks.get(r)?;
    let s = t.str(r);
    let initials = tok.is_word()
        && tok.upper
        && (2..=3).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_uppercase())
        && tok.class == 0
        && !lexicon::organization_acronym(s);
    if !initials || !t.same_sentence(r, r + 1) || !name_word(t, r + 1) {
        return None;
    }
    name_at(t, r + 1)
}

/// "Juan Andrés De La Maza", "Rafael Van Der Berg": a particle written with a capital inside a name.
fn capitalized_particle(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.is_word()
        && tok.cap
        && matches!(
            t.str(k),
            "De" | "Del"
                | "Al"
                | "El"
                | "Bin"
                | "La"
                | "Da"
                | "Dos"
                | "Das"
                | "Di"
                | "Van"
                | "Von"
                | "Der"
                | "Den"
                | "Le"
                | "Ibn"
                | "Bint"
                | "Ul"
                | "Ud"
        )
}

/// The end (exclusive) of honorifics that open a name without being part of it: "His Highness", "His
/// Royal Highness", "Her Excellency", "Sheikh", "Syed", "Hajji", and chains of them ("HH the Amir Sheikh",
/// "H E Sheikh", "Samdech Techo").
fn honorific_end(t: &Tokens, i: usize) -> Option<usize> {
    honorifics(t, i).map(|(end, _)| end)
}

/// [`honorific_end`], and whether the chain holds a style of office ("His Highness", "H.E.", "HH", "the
/// Amir"), which only heads of state, royals, ministers and envoys bear: the style alone makes its bearer
/// an official, where "Sheikh" or "Syed" alone does not.
fn honorifics(t: &Tokens, i: usize) -> Option<(usize, bool)> {
    let mut k = i;
    let mut styled = false;
    while k < t.len() && k < i + 8 && t.same_sentence(i, k) {
        match one_honorific(t, k, k > i) {
            Some((end, style)) => {
                styled |= style;
                k = end;
            }
            None => break,
        }
    }
    (k > i).then_some((k, styled))
}

/// One honorific at token `k` (`inner` when another opened the chain): its end and whether it is a style
/// of office.
fn one_honorific(t: &Tokens, k: usize, inner: bool) -> Option<(usize, bool)> {
    let tok = t.toks.get(k)?;
    if !tok.is_word() {
        return None;
    }
    let w = t.str(k);
    if tok.cap && lexicon::honorific(w) {
        return Some((k + 1, false));
    }
    // Past the listed honorifics, a chain opens only with "HH", "H.E.", "H E", "His" or "Her": most
    // capitalized words are told at their first letter.
    if !inner && !w.starts_with('H') {
        return None;
    }
    // "Samdech Akka Moha Sena Padei Techo": "Sena" is a Khmer honorific only after "Moha".
    if inner && w == "Sena" && t.eq(k - 1, "moha") {
        return Some((k + 1, false));
    }
    if w == "HH" || w.trim_end_matches('.') == "H.E" {
        let dot = t.punct(k + 1, '.') && t.toks[k + 1].start == tok.end;
        return Some((k + 1 + usize::from(dot), true));
    }
    // "H E", "H.E.", "H. E.".
    if w == "H" {
        let mut j = k + 1;
        if t.punct(j, '.') {
            j += 1;
        }
        if j < t.len() && t.same_sentence(k, j) && t.str(j) == "E" {
            j += 1;
            if t.punct(j, '.') && t.toks[j].start == t.toks[j - 1].end {
                j += 1;
            }
            return Some((j, true));
        }
        return None;
    }
    // "the Amir", "the Emir" after a style: the ruler's title, not a given name ("Amir Hatami").
    if inner && w == "the" {
        let title = t.toks.get(k + 1).is_some_and(|x| x.cap)
            && (t.eq(k + 1, "amir") || t.eq(k + 1, "emir"));
        return title.then_some((k + 2, true));
    }
    if !tok.cap || !(t.eq(k, "his") || t.eq(k, "her")) {
        return None;
    }
    let j = if t.eq(k + 1, "royal") { k + 2 } else { k + 1 };
    let styled = j < t.len()
        && t.toks[j].cap
        && (t.eq(j, "highness") || t.eq(j, "excellency") || t.eq(j, "majesty"));
    styled.then_some((j + 1, true))
}

/// "Al-Sabah", "El-Sisi": a name word with a capitalized Arabic article fused to it.
fn capitalized_article(w: &str) -> bool {
    w.split_once('-').is_some_and(|(article, rest)| {
        matches!(article, "Al" | "El") && rest.starts_with(|c: char| c.is_uppercase())
    })
}

/// A lower-case particle inside a name: "von der", "van", "de", "bin", "ibn", and the "ben" of French
/// spellings of Arabic names ("Karim ben Yassine"), which only stands between two name words.
fn particle(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.is_word()
        && !tok.cap
        && matches!(
            t.str(k),
            "von"
                | "van"
                | "der"
                | "den"
                | "de"
                | "du"
                | "da"
                | "di"
                | "dos"
                | "das"
                | "del"
                | "della"
                | "la"
                | "le"
                | "ter"
                | "ten"
                | "bin"
                | "ibn"
                | "bint"
                | "ben"
                | "al"
                | "el"
                | "ul"
        )
}

/// A surname with a fused Arabic article: "al-Abbasi", "el-Sisi", "ash-Shara".
pub fn prefixed_surname(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    // The byte test first: this runs on every lower-case word.
    let b = t.str(k).as_bytes();
    tok.is_word()
        && !tok.cap
        && b.len() > 3
        && (b[2] == b'-' || b[3] == b'-')
        && t.str(k).split_once('-').is_some_and(|(article, rest)| {
            matches!(
                article,
                "al" | "el" | "ad" | "ash" | "as" | "az" | "at" | "ar" | "an"
            ) && rest.starts_with(|c: char| c.is_uppercase())
        })
}

/// Verbs of appointing to and removing from a post.
const APPOINTING: &[&str] = &[
    "replaced",
    "appointed",
    "dismissed",
    "fired",
    "sacked",
    "nominated",
    "succeeded",
    "reappointed",
];

/// "Ivan Dorokhov replaced Pavel Sedin with …": the one who appoints or removes and the one appointed or
/// removed (name tokens `i..n`) hold posts.
fn appointment(t: &Tokens, i: usize, n: usize) -> bool {
    let verb = |k: usize| APPOINTING.iter().any(|w| t.eq(k, w));
    verb(n) && t.same_sentence(i, n)
        || i > 0 && verb(i - 1) && t.same_sentence(i - 1, i)
        || successor(t, i, n)
        || named_as_post(t, i, n)
}

/// "named Reza Tavakoli as navy chief", "named Reza Tavakoli as the new commander": "named" appoints
/// when "as" and a post follow the name ("named after" and "a man named" do not).
fn named_as_post(t: &Tokens, i: usize, n: usize) -> bool {
    i > 0
        && t.is_exactly(i - 1, "named")
        && t.eq(n, "as")
        && (n + 1..(n + 5).min(t.len())).any(|k| t.same_sentence(i, k) && heads_post(t, k))
}

/// "dismissed Defense Minister Ivan Petrov and replaced him with Pavel Sidorov", "replaced Ivan Petrov,
/// minister since 2012, with the economist Pavel Sidorov": the name after the "with" of a replacement
/// (a few lower-case words may stand between) takes the post. The name ends before token `n`.
fn successor(t: &Tokens, i: usize, n: usize) -> bool {
    let Some(with) = (i.saturating_sub(4)..i).rev().find(|&k| t.eq(k, "with")) else {
        return false;
    };
    // "with the new Ivan Petrov Works model": the name runs on into a thing's.
    if t.toks
        .get(n)
        .is_some_and(|x| x.is_word() && x.cap && t.same_sentence(i, n))
    {
        return false;
    }
    let between_lower = (with + 1..i).all(|k| t.toks[k].is_word() && !t.toks[k].cap);
    let Some(verb) = (with.saturating_sub(14)..with).find(|&k| {
        t.same_sentence(k, i)
            && ["replaced", "replacing", "replace"]
                .iter()
                .any(|w| t.eq(k, w))
    }) else {
        return false;
    };
    // The one replaced holds a post or rank ("dismissed Defense Minister Ivan Petrov and replaced him
    // with"): a club that replaces its coach names no official.
    let replaced_official = (verb.saturating_sub(8)..with)
        .any(|k| t.same_sentence(k, i) && t.toks[k].is(RANK | POST_HEAD));
    between_lower && replaced_official
}

/// Verbs of acts of state or command whose subject holds power: "Ivan Petrov ordered the check",
/// "Ivan Petrov has signed the decree". Journalists write and analysts argue; neither orders or decrees.
const STATE_ACTS: &[&str] = &[
    "ordered",
    "orders",
    "signed",
    "signs",
    "decreed",
    "decrees",
    "met",
    "meets",
    "visited",
    "visits",
    "inspected",
    "inspects",
    "approved",
    "approves",
    "appointed",
    "appoints",
    "dismissed",
    "dismisses",
    "received",
    "receives",
    "hosted",
    "hosts",
    "chaired",
    "chairs",
    "pardoned",
    "congratulated",
    "congratulates",
    "awarded",
    "reviewed",
    "oversaw",
    "instructed",
    "instructs",
    "vowed",
    "vows",
    "pledged",
    "threatened",
    "urged",
    "urges",
    "demanded",
    "thanked",
    "welcomed",
    "praised",
    "phoned",
    "promised",
    "discussed",
];

/// Words that may stand between a subject and its verb: "Ivan Petrov has personally ordered ...".
const AUXILIARIES: &[&str] = &[
    "has",
    "had",
    "have",
    "will",
    "would",
    "also",
    "later",
    "then",
    "personally",
    "himself",
    "herself",
    "reportedly",
    "again",
];

/// Participles of acts of state whose agent, after "by", holds power: "ordered by Ivan Petrov
/// personally", "a decree signed by Ivan Petrov". "Written by" or "edited by" name no one in office.
const STATE_PARTICIPLES: &[&str] = &[
    "ordered",
    "signed",
    "decreed",
    "approved",
    "authorized",
    "authorised",
    "appointed",
    "dismissed",
    "chaired",
    "hosted",
    "inspected",
    "received",
    "awarded",
    "endorsed",
    "agreed",
    "ratified",
    "commissioned",
    "pardoned",
    "sanctioned",
    "led",
    "commanded",
    "headed",
];

/// Verbs whose object holds power: "Ivan Petrov met Pavel Orlov", "congratulated Pavel Orlov".
const STATE_OBJECT: &[&str] = &[
    "met",
    "congratulated",
    "thanked",
    "phoned",
    "hosted",
    "welcomed",
];

/// Words for an exercise itself: "watched the final phase of the drills". Anywhere in the sentence they
/// make the watching a state affair.
const EXERCISE_WORDS: &[&str] = &[
    "exercise",
    "exercises",
    "drill",
    "drills",
    "manoeuvres",
    "maneuvers",
];

/// What else guests of state watch, as the object of "watched": "watched the parade", "observed the
/// launch". Only right after the verb, since "After the parade, Ivan Petrov watched the football" is a
/// spectator's.
const MILITARY_DISPLAY: &[&str] = &[
    "phase",
    "parade",
    "launch",
    "launches",
    "firing",
    "firings",
    "demonstration",
];

/// Verbs of expecting another's act: "expects Ivan Petrov to use the exercise".
const EXPECTING: &[&str] = &[
    "expects", "expected", "expect", "wants", "wanted", "want", "urged", "urges", "urge",
];

/// "Ivan Petrov ordered the check", "ordered by Ivan Petrov personally", "met Ivan Petrov", "expects
/// Ivan Petrov to use the exercise": a person (tokens `i..n`) named with no title is in office when the
/// sentence has him act as the state acts, or be met or awaited as one who does.
fn acts_of_state(t: &Tokens, i: usize, n: usize) -> bool {
    let any = |k: usize, words: &[&str]| words.iter().any(|w| t.eq(k, w));
    // "Ivan Petrov and Pavel Orlov discussed ...": the verb comes after the second name.
    let n = if t.eq(n, "and") && name_word(t, n + 1) && t.same_sentence(n, n + 1) {
        name_at(t, n + 1).unwrap_or(n)
    } else {
        n
    };
    // "signed by Ivan Petrov and Pavel Orlov": the second name stands where the first does.
    let mut i = i;
    if i >= 2 && t.eq(i - 1, "and") && t.same_sentence(i - 2, i) {
        let mut j = i - 1;
        while j > 0 && name_word(t, j - 1) && t.same_sentence(j - 1, i) && i - j < 5 {
            j -= 1;
        }
        if j < i - 1 && given_first(t, j) {
            i = j;
        }
    }
    let mut v = n;
    while v < n + 2 && any(v, AUXILIARIES) {
        v += 1;
    }
    // "Ivan Petrov last month signed ...".
    if t.eq(v, "last") && any(v + 1, &["week", "month", "year"]) {
        v += 2;
    }
    // "Ivan Petrov, who commanded the army until ...".
    if t.punct(n, ',') && t.eq(n + 1, "who") {
        v = n + 2;
    }
    // "Ivan Petrov and Pavel Orlov watched the final phase": those who watch an exercise are its
    // guests of state; one who "observed that" or "watched as" only remarks.
    // A match or a film watched is no state affair: the sentence must speak of military display.
    let watches = any(v, &["observed", "watched"])
        && !any(v + 1, &["that", "how", "what", "as", "while", "when"])
        && !t.toks.get(v + 1).is_some_and(|x| x.kind == TokKind::Punct)
        && ((i.saturating_sub(30)..(v + 12).min(t.len()))
            .any(|k| t.same_sentence(k, v) && any(k, EXERCISE_WORDS))
            || (v + 1..(v + 6).min(t.len())).any(|k| {
                t.same_sentence(k, v) && (any(k, EXERCISE_WORDS) || any(k, MILITARY_DISPLAY))
            }) && !(v + 1..(v + 6).min(t.len())).any(|k| any(k, &["his", "her", "their"])));
    let subject = (any(v, STATE_ACTS) || any(v, &["commanded", "led", "headed"]) || watches)
        && t.same_sentence(i, v);
    let before =
        |k: usize, words: &[&str]| i >= k && any(i - k, words) && t.same_sentence(i - k, i);
    // "a treaty signed in Bishkek by Ivan Petrov": a place may stand between the act and its agent.
    let placed = i >= 4 && t.eq(i - 3, "in") && t.toks[i - 2].cap && before(4, STATE_PARTICIPLES);
    let agent = t.eq(i.wrapping_sub(1), "by") && (before(2, STATE_PARTICIPLES) || placed);
    // "met with", "talks with", "discussed it by phone with Ivan Petrov".
    let met_with = t.eq(i.wrapping_sub(1), "with")
        && before(
            2,
            &[
                "met",
                "meeting",
                "talks",
                "phone",
                "telephone",
                "call",
                "conversation",
            ],
        );
    // "the meeting of Ivan Petrov and Pavel Orlov", "talks between Ivan Petrov and ...".
    // "a meeting of Ivan Petrov supporters" is of his followers: the name must end the phrase.
    let met_between = (t.eq(i.wrapping_sub(1), "of") || t.eq(i.wrapping_sub(1), "between"))
        && before(2, &["meeting", "talks", "summit"])
        && !t
            .toks
            .get(n)
            .is_some_and(|x| x.is_word() && !x.cap && !any(n, &["and", "with", "in", "on", "at"]));
    let object = before(1, STATE_OBJECT) || met_with || met_between;
    let awaited = before(1, EXPECTING)
        && t.eq(n, "to")
        && t.toks.get(n + 1).is_some_and(|x| x.is_word() && !x.cap)
        && t.same_sentence(i, n + 1);
    subject || agent || object || awaited
}

/// True when token `k` is a known given name, or a hyphenated one whose first part is ("Abdel-Fattah",
/// "Kasym-Zhomart").
fn given_first(t: &Tokens, k: usize) -> bool {
    t.toks[k].is(FIRST_NAME)
        || t.toks[k].is_word()
            && t.str(k).split_once('-').is_some_and(|(a, b)| {
                b.starts_with(char::is_uppercase) && lexicon::classes(a) & FIRST_NAME != 0
            })
        || east_asian_name(t, k)
}

/// "Hsiao Wen-lung", "Moon Sung-ho": a family name written first before a given name of two syllables
/// joined by a hyphen, the second in lower case. The shape is a person's name as surely as a known given
/// name is.
fn east_asian_name(t: &Tokens, k: usize) -> bool {
    t.toks[k].is_word()
        && translit::family_name_first(t.str(k))
        && t.toks.get(k + 1).is_some_and(|x| x.is_word())
        && t.same_sentence(k, k + 1)
        && t.str(k + 1).split_once('-').is_some_and(|(a, b)| {
            (2..=6).contains(&a.len())
                && a.starts_with(|c: char| c.is_ascii_uppercase())
                && (2..=5).contains(&b.len())
                && b.bytes().all(|c| c.is_ascii_lowercase())
        })
}

/// True when the name at tokens `i..n` is joined by "and" to a name that opens with a known given name
/// ("Sadyr Osmonov and Emomali Rustamov"): the two are one subject or object, and the known given name
/// vouches that both are people.
fn paired_with_given(t: &Tokens, i: usize, n: usize) -> bool {
    let after = t.eq(n, "and")
        && t.same_sentence(n, n + 1)
        && n + 1 < t.len()
        && given_first(t, n + 1)
        && name_at(t, n + 1).is_some();
    let before = i >= 3 && t.eq(i - 1, "and") && t.same_sentence(i - 3, i) && {
        let mut j = i - 1;
        while j > 0 && name_word(t, j - 1) && t.same_sentence(j - 1, i) && i - j < 5 {
            j -= 1;
        }
        j + 1 < i && given_first(t, j) && name_at(t, j) == Some(i - 1)
    };
    after || before
}

/// "William Lai Ching-te was sworn in as …", "Lai’s predecessor Tsai Ing-wen": a name said to take
/// office, or named as another's predecessor or successor, is an official's.
fn in_office(t: &Tokens, i: usize, n: usize) -> bool {
    let sworn = (t.eq(n, "was") || t.eq(n, "is") || t.eq(n, "were"))
        && t.eq(n + 1, "sworn")
        && t.same_sentence(i, n + 1);
    let took = t.eq(n, "took") && t.eq(n + 1, "office") && t.same_sentence(i, n + 1);
    let predecessor = i >= 2
        && (t.eq(i - 1, "predecessor") || t.eq(i - 1, "successor"))
        && t.toks[i - 2].kind == TokKind::Possessive
        && t.same_sentence(i - 2, i);
    sworn || took || predecessor
}

/// "Defense Minister Israel Katz": right after a post's head, a country's name followed by a one-word
/// name is a given name and a surname. Returns the end (exclusive) of the name.
fn country_given_name(t: &Tokens, i: usize) -> Option<usize> {
    let tok = &t.toks[i];
    if !(tok.is_word() && tok.cap && !tok.upper && tok.is(COUNTRY)) || tok.is(NATIONALITY) || i == 0
    {
        return None;
    }
    let p = &t.toks[i - 1];
    if !(p.is_word() && p.cap && heads_post(t, i - 1) && t.same_sentence(i - 1, i + 1)) {
        return None;
    }
    if !name_word(t, i + 1) {
        return None;
    }
    let n = name_at(t, i + 1)?;
    (n == i + 2).then_some(n)
}

/// How many name words (not initials) a name span holds.
fn word_count(t: &Tokens, a: usize, b: usize) -> usize {
    (a..b)
        .filter(|&k| t.toks[k].is_word() && !initial(t, k))
        .count()
}

/// A post phrase found next to a name: its tokens `start..=end`, and the country of a possessive just
/// before it ("Georgia's First Deputy Defense Minister").
struct Post {
    start: usize,
    end: usize,
    country: Option<String>,
}

/// True when the word (or the last part of a hyphenated word, "then-Minister") heads a post, as does
/// "General" completing one ("the Adjutant General of Virginia").
fn heads_post(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.is_word()
        && (tok.is(POST_HEAD)
            || t.str(k)
                .rsplit('-')
                .next()
                .is_some_and(|last| lexicon::classes(last) & POST_HEAD != 0)
            || state_leader(t, k)
            || state_commissioner(t, k)
            || (t.eq(k, "general")
                && k > 0
                && t.same_sentence(k - 1, k)
                && lexicon::POSTS_BEFORE_GENERAL.iter().any(|w| t.eq(k - 1, w))))
}

/// "High Commissioner in Kampala", "Police Commissioner", "Commissioner for Peace and Security": a
/// commissioner of a state or a commission; a league's or a company's ("NBA Commissioner") is none.
fn state_commissioner(t: &Tokens, k: usize) -> bool {
    t.eq(k, "commissioner")
        && (k > 0 && (t.eq(k - 1, "high") || t.eq(k - 1, "police")) && t.same_sentence(k - 1, k)
            || (t.eq(k + 1, "of") || t.eq(k + 1, "for")) && t.same_sentence(k, k + 1))
}

/// A rank of the army's own language alone before a name: towns and ships are named after ranks
/// ("to Coronel Oviedo", "the Almirante Brown"), so one word of rank needs two words of name after it
/// and no place preposition or ship's prefix before it.
fn lone_national_rank(t: &Tokens, i: usize, r: usize, q: usize, n: usize) -> bool {
    if r != i + 1 || !NATIONAL_RANKS.iter().any(|w| t.eq(i, w)) {
        return false;
    }
    let place_before = i > 0
        && t.same_sentence(i - 1, i)
        && (["to", "from", "in", "at", "near", "of", "the"]
            .iter()
            .any(|w| t.eq(i - 1, w))
            || t.toks[i - 1].upper);
    word_count(t, q, n) < 2 || place_before
}

/// "Taiwan's leader", "the region's leader", "North Korean leader": a leader is a post when a country,
/// region or nationality owns it ("opposition leader", "team leader" are no state posts).
/// A bare "leader" right before a name is one too ("the sister of leader Kim Jong-un"): with only a
/// function word before it, nothing makes it a party's or a team's.
fn state_leader(t: &Tokens, k: usize) -> bool {
    if !t.eq(k, "leader") || k == 0 || !t.same_sentence(k - 1, k) {
        return false;
    }
    let owned =
        t.toks[k - 1].kind == TokKind::Possessive || t.toks[k - 1].is(NATIONALITY | COUNTRY);
    let bare = (["of", "by", "with", "to", "and", "from", "under"]
        .iter()
        .any(|w| t.eq(k - 1, w))
        || t.toks[k - 1].is(SPEECH) && !t.toks[k - 1].cap)
        && t.toks.get(k + 1).is_some_and(|x| x.cap);
    // "Iran's Supreme Leader", "the supreme leader": a supreme leader leads a state or a movement that
    // rules one.
    let supreme = t.eq(k - 1, "supreme");
    // "leader of the Taiwan region", "leader of Belarus".
    let of_country = t.eq(k + 1, "of")
        && (k + 2..(k + 5).min(t.len())).any(|j| t.same_sentence(k, j) && t.toks[j].is(COUNTRY));
    owned || bare || supreme || of_country
}

/// Words for kin: "Kim Yo-jong, the powerful sister of leader Kim Jong-un".
const KIN: &[&str] = &[
    "sister",
    "brother",
    "wife",
    "husband",
    "son",
    "daughter",
    "father",
    "mother",
    "nephew",
    "niece",
    "cousin",
    "uncle",
    "aunt",
    "son-in-law",
    "brother-in-law",
];

/// True when a name is followed by ", the [adjective] sister of <post> <Name>": a named relative of an
/// official speaking for the state is reported as one herself.
fn kin_of_official(t: &Tokens, n: usize) -> bool {
    if !t.punct(n, ',') {
        return false;
    }
    let mut k = n + 1;
    if ["the", "his", "her", "a"].iter().any(|w| t.eq(k, w)) {
        k += 1;
    }
    let mut adjectives = 0;
    while adjectives < 2
        && k < t.len()
        && t.toks[k].is_word()
        && !t.toks[k].cap
        && !KIN.iter().any(|w| t.eq(k, w))
    {
        k += 1;
        adjectives += 1;
    }
    let kin_at =
        |k: usize| KIN.iter().any(|w| t.eq(k, w)) && t.eq(k + 1, "of") && t.same_sentence(n, k + 1);
    // "Ri Sol-hwa, a senior party official and the sister of ...": the kinship may follow another
    // description, joined by "and" inside the apposition.
    let (k, official) = if kin_at(k) {
        (k, false)
    } else {
        match (k..(k + 12).min(t.len()))
            .take_while(|&j| t.same_sentence(n, j) && !t.punct(j, ','))
            .find(|&j| t.eq(j, "and") && t.eq(j + 1, "the") && kin_at(j + 2))
        {
            Some(j) => (
                j + 2,
                (n + 1..j).any(|x| t.eq(x, "official") || heads_post(t, x)),
            ),
            None => return false,
        }
    };
    (k + 2..k + 6).any(|p| {
        p + 1 < t.len()
            && t.same_sentence(n, p + 1)
            && (heads_post(t, p) || rank_at(t, p).is_some())
            && (name_word(t, p + 1) || national_post_ends(t, k + 2, p))
    })
        // "a senior party official and the sister of Pak Ho-chol": an official herself.
        || official && name_at(t, k + 2).is_some_and(|e| word_count(t, k + 2, e) >= 2)
}

/// "of the North Korean leader,", "of Iran's president.": a state's post, a nationality or a country's
/// possessive before its head at `p`, ends the phrase opened at `from`. A possessive after the head
/// makes it another's kin ("of the South Korean president's driver").
fn national_post_ends(t: &Tokens, from: usize, p: usize) -> bool {
    !t.toks
        .get(p + 1)
        .is_some_and(|x| x.is_word() || x.kind == TokKind::Possessive)
        && (from..p)
            .any(|j| t.toks[j].is(NATIONALITY | COUNTRY) || t.toks[j].kind == TokKind::Possessive)
}

/// Words for the armed men a person commands: "Ivan Petrov's forces".
const FORCES: &[&str] = &[
    "forces",
    "troops",
    "fighters",
    "militia",
    "militiamen",
    "paramilitaries",
];

/// Words of armed conflict: "Ivan Petrov's troops" are armed men only in a sentence of war ("shelled the
/// airport", "advanced on the town"), not in one of a match or a firm ("troops dominated possession").
const CONFLICT: &[&str] = &[
    "shelled",
    "shelling",
    "front",
    "frontline",
    "offensive",
    "advanced",
    "advancing",
    "attack",
    "attacked",
    "attacks",
    "fighting",
    "fought",
    "militia",
    "militias",
    "army",
    "took",
    "captured",
    "seized",
    "besieged",
    "siege",
    "clashes",
    "clashed",
    "insurgent",
    "insurgents",
    "rebel",
    "rebels",
    "commander",
    "airstrike",
    "airstrikes",
    "ceasefire",
    "war",
    "killed",
    "artillery",
    "drone",
    "drones",
    "positions",
    "retreated",
    "withdrew",
];

/// Words of sport and business, whose managers and chiefs have "troops" and "forces" too.
const NOT_CONFLICT: &[&str] = &[
    "match",
    "season",
    "league",
    "club",
    "goal",
    "goals",
    "possession",
    "coach",
    "manager",
    "fans",
    "arena",
    "stadium",
    "game",
    "won",
    "beat",
    "board",
    "company",
    "shares",
    "jobs",
    "investors",
    "executive",
];

/// Whether the sentence of token `n` speaks of armed conflict and not of sport or business.
fn conflict_sentence(t: &Tokens, n: usize) -> bool {
    let Some(s) = t.toks.get(n).map(|x| x.sentence) else {
        return false;
    };
    let from = t.toks[..n]
        .iter()
        .rposition(|x| x.sentence != s)
        .map_or(0, |i| i + 1);
    let to = t.toks[n..]
        .iter()
        .position(|x| x.sentence != s)
        .map_or(t.len(), |i| n + i);
    let any = |words: &[&str]| (from..to).any(|k| words.iter().any(|w| t.eq(k, w)));
    any(CONFLICT) && !any(NOT_CONFLICT)
}

/// True when the name ending before token `n` owns forces: "Ivan Petrov's forces", "Ivan Petrov's
/// Eastern Shield Forces". Whoever the genre names as the owner of armed men commands them.
fn leads_forces(t: &Tokens, n: usize) -> bool {
    if !t.toks.get(n).is_some_and(|x| x.kind == TokKind::Possessive) || !t.same_sentence(n, n + 1) {
        return false;
    }
    if FORCES.iter().any(|w| t.eq(n + 1, w)) {
        return conflict_sentence(t, n);
    }
    // A capitalized force's name ending in its head word.
    let mut k = n + 1;
    while k < t.len() && k < n + 6 && t.toks[k].is_word() && t.toks[k].cap && t.same_sentence(n, k)
    {
        if t.toks[k].is(UNIT_HEAD) || t.eq(k, "Forces") {
            return true;
        }
        k += 1;
    }
    false
}

/// Country of a country or nationality word at `k`, or of an acronym standing for an organization.
fn country_word(t: &Tokens, k: usize) -> Option<String> {
    let tok = &t.toks[k];
    if !tok.is_word() {
        return None;
    }
    if tok.is(COUNTRY | NATIONALITY) {
        return lexicon::country_of(t.str(k)).map(str::to_string);
    }
    None
}

/// The post phrase ending at token `end` (inclusive), read backwards: capitalized words, post words and
/// joiners, up to a possessive country, a comma or another word.
fn post_before(t: &Tokens, end: usize) -> Option<Post> {
    // "met her counterpart in Addis Ababa": after a place preposition come a place's words, not a name.
    if ["in", "at", "near", "from", "to"]
        .iter()
        .any(|w| t.eq(end, w))
    {
        return None;
    }
    if governs_next(t, end) {
        return None;
    }
    let mut k = end as isize;
    let mut country = None;
    let lo = end.saturating_sub(14) as isize;
    while k >= lo && k >= 0 {
        let ku = k as usize;
        if !t.same_sentence(ku, end) {
            break;
        }
        let tok = &t.toks[ku];
        if tok.kind == TokKind::Possessive {
            if ku > 0 {
                country = country_word(t, ku - 1)
                    .or_else(|| t.toks[ku - 1].upper.then(|| t.str(ku - 1).to_string()));
            }
            // "the secretary of Ukraine’s National Security and Defense Council": the possessive is
            // inside the post when its head comes before it.
            let of_before = ku >= 2 && t.eq(ku - 2, "of") && country.is_some();
            if !of_before || (ku + 1..=end).any(|k| heads_post(t, k)) {
                break;
            }
            k -= 2;
            continue;
        }
        // "commander of the 102nd base": a unit named after the post's head.
        let unit = (tok.kind == TokKind::Number && ordinal(t.str(ku)))
            || (tok.is_word() && tok.is(UNIT_HEAD | UNIT_WORD | BRANCH));
        let ok = unit
            || envoy_to(t, ku)
            || tok.is_word()
                && (tok.cap
                    || tok.is(POST_WORD | POST_HEAD | JOINER | ORG_HEAD)
                    || heads_post(t, ku))
                && !(tok.cap && tok.is(SPEECH));
        if !ok {
            break;
        }
        k -= 1;
    }
    let mut start = (k + 1) as usize;
    while start <= end && before_post(t, start) {
        start += 1;
    }
    if start > end {
        return None;
    }
    if !(start..=end).any(|k| heads_post(t, k)) || the_bare_mp(t, start, end) {
        return None;
    }
    Some(Post {
        start,
        end,
        country,
    })
}

/// "a commander of Iraq's Kataib al-Fajr", "secretary-general of the Harakat al-Wafa": a post that
/// ends in "of" (with an article or a country's possessive after it) governs the name that follows,
/// which is the body led, not the person leading it.
fn governs_next(t: &Tokens, end: usize) -> bool {
    let mut e = end;
    if e >= 2 && t.toks[e].kind == TokKind::Possessive {
        e -= 2;
    } else if e >= 1 && (t.eq(e, "the") || t.eq(e, "a")) {
        e -= 1;
    }
    t.eq(e, "of") && t.same_sentence(e, end)
}

/// "The MP Dario Venzetti song": "MP" alone after "the" names a thing (military police, a brand), not a
/// member of parliament, who is "MP Tom Brenner" or "the Labour MP Tom Brenner".
fn the_bare_mp(t: &Tokens, start: usize, end: usize) -> bool {
    start == end && start > 0 && t.eq(end, "mp") && t.eq(start - 1, "the")
}

/// The "to" of an envoy's post: "Ambassador to Kazakhstan", "Ambassador of China to Kyrgyzstan",
/// "Special Envoy to the Sahel".
fn envoy_to(t: &Tokens, k: usize) -> bool {
    t.eq(k, "to")
        && (k.saturating_sub(3)..k).any(|j| {
            t.same_sentence(j, k)
                && ["ambassador", "envoy", "consul", "attaché", "attache"]
                    .iter()
                    .any(|w| t.eq(j, w))
                && !commercial_before(t, j)
                || t.eq(j, "representative") && state_representative(t, j)
        })
}

/// "goodwill ambassador", "brand ambassador", "sales envoy": a charity's or a firm's, not a state's.
fn commercial_before(t: &Tokens, j: usize) -> bool {
    j > 0
        && ["goodwill", "brand", "sales", "trade"]
            .iter()
            .any(|w| t.eq(j - 1, w))
}

/// A representative is a state's when Permanent, Special or a country or nationality stands before the
/// word ("Special Representative to", "Russia's representative to"); a firm has "sales representatives".
fn state_representative(t: &Tokens, j: usize) -> bool {
    (j.saturating_sub(3)..j).any(|k| {
        t.same_sentence(k, j)
            && (t.toks[k].is(COUNTRY | NATIONALITY)
                || ["permanent", "special"].iter().any(|w| t.eq(k, w)))
    })
}

/// True when a word opening a phrase read back from a name belongs to the sentence, not the post:
/// joiners, determiners, dates and words opening a clause ("On Monday President ...", "When President
/// ...", "Yesterday Defense Minister ...").
fn before_post(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    !tok.is_word()
        || tok.is(JOINER | MONTH)
        || ["a", "an", "his", "her", "their", "its", "or"]
            .iter()
            .any(|w| t.eq(k, w))
        || lexicon::WEEKDAY_NAMES
            .iter()
            .any(|w| t.str(k).eq_ignore_ascii_case(w))
        || lexicon::opening_function_word(t.str(k))
        || under_as_preposition(t, k)
}

/// "programs under leader Pak Ho-chol": a lower-case "under" before a post is the preposition, not the
/// "under" of an under secretary.
fn under_as_preposition(t: &Tokens, k: usize) -> bool {
    t.is_exactly(k, "under") && !t.eq(k + 1, "secretary") && !t.eq(k + 1, "secretary-general")
}

/// Where the post starts in a relative clause opened by "who" at `k`: "who as", "who is", "who was",
/// "who became", "who serves as", "who was appointed", "who took office (in May) as" ("Ivan Petrov, who
/// took office last year as defence minister"); `k` itself when the clause says no post.
fn relative_post_start(t: &Tokens, k: usize) -> usize {
    let same = |j: usize| t.same_sentence(k, j);
    if ["serves", "served", "acts", "acted"]
        .iter()
        .any(|w| t.eq(k + 1, w))
        && t.eq(k + 2, "as")
    {
        return k + 3;
    }
    if (t.eq(k + 1, "was") || t.eq(k + 1, "is") || t.eq(k + 1, "has"))
        && ["appointed", "named", "elected", "been"]
            .iter()
            .any(|w| t.eq(k + 2, w))
    {
        let j = if t.eq(k + 3, "as") { k + 4 } else { k + 3 };
        return if same(j) { j } else { k };
    }
    if ["as", "is", "was", "became", "becomes"]
        .iter()
        .any(|w| t.eq(k + 1, w))
    {
        return k + 2;
    }
    // "who took office this year as defence minister": a few words of time before the "as".
    if t.eq(k + 1, "took") && t.eq(k + 2, "office") {
        for j in k + 3..(k + 8).min(t.len()) {
            if !same(j) || t.punct(j, ',') {
                break;
            }
            if t.eq(j, "as") {
                return j + 1;
            }
        }
    }
    k
}

/// "then-Minister of Foreign Affairs" is the post "Minister of Foreign Affairs".
fn strip_then(s: &str) -> String {
    s.strip_prefix("then-")
        .or_else(|| s.strip_prefix("former "))
        .unwrap_or(s)
        .to_string()
}

/// The post phrase after a name and its comma: "deputy Tajik minister of foreign affairs", "Tajikistan's
/// defense minister", "a committee chair from the Pakistani Armed Forces General Staff".
fn post_after(t: &Tokens, name_end: usize) -> Option<Post> {
    if !t.punct(name_end, ',') {
        return None;
    }
    let mut k = name_end + 1;
    let mut country = None;
    // ", and the commander of ...": the next person's post.
    if t.eq(k, "and") || t.eq(k, "or") {
        return None;
    }
    // "Ivan Petrov, who as chairman of the committee ran the talks", "Ivan Petrov, who is the
    // army's chief of staff": a relative clause that gives the post.
    if t.eq(k, "who") {
        k = relative_post_start(t, k);
    }
    if t.eq(k, "the") || t.eq(k, "a") || t.eq(k, "an") || t.eq(k, "his") || t.eq(k, "her") {
        k += 1;
    }
    if k + 1 < t.len() && t.toks[k + 1].kind == TokKind::Possessive && t.toks[k].cap {
        country = country_word(t, k).or_else(|| t.toks[k].upper.then(|| t.str(k).to_string()));
        k += 2;
    }
    let start = k;
    let mut first_head = None;
    let mut last_good = None;
    while k < t.len() && k < start + 14 && t.same_sentence(start, k) {
        let tok = &t.toks[k];
        // "commander of the 173rd Airborne Brigade": an ordinal inside the post names a unit.
        if first_head.is_some() && tok.kind == TokKind::Number && ordinal(t.str(k)) {
            k += 1;
            continue;
        }
        // "head of U.S. European Command and NATO's Supreme Allied Commander Europe": a possessive
        // between capitalized words continues a coordinated post.
        if first_head.is_some()
            && tok.kind == TokKind::Possessive
            && t.toks[k - 1].cap
            && t.toks.get(k + 1).is_some_and(|n| n.cap && n.is_word())
            && t.same_sentence(k, k + 1)
        {
            k += 1;
            continue;
        }
        if !tok.is_word() {
            break;
        }
        // "Nabil Bouchenrida, Algeria's army chief,": a branch right before the head is the post's own.
        let branch_of_head = first_head.is_none()
            && tok.is(BRANCH)
            && k + 1 < t.len()
            && t.same_sentence(k, k + 1)
            && heads_post(t, k + 1);
        let lower_ok = tok.is(POST_WORD | POST_HEAD | JOINER | NATIONALITY)
            || first_head.is_none() && state_leader(t, k)
            || branch_of_head
            || (first_head.is_some() && tok.is(UNIT_WORD | UNIT_HEAD | BRANCH))
            || matches!(t.str(k), "from" | "at" | "to" | "in" | "on");
        if !(tok.cap || lower_ok) {
            break;
        }
        if heads_post(t, k) && first_head.is_none() {
            first_head = Some(k);
        }
        if first_head.is_some()
            && !tok.is(JOINER)
            && !matches!(t.str(k), "from" | "at" | "to" | "in" | "on")
        {
            last_good = Some(k);
        }
        k += 1;
    }
    let head = first_head?;
    if head > start + 4 {
        return None;
    }
    let end = last_good?;
    // "a senior adviser at the Center for Naval Studies": a scholar at a research body holds no post.
    let scholar = [
        "adviser",
        "advisor",
        "fellow",
        "analyst",
        "researcher",
        "lecturer",
        "professor",
        "scholar",
    ]
    .iter()
    .any(|w| t.eq(head, w));
    if scholar
        && (head + 1..=end).any(|k| {
            t.toks[k].cap
                && [
                    "center",
                    "centre",
                    "institute",
                    "university",
                    "foundation",
                    "college",
                ]
                .iter()
                .any(|w| t.eq(k, w))
        })
    {
        return None;
    }
    if heads_company(t, head, end) {
        return None;
    }
    Some(Post {
        start,
        end,
        country,
    })
}

/// Words for a business: "chairman of drone maker Kartal", "head of the shipbuilding company".
const COMPANY_WORDS: &[&str] = &[
    "maker",
    "makers",
    "manufacturer",
    "company",
    "firm",
    "conglomerate",
    "corporation",
    "contractor",
    "shipbuilder",
];

/// "X, chairman of drone maker Kartal": the post at `head` (ending at `end`) is a company's, whose head
/// holds no state post. A commander's company is a unit.
fn heads_company(t: &Tokens, head: usize, end: usize) -> bool {
    [
        "chairman",
        "chairwoman",
        "president",
        "chief",
        "executive",
        "director",
    ]
    .iter()
    .any(|w| t.eq(head, w))
        && (head + 1..(end + 5).min(t.len()))
            .any(|k| t.same_sentence(head, k) && COMPANY_WORDS.iter().any(|w| t.eq(k, w)))
}

/// True for an ordinal number ("173rd", "58th", "1st").
fn ordinal(s: &str) -> bool {
    super::token::is_ordinal(s)
}

/// Token ranges of people's names inside tokens `a..=b`: the names of introduced officials, and a known
/// first name followed by another name word.
fn names_within(t: &Tokens, a: usize, b: usize, names: &[Range<usize>]) -> Vec<Range<usize>> {
    // `names` are in text order and do not overlap.
    let lo = names.partition_point(|n| n.end <= a);
    let mut out: Vec<Range<usize>> = names[lo..]
        .iter()
        .take_while(|n| n.start <= b)
        .cloned()
        .collect();
    for k in a..=b {
        if t.toks[k].is(FIRST_NAME)
            && name_word(t, k)
            && let Some(e) = name_at(t, k)
            && e - k >= 2
            && !out.iter().any(|n| n.contains(&k))
        {
            out.push(k..e);
        }
    }
    out.sort_by_key(|n| n.start);
    out
}

/// A post's text and country, with other people kept out of it. Before a name, the post starts after
/// the last other name in it ("President Alexander Lukashenko and CSTO Secretary General" → "CSTO
/// Secretary General"); after a name, it ends before the first one and drops that person's title
/// ("Li Mingfa, Russian President Ivan Dorokhov, ..." gives Li Mingfa no post).
fn settle_post(
    t: &Tokens,
    p: &Post,
    own: &Range<usize>,
    names: &[Range<usize>],
) -> Option<(String, Option<String>)> {
    let (mut start, mut end) = (p.start, p.end);
    let mut country = p.country.clone();
    let others: Vec<Range<usize>> = names_within(t, start, end, names)
        .into_iter()
        .filter(|n| n != own)
        .collect();
    if p.end < own.start {
        if let Some(last) = others.last() {
            start = last.end;
            country = None;
            while start <= end && before_post(t, start) {
                start += 1;
            }
        }
    } else if let Some(first) = others.first() {
        if first.start <= start {
            return None;
        }
        end = first.start - 1;
        while end >= start
            && (!t.toks[end].is_word()
                || t.toks[end].is(JOINER)
                || (t.toks[end].cap
                    && (t.toks[end].is(RANK | POST_WORD | NATIONALITY | COUNTRY)
                        || heads_post(t, end))))
        {
            if end == start {
                return None;
            }
            end -= 1;
        }
    }
    if start > end || !(start..=end).any(|k| heads_post(t, k)) {
        return None;
    }
    if country.is_none() {
        country = (start..=end).find_map(|k| country_word(t, k));
    }
    Some((strip_then(&t.joined(start, end)), country))
}

/// True when a word just before a name, or in its post, says the person is no official: "independent
/// analyst Ivan Petrov", "RFE/RL correspondent ...".
fn non_official(t: &Tokens, name_start: usize, name_end: usize) -> bool {
    // "replaced Orlov with the economist Petrov": what he was is no bar to the post he takes.
    let lo = if successor(t, name_start, name_end) {
        name_end
    } else {
        name_start.saturating_sub(4)
    };
    let hi = (name_end + 6).min(t.len());
    // "Ivan Petrov told journalists": after a verb of saying come the listeners, not the speaker's role.
    // "Pavlov replaced Orlov with the economist Petrov": the one appointed is described after the verb.
    let appointed = name_start > 0 && APPOINTING.iter().any(|w| t.eq(name_start - 1, w));
    let audience_from = (name_end..hi)
        .find(|&k| {
            t.toks[k].is(SPEECH)
                || APPOINTING.iter().any(|w| t.eq(k, w))
                || appointed && (t.eq(k, "with") || t.eq(k, "by"))
        })
        .unwrap_or(hi);
    (lo..audience_from).any(|k| {
        (k < name_start || k >= name_end)
            && t.same_sentence(k, name_start)
            && t.toks[k].is(NON_OFFICIAL)
    })
}

/// An official ready to store: name bytes, name, attributes, the name's first token.
type Settled = (Range<usize>, String, Vec<(AttrKey, String)>, usize);

/// An official introduced in the text.
struct Intro {
    /// Tokens of the name.
    name: Range<usize>,
    /// Rank and title of office.
    attrs: Vec<(AttrKey, String)>,
    /// Post phrases before and after the name, settled once every name in the article is known.
    posts: Vec<Post>,
}

/// Civilian trades and the roles of sports and culture: "Taxi driver Ahmad Karimi said", "Persepolis coach
/// Yahya Karimi said", "The singer Ali Karimi said". Quoted, their bearers hold no post.
const CIVILIAN_ROLES: &[&str] = &[
    "driver",
    "shopkeeper",
    "vendor",
    "nurse",
    "doctor",
    "farmer",
    "fisherman",
    "teacher",
    "student",
    "father",
    "mother",
    "director",
    "coach",
    "goalkeeper",
    "footballer",
    "striker",
    "midfielder",
    "player",
    "athlete",
    "wrestler",
    "singer",
    "actor",
    "actress",
    "musician",
    "poet",
    "novelist",
    "filmmaker",
    "painter",
];

/// A civilian role ([`CIVILIAN_ROLES`]) among the three words before the name at `i`, in its sentence.
fn civilian_before(t: &Tokens, i: usize) -> bool {
    (i.saturating_sub(3)..i)
        .any(|k| t.same_sentence(k, i) && CIVILIAN_ROLES.iter().any(|w| t.eq(k, w)))
}

/// Nouns that end the name of a place or institution named after a person: "Tigran Hovsepyan Military
/// University", "Vasil Levski National Stadium", "General Jonas Petraitis training area".
const FACILITY_HEADS: &[&str] = &[
    "university",
    "academy",
    "institute",
    "college",
    "school",
    "lyceum",
    "stadium",
    "arena",
    "avenue",
    "square",
    "street",
    "boulevard",
    "bridge",
    "airport",
    "airfield",
    "range",
    "polygon",
    "barracks",
    "hospital",
    "museum",
    "library",
    "park",
    "mosque",
    "cathedral",
    "centre",
    "center",
    "complex",
    "hall",
    "causeway",
    "canal",
];

/// Words that, after "training", "firing" or "air", make a place: "training area", "firing range".
const FACILITY_SECOND: &[&str] = &[
    "area", "ground", "grounds", "range", "base", "centre", "center",
];

/// When the person-shaped name ending before token `n` goes on, over at most three capitalized
/// modifiers, into a facility's head noun, the whole is a facility's name, not a person: returns the
/// token after it. A lower-case word other than the head ends the search ("Ivanov said the academy").
pub(crate) fn named_facility(t: &Tokens, n: usize) -> Option<usize> {
    let mut j = n;
    while j < t.len() && j < n + 4 && t.same_sentence(n - 1, j) && t.toks[j].is_word() {
        // The heads are words of three letters or more: most tokens are passed over by length.
        if t.toks[j].end - t.toks[j].start >= 3 {
            if FACILITY_HEADS.iter().any(|h| t.eq(j, h)) {
                return Some(j + 1);
            }
            if ["training", "firing", "air"].iter().any(|h| t.eq(j, h))
                && t.same_sentence(j, j + 1)
                && FACILITY_SECOND.iter().any(|h| t.eq(j + 1, h))
            {
                return Some(j + 2);
            }
        }
        if !t.toks[j].cap {
            return None;
        }
        j += 1;
    }
    None
}

/// Finds introduced officials with their rank, post and country.
pub fn recognize(cx: &mut Ctx) {
    let t = &cx.t;
    let units = Occupied::of(&cx.found, &[Kind::Unit]);
    // "King Faisal Naval Base": a name that runs on into a unit's name is part of that unit.
    let in_unit = |a: usize, n: usize| {
        let name = t.span(a, n - 1);
        units.overlapping(&name).any(|u| {
            cx.found[u]
                .mentions
                .iter()
                .any(|m| m.start < name.end && m.end > name.end)
        })
    };
    let mut out: Vec<Intro> = Vec::new();
    let list_marks = listed_under_post(t);
    let mut i = 0;
    while i < t.len() {
        // Both rules below start at a capitalized word (a rank or a name): most tokens start neither,
        // nor does a title in the plural ("Presidents Ivan Petrov and ..."), which heads a list.
        if !(t.toks[i].is_word() && t.toks[i].cap) || list_marks.get(i + 1) == Some(&true) {
            i += 1;
            continue;
        }
        // Rank or title, then a name.
        if let Some((r, q)) = rank_at(t, i).map(|r| (r, past_qualifier(t, r)))
            && let Some(n) = name_at(t, q).or_else(|| initials_name(t, q))
            && !in_unit(q, n)
            && !ship_name(t, i)
            && !camp_name(t, i)
            && !lone_national_rank(t, i, r, q, n)
            && !competition(t, q, n)
        {
            if let Some(e) = named_facility(t, n) {
                i = e;
                continue;
            }
            // "Prince Moulay Abdellah Stadium": the name's words ran into the facility's noun.
            if (q + 1..n).any(|k| FACILITY_HEADS.iter().any(|h| t.eq(k, h))) {
                i = n;
                continue;
            }
            // "the 36th Brigade named after Rear Admiral Petro Danylko": the namesake of a unit or a
            // place holds no post in the text, nor does a king whose name opens a unit's ("the King
            // Ramiro XIII Brigade").
            if i >= 2 && t.eq(i - 1, "after") && t.eq(i - 2, "named") || namesake_of_unit(t, i, n) {
                i = n;
                continue;
            }
            // "Defence analyst Air Vice Marshal (retd) Ivan Petrov": a retired officer who speaks as an
            // analyst holds no post.
            let retired_word =
                |k: usize| ["retd", "ret", "rtd", "retired"].iter().any(|w| t.eq(k, w));
            // "Lt Gen Ivan Petrov (retd), a former corps commander,": the status after the name.
            let retired_after = t.punct(n, '(') && retired_word(n + 1) && t.punct(n + 2, ')');
            let retired = (r + 1..q).any(retired_word)
                || retired_after
                || (i > 0 && t.same_sentence(i - 1, i) && t.eq(i - 1, "retired"));
            let end = if retired_after { n + 3 } else { n };
            if retired
                && (non_official(t, i, n) || academic_post_after(t, end) || former_after(t, end))
            {
                i = n;
                continue;
            }
            // "Defense Minister Gen Nakatani": a rank's abbreviation with no period right after a civilian
            // post is the minister's given name.
            let given = r == i + 1
                && word_count(t, q, n) == 1
                && t.str(i).len() <= 4
                && i > 0
                && t.same_sentence(i - 1, i)
                && t.toks[i - 1].cap
                && heads_post(t, i - 1)
                && !t.toks[i - 1].is(RANK);
            // "Gov." is the office of governor; "President" and "Prime Minister" are offices too, not
            // ranks.
            let rank_text = lexicon::rank_in_full(t.joined(i, r - 1).trim_end_matches('.'));
            let office = lexicon::OFFICE_TITLES.contains(&rank_text.to_ascii_lowercase().as_str());
            let mut attrs = Vec::new();
            if !given && !office {
                attrs.push((AttrKey::Rank, rank_text.clone()));
            }
            // "Chinese President Hu Jintao", "Tajikistan's President ...": a title that heads a post takes
            // the words before it.
            let title_post = (i..r)
                .any(|k| !given && heads_post(t, k))
                .then(|| post_before(t, r - 1))
                .flatten()
                .filter(|p| p.start < i || p.country.is_some());
            if !given && title_post.is_none() && office {
                attrs.push((AttrKey::Post, rank_text));
            }
            let before = if i > 0 && t.punct(i - 1, ',') {
                i.checked_sub(2)
            } else {
                i.checked_sub(1)
            };
            let before = title_post.or_else(|| {
                before
                    .filter(|&b| t.same_sentence(b, i))
                    .and_then(|b| post_before(t, b))
            });
            out.push(Intro {
                name: past_honorifics(t, if given { i..n } else { q..n }),
                attrs,
                posts: before.into_iter().chain(post_after(t, n)).collect(),
            });
            i = n;
            continue;
        }
        // A name of two or more words with a post before or after it.
        let prev_is_name = i > 0
            && name_word(t, i - 1)
            && t.same_sentence(i - 1, i)
            && list_marks.get(i) != Some(&true);
        if !prev_is_name && let Some(n) = name_at(t, i).or_else(|| country_given_name(t, i)) {
            if let Some(e) = named_facility(t, n) {
                i = e;
                continue;
            }
            // "the Unmanned Systems Forces", "the Second Field Army", "African Lion 2025": the words name a
            // service, a formation or an exercise, not a person.
            let next = t.toks.get(n).filter(|_| t.same_sentence(i, n));
            if next.is_some_and(|x| {
                x.cap
                    && (x.is(UNIT_HEAD) || ["forces", "force", "troops"].iter().any(|w| t.eq(n, w)))
                    || x.kind == TokKind::Number && super::token::is_year(t.str(n))
            }) {
                i = n;
                continue;
            }
            // "the Ivan Petrov Stadium hosted ...": the name's words ran into the facility's noun.
            if (i + 2..n).any(|k| FACILITY_HEADS.iter().any(|h| t.eq(k, h))) {
                i = n;
                continue;
            }
            let words = word_count(t, i, n);
            // "Defense Minister nominee Kim Yong-hyun": a word for a post not yet held stands between.
            let pending = i >= 2
                && ["nominee", "designate", "elect"]
                    .iter()
                    .any(|w| t.eq(i - 1, w));
            let direct_before = i
                .checked_sub(if pending { 2 } else { 1 })
                .filter(|&b| t.same_sentence(b, i) && t.toks[b].is_word())
                .and_then(|b| post_before(t, b));
            // "The commander of the Kosovo Security Force (KSF), Ivan Petrov, said": the post may end
            // in its organization's acronym.
            let acronym = i >= 5
                && t.punct(i - 2, ')')
                && t.toks[i - 3].upper
                && t.punct(i - 4, '(')
                && t.same_sentence(i - 5, i);
            // "the movement's own “defense minister,” Mullah Ivan Petrov": a post in quotes.
            let quoted = i >= 4
                && (t.punct(i - 1, '”') || t.punct(i - 1, '"'))
                && t.punct(i - 2, ',')
                && t.same_sentence(i - 3, i);
            let comma_before = (i >= 2 && t.punct(i - 1, ','))
                .then(|| post_before(t, if acronym { i - 5 } else { i - 2 }))
                .flatten()
                .or_else(|| quoted.then(|| post_before(t, i - 3)).flatten());
            // "In Phnom Penh, Defence Minister Gen Tea Seyha said ...", "opposite Albu Kamal, a commander
            // of the council said ...": a place before a comma, not a person in apposition, when a place
            // preposition governs it or the post is the title of a name that follows.
            let place_prep = i > 0
                && [
                    "in", "at", "near", "opposite", "outside", "across", "around", "the",
                ]
                .iter()
                .any(|p| t.eq(i - 1, p));
            // "Tseng Kuo-hua (曾國華), the defense minister,": the post after the native name is the
            // name's.
            let native = words >= 2 && native_in_parentheses(t, n);
            let native_post = native
                .then(|| post_after(t, n + 3))
                .flatten()
                .filter(|p| !(p.start..=p.end).any(|k| ACADEMIC_HEADS.iter().any(|h| t.eq(k, h))));
            let after = post_after(t, n).or(native_post).filter(|p| {
                !(place_prep
                    || name_at(t, p.end + 1).is_some() && t.same_sentence(p.end, p.end + 1))
            });
            // "the inauguration of Tseng Kuo-hua (曾國華) on May 20": a name the article gives in its own
            // characters too is a public figure's; one described by another apposition ("a research
            // fellow at ...") is no official.
            let native = native && !t.punct(n + 3, ',');
            let commanded = words >= 2 && led_a_body(t, n);
            // "Elif Demir, the director of the Caucasus program at the Eurasia Institute": an analyst.
            if after.is_some()
                && direct_before.is_none()
                && comma_before.is_none()
                && academic_post_after(t, n)
            {
                i = n;
                continue;
            }
            let titled_single = words == 1
                && direct_before.is_some()
                && i > 0
                && t.toks[i - 1].cap
                && heads_post(t, i - 1)
                && !competition(t, i, n);
            // "Gerasimov, the chief of the General Staff": a surname with a post after it, inside a sentence
            // and not after a preposition ("In Tashkent, the minister said" is a place).
            let prep = i > 0
                && [
                    "in", "at", "from", "to", "near", "of", "on", "for", "outside", "across",
                ]
                .iter()
                .any(|p| t.eq(i - 1, p));
            let surname_post_after = words == 1
                && after.is_some()
                && i > 0
                && t.same_sentence(i - 1, i)
                && !prep
                && !["the", "a", "an"].iter().any(|d| t.eq(i - 1, d))
                && !t.toks[i - 1].cap;
            // "Aleksandr Lukashenka said", "said Sergei Lavrov": a known first name and a verb of saying.
            let speaks_bare = words >= 2
                && name_word(t, i)
                && !civilian_before(t, i)
                && ((given_first(t, i) || paired_with_given(t, i, n))
                    && (t
                        .toks
                        .get(n)
                        .is_some_and(|x| x.is(SPEECH) && t.same_sentence(i, n))
                        || i > 0 && t.toks[i - 1].is(SPEECH) && t.same_sentence(i - 1, i)
                        || appointment(t, i, n)
                        || acts_of_state(t, i, n))
                    || in_office(t, i, n));
            let kin = words >= 2 && kin_of_official(t, n);
            let leads = words >= 2 && given_first(t, i) && leads_forces(t, n);
            let styled = honorifics(t, i).is_some_and(|(h, style)| style && h < n);
            let country_named = words >= 2 && country_possessive_name(t, i, n);
            let listed = list_marks.get(i) == Some(&true);
            let governs = words >= 2 && name_word(t, i) && heads_government(t, n);
            if (speaks_bare
                || kin
                || styled
                || governs
                || country_named
                || listed
                || native
                || commanded
                || leads)
                && direct_before.is_none()
                && comma_before.is_none()
                && after.is_none()
                && !non_official(t, i, n)
            {
                out.push(Intro {
                    name: past_honorifics(t, i..n),
                    attrs: Vec::new(),
                    posts: Vec::new(),
                });
                i = n;
                continue;
            }
            if (words >= 2 || titled_single || surname_post_after) && !non_official(t, i, n) {
                let posts: Vec<Post> = direct_before
                    .or(comma_before)
                    .into_iter()
                    .chain(after)
                    .collect();
                if !posts.is_empty() {
                    out.push(Intro {
                        name: past_honorifics(t, i..n),
                        attrs: Vec::new(),
                        posts,
                    });
                    i = n;
                    continue;
                }
            }
        }
        i += 1;
    }
    let names: Vec<Range<usize>> = out.iter().map(|o| o.name.clone()).collect();
    let settled: Vec<Settled> = out
        .into_iter()
        .map(|o| {
            let mut attrs = o.attrs;
            for p in &o.posts {
                if let Some((post, country)) = settle_post(t, p, &o.name, &names) {
                    attrs.push((AttrKey::Post, post));
                    if let Some(c) = country {
                        attrs.push((AttrKey::Country, c));
                    }
                }
            }
            let last = o.name.end - 1;
            (
                t.span(o.name.start, last),
                t.joined(o.name.start, last),
                attrs,
                o.name.start,
            )
        })
        .collect();
    for (range, name, attrs, tok) in settled {
        let passage = cx.sentence_range(tok);
        // Most names have no apostrophe: they are kept without two copies.
        let name = if name.contains(['\'', '’']) {
            name.replace('\'', "’").replace('’', "'")
        } else {
            name
        };
        let f = cx.entity(Kind::Official, &name);
        f.add_mention(range);
        for (k, v) in attrs {
            f.attr(k, v, passage.clone());
        }
    }
    native_names(cx);
    merge_same_person(cx);
    cx.reindex();
}

/// True when a monarch's title at `i` and the name ending before token `n` run on, past a regnal
/// number, into a unit's head word ("King Ramiro XIII Brigade", "Prince Oswin Regiment"): the monarch
/// is the unit's namesake. An officer's name before a corps' number is his ("Gen. Mark Hale II Corps
/// commander").
fn namesake_of_unit(t: &Tokens, i: usize, n: usize) -> bool {
    let royal = [
        "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Tsar", "Czar",
        "Emir", "Shah",
    ]
    .iter()
    .any(|w| t.is_exactly(i, w));
    if !royal {
        return false;
    }
    let k = if t.toks.get(n).is_some_and(|x| x.upper) && lexicon::roman_numeral(t.str(n)).is_some()
    {
        n + 1
    } else {
        n
    };
    t.toks
        .get(k)
        .is_some_and(|x| x.is_word() && x.cap && x.is(UNIT_HEAD) && t.same_sentence(n - 1, k))
}

/// Plural posts that head a list of the people holding them: "the presidents of A, B and C – X, Y and
/// Z – signed", "the defence ministers of A and B, X and Y, met".
const PLURAL_POSTS: &[&str] = &[
    "presidents",
    "leaders",
    "ministers",
    "premiers",
    "chiefs",
    "commanders",
    "heads",
];

/// Titles that, capitalized and in the plural, stand before the names of their holders ("Presidents
/// Ivan Petrov and Pavel Sidorov watched"). "Chiefs", "Commanders" or "Heads" before names are more
/// often a team's name ("Riverton Chiefs Dale Hooper and Troy Malden scored").
const PLURAL_TITLES: &[&str] = &[
    "Presidents",
    "Ministers",
    "Premiers",
    "Generals",
    "Admirals",
    "Marshals",
];

/// Words that make the people listed after a colon under a plural post officials of a state: "the
/// heads of state of the member countries:", "the commanders of the armed forces:". The heads of
/// bands, networks or militias are not.
fn state_word(t: &Tokens, k: usize) -> bool {
    t.toks[k].is(COUNTRY)
        || [
            "state",
            "states",
            "government",
            "governments",
            "ministry",
            "ministries",
            "forces",
            "army",
            "armies",
            "navy",
            "military",
        ]
        .iter()
        .any(|w| t.eq(k, w))
}

/// Marks the first token of every name listed under a plural post ("The presidents of Tajikistan,
/// Kyrgyzstan and Uzbekistan, Davron Saidov, Nurlan Abdyrov and Rustam Karimbekov, signed"): the
/// countries after "of", a comma, dash or colon, then two or more names of two or more words joined by
/// commas and "and".
fn listed_under_post(t: &Tokens) -> Vec<bool> {
    let mut marks = vec![false; t.len()];
    for h in t.occurrences_of_any(PLURAL_POSTS) {
        if t.toks[h].cap {
            continue;
        }
        // "the heads of state of the member countries: Ivan Petrov, ...": the list after a colon,
        // when a word of state comes before it.
        let colon = (h + 1..(h + 20).min(t.len()))
            .take_while(|&k| t.same_sentence(h, k))
            .find(|&k| t.punct(k, ':'));
        if let Some(colon) = colon {
            if (h + 1..colon).any(|k| state_word(t, k)) {
                mark_listed(t, h, colon + 1, &mut marks);
            }
            continue;
        }
        if !t.eq(h + 1, "of") {
            continue;
        }
        // The countries: capitalized words, "the", commas and "and".
        let mut k = h + 2;
        let separator = |k: usize| t.punct(k, '–') || t.punct(k, '—') || t.punct(k, ':');
        // A country is one word, or a word the lexicon knows: a name has two or more.
        let country = |k: usize| {
            t.toks[k].is(COUNTRY)
                || t.toks[k].is_word()
                    && t.toks[k].cap
                    && (t.punct(k + 1, ',') || t.eq(k + 1, "and") || separator(k + 1))
        };
        while k < t.len()
            && t.same_sentence(h, k)
            && (country(k)
                || t.eq(k, "the")
                || t.eq(k, "and")
                || t.punct(k, ',')
                    && t.toks
                        .get(k + 1)
                        .is_some_and(|_| country(k + 1) || t.eq(k + 1, "and")))
        {
            k += 1;
        }
        if k == h + 2 || !(t.punct(k, ',') || separator(k)) {
            continue;
        }
        mark_listed(t, h, k + 1, &mut marks);
    }
    // "Presidents Ivan Petrov and Pavel Sidorov watched": a title in the plural before the names, not
    // the last word of a longer name ("Riverton Generals Dale Hooper ...").
    for h in t.occurrences_of_any(PLURAL_TITLES) {
        let after_name = h > 0
            && t.same_sentence(h - 1, h)
            && t.toks[h - 1].is_word()
            && t.toks[h - 1].cap
            && !t.toks[h - 1].is(POST_WORD);
        if t.toks[h].cap && !after_name {
            mark_listed(t, h, h + 1, &mut marks);
        }
    }
    marks
}

/// Marks the first token of each name in a list from token `j` under the plural post at `h`: two or
/// more names of two or more words, joined by commas and "and".
fn mark_listed(t: &Tokens, h: usize, mut j: usize, marks: &mut [bool]) {
    let mut starts = Vec::new();
    while let Some(n) = name_at(t, j).filter(|_| t.same_sentence(h, j)) {
        if word_count(t, j, n) < 2 {
            break;
        }
        starts.push(j);
        j = n;
        if t.punct(j, ',') {
            j += 1;
        }
        if t.eq(j, "and") {
            j += 1;
        } else if !t.toks.get(j).is_some_and(|x| x.is_word() && x.cap) {
            break;
        }
    }
    if starts.len() >= 2 {
        for s in starts {
            marks[s] = true;
        }
    }
}

/// "Kazakhstan's Aidar-Bolat Serikov said", "Belarus’s Viktor Halenka": a country's possessive before
/// a name that opens with a given name or speaks in the sentence: the country's leader or minister.
fn country_possessive_name(t: &Tokens, i: usize, n: usize) -> bool {
    let possessive = i >= 2
        && t.toks[i - 1].kind == TokKind::Possessive
        && t.toks[i - 2].is(COUNTRY)
        && t.same_sentence(i - 2, i);
    // "a commander of Iraq's Kataib al-Fajr": after "of", the country's body, not its leader.
    if !possessive || i >= 3 && t.eq(i - 3, "of") {
        return false;
    }
    // "Aidar-Bolat": a hyphenated given name has capitals on both sides ("US-trained" has not).
    let hyphenated = t.str(i).split_once('-').is_some_and(|(a, b)| {
        a.chars().skip(1).all(char::is_lowercase) && b.starts_with(char::is_uppercase)
    });
    // "Somalia's Danab Brigade": a name running into a capitalized word is part of a longer name.
    if t.toks
        .get(n)
        .is_some_and(|x| x.is_word() && x.cap && t.same_sentence(i, n))
    {
        return false;
    }
    let given = t.toks[i].is(FIRST_NAME) || hyphenated;
    let speaks = (n..(n + 8).min(t.len())).any(|k| t.same_sentence(i, k) && t.toks[k].is(SPEECH));
    given || speaks || talks_around(t, i, n)
}

/// "held talks with ... and with Japan's Kenji Morita": a sentence of talks between states names their
/// envoys by their country alone.
fn talks_around(t: &Tokens, i: usize, n: usize) -> bool {
    (i.saturating_sub(14)..(n + 6).min(t.len())).any(|k| {
        t.same_sentence(i, k)
            && ["talks", "met", "meeting", "counterpart", "counterparts"]
                .iter()
                .any(|w| t.is_exactly(k, w))
    })
}

/// True when the name ending before token `n` heads a government: "Mark Carney's government", "Ivan
/// Petrov’s cabinet", "Ivan Petrov, whose administration ...". Only a head of government or state has one.
fn heads_government(t: &Tokens, n: usize) -> bool {
    let government = |k: usize| {
        t.same_sentence(n - 1, k)
            && ["government", "administration", "cabinet"]
                .iter()
                .any(|w| t.eq(k, w) && !t.toks[k].cap)
    };
    n > 0
        && (t.toks.get(n).is_some_and(|x| x.kind == TokKind::Possessive) && government(n + 1)
            || t.punct(n, ',') && t.eq(n + 1, "whose") && government(n + 2))
}

/// Where a name may start after the rank ending at `r`: past a short qualifier in parentheses ("Lt. Gen.
/// (Pilot)", "Lt Gen (retd)", "Rear Adm. (Sea)", "Col. (ret.)"), which says the officer's branch or
/// status, not who he is.
fn past_qualifier(t: &Tokens, r: usize) -> usize {
    if !t.punct(r, '(') || !t.same_sentence(r.saturating_sub(1), r) {
        return r;
    }
    let mut j = r + 1;
    while j < t.len() && j < r + 4 && t.same_sentence(r, j) {
        if t.punct(j, ')') {
            break;
        }
        let word = t.toks[j].is_word() && t.str(j).len() <= 8;
        if !(word || t.punct(j, '.') && j > r + 1) {
            return r;
        }
        j += 1;
    }
    if j == r + 1 || !t.punct(j, ')') || !t.same_sentence(r, j + 1) || !name_word(t, j + 1) {
        return r;
    }
    j + 1
}

/// The tokens of a name past the honorifics that open it ("His Highness Sheikh", "H E Sheikh"): they say
/// how the person is addressed, and outlets drop them at will, so they are no part of the name.
fn past_honorifics(t: &Tokens, name: Range<usize>) -> Range<usize> {
    match honorific_end(t, name.start) {
        Some(h) if h < name.end && name_word(t, h) => h..name.end,
        _ => name,
    }
}

/// "President Lai Ching-te (賴清德)": a name in another script, alone in parentheses right after an
/// official's name, is that official's name as written at home. Latin letters, digits or punctuation
/// inside ("(ret.)", "(pictured)", "(2019)") say it is something else.
fn native_names(cx: &mut Ctx) {
    let text = cx.article.text.as_str();
    let mut adds: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (fi, f) in cx.found.iter().enumerate() {
        if f.kind != Kind::Official {
            continue;
        }
        for m in &f.mentions {
            let Some(rest) = text.get(m.end..) else {
                continue;
            };
            let open = rest.len() - rest.trim_start_matches([' ', '\t']).len();
            if !rest[open..].starts_with('(') {
                continue;
            }
            let start = m.end + open + 1;
            let Some(inner_len) = text[start..].find(')').filter(|&n| n > 0 && n <= 64) else {
                continue;
            };
            let inner = &text[start..start + inner_len];
            let native = inner
                .chars()
                .all(|c| c == ' ' || c.is_alphabetic() && !c.is_ascii())
                && !inner.trim().is_empty()
                && (!inner.chars().any(cjk) || native_person_name(inner));
            // "Bakhodir Kurbanov (Baxodir Qurbonov)": the name in its own Latin spelling, as many
            // capitalized words unknown to the lexicon as the name has.
            let words = text[m.clone()].split_whitespace().count();
            let spelled = words >= 2
                && inner.split_whitespace().count() == words
                && inner.split_whitespace().all(|w| {
                    w.starts_with(|c: char| c.is_uppercase())
                        && w.chars().all(char::is_alphabetic)
                        && lexicon::classes(w) & !FIRST_NAME == 0
                });
            // "Lt. Gen. Karim Mahmoud Saleh (Karim Barzinki)": the given name and the surname the man is
            // known by.
            let inner_words: Vec<&str> = inner.split_whitespace().collect();
            let known_by = words >= 3
                && inner_words.len() == 2
                && text[m.clone()].split_whitespace().next() == Some(inner_words[0])
                && inner_words[1].starts_with(|c: char| c.is_uppercase())
                && inner_words[1].chars().all(char::is_alphabetic)
                && lexicon::classes(inner_words[1]) == 0;
            if native || spelled || known_by {
                adds.push((fi, start..start + inner_len));
            }
        }
    }
    adds.extend(called_names(cx));
    let mut surnames: Vec<(usize, &str)> = Vec::new();
    for (fi, r) in adds {
        let alias = text[r.clone()]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // A Latin alias ends in a surname of its own, which the rest of the article may use alone.
        if let Some(last) = alias.split_whitespace().nth(1).filter(|_| alias.is_ascii())
            && !cx.found[fi].name.split_whitespace().any(|w| w == last)
        {
            surnames.push((fi, &text[r.end - last.len()..r.end]));
        }
        let f = &mut cx.found[fi];
        f.add_alias(&alias);
        f.add_mention(r);
    }
    if surnames.is_empty() {
        return;
    }
    let t = &cx.t;
    let mut later = Vec::new();
    for k in 0..t.len() {
        if !(t.toks[k].is_word() && t.toks[k].cap) {
            continue;
        }
        for &(fi, last) in &surnames {
            if t.str(k) == last {
                later.push((fi, t.toks[k].range()));
            }
        }
    }
    for (fi, r) in later {
        let f = &mut cx.found[fi];
        if !f
            .mentions
            .iter()
            .any(|m| m.start <= r.start && r.end <= m.end)
        {
            f.add_mention(r);
        }
    }
}

/// "Defense Minister Andrew Hsiao (蕭文龍), whom PRC outlets call Xiao Wenlong, said": the name another
/// side's outlets give the official, in the relative clause right after the name (or its native form).
/// Returns each official's index and the name's byte range.
fn called_names(cx: &Ctx) -> Vec<(usize, std::ops::Range<usize>)> {
    let text = cx.article.text.as_str();
    let mut out = Vec::new();
    for (fi, f) in cx.found.iter().enumerate() {
        if f.kind != Kind::Official {
            continue;
        }
        for m in &f.mentions {
            let Some(mut rest) = text.get(m.end..) else {
                continue;
            };
            if let Some(inner) = rest.strip_prefix(" (")
                && let Some(close) = inner.find(')').filter(|&n| n <= 64)
            {
                rest = &inner[close + 1..];
            }
            let Some(clause) = rest.strip_prefix(", whom ") else {
                continue;
            };
            // A few words name who calls him so: "whom Chinese state media call".
            let head = clause.get(..clause.len().min(48)).unwrap_or(clause);
            let Some(name_at) = [" call ", " calls "]
                .iter()
                .find_map(|v| head.find(v).map(|a| a + v.len()))
            else {
                continue;
            };
            let name = &clause[name_at..];
            let len = name
                .find(|c: char| !(c.is_alphabetic() || c == ' ' || c == '-'))
                .unwrap_or(name.len());
            let words: Vec<&str> = name[..len].split_whitespace().collect();
            if (2..=3).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
            {
                let start = text.len() - clause.len() + name_at;
                let written = name[..len].trim_end().len();
                out.push((fi, start..start + written));
            }
        }
    }
    out
}

/// ", who headed the Central Rocket Headquarters,": a relative clause after the name ending before
/// token `n` says he led a force, a command or a state body (a choir or a firm is none).
fn led_a_body(t: &Tokens, n: usize) -> bool {
    if !(t.punct(n, ',') && t.eq(n + 1, "who")) {
        return false;
    }
    let verb = ["headed", "heads", "commanded", "commands", "led", "leads"]
        .iter()
        .any(|w| t.is_exactly(n + 2, w));
    let k = if t.eq(n + 3, "the") { n + 4 } else { n + 3 };
    verb && (k..(k + 8).min(t.len()))
        .take_while(|&j| {
            t.same_sentence(n, j)
                && t.toks[j].is_word()
                && (t.toks[j].cap || t.str(j).contains('-'))
        })
        .any(|j| t.toks[j].is(UNIT_HEAD | BRANCH | ORG_HEAD))
}

/// ", a former corps commander": the apposition after a name at `end` says the post is past.
fn former_after(t: &Tokens, end: usize) -> bool {
    let k = if t.eq(end + 1, "a") || t.eq(end + 1, "the") {
        end + 2
    } else {
        end + 1
    };
    t.punct(end, ',') && t.is_exactly(k, "former") && t.same_sentence(end, k)
}

/// True when the name ending before token `n` is followed by its Chinese, Japanese or Korean
/// characters in parentheses: "Tseng Kuo-hua (曾國華)".
fn native_in_parentheses(t: &Tokens, n: usize) -> bool {
    t.punct(n, '(')
        && t.punct(n + 2, ')')
        && t.same_sentence(n, n + 2)
        && t.toks[n + 1].is_word()
        && native_person_name(t.str(n + 1))
}

/// A person's name in Chinese, Japanese or Korean characters: two to four of them, the family name
/// and the given name. A body's name is written in the same characters ("国防部", "东部战区"), and
/// its last character says what body it is: a ministry, a command's region, a bureau, a council.
fn native_person_name(word: &str) -> bool {
    /// Last characters of the names of ministries, regions, bureaus, councils, academies,
    /// provinces, cities and troops, in simplified and traditional writing.
    const BODY_ENDS: &[char] = &[
        '部', '区', '區', '局', '会', '會', '院', '省', '市', '队', '隊', '委', '厅', '廳', '处',
        '處',
    ];
    /// Before a last "军", the service or formation it ends ("海军", "火箭军", "集团军"); after a
    /// family name it is a given name ("董军").
    const ARMS: &[char] = &['海', '陆', '陸', '空', '放', '团', '團', '箭', '備', '备'];
    let chars: Vec<char> = word.chars().collect();
    let Some((&last, rest)) = chars.split_last() else {
        return false;
    };
    let army = matches!(last, '军' | '軍') && rest.last().is_some_and(|c| ARMS.contains(c));
    (2..=4).contains(&chars.len())
        && chars.iter().all(|&c| cjk(c))
        && !BODY_ENDS.contains(&last)
        && !army
}

/// A Chinese, Japanese or Korean character: kana, a Han character or a hangul syllable.
fn cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// "the Premier League", "the President's Cup": a title before the one word of a competition
/// (name tokens `q..n`) names the competition.
fn competition(t: &Tokens, q: usize, n: usize) -> bool {
    n == q + 1
        && ["league", "cup", "division", "trophy", "club"]
            .iter()
            .any(|w| t.eq(q, w))
}

/// The one official of the article whose name is written family name first with `family` as that
/// name ("President Tsai" and "Tsai Wen-hsiung"); none when two bear it ("Kim Yong-su" and "Kim
/// Pyong-il").
fn family_first_bearer(cx: &Ctx, family: &str) -> Option<usize> {
    let mut bearers = cx.found.iter().enumerate().filter(|(_, f)| {
        f.kind == Kind::Official && super::coref::family_first(&f.name) == Some(family)
    });
    let first = bearers.next()?.0;
    bearers.next().is_none().then_some(first)
}

/// "General Petrov" and "Ivan Petrov" in one article are one person: a name that is the last word of a
/// fuller name, or the family name written first in it, joins it.
fn merge_same_person(cx: &mut Ctx) {
    let mut i = 0;
    while i < cx.found.len() {
        if cx.found[i].kind != Kind::Official || cx.found[i].name.contains(' ') {
            i += 1;
            continue;
        }
        let short = cx.found[i].name.clone();
        let target = cx
            .found
            .iter()
            .position(|f| {
                f.kind == Kind::Official
                    && f.name.contains(' ')
                    && super::coref::surname(&f.name) == short
            })
            .or_else(|| family_first_bearer(cx, &short));
        if let Some(j) = target {
            let f = cx.found.remove(i);
            let j = if j > i { j - 1 } else { j };
            let g = &mut cx.found[j];
            for m in f.mentions {
                g.add_mention(m);
            }
            for (k, v, p) in f.attributes {
                g.attr(k, v, p);
            }
            continue;
        }
        i += 1;
    }
}

/// Quotations belong to the official named in their sentence, or in the sentence before when it speaks
/// ("explained in Tashkent on June 2 that ..."). The date and place of the statement come with them.
pub fn quotations(cx: &mut Ctx) {
    let art = cx.article;
    // An article without quotations needs none of the lists below.
    if art.quotations.is_empty() {
        return;
    }
    let officials = Occupied::of(&cx.found, &[Kind::Official]);
    // Counted first, so that the list is allocated once.
    let mut mentions: Vec<Range<usize>> =
        Vec::with_capacity(cx.found.iter().map(|f| f.mentions.len()).sum());
    mentions.extend(cx.found.iter().flat_map(|f| f.mentions.iter().cloned()));
    mentions.sort_unstable_by_key(|m| (m.start, m.end));
    for q in &art.quotations {
        if names_something(cx, &mentions, &q.range) {
            continue;
        }
        let qs = q.sentence;
        let Some(sentence) = art.sentences.get(qs) else {
            continue;
        };
        // The nearest official's entity, distance and mention start; one named in what is reported
        // ("Zhu said that Lai had “repeatedly provoked” ...") only when no one else is named.
        let mentions_in = |s: &Range<usize>| -> Option<(usize, usize, usize)> {
            let reported = reported_from(cx, s, q.range.start);
            let mut best: Option<(bool, usize, usize, usize)> = None;
            for (start, end, fi) in officials.within(s) {
                if start >= q.range.start && end <= q.range.end {
                    continue;
                }
                let d = if start > q.range.end {
                    start - q.range.end
                } else {
                    q.range.start.saturating_sub(end)
                };
                let spoken_of = reported.is_some_and(|r| r < start && end <= q.range.start);
                if best.is_none_or(|(bs, bd, _, _)| (spoken_of, d) < (bs, bd)) {
                    best = Some((spoken_of, d, fi, start));
                }
            }
            best.map(|(_, d, fi, start)| (fi, d, start))
        };
        let mut who = mentions_in(&sentence.range()).map(|(f, _, at)| (f, sentence.range(), at));
        // "Analyst Farid Aliyev ... told Turan that “...”": a sentence whose speaker is an analyst,
        // expert or journalist gives his words to no official of the sentence before.
        let own_speaker = || {
            let r = sentence.range();
            art.text
                .get(r.start..q.range.start)
                .into_iter()
                .chain(art.text.get(q.range.end..r.end))
                .flat_map(|s| s.split(|c: char| !c.is_alphanumeric() && c != '-'))
                .any(non_official_word)
        };
        if who.is_none() && qs > 0 && !own_speaker() {
            let prev = &art.sentences[qs - 1];
            if prev.paragraph() == sentence.paragraph() && speaks(cx, &prev.range()) {
                who = mentions_in(&prev.range()).map(|(f, _, at)| (f, prev.range(), at));
            }
        }
        let Some((fi, said, at)) = who else {
            continue;
        };
        if analyst_speaks_between(art, at, q.range.start) {
            continue;
        }
        let (date, place) = statement_date_place(cx, &said, at);
        // A hard-wrapped quotation reads as one line.
        let raw = art.slice(q.range.clone());
        let mut quote = String::with_capacity(raw.len());
        for w in raw.split_whitespace() {
            if !quote.is_empty() {
                quote.push(' ');
            }
            quote.push_str(w);
        }
        let f = &mut cx.found[fi];
        f.attr(AttrKey::Quote, quote, q.range.clone());
        if let Some(d) = date {
            f.attr(AttrKey::Date, d, said.clone());
        }
        if let Some(p) = place {
            f.attr(AttrKey::Place, p, said.clone());
        }
    }
}

/// "Japarov's decision followed criticism by analyst Emil Dzhuraev, a political scientist at the OSCE
/// Academy, who wrote that “...”": between the official's mention at `from` and the quotation at `to`,
/// an analyst, expert or journalist is named and a relative clause gives him the words. The quotation is
/// his, not the official's.
fn analyst_speaks_between(art: &crate::corpus::Article, from: usize, to: usize) -> bool {
    let Some(between) = art.text.get(from..to) else {
        return false;
    };
    // The clause that describes a named person follows a comma ("analysts who said" speaks of no one).
    let Some(p) = between.rfind(", who ") else {
        return false;
    };
    between[..p]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(non_official_word)
}

/// True when `w` is a word for a role that is not an office ("analyst", "Journalist"). The lexicon
/// folds ASCII case itself: only a word with other letters is lower-cased into a copy first.
fn non_official_word(w: &str) -> bool {
    let classes = if w.is_empty() {
        0
    } else if w.is_ascii() {
        lexicon::classes(w)
    } else {
        lexicon::classes(&w.to_lowercase())
    };
    classes & NON_OFFICIAL != 0
}

/// True when words in quotation marks name something rather than report speech: (part of) a recognized
/// mention (an exercise "Birlestik-2023", Regional Command "South"), or a few capitalized words with no
/// punctuation of a sentence ("Mustafa Kemal Ataturk-2023"). `mentions` are the article's mentions, sorted.
fn names_something(cx: &Ctx, mentions: &[Range<usize>], r: &Range<usize>) -> bool {
    // Mentions are short: one holding `r` starts less than 256 bytes before it.
    let lo = mentions.partition_point(|m| m.start + 256 < r.start);
    let within_mention = mentions[lo..]
        .iter()
        .take_while(|m| m.start < r.end)
        .any(|m| {
            m.start <= r.start && r.end <= m.end
                || r.start <= m.start && m.end <= r.end && 2 * (m.end - m.start) >= r.end - r.start
        });
    if within_mention {
        return true;
    }
    let text = cx.article.slice(r.clone()).trim();
    const CONNECTORS: [&str; 5] = ["of", "the", "and", "de", "al"];
    let name_like = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || CONNECTORS.contains(&w)
    };
    // Five words are enough to know there are more than four: a long quotation is not split whole,
    // nor are its words kept.
    let (mut words, mut all_named) = (0, true);
    for w in text.split_whitespace().take(5) {
        words += 1;
        all_named &= name_like(w);
    }
    (1..=4).contains(&words) && !text.ends_with(['.', ',', '!', '?', ';', ':', '…']) && all_named
}

/// The date and place of a statement: those around the verb of saying nearest the speaker ("explained in
/// Tashkent on June 2 that ...", "On June 2, Karimov said"), not those of what was said ("noted that the
/// events in January 2022 ...") or of another clause ("... while the base in Gyumri announced").
fn statement_date_place(
    cx: &Ctx,
    r: &Range<usize>,
    speaker: usize,
) -> (Option<String>, Option<String>) {
    let t = &cx.t;
    let lo = t.toks.partition_point(|x| (x.start as usize) < r.start);
    let hi = t.toks.partition_point(|x| (x.end as usize) <= r.end);
    let at = t.toks.partition_point(|x| (x.start as usize) < speaker);
    // A clause opening the sentence ("On June 2, ...", "Speaking in Bishkek on August 31, X ...") belongs
    // to the statement; so do a few words after a verb, up to the "that" of what was said.
    const WINDOW: usize = 8;
    let mut title = at;
    while title > lo && t.toks[title - 1].is_word() && t.toks[title - 1].cap {
        title -= 1;
    }
    let opening_clause =
        title > lo && t.punct(title - 1, ',') && !(lo..title).any(|k| t.eq(k, "that"));
    let mut verbs: Vec<usize> = (lo..hi).filter(|&k| t.toks[k].is(SPEECH)).collect();
    verbs.sort_by_key(|&k| k.abs_diff(at));
    // With no verb of saying, the words around the speaker stand for one.
    if verbs.is_empty() {
        verbs.push(at);
    }
    let (mut date, mut place) = (None, None);
    // The verb nearest the speaker, and any other as close ("announced in August 2018 by X, who said").
    for (n, &verb) in verbs.iter().enumerate() {
        if n > 0 && verb.abs_diff(at) > WINDOW {
            break;
        }
        let first = at.min(verb);
        let start = if first.saturating_sub(lo) <= WINDOW || opening_clause {
            lo
        } else {
            first
        };
        let end = (verb + 1..hi.min(verb + 1 + WINDOW))
            .find(|&k| t.eq(k, "that"))
            .unwrap_or(hi.min(verb + 1 + WINDOW));
        if start < end {
            let (d, p) = date_place(cx, &t.span(start, end - 1));
            date = date.or(d);
            place = place.or(p);
        }
    }
    (date, place)
}

/// Where the reported words of a passage begin before a quotation at `quote`: the "that" after the last
/// verb of saying before it ("said on Tuesday that ...").
fn reported_from(cx: &Ctx, r: &Range<usize>, quote: usize) -> Option<usize> {
    let t = &cx.t;
    let lo = t.toks.partition_point(|x| (x.start as usize) < r.start);
    let hi = t
        .toks
        .partition_point(|x| (x.start as usize) < quote.min(r.end));
    let verb = (lo..hi).rev().find(|&k| t.toks[k].is(SPEECH))?;
    (verb + 1..hi)
        .find(|&k| t.eq(k, "that"))
        .map(|k| t.toks[k].start as usize)
}

/// True when the passage holds a verb of saying.
fn speaks(cx: &Ctx, r: &Range<usize>) -> bool {
    let t = &cx.t;
    let i = t.toks.partition_point(|x| (x.start as usize) < r.start);
    (i..t.len())
        .take_while(|&k| (t.toks[k].end as usize) <= r.end)
        .any(|k| t.toks[k].is(SPEECH))
}

/// "in Tashkent" and "on June 2" in a passage.
pub fn date_place(cx: &Ctx, r: &Range<usize>) -> (Option<String>, Option<String>) {
    let t = &cx.t;
    let lo = t.toks.partition_point(|x| (x.start as usize) < r.start);
    let hi = t.toks.partition_point(|x| (x.end as usize) <= r.end);
    let mut date = None;
    let mut place = None;
    let cited = |k: usize| {
        let at = t.toks[k].start as usize;
        cx.article
            .citation_ranges()
            .any(|c| c.start <= at && at < c.end)
    };
    for k in lo..hi {
        if date.is_none() && t.toks[k].is(MONTH) && t.toks[k].cap && !cited(k) {
            let mut e = k;
            if k + 1 < hi && t.toks[k + 1].kind == TokKind::Number {
                e = k + 1;
            }
            if e == k
                && !(k > lo
                    && (t.eq(k - 1, "in")
                        || t.eq(k - 1, "late")
                        || t.eq(k - 1, "early")
                        || t.eq(k - 1, "mid")))
            {
                continue;
            }
            let s = if k > lo && matches!(t.str(k - 1), "late" | "early" | "mid") {
                k - 1
            } else {
                k
            };
            date = Some(t.joined(s, e));
        }
        if place.is_none()
            && t.eq(k, "in")
            && k + 1 < hi
            && name_word(t, k + 1)
            && !t.toks[k + 1].is(MONTH)
        {
            place = Some(t.str(k + 1).to_string());
        }
    }
    (date, place)
}

#[cfg(test)]
mod tests {
    use crate::entity::{AttrKey, Kind};
    use crate::recognize::Found;
    use crate::recognize::testing::{self, attr};

    fn officials(text: &str) -> Vec<Found> {
        testing::found(text, Kind::Official)
    }

    #[test]
    fn a_monarch_whose_name_opens_a_units_is_its_namesake() {
        assert!(
            officials("The King Ramiro VII Brigade of the Legion took part in the drills.")
                .is_empty()
        );
        assert!(officials("Troops of the Prince Oswin Regiment paraded.").is_empty());
        // A king who acts is one.
        assert_eq!(
            officials("King Ramiro VII inspected the brigade on Monday, the palace said.").len(),
            1
        );
    }

    #[test]
    fn the_successor_named_in_a_replacement_is_an_official() {
        assert_eq!(
            names(&officials(
                "Serikov, who dismissed Defense Minister Marat Ospanbekov and replaced him with Ruslan \
                 Dauletkhanov, also ordered arrests."
            )),
            ["Marat Ospanbekov", "Ruslan Dauletkhanov"]
        );
        assert!(
            names(&officials(
                "Dorokhov replaced Sergei Borodin, defense minister since 2012, with the economist \
                 Andrei Belyakov in May."
            ))
            .contains(&"Andrei Belyakov")
        );
        // A coach replaced by a club holds no post, nor does his successor.
        assert!(
            officials("The club replaced coach Marco Silvetti with Jens Pedersby on Monday.")
                .is_empty()
        );
        // Replacing a thing with a thing names no one; a journalist who writes of it is none.
        assert!(
            officials(
                "The army replaced its old rifles with new ones, Ivan Petrov wrote in the Herald."
            )
            .is_empty()
        );
    }

    #[test]
    fn the_head_of_an_academy_of_sciences_is_no_official() {
        assert!(
            officials(
                "Retired general Pavel Sidorenko, president of the Academy of Strategic Problems, \
                 told reporters the drills were a signal."
            )
            .is_empty()
        );
        assert_eq!(
            officials(
                "Lt. Gen. Pavel Sidorenko, head of the General Staff Academy, told reporters the \
                 drills were a signal."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_post_in_quotes_before_a_name_is_its_post() {
        let o = officials(
            "The movement’s own “defense minister,” Mullah Abdul Qadir Yousafzai, visited the corps.",
        );
        assert_eq!(names(&o), ["Abdul Qadir Yousafzai"], "{o:?}");
        // A quoted phrase that is no post.
        assert!(
            officials("The plan was called “bold,” Ivan Petrov wrote in the Herald.").is_empty()
        );
    }

    #[test]
    fn members_of_parliament_are_officials() {
        assert_eq!(
            names(&officials(
                "PPP senator Farah Qureshi said Parliament should be taken into confidence."
            )),
            ["Farah Qureshi"]
        );
        assert_eq!(
            names(&officials(
                "Lawmaker Jane Whitford said the bill would pass. MP Tom Brenner agreed with her."
            )),
            ["Jane Whitford", "Tom Brenner"]
        );
        // A columnist or an analyst is none.
        assert!(officials("Columnist Jane Whitford wrote that the bill would pass.").is_empty());
    }

    #[test]
    fn an_envoy_to_a_country_is_an_official() {
        let o = officials(
            "The ceremony was attended by Defense Minister Arman Tulegenov and U.S. Ambassador to \
             Kazakhstan Robert Hensley.",
        );
        assert_eq!(names(&o), ["Arman Tulegenov", "Robert Hensley"]);
        assert_eq!(
            attr(&o[1], AttrKey::Post),
            ["U.S. Ambassador to Kazakhstan"]
        );
        let o = officials(
            "Ambassador of China to Kyrgyzstan Li Baoming attended the ceremony in Bishkek.",
        );
        assert_eq!(names(&o), ["Li Baoming"]);
        // A charity's or a firm's ambassador or representative to a country is no official.
        for text in [
            "The brand ambassador to Japan Kenzo Satoda is a tennis player.",
            "Her sales representative to Canada Jim Hartwell will call, the company said.",
        ] {
            let o = officials(text);
            assert!(o.is_empty(), "{text}: {o:?}");
        }
        assert_eq!(
            names(&officials(
                "Special Representative to Somalia Marta Kovacsy met the commanders."
            )),
            ["Marta Kovacsy"]
        );
        // A convoy to a country is no post.
        assert!(
            officials("The aid convoy to Kazakhstan Robert Hensley organized was delayed.")
                .is_empty()
        );
    }

    #[test]
    fn names_listed_under_a_plural_title_or_after_a_colon_are_officials() {
        assert_eq!(
            names(&officials(
                "Presidents Pavel Morozov and Anatoly Lukin watched the final stage of the drills."
            )),
            ["Pavel Morozov", "Anatoly Lukin"]
        );
        assert_eq!(
            names(&officials(
                "The drills were watched by the heads of state of the member countries: Viktor Sorokin, \
                 Wang Jianping and Azamat Bekov."
            )),
            ["Viktor Sorokin", "Wang Jianping", "Azamat Bekov"]
        );
        assert_eq!(
            names(&officials(
                "The drills were watched by the heads of state, who had flown in from the summit in \
                 Osh: Viktor Sorokin, Wang Jianping and Azamat Bekov."
            )),
            ["Viktor Sorokin", "Wang Jianping", "Azamat Bekov"]
        );
        // The heads of research bodies are analysts.
        assert!(
            officials(
                "The panel brought together the heads of the leading research institutes: Viktor \
                 Sorokin, Irina Belova and Azamat Bekov."
            )
            .is_empty()
        );
        // A team's name ending in a plural post, and heads of bands, networks or militias, are not.
        for text in [
            "Riverton Chiefs Darrel Hopwood and Trent Malden scored twice on Sunday.",
            "Lakeside Commanders Jalen Pryce and Marcus Odwell signed new contracts on Monday.",
            "The festival was opened by the heads of the two bands: Lars Eklund, Mia Holby and Jonas \
             Bergvik.",
            "Among the speakers were the heads of the largest television networks: Carla Mendor, \
             Peter Vailes and Omar Sadeqi.",
            "The commanders of the militia: Ali Basrawi and Hamid Ruwaidi refused to disarm.",
        ] {
            let o = officials(text);
            assert!(o.is_empty(), "{text}: {o:?}");
        }
        assert_eq!(
            names(&officials(
                "The commanders of the armed forces: Viktor Sorokin and Azamat Bekov, reported to \
                 parliament."
            )),
            ["Viktor Sorokin", "Azamat Bekov"]
        );
    }

    #[test]
    fn a_name_in_another_script_in_parentheses_is_an_alias() {
        let o = testing::found(
            "President Chen Wei-ming (陳偉明) opened the drills. Defense Minister Ivan Petrov (Иван Петров) and General Anna Kowalski (ret.) watched.",
            Kind::Official,
        );
        let aliases: Vec<&str> = o
            .iter()
            .flat_map(|f| f.aliases.iter().map(String::as_str))
            .collect();
        assert_eq!(aliases, ["陳偉明", "Иван Петров"], "{o:?}");
        assert_eq!(o[0].mentions.len(), 2);
    }

    #[test]
    fn rank_then_name_with_post_after() {
        let o = officials(
            "Lieutenant-General Ruslan Beridze, Georgia’s deputy defense minister, said in Tbilisi on May 3 that talks went well.",
        );
        assert_eq!(o.len(), 1);
        assert_eq!(o[0].name, "Ruslan Beridze");
        assert_eq!(attr(&o[0], AttrKey::Rank), ["Lieutenant-General"]);
        assert_eq!(attr(&o[0], AttrKey::Post), ["deputy defense minister"]);
        assert_eq!(attr(&o[0], AttrKey::Country), ["Georgia"]);
    }

    fn names(o: &[Found]) -> Vec<&str> {
        o.iter().map(|f| f.name.as_str()).collect()
    }

    #[test]
    fn a_descriptor_opening_the_sentence_is_no_name_and_no_official() {
        for text in [
            "Analyst Rashad Mammadli, chairman of the Center for Strategic Assessment, told Turan that the drills were routine.",
            "Journalist Ilkin Huseynov wrote that the drills were routine.",
            "Political scientist Gela Beridze said the drills were routine.",
            "Rashad Mammadli, head of the Centre for Regional Studies, said the drills were routine.",
        ] {
            let o = officials(text);
            assert!(o.is_empty(), "{text}: {o:?}");
        }
        // A government centre is a post, and an official's sentence is untouched.
        let o = officials(
            "Rashad Mammadli, head of the National Defence Research Center, said the drills were routine. Defence Minister Zakir Hasanov agreed.",
        );
        assert_eq!(names(&o), ["Rashad Mammadli", "Zakir Hasanov"], "{o:?}");
    }

    #[test]
    fn a_quotation_given_to_an_analyst_by_a_relative_clause_is_his() {
        let text = "The decree that President Nurlan Abdyrov signed on Monday in Bishkek after the border clash drew criticism from analyst Emil Tursunov, a political scientist at the OSCE Academy, who wrote that “the border troops are underfunded.”";
        let a = crate::corpus::Article::parse("t.txt", text.to_string());
        let found = crate::recognize::recognize(&a);
        assert!(
            found.iter().any(|f| f.name == "Nurlan Abdyrov"),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .all(|f| !f.attributes.iter().any(|(k, _, _)| *k == AttrKey::Quote)),
            "{found:?}"
        );
        // The official's own relative clause keeps his words.
        let text = "Defence Minister Ivan Petrov, who visited the border post on Monday, said that “the border troops are ready.”";
        let a = crate::corpus::Article::parse("t.txt", text.to_string());
        let found = crate::recognize::recognize(&a);
        let petrov = found.iter().find(|f| f.name == "Ivan Petrov");
        assert!(
            petrov.is_some_and(|f| f.attributes.iter().any(|(k, _, _)| *k == AttrKey::Quote)),
            "{found:?}"
        );
    }

    #[test]
    fn the_owner_of_forces_is_an_official() {
        let o = officials(
            "Units affiliated with Ahmed Zaroug's forces took part in the drills. Convoys of Ali Mukhtar Dabbo's Desert Shield Forces entered the town.",
        );
        assert_eq!(names(&o), ["Ahmed Zaroug", "Ali Mukhtar Dabbo"], "{o:?}");
        // A firm, a fortune or a club is no force.
        let o = officials(
            "Ahmed Zaroug's company won the contract. Ali Mukhtar Dabbo's Golden Eagles Club lost the match.",
        );
        assert!(o.is_empty(), "{o:?}");
        // A manager's, a chief executive's or a politician's men are no armed force.
        let o = officials(
            "City beat Rovers 3-1. Pavel Drago's troops dominated possession, while Marek Lint's \
             fighters never recovered. Tomas Vell's forces at Quorix cut jobs. Ivo Brann's \
             loyalists stormed the hall. Omar Hadid's fighters shelled the airport.",
        );
        assert_eq!(names(&o), ["Omar Hadid"], "{o:?}");
    }

    #[test]
    fn given_names_of_romance_and_west_african_languages_name_untitled_actors() {
        let o = officials(
            "The exercise was observed by Maia Ciobanu, who visited the troops on Saturday. Gustavo Arrieta later signed the decree and Mamadou Tounkara met the delegation.",
        );
        assert_eq!(
            names(&o),
            ["Maia Ciobanu", "Gustavo Arrieta", "Mamadou Tounkara"],
            "{o:?}"
        );
        // A known given name with no act of state is no official; an analyst stays one.
        let o = officials(
            "Carlos Malamud, an analyst at the Elcano Royal Institute, said the drills were routine. Jean Dupont bought bread.",
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn an_east_asian_name_shape_vouches_for_a_person() {
        let o = officials(
            "The drills warned separatist forces led by Hsiao Wen-lung. Officials said Moon Sung-ho met the envoy.",
        );
        assert_eq!(names(&o), ["Hsiao Wen-lung", "Moon Sung-ho"], "{o:?}");
        // A hyphenated word after a family name that is no given name's shape, or no act of state.
        let o = officials("Forces led by Lin Ex-Army marched. Hsiao Wen-lung bought tea.");
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn an_analysts_sentence_keeps_his_words_from_the_official_before() {
        let text = "Defence ministry spokeswoman Anna Karapetyan noted that the corps remained on alert. Analyst Rashad Mammadli, chairman of the Center for Strategic Assessment, told Turan that the drills were “routine and long planned.”";
        let o = officials(text);
        assert!(
            o.iter().all(|f| attr(f, AttrKey::Quote).is_empty()),
            "{o:?}"
        );
    }

    #[test]
    fn korean_names_in_three_words() {
        let o = officials(
            "North Korean leader Kim Song Il watched the drill with Defense Minister No Myong Chol. Premier Pak Thae Song was absent.",
        );
        assert_eq!(
            names(&o),
            ["Kim Song Il", "No Myong Chol", "Pak Thae Song"],
            "{o:?}"
        );
        // "No" before words that are no Korean syllables is the English word.
        let o = officials("Defense Minister Ivan Petrov said No Stone Left would be spared.");
        assert_eq!(names(&o), ["Ivan Petrov"], "{o:?}");
        assert!(super::korean_syllable("Kwang") && super::korean_syllable("Chol"));
        assert!(super::korean_syllable("Un") && super::korean_syllable("Myung"));
        assert!(!super::korean_syllable("Stone") && !super::korean_syllable("Left"));
    }

    #[test]
    fn a_branch_before_the_head_of_a_post_after_the_name() {
        let o = officials(
            "Last month Karim Benhadid, Tunisia’s army chief, toured the south. Days later Pedro Alvarado, Peru's navy chief, met him.",
        );
        assert_eq!(names(&o), ["Karim Benhadid", "Pedro Alvarado"], "{o:?}");
        assert_eq!(attr(&o[0], AttrKey::Post), ["army chief"]);
        assert_eq!(attr(&o[0], AttrKey::Country), ["Tunisia"]);
        // A branch with no post head after it gives no post: "the army's troops" names no one.
        let o = officials(
            "Last month Karim Benhadid, Tunisia’s army troops commander's friend, toured the south. Maria Lopez, the army, said nothing.",
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn national_ranks_open_a_name() {
        let o = officials(
            "Army chief Snr-Gen Kyaw Zeya Htun toured the front. His deputy, Vice Snr-Gen Myo Thant, stayed behind. Senior General Tun Lwin met them.",
        );
        assert_eq!(
            names(&o),
            ["Kyaw Zeya Htun", "Myo Thant", "Tun Lwin"],
            "{o:?}"
        );
        assert_eq!(attr(&o[0], AttrKey::Rank), ["Senior-General"]);
        assert_eq!(attr(&o[1], AttrKey::Rank), ["Vice Senior-General"]);
        let o = officials(
            "The drill was led by General de Brigada Andrés Felipe Ortiz Rojas and Teniente Coronel Marta Quiroga. Generał brygady Piotr Nowicki and Oberst Jens Bauer watched.",
        );
        assert_eq!(
            names(&o),
            [
                "Andrés Felipe Ortiz Rojas",
                "Marta Quiroga",
                "Piotr Nowicki",
                "Jens Bauer"
            ],
            "{o:?}"
        );
        assert_eq!(attr(&o[0], AttrKey::Rank), ["General de Brigada"]);
        // A ship or a camp named after an officer is no official.
        assert!(
            officials(
                "The frigate ORP Generał Tadeusz Kościuszko sailed. Units paraded at Camp Général Aboubacar Sangaré."
            )
            .is_empty()
        );
    }

    #[test]
    fn burmese_honorifics_and_abbreviated_given_names_are_inside_a_name() {
        let o = officials(
            "Talks were held with the junta's foreign minister, U Than Swe, and with Lieutenant Colonel Md. Rafiqul Alam. Defense Secretary Ramon “Monching” Dela Cruz Jr. was there.",
        );
        assert_eq!(
            names(&o),
            [
                "Than Swe",
                "Md. Rafiqul Alam",
                "Ramon “Monching” Dela Cruz Jr."
            ],
            "{o:?}"
        );
        // "Than" outside a name, and a lower-case word in quotation marks, are no name.
        let o = officials("Defense Secretary Ramon “the” Cruz spoke more than once.");
        assert!(o.iter().all(|f| !f.name.contains('“')), "{o:?}");
    }

    #[test]
    fn a_post_with_a_place_in_apposition_names_an_official() {
        let o = officials(
            "Kenya's High Commissioner in Kampala, Wanjiru Mwangi, said at a reception that the visit went well.",
        );
        assert_eq!(names(&o), ["Wanjiru Mwangi"], "{o:?}");
        assert_eq!(
            posts_of(&o, "Wanjiru Mwangi"),
            ["High Commissioner in Kampala"]
        );
    }

    #[test]
    fn ranks_naming_towns_and_leagues_commissioners_make_no_officials() {
        assert!(
            officials("Troops moved from Asunción to Coronel Oviedo and then to Capitán Bado.")
                .is_empty()
        );
        assert!(officials("NBA Commissioner Adam Silver said the league would expand.").is_empty());
        let o = officials(
            "Xu Lin, vice president of the National Defence University, said the course was full.",
        );
        assert_eq!(names(&o), ["Xu Lin"], "{o:?}");
    }

    #[test]
    fn a_relative_clause_after_a_name_gives_the_post() {
        let o = officials(
            "Talks were led by Nuno Salgado, who took office in March as defence minister, and by Ana Ribeiro, who serves as chief of the naval staff. Lars Holm, who was appointed defence minister in May, agreed.",
        );
        assert_eq!(
            names(&o),
            ["Nuno Salgado", "Ana Ribeiro", "Lars Holm"],
            "{o:?}"
        );
        assert_eq!(posts_of(&o, "Nuno Salgado"), ["defence minister"]);
        // A clause that says no post makes no official.
        assert!(
            officials("Talks were led by Nuno Salgado, who took office as a favour to friends.")
                .is_empty()
        );
    }

    #[test]
    fn analysts_at_institutes_are_not_officials() {
        assert!(
            officials(
                "Retired Major General Anis Rahman, president of the Dhaka Institute of Strategic Studies, said the drill mattered."
            )
            .is_empty()
        );
        assert!(
            officials(
                "Elif Demir, the director of the Caucasus program at the Eurasia Institute, said so."
            )
            .is_empty()
        );
        assert!(
            officials(
                "Martín Gallo, director of the Centro de Estudios Patagonia, said the drill was a message."
            )
            .is_empty()
        );
        // A serving officer who heads a defence university is one; so is a director of a government agency.
        let o = officials(
            "Lt. Gen. Omar Farooq, president of the National Defence University, opened the course. Ivan Sokol, director of the State Border Service, spoke.",
        );
        assert_eq!(names(&o), ["Omar Farooq", "Ivan Sokol"], "{o:?}");
    }

    #[test]
    fn hyphenated_abbreviated_ranks_open_a_name_even_across_a_line_break() {
        let o = officials(
            "The deputy commander of the Northern Army (NA), Maj-Gen\nTomas Ferreira, opened the drill. Its chief of staff, Lt-Gen Ivo Marek Novak, watched.",
        );
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Tomas Ferreira", "Ivo Marek Novak"], "{o:?}");
        assert_eq!(attr(&o[0], AttrKey::Rank), ["Major-General"]);
        assert_eq!(attr(&o[1], AttrKey::Rank), ["Lieutenant-General"]);
        // A hyphenated word that is no rank opens no name.
        assert!(
            officials("The Lt-Governor race and the Pro-Gen Tomas Ferreira fan club met.")
                .is_empty()
        );
    }

    #[test]
    fn field_marshal_after_a_post_is_a_rank_not_a_name() {
        let o = officials(
            "Army Commander-in-Chief Field Marshal Omar Bashiri, who attended the parade, said the drill went well.",
        );
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Omar Bashiri"], "{o:?}");
        assert_eq!(attr(&o[0], AttrKey::Rank), ["Field Marshal"]);
        // A surname Field is still a name.
        let o = officials("Defence Minister Sarah Field said the drill went well.");
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].name, "Sarah Field");
    }

    #[test]
    fn a_units_namesake_and_a_scholar_are_no_officials() {
        let o = officials(
            "Marines of the 36th Separate Brigade named after Rear Admiral Petro Danylko hold positions. Ivan Brennick, a senior adviser at the Center for Naval Studies, said the test would come later.",
        );
        assert!(o.is_empty(), "{o:?}");
        // The same shapes with a post of office are officials.
        let o = officials(
            "Rear Admiral Petro Danylko named the brigade. Ivan Brennick, a senior adviser at the Ministry of Defence, said the test would come later.",
        );
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Petro Danylko", "Ivan Brennick"], "{o:?}");
    }

    #[test]
    fn a_known_name_before_a_venue_noun_is_the_venue() {
        let o = officials(
            "President Recep Kaan Oztur spoke. A match was held at the Recep Kaan Oztur Stadium in Ankara. Oztur said it went well.",
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].mentions.len(), 2, "{o:?}");
    }

    #[test]
    fn abbreviated_ranks_are_stored_in_full() {
        let o = officials(
            "Lt. Gen. Mark Delaney met Brig. Gen. Paul Okafor at the base. Col. Dana Reyes briefed them.",
        );
        let rank = |name: &str| {
            let f = o.iter().find(|f| f.name == name).expect(name);
            attr(f, AttrKey::Rank).join("|")
        };
        assert_eq!(rank("Mark Delaney"), "Lieutenant General");
        assert_eq!(rank("Paul Okafor"), "Brigadier General");
        assert_eq!(rank("Dana Reyes"), "Colonel");
    }

    fn posts_of(o: &[Found], name: &str) -> Vec<String> {
        let f = o.iter().find(|f| f.name == name).expect(name);
        attr(f, AttrKey::Post)
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn ordinals_are_digits_and_a_suffix() {
        assert!(super::ordinal("173rd") && super::ordinal("1st") && super::ordinal("58TH"));
        assert!(!super::ordinal("3SpéU") && !super::ordinal("2023") && !super::ordinal("st"));
    }

    #[test]
    fn a_post_holds_no_other_person() {
        let o = officials(
            "President Ivan Sokolov and CSTO Secretary General Marat Abenov opened the summit.",
        );
        assert_eq!(posts_of(&o, "Marat Abenov"), ["CSTO Secretary General"]);
        let o = officials(
            "Kazakh Defense Minister Daniyar Serikov and Kyrgyz Defense Minister Bakyt Osmonov signed the plan.",
        );
        assert_eq!(posts_of(&o, "Daniyar Serikov"), ["Kazakh Defense Minister"]);
        assert_eq!(posts_of(&o, "Bakyt Osmonov"), ["Kyrgyz Defense Minister"]);
        let f = o.iter().find(|f| f.name == "Bakyt Osmonov").unwrap();
        assert_eq!(attr(f, AttrKey::Country), ["Kyrgyzstan"]);
    }

    #[test]
    fn a_title_after_a_name_belongs_to_the_next_person() {
        let o = officials(
            "Chinese President Hua Deming, Russian President Pavel Orlov and Kazakh President Erlan Serikov watched the drill.",
        );
        assert_eq!(posts_of(&o, "Hua Deming"), ["Chinese President"]);
        assert_eq!(posts_of(&o, "Pavel Orlov"), ["Russian President"]);
        let f = o.iter().find(|f| f.name == "Pavel Orlov").unwrap();
        assert_eq!(attr(f, AttrKey::Country), ["Russia"]);
        // A president holds an office, not a rank; so does a prime minister.
        assert!(attr(f, AttrKey::Rank).is_empty(), "{f:?}");
        let o = officials("Prime Minister Arvo Kessel and Colonel Jaan Tamm met the troops.");
        let kessel = o.iter().find(|f| f.name == "Arvo Kessel").unwrap();
        assert!(attr(kessel, AttrKey::Rank).is_empty(), "{kessel:?}");
        assert_eq!(attr(kessel, AttrKey::Post), ["Prime Minister"]);
        let tamm = o.iter().find(|f| f.name == "Jaan Tamm").unwrap();
        assert_eq!(attr(tamm, AttrKey::Rank), ["Colonel"]);
    }

    #[test]
    fn words_opening_the_sentence_are_not_part_of_the_post() {
        let o = officials(
            "On Monday President Ivan Sokolov said the drills were over. In March President Pavel Orlov visited Osh. Yesterday Defense Minister Oleg Ivanov arrived. When President Nurlan Abenov arrived, officials met him. Tajikistan’s President Emom Saidov spoke.",
        );
        // The title alone is the post: "President", never "On Monday President".
        for name in ["Ivan Sokolov", "Pavel Orlov", "Nurlan Abenov"] {
            assert_eq!(posts_of(&o, name), ["President"], "{name}: {o:?}");
        }
        assert_eq!(posts_of(&o, "Oleg Ivanov"), ["Defense Minister"]);
        assert_eq!(posts_of(&o, "Emom Saidov"), ["President"]);
        let saidov = o.iter().find(|f| f.name == "Emom Saidov").unwrap();
        assert_eq!(attr(saidov, AttrKey::Country), ["Tajikistan"]);
    }

    #[test]
    fn a_post_holds_no_rank() {
        let o = officials(
            "Chinese Defense Ministry spokesperson Senior Colonel Zhao Minghui said the patrols would continue. Russian Defense Minister General of the Army Oleg Ivanov arrived later.",
        );
        let zhao = o.iter().find(|f| f.name == "Zhao Minghui").unwrap();
        assert_eq!(attr(zhao, AttrKey::Rank), ["Senior Colonel"]);
        assert_eq!(
            posts_of(&o, "Zhao Minghui"),
            ["Chinese Defense Ministry spokesperson"]
        );
        let ivanov = o.iter().find(|f| f.name == "Oleg Ivanov").unwrap();
        assert_eq!(attr(ivanov, AttrKey::Rank), ["General of the Army"]);
        assert_eq!(posts_of(&o, "Oleg Ivanov"), ["Russian Defense Minister"]);
    }

    #[test]
    fn coordinated_posts_and_commands_of_units_are_whole() {
        let o = officials(
            "Gen. Mark Delaney, head of U.S. European Command and NATO’s Supreme Allied Commander Europe, said the drill went well. Brig. Gen. Paul Okafor, commander of the 82nd Airborne Brigade, arrived on Monday.",
        );
        assert_eq!(
            posts_of(&o, "Mark Delaney"),
            ["head of U.S. European Command and NATO's Supreme Allied Commander Europe"]
        );
        assert_eq!(
            posts_of(&o, "Paul Okafor"),
            ["commander of the 82nd Airborne Brigade"]
        );
    }

    #[test]
    fn a_lower_case_ministry_belongs_to_the_post() {
        let o = officials(
            "China’s foreign ministry spokesperson Gao Wenming said the drills were provocative.",
        );
        assert_eq!(
            posts_of(&o, "Gao Wenming"),
            ["foreign ministry spokesperson"]
        );
        assert_eq!(attr(&o[0], AttrKey::Country), ["China"]);
    }

    #[test]
    fn general_completing_a_post_heads_it() {
        let o = officials(
            "The delegation is led by Major General Thomas Reed, the Adjutant General of Ohio, whose Guard units train with the battalion. NATO Secretary General J. Lindqvist said the alliance was “watching closely.”",
        );
        assert_eq!(posts_of(&o, "Thomas Reed"), ["Adjutant General of Ohio"]);
        let f = o
            .iter()
            .find(|f| f.name.ends_with("Lindqvist"))
            .expect("Lindqvist");
        assert_eq!(attr(f, AttrKey::Post), ["NATO Secretary General"]);
        assert!(attr(f, AttrKey::Rank).is_empty());
        assert_eq!(attr(f, AttrKey::Quote), ["watching closely."]);
    }

    #[test]
    fn posts_on_both_sides_of_a_name_are_kept_and_the_next_persons_are_not() {
        let o = officials(
            "Petrov’s deputy, Major General Oleg Smirnov, the Chief of the General Staff, attended.",
        );
        assert!(
            posts_of(&o, "Oleg Smirnov").contains(&"Chief of the General Staff".to_string()),
            "{o:?}"
        );
        let o = officials(
            "The Chief of the Joint Staff, Colonel General Ivan Orlov, and the commander of the 58th base, Major General Pavel Sokol, inspected the positions.",
        );
        assert_eq!(posts_of(&o, "Ivan Orlov"), ["Chief of the Joint Staff"]);
        assert_eq!(posts_of(&o, "Pavel Sokol"), ["commander of the 58th base"]);
    }

    #[test]
    fn a_command_s_field_after_its_post_is_no_name() {
        assert_eq!(
            names_in(
                "Supreme Allied Commander Transformation Admiral Pierre Vandier visited Norfolk."
            ),
            ["Pierre Vandier"]
        );
        assert!(names_in("Deputy Commander Operations spoke to the press.").is_empty());
    }

    #[test]
    fn a_place_after_a_post_and_its_preposition_is_no_official() {
        for text in [
            "The minister had met her Somali counterpart in Nairobi Town earlier this month.",
            "He met his Kenyan counterpart in\nDar es Salaam on Monday.",
            "The envoy spoke to the defence attaché at Camp Lemonnier.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
        assert_eq!(
            names_in("He met his Kenyan counterpart Aden Duale in Nairobi."),
            ["Aden Duale"]
        );
    }

    #[test]
    fn post_before_name_and_surname_mentions() {
        let text = "Armenia's First Deputy Foreign Minister, Karen\nAvagyan, met the delegation. Avagyan’s remarks were brief. Later Avagyan left.";
        let o = officials(text);
        assert_eq!(o.len(), 1);
        assert_eq!(o[0].name, "Karen Avagyan");
        assert_eq!(o[0].mentions.len(), 3);
        assert_eq!(&text[o[0].mentions[1].clone()], "Avagyan");
        assert_eq!(
            attr(&o[0], AttrKey::Post),
            ["First Deputy Foreign Minister"]
        );
        assert_eq!(attr(&o[0], AttrKey::Country), ["Armenia"]);
    }

    #[test]
    fn journalists_and_bylines_are_not_officials() {
        let o = officials(
            "Kazinform reports citing the press office. Writing by Aigerim Seitkali, editing by Olga Petrenko.",
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn civilians_sportsmen_and_artists_who_speak_are_not_officials() {
        for text in [
            "Taxi driver Hamid Nourani said the roads were closed after the drill.",
            "Sepahan coach Hamid Nourani said the team was ready for the derby.",
            "The singer Hamid Nourani said his album would be released in the spring.",
            "Displaced father Hamid Nourani said the tanks had advanced overnight.",
        ] {
            assert!(officials(text).is_empty(), "{text}");
        }
        // A bare name that speaks is still an official's.
        assert_eq!(
            names(&officials(
                "Hamid Nourani said the drills would go on. Defence Minister Reza Tavana attended."
            )),
            ["Hamid Nourani", "Reza Tavana"]
        );
    }

    #[test]
    fn the_body_a_post_is_of_is_no_holder_of_it() {
        for text in [
            "A drone strike in Baghdad killed a commander of Iraq's Saraya Khorasan Karbala, the group said.",
            "Sheikh Abbas al-Tamimi, the secretary-general of Harakat al-Rafidain, warned US forces.",
            "Abbas al-Tamimi, secretary-general of the Kataib Ahl al-Rafidain group, warned US forces.",
        ] {
            assert!(
                names(&officials(text))
                    .iter()
                    .all(|n| !n.contains("Raf") && !n.contains("Saraya")),
                "{text}: {:?}",
                names(&officials(text))
            );
        }
        // The post's head, then the name: the holder.
        assert_eq!(
            names(&officials(
                "Iraq's Defence Minister Abbas al-Tamimi visited the base."
            )),
            ["Abbas al-Tamimi"]
        );
    }

    #[test]
    fn a_companys_chairman_holds_no_post() {
        assert!(
            officials(
                "Kerem Yalcinkaya, chairman of drone maker Kartal Savunma, showed reporters the jet."
            )
            .is_empty()
        );
        assert_eq!(
            names(&officials(
                "Kerem Yalcinkaya, chairman of the parliamentary defence committee, visited the plant."
            )),
            ["Kerem Yalcinkaya"]
        );
        assert_eq!(
            names(&officials(
                "Capt. Kerem Yalcinkaya, commander of the tank company, said the crews were ready."
            )),
            ["Kerem Yalcinkaya"]
        );
    }

    #[test]
    fn the_bare_mp_before_a_name_is_no_member_of_parliament() {
        assert!(
            officials(
                "Military police (MP) patrols were doubled. The MP Dario Venzori song topped the charts."
            )
            .is_empty()
        );
        assert_eq!(
            names(&officials("Labour MP Diane Colbury asked a question.")),
            ["Diane Colbury"]
        );
    }

    #[test]
    fn ministries_are_not_officials() {
        let o = officials(
            "The Ministry of Defense of Kyrgyzstan and the Interior Ministry said the border was calm.",
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn quotation_in_next_sentence_is_attributed_with_date_and_place() {
        let o = officials(
            "General Aziz Karimov, Uzbekistan’s chief of the general staff, explained in Tashkent on June 2 that ties were good. “Our cooperation has never been closer.” Karimov then left.",
        );
        assert_eq!(o.len(), 1);
        assert_eq!(
            attr(&o[0], AttrKey::Quote),
            ["Our cooperation has never been closer."]
        );
        assert_eq!(attr(&o[0], AttrKey::Date), ["June 2"]);
        assert_eq!(attr(&o[0], AttrKey::Place), ["Tashkent"]);
        assert_eq!(attr(&o[0], AttrKey::Country), ["Uzbekistan"]);
    }

    #[test]
    fn a_post_word_before_a_post_head_is_no_name() {
        let o = officials(
            "Deputy Prime Minister and Defence Minister Anna Kowal opened the exercise in Gdansk.",
        );
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Anna Kowal"]);
    }

    #[test]
    fn quoted_names_are_not_speech() {
        let o = officials(
            "President Nurlan Abenov said in Almaty on May 4 that the “Steppe Shield-2024” exercise would begin. Colonel General Ruslan Temirov, commander of Regional Command “South”, inspected the “Karatau Eagle” drills and said the troops were “ready for any task.”",
        );
        let quotes = |name: &str| {
            let f = o.iter().find(|f| f.name == name).expect(name);
            attr(f, AttrKey::Quote).join("|")
        };
        assert_eq!(quotes("Nurlan Abenov"), "");
        assert_eq!(quotes("Ruslan Temirov"), "ready for any task.");
    }

    #[test]
    fn a_statement_is_dated_and_placed_by_its_own_clause() {
        let o = officials(
            "President Nurlan Abenov noted that the unrest in January 2022 had shown the value of rapid deployment. “The army must be ready to act at once,” the president said. Foreign Ministry spokeswoman Irina Volkova said that the drills were “unfriendly,” while the command of the base in Kapchagay announced its own exercises.",
        );
        let abenov = o.iter().find(|f| f.name == "Nurlan Abenov").unwrap();
        assert_eq!(
            attr(abenov, AttrKey::Quote),
            ["The army must be ready to act at once,"]
        );
        assert!(attr(abenov, AttrKey::Date).is_empty(), "{abenov:?}");
        let volkova = o.iter().find(|f| f.name == "Irina Volkova").unwrap();
        assert_eq!(attr(volkova, AttrKey::Quote), ["unfriendly,"]);
        assert!(attr(volkova, AttrKey::Place).is_empty(), "{volkova:?}");
    }

    #[test]
    fn an_opening_clause_dates_and_places_the_statement() {
        let o = officials(
            "Speaking to officers in Osh on May 9, President Nurlan Abenov called the base “a guarantee of stability in the region.”",
        );
        assert_eq!(o.len(), 1);
        assert_eq!(attr(&o[0], AttrKey::Date), ["May 9"]);
        assert_eq!(attr(&o[0], AttrKey::Place), ["Osh"]);
    }

    #[test]
    fn the_speaker_is_not_the_person_spoken_of() {
        let o = officials(
            "Irina Volkova, spokeswoman for the Foreign Ministry, said on Tuesday that Defense Minister Pavel Orlov had “repeatedly provoked” the neighbors. Defense Minister Oleg Ivanov said in Minsk that the drills were over, and President Ivan Sokolov said that the situation “remains difficult.”",
        );
        let quotes = |name: &str| {
            let f = o.iter().find(|f| f.name == name).expect(name);
            attr(f, AttrKey::Quote).join("|")
        };
        assert_eq!(quotes("Irina Volkova"), "repeatedly provoked");
        assert_eq!(quotes("Pavel Orlov"), "");
        assert_eq!(quotes("Ivan Sokolov"), "remains difficult.");
        assert_eq!(quotes("Oleg Ivanov"), "");
    }

    #[test]
    fn a_hard_wrapped_quotation_is_one_line() {
        let o = officials(
            "Defense Minister Ivan Petrov said the drills tested the “current\noperational situation” of the troops.",
        );
        assert_eq!(o.len(), 1);
        assert_eq!(
            attr(&o[0], AttrKey::Quote),
            ["current operational situation"]
        );
    }

    #[test]
    fn a_post_of_a_country_s_council_reaches_back_past_the_possessive() {
        let o = officials(
            "In Kyiv, the secretary of Ukraine’s National Security and Defense Council, Dmytro Koval, called the drills a threat. In Riga, the Latvian’s Olga Berzina, said nothing.",
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].name, "Dmytro Koval");
        assert_eq!(attr(&o[0], AttrKey::Country), ["Ukraine"]);
    }

    #[test]
    fn a_ship_named_after_an_officer_is_no_official() {
        let o = officials(
            "The frigate Admiral Petrovsky fired a missile, and Admiral Ivan Sokolov watched from the destroyer Marshal Orlov.",
        );
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Ivan Sokolov"], "{o:?}");
    }

    #[test]
    fn a_chinese_family_name_alone_is_the_official() {
        let o = officials(
            "Chinese Defense Minister Wei Fenghe arrived in Astana. Wei praised the drills, and Wei Dong, a reporter, asked questions.",
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].name, "Wei Fenghe");
        assert_eq!(o[0].mentions.len(), 2, "{o:?}");
    }

    #[test]
    fn family_name_first_is_the_short_form() {
        let text = "Senior Colonel Shi Yi, spokesperson for the Eastern Theater Command, said the drills ended. Shi said the navy took part. President Lai Ching-te flew to Tainan, and Lai met the troops.";
        let o = officials(text);
        assert_eq!(o.len(), 2, "{o:?}");
        assert_eq!(o[0].name, "Shi Yi");
        assert_eq!(attr(&o[0], AttrKey::Rank), ["Senior Colonel"]);
        assert_eq!(o[0].mentions.len(), 2, "{o:?}");
        assert_eq!(o[1].name, "Lai Ching-te");
        assert_eq!(&text[o[1].mentions[1].clone()], "Lai");
    }

    #[test]
    fn a_leader_owned_by_a_country_or_region_holds_a_post() {
        let o = officials(
            "Beijing said the island region's leader Lai Ching-te had provoked it, and Lai did not answer.",
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].mentions.len(), 2, "{o:?}");
        assert_eq!(attr(&o[0], AttrKey::Post), ["leader"]);
        let o = officials(
            "The rally was led by opposition leader Ivan Petrov and team leader Oleg Ivanov.",
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn business_roles_are_not_posts() {
        let o = officials(
            "Militia financier Sergei Morozov claimed that his fighters had advanced. Company founder Ivan Orlov said the deal was off.",
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn listeners_are_not_the_speakers_role() {
        let o =
            officials("Alexander Kovalenko told journalists in Minsk that the drills would go on.");
        assert_eq!(o.len(), 1, "{o:?}");
        let o = officials(
            "Alexander Kovalenko, a journalist, said in Minsk that the drills would go on.",
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_surname_under_another_given_name_is_another_person() {
        let text = "Defence Minister Arjun Mehta visited Leh. Mehta praised the troops, and Vikram Mehta, a reporter, asked about the border.\n\n(With inputs from Karan Mehta)";
        let o = officials(text);
        assert_eq!(o.len(), 1, "{o:?}");
        let surfaces: Vec<&str> = o[0].mentions.iter().map(|m| &text[m.clone()]).collect();
        assert_eq!(surfaces, ["Arjun Mehta", "Mehta"]);
    }

    #[test]
    fn credit_lines_name_authors() {
        let text = "General Ivan Sokolov inspected the brigade.\n\nBy Anna Sokolov\n\nSokolov said the brigade was ready. Pavel Sokolov contributed to this report.";
        let o = officials(text);
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].mentions.len(), 2, "{o:?}");
    }

    #[test]
    fn names_with_particles() {
        let text = "Commission President Ursula von der Leyen spoke in Brussels. Von der Leyen then met Dutch Defense Minister Kajsa van Ollongren. Saudi Defense Minister Khalid bin Salman arrived, and bin Salman met her. Iraqi Defense Minister Thabit al-Abbasi agreed; al-Abbasi said so.";
        let o = officials(text);
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Ursula von der Leyen",
                "Kajsa van Ollongren",
                "Khalid bin Salman",
                "Thabit al-Abbasi"
            ]
        );
        let surfaces = |f: &Found| -> Vec<String> {
            f.mentions
                .iter()
                .map(|m| text[m.clone()].to_string())
                .collect()
        };
        assert_eq!(surfaces(&o[0]), ["Ursula von der Leyen", "Von der Leyen"]);
        assert_eq!(surfaces(&o[2]), ["Khalid bin Salman", "bin Salman"]);
        assert_eq!(surfaces(&o[3]), ["Thabit al-Abbasi", "al-Abbasi"]);
        // A particle with no name after it ends the name.
        let o = officials("Defense Minister Ivan Petrov de facto ran the army.");
        assert_eq!(o[0].name, "Ivan Petrov");
    }

    #[test]
    fn middle_initials_and_generational_suffixes_stay_in_the_name() {
        let text = "US Defense Secretary Robert K. Hale III met Gen. Thomas B. Grant Jr., the chairman, in Doha. Hale said the talks went well, and Grant agreed.";
        let o = officials(text);
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Robert K. Hale III", "Thomas B. Grant Jr."]);
        let surfaces: Vec<&str> = o[1].mentions.iter().map(|m| &text[m.clone()]).collect();
        assert_eq!(surfaces, ["Thomas B. Grant Jr.", "Grant"]);
        assert_eq!(o[0].mentions.len(), 2);
        // A Roman numeral before a unit head is a formation, not a suffix.
        let o = officials("Lt. Gen. Mark Hale II Corps commander spoke.");
        assert_eq!(o[0].name, "Mark Hale");
    }

    #[test]
    fn initials_after_a_rank_are_a_person() {
        let o = officials("The minister hosted Gen. DJ Harmon and Adm. NATO officials in Tokyo.");
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["DJ Harmon"]);
        assert!(officials("The CQ Brown report was published.").is_empty());
    }

    #[test]
    fn hyphenated_post_words_are_no_names() {
        let o = officials(
            "Lt Gen Arun Mehta, General Officer Commanding-in-Chief of Eastern Command, spoke.",
        );
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Arun Mehta"]);
    }

    #[test]
    fn a_name_running_into_a_unit_is_part_of_it() {
        let o =
            officials("Ships berthed at King Abdulaziz Naval Base in Jubail. King Salman spoke.");
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Salman"]);
    }

    #[test]
    fn a_bare_leader_and_an_official_s_relative() {
        let o = officials(
            "Park Mi-ran, the influential sister of leader Park Sung-ho, denounced the drills. Opposition leader Jang Min-su disagreed, as did team leader Ryu Sang-won.",
        );
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Park Mi-ran", "Park Sung-ho"]);
        assert_eq!(attr(&o[1], AttrKey::Post), ["leader"]);
        // A relative of someone with no post is no official.
        assert!(
            officials("Lee Ha-na, the younger sister of singer Lee Jun-ho, said so.").is_empty()
        );
    }

    #[test]
    fn a_quoted_name_is_no_quotation() {
        let o = officials(
            "Defense Minister Ivan Petrov watched the exercise \"Steppe Shield-2023\" and said the troops were \"ready for anything.\"",
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(attr(&o[0], AttrKey::Quote), ["ready for anything."]);
    }

    #[test]
    fn another_spelling_of_the_given_name_is_the_same_person() {
        let text = "President Islom Karimov arrived. Later Islam Karimov left.";
        let o = officials(text);
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(&text[o[0].mentions[1].clone()], "Islam Karimov");
    }

    #[test]
    fn capitalized_particles_and_a_given_name_spelled_like_a_rank() {
        let text = "Navy chief Admiral Luis Felipe De La Vega spoke. De La Vega said the fleet was ready. Defense Minister Gen Tanabe arrived; Tanabe smiled.";
        let o = officials(text);
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Luis Felipe De La Vega", "Gen Tanabe"]);
        let surfaces: Vec<&str> = o[0].mentions.iter().map(|m| &text[m.clone()]).collect();
        assert_eq!(surfaces, ["Luis Felipe De La Vega", "De La Vega"]);
        assert!(attr(&o[1], AttrKey::Rank).is_empty());
        assert_eq!(attr(&o[1], AttrKey::Post), ["Defense Minister"]);
        // With its period, or after no post, the abbreviation is a rank.
        let o = officials("Army chief Gen. Tanabe and Lt Gen Ota met.");
        assert_eq!(attr(&o[0], AttrKey::Rank), ["General"]);
    }

    #[test]
    fn a_country_name_after_a_post_may_be_a_given_name() {
        let o = officials(
            "Finance Minister Georgia Mendel later said Georgia would pay. Mendel’s office agreed.",
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].name, "Georgia Mendel");
        assert_eq!(o[0].mentions.len(), 2);
        // A country after a post and before a word that is no name stays a country.
        assert!(officials("The Defense Minister Georgia named was absent.").is_empty());
    }

    #[test]
    fn a_post_title_is_no_name() {
        let o = officials(
            "He met the General Officer Commanding 3 Division, Brig. Gen. Musa Bello, in Jos.",
        );
        assert_eq!(
            o.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
            ["Musa Bello"]
        );
    }

    #[test]
    fn officials_by_appointment_oath_succession_and_abbreviated_office() {
        let names =
            |text: &str| -> Vec<String> { officials(text).into_iter().map(|f| f.name).collect() };
        assert_eq!(
            names(
                "Vladimir Pavlov replaced Sergei Orlov, minister since 2012, with the economist Ivan \
                 Petrov. Orlov moved on."
            ),
            ["Vladimir Pavlov", "Sergei Orlov", "Ivan Petrov"]
        );
        let o = officials(
            "Drills began days after William Lin Chia-ming was sworn in as the island’s leader. Lin’s predecessor Tsai Ing-wen had warned of this; Lin said so.",
        );
        let names_o: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names_o, ["William Lin Chia-ming", "Tsai Ing-wen"]);
        assert_eq!(o[0].mentions.len(), 3, "{o:?}");
        assert_eq!(
            names(
                "Okinawa Gov. Denny Tamura said no. Defense Minister nominee Park Sang-woo agreed. State media said leader Kim Jong-un watched."
            ),
            ["Denny Tamura", "Park Sang-woo", "Kim Jong-un"]
        );
        assert_eq!(
            attr(
                &officials("Okinawa Gov. Denny Tamura said no.")[0],
                AttrKey::Post
            ),
            ["Governor"]
        );
    }

    #[test]
    fn ships_places_and_particles_are_no_people() {
        let text = "The ship USNS Sgt. Ivan Horak docked. Across the Gulf, Iran’s army chief Maj. Gen. Ali Rezaei spoke. Lt. Gen. Rashed Mohammed Al Nuaimi met him at Al Minhad Air Base.";
        let o = officials(text);
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Ali Rezaei", "Rashed Mohammed Al Nuaimi"]);
        let o = officials("Uzbek Defense Minister Bakhodir Kurbonov (Baxodir\nQurbonov) spoke.");
        assert_eq!(o[0].mentions.len(), 2, "{o:?}");
    }

    #[test]
    fn long_names_with_particles_are_whole_and_never_end_on_one() {
        let text = "Maj. Gen. Yousef Ahmed Al Harbi, commander of the air force, met Air Marshal Tariq Javed Iqbal Malik at Al Udeid Air Base. Al Harbi said the drills went well.";
        let o = officials(text);
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Yousef Ahmed Al Harbi", "Tariq Javed Iqbal Malik"]);
        let surfaces: Vec<&str> = o[0].mentions.iter().map(|m| &text[m.clone()]).collect();
        // The particle before the surname comes with it, never alone ("Al Udeid" is a base).
        assert_eq!(surfaces, ["Yousef Ahmed Al Harbi", "Al Harbi"]);
        let o = officials("Defense Minister Saud bin Nasser Al Thani spoke.");
        assert_eq!(o[0].name, "Saud bin Nasser Al Thani");
        // A particle with no name after it ends the name before it.
        let o = officials("Brig. Gen. Faisal Omar Al, the spokesman, denied it.");
        assert_eq!(o[0].name, "Faisal Omar");
    }

    #[test]
    fn honorifics_open_a_name_without_counting_among_its_words() {
        let o = officials(
            "He met President His Highness Sheikh Khalifa bin Hamad Al Kuwari in Doha on Monday.",
        );
        assert_eq!(
            o.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
            ["Khalifa bin Hamad Al Kuwari"]
        );
        // A possessive that is no style stays out of the name.
        let o = officials("Army chief Gen. Tahir Raza Shah, his deputy, spoke.");
        assert_eq!(o[0].name, "Tahir Raza Shah");
    }

    #[test]
    fn a_rank_of_several_words_opens_with_a_starter_in_any_case() {
        for w in ["Air", "VICE", "Deputy", "field", "Junior"] {
            assert!(super::rank_starter(w), "{w}");
        }
        for w in ["Airs", "Vic", "Deputies", "Fields", "", "Ministry"] {
            assert!(!super::rank_starter(w), "{w}");
        }
        assert_eq!(
            names_in("Vice Admiral Tarvin Osmolek inspected the frigate."),
            ["Tarvin Osmolek"]
        );
    }

    #[test]
    fn honorifics_of_every_length_stay_out_of_the_name() {
        for h in [
            "U",
            "Daw",
            "Haji",
            "Sayed",
            "Mullah",
            "Maulana",
            "Thipadei",
            "Professor",
        ] {
            let text = format!("Defence Minister {h} Tarvin Osmolek said the drill went well.");
            assert_eq!(names_in(&text), ["Tarvin Osmolek"], "{h}");
        }
        // A capitalized word of an honorific's length, or opening with H, that is none is the name's.
        for given in ["Dav", "Hajo", "Mullan", "Hadrin"] {
            let text = format!("Defence Minister {given} Osmolek said the drill went well.");
            assert_eq!(names_in(&text), [format!("{given} Osmolek")], "{given}");
        }
    }

    #[test]
    fn the_persian_commanders_sardar_is_a_title_not_a_name_word() {
        let o = officials(
            "Sardar Behrouz Tavakkoli, commander of the IRGC Ground Force, visited the border. \
             Tavakkoli said the drills would go on.",
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].name, "Behrouz Tavakkoli");
        // No name after it: the word alone is no official.
        assert!(officials("The Sardar Bridge was closed to traffic on Monday.").is_empty());
    }

    #[test]
    fn a_person_shaped_name_before_a_facility_noun_is_no_official() {
        let names = |text: &str| -> Vec<String> {
            testing::found(text, Kind::Official)
                .into_iter()
                .map(|f| f.name)
                .collect()
        };
        assert!(names("Maj. Gen. Aram Petrosyan was appointed head of the Tigran Hovsepyan Military University.")
            .iter()
            .all(|n| n != "Tigran Hovsepyan"));
        assert!(
            names("The team won the final at the Tigran Hovsepyan Republican Stadium in November.")
                .is_empty()
        );
        assert!(names("The next phase will be held at the General Jonas Petraitis training area near Vilnius.").is_empty());
        // A lower-case word that is no facility noun ends the search: the person stays.
        assert_eq!(
            names("Defence Minister Jonas Petraitis said the academy would open."),
            ["Jonas Petraitis"]
        );
    }

    #[test]
    fn a_given_name_and_surname_in_parentheses_is_the_name_an_official_is_known_by() {
        let o = testing::found(
            "Lt. Gen. Karim Mahmoud Saleh (Karim Barzinki) leads the force. Barzinki said the brigades would merge.",
            Kind::Official,
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].aliases, ["Karim Barzinki"]);
        assert_eq!(o[0].mentions.len(), 3, "{o:?}");
        // Another given name inside is another person, or something else.
        let o = testing::found(
            "Lt. Gen. Karim Mahmoud Saleh (Omar Barzinki) leads the force.",
            Kind::Official,
        );
        assert!(o.iter().all(|f| f.aliases.is_empty()), "{o:?}");
    }

    #[test]
    fn a_person_named_acting_as_the_state_is_an_official_without_a_title() {
        let names =
            |text: &str| -> Vec<String> { officials(text).into_iter().map(|f| f.name).collect() };
        let text = "Defense Minister Viktar Marozau said the check had been ordered by Uladzimir Haretski personally. Haretski has ordered such checks since 2021.";
        let o = officials(text);
        let surfaces: Vec<&str> = o[1].mentions.iter().map(|m| &text[m.clone()]).collect();
        assert_eq!(surfaces, ["Uladzimir Haretski", "Haretski"], "{o:?}");
        assert_eq!(
            names("Oleksandr Hrytsenko has signed a decree on the call-up."),
            ["Oleksandr Hrytsenko"]
        );
        assert_eq!(
            names("In Ashgabat, Kerim Valiyev met Serdar Amanov on Monday."),
            ["Kerim Valiyev", "Serdar Amanov"]
        );
        assert_eq!(
            names("Western officials expect Alexander Marenko to use the exercise to test NATO."),
            ["Alexander Marenko"]
        );
        assert_eq!(
            names("The treaty was signed by Sadyr Osmonov and Rustam Sharipov in March."),
            ["Sadyr Osmonov", "Rustam Sharipov"]
        );
        assert_eq!(
            names("Earlier, Sadyr Osmonov and Kasym-Zhomart Abenov discussed the border."),
            ["Sadyr Osmonov", "Kasym-Zhomart Abenov"]
        );
        assert_eq!(
            names(
                "Joseph Haddad, who commanded the army until 2024, spoke. William Otieno last month signed an order."
            ),
            ["Joseph Haddad", "William Otieno"]
        );
    }

    #[test]
    fn a_relative_clause_may_give_the_post() {
        let o = officials(
            "Bakyt Osmonov, who as chairman of the State Committee for National Security ran the talks, left.",
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].name, "Bakyt Osmonov");
        assert_eq!(
            attr(&o[0], AttrKey::Post),
            ["chairman of the State Committee for National Security"]
        );
        let o = officials("Ivan Petrov, who is the deputy defence minister, spoke.");
        assert_eq!(o.len(), 1, "{o:?}");
        for text in [
            "Maria Lopez, who as a reporter covered the war, wrote the book.",
            "Ivan Petrov, who is an analyst at the Carnegie Center, said it was routine.",
            "Anna Sokolova, who was his wife, spoke.",
        ] {
            assert!(officials(text).is_empty(), "{text}: {:?}", officials(text));
        }
    }

    #[test]
    fn guests_partners_and_agents_of_state_acts_are_officials() {
        for (text, want) in [
            (
                "Vladimir Sorokin and Alexander Dubrov watched the final phase of the drills.",
                &["Vladimir Sorokin", "Alexander Dubrov"][..],
            ),
            (
                "The exercise, which Ivan Petrov and Pavel Orlov observed in May, ended on time.",
                &["Ivan Petrov", "Pavel Orlov"],
            ),
            (
                "The treaty, signed in Astana by Sadyr Osmonov and Emomali Rustamov, closed the dispute.",
                &["Sadyr Osmonov", "Emomali Rustamov"],
            ),
            (
                "He said he had discussed the results by phone with Abdel-Karim Hassouni.",
                &["Abdel-Karim Hassouni"],
            ),
            (
                "Egypt backs the army led by Abdel-Karim Al-Hassouni, the presidency said.",
                &["Abdel-Karim Al-Hassouni"],
            ),
            (
                "The plan followed the meeting of Shavkat Rasulov and Emomali Rustamov in Dushanbe.",
                &["Shavkat Rasulov", "Emomali Rustamov"],
            ),
            (
                "The orders came from Kandahar, where the movement's supreme leader Abdul Karim Haqqani lives.",
                &["Abdul Karim Haqqani"],
            ),
        ] {
            assert_eq!(names_in(text), want, "{text}");
        }
        for text in [
            "Ivan Petrov observed that the drills were routine.",
            "After the parade, Ivan Petrov watched the football.",
            "Ivan Petrov watched the launch of his book.",
            "Police broke up a meeting of Ivan Petrov supporters.",
            "Maria Lopez watched as the tanks rolled past.",
            "Ivan Petrov watched, then left.",
            "The novel was written in Moscow by Ivan Petrov.",
            "Ivan Petrov and Emomali Rustamov wrote the report.",
            "She spoke by phone with Anna Sokolova, an analyst at the Carnegie Center.",
            "The meeting of the Ivan Petrov Foundation and Emomali Rustamov Street residents ended.",
            "Ivan Petrov and Pavel Orlov watched the match from the stands.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn authors_analysts_and_places_named_after_people_act_for_no_state() {
        for text in [
            "The plan was outlined in a book written by Ivan Sorokin in 2019.",
            "Military analyst Marat Abenov met reporters on Monday.",
            "Independent analysts expect Pavel Sorokin to publish the figures.",
            "The crowd met at Stepan Sorokin Avenue and the Ivan Sorokin Stadium hosted the parade.",
            "By Ivan Sorokin. Edited by Anna Lebedeva.",
            "Michael Dorn wants to visit the base.",
        ] {
            let o = officials(text);
            assert!(o.is_empty(), "{text}: {o:?}");
        }
    }

    #[test]
    fn an_ayn_written_as_an_apostrophe_stays_in_the_name() {
        let text = "Bagheri praised Iraqi Prime Minister Mohammad Shia’ al-Sudani for his help.";
        let o = officials(text);
        assert_eq!(o[0].name, "Mohammad Shia' al-Sudani", "{o:?}");
        assert_eq!(&text[o[0].mentions[0].clone()], "Mohammad Shia’ al-Sudani");
    }

    /// Names of the officials found in `text`.
    fn names_in(text: &str) -> Vec<String> {
        officials(text).into_iter().map(|f| f.name).collect()
    }

    #[test]
    fn a_qualifier_in_parentheses_after_a_rank_is_skipped() {
        assert_eq!(
            names_in(
                "Chief of Staff of the Kuwait Army Lt. Gen. (Pilot) Bandar bin Fahad Al Mutairi watched."
            ),
            ["Bandar bin Fahad Al Mutairi"]
        );
        assert_eq!(
            names_in("Former army chief Lt Gen (retd) Karim Uddin Ahmed said the plan was sound."),
            ["Karim Uddin Ahmed"]
        );
        assert_eq!(
            names_in("Navy chief Rear Adm. (Sea) Omar Farid Bashir met reporters."),
            ["Omar Farid Bashir"]
        );
        // A number or a long phrase in parentheses is no qualifier.
        assert!(names_in("The brigade's Col. (2019-2021) Ivan Petrov left.").is_empty());
    }

    #[test]
    fn honorific_chains_and_styles_open_a_name_and_make_an_official() {
        assert_eq!(
            names_in(
                "Days earlier HH the Amir Sheikh Mishal bin Nawaf Al Ahmad received the delegation."
            ),
            ["Mishal bin Nawaf Al Ahmad"]
        );
        assert_eq!(
            names_in(
                "Minister of State for Defence H E Sheikh Nasser bin Ali bin Khalid Al Sabah attended."
            ),
            ["Nasser bin Ali bin Khalid Al Sabah"]
        );
        assert_eq!(
            names_in("The talks were chaired by H.E. Ahmed Salem Al Marri on Monday."),
            ["Ahmed Salem Al Marri"]
        );
        assert_eq!(
            names_in(
                "Samdech Moha Borvor Thipadei Ouk Rithy, Prime Minister, said the drill went well."
            ),
            ["Ouk Rithy"]
        );
        // "Sheikh" alone is no style of office: a cleric or elder is no official.
        assert!(names_in("The preacher Sheikh Omar Hassan Dahir led the prayers.").is_empty());
        // A given name "Amir" is no title.
        assert!(names_in("The analyst Amir Karimi wrote the report.").is_empty());
    }

    #[test]
    fn a_name_that_heads_a_government_is_an_official() {
        assert_eq!(
            names_in("Observers recalled that Mark Tremblay's government approved the deployment."),
            ["Mark Tremblay"]
        );
        assert_eq!(
            names_in("The envoy met Joana Vieira, whose cabinet approved the deployment."),
            ["Joana Vieira"]
        );
        // Another possession, or a government that is no one's, says nothing.
        assert!(names_in("Critics praised Mark Tremblay's book on the war.").is_empty());
        assert!(names_in("The Peter Kowalski Government Building was closed.").is_empty());
    }

    #[test]
    fn a_place_before_a_comma_is_no_official_in_apposition() {
        assert_eq!(
            names_in("In Phnom Penh, Defence Minister Gen Tea Seyha said the drill was over."),
            ["Tea Seyha"]
        );
        assert!(
            names_in("Artillery shelled positions opposite Abu Kamal, a commander of the council told reporters.")
                .is_empty()
        );
        // A person in apposition stays one.
        assert_eq!(
            names_in("The envoy met Ivan Petrov, the defence minister, on Monday."),
            ["Ivan Petrov"]
        );
        // "Gen" after a civilian post before a single word is a given name; before two words, a rank.
        assert_eq!(
            names_in("Defense Minister Gen Nakatani said Japan would send ships."),
            ["Gen Nakatani"]
        );
        assert_eq!(
            names_in("Defence Minister Gen Peter Mwangi said Kenya would send troops."),
            ["Peter Mwangi"]
        );
    }

    #[test]
    fn an_arabic_name_runs_through_its_capitalized_articles() {
        assert_eq!(
            names_in(
                "His Highness the Amir Sheikh Faisal Al-Hamad Al-Nasser Al-Rashid received the minister."
            ),
            ["Faisal Al-Hamad Al-Nasser Al-Rashid"]
        );
        assert_eq!(
            names_in("Defence Minister Sheikh Nasser Ali Al-Hamad Al-Sabah attended."),
            ["Nasser Ali Al-Hamad Al-Sabah"]
        );
    }

    #[test]
    fn a_retired_officer_speaking_as_an_analyst_is_no_official() {
        assert!(
            names_in(
                "Defence analyst Air Vice Marshal (retd) Imran Qureshi said the drill went well."
            )
            .is_empty()
        );
        assert_eq!(
            names_in("Former air chief Air Marshal (retd) Imran Qureshi said the drill went well."),
            ["Imran Qureshi"]
        );
    }

    #[test]
    fn a_name_before_a_centre_or_complex_is_a_venue() {
        assert!(
            names_in(
                "The closing was held at the King Faisal Bin Turki Convention Centre in Amman."
            )
            .is_empty()
        );
        assert!(names_in("Troops gathered at the Ivan Konev Complex on Monday.").is_empty());
    }

    #[test]
    fn names_listed_under_a_plural_post_are_officials() {
        assert_eq!(
            names_in(
                "The presidents of Kenya, Uganda and Tanzania – Daniel Otieno, Joseph Kato and Hamisi Mrisho – signed the accord."
            ),
            ["Daniel Otieno", "Joseph Kato", "Hamisi Mrisho"]
        );
        assert_eq!(
            names_in(
                "The defence ministers of Chad and Niger, Idriss Mahamat Saleh and Moussa Garba, met in Niamey."
            ),
            ["Idriss Mahamat Saleh", "Moussa Garba"]
        );
        // Names after a plural noun that is no post are not officials.
        assert!(
            names_in("The fans of Kenya and Uganda, Daniel Otieno and Joseph Kato, cheered.")
                .is_empty()
        );
    }

    #[test]
    fn a_given_name_after_a_countrys_possessive_is_an_official() {
        assert_eq!(
            names_in("Ministers met in Minsk: Belarus’s Viktor Antonenko spoke first."),
            ["Viktor Antonenko"]
        );
        assert_eq!(
            names_in("Kazakhstan's Nurlan-Bek Seitkali, by contrast, said the bloc was useful."),
            ["Nurlan-Bek Seitkali"]
        );
        // A place or a unit after a country's possessive is no person.
        assert!(names_in("Iran's Bandar Abbas port was busy.").is_empty());
        assert!(names_in("Kenya’s US-trained Simba Brigade recaptured the town.").is_empty());
    }

    #[test]
    fn an_acronym_may_end_the_post_before_a_name() {
        assert_eq!(
            names_in(
                "The commander of the Lakeland Defence Force (LDF), Marek Danilov, said the drill would start."
            ),
            ["Marek Danilov"]
        );
    }

    #[test]
    fn words_before_forces_name_a_service() {
        assert_eq!(
            names_in(
                "The commander of the Unmanned Systems Forces, Maj Gen Robert Brovdi, said his units were ready."
            ),
            ["Robert Brovdi"]
        );
    }

    #[test]
    fn religious_styles_open_a_name() {
        assert_eq!(
            names_in(
                "The leader of the movement, Defence Minister Mullah Abdul Karim Haqqani, spoke."
            ),
            ["Abdul Karim Haqqani"]
        );
    }

    #[test]
    fn names_of_places_formations_and_drills_are_no_officials() {
        assert!(
            names_in("The final is scheduled at Prince Moulay Hassan Stadium in Rabat.").is_empty()
        );
        assert!(
            names_in("He crossed to Bahrain via the King Salman Causeway for talks.").is_empty()
        );
        assert!(
            names_in("Units deployed east of the Volta Canal, the army spokesman said on Monday.")
                .is_empty()
        );
        assert_eq!(
            names_in(
                "The commander of the Third Field Army, Major General Omar Nabil Saad, attended."
            ),
            ["Omar Nabil Saad"]
        );
        assert!(names_in("Troops of Desert Falcon 2025 and the navy trained together.").is_empty());
    }

    #[test]
    fn korean_family_names_that_are_english_words_open_a_name() {
        assert_eq!(
            names_in("Defense Minister No Chol-min observed the test."),
            ["No Chol-min"]
        );
        assert_eq!(
            names_in("He met his South Korean counterpart, An Sung-ho, in Seoul."),
            ["An Sung-ho"]
        );
        // An article before a hyphenated word is no name.
        assert!(
            names_in("Defense Minister Ivan Petrov called it An all-out drill.")
                .iter()
                .all(|n| n == "Ivan Petrov")
        );
        assert!(
            names_in("Defense Minister Ivan Petrov said An Iran-led coalition would form.")
                .iter()
                .all(|n| n == "Ivan Petrov")
        );
    }

    #[test]
    fn a_leader_under_whom_a_state_acts_holds_the_post() {
        let o = officials(
            "The North continues to develop its missile programs under leader Pak Chol Un. It grew under Secretary Ivan Petrov.",
        );
        assert_eq!(names(&o), ["Pak Chol Un", "Ivan Petrov"], "{o:?}");
        assert_eq!(attr(&o[0], AttrKey::Post), ["leader"]);
        // "Supreme Leader" before a name is a post, not the name's first words.
        assert_eq!(
            names_in("Iran’s Supreme Leader Hossein Tavari said the country would respond."),
            ["Hossein Tavari"]
        );
        // The team's leader is no state's.
        assert!(names_in("The club thrived under coach Ivan Petrov.").is_empty());
        assert_eq!(
            names_in("The drills came after Tseng Kuo-hua, leader of the Taiwan region, spoke."),
            ["Tseng Kuo-hua"]
        );
        assert!(names_in("Ivan Petrov, leader of the band, spoke.").is_empty());
    }

    #[test]
    fn initials_written_together_open_a_name() {
        let o = officials(
            "Air Marshal R.K. Sethna, Director General Air Operations, said the strikes were precise. Vice-Admiral P.N. Raman said the fleet was deployed.",
        );
        assert_eq!(names(&o), ["R.K. Sethna", "P.N. Raman"], "{o:?}");
        // A country's initials are no one's.
        assert!(names_in("The U.S. Navy said the strikes were precise.").is_empty());
    }

    #[test]
    fn a_relative_of_a_states_leader_is_an_official_herself() {
        assert_eq!(
            names_in(
                "Ri Sol-hwa, the powerful sister of the North Korean leader, warned that Pyongyang would respond."
            ),
            ["Ri Sol-hwa"]
        );
        assert_eq!(
            names_in(
                "Ri Sol Hwa, a senior official of the ruling party and the sister of Pak Chol Un, said the launch was legitimate."
            ),
            ["Ri Sol Hwa"]
        );
        // A relative of someone with no post, or of a private person, is no official.
        assert!(
            names_in("Lee Ha-na, the younger sister of the famous singer, said so.").is_empty()
        );
        assert!(
            names_in("Lee Ha-na, a local teacher and the sister of Lee Jun-ho, said so.")
                .is_empty()
        );
        // The kin of the president's driver: the post does not end the phrase.
        assert!(
            names_in("Yoon Ga-eun, the wife of the South Korean president's driver, spoke.")
                .is_empty()
        );
    }

    #[test]
    fn a_country_s_envoy_at_talks_is_named_by_the_country_alone() {
        assert_eq!(
            names_in(
                "Wang also held talks with the Korean minister and with Japan’s Kenji Morita on the hotline."
            ),
            ["Kenji Morita"]
        );
        // No talks, no speech: a country's possessive before two words names nothing.
        assert!(names_in("Japan’s Kenji Morita Prize went to a novelist.").is_empty());
        assert!(names_in("The film is about Japan’s Kenji Morita and his cats.").is_empty());
    }

    #[test]
    fn named_as_a_post_is_an_appointment() {
        assert_eq!(
            names_in("The leader named Reza Tavakoli as navy chief on Friday."),
            ["Reza Tavakoli"]
        );
        assert!(names_in("A boy named Reza Tavakoli as his friend won.").is_empty());
    }

    #[test]
    fn a_name_the_other_side_s_outlets_use_is_the_officials() {
        let o = officials(
            "Defense Minister Andrew Hsiao (蕭文龍), whom PRC outlets call Xiao Wenlong, said the forces were ready.",
        );
        assert_eq!(names(&o), ["Andrew Hsiao"], "{o:?}");
        assert!(o[0].aliases.iter().any(|a| a == "Xiao Wenlong"), "{o:?}");
        let o = officials(
            "Defense Minister Andrew Hsiao, whom nobody would call a hawk, said the forces were ready.",
        );
        assert!(o[0].aliases.is_empty(), "{o:?}");
    }

    #[test]
    fn a_family_name_written_first_alone_is_the_one_official_of_that_family() {
        let o = officials(
            "The drills followed a speech by Tseng Kuo-hua, leader of the Taiwan region. President Tseng, for his part, said Taiwan would stand firm.",
        );
        assert_eq!(names(&o), ["Tseng Kuo-hua"], "{o:?}");
        assert_eq!(o[0].mentions.len(), 2, "{o:?}");
        // Two officials of one family: the lone family name joins neither.
        let o = officials(
            "Defense Minister Kim Yong-su met army chief Gen. Kim Pyong-il. President Kim later spoke.",
        );
        assert_eq!(o.len(), 3, "{o:?}");
    }

    #[test]
    fn a_name_given_in_its_own_characters_too_is_an_officials() {
        assert_eq!(
            names_in(
                "The drill came three days after the inauguration of Tseng Kuo-hua (曾國華) on May 20."
            ),
            ["Tseng Kuo-hua"]
        );
        assert_eq!(
            names_in("Japan’s defense minister Sato Gen (佐藤元) visited Manila in February."),
            ["Sato Gen"]
        );
        let o =
            officials("Hsu Ming-tse (徐明澤), the defense minister, said the forces were ready.");
        assert_eq!(names(&o), ["Hsu Ming-tse"], "{o:?}");
        assert_eq!(attr(&o[0], AttrKey::Post), ["defense minister"]);
        // A scholar described after the characters is no official, even of a defence institute.
        assert!(
            names_in(
                "Chou Li-wen (周立文), director of the Institute for National Defense Research, said so."
            )
            .is_empty()
        );
        assert!(
            names_in(
                "Chou Li-wen (周立文), a research fellow at the Institute for Security Studies, said so."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_title_before_a_competition_s_word_names_no_one() {
        let n = names_in("The striker scored twice in the Premier League on Saturday.");
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(
            names_in("Premier Tanaka opened the session on Saturday."),
            ["Tanaka"]
        );
    }

    #[test]
    fn a_body_s_name_in_its_own_characters_is_no_person_s() {
        // A ministry's characters after a spokesman's name are not his name.
        let o = officials("Spokesman Tang Weiliang (国防部) said the patrol was lawful.");
        assert_eq!(names(&o), ["Tang Weiliang"], "{o:?}");
        assert!(o[0].aliases.is_empty(), "{o:?}");
        // A theater command's characters make no official of the command's words.
        assert!(
            names_in("The Southern Theater Command (南部战区) held drills near the islands.")
                .is_empty()
        );
        assert!(names_in("The Rocket Force (火箭军) staged a launch.").is_empty());
        // A given name of one character that is also "army" is a person's.
        let o = officials("Defense Minister Lu Jun (卢军) met the delegation.");
        assert_eq!(names(&o), ["Lu Jun"], "{o:?}");
        assert_eq!(o[0].aliases, ["卢军"], "{o:?}");
    }

    #[test]
    fn a_retired_officer_described_by_a_past_post_is_no_official() {
        assert!(
            names_in(
                "Lt Gen R.S. Malhotra (retd), a former Northern Army commander, said the strikes were a signal."
            )
            .is_empty()
        );
        // Serving, or retired and holding a post now: an official.
        assert_eq!(
            names_in("Lt Gen Ravi Malhotra, a former Northern Army commander, said so."),
            ["Ravi Malhotra"]
        );
        assert_eq!(
            names_in("Lt Gen Ravi Malhotra (retd), the state's governor, said so."),
            ["Ravi Malhotra"]
        );
    }

    #[test]
    fn one_who_led_a_force_or_a_command_is_an_official() {
        assert_eq!(
            names_in(
                "Rostamali Bahrami, who headed the Nur al-Huda Central Headquarters, the body that oversees wartime operations, was also killed."
            ),
            ["Rostamali Bahrami"]
        );
        assert!(
            names_in(
                "Rostamali Bahrami, who headed the Tehran Boys Choir, the body that sings at weddings, was also killed."
            )
            .is_empty()
        );
    }
}
