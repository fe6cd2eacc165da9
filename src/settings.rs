//! How the player asked to play, from the command line: shared by the TUI and plain mode.

/// The round size, the first seed and colour, as given on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaySettings {
    pub count: usize,
    /// The seed of the first round; later rounds add one each.
    pub seed: u64,
    pub color: bool,
    /// The interface's language (the packs are chosen for it too).
    pub lang: crate::i18n::Lang,
}

/// Who puts right-to-left lines in reading order on screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Bidi {
    /// redflag orders them, for terminals that draw cells as sent (most terminals).
    #[default]
    App,
    /// The terminal orders them: lines are sent in reading order, never reversed twice.
    Terminal,
}

impl Bidi {
    /// The name used on the command line and in `settings.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Bidi::App => "app",
            Bidi::Terminal => "terminal",
        }
    }

    pub fn from_name(name: &str) -> Option<Bidi> {
        [Bidi::App, Bidi::Terminal]
            .into_iter()
            .find(|b| b.name() == name)
    }
}

/// How pack and interface text is drawn in the TUI (plain mode keeps logical order).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Display {
    pub bidi: Bidi,
    /// Arabic letters drawn in their joined presentation forms.
    pub shape: bool,
}
