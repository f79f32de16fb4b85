// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace spil::test {

class ServerProcess;

// Makes the server's office big: `user` writes `count` tasks of their own on a device of
// theirs and syncs them, one mutation each, so that a first pull of the office takes
// several pages. Returns the reason when the device could not log in or sync, else empty.
QString addTasks(const ServerProcess &server, const QString &user, int count);

} // namespace spil::test
