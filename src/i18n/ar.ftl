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

# Shown instead of the game when the terminal is too small: $min is the size needed ("80x24"), $size the terminal's.
menu-too-small = يحتاج redflag إلى طرفية لا يقل حجمها عن { $min }، وحجم هذه { $size }. كبّرها، أو اضغط Esc للخروج.
# On the frame of a scrolling page when more text is above or below.
menu-more-above = ↑ المزيد
menu-more-below = ↓ المزيد

# The key line at the bottom: what each key does (the key itself is shown before it, in Latin letters).
menu-key-choose = تنقّل
menu-key-select = اختر
menu-key-play = العب
menu-key-briefing = الإحاطة
menu-key-help = مساعدة
menu-key-quit = خروج
menu-key-language = اللغة
menu-key-start = ابدأ
menu-key-delete = احذف
menu-key-start-module = ابدأ الوحدة
menu-key-certificate = الشهادة
menu-key-menu = القائمة
menu-key-scroll = تمرير
menu-key-back = رجوع
menu-key-save-file = احفظ في ملف

# The main menu. After "⚑ redflag ·".
menu-tagline = اكشف الاحتيال قبل أن يصطادك
# Followed by the player's name.
menu-playing-as = تلعب باسم
menu-rank = الرتبة: { $rank }
menu-points = النقاط: { $points }
menu-reviews-due = { $count ->
    [zero] لا مراجعات مستحقة
    [one] مراجعة واحدة مستحقة
    [two] مراجعتان مستحقتان
    [few] { $count } مراجعات مستحقة
    [many] { $count } مراجعةً مستحقة
   *[other] { $count } مراجعة مستحقة
}
menu-not-saving = التقدّم لا يُحفظ
menu-no-profile = تلعب دون ملف شخصي
menu-pack = الحزمة: { $name } (الإصدار { $version })
menu-pool = السيناريوهات: { $scenarios } (خطِرة: { $dangerous }، آمنة: { $safe }) · أسئلة كل جولة: { $count }
# Two lines of one sentence under the menu, each under 76 columns.
menu-hint-first = احكم على كل رسالة: آمنة هي أم خطِرة. وافحصها أولًا كما يفعل الشخص الحذِر:
menu-hint-second = من المرسل الحقيقي، وإلى أين تأخذ الروابط، ومن نشر التطبيق.

# The menu's entries.
menu-item-resume = أكمل جولتك
menu-item-resume-answered = أكمل جولتك (أجبت عن { $answered } من { $total })
menu-item-play = العب جولة
menu-item-daily = تحدي اليوم
# $done says how today's challenge went.
menu-item-daily-done = تحدي اليوم ({ $done })
menu-item-spot = التقط العلامات
menu-item-path = مسار التدريب
menu-item-path-passed = مسار التدريب (الوحدات المجتازة: { $passed } من { $total })
menu-item-review = راجع مهاراتك الأضعف
menu-item-review-due = راجع مهاراتك الأضعف (المستحق: { $count })
menu-item-stats = تقدّمك
menu-item-briefing = الإحاطة
menu-item-help = مساعدة
menu-item-quit = خروج

# The first-run screen, asking who is playing.
menu-name-welcome = أهلًا بك! ما اسمك؟ به نفصل تقدّمك عن تقدّم اللاعبين الآخرين.
menu-name-local = يُحفظ تقدّمك على هذا الجهاز فقط، ولا يُرسل إلى أي مكان.
menu-name-label = الاسم:
menu-welcome = أهلًا { $name }. يُحفظ تقدّمك على هذا الجهاز فقط.
menu-cannot-save = تعذّر حفظ التقدّم ({ $error }). ستلعب دون حفظ: اختر مجلدًا آخر بالخيار --data-dir DIR.

# The training path screen.
menu-path-title = مسار التدريب
menu-path-intro = اجتز كل وحدة بنسبة { $mark }% أو أكثر لتفتح التي تليها؛ ويجمع الاختبار النهائي كل المحاور.
menu-path-not-tried = لم تبدأ بعد
menu-path-best = أفضل نتيجة { $best }% في { $count ->
    [zero] لا محاولات
    [one] محاولة واحدة
    [two] محاولتين
    [few] { $count } محاولات
    [many] { $count } محاولةً
   *[other] { $count } محاولة
}
# A module's status, in a column 7 wide.
menu-path-passed = مجتازة
menu-path-open = مفتوحة
menu-path-locked = مقفلة
menu-path-items = { $count ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
menu-path-certificate-ready = اجتزت كل الوحدات: اضغط c لتعرض شهادتك.

# The progress (statistics) screen.
menu-stats-title = تقدّمك
menu-stats-rank-points = الرتبة: { $rank }  ·  النقاط: { $points }
# $accuracy is a percentage, $streak the best streak as worded elsewhere.
menu-stats-rounds = الجولات: { $rounds }  ·  الإجابات: { $answered } (الصحيح منها { $accuracy })  ·  { $streak }
menu-stats-inspected = الفحص قبل الإجابة: { $share } من الإجابات
menu-stats-next = التالي: { $next }
# Followed by a small chart, one bar per round.
menu-stats-trend = نسبة الصواب في كل جولة، الأقدم أولًا:
menu-stats-by-theme = حسب المحور
menu-stats-by-channel = حسب القناة
menu-stats-by-flag = حسب علامة التحذير
menu-stats-reviews-due = المراجعات المستحقة:
menu-stats-achievements = الإنجازات
menu-stats-no-profile = لا يوجد ملف شخصي: لن يُحفظ تقدّمك.

# The briefing: the fictional world of the pack.
menu-briefing-title = الإحاطة: عالمك
menu-briefing-domain = النطاق:
menu-briefing-rules = قواعد العمل
menu-briefing-colleagues = الزملاء
menu-briefing-contacts = المنصات والعملاء والموردون
menu-briefing-official-domains = النطاقات الرسمية:
menu-briefing-official-accounts = الحسابات الرسمية:
menu-briefing-phone = الهاتف المسجّل:
menu-briefing-pack = الحزمة: { $name }

# The certificate screen.
menu-certificate-title = الشهادة
menu-certificate-later = تحصل على الشهادة بعد اجتياز كل الوحدات.
menu-certificate-heading = شهادة إتمام
# Under the player's name.
menu-certificate-completed = تقديرًا لإتمام مسار التدريب في redflag
menu-certificate-pack = { $pack }.
menu-certificate-pack-on = { $pack }، بتاريخ { $date }.
# How the date the path was finished is written (a chrono format: %e day, %B month name, %Y year, %m month number, %d day with a zero).
menu-certificate-date-format = %d/%m/%Y
menu-certificate-pass-mark = اجتيزت كل وحدة بدرجة النجاح { $mark }% أو أكثر.
# The table's column headings.
menu-certificate-module = الوحدة
menu-certificate-best = أفضل نتيجة
menu-certificate-attempts = المحاولات
menu-certificate-passed-on = تاريخ الاجتياز
menu-certificate-version = الحزمة { $id }، الإصدار { $version }
menu-certificate-saved = حُفظت الشهادة في: { $path }
menu-certificate-not-saved = تعذّر حفظ الشهادة ({ $error }).
menu-certificate-not-saving = التقدّم لا يُحفظ في هذه اللعبة؛ لحفظ الشهادة في ملف استخدم `redflag certificate --output FILE`.

# The error when redflag is started without a terminal (its input or output redirected).
menu-no-terminal = تحتاج اللعبة إلى طرفية؛ وللسكربتات وقارئات الشاشة استخدم `redflag play --plain`

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
