// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"
#include "core/people/Person.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>

namespace spil {

// An archived item's fixed sets of values; QML reads them as Archive.LetterIn, ...
struct ArchiveEnums {
    Q_GADGET
public:
    enum class Kind { LetterIn, LetterOut, Contract, Minutes, Report };
    Q_ENUM(Kind)
};
using ArchiveKind = ArchiveEnums::Kind;

inline constexpr EnumText<ArchiveKind> archiveKindTexts[] = {{ArchiveKind::LetterIn, "letter_in"},
                                                             {ArchiveKind::LetterOut, "letter_out"},
                                                             {ArchiveKind::Contract, "contract"},
                                                             {ArchiveKind::Minutes, "minutes"},
                                                             {ArchiveKind::Report, "report"}};
template <>
inline constexpr std::span<const EnumText<ArchiveKind>> enumTexts<ArchiveKind>{archiveKindTexts};

// Where the paper is kept; empty parts are not known (a letter kept only digitally).
struct PaperLocation {
    QString cabinet;
    QString binder;
    QString shelf;
    bool operator==(const PaperLocation &) const = default;
};

// One entry of the office's register: a letter in or out, a contract, minutes or a report,
// kept on paper somewhere and digitally as the documents that name it. It belongs to a
// director (owner): a restricted one is read only by his side (he, the assistants who serve
// him and office managers), a confidential one only by him and his assistants.
struct ArchiveItem {
    QString id;
    QString owner; // the director whose archive it is (a person id)
    ArchiveKind kind = ArchiveKind::LetterIn;
    QDate date; // of the letter, the signature, the meeting or the report
    QString subject;
    QStringList parties; // who it is from, to or between, by name
    QStringList tags;
    PaperLocation location;
    int retentionYears = 0; // how long it is kept after its date; 0: for ever
    bool confidential = false;
    bool restricted = false; // a sent letter's copy, with the notes it came from
    // A contract's term and its notice period in months (start and end invalid otherwise;
    // no end: it runs until given notice).
    QDate contractStart;
    QDate contractEnd;
    int noticeMonths = 0;
    QString createdBy;
    qint64 createdAt = 0;
};

// The day notice must be given by: the contract's end less its notice period. Invalid for
// anything that is not a contract with an end.
QDate noticeDate(const ArchiveItem &item);
// How many days before the notice date the secretary's task falls due.
inline constexpr int kNoticeLeadDays = 14;
// The day the secretary's task is due: kNoticeLeadDays before the notice date, never
// before the day it is made (today); invalid when there is no notice date or it passed.
QDate noticeTaskDay(const ArchiveItem &item, const QDate &today);
// The id of the notice task of an archived contract: a UUID made from the item's id, the
// same on every device, so two devices filing or editing the contract offline make one
// task.
QString noticeTaskId(const QString &archiveItemId);
// The last day the item must be kept: its date plus its retention years; invalid when it is
// kept for ever (or has no date).
QDate retentionEnds(const ArchiveItem &item);
// Whether the item may be destroyed on today: its retention ended before today.
bool retentionPassed(const ArchiveItem &item, const QDate &today);
// The paper location as one line ("Cabinet A · Binder 3 · Shelf 2"), empty when unknown;
// words gives the three labels in the reader's language.
QString locationText(const PaperLocation &location, const QStringList &words = {});
// Whether the device can read a file of this type for the search: a PDF or plain text.
inline bool textReadable(const QString &mime)
{
    return mime == QLatin1String("application/pdf") || mime.startsWith(QLatin1String("text/"));
}

// Who keeps the archive (adds, edits, files and removes items): directors, assistants and
// the office manager. The server holds to the same for every item (EntityPolicy) and, for
// a confidential one, to the director and his assistants only.
inline bool keepsArchive(Role role)
{
    return role == Role::Director || role == Role::Assistant || role == Role::OfficeManager;
}

} // namespace spil
