// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/supplies/Supply.h"

#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// Bigger purchases (the new copier): quotes side by side, and the chosen quote ordered.
class PurchaseRepo {
public:
    explicit PurchaseRepo(Database &db) : m_db(db) {}

    // A purchase to be charged to budgetLineId (a live budget line); returns its id.
    QString add(const QString &title, const QString &budgetLineId, const QString &notes = {});
    QString addQuote(const QString &purchaseId, Quote quote);
    void removeQuote(const QString &quoteId);
    void restoreQuote(const QString &quoteId);
    // The chosen quote becomes an order placed with its supplier (one line: the purchase at
    // the quote's price), charged to the purchase's budget line, in one user action; returns
    // the order's id. Refused while the purchase has an order that is not cancelled.
    QString choose(const QString &purchaseId, const QString &quoteId, const QString &chosenBy);
    void remove(const QString &purchaseId);
    void restore(const QString &purchaseId);

    std::optional<Purchase> byId(const QString &id);
    Purchase resolve(const QString &ref);
    // Live purchases with their quotes (cheapest first), by title.
    QList<Purchase> all();

    static Purchase fromRecord(const QVariantMap &record);
    static Quote quoteFromRecord(const QVariantMap &record);

private:
    Database &m_db;
};

} // namespace spil
