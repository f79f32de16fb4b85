// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's contact verbs on the demo office: adding, finding by the start of a word,
// editing, removing, and the gate per director; bad input leaves the store as it was.
#include "DemoOfficeCli.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace spil::test;

namespace {
class ContactCommands : public DemoOfficeCli {
protected:
    ContactCommands() : DemoOfficeCli("sanne") {}
    QStringList names(const QJsonArray &contacts)
    {
        QStringList out;
        for (const QJsonValue &c : contacts)
            out << c.toObject().value(QStringLiteral("name")).toString();
        return out;
    }
};
} // namespace

TEST_F(ContactCommands, AddFindShowEditAndRemove)
{
    const QJsonObject added =
        json({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("Jan"),
              QStringLiteral("Jansen"), QStringLiteral("--organisation"),
              QStringLiteral("Gemeente Utrecht"), QStringLiteral("--phone"),
              QStringLiteral("+31 30 286 00 00"), QStringLiteral("--language"),
              QStringLiteral("en")})
            .toObject();
    EXPECT_EQ(added.value(QStringLiteral("name")).toString(), QStringLiteral("Jan Jansen"));
    EXPECT_EQ(added.value(QStringLiteral("kind")).toString(), QStringLiteral("outside"));
    EXPECT_EQ(added.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    EXPECT_FALSE(added.value(QStringLiteral("created_by")).toString().isEmpty());
    const QString id = added.value(QStringLiteral("id")).toString();

    // A department makes a colleague.
    const QJsonObject colleague =
        json({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("Janneke Smit"),
              QStringLiteral("--department"), QStringLiteral("Inkoop"), QStringLiteral("--ask-for"),
              QStringLiteral("bestellingen")})
            .toObject();
    EXPECT_EQ(colleague.value(QStringLiteral("kind")).toString(), QStringLiteral("inside"));

    EXPECT_EQ(json({QStringLiteral("contact"), QStringLiteral("list")}).toArray().size(), 14);
    EXPECT_EQ(json({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--kind"),
                    QStringLiteral("inside")})
                  .toArray()
                  .size(),
              7);
    EXPECT_EQ(names(json({QStringLiteral("contact"), QStringLiteral("find"), QStringLiteral("jan")})
                        .toArray()),
              (QStringList{QStringLiteral("Jan Jansen"), QStringLiteral("Janneke Smit")}));
    EXPECT_EQ(
        names(json({QStringLiteral("contact"), QStringLiteral("find"), QStringLiteral("bestel")})
                  .toArray()),
        QStringList{QStringLiteral("Janneke Smit")});

    const Outcome show = run({QStringLiteral("contact"), QStringLiteral("show"), id.right(8)});
    ASSERT_EQ(show.code, 0) << show.err.constData();
    EXPECT_TRUE(show.out.contains("organisation: Gemeente Utrecht"));
    // Sanne keeps Maarten's gate only: an outsider goes via her by default.
    EXPECT_TRUE(show.out.contains("Maarten Verhoeven: assistant (default)"))
        << show.out.constData();

    const QJsonObject edited =
        json({QStringLiteral("contact"), QStringLiteral("edit"), QStringLiteral("Jan Jansen"),
              QStringLiteral("--email"), QStringLiteral("jan.jansen@utrecht.nl"),
              QStringLiteral("--name"), QStringLiteral("Johan Jansen")})
            .toObject();
    EXPECT_EQ(edited.value(QStringLiteral("name")).toString(), QStringLiteral("Johan Jansen"));
    EXPECT_EQ(edited.value(QStringLiteral("phone")).toString(), QStringLiteral("+31 30 286 00 00"));

    EXPECT_EQ(run({QStringLiteral("contact"), QStringLiteral("remove"), id}).code, 0);
    EXPECT_TRUE(json({QStringLiteral("contact"), QStringLiteral("find"), QStringLiteral("johan")})
                    .toArray()
                    .isEmpty());
}

// A letter's recipient from the command line: the envelope's lines and how a letter
// addresses them, shown and kept for the letter's template.
TEST_F(ContactCommands, TheAddressAndFormOfAddressAreSetAndShown)
{
    const QJsonObject added =
        json({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("Anke"),
              QStringLiteral("de Graaf"), QStringLiteral("--organisation"),
              QStringLiteral("Provincie Utrecht"), QStringLiteral("--address"),
              QStringLiteral("Postbus 80300 | 3508 TH Utrecht"), QStringLiteral("--form"),
              QStringLiteral("ms")})
            .toObject();
    EXPECT_EQ(added.value(QStringLiteral("address")).toString(),
              QStringLiteral("Postbus 80300\n3508 TH Utrecht"));
    EXPECT_EQ(added.value(QStringLiteral("form")).toString(), QStringLiteral("ms"));
    const QString shown = QString::fromUtf8(
        run({QStringLiteral("contact"), QStringLiteral("show"), QStringLiteral("Anke de Graaf")})
            .out);
    EXPECT_TRUE(shown.contains(QStringLiteral("form: ms"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("address: Postbus 80300\naddress: 3508 TH Utrecht")))
        << shown.toStdString();
    const QJsonObject edited =
        json({QStringLiteral("contact"), QStringLiteral("edit"), QStringLiteral("Anke de Graaf"),
              QStringLiteral("--form"), QStringLiteral("none"), QStringLiteral("--address"),
              QStringLiteral("Archimedeslaan 6|3584 BA Utrecht")})
            .toObject();
    EXPECT_EQ(edited.value(QStringLiteral("form")).toString(), QStringLiteral("none"));
    EXPECT_EQ(edited.value(QStringLiteral("address")).toString(),
              QStringLiteral("Archimedeslaan 6\n3584 BA Utrecht"));
    const QByteArray before = digest();
    const Outcome bad =
        run({QStringLiteral("contact"), QStringLiteral("edit"), QStringLiteral("Anke de Graaf"),
             QStringLiteral("--form"), QStringLiteral("dr")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains("unknown form 'dr'")) << bad.err.constData();
    EXPECT_EQ(digest(), before);
}

TEST_F(ContactCommands, AGateIsSetPerDirectorAndShown)
{
    Outcome r = run({QStringLiteral("contact"), QStringLiteral("gate"), QStringLiteral("maarten"),
                     QStringLiteral("Sophie Laurent"), QStringLiteral("never")});
    ASSERT_EQ(r.code, 0) << r.err.constData();
    const QJsonObject shown =
        json({QStringLiteral("contact"), QStringLiteral("show"), QStringLiteral("Sophie Laurent")})
            .toObject();
    QStringList rules;
    for (const QJsonValue &g : shown.value(QStringLiteral("gates")).toArray())
        rules << g.toObject().value(QStringLiteral("rule")).toString() +
                     (g.toObject().value(QStringLiteral("set")).toBool() ? QStringLiteral("*")
                                                                         : QString());
    // Maarten's set; Ingrid's the default for someone from outside.
    EXPECT_EQ(rules, (QStringList{QStringLiteral("assistant"), QStringLiteral("never*")}));
    // The demo's own: the mover never gets through to Maarten.
    r = run({QStringLiteral("contact"), QStringLiteral("show"), QStringLiteral("Bas Verbeek")});
    EXPECT_TRUE(r.out.contains("Maarten Verhoeven: never\n")) << r.out.constData();
}

TEST_F(ContactCommands, BadInputIsRefusedWithExit2AndLeavesTheStoreAsItWas)
{
    const QByteArray before = digest();
    const struct {
        QStringList args;
        const char *says;
    } bad[] = {
        {{QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("Piet"),
          QStringLiteral("--language"), QStringLiteral("fr")},
         "unknown language 'fr' (nl, en)"},
        {{QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("Piet"),
          QStringLiteral("--kind"), QStringLiteral("partner")},
         "unknown kind 'partner' (inside, outside)"},
        {{QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("Piet"),
          QStringLiteral("--email"), QStringLiteral("piet")},
         "not an e-mail address"},
        {{QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("Piet"),
          QStringLiteral("--phone"), QStringLiteral("bel maar")},
         "not a phone number"},
        {{QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("Piet"),
          QStringLiteral("--salary"), QStringLiteral("1")},
         "salary"},
        {{QStringLiteral("contact"), QStringLiteral("gate"), QStringLiteral("maarten"),
          QStringLiteral("Sophie Laurent"), QStringLiteral("sometimes")},
         "unknown gate 'sometimes' (straight, assistant, never)"},
        {{QStringLiteral("contact"), QStringLiteral("gate"), QStringLiteral("sanne"),
          QStringLiteral("Sophie Laurent"), QStringLiteral("never")},
         "is not a director"},
        {{QStringLiteral("contact"), QStringLiteral("gate"), QStringLiteral("maarten"),
          QStringLiteral("Niemand"), QStringLiteral("never")},
         "no contact 'Niemand'"},
        {{QStringLiteral("contact"), QStringLiteral("edit"), QStringLiteral("Sophie Laurent")},
         "needs something to change"},
        {{QStringLiteral("contact"), QStringLiteral("show"), QStringLiteral("Niemand")},
         "no contact"},
        {{QStringLiteral("contact"), QStringLiteral("remove"), QStringLiteral("Niemand")},
         "no contact"},
    };
    for (const auto &b : bad) {
        const Outcome r = run(b.args);
        EXPECT_EQ(r.code, 2) << b.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(b.says)) << r.err.constData();
    }
    EXPECT_EQ(digest(), before);
}
