//! Who may sign in and as whom: the authorized keys, the team code, and which key plays as which
//! profile (`keys.toml` in the data folder, written when a key's owner first gives a name).
//!
//! A name bound to a key belongs to that key: nobody else, with another key or the team code,
//! can play as it. A name taken with the team code is only as private as the code.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use anyhow::Context;
use russh::keys::{HashAlg, PublicKey};
use serde::{Deserialize, Serialize};

use super::registry::SignIn;
use crate::progress::data_dir::folder_name;
use crate::progress::store::write_atomic;

/// The file binding keys to profiles, in the data folder.
pub const BINDINGS_FILE: &str = "keys.toml";

/// `keys.toml`: a key's SHA-256 fingerprint and the profile name it plays as.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default)]
struct Bindings {
    keys: BTreeMap<String, String>,
}

/// Why a name cannot be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameRefused {
    /// The name belongs to another key.
    BoundToAnotherKey,
    /// The name is not a usable profile name (the reason as the game words it).
    Unusable(String),
    /// The binding could not be saved.
    NotSaved(String),
}

impl std::fmt::Display for NameRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NameRefused::BoundToAnotherKey => {
                write!(f, "that name belongs to someone else: choose another")
            }
            NameRefused::Unusable(reason) => write!(f, "{reason}"),
            NameRefused::NotSaved(reason) => write!(f, "your key could not be saved ({reason})"),
        }
    }
}

/// The server's sign-in rules, shared by every connection.
#[derive(Debug)]
pub struct Identities {
    authorized_keys: Option<PathBuf>,
    /// The last good list of allowed keys' fingerprints, kept when a re-read fails.
    allowed: Mutex<Vec<String>>,
    team_code: Option<String>,
    bindings_path: PathBuf,
    bindings: Mutex<Bindings>,
}

impl Identities {
    /// Reads the authorized keys and the bindings; a missing or unreadable authorized keys file
    /// is an error at start, where the trainer sees it.
    pub fn load(
        authorized_keys: Option<&Path>,
        team_code: Option<&str>,
        data_dir: &Path,
    ) -> anyhow::Result<Identities> {
        let allowed = match authorized_keys {
            Some(path) => read_authorized(path)?,
            None => Vec::new(),
        };
        let bindings_path = data_dir.join(BINDINGS_FILE);
        let bindings = match std::fs::read_to_string(&bindings_path) {
            Ok(text) => toml::from_str(&text)
                .with_context(|| format!("{} is damaged", bindings_path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Bindings::default(),
            Err(e) => {
                return Err(e).with_context(|| format!("cannot read {}", bindings_path.display()));
            }
        };
        Ok(Identities {
            authorized_keys: authorized_keys.map(Path::to_path_buf),
            allowed: Mutex::new(allowed),
            team_code: team_code.map(str::to_string),
            bindings_path,
            bindings: Mutex::new(bindings),
        })
    }

    pub fn takes_keys(&self) -> bool {
        self.authorized_keys.is_some()
    }

    pub fn takes_team_code(&self) -> bool {
        self.team_code.is_some()
    }

    /// The key's fingerprint when it is allowed. The file is read again each time, so that a
    /// trainer can add or remove a learner's key without restarting the server.
    pub fn allowed_key(&self, key: &PublicKey) -> Option<String> {
        let path = self.authorized_keys.as_ref()?;
        let mut allowed = lock(&self.allowed);
        if let Ok(fresh) = read_authorized(path) {
            *allowed = fresh;
        }
        let fingerprint = fingerprint(key);
        allowed.contains(&fingerprint).then_some(fingerprint)
    }

    /// Whether `given` is the team code, compared in constant time.
    pub fn code_matches(&self, given: &[u8]) -> bool {
        self.team_code
            .as_ref()
            .is_some_and(|code| constant_time_eq(code.as_bytes(), given))
    }

    /// The profile a key plays as, once its owner has given a name.
    pub fn profile_of(&self, fingerprint: &str) -> Option<String> {
        lock(&self.bindings).keys.get(fingerprint).cloned()
    }

    /// Whether `who` may play as `name`: a usable name not bound to another key.
    pub fn check_name(&self, who: &SignIn, name: &str) -> Result<(), NameRefused> {
        let folder = folder_name(name).map_err(|e| NameRefused::Unusable(e.to_string()))?;
        let bindings = lock(&self.bindings);
        let owner = bindings
            .keys
            .iter()
            .find(|(_, bound)| folder_name(bound).ok().as_deref() == Some(folder.as_str()));
        match (owner, who) {
            (None, _) => Ok(()),
            (Some((key, _)), SignIn::Key { fingerprint }) if key == fingerprint => Ok(()),
            (Some(_), _) => Err(NameRefused::BoundToAnotherKey),
        }
    }

    /// Binds a key to the name its owner gave, saved at once. Checked again under the same lock,
    /// so that two first visits racing for one name cannot both have it.
    pub fn bind(&self, fingerprint: &str, name: &str) -> Result<(), NameRefused> {
        self.check_name(
            &SignIn::Key {
                fingerprint: fingerprint.to_string(),
            },
            name,
        )?;
        let mut bindings = lock(&self.bindings);
        let mut changed = bindings.clone();
        changed
            .keys
            .insert(fingerprint.to_string(), name.trim().to_string());
        let text = format!(
            "# Which key plays as which profile, written by `redflag serve` when a key's owner first\n\
             # gives a name. Delete a line to let that key choose again.\n{}",
            toml::to_string(&changed).map_err(|e| NameRefused::NotSaved(e.to_string()))?
        );
        write_atomic(&self.bindings_path, text.as_bytes())
            .map_err(|e| NameRefused::NotSaved(e.to_string()))?;
        *bindings = changed;
        Ok(())
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A key's SHA-256 fingerprint as OpenSSH prints it (`SHA256:...`).
pub fn fingerprint(key: &PublicKey) -> String {
    key.fingerprint(HashAlg::Sha256).to_string()
}

pub(super) fn read_authorized(path: &Path) -> anyhow::Result<Vec<String>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut keys = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let entry = russh::keys::ssh_key::AuthorizedKeys::new(line)
            .next()
            .transpose()
            .ok()
            .flatten()
            .with_context(|| {
                format!(
                    "{} line {}: not an OpenSSH public key",
                    path.display(),
                    number + 1
                )
            })?;
        keys.push(fingerprint(entry.public_key()));
    }
    Ok(keys)
}

/// Compares without stopping at the first difference, so that timing tells nothing about the code.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut difference = u8::from(a.len() != b.len());
    for (i, x) in a.iter().enumerate() {
        difference |= x ^ b.get(i).copied().unwrap_or(!x);
    }
    difference == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use russh::keys::{Algorithm, PrivateKey};

    fn key() -> PublicKey {
        PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519)
            .expect("key")
            .public_key()
            .clone()
    }

    fn by_key(key: &PublicKey) -> SignIn {
        SignIn::Key {
            fingerprint: fingerprint(key),
        }
    }

    #[test]
    fn only_listed_keys_sign_in_and_the_list_is_read_again() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (alice, bob) = (key(), key());
        let file = dir.path().join("authorized_keys");
        let line = |k: &PublicKey| k.to_openssh().expect("openssh");
        std::fs::write(
            &file,
            format!("# the team\n\n{} alice@laptop\n", line(&alice)),
        )
        .expect("write");
        let ids = Identities::load(Some(&file), None, dir.path()).expect("loads");
        assert_eq!(ids.allowed_key(&alice), Some(fingerprint(&alice)));
        assert_eq!(ids.allowed_key(&bob), None);
        assert!(!ids.code_matches(b""), "no code, nothing matches");
        std::fs::write(&file, line(&bob)).expect("rewrite");
        assert!(ids.allowed_key(&bob).is_some(), "added without a restart");
        assert!(ids.allowed_key(&alice).is_none(), "and removed");

        std::fs::write(&file, "ssh-ed25519 not-base64\n").expect("rewrite");
        let err = Identities::load(Some(&file), None, dir.path()).expect_err("bad line");
        assert!(err.to_string().contains("line 1"), "{err}");
    }

    #[test]
    fn the_team_code_must_match_exactly() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ids = Identities::load(None, Some("orange-kite"), dir.path()).expect("loads");
        assert!(ids.code_matches(b"orange-kite"));
        for wrong in [&b"orange-kit"[..], b"orange-kitee", b"ORANGE-KITE", b""] {
            assert!(!ids.code_matches(wrong), "{wrong:?}");
        }
    }

    #[test]
    fn a_name_bound_to_a_key_is_that_key_s_alone_and_survives_a_restart() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (alice, bob) = (key(), key());
        let ids = Identities::load(None, Some("orange-kite"), dir.path()).expect("loads");
        assert_eq!(ids.check_name(&by_key(&alice), "Alice"), Ok(()));
        ids.bind(&fingerprint(&alice), " Alice ").expect("bound");
        assert_eq!(
            ids.profile_of(&fingerprint(&alice)).as_deref(),
            Some("Alice")
        );
        for other in [by_key(&bob), SignIn::TeamCode] {
            assert_eq!(
                ids.check_name(&other, "alice"),
                Err(NameRefused::BoundToAnotherKey),
                "{other:?}"
            );
        }
        assert_eq!(
            ids.bind(&fingerprint(&bob), "ALICE"),
            Err(NameRefused::BoundToAnotherKey)
        );
        assert_eq!(ids.check_name(&by_key(&alice), "alice"), Ok(()));
        assert!(matches!(
            ids.check_name(&SignIn::TeamCode, "../etc"),
            Err(NameRefused::Unusable(_))
        ));

        let again = Identities::load(None, None, dir.path()).expect("reloads");
        assert_eq!(
            again.profile_of(&fingerprint(&alice)).as_deref(),
            Some("Alice")
        );
        assert_eq!(again.profile_of(&fingerprint(&bob)), None);
    }
}
