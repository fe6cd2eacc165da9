//! Plain mode's standard input, read on a thread of its own so that an ending signal (TERM,
//! HUP, INT, QUIT) can end the wait for the next answer: the round then ends as it does at the
//! end of input, with its summary, every answer given so far saved.

use std::io::{self, BufRead, Read};
use std::sync::mpsc::{Receiver, channel};

use crate::signals::{self, Ending};

/// What the reading thread passes on.
enum Chunk {
    Bytes(Vec<u8>),
    Failed(io::Error),
    /// The end of input, or an ending signal.
    End,
}

/// Standard input that ends early when a signal asks the program to end.
pub struct Input {
    chunks: Receiver<Chunk>,
    buffer: Vec<u8>,
    at: usize,
    over: bool,
    ending: Ending,
}

impl Input {
    /// Starts reading standard input and watching for the ending signals.
    pub fn stdin() -> io::Result<Input> {
        let (send, chunks) = channel();
        let wake = send.clone();
        let ending = signals::watch(move || {
            let _ = wake.send(Chunk::End);
        })?;
        std::thread::Builder::new()
            .name("input".into())
            .spawn(move || {
                let mut stdin = io::stdin().lock();
                let mut buffer = vec![0; 8 * 1024];
                loop {
                    let chunk = match stdin.read(&mut buffer) {
                        Ok(0) => Chunk::End,
                        Ok(n) => Chunk::Bytes(buffer[..n].to_vec()),
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        Err(e) => Chunk::Failed(e),
                    };
                    let last = !matches!(chunk, Chunk::Bytes(_));
                    if send.send(chunk).is_err() || last {
                        return;
                    }
                }
            })?;
        Ok(Input {
            chunks,
            buffer: Vec::new(),
            at: 0,
            over: false,
            ending,
        })
    }

    /// The signal that ended input, if one did.
    pub fn ending(&self) -> &Ending {
        &self.ending
    }
}

impl BufRead for Input {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        // A signal ends input at once, even with lines still waiting to be read.
        if self.ending.requested() {
            return Ok(&[]);
        }
        if self.at == self.buffer.len() && !self.over {
            match self.chunks.recv() {
                Ok(Chunk::Bytes(bytes)) => {
                    self.buffer = bytes;
                    self.at = 0;
                }
                Ok(Chunk::Failed(e)) => return Err(e),
                Ok(Chunk::End) | Err(_) => self.over = true,
            }
        }
        if self.ending.requested() {
            return Ok(&[]);
        }
        Ok(&self.buffer[self.at..])
    }

    fn consume(&mut self, amount: usize) {
        self.at = (self.at + amount).min(self.buffer.len());
    }
}

impl Read for Input {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}
