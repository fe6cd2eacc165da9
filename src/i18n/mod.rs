//! The interface's words in the player's language: Project Fluent catalogs (`*.ftl` in this
//! folder, embedded at build time), plural rules included, with English for any message a
//! catalog lacks. A front-end module: the core returns typed values, and the front ends word
//! them through [`Catalog::t`].
//!
//! Adding a language is dropping one catalog file here, named by its BCP 47 tag (`fr.ftl`,
//! `pt-BR.ftl`), with the message ids of `en.ftl`: `build.rs` finds it, and `--lang` accepts it.

mod catalog;
mod locale;
#[cfg(test)]
mod tests;

pub use catalog::{Arg, Catalog};

/// A message of `catalog` by id, with named arguments: `t!(t, "rounds-played", count = n)`.
/// Numbers choose plural forms; text is passed as it is (the display makes it inert).
#[macro_export]
macro_rules! t {
    ($catalog:expr, $id:literal $(,)?) => {
        $catalog.t($id, &[])
    };
    ($catalog:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $catalog.t($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}
pub use locale::from_locale;

// `CATALOGS`: (tag, source) of every catalog in this folder, English first (written by build.rs).
include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// A language the interface has a catalog for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(usize);

impl Default for Lang {
    fn default() -> Self {
        Lang::ENGLISH
    }
}

impl Lang {
    /// English: the language of last resort, and of any message another catalog lacks.
    pub const ENGLISH: Lang = Lang(0);

    /// Every language with a catalog, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..CATALOGS.len()).map(Lang)
    }

    /// Its BCP 47 tag, as the catalog's file is named: `en`, `ar`.
    pub fn tag(self) -> &'static str {
        CATALOGS.get(self.0).map_or("en", |(tag, _)| tag)
    }

    #[cfg(test)]
    fn source(self) -> &'static str {
        CATALOGS.get(self.0).map_or("", |(_, source)| source)
    }

    /// The catalog's messages, one Fluent source each, sorted by id.
    fn messages(self) -> &'static [(&'static str, &'static str, Option<&'static str>)] {
        MESSAGES.get(self.0).copied().unwrap_or(&[])
    }

    /// The language a tag or locale names: `ar`, `ar-SA`, `ar_SA.UTF-8`, `AR` all give Arabic.
    /// A tag with a region matches that region's catalog first, then the language's.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
        let exact = Lang::all().find(|lang| {
            lang.tag()
                .parse::<unic_langid::LanguageIdentifier>()
                .is_ok_and(|own| own == id)
        });
        exact.or_else(|| {
            Lang::all().find(|lang| {
                lang.tag()
                    .parse::<unic_langid::LanguageIdentifier>()
                    .is_ok_and(|own| own.language == id.language && own.region.is_none())
            })
        })
    }

    /// Whether a pack written in `language` (its manifest's tag) is in this language.
    pub fn speaks(self, language: &str) -> bool {
        let primary = |tag: &str| {
            tag.split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        };
        primary(self.tag()) == primary(language)
    }
}
