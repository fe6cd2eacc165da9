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
use crate::i18n::Catalog;
use crate::progress::StoreError;
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

/// Why a name cannot be taken; the learner is told in their language ([`NameRefused::words`]).
#[derive(Debug, Clone)]
pub enum NameRefused {
    /// The name belongs to another key.
    BoundToAnotherKey,
    /// The name is not a usable profile name.
    Unusable(StoreError),
    /// The binding could not be saved.
    NotSaved(StoreError),
}

impl NameRefused {
    /// The refusal in `t`'s words, as the learner reads it on the name screen.
    pub fn words(&self, t: &Catalog) -> String {
        match self {
            NameRefused::BoundToAnotherKey => crate::t!(t, "serve-name-taken"),
            // The profile store's own words for a name it cannot keep.
            NameRefused::Unusable(problem) => crate::strings::store_error(t, problem),
            NameRefused::NotSaved(problem) => {
                let reason = crate::strings::store_error(t, problem);
                crate::t!(t, "serve-key-not-saved", reason = reason)
            }
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
    /// is an error at start, where the trainer sees it, in `t`'s words (the server's language).
    pub fn load(
        t: &Catalog,
        authorized_keys: Option<&Path>,
        team_code: Option<&str>,
        data_dir: &Path,
    ) -> anyhow::Result<Identities> {
        let allowed = match authorized_keys {
            Some(path) => read_authorized(t, path)?,
            None => Vec::new(),
        };
        let bindings_path = data_dir.join(BINDINGS_FILE);
        let bindings = match std::fs::read_to_string(&bindings_path) {
            Ok(text) => toml::from_str(&text).with_context(|| {
                let path = bindings_path.display().to_string();
                crate::t!(t, "serve-error-bindings-damaged", path = path)
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Bindings::default(),
            Err(e) => {
                return Err(e).with_context(|| {
                    let path = bindings_path.display().to_string();
                    crate::t!(t, "serve-error-keys-read", path = path)
                });
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
        // A file that cannot be read now keeps the last good list; its error is not shown.
        if let Ok(fresh) = read_authorized(Catalog::english(), path) {
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
        let folder = folder_name(name).map_err(NameRefused::Unusable)?;
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
            toml::to_string(&changed).map_err(|e| NameRefused::NotSaved(StoreError::io(
                &self.bindings_path,
                std::io::Error::other(e)
            )))?
        );
        write_atomic(&self.bindings_path, text.as_bytes()).map_err(NameRefused::NotSaved)?;
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

/// The fingerprints of an authorized keys file; what is wrong with it in `t`'s words.
pub(super) fn read_authorized(t: &Catalog, path: &Path) -> anyhow::Result<Vec<String>> {
    let shown = || path.display().to_string();
    let text = std::fs::read_to_string(path)
        .with_context(|| crate::t!(t, "serve-error-keys-read", path = shown()))?;
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
                let line = (number + 1).to_string();
                crate::t!(t, "serve-error-keys-line", path = shown(), line = line)
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
    use crate::i18n::Lang;
    use crate::serve::trainer::TrainerKeys;
    use russh::keys::{Algorithm, PrivateKey};

    fn english() -> &'static Catalog {
        Catalog::english()
    }

    fn arabic() -> &'static Catalog {
        Catalog::get(Lang::parse("ar").expect("Arabic"))
    }

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
        let ids = Identities::load(english(), Some(&file), None, dir.path()).expect("loads");
        assert_eq!(ids.allowed_key(&alice), Some(fingerprint(&alice)));
        assert_eq!(ids.allowed_key(&bob), None);
        assert!(!ids.code_matches(b""), "no code, nothing matches");
        std::fs::write(&file, line(&bob)).expect("rewrite");
        assert!(ids.allowed_key(&bob).is_some(), "added without a restart");
        assert!(ids.allowed_key(&alice).is_none(), "and removed");

        std::fs::write(&file, "ssh-ed25519 not-base64\n").expect("rewrite");
        let err = Identities::load(english(), Some(&file), None, dir.path()).expect_err("bad line");
        assert!(err.to_string().contains("line 1"), "{err}");
    }

    #[test]
    fn the_keys_files_problems_are_told_in_the_server_s_language() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("authorized_keys");
        std::fs::write(&file, "# the team\nssh-ed25519 not-base64\n").expect("write");
        let err = Identities::load(arabic(), Some(&file), None, dir.path()).expect_err("bad line");
        let said = format!("{err:#}");
        assert!(
            said.contains("السطر 2: ليس مفتاحًا عامًا بصيغة OpenSSH"),
            "{said}"
        );
        assert!(!said.contains("line") && !said.contains("not an"), "{said}");
        let missing = dir.path().join("missing");
        let err = Identities::load(arabic(), Some(&missing), None, dir.path()).expect_err("none");
        assert!(err.to_string().starts_with("تعذّرت قراءة "), "{err}");
        let err = TrainerKeys::load(arabic(), Some(&missing)).expect_err("none");
        assert!(err.to_string().starts_with("تعذّرت قراءة "), "{err}");
        std::fs::write(dir.path().join(BINDINGS_FILE), "keys = 3\n").expect("write");
        let err =
            Identities::load(arabic(), None, Some("orange-kite"), dir.path()).expect_err("damaged");
        assert!(err.to_string().contains("تالف"), "{err}");
        let err = Identities::load(english(), None, Some("orange-kite"), dir.path())
            .expect_err("damaged");
        assert!(err.to_string().ends_with("keys.toml is damaged"), "{err}");
    }

    #[test]
    fn a_refused_name_is_told_in_the_learner_s_language() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ids =
            Identities::load(english(), None, Some("orange-kite"), dir.path()).expect("loads");
        let Err(unusable) = ids.check_name(&SignIn::TeamCode, "../etc") else {
            panic!("a path is no name")
        };
        let bound = NameRefused::BoundToAnotherKey;
        assert_eq!(
            bound.words(english()),
            "that name belongs to someone else: choose another"
        );
        assert_eq!(
            bound.words(arabic()),
            crate::t!(arabic(), "serve-name-taken")
        );
        assert!(!bound.words(arabic()).contains("name"));
        let said = unusable.words(arabic());
        assert!(said.contains("اسم") && !said.contains("name"), "{said}");
    }

    #[test]
    fn the_team_code_must_match_exactly() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ids =
            Identities::load(english(), None, Some("orange-kite"), dir.path()).expect("loads");
        assert!(ids.code_matches(b"orange-kite"));
        for wrong in [&b"orange-kit"[..], b"orange-kitee", b"ORANGE-KITE", b""] {
            assert!(!ids.code_matches(wrong), "{wrong:?}");
        }
    }

    #[test]
    fn a_name_bound_to_a_key_is_that_key_s_alone_and_survives_a_restart() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (alice, bob) = (key(), key());
        let ids =
            Identities::load(english(), None, Some("orange-kite"), dir.path()).expect("loads");
        assert!(ids.check_name(&by_key(&alice), "Alice").is_ok());
        ids.bind(&fingerprint(&alice), " Alice ").expect("bound");
        assert_eq!(
            ids.profile_of(&fingerprint(&alice)).as_deref(),
            Some("Alice")
        );
        for other in [by_key(&bob), SignIn::TeamCode] {
            assert!(
                matches!(
                    ids.check_name(&other, "alice"),
                    Err(NameRefused::BoundToAnotherKey)
                ),
                "{other:?}"
            );
        }
        assert!(matches!(
            ids.bind(&fingerprint(&bob), "ALICE"),
            Err(NameRefused::BoundToAnotherKey)
        ));
        assert!(ids.check_name(&by_key(&alice), "alice").is_ok());
        assert!(matches!(
            ids.check_name(&SignIn::TeamCode, "../etc"),
            Err(NameRefused::Unusable(_))
        ));

        let again = Identities::load(english(), None, None, dir.path()).expect("reloads");
        assert_eq!(
            again.profile_of(&fingerprint(&alice)).as_deref(),
            Some("Alice")
        );
        assert_eq!(again.profile_of(&fingerprint(&bob)), None);
    }
}
