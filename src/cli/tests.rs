use super::*;
use clap::CommandFactory;

fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
    Cli::try_parse_from(std::iter::once("redflag").chain(args.iter().copied()))
}

#[test]
fn the_command_line_is_well_formed_with_every_subcommand_built() {
    Cli::command().debug_assert();
}

#[test]
fn deferred_subcommands_still_parse_their_arguments_and_the_global_ones() {
    let cli = parse(&["check", "--format", "json", "a", "b"]).expect("check");
    let Some(Command::Check(args)) = cli.command else {
        panic!("not check: {cli:?}")
    };
    assert_eq!(args.dirs, [PathBuf::from("a"), PathBuf::from("b")]);
    assert_eq!(args.format, Format::Json);

    let cli = parse(&["play", "--count", "3", "--plain", "--profile", "Sam"]).expect("play");
    let Some(Command::Play(args)) = &cli.command else {
        panic!("not play: {cli:?}")
    };
    assert_eq!((args.count, args.plain), (3, true));
    assert_eq!(cli.profile.profile.as_deref(), Some("Sam"));

    let cli = parse(&["--count", "4"]).expect("no subcommand");
    assert!(cli.command.is_none());
    assert_eq!(cli.play.count, 4);
}

#[test]
fn language_and_display_options_are_global_and_checked() {
    let cli = parse(&["check", "--lang", "ar-SA", "--bidi", "terminal", "--shape"])
        .expect("global options after a subcommand");
    assert_eq!(cli.language.lang, Lang::parse("ar"));
    assert_eq!(cli.language.bidi, Some(Bidi::Terminal));
    assert_eq!(cli.language.shape, Some(true));
    let cli = parse(&["--shape=off", "check", "content-ar"]).expect("shape off");
    assert_eq!(cli.language.shape, Some(false));
    let Some(Command::Check(args)) = cli.command else {
        panic!("not check: {cli:?}")
    };
    assert_eq!(
        args.dirs,
        [PathBuf::from("content-ar")],
        "--shape takes no folder"
    );
    let cli = parse(&[]).expect("no options");
    assert_eq!(
        (cli.language.lang, cli.language.bidi, cli.language.shape),
        (None, None, None)
    );
    let err = parse(&["--lang", "xx"])
        .expect_err("no such catalog")
        .to_string();
    assert!(err.contains("xx") && err.contains("(ar)"), "{err}");
}

#[test]
fn one_kind_of_round_at_a_time() {
    for (a, b) in [
        ("--daily", "--spot"),
        ("--review", "--daily"),
        ("--review", "--spot"),
    ] {
        for args in [vec!["play", "--plain", a, b], vec![a, b]] {
            let err = parse(&args).expect_err("conflict");
            assert_eq!(
                err.kind(),
                clap::error::ErrorKind::ArgumentConflict,
                "{args:?}"
            );
            let said = err.to_string();
            assert!(said.contains(a) && said.contains(b), "{said}");
        }
    }
    let err = parse(&["play", "--module", "module-myths", "--spot"]).expect_err("conflict");
    assert_eq!(err.kind(), clap::error::ErrorKind::ArgumentConflict);
}

#[test]
fn a_seed_out_of_range_is_refused_in_words() {
    for bad in ["-1", "abc", "18446744073709551616"] {
        let err = parse(&["play", "--seed", bad]).expect_err(bad).to_string();
        assert!(
            err.contains("seed must be a whole number from 0 to 18446744073709551615"),
            "{bad}: {err}"
        );
        assert!(!err.contains("unexpected argument"), "{err}");
    }
    let cli = parse(&["--seed", "18446744073709551615"]).expect("the largest");
    assert_eq!(cli.play.seed, Some(u64::MAX));
}

#[test]
fn serve_takes_every_option_after_it_unread_and_the_global_ones_before_it() {
    let cli = parse(&[
        "--data-dir",
        "d",
        "serve",
        "--team-code",
        "abcdefgh",
        "--help",
        "--listen",
        "127.0.0.1:0",
    ])
    .expect("serve");
    let Some(Command::Serve(serve)) = &cli.command else {
        panic!("not serve: {cli:?}")
    };
    assert_eq!(
        serve.options,
        [
            "--team-code",
            "abcdefgh",
            "--help",
            "--listen",
            "127.0.0.1:0"
        ]
        .map(std::ffi::OsString::from)
    );
    assert_eq!(cli.profile.data_dir, Some(PathBuf::from("d")));
}

#[test]
fn deferred_subcommands_refuse_unknown_arguments_and_show_their_help() {
    let err = parse(&["stats", "--bogus"]).expect_err("unknown");
    assert_eq!(err.kind(), clap::error::ErrorKind::UnknownArgument);
    let help = parse(&["report", "--help"]).expect_err("help").to_string();
    assert!(
        help.contains("--format") && help.contains("--team") && help.contains("--profile"),
        "{help}"
    );
}

#[test]
fn a_command_line_naming_no_command_is_read_as_the_whole_command_reads_it() {
    use crate::cli::help::{parse_command, try_parse_from, without_a_command};
    // The first eight are read without the commands.
    let quick_ones = 8;
    let lines: &[&[&str]] = &[
        &[],
        &["--profile", "Sam", "--data-dir", "/tmp/d"],
        &["--profile=Sam", "--no-save", "--count", "3", "--seed", "7"],
        &["--content", "a", "--content", "b", "--no-builtin"],
        &["--lang", "ar", "--bidi", "terminal", "--shape"],
        &["--shape=off", "--plain", "--review"],
        &[
            "--plain",
            "--module",
            "final-exam",
            "--new-round",
            "--no-color",
        ],
        &["--daily", "--plain"],
        // Refused, or help and version: the whole command says it, in its words.
        &["--count", "0"],
        &["--seed", "x"],
        &["--seed", "-7"],
        &["--review", "--daily"],
        &["--lang", "xx"],
        &["--unknown"],
        &["stray"],
        &["--help"],
        &["-h"],
        &["--version"],
        &["-V"],
        // A command named, or a value that is a command's name: the whole command.
        &["stats"],
        &["--profile", "stats"],
        &["help"],
        &["--profile", "Sam", "check", "--format", "json"],
    ];
    for lang in [Lang::ENGLISH, Lang::parse("ar").expect("ar")] {
        for (i, line) in lines.iter().enumerate() {
            let args = || {
                std::iter::once("redflag")
                    .chain(line.iter().copied())
                    .map(std::ffi::OsString::from)
                    .collect::<Vec<_>>()
            };
            assert_eq!(
                without_a_command(&args(), lang).is_some(),
                i < quick_ones,
                "{line:?}"
            );
            let quick = try_parse_from(args(), lang);
            let whole = parse_command::<Cli>(args(), lang, "cli-about");
            match (quick, whole) {
                (Ok(quick), Ok(whole)) => {
                    assert_eq!(format!("{quick:?}"), format!("{whole:?}"), "{line:?}")
                }
                (Err(quick), Err(whole)) => {
                    assert_eq!(quick.to_string(), whole.to_string(), "{line:?}");
                    assert_eq!(quick.exit_code(), whole.exit_code(), "{line:?}");
                }
                (quick, whole) => panic!("{line:?}: {quick:?} but {whole:?}"),
            }
        }
    }
}

#[test]
fn the_command_names_are_the_commands_there_are() {
    let mut cmd = Cli::command();
    cmd.build();
    let mut names: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
    let aliases: Vec<&str> = cmd
        .get_subcommands()
        .flat_map(|c| c.get_all_aliases())
        .collect();
    assert!(aliases.is_empty(), "{aliases:?}: add them to COMMAND_NAMES");
    names.sort_unstable();
    let mut listed = COMMAND_NAMES.to_vec();
    listed.sort_unstable();
    assert_eq!(names, listed);
}
