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

# (end of strings)


## ---- plain ----
## Plain mode (src/plain): its prompts, round text and summary.

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

# Joins notes in a team summary's Note column.
report-note-separator = {"; "}

# The names of the themes, as a report's tables show them (the data keeps the ids).
report-theme = { $theme ->
    [email-threats] Email threats
    [customer-data] Customer data
    [social-media] Social media
    [consent-privacy] Consent and privacy
   *[myths] Myths
}
# The channels, as a report's tables show them.
report-channel = { $channel ->
    [email] Email
    [post] Social post
    [message] Direct message
    [sms] Text message
    [consent] Consent screen
    [permission] Permission prompt
    [web] Web page
    [call] Call
   *[notification] Notification
}
# A module's status in the training path table (the JSON keeps passed, open, locked).
report-status = { $status ->
    [passed] passed
    [open] open
   *[locked] locked
}
# A long date, as on the certificate: "5 March 2026".
report-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

# The Markdown report of one player (redflag report --format md).

report-title = redflag report: { $name }
# $date is "2026-03-05 14:20 UTC"; $packs lists each pack as "id version".
report-generated = Generated { $date } · packs: { $packs }
report-overall = Overall
report-rounds-finished = Rounds finished: { $count }
report-answers = Answers: { $count } ({ $right } right, { $percent })
report-missed-scams = Missed scams (dangerous judged safe): { $count }
report-false-alarms = False alarms (safe judged dangerous): { $count }
report-points = Points: { $count }
report-path-title = Training path (pass mark { $pass }%)
report-col-module = Module
report-col-status = Status
report-col-best = Best
report-col-attempts = Attempts
report-col-passed-on = Passed on
report-path-complete = Path complete: { $complete ->
    [yes] yes
   *[no] no
}
report-themes = Themes
report-channels = Channels
report-red-flags = Red flags
# A section of counts: "Themes, weakest first".
report-weakest-first = { $title }, weakest first
report-no-answers = No answers yet.
report-col-meaning = What it means
report-col-right = Right
report-col-answers = Answers
report-col-accuracy = Accuracy
report-last-rounds = Last rounds
report-col-finished = Finished
report-col-mode = Mode
report-col-missed-scams = Missed scams
report-col-false-alarms = False alarms
report-col-points = Points

# The certificate of completion (redflag certificate, and the game's certificate screen).

report-certificate-title = Certificate of completion
report-certificate-completed = **{ $name }** has completed the redflag training path
# The line under it: the pack's name, then the long date of the last module passed.
report-certificate-pack-date = *{ $pack }* on { $date }.
report-certificate-pass-mark = Every module was passed at the pass mark of { $pass }% or more.
report-col-best-score = Best score
# The last line: the pack's id (in code quotes) and version.
report-certificate-pack = Pack: `{ $id }` version { $version }

# The team summary (redflag report --team).

report-team-title = redflag team summary
# English keeps "1 people." as it always has; other languages take their plural forms.
report-team-people = { $count } people.
report-col-person = Person
report-col-modules-passed = Modules passed
report-col-path = Path
report-col-note = Note
report-team-path = { $complete ->
    [yes] complete
   *[no] not finished
}
report-team-not-finished = Not finished
report-team-everyone-done = Everyone has completed the training path.
report-team-weakest-themes = Weakest themes
report-team-weakest-flags = Weakest red flags
report-col-name = Name
# A note: the report was made with other pack versions; $packs lists them as "id version".
report-team-made-with = made with { $packs }
# A note: the same player's report was given $count times; $file is the one counted.
report-team-given-times = given { $count } times: counted once, from { $file }

# What redflag report and redflag certificate say on standard error.

report-no-history = profile "{ $name }" has no history yet: play a round first
# A file given with --team that is not used, and why.
report-skipped-unreadable = skipped { $file }: it cannot be read: { $error }
# $size and $limit are in MiB.
report-skipped-too-large = skipped { $file }: it is { $size } MiB, larger than the { $limit } MiB a redflag report can be
report-skipped-not-json = skipped { $file }: it is not JSON ({ $error })
report-skipped-not-report = skipped { $file }: it is JSON but not a redflag report (make one with `redflag report --format json`)
report-skipped-newer = skipped { $file }: it was made by a newer redflag (report schema { $schema })
report-skipped-damaged = skipped { $file }: it is a damaged redflag report ({ $error })
report-team-none-readable = none of the { $count } file(s) given with --team is a readable redflag report
report-team-formats = a team summary is written as md or csv: use --format md or --format csv
# $kept is the file counted, $others the other files, joined by ", ".
report-team-given-twice = { $name } is given more than once ({ $kept } and { $others }): counted once, from the latest report
report-certificate-not-yet = { $name } has passed { $passed } of { $count } training modules: the certificate comes once every module is passed
report-no-pack = no pack loaded

# (end of reports)


## ---- serve ----
## The server, as its players and its operator read it (src/serve).

# Signing in with the team code, before the server knows the player's language (the server's).
serve-team-code-instructions = Sign in with your team's code.
# The answer is typed right after it: keep the space at the end.
serve-team-code-prompt = Team code:{" "}
# Said to a connection refused before or instead of a game ("redflag: " comes first).
serve-needs-terminal = the game needs a terminal: connect with `ssh -t`
serve-cannot-start = cannot start the game: { $reason }
serve-stopping = the server is stopping
serve-sign-in-sooner = sign in sooner
serve-too-slow = the connection did not keep up with the screen
# The person signed in with a key already in use on another connection.
serve-already-playing = { $name } is already playing from another connection. Close that one first, then connect again.
# On the name screen.
serve-name-in-use = { $name } is already playing from another connection: choose your own name
serve-name-taken = that name belongs to someone else: choose another
serve-key-not-saved = your key could not be saved ({ $reason })
# The last words of a game the server ended; the player's screen is theirs again.
serve-farewell-stopping = The trainer is stopping the server. Your progress is saved: connect again later to go on.
serve-farewell-idle = Closed after { $minutes } minutes without a key. Your progress is saved: connect again to go on.
serve-farewell-failed = Something went wrong on the server; your answers so far are saved.

# The server's console, in the server's language (--lang, else serve.toml's lang, else English).
serve-console-host-key-made = made a new host key in { $path }
serve-console-listening = redflag serve: listening on { $address } (host key { $fingerprint }), profiles in { $dir }
# HOST stays as it is: the operator puts the server's name or address there.
serve-console-connect-with = learners connect with: ssh -p { $port } HOST
serve-console-stopping = redflag serve: stopping; telling { $count } connected player(s)
serve-console-stopped = redflag serve: stopped
serve-console-cannot-open-profile = redflag serve: cannot open a profile: { $reason }
serve-console-game-stopped = redflag serve: a game stopped: { $reason }
# serve.toml's lang names a language without a catalog; $known lists those there are.
serve-lang-unknown = serve.toml's lang is "{ $tag }", and redflag has no catalog for it; the languages are: { $known }.

# The server's errors at the start, in the server's language.
serve-error-nobody-can-sign-in = nobody could sign in: give --team-code CODE, --authorized-keys FILE, or both (or set them in serve.toml)
serve-error-code-too-short = the team code must have at least { $count } characters
serve-error-code-controls = the team code must not contain control characters
# $name is a setting's name under [limits] in serve.toml, as written there.
serve-error-limit-zero = limits.{ $name } must be more than 0
serve-error-listen = cannot listen on { $address }
serve-error-data-folder = cannot make the data folder { $path }
serve-error-host-key-read = cannot read the host key { $path }
serve-error-host-key-format = { $path } is not an OpenSSH private key
serve-error-host-key-passphrase = the host key { $path } has a passphrase; the server needs one without
# $mode is the file's permissions in octal (644).
serve-error-host-key-readable = the host key { $path } can be read by other users (mode { $mode }): run `chmod 600 { $path }`
serve-error-host-key-make = cannot make a host key
serve-error-host-key-encode = cannot encode the host key
serve-error-host-key-folder = cannot make the folder { $path }
serve-error-host-key-create = cannot create the host key { $path }
serve-error-host-key-write = cannot write the host key { $path }

# redflag serve starting the server's own program, in the game's language.
serve-launch-building = redflag: building the server, { $binary }, beside the game (the first time only)
serve-launch-not-installed = the server is its own program, { $binary }, and it is not installed beside redflag: build it with `cargo build --release --bin { $binary }` (or install both with `cargo install --path .`), or run it directly with `cargo run --release --bin { $binary } -- OPTIONS`
serve-launch-cannot-start = cannot start { $path }: { $error }

# (end of serve)


## ---- team ----
## The trainer view of a cohort (redflag team, the serve trainer key).

# (end of team)
