// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/AppPasswords.h"

#include "core/common/Error.h"
#include "core/store/Uuid7.h"
#include "sync/server/Credentials.h"

#include <limits>

namespace spil::server {

namespace {
User userNamed(ServerStorage &storage, const QString &workspace, const QString &name)
{
    const auto user = storage.userByName(workspace, name);
    if (!user)
        fail(ErrorKind::NotFound, QStringLiteral("no user '%1'").arg(name));
    return *user;
}
} // namespace

NewAppPassword addAppPassword(ServerStorage &storage, const QString &workspace,
                              const QString &userName, const QString &label, qint64 nowMs)
{
    const User user = userNamed(storage, workspace, userName);
    NewAppPassword out;
    out.password = makeToken();
    // It lasts until revoked: a calendar app cannot sign in again by itself.
    out.device = Device{makeUuid7(nowMs),
                        user.id,
                        label.isEmpty() ? QStringLiteral("calendar app") : label,
                        QString(),
                        nowMs,
                        std::numeric_limits<qint64>::max(),
                        0,
                        true};
    storage.addDevice(out.device, tokenHash(out.password));
    return out;
}

QList<Device> appPasswords(ServerStorage &storage, const QString &workspace,
                           const QString &userName)
{
    return storage.appPasswords(userNamed(storage, workspace, userName).id);
}

void revokeAppPassword(ServerStorage &storage, const QString &workspace, const QString &userName,
                       const QString &id, qint64 nowMs)
{
    for (const Device &d : appPasswords(storage, workspace, userName)) {
        if (!id.isEmpty() && (d.id == id || (id.size() >= 8 && d.id.endsWith(id)))) {
            storage.revokeDevice(d.id, nowMs);
            return;
        }
    }
    fail(ErrorKind::NotFound,
         QStringLiteral("%1 has no app password '%2' (app-password list shows them)")
             .arg(userName, id));
}

} // namespace spil::server
