// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's reception verbs on the demo office: the day's list in time order, a walk-in
// added, a visitor checked in by name and expected again, the day list as a PDF, the
// retention set by the office manager only; bad input leaves the store as it was.
#include "DemoOfficeCli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace spil::test;

namespace {
class ReceptionCommands : public DemoOfficeCli {
protected:
    ReceptionCommands() : DemoOfficeCli("fatima") {}
    QJsonObject named(const char *name)
    {
        for (const QJsonValue &v : json(args({"reception", "list"})).toArray()) {
            if (v[QStringLiteral("name")].toString() == QString::fromUtf8(name))
                return v.toObject();
        }
        return {};
    }
};
} // namespace

TEST_F(ReceptionCommands, TheDaysListComesInTimeOrder)
{
    const QJsonArray day = json(args({"reception", "list"})).toArray();
    ASSERT_EQ(day.size(), 4);
    EXPECT_EQ(day[0][QStringLiteral("name")].toString(), QStringLiteral("Koerier"));
    EXPECT_EQ(day[1][QStringLiteral("name")].toString(), QStringLiteral("Karin Hofstede"));
    EXPECT_EQ(day[3][QStringLiteral("name")].toString(), QStringLiteral("Els van der Meer"));
    const Outcome text = run(args({"reception", "list"}));
    EXPECT_TRUE(text.out.contains("11:00  Karin Hofstede (Hofstede Groep)  for Maarten Verhoeven"))
        << text.out.constData();
    EXPECT_TRUE(json(args({"reception", "list", "--date", "2026-12-01"})).toArray().isEmpty());
}

TEST_F(ReceptionCommands, AWalkInIsAddedCheckedInByNameAndExpectedAgain)
{
    const QJsonObject added = json(args({"reception", "add", "Monteur", "--host", "ingrid",
                                         "--organisation", "Kopieerservice"}))
                                  .toObject();
    EXPECT_EQ(added[QStringLiteral("name")].toString(), QStringLiteral("Monteur"));
    EXPECT_TRUE(added[QStringLiteral("checked_in_at")].isNull());
    const Outcome in = run(args({"reception", "checkin", "monteur"}));
    EXPECT_EQ(in.code, 0) << in.err.constData();
    EXPECT_TRUE(in.out.contains("checked in"));
    EXPECT_FALSE(named("Monteur")[QStringLiteral("checked_in_at")].isNull());
    EXPECT_EQ(run(args({"reception", "checkin", "monteur", "--undo"})).code, 0);
    EXPECT_TRUE(named("Monteur")[QStringLiteral("checked_in_at")].isNull());
    // An attendee of a meeting is checked in the same way.
    EXPECT_EQ(run(args({"reception", "checkin", "Karin"})).code, 0);
    EXPECT_FALSE(named("Karin Hofstede")[QStringLiteral("checked_in_at")].isNull());
}

TEST_F(ReceptionCommands, TheDayListIsWrittenAsAPdf)
{
    const QString pdf = dir.filePath(QStringLiteral("bezoekers.pdf"));
    const Outcome r =
        run({QStringLiteral("reception"), QStringLiteral("list"), QStringLiteral("--pdf"), pdf,
             QStringLiteral("--lang"), QStringLiteral("nl")});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF-"));
}

TEST_F(ReceptionCommands, TheRetentionIsTheOfficeManagersToSet)
{
    EXPECT_TRUE(run(args({"reception", "retention"})).out.contains("30 days"));
    EXPECT_TRUE(run(args({"reception", "retention", "14"})).out.contains("14 days"));
    const QByteArray before = digest();
    EXPECT_NE(run(args({"reception", "retention", "7"}), "joris").code, 0);
    EXPECT_NE(run(args({"reception", "retention", "-3"})).code, 0);
    EXPECT_NE(run(args({"reception", "retention", "veel"})).code, 0);
    EXPECT_NE(run(args({"reception", "checkin", "Niemand"})).code, 0);
    EXPECT_NE(run(args({"reception", "checkin", "h"})).code, 0) << "more than one";
    EXPECT_NE(run(args({"reception", "add", "Iemand", "--host", "nobody"})).code, 0);
    EXPECT_NE(run(args({"reception", "list", "--date", "gisteren"})).code, 0);
    EXPECT_EQ(digest(), before);
}
