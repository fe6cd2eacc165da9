# الفهرس العربي: له معرّفات الرسائل نفسها التي في الفهرس الإنجليزي (يتحقق منها اختبار).

## اللغة نفسها: اسمها بلسانها، واتجاه كتابتها (ltr أو rtl).

language-name = العربية
language-direction = rtl

## اختيار اللغة (--lang).

# لغة في قائمة: اسمها بلسانها، ثم رمزها.
lang-listed = { $name } ({ $tag })
lang-unknown = لا يوجد في redflag فهرس للغة «{ $tag }»؛ اللغات المتاحة: { $known }.

## العدّ: نموذج كل عدد (للعربية ست صيغ جمع، وللإنجليزية صيغتان).

scenario-count = { $count ->
    [zero] لا سيناريوهات
    [one] سيناريو واحد
    [two] سيناريوهان
    [few] { $count } سيناريوهات
    [many] { $count } سيناريوًا
   *[other] { $count } سيناريو
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
report-note-separator = {"؛ "}

# The names of the themes, as a report's tables show them (the data keeps the ids).
report-theme = { $theme ->
    [email-threats] تهديدات البريد الإلكتروني
    [customer-data] بيانات العملاء
    [social-media] وسائل التواصل الاجتماعي
    [consent-privacy] الموافقة والخصوصية
   *[myths] خرافات شائعة
}
# The channels, as a report's tables show them.
report-channel = { $channel ->
    [email] بريد إلكتروني
    [post] منشور
    [message] رسالة مباشرة
    [sms] رسالة نصية
    [consent] شاشة موافقة
    [permission] طلب إذن
    [web] صفحة ويب
    [call] مكالمة
   *[notification] إشعار
}
# A module's status in the training path table (the JSON keeps passed, open, locked).
report-status = { $status ->
    [passed] مجتازة
    [open] مفتوحة
   *[locked] مقفلة
}
# A long date, as on the certificate: "5 مارس 2026".
report-date = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }

# The Markdown report of one player (redflag report --format md).

report-title = تقرير redflag: { $name }
# $date is "2026-03-05 14:20 UTC"; $packs lists each pack as "id version".
report-generated = أُنشئ في { $date } · الحزم: { $packs }
report-overall = الحصيلة العامة
report-rounds-finished = الجولات المنتهية: { $count }
report-answers = الإجابات: { $count } (الصحيح منها { $right }، { $percent })
report-missed-scams = احتيال فائت (رسالة خطِرة عُدّت آمنة): { $count }
report-false-alarms = إنذارات كاذبة (رسالة آمنة عُدّت خطِرة): { $count }
report-points = النقاط: { $count }
report-path-title = مسار التدريب (درجة النجاح { $pass }%)
report-col-module = الوحدة
report-col-status = الحالة
report-col-best = الأفضل
report-col-attempts = المحاولات
report-col-passed-on = تاريخ الاجتياز
report-path-complete = اكتمل المسار: { $complete ->
    [yes] نعم
   *[no] لا
}
report-themes = المحاور
report-channels = القنوات
report-red-flags = علامات التحذير
# A section of counts: "Themes, weakest first".
report-weakest-first = { $title }، الأضعف أولًا
report-no-answers = لا إجابات بعد.
report-col-meaning = معناها
report-col-right = الصحيحة
report-col-answers = الإجابات
report-col-accuracy = الدقة
report-last-rounds = آخر الجولات
report-col-finished = انتهت في
report-col-mode = النوع
report-col-missed-scams = احتيال فائت
report-col-false-alarms = إنذارات كاذبة
report-col-points = النقاط

# The certificate of completion (redflag certificate, and the game's certificate screen).

report-certificate-title = شهادة إتمام
report-certificate-completed = مُنحت إلى **{ $name }** لإتمام مسار التدريب في redflag
# The line under it: the pack's name, then the long date of the last module passed.
report-certificate-pack-date = *{ $pack }* بتاريخ { $date }.
report-certificate-pass-mark = اجتيزت كل وحدة بدرجة النجاح { $pass }% أو أعلى.
report-col-best-score = أفضل نتيجة
# The last line: the pack's id (in code quotes) and version.
report-certificate-pack = الحزمة: `{ $id }` الإصدار { $version }

# The team summary (redflag report --team).

report-team-title = ملخّص الفريق في redflag
# English keeps "1 people." as it always has; other languages take their plural forms.
report-team-people = { $count ->
    [zero] لا أحد.
    [one] شخص واحد.
    [two] شخصان.
    [few] { $count } أشخاص.
    [many] { $count } شخصًا.
   *[other] { $count } شخص.
}
report-col-person = الشخص
report-col-modules-passed = الوحدات المجتازة
report-col-path = المسار
report-col-note = ملاحظة
report-team-path = { $complete ->
    [yes] مكتمل
   *[no] لم يكتمل
}
report-team-not-finished = لم يُكملوا المسار بعد
report-team-everyone-done = أكمل الجميع مسار التدريب.
report-team-weakest-themes = أضعف المحاور
report-team-weakest-flags = أضعف علامات التحذير
report-col-name = الاسم
# A note: the report was made with other pack versions; $packs lists them as "id version".
report-team-made-with = أُعدّ باستخدام { $packs }
# A note: the same player's report was given $count times; $file is the one counted.
report-team-given-times = { $count ->
    [zero] لم يُقدَّم
    [one] قُدّم مرة واحدة
    [two] قُدّم مرتين
    [few] قُدّم { $count } مرات
    [many] قُدّم { $count } مرة
   *[other] قُدّم { $count } مرة
}: احتُسب مرة واحدة، من { $file }

# What redflag report and redflag certificate say on standard error.

report-no-history = لا يوجد سجلّ بعد للملف الشخصي «{ $name }»: العب جولة أولًا
# A file given with --team that is not used, and why.
report-skipped-unreadable = لم يُستخدم { $file }: تتعذّر قراءته: { $error }
# $size and $limit are in MiB.
report-skipped-too-large = لم يُستخدم { $file }: حجمه { $size } ميغابايت، وأقصى حجم لتقرير redflag هو { $limit } ميغابايت
report-skipped-not-json = لم يُستخدم { $file }: ليس ملف JSON ({ $error })
report-skipped-not-report = لم يُستخدم { $file }: ملف JSON لكنه ليس تقرير redflag (أنشئ التقرير بالأمر `redflag report --format json`)
report-skipped-newer = لم يُستخدم { $file }: أنشأه إصدار أحدث من redflag (مخطط التقرير { $schema })
report-skipped-damaged = لم يُستخدم { $file }: تقرير redflag تالف ({ $error })
report-team-none-readable = لا يوجد بين الملفات المعطاة مع --team ({ $count }) أي تقرير redflag صالح للقراءة
report-team-formats = يُكتب ملخّص الفريق بصيغة md أو csv: استخدم --format md أو --format csv
# $kept is the file counted, $others the other files, joined by ", ".
report-team-given-twice = قُدّم تقرير { $name } أكثر من مرة ({ $kept }، { $others }): احتُسب مرة واحدة، من أحدث تقرير
report-certificate-not-yet = اجتاز { $name } { $passed } من أصل { $count } من وحدات التدريب: تُمنح الشهادة بعد اجتياز كل الوحدات
report-no-pack = لم تُحمَّل أي حزمة

# (end of reports)


## ---- serve ----
## The server, as its players and its operator read it (src/serve).

# Signing in with the team code, before the server knows the player's language (the server's).
serve-team-code-instructions = سجّل الدخول برمز فريقك.
# The answer is typed right after it: keep the space at the end.
serve-team-code-prompt = رمز الفريق:{" "}
# Said to a connection refused before or instead of a game ("redflag: " comes first).
serve-needs-terminal = تحتاج اللعبة إلى طرفية: اتصل بالأمر `ssh -t`
serve-cannot-start = تعذّر بدء اللعبة: { $reason }
serve-stopping = الخادم يتوقف الآن
serve-sign-in-sooner = سجّل الدخول في وقت أقرب
serve-too-slow = لم يواكب الاتصال سرعة تحديث الشاشة
# The person signed in with a key already in use on another connection.
serve-already-playing = { $name } يلعب الآن من اتصال آخر. أغلق ذلك الاتصال أولًا، ثم اتصل من جديد.
# On the name screen.
serve-name-in-use = { $name } يلعب الآن من اتصال آخر: اختر اسمك أنت
serve-name-taken = هذا الاسم لشخص آخر: اختر اسمًا غيره
serve-key-not-saved = تعذّر حفظ مفتاحك ({ $reason })
# The last words of a game the server ended; the player's screen is theirs again.
serve-farewell-stopping = يوقف المدرّب الخادم الآن. حُفظ تقدّمك: اتصل لاحقًا لتكمل.
serve-farewell-idle = { $minutes ->
    [zero] أُغلقت الجلسة لعدم الضغط على أي مفتاح.
    [one] أُغلقت الجلسة بعد دقيقة دون ضغط أي مفتاح.
    [two] أُغلقت الجلسة بعد دقيقتين دون ضغط أي مفتاح.
    [few] أُغلقت الجلسة بعد { $minutes } دقائق دون ضغط أي مفتاح.
    [many] أُغلقت الجلسة بعد { $minutes } دقيقة دون ضغط أي مفتاح.
   *[other] أُغلقت الجلسة بعد { $minutes } دقيقة دون ضغط أي مفتاح.
} حُفظ تقدّمك: اتصل من جديد لتكمل.
serve-farewell-failed = حدث خطأ في الخادم؛ حُفظت إجاباتك حتى الآن.

# The server's console, in the server's language (--lang, else serve.toml's lang, else English).
serve-console-host-key-made = أُنشئ مفتاح مضيف جديد في { $path }
serve-console-listening = redflag serve: يستمع على { $address } (مفتاح المضيف { $fingerprint })، والملفات الشخصية في { $dir }
# HOST stays as it is: the operator puts the server's name or address there.
serve-console-connect-with = يتصل المتدرّبون بالأمر: ssh -p { $port } HOST
serve-console-stopping = redflag serve: يتوقف الخادم؛ يجري إبلاغ اللاعبين المتصلين ({ $count })
serve-console-stopped = redflag serve: توقف الخادم
serve-console-cannot-open-profile = redflag serve: تعذّر فتح ملف شخصي: { $reason }
serve-console-game-stopped = redflag serve: توقفت لعبة: { $reason }
# serve.toml's lang names a language without a catalog; $known lists those there are.
serve-lang-unknown = قيمة lang في serve.toml هي «{ $tag }»، ولا يوجد في redflag فهرس لها؛ اللغات المتاحة: { $known }.

# The server's errors at the start, in the server's language.
serve-error-nobody-can-sign-in = لن يتمكن أحد من تسجيل الدخول: استخدم --team-code CODE أو --authorized-keys FILE أو كليهما (أو اضبطهما في serve.toml)
serve-error-code-too-short = { $count ->
    [zero] يجب ألا يكون رمز الفريق فارغًا
    [one] يجب أن يتكون رمز الفريق من حرف واحد على الأقل
    [two] يجب أن يتكون رمز الفريق من حرفين على الأقل
    [few] يجب أن يتكون رمز الفريق من { $count } أحرف على الأقل
    [many] يجب أن يتكون رمز الفريق من { $count } حرفًا على الأقل
   *[other] يجب أن يتكون رمز الفريق من { $count } حرف على الأقل
}
serve-error-code-controls = يجب ألا يحتوي رمز الفريق على محارف تحكّم
# $name is a setting's name under [limits] in serve.toml, as written there.
serve-error-limit-zero = يجب أن تكون قيمة limits.{ $name } أكبر من 0
serve-error-listen = تعذّر الاستماع على { $address }
serve-error-data-folder = تعذّر إنشاء مجلد البيانات { $path }
serve-error-host-key-read = تعذّرت قراءة مفتاح المضيف { $path }
serve-error-host-key-format = الملف { $path } ليس مفتاحًا خاصًا بصيغة OpenSSH
serve-error-host-key-passphrase = مفتاح المضيف { $path } محمي بعبارة مرور؛ يحتاج الخادم إلى مفتاح بلا عبارة مرور
# $mode is the file's permissions in octal (644).
serve-error-host-key-readable = يستطيع مستخدمون آخرون قراءة مفتاح المضيف { $path } (الأذونات { $mode }): نفّذ `chmod 600 { $path }`
serve-error-host-key-make = تعذّر إنشاء مفتاح مضيف
serve-error-host-key-encode = تعذّر ترميز مفتاح المضيف
serve-error-host-key-folder = تعذّر إنشاء المجلد { $path }
serve-error-host-key-create = تعذّر إنشاء مفتاح المضيف { $path }
serve-error-host-key-write = تعذّرت كتابة مفتاح المضيف { $path }

# redflag serve starting the server's own program, in the game's language.
serve-launch-building = redflag: يجري بناء الخادم، { $binary }، بجوار اللعبة (في المرة الأولى فقط)
serve-launch-not-installed = الخادم برنامج مستقل، { $binary }، وهو غير مثبّت بجوار redflag: ابنِه بالأمر `cargo build --release --bin { $binary }` (أو ثبّت الاثنين بالأمر `cargo install --path .`)، أو شغّله مباشرة بالأمر `cargo run --release --bin { $binary } -- OPTIONS`
serve-launch-cannot-start = تعذّر تشغيل { $path }: { $error }

# (end of serve)


## ---- team ----
## The trainer view of a cohort (redflag team, the serve trainer key).

# (end of team)
