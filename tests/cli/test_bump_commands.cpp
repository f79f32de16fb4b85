// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's agenda bump on the demo office: making room prints the messages drafted for the
// people of each moved appointment, each in its own language, for the user to send.
#include "DemoOfficeCli.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace spil::test;

namespace {
class BumpCommands : public DemoOfficeCli {
protected:
    BumpCommands() : DemoOfficeCli("sanne") {}
    // Maarten's appointment on Tuesday at 14:00 with Lotte, and with a contact who reads
    // English; and the number of the bump proposal that moves it.
    void SetUp() override
    {
        DemoOfficeCli::SetUp();
        const Outcome added =
            run({"agenda", "add", "--person", "maarten", "--title", "Lunch update", "--start",
                 "2026-12-01T14:00", "--end", "2026-12-01T15:00", "--attendees", "maarten,lotte",
                 "--contact", "James Whitfield", "--priority", "low"});
        ASSERT_EQ(added.code, 0) << added.err.constData();
        moved = QString::fromUtf8(added.out).trimmed();
        const QJsonArray proposals =
            json({"agenda", "bump", "--director", "maarten", "--duration", "60", "--from",
                  "2026-12-01", "--to", "2026-12-01", "--importance", "high"})
                .toArray();
        for (const QJsonValue &p : proposals) {
            const QJsonArray moves = p.toObject().value(QStringLiteral("moves")).toArray();
            if (moves.size() == 1 &&
                moves.at(0).toObject().value(QStringLiteral("id")).toString() == moved)
                proposal = QString::number(p.toObject().value(QStringLiteral("proposal")).toInt());
        }
        ASSERT_FALSE(proposal.isEmpty()) << "no proposal moves only the lunch update";
    }
    QStringList apply()
    {
        return {"agenda",  "bump",           "--director", "maarten", "--duration",
                "60",      "--from",         "2026-12-01", "--to",    "2026-12-01",
                "--title", "Bank: overname", "--apply",    proposal};
    }
    QString moved, proposal;
};
} // namespace

TEST_F(BumpCommands, ApplyingPrintsAMessageToEachAttendeeInTheirLanguage)
{
    const Outcome r = run(apply());
    ASSERT_EQ(r.code, 0) << r.err.constData();
    const QString out = QString::fromUtf8(r.out);
    // The booking first, then the drafts: Lotte in Dutch, the contact in English.
    EXPECT_EQ(out.section(QLatin1Char('\n'), 0, 0).size(), 36) << r.out.constData();
    EXPECT_TRUE(out.contains(QStringLiteral("To: Lotte de Vries"))) << r.out.constData();
    EXPECT_TRUE(out.contains(QStringLiteral("Geachte Lotte de Vries,")));
    EXPECT_TRUE(out.contains(QStringLiteral("dinsdag 1 december om 14:00")));
    EXPECT_TRUE(out.contains(
        QStringLiteral("To: James Whitfield <j.whitfield@whitfieldcapital.com> (en)")));
    EXPECT_TRUE(out.contains(QStringLiteral("Dear James Whitfield,")));
    EXPECT_TRUE(out.contains(QStringLiteral("Tuesday 1 December at 14:00")));
    EXPECT_FALSE(out.contains(QStringLiteral("Geachte Maarten"))); // not to whose agenda it is
}

TEST_F(BumpCommands, TheJsonAnswerCarriesTheMessages)
{
    const QJsonObject done = json(apply()).toObject();
    EXPECT_EQ(done.value(QStringLiteral("moved")).toArray(), QJsonArray{moved});
    const QJsonArray messages = done.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 2);
    const QJsonObject lotte = messages.at(0).toObject();
    EXPECT_EQ(lotte.value(QStringLiteral("name")).toString(), QStringLiteral("Lotte de Vries"));
    EXPECT_EQ(lotte.value(QStringLiteral("language")).toString(), QStringLiteral("nl"));
    EXPECT_TRUE(
        lotte.value(QStringLiteral("body")).toString().endsWith(QStringLiteral("Sanne Bakker")));
    const QJsonObject james = messages.at(1).toObject();
    EXPECT_EQ(james.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(james.value(QStringLiteral("email")).toString(),
              QStringLiteral("j.whitfield@whitfieldcapital.com"));
    EXPECT_TRUE(james.value(QStringLiteral("body"))
                    .toString()
                    .startsWith(QStringLiteral("Dear James Whitfield,")));
}
