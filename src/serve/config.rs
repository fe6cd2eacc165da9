//! The server's settings: the command line over `serve.toml` over the defaults, checked before
//! anything listens. The file is strict (an unknown key is an error): a mistyped `team_code` or
//! limit must not silently leave the server open or unlimited.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use clap::Args;
use serde::Deserialize;

use super::registry::AdmissionLimits;
use crate::cli::PackArgs;
use crate::i18n::{Catalog, Lang};

/// Where the server listens unless told otherwise.
pub const DEFAULT_LISTEN: &str = "0.0.0.0:2222";

/// The shortest team code accepted: every code can be guessed at a few tries a second.
pub const MIN_TEAM_CODE: usize = 6;

/// The server's own options, read by `redflag-serve` (which `redflag serve` runs).
#[derive(Debug, Clone, Default, Args)]
pub struct ServeArgs {
    /// Address and port to listen on [default: 0.0.0.0:2222].
    #[arg(long, value_name = "ADDR:PORT")]
    pub listen: Option<SocketAddr>,
    /// A code that lets people without a key in (they then give their name); the
    /// REDFLAG_TEAM_CODE environment variable does the same and keeps it out of the process list.
    #[arg(
        long,
        value_name = "CODE",
        env = "REDFLAG_TEAM_CODE",
        hide_env_values = true
    )]
    pub team_code: Option<String>,
    /// An OpenSSH authorized_keys file: each key in it signs in as its own profile.
    #[arg(long, value_name = "FILE")]
    pub authorized_keys: Option<PathBuf>,
    /// An OpenSSH authorized_keys file of trainers' keys: each opens the trainer's live view of
    /// the team, never the game (read again at each sign-in).
    #[arg(long, value_name = "FILE")]
    pub trainer_keys: Option<PathBuf>,
    /// The server's private host key, created (ed25519, mode 0600) if missing
    /// [default: DATA_DIR/host_key].
    #[arg(long, value_name = "FILE")]
    pub host_key: Option<PathBuf>,
    /// The settings file [default: DATA_DIR/serve.toml when it exists].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The language of players who ask for none (their SSH client's LANG, else their profile's
    /// choice, comes first), and of this console (en, ar) [default: English].
    #[arg(long, value_name = "TAG", value_parser = language)]
    pub lang: Option<Lang>,
}

/// `serve.toml`: the same settings as the options, and the limits.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct ServeFile {
    pub listen: Option<SocketAddr>,
    pub data_dir: Option<PathBuf>,
    pub host_key: Option<PathBuf>,
    pub team_code: Option<String>,
    pub authorized_keys: Option<PathBuf>,
    pub trainer_keys: Option<PathBuf>,
    pub content: Vec<PathBuf>,
    pub no_builtin: bool,
    /// Scenarios in a round.
    pub count: Option<u16>,
    /// Every session's first round from this seed: the whole team plays the same round.
    pub seed: Option<u64>,
    /// The language of players who ask for none, and of the console (a tag: `en`, `ar`).
    pub lang: Option<String>,
    pub limits: Limits,
}

/// What one server allows; every figure can be set under `[limits]` in `serve.toml`.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Connections at once, signed in or not.
    pub max_sessions: usize,
    /// Connections at once from one address (a classroom behind one router shares one).
    pub max_sessions_per_address: usize,
    /// Refused sign-in requests on one connection before it is closed. The client's first
    /// "none" request and each key it offers that is not listed count too, so this leaves room
    /// for a learner whose SSH client offers a few keys before asking for the code.
    pub auth_attempts: usize,
    /// How long every refused sign-in takes, in milliseconds.
    pub auth_delay_ms: u64,
    /// Failed sign-ins one address may make in 10 minutes before its new connections wait.
    pub auth_failures_per_address: usize,
    /// A connection that has not started the game this long after connecting is closed.
    pub login_grace_secs: u64,
    /// A game with no key pressed for this long is saved and closed.
    pub idle_timeout_secs: u64,
    /// Bytes of input in one packet; a larger paste is dropped whole.
    pub max_input_bytes: usize,
    /// Keys waiting for the game; more are dropped.
    pub max_pending_keys: usize,
    /// The largest window drawn; a larger one is drawn at this size.
    pub max_cols: u16,
    pub max_rows: u16,
    /// Output not yet taken by a client; a client that falls this far behind is disconnected.
    pub output_buffer_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_sessions: 100,
            max_sessions_per_address: 30,
            auth_attempts: 8,
            auth_delay_ms: 500,
            auth_failures_per_address: 20,
            login_grace_secs: 120,
            idle_timeout_secs: 30 * 60,
            max_input_bytes: 1024,
            max_pending_keys: 64,
            max_cols: 400,
            max_rows: 150,
            output_buffer_bytes: 1024 * 1024,
        }
    }
}

impl Limits {
    pub fn admission(&self) -> AdmissionLimits {
        AdmissionLimits {
            sessions: self.max_sessions,
            sessions_per_address: self.max_sessions_per_address,
            failures_per_address: self.auth_failures_per_address,
            failure_window: Duration::from_secs(600),
        }
    }

    fn check(&self, t: &Catalog) -> anyhow::Result<()> {
        let positive = [
            ("max_sessions", self.max_sessions),
            ("max_sessions_per_address", self.max_sessions_per_address),
            ("auth_attempts", self.auth_attempts),
            ("auth_failures_per_address", self.auth_failures_per_address),
            ("max_input_bytes", self.max_input_bytes),
            ("max_pending_keys", self.max_pending_keys),
            ("max_cols", usize::from(self.max_cols)),
            ("max_rows", usize::from(self.max_rows)),
            ("output_buffer_bytes", self.output_buffer_bytes),
            ("login_grace_secs", to_usize(self.login_grace_secs)),
            ("idle_timeout_secs", to_usize(self.idle_timeout_secs)),
        ];
        for (name, value) in positive {
            if value == 0 {
                bail!("{}", crate::t!(t, "serve-error-limit-zero", name = name));
            }
        }
        Ok(())
    }
}

/// A `--lang` tag with a catalog; otherwise the languages there are, in the command line's
/// language (the locale's: the tag given names none).
fn language(tag: &str) -> Result<Lang, String> {
    Lang::parse(tag).ok_or_else(|| {
        let t = crate::cli::help::words();
        crate::t!(t, "lang-unknown", tag = tag, known = t.languages())
    })
}

fn to_usize(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// Everything the server needs, resolved and checked.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub host_key: PathBuf,
    pub team_code: Option<String>,
    pub authorized_keys: Option<PathBuf>,
    /// Trainers' keys: the live view of the team, never the game.
    pub trainer_keys: Option<PathBuf>,
    pub packs: PackArgs,
    pub count: usize,
    pub seed: Option<u64>,
    /// The language of players who ask for none, and of the console.
    pub lang: Lang,
    pub limits: Limits,
}

impl ServeConfig {
    /// The options over `serve.toml` (from `--config`, or the data folder) over the defaults.
    /// `data_dir` is `--data-dir` (or `REDFLAG_DATA_DIR`); `default_data_dir` the fallback,
    /// which words its error with the catalog it is given. Errors are in the server's language:
    /// `--lang`'s, else the file's once it is read, else English.
    pub fn resolve(
        args: &ServeArgs,
        packs: &PackArgs,
        data_dir: Option<&Path>,
        default_data_dir: impl FnOnce(&Catalog) -> anyhow::Result<PathBuf>,
    ) -> anyhow::Result<ServeConfig> {
        let early = Catalog::get(args.lang.unwrap_or_default());
        let file = match &args.config {
            Some(path) => read_file(early, path)?,
            None => {
                let beside = data_dir.map(|d| d.join("serve.toml"));
                match beside.filter(|p| p.is_file()) {
                    Some(path) => read_file(early, &path)?,
                    None => ServeFile::default(),
                }
            }
        };
        let lang = match (args.lang, file.lang.as_deref()) {
            (Some(lang), _) => lang,
            (None, Some(tag)) => Lang::parse(tag).with_context(|| {
                let t = Catalog::english();
                crate::t!(t, "serve-lang-unknown", tag = tag, known = t.languages())
            })?,
            (None, None) => Lang::ENGLISH,
        };
        let t = Catalog::get(lang);
        let data_dir = match data_dir.map(Path::to_path_buf).or(file.data_dir.clone()) {
            Some(dir) => dir,
            None => default_data_dir(t)?,
        };
        let listen = match args.listen.or(file.listen) {
            Some(listen) => listen,
            None => DEFAULT_LISTEN
                .parse()
                .with_context(|| crate::t!(t, "serve-error-default-address"))?,
        };
        let mut content = file.content.clone();
        content.extend(packs.content.iter().cloned());
        let config = ServeConfig {
            listen,
            host_key: args
                .host_key
                .clone()
                .or(file.host_key.clone())
                .unwrap_or_else(|| data_dir.join("host_key")),
            data_dir,
            team_code: args.team_code.clone().or(file.team_code.clone()),
            authorized_keys: args
                .authorized_keys
                .clone()
                .or(file.authorized_keys.clone()),
            trainer_keys: args.trainer_keys.clone().or(file.trainer_keys.clone()),
            packs: PackArgs {
                content,
                no_builtin: packs.no_builtin || file.no_builtin,
                language: packs.language,
            },
            count: usize::from(file.count.unwrap_or(10)).clamp(1, 500),
            seed: file.seed,
            lang,
            limits: file.limits,
        };
        config.check(t)?;
        Ok(config)
    }

    /// Refuses a server nobody could enter, a weak team code or a zero limit, in `t`'s words.
    fn check(&self, t: &Catalog) -> anyhow::Result<()> {
        if self.team_code.is_none() && self.authorized_keys.is_none() {
            bail!("{}", crate::t!(t, "serve-error-nobody-can-sign-in"));
        }
        if let Some(code) = &self.team_code {
            if code.chars().count() < MIN_TEAM_CODE {
                bail!(
                    "{}",
                    crate::t!(t, "serve-error-code-too-short", count = MIN_TEAM_CODE)
                );
            }
            if code.chars().any(char::is_control) {
                bail!("{}", crate::t!(t, "serve-error-code-controls"));
            }
        }
        self.limits.check(t)
    }

    pub fn auth_delay(&self) -> Duration {
        Duration::from_millis(self.limits.auth_delay_ms)
    }
}

/// `serve.toml`, read before the language it may name: its problems are in `t`'s words (those of
/// `--lang`, else English). The TOML parser's own detail follows, as it words it.
fn read_file(t: &Catalog, path: &Path) -> anyhow::Result<ServeFile> {
    let shown = || path.display().to_string();
    let text = std::fs::read_to_string(path)
        .with_context(|| crate::t!(t, "serve-error-config-read", path = shown()))?;
    toml::from_str(&text)
        .with_context(|| crate::t!(t, "serve-error-config-invalid", path = shown()))
}

#[cfg(test)]
mod tests;
