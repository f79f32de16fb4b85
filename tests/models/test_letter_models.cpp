// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/archive/ArchiveRepo.h"
#include "core/contacts/ContactRepo.h"
#include "core/letters/LetterRepo.h"
#include "qml/letters/LetterDetails.h"
#include "qml/letters/LetterListModel.h"

#include <QAbstractItemModelTester>
#include <QFile>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
class LetterModels : public AppFixture {
protected:
    QStringList column(const LetterListModel &list, const char *role)
    {
        QStringList out;
        for (int row = 0; row < list.rowCount(); ++row)
            out << list.data(list.index(row), LetterListModel::roleOf(role)).toString();
        return out;
    }
    QString contactNamed(const char *name)
    {
        return ContactRepo(*app->office()->store()).search(QString::fromUtf8(name)).first().id;
    }
};
} // namespace

TEST_F(LetterModels, TheListIsByStateWithTheirWordsAndTheDirectorSeesWhatWaitsForHim)
{
    start(QStringLiteral("assistant"));
    LetterListModel list(app->office(), app->people());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(column(list, "subject"), (QStringList{QStringLiteral("Standplaats markt Lage Weide"),
                                                    QStringLiteral("Annual results 2026"),
                                                    QStringLiteral("Samenwerking 2027")}));
    EXPECT_EQ(column(list, "stateText"),
              (QStringList{QStringLiteral("Notes"), QStringLiteral("Waiting for approval"),
                           QStringLiteral("Sent")}));
    EXPECT_TRUE(column(list, "detail").at(2).startsWith(QStringLiteral("Sent by post on ")));
    EXPECT_EQ(column(list, "recipient").at(1), QStringLiteral("James Whitfield, Whitfield Capital, "
                                                              "New York"));
    EXPECT_TRUE(list.canEdit());
    list.setWaitingOnMe(true);
    EXPECT_EQ(list.count(), 0) << "the assistant approves nothing";

    ASSERT_TRUE(app->people()->identify(idOf("maarten")));
    app->reloadViews();
    LetterListModel his(app->office(), app->people());
    his.setWaitingOnMe(true);
    EXPECT_EQ(column(his, "subject"), QStringList{QStringLiteral("Annual results 2026")});

    // What waits for him reads as a letter: the secretary's sentences, not his notes.
    const auto waiting = LetterRepo(*app->office()->store()).byId(his.idAt(0));
    ASSERT_TRUE(waiting);
    EXPECT_TRUE(waiting->text.startsWith(QStringLiteral("Dear Mr Whitfield,\n\nThank you for your "
                                                        "visit")))
        << waiting->text.toStdString();
    EXPECT_FALSE(waiting->text.contains(QStringLiteral("Thank him")));
}

TEST_F(LetterModels, TheSecretaryDraftsAsksAndSendsTheDirectorApprovesOrComments)
{
    start(QStringLiteral("assistant"));
    LetterDetails letter(app->office(), app->people());
    EXPECT_FALSE(letter.create({}, QStringLiteral("Huur"), {}, false));
    EXPECT_FALSE(letter.error().isEmpty());
    ASSERT_TRUE(letter.create(contactNamed("Anouk van Dijk"), QStringLiteral("Huur 2027"),
                              QStringLiteral("Wij verlengen."), false));
    EXPECT_EQ(letter.letterState(), LetterState::Notes);
    EXPECT_EQ(letter.languageText(), QStringLiteral("Dutch"));
    EXPECT_EQ(letter.addressText(), QStringLiteral("Anouk van Dijk\nGemeente Utrecht\nPostbus "
                                                   "16200\n3500 CE Utrecht"));
    EXPECT_TRUE(letter.canEdit());
    EXPECT_FALSE(letter.isDirector());
    ASSERT_TRUE(letter.makeDraft());
    EXPECT_TRUE(letter.text().startsWith(QStringLiteral("Geachte mevrouw Van Dijk,")));
    EXPECT_FALSE(letter.approve()) << "not his";
    EXPECT_FALSE(letter.error().isEmpty());
    ASSERT_TRUE(letter.submit());
    const QString id = letter.letterId();

    ASSERT_TRUE(app->people()->identify(idOf("maarten")));
    app->reloadViews();
    LetterDetails his(app->office(), app->people());
    his.setLetterId(id);
    EXPECT_TRUE(his.isDirector());
    ASSERT_TRUE(his.sendComment(QStringLiteral("Graag korter.")));
    EXPECT_EQ(his.letterState(), LetterState::Draft);
    EXPECT_EQ(his.comment(), QStringLiteral("Graag korter."));

    ASSERT_TRUE(app->people()->identify(idOf("sanne")));
    app->reloadViews();
    letter.reload();
    ASSERT_TRUE(letter.saveText(QStringLiteral("Geachte mevrouw Van Dijk,\n\nKort.")));
    ASSERT_TRUE(letter.submit());
    ASSERT_TRUE(app->people()->identify(idOf("maarten")));
    app->reloadViews();
    his.reload();
    ASSERT_TRUE(his.approve());
    EXPECT_EQ(his.letterState(), LetterState::Ready);

    ASSERT_TRUE(app->people()->identify(idOf("sanne")));
    app->reloadViews();
    letter.reload();
    EXPECT_FALSE(letter.send(LetterVia::Post, QStringLiteral("30-11-2026")));
    ASSERT_TRUE(letter.send(LetterVia::Email, QStringLiteral("2026-11-30")));
    EXPECT_EQ(letter.letterState(), LetterState::Sent);
    EXPECT_EQ(letter.sentText(), QStringLiteral("Sent by e-mail on 30 November 2026"));
    const QString item = LetterRepo(*app->office()->store()).byId(id)->archiveItemId;
    EXPECT_TRUE(ArchiveRepo(*app->office()->store()).byId(item).has_value());
    ASSERT_TRUE(letter.unsend());
    EXPECT_EQ(letter.letterState(), LetterState::Ready);
    EXPECT_FALSE(ArchiveRepo(*app->office()->store()).byId(item).has_value());
}

TEST_F(LetterModels, ThePdfIsWrittenOnTheDeviceAndStaffKeepNoLetters)
{
    start(QStringLiteral("assistant"));
    LetterListModel list(app->office(), app->people());
    LetterDetails letter(app->office(), app->people());
    letter.setLetterId(list.idAt(1));
    const QString path = letter.pdf();
    ASSERT_FALSE(path.isEmpty()) << letter.error().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

    ASSERT_TRUE(app->people()->identify(idOf("joris")));
    app->reloadViews();
    LetterListModel staff(app->office(), app->people());
    EXPECT_FALSE(staff.canEdit());
}

// The office manager serves no director: her new letter is from the director she chooses
// (the form's chips); with none chosen it is refused with a reason.
TEST_F(LetterModels, TheOfficeManagersLetterIsFromTheDirectorSheChooses)
{
    start(QStringLiteral("office-manager"));
    LetterListModel list(app->office(), app->people());
    ASSERT_TRUE(list.canEdit());
    LetterDetails letter(app->office(), app->people());
    EXPECT_FALSE(letter.create(contactNamed("Anouk van Dijk"), QStringLiteral("Verhuizing"),
                               QStringLiteral("Nieuw adres per 1 februari."), false));
    EXPECT_FALSE(letter.error().isEmpty());
    ASSERT_TRUE(letter.create(contactNamed("Anouk van Dijk"), QStringLiteral("Verhuizing"),
                              QStringLiteral("Nieuw adres per 1 februari."), false,
                              idOf("ingrid")))
        << letter.error().toStdString();
    const auto made = LetterRepo(*app->office()->store()).byId(letter.letterId());
    ASSERT_TRUE(made);
    EXPECT_EQ(made->owner, idOf("ingrid"));
    EXPECT_TRUE(letter.canEdit());
}
