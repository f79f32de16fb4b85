import QtQuick
import QtTest
import Spil

TestCase {
    id: test
    name: "QuickCaptureForm"
    when: windowShown
    visible: true  // a hidden TestCase gets no pointer events
    width: 400; height: 700

    Component { id: form; QuickCaptureForm { width: 400 } }
    TaskListModel { id: inbox; view: "inbox" }
    SignalSpy { id: saved; signalName: "saved" }

    function test_typeAndOneTapSaves() {
        const f = createTemporaryObject(form, test)
        saved.target = f
        const before = inbox.count
        f.titleField.forceActiveFocus()
        keyClick(Qt.Key_B); keyClick(Qt.Key_E); keyClick(Qt.Key_L)
        keyClick(Qt.Key_Return)
        compare(saved.count, 1)
        compare(inbox.count, before + 1)
        compare(f.titleField.text, "")   // ready for the next one
    }

    function test_anEmptyTaskIsNotSaved() {
        const f = createTemporaryObject(form, test)
        saved.target = f
        saved.clear()
        const before = inbox.count
        f.titleField.text = "   "
        f.titleField.accepted()
        compare(saved.count, 0)
        compare(inbox.count, before)
    }
}
