// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/OfficeView.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// The device's file cache as the user sees and sets it: how much its papers take, of what
// budget, and the budgets to choose from. The budget is kept in the store, so it lasts;
// a smaller one makes room at once (the next 14 days' papers stay).
class FileCacheSettings : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString usedText READ usedText NOTIFY changed) // "120 MB of 2 GB used"
    Q_PROPERTY(double usedFraction READ usedFraction NOTIFY changed)
    Q_PROPERTY(int budgetMb READ budgetMb NOTIFY changed)
    // The choices as {label, mb}, smallest first.
    Q_PROPERTY(QVariantList choices READ choices CONSTANT)
    Q_PROPERTY(QString aheadText READ aheadText CONSTANT)
public:
    explicit FileCacheSettings(QObject *parent = nullptr) : OfficeView(parent) {}
    FileCacheSettings(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);

    QString usedText() const { return m_usedText; }
    double usedFraction() const { return m_usedFraction; }
    int budgetMb() const { return m_budgetMb; }
    QVariantList choices() const;
    QString aheadText() const;

    Q_INVOKABLE void setBudgetMb(int mb);
    void reload() override;

    // A size as the page shows it: "850 MB", "1.5 GB".
    static QString sizeText(qint64 bytes);

Q_SIGNALS:
    void changed();

private:
    QString m_usedText;
    double m_usedFraction = 0;
    int m_budgetMb = 0;
};

} // namespace spil::qml
