//! The signals that ask a program to end (TERM, HUP, INT, QUIT) end redflag the way `q` does:
//! the front end stops at its next step, the terminal is restored and what was answered is on
//! disk. A handler only records the signal; the front end does the rest on its own thread,
//! between saves, woken by a watching thread if it is waiting for input. Once that thread runs,
//! a second signal ends the process at once, in case ending cleanly is stuck.

use std::io;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The signals that end redflag cleanly.
#[cfg(unix)]
pub const ENDING: [i32; 4] = {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
};

/// Which ending signal has come, if any; cloned between the handlers and the front end.
#[derive(Debug, Clone, Default)]
pub struct Ending(Arc<AtomicUsize>);

impl Ending {
    /// The signal that asked redflag to end, once one has.
    pub fn signal(&self) -> Option<i32> {
        match self.0.load(Ordering::SeqCst) {
            0 => None,
            signal => i32::try_from(signal).ok(),
        }
    }

    pub fn requested(&self) -> bool {
        self.signal().is_some()
    }

    /// How the process ends: success, or 128 plus the signal's number after a signal, as a
    /// shell reports a program a signal stopped.
    pub fn exit_code(&self) -> ExitCode {
        self.signal()
            .and_then(|s| u8::try_from(128 + s).ok())
            .map_or(ExitCode::SUCCESS, ExitCode::from)
    }

    /// Calls `wake` from a watching thread when an ending signal comes from now on, so that a
    /// front end waiting for input looks at [`Ending::requested`]; a further signal ends the
    /// process at once, with 128 plus its number, in case ending cleanly is stuck. Separate
    /// from [`record`] because it costs a thread: the game starts it after its first frame.
    #[cfg(unix)]
    pub fn wake_with(&self, wake: impl Fn() + Send + 'static) -> io::Result<()> {
        // A signal recorded before the watch began was the first: the next one is a second.
        let mut woken = self.requested();
        let mut signals = signal_hook::iterator::Signals::new(ENDING)?;
        std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                for signal in signals.forever() {
                    if woken {
                        std::process::exit(128 + signal);
                    }
                    woken = true;
                    wake();
                }
            })?;
        Ok(())
    }

    /// Elsewhere the console ends the process itself; nothing is watched.
    #[cfg(not(unix))]
    pub fn wake_with(&self, _wake: impl Fn() + Send + 'static) -> io::Result<()> {
        Ok(())
    }
}

/// From now on the ending signals are recorded instead of ending the process, and a second
/// one ends it at once with 128 plus its number. Cheap: only the handlers are set.
#[cfg(unix)]
pub fn record() -> io::Result<Ending> {
    use signal_hook::flag::{register, register_conditional_shutdown, register_usize};
    use std::sync::atomic::AtomicBool;

    let ending = Ending::default();
    let once = Arc::new(AtomicBool::new(false));
    for signal in ENDING {
        // In this order: the shutdown looks before the first signal is noted.
        register_conditional_shutdown(signal, 128 + signal, Arc::clone(&once))?;
        register(signal, Arc::clone(&once))?;
        register_usize(
            signal,
            Arc::clone(&ending.0),
            signal.unsigned_abs() as usize,
        )?;
    }
    Ok(ending)
}

#[cfg(not(unix))]
pub fn record() -> io::Result<Ending> {
    Ok(Ending::default())
}

/// [`record`] and [`Ending::wake_with`] at once.
pub fn watch(wake: impl Fn() + Send + 'static) -> io::Result<Ending> {
    let ending = record()?;
    ending.wake_with(wake)?;
    Ok(ending)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signal_gives_the_exit_code_a_shell_expects() {
        let ending = Ending::default();
        assert_eq!(ending.signal(), None);
        assert_eq!(ending.exit_code(), ExitCode::SUCCESS);
        ending.0.store(15, Ordering::SeqCst);
        assert_eq!(ending.signal(), Some(15));
        assert_eq!(ending.exit_code(), ExitCode::from(143));
    }
}
