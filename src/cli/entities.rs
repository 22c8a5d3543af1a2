//! `dossier entities`: what the recognizer finds in the sources, for people or (as JSON) for tools.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

use super::Format;
use crate::corpus::load_paths;
use crate::gazetteer::Gazetteer;
use crate::index::Index;
use crate::workspace::Workspace;

/// Runs the command (`no_cache`: neither read nor write the index cache); `paths` are files or folders of sources (default: the workspace's sources).
pub fn run(format: Format, paths: Vec<PathBuf>, no_cache: bool) -> anyhow::Result<ExitCode> {
    let cwd = std::env::current_dir()?;
    let ws = Workspace::discover(&cwd)?;
    let paths = if paths.is_empty() {
        ws.source_paths()
    } else {
        paths
    };
    let gazetteer = match ws.gazetteer_path() {
        Some(p) => Gazetteer::load(&p)?,
        None => Gazetteer::default(),
    };
    let (articles, errors) = load_paths(&paths);
    for e in &errors {
        eprintln!("warning: {e}");
    }
    let cache = if no_cache { None } else { ws.cache() };
    let index = Index::build_cached(articles, &gazetteer, cache.as_ref());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &to_json(&index))?;
            writeln!(out)?;
        }
        Format::Human => print_human(&index, &mut out)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn to_json(index: &Index) -> serde_json::Value {
    let entities: Vec<_> = index
        .entities
        .iter()
        .map(|e| {
            let mut attributes = serde_json::Map::new();
            for a in &e.attributes {
                let slot = attributes
                    .entry(a.key.as_str())
                    .or_insert_with(|| json!([]));
                if let Some(list) = slot.as_array_mut() {
                    list.push(json!(a.value));
                }
            }
            let mentions: Vec<_> = e
                .mentions
                .iter()
                .map(|m| {
                    let art = index.article(m.article);
                    json!({
                        "path": art.path.display().to_string(),
                        "start": m.range().start,
                        "end": m.range().end,
                        "line": art.line_of(m.range().start),
                        "text": art.slice(m.range()),
                    })
                })
                .collect();
            json!({
                "id": format!("{}-{}", e.kind.as_str(), e.id.0),
                "kind": e.kind.as_str(),
                "name": e.name,
                "aliases": e.aliases,
                "attributes": attributes,
                "mentions": mentions,
            })
        })
        .collect();
    json!({ "entities": entities })
}

/// One block per entity: kind and name, how often and where the sources name it, then aliases and
/// attributes with the article that states each.
fn print_human(index: &Index, out: &mut impl Write) -> std::io::Result<()> {
    use crate::entity::Provenance;
    for e in &index.entities {
        let mut sources: Vec<u32> = e.mentions.iter().map(|m| m.article.0).collect();
        sources.dedup();
        writeln!(
            out,
            "{:<12} {}  ({} mention{} in {} source{})",
            e.kind.as_str(),
            e.name,
            e.mentions.len(),
            if e.mentions.len() == 1 { "" } else { "s" },
            sources.len(),
            if sources.len() == 1 { "" } else { "s" }
        )?;
        if let Some(m) = e.mentions.first() {
            let art = index.article(m.article);
            writeln!(
                out,
                "{:<12}   first: {}:{}",
                "",
                art.path.display(),
                art.line_of(m.range().start) + 1
            )?;
        }
        if !e.aliases.is_empty() {
            writeln!(out, "{:<12}   also: {}", "", e.aliases.join(", "))?;
        }
        for a in &e.attributes {
            let from = match &a.provenance {
                Provenance::Source(p) => {
                    let art = index.article(p.article);
                    format!(
                        "{}:{}",
                        art.path
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                        art.line_of(p.range().start) + 1
                    )
                }
                Provenance::Gazetteer => "gazetteer".to_string(),
            };
            let value: String = a.value.split_whitespace().collect::<Vec<_>>().join(" ");
            writeln!(
                out,
                "{:<12}   {}: {}  [{}]",
                "",
                a.key.as_str(),
                value,
                from
            )?;
        }
    }
    let count = |k: crate::entity::Kind| index.entities.iter().filter(|e| e.kind == k).count();
    writeln!(
        out,
        "\n{} sources: {} officials, {} units, {} exercises, {} places, {} organizations, {} outlets",
        index.articles.len(),
        count(crate::entity::Kind::Official),
        count(crate::entity::Kind::Unit),
        count(crate::entity::Kind::Exercise),
        count(crate::entity::Kind::Place),
        count(crate::entity::Kind::Organization),
        count(crate::entity::Kind::Outlet),
    )?;
    Ok(())
}
