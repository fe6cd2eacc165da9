//! The closed vocabularies of the format: channels, verdicts, themes, cues, signs, difficulty.

use serde::{Deserialize, Serialize};

/// Declares a kebab-case enum with its list of variants and their TOML names.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in TOML files and reports.
            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Looks a value up by its TOML name.
            pub fn from_name(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.name() == text)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

vocabulary!(
    /// Where a scenario reaches the player.
    Channel {
        Email = "email",
        Post = "post",
        Message = "message",
        Sms = "sms",
        Consent = "consent",
        Permission = "permission",
        Web = "web",
        Call = "call",
        Notification = "notification",
    }
);

vocabulary!(
    /// The right answer.
    Verdict { Dangerous = "dangerous", Safe = "safe" }
);

vocabulary!(
    /// The founding document's five themes.
    Theme {
        EmailThreats = "email-threats",
        CustomerData = "customer-data",
        SocialMedia = "social-media",
        ConsentPrivacy = "consent-privacy",
        Myths = "myths",
    }
);

vocabulary!(
    /// Red flags, each a kind of evidence that a message is dangerous.
    Cue {
        Urgency = "urgency",
        Impersonation = "impersonation",
        SenderMismatch = "sender-mismatch",
        LookalikeDomain = "lookalike-domain",
        CredentialRequest = "credential-request",
        PaymentChange = "payment-change",
        RiskyAttachment = "risky-attachment",
        WrongChannel = "wrong-channel",
        Lure = "lure",
        ExcessiveScope = "excessive-scope",
        HiddenLink = "hidden-link",
        Secrecy = "secrecy",
        DataRequest = "data-request",
        Inconsistency = "inconsistency",
        DeceptiveDesign = "deceptive-design",
        OutOfContextPermission = "out-of-context-permission",
    }
);

vocabulary!(
    /// Reasons for trust, each a kind of evidence that a message is safe.
    Sign {
        Expected = "expected",
        OfficialChannel = "official-channel",
        NoLinkNeeded = "no-link-needed",
        NoSecrets = "no-secrets",
        MinimalScope = "minimal-scope",
        EqualChoice = "equal-choice",
        VerifiedContact = "verified-contact",
    }
);

vocabulary!(
    /// Detection difficulty, after the NIST Phish Scale's three levels.
    Difficulty { Easy = "easy", Medium = "medium", Hard = "hard" }
);

impl Verdict {
    pub fn other(self) -> Self {
        match self {
            Verdict::Dangerous => Verdict::Safe,
            Verdict::Safe => Verdict::Dangerous,
        }
    }
}

impl Difficulty {
    /// The Phish Scale's own words for the level.
    pub fn phish_scale_label(self) -> &'static str {
        match self {
            Difficulty::Easy => "least difficult",
            Difficulty::Medium => "moderately difficult",
            Difficulty::Hard => "very difficult",
        }
    }
}

impl Theme {
    /// The English name `stats --format json` gives a theme: a value scripts read, the same in
    /// every language (players read `strings::theme_label`).
    pub fn label(self) -> &'static str {
        match self {
            Theme::EmailThreats => "Email threats",
            Theme::CustomerData => "Customer data",
            Theme::SocialMedia => "Social media",
            Theme::ConsentPrivacy => "Consent and privacy",
            Theme::Myths => "Myths",
        }
    }
}

impl Channel {
    /// The English name `stats --format json` gives a channel: a value scripts read, the same
    /// in every language (players read `strings::channel_label`).
    pub fn label(self) -> &'static str {
        match self {
            Channel::Email => "Email",
            Channel::Post => "Social post",
            Channel::Message => "Direct message",
            Channel::Sms => "Text message",
            Channel::Consent => "Consent screen",
            Channel::Permission => "Permission prompt",
            Channel::Web => "Web page",
            Channel::Call => "Call",
            Channel::Notification => "Notification",
        }
    }
}

/// The five NIST Phish Scale cue types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueType {
    Error,
    TechnicalIndicator,
    VisualPresentation,
    LanguageAndContent,
    CommonTactic,
}

impl Cue {
    pub fn meaning(self) -> &'static str {
        match self {
            Cue::Urgency => "a deadline or loss threat meant to stop you checking",
            Cue::Impersonation => {
                "claims to be a platform, legal team, executive, vendor or support desk"
            }
            Cue::SenderMismatch => {
                "free-mail or unrelated domain, brand only in a subdomain, Reply-To differs from From"
            }
            Cue::LookalikeDomain => {
                "one character off, an extra word or hyphen, another suffix, or letters from another alphabet (xn--)"
            }
            Cue::CredentialRequest => {
                "asks for a password, one-time code, recovery code, or to log in to verify"
            }
            Cue::PaymentChange => "new bank details, gift cards, crypto, a fee to recover or renew",
            Cue::RiskyAttachment => {
                "archive, double extension, macros to enable, HTML attachment, an installer for a brief"
            }
            Cue::WrongChannel => {
                "account or policy matters raised by chat, text or private video instead of the official notice area"
            }
            Cue::Lure => "badge, sponsorship, big contract, dream job, free tool, prize",
            Cue::ExcessiveScope => {
                "an app or permission wants more than the task needs, or the publisher is unverified"
            }
            Cue::HiddenLink => "a QR code or shortened link hides where it goes",
            Cue::Secrecy => "\"don't call\", \"skip approval\", \"keep this between us\"",
            Cue::DataRequest => {
                "customer lists, exports or personal data to an unverified party or a personal address"
            }
            Cue::Inconsistency => "generic greeting, odd tone, mismatched names or numbers, errors",
            Cue::DeceptiveDesign => {
                "pre-ticked boxes, bundled consent, confirmshaming, hidden or harder reject, cookie wall"
            }
            Cue::OutOfContextPermission => {
                "microphone, contacts or location asked at launch or for an unrelated feature"
            }
        }
    }

    /// Which Phish Scale cue type the cue counts under.
    pub fn cue_type(self) -> CueType {
        match self {
            Cue::Inconsistency => CueType::Error,
            Cue::SenderMismatch
            | Cue::LookalikeDomain
            | Cue::RiskyAttachment
            | Cue::HiddenLink
            | Cue::ExcessiveScope
            | Cue::OutOfContextPermission => CueType::TechnicalIndicator,
            Cue::DeceptiveDesign | Cue::Impersonation => CueType::VisualPresentation,
            Cue::Urgency | Cue::CredentialRequest | Cue::DataRequest | Cue::Secrecy => {
                CueType::LanguageAndContent
            }
            Cue::PaymentChange | Cue::WrongChannel | Cue::Lure => CueType::CommonTactic,
        }
    }
}

impl Sign {
    pub fn meaning(self) -> &'static str {
        match self {
            Sign::Expected => "you triggered it yourself (a login, reset or invite you made)",
            Sign::OfficialChannel => {
                "it can be confirmed on its own, e.g. in the platform's notification centre"
            }
            Sign::NoLinkNeeded => "it tells you to open the app or site yourself",
            Sign::NoSecrets => "it never asks for a password, code or card",
            Sign::MinimalScope => "it asks only for what the task needs; access can be revoked",
            Sign::EqualChoice => {
                "refusing is as easy as accepting; boxes start unticked; withdrawing is easy"
            }
            Sign::VerifiedContact => "confirmed through a separate channel you already had",
        }
    }
}
