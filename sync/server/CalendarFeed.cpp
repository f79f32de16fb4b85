// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/CalendarFeed.h"

#include "core/agenda/AgendaRepo.h"
#include "core/calendar/IcsExport.h"
#include "core/common/Clock.h"
#include "core/tasks/TaskRepo.h"
#include "sync/server/Access.h"
#include "sync/server/Credentials.h"
#include "sync/server/SyncError.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace spil::server {

using protocol::ErrorCode;

namespace {
const QString kSuffix = QStringLiteral(".ics");

// The fields a reader receives of a record, as the core's records take them.
QVariantMap readable(const StoredRecord &r, ReadAccess read)
{
    const QJsonObject fields = read == ReadAccess::Full ? r.fields : Access::redacted(r);
    QVariantMap out;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.value().isNull()) // a time not set reads as absent, as from the device's store
            out.insert(it.key(), it.value().toVariant());
    }
    out.insert(QStringLiteral("id"), r.id);
    return out;
}

bool attends(const StoredRecord &r, const QString &person)
{
    return r.fields.value(QStringLiteral("attendees")).toArray().contains(QJsonValue(person));
}

QString unquoted(QString tag)
{
    tag = tag.trimmed();
    if (tag.startsWith(QStringLiteral("W/")))
        tag = tag.mid(2);
    return tag;
}
} // namespace

QString CalendarFeed::replaceToken(const User &user)
{
    const QString token = makeToken();
    m_storage.setFeedToken(user.id, tokenHash(token), m_clock.nowMs());
    return token;
}

void CalendarFeed::revokeToken(const User &user)
{
    m_storage.removeFeedToken(user.id);
}

std::optional<qint64> CalendarFeed::tokenCreated(const User &user)
{
    return m_storage.feedTokenCreated(user.id);
}

QByteArray CalendarFeed::etagOf(const User &user)
{
    // Every change a reader could see takes a version (records, principals); the user's
    // own reading rights come along, so a new role or principals change the tag too.
    QCryptographicHash who(QCryptographicHash::Sha256);
    who.addData(QStringList{user.id, user.personId, toText(user.role), user.principals.join(',')}
                    .join(QLatin1Char('\n'))
                    .toUtf8());
    return "W/\"" + QByteArray::number(m_storage.currentVersion(user.workspace)) + '-' +
           who.result().toHex().left(16) + '"';
}

CalendarFeed::Answer CalendarFeed::answer(const QString &fileName, const QString &ifNoneMatch)
{
    static const QRegularExpression tokenForm(QStringLiteral("^[A-Za-z0-9_-]{20,100}$"));
    const QString token = fileName.endsWith(kSuffix) ? fileName.chopped(kSuffix.size()) : QString();
    if (!tokenForm.match(token).hasMatch())
        throw SyncError(400, ErrorCode::BadRequest,
                        QStringLiteral("a calendar feed's address is /v1/feed/TOKEN.ics"));
    const auto user = m_storage.feedTokenOwner(tokenHash(token));
    if (!user)
        throw SyncError(404, ErrorCode::NotFound,
                        QStringLiteral("no such calendar feed: its link was replaced or revoked"));
    Answer out;
    out.etag = etagOf(*user);
    for (const QString &tag : ifNoneMatch.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (tag.trimmed() == QStringLiteral("*") ||
            unquoted(tag) == unquoted(QString::fromLatin1(out.etag))) {
            out.notModified = true;
            return out;
        }
    }
    out.body = writeIcs(calendarOf(*user), m_clock.nowMs());
    return out;
}

CalendarData CalendarFeed::calendarOf(const User &user)
{
    const QString workspace = user.workspace;
    const Access access(user);
    QSet<QString> agendas{user.personId};
    for (const QString &p : user.principals)
        agendas.insert(p);

    CalendarData data;
    for (const StoredRecord &r : m_storage.liveRecords(workspace, QStringLiteral("people"))) {
        const QVariantMap person = readable(r, access.read(r));
        data.people.insert(r.id, {person.value(QStringLiteral("name")).toString(),
                                  person.value(QStringLiteral("email")).toString()});
        if (r.id == user.personId)
            data.name = person.value(QStringLiteral("name")).toString();
    }
    if (data.name.isEmpty())
        data.name = user.name;

    QHash<QString, QList<StoredRecord>> exceptions;
    for (const StoredRecord &e :
         m_storage.liveRecords(workspace, QStringLiteral("appointment_exceptions")))
        exceptions[e.fields.value(QStringLiteral("series_id")).toString()] << e;
    for (const StoredRecord &r : m_storage.liveRecords(workspace, QStringLiteral("appointments"))) {
        // Whose agenda it is in is read from the record as held; what it shows, by the rules.
        if (!agendas.contains(r.fields.value(QStringLiteral("owner")).toString()) &&
            !attends(r, user.personId))
            continue;
        const ReadAccess read = access.read(r);
        if (read == ReadAccess::None)
            continue;
        CalendarEvent event;
        event.appointment = AgendaRepo::fromRecord(readable(r, read));
        event.busyOnly = read == ReadAccess::Redacted;
        for (const StoredRecord &e : exceptions.value(r.id))
            event.instances << AgendaRepo::instanceFromRecord(readable(e, access.read(e, &r)));
        data.events << event;
    }
    for (const StoredRecord &r : m_storage.liveRecords(workspace, QStringLiteral("tasks"))) {
        if (r.fields.value(QStringLiteral("assignee")).toString() != user.personId ||
            access.read(r) != ReadAccess::Full)
            continue;
        const Task task = TaskRepo::fromRecord(readable(r, ReadAccess::Full));
        if (task.status == TaskStatus::Open)
            data.tasks << task;
    }
    return data;
}

} // namespace spil::server
