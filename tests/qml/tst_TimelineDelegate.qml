// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// A timeline row reads the kind and the timing as the agenda's enums, as TimelineModel
// gives them, and says in words what its colours say.
TestCase {
    id: test
    name: "TimelineDelegate"
    when: windowShown
    visible: true
    width: 400; height: 200

    TimelineModel { id: today; office: App.office; people: App.people }
    ListView {
        id: list
        width: 400; height: 800
        model: today
        delegate: TimelineDelegate {}
    }

    function init() { today.offset = 0 }

    function labels(item, out) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.text !== undefined && child.visible)
                out.push(child.text)
            labels(child, out)
        }
        return out
    }

    function test_theRunningMeetingSaysNowAndThePrepBlockItsKind() {
        // The assistant's principal on Monday 09:15: the management meeting runs.
        tryVerify(function() { return list.count === 4 })
        const running = list.itemAtIndex(today.firstCurrentRow)
        verify(running)
        compare(running.when, Appointment.Timing.Now)
        compare(running.kind, Appointment.Kind.Meeting)
        verify(labels(running, []).indexOf("NOW") >= 0)
        compare(running.background.color, Theme.now)
        const past = list.itemAtIndex(0)
        compare(past.when, Appointment.Timing.Past)
        verify(labels(past, []).indexOf("NOW") < 0)
    }

    function test_aKindIsItsColourAndItsWord() {
        today.offset = 3 // the board presentation's day: prep block, then the presentation
        tryVerify(function() { return list.count === 2 })
        const prep = list.itemAtIndex(0)
        compare(prep.kind, Appointment.Kind.Prep)
        compare(prep.kindText, "Prep time")
        verify(labels(prep, []).some(function(t) { return t.indexOf("Prep time") >= 0 }))
        compare(list.itemAtIndex(1).kind, Appointment.Kind.Presentation)
    }
}
