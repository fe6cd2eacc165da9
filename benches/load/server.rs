//! The server under load: the real `redflag-serve` binary in its own process (so that its
//! resident memory is the server's alone), on an ephemeral loopback port, with a temporary data
//! folder, host key and settings file; its memory and CPU time read from /proc.

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

pub const TEAM_CODE: &str = "orange-kite-42";

/// How long the server may take to say where it listens, and to stop.
const PATIENCE: Duration = Duration::from_secs(30);

pub struct ServerProcess {
    child: Child,
    pub address: SocketAddr,
    pub data: PathBuf,
    output: Receiver<String>,
    seen: Vec<String>,
}

impl ServerProcess {
    /// Starts `binary` in `dir` with rounds of `count` from `seed`, and limits that let
    /// `sessions` connections in from one address.
    pub fn spawn(binary: &Path, dir: &Path, sessions: usize, count: usize, seed: u64) -> Self {
        let data = dir.join("data");
        let config = dir.join("serve.toml");
        // Every session comes from 127.0.0.1: the per-address limit must let them all in.
        let room = sessions + 8;
        std::fs::write(
            &config,
            format!(
                "count = {count}\nseed = {seed}\n[limits]\nmax_sessions = {room}\n\
                 max_sessions_per_address = {room}\nlogin_grace_secs = 600\n"
            ),
        )
        .expect("serve.toml");
        let mut child = Command::new(binary)
            .args(["--listen", "127.0.0.1:0", "--data-dir"])
            .arg(&data)
            .arg("--host-key")
            .arg(dir.join("host_key"))
            .arg("--config")
            .arg(&config)
            .env("REDFLAG_TEAM_CODE", TEAM_CODE)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
        let (lines, output) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().expect("stdout");
        let stderr = child.stderr.take().expect("stderr");
        for stream in [Box::new(stdout) as Box<dyn Read + Send>, Box::new(stderr)] {
            let lines = lines.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    if lines.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        let mut seen = Vec::new();
        let address = loop {
            let line = output
                .recv_timeout(PATIENCE)
                .unwrap_or_else(|_| panic!("the server never said where it listens: {seen:?}"));
            seen.push(line.clone());
            if let Some(rest) = line.split("listening on ").nth(1) {
                let address = rest.split_whitespace().next().expect("an address");
                break address.parse().expect("a socket address");
            }
        };
        ServerProcess {
            child,
            address,
            data,
            output,
            seen,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Asks the server to stop (SIGTERM) and waits: its exit code and everything it printed.
    pub fn stop(mut self) -> (Option<i32>, Vec<String>) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let deadline = Instant::now() + PATIENCE;
        let status = loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                break status.code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                break None;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        while let Ok(line) = self.output.recv_timeout(Duration::from_millis(200)) {
            self.seen.push(line);
        }
        (status, std::mem::take(&mut self.seen))
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A process's resident memory in KiB (VmRSS), if it can be read.
pub fn rss_kib(pid: u32) -> Option<u64> {
    status_field(pid, "VmRSS:")
}

/// A process's threads.
pub fn threads(pid: u32) -> Option<u64> {
    status_field(pid, "Threads:")
}

fn status_field(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

/// A process's CPU time so far (user and system), from /proc/PID/stat in clock ticks of 1/100 s
/// (the value on every Linux this runs on).
pub fn cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may hold spaces: the fields are counted after its closing parenthesis.
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    Some(Duration::from_millis((ticks(11)? + ticks(12)?) * 10))
}

/// The median of a few readings of the resident memory over `span`: one reading can land on a
/// moment when a thread's allocation is in flight.
pub fn settled_rss_kib(pid: u32, span: Duration) -> u64 {
    let mut readings: Vec<u64> = (0..5)
        .filter_map(|_| {
            std::thread::sleep(span / 5);
            rss_kib(pid)
        })
        .collect();
    readings.sort_unstable();
    readings.get(readings.len() / 2).copied().unwrap_or(0)
}

/// The machine's load average over 1, 5 and 15 minutes, as the kernel writes it.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}
