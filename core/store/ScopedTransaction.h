// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace spil {

// Hands a ScopedTransaction a transaction begun some other way (BEGIN IMMEDIATE, a
// workspace's lock).
struct AlreadyBegun {};
inline constexpr AlreadyBegun kAlreadyBegun{};

// Ends a transaction on every path: commit() keeps its writes; leaving the scope any other
// way (an exception, an early return) rolls them back. Works with anything that has
// commit() and rollback(): SqlConnection, the server's connection and its storages.
template <typename Connection> class ScopedTransaction {
public:
    explicit ScopedTransaction(Connection &connection) : m_connection(&connection)
    {
        connection.begin();
    }
    ScopedTransaction(Connection &connection, AlreadyBegun) : m_connection(&connection) {}
    ~ScopedTransaction()
    {
        if (!m_connection)
            return;
        // The error that unwinds past here says what went wrong; a failed rollback adds
        // nothing to it (the connection drops the transaction either way).
        try {
            m_connection->rollback();
        } catch (...) {
        }
    }
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    void commit()
    {
        // A commit that throws is rolled back by the destructor.
        m_connection->commit();
        m_connection = nullptr;
    }

    // Leaves the transaction open for the caller to end (a write begun here and committed
    // by whoever asked for it): from here on, leaving the scope no longer rolls it back.
    void release() { m_connection = nullptr; }

private:
    Connection *m_connection;
};

} // namespace spil
