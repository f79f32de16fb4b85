// SPDX-License-Identifier: GPL-3.0-or-later
// A push's answer leaves the server before the pokes it causes. Which came first is read
// from the kernel's arrival stamps on the client's sockets, not from the order in which
// this process happens to look at them.
#include "Harness.h"

#include "sync/protocol/Protocol.h"

#include <QUrl>
#include <arpa/inet.h>
#include <cstring>
#include <limits>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace spil;
using namespace spil::test;

namespace {
// A blocking client socket whose reads carry the kernel's arrival time.
class StampedSocket {
public:
    explicit StampedSocket(const QString &serverUrl)
    {
        const QUrl url(serverUrl);
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int on = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(quint16(url.port()));
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&to), sizeof to) == 0;
    }
    ~StampedSocket() { ::close(m_fd); }
    bool connected() const { return m_connected; }
    void send(const QByteArray &bytes) const
    {
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n =
                ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return;
            sent += n;
        }
    }
    // Reads until `until` appears in what came; false when the socket closed or nothing
    // came in time. arrival() is then the kernel's time (ns) for the first bytes read.
    bool readUntil(const QByteArray &until, int timeoutMs = 15000)
    {
        m_arrival.reset();
        while (!m_buffer.contains(until)) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, timeoutMs) <= 0)
                return false;
            char data[4096];
            char control[256];
            iovec io{data, sizeof data};
            msghdr msg{};
            msg.msg_iov = &io;
            msg.msg_iovlen = 1;
            msg.msg_control = control;
            msg.msg_controllen = sizeof control;
            const ssize_t n = ::recvmsg(m_fd, &msg, 0);
            if (n <= 0)
                return false;
            m_buffer.append(data, n);
            for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
                if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS && !m_arrival) {
                    timespec t{};
                    std::memcpy(&t, CMSG_DATA(c), sizeof t);
                    m_arrival = qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
                }
            }
        }
        m_buffer.clear();
        return true;
    }
    // TCP gives no time for bytes that came before the kernel had turned arrival stamps on,
    // which it does a moment after the first socket asks: the first listener's bytes may
    // come without one on a busy machine.
    std::optional<qint64> arrival() const { return m_arrival; }

private:
    int m_fd = -1;
    bool m_connected = false;
    QByteArray m_buffer;
    std::optional<qint64> m_arrival;
};

QByteArray eventsUpgrade(const QString &token)
{
    return "GET /v1/events HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
           "Authorization: Bearer " +
           token.toLatin1() + "\r\n\r\n";
}
} // namespace

TEST(AnswerFirst, APushIsAnsweredBeforeItsPokesLeave)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString listenerToken = server.login(QStringLiteral("sanne"));
    const QString pusherToken = server.login(QStringLiteral("joris"));
    const QString person = server.personId(QStringLiteral("joris"));
    const qint64 before = server.version(pusherToken);

    std::vector<std::unique_ptr<StampedSocket>> listeners;
    for (int i = 0; i < 50; ++i) {
        listeners.push_back(std::make_unique<StampedSocket>(server.url()));
        ASSERT_TRUE(listeners.back()->connected());
        listeners.back()->send(eventsUpgrade(listenerToken));
        // The switch, then the poke with the current version.
        ASSERT_TRUE(listeners.back()->readUntil(QByteArray::number(before) + "}"))
            << "listener " << i << " was not let in";
    }
    StampedSocket pusher(server.url());
    ASSERT_TRUE(pusher.connected());
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000a1");
    const QByteArray body = protocol::encode(protocol::PushRequest{
        client,
        0,
        {{1, newTaskChanges(QStringLiteral("01900000-0000-7000-8000-0000000000a2"), person,
                            QStringLiteral("Answer first"), client)}}});
    pusher.send("POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "Authorization: Bearer " +
                pusherToken.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                "\r\n\r\n" + body);
    ASSERT_TRUE(pusher.readUntil("\"applied\"")) << "no answer to the push";
    const auto answered = pusher.arrival();
    ASSERT_TRUE(answered.has_value()) << "the kernel gave no arrival time for the answer";
    qint64 firstPoke = std::numeric_limits<qint64>::max();
    for (const auto &l : listeners) {
        ASSERT_TRUE(l->readUntil(QByteArray::number(before + 1) + "}"))
            << "a listener was not poked";
        const auto poked = l->arrival();
        ASSERT_TRUE(poked.has_value()) << "the kernel gave no arrival time for a poke";
        firstPoke = std::min(firstPoke, *poked);
    }
    EXPECT_LT(*answered, firstPoke)
        << "a poke left " << (*answered - firstPoke) / 1000 << " us before the push's answer";
}
