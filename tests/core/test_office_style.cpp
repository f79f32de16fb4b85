// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/letters/LetterRepo.h"
#include "core/letters/OfficeStyle.h"

#include <QSet>

using namespace spil;
using namespace spil::test;

namespace {
class OfficeStyleTest : public StoreTest {
protected:
    QSet<QString> changedFields()
    {
        const auto changes = lastActionChanges(*db);
        return QSet<QString>(changes.keyBegin(), changes.keyEnd());
    }
    int actions()
    {
        QSet<qint64> out;
        for (const OutboxChange &c : db->pendingChanges(100000))
            out.insert(c.mutation);
        return int(out.size());
    }
    OfficeStyleRepo repo{*db};
};
} // namespace

TEST_F(OfficeStyleTest, UnsetItFallsBackToWhatTheDeviceKeptThenTheWorkspace)
{
    EXPECT_FALSE(repo.stored());
    EXPECT_EQ(repo.current().officeName, QStringLiteral("Spil"));
    EXPECT_EQ(houseStyleOf(*db).place, QString());
    EXPECT_EQ(houseStyleOf(*db).style, LetterStyle::Formal);
    db->setMeta(QStringLiteral("sync_workspace"), QStringLiteral("bestuursbureau"));
    EXPECT_EQ(repo.current().officeName, QStringLiteral("bestuursbureau"));
    // What an earlier build kept on the device goes on printing until the office sets one.
    db->setMeta(QStringLiteral("letterhead_office"), QStringLiteral("Spil Holding"));
    db->setMeta(QStringLiteral("letterhead_address"), QStringLiteral("Utrecht"));
    db->setMeta(QStringLiteral("letter_place"), QStringLiteral("Utrecht"));
    db->setMeta(QStringLiteral("letter_style"), QStringLiteral("personal"));
    const OfficeStyle kept = repo.current();
    EXPECT_EQ(kept.officeName, QStringLiteral("Spil Holding"));
    EXPECT_EQ(kept.addressLines, QStringList{QStringLiteral("Utrecht")});
    EXPECT_EQ(houseStyleOf(*db).place, QStringLiteral("Utrecht"));
    EXPECT_EQ(houseStyleOf(*db).style, LetterStyle::Personal);
    EXPECT_TRUE(db->pendingChanges(100).isEmpty()) << "reading writes nothing";
}

TEST_F(OfficeStyleTest, TheFirstWriteKeepsWhatTheDevicePrintedAndIsOneSyncedRecord)
{
    db->setMeta(QStringLiteral("letterhead_office"), QStringLiteral("Spil Holding"));
    db->setMeta(QStringLiteral("letterhead_address"), QStringLiteral("Maliebaan 12"));
    setHouseStyle(*db, {QStringLiteral(" Rotterdam "), LetterStyle::Personal});
    EXPECT_EQ(changedFields(), (QSet<QString>{QStringLiteral("office_style.office_name"),
                                              QStringLiteral("office_style.address"),
                                              QStringLiteral("office_style.place"),
                                              QStringLiteral("office_style.letter_style")}));
    EXPECT_EQ(lastActionChanges(*db).value(QStringLiteral("office_style.office_name")),
              QJsonValue(QStringLiteral("Spil Holding")));
    const auto stored = repo.stored();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->officeName, QStringLiteral("Spil Holding"));
    EXPECT_EQ(stored->addressLines, QStringList{QStringLiteral("Maliebaan 12")});
    EXPECT_EQ(stored->place, QStringLiteral("Rotterdam"));
    EXPECT_EQ(stored->style, LetterStyle::Personal);
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT id FROM office_style")).toString(),
              OfficeStyleRepo::recordId());
    EXPECT_EQ(actions(), 1);
}

TEST_F(OfficeStyleTest, AnEditWritesOnlyWhatChangedInOneAction)
{
    repo.change({.officeName = QStringLiteral("Spil Holding"),
                 .addressLines =
                     QStringList{QStringLiteral("Maliebaan 12"), QStringLiteral("3581 CP Utrecht")},
                 .place = QStringLiteral("Utrecht"),
                 .style = LetterStyle::Formal});
    repo.change({.addressLines = QStringList{QStringLiteral(" Maliebaan 14 "), QString(),
                                             QStringLiteral("3581 CP Utrecht\n030 123 45 67")}});
    EXPECT_EQ(changedFields(), QSet<QString>{QStringLiteral("office_style.address")});
    EXPECT_EQ(repo.stored()->addressLines,
              (QStringList{QStringLiteral("Maliebaan 14"), QStringLiteral("3581 CP Utrecht"),
                           QStringLiteral("030 123 45 67")}));
    EXPECT_EQ(actions(), 2);
    repo.change({.place = QStringLiteral("Utrecht")});
    EXPECT_EQ(actions(), 2) << "the same value again is no change";
    EXPECT_THROW(repo.change({.officeName = QStringLiteral("  ")}), Error);
    EXPECT_EQ(repo.stored()->officeName, QStringLiteral("Spil Holding"));
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT COUNT(*) FROM office_style")).toInt(), 1);
}

TEST_F(OfficeStyleTest, ARecordPulledFromTheOfficeIsWhatEveryDevicePrints)
{
    db->setMeta(QStringLiteral("letterhead_office"), QStringLiteral("Old name"));
    db->setMeta(QStringLiteral("letter_place"), QStringLiteral("Zwolle"));
    Database::Transaction tx(*db, Database::Transaction::TrustServerOrder);
    db->applyRemote(QStringLiteral("office_style"), OfficeStyleRepo::recordId(),
                    {{QStringLiteral("office_name"), QStringLiteral("Spil Holding")},
                     {QStringLiteral("address"), QStringLiteral("Maliebaan 12\n3581 CP Utrecht")},
                     {QStringLiteral("place"), QStringLiteral("Utrecht")},
                     {QStringLiteral("letter_style"), QStringLiteral("personal")}},
                    false);
    tx.commit();
    EXPECT_EQ(repo.current().officeName, QStringLiteral("Spil Holding"));
    EXPECT_EQ(repo.current().addressLines,
              (QStringList{QStringLiteral("Maliebaan 12"), QStringLiteral("3581 CP Utrecht")}));
    EXPECT_EQ(houseStyleOf(*db).place, QStringLiteral("Utrecht"));
    EXPECT_EQ(houseStyleOf(*db).style, LetterStyle::Personal);
}
