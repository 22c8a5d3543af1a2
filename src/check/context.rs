//! What every check needs: the note's mentions by sentence, the source sentences that speak about an
//! entity, alignment of a note sentence with the source sentence that reports the same event, and the
//! words that say where a source passage is.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::rc::Rc;

use crate::entity::{ArticleId, EntityId, Kind, Mention, Passage, Provenance};
use crate::index::Index;
use crate::matching::DetailedMatch;
use crate::note::claims::{
    DateClaim, PlaceClaim, Quantity, content_words, dates, places, quantities,
};
use crate::note::{Note, sentences};

/// Sentences after a mention that may still speak about the entity ("It involved ...", "Carried out in
/// three stages ..."), unless another entity of its kind comes first.
const WINDOW_AFTER: usize = 3;
/// Articles compared when a note names no source and a sentence names no entity.
const CONTEXT_ARTICLES: usize = 3;

/// A candidate source sentence: its article, its range and what it says.
pub type Cand<'a> = (ArticleId, Range<usize>, Rc<SourceSentence<'a>>);

/// Where a claim sits in the note: its sentence, the words alignment leaves out (the claim's and the
/// entities'), and the least overlap with an entity's own sentences that makes them evidence.
pub struct ClaimSite {
    pub sentence: Range<usize>,
    pub exclude: Vec<Range<usize>>,
    pub min_entity_score: usize,
}

/// The source sentences a note sentence's claims are compared with.
pub struct Candidates<'a> {
    pub list: Rc<Vec<Cand<'a>>>,
    /// Least number of shared content words for an alignment to count.
    pub min_score: usize,
    /// The sentences speak about an entity the note sentence names.
    pub entity_tied: bool,
}

/// Maps and sets keyed by ids and offsets, which a check run queries for every candidate sentence: a
/// multiplicative hash is several times cheaper than the default keyed one, and these keys come from the
/// index, not from an adversary.
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;
type FastSet<K> = HashSet<K, BuildHasherDefault<IdHasher>>;

/// FxHash-style mixing of small integer keys.
#[derive(Default)]
struct IdHasher(u64);

impl IdHasher {
    fn mix(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(buf));
        }
    }
    fn write_u32(&mut self, x: u32) {
        self.mix(u64::from(x));
    }
    fn write_u64(&mut self, x: u64) {
        self.mix(x);
    }
    fn write_usize(&mut self, x: usize) {
        self.mix(x as u64);
    }
}

/// Entity mentions of each article, in order.
type MentionsByArticle = FastMap<ArticleId, Vec<(Range<usize>, EntityId)>>;

/// One note being checked against the index.
pub struct Context<'a> {
    pub index: &'a Index,
    pub note: &'a Note,
    pub text: &'a str,
    pub preferred: &'a [ArticleId],
    /// Mentions in the note's prose, in order.
    pub matches: Vec<DetailedMatch>,
    source_sentences: RefCell<FastMap<ArticleId, Rc<Vec<Range<usize>>>>>,
    mentions_by_article: OnceCell<MentionsByArticle>,
    found_mentions: RefCell<FastMap<EntityId, Rc<Vec<Mention>>>>,
    windows: RefCell<FastMap<EntityId, Rc<Vec<Cand<'a>>>>>,
    sentence_info: RefCell<FastMap<(ArticleId, usize), Rc<SourceSentence<'a>>>>,
    context_sentences: OnceCell<Vec<Cand<'a>>>,
    candidates: RefCell<FastMap<usize, Option<Rc<Candidates<'a>>>>>,
    /// Candidates by the entities a sentence names for sure (most sentences of a long note name the
    /// same few), and the context articles' candidates for sentences that name none.
    entity_candidates: RefCell<FastMap<Vec<EntityId>, Option<Rc<Candidates<'a>>>>>,
    context_candidates: OnceCell<Rc<Candidates<'a>>>,
    context_articles: OnceCell<Vec<ArticleId>>,
}

/// What one source sentence says, as the claim parsers read it: parsed on first use, once per check
/// run (a long note may touch most of a large corpus, but most claims fit the first sentences tried).
pub struct SourceSentence<'a> {
    /// The article's text and the sentence's range in it.
    text: &'a str,
    range: Range<usize>,
    /// Entity names, which claims are not read from.
    mentions: Vec<Range<usize>>,
    /// Entity names and citations.
    exclusions: OnceCell<Vec<Range<usize>>>,
    words: OnceCell<Vec<u64>>,
    quantities: OnceCell<Vec<Quantity>>,
    dates: OnceCell<Vec<DateClaim>>,
    places: OnceCell<Vec<PlaceClaim>>,
    keys: OnceCell<HashSet<String>>,
}

impl SourceSentence<'_> {
    fn exclusions(&self) -> &[Range<usize>] {
        self.exclusions.get_or_init(|| {
            let mut out = self.mentions.clone();
            out.extend(citations(self.text, self.range.clone()));
            out
        })
    }

    /// Hashes of the content words, sorted.
    pub fn words(&self) -> &[u64] {
        self.words
            .get_or_init(|| hashes(&content_words(self.text, self.range.clone(), &[])))
    }

    pub fn quantities(&self) -> &[Quantity] {
        self.quantities
            .get_or_init(|| quantities(self.text, self.range.clone(), self.exclusions()))
    }

    pub fn dates(&self) -> &[DateClaim] {
        self.dates
            .get_or_init(|| dates(self.text, self.range.clone(), self.exclusions()))
    }

    /// Place names are often entity mentions themselves: only citations are skipped.
    pub fn places(&self) -> &[PlaceClaim] {
        self.places.get_or_init(|| {
            let cites = citations(self.text, self.range.clone());
            places(self.text, self.range.clone(), &cites)
        })
    }

    /// The sentence's text.
    pub fn sentence(&self) -> &str {
        self.text.get(self.range.clone()).unwrap_or("")
    }

    /// Transliteration keys of the sentence's capitalized words.
    pub fn place_keys(&self) -> &HashSet<String> {
        self.keys.get_or_init(|| {
            self.sentence()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.starts_with(char::is_uppercase))
                .map(crate::recognize::translit::key)
                .collect()
        })
    }
}

/// A source sentence aligned with a note sentence, with the values of one kind of claim it holds.
pub struct Aligned<T> {
    pub article: ArticleId,
    pub sentence: Range<usize>,
    pub values: Vec<T>,
}

impl<'a> Context<'a> {
    pub fn new(
        index: &'a Index,
        note: &'a Note,
        text: &'a str,
        preferred: &'a [ArticleId],
    ) -> Context<'a> {
        let matches = index
            .matcher()
            .find_detailed(text)
            .into_iter()
            .filter(|m| m.range.start >= note.body.start && !note.in_code(&m.range))
            .collect();
        Context {
            index,
            note,
            text,
            preferred,
            matches,
            source_sentences: RefCell::new(FastMap::default()),
            mentions_by_article: OnceCell::new(),
            found_mentions: RefCell::new(FastMap::default()),
            windows: RefCell::new(FastMap::default()),
            sentence_info: RefCell::new(FastMap::default()),
            context_sentences: OnceCell::new(),
            candidates: RefCell::new(FastMap::default()),
            entity_candidates: RefCell::new(FastMap::default()),
            context_candidates: OnceCell::new(),
            context_articles: OnceCell::new(),
        }
    }

    /// The note's mentions within `range`.
    pub fn matches_in(&self, range: &Range<usize>) -> &[DetailedMatch] {
        let from = self
            .matches
            .partition_point(|m| m.range.start < range.start);
        let to = self.matches.partition_point(|m| m.range.start < range.end);
        &self.matches[from..to.max(from)]
    }

    /// The note sentences, each with its mentions.
    pub fn sentences(&self) -> impl Iterator<Item = (Range<usize>, &[DetailedMatch])> {
        self.note
            .sentences
            .iter()
            .map(|s| (s.clone(), self.matches_in(s)))
    }

    pub fn kind(&self, e: EntityId) -> Kind {
        self.index.entity(e).kind
    }

    /// Sentences of an article: the corpus's own when it splits paragraphs, else split here.
    pub fn article_sentences(&self, a: ArticleId) -> Rc<Vec<Range<usize>>> {
        if let Some(s) = self.source_sentences.borrow().get(&a) {
            return s.clone();
        }
        let article = self.index.article(a);
        let list: Vec<Range<usize>> = if article.sentences.len() > article.paragraphs.len() {
            article.sentences.iter().map(|s| s.range.clone()).collect()
        } else {
            article
                .paragraphs
                .iter()
                .flat_map(|p| sentences::split(&article.text, p.clone()))
                .collect()
        };
        let rc = Rc::new(list);
        self.source_sentences.borrow_mut().insert(a, rc.clone());
        rc
    }

    /// Index (in [`Context::article_sentences`]) of the sentence holding `offset`.
    fn sentence_index(&self, a: ArticleId, offset: usize) -> Option<usize> {
        let list = self.article_sentences(a);
        let i = list.partition_point(|s| s.end <= offset);
        (i < list.len() && list[i].start <= offset).then_some(i)
    }

    /// The source sentence holding a passage's start (the passage itself when none does).
    pub fn sentence_of(&self, p: &Passage) -> Range<usize> {
        match self.sentence_index(p.article, p.range.start) {
            Some(i) => self.article_sentences(p.article)[i].clone(),
            None => p.range.clone(),
        }
    }

    fn paragraph_of(&self, a: ArticleId, offset: usize) -> usize {
        let paras = &self.index.article(a).paragraphs;
        paras.partition_point(|p| p.end < offset)
    }

    /// Where the sources name an entity: the recognizer's mentions, or for an entity only the gazetteer
    /// knows, every place an article writes one of its names.
    pub fn mentions_of(&self, e: EntityId) -> Cow<'a, [Mention]> {
        let entity: &'a crate::entity::Entity = self.index.entity(e);
        if !entity.mentions.is_empty() {
            return Cow::Borrowed(&entity.mentions);
        }
        if let Some(found) = self.found_mentions.borrow().get(&e) {
            return Cow::Owned(found.as_ref().clone());
        }
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
                    let bounded = !a.text[..at]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                        && !a.text[r.end..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric);
                    if bounded && !ranges.iter().any(|x| x.start <= r.start && r.end <= x.end) {
                        ranges.push(r);
                    }
                }
            }
            ranges.sort_by_key(|r| r.start);
            found.extend(ranges.into_iter().map(|range| Mention {
                article: ArticleId(i as u32),
                range,
            }));
        }
        self.found_mentions
            .borrow_mut()
            .insert(e, Rc::new(found.clone()));
        Cow::Owned(found)
    }

    /// Every entity mention in an article, by article, in order.
    pub fn mentions_in(&self, a: ArticleId) -> &[(Range<usize>, EntityId)] {
        let map = self.mentions_by_article.get_or_init(|| {
            let mut map = MentionsByArticle::default();
            for e in &self.index.entities {
                for m in &e.mentions {
                    map.entry(m.article)
                        .or_default()
                        .push((m.range.clone(), e.id));
                }
            }
            for list in map.values_mut() {
                list.sort_by_key(|m| m.0.start);
            }
            map
        });
        map.get(&a).map_or(&[], Vec::as_slice)
    }

    /// Source sentences that speak about an entity: each mention's sentence and the few after it in the
    /// same paragraph (until another entity of its kind is named), and the passages of its attributes.
    pub fn window(&self, e: EntityId) -> Rc<Vec<Cand<'a>>> {
        if let Some(w) = self.windows.borrow().get(&e) {
            return w.clone();
        }
        let w: Vec<Cand<'a>> = self
            .compute_window(e)
            .into_iter()
            .map(|(a, r)| {
                let info = self.source_sentence(a, &r);
                (a, r, info)
            })
            .collect();
        let w = Rc::new(w);
        self.windows.borrow_mut().insert(e, w.clone());
        w
    }

    fn compute_window(&self, e: EntityId) -> Vec<(ArticleId, Range<usize>)> {
        let entity = self.index.entity(e);
        let mentions = self.mentions_of(e);
        let mut out: Vec<(ArticleId, Range<usize>)> = Vec::new();
        let mut seen: FastSet<(ArticleId, usize)> = FastSet::default();
        let mut push = |a: ArticleId, r: Range<usize>, out: &mut Vec<(ArticleId, Range<usize>)>| {
            if seen.insert((a, r.start)) {
                out.push((a, r));
            }
        };
        for m in mentions.iter() {
            let Some(first) = self.sentence_index(m.article, m.range.start) else {
                continue;
            };
            let list = self.article_sentences(m.article);
            let para = self.paragraph_of(m.article, m.range.start);
            push(m.article, list[first].clone(), &mut out);
            for s in list.iter().skip(first + 1).take(WINDOW_AFTER) {
                if self.paragraph_of(m.article, s.start) != para {
                    break;
                }
                let other = self.mentions_in(m.article).iter().any(|(r, id)| {
                    *id != e
                        && s.start <= r.start
                        && r.end <= s.end
                        && self.kind(*id) == entity.kind
                });
                if other {
                    break;
                }
                push(m.article, s.clone(), &mut out);
            }
        }
        for a in &entity.attributes {
            if let Provenance::Source(p) = &a.provenance {
                let s = self.sentence_of(p);
                push(p.article, s, &mut out);
            }
        }
        out
    }

    /// The officials, units and exercises a note sentence surely names, in order of first mention. Words
    /// that may name several entities (a surname two officials share) tell nothing: they are left out.
    fn named_entities(&self, matches: &[DetailedMatch]) -> Vec<EntityId> {
        let mut named: Vec<EntityId> = Vec::new();
        for m in matches {
            let Some(e) = m.unique() else { continue };
            if matches!(self.kind(e), Kind::Official | Kind::Unit | Kind::Exercise)
                && !named.contains(&e)
            {
                named.push(e);
            }
        }
        named
    }

    /// Source sentences about the entities a note sentence names (see [`Context::named_entities`]):
    /// their windows in turn, each sentence once.
    fn entity_windows(&self, named: &[EntityId]) -> Rc<Vec<Cand<'a>>> {
        // One entity: its window is the list (a window holds each sentence once).
        if let [e] = named {
            return self.window(*e);
        }
        let mut out = Vec::new();
        let mut seen: FastSet<(ArticleId, usize)> = FastSet::default();
        for &e in named {
            for w in self.window(e).iter() {
                if seen.insert((w.0, w.1.start)) {
                    out.push(w.clone());
                }
            }
        }
        Rc::new(out)
    }

    /// The articles a note is about: those its front matter names, else those that mention the entities
    /// it names most.
    pub fn context_articles(&self) -> &[ArticleId] {
        self.context_articles.get_or_init(|| {
            if !self.preferred.is_empty() {
                return self.preferred.to_vec();
            }
            let mut counts: HashMap<ArticleId, usize> = HashMap::new();
            let entities: HashSet<EntityId> = self
                .matches
                .iter()
                .flat_map(|m| m.entities.iter().copied())
                .collect();
            for e in entities {
                for mention in self.mentions_of(e).iter() {
                    *counts.entry(mention.article).or_default() += 1;
                }
            }
            let mut ranked: Vec<(ArticleId, usize)> = counts.into_iter().collect();
            ranked.sort_by_key(|(a, c)| (std::cmp::Reverse(*c), *a));
            ranked
                .into_iter()
                .take(CONTEXT_ARTICLES)
                .map(|(a, _)| a)
                .collect()
        })
    }

    /// Every sentence of the context articles.
    pub fn context_sentences(&self) -> &[Cand<'a>] {
        self.context_sentences.get_or_init(|| {
            let mut out = Vec::new();
            for &a in self.context_articles() {
                for r in self.article_sentences(a).iter() {
                    out.push((a, r.clone(), self.source_sentence(a, r)));
                }
            }
            out
        })
    }

    /// Candidate source sentences for a claim in a note sentence, and the least context overlap that
    /// makes an alignment trustworthy: the entities' own sentences when it names one, else the context
    /// articles (which then need two shared words).
    pub fn candidates(&self, sentence: &Range<usize>) -> Option<Rc<Candidates<'a>>> {
        if let Some(c) = self.candidates.borrow().get(&sentence.start) {
            return c.clone();
        }
        let matches = self.matches_in(sentence);
        let key = |m: &DetailedMatch| {
            m.entities
                .iter()
                .any(|e| matches!(self.kind(*e), Kind::Official | Kind::Unit | Kind::Exercise))
        };
        let found = if !matches.iter().any(key) {
            Some(
                self.context_candidates
                    .get_or_init(|| {
                        Rc::new(Candidates {
                            list: Rc::new(self.context_sentences().to_vec()),
                            min_score: 2,
                            entity_tied: false,
                        })
                    })
                    .clone(),
            )
        } else {
            // The windows depend only on the entities named for sure.
            let named = self.named_entities(matches);
            let cached = self.entity_candidates.borrow().get(&named).cloned();
            match cached {
                Some(c) => c,
                None => {
                    let windows = self.entity_windows(&named);
                    // Entities named, none of them surely: which sources to compare with is a guess.
                    let c = (!windows.is_empty()).then(|| {
                        Rc::new(Candidates {
                            list: windows,
                            min_score: 0,
                            entity_tied: true,
                        })
                    });
                    self.entity_candidates.borrow_mut().insert(named, c.clone());
                    c
                }
            }
        };
        self.candidates
            .borrow_mut()
            .insert(sentence.start, found.clone());
        found
    }

    /// Ranges a claim parser must skip in a note sentence: mentions, code and citations.
    pub fn note_exclusions(&self, sentence: &Range<usize>) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = self
            .matches_in(sentence)
            .iter()
            .map(|m| m.range.clone())
            .collect();
        out.extend(
            self.note
                .code
                .iter()
                .filter(|c| c.start < sentence.end && sentence.start < c.end)
                .cloned(),
        );
        out.extend(citations(self.text, sentence.clone()));
        out
    }

    /// What the checks read from one source sentence, parsed once per check run.
    pub fn source_sentence(&self, a: ArticleId, sentence: &Range<usize>) -> Rc<SourceSentence<'a>> {
        if let Some(s) = self.sentence_info.borrow().get(&(a, sentence.start)) {
            return s.clone();
        }
        let text: &'a str = &self.index.article(a).text;
        let info = Rc::new(SourceSentence {
            text,
            range: sentence.clone(),
            mentions: self
                .mentions_in(a)
                .iter()
                .filter(|(r, _)| sentence.start <= r.start && r.end <= sentence.end)
                .map(|(r, _)| r.clone())
                .collect(),
            exclusions: OnceCell::new(),
            words: OnceCell::new(),
            quantities: OnceCell::new(),
            dates: OnceCell::new(),
            places: OnceCell::new(),
            keys: OnceCell::new(),
        });
        self.sentence_info
            .borrow_mut()
            .insert((a, sentence.start), info.clone());
        info
    }

    /// The candidates that best report the same event as `note_sentence` (most shared content words,
    /// the claim's and the entities' own words left out) among those holding a value of the claim's
    /// kind. Empty when the best overlap is below `min_score`.
    pub fn align<T: Clone>(
        &self,
        note_sentence: &Range<usize>,
        exclude: &[Range<usize>],
        candidates: &[Cand<'a>],
        min_score: usize,
        values: &impl for<'s> Fn(&'s SourceSentence<'a>) -> &'s [T],
        relevant: &impl Fn(&T) -> bool,
    ) -> Vec<Aligned<T>> {
        let note_words = hashes(&content_words(self.text, note_sentence.clone(), exclude));
        let scored: Vec<(usize, &Cand<'a>)> = candidates
            .iter()
            .filter(|c| values(&c.2).iter().any(relevant))
            .map(|c| {
                (
                    note_words
                        .iter()
                        .filter(|w| c.2.words().binary_search(w).is_ok())
                        .count(),
                    c,
                )
            })
            .filter(|(score, _)| *score >= min_score)
            .collect();
        let Some(top) = scored.iter().map(|(s, _)| *s).max() else {
            return Vec::new();
        };
        scored
            .into_iter()
            .filter(|(s, _)| *s == top)
            .map(|(_, c)| Aligned {
                article: c.0,
                sentence: c.1.clone(),
                values: values(&c.2)
                    .iter()
                    .filter(|v| relevant(v))
                    .cloned()
                    .collect(),
            })
            .collect()
    }

    /// Compares a claim with the sources: `None` when they agree or cannot tell, else the source
    /// sentences that best report the same event and what they say instead.
    ///
    /// Against an entity's own sentences, a claim that fits any of them is accepted (the sources may
    /// report several events of one entity); otherwise the best-aligned sentences are the evidence, if
    /// they share at least `min_entity_score` words with the note's sentence.
    /// Against the context articles, only the best-aligned sentences count.
    pub fn compare<T: Clone>(
        &self,
        site: &ClaimSite,
        candidates: &Candidates<'a>,
        values: impl for<'s> Fn(&'s SourceSentence<'a>) -> &'s [T],
        relevant: impl Fn(&T) -> bool,
        fits: impl Fn(&Cand<'a>, &T) -> bool,
    ) -> Option<Vec<Aligned<T>>> {
        let fits_any = |c: &Cand<'a>| values(&c.2).iter().any(|v| relevant(v) && fits(c, v));
        if candidates.entity_tied && candidates.list.iter().any(fits_any) {
            return None;
        }
        let min_score = if candidates.entity_tied {
            site.min_entity_score
        } else {
            candidates.min_score
        };
        let aligned = self.align(
            &site.sentence,
            &site.exclude,
            &candidates.list,
            min_score,
            &values,
            &relevant,
        );
        let fits_best = aligned.iter().any(|a| {
            candidates
                .list
                .iter()
                .find(|c| c.0 == a.article && c.1 == a.sentence)
                .is_some_and(fits_any)
        });
        (!aligned.is_empty() && !fits_best).then_some(aligned)
    }

    /// Ranges of the note sentence that name officials, units or exercises, and `claim`: left out when
    /// aligning, since every candidate sentence names the entity anyway.
    pub fn align_exclusions(
        &self,
        sentence: &Range<usize>,
        claim: &Range<usize>,
    ) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = self
            .matches_in(sentence)
            .iter()
            .filter(|m| {
                m.entities
                    .iter()
                    .any(|e| matches!(self.kind(*e), Kind::Official | Kind::Unit | Kind::Exercise))
            })
            .map(|m| m.range.clone())
            .collect();
        out.push(claim.clone());
        out
    }

    /// "edm-3-65-tajik-military.txt, paragraph 5 (Avesta, March 28; Itar-Tass, March 29)".
    pub fn where_is(&self, a: ArticleId, offset: usize) -> String {
        let article = self.index.article(a);
        let mut s = format!(
            "{}, paragraph {}",
            article.title(),
            self.paragraph_of(a, offset) + 1
        );
        if let Some(c) = self.citation_of(a, offset) {
            s.push_str(&format!(", {c}"));
        }
        s
    }

    /// The citation backing the sentence at `offset`: the corpus's when it parsed one, else the last
    /// parenthesis of the paragraph that names a date.
    fn citation_of(&self, a: ArticleId, offset: usize) -> Option<String> {
        let article = self.index.article(a);
        if let Some(c) = article
            .sentence_at(offset)
            .and_then(|i| article.sentences.get(i))
            .and_then(|s| s.citation)
            .and_then(|c| article.citations.get(c))
        {
            return Some(citation_label(article.slice(c.range.clone())));
        }
        let para = article.paragraphs.get(self.paragraph_of(a, offset))?;
        let c = citations(&article.text, para.clone()).pop()?;
        Some(citation_label(&article.text[c]))
    }

    /// A source sentence as a message quotes it: one line, at most about 200 characters.
    pub fn quote_sentence(&self, a: ArticleId, sentence: &Range<usize>) -> String {
        one_line(self.index.article(a).slice(sentence.clone()), 200)
    }
}

/// Sorted hashes of words: alignment compares many sentences' words, and numbers compare fast.
fn hashes(words: &[String]) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let mut out: Vec<u64> = words
        .iter()
        .map(|w| {
            let mut h = std::hash::DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Parentheses that read as citations: they name a month ("(Interfax, Moscow, March 29)").
pub fn citations(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let Some(s) = text.get(range.clone()) else {
        return out;
    };
    let mut open = None;
    for (i, c) in s.char_indices() {
        match c {
            '(' => open = Some(i),
            ')' => {
                if let Some(o) = open.take() {
                    let inner = &s[o + 1..i];
                    let names_month = inner
                        .split(|c: char| !c.is_alphabetic())
                        .any(|w| crate::note::claims::date::month(w).is_some() && w.len() >= 3);
                    if names_month && (inner.contains(',') || inner.contains(';')) {
                        out.push(range.start + o..range.start + i + 1);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Text on one line (runs of whitespace become one space), shortened to about `max` characters.
pub fn one_line(s: &str, max: usize) -> String {
    let joined: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() <= max {
        return joined;
    }
    let cut: String = joined.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut} …")
}

/// A citation as a message names it: without its parentheses and on one line, even when the article is
/// hard-wrapped inside it ("BelTA,\nSeptember 14").
fn citation_label(parenthesis: &str) -> String {
    one_line(
        parenthesis.trim_start_matches('(').trim_end_matches(')'),
        200,
    )
}

/// What a source says in place of a note's claim.
pub struct Evidence {
    pub article: ArticleId,
    pub sentence: Range<usize>,
    /// The value as the source writes it ("300 to 400 servicemen").
    pub written: String,
    /// The text a fix puts in place of the note's words ("300 to 400").
    pub replacement: String,
}

/// A finding for a claim the sources contradict: it quotes the source (or, when sources disagree with
/// each other, each of them), links every passage and offers each source's value as a fix.
pub fn contradiction(
    cx: &Context,
    code: &'static str,
    range: Range<usize>,
    fix_range: Range<usize>,
    evidence: &[Evidence],
) -> Option<super::Finding> {
    use super::{Edit, Finding, Fix, Related, Severity};
    let first = evidence.first()?;
    let written = one_line(&cx.text[range.clone()], 80);
    let mut distinct: Vec<&Evidence> = Vec::new();
    for e in evidence {
        if !distinct.iter().any(|d| d.replacement == e.replacement) {
            distinct.push(e);
        }
    }
    let message = if distinct.len() == 1 {
        format!(
            "the source says “{}”, not “{written}”: “{}” ({})",
            first.written,
            cx.quote_sentence(first.article, &first.sentence),
            cx.where_is(first.article, first.sentence.start)
        )
    } else {
        let list: Vec<String> = distinct
            .iter()
            .map(|e| {
                format!(
                    "“{}” ({})",
                    e.written,
                    cx.where_is(e.article, e.sentence.start)
                )
            })
            .collect();
        format!(
            "the sources disagree: {}; none says “{written}”",
            list.join(", ")
        )
    };
    let related = evidence
        .iter()
        .map(|e| Related {
            passage: Passage {
                article: e.article,
                range: e.sentence.clone(),
            },
            message: format!("the source says “{}” here", e.written),
        })
        .collect();
    let fixes = distinct
        .iter()
        .map(|e| Fix {
            title: format!("Change to “{}” as the source says", e.replacement),
            edits: vec![Edit {
                range: fix_range.clone(),
                new_text: e.replacement.clone(),
            }],
            gazetteer_entry: None,
        })
        .collect();
    Some(Finding {
        code,
        severity: Severity::Warning,
        range,
        message,
        related,
        fixes,
    })
}
