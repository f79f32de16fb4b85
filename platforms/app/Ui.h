#pragma once

#include <QString>
#include <QVariantMap>

class QQmlApplicationEngine;
class QQuickWindow;

namespace spil::app {

class AppServices;

// Loads the Spil module's Main.qml into engine; nullptr (with the errors printed) when it
// fails to load.
QQuickWindow *loadUi(QQmlApplicationEngine &engine);
// Asks Main.qml for a page by name, as a tap on the navigation would.
void showPage(QQuickWindow *window, const QString &page, const QVariantMap &params = {});
// Lets bindings, transitions and the first frame of a page settle.
void settle(int ms);
// The parameters a page needs to show something from the demo office: the next
// appointment, the first checklist run.
QVariantMap demoParams(AppServices &services, const QString &page);

} // namespace spil::app
