//! Reading a pack folder: the manifest and one scenario per TOML file, every problem collected.

use std::fs;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

use super::model::{Manifest, Scenario};
use super::problem::{FileKind, Problem, ProblemKind, TomlProblem, line_of_offset};

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
        loaded
            .problems
            .push(Problem::new(root, None, ProblemKind::NotAFolder));
        return loaded;
    }
    let manifest_path = root.join(MANIFEST);
    let canonical_root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    if fs::symlink_metadata(&manifest_path).is_ok() {
        // A link out of the pack is reported by the walk below, and not read.
        if inside(&manifest_path, &canonical_root)
            && let Some(source) = read_source(&manifest_path, &mut loaded.problems)
        {
            match parse::<Manifest>(&source) {
                Ok(manifest) => loaded.manifest = Some((source, manifest)),
                Err(problem) => loaded.problems.push(problem),
            }
        }
    } else {
        loaded
            .problems
            .push(Problem::new(&manifest_path, None, ProblemKind::NoManifest));
    }
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
                let kind = ProblemKind::Unreadable(err.to_string());
                loaded.problems.push(Problem::new(&path, None, kind));
                continue;
            }
        };
        let path = entry.path();
        if entry.path_is_symlink() && !inside(path, &canonical_root) {
            loaded
                .problems
                .push(Problem::new(path, None, ProblemKind::SymlinkLeavesPack));
            continue;
        }
        if path == manifest_path {
            continue;
        }
        // Nothing but files and folders belongs in a pack, whatever its name.
        let kind = fs::metadata(path).map(|m| file_kind(&m.file_type()));
        if let Ok(Some(kind)) = kind
            && kind != FileKind::Folder
        {
            loaded
                .problems
                .push(Problem::new(path, None, ProblemKind::NotAFile(kind)));
            continue;
        }
        let is_toml = path.extension().is_some_and(|e| e == "toml");
        if !is_toml || matches!(kind, Ok(Some(FileKind::Folder))) {
            continue;
        }
        files += 1;
        if files > MAX_FILES {
            loaded.problems.push(Problem::new(
                root,
                None,
                ProblemKind::TooManyFiles { limit: MAX_FILES },
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
        loaded
            .problems
            .push(Problem::new(root, None, ProblemKind::NoScenarios));
    }
    loaded
}

/// Whether a path, once its links are followed, is inside the (canonical) pack folder.
fn inside(path: &Path, canonical_root: &Path) -> bool {
    fs::canonicalize(path).is_ok_and(|target| target.starts_with(canonical_root))
}

/// What a path is when it is not a regular file, from its metadata: asked before opening it,
/// since opening a named pipe for reading waits for a writer, and a device may never end.
pub fn file_kind(kind: &fs::FileType) -> Option<FileKind> {
    #[cfg(unix)]
    use std::os::unix::fs::FileTypeExt;
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some(FileKind::Folder);
    }
    #[cfg(unix)]
    {
        if kind.is_fifo() {
            return Some(FileKind::NamedPipe);
        }
        if kind.is_socket() {
            return Some(FileKind::Socket);
        }
        if kind.is_block_device() || kind.is_char_device() {
            return Some(FileKind::Device);
        }
    }
    Some(FileKind::Other)
}

/// Reads a regular file (or a link to one) as UTF-8 text within the size limit; anything else
/// is refused before it is opened.
pub fn read_source(path: &Path, problems: &mut Vec<Problem>) -> Option<Source> {
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(err) => {
            let kind = ProblemKind::Unreadable(err.to_string());
            problems.push(Problem::new(path, None, kind));
            return None;
        }
    };
    if let Some(kind) = file_kind(&metadata.file_type()) {
        problems.push(Problem::new(path, None, ProblemKind::NotAFile(kind)));
        return None;
    }
    let size = metadata.len();
    if size > MAX_FILE_BYTES {
        let limit = MAX_FILE_BYTES;
        problems.push(Problem::new(
            path,
            None,
            ProblemKind::TooBig { size, limit },
        ));
        return None;
    }
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            let kind = ProblemKind::Unreadable(err.to_string());
            problems.push(Problem::new(path, None, kind));
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
            let kind = ProblemKind::NotUtf8 { offset: valid };
            problems.push(Problem::new(path, Some(line), kind));
            None
        }
    }
}

/// Parses strictly; serde's message becomes a typed problem that says what to change.
pub fn parse<T: serde::de::DeserializeOwned>(source: &Source) -> Result<T, Problem> {
    // Raw control characters make the TOML parser's message obscure; name them first.
    if let Some(finding) = super::safety::control_characters(&source.text)
        .into_iter()
        .next()
    {
        let line = super::problem::line_of_text(&source.text, &finding.snippet);
        let kind = ProblemKind::Unsafe {
            place: None,
            breach: finding.breach,
        };
        return Err(Problem::new(&source.path, line, kind));
    }
    toml::from_str(&source.text).map_err(|err| {
        let line = err.span().map(|s| line_of_offset(&source.text, s.start));
        Problem::new(
            &source.path,
            line,
            ProblemKind::Toml(Box::new(explain(err.message()))),
        )
    })
}

/// Reads serde's message: an unknown field or variant gets the nearest known name.
pub fn explain(message: &str) -> TomlProblem {
    let message = message.trim();
    let parsed = ["field", "variant"].iter().find_map(|kind| {
        let rest = message.strip_prefix(&format!("unknown {kind} `"))?;
        let (unknown, expected) = rest.split_once("`, expected ")?;
        Some((*kind, unknown, expected))
    });
    let Some((kind, unknown, expected)) = parsed else {
        if message.contains("recursion") || message.contains("recurse") {
            return TomlProblem::TooDeep;
        }
        if let Some(field) = message.strip_prefix("missing field ") {
            return TomlProblem::MissingField(field.to_string());
        }
        return TomlProblem::Other(message.to_string());
    };
    // Names are the odd pieces between backticks: "one of `a`, `b` or `c`".
    let names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let nearest = names
        .iter()
        .min_by_key(|n| strsim::levenshtein(unknown, n))
        .copied()
        .unwrap_or_default();
    TomlProblem::UnknownName {
        is_field: kind == "field",
        unknown: unknown.to_string(),
        nearest: nearest.to_string(),
        allowed: names.into_iter().map(String::from).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_names_the_nearest() {
        assert_eq!(
            explain("unknown field `form`, expected one of `from_name`, `from`, `to`"),
            TomlProblem::UnknownName {
                is_field: true,
                unknown: "form".into(),
                nearest: "from".into(),
                allowed: vec!["from_name".into(), "from".into(), "to".into()],
            }
        );
    }

    #[test]
    fn unknown_variant_names_the_nearest() {
        let TomlProblem::UnknownName {
            is_field, nearest, ..
        } = explain("unknown variant `dangerus`, expected `dangerous` or `safe`")
        else {
            panic!("an unknown name")
        };
        assert_eq!((is_field, nearest.as_str()), (false, "dangerous"));
    }

    #[test]
    fn other_messages_pass_through() {
        assert_eq!(
            explain("invalid type: integer `3`, expected a string"),
            TomlProblem::Other("invalid type: integer `3`, expected a string".into())
        );
        assert_eq!(
            explain("missing field `subject`"),
            TomlProblem::MissingField("`subject`".into())
        );
        assert_eq!(
            explain("cannot recurse further; max recursion depth met"),
            TomlProblem::TooDeep
        );
        assert_eq!(explain("recursion limit"), TomlProblem::TooDeep);
    }
}
