// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/archive/Archive.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One archived item in the list or among the results.
struct ArchiveRow {
    Q_GADGET
    Q_PROPERTY(QString itemId MEMBER id)
    Q_PROPERTY(QString subject MEMBER subject)
    Q_PROPERTY(spil::ArchiveEnums::Kind kind MEMBER kind)
    Q_PROPERTY(QString kindText MEMBER kindText) // "Letter in", "Contract", ...
    Q_PROPERTY(QString dateText MEMBER dateText) // "2 Oct 2026"
    Q_PROPERTY(QString parties MEMBER parties)   // "Gemeente Utrecht, Ricoh"
    Q_PROPERTY(QString location MEMBER location) // "Cabinet A · Binder 3 · Shelf 2"
    Q_PROPERTY(bool confidential MEMBER confidential)
    Q_PROPERTY(bool restricted MEMBER restricted) // the director's side only
    // Found by a name spelt nearly (the typo-tolerant pass), not by the words as typed.
    Q_PROPERTY(bool nearName MEMBER nearName)
public:
    QString id, subject;
    ArchiveKind kind = ArchiveKind::LetterIn;
    QString kindText, dateText, parties, location;
    bool confidential = false;
    bool restricted = false;
    bool nearName = false;
    bool operator==(const ArchiveRow &) const = default;
};

// The archive, newest first, or what the search words find as they are typed (offline, in
// the store's full-text index, names spelt nearly when nothing matches); removing an item
// with undo.
class ArchiveListModel : public RowList<ArchiveRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    // Whether the user keeps the archive (adds, edits, removes): not staff.
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY loaded)
    // The results came from names spelt nearly: "Did you mean" in the page's words.
    Q_PROPERTY(bool nearNames READ nearNames NOTIFY loaded)
public:
    explicit ArchiveListModel(QObject *parent = nullptr);
    ArchiveListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool canEdit() const;
    bool nearNames() const { return m_nearNames; }
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE bool remove(const QString &itemId);
    Q_INVOKABLE bool restore(const QString &itemId);

    // A kind in the reader's words.
    static QString kindText(ArchiveKind kind);
    // The paper location in the reader's words, or "Digital only".
    static QString locationOf(const PaperLocation &location);

Q_SIGNALS:
    void queryChanged();
    void loaded();

private:
    using Row = ArchiveRow;
    QString m_query;
    bool m_nearNames = false;
};

} // namespace spil::qml
