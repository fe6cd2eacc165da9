//! How the player asked to play, from the command line: shared by the TUI and plain mode.

/// The round size, the first seed and colour, as given on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaySettings {
    pub count: usize,
    /// The seed of the first round; later rounds add one each.
    pub seed: u64,
    pub color: bool,
}
