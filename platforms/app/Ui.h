// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

class QQmlApplicationEngine;
class QQuickWindow;

namespace spil::qml {

class App;

// Loads the Spil module's Main.qml into engine; nullptr (with the errors printed) when it
// fails to load.
QQuickWindow *loadUi(QQmlApplicationEngine &engine);
// Asks Main.qml for a page by name, as a tap on the navigation would.
void showPage(QQuickWindow *window, const QString &page, const QVariantMap &params = {});
// Processes events for ms milliseconds.
void settle(int ms);
// Waits until nothing in the window moves or loads any more (no transition, finite
// animation, popup or view on its way, no image loading) and a frame was rendered after
// that: what a screenshot shows. False when that did not happen within timeoutMs; then
// stillMoving (when given) names what kept it from coming to rest.
bool waitUntilSettled(QQuickWindow *window, int timeoutMs = 15000, QString *stillMoving = nullptr);
// The parameters a page needs to show something from the demo office: the next
// appointment, the first checklist run.
QVariantMap demoParams(App &services, const QString &page);

} // namespace spil::qml
