//! `dossier entities`: what the recognizer finds in the sources, for people or (as JSON) for tools.

use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

use super::Format;
use crate::corpus::load_paths;
use crate::gazetteer::Gazetteer;
use crate::index::Index;
use crate::workspace::Workspace;

/// Runs the command; `paths` are files or folders of sources (default: the workspace's sources).
pub fn run(format: Format, paths: Vec<PathBuf>) -> anyhow::Result<ExitCode> {
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
    let index = Index::build(articles, &gazetteer);
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&to_json(&index))?),
        Format::Human => print_human(&index),
    }
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
                        "start": m.range.start,
                        "end": m.range.end,
                        "line": art.line_of(m.range.start),
                        "text": art.slice(m.range.clone()),
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

fn print_human(index: &Index) {
    for e in &index.entities {
        println!(
            "{} {} ({} mentions)",
            e.kind.as_str(),
            e.name,
            e.mentions.len()
        );
        for alias in &e.aliases {
            println!("  alias: {alias}");
        }
        for a in &e.attributes {
            println!("  {}: {}", a.key.as_str(), a.value);
        }
    }
}
