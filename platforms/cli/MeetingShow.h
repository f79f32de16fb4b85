// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include "core/meetings/Meeting.h"

namespace spil {

// Prints a meeting: its agenda with papers in and late, its minutes, the actions carried
// over from earlier meetings of its series; as text, or as one JSON object.
void showMeeting(CommandContext &s, const MeetingRef &ref, bool asJson);

} // namespace spil
