// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// Calendar apps on the demo office, which has no server: the dialog says so once (it once
// said it twice, the second time in red as if something had failed).
TestCase {
    id: test
    name: "CalendarAppsDialog"
    when: windowShown
    visible: true

    Component { id: main; Main { visible: true } }

    function test_theDemoSaysOnceThatCalendarAppsNeedAServer() {
        const window = createTemporaryObject(main, null, { width: 400, height: 800 })
        Navigation.open("calendarapps")
        const dialog = findChild(window, "calendarApps")
        verify(dialog)
        tryCompare(dialog, "opened", true)
        const message = findChild(dialog, "appsMessage")
        verify(message)
        verify(!message.visible, "the demo's reason stands in the text above, not again in red")
        verify(!findChild(dialog, "makeAppPassword").visible)
        dialog.close()
        tryCompare(dialog, "visible", false)
    }
}
