// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/meetings/MinutesModel.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/documents/Document.h"
#include "core/documents/FileCache.h"
#include "core/documents/MinutesPdf.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MinutesRepo.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"
#include "sync/client/FileTransfer.h"

#include <QDateTime>
#include <QHash>
#include <iterator>

namespace spil::qml {

namespace {
QString kindText(MinutesEntryKind kind)
{
    switch (kind) {
    case MinutesEntryKind::Note:
        return MinutesModel::tr("Note");
    case MinutesEntryKind::Decision:
        return MinutesModel::tr("Decision");
    case MinutesEntryKind::Action:
        return MinutesModel::tr("Action");
    }
    return {};
}

QString statusText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return MinutesModel::tr("Open");
    case TaskStatus::Done:
        return MinutesModel::tr("Done");
    case TaskStatus::Cancelled:
        return MinutesModel::tr("Cancelled");
    }
    return {};
}

QString stateWord(MinutesState state)
{
    switch (state) {
    case MinutesState::Draft:
        return MinutesModel::tr("Draft");
    case MinutesState::Review:
        return MinutesModel::tr("In review");
    case MinutesState::Final:
        return MinutesModel::tr("Final");
    }
    return {};
}

// The days a due choice is from the meeting's day (what "in a week" meant when it was
// agreed, also when the minutes are written up later): none, in a week, two, four.
constexpr int kDueDays[] = {0, 7, 14, 28};
} // namespace

MinutesModel::MinutesModel(QObject *parent) : RowList(parent) {}

MinutesModel::MinutesModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : MinutesModel(parent)
{
    link(office, people);
}

void MinutesModel::meetingSwitched()
{
    m_itemIndex = 0;
}

void MinutesModel::setItemIndex(int index)
{
    const int bounded = std::clamp(index, 0, std::max(0, int(m_items.size()) - 1));
    if (bounded == m_itemIndex)
        return;
    m_itemIndex = bounded;
    reload();
}

QString MinutesModel::itemId() const
{
    return m_itemIndex < m_items.size() ? m_items.at(m_itemIndex).id : QString();
}

QStringList MinutesModel::dueChoices() const
{
    return {tr("No date"), tr("In a week"), tr("In two weeks"), tr("In four weeks")};
}

void MinutesModel::reload()
{
    QList<Row> rows;
    m_items.clear();
    m_minutes.reset();
    m_itemTitle.clear();
    m_itemText.clear();
    m_title.clear();
    m_whenText.clear();
    m_aheadText.clear();
    m_meetingDay = {};
    m_stateText.clear();
    m_attendees.clear();
    m_commentTexts.clear();
    readGuarded("MinutesModel", [&] {
        if (!open() || meeting().appointmentId.isEmpty())
            return;
        Database &db = *office()->store();
        const auto a = AgendaRepo(db).byId(meeting().appointmentId);
        if (!a)
            return;
        const MeetingRef here = meeting();
        const QTimeZone zone = office()->localZone();
        const qint64 start = here.occurrenceUtc >= 0 ? here.occurrenceUtc : a->startUtc;
        m_title = a->title;
        m_meetingDay = dateIn(start, zone);
        m_whenText = display::dayLong(m_meetingDay) + QStringLiteral(" · ") +
                     display::timeRange(start, start + (a->endUtc - a->startUtc), zone);
        const qint64 daysAhead = dateIn(office()->clock().nowMs(), zone).daysTo(m_meetingDay);
        if (daysAhead > 0)
            m_aheadText =
                tr("Ahead of the meeting: it is on %1, in %n day(s).", nullptr, int(daysAhead))
                    .arg(display::dayLong(m_meetingDay));
        QStringList present{a->owner};
        for (const QString &id : a->attendees) {
            if (!present.contains(id))
                present << id;
        }
        for (const QString &id : present)
            m_attendees << QVariantMap{{QStringLiteral("personId"), id},
                                       {QStringLiteral("name"), people()->nameOf(id)}};
        m_items = MeetingRepo(db).items(here);
        m_itemIndex = std::clamp(m_itemIndex, 0, std::max(0, int(m_items.size()) - 1));
        MinutesRepo minutes(db);
        m_minutes = minutes.current(here);
        if (m_minutes)
            m_stateText =
                tr("Version %1 · %2").arg(m_minutes->version).arg(stateWord(m_minutes->state));
        else
            m_stateText = tr("Not begun");
        if (m_items.isEmpty())
            return;
        const MeetingItem &item = m_items.at(m_itemIndex);
        m_itemTitle = item.title;
        QStringList about{tr("Item %1 of %2").arg(m_itemIndex + 1).arg(m_items.size())};
        if (!item.presenter.isEmpty())
            about << people()->nameOf(item.presenter);
        if (item.minutesAllotted > 0)
            about << tr("%n min", nullptr, item.minutesAllotted);
        m_itemText = about.join(QStringLiteral(" · "));

        QHash<QString, QVariantList> onLine;
        QList<MinutesComment> onItem;
        const QString me = people()->me().id;
        for (const MinutesComment &c : minutes.comments(here)) {
            if (c.itemId != item.id)
                continue;
            m_commentTexts.insert(c.id, c.text);
            if (c.entryId.isEmpty())
                onItem << c;
            else
                onLine[c.entryId] << QVariantMap{
                    {QStringLiteral("commentId"), c.id},
                    {QStringLiteral("text"),
                     people()->nameOf(c.author) + QStringLiteral(": ") + c.text},
                    {QStringLiteral("mine"), c.author == me}};
        }
        const qint64 now = office()->clock().nowMs();
        for (const MinutesLine &line : minutes.lines(here)) {
            const MinutesEntry &e = line.entry;
            if (e.itemId != item.id)
                continue;
            Row row;
            row.id = e.id;
            row.kind = e.kind;
            row.kindText = kindText(e.kind);
            row.text = e.text;
            if (e.kind == MinutesEntryKind::Action) {
                QStringList parts{people()->nameOf(e.owner)};
                if (e.dueUtc >= 0)
                    parts << display::due(e.dueUtc, now, zone);
                row.aboutText = parts.join(QStringLiteral(" · "));
            }
            if (line.taskStatus) {
                row.statusText = statusText(*line.taskStatus);
                row.done = *line.taskStatus == TaskStatus::Done;
            }
            row.comments = onLine.value(e.id);
            rows << row;
        }
        for (const MinutesComment &c : onItem) {
            Row row;
            row.id = c.id;
            row.comment = true;
            row.kindText = tr("Comment");
            row.text = c.text;
            row.aboutText = people()->nameOf(c.author);
            row.mine = c.author == me;
            rows << row;
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

bool MinutesModel::write(const std::function<void(Database &)> &action)
{
    if (!office())
        return false;
    return office()->act(action).isEmpty();
}

bool MinutesModel::add(MinutesEntryKind kind, const QString &text)
{
    const QString item = itemId();
    if (item.isEmpty() || text.trimmed().isEmpty())
        return false;
    return write([&](Database &db) {
        MinutesRepo(db).addEntry(item, kind, text.trimmed(), people()->me().id);
    });
}

bool MinutesModel::addAction(const QString &text, const QString &ownerId, int dueChoice)
{
    const QString item = itemId();
    if (item.isEmpty() || text.trimmed().isEmpty() || ownerId.isEmpty())
        return false;
    qint64 due = -1;
    const int days =
        dueChoice > 0 && dueChoice < int(std::size(kDueDays)) ? kDueDays[dueChoice] : 0;
    if (days > 0 && office()) {
        const QTimeZone zone = office()->localZone();
        const QDate from =
            m_meetingDay.isValid() ? m_meetingDay : dateIn(office()->clock().nowMs(), zone);
        due = QDateTime(from.addDays(days), QTime(17, 0), zone).toMSecsSinceEpoch();
    }
    return write([&](Database &db) {
        MinutesRepo(db).addAction(item, text.trimmed(), ownerId, due, people()->me().id);
    });
}

bool MinutesModel::editLine(const QString &lineId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    return write([&](Database &db) { MinutesRepo(db).editEntry(lineId, text.trimmed()); });
}

QString MinutesModel::removeLine(const QString &lineId)
{
    QString text;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.id == lineId)
            text = r.text;
    }
    return write([&](Database &db) { MinutesRepo(db).removeEntry(lineId); }) ? text : QString();
}

void MinutesModel::restoreLine(const QString &lineId)
{
    write([&](Database &db) { MinutesRepo(db).restoreEntry(lineId); });
}

bool MinutesModel::comment(const QString &lineId, const QString &text)
{
    const QString item = itemId();
    if (item.isEmpty() || text.trimmed().isEmpty())
        return false;
    return write([&](Database &db) {
        MinutesRepo(db).addComment(item, lineId, text.trimmed(), people()->me().id);
    });
}

QString MinutesModel::removeComment(const QString &commentId)
{
    const QString text = m_commentTexts.value(commentId);
    return write([&](Database &db) { MinutesRepo(db).removeComment(commentId, people()->me().id); })
               ? text
               : QString();
}

void MinutesModel::restoreComment(const QString &commentId)
{
    write([&](Database &db) { MinutesRepo(db).restoreComment(commentId, people()->me().id); });
}

void MinutesModel::setState(MinutesState state)
{
    write([&](Database &db) {
        MinutesRepo repo(db);
        const Minutes minutes = repo.open(meeting(), people()->me().id);
        repo.setState(minutes.id, state);
    });
}

void MinutesModel::correct()
{
    write([&](Database &db) { MinutesRepo(db).correct(meeting(), people()->me().id); });
}

QString MinutesModel::exportPdf(const QString &language)
{
    if (!open() || !office()->fileCache() || meeting().appointmentId.isEmpty())
        return {};
    const MinutesLanguage lang =
        fromText<MinutesLanguage>(language).value_or(MinutesLanguage::English);
    Document filed;
    const bool ok = write([&](Database &db) {
        const MinutesPdfInput input =
            minutesPdfOf(db, meeting(), office()->localZone(), lang, letterheadOf(db));
        filed = fileMinutesPdf(db, *office()->fileCache(), meeting(),
                               minutesWords(lang).fileTitle.arg(input.title).arg(input.version),
                               writeMinutesPdf(input, lang), people()->me().id);
    });
    if (!ok)
        return {};
    const QString path = office()->fileCache()->pathOf(filed.sha256);
    office()->fileCache()->touch(filed.sha256);
    m_exportText = tr("Filed with the meeting: %1").arg(filed.title);
    Q_EMIT exported();
    client::FileTransfer *transfer = office()->fileTransfer();
    if (!transfer)
        return path;
    // The file goes up in the file round after the sync that pushes its record; one the
    // server did not take stays owed and goes with a later round. Here only what the user
    // is told.
    disconnect(m_sendingLinks[0]);
    disconnect(m_sendingLinks[1]);
    m_sendingLinks[0] = connect(transfer, &client::FileTransfer::finished, this,
                                [this, filed](const QString &sha256) {
                                    if (sha256 != filed.sha256)
                                        return;
                                    m_exportText = tr("Sent: %1").arg(filed.title);
                                    Q_EMIT exported();
                                });
    m_sendingLinks[1] =
        connect(transfer, &client::FileTransfer::failed, this,
                [this, filed](const QString &sha256, const QString &, const QString &message) {
                    if (sha256 != filed.sha256)
                        return;
                    m_exportText =
                        tr("Filed on this device; it is sent with the next sync (%1)").arg(message);
                    Q_EMIT exported();
                });
    return path;
}

} // namespace spil::qml
