//! One language's messages, looked up by id, with English behind them.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::Lang;
use crate::bidi::Direction;

/// A value for a message's placeable: text or a number (numbers choose plural forms).
pub use fluent_bundle::FluentValue as Arg;

/// The messages of one language, and English for any it lacks.
///
/// One per language for the whole process ([`Catalog::get`]), shared by every thread (the
/// server words each session in its player's language).
///
/// Plural forms come from `intl_pluralrules` (through `fluent-bundle`), whose Arabic rules are
/// right from 0 to 102 but treat 103 and above as `other`: CLDR's `few` and `many` look at the
/// last two digits (103–110 are `few`, 111–199 `many`).
pub struct Catalog {
    lang: Lang,
    pub(super) own: FluentBundle<FluentResource>,
    /// English, parsed only if a message is missing from `own` (the shipped catalogs lack
    /// none, a test checks it, so a start in another language parses one catalog).
    english: OnceLock<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish()
    }
}

impl Catalog {
    /// The catalog of `lang`, parsed on first use and kept for the life of the process.
    pub fn get(lang: Lang) -> &'static Catalog {
        static ALL: OnceLock<Vec<OnceLock<Catalog>>> = OnceLock::new();
        let all = ALL.get_or_init(|| Lang::all().map(|_| OnceLock::new()).collect());
        match all.get(lang.0) {
            Some(cell) => cell.get_or_init(|| Catalog::new(lang)),
            // Every Lang comes from Lang::all(), so this is English asked for by a stray index.
            None => Catalog::english(),
        }
    }

    /// The English catalog.
    pub fn english() -> &'static Catalog {
        Catalog::get(Lang::ENGLISH)
    }

    /// Parses the language's catalog (English's only when a message is missing from it).
    pub fn new(lang: Lang) -> Catalog {
        Catalog {
            lang,
            own: bundle(lang),
            english: OnceLock::new(),
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
        format(&self.own, id, args.as_ref())
            .or_else(|| {
                if self.lang == Lang::ENGLISH {
                    return None;
                }
                let english = self.english.get_or_init(|| bundle(Lang::ENGLISH));
                format(english, id, args.as_ref())
            })
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
                let name = Catalog::get(lang).t("language-name", &[]);
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
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
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
