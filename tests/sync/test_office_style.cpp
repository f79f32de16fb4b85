// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"

#include "core/documents/MinutesPdf.h"
#include "core/letters/LetterPdf.h"
#include "core/letters/LetterRepo.h"
#include "core/letters/OfficeStyle.h"
#include "core/store/Hlc.h"
#include "sync/protocol/Protocol.h"

#include <QJsonArray>

using namespace spil;
using namespace spil::test;

// The office's letterhead and house style are one record every device prints from: read
// by everyone in full, written by office managers and admins (docs/sync-protocol.md,
// "Permissions"). The demo office's is Spil BV at Maliebaan 40 in Utrecht.
TEST(OfficeStyle, TheOfficeManagerSetsItOnceAndEveryDevicePrintsIt)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    ASSERT_EQ(server.addAdmin(QStringLiteral("beheer")), 0);
    for (const char *user : {"maarten", "sanne", "joris", "fatima", "beheer"}) {
        const auto pulled =
            pulledRecords(server, QString::fromLatin1(user), QStringLiteral("office_style"));
        ASSERT_EQ(pulled.size(), 1) << user;
        EXPECT_EQ(pulled.value(OfficeStyleRepo::recordId()).value(QStringLiteral("office_name")),
                  QStringLiteral("Spil BV"))
            << user;
    }

    SyncedDevice fatima(server, QStringLiteral("fatima"));
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(fatima.sync());
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(letterheadOf(maarten.db()).office, QStringLiteral("Spil BV"));
    EXPECT_EQ(letterheadOf(maarten.db()).address,
              QStringLiteral("Maliebaan 40 \u00b7 3581 CS Utrecht"));

    setLetterhead(fatima.db(), {QStringLiteral("Spil Holding BV"),
                                QStringLiteral("Herenstraat 8\n3512 KB Utrecht")});
    setHouseStyle(fatima.db(), {QStringLiteral("Amersfoort"), LetterStyle::Personal});
    ASSERT_TRUE(fatima.sync());
    ASSERT_TRUE(maarten.sync());

    // The director's device prints the new letterhead on his letters and minutes, dated
    // from the new place, without anyone setting it up there.
    EXPECT_EQ(letterheadOf(maarten.db()).office, QStringLiteral("Spil Holding BV"));
    const QString letter =
        maarten.db().scalar(QStringLiteral("SELECT id FROM letters WHERE deleted = 0")).toString();
    ASSERT_FALSE(letter.isEmpty());
    const LetterPdfInput pdf = letterPdfOf(maarten.db(), letter, QDate(2026, 11, 30));
    EXPECT_EQ(pdf.letterhead.office, QStringLiteral("Spil Holding BV"));
    EXPECT_EQ(pdf.letterhead.address, QStringLiteral("Herenstraat 8 \u00b7 3512 KB Utrecht"));
    EXPECT_TRUE(pdf.parts.placeAndDate.startsWith(QStringLiteral("Amersfoort, ")))
        << pdf.parts.placeAndDate.toStdString();
    EXPECT_EQ(houseStyleOf(maarten.db()).style, LetterStyle::Personal);
    EXPECT_EQ(maarten.db().scalar(QStringLiteral("SELECT COUNT(*) FROM office_style")).toInt(), 1);
}

TEST(OfficeStyle, OnlyTheOfficeManagerAndAdminWriteIt)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    ASSERT_EQ(server.addAdmin(QStringLiteral("beheer")), 0);
    const QString fatimaToken = server.login(QStringLiteral("fatima"));
    const qint64 before = server.version(fatimaToken);
    const QString c1 = QStringLiteral("01900000-0000-7000-8000-0000000020c1");
    const QString stamp = HlcStamp{1'900'000'000'000, 0, c1}.toString();
    const auto change = [&](const char *field, const QJsonValue &value) {
        return QList<protocol::Change>{{QStringLiteral("office_style"), OfficeStyleRepo::recordId(),
                                        QString::fromLatin1(field), value, stamp}};
    };
    const struct {
        const char *user;
        QList<protocol::Change> changes;
        const char *what;
    } refused[] = {
        {"sanne", change("office_name", QStringLiteral("Secretariaat")),
         "a secretary renames the office"},
        {"maarten", change("place", QStringLiteral("Den Haag")),
         "a director moves where letters are dated from"},
        {"joris", change("address", QStringLiteral("Elders 1")), "staff change the address"},
        {"lotte", change("letter_style", QStringLiteral("personal")),
         "an assistant makes the letters personal"},
    };
    for (const auto &r : refused) {
        const HttpResult answer =
            pushChanges(server, server.login(QString::fromLatin1(r.user)), c1, r.changes);
        EXPECT_EQ(answer.status, 403) << r.what << ": " << answer.body.constData();
        EXPECT_EQ(answer.errorCode(), QStringLiteral("forbidden")) << r.what;
    }
    EXPECT_EQ(server.version(fatimaToken), before) << "a refused push stored something";

    // A director's device that set it anyway hears the refusal and keeps the office's.
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(maarten.sync());
    setLetterhead(maarten.db(), {QStringLiteral("Kantoor Maarten"), QString()});
    maarten.sync();
    EXPECT_EQ(pulledRecords(server, QStringLiteral("joris"), QStringLiteral("office_style"))
                  .value(OfficeStyleRepo::recordId())
                  .value(QStringLiteral("office_name")),
              QStringLiteral("Spil BV"));

    // What they may do goes through, each from a client of their own.
    const struct {
        const char *user;
        QString client;
    } allowed[] = {{"fatima", QStringLiteral("01900000-0000-7000-8000-0000000020c2")},
                   {"beheer", QStringLiteral("01900000-0000-7000-8000-0000000020c3")}};
    for (const auto &a : allowed) {
        const QList<protocol::Change> ownChange = {
            {QStringLiteral("office_style"), OfficeStyleRepo::recordId(), QStringLiteral("place"),
             QStringLiteral("Utrecht Centrum"),
             HlcStamp{1'900'000'000'000, 0, a.client}.toString()}};
        const HttpResult own =
            pushChanges(server, server.login(QString::fromLatin1(a.user)), a.client, ownChange);
        EXPECT_EQ(own.status, 200) << a.user << ": " << own.body.constData();
    }
}

TEST(OfficeStyle, BadInputOnEveryFieldIsRefusedAndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("fatima"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000020b1");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000020b2");
    expectBadRequests(
        server, token, client, id,
        {
            {"office_style", "office_name", 7, "a name that is a number"},
            {"office_style", "office_name", QJsonValue(), "a name that is null"},
            {"office_style", "address", QJsonArray{}, "an address as a list"},
            {"office_style", "place", true, "a place that is true"},
            {"office_style", "letter_style", 1, "a style that is a number"},
            {"office_style", "logo", QStringLiteral("x.png"), "a field the style does not have"},
        });
    EXPECT_EQ(server.version(token), before) << "a refused push stored something";
}
