// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/calendar/IcsTodos.h"

#include <libical/ical.h>
#include <memory>

namespace spil {

namespace {
struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

QString textOf(icalcomponent *c, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);
    if (!p)
        return {};
    const char *value = icalproperty_get_value_as_string(p);
    icalvalue *v = icalproperty_get_value(p);
    // Text values come back unescaped from the text getter.
    if (v && icalvalue_isa(v) == ICAL_TEXT_VALUE)
        value = icalvalue_get_text(v);
    return value ? QString::fromUtf8(value) : QString();
}

IcsTodo todoOf(icalcomponent *c)
{
    IcsTodo t;
    t.uid = textOf(c, ICAL_UID_PROPERTY);
    t.summary = textOf(c, ICAL_SUMMARY_PROPERTY);
    t.description = textOf(c, ICAL_DESCRIPTION_PROPERTY);
    if (icalproperty *s = icalcomponent_get_first_property(c, ICAL_STATUS_PROPERTY)) {
        const icalproperty_status status = icalproperty_get_status(s);
        t.completed = status == ICAL_STATUS_COMPLETED;
        t.cancelled = status == ICAL_STATUS_CANCELLED;
    }
    if (icalcomponent_get_first_property(c, ICAL_COMPLETED_PROPERTY))
        t.completed = true;
    if (icalproperty *p = icalcomponent_get_first_property(c, ICAL_PRIORITY_PROPERTY))
        t.priority = icalproperty_get_priority(p);
    if (icalproperty *d = icalcomponent_get_first_property(c, ICAL_DUE_PROPERTY)) {
        t.hasDue = true;
        const icaltimetype due = icalproperty_get_due(d);
        if (icaltime_is_date(due) || icaltime_is_utc(due))
            t.dueUtc =
                qint64(icaltime_as_timet_with_zone(due, icaltimezone_get_utc_timezone())) * 1000;
    }
    return t;
}
} // namespace

std::optional<QList<IcsTodo>> readTodos(const QByteArray &text)
{
    if (!text.toUpper().contains("BEGIN:VCALENDAR"))
        return std::nullopt;
    std::unique_ptr<icalcomponent, ComponentDeleter> root(
        icalparser_parse_string(text.constData()));
    icalerror_clear_errno();
    if (!root)
        return std::nullopt;
    QList<IcsTodo> out;
    icalcomponent *calendar = root.get();
    if (icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT)
        calendar = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
    if (!calendar)
        return std::nullopt;
    for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_VTODO_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VTODO_COMPONENT))
        out << todoOf(c);
    return out;
}

} // namespace spil
