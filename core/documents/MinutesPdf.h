// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"
#include "core/meetings/Meeting.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace spil {

class Database;

// The language minutes are written out in: chosen per export (minutes go to a board that
// may read English whatever the secretary's device speaks).
struct MinutesPdfEnums {
    Q_GADGET
public:
    enum class Language { English, Dutch };
    Q_ENUM(Language)
};
using MinutesLanguage = MinutesPdfEnums::Language;
inline constexpr EnumText<MinutesLanguage> minutesLanguageTexts[] = {
    {MinutesLanguage::English, "en"}, {MinutesLanguage::Dutch, "nl"}};
template <>
inline constexpr std::span<const EnumText<MinutesLanguage>> enumTexts<MinutesLanguage>{
    minutesLanguageTexts};

// The office's letterhead at the top of the first page: its name, and a line under it
// (address, phone) when there is one.
struct Letterhead {
    QString office;
    QString address;
};

// One action as the minutes print it: the names and the due date already written out.
struct MinutesPdfAction {
    QString text;
    QString owner;
    QString due;    // empty: none
    QString status; // "open", "done" in the minutes' language; empty: no task
};

struct MinutesPdfItem {
    QString title;
    QStringList notes;
    QStringList decisions;
    QList<MinutesPdfAction> actions;
};

struct MinutesPdfInput {
    Letterhead letterhead;
    QString title;
    QString when;
    QStringList attendees;
    int version = 1;
    QString state; // in the minutes' language
    QList<MinutesPdfItem> items;
};

// The words minutes print in a language.
struct MinutesWords {
    QString minutes, attendees, version, notes, decisions, actions, owner, due, nothing, pageOf;
    QString draft, review, final, open, done, cancelled;
    QString fileTitle; // "Minutes %1 v%2.pdf": %1 the meeting, %2 the version
};
MinutesWords minutesWords(MinutesLanguage language);

// A meeting's current minutes as this store holds them, written out in language: the
// meeting's time in zone, the attendees' and owners' names, each action's task status.
// NotFound when the meeting has no minutes.
MinutesPdfInput minutesPdfOf(Database &db, const MeetingRef &meeting, const QTimeZone &zone,
                             MinutesLanguage language, const Letterhead &letterhead);

// The minutes as one A4 PDF: the letterhead, the title, the time, the attendees, the
// version and state, then per agenda item its notes, decisions and actions (owner, due,
// status); long lines wrap, pages break between lines and each page says "page n of N".
QByteArray writeMinutesPdf(const MinutesPdfInput &minutes, MinutesLanguage language);

// Files a PDF of the minutes with the meeting: its bytes into the device's file cache under
// their hash (owed to the server until sent, and readable offline), and a document of the
// meeting, added by `by`. Returns the document.
struct Document;
class FileCache;
Document fileMinutesPdf(Database &db, FileCache &cache, const MeetingRef &meeting,
                        const QString &title, const QByteArray &pdf, const QString &by);

// The letterhead a device prints: the office's name and address lines from the office's
// synced style (OfficeStyleRepo::current: what the device kept itself while the office set
// none, else the workspace it signed in to). Setting it is a user action of the office
// manager's that syncs; address may hold several lines, apart by newlines or " \u00b7 ".
Letterhead letterheadOf(Database &db);
void setLetterhead(Database &db, const Letterhead &letterhead);

} // namespace spil
