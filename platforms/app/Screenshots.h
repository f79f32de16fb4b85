// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QStringList>

namespace spil {
class Clock;
}

namespace spil::qml {

struct ScreenshotJob {
    QString dir;
    QSize size{400, 800};
    QStringList pages; // empty: every page
    QString role = QStringLiteral("assistant");
    QString language = QStringLiteral("en");
    QString zone;  // where the device is; empty: the system's zone
    QString label; // extra part of the file names, e.g. "travel"
    // When set, the pages show this spil-server session (signed in and synced first)
    // instead of the demo office; role then names the files only.
    QString server, user, password;
};

// Renders pages of the demo office (or of a server session) to PNG files named
// role-page-WxH-lang.png; returns the process exit code (0 when every page was written).
int renderScreenshots(const ScreenshotJob &job, const Clock &clock);

// Loads the whole UI for every role, opens every page, and fails on any QML warning.
int runSelfTest(const Clock &clock);

const QStringList &allPages();

} // namespace spil::qml
