#include "protocol/Protocol.h"

#include "common/Error.h"

#include <gtest/gtest.h>

using namespace spil;
using namespace spil::protocol;

TEST(Protocol, APushRoundTripsThroughItsJson)
{
    const PushRequest request{
        QStringLiteral("01900000-0000-7000-8000-000000000001"),
        7,
        {{3,
          {{QStringLiteral("tasks"), QStringLiteral("01900000-0000-7000-8000-000000000002"),
            QStringLiteral("urgent"), true,
            QStringLiteral("0190000000aa-0001-01900000-0000-7000-8000-000000000001")}}},
         {4,
          {{QStringLiteral("tasks"), QStringLiteral("01900000-0000-7000-8000-000000000002"),
            QStringLiteral("due_utc"), QJsonValue(),
            QStringLiteral("0190000000ab-0000-01900000-0000-7000-8000-000000000001")}}}}};
    const PushRequest back = decodePushRequest(encode(request));
    EXPECT_EQ(back.clientId, request.clientId);
    EXPECT_EQ(back.cursor, 7);
    ASSERT_EQ(back.mutations.size(), 2);
    EXPECT_EQ(back.mutations[1].changes[0].value, QJsonValue());
}

TEST(Protocol, DecodingIsStrict)
{
    const char *bad[] = {
        "",
        "null",
        R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":-1,"mutations":[]})",
        R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":1.5,"mutations":[]})",
        R"({"client_id":"not-an-id","cursor":0,"mutations":[]})",
        R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":1,"changes":[]}]})",
        R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":0,"changes":[]}]})",
        R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":1,"changes":[{"entity":"tasks","record_id":"01900000-0000-7000-8000-000000000002","field":"urgent","value":"yes","hlc":"0190000000aa-0001-01900000-0000-7000-8000-000000000001"}]}]})",
        R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":1,"changes":[{"entity":"tasks","record_id":"01900000-0000-7000-8000-000000000002","field":"colour","value":"red","hlc":"0190000000aa-0001-01900000-0000-7000-8000-000000000001"}]}]})",
        R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":1,"changes":[{"entity":"tasks","record_id":"01900000-0000-7000-8000-000000000002","field":"title","value":"x","hlc":"yesterday"}]}]})",
        R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":1,"changes":[{"entity":"tasks","record_id":"01900000-0000-7000-8000-000000000002","field":"title","value":"x","hlc":"0190000000aa-0001-01900000-0000-7000-8000-000000000001"}]},{"id":3,"changes":[{"entity":"tasks","record_id":"01900000-0000-7000-8000-000000000002","field":"title","value":"y","hlc":"0190000000aa-0002-01900000-0000-7000-8000-000000000001"}]}]})",
    };
    // A change stamped by another client.
    const QByteArray foreign =
        R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":1,"changes":[{"entity":"tasks","record_id":"01900000-0000-7000-8000-000000000002","field":"title","value":"x","hlc":"0190000000aa-0001-01900000-0000-7000-8000-000000000009"}]}]})";
    EXPECT_THROW(decodePushRequest(foreign), Error);
    for (const char *json : bad)
        EXPECT_THROW(decodePushRequest(QByteArray(json)), Error) << json;
}

TEST(Protocol, APullPageWithAnUnknownFieldIsRefused)
{
    PullPage page{QStringLiteral("e"), 3, {}, 3, false};
    page.records << Record{QStringLiteral("tasks"),
                           QStringLiteral("01900000-0000-7000-8000-000000000002"),
                           3,
                           false,
                           QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}},
                           QStringLiteral("h")};
    EXPECT_NO_THROW(decodePullPage(encode(page)));
    page.records[0].fields.insert(QStringLiteral("salary"), 1);
    EXPECT_THROW(decodePullPage(encode(page)), Error);
    EXPECT_THROW(decodePoke(R"({"type":"version","version":"3"})"), Error);
    EXPECT_EQ(decodePoke(encodePoke(12)), 12);
}
