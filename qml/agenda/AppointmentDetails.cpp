#include "AppointmentDetails.h"

#include "agenda/AgendaRepo.h"
#include "app/AppServices.h"
#include "app/Display.h"
#include "app/ReadGuard.h"
#include "common/Clock.h"
#include "common/Time.h"
#include "store/Database.h"

namespace spil::app {

AppointmentDetails::AppointmentDetails(QObject *parent) : QObject(parent)
{
    if (auto *app = AppServices::instance()) {
        connect(app, &AppServices::dataChanged, this, &AppointmentDetails::reload);
        connect(app, &AppServices::sessionChanged, this, &AppointmentDetails::reload);
        connect(app, &AppServices::agendaPersonChanged, this, &AppointmentDetails::reload);
    }
    m_ticker.setInterval(30 * 1000); // the countdown
    connect(&m_ticker, &QTimer::timeout, this, &AppointmentDetails::reload);
    m_ticker.start();
    reload();
}

void AppointmentDetails::setAppointmentId(const QString &id)
{
    if (id != m_id) {
        m_id = id;
        reload();
    }
}

void AppointmentDetails::setStartUtc(double start)
{
    if (qint64(start) != m_start) {
        m_start = qint64(start);
        reload();
    }
}

void AppointmentDetails::setFollowNext(bool on)
{
    if (on != m_followNext) {
        m_followNext = on;
        reload();
    }
}

QString AppointmentDetails::kindLabel(const QString &kind)
{
    if (kind == QStringLiteral("presentation"))
        return tr("Presentation");
    if (kind == QStringLiteral("travel"))
        return tr("Travel");
    if (kind == QStringLiteral("prep"))
        return tr("Prep time");
    if (kind == QStringLiteral("personal"))
        return tr("Personal");
    return tr("Meeting");
}

void AppointmentDetails::reload()
{
    auto *app = AppServices::instance();
    std::optional<Occurrence> hit;
    m_found = false;
    readGuarded("AppointmentDetails", [&] {
        if (app && app->ready()) {
            AgendaRepo agenda(*app->store());
            const qint64 now = app->clock().nowMs();
            const QTimeZone local = app->localZone();
            if (m_followNext) {
                const QString person = app->agendaPersonId();
                for (const Occurrence &o :
                     agenda.occurrences(person, now, now + 7LL * 24 * 3600 * 1000, local)) {
                    if (o.isBusy() && o.endUtc > now) {
                        hit = o;
                        break;
                    }
                }
            } else if (!m_id.isEmpty()) {
                if (const auto a = agenda.byId(m_id)) {
                    Occurrence o;
                    o.appointment = *a;
                    o.startUtc = m_start > 0 ? m_start : a->startUtc;
                    o.endUtc = o.startUtc + (a->endUtc - a->startUtc);
                    hit = o;
                }
            }
            m_found = hit.has_value();
            if (hit) {
                const Appointment &a = hit->appointment;
                const Person owner = app->people().value(a.owner);
                // Home is the home of the person whose agenda is read, as on the timeline.
                const Person reader = app->people().value(app->agendaPersonId(), owner);
                const QTimeZone home = zoneOrFail(reader.tz.isEmpty() ? a.tz : reader.tz);
                m_running = hit->startUtc <= now && now < hit->endUtc;
                m_title = a.title;
                // An all-day item read by itself holds midnight UTC of its date; one from the
                // timeline was placed at midnight of its date here.
                const QDate day = a.allDay && hit->startUtc == a.startUtc && m_start == 0
                                      ? dateIn(a.startUtc, QTimeZone::utc())
                                      : dateIn(hit->startUtc, local);
                m_dayText = display::dayHeading(day, dateIn(now, local));
                m_timeText = a.allDay ? tr("All day")
                                      : display::timeRange(hit->startUtc, hit->endUtc, local);
                const bool differs =
                    home.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hit->startUtc)) !=
                    local.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hit->startUtc));
                m_homeTimeText = a.allDay || !differs
                                     ? QString()
                                     : display::timeRange(hit->startUtc, hit->endUtc, home);
                m_localZoneLabel = display::zoneCity(QString::fromUtf8(local.id()));
                m_homeZoneLabel = display::zoneCity(QString::fromUtf8(home.id()));
                m_timeLeft = m_running
                                 ? tr("now · %1").arg(display::timeRemaining(now, hit->endUtc))
                             : hit->startUtc > now ? display::startsAt(now, hit->startUtc, local)
                                                   : QString();
                m_place = a.location;
                m_attendees.clear();
                for (const QString &attendee : a.attendees)
                    m_attendees << app->nameOf(attendee);
                m_kindText = kindLabel(a.kind);
                m_readFirst = a.notes;
                m_ownerName = owner.name;
                m_statusText = a.status == QStringLiteral("cancelled")   ? tr("Cancelled")
                               : a.status == QStringLiteral("tentative") ? tr("Tentative")
                                                                         : QString();
                m_confidential = a.confidential;
                m_recurring = !a.rrule.isEmpty();
            }
        } else {
            m_found = false;
        }
    });
    Q_EMIT changed();
}

} // namespace spil::app
