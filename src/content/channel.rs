//! The content of each channel, and the named fields that flags and signs point at.

use serde::{Deserialize, Serialize};

use super::model::Body;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// What the reader sees.
    pub text: String,
    /// Where it really goes, revealed by inspecting.
    pub url: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    pub name: String,
    #[serde(default)]
    pub size: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Email {
    pub from_name: String,
    pub from: String,
    #[serde(default)]
    pub reply_to: String,
    pub to: String,
    #[serde(default)]
    pub date: String,
    pub subject: String,
    pub body: String,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub author: String,
    pub handle: String,
    #[serde(default)]
    pub verified: bool,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Post {
    pub platform: String,
    pub author: String,
    pub handle: String,
    #[serde(default)]
    pub verified: bool,
    #[serde(default)]
    pub sponsored: bool,
    #[serde(default)]
    pub posted: String,
    pub text: String,
    #[serde(default)]
    pub link: Option<Link>,
    /// A description of the picture, as alt text.
    #[serde(default)]
    pub image: String,
    #[serde(default)]
    pub reactions: String,
    #[serde(default)]
    pub replies: Vec<Reply>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Speaker {
    Them,
    You,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub from: Speaker,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Message {
    pub platform: String,
    pub from_name: String,
    /// The account behind the display name, revealed by inspecting.
    pub handle: String,
    #[serde(default)]
    pub verified: bool,
    pub lines: Vec<Line>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Sms {
    pub sender: String,
    #[serde(default)]
    pub received: String,
    pub text: String,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ConsentKind {
    CookieBanner,
    SignupForm,
    AppAuthorisation,
    Preferences,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Checkbox {
    pub label: String,
    #[serde(default)]
    pub checked: bool,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Weight {
    /// A big filled button.
    #[default]
    Primary,
    /// An outlined button of normal size.
    Secondary,
    /// Faint text that is easy to miss.
    Link,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Button {
    pub label: String,
    #[serde(default)]
    pub weight: Weight,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub kind: ConsentKind,
    /// The site or service showing the screen.
    pub site: String,
    pub heading: String,
    pub text: String,
    #[serde(default)]
    pub checkboxes: Vec<Checkbox>,
    #[serde(default)]
    pub buttons: Vec<Button>,
    /// App authorisation only: the app asking for access.
    #[serde(default)]
    pub app: String,
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub publisher_verified: bool,
    #[serde(default)]
    pub scopes: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Permission {
    pub app: String,
    /// What is asked for: "Microphone", "Contacts", ...
    pub permission: String,
    /// What the player was doing when the prompt appeared.
    pub context: String,
    pub text: String,
    #[serde(default)]
    pub buttons: Vec<Button>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct FormField {
    pub label: String,
    #[serde(default)]
    pub value: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Web {
    /// The address bar.
    pub url: String,
    /// How the player arrived here.
    #[serde(default)]
    pub context: String,
    pub title: String,
    pub text: String,
    #[serde(default)]
    pub fields: Vec<FormField>,
    #[serde(default)]
    pub buttons: Vec<Button>,
}

/// One named field of a scenario: what `at` points to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'a> {
    /// The name used by `at`: `from`, `link.2`, `reply.1.text`, ...
    pub path: String,
    pub text: &'a str,
    /// Shown only once the player inspects (as hovering or tapping would show it).
    pub hidden: bool,
}

fn field(path: impl Into<String>, text: &str, hidden: bool) -> Field<'_> {
    Field {
        path: path.into(),
        text,
        hidden,
    }
}

fn numbered<'a, T>(
    out: &mut Vec<Field<'a>>,
    prefix: &str,
    items: &'a [T],
    parts: impl Fn(&'a T) -> Vec<(&'static str, &'a str, bool)>,
) {
    for (i, item) in items.iter().enumerate() {
        for (suffix, text, hidden) in parts(item) {
            let path = if suffix.is_empty() {
                format!("{prefix}.{}", i + 1)
            } else {
                format!("{prefix}.{}.{suffix}", i + 1)
            };
            out.push(field(path, text, hidden));
        }
    }
}

fn links<'a>(out: &mut Vec<Field<'a>>, links: &'a [Link]) {
    numbered(out, "link", links, |l| {
        vec![("", l.url.as_str(), true), ("text", l.text.as_str(), false)]
    });
}

fn attachments<'a>(out: &mut Vec<Field<'a>>, items: &'a [Attachment]) {
    numbered(out, "attachment", items, |a| {
        vec![("", a.name.as_str(), false)]
    });
}

fn buttons<'a>(out: &mut Vec<Field<'a>>, items: &'a [Button]) {
    numbered(out, "button", items, |b| {
        vec![("", b.label.as_str(), false)]
    });
}

fn non_empty<'a>(out: &mut Vec<Field<'a>>, path: &str, text: &'a str, hidden: bool) {
    if !text.is_empty() {
        out.push(field(path, text, hidden));
    }
}

impl Body<'_> {
    /// Every field in reading order. Empty optional fields are left out, so `at` cannot name them.
    pub fn fields(&self) -> Vec<Field<'_>> {
        let mut out = Vec::new();
        match *self {
            Body::Email(e) => {
                out.push(field("from_name", &e.from_name, false));
                out.push(field("from", &e.from, true));
                non_empty(&mut out, "reply_to", &e.reply_to, true);
                out.push(field("to", &e.to, false));
                non_empty(&mut out, "date", &e.date, false);
                out.push(field("subject", &e.subject, false));
                out.push(field("body", &e.body, false));
                links(&mut out, &e.links);
                attachments(&mut out, &e.attachments);
            }
            Body::Post(p) => {
                out.push(field("platform", &p.platform, false));
                out.push(field("author", &p.author, false));
                out.push(field("handle", &p.handle, false));
                non_empty(&mut out, "posted", &p.posted, false);
                out.push(field("text", &p.text, false));
                if let Some(link) = &p.link {
                    out.push(field("link", &link.url, true));
                    out.push(field("link.text", &link.text, false));
                }
                non_empty(&mut out, "image", &p.image, false);
                non_empty(&mut out, "reactions", &p.reactions, false);
                numbered(&mut out, "reply", &p.replies, |r| {
                    vec![
                        ("author", r.author.as_str(), false),
                        ("handle", r.handle.as_str(), false),
                        ("text", r.text.as_str(), false),
                    ]
                });
            }
            Body::Message(m) => {
                out.push(field("platform", &m.platform, false));
                out.push(field("from_name", &m.from_name, false));
                out.push(field("handle", &m.handle, true));
                numbered(&mut out, "line", &m.lines, |l| {
                    vec![("", l.text.as_str(), false)]
                });
                links(&mut out, &m.links);
                attachments(&mut out, &m.attachments);
            }
            Body::Sms(s) => {
                out.push(field("sender", &s.sender, false));
                non_empty(&mut out, "received", &s.received, false);
                out.push(field("text", &s.text, false));
            }
            Body::Consent(c) => {
                out.push(field("site", &c.site, false));
                out.push(field("heading", &c.heading, false));
                out.push(field("text", &c.text, false));
                numbered(&mut out, "checkbox", &c.checkboxes, |b| {
                    vec![("", b.label.as_str(), false)]
                });
                buttons(&mut out, &c.buttons);
                non_empty(&mut out, "app", &c.app, false);
                non_empty(&mut out, "publisher", &c.publisher, true);
                numbered(&mut out, "scope", &c.scopes, |s| {
                    vec![("", s.as_str(), false)]
                });
            }
            Body::Permission(p) => {
                out.push(field("app", &p.app, false));
                out.push(field("permission", &p.permission, false));
                out.push(field("context", &p.context, false));
                out.push(field("text", &p.text, false));
                buttons(&mut out, &p.buttons);
            }
            Body::Web(w) => {
                out.push(field("url", &w.url, false));
                non_empty(&mut out, "context", &w.context, false);
                out.push(field("title", &w.title, false));
                out.push(field("text", &w.text, false));
                numbered(&mut out, "field", &w.fields, |f| {
                    vec![
                        ("", f.label.as_str(), false),
                        ("value", f.value.as_str(), false),
                    ]
                });
                buttons(&mut out, &w.buttons);
            }
        }
        out
    }

    /// The text of the field `at` names.
    pub fn field(&self, at: &str) -> Option<&str> {
        self.fields()
            .into_iter()
            .find(|f| f.path == at)
            .map(|f| f.text)
    }
}

/// A human label for a field path: `link.2` → `Link 2 goes to`, `reply.1.text` → `Reply 1 text`.
pub fn label(path: &str) -> String {
    let mut parts = path.split('.');
    let head = parts.next().unwrap_or_default();
    let number = parts.next();
    let tail = parts.next();
    let name = match head {
        "from_name" => "From",
        "from" => "From address",
        "reply_to" => "Reply-To",
        "to" => "To",
        "date" => "Date",
        "subject" => "Subject",
        "body" => "Body",
        "link" if number == Some("text") || tail == Some("text") => "Link",
        "link" => "Link goes to",
        "attachment" => "Attachment",
        "platform" => "Platform",
        "author" => "Author",
        "handle" => "Account",
        "posted" => "Posted",
        "text" => "Text",
        "image" => "Image",
        "reactions" => "Reactions",
        "reply" => "Reply",
        "line" => "Message",
        "sender" => "Sender",
        "received" => "Received",
        "site" => "Site",
        "heading" => "Heading",
        "checkbox" => "Checkbox",
        "button" => "Button",
        "app" => "App",
        "publisher" => "Publisher",
        "scope" => "Wants to",
        "permission" => "Asks for",
        "context" => "What you were doing",
        "url" => "Address",
        "title" => "Title",
        "field" => "Form field",
        other => other,
    };
    let mut out = name.to_string();
    if let Some(n) = number.filter(|n| n.chars().all(|c| c.is_ascii_digit())) {
        out = match name {
            "Link goes to" => format!("Link {n} goes to"),
            _ => format!("{name} {n}"),
        };
    }
    if let Some(t) = tail.filter(|t| *t != "text" || head != "link") {
        out.push(' ');
        out.push_str(t);
    }
    out
}
