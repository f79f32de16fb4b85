// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/OfficeView.h"

#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// The user's own calendar outside Spil: the link a phone's calendar subscribes to (made and
// replaced on the server; the server keeps only its hash, so this device remembers the
// link it was given), and the user's agenda as an .ics file to hand to another app.
class CalendarLink : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    // Signed in to a server: only then is there a feed to link to.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    // The feed's address as the server is reached (http or https), and as webcal://, which
    // a phone opens in its calendar app; empty while this device has not made one.
    Q_PROPERTY(QString url READ url NOTIFY changed)
    Q_PROPERTY(QString webcalUrl READ webcalUrl NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    // What the last action came to, in the user's words; failed says whether it went wrong.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    // The last importFile() left events that cannot be taken and others that can: the page
    // offers to take those.
    Q_PROPERTY(bool partial READ partial NOTIFY changed)
    // Where exportFile() writes (default: the user's documents folder).
    Q_PROPERTY(QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY changed)
public:
    explicit CalendarLink(QObject *parent = nullptr);
    CalendarLink(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    bool available() const;
    QString url() const { return m_url; }
    QString webcalUrl() const;
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    bool partial() const { return m_partial; }
    QString exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QString &folder);

    // Asks the server for a new link; the one before stops working at once.
    Q_INVOKABLE void replace();
    // Writes the user's agenda and tasks as an .ics file and returns it (empty when it
    // failed), for the page to hand to the system (Qt.openUrlExternally).
    Q_INVOKABLE QUrl exportFile();
    // An .ics file handed to the app (opened with it): its events go into the agenda the
    // pages show, each an edit that goes up like any other; found again by UID, so the
    // same file twice changes nothing. A file with events that cannot be taken imports
    // nothing unless takeValid. The message says what came of it.
    Q_INVOKABLE bool importFile(const QUrl &file, bool takeValid = false);

Q_SIGNALS:
    void changed();

private:
    void finish(bool failed, const QString &message);
    QString m_url;
    bool m_available = false;
    bool m_busy = false;
    QString m_message;
    bool m_failed = false;
    bool m_partial = false;
    QString m_exportFolder;
};

} // namespace spil::qml
