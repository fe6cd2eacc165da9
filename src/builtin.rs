//! The built-in packs, one per language, checked and encoded by `build.rs` and embedded in the
//! binary. English is the pack of last resort: a language without a pack of its own plays it.

use crate::content::{Pack, PackPreview};
use crate::i18n::Lang;

// `PACKS`: (language tag, encoded pack, encoded preview), English first (written by build.rs).
include!(concat!(env!("OUT_DIR"), "/builtin_packs.rs"));

/// Where messages say the built-in pack comes from.
pub const ORIGIN: &str = "built-in";

/// The embedded pack and preview for a language: its own, else English.
fn encoded(lang: Lang) -> (&'static [u8], &'static [u8]) {
    encoded_where(|tag| lang.speaks(tag))
}

fn encoded_where(language: impl Fn(&str) -> bool) -> (&'static [u8], &'static [u8]) {
    let (_, pack, preview) = PACKS
        .iter()
        .find(|(tag, _, _)| language(tag))
        .or(PACKS.first())
        .copied()
        .unwrap_or(("", &[], &[]));
    (pack, preview)
}

/// Decodes the English pack: no TOML parsing at start-up.
pub fn pack() -> Result<Pack, postcard::Error> {
    pack_in(Lang::ENGLISH)
}

/// Decodes the pack for a player of `lang`.
pub fn pack_in(lang: Lang) -> Result<Pack, postcard::Error> {
    postcard::from_bytes(encoded(lang).0)
}

/// Decodes the built-in pack whose manifest gives `language` (as its preview's does), else English.
pub fn pack_tagged(language: &str) -> Result<Pack, postcard::Error> {
    postcard::from_bytes(encoded_where(|tag| tag == language).0)
}

/// Decodes what the menu shows of the English pack (its manifest, ids and verdicts): a tenth
/// of the cost of [`pack`], so the game's first frame need not wait for the whole pack.
pub fn preview() -> Result<PackPreview<'static>, postcard::Error> {
    preview_in(Lang::ENGLISH)
}

/// [`preview`] of the pack for a player of `lang`; only that pack's preview is decoded.
pub fn preview_in(lang: Lang) -> Result<PackPreview<'static>, postcard::Error> {
    postcard::from_bytes(encoded(lang).1)
}

/// The languages that have a built-in pack of their own, by tag.
pub fn languages() -> impl Iterator<Item = &'static str> {
    PACKS.iter().map(|(tag, _, _)| *tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arabic() -> Lang {
        Lang::parse("ar").expect("an Arabic catalog")
    }

    #[test]
    fn the_embedded_pack_decodes_and_is_not_empty() {
        let pack = super::pack().expect("decodes");
        assert!(!pack.scenarios.is_empty());
        assert!(!pack.manifest.id.is_empty());
        assert_eq!(pack.manifest.language, "en");
    }

    #[test]
    fn the_preview_matches_the_pack() {
        let pack = super::pack().expect("decodes");
        assert_eq!(super::preview().expect("decodes"), pack.preview());
        let pack = pack_in(arabic()).expect("decodes");
        assert_eq!(preview_in(arabic()).expect("decodes"), pack.preview());
    }

    #[test]
    fn an_arabic_player_gets_the_arabic_pack_and_english_the_english_one() {
        let arabic_pack = pack_in(arabic()).expect("decodes");
        assert_eq!(arabic_pack.manifest.language, "ar");
        // The call and notification folders come with their channel's code; the rest is here.
        assert!(
            arabic_pack.scenarios.len() >= 70,
            "{}",
            arabic_pack.scenarios.len()
        );
        let english = pack_in(Lang::ENGLISH).expect("decodes");
        assert_ne!(english.manifest.id, arabic_pack.manifest.id);
        let ids = |p: &Pack| p.scenarios.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        assert!(
            ids(&english)
                .iter()
                .all(|id| !ids(&arabic_pack).contains(id))
        );
        assert_eq!(languages().collect::<Vec<_>>(), ["en", "ar"]);
        let from_preview = preview_in(arabic()).expect("decodes").manifest.language;
        assert_eq!(pack_tagged(&from_preview).expect("decodes"), arabic_pack);
    }
}
