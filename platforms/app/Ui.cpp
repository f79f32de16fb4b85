// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ui.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/BumpPlanner.h"
#include "core/archive/ArchiveRepo.h"
#include "core/checklists/ChecklistRepo.h"
#include "core/common/Clock.h"
#include "core/contacts/ContactRepo.h"
#include "core/letters/LetterRepo.h"
#include "core/meetings/MeetingRepo.h"
#include "core/requests/RequestRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "qml/shell/App.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTimer>
#include <atomic>

namespace spil::qml {

QQuickWindow *loadUi(QQmlApplicationEngine &engine)
{
    // Qt 6.4 has no loadFromModule: the static module lives under qrc:/Spil.
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Spil/shell/Main.qml")));
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

namespace {
// Found through Qt's meta-objects: these classes are private to Qt Quick and its controls.
bool moving(const QObject *o)
{
    constexpr int kLoading = 2; // Image.Loading, Loader.Loading
    if (o->inherits("QQuickTransition"))
        return o->property("running").toBool();
    if (o->inherits("QQuickAbstractAnimation")) // an endless one never settles: not waited for
        return o->property("running").toBool() && o->property("loops").toInt() >= 0;
    if (o->inherits("QQuickStackView"))
        return o->property("busy").toBool();
    if (o->inherits("QQuickPopup")) // opening or closing
        return o->property("visible").toBool() != o->property("opened").toBool();
    if (o->inherits("QQuickListView")) {
        // A highlight still on its way to the current item (a TabBar's underline) moves
        // by an animation of the view's own, not one in the object tree. Only along the
        // view's flow: a delegate may sit aside (x: a margin) from the view's own
        // highlight, which never follows it across.
        const auto *highlight = o->property("highlightItem").value<QQuickItem *>();
        const auto *current = o->property("currentItem").value<QQuickItem *>();
        const bool horizontal = o->property("orientation").toInt() == Qt::Horizontal;
        if (highlight && current && o->property("highlightFollowsCurrentItem").toBool() &&
            (horizontal ? highlight->x() != current->x() : highlight->y() != current->y()))
            return true;
    }
    if (o->inherits("QQuickFlickable"))
        return o->property("moving").toBool();
    if (o->inherits("QQuickImageBase") || o->inherits("QQuickLoader"))
        return o->property("status").toInt() == kLoading;
    return false;
}

// Sleeps in the event loop (a busy machine needs the time for the frames themselves).
void waitForEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Pages pushed on a stack and popups' items have no QObject parent in the window, only a
// visual one: both trees are walked.
const QObject *firstMoving(QQuickWindow *window)
{
    QSet<const QObject *> seen;
    QList<const QObject *> todo{window, window->contentItem()};
    while (!todo.isEmpty()) {
        const QObject *o = todo.takeLast();
        if (!o || seen.contains(o))
            continue;
        seen.insert(o);
        if (moving(o))
            return o;
        for (const QObject *child : o->children())
            todo << child;
        if (const auto *item = qobject_cast<const QQuickItem *>(o)) {
            for (const QQuickItem *child : item->childItems())
                todo << child;
        }
    }
    return nullptr;
}

// "QQuickNumberAnimation in QQuickRectangle \"badge\"": enough to find it in the QML.
QString describe(const QObject *o)
{
    QString text = QString::fromLatin1(o->metaObject()->className());
    if (!o->objectName().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(o->objectName());
    if (const QObject *parent = o->parent()) {
        text +=
            QStringLiteral(" in %1").arg(QString::fromLatin1(parent->metaObject()->className()));
        if (!parent->objectName().isEmpty())
            text += QStringLiteral(" \"%1\"").arg(parent->objectName());
    }
    return text;
}
} // namespace

bool waitUntilSettled(QQuickWindow *window, int timeoutMs, QString *stillMoving)
{
    std::atomic<bool> rendered = false;
    // The render thread may be the one that swaps.
    const auto swapped = QObject::connect(
        window, &QQuickWindow::frameSwapped, window, [&rendered] { rendered = true; },
        Qt::DirectConnection);
    QElapsedTimer timer;
    timer.start();
    bool settled = false;
    const QObject *last = nullptr;
    while (!settled && timer.elapsed() < timeoutMs) {
        waitForEvents(20);
        if (!window->isExposed() || (last = firstMoving(window)))
            continue;
        // Still at rest once a frame rendered after it came to rest.
        rendered = false;
        window->update();
        while (!rendered && timer.elapsed() < timeoutMs)
            waitForEvents(20);
        last = firstMoving(window);
        settled = rendered && !last;
    }
    QObject::disconnect(swapped);
    if (!settled && stillMoving)
        *stillMoving = !window->isExposed() ? QStringLiteral("the window is not shown")
                       : last               ? describe(last)
                                            : QStringLiteral("no frame was rendered");
    return settled;
}

QVariantMap demoParams(App &services, const QString &page)
{
    if (page == QStringLiteral("appointment") || page == QStringLiteral("move") ||
        page == QStringLiteral("edit"))
        return {{QStringLiteral("followNext"), true}};
    if (page == QStringLiteral("task") && services.office()->store()) {
        const auto tasks = TaskRepo(*services.office()->store()).list(services.personId());
        if (!tasks.isEmpty())
            return {{QStringLiteral("taskId"), tasks.first().id}};
    }
    if (page == QStringLiteral("checklist") && services.office()->store()) {
        const auto runs = ChecklistRepo(*services.office()->store()).runs();
        if (!runs.isEmpty())
            return {{QStringLiteral("runId"), runs.first().id}};
    }
    if (page == QStringLiteral("meeting") && services.office()->store()) {
        if (const auto next = MeetingRepo(*services.office()->store()).nextWithAgenda())
            return {{QStringLiteral("appointmentId"), next->appointmentId},
                    {QStringLiteral("occurrenceUtc"), double(next->occurrenceUtc)}};
    }
    // An outsider with every field and a gate set for Maarten.
    if (page == QStringLiteral("contact") && services.office()->store()) {
        for (const Contact &c :
             ContactRepo(*services.office()->store()).search(QStringLiteral("Anouk van Dijk")))
            return {{QStringLiteral("contactId"), c.id}};
    }
    // The office's lease: a contract with its notice date, its file and where the paper is.
    if (page == QStringLiteral("archiveitem") && services.office()->store()) {
        for (const ArchiveHit &h :
             ArchiveRepo(*services.office()->store()).search(QStringLiteral("huurcontract")))
            return {{QStringLiteral("itemId"), h.item.id}};
    }
    // The letter waiting for the director's approval: his to approve, her draft to read.
    if (page == QStringLiteral("letter") && services.office()->store()) {
        for (const Letter &l : LetterRepo(*services.office()->store()).all()) {
            if (l.state == LetterState::Approval)
                return {{QStringLiteral("letterId"), l.id}};
        }
    }
    // The alderman's request for an assistant; for a director the one forwarded to him.
    if (page == QStringLiteral("request") && services.office()->store()) {
        for (const Request &r : RequestRepo(*services.office()->store()).of({})) {
            if (r.director == services.personId()
                    ? waitsForDecision(r)
                    : r.subject.contains(QStringLiteral("Lage Weide")))
                return {{QStringLiteral("requestId"), r.id}};
        }
    }
    // The banker's half day tomorrow, when only making room fits it.
    if (page == QStringLiteral("makeroom") && services.office()->store()) {
        for (const Request &r : RequestRepo(*services.office()->store()).of({})) {
            if (r.subject.contains(QStringLiteral("term sheet")))
                return {{QStringLiteral("requestId"), r.id}};
        }
    }
    if (page == QStringLiteral("minutes") && services.office()->store()) {
        // The meeting whose minutes were begun last, the demo's past board meeting, on its
        // second item: a decision with a comment, an action and its task's status.
        const auto minutes = services.office()->store()->liveRecords(
            QStringLiteral("minutes"), QStringLiteral("ORDER BY id DESC LIMIT 1"));
        if (!minutes.isEmpty())
            return {{QStringLiteral("appointmentId"),
                     minutes.first().value(QStringLiteral("appointment_id"))},
                    {QStringLiteral("occurrenceUtc"),
                     minutes.first().value(QStringLiteral("occurrence_utc")).isNull()
                         ? -1.0
                         : minutes.first().value(QStringLiteral("occurrence_utc")).toDouble()},
                    {QStringLiteral("startItem"), 1}};
    }
    // Make room today for something more important, at the time of the first of the
    // agenda's appointments that may move for it.
    if (page == QStringLiteral("bump") && services.office()->store()) {
        Database &db = *services.office()->store();
        AgendaRepo agenda(db);
        const QString owner = services.people()->agendaPersonId();
        const qint64 now = services.office()->clock().nowMs();
        for (const Occurrence &o :
             agenda.occurrences(owner, now, now + 7 * 24 * 3600 * 1000LL, QTimeZone::utc())) {
            if (o.startUtc > now && bumpable(o, owner, AppointmentPriority::High))
                return {{QStringLiteral("ownerId"), owner},
                        {QStringLiteral("needTitle"), QStringLiteral("Bank: overname bespreken")},
                        {QStringLiteral("minutes"), int((o.endUtc - o.startUtc) / 60000)},
                        {QStringLiteral("startUtc"), double(o.startUtc)}};
        }
    }
    return {};
}

} // namespace spil::qml
