#include <QGuiApplication>
#include <gtest/gtest.h>

// The view models live beside Qt Quick; a GUI application object (offscreen in ctest) is
// what they run under in the app.
int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
