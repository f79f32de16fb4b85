// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/calendar/IcsExport.h"

#include "core/agenda/Recurrence.h"
#include "core/calendar/IcsTimeZones.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>
#include <QUrl>
#include <libical/ical.h>
#include <memory>

namespace spil {

namespace {
struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

icaltimetype utcTime(qint64 ms)
{
    return icaltime_from_timet_with_zone(time_t(ms / 1000), 0, icaltimezone_get_utc_timezone());
}

bool isUtc(const QString &tz)
{
    return tz.isEmpty() || tz == QLatin1String("UTC");
}

// A start, end, exception date or recurrence id as the event's DTSTART is written: a date
// for an all-day item, local time with its TZID, or UTC.
icalproperty *timeProperty(icalproperty *(*make)(icaltimetype), qint64 utcMs, const Appointment &a)
{
    if (a.allDay) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).date();
        icaltimetype t = icaltime_null_date();
        t.year = d.year();
        t.month = d.month();
        t.day = d.day();
        return make(t);
    }
    if (isUtc(a.tz))
        return make(utcTime(utcMs));
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(utf8(a.tz)));
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    icalproperty *p = make(t);
    icalproperty_add_parameter(p, icalparameter_new_tzid(utf8(a.tz).constData()));
    return p;
}

int icalPriority(AppointmentPriority p)
{
    switch (p) {
    case AppointmentPriority::High:
        return 1;
    case AppointmentPriority::Normal:
        return 5;
    case AppointmentPriority::Low:
        return 9;
    }
    return 0;
}

icalproperty_status icalStatus(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Tentative:
        return ICAL_STATUS_TENTATIVE;
    case AppointmentStatus::Confirmed:
        return ICAL_STATUS_CONFIRMED;
    case AppointmentStatus::Cancelled:
        return ICAL_STATUS_CANCELLED;
    }
    return ICAL_STATUS_CONFIRMED;
}

icalproperty *textProperty(icalproperty *(*make)(const char *), const QString &text)
{
    return make(utf8(text).constData());
}

// One of the office by name and address (or by id when they have no address); anyone
// else by the name or address the appointment names them with.
icalproperty *attendee(const QString &who, const QHash<QString, CalendarPerson> &people)
{
    QString name = who, address;
    if (const auto it = people.constFind(who); it != people.constEnd()) {
        name = it->name;
        address = it->email.isEmpty() ? QStringLiteral("urn:x-spil:person:") + who
                                      : QStringLiteral("mailto:") + it->email;
    } else if (who.contains(QLatin1Char('@')) && !who.contains(QLatin1Char(' '))) {
        address = QStringLiteral("mailto:") + who;
        name.clear();
    } else {
        address =
            QStringLiteral("urn:x-spil:name:") + QString::fromLatin1(QUrl::toPercentEncoding(who));
    }
    icalproperty *p = icalproperty_new_attendee(utf8(address).constData());
    if (!name.isEmpty())
        icalproperty_add_parameter(p, icalparameter_new_cn(utf8(name).constData()));
    return p;
}

QString uidOf(const Appointment &a)
{
    return a.icalUid.isEmpty() ? a.id : a.icalUid;
}

class Writer {
public:
    Writer(const CalendarData &data, qint64 stampUtc, IcsUse use,
           const std::optional<IcsExpansion> &expand)
        : m_data(data), m_stamp(stampUtc), m_use(use), m_expand(expand)
    {
    }

    QByteArray run()
    {
        Component cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
        icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
        icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Spil//Spil//EN"));
        icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
        if (m_use == IcsUse::Publish)
            icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
        if (!m_data.name.isEmpty()) {
            icalproperty *name = icalproperty_new_x(utf8(m_data.name).constData());
            icalproperty_set_x_name(name, "X-WR-CALNAME");
            icalcomponent_add_property(cal.get(), name);
        }
        if (!m_expand)
            addTimeZones(cal.get());
        for (const CalendarEvent &e : m_data.events) {
            if (m_expand)
                addExpanded(cal.get(), e);
            else
                addEvent(cal.get(), e);
        }
        for (const Task &t : m_data.tasks)
            addTodo(cal.get(), t);
        return QByteArray(icalcomponent_as_ical_string(cal.get()));
    }

private:
    void addTimeZones(icalcomponent *cal)
    {
        QStringList zones;
        for (const CalendarEvent &e : m_data.events) {
            const Appointment &a = e.appointment;
            if (!a.allDay && !isUtc(a.tz) && !zones.contains(a.tz))
                zones << a.tz;
        }
        zones.sort();
        for (const QString &zone : zones)
            icalcomponent_add_component(cal, makeVTimezone(zone, m_stamp));
    }

    icalcomponent *newEvent(const Appointment &a)
    {
        icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(ev, textProperty(icalproperty_new_uid, uidOf(a)));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(utcTime(m_stamp)));
        return ev;
    }

    void addTimes(icalcomponent *ev, const Appointment &a, qint64 start, qint64 end)
    {
        icalcomponent_add_property(ev, timeProperty(icalproperty_new_dtstart, start, a));
        icalcomponent_add_property(ev, timeProperty(icalproperty_new_dtend, end, a));
    }

    // What a reader who may see it in full learns of an appointment (or of one instance,
    // with its own title and place).
    void addDetails(icalcomponent *ev, const Appointment &a, bool busyOnly)
    {
        if (busyOnly) {
            icalcomponent_add_property(ev, icalproperty_new_summary(kBusySummary));
            icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
            return;
        }
        icalcomponent_add_property(ev, textProperty(icalproperty_new_summary, a.title));
        if (!a.location.isEmpty())
            icalcomponent_add_property(ev, textProperty(icalproperty_new_location, a.location));
        if (!a.notes.isEmpty())
            icalcomponent_add_property(ev, textProperty(icalproperty_new_description, a.notes));
        icalcomponent_add_property(ev, icalproperty_new_priority(icalPriority(a.priority)));
        icalcomponent_add_property(ev, icalproperty_new_status(icalStatus(a.status)));
        if (a.confidential)
            icalcomponent_add_property(ev, icalproperty_new_class(ICAL_CLASS_CONFIDENTIAL));
        // All-day items make nobody busy in Spil; a calendar should not block them either.
        icalcomponent_add_property(
            ev, icalproperty_new_transp(a.allDay ? ICAL_TRANSP_TRANSPARENT : ICAL_TRANSP_OPAQUE));
        for (const QString &who : a.attendees)
            icalcomponent_add_property(ev, attendee(who, m_data.people));
        icalproperty *kind = icalproperty_new_x(utf8(toText(a.kind)).constData());
        icalproperty_set_x_name(kind, "X-SPIL-KIND");
        icalcomponent_add_property(ev, kind);
    }

    void addEvent(icalcomponent *cal, const CalendarEvent &e)
    {
        const Appointment &a = e.appointment;
        if (e.busyOnly && a.status == AppointmentStatus::Cancelled)
            return;
        icalcomponent *ev = newEvent(a);
        addTimes(ev, a, a.startUtc, a.endUtc);
        addDetails(ev, a, e.busyOnly);
        const bool series = !a.rrule.isEmpty();
        if (series) {
            icalcomponent_add_property(ev, icalproperty_new_rrule(icalrecurrencetype_from_string(
                                               utf8(a.rrule).constData())));
            for (const InstanceChange &c : e.instances) {
                if (c.cancelled)
                    icalcomponent_add_property(
                        ev, timeProperty(icalproperty_new_exdate, c.originalStartUtc, a));
            }
        }
        icalcomponent_add_component(cal, ev);
        if (!series)
            return;
        for (const InstanceChange &c : e.instances) {
            if (!c.cancelled)
                addInstance(cal, e, c);
        }
    }

    // Times in UTC (timeProperty writes an appointment without a zone so; all-day ones stay
    // dates) and only what meets the window: a series as its instances in it.
    void addExpanded(icalcomponent *cal, const CalendarEvent &e)
    {
        Appointment a = e.appointment;
        if (e.busyOnly && a.status == AppointmentStatus::Cancelled)
            return;
        const QString zone = a.tz;
        a.tz.clear();
        const qint64 from = m_expand->fromUtc, to = m_expand->toUtc;
        if (a.rrule.isEmpty()) {
            if (!meetsWindow(a.startUtc, a.endUtc, from, to))
                return;
            icalcomponent *ev = newEvent(a);
            addTimes(ev, a, a.startUtc, a.endUtc);
            addDetails(ev, a, e.busyOnly);
            icalcomponent_add_component(cal, ev);
            return;
        }
        QTimeZone tz = a.allDay ? QTimeZone::utc() : QTimeZone(utf8(zone));
        if (!tz.isValid())
            tz = QTimeZone::utc();
        for (const Occurrence &o : seriesInstances(a, e.instances, tz, from, to)) {
            if (!meetsWindow(o.startUtc, o.endUtc, from, to))
                continue;
            icalcomponent *ev = newEvent(o.appointment);
            icalcomponent_add_property(
                ev, timeProperty(icalproperty_new_recurrenceid, o.recurrenceIdUtc, a));
            addTimes(ev, a, o.startUtc, o.endUtc);
            addDetails(ev, o.appointment, e.busyOnly);
            icalcomponent_add_component(cal, ev);
        }
    }

    void addInstance(icalcomponent *cal, const CalendarEvent &e, const InstanceChange &c)
    {
        Appointment instance = e.appointment;
        if (!c.title.isEmpty())
            instance.title = c.title;
        if (!c.location.isEmpty())
            instance.location = c.location;
        const qint64 duration = instance.endUtc - instance.startUtc;
        icalcomponent *ev = newEvent(instance);
        icalcomponent_add_property(
            ev, timeProperty(icalproperty_new_recurrenceid, c.originalStartUtc, instance));
        addTimes(ev, instance, c.moved() ? c.startUtc : c.originalStartUtc,
                 c.moved() ? c.endUtc : c.originalStartUtc + duration);
        addDetails(ev, instance, e.busyOnly);
        icalcomponent_add_component(cal, ev);
    }

    void addTodo(icalcomponent *cal, const Task &t)
    {
        icalcomponent *todo = icalcomponent_new(ICAL_VTODO_COMPONENT);
        icalcomponent_add_property(todo, textProperty(icalproperty_new_uid, t.id));
        icalcomponent_add_property(todo, icalproperty_new_dtstamp(utcTime(m_stamp)));
        if (t.createdAt > 0)
            icalcomponent_add_property(todo, icalproperty_new_created(utcTime(t.createdAt)));
        icalcomponent_add_property(todo, textProperty(icalproperty_new_summary, t.title));
        if (!t.notes.isEmpty())
            icalcomponent_add_property(todo, textProperty(icalproperty_new_description, t.notes));
        if (t.dueUtc >= 0)
            icalcomponent_add_property(todo, icalproperty_new_due(utcTime(t.dueUtc)));
        if (t.urgent)
            icalcomponent_add_property(todo, icalproperty_new_priority(1));
        switch (t.status) {
        case TaskStatus::Open:
            icalcomponent_add_property(todo, icalproperty_new_status(ICAL_STATUS_NEEDSACTION));
            break;
        case TaskStatus::Done:
            icalcomponent_add_property(todo, icalproperty_new_status(ICAL_STATUS_COMPLETED));
            if (t.doneAt >= 0)
                icalcomponent_add_property(todo, icalproperty_new_completed(utcTime(t.doneAt)));
            break;
        case TaskStatus::Cancelled:
            icalcomponent_add_property(todo, icalproperty_new_status(ICAL_STATUS_CANCELLED));
            break;
        }
        icalcomponent_add_component(cal, todo);
    }

    const CalendarData &m_data;
    qint64 m_stamp;
    IcsUse m_use;
    std::optional<IcsExpansion> m_expand;
};
} // namespace

QByteArray writeIcs(const CalendarData &data, qint64 stampUtc, IcsUse use,
                    const std::optional<IcsExpansion> &expand)
{
    return Writer(data, stampUtc, use, expand).run();
}

} // namespace spil
