// SPDX-License-Identifier: GPL-3.0-or-later
// A fixture for spilctl's verbs on the demo office, at a fixed time, acting as one person.
#pragma once

#include "SpilctlRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace spil::test {

class DemoOfficeCli : public ::testing::Test {
protected:
    // actingUser: whom every command acts as unless run() names someone else.
    explicit DemoOfficeCli(const char *actingUser) : m_actingUser(actingUser) {}
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    }
    QString db() const { return dir.filePath(QStringLiteral("office.db")); }
    Outcome run(const QStringList &args, const char *as = nullptr)
    {
        return spilctl(db(),
                       QStringList{QStringLiteral("--as"), QLatin1String(as ? as : m_actingUser),
                                   QStringLiteral("--now"),
                                   QStringLiteral("2026-11-30T10:15:00+01:00")} +
                           args);
    }
    // The command's --json answer; a failing command fails the test.
    QJsonValue json(const QStringList &args)
    {
        const Outcome r = run(args + QStringList{QStringLiteral("--json")});
        EXPECT_EQ(r.code, 0) << r.err.constData();
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    // A command's words as written in the test.
    static QStringList args(std::initializer_list<const char *> words)
    {
        QStringList out;
        for (const char *w : words)
            out << QString::fromUtf8(w);
        return out;
    }
    // The store's bytes, to show a refused command changed nothing.
    QByteArray digest() const
    {
        QFile f(db());
        return f.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }
    QTemporaryDir dir;

private:
    const char *m_actingUser;
};

} // namespace spil::test
