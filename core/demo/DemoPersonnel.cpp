// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoPersonnel.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/personnel/PersonnelRepo.h"

namespace spil {

void addDemoPersonnel(Database &db, const DemoColleagues &who, const QDate &today)
{
    PersonnelRepo personnel(db);
    // Dates relative to today, so the page has something coming on any day the demo starts.
    const auto bornOn = [&](int inDays, int year) {
        return sameDayIn(today.addDays(inDays), year);
    };
    personnel.setPersonnel(who.assistant,
                           {.birthDate = bornOn(3, 1991), .startDate = QDate(2019, 3, 1)});
    personnel.setPersonnel(who.director,
                           {.birthDate = bornOn(12, 1968), .startDate = QDate(2011, 9, 1)});
    personnel.setPersonnel(who.staff,
                           {.birthDate = QDate(1985, 4, 17), .startDate = bornOn(5, 2016)});
    personnel.setPersonnel(who.secondAssistant,
                           {.birthDate = QDate(1988, 2, 29), .startDate = QDate(2014, 6, 1)});
    personnel.setPersonnel(who.officeManager,
                           {.birthDate = QDate(1979, 7, 9), .startDate = QDate(2017, 1, 9)});
    personnel.setPersonnel(who.sick,
                           {.birthDate = QDate(1993, 10, 2), .startDate = QDate(2021, 5, 1)});
    // The new colleague starts on the Monday after next week's.
    const QDate start = today.addDays(8 - today.dayOfWeek()).addDays(7);
    personnel.setPersonnel(who.newColleague, {.birthDate = QDate(1997, 8, 23), .startDate = start});

    ChecklistTemplate t;
    t.name = QStringLiteral("Welkom nieuwe collega");
    t.description = QStringLiteral("Van de week ervoor tot het eind van de eerste week.");
    const QString before = QStringLiteral("De week ervoor");
    const QString first = QStringLiteral("Eerste dag");
    const int day = 24 * 60;
    t.items = {
        {{},
         before,
         0,
         0,
         QStringLiteral("Laptop en telefoon besteld"),
         who.officeManager,
         -7 * day + 10 * 60},
        {{},
         before,
         0,
         1,
         QStringLiteral("Account en toegangspas aangevraagd"),
         who.officeManager,
         -5 * day + 10 * 60},
        {{}, before, 0, 2, QStringLiteral("Werkplek ingericht"), who.staff, -1 * day + 15 * 60},
        {{}, first, 1, 3, QStringLiteral("Ontvangst met bloemen"), who.officeManager, 9 * 60},
        {{}, first, 1, 4, QStringLiteral("Rondleiding en kennismaking"), who.assistant, 10 * 60},
        {{}, first, 1, 5, QStringLiteral("Lunch met het team"), who.officeManager, 12 * 60},
    };
    ChecklistRepo(db).addTemplate(t);

    // Off sick since Monday of last week, still absent; the company doctor next week.
    const QDate since = today.addDays(-today.dayOfWeek() - 6);
    personnel.addAbsence(
        {.personId = who.sick, .from = since, .createdBy = who.officeManager},
        {.reason = QStringLiteral("Griep met longontsteking"),
         .doctorVisits = {today.addDays(8 - today.dayOfWeek() + 2).toString(Qt::ISODate) +
                          QStringLiteral("T10:30")}});
}

} // namespace spil
