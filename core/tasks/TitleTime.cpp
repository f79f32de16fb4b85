// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/TitleTime.h"

#include "core/common/Time.h"

#include <QRegularExpression>

namespace spil {

namespace {
using Opt = QRegularExpression::PatternOption;

// The days of the week, Monday first: in Dutch, then in English.
const QStringList &weekdayNames()
{
    static const QStringList names{
        QStringLiteral("maandag"),   QStringLiteral("dinsdag"),  QStringLiteral("woensdag"),
        QStringLiteral("donderdag"), QStringLiteral("vrijdag"),  QStringLiteral("zaterdag"),
        QStringLiteral("zondag"),    QStringLiteral("monday"),   QStringLiteral("tuesday"),
        QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
        QStringLiteral("saturday"),  QStringLiteral("sunday")};
    return names;
}
// As alternatives of a pattern: "maandag|dinsdag|…"; Dutch, English or both.
QString dutchWeekdays()
{
    return weekdayNames().mid(0, 7).join(QLatin1Char('|'));
}
QString englishWeekdays()
{
    return weekdayNames().mid(7).join(QLatin1Char('|'));
}

// A time a reader found, and where it was said: of several, the first said counts.
struct Found {
    qsizetype at = 0;
    int minute = 0;
};

std::optional<int> minuteOfDay(int hour, int minute)
{
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    return hour * 60 + minute;
}

// "3pm", "11 a.m.", "12:30 pm": the half of the day said.
std::optional<Found> withHalfOfDay(const QString &title, bool)
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w:.])(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![\w']))"),
        Opt::CaseInsensitiveOption);
    for (auto it = re.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        const int hour = m.captured(1).toInt();
        if (hour < 1 || hour > 12)
            continue;
        const bool pm = m.captured(3).startsWith(QLatin1Char('p'), Qt::CaseInsensitive);
        if (const auto at = minuteOfDay(hour % 12 + (pm ? 12 : 0), m.captured(2).toInt()))
            return Found{m.capturedStart(), *at};
    }
    return std::nullopt;
}

// What follows an hour said: a unit ("uur", "h"), the evening named, the half of the day
// ("pm"), the end of a clause.
struct Tail {
    bool unit = false;
    bool evening = false;
    bool halfOfDay = false;
    bool clauseEnds = false;
};

Tail tailOf(QString rest)
{
    static const QRegularExpression unit(QStringLiteral(R"(^\s*(?:uur|u|h)\b)"),
                                         Opt::CaseInsensitiveOption);
    static const QRegularExpression evening(
        QStringLiteral(R"(^\s*(?:'s\s*(?:avonds|middags)|in the (?:evening|afternoon))\b)"),
        Opt::CaseInsensitiveOption);
    static const QRegularExpression halfOfDay(QStringLiteral(R"(^\s*[ap]\.?m\b)"),
                                              Opt::CaseInsensitiveOption);
    static const QRegularExpression clauseEnd(QStringLiteral(R"(^\s*(?:$|[,;!?)]|\.(?!\d)))"));
    Tail tail;
    tail.halfOfDay = halfOfDay.match(rest).hasMatch();
    if (const auto u = unit.match(rest); u.hasMatch()) {
        tail.unit = true;
        rest = rest.mid(u.capturedEnd());
    }
    if (const auto e = evening.match(rest); e.hasMatch()) {
        tail.evening = true;
        rest = rest.mid(e.capturedEnd());
    }
    tail.clauseEnds = clauseEnd.match(rest).hasMatch();
    return tail;
}

// An hour of a 12-hour clock as said in an office: 1 to 6 without a leading zero is the
// afternoon, any hour said with the evening is after noon.
int saidHour(int hour, bool leadingZero, bool evening)
{
    if (evening)
        return hour < 12 ? hour + 12 : hour;
    return hour >= 1 && hour <= 6 && !leadingZero ? hour + 12 : hour;
}

// "om 14.30", "om 9 uur 's avonds", "at 10h30", "before 5": a time said after a word for
// "at". A bare hour counts only at the end of the title or of a clause ("om 2 redenen",
// "at 2 locations" are no times). eveningDay: the title says "vanavond", "tonight".
std::optional<Found> spoken(const QString &title, bool eveningDay)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:om|at|before|rond|around)\s+(\d{1,2})(?:[:.uh](\d{2}))?)"),
        Opt::CaseInsensitiveOption);
    for (auto it = re.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        const QString rest = title.mid(m.capturedEnd());
        if (rest.startsWith(QLatin1Char(':')) || (!rest.isEmpty() && rest.at(0).isDigit()) ||
            (rest.size() > 1 && rest.at(0) == QLatin1Char('.') && rest.at(1).isDigit()))
            continue; // "om 2026", "at 14:3", "om 3.505"
        const Tail tail = tailOf(rest);
        if (tail.halfOfDay)
            continue; // "at 9:00 pm": the half of the day said is read as such
        if (m.capturedLength(2) == 0 && !tail.unit && !tail.evening && !tail.clauseEnds)
            continue;
        const int hour = saidHour(m.captured(1).toInt(), m.captured(1).startsWith(QLatin1Char('0')),
                                  tail.evening || eveningDay);
        if (const auto at = minuteOfDay(hour, m.captured(2).toInt()))
            return Found{m.capturedStart(), *at};
    }
    return std::nullopt;
}

// Minutes a Dutch word for a part of the hour stands for.
int minutesOf(const QString &word)
{
    const QString w = word.toLower();
    return w == QLatin1String("vijf") ? 5 : w == QLatin1String("tien") ? 10 : 15;
}

bool isVoor(const QString &word)
{
    return word.compare(QLatin1String("voor"), Qt::CaseInsensitive) == 0;
}

// "om half 3" (14:30), "vijf voor half 3" (14:25), "kwart over 4", "tien voor 9 's avonds",
// "at half past 3", "a quarter to 12": an hour of the clock and a part of it. Dutch "half 3"
// is half an hour before three; after an English word for "at" ("at half 3") it is half
// past. Without such a word only where a clause ends ("half 3 liter melk" is no time).
std::optional<Found> partOfHour(const QString &title, bool eveningDay)
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<lead>\b(?:om|rond|at|before|around)\s+)?\b(?:)"
                       R"((?:(?<halfOff>vijf|tien|kwart)\s+(?<halfDir>voor|over)\s+)?half)"
                       R"(|(?<off>vijf|tien|kwart)\s+(?<dir>voor|over))"
                       R"(|(?<past>half\s+past|(?:a\s+)?quarter\s+past))"
                       R"(|(?<to>(?:a\s+)?quarter\s+to))"
                       R"()\s+(?<hour>\d{1,2})(?!\d|[:.]\d))"),
        Opt::CaseInsensitiveOption);
    static const QRegularExpression english(QStringLiteral(R"(^(?:at|before|around)\b)"),
                                            Opt::CaseInsensitiveOption);
    for (auto it = re.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        const int said = m.captured(u"hour").toInt();
        if (said < 1 || said > 12)
            continue;
        const QString rest = title.mid(m.capturedEnd());
        const Tail tail = tailOf(rest);
        const bool lead = m.capturedLength(u"lead") > 0;
        if (!lead && !tail.evening && !tail.clauseEnds && !tail.halfOfDay)
            continue;
        int delta = 0;
        if (m.capturedLength(u"past") > 0)
            delta = m.captured(u"past").startsWith(QLatin1String("half"), Qt::CaseInsensitive) ? 30
                                                                                               : 15;
        else if (m.capturedLength(u"to") > 0)
            delta = -15;
        else if (m.capturedLength(u"off") > 0)
            delta = minutesOf(m.captured(u"off")) * (isVoor(m.captured(u"dir")) ? -1 : 1);
        else if (m.capturedLength(u"halfOff") > 0)
            delta =
                -30 + minutesOf(m.captured(u"halfOff")) * (isVoor(m.captured(u"halfDir")) ? -1 : 1);
        else
            delta = lead && english.match(m.captured(u"lead")).hasMatch() ? 30 // "at half 3"
                                                                          : -30;
        constexpr int day = 24 * 60;
        // "quarter to 12pm": the half of the day is the said hour's, then the part of it.
        if (tail.halfOfDay) {
            const bool pm = rest.trimmed().startsWith(QLatin1Char('p'), Qt::CaseInsensitive);
            return Found{m.capturedStart(), ((said % 12 + (pm ? 12 : 0)) * 60 + delta + day) % day};
        }
        // Otherwise the clock's reading first ("half 1" is 12:30, "kwart voor 12" 11:45),
        // then the office's half of the day for the hour it gives, as for an hour said whole.
        const int onClock = ((said % 12) * 60 + delta + 12 * 60) % (12 * 60);
        const int hour12 = onClock / 60 == 0 ? 12 : onClock / 60;
        const int hour = saidHour(hour12, m.captured(u"hour").startsWith(QLatin1Char('0')),
                                  tail.evening || eveningDay) %
                         24;
        return Found{m.capturedStart(), hour * 60 + onClock % 60};
    }
    return std::nullopt;
}

// "Taxi 06:30", "zaal 14:00-15:30": a clock time as written; in the evening named
// ("vanavond taxi 8:00") after noon.
std::optional<Found> written(const QString &title, bool eveningDay)
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w:.])(\d{1,2}):(\d{2})(?![\d:]))"));
    for (auto it = re.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        int hour = m.captured(1).toInt();
        if (eveningDay && hour < 12 && !m.captured(1).startsWith(QLatin1Char('0')))
            hour += 12;
        if (const auto at = minuteOfDay(hour, m.captured(2).toInt()))
            return Found{m.capturedStart(), *at};
    }
    return std::nullopt;
}

// "vanavond", "morgenmiddag", "tonight": a part of the day after noon, said of the day.
bool namesEvening(const QString &title)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:vanavond|vanmiddag|morgenavond|morgenmiddag|tonight)"
                       R"(|(?:%1)(?:avond|middag))"
                       R"(|(?:this|tomorrow|%2) (?:evening|afternoon|night))\b)")
            .arg(dutchWeekdays(), englishWeekdays()),
        Opt::CaseInsensitiveOption);
    return re.match(title).hasMatch();
}

// A weekday said as a coming day: not every one, not a past one ("'s vrijdags" is every
// Friday and ends in no word boundary), not a day of a date said with it ("vrijdag 11
// december": the date is what counts, and it is not read).
struct Weekday {
    int day = 0;           // 1 (Monday) to 7
    bool nextWeek = false; // "volgende week vrijdag", "Friday next week"
    qsizetype at = 0;
};

std::optional<Weekday> weekdayIn(const QString &title)
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<!elke\s|iedere\s|every\s|vorige\s|afgelopen\s|last\s))"
                       R"((?<!sinds\s|since\s))"
                       R"(\b(%1|%2)(?:ochtend|middag|avond|morgen)?\b)")
            .arg(dutchWeekdays(), englishWeekdays()),
        Opt::CaseInsensitiveOption);
    static const QString month =
        QStringLiteral("(?:jan|feb|mrt|maa|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)");
    static const QRegularExpression dateAfter(
        QStringLiteral(R"(^,?\s+(?:\d{1,2}(?:e|ste|de|st|nd|rd|th)?\s+%1|\d{1,2}[-/]\d{1,2})"
                       R"(|%1[a-z]*\.?\s+\d))")
            .arg(month),
        Opt::CaseInsensitiveOption);
    // The week said right before or after the weekday: the next one, or a past one.
    static const QRegularExpression weekBefore(
        QStringLiteral(R"(\b(volgende|next|vorige|afgelopen|last)\s+week(?:\s+on)?\s+$)"),
        Opt::CaseInsensitiveOption);
    static const QRegularExpression weekAfter(
        QStringLiteral(R"(^,?\s+(?:van\s+|of\s+)?(volgende|next|vorige|afgelopen|last)\s+week\b)"),
        Opt::CaseInsensitiveOption);
    const auto m = re.match(title);
    if (!m.hasMatch())
        return std::nullopt;
    const QString after = title.mid(m.capturedEnd());
    if (dateAfter.match(after).hasMatch())
        return std::nullopt;
    QString week = weekBefore.match(title.left(m.capturedStart())).captured(1).toLower();
    if (week.isEmpty())
        week = weekAfter.match(after).captured(1).toLower();
    if (!week.isEmpty() && week != QStringLiteral("volgende") && week != QStringLiteral("next"))
        return std::nullopt;
    return Weekday{int(weekdayNames().indexOf(m.captured(1).toLower()) % 7) + 1, !week.isEmpty(),
                   m.capturedStart()};
}

// A date said in a title: "11 december", "3 dec.", "1 april 2027", "December 11", "op
// 11-12", "vrijdag 11/12". Numbers alone are a date only after a word that says so ("3/4
// liter" is none); a month said first only in English, and not "Jan" or "May", a name and
// a word as often ("Bel Jan 3 keer").
struct DateSaid {
    int day = 0;
    int month = 0;
    int year = 0; // 0: not said
    qsizetype at = 0;
};

std::optional<DateSaid> dateSaid(const QString &title)
{
    static const QString months = QStringLiteral(
        "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
        "december|january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|"
        "jul|aug|sept|sep|okt|oct|nov|dec)");
    static const QString englishFirst = QStringLiteral(
        "(january|february|march|april|june|july|august|september|october|november|december|"
        "feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)");
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(\b(\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+%1\.?(?!\w)(?:\s+(\d{4})\b)?)")
            .arg(months),
        Opt::CaseInsensitiveOption);
    static const QRegularExpression monthFirst(
        QStringLiteral(R"(\b%1\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?)")
            .arg(englishFirst),
        Opt::CaseInsensitiveOption);
    static const QRegularExpression numeric(
        QStringLiteral(R"(\b(?:op|on|per|voor|before|by|tot|until|uiterlijk|%1|%2),?\s+)"
                       R"((\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}))?\b)")
            .arg(dutchWeekdays(), englishWeekdays()),
        Opt::CaseInsensitiveOption);
    const auto monthOf = [](const QString &word) {
        static const QStringList firsts{
            QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
            QStringLiteral("apr"), QStringLiteral("mei"), QStringLiteral("jun"),
            QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
            QStringLiteral("okt"), QStringLiteral("nov"), QStringLiteral("dec")};
        QString w = word.left(3).toLower();
        if (w == QStringLiteral("maa") || w == QStringLiteral("mrt"))
            w = QStringLiteral("mar");
        else if (w == QStringLiteral("may"))
            w = QStringLiteral("mei");
        else if (w == QStringLiteral("oct"))
            w = QStringLiteral("okt");
        return int(firsts.indexOf(w)) + 1;
    };
    std::optional<DateSaid> first;
    const auto consider = [&](const DateSaid &d) {
        if (!first || d.at < first->at)
            first = d;
    };
    if (const auto m = dayFirst.match(title); m.hasMatch())
        consider({m.captured(1).toInt(), monthOf(m.captured(2)), m.captured(3).toInt(),
                  m.capturedStart()});
    if (const auto m = monthFirst.match(title); m.hasMatch())
        consider({m.captured(2).toInt(), monthOf(m.captured(1)), m.captured(3).toInt(),
                  m.capturedStart()});
    if (const auto m = numeric.match(title); m.hasMatch())
        consider({m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                  m.capturedStart(1)});
    return first;
}

// The day a title names, and whether as a weekday: a date said wins over its weekday.
std::optional<std::pair<QDate, bool>> dayNamed(const QString &title, const QDate &today)
{
    if (const auto d = dateSaid(title)) {
        QDate date(d->year > 0 ? d->year : today.year(), d->month, d->day);
        // A date without a year that has gone this year is next year's.
        if (date.isValid() && d->year == 0 && date < today)
            date = date.addYears(1);
        if (!date.isValid())
            return std::nullopt;
        return std::pair{date, false};
    }
    const auto named = weekdayIn(title);
    if (!named)
        return std::nullopt;
    if (named->nextWeek)
        return std::pair{today.addDays(7 - today.dayOfWeek() + named->day), true};
    return std::pair{today.addDays((named->day - today.dayOfWeek() + 7) % 7), true};
}
} // namespace

std::optional<int> timeInTitle(const QString &title)
{
    const bool eveningDay = namesEvening(title);
    // Of the times a title says, the first; where two readers find the same, the one listed
    // first ("9:00 pm" is a time with its half of the day, not "9:00" as written).
    std::optional<Found> first;
    for (const auto reader : {withHalfOfDay, partOfHour, spoken, written}) {
        const auto found = reader(title, eveningDay);
        if (found && (!first || found->at < first->at))
            first = found;
    }
    if (!first)
        return std::nullopt;
    return first->minute;
}

std::optional<TaskDue> dayInTitle(const QString &title)
{
    // Not "the day after tomorrow", "deze morgen" (this morning) or "maandag morgen".
    static const QRegularExpression tomorrow(
        QStringLiteral(R"((?<!after\s|deze\s|%1\s))"
                       R"(\b(?:morgen(?:ochtend|middag|avond|vroeg)?|tomorrow)\b)")
            .arg(weekdayNames().mid(0, 7).join(QStringLiteral("\\s|"))),
        Opt::CaseInsensitiveOption);
    static const QRegularExpression today(
        QStringLiteral(R"(\b(?:vandaag|vanavond|vanmiddag|vanochtend|vanmorgen|deze morgen)"
                       R"(|today|tonight|this (?:morning|afternoon|evening))\b)"),
        Opt::CaseInsensitiveOption);
    static const QRegularExpression week(QStringLiteral(R"(\b(?:deze week|this week)\b)"),
                                         Opt::CaseInsensitiveOption);
    // Said first wins: "vandaag bellen, morgen langs" is today.
    std::optional<TaskDue> day;
    qsizetype at = title.size();
    const auto earliest = [&](const QRegularExpression &re, TaskDue choice) {
        const auto m = re.match(title);
        if (m.hasMatch() && m.capturedStart() < at) {
            at = m.capturedStart();
            day = choice;
        }
    };
    earliest(tomorrow, TaskDue::Tomorrow);
    earliest(today, TaskDue::Today);
    earliest(week, TaskDue::ThisWeek);
    // A weekday or a date says more than "deze week" said with it ("deze week woensdag").
    qsizetype namedAt = -1;
    if (const auto date = dateSaid(title))
        namedAt = date->at;
    else if (const auto weekday = weekdayIn(title))
        namedAt = weekday->at;
    if (namedAt >= 0 && (namedAt < at || day == TaskDue::ThisWeek))
        day = TaskDue::TitleDay;
    return day;
}

std::optional<QDate> dateInTitle(const QString &title, const QDate &today)
{
    const auto named = dayNamed(title, today);
    return named ? std::optional(named->first) : std::nullopt;
}

std::optional<qint64> dueOnTitleDay(const QString &title, qint64 nowMs, const QTimeZone &zone,
                                    int workEndMin)
{
    const QDate today = dateIn(nowMs, zone);
    const auto named = dayNamed(title, today);
    if (!named)
        return std::nullopt;
    const auto [day, weekday] = *named;
    const int minute = timeInTitle(title).value_or(endOfWorkingDay(workEndMin));
    const qint64 at = atWallClock(day, minute, zone);
    // Said on a Friday afternoon, "vrijdag om 10" is no time already gone but next week's.
    return weekday && day == today && at < nowMs ? atWallClock(day.addDays(7), minute, zone) : at;
}

std::optional<qint64> dueAtTitleTime(TaskDue choice, int minuteOfDay, qint64 nowMs,
                                     const QTimeZone &zone)
{
    const QDate today = dateIn(nowMs, zone);
    if (choice == TaskDue::Today)
        return atWallClock(today, minuteOfDay, zone);
    if (choice == TaskDue::Tomorrow)
        return atWallClock(today.addDays(1), minuteOfDay, zone);
    return std::nullopt;
}

} // namespace spil
