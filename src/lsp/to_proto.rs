//! The core's values to protocol values: byte ranges to positions (in the negotiated encoding, using the
//! text the range was computed on), paths to URIs, findings to diagnostics, kinds to symbol and token
//! kinds. Keeping every protocol type in here and in `from_proto` confines framework upgrades.

use std::collections::HashMap;
use std::ops::Range as Bytes;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use ropey::Rope;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CompletionItemKind, CreateFile, CreateFileOptions, Diagnostic,
    DiagnosticRelatedInformation, DiagnosticSeverity, DocumentChangeOperation, DocumentChanges,
    Location, NumberOrString, OneOf, OptionalVersionedTextDocumentIdentifier, Range, ResourceOp,
    SymbolKind, TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

use super::documents::Snapshot;
use super::position::{self, Encoding, LineIndex};
use super::session::ClientCaps;
use crate::check::{Finding, Severity};
use crate::entity::{ArticleId, Kind};
use crate::index::Index;

/// The protocol range of a byte range in a document's rope.
pub fn range(rope: &Rope, bytes: Bytes<usize>, enc: Encoding) -> Range {
    Range::new(
        position::byte_position(rope, bytes.start, enc),
        position::byte_position(rope, bytes.end, enc),
    )
}

/// The `file:` URI of a path (made absolute first); a path made from a non-file URI maps back to it.
pub fn uri(path: &Path) -> Option<Uri> {
    if let Some(s) = path.to_str()
        && !path.is_absolute()
        && s.contains(':')
        && let Ok(u) = s.parse::<Uri>()
    {
        return Some(u);
    }
    Uri::from_file_path(path)
}

/// Where each indexed article is, for protocol locations: its URI, and its line starts when its own table
/// (of `\n` line starts) is not the protocol's because it holds a carriage return. Filled on first use and
/// kept for the life of one index: a long note's diagnostics cite thousands of passages in thousands of
/// articles, and building their URIs and scanning their texts again for every check cost more than the
/// rest of the conversion together.
#[derive(Debug)]
pub struct ArticleLines {
    articles: Vec<OnceLock<Option<ArticleLocation>>>,
}

/// An article's URI, and its line starts when they are not the article's own.
type ArticleLocation = (Uri, Option<LineIndex>);

impl ArticleLines {
    pub fn new(index: &Index) -> ArticleLines {
        ArticleLines {
            articles: (0..index.articles.len()).map(|_| OnceLock::new()).collect(),
        }
    }

    fn get(&self, index: &Index, id: ArticleId) -> Option<&ArticleLocation> {
        let article = index.articles.get(id.0 as usize)?;
        self.articles
            .get(id.0 as usize)?
            .get_or_init(|| {
                let lines = article
                    .text
                    .contains('\r')
                    .then(|| LineIndex::new(&article.text));
                Some((uri(&article.path)?, lines))
            })
            .as_ref()
    }
}

/// Converts locations in any file the server knows (indexed articles, open documents, files on disk) into
/// protocol locations. Each range is converted against the text it was computed on: an article's as
/// indexed, an open document's buffer, else the file as it is on disk now.
pub struct Locator<'a> {
    index: &'a Index,
    open: HashMap<PathBuf, &'a Snapshot>,
    enc: Encoding,
    articles: Arc<ArticleLines>,
    /// Files that are neither indexed nor open, as read from disk.
    files: HashMap<PathBuf, Option<(Arc<str>, LineIndex)>>,
}

impl<'a> Locator<'a> {
    pub fn new(index: &'a Index, open: &'a [(PathBuf, Snapshot)], enc: Encoding) -> Locator<'a> {
        Locator::with_articles(index, open, enc, Arc::new(ArticleLines::new(index)))
    }

    /// A locator sharing what is known of `index`'s articles (see [`ArticleLines`]), which must have
    /// been made for this index.
    pub fn with_articles(
        index: &'a Index,
        open: &'a [(PathBuf, Snapshot)],
        enc: Encoding,
        articles: Arc<ArticleLines>,
    ) -> Locator<'a> {
        Locator {
            index,
            open: open.iter().map(|(p, s)| (p.clone(), s)).collect(),
            enc,
            articles,
            files: HashMap::new(),
        }
    }

    pub fn location(&mut self, path: &Path, bytes: Bytes<usize>) -> Option<Location> {
        if let Some(id) = self.index.article_by_path(path) {
            return self.article_location(id, bytes);
        }
        let enc = self.enc;
        if let Some(snap) = self.open.get(path) {
            return Some(Location::new(
                snap.uri.clone(),
                range(&snap.rope, bytes, enc),
            ));
        }
        let entry = self.files.entry(path.to_path_buf()).or_insert_with(|| {
            let text: Arc<str> = Arc::from(read_small_text(path)?);
            let lines = LineIndex::new(&text);
            Some((text, lines))
        });
        let (text, lines) = entry.as_ref()?;
        Some(Location::new(
            uri(path)?,
            Range::new(
                lines.position(text, bytes.start, enc),
                lines.position(text, bytes.end, enc),
            ),
        ))
    }

    /// The location of a range in an indexed article, converted against the article's text as indexed.
    pub fn article_location(&mut self, id: ArticleId, bytes: Bytes<usize>) -> Option<Location> {
        let article = self.index.articles.get(id.0 as usize)?;
        let (uri, lines) = self.articles.get(self.index, id)?;
        let enc = self.enc;
        let text = article.text.as_str();
        let at = |byte: usize| match lines {
            Some(l) => l.position(text, byte, enc),
            None => {
                let b = position::floor_boundary(text, byte);
                let line = article.line_of(b);
                position::column_position(text, line, article.line_start(line), b, enc)
            }
        };
        Some(Location::new(
            uri.clone(),
            Range::new(at(bytes.start), at(bytes.end)),
        ))
    }
}

/// A file's text for converting a range in it, if it is a reasonably sized UTF-8 file.
fn read_small_text(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    if meta.len() > crate::corpus::MAX_SOURCE_BYTES {
        return None;
    }
    String::from_utf8(std::fs::read(path).ok()?).ok()
}

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Information => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

/// A finding as a diagnostic on the note, with its source passages as related information.
pub fn diagnostic(f: &Finding, snap: &Snapshot, loc: &mut Locator<'_>) -> Diagnostic {
    let related: Vec<_> = f
        .related
        .iter()
        .filter_map(|r| {
            Some(DiagnosticRelatedInformation {
                location: loc.article_location(r.passage.article, r.passage.range())?,
                message: r.message.clone(),
            })
        })
        .collect();
    Diagnostic {
        range: range(&snap.rope, f.range.clone(), loc.enc),
        severity: Some(severity(f.severity)),
        code: Some(NumberOrString::String(f.code.to_string())),
        code_description: None,
        source: Some("dossier".into()),
        message: f.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

/// The workspace's gazetteer as a quick fix sees it: where it is and what it holds now.
pub struct GazetteerFile {
    pub uri: Uri,
    /// Its text (the editor's buffer when open, else the file); `None` when it does not exist yet.
    pub text: Option<String>,
    /// The editor's version of it, when open.
    pub version: Option<i32>,
}

/// One quick fix per fix a finding offers, as a workspace edit with the diagnostic attached: the edits
/// of the note, plus an entry appended to the gazetteer (created if missing) when the fix adds one. The
/// server never writes files itself: the editor applies the edit, so it can be undone and reviewed.
pub fn code_actions(
    f: &Finding,
    snap: &Snapshot,
    diagnostic: &Diagnostic,
    enc: Encoding,
    gazetteer: Option<&GazetteerFile>,
    caps: ClientCaps,
) -> Vec<CodeAction> {
    f.fixes
        .iter()
        .enumerate()
        .filter_map(|(i, fix)| {
            let note: Vec<TextEdit> = fix
                .edits
                .iter()
                .map(|e| TextEdit::new(range(&snap.rope, e.range.clone(), enc), e.new_text.clone()))
                .collect();
            // Without a workspace there is no gazetteer to add to.
            let appended = fix
                .gazetteer_entry
                .as_ref()
                .zip(gazetteer)
                .map(|(entry, g)| (g, append(g.text.as_deref(), entry, enc)));
            if note.is_empty() && appended.is_none() {
                return None;
            }
            let edit = workspace_edit(snap, note, appended, caps);
            Some(CodeAction {
                title: fix.title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(edit),
                command: None,
                is_preferred: Some(i == 0),
                disabled: None,
                data: None,
            })
        })
        .collect()
}

/// An insertion of `entry` at the end of `text` (an empty or missing file's end is its start).
fn append(text: Option<&str>, entry: &str, enc: Encoding) -> TextEdit {
    let text = text.unwrap_or("");
    let end = LineIndex::new(text).position(text, text.len(), enc);
    TextEdit::new(Range::new(end, end), entry.to_string())
}

/// The edits as versioned `documentChanges` (creating a missing gazetteer first) when the client takes
/// them, else as plain `changes`: a client that cannot create files still gets an edit it can apply to a
/// gazetteer that exists, and most create the file on a plain edit too.
fn workspace_edit(
    snap: &Snapshot,
    note: Vec<TextEdit>,
    gazetteer: Option<(&GazetteerFile, TextEdit)>,
    caps: ClientCaps,
) -> WorkspaceEdit {
    let must_create = gazetteer.as_ref().is_some_and(|(g, _)| g.text.is_none());
    if !caps.document_changes || (must_create && !caps.create_files) {
        let mut changes = HashMap::new();
        if !note.is_empty() {
            changes.insert(snap.uri.clone(), note);
        }
        if let Some((g, e)) = gazetteer {
            changes
                .entry(g.uri.clone())
                .or_insert_with(Vec::new)
                .push(e);
        }
        return WorkspaceEdit {
            changes: Some(changes),
            ..WorkspaceEdit::default()
        };
    }
    let text_edit = |uri: &Uri, version: Option<i32>, edits: Vec<TextEdit>| {
        DocumentChangeOperation::Edit(TextDocumentEdit {
            text_document: OptionalVersionedTextDocumentIdentifier {
                uri: uri.clone(),
                version,
            },
            edits: edits.into_iter().map(OneOf::Left).collect(),
        })
    };
    let mut ops = Vec::new();
    if !note.is_empty() {
        ops.push(text_edit(&snap.uri, Some(snap.version), note));
    }
    if let Some((g, e)) = gazetteer {
        if must_create {
            ops.push(DocumentChangeOperation::Op(ResourceOp::Create(
                CreateFile {
                    uri: g.uri.clone(),
                    options: Some(CreateFileOptions {
                        overwrite: None,
                        ignore_if_exists: Some(true),
                    }),
                    annotation_id: None,
                },
            )));
        }
        ops.push(text_edit(&g.uri, g.version, vec![e]));
    }
    WorkspaceEdit {
        document_changes: Some(DocumentChanges::Operations(ops)),
        ..WorkspaceEdit::default()
    }
}

/// Symbol kinds chosen so that outlines show officials, units and exercises with distinct icons.
pub fn symbol_kind(k: Kind) -> SymbolKind {
    match k {
        Kind::Official => SymbolKind::OBJECT,
        Kind::Unit => SymbolKind::STRUCT,
        Kind::Exercise => SymbolKind::EVENT,
        Kind::Place => SymbolKind::NAMESPACE,
        Kind::Organization => SymbolKind::MODULE,
        Kind::Outlet => SymbolKind::PACKAGE,
    }
}

pub fn completion_kind(k: Kind) -> CompletionItemKind {
    match k {
        Kind::Official => CompletionItemKind::VALUE,
        Kind::Unit => CompletionItemKind::STRUCT,
        Kind::Exercise => CompletionItemKind::EVENT,
        Kind::Place => CompletionItemKind::MODULE,
        Kind::Organization => CompletionItemKind::CLASS,
        Kind::Outlet => CompletionItemKind::REFERENCE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::gazetteer::Gazetteer;
    use tower_lsp_server::ls_types::Position;

    #[test]
    fn locations_in_articles_use_the_article_text_and_encoding() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        let text = "Title: x\n\n“Quoted” 😀 Gen. Ivan Petrov said\r\nmore";
        let index = Index::build(
            vec![Article::parse(&path, text.to_string())],
            &Gazetteer::default(),
        );
        let start = text.find("Ivan").unwrap();
        let mut loc = Locator::new(&index, &[], Encoding::Utf16);
        let l = loc.location(&path, start..start + 11).unwrap();
        assert_eq!(l.uri, Uri::from_file_path(&path).unwrap());
        // “ and ” are one UTF-16 unit each, 😀 two: "“Quoted” 😀 Gen. " is 17 units.
        assert_eq!(l.range.start, Position::new(2, 17));
        assert_eq!(l.range.end, Position::new(2, 28));
        let mut loc8 = Locator::new(&index, &[], Encoding::Utf8);
        let l8 = loc8.location(&path, start..start).unwrap();
        assert_eq!(
            l8.range.start,
            Position::new(2, (start - text.find('“').unwrap()) as u32)
        );
        // A file that is neither indexed, open nor on disk has no location.
        assert!(loc.location(&dir.path().join("gone.md"), 0..1).is_none());
    }

    #[test]
    fn article_line_tables_agree_with_protocol_lines() {
        let dir = tempfile::tempdir().unwrap();
        let texts = [
            "Title: a\n\nGen. Ivan Petrov 😀 said\nthat “é” Col. Oleg Sidorov\n",
            "Title: b\r\n\r\nGen. Ivan Petrov said\rthat 😀 Col. Oleg Sidorov\r\n",
        ];
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::parse(dir.path().join(format!("{i}.txt")), t.to_string()))
            .collect();
        let index = Arc::new(Index::build(articles, &Gazetteer::default()));
        let lines = Arc::new(ArticleLines::new(&index));
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            let mut loc = Locator::with_articles(&index, &[], enc, lines.clone());
            for (i, text) in texts.iter().enumerate() {
                let li = LineIndex::new(text);
                for b in 0..=text.len() + 2 {
                    let got = loc.article_location(ArticleId(i as u32), b..b).unwrap();
                    assert_eq!(
                        got.range.start,
                        li.position(text, b, enc),
                        "{i} {b} {enc:?}"
                    );
                }
            }
        }
        let mut loc = Locator::with_articles(&index, &[], Encoding::Utf8, lines);
        assert!(loc.article_location(ArticleId(9), 0..1).is_none());
    }

    #[test]
    fn non_file_uris_round_trip_through_paths() {
        let u: Uri = "untitled:Untitled-1".parse().unwrap();
        let p = super::super::from_proto::path(&u);
        assert_eq!(uri(&p), Some(u));
        let f = Uri::from_file_path("/tmp/x y.md").unwrap();
        assert_eq!(
            super::super::from_proto::path(&f),
            PathBuf::from("/tmp/x y.md")
        );
    }
}
