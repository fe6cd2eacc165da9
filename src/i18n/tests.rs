use std::collections::BTreeSet;

use super::*;
use crate::bidi::Direction;

fn arabic() -> Lang {
    Lang::parse("ar").expect("an Arabic catalog")
}

/// The message ids of a catalog, read by Fluent's own parser, which must find no mistake.
fn ids(lang: Lang) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(lang.source())
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang.tag()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_catalog_has_exactly_the_english_message_ids() {
    let english = ids(Lang::ENGLISH);
    assert!(english.contains("language-name") && english.contains("scenario-count"));
    assert!(Lang::all().count() >= 2, "English and Arabic at least");
    for lang in Lang::all() {
        let own = ids(lang);
        let missing: Vec<_> = english.difference(&own).collect();
        let extra: Vec<_> = own.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}.ftl lacks {missing:?} and has {extra:?} beyond en.ftl",
            lang.tag()
        );
    }
}

#[test]
fn arabic_counts_take_all_six_plural_forms() {
    let ar = Catalog::new(arabic());
    let count = |n: i64| ar.t("scenario-count", &[("count", n.into())]);
    assert_eq!(count(0), "لا سيناريوهات", "zero");
    assert_eq!(count(1), "سيناريو واحد", "one");
    assert_eq!(count(2), "سيناريوهان", "two");
    assert_eq!(count(3), "3 سيناريوهات", "few: 3 to 10");
    assert_eq!(count(10), "10 سيناريوهات", "few: 3 to 10");
    assert_eq!(count(11), "11 سيناريوًا", "many: 11 to 99");
    assert_eq!(count(99), "99 سيناريوًا", "many: 11 to 99");
    assert_eq!(count(100), "100 سيناريو", "other");
    assert_eq!(count(102), "102 سيناريو", "other");
}

#[test]
fn english_counts_take_one_and_other() {
    let en = Catalog::new(Lang::ENGLISH);
    let count = |n: i64| en.t("scenario-count", &[("count", n.into())]);
    assert_eq!(
        [count(0), count(1), count(2), count(11)],
        ["0 scenarios", "1 scenario", "2 scenarios", "11 scenarios"]
    );
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    let ar = Catalog::of(
        arabic(),
        &[("language-name", "language-name = العربية\n", None)],
    );
    assert_eq!(ar.t("language-name", &[]), "العربية");
    assert_eq!(
        ar.t("lang-listed", &[("name", "X".into()), ("tag", "x".into())]),
        "X (x)",
        "taken from English"
    );
    assert_eq!(ar.t("no-such-message", &[]), "no-such-message");
}

#[test]
fn placeables_are_not_wrapped_in_direction_isolates() {
    let ar = Catalog::new(arabic());
    let text = ar.t(
        "lang-unknown",
        &[("tag", "xx".into()), ("known", "en".into())],
    );
    assert!(text.contains("«xx»"), "{text}");
    assert!(
        !text.chars().any(crate::chars::is_invisible_or_direction),
        "{text:?}"
    );
}

#[test]
fn languages_are_named_in_their_own_words_and_run_their_own_way() {
    let en = Catalog::new(Lang::ENGLISH);
    assert_eq!(en.direction(), Direction::LeftToRight);
    assert_eq!(Catalog::new(arabic()).direction(), Direction::RightToLeft);
    let listed = en.languages();
    assert!(listed.starts_with("English (en)"), "{listed}");
    assert!(listed.contains("العربية (ar)"), "{listed}");
}

#[test]
fn tags_and_locales_name_their_language() {
    for tag in ["ar", "AR", "ar-SA", "ar_SA.UTF-8", "ar_EG@latin"] {
        assert_eq!(Lang::parse(tag), Some(arabic()), "{tag}");
    }
    assert_eq!(Lang::parse("en-GB"), Some(Lang::ENGLISH));
    assert_eq!(Lang::parse("xx"), None);
    assert_eq!(Lang::parse(""), None);
    assert_eq!(Lang::ENGLISH.tag(), "en");
    assert!(arabic().speaks("ar") && arabic().speaks("ar-SA") && !arabic().speaks("en"));
    assert!(Lang::ENGLISH.speaks("en-GB"));
}

#[test]
fn the_t_macro_fills_named_arguments_and_chooses_plural_forms() {
    let ar = Catalog::get(arabic());
    assert_eq!(
        crate::t!(ar, "scenario-count", count = 2usize),
        "سيناريوهان"
    );
    let en = Catalog::english();
    assert_eq!(crate::t!(en, "scenario-count", count = 1u32), "1 scenario");
    assert_eq!(crate::t!(en, "language-name"), "English");
    assert_eq!(
        crate::t!(
            en,
            "lang-listed",
            name = "English",
            tag = String::from("en")
        ),
        "English (en)"
    );
}

#[test]
fn catalogs_are_shared_by_every_thread() {
    fn shared<T: Sync + Send>(_: &T) {}
    let ar = Catalog::get(arabic());
    shared(ar);
    assert!(std::ptr::eq(ar, Catalog::get(arabic())), "parsed once");
    let from_thread = std::thread::spawn(|| Catalog::get(arabic()).t("language-name", &[]))
        .join()
        .expect("a thread");
    assert_eq!(from_thread, "العربية");
}

#[test]
fn each_message_cut_from_a_catalog_parses_alone_as_that_message() {
    for lang in Lang::all() {
        let cut: BTreeSet<String> = lang
            .messages()
            .iter()
            .map(|(id, _, _)| id.to_string())
            .collect();
        assert_eq!(
            cut,
            ids(lang),
            "{}: the build cut every message",
            lang.tag()
        );
        assert!(
            lang.messages().windows(2).all(|w| w[0].0 < w[1].0),
            "sorted by id"
        );
        let whole_catalog = fluent_syntax::parser::parse(lang.source()).expect("parses");
        let whole_messages: std::collections::HashMap<&str, _> = whole_catalog
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some((m.id.name, m)),
                _ => None,
            })
            .collect();
        let plain_ones = lang.messages().iter().filter(|m| m.2.is_some()).count();
        assert!(
            plain_ones > 100,
            "{}: {plain_ones} plain messages",
            lang.tag()
        );
        for (id, source, plain) in lang.messages() {
            let resource = fluent_syntax::parser::parse(*source)
                .unwrap_or_else(|(_, e)| panic!("{}: {id} alone: {e:?}", lang.tag()));
            let messages: Vec<_> = resource
                .body
                .iter()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m),
                    fluent_syntax::ast::Entry::Term(_) => panic!("{id}: no terms"),
                    _ => None,
                })
                .collect();
            assert_eq!(messages.len(), 1, "{}: {id}", lang.tag());
            assert_eq!(messages[0].id.name, *id);
            // No message refers to another: each is parsed alone, when it is first shown.
            // Plain text is shown as it is: exactly what Fluent makes of the message.
            if let Some(plain) = plain {
                let mut bundle = super::catalog::bundle_of(lang, source);
                bundle.set_use_isolating(false);
                let pattern = bundle
                    .get_message(id)
                    .and_then(|m| m.value())
                    .expect("a value");
                let mut errors = Vec::new();
                let formatted = bundle.format_pattern(pattern, None, &mut errors);
                assert_eq!(*plain, formatted, "{}: {id}", lang.tag());
                assert!(errors.is_empty(), "{id}: {errors:?}");
            }
            assert!(
                !format!("{:?}", messages[0].value).contains("MessageReference"),
                "{}: {id} refers to another message",
                lang.tag()
            );
            let whole = whole_messages.get(id).expect("in the whole catalog");
            assert_eq!(
                format!("{:?}", (&messages[0].value, &messages[0].attributes)),
                format!("{:?}", (&whole.value, &whole.attributes)),
                "{}: {id} is the same cut out as in its catalog",
                lang.tag()
            );
        }
    }
}
