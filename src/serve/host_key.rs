//! The server's host key: read from its file, or made on the first start (ed25519, readable by
//! the server's user only). Its fingerprint is what learners check on their first connection.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use russh::keys::ssh_key::LineEnding;
use russh::keys::{Algorithm, PrivateKey};

/// The host key in `path`, created there if the file does not exist. Returns the key and whether
/// it was just made.
pub fn load_or_create(path: &Path) -> anyhow::Result<(PrivateKey, bool)> {
    match std::fs::metadata(path) {
        Ok(_) => Ok((load(path)?, false)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok((create(path)?, true)),
        Err(e) => Err(e).with_context(|| format!("cannot read the host key {}", path.display())),
    }
}

fn load(path: &Path) -> anyhow::Result<PrivateKey> {
    refuse_if_others_can_read(path)?;
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the host key {}", path.display()))?;
    let key = PrivateKey::from_openssh(text.as_bytes())
        .with_context(|| format!("{} is not an OpenSSH private key", path.display()))?;
    if key.is_encrypted() {
        bail!(
            "the host key {} has a passphrase; the server needs one without",
            path.display()
        );
    }
    Ok(key)
}

#[cfg(unix)]
fn refuse_if_others_can_read(path: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .with_context(|| format!("cannot read the host key {}", path.display()))?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        bail!(
            "the host key {} can be read by other users (mode {:o}): run `chmod 600 {}`",
            path.display(),
            mode & 0o777,
            path.display()
        );
    }
    Ok(())
}

#[cfg(not(unix))]
fn refuse_if_others_can_read(_: &Path) -> anyhow::Result<()> {
    Ok(())
}

fn create(path: &Path) -> anyhow::Result<PrivateKey> {
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519)
        .context("cannot make a host key")?;
    let text = key
        .to_openssh(LineEnding::LF)
        .context("cannot encode the host key")?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot make the folder {}", dir.display()))?;
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
        .with_context(|| format!("cannot create the host key {}", path.display()))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write the host key {}", path.display()))?;
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
        let (made, fresh) = load_or_create(&path).expect("made");
        assert!(fresh);
        assert_eq!(made.algorithm(), Algorithm::Ed25519);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (read, fresh) = load_or_create(&path).expect("read");
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
        load_or_create(&path).expect("made");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        let err = load_or_create(&path).expect_err("too open").to_string();
        assert!(err.contains("chmod 600"), "{err}");
        std::fs::write(&path, "not a key").expect("write");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        let err = load_or_create(&path).expect_err("not a key").to_string();
        assert!(err.contains("not an OpenSSH private key"), "{err}");
    }
}
