// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace spil {

class Database;

// The bytes of a document of the demo office, by the hash its record names: whoever
// creates the office keeps them where its documents' files are kept (a device's file
// cache, the server's file store), or the papers cannot be opened.
struct DemoFile {
    QString sha256;
    QByteArray bytes;
};

// The people the demo office creates, by handle, for front ends that log in as one.
struct DemoOffice {
    static constexpr const char *director = "maarten";
    static constexpr const char *assistant = "sanne";
    static constexpr const char *officeManager = "fatima";
    static constexpr const char *staff = "joris";

    // Fills an empty store with an office dated from the clock's today (Europe/Amsterdam):
    // two directors, two assistants, an office manager and staff; a fortnight of agenda
    // with a board presentation and its prep time, a weekly management meeting (one instance
    // moved, one cancelled), a trip to New York, a double booking and a confidential talk;
    // delegated tasks, some urgent, one overdue; a move-day checklist run in three phases;
    // the board meeting's papers, three of five in, and archived contracts with their files.
    // Returns the files of its documents (PDFs, the same bytes for the same office).
    // Error(BadInput) when the store already holds people.
    static QList<DemoFile> create(Database &db);
};

} // namespace spil
