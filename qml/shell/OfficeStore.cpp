// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/shell/OfficeStore.h"

#include "core/archive/ArchiveRepo.h"
#include "core/archive/ArchiveText.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/demo/DemoOffice.h"
#include "core/documents/FileCache.h"
#include "core/people/PeopleRepo.h"
#include "core/people/Person.h"
#include "core/personnel/PersonnelRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "qml/shell/Language.h"
#include "qml/shell/SyncStatus.h"
#include "sync/client/FetchAhead.h"
#include "sync/client/FileTransfer.h"
#include "sync/client/SyncClient.h"

#include <QDir>
#include <QFile>

namespace spil::qml {

namespace {
void removeStoreFiles(const QString &file)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
}
} // namespace

OfficeStore::OfficeStore(const Clock &clock, const QString &dataDir, const QString &localZone,
                         QObject *parent)
    : QObject(parent), m_clock(clock), m_dataDir(dataDir),
      m_localZone(localZone.isEmpty() ? QTimeZone::systemTimeZone() : zoneOrFail(localZone)),
      m_status(new SyncStatus(clock, this))
{
    QDir().mkpath(m_dataDir);
    // What waits to go up changes with every action.
    connect(this, &OfficeStore::storeChanged, m_status, &SyncStatus::update);
}

OfficeStore::~OfficeStore()
{
    release();
}

void OfficeStore::release()
{
    m_status->setDemo(false);
    m_status->attach(nullptr);
    m_ahead.reset();
    m_transfer.reset();
    m_sync.reset();
    m_files.reset();
    m_db.reset();
}

QString OfficeStore::localZoneId() const
{
    return QString::fromUtf8(m_localZone.id());
}

QString OfficeStore::today() const
{
    return dateIn(m_clock.nowMs(), m_localZone).toString(Qt::ISODate);
}

QString OfficeStore::serverUrl() const
{
    const auto login = m_sync ? m_sync->engine().login() : std::nullopt;
    return login ? login->serverUrl : QString();
}

bool OfficeStore::admin() const
{
    const auto login = m_sync ? m_sync->engine().login() : std::nullopt;
    return login && fromText<Role>(login->role) == Role::Admin;
}

QString OfficeStore::storePath(bool demo) const
{
    return m_dataDir + (demo ? QStringLiteral("/demo.db") : QStringLiteral("/office.db"));
}

void OfficeStore::open(const QString &file, bool demo)
{
    close();
    m_db = std::make_unique<Database>(file, m_clock);
    m_demo = demo;
    m_status->setDemo(demo);
    m_files = std::make_unique<FileCache>(*m_db, file + QStringLiteral(".files"));
    if (demo)
        return;
    m_sync = std::make_unique<client::SyncClient>(*m_db);
    m_transfer = std::make_unique<client::FileTransfer>(*m_sync, m_files->dir());
    // Queued: the views reload on the sync first; the round itself only starts downloads.
    connect(m_sync.get(), &client::SyncClient::synced, this, &OfficeStore::startFetchAhead,
            Qt::QueuedConnection);
    connect(m_sync.get(), &client::SyncClient::synced, this, &OfficeStore::keepTasks,
            Qt::QueuedConnection);
    connect(m_sync.get(), &client::SyncClient::recordsArrived, this,
            [this](const QList<protocol::Record> &records) {
                QStringList tasks, visitors, letters;
                for (const auto &r : records) {
                    if (r.entity == QStringLiteral("tasks") && !r.deleted)
                        tasks << r.id;
                    else if (r.entity == QStringLiteral("visitors") && !r.deleted)
                        visitors << r.id;
                    else if (r.entity == QStringLiteral("letters") && !r.deleted)
                        letters << r.id;
                }
                Q_EMIT tasksArrived(tasks);
                if (!visitors.isEmpty())
                    Q_EMIT visitorsArrived(visitors);
                Q_EMIT lettersArrived(letters);
            });
    m_status->attach(m_sync.get());
}

void OfficeStore::startFetchAhead()
{
    const auto login = m_sync ? m_sync->engine().login() : std::nullopt;
    if (!login || !m_files)
        return;
    if (m_ahead && m_aheadFor == login->personId && m_ahead->running()) {
        m_ahead->run(); // one more round once this one ends: the sync may have brought papers
        return;
    }
    if (m_transfer->busy())
        return;
    // Made for the person signed in; a new sign-in on this store makes it anew.
    if (!m_ahead || m_aheadFor != login->personId) {
        m_ahead = std::make_unique<client::FetchAhead>(*m_files, *m_transfer, login->personId);
        m_aheadFor = login->personId;
        connect(m_ahead.get(), &client::FetchAhead::done, this, &OfficeStore::filesChanged);
        connect(m_ahead.get(), &client::FetchAhead::done, this, &OfficeStore::readArchiveFiles);
    }
    m_ahead->run();
}

void OfficeStore::keepTasks()
{
    const auto login = m_sync ? m_sync->engine().login() : std::nullopt;
    if (!login || !m_db)
        return;
    try {
        // A contract filed or changed on another device: its secretary's device keeps her
        // notice task (only hers write it), as one user action that goes up.
        int made = ArchiveRepo(*m_db).keepNoticeTasks(login->personId);
        // A birthday, an anniversary or a long sick leave is due whether or not she opens
        // the Personnel page: her devices make its task, each the same id (two offline
        // devices meet in one record). An admin keeps personnel too, but the reminders
        // are the office manager's work, and her devices make them.
        const auto me = PeopleRepo(*m_db).byId(login->personId);
        if (me && me->role == Role::OfficeManager) {
            // Titled in the language her screens speak (--lang, else the system's).
            made += int(PersonnelRepo(*m_db)
                            .makeReminderTasks(dateIn(m_clock.nowMs(), m_localZone), me->id, me->id,
                                               m_localZone, appLanguage())
                            .size());
        }
        if (made > 0) {
            reloadViews();
            m_sync->syncNow();
        }
    } catch (const Error &e) {
        Q_EMIT actionFailed(e.message());
    }
}

void OfficeStore::readArchiveFiles()
{
    if (!m_db || !m_files)
        return;
    // The text of archived files now in the cache, for the search; read once per file.
    try {
        if (indexArchiveFiles(*m_db, *m_files) > 0)
            reloadViews();
    } catch (const Error &e) {
        Q_EMIT actionFailed(e.message());
    }
}

void OfficeStore::openDemo()
{
    const QString file = storePath(true);
    removeStoreFiles(file);
    open(file, true);
    // The papers and archived files are on this device, as if fetched: they open offline.
    for (const DemoFile &f : DemoOffice::create(*m_db))
        m_files->keep(f.sha256, f.bytes);
    TaskRepo(*m_db).markPastSeen();
}

void OfficeStore::openOnServer()
{
    open(storePath(false), false);
}

bool OfficeStore::hasServerStore() const
{
    return QFile::exists(storePath(false));
}

void OfficeStore::removeServerStore()
{
    close();
    removeStoreFiles(storePath(false));
}

void OfficeStore::close()
{
    const bool wasOpen = isOpen();
    release();
    // The views empty out.
    if (wasOpen)
        reloadViews();
}

void OfficeStore::reloadViews()
{
    Q_EMIT storeChanged();
}

std::optional<Error> OfficeStore::attempt(const std::function<void(Database &)> &action)
{
    if (!m_db)
        return Error(ErrorKind::NotFound, tr("No office is open."));
    try {
        action(*m_db);
    } catch (const Error &e) {
        return e;
    }
    reloadViews();
    if (m_sync)
        m_sync->syncNow();
    return std::nullopt;
}

QString OfficeStore::act(const std::function<void(Database &)> &action)
{
    const std::optional<Error> error = attempt(action);
    if (!error)
        return {};
    Q_EMIT actionFailed(error->message());
    return error->message();
}

void OfficeStore::refresh()
{
    if (m_sync)
        m_sync->syncNow();
    else
        reloadViews();
}

} // namespace spil::qml
