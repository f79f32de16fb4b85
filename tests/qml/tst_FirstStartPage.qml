// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

TestCase {
    id: test
    name: "FirstStartPage"
    when: windowShown
    visible: true
    width: 400; height: 800

    Component { id: pageComponent; FirstStartPage { width: 400; height: 800 } }

    function test_aFailedSignInKeepsWhatWasTypedAndSaysWhy() {
        const page = createTemporaryObject(pageComponent, test)
        const server = findChild(page, "serverField")
        const user = findChild(page, "userField")
        server.text = "spil.kantoor.example"
        user.text = "sanne"
        // What a failed sign-in does: the session changes back, then the reason arrives.
        App.sessionChanged()
        App.loginFailed("Unknown user name or wrong password. Check both and try again.")
        compare(server.text, "spil.kantoor.example")
        compare(user.text, "sanne")
        const error = findChild(page, "loginError")
        verify(error.visible)
        compare(error.text, "Unknown user name or wrong password. Check both and try again.")
    }
}
