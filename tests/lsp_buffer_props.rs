//! Random incremental edits (emoji, CRLF, lone CR, combining characters, positions past the end) leave the
//! server's buffer equal to the text an editor holds, in both position encodings: on the document store
//! directly, and through the protocol, where the framework runs handlers concurrently.

mod support;

use dossier::lsp::documents::DocumentStore;
use dossier::lsp::position::Encoding;
use proptest::prelude::*;
use serde_json::json;
use support::{Client, Options, run};
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent, Uri};

/// Pieces that edits insert: the characters positions get wrong. U+2028 and NEL are not line breaks in
/// LSP (ropey must be built without its Unicode line breaks).
const PIECES: [&str; 14] = [
    "a",
    "Z",
    " ",
    "😀",
    "\r\n",
    "\r",
    "\n",
    "e\u{301}",
    "中",
    "ß",
    "\u{200d}",
    "👩‍👩‍👧",
    "\u{2028}",
    "\u{85}",
];

/// The text an editor holds, with positions computed the simple way: split the lines, walk the chars.
#[derive(Clone, Debug)]
struct Model {
    text: String,
}

impl Model {
    /// (start, end of content) byte offsets of each line; lines end at `\r\n`, `\r` or `\n`.
    fn lines(&self) -> Vec<(usize, usize)> {
        let b = self.text.as_bytes();
        let mut out = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'\n' || b[i] == b'\r' {
                let end = i;
                if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                out.push((start, end));
                start = i + 1;
            }
            i += 1;
        }
        out.push((start, b.len()));
        out
    }

    fn units(c: char, enc: Encoding) -> usize {
        match enc {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        }
    }

    /// Byte offset of a position, clamping like the server: past the last line is the end of the text,
    /// past the end of a line is the end of its content.
    fn offset(&self, pos: Position, enc: Encoding) -> usize {
        let lines = self.lines();
        let Some(&(start, end)) = lines.get(pos.line as usize) else {
            return self.text.len();
        };
        let mut units = 0;
        for (i, c) in self.text[start..end].char_indices() {
            if units >= pos.character as usize {
                return start + i;
            }
            units += Model::units(c, enc);
        }
        end
    }

    /// A position chosen by two random numbers: mostly valid positions on char boundaries, sometimes one
    /// past the last line or past the end of a line.
    fn position(&self, a: u32, b: u32, enc: Encoding) -> Position {
        let lines = self.lines();
        let line = a as usize % (lines.len() + 1);
        let Some(&(start, end)) = lines.get(line) else {
            return Position::new(line as u32, b % 3);
        };
        let mut cols = vec![0];
        let mut units = 0;
        for c in self.text[start..end].chars() {
            units += Model::units(c, enc);
            cols.push(units);
        }
        let k = b as usize % (cols.len() + 1);
        let col = cols.get(k).copied().unwrap_or(units + 7);
        Position::new(line as u32, col as u32)
    }

    fn apply(&mut self, change: &TextDocumentContentChangeEvent, enc: Encoding) {
        let r = change.range.expect("range edits");
        let (a, b) = (self.offset(r.start, enc), self.offset(r.end, enc));
        self.text.replace_range(a.min(b)..a.max(b), &change.text);
    }
}

/// One random edit, as raw numbers turned into a change against the current text.
type RawEdit = (u32, u32, u32, u32, Vec<usize>);

fn change_for(model: &Model, raw: &RawEdit, enc: Encoding) -> TextDocumentContentChangeEvent {
    let (a, b, c, d, pieces) = raw;
    let start = model.position(*a, *b, enc);
    // Mostly short ranges near the start, like typing; sometimes anywhere.
    let end = if c % 4 == 0 {
        model.position(*c, *d, enc)
    } else {
        Position::new(start.line + c % 2, start.character + d % 3)
    };
    let end = model.position_clamped(end, enc);
    TextDocumentContentChangeEvent {
        range: Some(Range::new(start, end)),
        range_length: None,
        text: pieces.iter().map(|&i| PIECES[i % PIECES.len()]).collect(),
    }
}

impl Model {
    /// Moves a position that would fall inside a character (inside a surrogate pair or a UTF-8 sequence)
    /// to that character's start: an editor never sends such positions.
    fn position_clamped(&self, pos: Position, enc: Encoding) -> Position {
        let lines = self.lines();
        let Some(&(start, end)) = lines.get(pos.line as usize) else {
            return pos;
        };
        let mut units = 0;
        for c in self.text[start..end].chars() {
            let next = units + Model::units(c, enc);
            if next > pos.character as usize {
                return Position::new(pos.line, units as u32);
            }
            units = next;
        }
        pos
    }
}

fn raw_edits(max: usize) -> impl Strategy<Value = Vec<RawEdit>> {
    prop::collection::vec(
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            prop::collection::vec(0..PIECES.len(), 0..6),
        ),
        1..max,
    )
}

fn initial_text() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 0..40)
        .prop_map(|v| v.into_iter().map(|i| PIECES[i]).collect())
}

fn store_matches_model(
    enc: Encoding,
    initial: String,
    edits: Vec<RawEdit>,
) -> Result<(), TestCaseError> {
    let uri: Uri = "file:///note.md".parse().unwrap();
    let mut store = DocumentStore::default();
    store.open(uri.clone(), "markdown".into(), 0, &initial);
    let mut model = Model { text: initial };
    for (v, raw) in edits.iter().enumerate() {
        let change = change_for(&model, raw, enc);
        model.apply(&change, enc);
        store
            .change(&uri, v as i32 + 1, &[change], enc)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let snap = store.snapshot(&uri).unwrap();
        prop_assert_eq!(&*snap.text, model.text.as_str());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn document_store_follows_the_editor_utf16(initial in initial_text(), edits in raw_edits(80)) {
        store_matches_model(Encoding::Utf16, initial, edits)?;
    }

    #[test]
    fn document_store_follows_the_editor_utf8(initial in initial_text(), edits in raw_edits(80)) {
        store_matches_model(Encoding::Utf8, initial, edits)?;
    }
}

/// A small deterministic generator for the protocol test (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 16) as u32
    }

    fn edit(&mut self) -> RawEdit {
        let n = self.next() as usize % 5;
        (
            self.next(),
            self.next(),
            self.next(),
            self.next(),
            (0..n).map(|_| self.next() as usize).collect(),
        )
    }
}

#[test]
fn thousands_of_edits_through_the_server_keep_the_buffer_in_sync() {
    for (enc, name) in [(Encoding::Utf16, "utf-16"), (Encoding::Utf8, "utf-8")] {
        run(|| async move {
            let dir = tempfile::tempdir().unwrap();
            let opts = Options {
                encodings: vec![name],
                ..Options::default()
            };
            let (mut c, init) = Client::start(Some(dir.path()), opts).await;
            assert_eq!(init["capabilities"]["positionEncoding"], name);
            c.indexed().await;
            let note = support::uri(&dir.path().join("n.md"));
            let mut model = Model {
                text: "# Note 😀\r\nfirst line\rsecond\n".to_string(),
            };
            c.open(&note, 1, &model.text).await;
            c.diagnostics(&note).await;
            let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ name.len() as u64);
            let mut version = 1;
            for _ in 0..1000 {
                // Several changes in one notification apply in order, each on the previous result.
                let k = 1 + rng.next() as usize % 3;
                let mut changes = Vec::new();
                for _ in 0..k {
                    let change = change_for(&model, &rng.edit(), enc);
                    model.apply(&change, enc);
                    changes.push(change);
                }
                version += 1;
                c.change(&note, version, json!(changes)).await;
            }
            assert_eq!(c.buffer(&note).await, (version as i64, model.text.clone()));
            c.finish().await;
        });
    }
}
