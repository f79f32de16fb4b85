// SPDX-License-Identifier: GPL-3.0-or-later
// The Dutch app speaks Dutch on Qt's own buttons too, not only in its own strings.
#include "qml/shell/Language.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTranslator>
#include <gtest/gtest.h>

namespace {
// Every button text under item.
QStringList buttonTexts(QObject *item)
{
    QStringList out;
    for (QObject *child : item->findChildren<QObject *>()) {
        if (child->inherits("QQuickAbstractButton"))
            out << child->property("text").toString();
    }
    return out;
}
} // namespace

TEST(Language, DutchStandardButtonsAreNotEnglish)
{
    spil::qml::applyLanguage(QStringLiteral("nl"));
    QQmlEngine engine;
    QQmlComponent component(&engine);
    // The standard buttons the app's dialogs use (IncidentDialog, StartRunDialog, the
    // account menu), and a few more Qt may show.
    component.setData(R"(
        import QtQuick
        import QtQuick.Controls
        Item {
            Dialog {
                objectName: "dialog"
                standardButtons: Dialog.Ok | Dialog.Cancel | Dialog.Save | Dialog.Open |
                                 Dialog.Close | Dialog.Yes | Dialog.No | Dialog.Discard
            }
        })",
                      QUrl());
    std::unique_ptr<QObject> root(component.create());
    ASSERT_TRUE(root) << component.errorString().toStdString();
    QObject *dialog = root->findChild<QObject *>(QStringLiteral("dialog"));
    ASSERT_NE(dialog, nullptr);
    auto *footer = qvariant_cast<QObject *>(dialog->property("footer"));
    ASSERT_NE(footer, nullptr);
    const QStringList texts = buttonTexts(footer);
    ASSERT_EQ(texts.size(), 8);
    for (const char *english : {"Cancel", "Save", "Open", "Close", "Yes", "No", "Discard"}) {
        for (const QString &text : texts)
            EXPECT_NE(QString(text).remove(QLatin1Char('&')), QLatin1String(english))
                << "an English standard button in the Dutch UI: " << english;
    }
    EXPECT_TRUE(texts.contains(QStringLiteral("Annuleren"))) << texts.join(u',').toStdString();
    spil::qml::applyLanguage(QStringLiteral("en"));
}

TEST(Language, EnglishAfterDutchShowsNoDutch)
{
    spil::qml::applyLanguage(QStringLiteral("nl"));
    ASSERT_EQ(QCoreApplication::translate("Main", "New task"), QStringLiteral("Nieuwe taak"));
    ASSERT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuleren"));
    spil::qml::applyLanguage(QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("Main", "New task"), QStringLiteral("New task"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}
