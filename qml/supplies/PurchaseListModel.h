// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One quote of a purchase, shown side by side with the others.
struct QuoteEntry {
    Q_GADGET
    QML_VALUE_TYPE(quoteEntry)
    Q_PROPERTY(QString quoteId MEMBER quoteId)
    Q_PROPERTY(QString supplier MEMBER supplier)
    Q_PROPERTY(QString priceText MEMBER priceText)
    Q_PROPERTY(QString notes MEMBER notes)
    Q_PROPERTY(bool cheapest MEMBER cheapest)
    Q_PROPERTY(bool chosen MEMBER chosen)
public:
    QString quoteId, supplier, priceText, notes;
    bool cheapest = false, chosen = false;
    bool operator==(const QuoteEntry &) const = default;
};

// A bigger purchase (the new copier) with its quotes, cheapest first.
struct PurchaseRow {
    Q_GADGET
    Q_PROPERTY(QString purchaseId MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString budgetName MEMBER budgetName)
    Q_PROPERTY(QString notes MEMBER notes)
    Q_PROPERTY(bool ordered MEMBER ordered) // a quote was chosen and its order stands
    Q_PROPERTY(QList<spil::qml::QuoteEntry> quotes MEMBER quotes)
public:
    QString id, title, budgetName, notes;
    bool ordered = false;
    QList<QuoteEntry> quotes;
    bool operator==(const PurchaseRow &) const = default;
};

// The purchases with quotes side by side; choosing one orders it.
class PurchaseListModel : public RowList<PurchaseRow> {
    Q_OBJECT
    QML_ELEMENT
    // Why the last add was refused ("Give the quote a price in euros."), empty after one
    // that went through.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    explicit PurchaseListModel(QObject *parent = nullptr);
    PurchaseListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;
    QString error() const { return m_error; }
    // A new purchase charged to the budget line; its id, or empty with error set.
    Q_INVOKABLE QString add(const QString &title, const QString &budgetLineId,
                            const QString &notes);
    // A supplier's quote for the purchase, the price typed in euros ("749,50"); false with
    // error set when refused.
    Q_INVOKABLE bool addQuote(const QString &purchaseId, const QString &supplier,
                              const QString &price, const QString &notes);
    // The quote becomes an order placed with its supplier; true when it went through.
    Q_INVOKABLE bool choose(const QString &purchaseId, const QString &quoteId);

Q_SIGNALS:
    void errorChanged();

private:
    using Row = PurchaseRow;
    // Keeps why an add was refused (empty: it went through); true when it went through.
    bool answer(const QString &why);
    QString m_error;
};

} // namespace spil::qml
