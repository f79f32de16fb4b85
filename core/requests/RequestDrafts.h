// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/BumpMessages.h"
#include "core/agenda/Intervals.h"
#include "core/requests/Request.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace spil {

class Database;

// What a drafted message says and to whom, in the words of the contact's language.
struct DraftInput {
    RequestMessage kind = RequestMessage::Refusal;
    ContactLanguage language = ContactLanguage::Dutch;
    QString name;          // who asked
    QString subject;       // what about
    QString directorName;  // whose time it is
    QString sender;        // who signs it (the assistant)
    QList<Interval> slots; // Proposed: the times offered; Scheduled: the one booked
    QTimeZone zone;        // the zone the times are written in
};

struct Draft {
    QString subject;
    QString body;
};

// A message for who asked, from a Dutch (formal: "u") or an English template; the
// assistant edits it before it leaves. Nothing here sends anything.
Draft draftMessage(const DraftInput &input);
// What a message of kind for who asked request says, read from the store: their name (the
// contact's when there is one), the director's name, and times in the director's zone
// (fallback when the director has none); the slots are left to the caller.
DraftInput draftInputFor(Database &db, const Request &request, RequestMessage kind,
                         const QString &signedBy, const QTimeZone &fallback);
// The confirmation for who asked once room was made for their request at booked, as one of
// the messages of the bump: to the contact's address, in their language.
BumpMessage draftBumpConfirmation(Database &db, const Request &request, const Interval &booked,
                                  const QString &signedBy, const QTimeZone &fallback);
// A time span as the message writes it ("dinsdag 1 december 2026, 10:00–11:00").
QString slotText(const Interval &slot, const QTimeZone &zone, ContactLanguage language);
// A mailto: URL (RFC 6068) with the subject and body percent-encoded, lines ending in
// CRLF; to may be empty (the mail app then asks).
QString mailtoUrl(const QString &to, const QString &subject, const QString &body);

} // namespace spil
