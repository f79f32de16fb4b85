// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/reception/ReceptionModel.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/documents/FileCache.h"
#include "core/documents/MinutesPdf.h"
#include "core/reception/ReceptionRepo.h"
#include "core/reception/VisitorListPdf.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace spil::qml {

ReceptionModel::ReceptionModel(QObject *parent) : RowList(parent) {}

ReceptionModel::ReceptionModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : ReceptionModel(parent)
{
    link(office, people);
}

void ReceptionModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    reload();
}

bool ReceptionModel::canKeep() const
{
    return people() && keepsReception(people()->me().role);
}

bool ReceptionModel::canSetRetention() const
{
    return people() && setsVisitorRetention(people()->me().role);
}

int ReceptionModel::maxRetentionDays() const
{
    return kMaxVisitorRetentionDays;
}

bool ReceptionModel::setRetentionDays(int days)
{
    if (!office() || !canSetRetention())
        return false;
    return office()->act([&](Database &db) { ReceptionRepo(db).setRetentionDays(days); }).isEmpty();
}

int ReceptionModel::arrived() const
{
    return int(std::count_if(m_day.begin(), m_day.end(),
                             [](const ExpectedVisitor &v) { return v.checkedInAt != 0; }));
}

void ReceptionModel::reload()
{
    QList<Row> rows;
    m_day.clear();
    readGuarded("ReceptionModel", [&] {
        if (!open())
            return;
        Database &db = *office()->store();
        const QTimeZone zone = office()->localZone();
        const QDate today = dateIn(db.clock().nowMs(), zone);
        m_dayText = display::dayLong(today);
        m_day = ReceptionRepo(db).day(today, zone);
        m_retentionDays = ReceptionRepo(db).retentionDays();
        // The server sends a host only their own visitors; the demo's store holds all of
        // them for every role, so the list asks the role too.
        if (!canKeep()) {
            const QString me = people()->me().id;
            m_day.removeIf([&](const ExpectedVisitor &v) { return v.host != me; });
        }
        const auto timeOf = [&](qint64 ms) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, zone).time(),
                                      QStringLiteral("HH:mm"));
        };
        for (const ExpectedVisitor &v : findVisitors(m_day, m_query)) {
            // A name past the retention is gone; the visit stays in the office's count.
            if (v.name.isEmpty())
                continue;
            rows << Row{v.visitorId,
                        v.name,
                        v.organisation,
                        timeOf(v.expectedUtc),
                        people()->nameOf(v.host),
                        v.appointmentTitle,
                        v.checkedInAt != 0,
                        v.checkedInAt != 0 ? tr("in at %1").arg(timeOf(v.checkedInAt)) : QString()};
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

bool ReceptionModel::checkIn(const QString &visitorId)
{
    if (!office() || !people())
        return false;
    const auto row = std::find_if(m_day.begin(), m_day.end(), [&](const ExpectedVisitor &v) {
        return v.visitorId == visitorId;
    });
    if (row == m_day.end())
        return false;
    const ExpectedVisitor visitor = *row;
    const QString me = people()->me().id;
    return office()->act([&](Database &db) { ReceptionRepo(db).checkIn(visitor, me); }).isEmpty();
}

bool ReceptionModel::undoCheckIn(const QString &visitorId)
{
    return office() &&
           office()->act([&](Database &db) { ReceptionRepo(db).undoCheckIn(visitorId); }).isEmpty();
}

bool ReceptionModel::add(const QString &name, const QString &organisation, const QString &hostId)
{
    if (!office() || !people())
        return false;
    const QString me = people()->me().id;
    return office()
        ->act([&](Database &db) {
            ReceptionRepo(db).add({.name = name,
                                   .organisation = organisation,
                                   .expectedUtc = db.clock().nowMs(),
                                   .host = hostId,
                                   .createdBy = me});
        })
        .isEmpty();
}

QString ReceptionModel::exportPdf(const QString &language)
{
    if (!open())
        return {};
    Database &db = *office()->store();
    const QTimeZone zone = office()->localZone();
    const QDate today = dateIn(db.clock().nowMs(), zone);
    const MinutesLanguage lang =
        fromText<MinutesLanguage>(language).value_or(MinutesLanguage::English);
    QString path;
    readGuarded("ReceptionModel", [&] {
        const QByteArray pdf =
            writeVisitorListPdf(visitorListOf(db, today, zone, lang, letterheadOf(db)), lang);
        // Beside the store, never into the file cache: a cached file is owed to the server.
        const QString dir = office()->fileCache()
                                ? QFileInfo(office()->fileCache()->dir()).absolutePath()
                                : QDir::tempPath();
        QSaveFile file(
            QDir(dir).filePath(QStringLiteral("visitors-%1.pdf").arg(today.toString(Qt::ISODate))));
        if (file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size() && file.commit())
            path = file.fileName();
    });
    return path;
}

} // namespace spil::qml
