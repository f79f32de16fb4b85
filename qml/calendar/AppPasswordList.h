// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::protocol {
struct AppPasswordsReply;
}

namespace spil::qml {

// One app password of the user, as the server lists it (never the password itself).
struct AppPasswordRow {
    Q_GADGET
    Q_PROPERTY(QString appPasswordId MEMBER id)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString madeText MEMBER madeText)
public:
    QString id, label, madeText;
    bool operator==(const AppPasswordRow &) const = default;
};

// The user's passwords for calendar apps (CalDAV), as the server holds them: each app that
// syncs the agenda and the tasks signs in with the user's name and a password of its own,
// which can be revoked without touching the others. The list lives on the server, so it is
// read when asked (refresh), not on every change of the device's store.
class AppPasswordList : public RowList<AppPasswordRow> {
    Q_OBJECT
    QML_ELEMENT
    // Signed in to a server: only then are there app passwords.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    // The address an app is given ("https://host:8443/"); empty while unknown or when the
    // server serves no CalDAV.
    Q_PROPERTY(QString davUrl READ davUrl NOTIFY changed)
    // Whether the server said it serves CalDAV (known after the first answer).
    Q_PROPERTY(bool davServed READ davServed NOTIFY changed)
    // The password just made, shown this once; cleared by the next action.
    Q_PROPERTY(QString newPassword READ newPassword NOTIFY changed)
    Q_PROPERTY(QString newLabel READ newLabel NOTIFY changed)
    // What the last action came to, in the user's words; failed says whether it went wrong.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
public:
    explicit AppPasswordList(QObject *parent = nullptr);
    AppPasswordList(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    ~AppPasswordList() override;

    bool available() const { return m_available; }
    bool busy() const { return m_busy; }
    QString davUrl() const;
    bool davServed() const { return m_davPort > 0; }
    QString newPassword() const { return m_newPassword; }
    QString newLabel() const { return m_newLabel; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }

    // Reads the list from the server.
    Q_INVOKABLE void refresh();
    // A new password for an app called label ("iPad"), shown in newPassword.
    Q_INVOKABLE void add(const QString &label);
    // The app with this password can no longer sign in; for good.
    Q_INVOKABLE void revoke(const QString &appPasswordId);

    // Only what the device knows: whether it is signed in (a sign-out empties the list).
    void reload() override;

Q_SIGNALS:
    void changed();

private:
    using Row = AppPasswordRow;
    void start();
    void finish(bool failed, const QString &message);
    void show(const protocol::AppPasswordsReply &reply);
    bool m_available = false;
    bool m_busy = false;
    int m_davPort = 0;
    QString m_listedFor; // the server the rows came from
    QString m_newPassword;
    QString m_newLabel;
    QString m_message;
    bool m_failed = false;
};

} // namespace spil::qml
