// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The demo journals of Alex and Sam: two people in an ordinary, imperfect season.
// Written in the spirit of the prompt themes (THEMES.md): intimacy beyond sex,
// requests and "not now", trust as a daily thing, grief and life seasons.
#include "cli/DemoVault.h"

namespace twofold::cli {

namespace {

constexpr unsigned E = kindBit(IntimacyKind::Emotional);
constexpr unsigned P = kindBit(IntimacyKind::Physical);
constexpr unsigned X = kindBit(IntimacyKind::Sexual);
constexpr unsigned S = kindBit(IntimacyKind::Spiritual);

// clang-format off
constexpr DemoEntry kAlexEntries[] = {
    {88, 21, 40, 0, 3, E, "beginnings", "A new notebook, sort of",
     "Sam found this app and asked if we'd try it together. I said yes before I really thought about it, "
     "which is how most of the good things in my life have started.\n\n"
     "I don't know yet what I'll write here. Maybe just the things I think at 11pm and never say out loud."},
    {85, 22, 5, 35, 3, E, "prompts,intimacy", "What does intimacy even mean?",
     "The first prompt asks what intimacy means to me. My honest first answer was *sex*, and then I sat with "
     "it and it felt too small.\n\n"
     "On an ordinary Tuesday it would look like this: Sam asking how the meeting with Dana went and actually "
     "waiting for the answer. Me putting my phone in the drawer at dinner. Feet touching under the blanket "
     "while we watch something terrible."},
    {83, 18, 15, 0, 2, E | P, "work,schedules", "Night shifts again",
     "The rota came out. Four weeks of nights. We'll be two people passing a coffee cup in the hallway.\n\n"
     "I left a note on the kettle: *Miss you already. Soup in the fridge.* It's not much. It's not nothing."},
    {80, 7, 30, 0, 4, P, "small things", "",
     "Sam was asleep when I got in at seven. Crawled in anyway, and they pulled my arm over them without "
     "waking up. Best part of the week."},
    {78, 23, 10, 0, 3, E | X, "desire,honesty", "Being the one who reaches",
     "I noticed I keep waiting to be pursued. I want to feel wanted. But I rarely reach first either, "
     "because when Sam says \"not tonight\" it lands like a verdict on me.\n\n"
     "Written down, it's obvious that isn't fair to either of us. \"Not tonight\" is about tonight."},
    {75, 20, 45, 0, 2, E, "money,trust,hard conversations", "Money talk",
     "We finally went through the credit card statement. I braced for a fight and got patience instead. "
     "Sam said \"we're on the same side of the table\" and I nearly cried over a spreadsheet."},
    {73, 15, 20, 0, 5, E | S, "walks,gratitude", "Walk by the canal",
     "Cold and bright. We didn't talk much. There's a kind of quiet with Sam that I don't have with anyone "
     "else: not empty, more like sitting in a warm room."},
    {70, 23, 50, 20, 2, E, "healing,family,private", "Things I brought with me",
     "My parents never argued in front of us. They just went silent for days. I think that's why I go quiet "
     "when something is wrong: it feels like keeping the peace. Sam experiences it as a door closing.\n\n"
     "Not ready to share this one. Maybe with a counselor first."},
    {68, 21, 0, 0, 3, E, "invitation,prompts", "If I were married to me",
     "The prompt asks: if you were married to you, would you want to come closer? Honestly, some weeks, no. "
     "I come home tired and prickly and answer in one word.\n\n"
     "What I'd want from me:\n\n"
     "- say hello properly when I walk in\n"
     "- ask one real question\n"
     "- laugh at least once before bed"},
    {65, 12, 25, 0, 4, E, "small things", "",
     "Sam remembered I had the dentist and texted \"brave little toaster 🦷\". I am thirty-eight years old "
     "and that made my day."},
    {62, 22, 30, 0, 4, P, "touch,needs", "Touch that isn't a question",
     "I realised I love being touched when it isn't leading anywhere. A hand on my back while I'm cooking. "
     "Sam brushing my hair out of my eyes.\n\n"
     "When every touch might be a question, I tense up, and then I feel guilty for tensing. I want to tell "
     "Sam this without it sounding like a rejection."},
    {60, 21, 15, 0, 4, E | P, "honesty,touch", "Told Sam about the touch thing",
     "I said it badly, but I said it. Sam was quiet, then asked: \"So if I just hug you, you don't have to "
     "decide anything?\" Yes. Exactly that.\n\n"
     "We hugged in the kitchen for a really long time and nobody had to decide anything."},
    {57, 13, 0, 0, 4, S, "faith,community", "Sunday",
     "Went to church on my own again. I don't need Sam to come; I'd just like them to know what it gives me. "
     "Quiet, old songs, a hundred people who want nothing from me for an hour. I prayed for Sam's dad."},
    {55, 19, 40, 0, 2, E, "family,illness,seasons", "Sam's dad",
     "The scan results weren't good. Sam went very still on the phone and then went to clean the bathroom, "
     "which is what Sam does. I sat on the edge of the bath and handed over sponges. There was nothing else "
     "to hand over."},
    {52, 14, 10, 0, 3, E, "friends,community", "Not the marriage's job",
     "Long lunch with Priya. I'd forgotten how much I need friends who knew me before. I'd been expecting "
     "Sam to be my everything, and Sam is frightened and exhausted. It isn't fair to ask one person to hold "
     "all of me."},
    {50, 23, 55, 0, 5, E | P | X, "closeness", "A good night",
     "We talked until one in the morning about nothing: our first flat, the terrible sofa, Sam's plan to "
     "learn the cello. Then we were close in a way that felt unhurried and entirely ours.\n\n"
     "I felt chosen. Writing it down so I remember it feels like this when we aren't rushing."},
    {47, 23, 20, 0, 2, E | X, "desire,honesty,not now", "When I say no",
     "Said \"not tonight\" and then lay awake feeling like I owed an explanation.\n\n"
     "I'm learning I can say no to sex and yes to Sam: *not tonight, but can I hold you?* That sentence "
     "would have saved us a lot of cold backs over the years."},
    {44, 18, 30, 0, 3, E, "counseling,healing", "Counselor, session one",
     "Nervous. Dr. Okafor asked what we each hope for. I said \"to stop having the same argument\". Sam said "
     "\"to feel like we're on the same team again\". Same hope, different words."},
    {41, 8, 5, 90, 3, 0, "lists", "",
     "Things to remember this week:\n\n"
     "- Sam's dad's appointment, Thursday 10:30: drive them\n"
     "- buy the good coffee\n"
     "- ask Sam how the cello lesson went (and actually listen)\n"
     "- call Mum back"},
    {38, 21, 35, 0, 4, E, "trust", "Trust is small and daily",
     "I used to think trust was about the big things. This week it was: Sam said they'd be home by seven and "
     "was home by seven. I said I'd leave work at the door and mostly did. Boring. Wonderful."},
    {35, 23, 45, 0, 1, E, "conflict,family", "The argument about the holidays",
     "We fought about Christmas. It wasn't about Christmas. It was about whose family gets us when everyone "
     "is hurting. I said something sharp about Sam's sister. I want to take it back and I don't know how yet."},
    {34, 7, 50, 0, 3, E, "conflict,repair", "Repair",
     "Apologised properly this morning. Not \"sorry you were upset\": sorry I said it. Sam said thank you. "
     "We're okay, not great. Okay is enough for a Tuesday."},
    {30, 22, 0, 0, 2, E | P, "bodies,trust", "My body",
     "Hard to write. I've put on weight since the night shifts and I've been getting changed in the bathroom. "
     "Sam noticed and asked, gently. I said I don't like how I look. Sam said: \"I like how you look at me.\" "
     "I'm still thinking about that."},
    {27, 7, 15, 0, 4, E, "rituals,small things", "Morning coffee ritual",
     "New thing: ten minutes of coffee on the back step before anyone looks at a screen. Today we watched a "
     "magpie try to steal a whole croissant. I want more mornings like that."},
    {24, 20, 10, 0, 2, E | S, "grief,seasons", "Grief visits",
     "Sam's dad died on Friday. I have no words for it here either. We held each other in the hospice car "
     "park and it was the most honest we've been in months.\n\n"
     "I keep praying without knowing what for, except that Sam isn't alone in this."},
    {21, 17, 30, 0, 3, E, "grief", "",
     "Sam laughed today at the funeral lunch, at a story about their dad and a borrowed canoe. The whole table "
     "laughed. Grief and laughter in the same room."},
    {18, 22, 40, 15, 3, E | X, "needs,prompts", "What it stands for",
     "The prompt asks what sex stands for, for me. I think: being wanted, being chosen, being let off the "
     "hook of being competent for a while.\n\n"
     "Some of that I could also get from Sam taking over dinner without my asking, or a long bath and a "
     "closed door. It isn't either-or."},
    {14, 19, 0, 0, 4, E, "weekly review,together", "Our first weekly review",
     "We did the check-in for the first time. Sam rated trust higher than I expected and physical lower. We "
     "didn't fix anything. We read each other's notes and held hands.\n\n"
     "What I appreciated: Sam saying \"thank you for driving me every Thursday\"."},
    {10, 22, 15, 0, 4, E | P, "invitation", "Small courage",
     "I reached first tonight. Just a hand on Sam's face and \"I missed you today\". No agenda. It was "
     "received."},
    {6, 22, 30, 0, 5, P | S, "walks,gratitude,weather", "Snow",
     "First snow. We walked to the park at ten at night because Sam insisted, and built the worst snowman in "
     "the history of the city. Two cold hands in one pocket. Thank you, whoever is listening. ❄️"},
    {3, 21, 5, 0, 4, E, "future,intentions", "The next season",
     "Nights end next month. I want to protect the back-step coffee when they do.\n\n"
     "Intention for this week: ask one question I don't already know the answer to."},
    {0, 0, 30, 0, 4, E | P, "small things,intimacy", "Tuesday",
     "An ordinary Tuesday. Soup, the terrible TV show, feet under the blanket.\n\n"
     "This is what I meant, that first day, when I couldn't say what intimacy looks like. It looks like this."},
};

constexpr DemoEntry kSamEntries[] = {
    {89, 20, 15, 0, 3, E, "beginnings", "Trying something new",
     "Priya's sister swears by journaling, so here I am. I want somewhere to put the things I think about us "
     "that I'm not sure are true yet. A private page feels safer than a conversation, for now."},
    {86, 21, 30, 40, 3, E | P, "prompts,intimacy", "What intimacy means (first try)",
     "Being known and not left. Alex knowing the face I make when I'm pretending to be fine, and staying in "
     "the room anyway.\n\n"
     "Also: being touched without it being a negotiation. I wrote that, deleted it, and wrote it again."},
    {84, 23, 0, 0, 2, E, "work,schedules", "Nights",
     "Alex's nights started. The house is loud in a strange way when they're gone: the fridge hums, the "
     "neighbour's dog. Found a note on the kettle about soup. Kept the note."},
    {81, 19, 45, 0, 4, 0, "cello,me", "",
     "First cello lesson. I sound like a door in a horror film. I love it. Something that is just mine."},
    {79, 22, 50, 0, 2, E | X, "desire,requests", "Asking",
     "When I ask for closeness and Alex says \"I'm tired\", I feel like a nuisance, as if I'd asked for "
     "something shameful. I know Alex is tired. Both things are true.\n\n"
     "I want to learn to ask in a way that doesn't feel like a test of love, for either of us."},
    {76, 21, 10, 0, 3, E, "money,trust", "The statement",
     "We went through the card statement. I'd been dreading it for a week, and I could see Alex's shoulders "
     "up around their ears. I said we're on the same side of the table and I meant it.\n\n"
     "We found forty pounds a month of subscriptions nobody uses. Victory."},
    {74, 15, 40, 0, 5, E | S, "walks", "Canal",
     "A heron stood so still that we both stopped talking to watch it. I felt something close to what people "
     "call prayer. I don't have a name for it. Alex squeezed my hand at exactly that moment."},
    {71, 18, 20, 0, 2, E, "family,illness", "Dad",
     "Dad called. He's had tests. He said it like he was telling me about the weather, which is how I know "
     "he's scared."},
    {69, 22, 25, 0, 3, E, "invitation,prompts", "Be the invitation",
     "The prompt says closeness can't be demanded, only invited. I think I've been demanding: not out loud, "
     "but with sighs and a cold shoulder.\n\n"
     "What would inviting look like? Maybe telling Alex I find them beautiful when there is no chance it "
     "leads anywhere."},
    {66, 8, 0, 0, 4, P, "small things", "",
     "Alex came in at seven smelling of hospital soap and cold air and fell asleep holding my arm. I didn't "
     "move for an hour. Worth the dead arm."},
    {63, 21, 20, 0, 5, E | P, "touch,honesty", "The kitchen hug",
     "Alex told me touch sometimes feels like a question, and that they tense up trying to guess what I want. "
     "I didn't know. I felt embarrassed, then relieved.\n\n"
     "So I asked: if I just hug you, you don't have to decide anything? Alex said yes and held on for ages. "
     "I'd like more hugs that aren't questions."},
    {59, 23, 5, 10, 4, E | S, "teta,family,language", "يا روحي",
     "Teta called everyone يا روحي, \"my soul\": the postman, the cat, me. I said it to Alex tonight without "
     "thinking, and they asked what it meant. I explained, and they said it back, terribly pronounced, and I "
     "laughed until I cried. 🫶🌙\n\n"
     "يا روحي، اشتقت لك.\n\n"
     "I want to write here in Arabic more often. It's the language I was loved in first."},
    {56, 20, 0, 0, 1, E, "family,illness", "Scan results",
     "It's not good. I cleaned the bathroom for an hour. Alex sat on the edge of the bath handing me sponges "
     "and didn't try to fix anything. That was exactly right."},
    {54, 23, 30, 0, 3, E, "friends", "Friends",
     "Dinner at Jo's. I didn't talk about Dad once. We laughed about the school play we did when we were "
     "twelve. I needed someone who isn't also carrying this."},
    {51, 0, 40, 0, 5, E | P | X, "closeness", "Late talk",
     "We talked until one, about the terrible sofa and whether I'll ever play the cello in public (no). Then "
     "a closeness that wasn't hurried. I felt wanted for who I am this year, not who I was at twenty-five."},
    {48, 23, 15, 0, 3, E | X, "not now,desire", "Not tonight",
     "Alex said \"not tonight, but can I hold you?\" and somehow that was better than a yes would have been. "
     "I was held. I wasn't refused. I didn't know those could happen at the same time."},
    {45, 18, 45, 0, 3, E, "counseling", "Counselor",
     "First session with Dr. Okafor. She asked what we hope for. I said to feel like we're on the same team "
     "again. Alex said to stop having the same argument. The same wish, seen from two windows."},
    {42, 16, 0, 0, 4, E, "family,gratitude", "Thursday drives",
     "Alex has driven me to every one of Dad's appointments, even after nights, and falls asleep in the car "
     "park while I'm inside. I keep a blanket in the boot now."},
    {39, 23, 55, 0, 2, 0, "tired", "",
     "Tired. Nothing to say. Writing this so I know I showed up."},
    {36, 22, 40, 0, 1, E, "conflict,family", "Christmas",
     "We fought about where to spend Christmas. Alex said something about my sister that was unkind and a "
     "little bit true, which is the worst kind. I went to bed early so I wouldn't say something back."},
    {34, 8, 20, 0, 3, E, "repair", "Okay is enough",
     "Alex apologised, properly, no \"but\". I said thank you. We're okay. I'm learning that okay is a place "
     "you can rest for a while."},
    {31, 21, 50, 0, 4, E | P, "bodies,trust", "Seen",
     "Alex has been getting changed in the bathroom. I asked why, gently. They said they don't like how they "
     "look. I said I like how you look at me. It's true.\n\n"
     "I want Alex to be able to stand in our bedroom as they are and expect kindness. I want that for me too."},
    {27, 7, 20, 0, 5, E, "rituals", "Back step",
     "Coffee on the back step. A magpie tried to carry off a whole croissant and we laughed so hard the "
     "neighbour looked over the fence. Ten minutes. That's all it takes, apparently."},
    {25, 6, 10, 0, 1, E | S, "grief", "Friday",
     "Dad died this morning, early, with the window open the way he liked it. I don't want to write more "
     "yet."},
    {22, 19, 15, 0, 2, E, "grief,family", "The canoe story",
     "At the lunch, Uncle Ray told the story of Dad borrowing the vicar's canoe and losing it in the "
     "reservoir. Everyone laughed. I laughed, felt guilty, and then didn't. Dad would have told it better."},
    {19, 22, 20, 25, 3, E | X, "needs,prompts", "What's underneath",
     "The prompt asks what sex stands for, for me. Reassurance, mostly: that I'm still wanted, that we're "
     "still us. Since Dad, I want that reassurance all the time and sex much less. I think Alex might feel the "
     "opposite.\n\n"
     "I need to say this out loud, kindly."},
    {15, 20, 30, 0, 4, E, "weekly review,together", "First weekly review",
     "We did the check-in. I rated physical low and saw Alex flinch, so I said: it's grief, not you. Alex's "
     "*one thing I need* was more mornings on the back step. Easy yes."},
    {11, 22, 45, 0, 4, E | P, "invitation", "",
     "Alex touched my face tonight and said \"I missed you today\". Just that. I'm keeping it."},
    {8, 18, 10, 0, 4, 0, "cello,me", "Cello, week ten",
     "Played a whole scale without the cat leaving the room. Progress is progress. 🎻"},
    {6, 23, 0, 0, 5, P | S, "walks,weather,gratitude", "Snow ❄️",
     "I made us go out at ten at night because the first snow never lasts. The worst snowman ever built. Both "
     "my hands in Alex's coat pocket. Dad loved snow. I felt him there, a bit."},
    {2, 23, 30, 0, 3, E | P, "grief,needs,private", "Grief and the body",
     "Some nights I don't want to be touched at all, and then suddenly I need to be held very tightly. I don't "
     "know how Alex is supposed to guess.\n\n"
     "I'll tell them: **if I go stiff, ask; if I reach, hold on.**"},
    {0, 1, 0, 0, 4, E, "small things", "An ordinary evening",
     "Soup. The terrible TV show. Alex's feet freezing against my shins. I complained. I didn't move."},
};

constexpr DemoPartner kPartners[] = {
    {"Alex", "alex-demo", "#7a5c99", kAlexEntries},
    {"Sam", "sam-demo", "#2e7d6b", kSamEntries},
};
// clang-format on

} // namespace

std::span<const DemoPartner> demoPartners()
{
    return kPartners;
}

} // namespace twofold::cli
