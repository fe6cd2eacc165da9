//! The server's host key: read from its file, or made on the first start (ed25519, readable by
//! the server's user only). Its fingerprint is what learners check on their first connection.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use russh::keys::ssh_key::LineEnding;
use russh::keys::{Algorithm, PrivateKey};

use crate::i18n::Catalog;

/// The host key in `path`, created there if the file does not exist. Returns the key and whether
/// it was just made; a problem is told in `t`'s words.
pub fn load_or_create(t: &Catalog, path: &Path) -> anyhow::Result<(PrivateKey, bool)> {
    let shown = path.display().to_string();
    let said = |id: &str| t.t(id, &[("path", shown.as_str().into())]);
    match std::fs::metadata(path) {
        Ok(_) => Ok((load(t, path, said)?, false)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok((create(t, path, said)?, true)),
        Err(e) => Err(e).with_context(|| said("serve-error-host-key-read")),
    }
}

fn load(t: &Catalog, path: &Path, said: impl Fn(&str) -> String) -> anyhow::Result<PrivateKey> {
    refuse_if_others_can_read(t, path)?;
    let text = std::fs::read_to_string(path).with_context(|| said("serve-error-host-key-read"))?;
    let key = PrivateKey::from_openssh(text.as_bytes())
        .with_context(|| said("serve-error-host-key-format"))?;
    if key.is_encrypted() {
        bail!("{}", said("serve-error-host-key-passphrase"));
    }
    Ok(key)
}

#[cfg(unix)]
fn refuse_if_others_can_read(t: &Catalog, path: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let shown = path.display().to_string();
    let mode = std::fs::metadata(path)
        .with_context(|| crate::t!(t, "serve-error-host-key-read", path = shown.as_str()))?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        let mode = format!("{:o}", mode & 0o777);
        bail!(
            "{}",
            crate::t!(
                t,
                "serve-error-host-key-readable",
                path = shown,
                mode = mode
            )
        );
    }
    Ok(())
}

#[cfg(not(unix))]
fn refuse_if_others_can_read(_: &Catalog, _: &Path) -> anyhow::Result<()> {
    Ok(())
}

fn create(t: &Catalog, path: &Path, said: impl Fn(&str) -> String) -> anyhow::Result<PrivateKey> {
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519)
        .with_context(|| said("serve-error-host-key-make"))?;
    let text = key
        .to_openssh(LineEnding::LF)
        .with_context(|| said("serve-error-host-key-encode"))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| {
            let folder = dir.display().to_string();
            crate::t!(t, "serve-error-host-key-folder", path = folder)
        })?;
    }
    let mut options = OpenOptions::new();
    // Never overwrite: a key made by another start at the same moment wins.
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| said("serve-error-host-key-create"))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| said("serve-error-host-key-write"))?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use russh::keys::HashAlg;

    #[test]
    fn a_missing_key_is_made_private_and_then_read_back_the_same() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("keys/host_key");
        let (made, fresh) = load_or_create(Catalog::english(), &path).expect("made");
        assert!(fresh);
        assert_eq!(made.algorithm(), Algorithm::Ed25519);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (read, fresh) = load_or_create(Catalog::english(), &path).expect("read");
        assert!(!fresh);
        assert_eq!(
            read.fingerprint(HashAlg::Sha256),
            made.fingerprint(HashAlg::Sha256)
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_key_others_can_read_or_that_is_not_a_key_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("host_key");
        load_or_create(Catalog::english(), &path).expect("made");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        let err = load_or_create(Catalog::english(), &path)
            .expect_err("too open")
            .to_string();
        assert!(err.contains("chmod 600"), "{err}");
        std::fs::write(&path, "not a key").expect("write");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        let err = load_or_create(Catalog::english(), &path)
            .expect_err("not a key")
            .to_string();
        assert!(err.contains("not an OpenSSH private key"), "{err}");
    }
}
