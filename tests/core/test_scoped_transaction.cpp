// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Error.h"
#include "core/store/ScopedTransaction.h"
#include "core/store/SqlConnection.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace spil;

namespace {
class ScopedTransactionTest : public ::testing::Test {
protected:
    ScopedTransactionTest() : sql(dir.filePath(QStringLiteral("t.db")), {})
    {
        sql.script({QStringLiteral("CREATE TABLE t (v INTEGER NOT NULL)")});
    }
    int rows() { return sql.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt(); }

    QTemporaryDir dir;
    SqlConnection sql;
};
} // namespace

TEST_F(ScopedTransactionTest, CommitKeepsTheWrites)
{
    ScopedTransaction transaction(sql);
    sql.run(QStringLiteral("INSERT INTO t VALUES (1)"));
    transaction.commit();
    EXPECT_EQ(rows(), 1);
}

TEST_F(ScopedTransactionTest, LeavingTheScopeWithoutCommitUndoesTheWrites)
{
    {
        ScopedTransaction transaction(sql);
        sql.run(QStringLiteral("INSERT INTO t VALUES (1)"));
    }
    EXPECT_EQ(rows(), 0);
}

TEST_F(ScopedTransactionTest, AFailureHalfwayUndoesTheWritesAndLeavesNoTransactionOpen)
{
    const auto write = [&] {
        sql.beginImmediate();
        ScopedTransaction transaction(sql, kAlreadyBegun);
        sql.run(QStringLiteral("INSERT INTO t VALUES (1)"));
        sql.run(QStringLiteral("INSERT INTO t VALUES (NULL)")); // refused: NOT NULL
        transaction.commit();
    };
    EXPECT_THROW(write(), Error);
    EXPECT_EQ(rows(), 0);
    // A transaction left open would refuse the next BEGIN.
    ScopedTransaction next(sql);
    sql.run(QStringLiteral("INSERT INTO t VALUES (2)"));
    next.commit();
    EXPECT_EQ(rows(), 1);
}
