// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/Letter.h"

#include <QLocale>

namespace spil {

bool stepAllowed(LetterStep step, LetterState from)
{
    switch (step) {
    case LetterStep::MakeDraft:
        return from == LetterState::Notes;
    case LetterStep::Submit:
        return from == LetterState::Draft;
    case LetterStep::Approve:
    case LetterStep::Comment:
        return from == LetterState::Approval;
    case LetterStep::Ready:
        return from == LetterState::Draft;
    case LetterStep::Send:
        return from == LetterState::Ready;
    }
    return false;
}

LetterState stateAfter(LetterStep step)
{
    switch (step) {
    case LetterStep::MakeDraft:
    case LetterStep::Comment:
        return LetterState::Draft;
    case LetterStep::Submit:
        return LetterState::Approval;
    case LetterStep::Approve:
    case LetterStep::Ready:
        return LetterState::Ready;
    case LetterStep::Send:
        return LetterState::Sent;
    }
    return LetterState::Draft;
}

bool mayTakeStep(LetterStep step, const Person &user, const Letter &letter)
{
    // The director himself, not an assistant who also serves him nor one acting for him.
    const bool director = user.id == letter.owner && user.role == Role::Director;
    if (step == LetterStep::Approve || step == LetterStep::Comment || step == LetterStep::Ready)
        return director;
    if (director || user.principals.contains(letter.owner))
        return true;
    return user.role == Role::OfficeManager && !letter.confidential;
}

QString surnameOf(const QString &name, ContactLanguage language)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return words.value(0);
    QString surname = words.mid(1).join(QLatin1Char(' '));
    // "Geachte heer Van den Berg": a Dutch prefix without the first name before it is
    // written with a capital; English letters keep the name as the contact spells it.
    if (language == ContactLanguage::Dutch && surname.at(0).isLower())
        surname[0] = surname.at(0).toUpper();
    return surname;
}

QString salutationFor(const Contact &contact, ContactLanguage language)
{
    const QString name = contact.name.simplified();
    const QString surname = surnameOf(name, language);
    if (language == ContactLanguage::Dutch) {
        switch (contact.form) {
        case ContactForm::Mr:
            return QStringLiteral("Geachte heer %1,").arg(surname);
        case ContactForm::Ms:
            return QStringLiteral("Geachte mevrouw %1,").arg(surname);
        case ContactForm::None:
            break;
        }
        return name.isEmpty() ? QStringLiteral("Geachte heer, mevrouw,")
                              : QStringLiteral("Geachte %1,").arg(name);
    }
    switch (contact.form) {
    case ContactForm::Mr:
        return QStringLiteral("Dear Mr %1,").arg(surname);
    case ContactForm::Ms:
        return QStringLiteral("Dear Ms %1,").arg(surname);
    case ContactForm::None:
        break;
    }
    return name.isEmpty() ? QStringLiteral("Dear Sir or Madam,")
                          : QStringLiteral("Dear %1,").arg(name);
}

QString closingFor(ContactLanguage language, LetterStyle style)
{
    if (language == ContactLanguage::Dutch)
        return QStringLiteral("Met vriendelijke groet,");
    return style == LetterStyle::Formal ? QStringLiteral("Yours sincerely,")
                                        : QStringLiteral("Kind regards,");
}

QString letterDate(const QDate &date, ContactLanguage language)
{
    const QLocale locale(language == ContactLanguage::Dutch ? QLocale::Dutch : QLocale::English,
                         language == ContactLanguage::Dutch ? QLocale::Netherlands
                                                            : QLocale::UnitedKingdom);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString subjectLabel(ContactLanguage language)
{
    return language == ContactLanguage::Dutch ? QStringLiteral("Betreft") : QStringLiteral("Re");
}

LetterParts letterParts(const Letter &letter, const Contact &contact, const QString &directorName,
                        const HouseStyle &house, const QDate &date)
{
    LetterParts p;
    const QString day = letterDate(date, letter.language);
    p.placeAndDate =
        house.place.trimmed().isEmpty() ? day : house.place.trimmed() + QStringLiteral(", ") + day;
    p.addressBlock << contact.name.simplified();
    if (!contact.organisation.trimmed().isEmpty())
        p.addressBlock << contact.organisation.trimmed();
    for (const QString &line : contact.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        p.addressBlock << line.trimmed();
    p.subjectLine =
        subjectLabel(letter.language) + QStringLiteral(": ") + letter.subject.simplified();
    p.salutation = salutationFor(contact, letter.language);
    p.closing = closingFor(letter.language, house.style);
    p.signature = directorName;
    return p;
}

QString draftText(const Letter &letter, const Contact &contact, const QString &directorName,
                  const HouseStyle &house)
{
    const LetterParts p = letterParts(letter, contact, directorName, house, QDate());
    // Each of the notes' lines a paragraph, as they were typed or dictated.
    QStringList paragraphs;
    for (const QString &line : letter.notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            paragraphs << line.trimmed();
    }
    return p.salutation + QStringLiteral("\n\n") + paragraphs.join(QStringLiteral("\n\n")) +
           QStringLiteral("\n\n") + p.closing + QStringLiteral("\n\n\n") + p.signature;
}

} // namespace spil
