// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace spil {

class Database;

// Whether the board meeting's papers are in: on a device three of its five are, opened by
// some attendees; a server holds no files for them, so the office it is given has only
// the two papers not in yet (a document without its file would stop every device's
// fetching ahead at the first).
enum class DemoPapers { In, NoneIn };

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
    // delegated tasks, some urgent, one overdue; a move-day checklist run in three phases.
    // Error(BadInput) when the store already holds people.
    static void create(Database &db, DemoPapers papers = DemoPapers::In);
};

} // namespace spil
