// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// Booking for a principal with taps: day chips, a start time, a length, attendees; or a
// free slot found for everyone. Prep-time refusals say why and offer to book anyway. On a
// tablet the principal's chosen day stands beside the form. With moving set, the same
// choices move that appointment (one of a series: only that one) instead.
Page {
    id: page
    objectName: "booking"
    readonly property bool wide: width >= Theme.wideBreakpoint
    property AppointmentDetails moving: null
    // Booking with a contact chosen already (from the contact's page).
    property string contactId: ""
    property string contactName: ""
    readonly property bool isMove: moving !== null
    property bool tried: false   // the move's refusal shown belongs to the last tap
    readonly property string refusal: isMove ? (tried ? moving.refusal : "") : form.refusal

    function commit(force) {
        if (!isMove) {
            form.book(force)
            return
        }
        if (moving.moveTo(form.chosenStartUtc(), form.minutes, force)) {
            Navigation.back()
            return
        }
        tried = true   // the refusal shows, with "Move anyway"
    }
    Component.onCompleted: {
        if (!isMove) {
            form.contactId = contactId
            return
        }
        form.ownerId = moving.ownerId
        form.title = moving.title
        form.place = moving.place
        form.minutes = moving.minutes
        form.attendees = moving.attendeeIds
        form.startAt(moving.occurrenceStartUtc)
        form.setMoving(moving.shownId, moving.recurrenceIdUtc)
        tried = false
    }
    Connections { target: form; function onChanged() { page.tried = false } }
    background: Rectangle { color: Theme.background }

    TimelineModel {
        id: chosenDay
        office: App.office; people: App.people
        days: 1
        withConflicts: true
        personId: form.ownerId
        offset: form.dayIndex
    }

    BookingForm {
        id: form
        office: App.office; people: App.people
        onBooked: Navigation.back()
    }
    PeopleModel { id: people; office: App.office; people: App.people }
    ContactPicker {
        id: contactPicker
        parent: Overlay.overlay
        onPicked: function(contactId, name) {
            page.contactName = name
            form.contactId = contactId
        }
    }

    header: PageHeader {
        title: page.isMove ? qsTr("Move appointment") : qsTr("New appointment")
        subtitle: page.isMove ? page.moving.title : qsTr("for %1").arg(App.nameOf(form.ownerId))
        canGoBack: true
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight + 96
            clip: true

            ColumnLayout {
                id: column
                x: (flick.width - width) / 2; y: Theme.margin
                width: Math.min(flick.width - 2 * Theme.margin, 720)
                spacing: Theme.gap

                Label {
                    objectName: "movingNow"
                    visible: page.isMove
                    text: page.isMove ? qsTr("Now: %1, %2").arg(page.moving.dayText).arg(page.moving.timeText) : ""
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                TextField {
                    id: titleField
                    visible: !page.isMove
                    placeholderText: qsTr("What (e.g. Lunch with the alderman)")
                    text: form.title
                    onTextEdited: form.title = text
                    font.pixelSize: Theme.fontBody
                    Layout.fillWidth: true
                }
                TextField {
                    visible: !page.isMove
                    placeholderText: qsTr("Where")
                    text: form.place
                    onTextEdited: form.place = text
                    Layout.fillWidth: true
                }
                SectionLabel { text: qsTr("Day") }
                // The two weeks offered, all in sight.
                Flow {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    Repeater {
                        model: form.dayChoices
                        delegate: Chip {
                            required property int index
                            required property string modelData
                            text: modelData
                            checked: form.dayIndex === index
                            onClicked: form.dayIndex = index
                        }
                    }
                }
                SectionLabel { text: qsTr("Time") }
                Flow {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    ComboBox {
                        id: startBox
                        objectName: "startBox"
                        width: 100
                        model: 30   // 07:00 to 21:30 in half hours
                        displayText: Qt.formatTime(new Date(2000, 0, 1, 7 + Math.floor(currentIndex / 2), (currentIndex % 2) * 30), "HH:mm")
                        delegate: ItemDelegate {
                            required property int index
                            width: startBox.width
                            text: Qt.formatTime(new Date(2000, 0, 1, 7 + Math.floor(index / 2), (index % 2) * 30), "HH:mm")
                        }
                        currentIndex: Math.max(0, Math.min(29, Math.round((form.startMinutes - 420) / 30)))
                        onActivated: function(index) { form.startMinutes = 420 + index * 30 }
                    }
                    Repeater {
                        // A moved appointment keeps its length unless another is chosen.
                        model: page.isMove && [30, 60, 90].indexOf(page.moving.minutes) < 0
                               ? [30, 60, 90, page.moving.minutes].sort(function(a, b) { return a - b }) : [30, 60, 90]
                        delegate: Chip {
                            required property int modelData
                            text: qsTr("%1 min").arg(modelData)
                            checked: form.minutes === modelData
                            onClicked: form.minutes = modelData
                        }
                    }
                }
                Label { text: form.whenText; color: Theme.textMuted }
                // The time wanted is booked: room can be made by moving what is less important.
                RowLayout {
                    visible: !page.isMove && form.bookedText !== ""
                    Layout.fillWidth: true
                    Label {
                        objectName: "bookedText"
                        text: form.bookedText
                        color: Theme.warning
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "makeRoom"
                        text: qsTr("Make room")
                        flat: true
                        onClicked: Navigation.open("bump", { ownerId: form.ownerId, needTitle: form.title,
                                                             minutes: form.minutes, startUtc: form.chosenStartUtc() })
                    }
                }
                SectionLabel { text: qsTr("With"); visible: !page.isMove }
                Flow {
                    visible: !page.isMove
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    Repeater {
                        model: people
                        delegate: Chip {
                            required property string personId
                            required property string firstName
                            visible: personId !== form.ownerId
                            text: firstName
                            checked: form.attendees.indexOf(personId) >= 0
                            onClicked: form.toggleAttendee(personId)
                        }
                    }
                }
                Button {
                    text: qsTr("Find a free slot for everyone")
                    flat: true
                    onClicked: form.findSlots()
                }
                Label {
                    visible: form.searched && form.freeSlots.length === 0
                    text: qsTr("No common free time in the next two weeks.")
                    color: Theme.textMuted
                }
                Repeater {
                    model: form.freeSlots
                    delegate: ItemDelegate {
                        required property int index
                        required property var modelData
                        Layout.fillWidth: true
                        text: (form.pickedSlot === index ? "✓ " : "") + modelData.label + " · " + modelData.time
                        font.weight: form.pickedSlot === index ? Font.Bold : Font.Normal
                        highlighted: form.pickedSlot === index
                        onClicked: form.pickSlot(index)
                    }
                }
                Label {
                    objectName: "pickedText"
                    visible: form.pickedSlot >= 0
                    text: page.isMove ? qsTr("Picked: %1. Tap Move here to move it.").arg(form.whenText)
                                      : qsTr("Picked: %1. Tap Book to book it.").arg(form.whenText)
                    color: Theme.text
                    font.weight: Font.Medium
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                SectionLabel { text: qsTr("Contact"); visible: !page.isMove }
                Button {
                    objectName: "chooseContact"
                    visible: !page.isMove
                    text: form.contactId === "" ? qsTr("None · choose") : page.contactName + " · " + qsTr("change")
                    flat: true
                    onClicked: contactPicker.open()
                }
                Label {
                    objectName: "gateText"
                    visible: !page.isMove && form.gateText !== ""
                    text: (form.gate === Contact.Gate.Never ? "⚠ " : "") + form.gateText
                    color: form.gate === Contact.Gate.Never ? Theme.warning : Theme.textMuted
                    font.weight: form.gate === Contact.Gate.Never ? Font.Bold : Font.Normal
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Rectangle {
                    objectName: "bookingProblem"
                    visible: page.refusal !== "" || form.error !== ""
                    color: Theme.warningSoft
                    radius: 8
                    Layout.fillWidth: true
                    implicitHeight: problem.implicitHeight + 20
                    Label {
                        id: problem
                        anchors.fill: parent
                        anchors.margins: 10
                        text: page.refusal !== "" ? page.refusal : form.error
                        color: Theme.warning
                        wrapMode: Text.Wrap
                    }
                }
                Button {
                    objectName: "bookAnyway"
                    visible: page.refusal !== ""
                    text: page.isMove ? qsTr("Move anyway") : qsTr("Book anyway")
                    flat: true
                    Material.foreground: Theme.warning
                    Layout.alignment: Qt.AlignRight
                    onClicked: page.commit(true)
                }
                Button {
                    objectName: "bookButton"
                    text: page.isMove ? qsTr("Move here") : qsTr("Book")
                    highlighted: true
                    Material.accent: Theme.primary
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    Layout.topMargin: Theme.gap
                    onClicked: page.commit(false)
                }
            }
        }
        Rectangle { visible: page.wide; width: 1; Layout.fillHeight: true; color: Theme.divider }
        // The day being booked into, as the principal has it, with its warnings.
        ListView {
            visible: page.wide
            Layout.preferredWidth: 420
            Layout.fillHeight: true
            clip: true
            model: visible ? chosenDay : null   // a hidden list of zero width would lay rows out for nothing
            header: Label {
                width: ListView.view.width
                padding: Theme.margin
                text: chosenDay.title + " · " + App.nameOf(form.ownerId)
                font.weight: Font.DemiBold
                color: Theme.text
            }
            delegate: TimelineDelegate {}
        }
    }
}
