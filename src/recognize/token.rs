//! Words, numbers and punctuation of an article's sentences, with their byte ranges and word classes,
//! found in one pass over the bytes. Every recognizer works on these tokens.

use std::cell::{Cell, OnceCell};
use std::ops::Range;

use super::lexicon::{self, class};
use crate::corpus::Article;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, possibly with digits, inner hyphens or apostrophes ("Colonel-General", "Zapad-2017").
    Word,
    /// Starts with a digit ("34th", "3,000", "2017").
    Number,
    /// A possessive `'s` / `’s` (or the bare apostrophe of "forces’").
    Possessive,
    /// One punctuation character.
    Punct,
}

/// One token. Offsets are `u32` to keep tokens small: sources are capped far below 4 GiB.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokKind,
    /// Index of the sentence in [`Article::sentences`].
    pub sentence: u32,
    /// Word classes from the lexicon.
    pub class: u32,
    /// First character is upper case.
    pub cap: bool,
    /// Every letter is upper case and there are at least two.
    pub upper: bool,
    /// Only whitespace with a line break separates this token from the previous one.
    pub newline_before: bool,
}

impl Token {
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
    #[inline]
    pub fn is(&self, c: u32) -> bool {
        self.class & c != 0
    }
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
}

/// An article's tokens with quick access to their text.
pub struct Tokens<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    /// The text of each token, sliced once: the rules read tokens' text hundreds of thousands of times
    /// an article, and slicing checks both ends for a character boundary each time.
    texts: Vec<&'a str>,
    /// Where each word occurs, built on the first [`Tokens::occurrences`].
    words: OnceCell<WordIndex>,
}

/// The tokens grouped by length and first letter (any case), in text order within a group: a rule that
/// starts at one cue word ("known as", "operation") visits the few tokens that could be that word
/// instead of every token of the article.
struct WordIndex {
    /// Group `g` is `order[starts[g]..starts[g + 1]]`. An array in place: an allocation of its size
    /// would cost more than filling it.
    starts: [u32; GROUPS + 1],
    order: Vec<u32>,
}

/// Single characters are not grouped: they are commas, stops and brackets, and no rule looks one up by the
/// index. Words of two and three letters are: a rule that looks up a short name by its initials ("MID",
/// "ALF") once for each unit would otherwise visit every token each time, which on a long note with
/// thousands of units is most of the recognizer's time.
const SHORTEST_GROUP: usize = 2;
/// Lengths from this one on share a group.
const LONGEST_GROUP: usize = 15;
const GROUPS: usize = (LONGEST_GROUP + 1 - SHORTEST_GROUP) * 32;

/// The group of a word of `len` bytes (at least [`SHORTEST_GROUP`]) starting with byte `first`. ASCII
/// letters of either case fall in one group; other bytes may share a group with some other byte, which
/// the comparison that follows sorts out.
#[inline]
fn group(len: usize, first: u8) -> usize {
    (len.min(LONGEST_GROUP) - SHORTEST_GROUP) * 32 + usize::from((first | 0x20) & 31)
}

impl WordIndex {
    fn new(texts: &[&str]) -> WordIndex {
        let key = |w: &str| {
            let b = w.as_bytes();
            (b.len() >= SHORTEST_GROUP).then(|| group(b.len(), b[0]))
        };
        // A counting sort: each group's size, then where it ends, then the tokens from the last one
        // back, each group filled from its end, so that its count comes down to where it starts.
        let mut starts = [0u32; GROUPS + 1];
        for w in texts {
            if let Some(g) = key(w) {
                starts[g] += 1;
            }
        }
        for g in 1..GROUPS {
            starts[g] += starts[g - 1];
        }
        starts[GROUPS] = starts[GROUPS - 1];
        let mut order = vec![0u32; starts[GROUPS] as usize];
        for (i, w) in texts.iter().enumerate().rev() {
            if let Some(g) = key(w) {
                starts[g] -= 1;
                order[starts[g] as usize] = i as u32;
            }
        }
        WordIndex { starts, order }
    }
}

thread_local! {
    /// The token buffer of the last article recognized on this thread, kept for the next one: for a
    /// short article, allocating a buffer for its tokens and freeing it cost more than a rule.
    static SPARE: Cell<Vec<Token>> = const { Cell::new(Vec::new()) };
    /// The buffer of the tokens' texts, kept the same way (empty, so it borrows from no article).
    static SPARE_TEXTS: Cell<Vec<&'static str>> = const { Cell::new(Vec::new()) };
}

/// The largest buffer kept for the next article (in tokens, about 1.3 MB): that of a huge file is freed.
const MAX_SPARE: usize = 1 << 16;

impl Drop for Tokens<'_> {
    fn drop(&mut self) {
        if self.toks.capacity() <= MAX_SPARE {
            let toks = std::mem::take(&mut self.toks);
            // While the thread exits there is nowhere to keep it: it is freed.
            let _ = SPARE.try_with(|s| s.set(toks));
            let mut texts = std::mem::take(&mut self.texts);
            texts.clear();
            // Emptied, it holds no text of this article, and its type says so again: collecting a
            // vector's own iterator into a vector of a type of the same size keeps the buffer (the
            // standard library's in-place collection, which nothing guarantees: were it to copy, this
            // would only cost an allocation an article again, never a wrong token).
            let texts: Vec<&'static str> = texts.into_iter().map(|_| "").collect();
            let _ = SPARE_TEXTS.try_with(|s| s.set(texts));
        }
    }
}

impl<'a> Tokens<'a> {
    pub fn new(article: &'a Article) -> Tokens<'a> {
        let text = article.text.as_str();
        let mut toks = SPARE.try_with(Cell::take).unwrap_or_default();
        toks.clear();
        // Articles of this genre run about five bytes a token: a little more room saves growing the
        // vector (a copy of all of it) in most articles.
        toks.reserve(text.len() / 4 + 16);
        let mut texts: Vec<&'a str> = SPARE_TEXTS.try_with(Cell::take).unwrap_or_default();
        texts.clear();
        texts.reserve(toks.capacity());
        for (si, s) in article.sentences.iter().enumerate() {
            tokenize(text, s.range(), si as u32, &mut toks, &mut texts);
        }
        Tokens {
            text,
            toks,
            texts,
            words: OnceCell::new(),
        }
    }

    /// The tokens that read `word` (ASCII case-insensitive, as [`Tokens::eq`]), in text order.
    pub fn occurrences<'s>(&'s self, word: &'s str) -> impl Iterator<Item = usize> + 's {
        // A short word is looked for in every token.
        let (grouped, scanned): (&[u32], _) = if word.len() < SHORTEST_GROUP {
            (&[], 0..self.toks.len())
        } else {
            let index = self.words.get_or_init(|| WordIndex::new(&self.texts));
            let g = group(word.len(), word.as_bytes().first().copied().unwrap_or(0));
            let lo = index.starts[g] as usize;
            let hi = index.starts[g + 1] as usize;
            (&index.order[lo..hi], 0..0)
        };
        grouped
            .iter()
            .map(|&i| i as usize)
            .chain(scanned)
            .filter(move |&i| self.eq(i, word))
    }

    /// The tokens that read any of `words`, in text order.
    pub fn occurrences_of_any(&self, words: &[&str]) -> Vec<usize> {
        let mut out: Vec<usize> = words.iter().flat_map(|w| self.occurrences(w)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    #[inline]
    pub fn str(&self, i: usize) -> &'a str {
        self.texts[i]
    }

    /// The bytes of token `i`: comparisons need no character boundary checks.
    #[inline]
    fn bytes(&self, t: &Token) -> &'a [u8] {
        let text: &'a str = self.text;
        text.as_bytes()
            .get(t.start as usize..t.end as usize)
            .unwrap_or_default()
    }

    /// True when token `i` exists and reads `s` (ASCII case-insensitive). The rules call this for most
    /// tokens with many words, so the lengths are compared before any byte.
    #[inline]
    pub fn eq(&self, i: usize, s: &str) -> bool {
        match self.texts.get(i) {
            Some(w) => w.len() == s.len() && w.as_bytes().eq_ignore_ascii_case(s.as_bytes()),
            None => false,
        }
    }

    /// True when token `i` exists and reads exactly `s` (as `str(i) == s`, and safe past the end).
    #[inline]
    pub fn is_exactly(&self, i: usize, s: &str) -> bool {
        self.texts.get(i).is_some_and(|w| *w == s)
    }

    /// True when token `i` exists and is the punctuation `c`. The rules ask this of most tokens, mostly
    /// for an ASCII mark: one byte is compared then.
    #[inline]
    pub fn punct(&self, i: usize, c: char) -> bool {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Punct => {
                if c.is_ascii() {
                    // A punctuation token is one character: its first byte is the mark when ASCII.
                    self.text.as_bytes().get(t.start as usize) == Some(&(c as u8))
                } else {
                    let mut buf = [0u8; 4];
                    self.bytes(t)
                        .starts_with(c.encode_utf8(&mut buf).as_bytes())
                }
            }
            _ => false,
        }
    }

    /// True when token `i` exists and its length in bytes has its bit in `lengths` (see
    /// [`lengths_of`]): a quick test before comparing the token with every word of a list.
    #[inline]
    pub fn len_in(&self, i: usize, lengths: u64) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| lengths & 1 << ((t.end - t.start) as usize).min(63) != 0)
    }

    #[inline]
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        a < self.toks.len() && b < self.toks.len() && self.toks[a].sentence == self.toks[b].sentence
    }

    /// Text from the start of token `a` to the end of token `b` (inclusive).
    #[inline]
    pub fn span(&self, a: usize, b: usize) -> Range<usize> {
        self.toks[a].start as usize..self.toks[b].end as usize
    }

    /// The span's text with line breaks and runs of spaces folded to one space.
    pub fn joined(&self, a: usize, b: usize) -> String {
        let raw = &self.text[self.span(a, b)];
        // Most spans are plain ASCII words with single spaces between them: copied as they are.
        if plain_span(raw.as_bytes()) {
            return raw.to_string();
        }
        let mut out = String::with_capacity(raw.len());
        let mut space = false;
        for c in raw.chars() {
            if c.is_whitespace() {
                space = true;
            } else {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(if c == '’' { '\'' } else { c });
            }
        }
        out
    }
}

/// True when `b` is printable ASCII with no two spaces in a row: [`Tokens::joined`] would give it back
/// unchanged. Eight bytes at a time, as [`alnum_run`]: spans are several words long. A control
/// character sends the span to the careful path, which keeps it unless it is a space.
#[inline]
fn plain_span(b: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // Per byte, the high bit of the result: set when the byte is zero.
    let zero = |x: u64| !(((x & LOW7).wrapping_add(LOW7)) | x) & HIGH;
    let mut chunks = b.chunks_exact(8);
    // The last byte of the chunk before was a space.
    let mut space_before = false;
    for c in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(c);
        let w = u64::from_le_bytes(word);
        let control = zero(w & 0xe0e0_e0e0_e0e0_e0e0);
        let spaces = zero(w ^ 0x2020_2020_2020_2020);
        let twice = spaces & (spaces << 8 | u64::from(space_before) << 7);
        if (w & HIGH) | control | twice != 0 {
            return false;
        }
        space_before = spaces >> 63 != 0;
    }
    for &x in chunks.remainder() {
        if !(0x20..0x80).contains(&x) || x == b' ' && space_before {
            return false;
        }
        space_before = x == b' ';
    }
    true
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// True when an apostrophe right after the capitalized word `out.last()`, followed by `after`, writes
/// the Arabic letter ʿayn inside a name ("Mohammad Shia’ al-Sudani", "Ismail Haniya’ Hamdan"): a name
/// word or an Arabic article follows after one space. A possessive ends in "s" and is decided before.
fn ayn(out: &[Token], after: &str) -> bool {
    if !out.last().is_some_and(|t| t.cap) {
        return false;
    }
    let Some(next) = after.strip_prefix([' ', '\n']) else {
        return false;
    };
    let next = next
        .split_once('-')
        .filter(|(article, _)| {
            matches!(
                *article,
                "al" | "el" | "ad" | "ash" | "as" | "az" | "at" | "ar" | "an"
            )
        })
        .map_or(next, |(_, rest)| rest);
    let mut chars = next.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// Appends the tokens of `range` (one sentence) to `out` and their texts to `texts`.
fn tokenize<'a>(
    text: &'a str,
    range: Range<usize>,
    sentence: u32,
    out: &mut Vec<Token>,
    texts: &mut Vec<&'a str>,
) {
    let bytes = text.as_bytes();
    let mut i = range.start;
    let end = range.end;
    let mut newline = false;
    // Inside ‘single quotes’ a right quote after a word closes them; outside, it may be an ʿayn.
    let mut single_open = false;
    while i < end {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            newline |= b == b'\n';
            i += 1;
            continue;
        }
        // Most tokens are plain ASCII words and numbers ended by a space or a punctuation mark that
        // cannot go on a token: they are taken whole here, without decoding a character.
        if b.is_ascii_alphanumeric() && !(b.is_ascii_uppercase() && bytes.get(i + 1) == Some(&b'.'))
        {
            let run = alnum_run(&bytes[i..end]);
            let stop = i + run;
            // A comma or a stop ends a word ("said," "2017.") as any mark does, and a number too
            // unless a digit follows ("3,000", "1.5").
            let plain = stop == end || {
                let s = bytes[stop];
                match s {
                    b'-' | b'\'' => false,
                    b',' | b'.' => {
                        !(b.is_ascii_digit() && stop + 1 < end && bytes[stop + 1].is_ascii_digit())
                    }
                    _ => s.is_ascii(),
                }
            };
            if plain {
                let word = &bytes[i..stop];
                let (kind, cap, upper, class) = if b.is_ascii_digit() {
                    (TokKind::Number, false, false, 0)
                } else {
                    let cap = b.is_ascii_uppercase();
                    let upper = cap && run >= 2 && !word.iter().any(u8::is_ascii_lowercase);
                    (TokKind::Word, cap, upper, lexicon::classes_of_ascii(word))
                };
                // Both ends are ASCII bytes (or the sentence's end): character boundaries.
                texts.push(text.get(i..stop).unwrap_or_default());
                out.push(Token {
                    start: i as u32,
                    end: stop as u32,
                    kind,
                    sentence,
                    class,
                    cap,
                    upper,
                    newline_before: newline,
                });
                newline = false;
                i = stop;
                continue;
            }
        }
        // An ASCII mark other than an apostrophe is a token of its own, whatever is around it.
        if b.is_ascii_punctuation() && b != b'\'' {
            texts.push(text.get(i..i + 1).unwrap_or_default());
            out.push(Token {
                start: i as u32,
                end: i as u32 + 1,
                kind: TokKind::Punct,
                sentence,
                class: 0,
                cap: false,
                upper: false,
                newline_before: newline,
            });
            newline = false;
            i += 1;
            continue;
        }
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_uppercase() && dotted_initials(&bytes[i..end]) > 0 {
            // "U.S.", "U.K.": one word, periods included.
            i += dotted_initials(&bytes[i..end]);
            kind = TokKind::Word;
        } else if alnum(c) {
            let numeric = c.is_ascii_digit();
            i += c.len_utf8();
            while i < end {
                // A run of ASCII letters and digits at once.
                i += alnum_run(&bytes[i..end]);
                let Some(&b) = bytes.get(i).filter(|_| i < end) else {
                    break;
                };
                // Only a hyphen, a digit group's comma or point, or an apostrophe can go on a token.
                if b.is_ascii() && !matches!(b, b'-' | b',' | b'.' | b'\'') {
                    break;
                }
                let Some(d) = text[i..].chars().next() else {
                    break;
                };
                if alnum(d) {
                    i += d.len_utf8();
                    continue;
                }
                let next = text[i + d.len_utf8()..end].chars().next();
                let next_alnum = next.is_some_and(alnum);
                if d == '-' && next_alnum {
                    i += 1;
                    continue;
                }
                if numeric && (d == ',' || d == '.') && next.is_some_and(|n| n.is_ascii_digit()) {
                    i += 1;
                    continue;
                }
                if is_apostrophe(d) && next_alnum && !numeric {
                    // "Safarov’s" ends here; "O'Neill" goes on.
                    let after = &text[i + d.len_utf8()..end];
                    let possessive = after.starts_with('s') && !after[1..].starts_with(alnum);
                    if possessive {
                        break;
                    }
                    i += d.len_utf8();
                    continue;
                }
                break;
            }
            kind = if numeric {
                TokKind::Number
            } else {
                TokKind::Word
            };
        } else if is_apostrophe(c) {
            let after = &text[i + c.len_utf8()..end];
            let prev_word = out
                .last()
                .is_some_and(|t: &Token| t.end as usize == i && t.kind == TokKind::Word);
            if prev_word && after.starts_with('s') && !after[1..].starts_with(alnum) {
                i += c.len_utf8() + 1;
                kind = TokKind::Possessive;
            } else if prev_word && text.as_bytes()[start - 1] == b's' {
                i += c.len_utf8();
                kind = TokKind::Possessive;
            } else if prev_word && !single_open && ayn(out, after) {
                // "Mohammad Shia’ al-Sudani": the name goes on over it.
                i += c.len_utf8();
                if let (Some(last), Some(w)) = (out.last_mut(), texts.last_mut()) {
                    last.end = i as u32;
                    *w = text.get(last.range()).unwrap_or_default();
                }
                continue;
            } else {
                // A quote after a word closes; one before a word opens.
                single_open = !prev_word;
                i += c.len_utf8();
                kind = TokKind::Punct;
            }
        } else {
            single_open |= c == '‘';
            i += c.len_utf8();
            kind = TokKind::Punct;
        }
        let word = &text[start..i];
        let (cap, upper, class) = if kind == TokKind::Word {
            let first_upper = match word.as_bytes().first() {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => word.chars().next().is_some_and(char::is_uppercase),
            };
            let upper = first_upper
                && word.len() >= 2
                && if word.is_ascii() {
                    !word.bytes().any(|b| b.is_ascii_lowercase())
                } else {
                    !word.chars().any(char::is_lowercase)
                };
            (first_upper, upper, lexicon::classes(word))
        } else {
            (false, false, 0)
        };
        texts.push(word);
        out.push(Token {
            start: start as u32,
            end: i as u32,
            kind,
            sentence,
            class,
            cap,
            upper,
            newline_before: newline,
        });
        newline = false;
    }
}

/// `char::is_alphanumeric`, answered at once for ASCII and for the General Punctuation block (curly
/// quotes and apostrophes, dashes), which holds no letter or digit: the library searches its tables
/// for every such character, and articles are full of them.
#[inline]
fn alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206f}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// How many ASCII letters and digits open `b`, eight bytes at a time: words are scanned whole in one or
/// two steps instead of a byte each.
#[inline]
fn alnum_run(b: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    while let Some(chunk) = b.get(n..).and_then(<[u8]>::first_chunk::<8>) {
        let w = u64::from_le_bytes(*chunk);
        // Per byte, with no carry across bytes: the high bit says "at least" a bound.
        let low7 = w & !HIGH;
        let digit =
            low7.wrapping_add(0x5050_5050_5050_5050) & !low7.wrapping_add(0x4646_4646_4646_4646);
        let folded = low7 | 0x2020_2020_2020_2020;
        let letter = folded.wrapping_add(0x1f1f_1f1f_1f1f_1f1f)
            & !folded.wrapping_add(0x0505_0505_0505_0505);
        let other = !((digit | letter) & !w) & HIGH;
        if other != 0 {
            return n + (other.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + b[n..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count()
}

/// Length of "U.S." / "U.K." style initials at the start of `b` (two or more letters), else 0.
fn dotted_initials(b: &[u8]) -> usize {
    let mut n = 0;
    while n + 1 < b.len() && b[n].is_ascii_uppercase() && b[n + 1] == b'.' {
        n += 2;
    }
    let next_letter = b.get(n).is_some_and(u8::is_ascii_alphanumeric);
    if n >= 4 && !next_letter { n } else { 0 }
}

/// The lengths of `words` as bits (bit `n` for `n` bytes, the last bit for 63 bytes or more), for
/// [`Tokens::len_in`]. Computed at compile time from the list itself, so it stays true as the list grows.
pub const fn lengths_of(words: &[&str]) -> u64 {
    let mut mask = 0u64;
    let mut i = 0;
    while i < words.len() {
        let n = words[i].len();
        mask |= 1 << if n < 63 { n } else { 63 };
        i += 1;
    }
    mask
}

/// The numeric value of a number token ("3,000" → 3000), if it is a plain integer.
pub fn number_value(s: &str) -> Option<u64> {
    let mut v: u64 = 0;
    let mut any = false;
    for b in s.bytes() {
        match b {
            b'0'..=b'9' => {
                v = v.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
                any = true;
            }
            b',' => {}
            _ => return None,
        }
    }
    any.then_some(v)
}

/// True for "34th", "102nd", "1st", and for the U.S. military's "2d" and "3d" ("3d Marine Littoral
/// Regiment").
pub fn is_ordinal(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return false;
    }
    // Compared in place, any case: the rules ask this of most numbers.
    match b[digits..] {
        [x, y] => matches!(
            [x.to_ascii_lowercase(), y.to_ascii_lowercase()],
            [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
        ),
        [x] => x.eq_ignore_ascii_case(&b'd') && matches!(b[digits - 1], b'2' | b'3'),
        _ => false,
    }
}

/// `s.rsplit_once('-')`: a backward scan of the bytes, quicker on the short words of tokens than the
/// library's general character search, and the rules split many capitalized words this way.
#[inline]
pub fn rsplit_hyphen(s: &str) -> Option<(&str, &str)> {
    let i = s.bytes().rposition(|b| b == b'-')?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// True for a four-digit year 1900–2099.
pub fn is_year(s: &str) -> bool {
    s.len() == 4
        && (s.starts_with("19") || s.starts_with("20"))
        && s.bytes().all(|b| b.is_ascii_digit())
}

pub use class::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_and_hyphens() {
        let a = Article::parse(
            "a.txt",
            "Colonel-General Ivan Petrov’s men met Georgia's O'Neill at Zapad-2021 with U.S. aid."
                .into(),
        );
        let t = Tokens::new(&a);
        let words: Vec<_> = (0..t.len()).map(|i| t.str(i)).collect();
        assert_eq!(
            words,
            [
                "Colonel-General",
                "Ivan",
                "Petrov",
                "’s",
                "men",
                "met",
                "Georgia",
                "'s",
                "O'Neill",
                "at",
                "Zapad-2021",
                "with",
                "U.S.",
                "aid",
                "."
            ]
        );
        assert_eq!(t.toks[3].kind, TokKind::Possessive);
        assert!(t.toks[0].is(RANK));
        assert!(t.toks[6].is(COUNTRY));
    }

    #[test]
    fn commas_and_stops_end_words_and_join_digit_groups() {
        let a = Article::parse(
            "a.txt",
            "Some 3,000 troops, 1.5 km away, said 2024, 12. (Brig. Gen. Talvo) [Sea Kestrel-7]!"
                .into(),
        );
        let t = Tokens::new(&a);
        let words: Vec<_> = (0..t.len()).map(|i| t.str(i)).collect();
        assert_eq!(
            words,
            [
                "Some",
                "3,000",
                "troops",
                ",",
                "1.5",
                "km",
                "away",
                ",",
                "said",
                "2024",
                ",",
                "12",
                ".",
                "(",
                "Brig",
                ".",
                "Gen",
                ".",
                "Talvo",
                ")",
                "[",
                "Sea",
                "Kestrel-7",
                "]",
                "!"
            ]
        );
        let kinds: Vec<_> = (0..t.len()).map(|i| t.toks[i].kind).collect();
        assert_eq!(kinds[1], TokKind::Number);
        assert_eq!(kinds[3], TokKind::Punct);
        assert_eq!(kinds[9], TokKind::Number);
        assert!(t.toks[14].cap && t.punct(15, '.'));
        assert!(
            t.toks
                .iter()
                .filter(|x| x.kind == TokKind::Punct)
                .all(|x| x.class == 0)
        );
    }

    #[test]
    fn letter_and_digit_runs_end_where_the_bytes_say() {
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut text = b"Abcdefghijkl0123456789xyz".to_vec();
                text[at] = b;
                let expected = text
                    .iter()
                    .take_while(|x| x.is_ascii_alphanumeric())
                    .count();
                assert_eq!(alnum_run(&text), expected, "byte {b:#x} at {at}");
            }
        }
        for c in [
            '’', '“', '—', '\u{2000}', '\u{206f}', 'é', 'Ж', '٣', ' ', 'a', '-',
        ] {
            assert_eq!(alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn each_tokens_text_is_its_range_of_the_article() {
        let text = "Mohammad Shia’ al-Sudani met Lt. Gen. O'Neill’s aide (U.S.) in Kyiv—Київ, \
                    3,000.5 troops; the forces’ ‘Iron Wolf’ Zapad-2021 Kartalı «drills» 2d Bn.";
        let a = Article::parse("a.txt", text.to_string());
        let t = Tokens::new(&a);
        assert!(t.len() > 30);
        for (i, tok) in t.toks.iter().enumerate() {
            assert_eq!(t.str(i), &text[tok.range()], "{i}");
            assert!(t.is_exactly(i, &text[tok.range()]));
        }
        assert!(t.str(1) == "Shia’" && !t.eq(t.len(), "x") && !t.is_exactly(t.len(), ""));
    }

    #[test]
    fn plain_spans_are_told_word_at_a_time_as_byte_by_byte() {
        // What a byte at a time says: printable ASCII, no two spaces in a row.
        let slow = |b: &[u8]| {
            b.iter().all(|x| (0x20..0x80).contains(x)) && !b.windows(2).any(|w| w == b"  ")
        };
        let base = b"Colonel General Ivan Petrov of the 34th Brigade".to_vec();
        for len in 0..base.len() {
            for at in 0..len.max(1) {
                for x in [b' ', b'\n', b'\t', 0x1f, 0x7f, 0x80, 0xe2, b'a', b'-'] {
                    let mut text = base[..len].to_vec();
                    if let Some(c) = text.get_mut(at) {
                        *c = x;
                    }
                    assert_eq!(plain_span(&text), slow(&text), "{text:?}");
                }
            }
        }
        let a = Article::parse("a.txt", "the  Iron\nWolf ’s unit".to_string());
        let t = Tokens::new(&a);
        assert_eq!(t.joined(0, t.len() - 1), "the Iron Wolf 's unit");
    }

    #[test]
    fn a_kept_buffer_holds_nothing_of_the_article_before() {
        let long = Article::parse(
            "a.txt",
            "Colonel Ivan Petrov met the 34th Brigade in Lviv. ".repeat(50),
        );
        let short = Article::parse("b.txt", "Rain fell.".to_string());
        let first = Tokens::new(&long);
        assert_eq!(first.len(), 50 * 10);
        drop(first);
        let t = Tokens::new(&short);
        let words: Vec<_> = (0..t.len()).map(|i| t.str(i)).collect();
        assert_eq!(words, ["Rain", "fell", "."]);
        // Two at once each have their own.
        let again = Tokens::new(&long);
        assert_eq!((t.len(), again.len()), (3, 50 * 10));
    }

    #[test]
    fn occurrences_are_every_token_that_reads_the_word_in_order() {
        let a = Article::parse(
            "a.txt",
            "Known as Kobra, the unit (known locally as KNOWN) is well known. Mission: a mission. \
             Operation Desert Known-2024 was known."
                .to_string(),
        );
        let t = Tokens::new(&a);
        for word in [
            "known",
            "KNOWN",
            "mission",
            "as",
            ",",
            "(",
            "Known-2024",
            "nowhere",
            "",
            "é",
            "éé",
            "the",
            "a",
            "Desert",
        ] {
            let scan: Vec<usize> = (0..t.len()).filter(|&i| t.eq(i, word)).collect();
            let found: Vec<usize> = t.occurrences(word).collect();
            assert_eq!(found, scan, "{word:?}");
        }
        assert_eq!(t.occurrences("known").count(), 5);
        let any = t.occurrences_of_any(&["mission", "operation", "known"]);
        let scan: Vec<usize> = (0..t.len())
            .filter(|&i| t.eq(i, "mission") || t.eq(i, "operation") || t.eq(i, "known"))
            .collect();
        assert_eq!(any, scan);
        // A word longer than the longest group is still found, and only where it is.
        let long = Article::parse(
            "b.txt",
            "The counterintelligence service and the counterinsurgency unit.".to_string(),
        );
        let t = Tokens::new(&long);
        let found: Vec<&str> = t
            .occurrences("counterintelligence")
            .map(|i| t.str(i))
            .collect();
        assert_eq!(found, ["counterintelligence"]);
    }

    #[test]
    fn punctuation_is_told_by_its_character_and_length_masks_by_the_list() {
        let a = Article::parse(
            "a.txt",
            "Ivanov, the chief (army) said: “yes” — ‘no’ and 3,000 men's.".to_string(),
        );
        let t = Tokens::new(&a);
        for c in [
            ',', '(', ')', ':', '“', '”', '—', '‘', '’', '.', '\'', 's', '3',
        ] {
            let scan: Vec<usize> = (0..t.len())
                .filter(|&i| t.toks[i].kind == TokKind::Punct && t.str(i).starts_with(c))
                .collect();
            let found: Vec<usize> = (0..t.len() + 2).filter(|&i| t.punct(i, c)).collect();
            assert_eq!(found, scan, "{c:?}");
        }
        // "men's": the possessive is no punctuation.
        assert!(!(0..t.len()).any(|i| t.punct(i, '\'')));
        const WORDS: [&str; 3] = [
            "army",
            "chief",
            "counterintelligence-officers-of-the-general-staff-of-the-armed-forces-of-somewhere",
        ];
        const LENGTHS: u64 = lengths_of(&WORDS);
        assert_eq!(LENGTHS, 1 << 4 | 1 << 5 | 1 << 63);
        for i in 0..t.len() + 1 {
            let fits = t.len_in(i, LENGTHS);
            assert_eq!(fits, i < t.len() && matches!(t.str(i).len(), 4 | 5), "{i}");
            if WORDS.iter().any(|w| t.eq(i, w)) {
                assert!(fits);
            }
        }
    }

    #[test]
    fn exact_reading_is_case_sensitive_and_safe_past_the_end() {
        let a = Article::parse("a.txt", "The Barracks at Tapa.".to_string());
        let t = Tokens::new(&a);
        assert!(t.is_exactly(1, "Barracks") && t.eq(1, "barracks"));
        assert!(!t.is_exactly(1, "barracks") && !t.is_exactly(1, "Barrack"));
        assert!(!t.is_exactly(t.len(), "Barracks"));
    }

    #[test]
    fn hyphen_splits_agree_with_the_library() {
        for w in [
            "Zapad-2021",
            "Colonel-General",
            "a-b-c",
            "-x",
            "x-",
            "-",
            "",
            "plain",
            "Ж-é-2",
        ] {
            assert_eq!(rsplit_hyphen(w), w.rsplit_once('-'), "{w:?}");
        }
    }

    #[test]
    fn ordinals_in_any_case() {
        for (s, want) in [
            ("1ST", true),
            ("2Nd", true),
            ("33RD", true),
            ("4tH", true),
            ("2D", true),
            ("7D", false),
            ("12", false),
            ("5thx", false),
            ("5t", false),
            ("th", false),
            ("", false),
            ("3é", false),
        ] {
            assert_eq!(is_ordinal(s), want, "{s:?}");
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(number_value("3,000"), Some(3000));
        assert!(is_ordinal("92nd") && is_ordinal("201st") && !is_ordinal("2006"));
        assert!(is_ordinal("3d") && is_ordinal("22d") && !is_ordinal("5d") && !is_ordinal("d"));
        assert!(is_year("2006") && !is_year("3000"));
    }

    #[test]
    fn an_ayn_inside_a_name_is_no_quote_or_possessive() {
        let words = |text: &str| -> Vec<String> {
            let a = Article::parse("a.txt", text.to_string());
            let t = Tokens::new(&a);
            (0..t.len()).map(|i| t.str(i).to_string()).collect()
        };
        assert_eq!(
            words("Mohammad Shia’ al-Sudani and Saad Jumaa’ Hamdan spoke."),
            [
                "Mohammad",
                "Shia’",
                "al-Sudani",
                "and",
                "Saad",
                "Jumaa’",
                "Hamdan",
                "spoke",
                "."
            ]
        );
        // A closing quote, a plural possessive and a quote before a lower-case word stay apart.
        assert_eq!(
            words("The ‘Iron Wolf’ Brigade and the forces’ Commander left ‘Wolf’ behind."),
            [
                "The",
                "‘",
                "Iron",
                "Wolf",
                "’",
                "Brigade",
                "and",
                "the",
                "forces",
                "’",
                "Commander",
                "left",
                "‘",
                "Wolf",
                "’",
                "behind",
                "."
            ]
        );
    }
}
