// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/personnel/Personnel.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// A birthday, a work anniversary or a new colleague's first day coming up.
struct PersonnelDateRow {
    Q_GADGET
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString initials MEMBER initials)
    Q_PROPERTY(spil::PersonnelEnums::Event event MEMBER event)
    Q_PROPERTY(QString dayText MEMBER dayText) // "today", "tomorrow", "Thu 3 Dec"
    Q_PROPERTY(int daysAway MEMBER daysAway)
    Q_PROPERTY(int years MEMBER years) // the age, or the years with the office
    // A start only: whether the onboarding checklist runs already.
    Q_PROPERTY(bool onboarding MEMBER onboarding)
public:
    QString personId, name, initials;
    PersonnelEvent event = PersonnelEvent::Birthday;
    QString dayText;
    int daysAway = 0, years = 0;
    bool onboarding = false;
    QString key() const;
    bool operator==(const PersonnelDateRow &) const = default;
};

// The office manager's coming weeks: birthdays, anniversaries and starts by date; the
// reminders they bring made into her tasks once; a new colleague's onboarding started
// with one tap. Empty for anyone who does not keep personnel matters (their device holds
// no personnel data).
class PersonnelDatesModel : public RowList<PersonnelDateRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)
public:
    explicit PersonnelDatesModel(QObject *parent = nullptr);
    PersonnelDatesModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    int days() const { return m_days; }
    void setDays(int days);

    // Makes the tasks of the reminders due today that no task stands for yet (the same
    // ids on every device, so none is made twice); how many were made.
    Q_INVOKABLE int makeReminders();
    // The onboarding checklist of a new colleague from templateId, on their first day.
    Q_INVOKABLE bool startOnboarding(const QString &personId, const QString &templateId);
    // A colleague's birth or start date as the form shows it (YYYY-MM-DD, empty when not
    // known).
    Q_INVOKABLE QString birthDateOf(const QString &personId) const;
    Q_INVOKABLE QString startDateOf(const QString &personId) const;
    // Sets the dates as typed (YYYY-MM-DD; empty: not known) that differ from what the
    // form showed when it opened (birthWas, startWas); the reason it was refused, or empty
    // when it went through.
    Q_INVOKABLE QString setDates(const QString &personId, const QString &birthDate,
                                 const QString &startDate, const QString &birthWas,
                                 const QString &startWas);

Q_SIGNALS:
    void daysChanged();

private:
    using Row = PersonnelDateRow;
    int m_days = 30;
};

} // namespace spil::qml
