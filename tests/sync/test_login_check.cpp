// SPDX-License-Identifier: GPL-3.0-or-later
// The login's password check in its steps: the part on the event loop never hashes; an
// unknown user is checked on the password thread against a stand-in, and refused.
#include "core/common/Clock.h"
#include "core/store/Uuid7.h"
#include "sync/server/Credentials.h"
#include "sync/server/OpenStorage.h"
#include "sync/server/SyncService.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace spil;

TEST(LoginCheck, AnUnknownUserIsHashedOnlyOnThePasswordThreadAndRefused)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.db"));
    server::createStorage(db);
    const auto storage = server::openStorage(db);
    ManualClock clock{1'700'000'000'000};
    server::SyncService service(*storage, clock, server::SyncService::Options{});
    storage->addUser(server::User{makeUuid7(1'700'000'000'100),
                                  storage->defaultWorkspace(),
                                  QStringLiteral("sanne"),
                                  Role::Assistant,
                                  makeUuid7(1'700'000'000'000),
                                  {},
                                  server::hashPassword(QStringLiteral("goed-wachtwoord"))});

    const auto unknown =
        service.prepareLogin({QStringLiteral("niemand"), QStringLiteral("x"), {}, {}});
    EXPECT_FALSE(unknown.user.has_value());
    // Nothing was hashed on the caller's thread: there is no stand-in hash to hand over.
    EXPECT_TRUE(unknown.passwordHash.isEmpty());
    EXPECT_FALSE(server::SyncService::checkPassword(QStringLiteral("x"), unknown));

    const auto known =
        service.prepareLogin({QStringLiteral("sanne"), QStringLiteral("goed-wachtwoord"), {}, {}});
    ASSERT_TRUE(known.user.has_value());
    EXPECT_TRUE(server::SyncService::checkPassword(QStringLiteral("goed-wachtwoord"), known));
    EXPECT_FALSE(server::SyncService::checkPassword(QStringLiteral("fout"), known));
}
