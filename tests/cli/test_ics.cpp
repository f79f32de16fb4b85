// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's ics verbs: an agenda written to a file or the terminal, a file imported with
// its report, a second import that changes nothing, and a file with errors that leaves
// the store as it was unless the valid part is asked for.
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
};

class IcsVerbs : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    }
    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }
    static QString fixture(const char *name)
    {
        return QStringLiteral(SPIL_SOURCE_DIR "/tests/core/data/") + QLatin1String(name);
    }

    Result run(const QStringList &args, const QString &db = {})
    {
        QProcess p;
        p.start(QStringLiteral(SPILCTL_PATH),
                QStringList{QStringLiteral("--db"), db.isEmpty() ? path("office.db") : db,
                            QStringLiteral("--now"), QStringLiteral("2026-11-30T10:15:00+01:00")} +
                    args);
        EXPECT_TRUE(p.waitForFinished(30000));
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QByteArray read(const QString &file) const
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QByteArray digest() const
    {
        return QCryptographicHash::hash(read(path("office.db")), QCryptographicHash::Sha256);
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(IcsVerbs, AnAgendaGoesToAFileOrToTheTerminalAlike)
{
    const QStringList week{QStringLiteral("ics"),      QStringLiteral("export"),
                           QStringLiteral("--agenda"), QStringLiteral("maarten"),
                           QStringLiteral("--from"),   QStringLiteral("2026-11-30"),
                           QStringLiteral("--to"),     QStringLiteral("2026-12-06")};
    const Result toFile = run(week + QStringList{QStringLiteral("--out"), path("week.ics")});
    ASSERT_EQ(toFile.code, 0) << toFile.err.constData();
    EXPECT_TRUE(toFile.out.startsWith("wrote ")) << toFile.out.constData();
    EXPECT_TRUE(toFile.out.contains(" appointments and 0 tasks to ")) << toFile.out.constData();
    const QByteArray ics = read(path("week.ics"));
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(ics.contains("SUMMARY:Managementteam-overleg\r\n"));
    EXPECT_TRUE(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=MO\r\n"));
    EXPECT_FALSE(ics.contains("BEGIN:VTODO"));
    const Result toTerminal = run(week);
    ASSERT_EQ(toTerminal.code, 0);
    EXPECT_EQ(toTerminal.out, ics);
}

TEST_F(IcsVerbs, TasksComeAlongWhenAsked)
{
    const Result r =
        run({QStringLiteral("ics"), QStringLiteral("export"), QStringLiteral("--agenda"),
             QStringLiteral("sanne"), QStringLiteral("--tasks")});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("BEGIN:VTODO\r\n"));
    EXPECT_TRUE(r.out.contains("STATUS:NEEDS-ACTION\r\n"));
}

TEST_F(IcsVerbs, AnImportReportsWhatItDidAndASecondOneChangesNothing)
{
    const QStringList import{QStringLiteral("ics"), QStringLiteral("import"), fixture("google.ics"),
                             QStringLiteral("--agenda"), QStringLiteral("ingrid")};
    const Result first = run(import);
    ASSERT_EQ(first.code, 0) << first.err.constData();
    EXPECT_EQ(first.out, QByteArray("imported: 4 added, 0 updated, 0 unchanged, 0 skipped\n"));
    const Result again = run(import + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(again.code, 0);
    const QJsonObject report = QJsonDocument::fromJson(again.out).object();
    EXPECT_TRUE(report[QStringLiteral("applied")].toBool());
    EXPECT_EQ(report[QStringLiteral("added")].toInt(), 0);
    EXPECT_EQ(report[QStringLiteral("unchanged")].toInt(), 4);
    EXPECT_TRUE(report[QStringLiteral("skipped")].toArray().isEmpty());

    const Result agenda =
        run({QStringLiteral("agenda"), QStringLiteral("list"), QStringLiteral("--person"),
             QStringLiteral("ingrid"), QStringLiteral("--from"), QStringLiteral("2026-12-03"),
             QStringLiteral("--to"), QStringLiteral("2026-12-03")});
    EXPECT_EQ(agenda.out.count("Lunch wethouder"), 1) << agenda.out.constData();
}

TEST_F(IcsVerbs, AFileWithErrorsLeavesTheStoreAsItWasUnlessTheValidPartIsAskedFor)
{
    const QByteArray before = digest();
    const QStringList import{QStringLiteral("ics"), QStringLiteral("import"), fixture("broken.ics"),
                             QStringLiteral("--agenda"), QStringLiteral("maarten")};
    const Result refused = run(import);
    EXPECT_EQ(refused.code, 2);
    EXPECT_EQ(digest(), before);
    EXPECT_TRUE(refused.out.contains("skipped: line 12, UID mars-1@google.com: DTSTART names the "
                                     "time zone 'Mars/Olympus_Mons', which is not known\n"))
        << refused.out.constData();
    EXPECT_TRUE(refused.out.contains("skipped: line 19: the event has no UID\n"));
    EXPECT_TRUE(refused.out.contains("ignored: line 40, UID todo-1@google.com: a VTODO does not "
                                     "go into an agenda\n"));
    EXPECT_TRUE(refused.err.contains("nothing imported: 4 event(s) of the file cannot be taken; "
                                     "--take-valid imports the 2 that can"))
        << refused.err.constData();

    const Result taken = run(import + QStringList{QStringLiteral("--take-valid")});
    EXPECT_EQ(taken.code, 0) << taken.err.constData();
    EXPECT_TRUE(taken.out.endsWith("imported: 2 added, 0 updated, 0 unchanged, 4 skipped\n"))
        << taken.out.constData();
}

TEST_F(IcsVerbs, AFileThatCannotBeReadCreatesNoStore)
{
    const QString fresh = path("never.db");
    const Result r = run({QStringLiteral("ics"), QStringLiteral("import"), path("missing.ics"),
                          QStringLiteral("--agenda"), QStringLiteral("maarten")},
                         fresh);
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains("cannot read")) << r.err.constData();
    EXPECT_FALSE(QFile::exists(fresh));
}

TEST_F(IcsVerbs, OneAgendaExportedImportsWholeIntoAnother)
{
    const Result exported =
        run({QStringLiteral("ics"), QStringLiteral("export"), QStringLiteral("--agenda"),
             QStringLiteral("maarten"), QStringLiteral("--out"), path("maarten.ics")});
    ASSERT_EQ(exported.code, 0);
    const int events = int(read(path("maarten.ics")).count("BEGIN:VEVENT\r\nUID:"));
    const int instances = int(read(path("maarten.ics")).count("RECURRENCE-ID"));
    const Result imported =
        run({QStringLiteral("ics"), QStringLiteral("import"), path("maarten.ics"),
             QStringLiteral("--agenda"), QStringLiteral("ingrid"), QStringLiteral("--json")});
    ASSERT_EQ(imported.code, 0) << imported.out.constData() << imported.err.constData();
    const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
    EXPECT_EQ(report[QStringLiteral("added")].toInt(), events - instances);
    EXPECT_TRUE(report[QStringLiteral("skipped")].toArray().isEmpty());
}
