// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/agenda/AgendaRules.h"
#include "core/checklists/ChecklistRepo.h"
#include "core/common/Error.h"
#include "core/demo/DemoOffice.h"
#include "core/documents/DocumentRepo.h"
#include "core/letters/OfficeStyle.h"
#include "core/secretariat/ServiceRepo.h"
#include "core/tasks/TaskRepo.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTemporaryDir>

using namespace spil;
using namespace spil::test;

class Demo : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        clock.set(in("Europe/Amsterdam", "2026-11-26T08:00")); // a Thursday
        files = DemoOffice::create(*db);
        maarten = PeopleRepo(*db).resolve(QString::fromLatin1(DemoOffice::director));
    }
    Person maarten;
    QList<DemoFile> files;
    const QTimeZone amsterdam{"Europe/Amsterdam"};
};

TEST_F(Demo, HasTheOfficesPeople)
{
    PeopleRepo people(*db);
    QMap<Role, int> roles;
    for (const Person &p : people.all())
        ++roles[p.role];
    EXPECT_EQ(maarten.role, Role::Director);
    EXPECT_GT(maarten.prepMinutes, 0);
    EXPECT_EQ(roles[Role::Assistant], 2);
    EXPECT_EQ(roles[Role::OfficeManager], 1);
    EXPECT_GE(roles[Role::Staff], 2);
    EXPECT_EQ(people.assistantsOf(maarten.id).size(), 2);
}

TEST_F(Demo, FillsAFortnightFromToday)
{
    AgendaRepo agenda(*db);
    const qint64 from = startOfDay(QDate(2026, 11, 26), amsterdam);
    const auto fortnight =
        agenda.occurrences(maarten.id, from, from + 14 * 24 * 3600 * 1000LL, amsterdam);
    EXPECT_GE(fortnight.size(), 15);
    QSet<QDate> days;
    bool presentation = false, prep = false, travel = false, confidential = false, allDay = false;
    int recurring = 0, moved = 0;
    for (const Occurrence &o : fortnight) {
        days.insert(dateIn(o.startUtc, amsterdam));
        presentation |= o.appointment.kind == AppointmentKind::Presentation;
        prep |= o.appointment.kind == AppointmentKind::Prep;
        travel |= o.appointment.tz == QStringLiteral("America/New_York");
        confidential |= o.appointment.confidential;
        allDay |= o.appointment.allDay;
        recurring += o.recurrenceIdUtc >= 0 ? 1 : 0;
        moved += o.moved ? 1 : 0;
    }
    EXPECT_GE(days.size(), 8);
    EXPECT_TRUE(presentation && prep && travel && confidential && allDay);
    EXPECT_GE(recurring, 2);
    EXPECT_EQ(moved, 1);
    // The one double booking the demo shows on purpose, and no booking in prep time.
    AgendaRules rules(*db, agenda);
    const auto conflicts = rules.conflicts(maarten.id, from, from + 14 * 24 * 3600 * 1000LL);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts[0].type, ConflictType::Overlap);
}

TEST_F(Demo, HasDelegatedTasksAndAMoveDayRun)
{
    TaskRepo tasks(*db);
    const auto waiting = tasks.waitingFor(maarten.id);
    EXPECT_GE(waiting.size(), 4);
    int urgent = 0;
    for (const Task &t : waiting)
        urgent += t.urgent ? 1 : 0;
    EXPECT_GE(urgent, 2);
    const Person sanne = PeopleRepo(*db).resolve(QString::fromLatin1(DemoOffice::assistant));
    // One was passed on by his assistant: it shows the chain of hands in both lists.
    int handedTwice = 0;
    for (const Task &t : waiting) {
        if (t.handedBy.size() == 2 && t.delegatedBy == sanne.id) {
            ++handedTwice;
            EXPECT_EQ(t.handedBy, (QStringList{maarten.id, sanne.id}));
            // Sanne also waits for an action of the past board meeting's minutes.
            int hers = 0;
            for (const Task &w : tasks.waitingFor(sanne.id))
                hers += w.id == t.id ? 1 : 0;
            EXPECT_EQ(hers, 1);
        }
    }
    EXPECT_EQ(handedTwice, 1);
    bool overdue = false;
    for (const ReviewItem &item : tasks.review(sanne.id, QTimeZone("Europe/Amsterdam")))
        overdue |= item.overdue;
    EXPECT_TRUE(overdue);

    ChecklistRepo checklists(*db);
    ASSERT_EQ(checklists.runs().size(), 1);
    const Progress p = checklists.progress(checklists.runs().first().id);
    EXPECT_EQ(p.phases.size(), 3);
    EXPECT_GT(p.overall.done, 0);
    EXPECT_LT(p.overall.done, p.overall.total);
    EXPECT_EQ(checklists.incidents(checklists.runs().first().id).size(), 1);
}

TEST_F(Demo, RefusesToFillAStoreTwice)
{
    EXPECT_THROW(DemoOffice::create(*db), Error);
}

TEST_F(Demo, ListsWhatWasAskedOfTheSecretariatInTheSameOrderEveryTime)
{
    // Asked in one instant, two requests came in an order of chance (their ids').
    ServiceRepo secretariat(*db);
    QSet<qint64> askedAt;
    for (const ServiceRequest &r : secretariat.queue(true))
        askedAt.insert(r.requestedAt);
    EXPECT_EQ(askedAt.size(), 4);
    const QString joris = PeopleRepo(*db).resolve(QStringLiteral("joris")).id;
    QStringList asked;
    for (const ServiceRequest &r : secretariat.requestsOf(joris))
        asked << r.what;
    EXPECT_EQ(asked, QStringList({QStringLiteral("Zaal voor 12 personen, klantpresentatie"),
                                  QStringLiteral("Lunch voor de teamdag (14 personen)")}));
}

TEST_F(Demo, HasTheOfficesLetterheadForEveryDevice)
{
    const auto style = OfficeStyleRepo(*db).stored();
    ASSERT_TRUE(style) << "the office's own record, not a device's";
    EXPECT_EQ(style->officeName, QStringLiteral("Spil BV"));
    EXPECT_EQ(style->addressLines,
              (QStringList{QStringLiteral("Maliebaan 40"), QStringLiteral("3581 CS Utrecht")}));
    EXPECT_EQ(style->place, QStringLiteral("Utrecht"));
    EXPECT_EQ(style->style, LetterStyle::Formal);
}

// Every document the office names comes with its file, a PDF whose bytes are what its hash
// and size say: on a device and on a server the papers open.
TEST_F(Demo, GivesEveryDocumentItsFile)
{
    const QList<Document> documents = DocumentRepo(*db).list();
    ASSERT_EQ(documents.size(), 7); // three board papers in, three archived files, a letter
    QHash<QString, QByteArray> bytes;
    for (const DemoFile &f : files)
        bytes.insert(f.sha256, f.bytes);
    for (const Document &d : documents) {
        ASSERT_TRUE(bytes.contains(d.sha256)) << d.title.toStdString();
        const QByteArray &file = bytes[d.sha256];
        EXPECT_EQ(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex(),
                  d.sha256.toLatin1());
        EXPECT_EQ(d.size, file.size());
        EXPECT_TRUE(file.startsWith("%PDF-")) << d.title.toStdString();
    }
    // The same office made again (on another machine: the server) files the same bytes.
    QTemporaryDir otherDir;
    Database other(otherDir.filePath(QStringLiteral("other.db")), clock);
    QList<QByteArray> again, first;
    for (const DemoFile &f : DemoOffice::create(other))
        again << f.bytes;
    for (const DemoFile &f : files)
        first << f.bytes;
    EXPECT_EQ(again, first);
}
