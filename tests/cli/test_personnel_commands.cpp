// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's personnel and absence verbs on the demo office: a sick leave reported, listed,
// ended and removed; dates and the coming month; reminders made once; an onboarding; bad
// input leaves the store as it was.
#include "DemoOfficeCli.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace spil::test;

namespace {
class PersonnelCommands : public DemoOfficeCli {
protected:
    PersonnelCommands() : DemoOfficeCli("fatima") {}
};
} // namespace

TEST_F(PersonnelCommands, ASickLeaveIsReportedListedEndedAndRemoved)
{
    const QJsonObject added = json(args({"absence", "add", "joris", "--from", "2026-11-30",
                                         "--reason", "Migraine", "--doctor", "2026-12-02T09:00"}))
                                  .toObject();
    const QString id = added[QStringLiteral("id")].toString();
    EXPECT_EQ(added[QStringLiteral("name")].toString(), QStringLiteral("Joris Mulder"));
    EXPECT_EQ(added[QStringLiteral("until_date")].toString(), QString());
    EXPECT_EQ(added[QStringLiteral("reason")].toString(), QStringLiteral("Migraine"));
    EXPECT_EQ(added[QStringLiteral("doctor_visits")].toArray().size(), 1);

    bool listed = false;
    for (const QJsonValue &a : json(args({"absence", "list"})).toArray())
        listed = listed || a[QStringLiteral("id")].toString() == id;
    EXPECT_TRUE(listed);

    const QJsonObject ended =
        json(QStringList{QStringLiteral("absence"), QStringLiteral("end"), id.right(8),
                         QStringLiteral("--on"), QStringLiteral("2026-12-01")})
            .toObject();
    EXPECT_EQ(ended[QStringLiteral("until_date")].toString(), QStringLiteral("2026-12-01"));
    for (const QJsonValue &a : json(args({"absence", "list", "--on", "2026-12-02"})).toArray())
        EXPECT_NE(a[QStringLiteral("id")].toString(), id);

    const QJsonObject details =
        json(QStringList{QStringLiteral("absence"), QStringLiteral("details"), id.right(8),
                         QStringLiteral("--reason"), QStringLiteral("Hoofdpijn")})
            .toObject();
    EXPECT_EQ(details[QStringLiteral("reason")].toString(), QStringLiteral("Hoofdpijn"));
    EXPECT_EQ(run({QStringLiteral("absence"), QStringLiteral("remove"), id.right(8)}).code, 0);
    for (const QJsonValue &a : json(args({"absence", "list", "--all"})).toArray())
        EXPECT_NE(a[QStringLiteral("id")].toString(), id);
}

TEST_F(PersonnelCommands, DatesComeUpByDateAndRemindersAreMadeOnce)
{
    const QJsonObject set =
        json(args({"personnel", "set", "noor", "--birth", "1988-02-29", "--start", "2016-12-05"}))
            .toObject();
    EXPECT_EQ(set[QStringLiteral("birth_date")].toString(), QStringLiteral("1988-02-29"));
    const QJsonArray coming = json(args({"personnel", "upcoming", "--days", "10"})).toArray();
    bool anniversary = false;
    QString last;
    for (const QJsonValue &d : coming) {
        EXPECT_GE(d[QStringLiteral("date")].toString(), last);
        last = d[QStringLiteral("date")].toString();
        if (d[QStringLiteral("name")].toString() == QStringLiteral("Noor Jansen") &&
            d[QStringLiteral("event")].toString() == QStringLiteral("anniversary")) {
            anniversary = true;
            EXPECT_EQ(d[QStringLiteral("date")].toString(), QStringLiteral("2026-12-05"));
            EXPECT_EQ(d[QStringLiteral("years")].toInt(), 10);
        }
    }
    EXPECT_TRUE(anniversary);

    const QJsonArray made = json(args({"personnel", "remind", "--lang", "nl"})).toArray();
    EXPECT_FALSE(made.isEmpty());
    EXPECT_TRUE(json(args({"personnel", "remind"})).toArray().isEmpty());
    // They are the office manager's tasks.
    const Outcome tasks = run(args({"task", "list", "--assignee", "fatima", "--json"}));
    for (const QJsonValue &id : made)
        EXPECT_TRUE(tasks.out.contains(id.toString().toUtf8())) << id.toString().toStdString();
}

TEST_F(PersonnelCommands, ANewColleaguesOnboardingStartsOnce)
{
    json(args({"personnel", "set", "pieter", "--start", "2026-12-14"}));
    const QString run1 =
        json(args({"personnel", "onboard", "pieter", "--template", "Welkom nieuwe collega"}))
            .toObject()[QStringLiteral("run_id")]
            .toString();
    EXPECT_FALSE(run1.isEmpty());
    const QByteArray before = digest();
    const Outcome again =
        run(args({"personnel", "onboard", "pieter", "--template", "Welkom nieuwe collega"}));
    EXPECT_NE(again.code, 0);
    EXPECT_TRUE(again.err.contains("started already")) << again.err.constData();
    EXPECT_EQ(digest(), before);
}

TEST_F(PersonnelCommands, BadInputIsRefusedAndLeavesTheStoreAsItWas)
{
    const QByteArray before = digest();
    for (const QStringList &bad : QList<QStringList>{
             args({"absence", "add", "joris", "--from", "30-11-2026"}),
             args({"absence", "add", "joris", "--from", "2026-11-30", "--until", "2026-11-29"}),
             args({"absence", "add", "joris", "--doctor", "tomorrow at ten"}),
             args({"absence", "add", "nobody"}),
             args({"absence", "end", "zzzzzzzz"}),
             args({"personnel", "set", "joris", "--birth", "2030-01-01"}),
             args({"personnel", "set", "joris", "--start", "2026-02-30"}),
             args({"personnel", "upcoming", "--days", "-1"}),
             args({"personnel", "remind", "--lang", "fr"}),
             args({"personnel", "onboard", "joris"}),
             args({"absence", "list", "--on", "tomorrow"}),
         }) {
        const Outcome r = run(bad);
        EXPECT_NE(r.code, 0) << bad.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(r.err.isEmpty()) << bad.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_EQ(digest(), before) << "a refused command changed the store";
}
