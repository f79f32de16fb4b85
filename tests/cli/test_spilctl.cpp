// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl as a person uses it: the real binary, a store in a temporary folder.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
};

class Spilctl : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    QString db() const { return dir.filePath(QStringLiteral("office.db")); }

    Result run(QStringList args, bool withDb = true)
    {
        if (withDb)
            args = QStringList{QStringLiteral("--db"), db(), QStringLiteral("--now"),
                               QStringLiteral("2026-11-26T08:00:00+01:00")} +
                   args;
        QProcess p;
        p.start(QStringLiteral(SPILCTL_PATH), args);
        EXPECT_TRUE(p.waitForFinished(30000));
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QByteArray storeDigest() const
    {
        QFile f(db());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    QTemporaryDir dir;
};

TEST_F(Spilctl, TheDemoFortnightListsAsJsonWithDomainFieldNames)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const Result r =
        run({QStringLiteral("agenda"), QStringLiteral("list"), QStringLiteral("--person"),
             QStringLiteral("maarten"), QStringLiteral("--from"), QStringLiteral("2026-11-26"),
             QStringLiteral("--to"), QStringLiteral("2026-12-09"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    const QJsonArray list = r.json().toArray();
    ASSERT_GE(list.size(), 15);
    for (const char *key : {"id", "owner", "title", "kind", "priority", "status", "start", "end",
                            "start_utc", "end_utc", "tz", "all_day", "location", "attendees",
                            "confidential", "rrule", "recurrence_id", "moved"})
        EXPECT_TRUE(list[0].toObject().contains(QLatin1String(key))) << key;
    EXPECT_TRUE(list[0].toObject()[QStringLiteral("start")].toString().startsWith(
        QStringLiteral("2026-11-26T")));
    EXPECT_TRUE(
        list[0].toObject()[QStringLiteral("start")].toString().endsWith(QStringLiteral("+01:00")));

    const Result ny =
        run({QStringLiteral("agenda"), QStringLiteral("list"), QStringLiteral("--person"),
             QStringLiteral("maarten"), QStringLiteral("--tz"), QStringLiteral("America/New_York"),
             QStringLiteral("--json")});
    ASSERT_EQ(ny.code, 0);
    EXPECT_TRUE(ny.json().toArray()[0].toObject()[QStringLiteral("start")].toString().endsWith(
        QStringLiteral("-05:00")));
}

TEST_F(Spilctl, ABookingIntoPrepTimeIsRefusedUnlessForced)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const QJsonArray list =
        run({QStringLiteral("agenda"), QStringLiteral("list"), QStringLiteral("--person"),
             QStringLiteral("maarten"), QStringLiteral("--json")})
            .json()
            .toArray();
    QString presentationStart;
    for (const auto &v : list) {
        if (v.toObject()[QStringLiteral("kind")] == QStringLiteral("presentation"))
            presentationStart = v.toObject()[QStringLiteral("start")].toString();
    }
    ASSERT_FALSE(presentationStart.isEmpty());
    const QString day = presentationStart.left(10);
    const QStringList booking{QStringLiteral("agenda"),   QStringLiteral("add"),
                              QStringLiteral("--person"), QStringLiteral("maarten"),
                              QStringLiteral("--title"),  QStringLiteral("Koffie"),
                              QStringLiteral("--start"),  day + QStringLiteral("T13:00"),
                              QStringLiteral("--end"),    day + QStringLiteral("T13:30")};
    const QByteArray before = storeDigest();
    const Result refused = run(booking);
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(refused.err.contains("prep time")) << refused.err.constData();
    EXPECT_EQ(refused.err.count('\n'), 1);
    EXPECT_EQ(storeDigest(), before);
    const Result forced = run(booking + QStringList{QStringLiteral("--force")});
    EXPECT_EQ(forced.code, 0) << forced.err.constData();
    const Result conflicts =
        run({QStringLiteral("agenda"), QStringLiteral("conflicts"), QStringLiteral("--person"),
             QStringLiteral("maarten"), QStringLiteral("--json")});
    bool prep = false;
    for (const auto &c : conflicts.json().toArray())
        prep |= c.toObject()[QStringLiteral("type")] == QStringLiteral("prep");
    EXPECT_TRUE(prep);
}

TEST_F(Spilctl, TasksFlowFromDelegatorToAssigneeAndBack)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const Result added =
        run({QStringLiteral("--as"), QStringLiteral("maarten"), QStringLiteral("task"),
             QStringLiteral("add"), QStringLiteral("Bel"), QStringLiteral("de"),
             QStringLiteral("notaris"), QStringLiteral("--assignee"), QStringLiteral("sanne"),
             QStringLiteral("--urgent"), QStringLiteral("--due"),
             QStringLiteral("2026-11-26T15:00"), QStringLiteral("--json")});
    ASSERT_EQ(added.code, 0) << added.err.constData();
    const QJsonObject task = added.json().toObject();
    EXPECT_EQ(task[QStringLiteral("title")], QStringLiteral("Bel de notaris"));
    EXPECT_EQ(task[QStringLiteral("urgent")], true);
    EXPECT_EQ(task[QStringLiteral("due_utc")], QStringLiteral("2026-11-26T14:00:00Z"));
    EXPECT_EQ(task[QStringLiteral("source")], QStringLiteral("in_passing"));
    const QString id = task[QStringLiteral("id")].toString();

    const auto waitingIds = [&] {
        QStringList ids;
        for (const auto &v :
             run({QStringLiteral("task"), QStringLiteral("waiting"), QStringLiteral("--person"),
                  QStringLiteral("maarten"), QStringLiteral("--json")})
                 .json()
                 .toArray())
            ids << v.toObject()[QStringLiteral("id")].toString();
        return ids;
    };
    EXPECT_TRUE(waitingIds().contains(id));
    const QJsonArray review =
        run({QStringLiteral("task"), QStringLiteral("review"), QStringLiteral("--person"),
             QStringLiteral("sanne"), QStringLiteral("--json")})
            .json()
            .toArray();
    EXPECT_TRUE(review[0].toObject()[QStringLiteral("urgent")].toBool());
    EXPECT_TRUE(review[0].toObject().contains(QStringLiteral("overdue")));

    EXPECT_EQ(run({QStringLiteral("task"), QStringLiteral("done"), id.right(8)}).code, 0);
    EXPECT_FALSE(waitingIds().contains(id));
}

TEST_F(Spilctl, AHandedOnTaskStaysInTheWaitingListOfEveryHandUntilDone)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const Result added =
        run({QStringLiteral("--as"), QStringLiteral("maarten"), QStringLiteral("task"),
             QStringLiteral("add"), QStringLiteral("Jaarverslag"), QStringLiteral("--assignee"),
             QStringLiteral("sanne"), QStringLiteral("--json")});
    ASSERT_EQ(added.code, 0) << added.err.constData();
    const QString id = added.json().toObject()[QStringLiteral("id")].toString();
    const auto waitingIds = [&](const char *person) {
        QStringList ids;
        for (const auto &v :
             run({QStringLiteral("task"), QStringLiteral("waiting"), QStringLiteral("--person"),
                  QLatin1String(person), QStringLiteral("--json")})
                 .json()
                 .toArray())
            ids << v.toObject()[QStringLiteral("id")].toString();
        return ids;
    };
    EXPECT_EQ(run({QStringLiteral("task"), QStringLiteral("hand"), id.right(8),
                   QStringLiteral("--to"), QStringLiteral("lotte")})
                  .code,
              2)
        << "handed on without saying who hands it";
    const Result handed =
        run({QStringLiteral("--as"), QStringLiteral("sanne"), QStringLiteral("task"),
             QStringLiteral("hand"), id.right(8), QStringLiteral("--to"), QStringLiteral("lotte"),
             QStringLiteral("--json")});
    ASSERT_EQ(handed.code, 0) << handed.err.constData();
    EXPECT_EQ(handed.json().toObject()[QStringLiteral("handed_by")].toArray().size(), 2);
    EXPECT_TRUE(waitingIds("maarten").contains(id));
    EXPECT_TRUE(waitingIds("sanne").contains(id));
    EXPECT_FALSE(waitingIds("lotte").contains(id));

    EXPECT_EQ(run({QStringLiteral("task"), QStringLiteral("done"), id.right(8)}).code, 0);
    EXPECT_FALSE(waitingIds("maarten").contains(id));
    EXPECT_FALSE(waitingIds("sanne").contains(id));
}

TEST_F(Spilctl, ChecklistRunsStartTickAndReportProgress)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const Result started =
        run({QStringLiteral("--as"), QStringLiteral("fatima"), QStringLiteral("checklist"),
             QStringLiteral("start"), QStringLiteral("Verhuizing kantoor"),
             QStringLiteral("--date"), QStringLiteral("2027-01-15"), QStringLiteral("--json")});
    ASSERT_EQ(started.code, 0) << started.err.constData();
    const QString run_id = started.json().toObject()[QStringLiteral("id")].toString();
    const QJsonArray items = run({QStringLiteral("checklist"), QStringLiteral("items"), run_id,
                                  QStringLiteral("--json")})
                                 .json()
                                 .toArray();
    ASSERT_GE(items.size(), 6);
    ASSERT_EQ(run({QStringLiteral("--as"), QStringLiteral("noor"), QStringLiteral("checklist"),
                   QStringLiteral("tick"), items[0].toObject()[QStringLiteral("id")].toString()})
                  .code,
              0);
    const QJsonObject progress = run({QStringLiteral("checklist"), QStringLiteral("progress"),
                                      run_id, QStringLiteral("--json")})
                                     .json()
                                     .toObject();
    EXPECT_EQ(progress[QStringLiteral("done")], 1);
    EXPECT_EQ(progress[QStringLiteral("total")], items.size());
    EXPECT_EQ(progress[QStringLiteral("phases")].toArray().size(), 3);
    EXPECT_EQ(progress[QStringLiteral("phases")].toArray()[0].toObject()[QStringLiteral("done")],
              1);
}

// The demo's move day has items of a colleague off sick: the list says so, and each is
// handed to someone else; a done item is not, nor to someone not of the office.
TEST_F(Spilctl, ChecklistItemsOfSomeoneAbsentAreHandedOn)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const QString runId =
        run({QStringLiteral("checklist"), QStringLiteral("runs"), QStringLiteral("--json")})
            .json()
            .toArray()[0]
            .toObject()[QStringLiteral("id")]
            .toString();
    const auto items = [&] {
        return run({QStringLiteral("checklist"), QStringLiteral("items"), runId,
                    QStringLiteral("--json")})
            .json()
            .toArray();
    };
    QStringList absent;
    QString done;
    for (const QJsonValue &v : items()) {
        if (v[QStringLiteral("absent")].toBool())
            absent << v[QStringLiteral("id")].toString();
        if (v[QStringLiteral("status")].toString() == QStringLiteral("done"))
            done = v[QStringLiteral("id")].toString();
    }
    // Noor, off sick, holds the lines asked for the week before and three items on move day.
    ASSERT_EQ(absent.size(), 4);
    ASSERT_FALSE(done.isEmpty());
    const Result text = run({QStringLiteral("checklist"), QStringLiteral("items"), runId});
    EXPECT_EQ(text.out.count("(Noor Jansen) absent"), 4) << text.out.constData();

    const Result handed =
        run({QStringLiteral("--as"), QStringLiteral("fatima"), QStringLiteral("checklist"),
             QStringLiteral("hand"), absent[0].right(8), QStringLiteral("pieter")});
    ASSERT_EQ(handed.code, 0) << handed.err.constData();
    for (const QJsonValue &v : items()) {
        if (v[QStringLiteral("id")].toString() != absent[0])
            continue;
        EXPECT_FALSE(v[QStringLiteral("absent")].toBool());
        QString pieter;
        for (const QJsonValue &p :
             run({QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--json")})
                 .json()
                 .toArray())
            if (p[QStringLiteral("handle")].toString() == QStringLiteral("pieter"))
                pieter = p[QStringLiteral("id")].toString();
        EXPECT_FALSE(pieter.isEmpty());
        EXPECT_EQ(v[QStringLiteral("responsible")].toString(), pieter);
    }
    EXPECT_EQ(run({QStringLiteral("checklist"), QStringLiteral("hand"), done.right(8),
                   QStringLiteral("pieter")})
                  .code,
              2);
    EXPECT_EQ(run({QStringLiteral("checklist"), QStringLiteral("hand"), absent[1].right(8),
                   QStringLiteral("nobody-here")})
                  .code,
              2);
}

TEST_F(Spilctl, FreeSlotsAndPeopleListAsJson)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const QJsonArray people =
        run({QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--json")})
            .json()
            .toArray();
    ASSERT_EQ(people.size(), 8);
    for (const char *key : {"id", "name", "handle", "role", "tz", "principals", "prep_minutes"})
        EXPECT_TRUE(people[0].toObject().contains(QLatin1String(key))) << key;
    const Result free =
        run({QStringLiteral("agenda"), QStringLiteral("free"), QStringLiteral("--people"),
             QStringLiteral("maarten,sanne"), QStringLiteral("--from"),
             QStringLiteral("2026-11-26"), QStringLiteral("--to"), QStringLiteral("2026-11-27"),
             QStringLiteral("--minutes"), QStringLiteral("45"), QStringLiteral("--json")});
    ASSERT_EQ(free.code, 0) << free.err.constData();
    const QJsonArray slots = free.json().toArray();
    ASSERT_FALSE(slots.isEmpty());
    for (const auto &s : slots)
        EXPECT_GE(s.toObject()[QStringLiteral("minutes")].toInt(), 45);
}

TEST_F(Spilctl, BadArgumentsExitTwoWithOneLineAndLeaveTheStoreAlone)
{
    // Before any store exists, a bad command line does not create one.
    for (const QStringList &args : {QStringList{QStringLiteral("fly")},
                                    QStringList{QStringLiteral("agenda"), QStringLiteral("list"),
                                                QStringLiteral("--colour"), QStringLiteral("red")},
                                    QStringList{QStringLiteral("task"), QStringLiteral("add")},
                                    QStringList{QStringLiteral("agenda"), QStringLiteral("list"),
                                                QStringLiteral("--person")}}) {
        const Result r = run(args);
        EXPECT_EQ(r.code, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.constData();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_FALSE(QFile::exists(db()));
    }
    EXPECT_EQ(run({QStringLiteral("people"), QStringLiteral("list")}, false).code, 2);

    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const QByteArray before = storeDigest();
    for (const QStringList &args :
         {QStringList{QStringLiteral("demo")},
          QStringList{QStringLiteral("agenda"), QStringLiteral("add"), QStringLiteral("--person"),
                      QStringLiteral("maarten"), QStringLiteral("--title"), QStringLiteral("x"),
                      QStringLiteral("--start"), QStringLiteral("morgen"), QStringLiteral("--end"),
                      QStringLiteral("later")},
          QStringList{QStringLiteral("agenda"), QStringLiteral("add"), QStringLiteral("--person"),
                      QStringLiteral("niemand"), QStringLiteral("--title"), QStringLiteral("x"),
                      QStringLiteral("--start"), QStringLiteral("2026-12-01T10:00"),
                      QStringLiteral("--end"), QStringLiteral("2026-12-01T11:00")},
          QStringList{QStringLiteral("agenda"), QStringLiteral("add"), QStringLiteral("--person"),
                      QStringLiteral("maarten"), QStringLiteral("--title"), QStringLiteral("x"),
                      QStringLiteral("--start"), QStringLiteral("2026-12-01T10:00"),
                      QStringLiteral("--end"), QStringLiteral("2026-12-01T09:00")},
          QStringList{QStringLiteral("agenda"), QStringLiteral("add"), QStringLiteral("--person"),
                      QStringLiteral("maarten"), QStringLiteral("--title"), QStringLiteral("x"),
                      QStringLiteral("--start"), QStringLiteral("2026-12-01T10:00"),
                      QStringLiteral("--end"), QStringLiteral("2026-12-01T11:00"),
                      QStringLiteral("--tz"), QStringLiteral("Mars/Base")},
          QStringList{QStringLiteral("agenda"), QStringLiteral("free"), QStringLiteral("--people"),
                      QStringLiteral("maarten"), QStringLiteral("--minutes"),
                      QStringLiteral("veel")},
          QStringList{QStringLiteral("task"), QStringLiteral("done"), QStringLiteral("ffffffff")},
          QStringList{QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x"),
                      QStringLiteral("--due"), QStringLiteral("gisteren")},
          QStringList{QStringLiteral("checklist"), QStringLiteral("start"),
                      QStringLiteral("Kerst")},
          QStringList{QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("king")}}) {
        const Result r = run(args);
        EXPECT_EQ(r.code, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.constData();
        EXPECT_TRUE(r.err.startsWith("spilctl: ")) << r.err.constData();
    }
    EXPECT_EQ(storeDigest(), before);
}

TEST_F(Spilctl, AnUnknownKindOrStatusNamesTheWordsAllowed)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const QByteArray before = storeDigest();
    const QStringList booking{QStringLiteral("agenda"),   QStringLiteral("add"),
                              QStringLiteral("--person"), QStringLiteral("maarten"),
                              QStringLiteral("--title"),  QStringLiteral("x"),
                              QStringLiteral("--start"),  QStringLiteral("2026-12-01T10:00"),
                              QStringLiteral("--end"),    QStringLiteral("2026-12-01T11:00")};
    Result r = run(booking + QStringList{QStringLiteral("--kind"), QStringLiteral("party")});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "spilctl: unknown kind 'party' (meeting, presentation, travel, prep, "
                     "personal)\n");
    r = run(booking + QStringList{QStringLiteral("--status"), QStringLiteral("maybe")});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "spilctl: unknown status 'maybe' (tentative, confirmed, cancelled)\n");
    EXPECT_EQ(storeDigest(), before);

    // A word it knows is stored as that word.
    r = run(booking + QStringList{QStringLiteral("--kind"), QStringLiteral("travel"),
                                  QStringLiteral("--priority"), QStringLiteral("high"),
                                  QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    const QJsonObject stored = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(stored[QStringLiteral("kind")], QStringLiteral("travel"));
    EXPECT_EQ(stored[QStringLiteral("priority")], QStringLiteral("high"));
    EXPECT_EQ(stored[QStringLiteral("status")], QStringLiteral("confirmed"));
}

TEST_F(Spilctl, ATaskSourceIsOneOfItsWords)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const QByteArray before = storeDigest();
    const Result bad = run({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x"),
                            QStringLiteral("--source"), QStringLiteral("telepathy")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_EQ(bad.err, QByteArray("spilctl: unknown source 'telepathy' (in_passing, meeting, "
                                  "request, email, self)\n"));
    EXPECT_EQ(storeDigest(), before);

    const Result ok =
        run({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("Notulen"),
             QStringLiteral("--source"), QStringLiteral("meeting"), QStringLiteral("--json")});
    ASSERT_EQ(ok.code, 0) << ok.err.constData();
    EXPECT_EQ(ok.json().toObject()[QStringLiteral("source")], QStringLiteral("meeting"));
    EXPECT_EQ(ok.json().toObject()[QStringLiteral("status")], QStringLiteral("open"));
}

TEST_F(Spilctl, HelpListsEveryVerb)
{
    const Result r = run({QStringLiteral("--help")}, false);
    EXPECT_EQ(r.code, 0);
    for (const char *verb :
         {"demo", "people list", "agenda add", "agenda conflicts", "agenda free", "task waiting",
          "task hand", "task review", "checklist start", "checklist tick", "checklist progress"})
        EXPECT_TRUE(r.out.contains(verb)) << verb;
}

} // namespace
