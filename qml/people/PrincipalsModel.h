// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowList.h"

#include <QHash>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One assistant and the directors she serves.
struct AssistantRow {
    Q_GADGET
    Q_PROPERTY(QString personId MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    // The directors' person ids as shown (with the changes not saved).
    Q_PROPERTY(QStringList serves MEMBER serves)
    Q_PROPERTY(QString servesText MEMBER servesText) // "Serves Maarten and Ingrid"
    Q_PROPERTY(bool changed MEMBER changed)          // changed here and not saved yet
public:
    QString id, name;
    QStringList serves;
    QString servesText;
    bool changed = false;
    bool operator==(const AssistantRow &) const = default;
};

// Whom each assistant serves, for an admin to change: one row per assistant, the
// directors as chips to tap. A change is sent to the server as one request when saved: it
// opens (or closes) directors' confidential items to her, so it is an admin's action on
// the server, never an offline edit waiting on this device.
class PrincipalsModel : public RowList<AssistantRow> {
    Q_OBJECT
    QML_ELEMENT
    // Every director, as chips: [{personId, name, firstName}], by name.
    Q_PROPERTY(QVariantList directors READ directors NOTIFY directorsChanged)
    // Signed in to a server as an admin: only then may anything be saved.
    Q_PROPERTY(bool allowed READ allowed NOTIFY directorsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    // What the last save came to, in the user's words; failed says whether it went wrong.
    Q_PROPERTY(QString message READ message NOTIFY statusChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY statusChanged)
public:
    explicit PrincipalsModel(QObject *parent = nullptr);
    PrincipalsModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    QVariantList directors() const { return m_directors; }
    bool allowed() const;
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }

    // A tap on a director's chip in an assistant's row: on or off.
    Q_INVOKABLE void toggle(int row, const QString &directorId);
    // Back to what the server holds.
    Q_INVOKABLE void revert(int row);
    // Sends the row's directors to the server.
    Q_INVOKABLE void save(int row);

Q_SIGNALS:
    void directorsChanged();
    void statusChanged();

private:
    using Row = AssistantRow;
    void finish(bool failed, const QString &message);
    QVariantList m_directors;
    // Changes made here, by assistant, until saved or reverted.
    QHash<QString, QStringList> m_drafts;
    // Saved on the server, until the assistant's person record brings it to this device.
    QHash<QString, QStringList> m_sent;
    bool m_busy = false;
    bool m_failed = false;
    QString m_message;
};

} // namespace spil::qml
