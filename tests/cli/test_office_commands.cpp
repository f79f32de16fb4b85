// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's office verbs on the demo office: the letterhead and house style shown to anyone,
// set by the office manager only (an assistant or a director is refused and the store
// stays as it was), bad input refused.
#include "DemoOfficeCli.h"

using namespace spil::test;

namespace {
class OfficeCommands : public DemoOfficeCli {
protected:
    OfficeCommands() : DemoOfficeCli("fatima") {}
};
} // namespace

TEST_F(OfficeCommands, EveryoneSeesTheDemoOfficesLetterheadAndStyle)
{
    const Outcome head = run(args({"office", "letterhead"}), "joris");
    EXPECT_EQ(head.code, 0) << head.err.constData();
    EXPECT_EQ(head.out, QByteArray("Spil BV\nMaliebaan 40 \u00b7 3581 CS Utrecht\n"));
    const Outcome style = run(args({"office", "style"}), "sanne");
    EXPECT_EQ(style.code, 0) << style.err.constData();
    EXPECT_TRUE(style.out.endsWith("letters dated from Utrecht, formal\n"))
        << style.out.constData();
}

TEST_F(OfficeCommands, TheOfficeManagerSetsThemAndOthersAreRefused)
{
    const Outcome set = run(args({"office", "letterhead", "Spil", "Holding", "--address",
                                  "Herenstraat 8\n3512 KB Utrecht"}));
    EXPECT_EQ(set.code, 0) << set.err.constData();
    EXPECT_EQ(set.out, QByteArray("Spil Holding\nHerenstraat 8 \u00b7 3512 KB Utrecht\n"));
    // Only the address: the name stays.
    EXPECT_TRUE(run(args({"office", "letterhead", "--address", "Herenstraat 10"}))
                    .out.startsWith("Spil Holding\nHerenstraat 10\n"));
    const Outcome style =
        run(args({"office", "style", "--place", "Amersfoort", "--style", "personal"}));
    EXPECT_EQ(style.code, 0) << style.err.constData();
    EXPECT_TRUE(style.out.endsWith("letters dated from Amersfoort, personal\n"))
        << style.out.constData();
    EXPECT_TRUE(run(args({"office", "style", "--style", "formal"}))
                    .out.endsWith("letters dated from Amersfoort, formal\n"));

    const QByteArray before = digest();
    for (const char *who : {"sanne", "maarten", "joris"}) {
        const Outcome refused = run(args({"office", "letterhead", "Elders"}), who);
        EXPECT_NE(refused.code, 0) << who;
        EXPECT_TRUE(refused.err.contains("office manager")) << refused.err.constData();
        EXPECT_NE(run(args({"office", "style", "--place", "Den Haag"}), who).code, 0) << who;
    }
    EXPECT_NE(run(args({"office", "style", "--style", "casual"})).code, 0);
    EXPECT_NE(run(args({"office", "letterhead", " "})).code, 0) << "a letterhead needs a name";
    EXPECT_EQ(digest(), before);
}
