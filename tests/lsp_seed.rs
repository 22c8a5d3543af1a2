//! The features on the bundled example workspace (`examples/`, the seed article under `sources/`), through
//! the protocol: hovers show what the source says, definitions land on the source line, references find
//! the mentions in the source and in notes.

mod support;

use serde_json::{Value, json};
use support::{Client, Options, examples, find, run, uri};

const SEED: &str = "sources/edm-3-65-tajik-military.txt";

fn seed_text() -> String {
    std::fs::read_to_string(examples().join(SEED)).unwrap()
}

/// The 0-based line of the first line of the seed containing `needle`.
fn seed_line(needle: &str) -> u32 {
    find(&seed_text(), needle).0
}

const NOTE: &str = "---\nsource: ../sources/edm-3-65-tajik-military.txt\n---\n# Tajik military 😀\r\n\r\nThe defense minister, Khayrulloyev, praised Russia.\r\nA delegation led by General Shahid Tirmizey visited the Fakhrobod firing range.\r\nMasnad-2006 drew more than 3,000 servicemen.\r\n";

async fn start(opts: Options) -> (Client, String) {
    let (mut c, _) = Client::start(Some(&examples()), opts).await;
    c.indexed_sources(1).await;
    let note = uri(&examples().join("notes/lsp-test-note.md"));
    c.open(&note, 1, NOTE).await;
    c.diagnostics(&note).await;
    (c, note)
}

fn markdown(hover: &Value) -> &str {
    assert_eq!(hover["contents"]["kind"], "markdown", "{hover}");
    hover["contents"]["value"].as_str().unwrap()
}

#[test]
fn hovering_an_official_shows_rank_and_post_from_the_source() {
    for enc in ["utf-16", "utf-8"] {
        run(|| async move {
            let (mut c, note) = start(Options {
                encodings: vec![enc],
                ..Options::default()
            })
            .await;
            let (line, col) = find(NOTE, "Khayrulloyev");
            // Columns on this line are ASCII, so they agree in both encodings.
            let h = c.hover(&note, line, col + 3).await;
            let md = markdown(&h);
            assert!(md.contains("Sherali Khayrulloyev"), "{md}");
            assert!(md.contains("Colonel-General"), "{md}");
            assert!(md.contains("defense minister"), "{md}");
            assert_eq!(h["range"]["start"], json!({"line": line, "character": col}));
            assert_eq!(
                h["range"]["end"],
                json!({"line": line, "character": col + "Khayrulloyev".len() as u32})
            );

            let (line, col) = find(NOTE, "Tirmizey");
            let md = markdown(&c.hover(&note, line, col).await).to_string();
            assert!(md.contains("committee chair"), "{md}");

            let (line, col) = find(NOTE, "Masnad");
            let md = markdown(&c.hover(&note, line, col).await).to_string();
            assert!(md.contains("Position-2006"), "{md}");

            // Nothing to say about ordinary words.
            let (line, col) = find(NOTE, "praised");
            assert!(c.hover(&note, line, col).await.is_null());
            c.finish().await;
        });
    }
}

#[test]
fn definition_lands_on_the_source_line_that_introduces_the_entity() {
    run(|| async {
        let (mut c, note) = start(Options::default()).await;
        let seed_uri = uri(&examples().join(SEED));
        let text = seed_text();

        let (line, col) = find(NOTE, "Khayrulloyev");
        let d = c.definition(&note, line, col + 1).await;
        let d = if d.is_array() { d[0].clone() } else { d };
        assert_eq!(d["uri"], seed_uri, "{d}");
        assert_eq!(
            d["range"]["start"]["line"],
            seed_line("Colonel-General Sherali Khayrulloyev")
        );
        // The range is in the article's own text: its columns point at the name there.
        let (l, ch) = (
            d["range"]["start"]["line"].as_u64().unwrap() as usize,
            d["range"]["start"]["character"].as_u64().unwrap() as usize,
        );
        let line_text: Vec<u16> = text.lines().nth(l).unwrap().encode_utf16().collect();
        let from = String::from_utf16(&line_text[ch..]).unwrap();
        assert!(
            from.starts_with("Colonel-General Sherali Khayrulloyev")
                || from.starts_with("Sherali Khayrulloyev"),
            "{from}"
        );

        let (line, col) = find(NOTE, "Fakhrobod");
        let d = c.definition(&note, line, col).await;
        let d = if d.is_array() { d[0].clone() } else { d };
        assert_eq!(d["uri"], seed_uri, "{d}");
        assert_eq!(d["range"]["start"]["line"], seed_line("Fakhrobod"));
        c.finish().await;
    });
}

#[test]
fn references_span_the_source_and_open_notes() {
    run(|| async {
        let (mut c, note) = start(Options::default()).await;
        let other = uri(&examples().join("notes/lsp-test-other.md"));
        c.open(&other, 1, "Khayrulloyev again.\n").await;
        c.diagnostics(&other).await;
        let seed_uri = uri(&examples().join(SEED));
        let (line, col) = find(NOTE, "Khayrulloyev");
        let refs = c.references(&note, line, col).await;
        let refs = refs.as_array().expect("references");
        let in_seed = refs.iter().filter(|r| r["uri"] == seed_uri).count();
        assert!(in_seed >= 5, "{refs:#?}");
        assert!(
            refs.iter().any(|r| r["uri"] == note
                && r["range"]["start"] == json!({"line": line, "character": col}))
        );
        assert!(refs.iter().any(
            |r| r["uri"] == other && r["range"]["start"] == json!({"line": 0, "character": 0})
        ));
        c.finish().await;
    });
}

#[test]
fn a_source_opened_in_the_editor_gets_the_same_hovers_and_no_checks() {
    run(|| async {
        let (mut c, _) = start(Options::default()).await;
        let seed_uri = uri(&examples().join(SEED));
        let text = seed_text();
        c.open(&seed_uri, 1, &text).await;
        let d = c.diagnostics(&seed_uri).await;
        assert_eq!(d["diagnostics"], json!([]));
        let (line, col) = find(&text, "Khayrulloyev pointed");
        let md = markdown(&c.hover(&seed_uri, line, col).await).to_string();
        assert!(md.contains("defense minister"), "{md}");
        c.finish().await;
    });
}

#[test]
fn symbols_tokens_and_completion_on_a_note() {
    run(|| async {
        let (mut c, note) = start(Options::default()).await;
        let symbols = c
            .request(
                "textDocument/documentSymbol",
                json!({"textDocument": {"uri": note}}),
            )
            .await;
        let names: Vec<&str> = symbols
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap())
            .collect();
        for want in ["Sherali Khayrulloyev", "Shahid Tirmizey", "Masnad-2006"] {
            assert!(names.contains(&want), "{names:?}");
        }

        let found = c
            .request("workspace/symbol", json!({"query": "Tirmiz"}))
            .await;
        let hit = found
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == "Shahid Tirmizey")
            .expect("Tirmizey in workspace symbols");
        assert_eq!(hit["location"]["uri"], uri(&examples().join(SEED)));
        assert_eq!(
            hit["location"]["range"]["start"]["line"],
            seed_line("Shahid Tirmizey")
        );

        // Typing the start of a name offers the full name.
        let end = NOTE.len();
        let (line, _) = find(NOTE, "Masnad-2006 drew");
        let _ = end;
        c.change(
            &note,
            2,
            json!([{"range": {"start": {"line": line + 1, "character": 0}, "end": {"line": line + 1, "character": 0}},
                    "text": "Nasrid"}]),
        )
        .await;
        let items = c
            .request(
                "textDocument/completion",
                json!({"textDocument": {"uri": note}, "position": {"line": line + 1, "character": 6}}),
            )
            .await;
        let labels: Vec<&str> = items["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["label"].as_str().unwrap())
            .collect();
        assert!(
            labels.iter().any(|l| l.contains("Nasriddinov")),
            "{labels:?}"
        );
        c.finish().await;
    });
}

#[test]
fn front_matter_sources_and_citations_are_links_to_the_article() {
    run(|| async {
        let (mut c, note) = start(Options::default()).await;
        let cited = "\r\nAs Itar-Tass reported (Itar-Tass, March 29).\r\n";
        let end_line = NOTE.lines().count() as u32;
        c.change(
            &note,
            2,
            json!([{"range": {"start": {"line": end_line, "character": 0}, "end": {"line": end_line, "character": 0}},
                    "text": cited}]),
        )
        .await;
        let links = c
            .request(
                "textDocument/documentLink",
                json!({"textDocument": {"uri": note}}),
            )
            .await;
        let links = links.as_array().expect("links");
        let seed_uri = uri(&examples().join(SEED));
        let (line, col) = find(NOTE, "../sources/edm");
        let front = links
            .iter()
            .find(|l| l["range"]["start"]["line"] == line)
            .expect("a link on the front matter's source");
        assert_eq!(front["range"]["start"]["character"], col);
        assert_eq!(front["target"], seed_uri);
        let citation = links
            .iter()
            .find(|l| l["range"]["start"]["line"] == end_line + 1)
            .expect("a link on the citation");
        let target = citation["target"].as_str().unwrap();
        assert!(target.starts_with(&format!("{seed_uri}#L")), "{target}");
        c.finish().await;
    });
}
