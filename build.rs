//! Validates the built-in pack in `content/` and embeds it in compact form, so that a bad
//! built-in scenario fails the build and the game starts without parsing TOML.

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

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=content");
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
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("content");
    let pack = match content::into_pack(content::load::load_dir(&root)) {
        Ok(pack) => pack,
        Err(problems) => {
            for problem in &problems {
                println!("cargo:warning={problem}");
            }
            eprintln!("the built-in pack has {} problem(s):", problems.len());
            for problem in problems {
                eprintln!("  {problem}");
            }
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    write(&out.join("builtin-pack.bin"), postcard::to_stdvec(&pack));
    // The menu's first frame needs only this much; the whole pack is decoded just after it.
    write(
        &out.join("builtin-preview.bin"),
        postcard::to_stdvec(&pack.preview()),
    );
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
