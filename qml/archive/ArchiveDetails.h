// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/archive/Archive.h"
#include "qml/shell/OfficeView.h"

#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One file of an archived item, as its page offers it to open.
struct ArchiveFile {
    Q_GADGET
    QML_VALUE_TYPE(archiveFile)
    Q_PROPERTY(QString documentId MEMBER documentId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(bool onDevice MEMBER onDevice) // in the file cache: opens offline
public:
    QString documentId, title;
    bool onDevice = false;
    bool operator==(const ArchiveFile &) const = default;
};

// One archived item: where the paper is, its file, its contract terms and retention; the
// add and edit form's save; remove with undo.
class ArchiveDetails : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString itemId READ itemId WRITE setItemId NOTIFY changed)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString subject READ subject NOTIFY changed)
    Q_PROPERTY(spil::ArchiveEnums::Kind kind READ kind NOTIFY changed)
    Q_PROPERTY(QString kindText READ kindText NOTIFY changed)
    Q_PROPERTY(QString date READ date NOTIFY changed)         // YYYY-MM-DD, for the form
    Q_PROPERTY(QString dateText READ dateText NOTIFY changed) // "2 October 2026"
    Q_PROPERTY(QString director READ director NOTIFY changed)
    Q_PROPERTY(QString parties READ parties NOTIFY changed) // "A, B"
    Q_PROPERTY(QString tags READ tags NOTIFY changed)       // "x, y"
    Q_PROPERTY(QString cabinet READ cabinet NOTIFY changed)
    Q_PROPERTY(QString binder READ binder NOTIFY changed)
    Q_PROPERTY(QString shelf READ shelf NOTIFY changed)
    Q_PROPERTY(QString locationText READ locationText NOTIFY changed)
    Q_PROPERTY(bool confidential READ confidential NOTIFY changed)
    // Read only by the director's side (he, his assistants, the office manager).
    Q_PROPERTY(bool restricted READ restricted NOTIFY changed)
    Q_PROPERTY(int retentionYears READ retentionYears NOTIFY changed)
    Q_PROPERTY(QString retentionText READ retentionText NOTIFY changed)
    Q_PROPERTY(QString contractStart READ contractStart NOTIFY changed)
    Q_PROPERTY(QString contractEnd READ contractEnd NOTIFY changed)
    Q_PROPERTY(int noticeMonths READ noticeMonths NOTIFY changed)
    Q_PROPERTY(QString termText READ termText NOTIFY changed)     // "1 Jan 2024 – 30 Jun 2027"
    Q_PROPERTY(QString noticeText READ noticeText NOTIFY changed) // "Notice by 30 Mar 2027"
    Q_PROPERTY(QList<spil::qml::ArchiveFile> files READ files NOTIFY changed)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit ArchiveDetails(QObject *parent = nullptr);
    ArchiveDetails(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    QString itemId() const { return m_item.id.isEmpty() ? m_id : m_item.id; }
    void setItemId(const QString &id);
    bool exists() const { return !m_item.id.isEmpty(); }
    QString subject() const { return m_item.subject; }
    ArchiveKind kind() const { return m_item.kind; }
    QString kindText() const;
    QString date() const { return m_item.date.toString(Qt::ISODate); }
    QString dateText() const;
    QString director() const { return m_director; }
    QString parties() const { return m_item.parties.join(QStringLiteral(", ")); }
    QString tags() const { return m_item.tags.join(QStringLiteral(", ")); }
    QString cabinet() const { return m_item.location.cabinet; }
    QString binder() const { return m_item.location.binder; }
    QString shelf() const { return m_item.location.shelf; }
    QString locationText() const;
    bool confidential() const { return m_item.confidential; }
    bool restricted() const { return m_item.restricted; }
    int retentionYears() const { return m_item.retentionYears; }
    QString retentionText() const;
    QString contractStart() const { return m_item.contractStart.toString(Qt::ISODate); }
    QString contractEnd() const { return m_item.contractEnd.toString(Qt::ISODate); }
    int noticeMonths() const { return m_item.noticeMonths; }
    QString termText() const;
    QString noticeText() const;
    QList<ArchiveFile> files() const { return m_files; }
    bool canEdit() const;
    QString error() const { return m_error; }

    // Adds an item (no itemId) or changes this one; dates as YYYY-MM-DD (contract dates
    // may be empty), parties and tags separated by commas; false with error set when
    // refused. A new item becomes this view's; it belongs to the director chosen (empty:
    // the director the user is or serves first). Restricted keeps it to the director's
    // side; confidential narrows that to him and his assistants.
    Q_INVOKABLE bool save(spil::ArchiveEnums::Kind kind, const QString &date,
                          const QString &subject, const QString &parties, const QString &tags,
                          const QString &cabinet, const QString &binder, const QString &shelf,
                          int retentionYears, bool confidential, const QString &contractStart,
                          const QString &contractEnd, int noticeMonths,
                          const QString &director = {}, bool restricted = false);
    Q_INVOKABLE bool remove();
    Q_INVOKABLE bool restore();
    // A file from this device (a local file or what the system's file picker handed over)
    // becomes one of the item's files: kept in the file cache, readable offline and in the
    // search at once, sent to the server with the next sync. False with error set when it
    // cannot be read or the item may not take it.
    Q_INVOKABLE bool attach(const QUrl &file);
    // The file is removed from the item (its document goes, and with it the file from the
    // server after its grace period); restoreFile() undoes it.
    Q_INVOKABLE bool removeFile(const QString &documentId);
    Q_INVOKABLE bool restoreFile(const QString &documentId);

Q_SIGNALS:
    void changed();

private:
    QString m_id;
    ArchiveItem m_item;
    QString m_director;
    QList<ArchiveFile> m_files;
    QString m_error;
};

} // namespace spil::qml
