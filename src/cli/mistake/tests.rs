use std::ffi::OsString;

use clap::CommandFactory;
use clap::error::ErrorKind;

use crate::cli::Cli;
use crate::cli::help::try_parse_from;
use crate::i18n::Lang;

fn arabic() -> Lang {
    Lang::parse("ar").expect("Arabic")
}

fn args(list: &[&str]) -> Vec<OsString> {
    std::iter::once("redflag")
        .chain(list.iter().copied())
        .map(OsString::from)
        .collect()
}

/// The refusal of `list` in Arabic, and clap's kind for it.
fn refused_in_arabic(list: &[&str]) -> (ErrorKind, String) {
    let refusal = try_parse_from(args(list), arabic()).expect_err("refused");
    assert_eq!(refusal.exit_code(), 2, "{list:?}");
    (refusal.kind(), refusal.to_string())
}

/// Words of three or more Latin letters outside «quotes» and the usage line (whose option
/// placeholders are clap's, as in the Arabic help), but for the brand and the values of
/// `--format` and `--shape` as they are typed, and English named in its own words.
fn english_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with("الاستخدام:")) {
        let mut outside = String::new();
        let mut quoted = false;
        for c in line.chars() {
            match c {
                '«' => quoted = true,
                '»' => quoted = false,
                c if !quoted => outside.push(c),
                _ => {}
            }
        }
        words.extend(
            outside
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| {
                    w.len() >= 3 && !["redflag", "human", "json", "off", "English"].contains(w)
                })
                .map(str::to_string),
        );
    }
    words
}

#[test]
fn an_unknown_option_is_refused_in_arabic_with_the_usage_and_the_help_hint() {
    let (kind, said) = refused_in_arabic(&["--lang", "ar", "--bogus"]);
    assert_eq!(kind, ErrorKind::UnknownArgument);
    for needle in [
        "خطأ: «--bogus» غير متوقَّع هنا",
        "\n\nالاستخدام: redflag --lang <TAG>\n\n",
        "لمزيد من المعلومات جرّب «--help».",
    ] {
        assert!(said.contains(needle), "{needle}:\n{said}");
    }
    assert!(english_words(&said).is_empty(), "{said}");
    assert!(said.ends_with('\n'), "{said:?}");
}

#[test]
fn english_refusals_are_clap_s_own_text() {
    for list in [
        &["--bogus"][..],
        &["chek"],
        &["check", "--format", "xml"],
        &["--profile"],
        &["play", "--daily", "--spot"],
        &["--count", "0"],
        &["--seed", "abc"],
    ] {
        let ours = try_parse_from(args(list), Lang::ENGLISH).expect_err("refused");
        let clap = Cli::command()
            .try_get_matches_from(args(list))
            .expect_err("refused");
        assert_eq!(ours.kind(), clap.kind(), "{list:?}");
        assert_eq!(ours.to_string(), clap.to_string(), "{list:?}");
        assert_eq!(ours.exit_code(), clap.exit_code(), "{list:?}");
    }
}

#[test]
fn each_kind_of_mistake_is_worded_in_arabic() {
    let cases: &[(&[&str], ErrorKind, &[&str])] = &[
        (
            &["chek"],
            ErrorKind::InvalidSubcommand,
            &[
                "لا يوجد أمر باسم «chek»",
                "تلميح: يوجد أمر قريب منه: «check»",
            ],
        ),
        (
            &["check", "--format", "xml"],
            ErrorKind::InvalidValue,
            &[
                "القيمة «xml» غير صالحة للخيار «--format <FORMAT>»",
                "[القيم الممكنة: human، json]",
            ],
        ),
        (
            &["--profile"],
            ErrorKind::InvalidValue,
            &["الخيار «--profile <NAME>» يحتاج إلى قيمة"],
        ),
        (
            &["play", "--daily", "--spot"],
            ErrorKind::ArgumentConflict,
            &["لا يُستخدم «--daily» مع «--spot»"],
        ),
        (
            &["--count", "0"],
            ErrorKind::ValueValidation,
            &["القيمة «0» غير صالحة للخيار «--count <COUNT>»: يجب أن تكون عددًا صحيحًا من 1 إلى 500"],
        ),
        (
            &["--seed", "abc"],
            ErrorKind::ValueValidation,
            &["يجب أن تكون البذرة عددًا صحيحًا"],
        ),
        (
            &["--shape=maybe"],
            ErrorKind::ValueValidation,
            &["on أو off"],
        ),
        (
            &["--lang", "xx"],
            ErrorKind::ValueValidation,
            &["لا يوجد في redflag فهرس للغة «xx»"],
        ),
        (
            &["--no-colour"],
            ErrorKind::UnknownArgument,
            &["تلميح: يوجد خيار قريب منه: «--no-color»"],
        ),
    ];
    for (list, kind, needles) in cases {
        let (got, said) = refused_in_arabic(list);
        assert_eq!(got, *kind, "{list:?}: {said}");
        for needle in *needles {
            assert!(said.contains(needle), "{needle}:\n{said}");
        }
        assert!(english_words(&said).is_empty(), "{list:?}:\n{said}");
    }
}

#[test]
fn help_and_the_version_are_still_shown_not_refused() {
    let help = try_parse_from(args(&["--help"]), arabic()).expect_err("help");
    assert_eq!((help.kind(), help.exit_code()), (ErrorKind::DisplayHelp, 0));
    let version = try_parse_from(args(&["--version"]), arabic()).expect_err("version");
    assert_eq!(version.kind(), ErrorKind::DisplayVersion);
    assert!(version.to_string().starts_with("redflag "), "{version}");
    // Help shown for a missing subcommand goes to standard error, and is still help.
    let t = crate::i18n::Catalog::get(arabic());
    let help = clap::Error::raw(
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand,
        "help\n",
    );
    let shown = super::Refusal::new(t, help);
    assert_eq!(shown.to_string(), "error: help\n");
}

#[test]
fn clap_s_worded_tips_are_said_again_or_left_out() {
    let t = crate::i18n::Catalog::get(arabic());
    let tip = super::known_tip(t, "to pass '-x' as a value, use '-- -x'").expect("known");
    assert_eq!(tip, "لتمرير «-x» قيمةً، اكتب «-- -x»");
    let tip = super::known_tip(t, "'check --format' exists").expect("known");
    assert_eq!(tip, "«check --format» موجود");
    let tip = super::known_tip(
        t,
        "subcommand 'check' exists; to use it, remove the '--' before it",
    )
    .expect("known");
    assert!(tip.contains("«check»"), "{tip}");
    assert_eq!(super::known_tip(t, "a tip clap has since added"), None);
}
