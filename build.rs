//! Validates the built-in pack in `content/` and embeds it in compact form, so that a bad
//! built-in scenario fails the build and the game starts without parsing TOML.

#[allow(dead_code, unused_imports)]
#[path = "src/content/mod.rs"]
mod content;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/content");
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
    let bytes = match postcard::to_stdvec(&pack) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("cannot encode the built-in pack: {err}");
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("builtin-pack.bin");
    if let Err(err) = std::fs::write(&out, bytes) {
        eprintln!("cannot write {}: {err}", out.display());
        std::process::exit(1);
    }
}
