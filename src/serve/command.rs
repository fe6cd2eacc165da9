//! `redflag-serve`'s command line: the server's options, the packs and the data folder, with its
//! help and its mistakes in the language of the command line (`--lang`, else the locale), as the
//! game's are.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::Parser;

use super::ServeArgs;
use crate::cli::PackArgs;
use crate::cli::help::{early_lang, parse_command};
use crate::cli::mistake::Refusal;
use crate::i18n::Lang;

/// Serve the redflag game over SSH: learners connect with `ssh -p 2222 HOST` and play.
#[derive(Debug, Parser)]
#[command(name = "redflag-serve", version)]
pub struct ServeCommand {
    #[command(flatten)]
    pub serve: ServeArgs,
    #[command(flatten)]
    pub packs: PackArgs,
    /// Where profiles, the host key and the key bindings are kept [default: the platform's data
    /// folder for redflag, under `server`].
    #[arg(long, value_name = "DIR", env = "REDFLAG_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
}

/// The process's command line, parsed; help, version and mistakes end the process as clap ends
/// it, help and mistakes in the command line's language.
pub fn parse() -> ServeCommand {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = early_lang(&args, |name| std::env::var(name).ok());
    try_parse_from(args, lang).unwrap_or_else(|refusal| refusal.exit())
}

/// `args` parsed; help is shown (as an error, clap's way) and mistakes are told in `lang`.
pub fn try_parse_from(args: Vec<OsString>, lang: Lang) -> Result<ServeCommand, Refusal> {
    parse_command(args, lang, "serve-about")
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use clap::error::ErrorKind;

    use super::*;
    use crate::cli::help::localised_as;
    use crate::i18n::Catalog;

    fn args(list: &[&str]) -> Vec<OsString> {
        std::iter::once("redflag-serve")
            .chain(list.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn the_english_catalog_words_the_server_s_help_as_the_derive_does() {
        for list in [&["--help"][..], &["-h"]] {
            let derived = ServeCommand::command()
                .try_get_matches_from(args(list))
                .expect_err("help")
                .to_string();
            let worded = localised_as(Catalog::english(), ServeCommand::command(), "serve-about")
                .try_get_matches_from(args(list))
                .expect_err("help")
                .to_string();
            assert_eq!(worded, derived, "{list:?}");
        }
    }

    #[test]
    fn the_server_s_help_and_mistakes_are_arabic_in_arabic() {
        let arabic = Lang::parse("ar").expect("Arabic");
        let help = try_parse_from(args(&["--help"]), arabic).expect_err("help");
        assert_eq!(help.kind(), ErrorKind::DisplayHelp);
        let help = help.to_string();
        for needle in [
            "الاستخدام: redflag-serve [OPTIONS]",
            "الخيارات:",
            "--team-code <CODE>",
            "--trainer-keys <FILE>",
            "[متغير البيئة: REDFLAG_TEAM_CODE]",
        ] {
            assert!(help.contains(needle), "{needle}:\n{help}");
        }
        let english: Vec<&str> = help
            .split(|c: char| !c.is_ascii_alphabetic() && c != '-' && c != '_')
            .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_lowercase()))
            .filter(|w| !["redflag", "ssh", "serve", "toml", "server", "ed"].contains(w))
            .collect();
        assert!(english.is_empty(), "{english:?}\n{help}");
        let refused = try_parse_from(args(&["--listen", "nowhere"]), arabic).expect_err("bad");
        assert_eq!(refused.exit_code(), 2);
        assert!(
            refused
                .to_string()
                .starts_with("خطأ: القيمة «nowhere» غير صالحة للخيار «--listen <ADDR:PORT>»"),
            "{refused}"
        );
        let parsed = try_parse_from(args(&["--team-code", "abcdefgh"]), arabic).expect("parses");
        assert_eq!(parsed.serve.team_code.as_deref(), Some("abcdefgh"));
    }
}
