//! Scenarios and packs: the model, loading, and the checks every pack must pass.
//!
//! This module stands alone (of the crate it uses only `chars`) because `build.rs` compiles it
//! too, to validate the built-in pack and embed it in compact form. Problems are typed here and
//! worded in `commands::problem_text`, which `build.rs` compiles beside it to report them.

pub mod anchor;
pub mod channel;
pub mod check;
pub mod difficulty;
pub mod fairness;
pub mod field_path;
pub mod fields;
pub mod load;
pub mod model;
pub mod problem;
pub mod safety;
pub mod taxonomy;
pub mod tells;

pub use anchor::Anchor;
pub use field_path::{FieldKind, FieldPath, Part};
pub use fields::Field;
pub use model::{Body, Manifest, Pack, PackPreview, Scenario};
pub use taxonomy::{Channel, Cue, Difficulty, Sign, Theme, Verdict};

/// Checks a loaded folder and turns it into a pack, or returns every problem found.
pub fn into_pack(loaded: load::LoadedPack) -> Result<Pack, Vec<problem::Problem>> {
    let report = check::check_loaded(std::slice::from_ref(&loaded));
    if !report.is_clean() {
        return Err(report.errors);
    }
    let Some((_, manifest)) = loaded.manifest else {
        return Err(report.errors);
    };
    Ok(Pack {
        manifest,
        scenarios: loaded.scenarios.into_iter().map(|(_, s)| s).collect(),
    })
}
