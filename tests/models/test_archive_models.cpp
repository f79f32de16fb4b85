// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/archive/ArchiveRepo.h"
#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"
#include "core/tasks/TaskRepo.h"
#include "qml/archive/ArchiveDetails.h"
#include "qml/archive/ArchiveListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
class ArchiveModels : public AppFixture {
protected:
    QStringList subjects(const ArchiveListModel &list)
    {
        QStringList out;
        for (int row = 0; row < list.rowCount(); ++row)
            out << list.data(list.index(row), ArchiveListModel::roleOf("subject")).toString();
        return out;
    }
    QString itemAbout(const char *word)
    {
        return ArchiveRepo(*app->office()->store()).search(QString::fromUtf8(word)).first().item.id;
    }
};
} // namespace

TEST_F(ArchiveModels, TheListIsNewestFirstAndTheSearchNarrowsItAsTypedWithoutAReset)
{
    start(QStringLiteral("assistant"));
    ArchiveListModel list(app->office(), app->people());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(list.count(), 7);
    EXPECT_EQ(subjects(list).first(), QStringLiteral("Bezwaar parkeervergunning Maliebaan"));
    EXPECT_TRUE(list.canEdit());
    const int location = ArchiveListModel::roleOf("location");
    EXPECT_EQ(list.data(list.index(0), location).toString(),
              QStringLiteral("Cabinet A · Binder Correspondentie 2026 · Shelf 2"));

    // Narrowing keeps the rows that stay; only a new order resets.
    QSignalSpy resets(&list, &QAbstractItemModel::modelReset);
    list.setQuery(QStringLiteral("mal"));
    EXPECT_EQ(subjects(list), (QStringList{QStringLiteral("Bezwaar parkeervergunning Maliebaan"),
                                           QStringLiteral("Huurcontract kantoor Maliebaan")}));
    EXPECT_EQ(resets.count(), 0);
    // A word of a file's text.
    list.setQuery(QStringLiteral("vergaderzalen"));
    EXPECT_EQ(subjects(list), QStringList{QStringLiteral("Offerte herinrichting kantoor")});
    EXPECT_FALSE(list.nearNames());
    // A name spelt nearly, said so.
    list.setQuery(QStringLiteral("Mazras"));
    EXPECT_EQ(subjects(list), QStringList{QStringLiteral("Jaarverslag 2025")});
    EXPECT_TRUE(list.nearNames());
    EXPECT_TRUE(list.data(list.index(0), ArchiveListModel::roleOf("nearName")).toBool());
    list.setQuery(QString());
    EXPECT_EQ(list.count(), 7);
}

TEST_F(ArchiveModels, TheDetailsTellWhereThePaperIsItsFileAndTheContractsNotice)
{
    start(QStringLiteral("assistant"));
    ArchiveDetails details(app->office(), app->people());
    details.setItemId(itemAbout("huurcontract"));
    ASSERT_TRUE(details.exists());
    EXPECT_EQ(details.kind(), ArchiveKind::Contract);
    EXPECT_EQ(details.locationText(), QStringLiteral("Cabinet C · Binder Contracten · Shelf 1"));
    ASSERT_EQ(details.files().size(), 1);
    EXPECT_EQ(details.files().first().title, QStringLiteral("Huurcontract Maliebaan 2023.pdf"));
    EXPECT_TRUE(details.files().first().onDevice); // the demo's files are on the device
    EXPECT_TRUE(details.noticeText().startsWith(QStringLiteral("Notice by ")));
    EXPECT_TRUE(details.noticeText().contains(QStringLiteral("6 months before the end")));
    EXPECT_TRUE(details.retentionText().startsWith(QStringLiteral("Keep until")));
    EXPECT_TRUE(details.termText().contains(QStringLiteral(" to ")));

    details.setItemId(itemAbout("geheimhouding"));
    EXPECT_TRUE(details.confidential());
    EXPECT_EQ(details.termText().left(5), QStringLiteral("From "));
    EXPECT_TRUE(details.noticeText().isEmpty());
}

TEST_F(ArchiveModels, SavingAddsAnItemARefusalSaysWhyAndRemovingItIsUndone)
{
    start(QStringLiteral("assistant"));
    ArchiveListModel list(app->office(), app->people());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ArchiveDetails form(app->office(), app->people());
    EXPECT_FALSE(form.save(ArchiveKind::Contract, QStringLiteral("2026-11-30"), QStringLiteral(" "),
                           {}, {}, {}, {}, {}, 7, false, {}, {}, 0));
    EXPECT_FALSE(form.error().isEmpty());
    EXPECT_FALSE(form.save(ArchiveKind::Contract, QStringLiteral("30-11-2026"),
                           QStringLiteral("Schoonmaak"), {}, {}, {}, {}, {}, 7, false, {}, {}, 0));
    EXPECT_FALSE(form.save(ArchiveKind::Contract, QStringLiteral("2026-11-30"),
                           QStringLiteral("Schoonmaak"), {}, {}, {}, {}, {}, 7, false,
                           QStringLiteral("2027-01-01"), QStringLiteral("2026-01-01"), 2));
    EXPECT_EQ(list.count(), 7);
    ASSERT_TRUE(form.save(ArchiveKind::Contract, QStringLiteral("2026-11-30"),
                          QStringLiteral("Schoonmaak kantoor"), QStringLiteral("CleanCo, Spil BV"),
                          QStringLiteral("facilitair"), QStringLiteral("C"),
                          QStringLiteral("Contracten"), {}, 7, false, QStringLiteral("2027-01-01"),
                          QStringLiteral("2028-12-31"), 3));
    EXPECT_TRUE(form.error().isEmpty());
    EXPECT_EQ(list.count(), 8);
    EXPECT_EQ(form.parties(), QStringLiteral("CleanCo, Spil BV"));
    // Sanne is Maarten's secretary: her notice task came with it, in the same action.
    const auto task = TaskRepo(*app->office()->store()).byId(noticeTaskId(form.itemId()));
    ASSERT_TRUE(task);
    EXPECT_TRUE(task->title.contains(QStringLiteral("Schoonmaak kantoor")));

    const QString id = form.itemId();
    EXPECT_TRUE(list.remove(id));
    EXPECT_EQ(list.count(), 7);
    EXPECT_FALSE(TaskRepo(*app->office()->store()).byId(noticeTaskId(id)));
    EXPECT_TRUE(list.restore(id));
    EXPECT_EQ(list.count(), 8);
    EXPECT_TRUE(TaskRepo(*app->office()->store()).byId(noticeTaskId(id)));
}

// A file from the device joins the item: cached, owed to the server, found by its words at
// once; removed again, and back with the undo.
TEST_F(ArchiveModels, AFileFromTheDeviceIsFiledFoundAndTakenOffAgain)
{
    start(QStringLiteral("assistant"));
    ArchiveDetails details(app->office(), app->people());
    details.setItemId(itemAbout("huurcontract"));
    ASSERT_EQ(details.files().size(), 1);
    EXPECT_FALSE(details.attach(QUrl::fromLocalFile(dir.filePath(QStringLiteral("gone.pdf")))));
    EXPECT_TRUE(details.error().contains(QStringLiteral("gone.pdf")));
    EXPECT_EQ(details.files().size(), 1);

    QFile letter(dir.filePath(QStringLiteral("Indexering huur 2027.txt")));
    ASSERT_TRUE(letter.open(QIODevice::WriteOnly));
    letter.write("De huurprijs wordt per 1 januari geindexeerd; glazenwasser inbegrepen.");
    letter.close();
    ASSERT_TRUE(details.attach(QUrl::fromLocalFile(letter.fileName())))
        << details.error().toStdString();
    EXPECT_TRUE(details.error().isEmpty());
    ASSERT_EQ(details.files().size(), 2);
    ArchiveFile added;
    for (const ArchiveFile &f : details.files()) {
        if (f.title == QStringLiteral("Indexering huur 2027.txt"))
            added = f;
    }
    ASSERT_FALSE(added.documentId.isEmpty());
    EXPECT_TRUE(added.onDevice) << "kept for offline use";
    Database &db = *app->office()->store();
    const auto document = DocumentRepo(db).byId(added.documentId);
    ASSERT_TRUE(document);
    EXPECT_EQ(document->addedBy, idOf("sanne"));
    EXPECT_TRUE(app->office()->fileCache()->toSend().contains(document->sha256))
        << "owed to the server";
    const QList<ArchiveHit> hits = ArchiveRepo(db).search(QStringLiteral("glazenwasser"));
    ASSERT_EQ(hits.size(), 1) << "found by its text at once";
    EXPECT_EQ(hits.first().item.id, details.itemId());

    ASSERT_TRUE(details.removeFile(added.documentId));
    details.reload();
    EXPECT_EQ(details.files().size(), 1);
    EXPECT_EQ(
        db.scalar(QStringLiteral("SELECT deleted FROM documents WHERE id = ?"), {added.documentId})
            .toInt(),
        1)
        << "removed, not set loose from its item";
    ASSERT_TRUE(details.restoreFile(added.documentId));
    details.reload();
    EXPECT_EQ(details.files().size(), 2);
}

TEST_F(ArchiveModels, StaffMayNotKeepTheArchive)
{
    start(QStringLiteral("assistant"));
    // The demo signs in as the assistant; this device's user is Joris, of the staff.
    ASSERT_TRUE(app->people()->identify(idOf("joris")));
    app->reloadViews();
    ArchiveListModel list(app->office(), app->people());
    EXPECT_FALSE(list.canEdit());
}

// The office manager serves no director: a new item joins the archive of the director she
// chooses (the form's chips), and is refused with a reason when she chooses none.
TEST_F(ArchiveModels, TheOfficeManagerFilesAnItemInTheArchiveOfTheDirectorSheChooses)
{
    start(QStringLiteral("office-manager"));
    ArchiveListModel list(app->office(), app->people());
    ASSERT_TRUE(list.canEdit());
    ArchiveDetails form(app->office(), app->people());
    EXPECT_FALSE(form.save(ArchiveKind::Report, QStringLiteral("2026-11-30"),
                           QStringLiteral("Verhuisplan"), {}, {}, {}, {}, {}, 7, false, {}, {}, 0));
    EXPECT_FALSE(form.error().isEmpty());
    ASSERT_TRUE(form.save(ArchiveKind::Report, QStringLiteral("2026-11-30"),
                          QStringLiteral("Verhuisplan"), {}, {}, {}, {}, {}, 7, false, {}, {}, 0,
                          idOf("ingrid")))
        << form.error().toStdString();
    const auto item = ArchiveRepo(*app->office()->store()).byId(form.itemId());
    ASSERT_TRUE(item);
    EXPECT_EQ(item->owner, idOf("ingrid"));
}
