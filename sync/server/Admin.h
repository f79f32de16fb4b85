// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace spil::server {

class ServerStorage;

inline constexpr const char *kDemoPassword = "spil-demo";

// What `spil-server user add` does: a user with an argon2id password and the person record
// everyone syncs, in one transaction of the workspace (its id). principals are user names
// of directors (for an assistant) of the same workspace. Returns the person's id.
QString addUser(ServerStorage &storage, const QString &workspace, const QString &name,
                const QString &role, const QStringList &principals, const QString &password,
                const QString &displayName = {},
                const QString &tz = QStringLiteral("Europe/Amsterdam"));

// What `spil-server user set-principals` does: the directors (user names) an assistant
// serves from now on, in the server's users and in the assistant's person record, at a new
// version of the workspace. The assistant's devices then pull everything again (what they
// may read changed both ways). Returns that version.
qint64 setPrincipals(ServerStorage &storage, const QString &workspace, const QString &name,
                     const QStringList &principals);

// Seeds an empty workspace with the demo office of the core (dated from today) and a user
// for each of its people, named by handle, password kDemoPassword.
void importDemoOffice(ServerStorage &storage, const QString &workspace);

// What `spil-server visitors forget` does, and serve every hour for every workspace: the
// names and organisations of the workspace's visitors past the office's retention (its
// reception_settings, else kDefaultVisitorRetentionDays; core's nameForgotten) are emptied
// at one new version, which every device that holds them pulls, and the conflict log
// forgets what it held of those two fields. Returns how many.
int forgetVisitorNames(ServerStorage &storage, const QString &workspace, qint64 nowMs);

// What serve does at the start for every workspace: a sent letter's copy in the archive
// filed before the archive knew `restricted` (schema 21, which files it restricted) was
// filed open to the whole office, the director's notes with it. Each such copy (a letter
// names it, and `restricted` is not among its fields) is restricted at one new version,
// and whoever read it then and may not now (staff) is told it is gone, with its documents,
// as when the director's side restricts it (the conflict log shows an entry only to whoever
// reads the record now). A copy the side opened on purpose since holds `restricted`
// (false) and stays open. Returns how many.
int restrictEarlyLetterCopies(ServerStorage &storage, const QString &workspace);

// The id of the workspace named so (the default one when name is empty); Error(NotFound)
// when there is none.
QString workspaceId(ServerStorage &storage, const QString &name);
// What `spil-server workspace add` does; a name is one word of a-z, 0-9 and dashes.
QString addWorkspace(ServerStorage &storage, const QString &name);

} // namespace spil::server
