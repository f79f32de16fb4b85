// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

typedef struct icalcomponent_impl icalcomponent;

namespace spil {

// The IANA zone a TZID names, or an empty string. Accepts IANA ids as Google writes them,
// the Windows names Outlook writes ("W. Europe Standard Time"), and ids behind a
// publisher's prefix ("/freeassociation.sourceforge.net/Europe/Amsterdam"). A Windows name
// stands for several IANA zones of the same rules: preferred (the reader's own zone) when
// it is one of them, else the name's usual one.
QString ianaZoneFor(const QString &tzid, const QString &preferred = {});

// A VTIMEZONE for an IANA zone with its rules as they stand at atUtc: one STANDARD and,
// where the zone observes DST, one DAYLIGHT observance with a yearly rule, as Outlook
// writes them. TZID is the IANA id. The caller owns the component.
icalcomponent *makeVTimezone(const QString &ianaId, qint64 atUtc);

} // namespace spil
