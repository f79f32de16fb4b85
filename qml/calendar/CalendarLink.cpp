// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/calendar/CalendarLink.h"

#include "core/calendar/CalendarExport.h"
#include "core/calendar/CalendarImport.h"
#include "core/calendar/IcsExport.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/store/Database.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"
#include "sync/client/SyncClient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>

namespace spil::qml {

namespace {
// Device-local: the server never hands a token out twice.
const QString kFeedPath = QStringLiteral("calendar_feed_path");
} // namespace

CalendarLink::CalendarLink(QObject *parent)
    : OfficeView(parent),
      m_exportFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
}

CalendarLink::CalendarLink(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : CalendarLink(parent)
{
    setOffice(office);
    setPeople(people);
}

bool CalendarLink::available() const
{
    return m_available;
}

void CalendarLink::reload()
{
    // A sign-in or a sign-out changes the office under the same view: read it all again.
    const bool available = office() && office()->syncClient();
    QString url;
    if (available && office()->store()) {
        const QString path = office()->store()->meta(kFeedPath);
        if (!path.isEmpty()) {
            QUrl server(office()->serverUrl());
            server.setPath(path);
            url = server.toString();
        }
    }
    if (url != m_url || available != m_available) {
        m_url = url;
        m_available = available;
        Q_EMIT changed();
    }
}

QString CalendarLink::webcalUrl() const
{
    if (m_url.isEmpty())
        return {};
    QUrl webcal(m_url);
    webcal.setScheme(QStringLiteral("webcal"));
    return webcal.toString();
}

void CalendarLink::setExportFolder(const QString &folder)
{
    if (folder == m_exportFolder)
        return;
    m_exportFolder = folder;
    Q_EMIT changed();
}

void CalendarLink::finish(bool failed, const QString &message)
{
    m_busy = false;
    m_partial = false;
    m_failed = failed;
    m_message = message;
    Q_EMIT changed();
}

void CalendarLink::replace()
{
    if (m_busy || !office())
        return;
    if (!available()) {
        finish(true, tr("A calendar link needs a server, and this is the demo office."));
        return;
    }
    m_busy = true;
    m_message.clear();
    m_failed = false;
    Q_EMIT changed();
    QPointer<CalendarLink> self(this);
    office()->syncClient()->replaceFeedLink([self](const client::SyncClient::AdminAnswer &answer) {
        if (!self)
            return;
        if (!answer.ok || !self->office() || !self->office()->store()) {
            self->finish(true, answer.code == QStringLiteral("offline")
                                   ? tr("The server cannot be reached; the link is as it "
                                        "was.")
                                   : tr("No new link: %1").arg(answer.message));
            return;
        }
        self->office()->store()->setMeta(kFeedPath, answer.path);
        self->reload();
        self->finish(false, tr("New link made; the one before no longer works."));
    });
}

QUrl CalendarLink::exportFile()
{
    if (!office() || !office()->store() || !people() || people()->me().id.isEmpty()) {
        finish(true, tr("No office is open."));
        return {};
    }
    Database &db = *office()->store();
    const qint64 now = office()->clock().nowMs();
    ExportOptions options;
    options.tasks = true;
    const QByteArray ics = writeIcs(calendarFromStore(db, people()->me().id, options), now);
    const QString name =
        QStringLiteral("spil-%1-%2.ics")
            .arg(people()->me().handle,
                 QDateTime::fromMSecsSinceEpoch(now).toString(QStringLiteral("yyyy-MM-dd")));
    QDir().mkpath(m_exportFolder);
    const QString path = QDir(m_exportFolder).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        finish(true, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return {};
    }
    finish(false, tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
    return QUrl::fromLocalFile(path);
}

bool CalendarLink::importFile(const QUrl &file, bool takeValid)
{
    if (!office() || !office()->store() || !people()) {
        finish(true, tr("No office is open."));
        return false;
    }
    QFile in(file.toLocalFile());
    if (!in.open(QIODevice::ReadOnly)) {
        finish(true, tr("Cannot read %1: %2").arg(file.toLocalFile(), in.errorString()));
        return false;
    }
    const QByteArray text = in.readAll();
    const QString owner = people()->agendaPersonId();
    const QString actor = people()->me().id;
    ImportReport report;
    const auto error = office()->attempt([&](Database &db) {
        report = importIcs(db, text, owner, actor.isEmpty() ? owner : actor, takeValid);
    });
    const QString name = QFileInfo(file.toLocalFile()).fileName();
    if (error) {
        finish(true, tr("Nothing imported from %1: %2").arg(name, error->message()));
        return false;
    }
    if (!report.applied) {
        const IcsProblem &first = report.problems.constFirst();
        finish(true, tr("Nothing imported from %1: %n event(s) cannot be taken (line %2: %3).", "",
                        int(report.problems.size()))
                         .arg(name)
                         .arg(first.line)
                         .arg(first.reason));
        m_partial = report.valid > 0;
        Q_EMIT changed();
        return false;
    }
    finish(false, tr("%1 into %2's agenda: %3 added, %4 updated, %5 unchanged, %6 skipped.")
                      .arg(name, people()->firstNameOf(owner))
                      .arg(report.added)
                      .arg(report.updated)
                      .arg(report.unchanged)
                      .arg(report.problems.size()));
    return true;
}

} // namespace spil::qml
