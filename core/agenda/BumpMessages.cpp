// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agenda/BumpMessages.h"

#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

namespace spil {

namespace {
QString when(ContactLanguage language, qint64 utcMs, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    if (language == ContactLanguage::Dutch)
        return QLocale(QLocale::Dutch, QLocale::Netherlands)
            .toString(t, QStringLiteral("dddd d MMMM 'om' HH:mm"));
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(t, QStringLiteral("dddd d MMMM 'at' HH:mm"));
}
} // namespace

BumpMessage draftBumpMessage(ContactLanguage language, const QString &name, const QString &title,
                             const QString &directorName, qint64 oldStartUtc, qint64 newStartUtc,
                             const QTimeZone &zone, const QString &signedBy)
{
    BumpMessage m;
    m.name = name;
    m.language = language;
    const QString was = when(language, oldStartUtc, zone);
    const QString becomes = when(language, newStartUtc, zone);
    if (language == ContactLanguage::Dutch) {
        m.subject = QStringLiteral("Nieuwe tijd: %1").arg(title);
        m.body = QStringLiteral("Geachte %1,\n\n"
                                "Helaas moeten wij uw afspraak \"%2\" met %3 van %4 verzetten. "
                                "De nieuwe tijd is %5.\n\n"
                                "Onze excuses voor het ongemak. Wilt u ons laten weten als deze "
                                "tijd u niet schikt?\n\n"
                                "Met vriendelijke groet,\n%6")
                     .arg(name, title, directorName, was, becomes, signedBy);
    } else {
        m.subject = QStringLiteral("New time: %1").arg(title);
        m.body = QStringLiteral("Dear %1,\n\n"
                                "Unfortunately we have to move your appointment \"%2\" with %3 "
                                "from %4. The new time is %5.\n\n"
                                "We apologise for the inconvenience. Please let us know if this "
                                "time does not suit you.\n\n"
                                "Kind regards,\n%6")
                     .arg(name, title, directorName, was, becomes, signedBy);
    }
    return m;
}

QList<BumpMessage> draftBumpMessages(Database &db, const Appointment &moved, qint64 newStartUtc,
                                     const QString &signedBy)
{
    PeopleRepo people(db);
    ContactRepo contacts(db);
    const auto director = people.byId(moved.owner);
    const QString directorName = director ? director->name : moved.owner;
    const QTimeZone officeZone = zoneOrFail(director ? director->tz : moved.tz);
    QList<BumpMessage> out;
    const auto add = [&](const QString &id, const QString &name, const QString &email,
                         ContactLanguage language, const QTimeZone &zone) {
        BumpMessage m = draftBumpMessage(language, name, moved.title, directorName, moved.startUtc,
                                         newStartUtc, zone, signedBy);
        m.recipient = id;
        m.email = email;
        out << m;
    };
    QStringList seen{moved.owner};
    for (const QString &attendee : moved.attendees) {
        if (seen.contains(attendee))
            continue;
        seen << attendee;
        if (const auto p = people.byId(attendee)) {
            add(p->id, p->name, p->email, ContactLanguage::Dutch, zoneOrFail(p->tz));
            continue;
        }
        add(attendee, attendee, {}, ContactLanguage::Dutch, officeZone);
    }
    if (!moved.contactId.isEmpty()) {
        if (const auto c = contacts.byId(moved.contactId); c && !seen.contains(c->name))
            add(c->id, c->name, c->email, c->language, officeZone);
    }
    return out;
}

QString mailtoLink(const BumpMessage &message)
{
    return QStringLiteral("mailto:") +
           QString::fromLatin1(QUrl::toPercentEncoding(message.email, "@")) +
           QStringLiteral("?subject=") +
           QString::fromLatin1(QUrl::toPercentEncoding(message.subject)) +
           QStringLiteral("&body=") + QString::fromLatin1(QUrl::toPercentEncoding(message.body));
}

} // namespace spil
