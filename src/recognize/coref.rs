//! Coreference inside one article: once an official, unit or exercise has been introduced, its later short
//! mentions belong to it: a bare surname ("Safarov", "Safarov’s"), an initial and surname, the
//! full name again, a unit or exercise name repeated without its introducing context.

use std::ops::Range;

use super::lexicon::FastMap;
use super::lexicon::class::FIRST_NAME;
use super::token::{TokKind, Tokens};
use super::{Ctx, Found, Occupied};
use crate::entity::Kind;

/// Adds the later mentions of every introduced official, unit and exercise, and their mentions in the
/// title.
pub fn resolve(cx: &mut Ctx) {
    repeats(cx);
    command_acronyms(cx);
    nicknames(cx);
    in_title(cx);
}

/// The letters of the words that name a command ("U.S. Arctic Command" → "arctic", "Velm-Tarsk
/// Command" → "velmtarsk"), which its "-COM" acronym shortens ("ARCTICOM"); `None` for other names.
fn command_letters(name: &str) -> Option<String> {
    let name = ["U.S. ", "US ", "United States "]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .unwrap_or(name);
    let own = name.strip_suffix(" Command")?;
    let words: Vec<&str> = own.split(' ').collect();
    let plain = words.len() <= 2
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        });
    plain.then(|| {
        own.chars()
            .filter(char::is_ascii_alphabetic)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    })
}

/// "U.S. Arctic Command ... ARCTICOM said", "Arcticom": a combatant command is called by the first
/// letters of its name and "COM", in capitals or not. The acronym is a mention of the one command of
/// the article whose name it shortens.
fn command_acronyms(cx: &mut Ctx) {
    let commands: Vec<(usize, String)> = cx
        .found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == Kind::Unit)
        .filter_map(|(fi, f)| Some((fi, command_letters(&f.name)?)))
        .collect();
    if commands.is_empty() {
        return;
    }
    let t = &cx.t;
    let occupied = Occupied::of(&cx.found, &[Kind::Unit]);
    let mut adds: Vec<(usize, usize)> = Vec::new();
    for (i, tok) in t.toks.iter().enumerate() {
        let w = t.str(i);
        if !(tok.is_word() && tok.cap && w.len() >= 5 && w.is_char_boundary(w.len() - 3)) {
            continue;
        }
        let (prefix, com) = w.split_at(w.len() - 3);
        let cased = tok.upper || w.chars().skip(1).all(|c| c.is_ascii_lowercase());
        if !com.eq_ignore_ascii_case("com") || !cased || occupied.any(&tok.range()) {
            continue;
        }
        let prefix = prefix.to_ascii_lowercase();
        let mut owners = commands.iter().filter(|(_, l)| l.starts_with(&prefix));
        if let (Some((fi, _)), None) = (owners.next(), owners.next()) {
            adds.push((*fi, i));
        }
    }
    for (fi, i) in adds {
        let r = cx.t.toks[i].range();
        if cx.t.toks[i].upper {
            let acronym = cx.t.str(i).to_string();
            cx.found[fi].add_alias(&acronym);
        }
        cx.found[fi].add_mention(r);
    }
}

/// "Ivan Petrov, known as Vanya,", "Ivan Petrov “Vanya”": a one-word nickname given right after an
/// official's name is how outlets call him, so it and its later uses in the article are mentions of him.
/// Each nickname is looked up once, in one pass over its uses: a later use belongs to the official whose
/// nickname was given last before it.
fn nicknames(cx: &mut Ctx) {
    let t = &cx.t;
    // (nickname, token where it is given, official).
    let mut given: Vec<(&str, usize, usize)> = Vec::new();
    for (fi, f) in cx.found.iter().enumerate() {
        if f.kind != Kind::Official {
            continue;
        }
        for m in &f.mentions {
            let n = t.toks.partition_point(|x| (x.start as usize) < m.end);
            if let Some(k) = nickname_after(t, n) {
                given.push((t.str(k), k, fi));
            }
        }
    }
    if given.is_empty() {
        return;
    }
    given.sort_unstable();
    given.dedup_by(|a, b| a.0 == b.0 && a.2 == b.2);
    let mut adds: Vec<(usize, Range<usize>)> = Vec::new();
    for same in given.chunk_by(|a, b| a.0 == b.0) {
        let word = same[0].0;
        if common_word(cx, word) {
            continue;
        }
        let mut owner = 0;
        for j in t.occurrences(word).filter(|&j| t.str(j) == word) {
            while same.get(owner + 1).is_some_and(|g| g.1 <= j) {
                owner += 1;
            }
            let (_, k, fi) = same[owner];
            if j == k || (j > k && alone(t, j)) {
                adds.push((fi, t.toks[j].range()));
            }
        }
    }
    let occupied = Occupied::of(&cx.found, &[Kind::Official, Kind::Unit]);
    for (fi, r) in adds {
        if !occupied.any(&r) {
            cx.found[fi].add_mention(r);
        }
    }
}

/// A nickname that is a word of the language or of the article's other names ("known as Storm" where
/// "the storm" is written too, or "Moscow" the article reads as a place) is not how the person is
/// called elsewhere in it.
fn common_word(cx: &Ctx, word: &str) -> bool {
    let t = &cx.t;
    t.occurrences(word).any(|j| !t.toks[j].cap)
        || cx
            .found
            .iter()
            .any(|f| f.kind != Kind::Official && f.name == word)
}

/// A later use of a nickname that stands as a name alone: no capitalized word next to it ("Tsar
/// Nicholas II", "Storm Shadow") and no article before it ("the Tsar era").
fn alone(t: &Tokens, j: usize) -> bool {
    let cap_word = |i: usize| {
        t.toks
            .get(i)
            .is_some_and(|x| x.is_word() && x.cap && t.same_sentence(i, j))
    };
    let article =
        j > 0 && ["the", "a", "an"].iter().any(|a| t.eq(j - 1, a)) && t.same_sentence(j - 1, j);
    !article && !cap_word(j + 1) && (j == 0 || !cap_word(j - 1))
}

/// Classes of words no nickname is: "known as Captain ..." goes on into a title, "known as Colonel",
/// "known as Brigade" are the words of posts, units and places.
const NOT_NICKNAME: u32 = !FIRST_NAME;

/// The token of a nickname given right after a name ending before token `n`: in quotation marks
/// ("“Vanya”"), or after ", known as" / ", nicknamed" ("known as Vanya", "known as “Vanya”").
fn nickname_after(t: &Tokens, n: usize) -> Option<usize> {
    use super::translit::{NICKNAME_CLOSES, NICKNAME_OPENS};
    let opens = |k: usize| NICKNAME_OPENS.iter().any(|&c| t.punct(k, c));
    let closes = |k: usize| NICKNAME_CLOSES.iter().any(|&c| t.punct(k, c));
    // "Ivan Petrov (“Vanya”)": the quoted nickname in parentheses.
    let n = if t.punct(n, '(') && opens(n + 1) {
        n + 1
    } else {
        n
    };
    let mut k = if opens(n) {
        n + 1
    } else if t.punct(n, ',') {
        let mut k = n + 1;
        if t.eq(k, "also") {
            k += 1;
        }
        if t.eq(k, "known") && t.eq(k + 1, "as") {
            k + 2
        } else if t.eq(k, "nicknamed") {
            k + 1
        } else {
            return None;
        }
    } else {
        return None;
    };
    let quoted = !opens(n) && opens(k);
    if quoted {
        k += 1;
    }
    let word = t.toks.get(k).is_some_and(|x| {
        x.is_word() && x.cap && !x.upper && !x.is(NOT_NICKNAME) && t.same_sentence(n, k)
    });
    // One word, closed by its quotation mark or by the end of the phrase.
    // American style puts the comma inside the marks: "Ivan Petrov "Vanya," said".
    let ends = if opens(n) || quoted {
        closes(k + 1) || (t.punct(k + 1, ',') && closes(k + 2))
    } else {
        t.toks
            .get(k + 1)
            .is_none_or(|x| x.kind == TokKind::Punct || !t.same_sentence(k, k + 1))
    };
    (word && ends).then_some(k)
}

/// A headline names what the article introduces ("Russia to keep Kant air base for 15 more years"), but it
/// is a header field, not a sentence: the names (and officials' surnames) found in the body are looked up
/// in it as whole words.
fn in_title(cx: &mut Ctx) {
    let art = cx.article;
    let Some(title) = art
        .header
        .iter()
        .find(|h| h.key.eq_ignore_ascii_case("title") || h.key.eq_ignore_ascii_case("headline"))
    else {
        return;
    };
    let Some(text) = art.text.get(title.range.clone()) else {
        return;
    };
    // Past the key: "Title: ..." must not match a name "Title".
    let skip = text.find(':').map_or(0, |c| c + 1);
    // Only names whose first word is a word of the title are searched: titles are short, entities many.
    let words: Vec<&str> = text[skip..]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.len() >= 2)
        .collect();
    let mut adds: Vec<(usize, Range<usize>)> = Vec::new();
    for (fi, f) in cx.found.iter().enumerate() {
        if !matches!(f.kind, Kind::Official | Kind::Unit | Kind::Exercise) {
            continue;
        }
        let surname = (f.kind == Kind::Official)
            .then(|| f.name.rsplit(' ').next())
            .flatten();
        let names = std::iter::once(f.name.as_str())
            .chain(f.aliases.iter().map(String::as_str))
            .chain(surname);
        for name in names {
            let first = name.split([' ', '\n']).next().unwrap_or(name);
            if name.len() < 4 || !words.contains(&first) {
                continue;
            }
            for (at, _) in text[skip..].match_indices(name) {
                let a = skip + at;
                let b = a + name.len();
                let bounded = !text[..a].ends_with(char::is_alphanumeric)
                    && !text[b..].starts_with(char::is_alphanumeric);
                if bounded {
                    adds.push((fi, title.range.start + a..title.range.start + b));
                }
            }
        }
    }
    // The longest name wins where two overlap ("Kant air base" over "Kant").
    adds.sort_by_key(|(_, r)| (r.start, std::cmp::Reverse(r.end)));
    let mut last_end = 0;
    for (fi, r) in adds {
        if r.start >= last_end {
            last_end = r.end;
            cx.found[fi].add_mention(r);
        }
    }
}

/// Adds the later mentions of every introduced official, unit and exercise in the body.
fn repeats(cx: &mut Ctx) {
    let t = &cx.t;
    // The words that start a repeat (surnames, first words of unit and exercise names).
    let mut starts = RepeatWords::with_capacity(2 * cx.found.len());
    // Each official's name forms, in the order of the entities, worked out once: both passes below read
    // them.
    let mut forms: Vec<NameForms> = Vec::new();
    for f in &cx.found {
        match f.kind {
            Kind::Official => {
                let of = NameForms::of(&f.name);
                starts.add(surname(&f.name));
                if let Some(father) = of.father {
                    starts.add(father);
                }
                for short in of.shorts() {
                    starts.add(short);
                }
                forms.push(of);
            }
            Kind::Unit | Kind::Exercise => {
                for n in std::iter::once(&f.name).chain(&f.aliases) {
                    starts.add(before_byte(n, |b| b == b' '));
                }
            }
            _ => {}
        }
    }
    if starts.slot.is_empty() {
        return;
    }
    let by_text = starts.occurrences(t);
    let mut adds: Vec<(usize, Range<usize>)> = Vec::new();
    // Lone given names ("Khalid"), which may be anyone's who bears that name.
    let mut given_adds: Vec<(usize, Range<usize>)> = Vec::new();
    let mut forms = forms.iter();
    for (fi, f) in cx.found.iter().enumerate() {
        match f.kind {
            Kind::Official => {
                let Some(of) = forms.next() else {
                    continue;
                };
                let words: Vec<&str> = f.name.split(' ').collect();
                let words = &words[..name_end(&words)];
                let Some(surname) = words.last() else {
                    continue;
                };
                for i in by_text.of(surname) {
                    // Extend left over the first name(s) or an initial when present.
                    let mut a = i;
                    let mut w = words.len() - 1;
                    while w > 0 && a > 0 && t.same_sentence(a - 1, i) {
                        let prev = t.str(a - 1);
                        // "Von der Leyen" opening a sentence is "von der Leyen".
                        let particle = !words[w - 1].starts_with(char::is_uppercase)
                            && prev.eq_ignore_ascii_case(words[w - 1]);
                        if prev == words[w - 1] || particle || same_given_name(prev, words[w - 1]) {
                            a -= 1;
                            w -= 1;
                        } else if t.punct(a - 1, '.')
                            && a >= 2
                            && t.str(a - 2).chars().count() == 1
                            && words[w - 1].starts_with(t.str(a - 2))
                        {
                            a -= 2;
                            w -= 1;
                        } else {
                            break;
                        }
                    }
                    // "Rahul Singh" is not "Rajnath Singh", nor "Faisal bin Tariq" "Nasser bin Tariq":
                    // another given name before the words matched makes another person.
                    if w > 0 && words.len() > 1 && (other_given_name(t, a) || after_particle(t, a))
                    {
                        continue;
                    }
                    // "the Recep Kaan Oztur Stadium": the name of a venue, not a mention of him.
                    if t.toks.get(i + 1).is_some_and(|x| x.cap)
                        && super::official::named_facility(t, i + 1).is_some()
                    {
                        continue;
                    }
                    if credit_line(t, i) {
                        continue;
                    }
                    adds.push((fi, t.span(a, i)));
                }
                // "Hamdan bin Rashid Al Nahri", then "Bin Rashid".
                if let Some(father) = of.father {
                    for i in by_text.of(father) {
                        let r = t.span(i.saturating_sub(1), i);
                        let son_of = i > 0
                            && (["bin", "ibn"].iter().any(|w| t.eq(i - 1, w))
                                || t.str(i - 1) == "ben")
                            && t.same_sentence(i - 1, i);
                        let runs_on = t
                            .toks
                            .get(i + 1)
                            .is_some_and(|n| n.is_word() && n.cap && t.same_sentence(i, i + 1));
                        if son_of && !runs_on && !fathers_name_alone(&cx.found, t, i, r.clone()) {
                            adds.push((fi, r));
                        }
                    }
                }
                // "Wei Fenghe", then "Wei"; "Maya Fernández Allende", then "Fernández".
                for short in of.shorts() {
                    // "Zhang Youxia", then an analyst "Zhang Junshe": a later "Zhang" alone is the
                    // one named last.
                    let after = f.name.split(' ').skip_while(|w| *w != short).nth(1);
                    // The word after an occurrence that goes on into a name: a capitalized word, or
                    // the official's own next word ("Hamdan bin Rashid" names him again).
                    let full_name_of = |i: usize| {
                        t.toks
                            .get(i + 1)
                            .filter(|n| {
                                n.is_word()
                                    && (n.cap || Some(t.str(i + 1)) == after)
                                    && t.same_sentence(i, i + 1)
                            })
                            .map(|_| t.str(i + 1))
                    };
                    let mut last_named: Option<&str> = None;
                    for i in by_text.of(short) {
                        if let Some(next) = full_name_of(i) {
                            last_named = Some(next);
                        } else if last_named.is_some_and(|n| Some(n) != after) {
                            continue;
                        }
                        let next_cap = t
                            .toks
                            .get(i + 1)
                            .is_some_and(|n| n.is_word() && n.cap && t.same_sentence(i, i + 1));
                        // "Carlos Fernández" is another Fernández.
                        let other = (of.paternal == Some(short) || of.iberian.contains(&short))
                            && other_given_name(t, i);
                        if next_cap || other || credit_line(t, i) {
                            continue;
                        }
                        // "Sun Weiming", then the author "Dorian Sun": a family name written first
                        // after a western given name is another person's surname.
                        if of.family == Some(short) && given_before(t, i) {
                            continue;
                        }
                        if of.given == Some(short) {
                            given_adds.push((fi, t.toks[i].range()));
                        } else {
                            adds.push((fi, t.toks[i].range()));
                        }
                    }
                }
            }
            Kind::Unit | Kind::Exercise => {
                // The names and their words as they come, without lists: this runs for every unit.
                let names =
                    std::iter::once(f.name.as_str()).chain(f.aliases.iter().map(String::as_str));
                for name in names {
                    // Split at the space bytes: names are short, and a search for a character costs
                    // more than the name.
                    let first = before_byte(name, |b| b == b' ' || b == b'\n');
                    let words = || name.as_bytes().split(|&b| b == b' ');
                    let n = words().count();
                    for i in by_text.of(first) {
                        if i + n > t.len() {
                            continue;
                        }
                        let all = words().enumerate().all(|(k, part)| {
                            t.str(i + k).as_bytes() == part && (k == 0 || t.same_sentence(i, i + k))
                        });
                        if all && !(f.kind == Kind::Unit && names_other_thing(t, i + n)) {
                            adds.push((fi, t.span(i, i + n - 1)));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let given_adds: Vec<(usize, Range<usize>)> = given_adds
        .into_iter()
        .filter(|(fi, r)| named_last(cx, &cx.t.text[r.clone()], r.start) == Some(*fi))
        .collect();
    let called_by_given: Vec<usize> = given_adds.iter().map(|(fi, _)| *fi).collect();
    adds.extend(given_adds);
    let owners = shared_word_owners(cx, &adds, &called_by_given);
    let occupied = Occupied::of(&cx.found, &[Kind::Official, Kind::Unit, Kind::Exercise]);
    for (fi, r) in adds {
        let kind = cx.found[fi].kind;
        let taken = occupied
            .overlapping(&r)
            .any(|gi| gi != fi && cx.found[gi].kind == kind);
        let other_owner = owners.get(&(r.start, r.end)).is_some_and(|&o| o != fi);
        if !taken && !other_owner {
            cx.found[fi].add_mention(r);
        }
    }
}

/// "President Kagame ... Maj. Gen. Alex Kagame ... Kagame said": a word that several officials of the
/// article share (a family name, a short form) names one of them, never all: the one named last before it
/// in the same paragraph, or the first named when none was. An official the article calls by his given
/// name alone ("his son, Lt. Gen. Omar Kagame ... Omar said") is told from his namesakes that way, and
/// the bare family name stays with them. Returns the owner of each contested range.
fn shared_word_owners(
    cx: &Ctx,
    adds: &[(usize, Range<usize>)],
    called_by_given: &[usize],
) -> FastMap<(usize, usize), usize> {
    // A range is contested only when two officials claim words: with one, none is.
    let mut officials = adds
        .iter()
        .map(|(fi, _)| *fi)
        .filter(|&fi| cx.found[fi].kind == Kind::Official);
    let first = officials.next();
    if officials.all(|fi| Some(fi) == first) {
        return FastMap::default();
    }
    let mut claims: FastMap<(usize, usize), Vec<usize>> = FastMap::default();
    for (fi, r) in adds {
        if cx.found[*fi].kind == Kind::Official {
            let c = claims.entry((r.start, r.end)).or_default();
            if !c.contains(fi) {
                c.push(*fi);
            }
        }
    }
    claims
        .into_iter()
        .filter(|(_, c)| c.len() > 1)
        .filter_map(|(range, c)| {
            let paragraph = paragraph_start(cx, range.0);
            let rank = |fi: usize| {
                let f = &cx.found[fi];
                let last = f
                    .mentions
                    .iter()
                    .map(|m| m.end)
                    .filter(|&e| paragraph <= e && e <= range.0)
                    .max();
                let first = f.mentions.first().map_or(usize::MAX, |m| m.start);
                (
                    !called_by_given.contains(&fi),
                    last.is_some(),
                    last.unwrap_or(0),
                    std::cmp::Reverse(first),
                )
            };
            c.into_iter()
                .max_by_key(|&fi| rank(fi))
                .map(|fi| (range, fi))
        })
        .collect()
}

/// The byte where the paragraph holding byte `at` starts (0 outside every paragraph).
fn paragraph_start(cx: &Ctx, at: usize) -> usize {
    let paragraphs = &cx.article.paragraphs;
    let k = paragraphs.partition_point(|p| p.range().start <= at);
    k.checked_sub(1).map_or(0, |k| paragraphs[k].range().start)
}

/// The official a lone given name at byte `at` stands for: of the officials bearing that given name in any
/// spelling ("Mohamed", "Mohammed"), the one named last before it; none when none was named before it.
/// "Khalid bin Salman met Khalid bin Nasser. Khalid said ..." is the second Khalid.
fn named_last(cx: &Ctx, given: &str, at: usize) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (fi, f) in cx.found.iter().enumerate() {
        if f.kind != Kind::Official {
            continue;
        }
        let Some(first) = first_given(&f.name) else {
            continue;
        };
        if first != given && !same_given_name(first, given) {
            continue;
        }
        let last = f.mentions.iter().map(|m| m.end).filter(|&e| e <= at).max();
        if let Some(e) = last
            && best.is_none_or(|(b, _)| e > b)
        {
            best = Some((e, fi));
        }
    }
    best.map(|(_, fi)| fi)
}

/// The first given name of a full name, past honorifics: "His Highness Sheikh Hamdan bin Rashid" →
/// "Hamdan". None for a one-word name.
fn first_given(name: &str) -> Option<&str> {
    let mut words = name
        .split(' ')
        .skip_while(|w| super::lexicon::name_style(w))
        .peekable();
    let first = words.next()?;
    words.peek().is_some().then_some(first)
}

/// A word after a unit's name that makes the name another thing's: a model designator ("Magura V5"), a
/// weapon ("Magura drone") or an event ("Screaming Eagles Conference").
fn names_other_thing(t: &super::token::Tokens, k: usize) -> bool {
    let Some(x) = t.toks.get(k) else {
        return false;
    };
    if !x.is_word() || !t.same_sentence(k - 1, k) {
        return false;
    }
    let w = t.str(k);
    let designator = x.cap
        && w.len() <= 6
        && w.bytes().any(|b| b.is_ascii_digit())
        && w.bytes().any(|b| b.is_ascii_alphabetic());
    designator
        || ["drone", "drones", "missile", "missiles"]
            .iter()
            .any(|d| t.eq(k, d))
        || x.cap && super::lexicon::event_word(w)
}

/// How many of a name's words come before its generational suffix ("Jr.", "III").
fn name_end(words: &[&str]) -> usize {
    let mut n = words.len();
    while n > 1
        && (matches!(words[n - 1], "Jr." | "Sr." | "II" | "III" | "IV")
            || iberian_suffix(words[n - 1]) && (words[n - 1] != "Neto" || n > 2))
    {
        n -= 1;
    }
    n
}

/// The surname of a full name, past any generational suffix: "Lloyd J. Austin III" → "Austin".
pub fn surname(name: &str) -> &str {
    // From the end, without collecting the words: this runs several times for every official.
    let mut rest = name;
    loop {
        match rest.rsplit_once(' ') {
            Some((head, "Jr." | "Sr." | "II" | "III" | "IV")) => rest = head,
            // "Neto" is a suffix after a full name but a surname too: "Augusto Neto".
            Some((head, last))
                if iberian_suffix(last) && (last != "Neto" || head.contains(' ')) =>
            {
                rest = head
            }
            Some((_, last)) => return last,
            None => return rest,
        }
    }
}

/// The paternal surname of a Spanish or Portuguese name of three words, given name first, which alone
/// names the person as well as the full name does: "Maya Fernández Allende" → "Fernández". Known by its
/// patronymic ending (-ez, -es, -az, -iz, -oz); a given name there ("Juan Andrés") is none.
fn paternal_surname(name: &str) -> Option<&str> {
    let mut words = name.split(' ');
    let (Some(_), Some(middle), Some(last), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return None;
    };
    let plain = |w: &str| {
        w.chars().count() >= 4
            && w.starts_with(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
    };
    // The cheap tests first: this runs for every official's name.
    if !(plain(middle) && plain(last)) {
        return None;
    }
    let lower = middle.to_lowercase();
    let patronymic = ["ez", "es", "az", "iz", "oz", "éz"]
        .iter()
        .any(|e| lower.ends_with(e));
    (patronymic && super::lexicon::classes(middle) & super::lexicon::class::FIRST_NAME == 0)
        .then_some(middle)
}

/// The father's name of an Arabic name that goes on past it ("Hamdan bin Rashid Al Nahri" → "Rashid"):
/// with its "bin", it alone names the son later in an article ("Bin Rashid said").
fn fathers_name(name: &str) -> Option<&str> {
    // The words as they come, without a list: this runs for every official, twice.
    let mut words = name.split(' ');
    let k = words
        .by_ref()
        .position(|w| matches!(w, "bin" | "ibn" | "ben" | "Bin" | "Ibn"))?;
    let father = words.next()?;
    // A word after the father's name.
    words.next()?;
    (k >= 1).then_some(father)
}

/// False when "bin X" at the father's name `i` (span `r`) is no mention of the son: it lies inside a
/// mention already found, a given name before it makes it another son ("Saif bin Rashid"), or a street
/// or mosque follows ("bin Hamad street").
fn fathers_name_alone(found: &[Found], t: &Tokens, i: usize, r: Range<usize>) -> bool {
    let inside = found
        .iter()
        .flat_map(|g| &g.mentions)
        .any(|m| m.start <= r.start && r.end <= m.end);
    let another_son =
        i >= 2 && t.toks[i - 2].is_word() && t.toks[i - 2].cap && t.same_sentence(i - 2, i);
    let place = ["street", "mosque", "road", "district", "avenue", "square"]
        .iter()
        .any(|w| t.eq(i + 1, w));
    inside || another_son || place
}

/// True when the word before token `i` is a given name of its own: a known one, or a capitalized word
/// the lexicon does not know and no word opening a clause ("By: Dorian Sun", "writer Kevin Lin"; not
/// "When Sun spoke").
fn given_before(t: &super::token::Tokens, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|k| &t.toks[k]) else {
        return false;
    };
    let w = t.str(i - 1);
    // "After Sun spoke", "Later Sun said": adverbs and prepositions open sentences capitalized.
    let opening_word = super::lexicon::opening_function_word(w)
        || [
            "After",
            "Before",
            "Then",
            "Later",
            "Now",
            "Today",
            "Yesterday",
            "Still",
            "Instead",
            "Here",
            "There",
            "Since",
            "Until",
            "Earlier",
            "Previously",
            "Again",
            "Thus",
            "Indeed",
            "Even",
            "Only",
            "Separately",
            "Similarly",
            "Asked",
            "Speaking",
            "For",
            "In",
            "On",
            "At",
            "By",
            "From",
            "To",
            "Of",
            "And",
            "Or",
            "The",
            "A",
            "An",
        ]
        .contains(&w);
    prev.is_word()
        && prev.cap
        && !prev.upper
        && t.same_sentence(i - 1, i)
        && (prev.is(super::lexicon::class::FIRST_NAME) || prev.class == 0 && !opening_word)
}

/// The forms of an official's name that [`repeats`] looks for, worked out once for each official: each
/// takes several passes over the name, and the repeats of one official read them for every occurrence.
struct NameForms<'n> {
    /// A family name written first ("Wei Fenghe" → "Wei").
    family: Option<&'n str>,
    /// A paternal surname ("Maya Fernández Allende" → "Fernández").
    paternal: Option<&'n str>,
    /// The surname without its Arabic article ("al-Sissi" → "Sissi").
    bare: Option<&'n str>,
    /// A given name that names its bearer alone.
    given: Option<&'n str>,
    /// The other surnames of a Spanish or Portuguese name.
    iberian: Vec<&'n str>,
    /// The father's name after "bin" ("Hamdan bin Rashid Al Nahri" → "Rashid").
    father: Option<&'n str>,
}

impl<'n> NameForms<'n> {
    fn of(name: &'n str) -> NameForms<'n> {
        let last = surname(name);
        let bare = super::translit::without_article(last);
        NameForms {
            family: family_first(name),
            paternal: paternal_surname(name),
            bare: (bare.len() < last.len()).then_some(bare),
            given: given_alone(name),
            iberian: iberian_surnames(name),
            father: fathers_name(name),
        }
    }

    /// The short forms that alone name the official later in an article: a family name written first, a
    /// paternal surname, a surname without its Arabic article and a given name that names its bearer
    /// alone, then the other Iberian surnames.
    fn shorts(&self) -> impl Iterator<Item = &'n str> + '_ {
        self.family
            .into_iter()
            .chain(self.paternal)
            .chain(self.bare)
            .chain(self.given)
            .chain(self.iberian.iter().copied())
    }
}

/// The words that start a repeat, each given a slot as it is first added.
struct RepeatWords<'w> {
    slot: FastMap<&'w str, u32>,
}

impl<'w> RepeatWords<'w> {
    /// Room for about `n` words: the map is not grown word by word.
    fn with_capacity(n: usize) -> RepeatWords<'w> {
        RepeatWords {
            slot: FastMap::with_capacity_and_hasher(n, Default::default()),
        }
    }

    fn add(&mut self, w: &'w str) {
        let next = self.slot.len() as u32;
        self.slot.entry(w).or_insert(next);
    }

    /// Where each word occurs as a capitalized word, a prefixed surname or a number, read off the
    /// article's word index: only the tokens of a word's length and first letter are looked at.
    fn occurrences(self, t: &Tokens) -> Occurrences<'w> {
        // (slot, token) of every occurrence.
        let mut hits: Vec<(u32, u32)> = Vec::with_capacity(32);
        for (&w, &s) in &self.slot {
            for i in t.occurrences(w) {
                let tok = &t.toks[i];
                if t.str(i) == w
                    && ((tok.is_word() && (tok.cap || super::official::prefixed_surname(t, i)))
                        || tok.kind == TokKind::Number)
                {
                    hits.push((s, i as u32));
                }
            }
        }
        // By slot, then by token: each word's occurrences in text order.
        hits.sort_unstable();
        Occurrences {
            slot: self.slot,
            hits,
        }
    }
}

/// The occurrences of the words of a [`RepeatWords`]: (slot, token), sorted.
struct Occurrences<'w> {
    slot: FastMap<&'w str, u32>,
    hits: Vec<(u32, u32)>,
}

impl Occurrences<'_> {
    /// The tokens that read `w`, in text order.
    fn of(&self, w: &str) -> impl Iterator<Item = usize> + '_ {
        let hits = match self.slot.get(w) {
            Some(&s) => {
                let lo = self.hits.partition_point(|h| h.0 < s);
                let n = self.hits[lo..].partition_point(|h| h.0 == s);
                &self.hits[lo..lo + n]
            }
            None => &[],
        };
        hits.iter().map(|&(_, i)| i as usize)
    }
}

/// Given names that are Spanish or Portuguese and nothing else: after one, a name of three words is a
/// given name and two surnames, the first of which names its bearer alone.
const IBERIAN_GIVEN_NAMES: &[&str] = &[
    "José",
    "Jose",
    "Juan",
    "Carlos",
    "Luis",
    "Jorge",
    "Javier",
    "Rodrigo",
    "Pedro",
    "Miguel",
    "Antonio",
    "Manuel",
    "Francisco",
    "Fernando",
    "Ricardo",
    "Alejandro",
    "Andrés",
    "Andres",
    "Gustavo",
    "Eduardo",
    "Sergio",
    "Raúl",
    "Raul",
    "Diego",
    "Pablo",
    "Héctor",
    "Hector",
    "Alberto",
    "Roberto",
    "Enrique",
    "Felipe",
    "Gonzalo",
    "Ignacio",
    "Jaime",
    "Joaquín",
    "Joaquin",
    "Julio",
    "Mauricio",
    "Rafael",
    "Ramón",
    "Ramon",
    "Rubén",
    "Ruben",
    "Santiago",
    "Hernán",
    "Hernan",
    "Marcelo",
    "Cristián",
    "Cristian",
    "Patricio",
    "Álvaro",
    "Alvaro",
    "Gerardo",
    "Guillermo",
    "Horacio",
    "Osvaldo",
    "Rolando",
    "Vicente",
    "Agustín",
    "Agustin",
    "Esteban",
    "Emilio",
    "Arturo",
    "Alfonso",
    "Camilo",
    "Fabián",
    "Fabian",
    "María",
    "Ana",
    "Carmen",
    "Margarita",
    "Lucía",
    "Verónica",
    "Patricia",
    "Claudia",
    "Carolina",
    "Gabriela",
    "Mónica",
    "Silvia",
    "Juana",
    "João",
    "Joao",
    "Paulo",
    "Luiz",
    "Rui",
    "Nuno",
    "Tiago",
    "Gonçalo",
    "Sérgio",
    "Márcio",
    "Flávio",
    "Otávio",
    "Renato",
];

/// Generational suffixes of Portuguese and Spanish names ("José Múcio Monteiro Filho"): never a surname
/// alone.
fn iberian_suffix(w: &str) -> bool {
    matches!(w, "Filho" | "Neto" | "Júnior" | "Junior" | "Sobrinho")
}

/// The other surnames of a Spanish or Portuguese name of three or more words, each of which alone names
/// its bearer in an article: the paternal surname of two ("Pedro Arnulfo Sánchez Suárez" → "Sánchez"), a
/// surname before a suffix or a particle ("José Múcio Monteiro Filho" → "Múcio", "Luiz Inácio Lula da
/// Silva" → "Lula"). Known by an accented letter, a particle, a suffix or a patronymic ending; common
/// given names and the first word are left out.
fn iberian_surnames(name: &str) -> Vec<&str> {
    let mut words: Vec<&str> = name.split(' ').collect();
    let mut suffixed = false;
    while words.len() > 2 && words.last().is_some_and(|w| iberian_suffix(w)) {
        words.pop();
        suffixed = true;
    }
    let particle = |w: &str| matches!(w, "da" | "de" | "do" | "dos" | "das" | "del");
    // A known given name is a plain word of such a name ("José Carlos Ferreira Neto").
    let plain = |w: &str| {
        w.chars().count() >= 4
            && w.starts_with(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
            && super::lexicon::classes(w) & !super::lexicon::class::FIRST_NAME == 0
    };
    // "Rodrigo Carrasco Fuenzalida": a Spanish or Portuguese given name before two surnames.
    let iberian_given = words.len() == 3 && IBERIAN_GIVEN_NAMES.contains(&words[0]);
    if words.len() < 3
        || !(iberian_given || plain(words[0]))
        || !words[1..].iter().all(|w| particle(w) || plain(w))
    {
        return Vec::new();
    }
    let accented = name.contains(['á', 'é', 'í', 'ó', 'ú', 'ñ', 'ã', 'õ', 'ç', 'â', 'ê', 'ô']);
    let particles = words.iter().any(|w| particle(w));
    let patronymic = words.len() == 4
        && ["ez", "es", "az", "iz", "oz", "éz"]
            .iter()
            .any(|e| words[2].ends_with(e));
    // "Yuri Valdano Lopez": a mother's surname of a patronymic ending, unaccented, after a paternal
    // surname that is no given name.
    let maternal = words.len() == 3
        && words[2].ends_with("ez")
        && super::lexicon::classes(words[1]) & super::lexicon::class::FIRST_NAME == 0;
    if !(accented || particles || suffixed || patronymic || iberian_given || maternal) {
        return Vec::new();
    }
    let last = words.len() - 1;
    words
        .iter()
        .enumerate()
        .filter(|&(k, w)| k >= 1 && k < last && !particle(w))
        .map(|(_, w)| *w)
        .collect()
}

/// The given name that alone names its bearer: an Arabic name with a patronymic ("Khalid bin Salman",
/// then "Prince Khalid") and a two-word name whose given name is no common western one and no word of
/// another class ("Sjafrie Sjamsoeddin", then "Sjafrie"): Indonesian usage.
fn given_alone(name: &str) -> Option<&str> {
    let mut words = name
        .split(' ')
        .skip_while(|w| super::lexicon::name_style(w));
    let given = words.next()?;
    match (words.next(), words.next()) {
        (Some("bin" | "ibn" | "bint" | "ben"), Some(_)) => Some(given),
        // "Berhanu Jula Gelalcha", then "Berhanu": Ethiopian and Eritrean names are the given name and
        // the father's and grandfather's names, and the given name alone names the person.
        (Some(father), Some(grandfather))
            if words.next().is_none()
                && given.chars().count() >= 4
                && [given, father, grandfather].iter().all(|w| {
                    w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                })
                && super::lexicon::classes(given) == 0
                && !super::lexicon::chinese_family_name(given)
                && iberian_surnames(name).is_empty()
                && paternal_surname(name).is_none() =>
        {
            Some(given)
        }
        (Some(last), None)
            if given.chars().count() >= 4
                && given.chars().all(char::is_alphabetic)
                && !last.contains('-')
                && super::lexicon::classes(given) == 0
                && family_first(name).is_none() =>
        {
            Some(given)
        }
        _ => None,
    }
}

/// The family name of a two-word name written family name first: a common Chinese, Korean or
/// Vietnamese family name ("Wei Fenghe" → "Wei"), or a short word before a hyphenated given name whose
/// second syllable is lower-case ("Lai Ching-te" → "Lai", "Moon Jae-in" → "Moon").
pub(crate) fn family_first(name: &str) -> Option<&str> {
    let (family, given) = name.split_once(' ')?;
    // "Ju Il Seok", then "Ju": a Korean given name written as two unhyphenated syllables.
    let syllable = |w: &str| {
        (1..=5).contains(&w.chars().count())
            && w.starts_with(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
    };
    let korean = super::translit::korean_family(family);
    if korean
        && given
            .split_once(' ')
            .is_some_and(|(a, b)| syllable(a) && syllable(b))
    {
        return Some(family);
    }
    if given.contains(' ') {
        // "William Lai Ching-te": an English given name before a Chinese name.
        return given
            .rsplit(' ')
            .next()
            .filter(|last| last.contains('-') && given.matches(' ').count() == 1)
            .and_then(|_| family_first(given));
    }
    // A Korean syllable runs to six letters ("Jae-myung", "Kyeong" in the Revised Romanization); a
    // Chinese one after an unknown family name is held to four.
    let longest = if korean { 6 } else { 4 };
    let syllables = given.split_once('-').is_some_and(|(a, b)| {
        a.len() <= longest.max(5) && b.len() <= longest && b.starts_with(|c: char| c.is_lowercase())
    });
    let short = family.len() <= 5 && family.chars().all(char::is_alphabetic);
    (super::lexicon::chinese_family_name(family) || syllables && short).then_some(family)
}

/// The text of `s` before its first ASCII byte for which `stop` holds (all of it when none does).
fn before_byte(s: &str, stop: impl Fn(u8) -> bool) -> &str {
    let end = s.bytes().position(stop).unwrap_or(s.len());
    s.get(..end).unwrap_or(s)
}

/// True when two spellings of a given name are one name (Sergei / Sergey, Alyaksandr / Alexander, Islom
/// / Islam: the consonants agree).
fn same_given_name(a: &str, b: &str) -> bool {
    let (ka, kb) = (super::translit::key(a), super::translit::key(b));
    let (ga, gb) = (
        super::translit::given_name(&ka),
        super::translit::given_name(&kb),
    );
    // Compared as they come, without copies.
    fn consonants(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars()
            .filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
    }
    ga == gb || consonants(ga).next().is_some() && consonants(ga).eq(consonants(gb))
}

/// True when token `i` (a surname) follows a capitalized word that can only be a given name.
fn other_given_name(t: &super::token::Tokens, i: usize) -> bool {
    use super::lexicon::class::FIRST_NAME;
    i > 0
        && t.same_sentence(i - 1, i)
        && t.toks[i - 1].is_word()
        && t.toks[i - 1].cap
        && !t.toks[i - 1].upper
        && t.toks[i - 1].class & !FIRST_NAME == 0
        && !super::lexicon::opening_function_word(t.str(i - 1))
        && !super::lexicon::capitalized_function_word(t.str(i - 1))
        && !INVERTING_AUXILIARY.contains(&t.str(i - 1))
}

/// Auxiliaries that open a question or a condition before its subject: "Should Petrov's audit turn
/// into a request", "Had Petrov known". ("Will" and "Can" are given names too, so they stay out.)
const INVERTING_AUXILIARY: &[&str] = &[
    "Should", "Would", "Could", "Might", "Must", "Shall", "Did", "Does", "Do", "Had", "Has",
    "Have", "Was", "Were", "Is", "Are",
];

/// True when token `i` stands in a credit line, which names the report's authors: "By Ivan Petrov",
/// "(With inputs from Ivan Petrov)", "Reporting by ...", "Ivan Petrov contributed to this report".
pub fn credit_line(t: &super::token::Tokens, i: usize) -> bool {
    let mut s = i;
    while s > 0 && t.same_sentence(s - 1, i) {
        if i - s > 12 {
            return false;
        }
        s -= 1;
    }
    if t.punct(s, '(') {
        s += 1;
    }
    let opens = t.eq(s, "By") && t.toks[s].cap
        || t.eq(s, "With") && t.eq(s + 1, "inputs") && t.eq(s + 2, "from")
        || ["Reporting", "Writing", "Editing", "Compiled", "Additional"]
            .iter()
            .any(|w| t.eq(s, w) && t.toks[s].cap)
            && (s + 1..=i).any(|k| t.eq(k, "by"));
    opens
        || (i + 1..(i + 6).min(t.len()))
            .any(|k| t.same_sentence(i, k) && t.eq(k, "contributed") && t.eq(k + 1, "to"))
}

/// Mentions of officials that other articles introduced: a capitalized word whose transliteration key is
/// one of `surnames` (key → owner), not already a mention in `taken`. Lets an article that writes only
/// "Shoygu" join the man another article introduced as "Defense Minister Sergei Shoigu".
pub fn known_surnames(
    article: &crate::corpus::Article,
    surnames: &FastMap<String, u32>,
    taken: &[Range<usize>],
) -> Vec<(u32, Range<usize>)> {
    known_names(article, surnames, &FastMap::default(), taken)
}

/// [`known_surnames`], and also the full name when a given name stands before the surname and agrees
/// with one of the owner's given names in `given` (owner → [`super::translit::given_name`] keys): "Sadyr
/// Japarov came to power ..." with no title is the president another article introduced.
pub fn known_names(
    article: &crate::corpus::Article,
    surnames: &FastMap<String, u32>,
    given: &FastMap<u32, Vec<String>>,
    taken: &[Range<usize>],
) -> Vec<(u32, Range<usize>)> {
    use super::lexicon::class::NOT_NAME;
    let t = super::token::Tokens::new(article);
    let mut out = Vec::new();
    // Surnames this article spells in a national form ("Lukashenka" for "Lukashenko"), once its full
    // name has joined the owner.
    let mut local: FastMap<String, u32> = FastMap::default();
    // The surnames alone (their places in `out`), and the surnames this article gives a known given
    // name, true when it is the owner's: where only another's is given ("the analyst Mihai
    // Bostanaru"), the surname alone is that other person's.
    let mut lone: Vec<(usize, String)> = Vec::new();
    let mut others: FastMap<String, bool> = FastMap::default();
    for (i, tok) in t.toks.iter().enumerate() {
        if !tok.is_word() || !tok.cap || tok.upper || tok.is(NOT_NAME) || t.str(i).len() < 4 {
            continue;
        }
        let r = tok.range();
        if taken.iter().any(|m| m.start < r.end && r.start < m.end) {
            continue;
        }
        // A capitalized neighbour makes it part of another name ("Lavrov Street", "Ivan Sobirov").
        let next_cap = t
            .toks
            .get(i + 1)
            .is_some_and(|n| n.is_word() && n.cap && t.same_sentence(i, i + 1));
        let prev_name = i > 0
            && t.toks[i - 1].is_word()
            && t.toks[i - 1].cap
            && t.toks[i - 1].class & !super::lexicon::class::FIRST_NAME == 0
            && t.same_sentence(i - 1, i);
        // "Ahmed al-Sharifi": a surname with an article, or a particle, after it makes a longer name.
        let next_surname = t.toks.get(i + 1).is_some_and(|n| {
            n.is_word()
                && !n.cap
                && t.same_sentence(i, i + 1)
                && (super::official::prefixed_surname(&t, i + 1)
                    || matches!(
                        t.str(i + 1),
                        "bin" | "ibn" | "bint" | "ben" | "al" | "el" | "de" | "da" | "van" | "von"
                    ))
        });
        if next_cap || next_surname || after_particle(&t, i) {
            continue;
        }
        let key = super::translit::key(t.str(i));
        let exact = surnames.get(&key).or_else(|| local.get(&key)).copied();
        // Belarusian and Ukrainian forms end in -a where Russian ones end in -o (Lukashenka /
        // Lukashenko): only with a given name that agrees.
        let national = || {
            let stem = key.strip_suffix('a').or_else(|| key.strip_suffix('o'))?;
            let other = if key.ends_with('a') { 'o' } else { 'a' };
            (stem.len() >= 5).then(|| surnames.get(&format!("{stem}{other}")).copied())?
        };
        let Some(owner) = exact.or_else(|| if prev_name { national() } else { None }) else {
            continue;
        };
        if !prev_name {
            if !credit_line(&t, i) {
                lone.push((out.len(), key));
                out.push((owner, r));
            }
            continue;
        }
        let first = super::translit::key(t.str(i - 1));
        let first = super::translit::given_name(&first);
        let agrees = given
            .get(&owner)
            .is_some_and(|g| g.iter().any(|x| x == first));
        if !agrees && t.toks[i - 1].is(super::lexicon::class::FIRST_NAME) {
            others.entry(key.clone()).or_insert(false);
        } else if agrees {
            others.insert(key.clone(), true);
        }
        let full = t.toks[i - 1].range();
        // "Yusuf Karim Haddad" is another man than Karim Haddad; "Samdech Hun Sen" is Hun Sen.
        if agrees
            && (!other_given_name(&t, i - 1) || super::lexicon::honorific(t.str(i - 2)))
            && !taken
                .iter()
                .any(|m| m.start < full.end && full.start < m.end)
        {
            out.push((owner, full.start..r.end));
            if exact.is_none() {
                local.insert(key, owner);
            }
        }
    }
    if others.values().any(|owned| !owned) {
        let mut dropped = vec![false; out.len()];
        for (at, k) in &lone {
            if others.get(k) == Some(&false) {
                dropped[*at] = true;
            }
        }
        let mut at = 0;
        out.retain(|_| {
            at += 1;
            !dropped[at - 1]
        });
    }
    out
}

/// "Nawaf bin Tamir": the word at `i` ends a name that runs on from a capitalized word over a particle,
/// and is no surname alone.
fn after_particle(t: &super::token::Tokens, i: usize) -> bool {
    i >= 2
        && matches!(t.str(i - 1), "bin" | "ibn" | "bint" | "ben")
        && t.toks[i - 2].is_word()
        && t.toks[i - 2].cap
        && t.same_sentence(i - 2, i)
}

#[cfg(test)]
mod tests {
    use super::known_names;
    use crate::corpus::Article;
    use crate::recognize::lexicon::FastMap;
    use crate::recognize::translit::key;

    #[test]
    fn a_sons_fathers_name_with_its_bin_names_him_again() {
        use crate::entity::Kind;
        let text = "Under Crown Prince Hamdan bin Rashid Al Nahri, Emirati forces took the port. Bin \
                    Rashid has shown little interest in the coalition. Rashid Street was closed.";
        let o = crate::recognize::testing::found(text, Kind::Official);
        let surfaces: Vec<&str> = o[0].mentions.iter().map(|m| &text[m.clone()]).collect();
        assert_eq!(
            surfaces,
            ["Hamdan bin Rashid Al Nahri", "Bin Rashid"],
            "{o:?}"
        );
        // A father's name that ends the name is its surname, found as such.
        let text = "Prince Khalid bin Salwan visited. Salwan said the drills went well.";
        let o = crate::recognize::testing::found(text, Kind::Official);
        assert_eq!(o[0].mentions.len(), 2, "{o:?}");
        // Another son of the same father, a street and a mosque are not the first son.
        let text = "Crown Prince Hamdan bin Rashid Al Nahri met Defence Minister Saif bin Rashid on \
                    Monday. Saif bin Rashid said the drills would go on. Troops marched down bin \
                    Rashid street; the bin Rashid mosque was full.";
        let o = crate::recognize::testing::found(text, Kind::Official);
        let hamdan = o.iter().find(|f| f.name.starts_with("Hamdan"));
        assert_eq!(hamdan.map(|f| f.mentions.len()), Some(1), "{o:?}");
    }

    #[test]
    fn national_forms_of_a_known_surname_join_with_an_agreeing_given_name() {
        let mut surnames: FastMap<String, u32> = FastMap::default();
        surnames.insert(key("Lukashenko"), 7);
        let mut given: FastMap<u32, Vec<String>> = FastMap::default();
        given.insert(7, vec![key("Aleksandr")]);
        let text = "Alyaksandr\nLukashenka told reporters the drills went well. Lukashenka then left. Later Pavel Lukashenka, his son, and Ivan Lukashenko spoke.";
        let a = Article::parse("t.txt", text.to_string());
        let got: Vec<(u32, &str)> = known_names(&a, &surnames, &given, &[])
            .into_iter()
            .map(|(o, r)| (o, &text[r]))
            .collect();
        assert_eq!(got, [(7, "Alyaksandr\nLukashenka"), (7, "Lukashenka")]);
    }

    #[test]
    fn a_surname_another_given_name_bears_in_the_article_is_not_the_official() {
        let mut surnames: FastMap<String, u32> = FastMap::default();
        surnames.insert(key("Bostanaru"), 3);
        let mut given: FastMap<u32, Vec<String>> = FastMap::default();
        given.insert(3, vec![key("Ilie")]);
        let text = "Bostanaru said the book sold well. The analyst Mihai Bostanaru wrote it.";
        let a = Article::parse("t.txt", text.to_string());
        assert!(known_names(&a, &surnames, &given, &[]).is_empty());
        let text = "Bostanaru said the troops did well. Ilie Bostanaru later left.";
        let a = Article::parse("t.txt", text.to_string());
        let got: Vec<&str> = known_names(&a, &surnames, &given, &[])
            .into_iter()
            .map(|(_, r)| &text[r])
            .collect();
        assert_eq!(got, ["Bostanaru", "Ilie Bostanaru"]);
    }

    #[test]
    fn a_fathers_name_inside_another_name_is_no_surname_alone() {
        let mut surnames: FastMap<String, u32> = FastMap::default();
        surnames.insert(key("Tamir"), 2);
        let text = "The crown prince, Nawaf bin Tamir, did not attend. Tamir later arrived.";
        let a = Article::parse("t.txt", text.to_string());
        let got: Vec<&str> = known_names(&a, &surnames, &FastMap::default(), &[])
            .into_iter()
            .map(|(_, r)| &text[r])
            .collect();
        assert_eq!(got, ["Tamir"]);
    }

    #[test]
    fn without_a_given_name_the_national_form_is_not_enough() {
        let mut surnames: FastMap<String, u32> = FastMap::default();
        surnames.insert(key("Kravchenko"), 1);
        let a = Article::parse("t.txt", "Kravchenka said the drills went well.".to_string());
        assert!(known_names(&a, &surnames, &FastMap::default(), &[]).is_empty());
    }

    #[test]
    fn a_paternal_surname_alone_names_the_official() {
        use crate::entity::Kind;
        use crate::recognize::testing;
        let text = "Defense Minister Lucía Ramírez Soto opened the talks. Ramírez said the navy was ready, but Pedro Ramírez, a fisherman, disagreed.";
        let o = testing::found(text, Kind::Official);
        assert_eq!(o.len(), 1, "{o:?}");
        let surfaces: Vec<&str> = o[0].mentions.iter().map(|m| &text[m.clone()]).collect();
        assert_eq!(surfaces, ["Lucía Ramírez Soto", "Ramírez"]);
        // A middle name that is no patronymic stays a middle name.
        assert_eq!(super::paternal_surname("Manoj Kumar Katiyar"), None);
        assert_eq!(
            super::paternal_surname("Maya Fernández Allende"),
            Some("Fernández")
        );
    }

    #[test]
    fn names_found_in_the_body_are_found_in_the_title() {
        let text = "Title: Moscow to keep Osh air base and Sokolov in charge\n\nMoscow will keep the Osh air base, General Ivan Sokolov said. The Title of the deal is long.";
        let a = Article::parse("t.txt", text.to_string());
        let found = crate::recognize::recognize(&a);
        let surfaces = |name: &str| -> Vec<&str> {
            found
                .iter()
                .find(|f| f.name == name)
                .map(|f| f.mentions.iter().map(|m| &text[m.clone()]).collect())
                .unwrap_or_default()
        };
        assert_eq!(surfaces("Osh air base"), ["Osh air base", "Osh air base"]);
        assert_eq!(surfaces("Ivan Sokolov"), ["Sokolov", "Ivan Sokolov"]);
    }
}

#[cfg(test)]
mod short_form_tests {
    use crate::entity::Kind;
    use crate::recognize::testing;

    fn mentions(text: &str) -> Vec<(String, Vec<String>)> {
        testing::found(text, Kind::Official)
            .into_iter()
            .map(|f| {
                let m = f.mentions.iter().map(|r| text[r.clone()].to_string());
                (f.name.clone(), m.collect())
            })
            .collect()
    }

    #[test]
    fn a_korean_family_name_alone_after_a_given_name_of_five_letters() {
        for text in [
            "President Lee Sung-myung spoke. Lee is expected in Busan.",
            "President Lee Sung Myung, elected in June, left. But Lee's aides stayed.",
        ] {
            let got = mentions(text);
            assert_eq!(got.len(), 1, "{got:?}");
            assert_eq!(
                got[0].1.iter().filter(|m| *m == "Lee").count(),
                1,
                "{got:?}"
            );
        }
        // A Chinese-shaped name after a family name not on the list keeps its four-letter syllable.
        assert_eq!(
            super::super::coref::family_first("Sung Ching-kuo"),
            Some("Sung")
        );
        assert_eq!(
            super::super::coref::family_first("Tsai Ying-wen"),
            Some("Tsai")
        );
        assert_eq!(super::super::coref::family_first("Ruiz Ana-maria"), None);
    }

    #[test]
    fn a_family_name_after_a_western_given_name_is_another_persons() {
        let got = mentions(
            "By: Dorian Sun\n\nThe commander, General Sun Weiming, has not appeared. Sun took over in 2022. After Sun spoke, the writer Dorian Sun listened.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Sun Weiming", "{got:?}");
        assert_eq!(
            got[0].1.iter().filter(|m| *m == "Sun").count(),
            2,
            "{got:?}"
        );
    }

    #[test]
    fn a_korean_syllable_of_six_letters_opens_the_given_name() {
        let got = mentions(
            "He met Minister of National Defense Jeong\nHyeong-seok in Seoul. Jeong raised the missile launches.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.iter().any(|m| m == "Jeong"), "{got:?}");
        // Past Korean family names, a first syllable of six letters is no Chinese one.
        assert_eq!(super::super::coref::family_first("Silva Pedrox-ab"), None);
    }

    #[test]
    fn a_given_name_month_abbreviation_stays_in_the_name() {
        let m = mentions(
            "Defense Minister Admiral Hao Jun met the delegation on Jun 5 in the capital.",
        );
        assert_eq!(m[0].0, "Hao Jun", "{m:?}");
    }

    #[test]
    fn an_article_less_surname_and_a_lone_given_name_name_the_official() {
        let m = mentions(
            "President Abdel-Karim al-Hashimi spoke first. Hashimi said the drills would go on. \
             Army Chief of Staff Gen. Wirantu Sasmoko attended. Wirantu said the troops were ready.",
        );
        assert_eq!(m[0].1, ["Abdel-Karim al-Hashimi", "Hashimi"], "{m:?}");
        assert_eq!(m[1].1, ["Wirantu Sasmoko", "Wirantu"], "{m:?}");
    }

    #[test]
    fn a_base_named_after_a_namesake_does_not_hide_the_given_name_of_the_official_named_again() {
        let m = mentions(
            "The drill ended at the Khalid Naguib Air Base. In Riyadh, Defence Minister Khalid bin \
             Salman received the delegation. Sheikh Khalid and the guests discussed the plan.",
        );
        let khalid = m.iter().find(|(n, _)| n == "Khalid bin Salman");
        assert_eq!(
            khalid.map(|(_, v)| v.as_slice()),
            Some(&["Khalid bin Salman".to_string(), "Khalid".to_string()][..]),
            "{m:?}"
        );
        // A lone given name after another bearer's full name is still his, not the official's.
        let m = mentions(
            "Defence Minister Khalid bin Salman received the delegation. The analyst Khalid Naguib \
             said the plan was sound. Khalid added that it was late.",
        );
        let khalid = m.iter().find(|(n, _)| n == "Khalid bin Salman");
        assert_eq!(khalid.map(|(_, v)| v.len()), Some(1), "{m:?}");
    }

    #[test]
    fn a_korean_family_name_before_two_syllables_names_the_official_alone() {
        let m = mentions(
            "Marine Corps Commandant Lt. Gen. Ju Il Seok welcomed the observers. Ju later met \
             the delegation. Ju Min-ho, a reporter, asked a question.",
        );
        assert_eq!(m[0].1, ["Ju Il Seok", "Ju"], "{m:?}");
    }

    #[test]
    fn an_auxiliary_opening_a_condition_is_no_other_given_name() {
        let m = mentions(
            "Defence Minister Aram Petrosyan ordered an audit. Should Petrosyan’s audit fail, \
             the base will go. Had Petrosyan known, he said, he would have waited.",
        );
        assert_eq!(m[0].1.len(), 3, "{m:?}");
        // A given name before the surname is another person's.
        let m = mentions("Defence Minister Aram Petrosyan ordered an audit. Davit Petrosyan left.");
        assert_eq!(m[0].1.len(), 1, "{m:?}");
    }

    #[test]
    fn a_family_name_shared_with_another_person_is_left_alone() {
        let m = mentions(
            "Vice Chairman Gen. Liang Guohua attended. Analyst Liang Mingde told reporters the drill was routine, Liang said.",
        );
        assert_eq!(m[0].1, ["Liang Guohua"], "{m:?}");
    }

    #[test]
    fn a_bare_given_name_goes_to_the_one_named_last_and_to_no_one_else() {
        let m = mentions(
            "Defense Minister Khalid bin Salman met Interior Minister Khalid bin Nasser Al Harbi. \
             Khalid said the talks went well. Later Foreign Minister Faisal bin Farhan arrived.",
        );
        let with_bare: Vec<&String> = m
            .iter()
            .filter(|(_, ms)| ms.iter().any(|s| s == "Khalid"))
            .map(|(n, _)| n)
            .collect();
        assert_eq!(with_bare, ["Khalid bin Nasser Al Harbi"], "{m:?}");
    }

    #[test]
    fn another_son_of_the_same_father_is_another_person() {
        let m = mentions(
            "Defence Minister Faris bin Tamir told his counterparts the kingdom backed talks. \
             Nawaf bin Tamir, the crown prince, did not attend.",
        );
        let faris = m.iter().find(|(n, _)| n == "Faris bin Tamir");
        assert_eq!(
            faris.map(|(_, v)| v.as_slice()),
            Some(&["Faris bin Tamir".to_string()][..]),
            "{m:?}"
        );
        // Nor is the father's name of another son the surname of another official.
        let m = mentions(
            "The crown prince, Nawaf bin Tamir, did not attend. The defence minister, Omar Tamir, \
             spoke instead.",
        );
        let omar = m.iter().find(|(n, _)| n == "Omar Tamir");
        assert_eq!(omar.map(|(_, v)| v.len()), Some(1), "{m:?}");
        // His own name again, with a rank before it, is still his.
        let m = mentions(
            "Defence Minister Faris bin Tamir arrived on Monday. Gen. Faris bin Tamir said the \
             drills would go on.",
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].1.len(), 2, "{m:?}");
    }

    #[test]
    fn the_french_ben_joins_a_given_name_to_the_fathers() {
        let m = mentions(
            "Crown Prince Nawaf ben Tamire met the envoy in Jeddah. Defence Minister Faris ben \
             Tamire, his brother, said on X that the drills would go on.",
        );
        let names: Vec<&str> = m.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"Nawaf ben Tamire"), "{m:?}");
        assert!(names.contains(&"Faris ben Tamire"), "{m:?}");
        // An English "Ben" opening a name is a given name, and "ben" after a lower-case word no particle.
        let m = mentions("Defence Secretary Ben Hollis met the ben Tamire delegation.");
        let names: Vec<&str> = m.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Ben Hollis"], "{m:?}");
    }

    #[test]
    fn the_given_name_of_a_three_generation_name_names_its_bearer() {
        let m = mentions(
            "Field Marshal Tesfaye Gudeta Alemu addressed the troops. Tesfaye said they had trained for months.",
        );
        assert_eq!(m[0].1, ["Tesfaye Gudeta Alemu", "Tesfaye"]);
        // A common western given name alone names no one.
        let m = mentions("General John Michael Carter spoke. John said nothing.");
        assert_eq!(m[0].1, ["John Michael Carter"]);
    }

    #[test]
    fn the_other_surnames_of_iberian_names_name_their_bearer() {
        let m = mentions(
            "Army commander Gen. Pedro Arnulfo Sánchez Suárez opened the drill. Sánchez said it would last a week.",
        );
        assert_eq!(m[0].1, ["Pedro Arnulfo Sánchez Suárez", "Sánchez"]);
        let m = mentions(
            "President Luiz Inácio Lula da Silva spoke. Lula said Brazil would send ships.",
        );
        assert_eq!(m[0].1, ["Luiz Inácio Lula da Silva", "Lula"]);
        let m = mentions(
            "Defence Minister José Carlos Ferreira Neto visited. Ferreira said the troops were ready.",
        );
        assert_eq!(m[0].1, ["José Carlos Ferreira Neto", "Ferreira"]);
        // The suffix alone is no one.
        let m = mentions("Defence Minister José Carlos Ferreira Neto visited. Neto said nothing.");
        assert_eq!(m[0].1, ["José Carlos Ferreira Neto"]);
        // Another given name before the surname makes another man.
        let m = mentions(
            "Gen. Pedro Arnulfo Sánchez Suárez opened the drill. Carlos Sánchez, a reporter, asked why.",
        );
        assert_eq!(m[0].1, ["Pedro Arnulfo Sánchez Suárez"]);
        // A mother's surname of a patronymic ending, written without its accent.
        let m = mentions(
            "Venezuela's defence minister, Yuri Valdano Lopez, spoke. Valdano said the drill was routine.",
        );
        assert_eq!(m[0].1, ["Yuri Valdano Lopez", "Valdano"]);
        // A given name in the middle is the father's or a second given name, not a surname.
        let m = mentions(
            "Egypt's defence minister, Tarek Mohamed Fayez, spoke. Mohamed said the drill was routine.",
        );
        assert_eq!(m[0].1, ["Tarek Mohamed Fayez"]);
        // A maternal surname in -ez written without its accent still marks a Spanish name, unless the
        // word before it is a given name.
        let m = mentions(
            "Defence Minister Anatoly Calzada Lopez spoke. Calzada said the drill was a provocation.",
        );
        assert_eq!(m[0].1, ["Anatoly Calzada Lopez", "Calzada"]);
        let m = mentions(
            "Defence Minister Maria Elena Lopez spoke. Elena said the drill was a provocation.",
        );
        assert_eq!(m[0].1, ["Maria Elena Lopez"]);
    }

    #[test]
    fn the_first_surname_after_a_spanish_given_name_names_its_bearer() {
        let m = mentions(
            "The deputy, Col. Rodrigo Carrasco Fuenzalida, flew in. Carrasco said the pass was closed.",
        );
        assert_eq!(m[0].1, ["Rodrigo Carrasco Fuenzalida", "Carrasco"]);
        // Not after a given name of other languages: there the middle word may be the father's name.
        let m = mentions("Gen. Saddam Khalifa Haftar flew in. Khalifa said the road was closed.");
        assert_eq!(m[0].1, ["Saddam Khalifa Haftar"]);
        let m = mentions("Col. Peter Arnold Smith flew in. Arnold said the road was closed.");
        assert_eq!(m[0].1, ["Peter Arnold Smith"]);
    }

    #[test]
    fn neto_is_a_surname_after_a_lone_given_name() {
        assert_eq!(super::surname("Augusto Neto"), "Neto");
        assert_eq!(super::surname("José Carlos Ferreira Neto"), "Ferreira");
        assert_eq!(super::name_end(&["Augusto", "Neto"]), 2);
        assert_eq!(super::name_end(&["José", "Ferreira", "Neto"]), 2);
    }

    #[test]
    fn a_family_name_two_officials_share_names_the_one_named_last() {
        let text = "President Paul Rutaremara met the army. Maj. Gen. Alex Rutaremara, his nephew, \
                    commands the contingent. Rutaremara said the troops would stay.";
        let m = mentions(text);
        let bare: Vec<&String> = m
            .iter()
            .filter(|(_, ms)| ms.iter().any(|x| x == "Rutaremara"))
            .map(|(name, _)| name)
            .collect();
        assert_eq!(bare, ["Alex Rutaremara"], "{m:?}");
    }
    #[test]
    fn a_family_name_stays_with_the_namesake_not_called_by_his_given_name() {
        let text = "Field Marshal Salem Barouni met the envoy in Benghazi on Monday. He was joined by his \
                    son, Lieutenant General Saqr Barouni, the chief of staff of the ground forces. Saqr \
                    has long commanded the best-equipped brigade of Barouni's army.";
        let m = mentions(text);
        let bare: Vec<&String> = m
            .iter()
            .filter(|(_, ms)| ms.iter().any(|x| x == "Barouni"))
            .map(|(name, _)| name)
            .collect();
        assert_eq!(bare, ["Salem Barouni"], "{m:?}");
    }

    #[test]
    fn a_family_name_in_a_later_paragraph_names_the_first_named() {
        let text = "General Adam Hamid Dabbo said the siege of the town would go on.\n\n\
                    His deputy commander, Major General Idris Dabbo, addressed fighters east of the town.\n\n\
                    The militia has inherited the networks of a contractor with close ties to Dabbo.";
        let m = mentions(text);
        let bare: Vec<&String> = m
            .iter()
            .filter(|(_, ms)| ms.iter().any(|x| x == "Dabbo"))
            .map(|(name, _)| name)
            .collect();
        assert_eq!(bare, ["Adam Hamid Dabbo"], "{m:?}");
    }
    #[test]
    fn a_nickname_after_the_name_is_a_mention_of_the_official() {
        let m = mentions(
            "The militia, led by General Adam Hamid Dabbo “Hemmo”, besieged the town. Hemmo said the \
             siege would go on.",
        );
        assert!(
            m.iter().any(|(name, ms)| name == "Adam Hamid Dabbo"
                && ms.iter().filter(|x| *x == "Hemmo").count() == 2),
            "{m:?}"
        );
        for text in [
            "Rebels loyal to General Adam Hamid Dabbo (“Hemmo”) took the road, and Hemmo's men stayed.",
            "The militia, commanded by General Adam Hamid Dabbo \"Hemmo,\" took the road. Hemmo's men stayed.",
        ] {
            let m = mentions(text);
            assert!(
                m.iter().any(|(name, ms)| name == "Adam Hamid Dabbo"
                    && ms.iter().filter(|x| *x == "Hemmo").count() == 2),
                "{text}: {m:?}"
            );
        }
        let m = mentions(
            "The contractor had close ties with General Idris Tahir Kuku, known as Kiki, since 2017.",
        );
        assert!(
            m.iter()
                .any(|(name, ms)| name == "Idris Tahir Kuku" && ms.iter().any(|x| x == "Kiki")),
            "{m:?}"
        );
        // A description, a place's possessive or a full name after "known as" is no nickname.
        for text in [
            "General Idris Tahir Kuku, known as a hardliner, spoke on Monday.",
            "General Idris Tahir Kuku, known as Moscow's man in the region, spoke on Monday.",
            "General Idris Tahir Kuku, known as Kiki Kuku, spoke on Monday.",
        ] {
            let m = mentions(text);
            assert!(
                m.iter()
                    .all(|(_, ms)| ms.iter().all(|x| x.contains("Kuku"))),
                "{m:?}"
            );
        }
    }
    #[test]
    fn a_nickname_takes_no_word_of_another_name_or_of_the_language() {
        let m = mentions(
            "General Oren Vaskel, known as Tsar, arrived on Monday. Tsar Nicholas II was recalled; \
             the Tsar era too. Colonel Yuri Drabek, known as Tempest, led the raid. Tempest Arrow \
             missiles were fired as the tempest grew.",
        );
        let of = |who: &str| -> Vec<String> {
            m.iter()
                .filter(|(name, _)| name == who)
                .flat_map(|(_, ms)| ms.clone())
                .collect()
        };
        // Given once, the nickname is his; its uses inside other names and as a word are not.
        assert_eq!(
            of("Oren Vaskel").iter().filter(|x| *x == "Tsar").count(),
            1,
            "{m:?}"
        );
        assert!(of("Yuri Drabek").iter().all(|x| x != "Tempest"), "{m:?}");
        // A later use standing alone is still his.
        let m = mentions(
            "General Oren Vaskel, known as Kesha, arrived on Monday. Kesha said the border was calm, \
             and aides said Kesha would stay.",
        );
        assert!(
            m.iter().any(|(name, ms)| name == "Oren Vaskel"
                && ms.iter().filter(|x| *x == "Kesha").count() == 3),
            "{m:?}"
        );
    }
    #[test]
    fn a_nickname_given_many_times_is_looked_up_once() {
        let text = "General Oren Vaskel, known as Kesha, spoke. Kesha left. ".repeat(2000);
        let started = std::time::Instant::now();
        let m = mentions(&text);
        assert!(m.iter().any(|(name, ms)| name == "Oren Vaskel"
            && ms.iter().filter(|x| *x == "Kesha").count() == 4000));
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
    }
    #[test]
    fn a_commands_com_acronym_is_a_mention_of_it() {
        let text = "General Ivan Dale, commander of U.S. Arctic Command, visited the base on Monday. \
                    ARCTICOM has stepped up surveillance flights. Dale took over Arcticom in 2022. \
                    A Telecom firm and VELCOM were not involved.";
        let units = testing::found(text, Kind::Unit);
        let command = units
            .iter()
            .find(|f| f.name == "U.S. Arctic Command")
            .expect("the command");
        let said: Vec<&str> = command.mentions.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            said,
            ["U.S. Arctic Command", "ARCTICOM", "Arcticom"],
            "{units:?}"
        );
        assert_eq!(command.aliases, ["ARCTICOM"]);
    }
}
