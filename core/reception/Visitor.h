// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/Person.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace spil {

// A visitor the reception expects or received: one entered by hand (a walk-in, a
// delivery), or an outside attendee of an appointment once checked in. Times are UTC
// milliseconds, 0 when not set. The name and organisation are removed once the office's
// retention period has passed (nameForgotten).
struct Visitor {
    QString id = {};
    QString name = {};
    QString organisation = {};
    qint64 expectedUtc = 0;
    QString host = {};          // the person of the office they come for
    QString appointmentId = {}; // the appointment they attend; empty for one entered by hand
    qint64 checkedInAt = 0;
    QString checkedInBy = {};
    QString createdBy = {};
    bool checkedIn() const { return checkedInAt != 0; }
};

// One row of the reception's day list: an outside attendee of one of the day's
// appointments, or a visitor record, merged. visitorId is the record's id, or the id a
// check-in will give an attendee (visitorIdFor), so a row keeps its id either way.
struct ExpectedVisitor {
    QString visitorId = {};
    QString name = {};
    QString organisation = {};
    qint64 expectedUtc = 0;
    QString host = {};
    QString appointmentId = {};
    QString appointmentTitle = {};
    qint64 checkedInAt = 0;
    bool operator==(const ExpectedVisitor &) const = default;
};

// An appointment of the day as the reception reads it: when it starts, whose it is and
// whom it names.
struct ExpectedAppointment {
    QString id = {};
    QString title = {};
    QString owner = {};
    qint64 startUtc = 0;
    QStringList attendees = {}; // person ids or names of outsiders
};

// The visitor record an outside attendee's check-in makes: a UUID of version 8 from the
// appointment, the occurrence's start (a series meets the same people every week) and the
// name as typed, folded (case and surrounding space), so two reception tablets checking
// the same person in offline meet in one record.
QString visitorIdFor(const QString &appointmentId, qint64 occurrenceStartUtc, const QString &name);

// The day's list: each appointment's attendees who are no person of the office
// (personIds), and the visitor records of the day; a record made for an attendee takes its
// row's place. By expected time, then name, then id.
QList<ExpectedVisitor> mergeDay(const QList<ExpectedAppointment> &appointments,
                                const QList<Visitor> &visitors, const QStringList &personIds);

// The rows whose name or organisation holds every word of query, case and accents
// folded; an empty query keeps them all.
QList<ExpectedVisitor> findVisitors(const QList<ExpectedVisitor> &day, const QString &query);

// Whether a visitor's name is past the office's retention: retentionDays whole days after
// the day they were expected (or checked in, when later), counted in UTC. 0 days: the
// names go the day after.
bool nameForgotten(qint64 expectedUtc, qint64 checkedInAt, int retentionDays, qint64 nowUtc);
// The instant before which both times of a visit must lie for nameForgotten to hold (the
// start of a UTC day): what the server asks its store for, so that its hourly sweep reads
// only the visitors it has to empty.
qint64 namesForgottenBefore(int retentionDays, qint64 nowUtc);

// The number of days visitor names are kept when the office set none.
inline constexpr int kDefaultVisitorRetentionDays = 30;
inline constexpr int kMaxVisitorRetentionDays = 3650;

// Who keeps the reception (adds visitors, reads every name): office managers, assistants
// and admins. A host reads their own visitors too; the server holds to the same.
inline bool keepsReception(Role role)
{
    return role == Role::OfficeManager || role == Role::Assistant || role == Role::Admin;
}
// Who sets how long visitor names are kept (the office's reception_settings): office
// managers and admins, as the server's policy writes them.
inline bool setsVisitorRetention(Role role)
{
    return role == Role::OfficeManager || role == Role::Admin;
}

} // namespace spil
