// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's supply, order and budget verbs on the demo office: the low list, an order from
// draft to received (stock counted once), the projection; bad input leaves the store as it
// was.
#include "DemoOfficeCli.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace spil::test;

namespace {
class SupplyCommands : public DemoOfficeCli {
protected:
    SupplyCommands() : DemoOfficeCli("fatima") {}
    qint64 stockOf(const QString &name)
    {
        for (const QJsonValue &i :
             json({QStringLiteral("supply"), QStringLiteral("list")}).toArray())
            if (i[QStringLiteral("name")].toString() == name)
                return i[QStringLiteral("stock")].toInteger();
        return -1;
    }
};
} // namespace

TEST_F(SupplyCommands, AnOrderFromTheLowListIsPlacedReceivedOnceAndCharged)
{
    const QJsonArray low = json({QStringLiteral("supply"), QStringLiteral("low")}).toArray();
    ASSERT_EQ(low.size(), 1);
    EXPECT_EQ(low[0][QStringLiteral("name")].toString(), QStringLiteral("Papier A4"));
    EXPECT_EQ(low[0][QStringLiteral("suggested")].toInteger(), 8);
    const QJsonObject before =
        json({QStringLiteral("budget"), QStringLiteral("show"), QStringLiteral("Kantoorartikelen")})
            .toObject();
    EXPECT_TRUE(before[QStringLiteral("runs_out_early")].toBool());
    EXPECT_EQ(before[QStringLiteral("lasts_until")].toString(), QStringLiteral("2026-12-15"));

    const QString order = json({QStringLiteral("order"), QStringLiteral("add"),
                                QStringLiteral("Office"), QStringLiteral("Centre"),
                                QStringLiteral("--budget"), QStringLiteral("Kantoorartikelen")})
                              .toObject()[QStringLiteral("id")]
                              .toString();
    const QJsonObject lined =
        json({QStringLiteral("order"), QStringLiteral("line"), order, QStringLiteral("Papier A4"),
              QStringLiteral("--quantity"), QStringLiteral("8")})
            .toObject();
    EXPECT_EQ(lined[QStringLiteral("total_cents")].toInteger(), 8 * 2899);
    EXPECT_EQ(json({QStringLiteral("order"), QStringLiteral("place"), order})
                  .toObject()[QStringLiteral("state")]
                  .toString(),
              QStringLiteral("ordered"));
    EXPECT_EQ(json({QStringLiteral("supply"), QStringLiteral("low")})
                  .toArray()[0][QStringLiteral("on_order")]
                  .toInteger(),
              8);
    const QJsonObject committed =
        json({QStringLiteral("budget"), QStringLiteral("show"), QStringLiteral("Kantoorartikelen")})
            .toObject();
    EXPECT_EQ(committed[QStringLiteral("committed_cents")].toInteger(),
              before[QStringLiteral("committed_cents")].toInteger() + 8 * 2899);
    json({QStringLiteral("order"), QStringLiteral("receive"), order});
    EXPECT_EQ(stockOf(QStringLiteral("Papier A4")), 10);
    const QByteArray received = digest();
    const Outcome twice = run({QStringLiteral("order"), QStringLiteral("receive"), order});
    EXPECT_NE(twice.code, 0);
    EXPECT_TRUE(twice.err.contains("cannot be received")) << twice.err.constData();
    EXPECT_EQ(digest(), received) << "receiving twice changed the store";
    EXPECT_EQ(stockOf(QStringLiteral("Papier A4")), 10);
}

TEST_F(SupplyCommands, BadInputIsRefusedAndLeavesTheStoreAsItWas)
{
    const QByteArray before = digest();
    for (const QStringList &args : QList<QStringList>{
             {QStringLiteral("supply"), QStringLiteral("add"), QStringLiteral("Nietjes"),
              QStringLiteral("--price"), QStringLiteral("3,999")},
             {QStringLiteral("supply"), QStringLiteral("add"), QStringLiteral("Nietjes"),
              QStringLiteral("--stock"), QStringLiteral("-4")},
             {QStringLiteral("order"), QStringLiteral("add"), QStringLiteral("X"),
              QStringLiteral("--budget"), QStringLiteral("Reparaties")},
             {QStringLiteral("budget"), QStringLiteral("add"), QStringLiteral("Reparaties"),
              QStringLiteral("--amount"), QStringLiteral("veel")},
             {QStringLiteral("budget"), QStringLiteral("add"), QStringLiteral("Reparaties"),
              QStringLiteral("--amount"), QStringLiteral("100"), QStringLiteral("--year"),
              QStringLiteral("1890")},
             {QStringLiteral("budget"), QStringLiteral("show"), QStringLiteral("Reparaties")},
         }) {
        const Outcome r = run(args);
        EXPECT_EQ(r.code, 2) << args.join(QLatin1Char(' ')).toStdString() << ": "
                             << r.err.constData();
    }
    EXPECT_EQ(digest(), before);
    const QJsonArray lines = json({QStringLiteral("budget"), QStringLiteral("list")}).toArray();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[1][QStringLiteral("name")].toString(), QStringLiteral("Personeelsuitje"));
    EXPECT_TRUE(lines[1][QStringLiteral("plan_fits")].toBool());
}

// A bigger purchase from spilctl: quotes side by side, cheapest first; the chosen one is
// ordered and placed, charged to the purchase's line; a second choice is refused.
TEST_F(SupplyCommands, APurchasesQuotesStandSideBySideAndTheChosenOneIsOrdered)
{
    const QString purchase =
        json({QStringLiteral("purchase"), QStringLiteral("add"), QStringLiteral("Koffiemachine"),
              QStringLiteral("--budget"), QStringLiteral("Kantoorartikelen")})
            .toObject()[QStringLiteral("id")]
            .toString();
    ASSERT_FALSE(purchase.isEmpty());
    json({QStringLiteral("purchase"), QStringLiteral("quote"), purchase, QStringLiteral("Koffie"),
          QStringLiteral("Direct"), QStringLiteral("--price"), QStringLiteral("899")});
    const QJsonObject quoted =
        json({QStringLiteral("purchase"), QStringLiteral("quote"), purchase,
              QStringLiteral("Bonen BV"), QStringLiteral("--price"), QStringLiteral("749.50"),
              QStringLiteral("--notes"), QStringLiteral("met onderhoud")})
            .toObject();
    const QJsonArray quotes = quoted[QStringLiteral("quotes")].toArray();
    ASSERT_EQ(quotes.size(), 2);
    EXPECT_EQ(quotes[0][QStringLiteral("supplier")].toString(), QStringLiteral("Bonen BV"));
    EXPECT_EQ(quotes[0][QStringLiteral("price_cents")].toInteger(), 74950);
    EXPECT_EQ(quotes[1][QStringLiteral("supplier")].toString(), QStringLiteral("Koffie Direct"));
    const qint64 committedBefore =
        json({QStringLiteral("budget"), QStringLiteral("show"), QStringLiteral("Kantoorartikelen")})
            .toObject()[QStringLiteral("committed_cents")]
            .toInteger();

    const QJsonObject chosen = json({QStringLiteral("purchase"), QStringLiteral("choose"),
                                     QStringLiteral("Koffiemachine"), QStringLiteral("bonen bv")})
                                   .toObject();
    EXPECT_EQ(chosen[QStringLiteral("chosen_quote_id")].toString(),
              quotes[0][QStringLiteral("id")].toString());
    const QString order = chosen[QStringLiteral("order_id")].toString();
    ASSERT_FALSE(order.isEmpty());
    bool found = false;
    for (const QJsonValue &o : json({QStringLiteral("order"), QStringLiteral("list")}).toArray()) {
        if (o[QStringLiteral("id")].toString() != order)
            continue;
        found = true;
        EXPECT_EQ(o[QStringLiteral("supplier")].toString(), QStringLiteral("Bonen BV"));
        EXPECT_EQ(o[QStringLiteral("state")].toString(), QStringLiteral("ordered"));
        EXPECT_EQ(o[QStringLiteral("total_cents")].toInteger(), 74950);
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(
        json({QStringLiteral("budget"), QStringLiteral("show"), QStringLiteral("Kantoorartikelen")})
            .toObject()[QStringLiteral("committed_cents")]
            .toInteger(),
        committedBefore + 74950);

    const QByteArray ordered = digest();
    for (const QStringList &args : QList<QStringList>{
             {QStringLiteral("purchase"), QStringLiteral("choose"), purchase,
              QStringLiteral("Koffie Direct")},
             {QStringLiteral("purchase"), QStringLiteral("choose"), purchase,
              QStringLiteral("Nobody")},
             {QStringLiteral("purchase"), QStringLiteral("quote"), purchase,
              QStringLiteral("Zonder prijs")},
             {QStringLiteral("purchase"), QStringLiteral("quote"), purchase, QStringLiteral("Duur"),
              QStringLiteral("--price"), QStringLiteral("veel")},
             {QStringLiteral("purchase"), QStringLiteral("add"), QStringLiteral("Stoelen"),
              QStringLiteral("--budget"), QStringLiteral("Reparaties")},
         }) {
        const Outcome r = run(args);
        EXPECT_EQ(r.code, 2) << args.join(QLatin1Char(' ')).toStdString() << ": "
                             << r.err.constData();
    }
    EXPECT_EQ(digest(), ordered) << "a refused purchase verb changed the store";
}
