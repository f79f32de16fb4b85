// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl: the Spil core on the command line. See docs/cli.md.
#include "Command.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

using namespace spil;

namespace {
constexpr int kExitFailure = 1;  // the store or the machine failed us
constexpr int kExitBadInput = 2; // the command line, or what it asks, is wrong

CommandTable allCommands()
{
    CommandTable table;
    addStoreCommands(table);
    addPeopleCommands(table);
    addAgendaCommands(table);
    addTaskCommands(table);
    addChecklistCommands(table);
    addMeetingCommands(table);
    addCalendarCommands(table);
    addSyncCommands(table);
    addDocumentCommands(table);
    addContactCommands(table);
    addRequestCommands(table);
    addSupplyCommands(table);
    addPurchaseCommands(table);
    addArchiveCommands(table);
    addLetterCommands(table);
    addBudgetCommands(table);
    addPersonnelCommands(table);
    addSecretariatCommands(table);
    addReceptionCommands(table);
    return table;
}

void printUsage(const CommandTable &table, FILE *to)
{
    std::fputs("usage: spilctl --db FILE [--as PERSON] [--now ISO] VERB ...\n\nverbs:\n", to);
    for (const Command &c : table)
        std::fprintf(to, "  %s\n", qPrintable(c.usage));
}

struct Global {
    QString db, as, now;
    bool help = false;
    QStringList rest;
};

// Global options may stand anywhere on the line.
Global takeGlobals(const QStringList &words)
{
    Global g;
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words[i];
        QString *target = nullptr;
        QString name = w.section(QLatin1Char('='), 0, 0);
        if (name == QStringLiteral("--db"))
            target = &g.db;
        else if (name == QStringLiteral("--as"))
            target = &g.as;
        else if (name == QStringLiteral("--now"))
            target = &g.now;
        if (w == QStringLiteral("--help") || w == QStringLiteral("-h")) {
            g.help = true;
        } else if (!target) {
            g.rest << w;
        } else if (w.contains(QLatin1Char('='))) {
            *target = w.section(QLatin1Char('='), 1);
        } else if (i + 1 < words.size()) {
            *target = words[++i];
        } else {
            fail(ErrorKind::BadInput, QStringLiteral("%1 needs a value").arg(w));
        }
    }
    return g;
}

const Command &findCommand(const CommandTable &table, QStringList *words)
{
    // The longest path first: "meeting paper add" before "meeting show".
    for (int n = 3; n >= 1; --n) {
        if (words->size() < n)
            continue;
        const QString path = words->mid(0, n).join(QLatin1Char(' '));
        for (const Command &c : table) {
            if (c.path == path) {
                *words = words->mid(n);
                return c;
            }
        }
    }
    fail(ErrorKind::BadInput,
         words->isEmpty() ? QStringLiteral("name a verb (spilctl --help lists them)")
                          : QStringLiteral("unknown verb '%1'").arg(words->join(QLatin1Char(' '))));
}

CommandArgs parseArgs(const Command &c, const QStringList &words)
{
    CommandArgs args;
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words[i];
        if (!w.startsWith(QStringLiteral("--")) || w == QStringLiteral("--")) {
            args.positional << w;
            continue;
        }
        const QString name = w.mid(2).section(QLatin1Char('='), 0, 0);
        if (c.flags.contains(name) && !w.contains(QLatin1Char('='))) {
            args.flags << name;
        } else if (c.options.contains(name)) {
            if (w.contains(QLatin1Char('=')))
                args.options.insert(name, w.section(QLatin1Char('='), 1));
            else if (i + 1 < words.size())
                args.options.insert(name, words[++i]);
            else
                fail(ErrorKind::BadInput, QStringLiteral("--%1 needs a value").arg(name));
        } else {
            fail(ErrorKind::BadInput,
                 QStringLiteral("%1 does not take --%2; usage: %3").arg(c.path, name, c.usage));
        }
    }
    if (args.positional.size() < c.minPositional || args.positional.size() > c.maxPositional)
        fail(ErrorKind::BadInput, QStringLiteral("usage: %1").arg(c.usage));
    return args;
}
} // namespace

namespace {
// The board pack and the minutes' export draw text, which needs fonts, which need a
// QGuiApplication; every other verb runs without one. Without a display the offscreen
// platform draws as well.
bool drawsPdf(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "meeting") == 0 && qstrcmp(argv[i + 1], "pack") == 0)
            return true;
        // Filing reads the file's text, and Qt PDF is part of Qt Gui.
        if (qstrcmp(argv[i], "archive") == 0 && qstrcmp(argv[i + 1], "add") == 0)
            return true;
        // The reception's day list as a PDF.
        if (qstrcmp(argv[i], "reception") == 0 && qstrcmp(argv[i + 1], "list") == 0) {
            for (int j = i + 2; j < argc; ++j) {
                if (qstrcmp(argv[j], "--pdf") == 0)
                    return true;
            }
        }
        // A letter's PDF, on its own or as it is sent and filed.
        if (qstrcmp(argv[i], "letter") == 0 &&
            (qstrcmp(argv[i + 1], "pdf") == 0 || qstrcmp(argv[i + 1], "send") == 0))
            return true;
        if (i + 2 < argc && qstrcmp(argv[i], "meeting") == 0 &&
            qstrcmp(argv[i + 1], "minutes") == 0 && qstrcmp(argv[i + 2], "export") == 0)
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (!drawsPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}
} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("spilctl"));
    const CommandTable table = allCommands();
    bool forceable = false; // the verb takes --force, which overrides a refusal
    try {
        Global g = takeGlobals(app.arguments().mid(1));
        if (g.help) {
            printUsage(table, stdout);
            return 0;
        }
        const Command &command = findCommand(table, &g.rest);
        const CommandArgs args = parseArgs(command, g.rest);
        forceable = command.flags.contains(QStringLiteral("force"));
        SystemClock systemClock;
        ManualClock fixedClock;
        const Clock *clock = &systemClock;
        if (!g.now.isEmpty()) {
            fixedClock.set(parseInstant(g.now, QTimeZone::systemTimeZone()));
            clock = &fixedClock;
        }
        if (g.db.isEmpty())
            fail(ErrorKind::BadInput, QStringLiteral("--db FILE is required"));
        CommandContext context(g.db, g.as, *clock);
        command.run(context, args);
        return 0;
    } catch (const Error &e) {
        QString message = e.message();
        if (e.kind() == ErrorKind::Refused)
            message += forceable ? QStringLiteral(" (refused; --force books it anyway)")
                                 : QStringLiteral(" (refused)");
        std::fprintf(stderr, "spilctl: %s\n", qPrintable(message));
        return e.kind() == ErrorKind::Storage ? kExitFailure : kExitBadInput;
    }
}
