// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/Appointment.h"
#include "core/contacts/Contact.h"

#include <QList>
#include <QTimeZone>

namespace spil {

class Database;

// A message drafted for one person whose appointment a bump moves: whom, in which language,
// and the words, which the user edits before it leaves through their own mail (a mailto:
// link) or the clipboard. Nothing is ever sent from here.
struct BumpMessage {
    QString recipient; // a person's or contact's id; an outsider's name when neither
    QString name;
    QString email;
    ContactLanguage language = ContactLanguage::Dutch;
    QString subject;
    QString body;
};

// The words of one message: Dutch in the formal "u", or English; the old and the new time
// as the recipient's zone reads them, and an apology. signedBy closes it.
BumpMessage draftBumpMessage(ContactLanguage language, const QString &name, const QString &title,
                             const QString &directorName, qint64 oldStartUtc, qint64 newStartUtc,
                             const QTimeZone &zone, const QString &signedBy);

// The messages for everyone the move of moved (an appointment as it stands before the bump)
// to newStartUtc concerns: its attendees but the director whose agenda it is, and its
// contact. People of the office and outsiders named only by name are written to in Dutch,
// a contact in the language it keeps.
QList<BumpMessage> draftBumpMessages(Database &db, const Appointment &moved, qint64 newStartUtc,
                                     const QString &signedBy);

// A mailto: link with the message's subject and body, every part percent-encoded, for the
// device's own mail app.
QString mailtoLink(const BumpMessage &message);

} // namespace spil
