# The English catalog: every other catalog has the same message ids (a test checks it).
# Placeables are not wrapped in direction isolates: redflag's own bidi layer orders each line.

## The language itself: its name in its own words, and which way its text runs (ltr or rtl).

language-name = English
language-direction = ltr

## Choosing the language (--lang).

# A language as listed: its own name, then its tag.
lang-listed = { $name } ({ $tag })
lang-unknown = redflag has no catalog for "{ $tag }"; the languages are: { $known }.

## Counting: the pattern for every count (Arabic has six plural forms, English two).

scenario-count = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}


## ---- strings ----
## The words for what the core returns (src/strings): notices, saves, achievements, ranks, statistics, evidence labels, round results.

# Counts shown with their noun.
count-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
count-points = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
count-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
count-reviews = { $count ->
    [one] { $count } review
   *[other] { $count } reviews
}
count-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}

# Notices shown once when a profile opens.
notice-unsaved = Playing without saving: nothing from this session will be kept.
# $reason: the parser's own words (English); $kept: a file path.
notice-settings-kept-aside = Your settings file was damaged ({ $reason }). It was kept aside as { $kept } and a new one remembers who played last.
# $kind: what stands there instead (file-kind-*).
notice-settings-not-a-file = The settings file { $path } is { $kind }, not a regular file: it was left alone, and who played last is not remembered.
recovery-interrupted = The last save was interrupted; your progress was restored from { $from }.
recovery-damaged = Your save file was damaged ({ $reason }). It was kept aside as { $kept } and your last good progress was restored.
recovery-lost-damaged = Your save file was damaged ({ $reason }), and so was its backup.
recovery-lost-missing = Your save file was missing, and no copy of it was good.
# Said after recovery-lost-*, when damaged files were kept: $files is one path, or two joined by files-two.
recovery-kept-aside = The damaged files were kept aside as { $files }.
files-two = { $first } and { $second }
# $lost: recovery-lost-*; $aside: recovery-kept-aside after a space, or nothing.
recovery-rebuilt = { $lost }{ $aside } Your progress was rebuilt from the { $rounds ->
    [one] { $rounds } finished round
   *[other] { $rounds } finished rounds
} in your history; a round left unfinished is lost.

# What a command that only reads a profile read instead of a file it could not use.
fallback-interrupted = The last save was interrupted: these figures come from { $from }, which the next game restores.
fallback-damaged = { $path } is damaged ({ $reason }): these figures come from the last good copy, { $from }, which the next game restores (keeping the damaged file aside).
fallback-lost-damaged = The save file is damaged ({ $reason }), and so is its backup
fallback-lost-missing = The save file is missing, and no copy of it is good
fallback-rebuilt = { $lost }: these figures were rebuilt from the { $rounds ->
    [one] { $rounds } finished round
   *[other] { $rounds } finished rounds
} in the history, as the next game will do.
skipped-not-a-file = skipped { $path }: it is { $kind }, not a regular file
skipped-unreadable = skipped { $path }: it is not a readable round record

# What stands where a regular file was expected, with its article.
file-kind-directory = a folder
file-kind-fifo = a FIFO (named pipe)
file-kind-socket = a socket
file-kind-block-device = a block device
file-kind-char-device = a character device
file-kind-link = a symbolic link
file-kind-other = something else

# A save that failed while playing; $error: save-error-*.
save-failed = Could not save ({ $error }). Your previous save is intact; the game goes on.
# What is wrong with a profile name, said after "profile name" (save-error-bad-name).
name-empty = is empty: type a name
name-too-long = is too long: use at most { $max } characters
name-control-characters = contains control characters: use letters, digits, spaces, - _ or .
name-path-like = cannot contain / \ or .., nor start with a dot: use letters, digits, spaces, - _ or .
name-other-characters = may only use letters, digits, spaces, - _ or .
save-error-bad-name = profile name { $problem }
save-error-locked = profile "{ $name }" is open in another redflag; close that one first (only one game per profile at a time)
save-error-newer = { $path } was written by a newer redflag (save format { $found }; this one reads up to { $supported }). It was left untouched: update redflag to use this profile.
# $source: the system's own words for the error.
save-error-io = { $path }: { $source }
save-error-unrecoverable = { $path } is damaged ({ $reason }) and there is no good copy to restore; it was kept aside as { $kept }
save-error-damaged = { $path } is damaged ({ $reason }); start redflag with this profile to repair it from the last good copy
save-error-not-a-file = { $path } is { $kind }, not a regular file: redflag reads and writes only regular files in its data folder. Move it away and start again
save-error-settings-damaged = { $path } is damaged ({ $reason }), so redflag cannot tell who played last: give --profile NAME (a game then keeps the damaged file aside and writes a new one)
save-error-name-taken = profile name "{ $asked }" would share a folder with the profile "{ $owner }" (names differing only in capitals, spaces or dashes do): play as "{ $owner }", or choose a name that differs by more

# The role the player takes in the pack's world; $who: the pack's words ("Sam Rivera, marketing coordinator").
role = In this game you are { $who }.
role-with-address = In this game you are { $who } ({ $address }).
role-brief = Your role: { $who }
role-at-company = { $who } at { $company }
role-note = Messages in the game are written to that person; your progress is kept under your own name.

# Themes: the training modules' titles.
theme-email-threats = Email threats
theme-customer-data = Customer data
theme-social-media = Social media
theme-consent-privacy = Consent and privacy
theme-myths = Myths
module-final-exam = Final exam
# Channels, as a scenario's header names them.
channel-email = Email
channel-post = Social post
channel-message = Direct message
channel-sms = Text message
channel-consent = Consent screen
channel-permission = Permission prompt
channel-web = Web page
channel-call = Call
channel-notification = Notification
# The right answer, as "it was ..." says it.
verdict-safe = safe
verdict-dangerous = dangerous

module-passed = { $module }: passed with { $percent }% (pass mark { $mark }%).
module-not-passed = { $module }: not passed yet, { $percent }% of the { $mark }% needed. Try it again from the training path.
module-unknown = no training module "{ $id }": the modules are { $known }
refusal-nothing-due = Nothing to review today: skills you miss come back a day later.
refusal-no-scenarios-for-due = The loaded packs have no scenarios for the skills due.
refusal-unknown-module = There is no training module "{ $id }".
refusal-locked-module = That module unlocks when the one before it is passed.
refusal-nothing-to-resume = There is no unfinished round to resume.

# What kind of round it was.
mode-practice = Practice
mode-review = Review
mode-spot = Spot the flags
mode-daily = Daily challenge
mode-module = Module: { $module }
# How to play a round again; the options stay as typed.
replay-practice = Seed { $seed }: replay this round with --seed { $seed } --count { $items }
replay-spot = Seed { $seed }: replay this round with --plain --spot --seed { $seed } --count { $items }
replay-module = Play this module again any time from the training path.
daily-done = done today, { $correct }/{ $answered } right · again as practice
# $points: count-points.
daily-again = You did today's challenge already: { $correct }/{ $answered } right, { $points }. Play it again as practice? It is not recorded as the daily.
daily-replay = You did today's challenge already: { $correct }/{ $answered } right, { $points }. This replay is practice: it is not recorded as the daily.
certificate-pending = The certificate comes once every module is passed: { $left ->
    [one] { $left } module
   *[other] { $left } modules
} to go.
caught = Caught { $hits } of { $scams ->
    [one] { $scams } scam
   *[other] { $scams } scams
}
# Added to "caught" when scams were missed.
caught-missed = { $caught } · missed { $misses ->
    [one] { $misses } scam
   *[other] { $misses } scams
} (judged safe)
false-alarms = False alarms: { $alarms } of { $safe ->
    [one] { $safe } safe item
   *[other] { $safe } safe items
} judged dangerous
# d′ (d prime): the signal detection measure; $d has two decimals.
sensitivity = Sensitivity d′ { $d }: how well you tell scams from safe messages (0 is guessing, above 1 is good)
best-streak = best streak { $count } (right answers in a row)
skill-safe = Safe messages: { $theme }

rank-trainee = Trainee
rank-spotter = Spotter
rank-checker = Checker
rank-analyst = Analyst
rank-guardian = Guardian
next-rank = { $rank } at { $points } points, telling scams from safe messages (sensitivity d′ { $d } or more) over your last { $recent } answers
achievement-first-round = First round
achievement-perfect-round = Perfect round
achievement-ten-in-a-row = Ten in a row
achievement-inspector = Inspector
achievement-calm-judge = Calm judge
achievement-week-of-practice = A week of practice
achievement-reviewer = Reviewer
achievement-mastered-email-threats = Email threats mastered
achievement-mastered-customer-data = Customer data mastered
achievement-mastered-social-media = Social media mastered
achievement-mastered-consent-privacy = Consent and privacy mastered
achievement-mastered-myths = Myths mastered
achievement-how-first-round = finish a round
achievement-how-perfect-round = every answer right in a round of 5 or more
achievement-how-ten-in-a-row = 10 right answers in a row
achievement-how-inspector = inspect every item before answering, in a round of 5 or more
achievement-how-calm-judge = no false alarm in a round with 3 or more safe items, and 80% right
achievement-how-week-of-practice = practise on 7 days in a row
achievement-how-reviewer = finish a review round
achievement-how-mastered-email-threats = 20+ answers on email threats, 85% right
achievement-how-mastered-customer-data = 20+ answers on customer data, 85% right
achievement-how-mastered-social-media = 20+ answers on social media, 85% right
achievement-how-mastered-consent-privacy = 20+ answers on consent and privacy, 85% right
achievement-how-mastered-myths = 20+ answers on myths, 85% right

# redflag stats, as text.
reviews-none = none
stats-profile = Profile: { $name }  ·  rank: { $rank }
stats-rounds = Rounds played: { $rounds }  ·  answers: { $answered } ({ $accuracy } right)  ·  points: { $points }  ·  { $streak }
stats-inspected = Inspected before answering: { $share } of answers
stats-next-rank = Next rank: { $next }
# $sparkline: a row of bar characters.
stats-trend = Share right per round (last { $count }, oldest first): { $sparkline }
stats-by-theme = By theme:
stats-by-channel = By channel:
stats-by-cue = By red flag:
stats-reviews-due = Reviews due today: { $due }
stats-achievements = Achievements:
stats-achievement-earned = { $name } ({ $date }): { $how }
stats-achievement-open = { $name }: { $how }

# Red flags: a short label, and a one-line meaning.
cue-urgency = Pressure to act now
cue-impersonation = Pretends to be someone you trust
cue-sender-mismatch = Sender doesn't match
cue-lookalike-domain = Look-alike address
cue-credential-request = Asks for a password or code
cue-payment-change = Changes how money is paid
cue-risky-attachment = Risky attachment
cue-wrong-channel = Comes through the wrong channel
cue-lure = Too good to be true
cue-excessive-scope = Asks for more access than needed
cue-hidden-link = Hides where a link goes
cue-secrecy = Asks you to keep it quiet
cue-data-request = Asks for customer data
cue-inconsistency = Details don't add up
cue-deceptive-design = Pushes you into saying yes
cue-out-of-context-permission = Asks for access it doesn't need now
cue-meaning-urgency = A deadline or a threat of loss, there to stop you checking first.
cue-meaning-impersonation = It claims to be a platform, a legal team, a boss, a vendor or a support desk.
cue-meaning-sender-mismatch = Free mail or an unrelated address, the brand only in front of someone else's domain, or replies going elsewhere.
cue-meaning-lookalike-domain = An address one letter off, with an extra word or hyphen, another ending, or letters from another alphabet.
cue-meaning-credential-request = It wants a password, a one-time or recovery code, or you to log in "to verify".
cue-meaning-payment-change = New bank details, gift cards, crypto, or a fee to recover or renew something.
cue-meaning-risky-attachment = An archive, a double file ending, macros to switch on, a web page or a program where a document was expected.
cue-meaning-wrong-channel = Account or policy matters raised by chat, text or a private call instead of the official notice area.
cue-meaning-lure = A badge, a sponsorship, a big contract, a dream job, a free tool or a prize as bait.
cue-meaning-excessive-scope = An app wants more than the task needs, or nobody has checked who published it.
cue-meaning-hidden-link = A QR code or a shortened link hides where it really goes.
cue-meaning-secrecy = "Don't call", "skip the approval", "keep this between us".
cue-meaning-data-request = Customer lists, exports or personal data asked for by someone unverified, or to a personal address.
cue-meaning-inconsistency = A generic greeting, an odd tone, names or numbers that don't match, mistakes.
cue-meaning-deceptive-design = Boxes already ticked, consent bundled together, guilt-trip wording, a hidden or harder "no".
cue-meaning-out-of-context-permission = The microphone, contacts or location asked for at launch or for something unrelated.
# Signs of safety: a short label, and a one-line meaning.
sign-expected = You started it
sign-official-channel = Can be checked at the source
sign-no-link-needed = No link needed
sign-no-secrets = Asks for no secrets
sign-minimal-scope = Asks only for what it needs
sign-equal-choice = Saying no is as easy as yes
sign-verified-contact = Confirmed another way
sign-meaning-expected = You triggered it yourself: a log-in, a reset or an invite you just made.
sign-meaning-official-channel = You can confirm it on its own, for example in the platform's notification centre.
sign-meaning-no-link-needed = It tells you to open the app or the site yourself.
sign-meaning-no-secrets = It never asks for a password, a code or a card.
sign-meaning-minimal-scope = It asks only for what the task needs, and access can be taken back.
sign-meaning-equal-choice = Refusing is as easy as accepting, boxes start unticked, and changing your mind is easy.
sign-meaning-verified-contact = Confirmed through a separate channel you already had.

# A scenario's fields, as people call them ("Link 2 goes to", "Reply 1 text").
field-from-name = From
field-from = From address
field-reply-to = Reply-To
field-to = To
field-date = Date
field-subject = Subject
field-body = Body
field-link = Link goes to
field-attachment = Attachment
field-platform = Platform
field-author = Author
field-handle = Account
field-posted = Posted
field-text = Text
field-image = Image
field-reactions = Reactions
field-reply = Reply
# A line of a call's transcript or of a chat.
field-line = Message
field-sender = Sender
field-received = Received
field-site = Site
field-heading = Heading
field-checkbox = Checkbox
field-button = Button
field-app = App
field-publisher = Publisher
field-scope = Wants to
field-permission = Asks for
field-context = What you were doing
field-url = Address
field-title = Title
field-field = Form field
field-caller = Caller
field-number = Number or account
field-claims = Says they are
field-callback = Call back on
field-repeats = Times sent
field-details = Details
# The nth item of a list: "Button 2".
field-numbered = { $field } { $n }
# Where a numbered link goes, and the link as its reader sees it (its text).
field-link-goes-to = Link { $n } goes to
field-link-numbered = Link { $n }
field-link-text = Link
# A part of a numbered item: "Reply 1 text".
field-with-part = { $field } { $part }
field-part-text = text
field-part-author = author
field-part-handle = handle
field-part-value = value

# (end of strings)


## ---- plain ----
## Plain mode (src/plain): its prompts, round text and summary.

# The keys stay as typed: s, d, i, q.
plain-help = Type s (safe), d (dangerous), i (inspect the details), q (quit the round).
plain-note = Note: { $text }
plain-warning = Warning: { $text }
plain-module-locked = module "{ $id }" ({ $name }) is locked: pass { $after } ({ $after_name }) first
# $started: a date and time (2026-11-12 09:30).
plain-resuming = Resuming your unfinished round from { $started }: { $answered } of { $total } answered. (Use --new-round to start afresh.)
# The round's first line; $items: count-items.
plain-begin = redflag: { $mode }, { $items }, playing as { $name }. { $help }
plain-begin-seeded = redflag: { $mode }, { $items }, seed { $seed }, playing as { $name }. { $help }
plain-item = == Item { $position } of { $total }: { $channel } ==
plain-prompt = Your verdict (s/d/i/q)?
# Spot mode: "m 1 3" marks fields 1 and 3.
plain-prompt-spot = Mark fields (m 1 3), or your verdict (s/d/i/q)?
plain-round-over = == Round over ==
plain-module-result = module: { $result }
plain-achievement = achievement: { $name } ({ $how })
plain-saved-for-later = Your answers are saved; this round resumes next time.
plain-missed-one = See the missed item again? Type 1, or press Enter to finish:
plain-missed-many = See a missed item again? Type its review number (1 to { $count }), or press Enter to finish:
plain-no-review = There is no review { $number }.
plain-review-header = == Review { $number }: { $channel } ==

# How a field looks, in brackets after it.
plain-ticked = already ticked
plain-not-ticked = not ticked
plain-verified-publisher = verified publisher
plain-unverified-publisher = unverified publisher
plain-verified = verified
plain-button-primary = big highlighted button
plain-button-secondary = plain button
plain-button-link = small faint link
# Who spoke a line of a call.
plain-speaker-them = { $field } (them)
plain-speaker-you = { $field } (you)
plain-incoming-call = Incoming call
plain-voicemail = Voicemail
plain-video-meeting = Video meeting
plain-notification-phone = Notification on your phone
plain-notification-desktop = Notification on your desktop
plain-situation = Situation: { $text }
plain-hidden = { $field }: (hidden; type i to inspect)
plain-field-hidden-mark = Field { $number } is hidden: type i to inspect first, then mark it.
plain-no-field = There is no field { $number }: the fields are numbered 1 to { $count }.
plain-nothing-marked = Nothing marked.
plain-marked = Marked: { $fields }
plain-nothing-hidden = Nothing is hidden here: everything is already shown.

# Feedback; $truth: verdict-safe or verdict-dangerous.
plain-right-points = RIGHT: it was { $truth }. +{ $points } points.
plain-right = RIGHT: it was { $truth }.
plain-wrong-missed = WRONG: this was dangerous and you judged it safe (a missed scam).
plain-wrong-false-alarm = WRONG: this was safe and you judged it dangerous (a false alarm).
plain-red-flags = Red flags: { $title }
plain-why-safe = Why it is safe: { $title }
# A flag or sign: its label, the field it stands in, the words there, why it matters.
plain-evidence = { $label }, in { $at }: "{ $text }". { $why }
plain-lesson = Lesson: { $text }
plain-none = none
# $points: count-points; the others: field labels, or plain-none.
plain-spot-result = Your marks (+{ $points }): found { $found }; missed { $missed }; wrong marks { $wrong }.

# The summary; its first line starts as scripts read it.
plain-score = score: { $correct }/{ $total } right, { $points }, { $streak }
plain-time = time: { $seconds }; inspected before answering: { $inspected } of { $total }
plain-theme-right = { $theme }: { $right } of { $total } right
plain-review-line = review { $number }: { $title } ({ $channel }, { $verdict }): { $lesson }
plain-answered = answered { $answered } of { $items }

# (end of plain)


## ---- tui-round ----
## The round in the TUI (src/tui/screens question, feedback, summary, confirm, overlay; src/tui/channels; src/tui/text).

# (end of tui-round)


## ---- tui-menu ----
## The rest of the TUI (menu, name, training path, stats, briefing, certificate, dialogs, messages, key lines).

# (end of tui-menu)


## ---- commands ----
## Commands and their errors (src/commands, src/cli.rs, --help, src/output).

# (end of commands)


## ---- reports ----
## Reports, certificates and team summaries (src/report).

# (end of reports)


## ---- serve ----
## The server, as its players and its operator read it (src/serve).

# (end of serve)


## ---- team ----
## The trainer view of a cohort (redflag team, the serve trainer key).

# (end of team)
