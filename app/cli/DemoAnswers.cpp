// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// What Alex and Sam have answered in the couple space of the demo vault, in the same
// voice as their journals (DemoEntries.cpp): one prompt of each state, so a newcomer
// sees how the reveal works from both sides.
#include "cli/DemoVault.h"

namespace twofold::cli {

namespace {

constexpr Reveal Yes = Reveal::Yes;
constexpr Reveal NotYet = Reveal::NotYet;

// clang-format off
constexpr DemoAnswer kAnswers[] = {
    // Both answered, both agreed: revealed, each can read the other's answer.
    {"foundations.what-intimacy-means",
     "I used to think it meant sex, full stop. Now I think it's being known on an ordinary Tuesday: you "
     "asking how my day went and actually waiting for the answer, my phone in the drawer at dinner, feet "
     "under the blanket during something terrible on TV.\n\n"
     "Sex is part of it. It isn't the whole of it, and I like that it isn't.", Yes,
     "Being known and not left. You seeing the face I make when I'm pretending to be fine, and staying in the "
     "room anyway.\n\n"
     "And being touched without it being a negotiation. This year it has also meant you handing me sponges "
     "and not trying to fix anything.", Yes},
    {"trust.count-on",
     "That you'll tell me the truth, even the awkward version. That when I go quiet you'll ask, instead of "
     "deciding it's a door closing. That there will be coffee on the back step if we both make it there.", Yes,
     "That you'll turn up. Every one of Dad's appointments, after nights, asleep in the car park. I don't "
     "have to wonder whether you'll be there; I only have to tell you when.", Yes},
    // Alex answered and agreed; Sam has not answered yet: waiting for Sam.
    {"invitation.how-i-like-to-be-invited",
     "A hand on my back while I'm cooking, and a question I can say no to without it costing anything. "
     "\"Come and sit with me?\" works better than a look I have to decode.\n\n"
     "And plans: tell me on Tuesday that Saturday morning is ours, and I'll look forward to it all week.", Yes,
     "", NotYet},
    // Both answered; Sam agreed, Alex has not yet: waiting for Alex, Sam waits.
    {"foundations.cared-for",
     "The blanket Sam keeps in the boot for me. I haven't said anything, because I'm a bit embarrassed by "
     "how much it got to me. I think I want to say it out loud first, and then reveal this.", NotYet,
     "You leave notes on the kettle. \"Soup in the fridge.\" \"Miss you already.\" I keep every one of them "
     "in the drawer with the takeaway menus.", Yes},
    // Only Sam has answered, and has not agreed to reveal it yet.
    {"needs-and-desire.caring-touch", "", NotYet,
     "Since Dad: being held very tightly when I reach for you, and being asked when I go stiff. Your hand on "
     "the back of my neck in the car. Nothing that has to lead anywhere, at least for now.", NotYet},
};

constexpr DemoOffer kOffers[] = {
    {0, "If I were married to me"}, // Alex offers Sam
    {1, "Thursday drives"},         // Sam offers Alex
};
// clang-format on

} // namespace

std::span<const DemoAnswer> demoAnswers()
{
    return kAnswers;
}

std::span<const DemoOffer> demoOffers()
{
    return kOffers;
}

} // namespace twofold::cli
