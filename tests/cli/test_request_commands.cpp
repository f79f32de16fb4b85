// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's request verbs on the demo office: adding, the ranked list, the free times, the
// triage with its drafted messages and the director's decision; bad input changes nothing.
#include "DemoOfficeCli.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace spil::test;

namespace {
class RequestCommands : public DemoOfficeCli {
protected:
    RequestCommands() : DemoOfficeCli("sanne") {}
};
} // namespace

TEST_F(RequestCommands, AddListProposeScheduleAndDecide)
{
    const QJsonObject added = json({"request", "add", "maarten", "Begroting", "2027", "--contact",
                                    "James Whitfield", "--from", "2026-12-01", "--to", "2026-12-11",
                                    "--minutes", "45", "--importance", "urgent"})
                                  .toObject();
    EXPECT_EQ(added.value(QStringLiteral("subject")).toString(), QStringLiteral("Begroting 2027"));
    EXPECT_EQ(added.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(added.value(QStringLiteral("state")).toString(), QStringLiteral("new"));
    const QString id = added.value(QStringLiteral("id")).toString();

    const QJsonArray ranked = json({"request", "list"}).toArray();
    ASSERT_EQ(ranked.size(), 9);
    // Three urgent ones: the older first.
    EXPECT_EQ(ranked.at(0).toObject().value(QStringLiteral("subject")).toString(),
              QStringLiteral("Acquisition financing: term sheet"));
    EXPECT_EQ(ranked.at(1).toObject().value(QStringLiteral("subject")).toString(),
              QStringLiteral("Vervolg overname"));
    EXPECT_EQ(ranked.at(2).toObject().value(QStringLiteral("id")).toString(), id);

    const QJsonObject shown = json({"request", "show", id.right(8)}).toObject();
    const QJsonArray free = shown.value(QStringLiteral("proposals")).toArray();
    ASSERT_EQ(free.size(), 3);
    const QString start = free.at(0).toObject().value(QStringLiteral("start")).toString();
    EXPECT_TRUE(start.startsWith(QStringLiteral("2026-12-01T"))) << start.toStdString();

    Outcome r = run({"request", "propose", id.right(8), "--draft"});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("To: j.whitfield@whitfieldcapital.com"));
    EXPECT_TRUE(r.out.contains("Dear James Whitfield,"));
    r = run({"request", "schedule", id.right(8), start.left(16), "--draft"});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("We are pleased to confirm")) << r.out.constData();
    EXPECT_EQ(json({"request", "show", id.right(8)}).toObject().value("state").toString(),
              QStringLiteral("scheduled"));

    // The Lage Weide request goes to Maarten, who declines it with a note.
    QString lageWeide;
    for (const QJsonValue &v : json({"request", "list"}).toArray())
        if (v.toObject().value("subject").toString() ==
            QStringLiteral("Bedrijventerrein Lage Weide"))
            lageWeide = v.toObject().value("id").toString();
    ASSERT_FALSE(lageWeide.isEmpty());
    // Forwarded by mistake and taken back, then forwarded again.
    const QString before =
        json({"request", "show", lageWeide.right(8)}).toObject().value("state").toString();
    ASSERT_EQ(run({"request", "forward", lageWeide.right(8)}).code, 0);
    r = run({"request", "take-back", lageWeide.right(8), "--state", before});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    EXPECT_EQ(json({"request", "show", lageWeide.right(8)}).toObject().value("state").toString(),
              before);
    EXPECT_EQ(run({"request", "take-back", lageWeide.right(8)}).code, 2); // not forwarded
    ASSERT_EQ(run({"request", "forward", lageWeide.right(8)}).code, 0);
    EXPECT_EQ(run({"request", "decline", lageWeide.right(8)}).code, 2); // waits for him
    // A yes by mistake, taken back: it waits for his word again.
    r = run({"request", "decide", lageWeide.right(8), "accepted"}, "maarten");
    ASSERT_EQ(r.code, 0) << r.err.constData();
    r = run({"request", "decide", lageWeide.right(8), "pending"}, "maarten");
    ASSERT_EQ(r.code, 0) << r.err.constData();
    EXPECT_EQ(json({"request", "show", lageWeide.right(8)}).toObject().value("decision").toString(),
              QStringLiteral("pending"));
    EXPECT_EQ(run({"request", "decide", lageWeide.right(8), "pending"}, "maarten").code, 2);
    r = run({"request", "decide", lageWeide.right(8), "declined", "--note", "Niet nu"}, "maarten");
    ASSERT_EQ(r.code, 0) << r.err.constData();
    r = run({"request", "decline", lageWeide.right(8), "--draft"});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("Geachte Anouk van Dijk,")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("Subject: Uw verzoek: Bedrijventerrein Lage Weide"));
}

TEST_F(RequestCommands, BadInputIsRefusedAndChangesNothing)
{
    const QByteArray before = digest();
    for (const QStringList &bad : QList<QStringList>{
             {"request", "add", "maarten", "x", "--from", "2026-12-01"}, // nobody asks
             {"request", "add", "sanne", "x", "--from-name", "A", "--from", "2026-12-01"},
             {"request", "add", "maarten", "x", "--from-name", "A", "--from", "2026-12-05", "--to",
              "2026-12-01"},
             {"request", "add", "maarten", "x", "--from-name", "A", "--from", "2026-12-01",
              "--importance", "vital"},
             {"request", "add", "maarten", "x", "--from-name", "A", "--from", "2026-12-01",
              "--minutes", "1000"},
             {"request", "decide", "ffffffff", "accepted"},
             {"request", "take-back", "ffffffff"},
         }) {
        const Outcome r = run(bad);
        EXPECT_NE(r.code, 0) << bad.join(' ').toStdString();
    }
    EXPECT_EQ(digest(), before);
}

TEST_F(RequestCommands, EditChangesOnlyTheFieldsGiven)
{
    const QString id = json({"request", "add", "maarten", "Begroting", "--from-name", "Wethouder",
                             "--from", "2026-12-01", "--to", "2026-12-04", "--minutes", "45"})
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    ASSERT_FALSE(id.isEmpty());
    const QJsonObject edited =
        json({"request", "edit", id.right(8), "--subject", "Begroting 2027", "--minutes", "90",
              "--to", "2026-12-18", "--importance", "high", "--via", "lotte", "--language", "en"})
            .toObject();
    EXPECT_EQ(edited.value(QStringLiteral("subject")).toString(), QStringLiteral("Begroting 2027"));
    EXPECT_EQ(edited.value(QStringLiteral("minutes")).toInt(), 90);
    EXPECT_EQ(edited.value(QStringLiteral("from_date")).toString(), QStringLiteral("2026-12-01"));
    EXPECT_EQ(edited.value(QStringLiteral("to_date")).toString(), QStringLiteral("2026-12-18"));
    EXPECT_EQ(edited.value(QStringLiteral("importance")).toString(), QStringLiteral("high"));
    EXPECT_EQ(edited.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(edited.value(QStringLiteral("requester")).toString(), QStringLiteral("Wethouder"));
    EXPECT_EQ(edited.value(QStringLiteral("state")).toString(), QStringLiteral("new"));
    EXPECT_TRUE(run({"request", "show", id.right(8)}).out.contains("via: Lotte de Vries"));
    // Who asks may become a contact.
    const QJsonObject contact =
        json({"request", "edit", id.right(8), "--contact", "James Whitfield"}).toObject();
    EXPECT_NE(contact.value(QStringLiteral("contact_id")).toString(), QString());
    EXPECT_EQ(contact.value(QStringLiteral("subject")).toString(),
              QStringLiteral("Begroting 2027"));

    // The app's checks: each refused, nothing written.
    const QByteArray before = digest();
    for (const QStringList &bad : QList<QStringList>{
             {"request", "edit", id.right(8)},                          // nothing to change
             {"request", "edit", id.right(8), "--subject", "  "},       // no subject
             {"request", "edit", id.right(8), "--minutes", "4"},        // too short
             {"request", "edit", id.right(8), "--minutes", "601"},      // too long
             {"request", "edit", id.right(8), "--to", "2026-11-30"},    // ends before it starts
             {"request", "edit", id.right(8), "--from", "2026-13-01"},  // no such date
             {"request", "edit", id.right(8), "--importance", "vital"}, // no such importance
             {"request", "edit", id.right(8), "--language", "de"},      // nl or en
             {"request", "edit", id.right(8), "--contact", "Nobody Known"},
             {"request", "edit", "ffffffff", "--minutes", "60"}, // no such request
         }) {
        const Outcome r = run(bad);
        EXPECT_NE(r.code, 0) << bad.join(' ').toStdString();
    }
    EXPECT_EQ(digest(), before);
}
