// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's service verbs on the demo office: a request sent by staff lands first in the
// queue, the office manager hands it to Lotte, the distribution counts it, a reassignment
// goes back; staff cannot hand on, and bad input leaves the store as it was.
#include "DemoOfficeCli.h"

using namespace spil::test;

namespace {
class SecretariatCommands : public DemoOfficeCli {
protected:
    SecretariatCommands() : DemoOfficeCli("fatima") {}
    QString idOf(const char *handle)
    {
        for (const QJsonValue &p :
             json({QStringLiteral("people"), QStringLiteral("list")}).toArray())
            if (p[QStringLiteral("handle")].toString() == QLatin1String(handle))
                return p[QStringLiteral("id")].toString();
        return {};
    }
    QJsonObject loadOf(const char *name)
    {
        for (const QJsonValue &l :
             json({QStringLiteral("service"), QStringLiteral("distribution")}).toArray())
            if (l[QStringLiteral("name")].toString().startsWith(QLatin1String(name)))
                return l.toObject();
        return {};
    }
};
} // namespace

TEST_F(SecretariatCommands, ARequestFromStaffIsHandedToASecretaryAndCountedInHerLoad)
{
    const QJsonArray services = json({QStringLiteral("service"), QStringLiteral("list")}).toArray();
    ASSERT_EQ(services.size(), 4);
    const Outcome sent = run(
        {QStringLiteral("service"), QStringLiteral("ask"), QStringLiteral("Reis regelen"),
         QStringLiteral("Trein"), QStringLiteral("naar"), QStringLiteral("Gent"),
         QStringLiteral("--needed"), QStringLiteral("2026-12-01T09:00"), QStringLiteral("--json")},
        "noor");
    ASSERT_EQ(sent.code, 0) << sent.err.constData();
    const QJsonObject request = QJsonDocument::fromJson(sent.out).object();
    const QString id = request[QStringLiteral("id")].toString();
    EXPECT_EQ(request[QStringLiteral("requested_by")].toString(), idOf("noor"));
    EXPECT_EQ(request[QStringLiteral("what")].toString(), QStringLiteral("Trein naar Gent"));

    const QJsonArray queue = json({QStringLiteral("service"), QStringLiteral("queue")}).toArray();
    ASSERT_GE(queue.size(), 2);
    EXPECT_EQ(queue[0][QStringLiteral("id")].toString(), id) << "needed soonest, not handed on";
    const QJsonObject lotteBefore = loadOf("Lotte");

    const QJsonObject handed = json({QStringLiteral("service"), QStringLiteral("hand"), id.right(8),
                                     QStringLiteral("lotte")})
                                   .toObject();
    EXPECT_EQ(handed[QStringLiteral("assignee")].toString(), idOf("lotte"));
    EXPECT_EQ(loadOf("Lotte")[QStringLiteral("open")].toInt(),
              lotteBefore[QStringLiteral("open")].toInt() + 1);
    EXPECT_EQ(loadOf("Lotte")[QStringLiteral("directors")].toArray().size(), 2);
    // Handed on, it goes behind every request not handed on yet.
    const QJsonArray after = json({QStringLiteral("service"), QStringLiteral("queue")}).toArray();
    int waiting = 0, at = -1;
    for (int i = 0; i < after.size(); ++i) {
        if (after[i][QStringLiteral("assignee")].toString().isEmpty())
            ++waiting;
        if (after[i][QStringLiteral("id")].toString() == id)
            at = i;
    }
    EXPECT_GE(waiting, 1);
    EXPECT_EQ(at, waiting);

    const QJsonObject moved = json({QStringLiteral("service"), QStringLiteral("reassign"),
                                    id.right(8), QStringLiteral("sanne")})
                                  .toObject();
    EXPECT_EQ(moved[QStringLiteral("was")].toString(), idOf("lotte"));
    EXPECT_EQ(loadOf("Lotte")[QStringLiteral("open")].toInt(),
              lotteBefore[QStringLiteral("open")].toInt());
    json({QStringLiteral("service"), QStringLiteral("reassign"), id.right(8),
          QStringLiteral("lotte")});
    EXPECT_EQ(loadOf("Lotte")[QStringLiteral("open")].toInt(),
              lotteBefore[QStringLiteral("open")].toInt() + 1);

    const Outcome mine = run({QStringLiteral("service"), QStringLiteral("mine")}, "noor");
    ASSERT_EQ(mine.code, 0);
    EXPECT_TRUE(mine.out.contains("Trein naar Gent")) << mine.out.constData();
    EXPECT_TRUE(mine.out.contains("with Lotte de Vries")) << mine.out.constData();
}

TEST_F(SecretariatCommands, StaffCannotHandOnAndBadInputChangesNothing)
{
    const QString id = json({QStringLiteral("service"), QStringLiteral("queue")})
                           .toArray()[0][QStringLiteral("id")]
                           .toString();
    const QByteArray before = digest();
    const struct {
        QStringList args;
        const char *as;
        const char *what;
    } refused[] = {
        {{QStringLiteral("service"), QStringLiteral("hand"), id, QStringLiteral("lotte")},
         "joris",
         "staff hand a request on"},
        {{QStringLiteral("service"), QStringLiteral("hand"), id, QStringLiteral("lotte")},
         "sanne",
         "an assistant hands a request on"},
        {{QStringLiteral("service"), QStringLiteral("hand"), id, QStringLiteral("joris")},
         "fatima",
         "a request handed to staff"},
        {{QStringLiteral("service"), QStringLiteral("hand"), QStringLiteral("zzzzzzzz"),
          QStringLiteral("lotte")},
         "fatima",
         "an unknown request"},
        {{QStringLiteral("service"), QStringLiteral("ask"), QStringLiteral("Taxi"),
          QStringLiteral("naar Schiphol")},
         "joris",
         "a service that is not offered"},
        {{QStringLiteral("service"), QStringLiteral("ask"), QStringLiteral("Reis regelen"),
          QStringLiteral("Gent"), QStringLiteral("--needed"), QStringLiteral("morgen")},
         "joris",
         "a need that is no time"},
        {{QStringLiteral("service"), QStringLiteral("add")}, "fatima", "a service without a name"},
        {{QStringLiteral("service"), QStringLiteral("reassign"), id, QStringLiteral("lotte")},
         "joris",
         "staff reassign work"},
        {{QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("Koffie")},
         "joris",
         "staff add a service"},
        {{QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("Reis regelen")},
         "sanne",
         "an assistant stops a service"},
        {{QStringLiteral("service"), QStringLiteral("edit"), QStringLiteral("Reis regelen")},
         "fatima",
         "an edit that changes nothing"},
        {{QStringLiteral("service"), QStringLiteral("edit"), QStringLiteral("Reis regelen"),
          QStringLiteral("--name"), QStringLiteral(" ")},
         "fatima",
         "a service renamed to nothing"},
        {{QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("Taxi")},
         "fatima",
         "an unknown service"},
    };
    for (const auto &r : refused) {
        const Outcome o = run(r.args, r.as);
        EXPECT_NE(o.code, 0) << r.what;
        EXPECT_FALSE(o.err.isEmpty()) << r.what;
    }
    EXPECT_EQ(digest(), before) << "a refused command changed the store";
}

TEST_F(SecretariatCommands, TheOfficeManagerRenamesStopsAndOffersAServiceAgain)
{
    const QJsonObject renamed =
        json({QStringLiteral("service"), QStringLiteral("edit"), QStringLiteral("Reis regelen"),
              QStringLiteral("--description"), QStringLiteral("Trein, vlucht, hotel en visum")})
            .toObject();
    EXPECT_EQ(renamed[QStringLiteral("name")].toString(), QStringLiteral("Reis regelen"));
    EXPECT_EQ(renamed[QStringLiteral("description")].toString(),
              QStringLiteral("Trein, vlucht, hotel en visum"));
    const QJsonObject stopped =
        json({QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("Reis regelen")})
            .toObject();
    EXPECT_FALSE(stopped[QStringLiteral("active")].toBool());
    EXPECT_EQ(json({QStringLiteral("service"), QStringLiteral("list")}).toArray().size(), 3);
    const Outcome asked = run({QStringLiteral("service"), QStringLiteral("ask"),
                               QStringLiteral("Reis regelen"), QStringLiteral("Gent")},
                              "joris");
    EXPECT_NE(asked.code, 0) << "a stopped service takes no new requests";
    json({QStringLiteral("service"), QStringLiteral("offer"), QStringLiteral("Reis regelen")});
    EXPECT_EQ(json({QStringLiteral("service"), QStringLiteral("list")}).toArray().size(), 4);
}
