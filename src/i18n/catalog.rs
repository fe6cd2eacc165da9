//! One language's messages, looked up by id, with English behind them.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use super::Lang;
use crate::bidi::Direction;

/// A value for a message's placeable: text or a number (numbers choose plural forms).
pub use fluent_bundle::FluentValue as Arg;

/// The messages of one language, and English for any it lacks.
///
/// Plural forms come from `intl_pluralrules` (through `fluent-bundle`), whose Arabic rules are
/// right from 0 to 102 but treat 103 and above as `other`: CLDR's `few` and `many` look at the
/// last two digits (103–110 are `few`, 111–199 `many`).
pub struct Catalog {
    lang: Lang,
    pub(super) own: FluentBundle<FluentResource>,
    /// English, when the catalog is another language's.
    english: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish()
    }
}

impl Catalog {
    /// Parses the language's catalog (and English's, for what it lacks).
    pub fn new(lang: Lang) -> Catalog {
        Catalog {
            lang,
            own: bundle(lang),
            english: (lang != Lang::ENGLISH).then(|| bundle(Lang::ENGLISH)),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with its placeables filled from `args`, in this language, else in
    /// English, else the id itself (so a missing message shows, rather than nothing).
    pub fn t(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let args = (!args.is_empty()).then(|| {
            let mut fluent = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                fluent.set(*name, value.clone());
            }
            fluent
        });
        [Some(&self.own), self.english.as_ref()]
            .into_iter()
            .flatten()
            .find_map(|bundle| format(bundle, id, args.as_ref()))
            .unwrap_or_else(|| id.to_string())
    }

    /// Which way the language's text runs, as its catalog says.
    pub fn direction(&self) -> Direction {
        if self.t("language-direction", &[]) == "rtl" {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        }
    }

    /// Every language, each in its own name: `English (en), العربية (ar)`.
    pub fn languages(&self) -> String {
        Lang::all()
            .map(|lang| {
                let name = Catalog::new(lang).t("language-name", &[]);
                self.t(
                    "lang-listed",
                    &[("name", name.into()), ("tag", lang.tag().into())],
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    bundle_of(lang, lang.source())
}

/// A bundle of `source` in `lang`'s plural rules.
pub(super) fn bundle_of(lang: Lang, source: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // No direction isolates around placeables: inert text shows them as `<U+2068>`, and the
    // bidi layer orders each displayed line itself.
    bundle.set_use_isolating(false);
    // A catalog with a mistake still gives every message it could read (a test keeps the
    // shipped catalogs free of mistakes).
    let resource =
        FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}
