//! Touching the files of the data folder safely. Only regular files are read: a FIFO in place of
//! a save would make redflag wait for ever, a device could feed it without end. A save's
//! temporary file is always created fresh under a name of its own, so a link planted where it
//! goes is never followed; and a damaged file kept aside never takes the place of another.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Utc};

use super::error::{FileKind, StoreError, io};

/// Names tried before giving up on a fresh temporary or kept-aside name (each attempt finds the
/// name taken; only a folder full of planted names gets that far).
const TRIES: u32 = 1000;

/// Numbers this process's temporary files, so that two saves never pick the same name.
static NEXT_TEMP: AtomicU64 = AtomicU64::new(0);

/// What is at `meta`, unless it is a regular file.
fn not_regular(meta: &Metadata) -> Option<FileKind> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some(FileKind::Directory);
    }
    if kind.is_symlink() {
        return Some(FileKind::Link);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some(FileKind::Fifo);
        }
        if kind.is_socket() {
            return Some(FileKind::Socket);
        }
        if kind.is_block_device() {
            return Some(FileKind::BlockDevice);
        }
        if kind.is_char_device() {
            return Some(FileKind::CharDevice);
        }
    }
    Some(FileKind::Other)
}

fn refuse_unless_regular(path: &Path, meta: &Metadata) -> Result<(), StoreError> {
    match not_regular(meta) {
        None => Ok(()),
        Some(kind) => Err(StoreError::NotAFile {
            path: path.to_path_buf(),
            kind,
        }),
    }
}

/// Opens a file of the data folder for reading, or None when there is none. A link is followed
/// to a regular file only; anything else is refused before it is opened.
pub fn open_regular(path: &Path) -> Result<Option<File>, StoreError> {
    let missing = |e: &std::io::Error| e.kind() == std::io::ErrorKind::NotFound;
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => match fs::metadata(path) {
            Ok(target) => target,
            // A link to nothing is no file.
            Err(e) if missing(&e) => return Ok(None),
            Err(e) => return Err(StoreError::io(path, e)),
        },
        Ok(meta) => meta,
        Err(e) if missing(&e) => return Ok(None),
        Err(e) => return Err(StoreError::io(path, e)),
    };
    refuse_unless_regular(path, &meta)?;
    let mut options = OpenOptions::new();
    options.read(true);
    // Should a FIFO be swapped in after the look above, opening it does not wait for a writer,
    // and the look below refuses it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = match options.open(path) {
        Ok(file) => file,
        Err(e) if missing(&e) => return Ok(None),
        Err(e) => return Err(StoreError::io(path, e)),
    };
    refuse_unless_regular(path, &file.metadata().map_err(io(path))?)?;
    Ok(Some(file))
}

/// The bytes of a file of the data folder, or None when there is none (see [`open_regular`]).
pub fn read_regular(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    let Some(mut file) = open_regular(path)? else {
        return Ok(None);
    };
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(io(path))?;
    Ok(Some(bytes))
}

/// Opens (creating if needed) the lock file, never through a link and never a FIFO or device.
pub fn open_lock(path: &Path) -> Result<File, StoreError> {
    if let Ok(meta) = fs::symlink_metadata(path) {
        refuse_unless_regular(path, &meta)?;
    }
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(io(path))?;
    refuse_unless_regular(path, &file.metadata().map_err(io(path))?)?;
    Ok(file)
}

/// Creates a new, empty file beside `path` for a save to write first, named
/// `<name>.<process>-<n>.tmp`. Exclusive creation fails on any name already taken, a link
/// included (it is not followed), and the next name is tried.
pub fn create_temp(path: &Path) -> Result<(File, PathBuf), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = file_name(path);
    let mut last = std::io::Error::from(std::io::ErrorKind::AlreadyExists);
    for _ in 0..TRIES {
        let n = NEXT_TEMP.fetch_add(1, Ordering::Relaxed);
        let temp = dir.join(format!("{name}.{}-{n}.tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((file, temp)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(StoreError::io(&temp, e)),
        }
    }
    Err(StoreError::io(path, last))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Whether `file` is a temporary file of `name`: `<name>.<process>-<n>.tmp`, or `<name>.tmp` as
/// earlier redflags named it.
fn is_temp_of(name: &str, file: &str) -> bool {
    let Some(rest) = file
        .strip_prefix(name)
        .and_then(|r| r.strip_prefix('.'))
        .and_then(|r| r.strip_suffix("tmp"))
    else {
        return false;
    };
    if rest.is_empty() {
        return true;
    }
    let Some((process, n)) = rest.strip_suffix('.').and_then(|r| r.split_once('-')) else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(process) && digits(n)
}

/// The temporary files left beside `path` by saves that did not finish.
pub fn temps_of(path: &Path) -> Vec<PathBuf> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = file_name(path);
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| is_temp_of(&name, &e.file_name().to_string_lossy()))
        .map(|e| e.path())
        .collect()
}

/// Orders files newest first by when they were last written; files that cannot tell go last,
/// and files written at the same moment keep their order.
pub fn newest_first(paths: &mut [PathBuf]) {
    paths.sort_by_cached_key(|p| {
        std::cmp::Reverse(fs::symlink_metadata(p).and_then(|m| m.modified()).ok())
    });
}

/// Removes what saves that did not finish left beside `path`. Removing a link or a FIFO never
/// touches what it points to, and a folder in the way is left alone.
pub fn remove_temps(path: &Path) {
    for temp in temps_of(path) {
        let _ = fs::remove_file(temp);
    }
}

/// Moves a damaged file aside as `<stem>.damaged-<time>.<extension>` (`-2`, `-3`… when taken),
/// never over another file: two damages in the same second both stay.
pub fn keep_aside(
    path: &Path,
    stem: &str,
    extension: &str,
    now: DateTime<Utc>,
) -> Result<PathBuf, StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let stamp = now.format("%Y%m%dT%H%M%S");
    for n in 1..=TRIES {
        let kept = if n == 1 {
            dir.join(format!("{stem}.damaged-{stamp}.{extension}"))
        } else {
            dir.join(format!("{stem}.damaged-{stamp}-{n}.{extension}"))
        };
        // A hard link takes a new name only if it is free, in one step; a file system without
        // them gets a look first (the profile's lock keeps other redflags out meanwhile).
        match fs::hard_link(path, &kept) {
            Ok(()) => {
                fs::remove_file(path).map_err(io(path))?;
                return Ok(kept);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(_) if fs::symlink_metadata(&kept).is_ok() => continue,
            Err(_) => {
                fs::rename(path, &kept).map_err(io(&kept))?;
                return Ok(kept);
            }
        }
    }
    Err(StoreError::io(
        path,
        std::io::Error::from(std::io::ErrorKind::AlreadyExists),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names_are_told_from_other_files() {
        for temp in [
            "profile.json.tmp",
            "profile.json.123-0.tmp",
            "profile.json.9-12345.tmp",
        ] {
            assert!(is_temp_of("profile.json", temp), "{temp}");
        }
        for other in [
            "profile.json",
            "profile.json.bak",
            "profile.json.x-1.tmp",
            "profile.json.1-.tmp",
            "profile.json.1.tmp",
            "profile.jsontmp",
            "profile.toml.tmp",
            "profile.json.1-2.tmp.bak",
        ] {
            assert!(!is_temp_of("profile.json", other), "{other}");
        }
    }

    #[test]
    fn a_temporary_file_never_takes_a_name_already_there() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("profile.json");
        let (_, first) = create_temp(&path).expect("first");
        let (_, second) = create_temp(&path).expect("second");
        assert_ne!(first, second);
        assert_eq!(temps_of(&path).len(), 2);
        remove_temps(&path);
        assert!(temps_of(&path).is_empty());
    }
}
