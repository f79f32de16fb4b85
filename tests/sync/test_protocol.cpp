// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/protocol/Protocol.h"

#include "core/common/Error.h"

#include <QSet>
#include <functional>
#include <gtest/gtest.h>
#include <optional>

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

namespace {
// What decoding says: the kind of error and its message, or nothing when it was accepted.
std::optional<Error> refusal(const std::function<void()> &decode)
{
    try {
        decode();
    } catch (const Error &e) {
        return e;
    }
    return std::nullopt;
}
} // namespace

TEST(Protocol, DecodingIsStrictAndSaysWhichFieldIsWrong)
{
    const struct {
        const char *json;
        const char *message; // the start of the message: what is wrong, naming the field
    } bad[] = {
        {"", "malformed JSON at offset 0"},
        {"null", "malformed JSON at offset 1"}, // not an object or array: not JSON to Qt
        {"[]", "expected a JSON object"},
        {R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":-1,"mutations":[]})",
         "push: 'cursor' must be a whole number of at least 0"},
        {R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":1.5,"mutations":[]})",
         "push: 'cursor' must be a whole number of at least 0"},
        {R"({"client_id":"not-an-id","cursor":0,"mutations":[]})",
         "push: 'client_id' must be the device's id"},
        {R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":1,"changes":[]}]})",
         "mutation 1 has no changes"},
        {R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":0,"changes":[]}]})",
         "mutation: 'id' must be a whole number of at least 1"},
        {R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":1,"changes":[{"entity":"tasks","record_id":"01900000-0000-7000-8000-000000000002","field":"urgent","value":"yes","hlc":"0190000000aa-0001-01900000-0000-7000-8000-000000000001"}]}]})",
         "field 'urgent' takes "},
        {R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":1,"changes":[{"entity":"tasks","record_id":"01900000-0000-7000-8000-000000000002","field":"colour","value":"red","hlc":"0190000000aa-0001-01900000-0000-7000-8000-000000000001"}]}]})",
         "tasks has no field 'colour'"},
        {R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":1,"changes":[{"entity":"tasks","record_id":"01900000-0000-7000-8000-000000000002","field":"title","value":"x","hlc":"yesterday"}]}]})",
         "'yesterday' is not a clock stamp"},
        {R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":1,"changes":[{"entity":"tasks","record_id":"01900000-0000-7000-8000-000000000002","field":"title","value":"x","hlc":"0190000000aa-0001-01900000-0000-7000-8000-000000000001"}]},{"id":3,"changes":[{"entity":"tasks","record_id":"01900000-0000-7000-8000-000000000002","field":"title","value":"y","hlc":"0190000000aa-0002-01900000-0000-7000-8000-000000000001"}]}]})",
         "push: mutation 3 follows 1; numbers must rise by one"},
        // A change stamped by another client.
        {R"({"client_id":"01900000-0000-7000-8000-000000000001","cursor":0,"mutations":[{"id":1,"changes":[{"entity":"tasks","record_id":"01900000-0000-7000-8000-000000000002","field":"title","value":"x","hlc":"0190000000aa-0001-01900000-0000-7000-8000-000000000009"}]}]})",
         "change stamped '0190000000aa-0001-01900000-0000-7000-8000-000000000009' does not come "
         "from client 01900000-0000-7000-8000-000000000001"},
    };
    for (const auto &b : bad) {
        const auto error = refusal([&] { decodePushRequest(QByteArray(b.json)); });
        ASSERT_TRUE(error.has_value()) << "accepted: " << b.json;
        EXPECT_EQ(error->kind(), ErrorKind::BadInput) << b.json;
        EXPECT_TRUE(error->message().startsWith(QLatin1String(b.message)))
            << "said: " << error->message().toStdString() << "\nexpected: " << b.message
            << "\nfor: " << b.json;
    }
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
    const auto salary = refusal([&] { decodePullPage(encode(page)); });
    ASSERT_TRUE(salary.has_value());
    EXPECT_EQ(salary->kind(), ErrorKind::BadInput);
    EXPECT_TRUE(salary->message().contains(QStringLiteral("'salary'")))
        << salary->message().toStdString();
    const auto poke = refusal([] { decodePoke(R"({"type":"version","version":"3"})"); });
    ASSERT_TRUE(poke.has_value());
    EXPECT_EQ(poke->kind(), ErrorKind::BadInput);
    EXPECT_TRUE(poke->message().contains(QStringLiteral("'version'")))
        << poke->message().toStdString();
    EXPECT_EQ(decodePoke(encodePoke(12)), 12);
}

// Domain values travel as their texts and arrive as enums: a role or an error code is
// named once, and a text nobody knows is refused (a role) or passed on as it came (a code).
TEST(Protocol, RolesAndErrorCodesTravelAsTheirTexts)
{
    const LoginReply reply{QStringLiteral("t"), QStringLiteral("u"), QStringLiteral("p"),
                           Role::OfficeManager, QStringLiteral("w"), QStringLiteral("e")};
    EXPECT_TRUE(encode(reply).contains(R"("role":"office-manager")")) << encode(reply).constData();
    EXPECT_EQ(decodeLoginReply(encode(reply)).role, Role::OfficeManager);
    QByteArray unknownRole = encode(reply);
    unknownRole.replace("office-manager", "overlord");
    const auto refused = refusal([&] { decodeLoginReply(unknownRole); });
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->kind(), ErrorKind::BadInput);
    EXPECT_TRUE(refused->message().contains(QStringLiteral("'overlord'")))
        << refused->message().toStdString();

    const ErrorReply gap{toText(ErrorCode::MutationGap), QStringLiteral("m"), 4};
    EXPECT_TRUE(encode(gap).contains(R"("code":"mutation_gap")")) << encode(gap).constData();
    EXPECT_EQ(decodeErrorReply(encode(gap)).known(), ErrorCode::MutationGap);
    const ErrorReply newer = decodeErrorReply(R"({"error":{"code":"teapot","message":"m"}})");
    EXPECT_EQ(newer.code, QStringLiteral("teapot"));
    EXPECT_FALSE(newer.known().has_value());
    // Each code's text is its own.
    QSet<QString> texts;
    for (const EnumText<ErrorCode> &t : errorCodeTexts)
        texts.insert(QString::fromLatin1(t.text));
    EXPECT_EQ(texts.size(), qsizetype(std::size(errorCodeTexts)));
}

// The app-password answers: the list never carries a password, a new one always does, and
// the CalDAV port is there only when the server serves it.
TEST(Protocol, AppPasswordAnswersRoundTripAndABadOneIsRefused)
{
    const AppPassword ipad{QStringLiteral("d1"), QStringLiteral("iPad"), 1700000000000, {}};
    const AppPasswordsReply listed = decodeAppPasswords(encode(AppPasswordsReply{{ipad}, 8443}));
    ASSERT_EQ(listed.appPasswords.size(), 1);
    EXPECT_EQ(listed.appPasswords[0], ipad);
    EXPECT_EQ(listed.davPort, 8443);
    EXPECT_EQ(decodeAppPasswords(encode(AppPasswordsReply{{ipad}, 0})).davPort, 0);
    EXPECT_FALSE(encode(AppPasswordsReply{{ipad}, 0}).contains("dav_port"));

    AppPassword made = ipad;
    made.password = QStringLiteral("s3cret");
    const AppPasswordsReply fresh = decodeNewAppPassword(encodeNewAppPassword(made, 0));
    ASSERT_EQ(fresh.appPasswords.size(), 1);
    EXPECT_EQ(fresh.appPasswords[0], made);

    const struct {
        const char *json;
        bool list; // decoded as GET's answer, else as POST's
        const char *names;
    } bad[] = {
        {R"({"app_passwords":[{"id":"d1","label":"iPad","created_at":1,"password":"x"}]})", true,
         "'password'"},
        {R"({"app_passwords":[{"id":"d1","label":"iPad"}]})", true, "'created_at'"},
        {R"({"app_passwords":[],"dav_port":70000})", true, "'dav_port'"},
        {R"({"app_passwords":[],"dav_port":0})", true, "'dav_port'"},
        {R"({"app_passwords":{}})", true, "'app_passwords'"},
        {R"({"id":"d1","label":"iPad","created_at":1})", false, "'password'"},
        {R"({"id":"d1","label":"iPad","created_at":1,"password":""})", false, "'password'"},
        {R"({"id":"d1","label":3,"created_at":1,"password":"x"})", false, "'label'"},
    };
    for (const auto &b : bad) {
        const auto error = refusal([&] {
            if (b.list)
                decodeAppPasswords(QByteArray(b.json));
            else
                decodeNewAppPassword(QByteArray(b.json));
        });
        ASSERT_TRUE(error.has_value()) << "accepted: " << b.json;
        EXPECT_EQ(error->kind(), ErrorKind::BadInput) << b.json;
        EXPECT_TRUE(error->message().contains(QLatin1String(b.names)))
            << "said: " << error->message().toStdString() << "\nfor: " << b.json;
    }
}
