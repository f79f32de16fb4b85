// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's archive verbs on the demo office: the register, the offline search (a file's
// words, a name spelt nearly), an item filed with its document, and bad input leaving the
// store as it was.
#include "DemoOfficeCli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace spil::test;

namespace {
class ArchiveCommands : public DemoOfficeCli {
protected:
    ArchiveCommands() : DemoOfficeCli("sanne") {}
    QStringList subjects(const QJsonArray &items)
    {
        QStringList out;
        for (const QJsonValue &i : items)
            out << i[QStringLiteral("subject")].toString();
        return out;
    }
};
} // namespace

TEST_F(ArchiveCommands, TheRegisterIsListedNewestFirstAndByKind)
{
    const QJsonArray all = json({QStringLiteral("archive"), QStringLiteral("list")}).toArray();
    ASSERT_EQ(all.size(), 7);
    EXPECT_EQ(all[0][QStringLiteral("subject")].toString(),
              QStringLiteral("Bezwaar parkeervergunning Maliebaan"));
    const QJsonArray contracts = json({QStringLiteral("archive"), QStringLiteral("list"),
                                       QStringLiteral("--kind"), QStringLiteral("contract")})
                                     .toArray();
    EXPECT_EQ(subjects(contracts),
              (QStringList{QStringLiteral("Geheimhoudingsovereenkomst overname"),
                           QStringLiteral("Huurcontract kantoor Maliebaan")}));
    // Staff never hold the confidential one (the demo is one store; the server keeps it from
    // them, see the sync tests), but the verb lists what the store holds for anyone.
    const Outcome text = run({QStringLiteral("archive"), QStringLiteral("list")});
    EXPECT_TRUE(text.out.contains("[confidential]"));
}

TEST_F(ArchiveCommands, SearchFindsAFilesWordsAndANameSpeltNearly)
{
    const QJsonArray byText =
        json({QStringLiteral("archive"), QStringLiteral("search"), QStringLiteral("servicekosten")})
            .toArray();
    EXPECT_EQ(subjects(byText), QStringList{QStringLiteral("Huurcontract kantoor Maliebaan")});
    EXPECT_FALSE(byText[0][QStringLiteral("near_name")].toBool());
    const QJsonArray near =
        json({QStringLiteral("archive"), QStringLiteral("search"), QStringLiteral("rijswjik")})
            .toArray();
    ASSERT_EQ(near.size(), 1);
    EXPECT_TRUE(near[0][QStringLiteral("near_name")].toBool());
    EXPECT_EQ(near[0][QStringLiteral("cabinet")].toString(), QStringLiteral("Kluis"));
    const Outcome shown = run({QStringLiteral("archive"), QStringLiteral("show"),
                               near[0][QStringLiteral("id")].toString()});
    EXPECT_EQ(shown.code, 0);
    EXPECT_TRUE(shown.out.contains("paper: Cabinet Kluis · Binder Directie"));
    EXPECT_TRUE(shown.out.contains("file: "));
}

TEST_F(ArchiveCommands, AContractIsFiledWithItsDocumentAndItsTextIsSearched)
{
    const QString path = dir.filePath(QStringLiteral("lease.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Leasecontract multifunctionals, inclusief onderhoud en nietjes.");
    f.close();
    const QString document = json({QStringLiteral("doc"), QStringLiteral("add"), path,
                                   QStringLiteral("--title"), QStringLiteral("Lease")})
                                 .toObject()[QStringLiteral("id")]
                                 .toString();
    const QJsonObject item = json({QStringLiteral("archive"),    QStringLiteral("add"),
                                   QStringLiteral("Lease"),      QStringLiteral("printers"),
                                   QStringLiteral("--kind"),     QStringLiteral("contract"),
                                   QStringLiteral("--parties"),  QStringLiteral("Ricoh, Spil BV"),
                                   QStringLiteral("--tags"),     QStringLiteral("facilitair"),
                                   QStringLiteral("--start"),    QStringLiteral("2026-01-01"),
                                   QStringLiteral("--end"),      QStringLiteral("2028-12-31"),
                                   QStringLiteral("--notice"),   QStringLiteral("3"),
                                   QStringLiteral("--cabinet"),  QStringLiteral("C"),
                                   QStringLiteral("--document"), document})
                                 .toObject();
    EXPECT_EQ(item[QStringLiteral("owner")].toString().size(), 36);
    EXPECT_EQ(item[QStringLiteral("notice_date")].toString(), QStringLiteral("2028-09-30"));
    EXPECT_EQ(item[QStringLiteral("parties")].toArray().size(), 2);
    EXPECT_EQ(item[QStringLiteral("files")].toArray().size(), 1);
    EXPECT_EQ(subjects(json({QStringLiteral("archive"), QStringLiteral("search"),
                             QStringLiteral("multifunc")})
                           .toArray()),
              QStringList{QStringLiteral("Lease printers")});
    // Sanne is Maarten's secretary: the notice task is hers, two weeks before the date.
    const Outcome tasks = run({QStringLiteral("task"), QStringLiteral("list")});
    EXPECT_TRUE(tasks.out.contains("Notice date 2028-09-30: Lease printers"))
        << tasks.out.constData();
}

// An item filed first and given its file later, moved to another shelf, its term
// changed, then removed with its notice task and restored with it.
TEST_F(ArchiveCommands, AnItemIsEditedGivenItsFileRemovedAndRestored)
{
    const QString id =
        json({QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("Schoonmaak"),
              QStringLiteral("--kind"), QStringLiteral("contract"), QStringLiteral("--start"),
              QStringLiteral("2026-01-01"), QStringLiteral("--end"), QStringLiteral("2027-12-31"),
              QStringLiteral("--notice"), QStringLiteral("2"), QStringLiteral("--cabinet"),
              QStringLiteral("A"), QStringLiteral("--binder"), QStringLiteral("Contracten")})
            .toObject()[QStringLiteral("id")]
            .toString();
    ASSERT_FALSE(id.isEmpty());
    const QJsonObject edited =
        json({QStringLiteral("archive"), QStringLiteral("edit"), id.right(8),
              QStringLiteral("--shelf"), QStringLiteral("3"), QStringLiteral("--end"),
              QStringLiteral("2028-12-31"), QStringLiteral("--subject"),
              QStringLiteral("Schoonmaak kantoor")})
            .toObject();
    EXPECT_EQ(edited[QStringLiteral("subject")].toString(), QStringLiteral("Schoonmaak kantoor"));
    EXPECT_EQ(edited[QStringLiteral("notice_date")].toString(), QStringLiteral("2028-10-31"));
    EXPECT_EQ(edited[QStringLiteral("cabinet")].toString(), QStringLiteral("A"))
        << "a shelf given keeps the cabinet";
    EXPECT_EQ(edited[QStringLiteral("binder")].toString(), QStringLiteral("Contracten"));
    EXPECT_EQ(edited[QStringLiteral("shelf")].toString(), QStringLiteral("3"));
    EXPECT_FALSE(edited[QStringLiteral("restricted")].toBool()) << "everyone's by default";
    EXPECT_TRUE(json({QStringLiteral("archive"), QStringLiteral("edit"), id,
                      QStringLiteral("--restricted")})
                    .toObject()[QStringLiteral("restricted")]
                    .toBool());
    EXPECT_TRUE(run({QStringLiteral("archive"), QStringLiteral("list")})
                    .out.contains("Schoonmaak kantoor"));
    EXPECT_FALSE(json({QStringLiteral("archive"), QStringLiteral("edit"), id,
                       QStringLiteral("--not-restricted")})
                     .toObject()[QStringLiteral("restricted")]
                     .toBool());

    const QString path = dir.filePath(QStringLiteral("schoonmaak.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Glasbewassing vier keer per jaar.");
    f.close();
    const QString document = json({QStringLiteral("doc"), QStringLiteral("add"), path})
                                 .toObject()[QStringLiteral("id")]
                                 .toString();
    const QJsonObject filed =
        json({QStringLiteral("archive"), QStringLiteral("file"), id, document}).toObject();
    EXPECT_EQ(filed[QStringLiteral("files")].toArray().size(), 1);
    EXPECT_EQ(subjects(json({QStringLiteral("archive"), QStringLiteral("search"),
                             QStringLiteral("glasbewassing")})
                           .toArray()),
              QStringList{QStringLiteral("Schoonmaak kantoor")});

    const Outcome removed = run({QStringLiteral("archive"), QStringLiteral("remove"), id});
    EXPECT_EQ(removed.code, 0) << removed.err.constData();
    EXPECT_TRUE(removed.out.contains("archive restore")) << removed.out.constData();
    EXPECT_FALSE(
        run({QStringLiteral("task"), QStringLiteral("list")}).out.contains("Schoonmaak kantoor"));
    EXPECT_TRUE(subjects(json({QStringLiteral("archive"), QStringLiteral("list")}).toArray())
                    .indexOf(QStringLiteral("Schoonmaak kantoor")) < 0);
    json({QStringLiteral("archive"), QStringLiteral("restore"), id});
    EXPECT_TRUE(run({QStringLiteral("task"), QStringLiteral("list")})
                    .out.contains("Notice date 2028-10-31: Schoonmaak kantoor"));

    const QByteArray before = digest();
    for (const QStringList &args : QList<QStringList>{
             {QStringLiteral("archive"), QStringLiteral("edit"), id},
             {QStringLiteral("archive"), QStringLiteral("edit"), id, QStringLiteral("--date"),
              QStringLiteral("31-12-2026")},
             {QStringLiteral("archive"), QStringLiteral("edit"), id,
              QStringLiteral("--confidential"), QStringLiteral("--not-confidential")},
             {QStringLiteral("archive"), QStringLiteral("edit"), id, QStringLiteral("--restricted"),
              QStringLiteral("--not-restricted")},
             {QStringLiteral("archive"), QStringLiteral("file"), id, QStringLiteral("ffff0000")},
             {QStringLiteral("archive"), QStringLiteral("remove"), QStringLiteral("Niets")},
         }) {
        const Outcome r = run(args);
        EXPECT_EQ(r.code, 2) << args.join(QLatin1Char(' ')).toStdString() << ": "
                             << r.err.constData();
    }
    EXPECT_EQ(digest(), before);
}

TEST_F(ArchiveCommands, BadInputIsRefusedAndTheStoreIsLeftAsItWas)
{
    const QByteArray before = digest();
    const QList<QStringList> bad = {
        {QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("x"),
         QStringLiteral("--kind"), QStringLiteral("memo")},
        {QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("x"),
         QStringLiteral("--date"), QStringLiteral("2026-02-30")},
        {QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("x"),
         QStringLiteral("--kind"), QStringLiteral("contract"), QStringLiteral("--start"),
         QStringLiteral("2027-01-01"), QStringLiteral("--end"), QStringLiteral("2026-01-01")},
        {QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("x"),
         QStringLiteral("--notice"), QStringLiteral("3")},
        {QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("x"),
         QStringLiteral("--keep"), QStringLiteral("seven")},
        {QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("x"),
         QStringLiteral("--owner"), QStringLiteral("joris")},
        {QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("x"),
         QStringLiteral("--document"), QStringLiteral("nothing")},
        {QStringLiteral("archive"), QStringLiteral("show"), QStringLiteral("nothing")},
        {QStringLiteral("archive"), QStringLiteral("list"), QStringLiteral("--kind"),
         QStringLiteral("fax")},
    };
    for (const QStringList &args : bad) {
        const Outcome r = run(args);
        EXPECT_NE(r.code, 0) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(r.err.isEmpty()) << args.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_EQ(digest(), before);
}
