// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/calendar/AppPasswordList.h"

#include "qml/shell/Display.h"
#include "qml/shell/OfficeStore.h"
#include "sync/client/SyncClient.h"
#include "sync/protocol/Protocol.h"

#include <QDateTime>
#include <QPointer>
#include <QUrl>

namespace spil::qml {

using client::SyncClient;

namespace {
QString failure(const SyncClient::AdminAnswer &answer)
{
    if (answer.code == QStringLiteral("offline"))
        return AppPasswordList::tr("The server cannot be reached; try again when online.");
    return answer.message;
}
} // namespace

AppPasswordList::AppPasswordList(QObject *parent) : RowList(parent) {}

AppPasswordList::AppPasswordList(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : AppPasswordList(parent)
{
    setOffice(office);
    setPeople(people);
}

AppPasswordList::~AppPasswordList() = default;

void AppPasswordList::reload()
{
    const bool available = office() && office()->syncClient();
    const QString server = available ? office()->serverUrl() : QString();
    if (server != m_listedFor && !m_rows.isEmpty()) {
        // Another session: what was listed belongs to someone else.
        setRows({}, [](const Row &r) { return r.id; });
        m_davPort = 0;
        m_newPassword.clear();
        m_newLabel.clear();
    }
    if (available != m_available || server != m_listedFor) {
        m_available = available;
        m_listedFor = server;
        Q_EMIT changed();
    }
}

QString AppPasswordList::davUrl() const
{
    if (m_davPort <= 0 || !office())
        return {};
    QUrl url(office()->serverUrl());
    url.setPort(m_davPort);
    url.setPath(QStringLiteral("/"));
    return url.toString();
}

void AppPasswordList::start()
{
    m_busy = true;
    m_message.clear();
    m_failed = false;
    m_newPassword.clear();
    m_newLabel.clear();
    Q_EMIT changed();
}

void AppPasswordList::finish(bool failed, const QString &message)
{
    m_busy = false;
    m_failed = failed;
    m_message = message;
    Q_EMIT changed();
}

void AppPasswordList::show(const protocol::AppPasswordsReply &reply)
{
    QList<Row> rows;
    const QTimeZone zone = office()->localZone();
    for (const protocol::AppPassword &a : reply.appPasswords) {
        const QDate made = QDateTime::fromMSecsSinceEpoch(a.createdAt, zone).date();
        rows << Row{a.id, a.label.isEmpty() ? tr("Calendar app") : a.label,
                    tr("made %1").arg(display::dayShort(made))};
    }
    m_davPort = reply.davPort;
    setRows(std::move(rows), [](const Row &r) { return r.id; });
}

void AppPasswordList::refresh()
{
    if (m_busy || !office())
        return;
    if (!available()) {
        finish(true, tr("Calendar apps need a server, and this is the demo office."));
        return;
    }
    start();
    QPointer<AppPasswordList> self(this);
    office()->syncClient()->listAppPasswords([self](const SyncClient::AdminAnswer &answer) {
        if (!self)
            return;
        if (!answer.ok || !self->office()) {
            self->finish(true, failure(answer));
            return;
        }
        self->show(answer.appPasswords);
        self->finish(false, {});
    });
}

void AppPasswordList::add(const QString &label)
{
    if (m_busy || !office() || !available())
        return;
    start();
    QPointer<AppPasswordList> self(this);
    office()->syncClient()->addAppPassword(
        label.trimmed(), [self](const SyncClient::AdminAnswer &answer) {
            if (!self)
                return;
            if (!answer.ok || !self->office() || answer.appPasswords.appPasswords.isEmpty()) {
                self->finish(true, failure(answer));
                return;
            }
            const protocol::AppPassword &made = answer.appPasswords.appPasswords.constFirst();
            // The list as the server has it now, the new one in it.
            self->m_busy = false;
            self->refresh();
            self->m_newPassword = made.password;
            self->m_newLabel = made.label;
            self->m_davPort = answer.appPasswords.davPort;
            Q_EMIT self->changed();
        });
}

void AppPasswordList::revoke(const QString &appPasswordId)
{
    if (m_busy || !office() || !available() || appPasswordId.isEmpty())
        return;
    start();
    QPointer<AppPasswordList> self(this);
    office()->syncClient()->revokeAppPassword(appPasswordId,
                                              [self](const SyncClient::AdminAnswer &answer) {
                                                  if (!self)
                                                      return;
                                                  if (!answer.ok) {
                                                      self->finish(true, failure(answer));
                                                      return;
                                                  }
                                                  self->m_busy = false;
                                                  self->refresh();
                                              });
}

} // namespace spil::qml
