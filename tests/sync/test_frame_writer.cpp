// SPDX-License-Identifier: GPL-3.0-or-later
// FrameWriter: a poke's WebSocket frame, and bytes handed to a connection's descriptor at
// once only when nothing waits in front of them.
#include "ServerProcess.h"

#include "sync/server/ConnectionGuard.h"
#include "sync/server/FrameWriter.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>
#include <gtest/gtest.h>

using namespace spil;
using namespace spil::test;

namespace {
// A connected pair on 127.0.0.1: the client, and the server's side of it.
struct Pair {
    QTcpServer listening;
    QTcpSocket *accepted = nullptr;

    bool connect(QTcpSocket &client)
    {
        if (!listening.listen(QHostAddress::LocalHost, 0))
            return false;
        client.connectToHost(QHostAddress::LocalHost, listening.serverPort());
        if (!waitFor([&] { return listening.hasPendingConnections(); }))
            return false;
        accepted = listening.nextPendingConnection();
        return accepted &&
               waitFor([&] { return client.state() == QAbstractSocket::ConnectedState; });
    }
};

QByteArray receive(QTcpSocket &client, qsizetype size)
{
    QByteArray got;
    waitFor([&] {
        got += client.readAll();
        return got.size() >= size;
    });
    return got;
}
} // namespace

TEST(FrameWriter, ATextFrameSaysItsLengthInTheShortestFormRfc6455Allows)
{
    EXPECT_EQ(server::webSocketTextFrame("{}"), QByteArray("\x81\x02{}", 4));
    EXPECT_EQ(server::webSocketTextFrame(QByteArray(125, 'a')).left(2), QByteArray("\x81\x7d"));
    EXPECT_EQ(server::webSocketTextFrame(QByteArray(126, 'a')).left(4),
              QByteArray("\x81\x7e\x00\x7e", 4));
    EXPECT_EQ(server::webSocketTextFrame(QByteArray(65535, 'a')).left(4),
              QByteArray("\x81\x7e\xff\xff", 4));
    const QByteArray large = server::webSocketTextFrame(QByteArray(65536, 'a'));
    EXPECT_EQ(large.left(10), QByteArray("\x81\x7f\x00\x00\x00\x00\x00\x01\x00\x00", 10));
    EXPECT_EQ(large.size(), 65536 + 10);
}

// What a WebSocket client makes of the frame is the test that counts; the connection under
// the server's QWebSocket is the one the guard accepted, found by its two ends.
TEST(FrameWriter, AWebSocketClientReadsTheFrameAsTheMessage)
{
    server::ConnectionGuard guard(server::ConnectionLimits{});
    // Gone before the guard, with the connections and watches it holds.
    std::unique_ptr<QTcpServer> listening(guard.listen(QHostAddress::LocalHost, 0, std::nullopt));
    ASSERT_NE(listening, nullptr);
    QWebSocketServer upgrading(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QWebSocket client;
    QStringList messages;
    QObject::connect(&client, &QWebSocket::textMessageReceived,
                     [&](const QString &m) { messages << m; });
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(listening->serverPort())));
    ASSERT_TRUE(waitFor([&] { return listening->hasPendingConnections(); }));
    QTcpSocket *accepted = listening->nextPendingConnection();
    ASSERT_NE(accepted, nullptr);
    upgrading.handleConnection(accepted);
    ASSERT_TRUE(waitFor([&] { return upgrading.hasPendingConnections(); }));
    std::unique_ptr<QWebSocket> ws(upgrading.nextPendingConnection());
    ASSERT_TRUE(waitFor([&] { return client.state() == QAbstractSocket::ConnectedState; }));
    QTcpSocket *tcp =
        guard.upgraded(ws->peerAddress(), ws->peerPort(), ws->localAddress(), ws->localPort());
    ASSERT_EQ(tcp, accepted);
    EXPECT_EQ(guard.upgraded(ws->peerAddress(), quint16(ws->peerPort() + 1), ws->localAddress(),
                             ws->localPort()),
              nullptr);
    EXPECT_EQ(guard.upgraded(ws->peerAddress(), ws->peerPort(),
                             QHostAddress(QStringLiteral("127.0.0.2")), ws->localPort()),
              nullptr);

    const QString longer(300, QChar(u'é'));
    ASSERT_TRUE(server::writeNow(tcp, server::webSocketTextFrame(R"({"version":7})")));
    ASSERT_TRUE(server::writeNow(tcp, server::webSocketTextFrame(longer.toUtf8())));
    ASSERT_TRUE(waitFor([&] { return messages.size() == 2; }));
    EXPECT_EQ(messages.value(0), QStringLiteral(R"({"version":7})"));
    EXPECT_EQ(messages.value(1), longer);
    // The connection and its watch go while the guard and the listening server are there.
    ws.reset();
}

TEST(FrameWriter, BytesWrittenNowWaitBehindWhatTheConnectionHoldsQueued)
{
    Pair pair;
    QTcpSocket client;
    ASSERT_TRUE(pair.connect(client));
    // Queued in the socket's own buffer, not yet handed to the kernel.
    pair.accepted->write("first ");
    ASSERT_GT(pair.accepted->bytesToWrite(), 0);
    ASSERT_TRUE(server::writeNow(pair.accepted, "second"));
    EXPECT_EQ(receive(client, 12), QByteArray("first second"));
    // With nothing queued they go at once, without a turn of the event loop.
    ASSERT_TRUE(server::writeNow(pair.accepted, " third"));
    EXPECT_EQ(pair.accepted->bytesToWrite(), 0);
    EXPECT_EQ(receive(client, 6), QByteArray(" third"));
}

TEST(FrameWriter, AnEncryptedOrClosedConnectionIsLeftToItsOwnWay)
{
    // A QSslSocket's bytes go through its encryption: never straight to the descriptor,
    // even while it still speaks in the clear.
    QTcpServer listening;
    ASSERT_TRUE(listening.listen(QHostAddress::LocalHost, 0));
    QSslSocket tls;
    tls.connectToHost(QHostAddress::LocalHost, listening.serverPort());
    ASSERT_TRUE(waitFor([&] { return tls.state() == QAbstractSocket::ConnectedState; }));
    EXPECT_FALSE(server::writeNow(&tls, "poke"));
    EXPECT_EQ(tls.bytesToWrite(), 0);

    QTcpSocket closed;
    EXPECT_FALSE(server::writeNow(&closed, "poke"));
    EXPECT_FALSE(server::writeNow(nullptr, "poke"));
}
