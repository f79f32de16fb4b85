// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <functional>
#include <memory>

namespace spil {

class Clock;
class Database;
struct Person;

// The words after a verb: positional arguments, --name value options and --flags. Only the
// options and flags a command declares are accepted.
class CommandArgs {
public:
    QStringList positional;
    QHash<QString, QString> options;
    QStringList flags;

    bool has(const QString &name) const { return options.contains(name) || flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return options.value(name, fallback);
    }
    // The option's value, or Error(BadInput) naming it.
    QString required(const QString &name) const;
    int number(const QString &name, int fallback) const;
    // The option in euros ("28.99", "1250,00") as cents, or fallback when not given;
    // Error(BadInput) naming it when it is no amount.
    qint64 cents(const QString &name, qint64 fallback) const;
};

// What every command works with. The store is opened only after the command line parsed,
// so a bad command line never creates or touches a store.
class CommandContext {
public:
    CommandContext(QString dbPath, QString actingRef, const Clock &clock);
    ~CommandContext();
    Database &db();
    const Clock &clock() const { return m_clock; }
    // The person who acts (--as), or an empty id on a store nobody acts in.
    QString actingId();
    Person resolvePerson(const QString &ref);
    // A full record id from an id or a unique prefix of at least 4 characters.
    QString resolveId(const QString &entity, const QString &ref);
    QTimeZone zoneFor(const CommandArgs &args, const QString &personId);
    // The store's file cache: the files of its documents, one per hash, beside the store.
    QString fileCacheDir() const { return m_dbPath + QStringLiteral(".files"); }

    void printJson(const QJsonArray &array) const;
    void printJson(const QJsonObject &object) const;
    void print(const QString &line) const;

private:
    QString m_dbPath;
    QString m_actingRef;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
};

struct Command {
    QString path; // "agenda list"
    QString usage;
    QStringList options;
    QStringList flags;
    int minPositional = 0;
    int maxPositional = 0;
    std::function<void(CommandContext &, const CommandArgs &)> run;
};

using CommandTable = QList<Command>;

void addPeopleCommands(CommandTable &table);
void addAgendaCommands(CommandTable &table);
void addTaskCommands(CommandTable &table);
void addChecklistCommands(CommandTable &table);
void addMeetingCommands(CommandTable &table);
void addStoreCommands(CommandTable &table);
void addSyncCommands(CommandTable &table);
void addDocumentCommands(CommandTable &table);
void addCalendarCommands(CommandTable &table);
void addContactCommands(CommandTable &table);
void addRequestCommands(CommandTable &table);
void addSupplyCommands(CommandTable &table);
void addPurchaseCommands(CommandTable &table);
void addBudgetCommands(CommandTable &table);
void addArchiveCommands(CommandTable &table);
void addLetterCommands(CommandTable &table);
void addPersonnelCommands(CommandTable &table);
void addSecretariatCommands(CommandTable &table);
void addReceptionCommands(CommandTable &table);

} // namespace spil
