// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/archive/ArchiveDetails.h"

#include "core/archive/ArchiveRepo.h"
#include "core/archive/ArchiveText.h"
#include "core/documents/DocumentFile.h"
#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"
#include "core/store/Database.h"
#include "qml/archive/ArchiveListModel.h"
#include "qml/shell/ReadGuard.h"

#include <QFileInfo>
#include <QLocale>

namespace spil::qml {

namespace {
QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(',')))
        out << part.trimmed();
    return out;
}

QDate dayOf(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}
} // namespace

ArchiveDetails::ArchiveDetails(QObject *parent) : OfficeView(parent)
{
    m_link.watch(OfficeLink::Data);
}

ArchiveDetails::ArchiveDetails(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : ArchiveDetails(parent)
{
    link(office, people);
}

void ArchiveDetails::setItemId(const QString &id)
{
    if (id == itemId())
        return;
    m_id = id;
    m_item = {};
    m_error.clear(); // a refusal was about the item shown before
    reload();
}

void ArchiveDetails::reload()
{
    m_item = {};
    m_files.clear();
    m_director.clear();
    readGuarded("ArchiveDetails", [&] {
        if (!open() || m_id.isEmpty())
            return;
        ArchiveRepo archive(*office()->store());
        const auto item = archive.byId(m_id);
        if (!item)
            return;
        m_item = *item;
        m_director = people()->nameOf(item->owner);
        FileCache *cache = office()->fileCache();
        for (const Document &document : archive.documentsOf(item->id))
            m_files << ArchiveFile{document.id, document.title,
                                   cache && cache->holds(document.sha256)};
    });
    Q_EMIT changed();
}

QString ArchiveDetails::kindText() const
{
    return ArchiveListModel::kindText(m_item.kind);
}

QString ArchiveDetails::dateText() const
{
    return longDate(m_item.date);
}

QString ArchiveDetails::locationText() const
{
    return ArchiveListModel::locationOf(m_item.location);
}

QString ArchiveDetails::retentionText() const
{
    if (m_item.retentionYears <= 0)
        return tr("Kept for ever");
    return tr("Keep until %1").arg(longDate(retentionEnds(m_item)));
}

QString ArchiveDetails::termText() const
{
    if (m_item.kind != ArchiveKind::Contract)
        return {};
    const QString from = m_item.contractStart.isValid() ? longDate(m_item.contractStart) : tr("?");
    if (!m_item.contractEnd.isValid())
        return tr("From %1, until notice is given").arg(from);
    return tr("%1 to %2").arg(from, longDate(m_item.contractEnd));
}

QString ArchiveDetails::noticeText() const
{
    const QDate notice = noticeDate(m_item);
    if (!notice.isValid())
        return {};
    return tr("Notice by %1 (%n month(s) before the end)", "", m_item.noticeMonths)
        .arg(longDate(notice));
}

bool ArchiveDetails::canEdit() const
{
    return people() && keepsArchive(people()->me().role);
}

bool ArchiveDetails::save(ArchiveKind kind, const QString &date, const QString &subject,
                          const QString &parties, const QString &tags, const QString &cabinet,
                          const QString &binder, const QString &shelf, int retentionYears,
                          bool confidential, const QString &contractStart,
                          const QString &contractEnd, int noticeMonths, const QString &director,
                          bool restricted)
{
    m_error.clear();
    const auto refuse = [&](const QString &why) {
        m_error = why;
        Q_EMIT changed();
        return false;
    };
    if (!open())
        return refuse(tr("No office is open."));
    if (subject.trimmed().isEmpty())
        return refuse(tr("Give the item a subject."));
    if (!dayOf(date).isValid())
        return refuse(tr("Give the date as year-month-day, e.g. 2026-10-02."));
    const bool contract = kind == ArchiveKind::Contract;
    const QDate start = contract ? dayOf(contractStart) : QDate();
    const QDate end = contract ? dayOf(contractEnd) : QDate();
    if (contract && ((!contractStart.trimmed().isEmpty() && !start.isValid()) ||
                     (!contractEnd.trimmed().isEmpty() && !end.isValid())))
        return refuse(tr("Give the contract's dates as year-month-day."));
    const Person me = people()->me();
    QString id = m_item.id;
    if (id.isEmpty() && director.isEmpty() && me.role != Role::Director && me.principals.isEmpty())
        return refuse(tr("Choose the director whose archive it is."));
    const std::optional<Error> e = office()->attempt([&](Database &db) {
        ArchiveRepo archive(db);
        if (id.isEmpty()) {
            ArchiveItem a;
            a.owner = !director.isEmpty() ? director
                      : me.role == Role::Director || me.principals.isEmpty()
                          ? me.id
                          : me.principals.first();
            a.kind = kind;
            a.date = dayOf(date);
            a.subject = subject;
            a.parties = splitList(parties);
            a.tags = splitList(tags);
            a.location = {cabinet, binder, shelf};
            a.retentionYears = retentionYears;
            a.confidential = confidential;
            a.restricted = restricted;
            a.contractStart = start;
            a.contractEnd = end;
            a.noticeMonths = contract ? noticeMonths : 0;
            id = archive.add(a, me.id);
            return;
        }
        archive.update(id,
                       ArchiveChange{.kind = kind,
                                     .date = dayOf(date),
                                     .subject = subject,
                                     .parties = splitList(parties),
                                     .tags = splitList(tags),
                                     .location = PaperLocation{cabinet, binder, shelf},
                                     .retentionYears = retentionYears,
                                     .confidential = confidential,
                                     .restricted = restricted,
                                     .contractStart = start,
                                     .contractEnd = end,
                                     .noticeMonths = contract ? noticeMonths : 0},
                       me.id);
    });
    if (e)
        return refuse(e->message());
    m_id = id;
    reload();
    return true;
}

bool ArchiveDetails::remove()
{
    const QString id = itemId();
    return office() && !id.isEmpty() &&
           office()->act([&](Database &db) { ArchiveRepo(db).remove(id); }).isEmpty();
}

bool ArchiveDetails::restore()
{
    const QString id = itemId();
    return office() && !id.isEmpty() &&
           office()->act([&](Database &db) { ArchiveRepo(db).restore(id); }).isEmpty();
}

bool ArchiveDetails::attach(const QUrl &file)
{
    m_error.clear();
    const auto refuse = [&](const QString &why) {
        m_error = why;
        Q_EMIT changed();
        return false;
    };
    const QString id = itemId();
    if (!open() || id.isEmpty() || !exists())
        return refuse(tr("Choose an item from the list."));
    FileCache *cache = office()->fileCache();
    if (!cache)
        return refuse(tr("This device keeps no files."));
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!QFileInfo(path).isReadable())
        return refuse(tr("Cannot read %1.").arg(QFileInfo(path).fileName()));
    const QString me = people()->me().id;
    const std::optional<Error> e = office()->attempt([&](Database &db) {
        const Document kept = cacheFromDisk(*cache, path, me);
        Database::Transaction tx(db);
        const QString documentId = DocumentRepo(db).addWithin(kept);
        ArchiveRepo(db).fileWithin(id, documentId);
        tx.commit();
        cache->owe(kept.sha256);
        // Found by its words at once, offline, as a file fetched for the archive is.
        indexArchiveFiles(db, *cache);
    });
    if (e)
        return refuse(e->message());
    reload();
    return true;
}

bool ArchiveDetails::removeFile(const QString &documentId)
{
    // Removed, not unfiled: a document taken off its item would follow no guard and reach
    // everyone, a restricted or confidential item's file too.
    return office() && !documentId.isEmpty() &&
           office()->act([&](Database &db) { DocumentRepo(db).remove(documentId); }).isEmpty();
}

bool ArchiveDetails::restoreFile(const QString &documentId)
{
    return office() && !documentId.isEmpty() &&
           office()->act([&](Database &db) { DocumentRepo(db).restore(documentId); }).isEmpty();
}

} // namespace spil::qml
