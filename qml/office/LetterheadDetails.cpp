// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/office/LetterheadDetails.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "qml/shell/ReadGuard.h"

#include <QLocale>

namespace spil::qml {

namespace {
QStringList linesOf(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

ContactLanguage appLanguage()
{
    return QLocale().language() == QLocale::Dutch ? ContactLanguage::Dutch
                                                  : ContactLanguage::English;
}
} // namespace

LetterheadDetails::LetterheadDetails(QObject *parent) : OfficeView(parent)
{
    m_link.watch(OfficeLink::Data);
}

LetterheadDetails::LetterheadDetails(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : LetterheadDetails(parent)
{
    link(office, people);
}

void LetterheadDetails::reload()
{
    m_style = {};
    m_officeSet = false;
    readGuarded("LetterheadDetails", [&] {
        if (!open())
            return;
        OfficeStyleRepo repo(*office()->store());
        m_officeSet = repo.stored().has_value();
        m_style = repo.current();
    });
    Q_EMIT changed();
}

bool LetterheadDetails::canEdit() const
{
    if (!people())
        return false;
    const Role role = people()->me().role;
    return role == Role::OfficeManager || role == Role::Admin;
}

QString LetterheadDetails::printedAddress(const QString &addressText) const
{
    return linesOf(addressText).join(addressSeparator());
}

QString LetterheadDetails::placeAndDate(const QString &place) const
{
    if (!open())
        return {};
    const QDate today = dateIn(office()->clock().nowMs(), office()->localZone());
    const QString date = letterDate(today, appLanguage());
    return place.trimmed().isEmpty() ? date : place.trimmed() + QStringLiteral(", ") + date;
}

QString LetterheadDetails::closing(bool personalStyle) const
{
    return closingFor(ContactLanguage::English,
                      personalStyle ? LetterStyle::Personal : LetterStyle::Formal);
}

bool LetterheadDetails::differs(const QString &name, const QString &addressText,
                                const QString &place, bool personalStyle) const
{
    return name.trimmed() != m_style.officeName || linesOf(addressText) != m_style.addressLines ||
           place.trimmed() != m_style.place || personalStyle != personal();
}

bool LetterheadDetails::save(const QString &name, const QString &addressText, const QString &place,
                             bool personalStyle)
{
    const OfficeStyle before = m_style;
    if (!write({name, linesOf(addressText), place,
                personalStyle ? LetterStyle::Personal : LetterStyle::Formal}))
        return false;
    m_before = before;
    Q_EMIT changed();
    return true;
}

void LetterheadDetails::undoSave()
{
    if (!m_before)
        return;
    const OfficeStyle before = *m_before;
    m_before.reset();
    write(before);
    Q_EMIT changed();
}

bool LetterheadDetails::write(const OfficeStyle &style)
{
    m_error.clear();
    if (!canEdit()) {
        m_error = tr("Only the office manager changes the letterhead.");
        Q_EMIT changed();
        return false;
    }
    const auto failed = office()->attempt([&](Database &db) {
        OfficeStyleRepo(db).change({.officeName = style.officeName,
                                    .addressLines = style.addressLines,
                                    .place = style.place,
                                    .style = style.style});
    });
    if (failed) {
        m_error = failed->kind() == ErrorKind::BadInput
                      ? tr("The letterhead needs the office's name.")
                      : failed->message();
        Q_EMIT changed();
        return false;
    }
    return true;
}

} // namespace spil::qml
