#include "Ui.h"

#include "app/AppServices.h"
#include "checklists/ChecklistRepo.h"
#include "tasks/TaskRepo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace spil::app {

QQuickWindow *loadUi(QQmlApplicationEngine &engine)
{
    // Qt 6.4 has no loadFromModule: the static module lives under qrc:/Spil.
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Spil/app/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

void showPage(QQuickWindow *window, const QString &page, const QVariantMap &params)
{
    QMetaObject::invokeMethod(window, "show", Q_ARG(QVariant, page),
                              Q_ARG(QVariant, QVariant(params)));
}

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

QVariantMap demoParams(AppServices &services, const QString &page)
{
    if (page == QStringLiteral("appointment"))
        return {{QStringLiteral("followNext"), true}};
    if (page == QStringLiteral("task") && services.store()) {
        const auto tasks = TaskRepo(*services.store()).list(services.personId());
        if (!tasks.isEmpty())
            return {{QStringLiteral("taskId"), tasks.first().id}};
    }
    if (page == QStringLiteral("checklist") && services.store()) {
        const auto runs = ChecklistRepo(*services.store()).runs();
        if (!runs.isEmpty())
            return {{QStringLiteral("runId"), runs.first().id}};
    }
    return {};
}

} // namespace spil::app
