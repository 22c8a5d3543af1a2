//! One form for names and the text they are searched in: runs of whitespace (a hard line break inside a
//! name, indentation of a wrapped list item) become one space and curly apostrophes become straight,
//! with a map back to the original byte offsets.

/// Normalized text and the way back to the original's byte offsets.
///
/// Most of a note normalizes to itself byte for byte, so the map keeps only the places where the shift
/// between the two changes (after a run of whitespace, after a curly apostrophe) rather than one offset
/// per byte: a note of a megabyte would otherwise carry four megabytes of offsets.
pub struct Normalized {
    pub text: String,
    /// `(normalized, original)` offset pairs, ascending: from `normalized` on (until the next pair),
    /// offsets shift by `original - normalized`. Before the first pair they do not shift.
    shifts: Vec<(u32, u32)>,
}

impl Normalized {
    pub fn new(original: &str) -> Normalized {
        let bytes = original.as_bytes();
        let mut n = Normalized {
            text: String::with_capacity(original.len()),
            shifts: Vec::new(),
        };
        let mut in_space = false;
        let mut i = 0;
        while i < bytes.len() {
            // Notes are mostly ASCII words and single spaces, which normalize to themselves: copied as
            // one slice.
            let run = i;
            while let Some(&b) = bytes.get(i) {
                if b.is_ascii_graphic() {
                    in_space = false;
                } else if b == b' ' && !in_space {
                    in_space = true;
                } else {
                    break;
                }
                i += 1;
            }
            if i > run {
                n.push(&original[run..i], run);
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
                    n.push(" ", i);
                }
            } else {
                in_space = false;
                n.push(c.encode_utf8(&mut [0; 4]), i);
            }
            i += len;
        }
        n.shift_to(n.text.len(), original.len());
        n
    }

    /// Appends `s`, which stands for the original text from byte `at`.
    fn push(&mut self, s: &str, at: usize) {
        self.shift_to(self.text.len(), at);
        self.text.push_str(s);
    }

    /// Records that normalized offset `norm` is original offset `orig`, if the shift has changed.
    fn shift_to(&mut self, norm: usize, orig: usize) {
        if self.to_original(norm) != orig {
            self.shifts.push((norm as u32, orig as u32));
        }
    }

    fn to_original(&self, norm: usize) -> usize {
        let k = self.shifts.partition_point(|&(n, _)| n as usize <= norm);
        match k.checked_sub(1).and_then(|k| self.shifts.get(k)) {
            Some(&(n, o)) => o as usize + (norm - n as usize),
            None => norm,
        }
    }

    /// The original byte range of a normalized range.
    pub fn original(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let len = self.text.len();
        let s = if start <= len {
            self.to_original(start)
        } else {
            0
        };
        let e = if end <= len { self.to_original(end) } else { s };
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

    #[test]
    fn every_offset_maps_as_one_offset_per_byte_would() {
        let t = "  Tab\there,\u{00A0}\u{00A0}ʼquoteʼ  Душанбе\r\n\n end \n";
        let n = Normalized::new(t);
        assert_eq!(n.text, " Tab here, 'quote' Душанбе end ");
        // Each normalized character starts where its original did, and the end maps to the end.
        let mut starts: Vec<usize> = Vec::new();
        let mut in_space = false;
        for (i, c) in t.char_indices() {
            let space = c.is_whitespace();
            if !(space && in_space) {
                starts.push(i);
            }
            in_space = space;
        }
        let mapped: Vec<usize> = n
            .text
            .char_indices()
            .map(|(i, _)| n.original(i, i).start)
            .collect();
        assert_eq!(mapped, starts);
        assert_eq!(n.original(n.text.len(), n.text.len()), t.len()..t.len());
        assert_eq!(n.original(n.text.len() + 1, n.text.len() + 2), 0..0);
    }

    #[test]
    fn text_without_runs_keeps_no_shifts() {
        let n = Normalized::new("General Sherali Khayrulloyev's post");
        assert!(n.shifts.is_empty());
        assert_eq!(n.original(8, 15), 8..15);
    }
}
