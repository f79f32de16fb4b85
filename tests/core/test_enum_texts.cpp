// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklists/Checklist.h"
#include "core/common/EnumText.h"
#include "core/tasks/TaskRepo.h"

#include <QMetaEnum>
#include <QSet>
#include <gtest/gtest.h>

using namespace spil;

namespace {
// Every value the enum declares (as moc sees it) has a text of its own that reads back as
// that value: a value added without a text, or two values sharing one, fails here.
template <class E> void expectEveryValueRoundTrips()
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    ASSERT_GT(meta.keyCount(), 0);
    QSet<QString> seen;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const E value = E(meta.value(i));
        const QString text = toText(value);
        EXPECT_FALSE(text.isEmpty()) << meta.key(i);
        EXPECT_FALSE(seen.contains(text)) << meta.key(i);
        seen.insert(text);
        EXPECT_EQ(fromText<E>(text), value) << meta.key(i);
        EXPECT_EQ(parseText<E>(text, QStringLiteral("x")), value) << meta.key(i);
    }
    EXPECT_EQ(qsizetype(enumTexts<E>.size()), qsizetype(meta.keyCount()));
}

// A bad word is the caller's to fix, and the message says which field and what it may be.
template <class E>
void expectRefused(const QString &word, const QString &field, const QString &allowed)
{
    try {
        parseText<E>(word, field);
        ADD_FAILURE() << "accepted " << word.toStdString();
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_EQ(e.message(), QStringLiteral("unknown %1 '%2' (%3)").arg(field, word, allowed));
    }
}
} // namespace

TEST(EnumTexts, TaskStatusesKeepTheirStoreWords)
{
    expectEveryValueRoundTrips<TaskStatus>();
    EXPECT_EQ(allTexts<TaskStatus>(), QStringLiteral("open, done, cancelled"));
    expectRefused<TaskStatus>(QStringLiteral("maybe"), QStringLiteral("status"),
                              QStringLiteral("open, done, cancelled"));
    // Texts are exact: the store never holds another spelling.
    expectRefused<TaskStatus>(QStringLiteral("Open"), QStringLiteral("status"),
                              QStringLiteral("open, done, cancelled"));
}

TEST(EnumTexts, TaskSourcesKeepTheirStoreWords)
{
    expectEveryValueRoundTrips<TaskSource>();
    EXPECT_EQ(toText(TaskSource::InPassing), QStringLiteral("in_passing"));
    expectRefused<TaskSource>(QStringLiteral("telepathy"), QStringLiteral("source"),
                              QStringLiteral("in_passing, meeting, request, email, self"));
}

TEST(EnumTexts, ChecklistItemStatusesKeepTheirStoreWords)
{
    expectEveryValueRoundTrips<ChecklistItemStatus>();
    expectRefused<ChecklistItemStatus>(QStringLiteral("cancelled"), QStringLiteral("status"),
                                       QStringLiteral("open, done"));
}

TEST(EnumTexts, ATaskRecordKeepsItsWordsBothWays)
{
    Task t;
    t.title = QStringLiteral("Notulen uitwerken");
    t.status = TaskStatus::Cancelled;
    t.source = TaskSource::Meeting;
    const QVariantMap record = TaskRepo::toRecord(t);
    EXPECT_EQ(record.value(QStringLiteral("status")), QStringLiteral("cancelled"));
    EXPECT_EQ(record.value(QStringLiteral("source")), QStringLiteral("meeting"));
    const Task back = TaskRepo::fromRecord(record);
    EXPECT_EQ(back.status, TaskStatus::Cancelled);
    EXPECT_EQ(back.source, TaskSource::Meeting);
}

TEST(EnumTexts, AWordFromANewerDeviceReadsAsClosedAndFromNowhereInParticular)
{
    const Task t = TaskRepo::fromRecord({{QStringLiteral("title"), QStringLiteral("x")},
                                         {QStringLiteral("status"), QStringLiteral("archived")},
                                         {QStringLiteral("source"), QStringLiteral("fax")}});
    EXPECT_EQ(t.status, TaskStatus::Cancelled);
    EXPECT_EQ(t.source, TaskSource::Self);
}
