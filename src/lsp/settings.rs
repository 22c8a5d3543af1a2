//! The editor's settings for dossier, from `initializationOptions`, `workspace/didChangeConfiguration` and
//! `workspace/configuration` (section `dossier`):
//!
//! ```json
//! { "dossier": { "diagnostics": { "on": "save", "debounceMs": 300,
//!                                 "severity": { "name-variant": "error", "misquote": "off" } } } }
//! ```
//!
//! Unknown keys and bad values are ignored with a warning: a typo in a setting must not take the
//! server down or silence every check.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::Value;

use crate::check::{self, Severity};

/// When diagnostics are computed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DiagnosticsOn {
    /// After open and save only: quiet while typing.
    #[default]
    Save,
    /// Also after edits, once typing pauses for the debounce.
    Change,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub on: DiagnosticsOn,
    pub debounce: Duration,
    /// Per-code severity from the editor; `None` turns a code off. Overrides `dossier.toml`.
    pub severity: BTreeMap<String, Option<Severity>>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            on: DiagnosticsOn::Save,
            debounce: Duration::from_millis(300),
            severity: BTreeMap::new(),
        }
    }
}

/// Parses a severity name as written in settings or `dossier.toml`; `Some(None)` means "off".
pub fn parse_severity(s: &str) -> Option<Option<Severity>> {
    Some(Some(match s.trim().to_ascii_lowercase().as_str() {
        "error" => Severity::Error,
        "warning" | "warn" => Severity::Warning,
        "information" | "info" => Severity::Information,
        "hint" => Severity::Hint,
        "off" | "none" | "ignore" => return Some(None),
        _ => return None,
    }))
}

impl Settings {
    /// Reads settings from a JSON value holding either the `dossier` section or an object that contains
    /// it. Returns the settings and a warning per value that was ignored.
    pub fn from_json(value: &Value) -> (Settings, Vec<String>) {
        let mut warnings = Vec::new();
        let mut settings = Settings::default();
        let section = value.get("dossier").unwrap_or(value);
        let Some(diag) = section.get("diagnostics") else {
            return (settings, warnings);
        };
        match diag.get("on") {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s == "save" => settings.on = DiagnosticsOn::Save,
            Some(Value::String(s)) if s == "change" => settings.on = DiagnosticsOn::Change,
            Some(other) => warnings.push(format!(
                "dossier.diagnostics.on: expected \"save\" or \"change\", got {other}"
            )),
        }
        match diag.get("debounceMs") {
            None | Some(Value::Null) => {}
            Some(v) => match v.as_u64() {
                Some(ms) => settings.debounce = Duration::from_millis(ms.min(10_000)),
                None => warnings.push(format!(
                    "dossier.diagnostics.debounceMs: expected milliseconds, got {v}"
                )),
            },
        }
        match diag.get("severity") {
            None | Some(Value::Null) => {}
            Some(Value::Object(map)) => {
                for (code, v) in map {
                    match v.as_str().and_then(parse_severity) {
                        Some(sev) => {
                            settings.severity.insert(code.clone(), sev);
                        }
                        None => warnings.push(format!(
                            "dossier.diagnostics.severity.{code}: expected error, warning, information, hint or off, got {v}"
                        )),
                    }
                }
            }
            Some(other) => warnings.push(format!(
                "dossier.diagnostics.severity: expected an object of code = severity, got {other}"
            )),
        }
        (settings, warnings)
    }

    /// The check settings: `dossier.toml`'s `[severity]` table, overridden by the editor's.
    pub fn check_settings(&self, workspace: &BTreeMap<String, String>) -> check::Settings {
        let mut severity: BTreeMap<String, Option<Severity>> = workspace
            .iter()
            .filter_map(|(code, s)| parse_severity(s).map(|sev| (code.clone(), sev)))
            .collect();
        severity.extend(self.severity.clone());
        check::Settings { severity }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_section_with_or_without_its_name() {
        let v = json!({"dossier": {"diagnostics": {"on": "change", "debounceMs": 50,
            "severity": {"name-variant": "error", "misquote": "off"}}}});
        let (s, w) = Settings::from_json(&v);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(s.on, DiagnosticsOn::Change);
        assert_eq!(s.debounce, Duration::from_millis(50));
        assert_eq!(s.severity["name-variant"], Some(Severity::Error));
        assert_eq!(s.severity["misquote"], None);
        let (s2, _) = Settings::from_json(&v["dossier"]);
        assert_eq!(s, s2);
    }

    #[test]
    fn bad_values_warn_and_keep_defaults() {
        let v = json!({"diagnostics": {"on": "typing", "severity": {"x": "loud"}, "debounceMs": "fast"}});
        let (s, w) = Settings::from_json(&v);
        assert_eq!(s, Settings::default());
        assert_eq!(w.len(), 3, "{w:?}");
        let (s, w) = Settings::from_json(&json!(null));
        assert_eq!(s, Settings::default());
        assert!(w.is_empty());
    }

    #[test]
    fn editor_severity_overrides_the_workspace() {
        let (s, _) = Settings::from_json(&json!({"diagnostics": {"severity": {"a": "hint"}}}));
        let toml: BTreeMap<String, String> = [("a", "error"), ("b", "off"), ("c", "bogus")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let c = s.check_settings(&toml);
        assert_eq!(c.severity["a"], Some(Severity::Hint));
        assert_eq!(c.severity["b"], None);
        assert!(!c.severity.contains_key("c"));
    }
}
