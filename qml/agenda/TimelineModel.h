// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/AgendaRules.h"
#include "qml/shell/MinuteTicker.h"
#include "qml/shell/RowList.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One appointment (or occurrence) on a timeline.
struct TimelineRow {
    Q_GADGET
    Q_PROPERTY(QString appointmentId MEMBER id)
    Q_PROPERTY(double startUtc READ startUtcNumber)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString timeText MEMBER timeText)
    Q_PROPERTY(QString homeTimeText MEMBER homeTimeText)
    Q_PROPERTY(QString place MEMBER place)
    Q_PROPERTY(QString attendees MEMBER attendees)
    Q_PROPERTY(spil::AppointmentEnums::Kind kind MEMBER kind)
    Q_PROPERTY(bool allDay MEMBER allDay)
    Q_PROPERTY(bool confidential MEMBER confidential)
    Q_PROPERTY(bool cancelled MEMBER cancelled)
    Q_PROPERTY(spil::AppointmentEnums::Timing when MEMBER when)
    Q_PROPERTY(QString warning MEMBER warning)
    Q_PROPERTY(QString dayText MEMBER dayText)
    Q_PROPERTY(bool isToday MEMBER isToday)
    Q_PROPERTY(QString readFirst MEMBER readFirst)
    // "Prep time", "Travel", "Presentation", "Personal": the kind in words beside its
    // colour; empty for an ordinary meeting.
    Q_PROPERTY(QString kindText MEMBER kindText)
public:
    QString id;
    qint64 startUtc = 0;
    QString title, timeText, homeTimeText, place, attendees, kindText;
    AppointmentKind kind = AppointmentKind::Meeting;
    bool allDay = false, confidential = false, cancelled = false;
    Timing when = Timing::Later;
    QString warning, dayText;
    bool isToday = false;
    QString readFirst;
    // QML's numbers are doubles: a millisecond count fits exactly.
    double startUtcNumber() const { return double(startUtc); }
    bool operator==(const TimelineRow &) const = default;
};

// The agenda of one person over one day (Today) or a week (Monday to Sunday), read in the
// device's local zone, with the person's home time beside it when the two differ (a
// director abroad). With conflicts on, rows carry the warnings an assistant acts on:
// double bookings and bookings in protected prep time.
class TimelineModel : public RowList<TimelineRow> {
    Q_OBJECT
    QML_ELEMENT
    // Empty: App.agendaPersonId.
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY queryChanged)
    // Days from today (Today) or weeks from this week (days == 7).
    Q_PROPERTY(int offset READ offset WRITE setOffset NOTIFY queryChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY queryChanged)
    Q_PROPERTY(bool withConflicts READ withConflicts WRITE setWithConflicts NOTIFY queryChanged)
    // Only appointments with something to read first, from now on: the director's reading
    // list for the coming days.
    Q_PROPERTY(bool readingOnly READ readingOnly WRITE setReadingOnly NOTIFY queryChanged)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY loaded)
    Q_PROPERTY(QString localZoneLabel READ localZoneLabel NOTIFY loaded)
    Q_PROPERTY(QString homeZoneLabel READ homeZoneLabel NOTIFY loaded)
    Q_PROPERTY(bool showHomeTime READ showHomeTime NOTIFY loaded)
    // Today away from home, the time now in both places, and home's day where it is another:
    // "New York 19:41, home Amsterdam 01:41 (Mon 7 Dec)"; empty otherwise.
    Q_PROPERTY(QString zonesNowText READ zonesNowText NOTIFY loaded)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY loaded)
    Q_PROPERTY(int firstCurrentRow READ firstCurrentRow NOTIFY loaded)

public:
    explicit TimelineModel(QObject *parent = nullptr);
    TimelineModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    // What a conflict means for one of its two occurrences, in words ("Overlaps “Lunch”").
    static QString conflictText(const Conflict &conflict, const Occurrence &self);

    QString personId() const { return m_personId; }
    void setPersonId(const QString &id);
    int offset() const { return m_offset; }
    void setOffset(int offset);
    int days() const { return m_days; }
    void setDays(int days);
    bool withConflicts() const { return m_withConflicts; }
    void setWithConflicts(bool on);
    bool readingOnly() const { return m_readingOnly; }
    void setReadingOnly(bool on);
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    QString localZoneLabel() const { return m_localZoneLabel; }
    QString homeZoneLabel() const { return m_homeZoneLabel; }
    bool showHomeTime() const { return m_showHomeTime; }
    QString zonesNowText() const { return m_zonesNowText; }
    int warningCount() const { return m_warningCount; }
    int firstCurrentRow() const { return m_firstCurrentRow; }

    void reload() override;

Q_SIGNALS:
    void queryChanged();
    void loaded();

private:
    using Row = TimelineRow;
    QString m_personId;
    int m_offset = 0;
    int m_days = 1;
    bool m_withConflicts = false;
    bool m_readingOnly = false;
    QString m_title, m_subtitle, m_localZoneLabel, m_homeZoneLabel, m_zonesNowText;
    bool m_showHomeTime = false;
    int m_warningCount = 0;
    int m_firstCurrentRow = 0;
    MinuteTicker m_minute; // past/now/later and the header's clocks move with the clock
};

} // namespace spil::qml
