#pragma once

#include <QSize>
#include <QStringList>

namespace spil {
class Clock;
}

namespace spil::app {

struct ScreenshotJob {
    QString dir;
    QSize size{400, 800};
    QStringList pages; // empty: every page
    QString role = QStringLiteral("assistant");
    QString language = QStringLiteral("en");
    QString zone;  // where the device is; empty: the system's zone
    QString label; // extra part of the file names, e.g. "travel"
};

// Renders pages of the demo office to PNG files named role-page-WxH-lang.png; returns the
// process exit code (0 when every page was written).
int renderScreenshots(const ScreenshotJob &job, const Clock &clock);

// Loads the whole UI for every role, opens every page, and fails on any QML warning.
int runSelfTest(const Clock &clock);

const QStringList &allPages();

} // namespace spil::app
