// SPDX-License-Identifier: GPL-3.0-or-later
// The login's password check in its steps: the part on the event loop never hashes; an
// unknown user is checked on the password thread against a stand-in, and refused.
#include "Harness.h"

using namespace spil;
using namespace spil::test;

TEST(LoginCheck, AnUnknownUserIsHashedOnlyOnThePasswordThreadAndRefused)
{
    ServiceUnderTest local;
    server::SyncService &service = local.service();
    local.addUser(QStringLiteral("sanne"), Role::Assistant, QStringLiteral("goed-wachtwoord"));

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
