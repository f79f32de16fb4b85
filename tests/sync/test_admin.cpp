// SPDX-License-Identifier: GPL-3.0-or-later
// spil-server's admin commands as an administrator types them: a mistake is answered with
// one line that says what is wrong, not buried under the whole usage.
#include "Harness.h"

using namespace spil;
using namespace spil::test;

TEST(Admin, AMistakeIsOneClearLineAndChangesNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    ASSERT_EQ(server.admin({QStringLiteral("user"), QStringLiteral("list")}), 0);
    const QByteArray users = server.lastOutput();

    const struct {
        QStringList args;
        QByteArray input;
        const char *says;
    } mistakes[] = {
        {{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eva"),
          QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--password-stdin")},
         "kort\n",
         "a password has at least 8 characters"},
        {{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eva"),
          QStringLiteral("--role"), QStringLiteral("staff")},
         {},
         "--password-stdin"},
        {{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eva"),
          QStringLiteral("--role"), QStringLiteral("king"), QStringLiteral("--password-stdin")},
         "lang genoeg\n",
         "king"},
        {{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sanne"),
          QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--password-stdin")},
         "lang genoeg\n",
         "there is a user 'sanne' already"},
        {{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--workspace"),
          QStringLiteral("nergens")},
         {},
         "no workspace 'nergens'"},
        {{QStringLiteral("device"), QStringLiteral("list")}, {}, "--user is required"},
        {{QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--user"),
          QStringLiteral("niemand")},
         {},
         "no user 'niemand'"},
        {{QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("geen-apparaat")},
         {},
         "no device 'geen-apparaat'"},
        {{QStringLiteral("compact"), QStringLiteral("--before"), QStringLiteral("gisteren")},
         {},
         "--before takes a server version"},
        {{QStringLiteral("fly")}, {}, "unknown command"},
        {{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--colour")},
         {},
         "--colour"},
    };
    for (const auto &m : mistakes) {
        const QString what = m.args.join(QLatin1Char(' '));
        EXPECT_EQ(server.admin(m.args, m.input), 2) << what.toStdString();
        const QByteArray said = server.lastOutput();
        EXPECT_EQ(said.count('\n'), 1) << what.toStdString() << ":\n" << said.constData();
        EXPECT_TRUE(said.startsWith("spil-server: ")) << said.constData();
        EXPECT_TRUE(said.contains(m.says)) << what.toStdString() << ": " << said.constData();
        EXPECT_FALSE(said.contains("usage")) << said.constData();
    }
    ASSERT_EQ(server.admin({QStringLiteral("user"), QStringLiteral("list")}), 0);
    EXPECT_EQ(server.lastOutput(), users);
}
