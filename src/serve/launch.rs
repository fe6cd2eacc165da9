//! `redflag serve` runs the server's own binary, `redflag-serve`, found beside `redflag` (or on
//! the PATH): that binary is position-independent, so the process that listens on the network
//! keeps full address randomisation, while the game's binary keeps its faster start.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::bail;

use crate::cli::PackArgs;
use crate::i18n::{Catalog, Lang};

/// The server binary's name.
pub const SERVER_BINARY: &str = "redflag-serve";

/// The arguments for `redflag-serve`: the game's global options that concern it (`--lang` when
/// it was given: the players' default language), then the options given after `serve`, as they
/// were. A team code among them is taken out and returned,
/// to go through the environment instead: then it does not show in the process list.
pub fn server_args(
    options: &[OsString],
    packs: &PackArgs,
    data_dir: Option<&Path>,
    lang: Option<Lang>,
) -> (Vec<OsString>, Option<OsString>) {
    let mut out: Vec<OsString> = Vec::new();
    if let Some(lang) = lang {
        out.extend(["--lang".into(), lang.tag().into()]);
    }
    if let Some(dir) = data_dir {
        out.extend(["--data-dir".into(), dir.into()]);
    }
    for dir in &packs.content {
        out.extend(["--content".into(), dir.into()]);
    }
    if packs.no_builtin {
        out.push("--no-builtin".into());
    }
    let mut code = None;
    let mut rest = options.iter();
    while let Some(option) = rest.next() {
        if option == "--team-code" {
            code = rest.next().cloned();
        } else if let Some(value) = option.to_str().and_then(|o| o.strip_prefix("--team-code=")) {
            code = Some(value.into());
        } else {
            out.push(option.clone());
        }
    }
    (out, code)
}

/// `redflag-serve` beside the running binary (built there first under `cargo run`, which builds
/// only the game's), else the bare name for the PATH to find.
fn server_binary(t: &Catalog) -> PathBuf {
    let name = format!("{SERVER_BINARY}{}", std::env::consts::EXE_SUFFIX);
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(&name)));
    match beside {
        Some(path) if path.is_file() => path,
        Some(path) if build_under_cargo(t, &path) => path,
        _ => PathBuf::from(name),
    }
}

/// Under `cargo run` (which says so with `CARGO` and `CARGO_MANIFEST_DIR`), builds the server
/// with the same profile into the same folder; true when it is there afterwards.
fn build_under_cargo(t: &Catalog, server: &Path) -> bool {
    let (Some(cargo), Some(manifest_dir)) = (
        std::env::var_os("CARGO"),
        std::env::var_os("CARGO_MANIFEST_DIR"),
    ) else {
        return false;
    };
    // target/debug holds the dev profile; every other profile has a folder of its own name.
    let profile = match server
        .parent()
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
    {
        Some("debug") => "dev".to_string(),
        Some(other) => other.to_string(),
        None => return false,
    };
    eprintln!(
        "{}",
        crate::t!(t, "serve-launch-building", binary = SERVER_BINARY)
    );
    let built = Command::new(cargo)
        .args([
            "build",
            "--profile",
            &profile,
            "--bin",
            SERVER_BINARY,
            "--manifest-path",
        ])
        .arg(PathBuf::from(manifest_dir).join("Cargo.toml"))
        .status()
        .is_ok_and(|status| status.success());
    built && server.is_file()
}

/// Replaces this process with the server (elsewhere than Unix: runs it and waits). Returns only
/// on failure. Cold and never inlined: it lives in the game's binary, away from the code its
/// start runs (the first frame's time is a budget).
#[cold]
#[inline(never)]
pub fn exec_server(
    options: &[OsString],
    packs: &PackArgs,
    data_dir: Option<&Path>,
    lang: Option<Lang>,
) -> anyhow::Result<()> {
    // Said before the server runs: in the game's language.
    let t = Catalog::get(packs.language);
    let binary = server_binary(t);
    let (args, code) = server_args(options, packs, data_dir, lang);
    let mut command = Command::new(&binary);
    command.args(args);
    if let Some(code) = code {
        command.env("REDFLAG_TEAM_CODE", code);
    }
    let error = run(&mut command);
    if error.kind() == std::io::ErrorKind::NotFound {
        bail!(
            "{}",
            crate::t!(t, "serve-launch-not-installed", binary = SERVER_BINARY)
        );
    }
    let path = binary.display().to_string();
    bail!(
        "{}",
        crate::t!(
            t,
            "serve-launch-cannot-start",
            path = path,
            error = error.to_string()
        )
    )
}

#[cfg(unix)]
fn run(command: &mut Command) -> std::io::Error {
    use std::os::unix::process::CommandExt;
    command.exec()
}

#[cfg(not(unix))]
fn run(command: &mut Command) -> std::io::Error {
    match command.status() {
        Ok(status) => std::process::exit(status.code().unwrap_or(1)),
        Err(e) => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_server_gets_every_option_and_the_code_only_through_its_environment() {
        let packs = PackArgs {
            content: vec![PathBuf::from("pack")],
            no_builtin: true,
            ..PackArgs::default()
        };
        let options: Vec<OsString> = [
            "--listen",
            "127.0.0.1:2300",
            "--team-code",
            "secret-code",
            "--authorized-keys",
            "keys",
        ]
        .map(OsString::from)
        .to_vec();
        let arabic = Lang::parse("ar");
        let (args, code) = server_args(&options, &packs, Some(Path::new("data")), arabic);
        let line: Vec<String> = args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            line.join(" "),
            "--lang ar --data-dir data --content pack --no-builtin --listen 127.0.0.1:2300 --authorized-keys keys"
        );
        assert_eq!(code, Some(OsString::from("secret-code")));
        let joined = [OsString::from("--team-code=other-code")];
        let (args, code) = server_args(&joined, &PackArgs::default(), None, None);
        assert!(args.is_empty());
        assert_eq!(code, Some(OsString::from("other-code")));
    }
}
