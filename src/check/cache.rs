//! What the checks read from the sources, kept with the index: each article's sentences, what each
//! source sentence says (its content words and its counts, dates and places), where each entity is
//! named and which source sentences speak about it.
//!
//! None of it depends on the note, so it is read once per index rather than once per check: re-checking
//! a note on every save, or checking a long note that touches much of a large corpus, then costs only the
//! note's own side. It is filled lazily, since most of a large corpus is never compared with, and shared
//! between threads, since the server checks notes from several tasks against one index.

use std::collections::HashSet;
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use super::context::citations;
use crate::entity::{ArticleId, EntityId, Kind, Mention, Passage, Provenance};
use crate::index::Index;
use crate::note::claims::{
    DateClaim, PlaceClaim, Quantity, Token, content_word, dates_in, places_in, quantities_in,
    tokens,
};
use crate::note::sentences;

/// Sentences after a mention that may still speak about the entity ("It involved ...", "Carried out in
/// three stages ..."), unless another entity of its kind comes first.
const WINDOW_AFTER: usize = 3;

/// Entity mentions of one article, in order, with the entity each names.
type ArticleMentions = Vec<(Range<usize>, EntityId)>;

/// The lazily read source side of checking, one per index (see the module documentation).
#[derive(Default)]
pub struct SourceCache {
    articles: OnceLock<Box<[OnceLock<ArticleSentences>]>>,
    mentions: OnceLock<Box<[ArticleMentions]>>,
    entities: OnceLock<Box<[EntityCache]>>,
    /// Every capitalized word the sources write.
    capitalized: OnceLock<HashSet<Box<str>>>,
    /// Each article's path with links resolved, to find the sources a note names by path.
    canonical: OnceLock<Box<[Option<PathBuf>]>>,
}

impl fmt::Debug for SourceCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let read = self
            .articles
            .get()
            .map_or(0, |a| a.iter().filter(|s| s.get().is_some()).count());
        f.debug_struct("SourceCache")
            .field("articles_read", &read)
            .finish_non_exhaustive()
    }
}

/// An article's sentences, and what each says once something asked.
struct ArticleSentences {
    ranges: Vec<Range<usize>>,
    read: Box<[OnceLock<Cand>]>,
    all: OnceLock<Vec<Cand>>,
}

#[derive(Default)]
struct EntityCache {
    /// Mentions found by name, for entities the recognizer never saw (gazetteer entries).
    found: OnceLock<Vec<Mention>>,
    window: OnceLock<Vec<Cand>>,
    ranks: OnceLock<Vec<super::rank::SourceRank>>,
    posts: OnceLock<Vec<super::post::SourcePost>>,
}

/// A source sentence a note's claims may be compared with.
#[derive(Clone)]
pub struct Cand {
    pub article: ArticleId,
    data: Arc<SentenceData>,
}

impl Cand {
    pub fn range(&self) -> &Range<usize> {
        &self.data.range
    }

    /// The sentence with its article's text, ready to be read.
    pub fn view<'a>(&'a self, index: &'a Index) -> SourceSentence<'a> {
        SourceSentence {
            text: &index.article(self.article).text,
            data: &self.data,
        }
    }
}

/// What one source sentence says, each part parsed on first use.
struct SentenceData {
    range: Range<usize>,
    /// Entity names, which claims are not read from.
    mentions: Box<[Range<usize>]>,
    /// Entity names and citations.
    exclusions: OnceLock<Box<[Range<usize>]>>,
    words: OnceLock<Box<[u64]>>,
    quantities: OnceLock<Box<[Quantity]>>,
    dates: OnceLock<Box<[DateClaim]>>,
    places: OnceLock<Box<[PlaceClaim]>>,
    keys: OnceLock<HashSet<String>>,
}

/// A source sentence as the claim parsers read it.
#[derive(Clone, Copy)]
pub struct SourceSentence<'a> {
    text: &'a str,
    data: &'a SentenceData,
}

impl<'a> SourceSentence<'a> {
    fn range(&self) -> Range<usize> {
        self.data.range.clone()
    }

    fn exclusions(&self) -> &'a [Range<usize>] {
        self.data.exclusions.get_or_init(|| {
            let mut out = self.data.mentions.to_vec();
            out.extend(citations(self.text, self.range()));
            out.into()
        })
    }

    /// Hashes of the content words, sorted.
    pub fn words(&self) -> &'a [u64] {
        self.data
            .words
            .get_or_init(|| self.words_of(&self.tokens()))
    }

    pub fn quantities(&self) -> &'a [Quantity] {
        self.data
            .quantities
            .get_or_init(|| quantities_in(self.text, &self.tokens(), self.exclusions()).into())
    }

    pub fn dates(&self) -> &'a [DateClaim] {
        self.data
            .dates
            .get_or_init(|| dates_in(self.text, &self.tokens(), self.exclusions()).into())
    }

    /// Place names are often entity mentions themselves: only citations are skipped.
    pub fn places(&self) -> &'a [PlaceClaim] {
        self.data
            .places
            .get_or_init(|| self.places_of(&self.tokens()))
    }

    /// Reads everything the checks may ask of the sentence, splitting its words once for all.
    fn read_all(&self) {
        let toks = self.tokens();
        self.data.words.get_or_init(|| self.words_of(&toks));
        self.data
            .quantities
            .get_or_init(|| quantities_in(self.text, &toks, self.exclusions()).into());
        self.data
            .dates
            .get_or_init(|| dates_in(self.text, &toks, self.exclusions()).into());
        self.data.places.get_or_init(|| self.places_of(&toks));
        self.place_keys();
    }

    fn tokens(&self) -> Vec<Token> {
        tokens(self.text, self.range())
    }

    fn words_of(&self, toks: &[Token]) -> Box<[u64]> {
        let mut out: Vec<u64> = toks
            .iter()
            .filter_map(|t| content_word(self.text, t))
            .map(|w| hash_word(&w))
            .collect();
        out.sort_unstable();
        out.dedup();
        out.into()
    }

    fn places_of(&self, toks: &[Token]) -> Box<[PlaceClaim]> {
        let cites = citations(self.text, self.range());
        places_in(self.text, toks, &cites).into()
    }

    /// The sentence's text.
    pub fn sentence(&self) -> &'a str {
        self.text.get(self.range()).unwrap_or("")
    }

    /// Transliteration keys of the sentence's capitalized words.
    pub fn place_keys(&self) -> &'a HashSet<String> {
        self.data.keys.get_or_init(|| {
            self.sentence()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.starts_with(char::is_uppercase))
                .map(crate::recognize::translit::key)
                .collect()
        })
    }
}

/// True when `text` writes `word` as a whole word.
fn writes(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text
            .match_indices(word)
            .any(|(at, _)| whole_word(text, &(at..at + word.len())))
}

/// True when no letter or digit comes right before or after `range` of `text`.
fn whole_word(text: &str, range: &Range<usize>) -> bool {
    !text[..range.start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && !text[range.end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// Reads ahead, for every official, unit and exercise, what checks ask of the sources about it (the
/// sentences that speak about it, what each says, its ranks and posts), and the word lists every check
/// shares, so that the first check of a note costs what the next ones do. Entities are read in parallel.
/// `go_on` is asked before each entity; returns false when it stopped the warm-up early.
pub fn warm(index: &Index, go_on: &(dyn Fn() -> bool + Sync)) -> bool {
    use rayon::prelude::*;
    let sources = Sources::of(index);
    sources.mentions_in(ArticleId(0));
    sources.writes_word("A");
    sources.canonical_paths();
    index.entities.par_iter().all(|e| {
        if !go_on() {
            return false;
        }
        if matches!(e.kind, Kind::Official | Kind::Unit | Kind::Exercise) {
            for c in sources.window(e.id) {
                c.view(index).read_all();
            }
            if e.kind == Kind::Official {
                sources.ranks(e.id);
                sources.posts(e.id);
            }
        }
        true
    })
}

/// The hash of a content word: alignment compares many sentences' words, and numbers compare fast.
pub fn hash_word(word: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    word.hash(&mut h);
    h.finish()
}

/// The cache of an index, with the index it reads.
#[derive(Clone, Copy)]
pub struct Sources<'a> {
    index: &'a Index,
    cache: &'a SourceCache,
}

impl<'a> Sources<'a> {
    pub fn of(index: &'a Index) -> Sources<'a> {
        Sources {
            index,
            cache: index.source_cache(),
        }
    }

    fn article(&self, a: ArticleId) -> Option<&'a ArticleSentences> {
        let slots = self.cache.articles.get_or_init(|| {
            (0..self.index.articles.len())
                .map(|_| OnceLock::new())
                .collect()
        });
        let slot = slots.get(a.0 as usize)?;
        Some(slot.get_or_init(|| {
            let article = self.index.article(a);
            let ranges: Vec<Range<usize>> = if article.sentences.len() > article.paragraphs.len() {
                article.sentences.iter().map(|s| s.range()).collect()
            } else {
                article
                    .paragraphs
                    .iter()
                    .flat_map(|p| sentences::split(&article.text, p.range()))
                    .collect()
            };
            ArticleSentences {
                read: (0..ranges.len()).map(|_| OnceLock::new()).collect(),
                ranges,
                all: OnceLock::new(),
            }
        }))
    }

    /// Sentences of an article: the corpus's own when it splits paragraphs, else split here.
    pub fn sentences(&self, a: ArticleId) -> &'a [Range<usize>] {
        self.article(a).map_or(&[], |s| s.ranges.as_slice())
    }

    /// Index (in [`Sources::sentences`]) of the sentence holding `offset`.
    pub fn sentence_index(&self, a: ArticleId, offset: usize) -> Option<usize> {
        let list = self.sentences(a);
        let i = list.partition_point(|s| s.end <= offset);
        (i < list.len() && list[i].start <= offset).then_some(i)
    }

    /// The source sentence holding a passage's start (the passage itself when none does).
    pub fn sentence_of(&self, p: &Passage) -> Range<usize> {
        match self.sentence_index(p.article, p.range().start) {
            Some(i) => self.sentences(p.article)[i].clone(),
            None => p.range(),
        }
    }

    /// The `i`th sentence of an article, to compare with.
    fn cand(&self, a: ArticleId, i: usize) -> Option<&'a Cand> {
        let article = self.article(a)?;
        let range = article.ranges.get(i)?;
        Some(article.read[i].get_or_init(|| self.read(a, range.clone())))
    }

    /// A sentence (or a passage no sentence holds) ready to be read.
    fn read(&self, a: ArticleId, range: Range<usize>) -> Cand {
        let mentions = self.mentions_in(a);
        let from = mentions.partition_point(|(r, _)| r.start < range.start);
        let mentions = mentions[from..]
            .iter()
            .take_while(|(r, _)| r.start < range.end)
            .filter(|(r, _)| r.end <= range.end)
            .map(|(r, _)| r.clone())
            .collect();
        Cand {
            article: a,
            data: Arc::new(SentenceData {
                range,
                mentions,
                exclusions: OnceLock::new(),
                words: OnceLock::new(),
                quantities: OnceLock::new(),
                dates: OnceLock::new(),
                places: OnceLock::new(),
                keys: OnceLock::new(),
            }),
        }
    }

    /// Every sentence of an article, to compare with.
    pub fn all(&self, a: ArticleId) -> &'a [Cand] {
        let Some(article) = self.article(a) else {
            return &[];
        };
        article.all.get_or_init(|| {
            (0..article.ranges.len())
                .filter_map(|i| self.cand(a, i).cloned())
                .collect()
        })
    }

    /// Every entity mention in an article, in order.
    pub fn mentions_in(&self, a: ArticleId) -> &'a [(Range<usize>, EntityId)] {
        let lists = self.cache.mentions.get_or_init(|| {
            let mut lists: Vec<ArticleMentions> = vec![Vec::new(); self.index.articles.len()];
            for e in &self.index.entities {
                for m in &e.mentions {
                    if let Some(list) = lists.get_mut(m.article.0 as usize) {
                        list.push((m.range(), e.id));
                    }
                }
            }
            for list in &mut lists {
                list.sort_by_key(|m| m.0.start);
            }
            lists.into()
        });
        lists.get(a.0 as usize).map_or(&[], Vec::as_slice)
    }

    fn entity(&self, e: EntityId) -> Option<&'a EntityCache> {
        let slots = self.cache.entities.get_or_init(|| {
            (0..self.index.entities.len())
                .map(|_| EntityCache::default())
                .collect()
        });
        slots.get(e.0 as usize)
    }

    /// Where the sources name an entity: the recognizer's mentions, or for an entity only the gazetteer
    /// knows, every place an article writes one of its names.
    pub fn mentions_of(&self, e: EntityId) -> &'a [Mention] {
        let entity = self.index.entity(e);
        if !entity.mentions.is_empty() {
            return &entity.mentions;
        }
        let Some(slot) = self.entity(e) else {
            return &[];
        };
        slot.found.get_or_init(|| self.find_by_name(e))
    }

    fn find_by_name(&self, e: EntityId) -> Vec<Mention> {
        let entity = self.index.entity(e);
        let mut names: Vec<&str> = entity.names().filter(|n| n.chars().count() >= 4).collect();
        if entity.kind == Kind::Official {
            names.extend(
                entity
                    .name
                    .split_whitespace()
                    .last()
                    .filter(|s| s.chars().count() >= 4 && entity.name.contains(' ')),
            );
        }
        let mut found = Vec::new();
        for (i, a) in self.index.articles.iter().enumerate() {
            let mut ranges: Vec<Range<usize>> = Vec::new();
            for n in &names {
                for (at, _) in a.text.match_indices(n) {
                    let r = at..at + n.len();
                    if whole_word(&a.text, &r)
                        && !ranges.iter().any(|x| x.start <= r.start && r.end <= x.end)
                    {
                        ranges.push(r);
                    }
                }
            }
            ranges.sort_by_key(|r| r.start);
            found.extend(
                ranges
                    .into_iter()
                    .map(|range| Mention::new(ArticleId(i as u32), range)),
            );
        }
        found
    }

    /// True when some article writes `word` as a whole word (not inside a longer one). A note names
    /// many people the recognizer may have missed, and a scan of a large corpus per name would cost more
    /// than the rest of the check: capitalized words are collected once.
    pub fn writes_word(&self, word: &str) -> bool {
        let plain = word.chars().all(char::is_alphanumeric);
        if !(plain && word.starts_with(char::is_uppercase)) {
            return self.index.articles.iter().any(|a| writes(&a.text, word));
        }
        self.cache
            .capitalized
            .get_or_init(|| {
                let mut set: HashSet<Box<str>> = HashSet::new();
                for a in &self.index.articles {
                    for w in a.text.split(|c: char| !c.is_alphanumeric()) {
                        if w.starts_with(char::is_uppercase) && !set.contains(w) {
                            set.insert(w.into());
                        }
                    }
                }
                set
            })
            .contains(word)
    }

    /// Each article's path with links resolved (`None` when it cannot be, such as a deleted file): a
    /// note names its sources by path, and resolving every article's path on each check of such a note
    /// would cost more than the check.
    pub fn canonical_paths(&self) -> &'a [Option<PathBuf>] {
        self.cache.canonical.get_or_init(|| {
            self.index
                .articles
                .iter()
                .map(|a| a.path.canonicalize().ok())
                .collect()
        })
    }

    /// The ranks the sources give an entity (see [`super::rank`]).
    pub(super) fn ranks(&self, e: EntityId) -> &'a [super::rank::SourceRank] {
        self.entity(e).map_or(&[], |slot| {
            slot.ranks
                .get_or_init(|| super::rank::source_ranks(*self, e))
        })
    }

    /// The posts the sources give an entity (see [`super::post`]).
    pub(super) fn posts(&self, e: EntityId) -> &'a [super::post::SourcePost] {
        self.entity(e).map_or(&[], |slot| {
            slot.posts
                .get_or_init(|| super::post::source_posts(*self, e))
        })
    }

    pub fn index(&self) -> &'a Index {
        self.index
    }

    fn paragraph_of(&self, a: ArticleId, offset: usize) -> usize {
        let paras = &self.index.article(a).paragraphs;
        paras.partition_point(|p| p.range().end < offset)
    }

    /// Source sentences that speak about an entity: each mention's sentence and the few after it in the
    /// same paragraph (until another entity of its kind is named), and the passages of its attributes;
    /// each sentence once.
    pub fn window(&self, e: EntityId) -> &'a [Cand] {
        let Some(slot) = self.entity(e) else {
            return &[];
        };
        slot.window.get_or_init(|| self.compute_window(e))
    }

    fn compute_window(&self, e: EntityId) -> Vec<Cand> {
        let entity = self.index.entity(e);
        let mut out: Vec<Cand> = Vec::new();
        let mut seen: HashSet<(ArticleId, usize)> = HashSet::new();
        let mut push = |c: Option<Cand>, out: &mut Vec<Cand>| {
            if let Some(c) = c {
                if seen.insert((c.article, c.range().start)) {
                    out.push(c);
                }
            }
        };
        for m in self.mentions_of(e) {
            let a = m.article;
            let Some(first) = self.sentence_index(a, m.range().start) else {
                continue;
            };
            let list = self.sentences(a);
            let para = self.paragraph_of(a, m.range().start);
            push(self.cand(a, first).cloned(), &mut out);
            for (i, s) in list.iter().enumerate().skip(first + 1).take(WINDOW_AFTER) {
                if self.paragraph_of(a, s.start) != para {
                    break;
                }
                let other = self.mentions_in(a).iter().any(|(r, id)| {
                    *id != e
                        && s.start <= r.start
                        && r.end <= s.end
                        && self.index.entity(*id).kind == entity.kind
                });
                if other {
                    break;
                }
                push(self.cand(a, i).cloned(), &mut out);
            }
        }
        for attr in &entity.attributes {
            if let Provenance::Source(p) = &attr.provenance {
                let c = match self.sentence_index(p.article, p.range().start) {
                    Some(i) => self.cand(p.article, i).cloned(),
                    None => Some(self.read(p.article, p.range())),
                };
                push(c, &mut out);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::corpus::Article;
    use crate::gazetteer::Gazetteer;

    const TEXT: &str =
        "General Ivan Koval arrived in Rostov on May 12. He inspected 300 troops there. \
Oleg Marchenko then spoke. The troops rested.

Koval left the next day.

Kovalenkov met Anna Kovalenko.
";

    const GAZETTEER: &str = r#"
[[entity]]
name = "Ivan Koval"
kind = "official"
aliases = ["Koval"]

[[entity]]
name = "Oleg Marchenko"
kind = "official"

[[entity]]
name = "Anna Kovalenko"
kind = "official"
"#;

    /// One article; Koval and Marchenko mentioned where the text names them (as the recognizer would),
    /// Kovalenko known to the gazetteer alone.
    fn index() -> Index {
        let gazetteer = Gazetteer::parse(Path::new("entities.toml"), GAZETTEER).expect("gazetteer");
        let mut index = Index::build(Vec::new(), &gazetteer);
        index.articles = vec![Article::parse(
            Path::new("sources/a.txt").to_path_buf(),
            TEXT.to_string(),
        )];
        for (name, words, len) in [
            ("Ivan Koval", "Ivan Koval", 10),
            ("Oleg Marchenko", "Oleg Marchenko", 14),
            ("Ivan Koval", "Koval left", 5),
        ] {
            let at = TEXT.find(words).expect("words");
            let e = index
                .entities
                .iter_mut()
                .find(|e| e.name == name)
                .expect("entity");
            e.mentions.push(Mention::new(ArticleId(0), at..at + len));
        }
        index
    }

    fn id(index: &Index, name: &str) -> EntityId {
        index
            .entities
            .iter()
            .find(|e| e.name == name)
            .expect("entity")
            .id
    }

    fn texts<'a>(index: &'a Index, list: &'a [Cand]) -> Vec<&'a str> {
        list.iter().map(|c| c.view(index).sentence()).collect()
    }

    #[test]
    fn a_window_runs_on_until_another_official_or_the_paragraph_ends() {
        let index = index();
        let sources = Sources::of(&index);
        let koval = id(&index, "Ivan Koval");
        assert_eq!(
            texts(&index, sources.window(koval)),
            vec![
                "General Ivan Koval arrived in Rostov on May 12.",
                "He inspected 300 troops there.",
                "Koval left the next day."
            ]
        );
        let marchenko = id(&index, "Oleg Marchenko");
        assert_eq!(
            texts(&index, sources.window(marchenko)),
            vec!["Oleg Marchenko then spoke.", "The troops rested."]
        );
    }

    #[test]
    fn sentences_are_read_once_and_shared_by_windows_and_articles() {
        let index = index();
        let sources = Sources::of(&index);
        let koval = id(&index, "Ivan Koval");
        let window = sources.window(koval);
        assert!(std::ptr::eq(window, Sources::of(&index).window(koval)));
        let all = sources.all(ArticleId(0));
        assert_eq!(all.len(), 6);
        assert!(Arc::ptr_eq(&window[1].data, &all[1].data));
        let counts = window[1].view(&index).quantities();
        assert_eq!(counts.len(), 1);
        assert!(std::ptr::eq(counts, all[1].view(&index).quantities()));
        // The first sentence's date is a date, and the official's name is not read as a claim.
        assert_eq!(window[0].view(&index).dates().len(), 1);
        assert!(window[0].view(&index).quantities().is_empty());
    }

    #[test]
    fn a_warm_up_reads_ahead_what_a_lazy_read_would_read() {
        let index = index();
        let koval = id(&index, "Ivan Koval");
        assert!(!warm(&index, &|| false), "stopped before the first entity");
        let cache = index.source_cache();
        assert!(cache.capitalized.get().is_some());
        assert!(
            cache
                .entities
                .get()
                .is_none_or(|e| e[koval.0 as usize].window.get().is_none())
        );
        assert!(warm(&index, &|| true));
        let window = cache.entities.get().expect("entities")[koval.0 as usize]
            .window
            .get()
            .expect("the official's window is read");
        for c in window {
            let d = &c.data;
            assert!(d.words.get().is_some() && d.quantities.get().is_some());
            assert!(d.dates.get().is_some() && d.places.get().is_some());
        }
        // What the warm-up read is what reading one part at a time reads.
        let fresh = Index::build(Vec::new(), &Gazetteer::default());
        let lazy = Sources {
            index: &index,
            cache: fresh.source_cache(),
        };
        let lazy_window = lazy.window(koval);
        assert_eq!(lazy_window.len(), window.len());
        for (a, b) in window.iter().zip(lazy_window) {
            let (a, b) = (a.view(&index), b.view(&index));
            assert_eq!(a.words(), b.words());
            assert_eq!(a.quantities(), b.quantities());
            assert_eq!(a.dates(), b.dates());
            assert_eq!(a.places(), b.places());
        }
        let words = content_words_hashed(&index, &window[0]);
        assert_eq!(window[0].view(&index).words(), &words[..]);
    }

    /// Hashes of a sentence's content words, the long way.
    fn content_words_hashed(index: &Index, c: &Cand) -> Vec<u64> {
        let text = &index.article(c.article).text;
        let mut out: Vec<u64> = crate::note::claims::content_words(text, c.range().clone(), &[])
            .iter()
            .map(|w| hash_word(w))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    #[test]
    fn words_the_sources_write_are_whole_words() {
        let index = index();
        let sources = Sources::of(&index);
        assert!(sources.writes_word("Kovalenkov"));
        assert!(sources.writes_word("Rostov"));
        assert!(!sources.writes_word("Kovalenk"));
        assert!(!sources.writes_word("Petrov"));
        // Words the collected set cannot hold are looked for in the text.
        assert!(sources.writes_word("inspected"));
        assert!(sources.writes_word("Oleg Marchenko"));
        assert!(!sources.writes_word("Oleg Koval"));
        assert!(!sources.writes_word(""));
    }

    #[test]
    fn a_gazetteer_only_entity_is_found_by_its_names_as_whole_words() {
        let index = index();
        let sources = Sources::of(&index);
        let kovalenko = id(&index, "Anna Kovalenko");
        assert!(index.entity(kovalenko).mentions.is_empty());
        // "Kovalenkov" is someone else; "Kovalenko" inside "Anna Kovalenko" is the same mention.
        let found = sources.mentions_of(kovalenko);
        assert_eq!(found.len(), 1);
        assert_eq!(&TEXT[found[0].range()], "Anna Kovalenko");
        assert_eq!(
            texts(&index, sources.window(kovalenko)),
            vec!["Kovalenkov met Anna Kovalenko."]
        );
        let koval = id(&index, "Ivan Koval");
        assert_eq!(sources.mentions_of(koval).len(), 2);
    }
}
