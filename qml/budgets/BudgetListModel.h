// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowList.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One budget line of the year with its projection, ready to show and to chart.
struct BudgetRow {
    Q_GADGET
    Q_PROPERTY(QString lineId MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString amountText MEMBER amountText)
    Q_PROPERTY(QString spentText MEMBER spentText)
    Q_PROPERTY(QString committedText MEMBER committedText)
    Q_PROPERTY(QString leftText MEMBER leftText)
    Q_PROPERTY(QString projectedText MEMBER projectedText)
    // The day the line runs out ("Tuesday 15 December"), empty when it lasts the year.
    Q_PROPERTY(QString lastsUntilText MEMBER lastsUntilText)
    Q_PROPERTY(bool runsOutEarly MEMBER runsOutEarly)
    Q_PROPERTY(bool overBudget MEMBER overBudget) // projected above the amount
    // The plan inside the line (the outing): people, cost per head, their product.
    Q_PROPERTY(bool hasPlan MEMBER hasPlan)
    Q_PROPERTY(int planPeople MEMBER planPeople)
    Q_PROPERTY(QString perHeadText MEMBER perHeadText)
    Q_PROPERTY(QString plannedText MEMBER plannedText)
    Q_PROPERTY(bool planFits MEMBER planFits)
    // Spent and committed as parts of the amount (0..1), for the bar.
    Q_PROPERTY(double spentShare MEMBER spentShare)
    Q_PROPERTY(double committedShare MEMBER committedShare)
    // The chart, in euros over the days of the year: spent so far (points), the projection
    // from today to 31 December (two points), the amount, today and the year's length.
    Q_PROPERTY(QVariantList actual MEMBER actual)
    Q_PROPERTY(QVariantList projected MEMBER projected)
    Q_PROPERTY(double amount MEMBER amount)
    Q_PROPERTY(int today MEMBER today)
    Q_PROPERTY(int daysInYear MEMBER daysInYear)
public:
    QString id, name, amountText, spentText, committedText, leftText, projectedText;
    QString lastsUntilText;
    bool runsOutEarly = false, overBudget = false;
    bool hasPlan = false;
    int planPeople = 0;
    QString perHeadText, plannedText;
    bool planFits = true;
    double spentShare = 0, committedShare = 0;
    QVariantList actual, projected;
    double amount = 0;
    int today = 0, daysInYear = 365;
    bool operator==(const BudgetRow &) const = default;
};

// The budget lines of a year, by name, each with its year-end projection.
class BudgetListModel : public RowList<BudgetRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY yearChanged)
    Q_PROPERTY(int warnings READ warnings NOTIFY loaded) // lines that run out early
public:
    explicit BudgetListModel(QObject *parent = nullptr);
    BudgetListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    int year() const;
    void setYear(int year);
    int warnings() const { return m_warnings; }
    Q_INVOKABLE QString idAt(int row) const;
    // Plans people times a cost per head in euros ("85" or "85,50") inside the line; an
    // empty text when it went through, else why not.
    Q_INVOKABLE QString setPlan(const QString &lineId, int people, const QString &perHead);

Q_SIGNALS:
    void yearChanged();
    void loaded();

private:
    using Row = BudgetRow;
    int m_year = 0; // 0: the current year
    int m_warnings = 0;
};

} // namespace spil::qml
