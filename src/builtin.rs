//! The built-in pack, checked and encoded by `build.rs` and embedded in the binary.

use crate::content::{Pack, PackPreview};

static ENCODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-pack.bin"));
static PREVIEW: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-preview.bin"));

/// Where messages say the built-in pack comes from.
pub const ORIGIN: &str = "built-in";

/// Decodes the embedded pack: no TOML parsing at start-up.
pub fn pack() -> Result<Pack, postcard::Error> {
    postcard::from_bytes(ENCODED)
}

/// Decodes what the menu shows of the embedded pack (its manifest, ids and verdicts): a tenth of
/// the cost of [`pack`], so the game's first frame need not wait for the whole pack.
pub fn preview() -> Result<PackPreview, postcard::Error> {
    postcard::from_bytes(PREVIEW)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_pack_decodes_and_is_not_empty() {
        let pack = super::pack().expect("decodes");
        assert!(!pack.scenarios.is_empty());
        assert!(!pack.manifest.id.is_empty());
    }

    #[test]
    fn the_preview_matches_the_pack() {
        let pack = super::pack().expect("decodes");
        assert_eq!(super::preview().expect("decodes"), pack.preview());
    }
}
