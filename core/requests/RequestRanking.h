// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requests/Request.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace spil {

// The ranking rule of the queue (docs/architecture.md, "The request queue"):
//
//   score = weight of the importance + waiting bonus
//
// The weights are 0 (low), 10 (normal), 20 (high) and 30 (urgent). A request gains 5
// points for every full working week (five working days, Monday to Friday) it waited,
// at most 15: a low request that waited three weeks passes a fresh normal one, a high
// one that waited two weeks stands beside a fresh urgent one, and nothing that waited
// overtakes an urgent request of the same age. Equal scores: the one that waited
// longest first.
int importanceWeight(RequestImportance importance);
int waitingBonus(int workingDaysWaited);
// Working days (Monday to Friday) after from up to and including to; 0 when to is not
// after from.
int workingDaysBetween(const QDate &from, const QDate &to);

struct RankedRequest {
    Request request;
    int score = 0;
    int waitingDays = 0; // working days waited
};

// The requests in queue order, waiting counted in working days up to today in zone (the
// director's). A pure function: it reads no store and no clock.
QList<RankedRequest> rankRequests(const QList<Request> &requests, const QDate &today,
                                  const QTimeZone &zone);

} // namespace spil
