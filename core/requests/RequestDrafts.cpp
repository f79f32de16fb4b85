// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/requests/RequestDrafts.h"

#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/people/PeopleRepo.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

namespace spil {

namespace {
bool dutch(ContactLanguage language)
{
    return language == ContactLanguage::Dutch;
}

QString fill(QString text, const DraftInput &in)
{
    text.replace(QStringLiteral("{name}"), in.name.trimmed());
    text.replace(QStringLiteral("{subject}"), in.subject.trimmed());
    text.replace(QStringLiteral("{director}"), in.directorName.trimmed());
    text.replace(QStringLiteral("{sender}"), in.sender.trimmed());
    return text;
}

QString slotLines(const DraftInput &in)
{
    QStringList lines;
    for (const Interval &slot : in.slots)
        lines << QStringLiteral("- ") + slotText(slot, in.zone, in.language);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString slotText(const Interval &slot, const QTimeZone &zone, ContactLanguage language)
{
    const QLocale locale(dutch(language) ? QLocale::Dutch : QLocale::English,
                         dutch(language) ? QLocale::Netherlands : QLocale::UnitedKingdom);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(slot.start, zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(slot.end, zone);
    return QStringLiteral("%1, %2–%3 (%4)")
        .arg(locale.toString(start.date(), QStringLiteral("dddd d MMMM yyyy")),
             start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")),
             start.timeZoneAbbreviation());
}

Draft draftMessage(const DraftInput &in)
{
    const bool nl = dutch(in.language);
    QString opening =
        nl ? QStringLiteral("Geachte {name},\n\n") : QStringLiteral("Dear {name},\n\n");
    QString closing = nl ? QStringLiteral("\n\nMet vriendelijke groet,\n{sender}")
                         : QStringLiteral("\n\nKind regards,\n{sender}");
    QString middle;
    switch (in.kind) {
    case RequestMessage::Offer:
        middle = nl ? QStringLiteral("U vroeg om een afspraak met {director} over \"{subject}\". "
                                     "Wij kunnen u de volgende tijden aanbieden:\n\n%1\n\n"
                                     "Wilt u ons laten weten welke tijd u het beste past?")
                    : QStringLiteral("You asked for a meeting with {director} about "
                                     "\"{subject}\". We can offer you the following times:\n\n"
                                     "%1\n\nPlease let us know which time suits you best.");
        middle = middle.arg(slotLines(in));
        break;
    case RequestMessage::Confirmation:
        middle = nl ? QStringLiteral("Graag bevestigen wij uw afspraak met {director} over "
                                     "\"{subject}\":\n\n%1")
                    : QStringLiteral("We are pleased to confirm your meeting with {director} "
                                     "about \"{subject}\":\n\n%1");
        middle = middle.arg(slotLines(in));
        break;
    case RequestMessage::Refusal:
        middle = nl ? QStringLiteral("Dank u voor uw verzoek om een afspraak met {director} over "
                                     "\"{subject}\". Helaas is het niet mogelijk hiervoor tijd "
                                     "vrij te maken. Wij vragen hiervoor uw begrip.")
                    : QStringLiteral("Thank you for your request for a meeting with {director} "
                                     "about \"{subject}\". Unfortunately it is not possible to "
                                     "make time for it. We hope for your understanding.");
        break;
    case RequestMessage::Postponement:
        middle = nl ? QStringLiteral("Dank u voor uw verzoek om een afspraak met {director} over "
                                     "\"{subject}\". Op dit moment kunnen wij hiervoor nog geen "
                                     "tijd vrijmaken. Wij komen er op een later moment bij u op "
                                     "terug.")
                    : QStringLiteral("Thank you for your request for a meeting with {director} "
                                     "about \"{subject}\". At the moment we cannot make time for "
                                     "it yet. We will come back to you later.");
        break;
    }
    Draft out;
    out.subject = fill(nl ? QStringLiteral("Uw verzoek: {subject}")
                          : QStringLiteral("Your request: {subject}"),
                       in);
    // The slots are filled in first, so a brace in a subject is never read as a field.
    out.body = fill(opening, in) + middle + fill(closing, in);
    out.body.replace(QStringLiteral("{subject}"), in.subject.trimmed());
    out.body.replace(QStringLiteral("{director}"), in.directorName.trimmed());
    return out;
}

DraftInput draftInputFor(Database &db, const Request &request, RequestMessage kind,
                         const QString &signedBy, const QTimeZone &fallback)
{
    DraftInput in;
    in.kind = kind;
    in.language = request.language;
    in.name = request.requester;
    if (!request.contactId.isEmpty())
        if (const auto contact = ContactRepo(db).byId(request.contactId))
            in.name = contact->name;
    in.subject = request.subject;
    in.sender = signedBy;
    in.zone = fallback;
    in.directorName = request.director;
    if (const auto director = PeopleRepo(db).byId(request.director)) {
        in.directorName = director->name;
        if (isValidZone(director->tz))
            in.zone = QTimeZone(director->tz.toUtf8());
    }
    return in;
}

BumpMessage draftBumpConfirmation(Database &db, const Request &request, const Interval &booked,
                                  const QString &signedBy, const QTimeZone &fallback)
{
    DraftInput in = draftInputFor(db, request, RequestMessage::Confirmation, signedBy, fallback);
    in.slots = {booked};
    const Draft draft = draftMessage(in);
    BumpMessage out;
    out.recipient = request.contactId.isEmpty() ? request.requester : request.contactId;
    out.name = in.name;
    out.language = in.language;
    out.subject = draft.subject;
    out.body = draft.body;
    if (!request.contactId.isEmpty())
        if (const auto contact = ContactRepo(db).byId(request.contactId))
            out.email = contact->email;
    return out;
}

QString mailtoUrl(const QString &to, const QString &subject, const QString &body)
{
    QString crlf = body;
    crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    // RFC 6068: everything but unreserved characters percent-encoded, "@" kept in the
    // address; a space is %20, never "+".
    return QStringLiteral("mailto:") +
           QString::fromLatin1(QUrl::toPercentEncoding(to.trimmed(), "@")) +
           QStringLiteral("?subject=") + QString::fromLatin1(QUrl::toPercentEncoding(subject)) +
           QStringLiteral("&body=") + QString::fromLatin1(QUrl::toPercentEncoding(crlf));
}

} // namespace spil
