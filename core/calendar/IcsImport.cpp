// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/calendar/IcsImport.h"

#include "core/agenda/Recurrence.h"
#include "core/calendar/IcsTimeZones.h"

#include <QDateTime>
#include <QMap>
#include <QTimeZone>
#include <QUrl>
#include <libical/ical.h>
#include <memory>
#include <optional>

namespace spil {

namespace {
constexpr qint64 kDay = 24 * 3600 * 1000LL;

struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// A component could not be taken: the sentence says why.
struct Refusal {
    QString reason;
};
[[noreturn]] void refuse(const QString &reason)
{
    throw Refusal{reason};
}

// The lines each kind of component begins on, in the order of the file, so that a problem
// names the line a reader finds it at. Folded lines never start with BEGIN.
QHash<QString, QList<int>> beginLines(const QByteArray &content)
{
    QHash<QString, QList<int>> out;
    int number = 0;
    for (const QByteArray &raw : content.split('\n')) {
        ++number;
        const QByteArray line = raw.trimmed().toUpper();
        if (line.startsWith("BEGIN:"))
            out[QString::fromLatin1(line.mid(6))] << number;
    }
    return out;
}

struct Instant {
    qint64 utc = 0;
    bool isDate = false;
    QString zone; // the IANA zone it was written in (UTC for Z), empty for a date
};

icaltimetype timeValue(icalproperty *p)
{
    switch (icalproperty_isa(p)) {
    case ICAL_DTSTART_PROPERTY:
        return icalproperty_get_dtstart(p);
    case ICAL_DTEND_PROPERTY:
        return icalproperty_get_dtend(p);
    case ICAL_EXDATE_PROPERTY:
        return icalproperty_get_exdate(p);
    case ICAL_RECURRENCEID_PROPERTY:
        return icalproperty_get_recurrenceid(p);
    default:
        return icaltime_null_time();
    }
}

Instant readTime(icalproperty *p, const QString &defaultZone)
{
    const QString name = text(icalproperty_get_property_name(p));
    const icaltimetype t = timeValue(p);
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        refuse(QStringLiteral("%1 is not a date or a time").arg(name));
    const QDate date(t.year, t.month, t.day);
    if (!date.isValid())
        refuse(QStringLiteral("%1 is not a date").arg(name));
    Instant out;
    if (t.is_date) {
        out.isDate = true;
        out.utc = date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        return out;
    }
    if (icaltime_is_utc(t)) {
        out.zone = QStringLiteral("UTC");
    } else if (icalparameter *tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER)) {
        const QString named = text(icalparameter_get_tzid(tzid));
        out.zone = ianaZoneFor(named, defaultZone);
        if (out.zone.isEmpty())
            refuse(
                QStringLiteral("%1 names the time zone '%2', which is not known").arg(name, named));
    } else {
        out.zone = defaultZone; // floating: the agenda's own zone
    }
    out.utc = QDateTime(date, QTime(t.hour, t.minute, t.second), QTimeZone(out.zone.toUtf8()))
                  .toMSecsSinceEpoch();
    return out;
}

icalproperty *first(icalcomponent *c, icalproperty_kind kind)
{
    return icalcomponent_get_first_property(c, kind);
}

int count(icalcomponent *c, icalproperty_kind kind)
{
    return icalcomponent_count_properties(c, kind);
}

AppointmentPriority priorityOf(int ical)
{
    // RFC 5545: 1-4 high, 5 medium (0 undefined), 6-9 low.
    if (ical >= 1 && ical <= 4)
        return AppointmentPriority::High;
    if (ical >= 6 && ical <= 9)
        return AppointmentPriority::Low;
    return AppointmentPriority::Normal;
}

class Reader {
public:
    Reader(const QByteArray &content, const IcsReadOptions &options)
        : m_content(content), m_options(options), m_lines(beginLines(content))
    {
    }

    IcsContents run()
    {
        if (!m_content.toUpper().contains("BEGIN:VCALENDAR")) {
            m_out.problems << IcsProblem{{}, 1, QStringLiteral("this is not an iCalendar file")};
            return m_out;
        }
        std::unique_ptr<icalcomponent, ComponentDeleter> root(
            icalparser_parse_string(m_content.constData()));
        icalerror_clear_errno();
        if (!root) {
            m_out.problems << IcsProblem{{}, 1, QStringLiteral("the file cannot be read")};
            return m_out;
        }
        if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
            readCalendar(root.get());
        } else {
            for (icalcomponent *c =
                     icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
                 c; c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
                readCalendar(c);
        }
        finish();
        return m_out;
    }

private:
    int nextLine(const QString &kind)
    {
        const QList<int> &lines = m_lines.value(kind);
        const int index = m_seen[kind]++;
        return index < lines.size() ? lines.at(index) : 0;
    }

    void readCalendar(icalcomponent *cal)
    {
        m_zone = m_options.defaultZone;
        // Google names the calendar's own zone; floating times are read in it.
        for (icalproperty *p = first(cal, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(cal, ICAL_X_PROPERTY)) {
            if (qstrcmp(icalproperty_get_x_name(p), "X-WR-TIMEZONE") == 0) {
                const QString zone =
                    ianaZoneFor(text(icalproperty_get_x(p)), m_options.defaultZone);
                if (!zone.isEmpty())
                    m_zone = zone;
            }
        }
        for (icalproperty *p = first(cal, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(cal, ICAL_XLICERROR_PROPERTY))
            m_out.problems << IcsProblem{{}, 0, text(icalproperty_get_xlicerror(p))};
        for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c;
             c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT)) {
            const QString kind = text(icalcomponent_kind_to_string(icalcomponent_isa(c)));
            const int line = nextLine(kind);
            if (icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT)
                readEvent(c, line);
            else if (icalcomponent_isa(c) != ICAL_VTIMEZONE_COMPONENT)
                m_out.ignored << IcsProblem{
                    text(icalcomponent_get_uid(c)), line,
                    QStringLiteral("a %1 does not go into an agenda").arg(kind)};
        }
    }

    void readEvent(icalcomponent *ev, int line)
    {
        const QString uid = text(icalcomponent_get_uid(ev)).trimmed();
        try {
            if (icalproperty *error = first(ev, ICAL_XLICERROR_PROPERTY))
                refuse(text(icalproperty_get_xlicerror(error)));
            if (uid.isEmpty())
                refuse(QStringLiteral("the event has no UID"));
            if (icalproperty *rid = first(ev, ICAL_RECURRENCEID_PROPERTY))
                readInstance(ev, rid, uid, line);
            else
                readMaster(ev, uid, line);
        } catch (const Refusal &r) {
            m_out.problems << IcsProblem{uid, line, r.reason};
            // Without its series, the instances of a refused one are left out too.
            if (!first(ev, ICAL_RECURRENCEID_PROPERTY) && !uid.isEmpty() &&
                !eventFor(uid, line).hasMaster)
                m_refused.insert(uid);
        }
    }

    IcsEvent &eventFor(const QString &uid, int line)
    {
        auto it = m_index.constFind(uid);
        if (it == m_index.constEnd()) {
            IcsEvent e;
            e.uid = uid;
            e.line = line;
            m_events << e;
            it = m_index.insert(uid, m_events.size() - 1);
        }
        return m_events[*it];
    }

    QString attendee(icalproperty *p) const
    {
        const QString address = text(icalproperty_get_attendee(p)).trimmed();
        icalparameter *cnParam = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER);
        const QString cn = cnParam ? text(icalparameter_get_cn(cnParam)).trimmed() : QString();
        const QString lower = address.toLower();
        if (lower.startsWith(QLatin1String("mailto:"))) {
            const QString email = address.mid(7);
            const QString person = m_options.personByEmail.value(email.toLower());
            return !person.isEmpty() ? person : (cn.isEmpty() ? email : cn);
        }
        const QString personUrn = QStringLiteral("urn:x-spil:person:");
        if (lower.startsWith(personUrn) &&
            m_options.personIds.contains(address.mid(personUrn.size())))
            return address.mid(personUrn.size());
        const QString nameUrn = QStringLiteral("urn:x-spil:name:");
        if (lower.startsWith(nameUrn))
            return QUrl::fromPercentEncoding(address.mid(nameUrn.size()).toUtf8());
        return cn.isEmpty() ? address : cn;
    }

    void readMaster(icalcomponent *ev, const QString &uid, int line)
    {
        IcsEvent &known = eventFor(uid, line);
        if (known.hasMaster)
            refuse(QStringLiteral("another event of this file has the same UID (line %1)")
                       .arg(known.line));
        Appointment a;
        icalproperty *dtstart = first(ev, ICAL_DTSTART_PROPERTY);
        if (!dtstart)
            refuse(QStringLiteral("the event has no start (DTSTART)"));
        const Instant start = readTime(dtstart, m_zone);
        Instant end;
        if (icalproperty *dtend = first(ev, ICAL_DTEND_PROPERTY)) {
            end = readTime(dtend, m_zone);
            if (end.isDate != start.isDate)
                refuse(QStringLiteral("DTSTART and DTEND are not both dates or both times"));
        } else if (icalproperty *duration = first(ev, ICAL_DURATION_PROPERTY)) {
            end = start;
            end.utc += qint64(icaldurationtype_as_int(icalproperty_get_duration(duration))) * 1000;
        } else if (start.isDate) {
            end = start;
            end.utc += kDay;
        } else {
            refuse(QStringLiteral("the event ends when it starts (no DTEND or DURATION)"));
        }
        if (end.utc <= start.utc)
            refuse(QStringLiteral("the event ends before it starts"));
        a.allDay = start.isDate;
        a.startUtc = start.utc;
        a.endUtc = end.utc;
        a.tz = start.isDate ? m_zone : start.zone;
        a.title = text(icalcomponent_get_summary(ev)).trimmed();
        if (a.title.isEmpty())
            a.title = QStringLiteral("(no title)");
        a.location = text(icalcomponent_get_location(ev)).trimmed();
        a.notes = text(icalcomponent_get_description(ev));
        if (icalproperty *p = first(ev, ICAL_PRIORITY_PROPERTY))
            a.priority = priorityOf(icalproperty_get_priority(p));
        switch (icalcomponent_get_status(ev)) {
        case ICAL_STATUS_TENTATIVE:
            a.status = AppointmentStatus::Tentative;
            break;
        case ICAL_STATUS_CANCELLED:
            a.status = AppointmentStatus::Cancelled;
            break;
        default:
            a.status = AppointmentStatus::Confirmed;
        }
        if (icalproperty *p = first(ev, ICAL_CLASS_PROPERTY)) {
            const icalproperty_class c = icalproperty_get_class(p);
            a.confidential = c == ICAL_CLASS_CONFIDENTIAL || c == ICAL_CLASS_PRIVATE;
        }
        for (icalproperty *p = first(ev, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_X_PROPERTY)) {
            if (qstrcmp(icalproperty_get_x_name(p), "X-SPIL-KIND") == 0)
                a.kind = fromText<AppointmentKind>(text(icalproperty_get_x(p)))
                             .value_or(AppointmentKind::Meeting);
        }
        for (icalproperty *p = first(ev, ICAL_ATTENDEE_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_ATTENDEE_PROPERTY)) {
            const QString who = attendee(p);
            if (!who.isEmpty() && !a.attendees.contains(who))
                a.attendees << who;
        }
        QList<qint64> cancelled;
        if (count(ev, ICAL_RRULE_PROPERTY) > 1)
            refuse(QStringLiteral("the event has more than one RRULE"));
        if (first(ev, ICAL_RDATE_PROPERTY))
            refuse(QStringLiteral("extra dates (RDATE) are not supported"));
        if (icalproperty *rrule = first(ev, ICAL_RRULE_PROPERTY)) {
            const icalrecurrencetype r = icalproperty_get_rrule(rrule);
            char *rule = icalrecurrencetype_as_string_r(const_cast<icalrecurrencetype *>(&r));
            a.rrule = text(rule);
            icalmemory_free_buffer(rule);
            QString why;
            if (!isValidRrule(a.rrule, &why))
                refuse(why);
            for (icalproperty *p = first(ev, ICAL_EXDATE_PROPERTY); p;
                 p = icalcomponent_get_next_property(ev, ICAL_EXDATE_PROPERTY))
                cancelled << readTime(p, m_zone).utc;
        }
        IcsEvent &event = eventFor(uid, line);
        event.hasMaster = true;
        event.line = line;
        event.appointment = a;
        event.cancelled << cancelled;
    }

    void readInstance(icalcomponent *ev, icalproperty *rid, const QString &uid, int line)
    {
        if (icalproperty_get_first_parameter(rid, ICAL_RANGE_PARAMETER))
            refuse(QStringLiteral("a change to this and all later instances (RANGE) is not "
                                  "supported"));
        IcsInstance instance;
        instance.originalStartUtc = readTime(rid, m_zone).utc;
        instance.cancelled = icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED;
        if (icalproperty *dtstart = first(ev, ICAL_DTSTART_PROPERTY))
            instance.startUtc = readTime(dtstart, m_zone).utc;
        else
            instance.startUtc = instance.originalStartUtc;
        instance.endUtc = -1; // the series' length, once the series is known
        if (icalproperty *dtend = first(ev, ICAL_DTEND_PROPERTY)) {
            instance.endUtc = readTime(dtend, m_zone).utc;
            if (instance.endUtc <= instance.startUtc)
                refuse(QStringLiteral("the instance ends before it starts"));
        }
        instance.title = text(icalcomponent_get_summary(ev)).trimmed();
        instance.location = text(icalcomponent_get_location(ev)).trimmed();
        IcsEvent &event = eventFor(uid, line);
        m_instanceLines[uid] << line;
        if (instance.cancelled)
            event.cancelled << instance.originalStartUtc;
        else
            event.instances << instance;
    }

    void finish()
    {
        for (IcsEvent &e : m_events) {
            if (e.hasMaster && e.appointment.rrule.isEmpty() &&
                (!e.instances.isEmpty() || m_instanceLines.contains(e.uid))) {
                for (int line : m_instanceLines.value(e.uid))
                    m_out.problems << IcsProblem{
                        e.uid, line,
                        QStringLiteral("an instance (RECURRENCE-ID) of an event that does "
                                       "not repeat")};
                e.instances.clear();
                e.cancelled.clear();
            }
            if (!e.hasMaster && m_refused.contains(e.uid))
                continue;
            const qint64 length = e.appointment.endUtc - e.appointment.startUtc;
            for (IcsInstance &i : e.instances) {
                if (i.endUtc < 0 && e.hasMaster)
                    i.endUtc = i.startUtc + length;
            }
            if (e.hasMaster || !e.instances.isEmpty() || !e.cancelled.isEmpty())
                m_out.events << e;
        }
    }

    const QByteArray &m_content;
    const IcsReadOptions &m_options;
    QHash<QString, QList<int>> m_lines;
    QHash<QString, int> m_seen;
    QString m_zone;
    QList<IcsEvent> m_events;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QList<int>> m_instanceLines;
    QSet<QString> m_refused;
    IcsContents m_out;
};
} // namespace

IcsContents readIcs(const QByteArray &text, const IcsReadOptions &options)
{
    return Reader(text, options).run();
}

} // namespace spil
