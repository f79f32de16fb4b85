// SPDX-License-Identifier: GPL-3.0-or-later
// Who receives and writes document records: a meeting's papers follow the meeting.
#include "Harness.h"

#include "core/agenda/AgendaRepo.h"
#include "core/documents/DocumentRepo.h"
#include "sync/protocol/Protocol.h"

using namespace spil;
using namespace spil::test;

namespace {
const QString kSecretTitle = QStringLiteral("Due diligence Hofstede");
const QString kSecretHash =
    QStringLiteral("5e3a1f0c9b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f");
const QString kOpenHash =
    QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

QString meeting(SyncedDevice &owner, const char *title, bool confidential)
{
    Appointment a;
    a.owner = owner.personId();
    a.title = QString::fromUtf8(title);
    a.confidential = confidential;
    a.startUtc = 1'800'000'000'000LL;
    a.endUtc = a.startUtc + 3'600'000;
    return AgendaRepo(owner.db()).add(a, true);
}

QString paper(SyncedDevice &device, const QString &title, const QString &hash,
              const QString &appointmentId)
{
    Document d;
    d.title = title;
    d.mime = QStringLiteral("application/pdf");
    d.size = 2048;
    d.sha256 = hash;
    d.addedBy = device.personId();
    d.appointmentId = appointmentId;
    return DocumentRepo(device.db()).add(d);
}

bool holds(SyncedDevice &device, const QString &documentId)
{
    return DocumentRepo(device.db()).byId(documentId).has_value() ||
           device.db()
               .scalar(QStringLiteral("SELECT 1 FROM documents WHERE id = ?"), {documentId})
               .isValid();
}

// Maarten's confidential board meeting with a paper, an open meeting with one, and a
// document of no meeting, all synced.
class MeetingPapers : public ::testing::Test {
protected:
    void SetUp() override
    {
        secretMeeting = meeting(maarten, "Overname", true);
        openMeeting = meeting(maarten, "Teamoverleg", false);
        secret = paper(maarten, kSecretTitle, kSecretHash, secretMeeting);
        open = paper(maarten, QStringLiteral("Notulen vorige keer"), kOpenHash, openMeeting);
        loose = paper(maarten, QStringLiteral("Huisstijl"), kOpenHash, {});
        ASSERT_TRUE(maarten.sync());
    }
    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    SyncedDevice maarten{server, QStringLiteral("maarten")};
    SyncedDevice joris{server, QStringLiteral("joris")};
    QString secretMeeting, openMeeting, secret, open, loose;
};
} // namespace

TEST_F(MeetingPapers, AConfidentialMeetingsPapersReachOnlyWhoReadsItInFull)
{
    SyncedDevice sanne(server, QStringLiteral("sanne"));
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(DocumentRepo(sanne.db()).byId(secret)->title, kSecretTitle);
    EXPECT_EQ(DocumentRepo(sanne.db()).byId(secret)->sha256, kSecretHash);

    // Those who see the meeting as a busy block receive nothing of its papers: not even a
    // redacted copy, since a title and a hash tell what it is about.
    for (const char *user : {"joris", "fatima", "ingrid"}) {
        const HttpResult pull = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"),
                                               {}, server.login(QString::fromLatin1(user)));
        ASSERT_EQ(pull.status, 200);
        EXPECT_FALSE(pull.body.contains(kSecretTitle.toUtf8())) << user;
        EXPECT_FALSE(pull.body.contains(kSecretHash.toUtf8())) << user;
        EXPECT_FALSE(pull.body.contains(secret.toUtf8())) << user;
        EXPECT_TRUE(pull.body.contains(open.toUtf8())) << user;
        EXPECT_TRUE(pull.body.contains(loose.toUtf8())) << user;
    }
    ASSERT_TRUE(joris.sync());
    EXPECT_FALSE(holds(joris, secret));
    EXPECT_TRUE(holds(joris, open));
    EXPECT_TRUE(holds(joris, loose));
}

TEST_F(MeetingPapers, AMeetingTurnedConfidentialWithdrawsItsPapersAndOpeningItBringsThemBack)
{
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(holds(joris, open));
    AgendaRepo(maarten.db()).update(openMeeting, {.confidential = true}, true);
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_FALSE(holds(joris, open)) << "a paper stayed on a device that may not read it";
    EXPECT_TRUE(holds(joris, loose));

    AgendaRepo(maarten.db()).update(openMeeting, {.confidential = false}, true);
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(DocumentRepo(joris.db()).byId(open)->sha256, kOpenHash);
}

TEST_F(MeetingPapers, APaperMovedIntoAConfidentialMeetingIsWithdrawn)
{
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(holds(joris, open));
    DocumentRepo(maarten.db()).update(open, {.appointmentId = secretMeeting});
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_FALSE(holds(joris, open));
}

TEST_F(MeetingPapers, IsWithdrawnAlsoFromADeviceThatStartsOver)
{
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(holds(joris, open));
    AgendaRepo(maarten.db()).update(openMeeting, {.confidential = true}, true);
    ASSERT_TRUE(maarten.sync());
    followAnotherEpoch(joris);
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(waitFor([&] {
        return joris.client().state() == client::SyncClient::State::Idle && !holds(joris, open);
    }));
}

TEST_F(MeetingPapers, WhoReadsAMeetingMayAddItsPapersAndNobodyElse)
{
    ASSERT_TRUE(joris.sync());
    // Staff may add a paper to a meeting they read in full...
    const QString his = paper(joris, QStringLiteral("Offerte"), kOpenHash, openMeeting);
    ASSERT_TRUE(joris.sync());
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(DocumentRepo(maarten.db()).byId(his)->addedBy, joris.personId());

    // ...but not to one they see as a busy block, nor in someone else's name.
    const QString token = server.login(QStringLiteral("joris"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000d1");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000000d2");
    const auto push = [&](const QList<protocol::Change> &changes) {
        return server.request("POST", QStringLiteral("/v1/push"),
                              protocol::encode(protocol::PushRequest{client, 0, {{1, changes}}}),
                              token);
    };
    HttpResult r = push(newDocumentChanges(id, joris.personId(), secretMeeting,
                                           QStringLiteral("Ingeschoven"), kOpenHash, client));
    EXPECT_EQ(r.status, 403) << r.body.constData();
    EXPECT_EQ(r.errorCode(), QStringLiteral("forbidden"));
    r = push(newDocumentChanges(id, maarten.personId(), openMeeting,
                                QStringLiteral("Namens Maarten"), kOpenHash, client));
    EXPECT_EQ(r.errorCode(), QStringLiteral("forged_author")) << r.body.constData();
    r = push(newDocumentChanges(id, joris.personId(),
                                QStringLiteral("01900000-0000-7000-8000-000000000404"),
                                QStringLiteral("Wees"), kOpenHash, client));
    EXPECT_EQ(r.status, 400) << r.body.constData();
    EXPECT_EQ(r.errorCode(), QStringLiteral("unknown_parent"));
    // Nor rename the confidential paper he cannot see.
    r = push({{QStringLiteral("documents"), secret, QStringLiteral("title"),
               QStringLiteral("Overschreven"), QStringLiteral("0190000000aa-0000-") + client}});
    EXPECT_EQ(r.status, 403) << r.body.constData();
    EXPECT_EQ(server.version(token), before);
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(DocumentRepo(maarten.db()).byId(secret)->title, kSecretTitle);
}

TEST_F(MeetingPapers, AnAssistantWhoNoLongerServesTheDirectorLosesHisConfidentialPapers)
{
    SyncedDevice sanne(server, QStringLiteral("sanne"));
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(holds(sanne, secret));
    ASSERT_EQ(server.admin({QStringLiteral("user"), QStringLiteral("set-principals"),
                            QStringLiteral("sanne")}),
              0)
        << server.lastOutput().constData();
    sanne.client().syncNow();
    ASSERT_TRUE(waitFor([&] {
        return sanne.client().state() == client::SyncClient::State::Idle && !holds(sanne, secret);
    })) << "a confidential paper stayed with an assistant who no longer serves its director";
    EXPECT_TRUE(holds(sanne, open));
}
