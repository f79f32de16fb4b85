// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's doc verbs against a real spil-server: a paper added on one device is fetched
// on another, and a confidential meeting's paper is not.
#include "ServerProcess.h"
#include "SpilctlRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace spil::test;

namespace {
QString loggedIn(const ServerProcess &server, const QTemporaryDir &dir, const char *user)
{
    const QString db = dir.filePath(QLatin1String(user) + QStringLiteral(".db"));
    const Outcome r =
        spilctl(db, {QStringLiteral("login"), server.url(), QLatin1String(user)}, "spil-demo\n");
    EXPECT_EQ(r.code, 0) << r.err.constData();
    return db;
}

QString meeting(const QString &db, const char *title, bool confidential)
{
    QStringList args = {QStringLiteral("agenda"),   QStringLiteral("add"),
                        QStringLiteral("--person"), QStringLiteral("maarten"),
                        QStringLiteral("--title"),  QLatin1String(title),
                        QStringLiteral("--start"),  QStringLiteral("2027-03-01T10:00Z"),
                        QStringLiteral("--end"),    QStringLiteral("2027-03-01T11:00Z"),
                        QStringLiteral("--force"),  QStringLiteral("--json")};
    if (confidential)
        args << QStringLiteral("--confidential");
    const Outcome r = spilctl(db, args);
    EXPECT_EQ(r.code, 0) << r.err.constData();
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
}
} // namespace

TEST(Documents, APaperAddedOnOneDeviceIsFetchedOnAnotherWhoReadsTheMeeting)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    QTemporaryDir dir;
    const QString maarten = loggedIn(server, dir, "maarten");
    const QString joris = loggedIn(server, dir, "joris");
    QByteArray bytes(3 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) % 251);
    const QString file = dir.filePath(QStringLiteral("begroting.pdf"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();

    const QString open = meeting(maarten, "Begrotingsoverleg", false);
    const QString secret = meeting(maarten, "Overname", true);
    Outcome r =
        spilctl(maarten, {QStringLiteral("doc"), QStringLiteral("add"), file,
                          QStringLiteral("--meeting"), open.right(8), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    const QJsonObject added = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(added.value(QStringLiteral("title")).toString(), QStringLiteral("begroting.pdf"));
    EXPECT_EQ(added.value(QStringLiteral("mime")).toString(), QStringLiteral("application/pdf"));
    EXPECT_EQ(
        added.value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    EXPECT_TRUE(r.err.contains("sending 100%")) << r.err.constData();
    r = spilctl(maarten,
                {QStringLiteral("doc"), QStringLiteral("add"), file, QStringLiteral("--meeting"),
                 secret.right(8), QStringLiteral("--title"), QStringLiteral("Due diligence")});
    ASSERT_EQ(r.code, 0) << r.err.constData();

    ASSERT_EQ(spilctl(joris, {QStringLiteral("sync")}).code, 0);
    r = spilctl(joris, {QStringLiteral("doc"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0);
    // The demo office files a sent letter in the archive; only the two meetings' papers count.
    QJsonArray listed;
    for (const QJsonValue &d : QJsonDocument::fromJson(r.out).array()) {
        const QString meetingId = d.toObject().value(QStringLiteral("appointment_id")).toString();
        if (meetingId == open || meetingId == secret)
            listed.append(d);
    }
    ASSERT_EQ(listed.size(), 1) << r.out.constData(); // not the confidential meeting's
    EXPECT_FALSE(listed.first().toObject().value(QStringLiteral("cached")).toBool());
    const QString out = dir.filePath(QStringLiteral("opgehaald.pdf"));
    r = spilctl(joris, {QStringLiteral("doc"), QStringLiteral("get"),
                        listed.first().toObject().value(QStringLiteral("id")).toString(),
                        QStringLiteral("--out"), out});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    QFile fetched(out);
    ASSERT_TRUE(fetched.open(QIODevice::ReadOnly));
    EXPECT_EQ(fetched.readAll(), bytes);
    r = spilctl(joris, {QStringLiteral("doc"), QStringLiteral("list")});
    EXPECT_TRUE(r.out.contains("(on this device)")) << r.out.constData();
    // A document he does not hold is not found; bad arguments say so and change nothing.
    EXPECT_EQ(
        spilctl(joris, {QStringLiteral("doc"), QStringLiteral("get"), QStringLiteral("abcdefgh")})
            .code,
        2);
    EXPECT_EQ(spilctl(joris, {QStringLiteral("doc"), QStringLiteral("add"),
                              dir.filePath(QStringLiteral("nope.pdf"))})
                  .code,
              2);
}

// A letter filed in the archive on the secretary's device: the office manager's
// `doc fetch-ahead` fetches its file with no meeting asking for it and reads it, so her
// `archive search` finds its words from then on, offline.
TEST(Documents, FetchAheadBringsTheArchivesFilesAndTheirWordsAreFound)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    QTemporaryDir dir;
    const QString sanne = loggedIn(server, dir, "sanne");
    const QString fatima = loggedIn(server, dir, "fatima");
    const QString file = dir.filePath(QStringLiteral("kadaster.txt"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Het perceel aan de Oudegracht wordt per 1 maart kadastraal ingeschreven.");
    f.close();
    Outcome r = spilctl(
        sanne, {QStringLiteral("doc"), QStringLiteral("add"), file, QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    const QString document =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
    r = spilctl(sanne,
                {QStringLiteral("archive"), QStringLiteral("add"),
                 QStringLiteral("Inschrijving perceel"), QStringLiteral("--document"), document});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    ASSERT_EQ(spilctl(sanne, {QStringLiteral("sync")}).code, 0);

    ASSERT_EQ(spilctl(fatima, {QStringLiteral("sync")}).code, 0);
    r = spilctl(fatima, {QStringLiteral("archive"), QStringLiteral("search"),
                         QStringLiteral("oudegracht")});
    EXPECT_FALSE(r.out.contains("Inschrijving perceel")) << r.out.constData();
    r = spilctl(fatima, {QStringLiteral("doc"), QStringLiteral("fetch-ahead")});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    // This file and the demo's three archived files she may read (the confidential
    // contract is not among them).
    EXPECT_TRUE(r.out.contains("read 4 for the search")) << r.out.constData();
    r = spilctl(fatima, {QStringLiteral("archive"), QStringLiteral("search"),
                         QStringLiteral("oudegracht")});
    EXPECT_TRUE(r.out.contains("Inschrijving perceel")) << r.out.constData();
}
