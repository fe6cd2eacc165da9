//! The built-in pack, checked and encoded by `build.rs` and embedded in the binary.

use crate::content::Pack;

static ENCODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-pack.bin"));

/// Where messages say the built-in pack comes from.
pub const ORIGIN: &str = "built-in";

/// Decodes the embedded pack: no TOML parsing at start-up.
pub fn pack() -> Result<Pack, postcard::Error> {
    postcard::from_bytes(ENCODED)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_pack_decodes_and_is_not_empty() {
        let pack = super::pack().expect("decodes");
        assert!(!pack.scenarios.is_empty());
        assert!(!pack.manifest.id.is_empty());
    }
}
