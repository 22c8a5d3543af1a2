//! One form for names and the text they are searched in: runs of whitespace (a hard line break inside a
//! name, indentation of a wrapped list item) become one space and curly apostrophes become straight,
//! with a map back to the original byte offsets.

/// Normalized text and, for each of its bytes (and one past the end), the original byte offset.
pub struct Normalized {
    pub text: String,
    pub map: Vec<u32>,
}

impl Normalized {
    pub fn new(original: &str) -> Normalized {
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        let mut in_space = false;
        let mut i = 0;
        while i < bytes.len() {
            // Notes are mostly ASCII: a letter or digit is copied as it is, without decoding.
            let b = bytes[i];
            if b.is_ascii_graphic() {
                in_space = false;
                text.push(char::from(b));
                map.push(i as u32);
                i += 1;
                continue;
            }
            let Some(c) = original[i..].chars().next() else {
                break;
            };
            let len = c.len_utf8();
            let c = match c {
                '’' | '‘' | 'ʼ' => '\'',
                '\u{00A0}' => ' ',
                c => c,
            };
            if c.is_whitespace() {
                if !in_space {
                    in_space = true;
                    text.push(' ');
                    map.push(i as u32);
                }
                i += len;
                continue;
            }
            in_space = false;
            let start = text.len();
            text.push(c);
            for _ in start..text.len() {
                map.push(i as u32);
            }
            i += len;
        }
        map.push(original.len() as u32);
        Normalized { text, map }
    }

    /// The original byte range of a normalized range.
    pub fn original(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let s = self.map.get(start).copied().unwrap_or(0) as usize;
        let e = self.map.get(end).copied().map_or(s, |e| e as usize);
        s..e.max(s)
    }
}

/// A name in normalized form (for patterns).
pub fn name(s: &str) -> String {
    Normalized::new(s.trim()).text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_back_across_line_breaks_and_curly_apostrophes() {
        let t = "General Sherali\n   Khayrulloyev’s post";
        let n = Normalized::new(t);
        assert_eq!(n.text, "General Sherali Khayrulloyev's post");
        let s = n.text.find("Sherali").unwrap();
        let e = n.text.find("'s").unwrap();
        assert_eq!(&t[n.original(s, e)], "Sherali\n   Khayrulloyev");
        let p = n.text.find("post").unwrap();
        assert_eq!(&t[n.original(e, p)], "’s ");
    }
}
