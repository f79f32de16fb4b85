// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/common/Error.h"
#include "core/personnel/PersonnelRepo.h"

#include <algorithm>

using namespace spil;
using namespace spil::test;

class Checklists : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        fatima = addPerson("Fatima El Amrani", Role::OfficeManager);
        noor = addPerson("Noor Jansen", Role::Staff);
        ChecklistTemplate t;
        t.name = QStringLiteral("Verhuizing");
        const auto item = [&](const char *phase, int order, const char *title, const QString &who,
                              int offset) {
            t.items << TemplateItem{{},
                                    QString::fromUtf8(phase),
                                    order,
                                    int(t.items.size()),
                                    QString::fromUtf8(title),
                                    who,
                                    offset};
        };
        item("Weken ervoor", 0, "Verhuizer bevestigd", fatima, -14 * 24 * 60 + 10 * 60);
        item("Weken ervoor", 0, "Internet aangevraagd", noor, -7 * 24 * 60 + 9 * 60);
        item("Verhuisdag", 1, "Sleutels", fatima, 7 * 60);
        item("Verhuisdag", 1, "Servers", noor, 8 * 60);
        item("Verhuisdag", 1, "Telefoons", noor, 16 * 60);
        item("Erna", 2, "Oplevering", fatima, 24 * 60 + 12 * 60);
        templateId = repo.addTemplate(t);
    }
    ChecklistRepo repo{*db};
    QString fatima, noor, templateId;
};

TEST_F(Checklists, AStartedRunCopiesTheItemsWithTheirDueTimes)
{
    // Move day just after the switch to winter time: offsets keep their clock times.
    const QString run = repo.startRun(QStringLiteral("verhuizing"), {}, QDate(2026, 10, 26),
                                      QStringLiteral("Europe/Amsterdam"), fatima);
    const auto items = repo.items(run);
    ASSERT_EQ(items.size(), 6);
    EXPECT_EQ(items[0].dueUtc, in("Europe/Amsterdam", "2026-10-12T10:00"));
    EXPECT_EQ(items[2].dueUtc, in("Europe/Amsterdam", "2026-10-26T07:00"));
    EXPECT_EQ(items[5].dueUtc, in("Europe/Amsterdam", "2026-10-27T12:00"));
    EXPECT_EQ(items[3].responsible, noor);
    EXPECT_EQ(repo.runById(run)->title, QStringLiteral("Verhuizing"));
    EXPECT_EQ(repo.runById(run)->createdBy, fatima);
}

// A Monday move: "two days before" is a Saturday and is done on the Friday; "five days
// after" a Saturday, done on the Monday after. Clock times stay; the run's own day stays
// as chosen, a Saturday too.
TEST_F(Checklists, DueDaysInAWeekendMoveToTheNearestWeekdayAwayFromTheRunsDay)
{
    ChecklistTemplate t;
    t.name = QStringLiteral("Weekend");
    const int day = 24 * 60;
    for (const int offset : {-2 * day + 15 * 60, -day + 9 * 60, 9 * 60, 5 * day + 12 * 60,
                             6 * day + 12 * 60, -4 * day + 10 * 60})
        t.items << TemplateItem{
            {}, QStringLiteral("x"), 0, int(t.items.size()), QStringLiteral("x"), {}, offset};
    const QTimeZone zone("Europe/Amsterdam");
    const auto at = [&](const char *local) { return in("Europe/Amsterdam", local); };
    const QList<qint64> monday = ChecklistRepo::dueTimes(t, QDate(2026, 12, 14), zone);
    EXPECT_EQ(monday, QList<qint64>({at("2026-12-11T15:00"), at("2026-12-11T09:00"),
                                     at("2026-12-14T09:00"), at("2026-12-21T12:00"),
                                     at("2026-12-21T12:00"), at("2026-12-10T10:00")}));
    const QList<qint64> saturday = ChecklistRepo::dueTimes(t, QDate(2026, 12, 12), zone);
    EXPECT_EQ(saturday.at(2), at("2026-12-12T09:00")); // the run's own day
    EXPECT_EQ(saturday.at(1), at("2026-12-11T09:00")); // Friday, a weekday already
    EXPECT_EQ(saturday.at(3), at("2026-12-17T12:00")); // Thursday
    // The run copies the same times.
    const QString run = repo.startRun(repo.addTemplate(t), {}, QDate(2026, 12, 14),
                                      QStringLiteral("Europe/Amsterdam"), fatima);
    QList<qint64> stored;
    for (const ChecklistItem &i : repo.items(run))
        stored << i.dueUtc;
    std::sort(stored.begin(), stored.end());
    QList<qint64> expected = monday;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(stored, expected);
}

// The clocks change on a Sunday: an item two days after a Friday run, at 09:00, is due at
// 09:00 on the Monday it moves to, in spring and in autumn; one a minute before midnight
// of the day before stays on that day.
TEST_F(Checklists, AnItemMovedOffTheSundayTheClocksChangeKeepsItsClockTime)
{
    ChecklistTemplate t;
    t.name = QStringLiteral("DST");
    for (const int offset : {2 * 24 * 60 + 9 * 60, -1})
        t.items << TemplateItem{
            {}, QStringLiteral("x"), 0, int(t.items.size()), QStringLiteral("x"), {}, offset};
    const QTimeZone zone("Europe/Amsterdam");
    const auto at = [&](const char *local) { return in("Europe/Amsterdam", local); };
    EXPECT_EQ(ChecklistRepo::dueTimes(t, QDate(2026, 3, 27), zone),
              QList<qint64>({at("2026-03-30T09:00"), at("2026-03-26T23:59")}));
    EXPECT_EQ(ChecklistRepo::dueTimes(t, QDate(2026, 10, 23), zone),
              QList<qint64>({at("2026-10-26T09:00"), at("2026-10-22T23:59")}));
}

TEST_F(Checklists, ProgressPerPhaseAndPerPerson)
{
    const QString run =
        repo.startRun(templateId, QStringLiteral("Stationsweg"), QDate(2026, 12, 10),
                      QStringLiteral("Europe/Amsterdam"), fatima);
    const auto items = repo.items(run);
    repo.tick(items[0].id, fatima);
    repo.tick(items[1].id, noor);
    repo.tick(items[3].id, fatima); // someone else may tick Noor's item
    const Progress p = repo.progress(run);
    EXPECT_EQ(p.overall.done, 3);
    EXPECT_EQ(p.overall.total, 6);
    EXPECT_EQ(p.overall.percent(), 50);
    ASSERT_EQ(p.phases.size(), 3);
    EXPECT_EQ(p.phases[0].key, QStringLiteral("Weken ervoor"));
    EXPECT_EQ(p.phases[0].done, 2);
    EXPECT_EQ(p.phases[1].done, 1);
    EXPECT_EQ(p.phases[1].total, 3);
    EXPECT_EQ(p.phases[2].done, 0);
    for (const ProgressCount &c : p.people) {
        if (c.key == noor) {
            EXPECT_EQ(c.done, 2);
            EXPECT_EQ(c.total, 3);
        } else {
            EXPECT_EQ(c.key, fatima);
            EXPECT_EQ(c.done, 1);
            EXPECT_EQ(c.total, 3);
        }
    }
    EXPECT_EQ(repo.itemById(items[3].id)->doneBy, fatima);
    repo.untick(items[3].id);
    EXPECT_EQ(repo.progress(run).phases[1].done, 0);
    EXPECT_TRUE(repo.itemById(items[3].id)->doneBy.isEmpty());
}

TEST_F(Checklists, ATickOnAnItemDoneAlreadyKeepsWhoAndWhen)
{
    const QString run = repo.startRun(templateId, {}, QDate(2026, 12, 10),
                                      QStringLiteral("Europe/Amsterdam"), fatima);
    const QString item = repo.items(run).first().id;
    clock.set(in("Europe/Amsterdam", "2026-12-10T08:00"));
    repo.tick(item, noor);
    const int pending = db->pendingCount();
    clock.set(in("Europe/Amsterdam", "2026-12-10T08:01"));
    repo.tick(item, fatima); // her tap came a moment after Noor's tick had arrived
    const auto stored = repo.itemById(item);
    EXPECT_EQ(stored->status, ChecklistItemStatus::Done);
    EXPECT_EQ(stored->doneBy, noor);
    EXPECT_EQ(stored->doneAt, in("Europe/Amsterdam", "2026-12-10T08:00"));
    EXPECT_EQ(db->pendingCount(), pending); // nothing to send
}

// Noor falls ill in the week before the move: her open items are hers to hand on, each
// judged by the day it is due; one handed to Fatima no longer is.
TEST_F(Checklists, TheOpenItemsOfSomeoneOffSickOnTheirDayAreHandedOn)
{
    const QString run = repo.startRun(templateId, {}, QDate(2026, 12, 10),
                                      QStringLiteral("Europe/Amsterdam"), fatima);
    const QList<ChecklistItem> items = repo.items(run);
    const auto idOf = [&](const char *title) {
        for (const ChecklistItem &i : items)
            if (i.title == QLatin1String(title))
                return i.id;
        return QString();
    };
    const QDate today(2026, 12, 4);
    const auto absentNow = [&] {
        return repo.itemsOfAbsent(*repo.runById(run), repo.items(run), today);
    };
    EXPECT_TRUE(absentNow().isEmpty());
    repo.tick(idOf("Internet aangevraagd"), noor);
    // Sick from today until the day before the move: "Internet" is done, "Servers" and
    // "Telefoons" fall on the move day, when she is back.
    const QString leave = PersonnelRepo(*db).addAbsence(
        {.personId = noor, .from = today, .until = QDate(2026, 12, 9), .createdBy = fatima});
    EXPECT_TRUE(absentNow().isEmpty());
    // Still sick on the move day: both are hers to hand on.
    PersonnelRepo(*db).endAbsence(leave, QDate(2026, 12, 10));
    EXPECT_EQ(absentNow(), (QSet<QString>{idOf("Servers"), idOf("Telefoons")}));

    repo.handTo(idOf("Servers"), fatima);
    EXPECT_EQ(lastActionChanges(*db).keys(), QStringList{"checklist_items.responsible"});
    EXPECT_EQ(repo.itemById(idOf("Servers"))->responsible, fatima);
    EXPECT_EQ(absentNow(), (QSet<QString>{idOf("Telefoons")}));
    // Undo hands it back; handing it to whoever has it writes nothing.
    repo.handTo(idOf("Servers"), noor);
    const int pending = db->pendingCount();
    repo.handTo(idOf("Servers"), noor);
    EXPECT_EQ(db->pendingCount(), pending);
    EXPECT_THROW(repo.handTo(idOf("Internet aangevraagd"), fatima), Error); // done
    EXPECT_THROW(repo.handTo(idOf("Servers"), QStringLiteral("not-a-person")), Error);
    EXPECT_THROW(repo.handTo(QStringLiteral("no-item"), fatima), Error);
}

TEST_F(Checklists, IncidentsAreLoggedWithTheirTime)
{
    const QString run = repo.startRun(templateId, {}, QDate(2026, 12, 10),
                                      QStringLiteral("Europe/Amsterdam"), fatima);
    clock.set(in("Europe/Amsterdam", "2026-12-10T08:12"));
    repo.addIncident(run, QStringLiteral("Lift defect"), fatima);
    clock.set(in("Europe/Amsterdam", "2026-12-10T07:55"));
    repo.addIncident(run, QStringLiteral("Verhuizer te laat"), noor);
    const auto log = repo.incidents(run);
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[0].text, QStringLiteral("Verhuizer te laat"));
    EXPECT_EQ(log[1].atUtc, in("Europe/Amsterdam", "2026-12-10T08:12"));
    EXPECT_THROW(repo.addIncident(run, QStringLiteral(" "), fatima), Error);
    EXPECT_THROW(repo.addIncident(QStringLiteral("no-run"), QStringLiteral("x"), fatima), Error);
}

TEST_F(Checklists, RefusesUnknownTemplatesAndItems)
{
    EXPECT_THROW(repo.startRun(QStringLiteral("Kerstborrel"), {}, QDate(2026, 12, 10),
                               QStringLiteral("Europe/Amsterdam"), fatima),
                 Error);
    EXPECT_THROW(repo.tick(QStringLiteral("01900000-0000-7000-8000-000000000009"), fatima), Error);
    EXPECT_TRUE(repo.runs().isEmpty());
}
