//! Validates the built-in packs (`content/` in English, `content-ar/` in Arabic) and embeds them
//! in compact form, so that a bad built-in scenario fails the build and the game starts without
//! parsing TOML; and lists the interface's catalogs (`src/i18n/*.ftl`) for `include_str!`.

#[allow(dead_code, unused_imports)]
#[path = "src/content/mod.rs"]
mod content;
// The one set of invisible and direction characters, which the content checks use.
#[path = "src/chars.rs"]
mod chars;
// The words for a broken pack's problems.
#[allow(dead_code)]
#[path = "src/commands/problem_text.rs"]
mod problem_text;

use std::path::{Path, PathBuf};

/// The built-in packs' folders, the first one the pack of last resort (English).
const BUILT_IN: [&str; 2] = ["content", "content-ar"];

fn main() {
    for dir in BUILT_IN {
        println!("cargo:rerun-if-changed={dir}");
    }
    println!("cargo:rerun-if-changed=src/i18n");
    println!("cargo:rerun-if-changed=src/content");
    println!("cargo:rerun-if-changed=src/chars.rs");
    println!("cargo:rerun-if-changed=src/commands/problem_text.rs");
    // On Linux the game is linked as a position-dependent executable: the loader then has no
    // relocations to apply to it at each start (some 4,500 as a PIE), a measurable part of the
    // time to the first frame (README, "Speed and robustness"). Only the game: the server,
    // `redflag-serve`, listens on the network and stays a PIE, with full address randomisation.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bin=redflag=-no-pie");
    }
    link_start_up_together();
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let mut table = String::from(
        "/// (language tag, encoded pack, encoded preview) of each built-in pack, English first.\n\
         pub(crate) static PACKS: &[(&str, &[u8], &[u8])] = &[\n",
    );
    for (i, dir) in BUILT_IN.iter().enumerate() {
        let pack = built_in(&root.join(dir));
        let (bin, preview) = (
            out.join(format!("builtin-{i}.bin")),
            out.join(format!("builtin-{i}-preview.bin")),
        );
        write(&bin, postcard::to_stdvec(&pack));
        // The menu's first frame needs only this much; the whole pack is decoded just after it.
        write(&preview, postcard::to_stdvec(&pack.preview()));
        table.push_str(&format!(
            "    ({:?}, include_bytes!({:?}), include_bytes!({:?})),\n",
            pack.manifest.language,
            bin.display().to_string(),
            preview.display().to_string()
        ));
    }
    table.push_str("];\n");
    write_text(&out.join("builtin_packs.rs"), &table);
    write_text(&out.join("catalogs.rs"), &catalogs(&root.join("src/i18n")));
}

/// Loads and checks one built-in pack; any problem stops the build.
/// The functions a start of the game runs (`link-order.txt`, written by scripts/link_order.py)
/// placed first and together in the game's binary: a start then touches a few 64 KiB stretches of
/// code instead of nearly every one of the binary's, each a page fault (README, "Speed and
/// robustness"). Only where the linker is the toolchain's own lld, the default for this target
/// (GNU ld has no such option); names missing from the binary are skipped.
fn link_start_up_together() {
    println!("cargo:rerun-if-changed=link-order.txt");
    println!("cargo:rerun-if-env-changed=RUSTC_LINKER");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let own_linker = var("TARGET") == "x86_64-unknown-linux-gnu"
        && std::env::var_os("RUSTC_LINKER").is_none()
        && !var("CARGO_ENCODED_RUSTFLAGS").contains("link")
        && lld_is_default();
    let list = Path::new(&var("CARGO_MANIFEST_DIR")).join("link-order.txt");
    if own_linker && list.is_file() {
        println!(
            "cargo:rustc-link-arg-bin=redflag=-Wl,--symbol-ordering-file={}",
            list.display()
        );
        println!("cargo:rustc-link-arg-bin=redflag=-Wl,--no-warn-symbol-ordering");
    }
}

/// Whether the compiler links with its own lld by default on x86_64 Linux: since Rust 1.90.
/// Before it the linker is the system's, which may not know the option (the crate builds from
/// 1.89).
fn lld_is_default() -> bool {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let Ok(out) = std::process::Command::new(rustc).arg("-V").output() else {
        return false;
    };
    // "rustc 1.95.0 (59807616e 2026-...)"
    let version = String::from_utf8_lossy(&out.stdout);
    let number: Vec<u32> = version
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .split('.')
        .map_while(|part| part.parse().ok())
        .collect();
    number.as_slice() >= [1, 90].as_slice()
}

fn built_in(dir: &Path) -> content::Pack {
    let loaded = content::load::load_dir(dir);
    match content::into_pack(loaded) {
        Ok(pack) => pack,
        Err(problems) => {
            for problem in &problems {
                println!("cargo:warning={problem}");
            }
            eprintln!(
                "the built-in pack in {} has {} problem(s):",
                dir.display(),
                problems.len()
            );
            for problem in problems {
                eprintln!("  {problem}");
            }
            std::process::exit(1);
        }
    }
}

/// `CATALOGS`: every `*.ftl` in `src/i18n`, by the tag its file is named after, English first.
fn catalogs(dir: &Path) -> String {
    let mut tags: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            name.strip_suffix(".ftl").map(str::to_string)
        })
        .collect();
    tags.sort_by_key(|tag| (tag != "en", tag.clone()));
    if tags.first().map(String::as_str) != Some("en") {
        eprintln!("src/i18n/en.ftl, the English catalog, is missing");
        std::process::exit(1);
    }
    let mut table = String::from(
        "/// (tag, Fluent source) of every catalog in src/i18n, English first.\n\
         static CATALOGS: &[(&str, &str)] = &[\n",
    );
    let mut sources = Vec::new();
    for tag in tags {
        let path = dir.join(format!("{tag}.ftl"));
        table.push_str(&format!(
            "    ({tag:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
        sources.push((tag, std::fs::read_to_string(&path).unwrap_or_default()));
    }
    table.push_str("];\n");
    table.push_str(
        "/// Each catalog's messages (as CATALOGS), one Fluent source per message, sorted by id:\n\
         /// a message is parsed the first time it is shown, not the whole catalog at start; a\n\
         /// message of plain text (one line, no placeable) also has that text, shown as it is.\n\
         static MESSAGES: &[&[(&str, &str, Option<&str>)]] = &[\n",
    );
    for (_, source) in &sources {
        table.push_str("    &[\n");
        for (id, entry) in messages(source) {
            let plain = plain_text(&entry);
            table.push_str(&format!("        ({id:?}, {entry:?}, {plain:?}),\n"));
        }
        table.push_str("    ],\n");
    }
    table.push_str("];\n");
    table
}

/// The text of a message that is one line of plain text (`id = Some words`), as Fluent gives
/// it: no placeable, no select, nothing Fluent would read otherwise.
fn plain_text(entry: &str) -> Option<String> {
    let mut lines = entry.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next()?;
    if lines.next().is_some() {
        return None;
    }
    let (_, value) = first.split_once('=')?;
    let value = value.trim();
    let special =
        value.is_empty() || value.contains(['{', '}']) || value.starts_with(['[', '*', '.']);
    (!special).then(|| value.to_string())
}

/// A catalog cut into its messages: (id, the message's own lines), sorted by id. A message runs
/// from its `id =` line to the next message or comment at the start of a line (its variants and
/// continuation lines are indented; a select's closing brace is kept with it). Catalogs hold no
/// terms and no references between messages (a test checks it), so each parses on its own.
fn messages(source: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut open = false;
    for line in source.lines() {
        let id: String = line
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let starts = line.starts_with(|c: char| c.is_ascii_alphabetic())
            && line[id.len()..].trim_start().starts_with('=');
        if starts {
            out.push((id, format!("{line}\n")));
            open = true;
        } else if line.starts_with('#') {
            open = false;
        } else if open && let Some((_, entry)) = out.last_mut() {
            entry.push_str(line);
            entry.push('\n');
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn write_text(path: &Path, text: &str) {
    if let Err(err) = std::fs::write(path, text) {
        eprintln!("cannot write {}: {err}", path.display());
        std::process::exit(1);
    }
}

fn write(path: &std::path::Path, bytes: Result<Vec<u8>, postcard::Error>) {
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("cannot encode the built-in pack: {err}");
            std::process::exit(1);
        }
    };
    if let Err(err) = std::fs::write(path, bytes) {
        eprintln!("cannot write {}: {err}", path.display());
        std::process::exit(1);
    }
}
