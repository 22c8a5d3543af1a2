//! Officials named without a title. An article often gives a rank or post once ("Prime Minister Abiy
//! Ahmed Ali") and another article, or the same one further on, writes only the name ("spoke with Abiy
//! Ahmed, whose government ..."). The per-article recognizer cannot know that bare name is an official;
//! the corpus can. So the full names (two or more words) of officials that some article introduced with a
//! rank or post, or showed acting as the state, become a gazetteer built at run time from the input, and
//! every untitled occurrence of one of them that is no other entity's mention joins that official. A
//! name of up to three words spelled in another romanization ("Sadyr Zhaparov" for "Sadyr Japarov")
//! joins too, when the people linking finds the two spellings one person's.
//!
//! This runs over finished per-article results, so the per-article cache stays valid. It is linear in
//! the corpus: one hash of name word sequences, looked up while walking each article's runs of
//! capitalized words (never one scan per name).

use std::ops::Range;

use crate::corpus::Article;
use crate::entity::{ArticleId, Entity, Kind, Mention};
use crate::recognize::lexicon::{self, FastMap, class};
use crate::recognize::official::prefixed_surname;
use crate::recognize::token::Tokens;

use super::people::{self, Person};

/// The most words a name in the table has (a given name, two patronymics, a particle and a surname).
const MOST_WORDS: usize = 7;

/// Who a word sequence names: one official, or several (then nobody).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    One(u32),
    Several,
}

/// The table of names: a full name and, for a name of three or more words, its first two words ("Abiy
/// Ahmed" of "Abiy Ahmed Ali"), which East African and Arab usage writes alone. A full name outranks a
/// short form of another official's name; two officials with one key cancel it.
#[derive(Default)]
struct Names<'a> {
    full: FastMap<&'a str, Owner>,
    short: FastMap<String, Owner>,
}

impl<'a> Names<'a> {
    fn add_full(&mut self, key: &'a str, owner: u32) {
        let slot = self.full.entry(key).or_insert(Owner::One(owner));
        if *slot != Owner::One(owner) {
            *slot = Owner::Several;
        }
    }

    fn add_short(&mut self, key: String, owner: u32) {
        let slot = self.short.entry(key).or_insert(Owner::One(owner));
        if *slot != Owner::One(owner) {
            *slot = Owner::Several;
        }
    }

    fn get(&self, key: &str) -> Option<u32> {
        match self.full.get(key).or_else(|| self.short.get(key)) {
            Some(Owner::One(o)) => Some(*o),
            _ => None,
        }
    }
}

/// A word that may stand inside a name but not begin or end one: "bin", "al", "de".
fn particle(w: &str) -> bool {
    matches!(
        w,
        "bin"
            | "ibn"
            | "bint"
            | "ben"
            | "ould"
            | "al"
            | "el"
            | "von"
            | "van"
            | "der"
            | "den"
            | "de"
            | "da"
            | "di"
            | "del"
            | "dos"
            | "das"
            | "la"
            | "le"
            | "Al"
            | "El"
            | "Bin"
            | "Ibn"
            | "Bint"
    )
}

/// The words of an official's name that the table keys on: without the honorifics and styles that may
/// open it ("His Highness Sheikh"), and only when every word is a plain capitalized name word or a
/// particle, so that a name carrying a rank ("Gen Tea Seyha") or an initial ("A.P. Singh") is left out.
fn name_words(name: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = name
        .split(' ')
        .skip_while(|w| lexicon::name_style(w))
        .collect();
    let plain = |w: &&str| {
        particle(w)
            || w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && lexicon::classes(w)
                    & (class::RANK
                        | class::POST_HEAD
                        | class::UNIT_HEAD
                        | class::ORG_HEAD
                        | class::PLACE_HEAD
                        | class::COUNTRY
                        | class::NATIONALITY
                        | class::NOT_NAME)
                    == 0
            || w.starts_with(|c: char| c.is_lowercase()) && w.contains('-')
    };
    let named = words.iter().filter(|w| !particle(w)).count();
    let ends = |w: Option<&&str>| w.is_some_and(|w| !particle(w));
    (named >= 2
        && words.len() <= MOST_WORDS
        && words.iter().all(plain)
        && ends(words.first())
        && ends(words.last()))
    .then_some(words)
}

/// True when some article made the entity an official: with a rank or post, or by what the sentence
/// has the person do (sign a decree, meet a president, watch the drills). A name is only looked for
/// elsewhere once an article has vouched for it being an official's.
fn vouched(e: &Entity) -> bool {
    e.kind == Kind::Official
}

/// Builds the table of names from the officials among `entities`.
fn table(entities: &[Entity]) -> Names<'_> {
    let mut names = Names::default();
    for e in entities {
        if !vouched(e) {
            continue;
        }
        for n in e.names() {
            let Some(words) = name_words(n) else {
                continue;
            };
            // The words are the end of the name: it starts where they do.
            let start = (n.len() + 1).saturating_sub(words.iter().map(|w| w.len() + 1).sum());
            let Some(key) = n.get(start..) else {
                continue;
            };
            names.add_full(key, e.id.0);
            if words.iter().filter(|w| !particle(w)).count() >= 3 && !particle(words[1]) {
                names.add_short(format!("{} {}", words[0], words[1]), e.id.0);
            }
        }
    }
    // A short form that is also someone's full name is that someone's.
    let full = &names.full;
    names.short.retain(|k, _| !full.contains_key(k.as_str()));
    names
}

/// True when token `i` can stand in a run of name words.
fn run_word(t: &Tokens, i: usize) -> bool {
    let tok = &t.toks[i];
    tok.is_word() && (tok.cap && !tok.upper || particle(t.str(i)) || prefixed_surname(t, i))
}

/// True when token `i` is a name word that another word before it in the same run may not precede: a
/// given name or a word of no class continues a name, while a rank, post, country or other classed word
/// before it ends whatever came before ("Kenyan President William Ruto").
fn opens_name(t: &Tokens, i: usize, run_start: usize) -> bool {
    if i == run_start {
        return true;
    }
    let prev = &t.toks[i - 1];
    prev.class & !class::FIRST_NAME != 0
        || lexicon::capitalized_function_word(t.str(i - 1))
        || lexicon::name_style(t.str(i - 1))
}

/// A run of name words that spells no name of the table exactly: the words that may name someone in
/// another romanization, longest first, each with its range.
struct Unmatched {
    windows: Vec<(String, Range<usize>)>,
}

/// What one article holds: mentions of the table's names, as (owner, range), and runs that spell none.
type Found = (Vec<(u32, Range<usize>)>, Vec<Unmatched>);

/// The untitled mentions in `article` of the officials in `names`, as (owner, range), skipping ranges
/// that overlap `taken`, and the runs of name words that spell none of them.
fn find(article: &Article, names: &Names, taken: &[Range<usize>]) -> Found {
    let t = Tokens::new(article);
    let mut out = Vec::new();
    let mut unmatched = Vec::new();
    let mut key = String::new();
    let mut i = 0;
    while i < t.len() {
        if !(run_word(&t, i) && t.toks[i].cap) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < t.len() && t.same_sentence(i, end) && run_word(&t, end) {
            end += 1;
        }
        // The run's last word must be capitalized: "Ahmed al" ends at "Ahmed".
        let mut stop = end;
        while stop > i && !t.toks[stop - 1].cap && !prefixed_surname(&t, stop - 1) {
            stop -= 1;
        }
        let mut windows = Vec::new();
        let mut matched = false;
        // A name ends where the run does; it may start wherever a classed word precedes it.
        for s in i..stop.saturating_sub(1) {
            if stop - s > MOST_WORDS || !t.toks[s].cap || !opens_name(&t, s, i) {
                continue;
            }
            key.clear();
            for k in s..stop {
                if k > s {
                    key.push(' ');
                }
                key.push_str(t.str(k));
            }
            let r = t.span(s, stop - 1);
            let free = !taken.iter().any(|m| m.start < r.end && r.start < m.end)
                && !crate::recognize::coref::credit_line(&t, s);
            let Some(owner) = names.get(&key) else {
                if free && stop - s <= VARIANT_WORDS && name_words(&key).is_some() {
                    windows.push((key.clone(), r));
                }
                continue;
            };
            if free {
                out.push((owner, r));
            }
            matched = true;
            break;
        }
        if !matched && !windows.is_empty() {
            unmatched.push(Unmatched { windows });
        }
        i = end;
    }
    (out, unmatched)
}

/// The most words a name spelled in another romanization may have: a given name, a father's or middle
/// name and a surname. Longer runs are titles of works or organizations more often than names.
const VARIANT_WORDS: usize = 3;

/// The number of words of a name that are not particles.
fn named_words(name: &str) -> usize {
    name.split(' ').filter(|w| !particle(w)).count()
}

/// The owners each spelling in `spellings` may be a romanization variant of: the officials of
/// `entities` whose name, of as many words, [`people::pairs`] finds to be the
/// same person's ("Sadyr Zhaparov" / "Sadyr Japarov", "Saddam Hifter" / "Saddam Haftar").
fn variant_owners(entities: &[Entity], spellings: &[&str]) -> FastMap<usize, Vec<u32>> {
    let mut known: Vec<(String, u32)> = Vec::new();
    for e in entities {
        if !vouched(e) {
            continue;
        }
        for n in e.names() {
            if let Some(words) = name_words(n)
                && words.len() <= VARIANT_WORDS
            {
                known.push((words.join(" "), e.id.0));
            }
        }
    }
    let mut out: FastMap<usize, Vec<u32>> = FastMap::default();
    if known.is_empty() || spellings.is_empty() {
        return out;
    }
    let persons: Vec<Person> = known
        .iter()
        .map(|(n, _)| n.as_str())
        .chain(spellings.iter().copied())
        .map(Person::parse)
        .collect();
    let k = known.len();
    for (x, y) in people::pairs(&persons) {
        let (x, y) = (x.min(y), x.max(y));
        if x >= k || y < k {
            continue;
        }
        let (name, owner) = &known[x];
        let spelling = spellings[y - k];
        if named_words(name) != named_words(spelling) {
            continue;
        }
        let list = out.entry(y - k).or_default();
        if !list.contains(owner) {
            list.push(*owner);
        }
    }
    out
}

/// Adds to `entities` the untitled mentions of officials introduced with a title elsewhere (or earlier
/// in the same article).
pub(crate) fn add_untitled_officials(articles: &[Article], entities: &mut [Entity]) {
    use rayon::prelude::*;
    let names = table(entities);
    if names.full.is_empty() {
        return;
    }
    let taken = super::bare::taken_by_article(articles.len(), entities);
    let found: Vec<Found> = articles
        .par_iter()
        .zip(taken.par_iter())
        .map(|(a, t)| find(a, &names, t))
        .collect();
    drop(names);
    // The spellings no titled name matched, once each, for one comparison with the titled names.
    let mut index_of: FastMap<&str, usize> = FastMap::default();
    let mut spellings: Vec<&str> = Vec::new();
    for (_, runs) in &found {
        for run in runs {
            for (w, _) in &run.windows {
                index_of.entry(w.as_str()).or_insert_with(|| {
                    spellings.push(w.as_str());
                    spellings.len() - 1
                });
            }
        }
    }
    let owners = variant_owners(entities, &spellings);
    // The articles of each official a variant spelling shares with another, gathered once: a head of
    // state may be mentioned in thousands of articles, and every ambiguous spelling asks about them.
    let shared_in: FastMap<(u32, usize), ()> = owners
        .values()
        .filter(|list| list.len() > 1)
        .flatten()
        .filter_map(|&o| Some((o, entities.get(o as usize)?)))
        .flat_map(|(o, e)| {
            e.mentions
                .iter()
                .map(move |m| ((o, m.article.0 as usize), ()))
        })
        .collect();
    // (article, owner, range, the spelling when it is a variant one).
    let mut adds: Vec<(usize, u32, Range<usize>, Option<String>)> = Vec::new();
    for (a, (exact, runs)) in found.iter().enumerate() {
        adds.extend(exact.iter().map(|(o, r)| (a, *o, r.clone(), None)));
        // A variant spelling of two officials' names names the one this article mentions, if only one.
        let here = |o: &u32| shared_in.contains_key(&(*o, a)) || exact.iter().any(|(x, _)| x == o);
        for run in runs {
            let pick = run.windows.iter().find_map(|(w, r)| {
                let list = index_of.get(w.as_str()).and_then(|i| owners.get(i))?;
                match list.as_slice() {
                    [one] => Some((*one, r.clone(), w)),
                    several => {
                        let mut present = several.iter().filter(|o| here(o));
                        match (present.next(), present.next()) {
                            (Some(o), None) => Some((*o, r.clone(), w)),
                            _ => None,
                        }
                    }
                }
            });
            if let Some((o, r, w)) = pick {
                adds.push((a, o, r, Some(w.clone())));
            }
        }
    }
    drop(index_of);
    drop(found);
    for (a, owner, r, spelling) in adds {
        if let Some(e) = entities.get_mut(owner as usize) {
            e.mentions.push(Mention::new(ArticleId(a as u32), r));
            // The spelling is one of the official's names from now on, so that its bare surname in
            // the same article ("Jašari" after "Baškim Jašari") is found as the other spellings' are.
            if let Some(w) = spelling
                && e.name != w
                && !e.aliases.contains(&w)
            {
                e.aliases.push(w);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Article;
    use crate::gazetteer::Gazetteer;
    use crate::index::Index;

    fn article(name: &str, body: &str) -> Article {
        Article::parse(name, format!("Title: {name}\nDate: 1 May 2025\n\n{body}\n"))
    }

    /// The mentions' texts of the official whose name is `name`, as "file:text".
    fn mentions(index: &Index, name: &str) -> Vec<String> {
        let Some(e) = index.entities.iter().find(|e| e.name == name) else {
            return Vec::new();
        };
        e.mentions
            .iter()
            .map(|m| {
                let a = index.article(m.article);
                format!("{}:{}", a.path.display(), a.slice(m.range()))
            })
            .collect()
    }

    #[test]
    fn a_titled_name_is_found_untitled_in_another_article() {
        let index = Index::build(
            vec![
                article(
                    "a.txt",
                    "Prime Minister Peter Kiprono Mwangi said the troops would stay.",
                ),
                article(
                    "b.txt",
                    "The envoy met Peter Kiprono Mwangi, whose government approved the plan.",
                ),
            ],
            &Gazetteer::default(),
        );
        let m = mentions(&index, "Peter Kiprono Mwangi");
        assert!(
            m.contains(&"b.txt:Peter Kiprono Mwangi".to_string()),
            "{m:?}"
        );
    }

    #[test]
    fn the_first_two_words_of_a_long_name_name_him_too() {
        let index = Index::build(
            vec![
                article(
                    "a.txt",
                    "President Omar Sheikh Farah visited the base. Omar Sheikh later spoke to troops.",
                ),
                article(
                    "b.txt",
                    "The minister had spoken with Omar Sheikh on Monday.",
                ),
            ],
            &Gazetteer::default(),
        );
        let m = mentions(&index, "Omar Sheikh Farah");
        assert!(m.contains(&"a.txt:Omar Sheikh".to_string()), "{m:?}");
        assert!(m.contains(&"b.txt:Omar Sheikh".to_string()), "{m:?}");
    }

    #[test]
    fn a_longer_name_or_another_entity_is_not_taken() {
        let index = Index::build(
            vec![
                article(
                    "a.txt",
                    "Defence Minister Karim Haddad inspected the brigade.",
                ),
                article(
                    "b.txt",
                    "The analyst Yusuf Karim Haddad said the drill was routine. \
                     The Karim Haddad Barracks hosted it.",
                ),
            ],
            &Gazetteer::default(),
        );
        let m = mentions(&index, "Karim Haddad");
        assert!(
            m.iter().all(|x| x.starts_with("a.txt")),
            "only the titled mention: {m:?}"
        );
    }

    #[test]
    fn a_name_after_a_post_word_in_the_same_run_is_found() {
        let index = Index::build(
            vec![
                article(
                    "a.txt",
                    "Army chief Gen. Samuel Okello Odhiambo opened the exercise.",
                ),
                article(
                    "b.txt",
                    "Kenyan Samuel Okello Odhiambo arrived. Samuel Okello Odhiambo left on Friday.",
                ),
            ],
            &Gazetteer::default(),
        );
        let m = mentions(&index, "Samuel Okello Odhiambo");
        assert!(
            m.iter().filter(|x| x.starts_with("b.txt")).count() == 2,
            "{m:?}"
        );
    }

    #[test]
    fn a_name_two_officials_share_is_left_alone() {
        let index = Index::build(
            vec![
                article("a.txt", "Defence Minister Ali Hassan Omar visited Berbera."),
                article("b.txt", "Police chief Ali Hassan Yusuf visited Hargeisa."),
                article(
                    "c.txt",
                    "Later Ali Hassan told reporters the talks went well.",
                ),
            ],
            &Gazetteer::default(),
        );
        for name in ["Ali Hassan Omar", "Ali Hassan Yusuf"] {
            let m = mentions(&index, name);
            assert!(m.iter().all(|x| !x.starts_with("c.txt")), "{name}: {m:?}");
        }
    }

    #[test]
    fn a_name_shown_acting_as_the_state_is_found_in_another_article() {
        let index = Index::build(
            vec![
                article(
                    "a.txt",
                    "Oleksandr Hrytsenko has signed a decree on the call-up.",
                ),
                article(
                    "b.txt",
                    "Critics in Kyiv say Oleksandr Hrytsenko moved too fast.",
                ),
            ],
            &Gazetteer::default(),
        );
        let m = mentions(&index, "Oleksandr Hrytsenko");
        assert!(
            m.contains(&"b.txt:Oleksandr Hrytsenko".to_string()),
            "{m:?}"
        );
    }

    #[test]
    fn an_untitled_person_in_no_article_stays_unknown() {
        let index = Index::build(
            vec![article(
                "a.txt",
                "The analyst Maria Lopez Garcia said the exercise was routine.",
            )],
            &Gazetteer::default(),
        );
        assert!(mentions(&index, "Maria Lopez Garcia").is_empty());
    }

    #[test]
    fn a_short_form_after_an_honorific_is_found() {
        let index = Index::build(
            vec![article(
                "a.txt",
                "Minister of Defense Sheikh Nasser Ali Al-Hamad Al-Sabah attended. \
                 Sheikh Nasser Ali said the exercise went well.",
            )],
            &Gazetteer::default(),
        );
        let m = mentions(&index, "Nasser Ali Al-Hamad Al-Sabah");
        assert!(m.contains(&"a.txt:Nasser Ali".to_string()), "{m:?}");
    }

    #[test]
    fn a_surname_that_opens_a_longer_name_is_no_mention() {
        let index = Index::build(
            vec![
                article(
                    "a.txt",
                    "Defence Minister Yusuf Ahmed said the troops were ready.",
                ),
                article(
                    "b.txt",
                    "Security analyst Ahmed al-Rawi told reporters the move was new.",
                ),
            ],
            &Gazetteer::default(),
        );
        let m = mentions(&index, "Yusuf Ahmed");
        assert!(m.iter().all(|x| x.starts_with("a.txt")), "{m:?}");
    }
    #[test]
    fn a_spelling_of_another_romanization_joins_the_titled_name() {
        let index = Index::build(
            vec![
                article(
                    "a.txt",
                    "President Nurlan Jaksybekov opened the summit in Astana.",
                ),
                article(
                    "b.txt",
                    "The minister said he had discussed the drill with Nurlan Zhaksybekov in August. \
                     Zhaksybekov did not comment.",
                ),
            ],
            &Gazetteer::default(),
        );
        let m = mentions(&index, "Nurlan Jaksybekov");
        assert!(m.contains(&"b.txt:Nurlan Zhaksybekov".to_string()), "{m:?}");
        // Its bare surname follows it.
        assert!(m.contains(&"b.txt:Zhaksybekov".to_string()), "{m:?}");
    }

    #[test]
    fn a_relative_or_a_shorter_name_is_no_variant() {
        let index = Index::build(
            vec![
                article(
                    "a.txt",
                    "Lieutenant General Tariq Khalid Hafter inspected the brigade. \
                     Defence Minister Omar Bashiri attended.",
                ),
                article(
                    "b.txt",
                    "Tariq Hifter was not there. Khalid Hifter, his brother, runs a firm. \
                     Omar Bashir Stadium hosted the parade.",
                ),
            ],
            &Gazetteer::default(),
        );
        for name in ["Tariq Khalid Hafter", "Omar Bashiri"] {
            let m = mentions(&index, name);
            assert!(m.iter().all(|x| x.starts_with("a.txt")), "{name}: {m:?}");
        }
    }

    #[test]
    fn a_variant_joins_the_name_titled_in_its_own_article() {
        let index = Index::build(
            vec![
                article("a.txt", "Colonel Yusuf Hafter commanded the battalion."),
                article(
                    "b.txt",
                    "Colonel Yusuf Haftar inspected the depot. Yusuf Hifter later left.",
                ),
                article("c.txt", "Yusuf Hifter was named in the report."),
            ],
            &Gazetteer::default(),
        );
        let all: Vec<String> = index
            .entities
            .iter()
            .filter(|e| e.name.starts_with("Yusuf"))
            .flat_map(|e| mentions(&index, &e.name))
            .collect();
        assert!(all.contains(&"b.txt:Yusuf Hifter".to_string()), "{all:?}");
    }
}
