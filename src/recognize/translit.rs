//! Transliteration-aware keys: two spellings of one name that outlets use (Rahmonov / Rakhmonov,
//! Shoigu / Shoygu, Khudoyberdiyev / Hudoiberdiev) get the same key.

/// A key under which transliteration variants of a name collide. Case, diacritics, apostrophes, hyphens
/// and spaces do not matter; kh/h/x, y/i/j, doubled letters and the -oyev/-oev/-aev family are folded.
pub fn key(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_ascii_lowercase();
    let letters: Vec<u8> = ascii.bytes().filter(u8::is_ascii_alphanumeric).collect();
    let mut out = Vec::with_capacity(letters.len());
    let mut i = 0;
    while i < letters.len() {
        let c = letters[i];
        let next = letters.get(i + 1).copied();
        let folded = match (c, next) {
            (b'k', Some(b'h')) => {
                i += 1;
                b'h'
            }
            (b'x', _) => b'h',
            (b'y' | b'j', _) => b'i',
            (b'w', _) => b'v',
            _ => c,
        };
        if out.last() != Some(&folded) {
            out.push(folded);
        }
        i += 1;
    }
    let mut s = String::from_utf8(out).unwrap_or_default();
    for (from, to) in [("oiev", "oev"), ("aiev", "aev"), ("iev", "ev")] {
        if s.ends_with(from) {
            s.truncate(s.len() - from.len());
            s.push_str(to);
            break;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn variants_collide() {
        assert_eq!(key("Rahmonov"), key("Rakhmonov"));
        assert_eq!(key("Shoigu"), key("Shoygu"));
        assert_eq!(key("Khudoyberdiyev"), key("Hudoiberdiev"));
    }

    #[test]
    fn different_names_do_not() {
        assert_ne!(key("Rahmonov"), key("Rahimov"));
        assert_ne!(key("Lavrov"), key("Lavrentiev"));
    }
}
