//! YAML front matter at the top of a note: only the keys dossier reads (`source:` and `sources:`), parsed
//! by hand so that a malformed header never stops a note from being checked.

use std::ops::Range;

/// What the front matter says and where it ends.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// Source paths or names, as written, with their byte ranges in the note.
    pub sources: Vec<(String, Range<usize>)>,
    /// Byte offset where the note's body starts (0 without front matter).
    pub body_start: usize,
}

/// Reads a `---` … `---` (or `...`) block at the very start of `text`.
pub fn parse(text: &str) -> FrontMatter {
    let mut fm = FrontMatter::default();
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return fm;
    }
    let mut offset = first_line_end + 1;
    let mut in_sources_list = false;
    while offset < text.len() {
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let line = &text[offset..line_end];
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            fm.body_start = (line_end + 1).min(text.len());
            return fm;
        }
        if let Some(item) = trimmed
            .trim_start()
            .strip_prefix("- ")
            .filter(|_| in_sources_list)
        {
            push_value(
                text,
                offset + (line.len() - line.trim_start().len()) + 2,
                item,
                &mut fm,
            );
        } else if let Some((key, value)) = trimmed.split_once(':') {
            let key = key.trim();
            in_sources_list = false;
            if key == "source" || key == "sources" {
                let value_start = offset + key_len(line) + 1;
                let v = value.trim();
                if v.is_empty() {
                    in_sources_list = true;
                } else if let Some(inner) = v.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
                    let inner_start = value_start + value.find('[').map_or(0, |i| i + 1);
                    let mut pos = inner_start;
                    for part in inner.split(',') {
                        push_value(text, pos, part, &mut fm);
                        pos += part.len() + 1;
                    }
                } else {
                    push_value(text, value_start, value, &mut fm);
                }
            }
        } else if !trimmed.starts_with(' ') {
            in_sources_list = false;
        }
        offset = line_end + 1;
    }
    // No closing fence: not front matter after all.
    FrontMatter::default()
}

fn key_len(line: &str) -> usize {
    line.find(':').unwrap_or(0)
}

/// Records one value (trimmed and unquoted) that starts at byte `start` of `text`.
fn push_value(text: &str, start: usize, raw: &str, fm: &mut FrontMatter) {
    let lead = raw.len() - raw.trim_start().len();
    let mut v = raw.trim();
    let mut s = start + lead;
    if v.len() >= 2
        && ((v.starts_with('"') && v.ends_with('"')) || (v.starts_with('\'') && v.ends_with('\'')))
    {
        v = &v[1..v.len() - 1];
        s += 1;
    }
    if !v.is_empty() && text.get(s..s + v.len()) == Some(v) {
        fm.sources.push((v.to_string(), s..s + v.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn single_list_and_inline_sources() {
        let t = "---\ntitle: x\nsource: ../sources/a.txt\n---\nBody";
        let fm = parse(t);
        assert_eq!(fm.sources[0].0, "../sources/a.txt");
        assert_eq!(&t[fm.sources[0].1.clone()], "../sources/a.txt");
        assert_eq!(&t[fm.body_start..], "Body");

        let t = "---\nsources:\n  - a.txt\n  - \"b c.md\"\ntags: [x]\n---\n";
        let names: Vec<_> = parse(t).sources.into_iter().map(|s| s.0).collect();
        assert_eq!(names, vec!["a.txt", "b c.md"]);

        let t = "---\nsources: [a.txt, 'b.txt']\n---\n";
        let fm = parse(t);
        let names: Vec<_> = fm.sources.iter().map(|s| s.0.as_str()).collect();
        assert_eq!(names, vec!["a.txt", "b.txt"]);
        assert_eq!(&t[fm.sources[1].1.clone()], "b.txt");
    }

    #[test]
    fn unclosed_or_absent_front_matter_is_body() {
        assert_eq!(parse("---\nsource: a.txt\nno end").body_start, 0);
        assert!(parse("---\nsource: a.txt\nno end").sources.is_empty());
        assert_eq!(parse("# Title\nsource: a.txt\n").body_start, 0);
    }
}
