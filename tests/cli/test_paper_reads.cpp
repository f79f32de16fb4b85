// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's `doc open` (the file, and the read recorded once for who opens it) and `meeting
// unread` (per attendee, the papers in they have not opened) on the demo office, whose
// board meeting has five papers, three in.
#include "SpilctlRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace spil::test;

namespace {

class PaperReadsCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(as("sanne", {QStringLiteral("demo")}).code, 0);
    }
    Outcome as(const char *person, const QStringList &args)
    {
        return spilctl(db(), QStringList{QStringLiteral("--now"),
                                         QStringLiteral("2026-11-26T08:00:00+01:00"),
                                         QStringLiteral("--as"), QLatin1String(person)} +
                                 args);
    }
    QString db() const { return dir.filePath(QStringLiteral("office.db")); }
    QByteArray storeDigest() const
    {
        QFile f(db());
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    // The board meeting: the one of the late paper.
    QString board()
    {
        const Outcome late = as("sanne", {QStringLiteral("meeting"), QStringLiteral("paper"),
                                          QStringLiteral("late"), QStringLiteral("--json")});
        EXPECT_EQ(late.code, 0) << late.err.constData();
        const QJsonArray papers = QJsonDocument::fromJson(late.out).array();
        EXPECT_EQ(papers.size(), 1);
        return papers.first().toObject().value(QStringLiteral("meeting_id")).toString();
    }
    QTemporaryDir dir;
};

QJsonArray unreadJson(const Outcome &o)
{
    EXPECT_EQ(o.code, 0) << o.err.constData();
    return QJsonDocument::fromJson(o.out).array();
}

} // namespace

TEST_F(PaperReadsCli, UnreadListsPerAttendeeWhatTheyHaveNotOpened)
{
    const QString meeting = board();
    const Outcome text =
        as("sanne", {QStringLiteral("meeting"), QStringLiteral("unread"), meeting});
    ASSERT_EQ(text.code, 0) << text.err.constData();
    EXPECT_EQ(QString::fromUtf8(text.out),
              QStringLiteral("Maarten Verhoeven: 1 of 3 unread (Voorstel beloning 2027)\n"
                             "Ingrid Smit: 1 of 3 unread (Marktanalyse 2027)\n"));
    const QJsonArray json =
        unreadJson(as("sanne", {QStringLiteral("meeting"), QStringLiteral("unread"), meeting,
                                QStringLiteral("--json")}));
    ASSERT_EQ(json.size(), 2);
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Maarten Verhoeven"));
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("to_read")).toInt(), 3);
    const QJsonArray his = json[0].toObject().value(QStringLiteral("unread")).toArray();
    ASSERT_EQ(his.size(), 1);
    EXPECT_EQ(his[0].toObject().value(QStringLiteral("item_title")).toString(),
              QStringLiteral("Beloning directie"));

    // Bad input changes nothing.
    const QByteArray before = storeDigest();
    EXPECT_EQ(as("sanne", {QStringLiteral("meeting"), QStringLiteral("unread"),
                           QStringLiteral("nothing-like-this")})
                  .code,
              2);
    EXPECT_EQ(as("sanne", {QStringLiteral("meeting"), QStringLiteral("unread")}).code, 2);
    EXPECT_EQ(storeDigest(), before);
}

TEST_F(PaperReadsCli, OpeningAPaperGivesItsFileAndRecordsTheReadOnce)
{
    const QString meeting = board();
    // The budget comes in as a file on this device, attached to its paper.
    const QString file = dir.filePath(QStringLiteral("begroting.pdf"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n% Begroting 2027\n");
    }
    const Outcome added = as("sanne", {QStringLiteral("doc"), QStringLiteral("add"), file,
                                       QStringLiteral("--meeting"), meeting});
    ASSERT_EQ(added.code, 0) << added.err.constData();
    const QString document = QString::fromUtf8(added.out).trimmed();
    const Outcome shown = as("sanne", {QStringLiteral("meeting"), QStringLiteral("show"), meeting,
                                       QStringLiteral("--json")});
    QString waiting;
    for (const QJsonValue &item :
         QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("items")).toArray()) {
        for (const QJsonValue &p : item.toObject().value(QStringLiteral("papers")).toArray()) {
            if (p.toObject().value(QStringLiteral("title")).toString() ==
                QStringLiteral("Begroting en toelichting"))
                waiting = p.toObject().value(QStringLiteral("id")).toString();
        }
    }
    ASSERT_FALSE(waiting.isEmpty()) << shown.out.constData();
    ASSERT_EQ(as("sanne", {QStringLiteral("meeting"), QStringLiteral("paper"),
                           QStringLiteral("attach"), waiting, document})
                  .code,
              0);

    // Maarten opens it: the path of the file, and the read recorded.
    const Outcome opened = as("maarten", {QStringLiteral("doc"), QStringLiteral("open"), document});
    ASSERT_EQ(opened.code, 0) << opened.err.constData();
    const QString path = QString::fromUtf8(opened.out).trimmed();
    EXPECT_TRUE(QFile::exists(path)) << path.toStdString();
    QJsonArray json = unreadJson(as("sanne", {QStringLiteral("meeting"), QStringLiteral("unread"),
                                              meeting, QStringLiteral("--json")}));
    ASSERT_EQ(json.size(), 2);
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("to_read")).toInt(), 4);
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("unread")).toArray().size(), 1);
    EXPECT_EQ(json[1].toObject().value(QStringLiteral("unread")).toArray().size(), 2);

    // Opening it again records nothing new.
    const Outcome pendingBefore =
        as("maarten", {QStringLiteral("outbox"), QStringLiteral("--json")});
    ASSERT_EQ(as("maarten", {QStringLiteral("doc"), QStringLiteral("open"), document}).code, 0);
    const Outcome pendingAfter =
        as("maarten", {QStringLiteral("outbox"), QStringLiteral("--json")});
    EXPECT_EQ(pendingBefore.out, pendingAfter.out);

    // No such document: refused, nothing recorded.
    const QByteArray before = storeDigest();
    EXPECT_EQ(
        as("maarten", {QStringLiteral("doc"), QStringLiteral("open"), QStringLiteral("ffffffff")})
            .code,
        2);
    EXPECT_EQ(storeDigest(), before);
}
