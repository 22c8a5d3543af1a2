//! Posts: "Tajikistan’s defense minister", "deputy Tajik minister of foreign affairs", "Foreign Minister",
//! "a committee chair from the ... General Staff", "chief of the General Staff". A post reduces to a role,
//! a level and a domain, so that "foreign minister" and "minister of foreign affairs" are one post.

use std::ops::Range;

use super::rank::rank_before;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Full,
    Deputy,
    FirstDeputy,
}

/// A post as the sentence writes it, and what it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Post {
    pub role: &'static str,
    pub level: Level,
    pub domain: Option<&'static str>,
}

impl Post {
    /// True when one person cannot be described by both (as far as words tell): same role in another
    /// domain, another level of the same office, or two different heads of state or government posts.
    pub fn contradicts(&self, other: &Post) -> bool {
        if self.role == other.role {
            match (self.domain, other.domain) {
                (Some(a), Some(b)) if a != b => true,
                (a, b) if a == b => self.level != other.level,
                _ => false,
            }
        } else {
            const TOP: &[&str] = &["minister", "president", "prime minister"];
            TOP.contains(&self.role) && TOP.contains(&other.role)
        }
    }
}

const ROLES: &[(&str, &str)] = &[
    ("minister", "minister"),
    ("ministers", "minister"),
    ("president", "president"),
    ("premier", "prime minister"),
    ("chair", "chair"),
    ("chairman", "chair"),
    ("chairwoman", "chair"),
    ("chairperson", "chair"),
    ("chief", "chief"),
    ("head", "head"),
    ("commander", "commander"),
    ("director", "director"),
    ("secretary", "secretary"),
    ("spokesman", "spokesperson"),
    ("spokeswoman", "spokesperson"),
    ("spokesperson", "spokesperson"),
    ("ambassador", "ambassador"),
    ("envoy", "envoy"),
    ("governor", "governor"),
    ("mayor", "mayor"),
];

const DOMAINS: &[(&str, &str)] = &[
    ("defense", "defense"),
    ("defence", "defense"),
    ("foreign", "foreign affairs"),
    ("interior", "interior"),
    ("internal", "interior"),
    ("emergency", "emergency situations"),
    ("emergencies", "emergency situations"),
    ("finance", "finance"),
    ("financial", "finance"),
    ("justice", "justice"),
    ("security", "security"),
    ("border", "border"),
    ("economy", "economy"),
    ("economic", "economy"),
    ("intelligence", "intelligence"),
    ("energy", "energy"),
    ("transport", "transport"),
    ("health", "health"),
    ("education", "education"),
    ("agriculture", "agriculture"),
    ("trade", "trade"),
];

/// Reads a post from a short phrase; `None` unless the phrase names a role.
pub fn parse_post(phrase: &str) -> Option<Post> {
    let words: Vec<String> = phrase
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    if words.is_empty() || words.len() > 12 {
        return None;
    }
    if words
        .iter()
        .any(|w| matches!(w.as_str(), "former" | "ex" | "then" | "late" | "retired"))
    {
        return None;
    }
    let (pos, role) = words.iter().enumerate().find_map(|(i, w)| {
        if w == "prime" && words.get(i + 1).is_some_and(|n| n == "minister") {
            return Some((i + 1, "prime minister"));
        }
        ROLES
            .iter()
            .find(|(r, _)| r == w)
            .map(|(_, role)| (i, *role))
    })?;
    let level = {
        let before = &words[..pos];
        if before
            .windows(2)
            .any(|w| w[0] == "first" && w[1] == "deputy")
        {
            Level::FirstDeputy
        } else if before.iter().any(|w| {
            w == "deputy" || w == "vice" || w.starts_with("vice-") || w.starts_with("deputy-")
        }) {
            Level::Deputy
        } else {
            Level::Full
        }
    };
    let joined = words.join(" ");
    let domain = if joined.contains("general staff") {
        Some("general staff")
    } else {
        words
            .iter()
            .find_map(|w| DOMAINS.iter().find(|(d, _)| d == w).map(|(_, c)| *c))
    };
    Some(Post {
        role,
        level,
        domain,
    })
}

/// The post a sentence gives the person named at `mention`: an apposition after the name (", the
/// foreign minister,", " (deputy defense minister)") or a title before it ("Defense Minister X",
/// "Tajikistan’s defense minister, X"). Returns the phrase's range and the post.
pub fn post_near(
    text: &str,
    sentence: Range<usize>,
    mention: Range<usize>,
) -> Option<(Range<usize>, Post)> {
    after(text, &sentence, &mention).or_else(|| before(text, &sentence, &mention))
}

fn after(
    text: &str,
    sentence: &Range<usize>,
    mention: &Range<usize>,
) -> Option<(Range<usize>, Post)> {
    let rest = text.get(mention.end..sentence.end)?;
    let (open, paren) = if rest.starts_with(',') {
        (1, false)
    } else if rest.starts_with(" (") {
        (2, true)
    } else {
        return None;
    };
    let body = &rest[open..];
    let close: &[char] = if paren {
        &[')', ',', ';']
    } else {
        &[',', ';', '(', ')', '.', ':', '“', '"']
    };
    let mut end = body.find(close).unwrap_or(body.len());
    if paren && !body[end..].starts_with(')') {
        return None;
    }
    // A relative clause ends the apposition: ", who met the foreign minister" is not a post of his.
    for stop in [" who ", " which ", " said", " told", " met ", " and "] {
        if let Some(i) = body[..end].find(stop) {
            end = end.min(i);
        }
    }
    let phrase = &body[..end];
    let post = parse_post(phrase)?;
    let lead = phrase.len() - phrase.trim_start().len();
    let start = mention.end + open + lead;
    Some((start..start + phrase.trim().len(), post))
}

fn before(
    text: &str,
    sentence: &Range<usize>,
    mention: &Range<usize>,
) -> Option<(Range<usize>, Post)> {
    let mut end = mention.start;
    if let Some((r, rank)) = rank_before(text, end) {
        if rank.military {
            end = r.start;
        }
    }
    let head = text.get(sentence.start..end)?.trim_end();
    let head = head.strip_suffix(',').unwrap_or(head).trim_end();
    let clause_start = head
        .rfind([',', ';', ':', '(', ')', '.', '“', '"'])
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &head[clause_start..];
    // Word starts in the clause; a title is at most its last six words.
    let starts: Vec<usize> = clause
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace() && (i == 0 || clause[..i].ends_with(char::is_whitespace))
        })
        .map(|(i, _)| i)
        .collect();
    let last_start = *starts.last()?;
    let last = clause[last_start..].to_lowercase();
    if !ROLES.iter().any(|(r, _)| *r == last) {
        return None;
    }
    let from = starts[starts.len().saturating_sub(6)];
    let phrase = &clause[from..];
    let post = parse_post(phrase)?;
    let s = sentence.start + clause_start + from;
    Some((s..s + phrase.len(), post))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near(t: &str, name: &str) -> Option<(String, Post)> {
        let m = t.find(name).unwrap();
        post_near(t, 0..t.len(), m..m + name.len()).map(|(r, p)| (t[r].to_string(), p))
    }

    #[test]
    fn appositions_and_titles() {
        let (phrase, p) = near(
            "Colonel-General Sherali Khayrulloyev, Tajikistan’s defense minister, explained in Dushanbe",
            "Sherali Khayrulloyev",
        )
        .unwrap();
        assert_eq!(phrase, "Tajikistan’s defense minister");
        assert_eq!(
            (p.role, p.level, p.domain),
            ("minister", Level::Full, Some("defense"))
        );

        let (_, p) = near(
            "with Salohiddin Nasriddinov, deputy Tajik minister of foreign affairs, as well",
            "Salohiddin Nasriddinov",
        )
        .unwrap();
        assert_eq!(
            (p.role, p.level, p.domain),
            ("minister", Level::Deputy, Some("foreign affairs"))
        );

        let (phrase, p) = near("Foreign Minister Khayrulloyev said", "Khayrulloyev").unwrap();
        assert_eq!(phrase, "Foreign Minister");
        assert_eq!(p.domain, Some("foreign affairs"));

        let (_, p) = near(
            "- Colonel Rahimov (deputy defense minister) spoke",
            "Rahimov",
        )
        .unwrap();
        assert_eq!(p.level, Level::Deputy);

        let (_, p) = near(
            "On March 28 President Emomali Rahmonov endorsed",
            "Emomali Rahmonov",
        )
        .unwrap();
        assert_eq!(p.role, "president");
    }

    #[test]
    fn not_posts() {
        assert!(
            near(
                "Khayrulloyev, in his efforts to deliver success, understands",
                "Khayrulloyev"
            )
            .is_none()
        );
        assert!(near("Tirmizey, who met the foreign minister, left", "Tirmizey").is_none());
        assert!(near("Tirmizey met Nasriddinov", "Nasriddinov").is_none());
        assert!(
            near(
                "Khayrulloyev, the former foreign minister, spoke",
                "Khayrulloyev"
            )
            .is_none()
        );
    }

    #[test]
    fn contradictions() {
        let defense = parse_post("defense minister").unwrap();
        let foreign = parse_post("the foreign minister").unwrap();
        let mofa = parse_post("minister of foreign affairs").unwrap();
        let deputy = parse_post("deputy minister of foreign affairs").unwrap();
        assert!(defense.contradicts(&foreign));
        assert!(!foreign.contradicts(&mofa));
        assert!(deputy.contradicts(&mofa));
        assert!(!parse_post("minister").unwrap().contradicts(&defense));
        assert!(!parse_post("committee chair").unwrap().contradicts(&defense));
    }
}
