//! One language's messages, looked up by id, with English behind them.

use std::sync::{OnceLock, PoisonError, RwLock};

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
    /// Each message's own Fluent source, sorted by id (cut from the catalog by the build), and
    /// its text when it is plain text: shown as it is, never parsed.
    sources: &'static [(&'static str, &'static str, Option<&'static str>)],
    /// The messages parsed so far: each is parsed the first time it is asked for, since
    /// parsing a whole catalog (900 messages) would double the time to the first frame.
    parsed: RwLock<FluentBundle<FluentResource>>,
    /// Which way the language's text runs (asked for every line a screen draws).
    direction: Direction,
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

    /// The language's catalog, none of its messages parsed yet.
    pub fn new(lang: Lang) -> Catalog {
        Catalog::of(lang, lang.messages())
    }

    /// A catalog of these messages ((id, Fluent source), sorted by id).
    pub(super) fn of(
        lang: Lang,
        sources: &'static [(&'static str, &'static str, Option<&'static str>)],
    ) -> Catalog {
        let mut catalog = Catalog {
            lang,
            sources,
            parsed: RwLock::new(bundle_of(lang, "")),
            direction: Direction::LeftToRight,
        };
        if catalog.t("language-direction", &[]) == "rtl" {
            catalog.direction = Direction::RightToLeft;
        }
        catalog
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with its placeables filled from `args`, in this language, else in
    /// English, else the id itself (so a missing message shows, rather than nothing).
    pub fn t(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let fluent = (!args.is_empty()).then(|| {
            let mut fluent = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                fluent.set(*name, value.clone());
            }
            fluent
        });
        match self.own(id, fluent.as_ref()) {
            Some(text) => text,
            None if self.lang == Lang::ENGLISH => id.to_string(),
            None => Catalog::english().t(id, args),
        }
    }

    /// The message in this catalog's own language, parsed now if it is its first time.
    fn own(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let i = self
            .sources
            .binary_search_by(|(own, _, _)| (*own).cmp(id))
            .ok()?;
        if let Some(text) = self.sources[i].2 {
            return Some(text.to_string());
        }
        {
            let parsed = self.parsed.read().unwrap_or_else(PoisonError::into_inner);
            if parsed.has_message(id) {
                return format(&parsed, id, args);
            }
        }
        let mut parsed = self.parsed.write().unwrap_or_else(PoisonError::into_inner);
        if !parsed.has_message(id) {
            // A message with a mistake still gives what could be read of it (a test keeps the
            // shipped catalogs free of mistakes).
            let resource = FluentResource::try_new(self.sources[i].1.to_string())
                .unwrap_or_else(|(partial, _)| partial);
            let _ = parsed.add_resource(resource);
        }
        format(&parsed, id, args)
    }

    /// Which way the language's text runs, as its catalog says.
    pub fn direction(&self) -> Direction {
        self.direction
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
