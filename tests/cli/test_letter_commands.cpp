// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's letter verbs on the demo office: a letter from notes to sent and filed, the
// director's approval and comment as his alone, the PDF, and bad input leaving the store
// as it was.
#include "DemoOfficeCli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace spil::test;

namespace {
class LetterCommands : public DemoOfficeCli {
protected:
    LetterCommands() : DemoOfficeCli("sanne") {}
    QString state(const QString &id)
    {
        for (const QJsonValue &l :
             json({QStringLiteral("letter"), QStringLiteral("list")}).toArray()) {
            if (l[QStringLiteral("id")].toString() == id)
                return l[QStringLiteral("state")].toString();
        }
        return {};
    }
};
} // namespace

TEST_F(LetterCommands, ALetterGoesFromNotesToSentAndIsFiled)
{
    const QJsonObject created =
        json({QStringLiteral("letter"), QStringLiteral("new"), QStringLiteral("Annual"),
              QStringLiteral("meeting"), QStringLiteral("--to"), QStringLiteral("James Whitfield"),
              QStringLiteral("--notes"), QStringLiteral("Invite him to the meeting.")})
            .toObject();
    const QString id = created[QStringLiteral("id")].toString();
    EXPECT_EQ(created[QStringLiteral("language")].toString(), QStringLiteral("en"))
        << "the contact's language";
    EXPECT_EQ(created[QStringLiteral("state")].toString(), QStringLiteral("notes"));
    const Outcome draft = run({QStringLiteral("letter"), QStringLiteral("draft"), id});
    ASSERT_EQ(draft.code, 0) << draft.err.constData();
    EXPECT_TRUE(draft.out.startsWith("Dear Mr Whitfield,")) << draft.out.constData();
    EXPECT_TRUE(draft.out.contains("Yours sincerely,"));
    ASSERT_EQ(run({QStringLiteral("letter"), QStringLiteral("submit"), id}).code, 0);
    EXPECT_NE(run({QStringLiteral("letter"), QStringLiteral("approve"), id}).code, 0)
        << "only the director approves";
    ASSERT_EQ(run({QStringLiteral("letter"), QStringLiteral("comment"), id,
                   QStringLiteral("Shorter"), QStringLiteral("please")},
                  "maarten")
                  .code,
              0);
    EXPECT_EQ(state(id), QStringLiteral("draft"));
    ASSERT_EQ(run({QStringLiteral("letter"), QStringLiteral("edit"), id, QStringLiteral("--text"),
                   QStringLiteral("Dear Mr Whitfield,\n\nPlease come.")})
                  .code,
              0);
    ASSERT_EQ(run({QStringLiteral("letter"), QStringLiteral("submit"), id}).code, 0);
    ASSERT_EQ(run({QStringLiteral("letter"), QStringLiteral("approve"), id}, "maarten").code, 0);
    EXPECT_EQ(state(id), QStringLiteral("ready"));
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    ASSERT_EQ(
        run({QStringLiteral("letter"), QStringLiteral("pdf"), id, QStringLiteral("--out"), pdf})
            .code,
        0);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    const QJsonObject sent =
        json({QStringLiteral("letter"), QStringLiteral("send"), id, QStringLiteral("--via"),
              QStringLiteral("email"), QStringLiteral("--date"), QStringLiteral("2026-11-30")})
            .toObject();
    EXPECT_EQ(sent[QStringLiteral("state")].toString(), QStringLiteral("sent"));
    EXPECT_EQ(sent[QStringLiteral("sent_via")].toString(), QStringLiteral("email"));
    EXPECT_EQ(sent[QStringLiteral("sent_on")].toString(), QStringLiteral("2026-11-30"));
    const QJsonObject item = json({QStringLiteral("archive"), QStringLiteral("show"),
                                   sent[QStringLiteral("archive_item_id")].toString()})
                                 .toObject();
    EXPECT_EQ(item[QStringLiteral("kind")].toString(), QStringLiteral("letter_out"));
    EXPECT_EQ(item[QStringLiteral("files")].toArray().size(), 2);
}

TEST_F(LetterCommands, BadInputIsRefusedAndLeavesTheStoreAsItWas)
{
    const QByteArray before = digest();
    for (const QStringList &args :
         {QStringList{QStringLiteral("letter"), QStringLiteral("new"), QStringLiteral("X")},
          QStringList{QStringLiteral("letter"), QStringLiteral("new"), QStringLiteral("X"),
                      QStringLiteral("--to"), QStringLiteral("Nobody at all")},
          QStringList{QStringLiteral("letter"), QStringLiteral("new"), QStringLiteral("X"),
                      QStringLiteral("--to"), QStringLiteral("James Whitfield"),
                      QStringLiteral("--language"), QStringLiteral("fr")},
          QStringList{QStringLiteral("letter"), QStringLiteral("list"), QStringLiteral("--state"),
                      QStringLiteral("approved")},
          QStringList{QStringLiteral("letter"), QStringLiteral("send"), QStringLiteral("nope")}}) {
        const Outcome r = run(args);
        EXPECT_NE(r.code, 0) << args.join(QLatin1Char(' ')).toStdString();
    }
    // The waiting letter cannot be sent before its approval, by post or otherwise.
    const QJsonArray waiting = json({QStringLiteral("letter"), QStringLiteral("list"),
                                     QStringLiteral("--state"), QStringLiteral("approval")})
                                   .toArray();
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_NE(run({QStringLiteral("letter"), QStringLiteral("send"),
                   waiting[0][QStringLiteral("id")].toString()})
                  .code,
              0);
    EXPECT_EQ(digest(), before);
}
