// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionGuard in this process: what it sets on each connection it accepts.
#include "ServerProcess.h"

#include "sync/server/ConnectionGuard.h"

#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <gtest/gtest.h>

using namespace spil;
using namespace spil::test;

// QtHttpServer writes an answer's head and body apart; with Nagle's algorithm on, the body
// of some answers waited 40 ms for the client's delayed acknowledgement of the head.
TEST(ConnectionGuard, EveryConnectionSendsWithoutWaitingForAcknowledgements)
{
    server::ConnectionGuard guard(server::ConnectionLimits{});
    QTcpServer *listening = guard.listen(QHostAddress::LocalHost, 0, std::nullopt);
    ASSERT_NE(listening, nullptr);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, listening->serverPort());
    ASSERT_TRUE(waitFor([&] { return listening->hasPendingConnections(); }));
    QTcpSocket *accepted = listening->nextPendingConnection();
    ASSERT_NE(accepted, nullptr);
    EXPECT_EQ(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
}
