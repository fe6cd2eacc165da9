use super::*;

fn arabic() -> &'static Catalog {
    Catalog::get(Lang::parse("ar").expect("Arabic"))
}

fn args(list: &[&str]) -> Vec<OsString> {
    std::iter::once("redflag")
        .chain(list.iter().copied())
        .map(OsString::from)
        .collect()
}

/// Every command's path from the root, the root's own (empty) first.
fn paths(cmd: &Command, above: &[String], out: &mut Vec<Vec<String>>) {
    out.push(above.to_vec());
    for sub in cmd.get_subcommands() {
        let mut path = above.to_vec();
        path.push(sub.get_name().to_string());
        paths(sub, &path, out);
    }
}

fn find<'a>(cmd: &'a mut Command, path: &[String]) -> &'a mut Command {
    path.iter().fold(cmd, |cmd, name| {
        cmd.find_subcommand_mut(name).expect("subcommand")
    })
}

/// The help clap shows for `args` with the command as derived.
fn derived_help(list: &[&str]) -> String {
    Cli::command()
        .try_get_matches_from(args(list))
        .expect_err("help")
        .to_string()
}

#[test]
fn the_english_catalog_words_help_as_the_derive_does() {
    let names: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .filter(|name| name != "serve")
        .collect();
    assert!(names.len() >= 6, "{names:?}");
    let mut asked = vec![vec!["--help"], vec!["-h"], vec!["help"]];
    for name in &names {
        asked.push(vec![name.as_str(), "--help"]);
        asked.push(vec![name.as_str(), "-h"]);
        asked.push(vec!["help", name.as_str()]);
    }
    // Not `help help`: once built, clap's help subcommand holds a copy of every command.
    for list in asked {
        let worded = localised(Catalog::english(), Cli::command())
            .try_get_matches_from(args(&list))
            .expect_err("help")
            .to_string();
        assert_eq!(worded, derived_help(&list), "{list:?}");
    }
}

#[test]
fn every_command_and_argument_has_its_message_in_the_english_of_the_derive() {
    let english = Catalog::english();
    // The subcommands' about texts as the derive gives them, before they are built.
    for sub in Cli::command().get_subcommands() {
        let name = sub.get_name();
        let id = command_message(name).unwrap_or_else(|| panic!("no message for {name}"));
        let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
        assert_eq!(english.t(id, &[]), about, "{name}");
    }
    let mut derived = Cli::command();
    derived.build();
    let mut all = Vec::new();
    paths(&derived, &[], &mut all);
    for path in all {
        let cmd = find(&mut derived, &path);
        let name = cmd.get_name().to_string();
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            let Some(help) = arg.get_help() else { continue };
            if id == "help" {
                continue;
            }
            let message =
                arg_message(&name, id).unwrap_or_else(|| panic!("no message for {name} {id}"));
            assert_eq!(english.t(message, &[]), help.to_string(), "{name} {id}");
            for value in arg.get_possible_values() {
                if let Some(help) = value.get_help() {
                    let message = value_message(id, value.get_name()).expect("value message");
                    assert_eq!(english.t(message, &[]), help.to_string());
                }
            }
        }
    }
    assert_eq!(
        english.t("cli-about", &[]),
        derived
            .get_about()
            .map(ToString::to_string)
            .unwrap_or_default()
    );
}

#[test]
fn arabic_help_has_arabic_headings_notes_and_texts_and_keeps_the_option_names() {
    let mut cmd = localised(arabic(), Cli::command());
    let root = cmd.render_long_help().to_string();
    for needle in [
        "الاستخدام: redflag [OPTIONS] [COMMAND]",
        "الأوامر:",
        "الخيارات:",
        "  check        افحص حزم المحتوى",
        "--lang <TAG>",
        "لغة اللعبة وحزمتها المدمجة",
        "[الافتراضي: 10]",
        "[متغير البيئة: REDFLAG_DATA_DIR]",
        "- terminal: ترتّبها الطرفية",
        "اعرض رقم الإصدار",
    ] {
        assert!(root.contains(needle), "{needle}:\n{root}");
    }
    for english in [
        "Usage:",
        "Options:",
        "Commands:",
        "Print",
        "[default",
        "[env",
        "Possible values",
    ] {
        assert!(!root.contains(english), "{english}:\n{root}");
    }
    let short = cmd.render_help().to_string();
    assert!(
        !short.contains("- terminal:"),
        "the values are explained in the long help only:\n{short}"
    );
    let check = find(&mut cmd, &["check".to_string()])
        .render_long_help()
        .to_string();
    let arguments = check.find("المُدخلات:").expect("arguments");
    let options = check.find("الخيارات:").expect("options");
    assert!(
        arguments < options,
        "positionals first, as in English:\n{check}"
    );
    assert!(check.contains("[القيم الممكنة: human، json]"), "{check}");
}

#[test]
fn help_is_shown_in_the_language_given_and_parsing_is_unchanged() {
    let arabic_lang = arabic().lang();
    let error = try_parse_from(args(&["check", "--help"]), arabic_lang).expect_err("help");
    assert_eq!(error.kind(), ErrorKind::DisplayHelp);
    assert!(error.to_string().contains("افحص حزم المحتوى"), "{error}");
    let error = try_parse_from(args(&["help", "stats"]), arabic_lang).expect_err("help");
    assert!(
        error.to_string().contains("اعرض إحصاءات ملف شخصي"),
        "{error}"
    );
    let cli = try_parse_from(args(&["--lang", "ar", "check", "x"]), arabic_lang).expect("parses");
    assert_eq!(cli.language.lang, Some(arabic_lang));
    let cli = try_parse_from(args(&["--count", "3"]), Lang::ENGLISH).expect("parses");
    assert_eq!(cli.play.count, 3);
}

#[test]
fn the_language_is_found_on_the_command_line_before_the_locale() {
    let arabic = arabic().lang();
    let none = |_: &str| None;
    let locale = |name: &str| (name == "LANG").then(|| "ar_SA.UTF-8".to_string());
    assert_eq!(early_lang(&args(&["--lang", "ar", "--help"]), none), arabic);
    assert_eq!(early_lang(&args(&["check", "--lang=ar-SA"]), none), arabic);
    assert_eq!(early_lang(&args(&["--help"]), locale), arabic);
    assert_eq!(early_lang(&args(&["--lang", "en"]), locale), Lang::ENGLISH);
    assert_eq!(
        early_lang(&args(&["--lang", "xx"]), locale),
        arabic,
        "no catalog: the locale's"
    );
    assert_eq!(
        early_lang(&args(&["--", "--lang", "ar"]), none),
        Lang::ENGLISH,
        "after -- nothing is an option"
    );
    assert_eq!(early_lang(&args(&[]), none), Lang::ENGLISH);
}
