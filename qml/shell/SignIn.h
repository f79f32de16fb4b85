// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letters/LetterAnswers.h"
#include "core/people/Person.h"
#include "core/reception/VisitorArrivals.h"
#include "core/tasks/TaskArrivals.h"
#include "sync/client/SyncClient.h"

#include <QObject>
#include <QString>

namespace spil::qml {

class OfficeStore;
class PeopleDirectory;

// Who uses this device, with which office: signing in to a spil-server, the demo office,
// coming back to the last session after a restart (session.ini in the data folder), and
// signing out. Also tells its user when a task someone handed them arrives, and when their
// visitor (or their director's) was checked in.
class SignIn : public QObject {
    Q_OBJECT

public:
    SignIn(OfficeStore &office, PeopleDirectory &people, const QString &dataDir,
           QObject *parent = nullptr);

    // Role::Unknown before anyone is known.
    Role role() const;
    // What the first-start page offers again: the server and user of the last sign-in.
    QString lastServer() const;
    QString lastUser() const;
    // Signing in or out, waiting for the server.
    bool busy() const { return m_busy; }

    void login(const QString &serverUrl, const QString &user, const QString &password);
    // As a director, an office manager, or else an assistant.
    void startDemo(Role role);
    // Opens the session this device had last time, if any.
    bool resume();
    // resume(), only when the session held is a server's, user's on serverUrl.
    bool resumeAs(const QString &serverUrl, const QString &user);
    // A sign-in given at start (the command line): the session this device holds for user
    // on serverUrl opens at once, offline too, instead of signing in again (which needs the
    // server); without one, or when the server has ended it, a sign-in with password.
    void signInAt(const QString &serverUrl, const QString &user, const QString &password);
    // Ends the session; refused (returns false) while changes still wait to go up.
    bool logout();
    // What a failed sign-in tells the user, in their language, with what to do about it.
    static QString loginFailureText(client::SyncClient::LoginFailure failure,
                                    const QString &detail);

Q_SIGNALS:
    void sessionChanged();
    void busyChanged();
    void loginFailed(const QString &reason);
    // A task someone handed over reached this device.
    void taskArrived(const QString &taskId, const QString &title, const QString &from);
    // A visitor of this user, or of a director they serve, was checked in at the reception.
    void visitorArrived(const QString &name, const QString &host);
    // The director this user serves approved a letter, or commented on it (comment).
    void letterAnswered(const QString &letterId, const QString &subject, const QString &director,
                        bool approved, const QString &comment);

private:
    void closeOffice();
    void setBusy(bool busy);
    void finishLogout();
    void saveSession();
    void announceArrivals(const QStringList &taskIds);
    void announceVisitors(const QStringList &visitorIds);
    void announceLetters(const QStringList &letterIds);

    OfficeStore &m_office;
    PeopleDirectory &m_people;
    QString m_file; // session.ini
    TaskArrivals m_arrivals;
    VisitorArrivals m_visitors;
    LetterAnswers m_letters;
    bool m_busy = false;
};

} // namespace spil::qml
