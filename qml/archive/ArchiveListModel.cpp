// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/archive/ArchiveListModel.h"

#include "core/archive/ArchiveRepo.h"
#include "core/store/Database.h"
#include "qml/shell/ReadGuard.h"

#include <QLocale>

namespace spil::qml {

ArchiveListModel::ArchiveListModel(QObject *parent) : RowList(parent) {}

ArchiveListModel::ArchiveListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : ArchiveListModel(parent)
{
    link(office, people);
}

QString ArchiveListModel::kindText(ArchiveKind kind)
{
    switch (kind) {
    case ArchiveKind::LetterIn:
        return tr("Letter in");
    case ArchiveKind::LetterOut:
        return tr("Letter out");
    case ArchiveKind::Contract:
        return tr("Contract");
    case ArchiveKind::Minutes:
        return tr("Minutes");
    case ArchiveKind::Report:
        return tr("Report");
    }
    return {};
}

QString ArchiveListModel::locationOf(const PaperLocation &location)
{
    const QString text = locationText(location, {tr("Cabinet"), tr("Binder"), tr("Shelf")});
    return text.isEmpty() ? tr("Digital only") : text;
}

void ArchiveListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    reload();
}

bool ArchiveListModel::canEdit() const
{
    return people() && keepsArchive(people()->me().role);
}

void ArchiveListModel::reload()
{
    QList<Row> rows;
    bool near = false;
    readGuarded("ArchiveListModel", [&] {
        if (!open())
            return;
        const QLocale locale;
        for (const ArchiveHit &h : ArchiveRepo(*office()->store()).search(m_query, 200)) {
            const ArchiveItem &a = h.item;
            rows << Row{a.id,
                        a.subject,
                        a.kind,
                        kindText(a.kind),
                        locale.toString(a.date, QStringLiteral("d MMM yyyy")),
                        a.parties.join(QStringLiteral(", ")),
                        locationOf(a.location),
                        a.confidential,
                        a.restricted,
                        h.nearName};
            near = near || h.nearName;
        }
    });
    m_nearNames = near;
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

QString ArchiveListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

bool ArchiveListModel::remove(const QString &itemId)
{
    return office() &&
           office()->act([&](Database &db) { ArchiveRepo(db).remove(itemId); }).isEmpty();
}

bool ArchiveListModel::restore(const QString &itemId)
{
    return office() &&
           office()->act([&](Database &db) { ArchiveRepo(db).restore(itemId); }).isEmpty();
}

} // namespace spil::qml
