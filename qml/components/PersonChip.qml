// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Spil

// A colleague to choose, as a row of PeopleModel: oneself as "Me", and who is off sick
// today says so, for the work to go to someone else.
Chip {
    required property string personId
    required property string firstName
    required property bool isMe
    required property bool absent
    text: isMe ? qsTr("Me") : absent ? qsTr("%1 (absent)").arg(firstName) : firstName
}
