// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/shell/Language.h"

#include <QGuiApplication>
#include <gtest/gtest.h>

// The view models live beside Qt Quick; a GUI application object (offscreen in ctest) is
// what they run under in the app. Without a display (test discovery at build time) they run
// offscreen.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    spil::qml::applyLanguage(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
