// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace spil {

// The agenda's fixed sets of values. QML reads them as Appointment.Cancelled (a foreign
// namespace in the qml layer); the store and the wire keep the texts named below.
struct AppointmentEnums {
    Q_GADGET
public:
    enum class Kind { Meeting, Presentation, Travel, Prep, Personal };
    Q_ENUM(Kind)
    enum class Status { Tentative, Confirmed, Cancelled };
    Q_ENUM(Status)
    enum class Priority { Low, Normal, High };
    Q_ENUM(Priority)
    // What AgendaRules finds wrong with a timeline: two busy appointments of one person at
    // once (Overlap), or a busy appointment in the protected prep time before a
    // presentation (PrepTime; not Prep, which QML would read as the kind).
    enum class Conflict { Overlap, PrepTime };
    Q_ENUM(Conflict)
    // Where an occurrence stands against now: over, running, still to come.
    enum class Timing { Past, Now, Later };
    Q_ENUM(Timing)
};
using AppointmentKind = AppointmentEnums::Kind;
using AppointmentStatus = AppointmentEnums::Status;
using AppointmentPriority = AppointmentEnums::Priority;
using ConflictType = AppointmentEnums::Conflict;
using Timing = AppointmentEnums::Timing;

inline constexpr EnumText<AppointmentKind> appointmentKindTexts[] = {
    {AppointmentKind::Meeting, "meeting"},
    {AppointmentKind::Presentation, "presentation"},
    {AppointmentKind::Travel, "travel"},
    {AppointmentKind::Prep, "prep"},
    {AppointmentKind::Personal, "personal"}};
template <>
inline constexpr std::span<const EnumText<AppointmentKind>> enumTexts<AppointmentKind>{
    appointmentKindTexts};

inline constexpr EnumText<AppointmentStatus> appointmentStatusTexts[] = {
    {AppointmentStatus::Tentative, "tentative"},
    {AppointmentStatus::Confirmed, "confirmed"},
    {AppointmentStatus::Cancelled, "cancelled"}};
template <>
inline constexpr std::span<const EnumText<AppointmentStatus>> enumTexts<AppointmentStatus>{
    appointmentStatusTexts};

inline constexpr EnumText<AppointmentPriority> appointmentPriorityTexts[] = {
    {AppointmentPriority::Low, "low"},
    {AppointmentPriority::Normal, "normal"},
    {AppointmentPriority::High, "high"}};
template <>
inline constexpr std::span<const EnumText<AppointmentPriority>> enumTexts<AppointmentPriority>{
    appointmentPriorityTexts};

inline constexpr EnumText<ConflictType> conflictTypeTexts[] = {{ConflictType::Overlap, "overlap"},
                                                               {ConflictType::PrepTime, "prep"}};
template <>
inline constexpr std::span<const EnumText<ConflictType>> enumTexts<ConflictType>{conflictTypeTexts};

struct Appointment {
    QString id;
    QString owner; // the person whose agenda holds it
    QString title;
    AppointmentKind kind = AppointmentKind::Meeting;
    AppointmentPriority priority = AppointmentPriority::Normal;
    AppointmentStatus status = AppointmentStatus::Confirmed;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    QString tz = QStringLiteral("Europe/Amsterdam"); // the zone it was planned in
    // An all-day item is a date, not an instant: it stays on its date in every zone.
    // Its start/end hold midnight UTC of the first day and of the day after the last.
    bool allDay = false;
    QString location;
    QStringList attendees; // person ids, or names of outsiders
    bool confidential = false;
    QString notes;
    QString rrule; // RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO
    QString createdBy;
    // The UID of the iCalendar event it was imported from (empty when made in Spil): a
    // second import of the same file updates it instead of adding another.
    QString icalUid;
    // The contact it is with (core/contacts; empty: none).
    QString contactId;
    // Set when it was moved to make room for a more important appointment (a bump,
    // AgendaRepo::applyBump): when (-1: never bumped), for which appointment, by whom, and
    // the start it had before.
    qint64 bumpedAt = -1;
    QString bumpedFor;
    QString bumpedBy;
    qint64 bumpedFromUtc = -1;
};

// One instance of a series that differs from the rule: cancelled, or moved and/or given
// another title or place. Keyed by the instance's original start.
struct InstanceChange {
    QString id;
    qint64 originalStartUtc = 0;
    bool cancelled = false;
    qint64 startUtc = -1; // -1: the instance keeps the series' times
    qint64 endUtc = -1;
    QString title; // empty: the series'
    QString location;

    bool moved() const { return startUtc >= 0 && endUtc > startUtc; }
};

// One appearance of an appointment on the timeline: the appointment itself, or one
// instance of a recurring series after its exceptions (moved or cancelled instances).
struct Occurrence {
    Appointment appointment;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    qint64 recurrenceIdUtc = -1; // the instance's original start; -1 when not recurring
    bool moved = false;

    // Busy time blocks others; cancelled appointments and all-day items do not.
    bool isBusy() const
    {
        return appointment.status != AppointmentStatus::Cancelled && !appointment.allDay;
    }
    // An all-day item is never running: it is later until its day is over.
    Timing timing(qint64 nowUtc) const
    {
        if (endUtc <= nowUtc)
            return Timing::Past;
        return startUtc <= nowUtc && !appointment.allDay ? Timing::Now : Timing::Later;
    }
};

} // namespace spil
