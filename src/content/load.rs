//! Reading a pack folder: the manifest and one scenario per TOML file, every problem collected.

use std::fs;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

use super::model::{Manifest, Scenario};
use super::problem::{Problem, line_of_offset};

/// A scenario file is a page or two of text; anything far larger is a mistake or an attack.
pub const MAX_FILE_BYTES: u64 = 256 * 1024;
/// More files than any real pack needs; stops a runaway folder from being read whole.
pub const MAX_FILES: usize = 20_000;
pub const MANIFEST: &str = "pack.toml";

/// A file as read from disk, kept so that later checks can name its lines.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

/// Everything read from one pack folder, good and bad.
#[derive(Debug, Default)]
pub struct LoadedPack {
    pub root: PathBuf,
    pub manifest: Option<(Source, Manifest)>,
    pub scenarios: Vec<(Source, Scenario)>,
    pub problems: Vec<Problem>,
}

/// Reads `root/pack.toml` and every other `*.toml` below `root`.
pub fn load_dir(root: &Path) -> LoadedPack {
    let mut loaded = LoadedPack {
        root: root.to_path_buf(),
        ..LoadedPack::default()
    };
    if !root.is_dir() {
        loaded.problems.push(Problem::new(
            root,
            None,
            "is not a folder: give the folder that holds pack.toml",
        ));
        return loaded;
    }
    let manifest_path = root.join(MANIFEST);
    if manifest_path.is_file() {
        if let Some(source) = read_source(&manifest_path, &mut loaded.problems) {
            match parse::<Manifest>(&source) {
                Ok(manifest) => loaded.manifest = Some((source, manifest)),
                Err(problem) => loaded.problems.push(problem),
            }
        }
    } else {
        loaded.problems.push(Problem::new(
            &manifest_path,
            None,
            "missing: every pack needs a pack.toml with id, name, language, version and [world] (see content/README.md)",
        ));
    }
    let canonical_root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut files = 0;
    let walker = WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err.path().unwrap_or(root).to_path_buf();
                loaded
                    .problems
                    .push(Problem::new(&path, None, format!("cannot be read: {err}")));
                continue;
            }
        };
        let path = entry.path();
        if entry.path_is_symlink() {
            let target = fs::canonicalize(path);
            match target {
                Ok(t) if t.starts_with(&canonical_root) => {}
                _ => {
                    loaded.problems.push(Problem::new(
                        path,
                        None,
                        "is a symlink that leaves the pack folder: copy the file into the pack instead",
                    ));
                    continue;
                }
            }
        }
        let is_toml = path.extension().is_some_and(|e| e == "toml");
        if !is_toml || path == manifest_path || fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            continue;
        }
        files += 1;
        if files > MAX_FILES {
            loaded.problems.push(Problem::new(
                root,
                None,
                format!("holds more than {MAX_FILES} scenario files: split it into several packs"),
            ));
            break;
        }
        if let Some(source) = read_source(path, &mut loaded.problems) {
            match parse::<Scenario>(&source) {
                Ok(scenario) => loaded.scenarios.push((source, scenario)),
                Err(problem) => loaded.problems.push(problem),
            }
        }
    }
    if loaded.scenarios.is_empty() && files == 0 {
        loaded.problems.push(Problem::new(
            root,
            None,
            "holds no scenarios: add one .toml file per scenario (see content/README.md)",
        ));
    }
    loaded
}

/// Reads a file as UTF-8 text within the size limit.
pub fn read_source(path: &Path, problems: &mut Vec<Problem>) -> Option<Source> {
    let size = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        problems.push(Problem::new(
            path,
            None,
            format!(
                "is {size} bytes, over the limit of {MAX_FILE_BYTES} bytes (256 KiB) for one file: shorten it or split it"
            ),
        ));
        return None;
    }
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            problems.push(Problem::new(path, None, format!("cannot be read: {err}")));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(Source {
            path: path.to_path_buf(),
            text,
        }),
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let line = line_of_offset(&String::from_utf8_lossy(&err.as_bytes()[..valid]), valid);
            problems.push(Problem::new(
                path,
                Some(line),
                format!("is not UTF-8 text (bad byte at offset {valid}): save the file as UTF-8"),
            ));
            None
        }
    }
}

/// Parses strictly, turning serde's message into one that says what to change.
pub fn parse<T: serde::de::DeserializeOwned>(source: &Source) -> Result<T, Problem> {
    // Raw control characters make the TOML parser's message obscure; name them first.
    if let Some(finding) = super::safety::control_characters(&source.text)
        .into_iter()
        .next()
    {
        let line = super::problem::line_of_text(&source.text, &finding.snippet);
        return Err(Problem::new(&source.path, line, finding.message));
    }
    toml::from_str(&source.text).map_err(|err| {
        let line = err.span().map(|s| line_of_offset(&source.text, s.start));
        Problem::new(&source.path, line, explain(err.message()))
    })
}

/// Adds the nearest known name to serde's "unknown field/variant" messages.
pub fn explain(message: &str) -> String {
    let message = message.trim();
    let parsed = ["field", "variant"].iter().find_map(|kind| {
        let rest = message.strip_prefix(&format!("unknown {kind} `"))?;
        let (unknown, expected) = rest.split_once("`, expected ")?;
        Some((*kind, unknown, expected))
    });
    let Some((kind, unknown, expected)) = parsed else {
        // The parser stops at a fixed depth rather than overflow its stack; say what to change.
        if message.contains("recursion") || message.contains("recurse") {
            return "nests tables, arrays or dotted keys too deeply: a scenario needs only a few levels, so flatten it".to_string();
        }
        if let Some(field) = message.strip_prefix("missing field ") {
            return format!("missing field {field}: add it (it is required here)");
        }
        return message.to_string();
    };
    // Names are the odd pieces between backticks: "one of `a`, `b` or `c`".
    let names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let nearest = names
        .iter()
        .min_by_key(|n| strsim::levenshtein(unknown, n))
        .copied()
        .unwrap_or_default();
    let what = if kind == "field" { "field" } else { "value" };
    format!(
        "unknown {what} `{unknown}`: did you mean `{nearest}`? (allowed: {})",
        names.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_names_the_nearest() {
        let msg = explain("unknown field `form`, expected one of `from_name`, `from`, `to`");
        assert!(msg.contains("did you mean `from`?"), "{msg}");
        assert!(msg.contains("unknown field `form`"), "{msg}");
    }

    #[test]
    fn unknown_variant_names_the_nearest() {
        let msg = explain("unknown variant `dangerus`, expected `dangerous` or `safe`");
        assert!(
            msg.contains("unknown value `dangerus`: did you mean `dangerous`?"),
            "{msg}"
        );
    }

    #[test]
    fn other_messages_pass_through() {
        assert_eq!(
            explain("invalid type: integer `3`, expected a string"),
            "invalid type: integer `3`, expected a string"
        );
        assert!(explain("missing field `subject`").contains("add it"));
        assert!(explain("cannot recurse further; max recursion depth met").contains("too deeply"));
        assert!(explain("recursion limit").contains("flatten it"));
    }
}
